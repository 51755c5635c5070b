/**
 * Every error becomes an RFC 9457 problem document: validation failures name each parameter and why, unknown
 * routes and ids are 404, and a 500 says only that something failed (the details go to the log, with the
 * request id the client can quote).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { QueryPoolClosed } from '../db/query-pool.js';
import { ApiError, type ParameterError, PROBLEM_TYPES, type ProblemCode, problemTypeUri } from '../http/errors.js';
import { DomainError, InvalidCursor } from '../repositories/domain-errors.js';

/** One entry of `error.validation` as @fastify/type-provider-zod builds it from a zod issue. */
interface ValidationEntry {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: { keys?: string[]; input?: unknown; values?: unknown[] } & Record<string, unknown>;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ProblemCode,
  detail: string,
  errors: ParameterError[] = [],
) {
  const { status, title } = PROBLEM_TYPES[code];
  const body: Record<string, unknown> = {
    type: problemTypeUri(code),
    title,
    status,
    detail,
    instance: request.url.split('?')[0],
    request_id: request.id,
  };
  if (errors.length > 0) body.errors = errors;
  return reply.code(status).type('application/problem+json; charset=utf-8').send(body);
}

/** Names the query parameter behind each zod issue, in words a client can act on. */
function describeValidation(entries: ValidationEntry[], context: string | undefined): ParameterError[] {
  const errors: ParameterError[] = [];
  for (const entry of entries) {
    if (entry.keyword === 'unrecognized_keys' && entry.params?.keys) {
      for (const key of entry.params.keys) errors.push({ parameter: key, reason: 'is not a parameter of this endpoint' });
      continue;
    }
    const path = (entry.instancePath ?? '').replace(/^\//, '').split('/')[0];
    const parameter = path || context || 'request';
    let reason = entry.message ?? 'is invalid';
    if (entry.keyword === 'invalid_value' && entry.params?.values) {
      reason = `must be one of: ${entry.params.values.join(', ')}`;
    } else if (entry.keyword === 'invalid_type') {
      reason = `must be ${String(entry.params?.expected ?? 'valid')}`;
    }
    errors.push({ parameter, reason });
  }
  return errors;
}

export default fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError & { validation?: ValidationEntry[]; validationContext?: string }, request, reply) => {
      if (error instanceof ApiError) return sendProblem(request, reply, error.code, error.message, error.errors);
      if (error instanceof DomainError) {
        // The data layer's own errors (a bad cursor, search text or id) name the parameter at fault: a 400.
        const code = error instanceof InvalidCursor ? 'invalid_cursor' : 'invalid_parameter';
        const { parameter, reason } = error;
        return sendProblem(request, reply, code, `Parameter "${parameter}" ${reason}`, [{ parameter, reason }]);
      }
      if (error.validation) {
        const errors = describeValidation(error.validation, error.validationContext);
        const detail = errors.map((e) => `Parameter "${e.parameter}" ${e.reason}`).join('; ');
        return sendProblem(request, reply, 'invalid_parameter', detail || 'The request is invalid', errors);
      }
      if (error.statusCode === 429) return sendProblem(request, reply, 'rate_limited', error.message);
      // A search still queued when the shutdown grace ran out: the server is going away, not failing.
      if (error instanceof QueryPoolClosed)
        return sendProblem(request, reply, 'not_ready', 'The server is shutting down; retry the request');
      if (error.code === 'FST_ERR_HANDLER_TIMEOUT' || error.statusCode === 503) {
        return sendProblem(request, reply, 'request_timeout', 'The request took too long and was stopped');
      }
      if (error.statusCode === 413) return sendProblem(request, reply, 'payload_too_large', 'The request is too large');
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        // Fastify's own client errors (bad JSON body, unsupported media type...): keep the status, hide internals.
        const body = {
          type: problemTypeUri('invalid_parameter'),
          title: 'Bad request',
          status: error.statusCode,
          detail: error.message,
          instance: request.url.split('?')[0],
          request_id: request.id,
        };
        return reply.code(error.statusCode).type('application/problem+json; charset=utf-8').send(body);
      }
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(request, reply, 'internal', `Something failed on our side; quote request id ${request.id} when reporting it`);
    });

    // A repeated key (?speaker=a&speaker=b) arrives as an array; say so plainly instead of "must be string".
    app.addHook('preValidation', async (request) => {
      const query = request.query as Record<string, unknown> | undefined;
      if (!query || typeof query !== 'object') return;
      for (const [key, value] of Object.entries(query)) {
        if (Array.isArray(value)) {
          throw new ApiError('invalid_parameter', `Parameter "${key}" is given more than once`, [
            { parameter: key, reason: 'is given more than once; give it once, with comma-separated values' },
          ]);
        }
      }
    });

    app.setNotFoundHandler((request, reply) =>
      sendProblem(request, reply, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}; see /docs for the routes`),
    );
  },
  { name: 'problem-handler' },
);
