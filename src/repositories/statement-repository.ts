import { FACET_CUBES } from '../db/facet-counts.js';
import type { Statement } from '../schemas/statement.js';
import type { EvidenceRepository } from './evidence-repository.js';
import { type AnyOfFilters, anyOf, type Condition, dateRange, fromFilter, inSources, matching, provenance } from './query/conditions.js';
import { EmbeddedRecordList } from './query/embedded-record-list.js';
import { dateFacets, type FacetSpec, sourceFacet } from './query/facets.js';
import type { ListQueries, ListShape } from './query/list-query.js';
import type { RecordFilters } from './query/record-list.js';

export type StatementFilters = RecordFilters & AnyOfFilters<'speaker' | 'kind' | 'place' | 'within' | 'event'>;

interface StatementRow {
  id: string;
  speaker_id: string;
  speaker_name: string;
  speaker_role: string | null;
  text: string;
  kind: Statement['kind'];
  said_on: string | null;
  said_precision: Statement['said_precision'];
  said_basis: Statement['said_basis'];
  said_note: string | null;
  place_id: string | null;
  place_name: string | null;
  event_id: string | null;
  method: Statement['method'];
  confidence: number;
  note: string | null;
}

const SHAPE: ListShape = {
  alias: 's',
  select: `s.id, s.speaker_id, sp.name AS speaker_name, s.speaker_role, s.text, s.kind, s.said_on, s.said_precision,
    s.said_basis, s.said_note, s.place_id, pl.name AS place_name, s.event_id, s.method, s.confidence, s.note`,
  // CROSS JOIN pins statements as the outer loop: with a plain JOIN, SQLite may start from actors on a cursor page
  // and sort every later statement (BENCHMARKS.md; guarded by test/perf/query-plans.test.ts).
  from: 'statements s CROSS JOIN actors sp ON sp.id = s.speaker_id LEFT JOIN locations pl ON pl.id = s.place_id',
  sorts: { date: 's.sort_date' },
  ftsTable: 'statements_fts',
  mainDate: { column: 's.said_on', precision: 's.said_precision' },
};

/** The facets this list answers (`facets=`), each over the same conditions as the list; see query/facets.ts. */
export const STATEMENT_FACETS: Record<string, FacetSpec> = {
  ...dateFacets({ column: 's.said_on', precision: 's.said_precision' }),
  speaker: { value: 's.speaker_id', labels: 'actors' },
  kind: { value: 's.kind', labels: 'enum' },
  place: { value: 's.place_id', labels: 'locations' },
  event: { value: 's.event_id', labels: 'events' },
  source: sourceFacet('statement', 's'),
};

export class StatementRepository extends EmbeddedRecordList<StatementFilters, StatementRow, Statement> {
  constructor(lists: ListQueries, evidence: EvidenceRepository) {
    super(lists, { shape: SHAPE, facets: STATEMENT_FACETS, cube: FACET_CUBES.statements }, evidence, 'statement');
  }

  conditions(filters: StatementFilters): Condition[] {
    const conditions: Condition[] = [];
    if (filters.search) conditions.push(matching(SHAPE, filters.search));
    if (filters.speaker) conditions.push(fromFilter('speaker', anyOf('s.speaker_id', filters.speaker)));
    if (filters.kind) conditions.push(fromFilter('kind', anyOf('s.kind', filters.kind)));
    if (filters.place) conditions.push(fromFilter('place', anyOf('s.place_id', filters.place)));
    if (filters.within) conditions.push(this.within('s.place_id', filters.within));
    if (filters.event) conditions.push(fromFilter('event', anyOf('s.event_id', filters.event)));
    if (filters.source) conditions.push(inSources('s', 'statement', filters.source));
    conditions.push(...dateRange('s.sort_date', filters.from, filters.to));
    conditions.push(...provenance('s', filters.provenance));
    return conditions;
  }

  /** Evidence for a page of statements: one query, whatever the page size. */
  protected assemble(rows: StatementRow[]): Statement[] {
    const evidence = this.evidence.forIds(
      'statement',
      rows.map((r) => r.id),
    );
    return rows.map((row) => toStatement(row, evidence.get(row.id) ?? []));
  }
}

function toStatement(row: StatementRow, evidence: Statement['evidence']): Statement {
  return {
    id: row.id,
    speaker: { id: row.speaker_id, name: row.speaker_name },
    speaker_role: row.speaker_role,
    text: row.text,
    kind: row.kind,
    said_on: row.said_on,
    said_precision: row.said_precision,
    said_basis: row.said_basis,
    said_note: row.said_note,
    place: row.place_id ? { id: row.place_id, name: row.place_name ?? row.place_id } : null,
    event_id: row.event_id,
    method: row.method,
    confidence: row.confidence,
    note: row.note,
    evidence,
  };
}
