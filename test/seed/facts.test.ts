/** Facts the curated corpus must get right, checked in the built database. */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let db: Database.Database;
beforeAll(() => {
  db = new Database(inject('databasePath'), { readonly: true });
});
afterAll(() => db.close());

const sourcesOf = (type: string, id: string) =>
  db.prepare('SELECT DISTINCT source_id FROM evidence WHERE record_type = ? AND record_id = ? ORDER BY source_id').pluck().all(type, id);

describe('one record per real-world fact', () => {
  it('the 5 December 2016 Security Council vote is one record with evidence from two articles', () => {
    const votes = db.prepare("SELECT id FROM votes WHERE body = 'security_council' AND voted_on = '2016-12-05'").pluck().all() as string[];
    expect(votes).toEqual(['2016-12-05-sc-aleppo-ceasefire-draft']);
    expect(sourcesOf('vote', '2016-12-05-sc-aleppo-ceasefire-draft')).toEqual([
      'hrf-2016-12-06-russia-vetoes-ceasefire',
      'voa-2016-12-09-russia-resumes-bombings',
    ]);
  });

  it('the 8 October 2016 veto is one record reported by VOA and Metro', () => {
    const votes = db.prepare("SELECT id FROM votes WHERE voted_on = '2016-10-08'").pluck().all();
    expect(votes).toEqual(['2016-10-08-sc-aleppo-draft']);
    expect(sourcesOf('vote', '2016-10-08-sc-aleppo-draft')).toEqual([
      'metro-2016-12-01-rights-groups-emergency-session',
      'voa-2016-10-20-international-pressure-builds',
    ]);
  });

  it('Russia and China vetoed the 5 December draft; Venezuela voted no without a veto', () => {
    const positions = db
      .prepare(
        "SELECT member_id, position, veto FROM vote_positions WHERE vote_id = '2016-12-05-sc-aleppo-ceasefire-draft' AND position = 'no' ORDER BY member_id",
      )
      .all();
    expect(positions).toEqual([
      { member_id: 'china', position: 'no', veto: 1 },
      { member_id: 'russia', position: 'no', veto: 1 },
      { member_id: 'venezuela', position: 'no', veto: 0 },
    ]);
  });

  it('de Mistura and Samantha Power are one actor each across the articles that name them', () => {
    const deMistura = db
      .prepare(
        "SELECT DISTINCT e.source_id FROM statements s JOIN evidence e ON e.record_type = 'statement' AND e.record_id = s.id WHERE s.speaker_id = 'staffan-de-mistura' ORDER BY 1",
      )
      .pluck()
      .all();
    expect(deMistura).toEqual(['alarabiya-2016-12-03-aleppo-under-fire', 'voa-2016-10-20-international-pressure-builds']);
    const power = db
      .prepare(
        "SELECT DISTINCT e.source_id FROM statements s JOIN evidence e ON e.record_type = 'statement' AND e.record_id = s.id WHERE s.speaker_id = 'samantha-power' ORDER BY 1",
      )
      .pluck()
      .all();
    expect(power).toEqual(['voa-2016-10-20-international-pressure-builds', 'voa-2016-12-09-russia-resumes-bombings']);
  });
});

describe('dates resolved against the publication date', () => {
  it("de Mistura's words from Rome were said on Friday 2 December 2016, not on the publication date", () => {
    const rows = db
      .prepare("SELECT said_on, said_precision, said_basis FROM statements WHERE speaker_id = 'staffan-de-mistura' AND place_id = 'rome'")
      .all() as { said_on: string; said_precision: string; said_basis: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toEqual({ said_on: '2016-12-02', said_precision: 'day', said_basis: 'relative' });
  });

  it('Lavrov said "a day after" on Thursday 8 December what he qualified on Friday 9 December', () => {
    const days = db.prepare("SELECT DISTINCT said_on FROM statements WHERE speaker_id = 'sergei-lavrov' ORDER BY said_on").pluck().all();
    expect(days).toEqual(['2016-12-08', '2016-12-09']);
  });

  it('no date claims more precision than a day, and relative or inferred dates say how they were resolved', () => {
    for (const [table, basis, note] of [
      ['statements', 'said_basis', 'said_note'],
      ['events', 'date_basis', 'date_note'],
      ['votes', 'voted_basis', 'voted_note'],
      ['figures', 'as_of_basis', 'as_of_note'],
    ]) {
      const unexplained = db
        .prepare(`SELECT id FROM ${table} WHERE ${basis} IN ('relative', 'inferred') AND (${note} IS NULL OR ${note} = '')`)
        .pluck()
        .all();
      expect(unexplained, `${table} with an unexplained relative date`).toEqual([]);
    }
  });
});
