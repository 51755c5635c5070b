/**
 * `same_as: <id>` on a record says it is the same real-world fact as a record of another file (the statement two
 * outlets both quote): the seed serves its evidence as that record's corroboration and does not serve it on its own,
 * so one line a curator writes (or uncomments where the ingest proposed it) keeps one record per fact.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildDatabase } from '../../src/seed/build-database.js';
import { copySeed, type SeedCopy, seedFailure } from '../helpers/seed-copy.js';

let copy: SeedCopy | undefined;
afterEach(() => {
  copy?.remove();
  copy = undefined;
});

const ALARABIYA = 'alarabiya-2016-12-03-aleppo-under-fire.yaml';
const KNOWN_STATEMENT = 'hicks-2016-12-06-disappointed';

function withRecord(collection: string, record: object): SeedCopy {
  const c = copySeed();
  c.edit(`annotations/${ALARABIYA}`, (text) => {
    const doc = parse(text) as Record<string, object[]>;
    doc[collection] = [...(doc[collection] ?? []), record];
    return stringify(doc);
  });
  return c;
}

const statement = (overrides: object) => ({
  id: 'invented-repeat',
  speaker: 'staffan-de-mistura',
  kind: 'direct',
  said: { date: '2016-12-02', precision: 'day', basis: 'relative', note: 'test' },
  evidence: ['We’ll follow his advice.'],
  ...overrides,
});

describe('a record marked same_as another file’s record', () => {
  it('is served as that record’s corroboration and not on its own', () => {
    copy = withRecord('statements', statement({ same_as: KNOWN_STATEMENT }));
    buildDatabase({ target: copy.target, seedDir: copy.seedDir, migrationsDir: copy.migrationsDir });
    const db = new Database(copy.target, { readonly: true });
    try {
      expect(db.prepare('SELECT id FROM statements WHERE id = ?').get('invented-repeat')).toBeUndefined();
      const evidence = db
        .prepare("SELECT source_id, quote FROM evidence WHERE record_type = 'statement' AND record_id = ?")
        .all(KNOWN_STATEMENT) as { source_id: string; quote: string }[];
      expect(evidence).toContainEqual({ source_id: ALARABIYA.replace('.yaml', ''), quote: 'We’ll follow his advice.' });
    } finally {
      db.close();
    }
  });

  it('fails, naming the file, the record and its same_as field, when no file defines the id it names', () => {
    copy = withRecord('statements', statement({ same_as: 'no-such-statement' }));
    const error = seedFailure(copy);
    expect(error.file).toContain(ALARABIYA);
    expect(error.record).toMatch(/invented-repeat.*same_as/);
    expect(error.reason).toMatch(/"statement\/no-such-statement", which no annotation file defines/);
  });

  it('follows a chain: a record same_as one that is itself folded lands on the record that is served', () => {
    copy = withRecord('statements', statement({ same_as: KNOWN_STATEMENT }));
    copy.edit(`annotations/${ALARABIYA}`, (text) => {
      const doc = parse(text) as Record<string, Record<string, unknown>[]>;
      const quote = 'Aleppo';
      doc.statements = [
        ...(doc.statements ?? []),
        statement({ id: 'invented-third', evidence: [{ quote, occurrence: 1 }], same_as: 'invented-repeat' }),
      ];
      return stringify(doc);
    });
    buildDatabase({ target: copy.target, seedDir: copy.seedDir, migrationsDir: copy.migrationsDir });
    const db = new Database(copy.target, { readonly: true });
    try {
      const quotes = db
        .prepare("SELECT quote FROM evidence WHERE record_type = 'statement' AND record_id = ? AND source_id = ?")
        .all(KNOWN_STATEMENT, ALARABIYA.replace('.yaml', ''))
        .map((row) => (row as { quote: string }).quote);
      expect(quotes).toEqual(['We’ll follow his advice.', 'Aleppo']);
    } finally {
      db.close();
    }
  });

  it('fails when a record names a folded event, pointing to the event it was folded into', () => {
    copy = withRecord('events', {
      id: 'invented-folded-event',
      type: 'bombardment',
      title: 'An invented repeat',
      summary: 'An invented repeat',
      when: { date: '2016-12-06', precision: 'day', basis: 'stated' },
      evidence: ['We’ll follow his advice.'],
      same_as: '2016-12-06-eastern-aleppo-bombardment-for-weeks',
    });
    copy.edit(`annotations/${ALARABIYA}`, (text) => {
      const doc = parse(text) as Record<string, Record<string, unknown>[]>;
      doc.statements = [...(doc.statements ?? []), statement({ id: 'invented-at-event', event: 'invented-folded-event' })];
      return stringify(doc);
    });
    expect(seedFailure(copy).reason).toMatch(
      /event "invented-folded-event" is same_as event\/2016-12-06-eastern-aleppo-bombardment-for-weeks: name that event instead/,
    );
  });
});
