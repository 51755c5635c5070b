/**
 * NDJSON on every list: every matching record, one JSON object a line, each exactly the record the JSON list
 * gives, in the same order; streamed, never paged, never kept in the response cache.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordLines, recordSerializer, serializedPages } from '../../src/http/ndjson.js';
import { StatementList } from '../../src/schemas/statement.js';
import { type Page, testApp } from '../helpers/app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

/** Every record of a list through its JSON pages, following next_cursor as a client would. */
async function allPages(path: string): Promise<unknown[]> {
  const records: unknown[] = [];
  let cursor: string | null = null;
  do {
    const url = new URL(path, 'http://localhost');
    url.searchParams.set('limit', '7');
    if (cursor) url.searchParams.set('cursor', cursor);
    const response = await app.inject({ url: `${url.pathname}${url.search}` });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<Page<unknown>>();
    records.push(...page.data);
    cursor = page.page.next_cursor;
  } while (cursor);
  return records;
}

const lines = (body: string) => body.split('\n').filter((line, i, all) => line !== '' || i < all.length - 1);

const LISTS = [
  '/v1/events',
  '/v1/events?type=veto,un_vote',
  '/v1/events?within=aleppo&sort=-date',
  '/v1/statements',
  '/v1/statements?speaker=sergei-lavrov',
  '/v1/statements?q=aleppo',
  '/v1/statements?kind=direct,partial&from=2016-12-01',
  '/v1/votes',
  '/v1/votes?vetoed_by=china',
  '/v1/figures?category=humanitarian',
  '/v1/figures?min_value=1000&sort=-date',
  '/v1/quantities',
  '/v1/timeline?include=statements',
  '/v1/actors',
  '/v1/actors?kind=person',
  '/v1/locations',
  '/v1/sources',
];

describe('format=ndjson', () => {
  for (const path of LISTS) {
    it(`${path}: one line per record, each the record of the JSON pages, in their order`, async () => {
      const expected = await allPages(path);
      const response = await app.inject({ url: `${path}${path.includes('?') ? '&' : '?'}format=ndjson` });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
      expect(response.body.endsWith('\n') || response.body === '').toBe(true);
      const got = lines(response.body).map((line) => JSON.parse(line));
      expect(got).toEqual(expected);
    });
  }

  it('counts every statement, and every line is a complete record with its evidence', async () => {
    const response = await app.inject({ url: '/v1/statements?format=ndjson' });
    const records = lines(response.body).map((line) => JSON.parse(line) as { id: string; evidence: { quote: string }[] });
    expect(records.length).toBe(app.ledger.counts.statements);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const rycroft = records.find((r) => r.id === 'rycroft-2016-12-09-too-little-too-late');
    expect(rycroft?.evidence.map((e) => e.quote)).toContain(
      'But what I hope that it will do is to demonstrate that there is a moral majority here,',
    );
  });

  it('Accept: application/x-ndjson chooses it too; limit does not cut it', async () => {
    const response = await app.inject({ url: '/v1/votes?limit=1', headers: { accept: 'application/x-ndjson' } });
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(lines(response.body)).toHaveLength(app.ledger.counts.votes as number);
  });

  it('a cursor starts it where that page would start', async () => {
    const first = (await app.inject({ url: '/v1/statements?limit=10' })).json<Page<{ id: string }>>();
    const all = lines((await app.inject({ url: '/v1/statements?format=ndjson' })).body).map((l) => JSON.parse(l) as { id: string });
    const rest = lines(
      (await app.inject({ url: `/v1/statements?format=ndjson&cursor=${encodeURIComponent(first.page.next_cursor ?? '')}` })).body,
    ).map((l) => JSON.parse(l) as { id: string });
    expect(rest.map((r) => r.id)).toEqual(all.slice(10).map((r) => r.id));
  });

  it('a bad cursor or filter is still a 400 problem, not a broken stream', async () => {
    const badCursor = await app.inject({ url: '/v1/statements?format=ndjson&cursor=not-a-cursor' });
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.headers['content-type']).toMatch(/^application\/problem\+json/);
    const badFilter = await app.inject({ url: '/v1/statements?format=ndjson&speaker=lavrov' });
    expect(badFilter.statusCode).toBe(400);
    expect(badFilter.json().errors[0].parameter).toBe('speaker');
  });

  it('carries an ETag (a 304 on revalidation) but is never kept in the response cache', async () => {
    const url = '/v1/events?format=ndjson';
    const first = await app.inject({ url });
    const second = await app.inject({ url });
    expect(second.headers['x-cache']).toBe('miss');
    expect(second.body).toBe(first.body);
    expect(first.headers.etag).toBeDefined();
    expect(first.headers.etag).not.toBe((await app.inject({ url: '/v1/events' })).headers.etag);
    const revalidated = await app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(revalidated.statusCode).toBe(304);
  });

  it('walks page after page: small steps give the same lines as one big page', async () => {
    const serialize = recordSerializer(StatementList);
    const pages = (limit: number, cursor: string | undefined) => app.repos.statements.list({}, 'date', limit, cursor);
    const serialized = serializedPages(pages, StatementList);
    let stepped = '';
    for await (const chunk of recordLines(await serialized(3, undefined), serialized, 3)) stepped += chunk;
    const whole = pages(500, undefined);
    expect(whole.nextCursor).toBeNull();
    expect(stepped).toBe(whole.rows.map((row) => `${serialize(row)}\n`).join(''));
    expect(lines(stepped).length).toBeGreaterThan(6);
  });
});
