/**
 * A worker thread that generates one part of the synthetic corpus (see PARTS in synthetic/sizes.ts) into a
 * database file that already has the schema, so that the two parts load on two cores at once. The `events` part
 * writes the build file itself, the gazetteer, actors and sources included; the `statements` part writes a copy
 * of the empty schema, which the main thread merges afterwards (INSERT ... SELECT into empty tables, which SQLite
 * copies without re-encoding rows).
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { tuneForBulkLoad } from './bulk-insert.js';
import {
  countRows,
  generateReferenceData,
  generateSections,
  mergeCounts,
  PARTS,
  type Part,
  SHARED_TABLES,
  type SyntheticSizes,
} from './synthetic-corpus.js';

export interface PartJob {
  file: string;
  part: Part;
  seed: string;
  sizes: SyntheticSizes;
  /** Write the gazetteer, actors and sources too (every part generates them: evidence quotes the sources). */
  writeShared: boolean;
  /** When the main thread started this worker (performance.timeOrigin + performance.now(), comparable across threads). */
  spawnedAt: number;
}

export type PartMessage =
  | { type: 'progress'; records: number }
  | { type: 'done'; counts: Record<string, number>; timings: Record<string, number> };

const job = workerData as PartJob;
const post = (message: PartMessage) => parentPort?.postMessage(message);

/** Milliseconds since the main thread started this worker (debug output only). */
const since = () => performance.timeOrigin + performance.now() - job.spawnedAt;
const timings: Record<string, number> = { started: since() };
const db = new Database(job.file);
try {
  tuneForBulkLoad(db);
  db.exec('BEGIN');
  const shared = generateReferenceData(job.writeShared ? db : null, job.seed, job.sizes);
  const sharedCounts = job.writeShared ? countRows(db, SHARED_TABLES) : {};
  timings.shared = since();
  let committed = 0;
  const counts = generateSections(db, PARTS[job.part], job.seed, job.sizes, shared, {
    every: 5_000,
    tick: (records) => {
      if (records - committed >= 50_000) {
        db.exec('COMMIT');
        db.exec('BEGIN');
        committed = records;
      }
      post({ type: 'progress', records });
    },
  });
  db.exec('COMMIT');
  db.close();
  timings.done = since();
  post({ type: 'done', counts: mergeCounts(sharedCounts, counts), timings });
} catch (error) {
  if (db.open) db.close();
  throw error;
}
