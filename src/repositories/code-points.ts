/**
 * Offsets in Unicode code points, as the W3C Web Annotation model counts them, from the JavaScript (UTF-16)
 * offsets the evidence is stored with. They differ only after a character outside the Basic Multilingual Plane
 * (an emoji, some CJK), which is two UTF-16 units and one code point.
 */
export class CodePointIndex {
  /** UTF-16 positions of the second unit of each surrogate pair, ascending. */
  private readonly lowSurrogates: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) this.lowSurrogates.push(++i);
      }
    }
  }

  /** The code point offset of UTF-16 offset `utf16`: that offset less the pairs' second units before it. */
  codePointAt(utf16: number): number {
    let low = 0;
    let high = this.lowSurrogates.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.lowSurrogates[mid] as number) < utf16) low = mid + 1;
      else high = mid;
    }
    return utf16 - low;
  }

  /** Up to `max` code points of the text just before UTF-16 offset `utf16` (never half a pair). */
  before(utf16: number, max: number): string {
    return Array.from(this.text.slice(Math.max(0, utf16 - 2 * max), utf16))
      .slice(-max)
      .join('');
  }

  /** Up to `max` code points of the text from UTF-16 offset `utf16` on. */
  after(utf16: number, max: number): string {
    return Array.from(this.text.slice(utf16, utf16 + 2 * max))
      .slice(0, max)
      .join('');
  }
}
