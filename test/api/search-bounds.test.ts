/**
 * Search with bounded cost: full-text searches run on worker threads (the event loop keeps serving while one
 * runs), give the same bytes as when run inline, and relevance ranks at most SEARCH_RANK_WINDOW matches (the last
 * in the index), which changes nothing for a query matching fewer.
 */
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testConfig } from '../../src/config.js';
import { QueryPool } from '../../src/db/query-pool.js';
import { testApp } from '../helpers/app.js';

const buildIdOf = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT value FROM ledger_meta WHERE key = 'build_id'").get() as { value: string }).value;
  } finally {
    db.close();
  }
};

describe('the query pool', () => {
  it('runs a slow query while the event loop keeps turning, and returns its rows', async () => {
    const path = inject('databasePath');
    const pool = await QueryPool.open(path, buildIdOf(path), 1);
    try {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 2);
      const started = performance.now();
      const rows = await pool.all(
        'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) SELECT count(*), max(x) FROM c',
        [2_000_000],
      );
      const took = performance.now() - started;
      clearInterval(timer);
      expect(rows).toEqual([[2_000_000, 2_000_000]]);
      // Inline, this query would hold the loop for all of `took`: no timer could fire.
      expect(took).toBeGreaterThan(50);
      expect(ticks).toBeGreaterThan(5);
    } finally {
      await pool.close();
    }
  });

  it('reports an SQL error as a rejected query and keeps serving', async () => {
    const path = inject('databasePath');
    const pool = await QueryPool.open(path, buildIdOf(path), 1);
    try {
      await expect(pool.all('SELECT nope FROM statements', [])).rejects.toThrow(/no such column: nope/);
      expect(await pool.all('SELECT count(*) FROM statements', [])).toEqual([[expect.any(Number)]]);
    } finally {
      await pool.close();
    }
  });

  it('refuses to start on a file that holds another build than the server checked', async () => {
    await expect(QueryPool.open(inject('databasePath'), 'some-other-build', 1)).rejects.toThrow(/holds build .* not some-other-build/);
  });
});

const SEARCHES = [
  '/v1/statements?q=aleppo',
  '/v1/statements?q=aleppo&limit=2',
  '/v1/statements?q=aleppo&sort=date',
  '/v1/statements?q=aleppo&speaker=sergei-lavrov',
  '/v1/statements?q=moral%20majority',
  '/v1/events?q=veto',
  '/v1/votes?q=ceasefire',
  '/v1/figures?q=people',
  '/v1/sources?q=aleppo',
  '/v1/actors?q=lav',
  '/v1/locations?q=aleppo',
  '/v1/statements?q=aleppo&format=csv',
];

describe('searches on worker threads', () => {
  let pooled: FastifyInstance;
  let inline: FastifyInstance;
  beforeAll(async () => {
    pooled = await testApp({ search: { ...testConfig().search, workers: 2 } });
    inline = await testApp({ search: { ...testConfig().search, workers: 0 } });
  });
  afterAll(async () => {
    await pooled?.close();
    await inline?.close();
  });

  it('answer byte for byte as when run inline, every page of them', async () => {
    for (const first of SEARCHES) {
      let url: string | null = first;
      let pages = 0;
      while (url) {
        type Reply = { statusCode: number; body: string; json(): unknown };
        const [a, b]: [Reply, Reply] = await Promise.all([pooled.inject({ url }), inline.inject({ url })]);
        expect(a.statusCode, url).toBe(200);
        expect(a.body, url).toBe(b.body);
        const next: string | null = first.includes('format=csv')
          ? null
          : (a.json() as { page: { next_cursor: string | null } }).page.next_cursor;
        url = next ? `${first}&cursor=${encodeURIComponent(next)}` : null;
        pages++;
      }
      expect(pages, first).toBeGreaterThan(0);
    }
  });
});

describe('the rank window', () => {
  const apps: FastifyInstance[] = [];
  const appWithWindow = async (rankWindow: number) => {
    const app = await testApp({ search: { ...testConfig().search, rankWindow } });
    apps.push(app);
    return app;
  };
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('ranks only the last N matches in the index when a search matches more, and every match when it matches fewer', async () => {
    const db = new Database(inject('databasePath'), { readonly: true });
    const lastHits = (n: number) =>
      (
        db.prepare('SELECT record_id FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT ?').all('"aleppo"', n) as {
          record_id: string;
        }[]
      ).map((r) => r.record_id);
    const all = lastHits(1_000_000);
    const lastThree = lastHits(3);
    db.close();
    expect(all.length).toBeGreaterThan(3);
    const ids = async (app: FastifyInstance) =>
      ((await app.inject({ url: '/v1/statements?q=aleppo&limit=500' })).json() as { data: { id: string }[] }).data.map((s) => s.id);

    const unbounded = await ids(await appWithWindow(0));
    expect([...unbounded].sort()).toEqual([...all].sort());
    // A window as large as the matches changes nothing, order included.
    expect(await ids(await appWithWindow(all.length))).toEqual(unbounded);
    // A window of 3: exactly the last three matches, still best first among them.
    const windowed = await ids(await appWithWindow(3));
    expect([...windowed].sort()).toEqual([...lastThree].sort());
    expect(windowed).toEqual(unbounded.filter((id) => windowed.includes(id)));
  });
});
