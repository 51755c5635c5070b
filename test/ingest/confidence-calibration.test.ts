/**
 * Calibrated confidence: counted per basis key on invented judgements, taken from the most specific key enough records
 * back (an unknown basis falls back to the kind's own; a rare one no higher than its own few records show), and read from a file that is refused, naming the key, when
 * malformed. The committed file parses and every mechanism of record-basis.ts gets a confidence from it.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { calibrate, calibrationTable, formatCalibration, MECHANISMS, unbackedBases } from '../../src/ingest/calibrate-cli.js';
import {
  CALIBRATION_KINDS,
  CALIBRATION_PATH,
  type CalibrationFile,
  calibratedConfidence,
  calibration,
  parseCalibration,
  statementKeys,
  useCalibration,
  voteClaim,
} from '../../src/ingest/confidence-calibration.js';
import type { Judged } from '../../src/ingest/score-gold.js';

const records = (keys: string[], right: number, wrong: number): Judged['drafted'] => [
  ...Array.from({ length: right }, () => ({ confidence: null, basis: keys, right: true })),
  ...Array.from({ length: wrong }, () => ({ confidence: null, basis: keys, right: false })),
];
const judged: Judged = {
  drafted: [...records(['a/x', 'a', '*'], 30, 0), ...records(['b/x', 'b', '*'], 5, 5), ...records(['c/y', 'c', '*'], 20, 20)],
  expected: [],
};

afterEach(() => useCalibration(null));

describe('a calibration table', () => {
  const table = calibrationTable(judged, 0.5);

  it('counts drafted and right records at every key of a record', () => {
    expect(table['*']).toMatchObject({ drafted: 80, right: 55 });
    expect(table.a).toMatchObject({ drafted: 30, right: 30 });
    expect(table['b/x']).toMatchObject({ drafted: 10, right: 5 });
  });

  it("gives the kind's own key the kind's unseen precision, and each key its odds ratio to its kind on dev", () => {
    // The kind is 55/80 right on dev; on unseen text it was right half the time: its own key says 0.5.
    expect(table['*']?.confidence).toBe(0.5);
    // 'a' (30/30, shrunk to 0.875 toward the kind's 0.6875) stays surer than its kind, but well below its dev share.
    expect(table.a?.confidence).toBe(0.76);
    // 'c' (20/40) is less sure than its kind on dev, and so below the kind's unseen level.
    expect(table.c?.confidence).toBe(0.37);
  });

  it('never reaches 1, however many records back a key', () => {
    const sure = { drafted: records(['d', '*'], 5000, 1), expected: [] };
    expect(calibrationTable(sure, 0.999).d?.confidence).toBe(0.99);
  });
});

describe('a calibration levelled to the unseen sets', () => {
  const counts = (right: number) => ({ drafted: 10, right });
  const kinds = (right: number) => ({ statements: counts(right), figures: counts(right), votes: counts(right), events: counts(right) });
  const evidence = {
    about: 'invented',
    sets: [
      { set: 'held-out A', scored_with: 'abc1234', kinds: kinds(8) },
      { set: 'held-out B', scored_with: 'def5678', kinds: kinds(2) },
    ],
  };
  const all = { statements: judged, figures: judged, votes: judged, events: judged };

  it("gives each kind's own key the pooled unseen precision of every set", () => {
    expect(calibrate(all, evidence).kinds.votes['*']?.confidence).toBe(0.5);
  });

  it('pools and names only the sets kept when one is left out, to be measured as unseen', () => {
    const file = calibrate(all, evidence, ['held-out B']);
    expect(file.kinds.events['*']?.confidence).toBe(0.8);
    expect(file.method).toContain('held-out A at abc1234');
    expect(file.method).not.toContain('held-out B');
  });
});

describe('a record takes the most specific key enough records back', () => {
  const file = calibrate({ statements: judged, figures: judged, votes: judged, events: judged });

  it('backs off from a key with too few records to a coarser one, never above what its own few records show', () => {
    // 'b/x' has 10 records, under min_drafted (20): 'b' has the same 10; the kind's own key is next, but 'b/x' is right
    // 5 of 10, below the kind, so its record keeps the lower confidence of its own key.
    expect(calibratedConfidence('statements', ['a/x', 'a', '*'], file)).toBe(file.kinds.statements['a/x']?.confidence);
    const own = file.kinds.statements['b/x']?.confidence as number;
    expect(own).toBeLessThan(file.kinds.statements['*']?.confidence as number);
    expect(calibratedConfidence('statements', ['b/x', 'b', '*'], file)).toBe(own);
  });

  it('gives a rare mechanism no more than its own records show, not the level of the commoner ones its coarser key counts', () => {
    // A claim read mostly from the vote's sentence (40 of 40 right) and rarely from the lead's day (3 of 5 right), then
    // a rare mechanism with every record right (3 of 3), and one with no record on dev.
    const votes: Judged = {
      drafted: [
        ...records(['tally/sentence', 'tally', '*'], 40, 0),
        ...records(['tally/lead', 'tally', '*'], 3, 2),
        ...records(['tally/listed', 'tally', '*'], 3, 0),
      ],
      expected: [],
    };
    const rare = calibrate({ statements: votes, figures: votes, votes, events: votes });
    const table = rare.kinds.votes;
    const tally = table.tally?.confidence as number;
    expect(table['tally/lead']?.confidence).toBeLessThan(tally);
    expect(calibratedConfidence('votes', ['tally/lead', 'tally', '*'], rare)).toBe(table['tally/lead']?.confidence);
    // All right on 3 records: not raised above the coarser key.
    expect(calibratedConfidence('votes', ['tally/listed', 'tally', '*'], rare)).toBe(tally);
    expect(calibratedConfidence('votes', ['tally/new', 'tally', '*'], rare)).toBe(tally);
  });

  it('gives an unknown basis the kind as a whole', () => {
    expect(calibratedConfidence('figures', ['never-seen/people', 'never-seen', '*'], file)).toBe(file.kinds.figures['*']?.confidence);
    expect(calibratedConfidence('figures', [], file)).toBe(file.kinds.figures['*']?.confidence);
  });

  it('reports the mechanisms that fall back', () => {
    const reported = unbackedBases(file);
    expect(reported.some((line) => line.startsWith('statements prose:'))).toBe(true);
    expect(reported.some((line) => line.startsWith('statements a:'))).toBe(false);
  });

  it('names keys by kind, speaker, continuation and form, and votes by their claim', () => {
    expect(statementKeys({ kind: 'direct', via: 'pronoun', continuation: true, form: 'prose' })).toEqual([
      'direct/pronoun/continued/prose',
      'direct/pronoun/prose',
      'pronoun/prose',
      'prose',
      '*',
    ]);
    // A speaker the speaker model doubts is keyed apart first, by how the rules found it and then alone.
    expect(statementKeys({ kind: 'direct', via: 'pronoun', continuation: false, form: 'prose', doubted: true })).toEqual([
      'doubted/pronoun',
      'doubted',
      'direct/pronoun/first/prose',
      'direct/pronoun/prose',
      'pronoun/prose',
      'prose',
      '*',
    ]);
    expect(voteClaim({ vetoed: true, counts: [11, 2, 2], outcome: 'vetoed' })).toBe('veto');
    expect(voteClaim({ vetoed: false, counts: [null, 13, null], outcome: 'adopted' })).toBe('tally');
    expect(voteClaim({ vetoed: false, counts: [null, null, null], outcome: 'pending' })).toBe('pending');
    expect(voteClaim({ vetoed: false, counts: [null, null, null], outcome: 'adopted' })).toBe('bare');
  });
});

describe('the calibration file', () => {
  const valid = (): CalibrationFile => calibrate({ statements: judged, figures: judged, votes: judged, events: judged });

  it('is refused when malformed, with the key at fault named', () => {
    const raw = JSON.parse(formatCalibration(valid()));
    raw.kinds.statements['a/x'].confidence = 1.7;
    expect(() => parseCalibration(raw, 'x.json')).toThrow(/kinds\.statements\.a\/x\.confidence/u);
    const noWhole = JSON.parse(formatCalibration(valid()));
    delete noWhole.kinds.votes['*'];
    expect(() => parseCalibration(noWhole, 'x.json')).toThrow(/kinds\.votes: needs the kind's own key "\*"/u);
    const unknownKind = JSON.parse(formatCalibration(valid()));
    unknownKind.kinds.actors = {};
    expect(() => parseCalibration(unknownKind, 'x.json')).toThrow(/actors/u);
    expect(() => parseCalibration({ ...valid(), min_drafted: 0 }, 'x.json')).toThrow(/min_drafted/u);
  });

  it("on disk parses, is the one the draft reads, and gives every mechanism a confidence between 0 and 1 (its own or a coarser key's)", () => {
    const file = parseCalibration(JSON.parse(readFileSync(CALIBRATION_PATH, 'utf8')));
    expect(calibration()).toEqual(file);
    for (const kind of CALIBRATION_KINDS)
      for (const mechanism of MECHANISMS[kind]) {
        const confidence = calibratedConfidence(kind, [mechanism, '*'], file);
        expect(confidence).toBeGreaterThan(0);
        expect(confidence).toBeLessThan(1);
      }
  });
});
