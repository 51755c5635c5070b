/**
 * What a figure's metric and qualifier mean, for the synthetic generator: the category, bounds and vague words come
 * from src/domain/figure-meaning.ts (shared with the seed loader and the ingest pipeline); this file only words them.
 */
import { qualifierBounds as boundsOf, CATEGORY_OF, type Qualifier, vagueWordsFor } from '../../../src/domain/figure-meaning.js';
import { formatNumber } from '../text.js';

export { CATEGORY_OF };

export interface Bounded {
  value: number | null;
  low: number | null;
  high: number | null;
  /** The words as printed: "more than 40,000", "tens of thousands". */
  raw: string;
}

const WORDS: Partial<Record<Qualifier, string>> = {
  more_than: 'more than ',
  at_least: 'at least ',
  nearly: 'nearly ',
  about: 'about ',
  at_most: 'up to ',
};

/** The value, bounds and words a qualifier gives `round` (a rounded magnitude). */
export function qualifierBounds(qualifier: Qualifier, round: number): Bounded {
  if (qualifier === 'range') {
    const high = Math.round(round * 1.25) + 1;
    return { value: null, low: round, high, raw: `between ${formatNumber(round)} and ${formatNumber(high)}` };
  }
  if (qualifier === 'vague') {
    const { words, low, high } = vagueWordsFor(round);
    return { value: null, low, high, raw: words };
  }
  const bounds = boundsOf(qualifier, round) ?? { low: null, high: null };
  return { value: round, ...bounds, raw: `${WORDS[qualifier] ?? ''}${formatNumber(round)}` };
}
