/**
 * The completeness audit: every passage in quotation marks and every number in each article must be covered by
 * a record's evidence or by an exclusion with a reason. A curator adding an article is told what they missed.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { auditCorpus, findNumbers, findQuotedPassages, type Span, uncovered } from '../../src/seed/completeness.js';
import { loadCorpus } from '../../src/seed/load-corpus.js';
import { copySeed } from '../helpers/seed-copy.js';

// Opened while the tests are collected: there is one audit per source in the built database, so an ingested
// article is audited without anyone adding it here.
const db = new Database(inject('databasePath'), { readonly: true });
afterAll(() => db.close());

const sources = db.prepare('SELECT id, text FROM sources ORDER BY id').all() as { id: string; text: string }[];

describe('the completeness audit', () => {
  it('finds the quotations and numbers it is meant to find', () => {
    const text =
      'He said "we will go" and “they stayed”. Over 200 groups, tens of thousands of people, 18,000 civilians; Russia’s ‘War Crimes\' claim.';
    expect(findQuotedPassages(text).map((q) => q.text)).toEqual(['we will go', 'they stayed', 'War Crimes']);
    expect(findNumbers(text).map((n) => n.text)).toEqual(['200', 'tens', 'thousands', '18,000']);
  });

  it('audits every article in the database (at least the five curated ones)', () => {
    expect(sources.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'alarabiya-2016-12-03-aleppo-under-fire',
        'hrf-2016-12-06-russia-vetoes-ceasefire',
        'metro-2016-12-01-rights-groups-emergency-session',
        'voa-2016-10-20-international-pressure-builds',
        'voa-2016-12-09-russia-resumes-bombings',
      ]),
    );
  });

  for (const { id, text } of sources) {
    it(`covers every quotation and number in ${id}`, () => {
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

describe('npm run seed -- --audit', () => {
  it('tells a curator what an article leaves uncovered: an exclusion removed, its numbers are listed', () => {
    const copy = copySeed();
    try {
      const load = () => loadCorpus({ seedDir: copy.seedDir, migrationsDir: copy.migrationsDir });
      expect(auditCorpus(load()).every((article) => article.uncovered.length === 0)).toBe(true);
      copy.edit('annotations/voa-2016-10-20-international-pressure-builds.yaml', (text) =>
        text.replace(/\n {2}- quote: 0:00 0:03:02 0:00\n(?: {4}.*\n)*/, '\n'),
      );
      const audits = auditCorpus(load());
      expect(audits.map((a) => a.sourceId).sort()).toEqual(sources.map((s) => s.id));
      const voa = audits.find((a) => a.sourceId === 'voa-2016-10-20-international-pressure-builds');
      expect(voa?.uncovered.map((item) => item.text)).toEqual(expect.arrayContaining(['0:00', '0:03:02']));
      expect(audits.filter((a) => a !== voa).every((a) => a.uncovered.length === 0)).toBe(true);
    } finally {
      copy.remove();
    }
  });
});
