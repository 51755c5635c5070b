import type Database from 'better-sqlite3';
import type { Actor, ActorDetail } from '../schemas/actor.js';
import { anyOf, type Condition, fromFilter, matching, type ProvenanceFilter, provenance } from './query/conditions.js';
import type { ListPage, ListQueries, ListShape, PageRequest } from './query/list-query.js';

export interface ActorFilters {
  kind?: string[] | undefined;
  search?: string | undefined;
  provenance?: ProvenanceFilter | undefined;
}

type ActorRow = Omit<Actor, 'aliases' | 'roles'>;

const SHAPE: ListShape = {
  alias: 'a',
  select: 'a.id, a.name, a.kind, a.country_code, a.description, a.method, a.confidence',
  from: 'actors a',
  sorts: { name: 'a.name COLLATE NOCASE' },
  ftsTable: 'actors_fts',
};

export class ActorRepository {
  /** The table and sorts a list or a facet of actors is built on. */
  readonly shape = SHAPE;
  private readonly byId: Database.Statement;
  private readonly aliasesOf: Database.Statement;
  private readonly rolesOf: Database.Statement;
  private readonly countsOf: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly lists: ListQueries,
  ) {
    this.byId = db.prepare(`SELECT ${SHAPE.select} FROM ${SHAPE.from} WHERE a.id = ?`);
    this.aliasesOf = db.prepare(
      'SELECT actor_id, alias AS value FROM actor_aliases WHERE actor_id IN (SELECT value FROM json_each(?)) ORDER BY actor_id, alias',
    );
    this.rolesOf = db.prepare(
      'SELECT actor_id, role AS value FROM actor_roles WHERE actor_id IN (SELECT value FROM json_each(?)) ORDER BY actor_id, role',
    );
    // Each count is served by an index on the actor column (statements_speaker_idx, event_actors_actor_idx, ...).
    this.countsOf = db.prepare(
      `SELECT (SELECT count(*) FROM statements WHERE speaker_id = @id) AS statements,
              (SELECT count(DISTINCT event_id) FROM event_actors WHERE actor_id = @id) AS events,
              (SELECT count(*) FROM vote_positions WHERE member_id = @id) AS votes,
              (SELECT count(*) FROM figures WHERE claimed_by_id = @id) AS figures`,
    );
  }

  /** The filters as SQL conditions, each tagged with its filter: the one translation every list, facet and export uses. */
  conditions(filters: ActorFilters): Condition[] {
    const conditions: Condition[] = [];
    if (filters.search) conditions.push(matching(SHAPE, filters.search));
    if (filters.kind) conditions.push(fromFilter('kind', anyOf('a.kind', filters.kind)));
    conditions.push(...provenance('a', filters.provenance));
    return conditions;
  }

  list(filters: ActorFilters, sort: string, limit: number, cursor?: string): ListPage<Actor> {
    return this.page(this.conditions(filters), { sort, limit, cursor });
  }

  /** A page of the actors meeting `conditions` (from `conditions()`, possibly narrowed or widened). */
  page(conditions: readonly Condition[], request: PageRequest): ListPage<Actor> {
    const page = this.lists.page<ActorRow>(SHAPE, conditions, request);
    return { rows: this.withAliasesAndRoles(page.rows), nextCursor: page.nextCursor };
  }
  /** `list`, with a search run on a worker thread when the server has a pool (see db/query-pool.ts). */
  async listAsync(filters: ActorFilters, sort: string, limit: number, cursor?: string): Promise<ListPage<Actor>> {
    const page = await this.lists.pageAsync<ActorRow>(SHAPE, this.conditions(filters), { sort, limit, cursor });
    return { rows: this.withAliasesAndRoles(page.rows), nextCursor: page.nextCursor };
  }

  get(id: string): ActorDetail | undefined {
    const row = this.byId.get(id) as ActorRow | undefined;
    if (!row) return undefined;
    const [actor] = this.withAliasesAndRoles([row]) as [Actor];
    return { ...actor, counts: this.countsOf.get({ id }) as ActorDetail['counts'] };
  }

  /** Aliases and roles for a page of actors: one query per relation, whatever the page size. */
  private withAliasesAndRoles(rows: ActorRow[]): Actor[] {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((r) => r.id));
    const aliases = groupValues(rows, this.aliasesOf.all(ids) as ActorValueRow[]);
    const roles = groupValues(rows, this.rolesOf.all(ids) as ActorValueRow[]);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      aliases: aliases.get(row.id) ?? [],
      country_code: row.country_code,
      roles: roles.get(row.id) ?? [],
      description: row.description,
      method: row.method,
      confidence: row.confidence,
    }));
  }
}

interface ActorValueRow {
  actor_id: string;
  value: string;
}

function groupValues(rows: readonly { id: string }[], values: ActorValueRow[]): Map<string, string[]> {
  const byActor = new Map<string, string[]>(rows.map((r) => [r.id, []]));
  for (const { actor_id, value } of values) byActor.get(actor_id)?.push(value);
  return byActor;
}
