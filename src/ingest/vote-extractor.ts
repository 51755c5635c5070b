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
import { type ArticleAnalysis, isTitle } from './article-analysis.js';
import {
  addDays,
  aheadOf,
  type DateMention,
  dashDateline,
  describeDay,
  entryMinutes,
  isDayPoint,
  isNumberedDayHeading,
  MONTH_WORD,
  NUMBER_WORDS,
  onAnotherClock,
  publicationWhen,
  resolveAnchored,
  resolveCountedFromBefore,
  WEEKDAYS,
  weekdayName,
  weekdayReadAhead,
} from './date-expressions.js';
import type { KnownVote, Mention } from './gazetteer.js';
import { numberValue } from './number-expressions.js';
import { isoStateCode, slugify } from './proper-names.js';
import type { VoteBasis } from './record-basis.js';
import { recordHeaderDay } from './record-header.js';
import { findSpeechVerbs, SAYING_VERB_FORMS } from './speech-verbs.js';
import { contains, overlaps, type Segment, type Span, splitSentences } from './text-segments.js';

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
  /**
   * How the vote was read (record-basis.ts lists the keys); the draft joins it with what the record claims (a tally,
   * a veto, or neither) to calibrate its confidence (confidence-calibration.ts). A new mechanism that makes votes gets
   * a key of its own there.
   */
  basis: VoteBasis;
  /** How a tally the text does not state whole was completed (the council's size, the members it names). */
  tallyNote?: string;
  /** Judgements beyond the words, such as a permanent member's "no" read as a veto. */
  note?: string;
  /**
   * A veto the text tells was cast, whether or not it names who cast it ("after the veto of 3 November", "a veto in the
   * Council stopped the truce text"): a `veto` event, as one with vetoing members is.
   */
  vetoCast?: true;
  /** Members the gazetteer does not know, by their country names: proposed as extracted state actors. */
  newMembers?: { id: string; name: string; countryCode: string }[];
}

// A month's name as dates are written ("Dec.", "December").
const MONTH = String.raw`${MONTH_WORD}\.?`;
// Words that leave a count of days exact: "just four days after", "exactly two weeks after".
const EXACTLY = String.raw`(?:(?:just|only|barely|exactly|precisely)\s+)?`;

// Where a sentence names a body; the one nearest the vote's words decides. "The council" is the Security Council in
// UN reporting ("the Human Rights Council" and "the city council" are not: the word before must be "the" or "UN").
// A text machine-translated from a Romance language keeps its word order: "the Council of Security", "the Assembly
// General".
const BODY_WORDS: [RegExp, VoteBody][] = [
  [
    /\b(?:Security Council|Council of Security|UNSC|(?:the|The) (?:U\.?N\.? |UN )?(?:[Cc]ouncil|15-(?:member|nation) (?:body|[Cc]ouncil))|15-(?:member|nation) (?:body|[Cc]ouncil)|council members)\b(?! of\b)/gu,
    'security_council',
  ],
  [
    /\b(?:General Assembly|Assembly General|UNGA|(?:the|The) (?:U\.?N\.? |UN |193-(?:member|nation) )?[Aa]ssembly|193-(?:member|nation) (?:body|[Aa]ssembly))\b(?! of (?!the (?:UN|U\.N\.|United Nations)\b))/gu,
    'general_assembly',
  ],
];
/**
 * A legislature called by its house's own name, which holds no common noun a reader could generalise from (a short
 * closed list, one per national house, kept here for votes and events alike): "the Bundestag", "the Riksdag", "the
 * Senedd", "the Riigikogu".
 */
export const HOUSE_BY_ITS_NAME =
  'Senate|Congress|Parliament|Bundestag|Bundesrat|Duma|Knesset|Dáil|Seanad|Oireachtas|Sejm|Riksdag|Storting|Folketing|Eduskunta|Althing|Riigikogu|Saeima|Seimas|Senedd|Rada|Majlis|Diet';
// A council, assembly or other body named by a name of its own, not one of the UN's two voting bodies: "the Human Rights
// Council", "the European Parliament", "the Arab League", "the city council". Its votes are not UN votes. Also a
// legislature's chamber by the form of its name ("the House of Representatives", "the Chamber of Deputies", "the House
// of Lords") or by its own name after "the" (unseen: "the Senate will vote on Tuesday", "the Bundestag voted", "a vote
// in the Knesset").
const OTHER_BODY = new RegExp(
  `\\b(?:(?!(?:Security|General|The|A|An|This|That|Its|Their)\\b)\\p{Lu}[\\p{L}'’-]+ )+(?:Council|Assembly|Committee|Parliament|Commission|League|Senate|Congress|Duma)\\b|\\b(?:city|town|local|municipal|regional|provincial|district|county|national) (?:council|assembly|committee|parliament)\\b|\\b(?:House|Chamber)s? of (?:the )?\\p{Lu}[\\p{L}'’-]+\\b|\\b(?:the|The) (?:${HOUSE_BY_ITS_NAME})\\b`,
  'u',
);

/** Whether a sentence names another deliberative body (OTHER_BODY) and neither of the UN's two: a vote it tells of is that body's ("He faces a confidence vote in the Senate on Wednesday"). */
export const namesOnlyAnotherBody = (sentence: string): boolean => bodyNear(sentence, 0) === null && OTHER_BODY.test(sentence);
const OTHER_BODY_ALL = new RegExp(OTHER_BODY.source, 'gu');
// The other body as the one that votes: its name, then (past a time, an aside or an auxiliary) a verb of voting. "a
// draft endorsing an Arab League plan won 13 votes" names the League, but the League did not vote.
const ITS_VOTE =
  /^(?:,[^,]{1,60},)?(?:\s+(?:on|in|at|late|early|last|this|then|also|later|again|unanimously|overwhelmingly|narrowly|had|has|have|was|were|will|would|is|are|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}|January|February|March|April|May|June|July|August|September|October|November|December)\b){0,4}\s+(?:vot|adopt|pass|approv|reject|endors)/iu;
const otherBodyVotes = (words: string) =>
  [...words.matchAll(OTHER_BODY_ALL)].some((m) => ITS_VOTE.test(words.slice(m.index + m[0].length)));
// The short name of a council or assembly ("the Council", "the assembly"): the body of that kind named in full last.
// (s44) Its size may stand before it: "adopted by 24 votes in favour ... in the 47-member council" (the Human Rights
// Council named before); "the 15-member council" and "the 193-member assembly" are the UN's own.
const SHORT_BODY = /\b(?:the|The) (?:(?!(?:15|193)-)\d{1,3}-member )?([Cc]ouncil|[Aa]ssembly)\b(?! of\b)/gu;
const FULL_BODY = /\b(?:Security Council|General Assembly|Council of Security|Assembly General)\b/gu;

/**
 * The short names ("the Council") that stand for another body than the UN's: those whose nearest full name of the same
 * kind before them is another council or assembly ("The Human Rights Council opened a special session. The Council
 * will vote on Monday.").
 */
function shortNamesOfOtherBodies(text: string): Span[] {
  const full: { at: number; kind: string; un: boolean }[] = [];
  for (const m of text.matchAll(FULL_BODY)) full.push({ at: m.index, kind: /council/iu.test(m[0]) ? 'council' : 'assembly', un: true });
  for (const m of text.matchAll(OTHER_BODY_ALL)) {
    const kind = /council$/iu.test(m[0]) ? 'council' : /assembly$/iu.test(m[0]) ? 'assembly' : null;
    if (kind) full.push({ at: m.index, kind, un: false });
  }
  full.sort((a, b) => a.at - b.at);
  const spans: Span[] = [];
  for (const m of text.matchAll(SHORT_BODY)) {
    const kind = (m[1] as string).toLowerCase();
    const last = full.filter((f) => f.kind === kind && f.at < m.index).at(-1);
    if (last && !last.un) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

// A resolution named by its number with the vote in an aside: "resolution 2254, adopted in 2015," / "(2015)".
const CITED =
  /\b(?:under|in|of|by|with|recall(?:s|ed|ing)?|cit(?:es|ed|ing)|invok(?:es|ed|ing)|implement(?:s|ed|ing)?|pursuant to|in line with|according to|breach(?:es|ed|ing)?|violat(?:es|ed|ing|ion of)) (?:its |the )?(?:council |assembly )?resolutions? \d{1,4}(?:\/\d{1,4})?(?: \(\d{4}\))?,? (?:which (?:was |it )?|that (?:was )?)?(?:adopted|passed|approved|unanimously)\b/iu;
// Security Council resolutions carry four-digit numbers ("resolution 2286"); the Assembly's are "71/130".
// A number that goes on past a hyphen or a slash is another body's ("Resolution 2016-187", a city's year and serial).
const COUNCIL_RESOLUTION = /\bresolutions? \d{4}\b(?![-/]\d)/iu;

// A count no larger than the Security Council's fifteen members, in words.
const UP_TO_FIFTEEN = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen';
// A text that won a count with the word "votes" left out, as a clause after a counted one leaves it ("the French
// draft received 11 votes, and the Russian draft won only four", "the rival text got seven"): the count is its votes.
/**
 * The verbs of a text winning its votes, one home for the tally's readers here (TEXT_WON, TALLY_WON) and for the
 * figure reader that leaves a count so won to the vote (figure-counted.ts): past and present (a timeline's "wins only
 * four votes"), and the -ing forms (WINNING_VERB: "winning the support of nine members").
 */
export const WON_VERB =
  'won|wins|received|receives|got|gets|garnered|garners|drew|draws|gained|gains|secured|secures|obtained|obtains|attracted|attracts|mustered|musters|collected|collects|polled|polls|gathered|gathers|picked up|picks up';
export const WINNING_VERB =
  'winning|receiving|getting|garnering|drawing|gaining|securing|obtaining|attracting|mustering|collecting|polling|gathering|picking up';
// (s65) Or a sentence that opens on "It", the text just told, with the members that cast the count named after a colon:
// "It won four: Ostria's own and those of China, Norland and Sweden." (not "It won four medals", nor "It won four." alone).
// (s68) A participle phrase of how the text came to the vote may stand before the verb: "A rival text put to the vote
// the same afternoon won only four", "a draft tabled by Ostria on Monday got seven".
const TEXT_BROUGHT_AS = String.raw`(?:(?:put|tabled|presented|submitted|brought|drafted|sponsored|proposed|circulated|voted on)\b[^,.;:"“”]{1,50}? )?`;
const TEXT_WON = String.raw`(?:\b(?:draft|text|resolution|proposal)s? ${TEXT_BROUGHT_AS}(?:[\w-]+ ){0,2}?(?:${WON_VERB}) (?:only |just |a mere |barely )?(\d{1,2}|${UP_TO_FIFTEEN})(?=\s*(?:[,.;)]|$|votes?\b|in (?:its )?favou?r\b|(?:and|but|while|with)\b))|^\s*It (?:then |only )?(?:${WON_VERB}) (?:only |just |a mere |barely )?(\d{1,2}|${UP_TO_FIFTEEN}):\s+(?=\p{Lu}))`;
// A sentence reports a vote when it has one of these; "resolution" alone (a draft being discussed) does not, nor does
// "adoption" alone ("pressed for the adoption of a text"), unless it was unanimous or it is a dated adoption of a text
// (ADOPTION_OF_TEXT_ON). A member "joined ... in backing a text" reports its vote (MEMBER_OWN_VOTE reads whose).
/**
 * An adoption named as a noun, "on" a day, "of" a text put to a vote: "the adoption on Monday of resolution 2401", "the
 * adoption on 3 May of a Council text", "its adoption on Friday of the Assembly's draft". The day between "on" and "of"
 * is not read; a plan, a budget or a law adopted on a day is no vote ("the adoption on Friday of a new aid plan").
 */
const ADOPTION_OF_TEXT_ON = String.raw` on\b[^.;]{0,40}?\bof(?: [\w'’-]+){0,5}? (?:resolutions?|drafts?|texts?|motions?)\b`;
// A text put to a body, the vote it is put to unnamed: "hoped to put a new text to the Security Council as early as
// Monday", "would put a draft resolution to the Council" (a vote to come where NOT_YET says so); not the chair's "I
// shall now put the draft resolution before the Council to the vote", the vote itself.
// A body to be asked to decide on a text, which it does by a vote still to come: "the Council is likely to be asked
// to back the deal", "the Assembly will be asked to approve the plan".
const ASKED_TO_DECIDE = '(?:be|being) asked to (?:endorse|approve|adopt|back)';
// Or in the passive, said of a text to come ("a Tarvian draft on the wells might be put to the Council by Friday",
// "the text is expected to be put before the Assembly"; PUT_TO_BODY_PASSIVE: not one that "was put" to it).
const PUT_TO_BODY_PASSIVE = String.raw`(?<=\b(?:draft|text|resolution|proposal)\b[^.;]{0,80}?)(?:could|may|might|will|would|should|is to|are to|was to|were to|(?:is|are|was|were) (?:expected|due|set|likely) to) (?:\w+ )?be put (?:to|before) the (?:U\.?N\.? )?(?:Security Council|General Assembly|[Cc]ouncil|[Aa]ssembly)(?! to (?:a |the )?vote)`;
const PUT_TO_BODY = String.raw`(?:put (?:a|the|its|their|another) (?:[\w-]+ ){0,2}(?:draft|text|resolution|proposal) (?:[\w-]+ ){0,3}?(?:to|before) the (?:U\.?N\.? )?(?:Security Council|General Assembly|[Cc]ouncil|[Aa]ssembly)(?! to (?:a |the )?vote)|${PUT_TO_BODY_PASSIVE})`;
const PUT_TO_BODY_IN = new RegExp(PUT_TO_BODY, 'u');
const ASKED_TO_DECIDE_IN = new RegExp(ASKED_TO_DECIDE, 'iu');
// A text's support counted in the passive: "was supported by 122 states", "supported by only four of the fifteen
// members of the Council" (TALLY_WON reads the count; not yet where the members are named with their body, "backed by
// three council members", which so gives no vote).
const BACKED_BY_COUNT = String.raw`(?:backed|supported|endorsed) by (?:only |just |a mere |all )?(?:\d{1,3}|${UP_TO_FIFTEEN}) (?:of (?:the |its )?(?:(?:council|assembly|Council|Assembly)['’]s )?(?:15 |fifteen |193 )?)?(?:(?:council |assembly )?members|member states|countries|states|nations|delegations)\b`;
// The General Assembly's own act, told by what it did rather than by a vote ("the Assembly demanded a ceasefire on
// Friday", "the Assembly on Tuesday decided to create a panel", "the call for a truce made by the General
// Assembly last week", "supported the General Assembly's demand for a pause on 3 March", the day in the clause: a
// reaction to "the Assembly's decision to ..." names a vote told elsewhere): the Assembly speaks only
// through the texts it adopts, so this is a text adopted. Not the Council's, which also acts by statements that take
// no vote ("the Council called for calm"). (s68) Told in the pluperfect too, as a speaker recalls it ("She noted that
// the General Assembly had demanded an end to the fighting by a large majority on 9 December").
const ASSEMBLY = String.raw`(?:General Assembly(?: of the United Nations)?|UNGA|(?:the|The) (?:U\.?N\.? |UN |193-(?:member|nation) )?Assembly)`;
const ASSEMBLY_ACTED = String.raw`(?<=\b${ASSEMBLY}(?:,? (?:in New York|then|also|itself|again|finally|today|yesterday|overwhelmingly|(?:on|last|late on) \w+|in (?:a|an|its) [\w' -]{1,30}?)){0,2},? )(?:had (?:already |also )?)?(?:demanded|decided|backed|endorsed|called for)(?= (?:an?|the|to|for|that|all)\b)|(?:call|demand|decision)s? (?:for |to )?(?:[\w-]+ ){0,6}?(?:made|issued|taken) by the (?:U\.?N\.? |UN |United Nations )?General Assembly|(?<=\b${ASSEMBLY}['’]s )(?:call|demand|decision) (?:for|to|that)\b(?=(?:(?!\b(?:when|vot\w*)\b)[^.;]){0,60}?\bon (?:\d{1,2} ${MONTH}|${MONTH} \d{1,2}\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))`;
// The whole council acting as one, said by its members' count rather than "unanimously": "agreed, all fifteen of its
// members together, to send", "with all 15 members agreeing", "all fifteen council members as one decided"; (s51) "with
// the votes of all 15 members of the Council".
const ALL_MEMBERS_AS_ONE = String.raw`with the (?:votes|support|backing) of all (?:15|fifteen) (?:of (?:its|the) )?(?:council |Council )?members\b|(?:agreed|decided|resolved|acted),?\s+(?:with\s+)?all (?:15|fifteen) (?:of (?:its|the(?: council['’]s)?) |(?:council|Council) )?members\b|\ball (?:15|fifteen) (?:of (?:its|the(?: council['’]s)?) |(?:council|Council) )?members(?: of the (?:Security )?Council)?,? (?:together|as one|in agreement|agreeing|agreed|decided|voted (?:to|for|in favou?r)\b)\b`;
// A text that failed, which a body's vote decided: "the Ostrian text failed on Tuesday", "Both texts failed"; not
// a text that failed to do something else ("a resolution that failed to stop the bombing").
// (s35) A text told only as "text" that "was rejected" or "was defeated" ("A rival Russian text was also rejected"):
// with "draft" or "resolution" the sentence is read as a vote already. (s44) A chronology's present tense: "A Russian
// counter-draft also fails." (s44) "a rival Russian text, which dropped the call to ground the
// bombers, went down too".
// (s49) Or one short of the majority it needed: "The Russian counter-proposal presented the same day had not gathered
// the required majority" (a translation's "n'avait pas recueilli la majorité requise").
const SHORT_OF_MAJORITY =
  '(?:had|has|did|could) not (?:gather|win|obtain|get|secure|muster|garner|reach|gain)(?:ed)? (?:the )?(?:required|necessary|needed) (?:majority|nine votes|number of votes)';
const SHORT_OF_MAJORITY_IN = new RegExp(String.raw`\b${SHORT_OF_MAJORITY}\b`, 'iu');
const TEXT_FAILED = String.raw`(?:(?:drafts?|texts?|resolutions?|proposals?)(?:,[^,.;]{1,80},)? (?:[\w-]+ ){0,4}?${SHORT_OF_MAJORITY}|(?:drafts?|texts?|resolutions?|proposals?)(?:,[^,.;]{1,80},)? (?:[\w-]+ ){0,3}?(?:went|goes) down\b|(?:drafts?|texts?|resolutions?|proposals?) (?:[\w-]+ ){0,3}?fail(?:ed|s)(?! to (?!(?:win|pass|get|obtain|secure|gain|garner|muster|draw|be adopted)\b))|texts? (?:was|were) (?:also |then |likewise )?(?:rejected|defeated))`;
// A text whose fate is the one told just before it: "a Norlandic text failed the same way in May", "the Ostrian
// draft met the same fate", "a second text went the same way", "the resolution was blocked in the same manner". Its
// vetoes are those of the veto told last (sameFateVetoers); where that was a count too short, it failed with none.
const TEXT_SAME_FATE = String.raw`(?:drafts?|texts?|resolutions?|proposals?) (?:[\w-]+ ){0,4}?(?:(?:failed|fell|went down|(?:was|were) (?:blocked|defeated|rejected|vetoed)),? (?:in )?the same (?:way|manner)|(?:met|suffered|shared) (?:the )?same fate|went the same way)`;
const TEXT_SAME_FATE_IN = new RegExp(TEXT_SAME_FATE, 'iu');
const TEXT_FAILED_IN = new RegExp(String.raw`\b${TEXT_FAILED}`, 'iu');
// A body's vote on a text in the UN's own words: "members are expected to take action on the draft text", "the
// Committee took action on the resolution" (a text named after it: "take action on the flooding" is no vote).
const TAKE_ACTION = '(?:take|takes|took|taken|taking) action on (?:the |a |this |that )?(?:draft|text|resolution)';
// A correction notice's account of what a previous version printed ("A previous version of this story gave the
// tally as ..."): what was wrongly printed, not a vote.
const EARLIER_VERSION = /\b(?:earlier|previous|original|first) version of this (?:article|story|report|item|post|page)\b/iu;
/**
 * A vote no member opposed: "unanimously", "a unanimous vote", all fifteen members acting as one (ALL_MEMBERS_AS_ONE),
 * or "by unanimity" as a text translated from a Romance language puts it ("por unanimidad", "à l'unanimité": "adopted
 * by unanimity the resolution", "approved with unanimity"); not unanimity as a noun of anything else ("a rare moment of
 * unanimity").
 */
const UNANIMOUS = new RegExp(String.raw`\bunanimous(?:ly)?\b|\b(?:by|with) (?:the )?unanimity\b|${ALL_MEMBERS_AS_ONE}`, 'iu');
// What is blocked on the ground, not in a vote: "militias blocked the convoys", "soldiers blocked the road out".
const BLOCKED_ON_THE_GROUND = String.raw`(?:the|a|an|its|their) (?:[\w-]+ ){0,2}?(?:convoys?|roads?|routes?|bus|buses|corridors?|evacuations?|exits?|way|passage|aid|trucks?|lorries|access|entrances?|bridges?|crossings?|checkpoints?|streets?|paths?)\b`;
// (s44) A text's adoption told as the support it won at a body: "A Canadian-led demand for an immediate ceasefire won
// overwhelming support at the United Nations General Assembly on Friday".
const WON_SUPPORT_AT_BODY = String.raw`(?:won|wins|drew|draws|gained|gains|secured|secures) (?:(?:overwhelming|broad|wide|strong|massive|solid|resounding) )?(?:support|backing|approval|endorsement) (?:at|in|from) the (?:U\.?N\.? |United Nations |UN )?(?:General Assembly|Assembly|Security Council)`;
const WON_SUPPORT_AT_BODY_IN = new RegExp(WON_SUPPORT_AT_BODY, 'iu');
// (s44) What is rejected in words, not in a vote: "Russia has rejected such accusations throughout".
const REJECTED_WORDS = String.raw`(?:(?:such|the|these|those|all|any|an?|his|her|their|its|this|that|western|similar) )*(?:[\w-]+ )?(?:accusations?|allegations?|claims?|charges?|reports?|criticism|suggestions?|ideas?|notion|offers?|requests?|pleas?|appeals?|findings?|conclusions?|accounts?|version)\b`;
// (s44) The members on a side of the vote told just before, named whole: "Only Russia, China, Egypt and Venezuela
// backed it." (ONLY_SIDE counts them).
const ONLY_BACKED_IT = String.raw`(?<=\b[Oo]nly (?:the )?\p{Lu}[^.;]{2,80}?)(?:backed|supported) it`;
// (s45) "It won the support of only Russia, China, Egypt, and Venezuela": a text's whole side in favour, named; (s51)
// "was supported only by Russia, China, Egypt and Venezuela"; (s67) "drew support from only Russia, China, Egypt and
// Venezuela" (only "from only": "drew support from Russia" may name some of the side).
const SUPPORT_OF_ONLY =
  '(?:(?:won|wins|winning|drew|draws|drawing|received|receives|receiving|got|gets|getting|gained|gains|gaining) (?:the (?:support|backing|votes) of (?:only|just)|(?:the )?(?:support|backing|votes) from (?:only|just))|(?:was|were) (?:supported|backed) (?:by (?:only|just)|(?:only|just) by))';
const VOTE_WORDS = new RegExp(
  String.raw`\b(?:${TAKE_ACTION}|${WON_SUPPORT_AT_BODY}|${ASSEMBLY_ACTED}|${ALL_MEMBERS_AS_ONE}|${ASKED_TO_DECIDE}|${TEXT_SAME_FATE}|${TEXT_FAILED}|${BACKED_BY_COUNT}|vot(?:e|ed|es|ing)|veto(?:ed|es|ing)?|abstain(?:ed|ing|s)?|abstentions?|adopt(?:ed|s)?|unanimous adoption|adoption(?=${ADOPTION_OF_TEXT_ON})|in favou?r|blocked(?! ${BLOCKED_ON_THE_GROUND})|passed|approved|rejected(?! ${REJECTED_WORDS})|unanimously|tally|(?:opposed|supported|backed) (?:the|a|this|its) (?:[\w-]+ ){0,2}(?:draft|resolution|text|measure)|${ONLY_BACKED_IT}|${SUPPORT_OF_ONLY}|in (?:backing|supporting|opposing) (?:the|a|an|this|its)|${PUT_TO_BODY})\b|${TEXT_WON}`,
  'iu',
);
const TEXT_WON_COUNT = new RegExp(TEXT_WON, 'iu');
const ASSEMBLY_ACTED_IN = new RegExp(ASSEMBLY_ACTED, 'u');
// A text adopted with no count taken.
const WITHOUT_VOTE = /\bwithout a vote\b|\bby consensus\b/iu;
// A heading: a short line with no closing full stop.
const HEADING = /^[^\n]{3,90}(?<![.!?"”])$/u;
const VOTE_WORDS_ALL = new RegExp(VOTE_WORDS.source, 'giu');
// A modal denied before a passive: "could not be", "cannot be", "would never be" (adopted).
const NEGATED_MODAL_BEFORE = /\b(?:(?:could|would|can|might|may|should|must)\s*(?:not|never|n['’]t)|cannot)\s+(?:\p{Ll}+ly\s+)?be\s+$/iu;
/** A vote's outcome guessed at ("a unanimous vote was possible", "adoption looked unlikely"), not the vote foretold. */
const OUTCOME_GUESSED = /\b(?:was|is|would be|seemed|looked) (?:possible|likely|unlikely|in doubt|uncertain)\b/iu;
// Words that say a vote is still to come: "will vote", "a vote is expected", "was to meet later Friday to vote".
// A veto feared, threatened or likely is none yet: "diplomats fear a Russian veto", "Moscow is poised to veto it".
// A vote that "could be put to a vote on Sunday" is to come; a text that "had been pushed to a vote" was voted on.
// A vote whose outcome is guessed at is to come too (OUTCOME_GUESSED: foretoldVote tells it from a vote foretold).
// So is a vote not yet set ("No date has been set for a vote", "no vote has been scheduled"), one a body "could be
// asked to" take, and a text's "when it is put to a vote".
// The vote may be named with what it is on before the words that schedule it ("a vote on a Canadian text was
// expected on Friday", "A vote in the Assembly on the draft is expected by the end of the week"; not a relative clause
// about a vote held: "The vote, which was expected to be close, was held on Tuesday"), and a Council or Assembly that
// "votes" tomorrow, in the scheduling present, votes to come ("Tomorrow the Assembly votes on ...", "The Council votes
// tomorrow"; not the noun: "how many votes the draft could win tomorrow").
// (s50) The rest of the article's day: a vote to come within it.
const LATER_TODAY =
  /\b(?:before lunch|by lunchtime|this (?:morning|afternoon|evening)|tonight|later (?:today|in the day|on)|at (?:noon|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?))\b/iu;
// (s50) A daybook's entry opened by its hour: "1500 GMT (10 a.m. in New York) - ", "10 a.m. - ", "0900 GMT:".
const DAYBOOK_HOUR =
  /^(?:(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC)|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?(?:\s+(?:ET|EST|GMT))?)\b[^-–—:]{0,40}[-–—:]\s/u;
// (s67) A day named as a text's or veto's own: "Monday's draft", "Saturday's failed text", "Monday's veto".
const DAY_OF_A_TEXT_TOLD = /^['’]s (?:[\w-]+ )?(?:draft|text|resolution|proposal|vetoe?s?)\b/u;
const NOT_YET = new RegExp(
  // (s59) A body expected to vote: "diplomats expect the Security Council to vote on it as early as Sunday".
  // (s65) "The Council votes on Saturday" foretells a vote; "our report of the Security Council votes on Saturday 8
  // October" names votes held (a noun after "of").
  // (s49) A sitting to come whose purpose is the vote, however much is told of it between: "is due to meet on Friday in
  // plenary session at the initiative of Canada, supported by some 70 states, to vote on a text".
  // (s67) A text to be put to a body's vote ("will put a resolution demanding an end to the sieges to a General Assembly
  // vote on Friday"), a vote told in the absolute ("..., with a vote expected as early as Friday"), a text that "goes to
  // a vote this morning" (not one that "went to a vote"), a vote wanted ("and Paris wants a vote on Sunday").
  String.raw`\b(?:is|are) (?:expected|due|set|scheduled) to (?:meet|convene|reconvene|gather|sit)\b[^.;]{0,160}?\bto vote\b|` +
    String.raw`\b(?:will|would|shall|plans? to|(?:is|are|was|were) (?:expected|due|set|scheduled|to)|to be put|(?:hopes?|hoped|hoping|aims?|aimed|aiming|wants?|wanted|seeks?|seeking|sought|intends?|intended|pushing|(?<!\b(?:been|was|were) )pushed|pressing|(?<!\b(?:been|was|were) )pressed) (?:to|for))\b[^.;]{0,40}?\b(?:vote|voting|veto|${TAKE_ACTION}|${PUT_TO_BODY})\b|\b(?:vote|voting|veto|adoption)\b[^.;]{0,40}?` +
    OUTCOME_GUESSED.source +
    // (s50) "the draft should pass comfortably", "is likely to be adopted": a vote foretold.
    String.raw`|\b(?:should|(?:is|are) (?:likely|expected|set) to|looks? set to)\s+(?:\p{Ll}+ly\s+)?(?:pass|be (?:adopted|approved|passed|rejected|defeated)|fail)\b` +
    String.raw`|\b(?:ahead of|before) (?:a |the )?(?:vote|voting)\b|\b(?:expects?|expected|expecting|anticipat(?:es?|ed|ing)) (?:a|the) vote\b|\b(?:expects?|expected|expecting) (?:the )?(?:(?:UN|U\.N\.|Security|General|Council|Assembly)\s+){0,3}(?:Council|Assembly|members) to vote\b|\b(?:a|the) (?:(?:U\.?N\.?|UN|Security|General|Council|Assembly|recorded|final|formal)\s+){0,3}vote\b(?:(?!\b(?:which|that)\b)[^.;]){0,60}?\b(?:(?:is|was) (?:expected|due|scheduled)|(?:could|may|might) (?:come|take place|be held))\b|\btomorrow\b[^.;]{0,60}?\b(?:Council|Assembly) votes\b|\b(?:Council|Assembly) votes\b[^.;]{0,40}?\btomorrow\b|(?<!(?<!\bahead )\bof (?:the )?(?:U\.?N\.? |UN )?(?:Security |General )?)\b(?:Council|Assembly) votes (?:again )?(?:on |next |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\bvotes? (?:still |yet )?to come\b|\bwith (?:a|the) (?:(?:U\.?N\.?|UN|Security|General|Council|Assembly|final|formal)\s+){0,3}vote (?:now |widely )?(?:expected|due|scheduled|set)\b|\b(?:goes|go) to (?:a |the )?vote\b|\b(?:wants?|seeks?|seeking|pressing for|pushing for) (?:a|an early|a swift|a quick) vote\b|\b(?:could|may|might|will|would) (?:\w+ )?take up\b[^.;]{0,60}?\b(?:vote|voting)\b|\b(?:could|may|might) (?:still |also |well |soon |now )?(?:be (?:put|brought|pushed|taken) to (?:a |the )?vote|come to (?:a |the )?vote|(?:be asked to )?vote)\b|\bno (?:date|day) (?:has|had) (?:yet )?been (?:set|fixed|scheduled|announced) for (?:a |the )?vote\b|\bno vote (?:has|had) (?:yet )?been (?:set|scheduled|called)\b|\b(?:will|would)\s+(?!now\b)[^.;]{0,80}?\bput (?:a|the|its|their|it|them)\b[^.;]{0,60}?\bto (?:a|the) (?:(?:U\.?N\.?|UN|Security|General|Council|Assembly)\s+){0,3}vote\b|\b(?:when|once) (?:it|they|the (?:[\w-]+ )?(?:draft|text|resolution)) (?:is|are) put to (?:a |the )?vote\b|\b${ASKED_TO_DECIDE}\b|${PUT_TO_BODY_PASSIVE}`,
  'iu',
);
// A vote put off is not held where it is told ("the vote was pushed back to the evening", "delayed the vote"): the day
// it was held, if any, is told elsewhere.
const VOTE_PUT_OFF =
  /\b(?:vote|voting)\b[^.;]{0,30}?\b(?:was|were|has been|had been|is being|been) (?:postponed|delayed|put off|deferred)\b|\b(?:postponed|delayed|put off|deferred) (?:the|a) vote\b/iu;
// A veto feared, threatened or likely is no vote at all: "diplomats fear a Russian veto", "Moscow is poised to veto it",
// "Russia had threatened to veto an earlier version" (unless the threat was carried out).
const THREAT =
  /\b(?:fears?|feared|fearing|prospect|risk|spectre|specter|possibility) (?:of )?(?:an? |another |the )?(?:[\w-]+ ){0,2}veto\b|\b(?:likely|poised|ready|prepared|certain|sure|bound|vowed|vowing|pledged|promised|threatening|threatened|threatens|threaten) to (?:\w+ )?(?:veto|block)\b|\b(?:possible|potential|looming) (?:\w+ )?veto\b|\bthreat(?:en(?:s|ed|ing)?)? (?:to|of|a) (?:\w+ )?veto\b/iu;
// A veto negated or denied: "where no country has a veto", "without a veto", "has no veto", "vetoes do not apply".
const NO_VETO = /\b(?:no|without|none|nobody)\b(?: [\w-]+){0,3}? (?:veto|vetoes|veto power)\b|\bvetoe?s? (?:do|does|did) not apply\b/giu;
// (s64) A threat told in a relative clause of a member ("Russia, which had threatened to veto an earlier text") is
// that member's history, not the sentence's vote: the text the main clause says was adopted or passed is a vote told.
const THREAT_IN_RELATIVE =
  /,\s+(?:which|who)\s+(?:had\s+|has\s+)?(?:threatened|threatens|vowed|pledged|promised|(?:been|was|is)\s+(?:poised|ready|prepared))\s+to\s+(?:\w+\s+)?(?:veto|block)\b[^,.;]*/iu;
const MAIN_CLAUSE_ADOPTED = /\b(?:was|were|had been|has been)\s+(?:\p{Ll}+ly\s+)?(?:adopted|passed|approved)\b/u;
/** (s64) Whether the threat a sentence tells is a relative clause beside a vote its main clause reports (THREAT_IN_RELATIVE). */
function voteBesideThreat(words: string): boolean {
  const relative = THREAT_IN_RELATIVE.exec(words);
  if (!relative) return false;
  const rest = words.slice(0, relative.index) + ' '.repeat(relative[0].length) + words.slice(relative.index + relative[0].length);
  return MAIN_CLAUSE_ADOPTED.test(rest) && !THREAT.test(rest);
}
const THREAT_CARRIED_OUT = /\b(?:carried out|made good on|followed through (?:on|with)|delivered on|carrying out|making good on)\b/iu;
const AS_BEFORE = /\bas (?:it|they|he|she|Moscow|Beijing|Russia|China) (?:had )?did\b|\bas (?:it|they) (?:had )?done\b/u;
// A record of many votes over time, not one: "Russia has cast six vetoes since 2011", "has vetoed five resolutions",
// (s41) in the simple past too ("Moscow vetoed six Council resolutions on Syria").
// "It took six Russian vetoes before ...": vetoes counted, many votes.
// More than the two vetoes one vote has ever drawn, in words: "three", "six", "several" (one home for the counts of a
// record over time: HISTORY, MORE_THAN_ONE and MANY add their digits and "two" or "repeated" to it).
const MANY_WORDS = 'three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|numerous';
const HISTORY = new RegExp(
  String.raw`\b(?:has|have|had) (?:\w+ )?(?:cast|used|vetoed|blocked|wielded)\b[^.]*\b(?:vetoes|resolutions|drafts|times)\b|\b(?:\w+ )?vetoes (?:on|since|over)\b|\b(?:\d+|${MANY_WORDS}|repeated) (?:[\w-]+ )?vetoes\b|\b(?:vetoed|blocked) (?:at least |more than |some )?(?:\d+|${MANY_WORDS}) (?:[\w-]+ ){0,2}(?:resolutions|drafts|texts|times)\b`,
  'iu',
);
// One vote of a record over time, named by its day: "the latest on 3 November", "most recently on Monday", the
// text named between ("the latest an Ostrian draft on 3 November", "most recently a Norlandic draft on Monday").
const LAST_TEXT = String.raw`(?:(?:an?|the) (?:[\w-]+ ){0,3}?(?:text|draft|resolution|proposal),? )?`;
// (s44) Who cast it with the one counted, set off by commas: "the latest, along with China, on Dec. 5".
const LAST_ALONG = String.raw`(?:(?:along |together )?with (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?,? )?`;
const LAST_OF_THEM = new RegExp(
  String.raw`\b(?:the (?:last|latest|most recent|newest)(?: (?:of them|one|time))?|most recently|last of all),? ${LAST_TEXT}${LAST_ALONG}(?:on|in) (?:\w+\.? )?\d{1,2}\b|\b(?:the (?:last|latest|most recent)(?: (?:of them|one|time))?|most recently),? ${LAST_TEXT}${LAST_ALONG}(?:on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`,
  'iu',
);
// A count of more than one, as alternatives: "six", "12", "several".
const MORE_THAN_ONE = String.raw`\d+|two|${MANY_WORDS}`;
// Counted, it is a record over time whatever date the sentence gives ("Since March 2011, Russia has vetoed six drafts"),
// and so are vetoes counted over a span ("after six Russian vetoes on Norland since 2011", "four vetoes in five years":
// the day in the sentence is the remark's). ("Cast their two vetoes on Monday" is one vote: no span.)
const HISTORY_COUNTED = new RegExp(
  String.raw`\b(?:has|have) (?:\w+ )?(?:cast|used|vetoed|blocked|wielded) (?:at least |more than |some )?(?:${MORE_THAN_ONE}|a (?:string|series|number) of)\b|\b(?:${MORE_THAN_ONE}) (?:[\w-]+ )?vetoes\b[^.;]{0,40}?\b(?:since|in (?:\w+ )?(?:years|months))\b`,
  'iu',
);
// More than the two vetoes one vote has ever drawn: "three", "six", "14", "several" ("their two vetoes on Monday" may be
// one vote's); a number of two digits or more not after a word or an abbreviation (not a day's: "on Dec. 5 used their vetoes").
const MANY = String.raw`(?:(?<![\p{L}.] )\d{2,}|${MANY_WORDS})`;
// What may stand between the count and the vetoes: a member's adjective or a word of time ("six Russian vetoes", "four
// earlier vetoes"), not a verb or an owner ("5 used their vetoes").
const RECORD_ADJECTIVE = String.raw`(?:\p{Lu}[\p{L}-]+|earlier|previous|past|prior|successive|consecutive|separate|more|other) `;
/**
 * A member's vetoes counted over time, told inside a sentence that reports something else: "a rare moment of unanimity
 * after six Russian vetoes", "Russia, which had vetoed six earlier texts on Syria, backed the compromise", "having
 * blocked four drafts since 2011, Moscow abstained". What it says of a member is the member's past, not its vote in
 * this sentence, so it is blanked before the sentence's members, veto and outcome are read. (A sentence that is only
 * such a record is HISTORY's and no vote at all; a record that names one vote by its day, "the last of them on 5
 * December", is read whole.) Not a singular ordinal ("cast its sixth veto on Monday" is Monday's veto).
 */
const VETO_RECORD = new RegExp(
  String.raw`\b${MANY} (?:${RECORD_ADJECTIVE}){0,2}vetoes\b|\b(?:has|have|had|having) (?:\w+ )?(?:cast|used|vetoed|blocked|wielded) (?:at least |more than |some )?${MANY} (?:${RECORD_ADJECTIVE}|[\w-]+ ){0,2}(?:vetoes|texts|drafts|resolutions|times)\b`,
  'giu',
);
/** `words` with each veto record (VETO_RECORD) blanked, character for character, so offsets still hold. */
const blankVetoRecords = (words: string): string => words.replace(VETO_RECORD, (m) => ' '.repeat(m.length));

// Digits are a count of their own, never the tail of a larger number, an amount ("US$14,000 for refugees") or a time
// ("38:20 – Six vetoes", a chapter's mark).
// (s45) "one hundred twenty-two votes to thirteen": the hundreds' tail without "and", as American copy writes it, of number
// words only ("one hundred votes" stays 100).
const HUNDREDS_TAIL =
  '(?: and [a-z-]+| (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b)?';
const NUMBER = `((?<!\\d[.,:]|[$£€])\\d{1,3}|none|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?(?: hundred${HUNDREDS_TAIL})?|(?:one|two|a) hundred${HUNDREDS_TAIL})`;
// "eleven members of the Security Council that supported", "122 nations at the General Assembly voted": the body and a
// relative pronoun between count and verb. (s69) Plain English seats them "on" the body: "All 15 countries on the
// Security Council voted yes".
const OF_BODY =
  '(?:\\s+(?:of|at|in|on) (?:the|this|that) (?:U\\.?N\\.? |United Nations )?(?:Security Council|General Assembly|council|assembly))?(?:,?\\s+(?:that|who|which))?';
// "11 of the council's 15 members", "nine of the 15 members", "nine of the council members": the whole a count is part
// of, its size given or not (the members counted come after it).
const OF_WHOLE =
  "(?:of\\s+(?:the\\s+)?(?:(?:council|assembly|body)['’]s\\s+|its\\s+)?(?:(?:15|fifteen|193)\\s+)?(?=(?:(?:Security Council|General Assembly|council|assembly|UN|U\\.N\\.)\\s+)?(?:members?|states|countries|nations|delegations|member states|votes)\\b))?";
// Not the whole a count is part of: "eleven of the 15 council members backed it" counts eleven, not 15 (s53: so does
// "a draft that won 11 of the 15 votes"); but "a
// recorded vote of 122 in favour" gives the count itself.
// "one of 12 states that voted against" is one member of a side of 12, so the count after "one of" is the side's.
const NOT_WHOLE = String.raw`(?<!(?<!\b(?:votes?|one|total)\s+)\bof\s+(?:the\s+|its\s+|all\s+)?)`;
// What may stand between "voted" and the side it took: a time or a place ("on 9 December", "in the Assembly on Friday",
// "last Thursday"), no other verb and no side ("voted on Friday against" takes its side from "against").
const VOTED_WHEN = String.raw`(?:(?:on|in|at|last|this|late|early|earlier|later|again|yesterday|today|overwhelmingly)\s+(?:(?!(?:for|against|to|not|no|in favou?r)\b)[\w.'’-]+\s+){0,8}?)`;
const num = (words: string | undefined) =>
  words === undefined ? null : /^(?:none|zero)$/iu.test(words) ? 0 : numberValue(words.replace(/ and /gu, ' '));

interface ListedName {
  name: string;
  start: number;
  end: number;
  /** Listed as "also" on the side ("with Venezuela also voting against"): others, named elsewhere, are on it too. */
  also: boolean;
}

interface TallyParts {
  yes: number | null;
  no: number | null;
  abstain: number | null;
}

// The patterns of statedTally, built once (each reads one way a tally is written; see the comment where it is used).
// (s50) Not a range of paragraphs or pages ("adds Lavrov remarks on Geneva talks, paragraphs 12-13" in a wire's note).
const TALLY_DASHED = new RegExp(
  `(?<!\\b(?:paragraphs?|paras?\\.?|pages?|pp?\\.|lines?|items?|articles?|sections?|chapters?)\\s+)\\b${NUMBER}\\s*(?:votes?\\s+|in favou?r\\s+|for\\s+)?(?<sep>-|to|against(?=\\s*\\d{1,3}\\b(?!\\s*(?:abstentions?|abstaining|abstained)\\b)))\\s*${NUMBER}(?:\\s+against)?(?:\\s*(?<sep2>-)\\s*${NUMBER})?\\b`,
  'iud',
);
// The words that bring in some members of a group: "including Russia", "among them Iran".
const INCLUDING = '(?:including|among them|among whom|such as)';
// Some of the members counted, named in an aside between the count and its side: "Thirteen countries, including Russia
// and Iran, voted against", "Thirteen countries, Russia among them, voted against", or without commas by their names
// alone ("122 countries including Mexico voted for").
// (s50) The side patterns match without case, where \p{Lu} takes any letter: the names after "including" stop at the
// words of voting and at a count ("nine members including Japan voting against and two abstaining" is nine against).
const NOT_A_MEMBER_NAME = String.raw`(?:vot\w*|abstain\w*|against|opposed|opposing|for|in|backed|backing|supported|supporting|with|while|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|\d+)\b`;
const MEMBERS_ASIDE = String.raw`,\s+(?:(?:${INCLUDING}|led by|notably)\s+[^;.()]{1,80}?|[^;.,()]{1,40}?(?:,\s+[^;.,()]{1,40}?)*?\s+among them),\s+|\s+including\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?(?:the\s+)?(?!${NOT_A_MEMBER_NAME})\p{Lu}[\p{L}'’-]*)*\s+`;
// (s49) Or a relative pronoun right after the count, the noun left out: "South Africa was among the 36 that abstained".
const COUNTED = `(?:(?:(?:Security Council|General Assembly|Council|Assembly|council|assembly|UN|U\\.N\\.) )?(?:votes?|members?|countries|states|nations|delegations|member states)${OF_BODY}(?:${MEMBERS_ASIDE}|\\s+)|(?:that|which|who)\\s+)?`;
// Every member of a side named in an aside right after its count, with no noun: "two, Angola and Uruguay, abstained".
const ALL_NAMED = String.raw`,\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,\s+`;
// The side patterns match without case, so the aside's capitals are checked on their own: "two, Angola and Uruguay,"
// names members, "two, the draft and its sponsors," does not. The aside read with capitals must reach the side's
// words, which hold no comma ("two, Ostria and Norland, voted against and one, Sweden, abstained" is no aside of four).
const ALL_NAMED_CASED = new RegExp(`^${ALL_NAMED}`, 'u');
/** The first count of a side (TALLY_IN_FAVOUR, TALLY_AGAINST, TALLY_ABSTAINING) whose aside, if any, names members. */
function sideCount(side: RegExp, s: string): RegExpExecArray | null {
  for (let from = 0; from < s.length; ) {
    const m = side.exec(s.slice(from));
    if (!m) return null;
    const count = m[1];
    const after = count === undefined ? '' : m[0].slice(m[0].indexOf(count) + count.length);
    const aside = after.startsWith(',') ? ALL_NAMED_CASED.exec(after) : null;
    if (!after.startsWith(',') || (aside && !after.slice(aside[0].length).includes(','))) return m;
    from += m.index + 1;
  }
  return null;
}
// A count after a possessive counts the writers' own group, not a side: a joint statement's "Our three countries voted
// for that resolution" is three members' positions, not the vote's yes count.
const NOT_OWN_GROUP = String.raw`(?<!\b(?:[Oo]ur|[Tt]heir|[Tt]hese|[Tt]hose)\s+)`;
// (s50) A count given as an estimate is no tally taken: "should pass comfortably, with well over 100 states in favour".
const NOT_APPROXIMATE = String.raw`(?<!\b(?:over|more than|fewer than|less than|nearly|almost|about|around|roughly|approximately|well over|up to)\s+)`;
// (s65) A number after a month's name is the day of a date, not a count: "the veto cast by Russia on Oct. 8 against a
// French draft" has no member voting against.
const NOT_A_DAY = String.raw`(?<!\b${MONTH}\s+)`;
// The count of the members on one side, not the whole they are part of ("eleven of the 15 council members backed").
const SIDE_COUNT = `${NOT_WHOLE}${NOT_OWN_GROUP}${NOT_APPROXIMATE}${NOT_A_DAY}\\b${NUMBER}(?!(?<=\\bone) of\\s)(?:${ALL_NAMED}|\\s+${OF_WHOLE}${COUNTED})`;
const TALLY_IN_FAVOUR = new RegExp(
  `${SIDE_COUNT}(?:in favou?r|in support|for\\b|voted (?:${VOTED_WHEN})?(?:for|in favou?r|yes)\\b|vote (?:for|in favou?r)\\b|voting (?:for|in favou?r)|supported|backed|backing|supporting)`,
  'iu',
);
/** The count before the word of one side: "11 yes", "13 no votes". */
const countBefore = (side: string) => new RegExp(`\\b${NUMBER}\\s+(?:${side})(?:\\s+votes?)?(?=[\\s,;.)]|$)`, 'iu');
const TALLY_AYES = countBefore('yes|ayes?');
const TALLY_NOES = countBefore('no|noes|nays?');
// (s45) "although it had the support of 11 of the Council's members": a text's support had, counted. (s67) So is the
// count a body "voted by" ("the Assembly voted by 122 countries to demand a ceasefire").
const TALLY_WON = new RegExp(
  `\\b(?:${WON_VERB}|${WINNING_VERB}|(?:adopted|passed|approved|carried) (?:[\\w-]+ ){0,5}?(?:with|by)|failed (?:[\\w-]+ ){0,5}?with|(?:backed|supported|endorsed|favou?red|voted) by|(?:had|has|having|enjoyed)(?=\\s+the (?:support|backing|votes) of\\b))\\s+(?:the (?:support|backing|votes) of\\s+|only\\s+|just\\s+|all\\s+)*${NUMBER}\\s+${OF_WHOLE}(?:(?:Security Council|council|Council|assembly|Assembly)\\s+)?(?:votes|members|member states|countries|states|nations|delegations)\\b(?!\\s+(?:against(?!\\s+${NUMBER}(?![\\w-]))|opposed|abstaining)\\b)`,
  'iu',
);
const FAILED_WITH_ELIDED = new RegExp(String.raw`\bfailed (?:[\w-]+ ){0,5}?with (?:only |just )?${NUMBER}(?=\s*(?:[.;]|$))`, 'iu');
const TALLY_OPPOSED_BY = new RegExp(
  String.raw`\b(?:opposed|rejected) by (?:only |just )?${NUMBER}(?=\s*(?:[,;.]|and\b|$)|\s+(?:members|countries|states|nations|delegations)\b)`,
  'iu',
);
// (s45) A count "to nothing": "voted 15 to nothing".
const TO_NOTHING = new RegExp(String.raw`\b${NUMBER}\s+(?:votes?\s+)?to\s+(?:nothing|none|nil|zero)\b`, 'iu');
// Not "four votes against nine": a count of votes then "against" and another count is the side in favour's, against
// the other (FAVOUR_AGAINST).
// (s50) And "voted it down", "voted the draft down".
const TALLY_AGAINST = new RegExp(
  `${SIDE_COUNT}(?:against(?!\\s+${NUMBER}(?![\\w-]))|opposed|voted (?:against|no)|voting against|vot(?:ed|ing) (?:it|the (?:[\\w-]+ )?(?:draft|text|resolution)) down)`,
  'iu',
);
// (s44) "winning only four votes in favour against nine, with two abstentions": the count after "against" that follows
// the side in favour is the side against (not "three against two abstentions", where the count is of abstentions).
// (s49) Or after the count of votes a text won, the members who cast them between commas: "mustered just four votes,
// those of Russia, China, Egypt and Venezuela, against nine", "won four votes against nine".
const FAVOUR_AGAINST = new RegExp(
  String.raw`\b(?:in favou?r,?|votes(?:,\s+(?:those\s+of|from|cast\s+by)\s+[^.;:]{1,120}?,)?)\s+(?:and\s+)?against\s+${NUMBER}(?![\w-])(?!\s+(?:abstentions?|abstaining|abstained)\b)`,
  'iu',
);
// (s69) An abstention told in plain words, as easy-read news explains it: "36 countries did not vote yes or no", "China
// and Angola voted neither for nor against" (not "did not vote" alone: a member absent or not taking part).
const NEITHER_SIDE = String.raw`(?:did not|didn['’]t|chose not to|decided not to) vote (?:yes or no|for or against|either way)\b|voted neither (?:for nor against|yes nor no)\b`;
const TALLY_ABSTAINING = new RegExp(
  `${SIDE_COUNT}(?:abstentions?|abstaining|abstained|abstain|${NEITHER_SIDE})|\\babstentions?(?: numbered| totall?ed| of)?:?\\s+${NUMBER}\\b`,
  'iu',
);
// A member that voted with a count of others: "Tarvia voted with 87 other nations against the draft", "joined 12
// other countries in voting against": the side is the others and the member.
const WITH_OTHERS = new RegExp(
  String.raw`\b(?:voted|voting)\s+(?:with|alongside)\s+${NUMBER}\s+other\s+(?:member states|states|countries|nations|members|delegations)\s+(for|in favou?r|against)\b|\bjoined\s+${NUMBER}\s+other\s+(?:member states|states|countries|nations|members|delegations)\s+in\s+(?:voting\s+)?(for|in favou?r|backing|supporting|against|opposing)\b`,
  'iu',
);
// Each side's count after its label and a colon, as UN summaries print a recorded vote in brackets ("(In favour: 8;
// Against: 2 (A, B); Abstaining: 5 (C, D, E, F, G))", "Yes: 97, No: 12, Abstentions: 41"): the label capitalised, the
// count alone before the members it may name.
const TALLY_LABELLED = /\b(In favou?r|Yes|Against|No|Abstaining|Abstentions?|Abstained)\s*:\s*(\d{1,3})(?=\s*(?:[;,.()]|$))/gu;

/** The tally a sentence states, in the ways reporters write it; fields the sentence does not give stay null. */
export function statedTally(sentence: string): TallyParts {
  const s = sentence.replace(/\u2013|\u2014/gu, '-');
  const tally: TallyParts = { yes: null, no: null, abstain: null };
  // "adopted without a vote", "by consensus": no count was taken.
  if (/\bwithout a vote\b|\bby consensus\b/iu.test(s)) return tally;
  // "14-0 with one abstention", "a vote of 11-3-1", "106 to 15, with 46 abstentions", "by 11 votes to 2", and a
  // translation's "by 120 votes against 15" (por 120 votos contra 15), not "3 against 2 abstentions"
  const dashed = TALLY_DASHED.exec(s);
  // "twenty-two" is one number, not 20 to 2: a hyphen between two letters joins a number's words; "one hundred and
  // twenty-two votes to thirteen" is 122 to 13.
  const wordHyphen = (at: [number, number] | undefined) =>
    at !== undefined && s[at[0]] === '-' && /\p{L}/u.test(s[at[0] - 1] ?? '') && /\p{L}/u.test(s[at[1]] ?? '');
  if (
    dashed &&
    !wordHyphen(dashed.indices?.groups?.sep) &&
    !wordHyphen(dashed.indices?.groups?.sep2) &&
    /\bvot|\bpass|\badopt|\breject|\bapprov|\bfavou?r|\babstain|\babstention|\bdefeat|\bfail|\btall(?:y|ied)\b|\b(?:called|calls) for\b/iu.test(
      s,
    )
  ) {
    // Groups: the first count, the separator, the second count, the second hyphen, the third count.
    const yes = num(dashed[1]);
    const no = num(dashed[3]);
    if (yes !== null && no !== null && yes <= 193 && no <= 193 && yes + no > 0) {
      tally.yes = yes;
      tally.no = no;
      if (dashed[5]) tally.abstain = num(dashed[5]);
    }
  }
  // "122 countries voted on 9 December for a truce": the words of when or where may stand between "voted" and "for".
  const inFavour = sideCount(TALLY_IN_FAVOUR, s);
  if (inFavour && tally.yes === null) tally.yes = num(inFavour[1]);
  // "11 yes, 3 no and 1 abstention", "122 yes votes, 13 no votes": the count before the word of the side.
  const ayes = TALLY_AYES.exec(s);
  if (ayes && tally.yes === null) tally.yes = num(ayes[1]);
  const noes = TALLY_NOES.exec(s);
  if (
    noes &&
    tally.no === null &&
    !/^\s*(?:votes?\s+)?(?:one|member|country|state)\b/iu.test(s.slice((noes.index as number) + noes[0].length))
  )
    tally.no = num(noes[1]);
  // "That draft won 11 votes", "received the support of nine members", "was backed by 11 of the council's 15
  // members" (the part of the whole that voted for it).
  const won = TALLY_WON.exec(s);
  if (won && tally.yes === null) tally.yes = num(won[1]);
  // "A rival text failed hours later with four.": the noun left out after a count of the text's votes.
  const elided = FAILED_WITH_ELIDED.exec(s);
  if (elided && tally.yes === null) tally.yes = num(elided[1]);
  const textWon = TEXT_WON_COUNT.exec(s);
  if (textWon && tally.yes === null) tally.yes = num((textWon[1] ?? textWon[2]) as string);
  const against = sideCount(TALLY_AGAINST, s);
  if (against && tally.no === null) tally.no = num(against[1]);
  const favourAgainst = FAVOUR_AGAINST.exec(s);
  if (favourAgainst && tally.no === null && tally.yes !== null) tally.no = num(favourAgainst[1]);
  // (s41) "supported by 122 countries, opposed by 13 and ...": the count after the passive's "by".
  const opposedBy = TALLY_OPPOSED_BY.exec(s);
  if (opposedBy && tally.no === null) tally.no = num(opposedBy[1]);
  const abstaining = sideCount(TALLY_ABSTAINING, s);
  if (abstaining && tally.abstain === null) tally.abstain = num(abstaining[1] ?? abstaining[2]);
  // "only Russia, China and Venezuela stood against it": "only" before the members of a side names the whole side.
  for (const m of s.matchAll(ONLY_SIDE)) {
    const side = sideOfVerb(m[2] as string);
    const members = listedMembers(m[1] as string);
    if (tally[side] === null && members.length > 0) tally[side] = members.length;
  }
  // (s45) "won the support of only Russia, China, Egypt and Venezuela", "drew the support of only China, Egypt and
  // Venezuela besides Russia itself": "only" before the members supporting a text names the whole side in favour.
  for (const m of s.matchAll(SUPPORT_OF)) {
    const list = m[1] ?? m[2] ?? m[3];
    if (tally.yes !== null || !list || !/\b(?:only|just) /u.test(m[0])) continue;
    const members = listedMembers(list);
    const besides = /^,? besides (?:the )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)* (?:itself|themselves)\b/u.test(
      s.slice((m.index ?? 0) + m[0].length),
    );
    if (members.length > 0) tally.yes = members.length + (besides ? 1 : 0);
  }
  // (s50) "Only China, Egypt and Venezuela joined Russia in supporting it": the side is the list and the one joined.
  for (const m of s.matchAll(ONLY_JOINED)) {
    const side = sideOfVerb(m[3] as string);
    const members = listedMembers(m[1] as string);
    if (tally[side] === null && members.length > 0) tally[side] = members.length + 1;
  }
  const withOthers = WITH_OTHERS.exec(s);
  const others = num(withOthers?.[1] ?? withOthers?.[3]);
  if (withOthers && others !== null) {
    const side = /against|opposing/iu.test((withOthers[2] ?? withOthers[4]) as string) ? 'no' : 'yes';
    tally[side] ??= others + 1;
  }
  for (const m of s.matchAll(TALLY_LABELLED)) {
    const side = /^(?:In|Yes)/u.test(m[1] as string) ? 'yes' : /^(?:Against|No)$/u.test(m[1] as string) ? 'no' : 'abstain';
    tally[side] ??= num(m[2]);
  }
  // (s45) "voted 15 to nothing", "fifteen to nothing": none against.
  const toNothing = TO_NOTHING.exec(s);
  if (toNothing && tally.yes === null && tally.no === null) {
    tally.yes = num(toNothing[1]);
    tally.no = 0;
  }
  // "and no abstentions", "with no votes against"
  if (/\b(?:no|zero|without) abstentions?\b/iu.test(s) && tally.abstain === null) tally.abstain = 0;
  if (/\bno (?:votes? |one |member |country )?(?:against|opposed|voting against)\b/iu.test(s) && tally.no === null) tally.no = 0;
  if (UNANIMOUS.test(s) && tally.yes === null && tally.no === null) {
    tally.no = 0;
    tally.abstain ??= 0;
  }
  // (s50) Two sides counted and the third named member by member ("nine members voted against, and Angola and Uruguay
  // abstained" after four in favour): the members named are the whole side where the three make the council's fifteen.
  const unknown = (['yes', 'no', 'abstain'] as const).filter((side) => tally[side] === null);
  const only = unknown[0];
  if (unknown.length === 1 && only) {
    const listed = namedSides(s)[only].length;
    const others = (['yes', 'no', 'abstain'] as const).reduce((sum, side) => sum + (side === only ? 0 : (tally[side] ?? 0)), 0);
    if (listed > 0 && others + listed === COUNCIL_SIZE) tally[only] = listed;
  }
  return tally;
}

const NAME = String.raw`(?:the )?[A-Z][\w.’'-]*(?: (?:of )?[A-Z][\w.’'-]*)*`;
// The members a side's verb adds after it are on that side too: "with Venezuela voting against alongside Russia and
// China" lists three.
const SIDE = String.raw`(${NAME}(?:, ${NAME})*(?:,? and ${NAME})?) (?:also |too |likewise )?(abstaining|voting against|voting no|opposed|opposing|against(?=\s*(?:[,.;]|and\b|$)))\b(?: (?:alongside|along with|together with) (${NAME}(?:, ${NAME})*(?:,? and ${NAME})?))?`;
// Counted sides the absolute clause gives before the listed one: "with just five members in favour, eight against and
// Ostria and Vellmar abstaining" lists the abstainers whole.
// (s44) "with nine members voting against and Angola and Uruguay abstaining": a count with its side's participle.
const COUNTED_SIDE = String.raw`(?:only |just )?(?:\d{1,3}|${UP_TO_FIFTEEN})(?: (?:members|votes|countries|states|delegations))? (?:voting |voted )?(?:in favou?r|for|against|opposed|no)(?:,|,? and) `;
const LISTED = new RegExp(String.raw`\bwith (?:${COUNTED_SIDE})*${SIDE}`, 'gu');
// The next side of the same absolute clause: "with Russia and China voting against and Angola abstaining".
const NEXT_SIDE = new RegExp(`^,? (?:and|while|with) ${SIDE}`, 'u');

/**
 * The counts a sentence gives by listing every member of one side: "with China and Angola abstaining" is two
 * abstentions. Only the absolute "with ... abstaining" form (and the sides it goes on to list), which reporters use
 * for the whole side.
 */
export function listedCounts(sentence: string): { no: number | null; abstain: number | null } {
  const sides = listedSides(sentence);
  const whole = (names: ListedName[] | null) => (names && !names.some((n) => n.also) ? names.length : null);
  return { no: whole(sides.no), abstain: whole(sides.abstain) };
}

/** The members listed by the absolute "with ... abstaining" form, as written, with where each list stands. */
function listedSides(sentence: string): { no: ListedName[] | null; abstain: ListedName[] | null } {
  const counts: { no: ListedName[] | null; abstain: ListedName[] | null } = { no: null, abstain: null };
  const count = (m: RegExpExecArray | RegExpMatchArray, at: number) => {
    const names: ListedName[] = [];
    const also = /^ (?:also|too|likewise) /u.test(
      (m[0] as string).slice((m[0] as string).indexOf(m[1] as string) + (m[1] as string).length),
    );
    const lists = [m[1] as string, m[3]].filter((list) => list !== undefined);
    for (const [n, list] of lists.entries()) {
      const start = at + (m[0] as string).indexOf(list, n === 0 ? 0 : (m[0] as string).length - list.length);
      for (const part of list.matchAll(/[^,]+?(?=,\s*(?:and\s+)?|\s+and\s+|$)/gu)) {
        const name = part[0].replace(/^\s*(?:and\s+)?/u, '');
        if (name.trim().length === 0) continue;
        const offset = start + part.index + part[0].indexOf(name);
        names.push({ name: name.trim(), start: offset, end: offset + name.trim().length, also });
      }
    }
    if (sideOfVerb(m[2] as string) === 'abstain') counts.abstain = names;
    else counts.no = names;
  };
  for (const m of sentence.matchAll(LISTED)) {
    count(m, m.index);
    let end = m.index + m[0].length;
    for (let next = NEXT_SIDE.exec(sentence.slice(end)); next; next = NEXT_SIDE.exec(sentence.slice(end))) {
      count(next, end);
      end += next[0].length;
    }
  }
  return counts;
}

// "blocked" with what it blocked ("blocked the draft", "was blocked"), not "Blocked in the council, Canada turned to".
// A veto cast, used or wielded ("cast its veto", "used their vetoes", "cast four vetoes"), in VETO and a member's verb;
// "its right of veto" as a text translated from French, Spanish or Portuguese puts it (droit de veto, derecho de veto).
const CAST_VETO = String.raw`(?:cast|used|exercised|wielded) (?:(?:its|their|a)(?: [\w.]+)? vetoe?s?|(?:its|their) (?:right|power) of veto|(?:[\w-]+ )?vetoes)`;
// A veto word the day it was cast follows ("the veto of 5 December", "cast vetoes on December 5", "vetoed on Monday"),
// (s39) after the text vetoed too ("vetoed a similar Security Council resolution on Monday"); a weekday's mention holds
// its "on".
// (s47) "after Russia and China on Monday vetoed a draft": a day right before a verb of vetoing is the day it was cast.
const DAY_BEFORE_VETO_VERB = /^\s*,?\s*(?:(?:also|again|jointly|both)\s+)?(?:vetoed|blocked|cast\s+(?:(?:a|their|its|the)\s+)?vetoe?s?)\b/u;
// (s65) And a veto told with who cast it between: "the veto cast by Russia on Oct. 8", "the vetoes used by Russia and
// China on 5 December".
const VETO_ON_DAY =
  /\bveto(?:e[sd])?\s+(?:(?:cast|used|exercised|wielded)\s+by\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:(?:,\s+|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}'’-]+){0,3}\s+(?=on\s))?(?:(?:an?|the|its|their)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:resolution|draft|text|proposal|measure)\s+)?(?:(?:of|on)\s+(?:the\s+)?)?$/iu;
// A veto as the subject that stopped a text: "the veto in the Council stopped the truce text", "a Russian
// veto killed the draft" (past tense: "a veto would kill it" is feared, not cast).
const VETO_STOPPED = String.raw`veto\b(?! (?:power|right))[^.;]{0,40}?\b(?:stopped|killed|sank|scuttled|halted|felled|doomed|defeated)\b`;
// The Charter's words for a veto, as UN records write it: "the text fell through the negative vote of one permanent member".
const PERMANENT_NEGATIVE = 'negative votes? of (?:(?:a|one|two|three|its|the) )?permanent members?';
const VETO = new RegExp(
  String.raw`\b(?:${VETO_STOPPED}|${PERMANENT_NEGATIVE}|vetoed|vetoes(?= (?:a|an|the|its|their|this|that|it|[A-Z]))|vetoing|veto(?:ed)? by|${CAST_VETO}|blocked (?!${BLOCKED_ON_THE_GROUND})(?:the|a|an|its|their|it|adoption|action|council action|[\w-]+ (?:draft|text|resolution))|(?:was|were|been) blocked)\b`,
  'iu',
);
// Permanent members of the Security Council: their "no" on a draft that fails is a veto (UN Charter, Article 27).
const PERMANENT = new Set(['RUS', 'CHN', 'USA', 'GBR', 'FRA']);
// Capitals that stand for their state in diplomatic reporting ("Moscow and Beijing blocked a text").
const CAPITALS: Record<string, string> = { Moscow: 'RUS', Beijing: 'CHN', Washington: 'USA', London: 'GBR', Paris: 'FRA' };

// Words a reporter puts between a member and its verb: "Russia alone vetoed", "Russia and China on Monday had vetoed",
// "Russia had already vetoed", "Russia, which with China vetoed", (s51) "Russia and China, on Monday, vetoed".
// (s59) A day told without "on" between the members and their verb too: "Russia and China last Monday vetoed".
const BETWEEN = String.raw`^\s*(?:,\s*(?:backed|supported|joined|followed|urged) by [^,]{1,40},\s*)?(?:,\s*(?:together|along) with [^,]{1,40},\s*)?(?:,\s*(?:a|an|the|its|whose) [^,]{1,50},\s*)?(?:(?:,\s*(?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?)*,?\s*and (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?\s+)?(?:,\s*)?(?:(?:also|already|both|each|then|now|alone|again|once again|jointly|together|duly|promptly|predictably|had|have|has|on (?:\w+\.? \d{1,2}(?:,? \d{4})?|\d{1,2} \w+(?: \d{4})?|\w+)|(?:last|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)|(?:yesterday|earlier this week)|(?:which|who) (?:together |along )?with (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?|which|who|that|however|(?:were|was) (?:among )?(?:those|the (?:[\w-]+ )?(?:countries|states|members|nations|delegations)|the \d+)|,),?\s+){0,4}`;

// A state a vote is about, not a member voting: "its sixth veto on Syria", "a draft resolution on Yemen", "the text
// concerning Norland".
const VOTE_TOPIC = /\b(?:vetoe?s?|resolutions?|drafts?|texts?|votes?|proposals?)\s+(?:on|over|about|concerning|regarding)\s+(?:the\s+)?$/iu;
// A preposition before a member: it is governed ("an ally of Moscow"), not the subject of the verb after it.
const GOVERNED = /\b(?:of|to|for|from|than|like|towards?)\s+(?:the\s+)?$/iu;
// "chose to abstain", "was the only abstention": a member's side told by a verb phrase.
const CHOSE_TO = '(?:chose|decided|opted|elected) to ';
// A member "supported" or "backed" a text, a vote's side: the object a text or a pronoun for one, or none ("Norland
// supported the draft", "backed it", "Ostria and Norland supported."); not a stance on a party or an effort ("Moscow,
// which has supported the Syrian government militarily", "supported every effort to end the siege").
const SUPPORTED_TEXT = String.raw`(?:supported|backed)(?! by)(?=\s*(?:[,.;]|$)|\s+(?:and|but|while|it|them|both)\b|\s+(?:[\w'’-]+\s+){1,4}?(?:texts?|drafts?|resolutions?|proposals?|measures?)\b)`;
const ONLY_ONE = '(?:was|were) the (?:only|sole|lone) ';
// A side's verb, then its members introduced by "including" ("that voted against it, among them Russia and China").
const INCLUDED_ON_SIDE = new RegExp(
  String.raw`\b(supported|backed|voted (?:for|in favou?r(?: of)?|yes|against|no)|opposed|rejected|abstained)\b[^.;()]{0,60}?,?\s+${INCLUDING}\s+(?:the\s+)?$`,
  'iu',
);

// Two or more vetoing members named again by a plural word: "the pair vetoed", "the two powers blocked", "they cast
// their vetoes".
const BACK_REFERENCE =
  /(?<!\b(?:of|with|by|for|to)\s)\b(the pair|the two(?: (?:countries|powers|states|members|allies|permanent members|governments))?|both(?: (?:countries|powers|states|members))?|they)\s+(?:(?:also|again|then|once again|jointly|had|have)\s+)*(?:vetoed|blocked (?:the|a|an|it|another|[\w-]+ (?:draft|text|resolution))|(?:cast|used|wielded|exercised) (?:their|a|the) (?:[\w-]+ )?vetoe?s?)\b/iu;

// One member named again by "it" as the one that cast a veto: "it had vetoed the sixth", "It blocked a text".
const IT_VETOED =
  /(?<!\b(?:of|with|by|for|to|that|which)\s)\b[Ii]t\s+(?:(?:also|again|then|once again|had|has)\s+)*(?:vetoed|(?:cast|used|wielded|exercised) (?:its|a|the) (?:[\w-]+ )?veto)\b/u;

// A side's label, then its members in brackets: "against (Ostria, Norland)", and with a count before the bracket:
// "(In favour: 9; Against: 2 (Ostria, Norland); Abstaining: 4 (...))". Groups: against, abstaining, in favour.
const BRACKETED_SIDE_LABEL = String.raw`\b(?:(against)|(abstentions?|abstaining)|(in favou?r))(?::\s*\d{1,3})?\s*\(`;
// The bracket whole, its members in group 4 (namedSides, for members the gazetteer does not know), and the label up to
// a known member inside the bracket (memberPositions).
const BRACKETED_SIDE = new RegExp(String.raw`${BRACKETED_SIDE_LABEL}([^()]{2,200})\)`, 'giu');
const BRACKETED_SIDE_BEFORE = new RegExp(String.raw`${BRACKETED_SIDE_LABEL}\s*(?:the\s+)?$`, 'iu');

const LIST = `${NAME}(?:, ${NAME})*(?:,? and ${NAME})?`;
// "Russia and Venezuela voted against it, and China and Angola abstained": each side named member by member.
const NAMED_SIDE = new RegExp(
  String.raw`(?<=^|[,;:]\s|\b(?:and|while|but|whereas|with)\s)(${LIST})(?:, (?:which|who|both|all|each|a|an|the) [^,]{1,50},)? (?:also |both |each |all )?(voted against|voted no|stood against|opposed (?:it|the [\w-]+)|abstained|(?:chose|decided|opted|elected) to abstain|was the (?:only|sole|lone) abstention|${NEITHER_SIDE}|voted (?:for|in favou?r|yes)|(?:supported|backed) (?:it|the (?:[\w-]+ )?(?:draft|text|resolution|measure)))\b`,
  'gu',
);
// "won the support of only Russia, China, Egypt and Venezuela", "was supported by only ...", "was supported only by
// ..." (not "supported by the GCC states", who may be its sponsors); (s67) "drew support from only Russia, China, ...".
const SUPPORT_OF = new RegExp(
  String.raw`\b(?:support|backing|votes) (?:of (?:only |just )?|from (?:only|just) )(${LIST})|\bwith (?:only |just )?(${LIST}) (?:voting )?in favou?r\b|\b(?:supported|backed) (?:by (?:only|just)|(?:only|just) by) (${LIST})`,
  'gu',
);
// (s50) "Only China, Egypt and Venezuela joined Russia in supporting it": the members of one whole side and the one joined.
const ONLY_JOINED = new RegExp(
  String.raw`\b[Oo]nly (${LIST}) joined (${NAME}) in (voting against|voting no|opposing|abstaining|voting (?:for|in favou?r)|supporting|backing)\b`,
  'gu',
);
// "only A, B and C voted against": the members of one whole side.
const ONLY_SIDE = new RegExp(
  String.raw`\b[Oo]nly (${LIST}) (?:also |both |all )?(voted against|voted no|stood against|opposed (?:it|the [\w-]+)|abstained|voted (?:for|in favou?r|yes)|supported it|backed it)\b`,
  'gu',
);
const COUNT_WORD =
  /^(?:the )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|all|none|most|both|many|some|several|members?)$/iu;
/** The members a list names, one by one ("Russia, China, Egypt and Venezuela"), not a count standing in it. */
const listedMembers = (list: string): string[] =>
  list.split(/,\s*(?:and\s+)?|\s+and\s+/u).filter((n) => n.trim().length > 0 && !COUNT_WORD.test(n.trim()));

/**
 * One member's own vote, told with the member as the subject of a verb of voting: the name opens the sentence or a
 * clause (after a comma, "and", "but", "while", or a verb of saying: "said Malaysia, ..., had voted"), an apposition
 * set off by commas and a few words of time or aspect may stand before the verb ("Norland, a non-permanent member,
 * had voted in favour on Monday", "Estland yesterday joined the majority in backing the resolution", "Ostria joined
 * the rest of the council on Dec. 19 in voting for the text", "Freedonia also abstained"). The name as written (its
 * words in capitals); a name the ISO list does not know is dropped by the caller.
 */
const MEMBER_OWN_VOTE =
  /(?<=^|[,;:]\s|\b(?:and|but|while|whereas|said|says|that)\s)((?:the )?\p{Lu}[\p{L}'’-]+(?: (?:of )?\p{Lu}[\p{L}'’-]+){0,3})(?:, [^,;:]{1,60},)?(?: (?:had|has|have|also|again|too|then|yesterday|today|(?:on|late on|early on|last) [\w.]+(?: \d{1,2})?|\p{Ll}+ly)){0,3} (voted (?:for|in favou?r|yes|against|no)\b|abstained\b|(?:backed|supported|opposed) (?:the|a|an|this|its|it)\b|joined [^,;:]{1,80}? in (voting (?:for|in favou?r|against)|backing|supporting|opposing|abstaining)\b)/gu;

/**
 * The members a sentence gives a vote of their own (MEMBER_OWN_VOTE), by name as written, with the side. "X joined
 * Y in backing ..." takes its side from the verb after "in" alone: what describes those joined ("joined the states
 * opposed to the blockade in backing the text") is no verb of X's.
 */
export function membersOwnVotes(sentence: string): { name: string; position: Position }[] {
  return [...sentence.matchAll(MEMBER_OWN_VOTE)].map((m) => ({ name: m[1] as string, position: sideOfVerb((m[3] ?? m[2]) as string) }));
}

/**
 * The side a verb of voting puts its member on: abstaining ("abstained", "chose to abstain", "was the only
 * abstention"), against ("voted against", "voted no", "opposed", "rejected", "stood against"), else in favour ("voted
 * for", "backed it", "supported the draft"). One home for every rule that reads a side from its verb.
 */
function sideOfVerb(verb: string): Position {
  if (/abst|\bneither\b|\bnot to vote\b|\bn(?:o|['’])t vote\b/iu.test(verb)) return 'abstain';
  return /against|\bno\b|oppos|reject/iu.test(verb) ? 'no' : 'yes';
}

/** The members a sentence names on each side of a vote ("A and B voted against"), as written. */
export function namedSides(sentence: string): Record<'yes' | 'no' | 'abstain', string[]> {
  const sides: Record<'yes' | 'no' | 'abstain', string[]> = { yes: [], no: [], abstain: [] };
  const names = (list: string) =>
    list
      .split(/,\s*(?:and\s+)?|\s+and\s+/u)
      .map((n) => n.trim())
      .map((n) => n.replace(/\.$/u, ''))
      .filter((n) => n.length > 0 && !COUNT_WORD.test(n));
  for (const m of sentence.matchAll(NAMED_SIDE)) {
    sides[sideOfVerb(m[2] as string)].push(...names(m[1] as string));
  }
  for (const m of sentence.matchAll(SUPPORT_OF)) sides.yes.push(...names((m[1] ?? m[2] ?? m[3]) as string));
  // (s41) "two abstentions (China and Angola)", "Against: 2 (Russia, Venezuela)": the members a side's count names in
  // brackets, as `BRACKETED_SIDE_BEFORE` reads known ones.
  for (const m of sentence.matchAll(BRACKETED_SIDE)) {
    const side = m[1] ? 'no' : m[2] ? 'abstain' : 'yes';
    sides[side].push(...names(m[4] as string).map((n) => n.replace(/^the\s+/iu, '')));
  }
  return sides;
}

const SIDING = new RegExp(
  String.raw`(?<![\w-])(${NAME}) (?:again |also |once again )?(?:sid(?:ed|es|ing)|vot(?:ed|es|ing)|stood|standing|align(?:ed|ing)(?: itself)?) (?:with|alongside) (${NAME})\b`,
  'gu',
);
const JOINED = new RegExp(
  String.raw`\b${NAME}(?:,? and ${NAME})? join(?:ed|ing) ${NAME}(?:, ${NAME})*(?:,? and ${NAME})? (in (?:voting (?:against|no|for|yes|in favou?r of)|opposing|abstaining|supporting|backing|vetoing|blocking|casting (?:a |its |their )?vetoe?s?)|against(?=\s*(?:[,.;]|and\b|$)))`,
  'gu',
);

/** The member states a sentence gives a position, by the verb after (or "by" before) them. */
function memberPositions(text: string, sentence: Span, states: Mention[]): { member: string; position: Position; veto: boolean }[] {
  const positions = new Map<string, { member: string; position: Position; veto: boolean }>();
  const set = (member: string, position: Position, veto: boolean) => {
    const previous = positions.get(member);
    if (!previous || (veto && !previous.veto)) positions.set(member, { member, position, veto });
  };
  // A run of states joined by commas and "and" shares the verb after the last one: "China and Venezuela voted against".
  // A list closed by "and" is whole: "with Russia and China, and Angola abstained" starts another run at Angola.
  const runs: Mention[][] = [];
  let closed = false;
  for (const state of states) {
    // What a text is about is no member: "its sixth veto on Syria", "a draft resolution on Yemen".
    if (VOTE_TOPIC.test(text.slice(Math.max(sentence.start, state.start - 40), state.start))) continue;
    const last = runs.at(-1);
    const prev = last?.at(-1);
    const joint = prev ? text.slice(prev.end, state.start) : '';
    const along = /^\s*,?\s+(?:as well as|along with)\s*(?:the\s+)?$/iu.test(joint);
    // Members the gazetteer does not know may stand between: "Russia, China, Egypt and Venezuela".
    // A formal name may open on words of its own: "the Russian Federation and the People's Republic of China".
    const between =
      /^\s*(?:,|,?\s+and|(?:,\s*(?:the\s+)?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)+(?:,|,?\s+and))\s*(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]+\s+){1,3}of\s+)?$/u;
    // "with Venezuela siding with Moscow and Angola abstaining": the one sided with ends its clause; who follows "and"
    // with a verb of its own starts the next one.
    const sidedWith =
      last?.length === 1 &&
      /^\s+and\s+$/u.test(joint) &&
      /\b(?:sid(?:e|es|ed|ing)|vot(?:e|es|ed|ing)|stood|standing|align(?:ed|ing)?|alongside) with\s*$/iu.test(
        text.slice(Math.max(sentence.start, (last[0] as Mention).start - 40), (last[0] as Mention).start),
      ) &&
      /^\s+(?:abstain(?:ing|ed)|vot(?:ing|ed)|oppos(?:ing|ed))\b/iu.test(text.slice(state.end, state.end + 20));
    if (last && prev && !sidedWith && (along || (!closed && between.test(joint)))) {
      last.push(state);
      closed = !along && /\band\b/iu.test(joint);
    } else {
      runs.push([state]);
      closed = false;
    }
  }
  // "Venezuela joined Russia and China in voting against": the one who joins takes the side of those joined.
  for (const m of text.slice(sentence.start, sentence.end).matchAll(JOINED)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length - (m[1] as string).length;
    const how = m[1] as string;
    const veto = /veto|block/iu.test(how);
    const position: Position = veto ? 'no' : sideOfVerb(how);
    for (const state of states) if (state.start >= start && state.end <= end) set(state.id, position, veto);
  }
  // "Russia vetoed the draft, joined by China": who joins does what the one it joins did (not "backed by": China
  // backed Russia and abstained on 8 October 2016; only a permanent member backing a veto in its caster's commas shares
  // it, set in extractVotes).
  const runFound: ({ position: Position; veto: boolean } | null)[] = [];
  const joiners: number[] = [];
  const verb = (pattern: string) => new RegExp(`${BETWEEN}(?:${pattern})`, 'iu');
  for (const run of runs) {
    const end = (run.at(-1) as Mention).end;
    const after = text.slice(end, Math.min(sentence.end, end + 80));
    const before = text.slice(Math.max(sentence.start, (run[0] as Mention).start - 60), (run[0] as Mention).start);
    let found: { position: Position; veto: boolean } | null = null;
    runFound.push(null);
    // (s44) "only Venezuela joined them in voting no": the side of the verb it joined them in, never their veto.
    const joinedIn =
      /^\s+(?:then\s+|also\s+)?joined (?:them|it|him|her) in (voting (?:no|against|for|in favou?r|yes)|opposing|abstaining|backing|supporting)\b/iu.exec(
        after,
      );
    if (joinedIn) {
      found = { position: sideOfVerb(joinedIn[1] as string), veto: false };
      for (const state of run) set(state.id, found.position, found.veto);
      runFound[runFound.length - 1] = found;
      continue;
    }
    // "Russia vetoed it, as did China", "with China joining it", "China followed suit": the same as the one before.
    if (
      /\b(?:joined|accompanied) by\s*$|\b(?:as|so) did\s*$/iu.test(before) ||
      (/\bwith\s*$/iu.test(before) && /^\s+joining\b/iu.test(after)) ||
      /^\s+(?:then\s+|also\s+)?(?:followed suit|following suit|did (?:the )?same|doing (?:the )?same|did likewise|doing likewise|joined (?:them|it|in)(?![\w-]))/iu.test(
        after,
      )
    ) {
      joiners.push(runFound.length - 1);
      continue;
    }
    // "Russia, backed by China, vetoed": the verb is Russia's, not China's.
    if (/\b(?:backed|supported|joined|followed|urged) by\s*$/iu.test(before)) continue;
    // "Venezuela siding with Moscow and Angola abstaining": Moscow is what Venezuela sided with, not who abstained;
    // the one siding takes its side (given where the vote's sentences give it: positions of the same member merge).
    // "Venezuela voted against it with Russia and China", "voting against alongside Russia": those it voted with cast
    // the same vote.
    const votedWith = /\bvot(?:ed|ing) (against|no|for|in favou?r|yes)\b[^,.;]{0,30}?\b(?:(?:along )?with|alongside)\s*$/iu.exec(before);
    if (votedWith) {
      found = { position: sideOfVerb(votedWith[1] as string), veto: false };
      for (const state of run) set(state.id, found.position, found.veto);
      runFound[runFound.length - 1] = found;
      continue;
    }
    // "China cast its veto together with Russia": who is named after "together with" did what the one before did; (s44)
    // "along with" too ("Russia has vetoed six Syria resolutions since 2011, the latest, along with China, on Dec. 5").
    if (
      /\b(?:together|jointly|along) with\s*$/iu.test(before) &&
      !/\b(?:sid|vot|stood|stand|align)\w*\s+(?:together|jointly) with\s*$/iu.test(before)
    ) {
      joiners.push(runFound.length - 1);
      continue;
    }
    if (/\b(?:sid(?:e|es|ed|ing)|vot(?:e|es|ed|ing)|stood|standing|align(?:ed|ing)?|together|alongside) with\s*$/iu.test(before)) continue;
    // "Ostria, a close ally of Moscow, also voted no": a member a preposition governs is not the verb's subject.
    // (s68) Unless a relative clause of its own makes it one: "a pointed reference to Russia and China, which had
    // vetoed a truce", "a rebuke to Moscow, which blocked the text" (not "a text of Norland's, which Russia vetoed").
    const ownClause = /^\s*,\s*(?:which|who)\s/iu.test(after);
    const governed = GOVERNED.test(before) && !ownClause;
    // "the eleven members that supported the resolution, including Britain, France and the United States": the
    // members a side's verb introduces with "including" take that side (read once, used in the chain below).
    const includedVerb = INCLUDED_ON_SIDE.exec(before)?.[1];
    const bracketedSide = BRACKETED_SIDE_BEFORE.exec(before);
    if (
      (!governed && verb(`vetoed|vetoing|${CAST_VETO}|blocked(?! ${BLOCKED_ON_THE_GROUND})`).test(after)) ||
      /^(?:['’]s)?(?:\s+(?:double|joint|latest|fifth|sixth|seventh))?\s+vetoe?s?\b/iu.test(after)
    )
      found = { position: 'no', veto: true };
    else if (
      /\bveto(?:ed|es)? (?:was |were )?(?:cast )?(?:(?:on|last|this) \w+(?: \d{1,2})? |in \w+ |yesterday |today )?by\s*(?:the\s+)?$|\bvetoes (?:from|of|by)\s*(?:the\s+)?$/iu.test(
        before,
      ) ||
      // The passive, with what may stand between the verb and its agent: "was blocked in its turn by", "were vetoed
      // once again on Monday by", "blocked, as expected, by".
      /\b(?:was|were|been|being) (?:(?:again|also|then|duly|promptly|once again|swiftly) )?(?:vetoed|blocked)\b,?(?: (?!by\b)[\w'’-]+,?){0,5} by\s*(?:the\s+)?(?:\p{Lu}[\w-]*(?: \p{Lu}[\w-]*)?,? (?:and )?)*$/u.test(
        before,
      )
    )
      found = { position: 'no', veto: true };
    else if (/\bnegative votes? (?:cast )?(?:of|by)\s*(?:the\s+)?$/iu.test(before)) found = { position: 'no', veto: false };
    else if (bracketedSide) found = { position: bracketedSide[1] ? 'no' : bracketedSide[2] ? 'abstain' : 'yes', veto: false };
    else if (governed) found = null;
    else if (verb('voted against|voted no|voting against|voting no|opposed|rejected|stood against').test(after))
      found = { position: 'no', veto: false };
    // "with only Russia, China and Venezuela in favour": the absolute form's side in favour.
    else if (/\bwith (?:only |just )?(?:the\s+)?$/iu.test(before) && /^\s+(?:voting\s+)?in favou?r\b/iu.test(after))
      found = { position: 'yes', veto: false };
    // "won the support of only Russia, China, Egypt and Venezuela", "was supported by only ...", (s67) "support from only".
    else if (
      /\b(?:(?:support|backing|votes) (?:of (?:only |just )?|from (?:only|just) )|(?:supported|backed) by (?:only|just) )(?:the\s+)?$/iu.test(
        before,
      )
    )
      found = { position: 'yes', veto: false };
    // "with Russia and Venezuela against and Angola abstaining": the absolute form's bare "against".
    else if (/\bwith\s*$/iu.test(before) && /^\s+against(?=\s*(?:[,.;]|and\b|$))/iu.test(after)) found = { position: 'no', veto: false };
    else if (
      verb(
        `abstained|abstaining|abstain|${NEITHER_SIDE}|${CHOSE_TO}abstain|${ONLY_ONE}(?:abstention|member to abstain|one to abstain)`,
      ).test(after)
    )
      found = { position: 'abstain', veto: false };
    else if (verb(`${ONLY_ONE}(?:vote against|no vote|member to vote against|one to vote against)`).test(after))
      found = { position: 'no', veto: false };
    else if (verb(`voted (?:for|in favou?r|yes)|voting (?:for|in favou?r)|${SUPPORTED_TEXT}`).test(after))
      found = { position: 'yes', veto: false };
    else if (includedVerb !== undefined) found = { position: sideOfVerb(includedVerb), veto: false };
    // A label before the members counts only where no verb of their own follows: "with two abstentions: Russia, China,
    // Egypt and Venezuela voted in favour" puts them in favour.
    else if (/\b(?:voting against|against|voted no|opposed)(?: (?:were|was))?:?\s*$/iu.test(before))
      found = { position: 'no', veto: false };
    else if (/\b(?:abstaining|abstentions?|abstained)(?: (?:were|was|from|by))?:?\s*$/iu.test(before))
      found = { position: 'abstain', veto: false };
    else if (/\b(?:voting in favou?r|in favou?r)(?: (?:were|was))?:?\s*$/iu.test(before)) found = { position: 'yes', veto: false };
    if (found) for (const state of run) set(state.id, found.position, found.veto);
    runFound[runFound.length - 1] = found;
  }
  for (const j of joiners) {
    const joined = runFound.slice(0, j).findLast((f) => f !== null) ?? runFound.slice(j + 1).find((f) => f !== null);
    if (joined) for (const state of runs[j] as Mention[]) set(state.id, joined.position, joined.veto);
  }
  return [...positions.values()];
}

// A resolution named by the day it was adopted ("the General Assembly resolution of 9 December", "the resolution of
// December 19"): a text adopted that day (a draft or text so named may have failed).
const RESOLUTION_OF_DAY = new RegExp(
  String.raw`\bresolution of (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}|${MONTH} \d{1,2})\b`,
  'iu',
);

// The Assembly that voted for what it was asked ("the Assembly voted overwhelmingly for a truce", "our envoys persuaded
// the Assembly to vote for a truce"): it adopted it. Not "voted for the second time" (a count of sittings), nor a vote
// somebody wants of it ("wants the Assembly to vote for"), nor one that only times another clause ("will pray on
// Sunday, after the Assembly voted for a truce": that clause's day is no day of the vote).
const BODY_VOTED_FOR = new RegExp(
  String.raw`(?:\b(?:got|persuaded|helped) (?:the )?${ASSEMBLY} to vote|(?<!\b(?:after|before|since|until|when|once) (?:[\w.-]+ ){0,3})\b${ASSEMBLY}(?:,? (?:in New York|then|also|overwhelmingly|(?:on|last|late on) \w+)){0,2},? voted) (?:[\w-]+ )?(?:for|in favou?r of) (?!(?:the|a) (?:[\w-]+ )?time\b)(?:an?|the)\b`,
  'u',
);

// A body that "voted to" do something, as the subject, decided it ("the Assembly voted on Friday to set up a panel",
// "the Council voted to renew the mission"): a text adopted, whatever the verb; members that "voted to" are only a
// side, a vote to put off or turn down a text adopts nothing, and one that only times another clause ("stood in the
// square on the day the Assembly voted to ...") is told elsewhere. (s67) A count or a margin "by" which it voted may
// stand before "to" ("the General Assembly voted by 122 countries to demand a ceasefire", "voted by a wide margin to").
const BODY_VOTED_TO = new RegExp(
  String.raw`(?<!\b(?:after|before|since|until|when|once|the day|the night) (?:[\w.-]+ ){0,3})\b(?:${ASSEMBLY}|(?:the|The) (?:U\.?N\.? |UN )?(?:Security )?Council)(?:,? (?:in New York|then|also|overwhelmingly|unanimously|(?:on|last|late on) \w+)){0,2},? voted (?:(?:on|last|this) \w+ |[\w-]+ |by (?:an? )?(?:[\w,-]+ ){1,3}?)?to (?!(?:reject|postpone|delay|defer|adjourn|block|oppose|suspend)\b)\p{Ll}`,
  'u',
);

function outcomeOf(sentence: string, vetoed: boolean): VoteOutcome | null {
  if (vetoed) return 'not_adopted';
  if (
    /\b(?:failed|fails|went down|rejected|not (?:be(?:en)? )?(?:adopted|approved|passed)|(?:adopted|approved|passed) nothing|was defeated|fell|fallen|blocked|did not pass|failure|unable to (?:adopt|pass)|voted down)\b/iu.test(
      sentence,
    ) ||
    SHORT_OF_MAJORITY_IN.test(sentence)
  )
    return 'not_adopted';
  if (
    RESOLUTION_OF_DAY.test(sentence) ||
    ASSEMBLY_ACTED_IN.test(sentence) ||
    WON_SUPPORT_AT_BODY_IN.test(sentence) ||
    BODY_VOTED_FOR.test(sentence) ||
    BODY_VOTED_TO.test(sentence) ||
    /\b(?:adopted|passed|approved|endorsed)\b|\bvoted (?:[\w-]+ )?to (?:adopt|approve|pass|send|demand|extend|call|condemn|establish|authori[sz]e)\b/iu.test(
      sentence,
    )
  )
    return 'adopted';
  return null;
}

// A meeting a story's lead tells: "met on Tuesday to discuss", "convened", "in session".
const LEAD_MEETING = /\b(?:met|meets?|meeting|discuss\w*|debat\w*|convene\w*|session)\b/iu;
// A full stop inside the words of a subject: an abbreviation's ("Dec. 5", "U.N.", "Mr. Ruiz", "St. Petersburg"), not
// one that ends the sentence.
// A month cut short with a full stop ("Dec.", "Sept."); not May, whose name is whole.
const MONTH_CUT = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const INNER_DOT = String.raw`(?<=\b(?:\p{Lu}|${MONTH_CUT}|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Pres|No|vs))\.(?=\s*[\p{Ll}\d(]|\p{Lu}\.)|\.(?=\d)|(?<=\b(?:${MONTH_CUT}|U\.S|U\.N))\.(?=\s*$)`;
// What was voted on: "a resolution demanding ...", "the French draft ...", up to the end of its clause.
const SUBJECT = new RegExp(
  String.raw`\b((?:a |the )?(?:(?:French|Russian|Egyptian|New Zealand|Canadian|British|U\.S\.|American|non-?binding|binding|draft)[- ])*(?:draft )?(?:resolution|text|draft)\b(?:[^.;]|${INNER_DOT}){0,160})`,
  'iu',
);

// Where the words of what was voted on end and the sentence goes on about the vote: its count ("by 122 votes to 13",
// "with 11 votes in favour", "in a recorded vote of"), its verb ("was adopted", ", which won 11 votes", "received",
// "failed", "put the draft to a vote", a vote on it "was expected"), or a clause joined on (", and the minister said ...", ", after Russia vetoed
// ...", ", when the vote was 11 to 3", ", with Angola abstaining"), an attribution among them (", diplomats in New
// York said", ", she added"; not a relative clause's ", which diplomats said would ...", nor its "which could be put to
// a vote").
const SUBJECT_TAIL = new RegExp(
  String.raw`,?\s+(?:by|with) (?:a (?:recorded )?vote of |only |just )?${NUMBER}\b|,?\s+in a recorded vote\b|,\s+which (?:was |were )?(?:won|received|got|passed|failed|fell|drew|garnered|adopted)\b|\s+(?:was|were|had been|has been) (?:[\w-]+ )?(?:adopted|passed|vetoed|blocked|approved|rejected|defeated|supported by|backed by|endorsed by)\b(?<!\b(?:that|which|who) (?:was|were|had been|has been) (?:[\w-]+ )?\w+)|\s+(?:then )?(?:won|received|got|failed|fell|drew|garnered)\b|\s+(?:is|was) (?:expected|due|scheduled)\b(?<!\b(?:which|that) (?:is|was) \w+)|,\s+(?:and|but|while|although|though|after|when|as|with|saying)\b|,\s+(?!(?:which|that|who|whom|whose)\b)(?:[\p{L}.'’-]+\s+){1,6}?(?:${SAYING_VERB_FORMS})\b|(?<!\b(?:which|that|who)(?:\s[^,]*)?)\s+(?:(?:which|that) (?:is|was) )?(?:(?:is|was|could be|will be) )?(?:(?:due|expected|set) )?(?:to be )?(?:put )?to (?:a|the) vote\b(?<!\b(?:come|comes|came|coming|go|goes|went|bring|brought) to (?:a|the) vote)`,
  'u',
);

// The day or place of the vote, not of the text ("Resolution in New York on Monday", "a draft resolution on December 5
// that would have ...", "last Monday", "on Oct. 4, 2011, Feb. 4, 2012", a local time after it in brackets): left out
// wherever it stands in the subject.
const SUBJECT_DAY = String.raw`(?:(?:${WEEKDAYS.join('|')})(?: (?:morning|afternoon|evening|night))?(?: (?:last|this|next) week)?|(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}|${MONTH} \d{1,2}(?:st|nd|rd|th)?)(?:,? \d{4})?`;
const SUBJECT_WHEN = new RegExp(
  String.raw`\s+(?:in New York|(?:on|last) ${SUBJECT_DAY}(?:,? (?:and )?${SUBJECT_DAY})*(?: (?:this|last) year)?(?:\s*\([^()]{1,40}\))?)(?=[\s,]|$)`,
  'gu',
);

/** "a resolution demanding ...", "a draft calling for ...": what was voted on, in the article's words (up to SUBJECT_TAIL). */
function subjectOf(sentence: string): string | null {
  const match = SUBJECT.exec(sentence);
  if (!match) return null;
  const whole = match[1] as string;
  // A verb or a conjunction the cut leaves dangling ("A resolution adopted", "had", "and") goes with the tail.
  const words = whole
    .slice(0, SUBJECT_TAIL.exec(whole)?.index)
    .replace(SUBJECT_WHEN, '')
    .replace(/(?:[,\s]+(?:adopted|passed|approved|had|has|was|were|then|and|but))+$/u, '')
    .replace(/[,\s]+$/u, '')
    .trim();
  return words.length >= 3 ? words[0]?.toUpperCase() + words.slice(1) : null;
}

/** The note a vote told in the historic present carries, its day the weekday last past (read by event-extractor.ts). */
export const HISTORIC_PRESENT_NOTE = 'a vote told as taken: the weekday last past (historic present)';

/** Each voting body by the name a title gives it ("Vote in the General Assembly", "Veto: Norland in the Security Council"). */
export const BODY_NAME: Record<VoteBody, string> = { security_council: 'Security Council', general_assembly: 'General Assembly' };

/** The body named nearest the vote's words in a sentence (the last one before them, else the first after). */
function bodyNear(sentence: string, anchor: number): VoteBody | null {
  const found: { index: number; body: VoteBody }[] = [];
  for (const [pattern, body] of BODY_WORDS) for (const m of sentence.matchAll(pattern)) found.push({ index: m.index, body });
  if (found.length === 0) return null;
  const before = found.filter((f) => f.index <= anchor).sort((a, b) => b.index - a.index)[0];
  return (before ?? found.sort((a, b) => a.index - b.index)[0])?.body ?? null;
}

export function extractVotes(article: ArticleAnalysis): ExtractedVote[] {
  const { text, publishedOn, gazetteer } = article;
  const codeOf = (id: string) => gazetteer.actors.get(id)?.country_code ?? null;
  const stateByCode = new Map(
    [...gazetteer.actors.values()].filter((a) => a.kind === 'state' && a.country_code).map((a) => [a.country_code as string, a.id]),
  );
  const capitals: Mention[] = [];
  for (const [capital, code] of Object.entries(CAPITALS)) {
    const id = stateByCode.get(code);
    if (!id) continue;
    for (const m of text.matchAll(new RegExp(`\\b${capital}\\b`, 'gu')))
      capitals.push({ start: m.index, end: m.index + capital.length, text: capital, domain: 'actor', id, kind: 'state', via: 'alias' });
  }
  // "the Russian Federation", as UN documents name it: the alias "Russian" and the word after it are one name.
  const states = [...article.actorMentions.filter((m) => m.kind === 'state'), ...capitals]
    .map((m) => (/^ Federation\b/u.test(text.slice(m.end, m.end + 11)) ? { ...m, end: m.end + 11 } : m))
    .sort((a, b) => a.start - b.start);
  const outsideQuotes = (span: Span) => !article.quotations.some((q) => contains(q, span));
  const blankedText = blankVetoRecords(text);
  // The writer's report, not a speaker's words: a sentence mostly inside quotation marks is a statement.
  const writersOwn = (sentence: Span) =>
    article.quotations
      .filter((q) => overlaps(q, sentence))
      .reduce((n, q) => n + (Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start)), 0) <=
    (sentence.end - sentence.start) / 2;
  // The sentence with its quotations blanked out.
  const writersWords = (sentence: Segment) =>
    article.quotations
      .filter((q) => overlaps(q, sentence))
      .reduce(
        (words, q) =>
          words.slice(0, Math.max(0, q.start - sentence.start)) +
          ' '.repeat(Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start)) +
          words.slice(Math.min(sentence.end, q.end) - sentence.start),
        sentence.text,
      );
  // A country name no known state answers to (ISO 3166 English names, i18n-iso-countries): a new state's id.
  const newMembers = new Map<string, { name: string; countryCode: string }>();
  const newMember = (name: string): string | null => {
    const code = isoStateCode(name.replace(/^the\s+/iu, ''), { capitals: true });
    if (!code || stateByCode.has(code)) return null;
    const id = slugOf(name);
    if (gazetteer.actors.has(id) || id.length < 2) return null;
    if (!newMembers.has(id)) newMembers.set(id, { name: name.replace(/^the\s+/iu, ''), countryCode: code });
    return id;
  };
  const votes: ExtractedVote[] = [];
  // (s54) A vote told right after one of the same body that the text gives no day yet: "... Russia vetoed ... A rival
  // Russian text that made no mention of the bombing then failed". Where the ledger later dates the first
  // (dateByKnownVote), the second, of the same sitting, takes its day too.
  const toldAfterUndated = new Map<ExtractedVote, ExtractedVote>();
  // (s65) The day of a vote counted "N days after" the vote the clause before tells: that vote, and the days apart.
  const countedOnVote = new Map<When, { from: ExtractedVote; days: number }>();
  // The sides a vote's sentences list ("with A and B abstaining"), where the tally takes its count from them.
  const listedOf = new Map<ExtractedVote, Listed>();
  const sidingsOf = new Map<ExtractedVote, [string, string][]>();
  let lastBody: VoteBody | null = null;
  const sentences: Segment[] = article.paragraphs.flatMap((p) => splitSentences(text, p)).flatMap(anotherTextClauses);
  // A briefing transcript or other document printed after its day counts its "yesterday" from that day: the article's
  // date mentions already say so (findArticleDateMentions, one home for the rule).
  const dateMentions = resolveCountedFromBefore(article.dateMentions);
  const paragraphOf = (span: Span) => article.paragraphs.findIndex((p) => contains(p, span));
  // The text of the sentence before, when it stands in the same paragraph ('' if none): an undated "It was carried" reads it.
  const textBeforeInParagraph = (index: number, sentence: Segment) => {
    const before = sentences[index - 1];
    return before && paragraphOf(before) === paragraphOf(sentence) ? before.text : '';
  };
  // The members whose veto a text that "failed the same way" shares (TEXT_SAME_FATE): those of the nearest sentence
  // before it, in its paragraph or the one before, that tells of a vote, where that sentence names a veto's casters,
  // a record's too ("Ostria alone had used its veto twice before. A Norlandic text failed the same way in May");
  // none where it tells a text's votes without a veto ("The draft won only five votes. A second text went the same
  // way"); with no such sentence near, those of the veto the article told last.
  const sameFateVetoers = (index: number): string[] => {
    const paragraph = paragraphOf(sentences[index] as Segment);
    for (const before of sentences.slice(0, index).reverse()) {
      if (paragraph - paragraphOf(before) > 1) break;
      if (!VOTE_WORDS.test(before.text) || !writersOwn(before)) continue;
      const named = states.filter((st) => contains(before, st) && outsideQuotes(st));
      return memberPositions(text, before, named).flatMap((p) => (p.veto ? [p.member] : []));
    }
    const last = votes.findLast((v) => v.positions.some((p) => p.veto));
    return last ? vetoersOf(last) : [];
  };
  // The day of the happening a clause opens on (daysAfterSubject): a vote or a voting body ("The vote came", "The
  // Assembly acted") is the latest vote the text dated; any other happening ("The meeting came") the day of the last
  // sentence before that names it by the same noun with a day.
  const subjectDay = (noun: string, before: number): When | null => {
    if (VOTE_SUBJECT.test(noun)) {
      const body = bodyNear(`the ${noun}`, 0);
      return (
        votes.findLast(
          (v) => (!body || v.body === body) && v.voted.precision === 'day' && v.voted.basis !== 'publication' && v.outcome !== 'pending',
        )?.voted ?? null
      );
    }
    const word = noun.toLowerCase();
    for (const earlier of sentences.slice(0, before).reverse()) {
      const words = earlier.text.toLowerCase().split(/[^\p{L}-]+/u);
      if (!words.includes(word) && !words.includes(`${word}s`)) continue;
      const day = dateMentions.find((d) => contains(earlier, d) && isDayPoint(d));
      if (day) return day.when;
    }
    // "The statement came a day after ...", named nowhere with a day: the speaking the lead reports is the story's.
    return SPEAKING_OCCASION.test(word) ? leadSpeakingDay() : null;
  };
  // The day a news story's first paragraph of prose gives the body's doing, where no vote word dates it ("Canada led
  // the United Nations General Assembly on Friday in demanding an immediate ceasefire ... The non-binding resolution
  // ... passed by a recorded vote of 122 in favour to 13 against"): the day of the story's vote of that body told
  // after it with no day of its own, rather than the article's. A day of the week before the article, outside quotes.
  const leadWeekBefore = addDays(publishedOn, -7);
  const leadBodyDay = (body: VoteBody, before: Span): When | null => {
    const first = article.paragraphs[Math.min(...leadParagraphs)];
    if (!first || first.start >= before.start) return null;
    const names = body === 'general_assembly' ? /\b(?:General\s+)?Assembly\b/u : /\bSecurity\s+Council\b/u;
    for (const sentence of splitSentences(text, first)) {
      // A meeting the lead tells ("met on Tuesday to discuss") is no vote's day: the vote may have come after it.
      if (!names.test(sentence.text) || LEAD_MEETING.test(sentence.text)) continue;
      const day = dateMentions.find(
        (d) =>
          contains(sentence, d) &&
          isDayPoint(d) &&
          d.when.basis !== 'publication' &&
          (d.when.date as string) < publishedOn &&
          (d.when.date as string) >= leadWeekBefore &&
          outsideQuotes(d),
      );
      if (day)
        return {
          ...day.when,
          note: `Undated; the day the story's first paragraph gives the body ("${day.text}": ${day.when.note ?? day.when.date})`,
        };
    }
    return null;
  };
  // The day of the speaking a news story leads with ("The Ministry ... on Sunday expressed serious concern", "...,
  // the minister told journalists on Friday."): the first day before the article's own in its first paragraph of
  // prose, in a sentence with a verb of speaking (a dateline prints the article's day, so it is passed over).
  const leadSpeakingDay = (): When | null => {
    const first = article.paragraphs[Math.min(...leadParagraphs)];
    if (!first) return null;
    const spoken = splitSentences(text, first).filter((s) => findSpeechVerbs(text, s, article.quotations).length > 0);
    // (s44) The article's own day too where the words give it, past the dateline ("BEIRUT, Dec 7 (Wire) - More than 20
    // aid groups said in a joint statement on Wednesday").
    const pastDateline = article.dateline?.to ?? -1;
    const day = dateMentions.find(
      (d) =>
        spoken.some((s) => contains(s, d)) &&
        isDayPoint(d) &&
        ((d.when.date as string) < publishedOn || (d.when.date === publishedOn && pastDateline >= 0 && d.start >= pastDateline)) &&
        outsideQuotes(d),
    );
    return day ? { ...day.when, note: `the day the lead gives its speaking (${day.when.note ?? day.when.date})` } : null;
  };
  // `body`: the body of a sentence that only sets the scene (a meeting or debate, no vote of its own, nothing to come),
  // which may date the vote told at the start of the next paragraph.
  // `anew`: the sentence brings in a text of its own or is a day alone ("On Friday it did."), so the vote after it is
  // not the one told before it in the paragraph.
  // `from`: the date mention whose own reading `when` is, where it is one (a weekday read as ahead may be read again).
  let sceneDate: {
    paragraph: number;
    sentence: number;
    when: When | null;
    from?: DateMention | null;
    body?: VoteBody | null;
    anew?: boolean;
  } = {
    paragraph: -1,
    sentence: -1,
    when: null,
  };
  let anotherText: number | null = null;
  // Every sentence that dates a vote of a body without being one the rules record (leadDay says why it is kept).
  const bodyVoteDays: BodyVoteDay[] = [];
  // A news story's lead, its first two paragraphs of prose (not the headline, byline or dateline lines): the votes it
  // dates are the story's news; where they fall on one day for a body, that day dates the body's votes told later with
  // no day of their own ("Russia vetoed a French text on Saturday ... The Russian draft won only four votes"), not
  // a text adopted without a vote (other business, maybe of the article's day).
  const leadVoteDays: BodyVoteDay[] = [];
  const leadParagraphs = new Set(article.paragraphs.flatMap((paragraph, p) => (HEADING.test(paragraph.text) ? [] : [p])).slice(0, 2));
  // A heading that opens on a date ("October 8: a French draft, and Russia's fifth veto") dates the undated votes of
  // the section under it, up to the next heading.
  const sectionDates = article.paragraphs.map((paragraph) => {
    const words = text.slice(paragraph.start, paragraph.end);
    if (!HEADING.test(words)) return undefined;
    // Or a heading that is only a date, as chronologies print them ("Monday, December 19").
    const dateOnly = isNumberedDayHeading(words);
    const opening = dateMentions.find(
      (d) =>
        ((d.start === paragraph.start && /^\s*:/u.test(text.slice(d.end, d.end + 2))) || (dateOnly && contains(paragraph, d))) &&
        d.when.precision === 'day' &&
        d.kind === 'point',
    );
    return opening ? opening.when : null;
  });
  // Headings stacked one under another with no prose between are one heading, as a programme of meetings prints a
  // day, then the body, the meeting and the item ("Thursday, 16 March" / "General Assembly" / "Item 40"): the nearest
  // day of the stack dates the section. Not the document's own first dated line (a release's date under its headline,
  // above a contact line), which dates the document, not a section of it.
  const documentDate = sectionDates.findIndex((d) => !!d);
  // A full date alone on its line, the article's own day and the only dated line of its kind, is the story's date line
  // ("By DISPATCH FOREIGN DESK and Agencies / Monday, October 10, 2016"), not a timeline's section: the votes under it
  // are dated by what the story says ("Russia on Saturday vetoed ...").
  const datedHeadings = sectionDates.filter((d) => !!d) as When[];
  if (
    datedHeadings.length === 1 &&
    datedHeadings[0]?.date === publishedOn &&
    isNumberedDayHeading(article.paragraphs[documentDate]?.text ?? '') &&
    // (s60) With its time after the year too: "Tuesday, December 20, 2016, 06:45".
    /\b\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|CET|UTC))?)?\s*$/iu.test(
      article.paragraphs[documentDate]?.text ?? '',
    )
  )
    sectionDates[documentDate] = null;
  const sectionDateOf = (span: Span): When | null => {
    for (let p = paragraphOf(span) - 1; p >= 0; p--) {
      const heading = sectionDates[p];
      if (heading !== undefined && heading !== null) return heading;
      if (heading === undefined) continue;
      for (let q = p - 1; q >= 0 && sectionDates[q] !== undefined; q--)
        if (sectionDates[q]) return q === documentDate ? null : (sectionDates[q] as When);
      return null;
    }
    return null;
  };
  const otherShortNames = shortNamesOfOtherBodies(text);
  let otherTopic = false;
  const bodiesNamed = new Set(
    sentences
      .filter((s) => !otherShortNames.some((o) => contains(s, o)))
      .map((s) => bodyNear(s.text, 0))
      .filter((b) => b !== null),
  );
  const soleBody = bodiesNamed.size === 1 ? ([...bodiesNamed][0] as VoteBody) : null;
  // "In favour: A, B, C." paragraphs, the recorded vote as UN meetings coverage prints it, or a label on a line of its
  // own with the members on the next ("In favour:\nEgypt, France"), as a verbatim record prints it: read after the loop.
  const recorded = recordedListSpans(article.paragraphs);
  // Where the members' lists begin: a sentence that ends the paragraph before them announces the vote they record
  // ("A vote was taken by show of hands.").
  const listsAfter = new Set(recorded.map((list) => paragraphOf(list) - 1));
  const day = recordDay(article);
  for (const [index, sentence] of sentences.entries()) {
    // The headline is no record, but the body it names is the story's ("Assembly rebukes Damascus ...").
    if (isTitle(article, sentence)) {
      lastBody = bodyNear(sentence.text, 0) ?? lastBody;
      continue;
    }
    if (recorded.some((p) => contains(p, sentence))) continue;
    // The sentence with its quotations blanked, read once for every rule below.
    const writers = writersWords(sentence);
    // The first vote word in the writer's words: "drafted to be vetoed" inside a quotation is somebody's phrase.
    // "the first vote since Oct. 8, when Russia vetoed a French text": the vote the when-clause tells of, which the
    // day before "when" dates; the vote the sentence opens on is one told before it.
    // A veto record in the sentence says nothing of this vote (unless it names this vote by its day): its words are
    // no vote word, and its members are read in `recordless`, where it is blanked.
    const recordless = LAST_OF_THEM.test(writers) ? text : blankedText;
    const ownVoteWords = [...sentence.text.matchAll(VOTE_WORDS_ALL)].filter(
      (m) =>
        outsideQuotes({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }) &&
        // (s52) "said the French text could not be adopted as written": a judgement of a text, no vote.
        !NEGATED_MODAL_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 30), m.index)) &&
        recordless.slice(sentence.start + m.index, sentence.start + m.index + m[0].length).trim() !== '',
    );
    const whenClause = SINCE_WHEN.exec(sentence.text);
    // "A week after the Council's veto, the Assembly adopted ...": a vote that only times the main clause, which
    // tells a vote of its own (FRONTED_TIMING).
    const timing = FRONTED_TIMING.exec(sentence.text);
    const follows = VOTE_FOLLOWS.exec(sentence.text);
    const voteWord =
      (whenClause ? ownVoteWords.find((m) => m.index >= whenClause.index + whenClause[0].length) : undefined) ??
      (timing ? ownVoteWords.find((m) => m.index >= timing[0].length) : undefined) ??
      // (s64) "The vote came after the Security Council, on Monday, unanimously adopted resolution 2328": the vote the
      // after-clause tells, with its own day, not the vote the sentence opens on (told before it).
      (follows ? ownVoteWords.find((m) => m.index >= follows[0].length) : undefined) ??
      ownVoteWords[0] ??
      null;
    // A dated sentence about a body's meeting, a draft or a vote taken ("The council voted on two drafts on Saturday",
    // "met on Monday to vote on a text") dates the vote that the next sentence reports.
    // So does one that only dates the vote ("The vote took place on Saturday.") before the sentence that reports it.
    // So does one that names the vote by its day ("We regret yesterday's vote in the Security Council.").
    const votesDay = DATED_VOTE.exec(sentence.text);
    // With no vote word: a text brought in, or a day alone ("On Friday it did."), sets the scene for the next vote. So
    // does a member's vote on a text it brings in, naming no body ("On 5 December, Norland voted for a draft by three
    // members. Russia vetoed it.").
    const brought = TEXT_BROUGHT.exec(sentence.text);
    // The body the sentence names, read from its start: a scene's body.
    const sceneBody = bodyNear(sentence.text, 0);
    const newScene = voteWord
      ? !!brought &&
        !/^the\b/iu.test(brought[0]) &&
        !sceneBody &&
        dateMentions.some((d) => contains(sentence, d) && d.when.precision === 'day')
      : !!brought || BRIEF_DAY.test(sentence.text.trim());
    // The day of a speech to the body, named right after it ("addressed the Assembly on Tuesday").
    const spoke = SPOKE_TO_BODY.exec(sentence.text);
    const spokeAt = spoke ? sentence.start + spoke.index + spoke[0].length : -1;
    const spokeDay = spoke
      ? dateMentions.find((d) => d.start >= spokeAt && /^\s*(?:on\s+)?$/u.test(text.slice(spokeAt, d.start)) && isDayPoint(d))
      : undefined;
    const meets =
      /\b(?:met|meets|meeting|session|convened|convenes|debated?|debating|discussed|took up|considered|drafts?|resolutions?|vot(?:e|ed|ing)|agreed?\s+on)\b/iu.test(
        sentence.text,
      );
    if (
      ((!voteWord || SETS_THE_SCENE.test(sentence.text)) && (meets || !!spokeDay) && sceneBody) ||
      (!voteWord && sceneBody && DAY_THEN_BODY.test(sentence.text)) ||
      newScene ||
      DATES_THE_VOTE.test(sentence.text) ||
      votesDay
    ) {
      const dayOf = (d: DateMention) => d.when.date !== null && d.when.precision === 'day' && d.kind === 'point' && !pieceOn(text, d);
      const textNamed = TEXT_OR_VOTE.exec(sentence.text);
      const textAt = textNamed ? sentence.start + textNamed.index : -1;
      // (s61) A day a clause of time ties to a vote sets the scene over another the sentence names ("Monday's vote was
      // a chance to repair the damage done on October 8, when Egypt voted for two rival drafts. Russia vetoed the
      // French text"): the next sentence tells that vote.
      const whenVoted = dateMentions.find(
        (d) => contains(sentence, d) && dayOf(d) && WHEN_VOTED_AFTER.test(text.slice(d.end, sentence.end)),
      );
      const own =
        whenVoted ??
        (votesDay
          ? dateMentions.find(
              (d) =>
                overlaps(d, { start: sentence.start + votesDay.index, end: sentence.start + votesDay.index + votesDay[0].length }) &&
                dayOf(d),
            )
          : !meets && spokeDay
            ? spokeDay
            : // The day after the text or vote named, in its clause, as a vote's own day is read ("a question put on
              // Saturday about the adoption of a text at the Assembly on Wednesday"), else the sentence's first.
              (dateMentions.find(
                (d) =>
                  textAt >= 0 && d.start >= textAt && contains(sentence, d) && dayOf(d) && !CLAUSE_BREAK.test(text.slice(textAt, d.start)),
              ) ?? dateMentions.find((d) => contains(sentence, d) && dayOf(d))));
      // "Less than an hour later the council voted on the Russian text.": the day of the vote told before it.
      const sameDay =
        own || !SAME_DAY.test(sentence.text)
          ? undefined
          : votes.findLast((v) => v.voted.basis !== 'publication' && v.voted.precision === 'day');
      if (own && sceneBody && outsideQuotes(own) && !NOT_YET.test(sentence.text) && TEXT_OR_VOTE.test(sentence.text))
        bodyVoteDays.push({ body: sceneBody, when: own.when, sentence: index });
      // With no day of its own, a scene goes on in the day of the scene set just before it in the paragraph, as a
      // chronology's entry opens on its day alone ("8 October. The council voted on two drafts. A French text was vetoed").
      const goesOn = sceneDate.sentence === index - 1 && sceneDate.paragraph === paragraphOf(sentence) ? sceneDate : null;
      sceneDate = {
        paragraph: paragraphOf(sentence),
        sentence: index,
        anew: newScene && !sceneBody,
        body: !voteWord && !NOT_YET.test(sentence.text) ? sceneBody : null,
        when:
          own?.when ??
          (sameDay
            ? { ...sameDay.voted, note: `"${SAME_DAY.exec(sentence.text)?.[0]}": the day of the vote told before it` }
            : (goesOn?.when ?? null)),
        from: own ?? (sameDay ? null : goesOn?.from),
      };
    }
    const anchor = voteWord?.index ?? 0;
    // "The Council will vote on Monday" after "the Human Rights Council" is that council: its short name is blanked.
    const shortOther = otherShortNames.filter((o) => contains(sentence, o));
    // (s34) A body named only in a veto record ("Norland, which has cast four Security Council vetoes since 2013,
    // voted against") is the record's, not the sentence's: its words are blanked too.
    const bodyWords = shortOther.reduce(
      (words, o) => words.slice(0, o.start - sentence.start) + ' '.repeat(o.end - o.start) + words.slice(o.end - sentence.start),
      recordless.slice(sentence.start, sentence.end),
    );
    const named = bodyNear(bodyWords, anchor) ?? (COUNCIL_RESOLUTION.test(sentence.text) ? 'security_council' : null);
    // A sentence about another body, naming no UN body: the story has moved to that body.
    const aboutOther = !named && (shortOther.length > 0 || otherBodyVotes(writers));
    if (named) {
      lastBody = named;
      otherTopic = false;
    } else if (aboutOther) otherTopic = true;
    // A correction's account of what an earlier version wrongly said is no vote told.
    if (!voteWord || !writersOwn(sentence) || EARLIER_VERSION.test(sentence.text) || PIECE_SAID.test(sentence.text)) continue;
    // "would meet a Russian veto, as it did on 22 May 2014": what would happen again, reported as having happened.
    // A tally is a count taken: "despite fears of a veto, the text passed 13-0" reports a vote.
    // The writer's count: "a shameful one for this council" inside a quotation counts nobody.
    const counts = statedTally(writers);
    const countTaken = counts.yes !== null || !!counts.no || !!counts.abstain;
    // (s44) "The vote follows two failed attempts this year.": the vote told before, as what follows others, its only
    // vote word the noun it opens on; no vote of its own.
    if (ownVoteWords.length === 1 && VOTE_FOLLOWS.test(writers) && !countTaken) continue;
    if (THREAT.test(writers) && !THREAT_CARRIED_OUT.test(sentence.text) && !countTaken && !voteBesideThreat(writers)) continue;
    // Judged in the clause of the vote's words: "On Monday Russia was obliged to vote against a text, and we will vote
    // against this one" reports Monday's vote; the vote to come is another clause's.
    const clause = clauseAt(sentence.text, voteWord.index);
    // (s44) Not a vote put off in a clause of time after it: "The council adopted resolution 2328 unanimously on Monday,
    // after ... a vote planned for that day was put off."
    if (VOTE_PUT_OFF.test(clause.split(TIMED_AFTER_COMMA)[0] ?? clause) && !countTaken) continue;
    const pending = NOT_YET.test(clause) && !AS_BEFORE.test(sentence.text) && !countTaken;
    const positions = pending
      ? []
      : memberPositions(
          recordless,
          sentence,
          states.filter((s) => contains(sentence, s) && outsideQuotes(s)),
        );
    // (s44) "Russia, backed by China, vetoed a call for a seven-day truce": a permanent member backing a veto, in the
    // commas of the one casting it, cast one too (a veto is a permanent member's "no"; one that abstained is not written
    // so). A member that is not permanent only voted against, which the text does not say: nothing is set for it.
    for (const caster of positions.filter((p) => p.veto)) {
      const mentions = states.filter((s) => s.id === caster.member && contains(sentence, s));
      for (const m of states) {
        if (!contains(sentence, m) || !PERMANENT.has(codeOf(m.id) ?? '') || positions.some((p) => p.member === m.id)) continue;
        const backed = mentions.some(
          (c) => c.end <= m.start && /^,\s+(?:backed|supported) by\s+(?:the\s+)?$/u.test(text.slice(c.end, m.start)),
        );
        if (backed && /^\s*,/u.test(text.slice(m.end))) positions.push({ member: m.id, position: 'no', veto: true });
      }
    }
    // "Venezuela voted with Russia", "with Venezuela again siding with Moscow": the one siding, and the one it sided with.
    const sided: [string, string][] = [];
    if (!pending)
      for (const m of writers.matchAll(SIDING)) {
        const idAt = (group: number) => {
          const name = m[group] as string;
          const start = sentence.start + (m.index as number) + (m[0] as string).indexOf(name, group === 2 ? (m[1] as string).length : 0);
          const at = { start, end: start + name.length };
          return states.find((st) => overlaps(st, at))?.id ?? newMember(name);
        };
        const [who, withWhom] = [idAt(1), idAt(2)];
        if (who && withWhom && who !== withWhom) sided.push([who, withWhom]);
      }
    // Members the gazetteer does not know, named on a side by their country names ("Angola abstained", "with Senegal
    // and Uruguay abstaining"): new states, proposed as extracted actors with the draft.
    if (!pending) {
      // (s34) A dateline is no part of the lead's clause: "New Delhi, Dec 10 (Agency) India on Friday abstained",
      // "UNITED NATIONS — Norland abstained": a member named first after it opens its clause.
      const paragraph = article.paragraphs[paragraphOf(sentence)];
      const dash = paragraph ? dashDateline(paragraph) : null;
      const headEnd = Math.max(article.dateline?.to ?? -1, dash ? dash.body : -1);
      const own0 = headEnd > sentence.start && headEnd < sentence.end ? writers.slice(headEnd - sentence.start).trimStart() : writers;
      const sides = namedSides(own0);
      const listedNow = listedSides(own0);
      const add = (name: string, position: Position) => {
        const member = newMember(name);
        if (member && !positions.some((p) => p.member === member)) positions.push({ member, position, veto: false });
      };
      for (const key of ['yes', 'no', 'abstain'] as const) for (const name of sides[key]) add(name, key);
      for (const key of ['no', 'abstain'] as const) for (const name of listedNow[key] ?? []) add(name.name, key);
      for (const { name, position } of membersOwnVotes(own0)) add(name, position);
    }
    // "On 19 December the pair vetoed a third text": the members who cast the last veto the article told of, when
    // the sentence names none of its own and those were two or more.
    if (!pending && !positions.some((p) => p.veto)) {
      const pair = BACK_REFERENCE.exec(writers);
      const before = votes.findLast((v) => v.positions.some((p) => p.veto));
      const casters = before?.positions.filter((p) => p.veto) ?? [];
      if (pair && casters.length >= 2 && !(/pair|two/iu.test(pair[1] as string) && casters.length !== 2))
        for (const p of casters) if (!positions.some((q) => q.member === p.member)) positions.push({ ...p });
    }
    // "Ostria, which chairs the panel, stayed away. Last week it had vetoed the harbour text, together with China": a
    // singular "it" casting a veto is the permanent member the sentence before, in its paragraph, opens on, and one
    // named after "together with" or "along with" shares that veto.
    if (!pending && !positions.some((p) => p.veto) && IT_VETOED.test(writers)) {
      const previous = sentences[index - 1];
      const opener =
        previous && paragraphOf(previous) === paragraphOf(sentence)
          ? states.find((m) => contains(previous, m) && /^(?:[^,]{0,25},\s*)?(?:the\s+)?$/iu.test(text.slice(previous.start, m.start)))
          : undefined;
      if (opener && PERMANENT.has(codeOf(opener.id) ?? '')) {
        positions.push({ member: opener.id, position: 'no', veto: true });
        for (const m of states)
          if (
            contains(sentence, m) &&
            /\b(?:together|along) with\s+(?:the\s+)?$/iu.test(text.slice(Math.max(sentence.start, m.start - 20), m.start))
          )
            if (PERMANENT.has(codeOf(m.id) ?? '') && !positions.some((p) => p.member === m.id))
              positions.push({ member: m.id, position: 'no', veto: true });
      }
    }
    // (Not a text whose own count falls short of the council's nine: it failed on that count, with no veto.)
    if (!pending && !positions.some((p) => p.veto) && TEXT_SAME_FATE_IN.test(writers) && !shortOfNine(counts.yes))
      for (const member of sameFateVetoers(index)) positions.push({ member, position: 'no', veto: true });
    // Only the Security Council has vetoes: "Russia vetoed a resolution" needs no body named.
    // Named nowhere before: the body the next sentences name ("... voted against. The 15-member council ...").
    const ahead = () =>
      sentences
        .slice(index + 1, index + 4)
        .filter((s) => paragraphOf(s) - paragraphOf(sentence) <= 1)
        .map((s) => bodyNear(s.text, 0))
        .find((b) => b !== null) ?? null;
    // The writer's words: a veto inside a quotation ("drafted to be vetoed") is somebody's phrase, not a report of one;
    // `own` blanks a veto record too ("after six Russian vetoes"), `told` keeps it for the rules that read the record.
    const told = writers;
    const own = recordless === text ? told : blankVetoRecords(told);
    // A veto denied is none: "the General Assembly, where no country has a veto, demanded ..." is no council vote.
    const vetoSaid = /\bveto/iu.test(own.replace(NO_VETO, ' ')) || positions.some((p) => p.veto);
    // No body in the sentence, before it or just after it: the only one the article names anywhere, where it names one.
    // Not when the sentence names a body of another kind ("the harbour committee voted 9-4").
    const otherBody = /\b(?:Council|Committee|Commission|Board|Parliament|Senate|Congress|House|Assembly|Conference)\b/u;
    const elsewhere = /\b(?:committee|commission|board|parliament|senate|congress|house|conference|cabinet|council of)\b/iu;
    // Another body's vote ("the Human Rights Council adopted a text by 24 votes to 7") is no UN vote, unless a veto
    // says it is the Security Council's.
    if (aboutOther && !vetoSaid) continue;
    // Nor the body the next sentences name, when this one names a body of another kind ("the Cabinet had approved the
    // donation at its meeting on Wednesday" before "Hours later, the General Assembly adopted ...").
    const context = named ?? (otherTopic ? null : (lastBody ?? (elsewhere.test(own) ? null : (ahead() ?? soleBody))));
    // A tally larger than the council's fifteen members is the Assembly's, whatever body was named before.
    const stated = counts;
    const counted = (stated.yes ?? 0) + (stated.no ?? 0) + (stated.abstain ?? 0);
    const namedBody = vetoSaid
      ? 'security_council'
      : !named && context === 'security_council' && counted > COUNCIL_SIZE
        ? 'general_assembly'
        : context;
    // No UN body named anywhere near: the count itself may say which ("4 votes to 9, with 2 abstentions" is the
    // council's fifteen; "short of the nine votes it needed" is the council's threshold), in an article about the UN or
    // a sentence about a draft, and when the sentence names no other body ("the city council voted 9-4").
    const councilByCount =
      ((stated.yes !== null && stated.no !== null && stated.abstain !== null && counted === COUNCIL_SIZE) || NINE_VOTES.test(own)) &&
      !ANY_BODY.test(own) &&
      (UN_NAMED.test(text) || /\b(?:resolution|draft)\b/iu.test(own));
    const voteBody =
      namedBody ??
      (counted > COUNCIL_SIZE && !otherBody.test(sentence.text) ? 'general_assembly' : councilByCount ? 'security_council' : null);
    if (!voteBody) continue;
    // "The motion, moved by the treasurer, ... It was carried unanimously.": a motion's vote is no UN vote (aboutAMotion).
    if (!named && !vetoSaid && aboutAMotion(own, textBeforeInParagraph(index, sentence))) continue;
    // The vote's date: the first after its words in the same clause ("was adopted ... on Tuesday"), else the nearest
    // before them ("On Oct. 8, Russia vetoed"); "since October 2011" dates a period, not a vote.
    const at = sentence.start + anchor;
    // "lined up on Sunday to condemn Russia's veto": the day of a reaction, not of the vote.
    // "since 8 October, when a French text was vetoed": the day the when-clause tells of, not a span to today.
    const sinceWhen = (d: DateMention): DateMention =>
      d.kind === 'span' && d.when.end === publishedOn && d.end <= at && /^,?\s+when\b/u.test(text.slice(d.end, d.end + 8))
        ? {
            ...d,
            kind: 'point',
            when: {
              date: d.when.date,
              precision: d.when.precision,
              basis: d.when.basis,
              note: `${d.when.note ?? d.text}; the day of the "when" clause after it`,
            },
          }
        : d;
    const dates = dateMentions.map(sinceWhen).filter(
      (d) =>
        !pieceOn(text, d) &&
        contains(sentence, d) &&
        d.when.date !== null &&
        !(d.kind === 'span' && d.when.end === publishedOn) &&
        // Unless an apposition counts the vote from that day ("said on 10 March, the day after the Assembly voted").
        !(d.end <= at && (REACTION.test(text.slice(d.end, at)) || spokenOn(text, d)) && !APPOSED_OFFSET.test(text.slice(d.end, at))) &&
        // "vetoed in the early hours of this morning, New Zealand time": the outlet's day, maybe a day after the vote's.
        !(onAnotherClock(text, d) && !UN_CLOCK.test(text.slice(d.end, d.end + 20)) && !lateInTheDay(text, d)) &&
        // "has asked every parish to ring its bells this Sunday, two days after the veto": the day of what was asked.
        !askedToDoOn(sentence, d, at) &&
        // A vote still to come is not dated by the day somebody spoke of it ("diplomats said on Saturday that ...").
        !(pending && spokenOn(text, d)) &&
        // "was in the studio on Monday, a few hours before the vote": a day before "before the vote" is the clause's it
        // times, not the vote's (a vote to come is dated after its words: "ahead of a vote expected on Friday").
        !(pending && d.end <= at && TIMED_BEFORE_THE_VOTE.test(text.slice(Math.max(0, at - 16), at))) &&
        // (s67) Nor by the day that names a text or veto already told ("the sponsors of Monday's draft ..., with a vote
        // expected as early as Friday"); not the vote's own day ("Friday's vote").
        !(pending && DAY_OF_A_TEXT_TOLD.test(text.slice(d.end, d.end + 40))) &&
        // (s66) "A rival draft, put to the vote the same Saturday, failed": a weekday "the same" points back to the day
        // told before (sameDayAs), not the weekday counted from the article's day.
        !sameWeekday(text, d),
    );
    // "after the veto of 5 December", "cast vetoes on December 5": a veto word with its day right after it is a veto
    // cast on that day, wherever the sentence's first vote word stands ("failed to adopt a draft after Russia and China
    // cast vetoes on December 5").
    const vetoDay = dates.find(
      (d) =>
        isDayPoint(d) &&
        VETO_ON_DAY.test(own.slice(Math.max(0, d.start - sentence.start - 100), d.start - sentence.start)) &&
        !/^['’]s\b/u.test(text.slice(d.end, d.end + 3)),
    );
    // "X said on Friday that ..., hours before the Assembly voted": the vote's clause set hours from the sentence's
    // main clause is of that clause's day, a remark's too.
    // Not a vote to come named by its noun ("on Monday, a few hours before the vote"): that day is the clause's it times.
    const hoursApart = pending
      ? undefined
      : dateMentions.findLast((d) => contains(sentence, d) && isDayPoint(d) && d.end <= at && HOURS_APART.test(text.slice(d.end, at)));
    // "..., the last of them on 5 December": the day that phrase gives.
    const lastOf = LAST_OF_THEM.exec(told);
    const lastOfAt = lastOf ? sentence.start + lastOf.index + lastOf[0].length : -1;
    // The vote named as what a reaction before its words is to ("regretted the failure of the Council to adopt").
    const reaction = REACTED_TO.test(text.slice(sentence.start, at));
    const foundAny =
      (lastOf ? dates.find((d) => d.start < lastOfAt && d.end >= lastOfAt - 2) : undefined) ??
      dates.find((d) => d.start >= at && !CLAUSE_BREAK.test(text.slice(at, d.start))) ??
      vetoDay ??
      dates.find((d) => isDayPoint(d) && DAY_BEFORE_VETO_VERB.test(text.slice(d.end, d.end + 40))) ??
      hoursApart ??
      countedFromMainClause(sentence, dateMentions, at, publishedOn) ??
      offsetFrom(dates.filter((d) => d.start < at).at(-1), text, at) ??
      // After the vote's words across a comma, not in a clause of its own ("before Putin's visit on 19 October"), nor
      // a remark's day in a clause joined on with its own subject ("Norland voted for the text, and the ministry said
      // yesterday ...": the vote may be of any day before), nor the day of the attribution closing a reaction whose
      // object is the vote ("Norland regretted the failure of the Council to adopt a text, its minister said on
      // Tuesday", "..., in a statement yesterday"): the reaction's.
      dates.find(
        (d) =>
          (!/\b(?:when|while|after|before|since|until|ahead of)\b/u.test(sidesClauseOut(text.slice(at, d.start))) ||
            // (s59) "abstained when the General Assembly adopted a Canadian-drafted resolution on Aleppo on December 9":
            // a clause of time that is the vote itself, told by its body, gives the vote's day.
            VOTE_AS_WHEN.test(sidesClauseOut(text.slice(at, d.start)))) &&
          // (s45) Nor the day a relative clause gives the start of something else ("The votes came as the government
          // pressed an offensive that began on September 22").
          !STARTED_IN_RELATIVE.test(text.slice(Math.max(at, d.start - 60), d.start)) &&
          !((text.slice(at, d.start).search(CLAUSE_JOINT) >= 0 || reaction) && spokenOn(text, d)),
      );
    // (s44) An "N days after" the text gave nothing to count from gives no day here: the rules below count it from the
    // happening the sentence opens on ("The appeal, signed by ..., came two days after Russia and China vetoed").
    // (s44) "Minutes later a rival Russian text went down too": hours or minutes from the vote told just before, on its
    // day, not from the last day the text named ("ended the way diplomats had predicted by Friday night").
    const voteJustBefore = votes.at(-1);
    const sameDayLater =
      foundAny?.kind === 'anchored' &&
      foundAny.offsetDays === 0 &&
      /^(?:(?:a few |some |just )?(?:minutes|hours|moments)|an hour|shortly)\b/iu.test(foundAny.text) &&
      voteJustBefore?.voted.precision === 'day' &&
      voteJustBefore.voted.basis !== 'publication' &&
      voteJustBefore.voted.date
        ? {
            ...foundAny,
            when: {
              ...voteJustBefore.voted,
              note: `"${foundAny.text}": the day of the vote told just before (${voteJustBefore.voted.note ?? voteJustBefore.voted.date})`,
            },
          }
        : null;
    const found = sameDayLater ?? (foundAny?.kind === 'anchored' && foundAny.when.date === null ? undefined : foundAny);
    // A vote to come "early next week": a week, no day yet (the vote is kept, its date unknown). A vote held "last
    // week" keeps the week's Monday, as before.
    const weekOnly =
      pending && found && found.kind === 'span' && found.when.end && found.when.end !== found.when.date && /\bweek\b/iu.test(found.text)
        ? {
            ...found,
            when: {
              date: null,
              precision: 'unknown',
              basis: 'relative',
              note: `"${found.text}" (${found.when.note ?? ''}): a week, no day`,
            } as When,
          }
        : undefined;
    const storyDay = dateMentions.findLast((d) => d.end <= sentence.start && isDayPoint(d));
    const daysAfter = daysAfterIn(sentence, dateMentions);
    // "..., four days after Russia blocked a draft": a clause cut from the vote before it (DAYS_APART_CLAUSE), counted
    // from that clause's day, or, where the clause gives none, from the day its vote was given ("The resolution was
    // adopted by 122 votes to 13, four days after ...", told undated after a lead that dates it).
    const daysAfterClauseBefore = () => {
      const before = sentences[index - 1];
      if (!daysAfter || daysAfter.start !== sentence.start || !before) return undefined;
      // (s63) "It came two weeks after Russia and China vetoed ..., and ten days after the General Assembly backed ...": a
      // second "N days after" joined on to an "It came" is counted from the same vote, the one the sentence before opens on.
      if (/^,\s+and\s+$/u.test(text.slice(before.end, sentence.start)) && IT_CAME_CLAUSE.test(before.text)) {
        const opener = sentences[index - 2];
        const its =
          opener && paragraphOf(opener) === paragraphOf(before)
            ? votes.find(
                (v) =>
                  v.voted.date !== null &&
                  v.voted.precision === 'day' &&
                  v.voted.basis !== 'publication' &&
                  v.evidence.some((e) => e.start >= opener.start && e.end <= opener.end),
              )?.voted
            : undefined;
        return its?.date
          ? countedFrom(daysAfter, its.date, `the day of the vote the sentence before "It came" tells (${its.note ?? its.date})`)
          : undefined;
      }
      if (!/^,\s+$/u.test(text.slice(before.end, sentence.start))) return undefined;
      const day = dateMentions.findLast((d) => contains(before, d) && isDayPoint(d));
      if (day?.when.date) return countedFrom(daysAfter, day.when.date, `the day of the clause before ("${day.text}")`);
      const fromVote = votes.findLast((v) => v.evidence.some((e) => e.start === before.start && e.end === before.end));
      const clauseVote = fromVote?.voted;
      if (!fromVote || !clauseVote?.date || clauseVote.precision !== 'day' || clauseVote.basis === 'publication') return undefined;
      const counted = countedFrom(
        daysAfter,
        clauseVote.date,
        `the day of the vote the clause before tells (${clauseVote.note ?? clauseVote.date})`,
        clauseVote.end,
      );
      if (daysAfter.offsetDays !== undefined) countedOnVote.set(counted.when, { from: fromVote, days: daysAfter.offsetDays });
      return counted;
    };
    // The vote "It" stands for in "It comes N days after": the one the sentence before opens on; or the vote the
    // sentence itself opens on ("The vote comes two days after ...").
    const itsVote = (opening?: string) => {
      // (s63) Past a day fronted before the vote's subject ("On Monday the Security Council voted unanimously ...").
      const noun = VOTE_OPENS.exec((opening ?? textBeforeInParagraph(index, sentence)).replace(FRONTED_DAY, ''))?.[1];
      const date = noun ? subjectDay(noun, index)?.date : null;
      const where = opening === undefined ? 'the sentence before names' : 'the sentence opens on';
      return noun && date ? { date, source: `the day of the ${noun.toLowerCase()} ${where}` } : null;
    };
    const dated =
      weekOnly ??
      (pending && found ? aheadOf(found, publishedOn) : found) ??
      daysBeforeToday(own, sentence.start, daysAfter, anchor, publishedOn, storyDay, itsVote) ??
      daysAfterSubject(own, sentence.start, daysAfter, (noun) => subjectDay(noun, index)) ??
      daysAfterClauseBefore();
    // "In November, Ostria backed a text that Russia vetoed. Another text, voted on the same day, 3 November, failed":
    // the day set beside "the same day" is the day of the vote told just before in the paragraph, which
    // gave only its month or no day.
    const voteBefore = votes.at(-1);
    if (
      dated &&
      dates.includes(dated) &&
      isDayPoint(dated) &&
      SAME_DAY_NAMED.test(text.slice(Math.max(0, dated.start - 24), dated.start)) &&
      voteBefore?.body === voteBody &&
      voteBefore.outcome !== 'pending' &&
      paragraphOf(voteBefore.evidence.at(-1) as Span) === paragraphOf(sentence) &&
      (voteBefore.voted.basis === 'publication' ||
        (voteBefore.voted.precision === 'month' && voteBefore.voted.date?.slice(0, 7) === dated.when.date?.slice(0, 7)))
    )
      voteBefore.voted = { ...dated.when, note: `${dated.when.note ?? dated.when.date}: "the same day" as the vote told after it` };
    // "Russia has vetoed six drafts, the last of them on 5 December": a record over time that names one vote by its day.
    const oneOfThem = dated?.when.precision === 'day' && LAST_OF_THEM.test(told);
    // Read with the veto records blanked: "Six vetoes and an Assembly vote to come" has a vote of its own beside the record.
    if (((HISTORY.test(own) && !dated) || HISTORY_COUNTED.test(told)) && !oneOfThem) continue;
    // A vote still to come is a record only when the text gives its day ("was to meet later Friday to vote"), or its
    // week; a year is no day of a vote to come ("met reporters, who spent much of this year campaigning, before the
    // vote" names the vote told, not one to come this year).
    // A vote still to come whose day the text does not give ("could be put to a vote in the coming days") is a record
    // with no day (foretoldVote says which are); a year is no day of a vote to come.
    // A vote to come with no day of its own under a section a day heads, as a programme of meetings lists what each
    // sitting will take up: that day, where it is not past.
    const programmeDay = pending && (!dated || dated.when.precision === 'year') ? sectionDateOf(sentence) : null;
    const aheadInProgramme = programmeDay?.date && programmeDay.date >= publishedOn ? programmeDay : null;
    const undatedPending = pending && (!dated || dated.when.precision === 'year');
    // (s50) A vote to come later the same day: "A recorded vote is expected before lunch", "is due to vote this
    // afternoon", or told in a daybook's entry opened by its hour ("1500 GMT (10 a.m. in New York) - The Council is
    // scheduled to vote").
    const paragraphText = article.paragraphs[paragraphOf(sentence)]?.text ?? '';
    const laterToday = undatedPending
      ? (LATER_TODAY.exec(own)?.[0] ?? (DAYBOOK_HOUR.exec(paragraphText.trim())?.[0].trim() || null))
      : null;
    // Nor is one given only a week or a month a vote foretold when it is a member's side or a vote sought ("means to
    // ask for a vote this month", "will give its vote to no text that ...").
    if (pending && dated?.when.precision !== 'day' && !foretoldVote(clauseAt(writers, voteWord.index))) continue;
    // "vetoed drafts on 4 October 2011, 4 February 2012 and 19 July 2012": one vote on each day the list gives.
    const listedDays: DateMention[] = [];
    if (!pending && dated && dated.when.precision === 'day' && dated.kind === 'point')
      for (const d of dates.filter((m) => m.start > dated.start).sort((a, b) => a.start - b.start)) {
        const prev = listedDays.at(-1) ?? dated;
        if (d.when.precision !== 'day' || d.kind !== 'point' || !DAY_LIST_JOINT.test(text.slice(prev.end, d.start))) break;
        listedDays.push(d);
      }
    const tally = pending ? { yes: null, no: null, abstain: null } : counts;
    const listed = pending ? { no: null, abstain: null } : listedSides(sentence.text);
    // "Russia vetoed it, with Venezuela voting against and China and Angola abstaining": the listed side, and the
    // members the sentence puts on that side by their own verb (a veto is a vote against), each counted once; the
    // members the vote's other sentences put there are added at the end (sidesByList).
    const sentenceSides = pending ? null : namedSides(own);
    const sentenceListed: Listed = {};
    for (const key of ['no', 'abstain'] as const) {
      const names = listed[key];
      if (tally[key] !== null || names === null) continue;
      const members = new Set<string>();
      for (const name of names) {
        const at = { start: sentence.start + name.start, end: sentence.start + name.end };
        members.add(states.find((m) => contains(at, m) || contains(m, at))?.id ?? slugOf(name.name));
      }
      const also = names.some((n) => n.also);
      sentenceListed[key] = { listed: new Set(members), names: new Set(sentenceSides?.[key].map(slugOf) ?? []), also };
      const listedOnly = members.size;
      for (const p of positions) if (p.position === key) members.add(p.member);
      for (const name of sentenceSides?.[key] ?? []) members.add(slugOf(name));
      // A side listed "also" counts only with the others the text puts on it.
      if (!also || members.size > listedOnly) tally[key] = members.size;
    }
    // A veto dated in its own phrase ("the veto of 5 December") was cast, whether or not a member is named.
    const vetoCast = VETO.test(own) || (!!vetoDay && dated === vetoDay);
    const vetoed = !pending && (positions.some((p) => p.veto) || (vetoCast && voteBody === 'security_council'));
    const hasTally = tally.yes !== null || tally.no !== null || tally.abstain !== null;
    const withoutVote = WITHOUT_VOTE.test(sentence.text);
    // "after Russia blocked action in the Security Council": undated, and naming no text, veto or vote, an obstruction
    // told in general, not one vote.
    if (vetoed && !dated && !hasTally && !/\b(?:veto|draft|text|resolution|vot|measure|proposal)/iu.test(own)) continue;
    // A resolution cited by its number ("Under resolution 2254, adopted in December 2015, ..."), with no count, veto,
    // member or day of its own, is a reference, not a vote the article reports.
    if (!hasTally && !vetoed && positions.length === 0 && CITED.test(own) && dated?.when.precision !== 'day') continue;
    // Without a tally, a veto or a stated outcome with a vote word, "voted" alone is too weak ("members voted to ...").
    // A text that "went the same way" as the one told before it has that one's outcome: a council draft's short of nine
    // votes is a failure already, though the council's rule is applied to it only at the end (completeCouncilVote).
    const toldLast = votes.at(-1);
    const fateBefore =
      toldLast?.outcome === 'unknown' && toldLast.body === 'security_council' && shortOfNine(toldLast.tally.yes)
        ? 'not_adopted'
        : toldLast?.outcome;
    const outcome: VoteOutcome | null = pending
      ? 'pending'
      : (outcomeOf(own, vetoed) ??
        (TEXT_SAME_FATE_IN.test(own) && fateBefore && fateBefore !== 'pending' && fateBefore !== 'unknown' ? fateBefore : null));
    // "The vote came on Monday": a sentence that only dates the vote just reported, which the text left undated.
    const last = votes.at(-1);
    if (
      !hasTally &&
      !vetoed &&
      positions.length === 0 &&
      dated &&
      last &&
      last.voted.basis === 'publication' &&
      !PIECE_SAID.test(sentence.text) &&
      (DATES_THE_VOTE.test(sentence.text) ||
        // (s45) "... has called for an end to the fighting, by 122 votes to 13. The resolution, put forward by Canada, was
        // adopted last night in New York.": the text told just before, named again with its fate and a day.
        (last.body === voteBody &&
          outcome !== null &&
          outcome !== 'pending' &&
          (outcome === last.outcome || last.outcome === 'unknown') &&
          dated.when.precision === 'day' &&
          /^\s*(?:The|This|That) (?:[\w.-]+ ){0,2}(?:resolution|text|draft|measure)\b/u.test(own))) &&
      paragraphOf(sentence) - paragraphOf(last.evidence.at(-1) as Span) <= 1
    ) {
      last.voted = { ...dated.when, note: `The sentence after the vote dates it (${dated.when.note ?? dated.when.date})` };
      last.evidence.push({ start: sentence.start, end: sentence.end });
      continue;
    }
    // "It failed, with only A, B and C in favour": an outcome with a side named is a vote reported.
    const sides = namedSides(own);
    const sideNamed = sides.yes.length + sides.no.length + sides.abstain.length > 0;
    // "A vote was taken by show of hands." right before the lists of how the members voted: the vote they record.
    const announcesLists =
      listsAfter.has(paragraphOf(sentence)) &&
      (article.paragraphs[paragraphOf(sentence)] as Span).end <= sentence.end + 1 &&
      /\bvot/iu.test(own);
    if (
      !hasTally &&
      !vetoed &&
      positions.length === 0 &&
      !withoutVote &&
      !announcesLists &&
      !(
        outcome &&
        !TEXTS_COUNTED.test(own) &&
        (sideNamed ||
          /\b(?:vot|resolution|draft)/iu.test(sentence.text) ||
          TEXT_SAME_FATE_IN.test(own) ||
          // "A rival text failed the same day": a text that failed is a vote told, though no vote word names it.
          TEXT_FAILED_IN.test(own) ||
          ASSEMBLY_ACTED_IN.test(own) ||
          (outcome === 'pending' && (PUT_TO_BODY_IN.test(own) || ASKED_TO_DECIDE_IN.test(own))))
      )
    ) {
      // "Minutes later the council voted on a rival Russian draft": the next vote reported is that other text's.
      if (ANOTHER_TEXT.test(sentence.text)) anotherText = paragraphOf(sentence);
      if (dated?.when.precision === 'day' && !pending) {
        // "The Assembly voted overwhelmingly on Friday for a truce. The vote was 122 to 13.": it dates the next one.
        if (named && sceneDate.sentence !== index)
          sceneDate = { paragraph: paragraphOf(sentence), sentence: index, when: dated.when, from: dated };
        // And, as a lead, a vote of its body told later with no day (leadDay).
        if (dated.when.basis !== 'publication') bodyVoteDays.push({ body: voteBody, when: dated.when, sentence: index });
      }
      continue;
    }
    // Undated, right after a dated vote of the same body in the same paragraph ("A rival text then failed"): that day.
    const previous = votes.at(-1);
    const sameParagraph = (span: Span) => paragraphOf(span) === paragraphOf(sentence);
    // Or a rival text opening the paragraph right after that vote's ("... Angola abstained.\n\nA rival Russian draft
    // then failed with four votes"): reporters tell the texts of one sitting one after the other.
    const toldJustBefore =
      !!previous &&
      (previous.evidence.some(sameParagraph) ||
        (ANOTHER_TEXT.test(sentence.text) &&
          (article.paragraphs[paragraphOf(sentence)] as Span).start === sentence.start &&
          previous.evidence.some((e) => paragraphOf(e) === paragraphOf(sentence) - 1)));
    // Or right after a dated sentence of the same paragraph that sets the scene ("On Monday the council met on a
    // French draft. Russia vetoed it."): that sentence's day.
    // The sentence just before may end the paragraph before when both name the same body ("The Assembly spent Friday
    // debating Norland.\n\nThe Assembly adopted the text by 120 votes to 14."; not "Russia vetoed it." alone).
    const scene =
      sceneDate.sentence === index - 1 &&
      (sceneDate.paragraph === paragraphOf(sentence) ||
        (paragraphOf(sentence) - sceneDate.paragraph === 1 && !!sceneDate.body && sceneDate.body === named))
        ? sceneDate.when
        : null;
    const section = sectionDateOf(sentence);
    // "Hours earlier, the council had adopted ...": the day of the vote reported before it, of whichever body.
    // "Hours after the press conference, the Assembly adopted ...": the day of the speaking the lead reports.
    const afterSpeaking = HOURS_FROM_SPEAKING.test(own) ? leadSpeakingDay() : null;
    // (s66) "the same Saturday": the day of a vote before it that is that weekday.
    const sameNamed = SAME_DAY.exec(own)?.[0].match(WEEKDAY_NAMED)?.[0];
    const sameDayAs =
      !afterSpeaking && SAME_DAY.test(own)
        ? votes.findLast(
            (v) =>
              v.voted.basis !== 'publication' &&
              v.voted.precision === 'day' &&
              (!sameNamed || weekdayName(v.voted.date as string).toLowerCase() === sameNamed.toLowerCase()),
          )
        : undefined;
    const timedApart: When | null = afterSpeaking
      ? { ...afterSpeaking, note: `"${HOURS_FROM_SPEAKING.exec(own)?.[0]}": ${afterSpeaking.note}` }
      : sameDayAs
        ? {
            ...sameDayAs.voted,
            note: `"${SAME_DAY.exec(own)?.[0]}": the day of the vote reported before it (${sameDayAs.voted.note ?? sameDayAs.voted.date})`,
          }
        : null;
    // "Russia vetoed a similar text in 2014": the year the sentence gives, and no day.
    const year = dated ? null : yearOfTheVote(own);
    const yearOnly: When | null = year
      ? { date: `${year[1]}-01-01`, precision: 'year', basis: 'stated', note: `"${year[0]}": the year only` }
      : null;
    // "Two months later, Russia vetoed ...": counted from the last day the text gave, to the month.
    const monthsLater = dated
      ? null
      : countedMonths(
          own,
          dateMentions.filter((d) => d.end <= sentence.start),
        );
    const leadVotes = leadVoteDays.filter((d) => d.body === voteBody && d.sentence < index);
    const leadWhen =
      leadDay(bodyVoteDays, voteBody, index, publishedOn) ??
      (!withoutVote && new Set(leadVotes.map((d) => d.when.date)).size === 1 ? leadDay(leadVotes, voteBody, index, publishedOn) : null);
    // The day as read, with the date mention whose own reading it is where it is one (the sentence's, its scene's).
    const sceneNote = (when: When) => `Undated; the day of the sentence before it, which sets the scene (${when.note ?? when.date})`;
    const [votedAsRead, readFrom]: [When, DateMention | null | undefined] = undatedPending
      ? aheadInProgramme
        ? [
            {
              ...aheadInProgramme,
              note: `A vote to come; the day heading its section (${aheadInProgramme.note ?? aheadInProgramme.date})`,
            },
            null,
          ]
        : laterToday
          ? [
              {
                date: publishedOn,
                precision: 'day',
                basis: 'relative',
                note: `A vote to come "${laterToday}": the article's day (${describeDay(publishedOn)})`,
              },
              null,
            ]
          : [{ date: null, precision: 'unknown', basis: 'relative', note: 'A vote still to come; the text gives no day' }, null]
      : dated
        ? [dated.when, dated]
        : timedApart
          ? [timedApart, null]
          : monthsLater
            ? [monthsLater, null]
            : yearOnly
              ? [yearOnly, null]
              : // The sentence just before sets the scene nearer than a vote told earlier in the paragraph ("On 8 October
                // ... Russia vetoed it. Two months later, on 5 December, a text ... Russia and China vetoed that too.").
                scene && sceneDate.anew
                ? [{ ...scene, note: sceneNote(scene) }, sceneDate.from]
                : previous && previous.body === voteBody && previous.voted.basis !== 'publication' && toldJustBefore
                  ? [
                      {
                        ...previous.voted,
                        note: `Undated; the day of the vote reported just before it (${previous.voted.note ?? previous.voted.date})`,
                      },
                      null,
                    ]
                  : scene
                    ? [{ ...scene, note: sceneNote(scene) }, sceneDate.from]
                    : section
                      ? [{ ...section, note: `Undated; the date of the heading of its section (${section.note ?? section.date})` }, null]
                      : day && sentence.start >= day.from
                        ? [day.when, null]
                        : [
                            leadWhen ??
                              (withoutVote ? null : leadBodyDay(voteBody, sentence)) ??
                              publicationWhen(
                                publishedOn,
                                `The article (${describeDay(publishedOn)}) does not date the vote; its date stands for it.`,
                              ),
                            null,
                          ];
    // A vote told as taken is of no day after the article's: one dated by a weekday read as ahead, as a scheduling
    // present reads ("The council meets on Saturday. A Norlandic draft gets nine votes, but Ostria vetoes it", a
    // story told in the historic present), is of that weekday last past (the weekday as its mention reads it).
    const voted: When =
      outcome !== 'pending' && readFrom && weekdayReadAhead(readFrom, publishedOn)
        ? {
            ...votedAsRead,
            date: addDays(readFrom.when.date as string, -7),
            note: `${votedAsRead.note}; ${HISTORIC_PRESENT_NOTE}`,
          }
        : votedAsRead;
    // Sentences about one body on one day are one vote, unless they cannot be: two drafts put to the council on the
    // same day ("a rival Russian text", a second tally, a member voting both ways) are two votes.
    // A text that shared the fate of the one before it (TEXT_SAME_FATE) is another text.
    const another =
      ANOTHER_TEXT.test(sentence.text) || TEXT_SAME_FATE_IN.test(own) || (anotherText !== null && paragraphOf(sentence) - anotherText <= 1);
    anotherText = null;
    // An undated sentence that names the vote or text as one already told ("The resolution was adopted by a recorded
    // vote", "Speaking after the vote, China said it had voted no") is about the body's last vote taken.
    // Of several, the latest: an older vote recalled in passing is not "the resolution" of the story.
    const lastTaken = votes
      .filter((v) => v.body === voteBody && v.outcome !== 'pending' && v.voted.date !== null && v.voted.basis !== 'publication')
      .reduce<ExtractedVote | undefined>(
        (best, v) => (!best || (v.voted.date as string) > (best.voted.date as string) ? v : best),
        undefined,
      );
    // (s60) A text named in a relative clause after the first comma's "which" is another's ("..., after a weekend of
    // haggling with Russia, which had threatened to veto an earlier French text").
    const ownMain = own.split(/,\s+which\s/u)[0] ?? own;
    const toldBefore = !another && !INDEFINITE_TEXT.test(ownMain) && DEFINITE_TEXT.test(own);
    const joins = (v: ExtractedVote) =>
      v.body === voteBody &&
      !(another && v === votes.at(-1)) &&
      !conflicts(v, tally, positions) &&
      // An undated sentence about a vote taken does not join a vote still to come, nor the other way round.
      !(voted.basis === 'publication' && (v.outcome === 'pending') !== (outcome === 'pending')) &&
      // A text adopted without a vote is not one whose votes were counted or vetoed, nor the other way round.
      !(withoutVote && (Object.values(v.tally).some((n) => n !== null) || v.positions.some((p) => p.veto))) &&
      !((hasTally || vetoed) && v.evidence.some((e) => WITHOUT_VOTE.test(text.slice(e.start, e.end))));
    // (s51) A text named by its drafter ("the Russian draft", "the French text") is the vote whose sentences name it so,
    // where one does: two texts of one sitting, each told again after both were ("Malaysia had supported the French
    // text"; "Ramlan said Malaysia had voted against the Russian draft"), of the sentence's day ("In October, Malaysia
    // voted for a French draft" is not December's French-drafted text).
    const drafter = onlyTextName(writers);
    const namedSo = drafter
      ? votes.filter(
          (v) =>
            v.body === voteBody &&
            (v.voted.date === voted.date || voted.basis === 'publication') &&
            v.evidence.some((e) => onlyTextName(text.slice(e.start, e.end)) === drafter),
        )
      : [];
    // (s51) "That text obtained 11 votes", undated: the text told just before, not the body's latest vote by its day.
    const justTold = votes.at(-1);
    const existing =
      (namedSo.length === 1 && joins(namedSo[0] as ExtractedVote) ? namedSo[0] : undefined) ??
      (THAT_TEXT.test(own) && !dateMentions.some((d) => contains(sentence, d)) && justTold && joins(justTold) ? justTold : undefined) ??
      (voted.basis === 'publication' && toldBefore && lastTaken && joins(lastTaken) ? lastTaken : undefined) ??
      votes.findLast((v) => joins(v) && (v.voted.date === voted.date || (voted.basis === 'publication' && v === votes.at(-1)))) ??
      // "Russia vetoed a draft on the truce. That Dec. 5 text won 11 votes.": a dated sentence that names the text just
      // told, undated, and counts or names its votes, is that vote and gives it its day. (s60) So does one that tells it
      // adopted, where the text told was adopted or counted with none against ("Malta yesterday welcomed the unanimous
      // vote in the UN Security Council ... / Resolution 2328, drafted by France, was adopted on Monday morning").
      (toldBefore && voted.basis !== 'publication'
        ? votes.filter(
            (v) =>
              v === votes.at(-1) &&
              v.voted.basis === 'publication' &&
              v.outcome !== 'pending' &&
              (hasTally ||
                vetoed ||
                positions.length > 0 ||
                (outcome === 'adopted' && (v.outcome === 'adopted' || (v.outcome === 'unknown' && v.tally.no === 0)))) &&
              joins(v) &&
              paragraphOf(sentence) - paragraphOf(v.evidence.at(-1) as Span) <= 1,
          )[0]
        : undefined);
    const evidence = { start: sentence.start, end: sentence.end };
    lastBody = voteBody;
    if (leadParagraphs.has(paragraphOf(sentence)) && outcome !== 'pending' && voted.precision === 'day' && voted.basis !== 'publication')
      leadVoteDays.push({ body: voteBody, when: voted, sentence: index });
    // The other days of a listed series, after this sentence's first: each its own vote, with the sentence's members.
    const addListedDays = () => {
      for (const day of listedDays) {
        const same = votes.find(
          (v) => v.body === voteBody && v.voted.precision === 'day' && v.voted.date === day.when.date && !conflicts(v, tally, positions),
        );
        if (same) {
          same.evidence.push(evidence);
          if (vetoed) same.vetoCast = true;
          for (const p of positions) if (!same.positions.some((q) => q.member === p.member)) same.positions.push({ ...p });
          continue;
        }
        const vote: ExtractedVote = {
          body: voteBody,
          voted: { ...day.when, note: `${day.when.note ?? day.when.date}; one of the days the sentence lists` },
          subject: subjectOf(sentence.text) ?? `Vote in the ${BODY_NAME[voteBody]}`,
          outcome: outcome ?? 'unknown',
          tally: { ...tally },
          positions: positions.map((p) => ({ ...p })),
          evidence: [evidence],
          basis: 'listed-day',
          ...(vetoed ? { vetoCast: true as const } : {}),
        };
        votes.push(vote);
        listedOf.set(vote, {});
        sidingsOf.set(vote, [...sided]);
      }
    };
    if (existing) {
      existing.evidence.push(evidence);
      sidingsOf.set(existing, [...(sidingsOf.get(existing) ?? []), ...sided]);
      const lists = listedOf.get(existing) ?? {};
      for (const key of ['no', 'abstain'] as const) {
        const more = sentenceListed[key];
        // A count the sentence states outright wins over one made from a list.
        if (!more && tally[key] !== null && lists[key]) {
          delete lists[key];
          existing.tally[key] = tally[key];
        }
        if (!more) continue;
        const known = lists[key];
        if (known) {
          for (const set of ['listed', 'names'] as const) for (const m of more[set]) known[set].add(m);
          // A whole side listed in one sentence is whole with what another adds "also".
          known.also &&= more.also;
        } else if (existing.tally[key] === null) lists[key] = more;
      }
      listedOf.set(existing, lists);
      existing.tally = {
        yes: existing.tally.yes ?? tally.yes,
        no: existing.tally.no ?? tally.no,
        abstain: existing.tally.abstain ?? tally.abstain,
      };
      for (const position of positions) {
        const known = existing.positions.find((p) => p.member === position.member);
        if (!known) existing.positions.push(position);
        else if (position.veto && !known.veto) Object.assign(known, position);
      }
      if ((existing.outcome === 'unknown' || existing.outcome === 'pending') && outcome && outcome !== 'pending')
        existing.outcome = outcome;
      if (vetoed) existing.vetoCast = true;
      if (existing.voted.basis === 'publication' && voted.basis !== 'publication') existing.voted = voted;
      addListedDays();
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
      basis: undatedPending && !aheadInProgramme && !laterToday ? 'pending-undated' : voted === leadWhen ? 'lead-day' : 'sentence',
      ...(vetoed ? { vetoCast: true as const } : {}),
    });
    listedOf.set(votes.at(-1) as ExtractedVote, sentenceListed);
    sidingsOf.set(votes.at(-1) as ExtractedVote, sided);
    if (previous && previous.body === voteBody && previous.voted.basis === 'publication' && toldJustBefore && voted.basis === 'publication')
      toldAfterUndated.set(votes.at(-1) as ExtractedVote, previous);
    addListedDays();
    // "Both texts fell in the council on 3 November, one of them vetoed": the other text's vote, of the same
    // day, with no veto and no count of its own (a later sentence that counts it joins it).
    if (vetoed && TWO_TEXTS_ONE_VETOED.test(own)) {
      votes.push({
        body: voteBody,
        voted,
        subject: `The other of two texts: ${subjectOf(sentence.text) ?? `Vote in the ${BODY_NAME[voteBody]}`}`,
        outcome:
          outcomeOf(
            own.replace(VETO_WORDS_ALL, (m) => ' '.repeat(m.length)),
            false,
          ) ?? 'unknown',
        tally: { yes: null, no: null, abstain: null },
        positions: [],
        evidence: [evidence],
        basis: 'sentence',
      });
      listedOf.set(votes.at(-1) as ExtractedVote, {});
      sidingsOf.set(votes.at(-1) as ExtractedVote, []);
    }
  }
  // The one siding with a member takes that member's position (a veto is the permanent member's own).
  for (const [vote, pairs] of sidingsOf)
    for (const [who, withWhom] of pairs) {
      const side = vote.positions.find((p) => p.member === withWhom);
      if (side && !vote.positions.some((p) => p.member === who)) vote.positions.push({ member: who, position: side.position, veto: false });
    }
  for (const [vote, lists] of listedOf) sidesByList(vote, lists);
  recordedLists(votes, recorded, text, article.paragraphs, states, newMember);
  foldVotesNamedAgain(votes, text);
  for (const vote of votes) completeCouncilVote(vote, codeOf, text);
  for (const vote of votes) completeAssemblyVote(vote);
  // A vote that took members from its undated telling counts them too.
  for (const vote of foldUndatedIntoDated(votes, text)) completeCouncilVote(vote, codeOf, text);
  foldForetoldIntoHeld(votes, text, publishedOn);
  foldUndatedPending(votes, publishedOn, article.paragraphs);
  // A draft with fewer than nine votes failed by its count: a veto told with it was cast on another text.
  for (const vote of votes) if (vote.vetoCast && shortOfNine(vote.tally.yes)) delete vote.vetoCast;
  // (s37) A vote still to come has no count, whatever a sentence that tells of it again guesses ("Diplomats said the
  // vote could be unanimous").
  for (const vote of votes) if (vote.outcome === 'pending') vote.tally = { yes: null, no: null, abstain: null };
  // (s65) Two votes told days apart, the first "last week" ("last week the Assembly voted 122 to 13, four days after
  // Russia and China had blocked a Security Council draft"): each is a week, the same days apart; the one the ledger's
  // calendar places inside its week gives the other its day, counted by the days apart.
  const apart = votes.flatMap((vote) => {
    const link = countedOnVote.get(vote.voted);
    return link && votes.includes(link.from) ? [{ vote, ...link, was: vote.voted, fromWas: link.from.voted }] : [];
  });
  for (const vote of votes) dateByKnownVote(vote, gazetteer.knownVotes, publishedOn);
  for (const { vote, from, days, was, fromWas } of apart) {
    const moved = vote.voted !== was && vote.voted.basis === 'inferred';
    const fromMoved = from.voted !== fromWas && from.voted.basis === 'inferred';
    if (moved === fromMoved) continue;
    const [by, other, sign] = moved ? [vote, from, -1] : [from, vote, 1];
    other.voted = {
      date: addDays(by.voted.date as string, sign * days),
      precision: 'day',
      basis: 'inferred',
      note: `${Math.abs(days)} days ${days < 0 === moved ? 'after' : 'before'} the vote told with it, dated by the ledger (${by.voted.note ?? by.voted.date})`,
    };
  }
  for (const [vote, before] of toldAfterUndated)
    if (
      votes.includes(vote) &&
      vote.voted.basis === 'publication' &&
      before.voted.basis !== 'publication' &&
      before.voted.precision === 'day'
    )
      vote.voted = {
        ...before.voted,
        note: `Undated; the day of the vote reported just before it (${before.voted.note ?? before.voted.date})`,
      };
  // (s58) "A rival text ... was defeated in a second vote minutes later": counted from the article's day only because the
  // vote told before it had no day yet where it was first told (the lead's "Russia has used its veto"); once that vote
  // has its day from a later telling ("Saturday's session"), the second vote is on it too.
  for (const vote of votes) {
    const told = text.slice((vote.evidence[0] as Span).start, (vote.evidence[0] as Span).end);
    const counted =
      MINUTES_FROM_THE_DAY.exec(vote.voted.note ?? '')?.[1] ??
      (vote.voted.basis === 'publication' ? SAME_DAY.exec(told)?.[0] : undefined)?.replace(/^(?!")(.*)$/u, '"$1"');
    if (vote.voted.date !== publishedOn || !counted) continue;
    const first = (vote.evidence[0] as Span).start;
    const before = votes
      .filter((v) => v !== vote && (v.evidence[0] as Span).start < first)
      .sort((a, b) => (a.evidence[0] as Span).start - (b.evidence[0] as Span).start)
      .at(-1);
    if (before && before.voted.precision === 'day' && before.voted.basis !== 'publication' && before.voted.date !== null)
      vote.voted = {
        ...before.voted,
        note: `${counted}: the day of the vote told before it (${before.voted.note ?? before.voted.date})`,
      };
  }
  for (const vote of votes) {
    const members = vote.positions.flatMap((p) => {
      const member = newMembers.get(p.member);
      return member ? [{ id: p.member, ...member }] : [];
    });
    if (members.length > 0) vote.newMembers = members;
  }
  return votes;
}

// How far back an undated vote is looked for on the ledger's calendar: a season's diplomacy, not last year's.
const KNOWN_VOTE_WINDOW_DAYS = 120;

/**
 * (s51) A vote the text gives no day of its own (only the article's date) takes the day of the vote the ledger already
 * holds of the same body with the same vetoing members, or else the same full tally, the latest before the article
 * within KNOWN_VOTE_WINDOW_DAYS ("Russia and China vetoed a seven-day truce" in a review of a concert a week later is
 * the ledger's veto of 5 December; Russia alone vetoing is the 8 October one). The ledger's calendar, not the
 * reporter's words: the day's basis is `inferred` and its note names the record it was read from. A vote to come,
 * or one with neither vetoes nor a full tally, is left as it was.
 */
function dateByKnownVote(vote: ExtractedVote, known: readonly KnownVote[], publishedOn: string): void {
  // (s65) Or a vote the text gives only a week ("last week"): the known vote inside that week.
  const { date: first, end: last } = vote.voted;
  const week = vote.voted.precision === 'day' && first && last ? { first, last } : null;
  if ((vote.voted.basis !== 'publication' && !week) || vote.outcome === 'pending' || known.length === 0) return;
  const vetoers = vetoersOf(vote).sort();
  const { yes, no, abstain } = vote.tally;
  const fullTally = yes !== null && no !== null && abstain !== null;
  if (vetoers.length === 0 && !fullTally) return;
  const from = week?.first ?? addDays(publishedOn, -KNOWN_VOTE_WINDOW_DAYS);
  const to = week && week.last < publishedOn ? week.last : publishedOn;
  const same = known
    .filter(
      (k) =>
        k.body === vote.body &&
        k.date >= from &&
        k.date <= to &&
        (vetoers.length > 0
          ? k.vetoers.length === vetoers.length && k.vetoers.every((m, i) => m === vetoers[i])
          : k.tally.yes === yes && k.tally.no === no && k.tally.abstain === abstain),
    )
    .sort((a, b) => a.date.localeCompare(b.date));
  const latest = same.at(-1);
  if (!latest || latest.date === vote.voted.date) return;
  const by = vetoers.length > 0 ? `the same vetoing members (${vetoers.join(', ')})` : `the same tally (${yes}-${no}-${abstain})`;
  vote.voted = {
    date: latest.date,
    precision: 'day',
    basis: 'inferred',
    note: `The text gives ${week ? `only a week (${vote.voted.note ?? first})` : 'no day'}; the day of the ${BODY_NAME[vote.body]} vote the ledger holds with ${by}: ${latest.id} (${latest.file})`,
  };
}

/** The nouns a UN body's text goes by ("draft", "resolutions"): one list for the rules below that read them. */
const UN_TEXT_NOUNS = 'drafts?|resolutions?|texts?|proposals?';

// A text put to a vote, by its noun; the last one named is what an undated "It was carried" is about.
const TEXT_NOUN = new RegExp(String.raw`\b(?:${UN_TEXT_NOUNS}|motions?|amendments?)\b`, 'giu');

/**
 * Whether a vote sentence that names no UN body is about a motion: the last text noun of the sentence, or else of the
 * sentence before it in its paragraph, is "motion". UN bodies vote on resolutions and drafts; a motion carried is a
 * branch's, a party's, a council's or a parliament's, whatever body the story named before (unseen: "The motion,
 * moved by the treasurer, ... It was carried unanimously."; "The motion was carried by 212 votes to 9."; "The union's
 * emergency motion was passed unanimously"). Not "A motion to adjourn failed. The council then adopted the resolution".
 */
function aboutAMotion(sentence: string, before: string): boolean {
  const last = (words: string) => [...words.matchAll(TEXT_NOUN)].at(-1)?.[0];
  const noun = last(sentence) ?? last(before);
  return noun !== undefined && /^motions?$/iu.test(noun);
}

// Where a clause of its own opens between a vote's words and a day after them: the day is that clause's.
// (s41) ", while 13 countries voted no and 36 abstained on Friday": a clause that gives the same vote's other sides is
// no other happening; its day is the vote's.
const sidesClauseOut = (between: string) =>
  between.replace(/\bwhile\s+(?=[^,;:]*\b(?:voted|abstained|abstaining|opposed|in favou?r)\b)(?![^,;:]*\b(?:said|says|told)\b)/gu, '');
// (s45) A relative clause that tells when something began, up to its day: "an offensive that began on".
const STARTED_IN_RELATIVE =
  /\b(?:that|which)\s+(?:had\s+|has\s+)?(?:began|begun|started|was launched|had been launched|opened|erupted|broke out)\s+(?:on\s+|in\s+)?(?:the\s+)?$/u;
const CLAUSE_BREAK = /[,;:]|\b(?:which|who|that|when|while|after|before|since|until|but)\b/u;
/** A text or a vote named: a sentence that sets a scene dates a vote told later only with one ("met to discuss Norland" does not). */
const TEXT_OR_VOTE = new RegExp(String.raw`\b(?:${UN_TEXT_NOUNS}|vot(?:e|es|ed|ing))\b`, 'iu');

/** A sentence that dates a vote of a body without being one the rules record: a lead, a scene, a vote too weak alone. */
interface BodyVoteDay {
  body: VoteBody;
  when: When;
  sentence: number;
}

/**
 * The day of a vote told with no day of its own, nothing before it in its paragraph and no record header: the day of
 * the last sentence before it that dates a vote of the same body without being a vote record itself. A news story's
 * lead dates the vote ("Norland voted at the UN yesterday for an Assembly text"; "Two drafts fell in the Security
 * Council on Saturday"; "On 5 December, Norland voted for a draft") and tells it later without a day ("The resolution
 * was adopted by 120 votes to 14", "Ten members voted for it, but Russia vetoed it"): the article's own day, the
 * fallback before, was wrong for those. A day after the article's is no vote held. Unseen: "Ostria voted in the
 * Assembly on Thursday for the text. ... It passed 101-12."; "The council met on Monday to vote on two drafts. ...
 * The second won only three votes."
 */
function leadDay(days: BodyVoteDay[], body: VoteBody, before: number, publishedOn: string): When | null {
  const lead = days.findLast((d) => d.body === body && d.sentence < before && d.when.date !== null && d.when.date <= publishedOn);
  return lead
    ? { ...lead.when, note: `Undated; the day of an earlier sentence that dates the body's vote (${lead.when.note ?? lead.when.date})` }
    : null;
}

// A reaction to a vote, by its verb's stem: "condemned", "regretted", "welcomes".
const REACTING = String.raw`(?:condemn|denounc|critici[sz]|deplor|regrett?|lament|welcom|prais|defend|blam|slam|protest|react|respond|decr(?:y|ied)|hail|applaud|mourn)\w*`;
// Words of a reaction or a remark about a vote, between the day they happened and the vote they speak of ("lined up
// on Sunday to condemn Russia's veto", "Moscow said on Sunday that Paris had forced the vote", "exiles in Oslo on Friday
// expressed anger after the draft was vetoed").
const REACTION = new RegExp(
  String.raw`\b(?:${REACTING}|(?:express|said|says|told|tells|added|stated|argued|accus|insist|claim|warned|wrote|tweeted)\w*)`,
  'iu',
);
// A vote named as what a reaction is to: "regretted the failure of the Council to adopt", "welcomed the unanimous
// adoption": the vote's words come after the reaction's verb in the sentence.
const REACTED_TO = new RegExp(String.raw`\b${REACTING}`, 'iu');
// New York's clock is the vote's own, at the UN ("on Monday evening New York time").
const UN_CLOCK = /^\s*[,(]?\s*New York time\b/u;
/**
 * Whether a day told by another place's clock is told late in that day ("late on Wednesday, Minsk time", "on Tuesday
 * night, Moscow time"): evening east of New York, where the outlets that print their own clock are, is still that
 * day's morning or afternoon at the UN, so the day is the vote's too (not "early" hours nor "late this morning", which
 * may be New York's day before).
 */
const lateInTheDay = (text: string, d: DateMention): boolean =>
  (/\blate\s+(?:on\s+)?$/iu.test(text.slice(Math.max(0, d.start - 8), d.start)) && !/\bmorning\b/iu.test(d.text)) ||
  /\b(?:evening|night)$/iu.test(d.text);
// The day of a remark, not of the vote it speaks of: "Moscow said on Sunday that Paris had forced the vote", and where
// the remark was made may stand between ("told reporters in Oslo on Thursday", "said in Geneva on Monday", "told the
// council at the UN on Tuesday"): a place after the verb of saying is the remark's, so is the day after it.
// So is a day after "said here", as agencies write a remark made in their dateline's city, or after "in a statement".
const SPOKEN_ON =
  /(?:\b(?:said|says|told(?: [\w-]+){0,2}|added|stated|announced|argued|insisted|claimed|warned|wrote|tweeted)(?: (?:in|at) (?:the )?[\w-]+(?: [\w-]+)?| here)?|\bin an? (?:written |joint )?statement)\s+(?:on\s+|late\s+|early\s+|later\s+)?$/iu;
// (s61) A clause of time right after a day that tells a vote in it: ", when Egypt voted in favour of two rival drafts".
const WHEN_VOTED_AFTER = /^,?\s+when\s+[^.;:!?]{0,60}?\b(?:voted|vetoed)\b/u;
// (s65) The day of a piece the outlet ran, as a correction names it ("An article on Dec. 6 about the council's vote
// misstated ...", "A chart on Sunday listing the vetoes"), is the piece's day, not the vote's; "a story on Monday's
// vote" names the vote's.
// The pieces an outlet runs, by their nouns (PIECE_ON, PIECE_SAID).
const PIECE_NOUNS = 'article|story|chart|caption|editorial|column|bulletin|broadcast|headline|piece';
const PIECE_ON = new RegExp(
  String.raw`\b(?:[Aa]n?|[Oo]ur|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+)?(?:${PIECE_NOUNS}|report|item|graphic|map|table)\s+(?:published\s+|printed\s+|(?:that\s+)?ran\s+)?(?:on|of|from|last)\s+$`,
  'u',
);
const pieceOn = (text: string, d: DateMention): boolean =>
  PIECE_ON.test(text.slice(Math.max(0, d.start - 50), d.start)) && !/^['’]s\b/u.test(text.slice(d.end, d.end + 3));
/** Whether `d` is the day of a remark (SPOKEN_ON ends right before it), read by three of the vote's date rules. */
function spokenOn(text: string, d: DateMention): boolean {
  return SPOKEN_ON.test(text.slice(Math.max(0, d.start - 40), d.start));
}
// The vote as a thing already done, named by a noun: "Russia's veto", "the vote", "Moscow's latest veto".
const VOTE_NAMED_AGAIN = /\b(?:\p{Lu}[\w.-]*['’]s|the|its|their|this|that)(?: [\w-]+)? (?:veto|vote)\b/u;

/**
 * A vote named again in passing ("condemn Russia's veto of a Security Council resolution"), undated where it is
 * named and counting nothing, is the dated vote of the same body with the same vetoing members that the article
 * reports elsewhere: its sentence becomes that vote's evidence instead of a second, undated record.
 */
function foldVotesNamedAgain(votes: ExtractedVote[], text: string): void {
  for (const vote of [...votes]) {
    const vetoes = vetoersOf(vote);
    const counted = vote.tally.yes !== null || vote.tally.no !== null || vote.tally.abstain !== null;
    if (vote.voted.basis !== 'publication' || counted || vetoes.length === 0) continue;
    if (!vote.evidence.every((e) => VOTE_NAMED_AGAIN.test(text.slice(e.start, e.end)))) continue;
    const dated = votes.find(
      (v) =>
        v !== vote &&
        v.body === vote.body &&
        v.voted.basis !== 'publication' &&
        vetoes.every((m) => v.positions.some((p) => p.member === m && p.veto)),
    );
    if (dated) foldInto(votes, vote, dated);
  }
}

/** The members a vote's record has vetoing it. */
const vetoersOf = (vote: ExtractedVote): string[] => vote.positions.filter((p) => p.veto).map((p) => p.member);

/** One vote told twice: `vote`'s sentences become the evidence of `dated`, and `vote` is no record of its own. */
function foldInto(votes: ExtractedVote[], vote: ExtractedVote, dated: ExtractedVote): void {
  dated.evidence.push(...vote.evidence);
  dated.evidence.sort((a, b) => a.start - b.start);
  if (vote.vetoCast) dated.vetoCast = true;
  votes.splice(votes.indexOf(vote), 1);
}

/**
 * One record per vote still to come: a vote to come told with no day ('pending-undated') is
 * - the vote to come of the same body the text dates elsewhere, when there is exactly one ("is expected to vote on
 *   Monday" ... "diplomats said a unanimous vote was possible"), or else
 * - the vote of the same body the text reports held on its day or the day before, told after it ("I shall now put the
 *   draft to the vote." before the record of that vote; "was expected to vote later on Monday" before "adopted"), when
 *   there is exactly one.
 */
function foldUndatedPending(votes: ExtractedVote[], publishedOn: string, paragraphs: Segment[]): void {
  const entries = tickerEntries(paragraphs);
  for (const vote of [...votes]) {
    if (vote.basis !== 'pending-undated') continue;
    const told = vote.evidence[0] as Span;
    const dated = votes.filter((v) => v !== vote && v.body === vote.body && v.outcome === 'pending' && v.voted.precision === 'day');
    const held = votes.filter(
      (v) =>
        v.body === vote.body &&
        v.outcome !== 'pending' &&
        // A ticker's vote with no day of its own is of the day its entry was posted, the page's.
        (v.voted.basis !== 'publication' || entries.timeOf(v.evidence[0] as Span) !== null) &&
        v.voted.precision === 'day' &&
        v.voted.date !== null &&
        v.voted.date >= addDays(publishedOn, -1) &&
        v.voted.date <= publishedOn &&
        entries.cameAfter(told, v.evidence[0] as Span),
    );
    const into = dated.length === 1 ? dated[0] : dated.length === 0 && held.length === 1 ? held[0] : undefined;
    if (into) foldInto(votes, vote, into);
  }
}

/**
 * A live ticker's entries (three paragraphs or more opened by their times, opensWithTime): the time of the entry that
 * holds a span (null outside them), and which of two spans tells what came later: the one of the later entry, whichever
 * order the page prints them in (tickers put the newest first); elsewhere the one told later.
 */
function tickerEntries(paragraphs: Segment[]): { timeOf: (span: Span) => number | null; cameAfter: (first: Span, then: Span) => boolean } {
  const timed = paragraphs.flatMap((p) => {
    const minutes = entryMinutes(p.text);
    return minutes === null ? [] : [{ start: p.start, minutes }];
  });
  const timeOf = (span: Span) => (timed.length < 3 ? null : (timed.findLast((t) => t.start <= span.start)?.minutes ?? null));
  const cameAfter = (first: Span, then: Span) => {
    const [a, b] = [timeOf(first), timeOf(then)];
    return a !== null && b !== null && a !== b ? b > a : then.start > first.start;
  };
  return { timeOf, cameAfter };
}

/**
 * A vote the article leaves undated where it first tells it (a deck line "a day after resolution passes 122-13",
 * a lead "regrets the veto by Russia and China", "the unanimous vote"), taken so far for a vote of the article's day,
 * is the one dated vote of the same body whose count and vetoes it does not contradict: each count it gives is that
 * vote's, its vetoing members are that vote's or members it says nothing of (`vetoesFit`). Only when exactly one
 * dated vote fits, and the undated one gives a count, a veto or a failure (a lead's "regretted the failure of the
 * Council to adopt a text" is the one dated vote of the council that failed; a bare "the vote" says too little to
 * choose); its sentences become that vote's evidence, its members that vote's. Returns the votes that took members.
 */
function foldUndatedIntoDated(votes: ExtractedVote[], text: string): Set<ExtractedVote> {
  const grown = new Set<ExtractedVote>();
  for (const vote of [...votes]) {
    if (vote.voted.basis !== 'publication' || vote.outcome === 'pending') continue;
    const vetoes = vetoersOf(vote);
    const keys = ['yes', 'no', 'abstain'] as const;
    const outcomeOnly = vetoes.length === 0 && keys.every((k) => vote.tally[k] === null);
    // A text adopted with no count told may be other business of the article's day ("adopted without a vote"). (s66)
    // One the body is told to have voted on is a vote taken, and a vote the article dates elsewhere may be it:
    // "Overnight, Norland time, the Security Council voted to send monitors" after "On Monday the council adopted
    // resolution 2328".
    if (outcomeOnly && vote.outcome === 'adopted' && !vote.evidence.some((e) => VOTE_TAKEN.test(text.slice(e.start, e.end)))) continue;
    const fits = votes.filter(
      (v) =>
        v !== vote &&
        v.body === vote.body &&
        // (s66) A telling that does not say how the vote ended fits a vote of any outcome: "Ostria voted against a
        // draft, its foreign ministry said on Tuesday".
        (!outcomeOnly || v.outcome === vote.outcome || vote.outcome === 'unknown') &&
        v.voted.basis !== 'publication' &&
        v.voted.precision === 'day' &&
        v.outcome !== 'pending' &&
        keys.every((k) => vote.tally[k] === null || vote.tally[k] === v.tally[k]) &&
        vetoesFit(vetoes, v) &&
        !vote.positions.some((p) => v.positions.some((q) => q.member === p.member && q.position !== p.position)),
    );
    // (s66) Fits all of one day are that day's votes, two texts put to the vote at one meeting: an undated telling of
    // them ("The Geneva vote came thirteen days after the Security Council failed to act", after the council's two
    // failed drafts of 8 October) is told with the first.
    const into = fits.length === 1 || (fits.length > 1 && fits.every((v) => v.voted.date === fits[0]?.voted.date)) ? fits[0] : undefined;
    if (!into) continue;
    foldInto(votes, vote, into);
    // The lead's members the later telling leaves out ("after Norland and Estland blocked a draft" before "It won 11
    // votes. Ostria also voted no." names Estland's veto once) are that vote's.
    const added = vote.positions.filter((p) => !into.positions.some((q) => q.member === p.member));
    if (added.length === 0) continue;
    into.positions.push(...added);
    grown.add(into);
  }
  return grown;
}

/**
 * Whether the vetoing members an undated telling names fit a dated vote: each is one of its vetoing members or a member
 * it says nothing of, and it shares one at least (a veto told twice may name one vetoing member one time and both the other).
 */
// A vote told as taken, not a text adopted without one: "the council voted to send monitors". (s66)
const VOTE_TAKEN = /\b(?:voted|votes|voting)\b(?![^.;]{0,40}\bwithout a vote\b)/iu;

const vetoesFit = (vetoes: string[], dated: ExtractedVote): boolean =>
  vetoes.every((m) => dated.positions.some((p) => p.member === m && p.veto) || !dated.positions.some((p) => p.member === m)) &&
  (vetoes.length === 0 || vetoes.some((m) => dated.positions.some((p) => p.member === m && p.veto)));

/**
 * A vote foretold in the past tense: "was expected to vote", "were due to vote", "had been set to put it to a vote",
 * "said ... that Ostria would vote for the text" (unseen: "diplomats had said the council was likely to vote on
 * Thursday", "the minister told reporters the delegation would back the draft", "the Assembly was scheduled to vote").
 * Told so, the vote was still to come on a day before the article's, and the article may report it since held.
 */
const FORETOLD_IN_THE_PAST =
  /\b(?:was|were|had been) (?:expected|due|set|scheduled|likely|going|about) to\b|\b(?:said|told(?: [\w-]+){0,2}|announced|indicated|signall?ed)\b[^.;]{0,80}\b(?:would|could|might) (?:vote|back|support|oppose|abstain|be put)\b/iu;

// The vote told only as a time (TIMED_BY_THE_VOTE), with its weekday: "Speaking before the vote on Wednesday, X said".
const TIMED_BY_THE_VOTE_ON = new RegExp(
  String.raw`\b(?:before|ahead of) the vote (?:on |late on |early on )?(?:${WEEKDAYS.join('|')})\b`,
  'u',
);

/**
 * One record per real-world vote: a vote still to come (`pending`, dated to a day) that the same text reports held is
 * that held vote, not a second one. It folds into the held vote of the same body (not dated by the publication
 * fallback) that is
 * - on the foretold day or within the week after it (a vote foretold for Thursday and held on Friday slipped a day), or
 * - within the week before the article, when the pending one is foretold in the past tense (FORETOLD_IN_THE_PAST) and
 *   dated after the article: its weekday was read forward from the article's day, but it was to come from the day it
 *   was spoken of ("had said the Assembly was expected to vote on Thursday", the Assembly having voted on Friday).
 * Only when exactly one held vote fits; its sentences become that vote's evidence. A vote to come after the held one
 * and told in the present ("meets again on Wednesday, when it is due to vote") is another vote and stays.
 */
function foldForetoldIntoHeld(votes: ExtractedVote[], text: string, publishedOn: string): void {
  const weekBeforeArticle = addDays(publishedOn, -7);
  for (const vote of [...votes]) {
    const day = vote.voted.date;
    if (vote.outcome !== 'pending' || vote.voted.precision !== 'day' || day === null) continue;
    const foretoldBefore = day > publishedOn && vote.evidence.some((e) => FORETOLD_IN_THE_PAST.test(text.slice(e.start, e.end)));
    // "Speaking before the vote on Wednesday, X called ...": the vote only times a remark; read forward as one to
    // come, its weekday is the one last past where the body held a vote that day.
    const timesARemark = day > publishedOn && vote.evidence.some((e) => TIMED_BY_THE_VOTE_ON.test(text.slice(e.start, e.end)));
    const held = votes.filter((v) => {
      const heldOn = v.voted.date;
      if (v === vote || v.body !== vote.body || v.outcome === 'pending' || v.voted.precision !== 'day') return false;
      if (heldOn === null || v.voted.basis === 'publication') return false;
      const inWeekAfterDay = heldOn >= day && heldOn <= addDays(day, 7);
      const inWeekBeforeArticle = heldOn >= weekBeforeArticle && heldOn <= publishedOn;
      return inWeekAfterDay || (foretoldBefore && inWeekBeforeArticle) || (timesARemark && heldOn === addDays(day, -7));
    });
    if (held.length === 1) foldInto(votes, vote, held[0] as ExtractedVote);
  }
}

// Between two days of one list: "Oct. 4, 2011, Feb. 4, 2012, and May 22, 2014", "on 4 October and on 5 December".
const DAY_LIST_JOINT = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:(?:again|also)\s+)?(?:on\s+)?$/u;

const DATES_THE_VOTE =
  /\bthe (?:very |same )?day(?: that| when| on which)? (?:the )?(?:[\w.-]+ ){0,3}?(?:voted|vetoed|adopted)\b|\b(?:the|that|this) (?:[\w.-]+ ){0,3}(?:vote|voting|ballot|decision|adoption|veto)\b[^.;]{0,20}\b(?:came|was held|took place|was taken|happened|followed|was cast)\b|^\s*(?:It|The vote) came\b/iu;
// (s65) What a piece of the outlet's own said, as a correction retells it before the facts ("The article also said the
// vote took place on Sunday. It was held on Monday, Dec. 5.", "The 7am bulletin reported that the council had passed
// a resolution by 14 votes to nil"): the version set right, which tells no vote and dates none. "The report said"
// alone may be anybody's report: only "our report", "the same report" or "that report" is the outlet's.
const PIECE_SAID = new RegExp(
  String.raw`^\s*(?:(?:The|An?) (?:[\w-]+ ){0,2}?(?:${PIECE_NOUNS})|(?:Our|That|This|The same) (?:[\w-]+ ){0,2}?(?:${PIECE_NOUNS}|report)) (?:(?:also|had|has|then|wrongly|incorrectly|mistakenly|further) ){0,2}(?:said|reported|stated|claimed|wrote|gave|put|had)\b`,
  'u',
);

// A vote named by its day: "yesterday's vote", "Saturday's veto", "the October 8 vote", "the 5 December vote".
// (s44) A sentence that opens on a day and then the body, its subject, with no vote word: "On Wednesday the General
// Assembly did something it has never done before. With 105 in favour, ... it created ...": it sets the scene.
const DAY_THEN_BODY = new RegExp(
  String.raw`^\s*(?:(?:Late |Early )?[Oo]n |Last )?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\d{1,2} ${MONTH}|${MONTH} \d{1,2}),? (?:the )?(?:U\.?N\.? |UN |United Nations )?(?:General Assembly|Security Council|Assembly|Council)\b`,
  'u',
);

// (s44) Or the body's sitting so named ("Saturday's session in New York ended the way most diplomats had predicted"),
// which dates the vote the next sentence tells.
const DATED_VOTE = new RegExp(
  String.raw`\b(?:(?:yesterday|today|tonight|last night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s|the (?:${MONTH} \d{1,2}(?:st|nd|rd|th)?|\d{1,2} ${MONTH}))(?: [\w-]+){0,2} (?:vote|veto|ballot|session|sitting|meeting)\b`,
  'iu',
);

// A sentence that brings in a text, with no vote word, may set the scene for the vote the next sentence tells: "Two
// months later, on 5 December, a text proposed by three members asked for a truce. Russia vetoed it." (Dated only
// where it gives a day of its own.)
const TEXT_BROUGHT = /\b(?:an?|the|another|a second|a new|a rival|a fresh) (?:[\w-]+ ){0,3}(?:draft|text|resolution|proposal)\b/iu;
// A short sentence (six words at most), elliptical for what the sentence before it said: "On Friday it did.", "That
// came on Monday.", "It happened on Saturday."; or a longer one that only says what came on a day, which the next
// sentence tells ("The more promising answer came on Wednesday. The General Assembly voted ...", "The breakthrough came
// late on Monday."). One that gives no day dates nothing.
const BRIEF_DAY =
  /^(?:(?:\S+\s+){0,5}\S+|(?:\S+\s+){1,5}(?:came|happened|followed)\s+(?:(?:late|early)\s+)?(?:on|last)\s+\S+(?:\s+\S+)?)[.!]?$/u;

// Texts counted in the plural: "failed to adopt two rival draft resolutions", "either of the two drafts", "both texts".
// A sentence that tells only their fate (no count, veto or member) is two votes told at once: it sets the scene, and
// the sentences after it tell each.
const TEXTS_COUNTED =
  /\b(?:two|both|either of the two|(?:neither|none) of the(?: two)?) (?:(?:rival|competing|separate) )?(?:draft )?(?:resolutions|drafts|texts)\b/iu;
// A speech made to a body ("The envoy spoke to the Assembly on Tuesday of ...", "addressed the council on
// Monday"): the body sat that day, and the vote the next sentence tells undated ("The Assembly then demanded ...") is
// of it.
const SPOKE_TO_BODY =
  /\b(?:told|addressed|briefed|spoke (?:to|before|in))\s+the\s+(?:U\.?N\.?\s+|United Nations\s+)?(?:General Assembly|Security Council|Assembly|[Cc]ouncil)\b\s*/u;
// "voted on two rival drafts", "met to vote on a text", "put a draft to the vote": a vote whose result comes after.
const SETS_THE_SCENE = /\b(?:vot(?:e|ed|ing) on|to vote|put (?:[\w-]+ ){0,4}to (?:a|the) vote)\b/iu;

// A clause joined on that brings in another text: "..., and a rival Russian text failed to win nine votes"; so does
// one that times the first by it (", when a rival text won only four votes": two votes of one day).
const ANOTHER_TEXT_CLAUSE =
  /(?:(?:,|;)\s+(?:and|while|whereas|but|when)?\s*|\s+(?:and|while|whereas)\s+)(?=(?:an?|the) (?:[\w-]+ ){0,2}(?:second|rival|competing|another|alternative|separate|counter)[- ](?:[\w-]+ ){0,2}(?:draft|text|resolution|proposal)\b)/giu;

// A vote named in a phrase of time that opens the sentence ("A week after the Council's veto,", "Hours after the
// vote,"): it times the main clause after the comma.
const FRONTED_TIMING =
  /^\s*(?:(?:just|only|exactly|some|about)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|\d{1,2}|several|a few)\s+)?(?:days?|hours?|minutes?|weeks?)\s+(?:before|after|ahead of)\s+(?:the|a|its|that)\s+(?:[\w.-]+\s+){0,3}?(?:vote|voting|veto|adoption)\b[^,;]{0,40},/iu;
// "since Oct. 8, when", "since 5 December, when": a day, and the clause that tells what happened on it.
// (s59) A member's vote timed by the body's own act in a "when" clause, nothing else of time between.
const VOTE_AS_WHEN =
  /^[^;:.!?]*?\bwhen\s+the\s+(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:(?:193-member\s+|15-member\s+)?General\s+Assembly|Assembly|(?:Security\s+)?Council)\s+(?:adopted|passed|approved|voted|backed|endorsed|rejected)\b(?![^;:.!?]*\b(?:while|after|before|since|until|ahead of)\b)[^;:.!?]*$/u;
const SINCE_WHEN = /\bsince (?:[\w.]+ ){0,2}\d{1,2}(?:,? \d{4})?(?: [\w.]+)?,? when\b/u;

// Where coordinated clauses meet: ", and we will", "; ", ", but".
const CLAUSE_JOINT = /,\s+(?:and|but|while|whereas)\s+(?=(?:we|I|they|he|she|it|the|a|an|this|that|\p{Lu}[\w-]*)\b)|;\s+/gu;

/**
 * The vote told only as a time ("told the Assembly before the vote", "a few hours ahead of the voting"): the vote of
 * the story, already held or dated elsewhere, not a vote foretold.
 */
const TIMED_BY_THE_VOTE = /\b(?:ahead of|before|after) (?:a |the )?(?:vote|voting)\b/giu;
/**
 * A member telling how it will vote ("Norland will vote in favour of the text", "Ostria would vote against any draft",
 * "we shall vote for it"): a position on a vote, not the vote itself foretold.
 */
const VOTES_HOW =
  /\b(?:vote|voting) (?:in favou?r|for|against|yes|no)\b|\babstain|\b(?:lend|give|cast) (?:its|their|our|his|her|my) votes? (?:to|for)\b/iu;
/**
 * A vote somebody asks for or wonders about, not one foretold: "called for a vote", "urged a vote on the text",
 * "pressing for a fresh vote", "asked whether the Council would vote", "declined to say when a draft might be voted on".
 */
const VOTE_ASKED_FOR =
  /\b(?:call(?:s|ed|ing)? for|urg(?:es|ed|ing)|demand(?:s|ed|ing)?|push(?:es|ed|ing)? for|press(?:es|ed|ing)? for|seek(?:s|ing)?|sought) (?:a |an |the )?(?:new |fresh |second |swift |quick |speedy |immediate )?vote\b/iu;
/** An indirect question before the words of a vote to come: "asked whether", "declined to say when". */
const ASKED_ABOUT = /\b(?:whether|when|if)\b/iu;

/**
 * Whether a clause (the writer's words: quotations blanked) that words a vote as still to come foretells a vote of its
 * own when it gives no day: not when the vote is only the time of something else ("spoke before the vote"), a member's
 * stated side ("will vote against"), a vote asked for or asked about ("called for a vote", "asked whether ... would
 * vote"), or its outcome guessed at ("a unanimous vote was possible"). A text that "will be put to a vote sooner or
 * later" or "could come to a vote within days" is one.
 */
function foretoldVote(clause: string): boolean {
  if (VOTES_HOW.test(clause) || VOTE_ASKED_FOR.test(clause)) return false;
  const foretold = NOT_YET.exec(clause.replace(TIMED_BY_THE_VOTE, (m) => ' '.repeat(m.length)));
  return !!foretold && !ASKED_ABOUT.test(clause.slice(0, foretold.index)) && !OUTCOME_GUESSED.test(foretold[0]);
}

/** The coordinated clause of a sentence that holds the character at `at`. */
// The vote of the story as the subject of a verb of sequence: "The vote follows two failed attempts", "The resolution
// came after weeks of talks" (not "The vote came on Monday", which dates it).
const VOTE_FOLLOWS = new RegExp(
  String.raw`^\s*(?:The|This|That|Its|(?:${WEEKDAYS.join('|')})['’]s) (?:[\w-]+ ){0,2}?(?:vote|resolution|adoption) (?:follows|followed|(?:comes|came) after) (?!(?:[\w-]+ ){1,2}(?:days?|weeks?|hours?|months?) (?:after|before)\b)`,
  'u',
);

// A clause of time set off by a comma after the main one (", after the vote was put off", ", before ...").
const TIMED_AFTER_COMMA = /,\s+(?:after|before|once|following|until)\b/u;

function clauseAt(sentence: string, at: number): string {
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_JOINT)) {
    if (m.index >= at) return sentence.slice(from, m.index);
    from = m.index + m[0].length;
  }
  return sentence.slice(from);
}

// A clause joined on by a conjunction whose subject is a text: "..., and a Russian text got four votes", "..., while
// the Egyptian draft failed". An indefinite text so joined is another one; a definite one is another when its
// modifier differs from that of the text the clause before names ("The French draft received 11 votes, but Russia
// vetoed it, and the Russian draft won only four"; s51, after a semicolon alone: "A French draft won 11 votes and fell
// to a Russian veto; a Russian text gathered only four"). Without a conjunction it may be an apposition of the same text
// ("vetoed a call for a truce, a draft that eleven members had voted for"). (s61) "its own draft" is another text too
// ("Russia vetoed the French text, while its own draft was backed by only four members and fell"). (s68) The text
// before may be named by two sponsors ("The French and Spanish draft got eleven votes and a Russian veto; the Russian
// draft got four votes and was rejected").
const JOINED_TEXT_CLAUSE =
  /(?:(?:,|;)\s+(?:and|while|whereas|but)|;|\s+(?:and|while|whereas))\s+(?=(?:(an?|one|its own|their own)|the) ((?:[\w-]+ ){0,2})(?:draft|text|resolution|proposal)\b)/giu;
const TEXT_NAMED = /\b(?:the|an?) ((?:[\w-]+ ){0,2}|[\w-]+ and [\w-]+ )(?:draft|text|resolution|proposal)\b/giu;

/** Whether a clause joined on names another text than the one the words before it name. */
function joinsAnotherText(before: string, m: RegExpMatchArray): boolean {
  if (m[1]) return true;
  const modifier = (m[2] as string).trim().toLowerCase();
  if (!modifier) return false;
  const earlier = [...before.matchAll(TEXT_NAMED)].map((t) => (t[1] as string).trim().toLowerCase()).filter((w) => w.length > 0);
  return earlier.length > 0 && !earlier.includes(modifier);
}

// A clause joined on that opens on a day of its own, after a clause that gives one too: a chronology told in one
// sentence ("On 9 December the Assembly demanded a truce by 122 votes to 13, and on 19 December the Council adopted
// ...", "recalled that on 5 December Russia had vetoed ..., and that on 8 October a draft had been blocked").
// (s37) The second day may be the article's own: "On Friday the General Assembly passed a resolution on Syria, and
// today the Security Council is due to vote on sending monitors" is a vote told and one to come.
const ANOTHER_DAY_CLAUSE = new RegExp(
  String.raw`,\s+and\s+(?:that\s+)?(?=on ${SUBJECT_DAY}\b|(?:later\s+)?(?:today|tonight|tomorrow)\b|this (?:morning|afternoon|evening|week)\b)`,
  'gu',
);
const DAY_OF_ITS_OWN = new RegExp(String.raw`\b(?:[Oo]n|[Ll]ast) ${SUBJECT_DAY}\b`, 'u');
// A vote set some days from the one before it in the sentence: "On 9 December the Assembly demanded a truce by 122
// votes to 13, four days after Russia and China blocked a council draft" (the second counted from the first's day,
// as "on Tuesday, the day after the council voted" is: APPOSED_OFFSET), whether or not that clause gives its day
// ("The resolution was adopted by 122 votes to 13, four days after ...": the veto is no part of the Assembly's vote).
// (s67) Or fortnights: "On Monday the Council voted unanimously to send monitors, a fortnight after Russia and China
// vetoed a draft" (the veto fourteen days before the Monday).
const DAYS_APART_CLAUSE = new RegExp(
  String.raw`,\s+(?:and\s+)?(?=(?:less than |more than |nearly |almost |about |some )?${EXACTLY}(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:days?|weeks?|fortnights?) (?:after|before)\b)`,
  'gu',
);

// (s44) A clause joined on whose subject is the other body: "... had vetoed a draft on December 5, when the Security
// Council split 11 to 3, and that the General Assembly had then adopted a text on December 9 by 122 votes to 13".
const ANOTHER_BODY_CLAUSE =
  /,\s+and\s+(?:that\s+)?(?:then\s+)?(?=(?:the\s+)?(?:U\.?N\.?\s+|UN\s+|United Nations\s+)?(?:General Assembly|Security Council)\b)/gu;

// (s52) A clause of time that tells an earlier or later vote with a day of its own: "on December 9 the UN General
// Assembly voted 122 to 13, ..., after Russia and China on December 5 vetoed a seven-day truce in the Security Council".
const TIMED_VOTE_CLAUSE = /,\s+(?:and\s+)?(?=(?:after|before|following|days\s+after)\s)/gu;

// (s67) A second fact reported after ", and that", each clause with a day of its own and the two days not the same:
// "recalled that the General Assembly voted 122 to 13 on December 9 ..., and that Russia and China vetoed a truce in
// the council on December 5" (not "said that the Council voted on Monday, and that on Monday Russia had vetoed it").
const REPORTED_AGAIN_CLAUSE = /,\s+and\s+that\s+/gu;
const DAYS_OF_THEIR_OWN = new RegExp(DAY_OF_ITS_OWN.source, 'gu');
/** Whether the words before and after a joint each give a day of their own, the two not the same. */
function twoDaysOfTheirOwn(before: string, after: string): boolean {
  const first = [...before.matchAll(DAYS_OF_THEIR_OWN)].at(-1)?.[0];
  const then = after.match(DAYS_OF_THEIR_OWN)?.[0];
  const day = (d: string) =>
    d
      .replace(/^\S+ /u, '')
      .replace(/\.(?= )/u, '')
      .toLowerCase();
  return !!first && !!then && day(first) !== day(then);
}

/** A sentence cut where a coordinated clause brings in another text or day, so that each clause is read as one vote. */
function anotherTextClauses(sentence: Segment): Segment[] {
  // Only between two clauses that each tell of a vote ("On 8 October, a rival text failed" is one clause).
  const joined = [...sentence.text.matchAll(JOINED_TEXT_CLAUSE)].filter((m) => joinsAnotherText(sentence.text.slice(0, m.index), m));
  const anotherDay = [
    ...[...sentence.text.matchAll(ANOTHER_DAY_CLAUSE)].filter((m) => DAY_OF_ITS_OWN.test(sentence.text.slice(0, m.index))),
    ...sentence.text.matchAll(DAYS_APART_CLAUSE),
    ...[...sentence.text.matchAll(TIMED_VOTE_CLAUSE)].filter(
      (m) => DAY_OF_ITS_OWN.test(sentence.text.slice(0, m.index)) && DAY_OF_ITS_OWN.test(sentence.text.slice(m.index)),
    ),
    ...[...sentence.text.matchAll(REPORTED_AGAIN_CLAUSE)].filter((m) =>
      twoDaysOfTheirOwn(sentence.text.slice(0, m.index), sentence.text.slice((m.index as number) + m[0].length)),
    ),
    ...[...sentence.text.matchAll(ANOTHER_BODY_CLAUSE)].filter((m) => {
      const before = bodyNear(sentence.text.slice(0, m.index), m.index);
      return before !== null && before !== bodyNear(sentence.text.slice((m.index as number) + m[0].length), 0);
    }),
  ];
  const cuts = [...sentence.text.matchAll(ANOTHER_TEXT_CLAUSE), ...joined, ...anotherDay]
    .sort((a, b) => (a.index as number) - (b.index as number))
    .filter((m, i, all) => i === 0 || all[i - 1]?.index !== m.index)
    .filter((m) => VOTE_WORDS.test(sentence.text.slice(0, m.index)) && VOTE_WORDS.test(sentence.text.slice(m.index)));
  if (cuts.length === 0) return [sentence];
  const clauses: [number, number][] = [];
  let from = 0;
  for (const m of cuts) {
    clauses.push([from, m.index]);
    from = m.index + m[0].length;
  }
  clauses.push([from, sentence.text.length]);
  return clauses.map(([a, b]) => ({ start: sentence.start + a, end: sentence.start + b, text: sentence.text.slice(a, b) }));
}

// A text named by its drafter's adjective or name: "the Russian draft", "the French-drafted text", "a Russian alternative",
// "the Russian one" (not the body that votes on it: "a Council resolution").
const TEXT_BY_DRAFTER =
  /\b(?:[Tt]he|[Ii]ts|[Aa]n?) (\p{Lu}[\p{L}'’]+)(?:-(?:drafted|sponsored|led))? (?:draft|text|resolution|proposal|alternative|one)\b/gu;
const BODY_WORD = /^(?:Council|Assembly|UN|U\.N|United|Security|General)$/u;
/** The one drafter a sentence names a text by (TEXT_BY_DRAFTER), lower-cased; null where it names none or two. */
function onlyTextName(sentence: string): string | null {
  const names = new Set([...sentence.matchAll(TEXT_BY_DRAFTER)].map((m) => m[1] as string).filter((n) => !BODY_WORD.test(n)));
  return names.size === 1 ? ([...names][0] as string).toLowerCase() : null;
}

// A sentence that opens on an indefinite text ("A Russian draft then won four votes") brings in another text.
const ANOTHER_TEXT =
  /^\s*(?:An?|One) (?:[\w-]+ ){0,3}(?:draft|text|resolution|proposal)\b|\b(?:second|rival|competing|another|alternative|its own|counter)[- ](?:[\w-]+ ){0,2}(?:draft|text|resolution|proposal)\b/iu;

// A recorded vote's lists: "In favour: A, B, C.", "Against: D, E.", "Abstaining: F.", "Absent: G." (the count may
// follow the label: "In favour (116):").
const RECORDED_LIST =
  /^\s*(In favou?r|Yes|Against|No|Abstain(?:ing|ed)?|Abstentions?|Absent|Not voting|Did not vote|Non-voting)\s*(?:\((\d{1,3})\))?\s*:\s*\S/iu;

// A list's label alone on its line, the members on the next ("In favour:" / "Egypt, France, Japan").
const RECORDED_LABEL =
  /^\s*(?:In favou?r|Against|Abstain(?:ing|ed)?|Abstentions?|Absent|Not voting|Did not vote|Non-voting)\s*(?:\(\d{1,3}\))?\s*:\s*$/iu;
// Members named one after another, commas only, no sentence: "Egypt, France, Venezuela (Bolivarian Republic of)".
const MEMBER_LINE = /^\p{Lu}[\p{L}'’. -]*(?:\([^()\n]{1,60}\))?(?:,\s*\p{Lu}[\p{L}'’. -]*(?:\([^()\n]{1,60}\))?)*\.?$/u;

/** The recorded vote's lists: a paragraph "In favour: A, B", or a label paragraph and the members' paragraph after it. */
function recordedListSpans(paragraphs: Segment[]): Span[] {
  const spans: Span[] = [];
  paragraphs.forEach((p, i) => {
    const next = paragraphs[i + 1];
    if (RECORDED_LIST.test(p.text)) spans.push({ start: p.start, end: p.end });
    else if (RECORDED_LABEL.test(p.text) && next && MEMBER_LINE.test(next.text)) spans.push({ start: p.start, end: next.end });
  });
  return spans;
}

/**
 * The day of a meeting an article records turn by turn, as its header prints it (record-header.ts): the day of the
 * votes the record tells without a day of their own. `from`: where the record begins (after the header's date line).
 */
function recordDay(article: ArticleAnalysis): { when: When; from: number } | null {
  const header = recordHeaderDay(article);
  if (!header) return null;
  return {
    when: { ...header.mention.when, note: `Undated; the day of the meeting the record's header prints (${header.mention.text})` },
    from: header.line.end,
  };
}

/**
 * The recorded vote's lists, counted member by member (UN lists separate members by commas only: "Bosnia and
 * Herzegovina" is one), complete the vote told in the paragraph just before them ("The resolution was adopted by a
 * recorded vote, as follows:"): the counts the text does not state, the known members' positions, and the lists as
 * evidence.
 */
function recordedLists(
  votes: ExtractedVote[],
  lists: Span[],
  text: string,
  paragraphs: Span[],
  states: Mention[],
  newMember: (name: string) => string | null,
): void {
  const blocks: Span[][] = [];
  const firstOf = (list: Span) => paragraphs.findIndex((p) => p.start === list.start);
  const lastOf = (list: Span) => paragraphs.findIndex((p) => p.end === list.end);
  for (const list of lists) {
    const last = blocks.at(-1);
    if (last && lastOf(last.at(-1) as Span) === firstOf(list) - 1) last.push(list);
    else blocks.push([list]);
  }
  for (const block of blocks) {
    const lead = paragraphs[firstOf(block[0] as Span) - 1];
    // The vote told just before the lists, else the result told right after them ("The draft resolution received ...").
    const result = paragraphs[lastOf(block.at(-1) as Span) + 1];
    const vote =
      (lead && votes.find((v) => v.evidence.some((e) => contains(lead, e)))) ||
      (result && votes.find((v) => v.evidence.some((e) => contains(result, e))));
    if (!vote) continue;
    const counts: Partial<Record<'yes' | 'no' | 'abstain', number>> = {};
    const sided: Span[] = [];
    for (const list of block) {
      const words = text.slice(list.start, list.end);
      const m = RECORDED_LIST.exec(words) as RegExpExecArray;
      const label = (m[1] as string).toLowerCase();
      const side = /favou?r|yes/u.test(label)
        ? 'yes'
        : /against|^no$/u.test(label)
          ? 'no'
          : /abstain|abstention/u.test(label)
            ? 'abstain'
            : null;
      if (!side) continue;
      sided.push({ start: list.start, end: list.end });
      // "Venezuela (Bolivarian Republic of)": the name before the parenthesis, as the ISO list has it.
      const members = words
        .slice(words.indexOf(':') + 1)
        .replace(/\.\s*$/u, '')
        .split(/,\s*/u)
        .map((n) => n.replace(/\s*\([^()]*\)\s*$/u, ''))
        .filter((n) => n.trim().length > 0);
      counts[side] = m[2] ? Number(m[2]) : members.length;
      for (const state of states)
        if (contains(list, state) && !vote.positions.some((p) => p.member === state.id))
          vote.positions.push({ member: state.id, position: side, veto: false });
      for (const name of members) {
        const member = newMember(name.trim());
        if (member && !vote.positions.some((p) => p.member === member)) vote.positions.push({ member, position: side, veto: false });
      }
    }
    const filled = (['yes', 'no', 'abstain'] as const).filter((k) => vote.tally[k] === null && counts[k] !== undefined);
    if (filled.length === 0) continue;
    for (const k of filled) vote.tally[k] = counts[k] as number;
    vote.evidence.push(...sided);
    vote.tallyNote = [
      vote.tallyNote,
      `${filled.join(', ')} count the members the recorded vote lists (${filled.map((k) => `${k} ${counts[k]}`).join(', ')})`,
    ]
      .filter(Boolean)
      .join('; ');
  }
}

type Listed = Partial<Record<'no' | 'abstain', { listed: Set<string>; names: Set<string>; also: boolean }>>;
/** A member's id from its name as written: the actor slug (proper-names.ts) of the name without a leading "the". */
const slugOf = (name: string) => slugify(name.replace(/^the\s+/iu, ''));

/**
 * A side the text gives by listing its members ("with China and Angola abstaining") counts them, and the members
 * the vote's sentences put on that side by a verb of their own ("Russia vetoed it", "Venezuela voted against"): a
 * reporter lists the others beside the vetoing members. The tallyNote says which members make the count.
 */
function sidesByList(vote: ExtractedVote, lists: Listed): void {
  const notes: string[] = [];
  for (const key of ['no', 'abstain'] as const) {
    const list = lists[key];
    if (!list) continue;
    const members = new Set([...list.listed, ...list.names]);
    for (const p of vote.positions) if (p.position === key) members.add(p.member);
    // Members listed only as "also" on a side, and nobody else put on it: the side's count is not known.
    if (list.also && members.size === list.listed.size) {
      vote.tally[key] = null;
      continue;
    }
    vote.tally[key] = members.size;
    const how = `"with ... ${key === 'no' ? 'voting against' : 'abstaining'}"`;
    const listed = `${list.listed.size} member${list.listed.size === 1 ? '' : 's'} the text lists (${how})`;
    notes.push(
      members.size === list.listed.size
        ? `${key} counts the ${listed}`
        : `${key} counts the ${listed} and those it puts on that side by their own verb (${[...members].join(', ')})`,
    );
  }
  if (notes.length > 0) vote.tallyNote = [vote.tallyNote, ...notes].filter(Boolean).join('; ');
}

// Two texts told at once, one of them vetoed: "Both texts fell on 3 November, one vetoed by Beijing", "both texts
// fell, one blocked by Moscow".
const TWO_TEXTS_ONE_VETOED =
  /\b(?:two|both) (?:(?:rival|competing|separate) )?(?:draft )?(?:resolutions|drafts|texts)\b[^.;]*?\bone (?:of them )?(?:was )?(?:vetoed|blocked)\b/iu;
// A veto's words, blanked to read what the other text of a pair met (TWO_TEXTS_ONE_VETOED).
const VETO_WORDS_ALL = /\b(?:vetoe?[sd]?|vetoing|blocked)\b/giu;
// "the same day" with the day set beside it: "voted on in the Council the same day, 3 November,".
const SAME_DAY_NAMED = /\bthe same day,\s*(?:on\s+)?$/iu;
// (s58) A same-day word counted from the article's own day ("\"minutes later\" counted from Sun 9 Oct 2016").
const MINUTES_FROM_THE_DAY = /^("(?:hours|minutes|moments|an hour|half an hour|shortly) (?:later|after|earlier|before)") counted from /u;
// Words that put a vote on the day of the one told before it; (s66) or on the weekday it names, "the same Saturday".
const SAME_DAY = new RegExp(
  String.raw`\b(?:hours|minutes|moments|an hour|half an hour) (?:earlier|later|before|after)\b|\b(?:earlier|later) (?:that|the same) day\b|\b(?:on )?the same day\b|\bthat same day\b|\b(?:the|that) same (?:${WEEKDAYS.join('|')})\b`,
  'iu',
);
const WEEKDAY_NAMED = new RegExp(`(?:${WEEKDAYS.join('|')})$`, 'iu');
const WEEKDAY_OPENING = new RegExp(`^(?:${WEEKDAYS.join('|')})\\b`, 'iu');
/** (s66) A weekday "the same" or "that same" points back to ("put to the vote the same Saturday"). */
function sameWeekday(text: string, d: DateMention): boolean {
  return WEEKDAY_OPENING.test(d.text) && /\b(?:the|that) same\s+$/iu.test(text.slice(Math.max(0, d.start - 12), d.start));
}
// An occasion of speaking, by its noun ("the statement", "the press conference"): a vote timed from one the text
// dates nowhere by that noun is timed from the speaking its lead reports (leadSpeakingDay).
const SPEAKING_OCCASION_NOUNS = 'statement|remarks|comments|announcement|appeal|conference|briefing|interview';
const SPEAKING_OCCASION = new RegExp(`^(?:${SPEAKING_OCCASION_NOUNS})$`, 'iu');
const HOURS_FROM_SPEAKING = new RegExp(
  String.raw`\b(?:hours|minutes|moments|an hour|half an hour|shortly) (?:after|before) (?:the|his|her|its|their) (?:(?:press|news) )?(?:${SPEAKING_OCCASION_NOUNS})\b`,
  'iu',
);
// The vote or text as one the article has told of ("the resolution", "the vote"), or a new one ("a resolution").
// "The document was adopted ...": a text named again by its plainest noun, as papers translated from Russian print it.
// A sentence that opens on a demonstrative text: "That text obtained 11 votes", "This draft was backed by ...".
const THAT_TEXT = /^\s*(?:That|This) (?:[\w.-]+ )?(?:resolution|text|draft|measure)\b/u;
// (s60) A resolution named by its number ("Resolution 2328, drafted by France, was adopted") is a text told already too.
const DEFINITE_TEXT = /\b(?:(?:the|this|that) (?:[\w.-]+ ){0,2}(?:resolution|text|draft|vote|measure|document)|resolution \d{3,4})\b/iu;
const INDEFINITE_TEXT = /\b(?:an?|another|one|second|rival|new) (?:[\w-]+ ){0,2}(?:resolution|text|draft|proposal|amendment|measure)\b/iu;

// The vote's clause set hours from the clause before it, at the end of the sentence: ", hours before the United Nations
// General Assembly voted", ", minutes after the council".
const HOURS_APART = /,\s+(?:just |only |a few |some )?(?:hours|minutes) (?:before|after)\s+(?:[\w.'’-]+\s+){0,8}$/iu;

// The vote's word named as what a clause happened before: "a few hours before the vote", "ahead of the vote".
const TIMED_BEFORE_THE_VOTE = /\b(?:ahead of|before) (?:a |the )?$/iu;

// A year given alone: "in 2014", "in late 2012" ("since 2011" is a period, not a vote's date).
const IN_YEAR = /\b(?:in|during) (?:early |late |mid-)?((?:19|20)\d\d)\b(?![-–/]\d)/u;

// A clause of its own opened before a year: "since the war began in 2011", "when the uprising started in 2011",
// "after the conflict broke out in 2011" (unseen: "ever since the fighting erupted in 2012", "until the talks collapsed
// in 2014"). The year is that clause's happening's, not the vote's.
const CLAUSE_OF_ITS_OWN_BEFORE = /\b(?:since|when|after|before|until|as)\s+(?:the |a |an |its |their )?(?:[\p{L}'’-]+\s+){1,5}$/iu;

/**
 * The year a sentence gives its vote alone (IN_YEAR: "Russia vetoed a similar text in 2014"), unless the year is in a
 * clause of its own (CLAUSE_OF_ITS_OWN_BEFORE: "the fifth veto since the war began in 2011" dates the war, and the
 * sentence names a vote the text has told, not one of 2011).
 */
function yearOfTheVote(sentence: string): RegExpExecArray | null {
  const year = IN_YEAR.exec(sentence);
  return year && !CLAUSE_OF_ITS_OWN_BEFORE.test(sentence.slice(0, year.index)) ? year : null;
}

const MONTHS_LATER =
  /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (months?|years?) (later|earlier|on|after|before)\b/iu;

/**
 * "Two months later" / "a year later": counted from the last day the text gave before the sentence, to the month
 * (or year) only, as the words give no day.
 */
function countedMonths(sentence: string, before: DateMention[]): When | null {
  const m = MONTHS_LATER.exec(sentence);
  if (!m) return null;
  const anchor = before.filter((d) => d.when.date !== null && d.when.precision === 'day' && d.kind === 'point').at(-1);
  if (!anchor?.when.date) return null;
  const count = NUMBER_WORDS[(m[1] as string).toLowerCase()] ?? Number(m[1]);
  const sign = /earlier|before/iu.test(m[3] as string) ? -1 : 1;
  const [year, month] = anchor.when.date.split('-').map(Number) as [number, number];
  const note = `"${m[0]}" counted from ${describeDay(anchor.when.date)}: no day given`;
  if (/year/iu.test(m[2] as string)) return { date: `${year + sign * count}-01-01`, precision: 'year', basis: 'relative', note };
  const months = year * 12 + (month - 1) + sign * count;
  return {
    date: `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`,
    precision: 'month',
    basis: 'relative',
    note,
  };
}

// "The pledge comes four days after the Assembly adopted ...": a present-tense main clause is the article's day, and
// the vote after "after" that many days before it. The count is the shared "N days after" (findDateMentions, opensClause);
// this is the verb before it.
const COMES = new RegExp(String.raw`\b(?:comes?|is|falls?|arrives?|marks?)\s+${EXACTLY}$`, 'iu');

// The same told in the past, from the day the story has reached: "It was eight days since Russia had vetoed ...",
// "by then it had been two weeks since": counted back from the last day the text gave before it. ("The clash came
// eight days after" is not: a news story's event told in the past may be of any day; it is counted back only from the
// day of its subject, daysAfterSubject.)
const DAYS_SINCE_THEN =
  /\b(?:it|this|that) (?:was|had been)\s+(?:just\s+|only\s+|barely\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?) since\b/iu;

/** The shared "N days after" in `sentence`: an anchored mention that opens its clause, counted back. */
function daysAfterIn(sentence: Segment, dateMentions: DateMention[]): DateMention | undefined {
  return dateMentions.find((d) => contains(sentence, d) && d.opensClause === true && d.offsetDays !== undefined && d.offsetDays < 0);
}

/**
 * `after` (an "N days after" mention) counted back from `from`, whose origin `source` names, as the vote's day; counted
 * from a week (`end`, the last day of a vote told "last week"), it is a week too, the same days apart.
 */
function countedFrom(after: DateMention, from: string, source: string, end?: string | null): DateMention {
  const anchor: When = { date: from, ...(end ? { end } : {}), precision: 'day', basis: 'relative', note: source };
  return { ...after, kind: 'point', when: resolveAnchored(after, anchor) };
}

/**
 * The day of a vote told as "comes N days after" (`after`, in `own`, the sentence's words from `start`) from the
 * article's day ("It comes" from the day of `itsVote`, the vote the sentence before opens on, where known), or as "it
 * was N days since" from the day the story had reached (`storyDay`, the last day the text gave
 * before the sentence), when the vote's words follow the phrase.
 */
function daysBeforeToday(
  own: string,
  start: number,
  after: DateMention | undefined,
  anchor: number,
  publishedOn: string,
  storyDay?: DateMention,
  itsVote?: (opening?: string) => { date: string; source: string } | null,
): DateMention | undefined {
  const before = after ? own.slice(0, after.start - start) : '';
  // "The vote comes two days after ...": the vote the sentence opens on is the one the text dated (its words come first).
  const opensOnVote = VOTE_OPENS.test(before.trimStart());
  if (after && after.end - start <= anchor && IT_CAME.test(before)) {
    const its = itsVote?.();
    return its ? countedFrom(after, its.date, its.source) : undefined;
  }
  if (after && (after.end - start <= anchor || opensOnVote) && COMES.test(before)) {
    const its = IT_COMES.test(before) ? itsVote?.() : opensOnVote ? itsVote?.(before.trimStart()) : null;
    return its ? countedFrom(after, its.date, its.source) : countedFrom(after, publishedOn, "the article's day");
  }
  const then = DAYS_SINCE_THEN.exec(own);
  const from = storyDay?.when.date;
  if (!then || then.index + then[0].length > anchor || !from) return undefined;
  const days = (NUMBER_WORDS[(then[1] as string).toLowerCase()] ?? Number(then[1])) * (/^week/iu.test(then[2] as string) ? 7 : 1);
  return {
    start: 0,
    end: 0,
    text: then[0],
    kind: 'point',
    when: {
      date: addDays(from, -days),
      precision: 'day',
      basis: 'relative',
      note: `"${then[0]}", counted back from the day the story had reached ("${storyDay?.text}", ${describeDay(from)})`,
    },
  };
}

// A happening told in the past as coming some days after the vote, the happening the clause's subject: "The vote came
// four days after Russia vetoed ...", "The Assembly acted two days after the council had failed", "The meeting came a
// day after the council vetoed"; unseen: "The debate took place a week after", "The summit opened three days after".
// The subject (group 1) is a noun after a determiner, the verb one of a happening taking place, just before the shared
// "N days after"; (s44) a phrase set off by commas may stand between them ("The appeal, signed by international
// charities ..., came two days after Russia and China vetoed").
const CAME = new RegExp(
  String.raw`\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir) (?:[\w-]+ ){0,2}?([\p{L}-]+)(?: (?:in|at)(?: \p{Lu}[\p{L}.-]*){1,3})?(?:,[^,;]{1,160},)? (?:came|acted|followed|took place|was held|happened|began|opened|met|convened|voted)\s+${EXACTLY}$`,
  'iu',
);
// A subject that is a vote or a voting body: "the vote", "the resolution", "the Assembly", "the council".
const VOTE_SUBJECT_NOUNS = 'vote|voting|ballot|resolution|adoption|veto|assembly|council|body';
const VOTE_SUBJECT = new RegExp(`^(?:${VOTE_SUBJECT_NOUNS})$`, 'iu');
// "It comes four days after ...": the pronoun's happening is the subject of the sentence before, where that opens on a
// vote or a voting body ("The resolution is not legally binding. It comes four days after Russia vetoed ..."), not
// the article's news.
const IT_COMES = new RegExp(String.raw`^\s*It\s+comes?\s+${EXACTLY}$`, 'u');
// The same told in the past ("The text passed 120-9. It came two days after Ostria vetoed ..."): counted from
// the day of the vote the sentence before opens on, and from no other day (a past happening may be of any day).
const IT_CAME = new RegExp(String.raw`^\s*It\s+came\s+${EXACTLY}$`, 'u');
// (s63) A clause that opens so, with its "N days after": "It came two weeks after Russia and China vetoed ...".
const IT_CAME_CLAUSE = new RegExp(String.raw`^\s*It\s+came\s+${EXACTLY}(?:[\w-]+\s+){1,2}(?:days?|weeks?)\s+after\b`, 'u');
// (s63) A day fronted before a sentence's subject: "On Monday ", "On 19 December, ", "Yesterday ".
const FRONTED_DAY =
  /^\s*(?:On\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})|Yesterday|Last\s+(?:night|week))\s*,?\s+/u;
const VOTE_OPENS = new RegExp(String.raw`^(?:The|This|That|Its|Their) (?:[\w-]+ ){0,2}?(${VOTE_SUBJECT_NOUNS})\b`, 'iu');

/**
 * The day of a vote told after a past happening that "came N days after" it (`after`, in `own` from `start`): counted
 * back from the day of that happening, which `dayOf` finds from the subject's noun (the vote the text dated, a meeting
 * named with its day). Unlike a present "comes N days after", counted from the article's day (daysBeforeToday), a past
 * happening of a news story may be of any day before it, so without the subject's day there is none.
 */
function daysAfterSubject(
  own: string,
  start: number,
  after: DateMention | undefined,
  dayOf: (noun: string) => When | null,
): DateMention | undefined {
  const m = after ? CAME.exec(own.slice(0, after.start - start)) : null;
  if (!after || !m || !VOTE_WORDS.test(own.slice(after.end - start))) return undefined;
  const noun = m[1] as string;
  const from = dayOf(noun)?.date;
  if (!from) return undefined;
  return countedFrom(after, from, `the day of the ${noun.toLowerCase()}`);
}

// A day set beside the vote by apposition: "on Tuesday, the day after the council voted", "on 9 December, two days
// before the Assembly adopted": the vote is that many days before (after) the day named; "spoke on Friday, the very day
// the Council voted," is the vote's own day.
const APPOSED_OFFSET =
  /^(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:(?:the |a |one |(two|three|four|five|six|seven|\d{1,2}) )?(days?|weeks?) (after|before)|the (?:very |same )?day(?: that| when| on which)?)\s+(?:[\w.'’-]+\s+){0,6}$/iu;

// The words between "N days after" and the vote's words when the vote is that clause's own: its subject, no break.
const SUBJECT_OF_CLAUSE = /^\s+(?:[\w.'’-]+\s+){1,8}$/u;

// A verb of asking and the infinitive it asks for, run on with no break to a day: "asked every parish to ring its bells
// on Sunday", "urged members to meet again next week".
const ASKED_TO_DO =
  /\b(?:asked|asks|urged|urges|called on|calls on|invited|invites|encouraged|encourages|appealed to|appeals to)\b[^.;:,]{0,80}?\bto \p{Ll}+\b[^.;:,]*$/u;
/**
 * Whether a day before the vote's words times what somebody is asked to do, not the asking ("has asked every parish to
 * ring its bells this Sunday, two days after the veto"): the day of a thing to come, which neither dates a vote told as
 * taken nor is a day to count back from.
 */
function askedToDoOn(sentence: Segment, d: Span, at: number): boolean {
  return d.end <= at && ASKED_TO_DO.test(sentence.text.slice(0, d.start - sentence.start));
}

/**
 * The day of a vote told in a clause an "N days after" opens, counted back from the day the main clause gave before
 * it, with words between ("the choir sang in the square on Friday evening, four days after Norland backed the truce"),
 * where offsetFrom reads only a count set right beside the day. Undefined when the vote is no such clause's.
 */
function countedFromMainClause(sentence: Segment, dateMentions: DateMention[], at: number, publishedOn: string): DateMention | undefined {
  const after = dateMentions.find((d) => contains(sentence, d) && d.opensClause === true && d.offsetDays !== undefined && d.end <= at);
  if (!after || !SUBJECT_OF_CLAUSE.test(sentence.text.slice(after.end - sentence.start, at - sentence.start))) return undefined;
  const before = dateMentions.filter((d) => contains(sentence, d) && isDayPoint(d) && d.end <= after.start);
  const main = before.findLast((d) => !askedToDoOn(sentence, d, at));
  if (main?.when.date) return countedFrom(after, main.when.date, `the day of the main clause ("${main.text}")`);
  // Only the day of what was asked stands before: the asking is the article's news, of its day.
  const asked = before[0];
  return asked ? countedFrom(after, publishedOn, `the article's day, the asking's ("${asked.text}" is what was asked for)`) : undefined;
}

/** The day a date before the vote's words gives it, counted by the offset set beside it ("the day after"). */
function offsetFrom(mention: DateMention | undefined, text: string, at: number): DateMention | undefined {
  if (!mention?.when.date || mention.when.precision !== 'day' || mention.kind !== 'point') return mention;
  const m = APPOSED_OFFSET.exec(text.slice(mention.end, at));
  if (!m) return mention;
  if (!m[3]) return { ...mention, when: { ...mention.when, note: `${quoteless(text.slice(mention.start, at))}: the vote's own day` } };
  const count = (m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1) * (/^week/iu.test(m[2] as string) ? 7 : 1);
  const sign = /after/iu.test(m[3] as string) ? -1 : 1;
  return {
    ...mention,
    when: {
      date: addDays(mention.when.date, sign * count),
      precision: 'day',
      basis: mention.when.basis === 'stated' ? 'stated' : 'relative',
      note: `${quoteless(text.slice(mention.start, at))}: counted from ${mention.when.note ?? mention.when.date}`,
    },
  };
}
const quoteless = (words: string) => `"${words.replace(/\s+/gu, ' ').trim()}"`;

/** Whether a sentence's tally or positions contradict a vote's: then it reports another vote. */
function conflicts(vote: ExtractedVote, tally: TallyParts, positions: ExtractedVote['positions']): boolean {
  const keys = ['yes', 'no', 'abstain'] as const;
  if (keys.some((k) => vote.tally[k] !== null && tally[k] !== null && vote.tally[k] !== tally[k])) return true;
  // A count that cannot hold a veto is of another vote than a veto reported beside it: a council draft short of its
  // nine votes fails without one, and a vote no member opposed has none ("It was carried unanimously" after a veto
  // told in passing).
  const vetoes = positions.some((p) => p.veto) || vote.positions.some((p) => p.veto);
  const holdsNoVeto = (t: TallyParts) => t.no === 0 || (vote.body === 'security_council' && shortOfNine(t.yes));
  if (vetoes && (holdsNoVeto(vote.tally) || holdsNoVeto(tally))) return true;
  return positions.some((p) => vote.positions.some((q) => q.member === p.member && q.position !== p.position));
}

const COUNCIL_SIZE = 15;
/** A council draft with fewer than the nine votes in favour it needs (UN Charter, Article 27): it fails on its count. */
function shortOfNine(yes: number | null): boolean {
  return yes !== null && yes < 9;
}
// The council's threshold for adopting a text: "failed to win the nine votes it needed", "short of the required nine".
const NINE_VOTES =
  /\b(?:(?:the )?(?:required|necessary|needed) (?:nine|9)(?: votes)?|(?:nine|9) (?:affirmative )?votes (?:it |they )?(?:needed|required|necessary)|(?:nine|9) (?:affirmative )?votes needed)\b/iu;
// A deliberative body of any kind, named in a sentence that names no UN body: its vote is its own.
const ANY_BODY =
  /\b(?:council|committee|board|parliament|assembly|senate|congress|house|commission|conference|cabinet|court|legislature|chamber)\b/iu;
const UN_NAMED = /\bUN\b|\bU\.N\.|\bUnited Nations\b/u;
const ASSEMBLY_SIZE = 193;

/**
 * An Assembly vote whose count the text gives but not its outcome ("voted 122 to 13 on Friday ... to demand"): a
 * majority of those voting adopts it. (A two-thirds majority on important questions is not checked: the note says
 * how the outcome was read.)
 */
function completeAssemblyVote(vote: ExtractedVote): void {
  if (vote.body !== 'general_assembly' || vote.outcome !== 'unknown') return;
  const { yes, no } = vote.tally;
  // "122 countries voted for it": more than half of the Assembly's 193 members in favour outnumber any count against.
  if (yes !== null && no === null && yes > ASSEMBLY_SIZE / 2) {
    vote.outcome = 'adopted';
    vote.note = `${vote.note ? `${vote.note}; ` : ''}Outcome read from the yes count the text gives (${yes}): more than half of the Assembly's ${ASSEMBLY_SIZE} members, so more than any count against`;
    return;
  }
  if (yes === null || no === null) return;
  vote.outcome = yes > no ? 'adopted' : 'not_adopted';
  vote.note = `${vote.note ? `${vote.note}; ` : ''}Outcome read from the count the text gives (${yes} to ${no}): a majority of those voting`;
}

/**
 * What the Security Council's rules add to what the text says: a unanimous council vote is 15-0-0; a permanent
 * member's "no" on a draft that failed is a veto; and when the text counts the yes votes and names every other
 * member's vote ("won 11 votes; Venezuela also voted no and Angola abstained", the vetoing members being no), the
 * named members complete the tally. Each step is said in the vote's tallyNote or note.
 */
function completeCouncilVote(vote: ExtractedVote, codeOf: (id: string) => string | null, text: string): void {
  if (vote.body !== 'security_council' || vote.outcome === 'pending') return;
  const notes: string[] = [];
  const vetoes: string[] = [];
  // The tally first: the outcome and the vetoes below read it.
  const { yes, no, abstain } = vote.tally;
  const unanimous = vote.evidence.some((e) => UNANIMOUS.test(text.slice(e.start, e.end)));
  if (unanimous && yes === null && no === 0) {
    vote.tally = { yes: COUNCIL_SIZE, no: 0, abstain: 0 };
    notes.push(`unanimous: all ${COUNCIL_SIZE} members in favour`);
  } else if (yes === COUNCIL_SIZE && (no === null || no === 0) && (abstain === null || abstain === 0)) {
    vote.tally = { yes, no: 0, abstain: 0 };
    notes.push(`all ${COUNCIL_SIZE} members in favour: none against and no abstentions`);
  } else if (yes === null || no === null || abstain === null) {
    // The members named on each side, by the gazetteer's positions or as the text lists them, whichever names more.
    const sides = { yes: new Set<string>(), no: new Set<string>(), abstain: new Set<string>() };
    for (const e of vote.evidence) {
      const listed = namedSides(text.slice(e.start, e.end));
      for (const key of ['yes', 'no', 'abstain'] as const) for (const name of listed[key]) sides[key].add(name);
    }
    // A name the text lists on one side that the vote's positions put on another is a misread list ("voted against
    // it with Russia and China, and Angola abstained" lists no abstaining China).
    const elsewhere = (name: string, position: Position) =>
      vote.positions.some((p) => p.member === slugOf(name) && p.position !== position);
    const named = (position: Position) =>
      Math.max(
        vote.positions.filter((p) => p.position === position).length,
        [...sides[position as 'yes' | 'no' | 'abstain']].filter((name) => !elsewhere(name, position)).length,
      );
    const completed = { yes: yes ?? named('yes'), no: no ?? named('no'), abstain: abstain ?? named('abstain') };
    const filled = (['yes', 'no', 'abstain'] as const).filter((k) => vote.tally[k] === null);
    // Only when the text names somebody for what it leaves out: "voted 13-2" alone says nothing of abstentions.
    if (completed.yes + completed.no + completed.abstain === COUNCIL_SIZE && filled.some((k) => completed[k] > 0)) {
      vote.tally = completed;
      const ids = new Set(vote.positions.map((p) => p.member));
      const members = [
        ...vote.positions.map((p) => `${p.member} ${p.position}`),
        ...(['yes', 'no', 'abstain'] as const).flatMap((k) =>
          [...sides[k]].filter((name) => !ids.has(name.toLowerCase().replace(/\s+/gu, '-'))).map((name) => `${name} ${k}`),
        ),
      ];
      notes.push(
        `${filled.join(' and ')} count the members the text names (${members.join(', ')}), which with the counts it states make the council's ${COUNCIL_SIZE}`,
      );
    }
  }
  // A council draft needs nine votes and no permanent member against (UN Charter, Article 27).
  if (vote.outcome === 'unknown' && vote.tally.yes !== null) {
    const permanentNo = vote.positions.some((p) => p.position === 'no' && PERMANENT.has(codeOf(p.member) ?? ''));
    if (shortOfNine(vote.tally.yes) || permanentNo) vote.outcome = 'not_adopted';
    else if (vote.tally.no === 0) vote.outcome = 'adopted';
    if (vote.outcome !== 'unknown')
      vote.note = "Outcome by the council's rule (nine votes and no permanent member against), from the tally the text gives";
  }
  // A draft short of the nine votes it needs fails on its own: a permanent member's no is then not a veto.
  if (vote.outcome === 'not_adopted' && !shortOfNine(vote.tally.yes))
    for (const p of vote.positions)
      if (p.position === 'no' && !p.veto && PERMANENT.has(codeOf(p.member) ?? '')) {
        p.veto = true;
        vetoes.push(p.member);
      }
  if (vetoes.length > 0)
    vote.note = `${vote.note ? `${vote.note}; ` : ''}${vetoes.join(' and ')}: the text says no, and a permanent member's no on a draft that failed is a veto (UN Charter, Article 27)`;
  if (notes.length > 0) vote.tallyNote = [vote.tallyNote, ...notes].filter(Boolean).join('; ');
}
