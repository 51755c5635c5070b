/**
 * Who speaks: the subject of a speech verb resolved to an actors.yaml id through the gazetteer (names, aliases,
 * roles), a pronoun ("he", the last person named before it), a definite description ("the envoy", the last person
 * of that title), or an unnamed spokesperson of a known organisation or state. A name the gazetteer does not know
 * becomes a proposed actor for the curator. Reporters relaying what they heard ("our correspondent said") are the
 * article's own voice, not speakers.
 */

import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { clauseBodyStart, dashDateline } from './date-expressions.js';
import { FEMALE_NOUNS, KIN_WORDS, MALE_NOUNS, nounSex } from './figure-counted.js';
import type { Gazetteer, Mention } from './gazetteer.js';
import { numberValue } from './number-expressions.js';
import {
  type ActorKind,
  BRACKETED_SHORT_NAME,
  endsOnFathersName,
  HYPHENED_PARTICLE,
  isAgentNoun,
  isoStateCode,
  isPatronymic,
  isTitleWord,
  LEGISLATOR_TITLES,
  NAME_PARTICLE,
  type NameCandidate,
  nameEndingAt,
  nameStartingAt,
  namesAnOffice,
  nameWords,
  personAfterLongTitle,
  RELATIVE_APPOSED_NAME,
  slugify,
  unSystemNames,
  withoutHonorifics,
  withoutPossessive,
} from './proper-names.js';
import type { Quotation } from './quotations.js';
import {
  findSpeechVerbs,
  IN_THE_MESSAGE,
  ISSUED_STATEMENT_BEFORE,
  MESSAGE_NOUN,
  MESSAGE_SENT_BY,
  type SpeechVerb,
} from './speech-verbs.js';
import {
  contains,
  escapeRegExp,
  NAME_ABBREVIATIONS,
  nameAsWord,
  overlaps,
  type QuizPassage,
  quizPassages,
  type Span,
  splitParagraphs,
} from './text-segments.js';

export interface ProposedActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: string[];
  /** Where the article first names it. */
  mention: Span;
  /** ISO 3166-1 alpha-3, for a state. */
  countryCode?: string;
  /** Ids of the bodies the person's role names ("field coordinator for the aid group Northwind Relief"), proposed too. */
  affiliations?: string[];
}

export type SpeakerVia = 'alias' | 'role' | 'pronoun' | 'description' | 'spokesperson' | 'name';

// (s70) `heldAt`: for a meeting's document that speaks ("The declaration said"), the sentence that told of the meeting
// (meetingHeldBefore), whose day is the document's (statement-dates.ts, dateByMeetingHeld).
export type SpeakerResolution =
  | { status: 'actor'; id: string; via: SpeakerVia; mention: Span | null; heldAt?: Span }
  | { status: 'proposed'; proposal: ProposedActor; via: SpeakerVia; mention: Span | null; heldAt?: Span }
  | { status: 'writer' }
  | { status: 'none' };
/** A speaker the article names: a known actor or a proposed one. */
export type ResolvedSpeaker = Extract<SpeakerResolution, { status: 'actor' | 'proposed' }>;
export const named = (found: SpeakerResolution): ResolvedSpeaker | null =>
  found.status === 'actor' || found.status === 'proposed' ? found : null;

// (s56) A family name of two letters written first ("Lu Qingsong ... Lu said", "Wu Haitao", "Xu Bu"): the name's first
// word alone, of a name of two words, where it is no word of English a sentence may open with ("He said", "We").
const TWO_LETTER_WORD =
  /^(?:He|We|It|If|In|On|At|As|By|Do|Go|No|So|To|Up|Us|Of|Or|An|Be|My|Me|Oh|Ok|Is|Al|El|De|Da|Di|Du|La|Le|Lo|Mr|Ms|Dr|St)$/u;
const shortFamilyName = (part: string[], index: number, words: string[]): boolean =>
  part.length === 1 &&
  index === 0 &&
  words.length === 2 &&
  /^\p{Lu}\p{Ll}$/u.test(part[0] as string) &&
  !TWO_LETTER_WORD.test(part[0] as string);

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// Adverbs that may stand between a subject and its verb ("also", "reportedly", "however").
const SUBJECT_ADVERBS =
  'also|now|later|then|again|still|further|previously|earlier|repeatedly|reportedly|separately|publicly|privately|recently|once|already|meanwhile|however|even';
// (s61) A day printed in full between a subject and its verb ("Julie Bishop on Tuesday 29 November called on", "X on
// December 5 said").
const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DAY_IN_FULL = `on (?:${WEEKDAY},? )?(?:\\d{1,2} ${MONTH_WORD}|${MONTH_WORD} \\d{1,2})(?:,? \\d{4})?`;
// Words that may stand between a subject and its verb: auxiliaries, adverbs, short time expressions, (s49) "for his part".
const SKIPPABLE_TAIL = new RegExp(
  `(?:^|[\\s,]+)(?:${SUBJECT_ADVERBS}|today|yesterday|tonight|has|have|had|is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|did|does|do|not|never|(?:seems?|seemed|appears?|appeared|continues?|continued|went on|goes on|wants?|wanted) to|in a statement|for (?:his|her|its|their) part|on ${WEEKDAY}|(?:early |late |later )?${WEEKDAY}(?: morning| afternoon| evening| night)?|(?:last|this) week|${DAY_IN_FULL})[\\s,]*$`,
  'iu',
);
const NAME_MAY_TAIL = /\p{Lu}[\p{L}'’.-]*\s+May[\s,]*$/u;
// A run of capitalised words, with the particles of Arabic, Dutch, French... names ("Ibrahim Abu al-Laith").
const NAME_TOKEN = `(?:${HYPHENED_PARTICLE})?\\p{Lu}[\\p{L}\\p{M}'’.-]*`;
// (s52) A word closed by a sentence's full stop ("met Jane Roe. Roe said"): a word of two lower-case letters or more
// before the stop, no name's abbreviation (NAME_ABBREVIATIONS: "Mr.", "St.", "Jr.") nor a firm's or a street's, ends the
// run there; initials ("J.", "U.N.") do not.
const SENTENCE_STOP_BEHIND = String.raw`(?<!(?<![\p{L}])(?!(?:${[...NAME_ABBREVIATIONS, 'Ste', 'Cpl', 'Bros', 'Ltd', 'Inc', 'Ave', 'Blvd'].join('|')})\.)\p{L}*\p{Ll}{2}\.)`;
const CAPITALISED_RUN = new RegExp(
  `(?<![\\p{L}-])${NAME_TOKEN}(?:${SENTENCE_STOP_BEHIND}[^\\S\\n]+(?:(?:${NAME_PARTICLE}|of|for|the|and)[^\\S\\n]+){0,2}${NAME_TOKEN})*`,
  'gu',
);
// The same run where a text starts, built once (for `runEnd`).
// (s50) A title in quotation marks (capitalised words and their small joining words), its marks read as spaces.
const QUOTED_TITLE_IN = /["“](\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:to|of|the|and|for|in|on|a|an)\s+)*\p{Lu}[\p{L}'’-]*)*)["”]/gu;
const withoutQuotedTitles = (words: string): string => words.replace(QUOTED_TITLE_IN, ' $1 ');
// (s50) A sentence opening on a place with its preposition and nothing else ("In Tirana", "Back in Brussels").
const FRONTED_PLACE_PHRASE =
  /^\s*(?:(?:Back|Also|Meanwhile,?)\s+)?(?:In|At|From|Near|Outside|Inside)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*$/u;
// (s50) A name of two to four capitalised words, then "of" and a capitalised body: "Awa Coulibaly of Oxfam".
const NAME_OF_BODY = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+of\s+(?:the\s+)?\p{Lu}/u;
const CAPITALISED_RUN_AT_START = new RegExp(`^(?:${CAPITALISED_RUN.source})`, 'u');
// (s61) A comma between digits ("around 1,000") closes no clause.
const APPOSITIVE_HEAD = /^\s*,\s*(?:[^,;:()"“”]|(?<=\d),(?=\d{3}))+?,\s*/u;
const RELATIVE_HEAD = /^\s*(?:who|which)\s(?:[^,;:()"“”]|(?<=\d),(?=\d{3})){1,120}?,\s*/u;
// ", who fled in May," closing a subject: the relative clause said of it, dropped before its head is read, with a
// name apposed in it (", who came with his wife, Ana,": RELATIVE_APPOSED_NAME, proper-names.ts).
const RELATIVE_TAIL = new RegExp(String.raw`,\s*(?:who|which)\s(?:[^,]|(?<=\d),(?=\d{3})){1,120}${RELATIVE_APPOSED_NAME},?\s*$`, 'u');
// The words of a relative clause about a subject up to a name in it ("The mayor, who came with his wife, ", "The
// mayor, who had lunch with the ", before "Dean, Jo Roe, on Friday, said"): that name is no subject.
const RELATIVE_NAME_BEFORE = /\S,\s*(?:who|whose)\s[^;:"“”]{1,160}$/u;
// A relative clause about the person closing a subject (", whose country led the talks,", ", who attended,").
const RELATIVE_AFTER_APPOSITION = /,\s*(?:who|whose)\s[^,;:"“”]{1,120},?\s*$/u;
// Asides between a subject and its verb, set off by commas: an appositive, a relative clause, a pseudonym's note ("not
// his real name"), where and when the subject spoke (", at his news conference on Friday,"). A chain of up to three.
const MAX_ASIDES = 3;
// (s70) A part of a comma-set title that is an office ("Director General", "Deputy Minister", "Head of Mission") closing
// the phrase before a name candidate: the candidate is a division of that office (nameBeforeAsides).
const TITLE_PART_BEFORE =
  /,\s*(?:(?:Acting|Deputy|Assistant|Associate|Senior|Executive|Chief|Vice)[\s-]+)?(?:Director|Minister|Secretary|Head|Chief|Officer|Commissioner|Coordinator|Counsellor|Adviser|Advisor|Manager|President|Chair|Ambassador)(?:[\s-]+(?:General|of\s+[\p{Lu}][\p{L}'’-]*))?,\s*$/u;
// ", New Zealand and Spain," after a name: the rest of a list of names ("put forward by Egypt, New Zealand and Spain,
// called"), no aside: the name before it is one of the list, not the subject.
const LIST_NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}";
const LIST_REST = new RegExp(`^\\s*,\\s*(?:${LIST_NAME}\\s*,\\s*)*${LIST_NAME},?\\s+and\\s+${LIST_NAME}\\s*,\\s*$`, 'u');
const ASIDE_FIRST = /^\s*,\s*[^,;:()"“”\n]{1,220}?,\s*/u;
const ASIDE_NEXT = /^\s*[^,;:()"“”\n]{1,220}?,\s*/u;
// A capitalised title ending in a preposition right before a body's name: "Permanent Representative to the", "Special
// Envoy of the".
const TITLE_BEFORE_BODY =
  /((?:\p{Lu}[\p{L}.'’-]*\s+)*(?:Representative|Envoy|Ambassador|Minister|Secretary|Secretary-General|Spokesman|Spokeswoman|Spokesperson|Director|Director-General|Coordinator|Commissioner|Chief|Head|President|Adviser|Advisor|Delegate|Observer|Chair|Chairman|Chairwoman|Rapporteur)\s+(?:to|for|of|at|in)\s+(?:the\s+)?)$/u;
// (s23) An office set before the name it is apposed to, as parliamentary reports and minutes name ministers: "The
// Minister for Foreign Affairs and Trade, Mr X," (honorifics may stand between: `withoutHonorifics`), so "The
// Minister said" later is X (officeHolder). Its head is a title word.
const OFFICE_BEFORE =
  /\b[Tt]he\s+((?:\p{Lu}[\p{L}'’-]*\s+)*(?:Minister|Secretary|Ambassador|Commissioner|Director|Chair|Chairman|Chairwoman|President)(?:\s+(?:for|of|and|on|the|\p{Lu}[\p{L}'’-]*,?))*?),\s+$/u;
// How a second apposition after a name opens: an article, a possessive, "one of", an age ("Jan Roe, 52, a teacher,").
// A capitalised first word is a title ("Jan Roe, Chief Executive of the trust,"): a predicate opens in lower case.
const SECOND_APPOSITION = /^(?:(?:an?|the|its|his|her|their|one\s+of)(?![\p{L}])|\p{Lu}|\d)/u;
// An army's command, which speaks as the army: "general command", "high command".
const ARMY_COMMAND = String.raw`(?:general\s+|high\s+)?command`;
// "the army general command", "the military's high command" (said).
// (s41) With the state's adjective: "the Syrian army's general command", "the Syrian army general command".
// (s52) After a time set before it too ("Later that night the Syrian army's general command announced", "On Thursday,
// the army general command said").
const ARMY_COMMAND_SUBJECT = new RegExp(
  String.raw`(?:^|[\s,])the\s+(?:(\p{Lu}\p{Ll}+)\s+)?(?:army|military)(?:['’]s)?\s+${ARMY_COMMAND}\s*$`,
  'iu',
);
// A state's armed forces or their command after its possessive ("Norland's army", "Norland's military high command").
const STATE_ARMY_SUBJECT = new RegExp(String.raw`['’]s\s+(?:army|military|armed\s+forces)(?:\s+${ARMY_COMMAND})?\s*$`, 'u');
const officeBefore = (before: string): string | null => OFFICE_BEFORE.exec(withoutHonorifics(before))?.[1] ?? null;
// A run that holds a title word is no clean name ("Chinese Permanent Representative"): its first word is no name.
const TITLE_IN_NAME =
  /\b(?:Representative|Envoy|Ambassador|Minister|Secretary|Spokes\p{L}+|Director|Coordinator|Commissioner|Chief|Head|President|Adviser|Advisor|Delegate|Observer|Chair\p{L}*|General|Permanent)\b/u;
// ", a social media analytics company based in Amsterdam": what kind of body a single name apposed to it is.
const SINGLE_NAME_BODY =
  /^,\s+(?:an?|the)\s+((?:[\p{L}-]+\s+){0,4}?(?:company|firm|group|organi[sz]ation|agency|charity|NGO|network|monitor|observatory|institute|cent(?:re|er)|foundation|consultancy|broadcaster|website|newspaper|channel|start-up|startup|think tank|coalition)(?:\s+(?:in|from|at|based)\b[^,;:()"“”]{0,40})?)(?![\p{L}-])/u;
// Words that open a name without being one alone: "Abu Omar", "Umm Khaled", "Sheikh Mohammed".
const PARTICLE_FIRST =
  /^(?:Abu|Umm|Um|Sheikh|Sheik|Imam|Father|Mother|Sister|Brother|Saint|San|Santa|Van|Von|De|Del|La|Le|El|Al|Bin|Ibn)$/u;
// What opens a phrase set before a subject, not the subject's title: "Speaking for", "In", "Asked about".
const FRONTED_OPENER =
  /^\s*(?:\p{Lu}\p{Ll}+(?:ing|ed)|In|On|At|After|Before|During|For|From|With|Without|Despite|Under|Since|Following|Asked|Like|Unlike|As)\b/u;
// "not his real name", "not her real name": a pseudonym's note, no title.
const PSEUDONYM_NOTE = /^\s*,?\s*not\s+(?:his|her|their)\s+(?:real|full)\s+name\s*,?\s*$/iu;
// A name a speaker goes by, given in an aside: "who goes by the nom de guerre X", "who asked that only his first name,
// X, be used", "who uses the name X".
const NAME_GIVEN =
  '(?:goes\\s+by|uses|used|gave|asked\\s+that\\s+only|asked\\s+that|is\\s+known\\s+as|calls\\s+(?:himself|herself))(?:\\s+(?:the|a|his|her|their|only|first|family|real))*\\s+(?:name|names|nom\\s+de\\s+guerre|pseudonym|alias)(?:\\s+(?:only\\s+)?as)?\\s*,?';
const GIVEN_NAME = "(?:(?:Abu|Umm|Um|al|el)[ -])?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:al|el|bin|ibn|abu|Abu)[ -])?\\p{Lu}[\\p{L}'’-]+){0,3}";
// The words by which a person gives the name they go by: "gave his name (only) as", "identified herself as", "asked to
// be called".
const NAMING_ONESELF =
  'gave\\s+(?:his|her|their)\\s+(?:first\\s+)?name\\s+(?:only\\s+)?as|identified\\s+(?:himself|herself)\\s+(?:only\\s+)?as|asked\\s+to\\s+be\\s+(?:identified|called|named)\\s+(?:only\\s+)?as';
// "who gave his name as Abu Yamen", "who identified herself only as Rania": the name a speaker gave.
const GAVE_NAME = new RegExp(
  `(?:,\\s*|\\s)who\\s+(?:${NAMING_ONESELF}|${NAME_GIVEN})\\s+(${GIVEN_NAME})(?:\\s*,\\s*be\\s+(?:used|given|printed|published))?\\s*,?\\s*$`,
  'u',
);
// (s43) The same words right before the name, in a sentence of its own ("one, a nurse, asked to be identified as Noor,
// which is not her name."; unseen "A father of three who gave his name as Abu Ali"): the name a later "Noor said" is;
// group 1 the description before them ("a nurse").
// (s63) Or the name the outlet gives a person to protect them: "a teacher we call Rana to protect her", "a doctor whom
// we are calling Samir".
const NAMED_BY_THE_OUTLET = '(?:whom\\s+)?(?:we|I)\\s+(?:(?:will|shall|are|have|had)\\s+)?(?:call|calling|called|name|naming|named)';
const NAME_GIVEN_BEFORE = new RegExp(
  `(?:\\b(?:an?|one)\\s+([\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+){0,3}?)\\s*,?\\s+(?:who\\s+)?)?\\b(?:${NAMING_ONESELF}|${NAME_GIVEN}|${NAMED_BY_THE_OUTLET})\\s+$`,
  'u',
);
const PRONOUN_TAIL = /(?:^|\s)(he|she)\s*$/iu;
// (s56) "He gave his name only as Abu Mohammad and said": a pronoun's person naming himself, then the verb.
const PRONOUN_GAVE_NAME = new RegExp(`^\\s*(?:He|She)\\s+(?:${NAMING_ONESELF})\\s+(${GIVEN_NAME})\\s*,?\\s+and\\s*$`, 'u');
// (s27) A sentence that opens inside a message, its subject a pronoun ("In it she says"; messageSender).
const IN_MESSAGE_PRONOUN = new RegExp(String.raw`^${IN_THE_MESSAGE}\s*,?\s+(?:he|she)\s*$`, 'u');
const SENT_BY = new RegExp(MESSAGE_SENT_BY, 'gu');
// "the agency said": the organisation, state or body that last spoke; (s47) "the union said" of a relief union, "the
// league", "the institute", "the foundation": a body whose name holds the word (NAMED_KIND_NOUN); (s49) "the diocese",
// "the church", "the directorate", "the embassy"; (s58) "the centre" of a reconciliation centre, "the Fraternal" of a
// ministers' fraternal, "the trust".
const BODY_NOUN_WORDS =
  'company|firm|agency|organi[sz]ation|ministry|department|group|charity|society|association|office|fund|programme|body|council|committee|commission|coalition|observatory|monitor|network|hospital|government|army|military|mission|delegation|union|federation|league|institute|foundation|diocese|archdiocese|church|directorate|embassy|cent(?:re|er)|fraternal|fellowship|trust';
const BODY_DESCRIPTION_TAIL = new RegExp(String.raw`(?:^|\s)the\s+(${BODY_NOUN_WORDS})\s*$`, 'iu');
// "the monitoring group said", "the UN children's agency said": a body described with a word or two before its noun;
// (s42) one of them may be where it is based ("The Britain-based monitor said"); (s53) "according to the health
// directorate", "the city council said", of a body named before ("the opposition-run Aleppo health directorate").
// (s65) The other side of a war speaking after "the government" in the same sentence: "...; the rebels say ...",
// "; rebel officials said ...", "; the opposition says ...".
const SIDES_SET_AGAINST =
  /[;,]\s+(?:but\s+|while\s+)?(?:the\s+)?(?:rebels|rebel\s+(?:officials|groups|commanders|fighters|sources|spokesmen)|(?:the\s+)?opposition(?:\s+(?:groups|officials|activists))?)\s+(?:say|says|said|blame|blamed|deny|denied|insist|insisted|claim|claimed)\b/u;
// (s66) A body named or described after "the", then a relative clause of "which" about it closing the subject ("The
// local council, which runs what remains of the administration,"): group 1 the body.
const BODY_BEFORE_WHICH = new RegExp(
  String.raw`^(\s*[Tt]he\s+(?:[\p{L}.'’-]+\s+){0,5}?(?:${BODY_NOUN_WORDS})(?![\p{L}])(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|for)){0,5})\s*,\s*which\s(?:[^,;:()"“”]|(?<=\d),(?=\d{3})){1,120},\s*$`,
  'u',
);
// (s68) A body a subject names by a word or two before its noun alone, "the" before it (bodyOfItsWords): group 1 the
// words after "the" ("city council", "opposition-run city council", "defence ministry"); no owner's possessive ("the
// prime minister's office": whose, the words do not say).
const OWN_WORDS_BODY =
  /^\s*[Tt]he\s+((?!(?:same|other|new|former|latter|whole|entire|said|relevant|first|second|third|last|next|two|both|three)\s)(?:\p{Ll}[\p{Ll}-]*\s+){1,2}(?:council|ministry|committee|commission))\s*$/u;
// (s70) A body's name, then a word or two in lower case saying what kind of body it is: "the Syrian Civil Defence rescue
// service", "the White Helmets rescue group", "the Syrian Observatory monitoring group". Not after "of": "a senior official
// of the Levant Front rebel group" is that body's official (servedBody), not the body.
const NAME_THEN_BODY_KIND =
  /(?:^|(?<!\bof)\s)[Tt]he\s+((?:\p{Lu}[\p{L}'’.&-]*\s+){1,5})(?:\p{Ll}[\p{Ll}-]*\s+){1,2}(?:group|service|agency|organi[sz]ation|charity|monitor|network|movement|alliance|coalition|NGO|society)\s*$/u;
const MODIFIED_BODY_TAIL =
  /(?:^|\s)[Tt]he\s+(?:(?:[\p{Ll}'’-]+|\p{Lu}[\p{L}.]*-based)\s+){1,2}(agency|organi[sz]ation|ministry|group|charity|office|fund|programme|body|observatory|monitor|network|mission|delegation|directorate|council|committee|department)\s*$/u;
// What a story calls a newspaper it has named: "the paper", "The Dubai-based daily", "the Paris newspaper".
// (s62) Or its editorial: "The paper's editorial says".
const PUBLICATION_TAIL =
  /(?:^|\s)[Tt]he\s+(?:[\p{L}'’-]+\s+){0,2}?(?:paper|newspaper|daily|weekly|tabloid|broadsheet)(?:['’]s\s+(?:editorial|leader|leading\s+article))?\s*$/u;
// (s62) A press review's heading for one paper: its name (one to four capitalised words), a bracket, perhaps a day or
// an edition ("Neda-ye Enqelab (hardline), Saturday's edition, 17 Mehr (8 October)").
const PUBLICATION_HEADING =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:al|el|de|du|la|le)-?\s*)?\p{Lu}[\p{L}'’-]*){0,3})\s+\([^()\n]{2,60}\)(?:,[^.!?\n]{0,60}(?:\([^()\n]{2,30}\))?)?$/u;
// (s63) A paper's kind in an apposition right after its name: ", the government's official newspaper,", ", a
// Beirut daily,".
const PUBLICATION_KIND_APPOSED =
  /^,\s+(?:the|an?)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:paper|newspaper|daily|weekly|tabloid|broadsheet)(?:\s+(?:in|of|from)\s+\p{Lu}[\p{L}'’-]*)?,/u;
// (s63) A paper's editorial named before its name: "In an editorial, ", "In a front-page editorial on Friday, ".
const EDITORIAL_BEFORE =
  /\b[Ii]n\s+(?:an?|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:editorial|leader|leading\s+article)(?:\s+[^,.;:\n]{0,30})?,\s+$/u;
// (s43) A paper's kind right before its name: "the business daily ", "the pro-Kremlin newspaper ".
const PUBLICATION_KIND_BEFORE = /\b(?:paper|newspaper|daily|weekly|tabloid|broadsheet|magazine)\s+$/u;
const PUBLICATION_NAMED_AFTER_KIND =
  /\b(?:paper|newspaper|daily|weekly|tabloid|broadsheet|magazine)\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|an|ad|as)-)?\p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}'’-])/gu;
// A name opening a clause as its subject or owner: "In London, The Harbour Standard gives", "Al-Waha's editorial",
// "Le Messager du Soir calls". (s63) Its words stay on one line: a section's heading in capitals above it ("ARABIC
// PRESS", then "Al-Hayat reported") is no part of the name; (s63) an apposition naming it a paper may follow it
// ("Rossiyskaya Gazeta, the government's official newspaper, recalled").
const PUBLICATION_SUBJECT =
  /(?:^|[.!?]["”’]?\s+|\n|,\s+)((?:The[^\S\n]+)?\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:(?:du|de|des|del|of|the|al)[^\S\n]+)?\p{Lu}[\p{L}'’-]*){0,3})(?=['’]s\s|\s+\p{Ll}|,\s+(?:the|an?)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:paper|newspaper|daily|weekly|tabloid|broadsheet)\b)/gu;
// (s67) A press review's paper named with its city (or its line) in a bracket, after "the" and perhaps its leaning:
// "The Weser-Tageblatt (Bremen) sees", "The conservative Neue Isar-Zeitung (Munich) is alone", "Only the Spree-Bote
// (Berlin), true to its line,"; (s67) or after "the" that follows a comma: "In Dresden, the Elbe-Rundschau asks".
const PUBLICATION_WITH_PLACE =
  /(?<![\p{L}'’-])[Tt]he[^\S\n]+(?:\p{Ll}[\p{L}'’-]*[^\S\n]+){0,2}(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,3})[^\S\n]+\(\p{Lu}[\p{L}'’. -]{1,30}\)|,[^\S\n]+the[^\S\n]+(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,3})(?<!['’]s)(?=[^\S\n]+\p{Ll})/dgu;
// (s67) A line of its own in capitals, one to four words, over a paragraph: a press review's heading for a paper
// ("YENİ UFUK", "KENT SABAHI").
const CAPITAL_HEADING = /(?:^|\n)[^\S\n]*(\p{Lu}[\p{Lu}'’-]*(?:[^\S\n]+\p{Lu}[\p{Lu}'’-]*){0,3})[^\S\n]*\n(?=[^\S\n]*\p{Lu}[^\n]*\p{Ll})/gu;
const DATE_HEADING =
  /^(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b/u;
/** (s67) Whether two names have the same letters, whatever their case and accents ("YENİ UFUK", "Yeni Ufuk"). */
function sameLetters(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/gu, 'i').toUpperCase().replace(/’/gu, "'");
  return fold(a) === fold(b);
}
// Documents that speak for their issuer ("the letters said", "the statement said").
// (s70) And a meeting's conclusions ("The conclusions, agreed over coffee, say").
const DOCUMENT_NOUNS = 'letter|statement|communiqu[eé]|bulletin|note|release|declaration|memorandum|message|conclusion';
// (s58) A phrase set before a one-word name by a comma ("In a declaration issued by his spokesman, Ban said").
const FRONTED_BEFORE_WORD =
  /^\s*(?:In|On|At|During|After|Before|Following|Speaking|Writing|Later|Earlier|Separately|Meanwhile|Since|Through|Via|Under)\b[^,;:"“”\n]{0,100},\s+/u;
// A phrase set before a definite subject by a comma: "In a statement read on state television, the army said".
// (s68) So before a state's broadcaster or press named by its kind alone, with no article ("On the other side of the
// front line, state television said", "In Damascus, state media reported"), as STATE_OUTLET_SUBJECT reads it.
const FRONTED_PHRASE =
  /^\s*(?:In|On|At|During|After|Before|Following|Speaking|Asked|Writing|Responding|Replying|Later|Earlier|Separately|Meanwhile|Overnight|Since|Through|Via|Under)\b[^,;:"“”\n]{0,100},\s+(?=the\s+\p{Ll}|(?:state|government|pro-government|official)(?:-run)?\s+(?:television|TV|media|radio|news\s+agency)\s)/u;
// The same with no comma, before a definite subject that is a body: "On Tuesday the UN human rights office said", "In a
// later statement the ministry said", "But the defence ministry's own bulletin said".
const FRONTED_BARE =
  /^\s*(?:(?:On|In|At|By|During|After|Before|Later|Earlier|Overnight)\s+(?:[\p{L}\d'’-]+\s+){0,3}?|(?:But|And|Yet)\s+)(?=the\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:office|ministry|agency|army|military|government|statement|bulletin|council|committee|monitor|observatory|organi[sz]ation|group|mission|delegation)\b)/u;
// (s41) A day or time set before a name with no comma: "On Tuesday Lavrov said", "Yesterday Lavrov said", "Late on
// Monday Sergei Lavrov told": no part of the name (it was read as one, "Yesterday Lavrov"). (s60) So is a time counted
// from the one told before: "Hours earlier Sergei Rudskoy of the Russian General Staff had said", "Two days later".
// (s64) So is a chronology entry's day and its dash or colon: "Dec. 13 - The U.N. human rights office says", "13
// December: The ministry said".
const FRONTED_TIME = new RegExp(
  String.raw`^\s*(?:(?:${MONTH_WORD}\s+\d{1,2}|\d{1,2}\s+${MONTH_WORD})(?:,?\s+\d{4})?(?:\s+[-–—]|:)|(?:(?:On|Late\s+on|Early\s+on|Last|Later\s+on)\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|Yesterday(?:\s+(?:morning|afternoon|evening))?|Today|Tonight|Earlier|Later|Last\s+night|This\s+(?:morning|afternoon|evening)|(?:(?:A|One|Two|Three|Four|Five|Several|Some|A\s+few)\s+)?(?:[Hh]ours?|[Mm]inutes?|[Dd]ays?|[Ww]eeks?|[Mm]oments?)\s+(?:earlier|later))\s+(?=\p{Lu})`,
  'u',
);
// (s24) The nouns of a body described that a body's own name holds ("the ministry" for "Ministry of Foreign Affairs and
// Cooperation", "the organisation" for "Central Islamic Organisation of Guyana"): such a description may point back to
// the last body named with them, however far back. Not a state's organs ("the government", "the army", "the mission",
// read otherwise), nor words a name holds without naming the body's kind ("group", "body", "monitor").
const NAMED_KIND_NOUN =
  /^(?:ministry|department|agency|organi[sz]ation|charity|society|association|office|fund|programme|council|committee|commission|coalition|observatory|network|hospital|company|firm|union|federation|league|institute|foundation|diocese|archdiocese|church|directorate|embassy|cent(?:re|er)|fraternal|fellowship|trust)$/u;
// (s28) The words for a body of any kind: "the organisation said", "according to the agency" may describe a body whose
// own name holds no such word ("the relief charity Bread for Kessel", "the Directorate for Coastal Settlement").
const ANY_BODY_NOUN = /^(?:agency|organi[sz]ation|group|body)$/u;
// (s41) The words for a charity or a civic body, which may be named a trust, a council or a committee.
const CHARITY_NOUN = /^(?:charity|association|society|foundation|trust|network|coalition|initiative|campaign|appeal)$/u;
// Two given names and the surname they share: "Hussam and Leila Darwish".
const COUPLE = /^(\p{Lu}\p{Ll}{2,})\s+and\s+(\p{Lu}\p{Ll}{2,})\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;
// A word that makes a run of capitals a body's name, not a couple's ("Bread and Salt Foundation").
const ORGANIZATION_RUN_WORD = /\b(?:Foundation|Fund|Society|Trust|Council|Committee|Association|Union|Group|Church|Centre|Center)\b/u;
// A document as a remark's subject ("the statement said", "the letter says"): it speaks for its issuer, and is no one
// "he" or "she" may point back to.
const DOCUMENT_SUBJECT = new RegExp(String.raw`\b(?:${DOCUMENT_NOUNS}|report|readout)s?\b`, 'iu');
// A name, then an aside with no comma before its verb: "while"/"when" and a participle, a few words, nothing quoted.
export const UNMARKED_ASIDE_AFTER_NAME = /(\p{Lu}[\p{L}'’.-]*)\s+(?:while|when)\s+\p{Ll}+ing\b[^,;:"“”.()]{0,60}\s+$/u;
// Adverbs between the comma that closes a subject's apposition and its verb ("X, an ally of Y, reportedly said").
// A person named again by an age or as a parent of so many: "the 43-year-old", "The father-of-three", "the
// mother-of-two".
// (s57) ... and by where the person comes from or the party they sit for: "the Renmore native", "the Aleppo-born
// surgeon", "The Liberal Democrat", "the Fine Gael TD".
// (s67) A person named again by an age and a noun of what they do ("the 52-year-old farmer", "the 34-year-old nurse"),
// group 1 the age; AGE_AFTER_NAME, the age set after a name ("Lina, 26,", "Lina (26)").
const AGE_AFTER_NAME = /^(?:,\s*|\s*\()(\d{1,3})[,)]/u;
const PERSON_NAMED_AGAIN =
  /^\s*[Tt]he\s+(?:(\d{1,3})-year-old(?:\s+\p{Ll}[\p{Ll}-]+)?|(father|mother|grandfather|grandmother|dad|mum|mom)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})|(?:\p{Lu}[\p{L}'’-]+\s+){1,2}native|\p{Lu}[\p{L}'’]+-born\s+\p{Ll}+|(?:Liberal\s+Democrat|Conservative|Labour|Tory|Fine\s+Gael|Fianna\s+F[aá]il|Sinn\s+F[eé]in|SNP|Plaid\s+Cymru|Democrat|Republican)(?:\s+(?:MP|TD|MEP|MSP|MS|AM|councillor|senator|congressman|congresswoman|peer|lawmaker))?|(?:\p{Lu}[\p{L}'’-]+\s+){2,3}(?:leader|chief|chairman|chairwoman|founder))\s*$/u;
// (s58) A parliament's member named by the seat ("The member for Betio", "the MP for Kettleby, who ..."): group 1 the
// office word, group 2 the seat.
const MEMBER_FOR_SEAT =
  /^\s*(?:[Tt]he\s+)?(member|MP|MLA|MSP|TD|deputy|senator|representative|councillor)\s+for\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?:\s*,[^,;:"“”]{1,100},)?\s*$/u;
// An age in brackets right before the verb: "Karim Nassar (51) said".
// (s58) Or a social-media handle in brackets after a name ("Jean-Marc Ayrault (@jeanmarcayrault), said").
const AGE_IN_BRACKETS_TAIL = /\s*\((?:\d{1,3}|@[\w.]{2,30})\),?\s*$/u;
// (s47) "Liu Jieyi (China) said", "Marco Bertoni (PD) asks": the state or the party a person speaks for, in brackets
// after the name (the UN's meetings coverage, a parliament's summary record), is no part of the subject. After a name
// (a capitalised word), the bracket holding a state's name or a short token in capitals ("PD", "FI-PdL", "M5S").
const AFFILIATION_IN_BRACKETS_TAIL =
  /(?<=\p{Lu}[\p{L}'’.-]*\p{Ll})\s*\(((?:the\s+)?\p{Lu}[\p{L}'’ -]{1,40}|\p{Lu}[\p{L}\d-]{0,9})\),?\s*$/u;
// (s57) "Cllr Huw Prosser (Independent, Llandysul Town) said": a local paper's party and ward in one bracket after a
// councillor's name, capitalised words on both sides of the comma, is no part of the subject either.
const PARTY_AND_WARD_IN_BRACKETS_TAIL = /(?<=\p{Lu}[\p{L}'’.-]*\p{Ll})\s*\(\p{Lu}[\p{L}'’ .-]{1,30},\s*\p{Lu}[\p{L}'’ /.-]{1,60}\),?\s*$/u;
/** Whether a token in capitals is the initials of the capitalised words before it ("OCHA", "SOHR"): a body's acronym. */
function acronymOf(token: string, before: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, '').toUpperCase();
  const initials = (before.match(/\p{Lu}[\p{L}'’.-]*/gu) ?? []).map((word) => word[0] as string).join('');
  let at = 0;
  for (const letter of initials) if (letter === letters[at]) at++;
  return at === letters.length;
}
const PARTY_PORTFOLIO_SPOKESPERSON =
  /^\s*[Tt]he\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?:['’]s|s['’])\s+(?:\p{Ll}+\s+){1,3}spokes(?:man|woman|person))\s*$/u;
const ADVERBS_AFTER_COMMA = new RegExp(String.raw`,((?:\s*(?:${SUBJECT_ADVERBS}|too)\b,?)+\s*)$`, 'u');
// What opens a run of capitals before a body's name written in the text: "The", and (s37) the body's people opening
// the sentence ("Volunteers of the Kessel Rescue Service search the rubble. The group says ...").
const WRITTEN_NAME_LEAD =
  /^(?:The\s+|(?:Volunteers|Members|Staff|Workers|Officials|Representatives|Employees|Medics|Rescuers|Activists|Supporters|Delegates|Teams|Crews|Leaders|Envoys|Ministers|Heads)\s+(?:of|from|at|with)\s+(?:the\s+)?)/u;
// An actor that is a body of some kind (an organisation, a UN body, an armed group, a ministry): neither a person nor a
// state.
const isBody = (kind: string): boolean => kind !== 'person' && kind !== 'state';
// A name a "the government" or "the ministry" does not point back to: the other of the two.
const OTHER_STATE_BODY: Record<string, RegExp> = { government: /\bministry$/iu, ministry: /\bgovernment$/iu };
// The portfolio words a minister or ministry is named by ("Foreign Minister", "the defence ministry").
/**
 * (s66) The ministry a minister's title written out in full names ("the Minister of Foreign Affairs and International
 * Cooperation, Hon. X" -> "Ministry of Foreign Affairs and International Cooperation"), where the text writes one such
 * title only: its portfolio a run of capitalised words, or runs joined by commas and a last "and", that ends at a comma
 * or a word in lower case ("Minister of Foreign Affairs, Carl Greenidge, said": "Foreign Affairs"), never a "Minister
 * of State" nor a title running on into a name ("Minister of Foreign Affairs Rashid Meredov"); null otherwise.
 */
function ministryOfTitle(text: string): string | null {
  const group = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}`;
  const title = new RegExp(
    String.raw`\bMinister\s+of\s+(${group}(?:(?:,\s+${group})*\s+and\s+${group})?)(?=,|\s+(?!and\s+\p{Lu})\p{Ll}|\s*[.;)])`,
    'gu',
  );
  const portfolios = new Set(
    [...text.matchAll(title)].map((m) => (m[1] as string).replace(/\s+/gu, ' ')).filter((p) => !/^State\b/u.test(p)),
  );
  return portfolios.size === 1 ? `Ministry of ${[...portfolios][0]}` : null;
}

const PORTFOLIO = /^(?:foreign|defen[cs]e|interior|health|finance|justice|development|trade|economy|information)$/u;
// A nationality's shape as news copy writes it: a capitalised adjective with a demonym's ending ("French", "German",
// "Russian", "Chinese", "British", "Israeli"). The word alone, less the titles of that shape, is DEMONYM (below).
const DEMONYM_SHAPE = String.raw`\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|i)`;
// A minister's role that names the state by its adjective or possessive and the portfolio ("Dutch foreign minister",
// "Norland's Foreign Minister"): group 1 the state's words, group 2 the portfolio.
const STATE_PORTFOLIO_MINISTER = new RegExp(
  String.raw`^(?:[Tt]he\s+)?((?:\p{Lu}\p{Ll}+\s+)?${DEMONYM_SHAPE}|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s)\s+(\p{L}+)\s+[Mm]inister$`,
  'u',
);
const BODY_KINDS: Record<string, string[]> = {
  government: ['state'],
  army: ['state', 'armed_group'],
  military: ['state'],
  delegation: ['state'],
  mission: ['state', 'un_body', 'organization'],
  group: ['armed_group', 'organization', 'group'],
  coalition: ['organization', 'group', 'armed_group'],
};
// What tells a person's sex in news copy: a courtesy title before the name, or a gendered role word.
// The Malay press's honorifics have a sex too ("Hajah", "Datin", "Dayang", "Puan"; "Haji", "Awang", "Encik").
const FEMALE_TITLE = /\b(?:Ms|Mrs|Miss|Madam|Mme|Dame|Lady|Queen|Princess|Hajah|Hajjah|Alhaja|Datin|Dayang|Puan)\.?\s+$/u;
const MALE_TITLE = /\b(?:Mr|Sir|Lord|King|Prince|Haji|Alhaji|Awang|Encik)\.?\s+$/u;
/** The sex a courtesy title right before a name gives ("Mrs ", "Mr. "), or null. */
const titleSex = (before: string): Gender => (FEMALE_TITLE.test(before) ? 'female' : MALE_TITLE.test(before) ? 'male' : null);
// How far before a name its courtesy title is looked for ("Mrs. ", "Encik ").
const COURTESY_TITLE_REACH = 8;
// "said Ms. Ruiz", "said U.N. spokesman X": a name's abbreviation or an initial right before a full stop, which then
// ends no phrase.
// (s51) A body's dotted initials in its name: "U.N.", "U.S.", "E.U.".
const DOTTED_INITIALS = /\b(?:\p{Lu}\.){2,3}(?=\s|$)/gu;
// (s51) Initials with their stops ("U.N", "U.S") too: "According to the U.N. Office for the Coordination of ...".
const ABBREVIATION_BEFORE_STOP = new RegExp(String.raw`(?:^|\s)(?:${NAME_ABBREVIATIONS.join('|')}|\p{Lu}|(?:\p{Lu}\.){1,3}\p{Lu})$`, 'u');
// A stop that ends a sentence, closing marks and space after it, then a capital or an opening mark: never the stop of a
// name's abbreviation ("said Mrs. Roe, Mr. Roe's daughter. She ..." is two sentences, not four).
const SENTENCE_BREAK = new RegExp(String.raw`(?<!(?<![\p{L}])(?:${NAME_ABBREVIATIONS.join('|')}))[.!?]["”’]?\s+(?=\p{Lu}|["“])`, 'gu');
const FEMALE_ROLE = new RegExp(`\\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|actress|queen|princess|${FEMALE_NOUNS})\\b`, 'iu');
const MALE_ROLE = new RegExp(`\\b(?:spokesman|chairman|congressman|businessman|king|prince|${MALE_NOUNS})\\b`, 'iu');
export type Gender = 'female' | 'male' | null;

/**
 * (s60) The sex a person's given name tells, where the text gives none (no courtesy title, no gendered role, no
 * pronoun resolved to them yet): "Margaret Oduya" for "she said", not "Matthew Rycroft" named between. The names are
 * gender-detection-from-name's lists of English, Italian, Spanish, French, German and Turkish given names, read only
 * where the English list and another have the name and no list disagrees ("Andrea" is a man's name in Italy): the
 * French list's "Liu" or the Spanish list's "Koro" is no sex of a Chinese or Japanese name, nor the English list's
 * alone "Marjon" (a Liberian minister, a woman) or "Brita" (a Syrian council's president, a man). Only the name
 * itself is read (not an alias: "De Mistura"), by its first word, a name of two words or more whose last is no
 * romanised syllable pair ("Kim Won-soo").
 */
export function givenNameGender(name: string | undefined): Gender {
  const words = (name ?? '').split(/\s+/u);
  const first = words[0] ?? '';
  if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(first) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words.at(-1) ?? '')) return null;
  const key = first.toLowerCase();
  const lists = givenNameLists();
  const english = lists[0]?.get(key);
  if (english !== 'male' && english !== 'female') return null;
  const read = lists.map((list) => list.get(key)).filter((sex) => sex !== undefined);
  return read.length >= 2 && read.every((sex) => sex === english) ? english : null;
}

let GIVEN_NAMES: ReadonlyMap<string, string>[] | null = null;
/** The given-name lists, English first, loaded once on first use (some 2 MB). */
function givenNameLists(): ReadonlyMap<string, string>[] {
  if (!GIVEN_NAMES) {
    const require = createRequire(import.meta.url);
    GIVEN_NAMES = ['en', 'it', 'es', 'fr', 'de', 'tr'].map((language) => require(`gender-detection-from-name/names/${language}.js`));
  }
  return GIVEN_NAMES;
}
/** A person the gazetteer does not know, named outside quotes: the name, the role given with it, where a one-word form was found. */
type LatentPerson = { candidate: NameCandidate; role: string | null; at?: Span };
// A possessive or reflexive in an aside after a name, not one after a verb whose object it would be ("who told her").
const asideOwn = (words: string) =>
  new RegExp(`(?<!\\b(?:told|asked|gave|sent|showed|met|called|thanked|helped|visited)\\s)\\b(?:${words})\\b`, 'iu');
const ASIDE_FEMALE = asideOwn('her|herself');
const ASIDE_MALE = asideOwn('his|himself');
const WRITER_TAIL = /\b(?:correspondent|reporter|journalist|columnist|editor|writer)s?\s*$/iu;
// (s68) A broadcaster's correspondent as a whole subject, after "its", "the channel's" (group 1 absent) or a
// broadcaster's name ending on its kind (group 1: "Norland state TV's"), perhaps a city or post before the noun and a
// place after it: "Its correspondent in Aleppo", "The channel's New York correspondent", "Norland TV's correspondent at
// the border crossing", "The channel's correspondent, speaking from the square,".
const OUTLET_CORRESPONDENT =
  /^\s*(?:[Ii]ts|[Tt]he\s+(?:channel|station|broadcaster|network)['’]s|(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|state|news)){0,3}?\s+(?:TV|[Tt]elevision|[Rr]adio))['’]s)\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(correspondent|reporter)(?:\s+(?:in|at|on|from|outside|near)\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4})?(?:,\s+speaking\s+(?:from|in|at)\s+[^,;:"“”]{1,60},)?\s*$/u;
// (s68) "The channel said", "The station added", the whole subject: the broadcaster itself (broadcasterBefore).
const OUTLET_ITSELF = /^\s*[Tt]he\s+(?:channel|station|broadcaster)\s*$/u;
// (s68) "The presenter said", the whole subject, where the report named no presenter before: the broadcaster's voice.
const OUTLET_VOICE = /^\s*[Tt]he\s+(?:presenter|newsreader|anchor)\s*$/u;
const VOICE_NOUN = /\b(?:presenter|newsreader|anchor)\b/iu;
// (s68) A broadcaster the text describes, not names: "opposition radio station", "private news channel".
const OUTLET_DESCRIPTION = String.raw`(?:[\p{Ll}-]+\s+){0,2}(?:radio|TV|television)\s+station|(?:[\p{Ll}-]+\s+){0,2}news\s+channel`;
// (s68) ... with "a" before it: "an opposition radio station broadcasting from ...", "interviewed on a private news
// channel" (group 1 the description).
const BROADCASTER_DESCRIBED = new RegExp(String.raw`(?<![\p{L}'’-])(?:[Aa]n?)\s+(${OUTLET_DESCRIPTION})(?![\p{L}])`, 'gu');
// (s68) ... the whole subject, with where it broadcasts from or sits after it: "An opposition radio station
// broadcasting from the border town of Kalmar", "A private news channel based in Oslo" (group 1 the description).
const OUTLET_DESCRIBED_SUBJECT = new RegExp(
  String.raw`^\s*[Aa]n?\s+(${OUTLET_DESCRIPTION})(?:\s+(?:(?:broadcasting|operating|based)\s+)?(?:from|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s*$`,
  'u',
);
/** (s68) A broadcaster's name as a heading writes it in capitals, in the case of running text ("AL-MANAR TV" -> "Al-Manar TV"). */
const outletCased = (name: string) =>
  name
    .replace(/\s+/gu, ' ')
    .replace(/\p{Lu}{2,}/gu, (word) => (/^(?:TV|RT)$/u.test(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()));
// (s68) A broadcaster named in the text before, its kind closing its name: "Norland state television's evening news",
// "NORLAND TV (Oslo, in English):", "State-owned Channel One TV", "Kestrel 24 news channel" (group 1 the name).
const BROADCASTER_BEFORE =
  /(?<![\p{L}'’.-])((?!(?:The|An?|Its|This|That|In|On|At|Source)[^\S\n])\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}'’.-]*|\d+|state)){0,3}?[^\S\n]+(?:TV|[Tt]elevision|TELEVISION|[Rr]adio|RADIO|news[^\S\n]+channel))(?![\p{L}])/gu;
// The words a definite description uses for an office-holder: "the Russian envoy", "the Syrian foreign minister".
// Another word for an office's holder, read as the office's own word.
const OFFICE_SYNONYMS: Record<string, string> = { pontiff: 'pope' };
const OFFICE_HOLDER_NOUNS = `minister|envoy|ambassador|delegate|representative|secretary|spokesman|spokeswoman|spokesperson|official|president|chief|coordinator|diplomat|director|commander|head|brigadier|general|chancellor|premier|mayor|governor|commissioner|rapporteur|mediator|negotiator|speaker|administrator|registrar|dean|ombudsman|treasurer|bishop|archbishop|cardinal|patriarch|pope|pontiff|mufti|imam|rabbi|pastor|expert|analyst|researcher|professor|senator|lawmaker|legislator|${LEGISLATOR_TITLES.toLowerCase().split(' ').join('|')}`;
// A "Vice-" or "Pro-Vice-" run on to the noun ("the Vice-Chancellor") is part of the office.
// (s51) An office to be taken up is the same office: "the secretary-general designate", "the president-elect".
const DESCRIPTION_TAIL = new RegExp(
  `\\bthe\\s+(?:[\\p{L}.'’-]+\\s+){0,2}(?:(?:pro|vice)-)*(${OFFICE_HOLDER_NOUNS})(?:-general)?(?:[\\s-](?:designate|elect))?\\s*$`,
  'iu',
);
// The same description written as a capitalised office of a portfolio ("the Minister of Foreign Affairs", "the
// Minister of State for Overseas Trade"), case-sensitive so that "the head of the delegation" stays a head; not a
// body's office ("the Office of the High Commissioner for ...") nor "the Head of State", read as the head of state is.
const CAPITALISED_OFFICE_NOUNS = OFFICE_HOLDER_NOUNS.split('|')
  .map((noun) => noun.replace(/^./u, (c) => c.toUpperCase()))
  .join('|');
// An auxiliary opening a question before its subject: "Will the Minister say", "Can the Secretary confirm".
const QUESTION_OPENING = /(?:^|[.!?:;]\s+|\n)(?:Will|Would|Can|Could|Does|Did|Do|Is|Has|Have|Shall|Should|May|Might|Must)\s+$/u;
// What an office is of or for, in capitals: "of Foreign Affairs", "of State for Foreign Affairs", "of the UN Regional
// Centre for ...", "of Sodor and Man".
const OFFICE_OF_PLACE = String.raw`(?:of|for)\s+(?!(?:State|Government)\s*$)(?:State\s+for\s+)?(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|for|of|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,8}`;
const OFFICE_OF_TAIL = new RegExp(
  String.raw`(?<!\bof\s)\b[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:Vice-|Deputy\s+)?(${CAPITALISED_OFFICE_NOUNS})\s+${OFFICE_OF_PLACE}\s*$`,
  'u',
);
// (s48) An office for a portfolio in lower case, of an owner: "the island's deputy mayor for social affairs".
const OFFICE_FOR_PORTFOLIO_TAIL = new RegExp(
  `\\b[Tt]he\\s+[\\p{L}-]+(?:['’]s|s['’])\\s+(?:[\\p{L}.'’-]+\\s+){0,2}(${OFFICE_HOLDER_NOUNS})\\s+for\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+\\s*$`,
  'u',
);
// People the article does not name, who speak as a group ("Residents said", "aid workers say", "Rebel commanders
// said") or as one of a group ("one surgeon said"): recorded as the article names them (the curation rule).
// (s45) The trades of shipping and freight ("brokers in Istanbul said", "underwriters say", "Owners say") and
// delegations ("Several delegations said"; not yet with a relative clause between, "delegations that abstained said").
// (s46) The trades of science and the academy ("Agronomists, physicians and engineers who trained at Aleppo University
// say", "A university administrator, who asked not to be named, said") and a poll's respondents ("one respondent ...
// wrote:"). (s52) A party by its members' name ("The opposition Socialists welcomed the decision but accused ...",
// "Republicans said").
// (s59) Sport's groups too: "Several Süper Lig clubs have already said", "players", "fans".
// (s65) Associations, bodies as agencies and charities are: "..., according to community associations".
export const GROUP_NOUNS =
  'socialists|conservatives|communists|nationalists|tories|republicans|democrats|agronomists|physicians|engineers|scientists|academics|professors|lecturers|epidemiologists|demographers|statisticians|respondents|brokers|underwriters|insurers|shipowners|owners|forwarders|hauliers|truckers|shippers|charterers|exporters|importers|millers|delegations|NGOs|signatories|authorities|critics|ministers|leaders|relatives|neighbours|neighbors|mothers|fathers|farmers|traders|shopkeepers|bakers|butchers|merchants|vendors|changers|pharmacists|economists|bankers|dealers|drivers|teachers|students|elders|mourners|protesters|demonstrators|organizers|organisers|councils|residents|civilians|witnesses|diplomats|officials|commanders|fighters|activists|partners|workers|staff|doctors|medics|nurses|surgeons|sources|analysts|experts|observers|negotiators|survivors|refugees|volunteers|colleagues|locals|campaigners|researchers|investigators|lawyers|envoys|delegates|senators|lawmakers|legislators|parliamentarians|deputies|MPs|rescuers|paramedics|teams|crews|members|inhabitants|evacuees|families|parents|groups|agencies|associations|organisations|organizations|charities|rebels|insurgents|militants|bishops|priests|imams|clerics|worshippers|parishioners|opposition|clubs|federations|athletes|players|fans|supporters';
// The group nouns that name bodies, not people of them ("authorities", "agencies", "the opposition").
const BODY_GROUP_NOUNS =
  /^(?:authorities|councils|partners|groups|agencies|associations|organisations|organizations|charities|opposition)$/u;
/** GROUP_NOUNS, in their order, less the bodies (BODY_GROUP_NOUNS) and the nouns `also` names. */
const peopleGroupNouns = (also: RegExp) =>
  GROUP_NOUNS.split('|')
    .filter((noun) => !BODY_GROUP_NOUNS.test(noun) && !also.test(noun))
    .join('|');
// (s19) The group nouns for people (no bodies, no unnamed sources): who may have told a speaker what he passes on.
// Unlike BODY_PEOPLE_PLURAL, kin and the people a body serves are kept: they tell a speaker things too.
export const PEOPLE_GROUP_NOUNS = peopleGroupNouns(/^sources$/u);
export const ONE_NOUNS =
  'attaché|attache|aide|ambassador|envoy|delegate|surgeon|doctor|nurse|resident|witness|diplomat|activist|commander|fighter|medic|volunteer|teacher|student|paramedic|rescuer|survivor|refugee|evacuee|pharmacist|midwife|negotiator|analyst|aid worker|relief worker|health worker|colleague|neighbour|neighbor|relative|official|source|father|mother|man|woman|shopkeeper|trader|driver|farmer|engineer|widow|manager|agent|broker|underwriter|forwarder|haulier|coordinator|administrator|respondent|demographer|epidemiologist|scientist|academic|professor|lecturer|researcher|lawmaker|legislator|parliamentarian|senator|deputy|MP|councillor|councilor|cleric|priest|imam|journalist|photographer|lawyer|economist|agronomist|expert';
// People the article does not name, one at a time ("a nurse", "a father of four", "A second doctor"): the nouns for one
// person who speaks, kin, the nouns that tell a person's sex (`FEMALE_NOUNS` / `MALE_NOUNS`, their one home) and trades.
// (s32) People named by their office in a faith, whose nouns have no agent's ending ("the priest", "a local imam",
// "The Bishop of Kessel, Jo Lind,").
const CLERGY_NOUNS =
  'priest|bishop|archbishop|imam|rabbi|mufti|cleric|chaplain|vicar|curate|parson|deacon|nun|monk|abbot|cardinal|patriarch';
// (s59) Sport's people too: "The club's coach, Hasan Erdem, said", "the team's captain".
export const PERSON_NOUNS = `${ONE_NOUNS}|${KIN_WORDS}|${FEMALE_NOUNS}|${MALE_NOUNS}|${CLERGY_NOUNS}|baker|mechanic|vendor|worker|soldier|officer|lawyer|journalist|photographer|patient|mourner|elder|participant|panellist|panelist|attendee|researcher|adviser|advisor|critic|poet|scholar|pilot|chef|cook|clerk|guide|coach|captain|athlete|judoka|umpire|chaplain`;
const UNNAMED_PERSON = new RegExp(
  `(?:^|(?<=[.!?]["”’]?\\s+)|(?<=,["”’]?\\s+)|(?<=\\n)|(?<=\\s(?:[—–]|-{1,2})\\s+)|(?<=(?<![\\p{L}'’-])(?:with|beside)\\s+)|(?<=${MESSAGE_SENT_BY}))(an?|one|another|an?\\s+(?:second|third)|the)\\s+((?:[\\p{L}\\d-]+\\s+){0,2}?)(${PERSON_NOUNS})(?:\\s+of\\s+(two|three|four|five|six|seven|eight|nine|ten|\\d+))?(?![\\p{L}-])`,
  'giu',
);
// (s30) A message a person told of by a description sent, in a reported clause or a sentence of its own ("X said a
// nurse at the clinic had sent a note on Friday", "A driver sent her a text"): group 1 the determiner, 2 the
// modifiers, 3 the noun (writtenBySender).
const DESCRIBED_SENDER = new RegExp(
  String.raw`(?:^|(?<=\bthat\s+)|(?<=\b(?:said|says|told\s+\p{L}+)\s+)|(?<=,\s+))(an?)\s+((?:[\p{L}-]+\s+){0,2}?)(${PERSON_NOUNS})(?![\p{L}-])[^.;:!?"“”]{0,80}?\s(?:(?:had|has|have|also|then)\s+)*sent\s+(?:(?:me|him|her|us|them)\s+)?an?\s+${MESSAGE_NOUN}\b`,
  'gu',
);
// (s38) A name's own closing attribution, the sentence's end right after: "..., Tarek Qabbani said."
const CLOSING_ATTRIBUTION_AFTER = /^\s+(?:said|says|added|adds)\s*[.!?]/u;
// "A second doctor, a surgeon who left the east, said": a person noun apposed right after an unnamed person says who
// he is (read by findUnnamedPeople).
const APPOSED_PERSON_NOUN = new RegExp(`^,\\s+(?:a|an)\\s+((?:[\\p{L}-]+\\s+){0,2}?(?:${PERSON_NOUNS}))\\b`, 'u');
// (s41) A person noun and the name it is given, closing a subject: "a 40-year-old man called Ahmad", "One, a teacher
// named Abu Jaafar,". The noun (with its modifiers) is the role.
const NOUN_NAMED = new RegExp(
  `(?:^|[\\s,])(?:[Aa]n?|[Oo]ne)\\s+((?:[\\p{L}\\d-]+\\s+){0,3}?(?:${PERSON_NOUNS}))\\s+(?:named|called)\\s+(${GIVEN_NAME})\\s*,?\\s*$`,
  'u',
);
const VICTIM_AFTER =
  /^[^.;]{0,60}?\b(?:was|were|had been|has been)\s+(?:\p{Ll}+\s+)?(?:killed|wounded|injured|shot|hit|buried|found|taken|arrested|detained)\b|^[^.;]{0,60}?\bdied\b/u;
// "Lama, an English teacher in Sukkari,", "Mahmoud, our logistics officer,", "Hala, one of our nurses,": what makes a single
// name a person's; (s41) with an age among the words ("Omar, a 32-year-old father of three,", "Omar, a 32-year-old from
// Aleppo,").
const SINGLE_NAME_APPOSED = new RegExp(
  `^,\\s+(?:(?:an?|the|our|my|his|her|their)\\s+((?:[\\p{L}\\d-]+\\s+){0,3}?(?:${PERSON_NOUNS}|\\d{1,3}-year-old)(?:\\s+(?:in|from|at)\\s+\\p{Lu}[\\p{L}-]+)?)|(one\\s+of\\s+(?:our|my|his|her|their|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PERSON_NOUNS})s))(?![\\p{L}-])`,
  'u',
);
// The rest of a clause that runs on to a verb of saying before any comma closes it.
const RUNS_ON_TO_SAYING = /^[^,;:.!?"“”()]*?\b(?:said|says|told|tells|added|adds|warned|claimed|announced)\b/u;
// "Rukiye, 29,", "Mahmoud, 63,": a single name with an age between commas is a person's.
const AGE_APPOSED = /^,\s*(?:aged\s+)?\d{1,2}\s*,()/u;
// (s34) An age after a name an inverted verb names ("”, said Nadia, 34.", "said Omar, 12, in the last scene"): closed by
// a comma or the sentence's end.
const AGED_AFTER_INVERTED_VERB = /^,\s*(?:aged\s+)?\d{1,2}\s*(?:,|[.!?](?:\s|$))/u;
// Prepositions that take a place, not a person: "near Darat Izza", "outside Kilis", "towards Idlib".
const PLACE_ONLY_BEFORE = /\b(?:near|outside|inside|towards|toward|across|via|around)\s+$/iu;
// (s66) A body's name that goes on after "on" ("Council on Foreign Relations"): its noun before, its field's word last.
const BODY_ON_BEFORE = /\b(?:Council|Committee|Commission|Cent(?:re|er)|Institute|Forum|Office|Board|Panel)\s+on\s+$/u;
const BODY_ON_END =
  /\b(?:Affairs|Relations|Studies|Rights|Policy|Security|Protection|Development|Refugees|Migration|Cooperation|Disarmament)$/u;
// (s45) The words of an apposition after a person's name up to "from" ("Rima Khoury-Nassar, a pharmacist from ").
const FROM_IN_APPOSITION = /\p{Lu}[\p{L}'’-]+,\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){1,3}from\s+$/u;
// Prepositions of where something is, which take a person only behind a title ("in Upper Hill", "at Casa Lanterna", but
// "at Dr. Ruiz's clinic"): "from" is left out, as people are heard and write "from" too ("evidence from Jo Lind").
const LOCATIVE_BEFORE = /\b(?:in|at)\s+$/iu;
// (s29) A house number after a preposition of place ("issued from No 4 Harbour Place", "at 12 Linden Row", "to
// 221B Kessel Road"): the capitals after it are a street or a building, "from" included, never a person's name. A year
// is no house number ("In 2014 Jo Lind said").
const ADDRESS_NUMBER_BEFORE =
  /\b(?:in|at|from|to|near|outside|opposite)\s+(?:(?:No|Nos|Number)\.?\s+)?(?:\d{1,3}|(?!19|20)\d{4})(?:[A-Za-z]?\s+)?$/u;
// (s27) A noun for a place and "of" right before capitals: they are the place's name ("the opposition-held area of Khan
// al-Asal", "the town of Sarmada", "the district of Sheikh Maqsoud"), never a person's, as the nouns after a name are
// (PLACE_NOUN_AFTER).
const PLACE_NOUN_OF_BEFORE =
  /\b(?:town|village|city|area|district|neighbou?rhood|province|governorate|region|suburb|camp|quarter)\s+of\s+$/iu;
// A preposition of place right before a mention ("in", "at the"), with a point of the compass ("in southern ") or a
// town and its comma ("in Gaziantep, ", group 1) between.
// (s44) "aid groups working from Turkey": where they work from, not whom they speak for (not "officials from Turkey").
// (s55) Where a body sits, after its name and before its verb: "at the Hmeimim airbase", "in the Syrian capital".
const BODY_SITS_AT = /\s+(?:at|in|based\s+(?:at|in))\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Ll}+\s*$/u;
// (s55) An office-holder's office as the whole subject, named by the place or body whose office it is: "the Hatay
// governor's office", "the Aleppo mayor's office" (not "the prime minister's office": whose, the words do not say).
const HOLDERS_OFFICE =
  /(?:^|,\s*|\s)(?:[Tt]he\s+)((?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:\p{Ll}+\s+)?(?:governor|mayor|prime\s+minister|president|premier|chancellor|prosecutor|ombudsman|minister|deputy\s+governor)['’]s\s+office)\s*$/u;
// (s55) An office whose portfolio follows it with "of", "for" or "at" ("Minister of Foreign Affairs", "Secretary for").
const OFFICE_BEFORE_PORTFOLIO = /\b(?:minister|secretary|commissioner|director|head|chief|president|chair(?:man|woman|person)?)\s*$/iu;
// (s68) "An opposition radio station broadcasting from Norland": where a broadcaster sends from is no speaker.
const PLACED_BEFORE =
  /\S\s+(?:at|in|inside|outside|near|(?:working|operating|based|reporting|broadcasting)\s+from)\s+(?:the\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+|central\s+|(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},\s*))?$/u;
// The people of a body the article may name by the body they serve (`servedBody`): "Bureau official (unnamed)".
const SERVING_WORDS = 'officials?|sources?';
const SERVING_NOUN = new RegExp(`^(?:${SERVING_WORDS})$`, 'iu');
// (s70) The body an unnamed person works with or for, right after the person's noun (read by `unnamed`).
const BODY_WORKED_WITH = /^\s+(?:with|for)\s+(?:the\s+)?(?=\p{Lu})/u;
// (s34) ... and with them the nouns for people who serve a state, whom a nationality before them makes its voice ("a
// Turkish official", "a French diplomat").
const STATE_SERVING_NOUN = new RegExp(
  `^(?:${SERVING_WORDS}|diplomats?|commanders?|negotiators?|aides?|attach[ée]s?|soldiers?|officers?|fighters?)$`,
  'iu',
);
// (s34) A participle and a preposition of place after a person noun: where the person works or lives ("working on
// the far side of", "based in"), (s35) after where the person comes from too ("from Kessel working on").
const WORKS_WHERE =
  /^(?:\s+from\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:working|based|living|volunteering|serving|stationed|staying)\s+(?:on|at|in|near|along|inside|outside|across)\s/u;
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|from|to|near|outside|inside|across|of|for|into|around)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/iu;
// A masthead line: two or more fields set apart by vertical bars ("Outlet | 22/12/2016 | Writer").
const MASTHEAD_LINE = /^[^\n|]{1,80}\|[^\n|]{1,80}\|[^\n|]{1,80}$/u;
// (s53) What a body says of itself right after its verb: "its" ("said its teams"), or "it" doing something ("said it had
// delivered", "said it would send", "says it is ready to"), not the "it" of "said it was too late".
const BODY_ITSELF_AFTER =
  /^\s+(?:(?:on|late\s+on)\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:its\b|it\s+(?:(?:had|has|would|will|could|can)\s+(?:not\s+|also\s+|already\s+)?(?!been\b|be\b)\p{Ll}{3,}|(?:is|was)\s+(?:ready|prepared|working|sending|providing|delivering|preparing|running|supporting|calling)\b))/u;
// Words that open a sentence before a comma and are nobody's name ("Meanwhile, a doctor said").
// (s53) The past-tense verb a body's sentence goes on with after its subject: "gave a different picture", "issued a
// statement on Monday", "gave the government's account", "published figures".
const BODY_OPENING_PREDICATE =
  /(?<=[\p{L}.)'’])(?:,[^,;:"“”]{1,80},)?\s+(?:(?:also|then|later|again|on\s+\p{Lu}\p{Ll}+day)\s+)?(?:gave|issued|released|published|put\s+out|offered|painted|presented|provided|circulated)\b/u;
// (s66) Prepositions that open a sentence and are never a word of a name: what both TITLE_OPENING_SENTENCE and
// SENTENCE_OPENING_PREPOSITION leave out, each with words of its own.
const OPENING_PREPOSITIONS = 'For|To|With|Without|Like|Unlike|After|Before|Since|Despite|Among|Against|Under';
// (s66) A title of capitalised words opening a sentence before a name, "and", "of" or "for" inside it: "Lakehaven and
// Port Vell MP ", "Secretary of State " (not a preposition or conjunction first: "With ", "And ").
const TITLE_OPENING_SENTENCE = new RegExp(
  String.raw`^\s*(?!(?:${OPENING_PREPOSITIONS}|By|From|Of|About|On|In|At|Into|Via|Through|During|Between|Toward|Towards|Than|And|But|Or|Both|When|While|Where|As|If|Thanks)\s)\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?\p{Lu}[\p{L}.'’-]*)*\s+$`,
  'u',
);
// (s66) Prepositions and conjunctions that open a sentence before a surname ("For Zaidan, ...", "Like Berg, ..."): no
// part of a name (insideLongerName).
const SENTENCE_OPENING_PREPOSITION = new RegExp(`^(?:${OPENING_PREPOSITIONS}|Until|Although|Though|Because|Behind|Beside|Except)$`, 'u');
const NOT_SINGLE_NAMES =
  /^(?:Meanwhile|However|Separately|Yesterday|Today|Tonight|Overnight|Earlier|Later|Nearby|Inside|Outside|Instead|Still|Then|Now|Afterwards|Again|Also|Indeed|Elsewhere|Locally|Officially|Privately|Publicly|Finally|Meantime|Nevertheless|Similarly|Likewise|Moreover|Besides|Otherwise|Sometimes|Often|There|Here|Another|One|Others|Some|Many|Both|Neither|Each)$/u;
// Words for a relation or a colleague, which make the single name given with them a person's: kin (`KIN_WORDS`, the
// one home of kin words, shared with the figures' counted nouns), kin by marriage, and the relations that are no kin
// (a colleague, a neighbour, a deputy), which figures do not count as relatives but which name a person all the same.
export const RELATION_NOUNS = `brother-in-law|sister-in-law|${KIN_WORDS}|colleague|friend|neighbou?r|assistant|deputy|fiancée?`;
// (s65) A people of a faith or a nation by its plural ("Armenian Christians", "Syrian Kurds"): many, no person.
const PEOPLE_BY_PLURAL =
  /\s(?:Christians|Muslims|Jews|Catholics|Protestants|Sunnis|Shias|Shiites|Alawites|Druze|Yazidis|Kurds|Armenians|Assyrians|Chaldeans|Circassians|Turkmen|Palestinians|Syrians)$/u;
// "My colleague Ziad", "her brother Omar", "His sister, Noor,": a single name the relation word makes a person's.
const RELATION_BEFORE = new RegExp(`\\b(${RELATION_NOUNS}),?\\s+$`, 'iu');
// "His sister", "Mr Roe's wife", "their eldest son": a relation of someone the sentence or the one before names, as the
// head of an apposition that gives the relative's own name ("His sister, Noor, said"). Group 1 a possessive pronoun,
// group 2 a possessor's name, group 3 the relation.
const KIN_HEAD = new RegExp(
  `^(?:([Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)|(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})['’]s)\\s+(?:(?:elder|eldest|younger|youngest|older|late|own)\\s+)?(${RELATION_NOUNS})$`,
  'u',
);
// A relative named: a possessive ("my", "our", "his", "her", "their", "whose" or a name's "'s") or "a" (a relative of
// whoever tells of them: "We called a cousin in Idlib", "He said a cousin had told him"), an optional count or age word
// ("His two cousins"), a noun of a tie to a person (RELATION_NOUNS, the one home of those words: kin, kin by
// marriage, a colleague, a friend, a neighbour), with "former" kept as part of the tie ("a former colleague" is no
// colleague now), singular or plural, and the relative's own name where the text gives it ("my cousin Bassam"). Read by
// the relay inside a speaker's words (statement-extractor.ts) and by `kinSubject`. Group 1 the possessive, 2 the
// relation noun, 3 the plural's "s", 4 the relative's name. Case-sensitive: a name is capitalised. (s33) A relative's
// own possessive before a message ("my cousin's last message") still names the relative, the message's sender.
export const KIN_MENTION = new RegExp(
  `(?<![\\p{L}'’-])([Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|whose|[Aa]|\\p{Lu}[\\p{L}'’-]*['’]s)\\s+(?:(?:two|three|four|five|six|elder|eldest|younger|youngest|older|oldest|little|small|baby|teenage|big|late|own)\\s+)?((?:former\\s+)?(?:${RELATION_NOUNS}))(s?)(?![\\p{L}-]|['’](?!s\\s+(?:[\\p{L}-]+\\s+){0,2}?${MESSAGE_NOUN}))(?:,?\\s+(\\p{Lu}\\p{Ll}{2,})(?![\\p{L}'’-]))?`,
  'gu',
);
/** A kin mention's owner that is a possessive pronoun or "a", lower-cased (KinMention.owner); any other owner is a name. */
export const OWNER_PRONOUN = /^(?:my|our|his|her|their|whose|a)$/u;
/** A kin mention: who the relative is, as the text names them. */
export interface KinMention extends Span {
  /** The kin noun, singular ("father"). */
  relation: string;
  plural: boolean;
  /** The possessive: a lower-cased pronoun ("my", "his", "whose"), "a" (no possessive), or the owner's name. */
  owner: string;
  /** The relative's own name, where the text gives it ("my cousin Bassam"). */
  name: string | null;
}

// The ties "a" makes a relative of whoever tells of them ("a cousin", "a colleague"); "a grandmother", "a mother of
// three" describe someone, no relative of the teller.
const INDEFINITE_TIE = /^(?:cousin|uncle|aunt|nephew|niece|colleague|friend|neighbou?r|brother-in-law|sister-in-law)$/u;

export function kinMentions(text: string, region: Span): KinMention[] {
  const found: KinMention[] = [];
  for (const match of text.slice(region.start, region.end).matchAll(KIN_MENTION)) {
    const owner = match[1] as string;
    const pronoun = owner.toLowerCase();
    if (/^a$/iu.test(owner) && !INDEFINITE_TIE.test((match[2] as string).replace(/^former\s+/u, ''))) continue;
    found.push({
      start: region.start + match.index,
      end: region.start + match.index + match[0].length,
      relation: match[2] as string,
      plural: match[3] === 's',
      owner: OWNER_PRONOUN.test(pronoun) ? pronoun : owner.replace(/['’]s$/u, ''),
      name: match[4] ?? null,
    });
  }
  return found;
}

/**
 * The name the article gave a relative before ("His younger brother, Anas, stayed behind. ... His brother wrote"): the
 * one name earlier mentions of the same tie give (a single relative so named; two brothers named leave it open).
 */
export function namedRelative(text: string, kin: KinMention): string | null {
  if (kin.plural) return null;
  const names = new Set(
    kinMentions(text, { start: 0, end: kin.start })
      .filter((m) => !m.plural && m.relation === kin.relation && m.name !== null)
      .map((m) => m.name),
  );
  return names.size === 1 ? ([...names][0] as string) : null;
}

// "the brother", "the elder sister": a tie named before, taken up again as the subject of the writer's sentence.
const DEFINITE_KIN = new RegExp(`(?:^|,)\\s*[Tt]he\\s+(?:(?:elder|eldest|younger|youngest|older|oldest)\\s+)?(${KIN_WORDS})\\s*$`, 'u');
// Where a subject of the writer's sentence stands: at the sentence's start or after a phrase fronted with a comma.
// (s33) So too after a quotation it attributes ('"We are at the crossing," his father said').
const SENTENCE_OPENING = /(?:^|[.!?,]["”’]?\s+|\n)$/u;
// (s34) A clause of the writer's own opening right before a subject ("a shot in which X wakes", "where X says").
const CLAUSE_OPENER = /\b(?:in\s+which|where|when|while|as)\s+$/u;
// What may follow a kin subject before its verb: nothing, or one aside set off by commas (", a pharmacist,", ",
// reached by phone at a shelter,"); the relative's own name there is apposedRelative's. (s33) Or where the relative
// is, a place phrase of a few words ("Her sister in the old town sent her a message ...").
const KIN_SUBJECT_REST = /^\s*(?:,\s*[^,;:"“”]{1,100},?|\s+(?:in|at|inside|near)\s+[^\s,;:.!?"“”]+(?:\s+[^\s,;:.!?"“”]+){0,5})?\s*$/u;
// The ties whose holder may be a subject in the writer's sentence and named by the tie: kin, a colleague, a friend, a
// neighbour; not "his deputy" or "her assistant", who speak for an office. Exported for the relayed words of one told
// of by a description (describedOne, statement-extractor.ts), named by such a tie the same way.
export const WRITER_SENTENCE_TIE = new RegExp(
  `^(?:former\\s+)?(?:brother-in-law|sister-in-law|${KIN_WORDS}|colleague|friend|neighbou?r)$`,
  'iu',
);
interface UnnamedPerson {
  span: Span;
  noun: string;
  name: string;
  definite: boolean;
  gender: 'female' | 'male' | null;
}
// (s48) Office holders of a list of states or bodies ("the foreign and defence ministers of Russia, Iran and Turkey").
const LISTED_OWNER = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const PORTFOLIOS = '(?:foreign|defen[cs]e|interior|finance|health|trade)';
const OWNERS_LIST_GROUP = new RegExp(
  String.raw`^\s*(?:(?:On|Late|Early)\s+\p{Lu}\p{Ll}+day\s+|(?:Yesterday|Today|Meanwhile)\s+)?(?:[Tt]he\s+)?((?:${PORTFOLIOS}\s+(?:and\s+${PORTFOLIOS}\s+)?)?(?:ministers|leaders|presidents|governments|envoys|ambassadors|delegations|heads\s+of\s+state)\s+of\s+${LISTED_OWNER}(?:\s*,\s*${LISTED_OWNER})*,?\s+and\s+${LISTED_OWNER})\s*$`,
  'u',
);
// (s64) The same office holders named again by their noun, with or without their count or portfolio: "the six leaders
// said", "The leaders urged", "the three foreign ministers added" after "The leaders of the United States, Germany,
// France, Britain, Italy and Canada called on ..." (group 1 the count, 2 the portfolio, 3 the noun).
const OWNERS_NAMED_AGAIN = new RegExp(
  String.raw`^[Tt]he\s+(?:(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:(${PORTFOLIOS}(?:\s+and\s+${PORTFOLIOS})?)\s+)?(ministers|leaders|presidents|governments|envoys|ambassadors|delegations|heads\s+of\s+state)$`,
  'u',
);
// (s64) A group OWNERS_LIST_GROUP registered, by its parts (group 1 the portfolio, 2 the noun, 3 the list of owners).
const OWNERS_GROUP_NAME = new RegExp(
  String.raw`^(?:(${PORTFOLIOS}(?:\s+and\s+${PORTFOLIOS})?)\s+)?(ministers|leaders|presidents|governments|envoys|ambassadors|delegations|heads\s+of\s+state)\s+of\s+(.+)$`,
  'iu',
);
// (s48) The police as a body ("the police prefecture", "Istanbul police", "police estimates").
const POLICE =
  /^\s*(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,2}[Pp]olice(?:\s+(?:prefecture|department|force|headquarters))?)(?:\s+(?:estimates?|figures|sources))?\s*$/u;
// (s48) A post accredited to a body ("ambassador to the United Nations"): that body is not whose the post is.
const ACCREDITED_TO =
  /\b(?:ambassadors?|envoys?|representatives?|delegates?|delegations?|missions?|observers?|permanent\s+representatives?)\s+(?:to|at)\s+(?:the\s+)?$/iu;
// (s30) A participle says how the people were reached, at more length than a place does ("Residents reached by this
// paper over messaging apps on Sunday said"); (s46) or what they are doing ("Researchers trying to keep an honest tally
// of deaths in eastern Aleppo say"); not a gathering's members ("Foreign ministers meeting in emergency session in
// Stockholm condemned", "European Union leaders meeting in Brussels on Thursday condemned"): the gathering's event, as
// the curation rules and the s7-s9 tests keep it (one dev gold, "Arab foreign ministers meeting ... called for", differs).
// (s58) Where they still are ("Activists still inside say"), and those the reporter spoke to, in a relative clause
// without its pronoun ("Canadian diplomats I spoke to say").
const POST_MODIFIER =
  '(?:(?:\\s+(?:still|now))?\\s+(?:there|here)|(?:\\s+(?:still|now))?\\s+(?:in|from|at|inside|on|across|near|with|of)\\b[^,;:()"“”]{0,40}|\\s+(?:(?:that|whom)\\s+)?(?:I|we)\\s+(?:(?:have|had)\\s+)?(?:spoke|spoken|talked)\\s+(?:to|with)|\\s+(?:reached|based|working|speaking|interviewed|contacted|(?!meeting\\b)\\p{Ll}+ing)\\b[^,;:()"“”]{0,80})?';
const MODIFIERS = "((?:[\\p{L}.'’-]+\\s+){0,3}?)";
/** The words that may open a group's name before its noun ("the", "some", "a group of"): part of neither its name nor its kind. */
// (s43) Or a count of them ("More than 20 aid organisations", "Some 30 charities", "Dozens of doctors", "At least 12
// NGOs"): the count is no part of the name.
const GROUP_COUNT =
  '(?:(?:more\\s+than|over|some|about|around|nearly|almost|at\\s+least|up\\s+to)\\s+)?(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\\s+dozen)|(?:dozens|scores|hundreds)\\s+of';
const GROUP_DETERMINER_WORDS = `(?:(?:the|some|many|several|other|local|most|his|her|their|a few|a group of|a number of|${GROUP_COUNT})\\s+)?`;
const GROUP_DETERMINER = new RegExp(`^${GROUP_DETERMINER_WORDS}`, 'iu');
// (s29) "Residents of the city who reached the coast said": people named by what they did, in a relative clause with no
// commas that says which of them speak, as the article names them; (s30) one person too ("A nurse who left the east on
// Monday said"). The one home of that clause: statement-extractor.ts keeps it in the subject (RESTRICTED_SUBJECT).
export const RESTRICTIVE_WHO = `\\s+who\\s+(?!(?:${PEOPLE_GROUP_NOUNS})\\s)[^,;:()"“”]{1,80}`;
// (s47) "Several delegations that abstained said", "Countries that voted against it said": "that" and a vote's verb.
export const RESTRICTIVE_THAT_VOTED = String.raw`\s+that\s+(?:voted|abstained|backed|supported|opposed|co-sponsored|sponsored)\b[^,;:()"“”]{0,60}`;
const GROUP_RELATIVE = `(?:${RESTRICTIVE_WHO}|${RESTRICTIVE_THAT_VOTED})?`;
// (s29) "residents and monitors said": monitors joined to people on the ground are people too; alone, "monitors" mostly
// stands for a monitoring body the article named, which the body readings take. (s30) The joined people may have a
// word before them or be one person ("Activists and rebel officials", "Activists and a rebel official said").
const JOINED_GROUP_NOUNS = `${GROUP_NOUNS}|monitors`;
const GROUP_SUBJECT = new RegExp(
  `^${GROUP_DETERMINER_WORDS}(${MODIFIERS}(${GROUP_NOUNS})(?:\\s+and\\s+(?:other\\s+|local\\s+|an?\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+)?(?:${JOINED_GROUP_NOUNS}|${ONE_NOUNS}))?)${POST_MODIFIER}${GROUP_RELATIVE}$`,
  'iu',
);
const ONE_SUBJECT = new RegExp(`^(?:one|a|an|another)\\s+(${MODIFIERS}(${ONE_NOUNS}))${POST_MODIFIER}$`, 'iu');

/** "the source", "the Syrian military source": a definite description of one the article introduced with "a". */
const DEFINITE_ONE = new RegExp(`^the\\s+(?:[\\p{L}.-]+\\s+){0,2}?(${ONE_NOUNS})$`, 'iu');

/** A group noun with up to two words before it ("Western diplomats", "the doctors"), for a member of it who speaks. */
const GROUP_MENTION = new RegExp(`(?<![\\p{L}-])((?:[\\p{L}-]+\\s+){0,2}?)(${GROUP_NOUNS})(?![\\p{L}-])`, 'giu');

/** "partner estimates", "activist reports": a group's figures, after "according to". */
const FIGURES_OF_GROUP = /^\s*(?:the\s+)?(\p{Ll}+)\s+(?:estimates|figures|data|reports|records|tallies|counts)\s*$/u;

/** One group noun, whole ("activists", "monitors"). */
const GROUP_NOUN = new RegExp(`^(?:${GROUP_NOUNS})$`, 'u');
// (s60) A nationality's people in a place: "Syrians in Cyprus", "many Iraqis living in Amman".
const NATIONALS_IN =
  /^(?:(?:the|many|some|most)\s+)?(\p{Lu}\p{Ll}+s)\s+(?:(?:living|based|settled|resident)\s+)?in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u;

// (s70) A meeting's own document, which speaks for the body that met: "the declaration", "The Manama Declaration", "the
// final communiqué", "the conclusions", "the final statement".
const MEETING_DOCUMENT = /\b(?:declaration|communiqu[eé]|conclusions|(?:final|closing)\s+statement)\s*$/iu;
// (s70) A sentence that tells of a meeting, and a body named as one ("the Foreign Affairs Council", "European Council").
const MEETING_TOLD = /\b(?:summits?|sessions?|meetings?|gathering|conference|congress)\b/giu;
const PRESS_CONFERENCE = /\b(?:press|news)\s+conference\b/giu;
const MEETING_NAME = /\b(?:Council|Summit|Conference)$/u;
// (s70) A meeting that ended with its document, the document the subject of a relative clause's verb: "ended after
// nearly four hours with a statement that described", "closed with a joint declaration which called".
const MEETING_CLOSED_WITH =
  /\b(?:ended|closed|concluded|wound\s+up|wrapped\s+up)\b[^.;:"“”]{0,80}?\bwith\s+(?:an?|its|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|declaration|communiqu[eé])\s+(?:that|which)\s+$/u;
// (s70) What a body named as a meeting follows: a day's possessive or a preposition and "the" ("Thursday's European
// Council", "on the sidelines of the Foreign Affairs Council"), not "a Security Council draft".
const MEETING_NAME_BEFORE =
  /(?:\b(?:at|of|during|to|after|before|from|for)\s+the|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+week)['’]s)\s+$/iu;
const MEETING_MEMBERS_LEAD =
  /^(?:(?:Leaders|Heads|Ministers|Envoys|Delegates|Members|Representatives)\s+(?:of|from)\s+(?:the\s+)?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+)/u;
/** A subject that is only "it" or "they", standing for a document's issuer. */
const IT_OR_THEY = /^\s*(?:it|they)\s*$/iu;

/**
 * "Russia's statement", "the ministry's own letter": a document its owner's name precedes. (s66) And a committee
 * report's minority or dissenting view ("The Green Party's minority view argues that ...", unseen "Labor's dissenting
 * report"): the view of the party or the members who wrote it.
 */
const OWNERS_DOCUMENT = new RegExp(
  `^\\s*(.+?)['’]s\\s+(?:own\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(${DOCUMENT_NOUNS}|(?<=\\b(?:minority|dissenting)\\s+)(?:view|opinion|report))s?\\s*$`,
  'u',
);

/** "A statement from local MP Neil Carter was read out": a document from someone opening a sentence, and who (group 1). */
const DOCUMENT_FROM = new RegExp(
  String.raw`^\s*(?:An?|The)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${DOCUMENT_NOUNS})\s+(?:(?:sent|issued|released|signed|written)\s+)?(?:from|by)\s+((?:[\p{L}.'’-]+\s+){0,5}?[\p{L}.'’-]+)(?=\s+(?:was|were|had|has|is|said|read)\b|\s*[,.:])`,
  'u',
);

/** "the statement", "the joint letters": a definite document, its issuer found earlier. */
const THE_DOCUMENT = new RegExp(`^\\s*the\\s+(?:[\\p{Ll}-]+\\s+){0,2}(${DOCUMENT_NOUNS})(s?)\\s*$`, 'iu');
// Words that cannot modify a group noun: the subject is something else ("Thousands of residents", "who said").
const NOT_MODIFIERS = new Set(
  'the a an of and or but to for by with as at in on that this these those who which whose was were is are had has have been said told its their his her our some many most of thousands hundreds dozens scores'.split(
    ' ',
  ),
);
const NUMBER_WORD = /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|several|some|many|few|other|both|all)$/iu;
const DESCRIBING_WORD =
  /^(?:senior|junior|local|foreign|western|eastern|rebel|military|government|aid|relief|health|medical|security|opposition|army|police|hospital|UN|U\.N\.)$/iu;
const ARMED_MODIFIER = /\b(?:rebel|rebels|militant|insurgent|opposition|jihadist|militia|armed)\b/iu;
// The people of a body who are not its voice: a body's officials, staff, diplomats or doctors are a group of their own
// ("UN officials said", "Relief Watch staff told"), one of them an unnamed person ("a UN official said"), as the
// article names them; the body's own voice is its spokesperson or its statement. Plurals that name bodies
// ("agencies", "groups", "partners", "authorities") are the body itself, not people of it, and kin or the people a body
// serves ("families", "residents", "refugees"; "a mother", "a survivor") are nobody's staff.
// Unlike PEOPLE_GROUP_NOUNS, "sources" are kept ("UN sources said" speak from inside the body).
const BODY_PEOPLE_PLURAL = peopleGroupNouns(
  /^(?:families|parents|relatives|neighbours|neighbors|mothers|fathers|refugees|evacuees|survivors|civilians|residents|inhabitants|locals)$/u,
);
const BODY_PEOPLE_ONE = ONE_NOUNS.split('|')
  .filter(
    (noun) => !/^(?:father|mother|man|woman|widow|neighbour|neighbor|relative|resident|survivor|refugee|evacuee|colleague)$/u.test(noun),
  )
  .join('|');
// What stands before a body's name when its people speak: an article or a count, and describing words ("the", "a",
// "some", "senior", "local"), captured apart (group 1 the article, group 2 the describing words).
const BODY_PEOPLE_LEAD =
  /^\s*(?:(the|an?|one|some|many|several|other|two|three|four|five)\s+)?((?:(?:senior|junior|local|top|regional|western|other|several)\s+){0,2})$/iu;
// What follows a body's name when its people speak: up to two lower-case words, then the people ("UN aid officials",
// "ICRC staff in Aleppo", "a WHO field doctor").
const BODY_PEOPLE_AFTER = new RegExp(
  `^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:(${BODY_PEOPLE_PLURAL})|(${BODY_PEOPLE_ONE}))(${POST_MODIFIER})\\s*$`,
  'u',
);
const GROUP_DEFINITE = new RegExp(`(?:^|\\s)the\\s+(${GROUP_NOUNS})\\s*$`, 'iu');
// (s27) The body unnamed officials or sources serve, named right after the noun: "An official at the Department of
// Foreign Employment", "an official of the Sri Lanka Bureau of Foreign Employment (SLBFE)", "Officials at the foreign
// ministry", "Officials in the External Affairs Ministry" (group 1 capitals that hold a word for a body, or a known
// body's name; group 2 a body described in lower case). A place there ("officials in Aleppo") is where they are.
const SERVED_BODY = new RegExp(
  `^\\s+(?:at|of|from|in)\\s+(?:the\\s+)?(?:(${CAPITALISED_RUN.source})|((?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:ministry|department|bureau|embassy|secretariat|directorate|commission|agency)))(?![\\p{L}-])`,
  'u',
);
// (s70) A noun for a body of people after its name, one word before it at most ("rebel group", "armed faction").
const BODY_KIND_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:group|movement|faction|brigade|militia|organi[sz]ation|party|coalition|alliance|charity|network|union|association|federation)(?![\p{L}-])/u;
const SERVED_BODY_WORD =
  /\b(?:Ministry|Department|Bureau|Embassy|Secretariat|Directorate|Commission|Agency|Office|Council|Committee|Authority|Administration|Service)\b/u;
// "Its humanitarian office", "his office", "its spokesman": what the possessive's owner speaks through.
const POSSESSIVE_OFFICE =
  /(?:^|[\s,])(its|their|his|her)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}(office|agency|ministry|administration|department|commission|committee|service|programme|team|spokesman|spokeswoman|spokesperson|delegation|representative|mission))\s*$/iu;
// (s32) A description right after an inverted verb, then the comma that apposes a name to it: "said the chair of the
// jury, ", "said its director, ", "added UNICEF's representative in Syria, ". A few words, no clause.
// A body's initials glued to a post by a hyphen, then a name ("UN-ambassador Jean Roe", "EU-commissioner Ana Lind"),
// with the capitals before it ("Carrick UN-ambassador Jean Roe").
const GLUED_POST = /^(?:.*\s)?\p{Lu}{2,6}-\p{Ll}[\p{Ll}-]*\s+(?=\p{Lu})/u;
// (s53) "said one resident, Ahmad Kassem, 45": "one" as a determiner too.
const APPOSED_AFTER_DESCRIPTION =
  /^\s+((?:(?:the|a|an|one|its|his|her|their|our|my)\s+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s\s+)(?!(?:who|which|that)\b)[^,;:()"“”!?]{1,80}?),\s+(?:Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?)?\s*(?=\p{Lu})/u;
// (s67) A description in lower case printed right before a person's name in an apposition, a false title that ends on
// a noun for a person: "Her co-counsel, the Hamburg lawyer Jens Roe, said", "said the group's chair, retired chemistry
// professor Ana Lind." Group 1 the noun (a person's: `personNoun`); no preposition, pronoun or verb of a clause among
// the words ("the complaint, signed by lawyer Jens Roe, said" is no description of the subject).
const NOT_DESCRIPTION_WORD =
  '(?!(?:by|with|for|of|to|in|on|at|from|and|or|but|who|which|that|whose|as|than|his|her|their|its|our|my|is|was|are|were|has|had|have)\\s)';
const DESCRIPTION_WORDS = String.raw`(?:(?:the|a|an)\s+)?(?:${NOT_DESCRIPTION_WORD}[\p{L}'’-]+\s+){0,3}?${NOT_DESCRIPTION_WORD}(\p{Ll}[\p{L}-]*)\s+`;
const DESCRIPTION_BEFORE_NAME = new RegExp(String.raw`,\s*${DESCRIPTION_WORDS}$`, 'u');
const DESCRIPTION_OPENING_NAME = new RegExp(String.raw`^${DESCRIPTION_WORDS}(?=\p{Lu})`, 'u');
// (s67) APPOSED_AFTER_DESCRIPTION with that description between the comma and the name ("said the group's chair,
// retired chemistry professor Ana Lind.").
const APPOSED_DESCRIBED_AFTER_DESCRIPTION = new RegExp(
  String.raw`^\s+((?:(?:the|a|an|one|its|his|her|their|our|my)\s+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s\s+)(?!(?:who|which|that)\b)[^,;:()"“”!?]{1,80}?),\s+(?=${DESCRIPTION_WORDS}\p{Lu})`,
  'u',
);
// An owner the gazetteer does not know, by its possessive ("Sheikh Maqsoud's Kurdish administration"), a demonym ("the
// Kurdish administration") or, before a press service or office, its name alone ("The Akorda press service said").
const OWNED_OFFICE = new RegExp(
  String.raw`^\s*(?:[Tt]he\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:al-|el-)?\p{Lu}[\p{L}.'’-]*){0,3}(?=['’]s\s)|(?<=[Tt]he\s+|^\s*)${DEMONYM_SHAPE}(?=\s)|(?<=[Tt]he\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=\s+press\s+(?:service|office)\s*$))(?:['’]s)?((?:\s+(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+)){0,2}\s+(?:office|agency|ministry|government|administration|department|commission|committee|service|programme|municipality|directorate|representation|embassy|consulate|television|TV|radio|media))\s*$`,
  'u',
);
// A town's own body: "the municipality" (of the town the story last named), "the local council in Sheikh Maqsoud".
const LOCAL_BODY = 'municipality|governorate|city council|local council|town council|provincial council';
const LOCAL_BODY_ALONE = new RegExp(`^\\s*the\\s+(${LOCAL_BODY})\\s*$`, 'iu');
// (s54) Run by a side, or an administration: "The Kurdish-run administration of Sheikh Maqsoud said"; the place may
// be described after it ("..., the neighbourhood that lies between the two sides, said").
const LOCAL_BODY_PLACED = new RegExp(
  `^\\s*the\\s+((?:(?:opposition|rebel|government|regime|Kurdish|state)-(?:run|held|controlled|backed|appointed)\\s+)?(?:${LOCAL_BODY}|administration|civil\\s+administration|local\\s+administration)\\s+(?:in|of)\\s+\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*){0,2})(?:\\s*,\\s+(?:a|an|the)\\s+[^,;:"“”]{1,80},)?\\s*$`,
  'iu',
);
// (s43) A place's own body named before its noun, run by a side or not: "The opposition-run Aleppo city council said",
// "according to the opposition's Aleppo health directorate" (unseen "the rebel-run Douma local council"). Group 1 the place,
// group 2 the body's noun.
const PLACE_LOCAL_BODY = new RegExp(
  String.raw`^\s*the\s+(?:(?:opposition|rebel|government|regime|Kurdish|state)-(?:run|held|controlled|backed|appointed)\s+|(?:opposition|rebels|government|regime)['’]s\s+)?(\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,2})\s+(${LOCAL_BODY}|health\s+directorate|health\s+authority|health\s+department)\s*$`,
  'iu',
);
// (s43) Rescue services by their common noun: "the civil defence", "the fire service".
// (s47) A state's broadcaster or press named by its kind alone, opening the subject: "State television", "state media";
// (s51) "Government media", "pro-government media", "official media".
const STATE_OUTLET_SUBJECT =
  /^\s*(?:(?:But|And|Meanwhile|Later|Earlier),?\s+)?(?:the\s+)?((?:[Ss]tate(?:-run)?|[Gg]overnment(?:-run)?|[Pp]ro-government|[Oo]fficial)\s+(?:television|TV|media|radio|news\s+agency))\s*$/u;
const RESCUE_SERVICE = /^(?:civil\s+defen[cs]e|fire\s+(?:service|brigade|department)|coast\s*guard|ambulance\s+service)$/u;
// (s43) Whom a pronoun's verb addresses, right after it: "told ENN's Marcus Leland at", "asked Jo Roe whether".
const ADDRESSED_AFTER_PRONOUN = /^\s*(?:told|tells|asked|asks|wrote\s+to|said\s+to|texted|messaged|e-?mailed)\s+([^,.;:!?"“”]{1,60})/u;
// What a body's name may be apposed to: "Turkey's disaster agency, AFAD,".
const BODY_HEAD =
  /\b(?:agency|organi[sz]ation|NGO|ministry|office|group|charity|body|council|committee|commission|coalition|observatory|monitor|network|department|administration|authority|service|programme|fund|union|alliance|movement|faction|militia|brigade)\s*$/iu;
const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Addition|Total|Response|Particular|Fact|Short|Public|Private|Turn|Return|Contrast|Practice|Theory|Response)\b/u;
// (s67) A first name, "from" or "in", a town of one to three capitalised words, and an apposition at most, as the
// whole subject: "Anna from Kestrel Bay", "Brendan in Millford, a retired teacher,".
const PLACED_CALLER =
  /^\s*(\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]+)\s+(?:from|in)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*(?:,\s*((?:an?|the)\s+[^,;:()"“”\n]{1,100}?)\s*,)?\s*$/u;
// (s67) The same first name and town where a sentence opens on them, before a comma or a verb in lower case.
const CALLER_OPENING =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]+)\s+(?:from|in)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=\s*,|\s+\p{Ll})/gu;
// (s67) Words the name lists hold as given names that open a sentence as common words ("Life in Aleppo is ...",
// "Aid from Turkey arrived", "Peace in Syria needs ...", "Winter in the camps"): no caller.
const NOT_CALLER_NAMES =
  /^(?:Even|Just|So|Life|Hope|Aid|Help|Peace|Justice|Liberty|Victory|Glory|Joy|Mercy|Charity|Rain|Snow|Sky|Star|Sun|Dawn|Morning|Winter|Summer|Spring|Autumn|Art|Will|Rich|Bill)$/u;
/** (s67) Whether a word is a given name one of the name lists knows ("Mairéad" as "Mairead"), of either sex. */
function knownGivenName(word: string): boolean {
  const key = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return givenNameLists().some((list) => list.get(key) !== undefined || list.get(word.toLowerCase()) !== undefined);
}
const PLACE_NOUN_AFTER =
  /^\s+(?:district|districts|neighbou?rhoods?|area|province|governorate|city|town|village|camp|crossing|hospital|clinic|school|road|street|square|quarter|region|valley|river|airport|base|prison|university|mosque|market)\b/u;
const BODY_NOUN_AFTER =
  /^\s+(?:movement|group|brigades?|front|faction|militia|party|organi[sz]ation|network|coalition|alliance|battalions?|foundation|institute|agency)\b/u;
// "A baker in the Furqan district, Samer Tarzi, said": a word for a person, then the name apposed to it; what the
// person does or where may follow the word ("A nurse with a charity in Kilis, X,", "A nurse working in Kilis, X,", "A
// nurse who volunteers ..., X,").
const UNNAMED_HEAD = new RegExp(
  `^(?:an?|the|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PERSON_NOUNS})(?![\\p{L}-])(?:\\s+(?:in|from|at|of)\\s[^,]{1,40}|\\s+(?:with|who|whose|\\p{Ll}{2,}ing)\\s[^,]{1,200})?$`,
  'iu',
);
// ", in a statement delivered by its ambassador, X,": an aside naming who delivered the subject's words.
const DELIVERED_BY =
  /\s*,\s*(?:in|through|via)\s+(?:an?|its|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|speech|letter|message|address|remarks)\s+(?:delivered|read(?:\s+out)?|presented|made|given)\s+(?:on\s+\p{L}+\s+)?by\s[^;:()"“”]{1,120},\s*$/u;
// What a person's name may be apposed to: "the U.N. High Commissioner for Human Rights, Zeid Ra'ad Al Hussein,".
// (s34) A school's or faculty's head too: "the Dean, Dr. X,", "the principal, X,".
const ROLE_HEAD =
  /\b(?:spokes(?:man|woman|person)|head|chief|dean|rector|provost|principal|director|leader|commander|ambassador|envoy|minister|secretary|secretary-general|commissioner|coordinator|president|chair(?:man|woman|person)?|representative|adviser|advisor|officer|executive|founder|prosecutor|judge|mayor|governor|general|colonel|negotiator|mediator|rapporteur|delegate|counsellor|counterpart)\b(?:\s+(?:of|for|on|to)\s+[^,]{1,60})?\s*$/iu;
/**
 * A description of one person set before the name apposed to it, read by its shape rather than a list of offices: an
 * article, a possessive pronoun, an owner's name with its possessive or "one of the", then at most four words, the
 * last a noun for someone who does something (by its agent ending: -er, -or, -ist, -ian, -ant, -ent, -man, -woman,
 * -person, -ee, -ive, -ary). "One of the organisers, Firas Haddad, said", "the harbour master, Jo Tan, said", "The
 * relief agency's field coordinator, Ana Ruiz, said", "Our correspondent's fixer, Sami Aziz, said". A time ("The
 * next day, X said") or a place ends on no such noun.
 */
const DESCRIBED_HEAD =
  /^(?:[Oo]ne\s+of\s+)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*['’]s?)\s+(?:[\p{L}'’-]+\s+){0,4}?(\p{Ll}[\p{L}-]*)$/u;
/**
 * "The Vellmar-based aid foundation Tovarna said", "the relief group Kestrin says", "the local charity Bread for Kessel":
 * capitals right after a lower-case noun naming a kind of body are that body's name, though one word or words glued by
 * "for", "of" or "and" are no name by their shape alone (`nameEndingAt` takes neither).
 */
// (s43) So is a paper's or a broadcaster's after its kind: "the Lebanese daily Al-Akhbar", "the pro-Kremlin newspaper
// Izvestia", "the weekly Al-Ahram Hebdo".
const KIND_OF_BODY_THEN_NAME =
  /(?:^|\s)(?:charity|foundation|group|organi[sz]ation|NGO|association|society|daily|newspaper|weekly|tabloid|broadsheet|magazine|broadcaster)\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:for|of|and)\s+\p{Lu}[\p{L}'’-]+|(?:\s+(?:(?:al|el|an|ad|as)-)?\p{Lu}[\p{L}'’-]+){1,2})?)\s*$/u;
function bodyNamedAfterKind(text: string, start: number, end: number): NameCandidate | null {
  const named = KIND_OF_BODY_THEN_NAME.exec(text.slice(start, end));
  if (!named) return null;
  const name = named[1] as string;
  const nameStart = start + named.index + named[0].lastIndexOf(name);
  return { start: nameStart, end: nameStart + name.length, name, kind: 'organization', title: null };
}
const PERSON_NOUN = new RegExp(`^(?:${PERSON_NOUNS})$`, 'u');
/** (s67) Whether a word in lower case is a noun for one person: an agent's ("lawyer", "professor") or one of PERSON_NOUNS. */
const personNoun = (word: string): boolean => isAgentNoun(word) || PERSON_NOUN.test(word);
/** (s67) Whether `before` ends on a comma and a description in lower case of the person named next (DESCRIPTION_BEFORE_NAME). */
export function describedBeforeName(before: string): boolean {
  const described = DESCRIPTION_BEFORE_NAME.exec(before);
  return described !== null && personNoun(described[1] as string);
}
/** Whether `head` describes one person by the shape `DESCRIBED_HEAD` reads. */
function describesPerson(head: string): boolean {
  const last = DESCRIBED_HEAD.exec(head)?.[1];
  // (s32) Or a noun for one person with no agent's ending: "Our nurse, Jo Lind,", "the parish priest, Omar Tan,".
  return last !== undefined && (isAgentNoun(last) || PERSON_NOUN.test(last));
}
// Where the one described works, after the description: "in Tromvik", "in western Norland", "based in the Kell
// valley", "in the east", "at the Vellmar crossing".
const POSTED_AT_TAIL =
  /\s+(?:(?:based|working|stationed)\s+)?(?:in|at)\s+(?:the\s+)?(?:(?:\p{Ll}+ern|north|south|east|west|central|rural)\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+(?:valley|district|region|province|area|crossing|camp))?|north|south|east|west|field|region|capital|valley)$/u;
// ", 34,": an age apposed to a name.
const AGE_ASIDE = /^\s*,\s*(?:aged\s+)?\d{1,3}\s*,/u;
// Agent nouns a state is called by too ("Malaysia, a member of the Council,", "a sponsor of the draft").
const STATE_ROLE = /^(?:member|sponsor|co-sponsor|signatory|donor|backer|supporter|partner|neighbou?r|guarantor|mediator)s?$/u;
/** Whether an aside after a name describes one person: an age, or a noun for someone who does something. */
function describesOnePerson(aside: string): boolean {
  if (AGE_ASIDE.test(aside)) return true;
  const role = appositiveRole(aside);
  const head = role ? roleHead(role).toLowerCase() : '';
  return isAgentNoun(head) && !STATE_ROLE.test(head);
}
/**
 * A phrase after a verb of saying that ends on common nouns after an owner's name, with or without its possessive:
 * "the UN's humanitarian office", "the UN humanitarian office", "Oxfam's own team". This is only the gate that keeps
 * the last run of capitals (the owner, "UN's") from being read as the speaker's name: any lower-case head passes it,
 * and `bodyOffice` then decides whether the head is an office that speaks. `OWNED_OFFICE` is not the same test: it is how `bodyOffice` reads an owner the gazetteer does
 * not know, with its closed list of office heads, and it is also reached from a subject before the verb, where no
 * capitals-run fallback exists to be kept from.
 */
const OWNER_THEN_NOUN = /\p{Lu}[\p{L}.-]*(?:['’]s?)?\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*\s*$/u;
// A relative clause about the person before the comma: ", who ...," or ", whose ..." to the next comma or the sentence's
// end (read by relativeClausesBefore).
const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose)\s[^,;:()"“”\n.!?]{1,200}?(?:,|[.!?](?=\s|$))/gu;
// A sentence opening on an owned relative and the relative's name in apposition ("His cousin, Karim Sade, ..."): group 1
// the owner's pronoun, group 2 the name up to its closing comma.
const OWNED_KIN_APPOSITION = new RegExp(
  `^([Hh]is|[Hh]er)\\s+(?:(?:elder|eldest|younger|youngest|older|oldest|late|own)\\s+)?(?:${RELATION_NOUNS}),\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})(?=,)`,
  'u',
);
// (s65) A relative owned by "his" (or "her") after a verb or preposition, not opening the sentence as its subject ("Her
// mother, Ana Roe, said"), and a comma, then at most two titles, right before a name in apposition: "remembered his
// brother, Father Anton Kell," (read by antecedent).
const ownedKinBeforeName = (owner: string) =>
  new RegExp(
    `\\s\\p{Ll}[\\p{L}-]*\\s+${owner}\\s+(?:(?:elder|eldest|younger|youngest|older|oldest|late|own)\\s+)?(?:brother-in-law|sister-in-law|${KIN_WORDS}),\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}$`,
    'u',
  );
const OWNED_KIN_BEFORE_NAME = { male: ownedKinBeforeName('his'), female: ownedKinBeforeName('her') };
// A pronoun that attributes after the words it closes on ("..., he said", "..., she added"), read up to the pronoun or
// to its end.
const TRAILING_PRONOUN = /,\s*(?:he|she)?\s*$/iu;
// (s66) A relative clause right after a name, past one apposition, whose "who" is its subject: ", who cut in",
// ", of the Harbour Council, who said"; not "who was killed", "who had been wounded" (a victim, no speaker).
const RELATIVE_SUBJECT_AFTER = /^,\s+(?:[^,;.!?"“”\n]{1,80},\s+)?who\s+(?!(?:was|were|had\s+been|has\s+been|is)\s)\p{Ll}/u;
// (s67) The first half of a double-barrelled surname and its hyphen ("Saleh-" of "Saleh-Berg"): a capitalised word of
// two letters or more that is no Arabic article nor "Abu"/"Bin" ("Al-", "Abu-" open one name).
const DOUBLE_BARREL_FIRST = String.raw`(?<![\p{L}'’-])(?!(?:Al|El|Ul|Ad|Ar|As|At|Az|An|Ash|Abu|Abd|Bin|Ibn|Ben|Bint|Ould|Umm|Bani|Beni)-)\p{Lu}\p{Ll}+-`;
// (s67) A marriage told with the spouse's full name: "after marrying engineer Tomas Berg", "He married a Norlander, Mrs.
// Ana Roe,": up to two words describing the spouse (no preposition: "married in East Vell" names a place), a courtesy
// title (group 1), the name (group 2).
const MARRIED_SPOUSE =
  /\b(?:married|marrying)\s+(?:(?:a|an)\s+)?(?:(?!(?:in|at|on|into|to|from|with|by|and|after|before|last|this|that|the)\s)[\p{L}-]+,?\s+){0,2}?(?:(Mrs|Mr|Ms|Miss|Dr)\.?\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?![\p{L}'’-])/gu;
// Words before a name that make it an object, not the subject a later pronoun points back to.
const OBJECT_BEFORE =
  /(?:^|\s)(?:with|to|for|by|against|from|of|about|on|in|at|into|onto|via|through|during|between|toward|towards|than|(?:known|described|designated|branded|such)\s+as|and|met|meets|meeting|told|asked|urged|thanked|called|visited|accused|criticised|criticized)\s+(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;
// (s54) A name as an object, for a profile's or a paragraph's subject (antecedent): after a preposition or "and" (not
// after a verb of asking or telling, whose object is the likely next speaker: "asked Kerry whether ..."), in a clause
// of place or time (", where Sergei Lavrov and John Kerry had sat down"), after "both" ("wore out both Kofi Annan and
// ...") or after a verb of leaving or reaching a place ("left Masaken Hanano on foot").
const PROFILE_OBJECT_BEFORE =
  /(?:^|\s)(?:with|to|for|by|against|from|of|about|in|at|into|via|through|between|than|and)\s+(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$|,\s+(?:where|when|while)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$|(?:^|\s)(?:both|left|leaving|fled|fleeing|reached|reaching|entered|entering|replaced|succeeded)\s+(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;
// The first person, then the verb of meeting, calling or writing whose object follows: "I spoke to", "we reached",
// "I had called", "When we met", "I wrote to" (titles of the person after it allowed, as OBJECT_BEFORE allows them).
const FIRST_PERSON_OBJECT_BEFORE =
  /(?:^|[\s,;])(?:I|[Ww]e)\s+(?:(?:had|have|was|were|finally|first|last|briefly|also)\s+)*(?:spoke|talked|reached|called|rang|phoned|telephoned|met|visited|wrote|asked|interviewed)\s+(?:(?:to|with)\s+)?(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;
// (s59) A name's possessive before what it owns that is words ("Vitaly Churkin's remarks", "Lavrov's own statement"):
// the owner may be the one quoted next.
const OWNER_OF_WORDS =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:remarks?|words?|comments?|statements?|speech(?:es)?|messages?|letters?|reply|replies|response|answers?|views?|position|arguments?|claims?|warnings?|calls?|appeals?|account|version|line|tone|proposals?|offer|plan|denials?|briefing|interview|testimony|post|tweet|address)\b/u;
// (s59) The verbs after which a single capitalised word is read as a name (oneWordName): verbs of saying in the past
// and the present; not "estimates", "suggest" or "groups", which follow a capitalised adjective opening a sentence as
// often as a name ("Independent estimates suggest", "Rebel groups said").
const ONE_WORD_NAME_VERB =
  /^(?:said|says|told|tells|reported|reports|wrote|writes|warned|warns|added|adds|announced|announces|stated|noted|claimed|argued|insisted|insists|denied|confirmed|confirms|accused|urged|welcomed|welcomes|condemned|condemns|called|appealed|estimated|quoted|cited|described|describes|put|puts)$/u;
// (s59) How a body speaks that a person does not: a paper "reported", or a remark "in a note", "in a statement".
const INSTITUTIONAL_SPEECH =
  /^(?:reported|reports)\b|^\S+\s+(?:(?:on|late\s+on)\s+\p{Lu}\p{Ll}+(?:\s+(?:morning|afternoon|evening|night))?\s+)?in\s+(?:a|its|an)\s+(?:\p{Ll}+\s+)?(?:note|statement|communiqu[eé]|press\s+release|release|bulletin|editorial|report)\b/u;
// (s59) A word before an office's noun that makes it another post than the office alone; OTHER_POST_WORDS finds each
// of them in a description.
const OTHER_POST_WORD = /\b(?:shadow|opposition|junior)\b/iu;
const OTHER_POST_WORDS = new RegExp(OTHER_POST_WORD.source, 'giu');
const SPEAKS_FOR = /\b(?:representative|delegate|ambassador|envoy|spokes(?:man|woman|person)|minister|official)\b/iu;
const IT_KINDS = ['organization', 'un_body', 'state'];
const THEY_KINDS = ['group', 'armed_group'];
// After a known body or place, the lower-case head of its office: "the U.N. humanitarian office", "Sheikh Maqsoud's
// Kurdish administration".
const OFFICE_REST =
  /^(?:['’]s)?(?:\s+(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+)){0,2}\s+(?:office|agency|ministry|administration|mission|department|commission|committee|service|programme|team|municipality|directorate|representation|embassy|consulate|television|TV|radio|media|broadcaster)\s*$/u;
// An office's own short name after its description, bracketed or bare: "the UN humanitarian office (OCHA)", "the UN
// humanitarian office OCHA" (one body; the short name is its alias, as a curator names it).
const OFFICE_SHORT_NAME = /\s+\(?(\p{Lu}{3,8})\)?\s*$/u;
// Where a body sits, at the end of its subject: "office in Geneva", "Ministry in New Delhi", "mission at the UN".
const SEAT_TAIL = /\s+(?:in|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*$/u;
// (s68) The region an office serves, after its lower-case head noun: "UNHCR's regional representation for Northern
// Europe", "the agency's office for Scandinavia" (the body's office speaks, not the region; a capitalised "Office for
// Disarmament Affairs" is a name). Group 1 the office.
const REMIT_TAIL = /(\s(?:office|representation|bureau))\s+for\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*$/u;
// (s68) A broadcaster's programme after its possessive: "Norland state television's evening news", "Radio Kalmar's
// morning bulletin", "the channel's flagship news programme" (the broadcaster speaks; its programme is where). Group 1
// the broadcaster's kind, closing its name.
const PROGRAMME_TAIL =
  /\s(television|TV|radio|channel|station|broadcaster)['’]s\s+(?:(?:main|late|early|morning|evening|midday|noon|night|nightly|lunchtime|afternoon|weekend|flagship|hourly)\s+)?(?:news(?:\s+(?:bulletin|programme|program|broadcast|hour|show))?|bulletin|newscast|programme|program|broadcast)\s*$/iu;
// (s33) The body a mission or delegation is posted to, after its head noun and the state it is of: "the Permanent
// Mission of Norland to the United Nations", "the Tarvian Mission to the UN in Geneva" (the state's mission speaks, as
// "the Permanent Mission of Norland" does, not the UN). Group 1 the post.
const MISSION_POSTED_TO =
  /\b(?:Mission|Delegation|mission|delegation)(?:\s+of(?:\s+(?:the|of|\p{Lu}[\p{L}'’-]*)){1,6}?)?(\s+to\s+(?:the\s+)?(?:United\s+Nations|UN|U\.N\.)(?:\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?)\s*$/u;
// (s61) A spokesperson of a body named by its capitals, right before a seat ("A UNHCR spokesperson", "a Harbour
// Authority spokesman").
const SPOKESPERSON_OF_NAMED_BODY =
  /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}\s+spokes(?:man|woman|person)\s*$/u;
// The head noun of an office, before its seat ("the foreign ministry in Ankara", "the agency's office in Gaziantep").
const OFFICE_HEAD =
  /\b(?:office|agency|ministry|administration|mission|department|commission|committee|directorate|delegation|embassy)\s*$/iu;
const nameEndOf = (text: string, start: number, end: number) => {
  const appositive = /,\s*[^,;:()"“”]{1,120}?,\s*$/u.exec(text.slice(start, end));
  return appositive ? start + appositive.index : end;
};
// An official the text names only by an office that says whose it is and where it is held ("Canada's Ambassador to
// Lebanon", "the Permanent Representative of Ukraine to the UN", "Indonesia's ambassador in Damascus", "the Nigerian
// deputy permanent representative to the UN"): a person, recorded by these words, not the state or the UN they name
// (the curation rules). The post after "to", "in" or "at" tells it from a meeting record's "the representative of the
// Russian Federation", which speaks as the state.
const OFFICE_OWNER_NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,3}";
const POSTED_OFFICE = new RegExp(
  `^\\s*(?:[Tt]he\\s+)?((?:${OFFICE_OWNER_NAME}['’]s\\s+|\\p{Lu}\\p{Ll}+\\s+)(?:(?:[Dd]eputy|[Pp]ermanent|[Aa]cting|[Aa]lternate|[Ss]pecial)\\s+)*(?:[Aa]mbassador|[Rr]epresentative|[Ee]nvoy|[Dd]elegate|[Cc]onsul(?:[ -][Gg]eneral)?|[Cc]harg[ée] d['’][Aa]ffaires)(?:\\s+of\\s+(?:the\\s+)?${OFFICE_OWNER_NAME})?\\s+(?:to|in|at)\\s+(?:the\\s+)?(${OFFICE_OWNER_NAME}))\\s*$`,
  'u',
);
const SPEAKS_FOR_BEFORE = /\b(?:representative|delegate|ambassador|envoy|spokes(?:man|woman|person))\s+(?:of|for)\s+(?:the\s+)?$/iu;
const SPEAKS_FOR_AFTER = /^['’]s\s+(?:\p{L}+\s+)?(?:representative|delegate|ambassador|envoy|spokes(?:man|woman|person))\b/iu;
// (s55) A spokesperson by the bare noun, owned by nobody the words name: "A spokesman", "The spokeswoman", "a spokesperson".
const BARE_SPOKESPERSON = /^\s*(?:[Aa]|[Tt]he)\s+spokes(?:man|woman|person)\s*$/u;
const SPOKESPERSON =
  /\b(?:spokesman|spokeswoman|spokesperson|official|officials|representative|representatives|delegate|delegates|diplomat|diplomats|source|sources|ministry|delegation|mission|envoy|ambassador|minister|authorities|government|office|agency|department|commission|committee)\b/iu;

// "A Scottish Government spokesman", "a spokesperson for the Federal Chancellery": a body's capitals right before the
// spokesperson, or after "for", closing the subject (spokespersonOfNewBody).
const SPOKESPERSON_OF_BODY = new RegExp(
  `(?:^|[\\s(])(?:[Aa]n?|[Tt]he)\\s+(${CAPITALISED_RUN.source})\\s+spokes(?:man|woman|person)\\s*$|\\bspokes(?:man|woman|person)\\s+for\\s+(?:the\\s+)?(${CAPITALISED_RUN.source})\\s*$`,
  'u',
);

// "a spokesperson for the society", "a spokesman for the organisation in Geneva", and the description before the
// noun ("a ministry spokesperson", "the ministry's spokesman", "a foreign ministry spokeswoman"): a body described, not
// named. Group 1 or 2 the description, without its article.
// The bodies of a state whose unnamed spokesperson speaks as a person of that body where the article names no such body.
const STATE_BODY_NOUN = /^(?:ministry|department|government|office|council|commission|committee|army|military|police)$/iu;
const SPOKESPERSON_FOR_DESCRIBED =
  /\bspokes(?:man|woman|person)\s+for\s+the\s+(\p{Ll}+)(?:\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*)?\s*$|(?:^|\s)(?:[Aa]n?|[Tt]he)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}+)(?:['’]s)?\s+spokes(?:man|woman|person)\s*$/u;

// "for the Federal Chancellery" after a spokesperson: the body named after the noun (introducedBefore).
const FOR_BODY = new RegExp(`^\\s+for\\s+(?:the\\s+)?${CAPITALISED_RUN.source}`, 'u');
// A name apposed right after, its body's initials between: "..., Jonas Vik,", " (FDFA), Nicolas Berthoud,".
const NAME_APPOSED_NEXT = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*\p{Lu}/u;

// Relayed remarks: a speech act done by someone the verb's subject names ("recalled that X had told", "said the
// Secretary-General “welcomes"). Not a state ("remained alarmed", "was aware"), not a future ("would call").
const RELAY_ACT =
  '(?:told|tells|said|says|appealed|appeals|(?:called|calls)\\s+(?:on|upon|for)|urged|urges|warned|warns|welcomed|welcomes|demanded|demands|insisted|insists|promised|pledged|vowed|threatened|threatens|accused|accuses|condemned|condemns|denounced|announced|declared|stressed|reiterated|complained|protested|objected)(?![\\p{L}-])';
const RELAY_MODIFIERS =
  '(?:\\s+(?:had|has|have|also|again|once again|earlier|previously|repeatedly|already|publicly|personally|recently|just|himself|herself|itself))*';
// (s69) A call told of before what was told in it, one subject for both: "said the Minister had spoken by telephone on
// Monday with his counterpart, X, and had told him ...", "had discussed the city by telephone with Y and assured her"
// ("assured" and "informed" relay only so: "had kept X informed" tells nothing).
const CALL_BEFORE_TELLING = String.raw`\s+(?:had\s+)?(?:spoken|spoke|talked|discussed)\b[^;:“”"]{1,200}?\s+with\s[^;:“”"]{1,120}?,?\s+and${RELAY_MODIFIERS}(?=\s+(?:told|assured|informed)\s+(?:him|her|them)\b)`;
// (s37) "said the Mayor had been told": one told, in the passive, relays nothing of his own.
const NOT_PASSIVE = String.raw`(?<!\b(?:been|being|was|were|is|are|be)\s+)`;
const RELAY_MODIFIERS_TAIL = new RegExp(`${RELAY_MODIFIERS}\\s*$`, 'u');
const RELAY_COMPLEMENT = new RegExp(
  `^((?:\\s+(?:reporters|journalists|the press|the (?:Security )?Council|the (?:General )?Assembly|the meeting|the briefing|\\p{Lu}{2,5}(?=\\s+(?:on\\s+\\p{Lu}\\p{Ll}+\\s+)?that\\s)))?(?:\\s+(?:on\\s+|late\\s+|early\\s+)?${WEEKDAY})?(?:\\s+that)?\\s+)((?:(?!\\s(?:that|who|which|and|but)\\s)[^,;:“”"])+?(?:,[^,;:“”"]{2,80},)?${RELAY_MODIFIERS})(?:${CALL_BEFORE_TELLING}\\s+(?:told|assured|informed)|\\s+${NOT_PASSIVE}[“"]?(${RELAY_ACT}))`,
  'u',
);
const PARENTHETICAL_RELAY = new RegExp(
  `^(?:\\s+(?:on\\s+)?${WEEKDAY})?\\s*,${RELAY_MODIFIERS.replace('(?:\\s+', '(?:\\s*')}\\s+${RELAY_ACT}`,
  'u',
);
const RELAY_OPENING =
  /^(?:(?:On|Late|Early|Earlier|Later|By|In|Since|After|Before)\s[^,]{1,40},\s*|(?:But|And|Meanwhile|However|Separately),?\s+)/u;
const RELAY_HEAD = new RegExp(
  `^((?:(?!\\s(?:that|who|which|and|but)\\s)[^,;:“”"])+?(?:,[^,;:“”"]{2,80},)?${RELAY_MODIFIERS})\\s+${NOT_PASSIVE}${RELAY_ACT}`,
  'u',
);
const RELAY_PRONOUN = /^(?:he|she|it|they|we|i|you|this|that|there)$/iu;
// (s64) A spokesperson's account of the principal's own stance, the principal called by the post: "His spokesperson,
// X, said the minister had followed the collapse of the truce “with deep anger”", "said that the High Commissioner was
// appalled by reports ...". The one who felt it speaks through the spokesperson; the principal's deeds ("said the
// minister had written to ..."), a verb of judging that reports by itself ("said the minister regarded the vote as")
// and a principal named in full stay as the other readings give them.
const SPOKESPERSON_WORD = /\bspokes(?:man|woman|person)\b/iu;
const STANCE_ACT =
  '(?:followed|(?:was|is|had\\s+been)\\s+(?:deeply\\s+|profoundly\\s+)?(?:appalled|shocked|saddened|dismayed|horrified|alarmed|outraged|heartbroken))(?![\\p{L}-])';
const STANCE_COMPLEMENT = new RegExp(
  `^((?:\\s+(?:reporters|journalists|the press))?(?:\\s+(?:on\\s+|late\\s+|early\\s+)?${WEEKDAY})?(?:\\s+that)?\\s+)([Tt]he(?:\\s+[\\p{L}-]+){1,3}?${RELAY_MODIFIERS})\\s+${NOT_PASSIVE}(${STANCE_ACT})`,
  'u',
);

// Titles a description may use for the same post: "the envoy" for a state's ambassador or permanent representative.
const SAME_POST: string[][] = [
  ['envoy', 'ambassador', 'representative'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
];
// The generic words a story uses for anyone holding a public office, after naming the office: "the Syrian official"
// for a deputy foreign minister, "the official" for a spokesman or a governor, "the diplomat" for an ambassador or a
// foreign minister.
const GENERIC_POSTS: Record<string, string[]> = {
  official: [
    'official',
    'minister',
    'secretary',
    'spokes',
    'envoy',
    'ambassador',
    'representative',
    'director',
    'adviser',
    'advisor',
    'commissioner',
    'coordinator',
    'governor',
    'mayor',
    'head of',
    'chief',
  ],
  diplomat: ['diplomat', 'ambassador', 'envoy', 'representative', 'delegate', 'foreign minister'],
};
// (s37) Offices one person holds in a place, never a word for any official ("the diplomat" may describe whoever
// spoke before): "the mayor", "the cathedral dean", "the minister".
const ONE_HOLDER_OFFICE =
  /^(?:mayor|governor|dean|bishop|archbishop|administrator|registrar|ombudsman|treasurer|senator|premier|chancellor|speaker|rapporteur)$/u;
// (s31) "the head of state", "the head of government", "the Norlandic leader": whoever the article named as its state's
// president, prime minister or monarch (`HEAD_OF_STATE_TAIL`), a deputy or a former one not.
const HEAD_OF_STATE = 'head of state';
const HEAD_OF_STATE_POSTS = /\b(?:president|prime minister|premier|king|queen|emir|amir|sultan|monarch|head of (?:state|government))\b/u;
const HEAD_OF_STATE_TAIL = /\b[Tt]he\s+(?:[Hh]ead\s+of\s+(?:[Ss]tate|[Gg]overnment)|(\p{Lu}\p{Ll}+)\s+leader)\s*$/u;
// (s34) "the head of diplomacy", "the head of Norlandic diplomacy" (the French, Portuguese and Spanish press's "chef de
// la diplomatie"): whoever the article named as its state's foreign minister, by any wording of the post.
const HEAD_OF_DIPLOMACY = 'head of diplomacy';
const FOREIGN_MINISTER_POSTS =
  /\bforeign\s+(?:affairs\s+)?minister\b|\bminister\s+(?:of|for)\s+(?:state\s+for\s+)?foreign\s+affairs\b|\bforeign\s+secretary\b/u;
const HEAD_OF_DIPLOMACY_TAIL = /\b[Tt]he\s+[Hh]ead\s+of\s+(?:(\p{Lu}\p{Ll}+)\s+)?diplomacy\s*$/u;
/**
 * Whether a role names the title a description uses ("the envoy" for "Russia's ambassador to the UN"); a generic word
 * ("the Syrian official") only where the description also gives a nationality (`generic`): alone, "the official"
 * points back to the unnamed official the story introduced more often than to a named minister.
 */
function holdsTitle(role: string, title: string, generic = false): boolean {
  const lower = role.toLowerCase();
  if (title === HEAD_OF_STATE) return HEAD_OF_STATE_POSTS.test(lower) && !/\b(?:vice|deputy|former)\b/u.test(lower);
  if (title === HEAD_OF_DIPLOMACY) return FOREIGN_MINISTER_POSTS.test(lower) && !/\b(?:vice|deputy|former)\b/u.test(lower);
  const forms = (generic ? GENERIC_POSTS[title] : undefined) ?? SAME_POST.find((post) => post.includes(title)) ?? [title];
  return forms.some((form) => lower.includes(form));
}
// The subject and first verb of the first of two coordinated clauses: "The Russian foreign minister also praised",
// "Orlov gave", "she said" (a short subject, then a past-tense or reporting verb).
const FIRST_CLAUSE_SUBJECT = new RegExp(
  `^(\\s*(?:[Tt]he\\s+(?:[\\p{L}.'’-]+\\s+){0,2}?(?:${OFFICE_HOLDER_NOUNS})\\s+|(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+|(?:it|he|she|they)\\s+){1,6}?))(?:also\\s+|then\\s+|later\\s+)?(\\p{Ll}+ed|put|puts|gave|gives|made|makes|took|takes|sent|sends|held|holds|kept|said|says|told|tells|set|sets)\\s`,
  'u',
);
// (s63) A place or a time fronted with its comma: "In Havana, ", "On Saturday, ", "Late last night, ".
const FRONTED_PLACE_OR_TIME = /^\s*(?:(?:In|At|From|On|Late|Early|Earlier|Later)\s+[^,;:.!?"“”]{1,40}|Meanwhile|Separately),\s+/u;
// (s64) A definite description by a trade of the stage, the screen or sport, with up to four words before its noun
// ("The actress", "The Emmy-nominated Harbor Lights star", "The unbeaten European champion"). Group 1 the noun.
const FAMED_SUBJECT =
  /^\s*[Tt]he\s+(?:[\p{L}'’-]+\s+){0,4}?(actress|actor|singer|star|champion|boxer|musician|rapper|comedian|footballer|songwriter|guitarist|frontman|frontwoman|novelist|filmmaker)\s*$/u;
const MALE_ROLE_NOUN = /^(?:actor|frontman)$/u;
// A definite description opening a clause, followed by its verb: "The Secretary is in Brussels", "the envoy met".
const DESCRIBED_SUBJECT =
  /(?:^|[.!?]["”’]?\s+|[,;:]\s+|\b(?:and|but|while)\s+)([Tt]he\s+(?:[\p{L}.'’-]+\s+){0,2}?(?:[Vv]ice-)?(minister|envoy|ambassador|secretary|spokesman|spokeswoman|spokesperson|president|coordinator|commissioner|mediator))\s+(?:is|was|has|had|will|would|also|then|spoke|met|\p{Ll}+ed)\b/giu;

// A person named only by a description, opening a sentence (after a time word at most) as the subject of a speech verb
// ("The island's deputy mayor for social affairs said", "Its president said on Friday", "Yesterday the
// Secretary-General of the United Nations said"): `describedSpeaker` reads the head noun.
const DESCRIBED_SPEAKER = new RegExp(
  `(?:^|[.!?]["”’]?\\s+|\\n)(?:(?:Yesterday|Today|Tonight|Later|Earlier|Separately|On\\s+${WEEKDAY})\\s*,?\\s+)?((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\\p{Lu}[\\p{L}.'’-]*['’]s)\\s(?:(?![.!?]\\s)[^,;:"“”\\n]){1,80}?)\\s+(?:said|says|told|tells|added)\\b`,
  'gu',
);
// (s30) A capitalised word printed right after an office, a courtesy title or a name with a glottal stop's mark
// before it too ("Prime Minister, Hon. Mele Tavake", "Vice-President Sione Lavaka"): the office's holder named.
const HOLDER_NAME_AFTER = String.raw`['‘’ʻ]?\p{Lu}\p{Ll}`;
/** Whether a role holds a capitalised word of a description, or the place it is the adjective of ("Norlandic": "Norland"). */
const markHeld = (role: string, mark: string): boolean =>
  role.includes(mark) || role.split(/[^\p{L}]+/u).some((word) => word.length >= 4 && mark.startsWith(word));
const OFFICE_HOLDER_NOUN = new RegExp(`^(?:${OFFICE_HOLDER_NOUNS})$`, 'u');
/**
 * Whether `phrase` describes one person: its head before a post-modifier ("for social affairs") read as
 * `describesPerson` reads one, or ending on an office ("the U.N. Secretary-General"); one, not a group ("Its volunteers").
 */
function describedSpeaker(phrase: string): boolean {
  const head = phrase.split(/\s+(?:of|for|in|at|from|to|on)\s+/u)[0] as string;
  const last = (head.split(/\s+/u).at(-1) as string).toLowerCase().split('-').at(-1) as string;
  return !/s$/u.test(last) && (describesPerson(head) || OFFICE_HOLDER_NOUN.test(last));
}

/** A lower-case word with "organisation" spelt one way, so a description and a name compare in either spelling. */
const oneSpelling = (word: string) => word.replace(/isation$/u, 'ization');

/**
 * The words of a body's description after its article, lower case: "the foreign ministry" -> foreign, ministry. Where
 * it is based ("the Britain-based monitor") is none of them: no name holds it.
 */
function describedWords(description: string): string[] {
  return description
    .trim()
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w !== 'the' && !/-based$/u.test(w));
}

/** Whether a body's name holds every word of a description ("Ministry of Foreign Affairs" holds "foreign ministry"). */
function holdsWords(name: string, described: string[]): boolean {
  const own = name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .map(oneSpelling);
  return described.length > 0 && described.every((w) => own.includes(oneSpelling(w)));
}

/** A body's name that holds a description's noun but not its other words: another body of that kind. */
function anotherOfKind(described: string[], name: string): boolean {
  const noun = described.at(-1);
  return described.length > 1 && noun !== undefined && holdsWords(name, [noun]) && !holdsWords(name, described);
}

/** Strips auxiliaries, adverbs and time words from the end of the words before a verb. */
function stripTail(value: string): string {
  let current = value;
  for (;;) {
    // (s43) "Theresa May", "Mrs May": a name's last word after a name or a title, no auxiliary.
    if (NAME_MAY_TAIL.test(current)) return current;
    const next = current.replace(SKIPPABLE_TAIL, '');
    if (next === current) return current;
    current = next;
  }
}

// A capital is its state where it opens a clause ("Moscow said", "while Damascus thanked", "Paris and London
// accused") or owns the state's people ("Beijing's envoy"), never after a preposition ("in Moscow", "to Ankara").
const CLAUSE_OPENING = /(?:^|[.!?:;,(“"]\s*|\b(?:and|but|while|whereas)\s+)$/iu;
const CAPITAL_AS_SUBJECT =
  /^(?:['’]s\s+(?:\p{Ll}+\s+){0,2}(?:envoy|ambassador|government|representative|delegation|mission|foreign ministry|ministry|spokesman|spokeswoman|spokesperson|officials?|diplomats?|leadership)\b|\s+(?:and|or)\s+\p{Lu}|\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+(?:ed|s)\b|\s+(?:said|told|says|has|have|had|was|is|will|would|could|may|might|did|does)\b)/u;

/**
 * The capitals the text names as actors: each becomes a mention of the state its locations.yaml entry `stands_for`,
 * where it opens a clause and is followed by a verb, a conjoined name or a possessive with the state's people.
 */
export function capitalsAsStates(text: string, gazetteer: Gazetteer, locationMentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const mention of locationMentions) {
    const state = gazetteer.locations.get(mention.id)?.stands_for;
    const kind = state ? gazetteer.actorKind(state) : undefined;
    if (!state || kind !== 'state') continue;
    const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
    const before = text.slice(Math.max(lineStart, mention.start - 40), mention.start);
    if (!CLAUSE_OPENING.test(before)) continue;
    if (!CAPITAL_AS_SUBJECT.test(text.slice(mention.end, mention.end + 60))) continue;
    // "Moscow denied any part in it: the defence ministry's spokesman, X, said ...": the stance is summed up before
    // the colon and the one who voiced it is named after it; that attribution is the statement's, not the capital's.
    const sentence = /^[^\n]*?(?:[.!?](?=["”’]?\s)|$)/mu.exec(text.slice(mention.end))?.[0] ?? '';
    if (/:[^:]*\b(?:said|says|told|tells|added|stated)\b/u.test(sentence)) continue;
    found.push({ ...mention, domain: 'actor', id: state, kind, via: 'alias' });
  }
  return found;
}

// (s37) A state's people as a plural, opening a clause and saying something ("The Russians say the rebels broke the
// truce", "while the Americans insisted"): the state, as its capital is there. Not "the Syrians who fled" (no verb of
// saying after it) nor "Russians living abroad".
const PEOPLE_OF_STATE_SAYING =
  /(?<=(?:^|[.!?:;,(“"]\s*|\b(?:and|but|while|whereas)\s+)[Tt]he\s+)(\p{Lu}\p{Ll}+)s(?=\s+(?:\p{Ll}+ly\s+)?(?:say|says|said|insist|insists|insisted|claim|claims|claimed|deny|denies|denied|argue|argues|argued|maintain|maintains|maintained|told|tell|warn|warns|warned|accuse|accused|blame|blamed)\b)/gu;

// (s37) A state's armed forces by its adjective ("The Russian military said", "the Norlandic army told"): the state, as
// the curation rules have an army speak (`state`), where the gazetteer has no alias for the phrase.
const STATE_FORCES = /\b(\p{Lu}\p{Ll}+)\s+(?:military|army|armed forces|air force|navy)\b/gu;

/**
 * The plural of a state's people the gazetteer knows by its adjective, as a subject that says something, and a state's
 * armed forces by that adjective: that state.
 */
export function peopleAsStates(text: string, gazetteer: Gazetteer): Mention[] {
  const found: Mention[] = [];
  for (const pattern of [PEOPLE_OF_STATE_SAYING, STATE_FORCES])
    for (const m of text.matchAll(pattern)) {
      const state = gazetteer.actorByName(m[1] as string);
      if (state?.kind !== 'state') continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], domain: 'actor', id: state.id, kind: 'state', via: 'alias' });
    }
  return found;
}

const SHORT_NAME_LAST = new RegExp(`\\s*${BRACKETED_SHORT_NAME.source}\\s*$`, 'u');
const SHORT_NAME_FIRST = new RegExp(`^\\s*${BRACKETED_SHORT_NAME.source}`, 'u');
// (s24) A social-media handle in brackets after a name ("Clayson Monyela (@ClaysonMonyela) tweeted", "Jane Roe MP
// (@janeroemp) said"): the name ends before it, as before a short name.
const HANDLE_LAST = /\s*\(@[A-Za-z0-9_]{2,30}\)\s*$/u;
// (s64) A handle opening the clause before the verb, an apposition set off by commas after it ("@omar_h, a teacher in
// Vasterby with 9,000 followers, posted"; a comma inside a number is none of its ends). A handle's lower-case first
// letter may leave the sentence before it unsplit ("The users were split. @omar_h ..."). Group 1 the handle.
const HANDLE_SUBJECT =
  /(?:^|[.!?]["”’]?\s)\s*(@[A-Za-z0-9_]{2,30})(?:\s*,(?:[^,;:"“”]|,(?=\d)){1,120},)?\s+(?:(?:also|later|then|again)\s+)?$/u;
// (s64) ... or right after an inverted verb ("..., wrote @omar_h on Sunday."): group 1 the handle.
const HANDLE_AFTER = /^\s+(@[A-Za-z0-9_]{2,30})(?![\w@.])/u;
// (s33) A name printed again in its own script, in brackets after the romanised one ("Lin Mei-hua (林美華) said", "Ivan
// Petrov (Иван Петров), a deputy, told"), as the Taiwanese, Hong Kong and Russian-language press print names: the name
// ends before it, as before a handle. No Latin letter or digit inside: "(AFP)", "(22)" are read elsewhere.
const OWN_SCRIPT_NAME_LAST = /\s*\((?=[^()]*\p{L})[^()\p{Script=Latin}\d,;:]{1,40}\)\s*$/u;
// An apposition's words between commas; a bracket in it ("the president of the Relief Society (RS)") is one of them.
const APPOSED = String.raw`(?:[^,;:()"“”]|\([^(),;:"“”]{1,40}\))`;
const TITLED_APPOSITIVE = new RegExp(`(,\\s*${APPOSED}{1,120}?,)\\s*(?:who|which)\\s${APPOSED}{1,120}?,\\s*$`, 'u');
const APPOSITIVE_LAST = new RegExp(`,\\s*${APPOSED}{1,120}?,\\s*$`, 'u');

/** Whether the words between a subject and its verb leave the subject in subject position. */
export function isSkippable(between: string): boolean {
  // "The U.N. Children's Fund (UNICEF) said": an acronym in brackets stands between a name and its verb.
  // (s50) A title in quotation marks in an aside is a name there, as anywhere in the aside.
  const bracketsAway = withoutQuotedTitles(between)
    .replace(/^\)/u, '')
    .replace(/\s*\([^()]{1,40}\)/gu, ' ');
  if (LIST_REST.test(bracketsAway)) return false;
  // "Staffan de Mistura, the UN envoy for Syria, who also attended, told": a title and then a relative clause.
  const appositiveAway = bracketsAway.replace(APPOSITIVE_HEAD, ' ').replace(RELATIVE_HEAD, ' ');
  if (stripTail(appositiveAway).trim() === '') return true;
  // "X, not his real name, a nurse who worked at the clinic, said", "X, who spent the autumn in talks that ..., said":
  // a chain of asides (each up to a long line), however many commas set them off, with nothing else before the verb.
  let rest = bracketsAway;
  for (let i = 0; i < MAX_ASIDES; i++) {
    const aside = (i === 0 ? ASIDE_FIRST : ASIDE_NEXT).exec(rest);
    if (!aside) break;
    rest = rest.slice(aside[0].length);
    if (stripTail(` ${rest}`).trim() === '') return true;
  }
  return false;
}

/** A speech the extractor attributed: where its subject stands, the words reported and its speaker. */
interface NotedSpeech {
  subject: Span;
  speech: Span;
  speaker: SpeakerResolution;
}

/**
 * The kind of a speaker found: a known actor's (the gazetteer's), or a proposed one's; none for a speaker not named.
 * The one home of this reading: statement-dates reads it from here, statement-extractor through `isPersonSpeaker`.
 */
export function speakerKind(gazetteer: Gazetteer, speaker: SpeakerResolution): string | undefined {
  return speaker.status === 'actor' ? gazetteer.actorKind(speaker.id) : speaker.status === 'proposed' ? speaker.proposal.kind : undefined;
}

/** The roles of a speaker found: a known actor's (the gazetteer's), or a proposed one's; none for a speaker not named. */
export function speakerRoles(gazetteer: Gazetteer, speaker: SpeakerResolution): readonly string[] {
  return speaker.status === 'actor'
    ? (gazetteer.actors.get(speaker.id)?.roles ?? [])
    : speaker.status === 'proposed'
      ? speaker.proposal.roles
      : [];
}

/** Whether a speaker found is a person (a known actor of that kind, or a proposed person), not a body or a state. */
export const isPersonSpeaker = (gazetteer: Gazetteer, speaker: SpeakerResolution): boolean => speakerKind(gazetteer, speaker) === 'person';

/** The capitalised word a description at `at` is apposed to ("Dr. Bassel, a surgeon"): its span, or null. */
function wordApposedBefore(text: string, at: number): Span | null {
  const apposed = /(\p{Lu}[\p{L}.'’-]*)\s*,\s*$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!apposed) return null;
  // (s41) "Meanwhile, a doctor who left ... said": an adverb opening the sentence is no name.
  if (NOT_SINGLE_NAMES.test(apposed[1] as string)) return null;
  const start = at - apposed[0].length;
  return { start, end: start + (apposed[1] as string).length };
}

/** A pronoun's own verb done to a person, by that person's object pronoun: "She told him", "he had written to her". */
const verbDoneTo = (object: 'him' | 'her') =>
  new RegExp(String.raw`^\s+(?:(?:had|has|also|then|later|again)\s+)*\p{Ll}+\s+(?:to\s+)?${object}(?![\p{L}'’-])`, 'u');
const VERB_DONE_TO = { him: verbDoneTo('him'), her: verbDoneTo('her') };

/** A verb whose subject is a relative "who" after a comma: "the envoy, X, who told him that", "X, who had warned that". */
const WHO_SUBJECT = /,\s+who\s+(?:(?:had|has|have|also|then|later|once|again|\p{Ll}+ly)\s+)*$/u;
// (s64) ", which says": a body's relative clause, its subject the body named right before the comma.
const WHICH_SUBJECT = /,\s+which\s+(?:(?:had|has|have|also|then|later|once|again|\p{Ll}+ly)\s+)*$/u;

/**
 * One per article: it remembers the actors it proposes, so that a later surname ("Colville said") or pronoun finds
 * the person an earlier sentence named in full.
 */
export class SpeakerResolver {
  private readonly proposalsById = new Map<string, ProposedActor>();
  /** (s67) The capitals headings that name papers, found once per article (capitalHeadingPapers). */
  private capitalHeadings: { start: number; end: number; name: string }[] | null = null;
  /** (s67) The lines in capitals over a paragraph, found once per article (capitalHeadingLines): read for every paper. */
  private capitalLines: { start: number; end: number }[] | null = null;
  private readonly proposalMentions: { span: Span; proposal: ProposedActor }[] = [];
  /** Speech already attributed in this pass: its speaker, where the subject stands and the words reported. */
  private noted: NotedSpeech[] = [];
  private readonly genders = new Map<string, Gender>();
  /** Whether the article names the outlet's own state as a word of its own (homeBody), once read. */
  private namesHomeState?: boolean;
  /** Mentions outside quotations: "our American partners" inside a quote names no speaker. */
  private readonly actorMentions: Mention[];
  private readonly personMentions: Mention[];

  constructor(
    private readonly text: string,
    private readonly gazetteer: Gazetteer,
    actorMentions: Mention[],
    private readonly locationMentions: Mention[],
    private readonly quotations: Quotation[],
    /** The article's day: who held an office the article names without its holder (actors.yaml `holders`). */
    private readonly publishedOn?: string,
    /** The state the outlet's URL places it in (`outletState`): a home paper's "the government" is that state's. */
    private readonly outletState?: string,
    /** The article's headline: whom a lead that names only an office means (`holderNamedNext`). */
    private readonly headline?: string | null,
    /** (s58) The outlet's own name: "told Le Vigilant" names the paper, no person a later "he" may be. */
    private readonly publisher?: string | null,
    /** (s69) A news quiz's questions and answers (ArticleAnalysis.quiz): an answer reads on from its own question. */
    private readonly quiz: QuizPassage[] = quizPassages(splitParagraphs(text)),
  ) {
    const known = [...actorMentions, ...capitalsAsStates(text, gazetteer, locationMentions)];
    // A phrase the gazetteer already names ("Syrian military", an alias) keeps its own mention.
    const people = peopleAsStates(text, gazetteer).filter(
      (p) => !known.some((m) => m.start < p.end && p.start < m.end && m.end - m.start >= p.end - p.start),
    );
    this.actorMentions = [...known, ...people]
      .filter((m) => !this.inQuote(m))
      // "the Britain-based Observatory", "Russian-backed forces": a name inside a compound modifier is no noun phrase.
      .filter((m) => !/^-\p{Ll}/u.test(text.slice(m.end, m.end + 2)))
      .sort((a, b) => a.start - b.start);
    this.personMentions = this.actorMentions.filter((m) => m.kind === 'person');
    this.latentPersons = this.findLatentPersons();
    this.unnamedPeople = this.findUnnamedPeople();
  }

  /** People the gazetteer does not know, named anywhere outside quotes: "he said" may point back to one of them. */
  private readonly latentPersons: LatentPerson[];
  /** Unnamed people as the article introduces them ("a nurse at the clinic", "A second doctor", "the father of four"). */
  private readonly unnamedPeople: UnnamedPerson[];
  /** Unnamed members of a group who spoke one at a time ("Diplomats were sceptical. One said ..."). */
  private readonly groupMembers: { span: Span; name: string }[] = [];

  private findLatentPersons(): LatentPerson[] {
    const found: LatentPerson[] = [];
    for (const run of this.text.matchAll(CAPITALISED_RUN)) {
      // "Abu Hassan's message": the owner's name, without the possessive.
      const name = withoutPossessive(run[0]);
      const start = run.index;
      const end = start + name.length;
      if (this.inQuote({ start, end })) continue;
      // The words right before the run, where a preposition that takes a place would stand.
      const before = this.text.slice(Math.max(0, start - 12), start);
      // "air strikes near Darat Izza", "camps outside Kilis": capitals after a preposition only places take are a place.
      if (PLACE_ONLY_BEFORE.test(before)) continue;
      // (s66) "of the Council on Foreign Relations", "the Committee on Northern Affairs": the words after a body's noun
      // and "on" finish the body's name, no person a later "she" may point back to.
      if (BODY_ON_BEFORE.test(before) && BODY_ON_END.test(name)) continue;
      // (s45) "Rima Khoury-Nassar, a pharmacist from Bay Ridge, ...": where the person an apposition describes comes from
      // is a place (not "evidence from Jo Lind", nor "a letter from Ann Berg" with no one named before it).
      if (FROM_IN_APPOSITION.test(this.text.slice(Math.max(0, start - 80), start))) continue;
      // "By Clémence Vautrin", "By X, with Y in Moscow": the byline names the writers, nobody the story speaks of.
      const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
      if (/^\s*By\s+\p{Lu}/u.test(this.text.slice(lineStart, end))) continue;
      // (s33) "Gazeta do Norte | 22/12/2016 | Ana Lobo": a masthead's fields set apart by bars name the outlet and the
      // writer, nobody the story speaks of (a later "Her mother" is no outlet's).
      const lineEnd = this.text.indexOf('\n', start);
      if (MASTHEAD_LINE.test(this.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))) continue;
      // (s58) The outlet by its name ("told Le Vigilant that ..."): no person.
      if (this.publisher && name.replace(/^The\s+/u, '') === this.publisher.replace(/^The\s+/u, '')) continue;
      // (s37) "Hussam and Leila Darwish, who run the bakery": two given names sharing the surname after them are two
      // people, each named in full ("Leila told Penguin News" is then Leila Darwish, by her given name).
      const couple = COUPLE.exec(name);
      if (couple && !this.gazetteer.actorByName(couple[3] as string) && !ORGANIZATION_RUN_WORD.test(name)) {
        const surname = couple[3] as string;
        const secondStart = start + name.indexOf(couple[2] as string, (couple[1] as string).length);
        found.push({
          candidate: { start, end: start + (couple[1] as string).length, name: `${couple[1]} ${surname}`, kind: 'person', title: null },
          role: null,
        });
        found.push({ candidate: { start: secondStart, end, name: `${couple[2]} ${surname}`, kind: 'person', title: null }, role: null });
        continue;
      }
      // (s39) "Karam Masri and Ahmad Shehadeh lived inside": two people each named in full, joined by "and", are two
      // (a later "Masri says" is then Karam Masri, by his surname), where each half is a person's name of two words
      // or more; not a body's name with "and" in it ("Bread and Salt Foundation").
      const pair = /^(.+?)\s+and\s+(.+)$/u.exec(name);
      if (pair && !ORGANIZATION_RUN_WORD.test(name)) {
        const secondStart = start + name.length - (pair[2] as string).length;
        const halves = [
          this.nameCandidate(start, start + (pair[1] as string).length, 'after'),
          this.nameCandidate(secondStart, end, 'after'),
        ];
        const people = halves.filter(
          (h): h is NonNullable<typeof h> =>
            h?.kind === 'person' && nameWords(h.name).length >= 2 && (this.gazetteer.actorByName(h.name)?.kind ?? 'person') === 'person',
        );
        if (people.length === 2) {
          for (const candidate of people) found.push({ candidate, role: null });
          continue;
        }
      }
      // (s43) "one, a nurse, asked to be identified as Noor": the name a person gave, its description the role.
      const given = NAME_GIVEN_BEFORE.exec(this.text.slice(Math.max(0, start - 120), start));
      // A run may run on past its sentence's full stop ("as Noor. Others gave"): the name ends there.
      const givenName = (name.split(/\.\s/u)[0] as string).replace(/\.$/u, '');
      if (
        given &&
        new RegExp(`^${GIVEN_NAME}$`, 'u').test(givenName) &&
        !NOT_PLACES.test(givenName) &&
        !this.gazetteer.actorByName(givenName)
      ) {
        found.push({
          candidate: { start, end: start + givenName.length, name: givenName, kind: 'person', title: null },
          role: given[1] ?? null,
        });
        continue;
      }
      // "My colleague Ziad, who runs the blood bank,": one name after a word for a relation or a colleague.
      const relation = RELATION_BEFORE.exec(this.text.slice(Math.max(0, start - 30), start));
      // (s65) A name that closes its sentence ("and his wife, Ana.") ends before the full stop.
      const closing = /^\p{Lu}\p{Ll}+\.$/u.test(name) ? name.slice(0, -1) : name;
      if (relation && /^\p{Lu}\p{Ll}+$/u.test(closing) && !NOT_PLACES.test(closing) && !this.gazetteer.actorByName(closing)) {
        const role = (relation[1] as string).toLowerCase();
        const surname = this.spouseSurname(start - relation[0].length, role);
        const candidate = {
          start,
          end: start + closing.length,
          name: surname ? `${closing} ${surname}` : closing,
          kind: 'person',
          title: null,
        } as const;
        found.push({ candidate, role });
        continue;
      }
      // "Dr. Bassel": one name after a courtesy or professional title is a person's; (s41) so is one after a title of
      // rank or faith ("Pope Francis", "Patriarch Kirill", "King Abdullah"), the title's word its role ("the Pope said").
      const titled =
        /^((?:Dr|Mr|Mrs|Ms|Prof|Dame|Sir)\.?|Pope|Patriarch|Cardinal|Archbishop|Bishop|Sheikh|Imam|Rabbi|Mufti|King|Queen|Prince|Emir)\s+(\p{Lu}\p{Ll}+)$/u.exec(
          name,
        );
      if (titled && !this.gazetteer.actorByName(titled[2] as string)) {
        const nameStart = end - (titled[2] as string).length;
        const apposed = /^\s*,\s*([^,;:()"“”]{1,120}?)\s*(?:,|\.(?:\s|$))/u.exec(this.text.slice(end, end + 140));
        const rank = /^\p{Lu}\p{Ll}+$/u.test(titled[1] as string) && !/^(?:Dame|Sir)$/u.test(titled[1] as string);
        found.push({
          candidate: { start: nameStart, end, name: titled[2] as string, kind: 'person', title: titled[1] as string },
          role: apposed ? appositiveRole(`, ${apposed[1]},`) : rank ? (titled[1] as string).toLowerCase() : null,
        });
        continue;
      }
      // "Lama, an English teacher in Sukkari,": one name apposed to a word for a person, or to an age ("Rukiye, 29,").
      // (s49) Not where the words run on to a verb of saying with no comma to close them: "Farhan, the Russian
      // ambassador said this morning that ..." calls Farhan and reports the ambassador (a question put at a briefing).
      const singleApposed = SINGLE_NAME_APPOSED.exec(this.text.slice(end, end + 120));
      const apposedPerson =
        (singleApposed &&
        !(/^,\s+the\s/u.test(singleApposed[0]) && RUNS_ON_TO_SAYING.test(this.text.slice(end + singleApposed[0].length, end + 240)))
          ? singleApposed
          : null) ?? this.agedPerson(end);
      if (
        apposedPerson &&
        /^\p{Lu}\p{Ll}{2,}$/u.test(name) &&
        !NOT_PLACES.test(name) &&
        !NOT_SINGLE_NAMES.test(name) &&
        !PLACE_PREPOSITION_BEFORE.test(before) &&
        !this.gazetteer.actorByName(name) &&
        !this.locationMentions.some((m) => m.start <= start && end <= m.end)
      ) {
        const role = (apposedPerson[1] ?? apposedPerson[2])?.trim() ?? null;
        found.push({ candidate: { start, end, name, kind: 'person', title: null }, role });
        continue;
      }
      let candidate = this.nameCandidate(start, end, 'after');
      // "Lieutenant General Sergei Rudskoy of the Russian General Staff": the person before "of the".
      const ofThe = /\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.exec(name);
      if (candidate?.kind !== 'person' && ofThe) candidate = this.nameCandidate(start, start + ofThe.index, 'after');
      if (candidate?.kind !== 'person' || nameWords(candidate.name).length < 2) continue;
      // (s65) "The family are Armenian Christians", "as Sunni Muslims do": a people of a faith or a nation named by its
      // plural is many, no person a later "he" may mean.
      if (PEOPLE_BY_PLURAL.test(candidate.name)) continue;
      // "Member States" is the name of a known group, not a person's.
      const known = this.gazetteer.actorByName(candidate.name);
      if (known && known.kind !== 'person') continue;
      // (s41) "Hope Bridge, a relief group based in Amman,": a name an apposition says is a body's is no person's.
      if (SINGLE_NAME_BODY.test(this.text.slice(candidate.end, candidate.end + 120))) continue;
      const apposed = /^\s*,\s*([^,;:()"“”]{1,120}?)\s*(?:,|\.(?:\s|$))/u.exec(this.text.slice(candidate.end, candidate.end + 140));
      // An office apposed before the name is its role; the words after it may be its sentence's predicate.
      const nameBefore = withoutHonorifics(this.text.slice(Math.max(0, candidate.start - 140), candidate.start));
      const office = officeBefore(nameBefore);
      // (s33) A name itself apposed to what stands before it ("Its chair, Jan Roe, read the names ..."): the words after
      // its closing comma are the sentence's predicate, unless they open as a second apposition does (", a teacher,").
      const predicateAfter = ROLE_BEFORE_NAME.test(nameBefore.replace(/\s+the\s*$/iu, ' ')) && !SECOND_APPOSITION.test(apposed?.[1] ?? '');
      const afterRole = apposed && !predicateAfter ? appositiveRole(`, ${apposed[1]},`) : null;
      // A title before the name ("Archbishop X, speaking after Mass, asked") where the words after it are none; a
      // courtesy title alone ("Ms", "Dr.") is no role (cleanRole).
      const titleRole = candidate.title?.split(/\s+/u).every(isTitleWord) ? cleanRole(candidate.title) : null;
      found.push({ candidate, role: office ?? afterRole ?? titleRole });
    }
    // "Back in Gaziantep, Masri is unmoved. He has lost ...": a surname alone, later, is that person again.
    // "Liu Jieyi ... Liu said": where the family name comes first, the first word alone is the person too; so is any
    // other run of a longer name's words ("Kattán said" after "Salomón Elías Kattán Hawit", "Abdisalam Hadliye said"
    // after "Abdisalam Hadliye Omar", "Mr Mbella Mbella" after "Lejeune Mbella Mbella"), when no other person the
    // article names shares it and no other capitalised word runs on from it.
    const personNames = [
      ...new Set([
        ...found.map((l) => l.candidate.name),
        ...this.personMentions.map((m) => this.gazetteer.actors.get(m.id)?.name ?? m.text),
      ]),
    ];
    // The other people whose names hold `part`: a name that is itself a part of `name` ("Mohamed Abdullahi" of "Mohamed
    // Abdullahi Gedi", "Carmichael" of "Dr Carmichael") is no other person, save one word the article gives as a
    // person's whole name ("Hamoud, his wife and ..."), which keeps that word from standing for the longer name.
    // One name after a courtesy title ("Mr Saleumxay", "Dr Yaacob") is no such whole name: it is how the Lao, Thai,
    // Malay and Singaporean press, which call people by the given name, shorten one named in full before.
    const titledOnly = new Set(found.filter((l) => l.candidate.title !== null).map((l) => l.candidate.name));
    for (const l of found) if (l.candidate.title === null) titledOnly.delete(l.candidate.name);
    const othersHolding = (part: string, name: string, single = false) =>
      personNames.some(
        (other) =>
          (!` ${name} `.includes(` ${other} `) || (single && other === part && !/\s/u.test(part) && !titledOnly.has(part))) &&
          ` ${other} `.includes(` ${part} `),
      );
    for (const latent of [...found]) {
      const words = nameWords(latent.candidate.name);
      const surname = words.at(-1) as string;
      if (surname.length < 3) continue;
      // (s43) One name the article gave a person ("a nurse, asked to be identified as Noor", "his wife, Reem,") is read
      // below as a surname is: later, alone, where no other person's name holds it, that person again (a later "she"
      // may point to her).
      if (words.length < 2 && othersHolding(surname, latent.candidate.name)) continue;
      // "Amir Hakim bin Haji Kassim": the words after the link are the father's, and so is the last one.
      const fathers = endsOnFathersName(latent.candidate.name) ? words.findIndex(isPatronymic) : -1;
      const forms = new Set(fathers < 0 ? [surname] : []);
      if (!TITLE_IN_NAME.test(latent.candidate.name))
        for (let i = 0; i < words.length - 1; i++)
          for (let j = i + 1; j <= words.length; j++) {
            const part = words.slice(i, j);
            const last = part.at(-1) as string;
            if (
              part.length < words.length &&
              (fathers < 0 || i < fathers) &&
              /^\p{Lu}/u.test(part[0] as string) &&
              // "Hamad bin Isa": the word after "bin" names the father.
              !isPatronymic(words[i - 1] ?? '') &&
              ((part.length > 1 ? /^\p{Lu}\p{Ll}{2,}/u : /^\p{Lu}\p{Ll}{2,}$/u).test(last) || shortFamilyName(part, i, words)) &&
              !PARTICLE_FIRST.test(last) &&
              (part.length > 1 || !this.isNoSingleName(last)) &&
              !othersHolding(part.join(' '), latent.candidate.name, true)
            )
              forms.add(part.join(' '));
          }
      for (const form of forms) {
        const alone = !othersHolding(form, latent.candidate.name);
        // "Qattan's phone": the owner is the person too (a later "she" may point to her).
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])${escapeRegExp(form)}(?=['’]s(?![\\p{L}])|(?![\\p{L}\\p{N}'’-]))`, 'gu');
        for (const match of this.text.slice(latent.candidate.end).matchAll(pattern)) {
          const at = { start: latent.candidate.end + match.index, end: latent.candidate.end + match.index + form.length };
          // "Omar Zaidan" is not "Zaidan" of "Bassam Zaidan"; "Sheikh Abdiqani", "Mr Mbella Mbella" are the person, where
          // nobody else bears the name ("Mr Roe" of two Roes is left to the title's sex and the last named in full).
          const wordBefore = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(this.text.slice(Math.max(0, at.start - 30), at.start));
          if (this.inQuote(at) || (wordBefore && !(alone && isTitleWord(wordBefore[1] as string)))) continue;
          if (form !== surname && /^\s+\p{Lu}/u.test(this.text.slice(at.end, at.end + 3))) continue;
          if (this.locationMentions.some((m) => m.start < at.end && at.start < m.end)) continue;
          found.push({ ...latent, at });
        }
      }
    }
    // (s67) A caller a sentence opens on by a first name and a town, whatever the verb ("Colm from Eastwick took a
    // different line. He told ..."): a person a later "he" may point back to, named with the town.
    for (const m of this.text.matchAll(CALLER_OPENING)) {
      const name = `${m[1]} ${m[0].slice((m[1] as string).length).trim()}`.replace(/\s+/gu, ' ');
      const start = m.index;
      if (this.sentenceStartBefore(start) !== start || !this.callerNamed(m[1] as string, m[2] as string)) continue;
      found.push({ candidate: { start, end: start + m[0].length, name, kind: 'person', title: null }, role: null });
    }
    return found;
  }

  /**
   * (s65) "Mr Roe, his wife Ana, 44, and their sons arrived ...", "Dr Jo Roe ... and his wife, Ana." and later "Mrs Roe
   * said": a spouse the article names by a given name alone, beside a person of a surname it gives the spouse's sex
   * with a courtesy title elsewhere ("Mrs Roe" for a wife, "Mr Roe" for a husband), bears that surname; the surname
   * (nearest the tie in its sentence) or null.
   */
  private spouseSurname(tieStart: number, relation: string): string | null {
    const title = relation === 'wife' ? '(?:Mrs|Ms|Miss|Mme)' : relation === 'husband' ? 'Mr' : null;
    if (!title) return null;
    const before = this.text.slice(this.sentenceStartBefore(tieStart), tieStart);
    const words = [...before.matchAll(/(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]+)(?=['’]s\s|[\s,])/gu)].map((m) => m[1] as string);
    for (const word of words.reverse()) {
      if (isTitleWord(word)) continue;
      if (new RegExp(String.raw`(?<![\p{L}'’-])${title}\.?\s+${escapeRegExp(word)}(?![\p{L}'’-])`, 'u').test(this.text)) return word;
    }
    return null;
  }

  /**
   * "Rukiye, 29, who came out on Sunday,", "Mahmoud, 63, described": a single name with an age, the subject of its
   * clause, is a person who may speak again; not one the sentence counts among the dead or wounded ("Ahmad, 12, was
   * killed") nor one of a list ("her children, Omar, 4, and Lina, 7").
   */
  private agedPerson(end: number): RegExpExecArray | null {
    const age = AGE_APPOSED.exec(this.text.slice(end, end + 12));
    if (!age) return null;
    const after = this.text.slice(end + age[0].length, end + age[0].length + 200);
    // The subject of its clause: a verb or a relative clause right after the age, not a list ("Omar, 4, and Lina, 7").
    if (
      !/^\s*(?:who\s|\p{Ll}{2,}ed\b|(?:says|tells|describes|recalls|adds|remembers)\b|said\b|told\b|spoke\b|took\b|came\b|fled\b|left\b)/u.test(
        after,
      )
    )
      return null;
    return VICTIM_AFTER.test(after) ? null : age;
  }

  /** Unnamed people introduced in subject position: each a person of its own, named as the article names them. */
  private findUnnamedPeople(): UnnamedPerson[] {
    const found: UnnamedPerson[] = [];
    for (const match of this.text.matchAll(UNNAMED_PERSON)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (this.inQuote(span)) continue;
      const determiner = (match[1] as string).toLowerCase();
      // (s47) "A 41-year-old teacher who reached ... said": an age among the words is who the person is, not part of the
      // name the draft gives ("teacher (unnamed)"); any other number is no modifier.
      const modifiers = (match[2] as string).replace(/(?:^|\s)\d{1,3}-year-old(?=\s|$)/u, ' ').trim();
      if (modifiers.split(/\s+/u).some((w) => NOT_MODIFIERS.has(w.toLowerCase()) || /\d/u.test(w))) continue;
      // (s34) "A Turkish nurse", "A British doctor": a nationality before a noun for someone who serves no state is who
      // the person is, not whom the person speaks for (a Turkish official speaks for Turkey: STATE_SERVING_NOUN). A
      // nationality is a demonym's shape (isDemonym) or an adjective in "-ic" ("Icelandic").
      const nounStart = span.end - (match[3] as string).length - (match[4] ? ` of ${match[4]}`.length : 0);
      const nationality = (m: Mention) =>
        m.kind === 'state' &&
        m.end <= nounStart &&
        (isDemonym(m.text) || /^\p{Lu}\p{Ll}+ic$/u.test(m.text)) &&
        !STATE_SERVING_NOUN.test(match[3] as string);
      if (this.actorMentions.some((m) => m.start < span.end && span.start < m.end && !nationality(m))) continue;
      // "Dr. Bassel, a surgeon I have worked with,": the noun describes the person just named.
      const apposedTo = wordApposedBefore(this.text, span.start);
      if (
        apposedTo &&
        /^(?:an?|the)$/iu.test(match[1] as string) &&
        !PLACE_PREPOSITION_BEFORE.test(this.text.slice(Math.max(0, span.start - 40), apposedTo.start)) &&
        !this.locationMentions.some((m) => m.end === apposedTo.end)
      )
        continue;
      const noun = (match[3] as string).toLowerCase();
      const family = match[4] ? ` of ${match[4]}` : '';
      const apposed = APPOSED_PERSON_NOUN.exec(this.text.slice(span.end, span.end + 80));
      const ordinal = /second|another/u.test(determiner) ? 'second ' : /third/u.test(determiner) ? 'third ' : '';
      // "An official at the Department of X, who asked not to be named, said": one of the body's people, named with it
      // as one of a body named before the noun is ("UN official (unnamed)", bodyPeople).
      // "Officials at the foreign ministry said ... one official said": one of the officials the sentence before names.
      const serving = SERVING_NOUN.test(noun);
      const served = serving ? this.servedBody(span.end) : null;
      const member = serving && !served && !modifiers && determiner === 'one' ? this.memberOfGroup(span.start, `${noun}s`) : null;
      const name = apposed
        ? `${apposed[1] as string} (unnamed)`
        : member
          ? `${member} (unnamed)`
          : `${ordinal}${modifiers ? `${modifiers} ` : ''}${served ? `${served} ` : ''}${noun}${family} (unnamed)`;
      found.push({
        span,
        noun,
        name,
        definite: determiner === 'the',
        gender: nounSex(noun),
      });
    }
    return found;
  }

  /** The proposed person an unnamed mention stands for: a new one, or for "the nurse" the last one so called. */
  private unnamedPerson(person: UnnamedPerson): SpeakerResolution {
    if (person.definite) {
      const earlier = this.unnamedPeople.filter((p) => !p.definite && p.span.end <= person.span.start && p.noun === person.noun).at(-1);
      if (!earlier) return { status: 'none' };
      return this.unnamedPerson(earlier);
    }
    const named = this.namedAfterLede(person);
    if (named) return this.register(named.candidate, named.role);
    const given = this.nameGivenLater(person);
    if (given) return this.register(given, person.name.replace(/\s*\(unnamed\)$/u, ''));
    return this.register({ ...person.span, name: person.name, kind: 'person', title: null }, null);
  }

  /**
   * (s70) "An official of the relief office said ... \"...,\" said the official, who gave his name as Abu Ahmad.": the
   * name a person introduced by a noun gives further on, where "the <noun>" points back to that person (no other one so
   * called introduced between), within the paragraph and the next two: all the person's remarks are that name's.
   */
  private nameGivenLater(person: UnnamedPerson): NameCandidate | null {
    const blocks = splitParagraphs(this.text);
    const own = blocks.findIndex((b) => contains(b, person.span));
    const until = blocks[Math.min(blocks.length - 1, own + 2)]?.end ?? this.text.length;
    const later = new RegExp(
      `\\bthe\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${escapeRegExp(person.noun)}\\s*,\\s*who\\s+(?:${NAMING_ONESELF})\\s+(${GIVEN_NAME})`,
      'iu',
    );
    const found = later.exec(this.text.slice(person.span.end, until));
    if (!found) return null;
    const at = person.span.end + found.index;
    if (this.unnamedPeople.some((p) => !p.definite && p.noun === person.noun && p.span.start > person.span.end && p.span.start < at))
      return null;
    const name = found[1] as string;
    const start = at + found[0].length - name.length;
    return { start, end: start + name.length, name, kind: 'person', title: null };
  }

  /**
   * (s34) The person a feature's lede describes and the next paragraph names: "A Carrick midwife based at a river
   * clinic says ...", then "Ana Roe, 38, from Carrick, trained ...". The lede is the first paragraph of prose (the
   * headline, a byline and a posting line before it are short lines with no closing stop); the next paragraph opens on
   * the name, a courtesy title before it at most ("Dr Ana Roe, 38,"), of a person the gazetteer does not know.
   */
  private namedAfterLede(person: { span: Span }): LatentPerson | null {
    const blocks = splitParagraphs(this.text);
    const prose = (b: Span) => b.end - b.start >= 100 && /[.!?"”’]\s*$/u.test(this.text.slice(b.start, b.end));
    const lede = blocks.findIndex(prose);
    // (s41) Or any paragraph, where the next one opens on the name in a sentence that tells who the person is and
    // reports no speech ("Meanwhile, a Goroka nurse who worked in northern Syria ... said ...", then "Lucy Kaupa, 38,
    // worked for six months with ..."): a new speaker named there ("Ana Roe, 40, a teacher, said") is another person.
    const own = blocks.findIndex((b) => contains(b, person.span));
    const next = blocks[own + 1];
    if (own < 0 || !next) return null;
    if (own !== lede) {
      const firstSentence = { start: next.start, end: this.sentenceEndAfter(next.start) };
      const first = this.text.slice(firstSentence.start, firstSentence.end);
      if (own < lede || !/^[^,]+,\s+\d{1,3},/u.test(first) || findSpeechVerbs(this.text, firstSentence, this.quotations).length > 0)
        return null;
    }
    const opening = /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?/u.exec(this.text.slice(next.start, next.end))?.[0].length ?? 0;
    return this.latentPersons.find((l) => l.candidate.start === next.start + opening && l.candidate.kind === 'person') ?? null;
  }

  /**
   * A remark's subject with the words before it that may belong to it (up to 40 characters) and those up to the remark:
   * where a person speaking for a body is named ("The spokesman of Norland said"). (s67) Not past a "that" or a
   * sentence's end: "The spokesperson noted that Relief Watch estimates ..." gives Relief Watch's estimate inside the
   * spokesperson's remark, and Relief Watch is no one's "she" after it.
   */
  private subjectWithLead(subject: Span, speech: Span): string {
    const lead = this.text.slice(Math.max(0, subject.start - 40), subject.start);
    const cut = [...lead.matchAll(/\bthat\s+|[.!?;:]["”’]?\s+/gu)].at(-1);
    const from = cut ? cut.index + cut[0].length : 0;
    return lead.slice(from) + this.text.slice(subject.start, Math.max(subject.end, speech.start));
  }

  /**
   * A state or body named as the one a person speaks for ("The representative of Canada", "Brazil's representative"),
   * with no person named beside it ("Vitaly Churkin, Russia's ambassador": the person named beside the title is the
   * one).
   */
  private namedAsSpokenFor(span: Span): boolean {
    const near = (other: Span) => other.start < span.end + 60 && other.end > span.start - 60;
    if (this.personMentions.some(near) || this.latentPersons.some((l) => near(l.candidate))) return false;
    const before = this.text.slice(Math.max(0, span.start - 40), span.start);
    const after = this.text.slice(span.end, span.end + 30);
    return SPEAKS_FOR_BEFORE.test(before) || SPEAKS_FOR_AFTER.test(after);
  }

  /**
   * Whether a mention stands after a preposition of place inside a noun phrase that begins at or after `from` with
   * words of its own ("Diplomats at the UN", "a rebel official in Turkey"): where the subject is, not who it is; inside
   * an aside about the subject too ("X, a hotel worker in Y who comes from Z, said"), and with a point of the compass or
   * a town before a country ("a nurse with a charity in southern Turkey, Ms. Y, said", "X, who works in Gaziantep,
   * Turkey, said").
   */
  private placedAfter(mention: Span, from: number): boolean {
    const placed = PLACED_BEFORE.exec(this.text.slice(from, mention.start));
    if (!placed) return false;
    // "in Gaziantep, Turkey": only a state or a place after the town ("Speaking in Geneva, Jan Egeland said" is fronted).
    return placed[1] === undefined || this.isPlaceOrState(mention);
  }

  /** (s48) The office a body's mention belongs to, named right before it with "of": "the Secretary-General of the United Nations". */
  private officeOwnedBy(mention: Mention, from: number): Mention | undefined {
    return this.actorMentions.find(
      (k) =>
        k !== mention &&
        k.start >= from &&
        k.end <= mention.start &&
        k.kind !== 'person' &&
        k.kind !== 'state' &&
        /^\s+of\s+(?:the\s+)?$/u.test(this.text.slice(k.end, mention.start)),
    );
  }

  /** Whether a mention names a place or a state (by the gazetteer or by its ISO 3166 English name). */
  private isPlaceOrState(mention: Span): boolean {
    const name = this.text.slice(mention.start, mention.end);
    return (
      isoStateCode(name) !== undefined ||
      this.actorMentions.some((m) => m.start === mention.start && m.kind === 'state') ||
      this.locationMentions.some((m) => m.start <= mention.start && mention.end <= m.end)
    );
  }

  private inQuote(span: Span): boolean {
    return this.quotations.some((q) => q.start <= span.start && span.end <= q.end);
  }

  /** A new pass over the article: what earlier passes attributed is forgotten (the proposals are kept). */
  startPass(): void {
    if (this.noted.length > 0) this.earlierPass = this.noted;
    this.noted = [];
  }

  /**
   * The speech the pass before attributed: in the second pass a pronoun may point back to a remark the extractor
   * attributes later in its order ("He said he had not opened. ... “...,” he said."), as the first pass found it.
   */
  private earlierPass: NotedSpeech[] = [];

  /**
   * The speech this pass attributed, with what the pass before attributed and this one has not yet: quotations are read
   * before a paragraph's reported speech, so a quotation's "the agency said" may follow a remark ("UNICEF says ...") this
   * pass attributes only after it.
   */
  private notesSoFar(): NotedSpeech[] {
    return [
      ...this.noted,
      ...this.earlierPass.filter(
        (e) => named(e.speaker) !== null && !this.noted.some((n) => n.subject.start === e.subject.start && n.subject.end === e.subject.end),
      ),
    ];
  }

  /**
   * The extractor tells the resolver each statement it made, so that a later "he said" can point back to the speaker
   * (the subject of the last speech, not a person named inside the words reported).
   */
  noteSpeech(speaker: SpeakerResolution, subject: Span, speech: Span[], verb: Span | null = null): void {
    // (s60) A speaker found by a naming in a paragraph before the verb's ("seconded by Councillor Tom Haverstock" for
    // "Cllr Haverstock said ..." two paragraphs on) spoke where the verb is: a later pronoun weighs the remark there.
    const at = verb && subject.end <= this.text.lastIndexOf('\n', verb.start) ? verb : subject;
    for (const span of speech) this.noted.push({ subject: at, speech: span, speaker });
  }

  /** Where the text names each proposed actor outside quotations, by its name or an alias (the speaker model's candidates). */
  proposedMentions(): readonly { span: Span; proposal: ProposedActor }[] {
    return this.proposalMentions;
  }

  /** The gazetteer's actors named outside quotations, capitals standing for their states among them, in text order. */
  knownMentions(): readonly Mention[] {
    return this.actorMentions;
  }

  proposals(): ProposedActor[] {
    return [...this.proposalsById.values()].sort((a, b) => a.mention.start - b.mention.start);
  }

  /**
   * A speaker found outside this resolver (the publisher of a release, issuer-voice.ts) proposed like a name it met:
   * drafted as a new actor, and found again by its names. The proposal already made under its id, if any.
   */
  adopt(proposal: ProposedActor): ProposedActor {
    const existing = this.proposalsById.get(proposal.id);
    if (existing) return existing;
    this.proposalsById.set(proposal.id, proposal);
    this.indexProposal(proposal);
    return proposal;
  }

  /**
   * The speaker of a verb whose subject comes before it, looking no further back than regionStart. A remark the
   * subject only passes on ("He recalled that O'Brien had told the Council ...", "The Secretary-General, he said,
   * appealed ...", "the delegation had threatened ..., diplomats said") is its original speaker's (the curation rule).
   */
  before(verb: SpeechVerb, regionStart: number): SpeakerResolution {
    // (s64) "@omar_h, a teacher in Vasterby, posted at 1:05 AM:": a handle that opens the clause is its holder.
    const handle = verb.speakerAfter
      ? null
      : HANDLE_SUBJECT.exec(this.text.slice(Math.max(regionStart, this.sentenceStartBefore(verb.start)), verb.start));
    if (handle) return this.handleHolder(handle[1] as string, verb.start - handle[0].length + handle[0].indexOf('@'));
    let found = this.quotedAs(verb, regionStart) ?? this.relayed(verb, regionStart) ?? this.subjectOf(verb, regionStart);
    if (found.status === 'none') found = this.subjectPastAsides(verb, regionStart) ?? found;
    if (found.status === 'none') found = this.bodyByItsPronoun(verb, regionStart) ?? found;
    if (found.status === 'none') found = this.oneWordName(verb, regionStart) ?? found;
    // "The Council demanded an end to ...": a council or assembly speaks by its votes, which are no remarks.
    if (found.status === 'actor' && this.deliberativeBody(found.id)) {
      // (s70) "An official of the council's relief office said": such a council has no officials who speak for it; the
      // person the clause introduces speaks, as the article names that person.
      const introduced =
        found.via === 'spokesperson'
          ? this.unnamedPeople.find(
              (p) => !p.definite && p.span.start >= regionStart && p.span.start <= regionStart + 2 && p.span.end <= verb.start,
            )
          : undefined;
      const person = introduced ? this.unnamedPerson(introduced) : null;
      return person && person.status !== 'none' ? person : { status: 'none' };
    }
    // (s59) So does one the gazetteer does not know by that name ("the United Nations General Assembly demanded").
    if (found.status === 'proposed' && /\b(?:General\s+Assembly|Security\s+Council)$/u.test(found.proposal.name)) return { status: 'none' };
    // "Dr. X, who works for the Y relief group, said": the asides between a speaker and the verb describe the speaker;
    // a later "she said" does not point into them.
    const mention = named(found)?.mention;
    if (mention && mention.end <= verb.start && /,/u.test(this.text.slice(mention.end, verb.start)))
      this.asides.push({ start: mention.end, end: verb.start });
    return found;
  }

  /**
   * (s64) A social-media handle standing alone for the one who holds it, as a round-up of posts writes it ("@omar_h, a
   * teacher, posted at 1:05 AM: ...", "..., wrote @omar_h on Sunday."): the holder the article named with it in brackets
   * ("Omar Haddad (@omar_h) wrote") speaks; with no such name, the handle is the speaker's name.
   */
  private handleHolder(handle: string, at: number): SpeakerResolution {
    const bracket = this.text.search(new RegExp(String.raw`\s*\(${escapeRegExp(handle)}\)`, 'u'));
    if (bracket > 0) {
      const known = this.actorMentions.find((m) => m.end === bracket);
      if (known) return this.actor(known);
      const holder = nameEndingAt(this.text, this.text.lastIndexOf('\n', bracket) + 1, bracket);
      if (holder) return this.register(holder, null);
    }
    return this.register({ start: at, end: at + handle.length, name: handle, kind: 'person', title: null }, null);
  }

  /**
   * (s53) "Caritas said it had delivered food to 3,000 families", "Oxfam says its teams": a single capitalised word
   * nobody is named by in full, opening the clause right before the verb, is an organisation's name where what it said
   * opens on "it" or "its" (the word pointing back to it), and no place the article puts anything in ("in Madrid").
   * Null otherwise: a single word is else a person's name alone.
   */
  private bodyByItsPronoun(verb: SpeechVerb, regionStart: number): SpeakerResolution | null {
    if (verb.speakerAfter || verb.participle) return null;
    const from = Math.max(regionStart, this.sentenceStartBefore(verb.start));
    const head = this.text.slice(from, verb.start);
    const word = /^\s*(\p{Lu}[\p{L}'’-]{2,})\s+$/u.exec(head);
    if (!word || !BODY_ITSELF_AFTER.test(this.text.slice(verb.end, verb.end + 60))) return null;
    const name = word[1] as string;
    if (NOT_SINGLE_NAMES.test(name) || /^(?:It|He|She|They|We|This|That|These|Those|The)$/u.test(name) || isTitleWord(name)) return null;
    const start = from + head.indexOf(name);
    if (this.knownOrPlaced(name, start)) return null;
    return this.register({ start, end: start + name.length, name, kind: 'organization', title: null }, null);
  }

  /**
   * Whether a single word at `start` is no new body's name (bodyByItsPronoun, oneWordName): an actor the gazetteer
   * knows, one the article names in full with it, a place the article puts anything in ("in Madrid", "from Madrid": a
   * capital speaks for its state), or a place read where it stands.
   */
  private knownOrPlaced(name: string, start: number): boolean {
    return (
      this.gazetteer.actorByName(name) !== undefined ||
      this.namedInFullWith(name).length > 0 ||
      new RegExp(String.raw`\b(?:in|from|to|at|near|outside)\s+${escapeRegExp(name)}(?![\p{L}'’-])`, 'u').test(this.text) ||
      this.locationMentions.some((m) => m.start < start + name.length && start < m.end)
    );
  }

  /**
   * (s59) "Izvestia reported that ...", "Itamaraty said in a note ...": a single capitalised word nobody is named by in
   * full and the gazetteer does not know, opening the clause right before the verb, is a body's name where it speaks
   * as a body does (a paper's "reported", a note or a statement issued); a person's last word where the article named
   * that person in full before ("... and Mohammad Javad Zarif, met ... Zarif described"). Not a word the article also
   * writes in lower case (a common noun opening the sentence), nor a place, a title or a plural.
   */
  private oneWordName(verb: SpeechVerb, regionStart: number): SpeakerResolution | null {
    if (verb.speakerAfter || verb.participle) return null;
    const from = Math.max(regionStart, this.sentenceStartBefore(verb.start));
    const head = this.text.slice(from, verb.start);
    // A charity named by its appeal, "the" inside it ("Save the Children", "Help the Aged", "Stop the War Coalition").
    const appeal =
      /^\s*["“]?((?:Save|Help|Feed|Stop|Free|Protect)\s+the\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:(?:also|later|then|again|earlier|separately)\s+)?$/u.exec(
        head,
      );
    if (appeal) {
      const charity = appeal[1] as string;
      if (this.gazetteer.actorByName(charity)) return null;
      const at = from + head.indexOf(charity);
      return this.register({ start: at, end: at + charity.length, name: charity, kind: 'organization', title: null }, null);
    }
    const word = /^\s*["“]?(\p{Lu}[\p{L}-]{2,})\s+(?:(?:also|later|then|again|earlier|separately)\s+)?$/u.exec(head);
    // Only a verb that is no noun too ("Independent estimates suggest", "Rebel groups said" are no names).
    if (!word || !ONE_WORD_NAME_VERB.test(this.text.slice(verb.start, verb.end))) return null;
    const name = word[1] as string;
    if (/^(?:Her|His|Its|Their|Our|My|Your)$/u.test(name) || nationalityOf(name) !== null) return null;
    if (
      NOT_SINGLE_NAMES.test(name) ||
      /^(?:It|He|She|They|We|You|This|That|These|Those|The|Who|What|Which|Nobody|Everyone|Someone|Anyone|None|All|Most|Few)$/u.test(name) ||
      isTitleWord(name)
    )
      return null;
    if (
      /\p{Ll}s$/u.test(name) ||
      new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(name.toLowerCase())}(?![\p{L}'’-])`, 'u').test(this.text)
    )
      return null;
    if (this.gazetteer.mentions(name, 'location').length > 0 || isoStateCode(name) !== undefined) return null;
    const start = from + head.indexOf(name);
    if (this.knownOrPlaced(name, start)) return null;
    const quoted = escapeRegExp(name);
    // Nor where what it said opens on "it" ("Roe said it was too late": a body's "it" or anything else), nor a word the
    // article apposes elsewhere ("Its field coordinator, Wiranto, said"): the readings of those forms decide.
    if (/^\s+(?:that\s+)?it\b/u.test(this.text.slice(verb.end, verb.end + 12))) return null;
    if (new RegExp(String.raw`\p{Ll},\s+${quoted},`, 'u').test(this.text)) return null;
    // The person the article named in full before with this last word, in a list the other readings do not take
    // ("the foreign ministers ..., Sergei Lavrov, Mevlüt Çavuşoğlu and Mohammad Javad Zarif, met"): that person.
    const full = [
      ...this.text
        .slice(0, start)
        .matchAll(
          new RegExp(
            String.raw`(?<![\p{L}'’.-])((?:\p{Lu}[\p{Ll}'’-]+\s+(?:(?:al|el|bin|ibn|de|van|von)[- ])?){1,3})${quoted}(?![\p{L}'’-])`,
            'gu',
          ),
        ),
    ].at(-1);
    if (full) {
      const fullName = `${(full[1] as string).trim()} ${name}`;
      if (!NOT_SINGLE_NAMES.test(fullName.split(/\s+/u)[0] as string) && !isTitleWord(fullName.split(/\s+/u)[0] as string)) {
        const at = full.index + full[0].length - fullName.length;
        const known = this.gazetteer.actorByName(fullName);
        if (known?.kind === 'person') return { status: 'actor', id: known.id, via: 'name', mention: { start, end: start + name.length } };
        return this.register({ start: at, end: at + fullName.length, name: fullName, kind: 'person', title: null }, null);
      }
    }
    // Else only a body's marks make it one: a paper's "reported", or a document it issued ("said in a note",
    // "in a statement"). A first name alone ("Mazen said") is left to the readings of people.
    const issued = INSTITUTIONAL_SPEECH.test(this.text.slice(verb.start, Math.min(verb.end + 60, this.sentenceEndAfter(verb.end))));
    // A report that cites or quotes its source ("Yonhap reported, citing a ministry official, that ...") is the
    // source's words, read by the rules of relayed speech.
    if (!issued || /^\S+\s*,?\s+(?:citing|quoting)\b/u.test(this.text.slice(verb.start, verb.end + 20))) return null;
    return this.register({ start, end: start + name.length, name, kind: 'organization', title: null }, null);
  }

  /**
   * (s53) "Russia's defence ministry gave a different picture. It said ...", "Our Ministry of International Affairs
   * issued a statement on Monday. It called on ...": the body the sentence right before opens on as the subject of its
   * past-tense verb, where "It" opens the sentence and no body has spoken just before. Null where that subject is no
   * organisation, UN body or state.
   */
  private bodyOpeningSentenceBefore(verb: SpeechVerb): SpeakerResolution | null {
    const current = this.sentenceStartBefore(verb.start);
    if (!/^\s*It\s*$/u.test(this.text.slice(current, verb.start).replace(/^["“]/u, ''))) return null;
    if (current <= 0) return null;
    const previous = this.sentenceStartBefore(current - 1);
    const sentence = this.text.slice(previous, current);
    const predicate = BODY_OPENING_PREDICATE.exec(sentence);
    if (!predicate || predicate.index === 0) return null;
    const found = this.namedSubjectEndingAt(verb, previous, previous + predicate.index);
    const kind = found ? this.kindOf(found) : undefined;
    return found && kind !== undefined && IT_KINDS.includes(kind) ? found : null;
  }

  /** The asides between a speaker's name and the speech verb, for the pronouns after them. */
  private readonly asides: Span[] = [];

  /**
   * "Secretary of State X, who spent the autumn in talks with Y that produced two ceasefires, said": the clause the
   * caller gave begins inside the asides ("that produced ..."), so the subject is looked for from the sentence's start,
   * and kept only when a chain of asides is all that stands between it and the verb.
   */
  private subjectPastAsides(verb: SpeechVerb, regionStart: number): ResolvedSpeaker | null {
    const from = this.sentenceStartBefore(verb.start);
    if (from >= regionStart || /["“”]/u.test(withoutQuotedTitles(this.text.slice(from, verb.start)))) return null;
    const found = named(this.subjectOf(verb, from));
    const mention = found?.mention;
    if (!found || !mention || mention.end > regionStart) return null;
    // "Speaking for the Group of Arab States, its chair, X of Qatar, said": a body inside a fronted phrase is no subject.
    // "Kerry met Lavrov, who ...": a name after a verb is its object. Only a title may stand before the subject.
    const prefix = this.text.slice(from, mention.start);
    if (!/^(?:\s*(?:\p{Lu}[\p{L}.'’-]*|of|for|to|the|and|on)\s+)*$/u.test(prefix) || FRONTED_OPENER.test(prefix)) return null;
    const between = this.text.slice(mention.end, verb.start);
    return /,/u.test(between) && isSkippable(between) ? found : null;
  }

  /**
   * The original speaker of a remark the verb's subject relays: a named subject doing a speech act in the verb's
   * complement ("said the Secretary-General “welcomes ...”", "recalled that X had told"), around a parenthetical
   * attribution ("The Secretary-General, he said, once again appealed"), or in the clause an attribution set off by
   * a comma closes ("the Russian delegation had threatened to ..., diplomats said"). Null when nothing is relayed.
   */
  private relayed(verb: SpeechVerb, regionStart: number): SpeakerResolution | null {
    const text = this.text;
    const sentenceEnd = (() => {
      const rest = text.slice(verb.end, verb.end + 400);
      const stop = /(?<![A-Z]|Mr|Mrs|Ms|Dr|Gen|St|Prof|\b\p{Lu}\p{Ll}{0,2})[.!?](?=["”’]?\s|["”’]?$)|\n/u.exec(rest);
      return verb.end + (stop ? stop.index : rest.length);
    })();
    const after = text.slice(verb.end, sentenceEnd);
    const resolveAt = (npStart: number, verbStart: number): SpeakerResolution | null => {
      const np = text.slice(npStart, verbStart).trim();
      // (s69) "Prof. X": a title's stop, no sentence's end.
      if (np === '' || RELAY_PRONOUN.test(np) || /(?<=\p{Ll}{2})(?<!\bProf)[.!?]\s/u.test(np) || np.split(/\s+/u).length > 16) return null;
      const found = this.namedSubjectEndingAt(verb, npStart, verbStart);
      if (!found) return null;
      // An unnamed group ("the civilians asked for a corridor") is what the relayer reports, not a speaker it quotes.
      if (found.status === 'proposed' && (found.proposal.kind === 'group' || !/^\p{Lu}/u.test(found.proposal.name))) return null;
      // "recalled that the Assembly had demanded ...": a council or assembly acts by its votes, it does not speak.
      if (found.status === 'actor' && this.deliberativeBody(found.id)) return null;
      // "Britain's ambassador, X, told the Council that the UK welcomed ...": a person giving a state's position speaks in
      // their own words; only a body's or a person's remark is relayed.
      if (this.isState(found) && this.personSubject(verb, regionStart)) return null;
      return found;
    };
    // "said (that) the Secretary-General “welcomes ...”", "recalled that the Coordinator, X, had told".
    const complement = RELAY_COMPLEMENT.exec(after);
    if (complement) {
      const npStart = verb.end + (complement[1] as string).length;
      const np = (complement[2] as string).replace(RELAY_MODIFIERS_TAIL, '');
      const found = resolveAt(npStart, npStart + np.trimEnd().length);
      if (found) return found;
    }
    // (s64) "His spokesperson said the minister had followed ... “with deep anger”": the principal's stance.
    const region = text.slice(regionStart, verb.start);
    const stance = SPOKESPERSON_WORD.test(region) ? STANCE_COMPLEMENT.exec(after) : null;
    if (stance) {
      const npStart = verb.end + (stance[1] as string).length;
      const np = (stance[2] as string).replace(RELAY_MODIFIERS_TAIL, '');
      const found = resolveAt(npStart, npStart + np.trimEnd().length);
      if (found) return found;
    }
    // "The Secretary-General, he said, once again appealed": the subject before the parenthetical.
    const parenthetical = /^(.*\S)\s*,\s*(?:he|she|they|it|[^,]{1,60}?)\s*$/su.exec(region);
    if (parenthetical && PARENTHETICAL_RELAY.test(after)) {
      const found = resolveAt(regionStart, regionStart + (parenthetical[1] as string).length);
      if (found) return found;
    }
    // "On Sunday, the Russian delegation had threatened to table its own text, diplomats said": the closed clause.
    if (/,\s*$/u.test(text.slice(Math.max(0, regionStart - 3), regionStart))) {
      const clauseFrom = Math.max(
        text.lastIndexOf('\n', regionStart) + 1,
        ...[...text.slice(Math.max(0, regionStart - 400), regionStart).matchAll(SENTENCE_BREAK)].map(
          (m) => Math.max(0, regionStart - 400) + m.index + m[0].length,
        ),
      );
      const clause = text.slice(clauseFrom, regionStart);
      const opening = RELAY_OPENING.exec(clause);
      const head = opening ? clause.slice(opening[0].length) : clause;
      const headStart = clauseFrom + (opening ? opening[0].length : 0);
      const act = RELAY_HEAD.exec(head);
      if (act) {
        const np = (act[1] as string).replace(RELAY_MODIFIERS_TAIL, '');
        const found = resolveAt(headStart, headStart + np.trimEnd().length);
        if (found) return found;
      }
    }
    return null;
  }

  /**
   * "Agencies quoted X as saying", "Interfax quoted him as saying", "he was quoted as saying", (s41) "RIA cited a
   * military source as saying": the one quoted speaks, not the agency that quotes.
   */
  private quotedAs(verb: SpeechVerb, regionStart: number): SpeakerResolution | null {
    if (!verb.participle || verb.lemma !== 'say' || /[.!?]/u.test(this.text.slice(verb.start, verb.end))) return null;
    // "as" opens a clause for the extractor; the quoting clause is the sentence's.
    const from = Math.min(regionStart, this.sentenceStartBefore(verb.start));
    const before = this.text.slice(from, verb.start);
    // (s37) "was quoted by the state news agency as saying", "was quoted in the Herald as saying": who quoted aside.
    const passive = /(?:^|\s)(?:was|were|is|are|has been|have been)\s+(?:quoted|cited)(?:\s+(?:by|in)\s+[^.;:"“”]{1,60}?)?\s+as\s*$/u.exec(
      before,
    );
    if (passive) return this.namedSubjectEndingAt(verb, from, from + passive.index);
    // The extractor may hand over the sentence's main verb ("quoted") for the participle after it.
    const main = /^([^.;:"“”]{0,40}?\b(?:quot|cit)(?:ed|es|ing)\s+)(.+?)\s+as\s+saying\b/u.exec(
      this.text.slice(verb.start, verb.start + 200),
    );
    const active = main ? null : /(?:^|\s)(?:quoted|quotes|quoting|cited|cites|citing)\s+(.+?)\s+as\s*$/u.exec(before);
    if (!active && !main) return null;
    // (s62) "quotes an officer of the Centre, who is not named, as saying": the relative clause is no part of the name.
    const object = ((main ? main[2] : (active as RegExpExecArray)[1]) as string).replace(/,\s*(?:who|which)\s[^,;:"“”]{1,60},?\s*$/u, '');
    const objectStart = main
      ? verb.start + (main[1] as string).length
      : from +
        (active as RegExpExecArray).index +
        (active as RegExpExecArray)[0].indexOf(object, (active as RegExpExecArray)[0].search(/quot|cit/u) + 6);
    const objectEnd = objectStart + object.length;
    const pronoun = /^(him|her)$/iu.exec(object);
    if (pronoun) return named(this.antecedent(objectStart, 'pronoun', null, pronoun[1]?.toLowerCase() === 'her' ? 'female' : 'male'));
    return this.namedSubjectEndingAt(verb, objectStart, objectEnd);
  }

  /**
   * The relative clauses set off by a comma before a position (the last 1,200 characters): ", who had hoped to succeed
   * Jo Lind as chair,", ", whose brother works for Relief Watch,", ", who met Omar Haddad on Monday." A person named
   * inside one describes the person before the comma and is no subject a later "he" or "she" points back to: "Mara
   * Holt, who hoped to succeed Jo Lind, met reporters. “...,” she said." is Holt's. Closed by a comma or the sentence's
   * end; a clause holding a quotation is left alone (its words may be the named person's).
   */
  private relativeClausesBefore(position: number): Span[] {
    const from = Math.max(0, position - 1200);
    return [...this.text.slice(from, position).matchAll(RELATIVE_CLAUSE)].map((m) => ({
      start: from + m.index,
      end: from + m.index + m[0].length,
    }));
  }

  /** A state, known to the gazetteer or a proposed one the ISO list names. */
  private isState(found: ResolvedSpeaker): boolean {
    if (found.status === 'actor') return this.gazetteer.actorKind(found.id) === 'state';
    // (s66) ... and a state's initials the ledger holds under no name of its own ("said that the UK had called for").
    return isoStateCode(found.proposal.name, { capitals: /^\p{Lu}{2,3}$/u.test(found.proposal.name) }) !== undefined;
  }

  /** Whether the clause of the verb has a person as its subject (a name, or an office its holder fills). */
  private personSubject(verb: SpeechVerb, regionStart: number): boolean {
    const subject = named(this.subjectOf(verb, regionStart));
    if (!subject) return false;
    return this.kindOf(subject) === 'person';
  }

  /** The kind of a speaker found (see `speakerKind`). */
  private kindOf(speaker: SpeakerResolution): string | undefined {
    return speakerKind(this.gazetteer, speaker);
  }

  /** A UN council or assembly: what it "demanded" or "called for" it decided by a vote, not a remark. */
  private deliberativeBody(id: string): boolean {
    const actor = this.gazetteer.actors.get(id);
    return actor?.kind === 'un_body' && /\b(?:Council|Assembly)$/u.test(actor.name);
  }

  /** The actor or named body whose clause, from `regionStart`, ends at `end` (where its verb would stand); else null. */
  private namedSubjectEndingAt(verb: SpeechVerb, regionStart: number, end: number): ResolvedSpeaker | null {
    return named(this.subjectOf({ ...verb, start: end, end, text: '' }, regionStart));
  }

  /**
   * Where the seat of a body closing a subject begins ("The External Affairs Ministry in New Delhi", "the foreign
   * ministry in Ankara", "Relief Watch in Stockholm"), the words after it skippable; null where the words before the
   * seat end in no office's head noun nor a body's name ("Diplomats in New York", "Jan Egeland in Geneva") or name people
   * at a body ("Diplomats at the UN in New York").
   */
  private seatOf(start: number, end: number): number | null {
    const subject = stripTail(this.text.slice(start, end));
    const posted = MISSION_POSTED_TO.exec(subject);
    if (posted) return start + posted.index + posted[0].indexOf(posted[1] as string);
    const remit = REMIT_TAIL.exec(subject);
    if (remit) return start + remit.index + (remit[1] as string).length;
    const programme = PROGRAMME_TAIL.exec(subject);
    if (programme) return start + programme.index + 1 + (programme[1] as string).length;
    const seat = SEAT_TAIL.exec(subject);
    if (!seat) return null;
    const at = start + seat.index;
    const seated = subject.slice(0, seat.index);
    // "Diplomats at the UN in New York", "Officials at the ministry in Ankara": people at a body, where they are.
    if (/\s(?:at|in|from|with)\s/iu.test(seated)) return null;
    // (s61) "A UNHCR spokesperson in Amman said", "a WHO spokeswoman in Geneva said": where the spokesperson of a body
    // named by its capitals sits (not a described one's: "a government spokesman in X").
    if (OFFICE_HEAD.test(seated) || SPOKESPERSON_OF_NAMED_BODY.test(seated)) return at;
    if (this.actorMentions.some((m) => m.end === at && m.start >= start && isBody(m.kind))) return at;
    const name = this.nameCandidate(start, at, 'before');
    return name && isBody(name.kind) ? at : null;
  }

  private subjectOf(verb: SpeechVerb, fromStart: number): SpeakerResolution {
    const text = this.text;
    // (s42) "15:12:40 GMT - A doctor ... told", "ALEPPO, Syria - Diplomats say": what heads a line (an entry's time, a
    // dateline) is no part of the subject; a description there was not read as one ("ALEPPO - Diplomats").
    const regionStart = clauseBodyStart(text, fromStart, verb.start);
    // "In a statement read on state television, the army general command said": the phrase set before the subject by
    // a comma is no part of it (only before a definite description: a name there is found wherever it stands).
    const fronted =
      FRONTED_PHRASE.exec(text.slice(regionStart, verb.start)) ??
      FRONTED_BARE.exec(text.slice(regionStart, verb.start)) ??
      FRONTED_TIME.exec(text.slice(regionStart, verb.start));
    // (s59) "In London Boris Johnson, the foreign secretary, told MPs": a place the gazetteer knows after "In", printed
    // with no comma before the name, is no part of the subject either.
    const placeFront = fronted ? null : /^\s*(?:In|At|From)\s+/u.exec(text.slice(regionStart, verb.start));
    const place = placeFront ? this.locationMentions.find((m) => m.start === regionStart + placeFront[0].length) : undefined;
    const afterPlace = place ? /^\s+(?=\p{Lu})/u.exec(text.slice(place.end, verb.start)) : null;
    const start = regionStart + (fronted ? fronted[0].length : place && afterPlace ? place.end + afterPlace[0].length - regionStart : 0);
    // "The External Affairs Ministry in New Delhi said", "the U.N. human rights office in Geneva said": where a body
    // sits is no part of who speaks; the subject ends before its seat.
    // (s37) "Iran, a key ally of the Syrian government, reportedly demanded": adverbs after the comma that closes an
    // apposition are no part of the subject; the subject is read as if the verb followed the comma.
    // (s67) A caller or listener known by a first name and a town, as a phone-in's write-up names them ("Anna from
    // Kestrel Bay said", "Brendan in Millford, a retired teacher, said"): one person, named with the town.
    const caller = this.placedCaller(start, verb.start);
    if (caller) return caller;
    const seatEnd = this.seatOf(start, verb.start) ?? verb.start;
    const adverbs = ADVERBS_AFTER_COMMA.exec(text.slice(start, seatEnd));
    // (s37) "Mian Raza Rabbani while winding up the debate said": an aside with no comma after a name is no part of it.
    const aside = UNMARKED_ASIDE_AFTER_NAME.exec(text.slice(start, seatEnd));
    // (s37) "Karim Nassar (51) said", "His wife Amal (39) said": an age in brackets after a name, as the Scottish, Irish
    // and Caribbean press print it, is no part of the subject.
    const age = AGE_IN_BRACKETS_TAIL.exec(text.slice(start, seatEnd));
    const bracket = AFFILIATION_IN_BRACKETS_TAIL.exec(text.slice(start, seatEnd));
    const affiliation =
      bracket &&
      // (s57) ... or a party's one letter, as the Swedish press prints it: "Margot Wallström (S)".
      (/^\p{Lu}[\p{L}\d-]{0,9}$/u.test(bracket[1] as string) && /\p{Lu}.*\p{Lu}|\d|^\p{Lu}$/u.test(bracket[1] as string)
        ? !acronymOf(bracket[1] as string, text.slice(start, start + bracket.index))
        : this.actorMentions.some((m) => {
            const open = start + bracket.index + bracket[0].indexOf('(') + 1;
            return m.kind === 'state' && m.start <= open + 4 && m.end === open + (bracket[1] as string).length;
          }))
        ? bracket
        : PARTY_AND_WARD_IN_BRACKETS_TAIL.exec(text.slice(start, seatEnd));
    // (s66) "The Norland local council, which runs the civil administration, said", "The charity Lakeside Friends,
    // which Omar Haddad helped to found, said": a relative clause of "which" about a body named or described before it
    // is no part of the subject; the subject ends at the body.
    const bodyWhich = BODY_BEFORE_WHICH.exec(text.slice(start, seatEnd));
    const region = {
      start,
      end: bodyWhich
        ? start + (bodyWhich[1] as string).length
        : seatEnd -
          (adverbs
            ? (adverbs[1] as string).length
            : aside
              ? aside[0].length - (aside[1] as string).length
              : age
                ? age[0].length
                : affiliation
                  ? affiliation[0].length
                  : 0),
    };
    // "a commander of the X movement, who gave his name as Abu Yamen, told": the name he gave.
    const gaveName = GAVE_NAME.exec(text.slice(region.start, region.end));
    if (gaveName) {
      const nameStart = region.start + gaveName.index + gaveName[0].lastIndexOf(gaveName[1] as string);
      const described = appositiveRole(`, ${text.slice(region.start, region.start + gaveName.index).trim()},`);
      return this.register(
        { start: nameStart, end: nameStart + (gaveName[1] as string).length, name: gaveName[1] as string, kind: 'person', title: null },
        described,
      );
    }
    // (s41) "A 40-year-old man called Ahmad said", "One, a teacher named Abu Jaafar, says": the name the person noun
    // is given.
    // The clause may have been cut at "called", read as a verb of naming: the sentence's words up to the subject's end.
    const sentenceFrom = Math.min(region.start, this.sentenceStartBefore(verb.start));
    const namedNoun = NOUN_NAMED.exec(text.slice(sentenceFrom, region.end));
    if (namedNoun) {
      const nameStart = sentenceFrom + namedNoun.index + namedNoun[0].trimEnd().replace(/,$/u, '').length - (namedNoun[2] as string).length;
      return this.register(
        { start: nameStart, end: nameStart + (namedNoun[2] as string).length, name: namedNoun[2] as string, kind: 'person', title: null },
        namedNoun[1] as string,
      );
    }
    // (s48) "The foreign ministers of Russia, Iran and Turkey said", "the leaders of France and Germany said": office
    // holders of a list of states or bodies speak together, a group named as the article names it (not the last owner).
    const ownersGroup = OWNERS_LIST_GROUP.exec(text.slice(region.start, region.end));
    if (ownersGroup) {
      const nameStart = region.start + ownersGroup.index + ownersGroup[0].indexOf(ownersGroup[1] as string);
      const name = ownersGroup[1] as string;
      return this.register({ start: nameStart, end: nameStart + name.length, name, kind: 'group', title: null }, null);
    }
    // "the World Health Organization said ... WHO said": an acronym of a body named in full before is that body.
    const initials = /^\s*(?:[Tt]he\s+)?(\p{Lu}{2,6})\s*$/u.exec(stripTail(text.slice(region.start, region.end)));
    if (initials) {
      const named = this.namedBodyByInitials(initials[1] as string, region.start);
      if (named) return named;
    }
    // "The European Union, in a statement delivered by the head of its delegation, X, said": the one whose statement
    // another delivers speaks, not the one who delivers it.
    const delivered = DELIVERED_BY.exec(text.slice(region.start, region.end));
    if (delivered && delivered.index > 0) {
      const found = this.namedSubjectEndingAt(verb, region.start, region.start + delivered.index);
      if (found) return found;
    }
    const inRegion = (span: Span) => span.start >= region.start && span.end <= region.end;
    // "Turkey's foreign minister, Mevlut Cavusoglu, said": a name closed by a comma is the subject only when it
    // is the whole appositive, not the tail of one ("Jan Egeland, who chairs the task force for Syria, said").
    const adjacent = (span: Span) => {
      // "Samantha Power of the United States, at the same session, asked": the person, not the state after "of".
      const between = text
        .slice(span.end, region.end)
        .replace(/^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?=\s*,)/u, '');
      const before = text.slice(region.start, span.start);
      // "The mayor, who came with his wife, Ana Roe, said", "..., who sat with the Mayor, Ana Roe, at the front, said":
      // a name apposed inside a relative clause about the subject is no subject, whatever of the clause follows it.
      if (RELATIVE_NAME_BEFORE.test(before)) return false;
      if (isSkippable(between)) return true;
      if (!isSkippable(between.replace(/^\s*,/u, ''))) return false;
      // (s51) A courtesy title before the name is part of it ("the Russian Foreign Minister, Mr Sergei Lavrov, said").
      if (/(?:^|,)\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u.test(before) || /^\s*(?:the\s+)?$/iu.test(before)) return true;
      // (s67) So is a description in lower case printed before it ("Her co-counsel, the Hamburg lawyer Jens Roe, said").
      return describedBeforeName(before);
    };

    const known = this.actorMentions.filter((m) => inRegion(m) && adjacent(m));
    // "a hotel worker in Pas de la Casa who comes from Aleppo, said": a name proposed after a preposition of place is
    // where the subject is, whatever the name was taken for elsewhere.
    const proposed = this.proposalMentions.filter((p) => inRegion(p.span) && adjacent(p.span) && !this.placedAfter(p.span, region.start));
    const person = known.filter((m) => m.kind === 'person').at(-1);
    const proposedPerson = proposed.filter((p) => p.proposal.kind === 'person').at(-1);
    if (person && (!proposedPerson || person.end >= proposedPerson.span.end)) return this.actor(person);
    if (proposedPerson) return { status: 'proposed', proposal: proposedPerson.proposal, via: 'name', mention: proposedPerson.span };
    const served = this.personOfBody(region.start, region.end);
    if (served) return served;

    const subject = stripTail(text.slice(region.start, region.end));
    const subjectEnd = region.start + subject.trimEnd().length;
    // "remarks by Sergei Lavrov, who said that": the relative pronoun's antecedent speaks.
    if (subject.trim() === '' || /^\s*who\s*$/iu.test(subject)) {
      const who = /,\s*(?:who\s+)?$/u.exec(text.slice(Math.max(0, region.start - 12), subjectEnd));
      if (who && /\bwho\s*$/iu.test(text.slice(Math.max(0, region.start - 12), subjectEnd)))
        return this.relativeAntecedent({ comma: Math.max(0, region.start - 12) + who.index });
    }
    // "Its spokeswoman, Ana Ruiz, said", "A spokesman for Relief Watch, Jonas Berg, said": the apposed name speaks.
    // (s32) "Norland's ambassador, Jo Lind, whose country drafted the text, told": the name apposed before a relative
    // clause about it.
    const beforeRelative = RELATIVE_AFTER_APPOSITION.exec(subject);
    const apposedName =
      this.apposedName(region.start, subjectEnd) ??
      (beforeRelative ? this.apposedName(region.start, region.start + beforeRelative.index + 1) : null);
    if (apposedName) return apposedName;
    // "his brother told him ...", "the brother told him ...": a relative named by the tie.
    const relative = this.kinSubject(region.start, subjectEnd);
    if (relative) return relative;
    // (s37) "The father-of-three told The Courier", "the 43-year-old replied": the British and Irish press's way of
    // naming again the person just spoken of, read as "he" or "she" is (of the sex a parent's word gives). (s58) So is
    // the leader of a party or movement named by it ("The Future Movement leader added that ...").
    const again = PERSON_NAMED_AGAIN.exec(subject);
    if (again) {
      const word = (again[2] ?? '').toLowerCase();
      const gender = /^(?:father|grandfather|dad)$/u.test(word) ? 'male' : /^(?:mother|grandmother|mum|mom)$/u.test(word) ? 'female' : null;
      const found = this.antecedent(subjectEnd, 'pronoun', null, gender, null, again[1] ? Number(again[1]) : null);
      if (found.status === 'actor' || found.status === 'proposed') return found;
    }
    // (s58) "The member for Betio, who asked the question, said": a parliament's member named by the seat, as its
    // record and the press name one; a person, by those words.
    const seat = MEMBER_FOR_SEAT.exec(subject);
    if (seat) {
      const at = region.start + seat.index + (seat[0].length - seat[0].trimStart().length);
      const name = `${(seat[1] as string).toLowerCase() === 'mp' ? 'MP' : (seat[1] as string).toLowerCase()} for ${seat[2] as string}`;
      const registered = this.register(
        { start: at, end: at + (seat[1] as string).length + 5 + (seat[2] as string).length, name, kind: 'person', title: null },
        null,
      );
      if (registered.status === 'actor' || registered.status === 'proposed') return registered;
    }
    // (s68) Another broadcaster's correspondent, not the article's own: "Its correspondent in Aleppo said", "The
    // channel's New York correspondent recalled", "Norland TV's correspondent at the border said".
    const outletReporter = this.outletCorrespondent(region.start, subject);
    if (outletReporter) return outletReporter;
    // (s68) "An opposition radio station broadcasting from the border town of Kalmar said": a broadcaster the report
    // describes without a name speaks by its description, where it broadcasts from no part of it.
    const describedOutlet = OUTLET_DESCRIBED_SUBJECT.exec(subject);
    if (describedOutlet) {
      const name = describedOutlet[1] as string;
      const at = region.start + subject.indexOf(name);
      const registered = this.register({ start: at, end: at + name.length, name, kind: 'organization', title: null }, null);
      if (registered.status === 'proposed' || registered.status === 'actor') return registered;
    }
    // (s68) "The channel said", "The station added": the broadcaster the report named just before.
    if (OUTLET_ITSELF.test(subject) || (OUTLET_VOICE.test(subject) && !VOICE_NOUN.test(text.slice(0, region.start)))) {
      const outlet = this.broadcasterBefore(region.start);
      if (outlet) return outlet;
    }
    // "Its humanitarian office said", "his office said": the office of the body or person just named.
    const ownOffice = POSSESSIVE_OFFICE.exec(subject);
    if (ownOffice) {
      const found = this.possessiveOffice(subjectEnd - ownOffice[0].trimStart().length, subjectEnd, ownOffice);
      if (found) return found;
    }
    // (s56) "He gave his name only as Abu Mohammad and said ...": the name the pronoun's person gave in the clause.
    const clauseFrom = this.sentenceStartBefore(region.start);
    const gaveAndSaid = PRONOUN_GAVE_NAME.exec(text.slice(clauseFrom, subjectEnd));
    if (gaveAndSaid && !NOT_PLACES.test(gaveAndSaid[1] as string) && !this.gazetteer.actorByName(gaveAndSaid[1] as string)) {
      const name = gaveAndSaid[1] as string;
      const at = clauseFrom + gaveAndSaid.index + gaveAndSaid[0].lastIndexOf(name);
      const registered = this.register({ start: at, end: at + name.length, name, kind: 'person', title: null }, null);
      if (registered.status === 'proposed' || registered.status === 'actor') return registered;
    }
    // "It put the toll at 40 and accused ...": a second verb of the clause's subject.
    const coordinated = this.coordinatedSubject(verb, region.start, subject);
    if (coordinated) return coordinated;
    // "She pointed to Germany and Sweden, whose courts ..., and said": the clause began at "and"; its subject is the
    // sentence's.
    // '... that the powers "want to save them," and said ...': after a quotation, the same.
    if (
      (subject.trim() === '' && /(?:,\s*|\s)and\s*$/u.test(text.slice(Math.max(0, region.start - 8), region.start))) ||
      (/^\s*and\s*$/u.test(subject) && /[,.]?["”’]\s*$/u.test(text.slice(Math.max(0, region.start - 3), region.start)))
    ) {
      const from = this.sentenceStartBefore(region.start);
      const shared = this.coordinatedSubject(verb, from, text.slice(from, region.end), true);
      if (shared) return shared;
    }
    const pronoun = PRONOUN_TAIL.exec(subject);
    if (pronoun) {
      const gender = (pronoun[1] as string).toLowerCase() === 'she' ? 'female' : 'male';
      const sender = this.messageSender(subjectEnd, gender) ?? this.writtenBySender(verb, subjectEnd, gender);
      if (sender) return sender;
      return this.learnGender(this.antecedent(subjectEnd, 'pronoun', null, gender), gender);
    }
    // "X said A. It said B.", "Activists said A. ..., they said.": the body or group that has just spoken.
    const it = /(?:^|[\s,])(it|they)\s*$/iu.exec(subject);
    if (it && subject.trim().split(/\s+/u).length === 1) {
      const found = this.lastSpeaker(subjectEnd, (it[1] as string).toLowerCase() === 'it' ? IT_KINDS : THEY_KINDS);
      if (found) return found;
      const opener = (it[1] as string).toLowerCase() === 'it' ? this.bodyOpeningSentenceBefore(verb) : null;
      if (opener) return opener;
      // (s67) A press review's "it writes", "it argues" after the quotation it closes, with no body speaking just
      // before: the paper its paragraph named ("The Taunus-Kurier (Wiesbaden) spreads the blame ... The paper is
      // unimpressed. "...," it writes"). Not an "it" set inside a sentence ("Egypt, it notes, voted ...").
      const trailer = /["”]\s*$/u.test(text.slice(Math.max(0, region.start - 4), region.start + subject.search(/\S/u)));
      const paper = (it[1] as string).toLowerCase() === 'it' && trailer ? this.publicationBefore(region.start) : null;
      if (paper) return paper;
    }
    // "Nigeria's deputy permanent representative to the UN, who spoke for the delegation, told", "In his statement,
    // the Permanent Representative of Ukraine to the UN stressed": the office's holder.
    const clause = subject.replace(RELATIVE_TAIL, '').trimEnd();
    const comma = clause.lastIndexOf(',');
    const openedBefore = comma >= 0 && FRONTED_OPENER.test(text.slice(this.sentenceStartBefore(region.start), region.start + comma));
    const clauseStart = openedBefore ? comma + 1 : 0;
    const posted = this.postedOffice(region.start + clauseStart, region.start + clause.length);
    if (posted) return posted;
    // "UN officials said", "a UN official said": people of a known body, not its voice.
    const people = this.bodyPeople(region.start, subjectEnd);
    if (people) return people;
    // "the U.N. humanitarian office said": a known body's office, agency or ministry speaks as itself.
    const apposedOffice = /,\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s*,\s*$/u.exec(subject);
    // (s41) "On the ground, Syrian state television said": after a phrase set before the subject by a comma, the office
    // is read from the comma on, as the posted office is.
    const office = apposedOffice
      ? null
      : this.bodyOffice(region.start + clauseStart, nameEndOf(text, region.start + clauseStart, subjectEnd));
    if (office) return office;
    // "The municipality said": the municipality of the town the story last named ("In Gaziantep, ...").
    const local = LOCAL_BODY_ALONE.exec(subject);
    // "The local council in Sheikh Maqsoud told": the council of the place it names, as written.
    const placed = LOCAL_BODY_PLACED.exec(subject);
    const ofPlace = this.placeLocalBody(region.start, subjectEnd);
    if (ofPlace) return ofPlace;
    if (placed) {
      const at = region.start + subject.indexOf(placed[1] as string);
      const registered = this.register(
        { start: at, end: at + (placed[1] as string).length, name: placed[1] as string, kind: 'organization', title: null },
        null,
      );
      if (registered.status === 'proposed') return registered;
    }
    if (local) {
      // Only a town of the same paragraph, known to the gazetteer or set as the scene ("In Gaziantep, ...").
      const paragraphStart = this.text.lastIndexOf('\n', region.start) + 1;
      const known = this.locationMentions
        .filter((m) => m.start >= paragraphStart && m.end <= region.start && ['city', 'town', 'village'].includes(m.kind))
        .at(-1);
      const scene = [
        ...this.text.slice(paragraphStart, region.start).matchAll(/(?:^|[.!?]\s+)In\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?=[,\s])/gu),
      ]
        .map((m) => m[1] as string)
        .filter((name) => !NOT_PLACES.test(name) && !this.gazetteer.actorByName(name))
        .at(-1);
      const town = known?.text ?? scene;
      if (town) {
        const at = region.start + subject.search(/\S/u);
        const registered = this.register(
          { start: at, end: subjectEnd, name: `${town} ${(local[1] as string).toLowerCase()}`, kind: 'organization', title: null },
          null,
        );
        if (registered.status === 'proposed') return { ...registered, via: 'description', mention: null };
      }
    }
    // "the army general command said": the army's command speaks as the army.
    const armyCommand = ARMY_COMMAND_SUBJECT.exec(subject);
    if (armyCommand) {
      const adjectiveAt = armyCommand[1] ? region.start + subject.indexOf(armyCommand[1]) : -1;
      const owner = this.actorMentions.find((m) => m.kind === 'state' && m.start === adjectiveAt);
      const state = armyCommand[1] ? owner : this.armyState(region.start);
      if (state) return { status: 'actor', id: state.id, via: 'description', mention: null };
    }
    // (s33) "Norland's army said", "Norland's military high command said": a state's armed forces speak as the state,
    // as "the Norlandic army" does by its alias.
    const stateArmy = STATE_ARMY_SUBJECT.exec(subject);
    if (stateArmy) {
      const ownerEnd = region.start + stateArmy.index;
      const owner = this.actorMentions.find((m) => m.end === ownerEnd && m.kind === 'state' && m.start >= region.start);
      if (owner && /^\s*(?:the\s+)?$/iu.test(text.slice(region.start, owner.start))) return this.actor(owner);
    }
    // "The monitoring group, which relies on ..., said": the description before its relative clause.
    const bodySubject = subject.replace(/,\s*(?:who|which)\s[^,;:()"“”]{1,120},?\s*$/u, '');
    // "the civil defence said": the short form, in lower case, of a body the article named in full before ("the Syrian
    // Civil Defence").
    const short = /^\s*[Tt]he\s+((?:\p{Ll}[\p{L}'’-]*\s+){1,3}\p{Ll}[\p{L}'’-]*)\s*$/u.exec(bodySubject);
    if (short) {
      const named = this.namedBodyEndingWith(short[1] as string, region.start);
      if (named) return named;
      // (s43) A rescue service a war story calls by its common noun, named in full nowhere ("Residents reported strikes
      // ..., and the civil defence said some 30 people had been hurt"; unseen "the fire service said"): that body.
      if (RESCUE_SERVICE.test(short[1] as string)) {
        const at = region.start + bodySubject.indexOf(short[1] as string);
        const registered = this.register(
          {
            start: at,
            end: at + (short[1] as string).length,
            name: (short[1] as string).replace(/\s+/gu, ' '),
            kind: 'organization',
            title: null,
          },
          null,
        );
        if (registered.status === 'proposed' || registered.status === 'actor') return registered;
      }
    }
    // (s47) "State television said", "state media reported" with no state named before its noun: the broadcaster as the
    // text names it (a curator may merge it into the state's own outlet), as "Syrian state television" is proposed.
    const stateOutlet = STATE_OUTLET_SUBJECT.exec(bodySubject);
    if (stateOutlet) {
      const at = region.start + bodySubject.indexOf(stateOutlet[1] as string);
      const registered = this.register(
        { start: at, end: at + (stateOutlet[1] as string).length, name: stateOutlet[1] as string, kind: 'organization', title: null },
        null,
      );
      if (registered.status === 'proposed' || registered.status === 'actor') return registered;
    }
    // "The letters said", "the ministry's daily bulletin said": a document speaks for whoever issued it.
    const document = this.documentIssuer(region.start, subjectEnd, verb);
    if (document) return document;
    // "In an editorial ..., the paper says", "The Dubai-based daily says": the newspaper the article named before.
    if (PUBLICATION_TAIL.test(bodySubject)) {
      const paper = this.publicationBefore(region.start);
      if (paper) return paper;
    }
    const body = BODY_DESCRIPTION_TAIL.exec(bodySubject) ?? MODIFIED_BODY_TAIL.exec(bodySubject);
    if (body) {
      const noun = (body[1] as string).toLowerCase();
      // "the Observatory said": the short form of a body the article named in full ("Syrian Observatory for ...").
      if (/^\p{Lu}/u.test(body[1] as string)) {
        const named = this.namedBodyWith(body[1] as string, region.start);
        if (named) return named;
      }
      // Not a body a phrase places people at ("Officials at the foreign ministry said").
      const placed = /\b(?:at|in|of|from|for|with|by|to|and)\s*$/iu.test(bodySubject.slice(0, body.index));
      const described = placed
        ? undefined
        : { words: describedWords(body[0] as string), start: region.start + bodySubject.indexOf(body[0] as string) };
      const found = this.bodyAntecedent(subjectEnd, noun, true, described);
      if (found.status !== 'none' && this.fitsDescription(found, body[0] as string)) return found;
      const home = placed ? null : this.homeBody(body[0] as string, region.start + subject.search(/\S/u), subjectEnd);
      if (home) return home;
      const directorate = placed
        ? null
        : this.describedDirectorate(body[0] as string, region.start + bodySubject.indexOf(body[0] as string));
      if (directorate) return directorate;
      // "The army said" with no state speaking just before: the army of the state the story last named.
      if ((noun === 'army' || noun === 'military') && /^\s*the\s+\p{Ll}+\s*$/iu.test(subject)) {
        const state = this.armyState(region.start);
        if (state) return { status: 'actor', id: state.id, via: 'description', mention: null };
      }
      // (s65) "The government says X; the rebels say Y": a bare "the government" set against the rebels or the
      // opposition speaking in the same sentence is the government of the war's state, the one the story named with
      // its forces ("the Syrian army"), not any other government the article names.
      if (noun === 'government' && /^\s*the\s+government\s*$/iu.test(subject)) {
        const rest = this.text.slice(subjectEnd, this.sentenceEndAfter(subjectEnd));
        const state = SIDES_SET_AGAINST.test(rest) ? this.forcesState(region.start) : undefined;
        if (state) return { status: 'actor', id: state.id, via: 'description', mention: null };
      }
      const own = placed ? null : this.bodyOfItsWords(bodySubject, region.start);
      if (own) return own;
    }
    // (s31) "the head of state noted", "the Tarvian leader added": the president, prime minister or monarch the article
    // named, of the state the adjective stands for (a word of the holder's role: "President of Tarvia"); with
    // none named, the other readings below.
    const headOfState = known.length > 0 ? null : HEAD_OF_STATE_TAIL.exec(subject);
    // "a promise the head of state once made": a relative clause about the noun before it tells of no new remark.
    const headAt = headOfState ? region.start + headOfState.index : 0;
    if (headOfState && !/\b(?:an?|the|this|that)\s+\p{Ll}+\s+$/u.test(text.slice(Math.max(0, headAt - 30), headAt))) {
      const adjective = headOfState[1] ?? null;
      const found = this.antecedent(subjectEnd, 'description', HEAD_OF_STATE, null, adjective ? nationalityOf(adjective) : null);
      const ofState = (role: string) => adjective !== null && markHeld(role.toLowerCase(), adjective.toLowerCase());
      if ((found.status === 'actor' || found.status === 'proposed') && (!adjective || this.rolesOf(found).some(ofState))) return found;
    }
    // (s34) "The head of Norlandic diplomacy also reaffirmed": the foreign minister the article named.
    const headOfDiplomacy = known.length > 0 ? null : HEAD_OF_DIPLOMACY_TAIL.exec(subject);
    if (headOfDiplomacy) {
      const adjective = headOfDiplomacy[1] ?? null;
      const found = this.antecedent(subjectEnd, 'description', HEAD_OF_DIPLOMACY, null, adjective ? nationalityOf(adjective) : null);
      if (found.status === 'actor' || found.status === 'proposed') return found;
    }
    // "The Chief Mediator said" where the gazetteer knows the office: the office's own path, below.
    // "The Harbour Master, who came with two pilots, said": the description before a relative clause.
    const describedSubject = subject.replace(RELATIVE_TAIL, '').trimEnd();
    const description = known.some((m) => m.end >= subjectEnd - 1 && m.start < subjectEnd)
      ? null
      : (DESCRIPTION_TAIL.exec(describedSubject) ??
        OFFICE_OF_TAIL.exec(describedSubject) ??
        OFFICE_FOR_PORTFOLIO_TAIL.exec(describedSubject));
    if (description) {
      // "A Turkish official said ... the official added": a generic word for an office-holder goes back to the one the
      // article introduced with it (this paragraph or the one before) before any named holder of an office.
      // (s41) "the pontiff" is the Pope.
      const noun = OFFICE_SYNONYMS[(description[1] as string).toLowerCase()] ?? (description[1] as string).toLowerCase();
      // "A spokesperson for the ministry said ... the spokesperson said": an unnamed spokesperson goes back to the one
      // introduced so, as a nationality's official does.
      const introduced =
        GENERIC_POSTS[noun] && nationalityOf(description[0])
          ? this.introducedBefore(noun, region.start)
          : /^spokes/u.test(noun)
            ? this.introducedBefore(noun, region.start, true)
            : null;
      if (introduced) return introduced;
      const found = this.antecedent(subjectEnd, 'description', noun, null, nationalityOf(description[0]));
      // (s30) "Foreign Minister Ilse Varga said ... The Defence Minister said": a holder of another post of that noun is
      // not the one meant; the office is someone unnamed (unheldOffice).
      const holds = (who: SpeakerResolution) => this.holdsDescribedOffice(who, noun, nationalityOf(description[0]), description[0]);
      const unheld = () => this.unheldOffice(region.start + description.index, subjectEnd, description[0]);
      if (found.status !== 'none') {
        if ((found.status !== 'actor' && found.status !== 'proposed') || holds(found)) return found;
        // (s59) "Emily Thornberry asked about ... The shadow foreign secretary suggested ...": an office the holder
        // found does not hold, right after a sentence naming one person the article gives no role, is hers.
        const unplaced = this.rolelessPersonBefore(subjectEnd);
        if (unplaced) return unplaced;
        return (
          unheld() ??
          (OTHER_POST_WORD.test(description[0])
            ? (this.unheldOffice(region.start + description.index, subjectEnd, description[0], true) ?? found)
            : found)
        );
      }
      // "the Russian envoy said" with no envoy named before: the state or body the envoy speaks for.
      const spokesperson = this.spokesperson(region.start, subjectEnd);
      // "A Western diplomat said ... the diplomat added": the unnamed one introduced before.
      if (spokesperson.status !== 'none') return spokesperson;
      // "Maria Ruiz said ... The diplomat said ...": a description of the person who spoke in the sentence before.
      const unnamedOne = this.unnamed(region.start, subjectEnd, 'one');
      if (unnamedOne) return unnamedOne;
      // "Ilse Varga said ... The Deputy Prime Minister said": not the last speaker where she holds no such post.
      // (s32) "The Chief Minister, who attended, said" with nobody speaking before: the office, someone unnamed.
      const last = this.lastSpeaker(subjectEnd, ['person']);
      if (!last) return unheld() ?? spokesperson;
      // (s37) "Mahmoud Sabbagh, a teacher, said ... the cathedral dean said": a last speaker the article gives another
      // post or trade is not the one meant, the office in lower case too; the office is someone unnamed.
      // Not where the article gave the office with a capital before ("Governor X", "the Dean of Y"): its holder is named.
      const titledBefore = new RegExp(`\\b${noun.charAt(0).toUpperCase()}${noun.slice(1)}\\b`, 'u').test(this.text.slice(0, region.start));
      const otherwiseEmployed = ONE_HOLDER_OFFICE.test(noun) && !titledBefore && this.rolesOf(last).length > 0 && !holds(last);
      return holds(last)
        ? last
        : (unheld() ??
            (otherwiseEmployed ? this.unheldOffice(region.start + description.index, subjectEnd, description[0], true) : null) ??
            last);
    }
    // (s64) A definite description by a trade of the stage, the screen or sport, the whole subject: a profile's name
    // again for the one person its headline names ("The actress, who has visited the camps twice, urged fans to ...",
    // "The unbeaten European champion told the paper on Monday that ...").
    const famed = known.length > 0 ? null : FAMED_SUBJECT.exec(describedSubject);
    if (famed) {
      const profiled = this.headlinePerson(region.start, famed[1] as string);
      if (profiled) return profiled;
    }
    if (WRITER_TAIL.test(subject)) return { status: 'writer' };
    // (s70) "The Syrian Civil Defence rescue service said", "the White Helmets rescue group said": a body's name the
    // gazetteer does not know, then a word or two in lower case that say what kind of body it is: the name speaks, as it
    // would with no description. Not a state's adjective alone ("the Norlandic aid agency"), nor a place ("the Aleppo
    // relief group"), nor a name the gazetteer knows, which the description narrows ("the UN refugee agency").
    const namedKind = NAME_THEN_BODY_KIND.exec(bodySubject);
    if (namedKind) {
      const name = (namedKind[1] as string).trim();
      const at = region.start + (namedKind.index ?? 0) + namedKind[0].indexOf(name);
      const span = { start: at, end: at + name.length };
      const stateWords = name.split(/\s+/u).every((w) => isDemonym(w) || this.gazetteer.actorByName(w)?.kind === 'state');
      const place = this.locationMentions.some((m) => m.start <= span.start && span.end <= m.end);
      if (!stateWords && !place && !this.gazetteer.actorByName(name)) {
        const registered = this.register({ ...span, name, kind: 'organization', title: null }, null);
        if (registered.status === 'proposed' || registered.status === 'actor') return registered;
      }
    }

    // A name the gazetteer does not know, right before the verb or before an appositive ("X, a spokesman for Y, said").
    // "Karl Brandt, the envoy for Sweden, who also attended, told": a title and then a relative clause.
    // ", in a situation update published on Wednesday,": an aside whose time words the tail stripping cut into.
    const raw = text.slice(region.start, region.end);
    // (s50) "Ethiopia, which takes up its seat in 12 days, yesterday welcomed": the tail stripped ", yesterday" with the
    // comma that closes the aside; the aside keeps it.
    const commaCut =
      !/,\s*$/u.test(subject) && /^\s*,/u.test(raw.slice(subject.length)) && /,\s*(?:which|who)\s[^,;:()"“”]+$/u.test(subject);
    const apposable = !/,\s*$/u.test(subject) && /,\s*$/u.test(raw) ? raw : commaCut ? `${subject},` : subject;
    const titled = TITLED_APPOSITIVE.exec(apposable);
    const titledName = titled ? this.nameCandidate(region.start, region.start + titled.index, 'before') : null;
    const appositive = titledName ? titled : APPOSITIVE_LAST.exec(apposable);
    const role = appositive ? appositiveRole((appositive[1] as string | undefined) ?? appositive[0]) : null;
    // "The U.N. Children's Fund (UNICEF) said", "The Office (OCHA), in an update on Monday, said", "the Council (Kirab)
    // said": the name ends before its short name.
    const named = appositive ? apposable.slice(0, appositive.index) : subject;
    const acronym = SHORT_NAME_LAST.exec(named) ?? HANDLE_LAST.exec(named) ?? OWN_SCRIPT_NAME_LAST.exec(named);
    // "..., its general secretary, Reverend Jo Roe, said": a name (after its titles at most) that is the whole subject
    // before the comma closing the apposition; not the tail of an aside ("the service known as the White Helmets,").
    const closed = !acronym && !appositive ? /^([^,]+?)\s*,\s*$/u.exec(subject) : null;
    const closedEnd = closed ? region.start + (closed[1] as string).length : null;
    const closedCandidate = closedEnd === null ? null : this.nameCandidate(region.start, closedEnd, 'before');
    const closedName =
      closedCandidate !== null &&
      this.text
        .slice(region.start, closedCandidate.start)
        .split(/\s+/u)
        .every((word) => word === '' || isTitleWord(word));
    const nameEnd = acronym
      ? region.start + acronym.index
      : appositive
        ? region.start + appositive.index
        : closedName && closedEnd !== null
          ? closedEnd
          : subjectEnd;
    const listed = appositive !== null && LIST_REST.test(appositive[0]);
    let unknown = listed ? null : (this.nameCandidate(region.start, nameEnd, 'before') ?? this.surnameOfLatent(region.start, nameEnd));
    // (s70) "Marie Roe, Director General, Middle East, Global Affairs Norland, said": a division right after an office's
    // title is no name; the name before the chain of asides is (nameBeforeAsides).
    if (unknown && appositive && TITLE_PART_BEFORE.test(text.slice(region.start, unknown.start))) unknown = null;
    // (s55) "..., the Minister of Foreign Affairs, Gilbert Saboya, said": an office read as a body's name, a person's name
    // apposed to it, is that person's office; the person speaks.
    let officeFirst: string | null = null;
    const heldOffice = appositive && unknown?.kind !== 'person' ? ROLE_HEAD.exec(apposable.slice(0, appositive.index)) : null;
    if (appositive && heldOffice && (!unknown || unknown.name === heldOffice[0].trim())) {
      const from = region.start + appositive.index + Math.max(0, appositive[0].search(/\p{Lu}/u));
      const person = nameEndingAt(text, from, region.start + appositive.index + appositive[0].replace(/[\s,]+$/u, '').length);
      if (person?.kind === 'person' && !this.touchesKnown(person)) {
        officeFirst = heldOffice[0].trim();
        unknown = person;
      }
    }
    // "Mrs Mwansa said" after "Agnes Mwansa" and "her son, Chileshe Mwansa": a courtesy title and a surname are the
    // person named in full before, of the title's sex where two share the surname; not a new person "Mwansa".
    if (unknown?.kind === 'person' && unknown.title && !/\s/u.test(unknown.name)) {
      unknown = this.surnameOfLatent(region.start, nameEnd, titleSex(`${unknown.title} `)) ?? unknown;
    }
    // "Jordan said" after "Jordan Pellew", "Chad, a volunteer driver, said", "Georgia, 34, said": a state's ISO name
    // that is the given name of a person named before is that person; one apposed to an age or a noun for someone who
    // does something is a person the article calls by one name.
    if (unknown?.kind === 'state')
      unknown =
        this.givenNameOfLatent(unknown) ?? (appositive && describesOnePerson(appositive[0]) ? { ...unknown, kind: 'person' } : unknown);
    // "Diplomats at the UN in New York said": a name after a preposition of place is where the subject is.
    if (unknown && this.placedAfter(unknown, region.start)) unknown = null;
    // "Tove Lind told the council that Austria welcomed ...": a new state in a clause another verb reports gives the
    // reporter's account of its position (the reporter's statement), as a known state does there (`relayed`).
    const reported = /\bthat\s*$/u.test(text.slice(Math.max(0, region.start - 6), region.start));
    if (unknown?.kind === 'state' && reported) unknown = null;
    // "Ban said" after "Secretary-General Ban Ki-moon": one word of a known person the article named before.
    const knownByWord = unknown || known.length > 0 || proposed.length > 0 ? null : this.knownPersonByWord(region.start, nameEnd);
    if (knownByWord) return knownByWord;
    // (s55) "The Russian Centre for Reconciliation of Opposing Sides at the Hmeimim airbase said": a body's name before
    // where it sits, told in lower case.
    if (!unknown && !listed) {
      const sits = BODY_SITS_AT.exec(text.slice(region.start, nameEnd));
      const body = sits ? this.nameCandidate(region.start, region.start + sits.index, 'before') : null;
      // (A name of two words at least: "Doctors at the gate tell us" is people, no body.)
      if (body?.kind === 'organization' && /\s/u.test(body.name)) unknown = body;
    }
    let unknownRole = officeFirst ?? role;
    // "Abu Omar, not his real name, a nurse who worked at M10, said": a name before a chain of asides.
    if (!unknown && !listed && /,\s*$/u.test(apposable)) {
      const chained = this.nameBeforeAsides(region.start, apposable);
      if (chained) ({ candidate: unknown, role: unknownRole } = chained);
    }
    // "The mayor, who had lunch with the Dean, Jo Roe, on Friday, said": a name inside a relative clause is no subject.
    if (unknown && RELATIVE_NAME_BEFORE.test(text.slice(region.start, unknown.start))) unknown = null;
    // Of what is left, the subject is what stands nearest the verb.
    const options: { end: number; resolve: () => SpeakerResolution }[] = [];
    if (unknown) {
      const found = unknown;
      const foundRole = unknownRole;
      options.push({ end: found.end, resolve: () => this.register(found, foundRole) });
    }
    // A state or body inside the title after the name ("the envoy for Sweden") is not the subject, nor one named as
    // where the subject is ("a rebel official in Turkey").
    // (s35) "A cook from Vell based at a Norland camp says": where the unnamed subject works is not the subject.
    const introduced = this.unnamedPeople.find((p) => p.span.start >= region.start && p.span.start <= region.start + 2);
    const nonPerson = known
      .filter(
        (m) =>
          !(titledName && titled && m.start >= region.start + titled.index) &&
          !this.placedAfter(m, region.start) &&
          !this.whereUnnamedWorks(introduced, m) &&
          // (s48) "the ambassador to the United Nations told": the body a post is accredited to is no speaker; "the
          // Secretary-General of the United Nations said": nor the body an office named before it belongs to.
          !ACCREDITED_TO.test(text.slice(Math.max(region.start, m.start - 60), m.start)) &&
          !this.officeOwnedBy(m, region.start),
      )
      .at(-1);
    if (nonPerson) options.push({ end: nonPerson.end, resolve: () => this.officeHolder(nonPerson) ?? this.actor(nonPerson) });
    // The office itself speaks, by its holder of the day where the gazetteer knows one.
    const owned = known.at(-1);
    const owningOffice = owned ? this.officeOwnedBy(owned, region.start) : undefined;
    if (owned && owningOffice) options.push({ end: owned.end, resolve: () => this.officeHolder(owningOffice) ?? this.actor(owningOffice) });
    const proposedOther = proposed.filter((p) => !(reported && p.proposal.kind === 'state')).at(-1);
    if (proposedOther)
      options.push({
        end: proposedOther.span.end,
        resolve: () => ({ status: 'proposed', proposal: proposedOther.proposal, via: 'name', mention: proposedOther.span }),
      });
    options.sort((a, b) => a.end - b.end);
    const chosen = options.at(-1);
    if (chosen) return chosen.resolve();
    // (s55) "the Hatay governor's office said": an office-holder's office named by its place is a body, by the words the
    // article gives it.
    const holdersOffice = HOLDERS_OFFICE.exec(text.slice(region.start, subjectEnd));
    if (holdersOffice) {
      const name = holdersOffice[1] as string;
      const at = region.start + holdersOffice.index + holdersOffice[0].indexOf(name);
      const office = this.register({ start: at, end: at + name.length, name, kind: 'organization', title: null }, null);
      if (office.status === 'actor' || office.status === 'proposed') return office;
    }
    const police = this.police(region.start, nameEnd);
    if (police) return police;
    const group = this.unnamed(region.start, nameEnd, 'group');
    if (group) return group;
    const spokesperson = this.spokesperson(region.start, subjectEnd);
    return spokesperson.status === 'none' ? (this.unnamed(region.start, nameEnd, 'one') ?? spokesperson) : spokesperson;
  }

  /**
   * "Jens Roe of the UN humanitarian office told", "Ana Ruiz from the Norland-based charity Relief Watch, which runs
   * two clinics, said": a person's name opening the subject, then the body the person serves after "of", "from" or
   * "at" and up to a comma or the verb, is the subject; the body nearer the verb only says whose the person is. Only a
   * name of two words or more (or one the gazetteer knows as a person's), with at most a title or a phrase closed by a
   * comma before it, and asides alone between the body and the verb.
   */
  private personOfBody(start: number, end: number): SpeakerResolution | null {
    const subject = this.text.slice(start, end);
    const prefix = (from: number) => /^(?:[^;:"“”\n]*,)?\s*(?:(?:\p{Lu}[\p{L}.'’-]*|the)\s+)*$/u.test(this.text.slice(start, from));
    // (s58) Or a body named by its kind before its name ("Father Georges Maalouli of the parish of St Elias said").
    for (const served of subject.matchAll(
      /\s+(?:of|from|at)\s+(?:the\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:of|in|at)\s+)?(?:the\s+)?(?=\p{Lu})[^,;:"“”()\n]{1,80}?(?=\s*,|\s*$)/gu,
    )) {
      const nameEnd = start + served.index;
      if (!isSkippable(subject.slice(served.index + served[0].length))) continue;
      const known = this.personMentions.find((m) => m.end === nameEnd && m.start >= start);
      if (known) return prefix(known.start) ? this.actor(known) : null;
      const candidate = this.nameCandidate(start, nameEnd, 'before');
      if (candidate?.kind !== 'person' || nameWords(candidate.name).length < 2 || !prefix(candidate.start)) return null;
      return this.register(candidate, candidate.title);
    }
    return null;
  }

  /**
   * The name before a chain of asides set off by commas that closes `phrase` (which starts at `start`): the shortest
   * chain after which a name ends, up to three asides of up to a long line each, and the first of them that is a title.
   */
  private nameBeforeAsides(start: number, phrase: string): { candidate: NameCandidate; role: string | null } | null {
    const commas = [...phrase.matchAll(/,/gu)].map((m) => m.index);
    for (let k = commas.length - 2, asides = 1; k >= 0 && asides <= MAX_ASIDES; k--, asides++) {
      const pieces = phrase.slice((commas[k] as number) + 1, commas.at(-1)).split(',');
      // (s50) A title in quotation marks inside an aside ("which runs the “Family to Family” programme") is a name.
      if (!pieces.every((piece) => piece.trim() !== '' && piece.length <= 220 && !/[;:()"“”\n]/u.test(withoutQuotedTitles(piece))))
        return null;
      // (s37) "Karim Nassar (51), a grill owner,": the name before an age in brackets.
      const nameEnd = start + (commas[k] as number) - (AGE_IN_BRACKETS_TAIL.exec(phrase.slice(0, commas[k] as number))?.[0].length ?? 0);
      const candidate = this.nameCandidate(start, nameEnd, 'before') ?? this.singleNameBeforeAsides(start, nameEnd - start, pieces);
      if (!candidate) continue;
      // (s70) A government's style of titles, each part set off by commas ("Marie Roe, Director General, Middle East,
      // Global Affairs Norland, said"): a capitalised part right after an office's title is the office's division, not
      // the name; the name is further out.
      if (k > 0 && TITLE_PART_BEFORE.test(phrase.slice(0, candidate.start - start))) continue;
      const role =
        pieces.map((piece) => (PSEUDONYM_NOTE.test(piece) ? null : appositiveRole(`, ${piece},`))).find((r) => r !== null) ?? null;
      return { candidate, role };
    }
    return null;
  }

  /**
   * "Hala, not her real name, whose son ...,", "Lama, an English teacher in Sukkari,": one name alone before asides is a
   * person's when an aside says it is a pseudonym or what kind of person bears it, or (s37) opens on "who".
   */
  private singleNameBeforeAsides(start: number, comma: number, pieces: string[]): NameCandidate | null {
    const before = this.text.slice(start, start + comma);
    const single = /(?:^|[\s,(])(\p{Lu}\p{Ll}{2,})\s*$/u.exec(before);
    if (!single) return null;
    const name = single[1] as string;
    const nameStart = start + before.trimEnd().length - name.length;
    const span = { start: nameStart, end: nameStart + name.length };
    if (PLACE_PREPOSITION_BEFORE.test(this.text.slice(Math.max(0, span.start - 12), span.start))) return null;
    const described =
      pieces.some((piece) => PSEUDONYM_NOTE.test(piece)) ||
      SINGLE_NAME_APPOSED.test(`, ${(pieces[0] as string).trim()}`) ||
      AGE_APPOSED.test(`, ${(pieces[0] as string).trim()},`) ||
      // (s37) "Sama, who is in Grade 12 at the high school, said": "who" is said of a person named alone as the subject
      // (not of the last word of a place in an aside before it: "a physician from Ennis, Co Clare, who has worked").
      (/^\s*who\s/u.test(pieces[0] as string) && before.trim() === name);
    // Not told to be a person: a body's name where an aside says what body (singleNameOfBody vets the word itself).
    if (!described) return this.singleNameOfBody(span.start, span.end)?.candidate ?? null;
    return this.isNoSingleName(name) || this.touchesKnown(span) ? null : { ...span, name, kind: 'person', title: null };
  }

  /**
   * "Trendline, a social media analytics company based in Amsterdam,": one capitalised name apposed to a word for a
   * body is that body's name (an organisation), the apposed words its role.
   */
  private singleNameOfBody(start: number, end: number): { candidate: NameCandidate; role: string | null } | null {
    const name = this.text.slice(start, end);
    if (!/^\p{Lu}[\p{L}'’-]{2,}$/u.test(name) || this.isNoSingleName(name) || this.touchesKnown({ start, end })) return null;
    const apposed = SINGLE_NAME_BODY.exec(this.text.slice(end, end + 160));
    if (!apposed) return null;
    return { candidate: { start, end, name, kind: 'organization', title: null }, role: (apposed[1] as string).trim() };
  }

  /** A capitalised word that is no unknown one-word name: a month or day, a sentence adverb, a name the gazetteer knows. */
  private isNoSingleName(word: string): boolean {
    return NOT_PLACES.test(word) || NOT_SINGLE_NAMES.test(word) || this.gazetteer.actorByName(word) !== undefined;
  }

  /** Whether a span overlaps an actor or a place the gazetteer found. */
  private touchesKnown(span: Span): boolean {
    return [...this.actorMentions, ...this.locationMentions].some((m) => overlaps(m, span));
  }

  /**
   * A group just registered under the name the article gives it ("officials on both sides", "UN officials in Aleppo"),
   * also known by its shorter form ("officials", "UN officials"), so that a later "the officials" or the short form
   * alone finds it. The resolution as given.
   */
  private withAlias(found: SpeakerResolution, alias: string): SpeakerResolution {
    if (found.status === 'proposed' && !found.proposal.aliases.includes(alias)) {
      found.proposal.aliases.push(alias);
      this.indexProposal(found.proposal);
    }
    return found;
  }

  /**
   * (s68) A correspondent of a broadcaster the article reports on, the whole subject: "Its correspondent in Aleppo",
   * "The channel's New York correspondent", "Norland TV's correspondent at the border crossing". A monitoring report's
   * correspondent is the channel's, not the report's own ("our correspondent" stays the writer): an unnamed person
   * named by the channel ("Norland TV correspondent (unnamed)"); "its", "the channel's" name the broadcaster last
   * written before (BROADCASTER_BEFORE), an entry's heading in capitals too ("AL-MANAR TV (Beirut):").
   */
  private broadcasterBefore(start: number): SpeakerResolution | null {
    const paragraph = this.text.lastIndexOf('\n', start - 1);
    const from = paragraph < 0 ? 0 : this.text.lastIndexOf('\n\n', Math.max(0, paragraph - 2)) + 1;
    const window = this.text.slice(from, start);
    const last = [...window.matchAll(BROADCASTER_BEFORE), ...window.matchAll(BROADCASTER_DESCRIBED)]
      .sort((a, b) => a.index - b.index)
      .at(-1);
    if (!last) return null;
    const name = outletCased(last[1] as string);
    const at = from + last.index + last[0].indexOf(last[1] as string);
    const registered = this.register({ start: at, end: at + (last[1] as string).length, name, kind: 'organization', title: null }, null);
    return registered.status === 'proposed' || registered.status === 'actor' ? registered : null;
  }

  private outletCorrespondent(start: number, subject: string): SpeakerResolution | null {
    const found = OUTLET_CORRESPONDENT.exec(subject);
    if (!found) return null;
    const named = found[1];
    const channel = named ?? [...this.text.slice(Math.max(0, start - 1500), start).matchAll(BROADCASTER_BEFORE)].at(-1)?.[1];
    if (channel === undefined) return null;
    const cased = outletCased(channel).replace(/\b[Tt]elevision$/u, 'TV');
    const at = start + found.index + (found[0].length - found[0].trimStart().length);
    const noun = (found[2] as string).toLowerCase();
    const registered = this.register(
      { start: at, end: start + subject.trimEnd().length, name: `${cased} ${noun} (unnamed)`, kind: 'person', title: null },
      null,
    );
    return registered.status === 'proposed' || registered.status === 'actor' ? registered : null;
  }

  /**
   * The people of a known body (not a state's: "Turkish officials" are `unnamed`'s) that `text[start, end)` ends on, as
   * the article names them: "UN officials", "senior Relief Watch staff in Aleppo" are a `group` (with the body and
   * noun alone, "UN officials", as an alias where a place follows), "a UN official", "one ICRC surgeon" an unnamed
   * `person` ("UN official (unnamed)"). The curation rules record unnamed speakers so; the body speaks only through
   * its statement or its spokesperson. Null where the words there are anything else.
   */
  private bodyPeople(start: number, end: number): SpeakerResolution | null {
    const phrase = this.text.slice(start, end).replace(RELATIVE_TAIL, '');
    const from = start + phrase.lastIndexOf(',') + 1;
    const to = start + phrase.trimEnd().length;
    const body = this.actorMentions.find((m) => m.start >= from && m.end <= to && isBody(m.kind) && !this.placedAfter(m, from));
    if (!body || this.inQuote(body)) return null;
    const after = BODY_PEOPLE_AFTER.exec(this.text.slice(body.end, to));
    const lead = BODY_PEOPLE_LEAD.exec(this.text.slice(from, body.start));
    if (!after || !lead) return null;
    const article = (lead[1] ?? '').toLowerCase();
    const plural = after[1] !== undefined;
    if (plural === /^(?:an?|one)$/u.test(article)) return null;
    const nameStart = body.start - (lead[2] as string).length;
    const nounEnd = body.end + after[0].trimEnd().length - (after[3] ?? '').length;
    const short = this.text.slice(nameStart, nounEnd).trim();
    if (!plural) return this.register({ start: nameStart, end: nounEnd, name: `${short} (unnamed)`, kind: 'person', title: null }, null);
    const name = this.text.slice(nameStart, to).trim();
    return this.withAlias(this.register({ start: nameStart, end: to, name, kind: 'group', title: null }, null), short);
  }

  /**
   * (s34) "A Carrick midwife stationed in Norland says", (s35) "A cook from Vell based at a Norland camp says": a state
   * or place named where an unnamed person introduced before it works or lives is where, not whom the person speaks
   * for ("working for the Red Crescent" still is).
   */
  private whereUnnamedWorks(introduced: UnnamedPerson | undefined, mention: Mention): boolean {
    return (
      introduced !== undefined &&
      mention.start >= introduced.span.end &&
      WORKS_WHERE.test(this.text.slice(introduced.span.end, mention.start)) &&
      this.isPlaceOrState(mention)
    );
  }

  /**
   * Speakers the article does not name: a group as the article calls it ("Residents", "Rebel commanders", "aid
   * workers", "Turkish officials"; "the officials" points back to the last group of officials named), or one of a
   * group ("one surgeon" -> "surgeon (unnamed)"). Officials of a state are a group, as the article names them (those of
   * a named body are `bodyPeople`'s).
   */
  private unnamed(start: number, end: number, which: 'group' | 'one'): SpeakerResolution | null {
    const phrase = this.text.slice(start, end).replace(RELATIVE_TAIL, '');
    const comma = phrase.lastIndexOf(',');
    const segment = phrase.slice(comma + 1);
    const subject = segment.trim();
    if (subject === '' || subject.includes('\n')) return null;
    const from = start + comma + 1 + (segment.length - segment.trimStart().length);
    const to = from + subject.length;
    if (this.personMentions.some((m) => m.start >= from && m.end <= to)) return null;
    // "Diplomats at the UN", "a rebel official in Turkey": a body or state after a preposition of place is where they
    // are, not whom they speak for.
    const owners = this.actorMentions.filter((m) => m.start >= from && m.end <= to && !this.placedAfter(m, from));
    if (which === 'group') {
      const again = this.ownersGroupAgain(subject, from);
      if (again) return again;
      const definite = GROUP_DEFINITE.exec(subject);
      if (definite && definite.index === 0) {
        const noun = (definite[1] as string).toLowerCase();
        const earlier = this.proposalMentions
          .filter((p) => p.span.end <= from && (p.proposal.kind === 'group' || p.proposal.kind === 'armed_group'))
          .filter((p) => p.proposal.aliases.some((a) => a.toLowerCase().split(/\s+/u).at(-1) === noun))
          .at(-1);
        // (s43) Or a group the gazetteer knows, named before by words that end so ("a coalition of over 200 human rights
        // groups ... the groups say"): the later of the two.
        const known = this.actorMentions
          .filter((m) => m.end <= from && (m.kind === 'group' || m.kind === 'armed_group'))
          .filter((m) => this.text.slice(m.start, m.end).toLowerCase().split(/\s+/u).at(-1) === noun)
          .at(-1);
        if (known && (!earlier || known.end > earlier.span.end))
          return { status: 'actor', id: known.id, via: 'description', mention: null };
        if (earlier) return { status: 'proposed', proposal: earlier.proposal, via: 'description', mention: null };
      }
      // (s60) "Syrians in Cyprus say", "Iraqis living in Amman said": a nationality's people where they live, a group.
      const abroad = NATIONALS_IN.exec(subject);
      if (abroad && isDemonym((abroad[1] as string).replace(/s$/u, '')) && owners.every((m) => m.kind === 'state')) {
        const nameStart = from + subject.indexOf(abroad[1] as string);
        const name = this.text.slice(nameStart, to);
        return this.register({ start: nameStart, end: to, name, kind: 'group', title: null }, null);
      }
      const group = GROUP_SUBJECT.exec(subject);
      if (!group) return null;
      // (s42) Members of nothing named ("many members urged", in an Assembly debate the member states) are no group of
      // their own: "Crew members", "Members of the Syrian community" are.
      if (/^(?:(?:many|some|several|other|most|all|the)\s+)*members$/iu.test(subject)) return null;
      if (owners.some((m) => m.kind !== 'state')) return null;
      const modifiers = (group[2] as string).trim().split(/\s+/u).filter(Boolean);
      if (modifiers.some((w) => NOT_MODIFIERS.has(w.toLowerCase()) || /\d/u.test(w))) return null;
      // "Aid agencies said" speak; "news agencies reported" pass on what others said.
      // (s65) Unless no one else speaks in their sentence: "The truce broke down on Wednesday, news agencies reported",
      // "..., according to news agencies" give the agencies' own report ("Lavrov said ..., news agencies reported",
      // "news agencies quoted him as saying" stay the speaker's).
      if (
        /^agencies$/iu.test(group[3] as string) &&
        !modifiers.some((w) => /^(?:aid|relief|humanitarian)$/iu.test(w)) &&
        !(modifiers.some((w) => /^(?:news|wire)$/iu.test(w)) && this.agenciesAlone(from, to))
      )
        return null;
      const nameStart = from + (GROUP_DETERMINER.exec(subject)?.[0].length ?? 0);
      const head = group[1] as string;
      // "officials on both sides", "Medical staff in the east": the name as the article gives it, the head an alias.
      // (s58) Not the reporter's own part in it ("Canadian diplomats I spoke to"): "Canadian diplomats".
      let name = subject
        .slice(nameStart - from)
        .trim()
        .replace(/\s+(?:(?:that|whom)\s+)?(?:I|we)\s+(?:(?:have|had)\s+)?(?:spoke|spoken|talked)\s+(?:to|with)$/iu, '');
      // "In Ankara, officials there say": "there" is the place the sentence opened on.
      const scene = / there$/u.test(name)
        ? /^(?:In|At|From|Inside)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*,/u.exec(
            this.text.slice(this.sentenceStartBefore(from), from),
          )
        : null;
      if (scene) name = `${name.slice(0, -' there'.length)} in ${scene[1] as string}`;
      const kind: ActorKind = ARMED_MODIFIER.test(name) ? 'armed_group' : 'group';
      return this.withAlias(this.register({ start: nameStart, end: nameStart + name.length, name, kind, title: null }, null), head);
    }
    // "A father of four ..., said", "Another, asked ..., said", "the nurse said": as the article introduced them.
    const introduced = this.unnamedPeople.find((p) => p.span.start >= from && p.span.start <= from + 2 && p.span.end <= to);
    // (s70) A council or assembly named in the person's description ("An official of the council's relief office,
    // reached by telephone, said") is no one the person speaks for: it speaks by its votes.
    if (
      introduced &&
      owners.every((m) => this.whereUnnamedWorks(introduced, m) || contains(introduced.span, m) || this.deliberativeBody(m.id))
    ) {
      const found = this.unnamedPerson(introduced);
      if (found.status !== 'none') return found;
    }
    // (s70) "An agronomist with the European Union in Port Vell said", "An engineer with the Norland Water Board said": a
    // person the article introduces by a noun that serves no one in itself, then the body the person works with or for,
    // is one of the body's people, named with it as bodyPeople names "a UN official" ("European Union agronomist
    // (unnamed)"); a later "the agronomist said" is the same person.
    const worksWith =
      introduced && !introduced.definite && !SERVING_NOUN.test(introduced.noun)
        ? BODY_WORKED_WITH.exec(this.text.slice(introduced.span.end, to))
        : null;
    if (introduced && worksWith) {
      const at = introduced.span.end + worksWith[0].length;
      const run = CAPITALISED_RUN_AT_START.exec(this.text.slice(at, to))?.[0].replace(/['’]s$/u, '');
      // A body the gazetteer knows, or one whose name opens on one ("the Norland Water Board").
      const body = run ? owners.find((m) => m.start === at && (isBody(m.kind) || m.end < at + run.length)) : undefined;
      if (run && body && owners.every((m) => m.end <= at + run.length || this.isPlaceOrState(m))) {
        if (!introduced.name.startsWith(`${run} `)) introduced.name = `${run} ${introduced.name}`;
        const found = this.unnamedPerson(introduced);
        if (found.status !== 'none') return found;
      }
    }
    // "Western diplomats were sceptical. One said ...": one of the group the sentence before names.
    const oneOf = /^one(?:\s+of\s+(?:them|those|the\s+([\p{L}-]+)))?$/iu.exec(subject);
    if (oneOf && owners.length === 0) {
      const member = this.memberOfGroup(from, oneOf[1]?.toLowerCase() ?? null);
      if (member) {
        const found = this.register({ start: from, end: to, name: `${member} (unnamed)`, kind: 'person', title: null }, null);
        if (found.status === 'proposed') this.groupMembers.push({ span: { start: from, end: to }, name: member });
        return found;
      }
    }
    if (/^(?:another|a\s+second|a\s+third)$/iu.test(subject)) {
      // (s38) "Another, a legal adviser to a government, warned ...": the person noun apposed says who this one is.
      const apposed = APPOSED_PERSON_NOUN.exec(this.text.slice(to, to + 80));
      if (apposed)
        return this.register({ start: from, end: to, name: `${apposed[1] as string} (unnamed)`, kind: 'person', title: null }, null);
      // "One said ... Another said": a second member of the same group.
      const member = this.groupMembers.filter((m) => m.span.end <= from).at(-1);
      const person = this.unnamedPeople.filter((p) => !p.definite && p.span.end <= from).at(-1);
      if (member && (!person || person.span.end < member.span.end)) {
        const ordinal = /third/iu.test(subject) ? 'third' : 'second';
        return this.register({ start: from, end: to, name: `${ordinal} ${member.name} (unnamed)`, kind: 'person', title: null }, null);
      }
    }
    if (/^another$/iu.test(subject)) {
      const last = this.unnamedPeople.filter((p) => !p.definite && p.span.end <= from).at(-1);
      if (last) {
        const name = `second ${last.name.replace(/^(?:second|third) /u, '')}`;
        return this.register({ start: from, end: to, name, kind: 'person', title: null }, null);
      }
    }
    // "A Syrian military source told ... “...,” the source said": the one the article introduced with "a".
    const definite = DEFINITE_ONE.exec(subject);
    if (definite) return this.introducedBefore((definite[1] as string).toLowerCase(), from);
    const one = ONE_SUBJECT.exec(subject);
    if (!one || owners.length > 0) return null;
    const modifiers = (one[2] as string).trim().split(/\s+/u).filter(Boolean);
    if (modifiers.some((w) => NOT_MODIFIERS.has(w.toLowerCase()) || /\d/u.test(w))) return null;
    const words = one[1] as string;
    const nameStart = from + subject.indexOf(words);
    // (s38) "A Royal Hobart Hospital doctor says ..." in a feature's lede, then "Dr Nabil Atassi, 38, ..." opening the
    // next paragraph: the person the lede describes (namedAfterLede), as for one with fewer words before the noun.
    const named = this.namedAfterLede({ span: { start: from, end: to } });
    if (named) return this.register(named.candidate, named.role);
    return this.register(
      { start: nameStart, end: nameStart + words.length, name: `${words} (unnamed)`, kind: 'person', title: null },
      null,
    );
  }

  /**
   * (s64) The office holders of a list of states named before (OWNERS_LIST_GROUP: "the leaders of the United States,
   * Germany, France, Britain, Italy and Canada") named again by their noun: "the six leaders", "The leaders", "the three
   * foreign ministers". The count, where given, is the list's; the portfolio, where given, theirs. The last such group
   * before `from`; null where none fits ("the two leaders" after a list of three).
   */
  private ownersGroupAgain(subject: string, from: number): SpeakerResolution | null {
    const again = OWNERS_NAMED_AGAIN.exec(subject);
    if (!again) return null;
    const [, count, portfolio, noun] = again as unknown as [string, string | undefined, string | undefined, string];
    const fits = (name: string) => {
      const parts = OWNERS_GROUP_NAME.exec(name);
      if (!parts || (parts[2] as string).toLowerCase() !== noun.toLowerCase()) return false;
      if (portfolio && (parts[1] ?? '').toLowerCase() !== portfolio.toLowerCase()) return false;
      if (!count) return true;
      const owners = (parts[3] as string).split(/\s*,\s*(?:and\s+)?|\s+and\s+/u).filter((o) => o.trim() !== '').length;
      return owners === numberValue(count);
    };
    const earlier = this.proposalMentions.filter((p) => p.span.end <= from && p.proposal.kind === 'group' && fits(p.proposal.name)).at(-1);
    return earlier ? { status: 'proposed', proposal: earlier.proposal, via: 'description', mention: null } : null;
  }

  /** Where the paragraph before the one holding `position` starts, blank lines between them stepped over. */
  private paragraphBeforeStart(position: number): number {
    let end = this.text.lastIndexOf('\n', position - 1);
    while (end > 0 && this.text[end - 1] === '\n') end--;
    return end <= 0 ? 0 : this.text.lastIndexOf('\n', end - 1) + 1;
  }

  /**
   * "the source": the last one introduced as "a ... source" in this paragraph or the one before, outside quotations,
   * resolved as that introduction was (the state or body it speaks for, or an unnamed person). `unnamed`: only one
   * with no name apposed to it ("A spokesperson for the ministry said", not "A spokesman, Jonas Berg, said"), its body
   * after "for" read with it.
   */
  private introducedBefore(noun: string, position: number, unnamed = false): SpeakerResolution | null {
    const from = this.paragraphBeforeStart(position);
    const pattern = new RegExp(`(?<![\\p{L}-])(?:an?|one)\\s+((?:[\\p{L}.'’-]+\\s+){0,3}?)${escapeRegExp(noun)}(?![\\p{L}-])`, 'giu');
    const intro = [...this.text.slice(from, position).matchAll(pattern)]
      .map((m) => {
        const end = from + m.index + m[0].length;
        return { start: from + m.index, end: end + (unnamed ? (FOR_BODY.exec(this.text.slice(end, position))?.[0].length ?? 0) : 0) };
      })
      .filter((span) => !this.inQuote(span) && !(unnamed && NAME_APPOSED_NEXT.test(this.text.slice(span.end, span.end + 30))))
      .at(-1);
    if (!intro) return null;
    // "Ana Roe, a nurse at the clinic, said ... “...,” the nurse said": the description apposed to a person named before
    // it is that person, not someone unnamed.
    const apposedTo = wordApposedBefore(this.text, intro.start);
    if (apposedTo) {
      const proposed = this.proposalMentions.find((p) => p.span.end === apposedTo.end && p.proposal.kind === 'person');
      if (proposed) return { status: 'proposed', proposal: proposed.proposal, via: 'description', mention: null };
      const known = this.personMentions.find((m) => m.end === apposedTo.end);
      if (known) return { status: 'actor', id: known.id, via: 'description', mention: null };
    }
    // "A UN official said ... the official added": one of a body's people, as introduced.
    const people = this.bodyPeople(intro.start, intro.end);
    if (people?.status === 'proposed') return { ...people, via: 'description', mention: null };
    const spokesperson = this.spokesperson(intro.start, intro.end);
    if (spokesperson.status !== 'none') return { ...spokesperson, mention: null } as SpeakerResolution;
    const person = this.unnamed(intro.start, intro.end, 'one');
    return person && (person.status === 'actor' || person.status === 'proposed') ? { ...person, via: 'description', mention: null } : null;
  }

  /**
   * The member of a group of unnamed people named in the sentence before `position` or in its own, in the singular with
   * the words the article describes them by ("Western diplomats" -> "Western diplomat"); `noun` ("one of the doctors")
   * narrows it to that group.
   */
  private memberOfGroup(position: number, noun: string | null): string | null {
    const from = this.previousSentenceStart(position);
    const scope = this.text.slice(from, position);
    const groups = [...scope.matchAll(GROUP_MENTION)]
      .filter((m) => !this.inQuote({ start: from + m.index, end: from + m.index + m[0].length }))
      .filter((m) => !noun || (m[2] as string).toLowerCase() === noun);
    const group = groups.at(-1);
    if (!group) return null;
    const plural = (group[2] as string).toLowerCase();
    if (
      /^(?:staff|families|parents|partners|councils|sources|groups|agencies|associations|organisations|organizations|charities|opposition)$/u.test(
        plural,
      ) &&
      plural !== noun
    )
      return null;
    const singular = plural.endsWith('ies')
      ? `${plural.slice(0, -3)}y`
      : /(?:ss|sh|ch)es$/u.test(plural)
        ? plural.slice(0, -2)
        : plural.slice(0, -1);
    // Keep the describing words ("Western", "senior", "local"), not determiners or numbers ("Two", "the", "Some").
    const modifiers = (group[1] as string).trim().split(/\s+/u).filter(Boolean);
    let keep = modifiers.length;
    const describes = (word: string) =>
      !NOT_MODIFIERS.has(word.toLowerCase()) && !NUMBER_WORD.test(word) && (/^\p{Lu}/u.test(word) || DESCRIBING_WORD.test(word));
    while (keep > 0 && describes(modifiers[keep - 1] as string)) keep--;
    const described = modifiers.slice(keep);
    // "Officials at the foreign ministry said ... one official said": one of the body's people ("foreign ministry official").
    const served = SERVING_NOUN.test(plural) ? this.servedBody(from + group.index + group[0].length) : null;
    return [...described, ...(served ? [served] : []), singular].join(' ');
  }

  /**
   * The body named right after unnamed officials or sources at `end` ("An official at the Department of X", `SERVED_BODY`),
   * as the article writes it: capitals holding a word for a body or naming a body the gazetteer knows, or a body described
   * in lower case ("the foreign ministry"); null where none is (a place: "officials in Aleppo").
   */
  private servedBody(end: number): string | null {
    const served = SERVED_BODY.exec(this.text.slice(end, end + 160));
    if (!served) return null;
    const capitals = served[1];
    if (capitals === undefined) return (served[2] as string).trim();
    const at = end + served[0].length - capitals.length;
    const known = this.actorMentions.some((m) => m.start === at && m.end === at + capitals.length && isBody(m.kind));
    // (s70) Or capitals that a noun for a body of people follows: "an official of the Levant Front rebel group" is one
    // of the Levant Front's ("Levant Front official (unnamed)"), as "of the Foreign Ministry" is one of the ministry's.
    const kindAfter = BODY_KIND_AFTER.test(this.text.slice(at + capitals.length, at + capitals.length + 40));
    return known || SERVED_BODY_WORD.test(capitals) || kindAfter ? capitals : null;
  }

  /** The speaker named after the verb ("said Human Rights First's Neil Hicks", "according to the U.N."). */
  after(verb: SpeechVerb, regionEnd: number): SpeakerResolution {
    const text = this.text;
    // "X told the council": what follows "told" is the one told, never the teller ("told" does not invert as "said" does);
    // (s33) but a subject pronoun there can be no one told: "“...”, told he to the paper" (a translator's inversion).
    if (verb.lemma === 'tell' && !verb.speakerAfter && !verb.participle && !/^\s+(?:he|she)\b/u.test(text.slice(verb.end, regionEnd)))
      return { status: 'none' };
    // (s64) "..., wrote @omar_h on Sunday.": a handle right after the verb is its holder (handleHolder).
    const handle = verb.participle ? null : HANDLE_AFTER.exec(text.slice(verb.end, regionEnd));
    if (handle) return this.handleHolder(handle[1] as string, verb.end + handle[0].indexOf('@'));
    const phraseEnd = (() => {
      const rest = text.slice(verb.end, regionEnd);
      // (s45) Nor past the one who reached the source ("according to two forwarders contacted by Overland Freight Review").
      for (const stop of rest.matchAll(
        /[,;:.!?()"“”]|\s(?:who|which|while|in|at|on|during|after|before|when)\s|\s(?:contacted|quoted|cited|interviewed|reached|surveyed|polled|consulted)\s+by\s/gu,
      )) {
        // "said Ms. Ruiz", "said U.N. spokesman X": the full stop of an abbreviation or initial does not end it.
        if (stop[0] === '.' && (ABBREVIATION_BEFORE_STOP.test(rest.slice(0, stop.index)) || /^\p{L}/u.test(rest.slice(stop.index + 1))))
          continue;
        return verb.end + stop.index;
      }
      return verb.end + rest.length;
    })();
    const phrase = { start: verb.end, end: phraseEnd };
    const inPhrase = (span: Span) => span.start >= phrase.start && span.end <= phrase.end;
    // (s33) "said he to the Harbour Gazette", "told she to X": the subject pronoun right after the verb is the teller,
    // before any name later in its phrase (the one told).
    const subjectPronoun = verb.speakerAfter ? null : /^\s+(he|she)\s+(?:to|in|at|on|from)\b/u.exec(text.slice(verb.end, phraseEnd));
    if (subjectPronoun) {
      const gender = subjectPronoun[1] === 'she' ? 'female' : 'male';
      return this.learnGender(this.antecedent(verb.start, 'pronoun', null, gender), gender);
    }
    const known = this.actorMentions.filter(inPhrase);
    const person = known.find((m) => m.kind === 'person');
    if (person) return this.actor(person);
    // (s32) "said the head of the appeal panel, Dr. Jane Roe, a former nurse.", "said its director, Ivo Lenk.": the name apposed
    // to the description the inverted verb names first speaks, the description its role.
    // (s43) After "according to", only where the description names one person's post ("According to the envoy, Karim
    // Aziz, no more than 900 remain"): after a body's ("According to the ministry, Karim Aziz, a doctor, was killed")
    // the name may open the words reported.
    const apposedName = this.nameApposedToDescription(verb.end, regionEnd, verb.speakerAfter === true);
    if (apposedName) return apposedName;
    const proposedMention = this.proposalMentions.find((p) => inPhrase(p.span));
    // "said Human Rights First's Neil Hicks": a person named after the organisation is the speaker.
    // The owner may itself look like a person's name ("Human Rights First"): the name after its possessive speaks.
    const personAfter = proposedMention ? this.personAfterOwner(proposedMention.span, phrase.end) : null;
    if (personAfter) return personAfter;
    if (proposedMention) return { status: 'proposed', proposal: proposedMention.proposal, via: 'name', mention: proposedMention.span };
    const words = text.slice(phrase.start, phrase.end);
    // "said she", "according to her", "In his words,": the person the pronoun points back to.
    const pronoun = (
      verb.speakerAfter
        ? /^\s*(him|her|his)(?:\s+(?:own\s+)?(?:words|count|estimate|tally|reckoning|calculations?))?\s*$/iu
        : /^\s*(he|she)\b/iu
    ).exec(words);
    if (pronoun) {
      const gender = /^(?:she|her)$/iu.test(pronoun[1] as string) ? 'female' : 'male';
      return this.learnGender(this.antecedent(verb.start, 'pronoun', null, gender), gender);
    }
    // (s69) "By its count, about 6,000 left": the body that has just spoken.
    if (verb.speakerAfter && /^\s*its\s+(?:own\s+)?(?:count|estimate|tally|reckoning|calculations?)\s*$/iu.test(words)) {
      const body = this.bodyAntecedent(verb.start, null, true);
      if (body.status === 'actor' || body.status === 'proposed') return body;
    }
    // "according to her ministry", "according to its humanitarian office": what the owner speaks through, as before the verb.
    const owned = POSSESSIVE_OFFICE.exec(words.trimEnd());
    if (owned && owned[0].trim() === words.trim()) {
      const found = this.possessiveOffice(phrase.start + words.search(/\S/u), phrase.start + words.trimEnd().length, owned);
      if (found) return found;
    }
    // (s43) "According to the paper": the newspaper the story named before, as before the verb.
    if (PUBLICATION_TAIL.test(words.trimEnd())) {
      const paper = this.publicationBefore(phrase.start);
      if (paper) return paper;
    }
    // (s43) "according to the opposition's Aleppo health directorate": a place's own body, not its owner's.
    const ofPlace = this.placeLocalBody(phrase.start, phrase.start + words.trimEnd().length);
    if (ofPlace) return ofPlace;
    // "according to the UN refugee agency, UNHCR": the body's own name apposed to what it is speaks.
    const apposedBody = verb.speakerAfter ? this.bodyNameApposedAfter(phrase, regionEnd) : null;
    if (apposedBody) return apposedBody;
    // "said Canada's Ambassador to Lebanon", "said Indonesia's ambassador in Damascus": the office's holder, read to the
    // clause's end (the phrase stops at "in").
    const clauseEnd = /^[^,;:.!?()"“”]*/u.exec(text.slice(verb.end, regionEnd))?.[0].length ?? 0;
    const posted = this.postedOffice(verb.end, verb.end + clauseEnd);
    if (posted) return posted;
    // "according to the UN's humanitarian office", "according to the UN humanitarian office": capitals (with or without
    // a possessive) and then common nouns to the phrase's end own what speaks; the head is the noun ("office"), not
    // the owner's name, so the owner's office speaks.
    if (OWNER_THEN_NOUN.test(words.replace(OFFICE_SHORT_NAME, ''))) {
      const office = this.bodyOffice(phrase.start, phrase.start + words.trimEnd().length);
      if (office) return office;
    }
    // The last run of capitals in the phrase is the name ("said U.N. spokesman Stephane Dujarric").
    const runs = [...words.matchAll(CAPITALISED_RUN)];
    const lastRun = runs.at(-1);
    if (lastRun) {
      // (s34) "said the Carrick UN-ambassador Jean Roe": a body's initials glued to a post by a hyphen (a translation's
      // compound: "UN-Botschafter", "EU-Kommissar") is the title before the name, no part of it.
      const gluedPost = GLUED_POST.exec(lastRun[0])?.[0].length ?? 0;
      const runStart = phrase.start + lastRun.index + gluedPost;
      const runEnd = phrase.start + lastRun.index + lastRun[0].length;
      // "said Tarek, 24.", "said Haddad": one word of a person named in full before, alone after the verb, is that
      // person, as it is before the verb ("Tarek said"); the given name is how many papers call refugees and children.
      const alone = words.trim() === lastRun[0] && !/\s/u.test(lastRun[0]);
      const oneWord = alone ? this.surnameOfLatent(runStart, runEnd) : null;
      if (oneWord) return this.register(oneWord, null);
      // (s34) "says Ilse, a night-shift nurse,", "said Nadia, 34.": one name apposed to a word for a person or an age
      // right after the verb is that person's only name (how a film review or a refugee story calls its people).
      const oneName = alone ? this.oneNameAfterVerb(runStart, runEnd) : null;
      if (oneName) return this.register(oneName.candidate, oneName.role);
      // (s50) "said Awa Coulibaly of Solidarite Sahel-Levant", "said Jan Egeland of the Norwegian Refugee Council": a
      // person's name, then "of" and the body they speak for: the person speaks, not a body named by the whole run.
      const ofBody = NAME_OF_BODY.exec(text.slice(runStart, runEnd));
      if (ofBody) {
        const person = nameStartingAt(text, runStart, runStart + (ofBody[1] as string).length);
        if (person?.kind === 'person' && person.end === runStart + (ofBody[1] as string).length && !this.touchesKnown(person))
          return this.register(person, null);
      }
      const unknown = this.nameCandidate(runStart, runEnd, 'after');
      // "according to the Office of the UN High Commissioner for Human Rights": a longer name holding a known one.
      const holds = unknown && unknown.kind !== 'person' && known.every((m) => unknown.start <= m.start && m.end <= unknown.end);
      if (unknown && (unknown.kind === 'person' || known.length === 0 || holds)) {
        const apposed = /^\s*,\s*([^,;:()"“”]{1,120}?)\s*[,.]/u.exec(text.slice(unknown.end, regionEnd));
        // "According to X, government forces control ...": after a fronted "according to X" the comma opens the main
        // clause; an apposition there opens with a determiner ("According to X, a monitoring group based in ...,").
        const role =
          apposed && (!verb.speakerAfter || /^(?:an?|the|its|his|her|their|one\s+of)\s/iu.test(apposed[1] as string))
            ? appositiveRole(`, ${apposed[1]},`)
            : null;
        return this.register(unknown, role);
      }
      // "according to Trendline, a social media analytics company": one name apposed to what kind of body it is.
      const body = unknown ? null : this.singleNameOfBody(runStart, runEnd);
      if (body) return this.register(body.candidate, body.role);
    }
    // "according to partner estimates", "according to activist reports": the group whose figures they are.
    const figuresOf = FIGURES_OF_GROUP.exec(words);
    const groupNoun = figuresOf ? `${figuresOf[1] as string}s` : null;
    if (figuresOf && groupNoun && GROUP_NOUN.test(groupNoun)) {
      const at = phrase.start + words.indexOf(figuresOf[1] as string);
      const registered = this.register(
        { start: at, end: at + (figuresOf[1] as string).length, name: groupNoun, kind: 'group', title: null },
        null,
      );
      if (registered.status === 'proposed') return { ...registered, via: 'description' };
    }
    // "according to the ministry", "said the agency": a body described, read as one before the verb is.
    const body = BODY_DESCRIPTION_TAIL.exec(words.trimEnd()) ?? MODIFIED_BODY_TAIL.exec(words.trimEnd());
    if (body && body[0].trim() === words.trim()) {
      const described = { words: describedWords(body[0]), start: phrase.start };
      const found = this.bodyAntecedent(verb.start, (body[1] as string).toLowerCase(), true, described);
      if (found.status !== 'none' && this.fitsDescription(found, body[0])) return found;
      const directorate = this.describedDirectorate(body[0], phrase.start + words.indexOf(body[0]));
      if (directorate) return directorate;
    }
    // "according to the Russian envoy": the person of that title and nationality named before.
    const description = /^\s*(?:the\s+)?[^,;:]*$/iu.test(words) ? DESCRIPTION_TAIL.exec(words.trimEnd()) : null;
    if (description && description.index + description[0].length >= words.trimEnd().length - 1) {
      const found = this.antecedent(
        verb.start,
        'description',
        (description[1] as string).toLowerCase(),
        null,
        nationalityOf(description[0]),
      );
      if (found.status !== 'none') return found;
    }
    const people = this.bodyPeople(phrase.start, phrase.end);
    if (people) return people;
    const police = this.police(phrase.start, phrase.start + words.trimEnd().length);
    if (police) return police;
    const group = this.unnamed(phrase.start, phrase.end, 'group');
    if (group) return group;
    const first = known[0];
    if (first) return this.actor(first);
    const spokesperson = this.spokesperson(phrase.start, phrase.end);
    return spokesperson.status === 'none' ? (this.unnamed(phrase.start, phrase.end, 'one') ?? spokesperson) : spokesperson;
  }

  /**
   * (s60) "according to the provincial health directorate", "the Aleppo health directorate said", with no directorate
   * named before: a state's directorate, which has no other name than the words the article gives it, speaks by them.
   * Only a directorate with words before its noun (a bare "the directorate" points back to one named before).
   */
  private describedDirectorate(description: string, at: number): SpeakerResolution | null {
    const words = /^\s*[Tt]he\s+((?:[\p{L}'’-]+\s+){1,2}directorate)\s*$/u.exec(description);
    if (!words) return null;
    const name = words[1] as string;
    return this.bodyByItsWords(name, at + description.indexOf(name));
  }

  /**
   * (s68) "The city council said", "The opposition-run city council, for its part, says", "the defence ministry said",
   * with no body of the kind speaking before nor named with these words: a body with no other name than the words the
   * article gives it speaks by them ("city council", "defence ministry"). Only the whole subject, a word or two before
   * a council's, ministry's, committee's or commission's noun (a bare "the council" points back to one named before);
   * no word that points to one the reader knows ("the same ministry", "the other committee"). A document ("the report
   * said") is no body. Not after "according to": a remark so attributed takes no day of its own, and those after it
   * would take its day.
   */
  private bodyOfItsWords(subject: string, start: number): SpeakerResolution | null {
    const words = OWN_WORDS_BODY.exec(subject);
    if (!words) return null;
    const name = words[1] as string;
    return this.bodyByItsWords(name, start + subject.indexOf(name));
  }

  /**
   * (s48) "according to the police", "according to police estimates", "the police prefecture said", "Istanbul police
   * said": the police speak as a body, named as the article names them (a city's or a force's capitals kept).
   */
  private police(start: number, end: number): SpeakerResolution | null {
    const found = POLICE.exec(this.text.slice(start, end));
    if (!found) return null;
    const name = found[1] as string;
    return this.bodyByItsWords(name, start + found[0].indexOf(name));
  }

  /** A body the article names only by the words it gives it, at `start`: drafted under them, found by description. */
  private bodyByItsWords(name: string, start: number): SpeakerResolution | null {
    const registered = this.register({ start, end: start + name.length, name, kind: 'organization', title: null }, null);
    return registered.status === 'proposed' || registered.status === 'actor' ? { ...registered, via: 'description' } : null;
  }

  /**
   * (s34) One capitalised word right after an inverted verb that the article makes a person's only name: apposed to a
   * word for a person ("says Ilse, a night-shift nurse,", found among the latent persons) or to an age ("said Nadia,
   * 34."). Null for any other word (a place, a body, a sentence adverb).
   */
  private oneNameAfterVerb(start: number, end: number): LatentPerson | null {
    const latent = this.latentPersons.find((l) => !l.at && l.candidate.start === start && l.candidate.end === end);
    if (latent) return latent;
    const name = this.text.slice(start, end);
    if (
      !AGED_AFTER_INVERTED_VERB.test(this.text.slice(end, end + 12)) ||
      !/^\p{Lu}\p{Ll}{2,}$/u.test(name) ||
      NOT_PLACES.test(name) ||
      NOT_SINGLE_NAMES.test(name) ||
      this.gazetteer.actorByName(name) ||
      this.locationMentions.some((m) => m.start <= start && end <= m.end)
    )
      return null;
    return { candidate: { start, end, name, kind: 'person', title: null }, role: null };
  }

  /**
   * (s32) A person's name apposed to a description right after an inverted verb ("said the head of the appeal panel, Dr.
   * Jane Roe, ...", "said a spokeswoman, Ivo Lenk."): the description opens with a determiner, a possessive pronoun or an
   * owner's possessive, and the name closes its apposition (a comma or the sentence's end after it). The person, with
   * the description as role; null for any other words.
   */
  private nameApposedToDescription(from: number, regionEnd: number, postOnly = false): SpeakerResolution | null {
    const plain = APPOSED_AFTER_DESCRIPTION.exec(this.text.slice(from, regionEnd));
    const apposition = plain ?? APPOSED_DESCRIBED_AFTER_DESCRIPTION.exec(this.text.slice(from, regionEnd));
    if (!apposition) return null;
    const post = (apposition[1] as string).trim();
    // Not a spokesperson's: the words "according to" a principal's spokeswoman gives are often the principal's.
    if (postOnly && ((!describesPerson(post) && !DESCRIPTION_TAIL.test(post)) || /\bspokes(?:man|woman|person)\b/iu.test(post)))
      return null;
    // (s67) The name may follow a description of its own in lower case ("said the group's chair, retired chemistry
    // professor Ana Lind."): the name starts after it.
    const apposedAt = from + apposition[0].length;
    const described = plain ? null : DESCRIPTION_OPENING_NAME.exec(this.text.slice(apposedAt, regionEnd));
    if (described && !personNoun(described[1] as string)) return null;
    const start = apposedAt + (described ? described[0].length : 0);
    // (s68) The name may end with the place or firm its bearer is of ("said his lawyer, Jan Roe of Altona.", "said the
    // charity's director, Ana Lind of Relief Watch."): the person speaks, the place is no part of the name.
    const whole = nameStartingAt(this.text, start, regionEnd);
    const ofPlace = whole?.kind === 'person' ? null : /^([^,;:.()"“”]*?)\s+of\s+(?:the\s+)?\p{Lu}/u.exec(this.text.slice(start, regionEnd));
    const named = ofPlace ? nameStartingAt(this.text, start, start + (ofPlace[1] as string).length) : null;
    const candidate = named?.kind === 'person' && named.end === start + (ofPlace?.[1] ?? '').length ? named : whole;
    if (
      candidate?.kind !== 'person' ||
      !/^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’&-]*){0,5})?\s*(?:[,.;]|$)/u.test(
        this.text.slice(candidate.end, regionEnd),
      )
    )
      return null;
    const known = this.actorMentions.find((m) => m.kind === 'person' && m.start <= candidate.start && candidate.end <= m.end);
    return known
      ? this.actor(known)
      : this.register(candidate, appositiveRole(`, ${(apposition[1] as string).replace(/^(?:its|his|her|their)\s+/iu, '')},`));
  }

  /** The person named right after an owner's possessive ("Human Rights First's Neil Hicks"), registered. */
  private personAfterOwner(owner: Span, end: number): SpeakerResolution | null {
    const possessive = /^['’]s\s+/u.exec(this.text.slice(owner.end, end));
    if (!possessive) return null;
    const start = owner.end + possessive[0].length;
    const candidate = nameStartingAt(this.text, start, end);
    return candidate?.kind === 'person' && candidate.start === start ? this.register(candidate, null) : null;
  }

  /**
   * "The opposition-run Aleppo city council said", "according to the opposition's Aleppo health directorate": the body
   * of a place the gazetteer knows (PLACE_LOCAL_BODY), named by the place and the body's noun; null where the words
   * between `start` and `end` are no such body.
   */
  private placeLocalBody(start: number, end: number): SpeakerResolution | null {
    const words = this.text.slice(start, end);
    const ofPlace = PLACE_LOCAL_BODY.exec(words);
    if (!ofPlace || !/^\p{Lu}/u.test(ofPlace[1] as string)) return null;
    const at = start + words.indexOf(ofPlace[1] as string, words.search(/\bthe\b/iu));
    const placeEnd = at + (ofPlace[1] as string).length;
    if (!this.locationMentions.some((m) => m.start <= at && placeEnd <= m.end)) return null;
    const noun = (ofPlace[2] as string).toLowerCase().replace(/\s+/gu, ' ');
    const registered = this.register(
      { start: at, end: start + words.trimEnd().length, name: `${ofPlace[1]} ${noun}`, kind: 'organization', title: null },
      null,
    );
    return named(registered);
  }

  /**
   * "Ban said", "Merkel told": one word alone, the first or last word of the name of exactly one known person the
   * article named before, is that person (family name first or last).
   */
  private knownPersonByWord(start: number, end: number): SpeakerResolution | null {
    const word = /(?:^|[\s,])(\p{Lu}\p{Ll}[\p{L}'’-]+)\s*$/u.exec(this.text.slice(start, end));
    if (!word) return null;
    const form = word[1] as string;
    if (NOT_PLACES.test(form) || NOT_SINGLE_NAMES.test(form) || PARTICLE_FIRST.test(form)) return null;
    // Nothing but the word: "the Ban on" or "Ms. X" are other forms. (s58) A phrase fronted before it with its comma
    // is no part of the subject ("In a declaration issued by his spokesman, Ban said").
    if (this.text.slice(start, end).replace(FRONTED_BEFORE_WORD, '').trim() !== form) return null;
    const wordStart = start + word.index + word[0].trimEnd().length - form.length;
    if (this.locationMentions.some((m) => m.start < wordStart + form.length && wordStart < m.end)) return null;
    const ids = new Set<string>();
    for (const mention of this.personMentions) {
      if (mention.end > wordStart) continue;
      const words = (this.gazetteer.actors.get(mention.id)?.name ?? mention.text).split(/\s+/u);
      if (words.length >= 2 && (words[0] === form || words.at(-1) === form)) ids.add(mention.id);
    }
    const latentShare = this.latentPersons.some((l) => l.candidate.end <= wordStart && l.candidate.name.split(/\s+/u).includes(form));
    if (ids.size !== 1 || latentShare) return null;
    return { status: 'actor', id: [...ids][0] as string, via: 'alias', mention: { start: wordStart, end: wordStart + form.length } };
  }

  /** The last person named in full before `name` whose given name is the whole of it ("Jordan" after "Jordan Pellew"). */
  private givenNameOfLatent(name: NameCandidate): NameCandidate | null {
    return (
      this.latentPersons
        .filter((l) => l.candidate.end <= name.start && l.candidate.kind === 'person' && l.candidate.name.split(/\s+/u)[0] === name.name)
        .at(-1)?.candidate ?? null
    );
  }

  /**
   * "Zouobi said": the surname of a person the article named in full before (not yet a speaker); (s37) or the one name
   * the article gave a person ("his wife, Reem, ... Reem said").
   */
  private surnameOfLatent(start: number, end: number, sex: Gender = null): NameCandidate | null {
    const word = /(?:^|\s)(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(this.text.slice(start, end));
    if (!word) return null;
    // "Liu said": a one-word form found for a person named in full before (its first word, family name first).
    const wordEnd = start + word.index + word[0].length;
    // A title's sex: the last of that sex, else the last not known to be of the other.
    const fitting = (found: LatentPerson[]) =>
      sex
        ? (found.filter((l) => this.latentGender(l) === sex).at(-1) ?? found.filter((l) => this.latentGender(l) === null).at(-1))
        : found.at(-1);
    const named = fitting(this.latentPersons.filter((l) => l.at && l.at.end === wordEnd && l.candidate.end <= end));
    if (named) return named.candidate;
    const sharing = this.namedInFullWith(word[1] as string).filter((l) => l.candidate.end <= end);
    // (s37) "He is survived by his wife, Reem, ... Reem said": one name the article gave a relative or a person before,
    // alone, is that person (where the subject is that word alone and nobody is named in full with it as a surname).
    const alone = this.latentPersons
      .filter((l) => l.candidate.end <= start && !/\s/u.test(l.candidate.name) && l.candidate.name === word[1])
      .at(-1);
    // (s43) After a phrase set before it by a comma ("In a voice note recorded on Monday night, Noor said").
    const subject = this.text.slice(start, end).trim();
    const bare = subject === word[1] || (FRONTED_OPENER.test(subject) && subject.endsWith(`, ${word[1]}`));
    if (sharing.length === 0 && alone && bare) return alone.candidate;
    // "Dr Hala Nassar ... Her cousin, Rima Nassar, reached a camp ... “...,” Dr Nassar said": of a family that shares the name,
    // one introduced by a tie to another ("His cousin, X,") is the relative told of; the surname alone is the other.
    // The title's sex is read first ("Mr Roe" of a mother and her son is the son).
    const ofSex = sex ? sharing.filter((l) => this.latentGender(l) === sex) : [];
    const open = ofSex.length > 0 ? ofSex : sex ? sharing.filter((l) => this.latentGender(l) === null) : sharing;
    const principals = open.filter((l) => !this.namedAsRelative(l.candidate));
    return (principals.length > 0 ? principals : open).at(-1)?.candidate ?? null;
  }

  /** Whether a name stands apposed to a tie ("His cousin, X,", "Mr Roe's wife, X,"): a relative of someone else. */
  private namedAsRelative(name: Span): boolean {
    const from = Math.max(0, name.start - 60);
    return kinMentions(this.text, { start: from, end: name.start }).some((k) => /^\s*,\s*$/u.test(this.text.slice(k.end, name.start)));
  }

  /** Each person whose surname is `surname` where the article names them in full (not again at a later form of the name), in the order named. */
  private namedInFullWith(surname: string): LatentPerson[] {
    const bare = surname.replace(/^(?:al|el)-/iu, '');
    return this.latentPersons.filter((l) => {
      const words = nameWords(l.candidate.name);
      return !l.at && words.length > 1 && words.at(-1)?.replace(/^(?:al|el)-/iu, '') === bare;
    });
  }

  /** The speaker of the last speech noted before `position`, within 400 characters, when its kind is one of `kinds`. */
  private lastSpeaker(position: number, kinds: string[]): SpeakerResolution | null {
    // Only speech of this sentence or the one before: "The army command said ... It said ..." is not the speaker of a
    // paragraph before, even when the command itself went unresolved.
    // (s51) A quotation's trailer ("..., the diplomat said.") counts its sentences from where the quotation opens: the
    // quoted sentences before it are the same speaker's words, not sentences between.
    const closed = this.quotations.find(
      (q) => q.end <= position && position - q.end <= 60 && !/[.!?\n]/u.test(this.text.slice(q.end, position)),
    );
    const previousSentence = this.previousSentenceStart(closed ? Math.min(position, closed.openMark ?? closed.start) : position);
    const near = (n: NotedSpeech) => n.subject.end <= position && position - n.speech.end <= 400 && n.speech.end > previousSentence;
    // A remark this pass has not reached yet (a quotation's "it said" after its paragraph's "UNICEF says ..."): the
    // nearest of the pass before.
    const note =
      this.noted.filter(near).at(-1) ??
      this.notesSoFar()
        .filter(near)
        .sort((a, b) => a.speech.end - b.speech.end)
        .at(-1);
    if (!note) return null;
    const speaker = note.speaker;
    const kind = this.kindOf(speaker);
    if (!kind || !kinds.includes(kind) || (speaker.status !== 'actor' && speaker.status !== 'proposed')) return null;
    return { ...speaker, via: 'pronoun', mention: null };
  }

  /**
   * "the Secretary-General said" where the article has named the person who holds the office before ("spokesman for
   * Secretary-General Ban Ki-moon", "Ban Ki-moon, whose second term as Secretary-General ends ..."): that person.
   */
  private officeHolder(mention: Mention): SpeakerResolution | null {
    if (mention.kind === 'person') return null;
    const office = mention.text.replace(/^the\s+/iu, '').toLowerCase();
    const asOffice = new RegExp(`^[^.;!?]{0,80}?\\bas\\s+(?:the\\s+)?(?:[\\p{L}.-]+\\s+){0,2}?${escapeRegExp(office)}(?![\\p{L}-])`, 'iu');
    // "UN Secretary-General" holds it; "Spokesman for the Secretary-General" serves it.
    const holds = (role: string) => {
      const words = role.toLowerCase().split(/\s+/u);
      return words.slice(-office.split(/\s+/u).length).join(' ') === office && !words.some((w) => w === 'for' || w === 'of' || w === 'to');
    };
    const holders = this.latentPersons.filter(
      (l) =>
        l.candidate.end <= mention.start &&
        ([l.candidate.title, l.role].some((role) => role !== null && holds(role)) ||
          asOffice.test(this.text.slice(l.candidate.end, l.candidate.end + 120))),
    );
    const holder = holders.at(-1);
    if (!holder) return this.datedHolder(mention);
    const registered = this.register(holder.candidate, holder.role ?? holder.candidate.title);
    return registered.status === 'proposed' || registered.status === 'actor' ? { ...registered, via: 'description', mention: null } : null;
  }

  /**
   * "the Secretary-General said" where the article names no holder: the person actors.yaml `holders` gives for the
   * office on the article's day (Ban Ki-moon in 2016).
   */
  private datedHolder(mention: Mention): SpeakerResolution | null {
    const day = this.publishedOn;
    if (!day) return null;
    const term = this.gazetteer.actors.get(mention.id)?.holders?.find((t) => t.from <= day && (!t.until || day <= t.until));
    if (!term || this.gazetteer.actorKind(term.actor) !== 'person') return null;
    return { status: 'actor', id: term.actor, via: 'role', mention };
  }

  /** The name a named speaker goes by: the gazetteer's for a known actor, the proposal's for a new one. */
  private nameOf(found: ResolvedSpeaker): string {
    return found.status === 'actor' ? (this.gazetteer.actors.get(found.id)?.name ?? found.id) : found.proposal.name;
  }

  /** "Its humanitarian office" (the body that just spoke), "his office" (the person named last): their office. */
  private possessiveOffice(start: number, end: number, match: RegExpExecArray): SpeakerResolution | null {
    const owner = (match[1] as string).toLowerCase();
    const rest = (match[2] as string).trim();
    const head = (match[3] as string).toLowerCase();
    if (owner === 'its' || owner === 'their') {
      const body = this.bodyAntecedent(start, null, true);
      if (body.status !== 'actor' && body.status !== 'proposed') return null;
      // "its spokesman", "its delegation": the body itself speaks.
      if (!/^(?:office|agency|ministry|administration|department|commission|committee|service|programme|team)$/u.test(head)) return body;
      const bodyName = this.nameOf(body);
      const bodyKind = this.kindOf(body);
      const kind: ActorKind = bodyKind === 'un_body' ? 'un_body' : 'organization';
      const office = this.register({ start, end, name: `${bodyName} ${rest}`, kind, title: null }, null);
      // (s64) The UN's office by its short form too ("UN human rights office" of "its human rights office").
      const short = body.status === 'actor' && (this.gazetteer.actors.get(body.id)?.aliases ?? []).includes('UN');
      return short ? this.withAlias(office, `UN ${rest}`) : office;
    }
    if (head !== 'office' && head !== 'ministry') return null;
    const person = this.antecedent(start, 'description', null, owner === 'her' ? 'female' : 'male');
    if (person.status !== 'actor' && person.status !== 'proposed') return null;
    const personName = this.nameOf(person);
    const roles = speakerRoles(this.gazetteer, person);
    // "Development minister X announced ... according to her ministry", "His ministry later said": the ministry the
    // person runs, by the person's name, and by the portfolio the person's role gives as well ("Foreign Minister").
    if (head === 'ministry') {
      if (this.kindOf(person) !== 'person') return null;
      const ministry = this.register({ start, end, name: `${personName}'s ${rest}`, kind: 'organization', title: null }, null);
      const portfolio = roles.map((r) => /\b(\p{L}+)\s+minister\b/iu.exec(r)?.[1]?.toLowerCase()).find((w) => w && PORTFOLIO.test(w));
      if (!portfolio || rest !== head) return ministry;
      this.withAlias(ministry, `${personName}'s ${portfolio} ministry`);
      // "The Norlandic foreign minister, X, said ... His ministry added": the state's ministry as the role names it.
      const state = roles.map((r) => STATE_PORTFOLIO_MINISTER.exec(r)).find((m) => m && (m[2] as string).toLowerCase() === portfolio);
      return state ? this.withAlias(ministry, `${state[1]} ${portfolio} ministry`) : ministry;
    }
    const kind: ActorKind = roles.some((r) => /\b(?:U\.?N\.?|United Nations|Special Envoy|Secretary-General)\b/u.test(r))
      ? 'un_body'
      : 'organization';
    return this.register({ start, end, name: `office of ${personName}`, kind, title: null }, null);
  }

  /**
   * "It put the number at nearly 1,000 and accused ...": a verb right after "and" shares the subject of the clause's
   * first verb (a past-tense or reporting verb right after a short subject).
   */
  private coordinatedSubject(verb: SpeechVerb, regionStart: number, subject: string, commas = false): SpeakerResolution | null {
    // "HAVANA, Dec 10 (Agency) -- Norland voted ..., saying": after a wire's dateline the clause opens on its body.
    const dateline = dashDateline({ start: regionStart, end: regionStart + subject.length, text: subject });
    if (dateline) return this.coordinatedSubject(verb, dateline.body, subject.slice(dateline.body - regionStart), commas);
    // "The envoy referred to the draft, saying ...": a participle after a clause is that clause's subject's too.
    // (s63) "The ministry issued a statement on Saturday saying ...", "put out a statement asking for ...": a participle
    // right after the statement its clause's subject issued is that subject's words, as after a comma.
    // The subject is the words before "issued", past a place or a time fronted before them ("In Havana, the ministry
    // issued ...").
    const issued = verb.participle ? ISSUED_STATEMENT_BEFORE.exec(subject) : null;
    if (issued) {
      const fronted = FRONTED_PLACE_OR_TIME.exec(subject)?.[0].length ?? 0;
      const issuer = this.namedSubjectEndingAt(verb, regionStart + fronted, regionStart + issued.index);
      if (issuer) return issuer;
    }
    const clause = issued ? `${subject.trimEnd()} and ` : verb.participle ? subject.replace(/,\s*$/u, ' and ') : subject;
    if (!/\sand\s*$/u.test(clause) || /[;:]/u.test(clause) || (!commas && /,\s/u.test(clause))) return null;
    const first = FIRST_CLAUSE_SUBJECT.exec(clause);
    if (!first || /^\s*(?:and|but|or|the)\s*$/iu.test(first[1] as string)) return null;
    return this.namedSubjectEndingAt(verb, regionStart, regionStart + (first[1] as string).length);
  }

  /**
   * (s27) The sender of the message a sentence opens inside ("In it she says:", "In the voice note he says:";
   * IN_THE_MESSAGE, speech-verbs.ts), named after "by" where its paragraph told of the message ("a voice message sent
   * to him on Sunday by a nurse who ...", "a voice note sent to him by Jo Roe, a paramedic"): the pronoun is the sender's, not the
   * nearest person's (the host who plays the message). Null where no sender of the pronoun's sex is named so.
   */
  private messageSender(subjectEnd: number, gender: Gender): SpeakerResolution | null {
    const sentenceStart = this.sentenceStartBefore(subjectEnd);
    if (!IN_MESSAGE_PRONOUN.test(this.text.slice(sentenceStart, subjectEnd))) return null;
    const paragraphStart = this.text.lastIndexOf('\n', sentenceStart - 1) + 1;
    const told = [...this.text.slice(paragraphStart, sentenceStart).matchAll(SENT_BY)].at(-1);
    if (!told) return null;
    const at = paragraphStart + told.index + told[0].length;
    // The sender's name may follow a courtesy title or an office ("by Dr Jo Roe", "by a nurse").
    const startsThere = (span: Span) => span.start >= at && span.start <= at + 24 && !/[,.;]/u.test(this.text.slice(at, span.start));
    const fits = (own: Gender) => own === null || own === gender;
    const person = this.personMentions.find((m) => startsThere(m));
    if (person && fits(this.actorGender(person.id))) return { status: 'actor', id: person.id, via: 'pronoun', mention: null };
    const proposal = this.proposalMentions.find((p) => p.proposal.kind === 'person' && startsThere(p.span));
    if (proposal && fits(this.nameGender(proposal.proposal.aliases, proposal.proposal.roles)))
      return { status: 'proposed', proposal: proposal.proposal, via: 'pronoun', mention: null };
    const latent = this.latentPersons.find((l) => startsThere(l.at ?? l.candidate));
    const unnamed = this.unnamedPeople.find((p) => !p.definite && startsThere(p.span));
    const found =
      latent && fits(this.latentGender(latent))
        ? named(this.register(latent.candidate, latent.role))
        : unnamed && fits(unnamed.gender)
          ? named(this.unnamedPerson(unnamed))
          : null;
    return found && { ...found, via: 'pronoun', mention: null };
  }

  /**
   * (s30) The sender of a message the sentence before told of, where a "he"/"she" opening the next sentence writes
   * ("X said a doctor at the clinic had sent a note on Friday. He wrote that ..."): the writer is the sender, an
   * unnamed person as described ("doctor (unnamed)"), not the teller named nearer the verb's subject. Only a verb of
   * writing: "He said" there may be the teller's own next remark. Null where no sender of the pronoun's sex is told of.
   */
  private writtenBySender(verb: SpeechVerb, subjectEnd: number, gender: Gender): SpeakerResolution | null {
    if (verb.lemma !== 'write') return null;
    const sentenceStart = this.sentenceStartBefore(subjectEnd);
    if (!/^\s*(?:he|she)\s*$/iu.test(this.text.slice(sentenceStart, subjectEnd))) return null;
    const before = this.previousSentenceStart(sentenceStart);
    const told = [...this.text.slice(before, sentenceStart).matchAll(DESCRIBED_SENDER)].at(-1);
    if (!told) return null;
    const noun = (told[3] as string).toLowerCase();
    const modifiers = (told[2] as string).trim();
    const own = nounSex(noun);
    if ((own !== null && own !== gender) || modifiers.split(/\s+/u).some((w) => NOT_MODIFIERS.has(w.toLowerCase()) || /\d/u.test(w)))
      return null;
    const start = before + told.index;
    const span = { start, end: start + (told[1] as string).length + 1 + (told[2] as string).length + (told[3] as string).length };
    const introduced = this.unnamedPeople.find((p) => !p.definite && p.span.start === span.start);
    const found = named(
      introduced
        ? this.unnamedPerson(introduced)
        : this.register({ ...span, name: `${modifiers ? `${modifiers} ` : ''}${noun} (unnamed)`, kind: 'person', title: null }, null),
    );
    return found && { ...found, via: 'pronoun', mention: null };
  }

  /**
   * Where the sentence before the one holding `position` starts. Blank lines between paragraphs are stepped over, so
   * a paragraph's first sentence has the last sentence of the paragraph before as its predecessor (stepping back one
   * character from a paragraph's start landed on the blank line, an empty "sentence before").
   */
  private previousSentenceStart(position: number): number {
    let end = this.sentenceStartBefore(position);
    while (end > 0 && /\s/u.test(this.text[end - 1] as string)) end--;
    return this.sentenceStartBefore(end);
  }

  /** Where the sentence holding a position starts (after the last full stop, or the paragraph's start). */
  private sentenceStartBefore(position: number): number {
    const from = Math.max(0, position - 600);
    return Math.max(
      this.text.lastIndexOf('\n', position - 1) + 1,
      ...[...this.text.slice(from, position).matchAll(SENTENCE_BREAK)].map((m) => from + m.index + m[0].length),
    );
  }

  /** (s54) Whether a person's name as the candidate writes it (two words or more) stands in the headline. */
  private namedInHeadline(candidate: { start: number; end: number }, headline: string): boolean {
    const words = this.text.slice(candidate.start, candidate.end).trim();
    return /\s/u.test(words) && nameAsWord(words).test(headline);
  }

  /**
   * The newspaper "the paper" points back to: the last name before `position`, in its paragraph or the one before,
   * outside quotations, that opens a clause as its subject or owner ("In London, The Harbour Standard gives ...",
   * "Al-Waha's editorial is ...", "Yeni Ufuk reports ...") and that the text treats as a thing, not a person: "its"
   * follows it before the end of the next sentence ("gives its whole front page", "Its columnist ..."), or it opens on
   * an article ("The", "Le", "Al-"). A known actor, place or person is none. Proposed as an `organization`.
   */
  private publicationBefore(position: number): SpeakerResolution | null {
    // (s67) Not past a heading in capitals: a new section ("ALSO IN THE PAPERS", "WHAT TO WATCH", "KENT SABAHI").
    const section = this.capitalHeadingLines()
      .filter((h) => h.end < position)
      .at(-1);
    const from = Math.max(this.paragraphBeforeStart(position), section?.end ?? 0);
    const known = [...this.actorMentions, ...this.locationMentions];
    const named = (m: RegExpExecArray) => {
      const start = from + m.index + m[0].length - (m[1] as string).length;
      const name = withoutPossessive(m[1] as string);
      return { start, end: start + name.length, name };
    };
    const names = [
      ...[...this.text.slice(from, position).matchAll(PUBLICATION_SUBJECT)].map(named),
      // (s43) A name after a paper's kind, wherever it stands ("The business daily Kommersant quoted").
      ...[...this.text.slice(from, position).matchAll(PUBLICATION_NAMED_AFTER_KIND)].map(named),
      // (s67) A name after "the" with its city in a bracket ("The Weser-Tageblatt (Bremen) sees"), or after a comma's
      // "the" ("In Dresden, the Elbe-Rundschau asks"): an outlet by its article, not a person.
      ...[...this.text.slice(from, position).matchAll(PUBLICATION_WITH_PLACE)].map((m) => {
        const [start, end] = (m.indices?.[1] ?? m.indices?.[2] ?? [0, 0]) as [number, number];
        return { start: from + start, end: from + end, name: m[1] ?? (m[2] as string), placed: true };
      }),
    ]
      .sort((a, b) => a.start - b.start)
      // An article alone is no name ("The newspaper said": "The" before a lower-case word).
      .filter((n) => !/^(?:The|Le|La|Les|A|An)$/u.test(n.name))
      // (s67) Nor a word that opens a sentence before its subject ("In its editorial, the paper", "Only the Spree-Bote"),
      // nor a place before a paper's kind ("The Cairo daily, which ...": the paper described, not named).
      .filter((n) => !/^(?:In|On|At|Only|Even|Also|But|And|Yet|Still|Inside|Here|There|Then|Now|While|When|After|Before)$/u.test(n.name))
      .filter((n) => !/^\s+(?:paper|newspaper|daily|weekly|tabloid|broadsheet)\b/u.test(this.text.slice(n.end, n.end + 20)))
      .filter((n) => !this.inQuote(n) && !known.some((m) => m.start < n.end && n.start < m.end))
      .filter((n) => {
        // (s67) A name a capitals heading above it printed ("KENT SABAHI" ... "Kent Sabahı's editorial writer").
        if (this.capitalHeadingPapers().some((h) => h.start < n.start && sameLetters(h.name, n.name))) return true;
        const nextEnd = this.sentenceEndAfter(this.sentenceEndAfter(n.end) + 1);
        const after = this.text.slice(n.end, Math.min(nextEnd, position));
        const its = /(?<![\p{L}])[Ii]ts(?![\p{L}])/u.exec(after);
        const person = /(?<![\p{L}])(?:he|she|his|her|him)(?![\p{L}])/iu.exec(after);
        // (s43) Or a name the story gives after a paper's kind ("the business daily Kommersant quoted ...").
        const kind = PUBLICATION_KIND_BEFORE.test(this.text.slice(Math.max(0, n.start - 40), n.start));
        const placed = 'placed' in n && n.placed === true;
        return (
          (its && (!person || its.index < person.index)) ||
          /^(?:The|Le|La|Les|Al-|El-)/u.test(n.name) ||
          kind ||
          placed ||
          this.paperByWords(n)
        );
      });
    const paper = names.at(-1) ?? this.publicationHeadingBefore(position);
    if (!paper) return null;
    const found = this.register({ start: paper.start, end: paper.end, name: paper.name, kind: 'organization', title: null }, null);
    // (s63) A paper its first remark proposed as a person by the shape of its name ("In an editorial, Dagbladet Nord
    // argued"): the words that make it a paper say what it is.
    if (found.status === 'proposed' && found.proposal.kind === 'person' && this.paperByWords(paper)) found.proposal.kind = 'organization';
    return found.status === 'proposed' || found.status === 'actor' ? { ...found, via: 'description', mention: null } : null;
  }

  /**
   * (s63) Whether the words around a name make it a paper: its kind in an apposition after it ("Rossiyskaya Gazeta, the
   * government's official newspaper, recalled"), or its editorial before it ("In an editorial, Nezavisimaya Gazeta
   * argued").
   */
  private paperByWords(name: { start: number; end: number }): boolean {
    return (
      PUBLICATION_KIND_APPOSED.test(this.text.slice(name.end, name.end + 80)) ||
      EDITORIAL_BEFORE.test(this.text.slice(Math.max(0, name.start - 40), name.start))
    );
  }

  /**
   * (s62) A press review's heading for the paper its section summarises, the nearest one before `position`: a line of
   * its own that is a name and a bracket, perhaps a day or an edition after it ("AL-FAJR AL-ARABI (London, pan-Arab), 6
   * December", "Payam-e Mellat (principlist)", "DELOVOI KURIER (business daily)"). A known actor or place is none, nor is
   * a heading with no bracket ("FOREIGN MINISTRY", "THE PAPERS' NUMBERS").
   */
  private publicationHeadingBefore(position: number): { start: number; end: number; name: string } | null {
    let end = this.text.lastIndexOf('\n', position - 1);
    for (let looked = 0; end > 0 && looked < 12; looked++) {
      const start = this.text.lastIndexOf('\n', end - 1) + 1;
      const heading = PUBLICATION_HEADING.exec(this.text.slice(start, end));
      if (heading) {
        const found = { start, end: start + (heading[1] as string).length, name: heading[1] as string };
        const known = [...this.actorMentions, ...this.locationMentions].some((m) => m.start < found.end && found.start < m.end);
        return known ? null : found;
      }
      // (s67) Or a heading in capitals with no bracket that the paper's name in ordinary case repeats below; another
      // such heading opens a section of no paper ("ALSO IN THE PAPERS").
      const bare = this.capitalHeadingPapers().find((h) => h.start === start);
      if (bare) return bare;
      if (this.capitalHeadingLines().some((h) => h.start === start)) return null;
      end = start - 1;
    }
    return null;
  }

  /**
   * (s67) A press review's headings in capitals with no bracket, each a line of its own over its paper's paragraph,
   * that the paper's name in ordinary case repeats further down ("YENİ UFUK" / "The pro-government daily leads ..." /
   * "According to Yeni Ufuk, ..."): the paper, by the name as the text writes it. A capitals line the text never names
   * again ("ALSO IN THE PAPERS", "WHAT TO WATCH", the outlet's own banner) is none.
   */
  private capitalHeadingPapers(): { start: number; end: number; name: string }[] {
    if (this.capitalHeadings) return this.capitalHeadings;
    const found: { start: number; end: number; name: string }[] = [];
    const known = [...this.actorMentions, ...this.locationMentions];
    for (const { start, end } of this.capitalHeadingLines()) {
      const heading = this.text.slice(start, end);
      // Not the outlet's own banner above the story (no sentence before it but the title), a known actor or place
      // ("ANKARA"), nor a month or a day ("OCTOBER", "MONDAY").
      if (!/[.!?]["”’]?[^\S\n]*\n/u.test(this.text.slice(this.text.indexOf('\n') + 1, start))) continue;
      if (known.some((m) => m.start < end && start < m.end) || DATE_HEADING.test(heading)) continue;
      const words = heading.split(/\s+/u).length;
      const below = new RegExp(`(?<![\\p{L}'’-])(?=(\\p{Lu}[\\p{L}'’-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]*){${words - 1}}))`, 'gu');
      const named = [...this.text.slice(start + heading.length).matchAll(below)]
        .map((m) => withoutPossessive(m[1] as string))
        .find((name) => /\p{Ll}/u.test(name) && sameLetters(name, heading));
      if (named) found.push({ start, end: start + heading.length, name: named });
    }
    this.capitalHeadings = found;
    return found;
  }

  /** (s67) The lines of a press review in capitals with no bracket, each over a paragraph ("YENİ UFUK", "WHAT TO WATCH"). */
  private capitalHeadingLines(): { start: number; end: number }[] {
    this.capitalLines ??= [...this.text.matchAll(CAPITAL_HEADING)].map((line) => {
      const start = line.index + line[0].indexOf(line[1] as string);
      return { start, end: start + (line[1] as string).length };
    });
    return this.capitalLines;
  }

  /** Where the sentence holding a position ends (its full stop, or the paragraph's end). */
  /**
   * (s65) Whether news agencies at `from`..`to` are the only source their sentence gives: no other verb of speech, no
   * quotation and no one quoted or cited ("Lavrov said ..., news agencies reported", "news agencies quoted him").
   */
  private agenciesAlone(from: number, to: number): boolean {
    const start = this.sentenceStartBefore(from);
    const end = this.sentenceEndAfter(to);
    const rest = `${this.text.slice(start, from).replace(/\baccording\s+to\s+$/iu, '')} ${this.text.slice(to, end)}`;
    return !/["“”]|\b(?:said|says|say|told|tells|quoted|quoting|quotes|cited|citing|cites|according\s+to|as\s+saying|statement|spokes(?:man|woman|person))\b/iu.test(
      rest,
    );
  }

  private sentenceEndAfter(position: number): number {
    const rest = this.text.slice(position, position + 600);
    const stop = /[.!?]["”’]?(?=\s|$)|\n/u.exec(rest);
    return position + (stop ? stop.index + stop[0].length : rest.length);
  }

  /** "the U.N. humanitarian office", "Sheikh Maqsoud's Kurdish administration": a named body's office speaks. */
  private bodyOffice(start: number, fullEnd: number): SpeakerResolution | null {
    const shortName = OFFICE_SHORT_NAME.exec(this.text.slice(start, fullEnd));
    const end = shortName ? start + shortName.index : fullEnd;
    const owners = [...this.actorMentions, ...this.locationMentions]
      .filter((m) => m.start >= start && m.end <= end && (m.domain === 'location' || m.kind !== 'person'))
      .sort((a, b) => a.start - b.start);
    // "Sheikh Maqsoud's Kurdish administration", "Dujarric's office": an owner the gazetteer does not know.
    const unknownOwner = OWNED_OFFICE.exec(this.text.slice(start, end));
    // (s68) A place between the owner and its office ("UNHCR's London office") is where the office sits, not its owner.
    const ownerEnd = unknownOwner
      ? start + unknownOwner.index + unknownOwner[0].indexOf(unknownOwner[1] as string) + (unknownOwner[1] as string).length
      : 0;
    if (unknownOwner && !owners.some((m) => m.start < ownerEnd)) {
      const ownerName = unknownOwner[1] as string;
      const rest = (unknownOwner[2] as string).trim();
      const at = start + unknownOwner.index + (unknownOwner[0].length - unknownOwner[0].trimStart().length);
      const asWritten = this.text.slice(at, end).trim();
      const ownerKind = nameEndingAt(ownerName, 0, ownerName.length)?.kind;
      const ownerIsPerson = rest === 'office' && (ownerKind === 'person' || (!ownerKind && !/\s/u.test(ownerName)));
      const registered = this.register(
        {
          start: at,
          end: at + asWritten.length,
          name: ownerIsPerson ? `office of ${ownerName}` : `${ownerName} ${rest}`,
          kind: 'organization',
          title: null,
        },
        null,
      );
      if (registered.status === 'proposed' && !registered.proposal.aliases.includes(asWritten)) registered.proposal.aliases.push(asWritten);
      return registered;
    }
    for (const owner of owners.reverse()) {
      const rest = this.text.slice(owner.end, end);
      if (!OFFICE_REST.test(rest)) continue;
      if (!/^\s*(?:the\s+)?$/iu.test(this.text.slice(Math.max(start, this.text.lastIndexOf(',', owner.start) + 1), owner.start)))
        return null;
      const ownerName = owner.domain === 'actor' ? (this.gazetteer.actors.get(owner.id)?.name ?? owner.text) : owner.text;
      const asWritten = this.text.slice(owner.start, end).trim();
      // "U.N. human rights office" is the "United Nations human rights office" (and so is "the UN's human rights office").
      const ofUN = owner.domain === 'actor' && /^(?:U\.?N\.?|UN)$/u.test(owner.text);
      const own = rest.replace(/^['’]s(?=\s)/u, '').trimEnd();
      const name = ofUN ? `${ownerName}${own}` : asWritten;
      const kind: ActorKind = owner.domain === 'actor' && owner.kind === 'un_body' ? 'un_body' : 'organization';
      const registered = this.register({ start: owner.start, end: owner.start + asWritten.length, name, kind, title: null }, null);
      if (registered.status === 'proposed') {
        // (s64) Its short form too, as readers search for it ("UN human rights office" of "the UN's human rights office").
        for (const alias of [asWritten, shortName?.[1], ofUN ? `UN${own}` : undefined])
          if (alias && !registered.proposal.aliases.includes(alias)) registered.proposal.aliases.push(alias);
      }
      return registered;
    }
    return null;
  }

  /**
   * The state whose army "the army" is: the last one named with its forces ("Syrian government forces", "the Syrian
   * army") before `position`, else the last state named.
   */
  private armyState(position: number): Mention | undefined {
    const states = this.actorMentions.filter((m) => m.end <= position && m.kind === 'state');
    const withForces = states.filter(
      (m) =>
        /\b(?:army|forces|military|troops)\b/iu.test(m.text) ||
        /^\s+(?:government\s+|armed\s+|regular\s+)?(?:army|forces|military|troops)\b/iu.test(this.text.slice(m.end, m.end + 30)),
    );
    return withForces.at(-1) ?? states.at(-1);
  }

  /** (s65) The last state named with its forces before `position` ("the Syrian army"), never merely the last state named. */
  private forcesState(position: number): Mention | undefined {
    const state = this.armyState(position);
    if (!state) return undefined;
    const withForces =
      /\b(?:army|forces|military|troops)\b/iu.test(state.text) ||
      /^\s+(?:government\s+|armed\s+|regular\s+)?(?:army|forces|military|troops)\b/iu.test(this.text.slice(state.end, state.end + 30));
    return withForces ? state : undefined;
  }

  /** The person named or quoted last before a position (an interview's subject, before its first question). */
  personBefore(position: number): SpeakerResolution {
    return this.antecedent(position, 'name', null);
  }

  /** (s70) The person a subject pronoun at `position` points back to ("... Nova Scotia. She spoke to the Gazette"). */
  pronounBefore(position: number, gender: 'male' | 'female'): SpeakerResolution {
    return this.antecedent(position, 'pronoun', null, gender);
  }

  private actor(mention: Mention): SpeakerResolution {
    return { status: 'actor', id: mention.id, via: mention.via, mention };
  }

  /**
   * The person a pronoun or description points back to: the nearest one before `position` that fits (the sex the
   * pronoun gives, the title the description names), counting the subjects of speech already attributed and not
   * the people named inside the words they reported.
   */
  private antecedent(
    position: number,
    via: SpeakerVia,
    title: string | null,
    gender: Gender = null,
    /** "the French foreign minister": the nationality the description gives, which a candidate's own must not contradict. */
    nationality: string | null = null,
    /** (s67) "the 52-year-old farmer": the age the words give, which an age set after a candidate's name must not contradict. */
    age: number | null = null,
  ): SpeakerResolution {
    const foreign = (roles: string[]) => nationality !== null && !sameNationality(roles, nationality);
    const candidates: {
      start: number;
      end: number;
      resolve: () => SpeakerResolution;
      gender: () => Gender;
      /** (s60) The sex the person's given name alone tells (givenNameGender), weighed only further back. */
      given?: () => Gender;
      spoke?: boolean;
      /** The one meant even where it resolves to nobody: the search stops there. */
      blocks?: boolean;
      /** A relative whose owner's pronoun excludes the owner ("his sister" for "she"): never passed over as an object. */
      tie?: boolean;
      /** A state or body a person speaks for ("The representative of Canada"): no person named as an object. */
      body?: boolean;
    }[] = [];
    // (s38) Not a name closing the sentence as its attribution ("Abu Fadi wrote to him on Friday that ..., Tarek Qabbani
    // said."): the teller who relays the words, not one the words speak of.
    const within = (notes: NotedSpeech[]) => (span: Span) =>
      notes.some((n) => n.speech.start <= span.start && span.end <= n.speech.end && span.end <= position) &&
      !CLOSING_ATTRIBUTION_AFTER.test(this.text.slice(span.end, span.end + 12));
    const reported = within(this.noted);
    // (s47) A name inside the pass before's remarks too: a quotation's "he said" is read before its paragraph's reported
    // speech ("said fighters would not hand east Aleppo over to Assad's forces. “...,” he said."). Not an unnamed person
    // or kin there: "says her brother-in-law left Aleppo ... he wrote" is the brother-in-law's.
    const namedInReported = within(this.notesSoFar());
    // The pronoun's paragraph, and its sentence and the one before: what several readings below look back over.
    const paragraphStart = this.text.lastIndexOf('\n', position - 1) + 1;
    // (s65) '"They have bread one day and not the next. There is no milk," he said.': a quotation's own sentences are the
    // speaker's words, none of the story's; after a quotation that opens its paragraph, the sentence before is the one
    // before the quotation, as it is after a quotation of one sentence (the pronoun's own, right after it).
    // (s66) So after one that opens a sentence further on in its paragraph: "Lakehaven MP Tomas Berg paid tribute to the
    // volunteers. “These are ordinary people. They shame us all,” he said." looks back to the tribute's sentence.
    const quoteOpensSentence = (open: number) =>
      open === paragraphStart ||
      (open > paragraphStart && /[.!?]["”’]?\s+$/u.test(this.text.slice(Math.max(paragraphStart, open - 4), open)));
    const openingQuote = this.quotations.find(
      (q) =>
        q.end <= position &&
        quoteOpensSentence(q.openMark ?? q.start) &&
        /^[\s,"”’']*(?:[Hh]e|[Ss]he|[Tt]hey)?\s*$/u.test(this.text.slice(q.end, position)),
    );
    const quoteOpen = openingQuote ? (openingQuote.openMark ?? openingQuote.start) : position;
    const pastQuote = openingQuote !== undefined && quoteOpen !== paragraphStart && this.previousSentenceStart(position) >= quoteOpen;
    const windowStart = this.previousSentenceStart(
      openingQuote && this.previousSentenceStart(position) >= quoteOpen
        ? // Inside the quotation's first sentence: at a mark mid-paragraph, the sentence before would end there.
          quoteOpen === paragraphStart
          ? quoteOpen
          : quoteOpen + 1
        : position,
    );
    for (const mention of this.personMentions) {
      if (mention.end > position || namedInReported(mention)) continue;
      if (title && !this.actorHasTitle(mention.id, title)) continue;
      if (foreign(this.gazetteer.actors.get(mention.id)?.roles ?? [])) continue;
      candidates.push({
        start: mention.start,
        end: mention.end,
        resolve: () => ({ status: 'actor', id: mention.id, via, mention: null }),
        gender: () => this.actorGender(mention.id),
        given: () => this.actorGivenGender(mention.id),
      });
    }
    // A person named but not yet quoted ("Vitaly Churkin, Russia's ambassador, has rejected ... he told reporters"):
    // proposed only if chosen.
    for (const latent of this.latentPersons) {
      const at = latent.at ?? latent.candidate;
      if (at.end > position || namedInReported(at)) continue;
      if (title && !holdsTitle(`${latent.role ?? ''} ${latent.candidate.title ?? ''}`, title, nationality !== null)) continue;
      if (foreign([latent.role ?? '', latent.candidate.title ?? ''])) continue;
      candidates.push({
        start: at.start,
        end: at.end,
        resolve: () => {
          const registered = this.register(latent.candidate, latent.role);
          return registered.status === 'proposed' ? { ...registered, via, mention: null } : { ...registered, via, mention: null };
        },
        gender: () => this.latentGender(latent),
        given: () => givenNameGender(latent.candidate.name),
      });
    }
    if (!title)
      for (const person of this.unnamedPeople) {
        // Only one introduced in this sentence or the one before: further back, a named person is the likelier one.
        if (person.span.end > position || person.span.start < Math.max(windowStart, paragraphStart) || reported(person.span)) continue;
        // A person named in the paragraph before the pronoun is the likelier one.
        if (
          this.personMentions.some((m) => m.start >= paragraphStart && m.end <= position) ||
          this.latentPersons.some((l) => (l.at ?? l.candidate).start >= paragraphStart && (l.at ?? l.candidate).end <= position)
        )
          continue;
        // "One boy was killed": counted, not introduced.
        if (
          /^one\b/iu.test(this.text.slice(person.span.start, person.span.end)) ||
          VICTIM_AFTER.test(this.text.slice(person.span.end, person.span.end + 80))
        )
          continue;
        // "A second doctor, a surgeon who ..., said": one introduced as the subject of a remark already attributed is
        // the speaker that remark was given to, not another of the same noun ("doctor (unnamed)" named before).
        const spoke = this.noted.find((n) => overlaps(n.subject, person.span) && named(n.speaker));
        candidates.push({
          start: person.span.start,
          end: person.span.end,
          resolve: () =>
            spoke
              ? ({ ...spoke.speaker, via, mention: null } as SpeakerResolution)
              : ({ ...this.unnamedPerson(person), via, mention: null } as SpeakerResolution),
          gender: () => person.gender,
        });
      }
    // "Dr X heard from his sister this morning. She wrote that ...": a relative the writer names in this sentence or the
    // one before, of the pronoun's sex by the tie and owned by a pronoun of the other sex ("his sister" for "she", "her
    // brother" for "he"), is a person the pronoun may mean (then the relative speaks, as "his sister wrote" would); the
    // owner is not the one meant, so the relative is not passed over as an object ("heard from his sister"). Where
    // owner and relative share a sex ("her sister-in-law had told her ... she said") the pronoun stays the teller's.
    const otherOwner = gender === 'female' ? 'his' : 'her';
    // A relative told of in someone's reported words is one only where the pronoun's own verb is done to the owner
    // ("X says her brother stayed in the port. He texted her ...": he is not her, nor anyone she reported on).
    const doneToOwner = VERB_DONE_TO[gender === 'female' ? 'him' : 'her'].test(this.text.slice(position, position + 60));
    const relatives =
      title || via !== 'pronoun' || !gender
        ? []
        : kinMentions(this.text, { start: windowStart, end: position }).filter(
            (k) =>
              !k.plural && k.owner === otherOwner && nounSex(k.relation) === gender && !this.inQuote(k) && (doneToOwner || !reported(k)),
          );
    for (const kin of relatives)
      candidates.push({
        start: kin.start,
        end: kin.end,
        tie: true,
        resolve: () => {
          const found = this.relative(this.tieOwner(kin), kin, { start: kin.start, end: kin.end });
          return found ? { ...found, via, mention: null } : { status: 'none' };
        },
        gender: () => gender,
      });
    for (const { span, proposal } of this.proposalMentions) {
      if (span.end > position || proposal.kind !== 'person' || namedInReported(span)) continue;
      if (title && !proposal.roles.some((r) => holdsTitle(r, title, nationality !== null))) continue;
      if (foreign(proposal.roles)) continue;
      candidates.push({
        start: span.start,
        end: span.end,
        resolve: () => ({ status: 'proposed', proposal, via, mention: null }),
        gender: () => this.nameGender(proposal.aliases, proposal.roles),
        given: () => givenNameGender(proposal.aliases[0]),
      });
    }
    // "The representative of Canada welcomed the outcome. ..., he said": a state or body named as the one a person
    // speaks for.
    if (!title)
      for (const mention of this.actorMentions) {
        if (mention.kind === 'person' || mention.end > position || reported(mention)) continue;
        if (this.namedAsSpokenFor(mention))
          candidates.push({
            start: mention.start,
            end: mention.end,
            resolve: () => ({ ...this.actor(mention), via, mention: null }) as SpeakerResolution,
            gender: () => null,
            body: true,
          });
      }
    // The same for a state or body the article names and the gazetteer does not know ("Brazil's representative").
    if (!title)
      for (const { span, proposal } of this.proposalMentions) {
        if (proposal.kind === 'person' || span.end > position || reported(span)) continue;
        if (this.namedAsSpokenFor(span))
          candidates.push({
            start: span.start,
            end: span.end,
            resolve: () => ({ status: 'proposed', proposal, via, mention: null }),
            gender: () => null,
            body: true,
          });
      }
    const notes = this.notesSoFar();
    for (const note of notes) {
      const speaker = note.speaker;
      if (note.subject.end > position) continue;
      // "Egypt's representative said ... He recalled": a person speaking for a state or body, unnamed, is "he".
      const speakerKind = named(speaker) ? this.kindOf(speaker) : 'person';
      // (s37) Not a document that speaks for a state ("Foreign Affairs Minister X, the statement said, ..."): no person.
      if (
        !title &&
        speakerKind !== 'person' &&
        !DOCUMENT_SUBJECT.test(this.text.slice(note.subject.start, note.subject.end)) &&
        SPEAKS_FOR.test(this.subjectWithLead(note.subject, note.speech))
      ) {
        candidates.push({
          start: note.subject.start,
          end: note.subject.end,
          resolve: () => ({ ...speaker, via, mention: null }),
          gender: () => null,
          spoke: true,
          body: true,
        });
        continue;
      }
      if (speaker.status === 'actor' && this.gazetteer.actorKind(speaker.id) === 'person') {
        if (title && !this.actorHasTitle(speaker.id, title)) continue;
        if (foreign(this.gazetteer.actors.get(speaker.id)?.roles ?? [])) continue;
        candidates.push({
          start: note.subject.start,
          end: note.subject.end,
          resolve: () => ({ ...speaker, via, mention: null }),
          gender: () => this.actorGender(speaker.id),
          given: () => this.actorGivenGender(speaker.id),
          spoke: true,
        });
      } else if (speaker.status === 'proposed' && speaker.proposal.kind === 'person') {
        const proposal = speaker.proposal;
        if (title && !proposal.roles.some((r) => holdsTitle(r, title, nationality !== null))) continue;
        if (foreign(proposal.roles)) continue;
        candidates.push({
          start: note.subject.start,
          end: note.subject.end,
          resolve: () => ({ status: 'proposed', proposal, via, mention: null }),
          gender: () => this.nameGender(proposal.aliases, proposal.roles),
          given: () => givenNameGender(proposal.aliases[0]),
          spoke: true,
        });
      }
    }
    // "The Secretary is in Brussels, and he spoke with X. He told ...": a person described by a title as the subject of
    // this sentence or the one before.
    if (!title)
      for (const match of this.text.slice(windowStart, position).matchAll(DESCRIBED_SUBJECT)) {
        const at = windowStart + match.index + match[0].indexOf(match[1] as string);
        const span = { start: at, end: at + (match[1] as string).length };
        if (this.inQuote(span) || reported(span)) continue;
        const office = (match[2] as string).toLowerCase();
        let found: SpeakerResolution | undefined;
        const holder = () => {
          found ??= this.antecedent(span.start, 'description', office);
          return found;
        };
        // (s30) "the Vice-President was asked ... He said": an office held by nobody the article names (nor by the one
        // found for its noun, "Deputy Prime Minister" for "the Interior Minister") is someone unnamed, proposed only
        // where chosen.
        const heldByNamed = () => {
          const named = holder();
          return named.status === 'none' || this.holdsDescribedOffice(named, office, null, match[1] as string);
        };
        const resolve = () => {
          const resolved = heldByNamed() ? holder() : null;
          const chosen = resolved && resolved.status !== 'none' ? resolved : this.unheldOffice(span.start, span.end, match[1] as string);
          return chosen ? ({ ...chosen, via, mention: null } as SpeakerResolution) : (resolved ?? holder());
        };
        candidates.push({
          ...span,
          resolve,
          gender: () => {
            const named = heldByNamed() ? holder() : null;
            return named && (named.status === 'actor' || named.status === 'proposed') ? this.speakerGender(named) : null;
          },
          spoke: true,
        });
      }
    // "The island's deputy mayor for social affairs said ... She said": a person named only by a description who spoke
    // in this sentence or the one before (or, for a pronoun after a quotation opening its paragraph, the paragraph
    // before's last) is the one the pronoun means, not a person named further back. Where her remark was given to
    // nobody, or to no person ("the Secretary-General of the United Nations said" read as the UN), neither is the
    // pronoun's (she is no actor yet).
    const quoteOpening = this.quotations.find((q) => q.end <= position && (q.openMark ?? q.start) === paragraphStart);
    const speakerWindow = quoteOpening ? this.previousSentenceStart(quoteOpening.openMark ?? quoteOpening.start) : windowStart;
    if (!title)
      for (const match of this.text.slice(speakerWindow, position).matchAll(DESCRIBED_SPEAKER)) {
        const phrase = match[1] as string;
        const at = speakerWindow + match.index + match[0].indexOf(phrase);
        const span = { start: at, end: at + phrase.length };
        if (!describedSpeaker(phrase) || this.inQuote(span) || reported(span)) continue;
        const within = (s: Span) => overlaps(s, span);
        const note = notes.find((n) => within(n.subject));
        if (note && (this.kindOf(note.speaker) === 'person' || SPEAKS_FOR.test(phrase))) continue;
        if (this.personMentions.some(within)) continue;
        if (this.latentPersons.some((l) => within(l.at ?? l.candidate)) || this.proposalMentions.some((p) => within(p.span))) continue;
        const sex: Gender = FEMALE_ROLE.test(phrase) ? 'female' : MALE_ROLE.test(phrase) ? 'male' : null;
        candidates.push({ ...span, resolve: () => ({ status: 'none' }), gender: () => sex, spoke: true, blocks: true });
      }
    const describing = title ? [] : this.relativeClausesBefore(position);
    // (s43) Whom the pronoun's own verb addresses is not the pronoun ("\"...,\" she told ENN's Marcus Leland at the
    // reception center": the reporter named before as the one who "reports" is no antecedent of "she").
    const addressed = ADDRESSED_AFTER_PRONOUN.exec(this.text.slice(position, position + 100))?.[1] ?? '';
    const isAddressee = (c: { start: number; end: number }) => {
      const words = this.text.slice(c.start, c.end).trim();
      return addressed !== '' && /\s/u.test(words) && addressed.includes(words);
    };
    // (s69) In a quiz's answer, what the other questions and answers name between its question and it is no antecedent:
    // the answer reads on from its own question ("3. What did the envoy offer? ... / 3. He offered to ...").
    const passage = this.quiz.find((q) => q.answer.start <= position && position <= q.answer.end);
    const fitting = candidates.filter((c) => {
      if (isAddressee(c)) return false;
      if (passage && passage.question.end <= c.start && c.start < passage.answer.start) return false;
      // (s67) "her daughter Yuliana, 26, called ... \"...,\" the 52-year-old farmer said": not one whose age is another.
      const given = age === null ? null : AGE_AFTER_NAME.exec(this.text.slice(c.end, c.end + 8));
      if (given && Number(given[1]) !== age) return false;
      if (!c.spoke && this.asides.some((a) => a.start <= c.start && c.end <= a.end && a.end <= position)) return false;
      if (!c.spoke && describing.some((r) => r.start <= c.start && c.end <= r.end)) return false;
      if (!gender) return true;
      // (s60) A given name's sex is weighed only for one named before the pronoun's sentence and the one before it:
      // the person just named is the one meant whatever the lists say ("Brita Hagi Hasan ... called the veto ...
      // Speaking by phone on Sunday, he said").
      const own = c.gender() ?? (c.start < windowStart ? (c.given?.() ?? null) : null);
      return own === null || own === gender;
    });
    // "De Mistura ... will travel to Moscow for talks with Lavrov, his office said": within the pronoun's sentence,
    // a person named as an object ("with Lavrov", "met X") yields to one named as a subject.
    const sentenceStart = this.sentenceStartBefore(position);
    // "When I spoke to Bishop X by telephone, he told me": the one the writer (or the quoted speaker) met, called or
    // wrote to is no object that yields, for "he" is not "I".
    const metByFirstPerson = (c: { start: number }, from: number) =>
      FIRST_PERSON_OBJECT_BEFORE.test(this.text.slice(Math.max(from, c.start - 60), c.start));
    // (s66) "That was too much for Ana Roe, of the Harbour Council, who cut in. “...,” she said.": a name after a
    // preposition that a relative clause's "who" takes up as its subject is the one that acts next, no object.
    const relativeSubject = (c: { end: number }) => RELATIVE_SUBJECT_AFTER.test(this.text.slice(c.end, c.end + 120));
    // (s66) "Lakehaven and Port Vell MP Tomas Berg paid tribute": a name behind a title of capitalised words that opens its
    // sentence is its subject; the "and" or "of" inside the title ("Secretary of State X") joins no object.
    const titledSubject = (c: { start: number; end: number }) =>
      TITLE_OPENING_SENTENCE.test(this.text.slice(this.sentenceStartBefore(c.start), c.start)) &&
      /^\s+\p{Ll}/u.test(this.text.slice(c.end, c.end + 3));
    const asObject = (c: { start: number; end: number; tie?: boolean }) =>
      !c.tie &&
      c.start >= sentenceStart &&
      OBJECT_BEFORE.test(this.text.slice(Math.max(sentenceStart, c.start - 30), c.start)) &&
      !metByFirstPerson(c, sentenceStart) &&
      !titledSubject(c);
    // "His daughter, Maja Berg, has not called since Sunday, he said": a trailing "he said" after a subject that is the
    // relative of someone "his" points back to, named in apposition, is that someone's, not the relative's.
    const kinHead = via === 'pronoun' && gender ? OWNED_KIN_APPOSITION.exec(this.text.slice(sentenceStart, position)) : null;
    if (
      kinHead &&
      (kinHead[1] as string).toLowerCase() === (gender === 'male' ? 'his' : 'her') &&
      TRAILING_PRONOUN.test(this.text.slice(sentenceStart, position))
    ) {
      const apposed = { start: sentenceStart + kinHead[0].length - (kinHead[2] as string).length, end: sentenceStart + kinHead[0].length };
      const others = fitting.filter((c) => !(apposed.start <= c.start && c.end <= apposed.end));
      if (others.length < fitting.length) fitting.splice(0, fitting.length, ...others);
    }
    // (s65) "Bishop Lind also remembered his brother, Father Anton Kell, who was abducted in 2013. “...,” he told the
    // congregation.": a name set off in apposition to a relative whom the pronoun's own possessive owns ("his brother" for
    // "he", "her sister" for "she"), in the pronoun's sentence or the one before, is that relative, not the one meant.
    if (via === 'pronoun' && gender) {
      const ownedKin = gender === 'male' ? OWNED_KIN_BEFORE_NAME.male : OWNED_KIN_BEFORE_NAME.female;
      const others = fitting.filter(
        (c) => c.tie || c.start < windowStart || !ownedKin.test(this.text.slice(Math.max(windowStart, c.start - 60), c.start)),
      );
      if (others.length > 0 && others.length < fitting.length) fitting.splice(0, fitting.length, ...others);
    }
    if (fitting.some((c) => c.start >= sentenceStart && !asObject(c)) || fitting.some((c) => c.end <= sentenceStart)) {
      const subjects = fitting.filter((c) => !asObject(c));
      if (subjects.length > 0) fitting.splice(0, fitting.length, ...subjects);
    }
    // "Cavusoglu said he had spoken to Lavrov, his Russian counterpart. “...,” he said.": in the sentence before too, a
    // person named as an object ("to Lavrov", "with Foreign Minister X") or an owner ("Kerry's contacts") yields to
    // one who is the subject there.
    // (s43) So does one named further on in a sentence that opens on another candidate as its subject ("Kassab pointed
    // to the trip Jean-Marc Ayrault made to Moscow ... \"...,\" she argued.": the trip's maker is no subject there).
    // (s67) A title or an honorific before the name keeps it the opening subject ("Mr Roe will host Jo Lee in Vell on
    // Sunday. He promised MPs that ...": Roe, not Lee, is the "he").
    const opensAsSubject = (c: { start: number; end: number }) => {
      const before = this.text.slice(this.sentenceStartBefore(c.start), c.start);
      return (/^\s*$/u.test(before) || TITLE_OPENING_SENTENCE.test(before)) && /^\s+\p{Ll}/u.test(this.text.slice(c.end, c.end + 3));
    };
    const openers = fitting.filter((c) => c.start >= windowStart && c.start < sentenceStart && opensAsSubject(c));
    // Opening its sentence as its subject, a dateline before it allowed ("GENEVA — Staffan de Mistura has ...").
    const opensSentence = (c: { start: number; end: number }) =>
      /^\s*(?:\p{Lu}[\p{Lu}.'’/ -]{1,30}?(?:,\s[^\n—–]{1,40}?)?\s+(?:[—–]|-{1,2})\s+)?$/u.test(
        this.text.slice(this.sentenceStartBefore(c.start), c.start),
      ) && /^(?:\s+\p{Ll}|,)/u.test(this.text.slice(c.end, c.end + 3));
    const objectBefore = (c: { start: number; end: number; spoke?: boolean; tie?: boolean }) => {
      if (c.spoke || c.tie || c.start >= sentenceStart || c.start < windowStart) return false;
      const own = this.sentenceStartBefore(c.start);
      return (
        (OBJECT_BEFORE.test(this.text.slice(Math.max(own, c.start - 30), c.start)) && !metByFirstPerson(c, own) && !titledSubject(c)) ||
        /^['’]s\s/u.test(this.text.slice(c.end, c.end + 3)) ||
        openers.some((o) => o.start < c.start && this.sentenceStartBefore(o.start) === own)
      );
    };
    if (fitting.some((c) => c.start >= windowStart && !objectBefore(c) && !asObject(c))) {
      const subjects = fitting.filter((c) => !objectBefore(c));
      if (subjects.length > 0) fitting.splice(0, fitting.length, ...subjects);
    }
    // (s59) "He plans to play on Thursday against Sharjah Falcons. “...,” he said.": where the sentence before opens on
    // the same pronoun as its subject, those it names only as objects are not its "he"; the pronoun goes further back.
    const samePronounOpens =
      via === 'pronoun' &&
      gender !== null &&
      new RegExp(`^\\s*${gender === 'male' ? 'He' : 'She'}\\s+\\p{Ll}`, 'u').test(this.text.slice(windowStart, sentenceStart));
    if (samePronounOpens) {
      const beyond = fitting.filter((c) => !(c.start >= windowStart && c.start < sentenceStart && objectBefore(c)));
      if (beyond.length > 0 && beyond.length < fitting.length) fitting.splice(0, fitting.length, ...beyond);
    }
    // (s54) A profile's subject: "The envoy who would not stop counting: Staffan de Mistura's long autumn" over
    // "GENEVA — Staffan de Mistura has a habit ... a post that wore out both Kofi Annan and Lakhdar Brahimi. ...
    // \"...,\" he said."; a paragraph's subject: "Khaled Hamdo, 41, a car mechanic, left Masaken Hanano on foot ...
    // They walked ... \"...,\" he said.". With nobody in the pronoun's sentence or the one before, the person the
    // headline names, or the one who opens the pronoun's paragraph, where a sentence opens on him, is the one meant over
    // people named since only as objects inside others' sentences.
    // (s66) Past a quotation of several sentences, one named only as an object in the sentence before it is as good as
    // nobody there ("The crowd prayed for Ana Roe, who was killed. “...” she said.").
    if (via === 'pronoun' && !fitting.some((c) => c.start >= windowStart && !(pastQuote && objectBefore(c)))) {
      const headline = this.text.slice(0, Math.max(0, this.text.indexOf('\n')));
      const paragraphOpening = this.sentenceEndAfter(paragraphStart);
      const anchored = (c: (typeof fitting)[number]) =>
        c.spoke || (opensSentence(c) && (this.namedInHeadline(c, headline) || (c.start >= paragraphStart && c.start < paragraphOpening)));
      const last = fitting
        .filter(anchored)
        .sort((a, b) => a.end - b.end)
        .at(-1);
      const objectOnly = (c: (typeof fitting)[number]) => {
        const before = this.text.slice(Math.max(this.sentenceStartBefore(c.start), c.start - 30), c.start);
        // Nor an owner of words ("with Vitaly Churkin's remarks"): his remarks may be what is quoted next. (s59) An
        // owner of anything else is as much an object ("a joke about Vladimir Putin's horsemanship").
        const owner = OWNER_OF_WORDS.test(this.text.slice(c.end, c.end + 40));
        return !c.spoke && !c.tie && !owner && !relativeSubject(c) && !titledSubject(c) && PROFILE_OBJECT_BEFORE.test(before);
      };
      // (s59) The anchored person named again since ("Boris Johnson ... followed him. Those of us who have watched Mr
      // Johnson for years ...") is no other person between him and the pronoun.
      const surname = (c: { start: number; end: number }) => /(\p{Lu}[\p{L}'’-]+)\W*$/u.exec(this.text.slice(c.start, c.end))?.[1];
      const again = (c: (typeof fitting)[number]) =>
        last !== undefined && !c.body && surname(c) !== undefined && surname(c) === surname(last);
      // A state or body a person speaks for ("The representative of Canada", "special envoy for Syria") is no person
      // named as an object: it neither yields nor keeps the rule from applying.
      const since = last ? fitting.filter((c) => c.end > last.end && !c.body && !this.namedInHeadline(c, headline) && !again(c)) : [];
      // Then states and bodies named since go too ("the United Nations special envoy for Syria": the envoy is he).
      if (last && since.length > 0 && since.every(objectOnly))
        fitting.splice(0, fitting.length, ...fitting.filter((c) => c.end <= last.end || this.namedInHeadline(c, headline)));
    }
    fitting.sort((a, b) => a.end - b.end);
    for (const candidate of fitting.reverse()) {
      const resolved = candidate.resolve();
      if (resolved.status !== 'none' || candidate.blocks) return resolved;
    }
    return { status: 'none' };
  }

  /**
   * "The government said", "the foreign ministry said", with no state or ministry speaking just before: in a home
   * paper (an outlet on its country's domain, `outletState`), the government or ministry of its own state, as the
   * paper's readers take it, named as a curator would name it: the state's adjective as the article writes it
   * ("Estonian government", "Costa Rican foreign ministry"), else the state's name ("New Zealand government").
   */
  private homeBody(phrase: string, start: number, end: number): SpeakerResolution | null {
    // Lower case: "the Ministry" of a ministry's own release is its issuer (issuer-voice.ts).
    const own = /^\s*[Tt]he\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}(?:government|ministry))\s*$/u.exec(phrase);
    if (!own || !this.outletState) return null;
    // Only where the story is the state's: a British paper's "the government" in a story from Beirut that never names
    // Britain is as often Syria's. The sentence names it ("Denmark will give ..., the government said"), or the article
    // does on its own (s25: "The government said Monday it would send 40 tonnes of flour", with "Norland's share" a
    // paragraph on), not as a compound's part ("a British-Syrian doctor").
    const adjective = this.stateAdjective(this.outletState);
    const sentence = this.text.slice(this.sentenceStartBefore(start), this.sentenceEndAfter(end));
    const stateWords = [this.outletState, this.outletState.split(/\s+/u).at(-1) as string, ...(adjective ? [adjective] : [])];
    // The article's own naming does not change from one mention to the next: read once per article.
    this.namesHomeState ??= stateWords.some((w) =>
      new RegExp(String.raw`(?<![\p{L}-])${escapeRegExp(w)}(?![\p{L}-])`, 'u').test(this.text),
    );
    if (!this.namesHomeState && !stateWords.some((w) => nameAsWord(w).test(sentence))) return null;
    const bare = (own[1] as string).toLowerCase() === 'ministry';
    // "the Ministry of Industry, ..." named before: a bare "the ministry" may be that one.
    if (bare && /\bMinistry\s+of\s/u.test(this.text.slice(0, start))) return null;
    // A bare "the ministry" is the one ministry whose minister or name the article gives ("Foreign Minister X").
    const portfolios = bare
      ? new Set(
          [...this.text.matchAll(/\b(\p{L}+)\s+[Mm]inist(?:er|ry)\b/gu)]
            .map((m) => (m[1] as string).toLowerCase())
            .filter((w) => PORTFOLIO.test(w)),
        )
      : null;
    const body = portfolios?.size === 1 ? `${[...portfolios][0]} ministry` : (own[1] as string);
    // (s66) A bare "the ministry" where the article writes its minister's title out in full, one title only ("Moldova's
    // Minister of Foreign Affairs and European Integration, Andrei Galbur, ... The ministry said"): the ministry as the
    // title names it ("Ministry of Foreign Affairs and European Integration"), not "Moldovan ministry".
    const titled = bare ? ministryOfTitle(this.text) : null;
    const name = titled ?? `${adjective ?? this.outletState} ${body}`;
    const registered = this.register({ start, end, name, kind: 'organization', title: null }, null);
    return registered.status === 'proposed' ? { ...registered, via: 'description', mention: null } : null;
  }

  /**
   * The adjective the article uses for a state ("Korean" for South Korea, "Costa Rican" for Costa Rica): a word of a
   * demonym's shape (`DEMONYM`) that opens on the name's last word less a final vowel ("Chil-ean", "Austri-an",
   * "Keny-an": never "Chinese" for Chile nor "Australian" for Austria), with the name's words before it where the
   * text writes them so, or the one `IRREGULAR_DEMONYMS` gives ("Danish"); null where the text uses none.
   */
  private stateAdjective(state: string): string | null {
    const irregular = IRREGULAR_DEMONYMS[state];
    if (irregular) return nameAsWord(irregular).test(this.text) ? irregular : null;
    const words = state.split(/\s+/u);
    const last = words.at(-1) as string;
    const stem = last.length > 3 ? last.replace(/[aeiouy]$/u, '') : last;
    const lead = words.length > 1 ? `(?:(${words.slice(0, -1).map(escapeRegExp).join('\\s+')})\\s+)?` : '';
    const pattern = new RegExp(`(?<![\\p{L}])${lead}(${escapeRegExp(stem)}\\p{Ll}+)(?![\\p{L}])`, 'gu');
    for (const match of this.text.matchAll(pattern)) {
      const adjective = match.at(-1) as string;
      if (isDemonym(adjective)) return match.length > 2 && match[1] ? `${match[1]} ${adjective}` : adjective;
    }
    return null;
  }

  /**
   * (s53) Whether the body found for a description is the one it describes: a description with words before
   * "directorate", "council", "committee" or "department" ("the health directorate", "the mosque committee") only a
   * body whose name holds them ("Aleppo health directorate"), not any body that spoke last; any other description,
   * or a bare one ("the council"), any body found.
   */
  private fitsDescription(found: SpeakerResolution, description: string): boolean {
    const words = describedWords(description);
    // (s54) "The network estimates ..." with a network and the Red Cross both named: a noun only some bodies are called
    // by points back only to one whose name holds it, bare or not.
    const distinctive =
      (words.length === 1 && /^(?:network|coalition|alliance|federation|foundation|association|society)$/u.test(words[0] ?? '')) ||
      (words.length >= 2 && /^(?:directorate|council|committee|department)$/u.test(words.at(-1) ?? ''));
    if (!distinctive) return true;
    return (found.status === 'actor' || found.status === 'proposed') && holdsWords(this.nameOf(found), words);
  }

  /**
   * "it said", "the agency said": the nearest organisation, state or body named before, of a kind that fits. `described`:
   * the description's words ("foreign", "ministry") and where it starts; a body whose name holds its noun but not its
   * other words is another body of that kind ("the Interior Ministry" for "the foreign ministry"), which it does not
   * point back to.
   */
  private bodyAntecedent(
    position: number,
    noun: string | null,
    speakersOnly = false,
    described?: { words: string[]; start: number },
  ): SpeakerResolution {
    const kinds = noun ? (BODY_KINDS[noun] ?? ['organization', 'un_body']) : null;
    const fits = (kind: string) => kind !== 'person' && (!kinds || kinds.includes(kind));
    // (s48) "The ministry said later" is a ministry, never the nearest body of another kind (the ICRC named since).
    const ministryName = (name: string) => noun !== 'ministry' || /\bminist(?:ry|ries|erio|ère|erium)\b/iu.test(name);
    const candidates: { end: number; resolve: () => SpeakerResolution }[] = [];
    // "the agency said" points back only to a body that has just spoken (within a few sentences, or in this paragraph
    // or the one before): on the held-out articles the nearest body named, or a bare "it said", was the wrong one more
    // often than the right one.
    for (const mention of speakersOnly ? [] : this.actorMentions)
      if (mention.end <= position && fits(mention.kind) && ministryName(this.text.slice(mention.start, mention.end)))
        candidates.push({ end: mention.end, resolve: () => this.actor(mention) });
    for (const { span, proposal } of speakersOnly ? [] : this.proposalMentions)
      if (span.end <= position && fits(proposal.kind) && ministryName(proposal.name))
        candidates.push({ end: span.end, resolve: () => ({ status: 'proposed', proposal, via: 'description', mention: null }) });
    // "The monitor said" opening a paragraph after one where the body spoke at length: that paragraph is near enough.
    const nearFrom = speakersOnly ? this.paragraphBeforeStart(position) : 0;
    for (const note of this.notesSoFar()) {
      const speaker = note.speaker;
      if (note.subject.end > position || (speakersOnly && position - note.speech.end > 300 && note.speech.start < nearFrom)) continue;
      const kind = this.kindOf(speaker);
      // "the ministry said" after the government spoke, or the other way round: another body of the same state.
      const found = named(speaker);
      const otherBody =
        found !== null &&
        (OTHER_STATE_BODY[noun ?? '']?.test(this.nameOf(found)) === true || anotherOfKind(described?.words ?? [], this.nameOf(found)));
      // A remark of the pass before that this pass has not reached is taken for a description any body answers to ("the
      // agency", "it"), or one its name holds: "The ministry called those reports ..." after "the UN human rights office
      // said it had received reports" is the ministry that spoke before, not the office.
      const ahead = !this.noted.includes(note);
      const answers =
        noun === null || ANY_BODY_NOUN.test(noun) || (found !== null && holdsWords(this.nameOf(found), described?.words ?? [noun]));
      if (kind && fits(kind) && !otherBody && (!ahead || answers) && (found === null || ministryName(this.nameOf(found))))
        candidates.push({ end: note.subject.end, resolve: () => ({ ...speaker, mention: null }) as SpeakerResolution });
    }
    // "the ministry said" after "X said ... asked the Ministry of Foreign Affairs to ...", or paragraphs after the
    // ministry last spoke: the body named with the description's words, where named after the last speaker of its kind.
    const namedAsDescribed = described ? this.bodyNamedAsDescribed(described.words, described.start) : undefined;
    if (namedAsDescribed) candidates.push(namedAsDescribed);
    // "Doctors at Ostervik hospital treated ..., the hospital said": a body the description's own sentence names
    // before it, which need not have spoken, is nearer than any speaker before that sentence.
    const namedInSentence = described ? this.bodyNamedInSentence(described.words, described.start, fits) : undefined;
    if (namedInSentence) candidates.push(namedInSentence);
    // (s41) "The Islamic Council has opened a collection for the Red Crescent, the group said": an attribution closing
    // its sentence points back to the body that opens the sentence as its subject, not to one named after it.
    const opening = described ? this.bodyOpeningSentence(described.words, described.start, fits) : null;
    if (opening) return { ...opening, via: 'description', mention: null } as SpeakerResolution;
    candidates.sort((a, b) => a.end - b.end);
    const chosen = candidates.at(-1)?.resolve();
    if (!chosen || (chosen.status !== 'actor' && chosen.status !== 'proposed')) return { status: 'none' };
    return { ...chosen, via: 'description', mention: null };
  }

  /**
   * "The ministry said": the last body the article named before `position` whose name holds the description's words
   * (`described`: "foreign ministry" for "Ministry of Foreign Affairs and Cooperation", not "the Interior Ministry"
   * named since), however far back, known, proposed or only written; only for nouns a body's own name holds
   * (`NAMED_KIND_NOUN`). `bodyAntecedent` weighs it against the body that spoke last.
   */
  private bodyNamedAsDescribed(described: string[], position: number): { end: number; resolve: () => SpeakerResolution } | undefined {
    if (!NAMED_KIND_NOUN.test(described.at(-1) ?? '')) return undefined;
    // "Foreign Minister X ... asked ..., the ministry said": a bare "the ministry" beside a minister of a portfolio is
    // that minister's, never a ministry of another portfolio named before ("the Ministry of Diaspora").
    const sentence = this.text.slice(this.sentenceStartBefore(position), this.sentenceEndAfter(position));
    const portfolio = described.length === 1 && described[0] === 'ministry' ? /\b(\p{L}+)\s+Minister\b/u.exec(sentence)?.[1] : undefined;
    const words = portfolio && PORTFOLIO.test(portfolio.toLowerCase()) ? [portfolio.toLowerCase(), ...described] : described;
    const holds = (name: string) => holdsWords(name, words);
    // A name no speaker has taken yet is read two paragraphs back at most ("X has launched an appeal. Its president said
    // .... / ..., the organisation said"); a body that spoke, or one the gazetteer knows, however far back.
    const writtenFrom = this.paragraphBeforeStart(this.paragraphBeforeStart(position));
    return this.lastBodyOption(position, (name, mention) => holds(name) || holds(mention.text), holds, writtenFrom);
  }

  /**
   * (s28) A body named earlier in the sentence of a description at its end ("A winter appeal by the relief charity Bread
   * for Kessel has raised ..., the organisation said", "The Directorate for Coastal Settlement has found homes for ...,
   * according to the agency", "Doctors at Ostervik hospital treated ..., the hospital
   * said"): known, proposed or only written, of a kind that `fits`, and for a noun that names a kind of body
   * (`NAMED_KIND_NOUN`, unlike `ANY_BODY_NOUN`) one whose name holds the description's words, capitals before the noun
   * in lower case too ("Ostervik hospital", proposed under those words as an `organization`).
   */
  private bodyNamedInSentence(
    described: string[],
    position: number,
    fits: (kind: string) => boolean,
  ): { end: number; resolve: () => SpeakerResolution } | undefined {
    const noun = described.at(-1) ?? '';
    // The sentence that holds the description's first character; (s37) where the description opens it, the sentence
    // before in its paragraph ("Volunteers of the Kessel Rescue Service search the rubble. The group says ...").
    const own = this.sentenceStartBefore(position + 1);
    const opens = own > 0 && this.text[own - 1] !== '\n' && this.text.slice(own, position).trim() === '';
    const from = opens ? this.sentenceStartBefore(own - 1) : own;
    const any = ANY_BODY_NOUN.test(noun);
    const holds = (name: string) => any || holdsWords(name, described);
    // Not a state or an armed group a report tells of ("Rebels shelled the west, the group said"): a body it names.
    const named = (kind: string) => fits(kind) && (kind === 'organization' || kind === 'un_body');
    const option = this.lastBodyOption(
      position,
      (name, mention) => mention.start >= from && named(mention.kind) && (holds(name) || holds(mention.text)),
      (name, kind) => named(kind) && holds(name),
      from,
    );
    const sentence = this.text.slice(from, position);
    const withNoun = new RegExp(`(${CAPITALISED_RUN.source})\\s+${escapeRegExp(noun)}(?![\\p{L}-])`, 'gu');
    const lowerNoun = [...sentence.matchAll(withNoun)]
      .map((m) => ({ start: from + m.index, end: from + m.index + m[0].length, run: m[1] as string }))
      .filter((m) => !/^The$/u.test(m.run) && !this.inQuote(m) && !this.touchesKnown(m))
      .at(-1);
    if (lowerNoun && named('organization') && (!option || option.end < lowerNoun.end)) {
      const candidate: NameCandidate = {
        start: lowerNoun.start,
        end: lowerNoun.end,
        name: `${lowerNoun.run} ${noun}`,
        kind: 'organization',
        title: null,
      };
      return {
        end: lowerNoun.end,
        resolve: () => ({ ...this.register(candidate, null), via: 'description', mention: null }) as SpeakerResolution,
      };
    }
    return option && option.end > from ? option : undefined;
  }

  /**
   * The body that opens, as its subject, the sentence an attribution closes after a comma ("The Islamic Council has
   * opened a collection for the Syrian Arab Red Crescent, the group said"): a known actor, a proposal or a name written
   * there (its "The" aside) of a kind that `fits`, whose name holds the description's words where its noun names a
   * kind of body ("the hospital"), any body for "the group" or "the organisation"; followed by a lower-case verb, not an
   * apposition or a clause set off by a comma. Null otherwise.
   */
  private bodyOpeningSentence(described: string[], position: number, fits: (kind: string) => boolean): SpeakerResolution | null {
    const own = this.sentenceStartBefore(position + 1);
    if (!/,\s*$/u.test(this.text.slice(own, position))) return null;
    const noun = described.at(-1) ?? '';
    // A charity or a society may be named a trust or a council: any body is one for these nouns, as for "the group".
    const holds = (name: string) => ANY_BODY_NOUN.test(noun) || CHARITY_NOUN.test(noun) || holdsWords(name, described);
    const body = (kind: string) => fits(kind) && (kind === 'organization' || kind === 'un_body');
    const lead = /^(?:The\s+)?/u.exec(this.text.slice(own))?.[0].length ?? 0;
    const at = own + lead;
    const verbAfter = (end: number) =>
      /^\s+(?:has|have|had|is|are|was|were|will|would|\p{Ll}+(?:ed|s))\s/u.test(this.text.slice(end, end + 30));
    const known = this.actorMentions.find((m) => m.start === at && m.end < position);
    if (known) {
      const name = this.gazetteer.actors.get(known.id)?.name ?? known.text;
      return body(known.kind) && (holds(name) || holds(known.text)) && verbAfter(known.end) ? this.actor(known) : null;
    }
    const proposed = this.proposalMentions.find((p) => p.span.start === at && p.span.end < position);
    if (proposed)
      return body(proposed.proposal.kind) && holds(proposed.proposal.name) && verbAfter(proposed.span.end)
        ? { status: 'proposed', proposal: proposed.proposal, via: 'description', mention: null }
        : null;
    const run = CAPITALISED_RUN_AT_START.exec(this.text.slice(at, position));
    if (!run || !verbAfter(at + run[0].length)) return null;
    // "The Islamic Council" after "the Islamic Council of Central Africa": the short form of a body named in full before.
    const short = run[0];
    const opensWith = (name: string) => name !== short && name.startsWith(`${short} `);
    const inFull = this.lastBodyOption(at, opensWith, opensWith, this.paragraphBeforeStart(this.paragraphBeforeStart(at)))?.resolve();
    if (inFull) return inFull;
    const candidate = this.nameCandidate(at, at + run[0].length, 'after');
    if (!candidate || !body(candidate.kind) || !holds(candidate.name)) return null;
    const registered = this.register(candidate, null);
    return registered.status === 'actor' || registered.status === 'proposed' ? registered : null;
  }

  /**
   * The last body named before `position` whose name ends in the lower-case words of `phrase` ("civil defence" for
   * "Syrian Civil Defence"), with at least one word before them: a short form of a body named in full.
   */
  private namedBodyEndingWith(phrase: string, position: number): SpeakerResolution | null {
    const tail = phrase.toLowerCase().split(/\s+/u);
    const endsWith = (name: string) => {
      const words = name.toLowerCase().split(/\s+/u);
      return words.length > tail.length && words.slice(-tail.length).join(' ') === tail.join(' ');
    };
    return this.lastBodyNamed(position, (name, mention) => endsWith(name) || endsWith(mention.text), endsWith);
  }

  /**
   * A document as the subject: "The letters said" (the one who "said in two letters" before, or whose letters the
   * article named: "a letter from X", "X's letter"), "the ministry's daily bulletin said" (its owner); "They said"
   * after "The letters said" (the same issuer).
   */
  private documentIssuer(start: number, end: number, verb: SpeechVerb): SpeakerResolution | null {
    const text = this.text;
    // ", published an hour later,": a participle or time phrase after the document's name.
    const phrase = stripTail(
      text
        .slice(start, Math.max(end, verb.start))
        .replace(
          /,\s*(?:published|issued|released|sent|dated|read|circulated|seen|posted|signed|agreed|adopted|approved)\b[^,;:()"“”]{0,80},\s*$/u,
          '',
        )
        // (s70) "The conclusions adopted by the 28 ministers said": a meeting's document and who agreed it, no comma.
        .replace(
          /(\b(?:declaration|communiqu[eé]|conclusions))\s+(?:adopted|agreed|approved|issued)\s+(?:by|at|on|in)\b[^,;:()"“”]{0,80}$/iu,
          '$1',
        )
        // (s64) "The text, read out by Foreign Minister X at a joint press conference with Y and Z's W, said": who read
        // it out and where, at more length (no comma in it).
        .replace(/,\s*read\s+out\s+by\b[^,;:()"“”]{0,180},\s*$/u, ''),
    );
    const subjectAt = start + phrase.search(/\S/u);
    const plural = /^(?:they)$/iu.test(phrase.trim());
    if (IT_OR_THEY.test(phrase)) {
      const note = this.noted.filter((n) => n.subject.end <= start && start - n.speech.end <= 400).at(-1);
      const saidBy = note ? this.documentSubjects.find((d) => d.start === note.subject.start && d.end === note.subject.end) : undefined;
      if (!note || !saidBy || saidBy.plural !== plural) return plural ? null : this.documentOpeningSentenceBefore(verb, start);
      return { ...(note.speaker as SpeakerResolution), via: 'description', mention: null } as SpeakerResolution;
    }
    const own = OWNERS_DOCUMENT.exec(phrase);
    if (own) {
      const ownerEnd = subjectAt + (own[1] as string).trimStart().length;
      const owner = this.namedSubjectEndingAt(verb, subjectAt, ownerEnd);
      if (!owner) return null;
      return this.asDocument(owner, { start: subjectAt, end: start + phrase.trimEnd().length }, false);
    }
    // (s64) "The text said", "The text, read out by X, said": the document the paragraph before named by its kind ("in a
    // joint declaration adopted in Moscow"), whichever noun that was.
    const theText = /^\s*the\s+(?:(?:full|final|agreed|joint)\s+)?text\s*$/iu.test(phrase);
    const definite = theText ? (['', `(?:${DOCUMENT_NOUNS})`, ''] as const) : THE_DOCUMENT.exec(phrase);
    if (!definite) return null;
    const noun = (definite[1] as string).toLowerCase();
    const many = definite[2] === 's';
    const span = { start: subjectAt, end: start + phrase.trimEnd().length };
    // "the ministry said in two identical letters to ...": a remark noted before whose attribution names the document.
    const inDocument = new RegExp(
      `\\b(?:in|through|via)\\s+(?:an?\\s+|the\\s+|its\\s+|his\\s+|her\\s+|their\\s+|two\\s+|three\\s+|several\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${noun}s?\\b`,
      'iu',
    );
    const issued = this.noted
      .filter((n) => n.subject.end <= start && (!theText || this.paragraphBeforeStart(start) <= n.subject.start))
      .filter((n) => {
        const from = this.sentenceStartBefore(n.subject.start);
        const to = text.indexOf('\n', n.subject.end);
        const sentence = text.slice(from, to < 0 ? text.length : to);
        const stop = /[.!?](?=["”’]?\s)/u.exec(text.slice(n.subject.end, to < 0 ? text.length : to));
        return inDocument.test(stop ? sentence.slice(0, n.subject.end - from + stop.index) : sentence);
      })
      .at(-1);
    if (issued) return this.asDocument({ ...issued.speaker } as SpeakerResolution, span, many);
    if (theText) return null;
    // "a letter from the ministry", "letters sent by X": the actor named right after the document.
    const from = new RegExp(`\\b${noun}s?\\s+(?:(?:sent|issued|released|published|written|signed)\\s+)?(?:from|by)\\s+(?:the\\s+)?$`, 'iu');
    const sender = this.actorMentions
      .filter((m) => m.end <= start && m.kind !== 'person' && from.test(text.slice(Math.max(0, m.start - 60), m.start)))
      .at(-1);
    if (sender) return this.asDocument(this.actor(sender), span, many);
    const issuer = this.documentIssuedBefore(verb, start, noun) ?? (MEETING_DOCUMENT.test(phrase) ? this.meetingHeldBefore(start) : null);
    return issuer ? this.asDocument(issuer, span, many) : null;
  }

  /**
   * (s53) Who issued the document "the statement" points back to, told in the two sentences before it without a remark
   * of the issuer's own: "reading a statement from the army's general command", "a statement by the ministry", "The
   * ministry issued a statement on Friday", "The army put out a statement".
   */
  private documentIssuedBefore(verb: SpeechVerb, start: number, noun: string): SpeakerResolution | null {
    const text = this.text;
    const from = this.sentenceStartBefore(Math.max(0, this.sentenceStartBefore(start) - 1));
    const before = text.slice(from, start);
    const fromOwner = new RegExp(
      String.raw`\b(?:an?|the|its)\s+(?:\p{Ll}+\s+)?${noun}s?\s+(?:(?:sent|issued|released|published|written|signed|read\s+out)\s+)?(?:from|by)\s+((?:the\s+)?[^,;:.!?"“”()]{2,60}?)(?=\s*[,;:.!?)]|\s+(?:on|in|at|that|which|was|were|said)\b)`,
      'gu',
    );
    const issuing = new RegExp(
      String.raw`(?:^|[.!?]["”’]?\s+|\n)\s*((?:The\s+|the\s+)?[^,;:.!?"“”()]{2,60}?)\s+(?:issued|released|put\s+out|published|circulated|sent\s+out)\s+(?:an?|its|the)\s+(?:\p{Ll}+\s+)?${noun}\b`,
      'gu',
    );
    const owners = [...before.matchAll(fromOwner), ...before.matchAll(issuing)].sort((a, b) => a.index - b.index);
    for (const owner of owners.reverse()) {
      const words = owner[1] as string;
      const ownerStart = from + owner.index + owner[0].indexOf(words);
      const found = this.namedSubjectEndingAt(verb, ownerStart, ownerStart + words.length);
      if (found && (found.status === 'actor' || found.status === 'proposed')) return found;
    }
    return null;
  }

  /**
   * (s70) The body whose meeting a meeting's own document closed, named in no other way ("Leaders of the Gulf
   * Cooperation Council wrapped up their summit ... The Manama Declaration, read out by ..., condemned", "Thursday's
   * European Council ... The conclusions say"): the first organisation named in the last sentence before it that tells
   * of a meeting (a summit, a session, a body's meeting by its name: "the Foreign Affairs Council"), not a press
   * conference; none where no such sentence names one within the few paragraphs before.
   */
  private meetingHeldBefore(position: number, ownSentence = false): SpeakerResolution | null {
    const text = this.text;
    const floor = ownSentence
      ? this.sentenceStartBefore(position)
      : this.paragraphBeforeStart(this.paragraphBeforeStart(this.paragraphBeforeStart(this.paragraphBeforeStart(position))));
    let end = ownSentence ? position : this.sentenceStartBefore(position);
    while (end > floor || (ownSentence && end === position)) {
      const start = this.sentenceStartBefore(ownSentence && end === position ? position : end - 1);
      const sentence = { start, end };
      end = start;
      const options: { start: number; meeting: boolean; resolve: () => SpeakerResolution }[] = [];
      for (const m of this.actorMentions)
        if (m.start >= sentence.start && m.end <= sentence.end && m.kind === 'organization' && !this.inQuote(m))
          options.push({
            start: m.start,
            meeting: MEETING_NAME.test(m.text),
            resolve: () => ({ ...this.actor(m), via: 'description', mention: null }) as SpeakerResolution,
          });
      for (const { span, proposal } of this.proposalMentions)
        if (span.start >= sentence.start && span.end <= sentence.end && proposal.kind === 'organization')
          options.push({
            start: span.start,
            meeting: MEETING_NAME.test(proposal.name),
            resolve: () => ({ status: 'proposed', proposal, via: 'description', mention: null }) as SpeakerResolution,
          });
      for (const run of text.slice(sentence.start, sentence.end).matchAll(CAPITALISED_RUN)) {
        // "Leaders of the Gulf Cooperation Council": the body, not its members; "Thursday's European Council": not its day.
        const at =
          sentence.start + run.index + (MEETING_MEMBERS_LEAD.exec(run[0])?.[0].length ?? WRITTEN_NAME_LEAD.exec(run[0])?.[0].length ?? 0);
        if (options.some((o) => o.start === at) || this.inQuote({ start: at, end: sentence.start + run.index + run[0].length })) continue;
        // A dateline's place in capitals ("MANAMA:", "CAIRO, Oct 11"): no body.
        if (
          /^[\p{Lu}\s]+$/u.test(run[0]) &&
          /(?:^|\n)\s*$/u.test(text.slice(Math.max(0, at - 5), at)) &&
          /^\s*[,:–—-]/u.test(text.slice(at + run[0].length))
        )
          continue;
        const candidate = this.nameCandidate(at, at + run[0].length, 'after');
        // "the League's permanent delegates": the short form of a body named in full before ("Arab League").
        const word = /^\p{Lu}\p{Ll}+(?=['’]s\b)/u.exec(text.slice(at, at + run[0].length + 2));
        const holdsWord = (name: string) => name !== word?.[0] && new RegExp(`(?<![\\p{L}])${word?.[0]}(?![\\p{L}])`, 'u').test(name);
        const short =
          word && run[0].replace(/['’]s$/u, '') === word[0]
            ? named(
                this.lastBodyOption(at, holdsWord, holdsWord, this.paragraphBeforeStart(this.paragraphBeforeStart(at)))?.resolve() ?? {
                  status: 'none',
                },
              )
            : null;
        if (short && this.kindOf(short) === 'organization')
          options.push({
            start: at,
            meeting: false,
            resolve: () => ({ ...short, via: 'description', mention: null }) as SpeakerResolution,
          });
        else if (candidate?.kind === 'organization')
          options.push({
            start: candidate.start,
            meeting: MEETING_NAME.test(candidate.name),
            resolve: () => ({ ...this.register(candidate, null), via: 'description', mention: null }) as SpeakerResolution,
          });
      }
      // The body that held it: named before the meeting's word ("Leaders of the GCC wrapped up their summit") or just
      // after it by "of" ("the session of the League's delegates"), not one the sentence names for something else ("The
      // summit met two days after ... a Security Council draft").
      const words = text.slice(sentence.start, sentence.end).replace(PRESS_CONFERENCE, (m) => ' '.repeat(m.length));
      const cues = [...words.matchAll(MEETING_TOLD)].map((m) => sentence.start + m.index);
      const holds = (o: { start: number; meeting: boolean }) =>
        (o.meeting && MEETING_NAME_BEFORE.test(text.slice(Math.max(0, o.start - 40), o.start))) ||
        cues.some((cue) => o.start < cue || /^\p{L}+\s+(?:of|by)\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+){0,3}$/u.test(text.slice(cue, o.start)));
      const held = options.filter(holds).sort((a, b) => a.start - b.start)[0];
      if (held) {
        const found = held.resolve();
        return found.status === 'actor' || found.status === 'proposed' ? { ...found, heldAt: sentence } : null;
      }
    }
    return null;
  }

  private readonly documentSubjects: { start: number; end: number; plural: boolean }[] = [];

  /**
   * (s42) "A statement from local MP Neil Carter was read out by his caseworker. "...," it said.": a document from
   * someone that opens the sentence before is what "it" stands for; the one it is from speaks (a person too, where
   * "a letter from the ministry" after a definite "the letter" takes bodies only).
   */
  private documentOpeningSentenceBefore(verb: SpeechVerb, position: number): SpeakerResolution | null {
    const sentenceStart = this.sentenceStartBefore(position);
    const quoteOpen = this.quotations.filter((q) => q.end <= position && q.start >= sentenceStart).at(0);
    const from = this.sentenceStartBefore(quoteOpen ? quoteOpen.start - 1 : sentenceStart - 1);
    const opening = DOCUMENT_FROM.exec(this.text.slice(from, quoteOpen ? quoteOpen.start : sentenceStart));
    if (!opening) return null;
    const nameStart = from + opening.index + opening[0].length - (opening[1] as string).length;
    const owner = this.namedSubjectEndingAt(verb, nameStart, nameStart + (opening[1] as string).length);
    return owner ? this.asDocument(owner, { start: from, end: nameStart }, false) : null;
  }

  /** The issuer of a document that speaks, its subject remembered so that "They said" after it is the issuer again. */
  private asDocument(issuer: SpeakerResolution, subject: Span, plural: boolean): SpeakerResolution | null {
    if (issuer.status !== 'actor' && issuer.status !== 'proposed') return null;
    this.documentSubjects.push({ ...subject, plural });
    return { ...issuer, via: 'description', mention: subject } as SpeakerResolution;
  }

  /** The last body named before `position` whose capitalised words' initials spell `acronym` ("WHO"), known or proposed. */
  private namedBodyByInitials(acronym: string, position: number): SpeakerResolution | null {
    const spells = (name: string) =>
      name
        .split(/[\s-]+/u)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('') === acronym;
    return this.lastBodyNamed(position, spells, spells);
  }

  /** The last body named before `position` whose name holds `word` ("Observatory"), known or proposed. */
  private namedBodyWith(word: string, position: number): SpeakerResolution | null {
    const holds = (name: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(name);
    return this.lastBodyNamed(
      position,
      (name, mention) => holds(name) && !/^the\s/iu.test(mention.text),
      (name) => holds(name) && name !== word,
    );
  }

  /**
   * The last state or body named before `position`, known (its gazetteer name and the mention) or proposed (its
   * name), that `known` or `proposed` accepts: the speaker a description or an acronym points back to.
   */
  private lastBodyNamed(
    position: number,
    known: (name: string, mention: Mention) => boolean,
    proposed: (name: string) => boolean,
  ): SpeakerResolution | null {
    return this.lastBodyOption(position, known, proposed)?.resolve() ?? null;
  }

  /** `lastBodyNamed`, with where the body is named: the option a description weighs against a speaker (`bodyAntecedent`). */
  private lastBodyOption(
    position: number,
    known: (name: string, mention: Mention) => boolean,
    proposed: (name: string, kind: string) => boolean,
    writtenFrom?: number,
  ): { end: number; resolve: () => SpeakerResolution } | undefined {
    const options: { end: number; resolve: () => SpeakerResolution }[] = [];
    // `writtenFrom`: a body's name the article gives there or after, outside quotations, that no speaker has taken yet
    // ("the Ministry of Foreign Affairs and Cooperation recalled in a note"), read as a new name is, its "The" aside.
    if (writtenFrom !== undefined)
      for (const run of this.text.slice(writtenFrom, position).matchAll(CAPITALISED_RUN)) {
        const start = writtenFrom + run.index + (WRITTEN_NAME_LEAD.exec(run[0])?.[0].length ?? 0);
        const end = writtenFrom + run.index + run[0].length;
        // "more than NOK 1.2 million": capitals before a number are its unit, no body's name.
        const unit = /^\s*\d/u.test(this.text.slice(end, end + 3));
        // "the relief charity Bread for Kessel": capitals after a noun naming a kind of body are its name, by that noun.
        const candidate =
          start < end && !unit && !this.inQuote({ start, end })
            ? (bodyNamedAfterKind(this.text, Math.max(writtenFrom, start - 40), end) ?? this.nameCandidate(start, end, 'after'))
            : null;
        if (candidate && (candidate.kind === 'organization' || candidate.kind === 'un_body') && proposed(candidate.name, candidate.kind))
          options.push({
            end: candidate.end,
            resolve: () => ({ ...this.register(candidate, null), via: 'description', mention: null }) as SpeakerResolution,
          });
      }
    for (const mention of this.actorMentions) {
      if (mention.end > position || mention.kind === 'person') continue;
      const name = this.gazetteer.actors.get(mention.id)?.name ?? mention.text;
      if (known(name, mention))
        options.push({ end: mention.end, resolve: () => ({ ...this.actor(mention), via: 'description', mention: null }) });
    }
    for (const { span, proposal } of this.proposalMentions)
      if (span.end <= position && proposal.kind !== 'person' && proposed(proposal.name, proposal.kind))
        options.push({ end: span.end, resolve: () => ({ status: 'proposed', proposal, via: 'description', mention: null }) });
    return options.sort((a, b) => a.end - b.end).at(-1);
  }

  /**
   * The person a non-restrictive relative clause hangs on, the one home of this reading. Two ways in:
   * - `{ comma }`, the comma before "who" ("remarks by Sergei Lavrov, who said that"): the name ending right at it
   *   speaks, a known actor of any kind or a new name, else a person's name read there;
   * - `{ verb, sentence }`, a verb whose subject is "who" after a comma ("He spoke with the envoy, Jane Roe, who told
   *   him that", "..., Samantha Roe, the ambassador to the United Nations, who told her"): the nearest person named
   *   before that comma in the sentence, or before the comma that opens an apposition to it, not the nearest name of
   *   any kind (a body in the apposition). None where the verb has no such subject or no person is named there.
   */
  relativeAntecedent(at: { comma: number } | { verb: SpeechVerb; sentence: Span }): SpeakerResolution {
    if ('verb' in at) return this.relativeAntecedentOfVerb(at.verb, at.sentence);
    const { comma } = at;
    const known = this.personMentions.find((m) => m.end === comma) ?? this.actorMentions.find((m) => m.end === comma);
    if (known) return this.actor(known);
    const proposed = this.proposalMentions.find((p) => p.span.end === comma);
    if (proposed) return { status: 'proposed', proposal: proposed.proposal, via: 'name', mention: proposed.span };
    const candidate = this.nameCandidate(Math.max(0, comma - 80), comma, 'before');
    return candidate?.kind === 'person' ? this.register(candidate, null) : { status: 'none' };
  }

  /** `relativeAntecedent` from a verb whose subject is "who" after a comma. */
  private relativeAntecedentOfVerb(verb: SpeechVerb, sentence: Span): SpeakerResolution {
    // (s70) "The closed-door session of the League's delegates ... ended after four hours with a statement that
    // described ...": the document that closed a meeting the sentence tells speaks for the body that met.
    const closing = MEETING_CLOSED_WITH.exec(this.text.slice(sentence.start, verb.start));
    if (closing) return this.meetingHeldBefore(sentence.start + closing.index, true) ?? { status: 'none' };
    const who = WHO_SUBJECT.exec(this.text.slice(sentence.start, verb.start));
    if (!who) return this.bodyBeforeWhich(verb, sentence);
    let end = sentence.start + who.index;
    for (let step = 0; step < 2 && end > sentence.start; step++) {
      const found = named(this.before({ ...verb, start: end, end, text: '' }, sentence.start));
      const adjacent = found?.mention && found.mention.start >= sentence.start && /^[\s.]*$/u.test(this.text.slice(found.mention.end, end));
      if (found && adjacent && this.kindOf(found) === 'person') return found;
      end = this.text.lastIndexOf(',', end - 1);
    }
    return { status: 'none' };
  }

  /**
   * (s64) A body's own relative clause as the verb's subject: "a reception point run by the Turkish Red Crescent, which
   * says it has set up 400 tents", "a kitchen supplied by the World Food Programme, which says it is now handing out
   * ...": the state or body whose name ends right at the comma before "which" speaks (not a person's name, nor a thing
   * the writer names: "the draft, which says ...").
   */
  private bodyBeforeWhich(verb: SpeechVerb, sentence: Span): SpeakerResolution {
    const which = WHICH_SUBJECT.exec(this.text.slice(sentence.start, verb.start));
    if (!which) return { status: 'none' };
    const comma = sentence.start + which.index;
    // Not after "according to X," (that record holds the clause), nor a state's (a state's "which had threatened to
    // veto" is an aside of the writer's, and "the French draft, which asks" is a text's).
    // Nor inside another speaker's words ("Okafor said he had written to the EU, which told him ..." is Okafor's).
    if (/\b(?:according\s+to|said|says|told|tells|wrote|writes|added|adds)\b/iu.test(this.text.slice(sentence.start, comma)))
      return { status: 'none' };
    const known = this.actorMentions.find((m) => m.end === comma && m.kind !== 'person' && m.kind !== 'state');
    if (known) return this.actor(known);
    const proposed = this.proposalMentions.find((p) => p.span.end === comma && p.proposal.kind !== 'person' && p.proposal.kind !== 'state');
    if (proposed) return { status: 'proposed', proposal: proposed.proposal, via: 'name', mention: proposed.span };
    const candidate = this.nameCandidate(Math.max(sentence.start, comma - 80), comma, 'before');
    return candidate && candidate.end === comma && (candidate.kind === 'organization' || candidate.kind === 'un_body')
      ? this.register(candidate, null)
      : { status: 'none' };
  }

  /**
   * "according to the UN refugee agency, UNHCR", "according to the city's relief committee, Hands of Mercy,": after a
   * phrase that names what kind of body speaks (its head noun, `BODY_HEAD`), the name apposed to it is the body's own,
   * as `apposedName` reads "Turkey's disaster agency, AFAD, said" before the verb. A UN body's agency keeps its kind.
   * Null when no capitalised name follows the comma or the name is a person's.
   */
  private bodyNameApposedAfter(phrase: Span, regionEnd: number): SpeakerResolution | null {
    const head = this.text.slice(phrase.start, phrase.end);
    // "the head of the relief agency, X": a description of a person ends on the body too; its name is no body's.
    if (!/^\s*the\s/iu.test(head) || !BODY_HEAD.test(head.trimEnd()) || ROLE_HEAD.test(head) || describesPerson(head)) return null;
    const apposed = /^\s*,\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,5})\s*(?=[,.;]|$)/u.exec(this.text.slice(phrase.end, regionEnd));
    if (!apposed) return null;
    const start = phrase.end + apposed[0].indexOf(apposed[1] as string);
    const end = start + (apposed[1] as string).length;
    const known = this.actorMentions.find((m) => m.start === start && m.end === end && m.kind !== 'person');
    if (known) return this.actor(known);
    const candidate = this.nameCandidate(start, end, 'before');
    // "according to the head of the agency, Jan Egeland": a person's name is apposed to the person, not to the body.
    if (!candidate || candidate.kind === 'person' || candidate.start !== start || candidate.end !== end) return null;
    const ofUn = this.actorMentions.some((m) => m.start >= phrase.start && m.end <= phrase.end && m.kind === 'un_body');
    return this.register({ ...candidate, kind: ofUn ? 'un_body' : candidate.kind }, null);
  }

  /** The relative as a speaker: by the name the text gives, else as "<owner>'s <relation>" (the fixtures' curation rule). */
  relative(owner: string | null, kin: KinMention, subject: Span, where: string | null = null): ResolvedSpeaker | null {
    if (owner === null && kin.name === null) return null;
    const tie = where ? `${kin.relation} ${where}` : kin.relation;
    const role = owner ? `${owner}'s ${tie}` : tie;
    const name = kin.name ?? namedRelative(this.text, kin) ?? (owner ? this.spouseByMarriage(owner, kin) : null) ?? role;
    const id = slugify(name);
    if (!id || this.gazetteer.actors.has(id)) return null;
    const proposal = this.adopt({ id, name, kind: 'person', aliases: [name], roles: [role], mention: { ...subject } });
    return { status: 'proposed', proposal, via: 'description', mention: subject };
  }

  /**
   * (s67) "Her husband" or "his wife" of a person the article told had married someone it names in full: "Mrs. Roe, 46,
   * came to Lakehaven in 1998 after marrying engineer Tomas Berg" or "Mr. Roe came in 1991. He married a Norlander,
   * Mrs. Ana Roe," then "Her husband, sitting beside her, said" is that spouse, not a new person "Ana Roe's husband".
   * Only where the owner's surname stands in the marriage's sentence or the one before, the title fits the spouse's
   * sex, and the article tells of one such spouse.
   */
  private spouseByMarriage(owner: string, kin: KinMention): string | null {
    if (kin.relation !== 'husband' && kin.relation !== 'wife') return null;
    const surname = new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(owner.split(/\s+/u).at(-1) ?? owner)}(?![\p{L}'’-])`, 'u');
    const wrongTitle = kin.relation === 'husband' ? /^(?:Mrs|Ms|Miss)$/u : /^Mr$/u;
    const found = new Set<string>();
    for (const m of this.text.slice(0, kin.start).matchAll(MARRIED_SPOUSE)) {
      const name = m[2] as string;
      if (m[1] && wrongTitle.test(m[1])) continue;
      if (name === owner || surname.test(name.split(/\s+/u)[0] ?? '')) continue;
      const known = this.gazetteer.actorByName(name);
      if (known && known.kind !== 'person') continue;
      const sentenceStart = this.sentenceStartBefore(m.index);
      const before = this.text.slice(this.sentenceStartBefore(Math.max(0, sentenceStart - 1)), m.index);
      if (surname.test(before)) found.add(name);
    }
    return found.size === 1 ? ([...found][0] as string) : null;
  }

  /**
   * A relative as the subject of the writer's own sentence: "his brother told him ...", "His nephew, reached by phone
   * in a camp, told him ...", or "the brother told him ..." after a possessed mention of that tie in its paragraph
   * (two line breaks back is the blank line before it, so the paragraph before is not searched). Whose relative:
   * `tieOwner`.
   */
  private kinSubject(start: number, end: number): ResolvedSpeaker | null {
    const phrase = this.text.slice(start, end);
    const definite = DEFINITE_KIN.exec(phrase);
    let kin: KinMention | undefined;
    if (definite) {
      const paragraphStart = this.text.lastIndexOf('\n', this.text.lastIndexOf('\n', start - 1) - 1) + 1;
      kin = kinMentions(this.text, { start: paragraphStart, end: start + definite.index })
        .filter((k) => !k.plural && k.relation.toLowerCase() === (definite[1] as string).toLowerCase())
        .at(-1);
    } else {
      kin = kinMentions(this.text, { start, end })
        .filter((k) => KIN_SUBJECT_REST.test(this.text.slice(k.end, end)))
        .at(-1);
    }
    if (!kin || kin.plural || !WRITER_SENTENCE_TIE.test(kin.relation)) return null;
    // "Ines Moreau, Paul's sister, who runs the family shop, said": a tie apposed to a person's name is her role; the name speaks.
    if (!definite && this.apposedToPersonName(start, kin.start)) return null;
    // (s34) "Omar Haddad's teenage daughter writes": an owner named in full, whose last word alone the possessive holds.
    const ownerInFull = definite ? undefined : this.ownerNamedInFull(kin);
    // Only a subject opening the writer's sentence, or after a phrase fronted with a comma ("When they last spoke, his
    // brother told him"), or (s34) opening a clause of the writer's ("a shot in which Omar's daughter writes to him");
    // "X said his brother told him" is X's account, which relays the brother (statement-extractor.ts).
    const subject = { start: definite ? start + definite.index + definite[0].search(/[Tt]he/u) : (ownerInFull?.start ?? kin.start), end };
    const before = this.text.slice(Math.max(0, subject.start - 12), subject.start);
    if (!(SENTENCE_OPENING.test(before) || CLAUSE_OPENER.test(before)) || /["“”]/u.test(this.text.slice(start, subject.start))) return null;
    const owner = ownerInFull?.name ?? this.tieOwner(kin);
    const span = { start: subject.start, end: subject.start + this.text.slice(subject.start, end).trim().length };
    if (owner !== null) return this.relative(owner, kin, span);
    // (s39) The writer's own relative ("My uncle told me on the phone that ...", "My uncle says ..."), by the name the
    // writer gave that tie before ("My uncle Rami is a pharmacist"): that person. Unnamed, the writer's "my uncle" is
    // left open, as before.
    const named = kin.owner === 'my' || kin.owner === 'our' ? (kin.name ?? namedRelative(this.text, kin)) : null;
    return named ? this.relative(null, { ...kin, name: named }, span) : null;
  }

  /**
   * (s34) The person named in full whose name ends on a kin mention's one-word owner ("Omar Haddad" of "Omar Haddad's
   * son"), as the article found the name there; undefined where the owner is a pronoun or stands alone.
   */
  private ownerNamedInFull(kin: KinMention): { start: number; name: string } | undefined {
    if (OWNER_PRONOUN.test(kin.owner)) return undefined;
    const ownerEnd = kin.start + kin.owner.length;
    const found = this.latentPersons.find((l) => l.candidate.start < kin.start && l.candidate.end === ownerEnd && !l.at);
    return found ? { start: found.candidate.start, name: found.candidate.name } : undefined;
  }

  /** Whether the words from `start` to `at` are a person's name and its comma: what follows is apposed to the name. */
  private apposedToPersonName(start: number, at: number): boolean {
    const head = /^(\s*)(\S.*?)\s*,\s*$/u.exec(this.text.slice(start, at));
    if (!head) return false;
    const nameStart = start + (head[1] as string).length;
    const nameEnd = nameStart + (head[2] as string).length;
    if (this.personMentions.some((m) => m.start === nameStart && m.end === nameEnd)) return true;
    const candidate = this.nameCandidate(nameStart, nameEnd, 'before');
    return candidate?.kind === 'person' && candidate.start === nameStart && candidate.end === nameEnd;
  }

  /**
   * Whose relative a kin mention in the writer's sentences names: a possessor's name, or the person "his"/"her" points
   * back to; "their", "my", "our", "a" leave it open (null). A state's "'s" is no person's kin ("Canada's uncle").
   */
  private tieOwner(kin: KinMention): string | null {
    if (kin.owner === 'his' || kin.owner === 'her') {
      // The person "his" or "her" points back to, never one the article gives the other sex.
      const gender = kin.owner === 'her' ? 'female' : 'male';
      // (s33) Only a person has kin: an outlet or a body the pronoun might reach ("told the Gazette. Her mother ...") is none.
      const found = named(this.antecedent(kin.start, 'pronoun', null, gender));
      return found && isPersonSpeaker(this.gazetteer, found) && this.speakerGender(found) !== (gender === 'male' ? 'female' : 'male')
        ? this.nameOf(found)
        : null;
    }
    if (OWNER_PRONOUN.test(kin.owner)) return null;
    const known = this.gazetteer.actorByName(kin.owner);
    return known && known.kind !== 'person' ? null : kin.owner;
  }

  /** "Its spokeswoman, Ana Ruiz," before the verb: the name in the last appositive, when it is a person's. */
  private apposedName(start: number, end: number): SpeakerResolution | null {
    const phrase = this.text.slice(start, end);
    const apposed = /^(.*\S)\s*,\s*([^,;:()"“”]{2,60}?)\s*,?\s*$/u.exec(phrase);
    if (!apposed || !/,\s*$/u.test(phrase)) return null;
    // "The president of the Relief Society (RS), Ana Lind, said": the body's short name closes the head, no part of it.
    // (s38) A fronted phrase before the head is no part of it ("After the service, the priest, Father Jo Roe, said",
    // "After Sunday Mass, the mayor, Jo Roe,"): the head is the words after its last comma.
    const fullHead = (apposed[1] as string).replace(SHORT_NAME_LAST, '').trim();
    const head = fullHead.replace(/^[^,]*,\s*(?=(?:the|an?|its|their|his|her|our)\s[^,]*$)/iu, '');
    const nameStart = start + phrase.lastIndexOf(apposed[2] as string);
    // (s57) "One of the organisers, Siân Lloyd-Morgan of the Teifi Valley Refugee Support group, said": the body the
    // apposed person is of closes the apposition; the name is the words before "of" (not "Lena Voss of Norland": a
    // delegate's state, which the rules for speaking for a group read).
    const ofBody = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)\s+(?:of|from)\s+the\s+\p{Lu}/u.exec(apposed[2] as string);
    const nameEnd = nameStart + (ofBody ? (ofBody[1] as string) : (apposed[2] as string)).length;
    const relative = KIN_HEAD.exec(head);
    // "Our nurse in Tromvik, Jo Lind,", "Our partners on the coast, the X Network,": where the person or body
    // works is no part of what the head says it is.
    const placeless = head.replace(POSTED_AT_TAIL, '');
    const described = describesPerson(placeless);
    const personHead =
      relative ||
      described ||
      SPOKESPERSON.test(head) ||
      DESCRIPTION_TAIL.test(head) ||
      OFFICE_OF_TAIL.test(head) ||
      ROLE_HEAD.test(head) ||
      UNNAMED_HEAD.test(head);
    // "A Spanish NGO, Médicos del Levante, said": a head naming only a kind of body takes a body's name alone.
    if (!personHead && !BODY_HEAD.test(head)) return null;
    // (s51) A known person apposed with a courtesy title ("the Canadian Minister of Foreign Affairs, Mr Stephane Dion,").
    const courtesy = /^(?:(?:Mr|Mrs|Ms|Dr|Mme|Sr|Sra)\.?\s+)?/u.exec(this.text.slice(nameStart, nameEnd))?.[0].length ?? 0;
    const known = this.personMentions.find((m) => (m.start === nameStart || m.start === nameStart + courtesy) && m.end === nameEnd);
    if (known) return this.actor(known);
    // "Our partner in the valley, the Kessel Aid Committee, reported": a role a body holds too (a partner, a member, a
    // donor), then a body's name, is that body.
    if (described && STATE_ROLE.test(DESCRIBED_HEAD.exec(placeless)?.[1] ?? '')) {
      const body = this.nameCandidate(nameStart, nameEnd, 'before');
      if (body && body.kind !== 'person' && body.end === nameEnd && /^(?:the\s+)?$/iu.test(this.text.slice(nameStart, body.start)))
        return this.register(body, null);
    }
    if (relative) return this.apposedRelative(relative, { start: nameStart, end: nameEnd }, start);
    const role = head.replace(/^(?:its|their|his|her|the|a|an)\s+/iu, '');
    const words = this.text.slice(nameStart, nameEnd);
    // "Its coordinator, Wiranto, said": after a head that describes a person, one capitalised word is that person's
    // one name (the house style of names such as Indonesian ones), as it is after a relative ("His sister, Noor,").
    const oneName =
      personHead &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(words) &&
      !this.isNoSingleName(words) &&
      !this.touchesKnown({ start: nameStart, end: nameEnd })
        ? { start: nameStart, end: nameEnd, name: words, kind: 'person' as const, title: null }
        : null;
    const candidate = this.nameCandidate(nameStart, nameEnd, 'before') ?? oneName;
    // "Turkey's disaster agency, AFAD, said": a body's name apposed to what it is; after a head that names only a body,
    // a name shaped like a person's ("A Spanish NGO, Médicos del Levante,") is the body's too.
    if (candidate && candidate.start === nameStart && candidate.end === nameEnd && BODY_HEAD.test(head)) {
      // (s48) "Jens Laerke, the spokesman of the UN aid office, OCHA, told": the body's name is apposed to the office
      // the head ends on; the person named before the head, whose post it is, speaks.
      const lead = /^[^,]*,\s*(?=[^,]*$)/u.exec(fullHead);
      const post = lead ? fullHead.slice(lead[0].length) : '';
      const postOfPerson =
        SPOKESPERSON.test(post) ||
        DESCRIPTION_TAIL.test(post) ||
        OFFICE_OF_TAIL.test(post) ||
        ROLE_HEAD.test(post) ||
        describesPerson(post);
      const holder = lead && postOfPerson ? this.holderBeforeHead(start, lead[0].length) : null;
      const postRole = post.replace(/^(?:its|their|his|her|the|a|an)\s+/iu, '');
      if (holder) return this.register(holder, postRole.length >= 2 && postRole.split(/\s+/u).length <= 12 ? postRole : null);
      if (candidate.kind !== 'person') return this.register(candidate, null);
      if (!personHead) return this.register({ ...candidate, kind: 'organization' }, null);
    }
    // "Its spokesman, Major General Igor Konashenkov, said": a title may open the apposed name.
    if (!personHead || candidate?.kind !== 'person' || (candidate.start !== nameStart && !candidate.title)) return null;
    const fullRole = candidate.title && candidate.start !== nameStart ? `${role}, ${candidate.title}` : role;
    return this.register(candidate, fullRole.length >= 2 && fullRole.split(/\s+/u).length <= 12 ? fullRole : null);
  }

  /**
   * The person named alone (after its titles at most) before the comma that opens a head describing a post: "Jens Laerke"
   * in "Jens Laerke, the spokesman of the UN aid office, OCHA,". Null when those words are no person's name.
   */
  private holderBeforeHead(start: number, headOffset: number): NameCandidate | null {
    const before = /^(.*?)\s*,\s*$/u.exec(this.text.slice(start, start + headOffset));
    if (!before) return null;
    const nameEnd = start + (before[1] as string).length;
    const candidate = this.nameCandidate(start, nameEnd, 'before');
    if (candidate?.kind !== 'person' || candidate.end !== nameEnd) return null;
    const titles = this.text.slice(start, candidate.start).split(/\s+/u);
    return titles.every((word) => word === '' || isTitleWord(word)) ? candidate : null;
  }

  /**
   * "His sister, Noor, said", "Mr Roe's wife, Salma Roe, said": the relative the apposition names speaks, a person by
   * that name (one given name is enough), with the relation as the role and whose relative she is when the text says:
   * the possessor's name, or the person a possessive pronoun points back to ("Omar Haddad's sister"). A person the
   * gazetteer knows by the apposed name is `apposedName`'s. Null when the apposed words are no person's name.
   */
  private apposedRelative(relative: RegExpExecArray, name: Span, phraseStart: number): SpeakerResolution | null {
    const words = this.text.slice(name.start, name.end);
    const candidate = this.nameCandidate(name.start, name.end, 'before');
    const whole = candidate?.kind === 'person' && candidate.start === name.start && candidate.end === name.end ? candidate : null;
    const single = /^\p{Lu}\p{Ll}{2,}$/u.test(words) && !this.isNoSingleName(words);
    if (!whole && !single) return null;
    const relation = (relative[3] as string).toLowerCase();
    const pronoun = relative[1]?.toLowerCase();
    let owner = relative[2] ?? null;
    if (pronoun === 'his' || pronoun === 'her')
      owner = this.nameOfNamed(this.antecedent(phraseStart, 'pronoun', null, pronoun === 'her' ? 'female' : 'male'));
    const role = owner ? `${owner}'s ${relation}` : relation;
    return this.register(whole ?? { ...name, name: words, kind: 'person', title: null }, role);
  }

  /** The name of a resolved speaker, or null when the resolution names nobody. */
  private nameOfNamed(resolution: SpeakerResolution): string | null {
    const found = named(resolution);
    return found ? this.nameOf(found) : null;
  }

  /** A person speaker's sex as the article and the gazetteer give it (null when they do not, or for a body). */
  speakerGender(speaker: ResolvedSpeaker): Gender {
    return speaker.status === 'actor' ? this.actorGender(speaker.id) : this.nameGender(speaker.proposal.aliases, speaker.proposal.roles);
  }

  /** (s60) The sex a known actor's given name tells (givenNameGender), by the gazetteer's name for it. */
  private actorGivenGender(id: string): Gender {
    return givenNameGender(this.gazetteer.actors.get(id)?.name);
  }

  private actorGender(id: string): Gender {
    const actor = this.gazetteer.actors.get(id);
    return (actor ? this.nameGender([actor.name, ...actor.aliases], actor.roles) : null) ?? this.pronounGenders.get(`actor:${id}`) ?? null;
  }

  /**
   * What the article's own pronouns have said of its speakers: once "she said" is resolved to a person the text gives
   * no sex for, a later "he said" looks past her (the entity the article builds up, not only the words by the name).
   */
  private readonly pronounGenders = new Map<string, Gender>();

  private learnGender(found: SpeakerResolution, gender: Gender): SpeakerResolution {
    if (!gender) return found;
    if (found.status === 'actor' && this.gazetteer.actorKind(found.id) === 'person') this.pronounGenders.set(`actor:${found.id}`, gender);
    if (found.status === 'proposed' && found.proposal.kind === 'person')
      for (const name of found.proposal.aliases) this.pronounGenders.set(`name:${name}`, gender);
    return found;
  }

  /** A person named before but not yet a speaker: the sex the name's titles and role give. */
  private latentGender(latent: LatentPerson): Gender {
    return this.nameGender([latent.candidate.name], [latent.role ?? '', latent.candidate.title ?? '']);
  }

  /** A person's sex as the article and the gazetteer give it: courtesy titles before the name, gendered roles. */
  private nameGender(names: string[], roles: string[]): Gender {
    const key = [...names, '|', ...roles].join('\u0000');
    const learned = () => names.map((name) => this.pronounGenders.get(`name:${name}`)).find((g) => g) ?? null;
    const cached = this.genders.get(key);
    if (cached !== undefined) return cached ?? learned();
    let female = roles.some((r) => FEMALE_ROLE.test(r));
    let male = roles.some((r) => MALE_ROLE.test(r));
    for (const name of names) {
      if (name.length < 3) continue;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const match of this.text.matchAll(pattern)) {
        const titled = this.titleSexBefore(match.index);
        if (titled === 'female') female = true;
        if (titled === 'male') male = true;
        // "X, a spokeswoman for ...": the appositive right after the name, up to a relative clause ("a teacher whose
        // brother ...", "a nurse who lost her son": the kin noun there is another person's; s33: one opening the
        // aside too, "X, whose father came from Kessel,", which says nothing of X's sex).
        const apposed = /^\s*,\s*(?:the|a|an|its|their)?\s*([^,;:()"“”]{1,60}?)\s*[,.]/u
          .exec(this.text.slice(match.index + match[0].length, match.index + match[0].length + 80))?.[1]
          ?.split(/(?:^|\s)(?:whose|who|whom|which|that)\s/u)[0];
        if (apposed && FEMALE_ROLE.test(apposed)) female = true;
        if (apposed && MALE_ROLE.test(apposed)) male = true;
        // "with his wife, Sara,", "the spokeswoman, Kim Roe,": one lower-case noun apposed right before the name.
        const apposedBefore = /(?<![\p{L}'’-])(\p{Ll}+),\s*$/u.exec(this.text.slice(Math.max(0, match.index - 30), match.index))?.[1];
        if (apposedBefore && FEMALE_ROLE.test(apposedBefore)) female = true;
        if (apposedBefore && MALE_ROLE.test(apposedBefore)) male = true;
        // "Hala, not her real name,", "X, a teacher who has spent a fortnight in a basement with her two daughters,":
        // a possessive in the aside right after the name is the named person's.
        // "Rukiye, 29, who came out with her mother,": past an age.
        // Not a predicate the sentence's subject goes on with (", and has three children of his own": his).
        const aside = /^\s*,(?:\s*\d{1,3}\s*,)?(?!\s*(?:and|but|or)\s)\s*([^,;:()"“”]{1,160}?)\s*[,.]/u.exec(
          this.text.slice(match.index + match[0].length, match.index + match[0].length + 190),
        )?.[1];
        if (aside && ASIDE_FEMALE.test(aside)) female = true;
        if (aside && ASIDE_MALE.test(aside)) male = true;
      }
    }
    const gender: Gender = female === male ? null : female ? 'female' : 'male';
    this.genders.set(key, gender);
    return gender ?? learned();
  }

  /**
   * Whether a resolved person may be the one a description names: the office it gives, of a nationality it allows,
   * and (s30) where the description marks the post by capitalised words before its noun ("the Defence Minister", "the
   * Deputy Prime Minister"), a role holding each of them, so a foreign minister is no defence minister.
   */
  private holdsDescribedOffice(found: SpeakerResolution, title: string, nationality: string | null, description = ''): boolean {
    const roles = this.rolesOf(found);
    // "the Syrian official" for a deputy foreign minister: a generic word with a nationality (holdsTitle).
    const generic = nationality !== null || nationalityOf(description) !== null;
    // Only capitalised words of the post itself: not a demonym ("the French President") nor an acronym ("UN").
    const marks = description
      .trim()
      .split(/\s+/u)
      .slice(1, -1)
      .filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word) && nationalityOf(word) === null)
      .map((word) => word.toLowerCase());
    // (s59) A word that makes it another post, in any case ("the shadow foreign secretary" is not the Foreign
    // Secretary): the role must hold it too.
    const qualifiers = (description.match(OTHER_POST_WORDS) ?? []).map((word) => word.toLowerCase());
    return roles.some(
      (role) =>
        holdsTitle(role, title, generic) &&
        marks.every((mark) => markHeld(role.toLowerCase(), mark)) &&
        qualifiers.every((word) => role.toLowerCase().includes(word)) &&
        (nationality === null || sameNationality(roles, nationality)),
    );
  }

  /** A resolved speaker's roles (a known actor's aliases too, which may hold its office). */
  private rolesOf(found: SpeakerResolution): string[] {
    if (found.status === 'proposed') return found.proposal.roles;
    if (found.status !== 'actor') return [];
    const actor = this.gazetteer.actors.get(found.id);
    return [...(actor?.roles ?? []), ...(actor?.aliases ?? [])];
  }

  /**
   * (s30) "Ilse Varga said ... The Deputy Prime Minister, speaking in Velmar, said", "The French ambassador said": an
   * office the article names nobody as holding, marked as one post by capitals before its noun or by a nationality,
   * is an unnamed person of that office ("Deputy Prime Minister", "French ambassador", as the curation rules name the
   * unnamed), not whoever spoke last. A bare "the minister" or "the diplomat" is left to the last speaker.
   */
  private unheldOffice(start: number, end: number, description: string, unmarked = false): SpeakerResolution | null {
    const office = description.trim().replace(/^the\s+/iu, '');
    const modifiers = office.split(/\s+/u).slice(0, -1);
    // Marked as one office: by a nationality or capitals ("the Chief Minister", "the Vice-President", "the Minister of
    // Foreign Affairs", "the Speaker").
    const marked =
      nationalityOf(description) !== null ||
      (modifiers.length > 0 && modifiers.every((w) => /^\p{Lu}/u.test(w))) ||
      /^\p{Lu}\p{Ll}+-\p{Lu}/u.test(office) ||
      /^\p{Lu}[\p{L}-]*\s+(?:of|for)\s+\p{Lu}/u.test(office) ||
      (modifiers.length === 0 && /^\p{Lu}/u.test(office)) ||
      // (s48) By an owner: "the island's deputy mayor", "the Greens' foreign affairs spokesperson".
      /^[\p{L}-]+(?:['’]s|s['’])\s/u.test(office);
    if (!marked && !unmarked) return null;
    // (s48) "The Egyptian delegate said", "the Angolan representative told": a delegation speaks as its state (the
    // curation rules' "the representative of the Russian Federation" -> the state), named by the nationality.
    const state = /^(?:delegate|representative)$/iu.test(office.split(/\s+/u).at(-1) ?? '')
      ? stateOfDemonym(nationalityOf(description) ?? '')
      : null;
    if (state) {
      const at = start + description.indexOf(office);
      const registered = this.register(
        { start: at, end: Math.min(end, at + office.length), name: state, kind: 'state', title: null },
        null,
      );
      if (registered.status === 'actor' || registered.status === 'proposed') return { ...registered, via: 'spokesperson' };
    }
    // "Will the Minister say when ...?": a question put to the office holder, no remark of the holder's.
    if (QUESTION_OPENING.test(this.text.slice(Math.max(0, start - 40), start))) return null;
    // "The Prime Minister, Hon. Mele Tavake, told": the article names the holder where it gives the office, though
    // the name went unread.
    const holderNamed = new RegExp(`${escapeRegExp(office)},?\\s+${HOLDER_NAME_AFTER}`, 'u');
    if (holderNamed.test(this.text)) return null;
    // "the Bishop of Vell led prayers ... The Bishop told": one word of an office takes up the fuller office of that word
    // the article gave before.
    const fuller =
      modifiers.length === 0
        ? [
            ...this.text.slice(0, start).matchAll(new RegExp(String.raw`\b[Tt]he\s+(${escapeRegExp(office)}\s+${OFFICE_OF_PLACE})`, 'gu')),
          ].at(-1)?.[1]
        : undefined;
    const next = this.holderNamedNext(start, office);
    if (next) return next;
    const at = start + description.indexOf(office);
    const registered = this.register(
      { start: at, end: Math.min(end, at + office.length), name: fuller ?? office, kind: 'person', title: null },
      fuller ?? office,
      true,
    );
    return registered.status === 'proposed' ? { ...registered, via: 'description', mention: null } : null;
  }

  /**
   * (s59) The one person the sentence before names whom the article gives no role nor office, for a definite
   * description of an office that nobody named holds ("Emily Thornberry asked about his weekend call ... The shadow
   * foreign secretary suggested"); null where that sentence names none or several.
   */
  private rolelessPersonBefore(position: number): SpeakerResolution | null {
    const from = this.previousSentenceStart(position);
    const to = this.sentenceStartBefore(position);
    const inside = (span: Span) => span.start >= from && span.end <= to;
    const latent = this.latentPersons.filter((l) => inside(l.at ?? l.candidate) && !l.role && !l.candidate.title);
    const proposed = this.proposalMentions.filter((p) => inside(p.span) && p.proposal.kind === 'person' && p.proposal.roles.length === 0);
    const known = this.personMentions.filter(inside);
    const names = new Set([...latent.map((l) => l.candidate.name), ...proposed.map((p) => p.proposal.name)]);
    if (names.size !== 1 || known.length > 0) return null;
    if (proposed[0]) return { status: 'proposed', proposal: proposed[0].proposal, via: 'description', mention: null };
    const registered = this.register((latent[0] as LatentPerson).candidate, null);
    return registered.status === 'proposed' || registered.status === 'actor' ? { ...registered, via: 'description', mention: null } : null;
  }

  /**
   * (s64) The one person named in full before `position` whose surname the headline gives ("Roe thanks fans ..." /
   * "Ana Roe posted ..."), for a description by a trade (`noun`) that fits the person's sex; null where none or
   * several are so named.
   */
  private headlinePerson(position: number, noun: string): SpeakerResolution | null {
    const headlineEnd = Math.max(0, this.text.indexOf('\n'));
    const headline = this.text.slice(0, headlineEnd);
    const inHeadline = (span: Span) => {
      const words = this.text.slice(span.start, span.end).trim().split(/\s+/u);
      return words.length > 1 && new RegExp(`(?<![\\p{L}])${escapeRegExp(words.at(-1) as string)}(?![\\p{L}])`, 'u').test(headline);
    };
    const before = (span: Span) => span.start >= headlineEnd && span.end <= position && inHeadline(span);
    const known = this.personMentions.filter(before);
    const latent = this.latentPersons.filter((l) => !l.at && before(l.candidate));
    const proposed = this.proposalMentions.filter((p) => p.proposal.kind === 'person' && before(p.span));
    const names = new Set([
      ...known.map((m) => this.gazetteer.actors.get(m.id)?.name ?? m.text),
      ...latent.map((l) => l.candidate.name),
      ...proposed.map((p) => p.proposal.name),
    ]);
    if (names.size !== 1) return null;
    const found: SpeakerResolution | null = known[0]
      ? { status: 'actor', id: known[0].id, via: 'description', mention: null }
      : proposed[0]
        ? { status: 'proposed', proposal: proposed[0].proposal, via: 'description', mention: null }
        : (() => {
            const registered = this.register((latent[0] as LatentPerson).candidate, null);
            return registered.status === 'proposed' || registered.status === 'actor'
              ? { ...registered, via: 'description' as const, mention: null }
              : null;
          })();
    if (!found) return null;
    const gender =
      this.speakerGender(found) ??
      givenNameGender(found.status === 'proposed' ? found.proposal.name : this.gazetteer.actors.get(found.id)?.name);
    return (gender === 'male' && FEMALE_ROLE.test(noun)) || (gender === 'female' && MALE_ROLE_NOUN.test(noun)) ? null : found;
  }

  /**
   * (s34) "The Prime Minister said ... / Ana Roe said ...", under a headline that calls her "Roe": a lead that names
   * only an office, then, in the next paragraph at most, a person named in full with no role of her own as the subject
   * of a verb of saying, whose surname the headline gives. The reporter writes for readers who know who holds the
   * office, so that person is its holder. None where another person is named first.
   */
  private holderNamedNext(officeStart: number, office: string): SpeakerResolution | null {
    const from = this.sentenceEndAfter(officeStart);
    const paragraphEnd = (at: number) => (this.text.indexOf('\n', at) < 0 ? this.text.length : this.text.indexOf('\n', at));
    const next = this.text.slice(paragraphEnd(from)).search(/\S/u);
    const to = next < 0 ? this.text.length : paragraphEnd(paragraphEnd(from) + next);
    const known = this.personMentions.filter((m) => m.start >= from && m.end <= to);
    const latent = this.latentPersons.map((l) => l.candidate).filter((c) => c.start >= from && c.end <= to);
    // Not a name set as an object ("Speaking on Radio Vell's Night Desk, Ana Roe said": no person there).
    const first = [...known, ...latent]
      .filter((c) => !OBJECT_BEFORE.test(this.text.slice(Math.max(0, c.start - 60), c.start)))
      .sort((a, b) => a.start - b.start)[0];
    if (!first) return null;
    const words = this.text.slice(first.start, first.end).split(/\s+/u);
    const surname = words.at(-1) as string;
    // (s65) "On Wednesday, the First Minister told MSPs that ... Nicola Sturgeon said ...": a name that opens the very
    // next sentence of the office's paragraph needs no headline to give it; the reporter names the holder at once.
    const adjacent = /^[^\S\n]+$/u.test(this.text.slice(from, first.start));
    if (
      words.length < 2 ||
      !/(?:^|[.!?]["”’]?\s+|\n|,\s+)$/u.test(this.text.slice(Math.max(0, first.start - 3), first.start)) ||
      !/^\s+(?:said|says|told|tells|added)\b/u.test(this.text.slice(first.end, first.end + 8)) ||
      !(adjacent || (this.headline && new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u').test(this.headline)))
    )
      return null;
    const mention = known.find((m) => m.start === first.start && m.end === first.end);
    if (mention) {
      const roles = this.rolesOf(this.actor(mention));
      const noun = (office.split(/\s+/u).find((w) => OFFICE_HOLDER_NOUN.test(w.toLowerCase())) ?? office).toLowerCase();
      return roles.length === 0 || roles.some((r) => holdsTitle(r, noun))
        ? { status: 'actor', id: mention.id, via: 'description', mention: null }
        : null;
    }
    const latentPerson = this.latentPersons.find((l) => l.candidate.start === first.start && l.candidate.end === first.end);
    if (!latentPerson || latentPerson.role) return null;
    const registered = this.register(latentPerson.candidate, office);
    return registered.status === 'proposed' ? { ...registered, via: 'description', mention: null } : null;
  }

  private actorHasTitle(id: string, title: string): boolean {
    const actor = this.gazetteer.actors.get(id);
    if (!actor) return false;
    return [...actor.roles, ...actor.aliases].some((form) => holdsTitle(form, title));
  }

  /** "a U.N. spokesman said", "Russian officials said": the organisation or state they speak for. */
  private spokesperson(start: number, end: number): SpeakerResolution {
    const phrase = this.text.slice(start, end);
    const head = phrase.split(/[,;:]/u).at(-1) ?? '';
    if (!SPOKESPERSON.test(head)) return { status: 'none' };
    const headStart = end - head.length;
    const owners = this.actorMentions.filter(
      (m) => m.start >= headStart && m.end <= end && m.kind !== 'person' && !this.placedAfter(m, headStart),
    );
    // "Russia's U.N. envoy" speaks for Russia: a possessive names the owner; else the first modifier does.
    // (s48) "the FSM ambassador to the United Nations": the body a post is accredited to is not whose it is.
    const ownersOwn = owners.filter((m) => !ACCREDITED_TO.test(this.text.slice(Math.max(headStart, m.start - 60), m.start)));
    const organisation = ownersOwn.find((m) => /^['’]s\b/u.test(this.text.slice(m.end, m.end + 3))) ?? ownersOwn[0];
    if (organisation) return { status: 'actor', id: organisation.id, via: 'spokesperson', mention: organisation };
    // "A spokesperson for the society said", "A ministry spokesperson said": the body "the society said", "the ministry
    // said" would be read as (one of that kind that has just spoken, one named with the description's words, a home
    // paper's own ministry).
    const described = SPOKESPERSON_FOR_DESCRIBED.exec(head);
    const words = described ? ((described[1] ?? described[2]) as string) : '';
    // (s60) "A police spokesman said": the police are no body described here, but a spokesman of theirs the curation
    // records as one, "police spokesman (unnamed)", as an army's is.
    const tail =
      BODY_DESCRIPTION_TAIL.exec(`the ${words}`) ??
      MODIFIED_BODY_TAIL.exec(`the ${words}`) ??
      /(?:^|\s)the\s+(police)\s*$/iu.exec(`the ${words}`);
    if (described && tail) {
      const at = headStart + described.index + described[0].indexOf(words);
      const noun = (tail[1] as string).toLowerCase();
      const body =
        named(this.bodyAntecedent(end, noun, true, { words: describedWords(words), start: at })) ??
        this.homeBody(tail[0], at, at + words.length);
      if (body && (body.status === 'actor' || body.status === 'proposed')) return { ...body, via: 'spokesperson' };
    }
    // "the representative of Liechtenstein": a state the gazetteer does not know yet, by its ISO 3166 English name.
    for (const run of head.matchAll(CAPITALISED_RUN)) {
      const name = withoutPossessive(run[0]);
      if (!isoStateCode(name)) continue;
      const runStart = headStart + run.index;
      if (this.placedAfter({ start: runStart, end: runStart + name.length }, headStart)) continue;
      const state = this.register({ start: runStart, end: runStart + name.length, name, kind: 'state', title: null }, null);
      return state.status === 'actor' || state.status === 'proposed' ? { ...state, via: 'spokesperson' } : state;
    }
    // (s48) "The Socialist Party's foreign affairs spokesperson said", "The Greens' justice spokesman said": a party's
    // spokesperson for a portfolio speaks as that person, unnamed, by the words the article gives.
    const portfolioSpokesperson = PARTY_PORTFOLIO_SPOKESPERSON.exec(head);
    if (portfolioSpokesperson) {
      const name = portfolioSpokesperson[1] as string;
      const at = headStart + portfolioSpokesperson.index + portfolioSpokesperson[0].indexOf(name);
      const person = this.register({ start: at, end: at + name.length, name, kind: 'person', title: null }, null, true);
      if (person.status === 'proposed' || person.status === 'actor') return { ...person, via: 'spokesperson' };
    }
    // (s48) "The Egyptian delegation said": a delegation or mission the gazetteer does not know by its nationality speaks
    // as the state that nationality names.
    const delegation = new RegExp(`\\b(${DEMONYM_SHAPE})\\s+(?:delegation|mission|delegate|representative)s?\\b`, 'u').exec(head);
    const delegated = delegation ? stateOfDemonym(delegation[1] as string) : null;
    if (delegation && delegated) {
      const at = headStart + delegation.index;
      const state = this.register(
        { start: at, end: at + (delegation[1] as string).length, name: delegated, kind: 'state', title: null },
        null,
      );
      if (state.status === 'actor' || state.status === 'proposed') return { ...state, via: 'spokesperson' };
    }
    // (s55) "The Emirates Red Crescent ... said it had set aside Dh10 million. A spokesman said the first convoy would
    // leave ...": a spokesperson named by the bare noun speaks for the body that spoke in this sentence or the one before.
    if (BARE_SPOKESPERSON.test(head)) {
      const body = this.lastSpeaker(end, ['organization', 'un_body']);
      if (body?.status === 'actor' || body?.status === 'proposed') return { ...body, via: 'spokesperson' };
    }
    const ofNewBody = this.spokespersonOfNewBody(headStart, end);
    if (ofNewBody.status !== 'none' || !described || !tail || !STATE_BODY_NOUN.test(tail[1] as string)) return ofNewBody;
    // The article names no such body: the spokesperson of a ministry, a department or a government is an unnamed person
    // by the body's noun, as the curation rules record one ("ministry spokeswoman (unnamed)" for "A ministry spokeswoman
    // said" or "a spokeswoman for the ministry"). A charity's or a group's is left to the body the article names before.
    const spokes = /spokes(?:man|woman|person)/u.exec(described[0])?.[0] as string;
    const at = headStart + described.index;
    const unnamed = `${(words as string).replace(/['’]s$/u, '')} ${spokes} (unnamed)`;
    const person = this.register({ start: at, end: at + described[0].length, name: unnamed, kind: 'person', title: null }, null);
    return person.status === 'proposed' || person.status === 'actor' ? { ...person, via: 'spokesperson' } : person;
  }

  /**
   * "A Scottish Government spokesman said", "a spokesperson for the Federal Chancellery told": an unnamed spokesperson
   * of a body the gazetteer does not know speaks for that body, as one of a known body does; the body is proposed
   * under the capitals the article gives it. Not a nationality ("a Turkish spokesman") nor a place the spokesperson
   * is at.
   */
  private spokespersonOfNewBody(start: number, end: number): SpeakerResolution {
    const head = this.text.slice(start, end);
    const run = SPOKESPERSON_OF_BODY.exec(head);
    const name = run ? withoutPossessive((run[1] ?? run[2]) as string) : null;
    if (!run || !name || name.split(/\s+/u).every(isDemonym)) return { status: 'none' };
    const at = start + run.index + run[0].indexOf(name);
    const span = { start: at, end: at + name.length };
    // "a spokesman for Foreign Minister X": a person's spokesperson, not a body's.
    const person = this.proposalMentions.some((p) => p.proposal.kind === 'person' && overlaps(p.span, span));
    if (person || this.touchesKnown(span)) return { status: 'none' };
    const body = this.register({ ...span, name, kind: 'organization', title: null }, null);
    return body.status === 'proposed' ? { ...body, via: 'spokesperson' } : { status: 'none' };
  }

  /**
   * An official named only by a posted office ("Canada's Ambassador to Lebanon", POSTED_OFFICE) in text[start, end): a
   * person by the office's words. Not where a known person or an office whose holders the gazetteer dates is named
   * there: that one speaks.
   */
  private postedOffice(start: number, end: number): SpeakerResolution | null {
    const match = POSTED_OFFICE.exec(this.text.slice(start, end));
    if (!match) return null;
    const name = match[1] as string;
    const at = start + match[0].indexOf(name);
    const within = (m: Span) => m.start >= at && m.end <= at + name.length;
    if (this.actorMentions.some((m) => within(m) && (m.kind === 'person' || this.gazetteer.actors.get(m.id)?.holders?.length))) return null;
    // The post is one word, a state's ISO name or a place or body the gazetteer knows, and all of it: in "said
    // Russia's ambassador to the UN Vitaly Churkin" the name run on after it is the holder's.
    const post = match[2] as string;
    const postEnd = at + name.length;
    const known = [...this.actorMentions, ...this.locationMentions].some(
      (m) => m.kind !== 'person' && m.start === postEnd - post.length && m.end === postEnd,
    );
    if (!known && !isoStateCode(post) && /\s/u.test(post)) return null;
    // The office is also the role, so "the ambassador said" later finds the holder by its title.
    const registered = this.register({ start: at, end: at + name.length, name, kind: 'person', title: null }, name, true);
    return registered.status === 'proposed' ? { ...registered, via: 'description' } : null;
  }

  /** A name in text[start, end) that no gazetteer entry covers, or null. */
  private nameCandidate(start: number, end: number, side: 'before' | 'after'): NameCandidate | null {
    const known = [...this.actorMentions, ...this.locationMentions];
    // "Foreign Minister of the Islamic Republic of Iran Mohammad Javad Zarif": the holder after a long title.
    const longTitled = personAfterLongTitle(
      this.text,
      { start, end: side === 'before' ? end : this.runEnd(start, end) },
      known.filter((m) => m.start >= start && m.end <= end).map((m) => m.end),
    );
    const found =
      longTitled ??
      (side === 'before'
        ? (nameEndingAt(this.text, start, end) ?? bodyNamedAfterKind(this.text, start, end))
        : nameStartingAt(this.text, start, end));
    if (!found) return null;
    const candidate = longTitled ?? this.nameAfterTitledBody(found, known) ?? found;
    const covered = known.some((m) => m.start <= candidate.start && candidate.end <= m.end);
    const touched = known.some((m) => m.start < candidate.end && candidate.start < m.end);
    if (covered || (touched && candidate.kind === 'person')) return null;
    if (candidate.kind === 'person' && this.addressPart(candidate)) return null;
    // "told reporters at the union's offices in Upper Hill", "an official in Valdoro": capitals with no title right
    // after "in" or "at" name where, not who (a later "he said" means the person before them).
    const before = this.text.slice(Math.max(0, candidate.start - 30), candidate.start);
    if (
      candidate.kind === 'person' &&
      (LOCATIVE_BEFORE.test(before) || PLACE_NOUN_OF_BEFORE.test(before) || ADDRESS_NUMBER_BEFORE.test(before))
    )
      return null;
    // "the Masaken Hanano district", "Bab al-Nairab neighbourhood": a place, not a person.
    if (candidate.kind === 'person' && PLACE_NOUN_AFTER.test(this.text.slice(candidate.end, candidate.end + 20))) return null;
    // "a Cape Town surgeon", "an Ohio nurse": capitals between an indefinite article and the noun they qualify say
    // where the person is from, no person's name.
    if (
      candidate.kind === 'person' &&
      /\b(?:a|an)\s+$/iu.test(this.text.slice(Math.max(0, candidate.start - 4), candidate.start)) &&
      /^\s+\p{Ll}/u.test(this.text.slice(candidate.end, candidate.end + 3))
    )
      return null;
    // "the Nour al-Din al-Zinki movement": a name before the noun of a body is that body's, not a person's.
    if (candidate.kind === 'person' && BODY_NOUN_AFTER.test(this.text.slice(candidate.end, candidate.end + 20))) return null;
    return candidate;
  }

  /** Where the run of capitals and name glue that starts at `start` ends, not past `to`. */
  private runEnd(start: number, to: number): number {
    const run = CAPITALISED_RUN_AT_START.exec(this.text.slice(start, to));
    return run ? start + run[0].length : to;
  }

  /**
   * "X, an emergency physician from Ennis, Co Clare,", "Y, a student in Toledo, Ohio,": capitals right after a place
   * that ends an apposition to a name are the place's county, state or country, not a person. A phrase fronted
   * before the subject ("Speaking in Geneva, Jan Egeland said") or a title apposed to the name after the place ("the
   * head of the office in Geneva, X, said") is no such address.
   */
  private addressPart(candidate: Span): boolean {
    const before = this.text.slice(Math.max(0, candidate.start - 60), candidate.start);
    const address = /(?<![\p{L}-])(?:from|in|of|at|near|outside)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*,\s*$/u.exec(before);
    if (!address) return false;
    // (s55) Nor an office's portfolio ("the Minister of Foreign Affairs, Gilbert Saboya,"): an office, no place.
    if (OFFICE_BEFORE_PORTFOLIO.test(before.slice(0, address.index))) return false;
    const at = candidate.start - before.length + address.index;
    // The place ends an apposition to a name before it ("X, a physician from Ennis, Co Clare"): a title apposed to the
    // name after it ("the head of the office in Geneva, X, said") is no address.
    const comma = this.text.lastIndexOf(',', at - 1);
    if (comma < this.sentenceStartBefore(at)) return false;
    // (s50) "In Tirana, the chairman of the Muslim Community of Albania, Skender Brucaj, said": the capitals before the
    // comma end a place fronted with its preposition, not a name the apposition is said of.
    if (FRONTED_PLACE_PHRASE.test(this.text.slice(this.sentenceStartBefore(comma), comma))) return false;
    // (s51) Nor a time or a setting fronted before it ("On Monday, the ambassador of France, Francois Delattre, said";
    // "Speaking before the Council, the ambassador of Uruguay, ...").
    if (FRONTED_PHRASE.test(this.text.slice(this.sentenceStartBefore(comma), at))) return false;
    const apposition = this.text.slice(comma + 1, at);
    return /^\s*(?:an?|the)\s/iu.test(apposition) && /\p{Lu}[\p{L}'’.-]*\s*$/u.test(this.text.slice(Math.max(0, comma - 40), comma));
  }

  /**
   * "Chinese Permanent Representative to the United Nations Liu Jieyi", "the Special Envoy of the European Union Karla
   * Menz": a title whose body or place the gazetteer knows, then a person's name, read as one run of capitals. The
   * person is the name after the body; the title, body included, is their role.
   */
  private nameAfterTitledBody(run: NameCandidate, known: Mention[]): NameCandidate | null {
    const body = known
      .filter((m) => m.end > run.start && m.end < run.end)
      .sort((a, b) => a.end - b.end)
      .at(-1);
    if (!body) return null;
    const restStart = body.end + (/^\s*/u.exec(this.text.slice(body.end, run.end))?.[0].length ?? 0);
    const person = nameStartingAt(this.text, restStart, run.end);
    if (person?.kind !== 'person' || person.end !== run.end || person.name.split(/\s+/u).length < 2) return null;
    if (known.some((m) => m.start < person.end && person.start < m.end)) return null;
    const lead = TITLE_BEFORE_BODY.exec(this.text.slice(Math.max(0, body.start - 80), body.start));
    if (!lead) return null;
    const title = `${(lead[1] as string).trim()} ${this.text.slice(body.start, body.end)}`;
    return { ...person, title: person.title ?? title };
  }

  /**
   * (s67) The caller a subject names by a first name and a town ("Anna from Kestrel Bay", "Brendan in Millford, a
   * retired teacher,"): a given name the name lists know, at a sentence's opening, no known actor, then "from" or "in"
   * and one to three capitalised words that name no known actor but a place, and at most an apposition after them; the
   * person is "Anna from Kestrel Bay", the apposition their role. "Police in Kent", "Officials from Norland" stay unread.
   */
  private placedCaller(start: number, end: number): SpeakerResolution | null {
    const found = PLACED_CALLER.exec(this.text.slice(start, end));
    if (!found || this.sentenceStartBefore(start + found.index) !== start + found.index) return null;
    if (!this.callerNamed(found[1] as string, found[2] as string)) return null;
    const first = found[1] as string;
    const name = `${first} ${found[0].slice(first.length).trimStart().split(/\s*,/u)[0]}`.replace(/\s+/gu, ' ').trim();
    const nameStart = start + found.index;
    const role = found[3] ? appositiveRole(`, ${(found[3] as string).trim()},`) : null;
    return this.register({ start: nameStart, end: nameStart + name.length, name, kind: 'person', title: null }, role);
  }

  /** (s67) Whether a first name and a town make a caller's name: a given name, no known actor or title, a town no actor. */
  private callerNamed(first: string, place: string): boolean {
    if (NOT_SINGLE_NAMES.test(first) || NOT_CALLER_NAMES.test(first) || NOT_PLACES.test(first) || isTitleWord(first)) return false;
    if (this.gazetteer.actorByName(first) || !knownGivenName(first)) return false;
    return !this.gazetteer.actorByName(place) && !place.split(/\s+/u).some((w) => NOT_PLACES.test(w));
  }

  /**
   * The proposed actor for a name, reusing one already proposed under that name. `described`: the name describes one
   * person ("Canada's Ambassador to Lebanon"); its last word is no surname.
   */
  private register(candidate: NameCandidate, apposedRole: string | null, described = false): SpeakerResolution {
    // (s37) "the UN's call for ...": a name read with its possessive is the name without it, never an actor "UN's".
    const possessed = /^(\S.*?)['’]s$/u.exec(candidate.name);
    if (possessed) return this.register({ ...candidate, name: possessed[1] as string, end: candidate.end - 2 }, apposedRole, described);
    // (s51) A body's name with dotted initials ("U.N. Office for the Coordination of Humanitarian Affairs") goes by them
    // undotted, as the curation rules write it: one body, one id, whichever style the outlet prints; the written form
    // stays an alias. A group keeps the article's words ("U.N. officials").
    const undotted = candidate.name.replace(DOTTED_INITIALS, (m) => m.replace(/\./gu, ''));
    if (candidate.kind !== 'person' && candidate.kind !== 'group' && undotted !== candidate.name) {
      const result = this.register({ ...candidate, name: undotted }, apposedRole, described);
      if (result.status === 'proposed' && !result.proposal.aliases.includes(candidate.name)) result.proposal.aliases.push(candidate.name);
      return result;
    }
    // "Stephane Dujarric" or "Walid Muallem" for a known "Stéphane Dujarric" or "Walid al-Mouallem": not somebody new.
    const known = this.gazetteer.actorByName(candidate.name);
    if (known) return { status: 'actor', id: known.id, via: 'name', mention: candidate };
    // (s65) "the UN's humanitarian office" is OCHA, by whichever of its names the gazetteer or this article knows it.
    const systemNames = candidate.kind === 'person' || candidate.kind === 'group' ? null : unSystemNames(candidate.name);
    for (const other of systemNames ?? []) {
      const knownBody = this.gazetteer.actorByName(other);
      if (knownBody) return { status: 'actor', id: knownBody.id, via: 'alias', mention: candidate };
    }
    const existing = [...this.proposalsById.values()].find(
      (p) => p.aliases.includes(candidate.name) || (systemNames ?? []).some((other) => p.aliases.includes(other)),
    );
    if (existing) {
      if (apposedRole) this.addRole(existing, apposedRole);
      return { status: 'proposed', proposal: existing, via: 'name', mention: candidate };
    }
    // "Abdisalam Hadliye said", "Mr Mbella Mbella said": a part of a longer name the article gave before (a later form
    // of it, findLatentPersons) is that person, by the full name.
    const fuller =
      candidate.kind === 'person'
        ? this.latentPersons.find((l) => l.at?.start === candidate.start && l.at.end === candidate.end)
        : undefined;
    if (fuller) return this.register(fuller.candidate, apposedRole ?? fuller.role, described);
    // "Russia's Defence Ministry" is the "Russian Defence Ministry": a state's adjective from its aliases. An office
    // named alone ("Nigeria's deputy permanent representative to the UN") goes by the adjective the article uses
    // ("Nigerian deputy ..."), as the curation rules name it, for a state the gazetteer may not know.
    const possessive = candidate.kind !== 'person' || described ? /^(\p{Lu}[\p{L} ]+?)['’]s\s+(\p{L}.*)$/u.exec(candidate.name) : null;
    const owner = possessive?.[1] as string | undefined;
    const state = owner ? this.gazetteer.actorByName(owner) : undefined;
    const adjective =
      state?.kind === 'state'
        ? // "Syrian", from an alias such as "Syrian government" when the state has no one-word adjective alias.
          (state.aliases
            .flatMap((a) => a.split(/\s+/u))
            .find((a) => a !== state.name && /^\p{Lu}\p{Ll}+$/u.test(a) && a.slice(0, 4) === state.name.slice(0, 4)) ??
          (described ? this.stateAdjective(state.name) : null))
        : owner && described && isoStateCode(owner)
          ? this.stateAdjective(owner)
          : undefined;
    if (possessive && adjective) {
      const renamed = `${adjective} ${possessive[2] as string}`;
      const result = this.register({ ...candidate, name: renamed }, apposedRole, described);
      if (result.status === 'proposed' && !result.proposal.aliases.includes(candidate.name)) result.proposal.aliases.push(candidate.name);
      return result;
    }
    let id = slugify(candidate.name);
    if (!id || this.gazetteer.actors.has(id)) id = `${id || 'actor'}-proposed`;
    const words = candidate.name.split(/\s+/u);
    const aliases = [candidate.name];
    if (
      candidate.kind === 'person' &&
      words.length > 1 &&
      !described &&
      !candidate.name.endsWith('(unnamed)') &&
      !endsOnFathersName(candidate.name)
    )
      aliases.push(words.at(-1) as string);
    // "the Ministry of Higher Education (MoHE)": the short name in brackets is the body's alias, so "MoHE said" is it.
    const shortName = SHORT_NAME_FIRST.exec(this.text.slice(candidate.end, candidate.end + 40));
    if (shortName && candidate.kind !== 'person') aliases.push(shortName[1] as string);
    // A role the article gives the name elsewhere ("by Stéphane Dujarric, Spokesman for the Secretary-General.").
    const latentRole = this.latentPersons.find((l) => l.candidate.name === candidate.name && l.role)?.role ?? null;
    // The role the article gives by apposition first, then an office printed before the name ("Chancellor"); for a
    // person with neither, the apposition around the name where the article first gives it.
    const given = [apposedRole ?? latentRole, candidate.title].map((r) => (r === null ? null : cleanRole(r)));
    const around = candidate.kind === 'person' && given[0] === null ? this.roleAround(candidate) : null;
    const roles = [...new Set([around, ...given].filter((r): r is string => r !== null))];
    // "Dr. Kemal Aydogan said": a courtesy title says little, but it is all the article gives.
    if (roles.length === 0 && candidate.title && COURTESY_ONLY.test(candidate.title)) roles.push(candidate.title);
    // "Entraide Médicale Syrie, a French association that supports ...": a name the article calls a body is one; so is
    // one its own clause calls "its" ("Yeni Ufuk reports on its front page"), with no surname.
    const kind: ActorKind =
      candidate.kind === 'person' && (roles.some((r) => BODY_ROLE_HEAD.test(roleHead(r))) || this.calledIts(candidate))
        ? 'organization'
        : candidate.kind;
    if (kind !== candidate.kind && aliases.length > 1 && aliases[1] === words.at(-1)) aliases.splice(1, 1);
    const countryCode = kind === 'state' ? isoStateCode(candidate.name) : undefined;
    const proposal: ProposedActor = {
      id,
      name: candidate.name,
      kind,
      aliases,
      roles,
      mention: { start: candidate.start, end: candidate.end },
      ...(countryCode ? { countryCode } : {}),
    };
    this.proposalsById.set(id, proposal);
    this.indexProposal(proposal);
    // The UN body's other names answer for it (a later "OCHA said" is this proposal) without being looked for in the
    // text as mentions of their own: "the UN human rights office" holds "UN", which is the United Nations alone.
    for (const other of systemNames ?? []) if (!aliases.includes(other)) aliases.push(other);
    if (proposal.kind === 'person') this.proposeAffiliations(proposal);
    return { status: 'proposed', proposal, via: 'name', mention: candidate };
  }

  /**
   * Whether the clause a name opens goes on to call it "its" before reporting anything ("Yeni Ufuk reports on its front
   * page", "Kestrel gives its whole front page", "Northwind devotes its editorial"): a thing, not a person. Not past a
   * speech verb ("X said its hospitals ..." speaks of something else).
   */
  private calledIts(candidate: Span): boolean {
    const verbPhrase = /^\s+((?:\p{Ll}+\s+){1,4}?)its\s/u.exec(this.text.slice(candidate.end, candidate.end + 60));
    if (verbPhrase === null) return false;
    const phrase = { start: candidate.end, end: candidate.end + verbPhrase[0].length };
    // "reports on its front page": a paper's reporting is what a thing does, the one speech verb that keeps it a thing.
    return findSpeechVerbs(this.text, phrase, []).every((verb) => verb.lemma === 'report');
  }

  /**
   * "Dr. X, who works for the Y relief group", "field coordinator for the aid group Northwind Relief": a body a
   * person's role names and the gazetteer does not know is proposed as an actor of its own, so that the curator meets
   * it (and the person's ties to it) whether or not it speaks.
   */
  private proposeAffiliations(person: ProposedActor): void {
    // The roles, and the aside right after the name ("X, who works for the Y relief group, said").
    const aside = /^\s*,\s*((?:who|whose)\s[^;:"“”\n]{2,200}?)\s*(?:,|\.(?:\s|$))/u.exec(
      this.text.slice(person.mention.end, person.mention.end + 240),
    )?.[1];
    for (const role of [...person.roles, ...(aside ? [aside] : [])]) {
      for (const run of role.matchAll(CAPITALISED_RUN)) {
        // "Spokesman of the Foreign Ministry", "Chief Cabinet Secretary": an office's title, not a body's name.
        if (namesAnOffice(run[0])) continue;
        const named = nameEndingAt(run[0], 0, run[0].length);
        // "a member of the Labour Party's foreign affairs team": the body is "Labour Party".
        const found = named && { ...named, name: withoutPossessive(named.name) };
        if (!found || found.kind === 'person' || found.name.split(/\s+/u).length < 2) continue;
        if (this.gazetteer.actorByName(found.name) || this.gazetteer.actorByName(found.name.replace(/^the\s+/iu, ''))) continue;
        // Where the article prints it, outside quotations, and not inside a name the gazetteer knows.
        const at = [...this.text.matchAll(nameAsWord(found.name, 'gu'))]
          .map((m) => ({ start: m.index, end: m.index + found.name.length }))
          .find((span) => !this.inQuote(span) && !this.touchesKnown(span));
        if (!at) continue;
        const body = this.register({ ...at, name: found.name, kind: found.kind, title: null }, null);
        if (body.status !== 'proposed' || body.proposal === person) continue;
        person.affiliations = [...new Set([...(person.affiliations ?? []), body.proposal.id])];
      }
    }
  }

  /** Adds a role seen later for a proposed actor ("X, a spokesman for Y, said"). */
  private addRole(proposal: ProposedActor, raw: string): void {
    const role = cleanRole(raw);
    if (role !== null && !proposal.roles.includes(role)) proposal.roles.push(role);
  }

  /**
   * The role the article gives a person by apposition where it names them in full outside quotations: after the name
   * (", a surgeon at a field hospital,", ", who is the head of ...", ", who chairs the task force"), or before it
   * ("Russia's deputy ambassador, X,", "Foreign Ministry spokeswoman X").
   */
  private roleAround(candidate: NameCandidate): string | null {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])${escapeRegExp(candidate.name)}(?![\\p{L}\\p{N}'’-])`, 'gu');
    for (const match of this.text.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (this.inQuote(span)) continue;
      const after = this.text.slice(span.end, span.end + 220);
      const office = RELATIVE_OFFICE.exec(after);
      if (office) {
        const role = cleanRole(office[1] ?? `${OFFICE_VERBS[office[2] as string]} ${office[3] as string}`);
        if (role) return role;
      }
      // "Hussein Badawi, 46, a baker from Sakhour,": an age between commas before the apposition.
      const apposed =
        /^\s*,(?:\s*\d{1,3}\s*,)?\s*((?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne\s+of(?:\s+the)?|\p{Lu}[\p{L}.'’-]*['’]s)\s+[^,;:()"“”\n]{2,200}?)\s*(?:,|(?<!\b\p{Lu})\.(?:\s|$))/u.exec(
          after,
        );
      // "a general surgeon who says he is one of ...": the noun before its relative clause.
      const appositive = apposed ? appositiveRole(`, ${(apposed[1] as string).replace(/\s+(?:who|which|whose)\s.*$/u, '')},`) : null;
      const role = appositive ? cleanRole(appositive) : null;
      if (role) return role;
      // "Norland's envoy to the UN, Datuk Harun Salleh,": the role stands before the honorifics, and before the article
      // that belongs to them ("The bishop, the Rt Revd Jo Roe,").
      const printed = this.text.slice(Math.max(0, span.start - 140), span.start);
      const unstyled = withoutHonorifics(printed);
      const before = unstyled === printed ? unstyled : unstyled.replace(/(,\s*)the\s+$/iu, '$1');
      // "the President of the Assembly, Peter Thomson of Fiji,": the name may carry its state.
      const titled = /^(?:\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?\s*,/u.test(after) ? ROLE_BEFORE_NAME.exec(before) : null;
      const title = titled ? cleanRole(titled[1] as string) : null;
      if (
        title &&
        (/^\p{Ll}/u.test(title.split(/\s+/u).at(-1) as string) || TITLE_IN_NAME.test(title.replace(/^\p{Ll}/u, (c) => c.toUpperCase())))
      )
        return title;
      const noun = ROLE_NOUN_BEFORE_NAME.exec(before);
      const nounRole = noun ? cleanRole(noun[1] as string) : null;
      if (nounRole) return nounRole;
    }
    return null;
  }

  /**
   * Whether a word is the last of a longer run of capitalised name words ("Omar Zaidan" for "Zaidan"); a courtesy
   * title, a sentence adverb ("Later Zaidan said") or a pronoun before it is no name word.
   */
  private insideLongerName(span: Span, ownName: string): boolean {
    const before = /(?:^|[^\p{L}.'’-])(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(this.text.slice(Math.max(0, span.start - 40), span.start));
    if (!before) return false;
    const word = before[1] as string;
    if (NOT_SINGLE_NAMES.test(word) || NOT_PLACES.test(word) || /^(?:He|She|It|They|We|I|But|And|As|If|When|While|Then)$/u.test(word))
      return false;
    // (s66) "For Zaidan, the diplomacy is background noise.", "Unlike Berg, she stayed.": a preposition opening the
    // sentence is no word of a name; the surname after it names the person again (a later "he said" may mean him).
    if (
      SENTENCE_OPENING_PREPOSITION.test(word) &&
      this.sentenceStartBefore(span.start) === span.start - before[0].length + before[0].indexOf(word)
    )
      return false;
    // "De Mistura" for "Staffan de Mistura": a word of the person's own name is no other name.
    const own = ownName.toLowerCase().split(/\s+/u);
    // (s53) "Wael Sheikh Ahmad" is not "Ahmad" of "Abu Ahmad": a "Sheikh" after a given name is inside that name.
    if (/^(?:Sheikh|Shaikh)$/u.test(word)) {
      const given = /(?:^|[^\p{L}.'’-])(\p{Lu}[\p{L}'’-]*)\s+\S+\s+$/u.exec(this.text.slice(Math.max(0, span.start - 60), span.start));
      return (
        given !== null &&
        !isTitleWord(given[1] as string) &&
        !NOT_SINGLE_NAMES.test(given[1] as string) &&
        !own.includes(word.toLowerCase())
      );
    }
    return !/^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Sheikh|Imam)$/u.test(word) && !own.includes(word.toLowerCase());
  }

  /** Every place the article names a proposed actor, so that pronouns and later surnames find it. */
  private indexProposal(proposal: ProposedActor): void {
    for (const alias of proposal.aliases) {
      // (s67) Not the second half of a double-barrelled surname: "Mrs. Saleh-Berg told" is not "Berg" of "Tomas Berg" (an
      // Arabic article or "Abu" before the hyphen, "al-Assad", "Abu-Bakr", leaves the name after it the alias's).
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?<!${DOUBLE_BARREL_FIRST})${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const match of this.text.matchAll(pattern)) {
        const span = { start: match.index, end: match.index + match[0].length };
        if (this.inQuote(span)) continue;
        // "Omar Zaidan" is not "Zaidan" of "Bassam Zaidan": a one-word alias after another capitalised name word is part
        // of another name (a courtesy title or a sentence's first word before it is not).
        if (!/\s/u.test(alias) && this.insideLongerName(span, proposal.name)) continue;
        if (!/\s/u.test(alias) && proposal.kind === 'person' && this.titledOther(span, alias, proposal)) continue;
        // "Rebel officials", "Turkish officials" are not the group "officials on both sides" named before: a group's
        // head noun after a capitalised word of its own is the tail of another group's name.
        if (
          (proposal.kind === 'group' || proposal.kind === 'armed_group') &&
          /^\p{Ll}+$/u.test(alias) &&
          /(?:^|[^\p{L}])(?!(?:The|These|Those|Such|Some|Many|Most|Other)\s)\p{Lu}[\p{L}-]*\s+$/u.test(
            this.text.slice(Math.max(0, span.start - 30), span.start),
          ) &&
          !proposal.name.toLowerCase().includes(
            this.text
              .slice(Math.max(0, span.start - 30), span.end)
              .toLowerCase()
              .split(/\s+/u)
              .slice(-2)
              .join(' '),
          )
        )
          continue;
        const taken = this.proposalMentions.findIndex((p) => p.span.start < span.end && span.start < p.span.end);
        if (taken < 0) this.proposalMentions.push({ span, proposal });
        else if (!/\s/u.test(alias) && this.namedLater(proposal, this.proposalMentions[taken]?.proposal, span.start))
          this.proposalMentions[taken] = { span, proposal };
      }
    }
  }

  /** The sex the courtesy title right before `position` gives ("Mrs. Roe", "Encik Amir"), or null. */
  private titleSexBefore(position: number): Gender {
    return titleSex(this.text.slice(Math.max(0, position - COURTESY_TITLE_REACH), position));
  }

  /**
   * Whether a surname after a courtesy title names another person than `proposal`: "Mr Petrow" is not "Mrs Halina
   * Petrow", and "Mrs. Roe" not "Kim Roe" (no sex given) where the article names a woman "Mrs. Rosa Roe" too.
   */
  private titledOther(span: Span, surname: string, proposal: ProposedActor): boolean {
    const sex = this.titleSexBefore(span.start);
    if (!sex) return false;
    const own = this.nameGender([proposal.name], proposal.roles);
    if (own) return own !== sex;
    return this.namedInFullWith(surname).some((l) => l.candidate.name !== proposal.name && this.latentGender(l) === sex);
  }

  /**
   * Whether a surname two people share ("Her father, Sunil Roe, said ..." after "Leena Roe, 30, ...": "Mr. Roe said")
   * stands for `proposal` rather than `other`: the person the text named in full last before it, as a reader takes it.
   */
  private namedLater(proposal: ProposedActor, other: ProposedActor | undefined, position: number): boolean {
    if (other === undefined || other === proposal) return false;
    // Both named in full: a surname standing alone as a name ("Zakour") is no person named before.
    if (![proposal, other].every((p) => p.kind === 'person' && /\s/u.test(p.name))) return false;
    const lastFull = (p: ProposedActor) => this.text.lastIndexOf(p.name, position - p.name.length);
    return lastFull(proposal) > lastFull(other);
  }
}

// A courtesy or honorific title alone says nothing of what a person does ("Dr.", "Ms.", "HE Sheikh"); an office does.
const COURTESY_ONLY = /^(?:(?:Dr|Mr|Mrs|Ms|Mme|Miss|Prof|HE|H\.E|Sheikh|Sheik|Sir|Dame|Lord|Lady)\.?\s*)+$/u;
// A phrase set before the subject ("In Geneva last Friday, ", "Following the briefing, ", "Yesterday ") is no part of it.
const FRONTED_IN_ROLE =
  /^(?:(?:In|At|On|During|After|Before|Following|Closing|Opening|Introducing|Speaking|Addressing|Asked|Earlier|Later|Yesterday|Today|Meanwhile|Separately)\b[^,]*,\s*|(?:Yesterday|Today|Earlier|Later|Meanwhile|Separately|Then)\s+)+/u;
// What opens a predicate, not a noun phrase: an auxiliary ("has confirmed ..."), or a participle or past form taking an
// object or nothing ("briefing the Council from the capital", "called on all parties", "defended", "speaking after Mass on
// Sunday"). "acting director", "retired general" stay roles.
const PREDICATE_FIRST =
  /^(?:(?:has|have|had|is|are|was|were|will|would|shall|should|can|could|may|might|must|did|does|do)\b|\p{Ll}+(?:ing|ed)(?:\s+(?:the|a|an|his|her|its|their|our|on|at|in|for|to|by|with|from|that|this|as|up|out|down|off|about|over|after|before|during|outside|inside|near|beside|through|into|under|across|among|against|alongside)\b|\s*$))/u;
// An age or a date between commas ("Hiba Kurdi, 26,", "Angela Merkel, Dec. 15,") is no role.
const NUMBER_OR_DATE = new RegExp(`^(?:\\d[\\d.,]*|${MONTH_WORD}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_WORD})$`, 'u');
// A title run on after the role ("spokesman, Major General" before the name): the person's title, not the role's words.
const TRAILING_TITLE =
  /,\s*(?:(?:Major|Brigadier|Lieutenant|Lieutenant-|Colonel|Captain|General|Admiral|Dr|Mr|Mrs|Ms|Prof|Professor|Sheikh)\.?\s*)+$/u;

// The noun that says a name is a body's: what an apposition calls it ("a French association that ...").
const BODY_ROLE_HEAD =
  /^(?:association|charity|organi[sz]ation|NGO|group|agency|network|foundation|company|firm|coalition|alliance|committee|party|movement|union|federation|society|institute|cent(?:re|er)|newspaper|daily|broadcaster|channel|website|monitor|observatory|service|consortium|campaign|initiative|fund|trust)$/u;

// A nationality as a word of its own (DEMONYM_SHAPE), not the few other words of that shape that open titles.
const DEMONYM = new RegExp(`^${DEMONYM_SHAPE}$`, 'u');
const NOT_DEMONYM =
  /^(?:Human|Republican|Christian|Roman|Urban|Veteran|Partisan|Ottoman|Special|Permanent|Deputy|Humanitarian|Parliamentarian)$/u;
// The adjectives of states whose stem is not their name's (`stateAdjective` reads the others from the name).
const IRREGULAR_DEMONYMS: Record<string, string> = {
  Denmark: 'Danish',
  Netherlands: 'Dutch',
  'United Kingdom': 'British',
  Switzerland: 'Swiss',
  Ireland: 'Irish',
  France: 'French',
  'United States of America': 'American',
  'United States': 'American',
  'Great Britain': 'British',
  Philippines: 'Philippine',
  Thailand: 'Thai',
  Greece: 'Greek',
  'Saudi Arabia': 'Saudi',
  'United Arab Emirates': 'Emirati',
  Iceland: 'Icelandic',
  Spain: 'Spanish',
  Finland: 'Finnish',
  Poland: 'Polish',
  Belgium: 'Belgian',
  Portugal: 'Portuguese',
  Lebanon: 'Lebanese',
  Peru: 'Peruvian',
  Norway: 'Norwegian',
  Barbados: 'Barbadian',
  Turkey: 'Turkish',
  Türkiye: 'Turkish',
  Germany: 'German',
  Sweden: 'Swedish',
  China: 'Chinese',
  Japan: 'Japanese',
};
const isDemonym = (word: string) => DEMONYM.test(word) && !NOT_DEMONYM.test(word);

/**
 * (s48) The state a one-word nationality is the adjective of ("Egyptian" -> "Egypt", "Chilean" -> "Chile", "Danish" ->
 * "Denmark"): `IRREGULAR_DEMONYMS` first, else the one-word ISO English name whose stem (less a final vowel, as
 * `stateAdjective` reads it) opens the word, the longest such stem ("Nigerian": Nigeria, not Niger); null where none
 * or two fit alike.
 */
export function stateOfDemonym(word: string): string | null {
  if (!isDemonym(word)) return null;
  const cached = STATE_OF_DEMONYM.get(word);
  if (cached !== undefined) return cached;
  const state = demonymState(word);
  STATE_OF_DEMONYM.set(word, state);
  return state;
}
const STATE_OF_DEMONYM = new Map<string, string | null>();

function demonymState(word: string): string | null {
  const irregular = Object.entries(IRREGULAR_DEMONYMS).find(([, adjective]) => adjective === word);
  if (irregular) return irregular[0];
  let best: { name: string; stem: number } | null = null;
  let tie = false;
  for (const names of Object.values(countries.getNames('en', { select: 'all' }))) {
    for (const name of names) {
      if (/[\s,]/u.test(name)) continue;
      const stem = name.length > 3 ? name.replace(/[aeiouy]$/u, '') : name;
      if (!word.startsWith(stem) || word === name) continue;
      if (!best || stem.length > best.stem) ({ best, tie } = { best: { name, stem: stem.length }, tie: false });
      else if (stem.length === best.stem && name !== best.name) tie = true;
    }
  }
  return best && !tie ? best.name : null;
}
const demonyms = (text: string) => (text.match(/\p{Lu}\p{Ll}+/gu) ?? []).filter(isDemonym);

/** The nationality a description gives ("the French foreign minister" -> "French"), if one. */
function nationalityOf(description: string): string | null {
  return demonyms(description)[0] ?? null;
}

/**
 * Whether a person's roles leave the nationality possible: they give none, or give this one, or the state it is the
 * adjective of ("Foreign Minister of the Islamic Republic of Iran" for "the Iranian foreign minister").
 */
function sameNationality(roles: string[], nationality: string): boolean {
  const own = roles.flatMap(demonyms);
  return own.length === 0 || own.some((word) => word === nationality || nationality.startsWith(word));
}

/** The head noun of a role: its last word before a clause or a preposition ("French association that ..." -> "association"). */
function roleHead(role: string): string {
  const phrase = role.split(/\s+(?:that|which|who|whose|in|of|for|from|at|based|with|on|to|by)\s/u)[0] as string;
  return (phrase.trim().split(/\s+/u).at(-1) ?? '').replace(/[,.;:]$/u, '');
}

// A dash that closes a dateline or a phrase before a role: spaced, doubled ("2016--Belize's"), or an en or em dash.
const DASH_LEAD = String.raw`\s-\s+|--\s*|[–—]\s*`;
// The last noun phrase apposed after a comma or a dash, from its determiner or owner.
const LAST_APPOSED_PHRASE = new RegExp(
  `(?:,\\s*|${DASH_LEAD})((?:the|an?|its|his|her|their|our|\\p{Lu}[\\p{L}.'’-]*['’]s)\\s[^,]+)$`,
  'iu',
);

/**
 * A role as a curator would keep it: the noun phrase the article gives ("Russia's deputy ambassador", "surgeon at a
 * field hospital"), without a phrase fronted before the subject, an article, a relative clause after the noun or a
 * title run on after it; null for what is no role: a predicate ("dismissed the charge"), a courtesy title alone
 * ("Dr."), an age or a date.
 */
export function cleanRole(raw: string): string | null {
  let role = (raw.split('\n')[0] as string).replace(/\s+/gu, ' ').trim();
  // "Fifteen staff were there, its representative in Syria": the words before the last apposed noun phrase are no role;
  // nor a dateline before a dash ("LIMA, Dec 6 (Agency) - Peru's foreign minister", "2016--Belize's Minister").
  const lastPhrase = LAST_APPOSED_PHRASE.exec(role);
  if (lastPhrase) role = lastPhrase[1] as string;
  role = role.replace(FRONTED_IN_ROLE, '').replace(/^(?:the|a|an)\s+/iu, '');
  // "President Vladimir Putin and President" (before "Tayyip Erdogan"): the title after the last "and" is this person's.
  const joined = /^(?:\p{Lu}[\p{L}.'’-]*\s+)+and\s+((?:\p{Lu}[\p{L}.'’-]*\s*){1,3})$/u.exec(role);
  if (joined) role = (joined[1] as string).trim();
  // "Foreign Minister Yang Berhormat Dato", "chairman, Awang Haji": honorifics are how a person is addressed, no office.
  role = withoutHonorifics(role.replace(/\s+(?:who|which|whose)\s.*$/u, '').replace(TRAILING_TITLE, '')).replace(/[\s,;:]+$/u, '');
  if (role.length < 2 || !/\p{L}{2}/u.test(role) || role.split(/\s+/u).length > 12) return null;
  if (COURTESY_ONLY.test(role) || PREDICATE_FIRST.test(role) || NUMBER_OR_DATE.test(role)) return null;
  return role;
}

// "who chairs the UN's task force": the office a relative clause after a name gives, as the noun for it.
const OFFICE_VERBS: Record<string, string> = {
  chairs: 'chair of',
  heads: 'head of',
  leads: 'leader of',
  directs: 'director of',
  coordinates: 'coordinator of',
  runs: 'head of',
  manages: 'manager of',
};
const RELATIVE_OFFICE = new RegExp(
  `^\\s*,\\s*who\\s+(?:is\\s+(?:an?|the)\\s+([^,;:()"“”\\n]{2,100}?)|(${Object.keys(OFFICE_VERBS).join('|')})\\s+((?:the|its|his|her|their)\\s+[^,;:()"“”\\n]{2,100}?|\\p{Lu}[^,;:()"“”\\n]{1,100}?))\\s*(?:,|(?<!\\b\\p{Lu})\\.(?:\\s|$))`,
  'u',
);
// "Syria's ambassador, Bashar Ja'afari,", "A spokesman for the committee, Riad Agha,": a title apposed before the name
// (a body's short name in brackets in it too: "The head of the Relief Society (RS), Ana Lind,").
const ROLE_BEFORE_NAME = new RegExp(
  String.raw`(?:^|[.!?]["”’]?\s+|[,;:]\s+|\n|${DASH_LEAD}|\b(?:and|but|while|when|as|where|by|with|to|from|for|that|was|is)\s+)((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|\p{Lu}[\p{L}.'’-]*['’]s)\s+(?:(?!(?:its|his|her|their)\b)[^,;:()"“”\n!?])(?:(?!\b(?:its|his|her|their|was|were|is|are|has|have|had|will|would)\s)(?!(?<!\b\p{Lu})\.\s)(?:[^,;:()"“”\n!?]|\([^(),;:"“”\n]{1,40}\))){0,89}?)\s*,\s*$`,
  'u',
);
// "Foreign Ministry spokeswoman Maria Zakharova", "NDP foreign affairs critic Hélène Laverdière": a role noun right
// before the name, with up to four words that qualify it.
const ROLE_NOUN_BEFORE_NAME =
  /(?:^|[.!?]["”’]?\s+|[,;:]\s+|\n|\b(?:the|and|but|while|when|as)\s+)((?:[\p{L}'’-]+(?:\.\p{L}+)*\.?(?<!\p{Ll}{3}\.)[^\S\n]+){0,4}(?:spokesman|spokeswoman|spokesperson|critic|secretary|minister|ambassador|envoy|director|coordinator|commander|correspondent|adviser|advisor|official|chief|leader|representative|analyst|researcher|professor|surgeon|doctor|nurse|officer|editor|chairman|chairwoman|governor|mayor|activist|lawyer))[^\S\n]+$/u;

/** ", a spokesman for the U.N. human rights office," -> "spokesman for the U.N. human rights office". */
export function appositiveRole(appositive: string): string | null {
  const inner = appositive
    .replace(/^\s*,\s*/u, '')
    .replace(/\s*,\s*$/u, '')
    .replace(/^(?:the|a|an)\s+/iu, '')
    .replace(/\s*\([^()]{1,40}\)/gu, ''); // "president of the Relief Society (RS)": the body's short name is no part of the role
  if (/^(?:who|which|whose)\b/iu.test(inner)) return null; // a relative clause describes, it is not a title
  if (/^not\s/iu.test(inner)) return null; // "not his real name": a pseudonym's note
  if (/^(?:for|in|on|at|by|with|however|meanwhile|too|also)\b/iu.test(inner)) return null; // "for its part" is no title
  // ", said on Wednesday.": the verb after a name, not an appositive; nor ", the Premier told the cabinet that ...", a
  // second subject and its verb after a name closed by a comma.
  if (/(?:^|\s)(?:said|says|told|tells|added|adds|warned|stated|noted|explained|insisted|urged|asked|replied|wrote)\b/iu.test(inner))
    return null;
  return inner.length >= 2 && inner.split(/\s+/u).length <= 12 ? inner : null;
}
