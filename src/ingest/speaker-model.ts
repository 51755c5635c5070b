/**
 * A learned doubt on the rules' speaker: for a drafted statement, the people and bodies the article names near it (its
 * sentence, its paragraph and the two before) and the resolver's pick (speaker-resolution.ts) are its candidate
 * speakers, each described by where it stands relative to the attributing verb (its subject before or after it, a
 * listener after "told", inside a quotation or the reported clause, the nearest fitting name before a pronoun ...),
 * and a logistic model (logistic-model.ts) trained on the dev golds scores each; the rules' pick is not among the
 * features. The features read positions and the shape of the words around a mention, never a word of a fixture. The
 * model never changes a speaker: it marks the statements where it would much rather have another (doubtSpeakers).
 */
import { fileURLToPath } from 'node:url';
import type { ArticleAnalysis } from './article-analysis.js';
import type { Gazetteer } from './gazetteer.js';
import { type Features, type LogisticModel, predictLogistic, readLogisticModel } from './logistic-model.js';
import { type Gender, isSkippable, type ResolvedSpeaker, type SpeakerResolver } from './speaker-resolution.js';
import type { ExtractedStatement } from './statement-extractor.js';
import { contains, type Segment, type Span, splitSentences } from './text-segments.js';

/** A person or body the article names, as a speaker the resolver could give a statement to. */
export interface SpeakerCandidate {
  key: string;
  speaker: ResolvedSpeaker;
  kind: string;
  /** A gazetteer actor, not one the article introduces. */
  known: boolean;
  /** Where the text names it outside quotations, in text order. */
  mentions: Span[];
  /** A person's sex as the text gives it (a courtesy title, a gendered role), when it does. */
  gender: Gender;
}

/** What the features read of an article, computed once. */
export interface CandidateContext {
  analysis: ArticleAnalysis;
  candidates: SpeakerCandidate[];
  sentences: Segment[][];
}

/** The key a speaker goes by: the actor's id, or the proposal's. */
export const candidateKey = (speaker: ResolvedSpeaker): string =>
  speaker.status === 'actor' ? speaker.id : `proposed:${speaker.proposal.id}`;

/**
 * Every speaker the resolver could name in the article: the gazetteer's actors it names (outside quotations), the
 * actors it proposed with every place it names them, and the speakers the rules picked.
 */
export function speakerCandidates(
  analysis: ArticleAnalysis,
  resolver: SpeakerResolver,
  statements: readonly ExtractedStatement[],
): CandidateContext {
  const byKey = new Map<string, SpeakerCandidate>();
  const add = (speaker: ResolvedSpeaker, kind: string, known: boolean, span: Span | null) => {
    const key = candidateKey(speaker);
    const candidate = byKey.get(key) ?? {
      key,
      speaker,
      kind,
      known,
      mentions: [],
      gender: kind === 'person' ? resolver.speakerGender(speaker) : null,
    };
    byKey.set(key, candidate);
    if (span && !candidate.mentions.some((m) => m.start === span.start)) candidate.mentions.push({ start: span.start, end: span.end });
  };
  for (const m of resolver.knownMentions()) add({ status: 'actor', id: m.id, via: m.via, mention: m }, m.kind, true, m);
  for (const { span, proposal } of resolver.proposedMentions())
    add({ status: 'proposed', proposal, via: 'name', mention: span }, proposal.kind, false, span);
  for (const s of statements) {
    const kind = s.speaker.status === 'actor' ? (analysis.gazetteer.actorKind(s.speaker.id) ?? 'person') : s.speaker.proposal.kind;
    add(s.speaker, kind, s.speaker.status === 'actor', s.speaker.mention);
  }
  for (const c of byKey.values()) c.mentions.sort((a, b) => a.start - b.start);
  return {
    analysis,
    candidates: [...byKey.values()],
    sentences: analysis.paragraphs.map((p) => splitSentences(analysis.text, p)),
  };
}

const BODY_KINDS = new Set(['organization', 'un_body', 'group', 'armed_group']);
/** "told X", "to X", "with X", "urged X": a name after these is the one spoken to or of, rarely the speaker. */
const LISTENER_BEFORE =
  /\b(?:told|tells|telling|to|with|urged|urging|asked|asking|against|by|on|for|from|accused|accusing|of|at|in)\s+(?:the\s+)?$/iu;
/** "he said", "she told": a pronoun subject right before the verb (captured). */
const PERSON_PRONOUN_BEFORE = /(?:^|[\s,;:"“”])(he|she)\s+(?:(?:also|then|later|again|had|has|would|\p{Ll}+ly)\s+)?$/iu;
const BODY_PRONOUN_BEFORE = /(?:^|[\s,;:"“”])(?:it|they)\s+(?:(?:also|then|later|again|had|has|have|would|\p{Ll}+ly)\s+)?$/iu;
/** "said he", "said she": the pronoun after an inverted verb (captured). */
const PRONOUN_AFTER = /^\s*(he|she)\b/iu;
/** A role apposed to a name: "X, the agency's spokeswoman," or "its spokeswoman, X". */
const ROLE_WORD =
  /\b(?:spokes(?:man|woman|person)|minister|envoy|ambassador|representative|president|director|chief|head|coordinator|official|secretary|commissioner|commander|adviser|advisor|delegate|chair(?:man|woman)?|leader|doctor|spokes)\b/iu;
/** "according to X": the speaker follows. */
const ACCORDING_TO = /\baccording\s+to\s+(?:the\s+)?$/iu;

const bin = (n: number, edges: number[]): number => edges.filter((e) => n >= e).length;

/** The paragraph index holding a position. */
function paragraphAt(analysis: ArticleAnalysis, position: number): number {
  return analysis.paragraphs.findIndex((p) => p.start <= position && position <= p.end);
}

/** The candidates a statement is chosen among: those named in its paragraph or the two before, and the rules' pick. */
export function statementCandidates(context: CandidateContext, statement: ExtractedStatement): SpeakerCandidate[] {
  const { analysis } = context;
  const first = analysis.paragraphs[Math.max(0, statement.paragraph - 2)];
  const last = analysis.paragraphs[statement.paragraph];
  if (!first || !last) return [];
  const window: Span = { start: first.start, end: last.end };
  const rule = candidateKey(statement.speaker);
  return context.candidates.filter((c) => c.key === rule || c.mentions.some((m) => contains(window, m)));
}

/**
 * The features of a (statement, candidate) pair. `previous` is the statement drafted before this one (its speaker is
 * often this one's too). Whether the candidate is the rules' pick is not among them: with it the model copies the rules.
 */
export function pairFeatures(
  context: CandidateContext,
  statement: ExtractedStatement,
  candidate: SpeakerCandidate,
  others: readonly SpeakerCandidate[],
  previous: ExtractedStatement | null,
): Features {
  const { analysis } = context;
  const text = analysis.text;
  const f: Record<string, number> = {};
  const verb = statement.verb;
  const paragraph = statement.paragraph;
  const sentence = (context.sentences[paragraph] ?? []).find((s) => s.start <= verb.start && verb.start < s.end) ?? {
    start: verb.start,
    end: verb.end,
  };
  // The resolver's mentions lie outside quotations; only a pick the rules made inside one can lie there.
  const inQuote = (m: Span) => analysis.quotations.some((q) => contains(q, m));
  const inEvidence = (m: Span) => statement.evidence.some((e) => contains(e, m));
  const reach = (m: Span) => {
    const p = paragraphAt(analysis, m.start);
    return p >= paragraph - 2 && p <= paragraph ? p : -1;
  };
  const near = candidate.mentions.filter((m) => reach(m) >= 0);
  const distance = (m: Span) => (m.end <= verb.start ? verb.start - m.end : m.start >= verb.end ? m.start - verb.end : 0);
  // The mention the features read: outside quotations and the reported words when there is one, then the nearest.
  const ranked = [...near].sort(
    (a, b) => Number(inQuote(a) || inEvidence(a)) - Number(inQuote(b) || inEvidence(b)) || distance(a) - distance(b),
  );
  const m = ranked[0];
  f[
    `kind:${candidate.kind === 'person' ? 'person' : candidate.kind === 'state' ? 'state' : BODY_KINDS.has(candidate.kind) ? 'body' : 'other'}`
  ] = 1;
  if (!candidate.known) f.new = 1;
  f[`named:${['once', 'twice', 'often'][bin(candidate.mentions.length, [2, 4])]}`] = 1;
  if (previous && candidateKey(previous.speaker) === candidate.key) f.previousSpeaker = 1;
  const lead = analysis.paragraphs.slice(0, 2);
  if (candidate.mentions.some((x) => lead.some((p) => contains(p, x)))) f.lead = 1;
  // Only the rules' pick stands among the candidates with no mention near: the text says nothing more of it.
  if (!m) return f;
  const back = paragraph - reach(m);
  const sameSentence = contains(sentence, m);
  f[sameSentence ? 'where:sentence' : back === 0 ? 'where:paragraph' : `where:back${back}`] = 1;
  f.distance = Math.min(distance(m) / 400, 2);
  if (inQuote(m)) f.inQuote = 1;
  // Inside the reported words after the verb ("said that X ..."): what is said of someone, not who said it.
  if (inEvidence(m) && m.start >= verb.end) f.inReported = 1;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const accordingTo = ACCORDING_TO.test(before);
  const listener = LISTENER_BEFORE.test(before) && !accordingTo;
  if (listener) f.listener = 1;
  if (accordingTo && m.start >= verb.start) f.accordingTo = 1;
  if (sameSentence && m.end <= verb.start && isSkippable(text.slice(m.end, verb.start))) f.subjectBefore = 1;
  if (sameSentence && !listener && m.start >= verb.end && /^[\s,]*(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(verb.end, m.start)))
    f.subjectAfter = 1;
  const after = text.slice(m.end, m.end + 80);
  if (ROLE_WORD.test(/^,[^,.;]{0,70},/u.exec(after)?.[0] ?? '') || ROLE_WORD.test(/[^,.;]{0,50},\s*$/u.exec(before)?.[0] ?? ''))
    f.apposedRole = 1;
  // The nearest fitting name before a pronoun subject: a person for "he"/"she", a body for "it"/"they".
  const beforeVerb = text.slice(sentence.start, verb.start);
  const afterVerb = text.slice(verb.end, verb.end + 12);
  const pronoun = (PERSON_PRONOUN_BEFORE.exec(beforeVerb) ?? PRONOUN_AFTER.exec(afterVerb))?.[1]?.toLowerCase();
  const personPronoun = pronoun !== undefined;
  const bodyPronoun = BODY_PRONOUN_BEFORE.test(beforeVerb);
  if (personPronoun || bodyPronoun) {
    // "she" for a man the article calls "Mr", "he" for a spokeswoman: the pronoun's sex against the candidate's.
    const sexFits = (c: SpeakerCandidate) => !pronoun || !c.gender || (pronoun === 'she') === (c.gender === 'female');
    const fits = (c: SpeakerCandidate) => (personPronoun ? c.kind === 'person' && sexFits(c) : c.kind !== 'person');
    const lastBefore = (c: SpeakerCandidate) =>
      Math.max(-1, ...c.mentions.filter((x) => x.end <= verb.start && !inQuote(x) && reach(x) >= 0).map((x) => x.end));
    const mine = lastBefore(candidate);
    const nearest = mine >= 0 && fits(candidate) && others.filter(fits).every((o) => o.key === candidate.key || lastBefore(o) <= mine);
    f[personPronoun ? 'pronoun:he' : 'pronoun:they'] = 1;
    if (nearest) f[personPronoun ? 'pronoun:nearestPerson' : 'pronoun:nearestBody'] = 1;
    if (!fits(candidate)) f['pronoun:misfit'] = 1;
    if (pronoun && candidate.gender) f[sexFits(candidate) ? 'pronoun:sexFits' : 'pronoun:sexMisfits'] = 1;
  }
  // Its rank among the candidates named before the verb, nearest first.
  const lastBeforeVerb = (c: SpeakerCandidate) =>
    Math.max(-1, ...c.mentions.filter((x) => x.end <= verb.start && reach(x) >= 0).map((x) => x.end));
  const mine = lastBeforeVerb(candidate);
  if (mine >= 0) f[`rank:${bin(others.filter((o) => o.key !== candidate.key && lastBeforeVerb(o) > mine).length, [1, 2])}`] = 1;
  return f;
}

/** The rules' pick and each candidate's features, for every statement of an article. */
export function statementPairs(context: CandidateContext, statements: readonly ExtractedStatement[]) {
  return statements.map((statement, i) => {
    const candidates = statementCandidates(context, statement);
    return {
      statement,
      pairs: candidates.map((candidate) => ({
        candidate,
        features: pairFeatures(context, statement, candidate, candidates, statements[i - 1] ?? null),
      })),
    };
  });
}

/** The names a candidate goes by (the scorer judges a speaker by them). */
export function candidateNames(gazetteer: Gazetteer, candidate: SpeakerCandidate): string[] {
  return candidate.speaker.status === 'actor'
    ? gazetteer.namesOf(candidate.speaker.id)
    : [candidate.speaker.proposal.name, ...candidate.speaker.proposal.aliases];
}

export const SPEAKER_MODEL_PATH = fileURLToPath(new URL('./speaker-model.json', import.meta.url));

let stored: LogisticModel | null = null;

/** The stored speaker model (speaker-model.json, written by speaker-model-train.ts), read and checked once. */
export function speakerModel(): LogisticModel {
  if (!stored) stored = readLogisticModel(SPEAKER_MODEL_PATH);
  return stored;
}

/**
 * How far the model would rather have another speaker than the rules' pick: the highest probability it gives a
 * candidate less the probability it gives the pick (0 when it agrees; the highest alone when the pick, at index
 * `pick`, is not among them). The one reading of a doubt, for the draft (speakerDoubts) and the trainer's measure.
 */
export function doubtOf(probabilities: readonly number[], pick: number): number {
  return Math.max(0, ...probabilities) - (probabilities[pick] ?? 0);
}

/**
 * Each statement's doubt (doubtOf). Measured on the recent-unseen pool with the model trained without it, a margin
 * above DOUBT_MARGIN marked 28 of 729 statements, 8 of them with a wrong speaker (29%, against 7% of the others);
 * overriding the rules there broke more speakers than it fixed, so it only doubts.
 */
export function speakerDoubts(context: CandidateContext, statements: readonly ExtractedStatement[], model: LogisticModel): number[] {
  return statementPairs(context, statements).map(({ statement, pairs }) => {
    const rule = candidateKey(statement.speaker);
    return doubtOf(
      pairs.map((p) => predictLogistic(model, p.features)),
      pairs.findIndex((p) => p.candidate.key === rule),
    );
  });
}

/** The model's probability for each candidate of a statement, the likeliest first. */
export function scoreCandidates(pairs: readonly { candidate: SpeakerCandidate; features: Features }[], model: LogisticModel) {
  return pairs.map((p) => ({ candidate: p.candidate, p: predictLogistic(model, p.features) })).sort((a, b) => b.p - a.p);
}

/** The margin above which a statement's speaker is doubted (chosen on dev's cross-validation, checked on the pool). */
export const DOUBT_MARGIN = 0.3;

/**
 * Marks the statements whose speaker the model doubts (`speakerDoubted`), after the rules have chosen every speaker:
 * their confidence is calibrated apart (statementKeys), so the curator meets them first. Speakers are not changed.
 */
export function doubtSpeakers(
  analysis: ArticleAnalysis,
  resolver: SpeakerResolver,
  statements: ExtractedStatement[],
  model: LogisticModel = speakerModel(),
): void {
  const doubts = speakerDoubts(speakerCandidates(analysis, resolver, statements), statements, model);
  statements.forEach((s, i) => {
    if ((doubts[i] ?? 0) > DOUBT_MARGIN) s.speakerDoubted = true;
  });
}
