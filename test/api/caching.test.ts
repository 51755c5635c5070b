import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

describe('HTTP caching', () => {
  it('every GET carries an ETag and Cache-Control, and If-None-Match answers 304 with no body', async () => {
    const first = await app.inject({ url: '/v1/votes?vetoed_by=china' });
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const second = await app.inject({ url: '/v1/votes?vetoed_by=china', headers: { 'if-none-match': etag } });
    expect(second.statusCode).toBe(304);
    expect(second.body).toBe('');
    expect(second.headers.etag).toBe(etag);
  });

  it('the ETag depends on the representation and the URL', async () => {
    const json = await app.inject({ url: '/v1/statements?limit=1' });
    const csv = await app.inject({ url: '/v1/statements?limit=1', headers: { accept: 'text/csv' } });
    const other = await app.inject({ url: '/v1/statements?limit=2' });
    expect(new Set([json.headers.etag, csv.headers.etag, other.headers.etag]).size).toBe(3);
    expect(csv.headers.vary).toContain('Accept');
  });

  it('the ETag follows the representation actually sent, even when Accept lists JSON before CSV', async () => {
    const mixed = await app.inject({ url: '/v1/statements?limit=1', headers: { accept: 'application/json, text/csv' } });
    const json = await app.inject({ url: '/v1/statements?limit=1' });
    const csv = await app.inject({ url: '/v1/statements?limit=1', headers: { accept: 'text/csv' } });
    expect(mixed.headers['content-type']).toMatch(/^application\/json/);
    expect(mixed.headers.etag).toBe(json.headers.etag);
    // A client holding that JSON must not get a 304 for a CSV request.
    const revalidated = await app.inject({
      url: '/v1/statements?limit=1',
      headers: { accept: 'text/csv', 'if-none-match': String(mixed.headers.etag) },
    });
    expect(revalidated.statusCode).toBe(200);
    expect(revalidated.body).toBe(csv.body);
  });

  it('health probes are never cached', async () => {
    const response = await app.inject({ url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBeTruthy();
  });
});

describe('CSV', () => {
  it('every list answers RFC 4180 CSV for format=csv or Accept: text/csv, with flattened columns', async () => {
    for (const path of ['/v1/statements', '/v1/events', '/v1/votes', '/v1/figures', '/v1/actors', '/v1/locations', '/v1/sources']) {
      const byParam = await app.inject({ url: `${path}?format=csv` });
      const byAccept = await app.inject({ url: path, headers: { accept: 'text/csv' } });
      expect(byParam.statusCode, path).toBe(200);
      expect(byParam.headers['content-type']).toMatch(/^text\/csv/);
      expect(byAccept.body).toBe(byParam.body);
      const [header] = byParam.body.split('\r\n');
      expect(header?.split(',')[0], path).toBe('id');
    }
    const statements = await app.inject({ url: '/v1/statements?format=csv&speaker=matthew-rycroft' });
    const header = statements.body.split('\r\n')[0]?.split(',') ?? [];
    expect(header).toEqual(expect.arrayContaining(['speaker.id', 'speaker.name', 'evidence.quotes', 'evidence.source_ids']));
    expect(statements.body).toContain('matthew-rycroft');
  });

  it('every page of a list has the same header, from the schema, even an empty page', async () => {
    const full = await app.inject({ url: '/v1/votes?format=csv&limit=500' });
    const empty = await app.inject({ url: '/v1/votes?format=csv&member=venezuela&position=yes' });
    const [fullHeader, ...rows] = full.body.trimEnd().split('\r\n');
    expect(empty.body.trimEnd()).toBe(fullHeader);
    expect(fullHeader?.split(',')).toEqual(
      expect.arrayContaining(['positions.member', 'positions.position', 'positions.veto', 'vetoed_by.id', 'tally.yes']),
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const dec5 = rows.find((row) => row.startsWith('2016-12-05-sc-aleppo-ceasefire-draft,'));
    // vetoed_by.id holds both vetoing members, joined by "|".
    expect(dec5).toMatch(/,(russia\|china|china\|russia),/);
  });

  it('a CSV page links to the next one', async () => {
    const response = await app.inject({ url: '/v1/statements?format=csv&limit=1' });
    expect(response.headers.link).toMatch(/^<\/v1\/statements\?format=csv&limit=1&cursor=[^>]+>; rel="next"$/);
  });
});
