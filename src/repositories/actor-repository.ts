import type Database from 'better-sqlite3';
import { LEDGER_META } from '../db/ledger-meta.js';
import type { Actor, ActorDetail } from '../schemas/actor.js';
import { type AnyOfFilters, anyOf, type Condition, fromFilter, matching, type ProvenanceFilter, provenance } from './query/conditions.js';
import type { FacetSpec } from './query/facets.js';
import type { ListQueries, ListShape } from './query/list-query.js';
import { RecordList } from './query/record-list.js';

export interface ActorFilters extends AnyOfFilters<'kind'> {
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

/** The facets this list answers (`facets=`): its enum filter. */
export const ACTOR_FACETS: Record<string, FacetSpec> = {
  kind: { value: 'a.kind', labels: 'enum' },
};

export class ActorRepository extends RecordList<ActorFilters, ActorRow, Actor> {
  private readonly aliasesOf: Database.Statement;
  private readonly rolesOf: Database.Statement;
  private readonly countsOf: Database.Statement;
  private readonly mergedTarget: Database.Statement;

  constructor(db: Database.Database, lists: ListQueries) {
    super(lists, { shape: SHAPE, facets: ACTOR_FACETS });
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
    // An id a curator merged into another actor (seed/ `merged_into`): the build kept it in ledger_meta.
    this.mergedTarget = db.prepare('SELECT value FROM ledger_meta WHERE key = ?').pluck();
  }

  /** The actor that stands for an id merged into it, or undefined when the id was never merged. */
  mergedInto(id: string): string | undefined {
    return this.mergedTarget.get(`${LEDGER_META.mergedActor}${id}`) as string | undefined;
  }

  conditions(filters: ActorFilters): Condition[] {
    const conditions: Condition[] = [];
    if (filters.search) conditions.push(matching(SHAPE, filters.search));
    if (filters.kind) conditions.push(fromFilter('kind', anyOf('a.kind', filters.kind)));
    conditions.push(...provenance('a', filters.provenance));
    return conditions;
  }

  get(id: string): ActorDetail | undefined {
    return this.one(id, () => ({ counts: this.countsOf.get({ id }) as ActorDetail['counts'] }));
  }

  /** Aliases and roles for a page of actors: one query per relation, whatever the page size. */
  protected assemble(rows: ActorRow[]): Actor[] {
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
