import { describe, expect, it } from 'vitest';
import { testApp, useTestApp } from '../helpers/app.js';

const app = useTestApp();

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

  it('health probes are never cached, whatever query string they carry', async () => {
    for (const url of ['/readyz', '/readyz?from=monitor', '/readyz?from=monitor', '/healthz?x=1']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-store');
      expect(response.headers['x-cache'], url).toBeUndefined();
      expect(response.headers.etag, url).toBeTruthy();
    }
  });
});

describe('response cache', () => {
  it('a repeated URL is answered from memory with the same bytes and headers as the first answer', async () => {
    const url = '/v1/statements?speaker=sergei-lavrov&limit=3';
    const first = await app.inject({ url });
    const second = await app.inject({ url });
    expect(first.headers['x-cache']).toBe('miss');
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    for (const header of ['content-type', 'etag', 'cache-control', 'vary', 'x-content-type-options'])
      expect(second.headers[header], header).toBe(first.headers[header]);
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
  });

  it('keeps CSV and JSON of one URL apart, and a CSV page keeps its Link to the next page', async () => {
    const url = '/v1/statements?limit=2&sort=-date';
    const json = await app.inject({ url });
    const csv = await app.inject({ url, headers: { accept: 'text/csv' } });
    const csvAgain = await app.inject({ url, headers: { accept: 'text/csv' } });
    const jsonAgain = await app.inject({ url });
    expect(csvAgain.headers['x-cache']).toBe('hit');
    expect(jsonAgain.headers['x-cache']).toBe('hit');
    expect(csvAgain.headers['content-type']).toMatch(/^text\/csv/);
    expect(csvAgain.body).toBe(csv.body);
    expect(csvAgain.headers.link).toBe(csv.headers.link);
    expect(csvAgain.headers.link).toMatch(/rel="next"$/);
    expect(jsonAgain.body).toBe(json.body);
  });

  it('never keeps an error: a bad request is checked again every time', async () => {
    for (let i = 0; i < 2; i += 1) {
      const response = await app.inject({ url: '/v1/statements?limit=0' });
      expect(response.statusCode).toBe(400);
      expect(response.headers['x-cache']).not.toBe('hit');
    }
    for (let i = 0; i < 2; i += 1) expect((await app.inject({ url: '/v1/events/no-such-event' })).statusCode).toBe(404);
  });

  it('a cached answer still counts against the rate limit', async () => {
    const limited = await testApp({ rateLimit: { enabled: true, max: 2, windowMs: 60_000 } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) {
        const response = await limited.inject({ url: '/v1/votes' });
        statuses.push(`${response.statusCode} ${response.headers['x-cache'] ?? ''}`.trim());
      }
      expect(statuses).toEqual(['200 miss', '200 hit', '429']);
    } finally {
      await limited.close();
    }
  });

  it('RESPONSE_CACHE_MB=0 turns it off', async () => {
    const uncached = await testApp({ responseCacheBytes: 0 });
    try {
      await uncached.inject({ url: '/v1/votes' });
      const again = await uncached.inject({ url: '/v1/votes' });
      expect(again.statusCode).toBe(200);
      expect(again.headers['x-cache']).toBeUndefined();
      expect(uncached.responseCache.size.entries).toBe(0);
    } finally {
      await uncached.close();
    }
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
