/**
 * Builds a synthetic ledger database the way src/seed/build-database.ts builds the real one (drizzle's migrator,
 * the FTS5 fill of src/db/search-index.ts, ANALYZE, ledger_meta, a temporary file renamed atomically over the
 * target), tuned for millions of rows:
 *
 * - the secondary indexes the migrations created are dropped before the load and recreated after it from the
 *   exact SQL the migrations stored in sqlite_schema (one sort per index instead of millions of B-tree inserts);
 * - rows go in through prepared multi-row INSERTs (bench/lib/bulk-insert.ts) in large transactions, with the
 *   journal and fsync off: the file is private until the rename, so durability during the load buys nothing;
 * - foreign keys and CHECK constraints are not enforced row by row; `verify` checks them (quick_check evaluates
 *   every CHECK), the evidence invariant and integrity after the load;
 * - in parallel (the default from 200,000 records), one worker thread writes events into the build file and the
 *   other votes, figures and statements into a second file, which is merged into the first at the end.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { publishAtomically } from '../../src/atomic-write.js';
import { fillFacetCounts } from '../../src/db/facet-counts.js';
import { LEDGER_META } from '../../src/db/ledger-meta.js';
import { fillLocationAncestors } from '../../src/db/location-closure.js';
import { schemaVersion } from '../../src/db/migrations.js';
import { RECORD_TYPES } from '../../src/db/schema.js';
import { rebuildSearchIndex } from '../../src/db/search-index.js';
import { prepareBuildPaths } from '../../src/seed/build-database.js';
import { renderRecords } from '../../src/seed/render-records.js';
import { tuneForBulkLoad } from './bulk-insert.js';
import {
  CORPUS_TABLES,
  GENERATOR_VERSION,
  generateCorpus,
  mergeCounts,
  type Part,
  partRecords,
  type RowCounts,
  recordCount,
  type SyntheticSizes,
} from './synthetic-corpus.js';
import type { PartJob, PartMessage } from './synthetic-worker.js';

export interface SyntheticBuildOptions {
  target: string;
  seed: string;
  sizes: SyntheticSizes;
  migrationsDir: string;
  /** `full` is what the real seed does (sqlite_stat4 included); `quick` samples (PRAGMA analysis_limit). */
  analyze?: 'full' | 'quick' | 'none';
  /** VACUUM before the rename (the real seed does; a fresh bulk load has few free pages, so it is optional). */
  vacuum?: boolean;
  /** Check foreign keys, the evidence invariant (sampled) and integrity before publishing. */
  verify?: boolean;
  /**
   * Load the two parts of the corpus (events + votes + figures, and statements) in two worker threads, each into
   * its own file, then merge: about twice as fast on two cores. Off, everything loads in this thread (tests).
   */
  parallel?: boolean;
  /** Main records loaded so far, during the load. */
  onProgress?: (records: number, total: number) => void;
  /** One line per finished phase. */
  onPhase?: (phase: string, milliseconds: number) => void;
}

export interface SyntheticBuildSummary {
  target: string;
  buildId: string;
  schemaVersion: string;
  counts: RowCounts;
  records: number;
  rows: number;
  phases: Record<string, number>;
  /** Wall time of the whole build. */
  milliseconds: number;
  /** Generation and insertion only. */
  loadMilliseconds: number;
  bytes: number;
}

export function syntheticBuildId(seed: string, sizes: SyntheticSizes): string {
  const digest = createHash('sha256')
    .update(JSON.stringify({ generator: GENERATOR_VERSION, seed, sizes }))
    .digest('hex');
  return `synthetic-${digest.slice(0, 40)}`;
}

export async function buildSyntheticDatabase(options: SyntheticBuildOptions): Promise<SyntheticBuildSummary> {
  const started = performance.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = now - mark;
    options.onPhase?.(name, now - mark);
    mark = now;
  };

  const { target, temporary } = prepareBuildPaths(options.target);
  const version = schemaVersion(options.migrationsDir);
  const buildId = syntheticBuildId(options.seed, options.sizes);
  const total = recordCount(options.sizes);

  let sqlite: Database.Database | undefined;
  const partFiles: string[] = [];
  const pending: Promise<unknown>[] = [];
  try {
    const opened = openForBulkLoad(temporary, options.migrationsDir);
    sqlite = opened.db;
    const indexes = opened.indexes;
    phase('migrate');

    let db = sqlite;
    let counts: RowCounts;
    if (options.parallel) {
      // The events worker writes the build file itself: this connection lets go of it until the merge.
      db.close();
      sqlite = undefined;
      const loaded = await loadInParallel(temporary, options, total, partFiles, pending, phase);
      sqlite = db = loaded.db;
      counts = loaded.counts;
    } else {
      const commitEvery = 50_000;
      let committed = 0;
      db.exec('BEGIN');
      counts = generateCorpus(db, options.seed, options.sizes, {
        every: 10_000,
        tick: (records) => {
          if (records - committed >= commitEvery) {
            db.exec('COMMIT');
            db.exec('BEGIN');
            committed = records;
          }
          options.onProgress?.(records, total);
        },
      });
      db.exec('COMMIT');
    }
    const insertMeta = db.prepare('INSERT INTO ledger_meta (key, value) VALUES (?, ?)');
    db.transaction(() => {
      insertMeta.run(LEDGER_META.schemaVersion, version);
      insertMeta.run(LEDGER_META.buildId, buildId);
      insertMeta.run(LEDGER_META.counts, JSON.stringify(counts));
      insertMeta.run(LEDGER_META.kind, 'synthetic');
      insertMeta.run(LEDGER_META.synthetic, JSON.stringify({ generator: GENERATOR_VERSION, seed: options.seed, sizes: options.sizes }));
    })();
    phase(options.parallel ? 'merge' : 'load');
    const loadMilliseconds = (phases.load ?? 0) + (phases['load parts'] ?? 0) + (phases.merge ?? 0);
    db.pragma('ignore_check_constraints = OFF');

    db.transaction(() => {
      for (const index of indexes) db.exec(index.sql);
    })();
    phase('indexes');

    fillLocationAncestors(db);
    rebuildSearchIndex(db);
    phase('search index');

    // Every record as the API serves it, rendered the way the seed build does (src/seed/render-records.ts).
    counts.rendered = Object.values(renderRecords(db, buildId)).reduce((a, b) => a + b, 0);
    phase('render');

    fillFacetCounts(db);
    phase('facet counts');

    if (options.verify) {
      verifySynthetic(db);
      phase('verify');
    }

    const analyze = options.analyze ?? 'full';
    if (analyze !== 'none') {
      if (analyze === 'quick') db.pragma('analysis_limit = 1000');
      db.exec('ANALYZE');
      phase('analyze');
    }
    db.pragma('locking_mode = NORMAL');
    db.pragma('journal_mode = DELETE');
    if (options.vacuum) {
      db.exec('VACUUM');
      phase('vacuum');
    }
    db.close();
    sqlite = undefined;

    publishAtomically(temporary, target);
    phase('publish');
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    const check = new Database(target, { readonly: true });
    const bytes = (check.pragma('page_count', { simple: true }) as number) * (check.pragma('page_size', { simple: true }) as number);
    check.close();
    return {
      target,
      buildId,
      schemaVersion: version,
      counts,
      records: total,
      rows,
      phases,
      milliseconds: performance.now() - started,
      loadMilliseconds,
      bytes,
    };
  } catch (error) {
    sqlite?.close();
    rmSync(temporary, { force: true });
    rmSync(`${temporary}-journal`, { force: true });
    throw error;
  } finally {
    await Promise.allSettled(pending);
    for (const file of partFiles) rmSync(file, { force: true });
  }
}

/**
 * A new database file with the real migrations applied (drizzle's migrator) and tuned for a private bulk load;
 * the migrations' secondary indexes are dropped and returned, to be recreated from the same SQL after the load.
 */
export function openForBulkLoad(file: string, migrationsDir: string): { db: Database.Database; indexes: { name: string; sql: string }[] } {
  const db = new Database(file);
  try {
    tuneForBulkLoad(db);
    migrate(drizzle(db), { migrationsFolder: migrationsDir });
    const indexes = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all() as {
      name: string;
      sql: string;
    }[];
    for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
    return { db, indexes };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A worker thread running a TypeScript module: tsx's loader hooks are registered in the parent only (Node 20), so
 * the worker registers them itself before importing the module.
 */
function startTypeScriptWorker(module: URL, workerData: unknown): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * The two parts in two worker threads: `events` writes the build file (the gazetteer, actors and sources too),
 * `statements` a copy of the empty schema, merged into the build file once both are done. The main thread only
 * waits: with two cores, a third busy thread would slow the two that matter.
 */
async function loadInParallel(
  temporary: string,
  options: SyntheticBuildOptions,
  total: number,
  partFiles: string[],
  pending: Promise<unknown>[],
  phase: (name: string) => void,
): Promise<{ db: Database.Database; counts: RowCounts }> {
  const debug = (line: string) => {
    if (process.env.SYNTHETIC_DEBUG) process.stderr.write(`  ${line}\n`);
  };
  const parts: Part[] = ['events', 'statements'];
  const done = new Map<Part, number>(parts.map((p) => [p, 0]));
  const report = () =>
    options.onProgress?.(
      [...done.values()].reduce((a, b) => a + b, 0),
      total,
    );
  const partFile = `${temporary}.statements`;
  partFiles.push(partFile);
  copyFileSync(temporary, partFile); // the migrated schema, secondary indexes dropped, no rows
  const workers: Worker[] = [];
  const results = parts.map((part) => {
    const job: PartJob = {
      file: part === 'events' ? temporary : partFile,
      part,
      seed: options.seed,
      sizes: options.sizes,
      writeShared: part === 'events',
      spawnedAt: performance.timeOrigin + performance.now(),
    };
    const worker = startTypeScriptWorker(new URL('./synthetic-worker.ts', import.meta.url), job);
    workers.push(worker);
    return new Promise<RowCounts>((resolve, reject) => {
      let counts: RowCounts | undefined;
      worker.on('message', (message: PartMessage) => {
        if (message.type === 'progress') {
          done.set(part, message.records);
          report();
          return;
        }
        counts = message.counts;
        const t = message.timings;
        const s = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(2)} s`;
        debug(`${part} worker: running after ${s(t.started)}, shared data after ${s(t.shared)}, done after ${s(t.done)}`);
      });
      worker.on('error', reject);
      worker.on('exit', (code) =>
        counts && code === 0 ? resolve(counts) : reject(new Error(`the ${part} worker exited with code ${code}`)),
      );
    });
  });
  let loaded: RowCounts[];
  try {
    loaded = await Promise.all(results);
  } catch (error) {
    // One part failed: stop the other rather than let it write to a file about to be removed.
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
  for (const part of parts) done.set(part, partRecords(part, options.sizes));
  report();
  phase('load parts');
  // Merge: into empty tables SQLite copies rows and primary-key entries as they are (its transfer optimisation);
  // evidence, whose ids continue past the build file's, is appended the same way.
  const db = new Database(temporary);
  try {
    tuneForBulkLoad(db);
    db.prepare('ATTACH DATABASE ? AS part').run(partFile);
    db.exec('BEGIN');
    for (const table of CORPUS_TABLES) {
      if (!db.prepare(`SELECT 1 FROM part."${table}" LIMIT 1`).get()) continue;
      const t = performance.now();
      db.exec(`INSERT INTO main."${table}" SELECT * FROM part."${table}"`);
      debug(`merge ${table.padEnd(18)} ${((performance.now() - t) / 1000).toFixed(2)} s`);
    }
    db.exec('COMMIT');
    db.exec('DETACH DATABASE part');
  } catch (error) {
    db.close();
    throw error;
  }
  // Deleting a file of hundreds of megabytes takes a while: let it happen while the indexes build.
  pending.push(rm(partFile, { force: true }));
  return { db, counts: mergeCounts(...loaded) };
}

/** Foreign keys, integrity, and the evidence invariant on a sample of spans (every one up to 100,000). */
export function verifySynthetic(db: Database.Database): void {
  const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  if (broken.length > 0) throw new Error(`${broken.length} broken foreign key(s), first ${broken[0]?.table} -> ${broken[0]?.parent}`);
  const integrity = db.pragma('quick_check', { simple: true });
  if (integrity !== 'ok') throw new Error(`quick_check: ${String(integrity)}`);
  const n = (db.prepare('SELECT max(id) AS n FROM evidence').get() as { n: number | null }).n ?? 0;
  const step = Math.max(1, Math.floor(n / 100_000));
  const rows = db
    .prepare('SELECT e.id, e.start, e."end", e.quote, s.text FROM evidence e JOIN sources s ON s.id = e.source_id WHERE e.id % ? = 0')
    .all(step) as { id: number; start: number; end: number; quote: string; text: string }[];
  for (const row of rows) {
    if (row.text.slice(row.start, row.end) !== row.quote) throw new Error(`evidence ${row.id} is not the slice of its source it claims`);
  }
  for (const type of RECORD_TYPES) {
    const unsourced = db
      .prepare(
        `SELECT r.id FROM ${type}s r WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.record_type = ? AND e.record_id = r.id) LIMIT 1`,
      )
      .get(type) as { id: string } | undefined;
    if (unsourced) throw new Error(`${type} ${unsourced.id} has no evidence`);
  }
}
