/**
 * Walks every route in the served OpenAPI document: the success envelope, the problem shape, the headers, the
 * fields the contract names, and the documented examples (a newcomer trying them in /docs gets real answers).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.js';
import { expectProblemDocument, type InjectedResponse } from '../helpers/problem.js';

interface Parameter {
  name: string;
  in: string;
  example?: unknown;
  schema?: { example?: unknown; items?: { enum?: string[] } };
}
type Operations = Record<string, { parameters?: Parameter[]; responses?: Record<string, unknown> }>;

// The fields the public contract (README's API section and the OpenAPI document) promises, per resource (more are welcome).
const CONTRACT_FIELDS: Record<string, string[]> = {
  sources: ['id', 'title', 'publisher', 'outlet', 'url', 'published_on', 'published_basis', 'language', 'word_count'],
  actors: ['id', 'name', 'kind', 'aliases', 'country_code'],
  locations: ['id', 'name', 'kind', 'parent_id', 'country_code'],
  events: ['id', 'type', 'title', 'summary', 'date_start', 'date_end', 'date_precision', 'date_basis', 'location', 'actors', 'evidence'],
  statements: ['id', 'speaker', 'speaker_role', 'text', 'kind', 'said_on', 'said_precision', 'said_basis', 'place', 'event_id', 'evidence'],
  votes: [
    'id',
    'body',
    'voted_on',
    'voted_precision',
    'voted_basis',
    'subject',
    'sponsors',
    'outcome',
    'binding',
    'vetoed_by',
    'tally',
    'tally_basis',
    'positions',
    'event_id',
    'evidence',
  ],
  figures: [
    'id',
    'metric',
    'category',
    'value',
    'low',
    'high',
    'qualifier',
    'raw_text',
    'unit',
    'location',
    'as_of',
    'as_of_precision',
    'as_of_basis',
    'claimed_by',
    'evidence',
  ],
  quantities: ['id', 'metric', 'category', 'subject', 'location', 'period', 'note', 'claims', 'envelope', 'consistent'],
  timeline: ['date', 'date_end', 'precision', 'basis', 'kind', 'id', 'type', 'title', 'summary', 'actors', 'source_ids'],
};

// Contract 1.1: each claim of a quantity.
const CLAIM_FIELDS = ['figure_id', 'value', 'low', 'high', 'qualifier', 'raw_text', 'as_of', 'claimed_by', 'source_ids', 'evidence'];

let app: FastifyInstance;
let paths: Record<string, Operations>;
const texts = new Map<string, string>();

beforeAll(async () => {
  app = await testApp();
  paths = (await app.inject({ url: '/openapi.json' })).json().paths;
  for (const source of (await app.inject({ url: '/v1/sources?limit=500' })).json().data as { id: string }[]) {
    texts.set(source.id, (await app.inject({ url: `/v1/sources/${source.id}` })).json().text);
  }
});
afterAll(() => app.close());

const exampleOf = (p: Parameter) => p.example ?? p.schema?.example;

interface Facet {
  name: string;
  buckets: { value: unknown; count: number }[];
  truncated: boolean;
}
/** Facets with one value per record (null included): their counts add up to the records counted. */
const SINGLE_VALUED = new Set(['type', 'kind', 'month', 'year', 'metric', 'category', 'body', 'outcome', 'consistent', 'parent']);

type Spans = { source_id: string; start: number; end: number; quote: string }[];
function expectEvidenceIsExact(record: { evidence?: Spans; claims?: { evidence: Spans }[] }, where: string) {
  for (const [index, claim] of (record.claims ?? []).entries()) {
    for (const field of CLAIM_FIELDS) expect(claim, `${where} claims[${index}] field ${field}`).toHaveProperty(field);
    expectEvidenceIsExact(claim, `${where} claims[${index}]`);
  }
  if (!record.evidence) return;
  expect(record.evidence.length, `${where} has evidence`).toBeGreaterThan(0);
  for (const span of record.evidence) expect(texts.get(span.source_id)?.slice(span.start, span.end), where).toBe(span.quote);
}

function expectProblem(response: InjectedResponse, status: number, url: string) {
  expectProblemDocument(response, url, { status, instance: url.split('?')[0] });
}

/** The record lists: `{data, page}` JSON. (/v1/annotations pages evidence spans as JSON-LD; web-annotations.test.ts walks it.) Bulk downloads under
 * /v1/export/ are not lists: exports.test.ts checks them. */
const recordLists = () =>
  Object.keys(paths).filter(
    (p) =>
      p.startsWith('/v1/') &&
      !p.startsWith('/v1/export/') &&
      !p.includes('{') &&
      JSON.stringify(paths[p]?.get?.responses?.['200'] ?? {}).includes('"application/json"'),
  );

describe('every route in the OpenAPI document', () => {
  it('lists the resources the contract names', () => {
    for (const resource of Object.keys(CONTRACT_FIELDS)) expect(Object.keys(paths)).toContain(`/v1/${resource}`);
  });

  it('lists answer the envelope with the contract fields, exact evidence, and caching headers', async () => {
    for (const path of recordLists()) {
      const response = await app.inject({ url: path });
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers.etag, path).toBeTruthy();
      expect(response.headers['cache-control'], path).toBeTruthy();
      expect(response.headers['x-request-id'], path).toBeTruthy();
      const body = response.json();
      expect(Object.keys(body).sort(), path).toEqual(['data', 'page']);
      expect(body.page.limit).toBe(50);
      expect(body.page.next_cursor === null || typeof body.page.next_cursor === 'string').toBe(true);
      expect(body.data.length, `${path} has data`).toBeGreaterThan(0);
      const resource = path.split('/')[2] as string;
      for (const record of body.data) {
        for (const field of CONTRACT_FIELDS[resource] ?? [])
          expect(record, `${path} record ${record.id} field ${field}`).toHaveProperty(field);
        expectEvidenceIsExact(record, `${path} ${record.id}`);
      }
    }
  });

  it('every documented example of a list parameter gives a real, non-empty answer', async () => {
    for (const [path, operations] of Object.entries(paths).filter(([p]) => recordLists().includes(p))) {
      for (const parameter of operations.get?.parameters ?? []) {
        const example = exampleOf(parameter);
        if (parameter.in !== 'query' || example === undefined || ['cursor', 'format', 'limit'].includes(parameter.name)) continue;
        const url = `${path}?${parameter.name}=${encodeURIComponent(String(example))}`;
        const response = await app.inject({ url });
        expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
        expect(response.json().data.length, `${url} returns records`).toBeGreaterThan(0);
      }
    }
  });

  it('every list documents facets (contract 1.1) and answers all of them at once, each adding up to its records', async () => {
    for (const path of recordLists()) {
      const names = paths[path]?.get?.parameters?.find((p) => p.name === 'facets')?.schema?.items?.enum ?? [];
      expect(names.length, `${path} documents its facet names`).toBeGreaterThan(0);
      const url = `${path}?facets=${names.join(',')}&facet_size=500&limit=500`;
      const response = await app.inject({ url });
      expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
      const body = response.json() as { data: unknown[]; page: { next_cursor: string | null }; facets: Facet[] };
      expect(
        body.facets.map((f) => f.name),
        url,
      ).toEqual(names);
      for (const facet of body.facets) {
        expect(facet.truncated, `${url} ${facet.name}`).toBe(false);
        for (const bucket of facet.buckets) expect(Number.isInteger(bucket.count) && bucket.count > 0, `${url} ${facet.name}`).toBe(true);
        // A single-valued facet's buckets add up to the records (the whole list fits in one page of the real ledger).
        if (body.page.next_cursor === null && SINGLE_VALUED.has(facet.name))
          expect(
            facet.buckets.reduce((sum, b) => sum + b.count, 0),
            `${url} ${facet.name}`,
          ).toBe(body.data.length);
      }
    }
  });

  it('lists refuse an unknown parameter with a problem naming it', async () => {
    for (const path of Object.keys(paths).filter((p) => p.startsWith('/v1/') && !p.includes('{'))) {
      const url = `${path}?no_such_filter=1`;
      const response = await app.inject({ url });
      expectProblem(response, 400, url);
      expect(response.json().errors).toContainEqual({ parameter: 'no_such_filter', reason: expect.any(String) });
    }
  });

  it('single views answer their example id with the record, and an unknown id with a 404 problem', async () => {
    for (const [path, operations] of Object.entries(paths).filter(([p]) => p.includes('{id}'))) {
      const idParameter = operations.get?.parameters?.find((p) => p.in === 'path');
      const example = String(exampleOf(idParameter as Parameter));
      const response = await app.inject({ url: path.replace('{id}', example) });
      expect(response.statusCode, path).toBe(200);
      const record = response.json();
      expect(record.id).toBe(example);
      const resource = path.split('/')[2] as string;
      for (const field of CONTRACT_FIELDS[resource] ?? []) expect(record, `${path} field ${field}`).toHaveProperty(field);
      expectEvidenceIsExact(record, path);
      const missing = path.replace('{id}', 'no-such-record');
      expectProblem(await app.inject({ url: missing }), 404, missing);
    }
  });
});
