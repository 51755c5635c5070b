/**
 * The timeline: dated events and votes (and statements when asked) in one chronological list. Each kind keeps its
 * own table and indexes, so a page is one index walk per kind, LIMIT n+1 each, merged: the same plan as a list
 * filtered on several values, never a sort of every dated record. The keyset is (date, kind/id), so entries of
 * different kinds on one day keep a fixed order across pages.
 */
import type Database from 'better-sqlite3';
import { FACET_CUBES, type FacetCube } from '../db/facet-counts.js';
import { EVENT_TYPES, type RecordType, STATEMENT_KINDS, VOTE_BODIES } from '../db/schema.js';
import { UNDATED_SORT_DATE } from '../db/sort-date.js';
import type { SourceSummary } from '../schemas/source-summary.js';
import type { TimelineEntry } from '../schemas/timeline.js';
import type { EvidenceRepository } from './evidence-repository.js';
import { anyOf, type Condition, fromFilter, inSources } from './query/conditions.js';
import type { CursorCodec, CursorKey } from './query/cursor.js';
import { DATED_FILTER, dateFacets, type Facet, type FacetCounts, type FacetSource, type FacetSpec, sourceFacet } from './query/facets.js';
import type { ListPage, ListShape } from './query/list-query.js';

export interface TimelineFilters {
  from?: string | undefined;
  to?: string | undefined;
  actor?: string[] | undefined;
  type?: string[] | undefined;
  source?: string[] | undefined;
  /** A safe FTS5 query (see search-terms.ts). */
  search?: string | undefined;
  statements?: boolean | undefined;
}

type Kind = TimelineEntry['kind'];

interface EntryRow {
  kind: Kind;
  id: string;
  type: TimelineEntry['type'];
  title: string;
  summary: string;
  date: string;
  date_end: string | null;
  precision: TimelineEntry['precision'];
  basis: TimelineEntry['basis'];
  outcome: string | null;
  tally: string | null;
  speaker_id: string | null;
}

const COLUMNS = ['kind', 'id', 'type', 'title', 'summary', 'date', 'date_end', 'precision', 'basis', 'outcome', 'tally', 'speaker_id'];

/** Per kind: its table, the columns of an entry, and how each filter reads on it. */
interface Branch {
  kind: Kind;
  alias: string;
  table: string;
  select: string;
  types: readonly string[];
  typeColumn: string;
  fts: string;
  actor: (ids: readonly string[]) => Condition;
  range: (from?: string, to?: string) => Condition[];
  /** The timeline's facets counted over this kind's records (the same names for every kind; see query/facets.ts). */
  facetSpecs: Record<string, FacetSpec>;
  /** This kind's counts table, and the names its columns have there where they differ (`type`). */
  facetCube: FacetCube;
  cubeColumns?: Record<string, string>;
}

const mainDateRange = (column: string) => (from?: string, to?: string) => {
  const conditions: Condition[] = [];
  if (from) conditions.push({ sql: `${column} >= ?`, params: [from], filter: 'from' });
  if (to) conditions.push({ sql: `${column} <= ?`, params: [to], filter: 'to' });
  return conditions;
};

/**
 * The timeline's facets for one kind of record: `kind` (what the entry is), `type`, `actor` and `source` as the
 * entries show them, and `month` and `year` of the entry's date.
 */
const timelineFacets = (kind: Kind, alias: string, facets: { type: string; actor: FacetSpec; date: [string, string] }) => ({
  kind: { filters: [], value: `'${kind}'`, constant: kind, labels: 'enum' } satisfies FacetSpec,
  type: { value: facets.type, labels: 'enum' } satisfies FacetSpec,
  actor: facets.actor,
  source: sourceFacet(kind, alias),
  ...dateFacets({ column: facets.date[0], precision: facets.date[1] }),
});

const BRANCHES: Branch[] = [
  {
    kind: 'event',
    alias: 'e',
    table: 'events e',
    select: `'event', e.id, e.type, e.title, e.summary, e.date_start, e.date_end, e.date_precision, e.date_basis, NULL, NULL, NULL`,
    types: EVENT_TYPES,
    typeColumn: 'e.type',
    fts: 'events_fts',
    actor: (ids) => {
      const actor = anyOf('actor_id', ids);
      return { sql: `e.id IN (SELECT event_id FROM event_actors WHERE ${actor.sql})`, params: actor.params };
    },
    // An event matches when its span overlaps the range, as on /v1/events.
    range: (from, to) => [
      ...(to ? [{ sql: 'e.sort_date <= ?', params: [to], filter: 'to' }] : []),
      ...(from ? [{ sql: 'e.span_end >= ?', params: [from], filter: 'from' }] : []),
    ],
    facetSpecs: timelineFacets('event', 'e', {
      type: 'e.type',
      actor: { join: { clause: 'event_actors fa ON fa.event_id = e.id', value: 'fa.actor_id' }, labels: 'actors' },
      date: ['e.date_start', 'e.date_precision'],
    }),
    facetCube: FACET_CUBES.events,
  },
  {
    kind: 'vote',
    alias: 'v',
    table: 'votes v',
    select: `'vote', v.id, v.body, v.subject, '', v.voted_on, NULL, v.voted_precision, v.voted_basis, v.outcome,
      json_array(v.tally_yes, v.tally_no, v.tally_abstain), NULL`,
    types: VOTE_BODIES,
    typeColumn: 'v.body',
    fts: 'votes_fts',
    actor: (ids) => {
      const marks = ids.map(() => '?').join(', ');
      return {
        sql: `v.id IN (SELECT vote_id FROM vote_positions WHERE member_id IN (${marks}) UNION SELECT vote_id FROM vote_sponsors WHERE actor_id IN (${marks}))`,
        params: [...ids, ...ids],
      };
    },
    range: mainDateRange('v.sort_date'),
    facetSpecs: timelineFacets('vote', 'v', {
      type: 'v.body',
      // A vote's actors are its members and its sponsors, each once.
      actor: {
        join: {
          clause:
            '(SELECT vote_id, member_id AS actor_id FROM vote_positions UNION SELECT vote_id, actor_id FROM vote_sponsors) fa ON fa.vote_id = v.id',
          value: 'fa.actor_id',
        },
        labels: 'actors',
      },
      date: ['v.voted_on', 'v.voted_precision'],
    }),
    facetCube: FACET_CUBES.votes,
    cubeColumns: { type: 'body' },
  },
  {
    kind: 'statement',
    alias: 's',
    table: 'statements s CROSS JOIN actors sp ON sp.id = s.speaker_id',
    select: `'statement', s.id, s.kind, sp.name || coalesce(' (' || s.speaker_role || ')', ''), s.text, s.said_on, NULL, s.said_precision,
      s.said_basis, NULL, NULL, s.speaker_id`,
    types: STATEMENT_KINDS,
    typeColumn: 's.kind',
    fts: 'statements_fts',
    actor: (ids) => anyOf('s.speaker_id', ids),
    range: mainDateRange('s.sort_date'),
    facetSpecs: timelineFacets('statement', 's', {
      type: 's.kind',
      actor: { value: 's.speaker_id', labels: 'actors' },
      date: ['s.said_on', 's.said_precision'],
    }),
    facetCube: FACET_CUBES.statements,
    cubeColumns: { type: 'kind' },
  },
];

/**
 * What an entry of a kind must meet: a known date, and the request's filters as they read on that kind, each
 * tagged with its filter (a facet drops its own). A type filter naming no type of the kind matches none of it.
 */
function branchConditions(branch: Branch, filters: TimelineFilters): Condition[] {
  const a = branch.alias;
  const where: Condition[] = [{ sql: `${a}.sort_date < '${UNDATED_SORT_DATE}'`, params: [], filter: DATED_FILTER }];
  if (filters.type)
    where.push(
      fromFilter(
        'type',
        anyOf(
          branch.typeColumn,
          filters.type.filter((t) => branch.types.includes(t)),
        ),
      ),
    );
  if (filters.actor) where.push(fromFilter('actor', branch.actor(filters.actor)));
  if (filters.source) where.push(inSources(a, branch.kind, filters.source));
  if (filters.search)
    where.push({
      sql: `${a}.id IN (SELECT record_id FROM ${branch.fts} WHERE ${branch.fts} MATCH ?)`,
      params: [filters.search],
      filter: 'search',
      search: filters.search,
    });
  where.push(...branch.range(filters.from, filters.to));
  return where;
}

/** The records of one kind as a list the facet counter reads. */
function facetSource(branch: Branch): FacetSource<TimelineFilters> {
  const shape: ListShape = {
    alias: branch.alias,
    select: `${branch.alias}.id`,
    from: branch.table,
    sorts: { date: `${branch.alias}.sort_date` },
  };
  return {
    shape,
    facetSpecs: branch.facetSpecs,
    facetCube: branch.facetCube,
    cubeColumns: branch.cubeColumns,
    conditions: (filters) => branchConditions(branch, filters),
  };
}

const FACET_SOURCES = new Map(BRANCHES.map((b) => [b.kind, facetSource(b)]));

const OUTCOME_WORDS: Record<string, string> = {
  adopted: 'Adopted',
  not_adopted: 'Not adopted',
  pending: 'Pending',
  unknown: 'Outcome unknown',
};

export class TimelineRepository {
  private readonly cache = new Map<string, Database.Statement>();
  private readonly eventActors: Database.Statement;
  private readonly voteActors: Database.Statement;
  private readonly speakers: Database.Statement;
  private readonly sourceSummaries: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly cursors: CursorCodec,
    private readonly evidence: EvidenceRepository,
  ) {
    // rowid order is the curator's order; an actor with several roles in one event is listed once.
    this.eventActors = db
      .prepare(
        `SELECT ea.event_id, a.id, a.name FROM json_each(?) j CROSS JOIN event_actors ea ON ea.event_id = j.value
         CROSS JOIN actors a ON a.id = ea.actor_id GROUP BY ea.event_id, a.id ORDER BY j.key, min(ea.rowid)`,
      )
      .raw(true);
    this.voteActors = db
      .prepare(
        `WITH page AS (SELECT key, value FROM json_each(?))
         SELECT vote_id, id, name, veto FROM (
           SELECT p.vote_id, a.id, a.name, p.veto, j.key AS k, 0 AS part, p.rowid AS r FROM page j
             CROSS JOIN vote_positions p ON p.vote_id = j.value CROSS JOIN actors a ON a.id = p.member_id
           UNION ALL
           SELECT s.vote_id, a.id, a.name, 0, j.key, 1, s.rowid FROM page j
             CROSS JOIN vote_sponsors s ON s.vote_id = j.value CROSS JOIN actors a ON a.id = s.actor_id
         ) ORDER BY k, part, r`,
      )
      .raw(true);
    this.sourceSummaries = db.prepare(
      'SELECT id, title, publisher, url, published_on FROM sources WHERE id IN (SELECT value FROM json_each(?))',
    );
    this.speakers = db.prepare('SELECT id, name FROM actors WHERE id IN (SELECT value FROM json_each(?))').raw(true);
  }

  /**
   * A page of the timeline, or with `limit` and no cursor the first `limit` entries of it (the TimelineJS document
   * asks for its bound plus one, to know when the timeline is too long).
   */
  list(filters: TimelineFilters, sort: string, limit: number, cursor?: string): ListPage<TimelineEntry> {
    const descending = sort === '-date';
    const direction = descending ? 'DESC' : 'ASC';
    const after = cursor ? this.cursors.decode(cursor, sort, 2) : undefined;
    const parts: { sql: string; params: unknown[] }[] = [];
    for (const branch of BRANCHES) {
      if (branch.kind === 'statement' && !filters.statements) continue;
      const a = branch.alias;
      if (filters.type && !filters.type.some((t) => branch.types.includes(t))) continue;
      const where = branchConditions(branch, filters);
      if (after) where.push({ sql: `(${a}.sort_date, '${branch.kind}/' || ${a}.id) ${descending ? '<' : '>'} (?, ?)`, params: [...after] });
      parts.push({
        sql: `SELECT * FROM (SELECT ${a}.sort_date AS _sort_key, '${branch.kind}/' || ${a}.id AS _tie, ${branch.select} FROM ${branch.table}
          WHERE ${where.map((c) => c.sql).join(' AND ')} ORDER BY ${a}.sort_date ${direction}, ${a}.id ${direction} LIMIT ?)`,
        params: [...where.flatMap((c) => c.params), limit + 1],
      });
    }
    if (parts.length === 0) return { rows: [], nextCursor: null };
    const sql = `${parts.map((p) => p.sql).join(' UNION ALL ')} ORDER BY _sort_key ${direction}, _tie ${direction} LIMIT ?`;
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql).raw(true);
      // Bounded by the combinations of filters (kinds x filters present), not by the values a client sends.
      if (this.cache.size < 256) this.cache.set(sql, statement);
    }
    const raw = statement.all(...parts.flatMap((p) => p.params), limit + 1) as unknown[][];
    let nextCursor: string | null = null;
    if (raw.length > limit) {
      raw.length = limit;
      const last = raw[raw.length - 1] as unknown[];
      nextCursor = this.cursors.encode(sort, [last[0], last[1]] as CursorKey);
    }
    const rows = raw.map((r) => Object.fromEntries(COLUMNS.map((name, i) => [name, r[i + 2]])) as unknown as EntryRow);
    return { rows: this.assemble(rows), nextCursor };
  }

  /**
   * The facets `names` of the filtered timeline (every entry, not a page): each kind's records counted as its own
   * list's are (from its counts table where the filters allow), added up by value.
   */
  facets(counter: FacetCounts, filters: TimelineFilters, names: readonly string[], size: number): Promise<Facet[]> {
    return counter.countUnion(this.facetSources(filters), filters, names, size);
  }

  /** The kinds of record the filtered timeline holds, each as a list the facet counter reads. */
  facetSources(filters: TimelineFilters): FacetSource<TimelineFilters>[] {
    return BRANCHES.filter((b) => b.kind !== 'statement' || filters.statements).map(
      (b) => FACET_SOURCES.get(b.kind) as FacetSource<TimelineFilters>,
    );
  }

  /** The articles a set of entries cites, for a TimelineJS document's citations. */
  sources(entries: readonly TimelineEntry[]): Map<string, SourceSummary> {
    const ids = [...new Set(entries.flatMap((e) => e.source_ids))];
    return new Map((this.sourceSummaries.all(JSON.stringify(ids)) as SourceSummary[]).map((s) => [s.id, s]));
  }

  /** Actors and sources for a page of entries: one query per kind, whatever the page size. */
  private assemble(rows: EntryRow[]): TimelineEntry[] {
    const idsOf = (kind: Kind) => rows.filter((r) => r.kind === kind).map((r) => r.id);
    const actors = new Map<string, { id: string; name: string }[]>();
    const vetoes = new Map<string, string[]>();
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    const events = idsOf('event');
    if (events.length) {
      for (const [id, actorId, name] of this.eventActors.all(JSON.stringify(events)) as string[][])
        push(actors, `event/${id}`, { id: actorId as string, name: name as string });
    }
    const votes = idsOf('vote');
    if (votes.length) {
      for (const [id, actorId, name, veto] of this.voteActors.all(JSON.stringify(votes)) as [string, string, string, number][]) {
        const list = actors.get(`vote/${id}`) ?? [];
        if (!list.some((a) => a.id === actorId)) push(actors, `vote/${id}`, { id: actorId, name });
        if (veto) push(vetoes, id, name);
      }
    }
    const speakerIds = [...new Set(rows.flatMap((r) => (r.speaker_id ? [r.speaker_id] : [])))];
    const speakerNames = new Map(speakerIds.length ? (this.speakers.all(JSON.stringify(speakerIds)) as [string, string][]) : []);
    const sources = new Map<string, string[]>();
    for (const kind of ['event', 'vote', 'statement'] as const) {
      for (const [id, spans] of this.evidence.forIds(kind as RecordType, idsOf(kind))) {
        sources.set(`${kind}/${id}`, [...new Set(spans.map((s) => s.source_id))]);
      }
    }
    return rows.map((row) => ({
      date: row.date,
      date_end: row.date_end,
      precision: row.precision,
      basis: row.basis,
      kind: row.kind,
      id: row.id,
      type: row.type,
      title: row.title,
      summary: row.kind === 'vote' ? voteSummary(row, vetoes.get(row.id) ?? []) : row.summary,
      actors:
        row.kind === 'statement' && row.speaker_id
          ? [{ id: row.speaker_id, name: speakerNames.get(row.speaker_id) ?? row.speaker_id }]
          : (actors.get(`${row.kind}/${row.id}`) ?? []),
      source_ids: sources.get(`${row.kind}/${row.id}`) ?? [],
    }));
  }
}

/** "Not adopted: vetoed by Russia and China. 11 yes, 3 no, 1 abstain." from the vote's own fields. */
function voteSummary(row: EntryRow, vetoedBy: string[]): string {
  let text = OUTCOME_WORDS[row.outcome ?? 'unknown'] ?? 'Outcome unknown';
  if (vetoedBy.length)
    text += `: vetoed by ${vetoedBy.length > 1 ? `${vetoedBy.slice(0, -1).join(', ')} and ${vetoedBy.at(-1)}` : vetoedBy[0]}`;
  const [yes, no, abstain] = JSON.parse(row.tally ?? '[null,null,null]') as (number | null)[];
  const tally = [yes !== null ? `${yes} yes` : '', no !== null ? `${no} no` : '', abstain !== null ? `${abstain} abstain` : ''].filter(
    Boolean,
  );
  return `${text}.${tally.length ? ` ${tally.join(', ')}.` : ''}`;
}
