/**
 * Facets: what the filtered result of a list holds, counted by SQL (never rows read into JavaScript). Each facet is
 * disjunctive: it drops the conditions of its own filter, so `type=veto&facets=type` still shows how many of each
 * other type the rest of the request would give. `month` and `year` are facets of the main date, so they drop
 * `from` and `to`: a client sees the whole histogram next to the range it chose.
 *
 * Two ways to count, with the same answers (test/api/facets.test.ts checks both against a model):
 * - from the list's counts table (src/db/facet-counts.ts), built with the database: when the facet and every
 *   condition it keeps fall on the table's dimensions (`type`, `method`, ... as plain value lists), the counts are
 *   a sum over a few hundred rows, whatever the size of the ledger; with one more filter or facet on an actor, a
 *   source or a place (`within` too), a sum over that value's rows of the slices table;
 * - otherwise by GROUP BY over the same conditions as the list, on indexes where they exist; with a full-text
 *   condition on a search worker when there is a pool (db/query-pool.ts), as the list's page is.
 *
 * Buckets are ordered by count (descending) then value; `month` and `year` chronologically. At most `size` of
 * them, `truncated` saying whether more exist. Records with no value form one bucket whose value is null (for a
 * multi-valued facet such as an event's actors, the records with none).
 *
 * Dates: month- and year-precision dates are stored as the 1st of their month or year, so buckets follow the
 * precision: a day- or month-precision date counts in its month, a year-precision one only in its year (in the
 * month facet it falls in the null bucket with undated records), so a date facet's buckets always add up to the
 * records counted. An event counts in the month or year it starts.
 */
import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { type FacetCube, monthOf, yearOf } from '../../db/facet-counts.js';
import type { QueryPool } from '../../db/query-pool.js';
import { anyOf, type Condition } from './conditions.js';
import type { ListShape, PageSql } from './list-query.js';

/** How a facet's values are named for people. */
export type FacetLabels = 'enum' | 'actors' | 'locations' | 'sources' | 'events' | 'quantities' | 'month' | 'year' | 'none';

export interface FacetSpec {
  /** The filters this facet ignores (disjunctive faceting); its own name when not given. */
  filters?: readonly string[];
  /** One value per record: an SQL expression over the list's tables. */
  value?: string;
  /** Several values per record (an event's actors): a LEFT JOIN and the joined value; a record counts once per value. */
  join?: { clause: string; value: string };
  labels: FacetLabels;
  chronological?: boolean;
  /** Every record of the list has this value (the timeline's `kind` of each of its lists): `value` is it in SQL. */
  constant?: string;
}

export interface FacetBucket {
  value: string | number | boolean | null;
  label: string | null;
  count: number;
}

export interface Facet {
  name: string;
  buckets: FacetBucket[];
  truncated: boolean;
}

/**
 * The `month` and `year` facets of a list's main date, bucketed by its precision. They ignore `from` and `to`,
 * the filters on the same date (disjunctive, as every facet ignores its own filter).
 */
export function dateFacets(mainDate: { column: string; precision: string | null }): Record<'month' | 'year', FacetSpec> {
  const { column, precision } = mainDate;
  const filters = ['from', 'to'];
  return {
    month: { filters, value: monthOf(column, precision), labels: 'month', chronological: true },
    year: { filters, value: yearOf(column, precision), labels: 'year', chronological: true },
  };
}

/** The `source` facet of a list of sourced records: the articles its records have evidence in. */
export function sourceFacet(recordType: string, alias: string): FacetSpec {
  return {
    join: { clause: `evidence fe ON fe.record_type = '${recordType}' AND fe.record_id = ${alias}.id`, value: 'fe.source_id' },
    labels: 'sources',
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Words that keep their capitals in an enum's human name. */
const ACRONYMS = new Set(['un', 'sc']);

/** `press_conference` -> "Press conference", `un_vote` -> "UN vote", `security_council` -> "Security council". */
export function enumLabel(value: string): string {
  const words = value.split('_').map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w));
  const first = words[0] ?? '';
  return [first.charAt(0).toUpperCase() + first.slice(1), ...words.slice(1)].join(' ');
}

const NAME_QUERIES: Partial<Record<FacetLabels, string>> = {
  actors: 'SELECT id, name FROM actors WHERE id IN (SELECT value FROM json_each(?))',
  locations: 'SELECT id, name FROM locations WHERE id IN (SELECT value FROM json_each(?))',
  sources: "SELECT id, publisher || ', ' || published_on FROM sources WHERE id IN (SELECT value FROM json_each(?))",
  events: 'SELECT id, title FROM events WHERE id IN (SELECT value FROM json_each(?))',
  quantities: 'SELECT id, subject FROM quantities WHERE id IN (SELECT value FROM json_each(?))',
};

/** A list that answers facets: its shape, its facets, and the translation of its filters into conditions. */
export interface FacetSource<Filters> {
  readonly shape: ListShape;
  readonly facetSpecs: Record<string, FacetSpec>;
  /** The counts table built with the database, when the list has one. */
  readonly facetCube?: FacetCube | undefined;
  /** A facet or filter whose column in the counts table has another name (the timeline's `type` is a vote's `body`). */
  readonly cubeColumns?: Readonly<Record<string, string>> | undefined;
  conditions(filters: Filters): Condition[];
}

/**
 * The filter tag of a condition keeping only records with a known main date (the timeline's entries): in a counts
 * table, the rows with a year (a date is known exactly when its precision is day, month or year).
 */
export const DATED_FILTER = 'dated';

/** The range a list's filters give its main date (every list names it `from` and `to`). */
function windowOf(filters: unknown): DateWindow {
  const { from, to } = (filters ?? {}) as { from?: unknown; to?: unknown };
  return { from: typeof from === 'string' ? from : undefined, to: typeof to === 'string' ? to : undefined };
}

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};
const previousMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/**
 * The whole months a range covers, first and last (`YYYY-MM`; null: unbounded on that side), or undefined when
 * it has no range or covers no whole month.
 */
export function wholeMonths({ from, to }: DateWindow): [string | null, string | null] | undefined {
  if (!from && !to) return undefined;
  const first = from ? (from.endsWith('-01') ? from.slice(0, 7) : nextMonth(from.slice(0, 7))) : null;
  const last = to ? (nextMonth(to.slice(0, 7)) === nextDayMonth(to) ? to.slice(0, 7) : previousMonth(to.slice(0, 7))) : null;
  return first !== null && last !== null && first > last ? undefined : [first, last];
}

/** The month of the day after an ISO date. */
function nextDayMonth(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 7);
}

/** Asks a list for every bucket of a facet (the timeline adds its lists' buckets up before bounding them). */
const EVERY_BUCKET = 1_000_000_000;

export interface FacetCountOptions {
  /** Answer from the build-time counts tables where the request allows (default); false counts every time. */
  cubes?: boolean | undefined;
  /** Worker threads for counts under a full-text condition; without it they run on the calling thread. */
  pool?: QueryPool | undefined;
}

/**
 * A facet's SQL and its parameters, and whether it needs the search index. When the counts table answers, `cube`
 * says how (the table, the facet's column, the value lists kept) and the counts are summed from the table as read
 * into memory once; `sql` is then the same sum in SQL, for reading and for tests.
 */
interface FacetQuery {
  sql: string;
  params: unknown[];
  search: boolean;
  cube?: CubeSum | undefined;
  /**
   * With a day-precise range: the whole months inside it are summed from the counts table (`cube`), and these
   * queries count the records outside them (the partial months at the edges; for events, those that start before
   * `from` and reach it), each on the date index; the answer is their sum.
   */
  edges?: { sql: string; params: unknown[] }[] | undefined;
}

/** A range of the main date, as the list's `from` and `to` give it (ISO dates). */
export interface DateWindow {
  from?: string | undefined;
  to?: string | undefined;
}

/** A sum over a counts table: the facet's column, grouped, over the rows whose dimensions are in the kept lists. */
interface CubeSum {
  table: string;
  /** The column counted, or the value every row has. */
  facet: { column: string } | { constant: string };
  /** Value lists on columns, and columns that must not be null. */
  kept: ({ dimension: string; values: readonly unknown[] } | { dimension: string; notNull: true })[];
  /**
   * Only the records whose stored date falls in these months (`YYYY-MM`, inclusive; null: unbounded): the `month`
   * column, or for a year-precision date (stored as 1 January) its year's January; undated records never.
   */
  months?: [string | null, string | null] | undefined;
  chronological: boolean;
}

/**
 * A counts table as read from the database, by column: each column's distinct values and, per row, the index of its
 * value among them; and each row's count. A sum is then a pass over arrays of small integers.
 */
interface CubeRows {
  columns: Map<string, { values: (string | number | null)[]; codes: Int32Array }>;
  n: Float64Array;
}

type Row = [string | number | null, number];

/** Buckets as the SQL orders them (count descending, then value; or by value alone), at most `size + 1`. */
function ordered(rows: Row[], chronological: boolean, size: number): Row[] {
  rows.sort(chronological ? (a, b) => byValue(a[0], b[0]) : (a, b) => b[1] - a[1] || byValue(a[0], b[0]));
  if (rows.length > size + 1) rows.length = size + 1;
  return rows;
}

/** SQLite's order for one column's values, as `ORDER BY value IS NULL, value` gives it: numbers, then text, then null. */
function byValue(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : 1;
}

/** A kept condition that is a value list on one of the cube's dimensions, as a list on the counts table's column. */
const onCubeDimension = (cube: FacetCube, c: Condition): Condition | undefined =>
  c.filter !== undefined && c.anyOf && c.filter in cube.dimensions ? anyOf(`"${c.filter}"`, c.anyOf.values) : undefined;

/**
 * A sum over the slices table (src/db/facet-counts.ts) by one more dimension: the facet is that dimension or one
 * of the cube's, and every kept condition is on the cube's dimensions or on that one (an actor, a place,
 * `within`). A record with several values of a dimension (an event's actors or sources) counts once under each,
 * so a filter on such a dimension is summed only when it names one value.
 */
function fromSlices(cube: FacetCube, name: string, own: readonly Condition[]): PageSql | undefined {
  for (const [dimension, slice] of Object.entries(cube.slices?.dimensions ?? {})) {
    if (name !== dimension && !(name in cube.dimensions)) continue;
    const kept: Condition[] = [{ sql: 'dimension = ?', params: [dimension] }];
    for (const c of own) {
      const onCube = onCubeDimension(cube, c);
      const onSlice = c.filter !== undefined && slice.filters.includes(c.filter) ? c.onValues : undefined;
      const exact = onSlice && (!slice.pairs || onSlice.count === 1);
      if (onCube) kept.push(onCube);
      else if (onSlice && exact) kept.push(onSlice.on('value'));
      else break;
    }
    if (kept.length === own.length + 1) return summedSql(cube.slices?.table as string, name === dimension ? 'value' : `"${name}"`, kept);
  }
  return undefined;
}

const summedSql = (table: string, value: string, kept: readonly Condition[]): PageSql => ({
  sql: `SELECT ${value} AS value, sum(n) AS n FROM ${table} ${kept.length ? `WHERE ${kept.map((c) => c.sql).join(' AND ')}` : ''} GROUP BY 1`,
  params: kept.flatMap((c) => c.params),
});

export class FacetCounts {
  /** One prepared statement per facet SQL text: a handful per list and facet (padded value lists keep it so). */
  private readonly prepared = new LRUCache<string, Database.Statement>({ max: 256 });
  private readonly names: Partial<Record<FacetLabels, Database.Statement>> = {};
  /** Each counts table, read on first use: a few thousand rows at most, and the database never changes. */
  private readonly cubeRows = new Map<string, CubeRows>();
  private readonly enumLabels = new Map<string, string>();
  private readonly cubes: boolean;
  private readonly pool: QueryPool | undefined;

  constructor(
    private readonly db: Database.Database,
    options: FacetCountOptions = {},
  ) {
    this.cubes = options.cubes ?? true;
    this.pool = options.pool;
    for (const [labels, sql] of Object.entries(NAME_QUERIES)) this.names[labels as FacetLabels] = db.prepare(sql).raw(true);
  }

  /** The facets `names` of the records of `list` meeting `filters`, each ignoring its own filter. */
  async count<Filters>(list: FacetSource<Filters>, filters: Filters, names: readonly string[], size: number): Promise<Facet[]> {
    const conditions = list.conditions(filters);
    const facets: Facet[] = [];
    for (const name of names) {
      facets.push(this.facet(list, name, await this.rows(this.query(list, conditions, name, size, windowOf(filters)), size), size));
    }
    return facets;
  }

  /**
   * The facets `names` of the union of several lists' records meeting `filters` (the timeline: events, votes and
   * statements), each list counted as `count` would, every bucket, then added up by value, ordered and bounded.
   * The lists share their facet names and labels.
   */
  async countUnion<Filters>(
    lists: readonly FacetSource<Filters>[],
    filters: Filters,
    names: readonly string[],
    size: number,
  ): Promise<Facet[]> {
    const first = lists[0];
    if (!first) return names.map((name) => ({ name, buckets: [], truncated: false }));
    const conditions = lists.map((list) => list.conditions(filters));
    const facets: Facet[] = [];
    for (const name of names) {
      const sums = new Map<string | number | null, number>();
      for (const [i, list] of lists.entries()) {
        const query = this.query(list, conditions[i] as Condition[], name, EVERY_BUCKET, windowOf(filters));
        for (const [value, n] of await this.rows(query, EVERY_BUCKET)) sums.set(value, (sums.get(value) ?? 0) + n);
      }
      const rows = ordered([...sums], (first.facetSpecs[name] as FacetSpec).chronological ?? false, size);
      facets.push(this.facet(first, name, rows, size));
    }
    return facets;
  }

  /** A facet's rows, ordered and bounded (`size + 1` at most): summed in memory, or by SQL (on a worker with `q`). */
  private async rows(query: FacetQuery, size: number): Promise<Row[]> {
    if (query.cube && query.edges) {
      const sums = new Map<string | number | null, number>();
      const add = (rows: Row[]) => {
        for (const [value, n] of rows) sums.set(value, (sums.get(value) ?? 0) + n);
      };
      add(this.sum(query.cube, EVERY_BUCKET));
      for (const edge of query.edges) add(this.statement(edge.sql).all(...edge.params) as Row[]);
      return ordered([...sums], query.cube.chronological, size);
    }
    if (query.cube) return this.sum(query.cube, size);
    return (
      query.search && this.pool ? await this.pool.all(query.sql, query.params) : this.statement(query.sql).all(...query.params)
    ) as Row[];
  }

  /** The SQL counting facet `name` within `conditions` less its own filters: from the counts table when it can. */
  query<Filters>(
    list: FacetSource<Filters>,
    conditions: readonly Condition[],
    name: string,
    size: number,
    window: DateWindow = {},
  ): FacetQuery {
    const spec = list.facetSpecs[name];
    if (!spec) throw new Error(`no facet named ${name}`);
    const ignored = new Set(spec.filters ?? [name]);
    const own = conditions.filter((c) => c.filter === undefined || !ignored.has(c.filter));
    const order = spec.chronological ? 'value IS NULL, value' : 'n DESC, value IS NULL, value';
    const bounded = (counted: string, params: unknown[], search: boolean): FacetQuery => ({
      sql: `SELECT value, n FROM (${counted}) ORDER BY ${order} LIMIT ?`,
      params: [...params, size + 1],
      search,
    });
    const cube = this.cubes ? list.facetCube : undefined;
    const column = (n: string) => list.cubeColumns?.[n] ?? n;
    const onCube = (n: string | undefined) => cube !== undefined && n !== undefined && column(n) in cube.dimensions;
    if (
      cube &&
      (spec.constant !== undefined || onCube(name)) &&
      own.every((c) => c.filter === DATED_FILTER || (c.anyOf && onCube(c.filter)))
    ) {
      // Each kept condition is a value list on a dimension: the same list on the table's column of that name (or,
      // for a known date, a year).
      const lists: CubeSum['kept'] = own.map((c) =>
        c.filter === DATED_FILTER
          ? { dimension: 'year', notNull: true }
          : { dimension: column(c.filter as string), values: c.anyOf?.values ?? [] },
      );
      const kept = lists.map((l) =>
        'values' in l ? anyOf(`"${l.dimension}"`, l.values) : { sql: `"${l.dimension}" IS NOT NULL`, params: [] },
      );
      const where = kept.length ? `WHERE ${kept.map((c) => c.sql).join(' AND ')}` : '';
      const value = spec.constant !== undefined ? `'${spec.constant}'` : `"${column(name)}"`;
      return {
        ...bounded(
          `SELECT ${value} AS value, sum(n) AS n FROM ${cube.table} ${where} GROUP BY 1`,
          kept.flatMap((c) => c.params),
          false,
        ),
        cube: {
          table: cube.table,
          facet: spec.constant !== undefined ? { constant: spec.constant } : { column: column(name) },
          kept: lists,
          chronological: spec.chronological ?? false,
        },
      };
    }
    // The slices hold a list's own records by its own facet names (not the timeline's merged branches).
    const sliced = cube && !list.cubeColumns && spec.constant === undefined ? fromSlices(cube, name, own) : undefined;
    if (sliced) return bounded(sliced.sql, sliced.params, false);
    const counting = (conditions: readonly Condition[]) => {
      const where = conditions.length ? `WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '';
      const { alias, from } = list.shape;
      return spec.join
        ? `SELECT ${spec.join.value} AS value, count(DISTINCT ${alias}.id) AS n FROM ${from} LEFT JOIN ${spec.join.clause} ${where} GROUP BY 1`
        : `SELECT ${spec.value} AS value, count(*) AS n FROM ${from} ${where} GROUP BY 1`;
    };
    // A range on the main date: its whole months from the counts table, the rest by SQL on the date index. Exact
    // because every record whose stored date lies in the range matches the range (an event's span starts there),
    // and the table's month (or, for a year-precision date, its January) is the month of that stored date.
    const sortDate = list.shape.sorts.date;
    const months = wholeMonths(window);
    const ranged = (c: Condition) => c.filter === 'from' || c.filter === 'to';
    const rest = own.filter((c) => !ranged(c));
    if (
      cube &&
      sortDate &&
      months &&
      'month' in cube.dimensions &&
      'year' in cube.dimensions &&
      !spec.join &&
      (spec.constant !== undefined || onCube(name)) &&
      own.some(ranged) &&
      rest.every((c) => c.filter === DATED_FILTER || (c.anyOf && onCube(c.filter)))
    ) {
      const whole = this.query(list, rest, name, size);
      const [first, last] = months;
      const edges = [
        ...(first ? [{ sql: `${sortDate} < ?`, params: [`${first}-01`] }] : []),
        ...(last ? [{ sql: `${sortDate} >= ?`, params: [`${nextMonth(last)}-01`] }] : []),
      ].map((edge) => {
        const conditions = [...own, edge];
        return { sql: `${counting(conditions)}`, params: conditions.flatMap((c) => c.params) };
      });
      const cubeSum = whole.cube as CubeSum;
      return {
        sql: [whole.sql, ...edges.map((e) => e.sql)].join(';\n'),
        params: [...whole.params, ...edges.flatMap((e) => e.params)],
        search: false,
        cube: { ...cubeSum, months },
        edges,
      };
    }
    return bounded(
      counting(own),
      own.flatMap((c) => c.params),
      own.some((c) => c.search !== undefined),
    );
  }

  /**
   * The counts of a cube sum, ordered and bounded as the SQL would give them (`size + 1` rows at most): summed in
   * JavaScript over the table read once, since a request then costs a pass over a few thousand rows in memory
   * instead of a query over them (about 2 ms a facet at 1M; see BENCHMARKS.md, "Facets").
   */
  private sum(cube: CubeSum, size: number): Row[] {
    const { columns, n } = this.cubeOf(cube.table);
    const column = (name: string) => {
      const found = columns.get(name);
      if (!found) throw new Error(`the counts table ${cube.table} has no column ${name}`);
      return found;
    };
    // Per kept condition: which of its column's values pass.
    const kept = cube.kept.map((k) => {
      const { values, codes } = column(k.dimension);
      const wanted = 'values' in k ? new Set(k.values) : undefined;
      return { codes, passes: Uint8Array.from(values, (v) => ((wanted ? wanted.has(v) : v !== null) ? 1 : 0)) };
    });
    if (cube.months) {
      // The stored date's month: the month column, or January of the year for a year-precision date.
      const [first, last] = cube.months;
      const inside = (month: string) => (first === null || month >= first) && (last === null || month <= last);
      const month = column('month');
      const year = column('year');
      const byYear = Uint8Array.from(year.values, (y) => (y !== null && inside(`${y}-01`) ? 1 : 0));
      // 1: inside; 0: outside; 2: no month (decided by the year).
      const byMonth = Uint8Array.from(month.values, (m) => (m === null ? 2 : inside(String(m)) ? 1 : 0));
      const passes = new Uint8Array(n.length);
      for (let row = 0; row < n.length; row++) {
        const m = byMonth[month.codes[row] as number];
        passes[row] = m === 2 ? (byYear[year.codes[row] as number] as number) : (m as number);
      }
      kept.push({ codes: Int32Array.from(passes.keys()), passes });
    }
    const counted = 'column' in cube.facet ? column(cube.facet.column) : undefined;
    const values = counted?.values ?? ['constant' in cube.facet ? cube.facet.constant : null];
    const codes = counted?.codes;
    const totals = new Float64Array(values.length);
    rows: for (let row = 0; row < n.length; row++) {
      for (const k of kept) if (k.passes[k.codes[row] as number] === 0) continue rows;
      const at = codes ? (codes[row] as number) : 0;
      totals[at] = (totals[at] as number) + (n[row] as number);
    }
    // Every row counts one record or more: a value with no count had no row kept.
    const sums: Row[] = [];
    for (const [code, total] of totals.entries()) if (total > 0) sums.push([values[code] as string | number | null, total]);
    return ordered(sums, cube.chronological, size);
  }

  private cubeOf(table: string): CubeRows {
    let cube = this.cubeRows.get(table);
    if (!cube) {
      const statement = this.db.prepare(`SELECT * FROM ${table}`).raw(true);
      const names = statement.columns().map((c) => c.name);
      const rows = statement.all() as (string | number | null)[][];
      const columns: CubeRows['columns'] = new Map();
      for (const [i, name] of names.entries()) {
        const index = new Map<string | number | null, number>();
        const codes = Int32Array.from(rows, (row) => {
          const value = row[i] as string | number | null;
          let code = index.get(value);
          if (code === undefined) {
            code = index.size;
            index.set(value, code);
          }
          return code;
        });
        columns.set(name, { values: [...index.keys()], codes });
      }
      const at = names.indexOf('n');
      cube = { columns, n: Float64Array.from(rows, (row) => row[at] as number) };
      this.cubeRows.set(table, cube);
    }
    return cube;
  }

  private statement(sql: string): Database.Statement {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql).raw(true);
      this.prepared.set(sql, statement);
    }
    return statement;
  }

  private facet<Filters>(list: FacetSource<Filters>, name: string, rows: Row[], size: number): Facet {
    const truncated = rows.length > size;
    if (truncated) rows.length = size;
    const labels = this.labelsOf(
      (list.facetSpecs[name] as FacetSpec).labels,
      rows.map(([value]) => value).filter((v): v is string => typeof v === 'string'),
    );
    return {
      name,
      buckets: rows.map(([value, count]) => ({
        value,
        label: value === null ? null : (labels.get(String(value)) ?? String(value)),
        count,
      })),
      truncated,
    };
  }

  private enumLabel(value: string): string {
    let label = this.enumLabels.get(value);
    if (label === undefined) {
      label = enumLabel(value);
      // Enum values are a few dozen; a bound keeps a client's made-up values (never counted, but) from growing it.
      if (this.enumLabels.size < 1024) this.enumLabels.set(value, label);
    }
    return label;
  }

  private labelsOf(kind: FacetLabels, values: string[]): Map<string, string> {
    const statement = this.names[kind];
    if (statement) return new Map(values.length ? (statement.all(JSON.stringify(values)) as [string, string][]) : []);
    if (kind === 'enum') return new Map(values.map((v) => [v, this.enumLabel(v)]));
    if (kind === 'month') return new Map(values.map((v) => [v, `${MONTHS[Number(v.slice(5, 7)) - 1] ?? v} ${v.slice(0, 4)}`]));
    return new Map(values.map((v) => [v, v]));
  }
}
