/**
 * Filters name actors, locations, sources and events by id. An id that does not exist is an UnknownReference
 * naming the parameter (with suggestions when a name or alias matches; the API answers it with a 400), so
 * `speaker=lavrov` never looks like "Lavrov said nothing"; an actor id a curator merged into another is a
 * MergedReference naming the actor that stands for it.
 */
import type Database from 'better-sqlite3';
import { splitList } from '../schemas/query-params.js';
import { MergedReference, UnknownReference } from './domain-errors.js';

export type ReferenceTable = 'actors' | 'locations' | 'sources' | 'events';

export class ReferenceCheck {
  private readonly exists: Record<ReferenceTable, Database.Statement>;
  private readonly suggestActor: Database.Statement;
  private readonly suggestLocation: Database.Statement;

  /** `mergedInto` answers, for an actor id merged into another (seed/ `merged_into`), the id that stands for it. */
  constructor(
    db: Database.Database,
    private readonly mergedInto: (id: string) => string | undefined,
  ) {
    // NOT EXISTS probes the primary key once per id; `NOT IN (SELECT id FROM table)` built a list of every id in
    // the table on each request (BENCHMARKS.md has its cost).
    const query = (table: ReferenceTable) =>
      db
        .prepare(`SELECT value FROM json_each(?) WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE id = json_each.value) ORDER BY key`)
        .pluck();
    this.exists = { actors: query('actors'), locations: query('locations'), sources: query('sources'), events: query('events') };
    this.suggestActor = db.prepare('SELECT record_id FROM actors_fts WHERE actors_fts MATCH ? ORDER BY rank LIMIT 3');
    this.suggestLocation = db.prepare('SELECT record_id FROM locations_fts WHERE locations_fts MATCH ? ORDER BY rank LIMIT 3');
  }

  /** The ids of a comma-separated filter value, each checked to exist (UnknownReference naming `parameter` otherwise). */
  checkedIds(table: ReferenceTable, parameter: string, value: string | undefined): string[] | undefined {
    const ids = splitList(value);
    this.ensure(table, parameter, ids);
    return ids;
  }

  /**
   * Throws for the first id in `ids` that the table does not hold: MergedReference when a curator merged that actor
   * into another, else UnknownReference with the ids whose names resemble it.
   */
  ensure(table: ReferenceTable, parameter: string, ids: readonly string[] | undefined): void {
    if (!ids || ids.length === 0) return;
    const missing = (this.exists[table].all(JSON.stringify(ids)) as string[])[0];
    if (missing === undefined) return;
    const mergedInto = table === 'actors' ? this.mergedInto(missing) : undefined;
    if (mergedInto) throw new MergedReference(parameter, missing, mergedInto);
    const kind = { actors: 'actor', locations: 'location', sources: 'source', events: 'event' }[table];
    throw new UnknownReference(parameter, kind, missing, this.suggest(table, missing));
  }

  private suggest(table: ReferenceTable, id: string): string[] {
    const statement = table === 'actors' ? this.suggestActor : table === 'locations' ? this.suggestLocation : undefined;
    if (!statement) return [];
    const words = id.split('-').filter(Boolean);
    if (words.length === 0) return [];
    try {
      return statement.pluck().all(words.map((w) => `"${w}"*`).join(' OR ')) as string[];
    } catch {
      return [];
    }
  }
}
