/**
 * Facet counts computed at build time (the "cube" of each list): for events, statements, votes and figures, the
 * number of records per combination of the list's single-valued facet dimensions that stay few when combined
 * (type, method, month, year for events; ...). The published database never changes, so counting a million
 * records per facet request is work the build can do once: a request whose filters all fall on these dimensions
 * is answered by summing the matching rows of a table of a few hundred or thousand rows
 * (src/repositories/query/facets.ts), anything else is counted over the records themselves.
 *
 * Filled by the seed (src/seed/build-database.ts) and the synthetic generator (bench/lib/build-synthetic.ts) after
 * the records are loaded, from the same definitions, so both kinds of database answer alike.
 */
import type Database from 'better-sqlite3';

/** The month bucket of a main date: `YYYY-MM` when the date is precise to the day or month, else null. */
export const monthOf = (column: string, precision: string | null) =>
  precision ? `CASE WHEN ${precision} IN ('day', 'month') THEN substr(${column}, 1, 7) END` : `substr(${column}, 1, 7)`;

/** The year bucket of a main date: `YYYY` when the date is known at all (day, month or year precision), else null. */
export const yearOf = (column: string, precision: string | null) =>
  precision ? `CASE WHEN ${precision} IN ('day', 'month', 'year') THEN substr(${column}, 1, 4) END` : `substr(${column}, 1, 4)`;

export interface FacetCube {
  /** The counts table. */
  table: string;
  /** The records it counts. */
  records: string;
  /** Each dimension (named as the list's facet and filter) and the SQL over `records` that gives its value. */
  dimensions: Record<string, string>;
}

const dated = (column: string, precision: string) => ({ month: monthOf(column, precision), year: yearOf(column, precision) });

/** The cube of each list that has one, keyed by the list's path name. */
export const FACET_CUBES = {
  events: {
    table: 'event_facet_counts',
    records: 'events',
    dimensions: { type: 'type', method: 'method', ...dated('date_start', 'date_precision') },
  },
  statements: {
    table: 'statement_facet_counts',
    records: 'statements',
    dimensions: { kind: 'kind', method: 'method', ...dated('said_on', 'said_precision') },
  },
  votes: {
    table: 'vote_facet_counts',
    records: 'votes',
    dimensions: { body: 'body', outcome: 'outcome', method: 'method', ...dated('voted_on', 'voted_precision') },
  },
  figures: {
    table: 'figure_facet_counts',
    records: 'figures',
    dimensions: { metric: 'metric', category: 'category', method: 'method', ...dated('as_of', 'as_of_precision') },
  },
} as const satisfies Record<string, FacetCube>;

/** Fills every counts table from its records (emptied first); returns the rows written per table. */
export function fillFacetCounts(db: Database.Database): Record<string, number> {
  const written: Record<string, number> = {};
  for (const cube of Object.values(FACET_CUBES) as FacetCube[]) {
    const names = Object.keys(cube.dimensions);
    const values = Object.values(cube.dimensions);
    db.exec(`DELETE FROM ${cube.table}`);
    written[cube.table] = db
      .prepare(
        `INSERT INTO ${cube.table} (${names.join(', ')}, n)
         SELECT ${values.join(', ')}, count(*) FROM ${cube.records} GROUP BY ${names.map((_, i) => i + 1).join(', ')}`,
      )
      .run().changes;
  }
  return written;
}
