/**
 * What a curator reviews first in a draft: its least certain records. A record's confidence is the share of records
 * made the same way that were right on the development articles (confidence-calibration.ts), so the records below
 * REVIEW_BELOW are the ones whose kind of extraction was wrong at least one time in ten there, and on new text the
 * likeliest to hold a wrong speaker, date or number. The ingest report and the draft's head list them, least certain
 * first, with a count per kind and band, so a curator with ten minutes spends them where a fix is likeliest.
 */

import type { Draft } from './extract-draft.js';

/** Records at or above this confidence were right at least nine times in ten where they were calibrated. */
export const REVIEW_BELOW = 0.9;

/** The confidence bands counted per kind, highest first: the bottom of each band. */
const BANDS = [
  { floor: 0.9, label: '0.9 or above' },
  { floor: 0.8, label: '0.8-0.9' },
  { floor: 0, label: 'below 0.8' },
] as const;

const KINDS = ['statements', 'figures', 'votes', 'events'] as const;
type Kind = (typeof KINDS)[number];

/** One drafted record as the review list names it: its list, id, confidence and the first words of its evidence. */
export interface ReviewItem {
  collection: Kind;
  id: string;
  confidence: number;
  words: string;
}

/** The first evidence passage of a record as written in the draft (a string, or a quote with its occurrence). */
function firstWords(evidence: unknown): string {
  const first = Array.isArray(evidence) ? evidence[0] : undefined;
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && 'quote' in first) return String((first as { quote: unknown }).quote);
  return '';
}

/** Every drafted record with its kind and confidence, in the draft's order. */
function reviewItems(draft: Draft): ReviewItem[] {
  return KINDS.flatMap((collection) =>
    draft[collection].map(({ record }) => ({
      collection,
      id: record.id,
      confidence: record.confidence,
      words: firstWords(record.evidence).replace(/\s+/gu, ' '),
    })),
  );
}

/** The drafted records below REVIEW_BELOW, least certain first (a tie keeps statements, figures, votes, events order). */
export function leastCertain(draft: Draft): ReviewItem[] {
  return reviewItems(draft)
    .filter((item) => item.confidence < REVIEW_BELOW)
    .sort((a, b) => a.confidence - b.confidence);
}

/**
 * The records of each kind per confidence band, as one line: "statements 7 at 0.9 or above, 2 at 0.8-0.9; figures 7
 * at 0.9 or above". A kind with no record is left out; an empty draft gives "".
 */
export function confidenceBands(draft: Draft): string {
  const items = reviewItems(draft);
  return KINDS.map((kind) => {
    const ofKind = items.filter((item) => item.collection === kind);
    if (ofKind.length === 0) return '';
    const counts = BANDS.map((band, i) => {
      const ceiling = BANDS[i - 1]?.floor ?? Number.POSITIVE_INFINITY;
      const n = ofKind.filter((item) => item.confidence >= band.floor && item.confidence < ceiling).length;
      return n > 0 ? `${n} at ${band.label}` : '';
    }).filter(Boolean);
    return `${kind} ${counts.join(', ')}`;
  })
    .filter(Boolean)
    .join('; ');
}
