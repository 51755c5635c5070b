/**
 * How filters become SQL: each repository's `conditions(filters)` turns its filters into a list of WHERE
 * fragments with these helpers, once, and every consumer (a page, a full walk for an embed, a facet count, a
 * timeline) reuses that list. Each fragment is tagged with the filter it came from, so a disjunctive facet can
 * drop its own filter and keep the others.
 */
import { UNDATED_SORT_DATE } from '../../db/sort-date.js';

/** A WHERE fragment with its bound parameters; fragments are built from our own constants, never user text. */
export interface Condition {
  sql: string;
  params: unknown[];
  /** The key of the repository's filters this fragment came from (`speaker`, `from`, `search`...). */
  filter?: string;
  /** Set by anyOf: the column and values, so a page over several values can be merged from one index walk each. */
  anyOf?: { column: string; values: readonly unknown[] };
  /** Set on the full-text fragment: the FTS5 query, which a relevance sort joins on instead of filtering by. */
  search?: string;
  /**
   * The same filter on a column holding the filtered values themselves (a facet slices table's `value`, see
   * src/db/facet-counts.ts), and how many values it lets through when that is a list (unknown for `within`).
   */
  onValues?: { count: number | undefined; on: (column: string) => Condition };
}

/** The conditions that did not come from `filter`: what a disjunctive facet on that filter counts within. */
export function withoutFilter(conditions: readonly Condition[], filter: string): Condition[] {
  return conditions.filter((c) => c.filter !== filter);
}

/** Tags a fragment with the filter it came from. */
export function fromFilter(filter: string, condition: Condition): Condition {
  return { ...condition, filter };
}

/**
 * `?` placeholders for a list of values, padded with NULLs to the next power of two. A client chooses how many
 * values a filter has (up to the parameter's length), and every distinct SQL text is a prepared statement of its
 * own: padding keeps the number of distinct texts to a handful per filter. NULL never equals anything, so a
 * padded `IN` or a padded merge part matches exactly what the values match.
 */
export function paddedValues(values: readonly unknown[]): unknown[] {
  let size = 1;
  while (size < values.length) size *= 2;
  return [...values, ...new Array<null>(size - values.length).fill(null)];
}

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * Filters that each name values (ids or enum values; a comma-separated parameter): a record matches when it has
 * any of them, `anyOf` in SQL.
 */
export type AnyOfFilters<Name extends string> = { [N in Name]?: string[] | undefined };

/** `column IN (?, ?, ...)` for a list of values (comma-separated filter values mean any of them). */
export function anyOf(column: string, values: readonly unknown[]): Condition {
  const params = paddedValues(values);
  return {
    sql: `${column} IN (${placeholders(params)})`,
    params,
    anyOf: { column, values },
    onValues: { count: values.length, on: (other) => anyOf(other, values) },
  };
}

/** Records of a type with evidence in any of the given sources. */
export function inSources(alias: string, recordType: string, sourceIds: readonly string[]): Condition {
  const ids = paddedValues(sourceIds);
  return {
    sql: `${alias}.id IN (SELECT record_id FROM evidence WHERE source_id IN (${placeholders(ids)}) AND record_type = ?)`,
    params: [...ids, recordType],
    filter: 'source',
    onValues: { count: sourceIds.length, on: (column) => anyOf(column, sourceIds) },
  };
}

/** Inclusive date range on a record's main date; undated records never match a range. */
export function dateRange(column: string, from?: string, to?: string): Condition[] {
  const conditions: Condition[] = [];
  if (from) conditions.push({ sql: `${column} >= ?`, params: [from], filter: 'from' });
  if (to) conditions.push({ sql: `${column} <= ?`, params: [to], filter: 'to' });
  else if (from) conditions.push({ sql: `${column} < '${UNDATED_SORT_DATE}'`, params: [], filter: 'from' });
  return conditions;
}

/** Where a record came from: any of the given methods, and at least this confidence. */
export interface ProvenanceFilter {
  method?: readonly string[] | undefined;
  minConfidence?: number | undefined;
}

/** The `method` and `min_confidence` filters on a table with `method` and `confidence` columns. */
export function provenance(alias: string, filter: ProvenanceFilter | undefined): Condition[] {
  const conditions: Condition[] = [];
  if (filter?.method) conditions.push(fromFilter('method', anyOf(`${alias}.method`, filter.method)));
  if (filter?.minConfidence !== undefined)
    conditions.push({ sql: `${alias}.confidence >= ?`, params: [filter.minConfidence], filter: 'min_confidence' });
  return conditions;
}

/** Records whose searchable text matches a safe FTS5 query (see search-terms.ts). */
export function matching(shape: { alias: string; ftsTable?: string | undefined }, search: string): Condition {
  const { alias, ftsTable } = shape;
  if (!ftsTable) throw new Error(`records of alias ${alias} have no full-text table to search`);
  return {
    sql: `${alias}.id IN (SELECT record_id FROM ${ftsTable} WHERE ${ftsTable} MATCH ?)`,
    params: [search],
    filter: 'search',
    search,
  };
}
