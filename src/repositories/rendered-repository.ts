/**
 * Events, statements, votes and figures as the build rendered them (table `rendered`, filled by
 * src/seed/render-records.ts): a page is the same keyset query as the computed list, over the same conditions and
 * indexes, that reads each record's stored string instead of its columns, evidence and names. The records do not
 * change between builds, so nothing is lost; the strings are the computed answers (a test compares both paths).
 */
import type Database from 'better-sqlite3';
import type { RecordType } from '../db/schema.js';
import type { Condition } from './query/conditions.js';
import type { ListPage, ListQueries, ListShape, PageRequest } from './query/list-query.js';

/** Every record type is rendered: events, statements, votes and figures. */
export type RenderedType = RecordType;
/** `json`: the record as an element of a list's `data`; `csv`: its line in a CSV list (no line break). */
export type RenderedForm = 'json' | 'csv';

const TABLES: Record<RenderedType, string> = { event: 'events', statement: 'statements', vote: 'votes', figure: 'figures' };

/** A list repository as this one needs it: its shape (alias, sorts, search table) and its filters as conditions. */
export interface RenderedList<Filters> {
  readonly shape: ListShape;
  conditions(filters: Filters): Condition[];
}

export class RenderedRepository {
  private readonly shapes = new Map<string, ListShape>();
  private readonly single: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly lists: ListQueries,
  ) {
    this.single = db.prepare('SELECT json, detail_tail FROM rendered WHERE record_type = ? AND record_id = ?').raw(true);
  }

  /**
   * A page of the list `repository` would compute for `filters`, as rendered strings in the same order with the same
   * next cursor. Searches go to the worker threads as computed ones do (ListQueries.pageAsync).
   */
  async page<Filters>(
    repository: RenderedList<Filters>,
    type: RenderedType,
    form: RenderedForm,
    filters: Filters,
    request: PageRequest,
  ): Promise<ListPage<string>> {
    const shape = this.shapeOf(repository.shape, type, form);
    const page = await this.lists.pageAsync<{ id: string; rendered: string }>(shape, repository.conditions(filters), request);
    return { rows: page.rows.map((row) => row.rendered), nextCursor: page.nextCursor };
  }

  /** A record's single view: its list form without the closing brace, then what the view adds. */
  get(type: RenderedType, id: string): string | undefined {
    const row = this.single.get(type, id) as [string, string] | undefined;
    return row ? row[0].slice(0, -1) + row[1] : undefined;
  }

  /**
   * The list's shape reading the rendered string: only the record's own table (every condition is on its columns,
   * never on the joins that fetch names) and the rendered row by its primary key, the record's table driving.
   */
  private shapeOf(shape: ListShape, type: RenderedType, form: RenderedForm): ListShape {
    const key = `${type}:${form}`;
    let rendered = this.shapes.get(key);
    if (!rendered) {
      const a = shape.alias;
      rendered = {
        ...shape,
        select: `${a}.id AS id, rd.${form} AS rendered`,
        from: `${TABLES[type]} ${a} CROSS JOIN rendered rd ON rd.record_type = '${type}' AND rd.record_id = ${a}.id`,
      };
      this.shapes.set(key, rendered);
    }
    return rendered;
  }
}
