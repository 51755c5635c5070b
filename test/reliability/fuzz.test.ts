/**
 * Property-based fuzzing of every route in the served OpenAPI document (fast-check, in-process with inject).
 *
 * - Random and adversarial query strings (unknown and repeated keys, huge values, unicode, NUL bytes, SQL and
 *   FTS5 syntax, malformed %-escapes, tampered and forged cursors) never produce a 5xx, and every 4xx is a
 *   problem document; a 400 names the parameter at fault (or, for a fault in the URL itself, says so).
 * - Valid filters return exactly the records that satisfy them: none that do not, and none missing.
 * - Paging a filtered list in small pages walks it exactly once, in order.
 * - The database file is byte-identical afterwards.
 *
 * The model of each filter (FILTER_MODEL) is written from the README's API section and the parameter descriptions, not
 * from the SQL; a test fails when a list documents a parameter the model does not know, so a new filter
 * cannot escape the fuzz.
 */
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ACTOR_KINDS,
  EVENT_TYPES,
  FIGURE_CATEGORIES,
  FIGURE_METRICS,
  LOCATION_KINDS,
  METHODS,
  POSITIONS,
  STATEMENT_KINDS,
  VOTE_BODIES,
  VOTE_OUTCOMES,
} from '../../src/db/schema.js';
import { CursorCodec } from '../../src/repositories/query/cursor.js';
import { TIMELINE_TYPES } from '../../src/schemas/timeline.js';
import { testApp } from '../helpers/app.js';
import { sha256File } from '../helpers/files.js';
import { expectProblemDocument } from '../helpers/problem.js';

type LedgerRecord = { id: string } & Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  schema?: { enum?: string[]; items?: { enum?: string[] } };
}
type Paths = Record<string, Record<string, { parameters?: Parameter[]; responses?: Record<string, unknown> }>>;

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
/** FUZZ_SCALE=10 for a long exploratory run; the default keeps the file well under 30 s. */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const MAX_URL = 4096;

let app: FastifyInstance;
let paths: Paths;
let databaseHashBefore: string;
/** Every record of every list, fetched once, unfiltered: the truth the filter model is checked against. */
const everything = new Map<string, LedgerRecord[]>();
/** Each list's full order per sort, to check that a filtered page keeps the same relative order. */
const orderBySort = new Map<string, string[]>();
const realCursors: string[] = [];
const tally = { requests: 0, byStatus: new Map<number, number>() };

async function get(
  url: string,
  options: { method?: 'GET' | 'HEAD'; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  const response = await app.inject({ method: options.method ?? 'GET', url, headers: options.headers ?? {} });
  tally.requests += 1;
  tally.byStatus.set(response.statusCode, (tally.byStatus.get(response.statusCode) ?? 0) + 1);
  return response;
}

/** The record lists: `{data, page}` JSON. (/v1/annotations pages evidence spans as JSON-LD; its own test walks it.) Bulk downloads under
 * /v1/export/ are not lists: exports.test.ts checks them. */
const listPaths = () =>
  Object.keys(paths).filter(
    (p) =>
      p.startsWith('/v1/') &&
      !p.startsWith('/v1/export/') &&
      !p.includes('{') &&
      JSON.stringify(paths[p]?.get?.responses?.['200'] ?? {}).includes('"application/json"'),
  );
const singlePaths = () => Object.keys(paths).filter((p) => p.includes('{id}'));
const queryParameters = (path: string) => (paths[path]?.get?.parameters ?? []).filter((p) => p.in === 'query');
const sortsOf = (path: string) => queryParameters(path).find((p) => p.name === 'sort')?.schema?.enum ?? [];
/** The facet names a list documents (its `facets` parameter's enum). */
const facetsOf = (path: string) => queryParameters(path).find((p) => p.name === 'facets')?.schema?.items?.enum ?? [];

// ---- the model: what each filter means, from the contract ------------------------------------------------

const refId = (value: unknown) => (value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined);
const refIds = (value: unknown) => (Array.isArray(value) ? value.map(refId) : []);
const sourcesOf = (record: LedgerRecord) => (record.evidence as { source_id: string }[]).map((e) => e.source_id);
const idsOf = (path: string) => (everything.get(path) ?? []).map((r) => r.id);

interface Filter {
  /** Valid values: ids that exist, enum members, numbers. */
  values: () => readonly string[];
  /** Does the record satisfy the filter with these values (any of them)? `query` has every chosen filter. */
  holds: (record: LedgerRecord, values: string[], query: Map<string, string[]>) => boolean;
}

const field = (name: string, values: () => readonly string[]): Filter => ({ values, holds: (r, v) => v.includes(r[name] as string) });
const ref = (name: string, values: () => readonly string[]): Filter => ({ values, holds: (r, v) => v.includes(refId(r[name]) as string) });
const refList = (name: string, values: () => readonly string[]): Filter => ({
  values,
  holds: (r, v) => refIds(r[name]).some((id) => v.includes(id as string)),
});
const inSource: Filter = { values: () => idsOf('/v1/sources'), holds: (r, v) => sourcesOf(r).some((s) => v.includes(s)) };
const actors = () => idsOf('/v1/actors');
const locations = () => idsOf('/v1/locations');
const events = () => idsOf('/v1/events');
/** within=: the record's place is one of the values or lies inside one (walking parent_id up from it). */
const within = (name: string): Filter => ({
  values: locations,
  holds: (r, v) => {
    const parents = new Map((everything.get('/v1/locations') ?? []).map((l) => [l.id, l.parent_id as string | null]));
    for (let at = refId(r[name]) as string | null | undefined; at; at = parents.get(at)) if (v.includes(at)) return true;
    return false;
  },
});
const quantitySources: Filter = {
  values: () => idsOf('/v1/sources'),
  holds: (r, v) => (r.claims as { source_ids: string[] }[]).some((c) => c.source_ids.some((s) => v.includes(s))),
};
const NUMBERS = ['0', '1', '3', '100', '1000', '10000', '40000', '100000', '250000', '1000000', '2.5', '-5'];

interface Position {
  member: { id: string };
  position: string;
  veto: boolean;
}
/** votes: member and position together mean the SAME member held that position. */
const positionHeld: Filter['holds'] = (r, _v, query) =>
  (r.positions as Position[]).some(
    (p) =>
      (!query.has('member') || query.get('member')?.includes(p.member.id)) &&
      (!query.has('position') || query.get('position')?.includes(p.position)),
  );

/** figures: value >= min_value, or for a figure with no single value, its high; never a figure with neither. */
const atLeast: Filter['holds'] = (r, [min]) => {
  const n = (r.value ?? r.high) as number | null;
  return n !== null && n >= Number(min);
};
const atMost: Filter['holds'] = (r, [max]) => {
  const n = (r.value ?? r.low) as number | null;
  return n !== null && n <= Number(max);
};

/** Where a record came from (contract 1.1): any of the methods, and a confidence of at least the value. */
const CONFIDENCES = ['0', '0.5', '0.8', '0.95', '1', '.25'];
const provenance: Record<string, Filter> = {
  method: field('method', () => METHODS),
  min_confidence: { values: () => CONFIDENCES, holds: (r, [min]) => (r.confidence as number) >= Number(min) },
};

const FILTER_MODEL: Record<string, Record<string, Filter>> = {
  '/v1/statements': {
    ...provenance,
    speaker: ref('speaker', actors),
    kind: field('kind', () => STATEMENT_KINDS),
    place: ref('place', locations),
    within: within('place'),
    event: field('event_id', events),
    source: inSource,
  },
  '/v1/events': {
    ...provenance,
    type: field('type', () => EVENT_TYPES),
    actor: refList('actors', actors),
    location: ref('location', locations),
    within: within('location'),
    source: inSource,
  },
  '/v1/votes': {
    ...provenance,
    body: field('body', () => VOTE_BODIES),
    outcome: field('outcome', () => VOTE_OUTCOMES),
    member: { values: actors, holds: positionHeld },
    position: { values: () => POSITIONS, holds: positionHeld },
    vetoed_by: refList('vetoed_by', actors),
    event: field('event_id', events),
    source: inSource,
  },
  '/v1/figures': {
    ...provenance,
    metric: field('metric', () => FIGURE_METRICS),
    category: field('category', () => FIGURE_CATEGORIES),
    location: ref('location', locations),
    within: within('location'),
    claimed_by: ref('claimed_by', actors),
    event: field('event_id', events),
    min_value: { values: () => NUMBERS, holds: atLeast },
    max_value: { values: () => NUMBERS, holds: atMost },
    source: inSource,
  },
  '/v1/quantities': {
    metric: field('metric', () => FIGURE_METRICS),
    category: field('category', () => FIGURE_CATEGORIES),
    location: ref('location', locations),
    within: within('location'),
    source: quantitySources,
    consistent: { values: () => ['true', 'false'], holds: (r, [v]) => String(r.consistent) === v },
  },
  '/v1/timeline': {
    actor: refList('actors', actors),
    type: field('type', () => TIMELINE_TYPES),
    source: { values: () => idsOf('/v1/sources'), holds: (r, v) => (r.source_ids as string[]).some((s) => v.includes(s)) },
    // Not a condition on a field: without it, statements are left out (see expected()).
    include: { values: () => ['statements'], holds: () => true },
  },
  '/v1/actors': { ...provenance, kind: field('kind', () => ACTOR_KINDS) },
  '/v1/locations': { kind: field('kind', () => LOCATION_KINDS), parent: field('parent_id', locations) },
  '/v1/sources': {},
};

/** The main date `from` and `to` filter on (inclusive; an undated record never matches a range). */
const MAIN_DATE: Record<string, string> = {
  '/v1/statements': 'said_on',
  '/v1/events': 'date_start',
  '/v1/votes': 'voted_on',
  '/v1/figures': 'as_of',
  '/v1/sources': 'published_on',
  '/v1/quantities': 'period',
  '/v1/timeline': 'date',
};
/** The last day a date covers: itself, or the end of the month or year it names. */
const lastDay = (date: string, precision: string) => {
  if (precision === 'year') return `${date.slice(0, 4)}-12-31`;
  if (precision !== 'month') return date;
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
};
/** What [from, to] matches, per list: events and quantities by the overlap of their span, others by the main date. */
function inRange(path: string, record: LedgerRecord, from?: string, to?: string): boolean {
  let start: string | null;
  let end: string | null;
  if (path === '/v1/events') {
    start = record.date_start as string | null;
    end = start === null ? null : ((record.date_end as string | null) ?? lastDay(start, record.date_precision as string));
  } else if (path === '/v1/timeline') {
    start = record.date as string;
    end = record.kind === 'event' ? ((record.date_end as string | null) ?? lastDay(start, record.precision as string)) : start;
  } else if (path === '/v1/quantities') {
    ({ from: start, to: end } = record.period as { from: string | null; to: string | null });
  } else {
    start = end = record[MAIN_DATE[path] as string] as string | null;
  }
  return start !== null && end !== null && (!from || end >= from) && (!to || start <= to);
}
/** Parameters every list shares; not filters on a field of the record (`facets` adds counts, never narrows the rows). */
const GENERIC = new Set(['limit', 'cursor', 'format', 'sort', 'q', 'from', 'to', 'facets', 'facet_size']);
/** Filters that take one value, not a comma-separated list. */
const SINGLE_VALUED = new Set(['min_value', 'max_value', 'consistent', 'min_confidence']);
const DATES = [
  '1900-01-01',
  '2016-01-01',
  '2016-10-01',
  '2016-10-20',
  '2016-12-01',
  '2016-12-05',
  '2016-12-09',
  '2016-12-31',
  '2017-06-30',
];

// ---- adversarial input -------------------------------------------------------------------------------------

const ATTACKS = [
  '"',
  '""',
  '*',
  'a*',
  'NEAR(',
  'NEAR(veto ceasefire, 2)',
  'veto OR ceasefire',
  'OR',
  'AND',
  'NOT veto',
  '-',
  '-majority',
  '^veto',
  'text:veto',
  '{title summary}: veto',
  '(veto',
  "'",
  "'); DROP TABLE statements; --",
  "' OR '1'='1",
  '1; SELECT * FROM sqlite_schema',
  '%',
  '%%',
  '%ZZ',
  '%E0%A4%A',
  '%ED%A0%80',
  '%00',
  '\u0000',
  'lavrov\u0000',
  '\uD800',
  '\uDFFFx',
  '😀',
  'e\u0301',
  'ﬀ',
  'Ａｌｅｐｐｏ',
  'حلب',
  '阿勒颇',
  '\u202Eevil',
  '\r\nX-Injected: 1',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '0x10',
  '9'.repeat(40),
  'true',
  '[]',
  '{}',
  ',',
  ',,',
  'russia,',
  ',russia',
  'russia,,china',
  ' ',
  '\t',
  '+',
  '&',
  '=',
  '#',
  '?',
  '/',
  '\\',
  ';',
  '2016-02-30',
  '2016-13-01',
  '20161205',
  '2016-12-05T00:00:00Z',
];

const huge = fc
  .tuple(fc.constantFrom('a', 'é', '%', '"', ' ', 'veto ', 'russia,', '9', '\u0000', '😀'), fc.integer({ min: 100, max: 1600 }))
  .map(([unit, n]) => unit.repeat(n));

const adversarial = fc.oneof(
  { arbitrary: fc.constantFrom(...ATTACKS), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: huge, weight: 1 },
);

/** Percent-encodes the UTF-8 bytes of every character outside `keep` (a lone surrogate becomes U+FFFD, as on the wire). */
function percentEncode(text: string, keep: RegExp): string {
  let out = '';
  for (const char of text) {
    if (keep.test(char)) out += char;
    else for (const byte of Buffer.from(char, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
/** What a careful client sends. */
const strict = (text: string) => percentEncode(text, /^[A-Za-z0-9_.~-]$/);
/**
 * What a careless or hostile one sends: printable ASCII raw, `%` included (so malformed escapes reach the
 * server), except the separators and what WHATWG URL parsing would rewrite anyway (`"`, `'`, `<`, `>`, `\`).
 */
const loose = (text: string) =>
  percentEncode(text, /^[!-~]$/).replace(/[&#="'<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const ACCEPTS = [
  'application/json',
  'text/csv',
  '*/*',
  'text/html',
  'application/xml',
  'text/csv, application/json',
  'application/problem+json',
  'garbage/"',
];
const UNKNOWN_KEYS = [
  'no_such_filter',
  'speakr',
  'Speaker',
  'LIMIT',
  'offset',
  'page',
  'q[]',
  'speaker[0]',
  'a.b',
  '__proto__',
  'constructor',
  '',
  '%ZZ',
  '\u0000',
  'é',
];

function decodeKey(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

function forgedCursors(buildId: string): string[] {
  // The cursor secret derives from the public build id, so a client can sign any payload: what protects the
  // server is the check of the payload itself, and the SQL binding its values.
  const codec = new CursorCodec(buildId);
  const forge = (sort: string, key: unknown[]) => codec.encode(sort, key as (string | number)[]);
  return [
    forge('date', ['9999-12-31', '']),
    forge('date', [1e308, 'x']),
    forge('date', ['\u0000', '\u0000']),
    forge('date', ["'); DROP TABLE statements; --", 'x']),
    forge('date', ['x'.repeat(500), 'y']),
    forge('date', ['2016-12-01']),
    forge('date', ['2016-12-01', 'a', 'b']),
    forge('date', [{}, 'x']),
    forge('date', [null, 'x']),
    forge('-date', [[], 'x']),
    forge('relevance', ['not-a-rank', 'x']),
    forge('relevance', [-1e308, 'x']),
    forge('name', ['Russia', 'russia']),
    forge('-name', [0, 0]),
  ];
}

function tamper(cursor: string, how: number): string {
  const dot = cursor.indexOf('.');
  switch (how % 7) {
    case 0:
      return `${cursor.slice(0, 3)}${cursor[3] === 'A' ? 'B' : 'A'}${cursor.slice(4)}`;
    case 1:
      return `${cursor.slice(0, -1)}${cursor.endsWith('A') ? 'B' : 'A'}`;
    case 2:
      return cursor.slice(0, dot);
    case 3:
      return `${cursor}=`;
    case 4:
      return cursor.slice(0, Math.floor(cursor.length / 2));
    case 5:
      return `${Buffer.from('{"s":"date","k":["2016-12-01","x"]}').toString('base64url')}${cursor.slice(dot)}`;
    default:
      return cursor.split('').reverse().join('');
  }
}

const cursorValues = () =>
  fc.oneof(
    fc.constantFrom(...realCursors),
    fc.tuple(fc.constantFrom(...realCursors), fc.nat()).map(([c, how]) => tamper(c, how)),
    fc.constantFrom(...forgedCursors(app.ledger.buildId)),
  );

function validValues(path: string, name: string): fc.Arbitrary<string> {
  const model = FILTER_MODEL[path]?.[name];
  if (model) {
    const values = model.values();
    if (SINGLE_VALUED.has(name)) return fc.constantFrom(...values);
    return fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 3 }).map((v) => v.join(','));
  }
  switch (name) {
    case 'from':
    case 'to':
      return fc.constantFrom(...DATES);
    case 'limit':
      return fc.oneof(
        fc.integer({ min: 1, max: 500 }).map(String),
        fc.constantFrom('0', '501', '-1', '1.5', '1e2', ' 5', '5 ', '500000000000000000000'),
      );
    case 'cursor':
      return cursorValues();
    case 'format':
      return fc.constantFrom('json', 'csv', 'CSV', 'xml');
    case 'sort':
      return fc.constantFrom(...sortsOf(path), 'newest', 'relevance');
    case 'facets':
      // Documented names (every list has some), now and then with an unknown one.
      return fc
        .tuple(fc.uniqueArray(fc.constantFrom(...facetsOf(path), 'colour'), { minLength: 1, maxLength: 4 }))
        .map(([names]) => names.join(','));
    case 'facet_size':
      return fc.oneof(fc.integer({ min: 1, max: 500 }).map(String), fc.constantFrom('0', '501', '-1', '2.5', 'all'));
    case 'q':
      return fc.constantFrom(
        'veto',
        'moral majority',
        'aleppo',
        'lavr',
        'ceasefire russia',
        'Aleppo!',
        'trapped civilians',
        'word '.repeat(17),
        'a'.repeat(201),
      );
    default:
      return fc.constant('1');
  }
}

const entryFor = (path: string) => {
  const documented = queryParameters(path).map((p) => p.name);
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .constantFrom(...documented)
        .chain((name) =>
          fc.tuple(fc.constant(name), fc.oneof({ weight: 3, arbitrary: validValues(path, name) }, { weight: 2, arbitrary: adversarial })),
        ),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...UNKNOWN_KEYS), adversarial) },
  );
};

interface Probe {
  url: string;
  sentKeys: Set<string>;
  method: 'GET' | 'HEAD';
  headers: Record<string, string>;
}

const headersArb = fc.record(
  { accept: fc.constantFrom(...ACCEPTS), 'if-none-match': fc.constantFrom('*', '"nope"', 'W/"x", "y"', '\u0000') },
  { requiredKeys: [] },
);

const listProbe = () =>
  fc
    .tuple(
      fc.constantFrom(...listPaths()),
      fc.constantFrom('GET' as const, 'GET' as const, 'GET' as const, 'HEAD' as const),
      headersArb,
      fc.boolean(),
      fc.boolean(),
    )
    .chain(([path, method, headers, careful, repeat]) =>
      fc.array(entryFor(path), { minLength: 0, maxLength: 6 }).map((entries) => {
        // A repeated key: the same parameter twice, as a client building the query by hand might send it.
        if (repeat && entries.length > 0) entries.push(entries[0] as [string, string]);
        const encode = careful ? strict : loose;
        const pairs = entries.map(([key, value]) => `${strict(key)}=${encode(value)}`);
        const rawKeys = entries.map(([key]) => strict(key));
        const sentKeys = new Set([...entries.map(([key]) => key), ...rawKeys.map(decodeKey)]);
        return { url: pairs.length ? `${path}?${pairs.join('&')}` : path, sentKeys, method, headers } satisfies Probe;
      }),
    );

const idArb = (path: string) => {
  const own = idsOf(path.replace('/{id}', ''));
  const others = listPaths().flatMap((p) => idsOf(p));
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...own).map((id) => ({ id, encoded: id })) },
    { weight: 1, arbitrary: fc.constantFrom(...others).map((id) => ({ id, encoded: id })) },
    { weight: 2, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,40}$/).map((id) => ({ id, encoded: id })) },
    { weight: 1, arbitrary: fc.integer({ min: 120, max: 260 }).map((n) => ({ id: 'a'.repeat(n), encoded: 'a'.repeat(n) })) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(adversarial, fc.boolean())
        .map(([id, careful]) => ({ id, encoded: careful ? strict(id) : loose(id).replace(/[/?]/g, encodeURIComponent) })),
    },
  );
};

const singleProbe = () =>
  fc
    .tuple(fc.constantFrom(...singlePaths()), headersArb)
    .chain(([path, headers]) => idArb(path).map(({ id, encoded }) => ({ path, id, url: path.replace('{id}', () => encoded), headers })));

/** What every response must be, whatever was asked. Returns the problem document of a 4xx. */
function checkResponse(response: LightMyRequestResponse, url: string, sentKeys: Set<string>, method: 'GET' | 'HEAD' = 'GET') {
  const where = `${method} ${url.slice(0, 300)} -> ${response.statusCode} ${response.body.slice(0, 300)}`;
  expect(response.statusCode, where).toBeLessThan(500);
  if (response.statusCode < 400) return undefined;
  if (method === 'HEAD') return undefined;
  const problem = expectProblemDocument(response, where);
  if (response.statusCode === 400) {
    if (problem.errors && problem.errors.length > 0) {
      for (const error of problem.errors) {
        expect(sentKeys.has(error.parameter), `${where}: names "${error.parameter}", which was not sent`).toBe(true);
        expect(problem.detail, where).toContain(error.parameter);
      }
    } else {
      // Only a fault in the URL itself (too long, a malformed %-escape in the path) has no parameter to name.
      expect(problem.detail, `${where}: a 400 names no parameter`).toMatch(/\bURL\b|path/);
    }
  }
  return problem;
}

beforeAll(async () => {
  databaseHashBefore = sha256File(inject('databasePath'));
  app = await testApp();
  paths = (await app.inject({ url: '/openapi.json' })).json().paths;
  for (const path of listPaths()) {
    const records: LedgerRecord[] = [];
    let cursor: string | null = null;
    // The timeline's model holds statements too; a query without include=statements leaves them out.
    const all = path === '/v1/timeline' ? '&include=statements' : '';
    do {
      const page: { data: LedgerRecord[]; page: { next_cursor: string | null } } = (
        await app.inject({ url: `${path}?limit=500${all}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}` })
      ).json();
      records.push(...page.data);
      cursor = page.page.next_cursor;
    } while (cursor);
    everything.set(path, records);
    for (const sort of sortsOf(path).filter((s) => s !== 'relevance')) {
      orderBySort.set(
        `${path} ${sort}`,
        (await app.inject({ url: `${path}?limit=500${all}&sort=${sort}` })).json().data.map((r: LedgerRecord) => r.id),
      );
      const next = (await app.inject({ url: `${path}?limit=1&sort=${sort}` })).json().page.next_cursor;
      if (next) realCursors.push(next);
    }
  }
  const searched = (await app.inject({ url: '/v1/statements?q=aleppo&limit=1' })).json().page.next_cursor;
  if (searched) realCursors.push(searched);
  console.log(`fuzz: seed ${SEED} (rerun with FUZZ_SEED=${SEED})`);
});

afterAll(async () => {
  const statuses = [...tally.byStatus.entries()]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}:${n}`)
    .join(' ');
  const errors5xx = [...tally.byStatus.entries()].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  console.log(`fuzz: ${tally.requests} requests, ${errors5xx} 5xx (${statuses})`);
  await app?.close();
});

describe('the fuzz model', () => {
  it('knows every filter every list documents, and the data gives it something to filter', () => {
    expect(listPaths().sort()).toEqual(Object.keys(FILTER_MODEL).sort());
    for (const path of listPaths()) {
      for (const { name } of queryParameters(path)) {
        if (GENERIC.has(name)) continue;
        expect(FILTER_MODEL[path], `${path} documents "${name}": add it to FILTER_MODEL`).toHaveProperty(name);
      }
      const documented = queryParameters(path).map((p) => p.name);
      for (const name of Object.keys(FILTER_MODEL[path] ?? {}))
        expect(documented, `FILTER_MODEL has ${path} "${name}", which is not documented`).toContain(name);
      expect(everything.get(path)?.length, path).toBeGreaterThan(0);
      expect(realCursors.length).toBeGreaterThan(0);
    }
  });
});

describe('facets in the fuzz model', () => {
  it('every list documents facets (the timeline too), so the probes ask for them', () => {
    for (const path of listPaths()) {
      if (path === '/v1/annotations') continue;
      expect(facetsOf(path).length, `${path} documents facet names`).toBeGreaterThan(0);
    }
  });
});

describe('random and adversarial requests', () => {
  it('never answer 5xx on a list, and every 4xx is a problem naming what was wrong', async () => {
    await fc.assert(
      fc.asyncProperty(listProbe(), async ({ url, sentKeys, method, headers }) => {
        const response = await get(url, { method, headers });
        if (url.length > MAX_URL) {
          expect(response.statusCode, url.slice(0, 200)).toBe(400);
          if (method === 'GET') expect(expectProblemDocument(response, url.slice(0, 200)).detail).toContain('URL');
          return;
        }
        checkResponse(response, url, sentKeys, method);
        if (response.statusCode === 200 && method === 'GET' && /^application\/json/.test(String(response.headers['content-type']))) {
          const body = response.json();
          expect(Array.isArray(body.data), url).toBe(true);
          expect(body.data.length, url).toBeLessThanOrEqual(body.page.limit);
          // Facets asked for answer in order, each a list of buckets with whole, positive counts.
          for (const facet of (body.facets ?? []) as { name: string; buckets: { count: number }[] }[])
            for (const bucket of facet.buckets)
              expect(Number.isInteger(bucket.count) && bucket.count > 0, `${url} ${facet.name}`).toBe(true);
        }
      }),
      { numRuns: 1400 * SCALE, seed: SEED },
    );
  });

  it('never answer 5xx on a single view: a real id is 200, a well-formed unknown id 404, anything else 400', async () => {
    await fc.assert(
      fc.asyncProperty(singleProbe(), async ({ path, id, url, headers }) => {
        // `/v1/actors/`, `/v1/actors/.` and `/v1/actors/..` are other routes once the URL is normalised.
        fc.pre(!['', '.', '..'].includes(id));
        const response = await get(url, { headers });
        const problem = checkResponse(response, url, new Set(['id']));
        const wellFormed = /^[a-z0-9][a-z0-9-]{0,127}$/.test(id);
        const exists = idsOf(path.replace('/{id}', '')).includes(id);
        const expected = exists ? 200 : wellFormed ? 404 : 400;
        expect(response.statusCode, `${url.slice(0, 200)}: ${response.body.slice(0, 200)}`).toBe(expected);
        if (expected === 200) expect(response.json().id).toBe(id);
        if (expected === 404) expect(problem?.instance).toBe(url);
      }),
      { numRuns: 500 * SCALE, seed: SEED },
    );
  });

  it('health probes and the OpenAPI document answer whatever query they are sent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/healthz', '/readyz', '/openapi.json'), adversarial, async (path, junk) => {
        const url = `${path}?${strict(junk)}=${loose(junk)}`;
        fc.pre(url.length <= MAX_URL);
        const response = await get(url);
        checkResponse(response, url, new Set([junk, decodeKey(strict(junk))]));
        expect(response.statusCode, url).toBe(200);
      }),
      { numRuns: 60 * SCALE, seed: SEED },
    );
  });
});

/** Random valid filter combinations: the model of the filters applied to everything, client-side. */
const validQuery = () =>
  fc.constantFrom(...listPaths()).chain((path) => {
    const filters = Object.keys(FILTER_MODEL[path] ?? {});
    const sorts = sortsOf(path).filter((s) => s !== 'relevance');
    const hasDate = path in MAIN_DATE;
    return fc.record({
      path: fc.constant(path),
      chosen: fc
        .subarray(filters, { minLength: 0, maxLength: Math.min(3, filters.length) })
        .chain((names) => fc.tuple(...names.map((name) => validValues(path, name).map((value) => [name, value] as const)))),
      from: hasDate ? fc.option(fc.constantFrom(...DATES), { nil: undefined }) : fc.constant(undefined),
      to: hasDate ? fc.option(fc.constantFrom(...DATES), { nil: undefined }) : fc.constant(undefined),
      sort: fc.constantFrom(...sorts),
    });
  });

function expected(path: string, query: Map<string, string[]>, from?: string, to?: string): string[] {
  const model = FILTER_MODEL[path] ?? {};
  return (everything.get(path) ?? [])
    .filter((record) => path !== '/v1/timeline' || query.has('include') || record.kind !== 'statement')
    .filter((record) => [...query].every(([name, values]) => model[name]?.holds(record, values, query)))
    .filter((record) => !(path in MAIN_DATE) || (!from && !to) || inRange(path, record, from, to))
    .map((r) => r.id);
}

function toUrl(path: string, chosen: readonly (readonly [string, string])[], extra: Record<string, string | undefined>) {
  const params = new URLSearchParams();
  for (const [name, value] of chosen) params.set(name, value);
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) params.set(name, value);
  return `${path}?${params}`;
}

describe('valid filters', () => {
  it('return exactly the records that satisfy them, in the order of the sort', async () => {
    await fc.assert(
      fc.asyncProperty(validQuery(), async ({ path, chosen, from, to, sort }) => {
        const url = toUrl(path, chosen, { from, to, sort, limit: '500' });
        const response = await get(url);
        if (from && to && from > to) {
          expect(response.statusCode, url).toBe(400);
          expect(expectProblemDocument(response, url).errors?.map((e) => e.parameter)).toContain('from');
          return;
        }
        const minMax = chosen.find(([n]) => n === 'min_value')?.[1];
        const maxMin = chosen.find(([n]) => n === 'max_value')?.[1];
        if (minMax !== undefined && maxMin !== undefined && Number(minMax) > Number(maxMin)) {
          expect(response.statusCode, url).toBe(400);
          return;
        }
        expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
        const returned = (response.json().data as LedgerRecord[]).map((r) => r.id);
        const query = new Map(chosen.map(([name, value]) => [name, value.split(',')]));
        const want = new Set(expected(path, query, from, to));
        const unwanted = returned.filter((id) => !want.has(id));
        const missing = [...want].filter((id) => !returned.includes(id));
        expect({ url, unwanted, missing }).toEqual({ url, unwanted: [], missing: [] });
        const order = orderBySort.get(`${path} ${sort}`) ?? [];
        expect(returned, `${url} keeps the order of ${sort}`).toEqual(order.filter((id) => want.has(id)));
      }),
      { numRuns: 400 * SCALE, seed: SEED },
    );
  });

  it('paged in small pages, walk the same records exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(validQuery(), fc.integer({ min: 1, max: 7 }), async ({ path, chosen, from, to, sort }, limit) => {
        if (from && to && from > to) return;
        const whole = await get(toUrl(path, chosen, { from, to, sort, limit: '500' }));
        if (whole.statusCode !== 200) return;
        const all = (whole.json().data as LedgerRecord[]).map((r) => r.id);
        const walked: string[] = [];
        let cursor: string | undefined;
        for (let pages = 0; pages < 200; pages += 1) {
          const response = await get(toUrl(path, chosen, { from, to, sort, limit: String(limit), cursor }));
          expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
          const page = response.json();
          expect(page.data.length).toBeLessThanOrEqual(limit);
          walked.push(...page.data.map((r: LedgerRecord) => r.id));
          cursor = page.page.next_cursor ?? undefined;
          if (!cursor) break;
        }
        expect(walked).toEqual(all);
      }),
      { numRuns: 80 * SCALE, seed: SEED },
    );
  });

  it('searching with relevance pages exactly once too', async () => {
    for (const [path, q] of [
      ['/v1/statements', 'aleppo'],
      ['/v1/events', 'veto'],
      ['/v1/sources', 'aleppo'],
      ['/v1/actors', 'a'],
    ] as const) {
      const all = (await get(`${path}?q=${q}&limit=500`)).json().data.map((r: LedgerRecord) => r.id);
      expect(all.length, `${path}?q=${q}`).toBeGreaterThan(0);
      const walked: string[] = [];
      let cursor = '';
      do {
        const page = (await get(`${path}?q=${q}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json();
        walked.push(...page.data.map((r: LedgerRecord) => r.id));
        cursor = page.page.next_cursor ?? '';
      } while (cursor);
      expect(walked, `${path}?q=${q}`).toEqual(all);
    }
  });
});

describe('afterwards', () => {
  it('the database file is byte-identical', () => {
    expect(sha256File(inject('databasePath'))).toBe(databaseHashBefore);
  });
});
