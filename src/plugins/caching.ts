/**
 * HTTP caching for immutable data. A database build never changes, so a response is fully determined by the
 * build id, the URL and the representation asked for (the list renderer, list-reply.ts), as rendered by this version of the
 * code: the ETag is derived from those four and `If-None-Match` is answered with 304 before any query runs. A new
 * database build, or a deploy that changes the code (a template, a serializer), changes every ETag.
 *
 * For the same reason the finished bytes of a 200 can be kept and sent again (`RESPONSE_CACHE_MB`, see
 * response-cache.ts). The lookup runs in preValidation, after the rate limiter's onRequest hook, so a cached
 * answer still counts against the client's limit; `X-Cache: hit` or `miss` tells which path answered.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { rendererFor } from '../http/list-reply.js';
import { ResponseCache } from '../http/response-cache.js';

export interface CachingOptions {
  maxAgeSeconds: number;
  /** The digest of the running code (code-version.ts): mixed into every ETag with the build id. */
  codeVersion: string;
  /** Budget of the response cache in bytes; 0 turns it off. */
  responseCacheBytes?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    responseCache: ResponseCache;
  }
}

/** What this plugin knows of a request, worked out once: its hooks run three times per request. */
interface CacheState {
  /** The representation and URL: what, with the build id, determines a response. */
  key: string;
  etag: string;
  /** Answered from the response cache, so onSend does not store it again. */
  fromCache: boolean;
}

const states = new WeakMap<FastifyRequest, CacheState>();

function stateOf(version: string, request: FastifyRequest): CacheState {
  let state = states.get(request);
  if (!state) {
    const key = `${rendererFor(request).name} ${request.url}`;
    const hash = createHash('sha1').update(version).update('\0').update(key).digest('base64url');
    state = { key, etag: `"${hash.slice(0, 27)}"`, fromCache: false };
    states.set(request, state);
  }
  return state;
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

/** GETs are cached unless their route says `cache: false` (health probes must always reach the process). */
const isCacheable = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') && request.routeOptions.config?.cache !== false;

/** A route that sends a file sets the file's digest as its ETag (route-config.ts `ownEtag`). */
const hasOwnEtag = (request: FastifyRequest) => request.routeOptions.config?.ownEtag === true;

export default fp(
  async (app: FastifyInstance, options: CachingOptions) => {
    // The build id comes from the ledger plugin (a declared dependency): a new build or new code changes every ETag.
    const buildId = `${app.ledger.buildId}\0${options.codeVersion}`;
    const responses = new ResponseCache(options.responseCacheBytes ?? 0);
    app.decorate('responseCache', responses);

    app.addHook('onRequest', async (request, reply) => {
      if (!isCacheable(request) || hasOwnEtag(request)) return;
      const { etag } = stateOf(buildId, request);
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
        const state = stateOf(buildId, request);
        const hit = responses.get(state.key);
        if (!hit) {
          reply.header('x-cache', 'miss');
          return;
        }
        state.fromCache = true;
        reply.header('x-cache', 'hit').type(hit.contentType);
        if (hit.link) reply.header('link', hit.link);
        return reply.code(200).send(hit.body);
      });
    }

    app.addHook('onSend', async (request, reply, payload) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
      const state = stateOf(buildId, request);
      if (reply.statusCode === 200 && !hasOwnEtag(request)) reply.header('etag', state.etag);
      if (
        responses.enabled &&
        reply.statusCode === 200 &&
        request.method === 'GET' &&
        isCacheable(request) &&
        !state.fromCache &&
        (typeof payload === 'string' || Buffer.isBuffer(payload))
      ) {
        const link = reply.getHeader('link');
        responses.set(state.key, payload, String(reply.getHeader('content-type') ?? ''), typeof link === 'string' ? link : undefined);
      }
      if (!isCacheable(request)) {
        // Health answers must be live: they carry an ETag like every GET, but no cache may keep them.
        reply.header('cache-control', 'no-store');
        return payload;
      }
      if (reply.statusCode === 200 || reply.statusCode === 304) {
        reply.header('cache-control', `public, max-age=${options.maxAgeSeconds}`);
        varyOn(reply, 'Accept');
      } else if (reply.statusCode !== 304) {
        reply.header('cache-control', 'no-store');
      }
      return payload;
    });
  },
  { name: 'caching', dependencies: ['ledger'] },
);
