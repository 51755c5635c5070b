import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildDatabase } from '../../src/seed/build-database.js';
import { SeedError } from '../../src/seed/seed-error.js';
import { sha256, sha256File } from '../helpers/files.js';
import { copySeed, type SeedCopy } from '../helpers/seed-copy.js';

const TABLES = [
  'sources',
  'actors',
  'actor_aliases',
  'actor_roles',
  'locations',
  'location_aliases',
  'events',
  'event_actors',
  'statements',
  'votes',
  'vote_sponsors',
  'vote_positions',
  'figures',
  'evidence',
  'exclusions',
  'ledger_meta',
];

function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
  db.close();
  return out;
}

let copy: SeedCopy | undefined;
afterEach(() => {
  copy?.remove();
  copy = undefined;
});

const build = (c: SeedCopy, target = c.target) => buildDatabase({ target, seedDir: c.seedDir, migrationsDir: c.migrationsDir });

/** Adds a record to one annotation file through the YAML parser, so the test does not depend on its layout. */
function addRecord(c: SeedCopy, file: string, collection: string, record: object) {
  c.edit(`annotations/${file}`, (text) => {
    const doc = parse(text) as Record<string, object[]>;
    doc[collection] = [...(doc[collection] ?? []), record];
    return stringify(doc);
  });
}

const ALARABIYA = 'alarabiya-2016-12-03-aleppo-under-fire.yaml';
const aStatement = (overrides: object) => ({
  id: 'test-statement',
  speaker: 'staffan-de-mistura',
  kind: 'direct',
  said: { date: '2016-12-02', precision: 'day', basis: 'relative', note: 'test' },
  evidence: ['We’ll follow his advice.'],
  ...overrides,
});

function expectSeedError(run: () => unknown, parts: { file: string; record?: unknown; reason: RegExp }) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'the build should have failed').toBeInstanceOf(SeedError);
  const error = caught as SeedError;
  expect(error.file).toBe(parts.file);
  if (parts.record) expect(error.record).toEqual(parts.record);
  expect(error.reason).toMatch(parts.reason);
  expect(error.message).toContain(parts.file);
}

describe('the seed', () => {
  it('is deterministic: two builds of the same inputs hold the same rows and ids', () => {
    copy = copySeed();
    const first = build(copy, `${copy.dir}/a.db`);
    const second = build(copy, `${copy.dir}/b.db`);
    expect(first.buildId).toBe(second.buildId);
    expect(dump(first.target)).toEqual(dump(second.target));
    expect(first.counts.statements).toBeGreaterThan(30);
    expect(first.counts.events).toBeGreaterThan(15);
  });

  it('stores every evidence quote as the exact slice of its article', () => {
    copy = copySeed();
    const { target } = build(copy);
    const db = new Database(target, { readonly: true });
    const texts = new Map((db.prepare('SELECT id, text FROM sources').all() as { id: string; text: string }[]).map((s) => [s.id, s.text]));
    const spans = db.prepare('SELECT source_id, start, "end", quote FROM evidence').all() as {
      source_id: string;
      start: number;
      end: number;
      quote: string;
    }[];
    db.close();
    expect(spans.length).toBeGreaterThan(100);
    for (const span of spans) expect(texts.get(span.source_id)?.slice(span.start, span.end)).toBe(span.quote);
  });

  it('keeps every article byte-identical to the collected copy (sha256)', () => {
    copy = copySeed();
    const { target } = build(copy);
    const db = new Database(target, { readonly: true });
    const rows = db.prepare('SELECT id, text, sha256 FROM sources').all() as { id: string; text: string; sha256: string }[];
    db.close();
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(sha256(row.text)).toBe(row.sha256);
  });
});

describe('a broken input fails naming file, record and reason, and the previous database survives', () => {
  it('a quote that is not in the article', () => {
    copy = copySeed();
    addRecord(copy, ALARABIYA, 'statements', aStatement({ id: 'test-missing-quote', evidence: ['words nobody wrote in this article'] }));
    expectSeedError(() => build(copy as SeedCopy), {
      file: `seed/annotations/${ALARABIYA}`,
      record: expect.stringMatching(/^statements\[\d+\] \(test-missing-quote\)$/),
      reason: /quote not found in the article: "words nobody wrote/,
    });
  });

  it('an unknown actor', () => {
    copy = copySeed();
    addRecord(copy, ALARABIYA, 'statements', aStatement({ id: 'test-unknown-actor', speaker: 'nobody-at-all' }));
    expectSeedError(() => build(copy as SeedCopy), { file: `seed/annotations/${ALARABIYA}`, reason: /unknown speaker "nobody-at-all"/ });
  });

  it('a date that does not exist', () => {
    copy = copySeed();
    addRecord(
      copy,
      ALARABIYA,
      'statements',
      aStatement({ id: 'test-bad-date', said: { date: '2016-02-30', precision: 'day', basis: 'stated' } }),
    );
    expectSeedError(() => build(copy as SeedCopy), {
      file: `seed/annotations/${ALARABIYA}`,
      reason: /said\.date: is not a date that exists in the calendar/,
    });
  });

  it('a quote found twice without a disambiguator', () => {
    copy = copySeed();
    const metro = 'metro-2016-12-01-rights-groups-emergency-session.yaml';
    addRecord(copy, metro, 'statements', {
      ...aStatement({ id: 'test-ambiguous' }),
      evidence: ['Syrians, who fled from rebel-held areas in the city of Aleppo'],
    });
    expectSeedError(() => build(copy as SeedCopy), {
      file: `seed/annotations/${metro}`,
      reason: /occurs 2 times in the article; add "occurrence"/,
    });
  });

  it('a duplicate id', () => {
    copy = copySeed();
    addRecord(copy, ALARABIYA, 'statements', aStatement({ id: 'test-twice' }));
    addRecord(copy, ALARABIYA, 'statements', aStatement({ id: 'test-twice' }));
    expectSeedError(() => build(copy as SeedCopy), {
      file: `seed/annotations/${ALARABIYA}`,
      reason: /duplicate id: statement\/test-twice/,
    });
  });

  it('a capital that stands for something other than a state', () => {
    copy = copySeed();
    copy.edit('locations.yaml', (text) =>
      text.replace('  aliases: [Moscow]\n  stands_for: russia', '  aliases: [Moscow]\n  stands_for: isis'),
    );
    expectSeedError(() => build(copy as SeedCopy), {
      file: 'seed/locations.yaml',
      record: 'locations[25] (moscow)',
      reason: /stands_for "isis" is not a state of actors.yaml/,
    });
  });

  it('an office holder who is not a person', () => {
    copy = copySeed();
    copy.edit('actors.yaml', (text) => text.replace('{ actor: ban-ki-moon, from:', '{ actor: russia, from:'));
    expectSeedError(() => build(copy as SeedCopy), {
      file: 'seed/actors.yaml',
      reason: /holders: "russia" is not a person of actors.yaml/,
    });
  });

  it('invalid YAML', () => {
    copy = copySeed();
    copy.edit(`annotations/${ALARABIYA}`, (text) => `${text}\n  - : [unclosed\n`);
    expectSeedError(() => build(copy as SeedCopy), { file: `seed/annotations/${ALARABIYA}`, reason: /is not valid YAML/ });
  });

  it('an article whose bytes changed', () => {
    copy = copySeed();
    copy.edit('articles/hrf-2016-12-06-russia-vetoes-ceasefire.txt', (text) => text.replace('sixth time', 'seventh time'));
    expectSeedError(() => build(copy as SeedCopy), {
      file: 'seed/articles/hrf-2016-12-06-russia-vetoes-ceasefire.txt',
      reason: /sha256 is [0-9a-f]{64}, sources\.json says/,
    });
  });

  it('leaves the previous database byte-identical and no temporary file behind', () => {
    copy = copySeed();
    build(copy);
    const before = sha256File(copy.target);
    addRecord(copy, ALARABIYA, 'statements', aStatement({ id: 'test-broken', evidence: ['not in the article at all'] }));
    expect(() => build(copy as SeedCopy)).toThrow(SeedError);
    expect(sha256File(copy.target)).toBe(before);
    expect(readdirSync(dirname(copy.target))).toEqual(['ledger.db']);
    expect(existsSync(copy.target)).toBe(true);
  });
});
