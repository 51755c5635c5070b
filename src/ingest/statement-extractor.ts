/**
 * Statements: quotations attributed to their speaker, and reported speech without quotation marks.
 *
 * A quotation takes its speaker from the words after it (`," he said.`, `," said X's Y.`, `," X told reporters`)
 * or before it (`X said: "`, `X said the worst "since ..."`); a quotation with no verb of its own continues the
 * statement before it (`"A," he said. "B."`, or a closing mark whose opening mark the article dropped). A quoted
 * fragment woven into the writer's sentence is a partial statement, unless it is a term in scare quotes (one or two
 * words, or after "a"/"the"), which stays inside the indirect statement of its sentence. A sentence whose speech verb
 * has a resolvable subject and a complement is an indirect statement. Each statement's day and place: statement-dates.ts.
 */

import type { STATEMENT_KINDS } from '../db/schema.js';
import type { When } from '../seed/annotation-schema.js';
import type { ArticleAnalysis } from './article-analysis.js';
import { clauseBodyStart, dashDateline, MONTH_WORD, publicationWhen } from './date-expressions.js';
import { PERSON_NAME } from './document-author.js';
import { FEMALE_NOUN, MALE_NOUN } from './figure-counted.js';
import { speakInIssuersVoice } from './issuer-voice.js';
import { inScriptHeadlines, isScriptMark, readLabelledTurns, withLabelledTurns } from './labelled-turns.js';
import { isoStateCode, isTitleWord, portfolioListCommaAt, RELATIVE_APPOSED_NAME, slugify } from './proper-names.js';
import type { Quotation } from './quotations.js';
import type { StatementForm } from './record-basis.js';
import { COURTESY_TITLES } from './record-header.js';
import {
  appositiveRole,
  describedBeforeName,
  type Gender,
  GROUP_NOUNS,
  isPersonSpeaker,
  KIN_MENTION,
  type KinMention,
  kinMentions,
  named,
  ONE_NOUNS,
  OWNER_PRONOUN,
  PEOPLE_GROUP_NOUNS,
  PERSON_NOUNS,
  RESTRICTIVE_THAT_VOTED,
  RESTRICTIVE_WHO,
  type ResolvedSpeaker,
  type SpeakerResolution,
  type SpeakerResolver,
  type SpeakerVia,
  speakerKind,
  speakerRoles,
  stateOfDemonym,
  UNMARKED_ASIDE_AFTER_NAME,
  WRITER_SENTENCE_TIE,
} from './speaker-resolution.js';
import {
  DOCUMENT_FROM_BEFORE,
  findSpeechVerbs,
  ISSUED_STATEMENT_BEFORE,
  MESSAGE_NOUN,
  SENT_MESSAGE_NOUN,
  type SpeechVerb,
} from './speech-verbs.js';
import { CONTACT, dateStatements, type RelaySetting } from './statement-dates.js';
import {
  escapeRegExp,
  NAME_ABBREVIATIONS,
  overlaps,
  type Segment,
  type Span,
  splitSentences,
  trimSpan,
  wordCount,
} from './text-segments.js';
import type { ExtractedVote } from './vote-extractor.js';

export type StatementKind = (typeof STATEMENT_KINDS)[number];

export interface ExtractedStatement {
  speaker: ResolvedSpeaker;
  speakerRole: string | null;
  kind: StatementKind;
  evidence: Span[];
  said: When;
  place: string | null;
  paragraph: number;
  /** The words that attribute it (verb and subject), where its date and place are looked for. */
  attribution: Span[];
  verb: SpeechVerb;
  continuation: boolean;
  /**
   * The form that made the record (record-basis.ts lists the keys and what each means). Its confidence is calibrated
   * per key, joined with the kind, how the speaker was found and whether it continues a remark
   * (confidence-calibration.ts): a new mechanism that makes statements gets a key of its own there.
   */
  basis: StatementForm;
  /** The speaker model would rather have another speaker (speaker-model.ts): calibrated apart, reviewed first. */
  speakerDoubted?: boolean;
  /**
   * (s68) The spokesperson who passed on these words of a principal (relayedPrincipal): the telling is an occasion of
   * its own, which the spokesperson's next remarks continue.
   */
  passedOnBy?: ResolvedSpeaker;
}

// A verb's perfect auxiliary and adverbs ("has just", "had also", "has repeatedly"): the subject ends before them.
const AUXILIARY_BEFORE_VERB = /(?<!\b(?:who|which|that))\s(?:has|have|had)\s+(?:(?:just|also|now|already|again|since|\p{Ll}+ly)\s+)*$/u;
// Where a subject's clause begins: after a semicolon or colon, a dash, a conjunction or a subordinator.
// (s49) Not the "as" of a name apposed ("the Syrian Civil Defence, known as the White Helmets, said").
// (s51) Not "before" after an envoy's title, as translations from Spanish and French write his post ("the permanent
// representative of Uruguay before the UN, Ambassador Elbio Rosselli, said").
// (s66) A "that" that opens a reported clause, not one of a time ("sent that afternoon", "later that day", "that same
// week"), which tells when the verb before it was said.
const THAT_OPENING_A_CLAUSE = String.raw`that(?!\s+(?:same\s+|very\s+)?(?:morning|afternoon|evening|night|day|week|weekend)\b)`;
const CLAUSE_BOUNDARY = new RegExp(
  String.raw`(?:[;:]\s|\s[—–]\s|,\s+(?:and|but|while|as|after|when|because|although|though|whereas)\s|(?<![\p{L}])(?:${THAT_OPENING_A_CLAUSE}|when|after|(?<!\b(?:representative|ambassador|envoy|delegate|mission)(?: of (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)? )before|while|because|although|though|if|but|whereas|since|until|where|which|who|whom|whose)\s|(?<![\p{L}])(?<!\b(?:known|such|also known)\s)as\s)`,
  'giu',
);
// A question or report a remark answers, before the verb ("Asked whether ...", "a day after X said that ...").
const ANSWERS_BEFORE = new RegExp(String.raw`\b(?:${THAT_OPENING_A_CLAUSE}|whether|if)\s`, 'iu');
// A relative word right before a subject ("where the UN estimates", "which Russia says"): the subject's clause is relative.
const RELATIVE_BEFORE_SUBJECT = /[\s,](?:where|which|what|whom)\s+(?:the\s+)?$/iu;
// Where a second speaker's clause opens inside the first one's sentence ("..., but the opposition said", "..., as
// drivers said the first lorries had crossed", "..., though Norland has said it will"): the first speaker's words end there.
// (s62) The same before a title and the comma that apposes the subject's name to it.
const COORDINATION_BEFORE_TITLE =
  /(?:;\s*|,\s+(?:but|while|whereas)\s+)(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{L}[\p{L}.'’-]*,\s+$/u;
const COORDINATION = /(?:;\s*|,?\s+(?:but|while|whereas)\s+|,\s+(?:and|as|though|although|even\s+as)\s+)$/iu;
// ", who heads X,", ", whose delegation drafted it,", and an aside whose phrase holds one (", speaking after talks with ministers who back X,"),
// a name apposed in it too (", who came with his wife, Ana,").
// (s61) A comma between digits ("around 1,000") closes no clause.
const RELATIVE_APPOSITIVE = new RegExp(
  String.raw`,\s(?:[^,;]{0,100}?\s)?(?:who|which|whose)\s(?:[^,;]|(?<=\d),(?=\d{3})){1,120}${RELATIVE_APPOSED_NAME},\s*$`,
  'u',
);
// (s67) The same with "that" after a short noun phrase of its own set off by commas ("Ana Roe of the Harbour Network, a
// group that helps the families, said"): the apposition's relative clause, no clause of the subject's.
const RELATIVE_THAT_APPOSITIVE = /,\s(?:an?|the)\s(?:[\p{L}'’-]+\s){1,4}that\s(?!is\s+why\b)[^,;:"“”]{1,100},\s*$/u;
// "A nurse who worked in Freetown and now volunteers in Kilis, Ms. Ana Roe, said": a description opening the sentence,
// its own relative clause, then the name apposed to it; the relative clause tells which person, no clause of its own.
const DESCRIBED_THEN_NAMED = new RegExp(
  String.raw`^\s*(?:An?|The|One)\s[^,;:"“”]{1,60}?\s(?:who|whose)\s[^;:"“”]{1,220}?,\s*(?:(?:${COURTESY_TITLES.join('|')})\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}\s*,\s*$`,
  'u',
);
// "a nurse who asked not to be named told", "who spoke on condition of anonymity", "who asked me not to print his
// name": the reporter's promise of anonymity, part of the speaker's description right before the verb; (s30) after
// another relative clause too (", and who asked not to be named,").
// (s42) The reason may be that the speaker may not speak for the record ("speaking on condition of anonymity because he
// was not authorised to brief the press,", "because they were not authorized to speak publicly,").
const ANONYMITY_RELATIVE =
  /,?(?:\s+and)?\s(?:who|because\s+(?:he|she|they))\s(?:[^,;.]{0,40}?\s)?(?:named|identified|name|names|anonymity|anonymously|quoted|press|media|reporters|journalists|publicly|record)\s*,?\s*$/u;
// (s29) "Residents of the city who reached the coast described", "doctors who stayed said": people named by a relative
// clause with no commas that says which of them speak, right before the verb; the clause is part of the subject. (s30)
// One person too: "A colleague who left the city on Friday said" (RESTRICTIVE_WHO, speaker-resolution.ts).
// (s47) And "Several delegations that abstained said" (RESTRICTIVE_THAT_VOTED).
const RESTRICTED_SUBJECT = new RegExp(
  `(?<=(?<![\\p{L}-])(?:(?:${PEOPLE_GROUP_NOUNS})|(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${ONE_NOUNS}))(?:\\s+(?:of|in|from|at)\\s+[^,;:"“”]{1,40}?)?)(?:${RESTRICTIVE_WHO}|${RESTRICTIVE_THAT_VOTED})$`,
  'iu',
);
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an)\s*$/iu;
const DESCRIPTION_THEN_NAME =
  /^\s*(?:The|A|An|His|Her|Its|Their|Our|\p{Lu}[\p{L}.'’-]*['’]s)\s[^,;:"“”]{0,80},\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*$/u;
const TIME_BEFORE_VERB =
  /,\s*(?:yesterday|today|(?:on|late on|early on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this)\s+(?:week|month|night))\s+$/u;
const QUOTED_TITLE = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:to|of|the|and|for|in|on|a|an)\s+)*\p{Lu}[\p{L}'’-]*)*$/u;
const PRONOUN_OBJECT_ONLY = /^\s+(?:her|him|them|it|us|me)\s*$/u;
const AS_BEFORE = /\bas\s*$/iu;
const AS_ARTICLE_BEFORE = /\bas\s+(?:(?:a|an)\s+)?$/iu;
const SCARE_QUOTE_BEFORE = /(?:^|\s)(?:a|an|the|this|its|their|his|her|so-called|called|dubbed|named|term|word)\s*$/iu;
// What may follow an attribution that closes its sentence ("..., officials said on Monday.", "..., X told reporters
// in Geneva.", "..., the ministry said in a statement late on Sunday.", "..., X wrote on Twitter."): when, where, how
// and to whom it was said, and nothing else before the full stop.
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// "that evening", "that day": a demonstrative of time, not the conjunction that opens reported speech.
const THAT_TIME = '(?:morning|afternoon|evening|night|day|week|weekend)\\b';
// Where the reported clause opens after a verb: its "that", within 80 characters of the verb and its sentence.
// (s58) A time's stop or colon between digits ("wrote at 4.10am from al-Mashhad that") ends nothing.
// (s68) Nor an honorific's or a title's stop before a name ("told Mr. Berg that", "told Gen. Roe that").
const THAT_CLAUSE = new RegExp(
  `^(?:(?:[^.;:"“”]|(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\\.|(?<=\\b(?:${NAME_ABBREVIATIONS.join('|')}))\\.(?=\\s+\\p{Lu})|(?<=\\d)[.:](?=\\d)){0,80}?\\s)?that\\s(?!${THAT_TIME})`,
  'u',
);
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
// (s32) ... or past a day the verb gives and an aside about that day set off by commas, however long ("had written on
// 6 December, while the first tents were still being unloaded at the quay, that", "told reporters on Friday, a day
// before the ferry strike was due to begin, that").
const THAT_AFTER_DAY_ASIDE = new RegExp(
  `^\\s+(?:(?:reporters|journalists|the\\s+\\p{Lu}[\\p{L}.-]*|\\p{Lu}[\\p{L}.-]*)\\s+)?(?:on\\s+)?(?:${WEEKDAY}|${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4})?,[^.;:"“”]{1,160}?,\\s+that\\s(?!${THAT_TIME})`,
  'u',
);
/** Where the reported clause opens after a verb (`after`: the sentence's words after it): its "that", or null. */
const thatClause = (after: string): RegExpExecArray | null => THAT_CLAUSE.exec(after) ?? THAT_AFTER_DAY_ASIDE.exec(after);
const ATTRIBUTION_ADJUNCT = new RegExp(
  [
    `(?:on\\s+|late\\s+|early\\s+|later\\s+)*(?:${WEEKDAY}|today|yesterday|tonight|last\\s+week)(?:\\s+(?:morning|afternoon|evening|night))?`,
    // (s34) "..., the council said last night.", "late last evening", "this morning" (unseen "earlier this evening").
    `(?:late\\s+|early\\s+|earlier\\s+)?(?:last|this)\\s+(?:morning|afternoon|evening|night)`,
    // (s34) An aside that sets the day against another happening ("..., the agency said on Friday, a day after talks
    // broke down.", unseen "two days after the ferry sank", "hours before the deadline expired").
    // Never past a comma that opens the reported clause ("said on Friday, a day before the strike, that ...").
    `(?:a|one|two|three|four|five|six|\\d+|several|some|just)\\s+(?:days?|hours?|weeks?)\\s+(?:after|before)\\s(?:[^.;:!?"“”,]|,(?!\\s*(?:that|saying|adding)\\b))*`,
    // "..., SANA reported that evening.": a time pointed back to, not a "that" clause.
    `that\\s+${THAT_TIME}`,
    `on\\s+(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})`,
    `in\\s+(?:an?|the\\s+same|its|his|her|their)\\s+(?:\\p{Ll}+\\s+){0,2}(?:statement|address|speech|interview|post|tweet|message|video|broadcast|letter|briefing|communiqué|communique)(?:\\s+(?:to|on|with)\\s+(?:the\\s+)?(?!${WEEKDAY})(?:\\p{Lu}[\\p{L}.-]*\\s*)+)?`,
    // (s66) A body's report, and how it was put out: "..., the committee concluded in a report presented to the House
    // on Tuesday.", "said in a report on Monday" (unseen "in its annual report tabled in Parliament").
    `in\\s+(?:an?|its|their|the)\\s+(?:\\p{Ll}+\\s+){0,2}report(?:\\s+(?:presented|published|released|tabled|issued|laid|submitted)(?:\\s+(?:to|before|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}.-]*)*)?)?`,
    'on\\s+(?:Twitter|Facebook|Telegram|X|social\\s+media|(?:state\\s+)?(?:television|TV|radio))',
    'by\\s+(?:telephone|phone|e-?mail|text\\s+message)',
    '(?:at|to|in)\\s+(?:a|the)\\s+(?:\\p{Ll}+\\s+)?(?:news\\s+conference|press\\s+conference|briefing|meeting|session|rally|summit)',
    // (s43) A place told by its noun: "told reporters at the Cilvegözü border gate", "said at his home in the city".
    "(?:at|in|outside|near|inside|from)\\s+(?:the|a|an|his|her|its|their)\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:gate|crossing|border|hospital|camp|offices?|residence|headquarters|home|house|shelter|airport|checkpoint|square|station|mosque|church|school|warehouse|cent(?:re|er)|port|embassy|palace|building|clinic|market|hall)(?![\\p{L}'’-])(?:\\s+(?:in|of|near)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)?",
    "(?:in|from|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*",
    '(?:shortly\\s+)?(?:after|before)\\s+the\\s+(?:vote|meeting|talks|session)',
    'separately|afterwards|later|earlier|privately|publicly',
    'speaking\\s+on\\s+condition\\s+of\\s+anonymity|who\\s+(?:spoke\\s+on\\s+condition\\s+of\\s+anonymity|asked\\s+not\\s+to\\s+be\\s+(?:named|identified))',
    // "..., the spokesman said, without giving details of the conversation.": a closing aside about the telling.
    'without\\s+(?:giving|providing|offering|elaborating|saying|naming|citing)\\b[^.;:!?"“”]*',
  ].join('|'),
  'uy',
);
// Verbs that name whom they told right after them ("told reporters", "reminded the Council").
const TELLING = new Set(['tell', 'remind']);
// Whom "told" names before the full stop: "told reporters", "told the BBC", "told Reuters"; (s40) or the occasion it
// told them at: "told a news conference", "told a briefing", "told the press", "told a rally in Idlib"; (s43) a
// chamber: "told parliament", "told MPs", "told the House of Representatives"; (s67) a broadcast's audience or the
// programme itself: "she told listeners", "told viewers", "told the programme", "told this station"; (s70) a
// programme by its station's possessive ("told CJRV's Afternoon Drive", "told Radio Norland's Morning Show") and a
// chamber's committee ("told the Commons foreign affairs committee").
const TOLD_OBJECT =
  /(?:reporters|journalists|listeners|viewers|(?:the|this)\s+(?:programme|program|show|station)|parliament|MPs|TDs|MEPs|lawmakers|legislators|deputies|senators|peers|the\s+(?:House|Senate|Chamber|Parliament)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.-]*|the\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:[\p{Ll}-]+\s+){0,3}?(?:committee|subcommittee|commission|panel|inquiry|hearing)|the\s+(?:\p{Lu}[\p{L}.-]*(?:['’]s)?\s*)+|(?:\p{Lu}[\p{L}.-]*(?:['’]s)?\s*)+|the\s+(?:council|assembly|meeting|conference|agency|newspaper|broadcaster|press|media)|(?:a|an|the|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:news\s+conference|press\s+conference|conference|briefing|rally|crowd|gathering|summit|session|forum|audience|congregation))/uy;

/**
 * How far the words after a verb say only when, where, how and to whom it was said ("told reporters in Geneva on
 * Friday"): their length in `rest`, or -1 when a verb of telling names nobody told.
 */
function attributionTail(rest: string, verb: SpeechVerb, told: RegExp): number {
  let at = 0;
  const skip = (pattern: RegExp) => {
    const space = /[\s,]*/uy;
    space.lastIndex = at;
    const gap = space.exec(rest);
    pattern.lastIndex = gap ? at + gap[0].length : at;
    const match = pattern.exec(rest);
    if (!match || match[0].length === 0) return false;
    at = pattern.lastIndex;
    return true;
  };
  if (TELLING.has(verb.lemma) && !skip(told)) return -1;
  for (let i = 0; i < 6 && skip(ATTRIBUTION_ADJUNCT); i++);
  return at;
}

// (s66) A description apposed to a name before a closing attribution's verb (", a monitoring group based in Oslo, ",
// ", the rescue service known as the Blue Helmets, "), and the name before it (", Relief Watch"): capitalised words.
const DESCRIPTION_APPOSED = /^(?:an?|the)\s+\p{Ll}[^,;:()"“”]{0,100},\s*$/u;
// (s70) Or one that opens on a nationality (", the Norwegian who chairs the UN's task force, ", ", a Syrian surgeon, "):
// the state's adjective, then the description's words in lower case.
const NATIONAL_DESCRIPTION_APPOSED = /^(?:an?|the)\s+(\p{Lu}\p{Ll}+)\s+\p{Ll}[^,;:()"“”]{0,100},\s*$/u;
const descriptionApposed = (words: string): boolean => {
  if (DESCRIPTION_APPOSED.test(words)) return true;
  const national = NATIONAL_DESCRIPTION_APPOSED.exec(words);
  return national !== null && stateOfDemonym(national[1] as string) !== null;
};
const NAME_BEFORE_APPOSITION = /^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’.-]*)){0,6}$/u;

// (s53) A short subject after a comma, right before a closing attribution's verb: ", she wrote.", ", the ministry said.",
// ", Zakharova added.".
const CLOSING_SUBJECT =
  /,\s+(?:he|she|they|(?:the|a|an|his|her|its|their)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+$/u;

/**
 * (s53) Whether a verb in the past perfect ("had warned") is part of what a closing attribution after it in the same
 * sentence reports ("..., she wrote."): no quotation in the sentence, and the later verb closes it after a comma and a
 * short subject (CLOSING_SUBJECT).
 */
function closedByLaterAttribution(scope: ParagraphScope, verb: SpeechVerb, sentence: Segment): boolean {
  const { text } = scope.article;
  if (verb.participle || verb.speakerAfter) return false;
  const pluperfect = /\bhad\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(sentence.start, verb.start - 25), verb.start));
  // (s62) Or a state's stance in the present, opening the sentence, that its spokesperson's closing attribution gives
  // ("Viet Nam welcomes the adoption ... and hopes that ..., Foreign Ministry spokesperson Le Hai Binh said on December
  // 22."): the spokesperson's words, as a state's "had warned" is.
  const stance = !pluperfect && /^\p{Ll}+s$/u.test(verb.text) && !/^(?:has|is|was|does)$/u.test(verb.text);
  if (!pluperfect && !stance) return false;
  if (scope.quotes.some((q) => q.end > sentence.start && q.start < sentence.end)) return false;
  // Only a state's (the closing speaker's principal, "Moscow had warned"): a person's past remark the closing speaker
  // passes on stays that person's ("Hanadi had told him on Thursday night that ..., he said").
  const inner = scope.resolver.before(verb, clauseStart(text, sentence.start, verb.start, sentence.start));
  const kind = speakerKind(scope.article.gazetteer, inner);
  // (A state's stance may be its ministry's or its government's: a body, not a person.)
  if (stance ? kind === 'person' || kind === undefined : kind !== 'state') return false;
  return scope.verbs.some(
    (later) =>
      later.start > verb.end &&
      later.end <= sentence.end &&
      !later.participle &&
      !later.speakerAfter &&
      endsSentence(text, later, sentence.end) &&
      (stance ? CLOSING_SPOKESPERSON : CLOSING_SUBJECT).test(text.slice(verb.end, later.start)),
  );
}
// (s62) A spokesperson closing a state's stance: ", Foreign Ministry spokesperson Le Hai Binh ", ", a spokesman for the
// ministry, Jo Roe, ".
const CLOSING_SPOKESPERSON =
  /,\s+(?:(?:the|a|an|its)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}spokes(?:man|woman|person)(?:\s+for\s+the\s+[\p{L}'’ -]{2,40}?,)?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:,\s+)?$/u;

/** Whether nothing but when, where, how and to whom it was said follows a verb before the end of its sentence. */
function endsSentence(text: string, verb: SpeechVerb, sentenceEnd: number): boolean {
  const rest = text.slice(verb.end, sentenceEnd);
  // (s70) "offered two days before the votes to accompany the fighters out": the day's aside ends at the infinitive
  // the offer takes, which is its words, not an attribution's tail.
  if (verb.complement === 'to' && infinitiveAfter(rest)) return false;
  const at = attributionTail(rest, verb, TOLD_OBJECT);
  return at >= 0 && /^\s*[.!?]?\s*$/u.test(rest.slice(at));
}
// (s42) A participle's clause after a closing attribution ("..., Ryabkov said on Wednesday, dismissing calls for a
// truce as “a political show”.") or a phrase of the writer's ("..., the State Department said on Sunday, in what
// officials described as a last attempt", "..., amid reports that ..."): the attribution still closes the remark
// before it, which runs from the sentence's start (a subordinate clause in it, "until the last militants leave", had
// cut it there; "in what officials described" had been read as the remark).
/** Where the participle's clause after a closing attribution starts (PARTICIPLE_CLAUSE_AFTER), or null. */
function participleTail(text: string, verb: SpeechVerb, sentenceEnd: number): number | null {
  const rest = text.slice(verb.end, sentenceEnd);
  const at = attributionTail(rest, verb, TOLD_OBJECT);
  const clause = at >= 0 ? PARTICIPLE_CLAUSE_AFTER.exec(rest.slice(at)) : null;
  return clause ? verb.end + at + (/^\s*,\s+/u.exec(clause[0]) as RegExpExecArray)[0].length : null;
}
const PARTICIPLE_CLAUSE_AFTER = /^\s*,\s+(?:(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ing(?![\p{L}'’-])|in\s+what\s|amid\s)/u;

// Whom an attribution set off by commas told: as at a sentence's end, or up to four lower-case words its closing
// comma bounds ("a rescuer, he told younger volunteers, listens twice", "the regime, she told the deputies, wants").
const TOLD_OBJECT_IN_ASIDE = new RegExp(`${TOLD_OBJECT.source}|(?:\\p{Ll}+\\s+){0,3}\\p{Ll}+(?=\\s*,)`, 'uy');

/**
 * Where an attribution set off by commas closes ("The talks, the minister added on Friday, were over.", "The regime,
 * he told MPs, wants ..."): the length of the words after its verb up to and with the closing comma, or null when
 * anything but when, where, how and to whom it was said comes first.
 */
function asideClose(text: string, verb: SpeechVerb, sentenceEnd: number): number | null {
  const rest = text.slice(verb.end, sentenceEnd);
  const at = attributionTail(rest, verb, TOLD_OBJECT_IN_ASIDE);
  const comma = at < 0 ? null : /^\s*,/u.exec(rest.slice(at));
  return comma ? at + comma[0].length : null;
}

// An inverted attribution set off by commas: the verb right after the comma, then its subject, a name or a title of
// at most a dozen words with no clause of its own, then the closing comma ("The corridor, says Ms. Ruiz, will open",
// "The question, says Jan Roe of the Nordic Institute, is who pays", "Worse, warned the agency's director, is to come").
// Verbs of saying that stand before their subject in such an aside (not "..., accusing the government, Russia and Iran").
const INVERTING_LEMMAS = new Set(['say', 'add', 'note', 'write', 'argue', 'warn', 'insist', 'explain', 'recall', 'continue', 'conclude']);
const INVERTED_ASIDE_SUBJECT =
  /^\s+((?:the\s+|The\s+|\p{Lu})(?:(?!\b(?:that|who|which|whose|when|while|is|are|was|were|has|have|had|will|would)\b)[^,;:.!?"“”—–]){1,100}?),/u;
// (s46) Or closing the sentence, with no comma after it: "Volunteers ... are writing down the names of new arrivals by
// hand, said Tomás Irigoyen." (the subject's words may hold the full stop of an abbreviation: "said Ms. Ruiz.").
// Not a clause after a verb with no "that" ("..., said Norway should raise it with Moscow.", "said the veto showed once
// more the limits of the council."): at most ten words, none a modal, an auxiliary or a past tense.
const INVERTED_FINAL_SUBJECT =
  /^\s+((?:the\s+|The\s+|\p{Lu})(?:(?!\b(?:that|who|which|whose|when|while|is|are|was|were|has|have|had|will|would|should|could|can|must|might|may|did|does|do|\p{Ll}+ed)\b)[^,;:!?"“”—–]){1,100}?)\s*[.!?]\s*$/u;
const invertedFinalSubject = (rest: string) => {
  const subject = INVERTED_FINAL_SUBJECT.exec(rest);
  return subject && wordCount(subject[1] as string) <= 10 ? subject : null;
};

// A phrase or subordinate clause fronted before its main clause, with no comma of its own: an attribution set off by
// commas right after it interrupts the clause, which goes on after the aside.
const FRONTED_HEAD =
  /^(?:Of|In|At|On|For|Among|From|With|Without|Under|Despite|After|Before|Since|During|Unlike|Like|If|When|Unless|Although|Though|Because|Once|Until|While|Whatever|However|By|According\s+to|Through|Across|Inside|Outside|Beyond)\s[^,;:]*$/u;
// What opens a clause of its own after an attribution set off by commas: a subordinator or conjunction and a subject.
const AFTER_ASIDE_CLAUSE = /^\s*(?:as|while|when|after|before|but|and|though|although|whereas|even as)\s+\S/iu;
const NEGATED_OR_HABITUAL =
  /\b(?:(?:does|do|did|has|have|had|is|are|was|were|would|could)\s+not|(?:does|do|did|has|have|had)n['’]t|never|(?:has|have|had)\s+(?:repeatedly|consistently|long|always|often|routinely))\s+$/iu;
// The last word before an aside when the aside interrupts the clause that word opens ("a village where, he says, food
// is scarce", "the talks failed because, she said, nobody came").
const CLAUSE_OPENER_BEFORE_ASIDE = /\s(?:where|which|that|because|although|though|whereas|since|unless|if|so)$/iu;
// What opens the rest of a clause after an aside when the words before it are its subject: an auxiliary, a copula or a
// modal ("The question, says X, is ...", "The cost, she added, would be borne by ..."; not "hours after ...").
const PREDICATE_AFTER_ASIDE =
  /^\s*(?:is|are|was|were|will|would|can|could|must|should|may|might|has|have|had|does|did|remains?|remained)\b/u;
// The auxiliaries, copulas and modals that follow a clause's subject.
const FINITE_AUXILIARY = '(?:is|are|was|were|had|has|have|would|will|could|should|must|may|might|can|did|does)';
// Whom it was told: one to four words, none of the given words that would open a clause of the writer's.
const toldObject = (openers: string) => `(?:(?!(?:${openers})\\s)[\\p{L}.'’-]+\\s+){1,4}?`;
const PREPOSITIONS_AND_SUBORDINATORS = 'while|after|before|when|whether|if|in|at|on|during|as|by|from|with|of';
// A verb in the simple past: "-ed", or one of the irregular pasts a reported clause most often opens on ("the ferry
// left at dawn", "the guards took their phones").
const SIMPLE_PAST =
  '(?:\\p{Ll}{2,}ed|came|went|left|gave|took|began|fell|rose|got|made|saw|found|kept|held|sent|brought|ran|stood|lost|spent|paid|met|won|knew|grew|broke|drove|flew|stole|wrote)';
/**
 * "told reporters the vote was ...", "told him she had walked for hours", "told us they treated 96 people": "tell"
 * drops its "that" after a short object (whom it was told; never "whether" or "if", a question put) and at most where
 * or when ("told reporters in Oslo the ...", "told me on Sunday the ..."), then the reported clause opens with its
 * subject (s24: "tell us a vote could come"). Two subject forms, one
 * pattern: a determiner or pronoun and one to three words before an auxiliary, copula or modal ("the convoy was",
 * "the road north was", "the French text had"; none of them a preposition, relative or conjunction, so "told him
 * about the men who were" is no clause), or (s30) before a simple past ("told the Gazette the night shift found two
 * children", "told reporters the first lorries crossed at noon"); or a subject pronoun before one of those ("she
 * walked"). The pronoun form also refuses a coordinator in the object ("told her story and they listened" is the
 * writer's clause): a past tense is looser evidence of a clause than an auxiliary.
 */
const TOLD_ADJUNCT = `(?:(?:in|at)\\s+(?:the\\s+)?[\\p{L}.'’-]+\\s+|(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\\s+)?`;
const CLAUSE_SUBJECT_WORDS = `(?:(?!(?:${PREPOSITIONS_AND_SUBORDINATORS}|who|whom|which|that|and|but|or|to|about)\\s)[\\p{L}'’-]+\\s+){1,3}?`;
// (s61) A clause whose subject is one bare noun in lower case, then an auxiliary of the past or the progressive and a
// participle ("told us shelling had resumed", "told Reuters fighting was raging"): no determiner opens it.
const BARE_NOUN_SUBJECT = `(?!(?:the|an?|his|her|its|their|this|that|these|those|some|any|no|all|who|which|what|whom|whose|there|it|he|she|they|we|you)\\s)\\p{Ll}[\\p{L}-]{2,}\\s+(?:had|has|have|was|were)\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}{3,}(?:ed|en|ing)\\b`;
const TOLD_OBJECT_THEN_CLAUSE = new RegExp(
  `^\\s+(?:${toldObject(PREPOSITIONS_AND_SUBORDINATORS)}${TOLD_ADJUNCT}(?:the|an?|it|he|she|they|there|his|her|their|its|this|these|those|we|i|no|all)\\s+${CLAUSE_SUBJECT_WORDS}(?:${FINITE_AUXILIARY}|${SIMPLE_PAST})\\b|${toldObject(`${PREPOSITIONS_AND_SUBORDINATORS}|and|but|or|so|then`)}${TOLD_ADJUNCT}(?:he|she|they|we|i|it)(?:\\s+(?:${FINITE_AUXILIARY}|${SIMPLE_PAST})\\b|['’](?:d|s|ll|re|ve)\\s)|${toldObject(`${PREPOSITIONS_AND_SUBORDINATORS}|about|to|for|over|into`)}${TOLD_ADJUNCT}${BARE_NOUN_SUBJECT})`,
  'iu',
);
// Verbs of reaction that take a thing as their object ("welcomed the vote", "denied the reports", "confirmed the deal").
const REACTING = new Set(['welcome', 'deny', 'confirm']);
/**
 * A reaction's object that only names what the story has told (the vote, the reports, Monday's resolution, such claims),
 * then at most where or when, and the sentence ends or another subject goes on ("but rebel groups ..."; not the same
 * subject's next verb, "welcomed the vote but said ...", which may report): the reaction with no words of the speaker's
 * own, which the curation rules hold no statement ("Damascus denied the reports.", "X welcomed the vote in a telephone
 * interview on Monday."). Not an object with words of its own ("welcomed the start of the evacuation", "denied striking
 * hospitals"), nor one a colon or a quotation goes on with.
 */
const BARE_REACTION_OBJECT =
  /^\s+(?:(?:the|such|these|those|this|that)\s+|\p{Lu}\p{Ll}+['’]s\s+)(?:votes?|resolution|decision|outcome|move|deal|agreement|idea|proposal|plan|offer|announcement|news|reports?|claims?|charges?|accusations?|allegations?)(?:\s+(?:in|at|on|during|after|from|with|by|via|through)\s+[^.;:!?,"“”‘’]{1,70}?)?(?:\s+(?:yesterday|today|too|as\s+well))?\s*(?:[.;!]?\s*$|,?\s+but\s+(?:the|a|an|its|his|her|their|he|she|it|they|\p{Lu}[\p{L}'’-]*|\p{Ll}+\s+\p{Ll}+s)\s)/u;
// `," while Y said`: a contrasting clause of its own after a closing quotation mark ("but" and "and" were tried: a
// held-out remark found by them took a wrong day, and the said_on floor fell).
const OTHER_SPEAKER_CLAUSE = /^[\s,;]*(?:while|whereas)\s+\S/iu;
// (s48) `accused Russia of using "a veto as a weapon," and New Zealand's Foreign Minister Murray McCully ... said`: "and"
// then a run of capitalised words (a state's possessive, an office, a name) opens another speaker's clause; not a
// pronoun, nor one capitalised word ("and Russia", tried: a held-out set's floor fell).
const OTHER_NAMED_SPEAKER_CLAUSE = /^[\s,;]*and\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:['’]s)?\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}/u;
const WOVEN_LEMMAS = new Set(['dismiss', 'call', 'denounce', 'condemn', 'describe']);
// Verbs whose quoted object is the speaker's own word even without "as": the naming verb ("called the veto “a
// disgrace”"), whose object speech-verbs.ts already requires to be a quotation.
const NAMING_LEMMAS = new Set(['name']);
// "Asked whether X could confirm ...": a verb after a modal is a question or a possibility, not a report.
// (s43) Not a name's last word after a name or a title ("Theresa May said", "Mrs May told"): "May" there is no modal.
// (s59) A question's inverted modal and its subject before the verb: "Can the minister", "Will the government",
// "Would the Foreign Secretary not".
const ASKED_OF_SUBJECT =
  /^\s*(?:[Cc]an|[Cc]ould|[Ww]ill|[Ww]ould|[Ss]hould|[Ss]hall|[Dd]oes|[Dd]id|[Dd]o)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+)?(?:[\p{L}.'’-]+\s+){0,4}?(?:not\s+)?(?:now\s+|also\s+|please\s+)?$/u;
const MODAL_BEFORE =
  /\b(?:[Cc]ould|[Ww]ould|[Ss]hould|[Mm]ight|may|(?<!\p{Lu}[\p{L}'’.-]*\s)May|[Cc]an|[Ww]ill|[Ss]hall|[Mm]ust)\s+(?:not\s+)?(?:\p{Ll}+ly\s+)?$/u;

// `," Rupert Colville, a spokesman for the U.N. human rights office, told`: a subject with its appositive.
const MAX_WORDS_BEFORE_TRAILING_VERB = 18;

/**
 * Whether a verb stands inside a question fronted by "Asked" ("Asked by X whether the department believed ..., Y
 * said"; "Asked if Moscow would agree, ..."): before the comma that closes that clause.
 */
function inFrontedQuestion(text: string, sentence: Span, verb: Span): boolean {
  const opening = text.slice(sentence.start, verb.start);
  return FRONTED_QUESTION.test(opening) && !opening.includes(',');
}
const FRONTED_QUESTION = /^\s*Asked\b[^,;:"“”]*?\b(?:whether|if|what|why|how|when|who|about)\b/u;

/** Whether the resolver found a speaker by the words that name it (its name, an alias, a role), not a pronoun or a description. */
const foundByName = (via: SpeakerVia) => via === 'alias' || via === 'name' || via === 'role';

export function speakerKey(speaker: ResolvedSpeaker): string {
  return speaker.status === 'actor' ? speaker.id : `proposed:${speaker.proposal.id}`;
}

/** Start of the clause in which a verb's subject stands. */
// (s51) A participle of speaking fronted with its phrase and a comma, as clauseStart reads it: "Speaking before the
// Council, ", "Addressing the Assembly after the vote, " (not "Speaking for the Group of Arab States, ", which names
// whose words they are).
const FRONTED_PARTICIPIAL =
  /^\s*(?:Speaking|Addressing|Talking|Testifying|Appearing|Briefing|Replying|Responding|Reacting|Writing)\b(?!\s+(?:for|on\s+behalf\s+of)\b)[^,;:"“”]{0,80},\s+/u;
// (s49) A time fronted with no comma before the subject, as clauseStart reads it: "On 19 November", "By then", "Last
// week". The resolver's FRONTED_TIME and FRONTED_BARE (speaker-resolution.ts) read the same inside a subject, before a
// name or a body's noun; this one sets where the subject's clause begins, whatever follows.
const FRONTED_TIME_NO_COMMA = new RegExp(
  String.raw`^\s*(?:(?:[Oo]n|[Bb]y|[Ee]arly on|[Ll]ate on)\s+(?:${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|\d{1,2}\s+${MONTH_WORD}|${MONTH_WORD}\.?\s+\d{1,2}|then)|(?:[Ll]ast|[Tt]his|[Ee]arlier this|[Ll]ater that|[Tt]hat)\s+(?:week|month|year|night|morning|afternoon|evening|day|weekend))\s+(?=\p{L})(?!(?:morning|afternoon|evening|night)\b)`,
  'u',
);
// (s69) A time after "since" or "until" that runs right up to the verb, no comma between ("An engineer on a ship held
// at the quay since early December says", "Families displaced since the summer say"): an adjunct inside the subject,
// not a clause whose subject speaks ("since officials said" still opens one).
const TIME_UP_TO_VERB = new RegExp(
  String.raw`^(?:(?:early|late|mid-?|last|this)\s+)?(?:the\s+(?:(?:start|end|beginning|middle)\s+of\s+(?:the\s+)?)?)?(?:${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|${MONTH_WORD}(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH_WORD}(?:\s+\d{4})?|\d{4}|summer|spring|autumn|winter|weekend|week|month|year|morning|afternoon|evening|night)\s+$`,
  'u',
);
export function clauseStart(text: string, sentenceStart: number, verbStart: number, notBefore: number): number {
  let before = text.slice(Math.max(sentenceStart, notBefore), verbStart);
  const offset = Math.max(sentenceStart, notBefore);
  const auxiliary = AUXILIARY_BEFORE_VERB.exec(before);
  if (auxiliary) before = before.slice(0, auxiliary.index); // "X, who heads Y, has just said": the subject ends before "has"
  // (s50) "Ethiopia, which takes up its seat in 12 days, yesterday welcomed": a time between the relative clause's
  // closing comma and the verb leaves the clause the subject's.
  const timed = TIME_BEFORE_VERB.exec(before);
  const relative = RELATIVE_APPOSITIVE.exec(timed ? before.slice(0, timed.index + 1) : before);
  if (relative) before = before.slice(0, relative.index); // ", who heads X," belongs to the subject
  const relativeThat = RELATIVE_THAT_APPOSITIVE.exec(before);
  if (relativeThat) before = before.slice(0, relativeThat.index); // (s67) ", a group that helps X," as well
  const anonymous = ANONYMITY_RELATIVE.exec(before);
  if (anonymous) before = before.slice(0, anonymous.index); // "a nurse who asked not to be named" is the subject
  if (DESCRIBED_THEN_NAMED.test(before)) before = ''; // "A nurse who ..., Ms. X," is one subject
  // (s66) The same with where and how the subject spoke set off by commas after it ("A Swedish economist who works on
  // the region, speaking on condition of anonymity, told"): the setting is no clause of its own.
  const setting = SETTING_BEFORE_VERB.exec(before);
  const restricted = RESTRICTED_SUBJECT.exec(setting ? before.slice(0, setting.index) : before);
  if (restricted) before = before.slice(0, restricted.index); // "Residents who reached the coast" is the subject
  // (s37) "Chairman Senate X while winding up the debate said": an aside with no comma after a name belongs to the subject.
  const aside = UNMARKED_ASIDE_AFTER_NAME.exec(before);
  if (aside) before = before.slice(0, aside.index + (aside[1] as string).length);
  let start = offset;
  // (s51) A fronted participle's phrase closed by its comma ("Speaking before the Council, the ambassador of France,
  // X, said"): the subject follows the comma; a "before" inside the phrase opens no clause of the subject's.
  const participial = offset === sentenceStart ? FRONTED_PARTICIPIAL.exec(before) : null;
  if (participial) start = offset + participial[0].length;
  // (s49) A time fronted with no comma after it: "On 19 November the Aleppo health directorate told ...", "Last week aid
  // workers said", "By then aid workers said": the subject follows it.
  const fronted = offset === sentenceStart ? FRONTED_TIME_NO_COMMA.exec(before) : null;
  if (fronted && before.length > fronted[0].length) start = offset + fronted[0].length;
  for (const match of before.matchAll(CLAUSE_BOUNDARY)) {
    // "WHO said": the World Health Organization speaking, not the relative pronoun.
    if (/^WHO\s$/u.test(match[0])) continue;
    if (participial && match.index < participial[0].length) continue;
    if (/^(?:since|until)\s$/iu.test(match[0]) && TIME_UP_TO_VERB.test(before.slice(match.index + match[0].length))) continue;
    start = offset + match.index + match[0].length;
  }
  // (s52) "Warplanes pounded the districts and aid agencies warned that ...": a clause of its own before "and" (a past
  // verb in -ed), then a group named in lower case right before the verb: the group alone is the subject.
  const joined = JOINED_GROUP_SUBJECT.exec(before.slice(start - offset));
  if (joined) start += joined.index + joined[0].length;
  return start;
}
const JOINED_GROUP_SUBJECT = new RegExp(
  String.raw`\b\p{Ll}{3,}ed\b[^,;:"“”]*?\s+and\s+(?=(?:[\p{Ll}-]+\s+){0,2}(?:${GROUP_NOUNS})\s*$)`,
  'u',
);

// (s49) A body's official described, not named, as the subject: "the United Nations top humanitarian official told",
// "the UN's senior aid official said". Group 1 the field of the office ("humanitarian", "aid").
const DESCRIBED_OFFICIAL =
  /\b(?:top|senior|chief|most\s+senior)\s+((?:\p{Ll}+\s+){0,2}?\p{Ll}+)\s+(?:official|officer|envoy|diplomat|coordinator)\s*$/u;

/**
 * (s49) A remark given to a body whose attribution describes one of its officials ("Amid the heaviest fighting, the
 * United Nations top humanitarian official told the Security Council ..."), where a person named in the next paragraph
 * or the one after, with an office of that field ("Briefing the Council, STEPHEN O'BRIEN, Under-Secretary-General for
 * Humanitarian Affairs ..., said"), speaks: the lead describes that person before naming him, as meetings coverage
 * and wire leads do. The remark is his.
 */
function officialNamedAfter(article: ArticleAnalysis, statements: ExtractedStatement[]): ExtractedStatement[] {
  const { text } = article;
  for (const statement of statements) {
    if (isPersonSpeaker(article.gazetteer, statement.speaker)) continue;
    const subject = text.slice(Math.min(...statement.attribution.map((a) => a.start)), statement.verb.start);
    const field = DESCRIBED_OFFICIAL.exec(subject)?.[1];
    if (!field) continue;
    const fieldWord = new RegExp(`\\b${escapeRegExp(field.split(/\s+/u).at(-1) as string)}`, 'iu');
    const named = statements.find(
      (s) =>
        s.paragraph > statement.paragraph &&
        s.paragraph <= statement.paragraph + 2 &&
        isPersonSpeaker(article.gazetteer, s.speaker) &&
        fieldWord.test(`${s.speakerRole ?? ''} ${speakerRoles(article.gazetteer, s.speaker).join(' ')}`),
    );
    if (!named) continue;
    statement.speaker = named.speaker;
    statement.speakerRole = named.speakerRole;
  }
  return statements;
}

/** The article's statements, each dated; `votes` (the article's, read once) may date a remark made at one. */
export function extractStatements(article: ArticleAnalysis, resolver: SpeakerResolver, votes: ExtractedVote[]): ExtractedStatement[] {
  const found: ExtractedStatement[] = [];
  const relayed: RelaySetting[] = [];
  resolver.startPass();
  // Speech carried by speaker labels (a verbatim record, a transcript, a factbox's bullets): labelled-turns.ts.
  const record = readLabelledTurns(article, resolver);
  article.paragraphs.forEach((paragraph, index) => {
    if (article.title && normalizeTitle(paragraph.text) === normalizeTitle(article.title)) return;
    if (isStandfirst(article, index) || inScriptHeadlines(article, index)) return;
    found.push(...paragraphStatements(article, resolver, paragraph, index, found.at(-1) ?? null, relayed));
  });
  const merged = officialNamedAfter(
    article,
    relayedInsideWords(article, resolver, mergeContinuedQuotations(article, withLabelledTurns(article, record, found))),
  );
  for (const statement of merged) statement.passedOnBy ??= PASSED_ON_BY.get(statement.speaker);
  dateStatements(article, merged, relayed, record?.opening ?? null, record?.day ?? null, votes);
  // An organisation's own release speaks in its voice ("We call on ...", "The Ministry notes ..."): issuer-voice.ts.
  return speakInIssuersVoice(article, resolver, merged);
}

// A line that is a date (and a time) alone: "16 Dec 2016 18:40 GMT", "Published: December 6, 2016".
const DATE_LINE_ONLY =
  /^(?:(?:Published|Updated|Posted|Last\s+updated)\s*:?\s*)?(?:\p{L}+,?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?,?|\p{L}{3,9}\.?\s+\d{1,2},?)\s+\d{4}(?:[\s,|·•-]+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\p{Lu}{2,4})?)?\.?$/u;

// (s34) A summary box's heading, as news sites print one above the body ("Key points:", "Story highlights", "At a
// glance", unseen "What you need to know:", "In brief:"), and the bullet of each of its lines.
const SUMMARY_BOX_HEADING =
  /^(?:key\s+(?:points|facts)|story\s+highlights|highlights|at\s+a\s+glance|in\s+brief|in\s+short|what\s+you\s+need\s+to\s+know)\s*:?$/iu;
const BULLET_LINE = /^(?:[-*•·▪‣–]\s+)/u;

/**
 * A standfirst: the paragraph between the headline and the article's date line ("Thousands left waiting ...; the army
 * accuses rebels of ..., rebels say ..."), which sums up in headline style what the body reports with its attributions;
 * (s34) or a bullet of a summary box under its heading ("Key points: / - About 3,000 people left on Thursday, Red Cross
 * says"), which does the same.
 */
export function isStandfirst(article: ArticleAnalysis, index: number): boolean {
  if (BULLET_LINE.test((article.paragraphs[index] as Segment).text)) {
    for (let i = index - 1; i >= 0; i--) {
      const line = (article.paragraphs[i] as Segment).text.trim();
      if (!BULLET_LINE.test(line)) return SUMMARY_BOX_HEADING.test(line);
    }
    return false;
  }
  const before = article.paragraphs[index - 1];
  const after = article.paragraphs[index + 1];
  return (
    article.title !== null &&
    before !== undefined &&
    after !== undefined &&
    normalizeTitle(before.text) === normalizeTitle(article.title) &&
    DATE_LINE_ONLY.test(after.text.trim())
  );
}

export const normalizeTitle = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** What the rules for one paragraph read: its sentences, the quotations that are speech and the speech verbs. */
interface ParagraphScope {
  article: ArticleAnalysis;
  resolver: SpeakerResolver;
  paragraph: Segment;
  index: number;
  sentences: Segment[];
  quotes: Quotation[];
  verbs: SpeechVerb[];
  /** Where a speaker relayed another's speech: the day of that setting dates the relayer's own next remarks. */
  relayed: RelaySetting[];
}

/** How one quotation is attributed: by a verb and its speaker, not at all (it may continue), or not speech. */
type QuoteReading =
  | {
      how: 'attributed';
      verb: SpeechVerb;
      speaker: SpeakerResolution;
      kind: StatementKind;
      attribution: Span[];
      leadWords: number;
      /** A partial statement's evidence: the reported words around the fragment, not the fragment alone. */
      reported?: Span;
    }
  | { how: 'unattributed'; leadWords: number }
  | { how: 'scare-quotes' };

function paragraphStatements(
  article: ArticleAnalysis,
  resolver: SpeakerResolver,
  paragraph: Segment,
  index: number,
  previousStatement: ExtractedStatement | null,
  relayed: RelaySetting[],
): ExtractedStatement[] {
  const { text } = article;
  const scope: ParagraphScope = {
    article,
    resolver,
    paragraph,
    index,
    sentences: splitSentences(text, paragraph),
    quotes: article.quotations.filter((q) => q.paragraph === index && (q.style === 'double' || isSpeechLike(text, q))),
    verbs: findSpeechVerbs(text, paragraph, article.quotations),
    relayed,
  };
  const { statements, used, unclaimed } = quotedStatements(scope, previousStatement);
  reportedStatements(scope, used, statements);
  const afterReport = quotationsAfterReport(scope, statements, unclaimed);
  statements.push(...afterReport, ...quotationsAfterBeat(scope, unclaimed, afterReport));
  endBeforeQuotedSecondSpeaker(scope, statements);
  // "X said ... and dismissed its claims as “lies.”": one sentence, one speaker, one record. And "X told us that the
  // council estimated ... and that stocks would last "ten days at most."": a fragment whose own verb stands in the
  // "that" clause of another speaker's reported speech is part of that speech, not a remark of the verb's subject
  // (not so a relative clause of the writer's: "..., which doctors estimate at "400 people."").
  const inside = (span: Span, other: ExtractedStatement) => other.evidence.some((o) => o.start <= span.start && span.end <= o.end);
  const reportedWithin = (s: ExtractedStatement, other: ExtractedStatement) =>
    other.verb.end <= s.verb.start &&
    inside(s.verb, other) &&
    !/[;:]|\b(?:which|who|whom|where)\s/u.test(scope.article.text.slice(other.verb.end, s.verb.start));
  // (s58) "Colleagues told him on Sunday that fuel would run out “within days”, he said.": a fragment in the clause of
  // a remark relayed, the relayer's verb closing the sentence after it, is the relayed speaker's, inside that record.
  // (s70) So with the relayer named after it, by a verb or "according to": "She described the shelling as “a stain on
  // the conscience of the world,” British officials travelling with her said", "told his colleagues that the kingdom
  // would not accept “a Council held hostage ...,” according to delegates who attended".
  const relayedThenClosed = (s: ExtractedStatement, other: ExtractedStatement) =>
    other.verb.end <= (s.evidence[0] as Span).start &&
    (/^["”’]?\s*,\s*(?:he|she)\s+$/iu.test(scope.article.text.slice((s.evidence.at(-1) as Span).end, s.verb.start)) ||
      RELAYER_AFTER_QUOTE.test(scope.article.text.slice((s.evidence.at(-1) as Span).end)));
  const kept = statements.filter(
    (s) =>
      s.kind === 'indirect' ||
      !statements.some(
        (other) =>
          other.kind === 'indirect' &&
          ((s.kind === 'partial' && (speakerKey(other.speaker) === speakerKey(s.speaker) || reportedWithin(s, other))) ||
            (speakerKey(other.speaker) !== speakerKey(s.speaker) && relayedThenClosed(s, other))) &&
          s.evidence.every((e) => inside(e, other)),
      ),
  );
  return oneRecordPerSentence(
    scope,
    kept.sort((a, b) => (a.evidence[0] as Span).start - (b.evidence[0] as Span).start),
  );
}

// (s70) A relayer named after a quotation's close, then its verb, or "according to" and the relayer.
const RELAYER_AFTER_QUOTE =
  /^(?:,?["”’]|["”’]?\s*,)\s*(?:according\s+to\s+[^,;:.!?"“”]{2,60}[,.;]|(?:the\s+|an?\s+)?[^,;:.!?"“”]{2,60}?\s+(?:said|say|says|told)\b)/iu;

/**
 * "The government on Monday welcomed ..., but Foreign Minister X warned that the vote had come “weeks too late”": a
 * second speaker's clause, after "but", "while" or ", as" (COORDINATION), whose quoted words the quotation pass gave to
 * its own subject, ends the first speaker's reported words there, as a second speaker's reported clause does
 * (reportedStatements); else the first speaker's record would swallow the second's.
 */
function endBeforeQuotedSecondSpeaker(scope: ParagraphScope, statements: ExtractedStatement[]): void {
  const { text } = scope.article;
  for (const second of statements) {
    const mention = second.speaker.mention;
    if (second.kind !== 'partial' || !mention || second.verb.speakerAfter || mention.end > second.verb.start) continue;
    const sentence = sentenceAt(scope, second.verb.start);
    const start = clauseStart(text, sentence.start, second.verb.start, sentence.start);
    const boundary = COORDINATION.exec(text.slice(sentence.start, start));
    if (!boundary || mention.start < start) continue;
    const cutAt = start - boundary[0].length;
    for (const first of statements) {
      if (first.kind !== 'indirect' || first.verb.end > cutAt || speakerKey(first.speaker) === speakerKey(second.speaker)) continue;
      first.evidence = first.evidence.map((e) =>
        e.start < cutAt && second.verb.start < e.end ? trimSpan(text, { start: e.start, end: cutAt }) : e,
      );
    }
  }
}

// Between a quotation's closing mark and the next verb: only "and" or "but" (and an adverb), no subject of its own.
const COORDINATED_PREDICATE = /^[\s,]*(?:and|but)\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?$/iu;
// (s64) Or the rest of the naming's own clause first: where or when it was said, what the quoted words name
// (`called the new mechanism "a flagrant interference" in his country's affairs and said ...`, `called the draft "a
// piece of propaganda" written to shield "terrorists" in the east, and said ...`, `called the collapse "a bitter
// setback" in Berlin on Wednesday, and urged ...`): a phrase with no clause of its own (no relative, subordinator,
// "and"/"but"/"or", no finite verb), before "and" and the second verb.
const NAMING_CLAUSE_TAIL =
  /^\s+(?!(?:and|but|or)\s)(?:(?!(?:and|but|or|that|which|who|whom|whose|where|when|while|as|after|before|because|although|though|whereas|if|since|until|unless|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)(?![\p{L}'’-]))[^\s.;:!?—–]+\s*,?\s+){1,10}?(?:and|but)\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?$/u;

/** Whether the words from a quotation's close to `verb` leave the verb a second predicate of the same subject. */
function secondPredicate(scope: ParagraphScope, from: number, verb: SpeechVerb): boolean {
  const between = scope.article.text.slice(from, verb.start);
  if (COORDINATED_PREDICATE.test(between)) return true;
  // (s64) A tail of the naming's clause, with no speech verb of another subject in it.
  return NAMING_CLAUSE_TAIL.test(between) && !scope.verbs.some((v) => v !== verb && v.start >= from && v.start < verb.start);
}

/**
 * The speaker of a statement earlier in the same sentence, when the verb is a second predicate of its subject right
 * after a quotation: `X called the plan "a trap" and said ...` (not `..." and Y said`, which names its own subject).
 */
function sharedSubject(scope: ParagraphScope, earlier: ExtractedStatement, verb: SpeechVerb, from: number): ResolvedSpeaker | null {
  if (verb.participle || verb.speakerAfter || earlier.continuation || earlier.verb.start >= verb.start) return null;
  if (sentenceAt(scope, earlier.verb.start) !== sentenceAt(scope, verb.start)) return null;
  return secondPredicate(scope, from, verb) ? earlier.speaker : null;
}

/** The shared subject, where the verb's own reading finds none or the same speaker (the verb's record then joins). */
function coordinated(verb: SpeechVerb, found: SpeakerResolution, shared: ResolvedSpeaker | null): SpeakerResolution {
  if (shared === null) return found;
  const own = named(found);
  if (own && speakerKey(own) !== speakerKey(shared)) return found;
  COORDINATED_VERBS.add(verb);
  return shared;
}

/** Verbs whose subject is that of an earlier statement of their sentence: their records join that statement. */
const COORDINATED_VERBS = new WeakSet<SpeechVerb>();

/**
 * One sentence, one speaker, one record: `X dismissed the plan as "a trap" and said ...`: a verb that shares the
 * subject of an earlier statement of its sentence joins that record (which keeps its kind; the evidence of both is
 * kept).
 */
function oneRecordPerSentence(scope: ParagraphScope, statements: ExtractedStatement[]): ExtractedStatement[] {
  const kept: ExtractedStatement[] = [];
  for (const statement of statements) {
    const sentence = sentenceAt(scope, statement.verb.start);
    const same = (other: ExtractedStatement) =>
      !other.continuation &&
      !statement.continuation &&
      speakerKey(other.speaker) === speakerKey(statement.speaker) &&
      sentenceAt(scope, other.verb.start) === sentence &&
      COORDINATED_VERBS.has(statement.verb);
    const host = kept.find(same);
    if (!host) {
      kept.push(statement);
      continue;
    }
    host.evidence.push(...statement.evidence);
    host.evidence.sort((a, b) => a.start - b.start);
  }
  return kept;
}

const sentenceAt = (scope: ParagraphScope, position: number): Segment =>
  scope.sentences.find((s) => s.start <= position && position < s.end) ?? (scope.sentences.at(-1) as Segment);

function newStatement(
  scope: ParagraphScope,
  speaker: ResolvedSpeaker,
  kind: StatementKind,
  evidence: Span[],
  verb: SpeechVerb,
  attribution: Span[],
  continuation: boolean,
): ExtractedStatement {
  return {
    speaker,
    speakerRole: null,
    kind,
    evidence,
    said: publicationWhen(scope.article.publishedOn, 'set by assignDatesAndPlaces'), // dated once all statements are known
    place: null,
    paragraph: scope.index,
    attribution,
    verb,
    continuation,
    basis: 'prose',
  };
}

/**
 * Statements in quotation marks: each quotation attributed by the verb after or before it; one with no verb of its
 * own continues the same speaker's statement (in this paragraph, or the direct quotation that closed the one
 * before). Returns the verbs used, which then report nothing else.
 */
function quotedStatements(
  scope: ParagraphScope,
  previousStatement: ExtractedStatement | null,
): { statements: ExtractedStatement[]; used: Set<SpeechVerb>; unclaimed: Quotation[] } {
  const { article, index } = scope;
  const statements: ExtractedStatement[] = [];
  const used = new Set<SpeechVerb>();
  const unclaimed: Quotation[] = [];
  let current: ExtractedStatement | null = null;
  scope.quotes.forEach((quote, i) => {
    const reading = readQuotation(scope, i);
    const evidence = reading.how === 'attributed' && reading.reported ? reading.reported : { start: quote.start, end: quote.end };
    if (reading.how === 'scare-quotes') return;
    if (reading.how === 'unattributed') {
      const introduced = i === 0 && reading.leadWords === 0 ? introducedAbove(scope) : null;
      const viewFor = reading.leadWords > 0 ? forWhom(scope, quote) : null;
      if (current && reading.leadWords === 0) current.evidence.push(evidence);
      else if (introduced) {
        // "X has posted on Twitter:" closing the paragraph before: the quotation that opens this one is X's.
        current = newStatement(scope, introduced.speaker, 'direct', [evidence], introduced.verb, [introduced.attribution], false);
        current.speakerRole = roleOf(article, introduced.speaker, introduced.attribution, introduced.verb);
        scope.resolver.noteSpeech(introduced.speaker, introduced.speaker.mention ?? introduced.verb, [evidence], introduced.verb);
        statements.push(current);
      } else if (
        i === 0 &&
        reading.leadWords === 0 &&
        // (s33) Only a quotation that opens the paragraph: one after the paragraph's own sentences ('He said his nephew
        // had written on Sunday. "Come quickly," it read.') is no continuation of the paragraph before.
        quote.start - scope.paragraph.start <= 1 &&
        previousStatement &&
        previousStatement.kind === 'direct' &&
        previousStatement.paragraph === index - 1
      ) {
        // A paragraph that opens with an unattributed quotation continues the quotation that closed the one before.
        current = newStatement(scope, previousStatement.speaker, 'direct', [evidence], previousStatement.verb, [], true);
        // (s42) Unless the quotation before closed and this one runs on into the next paragraph with no closing mark:
        // then it opens a new speech, whose speaker the next paragraph names (RUN_ON, mergeContinuedQuotations).
        const before = article.quotations.filter((q) => q.paragraph === index - 1).at(-1);
        if (quote.closeMark === null && before && before.closeMark !== null) RUN_ON.add(current);
        statements.push(current);
      } else if (viewFor) {
        // (s42) "For Mona Haddad-Grant, a Syrian-born pharmacist ..., yesterday's vote was “a small light in a very dark
        // week”": the one a view is given for speaks it, with no verb of saying.
        current = newStatement(scope, viewFor.speaker, 'partial', [viewFor.words], viewFor.verb, [viewFor.attribution], false);
        scope.resolver.noteSpeech(viewFor.speaker, viewFor.speaker.mention ?? viewFor.verb, [viewFor.words], viewFor.verb);
        statements.push(current);
      } else if (reading.leadWords === 0) {
        // (s42) A paragraph that opens on a quotation running on with no closing mark, nobody's yet: the next
        // paragraph's opening quotation may name its speaker (the speech goes on there).
        if (i === 0 && quote.closeMark === null && quote.start - scope.paragraph.start <= 1) RUN_ON_QUOTE.set(article, quote);
        unclaimed.push(quote);
      }
      return;
    }
    const { verb, kind, attribution, leadWords } = reading;
    const prior = scope.quotes[i - 1];
    // `X called the plan "a trap" and said it relied on "old lies."`: a second predicate of the same subject.
    const speaker = coordinated(
      verb,
      reading.speaker,
      current && prior ? sharedSubject(scope, current, verb, (prior.closeMark ?? prior.end) + 1) : null,
    );
    if (speaker.status !== 'actor' && speaker.status !== 'proposed') return;
    if (claimedSpeech(scope, verb)) return;
    used.add(verb);
    // The same speaker's next quotation in the paragraph continues the statement, if it is of the same kind.
    if (
      current &&
      current.kind === kind &&
      speakerKey(current.speaker) === speakerKey(speaker) &&
      (leadWords === 0 || current.verb === verb)
    ) {
      current.evidence.push(evidence);
      current.attribution.push(...attribution);
      return;
    }
    current = newStatement(scope, speaker, kind, [evidence], verb, attribution, false);
    // (s42) The run-on quotation of the paragraph before opens this speech ('"We have waited for weeks. / "Now we will
    // go," Haddad said.').
    const runOn = RUN_ON_QUOTE.get(article);
    if (runOn && runOn.paragraph === index - 1 && i === 0 && kind === 'direct' && quote.start - scope.paragraph.start <= 1) {
      current.evidence.unshift({ start: runOn.start, end: runOn.end });
      RUN_ON_QUOTE.delete(article);
    }
    current.speakerRole = roleOf(article, speaker, attribution[0] as Span, verb);
    const noted = grammaticalSpeaker(speaker);
    scope.resolver.noteSpeech(noted, noted.mention ?? verb, [evidence], verb);
    statements.push(current);
  });
  return { statements, used, unclaimed };
}

/**
 * "His sister had rung him on Tuesday, he said. “She told me ... And then the line went.”": a quotation that is a whole
 * sentence (or several) with no attribution of its own, right after a sentence that reports someone's words in the
 * same paragraph, is that reporter's, a record of its own (a reported sentence and the quotation after it are two
 * records, by the curation rules). Dated as the report it goes on from.
 */
function quotationsAfterReport(scope: ParagraphScope, statements: ExtractedStatement[], unclaimed: Quotation[]): ExtractedStatement[] {
  const added: ExtractedStatement[] = [];
  for (const quote of unclaimed) {
    const open = quote.openMark ?? quote.start;
    const previous = sentenceBeforeWholeQuotation(scope, quote);
    if (!previous) continue;
    const report = statements.find(
      (s) =>
        s.kind === 'indirect' &&
        previous.start <= s.verb.start &&
        s.verb.end <= previous.end &&
        s.evidence.every((e) => e.end <= open) &&
        (s.evidence.at(-1) as Span).end >= previous.start,
    );
    if (!report) continue;
    added.push(newStatement(scope, report.speaker, 'direct', [{ start: quote.start, end: quote.end }], report.verb, [], true));
  }
  return added;
}

/**
 * The sentence right before a quotation that is a whole sentence of three words or more (or several) ending its
 * sentence, in the same paragraph: where an unattributed quotation may take its speaker from. Null for any other.
 */
function sentenceBeforeWholeQuotation(scope: ParagraphScope, quote: Quotation): Segment | null {
  const { text } = scope.article;
  const open = quote.openMark ?? quote.start;
  const closeEnd = quote.closeMark !== null ? quote.closeMark + 1 : quote.end;
  const at = scope.sentences.findIndex((s) => s.start <= open && open < s.end);
  const previous = scope.sentences[at - 1];
  const last = scope.sentences[scope.sentences.findIndex((s) => s.start <= closeEnd - 1 && closeEnd - 1 < s.end)];
  if (at < 1 || !previous || !last || text.slice(closeEnd, last.end).trim() !== '') return null;
  if (!/[.?!…]['’]?$/u.test(text.slice(quote.start, quote.end)) || wordCount(text.slice(quote.start, quote.end)) < 3) return null;
  return previous;
}

/**
 * (s36) `Asked what he would tell the leaders, Mr Roe paused. "You had five years."`: a quotation that is a whole sentence
 * with no attribution, right after a sentence of the same paragraph that opens on a named person (after a fronted
 * clause at most) doing something other than speaking, is that person's. Reporters set such a beat before a quote in
 * place of "he said". Not where the sentence before reports speech or quotes, nor where its subject is no person.
 */
function quotationsAfterBeat(scope: ParagraphScope, unclaimed: Quotation[], taken: ExtractedStatement[]): ExtractedStatement[] {
  const { text } = scope.article;
  const added: ExtractedStatement[] = [];
  for (const quote of unclaimed) {
    if (taken.some((s) => s.evidence.some((e) => e.start === quote.start))) continue;
    const previous = sentenceBeforeWholeQuotation(scope, quote);
    if (!previous || text.slice(previous.end, quote.openMark ?? quote.start).trim() !== '') continue;
    if (scope.article.quotations.some((q) => q.start < previous.end && q.end > previous.start)) continue;
    const beat = BEAT_SUBJECT.exec(previous.text);
    if (!beat?.groups) continue;
    const verbStart = previous.start + (beat.indices?.groups?.verb?.[0] ?? 0);
    // A verb of saying in the fronted clause ("Asked what he would say, ...") is no speech of the subject's; one after it is.
    if (scope.verbs.some((v) => v.start >= verbStart && v.end <= previous.end)) continue;
    const word = beat.groups.verb as string;
    const verb: SpeechVerb = {
      start: verbStart,
      end: verbStart + word.length,
      text: word,
      lemma: 'beat',
      participle: false,
      complement: 'quote',
      speakerAfter: false,
    };
    const speaker = named(scope.resolver.before(verb, previous.start));
    if (!speaker || !isPersonSpeaker(scope.article.gazetteer, speaker)) continue;
    const statement = newStatement(scope, speaker, 'direct', [{ start: quote.start, end: quote.end }], verb, [previous], false);
    statement.basis = 'action-beat';
    added.push(statement);
  }
  return added;
}

// A sentence opening on a name (after a fronted clause ending in a comma, at most), then its verb in lower case: "Mr
// Roe paused.", "Asked about the vote, Ana Ruiz shook her head."
const BEAT_SUBJECT =
  /^(?:[^"“”,;:]{3,120},\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+(?:\p{Ll}+ly\s+)?(?<verb>\p{Ll}+)\b/du;

/**
 * The speaker a paragraph ending on a colon hands the next paragraph's opening quotation to ("X has just tweeted:",
 * "In a statement, the ministry said:", "Lindqvist told reporters:"): the last speech verb of that paragraph, with
 * nothing after it but how, where and to whom it was said, and its subject.
 */
function introducedAbove(scope: ParagraphScope): { speaker: ResolvedSpeaker; verb: SpeechVerb; attribution: Span } | null {
  const { article, resolver, index } = scope;
  const { text } = article;
  const above = article.paragraphs[index - 1];
  if (!above || !/:\s*$/u.test(text.slice(above.start, above.end))) return null;
  const colon = text.lastIndexOf(':', above.end);
  const sentence = splitSentences(text, above).at(-1) as Segment;
  // "On Sunday night he sent us this message:": the sender's words.
  const sent = messageSent({ ...scope, paragraph: above, index: index - 1 }, { start: sentence.start, end: above.end });
  if (sent) return { speaker: sent.speaker, verb: sent.verb, attribution: { start: sentence.start, end: colon } };
  // (s63) "I want you to hear her words as she spoke them:": the words of the person the pronoun points back to.
  const own = POSSESSIVE_PRONOUN_NOUN.exec(text.slice(sentence.start, above.end));
  if (own && !findSpeechVerbs(text, sentence, article.quotations).some((v) => !v.participle)) {
    const mark = quoteMark(text, sentence.start + own.index, sentence.start + own.index + own[0].length, false);
    const speaker = named(resolver.personBefore(mark.start));
    if (speaker) return { speaker, verb: mark, attribution: { start: sentence.start, end: colon } };
  }
  const verb = findSpeechVerbs(text, above, article.quotations).at(-1);
  if (!verb || verb.participle || !endsSentence(text, verb, colon)) return null;
  const start = clauseStart(text, sentence.start, verb.start, sentence.start);
  const speaker = verb.speakerAfter ? resolver.after(verb, colon) : resolver.before(beforeAside(text, verb, start), start);
  if (speaker.status !== 'actor' && speaker.status !== 'proposed') return null;
  return { speaker, verb, attribution: { start: sentence.start, end: colon } };
}

/**
 * The attribution of the i-th quotation of a paragraph: a verb in the words after it (`," he said.`, `," said X`,
 * `," X told reporters`) when the quotation ends an utterance, else a verb in the words before it (`X said: "`,
 * `X said the worst "since ..."`, a woven fragment: partial).
 */
function readQuotation(scope: ParagraphScope, i: number): QuoteReading {
  const { article, resolver, paragraph, quotes, verbs } = scope;
  const { text } = article;
  const quote = quotes[i] as Quotation;
  const prior = quotes[i - 1];
  const next = quotes[i + 1];
  const open = quote.openMark ?? quote.start;
  const closeEnd = quote.closeMark !== null ? quote.closeMark + 1 : quote.end;
  let closeSentence = sentenceAt(scope, Math.max(quote.start, (quote.closeMark ?? quote.end) - 1));
  // `"Are you incapable of shame?" Power asked.`: a question or exclamation ends its sentence at the closing
  // mark, and the attribution is the sentence after it.
  if (closeSentence.end <= closeEnd && /[?!]['’]?$/u.test(text.slice(quote.start, quote.end)))
    closeSentence = sentenceAt(scope, closeEnd + 1);
  const trailer = {
    start: closeEnd,
    end: Math.max(closeEnd, Math.min(next ? (next.openMark ?? next.start) : paragraph.end, closeSentence.end)),
  };
  const openSentence = sentenceAt(scope, open);
  const notBefore = prior ? (prior.closeMark ?? prior.end) + 1 : paragraph.start;
  const lead = { start: Math.max(openSentence.start, notBefore), end: open };
  const leadWords = wordCount(text.slice(lead.start, lead.end));
  // (s53) A fact-check's claim under its label, its maker named on the line below (CLAIM_LABEL, CLAIMANT_LINE).
  const claim = i === 0 && !next && CLAIM_LABEL.test(text.slice(lead.start, lead.end)) ? creditedQuotation(scope, closeEnd) : null;
  if (claim) return claim;

  // Only a quotation that ends an utterance (`,"` `."` `?"` `",`) takes its speaker from the words after it;
  // a term in quotation marks ("fighters from “JAFSH” has to ... but the opposition said") does not.
  // A quotation that closes on a nested one (`"He told me, 'Stay,'" she said.`) ends where the nested one does.
  const endsUtterance = /[,.?!…]['’]?$/u.test(text.slice(quote.start, quote.end)) || /^[,.]/u.test(text.slice(closeEnd, closeEnd + 1));
  const leadVerb = verbs.filter((v) => v.start >= lead.start && v.end <= lead.end).at(-1);
  // (s52) `According to the readout, the Special Envoy "underlined the urgency of a pause," and the Minister assured
  // him ...`: a quotation that opens on its speaker's own verb right after the subject is that subject's predicate.
  // A source fronted before the subject ("According to the readout, ") is no verb of the subject's.
  const frontedSource = leadVerb?.lemma === 'according to' && /^[^,]{1,60},\s/u.test(text.slice(leadVerb.start, open));
  const predicate = leadVerb && !frontedSource ? null : quotedPredicate(scope, quote, lead, closeEnd, openSentence);
  if (predicate) return predicate;
  // `X said a pause would allow "the gunmen to rearm," while Y said ...`: after a quotation its sentence's own verb
  // introduced, a conjunction opens another speaker's clause; its verb does not attribute the quotation.
  // (s49) So does one with a "that" of its own after no finite verb of the quotation's ("Human rights groups are calling it
  // \"a massacre in slow motion,\" and Amnesty International said on Friday that the siege ...").
  const trailerWords = text.slice(closeEnd, trailer.end);
  const newClauseAfter =
    (leadVerb !== undefined &&
      !leadVerb.participle &&
      (OTHER_SPEAKER_CLAUSE.test(trailerWords) || OTHER_NAMED_SPEAKER_CLAUSE.test(trailerWords))) ||
    ((leadVerb === undefined || leadVerb.participle) &&
      OTHER_NAMED_SPEAKER_CLAUSE.test(trailerWords) &&
      /^[^.;:!?"“”]*\bthat\s/u.test(trailerWords));
  const joinedOn = (w: SpeechVerb) =>
    (leadVerb !== undefined || verbs.some((u) => !u.participle && u.start >= openSentence.start && u.end <= lead.start)) &&
    /^[\s,]*(?:and|but)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(closeEnd, w.start));
  const trailerVerb =
    !endsUtterance || newClauseAfter
      ? undefined
      : verbs.find(
          (v) =>
            // `"unnecessary," arguing that ...`: a participle after the closing mark goes on with the sentence's own verb.
            !(v.participle && /^[\s,]*$/u.test(text.slice(closeEnd, v.start))) &&
            // (s52) `X said the abstention had put it "on the wrong side of history," and called on the minister to ...`:
            // a verb joined on by "and" goes on with the lead's subject, who is no speaker named after it.
            // (s58) Or with the subject of a verb earlier in the sentence, before another quotation (`called the
            // resolution "a political manoeuvre" by governments that had "armed the terrorists," and said Canada ...`).
            // Nor a verb in the clause such a joined verb opens ("... and said Canada could not claim ...").
            !verbs.some((w) => w.start >= closeEnd && w.start <= v.start && joinedOn(w)) &&
            v.start >= trailer.start &&
            v.end <= trailer.end &&
            wordCount(text.slice(trailer.start, v.start)) <= MAX_WORDS_BEFORE_TRAILING_VERB,
        );
  // A quotation its sentence's own verb introduced, followed by "according to" (trailingSource): the verb before it
  // attributes it.
  const reportedBy =
    trailerVerb !== undefined && leadVerb !== undefined && !leadVerb.participle && trailingSource(scope, trailerVerb, closeSentence);
  let trailerSpeaker: SpeakerResolution | null = null;
  if (trailerVerb && !reportedBy) {
    // `Ban is "alarmed by the reports," his spokesman said.`: a spokesperson passing on the principal's words, as in
    // reported speech.
    trailerSpeaker =
      relayedPrincipal(scope, trailerVerb, closeSentence, trailer.start, true) ??
      (trailerVerb.speakerAfter ? resolver.after(trailerVerb, trailer.end) : resolver.before(trailerVerb, trailer.start));
    if (trailerSpeaker.status === 'none' && !trailerVerb.speakerAfter) trailerSpeaker = resolver.after(trailerVerb, trailer.end);
  }
  // (s34) `... asks an orderly, "Is the generator off?" Nobody replies.`: a verb in the sentence after a
  // question that names nobody is no attribution where a verb before the quotation may be one.
  const question = /[?!]['’]?$/u.test(text.slice(quote.start, quote.end));
  if (trailerSpeaker && (named(trailerSpeaker) !== null || !leadVerb || !question)) {
    const speaker = trailerSpeaker;
    // (s49) Not where a colon closes the words before the quotation and hands it on whole ("Clayson Monyela defended
    // the choice: \"...,\" he told journalists"): those words set the quotation up, they are not reported.
    const handedOn = /:\s*$/u.test(text.slice(lead.start, lead.end));
    const kind = leadWords > 0 && !leadVerb && !handedOn ? 'partial' : 'direct';
    // `The siege was "a disgrace," he said.`: the writer's words before the fragment are the speaker's, reported.
    const reported = kind === 'partial' ? trimSpan(text, { start: lead.start, end: closeEnd }) : undefined;
    // A partial statement's lead is what was reported ("The strikes on Monday were"), not when it was said.
    const attribution = kind === 'partial' ? [trailer] : [trailer, lead];
    return { how: 'attributed', verb: trailerVerb as SpeechVerb, speaker, kind, attribution, leadWords, reported };
  }
  // "He sent us a voice note at 2am: “...”": the sender's words ("note" there is no verb of the lead's).
  const sent = messageSent(scope, lead);
  // (s33) "Her mother, he said, sent a message: “...”": a teller's aside between the sender and "sent" leaves the
  // message its sender's.
  const tellerAside =
    leadVerb !== undefined &&
    /,\s*(?:he|she|\p{Lu}[\p{L}'’-]+)\s+$/u.test(text.slice(lead.start, leadVerb.start)) &&
    /^\s*,/u.test(text.slice(leadVerb.end, lead.end));
  if (sent && (!leadVerb || leadVerb.start >= sent.verb.start || tellerAside))
    return { how: 'attributed', verb: sent.verb, speaker: sent.speaker, kind: 'direct', attribution: [lead], leadWords };
  if (!leadVerb)
    return (
      colonHandedQuotation(scope, lead) ??
      (i === 0 && leadWords === 0 && !next ? creditedQuotation(scope, closeEnd) : null) ?? { how: 'unattributed', leadWords }
    );
  // "Haddad rejected the report, dismissing ...": a participle's subject is that of the verb before it.
  // (s65) After a passive verb of seeing (SEEN_BEFORE), the one seen, past an apposition set off by commas: "Maria
  // Roe, Sweden's ambassador, is shown calling the text “a first step”".
  const seenAt = leadVerb.participle ? seenBefore(text, openSentence.start, leadVerb) : null;
  // (s65) "..., and Omar Roe, Norland's envoy, telling the council ...": the name coordinated in a sentence of seeing.
  const seenAnd = leadVerb.participle && seenAt === null ? seenCoordinated(text, openSentence.start, leadVerb) : null;
  const finite = leadVerb.participle
    ? seenAt !== null
      ? { ...leadVerb, start: seenAt }
      : seenAnd !== null
        ? leadVerb
        : (verbs.filter((v) => !v.participle && !infinitive(text, v) && v.start >= openSentence.start && v.end <= leadVerb.start).at(-1) ??
          sentenceMainVerb(text, openSentence, leadVerb))
    : leadVerb;
  // `X called it "a small step," adding: "..."`: a finite verb before the prior quotation has its subject before it too.
  const subjectFrom = finite.start < notBefore && /^\s*:\s*$/u.test(text.slice(leadVerb.end, open)) ? openSentence.start : notBefore;
  const start =
    seenAnd !== null && seenAnd >= notBefore
      ? seenAnd
      : clauseStart(text, openSentence.start, finite.start, Math.max(subjectFrom, subjectAfterSource(scope, finite, openSentence)));
  const own = finite.speakerAfter ? resolver.after(finite, open) : resolver.before(beforeAside(text, finite, start), start);
  // `His spokesman said Ban "is deeply alarmed" by ...`: the principal's words, passed on, are the principal's.
  const principal = leadVerb === finite ? relayedPrincipal(scope, finite, openSentence, start, false) : null;
  // (s68) `SANA, quoting a military source, said the army had restored "security and stability"`: the source an aside
  // cites before the verb (citedSource) speaks a quotation's words as it speaks reported ones.
  const cited = leadVerb === finite && !finite.speakerAfter ? citedSource(scope, finite, start, openSentence.start) : null;
  const speaker =
    principal ??
    cited ??
    named(own) ??
    predicateAfterQuotation(scope, finite, openSentence, notBefore) ??
    floorTakenSubject(scope, finite, start) ??
    own;
  const between = text.slice(leadVerb.end, open);
  // "wrote to us on 20 May, a day after the clinic was hit: “...”": a colon right before the quotation hands it on
  // whole where the words after the verb say to whom, when or how it spoke (not "recalled, X watched ..., then sent a
  // message:", another's words).
  // (s34) "asks an orderly, “...?”", "asks him “...?”": the one a question is put to, then the question whole.
  // (s48) `said "terrorist groups" had burned five buses`: a quotation the clause goes on after (a word in lower case
  // right after the closing mark) is a fragment woven into reported speech, however close to the verb.
  const clauseGoesOn =
    /^\s+(?!and\s|but\s|or\s)\p{Ll}/u.test(text.slice(closeEnd, closeSentence.end)) &&
    !/[.?!…]['’]?$/u.test(text.slice(quote.start, quote.end));
  const adjacent =
    (!clauseGoesOn && /^(?:\s*(?:on\s+)?\p{Lu}\p{Ll}+day(?:\s+(?!that\b)\p{Ll}+)?)?[\s,:—–-]*$/u.test(between)) ||
    (leadVerb.lemma === 'ask' && QUESTION_PUT_TO.test(between) && /\?['’]?$/u.test(text.slice(quote.start, quote.end))) ||
    (/:\s*$/u.test(between) &&
      /^\s+(?:to|on|in|from|at|by|via|during|after|before|late|early|last|this|that|yesterday|today)\s/u.test(between)) ||
    // (s42) "told reporters: “...”", "told the Courier: “...”": whom it was told, then a colon that hands it on whole.
    (leadVerb.lemma === 'tell' && /^\s+(?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+\s*:\s*$/u.test(between)) ||
    // (s39) "spoke to Masri through the window: “...”": whom it was said to, and where or how, then a colon right
    // before the quotation (the shape the verb's `next` requires, speech-verbs.ts), which it hands on whole.
    leadVerb.lemma === 'speak to';
  // (s58) "rejected what he called “...”": a name woven into the writer's clause, however close to its verb.
  const wovenName = leadVerb.lemma === 'name' && /\bwhat\s+\S+\s+$/u.test(text.slice(lead.start, leadVerb.start)) && /^\s*$/u.test(between);
  // (s70) `New Zealand would keep raising it, Mr Roe said, "because the alternative is silence".`: an attribution set off
  // after the clause it reports, the quotation going on in lower case right after its comma: one remark, the clause
  // reported and the quotation's words woven on after it (partial), not the quotation alone.
  const closingAside =
    adjacent &&
    !leadVerb.participle &&
    !leadVerb.speakerAfter &&
    /^\s*,\s*$/u.test(between) &&
    /^\p{Ll}/u.test(text.slice(quote.start, quote.end)) &&
    CLOSING_SUBJECT.test(text.slice(lead.start, leadVerb.start)) &&
    wordCount(text.slice(lead.start, leadVerb.start)) >= 6 &&
    !verbs.some((v) => v !== leadVerb && v.start >= lead.start && v.end <= leadVerb.start);
  if (closingAside)
    return {
      how: 'attributed',
      verb: leadVerb,
      speaker,
      kind: 'partial',
      attribution: [{ start: lead.start, end: open }],
      leadWords,
      reported: trimSpan(text, { start: lead.start, end: closeEnd }),
    };
  const kind = adjacent && !wovenName ? 'direct' : 'partial';
  // A term in scare quotes is the writer's word, not the speaker's: the sentence stays indirect speech.
  // ... unless a verb of judging weaves it in: "dismissing its claims as “lies.”".
  // A naming's quotation of two words or more is the speaker's ("called the return to fighting “utterly deplorable”"),
  // unless a determiner sets a single term in scare quotes ("called the offer a “gesture”").
  // (s49) Five words or more that close the sentence are words spoken, whatever stands before them ("called it a chance
  // for the “armed opposition to make the right choice.”"): no term in scare quotes runs so long.
  // (s50) After a verb of judging that takes only a quotation, "a" before two quoted words or more does not make them
  // scare quotes: the judgement is the speaker's ("dismissed the text as a “political stunt”", "called the text a
  // “political stunt”"). Not "rejected"/"described ... as a": those read the whole clause as reported speech already.
  const quoted = text.slice(quote.start, quote.end);
  const judged =
    (NAMING_LEMMAS.has(leadVerb.lemma) || (WOVEN_LEMMAS.has(leadVerb.lemma) && leadVerb.lemma !== 'describe')) && wordCount(quoted) >= 2;
  const scareBefore =
    SCARE_QUOTE_BEFORE.test(text.slice(lead.start, open)) &&
    !(wordCount(quoted) >= 5 && /[.!?…]['’]?$/u.test(quoted)) &&
    !(judged && ARTICLE_BEFORE.test(text.slice(lead.start, open))) &&
    // "called her “the bravest young person I have met”": "her" is the naming verb's object, no determiner.
    !(judged && PRONOUN_OBJECT_ONLY.test(text.slice(leadVerb.end, open)));
  const naming = NAMING_LEMMAS.has(leadVerb.lemma) && (wordCount(quoted) >= 2 || /^\P{Lu}*$/u.test(quoted)) && (!scareBefore || wovenName);
  const woven = naming || (WOVEN_LEMMAS.has(leadVerb.lemma) && (judged ? AS_ARTICLE_BEFORE : AS_BEFORE).test(text.slice(lead.start, open)));
  if (kind === 'partial' && !woven && (wordCount(text.slice(quote.start, quote.end)) < 3 || scareBefore)) return { how: 'scare-quotes' };
  // `She said the monitors must be deployed "within hours, not weeks."`: the reported clause from after the verb (and
  // its "that") to the end of its clause, the fragment inside it.
  const reported =
    kind === 'partial'
      ? trimSpan(text, {
          start: Math.min(complementStart(text, leadVerb, openSentence), open),
          end: clauseEndAfter(text, closeEnd, nextVerbClause(text, verbs, closeEnd, openSentence.end)),
        })
      : undefined;
  // The attribution, where the remark's day is looked for, starts as an indirect statement's does: at the sentence's
  // start ("On Sunday, as the convoy left, Power said") unless the clause answers a question.
  // (s61) Not a relative "that" in the speaker's own asides ("X, who attended a meeting of ministers from states that
  // back a transition, told reporters there"): the speaker named before it speaks from the sentence's start.
  const namedBefore = speaker.status === 'actor' || speaker.status === 'proposed' ? (speaker.mention?.start ?? start) < start : false;
  const answers =
    (/\b(?:that|whether|if)\s/iu.test(text.slice(openSentence.start, start)) && !namedBefore) || /^Asked\b/u.test(openSentence.text);
  const attribution = { start: answers ? start : Math.max(openSentence.start, notBefore), end: open };
  return { how: 'attributed', verb: leadVerb, speaker, kind, attribution: [attribution], leadWords, reported };
}

/**
 * (s52) A quotation that is its subject's predicate: it opens on a finite speech verb in lower case (`the Special Envoy
 * "underlined the urgency of a humanitarian pause"`), right after a subject the resolver names (by name, role,
 * description or pronoun), with no verb of the writer's between. The subject speaks the quoted words, woven into the writer's sentence.
 */
function quotedPredicate(scope: ParagraphScope, quote: Quotation, lead: Span, closeEnd: number, sentence: Segment): QuoteReading | null {
  const { article, resolver } = scope;
  const { text } = article;
  // `lead` runs up to the opening mark; `quote` is the words inside the marks.
  if (!/^\p{Ll}/u.test(text.slice(quote.start, quote.start + 1))) return null;
  // (s58) Or a comma closing an apposed name (`the Minister, Mr Moussa Faki Mahamat, "calls on ..."`).
  if (!/(?:[\p{L}.]|\p{L},)\s*$/u.test(text.slice(lead.start, lead.end))) return null;
  const verb = findSpeechVerbs(text, { start: quote.start, end: quote.end }, []).find((v) => v.start === quote.start && !v.participle);
  // (s58) A communiqué's present too: `the Minister, Mr Moussa Faki Mahamat, "calls on all the parties to ..."`.
  if (!verb || !/^\p{Ll}*(?:ed|said|told|wrote|spoke|s)(?!\p{L})/u.test(verb.text)) return null;
  const subjectFrom = clauseStart(text, sentence.start, lead.end, lead.start);
  const speaker = resolver.before({ ...verb, start: lead.end, end: lead.end }, subjectFrom);
  if (!named(speaker)) return null;
  return {
    how: 'attributed',
    verb,
    speaker,
    kind: 'partial',
    attribution: [lead],
    leadWords: wordCount(text.slice(lead.start, lead.end)),
    reported: trimSpan(text, { start: subjectFrom, end: closeEnd }),
  };
}

// (s34) Whom a question is put to, between "asks"/"asked" and the quotation: a pronoun, or at most four words opening
// with a determiner or an owner ("an orderly", "his mother", "the crowd"), then a comma, a colon or nothing.
const QUESTION_PUT_TO =
  /^\s+(?:him|her|them|us|me|you|(?:a|an|the|his|her|their|its|our|my)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*[,:]?\s*$/u;

/**
 * The subject of a second predicate that follows a quotation with only "and"/"but" between ("X described the
 * retaking as its “liberation” and accused the West of mourning “not the civilians”"): the subject of the sentence's
 * verb before that quotation, read as that verb's own (the earlier quotation may have been no statement, a term in
 * scare quotes, so no record carries the subject over).
 */
function predicateAfterQuotation(scope: ParagraphScope, verb: SpeechVerb, sentence: Segment, from: number): ResolvedSpeaker | null {
  const { text } = scope.article;
  if (verb.participle || verb.speakerAfter || from <= sentence.start || !secondPredicate(scope, from, verb)) return null;
  const earlier = scope.verbs.filter((v) => !v.participle && !v.speakerAfter && v.start >= sentence.start && v.end < from).at(-1);
  if (!earlier || infinitive(text, earlier)) return null;
  const start = clauseStart(text, sentence.start, earlier.start, sentence.start);
  const found = scope.resolver.before(beforeAside(text, earlier, start), start);
  return named(found);
}

// Right before a verb that is the second predicate of its sentence's subject: "and" or "but" (a comma allowed, an
// adverb after it, or (s40) an auxiliary: "and had told him"), with no subject of its own ("met in Moscow on Tuesday and
// said", "arrived late, and told").
const AND_BEFORE_VERB = /,?\s+(?:and|but)\s+(?:(?:had|has|have|would|will)\s+)?(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?$/u;
// A subject the resolver reads without a mention of a name: a pronoun, or a determiner and at most three words of a
// role ("The spokesman", "The Turkish minister", "The three ministers"), an adverb or time words before it allowed.
const SUBJECT_WITHOUT_MENTION =
  /^(?:(?:Meanwhile|Later|Earlier|Separately|Then|On \p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+ly),?\s+)?(?:(?:He|She|They|It|We)|(?:The|the)\s+(?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+)\s+$/u;
// How many lower-case words of a sentence's head are tried as its first predicate: a subject's head noun and the words
// before it ("The foreign and defence ministers ...") take at most three.
const PREDICATE_CANDIDATES = 4;
// Words that never stand as a sentence's first predicate after its subject: articles, prepositions, conjunctions.
const NOT_A_PREDICATE = /^(?:the|a|an|of|for|in|on|at|from|to|with|by|and|or|de|al|el|van|von|bin|ibn|la|le|du|der)$/u;

// (s68) A chronology entry's day and its colon or dash before the subject: "Dec. 20: The foreign ministers of ... met
// in Moscow and said", "20 December - The ministers met and said".
const CHRONOLOGY_DAY = new RegExp(
  String.raw`^\s*(?:${MONTH_WORD}\.?\s+\d{1,2}|\d{1,2}\s+${MONTH_WORD})(?:,?\s+\d{4})?(?:\s*:|\s+[-–—])\s+(?=\p{Lu})`,
  'u',
);
/**
 * The subject of a speech verb that is the second predicate of its sentence ("X met Y in Moscow on Tuesday and said
 * ...", "The envoy's deputy, X, walked out of the meeting and told reporters ..."): the noun phrase that opens the
 * sentence, up to its first predicate (the first lower-case word that is no article or preposition, outside an
 * apposition set off by commas and not after a possessive, before which a subject is found: "The spokesman put ..."
 * reads past "spokesman"). Kept only when the name the resolver finds there opens
 * the phrase (after titles and capitalised words at most) or follows an apposition's comma, so that an object or a
 * name inside a prepositional phrase is never taken.
 */
function predicateAfterOtherVerb(scope: ParagraphScope, verb: SpeechVerb, sentence: Segment): ResolvedSpeaker | null {
  const { text } = scope.article;
  if (verb.participle || verb.speakerAfter) return null;
  const head = text.slice(sentence.start, verb.start);
  // (s43) Past what heads the line ("• Turkish President X spoke to Y ..., and said").
  // (s61) ... and past a time fronted before the subject ("On Tuesday, the foreign ministers of Russia, Turkey and Iran
  // met in Moscow and said", "On Dec. 20 the foreign ministers ... met ... and said").
  const bodyStart = clauseBodyStart(text, sentence.start, sentence.end);
  const frontedTime =
    /^\s*(?:On|Late\s+on|Early\s+on|By|Last|Earlier|Later)\s+[^,;:"“”]{1,30},\s+/u.exec(text.slice(bodyStart, verb.start)) ??
    FRONTED_TIME_NO_COMMA.exec(text.slice(bodyStart, verb.start)) ??
    CHRONOLOGY_DAY.exec(text.slice(bodyStart, verb.start));
  const from = bodyStart + (frontedTime ? frontedTime[0].length : 0);
  if (!AND_BEFORE_VERB.test(head) || /["“”]/u.test(head)) return null;
  // The first candidate whose words before it are a subject the resolver names: a lower-case head noun of the
  // subject ("The spokesman put ...", "Rebel commanders gathered ...") is no predicate, the word after it may be.
  for (const word of predicateCandidates(text.slice(from, verb.start)).slice(0, PREDICATE_CANDIDATES)) {
    const at = from + word.index;
    // The noun phrase before the first predicate is the subject, or nothing is (a speech verb there has its own).
    if (scope.verbs.some((v) => v.start < at && v.start >= sentence.start)) return null;
    const found = named(
      scope.resolver.before({ ...verb, start: at, end: at + word[0].length, text: word[0] }, frontedTime ? from : sentence.start),
    );
    const mention = found?.mention;
    // A pronoun or a noun phrase of a role the resolver read without a mention ("He met Lavrov in Moscow and said",
    // "The spokesman put the number at 110,000 and said"): the whole head before the predicate is that subject.
    if (found && !mention && SUBJECT_WITHOUT_MENTION.test(text.slice(from, at))) return found;
    if (!mention || mention.start < from || mention.end > at) continue;
    if (opensNounPhrase(text.slice(from, mention.start)) && /^(?:\s*|\s*,\s*|\s*,[^,;:]{1,80},\s*)$/u.test(text.slice(mention.end, at)))
      return found;
  }
  return null;
}

// A speech verb in an infinitive of purpose after a verb of taking the floor: the occasion used to speak ("used his
// speech to the assembly to accuse", "took to the podium to warn", "rose in the chamber to denounce", "seized on the
// vote to demand"); unseen wordings it covers: "took the floor to condemn", "used a press conference to deny", "stood
// up at the summit to urge". Not "declined to say", "wanted to stress", "refused to confirm": no speech was made.
// (s33) So is a contact made to pass words on ("his aunt sent him a text on Friday to say", "rang to tell him").
// The verbs of making contact, in the past: one list for this and for a relative's contact in a speaker's words.
const CONTACT_VERBS = 'called|rang|rung|phoned|telephoned|wrote|written|texted|messaged|e-?mailed';
const FLOOR_TAKEN_TO = new RegExp(
  String.raw`(?<![\p{L}])(?:used|uses|took|takes|rose|rises|stood\s+up|stands\s+up|seized\s+on|seized\s+upon|seizes\s+on|sent|${CONTACT_VERBS})\s+(?:(?!(?:and|but|or|that|who|which)\s)[^\s.;:!?"“”]+\s+){0,8}?to\s+$`,
  'u',
);

/**
 * The subject of a speech verb in an infinitive of purpose after a verb of taking the floor ("X used his speech to
 * accuse ...", "X took to the podium to warn that ..."): the name right before that verb (an apposition set off by
 * commas allowed), with no speech verb of its own between.
 */
function floorTakenSubject(scope: ParagraphScope, verb: SpeechVerb, from: number): ResolvedSpeaker | null {
  const { text } = scope.article;
  if (verb.participle || verb.speakerAfter) return null;
  const taken = FLOOR_TAKEN_TO.exec(text.slice(from, verb.start));
  if (!taken) return null;
  const at = from + taken.index;
  if (scope.verbs.some((v) => v.start < at && v.start >= from)) return null;
  // (s35) A relative clause set off by commas before that verb belongs to its subject ("Her brother, who stayed in
  // the town, rang on Friday to say ..."): the subject is read from that verb's clause, not from the one the
  // infinitive's own clause search found after "who".
  const sentence = sentenceAt(scope, at);
  const quoted = scope.quotes.filter((q) => q.end <= at).reduce((end, q) => Math.max(end, q.end), sentence.start);
  const head = text.slice(quoted, at);
  const subjectFrom = RELATIVE_APPOSITIVE.test(head) ? Math.min(from, clauseStart(text, quoted, at, quoted)) : from;
  const found = named(scope.resolver.before({ ...verb, start: at, end: at + 1, text: taken[0] }, subjectFrom));
  const mention = found?.mention;
  if (!mention || mention.start < subjectFrom || mention.end > at) return null;
  return /^(?:\s*|\s*,[^,;:]{1,80},\s*)$/u.test(text.slice(mention.end, at)) ? found : null;
}

/**
 * The words of a sentence's head that can be its first predicate, in order: lower-case, no article, preposition or
 * conjunction, not the noun after a possessive ("Russia's ambassador"), not inside an apposition set off by commas.
 */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;
const LIST_COMMA = new RegExp(
  String.raw`(?<=of\s+(?:the\s+)?${LISTED_NAME}(?:,\s+${LISTED_NAME})*),(?=(?:\s+${LISTED_NAME},)*\s+${LISTED_NAME},?\s+and\s+\p{Lu})`,
  'gu',
);
function predicateCandidates(head: string): RegExpExecArray[] {
  return [...head.matchAll(/(?<=\s)\p{Ll}[\p{Ll}-]*\b/gu)].filter((word) => {
    const before = head.slice(0, word.index);
    // (s48) The commas of a list of names ("ministers of Russia, Iran and Turkey met") set off no aside.
    const asideCommas = before.replace(LIST_COMMA, '').match(/,/gu) ?? [];
    return !NOT_A_PREDICATE.test(word[0]) && !/['’]s\s+$/u.test(before) && asideCommas.length % 2 === 0;
  });
}

// Nouns that carry a remark ("his voice:", "the ministry's message:", "the reply from the governor:"): what a colon
// after them hands on is the remark itself. The class: words, messages and replies, spoken or written; unseen
// wordings it covers: "Her answer was short:", "The last text from the doctor:", "Their statement read in part:".
const SPEECH_NOUN =
  '(?:voice|message|words|note|reply|answer|statement|text|tweet|post|letter|response|verdict|warning|plea|appeal|e-?mail|comment|remarks|explanation|instruction|order)s?';
// The possessor of a remark-carrying noun in a lead that ends on a colon: "his"/"her" (the person just named), a
// name's possessive ("Haddad's reply"), or "from" a name after the noun ("The message from the ministry").
const POSSESSIVE_PRONOUN_NOUN = new RegExp(`\\b(?:his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}?${SPEECH_NOUN}\\b[^:;"“”]{0,80}:\\s*$`, 'iu');
const NAME_POSSESSIVE_NOUN = new RegExp(`['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${SPEECH_NOUN}\\b[^:;"“”]{0,80}:\\s*$`, 'u');
// (s29) The sender may have a name apposed and when it came after it: "got a voice note from her uncle, Samir,
// late on Tuesday:", "a text from our driver, Ana Roe, at dawn:" (the apposition read as before a verb).
const NOUN_FROM_NAME = new RegExp(
  `\\b${SPEECH_NOUN}\\s+from\\s+((?:the\\s+)?[^:;"“”,]{2,60}?(?:,\\s*\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3},)?)(?:\\s*(?:early|late|on|at|last|this|that)\\s[^:;"“”,]{1,40})?\\s*:\\s*$`,
  'iu',
);
// A person's name alone before the colon, an apposition and an occasion after it allowed, opening the paragraph or
// after an entry's time: the house style of live tickers and blogs and of quote round-ups ("17:20 – Jane Roe, Norland's
// envoy, after the vote: “...”", "Jane Roe at the summit: “...”").
const NAME_THEN_COLON = new RegExp(
  String.raw`^(?:[^\p{L}"“”]{0,20}[–—|-]\s+)?(${PERSON_NAME})(?:,\s*[^,;:"“”]{1,80},)?(?:\s+(?:after|before|at|in|on|during|from|to)\s+[^,;:"“”]{1,60})?\s*:\s*$`,
  'u',
);

// (s65) A body's name alone, then where it published the words with "its" and when, then a colon opening the
// paragraph: the round-up style of posts and notices ("The Harbour Board, on its website last night: “...”", "The
// Vellmar Red Cross, on its Facebook page on Monday: “...”"). Only "its" and a channel that publishes: a person's or a
// place's words stay with the rules above.
const BODY_CHANNEL_THEN_COLON =
  /^((?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'’.-]*){0,5}),\s*(?:on|in)\s+its\s+(?:official\s+)?(?:website|web\s?site|site|Facebook\s+page|Facebook\s+account|Twitter\s+account|X\s+account|Instagram\s+account|account|page|feed|channel|noticeboard|notice\s+board|blog|newsletter|bulletin)(?:\s+(?:on|late\s+on|early\s+on|last|this|that|yesterday|today)\b[^,;:"“”]{0,30})?\s*:\s*$/u;

// (s27) A message sent, its words after the colon: "He sent us a voice note at 2am:", "then sent a friend a message:",
// (s33) a translation's day before the object ("sent on Tuesday a message:"),
// "On Sunday night he sent us this message:", "X sent us this on Wednesday night, after her third shift:" (with the
// quotation in the next paragraph: introducedAbove). Whom it was sent to may stand between ("us", "a friend"), and
// when or how after the noun. The sender, the subject of "sent",
// speaks: not a teller whose verb stands before ("X recalled, Y ... sent a friend a message:"), nor the writer.
const SENT_MESSAGE_COLON = new RegExp(
  String.raw`\b(?:sent|left|posted|recorded)\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:(?:me|us|him|her|them|(?:a|an|the|his|her|their|our|my)\s+[\p{L}-]+)\s+)?(?:this(?:\s+(?:[\p{L}-]+\s+){0,2}?${MESSAGE_NOUN})?|(?:an?|the\s+following|one\s+last)\s+(?:[\p{L}-]+\s+){0,2}?${MESSAGE_NOUN})\b[^:;"“”.!?]{0,80}:\s*$`,
  'u',
);

/** The sender of a message whose words a colon hands on (SENT_MESSAGE_COLON) at the end of `lead`, and its mark. */
function messageSent(scope: ParagraphScope, lead: Span): { verb: SpeechVerb; speaker: ResolvedSpeaker } | null {
  const { text } = scope.article;
  const sent = SENT_MESSAGE_COLON.exec(text.slice(lead.start, lead.end));
  if (!sent) return null;
  const verb = quoteMark(text, lead.start + sent.index, lead.end, false);
  const speaker = named(scope.resolver.before(verb, clauseStart(text, lead.start, verb.start, lead.start)));
  return speaker ? { verb, speaker } : null;
}

/**
 * A quotation a colon hands on after a noun that carries a remark, with no verb of saying ("Then his voice: “...”",
 * "His last voice note is eleven seconds long: “...”", "The message from the ministry: “...”"): the possessor's
 * direct statement; or after a person's name alone (NAME_THEN_COLON): that person's.
 */
/** A mark that stands for a verb of saying where the text has none (a colon, a credit): "say", handing a quotation. */
const quoteMark = (text: string, start: number, end: number, speakerAfter: boolean): SpeechVerb => ({
  start,
  end,
  text: text.slice(start, end),
  lemma: 'say',
  participle: false,
  complement: 'quote',
  speakerAfter,
});

function colonHandedQuotation(scope: ParagraphScope, lead: Span): QuoteReading | null {
  const { text } = scope.article;
  const words = text.slice(lead.start, lead.end);
  if (!/:\s*$/u.test(words)) return null;
  const at = (index: number, length: number): SpeechVerb => quoteMark(text, lead.start + index, lead.start + index + length, false);
  let speaker: SpeakerResolution = { status: 'none' };
  let verb: SpeechVerb | null = null;
  const pronoun = POSSESSIVE_PRONOUN_NOUN.exec(words);
  const possessive = NAME_POSSESSIVE_NOUN.exec(words);
  const from = NOUN_FROM_NAME.exec(words);
  const first = scope.quotes[0];
  const opening = first && (first.openMark ?? first.start) === lead.end ? text.slice(scope.paragraph.start, lead.end) : '';
  const nameAlone = NAME_THEN_COLON.exec(opening);
  const bodyAlone = nameAlone ? null : BODY_CHANNEL_THEN_COLON.exec(opening);
  if (bodyAlone) {
    const name = bodyAlone[1] as string;
    const nameStart = scope.paragraph.start + (/^[Tt]he\s+/u.exec(name)?.[0].length ?? 0);
    verb = { ...at(0, 0), start: nameStart, end: nameStart, speakerAfter: true };
    const found = scope.resolver.after(verb, scope.paragraph.start + name.length);
    if (!isPersonSpeaker(scope.article.gazetteer, found)) speaker = found;
  } else if (nameAlone) {
    const nameStart = scope.paragraph.start + nameAlone[0].indexOf(nameAlone[1] as string);
    verb = { ...at(0, 0), start: nameStart, end: nameStart, speakerAfter: true };
    const found = scope.resolver.after(verb, nameStart + (nameAlone[1] as string).length);
    if (isPersonSpeaker(scope.article.gazetteer, found)) speaker = found;
  } else if (pronoun) {
    verb = at(pronoun.index, pronoun[0].length);
    speaker = scope.resolver.personBefore(verb.start);
  } else if (possessive) {
    verb = at(possessive.index, possessive[0].length);
    speaker = scope.resolver.before(verb, lead.start);
  } else if (from) {
    const name = from[1] as string;
    const nameStart = from.index + from[0].indexOf(name, from[0].indexOf('from'));
    verb = at(nameStart + name.length, 0);
    speaker = scope.resolver.before(verb, lead.start + nameStart);
  }
  const resolved = named(speaker);
  if (!verb || !resolved) return null;
  const attribution = nameAlone || bodyAlone ? { start: scope.paragraph.start, end: lead.end } : lead;
  return { how: 'attributed', verb, speaker: resolved, kind: 'direct', attribution: [attribution], leadWords: wordCount(words) };
}

// A credit that closes a quotation standing alone: the name (and a role or a day after a comma) in brackets after
// the closing mark, or after a dash there or on the line under it. The house style of pull quotes, a show's "Quotes
// from the episode", an embedded post's signature ("- Name, December 13, 2016") and an epigraph.
const CREDIT_IN_BRACKETS = new RegExp(String.raw`^\s*\(\s*(${PERSON_NAME})(?:,\s*[^()"“”]{1,100})?\s*\)\s*$`, 'u');
const CREDIT_AFTER_DASH = new RegExp(String.raw`^\s*[–—-]{1,2}\s*(${PERSON_NAME})(?:,\s*[^()"“”]{1,100})?\s*$`, 'u');
// (s61) ... or with no dash, the name and a comma right after the closing mark, what the person is after it, to the
// paragraph's end (a newsletter's "Quote of the day": "“...” Salwa Jabri, a nurse in al-Mashhad, who messaged us in
// the early hours of this morning.").
const CREDIT_BARE = new RegExp(String.raw`^[ \t]+(${PERSON_NAME}),\s*[^()"“”\n]{1,160}$`, 'u');
// (s69) ... or on the line under it with no dash, a column's "quotes of the week": the name, then after commas only what
// the person is, when, where and on what occasion ("Maria Roe, Sweden's foreign minister, on Monday, after the vote.",
// "Ilse Roe, 52, a nurse, on a bus heading north on Thursday morning.", "..., the same day, explaining why ..."), one
// sentence with no verb of the name's own ("Omar Roe, the mediator, has stayed ...": a sentence of its own).
const CREDIT_LINE = new RegExp(String.raw`^(${PERSON_NAME}|The\s+[^,"“”\n]{3,60}),\s*([^()"“”\n]{1,240}?)\.?\s*$`, 'u');
const CREDIT_LINE_PART =
  /^(?:\p{Lu}|\d|(?:the|a|an|his|her|their|its|our|on|in|at|after|before|during|from|outside|inside|aboard|near|to|with|by|shortly|soon|just|hours|days|minutes|moments|today|yesterday|tonight|this|last|earlier|later|who|whose|which|where|when|as|\p{Ll}+ing)\b)/u;
// A verb of saying of the name's own in a part, not in a clause of its own there ("after the Council said ...").
const CREDIT_LINE_OWN_VERB =
  /^(?:(?!\b(?:after|before|when|why|that|who|which|because|while|as|how|what|where)\b).)*?\b(?:said|says|told|tells|added|adds|warned|stressed|wrote|has|have|had|is|was|were|are|will|would)\b/u;
function creditLine(words: string): RegExpExecArray | null {
  const found = CREDIT_LINE.exec(words);
  if (!found) return null;
  const rest = found[2] as string;
  // One sentence: no full stop inside it before a capital.
  if (/[.!?]\s+\p{Lu}/u.test(rest)) return null;
  const parts = rest.split(/,\s*/u);
  return parts.every((part) => CREDIT_LINE_PART.test(part) && !CREDIT_LINE_OWN_VERB.test(part)) ? found : null;
}

// (s53) A fact-check's block: the claim quoted under its label ("CLAIM: \"...\"", "The claim: \"...\""), and on the line
// under it who made it, and where and when ("WHO: Russian Foreign Minister Sergei Lavrov, at a news conference in
// Moscow on Wednesday, Oct. 19"; unseen "Who said it:", "Said by:", "Claimed by:").
const CLAIM_LABEL = /^\s*(?:THE\s+CLAIM|The\s+claim|CLAIM|Claim)\s*:\s*$/u;
const CLAIMANT_LINE =
  /^\s*(?:WHO(?:\s+SAID\s+IT)?|Who(?:\s+said\s+it)?|SAID\s+BY|Said\s+by|CLAIMED\s+BY|Claimed\s+by|CLAIMANT|Claimant|SPEAKER|Speaker)\s*:\s+(?=\S)/u;

// The credits read: each credited quotation is a remark of its own, never the continuation of the one above it.
const CREDITS = new WeakSet<SpeechVerb>();

/**
 * A quotation that is its whole paragraph but for a credit (CREDIT_IN_BRACKETS, CREDIT_AFTER_DASH), or whose next
 * paragraph is nothing but a credit after a dash: the credited name's direct statement, the credit its attribution
 * (so a day in it dates the words).
 */
function creditedQuotation(scope: ParagraphScope, closeEnd: number): QuoteReading | null {
  const { article, paragraph, index } = scope;
  const { text } = article;
  const quiz = quizAnswerCredit(scope);
  if (quiz) return quiz;
  const after = text.slice(closeEnd, paragraph.end);
  const below = article.paragraphs[index + 1];
  const inBrackets = CREDIT_IN_BRACKETS.exec(after);
  // The credit on the line below, where nothing but white space follows the quotation on its own.
  const creditBelow = !inBrackets && /^\s*$/u.test(after) && below;
  const credit = creditBelow ? { start: below.start, words: text.slice(below.start, below.end) } : { start: closeEnd, words: after };
  const claimant = creditBelow ? CLAIMANT_LINE.exec(credit.words) : null;
  if (claimant) return claimantCredit(scope, credit.start + claimant[0].length, credit.start + credit.words.trimEnd().length);
  // (s63) A block quotation (quotations.ts) is credited in brackets on the line below.
  const blockCredit = creditBelow && scope.quotes.length === 1 && (scope.quotes[0] as Quotation).openMark === null;
  const found =
    inBrackets ??
    CREDIT_AFTER_DASH.exec(credit.words) ??
    (blockCredit ? CREDIT_IN_BRACKETS.exec(credit.words) : null) ??
    (creditBelow ? creditLine(credit.words) : CREDIT_BARE.exec(credit.words));
  return found ? creditedTo(scope, credit, found) : null;
}

/** The credit `found` in `credit.words` (from `credit.start`) names whose the quotation is: the credited name's reading. */
function creditedTo(scope: ParagraphScope, credit: { start: number; words: string }, found: RegExpExecArray): QuoteReading | null {
  const { text } = scope.article;
  const nameStart = credit.start + found.index + found[0].indexOf(found[1] as string);
  const mark = quoteMark(text, credit.start, nameStart, true);
  const creditEnd = credit.start + credit.words.trimEnd().length;
  const speaker = named(scope.resolver.after(mark, creditEnd));
  if (!speaker?.mention || speaker.mention.start < nameStart || speaker.mention.end > creditEnd) return null;
  CREDITS.add(mark);
  return { how: 'attributed', verb: mark, speaker, kind: 'direct', attribution: [{ start: credit.start, end: creditEnd }], leadWords: 0 };
}

// (s69) A news quiz's question that asks whose a quotation is ("6. Who said it? “...”"); its answer opens on the credit.
const WHO_SAID_IT = /\bWho\s+said\s+(?:it|this|that|these\s+words)\s*\?\s*$/iu;

/**
 * (s69) A quotation a quiz's question asks about (WHO_SAID_IT): the person its answer's first sentence credits as a
 * column's credit line does ("6. Jane Roe, Norland's foreign minister, speaking on Monday."; creditLine), that sentence
 * its attribution (so its day dates the words).
 */
function quizAnswerCredit(scope: ParagraphScope): QuoteReading | null {
  const { article, paragraph, quotes } = scope;
  const { text } = article;
  const quote = quotes[0] as Quotation;
  if (!WHO_SAID_IT.test(text.slice(paragraph.start, quote.openMark ?? quote.start))) return null;
  const answer = article.quiz.find((p) => p.question.start === paragraph.start)?.answer;
  if (!answer) return null;
  const start = answer.start + (/^\d{1,2}[.)]\s+/u.exec(answer.text) as RegExpExecArray)[0].length;
  const rest = text.slice(start, answer.end);
  const stop = /[.!?](?=\s+\p{Lu}|$)/u.exec(rest);
  const words = stop ? rest.slice(0, stop.index + 1) : rest;
  const found = creditLine(words);
  return found ? creditedTo(scope, { start, words }, found) : null;
}

/**
 * (s53) The claim's maker a fact-check's line names after its label (CLAIMANT_LINE), from `from` to `end`: the first
 * speaker named there, whose words the claim above are; the line, its occasion and its day, the attribution.
 */
function claimantCredit(scope: ParagraphScope, from: number, end: number): QuoteReading | null {
  const { text } = scope.article;
  const mark = quoteMark(text, from, from, true);
  let speaker = named(scope.resolver.after(mark, end));
  if (!speaker?.mention || speaker.mention.start < from || speaker.mention.end > end) return null;
  // "Russia's ambassador to the UN, Vitaly Churkin, speaking to reporters": the name apposed to the office is who spoke.
  const comma = text.indexOf(',', speaker.mention.end);
  if (comma >= 0 && comma < end && /^,\s+\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u.test(text.slice(comma, end))) {
    const apposed = named(scope.resolver.after(quoteMark(text, comma + 1, comma + 1, true), end));
    if (apposed?.mention && /^,\s*$/u.test(text.slice(comma, apposed.mention.start)) && apposed.mention.end <= end) speaker = apposed;
  }
  CREDITS.add(mark);
  return { how: 'attributed', verb: mark, speaker, kind: 'direct', attribution: [{ start: from, end }], leadWords: 0 };
}

// Where a reported clause that goes on after a quoted fragment stops: a new clause (", but", "; ", a dash, a participle
// that hands on a quotation of its own: ", adding:", ", while"); not (s55) "while" with no comma, a reason of the
// same clause ('said Beijing opposed "forcing a vote" while members remained divided'); not
// "but that ...", a second clause the same verb reports, nor "but had not been asked", a second predicate of the
// same subject (no subject of its own after "but").
const SET_OFF_CONJUNCTION = '(?:while|whereas|although|though)';
const CLAUSE_AFTER_FRAGMENT = new RegExp(
  String.raw`,?\s+(?:adding|saying|noting|warning|insisting|explaining)\s*:|[;:]\s|\s[—–]\s|,?\s+but(?!\s(?:that|had|has|have|was|were|is|are|would|could|will|should|must|might|may|can|did|does|do|not|also|still)\s)\s|,\s+${SET_OFF_CONJUNCTION}\s|,\s+(?:\p{Ll}+\s+){0,3}(?:said|told|added)\b`,
  'u',
);
// ... the same conjunction right after a quotation whose closing mark follows its comma ('again," while').
const SET_OFF_AFTER_QUOTED_COMMA = new RegExp(String.raw`^\s+${SET_OFF_CONJUNCTION}\s`, 'u');

/** Where the clause of the next speech verb after `from` begins ("... and on Tuesday he told reporters"), else `end`. */
function nextVerbClause(text: string, verbs: SpeechVerb[], from: number, end: number): number {
  // ", adding that" goes on; so does a passive ("could not be asked to"), whose subject is no new speaker.
  const next = verbs.find(
    (v) =>
      // "... and called the offer a “gesture”": a naming goes on with the same subject.
      !NAMING_LEMMAS.has(v.lemma) &&
      v.start >= from &&
      v.end <= end &&
      !v.participle &&
      !/\b(?:is|are|was|were|been|be|being)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(from, v.start)),
  );
  if (!next) return end;
  const region = text.slice(from, next.start);
  // (s48) `... weapon," and New Zealand's Foreign Minister Murray McCully, whose country ..., said`: right after the
  // fragment, "and" and a capitalised subject begin the next clause, not a comma inside that subject's asides.
  if (OTHER_NAMED_SPEAKER_CLAUSE.test(region)) return from;
  const boundary = [...region.matchAll(/,\s|\s(?:and|but)\s/gu)].at(-1);
  return from + (boundary ? boundary.index : region.length);
}

// ", he said, once again": an attribution set off by commas between a subject and its verb.
const ASIDE_BEFORE_VERB =
  /,\s*(?:he|she|they|it|(?:the\s+)?\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3})\s+(?:said|says|added|noted|told\s+reporters)\s*,\s*(?:(?:once\s+again|again|also|further|then|\p{Ll}+ly)\s+)*$/u;

// "Putin, speaking at a news conference in Tokyo on Friday, said", "OCHA, in a situation update published on
// Wednesday, estimated", "The ministry, for its part, repeated": where and how the subject spoke, set off by commas.
const SETTING_BEFORE_VERB =
  /,\s*(?:according\s+to|speaking|writing|briefing|addressing|answering|responding|replying|in\s+(?:an?|its|his|her|their)\s+(?:\p{Ll}+\s+){0,2}(?:statement|update|report|bulletin|briefing|interview|letter|message|post|speech|address|communiqué|communique|note)|for\s+(?:its|his|her|their)\s+part|in\s+turn|meanwhile|however|too)\b[^,;:"“”]{0,100},\s*$/u;
// (s40) Where the subject spoke, with or without commas: in a call, a conversation or a meeting with another, whose name
// is no subject ("Zarif in a phone conversation with his Russian counterpart Sergei Lavrov on Sunday stressed").
const CONTACT_BEFORE_VERB =
  /,?\s+(?:in|during)\s+(?:an?|his|her|their|its)\s+(?:\p{Ll}+\s+){0,2}(?:conversation|call|meeting|talks|exchange)\s+with\s[^,;:"“”]{1,100}?,?\s*$/u;
// A name, then a description apposed to it: "Dr Samir Roe, the director of a clinic", "Hamid, a surgeon at X".
const NAME_THEN_DESCRIPTION = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*,\s*(?:the|a|an|its|his|her|their|our)\s[^,]+$/u;
// A capitalised word that opens a sentence as an adverb, not a name: "Meanwhile,", "However,", "Separately,".
const FRONTED_ADVERB =
  /^(?:\p{Lu}\p{Ll}+ly|Meanwhile|However|Also|Still|Yet|Then|Now|Later|Earlier|Yesterday|Today|Tonight|Moreover|Instead|Again|Elsewhere|Nevertheless|Nonetheless|Overnight|Afterwards|Previously)$/u;
/** The verb as its subject sees it: "The Secretary-General, he said, appealed": the subject ends before the aside. */
function beforeAside(text: string, found: SpeechVerb, clause: number): SpeechVerb {
  // "X, who heads the mission, has just tweeted": the subject ends before the verb's auxiliary and adverbs.
  const auxiliary = AUXILIARY_BEFORE_VERB.exec(text.slice(clause, found.start));
  const verb = auxiliary && auxiliary.index > 0 ? { ...found, start: clause + auxiliary.index } : found;
  const anonymous = ANONYMITY_RELATIVE.exec(text.slice(clause, verb.start));
  if (anonymous && wordCount(text.slice(clause, clause + anonymous.index)) > 0) {
    // "Dr X, the head of a field clinic, who asked to be named only so, wrote": an apposition before the relative keeps
    // its closing comma, so the name and its description read as they do before a verb.
    const subject = text.slice(clause, clause + anonymous.index);
    // (s42) "A senior Turkish official, speaking on condition of anonymity because he was not authorised to brief the
    // press, said": the setting the reason hangs on is no part of the subject either.
    const setting = SETTING_BEFORE_VERB.exec(`${subject},`);
    if (setting && wordCount(subject.slice(0, setting.index)) > 0) return { ...verb, start: clause + setting.index };
    const apposed = NAME_THEN_DESCRIPTION.test(subject) && text[clause + anonymous.index] === ',';
    return { ...verb, start: clause + anonymous.index + (apposed ? 1 : 0) };
  }
  const head = text.slice(clause, verb.start);
  const aside = ASIDE_BEFORE_VERB.exec(head) ?? SETTING_BEFORE_VERB.exec(head) ?? CONTACT_BEFORE_VERB.exec(head);
  if (!aside || wordCount(text.slice(clause, clause + aside.index)) === 0) return verb;
  // (s47) "Paolo Gentiloni, Minister of Foreign Affairs, speaking to reporters, said": an apposition before the setting
  // keeps its closing comma, so the name and its office read as they do right before a verb.
  // A name is capitalised words, not a fronted adverb ("Meanwhile, Spokesman ... Bahram Qasemi, speaking ...,").
  const apposition = /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}),\s*\S[^,]*$/u.exec(head.slice(0, aside.index));
  const apposed = apposition !== null && !FRONTED_ADVERB.test(apposition[1] as string) && head[aside.index] === ',';
  return { ...verb, start: clause + aside.index + (apposed ? 1 : 0) };
}

/**
 * "X dismissed the text as "...", according to a UN summary of the meeting", "X said the talks had failed, according to
 * the ministry": "according to" set off by a comma after a verb of the same sentence whose subject the resolver names
 * tells where that speaker's words were reported, not who spoke them (the curation rule for relayed speech); the
 * earlier verb attributes them.
 */
function trailingSource(scope: ParagraphScope, verb: SpeechVerb, sentence: Span): boolean {
  const { text } = scope.article;
  if (verb.lemma !== 'according to' || !/\S\s*,\s*$/u.test(text.slice(sentence.start, verb.start))) return false;
  return scope.verbs.some(
    (v) =>
      v.start >= sentence.start &&
      v.end < verb.start &&
      !v.participle &&
      !v.speakerAfter &&
      named(scope.resolver.before(v, clauseStart(text, sentence.start, v.start, sentence.start))) !== null,
  );
}

// What stands between "according to" and the verb it relays: the source and the comma that closes it (", according to
// the Kremlin, told"), or, where "according to" opens the sentence, the source, its comma and the named subject whose
// verb that is ("According to the Kremlin, President Roe told"). The source and the subject may each have a name
// apposed between commas, and the subject may be an office after "the" ("According to the palace spokesman, Ana Roe,
// the Premier, Tom Poe, told ...": the Premier's remark, which his spokesman passed on). (s65) The source may be named
// with an honorific's period ("According to Mrs. Lind, Omar Haddad wrote to the family that ...").
const SOURCE_WORDS = String.raw`(?:[^,;:.!?"“”]|(?<=(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Rev|Gen|Col|Capt|Sen|Rep|Gov|Sgt|Lt|St))\.){1,80}`;
const SOURCE_THEN_COMMA = new RegExp(String.raw`^${SOURCE_WORDS},\s*$`, 'u');
const CAPITALISED_WORDS = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,5}`;
const SOURCE_THEN_NAMED_SUBJECT = new RegExp(
  String.raw`^(${SOURCE_WORDS},\s*(?:${CAPITALISED_WORDS},\s*)?)(?:the\s+)?${CAPITALISED_WORDS}(?:,\s*${CAPITALISED_WORDS},)?\s+$`,
  'u',
);

// (s67) Or the source, its comma and people described in lower case ("According to Anna, doctors at one clinic in the
// east told her ..."), whose verb tells the source (a pronoun after it: TOLD_THE_SOURCE).
const SOURCE_THEN_DESCRIBED_SUBJECT = new RegExp(
  String.raw`^${SOURCE_WORDS},\s*(?:(?:the|some|two|three|several)\s+)?\p{Ll}[^,;:.!?"“”]{2,80}\s+$`,
  'u',
);
const TOLD_THE_SOURCE = /^(?:told|wrote\s+to|texted|messaged|e-?mailed)\s+(?:him|her|them)\b/u;

/**
 * Where the subject of a verb a fronted "according to" relays begins: past the source and its apposed name, so "the
 * Premier" there is read as itself, not as a description apposed to the spokesman's name before it. 0 where no
 * fronted source relays the verb.
 */
function subjectAfterSource(scope: ParagraphScope, verb: SpeechVerb, sentence: Span): number {
  const { text } = scope.article;
  const source = scope.verbs.find(
    (v) => v.lemma === 'according to' && v.end < verb.start && /^\s*$/u.test(text.slice(sentence.start, v.start)),
  );
  const relayed = source ? SOURCE_THEN_NAMED_SUBJECT.exec(text.slice(source.end, verb.start)) : null;
  return source && relayed ? source.end + (relayed[1] ?? '').length : 0;
}

/**
 * Whether a verb only relays another speaker's speech: an aside ("The Secretary-General, he said, appealed ...")
 * right before the verb it attributes, or a report whose clause opens with a named speaker and their own verb
 * ("recalled that the Emergency Relief Coordinator, Stephen O'Brien, had told the Council that ...").
 */
function relays(scope: ParagraphScope, verb: SpeechVerb, sentence: Segment): boolean {
  const { text } = scope.article;
  // "Putin, according to the Kremlin, told Erdogan that ...": the source of a report set off by commas between a
  // subject and its verb relays that subject's remark; the verb after the aside reports. "According to the Kremlin,
  // President Roe told Mr Poe that ...": a fronted source relays the remark of the named subject after its comma, whose
  // own verb reports.
  if (verb.speakerAfter) {
    if (trailingSource(scope, verb, sentence)) return true;
    const fronted = /^\s*$/u.test(text.slice(sentence.start, verb.start));
    if (!fronted && !/\S\s*,\s*$/u.test(text.slice(sentence.start, verb.start))) return false;
    const sourceThen = fronted ? SOURCE_THEN_NAMED_SUBJECT : SOURCE_THEN_COMMA;
    return scope.verbs.some(
      (v) =>
        v.start > verb.end &&
        !v.participle &&
        !v.speakerAfter &&
        (sourceThen.test(text.slice(verb.end, v.start)) ||
          // (s67) "According to Anna, doctors at one clinic told her on Friday that ...": people described, not named,
          // who told the source herself; their verb reports, and the source only passes it on.
          (fronted && SOURCE_THEN_DESCRIBED_SUBJECT.test(text.slice(verb.end, v.start)) && TOLD_THE_SOURCE.test(text.slice(v.start)))),
    );
  }
  if (verb.participle) return false;
  const inner = scope.verbs.find((v) => v.start > verb.end && v.end <= sentence.end && !v.participle && !v.speakerAfter);
  if (!inner) return false;
  const between = text.slice(verb.end, inner.start);
  if (
    ASIDE_BEFORE_VERB.test(text.slice(sentence.start, inner.start)) &&
    /^\s*,\s*(?:(?:once\s+again|again|also|further|then|\p{Ll}+ly)\s+)*$/u.test(between)
  )
    return wordCount(text.slice(sentence.start, verb.start)) >= 2;
  if (!['say', 'tell', 'recall', 'add', 'note', 'explain', 'report', 'state', 'confirm'].includes(verb.lemma)) return false;
  // "He added that the UN had asked both sides to ...": an inner verb that reports nothing by itself (no clause after
  // it), or a request told of inside the report, relays no speech; the outer verb reports.
  if (inner.lemma === 'ask to' || !hasComplement(text, inner, sentence)) return false;
  // The reported clause opens after "that" close to the verb. A message passed to the relayer ("had told him", "had
  // written to her") is relayed from further: after whom, when and how it was said ("said by phone from Tarvik
  // that a nurse had told him ..."), or right after a verb of saying that dropped "that" ("said Omar Lind had written to
  // him that ...").
  const toldRelayer = TOLD_THE_RELAYER.test(text.slice(inner.end, sentence.end));
  const that =
    /^(?:\s+(?:\p{L}+\s+){0,3}?)?\s*that\s+/u.exec(between) ??
    (toldRelayer ? (THAT_CLAUSE.exec(between) ?? (verb.lemma === 'say' ? /^\s+/u.exec(between) : null)) : null) ??
    (toldRelayer && reportedAfterAside(text, verb, sentence.end) > 0 ? /^\s*,\s+/u.exec(between) : null);
  if (!that || wordCount(between) > 16) return false;
  const subjectStart = verb.end + that[0].length;
  // The inner subject must be named (not "he" or "it", which may be the relaying speaker) or introduced as one
  // person not named ("a nurse working with the group had told him ..."), and speak for itself.
  const inside = scope.resolver.before(beforeAside(text, inner, subjectStart), subjectStart);
  if (inside.status !== 'actor' && inside.status !== 'proposed') return false;
  const indefinite = indefiniteOne(text, inside, subjectStart);
  if (!inside.mention || !(foundByName(inside.via) || indefinite)) return false;
  // Named: "the civilians asked for a corridor" is what was reported, not a speaker's own speech.
  if (inside.mention.start < subjectStart) return false;
  // (s58) Nor one that opens a coordinated clause after the reported one ("Russia said that the talks had failed, and
  // France said that ..."): two speakers' remarks side by side, neither relaying the other.
  if (/\S[^,;]*(?:,\s+(?:and|but|while|whereas)|;|\s+but)\s+(?:the\s+)?$/iu.test(text.slice(subjectStart, inside.mention.start)))
    return false;
  if (!/^\p{Lu}/u.test(text.slice(inside.mention.start, inside.mention.end)) && !indefinite) return false;
  // With "that" dropped, the subject opens the clause right after the verb and its own verb follows it: a message
  // passed to the speaker, not a public remark the speaker reports ("said Sweden had warned the sponsors that" stays
  // the speaker's).
  if (!/that\s+$/u.test(that[0]) && !subjectOpensClause(text, inside.mention, subjectStart, inner)) return false;
  // The relayer itself: the verb's own subject, read with nothing after the verb (the resolver reads a relay there too).
  const outer = scope.resolver.before({ ...verb, end: sentence.end }, clauseStart(text, sentence.start, verb.start, sentence.start));
  if (!(outer.status === 'actor' || outer.status === 'proposed')) return true;
  // (s59) "Churkin said on Saturday that Russia welcomed the initiative": a state's own envoy or minister telling
  // what the state does speaks for it; no one else's words are relayed.
  if (speaksForState(scope.article, outer, inside)) return false;
  // The relaying verb may already resolve to the speaker it relays (speaker-resolution reads relays too): the inner
  // verb still reports, with its own day.
  if (speakerKey(outer) === speakerKey(inside)) return true;
  scope.relayed.push({ paragraph: scope.index, speaker: outer, clause: { start: sentence.start, end: verb.end } });
  return true;
}

/**
 * (s59) Whether a person speaks for the state the words name: the person's roles (a known actor's, or those the
 * article gave a new one) name that state or call it by an alias of one word ("Russian ambassador to the UN",
 * "Russia's envoy") for the state `inner` resolves to.
 */
function speaksForState(article: ArticleAnalysis, outer: ResolvedSpeaker, inner: ResolvedSpeaker): boolean {
  // (s66) A state's initials the ledger holds under no name of its own ("The Foreign Secretary, X, said on Friday that
  // the UK had called for an urgent meeting"): a person of the article telling what the state did speaks for it.
  if (
    inner.status === 'proposed' &&
    /^\p{Lu}{2,3}$/u.test(inner.proposal.name) &&
    isoStateCode(inner.proposal.name, { capitals: true }) !== undefined
  )
    return outer.status === 'actor' ? article.gazetteer.actorKind(outer.id) === 'person' : outer.proposal.kind === 'person';
  if (inner.status !== 'actor' || article.gazetteer.actorKind(inner.id) !== 'state') return false;
  const roles =
    outer.status === 'proposed'
      ? outer.proposal.kind === 'person'
        ? outer.proposal.roles
        : []
      : outer.status === 'actor' && article.gazetteer.actorKind(outer.id) === 'person'
        ? (article.gazetteer.actors.get(outer.id)?.roles ?? [])
        : [];
  const state = article.gazetteer.actors.get(inner.id);
  if (!state || roles.length === 0) return false;
  const names = [state.name, ...state.aliases].filter((n) => !/\s/u.test(n) && /^\p{Lu}/u.test(n));
  return roles.some((role) => names.some((n) => new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?:['’]s)?(?![\\p{L}])`, 'u').test(role)));
}

/**
 * (s33) Where the clause a teller's aside reports opens ("Last week, she said, Tomas Berg told her that ..."): past the
 * aside's closing comma, as right after "said" with no comma, so a named person's message to the teller is relayed
 * (`relays`). 0 where the verb is no such aside (its subject, a name or "he"/"she", set off by a comma before it).
 */
function reportedAfterAside(text: string, verb: SpeechVerb, sentenceEnd: number): number {
  if (verb.lemma !== 'say' || verb.speakerAfter) return 0;
  const lineStart = text.lastIndexOf('\n', verb.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, verb.start - 60), verb.start);
  if (!/,\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she)\s+)$/u.test(before)) return 0;
  return asideClose(text, verb, sentenceEnd) ?? 0;
}

// Right after an inner verb of telling or writing: the relayer told, a pronoun ("had told him", "had written to her",
// "wrote to me", "texted them").
const TOLD_THE_RELAYER = /^\s+(?:to\s+)?(?:him|her|me|us|them)(?![\p{L}'’-])/u;

// (s64) "whether" and the subject of the verb after it: a name or a noun phrase of at most eight words, no auxiliary,
// modal or "to" among them.
const WHETHER_SUBJECT =
  /\bwhether\s+((?:(?!(?:to|not|would|will|was|were|is|are|had|has|have|could|can|should|might|may|must|did|does|do)\s)[\p{L}'’.-]+,?\s+){1,8})$/u;

/** Whether the words before a verb end in a clause "whether" opens with the verb's subject (WHETHER_SUBJECT). */
function askedIfSaid(before: string): boolean {
  const subject = WHETHER_SUBJECT.exec(before)?.[1];
  return subject !== undefined && (!subject.includes(',') || /,\s[^,]*\b(?:and|or)\s[^,]*$/u.test(subject));
}

/**
 * Whether a relayed clause's subject is one person introduced by an indefinite description ("a Syrian nurse working
 * with the group", "a doctor the charity supports"): the description opens the clause with "a"/"an" and the resolver
 * read it as an unnamed person, the original speaker of the remark the outer verb relays.
 */
function indefiniteOne(text: string, inside: ResolvedSpeaker, subjectStart: number): boolean {
  return (
    inside.via === 'description' &&
    /^\s*an?\s/iu.test(text.slice(subjectStart, subjectStart + 4)) &&
    inside.status === 'proposed' &&
    inside.proposal.kind === 'person'
  );
}

/**
 * Whether the subject found opens the clause right after the verb and the inner verb follows it with at most an
 * apposition set off by commas, an auxiliary and adverbs between ("said Omar Lind had written", "said Dr Roe, a surgeon,
 * had told"): with "that" dropped, this is what tells a reported clause from an object of the verb.
 */
function subjectOpensClause(text: string, mention: Span, subjectStart: number, inner: SpeechVerb): boolean {
  return (
    /^\s*$/u.test(text.slice(subjectStart, mention.start)) &&
    /^(?:\s*,[^,;:.!?"“”]{1,80},)?\s+(?:(?:had|has|have|also|then|once|\p{Ll}+ly)\s+)*$/u.test(text.slice(mention.end, inner.start))
  );
}

/** The end of the clause that a quoted fragment closing at `from` belongs to, within its sentence. */
function clauseEndAfter(text: string, from: number, sentenceEnd: number): number {
  const rest = text.slice(from, sentenceEnd);
  if (/^[\s.,!?…]*$/u.test(rest)) return from;
  // (s55) A comma closed inside the quotation ('dig in again," while Haddad said') sets "while" off as one after it does.
  const commaInside = /,["”’]$/u.test(text.slice(Math.max(0, from - 2), from));
  const boundary = (commaInside ? SET_OFF_AFTER_QUOTED_COMMA.exec(rest) : null) ?? CLAUSE_AFTER_FRAGMENT.exec(rest);
  return boundary ? from + boundary.index : sentenceEnd;
}

/**
 * Reported speech: a speech verb no quotation used, with a subject that resolves to a speaker and a complement
 * ("X said that ...", "X told reporters the ...", "..., the agency said."). Added to `statements`, whose indirect
 * statements it may cut where a coordinated clause brings a new speaker.
 */
function reportedStatements(scope: ParagraphScope, used: Set<SpeechVerb>, statements: ExtractedStatement[]): void {
  const { article, resolver, paragraph, quotes, verbs } = scope;
  const { text } = article;
  for (const verb of verbs) {
    if (used.has(verb)) continue;
    const before = text.slice(Math.max(paragraph.start, verb.start - 12), verb.start);
    // ", adding that": the clause before goes on; "opened the briefing by saying that" reports.
    const bySaying = verb.participle && /\bby\s+$/u.test(before);
    const sentence = sentenceAt(scope, verb.start);
    // "China voted against the draft, with its envoy, X, saying that ...": an absolute clause, whose subject is the
    // noun phrase after "with".
    const withSubject = verb.participle && !bySaying ? absoluteSubject(text, paragraph.start, verb) : null;
    // "I saw the mayor on the late bulletin last Friday saying that ...": the one seen or heard speaks.
    const perceived = verb.participle && !bySaying && withSubject === null ? perceivedSubject(text, sentence.start, verb) : null;
    // (s65) "X is seen telling the council that ...", "Y is shown calling the text ...": the one seen speaks, the
    // subject before the passive verb of seeing (a review's retelling of what is on screen).
    const seenAt =
      verb.participle && !bySaying && withSubject === null && perceived === null ? seenBefore(text, sentence.start, verb) : null;
    // (s65) "We see the chamber ..., and Omar Roe, Norland's envoy, telling the council ...": the name coordinated speaks.
    const seenAnd =
      verb.participle && !bySaying && withSubject === null && perceived === null && seenAt === null
        ? seenCoordinated(text, sentence.start, verb)
        : null;
    // "The ministry blamed the rebels, saying they had fired first": a participle after a clause that reports no
    // speech of its own goes on with that clause's subject.
    // (s34) "X wrote to the minister on Tuesday urging Norland to ...": the participle gives the words of the letter
    // "wrote" tells of, and the writer speaks.
    const letter = verb.participle && !bySaying && withSubject === null ? letterTold(scope, verb, sentence) : null;
    const afterClause =
      verb.participle &&
      !bySaying &&
      withSubject === null &&
      seenAnd === null &&
      (letter !== null || participleAfterClause(scope, verb, sentence));
    // "Agencies quoted him as saying that ...": the one quoted speaks (the resolver reads who).
    const quotedAs =
      verb.participle && /\bas\s+$/u.test(before) && /\b(?:quot|cit)(?:ed|es|ing)\s/u.test(text.slice(sentence.start, verb.start));
    if (
      verb.participle &&
      !bySaying &&
      !quotedAs &&
      withSubject === null &&
      perceived === null &&
      seenAt === null &&
      seenAnd === null &&
      !afterClause &&
      !/\b(?:is|are|was|were|been|be)\s+(?:\p{Ll}+\s+)?$/u.test(before)
    )
      continue;
    // "a ceasefire had been announced", "the claims were denied": a passive verb's subject is what was said, not
    // who said it ("are accusing", "is calling for" go on speaking).
    if (
      !verb.participle &&
      !verb.speakerAfter &&
      !/ing\b/u.test(verb.text) &&
      /\b(?:is|are|was|were|been|be|being)\s+(?:\p{Ll}+ly\s+)?$/u.test(before)
    )
      continue;
    if (MODAL_BEFORE.test(before)) continue;
    // (s64) "We are watching the talks, and whether Lavrov and Zarif say anything about a ceasefire": a clause "whether"
    // opens, its subject right before the verb, asks if a remark will come and reports none. Not an aside closing that
    // clause ("whether the talks go on, he said, depends on Moscow"): only a list's commas stand in the subject.
    if (!verb.speakerAfter && !verb.participle && askedIfSaid(text.slice(sentence.start, verb.start))) continue;
    // (s59) "Can the minister tell the House what Canada is doing ...?": a question put, its verb after the inverted
    // modal and the subject it asks of, is no remark.
    if (
      !verb.speakerAfter &&
      ASKED_OF_SUBJECT.test(text.slice(sentence.start, verb.start)) &&
      /\?["”’]?\s*$/u.test(text.slice(verb.start, sentence.end))
    )
      continue;
    // (s52) "Asked by Senator Wong whether the department believed war crimes had been committed, Ms Adamson said":
    // a verb inside the fronted question is the question's, not the department's remark.
    if (inFrontedQuestion(text, sentence, verb)) continue;
    // "Karam does not argue about it", "has repeatedly denied": a denial of speech, or a summary of many remarks
    // with no words of its own, is not a statement.
    if (NEGATED_OR_HABITUAL.test(text.slice(Math.max(paragraph.start, verb.start - 30), verb.start))) continue;
    // (s58) Nor is a remark of nothing ("a text that ... said nothing about the air campaign").
    if (!verb.speakerAfter && /^\s+nothing\b/u.test(text.slice(verb.end, verb.end + 12))) continue;
    // (s59) "Moscow answered within hours, with Foreign Minister Sergei Lavrov saying on Saturday that ...": a verb
    // whose only words are an absolute clause's after it reports nothing of its own; the clause's subject speaks.
    if (!verb.participle && !verb.speakerAfter && answeredThroughAbsolute(scope, verb)) continue;
    // Speech relayed by a third person is the original speaker's (the curation rule): "He recalled that the
    // Coordinator, X, had told the Council ...", "The Secretary-General, he said, appealed to ...". The relaying verb
    // reports nothing of its own; the inner verb is read as a statement of its own.
    if (relays(scope, verb, sentence)) continue;
    if (claimedSpeech(scope, verb)) continue;
    // (s53) "Moscow had warned its partners in advance that it could not support the text, she wrote.": a state's verb in
    // the past perfect, the background a closing attribution reports, is the closing speaker's words, not a remark of
    // its own subject.
    if (closedByLaterAttribution(scope, verb, sentence)) continue;
    // (s50) A title in quotation marks ("which runs the “Family to Family” programme") is a name inside the subject's
    // clause, not words spoken that end one.
    const lastQuoteClose = quotes
      .filter((q) => (q.closeMark ?? q.end) < verb.start && !QUOTED_TITLE.test(text.slice(q.start, q.end)))
      .reduce((at, q) => Math.max(at, (q.closeMark ?? q.end) + 1), paragraph.start);
    let start = clauseStart(text, sentence.start, verb.start, Math.max(lastQuoteClose, subjectAfterSource(scope, verb, sentence)));
    // "More than 2,000 rebels left on Thursday, the state news agency said.": the speech is the clause before.
    // (s42) Or with a participle's clause after it (participleTail): the remark before and that clause.
    const tail = verb.speakerAfter ? null : participleTail(text, verb, sentence.end);
    const final = !verb.speakerAfter && (endsSentence(text, verb, sentence.end) || tail !== null);
    if (final) {
      let comma = text.lastIndexOf(', ', verb.start);
      // "..., its director, Khaled Bitar, said on Wednesday.": the subject is the name before the last comma.
      if (comma >= 0 && text.slice(comma + 1, verb.start).trim() === '') comma = text.lastIndexOf(', ', comma - 1);
      // (s66) Nor the comma inside a committee's name that lists portfolios ("..., Parliament's Foreign Affairs, Defence
      // and Trade Committee has concluded ..."): the subject is the whole name.
      while (comma >= 0 && portfolioListCommaAt(text, comma)) comma = text.lastIndexOf(', ', comma - 1);
      // (s66) Or a description apposed after the name ("..., Relief Watch, a monitoring group based in Oslo, said
      // yesterday."): the subject is the name and its apposition, not the description alone. Not a place the clause
      // before ends on ("..., in Port Vell, Norland, the agency said").
      const apposedAfter = comma >= 0 ? text.lastIndexOf(', ', comma - 1) : -1;
      if (
        apposedAfter >= Math.max(sentence.start, lastQuoteClose) &&
        descriptionApposed(text.slice(comma + 2, verb.start)) &&
        NAME_BEFORE_APPOSITION.test(text.slice(apposedAfter + 2, comma)) &&
        !scope.article.locationMentions.some((m) => m.start < comma && m.end > apposedAfter + 2)
      )
        comma = apposedAfter;
      // (s44) "..., the International Committee of the Red Cross, which helped to organise the convoys, said on Friday.",
      // "..., Jan Egeland, who chairs the task force, said.": a relative clause set off by commas after the subject.
      if (comma >= 0 && /^(?:who|which)\s[^,;:"“”]{1,100},\s*$/u.test(text.slice(comma + 2, verb.start))) {
        const before = text.lastIndexOf(', ', comma - 1);
        if (before >= Math.max(sentence.start, lastQuoteClose) && wordCount(text.slice(before + 2, comma)) <= 12) comma = before;
      }
      if (comma < Math.max(sentence.start, lastQuoteClose) || wordCount(text.slice(sentence.start, comma)) < 4) continue;
      start = comma + 2;
    }
    // "The vote carried moral weight, diplomats said, but nothing more.", "X has stopped, Y said on Tuesday, hours
    // after ...": an attribution set off by commas; the speech is the rest of the clause around it. Not when the
    // sentence has a speech verb of its own ("The Secretary-General, he said, appealed ..."): that verb reports.
    let aside: { comma: number; close: number } | null = null;
    // The speaker an inverted aside names after its verb, read once the aside is found.
    let inverted: SpeakerResolution | null = null;
    if (!final && !verb.speakerAfter && !verb.participle) {
      const comma = text.lastIndexOf(', ', verb.start);
      const afterComma = text.slice(comma + 2, verb.start) === '';
      // (s50) "The UN Secretary-General's spokesman, Stéphane Dujarric, said UN staff ... would begin": a description and
      // the name apposed to it are the subject before the verb, not a clause an inverted aside closes.
      const apposedSubject = DESCRIPTION_THEN_NAME.test(text.slice(sentence.start, Math.max(sentence.start, comma)));
      let invertedSubject =
        afterComma && !apposedSubject && INVERTING_LEMMAS.has(verb.lemma) && !/ing$/u.test(verb.text)
          ? (INVERTED_ASIDE_SUBJECT.exec(text.slice(verb.end, sentence.end)) ?? invertedFinalSubject(text.slice(verb.end, sentence.end)))
          : null;
      // Only when the words after the verb name a speaker: else the verb is read as before (its subject before it).
      const invertedSpeaker = invertedSubject ? resolver.after(verb, verb.end + invertedSubject[0].length - 1) : null;
      if (invertedSpeaker && invertedSpeaker.status !== 'actor' && invertedSpeaker.status !== 'proposed') invertedSubject = null;
      const closeLength = invertedSubject ? invertedSubject[0].length : asideClose(text, verb, sentence.end);
      // Where the words after the closing comma start.
      const after = closeLength === null ? null : verb.end + closeLength;
      const floor = Math.max(sentence.start, lastQuoteClose);
      // (s32) "X, whose country led the talks, wrote to the Assembly on Friday, a week after the floods, that": a verb
      // right after a comma with no subject between is no aside (one has its speaker there, or inverted after the verb).
      if (
        after !== null &&
        comma >= floor &&
        !(afterComma && !invertedSubject) &&
        wordCount(text.slice(comma, verb.start)) <= 12 &&
        !verbs.some(
          (v) =>
            v !== verb &&
            v.start >= sentence.start &&
            v.end <= sentence.end &&
            (v.end <= comma ||
              // "X, he said, appealed": the verb right after the aside reports; one in a clause of its own after a
              // subordinator ("..., the army said on Thursday, as Russia reported that ...") does not, nor a
              // participle going on with the same speaker ("..., he said, adding that ...").
              (v.start >= verb.end &&
                !AFTER_ASIDE_CLAUSE.test(text.slice(after, v.start)) &&
                !(v.participle && /^\s*$/u.test(text.slice(after, v.start))))),
        )
      ) {
        aside = { comma, close: after - 1 };
        inverted = invertedSubject ? invertedSpeaker : null;
        start = comma + 2;
      }
    }
    if (withSubject !== null) start = Math.max(start, withSubject);
    if (perceived !== null) start = Math.max(start, perceived.start);
    // (s65) The coordinated name and its apposition are the subject, whatever comma clauseStart stopped at.
    if (seenAnd !== null) start = seenAnd;
    const subjectVerb =
      letter ??
      (bySaying || afterClause
        ? sentenceMainVerb(text, sentence, verb)
        : perceived !== null
          ? { ...verb, start: perceived.end }
          : seenAt !== null
            ? { ...verb, start: seenAt }
            : beforeAside(text, verb, start));
    if (bySaying || afterClause || quotedAs) start = sentence.start;
    // "Fishermen described boats sunk along the whole quay", "nurses in the valley reported fresh rocket fire": an
    // account of what was seen, its object no clause, is a statement only of a group of people (checked once the
    // speaker is found).
    const account = final || aside || hasComplement(text, verb, sentence) ? null : accountEnd(text, verb, sentence);
    if (!final && !aside && account === null && !hasComplement(text, verb, sentence)) continue;
    // "Ban was "deeply disappointed" ..., his spokesman said": a spokesperson passing on the principal's words.
    const antecedent = final || verb.speakerAfter ? null : named(scope.resolver.relativeAntecedent({ verb, sentence }));
    const found =
      antecedent ??
      relayedPrincipal(scope, verb, sentence, start, final) ??
      possessedSource(scope, verb) ??
      citedSource(scope, verb, start, sentence.start) ??
      (afterClause ? documentIssuer(scope, verb, sentence) : null) ??
      (verb.speakerAfter ? resolver.after(verb, sentence.end) : (inverted ?? resolver.before(subjectVerb, start)));
    const shared =
      lastQuoteClose > sentence.start
        ? (statements
            .filter((st) => (st.evidence.at(-1) as Span).end <= verb.start)
            .map((st) => sharedSubject(scope, st, verb, lastQuoteClose))
            .find((st) => st !== null) ?? null)
        : null;
    // (s68) A description read as the subject up to the "and" of a second predicate ("The foreign ministers of Norland
    // and Sweden met in Stockholm and said": "foreign ministers of ... met in Stockholm and") holds the first predicate:
    // the subject is the noun phrase before it, as for a subject not found at all.
    const swallowed =
      found.status === 'proposed' && !!found.mention && /\s(?:and|but)\s*$/u.test(text.slice(found.mention.start, found.mention.end));
    const resolution = coordinated(
      verb,
      found.status === 'none'
        ? (predicateAfterOtherVerb(scope, verb, sentence) ?? floorTakenSubject(scope, verb, start) ?? found)
        : swallowed
          ? (predicateAfterOtherVerb(scope, verb, sentence) ?? found)
          : found,
      shared,
    );
    if (resolution.status !== 'actor' && resolution.status !== 'proposed') continue;
    if (account !== null && speakerKind(article.gazetteer, resolution) !== 'group') continue;
    // "A reporter asked whether ...", "Readers asked us whether ...": a question is a remark only of a speaker named
    // as its subject, not of whoever the resolver finds for an unnamed asker.
    if (verb.lemma === 'ask whether' && !namedSubject(text, resolution, sentence.start, verb)) continue;
    // "Posts claim that the ambassador told the council ...": a claim is its claimant's, never relayed to the person
    // it puts words in the mouth of (that is what a fact-check disputes).
    if (verb.lemma === 'claim' && resolution.mention && resolution.mention.start >= verb.end) continue;

    // A verb inside the reported speech of an earlier one ("said that the factions asked for") is not a new
    // statement, unless a new subject opens a coordinated clause ("... but the opposition said that ...").
    const earlier = statements.find((s) => s.kind === 'indirect' && s.evidence.some((e) => e.start <= verb.start && verb.start < e.end));
    // "..., where the United Nations estimates some 100,000 people are trapped", "the reports, which the rights office
    // said included 82 civilians,": a named speaker's own verb in a relative clause inside that speech is a remark of
    // its own, up to the relative clause's end (the earlier statement keeps its words).
    let evidenceEnd = account ?? sentence.end;
    // (s65) "The talks, which Okafor said were constructive, ended on Friday": the remark ends with its relative clause.
    if (account === null && /^\s+(?:is|are|was|were|has|have|had|remain|remains|remained)\b/u.test(text.slice(verb.end, sentence.end))) {
      const comma = /,\s/u.exec(text.slice(verb.end, sentence.end));
      if (comma && /[\s,](?:which|who|whom)\s[^,;]*$/iu.test(text.slice(sentence.start, verb.start))) evidenceEnd = verb.end + comma.index;
    }
    // "... spoke with the envoy, X, who told him that ...": the relative clause is the antecedent's remark, and the
    // earlier statement ends before it (a remark relayed is recorded once, as its original speaker's).
    if (earlier && antecedent && resolution === antecedent && speakerKey(earlier.speaker) !== speakerKey(resolution)) {
      const comma = text.lastIndexOf(',', verb.start);
      const outer = earlier.evidence.findIndex((e) => e.start < comma && comma < e.end);
      if (outer >= 0) {
        const kept = trimSpan(text, { start: (earlier.evidence[outer] as Span).start, end: comma });
        earlier.evidence = earlier.evidence.map((e, i) => (i === outer ? kept : e));
      }
    }
    const relative =
      earlier !== undefined &&
      resolution.mention !== null &&
      speakerKey(earlier.speaker) !== speakerKey(resolution) &&
      (resolution === antecedent ||
        (resolution.mention.start >= start &&
          foundByName(resolution.via) &&
          RELATIVE_BEFORE_SUBJECT.test(text.slice(earlier.verb.end, resolution.mention.start))));
    if (relative) {
      const complement = complementStart(text, verb, sentence);
      const clauseEnd = /[,;]\s/u.exec(text.slice(complement, sentence.end));
      if (clauseEnd) evidenceEnd = complement + clauseEnd.index;
    } else if (earlier) {
      if (!resolution.mention || speakerKey(earlier.speaker) === speakerKey(resolution)) continue;
      // (s56) "Dr. X, one of what the World Health Organization says are fewer than 35 doctors left, said the hospital
      // ...": the earlier verb speaks in an apposition to this verb's subject; its remark ends at the comma that closes
      // the apposition, and this verb's remark is this subject's.
      const comma = text.lastIndexOf(',', verb.start);
      const inSubject =
        resolution.mention.end <= (earlier.evidence[0] as Span).start &&
        earlier.verb.end < comma &&
        /^,\s*$/u.test(text.slice(comma, verb.start)) &&
        (earlier.evidence[0] as Span).end > verb.start;
      if (!inSubject && final && statesPositionTold(article, earlier, resolution, sentence)) {
        // "Norland regrets that ..., Foreign Minister Ana Roe said on Tuesday.": the state's position is the words of
        // the person who closes the sentence (a state speaks through its officials), dated and placed by that verb.
        earlier.speaker = resolution;
        earlier.speakerRole = roleOf(article, resolution, { start, end: verb.start }, verb);
        earlier.evidence = [trimSpan(text, { start: (earlier.evidence[0] as Span).start, end: start - 2 })];
        earlier.attribution = [...earlier.attribution, { start, end: sentence.end }];
        resolver.noteSpeech(resolution, resolution.mention, [earlier.evidence[0] as Span]);
        continue;
      }
      // The coordinated clause opens after the earlier verb: at the clause boundary before the subject, or at a
      // bare "and" right before a named subject ("Moscow accused France of ... and Damascus thanked its ally").
      const boundary = COORDINATION.exec(text.slice(sentence.start, start));
      const bareAnd = /\s+(?:and|but)\s+(?:the\s+)?$/iu.exec(text.slice(earlier.verb.end, resolution.mention.start));
      // (s62) "..., while the United States Ambassador, Samantha Power, asserted that ...": the clause opens before the
      // title its subject's name is apposed to.
      const titled = COORDINATION_BEFORE_TITLE.exec(text.slice(earlier.verb.end, resolution.mention.start));
      const cutAt = inSubject
        ? comma
        : boundary && start - boundary[0].length > earlier.verb.end
          ? start - boundary[0].length
          : bareAnd && resolution.mention.start > earlier.verb.end
            ? resolution.mention.start - bareAnd[0].length
            : titled
              ? earlier.verb.end + titled.index
              : null;
      if (cutAt === null) continue;
      earlier.evidence = [trimSpan(text, { start: (earlier.evidence[0] as Span).start, end: cutAt })];
    }
    const evidenceStart = verb.speakerAfter || final ? sentence.start : subjectStart(text, resolution, start, verb);
    let evidence = trimSpan(text, { start: evidenceStart, end: evidenceEnd });
    const extra: Span[] = [];
    // (s42) A closing attribution with a participle's clause after it: the remark before the attribution, and that
    // clause, as an aside's are ("The council has no right to close the port, | adding that the ships would sail").
    if (tail !== null) {
      evidence = trimSpan(text, { start: sentence.start, end: start - 2 });
      // A phrase of the writer's ("in what officials described as ...", "amid reports") is none of the speaker's words.
      if (!/^(?:in\s+what|amid)\s/u.test(text.slice(tail, sentence.end))) extra.push(trimSpan(text, { start: tail, end: sentence.end }));
    }
    if (aside) {
      // The clause the attribution interrupts: from its start (after a semicolon or dash) to the comma, and on
      // after the closing comma when what comes before is too short to be the whole remark.
      const head = text.slice(Math.max(sentence.start, lastQuoteClose), aside.comma);
      const boundary = [...head.matchAll(/[;:]\s|\s[—–]\s/gu)].at(-1);
      const headStart = Math.max(sentence.start, lastQuoteClose) + (boundary ? boundary.index + boundary[0].length : 0);
      evidence = trimSpan(text, { start: headStart, end: aside.comma });
      const rest = text.slice(aside.close + 1, sentence.end);
      // "..., where, he says, food is scarce": an aside right after a subordinator or relative interrupts the clause it
      // opens, which is the remark.
      if (CLAUSE_OPENER_BEFORE_ASIDE.test(text.slice(headStart, aside.comma)))
        evidence = trimSpan(text, { start: aside.close + 1, end: sentence.end });
      // (s46) Nothing after an inverted subject that closes the sentence ("..., said the Red Cross.").
      else if (
        /\p{L}/u.test(rest) &&
        (wordCount(text.slice(headStart, aside.comma)) < 6 ||
          // "Of the four doctors it supported, she said, only one is alive": a fronted phrase alone before the aside;
          // its clause goes on after it.
          FRONTED_HEAD.test(text.slice(headStart, aside.comma)) ||
          // "The question, says X, is what happens next": the head is a subject whose predicate follows the aside.
          PREDICATE_AFTER_ASIDE.test(rest) ||
          /^\s*(?:but|and|yet|although|though|while|whereas|because|so)\s/iu.test(rest) ||
          verbs.some((v) => v.participle && v.start > aside.close && /^\s*$/u.test(text.slice(aside.close + 1, v.start))))
      )
        extra.push(trimSpan(text, { start: aside.close + 1, end: sentence.end }));
    }
    // The attribution is the sentence up to what is reported, less a question or report it answers: "Asked whether
    // ... killed on Wednesday, the Spokesman said" is not dated Wednesday ("a day after X said" is dated by its day).
    const answers = ANSWERS_BEFORE.test(text.slice(sentence.start, start)) || /^Asked\b/u.test(sentence.text);
    const attribution = aside
      ? { start, end: aside.close }
      : final
        ? { start, end: sentence.end }
        : { start: answers ? start : sentence.start, end: complementStart(text, verb, sentence) };
    const statement = newStatement(scope, resolution, 'indirect', [evidence, ...extra], verb, [attribution], false);
    statement.speakerRole = roleOf(article, resolution, { start, end: verb.start }, verb);
    // A speaker of a relative clause stays in the background: "he" after it is still the sentence's own speaker.
    const noted = grammaticalSpeaker(resolution);
    if (!relative) resolver.noteSpeech(noted, noted.mention ?? verb, [{ start: verb.end, end: evidence.end }], verb);
    statements.push(statement);
  }
}

/**
 * Whether an earlier statement of the sentence is a state's, its subject opening the sentence (or its body after a
 * dateline), and the sentence's closing attribution names a person ("Norland regrets that ..., Foreign Minister Ana Roe
 * said"): the person's words.
 */
function statesPositionTold(article: ArticleAnalysis, earlier: ExtractedStatement, closer: ResolvedSpeaker, sentence: Segment): boolean {
  const subject = earlier.speaker.mention;
  // After a wire's dateline ("KESSEL, 6 December (Agency) – Norland regrets ...") the body opens the sentence.
  const opening = dashDateline(sentence)?.body ?? sentence.start;
  return (
    earlier.verb.start >= sentence.start &&
    subject !== null &&
    subject.start >= opening &&
    /^[\s"“]*$/u.test(article.text.slice(opening, subject.start)) &&
    speakerKind(article.gazetteer, earlier.speaker) === 'state' &&
    isPersonSpeaker(article.gazetteer, closer)
  );
}

// "Reuters, citing rebel officials, reported that ...", "SANA, quoting a military source, said", "state radio,
// reading a statement from the army, said": an aside naming whose words the subject passes on, right before the verb.
const CITING_ASIDE =
  /,\s*(?:citing|quoting|reading(?:\s+out)?\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:statement|letter|message|communiqué|communique|declaration)\s+(?:from|by|of))\s+([^,;:"“”]{2,80}?)\s*,\s*(?:(?:is|are|was|were|has|have|had)\s+)?$/u;

/**
 * Whether the speaker is named as the verb's subject: by name or title, opening its sentence's noun phrase (after
 * titles and capitalised words at most, or an apposition's comma: "The Greens leader, X, asked"), not a modifier
 * inside another noun phrase ("a correspondent of a Turkish agency asked").
 */
function namedSubject(text: string, resolution: ResolvedSpeaker, from: number, verb: SpeechVerb): boolean {
  const mention = resolution.mention;
  if (!mention || !foundByName(resolution.via) || mention.start < from || mention.end > verb.start) return false;
  return opensNounPhrase(text.slice(from, mention.start));
}

/** Whether the words before a name leave it opening its noun phrase: titles and capitalised words, or an apposition's comma. */
// (s48) A day fronted with no comma ("On Tuesday the foreign ministers of ... met") opens the clause, not the noun phrase.
const opensNounPhrase = (prefix: string) =>
  /^(?:(?:On|Late|Early)\s+\p{Lu}\p{Ll}+day\s+(?=the\s))?(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(prefix) ||
  /,\s*$/u.test(prefix);

// (s62) Or fronted before a short subject: "Citing the Syrian army's general command, the paper reported that ...".
// (s68) Also after a log entry's label that names the station, up to its colon: "0500 gmt - NORLAND TV (Vellmar, in
// English): Quoting the army's general command, the channel said ...".
const FRONTED_CITING = /^\s*(?:[^"“”:;.!?]{2,120}:\s+)?(?:Citing|Quoting)\s+([^,;:"“”]{2,80}?)\s*,\s*(?:[\p{L}'’-]+\s+){1,4}$/u;

/**
 * Who a source's words name, read as the subject of `verb` from `npStart` to `npEnd` (the source an aside cites, the
 * owner of a reported estimate): one reading for every rule that finds the speaker in a phrase apart from the verb.
 */
function sourceAt(scope: ParagraphScope, verb: SpeechVerb, npStart: number, npEnd: number): SpeakerResolution {
  return scope.resolver.before({ ...verb, start: npEnd, end: npEnd, text: '' }, npStart);
}

// (s65) A relaying verb whose object is another's estimate, warning or count, its words after "that": "Haddad reports
// the United Nations' estimate that some 40,000 people were trapped", "notes Relief Watch's count that ...". Not a
// pronoun's ("reports his own estimate that").
const POSSESSED_REMARK =
  /^\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,5}?\p{Lu}[\p{L}.-]*)(?:['’]s|(?<=s)['’])\s+(?:(?:latest|own|official|new)\s+)?(?:estimate|warning|count|figure|tally|assessment|finding|claim)s?\s+that\b/u;

/** The source whose estimate or warning a relaying verb reports (POSSESSED_REMARK): theirs is the remark. */
function possessedSource(scope: ParagraphScope, verb: SpeechVerb): ResolvedSpeaker | null {
  if (verb.speakerAfter || verb.participle || (verb.lemma !== 'report' && verb.lemma !== 'note')) return null;
  const { text } = scope.article;
  const match = POSSESSED_REMARK.exec(text.slice(verb.end, verb.end + 200));
  if (!match) return null;
  const npStart = verb.end + match[0].indexOf(match[1] as string);
  const npEnd = npStart + (match[1] as string).length;
  return named(sourceAt(scope, verb, npStart, npEnd));
}

// (s65) Or right after a verb that closes its words, with a time or an adverb between at most: "18 of the 31 trucks
// were destroyed, he notes, citing the Red Crescent", "..., the agency said on Tuesday, citing Relief Watch.". A reason
// cited is no source ("said, citing security concerns"): only a name the resolver knows is taken.
const CITING_AFTER = /^(?:\s+[\p{L}\d]+){0,3}\s*,\s*(?:citing|quoting)\s+([^,;:"“”]{2,80}?)\s*(?:[,.;]|$)/u;

/** The source cited right after a closing verb (CITING_AFTER): theirs is the remark. */
function citedAfter(scope: ParagraphScope, verb: SpeechVerb): ResolvedSpeaker | null {
  if (verb.participle) return null;
  const { text } = scope.article;
  const after = CITING_AFTER.exec(text.slice(verb.end, verb.end + 160));
  if (!after) return null;
  const npStart = verb.end + after[0].lastIndexOf(after[1] as string);
  const npEnd = npStart + (after[1] as string).length;
  const found = named(sourceAt(scope, verb, npStart, npEnd));
  return found?.mention && found.mention.start >= npStart && found.mention.end <= npEnd ? found : null;
}

/** The source a subject cites in an aside before its verb: theirs is the remark (the curation rule for relays). */
function citedSource(scope: ParagraphScope, verb: SpeechVerb, start: number, sentenceStart: number): ResolvedSpeaker | null {
  if (verb.speakerAfter) return null;
  const { text } = scope.article;
  const fronted = FRONTED_CITING.exec(text.slice(sentenceStart, verb.start));
  const from = fronted ? sentenceStart : start;
  const aside = fronted ?? CITING_ASIDE.exec(text.slice(start, verb.start));
  if (!aside) return citedAfter(scope, verb);
  const npStart = from + aside.index + aside[0].indexOf(aside[1] as string);
  const npEnd = npStart + (aside[1] as string).length;
  return named(sourceAt(scope, verb, npStart, npEnd));
}

/**
 * (s66) The issuer of a document whose words a participle right after it gives ("Jo Roe read out a statement from the
 * defence ministry, issued on Thursday, saying that ...", "cited a letter from the council saying"): the document's
 * words are its issuer's, not those of the one who reads it out or cites it. Null where no speaker is named there.
 */
function documentIssuer(scope: ParagraphScope, verb: SpeechVerb, sentence: Segment): ResolvedSpeaker | null {
  const { text } = scope.article;
  const head = text.slice(sentence.start, verb.start);
  const document = DOCUMENT_FROM_BEFORE.exec(head);
  if (!document || /[;"“”]/u.test(head)) return null;
  const npStart = sentence.start + document.index + document[0].indexOf(document[1] as string);
  const npEnd = npStart + (document[1] as string).length;
  const found = named(sourceAt(scope, verb, npStart, npEnd));
  return found?.mention && found.mention.start >= npStart && found.mention.end <= npEnd ? found : null;
}

/**
 * Whether a participle set off by a comma goes on with the clause before it ("X blamed the collapse on the rebels,
 * saying ...", "X struck back on Twitter, writing that ..."): the first speech verb of its sentence, after a clause
 * of at least three words that opens the sentence (not a quotation's, not one after a semicolon or a dash).
 */
function participleAfterClause(scope: ParagraphScope, verb: SpeechVerb, sentence: Segment): boolean {
  const { text } = scope.article;
  // (s42) Past what heads the line: a dateline's dash is no mark of the clause ("ROME — Lavrov brushed aside ...,
  // telling").
  const head = text.slice(clauseBodyStart(text, sentence.start, sentence.end), verb.start);
  // (s63) Or right after the statement the clause's subject issued, with no comma ("The ministry issued a statement on
  // Saturday saying ...", "put out a statement asking for ..."): the statement's words.
  const issued = ISSUED_STATEMENT_BEFORE.test(head) && !/[;:"“”]/u.test(head);
  if (!issued && (!/,\s+$/u.test(head) || /[;:"“”—–]/u.test(head) || wordCount(head) < 3)) return false;
  // A participle after a fronted subordinate clause is that clause's ("When France presented a draft ..., asking for
  // monitors"): no main clause stands before it.
  if (/^\s*(?:When|Whenever|As|After|Before|While|Since|Once|If|Although|Though|Because|Until)\s/u.test(head)) return false;
  // "He declined to say how long it would last, saying only that ...": an infinitive is no speech of the clause's own,
  // nor a participle that describes a noun ("voted against a resolution demanding a truce, saying ...": the text's).
  // (s59) Nor a council's or an assembly's act in a clause of time ("defended the decision to abstain when the General
  // Assembly demanded a ceasefire on Friday, saying ..."): a body that acts by its votes makes no remark there.
  return !scope.verbs.some(
    (v) =>
      v !== verb &&
      v.start >= sentence.start &&
      v.start < verb.start &&
      !infinitive(text, v) &&
      !describesNoun(text, v) &&
      !postedThing(text, v) &&
      !VOTING_BODY_BEFORE.test(text.slice(Math.max(sentence.start, v.start - 60), v.start)),
  );
}

// (s59) A UN council or assembly as a verb's subject in a clause of time: "when the United Nations General Assembly ".
const VOTING_BODY_BEFORE =
  /\b(?:when|as|after|before|since|until)\s+the\s+(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:General\s+Assembly|Security\s+Council|Assembly|Council)\s+$/u;

// After "wrote": to whom, and when or where, up to the participle (a comma before it or none).
const LETTER_ADDRESSEE = /^\s+to\s+(?:the\s+)?[^,;:.!?"“”]{1,80}?,?\s+$/u;

/**
 * (s34) The "wrote" of "X wrote to the minister on Tuesday urging Norland to ...", "wrote to the council, asking it to":
 * a letter told with no words of its own, whose words the participle right after its addressee gives. Null where the
 * sentence tells no letter so.
 */
function letterTold(scope: ParagraphScope, verb: SpeechVerb, sentence: Segment): SpeechVerb | null {
  const { text } = scope.article;
  return (
    scope.verbs.find(
      (v) =>
        v.lemma === 'write' &&
        v.text === 'wrote' &&
        v.start >= sentence.start &&
        v.end < verb.start &&
        LETTER_ADDRESSEE.test(text.slice(v.end, verb.start)),
    ) ?? messageToldInNarration(scope, verb, sentence)
  );
}

/**
 * (s35) The "sent" of "The skipper left a message on the harbour phone saying the nets were ...", "A neighbour had
 * sent her an email saying": in the writer's own sentence, a message whose words the participle gives (SENT_GIVING), its
 * sender the subject of "sent" (as a relative's message inside a speaker's words is read, relayedInsideWords). Only
 * where no verb of saying stands before it in the sentence ("X said his aunt had sent ..." is X's relay, read there).
 * Null where the sentence tells no such message.
 */
function messageToldInNarration(scope: ParagraphScope, verb: SpeechVerb, sentence: Segment): SpeechVerb | null {
  const { text } = scope.article;
  if (!SENT_GIVING.test(text.slice(verb.start - 1, verb.end))) return null;
  if (scope.verbs.some((v) => v !== verb && v.start >= sentence.start && v.start < verb.start)) return null;
  const sent = SENT_MESSAGE_BEFORE_GIVING.exec(text.slice(sentence.start, verb.start));
  const word = sent ? /(?<![\p{L}'’-])(?:sent|left)(?![\p{L}'’-])/u.exec(sent[0]) : null;
  // "she sent us a text saying": sent to the one whose words these are (a letter's writer, a quotation's
  // speaker), a relay inside those words, not the writer's narration.
  if (!sent || !word || /^\s+(?:me|us)\s/u.test(sent[0].slice(word.index + word[0].length))) return null;
  const start = sentence.start + sent.index + word.index;
  return { start, end: start + word[0].length, text: word[0], lemma: 'write', participle: false, complement: 'that', speakerAfter: false };
}

/**
 * (s64) Whether a verb of writing has a thing posted as its object, no clause ("posted a video to her website on Tuesday
 * night, pleading with her followers to ...", "tweeted a photo of the ruins, urging"): it reports no words of its own,
 * and the participle after it gives the words of what was posted.
 */
const postedThing = (text: string, verb: SpeechVerb) =>
  verb.lemma === 'write' &&
  /^(?:posted|tweeted|shared)$/u.test(verb.text) &&
  /^\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+[\s,]+){0,3}?(?:video|clip|photo|picture|image|message|post|note|statement|recording|tweet|thread)s?\b/u.test(
    text.slice(verb.end, verb.end + 80),
  );

/** Whether a participle stands right after a noun, describing it ("a resolution demanding", "a draft calling for"). */
const describesNoun = (text: string, verb: SpeechVerb) =>
  /^\p{L}+ing\b/u.test(verb.text) &&
  /\b(?!(?:and|or|but|by|as|then|while|when|after|before|is|are|was|were|be|been|am|still|also)\s)\p{L}+\s+$/u.test(
    text.slice(Math.max(0, verb.start - 30), verb.start),
  );

/** Whether a verb stands as an infinitive after "to" or a negation ("declined to say", "would not say"). */
const infinitive = (text: string, verb: SpeechVerb) =>
  !verb.participle && /(?:\bto|\bnot|n['’]t)\s+$/u.test(text.slice(Math.max(0, verb.start - 6), verb.start));

// "..., with the Chinese envoy, Liu Jieyi, saying": "with", then a noun phrase of at most a dozen words (a name, a title,
// an apposition set off by commas), then the participle; no clause of its own in between.
// (s29) A bare plural of people opens it too: "with farmers and guards reporting fresh fire on the dam".
const WITH_ABSOLUTE = new RegExp(
  `(?:^|[\\s,(—–-])with\\s+((?:(?:the|its|his|her|their)\\s|\\p{Lu}|(?:${PEOPLE_GROUP_NOUNS})(?![\\p{L}-]))[^;:.!?"“”]{0,120}?)[\\s,]*$`,
  'u',
);
const CLAUSE_WORD = /\b(?:that|which|who|whom|whose|when|while|because|is|are|was|were|has|have|had|said|says)\b/u;

// (s59) A time or manner and nothing else between a verb and "with": "within hours", "swiftly", "on Saturday", "in
// kind", "the same day".
const ANSWERED_HOW =
  /^(?:\s+(?:\p{Ll}+ly|within|in|on|at|after|soon|later|hours?|minutes?|days?|kind|once|the|same|\p{Lu}\p{Ll}+day|(?:a|an|one|two|few)\s+(?:hours?|days?)\s+later)){0,4}\s*,?\s+with\s+$/u;
/**
 * (s59) Whether a verb's complement is only a time or manner and then an absolute clause of saying ("answered within
 * hours, with X saying that ...", "responded swiftly, with its envoy telling the council ..."): no word of its own.
 */
function answeredThroughAbsolute(scope: ParagraphScope, verb: SpeechVerb): boolean {
  const { text } = scope.article;
  const next = scope.verbs.find((v) => v.participle && v.start > verb.end && v.start - verb.end < 200);
  if (!next) return false;
  const subject = absoluteSubject(text, scope.paragraph.start, next);
  if (subject === null || subject <= verb.end) return false;
  return ANSWERED_HOW.test(text.slice(verb.end, subject));
}

/** Where the subject of an absolute clause "with X saying that ..." starts, or null when the verb stands in none. */
function absoluteSubject(text: string, floor: number, verb: SpeechVerb): number | null {
  const region = text.slice(Math.max(floor, verb.start - 160), verb.start);
  const match = WITH_ABSOLUTE.exec(region);
  if (!match) return null;
  const phrase = match[1] as string;
  if (CLAUSE_WORD.test(phrase) || wordCount(phrase) > 14) return null;
  return verb.start - region.length + (match.index + match[0].indexOf(phrase));
}

// (s32) A verb of seeing or hearing, its object a speaker, then where or when they were seen and the participle: "I
// saw the mayor on the late bulletin last Friday saying", "heard Jane Roe on the radio this morning saying", "saw our
// ambassador on television telling". The object is a name or a noun phrase of at most six words.
const PERCEIVED =
  /\b(?:saw|seen|watched|heard|caught)\s+((?:(?:the|our|their|his|her)\s+)?(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)((?:\s+(?:on|in|at|during|this|last|yesterday)\b[^;:.!?"“”,]{0,40}?)?)\s+$/u;

// (s65) A passive verb of seeing or hearing right before a participle of saying, with where or when it is seen between:
// "Maria Roe is seen telling the council", "is shown calling the text", "was heard in the footage saying".
const SEEN_BEFORE =
  /\b(?:is|are|was|were)\s+(?:(?:also|then|later|briefly|again|only)\s+)?(?:seen|shown|heard|filmed)(?:\s+(?:on|in|at|during)\b[^;:.!?"“”,]{0,40}?)?\s+$/u;

/** Where the passive verb of seeing before a participle of saying starts (SEEN_BEFORE), or null. */
function seenBefore(text: string, floor: number, verb: SpeechVerb): number | null {
  const region = text.slice(Math.max(floor, verb.start - 80), verb.start);
  const match = SEEN_BEFORE.exec(region);
  return match ? verb.start - region.length + match.index : null;
}

// (s65) A participle of saying after a name coordinated with ", and" in a sentence that tells what is seen or heard,
// the name with an apposition set off by commas or none: "We see the chamber ..., and Omar Roe, Norland's envoy,
// telling the council ...", "Maria Roe is seen telling ... “will be remembered,” and Omar Roe answering that ...".
const SEEN_COORDINATED = /,["”’]?\s+and\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:,\s[^,;:"“”.!?]{1,60},)?)\s+$/u;
const SEEING_VERB = /\b(?:see|sees|saw|seen|shown|shows|watch|watches|watched|hear|hears|heard)\b/u;

/** Where the name a participle of saying is coordinated after in a sentence of seeing starts (SEEN_COORDINATED), or null. */
function seenCoordinated(text: string, floor: number, verb: SpeechVerb): number | null {
  const region = text.slice(Math.max(floor, verb.start - 100), verb.start);
  const match = SEEN_COORDINATED.exec(region);
  if (!match) return null;
  const at = verb.start - region.length + match.index + match[0].indexOf(match[1] as string);
  return SEEING_VERB.test(text.slice(floor, at)) ? at : null;
}

/** The speaker a verb of seeing or hearing puts before a participle of saying (PERCEIVED): its words' span, or null. */
function perceivedSubject(text: string, floor: number, verb: SpeechVerb): Span | null {
  const region = text.slice(Math.max(floor, verb.start - 160), verb.start);
  const match = PERCEIVED.exec(region);
  if (!match || CLAUSE_WORD.test(match[1] as string)) return null;
  // (s64) Nor one seen or heard to say nothing: "we had seen no post from the ministry saying so", "heard nobody saying".
  if (/^(?:no|nobody|none|nothing)\b/iu.test(match[1] as string)) return null;
  const start = verb.start - region.length + match.index + match[0].indexOf(match[1] as string);
  return { start, end: start + (match[1] as string).length };
}

/**
 * Whether a verb stands in what another verb of its sentence claims ("Posts claim that the ambassador told the
 * council ..."): the claimed speech is in dispute, so it is no remark of the person it is put on.
 */
function claimedSpeech(scope: ParagraphScope, verb: SpeechVerb): boolean {
  const { text } = scope.article;
  const sentence = sentenceAt(scope, verb.start);
  return scope.verbs.some(
    (claim) =>
      claim.lemma === 'claim' &&
      !claim.participle &&
      claim.end <= verb.start &&
      claim.start >= sentence.start &&
      THAT_CLAUSE.test(text.slice(claim.end, verb.start)) &&
      // (s62) Not past a clause of another speaker's ("X claimed that ..., while the United States Ambassador, Y,
      // asserted that ..."): the claim ends there.
      !/,["”’]?\s+(?:while|whereas|but)\s/u.test(text.slice(claim.end, verb.start)),
  );
}

// A spokesperson of the principal as the subject of the verb ("his spokesman, X,", "Her spokeswoman said"); any
// spokesperson ("U.N. spokesman X", "Dirco spokesperson X", "the spokeswoman") passes on a principal's position read
// from its verb (PRINCIPAL_POSITION), not a state of mind, which may be the spokesperson's own account of someone.
// (s30) A press secretary is a spokesperson by another title ("the Premier's Press Secretary said the Premier was
// "deeply saddened"").
// (s68) So is a director of communications or a press officer ("The Director of Communications at the Ministry, Jan
// Roe, told the paper that the Minister regarded ...").
const SPOKESPERSON_NOUN = String.raw`(?:spokesman|spokeswoman|spokesperson|press\s+(?:secretary|officer)|director\s+of\s+communications|communications\s+director)`;
const SPOKESPERSON_OF = new RegExp(String.raw`\b(?:his|her|its|their)\s+(?:\p{Ll}+\s+)?${SPOKESPERSON_NOUN}\b`, 'iu');
const ANY_SPOKESPERSON = new RegExp(String.raw`\b${SPOKESPERSON_NOUN}\b`, 'iu');
// "the High Commissioner was appalled by ...", "Ban Ki-moon was "deeply frustrated" that ...", 'Mr Roe "is deeply
// alarmed"': the principal's own state of mind, put in words by the spokesperson.
const FEELINGS =
  'appalled|disappointed|frustrated|concerned|alarmed|saddened|shocked|outraged|horrified|dismayed|troubled|encouraged|pleased|heartened|determined';
// (s49) A relative clause about the principal may stand between ("Ban Ki-moon, who leaves office at the end of the
// month, is \"alarmed\"").
const STATE_OF_MIND = new RegExp(
  `^((?:[\\p{L}.'’-]+\\s+){0,5}?[\\p{L}.'’-]+)(?:,\\s*(?:who|whose)\\s[^,;:"“”]{1,100},)?\\s+["“]?(?:was|is|were|are|remained|remains|had\\s+been|has\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?(?:["“]|(?:${FEELINGS})\\b)`,
  'u',
);
// A named principal's own position, feeling or directive as the spokesperson reports it, in a verb of attitude
// (regretting, welcoming, regarding, considering, believing, hoping, wanting), of directing (instructing, urging,
// "asked that") or a charge to pass it on ("had asked him to convey her view that"), the speech verbs do not read as
// the principal's; the verb may be a second predicate after a first in the past ("had followed the vote and
// considered it ...", s17: also after "had", "was" or "but", and an adverb: "had no objection but regarded it as",
// "was "deeply troubled" and again urged"; s18: a feeling as that second predicate, "had followed the vote and "was
// saddened""), and the principal's name may hold a nickname in quotation marks. Invented examples: "A spokesman
// said Premier Roe regretted the delay", "Her spokeswoman said Ms Vale regarded the ruling as a betrayal", "the
// spokesman said Mr Lind had watched the debate and considered it a turning point", "the spokeswoman said the
// president wanted the talks to go on"; (s26) a view, concern or position the principal "shared" ("said the premier
// shared the mayor's concern that ..."). Group 1 the principal's words.
// (s33) A bracketed aside in the principal's words: a short name or the name in its own script ("Minister Jan Lee
// (李大維) regarded").
const BRACKETED_ASIDE = String.raw`\([^()]{1,40}\)`;
// (s33) A message the principal sent or wrote, whose words the spokesperson quotes ("said the President had sent a
// message to the Emir expressing solidarity "with a people ..."", "said the Prince had written to the Secretary-General
// to thank staff who worked "in conditions ..."", "told X that the President had spoken by phone with Y and "shared
// his concern""): the quoted words are the principal's; unquoted, the spokesperson's account of a letter sent.
const PRINCIPAL_MESSAGE = String.raw`(?:sent|addressed|written|wrote)\s+(?:to\s+[^.;:!?"“”]{1,60}?\s+)?(?:an?|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:message|letter|note|telegram|cable)\b(?=[^"“]*["“])|(?:written|wrote)\s+to\s(?=[^"“]*["“])`;
const PRINCIPAL_POSITION = new RegExp(
  `^((?:(?:["“]?[\\p{L}.'’-]+["”]?|${BRACKETED_ASIDE})\\s+){1,8}?)(?:had\\s+|has\\s+)?(?:(?:\\p{Ll}+ed|had|was|were)\\s[^.;:!?]{0,80}?\\s+(?:and|but)\\s+(?:(?:again|also|then|still)\\s+)?)?["“]?(?:(?:regretted|appreciated|deplored|lamented|welcomed|condemned|praised|regarded|considered|viewed|believed|felt|hoped|wanted|wished|instructed|urged)\\b|${PRINCIPAL_MESSAGE}|shared\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:view|views|concern|concerns|position|assessment)\\b|asked\\s+(?:(?:him|her|them|us|me)\\s+to\\s+(?:convey|relay|pass\\s+on|express)|that)\\b|["“](?:was|were)\\s+(?:\\p{Ll}+ly\\s+)?(?:${FEELINGS})\\b|(?:was|were)\\s+["“](?:\\p{Ll}+ly\\s+)?(?:${FEELINGS})\\b)`,
  'u',
);

// (s68) A fronted place, a title with "the" and a name apposed to it set off by commas, up to the name's closing comma
// ("In Oslo, the Foreign Minister, Ms Maria Lindqvist, "). Group 1 the name.
const APPOSED_PRINCIPAL =
  /^\s*(?:(?:In|At|From)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,\s+)?[Tt]he\s+[^,;:"“”]{1,80},\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*),\s+/u;

/** Where a principal's words may open in a spokesperson's sentence, and what names the principal there. */
interface PrincipalClause {
  /** Where the reported clause opens. */
  clause: number;
  /** The principal's words read before a state of mind or a position (group 1). */
  head: RegExpExecArray;
  /** Whether the head was read from a verb of position (PRINCIPAL_POSITION), not a state of mind. */
  byPosition: boolean;
}

/**
 * The reported clause a principal opens in a spokesperson's sentence, and the principal's words in it: from the
 * sentence's start before a final verb, else after whom it was told and "that" ("told a briefing that the High
 * Commissioner was appalled"), or right after the verb where a later "that" is the principal's own ("said Ms Roe had
 * asked him to convey her view that ..."), and from the sentence's start too where the attribution is set off by a
 * comma after it (`fronted`: "The minister had instructed the mission to vote yes, Roe said, adding ..."). A state of
 * mind is read under a spokesperson of the principal (`principals`) as it stands; under any other spokesperson only in
 * quoted words, and then as a position is read (`byPosition`: a person's only).
 */
function principalClause(
  text: string,
  verb: SpeechVerb,
  sentence: Span,
  final: boolean,
  principals: boolean,
  fronted: boolean,
): PrincipalClause | null {
  const opening = (from: number) => from + (/^[\s,]*(?:that\s+)?/u.exec(text.slice(from, sentence.end))?.[0].length ?? 0);
  const starts = final ? [sentence.start] : [...(fronted ? [sentence.start] : []), complementStart(text, verb, sentence), verb.end];
  for (const from of starts) {
    // (s68) Before a closing attribution, a principal named in apposition to the title, after a fronted place ("In
    // Oslo, the Foreign Minister, Ms Maria Lindqvist, regarded the vote as ..., her spokesperson, Peter Okafor, told
    // the Ledger"): the name, read as the principal's words before the verb with the apposition's commas left out.
    const apposed = from === sentence.start ? APPOSED_PRINCIPAL.exec(text.slice(from, sentence.end)) : null;
    if (apposed) {
      const name = apposed[1] as string;
      const rest = text.slice(from + apposed[0].length, sentence.end);
      const position = PRINCIPAL_POSITION.exec(`${name} ${rest}`);
      const clause = from + apposed[0].lastIndexOf(`${name},`);
      if (position && (position[1] as string).trimEnd() === name) return { clause, head: position, byPosition: true };
    }
    const clause = opening(from);
    const words = text.slice(clause, sentence.end);
    // Under any other spokesperson a state of mind counts only in quoted words ("UN spokesman X said Secretary-General Y
    // was "alarmed"", s18), and, read as a position is, only for a named person: "residents were "alarmed"" is none,
    // and an unquoted one ("said the Secretary-General remained deeply alarmed") is the spokesperson's account.
    const state = STATE_OF_MIND.exec(words);
    if (state && (principals || /["“]/u.test(state[0]))) return { clause, head: state, byPosition: !principals };
    const position = PRINCIPAL_POSITION.exec(words);
    if (position) return { clause, head: position, byPosition: true };
  }
  return null;
}

/**
 * Whether the speaker found for a principal's words was named there: by its name (a known actor by its name, alias
 * or role; a new one by a name not after "the"), not a title no known person holds ("the High Commissioner" with no
 * name given would become an actor of its own); and, for a position read from its verb alone, a person (a state or
 * body a spokesperson names, "said Russia welcomed", may be the spokesperson's own report of it).
 */
function namedPrincipal(article: ArticleAnalysis, found: ResolvedSpeaker, clause: number, byPosition: boolean, head: string): boolean {
  if (!found.mention) return titledNamedBefore(article, found, head);
  if (found.mention.start < clause) return false;
  const titled = /\bthe\s+$/iu.test(article.text.slice(clause, found.mention.start));
  if (byPosition && !isPersonSpeaker(article.gazetteer, found)) return false;
  return found.status === 'actor' ? foundByName(found.via) : found.via === 'name' && !titled;
}

/**
 * Whether a principal the reported clause names by a title alone ("the minister", "the president") is a person the
 * article named in full before (the resolver's description reading: "Foreign Minister Jan Roe was in Oslo. His
 * spokesman said the minister regarded ..."), not a title that would become an actor of its own. s18: the sets'
 * golds give such a clause to the person named (four articles of three sets).
 */
function titledNamedBefore(article: ArticleAnalysis, found: ResolvedSpeaker, head: string): boolean {
  if (found.via !== 'description' || !isPersonSpeaker(article.gazetteer, found)) return false;
  const name = found.status === 'actor' ? article.gazetteer.actors.get(found.id)?.name : found.proposal.name;
  if (!name || /\(unnamed\)/u.test(name) || !/\S\s+\S/u.test(name)) return false;
  // (s68) A title in capitals as a ministry's own copy writes it too ("told the paper that the Minister regarded").
  const words = /^the\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)$/u.exec(head.trim())?.[1]?.split(/\s+/u);
  return words?.every((w) => /^\p{Ll}/u.test(w) || isTitleWord(w)) ?? false;
}

/**
 * The principal whose words a spokesperson passes on ("His spokesman, X, said that the High Commissioner was
 * appalled by ...", "Ban was "deeply disappointed" ..., his spokesman said"): recorded once, as the principal's (the
 * curation rule for relayed speech). Three steps: the verb's subject is a spokesperson; the reported clause opens on
 * the principal's words before a state of mind or a position (principalClause); the resolver names a principal there
 * (namedPrincipal). Only a principal named (or titled) in the reported clause, not a pronoun.
 */
function relayedPrincipal(scope: ParagraphScope, verb: SpeechVerb, sentence: Span, start: number, final: boolean): ResolvedSpeaker | null {
  const { text } = scope.article;
  const subject = text.slice(Math.max(sentence.start, start - 40), verb.start);
  if (verb.speakerAfter || !(ANY_SPOKESPERSON.test(subject) || spokespersonByRole(scope, verb, start))) return null;
  // "The minister had instructed the mission to vote yes, Roe said, adding ...": an attribution set off by a comma
  // after the reported clause closes it as a final one does.
  const fronted = !final && /,\s*$/u.test(text.slice(sentence.start, start));
  // (s42) What heads the line (a round-up's "UNITED NATIONS:", an entry's time) is no part of the principal's clause.
  const body = clauseBodyStart(text, sentence.start, sentence.end);
  const reading = principalClause(text, verb, { start: body, end: sentence.end }, final, SPOKESPERSON_OF.test(subject), fronted);
  if (!reading) return null;
  const npEnd = reading.clause + (reading.head[1] as string).trimEnd().length;
  const found = sourceAt(scope, verb, reading.clause, npEnd);
  if (found.status !== 'actor' && found.status !== 'proposed') return null;
  if (!namedPrincipal(scope.article, found, reading.clause, reading.byPosition, reading.head[1] as string)) return null;
  const spokesperson = scope.resolver.before(verb, start);
  const named = spokesperson.status === 'actor' || spokesperson.status === 'proposed';
  // A principal named by title alone only beside a spokesperson named too, or one speaking for a body the resolver
  // found (s26: "A ministry spokesperson said the minister considered ..."): "the spokesman" of a later sentence must
  // still find the one who passed the words on.
  const speaksFor = named && (isPersonSpeaker(scope.article.gazetteer, spokesperson) || spokesperson.via === 'spokesperson');
  if (!found.mention && !speaksFor) return null;
  if (named) PASSED_ON_BY.set(found, spokesperson);
  return found;
}

/**
 * Whether the verb's subject is a spokesperson the article introduced before by that role, now named by surname or a
 * pronoun ("Foreign ministry spokesman Jan Roe ... Roe said the minister regarded", "He said the minister had
 * instructed"): the role the resolver keeps for the speaker, not the words before the verb. s18: three articles.
 */
function spokespersonByRole(scope: ParagraphScope, verb: SpeechVerb, start: number): boolean {
  if (wordCount(scope.article.text.slice(start, verb.start)) > 3) return false;
  const teller = scope.resolver.before(verb, start);
  return speakerRoles(scope.article.gazetteer, teller).some((role) => ANY_SPOKESPERSON.test(role));
}

/**
 * The spokesperson who passed on a principal's words, by the principal's resolution: the subject of the reporting
 * verb, whom "he added" in the next sentence still means ("X's spokesman said X regarded it as ... He added that
 * ..."), so the speech is noted under the spokesperson for the pronouns that follow.
 */
const PASSED_ON_BY = new WeakMap<ResolvedSpeaker, ResolvedSpeaker>();

/** The speaker a pronoun after this statement refers back to: the spokesperson who passed it on, else its speaker. */
const grammaticalSpeaker = (speaker: ResolvedSpeaker): ResolvedSpeaker => PASSED_ON_BY.get(speaker) ?? speaker;

/** "The Spokesman opened the briefing by saying that": the word after the sentence's subject stands in for its verb. */
function sentenceMainVerb(text: string, sentence: Span, verb: SpeechVerb): SpeechVerb {
  // (s42) Past what heads the line ("ROME — Russian Foreign Minister Sergei Lavrov on Friday brushed aside ...,
  // telling"): the dateline's dash had stopped the subject's words.
  const from = clauseBodyStart(text, sentence.start, sentence.end);
  const subject = /^(?:(?:\p{Lu}[\p{L}.'’-]*|of|for|the|and|al|de)[^\S\n]+)+/u.exec(text.slice(from, verb.start));
  if (!subject) return verb;
  const start = from + subject[0].length;
  // (s41) "The Syrian envoy rejected the resolution, calling it ...": lower-case words of the subject's noun phrase
  // ("envoy", "representative of Syria") may stand before the verb, where a determiner opens the subject: the first word
  // that looks like a finite verb among the next four lower-case words, with no mark before it, else the first word.
  const words = [...text.slice(start, verb.start).matchAll(/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu)].slice(0, 4);
  // (s42) A possessive name opens a described subject as a determiner does ("Germany's foreign ministry echoed the call,
  // saying ...").
  const described = /^(?:(?:The|A|An)\s|\p{Lu}[\p{L}.-]*['’]s\s+$)/u.test(subject[0]) && !FINITE_LOOKING.test(words[0]?.[0] ?? '');
  const finite = described
    ? words.find((w) => FINITE_LOOKING.test(w[0]) && /^[\p{L}\s'’-]*$/u.test(text.slice(start, start + w.index)))
    : undefined;
  const word = finite ?? /^\p{Ll}+/u.exec(text.slice(start, verb.start));
  if (!word) return verb;
  const at = start + (finite ? finite.index : 0);
  return { ...verb, start: at, end: at + word[0].length };
}
// A word that looks like a finite verb: a past tense in -ed, an auxiliary, or a common irregular past.
const FINITE_LOOKING =
  /^(?:\p{Ll}{2,}ed|has|have|had|was|were|is|are|will|would|said|told|made|gave|took|met|sent|spoke|came|went|put|set|wrote|left|held|led|brought)$/u;

/** Single-quoted passages are speech only when they are sentences ("‘We will stay,’ he said"), not titles. */
function isSpeechLike(text: string, quote: Quotation): boolean {
  const inner = text.slice(quote.start, quote.end);
  return wordCount(inner) >= 4 && /[.,!?]$/u.test(inner);
}

// (s70) What may follow a weekday before an infinitive (hasComplement, complementStart): its week ("on Thursday last
// week") or its part of the day ("on Friday night").
const WEEKDAY_SET_IN_WEEK = String.raw`(?:\s+(?:last|next|this)\s+week|\s+(?:morning|afternoon|evening|night))?`;

// (s61) A day printed in full after "on", or in AP's abbreviated month with no "on" ("said Dec. 13 the"); not a bare
// "13 December" that may be what the reported clause is about ("said 13 December was the worst day").
const DAY_IN_FULL_ADJUNCT = new RegExp(
  `^\\s+(?:on\\s+(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.\\s+\\d{1,2})(?:,?\\s+\\d{4})?(?![\\p{L}\\d'’])(?!,)`,
  'u',
);
// (s70) When and where an offer was made, between "offered" and its infinitive: up to three of a day ("on Thursday",
// "last Thursday", "on 6 October", "last week", "two days before the vote(s)") and an occasion or a place ("at a news
// conference in Geneva", "in Geneva"), then "to" ("offered on Thursday last week to escort", "offered at a news
// conference in Geneva to escort", "had offered two days before the votes to accompany"). Not an object ("offered aid
// to the families"): only these words stand between.
const INFINITIVE_ADJUNCT = String.raw`(?:(?:on\s+|late\s+|early\s+|last\s+)?(?:${WEEKDAY}|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?|on\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})|(?:last|this|that|the\s+same|the\s+previous|the\s+next)\s+(?:week|month|day)|(?:a|one|two|three|four|five|six|\d+|several|some|just)\s+(?:days?|hours?|weeks?)\s+(?:earlier|later|before|after)(?:\s+the\s+\p{Ll}+)?|(?:at|during)\s+(?:a|the|his|her|its)\s+(?:\p{Ll}+\s+)?(?:news\s+conference|press\s+conference|briefing|meeting|session|summit|debate)(?:\s+in\s+\p{Lu}[\p{L}'’-]+)?|in\s+\p{Lu}[\p{L}'’-]+|(?:also|then|later|again|even|publicly|privately))`;
// (s70) Compiled once (they were built at every call, for every speech verb of every sentence): a day between an
// infinitive's verb and its "to", printed in full or a weekday set in its week or told with its part of the day
// ("offered on October 6 to", "offered on Thursday last week to"), and the infinitive after at most such a time or an
// adverb ("offered last Thursday to escort").
const DAY_BEFORE_INFINITIVE = new RegExp(
  String.raw`^\s+(?:on\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})|last\s+(?:week|month)|(?:(?:on|late|early|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)${WEEKDAY_SET_IN_WEEK})(?=\s+to\s)`,
  'u',
);
const TIME_THEN_INFINITIVE = new RegExp(
  String.raw`^(?:\s+(?:(?:(?:on|late|early|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)${WEEKDAY_SET_IN_WEEK}|today|yesterday|on\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})|last\s+(?:week|month)))?(?:\s+\p{Ll}+ly)?\s+to\s+\p{Ll}{2,}`,
  'u',
);
const INFINITIVE_ADJUNCTS = new RegExp(String.raw`^(?:,?\s+${INFINITIVE_ADJUNCT}){1,3}(?=,?\s+(?:\p{Ll}+ly\s+)?to\s)`, 'u');
/** Whether the words after a verb of offering open its infinitive, past at most INFINITIVE_ADJUNCTS. */
function infinitiveAfter(after: string): boolean {
  const adjuncts = INFINITIVE_ADJUNCTS.exec(after);
  return /^,?(?:\s+\p{Ll}+ly)?\s+to\s+\p{Ll}{2,}/u.test(after.slice(adjuncts ? adjuncts[0].length : 0));
}
/** Where the reported speech begins: after "that", or after the time words following the verb. */
function complementStart(text: string, verb: SpeechVerb, sentence: Span): number {
  const after = text.slice(verb.end, sentence.end);
  const that = thatClause(after);
  // "He said the army had taken the east and that the fighting had ended": the "that" of a second clause; the first
  // one starts at the verb.
  if (that && !(/\s(?:and|but|or)\s+that\s$/u.test(that[0]) && wordCount(that[0]) > 4)) return verb.end + that[0].length;
  // Not a day's possessive, which opens the words reported ("said Wednesday's vote was a small victory").
  // (s61) ... or a day printed in full ("said on December 13 it had received reports", "said on 13 December the
  // convoys", AP's "said Dec. 13 the"), as a weekday is. (s68) A manner adverb may come first, the day still the
  // telling's ("what he said publicly on Friday: that the talks had failed", "said privately on Monday the text").
  const adjunct =
    /^\s+(?:\p{Ll}{2,}ly\s+)?(?:(?:on|late|early|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?(?![\p{L}'’])/u.exec(
      after,
    ) ?? DAY_IN_FULL_ADJUNCT.exec(after);
  // (s51) An infinitive's verb with its day printed in full between ("offered on October 6 to escort"); (s70) or a
  // weekday set in its week or told with its part of the day ("offered on Thursday last week to escort").
  const weekday = verb.complement === 'to' ? DAY_BEFORE_INFINITIVE.exec(after) : null;
  // (s70) Or any of the times and places INFINITIVE_ADJUNCTS reads ("offered at a news conference in Geneva to escort").
  const stated = verb.complement === 'to' ? INFINITIVE_ADJUNCTS.exec(after) : null;
  return verb.end + Math.max(adjunct?.[0].length ?? 0, weekday?.[0].length ?? 0, stated?.[0].length ?? 0);
}

// (s29) The verbs by which people who were there give an account of what they saw, with a noun phrase for object and
// no "that": "described a walk of three days through snow", "reported fresh rocket fire near the mill", "with
// shopkeepers reporting long queues for flour". Only a group's account is a statement (an official "described the plan" or a monitor
// "reported a rise" is a summary of someone's words, not theirs); an object under four words ("described scenes of
// panic", "reported heavy fighting") is a label the writer puts on their words, not an account in them.
// Where the account ends: before a colon, semicolon or dash that hands on to other words; null where there is none.
const ACCOUNT_VERB = /^(?:describe|described|describing|reported|reporting)$/u;
function accountEnd(text: string, verb: SpeechVerb, sentence: Span): number | null {
  if (!ACCOUNT_VERB.test(verb.text)) return null;
  const from = complementStart(text, verb, sentence);
  const clause = /^[^;:—–]*/u.exec(text.slice(from, sentence.end))?.[0] ?? '';
  return !/^\s*(?:that|as|to|on|in|by|back|for)\b|["“]/u.test(clause) && wordCount(clause) >= 4 ? from + clause.length : null;
}

// (s65) A speaker who says what the writer's noun is or did, the noun the relative clause's missing subject: "the
// talks, which diplomats said had been tense", "people the UN says are still trapped", "the group, which he said had
// failed to deliver". A speech verb earlier in the sentence has the remark already ("Ayrault said ..., which he said
// was ..."), and a verb of belief or estimate is no remark ("people the UN believes are still inside").
const SPEECH_BEFORE_RELATIVE = /\b(?:said|says|told|tells|called|calls|added|adds|argued|warned|insisted|stressed)\b/u;
function saidOfRelative(text: string, verb: SpeechVerb, sentence: Span): boolean {
  return verb.lemma === 'say' && !SPEECH_BEFORE_RELATIVE.test(text.slice(sentence.start, verb.start));
}

/** Whether the verb is followed by what it reports: "that ..." where the verb requires it, or some clause. */
function hasComplement(text: string, verb: SpeechVerb, sentence: Span): boolean {
  if (verb.speakerAfter) return wordCount(text.slice(sentence.start, verb.start)) + wordCount(text.slice(verb.end, sentence.end)) >= 6;
  if (verb.complement === 'quote') return false;
  const after = text.slice(verb.end, sentence.end);
  // "the things he said, and one of them is false": a coordinated clause of the writer's own, nothing reported.
  if (/^\s*,\s*(?:and|but|or|yet|so|while|whereas)\s/iu.test(after)) return false;
  if (REACTING.has(verb.lemma) && BARE_REACTION_OBJECT.test(after)) return false;
  // "the 50,000 people the agency believes are still inside": a verb in a relative clause whose missing subject is
  // the writer's noun; what follows is no clause of its own. ("what the UN estimated were 100,000 civilians" is the
  // UN's estimate: "what" stands for the words reported.)
  if (
    /^\s+(?:is|are|was|were|has|have|had|remain|remains|remained)\b/u.test(after) &&
    !/\bwhat\s+(?:[\p{L}.'’-]+\s+){1,5}$/iu.test(text.slice(sentence.start, verb.start)) &&
    !saidOfRelative(text, verb, sentence)
  )
    return false;
  // "told reporters the vote was ...": "tell" drops its "that" after a short object.
  if (TELLING.has(verb.lemma) && TOLD_OBJECT_THEN_CLAUSE.test(after)) return true;
  // "offered to escort", "offered on Thursday to travel", (s51) "offered on October 6 to escort", "offered last week
  // to": an infinitive after at most a time or an adverb. (s70) A weekday may be set in its week or told with its part
  // of the day: "offered on Thursday last week to escort", "offered last Thursday to", "offered on Friday night to".
  // (s70) Or a few of them, and where it was offered (INFINITIVE_ADJUNCTS, infinitiveAfter).
  if (verb.complement === 'to') return infinitiveAfter(after) || TIME_THEN_INFINITIVE.test(after);
  if (verb.complement === 'that') return thatClause(after) !== null;
  return wordCount(text.slice(complementStart(text, verb, sentence), sentence.end)) >= 2;
}

/** Where the evidence of an indirect statement starts: at the speaker's first name in the clause, or the pronoun. */
function subjectStart(text: string, resolution: ResolvedSpeaker, clause: number, verb: SpeechVerb): number {
  if (resolution.mention && resolution.mention.start >= clause && resolution.mention.end <= verb.start) {
    // "Turkey's foreign minister, Mevlut Cavusoglu, said": the title before the apposed name belongs to the subject;
    // (s38) so where the name wears its own title ("The parish priest, Father Duarte Raposo, said", "The mayor, Dr X,").
    const before = text.slice(clause, resolution.mention.start);
    // (s42) "Another doctor, who uses the pseudonym Abu Yousef, told": the name he gave closes the description, whose
    // words open the subject.
    if (/\bwho\s+(?:gave|gives|uses|used|goes\s+by|went\s+by|identified|asked)\b[^,;:"“”]*$/u.test(before)) return clause;
    // (s67) So do the head and a description in lower case apposed before the name ("Her co-counsel, the Hamburg lawyer
    // Jens Roe, said").
    if (describedBeforeName(before)) return clause;
    const titles = /(?:\s*\p{Lu}[\p{L}.'’-]*)*\s*$/u.exec(before) as RegExpExecArray;
    const titled = titles[0]
      .trim()
      .split(/\s+/u)
      .every((w) => w === '' || isTitleWord(w));
    return titled && /,\s*$/u.test(before.slice(0, titles.index)) ? clause : resolution.mention.start;
  }
  const pronoun = [...text.slice(clause, verb.start).matchAll(/\b(?:he|she|He|She)\b/gu)].at(-1);
  if (pronoun) return clause + pronoun.index;
  return clause;
}

/** The speaker's title as the article gives it: a known role near the name, or the appositive around it. */
function roleOf(article: ArticleAnalysis, speaker: ResolvedSpeaker, region: Span, verb: SpeechVerb): string | null {
  const { text } = article;
  if (speaker.status === 'proposed') return speaker.proposal.roles[0] ?? null;
  const actor = article.gazetteer.actors.get(speaker.id);
  if (!actor) return null;
  const words = text
    .slice(Math.min(region.start, verb.start), Math.max(region.end, verb.end + 80))
    .toLowerCase()
    .replace(/[’]/g, "'");
  const known = actor.roles.find((role) => words.includes(role.toLowerCase().replace(/[’]/g, "'")));
  if (known) return known;
  if (speaker.mention && speaker.mention.end <= verb.start) {
    const appositive = /^\s*,\s*([^,;:()"“”]{2,120}?),\s*$/u.exec(text.slice(speaker.mention.end, verb.start));
    // "UNICEF, for its part, warned": an aside is no title.
    if (appositive) return appositiveRole(`, ${appositive[1] as string},`);
  }
  return null;
}

/**
 * A quotation that opens a paragraph and continues the quotation that closed the paragraph before, by the same
 * speaker, is one statement with it (`"A." [paragraph] "B," he added.`).
 */
function mergeContinuedQuotations(article: ArticleAnalysis, statements: ExtractedStatement[]): ExtractedStatement[] {
  // (s42) A quotation that runs on with no closing mark after one that closed opens a new speech: its speaker is the one
  // the next paragraph's opening quotation names ('"Eleven votes is not nothing," he said. / "What we saw ... nothing.
  // / "The veto is not a bug," wrote Hannah Lutz'), not the one before it.
  statements.forEach((statement, i) => {
    const next = statements[i + 1];
    if (!RUN_ON.has(statement) || !next || next.kind !== 'direct' || next.paragraph !== statement.paragraph + 1) return;
    const paragraph = article.paragraphs[next.paragraph] as Segment;
    if ((next.evidence[0] as Span).start - paragraph.start > 1 || next.continuation) return;
    statement.speaker = next.speaker;
    statement.speakerRole = next.speakerRole;
    statement.verb = next.verb;
    statement.attribution = [...next.attribution];
    statement.continuation = false;
  });
  const merged: ExtractedStatement[] = [];
  for (const statement of statements) {
    const last = merged.at(-1);
    const first = statement.evidence[0] as Span;
    const paragraph = article.paragraphs[statement.paragraph] as Segment;
    const opensParagraph = first.start - paragraph.start <= 1;
    if (
      last &&
      last.kind === 'direct' &&
      statement.kind === 'direct' &&
      // A labelled or printed speaker's turn is a record of its own, never a quotation's continuation (s17 docs).
      statement.basis !== 'turn' &&
      !CREDITS.has(statement.verb) &&
      last.paragraph === statement.paragraph - 1 &&
      speakerKey(last.speaker) === speakerKey(statement.speaker) &&
      opensParagraph &&
      endsParagraph(article, last)
    ) {
      last.evidence.push(...statement.evidence);
      last.attribution.push(...statement.attribution);
      last.paragraph = statement.paragraph; // a third paragraph of the same speech may follow
      continue;
    }
    merged.push(statement);
  }
  return merged;
}

// (s42) A sentence that opens on whom a view is given for: "For Mona Haddad-Grant, a Syrian-born pharmacist who has
// lived in Mandeville since 1998, ", "For Mr Roe, ". Group 1 the name.
const FOR_WHOM =
  /^\s*For\s+((?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?:,[^,;:"“”]{1,160})?,\s+(?=\S)/u;

/**
 * The person a view quoted in the writer's sentence is given for (FOR_WHOM), a name the resolver knows or proposes,
 * with the words of the view (the rest of the sentence) and where it is given; null where the sentence has no such
 * opening.
 */
function forWhom(
  scope: ParagraphScope,
  quote: Quotation,
): { speaker: ResolvedSpeaker; verb: SpeechVerb; words: Span; attribution: Span } | null {
  const { text } = scope.article;
  const sentence = sentenceAt(scope, quote.start);
  const opening = FOR_WHOM.exec(text.slice(sentence.start, quote.start));
  if (!opening) return null;
  const nameStart = sentence.start + opening.index + opening[0].indexOf(opening[1] as string);
  const nameEnd = nameStart + (opening[1] as string).length;
  const mark = quoteMark(text, nameEnd, nameEnd, false);
  const speaker = named(scope.resolver.before(mark, nameStart));
  if (!speaker || !isPersonSpeaker(scope.article.gazetteer, speaker)) return null;
  const wordsStart = sentence.start + opening.index + opening[0].length;
  return {
    speaker,
    verb: mark,
    words: trimSpan(text, { start: wordsStart, end: sentence.end }),
    attribution: { start: sentence.start, end: wordsStart },
  };
}

/** Quotations that run on with no closing mark into the next paragraph after one that closed (mergeContinuedQuotations). */
const RUN_ON = new WeakSet<ExtractedStatement>();
/** An article's last paragraph-opening quotation that runs on with no speaker yet (quotedStatements). */
const RUN_ON_QUOTE = new WeakMap<ArticleAnalysis, Quotation>();

/** Whether a statement's last quotation is in the last sentence of its paragraph. */
function endsParagraph(article: ArticleAnalysis, statement: ExtractedStatement): boolean {
  const paragraph = article.paragraphs[statement.paragraph] as Segment;
  const lastSentence = splitSentences(article.text, paragraph).at(-1) as Segment;
  return (statement.evidence.at(-1) as Span).end >= lastSentence.start;
}

// The subject of a sentence inside someone's words that may be a relative who spoke: a kin mention opening it, one of
// a plural kin mention ("one of them"), or "he"/"she" that points back to a kin mention, after at most a time phrase,
// a conjunction or a fronted phrase of the message or call the words came in ("On that call he said", "On the phone
// that morning she told me", "In it, she said"), or (s27) inside a cleft that puts the words after "was" ("The last
// thing he said was, '...'", "All my mother said, on Tuesday night, was: '...'"). Groups `cleft`, `oneOfThem` and
// `pronoun`.
const RELAY_CLEFT = `(?:[Tt]he\\s+(?:last|only|first)\\s+(?:thing|words?)|[Aa]ll)\\s+`;
const RELAY_SUBJECT = new RegExp(
  `^(?:(?:on\\s+|late\\s+|early\\s+)*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\\s+(?:morning|afternoon|evening|night))?\\s+)?(?:that\\s+)?(?:(?:And|But|Then|Later|Yesterday|Today|Last\\s+\\p{Ll}+|This\\s+\\p{Ll}+|On\\s+\\p{Lu}\\p{Ll}+(?:\\s+(?:morning|afternoon|evening|night))?|(?:In|On|During|Over)\\s+(?:the|that|this|it|a|an|his|her|their|my|our)(?![\\p{L}'’-])[^,;:.!?"“”‘’]{0,50}?),?\\s+)?(?<cleft>${RELAY_CLEFT})?(?:(?<oneOfThem>[Oo]ne\\s+of\\s+them)|(?<pronoun>[Hh]e|[Ss]he)(?![\\p{L}'’-])|${KIN_MENTION.source.replace(/\((?!\?)/gu, '(?:')})`,
  'u',
);
// The relative's own modifiers: where the relative is ("his colleague in Kilis", "her cousin in the west of the city",
// since s26 after a participle of where one works or lives, "a colleague working in Vell", and a body's name of up to
// eight words, "a friend at the Norlandic Society for the Relief of the Sick"); what the relative is, set off by commas
// (", a pharmacist,", ", who lives in the old town with her children,"), or a "who" clause that tells which relative
// ("a cousin who works as a nurse").
const RELATIVE_MODIFIERS = String.raw`(?:\s+(?:working|living|based|staying)(?=\s+(?:in|at|from|inside|near)\s))?(?<where>\s+(?:in|at|from|inside|near)\s+[^\s,;:.!?"“”‘’]+(?:\s+[^\s,;:.!?"“”‘’]+){0,7}?)?(?:,\s+(?:an?|the|who|whom)\s[^,;:.!?"“”‘’]{1,100},|\s+who\s[^,;:.!?"“”‘’]{1,80}?)?`;
// What may stand between such a subject and its verb of saying: the subject's own modifiers first (RELATIVE_MODIFIERS),
// then a predicate of its own joined by "and" ("called me that night and said"), or adverbs and an auxiliary; never a
// clause boundary, a quotation or another subject's verb. Group `where` the place phrase, which names the relative with
// the tie ("X's colleague in Kilis").
const BEFORE_RELAYED_VERB = new RegExp(
  String.raw`^${RELATIVE_MODIFIERS}(?:\s+(?:[^\s.,;:!?"“”‘’]+\s+){1,7}?(?:and|then)\s+|[\s,]+(?:(?:also|just|once|later|then|only|has|had|have|would|always)\s+)*)$`,
  'u',
);
// A message sent whose words a participle gives ("had sent a voice message on Sunday night saying that ...", "sent me a
// text saying"): what stands between the relative and "saying", which is then the verb of saying; (s29) after the
// relative's own modifiers too ("his son, a driver, had sent him a text ...", "a cousin in Vell sent a message ...").
// (s30) Messages in the plural too ("had sent voice messages describing ...").
const SENT_MESSAGE_CORE = String.raw`(?:\s+(?:had|has|have|also|then|later))*\s+(?:sent|left)\s+(?:(?:me|him|her|us|them)\s+)?(?:an?\s+(?:[\p{L}-]+\s+){0,2}?${SENT_MESSAGE_NOUN}|(?:[\p{L}-]+\s+){0,2}?${SENT_MESSAGE_NOUN}s)(?:\s+[^,;:.!?"“”‘’]{1,40}?)?`;
const SENT_MESSAGE_TAIL = `${SENT_MESSAGE_CORE},?\\s+$`;
const SENT_MESSAGE = new RegExp(`^${RELATIVE_MODIFIERS}${SENT_MESSAGE_TAIL}`, 'u');
const SENT_MESSAGE_BEFORE_GIVING = new RegExp(SENT_MESSAGE_TAIL, 'u');
// (s33) A relative's message as the subject, after the relative's possessive ("My uncle's last text, on 3
// March, said ...", "her brother's text from the camp said"): what stands between the relative and the verb.
const RELATIVE_MESSAGE = new RegExp(
  String.raw`^['’]s\s+(?:[\p{L}-]+\s+){0,2}?${MESSAGE_NOUN}(?:\s+(?:on|from|at|of|that)\s+[^,;:.!?"“”‘’]{1,40}?)?(?:\s*,[^,;:.!?"“”‘’]{1,40},)?\s+(?:(?:had|has|also|only|just)\s+)*$`,
  'u',
);
// (s33) A contact made to pass words on, its verb of saying an infinitive of purpose ("phoned on Friday to tell him
// that ...", "rang to say", "wrote from the camp to say"): what stands between the relative and "to".
const CONTACT_MADE_TO = new RegExp(
  String.raw`^${RELATIVE_MODIFIERS}(?:\s+(?:had|has|have|also|then|later|finally))*\s+(?:${CONTACT_VERBS})(?:\s+[^\s,;:.!?"“”‘’]+){0,6}?\s+to\s+$`,
  'u',
);
// (s33) ... its words handed on by a colon: "Her cousin sent a short text at dawn: the bus has crossed".
const SENT_MESSAGE_COLON_GAP = new RegExp(`^${RELATIVE_MODIFIERS}${SENT_MESSAGE_CORE}\\s*:`, 'u');
// What ends a cleft's subject (RELAY_CLEFT) after the verb of saying: "was", after at most a time set off by commas
// ("said, on Tuesday night, was:").
const CLEFT_WAS = /^(?:,[^,;:.!?"“”‘’]{1,40},)?\s+was(?![\p{L}'’-])/u;
// What may stand between the relayed verb and what was said: whom it was told ("me", "us", "my mother"), when ("at six
// this morning", "that night", "on Saturday", "yesterday"), from where ("wrote to me from Idlib") and how ("on the
// phone"), then "that", a colon or a comma.
const AFTER_RELAYED_VERB =
  /^(?:[\s,]+(?:(?:(?:to\s+)?(?:me|us|him|her|them)|my\s+\p{L}+|our\s+\p{L}+|only|again|once|yesterday|today|from\s+\p{Lu}[\p{L}'’-]*|on\s+\p{Lu}\p{L}+\s+(?:morning|afternoon|evening|night)|at\s+[\p{L}\p{N}:.]+(?:\s+(?:a\.?m\.?|p\.?m\.?|(?:this|that|last)\s+(?:morning|afternoon|evening|night)))?|(?:this|that|last|on)\s+(?:morning|afternoon|evening|night|week|\p{Lu}\p{L}+)|(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+(?:day|morning|afternoon|evening|night)|that\s+(?:same\s+)?day|by\s+(?:phone|telephone|text|message)|(?:on|over)\s+the\s+(?:phone|telephone|message)|in\s+a\s+(?:voice\s+)?(?:message|text|call))(?![\p{L}'’-]))){0,4}(?:\s+that(?![\p{L}'’-])|\s*:|\s*,)?\s*/u;

// (s19) People the speaker names by their trade or place, opening a sentence of his words as its subject ("Doctors at
// the field hospital told me ...", "Nurses in the old town have told us that ..."): group 1 the group as named. Not the
// resolver's GROUP_SUBJECT, on purpose: that reads a narrated subject, bodies too ("aid agencies said"); this, people only.
// (s30) Where the group still is may come with "still" or "now" ("colleagues still inside the city").
const GROUP_RELAYER_HEAD = `^((?:\\p{L}+\\s+)?(?:${PEOPLE_GROUP_NOUNS})(?:(?:\\s+(?:still|now))?\\s+(?:at|in|from|inside|of)\\s+[^\\s,;:.!?"“”‘’]+(?:\\s+[^\\s,;:.!?"“”‘’]+){0,4}?)?)`;
const GROUP_RELAYER = new RegExp(`${GROUP_RELAYER_HEAD}(?:\\s+(?:have|had|has))?\\s+$`, 'iu');
// (s22) One person the speaker names by trade or tie, opening a sentence of his words as its subject, who told him
// something ("A grandmother told us yesterday: ...", "One of our doctors inside told me that ...", "A nurse in the old
// town wrote to me"): group `words` the modifiers, `noun` the person noun, `where` where the person is.
const ONE_RELAYER_HEAD = `^(?:[Aa]n?\\s+(?<words>(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?)|[Oo]ne\\s+of\\s+(?:our|my)\\s+)(?<noun>${PERSON_NOUNS})s?(?<where>\\s+(?:at|in|from|inside)\\s+[^\\s,;:.!?"“”‘’]+(?:\\s+[^\\s,;:.!?"“”‘’]+){0,3}?)?(?:\\s+inside)?`;
const ONE_RELAYER = new RegExp(`${ONE_RELAYER_HEAD}(?:\\s+(?:have|had|has))?\\s+$`, 'u');
// (s30) A group or one person who sent the speaker messages whose words a participle gives, where "told him" would
// stand ("X said colleagues inside had sent voice messages describing families sleeping in cars", "a nurse in Vell
// had sent a text saying the ward was full"): the words before the participle, and the participle (SENT_GIVING).
const GROUP_SENT_MESSAGE = new RegExp(`${GROUP_RELAYER_HEAD}${SENT_MESSAGE_TAIL}`, 'iu');
const ONE_SENT_MESSAGE = new RegExp(`${ONE_RELAYER_HEAD}${SENT_MESSAGE_TAIL}`, 'du');
const SENT_GIVING = /(?<=\s)(?:saying|describing)(?![\p{L}'’-])/u;
// Whom a relaying group told: the speaker himself ("told me", "wrote to us"), which makes the words relayed to him.
const TOLD_THE_SPEAKER = /^\s+(?:to\s+)?(?:me|us)(?![\p{L}'’-])/u;

/** The name a resolved speaker goes by (the gazetteer's name of a known actor, the proposal's name of a new one). */
export function speakerName(article: ArticleAnalysis, speaker: ResolvedSpeaker): string {
  return speaker.status === 'actor' ? (article.gazetteer.actors.get(speaker.id)?.name ?? speaker.id) : speaker.proposal.name;
}

/**
 * Whose relative a kin mention names: a name's "'s" names the owner; "my"/"our" is the speaker of the quoted words it
 * stands in; "his"/"her"/"whose" is the speaker of the reported clause or the subject it stands in ("X said her uncle
 * had told her", "X, whose sister lives in ..., said"), or, in the writer's own sentences, the person whose words
 * relay the relative ("Her uncle ... is still inside. “He said ...,” said X"); "a cousin" is a relative of whoever
 * tells of them, in quoted words or reported. Null where it may be someone else.
 */
function kinOwner(article: ArticleAnalysis, statements: ExtractedStatement[], relayer: ExtractedStatement, kin: KinMention): string | null {
  if (!OWNER_PRONOUN.test(kin.owner)) return kin.owner;
  if (kin.owner === 'their') return null;
  const within = (span: Span) => span.start <= kin.start && kin.end <= span.end;
  // Not the relative's own statement ("When they last spoke, his brother told him ..."): its "his" is someone else's.
  const others = statements.filter((s) => s.speaker.mention?.start !== kin.start);
  const host = others.find((s) => s.evidence.some(within));
  if (host) {
    const firstPerson = kin.owner === 'my' || kin.owner === 'our';
    return kin.owner === 'a' || firstPerson === (host.kind !== 'indirect') ? speakerName(article, host.speaker) : null;
  }
  if (kin.owner === 'my' || kin.owner === 'our') return null;
  const subjectOf = others.find((s) => s.attribution.some(within));
  return speakerName(article, (subjectOf ?? relayer).speaker);
}

/**
 * "One of them wrote to him on Wednesday that ..., Nasser said.": the clause before the trailing attribution of an
 * indirect statement (`whole` its sentence), which is no word of the speaker's own either. Only what the relative said,
 * after "that" or in quotation marks ("His brother had written again early on Wednesday, X said" tells of a message, not
 * its words).
 */
function relayedBeforeTrailingAttribution(
  article: ArticleAnalysis,
  resolver: SpeakerResolver,
  statements: ExtractedStatement[],
  outer: ExtractedStatement,
  evidence: Span,
  whole: Span,
): ExtractedStatement | null {
  const { text } = article;
  const trailing = text.slice(whole.start, outer.verb.start).lastIndexOf(',');
  if (trailing <= 0) return null;
  const relayed = relayedSentence(article, resolver, statements, outer, evidence, { start: whole.start, end: whole.start + trailing });
  const words = relayed?.evidence[0];
  if (relayed && words && relayed.kind !== 'direct' && !/\bthat\s*$/u.test(text.slice(relayed.verb.end, words.start))) return null;
  return relayed;
}

/**
 * Speech relayed inside a speaker's own words is its original speaker's (the curation rule for relays), read by the
 * structure of English reported speech rather than by phrasings: a sentence of a statement's words whose subject is a
 * relative ("My mother told me the driver ...", "My aunt texted at six this morning that ...", "He called me that
 * night and said: '...'" after "his brother", "Her uncle had told her they ...", "one of them said only: '...'" after
 * "my cousins") and whose verb is a verb of saying (speech-verbs.ts) is the relative's statement: `direct` where the
 * relayed words are quoted inside the quotation, else `indirect` in the clause after the verb, whom it was told and
 * when. The relaying sentence leaves the outer statement's evidence; an outer statement left with no words of its own
 * is dropped (it only passed the remark on), and so is a record another rule made of the same verb. "he"/"she" is a
 * relative only when the nearest kin mention before it in the same paragraph or the two before is one (of the
 * pronoun's sex, where the kin noun gives one) and the statement is quoted or a labelled turn (a first-person voice,
 * where "he" is not the speaker).
 */
function relayedInsideWords(article: ArticleAnalysis, resolver: SpeakerResolver, statements: ExtractedStatement[]): ExtractedStatement[] {
  const { text } = article;
  const out: ExtractedStatement[] = [];
  const relayedVerbs = new Set<number>();
  for (const outer of statements) {
    if (outer.kind === 'partial') {
      out.push(outer);
      continue;
    }
    const kept: Span[] = [];
    const inner: ExtractedStatement[] = [];
    for (const evidence of outer.evidence) {
      let from = evidence.start;
      for (const whole of splitSentences(text, evidence)) {
        if (whole.start < from) continue; // inside a relayed quotation already read
        // A reported clause is read from its start: "X said her mother had written that ..." (the words before it
        // are the attribution, not the speaker's own words), past whom it was told and its "that" after "told" ("X
        // told the paper that her mother had said ...").
        // An attribution set off by commas before the clause it reports ("On Sunday, X said, her uncle wrote to her
        // that ...") hands on past its closing comma.
        const within = outer.kind === 'indirect' && whole.start <= outer.verb.start && outer.verb.end <= whole.end;
        const aside = within && !TELLING.has(outer.verb.lemma) ? /^\s*,/u.exec(text.slice(outer.verb.end, whole.end)) : null;
        const reportedFrom = within
          ? TELLING.has(outer.verb.lemma)
            ? complementStart(text, outer.verb, whole)
            : outer.verb.end + (aside?.[0].length ?? 0)
          : null;
        const sentence = reportedFrom === null ? whole : { start: reportedFrom, end: whole.end };
        const relayed =
          relayedSentence(article, resolver, statements, outer, evidence, sentence) ??
          (reportedFrom === null ? null : relayedBeforeTrailingAttribution(article, resolver, statements, outer, evidence, whole));
        if (!relayed) continue;
        // The words fronted before such an attribution set off by commas open the relayed clause ("On Sunday, X said,
        // her uncle wrote ..."): the relative's, read with the attribution (they may date it).
        const fronted = aside ? trimSpan(text, { start: whole.start, end: outer.speaker.mention?.start ?? whole.start }) : null;
        if (fronted && fronted.end > fronted.start && fronted.end <= outer.verb.start) relayed.attribution.unshift(fronted);
        const before = trimSpan(text, { start: from, end: reportedFrom === null ? sentence.start : whole.start });
        if (before.end > before.start) kept.push(before);
        const words = relayed.evidence[0] as Span;
        from = Math.max(sentence.end, Math.min(evidence.end, words.end + 1));
        inner.push(relayed);
        relayedVerbs.add(relayed.verb.start);
      }
      const rest = trimSpan(text, { start: from, end: evidence.end });
      if (rest.end > rest.start) kept.push(rest);
    }
    if (inner.length === 0) {
      out.push(outer);
      continue;
    }
    const own = kept.filter((span) => wordCount(text.slice(span.start, span.end)) >= 2);
    if (own.length > 0) out.push({ ...outer, evidence: own });
    out.push(...inner);
  }
  // A record another rule made of a relayed verb ("He says ..." read on its own, given to whoever spoke before), or
  // (s42) of the same relayed words (a message's quotation after its colon, read as the sender's by its own rule).
  const relayedSpans = new Set(out.filter(isRelayRecord).map((s) => `${s.evidence[0]?.start}:${s.evidence[0]?.end}`));
  const sameWords = (s: ExtractedStatement) => s.evidence.length === 1 && relayedSpans.has(`${s.evidence[0]?.start}:${s.evidence[0]?.end}`);
  return out.filter((s) => !UNATTRIBUTED.has(s) && (isRelayRecord(s) || (!relayedVerbs.has(s.verb.start) && !sameWords(s))));
}

const RELAY_RECORDS = new WeakSet<ExtractedStatement>();
const isRelayRecord = (statement: ExtractedStatement) => RELAY_RECORDS.has(statement);
/**
 * Words relayed inside a speaker's quotation from someone the text does not let us name ("She told me this morning,
 * 'They have ...'"): they are not the speaker's, so they leave the speaker's statement, and no record gives them to
 * the wrong person (a wrong speaker misleads more than a missing record).
 */
const UNATTRIBUTED = new WeakSet<ExtractedStatement>();

/**
 * Whether a sentence of a statement's words stands inside quotation marks, where "he" or "she" opening it is a third
 * person (the speaker is "I"), and the statement was not made of that sentence's own verb (its "he" is then the
 * statement's speaker). A labelled turn's "He called on ..." after its quotation is the label's own person.
 */
function insideQuotation(article: ArticleAnalysis, outer: ExtractedStatement, opening: Span): boolean {
  if (opening.start <= outer.verb.start && outer.verb.end <= opening.end) return false;
  return article.quotations.some((q) => q.start <= opening.start && opening.end <= q.end + 1);
}

/**
 * A relative named in an earlier paragraph whose own name comes again closer to the pronoun ("His younger brother,
 * Rami, ..." / "Rami had crossed ..." / "He wrote: '...'"): the kin mention, placed where the name comes again.
 */
function namedKinAgain(text: string, fits: (k: KinMention) => boolean, from: number, to: number): KinMention[] {
  const again: KinMention[] = [];
  for (const kin of kinMentions(text, { start: 0, end: to }).filter(fits)) {
    if (kin.name === null) continue;
    // Named again after the tie, inside the window too ("His cousin, Rami, ... / “Rami rang me ... He said”").
    const start = Math.max(from, kin.end);
    const pattern = new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(kin.name)}(?![\\p{L}'’-])`, 'gu');
    for (const match of text.slice(start, to).matchAll(pattern))
      again.push({ ...kin, start: start + match.index, end: start + match.index + kin.name.length });
  }
  return again.sort((a, b) => a.start - b.start);
}

// (s39) A relative who spoke, wrote or sent word: the kin mention's verb, after the name apposed to it and an auxiliary
// or two ("his brother had told him", "My cousin, Rami, wrote", "her son sent a message").
const KIN_SPOKE_AFTER =
  /^(?:,\s*\p{Lu}[\p{L}'’-]*,)?\s+(?:(?:had|has|have|would|later|then|also|finally|once)\s+){0,2}(?:told|said|says|wrote|writes|sent|texted|messaged|called|rang|phoned|e-?mailed)\b/u;

// Where a kin mention is a subject: it opens its sentence or clause (after a sentence's end, an opening quotation mark,
// "that", a semicolon), not an object after a verb or preposition.
const KIN_AS_SUBJECT = /(?:^|[.!?;:"“‘]\s*|\bthat\s|\n)$/u;
// "said nothing", "said little": no words were relayed; "My father tells me to stop checking": an instruction the
// speaker received, which stays in the speaker's words.
const NOTHING_SAID = /^(?:nothing|little|no\s+more|not\s+a\s+word|to\s+\p{Ll})/iu;

// A quotation nested in quoted words that the quotation finder leaves inside its host: single marks ('...', ‘...’).
const NESTED_OPEN = /^['‘"“]/u;
const NESTED_CLOSE = /['’"”](?=[\s,.;:!?]|$)/gu;

/** Words quoted inside quoted words, opening at `at` and closing within the host's evidence: their span, or null. */
function quotedInside(text: string, at: number, evidence: Span): Span | null {
  if (!NESTED_OPEN.test(text.slice(at, at + 1))) return null;
  NESTED_CLOSE.lastIndex = 0;
  const close = NESTED_CLOSE.exec(text.slice(at + 1, evidence.end));
  return close ? trimSpan(text, { start: at + 1, end: at + 1 + close.index }) : null;
}

// (s42) A clause of time that opens a sentence, set off by a comma: "When the French text fell,", "After the vote,".
const FRONTED_TIME_CLAUSE =
  /^\s*(?:When|After|Once|As\s+soon\s+as|Before|Later|Then|That\s+(?:night|morning|evening|day))\b[^,;:"“”]{0,80},\s+/u;
// The first colon of a sentence that a quotation follows at once.
const COLON_BEFORE_QUOTE = /:(?=\s*["“])/u;

/**
 * (s19) A sentence of a statement's words in which a group of people the speaker names told him something ("Doctors at
 * the field hospital told me they treated 96 people overnight"): their `indirect` statement (`direct` where the words
 * are quoted inside), the group as the words name it. Only what was told to the speaker ("me", "us"): "Doctors say"
 * in his words is his own account of them.
 */
function relayedByGroup(
  article: ArticleAnalysis,
  resolver: SpeakerResolver,
  outer: ExtractedStatement,
  evidence: Span,
  whole: Span,
): ExtractedStatement | null {
  const { text } = article;
  // (s42) A clause of time fronted by a comma ("When the French text fell, one of our nurses sent me ...") is no part
  // of the relayer: the sentence is read from after it.
  const fronted = FRONTED_TIME_CLAUSE.exec(text.slice(whole.start, whole.end));
  const opening = fronted ? { start: whole.start + fronted[0].length, end: whole.end } : whole;
  const nested = article.quotations.filter((q) => q.start > evidence.start && q.end <= evidence.end && q.start >= opening.start);
  // A message the group or person sent, its words after "saying" or "describing", (s42) or after a colon that opens
  // their quotation ("One of our nurses sent me a message: "So we are alone.""), else a verb of telling or writing.
  const colon = COLON_BEFORE_QUOTE.exec(text.slice(opening.start, opening.end));
  const giving =
    sentGiving(text, opening) ?? (colon ? quoteMark(text, opening.start + colon.index, opening.start + colon.index + 1, false) : null);
  const sentBefore = giving ? `${text.slice(opening.start, giving.start)}${colon ? ' ' : ''}` : '';
  const sentGroup = giving ? GROUP_SENT_MESSAGE.exec(sentBefore) : null;
  const sentOne = giving && !sentGroup ? ONE_SENT_MESSAGE.exec(sentBefore) : null;
  const sent = sentGroup !== null || sentOne !== null;
  const verb = sent ? giving : findSpeechVerbs(text, opening, nested)[0];
  if (!verb || (!sent && (verb.participle || verb.speakerAfter || !/^(?:tell|write)/u.test(verb.lemma)))) return null;
  const before = text.slice(opening.start, verb.start);
  const group = sent ? sentGroup : GROUP_RELAYER.exec(before);
  const one = sent ? sentOne : group ? null : ONE_RELAYER.exec(before);
  // In a reported clause the speaker is told of in the third person ("X said colleagues in Kilis had told him that");
  // a message sent was sent to the speaker.
  const toldTheSpeaker = outer.kind === 'indirect' ? TOLD_THE_RELAYER : TOLD_THE_SPEAKER;
  if (!sent && !toldTheSpeaker.test(text.slice(verb.end, opening.end))) return null;
  if (!group && !one) return sent ? null : relayedByActor(article, outer, evidence, opening, verb, nested);
  const said = group ? (group[1] as string) : sent ? oneRelayer(one as RegExpExecArray) : (one as RegExpExecArray)[0].trimEnd();
  const subject = { start: opening.start, end: opening.start + said.length };
  const relayed = relayedWords(text, verb, opening, nested, evidence);
  if (!relayed) return null;
  // One person is recorded as the words describe them, unnamed (the curation rule): "grandmother (unnamed)".
  const person = one?.groups;
  const name = person
    ? `${person.words?.trim() ? `${person.words.trim()} ` : ''}${person.noun}${person.where ?? ''} (unnamed)`
    : said.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  const id = slugify(name.replace(/\s*\(unnamed\)$/u, ''));
  if (!id || article.gazetteer.actors.has(id)) return null;
  const proposal = resolver.adopt({ id, name, kind: one ? 'person' : 'group', aliases: [name], roles: [], mention: { ...subject } });
  const speaker: ResolvedSpeaker = { status: 'proposed', proposal, via: 'description', mention: subject };
  const paragraph = article.paragraphs.findIndex((p) => p.start <= opening.start && opening.start < p.end);
  return relayRecord(outer, speaker, verb, relayed, paragraph, [{ start: subject.start, end: relayed.said }]);
}

/**
 * (s42) A sentence of a statement's words in which a state, a body or a person the gazetteer knows, opening it as its
 * subject, told the speaker something ("The UN tells us its last food rations inside will be handed out by the middle
 * of this month", in an aid director's answer): that actor's statement, as a group's is (relayedByGroup). It had stayed
 * in the speaker's words.
 */
function relayedByActor(
  article: ArticleAnalysis,
  outer: ExtractedStatement,
  evidence: Span,
  opening: Span,
  verb: SpeechVerb,
  nested: Quotation[],
): ExtractedStatement | null {
  const { text } = article;
  const mention = article.actorMentions.find(
    (m) =>
      m.start >= opening.start &&
      m.end <= verb.start &&
      /^\s*(?:[Tt]he\s+)?$/u.test(text.slice(opening.start, m.start)) &&
      /^\s*$/u.test(text.slice(m.end, verb.start)),
  );
  if (!mention || (outer.speaker.status === 'actor' && outer.speaker.id === mention.id)) return null;
  const relayed = relayedWords(text, verb, opening, nested, evidence);
  // Words, not an object: a quotation, a clause after "that" or a colon, or one with a verb of its own ("wrote him a
  // long letter" tells of a letter and stays the speaker's).
  const words = relayed ? text.slice(relayed.words.start, relayed.words.end) : '';
  const clause =
    relayed !== null && (relayed.quoted || /(?:\bthat|:)\s*$/u.test(text.slice(verb.end, relayed.said)) || CLAUSE_VERB.test(words));
  if (!relayed || !clause) return null;
  const speaker: ResolvedSpeaker = { status: 'actor', id: mention.id, via: 'name', mention: { start: mention.start, end: mention.end } };
  const paragraph = article.paragraphs.findIndex((p) => p.start <= opening.start && opening.start < p.end);
  return relayRecord(outer, speaker, verb, relayed, paragraph, [{ start: mention.start, end: relayed.said }]);
}

// A finite verb of a clause: an auxiliary or modal, or a simple past in "-ed".
const CLAUSE_VERB =
  /(?<![\p{L}'’-])(?:will|would|had|has|have|was|were|is|are|could|can|must|should|may|might|\p{Ll}{2,}ed)(?![\p{L}'’-])/u;

/** The participle that gives a sent message's words (SENT_GIVING), as the verb of saying, or null. */
function sentGiving(text: string, opening: Span): SpeechVerb | null {
  const giving = SENT_GIVING.exec(text.slice(opening.start, opening.end));
  if (!giving) return null;
  const start = opening.start + giving.index;
  const lemma = giving[0] === 'saying' ? 'say' : 'describe';
  return { start, end: start + giving[0].length, text: giving[0], lemma, participle: true, complement: 'any', speakerAfter: false };
}

/** The one person a sent message's relayer names, without the sending words after it ("a nurse in Vell"). */
function oneRelayer(one: RegExpExecArray): string {
  const ends = [one.indices?.groups?.noun?.[1], one.indices?.groups?.where?.[1]].filter((end) => end !== undefined);
  return one[0].slice(0, Math.max(...ends));
}

// What cannot open words relayed without quotation marks, "that" or a colon: a place or time of the message or a clause
// about it ("My uncle wrote to us last week from Sarvik, which has had no ferry since June": a message told of, its
// words not given), so the sentence stays the teller's own ("told me that for the first time in years ..." is a clause).
const NO_WORDS_SAID = /^(?:from|in|at|on|to|with|for|by|about|after|before|during|where|which|who|whom|when)(?![\p{L}'’-])/iu;

/**
 * What a relaying verb in one sentence of a statement's words introduces: the quotation nested right after it, else
 * the rest of the sentence past "me", "that", a time or a colon (AFTER_RELAYED_VERB); `said`, where the attribution
 * ends. Null under three words.
 */
function relayedWords(
  text: string,
  verb: SpeechVerb,
  opening: Span,
  nested: Quotation[],
  evidence: Span,
  from = verb.end,
): { words: Span; quoted: boolean; said: number } | null {
  const after = AFTER_RELAYED_VERB.exec(text.slice(from, opening.end));
  const said = from + (after ? after[0].length : 0);
  const quoted = nested.find((q) => q.start >= from && q.start <= said + 1) ?? quotedInside(text, said, evidence);
  const words = quoted ?? trimSpan(text, { start: said, end: opening.end });
  if (wordCount(text.slice(words.start, words.end)) < 3) return null;
  const clause = /(?:\bthat|:)\s*$/u.test(text.slice(from, said));
  if (!quoted && !clause && NO_WORDS_SAID.test(text.slice(words.start, words.end))) return null;
  // "She said: the tents are cold, but the children are asleep": words a colon hands on are given as said, quoted or
  // not (direct); (s33) so are words after a comma in the teller's own person ("He told us, our well has run dry"),
  // which reported speech would have shifted ("that they were").
  const handed =
    /:\s*$/u.test(text.slice(from, said)) ||
    (/,\s*$/u.test(text.slice(from, said)) && /^(?:I|we|We|my|My|our|Our)(?![\p{L}'’-])/u.test(text.slice(words.start, words.end)));
  return { words: { start: words.start, end: words.end }, quoted: Boolean(quoted) || handed, said };
}

/** The relayer's record of the words `relayedWords` found inside `outer`'s (`direct` where they are quoted there). */
function relayRecord(
  outer: ExtractedStatement,
  speaker: ResolvedSpeaker,
  verb: SpeechVerb,
  relayed: { words: Span; quoted: boolean },
  paragraph: number,
  attribution: Span[],
): ExtractedStatement {
  const record: ExtractedStatement = {
    ...outer,
    speaker,
    speakerRole: null,
    kind: relayed.quoted ? 'direct' : 'indirect',
    evidence: [relayed.words],
    paragraph,
    attribution,
    verb,
    continuation: false,
    basis: 'relayed',
  };
  RELAY_RECORDS.add(record);
  return record;
}

/** Whether a "he"/"she" names someone of the other sex than one whose sex is known. */
const otherSex = (gender: Gender, pronoun: string): boolean =>
  (gender === 'female' && pronoun === 'he') || (gender === 'male' && pronoun === 'she');

/** Whether a "he"/"she" may be the one a noun tells of: not a noun of the other sex ("she" is no one's brother). */
const fitsPronoun = (pronoun: string | undefined, noun: string): boolean =>
  !(pronoun === 'he' && FEMALE_NOUN.test(noun)) && !(pronoun === 'she' && MALE_NOUN.test(noun));

/** The relative's statement one sentence of a statement's words relays, or null (see relayedInsideWords). */
function relayedSentence(
  article: ArticleAnalysis,
  resolver: SpeakerResolver,
  statements: ExtractedStatement[],
  outer: ExtractedStatement,
  evidence: Span,
  sentence: Span,
): ExtractedStatement | null {
  const { text } = article;
  const opening = trimSpan(text, sentence);
  // (s33) A turn's words printed in quotation marks (a clip under its caption): the subject follows the opening mark.
  if (opening.start === evidence.start && /^["“]/u.test(text.slice(opening.start, opening.start + 1))) opening.start++;
  const subject = RELAY_SUBJECT.exec(text.slice(opening.start, opening.end));
  if (!subject) return relayedByGroup(article, resolver, outer, evidence, opening);
  const subjectSpan = { start: opening.start + subject[0].search(/\S/u), end: opening.start + subject[0].length };
  // (s64) The relative's own name set off by commas ("his brother, Karim, had texted him on Saturday to say ..."): the
  // comma that closes it is no part of what stands before the verb.
  const gapStart = /,\s*\p{Lu}\p{Ll}+$/u.test(subject[0]) && text.charAt(subjectSpan.end) === ',' ? subjectSpan.end + 1 : subjectSpan.end;
  // Not the quotation that holds the whole sentence (a turn's words in marks): its host, not words nested in it.
  const nested = article.quotations.filter(
    (q) =>
      q.start > evidence.start &&
      q.end <= evidence.end &&
      q.start >= opening.start &&
      !(q.start <= opening.start && opening.end <= q.end + 1),
  );
  // "saying" is the verb of saying only after a message sent ("had sent a text on Friday saying that").
  const sentSaying = (v: SpeechVerb) => v.lemma === 'say' && SENT_MESSAGE.test(text.slice(gapStart, v.start));
  // A question put ("she asked me whether ...") is no remark relayed: it stays in the speaker's words.
  const sentColon = SENT_MESSAGE_COLON_GAP.exec(text.slice(subjectSpan.end, opening.end));
  const verbs = findSpeechVerbs(text, { start: subjectSpan.end, end: opening.end }, nested).filter(
    (v) => (!v.participle || sentSaying(v)) && !v.speakerAfter && !v.lemma.startsWith('ask'),
  );
  // "wrote on Sunday to say ...": the infinitive after the contact is the verb of saying, not the contact's own verb.
  const madeTo = (v: SpeechVerb) => infinitive(text, v) && CONTACT_MADE_TO.test(text.slice(gapStart, v.start));
  const verb =
    verbs.find(madeTo) ??
    verbs[0] ??
    // The colon after a message sent stands for its verb of saying (a mark, as `messageSent` reads one before a quotation).
    (sentColon ? quoteMark(text, subjectSpan.end + sentColon[0].length - 1, subjectSpan.end + sentColon[0].length - 1, false) : undefined);
  const gap = verb ? text.slice(gapStart, verb.start) : '';
  const between = verb
    ? (BEFORE_RELAYED_VERB.exec(gap) ??
      SENT_MESSAGE.exec(gap) ??
      CONTACT_MADE_TO.exec(gap) ??
      RELATIVE_MESSAGE.exec(gap) ??
      (sentColon ? sentColon : null))
    : null;
  if (!verb || !between) return null;
  // A cleft's words come after its "was"; "All my cousins said they ..." is no cleft, and is read as before.
  const cleftWas = subject.groups?.cleft ? CLEFT_WAS.exec(text.slice(verb.end, opening.end)) : undefined;
  if (cleftWas === null) return relayedByGroup(article, resolver, outer, evidence, opening);
  const paragraph = article.paragraphs.findIndex((p) => p.start <= opening.start && opening.start < p.end);
  let kin: KinMention | null = null;
  let described: { speaker: ResolvedSpeaker; sentence: Span } | null = null;
  let antecedent: Span | null = null;
  const oneOfThem = subject.groups?.oneOfThem;
  const pronoun = subject.groups?.pronoun?.toLowerCase();
  if (oneOfThem || pronoun) {
    // "one of them", "he", "she": the nearest kin mention before, in this paragraph or the two before (a paragraph
    // about the relayer often stands between the tie named and her quotation).
    // (s33) A broadcast script's marks and lower third over the clip are no paragraphs of prose: stepped over.
    let first = paragraph;
    for (let prose = 0; prose < 2 && first > 0; ) if (!isScriptMark((article.paragraphs[--first] as Segment).text)) prose++;
    const windowStart = article.paragraphs[first]?.start ?? 0;
    // Not the quoting speaker herself ("Her mother, Ana Roe, said ..." / "“She said ...,” Mrs. Roe said").
    const own = speakerName(article, outer.speaker).split(/\s+/u);
    const fits = (k: KinMention) =>
      (oneOfThem ? k.plural : !k.plural) && !(k.name !== null && own.includes(k.name)) && fitsPronoun(pronoun, k.relation);
    // The relative that is a subject (opening its sentence or clause) before one that is an object ("My brother
    // carried our father out. He said ...": the brother).
    const fitting = [
      ...namedKinAgain(text, fits, windowStart, opening.start),
      ...kinMentions(text, { start: windowStart, end: opening.start }).filter(fits),
    ].sort((a, b) => a.start - b.start);
    // (s39) Before either, from the paragraphs before the pronoun's, the relative who spoke or wrote there ("his
    // brother had told him in a voice message ... that ... his youngest son had a fever" / "“He said, '...'”": the
    // brother, not the son his message told of); a relative named in the pronoun's own paragraph is nearer ("My father
    // was born there. He says ...").
    const ownParagraph = (article.paragraphs[paragraph] as Segment).start;
    const last =
      (fitting.some((k) => k.start >= ownParagraph)
        ? undefined
        : fitting.filter((k) => KIN_SPOKE_AFTER.test(text.slice(k.end, k.end + 60))).at(-1)) ??
      fitting.filter((k) => KIN_AS_SUBJECT.test(text.slice(Math.max(0, k.start - 3), k.start))).at(-1) ??
      fitting.at(-1);
    // A pronoun in a reported clause may be the speaker himself: only in quoted words or a turn, or (s33) where the
    // pronoun's sex is not the speaker's ("Ana Roe said he telephoned ...": she is not "he").
    if (pronoun && outer.kind === 'indirect' && !otherSex(resolver.speakerGender(outer.speaker), pronoun)) return null;
    // "He wrote: '...'" in quoted words names a third person (the speaker is "I"), whose words they are even when no
    // relative stands before it to name him: they leave the speaker's statement, with no record of their own.
    if (last) kin = { ...last, name: oneOfThem ? null : last.name };
    else if (!pronoun || outer.kind !== 'direct') return null;
    else if (insideQuotation(article, outer, opening))
      described = describedOne(article, resolver, statements, outer, pronoun, { start: windowStart, end: opening.start });
    else if (outer.basis === 'turn') {
      // (s66) So in a labelled turn, a first-person voice with no marks ("JO ROE, Relief Watch: A doctor in the old town
      // messaged me this afternoon. He said they had treated 40 people yesterday"): the one described there, only where a
      // sentence of contact in the turn itself describes one, no person named between (else "he" may be the person the
      // turn names, read as before).
      const turnStart = Math.max(windowStart, evidence.start);
      described = describedOne(article, resolver, statements, outer, pronoun, { start: turnStart, end: opening.start });
      const namedAfter = (d: { sentence: Span }) =>
        article.actorMentions.some((m) => m.kind === 'person' && m.start >= d.sentence.start && m.end <= opening.start);
      if (!described || namedAfter(described)) return null;
    } else return null;
    // "My father sent a voice message on Saturday morning. He said ...": the sentence that names the relative may
    // say when the relayed words came; it is read with the attribution.
    const kinParagraph = last && article.paragraphs.find((p) => p.start <= last.start && last.start < p.end);
    const kinSentence = last && kinParagraph && splitSentences(text, kinParagraph).find((x) => x.start <= last.start && last.start < x.end);
    const told = kinSentence ?? described?.sentence;
    if (told && told.end <= opening.start) antecedent = trimSpan(text, told);
  } else {
    kin = kinMentions(text, subjectSpan)[0] ?? null;
    // "A grandmother told us": a kin word with "a" that is no tie of the teller's is one person by what she is.
    if (!kin) return relayedByGroup(article, resolver, outer, evidence, opening);
    if (kin.plural) return null;
  }
  const where = oneOfThem || pronoun ? null : (between.groups?.where?.trim() ?? null);
  // With no relative to name ("He wrote: '...'" in quoted words, nobody before it to be "he"), the words still leave
  // the speaker's statement (see unattributed).
  const speaker = kin
    ? resolver.relative(kinOwner(article, statements, outer, kin), kin, subjectSpan, where)
    : (described?.speaker ?? outer.speaker);
  if (!speaker) return null;
  const relayed = relayedWords(text, verb, opening, nested, evidence, verb.end + (cleftWas?.[0].length ?? 0));
  if (!relayed || (!relayed.quoted && NOTHING_SAID.test(text.slice(relayed.words.start, relayed.words.end)))) return null;
  const attribution = [...(antecedent ? [antecedent] : []), { start: subjectSpan.start, end: relayed.said }];
  const record = relayRecord(outer, speaker, verb, relayed, paragraph, attribution);
  if (!kin && !described) UNATTRIBUTED.add(record);
  return record;
}

// (s26) One person told of by a description, not a name: a determiner or a possessive, at most two modifiers, a
// person noun, singular ("a Norlandic colleague", "his old teacher", "the youngest niece", "A midwife"). Group 1 the
// determiner, 2 the modifiers, 3 the noun.
const DESCRIBED_ONE = new RegExp(
  `(?<![\\p{L}'’-])([Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Mm]y|[Oo]ur)\\s+((?:[\\p{L}-]+\\s+){0,2}?)(${PERSON_NOUNS})(?![\\p{L}'’-])`,
  'gu',
);
// A description apposed to a name ("His mother, G. Roe, a teacher at ..."): that named person, no one new.
const APPOSED_TO_NAME = /\p{Lu}[\p{L}.'’-]*,\s*$/u;

/**
 * (s26) Who a "he"/"she" opening a sentence of a speaker's quoted words is when no relative is named before it: the last
 * person told of by a description (DESCRIBED_ONE) in a sentence that tells of a contact with the speaker (CONTACT, or
 * "told": "a Norlandic colleague in Vell had told her on Monday that ...", "his old piano teacher had sent him a
 * text", "he had reached the youngest niece by phone"), of the pronoun's sex where the noun gives one, not the
 * speaker. Named as the article names such people: a relative by tie ("X's old piano teacher", "X's niece"), anyone
 * else unnamed by the description ("Norlandic colleague (unnamed)"; "the midwife" by the "a ... midwife" told of before it).
 * Null where none is, so the words stay nobody's (UNATTRIBUTED).
 */
function describedOne(
  article: ArticleAnalysis,
  resolver: SpeakerResolver,
  statements: ExtractedStatement[],
  outer: ExtractedStatement,
  pronoun: string,
  window: Span,
): { speaker: ResolvedSpeaker; sentence: Span } | null {
  const { text } = article;
  const own = (span: Span) => outer.attribution.some((a) => a.start <= span.start && span.end <= a.end);
  const mentions = splitSentences(text, window).flatMap((sentence) => {
    const contact = CONTACT.test(sentence.text) || /\btold\b/u.test(sentence.text);
    return [...text.slice(sentence.start, sentence.end).matchAll(DESCRIBED_ONE)].map((m) => ({
      sentence,
      contact,
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
      determiner: (m[1] as string).toLowerCase(),
      modifiers: (m[2] as string).trim(),
      noun: (m[3] as string).toLowerCase(),
    }));
  });
  const fitting = mentions.filter(
    (m) =>
      m.contact &&
      !own(m) &&
      !APPOSED_TO_NAME.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
      fitsPronoun(pronoun, m.noun) &&
      !/^(?:man|woman)$/u.test(m.noun),
  );
  const last = fitting.at(-1);
  if (!last) return null;
  const span = { start: last.start, end: last.end };
  // Someone already speaking by that description ("a Norlandic colleague ... had told her that ..." read as his remark).
  const spoke = statements.find((s) => s.speaker.mention && overlaps(s.speaker.mention, span));
  if (spoke) return speakerKey(spoke.speaker) === speakerKey(outer.speaker) ? null : { speaker: spoke.speaker, sentence: last.sentence };
  const kinNoun = WRITER_SENTENCE_TIE.test(last.noun);
  const possessed = !/^(?:an?|the)$/u.test(last.determiner);
  if (kinNoun || possessed) {
    // A tie or a possessed description: a relative of whose words tell of it ("the youngest niece" is the teller's).
    const former = /(?:^|\s)former$/u.test(last.modifiers) ? 'former ' : '';
    const relation = kinNoun ? `${former}${last.noun}` : `${last.modifiers ? `${last.modifiers} ` : ''}${last.noun}`;
    const owner = possessed ? last.determiner : 'a';
    const kin: KinMention = { ...span, relation, plural: false, owner, name: null };
    const speaker = resolver.relative(kinOwner(article, statements, outer, kin), kin, span);
    return speaker ? { speaker, sentence: last.sentence } : null;
  }
  // "the midwife" is the "a Norlandic midwife" told of before it, where one was.
  const first = last.determiner === 'the' ? mentions.find((m) => m.noun === last.noun && /^an?$/u.test(m.determiner)) : null;
  const words = (first ?? last).modifiers;
  const name = `${words ? `${words} ` : ''}${last.noun} (unnamed)`;
  const id = slugify(name);
  if (!id || article.gazetteer.actors.has(id)) return null;
  const proposal = resolver.adopt({ id, name, kind: 'person', aliases: [name], roles: [], mention: span });
  return { speaker: { status: 'proposed', proposal, via: 'description', mention: span }, sentence: last.sentence };
}
