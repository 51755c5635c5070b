/**
 * Adjusts what @fastify/type-provider-zod hands @fastify/swagger so the document tells the truth about the
 * wire: errors are `application/problem+json`, lists also answer `text/csv` (with their columns listed),
 * and responses name the headers a client relies on (ETag, Cache-Control, Link, Retry-After, X-Request-Id).
 */
import { jsonSchemaTransform } from '@fastify/type-provider-zod';
import type { z } from 'zod';
import { csvColumns } from '../http/csv.js';

type Transform = typeof jsonSchemaTransform;
type JsonObject = Record<string, unknown>;

const header = (description: string) => ({ type: 'string', description });

const COMMON_HEADERS = {
  'X-Request-Id': header('The request id (the incoming `x-request-id` when it was a sane token); quote it when reporting a problem.'),
};
const CACHE_HEADERS = {
  ETag: header('Derived from the database build, the URL and the representation; send it back in `If-None-Match` for a 304.'),
  'Cache-Control': header('`public, max-age=N`: the data of a build never changes.'),
};

export const openapiTransform: Transform = (document) => {
  const transformed = jsonSchemaTransform(document);
  const schema = transformed.schema as { response?: Record<string, JsonObject> } | undefined;
  const zodResponses = (document.schema as { response?: Record<string, z.ZodType> } | undefined)?.response;
  if (!schema?.response || !zodResponses) return transformed;

  const isList = document.url.startsWith('/v1/') && !document.url.includes(':');
  const isData = document.url.startsWith('/v1/');
  for (const [status, json] of Object.entries(schema.response)) {
    const code = Number(status);
    const description = typeof json.description === 'string' ? json.description : undefined;
    if (code >= 400) {
      schema.response[status] = {
        description: description ?? 'A problem document (RFC 9457).',
        headers: { ...COMMON_HEADERS, ...(code === 429 ? { 'Retry-After': header('Seconds to wait before retrying.') } : {}) },
        content: { 'application/problem+json': { schema: json } },
      };
    } else if (code === 200) {
      const zodList = zodResponses[status];
      schema.response[status] = {
        description:
          description ?? (isList ? 'A page of records.' : isData ? 'The record, with what a client would fetch next embedded.' : 'OK.'),
        headers: {
          ...COMMON_HEADERS,
          ...(isData ? CACHE_HEADERS : {}),
          ...(isList ? { Link: header('For CSV answers: `<url>; rel="next"`, the next page (JSON carries `page.next_cursor`).') } : {}),
        },
        content: {
          'application/json': { schema: json },
          ...(isList && zodList
            ? {
                'text/csv': {
                  schema: {
                    type: 'string',
                    description: `RFC 4180 CSV with a header row, for \`format=csv\` or \`Accept: text/csv\`. Columns: ${csvColumns(zodList).join(', ')}. Lists inside a record are joined with "|"; evidence quotes with " | ".`,
                  },
                },
              }
            : {}),
        },
      };
    }
  }
  return transformed;
};
