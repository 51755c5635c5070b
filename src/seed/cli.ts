/**
 * `npm run seed`: builds the database from seed/ into $DATABASE_PATH (default data/ledger.db) and prints what
 * it loaded per table. Exits 1 with the file, record and reason when the input is wrong; the previous database
 * is left as it was. The environment is read through the same validated settings as the server's.
 * `npm run seed -- --audit` also lists, per article, every quotation and number that no record's evidence and no
 * exclusion covers (completeness.ts), and what `npm run ingest` could not place (a record file's `not_placed`): what a
 * curator still has to account for. It does not fail the build.
 */
import { ConfigError, loadConfig } from '../config.js';
import { MIGRATIONS_DIR, SEED_DIR } from '../paths.js';
import { buildDatabase } from './build-database.js';
import { auditCorpus, auditLines } from './completeness.js';
import { loadCorpus } from './load-corpus.js';
import { SeedError } from './seed-error.js';

function main(args: readonly string[]): number {
  const unknown = args.filter((arg) => arg !== '--audit');
  if (unknown.length > 0) {
    process.stderr.write(`seed: unknown argument ${unknown.join(' ')} (the only one is --audit)\n`);
    return 1;
  }
  let target: string;
  try {
    target = loadConfig().databasePath;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`seed: ${error.message}\n`);
    return 1;
  }
  try {
    const summary = buildDatabase({ target, seedDir: SEED_DIR, migrationsDir: MIGRATIONS_DIR });
    const width = Math.max(...Object.keys(summary.counts).map((k) => k.length));
    process.stdout.write(`seed: built ${summary.target} in ${summary.milliseconds.toFixed(0)} ms\n`);
    process.stdout.write(`seed: schema ${summary.schemaVersion}, build ${summary.buildId.slice(0, 16)}\n`);
    for (const [table, count] of Object.entries(summary.counts)) {
      process.stdout.write(`  ${table.padEnd(width)}  ${String(count).padStart(5)}\n`);
    }
    for (const warning of summary.warnings) process.stderr.write(`seed: warning: ${warning}\n`);
    if (args.includes('--audit')) printAudit();
    return 0;
  } catch (error) {
    if (error instanceof SeedError) {
      process.stderr.write(`seed: error: ${error.message}\n`);
      process.stderr.write('seed: the previous database (if any) was left untouched.\n');
      return 1;
    }
    process.stderr.write(`seed: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

function printAudit(): void {
  const corpus = loadCorpus({ seedDir: SEED_DIR, migrationsDir: MIGRATIONS_DIR });
  const texts = new Map(corpus.sources.map((source) => [source.id, source.text]));
  for (const audit of auditCorpus(corpus)) {
    for (const line of auditLines(audit, texts.get(audit.sourceId) ?? '')) process.stdout.write(`${line}\n`);
  }
}

process.exitCode = main(process.argv.slice(2));
