/**
 * UN votes: a sentence that reports a vote ("voted", "vetoed", "adopted a resolution", "abstained", a tally) in the
 * Security Council or the General Assembly (named in it, or in the sentences before it in the article), with its
 * date, outcome, tally as reporters write it ("11 in favour, 3 against and 1 abstention", "by a recorded vote of 106
 * to 15, with 46 abstentions", "passed 14-0 with one abstention", "eleven members supported"), vetoes ("Russia
 * vetoed", "Russia and China blocked", "cast its veto") and members' stated positions ("Egypt abstained", "China and
 * Venezuela voted against"). Sentences about the same body on the same day are one vote.
 */
import type { POSITIONS, VOTE_BODIES, VOTE_OUTCOMES } from '../db/schema.js';
import type { When } from '../seed/annotation-schema.js';
import type { ArticleAnalysis } from './article-analysis.js';
import { describeDay, publicationWhen } from './date-expressions.js';
import type { Mention } from './gazetteer.js';
import { numberValue } from './number-expressions.js';
import { contains, type Segment, type Span, splitSentences } from './text-segments.js';

export type VoteBody = (typeof VOTE_BODIES)[number];
export type VoteOutcome = (typeof VOTE_OUTCOMES)[number];
export type Position = (typeof POSITIONS)[number];

export interface ExtractedVote {
  body: VoteBody;
  voted: When;
  subject: string;
  outcome: VoteOutcome;
  tally: { yes: number | null; no: number | null; abstain: number | null };
  positions: { member: string; position: Position; veto: boolean }[];
  evidence: Span[];
  confidence: number;
}

const BODY_WORDS: [RegExp, VoteBody][] = [
  [/\b(?:Security Council|the council|council members)\b/iu, 'security_council'],
  [/\b(?:General Assembly|the assembly)\b/iu, 'general_assembly'],
];

// A sentence reports a vote when it has one of these; "resolution" alone (a draft being discussed) does not.
const VOTE_WORDS =
  /\b(?:vot(?:e|ed|es|ing)|veto(?:ed|es|ing)?|abstain(?:ed|ing|s)?|abstentions?|adopt(?:ed|s)?|in favou?r|blocked|passed|approved|rejected|(?:opposed|supported|backed) (?:the|a|this) (?:draft|resolution|text|measure))\b/iu;
// Words that say a vote is only talked about: "will vote", "a vote is expected", "called for a vote".
const NOT_YET =
  /\b(?:will|would|plans? to|is expected to|are expected to|is due to|to be put to|ahead of|before) (?:a |the )?(?:vote|voting)\b/iu;

const NUMBER =
  '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|[a-z]+ty(?:-[a-z]+)?(?: hundred(?: and [a-z-]+)?)?|[a-z]+ hundred(?: and [a-z-]+)?)';
// "eleven members of the Security Council that supported": the body and a relative pronoun between count and verb.
const OF_BODY =
  '(?:\\s+of the (?:U\\.?N\\.? |United Nations )?(?:Security Council|General Assembly|council|assembly))?(?:,?\\s+(?:that|who|which))?';
const num = (words: string | undefined) => (words === undefined ? null : numberValue(words));

interface TallyParts {
  yes: number | null;
  no: number | null;
  abstain: number | null;
}

/** The tally a sentence states, in the ways reporters write it; fields the sentence does not give stay null. */
export function statedTally(sentence: string): TallyParts {
  const s = sentence.replace(/\u2013|\u2014/gu, '-');
  const tally: TallyParts = { yes: null, no: null, abstain: null };
  // "14-0 with one abstention", "a vote of 11-3-1", "106 to 15, with 46 abstentions"
  const dashed = new RegExp(
    `\\b${NUMBER}\\s*(?:votes?\\s+|in favou?r\\s+)?(?:-|to)\\s*${NUMBER}(?:\\s+against)?(?:\\s*-\\s*${NUMBER})?\\b`,
    'iu',
  ).exec(s);
  if (dashed && /\bvot|\bpass|\badopt|\breject|\bapprov|\bfavou?r|\babstain/iu.test(s)) {
    const yes = num(dashed[1]);
    const no = num(dashed[2]);
    if (yes !== null && no !== null && yes <= 193 && no <= 193 && !/^\d{4}$/u.test(dashed[1] as string)) {
      tally.yes = yes;
      tally.no = no;
      if (dashed[3]) tally.abstain = num(dashed[3]);
    }
  }
  const inFavour = new RegExp(
    `\\b${NUMBER}\\s+(?:(?:votes?|members?|countries|states|nations|delegations)${OF_BODY}\\s+)?(?:in favou?r|for\\b|voted (?:for|in favou?r|yes)|supported|backed)`,
    'iu',
  ).exec(s);
  if (inFavour && tally.yes === null) tally.yes = num(inFavour[1]);
  const against = new RegExp(
    `\\b${NUMBER}\\s+(?:(?:votes?|members?|countries|states|nations|delegations)\\s+)?(?:against|opposed|voted (?:against|no))`,
    'iu',
  ).exec(s);
  if (against && tally.no === null) tally.no = num(against[1]);
  const abstaining = new RegExp(
    `\\b${NUMBER}\\s+(?:(?:members?|countries|states|nations|delegations)\\s+)?(?:abstentions?|abstaining|abstained)`,
    'iu',
  ).exec(s);
  if (abstaining && tally.abstain === null) tally.abstain = num(abstaining[1]);
  // "with one abstention", "and no abstentions"
  const noAbstentions = /\b(?:no|zero) abstentions?\b/iu.test(s);
  if (noAbstentions && tally.abstain === null) tally.abstain = 0;
  const unanimous = /\bunanimous(?:ly)?\b/iu.test(s);
  if (unanimous && tally.yes === null && tally.no === null) {
    tally.no = 0;
    tally.abstain ??= 0;
  }
  return tally;
}

const VETO = /\b(?:vetoed|vetoes|vetoing|veto(?:ed)? by|(?:cast|used|exercised|wielded) (?:its|their|a)(?: [\w.]+)? vetoe?s?|blocked)\b/iu;

/** The member states a sentence gives a position, by the verb after (or "by" before) them. */
function memberPositions(text: string, sentence: Span, states: Mention[]): { member: string; position: Position; veto: boolean }[] {
  const positions = new Map<string, { member: string; position: Position; veto: boolean }>();
  const set = (member: string, position: Position, veto: boolean) => {
    const previous = positions.get(member);
    if (!previous || (veto && !previous.veto)) positions.set(member, { member, position, veto });
  };
  // A run of states joined by commas and "and" shares the verb after the last one: "China and Venezuela voted against".
  const runs: Mention[][] = [];
  for (const state of states) {
    const last = runs.at(-1);
    const prev = last?.at(-1);
    if (last && prev && /^\s*(?:,|,?\s+and|,?\s+as well as)\s*$/iu.test(text.slice(prev.end, state.start))) last.push(state);
    else runs.push([state]);
  }
  for (const run of runs) {
    const end = (run.at(-1) as Mention).end;
    const after = text.slice(end, Math.min(sentence.end, end + 80));
    const before = text.slice(Math.max(sentence.start, run[0]?.start as number) - 40, run[0]?.start as number);
    let found: { position: Position; veto: boolean } | null = null;
    if (
      /^\s*(?:,\s*)?(?:also\s+|both\s+|each\s+|then\s+)?(?:vetoed|(?:cast|used|exercised|wielded) (?:its|their|a)(?: [\w.]+)? vetoe?s?|blocked)\b/iu.test(
        after,
      )
    )
      found = { position: 'no', veto: true };
    else if (/\bveto(?:ed)?(?:es)? (?:was |were )?(?:cast )?by\s*$/iu.test(before)) found = { position: 'no', veto: true };
    else if (/^\s*(?:also\s+|both\s+)?(?:voted against|voted no|opposed|rejected)\b/iu.test(after)) found = { position: 'no', veto: false };
    else if (/^\s*(?:also\s+|both\s+)?(?:abstained|abstaining)\b/iu.test(after)) found = { position: 'abstain', veto: false };
    else if (/^\s*(?:also\s+|both\s+)?(?:voted (?:for|in favou?r|yes)|supported|backed)\b/iu.test(after))
      found = { position: 'yes', veto: false };
    if (found) for (const state of run) set(state.id, found.position, found.veto);
  }
  return [...positions.values()];
}

function outcomeOf(sentence: string, vetoed: boolean): VoteOutcome | null {
  if (vetoed) return 'not_adopted';
  if (/\b(?:failed|rejected|not adopted|was defeated|fell short|blocked)\b/iu.test(sentence)) return 'not_adopted';
  if (/\b(?:adopted|passed|approved|endorsed)\b|\bvoted (?:[\w-]+ )?to (?:adopt|approve|pass)\b/iu.test(sentence)) return 'adopted';
  return null;
}

/** "a resolution demanding ...", "a draft calling for ...": what was voted on, in the article's words. */
function subjectOf(sentence: string): string | null {
  const match =
    /\b((?:a |the )?(?:(?:French|Russian|Egyptian|New Zealand|Canadian|British|U\.S\.|American|non-binding|binding|draft)[- ])*(?:draft )?resolution\b[^.;]{0,160})/iu.exec(
      sentence,
    );
  if (!match) return null;
  const words = (match[1] as string).replace(/[,\s]+$/u, '').trim();
  return words.length >= 3 ? words[0]?.toUpperCase() + words.slice(1) : null;
}

const BODY_NAME: Record<VoteBody, string> = { security_council: 'Security Council', general_assembly: 'General Assembly' };

export function extractVotes(article: ArticleAnalysis): ExtractedVote[] {
  const { text, publishedOn } = article;
  const states = article.actorMentions.filter((m) => m.kind === 'state');
  const outsideQuotes = (span: Span) => !article.quotations.some((q) => contains(q, span));
  const votes: ExtractedVote[] = [];
  let lastBody: VoteBody | null = null;
  const sentences: Segment[] = article.paragraphs.flatMap((p) => splitSentences(text, p));
  for (const sentence of sentences) {
    if (article.title && sentence.text.trim() === article.title.trim()) continue;
    const body = BODY_WORDS.find(([pattern]) => pattern.test(sentence.text))?.[1] ?? null;
    if (body) lastBody = body;
    if (!VOTE_WORDS.test(sentence.text) || NOT_YET.test(sentence.text) || !outsideQuotes(sentence)) continue;
    // Only the Security Council has vetoes: "Russia vetoed a resolution" needs no body named.
    const voteBody = body ?? (/\bveto/iu.test(sentence.text) ? 'security_council' : lastBody);
    if (!voteBody) continue;
    const tally = statedTally(sentence.text);
    const positions = memberPositions(
      text,
      sentence,
      states.filter((s) => contains(sentence, s)),
    );
    const vetoed = positions.some((p) => p.veto) || (VETO.test(sentence.text) && voteBody === 'security_council');
    const hasTally = tally.yes !== null || tally.no !== null || tally.abstain !== null;
    // Without a tally, a veto or a stated outcome with a vote word, "voted" alone is too weak ("members voted to ...").
    const outcome = outcomeOf(sentence.text, vetoed);
    if (!hasTally && !vetoed && positions.length === 0 && !(outcome && /\b(?:vot|resolution)/iu.test(sentence.text))) continue;
    const dated = article.dateMentions.find((d) => contains(sentence, d) && d.when.date !== null);
    const voted: When = dated
      ? dated.when
      : publicationWhen(publishedOn, `The article (${describeDay(publishedOn)}) does not date the vote; its date stands for it.`);
    const existing = votes.find(
      (v) => v.body === voteBody && (v.voted.date === voted.date || (voted.basis === 'publication' && v === votes.at(-1))),
    );
    const evidence = { start: sentence.start, end: sentence.end };
    if (existing) {
      existing.evidence.push(evidence);
      existing.tally = {
        yes: existing.tally.yes ?? tally.yes,
        no: existing.tally.no ?? tally.no,
        abstain: existing.tally.abstain ?? tally.abstain,
      };
      for (const position of positions)
        if (!existing.positions.some((p) => p.member === position.member)) existing.positions.push(position);
      if (existing.outcome === 'unknown' && outcome) existing.outcome = outcome;
      if (existing.voted.basis === 'publication' && voted.basis !== 'publication') existing.voted = voted;
      continue;
    }
    votes.push({
      body: voteBody,
      voted,
      subject: subjectOf(sentence.text) ?? `Vote in the ${BODY_NAME[voteBody]}`,
      outcome: outcome ?? 'unknown',
      tally,
      positions,
      evidence: [evidence],
      confidence: hasTally || vetoed ? 0.7 : 0.5,
    });
  }
  // A veto makes the vetoing members' "no" part of the tally only when the text says so; nothing is derived here.
  return votes;
}
