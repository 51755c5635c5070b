/**
 * An issuer's own voice: an organisation's own release (a ministry's press release, an NGO's report launch, an
 * agency's statement) is its publisher speaking. The curation rules record the publisher, by its name, as the speaker
 * of each sentence in which it takes a position in its own voice ("We call on ...", "The Ministry notes that ...",
 * "Turkey has made it clear ...", "The organisation found that ..."); the sentences after one in the same paragraph
 * with no verb of their own go on with it; what it says it did (calls held, a camp set up) is no statement. A release
 * written as "we" gives its own words (`direct`); one that speaks of itself in the third person reports its
 * positions (`indirect`). All of it is dated by the release, unless a sentence puts its day before the verb.
 *
 * Which articles: the publisher (the metadata) must be an organisation by its name (a ministry, agency, office,
 * NGO, centre ...; never a news outlet: "News", "Times", "Monitor" ...), and the text must present itself as its
 * release ("Press Release", "For immediate release", "Notes to editors", "Contact:", or a lead in which the
 * publisher "today" speaks). A newspaper writing about an organisation, an editorial "we" or a columnist's "I" is no
 * issuer. A document a person signs in a public office (document-author.ts: a letter, a minister's op-ed, a speech
 * published as its text) speaks in his voice over the part he signs, dated by the document; the parts a letter
 * annexes or a publisher closes with are their organisations' releases. In any article an organisation publishes, a
 * statement the extractor gave to the publisher's bare head noun ("the Forum said", "the Ministry notes") is the
 * publisher's, under its full name.
 *
 * Who the voice is, per article: the signatories together where the text speaks as "We, the undersigned ..." or is
 * published on behalf of a list of signatories (a joint statement: `undersigned organisations`, a group, not the
 * publishing member); else the publishing organisation (a ministry's release, an NGO's report launch, an office's
 * briefing notes read by its spokesperson, whose header "Spokesperson for ...:" marks them as its release). Its
 * sentences are those whose subject is that voice ("We", "We, the signatories,", its name, "The UN human rights
 * office" in words of its own name) with a verb of saying, position or knowing ("We have received reports that", "we
 * documented the deaths of", "We are aware", "stands ready", "We ask only that"); a list after "We call on ...:" goes
 * on with the call; what "our colleagues" or "our partners" say is theirs (a group), not the issuer's.
 */
import type { ActorEntry, When } from '../seed/annotation-schema.js';
import { type ArticleAnalysis, isTitle } from './article-analysis.js';
import { dayHeadingsOver, describeDay, publicationWhen } from './date-expressions.js';
import { type AuthorSection, documentVoices, printedAddress, SPOKEN_FOR } from './document-author.js';
import type { ActorKind } from './proper-names.js';
import { isoStateCode, slugify, withoutPossessive } from './proper-names.js';
import type { Quotation } from './quotations.js';
import { isPersonSpeaker, type ProposedActor, type ResolvedSpeaker, type SpeakerResolver } from './speaker-resolution.js';
import { findSpeechVerbs, PEOPLE_TAKEN_IN, type SpeechVerb } from './speech-verbs.js';
import { type ExtractedStatement, speakerKey, speakerName } from './statement-extractor.js';
import {
  escapeRegExp,
  insideAny,
  nameAsWord,
  overlaps,
  type Segment,
  type Span,
  splitSentences,
  trimSpan,
  wordCount,
} from './text-segments.js';

// Words that name an organisation (the head of "Republic of Turkey Ministry of Foreign Affairs", "Tessera Rights
// Watch", "Orontes Health Coordination Forum") and words that name a news outlet ("Jingxin News Agency").
const ORGANISATION_NOUN =
  /\b(?:Ministry|Department|Office|Agency|Organi[sz]ation|Watch|Rights|Aid|Relief|Forum|Cent(?:re|er)|Institute|Collective|Foundation|Fund|Committee|Council|Commission|Programme|Program|Society|Federation|Alliance|Coalition|Mission|Presidency|Government|Embassy|Consulate|Secretariat|Red\s+Cross|Red\s+Crescent|Union|League|Association|Trust|Initiative|Campaign|Solidarity|Observatory|Children|Refugees|Project|Group|Nations|Defenders)\b/u;
// "International" ends an organisation's name ("Amnesty International") but is no noun it calls itself by (headNoun).
const ORGANISATION_WORD = new RegExp(`${ORGANISATION_NOUN.source}|\\bInternational\\b`, 'u');
const OUTLET_WORD =
  /\b(?:News|Newswire|Press|Wire|Times|Journal|Daily|Weekly|Review|Monitor|Post|Chronicle|Ledger|Radio|TV|Television|Digest|Courier|Observer|Tribune|Gazette|Herald|Zeitung|Record|Report|Portal|Magazine|Broadcasting|Broadcast|Media|Service|Dispatch|Bulletin|Standard|Telegraph|Mail|Express|Star|Sun|Globe|Inquirer|Examiner|Voice|Channel|Online|Network|Pulse|Live|Today|Week|Affairs\s+Review)\b/u;
const UN_NAME =
  /\b(?:United\s+Nations|UN|U\.N\.|UNICEF|UNHCR|OCHA|WFP|UNRWA|UNDP|World\s+Health\s+Organi[sz]ation|World\s+Food\s+Programme)\b/u;

// What presents a text as its issuer's own release: a label (a human-rights NGO's "Urgent Action" or "Urgent Appeal"
// too, the form in which it appeals for people at risk in its own name; an agency's "Fact Sheet", whose key messages
// are its own), a numbered release's header, a press office's colophon.
const RELEASE_LABEL =
  /\b(?:press|news|media)[\s-]+(?:release|statement)s?\b|\bfor\s+immediate\s+release\b|\bstatement\s+(?:by|of|from)\s+the\b|\bjoint\s+statement\b|\bbriefing\s+notes?\b|\burgent\s+(?:action|appeal)\b|\bfact\s*sheet\b|^(?:joint\s+)?statement\s+(?:on|by|of|from|attributable\s+to)\b|(?:^|\|)\s*(?:readouts?|communiqu[ée]s?|notes?\s+to\s+correspondents)(?:\s+of\b|\s*(?:\||$))/iu;
const COLOPHON =
  /^(?:notes?\s+(?:to|for)\s+editors|media\s+contacts?|press\s+contacts?|press\s+office|contacts?\s*:|for\s+(?:more|further)\s+information|media\s+(?:inquiries|enquiries)|#{3}\s*$|-*\s*ends\s*-*\s*$)/iu;

// Words between a subject and its verb: "We once again call on", "Turkey has made it clear", "We have been following".
// A negation belongs to the position it turns round ("I do not accept it", "Norland does not believe that").
const AUX = String.raw`(?:(?:also|once\s+again|again|further|strongly|firmly|deeply|fully|respectfully|therefore|today|now|still|thus|hereby|would\s+like\s+to|wish(?:es)?\s+to|wants?\s+to|continues?\s+to|ha(?:ve|s)\s+the\s+honou?r\s+to|am\s+writing\s+to|presents\s+its\s+compliments\s+to\s+[^,;.]{1,80}?\s+and|will|shall|would|has|have|had|been|is|are|was|were|must|(?:do|does|did)\s+not|cannot|not|never)\s+)`;
// An appeal for money ("calling for urgent support", "appealing for US$9.6 million") is a fundraising doing, not a
// position.
const MONEY = String.raw`\s+(?:[\p{L}-]+\s+){0,3}?(?:support|funds|funding|donations|contributions|help|assistance|money|resources|pledges|US\$|\$|£|€|\d[\d.,]*\s*(?:million|billion|bn|m)\b)`;
const FUNDRAISING = `(?!${MONEY})`;
const ASKS_FOR_MONEY = new RegExp(`^${MONEY}`, 'u');
// Verbs of knowing, as an issuer reports what it has learnt or established: "We have received reports that",
// "we documented the deaths of at least 139 civilians", "has documented attacks on", "We have verified that". What it
// did is no knowing.
const KNOWING = [
  String.raw`(?:receive|receives|received)\s+(?:[\p{L}-]+\s+){0,3}?(?:reports?|information|names|accounts|allegations|testimon(?:y|ies)|claims|evidence|confirmation)\b`,
  String.raw`(?:document|documents|documented|record|records|recorded|verify|verifies|verified|confirm|confirms|confirmed)(?=\s+(?:that|(?:the\s+)?(?:deaths?|killings?|names|cases?|use|attacks?|raids?|strikes?|arrests?|executions?|abuses|violations|destruction|detention|disappearance)|at\s+least|more\s+than|over|nearly|almost|some|\d))`,
  String.raw`(?:learn|learns|learned|learnt|know|knows|understand|understands)(?=\s+that\b)|(?:am|is|are|was|were)\s+aware\s+(?:of|that)\b`,
].join('|');
// The voice's impersonal remark: "It is worth recalling that", "It should be noted that", "It must be stressed that".
const IMPERSONAL_REMARK = String.raw`worth\s+(?:recalling|noting|stressing|emphasi[sz]ing|underlining|remembering|repeating)|be\s+(?:recalled|noted|stressed|emphasi[sz]ed|underlined|remembered)(?=\s+that\b)`;
// Verbs of saying, position, appeal, judgement and finding, as an issuer uses them of itself (and as a statement its
// spokesman issues uses them of the one it speaks for).
const POSITION_VERB = new RegExp(
  [
    String.raw`(?:say|says|said|state|states|stated|estimate|estimates|estimated|find|finds|found|conclude|concludes|concluded|document|documents|documented)(?=\s+that\b)`,
    // A finding on a person or a thing: "I find the appellant to be an honest witness".
    String.raw`(?:find|finds|found)(?=\s+(?:[\p{L}'’-]+\s+){1,6}?to\s+be\b)`,
    'declares|declared|notes|noted|note(?=\\s+(?:that|with)\\b)|recall|recalls|recalled|underline|underlines|underlined|stress|stresses|stressed',
    'emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed|reiterate|reiterates|reiterated|reaffirm|reaffirms|reaffirmed|remind|reminds|reminded',
    String.raw`(?:call|calls|called)\s+(?:on|upon)|(?:call|calls|called)\s+for${FUNDRAISING}|urge|urges|urged|(?:appeal|appeals|appealed)\s+to|demand|demands|demanded`,
    'condemn|condemns|condemned|denounce|denounces|denounced|deplore|deplores|deplored|reject|rejects|rejected',
    // Backing or opposing a proposal, a referral, a text: "The Union supports the envoy's plan", "We endorse the call
    // for a truce", "The Committee opposes any amnesty"; not money given ("supports the clinics with €2 million"), nor
    // help pledged ("we will support every effort": a doing to come).
    String.raw`(?<!\b(?:will|shall|would|to)\s+)(?:support|supports|endorse|endorses|oppose|opposes)(?![^.;]{0,120}?(?:US\$|\$|£|€|\d\s*(?:million|billion)\b|\bfund(?:s|ing)\b))(?=\s+(?:the|a|an|any|all|this|these|those|his|her|its|their|our|every|efforts|calls?|proposals?|plans?)\b)`,
    // An appeal that names whom it asks to act: "The Council invites the Commission to present proposals", "We
    // encourage both sides to return to talks", "The Conference requests the Secretariat to report"; not an
    // invitation to an occasion ("We invite journalists to a briefing", "invited to attend").
    String.raw`(?:invite|invites|encourage|encourages|request|requests)(?=\s+(?:[\p{L}'’-]+\s+){1,10}?to\s+(?!attend\b|join\b|a\b|an\b|the\b|our\b|its\b|their\b)\p{Ll})`,
    // "We welcome the resolution"; not a host's "I welcomed to our capital the envoys of five states", nor people
    // taken in, counted ("Norland has welcomed more than 9,000 refugees since 2015").
    String.raw`(?:welcome|welcomes|welcomed)(?!\s+(?:to|in|at)\s+\p{Lu})(?!${PEOPLE_TAKEN_IN})|regret|regrets|regretted`,
    // Recognition given as a judgement: "Norland recognizes the generosity of its neighbours", "We acknowledge that".
    String.raw`(?:recogni[sz]e|recogni[sz]es|recogni[sz]ed|acknowledge|acknowledges|acknowledged)(?=\s+(?:that|the|its|their|our|his|her|with)\b)`,
    // Praise given as a judgement: "The Minister commended the volunteers' courage", "We praise the agencies for".
    'commend|commends|commended|praise|praises|praised',
    // Thanks, fears, acceptance and explanation in the voice's own words: "I thank the Norland government for",
    // "we fear that", "We cannot accept this", "We have explained why".
    'thank|thanks|thanked|fear|fears|accept|accepts',
    String.raw`(?:explain|explains|explained)(?=\s+(?:[\p{L}-]+\s+){0,4}?(?:that|why|how)\b)`,
    // "My Government draws the attention of the members to", "The Ministry draws attention to".
    String.raw`(?:draw|draws|drew)\s+(?:the\s+)?attention`,
    // A letter's news to its addressee: "I have the honour to inform you that", "We wish to inform the Council that".
    String.raw`(?:inform|informs|informed)(?=\s+(?:[\p{L}-]+\s+){0,4}?that\b)`,
    // How the voice means to speak: "I want to be honest with you", "Let us be clear:", "I must be frank".
    String.raw`be\s+(?:clear|precise|frank|honest|explicit|blunt|candid)\b`,
    // A wish for what others do or are: "I would like the Council to remember", "We want the Council to act".
    String.raw`(?:would\s+like|want|wants)(?=\s+(?!to\s)(?:[\p{L}'’-]+\s+){1,5}to\s)`,
    IMPERSONAL_REMARK,
    // A pledge: 'will' or 'shall' with 'not' or 'never' before a verb, whatever the verb ("The Republic will not
    // accept a partial truce", "We shall never abandon the besieged", "The Office will not cease to report"), or to go
    // on ("will continue to press").
    String.raw`(?:will|shall)\s+(?:not|never)\s+\p{Ll}+|(?:will|shall)\s+continue\s+to`,
    // Positions held: "We, the signatories, stand ready to", "We remain committed to", "We ask only that".
    String.raw`(?:stand|stands|remain|remains)\s+(?:ready|committed|determined|prepared)\b`,
    String.raw`(?:ask|asks|asked)(?=\s+(?:only\s+|simply\s+)?(?:that|for|all|the|every|each|both|those|world\s+leaders)\b)${FUNDRAISING}`,
    // A feeling made known, by "express" or "voice": "We express our deep concern", "The Secretary-General voiced his
    // disappointment that", "She voiced strong support for".
    String.raw`(?:express|expresses|expressed|voice|voices|voiced)\s+(?:its\s+|our\s+|my\s+|his\s+|her\s+|their\s+)?(?:deep\s+|grave\s+|serious\s+|profound\s+|strong\s+|great\s+|full\s+)?(?:concern|regret|hope|outrage|alarm|dismay|condolences|sympathy|solidarity|appreciation|gratitude|disappointment|frustration|support)`,
    String.raw`(?:am|is|are|was|were|remain|remains|remained)\s+(?:deeply\s+|gravely\s+|extremely\s+|very\s+|particularly\s+|increasingly\s+|seriously\s+)?(?:concerned|worried|alarmed|saddened|appalled|shocked|outraged|disappointed|dismayed|troubled|convinced|satisfied)`,
    String.raw`(?:follow|follows|followed|following)\s+(?:[\p{L}-]+\s+){0,4}?with\s+(?:grave\s+|deep\s+|great\s+|serious\s+|growing\s+)?concern`,
    String.raw`(?:make|makes|made)\s+(?:it\s+)?clear`,
    // A judge's ruling in a signed decision: "I allow the appeal", "I remake this decision and allow the appeal",
    // "The Tribunal dismisses the application".
    String.raw`(?:allow|allows|dismiss|dismisses|remake|remakes|uphold|upholds|quash|quashes)\s+(?:the|this|these|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:appeals?|decisions?|applications?|claims?|petitions?|complaints?)\b`,
    'believe|believes|consider|considers|hope|hopes|insist|insists|insisted|warn|warns|warned',
    String.raw`(?:take|takes|took)\s+note|(?:share|shares)\s+(?:the\s+)?(?:concern|concerns|view)`,
  ].join('|'),
  'u',
);
// The issuer's own verbs: position and saying, and knowing (what others know is their finding, not a remark here).
const ISSUER_VERB = new RegExp(`${POSITION_VERB.source}|${KNOWING}`, 'u');
const FIRST_PERSON = /^(?:we|I)$/iu;
// "It is worth recalling that ...": the issuer's own remark, whatever the sentence before (read from its verb on).
const IMPERSONAL = new RegExp(`^(?:${IMPERSONAL_REMARK})`, 'u');
// A phrase or clause set before the subject by a comma: "Today,", "In this regard,", "On 12 December,", "Since the army
// began its assault on the old town on 20 November,".
const FRONTED = String.raw`(?:(?![Ww]e,)[^,;:"“”\n]{1,100},\s+)?`;
// A numbered paragraph's number before the subject, as reports and minutes print them ("3.1 The Committee is ...")
// and decisions ("[7] I find that ..."), or a list's bullet (a fact sheet's key messages: "- We call on ...").
const SECTION_NUMBER = String.raw`(?:\d{1,2}(?:\.\d{1,2})+\s+|\[\d{1,3}\]\s+|[-*•–]\s+)?`;
// Readiness and pledges: a remark of their own opening a paragraph, the one before it continued after it.
const READINESS = /^(?:stand|stands|remain|remains|will|shall)\s/u;
// Asides between the subject and its verb: "We, the undersigned organisations, working inside Syria, are appalled",
// "We, the signatories, stand ready", "The Office, as the lead agency, calls on".
const ASIDES = String.raw`(?:,\s+the\s+[^;:.!?"“”\n]{1,300}?,|(?:,\s+[^,;:.!?"“”\n]{1,120}?){1,2},)?`;
// "..., the report says.": the issuer's document speaking at the end of its sentence.
const DOCUMENT = String.raw`(?:the|this|our|its)\s+(?:new\s+|latest\s+|full\s+)?(?:report|release|statement|study|briefing|analysis|investigation|findings)`;
// A release that launches its own report ("a new report", "said in a report released today"): "the report" is its.
const OWN_REPORT =
  /\b(?:new|latest)\s+report\b|\breport\s+(?:released|published|launched|issued)\s+(?:today|on\s+\p{Lu}\p{Ll}+day)\b|\bin\s+(?:its|our)\s+(?:new\s+|latest\s+)?report\b/iu;
// "It" after a sentence whose object is a document ("... welcomed the resolution. It calls for ...") is the document.
const DOCUMENT_OBJECT =
  /\b(?:resolution|report|draft|text|statement|letter|declaration|plan|agreement|proposal|decision|communiqu[eé])\b/iu;
// The object a verb governs, up to the first preposition, relative word or comma: in "condemns the veto of 8 October
// on the draft", "the veto" is the object and "the draft" only named after it.
const OBJECT_HEAD = /^[^,;:.]*?(?=\s(?:of|on|in|at|by|for|to|with|from|over|against|about|which|that|who|after|before|since)\s|[,;:.]|$)/u;
/** Whether the words after a verb make a document its object ("welcomed the resolution", not "condemns the veto on the draft"). */
const objectIsDocument = (afterVerb: string) => DOCUMENT_OBJECT.test(OBJECT_HEAD.exec(afterVerb.trim())?.[0] ?? afterVerb);
const TRAILING_DOCUMENT = new RegExp(
  String.raw`,\s+(${DOCUMENT})\s+(?:says|said|finds|found|shows|showed|concludes|concluded|documents|documented|notes|noted)\s*\.?$`,
  'iu',
);

interface Issuer {
  /** The issuer's name as a speaker: the publisher's, or the signatories' together ("undersigned organisations"). */
  publisher: string;
  /** Its kind and other names, for a proposed actor (a coalition of signatories is a `group`). */
  kind: ActorKind;
  aliases: string[];
  /** The gazetteer's actor of the publisher's name, if it has one. */
  known: ActorEntry | undefined;
  /** Whether the text is the issuer's own release (its positions are statements), not only published by it. */
  release: boolean;
  /** Whether the release speaks as "we": its remarks are then its own words (direct), else reported (indirect). */
  firstPerson: boolean;
  /** The subjects by which the issuer names itself, as a pattern's source: "We", its name, "the Ministry" ... */
  selfNames: string;
  /** The publisher's bare head noun ("Ministry", "Forum"): a speaker of that name is the publisher. */
  head: string | null;
  /** Whether the release launches a report of its own: "the report says" is then the issuer speaking. */
  ownReport: boolean;
  /** The release's sentences in its own voice (none when the text is no release). */
  voices: VoiceSentence[];
  /** The part of the text the issuer speaks (a letter's body, its annex); null: the whole text. */
  region: Span | null;
  /** The day its part dates itself ("Letter dated 7 December 2016", "Moscow, 6 December 2016"); null: publication. */
  said: When | null;
  /** The office the text gives a person who speaks as the issuer (a signatory's, an op-ed author's). */
  roles: string[];
  /** The quotations that are the issuer's own text (a joint statement its release reproduces in quotation marks). */
  reproduced: Quotation[];
}

/** An issuer with the fields its kind decides; the rest empty: no head noun, no report, no part, no day, no office. */
const newIssuer = (
  fields: Pick<Issuer, 'publisher' | 'kind' | 'aliases' | 'known' | 'release' | 'firstPerson' | 'selfNames'> & Partial<Issuer>,
): Issuer => ({
  head: null,
  ownReport: false,
  voices: [],
  region: null,
  said: null,
  roles: [],
  reproduced: [],
  ...fields,
});

/** Whether a publisher's name is an organisation's (a ministry, an NGO, an agency), not a news outlet's. */
export function isOrganisationName(publisher: string): boolean {
  // A network or service named for the work it does is no outlet ("Harbour Aid Network", "Norland Relief Service").
  const own = publisher.replace(new RegExp(`(${ORGANISATION_NOUN.source})\\s+(?:Network|Service)\\b`, 'gu'), '$1');
  return ORGANISATION_WORD.test(publisher) && (!OUTLET_WORD.test(own) || namedForPressWork(publisher));
}

/**
 * (s37) A body that works for the press, named so, ends on its own organisation noun after a word that is no outlet's
 * ("International Press Safety Committee", "Press Freedom Foundation"), not a news agency named for its trade
 * ("Press Association", "News Agency", "Media Group").
 */
function namedForPressWork(publisher: string): boolean {
  const words = publisher.trim().split(/\s+/u);
  const last = words.at(-1) ?? '';
  const before = words.at(-2) ?? '';
  return ORGANISATION_NOUN_ALONE.test(last) && !OUTLET_WORD.test(before) && !/^(?:Group|Agency)$/u.test(last);
}
// One word that is an organisation noun, and nothing else.
const ORGANISATION_NOUN_ALONE = new RegExp(`^(?:${ORGANISATION_NOUN.source})$`, 'u');

/**
 * The noun a publisher calls itself by ("the Ministry", "the Forum"): the organisation word its name's own phrase
 * ends on, before "of"/"for" ("Republic of Turkey Ministry of Foreign Affairs" -> "Ministry"), else its last one.
 */
export function headNoun(publisher: string): string | null {
  // (s54) "Syrian Doctors' Solidarity Network": a network named for its work calls itself "the network".
  const network = new RegExp(`(?:${ORGANISATION_NOUN.source})\\s+(Network)$`, 'u').exec(publisher);
  if (network) return network[1] as string;
  const words = [...publisher.matchAll(new RegExp(ORGANISATION_NOUN.source, 'gu'))].filter((m) => !/\s/u.test(m[0]));
  const head = words.find((m) => /^\s+(?:of|for|on)\s/u.test(publisher.slice(m.index + m[0].length))) ?? words.at(-1);
  return head ? head[0] : null;
}

/** Whether the text presents itself as its publisher's own release. */
function isRelease(article: ArticleAnalysis, publisher: string): boolean {
  const { paragraphs, text } = article;
  const head = paragraphs.slice(0, 3).map((p) => p.text);
  if (head.some((line) => RELEASE_LABEL.test(line)) || RELEASE_LABEL.test(article.url ?? '')) return true;
  if (paragraphs.some((p) => COLOPHON.test(p.text))) return true;
  if (paragraphs.slice(0, 6).some((p) => SPOKESPERSON_HEADER.test(p.text))) return true;
  // "New York City—Human Rights First today expressed concern ...", "..., Tessera Rights Watch said in a report
  // released today.": a lead in which the publisher speaks today.
  const lead = paragraphs.slice(0, 4).flatMap((p) => splitSentences(text, p).slice(0, 2));
  return lead.some(
    (s) => nameAsWord(publisher).test(s.text) && /\btoday\b/iu.test(s.text) && findSpeechVerbs(text, s, article.quotations).length > 0,
  );
}

// A coalition speaking as one: "We, the undersigned organisations, ...", "We, the signatories, ...", a statement
// published "on behalf of the following signatories" or closed by a list of them.
// "We, the Foreign Ministers of ...," and "We, the heads of the agencies below,": the members named by a plural noun.
const WE_THE_SIGNATORIES =
  /(?<![\p{L}])[Ww]e,\s+the\s+(undersigned(?:\s+[\p{L}-]+){0,3}?|signatories|signatory\s+[\p{L}-]+|(?:[\p{L}'’-]+\s+){0,3}?(?:ministers|leaders|heads|representatives|members|governments|organi[sz]ations|agencies|NGOs|groups|co-chairs|envoys|participants)(?:\s+(?:of|from)\s+[^,;:.!?"“”\n]{1,120}?)?)\s*,/giu;
const SIGNATORY_LIST =
  /\bon\s+behalf\s+of\s+the\s+(?:following\s+|undersigned\s+)?(?:signatories|undersigned|organi[sz]ations\s+(?:listed|below))\b|^(?:signatories|signed\s+by|list\s+of\s+signatories)\s*:?\s*$/imu;
// A header or colophon line that makes a text an office's briefing notes: "Spokesperson for the UN High Commissioner
// for Human Rights: Rupert Colville".
const SPOKESPERSON_FOR = String.raw`^(?:spokesperson|spokesman|spokeswoman)\s+for\s+(?:the\s+)?`;
const SPOKESPERSON_HEADER = new RegExp(String.raw`${SPOKESPERSON_FOR}\S.{2,120}?:\s*\p{Lu}`, 'iu');

/**
 * The signatories of a joint statement as its issuer: the text says "We, the undersigned ..." (or "We, the
 * signatories") outside any quotation, or presents itself as published on behalf of a list of signatories and speaks
 * as "we". Their voice is the group's together, not the publishing member's alone.
 */
function coalitionOf(article: ArticleAnalysis): Issuer | null {
  const { text } = article;
  // A release reproducing the statement in quotation marks: its text is the document's own, not a quotation to place.
  const reproduced = reproducedStatement(article);
  const quotations = article.quotations.filter((q) => !reproduced.includes(q));
  const outside = (at: number) => !insideAny(quotations, at);
  // The undersigned anywhere; members by another noun only where they open one of the first paragraphs (a delegate's
  // "We, the members of this Council, have failed" in a verbatim record is his speech, not the record's voice), or
  // after the opening mark of a reproduced statement.
  const opening = new Set(article.paragraphs.slice(0, 10).flatMap((p) => [p.start, p.start + 1]));
  const phrases = [...text.matchAll(WE_THE_SIGNATORIES)]
    .filter((m) => outside(m.index) && (/^(?:undersigned|signator)/iu.test(m[1] as string) || opening.has(m.index)))
    .map((m) => (m[1] as string).replace(/\s+/gu, ' '));
  const listed = SIGNATORY_LIST.test(text) && /(?<![\p{L}])[Ww]e\s/u.test(text);
  // (s64) A statement headed "Joint Statement of the Foreign Ministers of A, B and C on ..." that speaks as "We" opening
  // its paragraphs ("1. We condemn ..."): the office holders the heading names, by its words.
  const headed = phrases.length === 0 && !listed ? headedSignatories(article, outside) : null;
  if (headed) phrases.push(headed);
  if (phrases.length === 0 && !listed) return null;
  // Its name: "undersigned" and the noun the text gives them ("undersigned organisations", "undersigned agencies").
  const undersigned = phrases.find((p) => /^undersigned\s/u.test(p));
  const members = phrases.find((p) => !/^(?:undersigned|signator)/u.test(p));
  // "the Foreign Ministers of Canada, France ...": the members by their noun, before the list of whom they are.
  const name = headed ?? undersigned ?? (members ? members.replace(/\s+(?:of|from)\s.*$/u, '') : 'undersigned organisations');
  const aliases = [...new Set([name, ...(members ? [] : ['undersigned organisations']), 'signatories', ...phrases])];
  const selfNames = [
    '[Ww]e',
    ...aliases.map((a) => `[Tt]he\\s+${escapeRegExp(a).replace(/\s+/gu, '\\s+')}`),
    '[Tt]he\\s+signatory\\s+(?:organi[sz]ations|agencies|groups)',
  ]
    .sort((a, b) => b.length - a.length)
    .join('|');
  const issuer = newIssuer({
    publisher: name,
    kind: 'group',
    aliases,
    known: article.gazetteer.actorByName(name),
    release: true,
    firstPerson: true,
    selfNames,
    reproduced,
  });
  issuer.voices = wholeNumberedParagraphs(article, voiceSentences(article, issuer));
  return issuer;
}

// A paragraph's number opening it: "1. ", "2) ".
const PARAGRAPH_NUMBER = /^\d{1,2}[.)]\s+/u;

/**
 * (s64) A signatories' numbered paragraph that opens in their voice ("3. We call on ... We take note of ... A pause
 * must be the beginning of a lasting cessation of hostilities.") is one remark of theirs, as an interview's answer is:
 * its first voice sentence speaks the whole paragraph, the later ones of it are no remarks of their own.
 */
function wholeNumberedParagraphs(article: ArticleAnalysis, voices: VoiceSentence[]): VoiceSentence[] {
  return voices.flatMap((voice) => {
    const paragraph = article.paragraphs[voice.paragraph] as Segment;
    const number = PARAGRAPH_NUMBER.exec(paragraph.text);
    if (!number) return [voice];
    const first = voices.find((v) => v.paragraph === voice.paragraph);
    if (first !== voice) return [];
    if (voice.evidence.start !== paragraph.start + number[0].length) return [voice];
    return [{ ...voice, evidence: trimSpan(article.text, { start: voice.evidence.start, end: paragraph.end }) }];
  });
}

// (s64) A joint statement's heading that names its signatories as office holders of a list of states: "Joint Statement
// of the Foreign Ministers of France, Norland and Sweden on the situation in X", "Joint declaration by the leaders of A
// and B" (group 1 the signatories).
const HEADED_SIGNATORIES =
  /^[Jj]oint\s+(?:[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu[ée])\s+(?:of|by|from)\s+the\s+((?:(?:[Ff]oreign|[Dd]efen[cs]e)\s+)?(?:[Mm]inisters|[Ll]eaders|[Hh]eads\s+of\s+[Ss]tate(?:\s+and\s+[Gg]overnment)?|[Pp]residents|[Gg]overnments)\s+of\s+(?:the\s+)?\p{Lu}[^:;\n]*?(?:,|\s+and)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)(?:\s+on\s+.*|\s*[:–—-]\s.*)?$/u;
// A paragraph that opens in the first person plural, after its number if it has one ("1. We condemn", "We call on").
const WE_OPENS = /^(?:\d{1,2}[.)]\s+)?We\s+\p{Ll}/u;

/**
 * (s64) The signatories a joint statement's heading names (HEADED_SIGNATORIES), among its first three paragraphs, where
 * at least two paragraphs outside quotations open with "We": the statement is their voice. Null otherwise (a story
 * headed so that reports the statement in the third person).
 */
function headedSignatories(article: ArticleAnalysis, outside: (at: number) => boolean): string | null {
  const heading = article.paragraphs
    .slice(0, 3)
    .map((p) => HEADED_SIGNATORIES.exec(p.text.trim()))
    .find((m) => m !== null);
  if (!heading) return null;
  const ours = article.paragraphs.filter((p) => WE_OPENS.test(p.text) && outside(p.start));
  return ours.length >= 2 ? (heading[1] as string).replace(/\s+/gu, ' ') : null;
}

/**
 * A statement an organisation's release reproduces in quotation marks ("The following joint statement was issued
 * today by ...", then the text): a quotation opening a paragraph and left open at its end, the paragraphs after it up
 * to the one whose quotation closes with no opening mark of its own. Empty in a text that is no release.
 */
function reproducedStatement(article: ArticleAnalysis): Quotation[] {
  const publisher = article.publisher?.trim();
  if (!publisher || !isOrganisationName(publisher) || !isRelease(article, publisher)) return [];
  const runsOn = (q: Quotation) => q.openMark === article.paragraphs[q.paragraph]?.start && q.closeMark === null;
  const first = article.quotations.findIndex(runsOn);
  if (first < 0) return [];
  const block = [article.quotations[first] as Quotation];
  // Its next paragraphs may each reopen it; a quotation woven into one of them is a quotation still.
  for (const q of article.quotations.slice(first + 1)) {
    if (runsOn(q)) block.push(q);
    else if (q.openMark === null) return [...block, q];
  }
  return block;
}

// The small words of a name, no words of it for matching one name against another.
const NAME_FILLER = /^(?:of|the|for|and|on|in|to)$/iu;

/**
 * "The UN human rights office" in the notes of the "Office of the United Nations High Commissioner for Human Rights":
 * the issuer's head noun after words all taken from its own name (or "UN" for "United Nations").
 */
function nameWordsPhrase(publisher: string, head: string): string | null {
  const own = publisher
    .split(/[\s,()]+/u)
    .filter((w) => w.length > 1 && !NAME_FILLER.test(w) && w !== head)
    .map(escapeRegExp);
  if (UN_NAME.test(publisher)) own.push('UN', 'U\\.N\\.');
  if (own.length === 0) return null;
  const caseless = (w: string) => w.replace(/^\p{L}/u, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
  return `[Tt]he\\s+(?:(?:${own.map(caseless).join('|')})\\s+){1,4}${caseless(head)}`;
}

// Whom a header or title says the text speaks for: "Spokesperson for the UN Refugee Agency: ...", "Statement by the
// Ministry of Health on ...", "Statement attributable to the Spokesperson for the Norland Red Crescent".
const HEADER_OFFICE = new RegExp(String.raw`${SPOKESPERSON_FOR}(.+?)\s*:`, 'iu');
const STATEMENT_OFFICE =
  /^(?:joint\s+)?(?:press\s+)?statement\s+(?:attributable\s+to|by|of|from)\s+(?:the\s+)?(?:spokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?)?(.+?)(?:\s+on\s+.*|\s*[:–—-]\s.*)?$/iu;
// (s23) A committee's report by its title or heading: "...: Report of the Standing Committee on X (excerpt)", "Joint
// Committee on X: Report on ...", as parliaments publish them (the House publishes, the committee speaks).
const REPORT_OFFICE =
  /\breport\s+of\s+the\s+(\p{Lu}[^():\n]*?\b(?:Committee|Commission)\b[^():\n]*?)\s*(?:\(|$)|^(\p{Lu}[^():\n]*?\bCommittee\b[^():\n]*?):\s+Report\b/iu;
const nameWords = (name: string) =>
  new Set(
    name
      .replace(/\bU\.?N\.?(?![\p{L}])/gu, 'United Nations')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0 && !NAME_FILLER.test(w)),
  );

/**
 * The office a header names where it is not the publisher: a UN office's notes published on a common site, a
 * ministry's statement on its government's portal. The publisher's own name in other words ("UN High Commissioner
 * for Human Rights" for the "Office of the United Nations High Commissioner for Human Rights") is the publisher.
 */
function headerOffice(article: ArticleAnalysis, publisher: string): string | null {
  for (const paragraph of article.paragraphs.slice(0, 6)) {
    const found = HEADER_OFFICE.exec(paragraph.text) ?? STATEMENT_OFFICE.exec(paragraph.text) ?? REPORT_OFFICE.exec(paragraph.text);
    if (!found) continue;
    const office = ((found[1] ?? found[2]) as string).trim();
    const [own, theirs] = [nameWords(office), nameWords(publisher)];
    if ([...own].every((w) => theirs.has(w)) || [...theirs].every((w) => own.has(w))) return null;
    const known = article.gazetteer.actorByName(office);
    if (known) return known.kind === 'organization' || known.kind === 'un_body' ? known.name : null;
    // Two bodies joined ("X and Y") are no one office; an "and" in a body's remit after "on", "of" or "for" is ("the
    // Committee on Foreign Affairs and Trade").
    const body = office.split(/\s(?:on|of|for)\s/u)[0] as string;
    return isOrganisationName(office) && !/\s(?:and|&)\s/u.test(body) ? office : null;
  }
  return null;
}

/**
 * Who the document speaks as, part by part: a public author's signed words (a letter's signatory, a minister's op-ed)
 * and the releases a letter transmits (document-author.ts); else the signatories together, an office a header names,
 * or the publisher (an organisation's release). A private writer's words (a columnist, a diarist) are no one's voice:
 * the publisher's own voice is still looked for around them.
 */
function issuersOf(article: ArticleAnalysis): Issuer[] {
  const document = documentVoices(article);
  const issuers: Issuer[] = [];
  if (document?.author?.public) issuers.push(authorIssuer(article, document.author));
  for (const annex of document?.annexes ?? []) {
    const issuer = organisationIssuer(article, annex.issuer, null, annex);
    if (issuer) issuers.push(issuer);
  }
  // A private writer's text its publisher closes in its own voice ("What Harbour Relief is doing"): that section only.
  const publisher = article.publisher?.trim();
  if (document?.publisherSection && publisher) {
    const issuer = organisationIssuer(article, publisher, null, { region: document.publisherSection, said: null });
    if (issuer) issuers.push(issuer);
  }
  if (issuers.length > 0) return issuers;
  const issuer = issuerOf(article);
  return issuer ? [issuer] : [];
}

/**
 * Whether the whole text is an organisation's own release (a ministry's statement, an NGO's press release, an office's
 * briefing notes, signatories' joint statement), not a story that reports one nor a part a letter transmits: what the
 * source's kind says (ingest-article.ts), read from the same decision that gives the issuer its own voice.
 */
export function isOwnRelease(article: ArticleAnalysis): boolean {
  return issuersOf(article).some((issuer) => issuer.release && issuer.region === null && issuer.kind !== 'person');
}

/** The issuer of an article whose publisher is an organisation, with the names it calls itself by; null otherwise. */
function issuerOf(article: ArticleAnalysis): Issuer | null {
  const coalition = coalitionOf(article);
  if (coalition) return coalition;
  const published = article.publisher?.trim();
  if (!published) return null;
  // The office a header speaks for, else the publisher.
  const office = headerOffice(article, published);
  const issuer = organisationIssuer(article, office ?? published, office, null);
  if (issuer || office) return issuer;
  // (s48) "UNHCR Briefing Notes", "World Health Organization Newsroom": an organisation's own channel of releases is
  // that organisation speaking, by the name before the channel's words.
  const channel = RELEASE_CHANNEL.exec(published);
  const owner = channel && channel.index > 0 ? published.slice(0, channel.index).trim() : null;
  const ownerIsBody = owner !== null && !OUTLET_WORD.test(owner) && (isOrganisationName(owner) || UN_NAME.test(owner));
  if (owner && ownerIsBody) return organisationIssuer(article, owner, null, null, true);
  // (s54) "Shifa Bulletin (Syrian Doctors' Solidarity Network)": an organisation's own bulletin, named for the channel
  // with its owner in brackets, where the narration speaks as the owner ("our triage point", "our teams"), is the owner
  // speaking, its whole text its release. A think tank's or a union's journal that never says "our" is no release.
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/u.exec(published);
  const inBrackets = bracketed?.[2]?.trim() ?? null;
  if (inBrackets && isOrganisationName(inBrackets) && ownVoiceInNarration(article))
    return organisationIssuer(article, inBrackets, null, null, true, true);
  return null;
}

/** Whether the narration, outside quotations, speaks as "we": "our" before a noun at least twice. */
function ownVoiceInNarration(article: ArticleAnalysis): boolean {
  const ours = [...article.text.matchAll(/(?<![\p{L}])[Oo]ur\s+\p{Ll}/gu)].filter((m) => !insideAny(article.quotations, m.index));
  return ours.length >= 2;
}
const RELEASE_CHANNEL =
  /\s+(?:Briefing\s+Notes|Newsroom|Press\s+(?:Releases?|Cent(?:re|er)|Office)|News\s+Releases?|Media\s+Cent(?:re|er))$/u;

/**
 * An organisation as the issuer of the whole text (a publisher, an office its header names) or of one part of it (a
 * ministry's statement annexed to a letter: its own release, dated by its own date line).
 */
function organisationIssuer(
  article: ArticleAnalysis,
  publisher: string,
  office: string | null,
  part: { region: Span; said: When | null } | null,
  bodyByChannel = false,
  /** (s54) Its own bulletin: the whole text is its release. */
  ownBulletin = false,
): Issuer | null {
  const known = article.gazetteer.actorByName(publisher);
  const organisation = known ? known.kind !== 'person' && known.kind !== 'group' : bodyByChannel || isOrganisationName(publisher);
  if (!organisation) return null;
  const head = headNoun(publisher);
  // A state named in a government body's name ("Republic of Turkey Ministry of Foreign Affairs") speaks as the
  // issuer ("Turkey has made it clear"), as it does in its missions' (an embassy, a consulate, a Commonwealth high
  // commission); not in an NGO's ("Syria Relief Forum").
  const governmental =
    /\b(?:Ministry|Government|Embassy|Consulate|High\s+Commission|Presidency|Mission|Department|Chancellery|Cabinet)\b/u.test(publisher);
  const states = governmental ? stateSubjectsIn(article, publisher) : [];
  // "the Ministry of Foreign Affairs" (the publisher's name from its head noun on), "LCF" (its initials, as the text
  // gives them after its name), "Tessera" (its first word, where that is no known name of something else).
  const headPhrase = head ? publisher.slice(publisher.indexOf(head)) : null;
  const ownWordsHead = head ? nameWordsPhrase(publisher, head) : null;
  // (s37) ... or the initials of its name's capitalised words where the text uses them alone ("told IPSC").
  const acronym = [...publisher.matchAll(/\b\p{Lu}/gu)].map((m) => m[0]).join('');
  const initials =
    new RegExp(`${escapeRegExp(publisher)}\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9})\\)`, 'u').exec(article.text)?.[1] ??
    (acronym.length >= 3 && new RegExp(`\\b${acronym}\\b`, 'u').test(article.text) ? acronym : undefined);
  const first = /^(?:The\s+)?(\p{Lu}[\p{L}'’-]{3,})\s+\S/u.exec(publisher)?.[1];
  const firstWord =
    first &&
    !governmental &&
    !/^(?:Republic|Kingdom|State|States|United|National|International|Global|World|Human|Syrian|Arab|European|African|Asian)$/u.test(
      first,
    ) &&
    !ORGANISATION_WORD.test(first) &&
    article.gazetteer.mentions(first, 'actor').length === 0 &&
    article.gazetteer.mentions(first, 'location').length === 0
      ? first
      : null;
  const names = [
    '[Ww]e',
    publisher,
    publisher.replace(/^The\s+/u, ''),
    // "The Permanent Mission of Norland to the United Nations presents ...": its name after "The".
    `[Tt]he\\s+${escapeRegExp(publisher.replace(/^The\s+/u, '')).replace(/\s+/gu, '\\s+')}`,
    ...(headPhrase && headPhrase !== head ? [`[Tt]he\\s+${escapeRegExp(headPhrase).replace(/\s+/gu, '\\s+')}`] : []),
    ...(initials ? [initials] : []),
    ...(firstWord ? [firstWord] : []),
    ...(known ? [known.name, ...known.aliases] : []),
    ...(head ? [`[Tt]he\\s+${escapeRegExp(head)}`] : []),
    // (s54) "The network welcomes ...": a network speaks of itself in lower case.
    ...(head === 'Network' ? ['[Tt]he\\s+network'] : []),
    ...(ownWordsHead ? [ownWordsHead] : []),
    '[Tt]he\\s+organi[sz]ation',
    ...states,
  ];
  const selfNames = [...new Set(names)]
    .filter((n) => n.length >= 2)
    .map((n) => (n.includes('\\s') || n.startsWith('[') ? n : escapeRegExp(n)))
    .sort((a, b) => b.length - a.length)
    .join('|');
  const release = part !== null || office !== null || ownBulletin || isRelease(article, publisher);
  const ownReport = article.paragraphs.slice(0, 4).some((p) => OWN_REPORT.test(p.text));
  const kind: ActorKind = UN_NAME.test(publisher) ? 'un_body' : 'organization';
  const issuer = newIssuer({
    publisher,
    kind,
    aliases: [publisher],
    known,
    release,
    firstPerson: false,
    selfNames,
    head,
    ownReport,
    region: part?.region ?? null,
    said: part?.said ?? null,
  });
  if (release) {
    issuer.voices = voiceSentences(article, issuer);
    issuer.firstPerson = issuer.voices.some((v) => FIRST_PERSON.test(v.subject));
  }
  return issuer;
}

/**
 * A state's name as a sentence's subject, "the" or not before it ("The Kingdom of Norland will", "Norland does not");
 * a name with a common noun in it ("Russian forces") names something else.
 */
const stateSubject = (name: string) =>
  /^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*)*$/u.test(name)
    ? `(?:[Tt]he\\s+)?${escapeRegExp(name.replace(/^the\s+/iu, '')).replace(/\s+/gu, '\\s+')}`
    : null;

/**
 * The states a passage names (an office's "of Norland", a ministry's name), by each of their names as a subject: the
 * gazetteer's, and one it does not know by its ISO English name ("Permanent Mission of Ukraine", "Ministry of Foreign
 * Affairs of the Republic of Korea"). Not a state named after "to", "in" or "at" ("Embassy of Norland to Sweden"):
 * that is where the office serves, not whom it speaks for.
 */
function stateSubjectsIn(article: ArticleAnalysis, passage: string): string[] {
  const own = passage.split(/\s(?:to|in|at)\s/u)[0] as string;
  const known = article.gazetteer
    .mentions(own, 'actor')
    .filter((m) => m.kind === 'state')
    .flatMap((m) => article.gazetteer.namesOf(m.id));
  const words = own.split(/\s+/u).map((w) => withoutPossessive(w.replace(/[,;:]$/u, '')));
  const unknown: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // The longest run of up to four words from this one that is a state's ISO name ("Republic of Korea", "Korea" none).
    const end = [4, 3, 2, 1].map((n) => i + n).find((j) => j <= words.length && isoStateCode(words.slice(i, j).join(' ')));
    if (end === undefined) continue;
    unknown.push(words.slice(i, end).join(' '));
    i = end - 1;
  }
  return [...known, ...unknown].flatMap((n) => stateSubject(n) ?? []);
}

/**
 * A public author as the issuer of his signed words: his "I", his "we", "my Government" and the state his office
 * names ("Norland does not believe" in Norland's minister's op-ed). His records are his, a person by the signature's
 * or byline's name, with the office the document gives him.
 */
function authorIssuer(article: ArticleAnalysis, author: AuthorSection): Issuer {
  const stateNames = author.role ? [...new Set(stateSubjectsIn(article, author.role))] : [];
  // "The Government of Norland wishes to": the government his office serves.
  const government = stateNames.length > 0 ? [`[Tt]he\\s+Government\\s+of\\s+(?:${stateNames.join('|')})`] : [];
  const selfNames = ['[Ww]e', 'I', SPOKEN_FOR, ...government, ...stateNames].sort((a, b) => b.length - a.length).join('|');
  const issuer = newIssuer({
    publisher: author.name,
    kind: 'person',
    aliases: [author.name],
    known: article.gazetteer.actorByName(author.name),
    release: true,
    firstPerson: true,
    selfNames,
    region: author.region,
    said: author.said,
    roles: author.role ? [author.role] : [],
  });
  issuer.voices = voiceSentences(article, issuer);
  return issuer;
}

/** Whether a passage lies in the part of the text the issuer speaks. */
const inPart = (issuer: Issuer, span: Span) =>
  issuer.region === null || (issuer.region.start <= span.start && span.start < issuer.region.end);

interface VoiceSentence {
  sentence: Segment;
  paragraph: number;
  subject: string;
  subjectSpan: Span;
  verb: Span;
  /** Where the issuer's remark starts (the subject, or the sentence for a trailing "the report says"). */
  evidence: Span;
}

/**
 * The sentences of a release in which the issuer takes a position in its own voice: its name for itself (or "It"
 * right after such a sentence) as the subject, then one of its verbs and what it says; or "..., the report says.".
 * Sentences holding a quotation are left to the quotation's attribution.
 */
function voiceSentences(article: ArticleAnalysis, issuer: Issuer): VoiceSentence[] {
  const { text } = article;
  const documents = issuer.ownReport ? `|${DOCUMENT.replace('(?:the|this|our|its)', '(?:The|This|Our|Its)')}` : '';
  // (An opening mark before the subject: a reproduced statement's first sentence; other quoted sentences are skipped.)
  const subjectFirst = new RegExp(
    `^["“]?${SECTION_NUMBER}${FRONTED}(${issuer.selfNames}${documents}|It)${ASIDES}\\s+${AUX}{0,3}(${ISSUER_VERB.source})(?![\\p{L}])`,
    'du',
  );
  // "The pause has collapsed, and we call on ...": "we" opening a clause of its own later in the sentence.
  const weLater = new RegExp(
    `(?:[,;:]|\\s[—–])\\s+(?:and\\s+|but\\s+|so\\s+)?(we${issuer.kind === 'person' ? '|I' : ''})\\s+${AUX}{0,3}(${ISSUER_VERB.source})(?![\\p{L}])`,
    'du',
  );
  const found: VoiceSentence[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    if (index === 0 && isTitle(article, paragraph)) return;
    if (!inPart(issuer, paragraph)) return;
    const recommendation = recommendationOf(article, index);
    if (recommendation) {
      found.push(recommendation);
      return;
    }
    let previous: VoiceSentence | null = null;
    for (const sentence of splitSentences(text, paragraph)) {
      const quoted = article.quotations.some((q) => overlaps(q, sentence) && !issuer.reproduced.includes(q));
      const match = quoted ? null : (subjectFirst.exec(sentence.text) ?? weLater.exec(sentence.text));
      const subject = match?.[1];
      const [subjectAt, verbAt] = [match?.indices?.[1], match?.indices?.[2]];
      let voice: VoiceSentence | null = null;
      // "It also urged ...": the issuer again only right after a sentence in which it spoke of itself by name.
      const itIsIssuer =
        subject !== 'It' ||
        IMPERSONAL.test(sentence.text.slice(verbAt?.[0] ?? 0)) ||
        (previous !== null &&
          !FIRST_PERSON.test(previous.subject) &&
          !objectIsDocument(text.slice(previous.verb.end, previous.sentence.end)));
      // "I do not accept it.": a first person's short answer is a remark too; a third person's needs its object.
      const words = wordCount(sentence.text.slice(verbAt?.[1] ?? 0));
      const enough = words >= 3 || (subject !== undefined && FIRST_PERSON.test(subject) && words >= 1);
      if (subject && subjectAt && verbAt && itIsIssuer && enough) {
        const subjectSpan = { start: sentence.start + subjectAt[0], end: sentence.start + subjectAt[1] };
        voice = {
          sentence,
          paragraph: index,
          subject,
          subjectSpan,
          verb: { start: sentence.start + verbAt[0], end: sentence.start + verbAt[1] },
          // A "we" later in the sentence speaks the whole sentence; a subject after a fronted phrase, from itself on.
          // (A list's bullet is no part of the words.)
          evidence: trimSpan(text, {
            start: FIRST_PERSON.test(subject) ? sentence.start + (/^[-*•–]\s+/u.exec(sentence.text)?.[0].length ?? 0) : subjectSpan.start,
            end: sentence.end,
          }),
        };
      }
      const trailing = quoted || !issuer.ownReport ? null : TRAILING_DOCUMENT.exec(sentence.text);
      if (!voice && trailing && wordCount(sentence.text.slice(0, trailing.index)) >= 4) {
        const at = sentence.start + trailing.index + trailing[0].indexOf(trailing[1] as string);
        voice = {
          sentence,
          paragraph: index,
          subject: trailing[1] as string,
          subjectSpan: { start: at, end: at + (trailing[1] as string).length },
          verb: { start: at + (trailing[1] as string).length + 1, end: sentence.start + trailing.index + trailing[0].length },
          evidence: trimSpan(text, { start: sentence.start, end: sentence.start + trailing.index }),
        };
      }
      // "We underline that ... Turkey stands ready to receive the wounded.": a readiness after a remark of the same
      // paragraph goes on with it; opening a paragraph, it is a remark of its own.
      const weak = voice !== null && READINESS.test(text.slice(voice.verb.start, voice.verb.end));
      if (voice && !(weak && found.some((v) => v.paragraph === index))) found.push(voice);
      previous = voice;
    }
  });
  return found;
}

// (s23) A numbered recommendation, its label opening the paragraph or on the line before it, then the recommended
// act as a "That" clause: "Recommendation 1: That the Government double ...", "RECOMMENDATION 2" over "That the
// Government of Norland press for ..." (the form of Westminster-style committee reports).
const RECOMMENDATION_LABEL = /^recommendation\s+\d{1,2}\b\s*[:.–—-]?\s*/iu;
const RECOMMENDED_ACT = /^That\s+(?:the\s+)?\p{Lu}/u;

/**
 * A paragraph that is one of the issuer's numbered recommendations, as its voice sentence: the label is its subject
 * and verb (it says who recommends: the voice), the "That" clause its words. Null for any other paragraph.
 */
function recommendationOf(article: ArticleAnalysis, index: number): VoiceSentence | null {
  const paragraph = article.paragraphs[index] as Segment;
  const before = article.paragraphs[index - 1];
  const label = RECOMMENDATION_LABEL.exec(paragraph.text);
  // The label opens the paragraph, or is alone on the line above it.
  const labelSpan: Span | null = label
    ? { start: paragraph.start, end: paragraph.start + label[0].length }
    : before && RECOMMENDATION_LABEL.test(before.text) && before.text.trim().length <= 20
      ? { start: before.start, end: before.end }
      : null;
  const at = label ? paragraph.start + label[0].length : paragraph.start;
  if (!labelSpan || !RECOMMENDED_ACT.test(article.text.slice(at, paragraph.end))) return null;
  const evidence = trimSpan(article.text, { start: at, end: paragraph.end });
  return {
    sentence: { ...evidence, text: article.text.slice(evidence.start, evidence.end) },
    paragraph: index,
    subject: article.text.slice(labelSpan.start, labelSpan.end).trim(),
    subjectSpan: labelSpan,
    verb: labelSpan,
    evidence,
  };
}

/** The publisher as a speaker: the gazetteer's actor of that name, else a proposed organisation adopted by the resolver. */
function issuerSpeaker(article: ArticleAnalysis, resolver: SpeakerResolver, issuer: Issuer, mention: Span): ResolvedSpeaker {
  const { known } = issuer;
  if (known) return { status: 'actor', id: known.id, via: 'name', mention };
  let id = slugify(issuer.publisher);
  if (!id || article.gazetteer.actors.has(id)) id = `${id || 'issuer'}-proposed`;
  const proposal: ProposedActor = { id, name: issuer.publisher, kind: issuer.kind, aliases: issuer.aliases, roles: issuer.roles, mention };
  return { status: 'proposed', proposal: resolver.adopt(proposal), via: 'name', mention };
}

/** The statements in an issuer's own voice, dated by its release (the event extractor dates their appeals by it). */
const issuerStatements = new WeakSet<ExtractedStatement>();
export const isIssuerStatement = (statement: ExtractedStatement): boolean => issuerStatements.has(statement);

/**
 * The hook of the statement extractor: the statements of an article with its issuer's own voice added (or its
 * speaker named in full where the extractor found the publisher's bare head noun), and a public author's signed words
 * in his own voice (issuersOf). Unchanged for any article whose publisher is no organisation and that no public author
 * signs.
 */
export function speakInIssuersVoice(
  article: ArticleAnalysis,
  resolver: SpeakerResolver,
  statements: ExtractedStatement[],
): ExtractedStatement[] {
  let result = statements;
  // (s17) An address printed in full is read paragraph by paragraph as its speaker's turns (labelled-turns.ts): its
  // formulas (greetings, thanks, a call for a minute of silence) are no remarks, so no voice speaks in it.
  const address = printedAddress(article);
  const addressed = (address?.paragraphs ?? []).map((i) => article.paragraphs[i] as Segment);
  for (const issuer of issuersOf(article)) result = speakAs(article, resolver, result, issuer, addressed);
  continueWithList(article, result);
  return result;
}

/** The statements with one issuer's voice added, in the part of the text it speaks. */
function speakAs(
  article: ArticleAnalysis,
  resolver: SpeakerResolver,
  statements: ExtractedStatement[],
  issuer: Issuer,
  addressed: Span[],
): ExtractedStatement[] {
  const { text } = article;
  const publication = issuer.said ?? publicationWhen(article.publishedOn, "said in the issuer's own release, dated by its publication");
  // What the release says at a place was said on the day of the entry it stands in, where the release is told under
  // day lines (a page of readouts, each under its own "New York, 13 December 2016"), as its "today" is; else on its
  // part's day or its publication's. The day lines are read once, at the first remark that needs them.
  let dayHeadingOver: ((position: number) => string | null) | undefined;
  const releaseDay = (at: Span): When => {
    if (issuer.said) return publication;
    dayHeadingOver ??= dayHeadingsOver(article.paragraphs, article.publishedOn);
    const headed = dayHeadingOver(at.start);
    return headed
      ? {
          date: headed,
          precision: 'day',
          basis: 'stated',
          note: `said in the issuer's release, under its entry's day line (${describeDay(headed)})`,
        }
      : publication;
  };
  let speaker: ResolvedSpeaker | null = null;
  const speakerAt = (mention: Span) => {
    speaker ??= issuerSpeaker(article, resolver, issuer, mention);
    return { ...speaker, mention } as ResolvedSpeaker;
  };
  const { known, voices } = issuer;
  const selfNamed = (s: ExtractedStatement) => {
    if (!inPart(issuer, s.verb)) return false;
    if (known && s.speaker.status === 'actor' && s.speaker.id === known.id) return true;
    const name = speakerName(article, s.speaker).toLowerCase();
    return name === issuer.publisher.toLowerCase() || (issuer.head !== null && name === issuer.head.toLowerCase());
  };
  const issuerKey = () => (speaker ? speakerKey(speaker) : null);
  // "Wellspring is today appealing for US$9.6 million": the issuer's appeal for money is a doing of its own (an
  // appeal event), not a position.
  const result = statements.filter(
    (s) => !(selfNamed(s) && ['appeal', 'call'].includes(s.verb.lemma) && ASKS_FOR_MONEY.test(text.slice(s.verb.end, s.verb.end + 80))),
  );
  // The extractor's statements of the publisher under its head noun ("Ministry") or its own name: the issuer's.
  for (const statement of result) {
    if (!selfNamed(statement)) continue;
    statement.speaker = speakerAt(statement.speaker.mention ?? statement.verb);
    issuerStatements.add(statement);
    if (statement.said.date === null || issuer.said) statement.said = releaseDay(statement.verb);
    if (issuer.release && issuer.firstPerson) {
      // In a release that speaks as "we", "The Ministry notes that ..." is its own words: the whole sentence.
      const voice = voices.find((v) => v.sentence.start <= statement.verb.start && statement.verb.start < v.sentence.end);
      if (voice) {
        statement.kind = 'direct';
        statement.evidence = [voice.evidence];
        statement.said = releaseDay(statement.verb);
      }
    }
  }
  for (const voice of voices) {
    if (addressed.some((p) => overlaps(p, voice.sentence))) continue;
    // A sentence the extractor already read (a quotation in it, a remark of another speaker) is left as it read it,
    // unless it took a word of the issuer's name or of the aside after it for the speaker ("The Ministry of Health of
    // Norland condemns" or "We, the Foreign Ministers of Norland and Sweden, condemn" read as Norland's): then the
    // issuer speaks it.
    const read = result.filter((s) => s.evidence.some((e) => overlaps(e, voice.sentence)));
    const misread = read.find(
      (s) => s.speaker.mention && voice.subjectSpan.start <= s.speaker.mention.start && s.speaker.mention.end <= voice.verb.start,
    );
    if (misread && read.length === 1) {
      misread.speaker = speakerAt(voice.subjectSpan);
      issuerStatements.add(misread);
      misread.evidence = [voice.evidence];
      if (issuer.firstPerson) {
        misread.kind = 'direct';
        misread.said = releaseDay(voice.sentence);
      } else if (misread.said.date === null) misread.said = releaseDay(voice.sentence);
      continue;
    }
    if (read.length > 0) continue;
    const direct = issuer.firstPerson;
    const verb: SpeechVerb = {
      ...voice.verb,
      text: text.slice(voice.verb.start, voice.verb.end),
      lemma: 'state',
      participle: false,
      complement: 'any',
      speakerAfter: false,
    };
    // "On Monday the Forum appealed ...": a day set before the verb dates the remark; else the release's day. Not a
    // span, nor a day in a fronted "since" clause ("Since 2 November," "Since the army began its assault on 15
    // November, the Forum has recorded ...": both count from that day up to the release).
    const sinceClause = /^["“]?since\b/iu.test(text.slice(voice.sentence.start, voice.subjectSpan.start));
    const dated = article.dateMentions.find(
      (m) =>
        !sinceClause &&
        m.kind !== 'span' &&
        m.start >= voice.sentence.start &&
        m.end <= voice.subjectSpan.start &&
        voice.evidence.start === voice.subjectSpan.start,
    );
    const statement: ExtractedStatement = {
      speaker: speakerAt(voice.subjectSpan),
      speakerRole: null,
      kind: direct ? 'direct' : 'indirect',
      evidence: [voice.evidence],
      said: direct || !dated ? releaseDay(voice.sentence) : dated.when,
      place: null,
      basis: 'issuer',
      paragraph: voice.paragraph,
      attribution: [{ start: voice.sentence.start, end: voice.verb.end }],
      verb,
      continuation: false,
    };
    issuerStatements.add(statement);
    result.push(statement);
  }
  result.push(...ownCounts(article, issuer, result, speakerAt, releaseDay));
  if (issuer.release) {
    result.push(...ownSources(article, resolver, issuer, result));
    const others = othersPositions(article, resolver, issuer, result, releaseDay);
    result.push(...others);
    narratedSubjectGoesOn(article, result, others);
  }
  if (issuer.release) continueRemarks(article, result, issuerKey());
  // (s67) In a signed letter that dates itself ("Letter dated: 14 October 2016"), what another voice states in it with
  // no day of its own ("The Government of Norland condemns ...", the state the signer writes for) was said on the
  // letter's day, not on the day it was printed. Not a source the letter cites ("According to the Health Directorate,
  // ..."): that source spoke on a day the letter does not give.
  if (issuer.kind === 'person' && issuer.region && issuer.said?.date) {
    const letterDay = { ...issuer.said, note: `said in the letter, dated by its own day (${describeDay(issuer.said.date)})` };
    for (const statement of result)
      if (inPart(issuer, statement.verb) && statement.said.basis === 'publication' && statement.verb.lemma !== 'according to')
        statement.said = letterDay;
  }
  return result.sort((a, b) => (a.evidence[0] as Span).start - (b.evidence[0] as Span).start);
}

/** Whether a passage is read already: a statement's evidence (other than `except`'s) or a quotation overlaps it. */
const readAlready = (article: ArticleAnalysis, statements: ExtractedStatement[], span: Span, except?: ExtractedStatement) =>
  statements.some((s) => s !== except && s.evidence.some((e) => overlaps(e, span))) || article.quotations.some((q) => overlaps(q, span));

// A subject that names someone else: a name or title in capitals ("The Secretary-General", "Foreign Minister Roe",
// "The European Union"), or a pronoun the resolver takes back to one.
const OTHER_SUBJECT = String.raw`((?:[Tt]he\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){0,6}|He|She)`;

/**
 * In a release, a sentence whose own subject is someone other than the issuer, with one of the issuer's verbs of
 * position ("The Secretary-General is deeply alarmed by ...", "He calls on ...") in a statement a spokesman issues for
 * him: the subject's statement, reported (`indirect`), dated by the release (releaseDay). Only where the extractor found nothing
 * in the sentence, and only a subject the resolver names (a person, a state, an organisation; not a council's vote).
 */
function othersPositions(
  article: ArticleAnalysis,
  resolver: SpeakerResolver,
  issuer: Issuer,
  statements: ExtractedStatement[],
  releaseDay: (at: Span) => When,
): ExtractedStatement[] {
  const { text } = article;
  const pattern = new RegExp(`^${FRONTED}${OTHER_SUBJECT}${ASIDES}\\s+${AUX}{0,3}(${POSITION_VERB.source})(?![\\p{L}])`, 'du');
  const issuerItself = new RegExp(`^(?:${issuer.selfNames})$`, 'u');
  const found: ExtractedStatement[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    if (index === 0 && isTitle(article, paragraph)) return;
    if (!inPart(issuer, paragraph)) return;
    for (const sentence of splitSentences(text, paragraph)) {
      if (readAlready(article, statements, sentence)) continue;
      const match = pattern.exec(sentence.text);
      const [subjectAt, verbAt] = [match?.indices?.[1], match?.indices?.[2]];
      if (!match || !subjectAt || !verbAt || wordCount(sentence.text.slice(verbAt[1])) < 3) continue;
      if (issuerItself.test(match[1] as string)) continue;
      const verbSpan = { start: sentence.start + verbAt[0], end: sentence.start + verbAt[1] };
      const verb: SpeechVerb = {
        ...verbSpan,
        text: text.slice(verbSpan.start, verbSpan.end),
        lemma: 'state',
        participle: false,
        complement: 'any',
        speakerAfter: false,
      };
      const speaker = resolver.before(verb, sentence.start);
      if (speaker.status !== 'actor' && speaker.status !== 'proposed') continue;
      const start = sentence.start + subjectAt[0];
      found.push({
        speaker,
        speakerRole: null,
        kind: 'indirect',
        evidence: [trimSpan(text, { start, end: sentence.end })],
        said: releaseDay(verbSpan),
        place: null,
        basis: 'issuer-other',
        paragraph: index,
        attribution: [{ start, end: verbSpan.end }],
        verb,
        continuation: false,
      });
    }
  });
  return found;
}

// "He" or "She" opening a sentence (the paragraph's start or a full stop before it), at most two words ("also",
// "then") between it and the verb: matched against the paragraph's text up to the verb.
const PRONOUN_OPENING = /(?:^|[.!?]["”’]?\s+)(He|She)\s+(?:\p{Ll}+\s+){0,2}$/du;

/**
 * (s18) In a release narrated in the third person (a readout, a communiqué: "The Secretary-General expressed his alarm
 * at .... He stressed that ..."), "He" or "She" opening a sentence goes on with the person the paragraph's last
 * remark has as its subject. The extractor resolved that pronoun before othersPositions found the narrated subject
 * (whose verb is no verb of saying), so it took the person named before (the other party of a call): where the
 * nearest earlier statement of the paragraph with a person as its speaker is such a narrated subject, the pronoun is
 * that person. A remark in between by another person keeps the extractor's reading.
 */
function narratedSubjectGoesOn(article: ArticleAnalysis, statements: ExtractedStatement[], narrated: ExtractedStatement[]): void {
  if (narrated.length === 0) return;
  const { text, gazetteer } = article;
  const ordered = [...statements].sort((a, b) => a.verb.start - b.verb.start);
  for (const statement of ordered) {
    const paragraph = article.paragraphs[statement.paragraph];
    if (statement.speaker.via !== 'pronoun' || !paragraph) continue;
    const at = PRONOUN_OPENING.exec(text.slice(paragraph.start, statement.verb.start))?.indices?.[1];
    if (!at) continue;
    const mention = { start: paragraph.start + at[0], end: paragraph.start + at[1] };
    const last = ordered.findLast(
      (s) =>
        s !== statement && s.paragraph === statement.paragraph && s.verb.start < mention.start && isPersonSpeaker(gazetteer, s.speaker),
    );
    if (!last || !narrated.includes(last) || speakerKey(last.speaker) === speakerKey(statement.speaker)) continue;
    statement.speaker = { ...last.speaker, mention };
    statement.basis = 'narrated-pronoun';
  }
}

// "Our colleagues on the ground say that", "our partners estimate that": the issuer's own sources, by the words after
// "our" (a people's noun, and where they are). The issuer's reporters and readers are no sources.
const OWN_SOURCE = new RegExp(
  String.raw`(?:^|[,;]\s+|\s(?:and|but|while)\s+)([Oo]ur\s+((?!(?:correspondents?|reporters?|editors?|readers?|own|view|position|work)\b)\p{Ll}[\p{L}'’-]*(?:\s+(?:on|in|at|inside|across|from|of)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})?))\s+(?:${AUX}{0,3})$`,
  'u',
);
const PAST_VERB = /(?:ed|told|said|wrote|thought|knew|felt|saw|heard)$/u;

/**
 * (s37) In a release, a sentence that opens on the issuer's own count by its name ("By IPSC's count, at least 14
 * journalists have been killed in Syria in 2016"): the issuer's remark, reported (`indirect`), dated by the release. Not
 * "By our count" or "According to our count": an analyst's note counts so in its writers' own voice, which gives no
 * statements (the curation rules).
 */
function ownCounts(
  article: ArticleAnalysis,
  issuer: Issuer,
  statements: ExtractedStatement[],
  speakerAt: (mention: Span) => ResolvedSpeaker,
  releaseDay: (at: Span) => When,
): ExtractedStatement[] {
  const { text } = article;
  const opening = new RegExp(
    `^\\s*By\\s+(${issuer.selfNames})['’]s\\s+(?:own\\s+)?(?:count|tally|reckoning|estimate|figures|records),\\s+`,
    'du',
  );
  const found: ExtractedStatement[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    if (!inPart(issuer, paragraph)) return;
    for (const sentence of splitSentences(text, paragraph)) {
      if (readAlready(article, statements, sentence)) continue;
      const match = opening.exec(sentence.text);
      const name = match?.indices?.[1];
      if (!match || !name) continue;
      const evidence = trimSpan(text, { start: sentence.start + match[0].length, end: sentence.end });
      if (wordCount(text.slice(evidence.start, evidence.end)) < 3) continue;
      const mention = { start: sentence.start + name[0], end: sentence.start + name[1] };
      const verb: SpeechVerb = {
        start: sentence.start,
        end: sentence.start + match[0].length,
        text: match[0],
        lemma: 'state',
        participle: false,
        complement: 'any',
        speakerAfter: false,
      };
      found.push({
        speaker: speakerAt(mention),
        speakerRole: null,
        kind: 'indirect',
        evidence: [evidence],
        said: releaseDay(verb),
        place: null,
        basis: 'issuer',
        paragraph: index,
        attribution: [{ start: sentence.start, end: verb.end }],
        verb,
        continuation: false,
      });
    }
  });
  return found;
}

/**
 * In a release in the issuer's "we", what its own people report with a verb of saying ("Our colleagues on the ground
 * say that ...", "our partners estimate that ...") is theirs: a group named by the words after "our", reported
 * (`indirect`), with no day of its own when the verb is in the present, else the release's day.
 */
function ownSources(
  article: ArticleAnalysis,
  resolver: SpeakerResolver,
  issuer: Issuer,
  statements: ExtractedStatement[],
): ExtractedStatement[] {
  const { text } = article;
  const found: ExtractedStatement[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    if (!inPart(issuer, paragraph)) return;
    for (const sentence of splitSentences(text, paragraph)) {
      if (readAlready(article, statements, sentence)) continue;
      for (const verb of findSpeechVerbs(text, sentence, article.quotations)) {
        if (verb.participle || verb.speakerAfter) continue;
        const source = OWN_SOURCE.exec(text.slice(sentence.start, verb.start));
        if (!source) continue;
        const content = /^\s+(?:that\s+)?/u.exec(text.slice(verb.end, sentence.end));
        const evidence = trimSpan(text, { start: verb.end + (content?.[0].length ?? 0), end: sentence.end });
        if (wordCount(text.slice(evidence.start, evidence.end)) < 3) continue;
        const name = (source[2] as string).replace(/\s+/gu, ' ');
        const at = sentence.start + source.index + source[0].indexOf(source[1] as string);
        const mention = { start: at, end: at + (source[1] as string).length };
        const proposal = resolver.adopt({ id: slugify(name), name, kind: 'group', aliases: [name], roles: [], mention });
        const past = PAST_VERB.test(verb.text);
        found.push({
          speaker: { status: 'proposed', proposal, via: 'description', mention },
          speakerRole: null,
          kind: 'indirect',
          evidence: [evidence],
          said: past
            ? publicationWhen(article.publishedOn, "reported in the past tense with no day: the release's day")
            : { date: null, precision: 'unknown', basis: 'publication', note: `reported as "${verb.text}", which gives no day` },
          place: null,
          basis: 'issuer-source',
          paragraph: index,
          attribution: [{ start: mention.start, end: verb.end }],
          verb,
          continuation: false,
        });
        break;
      }
    }
  });
  return found;
}

/**
 * A release's sentences after one of its remarks in its own words ("we"), in the same paragraph, with no verb of
 * saying of their own and no quotation, go on with that remark ("We welcome the resolution ... Turkey was among its
 * co-sponsors.").
 */
function continueRemarks(article: ArticleAnalysis, statements: ExtractedStatement[], key: string | null): void {
  if (key === null) return;
  const { text } = article;
  for (const statement of statements) {
    if (speakerKey(statement.speaker) !== key || statement.kind !== 'direct') continue;
    const paragraph = article.paragraphs[statement.paragraph] as Segment;
    const last = statement.evidence.at(-1) as Span;
    for (const sentence of splitSentences(text, paragraph)) {
      if (sentence.start < last.end) continue;
      if (!freeOfOthers(article, statements, statement, sentence)) break;
      statement.evidence.push(trimSpan(text, sentence));
    }
  }
}

/** Whether a passage after a statement is no other statement's, holds no quotation and no verb of saying. */
const freeOfOthers = (article: ArticleAnalysis, statements: ExtractedStatement[], statement: ExtractedStatement, span: Span) =>
  !readAlready(article, statements, span, statement) && findSpeechVerbs(article.text, span, article.quotations).length === 0;

/**
 * A list after a remark that ends on a colon goes on with it, an item a line, in the first or the third person, by
 * anyone and in any kind of text ("We call on all parties:", "The Centre urges the authorities to:", "The Alliance
 * calls on the members of the Security Council to:", then the items). (s42: a release's issuer only until then; a
 * press release whose call was read as the body's, not the issuer's voice, kept the items out of it.)
 */
function continueWithList(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    const last = statement.evidence.at(-1) as Span;
    if (!/:\s*$/u.test(text.slice(last.start, last.end))) continue;
    // The lead's sentence must end its paragraph: a colon inside it opens no list below.
    const paragraph = article.paragraphs[statement.paragraph] as Segment;
    if (text.slice(last.end, paragraph.end).trim() !== '') continue;
    for (const item of article.paragraphs.slice(statement.paragraph + 1)) {
      const marker = LIST_ITEM.exec(item.text);
      if (!marker) break;
      // An item opening on a verb of saying is what is called for ("- demand an immediate end to ..."), not a remark.
      const body = { start: item.start + marker[0].length, end: item.end };
      const firstWord = /^\S+/u.exec(text.slice(body.start, body.end))?.[0].length ?? 0;
      const rest = { start: body.start + firstWord, end: item.end };
      if (readAlready(article, statements, item, statement) || findSpeechVerbs(text, rest, article.quotations).length > 0) break;
      statement.evidence.push(trimSpan(text, item));
    }
  }
}

// A line of a list: "- to stop at once ...", "• release ...", "1. ...", "(a) ...".
const LIST_ITEM = /^(?:[-–—•*·▪]\s+|\(?(?:\d{1,2}|[a-z])[.)]\s+)/u;
