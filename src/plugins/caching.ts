/**
 * HTTP caching for immutable data. A database build never changes, so a response is fully determined by the
 * build id, the URL and the representation asked for (JSON or CSV): the ETag is derived from those three and
 * `If-None-Match` is answered with 304 before any query runs. A new build changes every ETag.
 *
 * For the same reason the finished bytes of a 200 can be kept and sent again (`RESPONSE_CACHE_MB`, see
 * response-cache.ts). The lookup runs in preValidation, after the rate limiter's onRequest hook, so a cached
 * answer still counts against the client's limit; `X-Cache: hit` or `miss` tells which path answered.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { wantsCsv } from '../http/list-reply.js';
import { ResponseCache } from '../http/response-cache.js';

export interface CachingOptions {
  buildId: string;
  maxAgeSeconds: number;
  /** Budget of the response cache in bytes; 0 turns it off. */
  responseCacheBytes?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    responseCache: ResponseCache;
  }
}

/** The representation and URL: what, with the build id, determines a response. */
const cacheKey = (request: FastifyRequest) => `${wantsCsv(request) ? 'csv' : 'json'} ${request.url}`;

/** Computed once per request (onRequest and onSend both need it). */
const etags = new WeakMap<FastifyRequest, string>();

export function etagFor(buildId: string, request: FastifyRequest): string {
  const known = etags.get(request);
  if (known) return known;
  const hash = createHash('sha1').update(buildId).update('\0').update(cacheKey(request)).digest('base64url');
  const etag = `"${hash.slice(0, 27)}"`;
  etags.set(request, etag);
  return etag;
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
    const responses = new ResponseCache(options.responseCacheBytes ?? 0);
    app.decorate('responseCache', responses);
    /** Requests answered from the response cache, so onSend does not store them again. */
    const fromCache = new WeakSet<FastifyRequest>();

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
    if (responses.enabled) {
      app.addHook('preValidation', async (request, reply) => {
        if (request.method !== 'GET' || !isCacheable(request)) return;
        const hit = responses.get(cacheKey(request));
        if (!hit) {
          reply.header('x-cache', 'miss');
          return;
        }
        fromCache.add(request);
        reply.header('x-cache', 'hit').type(hit.contentType);
        if (hit.link) reply.header('link', hit.link);
        return reply.code(200).send(hit.body);
      });
    }

    app.addHook('onSend', async (request, reply, payload) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
      if (reply.statusCode === 200) reply.header('etag', etagFor(options.buildId, request));
      if (
        responses.enabled &&
        reply.statusCode === 200 &&
        request.method === 'GET' &&
        isCacheable(request) &&
        !fromCache.has(request) &&
        (typeof payload === 'string' || Buffer.isBuffer(payload))
      ) {
        const link = reply.getHeader('link');
        responses.set(
          cacheKey(request),
          payload,
          String(reply.getHeader('content-type') ?? ''),
          typeof link === 'string' ? link : undefined,
        );
      }
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
