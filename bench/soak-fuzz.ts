/**
 * The adversarial half of the soak: a seeded stream of hostile URLs (unknown and repeated keys, huge values,
 * unicode, NUL bytes, SQL and FTS5 syntax, malformed %-escapes, tampered cursors, malformed path ids) sent
 * alongside the normal load. Deterministic for a given seed, so a 5xx it finds can be replayed.
 */

const ATTACKS = [
  '"',
  '*',
  'NEAR(',
  'NEAR(veto ceasefire, 2)',
  'veto OR ceasefire',
  'NOT veto',
  '-majority',
  '^veto',
  'text:veto',
  '(veto',
  "'); DROP TABLE statements; --",
  "' OR '1'='1",
  '%',
  '%ZZ',
  '%E0%A4%A',
  '%ED%A0%80',
  '%00',
  'a%00b',
  '%F0%9F%98%80',
  '%D8%AD%D9%84%D8%A8',
  '%EF%AC%80',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '0',
  '1e309',
  '0x10',
  '99999999999999999999',
  ',',
  'russia,,china',
  '2016-02-30',
  '2016-13-01',
];

const KEYS: Record<string, string[]> = {
  '/v1/statements': ['speaker', 'kind', 'place', 'event', 'source', 'from', 'to', 'q', 'sort', 'limit', 'cursor', 'format'],
  '/v1/events': ['type', 'actor', 'location', 'source', 'from', 'to', 'q', 'sort', 'limit', 'cursor', 'format'],
  '/v1/votes': ['body', 'outcome', 'member', 'position', 'vetoed_by', 'event', 'source', 'from', 'to', 'q', 'sort', 'limit', 'cursor'],
  '/v1/figures': ['metric', 'category', 'location', 'claimed_by', 'min_value', 'max_value', 'from', 'to', 'q', 'sort', 'limit', 'cursor'],
  '/v1/actors': ['kind', 'q', 'sort', 'limit', 'cursor', 'format'],
  '/v1/locations': ['kind', 'parent', 'q', 'sort', 'limit', 'cursor'],
  '/v1/sources': ['from', 'to', 'q', 'sort', 'limit', 'cursor'],
};
const UNKNOWN_KEYS = ['no_such_filter', 'speakr', 'offset', 'q[]', '__proto__', '', '%ZZ'];

/** mulberry32: small, fast, seeded. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Printable ASCII goes raw (so `%` sequences reach the server as written), the rest as UTF-8 escapes. */
const loose = (text: string) =>
  [...text]
    .map((c) =>
      /^[!-~]$/.test(c) && !/[&#="'<>\\]/.test(c)
        ? c
        : [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
    )
    .join('');

export function adversarialUrls(seed: number, cursors: string[]): () => string {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const value = (): string => {
    const roll = random();
    if (roll < 0.5) return pick(ATTACKS);
    if (roll < 0.6 && cursors.length > 0) {
      const cursor = pick(cursors);
      const at = Math.floor(random() * cursor.length);
      return `${cursor.slice(0, at)}${cursor[at] === 'A' ? 'B' : 'A'}${cursor.slice(at + 1)}`;
    }
    if (roll < 0.7) return pick(['a', 'é', '"', 'veto ', 'x,']).repeat(50 + Math.floor(random() * 600));
    // Random code points, lone surrogates and NUL included.
    return Array.from({ length: 1 + Math.floor(random() * 20) }, () => String.fromCharCode(Math.floor(random() * 0xffff))).join('');
  };
  const lists = Object.keys(KEYS);
  return () => {
    if (random() < 0.2) {
      const resource = pick(lists);
      return `${resource}/${loose(value()).replace(/[/?]/g, encodeURIComponent)}`;
    }
    const path = pick(lists);
    const pairs: string[] = [];
    const count = Math.floor(random() * 5);
    for (let i = 0; i < count; i += 1) {
      const key = random() < 0.85 ? pick(KEYS[path] ?? []) : pick(UNKNOWN_KEYS);
      pairs.push(`${encodeURIComponent(key)}=${loose(value())}`);
    }
    if (pairs.length > 0 && random() < 0.1) pairs.push(pairs[0] as string);
    return pairs.length ? `${path}?${pairs.join('&')}` : path;
  };
}
