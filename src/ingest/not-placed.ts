/**
 * What an ingest could not place, each passage with why: the list `npm run ingest` prints and writes into the draft's
 * `not_placed:` (read back by the completeness audit, so both say the same until a curator deletes an entry).
 *
 * - a record that failed a check (held back, written as a comment in the draft): its first passage;
 * - a quotation no statement took (no speaker found, or words that are not speech: a curator decides);
 * - a number no figure took, with the figure extractor's reason (no counted noun, a unit with no metric, ...), but a
 *   year alone ("since 2014": no day and no count, nothing to act on);
 * - a sentence stating a vote's tally that no vote took (no body or date the pipeline could name).
 *
 * A vote tally a vote did take, and speech the draft records once though the article prints it twice, are placed.
 */
import type { NotPlacedEntry } from '../seed/annotation-schema.js';
import { type AuditItem, uncovered } from '../seed/completeness.js';
import { locateQuote } from '../seed/locate-quote.js';
import { isTitle } from './article-analysis.js';
import type { Draft } from './extract-draft.js';
import { numberValue } from './number-expressions.js';
import { overlaps, type Span, splitSentences } from './text-segments.js';
import { statedTally } from './vote-extractor.js';

export interface NotPlaced extends Span {
  kind: NotPlacedEntry['kind'];
  reason: string;
}

// The words of a vote, for telling a tally ("passed 11-3") from other number pairs ("a 2-1 decision" aside).
const VOTE_WORDS = /\b(?:vot(?:e|ed|es|ing)|adopted|in favou?r|abstain\w*|abstentions?|against)\b/iu;
const TALLY_REASON = /vote tally/u;

/**
 * A year written alone ("since 2014", "by 2016", "until 1998"): four digits, no separator, that count nothing. It is
 * no day a remark or an event was placed at, and no figure a curator must record, so listing it among what the
 * pipeline failed to place is noise. A count written "2,015" keeps its separator and is still listed.
 */
const YEAR_ALONE = /^(?:19|20)\d\d$/u;
const COUNTS_NOTHING = /no counted noun/u;
const isYearAlone = (number: { raw: string; reason: string }) => YEAR_ALONE.test(number.raw) && COUNTS_NOTHING.test(number.reason);

/** A record collection's kind, in the singular: the name of one of its records. */
export const singular = { events: 'event', statements: 'statement', votes: 'vote', figures: 'figure' } as const;

export function notPlaced(draft: Draft): NotPlaced[] {
  const { analysis } = draft.extraction;
  const { text, quotations, paragraphs } = analysis;
  const items: NotPlaced[] = [];
  for (const { collection, record, reason } of draft.heldBack) {
    const first = record.evidence[0];
    if (first === undefined) continue;
    const located = typeof first === 'string' ? locateQuote(text, first) : locateQuote(text, first.quote, first.occurrence);
    if (located.ok)
      items.push({ kind: singular[collection], start: located.span.start, end: located.span.end, reason: `held back: ${reason}` });
  }

  // Every statement the extractors found counts, a repeat folded into another included; a held-back one is above.
  const speech = draft.extraction.statements.flatMap((s) => s.evidence);
  for (const quotation of quotations) {
    if (speech.some((span) => overlaps(span, quotation))) continue;
    items.push({
      kind: 'statement',
      start: quotation.start,
      end: quotation.end,
      reason: 'a quotation no statement took: no speaker found, or not speech (a title, scare quotes)',
    });
  }

  const voted = draft.votes.flatMap((v) => v.extracted.evidence);
  const tallySentences: Span[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(text, paragraph)) {
      // The headline restates the story (the extractors read no records from it).
      if (isTitle(analysis, sentence)) continue;
      if (!VOTE_WORDS.test(sentence.text) || voted.some((span) => overlaps(span, sentence))) continue;
      const tally = statedTally(sentence.text);
      if (tally.yes === null && tally.no === null && tally.abstain === null) continue;
      tallySentences.push(sentence);
      items.push({
        kind: 'vote',
        start: sentence.start,
        end: sentence.end,
        reason: 'states a vote tally, but no vote was recorded: the pipeline named no body or date for it',
      });
    }
  }

  // A count of a vote that took it ("won 11 votes", "with 36 abstentions") is placed, as its tally.
  const tallied = (number: (typeof draft.unrecorded)[number]) => {
    const value = numberValue(number.raw.replace(/,/gu, ''));
    return draft.votes.some(
      ({ extracted: vote }) =>
        vote.evidence.some((span) => overlaps(span, number.span)) && Object.values(vote.tally).some((n) => n !== null && n === value),
    );
  };
  for (const number of draft.unrecorded) {
    if (tallySentences.some((sentence) => overlaps(sentence, number.span)) || tallied(number)) continue;
    if (TALLY_REASON.test(number.reason)) {
      if (voted.some((span) => overlaps(span, number.span))) continue;
      items.push({ kind: 'vote', ...number.span, reason: 'a vote tally, but no vote was recorded: the pipeline named no body for it' });
      continue;
    }
    if (isYearAlone(number)) continue;
    items.push({ kind: 'number', ...number.span, reason: number.reason });
  }
  return items.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The completeness audit of the draft as the seed will build it: every quotation and number in no drafted record's
 * words (a date no record holds, a number the extractors did not read; the article's own date at its head is its
 * published_on, not listed). The ingest prints these beside what it could not place, so what it says and what
 * `npm run seed -- --audit` says are the same.
 */
export function notCovered(draft: Draft): AuditItem[] {
  const covering = [
    ...draft.statements.flatMap((d) => d.extracted.evidence),
    ...draft.figures.flatMap((d) => d.extracted.evidence),
    ...draft.votes.flatMap((d) => d.extracted.evidence),
    ...draft.events.flatMap((d) => d.extracted.evidence),
  ];
  return uncovered(draft.extraction.analysis.printed, covering, draft.extraction.analysis.publishedOn);
}
