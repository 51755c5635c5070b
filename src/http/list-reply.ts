/**
 * Lists answer in one of several representations, each a registered renderer of a list result (style.md: output
 * renderers registered, not branched). `rendererFor` is the one place a request's representation is chosen; the
 * caching plugin keys its ETags and stored answers on the same choice, so a 304 always matches what was sent.
 * Adding TimelineJS or JSON-LD is a `registerRenderer` call (and its name in the `format` parameter).
 *
 * A route hands a renderer the way to fetch pages, not a fetched page: JSON and CSV fetch the one page asked for,
 * NDJSON walks every page from there (ndjson.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Facet } from '../repositories/query/facets.js';
import { csvColumns, toCsv } from './csv.js';
import { type LinePageSource, ndjsonReply, serializedPages } from './ndjson.js';
import { listCsv, listJson } from './record-rendering.js';

/** A page of a list, with what a renderer needs to write it. */
export interface ListResult {
  rows: object[];
  nextCursor: string | null;
  limit: number;
  /** The list's response schema: CSV takes its columns from it. */
  listSchema: z.ZodType;
  /** Counts of the whole filtered result (`facets=`); JSON only: CSV has no place for them. */
  facets?: Facet[] | undefined;
}

/** A page of the filtered list: `limit` rows after `cursor` (none: from the start), and the next page's cursor. */
export type PageSource = (
  limit: number,
  cursor: string | undefined,
) => { rows: object[]; nextCursor: string | null } | Promise<{ rows: object[]; nextCursor: string | null }>;

/**
 * The same pages as the strings the build rendered (`json`: each record as an element of `data`; `csv`: its CSV
 * line): JSON and CSV then assemble the answer instead of serializing rows (record-rendering.ts). Same records, same
 * order, same cursors as `pages`.
 */
export type RenderedPageSource = (
  form: 'json' | 'csv',
  limit: number,
  cursor: string | undefined,
) => Promise<{ rows: string[]; nextCursor: string | null }>;

/** What a route gives a renderer: how to fetch pages of its filtered list, and the page the client asked for. */
export interface ListRequest {
  pages: PageSource;
  /** Where the list's records were rendered by the build (and the server serves them): the same pages as strings. */
  rendered?: RenderedPageSource | undefined;
  limit: number;
  cursor: string | undefined;
  /** The list's response schema: CSV takes its columns from it, NDJSON its record serializer. */
  listSchema: z.ZodType;
  facets?: Facet[] | undefined;
}

export interface ListRenderer {
  /** The `format` value that chooses it; also its part of the cache key. */
  name: string;
  /** A media type in `Accept` that chooses it when no `format` is given (unless JSON comes first in `Accept`). */
  accept?: RegExp;
  render(request: FastifyRequest, reply: FastifyReply, list: ListRequest): FastifyReply | Promise<FastifyReply>;
}

const renderers = new Map<string, ListRenderer>();

/** What the JSON renderer's answers are sent as (Fastify's own type for a serialized object, so both paths agree). */
const JSON_TYPE = 'application/json; charset=utf-8';

/** The JSON envelope: the default, and what any unknown `format` falls back to (the route's schema refuses it). */
const DEFAULT_RENDERER = 'json';

export function registerRenderer(renderer: ListRenderer): void {
  if (renderers.has(renderer.name)) throw new Error(`a list renderer named "${renderer.name}" is already registered`);
  renderers.set(renderer.name, renderer);
}

const JSON_FIRST = /\bapplication\/(?:[\w.+-]*\+)?json\b/i;

/** The renderer a request asks for: `format` decides when given; otherwise `Accept`, unless JSON comes first in it. */
export function rendererFor(request: FastifyRequest, format?: unknown): ListRenderer {
  const chosen = format ?? (request.query as { format?: unknown } | undefined)?.format;
  const fallback = renderers.get(DEFAULT_RENDERER) as ListRenderer;
  if (typeof chosen === 'string' && chosen !== '') return renderers.get(chosen) ?? fallback;
  const accept = request.headers.accept ?? '';
  if (!accept || JSON_FIRST.test(accept.split(/\s*,\s*/)[0] ?? '')) return fallback;
  for (const renderer of renderers.values()) if (renderer.accept?.test(accept)) return renderer;
  return fallback;
}

/** Sends a list in the representation the request asks for (`format`: the route's parsed `format` parameter). */
export function sendList(request: FastifyRequest, reply: FastifyReply, list: ListRequest & { format?: string | undefined }) {
  return rendererFor(request, list.format).render(request, reply, list);
}

/** The one page the client asked for, as JSON and CSV answer it. */
async function pageOf(list: ListRequest): Promise<ListResult> {
  const page = await list.pages(list.limit, list.cursor);
  return { ...page, limit: list.limit, listSchema: list.listSchema, facets: list.facets };
}

registerRenderer({
  name: 'json',
  render: async (_request, reply, list) => {
    if (list.rendered) {
      const page = await list.rendered('json', list.limit, list.cursor);
      const body = listJson(list.listSchema, page.rows, { limit: list.limit, next_cursor: page.nextCursor }, list.facets);
      return reply.type(JSON_TYPE).send(body);
    }
    const result = await pageOf(list);
    return reply.send({
      data: result.rows,
      page: { limit: result.limit, next_cursor: result.nextCursor },
      ...(result.facets ? { facets: result.facets } : {}),
    });
  },
});

/** CSV has no place for the next cursor in its body: it goes in a `Link: <...>; rel="next"` header. */
registerRenderer({
  name: 'csv',
  accept: /\btext\/csv\b/i,
  render: async (request, reply, list) => {
    const rendered = list.rendered ? await list.rendered('csv', list.limit, list.cursor) : undefined;
    const result = rendered ? undefined : await pageOf(list);
    const nextCursor = rendered ? rendered.nextCursor : (result as ListResult).nextCursor;
    if (nextCursor) {
      const url = new URL(request.url, 'http://localhost');
      url.searchParams.set('cursor', nextCursor);
      reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
    }
    const body = rendered
      ? listCsv(list.listSchema, rendered.rows)
      : toCsv((result as ListResult).rows as Record<string, unknown>[], csvColumns(list.listSchema));
    return reply.type('text/csv; charset=utf-8').send(body);
  },
});

/** Every matching record from `cursor` on, one JSON object a line, streamed page by page (ndjson.ts). */
registerRenderer({
  name: 'ndjson',
  accept: /\bapplication\/x-ndjson(?![\w.+-])/i,
  render: (request, reply, list) => {
    const { rendered } = list;
    const pages: LinePageSource = rendered
      ? (limit, cursor) => rendered('json', limit, cursor)
      : serializedPages(list.pages, list.listSchema);
    return ndjsonReply(request, reply, pages, list.cursor);
  },
});
