/**
 * Evidence for a page of records in one query (never one per row): the ids travel as one JSON array
 * parameter, so a single prepared statement serves any page size.
 */
import type Database from 'better-sqlite3';
import type { RecordType } from '../db/schema.js';
import type { Evidence } from '../schemas/common.js';
import type { SourceSummary } from '../schemas/source-summary.js';

/** One evidence span located in its article: which record it supports and its place in that record's evidence. */
export interface SourceSpan {
  record_type: RecordType;
  record_id: string;
  /** 0-based position in the record's evidence list (across all its sources), as the API lists it. */
  seq: number;
  start: number;
  end: number;
}

export class EvidenceRepository {
  private readonly forRecords: Database.Statement;
  private readonly sourcesOfRecord: Database.Statement;
  private readonly sourcesOfRecords: Database.Statement;
  private readonly spansOfSource: Database.Statement;

  constructor(db: Database.Database) {
    // Raw rows: a page's evidence is the largest result a list reads, and arrays cost less than objects.
    this.forRecords = db
      .prepare(
        `SELECT record_id, source_id, start, "end", quote FROM evidence
         WHERE record_type = ? AND record_id IN (SELECT value FROM json_each(?))
         ORDER BY record_id, seq`,
      )
      .raw(true);
    this.sourcesOfRecord = db.prepare(
      `SELECT DISTINCT s.id, s.title, s.publisher, s.url, s.published_on FROM evidence e JOIN sources s ON s.id = e.source_id
       WHERE e.record_type = ? AND e.record_id = ? ORDER BY s.published_on, s.id`,
    );
    this.sourcesOfRecords = db
      .prepare(
        `SELECT DISTINCT e.record_id, s.id, s.title, s.publisher, s.url, s.published_on FROM evidence e JOIN sources s ON s.id = e.source_id
         WHERE e.record_type = ? AND e.record_id IN (SELECT value FROM json_each(?)) ORDER BY e.record_id, s.published_on, s.id`,
      )
      .raw(true);
    // Served by evidence_source_idx (source_id, ...); text order, the longer of two spans starting together first.
    this.spansOfSource = db.prepare(
      `SELECT record_type, record_id, seq, start, "end" FROM evidence WHERE source_id = ?
       ORDER BY start, "end" DESC, record_type, record_id, seq`,
    );
  }

  /** Every evidence span in one article, in text order: what the article reader highlights. */
  spansInSource(sourceId: string): SourceSpan[] {
    return this.spansOfSource.all(sourceId) as SourceSpan[];
  }

  /** The articles that report a record, oldest first: where a fact-checker goes to read it. */
  sourcesOf(type: RecordType, id: string): SourceSummary[] {
    return this.sourcesOfRecord.all(type, id) as SourceSummary[];
  }

  /** `sourcesOf` for many records in one query (the build renders single views a page at a time). */
  sourcesForIds(type: RecordType, ids: readonly string[]): Map<string, SourceSummary[]> {
    const byRecord = new Map<string, SourceSummary[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return byRecord;
    const rows = this.sourcesOfRecords.all(type, JSON.stringify(ids)) as [string, string, string, string, string, string][];
    for (const [recordId, id, title, publisher, url, published_on] of rows)
      byRecord.get(recordId)?.push({ id, title, publisher, url, published_on });
    return byRecord;
  }

  /** Evidence per record id, in the curator's order; ids without evidence map to an empty list. */
  forIds(type: RecordType, ids: readonly string[]): Map<string, Evidence[]> {
    const byRecord = new Map<string, Evidence[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return byRecord;
    const rows = this.forRecords.all(type, JSON.stringify(ids)) as [string, string, number, number, string][];
    for (const [recordId, source_id, start, end, quote] of rows) byRecord.get(recordId)?.push({ source_id, start, end, quote });
    return byRecord;
  }
}
