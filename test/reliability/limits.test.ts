/**
 * The limits that keep one client from costing the server more than a page of data: page size, search length
 * and words, URL length, rate limits, time limits; and what every browser-facing answer carries: security
 * headers, CORS, a Swagger UI whose own CSP lets it run.
 */
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, MAX_URL_LENGTH } from '../../src/app.js';
import { type Config, testConfig } from '../../src/config.js';
import { testApp } from '../helpers/app.js';
import { expectProblemDocument } from '../helpers/problem.js';

let app: FastifyInstance;
const extraApps: FastifyInstance[] = [];
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => {
  await app.close();
  for (const other of extraApps) await other.close();
});

async function appWith(overrides: Partial<Config>, beforeReady?: (app: FastifyInstance) => void): Promise<FastifyInstance> {
  const built = await buildApp(testConfig({ databasePath: inject('databasePath'), ...overrides }));
  beforeReady?.(built);
  await built.ready();
  extraApps.push(built);
  return built;
}

async function expect400(target: FastifyInstance, url: string, parameter?: string) {
  const response = await target.inject({ url });
  expect(response.statusCode, `${url.slice(0, 100)}: ${response.body.slice(0, 200)}`).toBe(400);
  const problem = expectProblemDocument(response, url.slice(0, 100));
  if (parameter) expect(problem.errors?.map((e) => e.parameter)).toContain(parameter);
  return problem;
}

describe('page size', () => {
  it('is 50 by default, 1 to 500 on request, and a 400 naming `limit` outside that', async () => {
    expect((await app.inject({ url: '/v1/statements' })).json().page.limit).toBe(50);
    const one = (await app.inject({ url: '/v1/statements?limit=1' })).json();
    expect([one.page.limit, one.data.length]).toEqual([1, 1]);
    expect((await app.inject({ url: '/v1/statements?limit=500' })).json().page.limit).toBe(500);
    for (const bad of ['0', '501', '-1', '1.5', 'ten', '', '99999999999999999999'])
      await expect400(app, `/v1/events?limit=${bad}`, 'limit');
  });

  it('follows PAGE_SIZE_DEFAULT and PAGE_SIZE_MAX, and says which limit it applied', async () => {
    const small = await appWith({ pageSize: { default: 3, max: 5 } });
    const page = (await small.inject({ url: '/v1/statements' })).json();
    expect([page.page.limit, page.data.length]).toEqual([3, 3]);
    const capped = (await small.inject({ url: '/v1/statements?limit=400' })).json();
    expect(capped.page.limit).toBe(5);
    expect(capped.data.length).toBe(5);
  });
});

describe('full-text search', () => {
  it('refuses a query longer than SEARCH_MAX_LENGTH or with more words than SEARCH_MAX_TERMS, naming `q`', async () => {
    const { maxLength, maxTerms } = testConfig().search;
    const words = (n: number) => Array.from({ length: n }, () => 'aleppo').join(' ');
    expect((await app.inject({ url: `/v1/statements?q=${encodeURIComponent(words(maxTerms))}` })).statusCode).toBe(200);
    const tooMany = await expect400(app, `/v1/statements?q=${encodeURIComponent(words(maxTerms + 1))}`, 'q');
    expect(tooMany.detail).toContain(`at most ${maxTerms}`);
    expect((await app.inject({ url: `/v1/sources?q=${'a'.repeat(maxLength)}` })).statusCode).toBe(200);
    const tooLong = await expect400(app, `/v1/sources?q=${'a'.repeat(maxLength + 1)}`, 'q');
    expect(tooLong.detail).toContain(String(maxLength));
  });

  it('counts characters, not bytes, and follows the configured bounds', async () => {
    const strict = await appWith({ search: { ...testConfig().search, maxLength: 12, maxTerms: 2 } });
    expect((await strict.inject({ url: `/v1/actors?q=${encodeURIComponent('é'.repeat(12))}` })).statusCode).toBe(200);
    await expect400(strict, `/v1/actors?q=${encodeURIComponent('é'.repeat(13))}`, 'q');
    expect((await strict.inject({ url: '/v1/actors?q=john%20kerry' })).json().data[0].id).toBe('john-kerry');
    await expect400(strict, '/v1/actors?q=john%20f%20kerry', 'q');
  });
});

describe('URL length', () => {
  it(`answers a URL longer than ${MAX_URL_LENGTH} characters with a 400 problem before any query runs`, async () => {
    const base = '/v1/statements?q=';
    const atLimit = `${base}${'a'.repeat(MAX_URL_LENGTH - base.length)}`;
    const overLimit = `${atLimit}a`;
    expect(atLimit.length).toBe(MAX_URL_LENGTH);
    // At the limit the URL itself is accepted: what is refused is the search (too long), by its own rule.
    expect((await expect400(app, atLimit, 'q')).detail).not.toContain('URL');
    const problem = await expect400(app, overLimit);
    expect(problem.detail).toContain(`longer than ${MAX_URL_LENGTH}`);
    const unknownRoute = await app.inject({ url: `/v1/${'x'.repeat(MAX_URL_LENGTH)}` });
    expect([400, 404]).toContain(unknownRoute.statusCode);
    expectProblemDocument(unknownRoute, 'long unknown route');
  });
});

describe('rate limiting', () => {
  it('answers the 4th request in the window with a 429 problem carrying Retry-After; probes are never limited', async () => {
    const limited = await appWith({ rateLimit: { enabled: true, max: 3, windowMs: 60_000 } });
    for (let i = 1; i <= 3; i += 1) {
      const response = await limited.inject({ url: '/v1/votes' });
      expect(response.statusCode, `request ${i}`).toBe(200);
      expect(response.headers['x-ratelimit-limit']).toBe('3');
      expect(response.headers['x-ratelimit-remaining']).toBe(String(3 - i));
    }
    const fourth = await limited.inject({ url: '/v1/votes' });
    expect(fourth.statusCode).toBe(429);
    const problem = expectProblemDocument(fourth, '4th request');
    expect(problem.type).toMatch(/rate-limited$/);
    expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
    expect(fourth.headers['cache-control']).toBe('no-store');
    // A 429 is not a 304 even with a matching tag, and another client is counted on its own.
    const other = await limited.inject({ url: '/v1/votes', remoteAddress: '203.0.113.9' });
    expect(other.statusCode).toBe(200);
    // Probes are exempt by their route config, whatever query string they carry.
    for (const probe of ['/healthz', '/readyz', '/healthz', '/readyz', '/readyz?from=monitor'])
      expect((await limited.inject({ url: probe })).statusCode, probe).toBe(200);
  });
});

describe('security headers', () => {
  it('are on every answer: data, CSV, problems, 404s', async () => {
    for (const url of [
      '/v1/statements?limit=1',
      '/v1/statements?format=csv&limit=1',
      '/v1/statements?bogus=1',
      '/v1/nowhere',
      '/openapi.json',
      '/healthz',
    ]) {
      const { headers } = await app.inject({ url });
      expect(headers['content-security-policy'], url).toMatch(/default-src 'self'/);
      expect(headers['content-security-policy'], url).toMatch(/frame-ancestors 'none'/);
      expect(headers['content-security-policy'], url).toMatch(/object-src 'none'/);
      expect(headers['x-content-type-options'], url).toBe('nosniff');
      expect(headers['x-frame-options'], url).toBeTruthy();
      expect(headers['referrer-policy'], url).toBe('no-referrer');
      expect(headers['strict-transport-security'], url).toMatch(/max-age=\d+/);
      expect(headers['cross-origin-resource-policy'], url).toBe('cross-origin');
      expect(headers['x-powered-by'], url).toBeUndefined();
      expect(headers['x-request-id'], url).toBeTruthy();
    }
  });
});

describe('CORS', () => {
  it('allows any origin by default (the data is public), and answers a preflight', async () => {
    const response = await app.inject({ url: '/v1/votes', headers: { origin: 'https://someone.example' } });
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(String(response.headers['access-control-expose-headers'])).toMatch(/ETag/i);
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/v1/votes',
      headers: { origin: 'https://someone.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(String(preflight.headers['access-control-allow-methods'])).toMatch(/GET/);
    expect(String(preflight.headers['access-control-allow-methods'])).not.toMatch(/POST|PUT|DELETE/);
  });

  it('with CORS_ORIGINS set, allows those origins and no other', async () => {
    const configured = await appWith({ corsOrigins: ['https://allowed.example', 'https://also.example'] });
    const allowed = await configured.inject({ url: '/v1/votes', headers: { origin: 'https://allowed.example' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://allowed.example');
    // The answer depends on Origin and on Accept, and is publicly cacheable: Vary must name both, on a 200 and
    // on a 304, or a shared cache hands one origin's answer to another (caching.ts used to overwrite Origin).
    expect(String(allowed.headers['cache-control'])).toMatch(/public/);
    expect(String(allowed.headers.vary)).toMatch(/\bOrigin\b/);
    expect(String(allowed.headers.vary)).toMatch(/\bAccept\b/);
    const revalidated = await configured.inject({
      url: '/v1/votes',
      headers: { origin: 'https://allowed.example', 'if-none-match': String(allowed.headers.etag) },
    });
    expect(revalidated.statusCode).toBe(304);
    expect(String(revalidated.headers.vary)).toMatch(/\bOrigin\b/);
    expect(String(revalidated.headers.vary)).toMatch(/\bAccept\b/);
    for (const origin of ['https://evil.example', 'https://allowed.example.evil.example', 'null']) {
      const refused = await configured.inject({ url: '/v1/votes', headers: { origin } });
      expect(refused.headers['access-control-allow-origin'], origin).toBeUndefined();
    }
  });
});

describe('Swagger UI at /docs', () => {
  it('is served with a CSP that lets its own scripts and styles load, and every asset it names answers', async () => {
    let response = await app.inject({ url: '/docs' });
    for (let hops = 0; response.statusCode >= 300 && response.statusCode < 400 && hops < 3; hops += 1) {
      response = await app.inject({ url: String(response.headers.location) });
    }
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(response.headers['content-security-policy']);
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `)) ?? '';
    expect(directive('script-src')).toContain("'self'");
    expect(directive('style-src')).toContain("'self'");
    expect(csp).not.toContain("'unsafe-eval'");

    const html = response.body;
    // No inline script (it would be blocked by script-src 'self'); every asset is same-origin.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      expect(asset, asset).not.toMatch(/^(?:https?:)?\/\//);
      const url = new URL(asset, 'http://localhost/docs/').pathname;
      expect((await app.inject({ url })).statusCode, url).toBe(200);
    }
    // The static index redirects into the UI; the UI loads the document from the same origin.
    const index = await app.inject({ url: '/docs/static/index.html' });
    expect([200, 302]).toContain(index.statusCode);
    const initializer = await app.inject({ url: '/docs/static/swagger-initializer.js' });
    expect(initializer.statusCode).toBe(200);
    const specUrl = /url:\s*resolveUrl\('([^']+)'\)|url:\s*'([^']+)'/.exec(initializer.body);
    const spec = specUrl?.[1] ?? specUrl?.[2] ?? './json';
    expect((await app.inject({ url: new URL(spec, 'http://localhost/docs/').pathname })).statusCode).toBe(200);
  });
});

describe('time limits', () => {
  it('REQUEST_TIMEOUT_MS bounds the handler, the request and the idle connection', async () => {
    const configured = await appWith({ requestTimeoutMs: 1234 });
    // Node's own server enforces these: the whole request must arrive in time, an idle socket is closed.
    expect(configured.server.requestTimeout).toBe(1234);
    expect(configured.server.timeout).toBe(2468);
  });

  it('a handler that overruns the limit is answered 503 problem, on time', async () => {
    const quick = await appWith({ requestTimeoutMs: 100 }, (target) => {
      target.get('/slow-for-test', async () => {
        await new Promise((resolve) => setTimeout(resolve, 2000));
        return { late: true };
      });
    });
    const started = performance.now();
    const response = await quick.inject({ url: '/slow-for-test' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(response.statusCode).toBe(503);
    expect(expectProblemDocument(response, 'slow handler').type).toMatch(/request-timeout$/);
  });

  it('a client that connects and sends nothing is disconnected', async () => {
    const quick = await appWith({ requestTimeoutMs: 100 });
    await quick.listen({ port: 0, host: '127.0.0.1' });
    const address = quick.server.address();
    if (!address || typeof address !== 'object') throw new Error('not listening');
    const started = performance.now();
    const closedAfter = await new Promise<number>((resolve, reject) => {
      const socket = connect(address.port, '127.0.0.1', () => socket.write('GET /v1/statements HTTP/1.1\r\nHost: x\r\n'));
      socket.on('error', () => {});
      socket.on('close', () => resolve(performance.now() - started));
      setTimeout(() => reject(new Error('the idle connection was still open after 3 s')), 3000);
    });
    // connectionTimeout is twice REQUEST_TIMEOUT_MS: 200 ms of silence closes the socket.
    expect(closedAfter).toBeGreaterThanOrEqual(150);
    expect(closedAfter).toBeLessThan(2000);
  });
});
