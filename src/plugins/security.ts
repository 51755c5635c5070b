/**
 * Security headers, CORS and per-client rate limits. The data is public and read-only, so CORS allows any
 * origin by default (configurable); the CSP is strict but lets Swagger UI's own scripts and styles run.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import type { Config } from '../config.js';
import { ApiError } from '../http/errors.js';

/** Runs helmet once against a stand-in response and keeps the headers it sets. */
export function computeHelmetHeaders(options: Parameters<typeof helmet>[0]): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => {});
  return headers;
}

/**
 * The explorer's pages (src/pages) run no script at all and take styles only from their own files, so their policy
 * is stricter than the API's (which lets Swagger UI run); the pages plugin sets it on its own routes.
 */
export const PAGE_CONTENT_SECURITY_POLICY = computeHelmetHeaders({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
  },
})['content-security-policy'] as string;

export default fp(
  async (app: FastifyInstance, config: Config) => {
    // Security headers are the same for every answer, so helmet computes them once, at start. (@fastify/helmet
    // rebuilds helmet's middleware, CSP parsing included, on every request: 8% of a request's time in the bench.)
    const securityHeaders = computeHelmetHeaders({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          // helmet adds it by default; over plain HTTP by a name other than localhost it breaks every page.
          upgradeInsecureRequests: null,
        },
      },
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    });
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(securityHeaders);
      done();
    });
    await app.register(cors, {
      origin: config.corsOrigins === '*' ? '*' : config.corsOrigins,
      methods: ['GET', 'HEAD', 'OPTIONS'],
      exposedHeaders: [
        'ETag',
        'Link',
        'X-Request-Id',
        'X-Cache',
        'Retry-After',
        'X-RateLimit-Limit',
        'X-RateLimit-Remaining',
        'X-RateLimit-Reset',
        'Repr-Digest',
      ],
      maxAge: 86400,
    });
    if (config.rateLimit.enabled) {
      await app.register(rateLimit, {
        max: config.rateLimit.max,
        timeWindow: config.rateLimit.windowMs,
        // Probes are exempt through their route config (`rateLimit: false`): a client's burst must not starve them.
        errorResponseBuilder: (_request, context) =>
          new ApiError('rate_limited', `Rate limit of ${context.max} requests per ${context.after} exceeded; retry after ${context.after}`),
      });
    }
  },
  { name: 'security' },
);
