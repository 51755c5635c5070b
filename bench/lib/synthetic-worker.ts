/**
 * A worker thread that generates one part of the synthetic corpus (`events` or `statements`, see
 * synthetic-corpus.ts) into its own database file, so that the two parts load on two cores at once. The main thread
 * merges the files afterwards (INSERT ... SELECT into empty tables, which SQLite copies without re-encoding rows).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openForBulkLoad } from './build-synthetic.js';
import { generatePart, generateShared, type Part, type SyntheticSizes } from './synthetic-corpus.js';

export interface PartJob {
  file: string;
  part: Part;
  seed: string;
  sizes: SyntheticSizes;
  migrationsDir: string;
}

export type PartMessage = { type: 'progress'; records: number } | { type: 'done'; counts: Record<string, number> };

const job = workerData as PartJob;
const post = (message: PartMessage) => parentPort?.postMessage(message);

const { db } = openForBulkLoad(job.file, job.migrationsDir);
try {
  const shared = generateShared(null, job.seed, job.sizes);
  let committed = 0;
  db.exec('BEGIN');
  const counts = generatePart(db, job.part, job.seed, job.sizes, shared, {
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
  post({ type: 'done', counts });
} catch (error) {
  if (db.open) db.close();
  throw error;
}
