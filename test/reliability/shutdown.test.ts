/**
 * Shutting down with searches running (SIGTERM calls app.close()): the server stops accepting, the requests
 * already running finish with their answers, and only then do the query pool and the database close. A request
 * whose client went away keeps running to its end too, so nothing logs "the query pool is closed" (the bench's
 * clients leave before the server stops, and each of their searches still queued used to log that error).
 */
import { Writable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { QueryPool, QueryPoolClosed } from '../../src/db/query-pool.js';

/** The app listening on a free port, with its log lines collected. */
async function listening(shutdownGraceMs = 5000) {
  const sent: { status: number; body: string }[] = [];
  const lines: { level: number; msg: string; err?: { message?: string }; req?: unknown; res?: { statusCode: number } }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line));
      callback();
    },
  });
  const config = testConfig({
    databasePath: inject('databasePath'),
    shutdownGraceMs,
    rateLimit: { enabled: false, max: 1000, windowMs: 60_000 },
  });
  const app = await buildApp(config, { logger: { level: 'info', stream } });
  // What each answer is, whether or not its client is still there to read it.
  app.addHook('onSend', async (_request, reply, payload) => {
    sent.push({ status: reply.statusCode, body: String(payload) });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening on a port');
  return { app, base: `http://127.0.0.1:${address.port}`, lines, sent };
}

/** Every search waits `ms` before the pool runs it: a slow search, still running when the close begins. */
function slowSearches(ms: number) {
  const original = QueryPool.prototype.all;
  const asked: Promise<unknown>[] = [];
  vi.spyOn(QueryPool.prototype, 'all').mockImplementation(function (this: QueryPool, sql, params) {
    const rows = delay(ms).then(() => original.call(this, sql, params));
    asked.push(rows.catch(() => undefined));
    return rows;
  });
  return asked;
}

async function until(condition: () => boolean) {
  while (!condition()) await delay(5);
}

const SEARCHES = ['aleppo', 'lavrov', 'ceasefire', 'evacuation', 'council', 'russia'].map((q) => `/v1/statements?q=${q}`);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('closing the server while searches run', () => {
  it('lets every running search answer 200 with its rows, closes their connections, then closes the pool', async () => {
    const { app, base, lines } = await listening();
    const asked = slowSearches(300);
    const replies = SEARCHES.map(async (path) => {
      const reply = await fetch(base + path);
      return { path, status: reply.status, connection: reply.headers.get('connection'), body: (await reply.json()) as { data: unknown[] } };
    });
    await until(() => asked.length === SEARCHES.length);
    await app.close();

    const answered = await Promise.all(replies);
    expect(answered.map((a) => a.status)).toEqual(SEARCHES.map(() => 200));
    // Answered while closing: the client is told the connection ends, so the server is not left waiting on it.
    expect(answered.map((a) => a.connection)).toEqual(SEARCHES.map(() => 'close'));
    expect(answered.find((a) => a.path.endsWith('lavrov'))?.body.data.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });

  it('lets the searches of clients that went away run to their end, logging no error', async () => {
    const { app, base, lines } = await listening();
    const asked = slowSearches(300);
    const aborts = SEARCHES.map(() => new AbortController());
    const replies = SEARCHES.map((path, i) => fetch(base + path, { signal: aborts[i]?.signal }).catch(() => 'aborted'));
    await until(() => asked.length === SEARCHES.length);
    for (const abort of aborts) abort.abort();
    expect(await Promise.all(replies)).toEqual(SEARCHES.map(() => 'aborted'));
    await app.close();

    const results = await Promise.all(asked);
    expect(results.every((rows) => Array.isArray(rows))).toBe(true);
    expect(lines.filter((l) => l.level >= 50).map((l) => l.err?.message ?? l.msg)).toEqual([]);
    expect(JSON.stringify(lines)).not.toContain('pool is closed');
  });

  it('past the grace, a search that has not run is a clean 503 problem, not an error in the log', async () => {
    const { app, base, lines, sent } = await listening(50);
    slowSearches(400);
    const abort = new AbortController();
    const reply = fetch(`${base}/v1/statements?q=aleppo`, { signal: abort.signal }).catch(() => 'aborted');
    await until(() => (QueryPool.prototype.all as unknown as { mock: { calls: unknown[] } }).mock.calls.length === 1);
    abort.abort();
    await reply;
    await app.close();
    await until(() => sent.length === 1);
    expect(sent[0]?.status).toBe(503);
    expect(JSON.parse(sent[0]?.body ?? '{}')).toMatchObject({
      title: 'Service not ready',
      detail: 'The server is shutting down; retry the request',
    });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });
});

describe('the query pool closing', () => {
  const buildId = () => {
    const db = new Database(inject('databasePath'), { readonly: true });
    try {
      return (db.prepare("SELECT value FROM ledger_meta WHERE key = 'build_id'").get() as { value: string }).value;
    } finally {
      db.close();
    }
  };
  const SLOW = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) SELECT count(*) FROM c';

  it('drains: a running query and the ones queued behind it finish before the workers stop', async () => {
    const pool = await QueryPool.open(inject('databasePath'), buildId(), 1);
    const running = pool.all(SLOW, [500_000]);
    const queued = pool.all('SELECT count(*) FROM statements', []);
    await pool.close(60_000);
    expect(await running).toEqual([[500_000]]);
    expect((await queued)[0]?.[0]).toBeGreaterThan(0);
    await expect(pool.all('SELECT 1', [])).rejects.toBeInstanceOf(QueryPoolClosed);
  });

  it('refuses what is still running or queued when the drain runs out of time', async () => {
    const pool = await QueryPool.open(inject('databasePath'), buildId(), 1);
    // A worker stops when its query returns (SQLite is not interrupted), so the slow query is slow, not endless.
    const running = expect(pool.all(SLOW, [3_000_000])).rejects.toBeInstanceOf(QueryPoolClosed);
    const queued = expect(pool.all('SELECT 1', [])).rejects.toBeInstanceOf(QueryPoolClosed);
    await pool.close(1);
    await running;
    await queued;
  });
});
