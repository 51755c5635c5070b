/**
 * A draft record file for one article, in the curated format: every statement and figure the extractors found,
 * marked `method: extracted` with a confidence, each checked the way the seed will check it.
 *
 * Speakers the gazetteer does not know become actors at once: the draft's own `actors:` list holds them
 * (`method: extracted`, with the role and the names as the article gives them), so their statements are records
 * served by the next build. A curator confirms such an actor (`method: curated`) or merges it into a known one
 * (`merged_into: <id>`). Only a record that would not load (a failed check) is held back, and reported.
 */
import type { z } from 'zod';
import { byCodePoint } from '../code-point-order.js';
import type { ActorEntry, eventRecord, figureRecord, statementRecord, voteRecord } from '../seed/annotation-schema.js';
import type { ArticleInput } from './article-analysis.js';
import { calibratedConfidence, eventKeys, figureKeys, statementKeys, voteClaim, voteKeys } from './confidence-calibration.js';
import type { ExtractedEvent } from './event-extractor.js';
import { evidenceQuote } from './evidence-quotes.js';
import { type ArticleExtraction, extractArticle } from './extract-article.js';
import type { ExtractedFigure, UnrecordedNumber } from './figure-extractor.js';
import type { Gazetteer } from './gazetteer.js';
import { slugify } from './proper-names.js';
import { keywords, RecordIds } from './record-ids.js';
import { foldRepeatedStatements } from './repeated-statements.js';
import type { ProposedActor } from './speaker-resolution.js';
import type { ExtractedStatement } from './statement-extractor.js';
import { clip } from './text-segments.js';
import { type DraftScope, eventProblem, figureProblem, statementProblem, voteProblem } from './validate-draft.js';
import type { ExtractedVote } from './vote-extractor.js';

/** Drafted records are what a curator would write: the input form of the seed's own schemas, always extracted. */
type Drafted<T> = T & { id: string; method: 'extracted'; confidence: number };
export type StatementDraft = Drafted<z.input<typeof statementRecord>>;
export type FigureDraft = Drafted<z.input<typeof figureRecord>>;
export type VoteDraft = Drafted<z.input<typeof voteRecord>>;
export type EventDraft = Drafted<z.input<typeof eventRecord>>;
export type RecordDraft = StatementDraft | FigureDraft | VoteDraft | EventDraft;

export interface HeldBack {
  collection: 'events' | 'statements' | 'votes' | 'figures';
  record: RecordDraft;
  reason: string;
}

/**
 * A drafted record with what made it: `basis` is the chain of keys its confidence is calibrated on, most specific
 * first (confidence-calibration.ts). Kept out of the draft YAML: a curator judges a record by its evidence, and its
 * confidence already says how far to trust it; the keys name code paths, not anything in the article.
 */
type Made<R, E> = { record: R; extracted: E; basis: string[] };

export interface Draft {
  source: string;
  statements: Made<StatementDraft, ExtractedStatement>[];
  figures: Made<FigureDraft, ExtractedFigure>[];
  votes: Made<VoteDraft, ExtractedVote>[];
  events: Made<EventDraft, ExtractedEvent>[];
  /** Records that would not load (a failed check): written as comments and reported, never silently dropped. */
  heldBack: HeldBack[];
  /** People and bodies the gazetteer did not know, as actor entries (method: extracted). */
  actors: ActorEntry[];
  /** The same speech printed again (a caption, a standfirst): recorded once. */
  repeats: { keptId: string; passage: string }[];
  proposals: ProposedActor[];
  mentions: { actors: [string, number][]; locations: [string, number][] };
  unrecorded: UnrecordedNumber[];
  extraction: ArticleExtraction;
}

export interface DraftInput extends ArticleInput {
  sourceId: string;
  /** Ids already used by other annotation files: drafted ids must not collide with them. */
  takenIds?: Iterable<string>;
}

const countBy = (ids: string[]): [string, number][] => {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]));
};

export function extractDraft(input: DraftInput): Draft {
  const extraction = extractArticle(input);
  const { printed: text } = extraction.analysis;
  const ids = new RecordIds(input.takenIds ?? []);
  const placed = placeProposals(extraction.proposals, input.gazetteer, input.sourceId, text);
  const draft: Draft = {
    source: input.sourceId,
    statements: [],
    figures: [],
    votes: [],
    events: [],
    heldBack: [],
    repeats: [],
    proposals: extraction.proposals,
    actors: placed.entries,
    mentions: {
      actors: countBy(extraction.analysis.actorMentions.map((m) => m.id)),
      locations: countBy(extraction.analysis.locationMentions.map((m) => m.id)),
    },
    unrecorded: extraction.unrecorded,
    extraction,
  };

  const newActors = new Set(draft.actors.map((a) => a.id));
  const scope: DraftScope = { text, gazetteer: input.gazetteer, newActors };
  const { kept, repeats } = foldRepeatedStatements(text, extraction.statements);
  const idOf = new Map<ExtractedStatement, string>();
  for (const statement of kept) {
    const speaker = statement.speaker.status === 'actor' ? statement.speaker.id : placed.idOf(statement.speaker.proposal.id);
    const firstPassage = statement.evidence.map((e) => text.slice(e.start, e.end)).join(' ');
    const basis = statementKeys({
      kind: statement.kind,
      via: statement.speaker.via,
      continuation: statement.continuation,
      form: statement.basis,
      doubted: statement.speakerDoubted ?? false,
    });
    const record: StatementDraft = {
      id: ids.claim(speaker, statement.said.date ?? 'undated', keywords(firstPassage)),
      speaker,
      ...(statement.speakerRole ? { speaker_role: statement.speakerRole } : {}),
      kind: statement.kind,
      said: statement.said,
      ...(statement.place ? { place: statement.place } : {}),
      evidence: statement.evidence.map((span) => evidenceQuote(text, span)),
      method: 'extracted',
      confidence: calibratedConfidence('statements', basis),
    };
    idOf.set(statement, record.id);
    const problem = statementProblem(scope, record);
    if (problem) draft.heldBack.push({ collection: 'statements', record, reason: problem });
    else draft.statements.push({ record, extracted: statement, basis });
  }
  for (const { kept: original, repeat } of repeats) {
    draft.repeats.push({ keptId: idOf.get(original) ?? '?', passage: repeat.evidence.map((e) => text.slice(e.start, e.end)).join(' … ') });
  }

  // A part of a count ("9 women" of "52 people, among them 9 women") names its whole in its note: the contract has
  // no field for the link, and the note is stored and served with the record.
  const figureIds = new Map<number, string>();
  for (const figure of extraction.figures) {
    const claimedBy =
      figure.claimedBy?.status === 'actor'
        ? figure.claimedBy.id
        : figure.claimedBy?.status === 'proposed' && scope.newActors.has(placed.idOf(figure.claimedBy.proposal.id))
          ? placed.idOf(figure.claimedBy.proposal.id)
          : undefined;
    const basis = figureKeys({ basis: figure.basis, metric: figure.metric });
    const record: FigureDraft = {
      id: ids.claim(figure.asOf.date ?? 'undated', figure.metric, figure.raw, figure.unit),
      metric: figure.metric,
      category: figure.category,
      raw_text: figure.raw,
      value: figure.value,
      low: figure.low,
      high: figure.high,
      qualifier: figure.qualifier,
      unit: figure.unit,
      subject: figure.subject,
      ...(figure.location ? { location: figure.location } : {}),
      as_of: figure.asOf,
      ...(claimedBy ? { claimed_by: claimedBy } : {}),
      evidence: figure.evidence.map((span) => evidenceQuote(text, span)),
      method: 'extracted',
      confidence: calibratedConfidence('figures', basis),
    };
    const whole = figure.partOf ? figureIds.get(figure.partOf.rawSpan.start) : undefined;
    if (figure.partOf) {
      record.note = `part of the count "${figure.partOf.raw}", ${figure.partOf.subject}${whole ? ` (figure ${whole})` : ''}`;
    }
    figureIds.set(figure.rawSpan.start, record.id);
    const problem = figureProblem(scope, record);
    if (problem) draft.heldBack.push({ collection: 'figures', record, reason: problem });
    else draft.figures.push({ record, extracted: figure, basis });
  }

  for (const vote of extraction.votes) {
    // A member the gazetteer does not know, named by its country name, is a new state, served as extracted, described
    // by the passage that names it as every new actor is (its name is no alias of its own).
    for (const member of vote.newMembers ?? [])
      if (!input.gazetteer.actors.has(member.id) && !scope.newActors.has(member.id)) {
        const passage = vote.evidence.find((span) => text.slice(span.start, span.end).includes(member.name));
        const at = passage ? text.indexOf(member.name, passage.start) : -1;
        draft.actors.push({
          id: member.id,
          name: member.name,
          kind: 'state',
          country_code: member.countryCode,
          ...(at < 0 ? {} : { description: actorDescription(input.sourceId, excerpt(text, at, at + member.name.length)) }),
          aliases: [],
          roles: [],
          method: 'extracted',
          confidence: 0.7,
        });
        newActors.add(member.id);
      }
    const known = Object.values(vote.tally).filter((n) => n !== null).length;
    const claim = voteClaim({ vetoed: vote.positions.some((p) => p.veto), counts: Object.values(vote.tally), outcome: vote.outcome });
    const basis = voteKeys({ claim, basis: vote.basis });
    const record: VoteDraft = {
      id: ids.claim(vote.voted.date ?? 'undated', vote.body === 'security_council' ? 'sc' : 'ga', 'vote', keywords(vote.subject, 3)),
      body: vote.body,
      voted: vote.voted,
      subject: vote.subject,
      outcome: vote.outcome,
      // Whether a resolution binds is law, not wording: a General Assembly resolution never does; the council's may.
      binding: vote.body === 'general_assembly' ? false : null,
      tally: vote.tally,
      tally_basis: vote.tallyNote ? 'derived' : known === 3 ? 'stated' : known === 0 ? 'unknown' : 'partial',
      ...(vote.tallyNote
        ? { tally_note: vote.tallyNote }
        : known > 0 && known < 3
          ? { tally_note: 'only the counts the article states; the others are left null' }
          : {}),
      positions: vote.positions,
      evidence: vote.evidence.map((span) => evidenceQuote(text, span)),
      method: 'extracted',
      confidence: calibratedConfidence('votes', basis),
      ...(vote.note ? { note: vote.note } : {}),
    };
    const problem = voteProblem(scope, record);
    if (problem) draft.heldBack.push({ collection: 'votes', record, reason: problem });
    else draft.votes.push({ record, extracted: vote, basis });
  }

  for (const event of extraction.events) {
    // The speaker of a press occasion or an announcement the gazetteer does not know is its party by the id the draft
    // gives the proposal, named in the title as a known speaker is ("Press conference: Maria Lindqvist").
    const proposed = event.speaker?.status === 'proposed' ? placed.idOf(event.speaker.proposal.id) : undefined;
    const speakerEntry = proposed && scope.newActors.has(proposed) ? draft.actors.find((a) => a.id === proposed) : undefined;
    const actors = speakerEntry ? [{ actor: speakerEntry.id, role: 'participant' }, ...event.actors] : event.actors;
    const title =
      speakerEntry && !event.title.includes(':') ? event.title.replace(/^([^:]+?)(?= in |$)/u, `$1: ${speakerEntry.name}`) : event.title;
    const basis = eventKeys({ type: event.type, basis: event.basis, dayBasis: event.when.basis });
    const record: EventDraft = {
      id: ids.claim(event.when.date ?? 'undated', event.type.replace(/_/g, '-'), keywords(event.summary, 3)),
      type: event.type,
      title: clip(title, 120),
      summary: event.summary,
      when: event.when,
      ...(event.location ? { location: event.location } : {}),
      actors,
      evidence: event.evidence.map((span) => evidenceQuote(text, span)),
      method: 'extracted',
      confidence: calibratedConfidence('events', basis),
    };
    const problem = eventProblem(scope, record);
    if (problem) draft.heldBack.push({ collection: 'events', record, reason: problem });
    else draft.events.push({ record, extracted: event, basis });
  }
  return draft;
}

/**
 * How sure the pipeline is that a name it met is one new actor: a person with a full name and a title or role the
 * article gives is likelier right than a bare capitalised phrase.
 */
function newActorConfidence(proposal: ProposedActor): number {
  const fullName = proposal.name.trim().split(/\s+/u).length > 1;
  return Math.round((0.5 + (fullName ? 0.15 : 0) + (proposal.roles.length > 0 ? 0.15 : 0)) * 100) / 100;
}

/**
 * The draft's new actors, one per name: a name is compared without case, accents or punctuation ("Stephane Dion" is
 * "Stéphane Dion", "U.N." is "UN"). A proposal whose name a known actor already has (name or alias) is that actor,
 * not a new one; two proposals with one name are one actor; a proposed name running over a line break keeps its last
 * line (a name never spans paragraphs). An alias another actor already answers to is left out, so that no name
 * stands for two actors and the next ingest's gazetteer can still match it. `idOf` maps a proposal to the actor
 * its records name.
 */
export function placeProposals(
  proposals: ProposedActor[],
  gazetteer: Gazetteer,
  source: string,
  text: string,
): { entries: ActorEntry[]; idOf: (proposalId: string) => string } {
  const knownByName = new Map<string, Set<string>>();
  const claim = (name: string, id: string) => {
    const key = slugify(name);
    if (!key) return;
    const owners = knownByName.get(key) ?? new Set<string>();
    owners.add(id);
    knownByName.set(key, owners);
  };
  for (const actor of gazetteer.actors.values()) for (const name of [actor.name, ...actor.aliases]) claim(name, actor.id);
  const knownIds = new Set(gazetteer.actors.keys());
  const redirect = new Map<string, string>();
  const entries: ActorEntry[] = [];
  const byName = new Map<string, ActorEntry>();
  // Clean names first: a name cut at a line break joins the actor of that name rather than giving it its kind.
  const ordered = [...proposals.filter((p) => !p.name.includes('\n')), ...proposals.filter((p) => p.name.includes('\n'))];
  for (const proposal of ordered) {
    const lines = proposal.name
      .split(/\n/u)
      .map((line) => line.trim())
      .filter(Boolean);
    const name = lines.at(-1) ?? proposal.name.trim();
    const key = slugify(name);
    const known = knownByName.get(key);
    if (known?.size === 1) {
      redirect.set(proposal.id, [...known][0] as string);
      continue;
    }
    const same = byName.get(key);
    if (same) {
      redirect.set(proposal.id, same.id);
      same.aliases.push(...(lines.length === 1 && name !== same.name ? [name] : []), ...proposal.aliases);
      same.roles.push(...proposal.roles.filter((role) => !same.roles.includes(role)));
      continue;
    }
    let id = proposal.id;
    if (name !== proposal.name) {
      const base = slugify(name) || proposal.id;
      id = base;
      for (let n = 2; knownIds.has(id) || entries.some((e) => e.id === id); n++) id = `${base}-${n}`;
    }
    const entry = newActorEntry({ ...proposal, id, name }, source, text);
    redirect.set(proposal.id, id);
    entries.push(entry);
    byName.set(key, entry);
  }
  // Aliases last, once every new name is known: each name stands for one actor.
  const owner = new Map<string, string>();
  for (const [key, ids] of knownByName) owner.set(key, ids.size === 1 ? ([...ids][0] as string) : '');
  for (const [key, entry] of byName) owner.set(key, entry.id);
  for (const entry of entries) {
    const kept: string[] = [];
    for (const alias of entry.aliases) {
      const key = slugify(alias);
      const holder = owner.get(key);
      const elsewhere = holder !== undefined && holder !== entry.id;
      if (!key || alias.includes('\n') || alias === entry.name || kept.includes(alias) || elsewhere) continue;
      kept.push(alias);
      owner.set(key, entry.id);
    }
    entry.aliases = kept;
  }
  return { entries, idOf: (proposalId) => redirect.get(proposalId) ?? proposalId };
}

/** A new actor as an entry of the draft's `actors:` list, in the actors.yaml format. */
function newActorEntry(proposal: ProposedActor, source: string, text: string): ActorEntry {
  return {
    id: proposal.id,
    name: proposal.name,
    kind: proposal.kind,
    ...(proposal.countryCode ? { country_code: proposal.countryCode } : {}),
    description: actorDescription(source, excerpt(text, proposal.mention.start, proposal.mention.end)),
    aliases: proposal.aliases.filter((alias) => alias !== proposal.name),
    roles: proposal.roles,
    method: 'extracted',
    confidence: newActorConfidence(proposal),
  };
}

/**
 * Where a new actor is met: the article and the passage, unquoted (the passage has quotation marks of its own, and
 * marks around it would pair with them). It says where, not which tool: it stays true when a curator confirms the
 * actor, so a confirm leaves it (the seed README's step), and `method` tells whether a curator checked it.
 */
function actorDescription(source: string, passage: string): string {
  return `Named in ${source}, in the passage: ${passage}`;
}

/** The words around a mention, on one line. */
function excerpt(text: string, start: number, end: number): string {
  let from = Math.max(0, text.lastIndexOf('\n', start) + 1, start - 80);
  while (from > 0 && /\S/u.test(text[from - 1] as string) && text[from - 1] !== '\n') from--; // whole words
  const newline = text.indexOf('\n', end);
  let to = Math.min(newline < 0 ? text.length : newline, end + 80);
  while (to < text.length && /\S/u.test(text[to] as string)) to++; // whole words at the end too
  const cut = (at: boolean) => (at ? '…' : '');
  const lineStart = text.lastIndexOf('\n', start) + 1;
  return `${cut(from > lineStart)}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${cut(to < (newline < 0 ? text.length : newline))}`;
}
