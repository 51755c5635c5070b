/**
 * Builds the test database once, from seed/ with the real migrations, into a temporary directory, and hands its
 * path to every test file through vitest's provide/inject. Tests never read data/ (a developer's own database)
 * and never write the shared file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { MIGRATIONS_DIR, SEED_DIR } from '../src/paths.js';
import { buildDatabase } from '../src/seed/build-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databasePath: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'aleppo-ledger-test-'));
  const summary = buildDatabase({ target: join(dir, 'ledger.db'), seedDir: SEED_DIR, migrationsDir: MIGRATIONS_DIR });
  project.provide('databasePath', summary.target);
  return () => rmSync(dir, { recursive: true, force: true });
}
