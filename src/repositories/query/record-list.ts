/**
 * What every list repository does the same way, written once: its filters become conditions (`conditions`, the
 * one translation), a page of rows over those conditions runs through ListQueries, and the rows become records
 * (`assemble`: evidence, actors, positions... one query per relation for the whole page). A repository supplies
 * its shape and those two steps; `list`, `page`, `listAsync` and `every` are the same for all of them.
 */

import type { FacetCube } from '../../db/facet-counts.js';
import { withinLocations } from '../location-scope.js';
import type { Condition, ProvenanceFilter } from './conditions.js';
import type { FacetSpec } from './facets.js';
import type { ListPage, ListQueries, ListShape, PageRequest } from './list-query.js';

/**
 * `within=` walks the date index (testing each record's place) when its matches, squared, exceed this many times
 * the list's size: at a million records, above about 10,000 matches; on the curated ledger, never.
 */
const WITHIN_WALK_FACTOR = 100;

/** The filters the four evidence-backed lists (events, statements, votes, figures) share. */
export interface RecordFilters {
  /** Evidence in one of these sources (article ids). */
  source?: string[] | undefined;
  /** The main date's range, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  /** Words to find in the record's text (a full-text search). */
  search?: string | undefined;
  provenance?: ProvenanceFilter | undefined;
}

/** What a list is built on, as its repository declares it. */
export interface ListDefinition {
  /** The table, joins, sorts and main date a list, a facet or a timeline of these records is built on. */
  shape: ListShape;
  /** The facets the list answers (`facets=`), each over the same conditions as the list; see facets.ts. */
  facets: Record<string, FacetSpec>;
  /** Facet counts built with the database (src/db/facet-counts.ts), for the lists that have them. */
  cube?: FacetCube | undefined;
}

export abstract class RecordList<Filters, Row extends { id: string }, Served> {
  readonly shape: ListShape;
  readonly facetSpecs: Record<string, FacetSpec>;
  readonly facetCube: FacetCube | undefined;

  constructor(
    protected readonly lists: ListQueries,
    definition: ListDefinition,
  ) {
    this.shape = definition.shape;
    this.facetSpecs = definition.facets;
    this.facetCube = definition.cube;
  }

  /** The filters as SQL conditions, each tagged with its filter: the one translation every list, facet and export uses. */
  abstract conditions(filters: Filters): Condition[];

  /**
   * `within=` on `column`: the place and every place inside it (location-scope.ts), in the shape that pages
   * fastest. Pages are in date order. Through the place index, SQLite finds every match after the cursor and sorts
   * them, on every page: right for a place with few records, but an export of the 283,205 events within Aleppo at
   * 1M (567 pages) never finished. Walking the date index and testing each record's place stops after a page:
   * right for a place with many. Which one is chosen from the number of matches, counted once per value
   * (`+column` keeps SQLite off the place index; the answer is the same).
   */
  protected within(column: string, ancestorIds: readonly string[]): Condition {
    const condition = withinLocations(column, ancestorIds);
    const matches = this.lists.countOnce(this.shape, condition);
    const walk = matches * matches > WITHIN_WALK_FACTOR * this.lists.countOnce(this.shape);
    return walk ? withinLocations(`+${column}`, ancestorIds) : condition;
  }

  /** A page's rows as records, with what they embed. */
  protected abstract assemble(rows: Row[]): Served[];

  /**
   * One record by its id, assembled as a page of one is, then what its single view adds (`adds`: counts, children,
   * embedded records, sources), after its own fields; undefined when there is none.
   */
  protected one<Adds extends object = object>(id: string, adds?: () => Adds): (Served & Adds) | undefined {
    const row = this.lists.row<Row>(this.shape, id);
    const record = row ? this.assemble([row])[0] : undefined;
    return record && ({ ...record, ...adds?.() } as Served & Adds);
  }

  list(filters: Filters, sort: string, limit: number, cursor?: string): ListPage<Served> {
    return this.page(this.conditions(filters), { sort, limit, cursor });
  }

  /** A page of the records meeting `conditions` (from `conditions()`, possibly narrowed or widened). */
  page(conditions: readonly Condition[], request: PageRequest): ListPage<Served> {
    const page = this.lists.page<Row>(this.shape, conditions, request);
    return { rows: this.assemble(page.rows), nextCursor: page.nextCursor };
  }

  /** `list`, with a search run on a worker thread when the server has a pool (see db/query-pool.ts). */
  async listAsync(filters: Filters, sort: string, limit: number, cursor?: string): Promise<ListPage<Served>> {
    const page = await this.lists.pageAsync<Row>(this.shape, this.conditions(filters), { sort, limit, cursor });
    return { rows: this.assemble(page.rows), nextCursor: page.nextCursor };
  }

  /** Every record meeting `conditions` in `sort` order, page by page: embeds that must not stop at a page. */
  protected every(conditions: readonly Condition[], sort: string): Served[] {
    return this.assemble(this.lists.all<Row>(this.shape, conditions, sort));
  }
}
