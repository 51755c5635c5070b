import type Database from 'better-sqlite3';
import { FACET_CUBES } from '../db/facet-counts.js';
import type { Vote, VotePosition } from '../schemas/vote.js';
import type { EvidenceRepository } from './evidence-repository.js';
import { type AnyOfFilters, anyOf, type Condition, dateRange, fromFilter, inSources, matching, provenance } from './query/conditions.js';
import { EmbeddedRecordList } from './query/embedded-record-list.js';
import { dateFacets, type FacetSpec, sourceFacet } from './query/facets.js';
import type { ListQueries, ListShape } from './query/list-query.js';
import { type MonthCount, monthCounter } from './query/month-counts.js';
import type { RecordFilters } from './query/record-list.js';

export type VoteFilters = RecordFilters & AnyOfFilters<'body' | 'outcome' | 'member' | 'position' | 'vetoedBy' | 'event'>;

interface VoteRow {
  id: string;
  body: Vote['body'];
  voted_on: string | null;
  voted_precision: Vote['voted_precision'];
  voted_basis: Vote['voted_basis'];
  voted_note: string | null;
  subject: string;
  outcome: Vote['outcome'];
  binding: number | null;
  tally_yes: number | null;
  tally_no: number | null;
  tally_abstain: number | null;
  tally_basis: Vote['tally_basis'];
  tally_note: string | null;
  event_id: string | null;
  method: Vote['method'];
  confidence: number;
  note: string | null;
}

/** vote_id, member_id, member name, position, veto. */
type PositionRow = [string, string, string, VotePosition['position'], number];

type Ref = Vote['sponsors'][number];

interface SponsorRow {
  vote_id: string;
  id: string;
  name: string;
}

const SHAPE: ListShape = {
  alias: 'v',
  select: `v.id, v.body, v.voted_on, v.voted_precision, v.voted_basis, v.voted_note, v.subject, v.outcome, v.binding,
    v.tally_yes, v.tally_no, v.tally_abstain, v.tally_basis, v.tally_note, v.event_id, v.method, v.confidence, v.note`,
  from: 'votes v',
  sorts: { date: 'v.sort_date' },
  ftsTable: 'votes_fts',
  mainDate: { column: 'v.voted_on', precision: 'v.voted_precision' },
};

/** A vote matches when ONE of its positions meets every condition (so member and position bind to the same row). */
function positionHeld(conditions: Condition[]): Condition {
  return {
    sql: `v.id IN (SELECT vote_id FROM vote_positions WHERE ${conditions.map((c) => c.sql).join(' AND ')})`,
    params: conditions.flatMap((c) => c.params),
  };
}

/** The facets this list answers (`facets=`), each over the same conditions as the list; see query/facets.ts. */
export const VOTE_FACETS: Record<string, FacetSpec> = {
  ...dateFacets({ column: 'v.voted_on', precision: 'v.voted_precision' }),
  body: { value: 'v.body', labels: 'enum' },
  outcome: { value: 'v.outcome', labels: 'enum' },
  vetoed_by: {
    filters: ['vetoedBy'],
    join: { clause: 'vote_positions fv ON fv.vote_id = v.id AND fv.veto = 1', value: 'fv.member_id' },
    labels: 'actors',
  },
  event: { value: 'v.event_id', labels: 'events' },
  source: sourceFacet('vote', 'v'),
};

export class VoteRepository extends EmbeddedRecordList<VoteFilters, VoteRow, Vote> {
  private readonly positionsOf: Database.Statement;
  private readonly sponsorsOf: Database.Statement;
  /** Votes per month of `voted_on`. */
  readonly countsByMonth: () => MonthCount[];

  constructor(db: Database.Database, lists: ListQueries, evidence: EvidenceRepository) {
    super(lists, { shape: SHAPE, facets: VOTE_FACETS, cube: FACET_CUBES.votes }, evidence, 'vote');
    // rowid order is the curator's order: the seed inserts positions and sponsors as the annotations list them.
    // Raw rows: a General Assembly vote has 193 positions, and arrays cost less than objects.
    this.positionsOf = db
      .prepare(
        `SELECT p.vote_id, p.member_id, a.name AS member_name, p.position, p.veto
         FROM json_each(?) j CROSS JOIN vote_positions p ON p.vote_id = j.value CROSS JOIN actors a ON a.id = p.member_id
         ORDER BY j.key, p.rowid`,
      )
      .raw(true);
    this.sponsorsOf = db.prepare(
      `SELECT vs.vote_id, a.id, a.name FROM vote_sponsors vs JOIN actors a ON a.id = vs.actor_id
       WHERE vs.vote_id IN (SELECT value FROM json_each(?)) ORDER BY vs.rowid`,
    );
    this.countsByMonth = monthCounter(db, FACET_CUBES.votes.table);
  }

  /**
   * The filters as SQL conditions, each tagged with its filter: the one translation every list, facet and export
   * uses. member and position bind to the same position, so their one condition is tagged `member+position`.
   */
  conditions(filters: VoteFilters): Condition[] {
    const conditions: Condition[] = [];
    if (filters.search) conditions.push(matching(SHAPE, filters.search));
    if (filters.body) conditions.push(fromFilter('body', anyOf('v.body', filters.body)));
    if (filters.outcome) conditions.push(fromFilter('outcome', anyOf('v.outcome', filters.outcome)));
    // member and position together mean the SAME member held that position (member=china&position=no).
    const held: Condition[] = [];
    if (filters.member) held.push(anyOf('member_id', filters.member));
    if (filters.position) held.push(anyOf('position', filters.position));
    if (held.length > 0) {
      const tag = [filters.member && 'member', filters.position && 'position'].filter(Boolean).join('+');
      conditions.push(fromFilter(tag, positionHeld(held)));
    }
    if (filters.vetoedBy) {
      conditions.push(fromFilter('vetoedBy', positionHeld([{ sql: 'veto = 1', params: [] }, anyOf('member_id', filters.vetoedBy)])));
    }
    if (filters.event) conditions.push(fromFilter('event', anyOf('v.event_id', filters.event)));
    if (filters.source) conditions.push(inSources('v', 'vote', filters.source));
    conditions.push(...dateRange('v.sort_date', filters.from, filters.to));
    conditions.push(...provenance('v', filters.provenance));
    return conditions;
  }

  /** Positions, sponsors and evidence for a page of votes: one query each, whatever the page size. */
  protected assemble(rows: VoteRow[]): Vote[] {
    const ids = rows.map((r) => r.id);
    const json = JSON.stringify(ids);
    const positions = new Map<string, VotePosition[]>(ids.map((id) => [id, []]));
    const sponsors = new Map<string, Ref[]>(ids.map((id) => [id, []]));
    if (ids.length > 0) {
      for (const [voteId, memberId, memberName, position, veto] of this.positionsOf.all(json) as PositionRow[]) {
        positions.get(voteId)?.push({ member: { id: memberId, name: memberName }, position, veto: veto === 1 });
      }
      for (const { vote_id, ...sponsor } of this.sponsorsOf.all(json) as SponsorRow[]) sponsors.get(vote_id)?.push(sponsor);
    }
    const evidence = this.evidence.forIds('vote', ids);
    return rows.map((row) => toVote(row, positions.get(row.id) ?? [], sponsors.get(row.id) ?? [], evidence.get(row.id) ?? []));
  }
}

function toVote(row: VoteRow, positions: VotePosition[], sponsors: Ref[], evidence: Vote['evidence']): Vote {
  return {
    id: row.id,
    body: row.body,
    voted_on: row.voted_on,
    voted_precision: row.voted_precision,
    voted_basis: row.voted_basis,
    voted_note: row.voted_note,
    subject: row.subject,
    sponsors,
    outcome: row.outcome,
    binding: row.binding === null ? null : row.binding === 1,
    vetoed_by: positions.filter((p) => p.veto).map((p) => p.member),
    tally: { yes: row.tally_yes, no: row.tally_no, abstain: row.tally_abstain },
    tally_basis: row.tally_basis,
    tally_note: row.tally_note,
    positions,
    event_id: row.event_id,
    method: row.method,
    confidence: row.confidence,
    note: row.note,
    evidence,
  };
}
