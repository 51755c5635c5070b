import { describe, expect, it } from 'vitest';
import { FIGURE_METRICS } from '../../src/db/schema.js';
import { CATEGORY_OF, figureMeaningProblems, qualifierBounds, VAGUE_BOUNDS, vagueWordsFor } from '../../src/domain/figure-meaning.js';

describe('figure meaning', () => {
  it('puts people to whom something happened in humanitarian, and counts of states where the curated records do', () => {
    for (const metric of ['trapped', 'besieged', 'killed', 'injured', 'displaced', 'evacuated'] as const) {
      expect(CATEGORY_OF[metric], metric).toBe('humanitarian');
    }
    expect(CATEGORY_OF.member_states).toBe('membership');
    expect(CATEGORY_OF.countries).toBe('count');
    expect(CATEGORY_OF.supporting_states).toBe('count');
    expect(CATEGORY_OF.fighters).toBe('military');
    expect(CATEGORY_OF.hours).toBe('duration');
    expect(Object.keys(CATEGORY_OF).sort()).toEqual([...FIGURE_METRICS].sort());
  });

  it('gives each qualifier the bounds its words allow', () => {
    expect(qualifierBounds('exact', 52)).toEqual({ low: 52, high: 52 });
    expect(qualifierBounds('more_than', 40_000)).toEqual({ low: 40_000, high: null });
    expect(qualifierBounds('at_least', 45)).toEqual({ low: 45, high: null });
    expect(qualifierBounds('nearly', 250_000)).toEqual({ low: null, high: 250_000 });
    expect(qualifierBounds('at_most', 400)).toEqual({ low: null, high: 400 });
    expect(qualifierBounds('about', 300)).toEqual({ low: null, high: null });
    expect(qualifierBounds('range', 500)).toBeNull();
  });

  it('names a count by the vague words of its order of magnitude', () => {
    expect(vagueWordsFor(250_000)).toEqual({ words: 'hundreds of thousands', low: 100_000, high: 999_999 });
    expect(vagueWordsFor(40_000)).toEqual({ words: 'tens of thousands', low: 10_000, high: 99_999 });
    expect(vagueWordsFor(3_000).words).toBe('thousands');
    expect(vagueWordsFor(300).words).toBe('hundreds');
    expect(vagueWordsFor(30).words).toBe('dozens');
    expect(VAGUE_BOUNDS.scores).toEqual({ low: 40, high: null });
  });

  it('finds a figure whose category or bounds contradict its metric and qualifier', () => {
    const ok = { metric: 'trapped', category: 'humanitarian', value: 40_000, low: 40_000, high: null, qualifier: 'more_than' } as const;
    expect(figureMeaningProblems(ok)).toEqual([]);
    expect(figureMeaningProblems({ ...ok, category: 'count' })).toEqual([
      ['category', 'metric trapped is in category "humanitarian", not "count"'],
    ]);
    expect(figureMeaningProblems({ ...ok, high: 50_000 })).toEqual([
      ['high', 'qualifier more_than with value 40000 gives high null, not 50000'],
    ]);
    expect(figureMeaningProblems({ ...ok, qualifier: 'vague', value: null, low: 10_000, high: 99_999 })).toEqual([]);
    expect(figureMeaningProblems({ ...ok, qualifier: 'range' })[0]?.[0]).toBe('value');
  });
});
