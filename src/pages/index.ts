/**
 * The explorer: server-rendered pages for people, under /explore, over the same repositories as the API
 * (`app.repos`; no SQL here). Templates are Eta (escaping by default) through @fastify/view. The plugin is
 * encapsulated so that its error and not-found handlers answer HTML for pages while the API keeps answering
 * problem+json, and so that its strict CSP (no script at all, styles from files) applies to pages only.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import view from '@fastify/view';
import { Eta } from 'eta';
import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiError } from '../http/errors.js';
import { PAGE_CONTENT_SECURITY_POLICY } from '../plugins/security.js';
import { DomainError } from '../repositories/domain-errors.js';
import * as links from './links.js';
import { explorerRoutes } from './routes.js';
import * as words from './words.js';

const TEMPLATES_DIR = fileURLToPath(new URL('./templates', import.meta.url));
const ASSETS_DIR = fileURLToPath(new URL('./assets', import.meta.url));

interface Asset {
  body: Buffer;
  type: string;
}

/** Assets are read once and named by a hash of their bytes, so a changed stylesheet is a new URL. */
function loadAssets(): { files: Map<string, Asset>; urls: Record<string, string> } {
  const files = new Map<string, Asset>();
  const urls: Record<string, string> = {};
  for (const [name, type] of [
    ['explorer.css', 'text/css; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml'],
  ] as const) {
    const body = readFileSync(`${ASSETS_DIR}/${name}`);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const hashed = name.replace(/\.(\w+)$/, `.${hash}.$1`);
    files.set(hashed, { body, type });
    urls[name] = `/explore/assets/${hashed}`;
  }
  return { files, urls };
}

/** Validation errors as a reader can act on them: "Parameter "from" must be a date written YYYY-MM-DD". */
interface ValidationEntry {
  instancePath?: string;
  message?: string;
  params?: { keys?: string[] };
}

function describeInvalid(entries: ValidationEntry[]) {
  return entries.map((entry) => {
    if (entry.params?.keys) return `${entry.params.keys.map((k) => `"${k}"`).join(', ')} is not a parameter of this page`;
    const parameter = (entry.instancePath ?? '').replace(/^\//, '') || 'the request';
    return `Parameter "${parameter}" ${entry.message ?? 'is invalid'}`;
  });
}

export async function explorerPages(app: FastifyInstance) {
  const assets = loadAssets();
  await app.register(view, {
    engine: { eta: new Eta({ autoEscape: true, cache: true }) },
    root: TEMPLATES_DIR,
    // Templates are compiled once and kept: they ship with the build and never change while the server runs.
    production: true,
    defaultContext: { assets: assets.urls, w: words, links },
  });

  app.addHook('onRequest', async (_request, reply) => {
    reply.header('content-security-policy', PAGE_CONTENT_SECURITY_POLICY);
  });

  app.get('/assets/:name', { schema: { hide: true } }, async (request, reply) => {
    const asset = assets.files.get((request.params as { name: string }).name);
    if (!asset) return reply.callNotFound();
    return reply.type(asset.type).send(asset.body);
  });

  app.setErrorHandler(async (error: FastifyError & { validation?: ValidationEntry[] }, request, reply) => {
    let status = 500;
    let lines = [`Something failed on our side. If it keeps happening, quote request id ${request.id}.`];
    if (error instanceof ApiError) {
      status = error.status;
      lines = error.errors.length > 0 ? error.errors.map((e) => `Parameter "${e.parameter}" ${e.reason}`) : [error.message];
      if (status >= 500) lines.push(`Request id ${request.id}.`);
    } else if (error instanceof DomainError) {
      // What the data layer refuses (a forged cursor, search text without words) names the parameter: a 400.
      status = 400;
      lines = [`Parameter "${error.parameter}" ${error.reason}`];
    } else if (error.validation) {
      status = 400;
      lines = describeInvalid(error.validation);
    } else if (error.statusCode === 429) {
      status = 429;
      lines = [error.message];
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      status = error.statusCode;
      lines = [error.message];
    }
    if (status >= 500) request.log.error({ err: error }, 'page failed');
    const title =
      status === 400
        ? 'This page cannot be shown as asked'
        : status === 404
          ? 'Not found'
          : status === 429
            ? 'Too many requests'
            : 'Something failed';
    return reply.code(status).type('text/html; charset=utf-8').view('error', { title, status, lines, apiUrl: null });
  });

  app.setNotFoundHandler(async (request, reply) =>
    reply
      .code(404)
      .type('text/html; charset=utf-8')
      .view('error', { title: 'Not found', status: 404, lines: [`There is no page at ${request.url.split('?')[0]}.`], apiUrl: null }),
  );

  await app.register(explorerRoutes);
}
