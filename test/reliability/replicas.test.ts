/**
 * Replicas: two server processes on the same database file, as behind a load balancer, are one service. A client
 * may land on either for any request, so both must give the same bytes and the same ETag for every URL, a
 * conditional request validated by one must be honoured by the other, and a cursor handed out by one must page
 * on the other exactly as on the first.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { collect, type Finished, TSX } from './support.js';

interface Replica {
  child: ChildProcess;
  base: string;
  finished: Promise<Finished>;
}

/** The real entry point on port 0, as an orchestrator would start it; resolves once it says where it listens. */
function startReplica(databasePath: string): Promise<Replica> {
  const child = spawn(process.execPath, [...TSX, join(PROJECT_ROOT, 'src/server.ts')], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH,
      DATABASE_PATH: databasePath,
      SEED_IF_MISSING: 'false',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const finished = collect(child, performance.now(), 120_000);
  finished.catch(() => {});
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no listening line: ${seen}`)), 40_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve({ child, base: match[1] as string, finished });
      }
    });
  });
}

/**
 * Status, the headers a client or a cache acts on, and the body. Per-request values differ by design and are left
 * out: the date and request id headers, and a problem document's `request_id` (which names the request, not the
 * answer); the rest of a problem document must still match.
 */
async function answer(base: string, url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${url}`, { headers });
  const type = response.headers.get('content-type');
  let body = Buffer.from(await response.arrayBuffer()).toString('base64');
  if (type?.startsWith('application/problem+json')) {
    const { request_id: requestId, ...problem } = JSON.parse(Buffer.from(body, 'base64').toString()) as Record<string, unknown>;
    expect(requestId, url).toEqual(expect.any(String));
    body = JSON.stringify(problem);
  }
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    type,
    cacheControl: response.headers.get('cache-control'),
    body,
  };
}

const URLS = [
  '/v1/statements',
  '/v1/statements?speaker=sergei-lavrov',
  '/v1/statements?q=moral%20majority',
  '/v1/statements?q=aleppo&limit=3',
  '/v1/events?sort=-date',
  '/v1/events/2016-12-05-sc-veto-aleppo',
  '/v1/votes?vetoed_by=china',
  '/v1/votes/2016-12-05-sc-aleppo-ceasefire-draft',
  '/v1/figures?category=humanitarian&format=csv',
  '/v1/actors?q=lav',
  '/v1/locations',
  '/v1/sources',
  '/v1/statements?speaker=lavrov',
  '/v1/nowhere',
  '/openapi.json',
];

describe('two server processes on one database file', () => {
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    const path = inject('databasePath');
    [a, b] = await Promise.all([startReplica(path), startReplica(path)]);
  }, 60_000);

  afterAll(async () => {
    for (const r of [a, b]) r?.child.kill('SIGTERM');
    await Promise.allSettled([a?.finished, b?.finished]);
  });

  it('answer every URL with the same status, bytes, ETag and cache headers (errors included)', async () => {
    for (const url of URLS) {
      const [fromA, fromB] = await Promise.all([answer(a.base, url), answer(b.base, url)]);
      expect(fromB, url).toEqual(fromA);
      if (fromA.status === 200 && !url.startsWith('/openapi')) expect(fromA.etag, url).toBeTruthy();
    }
    // A real 200 and a real 400 and 404 were among them: the comparison is not of three identical errors.
    const statuses = new Set(await Promise.all(URLS.map(async (url) => (await answer(a.base, url)).status)));
    expect(statuses).toEqual(new Set([200, 400, 404]));
  });

  it("honour each other's ETags: If-None-Match from one is a 304 on the other", async () => {
    const first = await answer(a.base, '/v1/statements?speaker=sergei-lavrov');
    const revalidated = await answer(b.base, '/v1/statements?speaker=sergei-lavrov', { 'if-none-match': first.etag as string });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe('');
  });

  it('page with cursors from either: alternating replicas walks the whole list, in order, as one replica does', async () => {
    const all = (await (await fetch(`${a.base}/v1/statements?limit=500`)).json()) as { data: { id: string }[] };
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const base = pages % 2 === 0 ? a.base : b.base;
      const response = await fetch(`${base}/v1/statements?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as { data: { id: string }[]; page: { next_cursor: string | null } };
      seen.push(...page.data.map((s) => s.id));
      cursor = page.page.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThan(2);
    expect(seen).toEqual(all.data.map((s) => s.id));
  });
});
