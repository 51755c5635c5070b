/**
 * A statement's `text`, computed from its evidence. For a direct or partial statement the text is the speaker's
 * words only (a statement's text is "the speaker's words exactly as printed"), yet its evidence may also hold the writer's own
 * sentence reporting the same utterance ("Lavrov said Friday that ... would continue their bombing raids", then the
 * quote): one utterance is one record, and the paraphrase is evidence of it, not words the speaker said. The
 * speaker's words are the spans bounded by a quotation mark; a span with a quotation mark on neither side is the
 * writer's report. With no bounded span at all (a quote the article prints without marks) every span is the text.
 */
import type { LocatedSpan } from './locate-quote.js';

const OPENING = '"“„‟\'‘‚‛';
const CLOSING = '"”‟″\'’′';

/** True when the article prints a quotation mark right before or right after the span. */
export function isQuoted(article: string, span: LocatedSpan): boolean {
  const before = span.start > 0 ? (article[span.start - 1] as string) : '';
  const after = span.end < article.length ? (article[span.end] as string) : '';
  return (before !== '' && OPENING.includes(before)) || (after !== '' && CLOSING.includes(after));
}

export function statementText(article: string, kind: string, spans: LocatedSpan[]): string {
  if (kind === 'indirect') return spans.map((s) => s.quote).join(' ');
  const quoted = spans.filter((s) => isQuoted(article, s));
  return (quoted.length > 0 ? quoted : spans).map((s) => s.quote).join(' ');
}
