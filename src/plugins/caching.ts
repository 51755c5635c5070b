/**
 * HTTP caching for immutable data. A database build never changes, so a response is fully determined by the
 * build id, the URL and the representation asked for (JSON or CSV): the ETag is derived from those three and
 * `If-None-Match` is answered with 304 before any query runs. A new build changes every ETag.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { wantsCsv } from '../http/list-reply.js';

export interface CachingOptions {
  buildId: string;
  maxAgeSeconds: number;
}

export function etagFor(buildId: string, request: FastifyRequest): string {
  const hash = createHash('sha1')
    .update(buildId)
    .update('\0')
    .update(request.url)
    .update('\0')
    .update(wantsCsv(request) ? 'csv' : 'json')
    .digest('base64url');
  return `"${hash.slice(0, 27)}"`;
}

/**
 * `*` ("any current representation") never matches: this runs before routing, when a 400 or a 404 is still
 * possible, and those must never become a 304 (RFC 9110 13.2.1). A client sending `*` gets the full answer.
 */
function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Adds to Vary instead of replacing it: CORS with configured origins has already put `Origin` there. */
function varyOn(reply: FastifyReply, field: string) {
  const current = String(reply.getHeader('vary') ?? '');
  if (current.split(',').some((f) => f.trim().toLowerCase() === field.toLowerCase() || f.trim() === '*')) return;
  reply.header('vary', current ? `${current}, ${field}` : field);
}

/** Only data routes are cached; health probes must always reach the process. */
const isCacheable = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/healthz') && !request.url.startsWith('/readyz');

export default fp(
  async (app: FastifyInstance, options: CachingOptions) => {
    app.addHook('onRequest', async (request, reply) => {
      if (!isCacheable(request)) return;
      const etag = etagFor(options.buildId, request);
      const ifNoneMatch = request.headers['if-none-match'];
      if (ifNoneMatch && matches(ifNoneMatch, etag)) {
        reply.header('etag', etag).header('cache-control', `public, max-age=${options.maxAgeSeconds}`);
        varyOn(reply, 'Accept');
        return reply.code(304).send();
      }
    });
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
      if (reply.statusCode === 200) reply.header('etag', etagFor(options.buildId, request));
      if (!isCacheable(request)) {
        // Health answers must be live: they carry an ETag like every GET, but no cache may keep them.
        reply.header('cache-control', 'no-store');
        return payload;
      }
      if (reply.statusCode === 200) {
        reply.header('cache-control', `public, max-age=${options.maxAgeSeconds}`);
        varyOn(reply, 'Accept');
      } else if (reply.statusCode !== 304) {
        reply.header('cache-control', 'no-store');
      }
      return payload;
    });
  },
  { name: 'caching' },
);
