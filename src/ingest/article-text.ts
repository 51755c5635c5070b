/**
 * Checks a new article before it enters the corpus, and brings it to the corpus convention (seed/README.md: UTF-8,
 * no trailing newline). The stored bytes are what the sha256 in sources.json is computed over, so the normalisation
 * happens once, here, and is reported.
 */
import { IngestError } from './ingest-error.js';

/** Largest article accepted: news reports are tens of kilobytes; anything near a megabyte is not one article. */
export const MAX_ARTICLE_BYTES = 1_000_000;
/** Fewest words for a text to be worth extracting from. */
export const MIN_ARTICLE_WORDS = 20;

export interface CheckedArticle {
  text: string;
  /** What was changed to meet the convention, for the CLI to report. */
  normalized: string[];
}

export function checkArticleText(bytes: Buffer, name: string): CheckedArticle {
  if (bytes.length === 0) throw new IngestError(`${name} is empty`);
  if (bytes.length > MAX_ARTICLE_BYTES)
    throw new IngestError(`${name} is ${bytes.length} bytes; the limit is ${MAX_ARTICLE_BYTES} (one article per file)`);
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) throw new IngestError(`${name} is UTF-16 (${utf16}-endian), not UTF-8; convert it first (e.g. iconv -f utf-16 -t utf-8)`);
  if (bytes.includes(0)) throw new IngestError(`${name} contains NUL bytes: it is binary, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new IngestError(
      `${name} is not valid UTF-8 (${firstInvalidByte(bytes)}); convert it first (e.g. iconv -f windows-1252 -t utf-8)`,
    );
  }
  // Control characters other than tab and line breaks mean a binary or mangled file.
  const controls = text.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 0) throw new IngestError(`${name} contains ${controls} control character(s): it does not look like plain text`);

  const normalized: string[] = [];
  if (text.startsWith('\ufeff')) {
    text = text.slice(1);
    normalized.push('removed the byte order mark');
  }
  if (/\r/.test(text)) {
    text = text.replace(/\r\n?/g, '\n');
    normalized.push('converted CRLF line ends to LF');
  }
  const trimmed = text.replace(/\s+$/u, '');
  if (trimmed !== text) {
    text = trimmed;
    normalized.push('removed trailing white space and newlines');
  }
  const unwrapped = unwrapHardWrapped(text);
  if (unwrapped) {
    text = unwrapped.text;
    normalized.push(`joined ${unwrapped.lines} hard-wrapped lines into ${unwrapped.paragraphs} paragraphs`);
  }
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (words < MIN_ARTICLE_WORDS) throw new IngestError(`${name} has ${words} word(s); an article needs at least ${MIN_ARTICLE_WORDS}`);
  return { text, normalized };
}

/** Widest wrap a text saved from a wire feed, an e-mail or a terminal is given; longer lines are paragraphs. */
const MAX_WRAP_WIDTH = 120;
/** Narrower "wrapped" lines are a poem's, an address's or a list's, not prose broken for width. */
const MIN_WRAP_WIDTH = 60;
/**
 * A line was broken for width when the next word would have taken it into the last tenth of the width: wrappers and
 * people wrapping by hand break a little short of the widest line.
 */
const NEAR_WIDTH = 0.9;
/** A line the next never continues: a list item or bullet, a labelled turn ("SEBEGO: ..."), an indented or table line. */
const STARTS_ITS_OWN_LINE = /^(?:\s|[-*•‣◦–—]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s|\p{Lu}[\p{Lu}\p{M} .'’-]*:)/u;
/** A table row or aligned columns: a tab or a run of spaces inside the line. */
const ALIGNED_COLUMNS = /\t| {3,}/;

/**
 * A text saved hard-wrapped (each paragraph's lines broken at one width, paragraphs separated by blank lines) with
 * each paragraph's lines joined by one space, so that a sentence, a quotation or an attribution is not cut at a line
 * end; or null when the text is not clearly wrapped. Decided from the whole document, never one line: every line is
 * at most a common width of 60-120 characters, paragraphs are separated by blank lines, and most lines that another
 * line follows were broken there because the next word would (nearly) not fit (a wrapper's break), at least three of them.
 * Only such breaks are joined: a title over its dateline, a byline, a header, a labelled turn, a list item, a table
 * row or a poem's short line keeps its own line.
 */
export function unwrapHardWrapped(text: string): { text: string; lines: number; paragraphs: number } | null {
  const lines = text.split('\n');
  // A loop, not Math.max(...lines): an article near the size limit can have hundreds of thousands of lines, more
  // arguments than a call takes.
  const width = lines.reduce((widest, line) => Math.max(widest, line.trimEnd().length), 0);
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH || !lines.some((line) => line.trim() === '')) return null;
  const brokenForWidth = (i: number): boolean => {
    const line = lines[i]!.trimEnd();
    const next = lines[i + 1]!;
    if (STARTS_ITS_OWN_LINE.test(next) || ALIGNED_COLUMNS.test(line.trim())) return false;
    const nextWord = next.split(/\s/u)[0]!;
    return line.length + 1 + nextWord.length > width * NEAR_WIDTH;
  };
  const followed = lines.flatMap((line, i) => (i + 1 < lines.length && line.trim() !== '' && lines[i + 1]!.trim() !== '' ? [i] : []));
  const breaks = new Set(followed.filter(brokenForWidth));
  if (breaks.size < 3 || breaks.size < followed.length * 0.6) return null;
  const out: string[] = [];
  const joinedInto = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && breaks.has(i - 1)) {
      out[out.length - 1] = `${out[out.length - 1]!.trimEnd()} ${lines[i]!}`;
      joinedInto.add(out.length - 1);
    } else out.push(lines[i]!);
  }
  return { text: out.join('\n'), lines: breaks.size + joinedInto.size, paragraphs: joinedInto.size };
}

/**
 * Where the first byte that is not UTF-8 is, for the curator to find it: its line, its byte offset and value, and the
 * words just before it ("line 3, byte 120 (0xE9), after \"Dr. Karim Hadd\""). A U+FFFD the file really holds is
 * skipped: it is written EF BF BD, which is valid.
 */
export function firstInvalidByte(bytes: Buffer): string {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let from = 0;
  for (;;) {
    const at = lenient.indexOf('\uFFFD', from);
    if (at < 0) return 'where, it could not tell';
    const offset = Buffer.byteLength(lenient.slice(0, at), 'utf8');
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) {
      const line = lenient.slice(0, at).split('\n').length;
      const before =
        lenient
          .slice(Math.max(0, at - 20), at)
          .split('\n')
          .pop() ?? '';
      const value = `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
      return `line ${line}, byte ${offset} (${value})${before ? `, after ${JSON.stringify(before)}` : ''}`;
    }
    from = at + 1;
  }
}

/**
 * Whether the file is UTF-16 text (what a Windows editor saves as "Unicode"), and in which byte order: a byte order
 * mark FF FE or FE FF, or, without one, text whose every other byte is NUL (Latin letters in UTF-16), which the NUL
 * check below would otherwise call binary. A stray NUL among ordinary bytes is not UTF-16.
 */
function utf16ByteOrder(bytes: Buffer): 'little' | 'big' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big';
  const sample = bytes.subarray(0, Math.min(bytes.length, 400) & ~1);
  if (sample.length < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  if (oddNul >= pairs * 0.9 && evenNul === 0) return 'little';
  if (evenNul >= pairs * 0.9 && oddNul === 0) return 'big';
  return null;
}
