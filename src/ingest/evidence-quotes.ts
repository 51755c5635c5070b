/**
 * Evidence as the curated format writes it: the passage's own words, with `occurrence` when the same words occur
 * more than once in the article (the seed finds quotes by their words, tolerant of white space and quote style, so
 * the occurrence is counted the way the seed counts it).
 */
import type { EvidenceQuote } from '../seed/annotation-schema.js';
import { findAll } from '../seed/locate-quote.js';
import type { Span } from './text-segments.js';

export function evidenceQuote(text: string, span: Span): EvidenceQuote {
  const quote = text.slice(span.start, span.end);
  const matches = findAll(text, quote);
  if (matches.length <= 1) return quote;
  const index = matches.findIndex((m) => m.start === span.start);
  return index >= 0 ? { quote, occurrence: index + 1 } : quote;
}
