/**
 * Response serializers compile on first use (src/http/serializer.ts), so a schema fast-json-stringify cannot
 * compile would otherwise fail only when a client first gets that answer. This compiles every response schema
 * every route declares, for every status, as Fastify hands them to the serializer compiler.
 */
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { serializerFor } from '../../src/http/serializer.js';
import { testApp } from '../helpers/app.js';

const handed = vi.hoisted(() => [] as { url: string; method: string; status: string; schema: unknown }[]);

vi.mock('../../src/http/serializer.js', async (original) => {
  const actual = await original<typeof import('../../src/http/serializer.js')>();
  const recording: FastifySerializerCompiler<unknown> = (route) => {
    handed.push({ url: route.url, method: route.method, status: String(route.httpStatus), schema: route.schema });
    return actual.compiledSerializer(route);
  };
  return { ...actual, compiledSerializer: recording };
});

let app: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app?.close());

describe('response serializers', () => {
  it('are handed over for the documented routes, each status of each', () => {
    const urls = new Set(handed.map((h) => h.url));
    for (const url of ['/v1/events', '/v1/events/:id', '/v1/statements', '/v1/annotations', '/readyz']) expect(urls).toContain(url);
    expect(handed.filter((h) => h.url === '/v1/events' && h.method === 'GET' && h.status === '400')).toHaveLength(1);
  });

  it('compile, every one of them, without waiting for a client to ask', () => {
    const failures: string[] = [];
    for (const { url, method, status, schema } of handed) {
      try {
        serializerFor(schema as z.ZodType);
      } catch (error) {
        failures.push(`${method} ${url} ${status}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('write a route answer with its schema: an unknown event is a problem naming the id', async () => {
    const reply = await app.inject('/v1/events/no-such-event');
    expect(reply.statusCode).toBe(404);
    expect(reply.json().detail).toContain('no-such-event');
  });
});
