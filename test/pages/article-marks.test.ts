import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ArticleToken, type Highlight, tokenize } from '../../src/pages/article-marks.js';

const span = (id: string, start: number, end: number): Highlight => ({
  kind: 'evidence',
  id,
  recordType: 'statement',
  recordId: id,
  seq: 0,
  start,
  end,
});

/** The tokens as markup: a mark opens as [id, a continuation as (id; both close with the matching bracket. */
const render = (tokens: ArticleToken[]) =>
  tokens
    .map((t) =>
      t.t === 'text' ? t.text : t.t === 'open' ? (t.continued ? `(${t.highlight.id}` : `[${t.highlight.id}`) : t.continued ? ')' : ']',
    )
    .join('');

describe('article marks', () => {
  it('nests a span inside another', () => {
    expect(render(tokenize('abcdefghij', [span('A', 1, 9), span('B', 3, 5)]))).toBe('a[Abc[Bde]fghi]j');
  });

  it('closes a crossing span where the earlier one ends and continues it after', () => {
    expect(render(tokenize('abcdefghij', [span('A', 0, 6), span('B', 4, 10)]))).toBe('[Aabcd[Bef]](Bghij)');
  });

  it('gives spans with the same offsets one mark each', () => {
    expect(render(tokenize('abcdef', [span('A', 1, 4), span('B', 1, 4)]))).toBe('a[A[Bbcd]]ef');
  });

  it('for any spans: one mark each, balanced tags, the text intact, and each span covering exactly its characters', () => {
    const text = 'The quick brown fox jumps over the lazy dog, said nobody in particular.';
    const spans = fc
      .array(
        fc.tuple(fc.nat(text.length), fc.nat(text.length)).filter(([a, b]) => a !== b),
        { maxLength: 12 },
      )
      .map((pairs) => pairs.map(([a, b], i) => span(`s${i}`, Math.min(a, b), Math.max(a, b))));
    fc.assert(
      fc.property(spans, (highlights) => {
        const tokens = tokenize(text, highlights);
        expect(
          tokens
            .filter((t) => t.t === 'text')
            .map((t) => t.text)
            .join(''),
        ).toBe(text);
        const open: Highlight[] = [];
        const covered = new Map<string, string>();
        const opened = new Map<string, number>();
        for (const token of tokens) {
          if (token.t === 'open') {
            open.push(token.highlight);
            if (!token.continued) opened.set(token.highlight.id, (opened.get(token.highlight.id) ?? 0) + 1);
          } else if (token.t === 'close') {
            expect(open.pop()).toBe(token.highlight);
          } else {
            for (const h of open) covered.set(h.id, (covered.get(h.id) ?? '') + token.text);
          }
        }
        expect(open).toEqual([]);
        for (const h of highlights) {
          expect(opened.get(h.id)).toBe(1);
          expect(covered.get(h.id)).toBe(text.slice(h.start, h.end));
        }
      }),
    );
  });
});
