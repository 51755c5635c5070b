import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/paths.js';
import { testApp } from '../helpers/app.js';

let app: FastifyInstance;
let served: Record<string, unknown>;
beforeAll(async () => {
  app = await testApp();
  served = (await app.inject({ url: '/openapi.json' })).json();
});
afterAll(() => app.close());

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(served as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(served.openapi).toBe('3.1.0');
  });

  it('is exactly what openapi.yaml in the repository says (run `npm run openapi` after changing a route)', () => {
    const committed = parse(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8'));
    expect(committed).toEqual(served);
  });

  it('documents every route with a summary, a description, tags and a response schema per status', () => {
    const paths = served.paths as Record<
      string,
      Record<string, { summary?: string; description?: string; tags?: string[]; responses?: Record<string, unknown> }>
    >;
    const expected = ['/v1/sources', '/v1/actors', '/v1/locations', '/v1/events', '/v1/statements', '/v1/votes', '/v1/figures'];
    for (const list of expected) {
      expect(Object.keys(paths)).toContain(list);
      expect(Object.keys(paths)).toContain(`${list}/{id}`);
    }
    for (const [path, operations] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.summary, `${where} summary`).toBeTruthy();
        expect(operation.description, `${where} description`).toBeTruthy();
        expect(operation.tags?.length, `${where} tags`).toBeGreaterThan(0);
        expect(Object.keys(operation.responses ?? {}), `${where} responses`).toContain('200');
        if (path.startsWith('/v1/'))
          expect(Object.keys(operation.responses ?? {}), `${where} responses`).toEqual(expect.arrayContaining(['400', '429', '500']));
        if (path.endsWith('{id}')) expect(Object.keys(operation.responses ?? {}), `${where} responses`).toContain('404');
      }
    }
  });

  it('gives every parameter a description, and every path id an example that exists in the data', async () => {
    const paths = served.paths as Record<
      string,
      Record<
        string,
        { parameters?: { name: string; in: string; description?: string; example?: unknown; schema?: { example?: unknown } }[] }
      >
    >;
    for (const [path, operations] of Object.entries(paths)) {
      for (const operation of Object.values(operations)) {
        for (const parameter of operation.parameters ?? []) {
          expect(parameter.description, `${path} ${parameter.name}`).toBeTruthy();
          if (parameter.in === 'path') {
            const example = parameter.example ?? parameter.schema?.example;
            expect(example, `${path} {${parameter.name}} example`).toBeTruthy();
            const response = await app.inject({ url: path.replace(`{${parameter.name}}`, String(example)) });
            expect(response.statusCode, `${path} with its example id ${String(example)}`).toBe(200);
          }
        }
      }
    }
  });
});
