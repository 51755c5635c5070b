import type Database from 'better-sqlite3';
import { FACET_CUBES } from '../db/facet-counts.js';
import { UNDATED_SORT_DATE } from '../db/sort-date.js';
import type { Event, EventActor, EventDetail } from '../schemas/event.js';
import type { EvidenceRepository } from './evidence-repository.js';
import type { FigureRepository } from './figure-repository.js';
import { type AnyOfFilters, anyOf, type Condition, fromFilter, inSources, matching, provenance } from './query/conditions.js';
import { dateFacets, type FacetSpec, sourceFacet } from './query/facets.js';
import type { ListQueries, ListShape } from './query/list-query.js';
import { type MonthCount, monthCounter } from './query/month-counts.js';
import { type RecordFilters, RecordList } from './query/record-list.js';
import type { StatementRepository } from './statement-repository.js';
import type { VoteRepository } from './vote-repository.js';

export type EventFilters = RecordFilters & AnyOfFilters<'type' | 'actor' | 'location' | 'within'>;

interface EventRow {
  id: string;
  type: Event['type'];
  title: string;
  summary: string;
  date_start: string | null;
  date_end: string | null;
  date_precision: Event['date_precision'];
  date_basis: Event['date_basis'];
  date_note: string | null;
  location_id: string | null;
  location_name: string | null;
  method: Event['method'];
  confidence: number;
  note: string | null;
}

const SHAPE: ListShape = {
  alias: 'e',
  select: `e.id, e.type, e.title, e.summary, e.date_start, e.date_end, e.date_precision, e.date_basis, e.date_note,
    e.location_id, l.name AS location_name, e.method, e.confidence, e.note`,
  from: 'events e LEFT JOIN locations l ON l.id = e.location_id',
  sorts: { date: 'e.sort_date' },
  ftsTable: 'events_fts',
  mainDate: { column: 'e.date_start', precision: 'e.date_precision' },
};

const shiftDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The facts an event view embeds, each fetched by event id in one query. */
export interface EventRelations {
  statements: StatementRepository;
  votes: VoteRepository;
  figures: FigureRepository;
}

/** The facets this list answers (`facets=`), each over the same conditions as the list; see query/facets.ts. */
export const EVENT_FACETS: Record<string, FacetSpec> = {
  ...dateFacets({ column: 'e.date_start', precision: 'e.date_precision' }),
  type: { value: 'e.type', labels: 'enum' },
  actor: { join: { clause: 'event_actors fa ON fa.event_id = e.id', value: 'fa.actor_id' }, labels: 'actors' },
  location: { value: 'e.location_id', labels: 'locations' },
  source: sourceFacet('event', 'e'),
};

export class EventRepository extends RecordList<EventFilters, EventRow, Event> {
  private readonly actorsOf: Database.Statement;
  private readonly longestSpan: Database.Statement;
  /** Read once, on the first request with `from`: the database never changes while it is served. */
  private longestSpanDays: number | undefined;
  /** Events per month of their start date. */
  readonly countsByMonth: () => MonthCount[];

  constructor(
    db: Database.Database,
    lists: ListQueries,
    private readonly evidence: EvidenceRepository,
    private readonly related: EventRelations,
  ) {
    super(lists, { shape: SHAPE, facets: EVENT_FACETS, cube: FACET_CUBES.events });
    this.longestSpan = db
      // sort_date is the start of a dated event: the whole scan reads events_sort_idx (sort_date, id, span_end) alone.
      .prepare(`SELECT ceil(max(julianday(e.span_end) - julianday(e.sort_date))) FROM events e WHERE e.sort_date < '${UNDATED_SORT_DATE}'`)
      .pluck();
    // rowid order is the curator's order: the seed inserts participants as the annotations list them.
    this.actorsOf = db
      .prepare(
        `SELECT ea.event_id, a.id, a.name, ea.role
         FROM json_each(?) j CROSS JOIN event_actors ea ON ea.event_id = j.value CROSS JOIN actors a ON a.id = ea.actor_id
         ORDER BY j.key, ea.rowid`,
      )
      .raw(true);
    this.countsByMonth = monthCounter(db, FACET_CUBES.events.table);
  }

  conditions(filters: EventFilters): Condition[] {
    const conditions: Condition[] = [];
    if (filters.search) conditions.push(matching(SHAPE, filters.search));
    if (filters.type) conditions.push(fromFilter('type', anyOf('e.type', filters.type)));
    if (filters.actor) {
      const actor = anyOf('actor_id', filters.actor);
      conditions.push({
        sql: `e.id IN (SELECT event_id FROM event_actors WHERE ${actor.sql})`,
        params: actor.params,
        filter: 'actor',
        onValues: actor.onValues,
      });
    }
    if (filters.location) conditions.push(fromFilter('location', anyOf('e.location_id', filters.location)));
    if (filters.within) conditions.push(this.within('e.location_id', filters.within));
    if (filters.source) conditions.push(inSources('e', 'event', filters.source));
    conditions.push(...this.spanOverlap(filters.from, filters.to));
    conditions.push(...provenance('e', filters.provenance));
    return conditions;
  }

  /**
   * `from`/`to` match an event whose span [date_start, span_end] overlaps [from, to] (src/db/event-spans.ts: the
   * end is `date_end`, or for an event without one its start; a month- or year-precision date covers its whole
   * month or year). An event without a start date is undated and never matches a range.
   * The start is also bounded below by `from` minus the longest span in the database, so the walk in date order
   * starts near `from` instead of at the first event ever; `span_end` is the last column of the date indexes, so
   * the events starting in that window are tested on the index entry, not by reading their rows.
   */
  private spanOverlap(from: string | undefined, to: string | undefined): Condition[] {
    if (!from && !to) return [];
    const conditions: Condition[] = [{ sql: `e.sort_date < '${UNDATED_SORT_DATE}'`, params: [], filter: from ? 'from' : 'to' }];
    if (to) conditions.push({ sql: 'e.sort_date <= ?', params: [to], filter: 'to' });
    if (from) {
      this.longestSpanDays ??= (this.longestSpan.get() as number | null) ?? 0;
      conditions.push({ sql: 'e.sort_date >= ?', params: [shiftDays(from, -this.longestSpanDays)], filter: 'from' });
      conditions.push({ sql: 'e.span_end >= ?', params: [from], filter: 'from' });
    }
    return conditions;
  }

  /** An event with everything a client would fetch next: its statements, votes, figures and sources. */
  get(id: string): EventDetail | undefined {
    return this.one(id, () => ({
      statements: this.related.statements.forEvents([id]),
      votes: this.related.votes.forEvents([id]),
      figures: this.related.figures.forEvents([id]),
      sources: this.evidence.sourcesOf('event', id),
    }));
  }

  /** Actors and evidence for a page of events: one query each, whatever the page size. */
  protected assemble(rows: EventRow[]): Event[] {
    const ids = rows.map((r) => r.id);
    const actors = new Map<string, EventActor[]>(ids.map((id) => [id, []]));
    if (ids.length > 0) {
      for (const [eventId, id, name, role] of this.actorsOf.all(JSON.stringify(ids)) as [string, string, string, EventActor['role']][]) {
        actors.get(eventId)?.push({ id, name, role });
      }
    }
    const evidence = this.evidence.forIds('event', ids);
    return rows.map((row) => toEvent(row, actors.get(row.id) ?? [], evidence.get(row.id) ?? []));
  }
}

function toEvent(row: EventRow, actors: EventActor[], evidence: Event['evidence']): Event {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    summary: row.summary,
    date_start: row.date_start,
    date_end: row.date_end,
    date_precision: row.date_precision,
    date_basis: row.date_basis,
    date_note: row.date_note,
    location: row.location_id ? { id: row.location_id, name: row.location_name ?? row.location_id } : null,
    actors,
    method: row.method,
    confidence: row.confidence,
    note: row.note,
    evidence,
  };
}
