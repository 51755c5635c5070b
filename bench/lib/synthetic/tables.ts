/**
 * The tables the generator writes and how: each table's columns come from the drizzle schema (so a renamed or
 * reordered column cannot drift from the real database), minus the columns the generator leaves to their default;
 * enum columns are bound as codes (see BulkInsert).
 */
import type Database from 'better-sqlite3';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  actorAliases,
  actorRoles,
  actors,
  DATE_BASES,
  EVENT_TYPES,
  eventActors,
  events,
  evidence,
  exclusions,
  FIGURE_CATEGORIES,
  FIGURE_METRICS,
  figures,
  locationAliases,
  locations,
  METHODS,
  POSITIONS,
  PRECISIONS,
  QUALIFIERS,
  RECORD_TYPES,
  STATEMENT_KINDS,
  sources,
  statements,
  TALLY_BASES,
  VOTE_BODIES,
  VOTE_OUTCOMES,
  votePositions,
  voteSponsors,
  votes,
} from '../../../src/db/schema.js';
import { BulkInsert } from '../bulk-insert.js';
import { EVENT_ROLES } from '../vocabulary.js';
import type { RowCounts } from './sizes.js';

/**
 * A table's column names in schema order, without `leftOut` (columns the generator never fills). A left-out
 * column must exist and be nullable or have a default, or every insert would fail on it.
 */
function schemaColumns(table: SQLiteTable, leftOut: readonly string[] = []): string[] {
  const config = getTableConfig(table);
  for (const name of leftOut) {
    const column = config.columns.find((c) => c.name === name);
    if (!column) throw new Error(`synthetic generator: ${config.name} has no column "${name}" to leave out`);
    if (column.notNull && !column.hasDefault) {
      throw new Error(`synthetic generator: ${config.name}.${name} is NOT NULL without a default; the generator must write it`);
    }
  }
  return config.columns.map((c) => c.name).filter((name) => !leftOut.includes(name));
}

/** Main records leave `note` (a curator's judgement call) empty. */
const NO_NOTE = ['note'];

export const COLUMNS = {
  sources: schemaColumns(sources),
  actors: schemaColumns(actors),
  actor_aliases: schemaColumns(actorAliases),
  actor_roles: schemaColumns(actorRoles),
  locations: schemaColumns(locations),
  location_aliases: schemaColumns(locationAliases),
  events: schemaColumns(events, NO_NOTE),
  event_actors: schemaColumns(eventActors),
  statements: schemaColumns(statements, NO_NOTE),
  votes: schemaColumns(votes, NO_NOTE),
  vote_sponsors: schemaColumns(voteSponsors),
  vote_positions: schemaColumns(votePositions),
  // Synthetic figures are claims about no curated quantity.
  figures: schemaColumns(figures, [...NO_NOTE, 'quantity_id']),
  evidence: schemaColumns(evidence),
  exclusions: schemaColumns(exclusions),
};

export type TableName = keyof typeof COLUMNS;
const BATCH: Partial<Record<TableName, number>> = { sources: 16 };

/** Enum columns of the big tables, bound as their position in the schema's list (see BulkInsert). */
const CODED: Partial<Record<TableName, Record<string, readonly string[]>>> = {
  events: { type: EVENT_TYPES, date_precision: PRECISIONS, date_basis: DATE_BASES, method: METHODS },
  event_actors: { role: EVENT_ROLES },
  statements: { kind: STATEMENT_KINDS, said_precision: PRECISIONS, said_basis: DATE_BASES, method: METHODS },
  votes: {
    body: VOTE_BODIES,
    voted_precision: PRECISIONS,
    voted_basis: DATE_BASES,
    outcome: VOTE_OUTCOMES,
    tally_basis: TALLY_BASES,
    method: METHODS,
  },
  vote_positions: { position: POSITIONS },
  figures: {
    metric: FIGURE_METRICS,
    category: FIGURE_CATEGORIES,
    qualifier: QUALIFIERS,
    as_of_precision: PRECISIONS,
    as_of_basis: DATE_BASES,
    method: METHODS,
  },
  evidence: { record_type: RECORD_TYPES },
};

export type Inserter = Pick<BulkInsert, 'add'>;
const NO_INSERT: Inserter = { add: () => {} };

/** One BulkInsert per table, made on first use; with no database, inserters that drop rows (draws still happen). */
export class Inserters {
  private readonly all = new Map<TableName, BulkInsert>();
  constructor(private readonly db: Database.Database | null) {}
  get(table: TableName): Inserter {
    if (!this.db) return NO_INSERT;
    let insert = this.all.get(table);
    if (!insert) {
      insert = new BulkInsert(this.db, table, COLUMNS[table], BATCH[table] ?? 256, CODED[table]);
      this.all.set(table, insert);
    }
    return insert;
  }
  finish(): RowCounts {
    const counts: RowCounts = {};
    for (const [table, insert] of this.all) {
      insert.flush();
      counts[table] = insert.count;
      if (process.env.SYNTHETIC_DEBUG)
        process.stderr.write(
          `  ${table.padEnd(18)} ${String(insert.count).padStart(9)} rows ${(insert.sqliteMs / 1000).toFixed(2).padStart(7)} s in SQLite\n`,
        );
    }
    return counts;
  }
}

/** The tables generateReferenceData writes. */
export const SHARED_TABLES = ['sources', 'actors', 'actor_aliases', 'actor_roles', 'locations', 'location_aliases', 'exclusions'] as const;

export const CORPUS_TABLES = Object.keys(COLUMNS) as TableName[];

export function countRows(db: Database.Database, tables: readonly string[]): RowCounts {
  const counts: RowCounts = {};
  for (const table of tables) counts[table] = (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  return counts;
}

export function mergeCounts(...parts: RowCounts[]): RowCounts {
  const counts: RowCounts = {};
  for (const table of CORPUS_TABLES) counts[table] = parts.reduce((sum, p) => sum + (p[table] ?? 0), 0);
  return counts;
}
