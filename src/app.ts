/**
 * The application factory. Plugins are registered in layers: infrastructure (errors, security, caching,
 * database, docs), then the routes. Tests build it in-process with `app.inject()`; src/server.ts only listens.
 */
import { randomUUID } from 'node:crypto';
import { validatorCompiler, type ZodTypeProvider } from '@fastify/type-provider-zod';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { codeVersion } from './code-version.js';
import type { Config } from './config.js';
import { compiledSerializer } from './http/serializer.js';
import { explorerPages } from './pages/index.js';
import caching from './plugins/caching.js';
import docs from './plugins/docs.js';
import ledger from './plugins/ledger.js';
import { openapiYaml } from './plugins/openapi-transform.js';
import problemHandler, { sendProblem } from './plugins/problem-handler.js';
import security from './plugins/security.js';
import { registerRoutes } from './routes/index.js';
import { NO_QUERY } from './schemas/query-params.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

/** An incoming x-request-id is honoured when it is a sane token; anything else gets a fresh id. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

export const MAX_URL_LENGTH = 4096;

export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    // Never log bodies or credentials; the data is public but clients' headers are theirs.
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
    ...(config.logPretty
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } }
      : {}),
  };
}

export async function buildApp(config: Config, overrides: Partial<FastifyServerOptions> = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config),
    requestIdHeader: 'x-request-id',
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    handlerTimeout: config.requestTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.requestTimeoutMs * 2,
    bodyLimit: 16 * 1024,
    trustProxy: config.trustProxy,
    // Requests that arrive while the server closes get our own 503 problem (below), not Fastify's plain JSON.
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // A malformed %-escape in the path, or a path segment longer than maxParamLength, is refused by the router
    // before any hook runs; without this Fastify answers its own plain JSON, and every 4xx must be a problem.
    frameworkErrors: (error, request, reply) => {
      if (error.code === 'FST_ERR_BAD_URL') {
        return sendProblem(request, reply, 'invalid_parameter', 'The URL path is not valid: it has a malformed %-escape');
      }
      if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
        return sendProblem(request, reply, 'invalid_parameter', 'A segment of the URL path is too long');
      }
      request.log.error({ err: error }, 'router error');
      return sendProblem(request, reply, 'internal', `Something failed on our side; quote request id ${request.id} when reporting it`);
    },
    ...overrides,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(compiledSerializer);
  app.decorate('config', config);

  // Closing (app.close(), which SIGTERM calls): no new connection is accepted, requests already running finish
  // (searches included: the ledger plugin drains its query pool after them), a request arriving on an open
  // keep-alive connection is refused with a 503 problem, and every answer from then on closes its connection, so
  // the server is closed when the last running request has answered instead of when idle sockets time out.
  // Callback hooks (no promise per request), the closing check folded into the request-id hook every request runs.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    if (closing) sendProblem(request, reply, 'not_ready', 'The server is shutting down; retry the request');
    else done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  await app.register(problemHandler);
  await app.register(ledger, {
    databasePath: config.databasePath,
    search: config.search,
    facetCubes: config.facetCubes,
    renderedResponses: config.renderedResponses,
    drainMs: config.shutdownGraceMs,
  });
  await app.register(security, config);
  await app.register(caching, {
    maxAgeSeconds: config.cacheMaxAgeSeconds,
    codeVersion: codeVersion(),
    responseCacheBytes: config.responseCacheBytes,
  });
  await app.register(docs);

  app.addHook('onRequest', (request, reply, done) => {
    if (request.url.length > MAX_URL_LENGTH) {
      sendProblem(request, reply, 'invalid_parameter', `The URL is longer than ${MAX_URL_LENGTH} characters`);
    } else done();
  });

  // Every documented route without a query schema of its own takes no parameters, so it refuses any it is sent
  // (`/v1/events/{id}?format=csv` would otherwise answer JSON as if the parameter meant nothing).
  app.addHook('onRoute', (route) => {
    if (route.schema && !route.schema.hide && !route.schema.querystring) route.schema.querystring = NO_QUERY;
  });
  await app.register(registerRoutes);
  // Pages for people over the same repositories, with HTML errors and their own CSP (src/pages).
  await app.register(explorerPages, { prefix: '/explore' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // The repository ships openapi.yaml, so /openapi.yaml is the path a user tries first: the same document in the same
  // bytes as that file (openapiYaml is what `npm run openapi` writes, and the drift test holds the file to it).
  let yamlDocument: string | undefined;
  app.get('/openapi.yaml', { schema: { hide: true } }, async (_request, reply) => {
    yamlDocument ??= openapiYaml(app.swagger());
    return reply.type('application/yaml; charset=utf-8').send(yamlDocument);
  });
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/docs'));
  return app;
}
