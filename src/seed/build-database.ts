/**
 * Builds the ledger database from seed/ atomically: validate everything in memory, build into a temporary file
 * beside the target, apply the migrations, load, fill the search index, verify, and only then rename over the
 * target. Any failure leaves the previous database exactly as it was; a build killed half-way leaves only a
 * `*.tmp-<pid>-<n>` file, which never has the database's name and is cleaned by the next build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { publishAtomically, temporaryBeside } from '../atomic-write.js';
import { fillFacetCounts } from '../db/facet-counts.js';
import { LEDGER_META } from '../db/ledger-meta.js';
import { fillLocationAncestors } from '../db/location-closure.js';
import { schemaVersion } from '../db/migrations.js';
import * as schema from '../db/schema.js';
import { rebuildSearchIndex } from '../db/search-index.js';
import { type Corpus, loadCorpus, type SeedPaths } from './load-corpus.js';
import { renderRecords } from './render-records.js';
import { SeedError } from './seed-error.js';

export interface BuildOptions extends SeedPaths {
  /** The database file to create or replace. */
  target: string;
}

export interface BuildSummary {
  target: string;
  buildId: string;
  schemaVersion: string;
  counts: Record<string, number>;
  milliseconds: number;
  /** What loaded but a curator should look at again (Corpus.warnings), printed by `npm run seed`. */
  warnings: string[];
}

/** Rows per INSERT statement: well under SQLite's limit of 32766 bound variables for our widest table. */
const CHUNK = 500;

function insertAll(db: ReturnType<typeof drizzle>, table: SQLiteTable, rows: object[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // Rows are typed by Corpus; drizzle's insert over an erased table type cannot see it.
    db.insert(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .run();
  }
}

/** Temporary files of builds that died (SIGKILL, power loss) are removed when their process is gone. */
export function removeStaleTemporaryFiles(target: string): string[] {
  const dir = dirname(target);
  if (!existsSync(dir)) return [];
  const prefix = `${basename(target)}.tmp-`;
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Where a build of `target` is written before it is published: a private file beside it (same filesystem, so the
 * rename is atomic), named `<target>.tmp-<pid>-<n>` as removeStaleTemporaryFiles expects, after clearing what
 * dead builds left. Returns the absolute target and the temporary path.
 */
export function prepareBuildPaths(target: string): { target: string; temporary: string } {
  const absolute = resolve(target);
  mkdirSync(dirname(absolute), { recursive: true });
  removeStaleTemporaryFiles(absolute);
  return { target: absolute, temporary: temporaryBeside(absolute) };
}

export function buildDatabase(options: BuildOptions): BuildSummary {
  const started = performance.now();
  const corpus = loadCorpus(options); // throws SeedError before any file is touched
  const { target, temporary } = prepareBuildPaths(options.target);
  const version = schemaVersion(options.migrationsDir);
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(temporary);
    // The file is private until the rename, so durability during the load buys nothing.
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('foreign_keys = ON');
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: options.migrationsDir });

    const counts = load(sqlite, db, corpus, version);
    rebuildSearchIndex(sqlite);
    counts.rendered = Object.values(renderRecords(sqlite, corpus.inputDigest)).reduce((a, b) => a + b, 0);
    verify(sqlite, corpus);
    sqlite.exec('ANALYZE');
    sqlite.pragma('journal_mode = DELETE');
    sqlite.exec('VACUUM');
    sqlite.close();
    sqlite = undefined;

    publishAtomically(temporary, target);
    return {
      target,
      buildId: corpus.inputDigest,
      schemaVersion: version,
      counts,
      milliseconds: performance.now() - started,
      warnings: corpus.warnings,
    };
  } catch (error) {
    sqlite?.close();
    rmSync(temporary, { force: true });
    rmSync(`${temporary}-journal`, { force: true });
    throw error;
  }
}

function load(sqlite: Database.Database, db: ReturnType<typeof drizzle>, corpus: Corpus, version: string) {
  const counts: Record<string, number> = {
    sources: corpus.sources.length,
    actors: corpus.actors.length,
    actor_aliases: corpus.actorAliases.length,
    actor_roles: corpus.actorRoles.length,
    locations: corpus.locations.length,
    location_aliases: corpus.locationAliases.length,
    events: corpus.events.length,
    event_actors: corpus.eventActors.length,
    statements: corpus.statements.length,
    votes: corpus.votes.length,
    vote_sponsors: corpus.voteSponsors.length,
    vote_positions: corpus.votePositions.length,
    figures: corpus.figures.length,
    quantities: corpus.quantities.length,
    evidence: corpus.evidence.length,
    exclusions: corpus.exclusions.length,
  };
  const tx = sqlite.transaction(() => {
    insertAll(db, schema.sources, corpus.sources);
    insertAll(db, schema.actors, corpus.actors);
    insertAll(db, schema.actorAliases, corpus.actorAliases);
    insertAll(db, schema.actorRoles, corpus.actorRoles);
    insertAll(db, schema.locations, corpus.locations);
    insertAll(db, schema.locationAliases, corpus.locationAliases);
    counts.location_ancestors = fillLocationAncestors(sqlite);
    insertAll(db, schema.events, corpus.events);
    insertAll(db, schema.eventActors, corpus.eventActors);
    insertAll(db, schema.statements, corpus.statements);
    insertAll(db, schema.votes, corpus.votes);
    insertAll(db, schema.voteSponsors, corpus.voteSponsors);
    insertAll(db, schema.votePositions, corpus.votePositions);
    insertAll(db, schema.quantities, corpus.quantities);
    insertAll(db, schema.figures, corpus.figures);
    insertAll(db, schema.evidence, corpus.evidence);
    insertAll(db, schema.exclusions, corpus.exclusions);
    Object.assign(counts, fillFacetCounts(sqlite));
    insertAll(db, schema.ledgerMeta, [
      { key: LEDGER_META.schemaVersion, value: version },
      { key: LEDGER_META.buildId, value: corpus.inputDigest },
      { key: LEDGER_META.counts, value: JSON.stringify(counts) },
      { key: LEDGER_META.kind, value: 'curated' },
      ...corpus.actorMerges.map(({ from, to }) => ({ key: `${LEDGER_META.mergedActor}${from}`, value: to })),
    ]);
  });
  tx();
  return counts;
}

/** The checks that must hold before the file may replace the published database. */
function verify(sqlite: Database.Database, corpus: Corpus) {
  const fail = (reason: string) => {
    throw new SeedError('database', null, `verification failed: ${reason}`);
  };
  const integrity = sqlite.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') fail(`integrity_check: ${String(integrity)}`);
  const brokenKeys = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
  if (brokenKeys.length > 0)
    fail(`${brokenKeys.length} foreign key(s) broken, first in ${brokenKeys[0]?.table} -> ${brokenKeys[0]?.parent}`);

  const texts = new Map<string, string>();
  for (const row of sqlite.prepare('SELECT id, text, sha256 FROM sources').all() as { id: string; text: string; sha256: string }[]) {
    const expected = corpus.sources.find((s) => s.id === row.id)?.sha256;
    const actual = createHash('sha256').update(row.text, 'utf8').digest('hex');
    if (actual !== expected) fail(`source ${row.id} text does not hash to its sha256`);
    texts.set(row.id, row.text);
  }
  const evidenceRows = sqlite.prepare('SELECT record_type, record_id, source_id, start, "end", quote FROM evidence').all() as {
    record_type: string;
    record_id: string;
    source_id: string;
    start: number;
    end: number;
    quote: string;
  }[];
  for (const row of evidenceRows) {
    if (texts.get(row.source_id)?.slice(row.start, row.end) !== row.quote) {
      fail(`evidence of ${row.record_type}/${row.record_id} in ${row.source_id} at ${row.start}-${row.end} is not the slice it claims`);
    }
  }
  for (const type of schema.RECORD_TYPES) {
    const table = `${type}s`;
    const orphan = sqlite
      .prepare(
        `SELECT e.record_id FROM evidence e LEFT JOIN ${table} r ON r.id = e.record_id WHERE e.record_type = ? AND r.id IS NULL LIMIT 1`,
      )
      .get(type) as { record_id: string } | undefined;
    if (orphan) fail(`evidence points at ${type}/${orphan.record_id}, which does not exist`);
    const unsourced = sqlite
      .prepare(
        `SELECT r.id FROM ${table} r WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.record_type = ? AND e.record_id = r.id) LIMIT 1`,
      )
      .get(type) as { id: string } | undefined;
    if (unsourced) fail(`${type}/${unsourced.id} has no evidence`);
    const unrendered = sqlite
      .prepare(
        `SELECT r.id FROM ${table} r WHERE NOT EXISTS (SELECT 1 FROM rendered x WHERE x.record_type = ? AND x.record_id = r.id) LIMIT 1`,
      )
      .get(type) as { id: string } | undefined;
    if (unrendered) fail(`${type}/${unrendered.id} was not rendered`);
  }
}
