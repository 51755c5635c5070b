/**
 * The article reader's text as a flat list of tokens: text, and the opening and closing of highlighted spans.
 * Evidence spans overlap (an event's sentence holds a statement's words; two articles' events share a clause), and
 * HTML elements must nest. A span contained in another nests inside it. When two spans cross, the one opened later
 * is closed where the earlier one ends and continues in a `continued` element: so every evidence span has exactly
 * one `<mark>` (carrying its id and offsets), and the text between the tags is the article's, character for character.
 */
import type { RecordType } from '../db/schema.js';
import type { SourceSpan } from '../repositories/evidence-repository.js';
import type { SourceDetail } from '../schemas/source.js';

export type Exclusion = SourceDetail['exclusions'][number];

export type Highlight =
  | { kind: 'evidence'; id: string; recordType: RecordType; recordId: string; seq: number; start: number; end: number }
  | { kind: 'exclusion'; id: string; start: number; end: number };

export type ArticleToken =
  | { t: 'text'; text: string }
  | { t: 'open'; highlight: Highlight; continued: boolean }
  | { t: 'close'; highlight: Highlight; continued: boolean };

/** The `id` of a span's `<mark>` in the article page; record pages link to `/explore/sources/{source}#{markId}`. */
export const markId = (recordType: RecordType, recordId: string, seq: number) => `${recordType}-${recordId}-${seq + 1}`;

export const exclusionId = (index: number) => `excluded-${index + 1}`;

export function highlightsOf(spans: readonly SourceSpan[], exclusions: readonly Exclusion[]): Highlight[] {
  const evidence: Highlight[] = spans.map((s) => ({
    kind: 'evidence',
    id: markId(s.record_type, s.record_id, s.seq),
    recordType: s.record_type,
    recordId: s.record_id,
    seq: s.seq,
    start: s.start,
    end: s.end,
  }));
  const excluded: Highlight[] = exclusions.map((e, i) => ({ kind: 'exclusion', id: exclusionId(i), start: e.start, end: e.end }));
  return [...evidence, ...excluded];
}

export function tokenize(text: string, highlights: readonly Highlight[]): ArticleToken[] {
  // Outer spans first: by start, then the longer one; empty or out-of-range spans cannot be drawn and are left out.
  const ordered = highlights
    .filter((h) => h.start < h.end && h.start >= 0 && h.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const boundaries = [...new Set([0, text.length, ...ordered.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const tokens: ArticleToken[] = [];
  const open: Highlight[] = [];
  // Which open elements are continuations: they close with the tag they were opened with.
  const continuations = new Set<Highlight>();
  let next = 0;
  for (let b = 0; b < boundaries.length; b++) {
    const at = boundaries[b] as number;
    // Close what ends here; whatever was opened inside it and goes on is closed too and reopened just after.
    const lowest = open.findIndex((h) => h.end === at);
    if (lowest >= 0) {
      const popped = open.splice(lowest);
      for (let i = popped.length - 1; i >= 0; i--) {
        const h = popped[i] as Highlight;
        tokens.push({ t: 'close', highlight: h, continued: continuations.has(h) });
      }
      for (const h of popped) {
        if (h.end > at) {
          tokens.push({ t: 'open', highlight: h, continued: true });
          continuations.add(h);
          open.push(h);
        } else {
          continuations.delete(h);
        }
      }
    }
    while (next < ordered.length && (ordered[next] as Highlight).start === at) {
      const h = ordered[next++] as Highlight;
      tokens.push({ t: 'open', highlight: h, continued: false });
      open.push(h);
    }
    const until = boundaries[b + 1];
    if (until !== undefined && until > at) tokens.push({ t: 'text', text: text.slice(at, until) });
  }
  return tokens;
}
