/**
 * The one place lists are queried: conditions ANDed together (see conditions.ts), a keyset on (sort key, id; a
 * search hit's rowid for relevance) instead of OFFSET, and LIMIT n+1 to learn whether another page exists without
 * counting. Three steps, each its own function: `pageSql` writes the SQL of a page, `ListQueries.rows` runs it
 * through a bounded cache of prepared statements, and `ListQueries.page` cuts the rows to the limit and signs the
 * next cursor. `ListQueries.all` walks every page without cursors, for embeds that must not stop at a page.
 */
import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { QueryPool } from '../../db/query-pool.js';
import { type Condition, paddedValues } from './conditions.js';
import type { CursorCodec, CursorKey } from './cursor.js';

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
  /**
   * The record's main date and the column saying how precise it is (null: always a day). Month- and year-precise
   * dates are stored as the 1st, so a date histogram must bucket by the precision, not the stored day.
   */
  mainDate?: { column: string; precision: string | null };
}

export interface PageRequest {
  /** `date`, `-date`, `name`, `relevance`...: validated by the route's schema. */
  sort: string;
  limit: number;
  cursor?: string | undefined;
}

export interface ListPage<Row> {
  rows: Row[];
  nextCursor: string | null;
}

/** A page's SQL and its parameters, in order. */
export interface PageSql {
  sql: string;
  params: unknown[];
}

/** A page query prepared once: rows come back raw (arrays) and become objects through a mapper compiled from the columns. */
interface PreparedPage {
  sql: string;
  statement: Database.Statement;
  toObject: (row: unknown[]) => unknown;
  /** Positions of `_sort_key` and `_tie` (what breaks ties: the id, or a search hit's rowid) in a raw row, for the next cursor. */
  tieAt: number;
  sortKeyAt: number;
}

/** Rows of one page, and the (sort key, tiebreak) of its last row when another page follows. */
interface RowsAfter<Row> {
  rows: Row[];
  lastKey: CursorKey | null;
}

/**
 * Distinct page statements kept prepared. The SQL text varies with the resource, sort, which filters are set,
 * whether a cursor is given, and the (padded) number of values per filter: a few hundred shapes in practice. A
 * statement that falls out is simply prepared again.
 */
const PREPARED_PAGES = 256;

/** Rows per step when `all` walks a list: as many as a page may hold. */
const WALK_STEP = 500;

export interface ListQueryOptions {
  /** Worker threads for searches (see query-pool.ts); without it they run on the calling thread. */
  pool?: QueryPool | undefined;
  /**
   * Relevance ranks at most this many matches of a search alone: the last ones in the full-text index (for the
   * ledger, the most recently loaded). A query matching fewer is ranked in full, as before; one matching more (a
   * common word at millions of records) is ranked among that window only, so its cost is bounded by the window,
   * not by the corpus. 0 ranks every match.
   */
  rankWindow?: number;
}

export class ListQueries {
  private readonly prepared = new LRUCache<string, PreparedPage>({ max: PREPARED_PAGES });
  private readonly pool: QueryPool | undefined;
  private readonly rankWindow: number;
  /** One record's row by id, a statement per list shape. */
  private readonly byIdOf = new WeakMap<ListShape, Database.Statement>();
  /** Counts of `countOnce`, by SQL and parameters: the database never changes while it is served. */
  private readonly counted = new LRUCache<string, number>({ max: 1024 });

  constructor(
    private readonly db: Database.Database,
    private readonly cursors: CursorCodec,
    options: ListQueryOptions = {},
  ) {
    this.pool = options.pool;
    this.rankWindow = options.rankWindow ?? 0;
  }

  /** One row of the list by its id, in the list's own columns (no page, no conditions). */
  row<Row extends { id: string }>(shape: ListShape, id: string): Row | undefined {
    let byId = this.byIdOf.get(shape);
    if (!byId) {
      byId = this.db.prepare(`SELECT ${shape.select} FROM ${shape.from} WHERE ${shape.alias}.id = ?`);
      this.byIdOf.set(shape, byId);
    }
    return byId.get(id) as Row | undefined;
  }

  /**
   * How many records of the list meet `condition` (all of them without one), counted on the first call and
   * remembered: what a repository consults to choose the shape of a query, never what it answers.
   */
  countOnce(shape: ListShape, condition?: Condition): number {
    const sql = `SELECT count(*) FROM ${shape.from}${condition ? ` WHERE ${condition.sql}` : ''}`;
    const params = condition?.params ?? [];
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    let count = this.counted.get(key);
    if (count === undefined) {
      count = this.db
        .prepare(sql)
        .pluck()
        .get(...params) as number;
      this.counted.set(key, count);
    }
    return count;
  }

  /** One page: the cursor checked once (an HMAC), the rows, and the next page's signed cursor. */
  page<Row extends { id: string }>(shape: ListShape, conditions: readonly Condition[], request: PageRequest): ListPage<Row> {
    const after = request.cursor ? this.cursors.decode(request.cursor, request.sort, 2) : undefined;
    const query = pageSql(shape, conditions, request.sort, request.limit, after, this.rankWindow);
    const prepared = this.prepare(query.sql);
    return this.cut<Row>(prepared, prepared.statement.all(...query.params) as unknown[][], request);
  }

  /**
   * One page, as `page`; a search runs on a worker thread when there is a pool, so that its cost (which grows with
   * its matches) never holds the event loop. Other lists are bounded by their page and indexes and run here.
   */
  async pageAsync<Row extends { id: string }>(
    shape: ListShape,
    conditions: readonly Condition[],
    request: PageRequest,
  ): Promise<ListPage<Row>> {
    if (!this.pool || !conditions.some((c) => c.search !== undefined)) return this.page<Row>(shape, conditions, request);
    const after = request.cursor ? this.cursors.decode(request.cursor, request.sort, 2) : undefined;
    const query = pageSql(shape, conditions, request.sort, request.limit, after, this.rankWindow);
    const prepared = this.prepare(query.sql); // here only for its columns; the worker prepares its own
    return this.cut<Row>(prepared, await this.pool.all(query.sql, query.params), request);
  }

  private cut<Row>(prepared: PreparedPage, raw: unknown[][], request: PageRequest): ListPage<Row> {
    let nextCursor: string | null = null;
    if (raw.length > request.limit) {
      raw.length = request.limit;
      const last = raw[raw.length - 1] as unknown[];
      nextCursor = this.cursors.encode(request.sort, [last[prepared.sortKeyAt], last[prepared.tieAt]] as CursorKey);
    }
    return { rows: raw.map(prepared.toObject) as Row[], nextCursor };
  }

  /** Every matching row in sort order, fetched `step` rows at a time: an event's embedded statements never stop at a page. */
  all<Row extends { id: string }>(shape: ListShape, conditions: readonly Condition[], sort: string, step = WALK_STEP): Row[] {
    const all: Row[] = [];
    let after: CursorKey | undefined;
    for (;;) {
      const { rows, lastKey } = this.rows<Row>(pageSql(shape, conditions, sort, step, after, this.rankWindow), step);
      all.push(...rows);
      if (!lastKey) return all;
      after = lastKey;
    }
  }

  /** Runs a page's SQL (which asks for limit + 1 rows) and cuts it to `limit`, keeping the last row's key. */
  private rows<Row>(query: PageSql, limit: number): RowsAfter<Row> {
    const prepared = this.prepare(query.sql);
    const raw = prepared.statement.all(...query.params) as unknown[][];
    let lastKey: CursorKey | null = null;
    if (raw.length > limit) {
      raw.length = limit;
      const last = raw[raw.length - 1] as unknown[];
      lastKey = [last[prepared.sortKeyAt], last[prepared.tieAt]] as CursorKey;
    }
    return { rows: raw.map(prepared.toObject) as Row[], lastKey };
  }

  private prepare(sql: string): PreparedPage {
    let prepared = this.prepared.get(sql);
    if (!prepared) {
      const statement = this.db.prepare(sql).raw(true);
      const names = statement.columns().map((c) => c.name);
      prepared = {
        sql,
        statement,
        toObject: rowMapper(
          names.filter((name) => name !== '_sort_key' && name !== '_tie'),
          names,
        ),
        tieAt: names.indexOf('_tie'),
        sortKeyAt: names.indexOf('_sort_key'),
      };
      this.prepared.set(sql, prepared);
    }
    return prepared;
  }
}

/**
 * The SQL of one page: the rows matching every condition, after `after` (the previous page's last sort key and
 * tiebreak) in the sort's order, limit + 1 of them. The search condition, when there is one, filters for a date or
 * name sort and becomes the driving join for a relevance sort.
 */
export function pageSql(
  shape: ListShape,
  conditions: readonly Condition[],
  sort: string,
  limit: number,
  after: CursorKey | undefined,
  rankWindow = 0,
): PageSql {
  const descending = sort.startsWith('-');
  const sortName = descending ? sort.slice(1) : sort;
  // WHERE fragments with their parameters, in order; `mergedFilter` is the one multi-valued filter merged per value.
  const where: Condition[] = [];
  let from = shape.from;
  let fromParams: unknown[] = [];
  let sortColumn: string;
  // What breaks ties in the sort: the record's id, or for relevance the hit's rowid in the full-text table (stable
  // within a build, and cursors are bound to their build), which FTS5 hands out without reading the stored row.
  let tiebreak = `${shape.alias}.id`;
  let filters = conditions;

  if (sortName === 'relevance') {
    const search = conditions.find((c) => c.search !== undefined)?.search;
    if (!shape.ftsTable || search === undefined) throw new Error('relevance sort needs a search');
    filters = conditions.filter((c) => c.search === undefined);
    // bm25 rank: lower is better, so ascending rank is best first. The hits are the outer loop (CROSS JOIN fixes
    // SQLite's join order): each hit finds its record by primary key, never the other way round.
    const fts = shape.ftsTable;
    if (filters.length === 0) {
      // Search alone: the page is cut inside the full-text query on (rank, rowid) alone; only the page's hits then
      // read their record_id and join their records, not every match (BENCHMARKS.md has the measurement).
      // With a rank window, bm25 is computed for the last `rankWindow` matches by rowid only (FTS5 walks its
      // doclists in rowid order, descending as cheaply as ascending, and ranks a row only when it is read).
      const cut = rankWindow
        ? `SELECT r, rank FROM (SELECT rowid AS r, rank FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rowid DESC LIMIT ${Math.trunc(rankWindow)})${after ? ' WHERE (rank, r) > (?, ?)' : ''} ORDER BY rank, r LIMIT ?`
        : `SELECT rowid AS r, rank FROM ${fts} WHERE ${fts} MATCH ?${after ? ' AND (rank, rowid) > (?, ?)' : ''} ORDER BY rank, rowid LIMIT ?`;
      from = `(SELECT f.rowid AS fts_rowid, f.record_id, cut.rank FROM (${cut}) AS cut
            CROSS JOIN ${fts} f ON f.rowid = cut.r) AS hit
          CROSS JOIN ${shape.from}`;
      fromParams = [search, ...(after ?? []), limit + 1];
    } else {
      from = `(SELECT rowid AS fts_rowid, record_id, rank FROM ${fts} WHERE ${fts} MATCH ?) AS hit CROSS JOIN ${shape.from}`;
      fromParams = [search];
    }
    where.push({ sql: `${shape.alias}.id = hit.record_id`, params: [] });
    sortColumn = 'hit.rank';
    tiebreak = 'hit.fts_rowid';
  } else {
    const column = shape.sorts[sortName];
    if (!column) throw new Error(`unknown sort ${sortName}`);
    sortColumn = column;
  }
  // A filter with several values (kind=direct,indirect) cannot walk one (value, date, id) index in date order,
  // so SQLite would sort every match after the cursor (seconds a page at 1M rows). Instead each value walks its
  // own index range in order, LIMIT n+1, and the few rows are merged: the cost is one page per value.
  const mergedFilter = sortName === 'relevance' ? undefined : filters.find((c) => c.anyOf && c.anyOf.values.length > 1);
  for (const condition of filters) if (condition !== mergedFilter) where.push(condition);
  if (after) {
    const [key, tie] = after;
    where.push({ sql: `(${sortColumn}, ${tiebreak}) ${descending ? '<' : '>'} (?, ?)`, params: [key, tie] });
  }
  const direction = descending ? 'DESC' : 'ASC';
  const page = (extra: Condition | undefined): PageSql => {
    const all = extra ? [...where, extra] : where;
    return {
      sql: [
        `SELECT ${shape.select}, ${sortColumn} AS _sort_key, ${tiebreak} AS _tie FROM ${from}`,
        all.length ? `WHERE ${all.map((c) => c.sql).join(' AND ')}` : '',
        `ORDER BY ${sortColumn} ${direction}, ${tiebreak} ${direction}`,
        'LIMIT ?',
      ].join(' '),
      params: [...fromParams, ...all.flatMap((c) => c.params), limit + 1],
    };
  };
  if (!mergedFilter?.anyOf) return page(undefined);
  const { column, values } = mergedFilter.anyOf;
  // Padded like anyOf's IN list, so the number of merge parts (and distinct statements) stays a power of two.
  const parts = paddedValues(values).map((value) => page({ sql: `${column} = ?`, params: [value] }));
  return {
    sql: `${parts.map((part) => `SELECT * FROM (${part.sql})`).join(' UNION ALL ')} ORDER BY _sort_key ${direction}, _tie ${direction} LIMIT ?`,
    params: [...parts.flatMap((part) => part.params), limit + 1],
  };
}

/**
 * A function turning a raw row (better-sqlite3's `.raw()` arrays) into an object literal with the given columns.
 * better-sqlite3 builds object rows property by property; raw rows plus one compiled literal cost less (see
 * BENCHMARKS.md), and every row shares one hidden class, which the serializer reads faster.
 * Column names come from our own SQL, never from a client, and are quoted with JSON.stringify.
 */
export function rowMapper(columns: readonly string[], from: readonly string[] = columns): (row: unknown[]) => unknown {
  const fields = columns.map((name) => `${JSON.stringify(name)}: row[${from.indexOf(name)}]`);
  return new Function('row', `return { ${fields.join(', ')} };`) as (row: unknown[]) => unknown;
}
