/**
 * Facets: what the filtered result of a list holds, counted by SQL (never rows read into JavaScript). Each facet is
 * disjunctive: it drops the conditions of its own filter, so `type=veto&facets=type` still shows how many of each
 * other type the rest of the request would give. `month` and `year` are facets of the main date, so they drop
 * `from` and `to`: a client sees the whole histogram next to the range it chose.
 *
 * Two ways to count, with the same answers (test/api/facets.test.ts checks both against a model):
 * - from the list's counts table (src/db/facet-counts.ts), built with the database: when the facet and every
 *   condition it keeps fall on the table's dimensions (`type`, `method`, ... as plain value lists), the counts are
 *   a sum over a few hundred rows, whatever the size of the ledger;
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
import type { ListShape } from './list-query.js';

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
  conditions(filters: Filters): Condition[];
}

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
}

/** A sum over a counts table: the facet's column, grouped, over the rows whose dimensions are in the kept lists. */
interface CubeSum {
  table: string;
  facet: string;
  kept: { dimension: string; values: readonly unknown[] }[];
  chronological: boolean;
}

/** A counts table as read from the database: its column names, and its rows with the count last. */
interface CubeRows {
  columns: string[];
  rows: unknown[][];
}

type Row = [string | number | null, number];

/** SQLite's order for one column's values, as `ORDER BY value IS NULL, value` gives it: numbers, then text, then null. */
function byValue(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : 1;
}

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
      const query = this.query(list, conditions, name, size);
      const rows = query.cube
        ? this.sum(query.cube, size)
        : ((query.search && this.pool
            ? await this.pool.all(query.sql, query.params)
            : this.statement(query.sql).all(...query.params)) as Row[]);
      facets.push(this.facet(list, name, rows, size));
    }
    return facets;
  }

  /** The SQL counting facet `name` within `conditions` less its own filters: from the counts table when it can. */
  query<Filters>(list: FacetSource<Filters>, conditions: readonly Condition[], name: string, size: number): FacetQuery {
    const spec = list.facetSpecs[name];
    if (!spec) throw new Error(`no facet named ${name}`);
    const ignored = new Set(spec.filters ?? [name]);
    const own = conditions.filter((c) => c.filter === undefined || !ignored.has(c.filter));
    const order = spec.chronological ? 'value IS NULL, value' : 'n DESC, value IS NULL, value';
    const ordered = (counted: string, params: unknown[], search: boolean): FacetQuery => ({
      sql: `SELECT value, n FROM (${counted}) ORDER BY ${order} LIMIT ?`,
      params: [...params, size + 1],
      search,
    });
    const cube = this.cubes ? list.facetCube : undefined;
    if (cube && name in cube.dimensions && own.every((c) => c.filter !== undefined && c.anyOf && c.filter in cube.dimensions)) {
      // Each kept condition is a value list on a dimension: the same list on the table's column of that name.
      const lists = own.map((c) => ({ dimension: c.filter as string, values: c.anyOf?.values ?? [] }));
      const kept = lists.map((l) => anyOf(`"${l.dimension}"`, l.values));
      const where = kept.length ? `WHERE ${kept.map((c) => c.sql).join(' AND ')}` : '';
      return {
        ...ordered(
          `SELECT "${name}" AS value, sum(n) AS n FROM ${cube.table} ${where} GROUP BY 1`,
          kept.flatMap((c) => c.params),
          false,
        ),
        cube: { table: cube.table, facet: name, kept: lists, chronological: spec.chronological ?? false },
      };
    }
    const where = own.length ? `WHERE ${own.map((c) => c.sql).join(' AND ')}` : '';
    const { alias, from } = list.shape;
    const counted = spec.join
      ? `SELECT ${spec.join.value} AS value, count(DISTINCT ${alias}.id) AS n FROM ${from} LEFT JOIN ${spec.join.clause} ${where} GROUP BY 1`
      : `SELECT ${spec.value} AS value, count(*) AS n FROM ${from} ${where} GROUP BY 1`;
    return ordered(
      counted,
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
    const { columns, rows } = this.cubeOf(cube.table);
    const at = columns.indexOf(cube.facet);
    const n = columns.indexOf('n');
    const kept = cube.kept.map((k) => ({ at: columns.indexOf(k.dimension), values: new Set(k.values) }));
    const sums = new Map<string | number | null, number>();
    for (const row of rows) {
      if (!kept.every((k) => k.values.has(row[k.at]))) continue;
      const value = row[at] as string | number | null;
      sums.set(value, (sums.get(value) ?? 0) + (row[n] as number));
    }
    const counted = [...sums] as Row[];
    counted.sort(cube.chronological ? (a, b) => byValue(a[0], b[0]) : (a, b) => b[1] - a[1] || byValue(a[0], b[0]));
    if (counted.length > size + 1) counted.length = size + 1;
    return counted;
  }

  private cubeOf(table: string): CubeRows {
    let cube = this.cubeRows.get(table);
    if (!cube) {
      const statement = this.db.prepare(`SELECT * FROM ${table}`).raw(true);
      cube = { columns: statement.columns().map((c) => c.name), rows: statement.all() as unknown[][] };
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
