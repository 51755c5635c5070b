/**
 * A private copy of seed/ and migrations/ in a temporary directory, for tests that break the input on purpose
 * or build databases of their own. The real seed/ is never written by a test.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR, SEED_DIR } from '../../src/paths.js';
import { buildDatabase } from '../../src/seed/build-database.js';
import { SeedError } from '../../src/seed/seed-error.js';
import { temporaryDirectory } from './files.js';

export interface SeedCopy {
  dir: string;
  seedDir: string;
  migrationsDir: string;
  target: string;
  edit(relativePath: string, change: (text: string) => string): void;
  remove(): void;
}

export function copySeed(): SeedCopy {
  const dir = temporaryDirectory('seed');
  const seedDir = join(dir, 'seed');
  const migrationsDir = join(dir, 'migrations');
  cpSync(SEED_DIR, seedDir, { recursive: true });
  cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
  return {
    dir,
    seedDir,
    migrationsDir,
    target: join(dir, 'data', 'ledger.db'),
    edit(relativePath, change) {
      const path = join(seedDir, relativePath);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`edit of ${relativePath} changed nothing: the test's premise is stale`);
      writeFileSync(path, after);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Builds a copy that must be refused and returns the SeedError it gave; any other outcome fails the test. */
export function seedFailure(c: SeedCopy): SeedError {
  try {
    buildDatabase({ target: c.target, seedDir: c.seedDir, migrationsDir: c.migrationsDir });
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error('the build should have failed');
}
