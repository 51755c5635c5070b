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
  /** The same counts split by one more dimension at a time (an actor, a source, a place), when the list has them. */
  slices?: FacetSlices;
}

/**
 * A counts table by one more dimension: rows (dimension, value, the cube's dimensions..., n). A record with no
 * value counts under null; one with several (an event's actors) once under each of them.
 */
export interface FacetSlices {
  table: string;
  dimensions: Record<string, SliceDimension>;
}

export interface SliceDimension {
  /** The filters whose values are values of this dimension (`location` and `within` for a place). */
  filters: readonly string[];
  /** A column of the records when each has at most one value... */
  column?: string;
  /**
   * ...or, for a multi-valued dimension, its (record_id, value) pairs, each pair once, and the condition on the
   * records (by their table name) that they have none.
   */
  pairs?: { values: string; none: string };
}

/** A record's sources: each (record, source) once, however many spans cite it. */
const sourcePairs = (records: string, recordType: string) => ({
  values: `SELECT DISTINCT record_id, source_id AS value FROM evidence WHERE record_type = '${recordType}'`,
  none: `NOT EXISTS (SELECT 1 FROM evidence WHERE record_type = '${recordType}' AND record_id = ${records}.id)`,
});

const dated = (column: string, precision: string) => ({ month: monthOf(column, precision), year: yearOf(column, precision) });

/** The cube of each list that has one, keyed by the list's path name. */
export const FACET_CUBES = {
  events: {
    table: 'event_facet_counts',
    records: 'events',
    dimensions: { type: 'type', method: 'method', ...dated('date_start', 'date_precision') },
    slices: {
      table: 'event_facet_slices',
      dimensions: {
        actor: {
          filters: ['actor'],
          pairs: {
            values: 'SELECT DISTINCT event_id AS record_id, actor_id AS value FROM event_actors',
            none: 'NOT EXISTS (SELECT 1 FROM event_actors WHERE event_id = events.id)',
          },
        },
        source: { filters: ['source'], pairs: sourcePairs('events', 'event') },
        location: { filters: ['location', 'within'], column: 'location_id' },
      },
    },
  },
  statements: {
    table: 'statement_facet_counts',
    records: 'statements',
    dimensions: { kind: 'kind', method: 'method', ...dated('said_on', 'said_precision') },
    slices: {
      table: 'statement_facet_slices',
      dimensions: {
        speaker: { filters: ['speaker'], column: 'speaker_id' },
        place: { filters: ['place', 'within'], column: 'place_id' },
        source: { filters: ['source'], pairs: sourcePairs('statements', 'statement') },
      },
    },
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
    slices: {
      table: 'figure_facet_slices',
      dimensions: {
        location: { filters: ['location', 'within'], column: 'location_id' },
        claimed_by: { filters: ['claimedBy'], column: 'claimed_by_id' },
        source: { filters: ['source'], pairs: sourcePairs('figures', 'figure') },
      },
    },
  },
} as const satisfies Record<string, FacetCube>;

/** Fills every counts table and slices table from its records (emptied first); returns the rows written per table. */
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
    if (!cube.slices) continue;
    const slices = cube.slices;
    db.exec(`DELETE FROM ${slices.table}`);
    let sliceRows = 0;
    // Grouped by position (a figure has a column named `value`): the slice's value, then the cube's dimensions.
    const groupBy = [2, ...names.map((_, i) => i + 3)].join(', ');
    const insert = (value: string, from: string, where = '') =>
      `INSERT INTO ${slices.table} (dimension, value, ${names.join(', ')}, n)
       SELECT ?, ${value}, ${values.join(', ')}, count(*) FROM ${from} ${where} GROUP BY ${groupBy}`;
    for (const [dimension, slice] of Object.entries(slices.dimensions)) {
      if (slice.pairs) {
        // The pairs drive (CROSS JOIN fixes the order), each finding its record by primary key; then the records
        // with no value. A LEFT JOIN from the records to the pairs can be planned as a scan of the pairs per
        // record before ANALYZE has run (minutes at 20,000 records).
        const pairs = `(SELECT record_id AS slice_record, value AS slice_value FROM (${slice.pairs.values}))`;
        sliceRows += db
          .prepare(insert('slice_value', `${pairs} CROSS JOIN ${cube.records} ON ${cube.records}.id = slice_record`))
          .run(dimension).changes;
        sliceRows += db.prepare(insert('NULL', cube.records, `WHERE ${slice.pairs.none}`)).run(dimension).changes;
      } else {
        sliceRows += db.prepare(insert(`${cube.records}.${slice.column}`, cube.records)).run(dimension).changes;
      }
    }
    written[slices.table] = sliceRows;
  }
  return written;
}
