/**
 * The completeness audit: what in an article a curator must account for. Every passage in quotation marks and
 * every number (digits or number words) must fall inside some record's evidence or an explicit exclusion.
 * Used by the audit test and by `npm run seed -- --audit` to tell a curator what they missed.
 */

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
  'dozens?',
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

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/**
 * Passages in quotation marks: “…”, "…" (paired within a paragraph), and ‘…’ where the closing mark is not an
 * apostrophe inside a word (Russia’s). The span is the inside of the marks.
 */
export function findQuotedPassages(text: string): AuditItem[] {
  const items: AuditItem[] = [];
  const push = (open: number, close: number) => {
    if (close > open + 1) items.push({ kind: 'quotation', start: open + 1, end: close, text: text.slice(open + 1, close) });
  };
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    // curly double quotes; an unclosed opener runs to the end of the paragraph (a quote continued in the next)
    let open = -1;
    for (let i = 0; i < paragraph.length; i++) {
      const ch = paragraph[i];
      if (ch === '“') open = i;
      else if (ch === '”' && open >= 0) {
        push(offset + open, offset + i);
        open = -1;
      }
    }
    // straight double quotes pair up in order within the paragraph
    let straight = -1;
    for (let i = 0; i < paragraph.length; i++) {
      if (paragraph[i] !== '"') continue;
      if (straight < 0) straight = i;
      else {
        push(offset + straight, offset + i);
        straight = -1;
      }
    }
    if (straight >= 0) push(offset + straight, offset + paragraph.length);
    // single quotes: an opening ‘ not inside a word, closed by ’ or ' not followed by a letter
    for (let i = 0; i < paragraph.length; i++) {
      if (paragraph[i] !== '‘' || isLetter(paragraph[i - 1])) continue;
      for (let j = i + 1; j < paragraph.length; j++) {
        const ch = paragraph[j];
        if ((ch === '’' || ch === "'") && !isLetter(paragraph[j + 1])) {
          push(offset + i, offset + j);
          i = j;
          break;
        }
      }
    }
    offset += paragraph.length + 1;
  }
  return items.sort((a, b) => a.start - b.start);
}

/** The audit items of an article that no covering span (evidence or exclusion) overlaps. */
export function uncovered(text: string, covering: Span[]): AuditItem[] {
  const items = [...findQuotedPassages(text), ...findNumbers(text)];
  return items.filter((item) => !covering.some((span) => coversItem(span, item)));
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
