/**
 * Sends a page of a list as the JSON envelope or, for `format=csv` / `Accept: text/csv`, as CSV with the
 * next cursor in a `Link: <...>; rel="next"` header (CSV has no place for it in the body).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { csvColumns, toCsv } from './csv.js';

/**
 * Whether a list answers CSV: `format` decides when given; otherwise `Accept` naming text/csv, unless JSON comes
 * first in it. The caching plugin keys ETags on the same decision, so a 304 always matches what was sent.
 */
export function wantsCsv(request: FastifyRequest, format?: unknown): boolean {
  const chosen = format ?? (request.query as { format?: unknown } | undefined)?.format;
  if (typeof chosen === 'string' && chosen !== '') return chosen === 'csv';
  const accept = request.headers.accept ?? '';
  return /\btext\/csv\b/i.test(accept) && !/\bapplication\/(?:[\w.+-]*\+)?json\b/i.test(accept.split(/\s*,\s*/)[0] ?? '');
}

export function sendList(
  request: FastifyRequest,
  reply: FastifyReply,
  page: { rows: object[]; nextCursor: string | null },
  limit: number,
  format: string | undefined,
  listSchema: z.ZodType,
) {
  if (wantsCsv(request, format)) {
    if (page.nextCursor) {
      const url = new URL(request.url, 'http://localhost');
      url.searchParams.set('cursor', page.nextCursor);
      reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
    }
    return reply.type('text/csv; charset=utf-8').send(toCsv(page.rows as Record<string, unknown>[], csvColumns(listSchema)));
  }
  return reply.send({ data: page.rows, page: { limit, next_cursor: page.nextCursor } });
}
