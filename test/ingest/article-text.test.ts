/**
 * What the ingest accepts as an article, and how it brings it to the corpus convention.
 */
import { describe, expect, it } from 'vitest';
import { checkArticleText, MAX_ARTICLE_BYTES } from '../../src/ingest/article-text.js';

const article =
  'Relief convoys reached the old town on Monday after weeks of shelling, officials in the port city said, and more were expected.';

describe('article checks', () => {
  it('refuses empty, binary, non-UTF-8, oversized and too-short input', () => {
    expect(() => checkArticleText(Buffer.alloc(0), 'a.txt')).toThrow(/empty/);
    expect(() => checkArticleText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'a.txt')).toThrow(/binary/);
    expect(() => checkArticleText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20]), 'a.txt')).toThrow(/UTF-8/);
    // Where the first byte that is not UTF-8 is: its line, offset and value, and the words before it; a real
    // U+FFFD earlier in the file is valid and skipped.
    const latin1 = Buffer.concat([
      Buffer.from('Title\n\nA real \uFFFD here. Dr. Karim Hadd', 'utf8'),
      Buffer.from([0xe9, 0x64]),
      Buffer.from(' said.'),
    ]);
    expect(() => checkArticleText(latin1, 'interview.txt')).toThrow(
      'interview.txt is not valid UTF-8 (line 3, byte 38 (0xE9), after "here. Dr. Karim Hadd"); convert it first',
    );
    expect(() => checkArticleText(Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61), 'a.txt')).toThrow(/limit/);
    expect(() => checkArticleText(Buffer.from('Too short.'), 'a.txt')).toThrow(/at least/);
    expect(() => checkArticleText(Buffer.from(`${article}\u0007`), 'a.txt')).toThrow(/control/);
  });

  it('removes a byte order mark, CRLF line ends and the trailing newline, and says so', () => {
    const checked = checkArticleText(Buffer.from(`\ufeff${article}\r\n\r\nSecond paragraph.\r\n`), 'a.txt');
    expect(checked.text).toBe(`${article}\n\nSecond paragraph.`);
    expect(checked.normalized).toEqual([
      'removed the byte order mark',
      'converted CRLF line ends to LF',
      'removed trailing white space and newlines',
    ]);
  });
  it('names a file saved as UTF-16 (a Windows editor\'s "Unicode") and how to convert it, rather than calling it binary', () => {
    const utf16le = (s: string) => Buffer.from(s, 'utf16le');
    const utf16be = (s: string) => utf16le(s).swap16();
    const convert = /is UTF-16 \((little|big)-endian\), not UTF-8; convert it first \(e\.g\. iconv -f utf-16 -t utf-8\)/;
    expect(() => checkArticleText(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(article)]), 'memo.txt')).toThrow(convert);
    expect(() => checkArticleText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(article)]), 'memo.txt')).toThrow(/big-endian/);
    expect(() => checkArticleText(utf16le(`Bulletin\n\n${article}`), 'memo.txt')).toThrow(/little-endian/);
    // A file with a stray NUL among ordinary bytes is still binary, not UTF-16.
    expect(() => checkArticleText(Buffer.concat([Buffer.from(article), Buffer.from([0x00]), Buffer.from(article)]), 'a.txt')).toThrow(
      /contains NUL bytes: it is binary/,
    );
  });
});
