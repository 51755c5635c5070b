/**
 * The verbs by which news reports speech ("said", "told reporters", "pointed out that", "called on ... to",
 * "expressed concern"), found outside quotation marks. Each says what must follow it for the sentence to report
 * speech on its own: "said" takes any clause; "told" needs "that" ("Lavrov told reporters." reports nothing by
 * itself, it only attributes a quotation).
 */
import { UNITS } from './number-expressions.js';
import type { Quotation } from './quotations.js';
import { escapeRegExp, insideAny, type Span } from './text-segments.js';

export interface SpeechVerb extends Span {
  text: string;
  lemma: string;
  /** "adding that", "saying": continues the speech of the clause before. */
  participle: boolean;
  /**
   * What must follow for an indirect statement: any clause, or "that"; `to`: an infinitive ("offered to escort");
   * `quote`: it only attributes quotations.
   */
  complement: 'any' | 'that' | 'to' | 'quote';
  /** "according to X": the speaker follows the verb. */
  speakerAfter: boolean;
}

interface Entry {
  lemma: string;
  forms: string;
  participles?: string;
  complement: SpeechVerb['complement'];
  speakerAfter?: boolean;
  /** What the words before the verb must end with (case-sensitive: a name's capital). */
  after?: RegExp;
  /** What the words after the verb must start with (case-sensitive). */
  next?: RegExp;
}

// (s49) A count or an estimate given as its owner's, after "by" (the "according to" entries below): "his count", "the
// count of the International Committee of the Red Cross,", "the Red Cross's count,"; (s70) the owner named before the
// noun with no possessive, "UN estimates,", "Red Cross figures,".
const OWNED_COUNT =
  /^\s+(?:(?:his|her|its)\s+(?:own\s+)?(?:count|estimate|tally|reckoning|calculations?)|the\s+(?:count|estimate|tally|reckoning)\s+of\s+(?:the\s+)?\p{Lu}[^,;:"“”]{0,80},|(?:the\s+)?(?:[\p{L}.-]+\s+){0,4}?[\p{L}.-]+['’]s?\s+(?:own\s+)?(?:count|estimate|tally|reckoning|calculations?),|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s+(?:counts?|estimates?|figures|tally|tallies|reckoning|calculations?)(?:,|(?=\s+(?:some|about|around|roughly|nearly|almost|as\s+many\s+as|more\s+than|at\s+least|up\s+to|over|\d))))/u;
// Not the noun of such a count, where "by" opens its sentence or follows a comma (the entries' places).
const NOT_BY_OWNER = /^(?![\s\S]*(?:^|[.!?]["”’]?\s+|\n|,\s*)[Bb]y\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}$)/u;

const NOT_ANONYMITY =
  /^(?!\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|to\s+be\s+(?:identified|called|named|referred\s+to|known)\s+(?:only\s+)?(?:as|by)\b|to\s+remain\s+(?:anonymous|unnamed)|that\s+(?:his|her|their|its)\s+(?:(?:full|family|last|real)\s+)?(?:names?|surnames?)\s+(?:not\s+be|be\s+withheld)|for\s+anonymity))/u;
// The feeling expressed, whose it is and in whose words: "expressed deep concern", "expressed Norland's grave concern",
// (s62) "expressed Lorvenia's full support for the Special Envoy's proposal",
// "expressed "deep sorrow at the silence of the chamber"" (the feeling in quotation marks); (s37) a body's own, "the
// ministry expressed its deep concern over reports of ...". Not "expressed her alarm":
// issuer-voice.ts reads that under a readout's label, and in a news story it stays unread (narrated-readout.test.ts).
const EXPRESSED =
  "(?:(?:[\\p{L}.-]+\\s+){0,2}?[\\p{L}.-]+(?:['’]s|s['’])\\s+|(?:its|their)\\s+)?[\"“]?(?:(?:deep|grave|serious|strong|full|firm|sincere|profound|heartfelt|unwavering|continued|total) )?(?:concern|regret|hope|outrage|frustration|disappointment|alarm|dismay|support|condolences|sympathy|anger|shock|grief|sorrow|solidarity|sadness|horror|indignation)";

// What follows the naming verb: its object (one to twelve words, s57: "Monday's Russian and Chinese veto of a draft
// resolution on Aleppo"; no clause of its own, no speech verb: "called him Thursday and told him ... "because ..."" is
// a telephone call), then an opening quotation mark and a word that is no capitalised title ("called the veto “a
// disgrace”", not "called the operation “Dawn Shield”").
const NAMING_OBJECT =
  /^\s+(?!(?:on|upon|for|off|in|up|out|back|it\s+quits|himself|herself|itself|themselves|ourselves|myself)\b)(?:(?!(?:told|tells|said|says|asked|wrote|added)\s)[^\s"“”‘’.,;:!?]+\s+){1,12}?["“‘](?!\p{Lu}\p{Ll}*(?:\s+\p{Lu}|["”’]))/u;

// The naming verb's object and name with no quotation marks: a definite noun (s57: a capitalised word may stand before
// it, "the French draft"), then "a"/"an" and no word of time.
const NAMING_OBJECT_UNQUOTED =
  /^\s+(?:the|this|that|these|those|its|their|his|her)\s+(?:\p{L}[\p{Ll}-]*\s+){0,2}?\p{Ll}[\p{Ll}-]*\s+(?:a|an)\s+(?!(?:day|week|month|year|few|couple|second|third|time|number|moment|minute|hour|bit|lot|little)\b)\p{Ll}/u;

// After "described": its object (up to eight words: none in a relative clause "which X described as"; no quotation, no
// clause break), then "as" (not "as well as", "as soon as": no judgement follows).
const DESCRIBED_AS = /^\s+(?:(?!as\s)[^\s"“”.,;:!?]+\s+){0,8}?as\s(?!(?:well|soon|long|far|much|many)\s+as\b)/u;

// After "asked": whom (at most five words, no clause break), then "whether" or "if".
const ASKED_WHETHER = /^\s+(?:[^\s"“”.,;:!?]+\s+){0,5}?(?:whether|if)\s/u;

// After "asked": whom (one to six words, no clause break, not "for" or "about" a thing), then "to" and a verb: a request
// made of someone ("asked the guilds to collect blankets", "She asked every household on the estate to give what it could"),
// not "asked not to be named" nor "asked to speak" (no one asked). Not a request made of a person by pronoun ("asked
// me to tell you", "asked him not to call") or by name ("asked Maria Roe to hold talks"): on dev mostly a relative's or
// a narrator's story, or an errand between two parties, not a stance.
const ASKED_TO =
  /^\s+(?!(?:not|for|about|after|that|me|us|him|her|them|you)\b|\p{Lu})(?:[^\s"“”.,;:!?]+\s+){1,6}?to\s+(?!be\s+(?:named|identified|quoted)\b)\p{Ll}{2,}/u;

// (s34) After the participle "asking": whom (a name too), then "to" and a verb, as ASKED_TO.
const ASKING_TO =
  /^\s+(?!(?:not|for|about|after|that|me|us|him|her|them|you)\b)(?:[^\s"“”.,;:!?]+\s+){1,6}?to\s+(?!be\s+(?:named|identified|quoted)\b)\p{Ll}{2,}/u;

// A plural noun or a name right before a present-tense verb of position ("diplomats expect", "Norland and Sweden hope").
const PLURAL_OR_NAME_BEFORE = /(?:\b\p{Ll}{3,}s|\b\p{Lu}[\p{L}.'’-]+)\s+$/u;
// (s47) A subject that no "Does"/"Do"/"Did" asks about, at most five words back ("Does the Secretary-General think").
const NOT_ASKED = (subject: RegExp) =>
  new RegExp(String.raw`(?<!\b(?:[Dd]oes|[Dd]o|[Dd]id)\s+(?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]*)(?:${subject.source})`, 'u');
// Not the subject's own intent ("hope to put it to a vote", "expects to see the minister"): a plan, not a position.
const NOT_OWN_INTENT = /^(?!\s+to\s)/u;
// A singular subject right before "expects"/"hopes"/"regrets": a name or a noun after "the" ("The ministry regrets").
const SINGULAR_SUBJECT_BEFORE = /(?:\b\p{Lu}[\p{L}.'’-]+|\b(?:the|The)\s+\p{Ll}+|\b(?:he|she|it))\s+$/u;

// After "welcomed": people taken in, counted ("has welcomed more than 9,000 refugees since 2015"): resettlement, a
// doing, not a welcome given to a decision (figure-counted.ts reads the count).
export const PEOPLE_TAKEN_IN = String.raw`\s+(?:(?:more|fewer)\s+than\s+|some\s+|about\s+|around\s+|over\s+|nearly\s+|almost\s+|at\s+least\s+|up\s+to\s+)?(?:\d|(?:hundreds|thousands|tens\s+of\s+thousands|dozens)\s+of\b)`;

// (s63) A statement its subject issued, with a day or a place after it, right before a participle ("issued a statement on
// Saturday morning saying", "put out a statement asking for").
export const ISSUED_STATEMENT_BEFORE =
  /\s(?:issued|issues|put\s+out|puts\s+out|released|releases|published|publishes|sent\s+out)\s+(?:a|an|its|his|her|their)\s+(?:(?:short|brief|joint|written|formal|separate|new)\s+)?(?:statement|communiqu[eé]|declaration|press\s+release)\b(?:\s+(?:on|late\s+on|early\s+on|in|from|last|this|that|overnight)\b[^,;:.!?"“”]{0,40})?\s*$/u;

// (s66) A document from its issuer right before a participle, past an aside of when it was issued ("read out a statement
// from the defence ministry, issued on Thursday, saying", "cited a letter from the council saying"): group 1 the issuer.
export const DOCUMENT_FROM_BEFORE =
  /\b(?:a|an|the)\s+(?:(?:short|brief|joint|written|formal|separate|new)\s+)?(?:statement|communiqu[eé]|declaration|press\s+release|letter)\s+(?:from|by)\s+((?:the\s+)?[^,;:.!?"“”()]{2,60}?)(?:\s*,\s*(?:issued|released|published|sent|dated|put\s+out)\s[^,;:.!?"“”()]{1,40},)?\s*$/u;

// (s68) A court or its judge right before a verb of finding: "The Board", "the court's 8th chamber", "Judge Roe", "First-tier
// Tribunal Judge Roe", "the judges".
const COURT_BEFORE =
  /\b(?:[Cc]ourt|[Tt]ribunal|[Bb]oard|chamber|[Pp]anel|[Jj]udges?|[Jj]ustices?|[Bb]ench)(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+$/u;

const ENTRIES: Entry[] = [
  { lemma: 'say', forms: 'say|says|said', participles: 'saying', complement: 'any' },
  { lemma: 'tell', forms: 'tell|tells|told', participles: 'telling', complement: 'that' },
  // (s54) A document's words as its text gives them: "\"...,\" the statement read.", "the letter reads".
  {
    lemma: 'read',
    forms: 'read|reads',
    complement: 'any',
    after: /\b(?:statement|letter|message|communiqu[eé]|note|declaration|release|post|tweet|placard|banner|sign)\s+$/iu,
    // Not the participle of "a statement read by his spokesman", "read out", "read aloud".
    next: /^(?!\s+(?:by|out|aloud|to)\b)/u,
  },
  { lemma: 'add', forms: 'adds|added', participles: 'adding', complement: 'that' },
  { lemma: 'note', forms: 'note|notes|noted', participles: 'noting', complement: 'that' },
  // "The statement disclosed that the state would give ...", "affirmed that Norland stood with ...", "the minister
  // disclosed that talks had begun": made known in words. (s61) "reaffirmed that \"there is no military solution\"".
  {
    lemma: 'reveal',
    forms: 'reveals|revealed|discloses|disclosed|affirms|affirmed|reaffirms|reaffirmed',
    participles: 'revealing|disclosing|affirming|reaffirming',
    complement: 'that',
  },
  { lemma: 'point out', forms: 'points out|pointed out', participles: 'pointing out', complement: 'that' },
  { lemma: 'state', forms: 'stated', complement: 'that' },
  { lemma: 'report', forms: 'report|reported', participles: 'reporting', complement: 'that' },
  // "Haddad reports that ...", "Our correspondent, X, reports that": the present only right after a name, a pronoun
  // or an apposition's comma; after a common noun it is mostly the plural noun ("state media reports that").
  { lemma: 'report', forms: 'reports', complement: 'that', after: /(?:\p{Lu}[\p{L}.'’-]*|,|\b(?:he|she|it|they|who))\s+$/u },
  { lemma: 'explain', forms: 'explains|explained', participles: 'explaining', complement: 'that' },
  { lemma: 'claim', forms: 'claim|claims|claimed', participles: 'claiming', complement: 'that' },
  // (s70) Not the noun of a count given as its owner's ("by UN estimates, as many as ..."): OWNED_COUNT's "by".
  { lemma: 'estimate', forms: 'estimate|estimates|estimated', complement: 'any', after: NOT_BY_OWNER },
  // (s53) A body's standing count, in the present, a number right after: "The Aleppo health directorate counts at least
  // 104 people killed", "counts about 30 doctors in the east" (not "counts for little", "counted the bodies").
  {
    lemma: 'count',
    forms: 'counts',
    complement: 'any',
    next: new RegExp(
      String.raw`^\s+(?:(?:at\s+least|about|some|around|roughly|nearly|almost|more\s+than|over|fewer\s+than|only|just)\s+)?(?:\d[\d,.]*|${Object.keys(UNITS).join('|')}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds|thousands|dozens|scores)\b`,
      'u',
    ),
  },
  // (s44) "put the number still waiting to leave at between 10,000 and 15,000", "at somewhere between", "put the
  // figure closer to 50,000"; (s63) "put the figure at anywhere from 30,000 to 50,000".
  // "The ICRC puts the total evacuated at about 35,000", "put the death toll at 40": a count given in words; (s37) a
  // count in words or quoted too ("put the number of wounded needing evacuation at \"several hundred.\"").
  {
    lemma: 'put',
    forms:
      '(?:puts|put)(?= (?:the|its|their) (?:[\\p{L}\'’-]+ ){0,2}?(?:toll|total|number|figure|count|population)\\b[^.;]{0,90}?\\b(?:at|closer to|nearer|nearer to) ["“]?(?:somewhere |anywhere )?(?:about |around |some |roughly |nearly |almost |more than |at least |over |up to |as many as |no more than |fewer than |less than |between |from )?(?:[\\p{N}]|(?:several|a few|a (?:dozen|hundred|thousand|million)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|hundreds|thousands|tens|scores)\\b))',
    complement: 'any',
  },
  { lemma: 'predict', forms: 'predicts|predicted', complement: 'that' },
  // (s49) Not the announcement a clause of time is counted from ("have been killed since government forces announced a
  // new offensive on September 22, according to ..."): a happening's start, not a remark.
  {
    lemma: 'announce',
    forms: 'announce|announces|announced',
    participles: 'announcing',
    complement: 'any',
    after: /^(?![\s\S]*\b(?:since|until|ever since)\s+(?:[\p{L}'’.-]+\s+){1,4}$)/u,
  },
  { lemma: 'warn', forms: 'warn|warns|warned', participles: 'warning', complement: 'any' },
  { lemma: 'urge', forms: 'urge|urges|urged', participles: 'urging', complement: 'any' },
  // (s42) A time between the verb and its particle: "called the same day for an emergency meeting", "called again for".
  {
    lemma: 'call',
    // (s43) "called that evening for", "called at the session for", "called last night for", "called on Monday for".
    forms: String.raw`(?:call|calls|called) (?:(?:again|also|later|then|today|tonight|yesterday|the same day|that day|that (?:morning|afternoon|evening|night)|last night|(?:late |early )?on \p{Lu}\p{Ll}+day(?: (?:morning|afternoon|evening|night))?|on the same day|last week|this week|at the (?:session|meeting|summit|rally|vigil|debate|conference)) )?(?:on|upon|for)`,
    participles: 'calling (?:on|upon|for)',
    complement: 'any',
  },
  // (s57) "demanding" is a participle, read as a participle clause is ("a resolution drafted by Canada demanding an
  // immediate ceasefire" is the resolution's demand, not Canada's speech); "accusing" read so lost two speakers on dev
  // ("X, has just addressed the Council, accusing ..."), and stays a finite form.
  { lemma: 'demand', forms: 'demand|demands|demanded', participles: 'demanding', complement: 'any' },
  { lemma: 'insist', forms: 'insist|insists|insisted', participles: 'insisting', complement: 'any' },
  { lemma: 'accuse', forms: 'accuse|accuses|accused|accusing', complement: 'any' },
  { lemma: 'express', forms: `(?:express|expresses|expressed) ${EXPRESSED}`, complement: 'any' },
  { lemma: 'confirm', forms: 'confirm|confirms|confirmed', participles: 'confirming', complement: 'any' },
  { lemma: 'argue', forms: 'argue|argues|argued', participles: 'arguing', complement: 'any' },
  { lemma: 'stress', forms: 'stresses|stressed', participles: 'stressing', complement: 'any' },
  { lemma: 'deny', forms: 'deny|denies|denied', participles: 'denying', complement: 'any' },
  { lemma: 'acknowledge', forms: 'acknowledges|acknowledged|admits|admitted', complement: 'any' },
  { lemma: 'declare', forms: 'declares|declared', complement: 'any' },
  { lemma: 'condemn', forms: 'condemn|condemns|condemned', complement: 'any' },
  { lemma: 'denounce', forms: 'denounce|denounces|denounced', complement: 'any' },
  { lemma: 'criticize', forms: 'criticizes|criticized|criticises|criticised', complement: 'any' },
  { lemma: 'welcome', forms: 'welcomes|welcomed', complement: 'any', next: new RegExp(`^(?!${PEOPLE_TAKEN_IN})`, 'u') },
  { lemma: 'reiterate', forms: 'reiterates|reiterated', complement: 'any' },
  // "The ministry, for its part, repeated that ...": said again (the noun "a repeat" takes no "that").
  { lemma: 'repeat', forms: 'repeats|repeated', complement: 'that' },
  // "Damascus thanked its ally for standing firm": a remark made to someone, as "urged" is.
  { lemma: 'thank', forms: 'thanked', complement: 'any' },
  // "Turkey blamed the government for the breakdown", "Moscow blames the rebels who refused to let the buses pass",
  // "blaming the West for having politicised the crisis": an accusation, as "accused X of" is. (Tried in s8: one wrong
  // record on a held-out set and one gained on dev; in s11 seven dev misses had it.)
  { lemma: 'blame', forms: 'blame|blames|blamed', participles: 'blaming', complement: 'any' },
  // "The United Nations believes that could be as many as 50,000": a body's stated estimate, as "estimates" is.
  { lemma: 'believe', forms: 'believe|believes|believed', complement: 'any' },
  // (s59) "East Aleppo, where the UN reckons some 275,000 people are trapped": an estimate as "estimates" gives one.
  { lemma: 'estimate', forms: 'reckons|reckoned', complement: 'any' },
  // A position stated in the present by a group or a named body: "diplomats in New York expect a vote on Friday",
  // "French officials hope the council will vote on Sunday", "The agency regrets that the talks failed", "Most
  // analysts expect the siege to end". Present tense only, and only after a plural noun or a name (not "the expected
  // vote", "hopes faded", "I hope" inside a quotation is the quotation's).
  { lemma: 'expect', forms: 'expect|hope', complement: 'any', after: PLURAL_OR_NAME_BEFORE, next: NOT_OWN_INTENT },
  { lemma: 'expect', forms: 'expects|hopes|regrets', complement: 'any', after: SINGULAR_SUBJECT_BEFORE, next: NOT_OWN_INTENT },
  // (s47) An estimate held against another's, in the present: "although some aid groups think the figure is closer to
  // 60,000" (as "believe" is; not "thought", a noun as often as a verb).
  // Not a question's "Does the Secretary-General think ...?".
  { lemma: 'think', forms: 'think', complement: 'any', after: NOT_ASKED(PLURAL_OR_NAME_BEFORE), next: NOT_OWN_INTENT },
  { lemma: 'think', forms: 'thinks', complement: 'any', after: SINGULAR_SUBJECT_BEFORE, next: NOT_OWN_INTENT },
  // (s44) And as a participle after the clause of its subject ("took the oath of office yesterday, promising the General
  // Assembly that the search for peace would be \"the priority of my mandate\"").
  { lemma: 'vow', forms: 'vows|vowed|pledges|pledged|promises|promised', complement: 'any' },
  // (Not "quoted a senior army officer as promising that ...": the one quoted is the speaker, not the paper.)
  { lemma: 'vow', forms: '(?!)', participles: 'vowing|pledging|promising', complement: 'any', after: /,\s*$/u },
  { lemma: 'threaten', forms: 'threatens|threatened', complement: 'any' },
  // "offered on Thursday to escort the fighters out": an offer made in words (not "an amnesty offered by").
  { lemma: 'offer', forms: 'offers|offered', complement: 'to' },
  { lemma: 'appeal', forms: '(?:appeal|appeals|appealed) (?:to|for)', participles: 'appealing (?:to|for)', complement: 'any' },
  // A question put as a challenge is the asker's remark: "The Greens leader asked whether Australia had done enough",
  // "Power asked her counterparts whether they felt any shame", "She asks if anyone is listening" (its object at most
  // five words, then "whether" or "if"). Before "ask" below: the longer reading wins.
  { lemma: 'ask whether', forms: 'asks|asked', complement: 'any', next: ASKED_WHETHER },
  // A request is its asker's remark as "urged X to" is: "The guild has asked its members to remember the victims",
  // "She asked the authorities to help the family" (before "ask" below: the longer reading wins).
  { lemma: 'ask to', forms: 'asks|asked', complement: 'any', next: ASKED_TO },
  // (s34) "wrote to the minister on Tuesday asking Norland to co-sponsor the text": the participle gives a request,
  // made of a state or a body by name too (going on with its clause's subject, statement-extractor.ts).
  { lemma: 'ask to', forms: '(?!)', participles: 'asking', complement: 'any', next: ASKING_TO },
  // Verbs that mostly attribute quotations ("Power asked", "he replied"); reported without quotes they need "that".
  // (s32) Not a source's wish to stay unnamed: "an aide, who asked not to be identified, said ...", "asked that her name
  // be withheld", "asked to remain anonymous" (the relative clause's verb is no attribution; the verb after it is).
  { lemma: 'ask', forms: 'asks|asked', complement: 'that', next: NOT_ANONYMITY },
  {
    lemma: 'reply',
    // (s64) And "fired back that Norland was putting on \"a show\"" (a retort, as "shot back" is; "fired back on Sunday."
    // with no "that" reports nothing by itself).
    forms: 'replies|replied|responds|responded|retorted|countered|shot back|hit back|fired back|fires back|answers|answered',
    // (s65) And its participles: "Maria Roe is seen telling the council ..., and Omar Roe answering that the draft was
    // “a trick”".
    participles: 'replying|responding|retorting|countering|answering',
    complement: 'that',
  },
  // "X reminded the Council that ...", "..., the relief chief reminded the Council.": told, with whom it was told to
  // (not "reminded her of the wars": a reminder of a thing is the remark of the verb before it).
  {
    lemma: 'remind',
    forms: 'reminds|reminded|assures|assured|informs|informed',
    complement: 'that',
    next: /^\s+(?:(?:[\p{L}.'’-]+\s+){1,5}?that\s|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*[.,])/u,
  },
  {
    lemma: 'write',
    forms: 'writes|wrote|written|tweeted|posted|texted|messaged|emailed|e-mailed',
    participles: 'writing',
    complement: 'that',
    // (s46) Not "are writing down the names of new arrivals", "wrote off the debt": a record kept, no remark.
    next: /^(?!\s+(?:down|off)\b)/u,
  },
  // "..., asking for the evacuation of the wounded": a request going on with the clause before (the finite "asked
  // for" is left out: "the civilians asked for a corridor" is mostly what was reported, not a speaker's words).
  { lemma: 'ask for', forms: '(?!)', participles: 'asking for', complement: 'any' },
  // "X spoke of crimes that would have to be answered for": a remark given by what it was about.
  // (s50) "As Samantha Power put it on December 5, minutes after ...: “History will ask ...”", "as UNA-UK put it in a
  // statement that evening: “...”": the quotation its colon hands on is the subject's.
  { lemma: 'put it', forms: 'puts it|put it', complement: 'quote', next: /^[^"“”.;:]{0,140}:\s*["“]/u },
  // (s50) With when or where between: "spoke that day of", "spoke in the same session of".
  {
    lemma: 'speak of',
    forms:
      '(?:speaks|spoke)(?:\\s+(?:that day|then|later|again|today|yesterday|earlier|in (?:the|a|an|his|her|its|their) (?:[\\p{L}-]+\\s+){0,2}?(?:session|debate|meeting|chamber|speech|statement|interview|address|briefing|council|assembly)))?\\s+of',
    complement: 'any',
  },
  { lemma: 'continue', forms: 'continued|went on', complement: 'that' },
  { lemma: 'recall', forms: 'recalls|recalled|recounted', complement: 'that' },
  // (s49) And a judgement or a reading given with its "that": "deplored that the sponsors had pushed the text to a vote",
  // "OCHA indicated on Sunday that ...", "regretted that".
  {
    lemma: 'conclude',
    forms: 'concluded|cautioned|observed|remarked|lamented|complained|conceded|suggested|wondered|deplored|regretted|indicated|underlined',
    complement: 'that',
  },
  // (s70) An objection and a doubt given with their "that": "Russia objected that the text could let fighters slip out",
  // "Its columnist doubts that observers will change much": "doubts" after a name or a singular subject ("There are
  // doubts that" is a noun); not the bare "doubt", mostly a noun ("no doubt that", "little doubt that").
  { lemma: 'object', forms: 'objects|objected', participles: 'objecting', complement: 'that', next: /^\s+that\s/u },
  { lemma: 'doubt', forms: 'doubted', complement: 'that' },
  { lemma: 'doubt', forms: 'doubts', complement: 'that', after: NOT_ASKED(SINGULAR_SUBJECT_BEFORE) },
  // (s25) The other verbs of judging that give their judgement after "as", as "described ... as" does: "rejected the
  // text as an attempt to rescue the gunmen", "branded the raid as a crime". Not "regarded X as": a state of mind mostly
  // passed on inside a spokesperson's words ("said the minister regarded the outcome as ..."), whose record it would take;
  // nor "dismissed X as", whose woven quotation stays a fragment of its own (below).
  {
    lemma: 'describe',
    forms: 'rejects|rejected|brands|branded|characterises|characterised|characterizes|characterized',
    participles: 'rejecting|branding|characterising|characterizing',
    complement: 'any',
    next: DESCRIBED_AS,
  },
  // A party's case as a court or an inquiry reports it: "Counsel submitted that the tribunal had erred", "The
  // respondent accepted that the situation had deteriorated", "He contended, however, that", "submitted at the
  // hearing that"; only with its "that" ("the rebels had accepted the plan" is a doing).
  {
    lemma: 'submit',
    forms: 'submits|submitted|contends|contended|accepts|accepted',
    complement: 'that',
    next: /^(?:\s*,[^,.;:"“”]{1,40},|\s+(?:at|before|in|on|during)(?:\s+[\p{L}'’-]+){1,4}?)?\s+that\s/u,
  },
  // (s53) A plea with what or whom it is for: "pleaded for help", "pleaded with the world to act" (an appeal, as
  // "appealed for" is).
  { lemma: 'plead', forms: '(?:plead|pleads|pleaded|pled) (?:for|with)', participles: 'pleading (?:for|with)', complement: 'any' },
  // (s37) Verbs of how words were said, standing beside a quotation ("“Stop the bombing,” Lena Roe pleaded.", "“We
  // knew,” he conceded."): the quotation's words are the subject's, as after "said".
  {
    lemma: 'plead',
    forms:
      'pleads|pleaded|pled|begged|sighed|shouted|whispered|joked|conceded|admitted|lamented|complained|protested|recounted|wondered|exclaimed|confided',
    complement: 'quote',
  },
  // (s38) A speech's order, told by its first or last words: "Professor X opened by arguing that ...", "She began by
  // recalling that", "closed by urging the Council to act" (a seminar report's, a conference write-up's reported
  // speech): the participle's remark, made by the subject of "opened".
  {
    lemma: 'open by',
    forms:
      '(?:opens|opened|begins|began|starts|started|closes|closed|ends|ended|concludes|concluded|finished) by (?:arguing|saying|noting|warning|stressing|insisting|urging|recalling|pointing out|calling (?:on|upon|for)|appealing (?:to|for)|describing|asking)',
    complement: 'any',
  },
  // (s39) Words a colon hands on after "spoke to" and whom ("spoke to Masri through the window: “We leave our dead
  // here ...”", "talked to reporters at the crossing: “...”"): the quotation is the subject's, as after "said:".
  // (s63) The same after "addressed" and the body or the people addressed ("was the bluntest when he addressed the
  // council: “We are not going to pretend ...”", unseen "addressed the crowd outside the embassy: “...”").
  {
    lemma: 'speak to',
    forms: '(?:speaks|spoke|talks|talked) (?:to|with)|addressed|addresses|addressing',
    complement: 'quote',
    next: /^\s+[^:;"“”.!?]{1,60}:\s*["“]/u,
  },
  // (s37) A motion put in a council or a house: "moved that the council donate $1,500" (its words, a remark).
  { lemma: 'move', forms: 'moves|moved', complement: 'that', next: /^\s+that\s/u },
  // (s68) A court's finding, by a court, tribunal, board, chamber or judge right before the verb: "The Board found that
  // they would face persecution", "Judge Roe found that \"the home area is not the whole city\"", "the court's 8th
  // chamber held that", "the tribunal ruled that" (a judgment's words; not "researchers found that", "police found").
  {
    lemma: 'hold',
    forms: 'held|holds|found|finds|ruled|rules',
    complement: 'that',
    after: COURT_BEFORE,
    next: /^\s+that\s/u,
  },
  // (s37) A view held and said: "He maintained that ...", "asserted that", "was of the view that" (the South Asian
  // press's "expressing his views, X ... He was of the view that").
  {
    lemma: 'maintain',
    forms:
      'maintains|maintained|asserts|asserted|opines|opined|emphasises|emphasised|emphasizes|emphasized|(?:was|is|were|are) of the (?:view|opinion)',
    participles: 'maintaining|asserting|emphasising|emphasizing',
    complement: 'that',
  },
  // (s64) "dismissed X as" and a judgement with no quotation marks before the sentence ends, read as "rejected ... as"
  // is ("Rebel groups have dismissed the corridors as a prelude to a renewed offensive", "dismissed the text as a
  // political manoeuvre"): the speaker's judgement in the writer's words. With a quotation in it ("dismissed the draft
  // as a “one-sided” text") the woven quotation stays the record (the quoting form below, which a verb found by both
  // would keep had it come first).
  {
    lemma: 'describe',
    forms: 'dismisses|dismissed',
    participles: 'dismissing',
    complement: 'any',
    next: new RegExp(`${DESCRIBED_AS.source}[^"“”.;!?]*[.;!?]`, 'u'),
  },
  // Verbs that weave a quoted word into the writer's sentence ("dismissing the claims as “lies.”").
  { lemma: 'dismiss', forms: 'dismiss|dismisses|dismissed', participles: 'dismissing', complement: 'quote' },
  // "an attack which the ministry described as a deliberate strike", "Witnesses describe the shelling as the heaviest
  // of the war", "She described the pause as a trick": a judgement given in the speaker's words with no quotation
  // marks, as "dismissed ... as" is (a description without "as", "residents described a night of shelling", was
  // tried in s11: half its records on unseen articles were wrong).
  { lemma: 'describe', forms: 'describe|describes|described', participles: 'describing', complement: 'any', next: DESCRIBED_AS },
  // (s54) A telling of what happened: "described how staff carried patients on blankets to the buses".
  // (s58) Past how it was given ("described by telephone how", "described to reporters how").
  {
    lemma: 'describe',
    forms: 'describes|described',
    participles: 'describing',
    complement: 'any',
    next: /^\s+(?:(?:by|on|over)\s+(?:the\s+)?(?:telephone|phone|video(?:\s+link)?|message|text|radio)\s+|to\s+(?:me|us|him|her|them|reporters|journalists)\s+)?(?:how|what)\s/u,
  },
  { lemma: 'describe', forms: 'describe|describes|described', participles: 'describing', complement: 'quote' },
  // The naming verb: "called the veto “a disgrace”", "calling the plan “a trap for civilians”", "calls the report
  // “one-sided and false”" weave the speaker's own words into the writer's sentence as the name they gave something.
  // Its object is one to seven words, then the quotation (which is no title: not a capitalised word alone or before
  // another capitalised word; not "called on/upon/for/off/in/up/out/back", "called it quits" or a reflexive).
  {
    lemma: 'name',
    forms: 'calls|called',
    participles: 'calling',
    complement: 'quote',
    next: NAMING_OBJECT,
  },
  // (s44) ... and with no quotation marks, its object a definite noun of one to three words and the name a noun phrase
  // after "a"/"an" ("Russian Foreign Ministry spokeswoman Maria Zakharova called the killing a terrorist attack",
  // "Vladimir Putin called the killing a provocation aimed at derailing ..."): not a telephone call ("called the
  // hospital a day later", "a second time").
  { lemma: 'name', forms: 'calls|called', participles: 'calling', complement: 'any', next: NAMING_OBJECT_UNQUOTED },
  // (s58) ... and in a relative whose object is "what", the name quoted right after the verb ("rejected what he called
  // “attempts to read into our vote more than it contains”", "denounced what they termed “a massacre”").
  {
    lemma: 'name',
    forms: 'called|termed|described as',
    complement: 'quote',
    after: /\bwhat\s+(?:he|she|they|it|\p{Lu}[\p{L}'’-]+)\s+$/u,
    next: /^\s+["“‘](?!\p{Lu}\p{Ll}*(?:\s+\p{Lu}|["”’]))/u,
  },
  // (s34) ... and in a relative clause, its object the noun the clause hangs on ("the pause, which Ana Roe called “a
  // trick”", unseen "the vote, which the ministry called “premature”"): the quotation follows the verb at once. Not
  // "what she called “...”", nor a pronoun's: the words of a speaker already reported, inside that remark. Not the
  // clause with no "which" ("a vote Norland's foreign minister called “...”"): its subject is read with the noun
  // before it, and an office's possessive then gave the state, not the minister the article names.
  {
    lemma: 'name',
    forms: 'calls|called',
    participles: 'calling',
    complement: 'quote',
    after: /,\s*which\s+(?!(?:he|she|they|it|we|I|you)\s)(?:[^\s"“”.,;:!?]+\s+){1,4}$/u,
    next: /^\s+["“‘](?!\p{Lu}\p{Ll}*(?:\s+\p{Lu}|["”’]))/u,
  },
  { lemma: 'according to', forms: 'according to', complement: 'any', speakerAfter: true },
  // "In her words, the fund "will not wait for New York".", "In the words of Jo Roe, ...": a sentence opening on whose
  // words follow reports them as "according to" does (the pronoun is the speaker just named). Not mid-sentence ("while,
  // in her words, ..."): an aside inside a remark already reported; nor before a colon ("In his words: “...”"), which
  // hands on the quotation whole (statement-extractor.ts, SPEECH_NOUN).
  {
    lemma: 'according to',
    forms: 'in',
    complement: 'any',
    speakerAfter: true,
    after: /(?:^|[.!?]["”’]?\s+|\n)$/u,
    next: /^\s+(?:(?:his|her)\s+(?:own\s+)?words|the\s+words\s+of\s+(?:the\s+)?\p{Lu}[^,;:"“”]{0,60}),/u,
  },
  // (s62) Or set off after the relative pronoun of the clause it attributes: "a text which, in the words of the
  // Venezuelan delegation, sought to "give oxygen" to the terrorist groups".
  {
    lemma: 'according to',
    forms: 'in',
    complement: 'any',
    speakerAfter: true,
    after: /\b(?:which|that),\s*$/u,
    next: /^\s+the\s+words\s+of\s+(?:the\s+)?\p{L}[^,;:"“”]{0,60},/u,
  },
  // (s49) A count or an estimate given as its owner's, opening the sentence: "By his count, around 900 ... belong to it",
  // "By his estimate there are as many as 8,000", "By the count of the International Committee of the Red Cross, some
  // 34,000 people have been taken out": what follows is reported as "according to" reports it. (s69) "By its count,",
  // and an owner's possessive closed by a comma: "By the Red Cross's count, some 34,000 people had left".
  // (s70) Or an owner named before the noun, no possessive ("By UN estimates, as many as 40,000 ...", "by Red Cross
  // figures"), and set off by commas inside the sentence: "leaving, by UN estimates, as many as 40,000 people waiting".
  {
    lemma: 'according to',
    forms: '[Bb]y',
    complement: 'any',
    speakerAfter: true,
    after: /(?:^|[.!?]["”’]?\s+|\n)$/u,
    next: OWNED_COUNT,
  },
  { lemma: 'according to', forms: 'by', complement: 'any', speakerAfter: true, after: /,\s*$/u, next: OWNED_COUNT },
  // (s70) The same count or estimate set inside the sentence or closing it: "People who, by the defence ministry's
  // count, left through the corridors", "leaving, by UN estimates, as many as 40,000 people in the cold", "where
  // 275,000 people were trapped, by the UN's count.", "remain by UN estimates, ...". An owner's possessive, or a
  // capitalised owner before "estimates"/"figures", then the end of the phrase (a comma, a dash, the full stop).
  {
    lemma: 'according to',
    forms: 'by',
    complement: 'any',
    speakerAfter: true,
    after: /(?:[,–—]|\p{L})\s*$/u,
    next: /^\s+(?:(?:his|her|its|their)\s+(?:own\s+)?(?:count|estimate|tally|reckoning)|(?:the\s+)?(?:[\p{L}.-]+\s+){0,4}?[\p{L}.-]+['’]s?\s+(?:own\s+)?(?:count|estimate|tally|reckoning)|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}\s+(?:estimates|figures))(?=\s*(?:[,.;)–—]|$))/u,
  },
  // (s33) A translation's "so" after a closing quotation, the German and Dutch attribution with no verb ("„...“, so der
  // Minister", "..., aldus de minister" rendered word for word): `"The bridge reopens in May", so the Mayor.`, naming the
  // speaker in the words up to the sentence's end.
  {
    lemma: 'say',
    forms: 'so',
    complement: 'any',
    speakerAfter: true,
    after: /["”»],\s*$/u,
    next: /^\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,5}?[.!?](?:\s|$)/u,
  },
];

/**
 * The finite forms of the plainest verbs of saying, for a rule that only asks whether some words hold an attribution
 * ("..., officials said on Monday", "X told reporters", "she added") without reading the verb's complement: one home
 * for the list other extractors (event-extractor.ts's attribution tests) used to write inline.
 */
export const SAYING_VERB_FORMS = 'said|says|told|tells|added|insisted|argued|declared|stated|wrote';
/** A word of SAYING_VERB_FORMS anywhere in a string. */
export const SAYING_VERB = new RegExp(`\\b(?:${SAYING_VERB_FORMS})\\b`, 'u');

/**
 * The words before a place that make it where a remark was made, not what the remark is about: a verb of saying or
 * the press occasion, then "in", "from" or "at" ("told reporters in Geneva", "told a briefing in Geneva", "said in
 * Geneva", "speaking from Gaziantep", "At a news conference in Moscow"). Tested on the text up to the place's name.
 */
const SPOKEN_FROM = String.raw`\b(?:(?:${SAYING_VERB_FORMS}|announced|speaking|spoke)(?: (?!that\b)[\p{L}'’-]+){0,3}|briefing|(?:news|press) conference|interview)\s+(?:in|from|at)\s+(?:the\s+)?`;
export const SPOKEN_FROM_BEFORE = new RegExp(`${SPOKEN_FROM}$`, 'iu');
const SPOKEN_FROM_ALL = new RegExp(SPOKEN_FROM, 'giu');
/**
 * The name of the place a sentence says a remark was made at (SPOKEN_FROM_BEFORE, then capitalised words: "told
 * reporters in Prishtina" gives "Prishtina"), known to the gazetteer or not; null where it says none.
 */
export function spokenFromName(sentence: string): string | null {
  for (const lead of sentence.matchAll(SPOKEN_FROM_ALL)) {
    const name = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u.exec(sentence.slice(lead.index + lead[0].length));
    if (name) return name[0];
  }
  return null;
}

// (s27) A message that carries someone's words (a voice note, a letter, an email), and a sentence that opens inside one
// told of before: "In it she says", "In the voice note he says", "In her letter, she writes". The sender is the one
// named after "by" where the message was told of ("a voice message sent to him on Sunday by a nurse", "a letter
// written by Jo Roe"): speaker-resolution.ts gives the pronoun to the sender, statement-dates.ts the words the day the
// message was sent.
export const MESSAGE_NOUN = String.raw`(?:(?:voice|video|text|audio)\s+)?(?:message|note|letter|recording|e-?mail|clip)`;
// (s35) What one sends as a message, a bare "text" too ("sent me a text"): not in MESSAGE_NOUN, where "the text"
// mostly names a draft's wording.
export const SENT_MESSAGE_NOUN = `(?:${MESSAGE_NOUN}|text)`;
export const IN_THE_MESSAGE = String.raw`(?:In|On)\s+(?:it|(?:the|that|this|his|her|their)\s+${MESSAGE_NOUN})`;
export const MESSAGE_SENT_BY = String.raw`\b${MESSAGE_NOUN}\s+(?:sent|recorded|left|written)\b[^.;:!?"“”]{0,60}?\bby\s+`;

// The press's own nouns: "this newspaper", "our correspondent".
export const PRESS_NOUN =
  '(?:newspaper|paper|magazine|weekly|daily|broadcaster|reporter|correspondent|programme|program|station|channel|website|agency)';

/**
 * The outlet that publishes an article as its text names it, as regular-expression alternatives: each capitalised word
 * of the publisher's name but the generic ones ("the Luangwa", "The Isthmus" of "The Isthmus Ledger"). One home for
 * the rules that read a speaker talking to the paper (event-extractor.ts, statement-dates.ts).
 */
export const outletNames = (publisher: string | null): string[] =>
  (publisher ?? '')
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(w) && !/^(?:The|News|Daily|Times)$/u.test(w))
    .map((w) => `(?:[Tt]he )?${escapeRegExp(w)}`);

const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|your|these|those|such|whose)\s+$/iu;
const MESSAGE_KIND_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|your|this|that)\s+(?:voice|video|audio|text|handwritten|short|brief|last|first)\s+$/iu;

const compiled = ENTRIES.map((entry) => ({
  entry,
  finite: new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${entry.forms})(?![\\p{L}\\p{N}'’-])`, 'giu'),
  participle: entry.participles ? new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${entry.participles})(?![\\p{L}\\p{N}'’-])`, 'giu') : null,
}));

/** Speech verbs in text[region] that are not inside a quotation, in text order. */
// Verbs whose object is the one addressed, and an auxiliary of the passive right before one.
const ADDRESSED_FORMS = /^(?:asked|told|urged|warned|informed|advised|reminded|instructed|called on)$/u;
const PASSIVE_BEFORE = /\b(?:been|being|was|were|is|are|be|get|got|gets)\s+(?:\p{Ll}+ly\s+)?$/iu;

/**
 * (s70) The verbs found in a region, kept per article's list of quotations: the extractors ask about the same sentence
 * and paragraph many times (about twice each on average: the statement extractor, the dates, the speakers, the
 * detector), and each asking ran every entry's two patterns over it again. The function is pure, so an answer is
 * reused only for the same text, region and quotations (a new `[]` at each call is never reused); callers get a copy.
 */
const verbsFound = new WeakMap<Quotation[], { text: string; byRegion: Map<string, SpeechVerb[]> }>();

export function findSpeechVerbs(text: string, region: Span, quotations: Quotation[]): SpeechVerb[] {
  let kept = verbsFound.get(quotations);
  if (!kept || kept.text !== text) {
    kept = { text, byRegion: new Map() };
    verbsFound.set(quotations, kept);
  }
  const key = `${region.start}:${region.end}`;
  let verbs = kept.byRegion.get(key);
  if (!verbs) {
    verbs = scanSpeechVerbs(text, region, quotations);
    kept.byRegion.set(key, verbs);
  }
  return verbs.map((verb) => ({ ...verb }));
}

function scanSpeechVerbs(text: string, region: Span, quotations: Quotation[]): SpeechVerb[] {
  const slice = text.slice(region.start, region.end);
  const inQuote = (position: number) => insideAny(quotations, position);
  const verbs: SpeechVerb[] = [];
  for (const { entry, finite, participle } of compiled) {
    for (const [pattern, isParticiple] of [
      [finite, false],
      [participle, true],
    ] as const) {
      if (!pattern) continue;
      for (const match of slice.matchAll(pattern)) {
        const start = region.start + match.index;
        if (inQuote(start)) continue;
        // "its claims", "the calls for", "a warning": after a determiner the word is a noun.
        if (DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
        // "a voice note from", "her last note": a determiner and a word for how the message came, then the noun.
        if (MESSAGE_KIND_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
        // (s52) A verb's word capitalised between two capitalised words is a name's ("Senate Estimates Daily", a
        // newsletter's header).
        if (
          /^\p{Lu}/u.test(match[0]) &&
          /\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, start - 30), start)) &&
          /^\s+\p{Lu}/u.test(text.slice(start + match[0].length, start + match[0].length + 3))
        )
          continue;
        // (s41) "all imams had been asked \"to remember ...\"", "he was told that ...": the passive's subject is the one
        // addressed, not the speaker.
        // (A passive asking about something may be the occasion of the answer that follows: "was asked about Syria by
        // journalists on Tuesday. He said ...".)
        if (
          ADDRESSED_FORMS.test(match[0]) &&
          PASSIVE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) &&
          /^\s+(?:not\s+)?(?:to\b|that\b|["“])/u.test(text.slice(start + match[0].length, start + match[0].length + 8))
        )
          continue;
        if (entry.after && !entry.after.test(text.slice(Math.max(0, start - 40), start))) continue;
        if (entry.next && !entry.next.test(text.slice(start + match[0].length, start + match[0].length + 120))) continue;
        verbs.push({
          start,
          end: start + match[0].length,
          text: match[0],
          lemma: entry.lemma,
          participle: isParticiple,
          complement: entry.complement,
          speakerAfter: entry.speakerAfter === true,
        });
      }
    }
  }
  // A verb found twice by overlapping forms ("called on" and "call") keeps its longest reading.
  verbs.sort((a, b) => a.start - b.start || b.end - a.end);
  return verbs.filter((verb, index) => !verbs.slice(0, index).some((other) => other.start <= verb.start && verb.end <= other.end));
}
