/**
 * Finds a curator's quote in an article and returns its exact character span (JavaScript string indices).
 * Curators type what they read, so two things may differ from the stored bytes: white space (a no-break space
 * or a line break matches any white space) and the style of quotation marks and apostrophes. Nothing else does;
 * the span returned always points at the article's own characters.
 */
import { escapeRegExp } from '../ingest/text-segments.js';

export interface LocatedSpan {
  start: number;
  end: number;
  quote: string;
}

export type LocateResult =
  | { ok: true; span: LocatedSpan }
  | { ok: false; reason: 'not_found' | 'ambiguous' | 'no_such_occurrence'; count: number };

const DOUBLE_QUOTES = '"“”„‟″';
const SINGLE_QUOTES = "'‘’‚‛′";

/** A regular expression source matching the quote with tolerant white space and quotation marks. */
function tolerantPattern(quote: string): string {
  let pattern = '';
  const trimmed = quote.trim();
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i] as string;
    if (/\s/u.test(ch)) {
      while (i + 1 < trimmed.length && /\s/u.test(trimmed[i + 1] as string)) i++;
      pattern += '\\s+';
    } else if (DOUBLE_QUOTES.includes(ch)) pattern += `[${DOUBLE_QUOTES}]`;
    else if (SINGLE_QUOTES.includes(ch)) pattern += `[${SINGLE_QUOTES}]`;
    else pattern += escapeRegExp(ch);
  }
  return pattern;
}

/** All non-overlapping matches of the quote in the text. */
export function findAll(text: string, quote: string): LocatedSpan[] {
  const regex = new RegExp(tolerantPattern(quote), 'gu');
  const spans: LocatedSpan[] = [];
  for (const match of text.matchAll(regex)) {
    spans.push({ start: match.index, end: match.index + match[0].length, quote: match[0] });
  }
  return spans;
}

/**
 * Locates one quote. Without `occurrence`, the quote must occur exactly once; with it (1-based), that
 * occurrence is taken.
 */
export function locateQuote(text: string, quote: string, occurrence?: number): LocateResult {
  const spans = findAll(text, quote);
  if (spans.length === 0) return { ok: false, reason: 'not_found', count: 0 };
  if (occurrence === undefined) {
    if (spans.length > 1) return { ok: false, reason: 'ambiguous', count: spans.length };
    return { ok: true, span: spans[0] as LocatedSpan };
  }
  const span = spans[occurrence - 1];
  if (!span) return { ok: false, reason: 'no_such_occurrence', count: spans.length };
  return { ok: true, span };
}
