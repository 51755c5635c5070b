/**
 * Records rendered once, at build time, and the envelopes assembled from them (issue 15: the published database is
 * immutable, so what every answer repeats is computed by the build, not per request). The build
 * (src/seed/render-records.ts) and the routes use the same serializers: fast-json-stringify compiled from the same
 * zod schemas as the routes' response serializers (serializer.ts), and the CSV row writer of csv.ts. A page served
 * from the rendered strings is byte for byte the page the routes compute (test/api/rendered-responses.test.ts
 * compares both on every list and single view).
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { RecordType } from '../db/schema.js';
import type { Facet } from '../repositories/query/facets.js';
import { Event, EventDetail, EventList } from '../schemas/event.js';
import { Figure, FigureDetail, FigureList } from '../schemas/figure.js';
import { Statement, StatementDetail, StatementList } from '../schemas/statement.js';
import { Vote, VoteDetail, VoteList } from '../schemas/vote.js';
import { csvColumns, csvHeader, csvRow } from './csv.js';
import { serializerFor, zodToSerializationSchema } from './serializer.js';

export type RenderedType = RecordType;

/** The schemas a record type is served with: in a list, alone, and the list envelope (which also gives the CSV columns). */
const SCHEMAS: Record<RenderedType, { item: z.ZodType; detail: z.ZodType; list: z.ZodType }> = {
  event: { item: Event, detail: EventDetail, list: EventList },
  statement: { item: Statement, detail: StatementDetail, list: StatementList },
  vote: { item: Vote, detail: VoteDetail, list: VoteList },
  figure: { item: Figure, detail: FigureDetail, list: FigureList },
};

/**
 * Bumped when what is rendered changes in a way the schemas do not show (how CSV flattens, say). The digest of the
 * schemas and this version is stored in the database (ledger_meta `rendering`); a server whose code renders
 * differently does not use the stored strings (see `renderingDigest`).
 */
const RENDERING_VERSION = 1;

export interface RecordRendering {
  /** The record as one element of a list's `data`. */
  json(record: unknown): string;
  /** The record's single view. */
  detail(record: unknown): string;
  /** Its line in a CSV list, without the line break. */
  csv(record: unknown): string;
}

const compiled = new Map<RenderedType, RecordRendering>();

export function renderingOf(type: RenderedType): RecordRendering {
  let rendering = compiled.get(type);
  if (!rendering) {
    const schemas = SCHEMAS[type];
    const columns = csvColumns(schemas.list);
    const json = serializerFor(schemas.item);
    const detail = serializerFor(schemas.detail);
    rendering = { json, detail, csv: (record) => csvRow(record as Record<string, unknown>, columns) };
    compiled.set(type, rendering);
  }
  return rendering;
}

let digest: string | undefined;

/**
 * sha256 of what decides the rendered bytes: each type's serialization schemas and CSV columns, and RENDERING_VERSION.
 * The build stores it with the rendered records; `npm run openapi` writes it to rendering-digest.ts, which the
 * server compares with the stored one (computing it takes a start-up tens of milliseconds of zod to JSON Schema).
 */
export function renderingDigest(): string {
  if (!digest) {
    const parts = Object.entries(SCHEMAS).map(([type, s]) => [
      type,
      zodToSerializationSchema(s.item),
      zodToSerializationSchema(s.detail),
      csvColumns(s.list),
    ]);
    digest = createHash('sha256')
      .update(JSON.stringify([RENDERING_VERSION, parts]))
      .digest('hex');
  }
  return digest;
}

/** A single view from its list form and the tail the build stored: the list form without its closing brace, then the tail. */
export function detailFromRendered(json: string, detailTail: string): string {
  return json.slice(0, -1) + detailTail;
}

const EMPTY_DATA = '{"data":[]';

/**
 * A list's JSON envelope around rendered records. Everything but the records is written by the list's own compiled
 * serializer (an envelope with no records, whose `data` comes first as the schema declares it), so `page` and
 * `facets` are the bytes the computed path writes; the records go between the brackets.
 */
export function listJson(
  listSchema: z.ZodType,
  records: readonly string[],
  page: { limit: number; next_cursor: string | null },
  facets?: Facet[],
): string {
  const empty = serializerFor(listSchema)({ data: [], page, ...(facets ? { facets } : {}) });
  if (!empty.startsWith(EMPTY_DATA)) throw new Error('a list envelope must begin with its data');
  return `{"data":[${records.join(',')}]${empty.slice(EMPTY_DATA.length)}`;
}

/** A CSV list from rendered rows: the header from the list's schema, then each row, every line ended by CRLF. */
export function listCsv(listSchema: z.ZodType, rows: readonly string[]): string {
  let out = `${csvHeader(csvColumns(listSchema))}\r\n`;
  for (const row of rows) out += `${row}\r\n`;
  return out;
}
