/**
 * The seed's checks, applied to one drafted record before it is written: the record's schema, every evidence passage
 * found exactly once (or at its occurrence), a figure's raw_text inside its first passage, and every actor and place
 * known to the gazetteer. The draft is checked on its own, so a colleague's half-written annotation file elsewhere in
 * seed/ cannot stop an ingest.
 */
import { type EvidenceQuote, eventRecord, figureRecord, statementRecord, voteRecord } from '../seed/annotation-schema.js';
import { describeIssues } from '../seed/load-corpus.js';
import { findAll, locateQuote } from '../seed/locate-quote.js';
import type { Gazetteer } from './gazetteer.js';

/** What a drafted record may name: the gazetteer's actors and places, and the actors the draft itself adds. */
export interface DraftScope {
  text: string;
  gazetteer: Gazetteer;
  newActors: ReadonlySet<string>;
}

const knownActor = (scope: DraftScope, id: string) => scope.gazetteer.actors.has(id) || scope.newActors.has(id);

export type RecordProblem = string | null;

function evidenceProblem(text: string, evidence: EvidenceQuote[]): RecordProblem {
  for (const [index, entry] of evidence.entries()) {
    const quote = typeof entry === 'string' ? entry : entry.quote;
    const located = locateQuote(text, quote, typeof entry === 'string' ? undefined : entry.occurrence);
    if (!located.ok) return `evidence[${index}] ${located.reason.replace(/_/g, ' ')}`;
  }
  return null;
}

/** Why a drafted statement would not load, or null. */
export function statementProblem(scope: DraftScope, record: unknown): RecordProblem {
  const parsed = statementRecord.safeParse(record);
  if (!parsed.success) return describeIssues(parsed.error);
  if (!knownActor(scope, parsed.data.speaker)) return `speaker "${parsed.data.speaker}" is not a known actor`;
  if (parsed.data.place && !scope.gazetteer.locations.has(parsed.data.place))
    return `place "${parsed.data.place}" is not in locations.yaml`;
  return evidenceProblem(scope.text, parsed.data.evidence);
}

/** Why a drafted figure would not load, or null. */
export function figureProblem(scope: DraftScope, record: unknown): RecordProblem {
  const parsed = figureRecord.safeParse(record);
  if (!parsed.success) return describeIssues(parsed.error);
  const figure = parsed.data;
  if (figure.location && !scope.gazetteer.locations.has(figure.location)) return `location "${figure.location}" is not in locations.yaml`;
  if (figure.claimed_by && !knownActor(scope, figure.claimed_by)) return `claimed_by "${figure.claimed_by}" is not a known actor`;
  const problem = evidenceProblem(scope.text, figure.evidence);
  if (problem) return problem;
  const first = figure.evidence[0] as EvidenceQuote;
  const firstQuote = typeof first === 'string' ? first : first.quote;
  if (findAll(firstQuote, figure.raw_text).length === 0) return `raw_text "${figure.raw_text}" is not in the first evidence passage`;
  return null;
}

/** Why a drafted vote would not load, or null. */
export function voteProblem(scope: DraftScope, record: unknown): RecordProblem {
  const parsed = voteRecord.safeParse(record);
  if (!parsed.success) return describeIssues(parsed.error);
  for (const id of [...parsed.data.sponsors, ...parsed.data.positions.map((p) => p.member)])
    if (!knownActor(scope, id)) return `member "${id}" is not a known actor`;
  return evidenceProblem(scope.text, parsed.data.evidence);
}

/** Why a drafted event would not load, or null. */
export function eventProblem(scope: DraftScope, record: unknown): RecordProblem {
  const parsed = eventRecord.safeParse(record);
  if (!parsed.success) return describeIssues(parsed.error);
  if (parsed.data.location && !scope.gazetteer.locations.has(parsed.data.location))
    return `location "${parsed.data.location}" is not in locations.yaml`;
  for (const { actor } of parsed.data.actors) if (!knownActor(scope, actor)) return `actor "${actor}" is not a known actor`;
  return evidenceProblem(scope.text, parsed.data.evidence);
}
