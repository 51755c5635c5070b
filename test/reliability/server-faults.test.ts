/**
 * The server facing a bad database: a missing file (with SEED_IF_MISSING=false), random bytes, a truncated
 * copy, an empty file, a SQLite file that is not a ledger, a ledger of another schema. Each is refused at
 * start with one line naming the problem and exit code 1 (the real entry point, spawned), and buildApp
 * throws LedgerOpenError. A database replaced on disk while serving (the seed's atomic rename) does not disturb
 * the running server. A page damaged inside an otherwise valid file never crashes it or leaks internals.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { LedgerOpenError } from '../../src/db/open-ledger.js';
import { MIGRATIONS_DIR, PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';
import { buildDatabase } from '../../src/seed/build-database.js';
import { expectProblemDocument } from '../helpers/problem.js';
import { collect, HANG_GUARD_MS, runScript, TSX } from './support.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aleppo-ledger-faults-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bad databases, each made fresh in the temporary directory, with the words the refusal must use. */
const BAD_DATABASES: Record<string, { make: (path: string) => void; says: RegExp }> = {
  'random bytes': {
    make: (path) => writeFileSync(path, Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + 13) % 251))),
    says: /cannot be opened: file is not a database/,
  },
  'a truncated copy of the real database': {
    make: (path) => {
      const bytes = readFileSync(inject('databasePath'));
      writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
    says: /cannot be opened: database disk image is malformed/,
  },
  'an empty file': { make: (path) => writeFileSync(path, ''), says: /is not an Aleppo Ledger database/ },
  'a SQLite file that is not a ledger': {
    make: (path) => {
      const db = new Database(path);
      db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('kibbeh')");
      db.close();
    },
    says: /is not an Aleppo Ledger database: no such table: ledger_meta/,
  },
  'a ledger built for another schema': {
    make: (path) => {
      copyFileSync(inject('databasePath'), path);
      const db = new Database(path);
      db.prepare("UPDATE ledger_meta SET value = '0000_init' WHERE key = 'schema_version'").run();
      db.close();
    },
    says: /has schema 0000_init, this server needs \S+: rebuild it with `npm run seed`/,
  },
  'a directory': { make: (path) => mkdirSync(path), says: /cannot be opened/ },
};

const serverEnv = (databasePath: string) => ({
  DATABASE_PATH: databasePath,
  SEED_IF_MISSING: 'false',
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
});

describe('the server refuses to start on a bad database, with one clear line and exit code 1', () => {
  it('a missing file, with SEED_IF_MISSING=false', async () => {
    const missing = join(dir, 'nowhere', 'ledger.db');
    const run = await runScript('src/server.ts', serverEnv(missing));
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(`aleppo-ledger: database file ${missing} does not exist and SEED_IF_MISSING is false`);
  });

  it('a corrupt or foreign file, every kind at once', async () => {
    const runs = await Promise.all(
      Object.entries(BAD_DATABASES).map(async ([kind, bad]) => {
        const path = join(dir, `spawn-${kind.replaceAll(' ', '-')}.db`);
        bad.make(path);
        return { kind, bad, path, run: await runScript('src/server.ts', serverEnv(path)) };
      }),
    );
    for (const { kind, bad, path, run } of runs) {
      expect(run.code, `${kind}: ${run.stderr}`).toBe(1);
      const lines = run.stderr.split('\n').filter((l) => l.startsWith('aleppo-ledger: '));
      expect(lines, `${kind}: ${run.stderr}`).toHaveLength(1);
      expect(lines[0], kind).toContain(path);
      expect(lines[0], kind).toMatch(bad.says);
      // A refusal, not a crash: no stack trace.
      expect(run.stderr, kind).not.toMatch(/\n\s+at /);
    }
  }, 180_000);

  it('a ledger of an older schema is rebuilt from seed/ where seeding is allowed (a developer after a pull)', async () => {
    const path = join(dir, 'stale-rebuilt.db');
    BAD_DATABASES['a ledger built for another schema']?.make(path);
    const child = spawn(process.execPath, [...TSX, join(PROJECT_ROOT, 'src/server.ts')], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...serverEnv(path), SEED_IF_MISSING: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Once it has rebuilt the file it goes on to serve: stop it there.
    child.stdout?.on('data', (chunk: Buffer) => {
      if (/from seed\//.test(chunk.toString('utf8'))) child.kill('SIGTERM');
    });
    const run = await collect(child, performance.now(), HANG_GUARD_MS);
    expect(run.stdout, run.stderr).toMatch(/has schema 0000_init, this server needs \S+; built .* from seed\//);
    const db = new Database(path, { readonly: true });
    const version = db.prepare("SELECT value FROM ledger_meta WHERE key = 'schema_version'").pluck().get();
    db.close();
    expect(version).not.toBe('0000_init');
  }, 180_000);

  it('buildApp itself throws LedgerOpenError for each of them', async () => {
    for (const [kind, bad] of Object.entries(BAD_DATABASES)) {
      const path = join(dir, `inprocess-${kind.replaceAll(' ', '-')}.db`);
      bad.make(path);
      const attempt = buildApp(testConfig({ databasePath: path }));
      await expect(attempt, kind).rejects.toBeInstanceOf(LedgerOpenError);
      await expect(buildApp(testConfig({ databasePath: path })), kind).rejects.toThrow(bad.says);
    }
    await expect(buildApp(testConfig({ databasePath: join(dir, 'absent.db') }))).rejects.toThrow(/does not exist/);
  });
});

describe('a database replaced on disk while serving', () => {
  let app: FastifyInstance;
  let path: string;
  beforeAll(async () => {
    path = join(dir, 'replaced', 'ledger.db');
    mkdirSync(join(dir, 'replaced'));
    copyFileSync(inject('databasePath'), path);
    app = await buildApp(testConfig({ databasePath: path }));
    await app.ready();
  });
  afterAll(() => app.close());

  it('keeps answering from the file it opened when a new build is renamed over it, or the file is deleted', async () => {
    const before = (await app.inject({ url: '/v1/statements?limit=500' })).body;
    // What the seed does: build beside the target, then rename over it.
    buildDatabase({ target: path, seedDir: SEED_DIR, migrationsDir: MIGRATIONS_DIR });
    for (let i = 0; i < 20; i += 1) {
      for (const url of ['/v1/statements?limit=500', '/v1/events/2016-12-05-sc-veto-aleppo', '/v1/actors?q=lavrov', '/readyz']) {
        expect((await app.inject({ url })).statusCode, url).toBe(200);
      }
    }
    expect((await app.inject({ url: '/v1/statements?limit=500' })).body).toBe(before);
    // Even a database deleted from under it: the open file lives until the server closes it.
    unlinkSync(path);
    expect((await app.inject({ url: '/v1/sources?limit=500' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });

  it('the real server, spawned, keeps serving through a rename and stops cleanly on SIGTERM', async () => {
    const target = join(dir, 'replaced', 'served.db');
    copyFileSync(inject('databasePath'), target);
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [...TSX, join(PROJECT_ROOT, 'src/server.ts')], {
      cwd: PROJECT_ROOT,
      // A grace long enough for a loaded machine (CI's two cores under the whole suite took more than the default
      // 5 s to close once, and close-with-grace then exits 1): this test asserts a clean stop after a rename, not how
      // fast; the grace itself is shutdown.test.ts's.
      env: { PATH: process.env.PATH, ...serverEnv(target), LOG_LEVEL: 'info', SHUTDOWN_GRACE_MS: '30000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const finished = collect(child, performance.now(), HANG_GUARD_MS);
    const port = await new Promise<number>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`no listening line: ${seen}`)), HANG_GUARD_MS);
      child.stdout?.on('data', (chunk: Buffer) => {
        seen += chunk.toString('utf8');
        const match = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    buildDatabase({ target, seedDir: SEED_DIR, migrationsDir: MIGRATIONS_DIR });
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        fetch(`${base}${['/v1/statements', '/v1/votes', '/v1/figures?metric=trapped', '/readyz'][i % 4]}`).then((r) => r.status),
      ),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
    child.kill('SIGTERM');
    const run = await finished;
    expect(run.code, run.stderr).toBe(0);
  }, 180_000);
});

describe('a page damaged inside an otherwise valid file (bit rot)', () => {
  it('is refused at start, or never crashes the server nor leaks internals: damaged reads are 500 problems', async () => {
    const path = join(dir, 'rotten.db');
    copyFileSync(inject('databasePath'), path);
    const probe = new Database(path, { readonly: true });
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    const actorsPage = probe.prepare("SELECT min(pageno) FROM dbstat WHERE name = 'actors'").pluck().get() as number;
    probe.close();
    const bytes = readFileSync(path);
    for (let i = 0; i < pageSize; i += 1) bytes[(actorsPage - 1) * pageSize + i] = (i * 131 + 7) & 0xff;
    writeFileSync(path, bytes);

    let app: FastifyInstance;
    try {
      app = await buildApp(testConfig({ databasePath: path }));
    } catch (error) {
      expect(error).toBeInstanceOf(LedgerOpenError);
      return;
    }
    await app.ready();
    try {
      const statuses: number[] = [];
      for (const url of [
        '/v1/actors',
        '/v1/actors/sergei-lavrov',
        '/v1/statements?speaker=sergei-lavrov',
        '/v1/sources',
        '/v1/votes',
        '/healthz',
      ]) {
        const response = await app.inject({ url });
        statuses.push(response.statusCode);
        if (response.statusCode >= 500) {
          const problem = expectProblemDocument(response, url);
          expect(problem.detail).not.toMatch(/malformed|sqlite|disk image/i);
        } else {
          expect(response.statusCode, url).toBeLessThan(500);
        }
      }
      // The damage is where the actors are: reading them fails, the rest still answers.
      expect(statuses[0]).toBe(500);
      expect((await app.inject({ url: '/v1/sources' })).statusCode).toBe(200);
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
