/**
 * The checks on one record of a record file, written once for the seed loader (which refuses the whole build) and
 * the ingest (which holds a drafted record back): every evidence quote found in the article exactly once or at its
 * stated occurrence, every actor and place it names known, an event's participants listed once per role, a
 * figure's raw_text inside its first passage and its numbers meaning what its metric and qualifier say.
 * What needs the whole corpus (ids unique across files, an `event` naming a record of another file,
 * corroborations) stays in the loader.
 *
 * A check that fails throws a RecordFault with the reason; the caller adds the file and record it names.
 */
import { figureMeaningProblems } from '../domain/figure-meaning.js';
import type { EventRecord, EvidenceQuote, FigureRecord, StatementRecord, VoteRecord } from './annotation-schema.js';
import { findAll, type LocatedSpan, locateQuote } from './locate-quote.js';

/** What a record may refer to: its article's text, and the actors and places known where it is checked. */
export interface RecordScope {
  /** The article the record's evidence quotes. */
  text: string;
  /** The id a reference to an actor resolves to (a merged entry's target), or undefined when no actor has that id. */
  actor(id: string): string | undefined;
  hasLocation(id: string): boolean;
}

/** Why a record cannot be loaded, in the words a curator reads; the caller names the file and the record. */
export class RecordFault extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'RecordFault';
  }
}

/** Finds each evidence quote in the article, or fails naming the one that cannot be found and why. */
export function locateEvidence(text: string, quotes: readonly EvidenceQuote[]): LocatedSpan[] {
  return quotes.map((entry, index) => {
    const quote = typeof entry === 'string' ? entry : entry.quote;
    const occurrence = typeof entry === 'string' ? undefined : entry.occurrence;
    const located = locateQuote(text, quote, occurrence);
    if (located.ok) return located.span;
    const shortQuote = quote.length > 80 ? `${quote.slice(0, 77)}...` : quote;
    throw new RecordFault(
      located.reason === 'not_found'
        ? `evidence[${index}] quote not found in the article: "${shortQuote}"`
        : located.reason === 'ambiguous'
          ? `evidence[${index}] quote occurs ${located.count} times in the article; add "occurrence" (1 to ${located.count}) to say which: "${shortQuote}"`
          : `evidence[${index}] asks for occurrence ${occurrence} but the quote occurs ${located.count} time(s): "${shortQuote}"`,
    );
  });
}

/** The actor a reference names (a merged entry's target); null and undefined pass through. */
function actorRef<T extends string | null | undefined>(scope: RecordScope, id: T, what: string): T {
  if (!id) return id;
  const resolved = scope.actor(id);
  if (!resolved) throw new RecordFault(`unknown ${what} "${id}" (not in seed/actors.yaml nor any record file's actors)`);
  return resolved as T;
}

function checkLocation(scope: RecordScope, id: string | null | undefined, what: string): void {
  if (id && !scope.hasLocation(id)) throw new RecordFault(`unknown ${what} "${id}" (not in seed/locations.yaml)`);
}

export interface CheckedEvent {
  spans: LocatedSpan[];
  actors: { actorId: string; role: EventRecord['actors'][number]['role'] }[];
}

export function checkEvent(scope: RecordScope, event: EventRecord): CheckedEvent {
  checkLocation(scope, event.location, 'location');
  const spans = locateEvidence(scope.text, event.evidence);
  // Per actor that stands and role, the id the record wrote for it first.
  const written = new Map<string, string>();
  const actors: CheckedEvent['actors'] = [];
  for (const participant of event.actors) {
    const actorId = actorRef(scope, participant.actor, 'actor');
    const key = `${actorId}/${participant.role}`;
    const first = written.get(key);
    if (first === participant.actor) throw new RecordFault(`actor "${participant.actor}" is listed twice with role "${participant.role}"`);
    // Two ids a curator's merge made one actor ("merged_into") are that actor once: a merge is one edit, not one more in
    // every record that named both.
    if (first !== undefined) continue;
    written.set(key, participant.actor);
    actors.push({ actorId, role: participant.role });
  }
  return { spans, actors };
}

export interface CheckedStatement {
  spans: LocatedSpan[];
  speakerId: string;
}

export function checkStatement(scope: RecordScope, statement: StatementRecord): CheckedStatement {
  checkLocation(scope, statement.place, 'place');
  const spans = locateEvidence(scope.text, statement.evidence);
  return { spans, speakerId: actorRef(scope, statement.speaker, 'speaker') };
}

/**
 * The actor id a statement's id starts with when that actor is not the statement's speaker, or null. The ingest
 * names a statement after its speaker (`<speaker id>-<date>-<words>`, extract-draft.ts), so a curator who fixes the
 * speaker leaves an id that names the person first guessed, which misleads anyone reading the id. The id's longest
 * leading run of words that is an actor id is compared, through merges (an id naming an entry merged into the
 * speaker names the speaker), with the speaker the record resolved to; an id that starts with no actor id (the
 * curated files' `lavrov-2016-12-09-...`) names nobody.
 */
export function idNamesAnotherSpeaker(scope: Pick<RecordScope, 'actor'>, id: string, speakerId: string): string | null {
  const words = id.split('-');
  for (let count = words.length - 1; count >= 1; count--) {
    const prefix = words.slice(0, count).join('-');
    const named = scope.actor(prefix);
    if (named !== undefined) return named === speakerId ? null : prefix;
  }
  return null;
}

export interface CheckedVote {
  spans: LocatedSpan[];
  /** Each sponsor once, resolved. */
  sponsorIds: string[];
  /** The member of each position, resolved, in the positions' order. */
  memberIds: string[];
}

export function checkVote(scope: RecordScope, vote: VoteRecord): CheckedVote {
  const spans = locateEvidence(scope.text, vote.evidence);
  const sponsorIds = [...new Set(vote.sponsors.map((id) => actorRef(scope, id, 'sponsor')))];
  const memberIds = vote.positions.map((position) => actorRef(scope, position.member, 'member'));
  return { spans, sponsorIds, memberIds };
}

export interface CheckedFigure {
  spans: LocatedSpan[];
  claimedById: string | null;
}

export function checkFigure(scope: RecordScope, figure: FigureRecord): CheckedFigure {
  checkLocation(scope, figure.location, 'location');
  const spans = locateEvidence(scope.text, figure.evidence);
  const first = spans[0];
  if (!first || findAll(first.quote, figure.raw_text).length === 0) {
    throw new RecordFault(`raw_text "${figure.raw_text}" does not occur in the first evidence passage`);
  }
  const [problem] = figureMeaningProblems(figure);
  if (problem) throw new RecordFault(`${problem[0]}: ${problem[1]}`);
  return { spans, claimedById: actorRef(scope, figure.claimed_by, 'claimed_by actor') ?? null };
}
