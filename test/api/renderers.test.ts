/** The one choice of a list's representation, shared by the reply and the cache key. */
import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerRenderer, rendererFor } from '../../src/http/list-reply.js';

const request = (query: Record<string, string>, accept?: string) =>
  ({ query, headers: accept === undefined ? {} : { accept } }) as unknown as FastifyRequest;

describe('list renderers', () => {
  it('format decides when given; an unknown format falls back to JSON (the route schema then refuses it)', () => {
    expect(rendererFor(request({ format: 'csv' }, 'application/json')).name).toBe('csv');
    expect(rendererFor(request({ format: 'json' }, 'text/csv')).name).toBe('json');
    expect(rendererFor(request({ format: 'xml' })).name).toBe('json');
  });

  it('without format, Accept naming text/csv chooses CSV unless JSON comes first', () => {
    expect(rendererFor(request({}, 'text/csv')).name).toBe('csv');
    expect(rendererFor(request({}, 'text/html, text/csv;q=0.9')).name).toBe('csv');
    expect(rendererFor(request({}, 'application/json, text/csv')).name).toBe('json');
    expect(rendererFor(request({}, 'application/problem+json, text/csv')).name).toBe('json');
    expect(rendererFor(request({})).name).toBe('json');
  });

  it('format=ndjson or Accept: application/x-ndjson chooses NDJSON; a longer media type does not', () => {
    expect(rendererFor(request({ format: 'ndjson' })).name).toBe('ndjson');
    expect(rendererFor(request({}, 'application/x-ndjson')).name).toBe('ndjson');
    expect(rendererFor(request({}, 'application/x-ndjson-seq')).name).toBe('json');
    expect(rendererFor(request({}, 'application/json, application/x-ndjson')).name).toBe('json');
  });

  it('a new representation is a registration: its name and media type choose it', () => {
    registerRenderer({ name: 'tsv-test', accept: /\btext\/tab-separated-values\b/, render: (_q, reply) => reply });
    expect(rendererFor(request({ format: 'tsv-test' })).name).toBe('tsv-test');
    expect(rendererFor(request({}, 'text/tab-separated-values')).name).toBe('tsv-test');
    expect(() => registerRenderer({ name: 'csv', render: (_q, reply) => reply })).toThrow(/already registered/);
  });
});
