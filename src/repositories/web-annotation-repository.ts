/**
 * Evidence spans as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): each span of an article that
 * supports a record becomes one annotation whose target is the article and whose body is the record. Not to be
 * confused with the curated seed files under seed/annotations, which are the records' source of truth.
 *
 * Spans are paged by the evidence row id (a keyset, like every list). Positions are computed in code points from
 * the article text, which is read once per source and kept: the corpus has a handful of articles.
 */
import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { RecordType } from '../db/schema.js';
import type { WebAnnotation } from '../schemas/web-annotation.js';
import { CodePointIndex } from './code-points.js';
import type { CursorCodec } from './query/cursor.js';

/** The W3C model suggests prefix and suffix long enough to tell repeated passages apart; each is at most 32 code points, as the API documents. */
export const CONTEXT_CODE_POINTS = 32;

const RECORD_PATHS: Record<RecordType, string> = { event: 'events', statement: 'statements', vote: 'votes', figure: 'figures' };

export interface WebAnnotationFilters {
  source?: string[] | undefined;
  recordType?: string[] | undefined;
  recordId?: string[] | undefined;
}

type Row = [number, RecordType, string, number, string, number, number, string, string];

export class WebAnnotationRepository {
  private readonly page: Database.Statement;
  private readonly one: Database.Statement;
  private readonly sourceText: Database.Statement;
  private readonly texts = new LRUCache<string, CodePointIndex>({ max: 64 });

  constructor(
    db: Database.Database,
    private readonly cursors: CursorCodec,
  ) {
    // One statement for every combination of filters: a filter left out binds NULL and drops out.
    this.page = db
      .prepare(
        `SELECT e.id, e.record_type, e.record_id, e.seq, e.source_id, e.start, e."end", e.quote, s.url
         FROM evidence e JOIN sources s ON s.id = e.source_id
         WHERE (@source IS NULL OR e.source_id IN (SELECT value FROM json_each(@source)))
           AND (@recordType IS NULL OR e.record_type IN (SELECT value FROM json_each(@recordType)))
           AND (@recordId IS NULL OR e.record_id IN (SELECT value FROM json_each(@recordId)))
           AND e.id > @after
         ORDER BY e.id LIMIT @limit`,
      )
      .raw(true);
    this.one = db
      .prepare(
        `SELECT e.id, e.record_type, e.record_id, e.seq, e.source_id, e.start, e."end", e.quote, s.url
         FROM evidence e JOIN sources s ON s.id = e.source_id WHERE e.record_type = ? AND e.record_id = ? AND e.seq = ?`,
      )
      .raw(true);
    this.sourceText = db.prepare('SELECT text FROM sources WHERE id = ?').pluck();
  }

  private indexOf(sourceId: string): CodePointIndex {
    let index = this.texts.get(sourceId);
    if (!index) {
      index = new CodePointIndex(this.sourceText.get(sourceId) as string);
      this.texts.set(sourceId, index);
    }
    return index;
  }

  list(filters: WebAnnotationFilters, limit: number, cursor?: string): { rows: WebAnnotation[]; nextCursor: string | null } {
    const after = cursor ? Number(this.cursors.decode(cursor, 'evidence', 1)[0]) : 0;
    const json = (values: string[] | undefined) => (values ? JSON.stringify(values) : null);
    const rows = this.page.all({
      source: json(filters.source),
      recordType: json(filters.recordType),
      recordId: json(filters.recordId),
      after,
      limit: limit + 1,
    }) as Row[];
    const more = rows.length > limit;
    const shown = more ? rows.slice(0, limit) : rows;
    const last = shown.at(-1);
    return {
      rows: shown.map((row) => this.toAnnotation(row)),
      nextCursor: more && last ? this.cursors.encode('evidence', [last[0]]) : null,
    };
  }

  get(recordType: string, recordId: string, seq: number): WebAnnotation | undefined {
    const row = this.one.get(recordType, recordId, seq) as Row | undefined;
    return row && this.toAnnotation(row);
  }

  private toAnnotation([, recordType, recordId, seq, sourceId, start, end, quote, url]: Row): WebAnnotation {
    const text = this.indexOf(sourceId);
    const record = `/v1/${RECORD_PATHS[recordType]}/${recordId}`;
    return {
      // Relative IRIs, resolved against the document's URL: the same bytes are right whatever host name served them.
      id: `/v1/annotations/${recordType}/${recordId}/${seq}`,
      type: 'Annotation',
      motivation: 'describing',
      body: { id: record, type: 'Dataset', format: 'application/json' },
      target: {
        source: url,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: quote,
            prefix: text.before(start, CONTEXT_CODE_POINTS),
            suffix: text.after(end, CONTEXT_CODE_POINTS),
          },
          { type: 'TextPositionSelector', start: text.codePointAt(start), end: text.codePointAt(end) },
        ],
      },
    };
  }
}
