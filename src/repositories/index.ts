/**
 * The data layer: one repository per resource, sharing the prepared-statement cache and evidence lookups. It
 * speaks no HTTP (domain-errors.ts holds what it throws), so the API, a page renderer, an exporter or the seed
 * build can each call `createRepositories(db, { buildId })` over an open ledger.
 */
import type Database from 'better-sqlite3';
import { ActorRepository } from './actor-repository.js';
import { EventRepository } from './event-repository.js';
import { EvidenceRepository } from './evidence-repository.js';
import { ExportRepository } from './export-repository.js';
import { FigureRepository } from './figure-repository.js';
import { LocationRepository } from './location-repository.js';
import { QuantityRepository } from './quantity-repository.js';
import { CursorCodec } from './query/cursor.js';
import { FacetCounts } from './query/facets.js';
import { ListQueries, type ListQueryOptions } from './query/list-query.js';
import { ReferenceCheck } from './reference-check.js';
import { RenderedRepository } from './rendered-repository.js';
import { SourceRepository } from './source-repository.js';
import { StatementRepository } from './statement-repository.js';
import { TimelineRepository } from './timeline-repository.js';
import { VoteRepository } from './vote-repository.js';
import { WebAnnotationRepository } from './web-annotation-repository.js';

export interface RepositoryOptions extends ListQueryOptions {
  /** The database build's id (ledger_meta `build_id`): cursors are signed with it, so they die with the build. */
  buildId: string;
  /** Answer facets from the counts tables built with the database where a request allows (default true). */
  facetCubes?: boolean | undefined;
}

export function createRepositories(db: Database.Database, options: RepositoryOptions) {
  const cursors = new CursorCodec(options.buildId);
  const lists = new ListQueries(db, cursors, options);
  const evidence = new EvidenceRepository(db);
  const statements = new StatementRepository(lists, evidence);
  const votes = new VoteRepository(db, lists, evidence);
  const figures = new FigureRepository(lists, evidence);
  const actors = new ActorRepository(db, lists);
  return {
    references: new ReferenceCheck(db, (id) => actors.mergedInto(id)),
    rendered: new RenderedRepository(db, lists),
    facets: new FacetCounts(db, { cubes: options.facetCubes, pool: options.pool }),
    evidence,
    statements,
    events: new EventRepository(db, lists, evidence, { statements, votes, figures }),
    votes,
    figures,
    quantities: new QuantityRepository(db, lists, evidence),
    timeline: new TimelineRepository(db, cursors, evidence),
    sources: new SourceRepository(db, lists),
    actors,
    locations: new LocationRepository(db, lists),
    webAnnotations: new WebAnnotationRepository(db, cursors),
    exports: new ExportRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
