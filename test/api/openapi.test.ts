import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/paths.js';
import { openapiYaml } from '../../src/plugins/openapi-transform.js';
import { testApp } from '../helpers/app.js';

interface Parameter {
  name: string;
  in: string;
  style?: string;
  explode?: boolean;
  description?: string;
  example?: unknown;
  schema?: { type?: string; example?: unknown; default?: unknown; maxLength?: number };
}
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  responses?: Record<string, unknown>;
}

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

  it('is exactly what openapi.yaml in the repository says, byte for byte (run `npm run openapi` after changing a route)', () => {
    // Bytes, not the parsed document: a component moved or a key reordered is a diff a reviewer sees, so it fails here.
    expect(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8')).toBe(openapiYaml(served));
  });

  it('is served as YAML at /openapi.yaml, the same bytes as the committed openapi.yaml, and lists neither path', async () => {
    // The repository ships openapi.yaml, so that is the path a user tries first.
    const response = await app.inject({ url: '/openapi.yaml' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/yaml/);
    expect(response.body).toBe(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8'));
    const paths = Object.keys(served.paths as object);
    expect(paths).not.toContain('/openapi.yaml');
    expect(paths).not.toContain('/openapi.json');
  });

  it('lists its component schemas by name, whatever order the modules that define them loaded in', () => {
    const names = Object.keys((served.components as { schemas: object }).schemas);
    expect(names.length).toBeGreaterThan(40);
    expect(names).toEqual([...names].sort());
  });

  it('reads the same in a YAML 1.1 reader (PyYAML, SnakeYAML, js-yaml): no yes/no booleans, no dates', () => {
    // A 1.1 reader turns a bare `no` into false and a bare 2016-12-05 into a date; JSON has neither.
    const committed = parse(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8'), { version: '1.1' });
    expect(JSON.parse(JSON.stringify(committed))).toEqual(served);
    expect(committed).toEqual(served);
  });

  const operations = () =>
    Object.entries(served.paths as Record<string, Record<string, Operation>>).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => ({ path, method, operation })),
    );

  it('names every operation with a unique operationId (listEvents, getEvent)', () => {
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['listEvents', 'getEvent', 'listStatements', 'getStatement', 'listVotes', 'getVote']));
  });

  it('keeps in components only the schemas some operation uses', () => {
    const text = JSON.stringify(served.paths);
    const schemas = (served.components as { schemas: Record<string, unknown> }).schemas;
    const reached = new Set<string>();
    const pending = [...text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] as string);
    while (pending.length > 0) {
      const name = pending.pop() as string;
      if (reached.has(name)) continue;
      reached.add(name);
      pending.push(...[...JSON.stringify(schemas[name]).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] as string));
    }
    expect(Object.keys(schemas).sort()).toEqual([...reached].sort());
    expect(Object.keys(schemas).filter((name) => name.endsWith('Input'))).toEqual([]);
  });

  it('types enum filters as comma-separated arrays of the enum, numbers as numbers, and declares defaults', () => {
    const listVotes = operations().find(({ operation }) => operation.operationId === 'listVotes')?.operation;
    const position = listVotes?.parameters?.find((p) => p.name === 'position');
    expect(position).toMatchObject({ style: 'form', explode: false, schema: { type: 'array', items: { enum: ['yes', 'no', 'abstain'] } } });
    const listFigures = operations().find(({ operation }) => operation.operationId === 'listFigures')?.operation;
    expect(listFigures?.parameters?.find((p) => p.name === 'min_value')?.schema).toMatchObject({ type: 'number' });
    const byName = Object.fromEntries((listFigures?.parameters ?? []).map((p) => [p.name, p.schema]));
    expect(byName.limit).toMatchObject({ type: 'integer', default: 50, maximum: 500 });
    expect(byName.sort).toMatchObject({ default: 'date' });
    expect(byName.format).toMatchObject({ default: 'json' });
    for (const { operation } of operations()) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'query') continue;
        // A parameter that takes several comma-separated values is documented as an array, so generators type it.
        if (/comma-separated/.test(parameter.description ?? '')) {
          expect(parameter, `${operation.operationId} ${parameter.name}`).toMatchObject({
            style: 'form',
            explode: false,
            schema: { type: 'array' },
          });
        }
      }
    }
  });

  it('documents the headers every data answer carries', async () => {
    const headersOf = (operationId: string, status: string) =>
      Object.keys(
        (operations().find(({ operation }) => operation.operationId === operationId)?.operation.responses?.[status] as { headers?: object })
          ?.headers ?? {},
      );
    const headers = headersOf('getEvent', '200');
    expect(headers).toEqual(
      expect.arrayContaining(['ETag', 'Cache-Control', 'X-Request-Id', 'X-Cache', 'X-RateLimit-Limit', 'Access-Control-Allow-Origin']),
    );
    expect(headersOf('listEvents', '200')).toContain('Link');
    expect(headersOf('listEvents', '429')).toContain('Retry-After');
  });

  it('pre-fills examples and defaults that, run as Swagger UI runs them, return data on every list', async () => {
    const lists = operations().filter(({ path, operation }) => path.startsWith('/v1/') && operation.operationId?.startsWith('list'));
    expect(lists.length).toBeGreaterThanOrEqual(7);
    for (const { path, operation } of lists) {
      const query = new URLSearchParams();
      for (const parameter of operation.parameters ?? []) {
        // Swagger UI's order: the parameter's example, its schema's example, then its default.
        const value = parameter.example ?? parameter.schema?.example ?? parameter.schema?.default;
        if (value !== undefined) query.set(parameter.name, Array.isArray(value) ? value.join(',') : String(value));
      }
      const response = await app.inject({ url: `${path}?${query}` });
      expect(response.statusCode, `${path}?${query}`).toBe(200);
      // Lists answer `data`; the annotations' AnnotationPage (JSON-LD) calls its records `items`.
      const body = response.json();
      expect((body.data ?? body.items).length, `${path}?${query}`).toBeGreaterThan(0);
    }
  });

  it('refuses unknown query parameters on single views too, naming them', async () => {
    for (const url of [
      '/v1/events/2016-12-05-sc-veto-aleppo?format=csv',
      '/v1/sources/voa-2016-12-09-russia-resumes-bombings?limit=5',
      '/v1/votes/2016-12-05-sc-aleppo-ceasefire-draft?position=no',
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(400);
      const parameter = new URL(url, 'http://x').searchParams.keys().next().value;
      expect(response.json().errors, url).toEqual([{ parameter, reason: 'is not a parameter of this endpoint' }]);
    }
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
        let url = path;
        for (const parameter of operation.parameters ?? []) {
          expect(parameter.description, `${path} ${parameter.name}`).toBeTruthy();
          if (parameter.in === 'path') {
            const example = parameter.example ?? parameter.schema?.example;
            expect(example, `${path} {${parameter.name}} example`).toBeTruthy();
            url = url.replace(`{${parameter.name}}`, String(example));
          }
        }
        if (url !== path) {
          const response = await app.inject({ url });
          expect(response.statusCode, `${path} with its examples: ${url}`).toBe(200);
        }
      }
    }
  });
});
