/**
 * Strings in Unicode code point order: the same order on every machine and in every locale (`localeCompare` follows
 * the runtime's locale and ICU version, so a file written sorted by it can differ between two machines). For what is
 * written to a file or compared across runs: model weights, proposal orders.
 */
export function byCodePoint(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; ) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(i) as number;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}
