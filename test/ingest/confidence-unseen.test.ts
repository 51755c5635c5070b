/**
 * The unseen evidence confidence is levelled to: a key's dev precision moved to its kind's unseen level by the same
 * odds ratio, the sets pooled (less any left out), and the evidence file refused, naming the key, when malformed.
 */
import { describe, expect, it } from 'vitest';
import { CALIBRATION_KINDS } from '../../src/ingest/confidence-calibration.js';
import {
  levelledToUnseen,
  loadUnseenEvidence,
  parseUnseenEvidence,
  pooledUnseen,
  type UnseenEvidence,
} from '../../src/ingest/confidence-unseen.js';

const kinds = (right: number, drafted: number) => ({
  statements: { drafted, right },
  figures: { drafted, right },
  votes: { drafted, right },
  events: { drafted, right },
});
const evidence = (): UnseenEvidence => ({
  about: 'invented',
  sets: [
    { set: 'held-out A', scored_with: 'abc1234', kinds: kinds(8, 10) },
    { set: 'held-out B', scored_with: 'def5678', kinds: kinds(2, 10) },
  ],
});

describe('a precision levelled to unseen text', () => {
  it("is the kind's unseen precision for a key as good as its kind on dev", () => {
    expect(levelledToUnseen(0.95, 0.95, 0.85)).toBeCloseTo(0.85, 6);
    expect(levelledToUnseen(0.6, 0.6, 0.3)).toBeCloseTo(0.3, 6);
  });

  it('keeps a better key better and a worse one worse, by the same odds ratio', () => {
    // Odds 19 against the kind's 9 on dev (x2.11); at an unseen level of odds 4, the key's odds are 8.44: 0.894.
    expect(levelledToUnseen(0.95, 0.9, 0.8)).toBeCloseTo(0.894, 3);
    expect(levelledToUnseen(0.8, 0.9, 0.8)).toBeLessThan(0.8);
  });

  it('changes nothing where unseen text was as good as dev (the near miss: no shift without evidence of one)', () => {
    expect(levelledToUnseen(0.7, 0.9, 0.9)).toBeCloseTo(0.7, 6);
  });

  it('stays finite at a share of 1', () => {
    expect(levelledToUnseen(1, 1, 0.5)).toBeCloseTo(0.5, 6);
    expect(levelledToUnseen(1, 0.9, 0.5)).toBeLessThan(1);
  });
});

describe('the unseen sets pooled', () => {
  it('adds the counts of every set, per kind', () => {
    expect(pooledUnseen(evidence()).votes).toEqual({ drafted: 20, right: 10 });
  });

  it('leaves out the sets asked for, to measure one as unseen', () => {
    expect(pooledUnseen(evidence(), ['held-out B']).events).toEqual({ drafted: 10, right: 8 });
    expect(() => pooledUnseen(evidence(), ['held-out A', 'held-out B'])).toThrow(/no unseen set/u);
  });
});

describe('the evidence file', () => {
  it('is refused when malformed, with the key at fault named', () => {
    const tooMany = evidence();
    (tooMany.sets[1] as UnseenEvidence['sets'][number]).kinds.votes = { drafted: 3, right: 4 };
    expect(() => parseUnseenEvidence(tooMany, 'x.json')).toThrow(/sets\.1\.kinds\.votes: right exceeds drafted/u);
    const noCommit = evidence();
    (noCommit.sets[0] as UnseenEvidence['sets'][number]).scored_with = 'the end of s14';
    expect(() => parseUnseenEvidence(noCommit, 'x.json')).toThrow(/sets\.0\.scored_with: expected a commit hash/u);
    const noKind = JSON.parse(JSON.stringify(evidence()));
    delete noKind.sets[0].kinds.figures;
    expect(() => parseUnseenEvidence(noKind, 'x.json')).toThrow(/sets\.0\.kinds\.figures/u);
    const twice = evidence();
    twice.sets.push({ ...(twice.sets[0] as UnseenEvidence['sets'][number]) });
    expect(() => parseUnseenEvidence(twice, 'x.json')).toThrow(/"held-out A" is counted twice/u);
  });

  it('on disk parses, each set measured at a commit, with drafted records of every kind', () => {
    const file = loadUnseenEvidence();
    expect(file.sets.length).toBeGreaterThan(0);
    for (const set of file.sets)
      for (const kind of CALIBRATION_KINDS) expect(set.kinds[kind].drafted, `${set.set} ${kind}`).toBeGreaterThan(0);
  });
});
