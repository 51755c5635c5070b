/**
 * Passages in quotation marks, found paragraph by paragraph. News copy is untidy, so the finder accepts curly and
 * straight double quotes, single curly quotes used as quotation marks (not apostrophes), a closing mark whose
 * opening mark was dropped (the quotation then starts where its sentence starts), and an opening mark that is never
 * closed (a quotation continued in the next paragraph runs to the end of its paragraph).
 */
import { type Segment, type Span, splitSentences, trimSpan } from './text-segments.js';

export interface Quotation extends Span {
  /** Index of the paragraph that holds it. */
  paragraph: number;
  /** Position of the opening mark, or null when the article dropped it. */
  openMark: number | null;
  /** Position of the closing mark, or null when the quotation runs on into the next paragraph. */
  closeMark: number | null;
  style: 'double' | 'single';
}

const DOUBLE_OPEN = '“„«';
const DOUBLE_CLOSE = '”»';
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);

export function findQuotations(text: string, paragraphs: Segment[]): Quotation[] {
  const quotations: Quotation[] = [];
  paragraphs.forEach((paragraph, index) => {
    const found = findInParagraph(text, paragraph, index);
    if (found.length === 0 && isBlockQuotation(paragraphs, index))
      found.push({ start: paragraph.start, end: paragraph.end, paragraph: index, openMark: null, closeMark: null, style: 'double' });
    quotations.push(...found);
  });
  return quotations;
}

// (s63) A blog's or a report's block quotation: a paragraph with no quotation marks, set up by a paragraph that ends in
// a colon ("Russia presented the merged text as its own achievement:") and credited on the line under it by a name
// and a comma in brackets ("(Vitaly Churkin, Russian ambassador to the UN, speaking to reporters after the vote)").
// The credit alone makes it speech; who spoke is read from it as from a quotation's credit (statement-extractor.ts).
const SET_UP_BY_COLON = /:\s*$/u;
const BRACKETED_NAME_CREDIT =
  /^\(\s*\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|el|de|van|von|bin|ibn|da|di|du|le|la)[-\s])?\p{Lu}[\p{L}'’.-]*){1,3}\s*,\s*[^()"“”]{3,160}\)$/u;
const ANY_QUOTATION_MARK = /["“”„«»]/u;

function isBlockQuotation(paragraphs: Segment[], index: number): boolean {
  const before = paragraphs[index - 1];
  const paragraph = paragraphs[index] as Segment;
  const credit = paragraphs[index + 1];
  return (
    before !== undefined &&
    credit !== undefined &&
    SET_UP_BY_COLON.test(before.text) &&
    !ANY_QUOTATION_MARK.test(paragraph.text) &&
    /[.!?…]$/u.test(paragraph.text) &&
    BRACKETED_NAME_CREDIT.test(credit.text)
  );
}

function findInParagraph(text: string, paragraph: Segment, index: number): Quotation[] {
  const found: Quotation[] = [];
  const emit = (openMark: number | null, closeMark: number | null, inner: Span, style: Quotation['style']) => {
    const span = trimSpan(text, inner);
    if (span.end > span.start) found.push({ ...span, paragraph: index, openMark, closeMark, style });
  };
  const sentenceStartBefore = (position: number, notBefore: number) => {
    const sentences = splitSentences(text, paragraph);
    const holder = sentences.find((s) => s.start <= position && position < s.end);
    return Math.max(holder?.start ?? paragraph.start, notBefore);
  };

  // Double quotation marks first: what they enclose is speech; single marks inside them are nested quotes.
  let open: number | null = null;
  let lastClose = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i] as string;
    let role: 'open' | 'close' | null = null;
    if (DOUBLE_OPEN.includes(ch)) role = 'open';
    else if (DOUBLE_CLOSE.includes(ch)) role = 'close';
    else if (ch === '"') {
      const before = text[i - 1];
      const after = text[i + 1];
      if (open !== null) role = isSpace(before) && !isSpace(after) ? 'open' : 'close';
      else role = !isSpace(after) && (i === paragraph.start || isSpace(before) || '([—–-:'.includes(before as string)) ? 'open' : 'close';
    }
    if (role === 'open') {
      // An opening mark while a quotation is open: the earlier one was never closed in this paragraph.
      if (open !== null) emit(open, null, { start: open + 1, end: i }, 'double');
      open = i;
    } else if (role === 'close') {
      if (open !== null) emit(open, i, { start: open + 1, end: i }, 'double');
      else emit(null, i, { start: sentenceStartBefore(i, lastClose), end: i }, 'double');
      open = null;
      lastClose = i + 1;
    }
  }
  if (open !== null) emit(open, null, { start: open + 1, end: paragraph.end }, 'double');

  // Single curly marks used as quotation marks: ‘ not inside a word, closed by ’ or ' not followed by a letter.
  const insideDouble = (position: number) => found.some((q) => q.style === 'double' && q.start <= position && position < q.end);
  for (let i = paragraph.start; i < paragraph.end; i++) {
    if (text[i] !== '‘' || isLetterOrDigit(text[i - 1]) || insideDouble(i)) continue;
    for (let j = i + 1; j < paragraph.end; j++) {
      const ch = text[j];
      if ((ch === '’' || ch === "'") && !isLetterOrDigit(text[j + 1])) {
        emit(i, j, { start: i + 1, end: j }, 'single');
        i = j;
        break;
      }
    }
  }
  // (s42) Straight single marks as the British press prints them ("'I cried like a boy. Then I went to work,' Mr
  // Shaaban said."): ' opening a word (not inside one, so no apostrophe) and ' closing right after the punctuation that
  // ends the words (",' ", ".' ", "?'"), before a space, a dash or the paragraph's end; an apostrophe ("Syria's", "the
  // parents' homes") never has that shape. Not inside a quotation already found.
  const insideAny = (position: number) => found.some((q) => q.start - 1 <= position && position <= q.end);
  for (let i = paragraph.start; i < paragraph.end; i++) {
    if (text[i] !== "'" || isLetterOrDigit(text[i - 1]) || !/\p{Lu}/u.test(text[i + 1] ?? '') || insideAny(i)) continue;
    if (i > paragraph.start && !/[\s([—–-]/u.test(text[i - 1] as string)) continue;
    for (let j = i + 2; j < paragraph.end; j++) {
      if (text[j] === '"' || text[j] === '“' || text[j] === '\n') break;
      if (text[j] === "'" && /[,.!?…]/u.test(text[j - 1] as string) && (j + 1 >= paragraph.end || /[\s)—–]/u.test(text[j + 1] as string))) {
        emit(i, j, { start: i + 1, end: j }, 'single');
        i = j;
        break;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
