/**
 * Adjusts what @fastify/type-provider-zod hands @fastify/swagger so the document tells the truth about the
 * wire and reads well to code generators:
 * - errors are `application/problem+json`, lists also answer `text/csv` (with their columns listed) and
 *   `application/x-ndjson`;
 * - responses name every header a client relies on (ETag, Cache-Control, Link, X-Request-Id, X-Cache, the
 *   rate-limit headers, CORS, Retry-After);
 * - query parameters are described by what they mean (`parameterShapes`: arrays of an enum, numbers, dates,
 *   defaults), comma-separated lists as `style: form, explode: false`;
 * - every operation has an `operationId` (`listEvents`, `getEvent`) unless its route names one;
 * - `components` keeps only the schemas some operation reaches (zod's registry also holds input variants), sorted
 *   by name: the registry's order is the order modules happened to load, which is not the same in every process.
 */
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from '@fastify/type-provider-zod';
import type { FastifyContextConfig } from 'fastify';
import { stringify } from 'yaml';
import type { z } from 'zod';
import { csvColumns } from '../http/csv.js';
import { singular } from '../http/route-config.js';
import { parameterShapes } from '../schemas/query-params.js';

type JsonObject = Record<string, unknown>;
type OverrideContext = { zodSchema: unknown; jsonSchema: JsonObject };

/** Puts a parameter's documented shape in place of the string schema zod derives; its description stays. */
const zodToJsonConfig = {
  override: (ctx: OverrideContext) => {
    const shape = parameterShapes.get(ctx.zodSchema as object);
    if (!shape) return;
    for (const key of Object.keys(ctx.jsonSchema)) if (key !== 'description') delete ctx.jsonSchema[key];
    Object.assign(ctx.jsonSchema, structuredClone(shape));
  },
};

const zodTransform = createJsonSchemaTransform({ zodToJsonConfig } as Parameters<typeof createJsonSchemaTransform>[0]);
const zodTransformObject = createJsonSchemaTransformObject({ zodToJsonConfig } as Parameters<typeof createJsonSchemaTransformObject>[0]);

type Transform = typeof zodTransform;
type TransformObject = typeof zodTransformObject;

// @fastify/swagger moves everything but the description of a response header into its `schema`.
const header = (description: string, schema: JsonObject = { type: 'string' }) => ({ ...schema, description });

const COMMON_HEADERS = {
  'X-Request-Id': header('The request id (the incoming `x-request-id` when it was a sane token); quote it when reporting a problem.'),
  'Access-Control-Allow-Origin': header('CORS: `*` (the data is public) unless the server limits origins with `CORS_ORIGINS`.'),
};
const CACHE_HEADERS = {
  ETag: header(
    'Derived from the database build, the code release, the URL and the representation; send it back in `If-None-Match` for a 304.',
  ),
  'Cache-Control': header('`public, max-age=N`: the data of a build never changes.'),
  'X-Cache': header("`hit` when the answer came from the server's response cache, `miss` otherwise (absent when that cache is off).", {
    type: 'string',
    enum: ['hit', 'miss'],
  }),
};
const RATE_LIMIT_HEADERS = {
  'X-RateLimit-Limit': header('Requests allowed per window for this client (absent when rate limiting is off).', { type: 'integer' }),
  'X-RateLimit-Remaining': header('Requests left in the current window.', { type: 'integer' }),
  'X-RateLimit-Reset': header('Seconds until the window resets.', { type: 'integer' }),
};
const LINK_HEADER = {
  Link: header('For CSV answers: `<url>; rel="next"`, the next page (JSON carries `page.next_cursor`).'),
};

/** A route that sends a file (route config `ownEtag`): its ETag and Repr-Digest are the file's sha256. */
const FILE_DIGEST_HEADERS = {
  ETag: header('The sha256 of the file in hex, quoted; send it back in `If-None-Match` for a 304.'),
  'Cache-Control': header('`public, max-age=N`: the file of a build never changes.'),
  'Repr-Digest': header('RFC 9530: `sha-256=:<base64 of the sha256>:`, to check the download.'),
};

const pascal = (words: string) => words.replace(/(?:^|[-_./])(\w)/g, (_m, c: string) => c.toUpperCase());

/**
 * `/v1/events` -> listEvents, `/v1/events/:id` -> getEvent; anything else -> get + its path. A route that needs
 * another name sets `schema.operationId`.
 */
export function operationIdFor(url: string): string {
  const segments = url.split('/').filter((s) => s !== '' && s !== 'v1');
  const last = segments.at(-1) ?? 'root';
  if (url.startsWith('/v1/') && segments.length === 1) return `list${pascal(last)}`;
  if (url.startsWith('/v1/') && segments.length === 2 && last.startsWith(':')) return `get${pascal(singular(segments[0] ?? ''))}`;
  return `get${segments.map((s) => pascal(s.replace(/^:/, 'by-'))).join('')}`;
}

export const openapiTransform: Transform = (document) => {
  const transformed = zodTransform(document);
  const schema = transformed.schema as
    | ({ response?: Record<string, JsonObject>; operationId?: string; hide?: boolean } & JsonObject)
    | undefined;
  if (!schema || schema.hide) return transformed;
  schema.operationId ??= operationIdFor(document.url);
  const zodResponses = (document.schema as { response?: Record<string, z.ZodType> } | undefined)?.response;
  if (!schema.response || !zodResponses) return transformed;

  const kind = (document as { route?: { config?: FastifyContextConfig } }).route?.config?.kind;
  const isList = kind === 'list';
  const isData = kind === 'list' || kind === 'record';
  const routeConfig = (document.route as { config?: FastifyContextConfig & { rateLimit?: unknown } } | undefined)?.config;
  // A route that answers one media type of its own (JSON-LD annotations) says so in its config; lists otherwise
  // answer JSON, and CSV besides.
  const produces = routeConfig?.produces?.split(';')[0];
  const rateLimited = routeConfig?.rateLimit !== false;
  for (const [status, json] of Object.entries(schema.response)) {
    const code = Number(status);
    const description = typeof json.description === 'string' ? json.description : undefined;
    if (code >= 400) {
      schema.response[status] = {
        description: description ?? 'A problem document (RFC 9457).',
        headers: {
          ...COMMON_HEADERS,
          ...(rateLimited ? RATE_LIMIT_HEADERS : {}),
          ...(code === 429 ? { 'Retry-After': header('Seconds to wait before retrying.', { type: 'integer' }) } : {}),
        },
        content: { 'application/problem+json': { schema: json } },
      };
    } else if (code === 200) {
      const zodList = zodResponses[status];
      schema.response[status] = {
        description:
          description ?? (isList ? 'A page of records.' : isData ? 'The record, with what a client would fetch next embedded.' : 'OK.'),
        headers: {
          ...COMMON_HEADERS,
          ...(isData ? (routeConfig?.ownEtag ? FILE_DIGEST_HEADERS : CACHE_HEADERS) : {}),
          ...(rateLimited ? RATE_LIMIT_HEADERS : {}),
          ...(isList && !produces ? LINK_HEADER : {}),
        },
        content: {
          [produces ?? 'application/json']: { schema: json },
          ...(isList && zodList && !produces
            ? {
                'text/csv': {
                  schema: {
                    type: 'string',
                    description: `RFC 4180 CSV with a header row, for \`format=csv\` or \`Accept: text/csv\`. Columns: ${csvColumns(zodList).join(', ')}. Lists inside a record are joined with "|"; evidence quotes with " | ".`,
                  },
                },
                'application/x-ndjson': {
                  schema: {
                    type: 'string',
                    description:
                      'For `format=ndjson` or `Accept: application/x-ndjson`: every matching record (not a page), one JSON object a line, each exactly an item of the JSON `data`, in the same order; streamed, without `Link` or `page`.',
                  },
                },
              }
            : isList && produces === 'application/ld+json'
              ? {
                  'application/x-ndjson': {
                    schema: {
                      type: 'string',
                      description:
                        'For `format=ndjson` or `Accept: application/x-ndjson`: every matching annotation (not a page), one JSON-LD object a line, each an item of `items` with its own `@context` (as its single view), in the same order; streamed.',
                    },
                  },
                }
              : {}),
        },
      };
    } else if (code >= 300 && code < 400) {
      // A redirect (a merged actor's old id): its Location, and a body naming where it went.
      schema.response[status] = {
        description: description ?? 'Permanent Redirect: `Location` is where the record now stands.',
        headers: {
          ...COMMON_HEADERS,
          Location: header('The URL of the record that stands for this id.'),
          ...(rateLimited ? RATE_LIMIT_HEADERS : {}),
        },
        content: { 'application/json': { schema: json } },
      };
    }
  }
  return transformed;
};

interface Parameter {
  in: string;
  schema?: { type?: string };
  style?: string;
  explode?: boolean;
}
type Operation = { parameters?: Parameter[] } & JsonObject;

/** Every `#/components/schemas/X` reachable from the paths, following references through components. */
function reachableSchemas(document: JsonObject): Set<string> {
  const schemas = ((document.components as JsonObject | undefined)?.schemas ?? {}) as Record<string, unknown>;
  const seen = new Set<string>();
  const pending: unknown[] = [document.paths];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
          const name = value.slice('#/components/schemas/'.length);
          if (!seen.has(name)) {
            seen.add(name);
            pending.push(schemas[name]);
          }
        } else pending.push(value);
      }
    }
  }
  return seen;
}

export const openapiTransformObject: TransformObject = (document) => {
  const transformed = zodTransformObject(document) as JsonObject;
  const paths = (transformed.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) {
      for (const parameter of operation.parameters ?? []) {
        // Every list-valued query parameter of this API is comma-separated: `type=veto,un_vote`.
        if (parameter.in === 'query' && parameter.schema?.type === 'array') {
          parameter.style = 'form';
          parameter.explode = false;
        }
      }
    }
  }
  const components = transformed.components as { schemas?: Record<string, unknown> } | undefined;
  if (components?.schemas) {
    const used = reachableSchemas(transformed);
    const kept = Object.entries(components.schemas).filter(([name]) => used.has(name));
    components.schemas = Object.fromEntries(kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return transformed as ReturnType<TransformObject>;
};

/**
 * openapi.yaml as `npm run openapi` writes it and the drift test compares it, byte for byte. The YAML 1.1 schema
 * quotes what a 1.1 reader (PyYAML, SnakeYAML, js-yaml) would otherwise take for a boolean, date or number.
 */
export function openapiYaml(document: unknown): string {
  const body = stringify(document, { lineWidth: 0, version: '1.1', aliasDuplicateObjects: false });
  return `# Generated by \`npm run openapi\` from the running app; do not edit by hand.\n${body}`;
}
