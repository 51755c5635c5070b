/**
 * Facets: what the filtered result of a list holds, counted by SQL (GROUP BY over the same conditions as the
 * list, never rows read into JavaScript). Each facet is disjunctive: it drops the conditions of its own filter, so
 * `type=veto&facets=type` still shows how many of each other type the rest of the request would give.
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
import { type Condition, withoutFilter } from './conditions.js';
import type { ListShape } from './list-query.js';

/** How a facet's values are named for people. */
export type FacetLabels = 'enum' | 'actors' | 'locations' | 'sources' | 'events' | 'quantities' | 'month' | 'year' | 'none';

export interface FacetSpec {
  /** The filter this facet ignores (disjunctive faceting); its own name when not given. */
  filter?: string;
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

/** The `month` and `year` facets of a list's main date, bucketed by its precision. */
export function dateFacets(mainDate: { column: string; precision: string | null }): Record<'month' | 'year', FacetSpec> {
  const { column, precision } = mainDate;
  const month = precision ? `CASE WHEN ${precision} IN ('day', 'month') THEN substr(${column}, 1, 7) END` : `substr(${column}, 1, 7)`;
  const year = precision
    ? `CASE WHEN ${precision} IN ('day', 'month', 'year') THEN substr(${column}, 1, 4) END`
    : `substr(${column}, 1, 4)`;
  return {
    month: { filter: 'month', value: month, labels: 'month', chronological: true },
    year: { filter: 'year', value: year, labels: 'year', chronological: true },
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
  conditions(filters: Filters): Condition[];
}

export class FacetCounts {
  /** One prepared statement per facet SQL text: a handful per list and facet (padded value lists keep it so). */
  private readonly prepared = new LRUCache<string, Database.Statement>({ max: 256 });
  private readonly names: Partial<Record<FacetLabels, Database.Statement>> = {};

  constructor(private readonly db: Database.Database) {
    for (const [labels, sql] of Object.entries(NAME_QUERIES)) this.names[labels as FacetLabels] = db.prepare(sql).raw(true);
  }

  /** The facets `names` of the records of `list` meeting `filters`, each ignoring its own filter. */
  count<Filters>(list: FacetSource<Filters>, filters: Filters, names: readonly string[], size: number): Facet[] {
    const { shape, facetSpecs } = list;
    const conditions = list.conditions(filters);
    return names.map((name) => {
      const spec = facetSpecs[name];
      if (!spec) throw new Error(`no facet named ${name}`);
      const own = withoutFilter(conditions, spec.filter ?? name);
      const where = own.length ? `WHERE ${own.map((c) => c.sql).join(' AND ')}` : '';
      const a = shape.alias;
      const counted = spec.join
        ? `SELECT ${spec.join.value} AS value, count(DISTINCT ${a}.id) AS n FROM ${shape.from} LEFT JOIN ${spec.join.clause} ${where} GROUP BY 1`
        : `SELECT ${spec.value} AS value, count(*) AS n FROM ${shape.from} ${where} GROUP BY 1`;
      const order = spec.chronological ? 'value IS NULL, value' : 'n DESC, value IS NULL, value';
      const sql = `SELECT value, n FROM (${counted}) ORDER BY ${order} LIMIT ?`;
      let statement = this.prepared.get(sql);
      if (!statement) {
        statement = this.db.prepare(sql).raw(true);
        this.prepared.set(sql, statement);
      }
      const rows = statement.all(...own.flatMap((c) => c.params), size + 1) as [string | number | null, number][];
      const truncated = rows.length > size;
      if (truncated) rows.length = size;
      const labels = this.labelsOf(
        spec.labels,
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
    });
  }

  private labelsOf(kind: FacetLabels, values: string[]): Map<string, string> {
    const statement = this.names[kind];
    if (statement) return new Map(values.length ? (statement.all(JSON.stringify(values)) as [string, string][]) : []);
    if (kind === 'enum') return new Map(values.map((v) => [v, enumLabel(v)]));
    if (kind === 'month') return new Map(values.map((v) => [v, `${MONTHS[Number(v.slice(5, 7)) - 1] ?? v} ${v.slice(0, 4)}`]));
    return new Map(values.map((v) => [v, v]));
  }
}
