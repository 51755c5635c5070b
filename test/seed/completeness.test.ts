/**
 * The completeness audit: every passage in quotation marks and every number in each article must be covered by
 * a record's evidence or by an exclusion with a reason. A curator adding an article is told what they missed.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findNumbers, findQuotedPassages, type Span, uncovered } from '../../src/seed/completeness.js';

let db: Database.Database;
beforeAll(() => {
  db = new Database(inject('databasePath'), { readonly: true });
});
afterAll(() => db.close());

const sources = () => db.prepare('SELECT id, text FROM sources ORDER BY id').all() as { id: string; text: string }[];

describe('the completeness audit', () => {
  it('finds the quotations and numbers it is meant to find', () => {
    const text =
      'He said "we will go" and “they stayed”. Over 200 groups, tens of thousands of people, 18,000 civilians; Russia’s ‘War Crimes\' claim.';
    expect(findQuotedPassages(text).map((q) => q.text)).toEqual(['we will go', 'they stayed', 'War Crimes']);
    expect(findNumbers(text).map((n) => n.text)).toEqual(['200', 'tens', 'thousands', '18,000']);
  });

  for (const { id } of [
    { id: 'alarabiya-2016-12-03-aleppo-under-fire' },
    { id: 'hrf-2016-12-06-russia-vetoes-ceasefire' },
    { id: 'metro-2016-12-01-rights-groups-emergency-session' },
    { id: 'voa-2016-10-20-international-pressure-builds' },
    { id: 'voa-2016-12-09-russia-resumes-bombings' },
  ]) {
    it(`covers every quotation and number in ${id}`, () => {
      const source = sources().find((s) => s.id === id);
      expect(source, `source ${id} is loaded`).toBeDefined();
      const text = (source as { text: string }).text;
      const covering = [
        ...(db.prepare('SELECT start, "end" FROM evidence WHERE source_id = ?').all(id) as Span[]),
        ...(db.prepare('SELECT start, "end" FROM exclusions WHERE source_id = ?').all(id) as Span[]),
      ];
      const missed = uncovered(text, covering).map((item) => {
        const context = text.slice(Math.max(0, item.start - 40), item.end + 40).replace(/\s+/g, ' ');
        return `${item.kind} "${item.text.slice(0, 60)}" at ${item.start} in "...${context}..."`;
      });
      expect(missed, `uncovered in ${id}:\n${missed.join('\n')}`).toEqual([]);
    });
  }
});
