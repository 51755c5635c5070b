/**
 * The lists an event view embeds (statements, votes, figures), written once over RecordList: one record by id
 * with the articles that report it, and every record tied to some events. Only the rows-to-records step
 * (`assemble`) is each repository's own.
 */
import type { RecordType } from '../../db/schema.js';
import type { SourceSummary } from '../../schemas/source-summary.js';
import type { EvidenceRepository } from '../evidence-repository.js';
import type { ListQueries } from './list-query.js';
import { type ListDefinition, type RecordFilters, RecordList } from './record-list.js';

export abstract class EmbeddedRecordList<
  Filters extends RecordFilters & { event?: string[] | undefined },
  Row extends { id: string },
  Served,
> extends RecordList<Filters, Row, Served> {
  constructor(
    lists: ListQueries,
    definition: ListDefinition,
    protected readonly evidence: EvidenceRepository,
    private readonly recordType: RecordType,
  ) {
    super(lists, definition);
  }

  /** One record, assembled as a page of one is, with a summary of each article that reports it. */
  get(id: string): (Served & { sources: SourceSummary[] }) | undefined {
    return this.one(id, () => ({ sources: this.evidence.sourcesOf(this.recordType, id) }));
  }

  /** Every record tied to the events, in date order, for embedding in event views (all of them, page by page). */
  forEvents(eventIds: readonly string[]): Served[] {
    if (eventIds.length === 0) return [];
    return this.every(this.conditions({ event: [...eventIds] } as Filters), 'date');
  }
}
