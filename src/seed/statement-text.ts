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

/** The mark a reader sees where the text leaves out words the article prints between two of its passages. */
export const CUT = ' … ';

/**
 * True when nothing but white space and quotation marks stands between two passages in the article: one quotation
 * running on (a quote continued in the next paragraph), which reads as one piece of text with no cut.
 */
function adjacent(article: string, before: LocatedSpan, after: LocatedSpan): boolean {
  const between = article.slice(before.end, after.start);
  return [...between].every((ch) => /\s/u.test(ch) || OPENING.includes(ch) || CLOSING.includes(ch));
}

/**
 * The passages joined into one text: by a space where they run on in the article, by an ellipsis where the article
 * prints other words between them ("he said", the writer's sentence, another paragraph), so a reader sees the cut
 * rather than two sentences run together.
 */
function joined(article: string, spans: LocatedSpan[]): string {
  return spans.map((s, i) => (i === 0 ? '' : adjacent(article, spans[i - 1] as LocatedSpan, s) ? ' ' : CUT) + s.quote).join('');
}

export function statementText(article: string, kind: string, spans: LocatedSpan[]): string {
  if (kind === 'indirect') return joined(article, spans);
  const quoted = spans.filter((s) => isQuoted(article, s));
  return joined(article, quoted.length > 0 ? quoted : spans);
}
