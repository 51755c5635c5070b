/**
 * Scores what the ingest extracted from an article against its expected records: the gold files of
 * test/fixtures/ingest-heldout/ and ingest-dev/ (format in their README), or a curated record file turned into the
 * same form. Per kind, recall (expected records found right) and precision (extracted records that are right):
 *
 * - statement: an extracted statement whose evidence overlaps the gold `quote`, with the right speaker (the gold
 *   names the speaker in words; it is right when those words are the actor's name or one of its aliases, or when
 *   the words of one are all in the other: "Churkin" for "Vitaly Churkin", "Syrian" for "Syrian army"; not an actor
 *   drafted as the speaker's relative, nor, for a person, an actor whose name names another person of the article or
 *   who holds the words of two of them: speakerMatch, namesAnotherPerson);
 * - said_on: of the statements found right whose gold date is not null, those with the same date;
 * - figure: an extracted figure whose raw words overlap the gold `raw_text`, with the same value and qualifier;
 * - vote: same body and date, and the same stated tally (the keys the gold gives) or the same vetoing members; a
 *   vote the gold gives no count or veto for (still to be held, "adopted without a vote") by body and date, when
 *   the extracted one claims no count or veto either;
 * - event: same type and start date.
 * Precision counts every extracted record, so a record the gold does not expect counts against it.
 */
import { z } from 'zod';
import { findAll, locateQuote } from '../seed/locate-quote.js';
import { CALIBRATION_KINDS, type CalibrationKind } from './confidence-calibration.js';
import { clip, overlaps, type Span } from './text-segments.js';

const isoOrNull = z.string().nullable();
export const goldFile = z.object({
  source: z.string(),
  statements: z
    .array(z.object({ speaker: z.string(), speaker_kind: z.string(), kind: z.string(), said_on: isoOrNull, quote: z.string() }))
    .default([]),
  figures: z
    .array(
      z.object({
        raw_text: z.string(),
        value: z.number().nullable(),
        low: z.number().nullable().optional(),
        high: z.number().nullable().optional(),
        qualifier: z.string(),
        unit: z.string().optional(),
        metric: z.string().optional(),
        humanitarian: z.boolean().optional(),
      }),
    )
    .default([]),
  votes: z
    .array(
      z.object({
        body: z.string(),
        voted_on: isoOrNull,
        outcome: z.string(),
        tally: z
          .object({
            yes: z.number().nullable().optional(),
            no: z.number().nullable().optional(),
            abstain: z.number().nullable().optional(),
          })
          .nullable(),
        vetoed_by: z.array(z.string()).default([]),
        cue: z.string(),
      }),
    )
    .default([]),
  events: z
    .array(
      z.object({
        type: z.string(),
        date_start: isoOrNull,
        precision: z.string().optional(),
        actors: z.array(z.string()).default([]),
        cue: z.string(),
      }),
    )
    .default([]),
});
export type GoldFile = z.infer<typeof goldFile>;

/**
 * How sure the extractor was of a record and which mechanism made it (`basis`), carried through the scorer so that
 * the reliability of a confidence can be measured (confidence-reliability.ts) and calibrated per basis. Optional: a
 * view without them scores the same.
 */
export interface Assessed {
  confidence?: number;
  /** The keys of its basis, most specific first (confidence-calibration.ts). */
  basis?: string[];
}

/** What the ingest extracted, in the scorer's terms (so that any version of the extractors can be scored). */
export interface ExtractedView {
  statements: ({ speakerNames: string[]; kind: string; saidOn: string | null; spans: Span[] } & Assessed)[];
  figures: ({ raw: Span; value: number | null; qualifier: string } & Assessed)[];
  votes: ({
    body: string;
    votedOn: string | null;
    tally: { yes: number | null; no: number | null; abstain: number | null };
    vetoedBy: string[][];
  } & Assessed)[];
  events: ({ type: string; date: string | null } & Assessed)[];
}

/**
 * The judgement of each record, for the reliability of confidence: per drafted record, its confidence, basis and
 * whether it is right (the judgement the precision counts); per expected record, the highest confidence of the
 * drafted records that found it right (null when none did), so recall at a minimum confidence can be counted.
 */
export interface Judged {
  /** `strict`: right under a strict speaker match too (no speaker judged by a subset of words, speakerMatch); absent, as `right`. */
  drafted: { confidence: number | null; basis: string[]; right: boolean; strict?: boolean }[];
  expected: (number | null)[];
}

export interface KindScore {
  expected: number;
  extracted: number;
  /** Expected records found right. */
  recalled: number;
  /** Extracted records that are right. */
  precise: number;
}

export interface GoldScore {
  statements: KindScore;
  saidOn: { compared: number; right: number };
  figures: KindScore;
  votes: KindScore;
  events: KindScore;
  misses: string[];
  /** The statements and votes found right only through a subset speaker match (speakerMatch), to be read. */
  loose: string[];
  /** The drafted records no expected record matches (what precision counts wrong), to be read. */
  wrong: string[];
  /** Per record, for the reliability table; aggregates never read it. */
  judged: Record<CalibrationKind, Judged>;
}

const GENERIC = new Set([
  'the',
  'of',
  'u',
  'n',
  'un',
  'united',
  'nations',
  'for',
  'and',
  'unnamed',
  'official',
  'officials',
  'spokesman',
  'spokeswoman',
]);
// Letters are compared without their diacritics: "Mevlüt Çavuşoğlu" in a gold file and "Mevlut Cavusoglu" in the
// gazetteer are one man, as a reader (and an ingest that keeps both as aliases) takes them.
const words = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(unnamed\)/gu, '')
    .replace(/[’']s\b/gu, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/[\s-]+/u)
    .filter((w) => w.length > 0 && w !== 'the');

// A gold speaker named through another, who opens the name ("Ana Ruiz's uncle", "the council's secretariat"): the
// words after the possessive are who spoke. Not where the possessive sits inside a longer name ("press officer of
// Norland's mission"), nor where what follows is an organ a state or body speaks through ("Norland's foreign
// ministry", "the army's command"), which the rules let the state or body voice.
const POSSESSED = /^([^’']*)[’']s\s+([^’']+)$/u;
const ORGAN = /\b(?:ministry|ministries|government|mission|delegation|embassy|office|army|forces|command|cabinet|presidency)\b/iu;

/**
 * Whether the gold's words for a speaker name the extracted actor (one of its names). A speaker named through a
 * person or body ("X's uncle") is not that person or body: the extracted name must hold what follows the possessive,
 * so the uncle's words given to X count as a wrong speaker, as a reader takes them; and the other way round, an actor
 * drafted as "X's uncle" is not X.
 */
export function sameSpeaker(gold: string, names: string[]): boolean {
  return speakerMatch(gold, names) !== null;
}

/**
 * How the gold's words for a speaker name the extracted actor: `exact` when they are one of its names word for word
 * (diacritics, case and punctuation aside), `subset` when only the words of one are all in the other ("Churkin" for
 * "Vitaly Churkin") or one is the other's initials ("ICRC", initialsOf), null when they do not name it (sameSpeaker's rules). The subset reading is what a strict match
 * would count wrong: the scorer reports how many right records rest on it.
 */
export function speakerMatch(gold: string, names: string[]): 'exact' | 'subset' | null {
  const g = words(gold);
  const head = namedThrough(gold) ?? [];
  let match: 'subset' | null = null;
  for (const name of names) {
    const n = words(name);
    if (n.length === 0 || g.length === 0) continue;
    if (!head.every((w) => n.includes(w))) continue;
    const relation = namedThrough(name)?.[0];
    if (relation !== undefined && !g.includes(relation)) continue;
    if (n.join(' ') === g.join(' ')) return 'exact';
    const [small, large] = n.length <= g.length ? [n, g] : [g, n];
    if (small.some((w) => !GENERIC.has(w)) && small.every((w) => large.includes(w))) match = 'subset';
    if (initialsOf(gold, name) || initialsOf(name, gold)) match = 'subset';
  }
  return match;
}

// Words an organisation's initials skip ("International Committee of the Red Cross" is "ICRC").
const UNCOUNTED = new Set(['of', 'for', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le']);
/**
 * Whether `acronym`, three capitals or more, is the initials of `name`'s words ("ICRC" for "International Committee
 * of the Red Cross"): one body, as a reader takes the "ICRC" of a text that names the committee in full, whether the
 * text defines the initials ("... Red Cross (ICRC)") or only uses them. A subset match: a strict match counts it wrong.
 */
function initialsOf(acronym: string, name: string): boolean {
  if (!/^\p{Lu}{3,}$/u.test(acronym.trim())) return false;
  const initials = words(name)
    .filter((w) => !UNCOUNTED.has(w))
    .map((w) => w[0])
    .join('');
  return initials === acronym.trim().toLowerCase();
}

/**
 * The words for whom a name names through another, when it opens with a person or body and a possessive (POSSESSED:
 * "Ana Ruiz's cousin in Homs" -> the words of "cousin in Homs"), generic words aside; null for any other name. Read
 * on the gold's speaker (the drafted name must hold them all) and on each drafted name (the gold must hold its first).
 */
function namedThrough(name: string): string[] | null {
  const [, owner, owned] = POSSESSED.exec(name) ?? [];
  if (owner === undefined || owned === undefined || /\bof\b/iu.test(owner) || ORGAN.test(owned)) return null;
  return words(owned).filter((w) => !GENERIC.has(w));
}

const stated = (value: number | null | undefined) => value !== null && value !== undefined;
const sameTally = (gold: GoldFile['votes'][number]['tally'], got: ExtractedView['votes'][number]['tally']) =>
  gold !== null &&
  Object.values(gold).some(stated) &&
  Object.entries(gold).every(([key, value]) => !stated(value) || got[key as keyof typeof got] === value);
/** A vote the text gives neither a count nor a veto for (one still to be held, "adopted without a vote"). */
const bare = (gold: GoldFile['votes'][number]) =>
  (gold.tally === null || !Object.values(gold.tally).some(stated)) && gold.vetoed_by.length === 0;

const kind = (expected: number, extracted: number): KindScore => ({ expected, extracted, recalled: 0, precise: 0 });
/** A judgement per kind, each made by `of`. */
const perKind = (of: (kind: CalibrationKind) => Judged) =>
  Object.fromEntries(CALIBRATION_KINDS.map((k) => [k, of(k)])) as Record<CalibrationKind, Judged>;
const noJudgement = () => perKind(() => ({ drafted: [], expected: [] }));

const rightCount = (judged: Judged) => judged.drafted.filter((d) => d.right).length;

/**
 * Each drafted record judged right or not (and right or not under `strictRight`, the judgement with no speaker taken by
 * a subset of words; the same as `right` by default), and each expected record's best confidence among those found it
 * right.
 */
function judge<G, E extends Assessed>(gold: G[], got: E[], right: (g: G, e: E) => boolean, strictRight = right): Judged {
  const confidence = (e: E) => e.confidence ?? null;
  return {
    drafted: got.map((e) => ({
      confidence: confidence(e),
      basis: e.basis ?? [],
      right: gold.some((g) => right(g, e)),
      strict: gold.some((g) => strictRight(g, e)),
    })),
    expected: gold.map((g) => {
      const found = got.filter((e) => right(g, e)).map((e) => confidence(e) ?? 0);
      return found.length === 0 ? null : Math.max(...found);
    }),
  };
}

/**
 * Where a gold passage (a statement's `quote`, a figure's `raw_text`) lies in the article, as the scorer locates it, or
 * why it cannot be located. Exported so that whatever else labels the article's text by its gold (the statement
 * detector's training) reads the same characters the scorer judges.
 */
export function locateGoldPassage(text: string, quote: string): Span | { reason: string } {
  const located = locateQuote(text, quote);
  if (located.ok) return located.span;
  // A short raw_text ("20") is unique as whole words (the fixture test checks it), not as a substring ("2016"). As
  // there, a digit group after "," or "." continues a number: "40" inside "40,000" or "6,40" is not the number 40.
  const digitGroup = (mark: string | undefined, digit: string | undefined) => /[.,]/u.test(mark ?? '') && /\d/u.test(digit ?? '');
  const whole = findAll(text, quote).filter(
    (s) =>
      !/[\p{L}\p{N}]/u.test(text[s.start - 1] ?? '') &&
      !/[\p{L}\p{N}]/u.test(text[s.end] ?? '') &&
      !(/^\d/u.test(quote) && digitGroup(text[s.start - 1], text[s.start - 2])) &&
      !(/\d$/u.test(quote) && digitGroup(text[s.end], text[s.end + 1])),
  );
  if (located.reason === 'ambiguous' && whole.length === 1) return whole[0] as Span;
  return { reason: located.reason };
}

/** The speaker kinds of one human being (a commander is `armed_group` by the curation rules), whom a surname names. */
const INDIVIDUAL = new Set(['person', 'armed_group']);

/** Two gold names for two speakers: neither's words are all in the other's ("Lina Haddad", "Omar Haddad"). */
const unrelated = (a: string, b: string) => a !== b && speakerMatch(a, [b]) === null && speakerMatch(b, [a]) === null;

/**
 * Whether a drafted actor's names name another speaker of the article rather than `speaker`: a name that fits the
 * other ("Abu Omar" fits "Abu Omar") by a word the speaker's name lacks ("abu" is not in "Omar Haddad"), so a reader
 * takes the record for the other's. A name that only shares the speaker's own words ("Haddad") names neither.
 */
export function namesAnotherPerson(speaker: string, names: string[], other: string): boolean {
  if (!unrelated(speaker, other)) return false;
  const own = new Set(words(speaker));
  const others = new Set(words(other));
  return names.some((name) => {
    const n = words(name);
    // A name that holds every word of the speaker's is the speaker's, however many more it holds.
    if ([...own].every((w) => n.includes(w))) return false;
    return speakerMatch(other, [name]) !== null && n.some((w) => !GENERIC.has(w) && !own.has(w) && others.has(w));
  });
}

/** A gold statement with where its quote was found in the text (null: not found). */
type LocatedStatement = { gold: GoldFile['statements'][number]; span: Span | null };
type DraftedStatement = ExtractedView['statements'][number];

export function scoreAgainstGold(text: string, gold: GoldFile, got: ExtractedView): GoldScore {
  const misses: string[] = [];
  const locate = (quote: string, what: string): Span | null => {
    const located = locateGoldPassage(text, quote);
    if ('start' in located) return located;
    misses.push(`gold ${what} "${quote}" not located in the article (${located.reason})`);
    return null;
  };
  const score: GoldScore = {
    statements: kind(gold.statements.length, got.statements.length),
    saidOn: { compared: 0, right: 0 },
    figures: kind(gold.figures.length, got.figures.length),
    votes: kind(gold.votes.length, got.votes.length),
    events: kind(gold.events.length, got.events.length),
    misses,
    loose: [],
    wrong: [],
    judged: noJudgement(),
  };
  /** Lists the drafted records of a kind judged wrong, each described by `describe`. */
  const listWrong = <E>(judged: Judged, got: E[], describe: (e: E) => string) => {
    got.forEach((e, i) => {
      if (!judged.drafted[i]?.right) score.wrong.push(describe(e));
    });
  };
  const excerpt = (span: Span | undefined) => (span ? clip(text.slice(span.start, span.end), 100) : '');

  const goldStatements: LocatedStatement[] = gold.statements.map((s) => ({ gold: s, span: locate(s.quote, 'quote') }));
  const located = (g: LocatedStatement, e: DraftedStatement) => g.span !== null && e.spans.some((span) => overlaps(span, g.span as Span));
  // People, each with the drafted actors (by their names) that its words were given to: an actor given the words of
  // two people whose names share a word ("Haddad" for "Lina Haddad" and for "Omar Haddad") is neither of them.
  const actorOf = (names: string[]) => names.join('\n');
  const heldBy = new Map<string, Set<string>>();
  for (const g of goldStatements.filter((s) => INDIVIDUAL.has(s.gold.speaker_kind))) {
    const actors = heldBy.get(g.gold.speaker) ?? new Set<string>();
    for (const e of got.statements) if (located(g, e) && sameSpeaker(g.gold.speaker, e.speakerNames)) actors.add(actorOf(e.speakerNames));
    heldBy.set(g.gold.speaker, actors);
  }
  /** A person's words given to an actor by a subset of words, where that actor is, or is shared with, someone else. */
  const anotherPerson = (speaker: string, names: string[]) =>
    [...heldBy].some(
      ([other, actors]) => unrelated(speaker, other) && (actors.has(actorOf(names)) || namesAnotherPerson(speaker, names, other)),
    );
  const statementMatch = (g: LocatedStatement, e: DraftedStatement) => {
    if (!located(g, e)) return null;
    const match = speakerMatch(g.gold.speaker, e.speakerNames);
    return match === 'subset' && INDIVIDUAL.has(g.gold.speaker_kind) && anotherPerson(g.gold.speaker, e.speakerNames) ? null : match;
  };
  const statementRight = (g: LocatedStatement, e: DraftedStatement) => statementMatch(g, e) !== null;
  const statementStrictly = (g: LocatedStatement, e: DraftedStatement) => statementMatch(g, e) === 'exact';
  for (const g of goldStatements) {
    const right = got.statements.find((e) => statementRight(g, e));
    if (right) {
      score.statements.recalled++;
      if (!got.statements.some((e) => statementStrictly(g, e)))
        score.loose.push(`statement "${g.gold.quote}" (${g.gold.speaker}) given to ${right.speakerNames.join(' | ')}`);
      if (g.gold.said_on !== null) {
        score.saidOn.compared++;
        if (right.saidOn === g.gold.said_on) score.saidOn.right++;
        else misses.push(`said_on ${right.saidOn} for "${g.gold.quote}" (${g.gold.speaker}); expected ${g.gold.said_on}`);
      }
    } else {
      const near = g.span ? got.statements.find((e) => e.spans.some((span) => overlaps(span, g.span as Span))) : undefined;
      misses.push(`statement "${g.gold.quote}" (${g.gold.speaker}) ${near ? `given to ${near.speakerNames[0] ?? '?'}` : 'not found'}`);
    }
  }
  score.judged.statements = judge(goldStatements, got.statements, statementRight, statementStrictly);
  score.statements.precise = rightCount(score.judged.statements);
  listWrong(
    score.judged.statements,
    got.statements,
    (e) => `statement "${excerpt(e.spans[0])}" (${e.speakerNames.join(' | ')}, ${e.saidOn})`,
  );

  const goldFigures = gold.figures.map((f) => ({ gold: f, span: locate(f.raw_text, 'raw_text') }));
  const figureRight = (g: (typeof goldFigures)[number], e: ExtractedView['figures'][number]) =>
    g.span !== null && overlaps(e.raw, g.span) && e.value === g.gold.value && e.qualifier === g.gold.qualifier;
  for (const g of goldFigures) {
    if (got.figures.some((e) => figureRight(g, e))) score.figures.recalled++;
    else {
      const near = g.span ? got.figures.find((e) => overlaps(e.raw, g.span as Span)) : undefined;
      misses.push(
        `figure "${g.gold.raw_text}" (${g.gold.value}, ${g.gold.qualifier}) ${near ? `extracted as ${near.value}, ${near.qualifier}` : 'not found'}`,
      );
    }
  }
  score.judged.figures = judge(goldFigures, got.figures, figureRight);
  score.figures.precise = rightCount(score.judged.figures);
  listWrong(score.judged.figures, got.figures, (e) => `figure "${excerpt(e.raw)}" (${e.value}, ${e.qualifier})`);

  const voteJudged = (
    g: GoldFile['votes'][number],
    e: ExtractedView['votes'][number],
    vetoer: (gold: string, names: string[]) => boolean,
  ) =>
    g.body === e.body &&
    g.voted_on === e.votedOn &&
    (sameTally(g.tally, e.tally) ||
      // Nothing to compare but body and date: right when the extracted vote claims no count or veto either.
      (bare(g) && e.vetoedBy.length === 0 && !Object.values(e.tally).some(stated)) ||
      (g.vetoed_by.length > 0 &&
        g.vetoed_by.length === e.vetoedBy.length &&
        g.vetoed_by.every((name) => e.vetoedBy.some((names) => vetoer(name, names)))));
  const voteRight = (g: GoldFile['votes'][number], e: ExtractedView['votes'][number]) => voteJudged(g, e, sameSpeaker);
  const voteStrictly = (g: GoldFile['votes'][number], e: ExtractedView['votes'][number]) =>
    voteJudged(g, e, (name, names) => speakerMatch(name, names) === 'exact');
  for (const g of gold.votes) {
    if (got.votes.some((e) => voteRight(g, e))) {
      score.votes.recalled++;
      if (!got.votes.some((e) => voteStrictly(g, e))) score.loose.push(`vote "${g.cue}" vetoed by ${g.vetoed_by.join(', ')}`);
    } else misses.push(`vote "${g.cue}" (${g.body} ${g.voted_on}) not found right`);
  }
  score.judged.votes = judge(gold.votes, got.votes, voteRight, voteStrictly);
  score.votes.precise = rightCount(score.judged.votes);
  listWrong(score.judged.votes, got.votes, (e) => {
    const { yes, no, abstain } = e.tally;
    const vetoes = e.vetoedBy.length > 0 ? `, vetoed by ${e.vetoedBy.map((names) => names[0]).join(', ')}` : '';
    return `vote ${e.body} ${e.votedOn} (${yes}-${no}-${abstain}${vetoes})`;
  });

  const eventRight = (g: GoldFile['events'][number], e: ExtractedView['events'][number]) => g.type === e.type && g.date_start === e.date;
  for (const g of gold.events) {
    if (got.events.some((e) => eventRight(g, e))) score.events.recalled++;
    else misses.push(`event "${g.cue}" (${g.type} ${g.date_start}) not found`);
  }
  score.judged.events = judge(gold.events, got.events, eventRight);
  score.events.precise = rightCount(score.judged.events);
  listWrong(score.judged.events, got.events, (e) => `event ${e.type} ${e.date}`);
  return score;
}

const joinJudged = (a: Record<CalibrationKind, Judged>, b: Record<CalibrationKind, Judged>) =>
  perKind((k) => ({ drafted: [...a[k].drafted, ...b[k].drafted], expected: [...a[k].expected, ...b[k].expected] }));

/** Sums article scores. */
export function sumScores(scores: GoldScore[]): GoldScore {
  const add = (a: KindScore, b: KindScore): KindScore => ({
    expected: a.expected + b.expected,
    extracted: a.extracted + b.extracted,
    recalled: a.recalled + b.recalled,
    precise: a.precise + b.precise,
  });
  const zero = kind(0, 0);
  return scores.reduce<GoldScore>(
    (total, s) => ({
      statements: add(total.statements, s.statements),
      saidOn: { compared: total.saidOn.compared + s.saidOn.compared, right: total.saidOn.right + s.saidOn.right },
      figures: add(total.figures, s.figures),
      votes: add(total.votes, s.votes),
      events: add(total.events, s.events),
      misses: [],
      loose: [],
      wrong: [],
      judged: joinJudged(total.judged, s.judged),
    }),
    {
      statements: zero,
      saidOn: { compared: 0, right: 0 },
      figures: zero,
      votes: zero,
      events: zero,
      misses: [],
      loose: [],
      wrong: [],
      judged: noJudgement(),
    },
  );
}

export const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
/** A ratio with two decimals, or a dash where there was nothing to count (the score and reliability tables). */
export const fmt = (value: number | null) => (value === null ? '  -  ' : value.toFixed(2));

/** One line per kind: recall and precision with their counts. */
export function formatScore(label: string, s: GoldScore): string {
  const row = (name: string, k: KindScore) =>
    `  ${name.padEnd(11)} recall ${fmt(ratio(k.recalled, k.expected))} (${k.recalled}/${k.expected})  precision ${fmt(ratio(k.precise, k.extracted))} (${k.precise}/${k.extracted})`;
  return [
    label,
    row('statements', s.statements),
    `  ${'said_on'.padEnd(11)} right  ${fmt(ratio(s.saidOn.right, s.saidOn.compared))} (${s.saidOn.right}/${s.saidOn.compared})`,
    row('figures', s.figures),
    row('votes', s.votes),
    row('events', s.events),
  ].join('\n');
}
