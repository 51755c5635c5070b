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
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (words < MIN_ARTICLE_WORDS) throw new IngestError(`${name} has ${words} word(s); an article needs at least ${MIN_ARTICLE_WORDS}`);
  return { text, normalized };
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
