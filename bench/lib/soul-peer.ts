/**
 * Soul (`soul-cli` on npm: an Express REST server over any SQLite file, https://github.com/thevahidal/soul), the
 * ready-made server a user might pick instead of this API, run beside the baselines on the same database file.
 *
 * It is installed on demand into bench/.peers (gitignored), never into the project's dependencies: it pins
 * better-sqlite3 8 and bcrypt, which compile from source here. It runs with soul-preload.cjs (read-only, on
 * loopback). If it cannot be installed or started, the bench says why and goes on without it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';
import { type Child, freePort, startChild, waitReady } from './harness.js';

/** The version measured; pinned so that runs compare. */
export const SOUL_VERSION = '0.8.2';

const PEERS = join(PROJECT_ROOT, 'bench/.peers');
const ENTRY = join(PEERS, 'node_modules/soul-cli/src/server.js');
const PRELOAD = join(PROJECT_ROOT, 'bench/lib/soul-preload.cjs');

/** Installs Soul when it is missing; the reason it cannot be used, or null when it can. */
export function ensureSoul(say: (line: string) => void): string | null {
  const installed = (): string | null => {
    try {
      return (JSON.parse(readFileSync(join(PEERS, 'node_modules/soul-cli/package.json'), 'utf8')) as { version?: string }).version ?? null;
    } catch {
      return null;
    }
  };
  if (existsSync(ENTRY) && installed() === SOUL_VERSION) return null;
  say(`bench: installing soul-cli@${SOUL_VERSION} into bench/.peers (outside the project's dependencies; about 2 minutes)`);
  const result = spawnSync(
    'npm',
    ['install', '--prefix', PEERS, `soul-cli@${SOUL_VERSION}`, '--no-audit', '--no-fund', '--no-save', '--loglevel', 'error'],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 10 * 60_000 },
  );
  if (result.error) return `npm install soul-cli@${SOUL_VERSION} could not run: ${result.error.message}`;
  if (result.status !== 0) return `npm install soul-cli@${SOUL_VERSION} failed with exit code ${result.status}`;
  if (!existsSync(ENTRY)) return `npm install soul-cli@${SOUL_VERSION} left no ${ENTRY}`;
  return null;
}

/** Starts Soul on `databasePath` (read-only, 127.0.0.1); waits for /api/health. */
export async function startSoul(databasePath: string): Promise<Child> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NO_CLI: 'false' };
  // Its own config reads a .env beside its package; RATE_LIMIT_ENABLED defaults to false, logging to none.
  const child = startChild(process.execPath, ['--require', PRELOAD, ENTRY, '--database', databasePath, '--port', String(port)], env, port);
  await waitReady(child, '/api/health', performance.now());
  return child;
}
