/**
 * The completeness audit: what in an article a curator must account for. Every passage in quotation marks and
 * every number (digits or number words) must fall inside some record's evidence or an explicit exclusion.
 * Used by the audit test and by `npm run seed -- --audit` to tell a curator what they missed.
 */

import { findArticleDateMentions } from '../ingest/date-expressions.js';
import { findQuotations } from '../ingest/quotations.js';
import { inContext, splitParagraphs } from '../ingest/text-segments.js';
import type { Corpus, NotPlacedRow } from './load-corpus.js';

export interface Span {
  start: number;
  end: number;
}

export interface AuditItem extends Span {
  kind: 'quotation' | 'number';
  text: string;
}

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'tens',
  'hundreds?',
  'thousands?',
  'millions?',
  'billions?',
  'dozens?',
  'scores', // "Scores more were wounded": the ingest reads it as a vague number, so the audit counts it
  'quarter',
  'half',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

// Digits with separators ("18,000", "0:03:02", "9.5") or number words, as whole words; "six-year" counts.
const NUMBER_PATTERN = new RegExp(`\\d[\\d,.:]*\\d|\\d|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'giu');

/** Numbers as printed, one item per run of digits or per number word. */
export function findNumbers(text: string): AuditItem[] {
  const items: AuditItem[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const start = match.index;
    items.push({ kind: 'number', start, end: start + match[0].length, text: match[0] });
  }
  return items;
}

/**
 * Passages in quotation marks, by the same rule the ingest extractor reads speech with (src/ingest/quotations.ts):
 * curly and straight double quotes, single curly quotes used as quotation marks (not the apostrophe of Russia’s), a
 * closing mark whose opening mark was dropped, and an opening mark never closed (a quotation running on into the
 * next paragraph). The span is the inside of the marks, trimmed.
 */
export function findQuotedPassages(text: string): AuditItem[] {
  return findQuotations(text, splitParagraphs(text)).map((q) => ({
    kind: 'quotation' as const,
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
  }));
}

/**
 * The audit items of an article that no covering span (evidence or exclusion) overlaps. Given the article's
 * publication day, the numbers of that date printed at its head are accounted for (ownDateSpans).
 */
export function uncovered(text: string, covering: Span[], publishedOn?: string): AuditItem[] {
  const items = [...findQuotedPassages(text), ...findNumbers(text)];
  const accounted = publishedOn ? [...covering, ...ownDateSpans(text, publishedOn)] : covering;
  return items.filter((item) => !accounted.some((span) => coversItem(span, item)));
}

/**
 * Where the article prints its own date in its head (headParagraphs: a statement's "Oslo, 15 December 2016", a
 * release's "December 15, 2016" line, a dateline before the first sentence): sources.json's published_on records
 * that day, so its day and year are no figure a record or an exclusion must account for. Only the day of
 * publication; another day at the head, or the same day told in the body, is audited as before.
 */
function ownDateSpans(text: string, publishedOn: string): Span[] {
  const head = headParagraphs(splitParagraphs(text));
  return findArticleDateMentions(text, head, publishedOn).filter(
    (mention) => mention.when.precision === 'day' && mention.when.date === publishedOn,
  );
}

/** The most lines a byline block (headline, byline, role, outlet, date) is read to take before the prose. */
const MAX_HEAD_PARAGRAPHS = 6;
/** A line that ends a sentence: prose, not a headline, byline, outlet or date line. */
const ENDS_SENTENCE = /[.!?]["'\u201d\u2019)]*\s*$/u;

/**
 * The article's head: its first three paragraphs, or more when the lines before the first one that ends a sentence
 * are a byline block ("Headline / By A. Writer / The Example Post / November 9, 2016"), which a story often sets one
 * line each; up to MAX_HEAD_PARAGRAPHS.
 */
function headParagraphs<T extends { text: string }>(paragraphs: T[]): T[] {
  const firstProse = paragraphs.findIndex((paragraph) => ENDS_SENTENCE.test(paragraph.text));
  const length = Math.max(3, Math.min(firstProse < 0 ? 3 : firstProse + 1, MAX_HEAD_PARAGRAPHS));
  return paragraphs.slice(0, length);
}

/**
 * A number is covered when a span contains it whole. A quotation is covered when spans inside or around it
 * account for all its letters: a statement's evidence excludes the quotation marks and may be split in
 * several spans around an inserted "[the strikes]" or "...", so overlap is enough for quotations.
 */
function coversItem(span: Span, item: AuditItem): boolean {
  if (item.kind === 'number') return span.start <= item.start && span.end >= item.end;
  return span.start < item.end && span.end > item.start;
}

/**
 * What the audit finds in one article: the passages and numbers no evidence or exclusion accounts for, and what
 * `npm run ingest` could not place and no curator has dealt with yet (the record file's `not_placed`, the same list
 * the ingest printed: a number inside a statement's words is covered, yet no figure has it).
 */
export interface ArticleAudit {
  sourceId: string;
  uncovered: AuditItem[];
  notPlaced: NotPlacedRow[];
}

/** The audit of every article of a loaded corpus, in source order: what `npm run seed -- --audit` prints. */
export function auditCorpus(
  corpus: Pick<Corpus, 'sources' | 'evidence' | 'exclusions'> & Partial<Pick<Corpus, 'notPlaced'>>,
): ArticleAudit[] {
  return corpus.sources.map(({ id, text, publishedOn }) => {
    const covering = [...corpus.evidence, ...corpus.exclusions].filter((span) => span.sourceId === id);
    const notPlaced = (corpus.notPlaced ?? []).filter((item) => item.sourceId === id);
    return { sourceId: id, uncovered: uncovered(text, covering, publishedOn), notPlaced };
  });
}

/**
 * The uncovered passages no not_placed entry names: a passage it names is listed there, with why, and not twice. An
 * entry names every audit item inside its span: the audit reads "NOK 100 million" as two numbers, "100" and
 * "million", where the ingest placed (or failed to place) one amount.
 */
export function notNamedIn(uncovered: AuditItem[], notPlaced: readonly Span[]): AuditItem[] {
  return uncovered.filter((item) => !notPlaced.some((named) => named.start <= item.start && named.end >= item.end));
}

/**
 * What `npm run seed -- --audit` prints for one article: each passage no record or exclusion covers, in the words
 * around it (a bare "31" at 2937-2939 tells a curator nothing), then the ingest's not_placed entries with their
 * reasons; a passage a not_placed entry names is listed there only, not twice.
 */
export function auditLines(audit: ArticleAudit, text: string): string[] {
  const loose = notNamedIn(audit.uncovered, audit.notPlaced);
  const head =
    loose.length === 0 && audit.notPlaced.length === 0
      ? 'every quotation and number is covered'
      : `${loose.length} not covered${audit.notPlaced.length > 0 ? `; ${audit.notPlaced.length} not placed by the ingest (the record file's not_placed)` : ''}`;
  const lines = [`audit: ${audit.sourceId}: ${head}`];
  for (const item of loose) lines.push(`  ${item.kind} at ${item.start}-${item.end}: ${inContext(text, item, 30)}`);
  for (const item of audit.notPlaced) {
    const words = item.quote.replace(/\s+/gu, ' ');
    lines.push(
      `  not placed: ${item.kind} at ${item.start}-${item.end}: "${words.length > 90 ? `${words.slice(0, 90)}…` : words}": ${item.reason}`,
    );
  }
  return lines;
}
