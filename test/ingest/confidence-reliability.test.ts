/**
 * The reliability table of confidence, on an invented article and gold: per drafted record whether it is right (the
 * judgement the precision counts) with its confidence, per expected record the best confidence that found it, and
 * from those the precision per band and the precision and recall at a minimum confidence.
 */
import { describe, expect, it } from 'vitest';
import { formatReliability, reliability } from '../../src/ingest/confidence-reliability.js';
import { type ExtractedView, type GoldFile, scoreAgainstGold, sumScores } from '../../src/ingest/score-gold.js';

const text =
  'The harbour board said the pier would reopen. Its chair, Ines Varga, called the delay "a disgrace". ' +
  'A clerk added that the ferry was late. Some 40 stalls were shut and 12 boats stayed in port.';
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const gold: GoldFile = {
  source: 'x',
  statements: [
    { speaker: 'harbour board', speaker_kind: 'organisation', kind: 'indirect', said_on: null, quote: 'the pier would reopen' },
    { speaker: 'Ines Varga', speaker_kind: 'person', kind: 'direct', said_on: null, quote: 'a disgrace' },
    { speaker: 'clerk (unnamed)', speaker_kind: 'person', kind: 'indirect', said_on: null, quote: 'the ferry was late' },
  ],
  figures: [
    { raw_text: '40', value: 40, qualifier: 'approximately' },
    { raw_text: '12 boats', value: 12, qualifier: 'exact' },
  ],
  votes: [],
  events: [],
};
const got: ExtractedView = {
  statements: [
    { speakerNames: ['Harbour Board'], kind: 'indirect', saidOn: null, spans: [span('the pier would reopen')], confidence: 0.95 },
    // Right words, wrong speaker: drafted at 0.92 and wrong.
    { speakerNames: ['Harbour Board'], kind: 'direct', saidOn: null, spans: [span('a disgrace')], confidence: 0.92 },
    { speakerNames: ['Ines Varga'], kind: 'direct', saidOn: null, spans: [span('a disgrace')], confidence: 0.65 },
    { speakerNames: ['clerk'], kind: 'indirect', saidOn: null, spans: [span('the ferry was late')], confidence: 0.4 },
  ],
  figures: [
    { raw: span('40'), value: 40, qualifier: 'approximately', confidence: 0.85 },
    { raw: span('12'), value: 12, qualifier: 'approximately', confidence: 0.85 },
  ],
  votes: [],
  events: [],
};

describe('the reliability of confidence', () => {
  const score = scoreAgainstGold(text, gold, got);

  it('judges each drafted record as the precision does', () => {
    expect(score.judged.statements.drafted.map((d) => d.right)).toEqual([true, false, true, true]);
    expect(score.judged.statements.drafted.filter((d) => d.right).length).toBe(score.statements.precise);
    // The quotation found right only at 0.65: its best confidence is that one, not the wrong record's 0.92.
    expect(score.judged.statements.expected).toEqual([0.95, 0.65, 0.4]);
    expect(score.judged.figures.drafted.map((d) => d.right)).toEqual([true, false]);
  });

  it('counts precision per band and precision and recall at a minimum confidence', () => {
    const r = reliability(score.judged.statements);
    expect(r.bands.find((b) => b.label === '>= 0.9')).toEqual({ label: '>= 0.9', drafted: 2, right: 1 });
    expect(r.bands.find((b) => b.label === '< 0.5')).toEqual({ label: '< 0.5', drafted: 1, right: 1 });
    expect(r.bands.find((b) => b.label === '0.6-0.7')).toEqual({ label: '0.6-0.7', drafted: 1, right: 1 });
    expect(r.thresholds.find((t) => t.min === 0.9)).toEqual({ min: 0.9, drafted: 2, right: 1, recalled: 1, expected: 3 });
    expect(r.thresholds.find((t) => t.min === 0.6)).toEqual({ min: 0.6, drafted: 3, right: 2, recalled: 2, expected: 3 });
    expect(r.thresholds.find((t) => t.min === 0.5)?.recalled).toBe(2);
  });

  it('puts a confidence on a band floor in the band above it', () => {
    const r = reliability({ drafted: [{ confidence: 0.7, basis: [], right: true }], expected: [0.7] });
    expect(r.bands.find((b) => b.label === '0.7-0.8')?.drafted).toBe(1);
    expect(r.thresholds.find((t) => t.min === 0.7)?.recalled).toBe(1);
    expect(r.thresholds.find((t) => t.min === 0.8)?.recalled).toBe(0);
  });

  it('sums over articles and prints no record words', () => {
    const total = sumScores([score, score]);
    expect(total.judged.statements.drafted).toHaveLength(8);
    const table = formatReliability('== x', total.judged);
    expect(table).toContain('at min_confidence 0.9: precision 0.50 (2/4), recall 0.33 (2/6)');
    expect(table).not.toMatch(/disgrace|pier|ferry|Varga/u);
    // Every right statement here names its speaker word for word: none rests on a subset of words.
    expect(table).toContain('strict   6/8 right under a strict speaker match (0 of 6 right only by a subset');
  });

  it("counts the right records a strict speaker match would take for wrong, for the kinds judged by a speaker's name", () => {
    const loose = {
      drafted: [
        { confidence: 0.9, basis: [], right: true, strict: false },
        { confidence: 0.9, basis: [], right: true, strict: true },
        { confidence: 0.9, basis: [], right: false, strict: false },
      ],
      expected: [0.9, 0.9],
    };
    const table = formatReliability('== x', { statements: loose, figures: loose, votes: loose, events: loose });
    expect(table.match(/strict {3}1\/3 right under a strict speaker match \(1 of 2 right only by a subset/gu)).toHaveLength(2);
  });
});
