/**
 * The one place lists are queried: filters ANDed together, a keyset on (sort key, id; a search hit's rowid for
 * relevance) instead of OFFSET, and LIMIT n+1 to learn whether another page exists without counting. Statements are prepared once per distinct
 * SQL text and reused. Every resource's repository describes its table and filters and calls `runList`.
 */
import type Database from 'better-sqlite3';
import type { CursorCodec, CursorKey } from '../http/cursor.js';

/** A WHERE fragment with its bound parameters; fragments are built from our own constants, never user text. */
export interface Condition {
  sql: string;
  params: unknown[];
  /** Set by anyOf: the column and values, so a page over several values can be merged from one index walk each. */
  anyOf?: { column: string; values: readonly unknown[] };
}

export interface ListShape {
  /** The main table's alias in `from`, e.g. `s`. */
  alias: string;
  /** Columns to select (the main table's id must be selected as `id`). */
  select: string;
  /** FROM clause with the joins `select` needs. */
  from: string;
  /** Sort names (without a leading '-') to the column that orders them; id breaks ties. */
  sorts: Record<string, string>;
  /** The FTS5 table holding this resource's searchable text, keyed by `record_id`. */
  ftsTable?: string;
}

export interface ListRequest {
  conditions: Condition[];
  /** `date`, `-date`, `name`, `relevance`...: validated by the route's schema. */
  sort: string;
  limit: number;
  cursor?: string | undefined;
  /** A safe FTS5 query (see search-terms.ts) when the client searched. */
  search?: string | undefined;
}

export interface ListPage<Row> {
  rows: Row[];
  nextCursor: string | null;
}

/** A page query prepared once: rows come back raw (arrays) and become objects through a mapper compiled from the columns. */
interface PreparedPage {
  statement: Database.Statement;
  toObject: (row: unknown[]) => unknown;
  /** Positions of `_sort_key` and `_tie` (what breaks ties: the id, or a search hit's rowid) in a raw row, for the next cursor. */
  tieAt: number;
  sortKeyAt: number;
}

export class ListQueries {
  private readonly cache = new Map<string, PreparedPage>();

  constructor(
    private readonly db: Database.Database,
    private readonly cursors: CursorCodec,
  ) {}

  private prepare(sql: string): PreparedPage {
    let prepared = this.cache.get(sql);
    if (!prepared) {
      const statement = this.db.prepare(sql).raw(true);
      const names = statement.columns().map((c) => c.name);
      prepared = {
        statement,
        toObject: rowMapper(
          names.filter((name) => name !== '_sort_key' && name !== '_tie'),
          names,
        ),
        tieAt: names.indexOf('_tie'),
        sortKeyAt: names.indexOf('_sort_key'),
      };
      this.cache.set(sql, prepared);
    }
    return prepared;
  }

  run<Row extends { id: string }>(shape: ListShape, request: ListRequest): ListPage<Row> {
    const descending = request.sort.startsWith('-');
    const sortName = descending ? request.sort.slice(1) : request.sort;
    // WHERE fragments with their parameters, in order; `split` is the one multi-valued filter merged per value.
    const where: Condition[] = [];
    let from = shape.from;
    let fromParams: unknown[] = [];
    let sortColumn: string;
    // What breaks ties in the sort: the record's id, or for relevance the hit's rowid in the full-text table (stable
    // within a build, and cursors are bound to their build), which FTS5 hands out without reading the stored row.
    let tiebreak = `${shape.alias}.id`;
    // The previous page's last (sort key, tiebreak), checked once (an HMAC) and used wherever the page is cut.
    const after = request.cursor ? this.cursors.decode(request.cursor, request.sort, 2) : undefined;

    if (sortName === 'relevance') {
      if (!shape.ftsTable || !request.search) throw new Error('relevance sort needs a search');
      // bm25 rank: lower is better, so ascending rank is best first. The hits are the outer loop (CROSS JOIN fixes
      // SQLite's join order): each hit finds its record by primary key, never the other way round.
      const fts = shape.ftsTable;
      if (request.conditions.length === 0) {
        // Search alone: the page is cut inside the full-text query on (rank, rowid) alone; only the page's hits then
        // read their record_id and join their records, not every match (q=lavrov, 1,816 matches at 1M statements:
        // 19 ms -> 2.2 ms for this query; reading record_id for every match before the cut cost 2 ms of it).
        from = `(SELECT f.rowid AS fts_rowid, f.record_id, cut.rank FROM
            (SELECT rowid AS r, rank FROM ${fts} WHERE ${fts} MATCH ?${after ? ' AND (rank, rowid) > (?, ?)' : ''} ORDER BY rank, rowid LIMIT ?) AS cut
            CROSS JOIN ${fts} f ON f.rowid = cut.r) AS hit
          CROSS JOIN ${shape.from}`;
        fromParams = [request.search, ...(after ?? []), request.limit + 1];
      } else {
        from = `(SELECT rowid AS fts_rowid, record_id, rank FROM ${fts} WHERE ${fts} MATCH ?) AS hit CROSS JOIN ${shape.from}`;
        fromParams = [request.search];
      }
      where.push({ sql: `${shape.alias}.id = hit.record_id`, params: [] });
      sortColumn = 'hit.rank';
      tiebreak = 'hit.fts_rowid';
    } else {
      const column = shape.sorts[sortName];
      if (!column) throw new Error(`unknown sort ${sortName}`);
      sortColumn = column;
      if (request.search && shape.ftsTable) {
        where.push({
          sql: `${shape.alias}.id IN (SELECT record_id FROM ${shape.ftsTable} WHERE ${shape.ftsTable} MATCH ?)`,
          params: [request.search],
        });
      }
    }
    // A filter with several values (kind=direct,indirect) cannot walk one (value, date, id) index in date order,
    // so SQLite would sort every match after the cursor (2 s a page at 1M rows). Instead each value walks its own
    // index range in order, LIMIT n+1, and the few rows are merged: the cost is one page per value.
    const split = sortName === 'relevance' ? undefined : request.conditions.find((c) => c.anyOf && c.anyOf.values.length > 1);
    for (const condition of request.conditions) if (condition !== split) where.push(condition);
    if (after) {
      const [key, tie] = after;
      where.push({ sql: `(${sortColumn}, ${tiebreak}) ${descending ? '<' : '>'} (?, ?)`, params: [key, tie] });
    }
    const direction = descending ? 'DESC' : 'ASC';
    const page = (extra: Condition | undefined) => {
      const all = extra ? [...where, extra] : where;
      return {
        sql: [
          `SELECT ${shape.select}, ${sortColumn} AS _sort_key, ${tiebreak} AS _tie FROM ${from}`,
          all.length ? `WHERE ${all.map((c) => c.sql).join(' AND ')}` : '',
          `ORDER BY ${sortColumn} ${direction}, ${tiebreak} ${direction}`,
          'LIMIT ?',
        ].join(' '),
        params: [...fromParams, ...all.flatMap((c) => c.params), request.limit + 1],
      };
    };
    let sql: string;
    let params: unknown[];
    if (split?.anyOf) {
      const { column, values } = split.anyOf;
      const parts = values.map((value) => page({ sql: `${column} = ?`, params: [value] }));
      sql = `${parts.map((part) => `SELECT * FROM (${part.sql})`).join(' UNION ALL ')} ORDER BY _sort_key ${direction}, _tie ${direction} LIMIT ?`;
      params = [...parts.flatMap((part) => part.params), request.limit + 1];
    } else {
      ({ sql, params } = page(undefined));
    }

    const prepared = this.prepare(sql);
    const raw = prepared.statement.all(...params) as unknown[][];
    let nextCursor: string | null = null;
    if (raw.length > request.limit) {
      raw.length = request.limit;
      const last = raw[raw.length - 1] as unknown[];
      nextCursor = this.cursors.encode(request.sort, [last[prepared.sortKeyAt], last[prepared.tieAt]] as CursorKey);
    }
    return { rows: raw.map(prepared.toObject) as Row[], nextCursor };
  }
}

/**
 * A function turning a raw row (better-sqlite3's `.raw()` arrays) into an object literal with the given columns.
 * better-sqlite3 builds object rows property by property; raw rows plus one compiled literal cost about a third
 * less at 50 rows of 16 columns, and every row shares one hidden class, which the serializer reads faster.
 * Column names come from our own SQL, never from a client, and are quoted with JSON.stringify.
 */
export function rowMapper(columns: readonly string[], from: readonly string[] = columns): (row: unknown[]) => unknown {
  const fields = columns.map((name) => `${JSON.stringify(name)}: row[${from.indexOf(name)}]`);
  return new Function('row', `return { ${fields.join(', ')} };`) as (row: unknown[]) => unknown;
}

/** `column IN (?, ?, ...)` for a list of values (comma-separated filter values mean any of them). */
export function anyOf(column: string, values: readonly unknown[]): Condition {
  return { sql: `${column} IN (${values.map(() => '?').join(', ')})`, params: [...values], anyOf: { column, values } };
}

/** Records of a type with evidence in any of the given sources. */
export function inSources(alias: string, recordType: string, sourceIds: readonly string[]): Condition {
  return {
    sql: `${alias}.id IN (SELECT record_id FROM evidence WHERE source_id IN (${sourceIds.map(() => '?').join(', ')}) AND record_type = ?)`,
    params: [...sourceIds, recordType],
  };
}

/** Inclusive date range on a record's main date; undated records never match a range. */
export function dateRange(column: string, from?: string, to?: string): Condition[] {
  const conditions: Condition[] = [];
  if (from) conditions.push({ sql: `${column} >= ?`, params: [from] });
  if (to) conditions.push({ sql: `${column} <= ?`, params: [to] });
  else if (from) conditions.push({ sql: `${column} < '9999-12-31'`, params: [] });
  return conditions;
}
