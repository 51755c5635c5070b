/**
 * Opens the published database for serving: read-only at the file level and `query_only` at the connection
 * level, so no code path in the server can write. Refuses a file that is missing, not a SQLite database, built
 * for another schema version or empty, with a message that says which.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { LEDGER_META } from './ledger-meta.js';
import { schemaVersion } from './migrations.js';

/** Why a database cannot be served; `stale_schema` is the one a rebuild from seed/ cures. */
export type LedgerOpenProblem = 'missing' | 'unreadable' | 'not_a_ledger' | 'stale_schema' | 'unfinished' | 'empty';

export class LedgerOpenError extends Error {
  constructor(
    message: string,
    readonly problem: LedgerOpenProblem,
  ) {
    super(message);
    this.name = 'LedgerOpenError';
  }
}

export interface Ledger {
  db: Database.Database;
  path: string;
  buildId: string;
  schemaVersion: string;
  expectedSchemaVersion: string;
  kind: string;
  counts: Record<string, number>;
  /** The digest of how the build rendered its records (ledger_meta `rendering`), or null when it rendered none. */
  rendering: string | null;
  /** Open, schema current and data loaded: what /readyz reports. */
  isReady(): boolean;
  close(): void;
}

export function openLedger(path: string, migrationsDir: string): Ledger {
  if (!existsSync(path)) throw new LedgerOpenError(`database file ${path} does not exist (run \`npm run seed\` to build it)`, 'missing');
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('query_only = ON');
    // A fresh connection reads nothing until asked; touch the schema so a corrupt file fails here, not later.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    throw new LedgerOpenError(`database file ${path} cannot be opened: ${(error as Error).message}`, 'unreadable');
  }
  const expected = schemaVersion(migrationsDir);
  let meta: Map<string, string>;
  try {
    const rows = db.prepare('SELECT key, value FROM ledger_meta').all() as { key: string; value: string }[];
    meta = new Map(rows.map((r) => [r.key, r.value]));
  } catch (error) {
    db.close();
    throw new LedgerOpenError(`database file ${path} is not an Aleppo Ledger database: ${(error as Error).message}`, 'not_a_ledger');
  }
  const actual = meta.get(LEDGER_META.schemaVersion) ?? 'unknown';
  if (actual !== expected) {
    db.close();
    throw new LedgerOpenError(
      `database file ${path} has schema ${actual}, this server needs ${expected}: rebuild it with \`npm run seed\``,
      'stale_schema',
    );
  }
  const buildId = meta.get(LEDGER_META.buildId);
  if (!buildId) {
    db.close();
    throw new LedgerOpenError(`database file ${path} has no build id: it was not finished by the seed`, 'unfinished');
  }
  const counts = JSON.parse(meta.get(LEDGER_META.counts) ?? '{}') as Record<string, number>;
  const loaded = (db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n > 0;
  if (!loaded) {
    db.close();
    throw new LedgerOpenError(`database file ${path} holds no sources: the data is not loaded`, 'empty');
  }
  return {
    db,
    path,
    buildId,
    schemaVersion: actual,
    expectedSchemaVersion: expected,
    kind: meta.get(LEDGER_META.kind) ?? 'curated',
    counts,
    rendering: meta.get(LEDGER_META.rendering) ?? null,
    isReady: () => db.open,
    close: () => {
      if (db.open) db.close();
    },
  };
}
