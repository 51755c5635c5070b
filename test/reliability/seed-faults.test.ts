/**
 * A seed killed with SIGKILL at any moment leaves the published database intact and serving, and nothing it
 * leaves behind can be mistaken for the database. Done honestly, with no hook in production code: the real
 * CLI (`node --import tsx src/seed/cli.ts`, what `npm run seed` runs) is spawned with DATABASE_PATH pointing
 * into a private copy, and killed at fixed delays after spawn and at delays after its temporary file appears.
 *
 * (The CLI reads the real seed/, which is valid; what matters here is the target path. Malformed annotations
 * are covered in test/seed/build.test.ts.)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { LedgerOpenError, openLedger } from '../../src/db/open-ledger.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { buildDatabase } from '../../src/seed/build-database.js';
import { sha256File } from '../helpers/files.js';
import { copySeed, type SeedCopy } from '../helpers/seed-copy.js';
import { TSX } from './support.js';

/** What a killed build may leave: its temporary file and, when killed during VACUUM, that file's journal. */
const LEFTOVER = /^ledger\.db\.tmp-\d+-\d+(?:-journal)?$/;

let copy: SeedCopy;
let dataDir: string;
let firstHash: string;
let firstBuildId: string;
/** An app opened on the database before any kill, serving throughout. */
let serving: FastifyInstance;
const phases: string[] = [];

beforeAll(async () => {
  copy = copySeed();
  dataDir = join(copy.dir, 'data');
  const summary = buildDatabase({ target: copy.target, seedDir: copy.seedDir, migrationsDir: copy.migrationsDir });
  firstHash = sha256File(copy.target);
  firstBuildId = summary.buildId;
  serving = await buildApp(testConfig({ databasePath: copy.target }));
  await serving.ready();
});

afterAll(async () => {
  console.log(`seed-faults: kills landed ${phases.join(', ')}`);
  await serving?.close();
  copy?.remove();
});

type Plan = { after: 'spawn'; ms: number } | { after: 'temporary file'; ms: number } | { after: 'journal'; ms: number };

/** Spawns the seed CLI and kills it with SIGKILL according to the plan; says what was on disk at the kill. */
function killSeed(plan: Plan): Promise<{ phase: string; signal: NodeJS.Signals | null; code: number | null }> {
  const child: ChildProcess = spawn(process.execPath, [...TSX, join(PROJECT_ROOT, 'src/seed/cli.ts')], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, DATABASE_PATH: copy.target },
    stdio: 'ignore',
  });
  return new Promise((resolve, reject) => {
    let phase = 'not killed: the build finished first';
    let armed = false;
    const kill = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const names = readdirSync(dataDir);
      const tmp = names.filter((n) => n.startsWith('ledger.db.tmp-'));
      phase = tmp.some((n) => n.endsWith('-journal')) ? 'during VACUUM' : tmp.length > 0 ? 'while loading' : 'before the temporary file';
      child.kill('SIGKILL');
    };
    const arm = (ms: number) => {
      if (armed) return;
      armed = true;
      setTimeout(kill, ms);
    };
    let watcher: NodeJS.Timeout | undefined;
    if (plan.after === 'spawn') arm(plan.ms);
    else {
      watcher = setInterval(() => {
        const names = readdirSync(dataDir);
        const seen =
          plan.after === 'journal' ? names.some((n) => n.endsWith('-journal')) : names.some((n) => n.startsWith('ledger.db.tmp-'));
        if (seen) arm(plan.ms);
      }, 1);
    }
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the seed neither finished nor died within 30 s'));
    }, 30_000);
    child.on('exit', (code, signal) => {
      clearInterval(watcher);
      clearTimeout(deadline);
      resolve({ phase, signal, code });
    });
  });
}

const PLANS: Plan[] = [
  { after: 'spawn', ms: 30 },
  { after: 'spawn', ms: 80 },
  { after: 'spawn', ms: 150 },
  { after: 'spawn', ms: 250 },
  { after: 'temporary file', ms: 0 },
  { after: 'temporary file', ms: 20 },
  { after: 'temporary file', ms: 60 },
  { after: 'temporary file', ms: 150 },
  { after: 'journal', ms: 0 },
  { after: 'journal', ms: 5 },
];

describe('a seed killed with SIGKILL', () => {
  for (const plan of PLANS) {
    it(`${plan.ms} ms after ${plan.after}: the database is intact and serving, with only ledger.db.tmp-<pid>-<n> beside it`, async () => {
      const outcome = await killSeed(plan);
      phases.push(`${plan.ms} ms after ${plan.after}: ${outcome.phase}`);

      // The target is the previous database, byte for byte, or (killed after the rename) a complete new one.
      expect(existsSync(copy.target)).toBe(true);
      if (sha256File(copy.target) !== firstHash) {
        const reopened = openLedger(copy.target, copy.migrationsDir);
        expect(reopened.buildId).toBe(firstBuildId);
        reopened.close();
      }
      const fresh = openLedger(copy.target, copy.migrationsDir);
      expect(fresh.counts.statements).toBeGreaterThan(0);
      fresh.close();

      // Nothing else in the directory has the database's name.
      for (const name of readdirSync(dataDir).filter((n) => n !== 'ledger.db')) expect(name).toMatch(LEFTOVER);

      // The app that was serving before the kill still answers.
      const response = await serving.inject({ url: '/v1/statements?limit=5' });
      expect(response.statusCode).toBe(200);
      expect(response.json().data).toHaveLength(5);
    }, 40_000);
  }

  it('some kills did land half-way, with the temporary file on disk', () => {
    expect(phases.filter((p) => /while loading|during VACUUM/.test(p)).length, phases.join('\n')).toBeGreaterThanOrEqual(3);
  });
});

describe('what a killed build leaves behind', () => {
  it('is never taken for the database: with the target gone, the server refuses to start rather than open a leftover', () => {
    const leftover = join(dataDir, `ledger.db.tmp-999999-1`);
    writeFileSync(leftover, 'half a database');
    const aside = join(dataDir, 'aside.db');
    renameSync(copy.target, aside);
    try {
      expect(() => openLedger(copy.target, copy.migrationsDir)).toThrow(LedgerOpenError);
      expect(() => openLedger(copy.target, copy.migrationsDir)).toThrow(/does not exist/);
    } finally {
      renameSync(aside, copy.target);
    }
  });

  it('is removed by the next build, which publishes a complete database', () => {
    const leftovers = () => readdirSync(dataDir).filter((n) => LEFTOVER.test(n));
    // Left by the kills above (the SIGKILLed builds had no chance to clean up), not only the one planted.
    expect(leftovers().filter((n) => !n.includes('-999999-')).length).toBeGreaterThan(0);
    const summary = buildDatabase({ target: copy.target, seedDir: copy.seedDir, migrationsDir: copy.migrationsDir });
    expect(leftovers()).toEqual([]);
    expect(readdirSync(dataDir).sort()).toEqual(['ledger.db']);
    const ledger = openLedger(summary.target, copy.migrationsDir);
    expect(ledger.buildId).toBe(firstBuildId);
    ledger.close();
  });
});
