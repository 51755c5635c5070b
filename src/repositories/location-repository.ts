import type Database from 'better-sqlite3';
import type { Location, LocationDetail } from '../schemas/location.js';
import { type AnyOfFilters, anyOf, type Condition, fromFilter, matching } from './query/conditions.js';
import type { FacetSpec } from './query/facets.js';
import type { ListQueries, ListShape } from './query/list-query.js';
import { RecordList } from './query/record-list.js';

export interface LocationFilters extends AnyOfFilters<'kind' | 'parent'> {
  search?: string | undefined;
}

interface LocationRow {
  id: string;
  name: string;
  kind: Location['kind'];
  parent_id: string | null;
  parent_name: string | null;
  country_code: string | null;
}

const SHAPE: ListShape = {
  alias: 'l',
  select: 'l.id, l.name, l.kind, l.parent_id, p.name AS parent_name, l.country_code',
  from: 'locations l LEFT JOIN locations p ON p.id = l.parent_id',
  sorts: { name: 'l.name COLLATE NOCASE' },
  ftsTable: 'locations_fts',
};

/** The facets this list answers (`facets=`): its enum and id filters. */
export const LOCATION_FACETS: Record<string, FacetSpec> = {
  kind: { value: 'l.kind', labels: 'enum' },
  parent: { value: 'l.parent_id', labels: 'locations' },
};

export class LocationRepository extends RecordList<LocationFilters, LocationRow, Location> {
  private readonly aliasesOf: Database.Statement;
  private readonly childrenOf: Database.Statement;
  private readonly countsOf: Database.Statement;

  constructor(db: Database.Database, lists: ListQueries) {
    super(lists, { shape: SHAPE, facets: LOCATION_FACETS });
    this.aliasesOf = db.prepare(
      `SELECT location_id, alias FROM location_aliases WHERE location_id IN (SELECT value FROM json_each(?))
       ORDER BY location_id, alias`,
    );
    this.childrenOf = db.prepare('SELECT id, name FROM locations WHERE parent_id = ? ORDER BY name, id');
    // Each count is served by an index on the place column (events_location_idx, statements_place_idx, figures_location_idx).
    this.countsOf = db.prepare(
      `SELECT (SELECT count(*) FROM events WHERE location_id = @id) AS events,
              (SELECT count(*) FROM statements WHERE place_id = @id) AS statements,
              (SELECT count(*) FROM figures WHERE location_id = @id) AS figures`,
    );
  }

  conditions(filters: LocationFilters): Condition[] {
    const conditions: Condition[] = [];
    if (filters.search) conditions.push(matching(SHAPE, filters.search));
    if (filters.kind) conditions.push(fromFilter('kind', anyOf('l.kind', filters.kind)));
    if (filters.parent) conditions.push(fromFilter('parent', anyOf('l.parent_id', filters.parent)));
    return conditions;
  }

  get(id: string): LocationDetail | undefined {
    return this.one(id, () => ({
      children: this.childrenOf.all(id) as LocationDetail['children'],
      counts: this.countsOf.get({ id }) as LocationDetail['counts'],
    }));
  }

  /** Aliases for a page of locations in one query, whatever the page size. */
  protected assemble(rows: LocationRow[]): Location[] {
    if (rows.length === 0) return [];
    const aliases = new Map<string, string[]>(rows.map((r) => [r.id, []]));
    const found = this.aliasesOf.all(JSON.stringify(rows.map((r) => r.id))) as { location_id: string; alias: string }[];
    for (const { location_id, alias } of found) aliases.get(location_id)?.push(alias);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      parent_id: row.parent_id,
      parent: row.parent_id ? { id: row.parent_id, name: row.parent_name ?? row.parent_id } : null,
      country_code: row.country_code,
      aliases: aliases.get(row.id) ?? [],
    }));
  }
}
