import type Database from 'better-sqlite3';
import type { RecordType } from '../db/schema.js';
import type { Source, SourceDetail, SourceRecords } from '../schemas/source.js';
import { type Condition, dateRange, matching } from './query/conditions.js';
import { dateFacets, type FacetSpec } from './query/facets.js';
import type { ListQueries, ListShape } from './query/list-query.js';
import { RecordList } from './query/record-list.js';

export interface SourceFilters {
  from?: string | undefined;
  to?: string | undefined;
  search?: string | undefined;
}

/** The list never selects `text`: a page of full articles would be most of the database. */
const SHAPE: ListShape = {
  alias: 's',
  select: 's.id, s.title, s.publisher, s.outlet, s.url, s.published_on, s.published_basis, s.language, s.kind, s.word_count, s.sha256',
  from: 'sources s',
  sorts: { date: 's.published_on' },
  ftsTable: 'sources_fts',
  mainDate: { column: 's.published_on', precision: null },
};

const LABEL_LENGTH = 80;

interface RecordLabelRow {
  record_type: RecordType;
  id: string;
  label: string;
}

const RECORD_LISTS = { event: 'events', statement: 'statements', vote: 'votes', figure: 'figures' } as const;

/** The facets this list answers (`facets=`): month and year of publication (it has no enum or id filter). */
export const SOURCE_FACETS: Record<string, FacetSpec> = dateFacets({ column: 's.published_on', precision: null });

export class SourceRepository extends RecordList<SourceFilters, Source, Source> {
  private readonly byId: Database.Statement;
  private readonly recordsOf: Database.Statement;
  private readonly exclusionsOf: Database.Statement;
  private readonly textById: Database.Statement;

  constructor(db: Database.Database, lists: ListQueries) {
    super(lists, { shape: SHAPE, facets: SOURCE_FACETS });
    this.byId = db.prepare(`SELECT ${SHAPE.select}, s.text FROM ${SHAPE.from} WHERE s.id = ?`);
    // One query for the four record types, each served by evidence_source_idx (source_id, record_type, record_id).
    const supported = (type: string) => `(SELECT record_id FROM evidence WHERE source_id = @source AND record_type = '${type}')`;
    this.recordsOf = db.prepare(
      `SELECT 'event' AS record_type, id, title AS label, sort_date FROM events WHERE id IN ${supported('event')}
       UNION ALL
       SELECT 'statement', id,
              CASE WHEN length(text) > ${LABEL_LENGTH} THEN substr(text, 1, ${LABEL_LENGTH - 1}) || '…' ELSE text END, sort_date
         FROM statements WHERE id IN ${supported('statement')}
       UNION ALL
       SELECT 'vote', id, subject, sort_date FROM votes WHERE id IN ${supported('vote')}
       UNION ALL
       SELECT 'figure', id, raw_text, sort_date FROM figures WHERE id IN ${supported('figure')}
       ORDER BY sort_date, id`,
    );
    this.textById = db.prepare('SELECT text FROM sources WHERE id = ?').pluck();
    this.exclusionsOf = db.prepare('SELECT start, "end", quote, reason FROM exclusions WHERE source_id = ? ORDER BY start, id');
  }

  conditions(filters: SourceFilters): Condition[] {
    const conditions: Condition[] = [];
    if (filters.search) conditions.push(matching(SHAPE, filters.search));
    conditions.push(...dateRange('s.published_on', filters.from, filters.to));
    return conditions;
  }

  /** A listed source is its row: the list embeds nothing. */
  protected assemble(rows: Source[]): Source[] {
    return rows;
  }

  /** Only an article's text (no records, no exclusions): what a page needs to quote evidence in its context. */
  textOf(id: string): string | undefined {
    return this.textById.get(id) as string | undefined;
  }

  get(id: string): SourceDetail | undefined {
    const row = this.byId.get(id) as (Source & { text: string }) | undefined;
    if (!row) return undefined;
    const records: SourceRecords = { events: [], statements: [], votes: [], figures: [] };
    for (const { record_type, id: recordId, label } of this.recordsOf.all({ source: id }) as RecordLabelRow[]) {
      records[RECORD_LISTS[record_type]].push({ id: recordId, label });
    }
    return { ...row, records, exclusions: this.exclusionsOf.all(id) as SourceDetail['exclusions'] };
  }
}
