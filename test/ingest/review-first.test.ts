/**
 * The least certain records come first in the ingest report and at the draft's head, with a count per kind and
 * confidence band, so a curator reviews first where a wrong speaker, date or number is likeliest.
 */
import { describe, expect, it } from 'vitest';
import { draftToYaml } from '../../src/ingest/draft-yaml.js';
import { type Draft, extractDraft } from '../../src/ingest/extract-draft.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { reviewFirstLines } from '../../src/ingest/ingest-report.js';
import { confidenceBands, leastCertain } from '../../src/ingest/review-first.js';
import { SEED_DIR } from '../../src/paths.js';

/** A draft holding only records with the given ids and confidences (what review-first reads). */
function draftOf(records: Partial<Record<'statements' | 'figures' | 'votes' | 'events', [string, number][]>>): Draft {
  const made = (list: [string, number][] = []) =>
    list.map(([id, confidence]) => ({ record: { id, confidence, evidence: [`words of ${id}`] }, extracted: {}, basis: [] }));
  return {
    statements: made(records.statements),
    figures: made(records.figures),
    votes: made(records.votes),
    events: made(records.events),
  } as unknown as Draft;
}

describe('the records to review first', () => {
  it('lists the records below 0.9, least certain first, across kinds', () => {
    const draft = draftOf({
      statements: [
        ['s-sure', 0.96],
        ['s-unsure', 0.84],
      ],
      votes: [['v-mid', 0.87]],
      events: [['e-least', 0.75]],
      figures: [['f-sure', 0.99]],
    });
    expect(leastCertain(draft).map((item) => [item.id, item.collection, item.words])).toEqual([
      ['e-least', 'events', 'words of e-least'],
      ['s-unsure', 'statements', 'words of s-unsure'],
      ['v-mid', 'votes', 'words of v-mid'],
    ]);
  });

  it('leaves out a record at exactly 0.9 (right nine times in ten where it was calibrated)', () => {
    expect(leastCertain(draftOf({ statements: [['s-edge', 0.9]], figures: [['f-edge', 0.9]] }))).toEqual([]);
  });

  it('counts each kind per band and leaves out a kind with no record', () => {
    const draft = draftOf({
      statements: [
        ['a', 0.95],
        ['b', 0.91],
        ['c', 0.84],
        ['d', 0.5],
      ],
      events: [['e', 0.8]],
    });
    expect(confidenceBands(draft)).toBe('statements 2 at 0.9 or above, 1 at 0.8-0.9, 1 at below 0.8; events 1 at 0.8-0.9');
    expect(confidenceBands(draftOf({}))).toBe('');
  });

  it("the draft's head names every record below 0.9 by id, least certain first, and nothing when all are sure", () => {
    const gazetteer = Gazetteer.load(SEED_DIR);
    const draft = extractDraft({
      sourceId: 'review-first-test',
      text: 'Harbour town sends help\n\nBy Ana Ruiz\n\nThe town council of Vesterby voted on Monday to send 4,000 blankets to the besieged districts. "It is the least we can do," its mayor, Per Lund, said on Tuesday. Talks between the two sides were held in Geneva on Sunday.',
      publishedOn: '2016-12-14',
      title: 'Harbour town sends help',
      gazetteer,
    });
    const unsure = leastCertain(draft);
    const yaml = draftToYaml(draft);
    const head = yaml.slice(0, yaml.indexOf('source:'));
    if (unsure.length === 0) expect(head).not.toContain('Review first');
    else {
      expect(head).toContain(`Review first: the ${unsure.length} record(s) below 0.9`);
      const at = unsure.map((item) => head.indexOf(item.id));
      expect(at.every((i) => i > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
    expect(head).toContain(`Confidence: ${confidenceBands(draft)}.`);
  });

  it('the ingest report counts per band and lists the least certain records by id, and says so when none is', () => {
    const lines = reviewFirstLines(
      draftOf({
        statements: [
          ['s-sure', 0.96],
          ['s-unsure', 0.84],
        ],
        events: [['e-least', 0.75]],
      }),
    );
    expect(lines).toEqual([
      'confidence  statements 1 at 0.9 or above, 1 at 0.8-0.9; events 1 at below 0.8',
      "review first 2 records below 0.9, least certain first (also at the draft's head):",
      '  0.75 event e-least: "words of e-least"',
      '  0.84 statement s-unsure: "words of s-unsure"',
    ]);
    expect(reviewFirstLines(draftOf({ figures: [['f', 0.99]] }))).toEqual([
      'confidence  figures 1 at 0.9 or above',
      'review first none: every record is at 0.9 or above',
    ]);
  });
});
