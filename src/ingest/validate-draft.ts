/**
 * The seed's checks, applied to one drafted record before it is written: the record's schema, then the checks the
 * seed loader runs on every record (src/seed/record-checks.ts: evidence found, actors and places known, a figure's
 * raw_text and meaning), with the gazetteer and the draft's new actors as what is known. The draft is checked on
 * its own, so a colleague's half-written record file elsewhere in seed/ cannot stop an ingest. Each function
 * answers why the record would not load (the words the seed would print), or null.
 */
import type { z } from 'zod';
import { eventRecord, figureRecord, statementRecord, voteRecord } from '../seed/annotation-schema.js';
import { describeIssues } from '../seed/load-corpus.js';
import { checkEvent, checkFigure, checkStatement, checkVote, RecordFault, type RecordScope } from '../seed/record-checks.js';
import type { Gazetteer } from './gazetteer.js';

/** What a drafted record may name: the gazetteer's actors and places, and the actors the draft itself adds. */
export interface DraftScope {
  text: string;
  gazetteer: Gazetteer;
  newActors: ReadonlySet<string>;
}

function recordScope(scope: DraftScope): RecordScope {
  return {
    text: scope.text,
    actor: (id) => (scope.gazetteer.actors.has(id) || scope.newActors.has(id) ? id : undefined),
    hasLocation: (id) => scope.gazetteer.locations.has(id),
  };
}

/** The record parsed by its schema and checked, or the first reason it would not load. */
function whyNotLoadable<T>(schema: z.ZodType<T>, check: (scope: RecordScope, record: T) => unknown, scope: DraftScope, record: unknown) {
  const parsed = schema.safeParse(record);
  if (!parsed.success) return describeIssues(parsed.error);
  try {
    check(recordScope(scope), parsed.data);
    return null;
  } catch (error) {
    if (error instanceof RecordFault) return error.reason;
    throw error;
  }
}

/** Why a drafted statement would not load, or null. */
export const statementProblem = (scope: DraftScope, record: unknown): string | null =>
  whyNotLoadable(statementRecord, checkStatement, scope, record);

/** Why a drafted figure would not load, or null. */
export const figureProblem = (scope: DraftScope, record: unknown): string | null =>
  whyNotLoadable(figureRecord, checkFigure, scope, record);

/** Why a drafted vote would not load, or null. */
export const voteProblem = (scope: DraftScope, record: unknown): string | null => whyNotLoadable(voteRecord, checkVote, scope, record);

/** Why a drafted event would not load, or null. */
export const eventProblem = (scope: DraftScope, record: unknown): string | null => whyNotLoadable(eventRecord, checkEvent, scope, record);
