/** The domain layer: one repository per resource, sharing the prepared-statement cache and evidence lookups. */
import type Database from 'better-sqlite3';
import type { CursorCodec } from '../http/cursor.js';
import { EvidenceRepository } from './evidence-repository.js';
import { ListQueries } from './list-query.js';
import { ReferenceCheck } from './reference-check.js';
import { StatementRepository } from './statement-repository.js';

export function createRepositories(db: Database.Database, cursors: CursorCodec) {
  const lists = new ListQueries(db, cursors);
  const evidence = new EvidenceRepository(db);
  const statements = new StatementRepository(db, lists, evidence);
  return {
    references: new ReferenceCheck(db),
    evidence,
    statements,
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
