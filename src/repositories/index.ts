/** The domain layer: one repository per resource, sharing the prepared-statement cache and evidence lookups. */
import type Database from 'better-sqlite3';
import type { CursorCodec } from '../http/cursor.js';
import { ActorRepository } from './actor-repository.js';
import { EventRepository } from './event-repository.js';
import { EvidenceRepository } from './evidence-repository.js';
import { FigureRepository } from './figure-repository.js';
import { ListQueries } from './list-query.js';
import { LocationRepository } from './location-repository.js';
import { QuantityRepository } from './quantity-repository.js';
import { ReferenceCheck } from './reference-check.js';
import { SourceRepository } from './source-repository.js';
import { StatementRepository } from './statement-repository.js';
import { VoteRepository } from './vote-repository.js';

export function createRepositories(db: Database.Database, cursors: CursorCodec) {
  const lists = new ListQueries(db, cursors);
  const evidence = new EvidenceRepository(db);
  const statements = new StatementRepository(db, lists, evidence);
  const votes = new VoteRepository(db, lists, evidence);
  const figures = new FigureRepository(db, lists, evidence);
  return {
    references: new ReferenceCheck(db),
    evidence,
    statements,
    events: new EventRepository(db, lists, evidence, { statements, votes, figures }),
    votes,
    figures,
    quantities: new QuantityRepository(db, lists, evidence),
    sources: new SourceRepository(db, lists),
    actors: new ActorRepository(db, lists),
    locations: new LocationRepository(db, lists),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
