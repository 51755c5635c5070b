/**
 * What a figure's metric and qualifier mean: the metric's category, and the bounds and printed words a qualifier
 * gives a rounded number. Kept apart so that one home for both (shared with the ingest pipeline) is a small edit.
 */
import type { FIGURE_METRICS, QUALIFIERS } from '../../../src/db/schema.js';
import { formatNumber } from '../text.js';

export const CATEGORY_OF: Record<(typeof FIGURE_METRICS)[number], string> = {
  trapped: 'humanitarian',
  besieged: 'humanitarian',
  killed: 'humanitarian',
  injured: 'humanitarian',
  displaced: 'humanitarian',
  evacuated: 'humanitarian',
  moved: 'humanitarian',
  fighters: 'military',
  member_states: 'membership',
  organizations: 'organizations',
  countries: 'membership',
  supporting_states: 'membership',
  vetoes: 'count',
  hours: 'duration',
};

export interface Bounded {
  value: number | null;
  low: number | null;
  high: number | null;
  /** The words as printed: "more than 40,000", "tens of thousands". */
  raw: string;
}

/** The value, bounds and words a qualifier gives `round` (a rounded magnitude). */
export function qualifierBounds(qualifier: (typeof QUALIFIERS)[number], round: number): Bounded {
  switch (qualifier) {
    case 'exact':
      return { value: round, low: round, high: round, raw: formatNumber(round) };
    case 'more_than':
      return { value: round, low: round, high: null, raw: `more than ${formatNumber(round)}` };
    case 'at_least':
      return { value: round, low: round, high: null, raw: `at least ${formatNumber(round)}` };
    case 'nearly':
      return { value: round, low: null, high: round, raw: `nearly ${formatNumber(round)}` };
    case 'about':
      return { value: round, low: null, high: null, raw: `about ${formatNumber(round)}` };
    case 'at_most':
      return { value: round, low: null, high: round, raw: `up to ${formatNumber(round)}` };
    case 'range': {
      const high = Math.round(round * 1.25) + 1;
      return { value: null, low: round, high, raw: `between ${formatNumber(round)} and ${formatNumber(high)}` };
    }
    default: {
      const order = 10 ** Math.max(1, Math.floor(Math.log10(round)));
      const raw = order >= 10_000 ? 'tens of thousands' : order >= 1000 ? 'thousands' : order >= 100 ? 'hundreds' : 'dozens';
      return { value: null, low: order, high: order * 10 - 1, raw };
    }
  }
}
