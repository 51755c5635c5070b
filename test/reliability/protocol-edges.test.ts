/**
 * Faults found by the fuzz, each pinned by a test that failed before its fix:
 * - `If-None-Match: *` was answered 304 before routing, so a 400 (bad parameter, URL too long) or a 404
 *   (unknown id) came back as "not modified" (RFC 9110 13.2.1: preconditions are ignored unless the answer
 *   would be a 2xx).
 * - A malformed %-escape in the path, or a path segment over the router's limit, was refused by Fastify with its
 *   own plain JSON, not a problem document.
 */
import { describe, expect, it } from 'vitest';
import { MAX_URL_LENGTH } from '../../src/app.js';
import { useTestApp } from '../helpers/app.js';
import { expectProblemDocument } from '../helpers/problem.js';

const app = useTestApp();

describe('If-None-Match: *', () => {
  it('never turns a 404 or a 400 into a 304', async () => {
    const cases = [
      ['/v1/statements/no-such-statement', 404],
      ['/v1/events/no-such-event', 404],
      ['/v1/nothing-here', 404],
      ['/v1/statements?speakr=sergei-lavrov', 400],
      ['/v1/votes?body=security-council', 400],
      [`/v1/statements?q=${'a'.repeat(MAX_URL_LENGTH)}`, 400],
    ] as const;
    for (const [url, status] of cases) {
      for (const method of ['GET', 'HEAD'] as const) {
        const response = await app.inject({ method, url, headers: { 'if-none-match': '*' } });
        expect(response.statusCode, `${method} ${url.slice(0, 80)}`).toBe(status);
        if (method === 'GET') expectProblemDocument(response, url.slice(0, 80));
      }
    }
  });

  it('on a list that answers is never an error, GET or HEAD', async () => {
    for (const method of ['GET', 'HEAD'] as const) {
      const response = await app.inject({ method, url: '/v1/votes?vetoed_by=china', headers: { 'if-none-match': '*' } });
      expect([200, 304], method).toContain(response.statusCode);
      expect(response.headers.etag).toBeTruthy();
    }
  });
});

describe('faults the router finds before any route runs', () => {
  it('a malformed %-escape in the path is a 400 problem document', async () => {
    for (const url of ['/v1/actors/%ZZ', '/v1/statements/%E0%A4%A', '/v1/%ZZ/x', '/%ff%']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(400);
      const problem = expectProblemDocument(response, url);
      expect(problem.detail).toMatch(/URL path/);
      expect(problem.instance).toBe(url);
    }
  });

  it('a path segment too long for the router is a 400 problem document, like any malformed id', async () => {
    for (const length of [129, 200, 201, 3000]) {
      const url = `/v1/actors/${'a'.repeat(length)}`;
      const response = await app.inject({ url });
      expect(response.statusCode, `id of ${length} characters`).toBe(400);
      expectProblemDocument(response, `id of ${length} characters`);
    }
  });
});
