/**
 * Speech carried by speaker labels: a record whose paragraphs open with the name of whoever speaks ("Mr. Smith
 * (Norland):", "The Minister of State (Baroness Roe) (Con):", "HOST:", "Q:", "Name, on behalf of a group. – ..."), or
 * whose labels stand on lines of their own with the words after them (a factbox's "* Foreign Minister Jane Roe, Dec.
 * 13, in Oslo:" then the quotation). Each labelled turn runs to the next label, a stage direction ("A vote was taken
 * by show of hands.", "Lord X rose—", "[Interruption]") or a heading; its record is one `direct` statement by the
 * label's person in the turn's own words (the curation rule: a transcript label, an interview answer, a verbatim
 * record's contribution), dated by the label's own day (a bullet's date) or the record's (the header's day, handed
 * to statement-dates.ts as the occasion). Not remarks: an asker's turns (Q:, QUESTION:, a host, the outlet's own
 * journalists; a remark a question reports is still found by the ordinary rules), a chair's procedure (giving the
 * floor, putting a text to the vote, announcing its result, resuming the chair), a turn cut short ("My Lords—").
 * The person: the one a label's parentheses name after an office ("The Minister (Baroness Roe)"), the person the
 * header names in the chair for "The President", the interviewee for "A:", a gazetteer person by the label's name,
 * a person named earlier whose name holds the label's last word ("NOOR" for "Dr. Lina Noor"), else a new person
 * by the name the label gives (courtesy titles dropped, a peer's title kept); a state in parentheses is the
 * delegation, not the speaker. What a turn relays from others with its own verb is left to the ordinary rules.
 */
import { type ArticleAnalysis, isTitle } from './article-analysis.js';
import { datedDashDateline, publicationWhen } from './date-expressions.js';
import { captionedAnswers, printedAddress, SPOKEN_FOR, signedLetters, type ThreadPost, threadPosts } from './document-author.js';
import { FEMALE_NOUN, KIN_WORDS, MALE_NOUN } from './figure-counted.js';
import { isOrganisationName } from './issuer-voice.js';
import {
  type ActorKind,
  isHonorific,
  isoStateCode,
  isTitleWord,
  NAME_PARTICLE,
  nameEndingAt,
  slugify,
  titleCased,
} from './proper-names.js';
import {
  COURTESY_TITLES,
  headerDay,
  headerLines,
  LEGISLATOR_TITLES,
  MIN_TURN_LABELS,
  OFFICE_TITLES,
  openingDatelineDay,
  PEER_TITLES,
  type RecordDay,
} from './record-header.js';
import { PERSON_NOUNS, type ProposedActor, type ResolvedSpeaker, type SpeakerResolver } from './speaker-resolution.js';
import { findSpeechVerbs, type SpeechVerb } from './speech-verbs.js';
import { type ExtractedStatement, speakerKey, speakerName } from './statement-extractor.js';
import { escapeRegExp, insideAny, nameAsWord, type Segment, type Span, splitSentences, trimSpan, wordCount } from './text-segments.js';

/** What a label hands its turn to: a speaker, an asker (no statements), or nobody the record can name. */
export type TurnRole = 'speaker' | 'asker' | 'none';

export interface Turn {
  /** The paragraph the label opens (or stands on). */
  paragraph: number;
  /** The label's characters: the turn's attribution, where its own day is looked for. */
  label: Span;
  role: TurnRole;
  speaker: ResolvedSpeaker | null;
  /** An office the label gives its person ("The Minister of State, Foreign Office"). */
  office: string | null;
  /** The turn's words, one span per paragraph. */
  body: Span[];
  /**
   * The state a delegate's label names in parentheses ("(Norland)"), as a speaker key: its statements in the turn are
   * the delegate's.
   */
  delegation: string | null;
  /**
   * (s28) A paragraph of the briefer's opening, printed with no label before the first turn (openingTurns): its
   * sentences that relay others are theirs, as an address's are.
   */
  unlabelled?: boolean;
  /** (s33) A clip under a broadcast script's lower third (lowerThirdOf): the anchor's line before it may lead into it. */
  clip?: boolean;
}

export interface LabelledRecord {
  turns: Turn[];
  /** The record's first labelled paragraph: its introduction sets the occasion (statement-dates.ts). */
  opening: Segment;
  /** The record's own day, from a header line before the first turn ("Monday, 5 December 2016, 3 p.m."): record-header.ts. */
  day: RecordDay | null;
  /** Drafts a person a turn brings in (a caller's cousin) as a new actor, like a name the resolver met. */
  adopt: (proposal: ProposedActor) => ProposedActor;
  /**
   * (s17) One speaker's address printed in full (document-author.ts printedAddress), not a record of labelled turns:
   * a paragraph's sentences that relay others are theirs, not the speaker's remark.
   */
  address?: boolean;
  /** (s18) An interview printed without labels (readUnlabelledInterview): its answers' records are keyed apart. */
  unlabelled?: boolean;
  /**
   * (s58) Answers under captions (readCaptionedAnswers), whose speaker the page tells of in the third person: a bare
   * "he said" or "she said" in an answer is the captioned speaker (in a letter or a post it is someone else).
   */
  captioned?: boolean;
}

const alternation = (words: readonly string[]) => `(?:${words.join('|')})`;
const COURTESY = alternation(COURTESY_TITLES);
// A peer's or honorific title, and the office titles a label's name may open on ("Ambassador Roe (Norland):").
const PEERAGE = alternation([...PEER_TITLES, 'Ambassador', 'General', 'Senator', 'Rep', 'Minister']);
// An office or rank a label puts before a name ("Ambassador Jane Roe (Norland):", "Captain Ivo Roe:"): the label's
// office, not part of the person's name (a peer's title, "Lord Roe", is).
const OFFICE_TITLE = alternation(OFFICE_TITLES);
// A member of a legislature by the title a transcript gives ("SENATOR HALE:", "Sen. Roe:", "REP. ROE (D-NY):",
// "Congresswoman Roe:"): the label names the member by surname, and a member's turn is a contribution of their own,
// never an interviewer's question, however it ends.
const LEGISLATOR = alternation(LEGISLATOR_TITLES);
// A person's particles (proper-names.ts) and a peer's "of" and "St" ("Lord Roe of St Albans").
const PARTICLE = `(?:${NAME_PARTICLE}|of|St)`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PERSON_HEAD = String.raw`(?:(?:${COURTESY}|${PEERAGE})\.?\s+)?${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*(?:${NAME_WORD}|${PARTICLE}-${NAME_WORD})){0,5}`;
const OFFICE_HEAD = String.raw`The\s+(?:[\p{L}'’-]+,?\s+){0,14}?[\p{L}'’-]+`;
// "(Russian Federation)", "(Venezuela (Bolivarian Republic of))", "(spoke in Russian)", "(Con)": a parenthesis's
// words (one nested pair allowed), the label's run of them, and one of them with its words captured.
const PAREN_BODY = String.raw`(?:[^()\n]|\([^()\n]{1,40}\)){1,90}`;
const PARENS = String.raw`(?:\s*\(${PAREN_BODY}\))*`;
const ONE_PAREN = new RegExp(String.raw`\((${PAREN_BODY})\)`, 'gu');
// A colon, or a dash after the name: "Name: ...", "Name – ...", "Name (Group). – ...".
const SEPARATOR = String.raw`(?:\s*:|\.?\s+[–—]|\s+-)\s+`;
const BULLET = /^(?:[*•·▪‣]|-(?=\s)|\d{1,2}[.)])\s+/u;
// (s56) A recording's time stamp before the label ("[00:03:15] DR. KARIM ASWAD: ...", "(14:02) HOST: ...", "01:52
// RAHAF KAYALI: ..."), as a podcast's or a broadcast's transcript prints each turn: a mark of the tape, not of the
// words. Unbracketed, only in a recording whose stamps start from nothing ("00:00 NIA ROWLANDS: ...") and before a
// label in capitals: a log's or a live page's "14:05 UN: ..." is a time of day.
const TIME_STAMP = /^[[(]\d{1,2}(?::\d{2}){1,2}[\])]\s+/u;
const TAPE_STAMP = /^\d{1,2}(?::\d{2}){1,2}\s+(?=(?:\p{Lu}{1,4}\.?\s+)?\p{Lu}{2,}[\p{Lu}'’.-]*[\s:])/u;
const TAPE_START = /^(?:0?0:)?0?0:\d{2}\s/mu;
// After the name: parentheses, then an apposition ("Jane Roe, on behalf of the Greens Group. –", "Jane Roe,
// Vice-President of the Commission. –", "Jane Roe (Greens), blue-card question. –"). (s67) An initialism's stops
// are no full stop: "JANE ROE, U.S. AMBASSADOR TO THE U.N.: ..." (a stop right after a lone capital).
const APPOSITION = String.raw`(?:,\s+(?:[^:.()\n–—"“”]|(?<=(?<![\p{L}'’])\p{Lu})\.){2,160}?)?`;
const INLINE_LABEL = new RegExp(String.raw`^(${OFFICE_HEAD}|${PERSON_HEAD})(${PARENS}${APPOSITION}${PARENS})(${SEPARATOR})(?=\S)`, 'u');
// An interview's question and answer marked with a full stop ("Q. How many ships are waiting?", "A. Forty."): read as
// "Q:" and "A:" (a record only where both are, as those are).
const QA_DOT = /^(Q|A)()(\.\s+)(?=\S)/u;
const INLINE_DASH_ONLY = /[–—-]\s+$/u;

// Labels of whoever asks (their questions are no statements), of what is no speaker, and of the chair.
const ASKER =
  /^(?:Q|Question|Questioner|Host|Co-host|Interviewer|Presenter|Anchor|Moderator|Reporter|Journalist|Correspondent|Announcer|Audience(?:\s+member)?|Participant|Unidentified\s+\p{L}+)$/iu;
// (s41) A broadcast's "GUEST:" answers as "A:" does: the person the host introduced.
const ANSWER = /^(?:A|Answer|Guest|Interviewee)$/iu;
// (s33) A broadcast script's production marks are no one's labels either: its cues ("IN WORDS:", "OUT CUE:"), items and
// elements ("VT:", "PKG:", "VO:", "TRACK:", "TAG:", "BACK ANNO:", "STANDUP:"), its rundown and running times.
const NO_SPEAKER =
  /^(?:Note|Notes|Update|Editor['’]s\s+note|Source|Sources|Photo|Photos|Related|Correction|Read\s+more|Watch|Listen|Transcript|Background|Context|Contact|Summary|Analysis|Comment|Warning|Caption|Credit|Video|Image|Map|Timeline|Key\s+points|Why\s+it\s+matters|The|More|See\s+also|In\s+favour|Against|Abstaining|Abstentions|Ayes|Noes|(?:In|Out)(?:\s+(?:words|cue|point))?|Cue|Back\s+anno(?:uncement)?|Tag|VT|PKG|Package|VO|VOSOT|SOT|Nat\s+sot|Track|Stand-?up(?:per)?|Rundown|Heads|Headlines|Slug|Dur(?:ation)?|TX|Super|CG|Clip|Sync|Soundbite|Graphic|GFX)$/iu;
const CHAIR =
  /^(?:The\s+)?(?:Acting\s+|Vice-|Deputy\s+|Lord\s+)?(?:President|Chair|Chairman|Chairwoman|Chairperson|Speaker|Presiding\s+Officer)$|^(?:Mr|Madam|Madame)\.?\s+(?:President|Speaker|Chair|Chairman)$/iu;
const JOURNALIST_ROLE =
  /^(?:anchor|host|co-host|presenter|newsreader|announcer|correspondent|reporter|interviewer|moderator|journalist|byline)$/iu;

// What a record says of its own proceedings, between turns: no one's words.
const STAGE_DIRECTION = [
  /^[[(].*[\])]\.?$/su,
  /\brose\s*[—–-]*\s*$/u,
  /^An?\s+(?:recorded\s+)?vote\s+was\s+taken\b/iu,
  /^(?:In\s+favour|In\s+favor|Against|Abstaining|Abstentions?|Ayes|Noes|Contents|Not-contents)\s*:?\s*$/iu,
  /^The\s+(?:meeting|sitting|session|House|Council|Assembly|Committee|Chamber)\s+(?:was\s+(?:called\s+to\s+order|suspended|resumed|adjourned)|rose|resumed|adjourned|divided)\b/iu,
  /^(?:Question\s+put|Division|Interruption|Laughter|Applause)\b/iu,
];
/** Whether a paragraph is a record's stage direction ("(SOUNDBITE OF ARCHIVED RECORDING)", "The meeting rose ..."). */
export const isStageDirection = (paragraph: string): boolean => STAGE_DIRECTION.some((s) => s.test(paragraph));
const OFFICE_WORD =
  /^(?:President|Minister|Secretary|Secretary-General|Director|Ambassador|Spokesman|Spokeswoman|Spokesperson|Envoy|Chancellor|Premier|Prime|General|Commissioner|Coordinator|Chief|Head|Representative|Senator|King|Queen|Emir|Deputy|Foreign|Defence|Defense|Executive|Special|High|State|Office|Ministry|Council|Agency|News|Press)$/u;
const FIRST_PERSON = /(?<![\p{L}])(?:I|we|We|my|My|our|Our|us|me)(?![\p{L}'’])/u;
const HEADING = /^[^\n]{1,90}(?<![.!?"”:—–-])$/u;

// A chair's or speaker's procedure: giving the floor, putting a text to the vote, announcing the result, taking up or
// resuming the chair, thanking the previous speaker, opening and closing the sitting.
const PROCEDURAL = [
  /\b(?:give|giving|gave|yield|yielding)\s+the\s+floor\b/iu,
  /\bthe\s+floor\s+(?:is|goes)\b/iu,
  /\b(?:call|calling)\s+(?:on|upon)\s+(?:the\s+)?(?:representative|distinguished|honourable|honorable|noble|next\s+speaker|speakers)\b/iu,
  /\bI\s+(?:now\s+)?(?:invite|recognize|recognise)\s+(?:the\s+)?(?:representative|distinguished|honourable|honorable|noble|next)\b/iu,
  /\bput\s+(?:the\s+|this\s+)?(?:draft\s+)?(?:resolution|text|motion|amendment|question|draft|proposal)\b[^.]{0,60}\bto\s+(?:the|a)\s+vote\b/iu,
  /\b(?:shall|will)\s+now\s+(?:proceed\s+to\s+(?:the\s+)?vot|take\s+(?:a\s+)?(?:decision|action)|vote\s+on)/iu,
  /\b(?:received|obtained)\s+\S+\s+votes?\s+in\s+fav(?:ou)?r\b/iu,
  /^(?:The\s+)?(?:draft\s+)?(?:resolution|text|motion|amendment|proposal)[^.]{0,60}\b(?:has|have|was|were)\s+(?:not\s+)?been\s+(?:adopted|rejected|carried|agreed)\b/iu,
  /\bhave\s+before\s+them\s+(?:document|the\s+text|a\s+draft)\b/iu,
  /\b(?:Council|Assembly|House|Committee|Chamber|Parliament|Conference)\s+(?:will|shall)\s+now\s+(?:begin|proceed|consider|take\s+up|turn|hear|resume)\b/iu,
  /\bin\s+accordance\s+with\s+the\s+understanding\s+reached\b/iu,
  /\bin\s+accordance\s+with\s+rule\s+\d+\b/iu,
  /\b(?:meeting|session|sitting)\s+(?:has\s+been|was|is\s+being)\s+(?:convened|called|requested)\b/iu,
  /\binvite\b[^.]{0,160}\bto\s+(?:participate|take\s+(?:a\s+)?(?:seat|part))\b/iu,
  /\b(?:joining|participating\s+in|addressing)\s+(?:today['’]s|this)\s+(?:meeting|sitting|session)\s+(?:via|by|from)\b/iu,
  /\bno\s+(?:more|further|other)\s+(?:names|speakers)\b|\blist\s+of\s+speakers\b/iu,
  // (s59) The Commons' courtesy of giving way: "Will the right hon. Gentleman give way?", "Will my hon. Friend give
  // way?", "I give way to the Chair of the Committee.", "I will give way.", "I beg to move," (the motion is the record's).
  /^(?:Will|Would)\s+(?:the|my)\s+(?:right\s+)?(?:hon\.?|honourable)\s+(?:and\s+(?:learned|gallant)\s+)?(?:Gentleman|Lady|Member|Friend)\s+give\s+way\?$/iu,
  /^I\s+(?:will\s+|shall\s+)?(?:gladly\s+|happily\s+)?give\s+way(?:\s+to\s+[^.]{1,80})?\.$/iu,
  /^I\s+beg\s+to\s+move,?$/iu,
  /^That\s+this\s+House\s+has\s+considered\b[^.]{0,120}\.$/iu,
  /^The\s+next\s+item\s+is\b/iu,
  /^The\s+(?:debate|item|discussion)\s+is\s+(?:closed|open)\b/iu,
  /\bdraw\s+the\s+attention\s+of\b[^.]{0,60}\bto\s+(?:document|the\s+text|a\s+letter)\b/iu,
  /\b(?:resume|resuming)\s+(?:my|the|his|her)\s+functions\b/iu,
  /\b(?:make|making)\s+(?:a\s+)?statement\s+in\s+my\s+(?:national\s+)?capacity\s+as\b/iu,
  /\b(?:meeting|sitting|session|debate|hearing|committee|subcommittee)\s+(?:is|was|stands)\s+(?:now\s+)?(?:open|opened|closed|adjourned|suspended|resumed|called\s+to\s+order)\b/iu,
  // A hearing's chair (a legislature's committee): calling it to order ("The subcommittee will come to order."),
  // welcoming or thanking the witnesses ("We welcome our panel", "I thank our witnesses for coming"), entering their
  // statements into the record and keeping it open ("Without objection, your written testimony will be made part of
  // the record", "The record will stay open for five days"), giving the floor and keeping time ("You are recognized
  // for five minutes", "Please proceed", "The Senator's time has expired", "Would you care to reply?").
  /\bcome\s+to\s+order\b/iu,
  /\b(?:welcome|introduce|thank)\s+(?:our|the|today['’]s)\s+(?:(?:first|next|distinguished)\s+)?(?:witness|witnesses|panel|panelists|panellists|guests?)\b/iu,
  /^(?:Our|The|Today['’]s)\s+(?:(?:first|next|only|sole)\s+)?(?:witness|witnesses|panel|panelists|panellists)\s+(?:today\s+|this\s+(?:morning|afternoon)\s+)?(?:is|are|will\s+be|includes?)\b/iu,
  /\b(?:statement|statements|testimony|remarks)\b[^.]{0,40}\b(?:entered|made\s+(?:a\s+)?part\s+of|included|inserted|placed)\s+(?:in(?:to)?|of|in\s+full\s+in)\s+the\s+record\b/iu,
  /\brecord\s+will\s+(?:remain|stay|be\s+(?:kept|held))\s+open\b/iu,
  /^Without\s+objection\b/iu,
  /\b(?:is|are)\s+recogni[sz]ed\s+for\b|^(?:You\s+may|Please)\s+(?:now\s+)?(?:proceed|begin|go\s+ahead)\b|\btime\s+has\s+expired\b/iu,
  /\b(?:do|would|will)\s+you\s+(?:want|like|wish|care)\s+to\s+(?:respond|reply|comment|answer)\b/iu,
  // A turn that only names the next speaker gives the floor: "Senator Hale.", "Ms. Vance?", "Congresswoman Roe."
  new RegExp(
    String.raw`^(?:${LEGISLATOR}|${COURTESY}|${OFFICE_TITLE}|Madam|Chairman|Chairwoman|Ranking\s+Member)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?[.?!]$`,
    'u',
  ),
  /\bI\s+(?:declare|call)\s+(?:the\s+)?(?:meeting|sitting|session)\b/iu,
  /\bit\s+is\s+the\s+turn\s+of\b/iu,
  /\bthere\s+(?:are|being)\s+no\s+(?:further\s+|more\s+)?(?:speakers|requests)\b/iu,
  /^Order[.!,]/u,
  // (s28) A briefer's greeting and the topic he opens on, alone in their sentences ("Good afternoon, everyone.", "I will
  // begin with Syria."); not the topic with a remark of its own ("I will start with the Council, which this morning ...").
  /^Good\s+(?:morning|afternoon|evening)(?:,?\s+(?:everyone|everybody|all))?[.!]$/iu,
  /^(?:I\s+(?:will|['’]ll|would\s+like\s+to|want\s+to)|Let\s+me)\s+(?:begin|start|open)\s+(?:with|by)\s+[^.,;]{1,40}[.!]$/iu,
  // Thanks alone; not thanks joined to a remark of the speaker's own ("We thank the ministry, and we ask the Minister to").
  /^(?:I|We)\s+(?:(?:would\s+like\s+to|wish\s+to|should\s+like\s+to)\s+)?thank\s+(?:(?!,?\s+(?:and|but)\s+(?:I|we)\s)[^.]|\b(?:Mr|Mrs|Ms|Dr|St)\.){0,100}[.!]?$/iu,
  /^(?:Thank\s+you|Thanks)(?:,?\s+(?:and\s+)?(?:very\s+much|Mr\.?\s+\S+|Madam\s+\S+|all|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))*[.!]?$/u,
];
// How a turn opens that says nothing yet: "My Lords,", "Mr President,", "Madam Speaker,".
const SALUTATION =
  /^(?:(?:My\s+Lords|Mr\.?\s+(?:President|Speaker|Chairman|Chair|Secretary)|Madam\s+(?:President|Speaker|Chair|Chairman|Secretary)|(?:Senator|Congressman|Congresswoman)(?=,)|Your\s+Excellenc(?:y|ies)|Colleagues|Ladies\s+and\s+gentlemen)[,.!—–-]*\s*)+/iu;

interface Label {
  paragraph: number;
  span: Span;
  /** Where the turn's words begin: after the label in its paragraph, or the next paragraph (a label on its own line). */
  wordsFrom: number | null;
  head: string;
  parens: string[];
  separator: string;
  /** What the label says the person is ("Vice-President of the Commission"), after the name and a comma. */
  apposition: string | null;
  own: boolean;
  /** A written record's field naming who asked or who answered ("Asked by Jane Roe (Northfield)", "Answered by: ..."). */
  field: 'asked' | 'answered' | null;
  /** The label's last paragraph: a field line under it that belongs to it ("Answered on: 3 May 2016"). */
  through: number;
  /** (s33) A broadcast script's lower third over a clip (lowerThirdOf): its person speaks the clip's words under it. */
  lowerThird?: boolean;
}

// A written question-and-answer record's fields (a parliament's written answers, questions for the record): who asked
// ("Asked by Jane Roe (Northfield)", "Tabled by: Lord Roe"), who answered ("Answered by: Jane Roe, Minister of State,
// Foreign Office", "Replied by Mr Roe (Minister for Trade)", "Answer from: Jane Roe"), and the answer's date on the
// line under the answerer ("Answered on: 3 May 2016", "Date of reply: 3.5.2016"). The answer's paragraphs are the
// answerer's turn; the question ("To ask the Secretary of State ...") is the asker's and makes no statement.
const FIELD_LABEL =
  /^(?:(?<asked>Asked|Tabled|Submitted|Put\s+down)|(?<answered>Answered|Replied|Responded|Answer(?:ed)?\s+given|(?:Answer|Reply|Response)(?=\s+(?:from|by))))\s+(?:by|from)\s*:?\s+(?<who>\p{Lu}[^\n]{1,200})$/u;
const ANSWER_DATE_FIELD =
  /^(?:(?:Answered|Replied|Responded)\s+on|Date\s+(?:of\s+)?(?:answer(?:ed)?|reply|response))\s*:?\s+\S[^\n]{0,40}$/iu;

// The day a written question was put ("Question 4410, tabled on 5 December 2016"): the question's, not the answer's.
const QUESTION_DAY = /\b(?:tabled|asked|submitted|put\s+down)\s+on\b/iu;

/** A written record's field label (FIELD_LABEL) as a label: the name before its parentheses or comma, and what follows. */
function fieldLabelOf(article: ArticleAnalysis, index: number): Label | null {
  const paragraph = article.paragraphs[index] as Segment;
  const match = FIELD_LABEL.exec(paragraph.text);
  if (!match?.groups) return null;
  const who = match.groups.who as string;
  const head = /^[^,(]+/u.exec(who)?.[0].trim() ?? '';
  if (!personShaped(head)) return null;
  const rest = who.slice(head.length);
  const parens = [...rest.matchAll(ONE_PAREN)].map((m) => (m[1] as string).trim());
  const apposition = /^\s*,\s+(.+?)\s*$/su.exec(rest.replace(ONE_PAREN, ''))?.[1] ?? null;
  const next = article.paragraphs[index + 1];
  const dated = match.groups.answered !== undefined && next !== undefined && ANSWER_DATE_FIELD.test(next.text);
  return {
    paragraph: index,
    span: { start: paragraph.start, end: dated ? next.end : paragraph.end },
    wordsFrom: null,
    head,
    parens,
    separator: ':',
    apposition,
    own: false,
    field: match.groups.asked !== undefined ? 'asked' : 'answered',
    through: dated ? index + 1 : index,
  };
}

// (s33) A broadcast script's marks over a clip of someone speaking: the caption keyed over the picture that names who
// speaks (the lower third: "SUPER:", "CG:", "CHYRON:", "LOWER THIRD:", "FONT:", "NAME STRAP:", "ASTON:"), and the
// clip's own mark (sound on tape: "SOT:", "SOUNDBITE (English):", "SYNC:", "BITE:", radio's "ACT:" and "CUT 3:"),
// with an aside in brackets after it ("(English)", "(ON CAM)"); in capitals, the few no prose line opens with in title
// case too ("Soundbite", "Lower third"), never "Key:" or "Caption:".
const SCRIPT_MARK = String.raw`(?:SUPER|CG|CHYRON|LOWER[\s-]+THIRD|L3|FONT|KEY|NAME\s*(?:SUPER|KEY|STRAP)|STRAP|ASTON|CAPTION|SOT|SOUNDBITE|SOUND\s*BITE|BITE|SYNC|ACT|ACTUALITY|CLIP|CUT(?:\s*\d{1,2})?|Super|Chyron|Lower[\s-]+third|Name\s+(?:super|strap)|Soundbite|Sound\s+bite|Sync|Actuality)(?:\s*\([^()\n]{1,30}\))?`;
const SCRIPT_MARK_OPEN = new RegExp(String.raw`^[\[(]?\s*${SCRIPT_MARK}\s*(?::|[–—]|\s-|\/)\s*`, 'u');
// A script mark with nothing after it ("SOT:", "SOUNDBITE:"): the clip's words come under it.
const BARE_SCRIPT_MARK = new RegExp(String.raw`^[\[(]?\s*${SCRIPT_MARK}\s*[:\])]?\s*$`, 'u');
/** (s33) Whether a paragraph is only a broadcast script's mark or lower third ("SOT:", "SUPER: Jane Roe / Nurse"). */
export const isScriptMark = (paragraph: string): boolean =>
  BARE_SCRIPT_MARK.test(paragraph) ||
  (SCRIPT_MARK_OPEN.test(paragraph) && wordCount(paragraph) <= LOWER_THIRD_WORDS && !/["“”]/u.test(paragraph));

// (s33) A script's item slug, in capitals with its number ("02 ALEPPO INTRO", "A1 | 6:00:00 | BUSES | VO / SOT | 1:05"),
// and the headlines item among them ("01 HEADS", "HEADLINES", "TEASE", "MENU").
const ITEM_SLUG = /^[A-Z]?\d{1,3}\s+(?=[^\n]*\p{Lu}{2})[^\p{Ll}\n]*$/u;
const HEADLINES_SLUG = /\b(?:HEADS|HEADLINES|TEASES?|MENU)\b/u;

/**
 * (s33) Whether a paragraph is in a script's headlines item (the lines under "01 HEADS" up to the next item's slug):
 * they say again, in headline form, what the items after them report with their attributions, as a standfirst does.
 */
export function inScriptHeadlines(article: ArticleAnalysis, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const line = (article.paragraphs[i] as Segment).text.trim();
    if (ITEM_SLUG.test(line)) return HEADLINES_SLUG.test(line);
  }
  return false;
}

// What a lower third says of its person after the name: "/ U.S. Ambassador", "// Nurse", ", nurse", "– nurse", "| Owner".
const LOWER_THIRD_ROLE = /^\s*(?:\/\/?|,|[–—|]|\s-)\s*([^"“”:\n]{2,120}?)\s*$/u;

/**
 * (s33) A lower third (SCRIPT_MARK then a person's name, and what the caption says of the person after a slash, a comma
 * or a dash: "SUPER: Jane Roe / Nurse, City Hospital", "CG: JANE ROE -- NURSE", "SOT: Jane Roe, nurse:"): a label naming
 * the person who speaks the clip's words on the lines under it (a transcript label's words, in the station's layout).
 * Only a line that is the caption alone, a person's name by its shape, a name in capitals read as written in prose.
 */
function lowerThirdOf(article: ArticleAnalysis, index: number): Label | null {
  const paragraph = article.paragraphs[index] as Segment;
  const opened = SCRIPT_MARK_OPEN.exec(paragraph.text);
  if (!opened) return null;
  const caption = paragraph.text.slice(opened[0].length).replace(/\s*[\])]?\s*:?\s*$/u, '');
  const name =
    /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|(?:de|da|del|van|von|al|el|bin|ibn|la|le)(?=\s)))*/u.exec(caption)?.[0] ?? '';
  const rest = caption.slice(name.length);
  const role = rest.trim() === '' ? null : (LOWER_THIRD_ROLE.exec(rest)?.[1] ?? undefined);
  if (role === undefined || wordCount(name) < 2 || wordCount(caption) > LOWER_THIRD_WORDS) return null;
  const written = titleCased(name);
  if (nameEndingAt(written, 0, written.length)?.kind !== 'person' || isOrganisationName(written)) return null;
  const start = paragraph.start + opened[0].length;
  return {
    paragraph: index,
    span: { start, end: start + name.length },
    wordsFrom: null,
    head: written,
    parens: [],
    separator: ':',
    apposition: role,
    own: false,
    field: null,
    through: index,
    lowerThird: true,
  };
}
// A caption's words at most: a name and a short role, no clause.
const LOWER_THIRD_WORDS = 16;
// (s58) A clip's mark in brackets before the label on the clip's own line ("(SOUNDBITE) STÉPHANE DION, MINISTER OF
// FOREIGN AFFAIRS: When ...", "[SOT] JANE ROE: ..."), as a television rush transcript prints it: a mark of the tape.
// Or the mark and a dash or a colon before a name in capitals ("SOUNDBITE - SAMANTHA POWER, US AMBASSADOR: Today ...").
const CLIP_MARK = new RegExp(
  String.raw`^(?:[\[(]\s*${SCRIPT_MARK}\s*[\])]\s+(?=\p{Lu})|${SCRIPT_MARK}\s*(?:\s[-–—]|:)\s+(?=\p{Lu}{2,}[\p{Lu}'’.-]*[\s,]))`,
  'u',
);

/** The label a paragraph opens with, if any. */
/** `onTape`: the article is a recording whose stamps start from nothing (TAPE_START), read once per article. */
function labelOf(article: ArticleAnalysis, index: number, onTape: boolean): Label | null {
  const paragraph = article.paragraphs[index] as Segment;
  const lowerThird = lowerThirdOf(article, index);
  if (lowerThird) return lowerThird;
  const bullet =
    BULLET.exec(paragraph.text) ??
    TIME_STAMP.exec(paragraph.text) ??
    CLIP_MARK.exec(paragraph.text) ??
    (onTape ? TAPE_STAMP.exec(paragraph.text) : null);
  const offset = bullet ? bullet[0].length : 0;
  const rest = paragraph.text.slice(offset);
  // A label on a line of its own, ending in a colon: "* Foreign Minister Jane Roe, Dec. 13, in Oslo:".
  if (/:\s*$/u.test(rest) && rest.length <= 220 && !SAYING.test(rest) && !/[.!?]["”]?\s+\p{Lu}/u.test(rest.replace(ABBREVIATION, 'X'))) {
    const span = trimSpan(article.text, { start: paragraph.start + offset, end: paragraph.end });
    const head = rest.replace(/\s*:\s*$/u, '').trim();
    return {
      paragraph: index,
      span,
      wordsFrom: null,
      head,
      parens: [],
      separator: ':',
      apposition: null,
      own: true,
      field: null,
      through: index,
    };
  }
  // "KHAN AL-ASAL, SYRIA - DECEMBER 15: Abu Fadi, 42, holds ...": a caption's or a wire's dateline, not "NAME, role - ".
  if (datedDashDateline(paragraph)) return null;
  const match = INLINE_LABEL.exec(rest) ?? QA_DOT.exec(rest);
  if (!match) return null;
  // "President. –": the full stop before the dash closes the label, it is no initial.
  const head = (match[1] as string).trim().replace(/(?<=\p{Ll}{2})\.$/u, '');
  // "President: Mr. X (Norland)", "Chair: Jane Roe": a header's field, not a turn (no sentence after the colon).
  const after = rest.slice(match[0].length);
  // (s52) So is a heading's day after a colon ("... Legislation Committee: Department of Foreign Affairs and Trade,
  // Wednesday 19 October", a hearing's heading): a line closed by a day the article's dates read, with no sentence's end.
  const afterStart = paragraph.start + offset + match[0].length;
  const closesOnDay = () =>
    article.dateMentions.some(
      (m) => m.when.precision === 'day' && m.start >= afterStart && /^\s*$/u.test(article.text.slice(m.end, paragraph.end)),
    );
  // (s59) "Mr Andrew Mitchell (Sutton Coldfield) (Con): I beg to move," with the motion on the next line: a member's turn.
  if (
    !/(?:[.!?;"”…—–]|--)\s*$/u.test(after) &&
    !/^\s*I\s+beg\s+to\s+move,?\s*$/u.test(after) &&
    (wordCount(after) <= 8 || (wordCount(after) <= 20 && closesOnDay()))
  )
    return null;
  // (s68) So is a headline in capitals after a colon, a quotation's marks and all: a monitoring digest's or a press
  // review's item heading names the broadcaster and gives its line ('1. NORLAND TV: "ORDER RESTORED"', "2. NORLAND
  // TV: ROE TELLS COUNCIL "IT IS OVER""), no turn of the broadcaster's. A turn's words have a small letter or a stop.
  if (HEADLINE_AFTER_LABEL.test(after) && wordCount(after) <= 12) return null;
  const parens = [...(match[2] as string).matchAll(ONE_PAREN)].map((m) => (m[1] as string).trim());
  const separator = (match[3] as string).trim();
  const apposition = /,\s+(.+?)\s*$/su.exec((match[2] as string).replace(ONE_PAREN, ''))?.[1] ?? null;
  const start = paragraph.start + offset;
  return {
    paragraph: index,
    span: { start, end: start + match[0].trimEnd().length },
    wordsFrom: start + match[0].length,
    head,
    parens,
    separator,
    apposition,
    own: false,
    field: null,
    through: index,
  };
}

// (s68) A headline in capitals closed by a quotation's mark: no small letter and no stop anywhere ('"ORDER RESTORED"',
// 'ROE TELLS COUNCIL "IT IS OVER"'); unquoted, the short line's rule above reads it.
const HEADLINE_AFTER_LABEL = /^(?=[^\p{Ll}]*\p{Lu}{2})[^\p{Ll}.!?;…]*["”]\s*$/u;
// "U.N.", "U.S.", "Dec.", "Gen.": a full stop that ends no sentence.
const ABBREVIATION = /\b(?:\p{Lu}\.)+|\b\p{Lu}\p{Ll}{0,3}\./gu;
// A line that attributes with a verb of its own ("Roe told the council:") is a sentence, not a label.
const SAYING =
  /\b(?:said|says|told|tells|added|adds|wrote|writes|declared|stated|asked|asks|replied|answered|explained|warned|announced|noted|insisted|recalled|argued)\b/u;
// (s56) A month's abbreviation only before its full stop, a day's number or nothing: "JAN EGELAND" is a person.
const MONTH_OR_DAY =
  /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?=\.|\s*\d|\s*$)|(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)\b)/iu;
const STATE_WORDS = /\b(?:Republic|Kingdom|Federation|States|Emirates|Union|Islands)\b/u;
// A legislator's party and state or district ("D-NY", "R-Tenn.", "D-Calif., 12th"): a seat, no delegation.
const PARTY_AND_STATE = /^[DRI]\s*[-–]\s*\p{Lu}[\p{L}.]*(?:,\s*[\p{L}\d. ]+)?$/u;
const ASIDE_PARENS =
  /^(?:spoke|speaking|interpretation|through|via|translated|in\s|by\s|video|voice-over|continuing|cont|archive|archived|clip|file|audio|recording|soundbite)/iu;

// A label that opens on a legislator's title ("SENATOR HALE", "Rep. Roe"), and that title with what follows it up to
// the name (leadingOffice); a courtesy title in any case ("MR. ", "Dr "), a peer's as written ("Baroness "); a title
// word of any of these kinds (fullNameBefore drops them from a name's first words).
const LEGISLATOR_LABEL = new RegExp(String.raw`^${LEGISLATOR}(?=\.?\s)`, 'iu');
// The title as a label sets it, in title case or capitals, then a capital opening the name: under the \`i\` flag
// \p{Lu} matches any letter, so the case of the name is tested without it ("Delegate of Norland" names no member).
const LEGISLATOR_LEAD = new RegExp(String.raw`^(${LEGISLATOR}|${LEGISLATOR.toUpperCase()})\.?\s+(?=\p{Lu})`, 'u');
const COURTESY_LEAD = new RegExp(String.raw`^${COURTESY}\.?\s+`, 'iu');
const PEERAGE_LEAD = new RegExp(String.raw`^${PEERAGE}\.?\s`, 'u');
const TITLE_WORD = new RegExp(String.raw`^(?:${COURTESY}|${PEERAGE}|${OFFICE_TITLE}|${LEGISLATOR}s?)\.?$`, 'iu');

/** The name a label gives its person, courtesy titles dropped ("Mr. Van Aken" -> "Van Aken"). */
/**
 * (s53) The holder a label names after its office and a comma ("Official Spokesperson, Shri Jo Roe:", "Minister of
 * State for External Affairs, Jo Roe:"): the apposition's name less its honorifics, where the head ends on an office's
 * word and the apposition is a name of two words or more with no office in it. Null otherwise ("Jo Roe, Minister:").
 */
function apposedHolder(head: string, apposition: string | null): string | null {
  if (!apposition) return null;
  const last = head.split(/\s+/u).at(-1) ?? '';
  if (!OFFICE_RUN_WORD.test(last) && !(isTitleWord(last) && /^\p{Lu}/u.test(head))) return null;
  const words = apposition.trim().split(/\s+/u);
  while (words.length > 2 && isHonorific(words[0] as string)) words.shift();
  if (words.length < 2 || words.length > 4) return null;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !isTitleWord(w) && !OFFICE_RUN_WORD.test(w))) return null;
  return words.join(' ');
}

function personName(head: string): string {
  const words = head.replace(COURTESY_LEAD, '').trim();
  // "LINA NOOR", "MR HOLM": a transcript's capitals, read as a name.
  return titleCased(leadingOffice(words)?.name ?? words);
}

// Words of an office a label prints before its person's name, in any case ("Foreign Minister Lindqvist", "SECRETARY
// HALVORSEN", "Deputy Prime Minister Jane Roe", "SPECIAL ENVOY ROE"): the label's office, no part of the name.
const OFFICE_RUN_WORD =
  /^(?:President|Vice|Acting|Deputy|Prime|Minister|Foreign|Defence|Defense|Interior|Secretary|Secretary-General|Under-Secretary-General|Ambassador|Amb\.|Envoy|Special|High|Commissioner|Spokesman|Spokeswoman|Spokesperson|Chancellor|Premier|General|Director|Coordinator|Chief|Executive|Press|King|Queen|Emir|Crown|Prince|Captain|Colonel|Major|Commander|Admiral|Judge|Mayor|Governor)$/iu;
// The last word of a body's name, not a person's ("State Department", "Press Office", "Foreign Ministry").
const BODY_NOUN =
  /^(?:Department|Ministry|Office|Agency|Council|Committee|Commission|Service|Centre|Center|Group|Forces|Army|Government|Presidency|TV|Radio|News|Television)$/iu;

/**
 * The office a label prints before its person's name and the name after it: a legislator's title in any case
 * ("Senator Hale", "SEN. HALE", "Rep. Roe"), or a run of office words ("Foreign Minister Lindqvist", "SECRETARY
 * HALVORSEN", "Deputy Prime Minister Jane Roe"); null where no name follows or the words name a body ("State
 * Department", "Foreign Ministry").
 */
function leadingOffice(head: string): { office: string; name: string } | null {
  const legislator = LEGISLATOR_LEAD.exec(head);
  if (legislator) return { office: titleCased(legislator[1] as string), name: head.slice(legislator[0].length) };
  const words = head.split(/\s+/u);
  let at = 0;
  while (at < words.length - 1 && OFFICE_RUN_WORD.test(words[at] as string)) at++;
  const name = words.slice(at);
  if (at === 0 || name.some((w) => OFFICE_RUN_WORD.test(w)) || BODY_NOUN.test(name.at(-1) as string) || !/\p{L}{3}/u.test(name.join('')))
    return null;
  return { office: titleCased(words.slice(0, at).join(' ')), name: name.join(' ') };
}

const PERSONISH = new RegExp(`^${PERSON_HEAD}$`, 'u');
/** A person's name by its shape: PERSONISH and two words or more (one word may be a place, a body or a role). */
const personShaped = (name: string) => PERSONISH.test(name) && wordCount(name) >= 2;

/**
 * The names in capitals that label a record's turns ("JANE OKAFOR —", "IVO BRANDT:"), where the record is printed so:
 * at least one such name labels two turns or more. A run of capital words is as often a heading ("BREAKING NEWS:",
 * "KEY POINTS:") as a name, but a heading does not come back turn after turn; the record's other capital names (of
 * two words or more, none an office, an asker's or a heading's word) are then its speakers too.
 */
function recurringCapitalNames(labels: Label[]): Set<string> {
  const heads = labels
    .filter((l) => !l.own && l.parens.length === 0 && /^[\p{Lu}'’-]+(?:\s+[\p{Lu}'’-]+){1,3}$/u.test(l.head))
    .map((l) => l.head)
    .filter((h) =>
      h.split(/\s+/u).every((w) => !OFFICE_RUN_WORD.test(w) && !ASKER.test(w) && !NO_SPEAKER.test(w) && !MONTH_OR_DAY.test(w)),
    );
  const recurs = heads.some((h, i) => heads.indexOf(h) !== i);
  return new Set(recurs ? heads : []);
}

/** What a label makes of its turn: whose it is, and the office the label gives. */
type LabelReading = { role: TurnRole; speaker: ResolvedSpeaker | null; office: string | null };
const NO_TURN: LabelReading = { role: 'none', speaker: null, office: null };
const ASKER_TURN: LabelReading = { role: 'asker', speaker: null, office: null };

/**
 * Reads an article's labelled turns. Null unless MIN_TURN_LABELS paragraphs carry a label that names a speaker, an
 * asker or the chair (record-header.ts), or an interview's question and answer do.
 */
export function readLabelledTurns(article: ArticleAnalysis, resolver: SpeakerResolver): LabelledRecord | null {
  return (
    readTurnLabels(article, resolver) ??
    readPrintedAddress(article, resolver) ??
    readUnlabelledInterview(article, resolver) ??
    readSignedLetters(article, resolver) ??
    readThreadPosts(article, resolver) ??
    readCaptionedAnswers(article, resolver)
  );
}

/**
 * (s24) A social-media thread or feed copied with its posts' headers (document-author.ts threadPosts), read as its
 * accounts' addresses: each post one `direct` statement by the account its header names (the curation rule: a post in
 * an organisation's own voice is its statement, as a press release's issuer's words are; a reply is the replying
 * account's), less the sentences in which it relays others, dated by the header's day (the turn's label).
 */
function readThreadPosts(article: ArticleAnalysis, resolver: SpeakerResolver): LabelledRecord | null {
  return addressesRecord(
    article,
    resolver,
    threadPosts(article).map((post) => ({
      paragraph: post.opening,
      label: post.header,
      speaker: accountSpeaker(article, resolver, post),
      body: post.body,
    })),
  );
}

/**
 * The account a post's header names, as a speaker: the gazetteer's actor by its display name or its handle, else a new
 * actor by the display name with the handle as an alias (an organisation by its name's words, else a person where it
 * is a person's name), one actor for every post of the account.
 */
function accountSpeaker(article: ArticleAnalysis, resolver: SpeakerResolver, post: ThreadPost): ResolvedSpeaker {
  const mention = post.accountSpan;
  const handle = post.handle?.slice(1) ?? null;
  const known = article.gazetteer.actorByName(post.account) ?? (handle ? article.gazetteer.actorByName(handle) : undefined);
  if (known) return { status: 'actor', id: known.id, via: 'name', mention };
  const person = !isOrganisationName(post.account) && personShaped(post.account);
  const proposal = newActor(article, slugify(post.account), post.account, person ? 'person' : 'organization', mention);
  if (post.handle && post.handle !== post.account) proposal.aliases.push(post.handle);
  return { status: 'proposed', proposal: resolver.adopt(proposal), via: 'name', mention };
}

/**
 * (s20) Letters to the editor (document-author.ts signedLetters), read as addresses whose speaker is named only at
 * their foot: each letter one `direct` statement by its signer (the curation rule: one record per letter, as an
 * interview answer is), less the sentences in which it relays others, dated by the page.
 */
function readSignedLetters(article: ArticleAnalysis, resolver: SpeakerResolver): LabelledRecord | null {
  return namedAddressesRecord(
    article,
    resolver,
    signedLetters(article).map((letter) => ({ name: letter.signature, body: letter.body, opening: letter.opening })),
  );
}

/**
 * (s32) A street poll's answers under caption lines (document-author.ts captionedAnswers), read as addresses whose
 * speaker is named before them: each answer one `direct` statement by the person its caption names (the curation
 * rule: one record per answer, as per letter), less the sentences in which it relays others; dated by the asking the
 * introduction tells, as an interview's answers are (statement-dates.ts).
 */
function readCaptionedAnswers(article: ArticleAnalysis, resolver: SpeakerResolver): LabelledRecord | null {
  const record = namedAddressesRecord(
    article,
    resolver,
    captionedAnswers(article).map((answer) => ({ name: answer.caption, body: answer.body, opening: answer.opening })),
  );
  return record && { ...record, captioned: true };
}

/**
 * Addresses each named by a span of its own (a letter's signature, an answer's caption), as `addressesRecord` reads
 * them: the one the name is speaks each; an address whose name gives no speaker is left out.
 */
function namedAddressesRecord(
  article: ArticleAnalysis,
  resolver: SpeakerResolver,
  addresses: { name: Span; body: Span[]; opening: number }[],
): LabelledRecord | null {
  return addressesRecord(
    article,
    resolver,
    addresses.flatMap(({ name, body, opening }) => {
      const speaker = addressSpeaker(article, resolver, name);
      return speaker ? [{ paragraph: opening, label: name, speaker, body }] : [];
    }),
  );
}

/**
 * A document of addresses each headed or signed by its speaker (letters, posts) as a record: each address one speaker's
 * turn, dated by its label or the page (no record day); null where there is none.
 */
function addressesRecord(
  article: ArticleAnalysis,
  resolver: SpeakerResolver,
  addresses: { paragraph: number; label: Span; speaker: ResolvedSpeaker; body: Span[] }[],
): LabelledRecord | null {
  const first = addresses[0];
  if (!first) return null;
  return {
    turns: addresses.map((a) => ({
      ...a,
      role: 'speaker',
      office: null,
      body: a.body.map((b) => trimSpan(article.text, b)),
      delegation: null,
    })),
    opening: article.paragraphs[first.paragraph] as Segment,
    day: null,
    adopt: (proposal) => resolver.adopt(proposal),
    address: true,
  };
}

// (s18) A question set as a paragraph of its own (a heading, often bold): it ends on a question mark, markup or a
// closing quotation mark after it allowed, and is short.
const QUESTION_PARAGRAPH = /\?["”’*_]*$/u;
const QUESTION_WORDS = 45;
// An introduction that says the text is a conversation with someone: "We asked Dr X ...", "X spoke to us", "In this
// interview, ...", "The conversation took place ...", "put our questions to", "answered readers' questions". Three
// unseen wordings: "We talked with the envoy by video link", "She answered our questions in writing", "This
// interview has been condensed".
const INTERVIEW_INTRODUCTION =
  /\b(?:we\s+(?:asked|spoke|talked|sat\s+down)|(?:spoke|talked)\s+(?:to|with)\s+(?:us|me)|interview(?:ed|s)?|conversation|Q\s?&\s?A|answered\s+(?:our|readers['’]?|these|some|your)\s+questions|put\s+(?:our|these|some|your)\s+questions)\b/iu;
// The minimum of questions each followed by an answer: one question and answer may be an article's aside.
const MIN_QUESTIONS = 2;

// (s66) The sentence of an interview's introduction that tells of the talk names whom the answers are by: "Foreign
// Minister Jane Roe spoke to the Herald by telephone", "The Herald spoke to Dr. Roe by video link", "We talked with
// Roe". It outranks the person named last before the first question (a counterpart who hosted a meeting, a brother of
// the same surname who translated): "... hosted by her counterpart, Peter Okafor." Named by title and surname, the
// person is the one the introduction gave that title ("Dr. Lina Roe", not her brother "Karim Roe").
const TALKED = String.raw`(?:spoke|talked|speaking|talking)\s+(?:to|with)`;
const TALKED_SUBJECT = new RegExp(
  String.raw`(${NAME_WORD}(?:[^\S\n]+${PARTICLE})*[^\S\n]+${NAME_WORD})\s+(?:has\s+|had\s+)?${TALKED}\s+(?:the\s+|us\b|me\b|\p{Lu})`,
  'gu',
);
const TALKED_OBJECT = new RegExp(
  String.raw`\b(?:[Ww]e|\p{Lu}[\p{L}'’-]*)\s+(?:(?:have|had|first|last|briefly)\s+)*${TALKED}\s+(?:(${COURTESY}|${PEERAGE})\.?\s+)?(${NAME_WORD}(?:[^\S\n]+(?:${PARTICLE}[^\S\n]+)*${NAME_WORD}){0,2})`,
  'gu',
);
// (s70) A full stop after a word of three letters or more that is no title ("Nova Scotia. She"), not an initial's
// ("John F. Kennedy") nor a title's ("Mrs. Roe"); and the subject pronouns a talk's sentence may open with.
const SENTENCE_STOP = new RegExp(
  String.raw`(?<![\p{L}'’.-])(?!(?:${alternation([...COURTESY_TITLES, ...PEER_TITLES, ...OFFICE_TITLES, ...LEGISLATOR_TITLES])})\.)[\p{L}'’-]{3,}\.\s+`,
  'gu',
);
const SUBJECT_PRONOUN = /^(?:He|She)$/u;

function interviewedPerson(article: ArticleAnalysis, resolver: SpeakerResolver, introduction: Segment[]): ResolvedSpeaker | null {
  const { text } = article;
  const cache = new Map<string, ResolvedSpeaker | null>();
  for (const paragraph of introduction) {
    for (const match of paragraph.text.matchAll(TALKED_OBJECT)) {
      const name = match[2] as string;
      const at = paragraph.start + (match.index ?? 0) + match[0].length - name.length;
      const words = name.split(/\s+/u);
      const surname = words.at(-1) as string;
      // The paragraphs before, each apart: a name runs on over no paragraph's end ("By Jane Roe" / "Lina Roe ...").
      const earlier = article.paragraphs.filter((p) => p.start < at).map((p) => text.slice(p.start, Math.min(p.end, at)));
      let full: string | null = null;
      // A full name only as the introduction gave it before, or the gazetteer knows it ("talked to DIE WARTE" is the paper).
      if (words.length > 1) {
        if (!earlier.some((e) => e.includes(name)) && article.gazetteer.actorByName(name)?.kind !== 'person') continue;
        full = name;
      } else if (match[1]) {
        // The full name the introduction gave under the same title.
        const titled = new RegExp(
          String.raw`(?<![\p{L}'’.-])${escapeRegExp(match[1])}\.?[^\S\n]+((?:${NAME_WORD}[^\S\n]+(?:${PARTICLE}[^\S\n]+)*){1,2})${escapeRegExp(surname)}(?![\p{L}])`,
          'gu',
        );
        const last = earlier.flatMap((e) => [...e.matchAll(titled)]).at(-1);
        if (last) full = `${(last[1] as string).trim()} ${surname}`;
      }
      full ??= earlier.map((e) => fullNameBefore(e, surname)).findLast((n) => n !== null) ?? null;
      if (!full) continue;
      const person = speakerByName(article, resolver, cache, full, { span: { start: at, end: at + name.length } }, at, true);
      if (person) return person;
    }
    for (const match of paragraph.text.matchAll(TALKED_SUBJECT)) {
      let name = match[1] as string;
      let at = paragraph.start + (match.index ?? 0);
      // (s70) A sentence's end inside the capitalised words: "... before moving to Nova Scotia. She spoke to the
      // Gazette by phone": the subject is the words after the stop (a word of three letters or more, no title).
      const stop = [...name.matchAll(SENTENCE_STOP)].at(-1);
      if (stop) {
        at += (stop.index ?? 0) + stop[0].length;
        name = name.slice((stop.index ?? 0) + stop[0].length);
      }
      // "She spoke to the Gazette": the person the introduction named before the pronoun.
      if (SUBJECT_PRONOUN.test(name)) {
        const person = resolver.pronounBefore(at, name === 'She' ? 'female' : 'male');
        if (person.status === 'actor' || person.status === 'proposed') return { ...person, mention: { start: at, end: at + name.length } };
        continue;
      }
      if (!name.includes(' ') || TITLE_WORD.test(name.split(/\s+/u)[0] as string)) continue;
      const person = speakerByName(article, resolver, cache, name, { span: { start: at, end: at + name.length } }, at, true);
      if (person) return person;
    }
  }
  return null;
}

/**
 * (s18) An interview printed without labels: an introduction that names the person and says the text is a
 * conversation with them, then question paragraphs (ending on "?", often set as headings) each followed by answer
 * paragraphs, MIN_QUESTIONS times or more, the answers speaking in the first person somewhere ("I expect", "told
 * me"). Each question is the interviewer's turn (no statement); the paragraphs after it, up to the next question, are
 * the interviewee's turn (the curation rule: each answer one `direct` statement by the interviewee, dated by the
 * interview's day). An explainer under question headings (its answers in the writer's impersonal voice, no one
 * interviewed) is no interview: it has no such introduction and no first person in its answers. After the last
 * question the answer runs on only in the first person (a coda in the third person is the publisher's, as after a
 * labelled record's last turn).
 */
function readUnlabelledInterview(article: ArticleAnalysis, resolver: SpeakerResolver): LabelledRecord | null {
  const { text, paragraphs } = article;
  const isQuestion = (p: Segment) => QUESTION_PARAGRAPH.test(p.text.trim()) && wordCount(p.text) <= QUESTION_WORDS && !isTitle(article, p);
  const questions = paragraphs.flatMap((p, i) => (isQuestion(p) ? [i] : []));
  const answered = questions.filter((i) => {
    const next = paragraphs[i + 1];
    return next !== undefined && !isQuestion(next);
  });
  if (answered.length < MIN_QUESTIONS) return null;
  const first = questions[0] as number;
  const introduction = paragraphs.slice(0, first).filter((p) => !isTitle(article, p));
  if (!introduction.some((p) => INTERVIEW_INTRODUCTION.test(p.text))) return null;
  const found = interviewedPerson(article, resolver, introduction) ?? resolver.personBefore((paragraphs[first] as Segment).start);
  const interviewee = found.status === 'actor' || found.status === 'proposed' ? found : null;
  // The interviewee is named in the introduction, not earlier or in a question.
  const named = interviewee?.mention ?? (interviewee?.status === 'proposed' ? interviewee.proposal.mention : null);
  if (!interviewee || !named || !introduction.some((p) => p.start <= named.start && named.end <= p.end)) return null;
  const turns: Turn[] = [];
  for (const [n, q] of questions.entries()) {
    const question = paragraphs[q] as Segment;
    turns.push({
      paragraph: q,
      label: { start: question.start, end: question.start },
      role: 'asker',
      speaker: null,
      office: null,
      body: [trimSpan(text, question)],
      delegation: null,
    });
    const last = n === questions.length - 1;
    const body: Span[] = [];
    for (let next = q + 1; next < paragraphs.length && !isQuestion(paragraphs[next] as Segment); next++) {
      const p = paragraphs[next] as Segment;
      if (BULLET.test(p.text) || (HEADING.test(p.text) && body.length > 0)) break;
      if (last && body.length > 0 && !FIRST_PERSON.test(p.text)) break;
      body.push(trimSpan(text, p));
    }
    if (body.length === 0) continue;
    const at = (body[0] as Span).start;
    turns.push({
      paragraph: q + 1,
      label: { start: at, end: at },
      role: 'speaker',
      speaker: interviewee,
      office: null,
      body,
      delegation: null,
    });
  }
  // Answers in the interviewee's own voice: the first person outside quotations, in one answer at least.
  const firstPerson = new RegExp(FIRST_PERSON.source, 'gu');
  const ownVoice = turns.some(
    (t) =>
      t.role === 'speaker' &&
      t.body.some((b) =>
        [...text.slice(b.start, b.end).matchAll(firstPerson)].some((m) => !insideAny(article.quotations, b.start + m.index)),
      ),
  );
  if (!ownVoice) return null;
  return {
    turns,
    opening: paragraphs[first] as Segment,
    day: null,
    adopt: (proposal) => resolver.adopt(proposal),
    unlabelled: true,
  };
}

/** The turns of a record whose paragraphs carry speaker labels (readLabelledTurns). */
function readTurnLabels(article: ArticleAnalysis, resolver: SpeakerResolver): LabelledRecord | null {
  const { text, gazetteer } = article;
  // The headline is no label, whatever colon it holds ("Aleppo: the last hospital").
  const onTape = TAPE_START.test(text);
  const labels = article.paragraphs.map((p, index) =>
    isTitle(article, p) ? null : (fieldLabelOf(article, index) ?? labelOf(article, index, onTape)),
  );
  const candidates = labels.filter((l): l is Label => l !== null);
  if (candidates.length < 2) return null;
  const journalists = outletJournalists(text);
  // The header names who is in the chair ("President: Mr. X (Norland)"), above the chair's first turn.
  const firstChair = candidates.find((l) => !l.own && CHAIR.test(l.head));
  const chairHolder = firstChair
    ? chairOf(
        article,
        article.paragraphs.filter((p, i) => p.end <= (article.paragraphs[firstChair.paragraph] as Segment).start && !labels[i]),
        resolver,
      )
    : null;
  const firstQuestion = candidates.find((l) => !l.own && ASKER.test(l.head));
  const speakers = new Map<string, ResolvedSpeaker | null>();
  const holders = new Map<string, OfficeHolder | null>();
  const holderOf = (head: string, label: Label) => {
    const key = head.toLowerCase();
    if (!holders.has(key)) holders.set(key, officeHolder(article, resolver, speakers, head, label.span.start));
    return holders.get(key) ?? null;
  };
  const interviewee = (() => {
    if (!firstQuestion || !candidates.some((l) => !l.own && ANSWER.test(l.head))) return null;
    // (s62) A briefing's transcript: the office that spoke before the first question ("THE SPOKESPERSON: ... Questions,
    // please.") answers the "A:" turns, not the last person its announcements named.
    const briefer = candidates.findLast(
      (l) =>
        !l.own &&
        l.paragraph < firstQuestion.paragraph &&
        l.parens.length === 0 &&
        (OFFICE_ONLY_LABEL.test(l.head) || OFFICE_HOLDER_LABEL.test(l.head)),
    );
    const holder = briefer ? holderOf(briefer.head, briefer) : null;
    if (holder) return holder.speaker;
    // (s66) The person the introduction says the talk was with.
    const talked = interviewedPerson(
      article,
      resolver,
      article.paragraphs.slice(0, firstQuestion.paragraph).filter((p) => !isTitle(article, p)),
    );
    if (talked) return talked;
    const found = resolver.personBefore(article.paragraphs[firstQuestion.paragraph]?.start ?? 0);
    if (found.status === 'actor' || found.status === 'proposed') return found;
    // (s41) "HOST: ... My guest today is Laila Haddad, a researcher at ...": the person the first question's turn
    // introduces, where none is named before it.
    const introduced = resolver.personBefore(article.paragraphs[firstQuestion.paragraph]?.end ?? 0);
    return introduced.status === 'actor' || introduced.status === 'proposed' ? introduced : null;
  })();

  const capitalNames = recurringCapitalNames(candidates);
  const resolveInline = (label: Label): LabelReading => {
    const head = label.head.replace(/,\s+on\s+behalf\s+of\b.*$/su, '').trim();
    if (label.field === 'asked') return ASKER_TURN;
    if (NO_SPEAKER.test(head) || MONTH_OR_DAY.test(head) || isLocation(article, head)) return NO_TURN;
    if (ASKER.test(head)) return ASKER_TURN;
    // (s55) "THE MINISTER - ...": a ministry's transcript labels its minister by the office alone; the holder is the
    // one the header names with that office ("Press conference by M. Jean-Marc Ayrault, Minister of Foreign Affairs").
    if (OFFICE_HOLDER_LABEL.test(head) && label.parens.length === 0) {
      const holder = holderOf(head, label);
      if (holder) return { role: 'speaker', speaker: holder.speaker, office: holder.office };
    }
    if (OFFICE_ONLY_LABEL.test(head)) {
      const holder = label.parens.length === 0 ? holderOf(head, label) : null;
      return holder ? { role: 'speaker', speaker: holder.speaker, office: holder.office } : NO_TURN;
    }
    if (ANSWER.test(head)) return interviewee ? { role: 'speaker', speaker: interviewee, office: null } : NO_TURN;
    const words = head.toLowerCase().split(/\s+/u);
    if (JOURNALIST_ROLE.test(words[0] ?? '') || (words.length <= 3 && journalists.has(words.at(-1) ?? ''))) return ASKER_TURN;
    if (CHAIR.test(head))
      return chairHolder ? { role: 'speaker', speaker: chairHolder, office: personName(head.replace(/^The\s+/iu, '')) } : NO_TURN;
    // "The Minister of State, Foreign Office (Baroness Roe)": the person the parentheses name after the office.
    if (/^The\s/u.test(head)) {
      // "The Secretary-General:": an office the gazetteer knows by that name.
      const office = gazetteer.actorByName(head) ?? gazetteer.actorByName(head.replace(/^The\s+/u, ''));
      if (office && label.parens.length === 0 && (office.kind === 'person' || office.kind === 'un_body'))
        return {
          role: 'speaker',
          speaker: { status: 'actor', id: office.id, via: 'role', mention: label.span },
          office: head.replace(/^The\s+/u, ''),
        };
      const inner = label.parens.find((p) => personShaped(p) && !STATE_WORDS.test(p) && !ASIDE_PARENS.test(p));
      if (!inner) return NO_TURN;
      const speaker = speakerByName(article, resolver, speakers, inner, label, label.span.start, true);
      return { role: speaker ? 'speaker' : 'none', speaker, office: head.replace(/^The\s+/u, '') };
    }
    // (s53) "Official Spokesperson, Shri Jo Roe:": the office first, its holder after the comma.
    const holder = apposedHolder(head, label.apposition);
    if (holder) {
      const speaker = speakerByName(article, resolver, speakers, holder, label, label.span.start, true);
      return { role: speaker ? 'speaker' : 'none', speaker, office: head };
    }
    if (!PERSONISH.test(head)) return NO_TURN;
    // "Mr. Roe", "MR. ROE", "Baroness Roe": a courtesy title in any case, a peer's or an office's as written.
    const titled = COURTESY_LEAD.test(head) || PEERAGE_LEAD.test(head) || leadingOffice(head) !== null;
    // A dash after a bare word is a dateline's ("OSLO - "), not a speaker's label.
    if (INLINE_DASH_ONLY.test(label.separator) && !titled && label.parens.length === 0 && wordCount(head) < 2) return NO_TURN;
    // (s43) A name in capitals with its role apposed is a broadcast's caption ("UMM KHALED, EVACUEE:", "FRANCOIS
    // DELATTRE, FRENCH AMBASSADOR TO THE UN:"), a person once only as a soundbite's speaker is.
    const mayPropose =
      titled ||
      (wordCount(personName(head)) >= 2 &&
        (label.parens.length > 0 || !/^[\p{Lu}\s.'’-]+$/u.test(head) || capitalNames.has(head) || Boolean(label.apposition))) ||
      placedFirstName(article, label);
    // The first parenthesis that is no aside ("spoke in Russian") or party ("Con") names the delegation or seat.
    const seat = label.parens.find((p) => !ASIDE_PARENS.test(p) && !PARTY_AND_STATE.test(p) && p.length > 4) ?? null;
    const speaker = speakerByName(article, resolver, speakers, personName(head), label, label.span.start, mayPropose, seat);
    const office =
      label.apposition && !/^on\s+behalf\b|\b(?:question|answer)\b/iu.test(label.apposition)
        ? label.apposition
        : (leadingOffice(head)?.office ?? null);
    return { role: speaker ? 'speaker' : 'none', speaker, office };
  };
  const resolveOwnLine = (label: Label): LabelReading => {
    // (s57) "MARA ELLISON, HOST:" on its own line, the body under it: a journalist's role after the comma, as inline.
    const role = /,\s*([^,]+)$/u.exec(label.head)?.[1]?.trim().split(/\s+/u).at(-1) ?? '';
    if (JOURNALIST_ROLE.test(role)) return ASKER_TURN;
    // A label on its own line names its person among its words ("U.S. envoy Jane Roe, Dec. 13, in Geneva").
    const inside = article.actorMentions.find((m) => m.kind === 'person' && m.start >= label.span.start && m.end <= label.span.end);
    if (inside) return { role: 'speaker', speaker: { status: 'actor', id: inside.id, via: 'name', mention: inside }, office: null };
    const labelText = text.slice(label.span.start, label.span.end);
    // (s59) "Hon. Michelle Rempel (Calgary Nose Hill, CPC)": a member's seat or office in brackets after the name is no
    // person; the name is the one before them.
    const bracket = /^([^(]*?\p{L}[^(]*?)\s*\([^()]*\)\s*:?\s*$/u.exec(labelText);
    // (s59) "SOUNDBITE (French) Francois Delattre, French Ambassador to the UN:": the name before the first comma, then
    // the post after it, which may read as a name of its own.
    const lead = /^[^,:]*/u.exec(labelText)?.[0] ?? '';
    const ends = [
      ...(bracket ? [(bracket[1] as string).length] : []),
      ...(lead.length < labelText.length && /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(lead) ? [lead.trimEnd().length] : []),
      labelText.length,
    ];
    for (const end of ends) {
      const found = resolver.personBefore(label.span.start + end);
      if ((found.status === 'actor' || found.status === 'proposed') && surnamePattern(article, found)?.test(labelText))
        return { role: 'speaker', speaker: found, office: null };
    }
    // A name the resolver did not take: the last two capitalised words before the label's first comma, when
    // neither is a place, a known actor or an office ("ICRC head of delegation in Norland Jane Roe, Dec. 15").
    const name = new RegExp(String.raw`(?<![\p{L}'’.-])(${NAME_WORD}\s+(?:${PARTICLE}\s+)*${NAME_WORD})\s*$`, 'u').exec(lead)?.[1];
    if (!name || name.split(/\s+/u).some((w) => OFFICE_WORD.test(w) || gazetteer.actorByName(w) || isLocation(article, w))) return NO_TURN;
    const at = label.span.start + lead.lastIndexOf(name);
    const speaker = speakerByName(article, resolver, speakers, name, { span: { start: at, end: at + name.length } }, at, true);
    return speaker ? { role: 'speaker', speaker, office: null } : NO_TURN;
  };

  const read: (ReadLabel | null)[] = labels.map((label) =>
    label ? { label, ...(label.own ? resolveOwnLine(label) : resolveInline(label)) } : null,
  );
  // The chair's labels count towards a record even where the header names nobody in the chair ("THE CHAIRMAN:").
  const counted = read.filter((r) => r !== null && (r.role !== 'none' || (!r.label.own && CHAIR.test(r.label.head))));
  // MIN_TURN_LABELS labelled turns make a record (record-header.ts says why); so do a question and an answer ("Q:" / "A:").
  const interview = interviewee !== null && counted.some((r) => r?.role === 'asker');
  // A written question and its answer, each under its field ("Asked by ...", "Answered by: ..."), are a record too.
  const written = counted.some((r) => r?.label.field === 'asked') && counted.some((r) => r?.label.field === 'answered');
  if (counted.length < MIN_TURN_LABELS && !interview && !written) return null;
  // In an interview (two or three voices), whoever mostly asks questions is the interviewer, however labelled.
  // A voice labelled by its full name on its first turn and by its surname after ("HÉLÈNE TREMBLAY-ROSS:", then
  // "TREMBLAY-ROSS:") is one voice.
  const heads = counted.map((r) => r?.label.head.toLowerCase() ?? '');
  const voiceOf = (head: string) => heads.find((h) => h !== head && head.endsWith(` ${h}`)) ?? head;
  const voices = new Set(heads.map(voiceOf));
  if (voices.size <= 3) {
    const asked = new Map<string, { questions: number; links: number; turns: number }>();
    read.forEach((r, index) => {
      // A member's label with a seat or a group ("Jane Roe (Greens):") is no interviewer's.
      if (r?.role !== 'speaker' || r.label.own || r.label.parens.length > 0 || r.label.apposition || LEGISLATOR_LABEL.test(r.label.head))
        return;
      const key = voiceOf(r.label.head.toLowerCase());
      const entry = asked.get(key) ?? { questions: 0, links: 0, turns: 0 };
      entry.turns++;
      const paragraph = article.paragraphs[index] as Segment;
      if (/\?["”]?$/u.test(paragraph.text)) entry.questions++;
      // A host's turn that asks in its middle or hands over ("Will Canada ask the Assembly to do more? Some have
      // suggested ...", "Your answer?", "Ambassador Blanchard, thank you.").
      else if (/\?\s/u.test(paragraph.text) || wordCount(text.slice(r.label.span.end, paragraph.end)) <= LINK_WORDS / 2) entry.links++;
      asked.set(key, entry);
    });
    // The one voice that asks: most of its turns end on a question, or (s51) in a two-voice interview, its questions
    // and hand-overs are most of its turns and the other voice asks in none (a thanks at the end aside).
    const answering = [...asked.values()].filter((e) => e.questions === 0 && e.links * 3 < e.turns).length;
    const asks = (e: { questions: number; links: number; turns: number }) =>
      e.questions * 2 > e.turns || (asked.size === 2 && answering === 1 && e.questions > 0 && (e.questions + e.links) * 2 > e.turns);
    for (const r of read) {
      const entry = r && r.role === 'speaker' && !r.label.own ? asked.get(voiceOf(r.label.head.toLowerCase())) : undefined;
      if (r && entry && asks(entry)) Object.assign(r, { role: 'asker', speaker: null });
    }
  }

  markModerator(article, read);

  const lastLabel = read.findLastIndex((r) => r !== null);
  const closed = article.paragraphs.findIndex((p, i) => i > lastLabel && isStageDirection(p.text));
  const closing = closed < 0 ? lastLabel : closed;
  const turns: Turn[] = [];
  read.forEach((r, index) => {
    if (!r) return;
    const body: Span[] = [];
    if (r.label.wordsFrom !== null)
      body.push(trimSpan(text, { start: r.label.wordsFrom, end: (article.paragraphs[index] as Segment).end }));
    for (let next = r.label.through + 1; next < article.paragraphs.length; next++) {
      const p = article.paragraphs[next] as Segment;
      // (s33) Under a lower third, the clip's own mark is no new turn: its words, if it has any, are the clip's.
      const clipMark = r.label.lowerThird && !labels[next]?.lowerThird ? SCRIPT_MARK_OPEN.exec(p.text) : null;
      if (clipMark) {
        if (!BARE_SCRIPT_MARK.test(p.text)) body.push(trimSpan(text, { start: p.start + clipMark[0].length, end: p.end }));
        continue;
      }
      // A label, a list's next item, a stage direction or a heading ends the turn.
      if (labels[next] || BULLET.test(p.text) || isStageDirection(p.text) || HEADING.test(p.text)) break;
      // After the record's last label, the speaker's words go on in the first person (or under a label on its own
      // line); a coda in the third person is the publisher's again. A written answer runs to the next heading.
      // A record that closes with a line of its own ("The meeting rose at noon.") runs to that line.
      if (next > lastLabel && next > closing && !(r.label.own && body.length === 0) && !r.label.field && !FIRST_PERSON.test(p.text)) break;
      body.push(trimSpan(text, p));
    }
    const state = r.label.parens.map((p) => gazetteer.actorByName(p)).find((a) => a?.kind === 'state');
    // A state the gazetteer does not know ("(Egypt)") is the one its name proposes (speaker-resolution.ts `register`).
    const newState = state ? undefined : r.label.parens.find((p) => isoStateCode(p));
    turns.push({
      paragraph: index,
      label: r.label.span,
      role: r.role,
      speaker: r.speaker,
      ...(r.label.lowerThird ? { clip: true } : {}),
      office: r.office,
      body,
      delegation: state?.id ?? (newState ? `proposed:${slugify(newState)}` : null),
    });
  });
  const opening = article.paragraphs[(counted[0] as { label: Label }).label.paragraph] as Segment;
  const briefer = [...holders.values()].find((h) => h !== null && read.some((r) => r?.speaker === h.speaker));
  return {
    turns: briefer ? [...openingTurns(article, briefer, labels), ...turns] : turns,
    opening,
    adopt: (proposal) => resolver.adopt(proposal),
    day: recordDayOf(
      headerDay(
        article,
        headerLines(article, opening.start).filter((p) => !labels[article.paragraphs.indexOf(p)] && !QUESTION_DAY.test(p.text)),
      ) ??
        openingDatelineDay(
          article,
          article.paragraphs.filter((p) => p.end <= opening.start),
        ),
    ),
  };
}

/**
 * A speech, sermon or message printed in full after an introduction (document-author.ts finds it) read as one speaker's
 * turns, one per paragraph: each paragraph of the address is one `direct` statement by the speaker the introduction
 * names (the curation rule: as a debate contribution or an interview answer), dated by the introduction's day; its
 * formulas (an invitation to a rite, closing greetings) are no remarks, though what they relay is kept; what the
 * speaker relays from others with a verb of their own is left to the ordinary rules, as in any turn.
 */
function readPrintedAddress(article: ArticleAnalysis, resolver: SpeakerResolver): LabelledRecord | null {
  const address = printedAddress(article);
  if (!address) return null;
  const speaker = addressSpeaker(article, resolver, address.speaker);
  if (!speaker) return null;
  const turns: Turn[] = address.paragraphs.map((index) => ({
    paragraph: index,
    label: address.speaker,
    role: address.formulas.includes(index) ? 'none' : 'speaker',
    speaker,
    office: null,
    body: [trimSpan(article.text, article.paragraphs[index] as Segment)],
    delegation: null,
  }));
  // The address is the speaker's speech: a later "he" may point back to him, never to a name inside his words. A speech
  // printed as the whole text (under its heading) has no later narration: its own "he" points to those it names.
  if (!address.heading)
    resolver.noteSpeech(
      speaker,
      address.speaker,
      turns.flatMap((t) => t.body),
    );
  const opening = article.paragraphs[address.paragraphs[0] as number] as Segment;
  return {
    turns,
    opening,
    day: headingDay(article, address.heading) ?? addressDay(article, speaker, opening),
    adopt: (proposal) => resolver.adopt(proposal),
    address: true,
  };
}

/**
 * (s17) The day a speech's heading lines give ("Remarks as delivered by Mayor X at ..., Wednesday, December 14, 2016",
 * "Palais des Nations, Geneva, 16 December 2016" under "Statement by Y"): the day it was delivered.
 */
function headingDay(article: ArticleAnalysis, heading: Span | null): RecordDay | null {
  if (!heading) return null;
  const day = article.dateMentions.find(
    (m) => m.start >= heading.start && m.end <= heading.end && m.kind === 'point' && m.when.precision === 'day',
  );
  return day ? { when: { ...day.when, note: `the day the speech's heading gives (${day.text})` }, own: true } : null;
}

/**
 * The last word of a resolved speaker's name (a person's surname) as a word of its own, to find where a text names
 * them; null where it is shorter than two letters (an initial is found inside any text).
 */
function surnamePattern(article: ArticleAnalysis, speaker: ResolvedSpeaker): RegExp | null {
  const surname = speakerName(article, speaker).split(/\s+/u).at(-1) ?? '';
  return surname.length >= 2 ? nameAsWord(surname) : null;
}

/**
 * The day an address was given: the first day the introduction gives in a sentence that names its speaker ("Patriarch
 * X on Saturday appealed ...", "The mayor addressed the council on Thursday"); null where none does (publication).
 */
function addressDay(article: ArticleAnalysis, speaker: ResolvedSpeaker, opening: Segment): RecordDay | null {
  const { text } = article;
  const names = surnamePattern(article, speaker);
  if (!names) return null;
  for (const paragraph of article.paragraphs) {
    if (paragraph.start >= opening.start) break;
    if (isTitle(article, paragraph)) continue;
    for (const sentence of splitSentences(text, paragraph)) {
      if (!names.test(sentence.text)) continue;
      const day = article.dateMentions.find(
        (m) => m.start >= sentence.start && m.end <= sentence.end && m.kind === 'point' && m.when.precision === 'day',
      );
      if (day) return { when: { ...day.when, note: `the day the introduction gives the address (${day.text})` }, own: true };
    }
  }
  return null;
}

// What may stand before a state's name where a heading gives its formal style: nothing, "the ", "the Republic of ",
// "the Kingdom of the ", "the Democratic Republic of the ".
const FORMAL_STYLE =
  /^(?:the\s+)?(?:(?:\p{L}+\s+){0,2}(?:Republic|Kingdom|State|Federation|Principality|Commonwealth|Sultanate|Emirate)\s+of\s+(?:the\s+)?)?$/iu;

// A clergyman's or an office-holder's style before a name: "the Rt Rev", "the Very Reverend", "the Hon.".
// (s55) A diplomat's style, with a courtesy title after it: "H.E. Mr. Román Oyarzun Marchesi", "Her Excellency Ms. ...".
const STYLE_BEFORE_NAME =
  /^(?:the\s+(?:(?:Rt|Right|Very|Most)\.?\s+)?(?:Rev(?:erend|d)?|Hon(?:ourable)?)\.?\s+|(?:H\.\s?E\.|(?:His|Her)\s+Excellency)\s+(?:(?:Mr|Mrs|Ms|Dr|Madam|Mme|Mlle|M)\.?\s+)?)(?=\p{Lu})/u;

/** A new actor a record names, known by its name alone; its id is marked "-proposed" where the gazetteer has it. */
function newActor(article: ArticleAnalysis, id: string, name: string, kind: ActorKind, mention: Span): ProposedActor {
  return { id: article.gazetteer.actors.has(id) ? `${id}-proposed` : id, name, kind, aliases: [name], roles: [], mention };
}

/**
 * Who the words an introduction names an address by are ("the Pope's words", "President Roe's address"): a gazetteer
 * person among them; the person named last before them whose name or mention holds their last word ("Pope Francis"
 * for "the Pope"); else a new person by those words where they are a name.
 */
function addressSpeaker(article: ArticleAnalysis, resolver: SpeakerResolver, words: Span): ResolvedSpeaker | null {
  const { text } = article;
  const inside = article.actorMentions.find((m) => m.kind === 'person' && m.start >= words.start && m.end <= words.end);
  if (inside) return { status: 'actor', id: inside.id, via: 'name', mention: inside };
  const phrase = text.slice(words.start, words.end);
  // (s17) "Statement by Norland", "... by the Republic of Norland": a delegation's statement speaks as its state, named
  // by its name or its formal style.
  const state = article.actorMentions.find(
    (m) => m.kind === 'state' && m.start >= words.start && m.end === words.end && FORMAL_STYLE.test(text.slice(words.start, m.start)),
  );
  if (state) return { status: 'actor', id: state.id, via: 'name', mention: state };
  const stateName = phrase.replace(/^the\s+/iu, '');
  const countryCode = isoStateCode(stateName, { capitals: true });
  if (countryCode) {
    // A state the gazetteer does not know yet, by its ISO 3166 English name ("the Republic of Korea"), as a new actor.
    const mention = { start: words.end - stateName.length, end: words.end };
    const proposal = newActor(article, slugify(stateName), stateName, 'state', mention);
    return { status: 'proposed', proposal: resolver.adopt({ ...proposal, countryCode }), via: 'name', mention };
  }
  const head = (phrase.split(/\s+/u).at(-1) ?? '').toLowerCase();
  const found = resolver.personBefore(words.start);
  if (found.status === 'actor' || found.status === 'proposed') {
    const name = speakerName(article, found);
    const around = found.mention ? text.slice(Math.max(0, found.mention.start - 30), found.mention.end) : '';
    if (
      `${name} ${around}`
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .includes(head)
    )
      return found;
  }
  // "the Pope" for the "Pope Francis" the introduction named: the last run of capitalised words before that holds the
  // description's head word and a name after it.
  const titled = new RegExp(
    String.raw`(?<![\p{L}'’.-])${escapeRegExp(titleCased(head).replace(/^./u, (c) => c.toUpperCase()))}((?:\s+${NAME_WORD}){1,3})`,
    'gu',
  );
  const named = [...text.slice(0, words.start).matchAll(titled)].at(-1);
  // (s19) A style written with "the" before a name ("the Rt Rev Jane Roe", "the Hon. Ivo Lenk") is no description.
  const style = STYLE_BEFORE_NAME.exec(phrase)?.[0].length ?? 0;
  const name = named ? named[0] : /^the\s/iu.test(phrase.slice(style)) ? null : phrase.slice(style);
  if (!name || !personShaped(name)) return null;
  const at = named?.index ?? words.start + style;
  return speakerByName(article, resolver, new Map(), personName(name), { span: { start: at, end: at + name.length } }, at, true);
}

/** A label read: whose turn it is. */
type ReadLabel = { label: Label } & LabelReading;

// A moderator's turn is a question or a link: it ends on a question, or is short ("Pauline is on the line from Halifax.").
const LINK_WORDS = 25;

/**
 * The moderator of a record of three voices or more (a phone-in's presenter, a panel's chair, a programme's host,
 * however labelled): the voice that takes about half the turns, stands before most turns of the others (each speaks
 * when handed the floor), and whose own turns are questions or short links, more than any other voice's. Its turns
 * are an asker's (no statements; what they relay is still found by the ordinary rules). A record's chair by title,
 * a legislator and a delegate (a label with a seat or a group) are never moderators: their turns are contributions.
 */
function markModerator(article: ArticleAnalysis, read: (ReadLabel | null)[]): void {
  const turns = read.filter((r): r is ReadLabel => r !== null && !r.label.own && (r.role === 'speaker' || r.role === 'asker'));
  const voice = (r: ReadLabel) => r.label.head.toLowerCase();
  const voices = new Set(turns.map(voice));
  if (voices.size < 3 || turns.length < 6) return;
  const asking = (r: ReadLabel) => {
    const words = article.text.slice(r.label.span.end, (article.paragraphs[r.label.paragraph] as Segment).end).trim();
    return /\?["”]?$/u.test(words) || wordCount(words) <= LINK_WORDS;
  };
  const share = (key: string) => {
    const own = turns.filter((r) => voice(r) === key);
    return own.length === 0 ? 0 : own.filter(asking).length / own.length;
  };
  const counts = [...voices].map((key) => ({ key, n: turns.filter((r) => voice(r) === key).length }));
  const top = counts.sort((a, b) => b.n - a.n)[0] as { key: string; n: number };
  const mine = turns.filter((r) => voice(r) === top.key);
  const first = mine[0] as ReadLabel;
  if (first.role !== 'speaker' || CHAIR.test(first.label.head) || LEGISLATOR_LABEL.test(first.label.head)) return;
  if (mine.some((r) => r.label.parens.length > 0 || r.label.apposition)) return;
  if (top.n * 5 < turns.length * 2) return;
  const others = turns.map((r, i) => ({ r, i })).filter(({ r }) => voice(r) !== top.key);
  const handed = others.filter(({ i }) => i > 0 && voice(turns[i - 1] as ReadLabel) === top.key).length;
  if (handed * 3 < others.length * 2) return;
  const mineShare = share(top.key);
  if (mineShare < 0.75) return;
  if ([...voices].some((key) => key !== top.key && share(key) >= mineShare && turns.filter((r) => voice(r) === key).length >= 2)) return;
  for (const r of mine) Object.assign(r, { role: 'asker', speaker: null });
}

const recordDayOf = (header: RecordDay | null): RecordDay | null => (header ? { when: header.when, own: header.own } : null);

// A place as a label sets it after a first name: one to three capitalised words, no digit, no office or date.
const PLACE_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:upon\s+|on\s+|de\s+)?\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * A first name labelled with where its speaker is ("WASSIM, HUDDERSFIELD:", "Pauline (Halifax):", "AMAL, ALEPPO:"): a
 * phone-in's caller, a vox pop's passer-by, a panel's member of the public, known by a first name and a town. One
 * word, no title, no office, no known actor or place itself, then a comma or a parenthesis holding a place's words
 * (a known place, or capitalised words that name no office, date or body) and a colon: a person's label by its form.
 */
function placedFirstName(article: ArticleAnalysis, label: Label): boolean {
  if (label.separator !== ':' || wordCount(label.head) !== 1 || !/^\p{Lu}[\p{L}'’-]{2,}$/u.test(label.head)) return false;
  if (OFFICE_RUN_WORD.test(label.head) || BODY_NOUN.test(label.head) || article.gazetteer.actorByName(titleCased(label.head))) return false;
  const where = [label.apposition, ...label.parens].filter((w): w is string => w !== null);
  if (where.length !== 1) return false;
  const place = (where[0] as string).trim();
  if (isLocation(article, place)) return true;
  return (
    PLACE_WORDS.test(place) &&
    !/\d/u.test(place) &&
    place
      .split(/\s+/u)
      .every((w) => !OFFICE_RUN_WORD.test(w) && !BODY_NOUN.test(w) && !MONTH_OR_DAY.test(w) && !ORGANISATION_NOUN.test(w)) &&
    !article.gazetteer.actorByName(titleCased(place))
  );
}
// Words that make a parenthesis a body's, not a place's ("(Greens Group)", "(Red Cross)").
const ORGANISATION_NOUN = /^(?:Group|Party|Cross|Crescent|Union|Front|Alliance|Movement|League|Institute|University|Foundation|Network)$/iu;

/** Whether a label's head is a place (a dateline: "OSLO - ..."). */
function isLocation(article: ArticleAnalysis, head: string): boolean {
  const titled = head.charAt(0) + head.slice(1).toLowerCase();
  return [...article.gazetteer.locations.values()].some((l) => [l.name, ...(l.aliases ?? [])].some((n) => n === head || n === titled));
}

// A hearing's header line naming who presides: "The committee met, pursuant to notice, at 10 a.m., Hon. Jane Roe,
// chairwoman of the subcommittee, presiding.", "Senator Roe presiding.", "Present: ... Representative Roe (chair)
// presiding": the name before "presiding", less an honorific or a title, and less the role set off by commas.
const PRESIDING = new RegExp(
  String.raw`(?:^|[,;:]\s*|\.\s+)(?:(?:Hon\.|The\s+Hon(?:ou?rable|\.)|${LEGISLATOR}\.?|Chairman|Chairwoman|Chair)\s+)*(${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){0,3})(?:\s*\([^()\n]{1,60}\))?(?:,\s+[^,;\n]{3,80},)?\s+presiding\b`,
  'u',
);
// The chair addressed by title and name in the record ("Thank you, Chairman Roe", "Madam Chair Roe"): who holds the
// chair where the header does not say.
const CHAIR_ADDRESSED =
  /\b(?:Chairman|Chairwoman|Chairperson|Madam\s+Chair|Mr\.?\s+Chair)\s+(?!of\b)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?=[\s,.;:!?])/u;

/**
 * The person the header names in the chair: "President: Mr. Roe (Norland)", "Mr. Roe (Norland) in the Chair", "Hon.
 * Jane Roe, chairwoman of the committee, presiding"; else the person the record addresses as its chair.
 */
function chairOf(article: ArticleAnalysis, header: Segment[], resolver: SpeakerResolver): ResolvedSpeaker | null {
  for (const p of header) {
    const line =
      /^(?:The\s+)?(?:Acting\s+)?(?:President|Chair|Chairman|Chairperson|Chairwoman|Presiding\s+Officer|Speaker)\s*:\s*(.+?)\s*$/u.exec(
        p.text,
      )?.[1] ??
      /^\[?\s*(.+?)\s+in\s+the\s+Chair\s*\]?\s*$/u.exec(p.text)?.[1] ??
      /^IN\s+THE\s+CHAIR\s*:\s*(.+?)\s*$/iu.exec(p.text)?.[1] ??
      PRESIDING.exec(p.text)?.[1];
    if (!line) continue;
    const name = personName(line.replace(/\s*\(.*$/u, '').trim());
    if (!PERSONISH.test(name) || CHAIR.test(name)) continue;
    const start = p.start + p.text.indexOf(name);
    const country = /\(([^()]+)\)/u.exec(line)?.[1] ?? null;
    return speakerByName(article, resolver, new Map(), name, { span: { start, end: start + name.length } }, p.start, true, country);
  }
  const addressed = CHAIR_ADDRESSED.exec(article.text);
  if (!addressed) return null;
  const name = (addressed[1] as string).trim();
  const start = (addressed.index ?? 0) + addressed[0].lastIndexOf(name);
  return speakerByName(article, resolver, new Map(), name, { span: { start, end: start + name.length } }, start, true);
}

// (s28) A label that gives an office and no name ("Spokesman:", "Deputy Spokesperson:", "SPOKESPERSON:"), as the UN
// Spokesperson's noon-briefing transcripts label the briefer's answers, having named him once in their introduction.
// (s55) An office-holder's label by the office alone, as a ministry prints its minister's press conference.
const OFFICE_HOLDER_LABEL = /^The\s+(?:Foreign\s+|Prime\s+)?(?:Minister|Secretary|Ambassador)$/iu;
const OFFICE_ONLY_LABEL = /^(?:The\s+)?(?:(?:Deputy|Associate|Acting|Chief)\s+)?Spokes(?:man|woman|person)$/iu;

interface OfficeHolder {
  speaker: ResolvedSpeaker;
  /** The office as the introduction gives it ("Spokesman for the Secretary-General"). */
  office: string;
  /** The paragraph that names the holder. */
  paragraph: number;
}

/**
 * (s28) The person an office-only label (OFFICE_ONLY_LABEL) stands for: the one the paragraphs before the label (its
 * first) name with the label's office, after the name ("by Jane Roe, Spokesman for the Secretary-General", "Jane
 * Roe, Deputy Department Spokesperson") or before it ("Spokesperson Jane Roe", "the Spokesman for the Mission, Jane
 * Roe"); null where they name nobody so.
 */
function officeHolder(
  article: ArticleAnalysis,
  resolver: SpeakerResolver,
  cache: Map<string, ResolvedSpeaker | null>,
  head: string,
  before: number,
): OfficeHolder | null {
  // The office word as an introduction may print it: "Spokesman", "spokesman", "SPOKESMAN".
  const word = (head.split(/\s+/u).at(-1) as string).toLowerCase();
  const office = `(?:${word}|${word.charAt(0).toUpperCase()}${word.slice(1)}|${word.toUpperCase()})`;
  // (A courtesy title before the name is no part of it: "by M. Jean-Marc Ayrault, Minister of ...".)
  const name = String.raw`(?<![\p{L}'’.-])(?:${COURTESY}\.?\s+)?(${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){1,3})`;
  const forms = [
    new RegExp(
      String.raw`${name},\s+(?:(?:the|a|an)\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,3}${office}(?:\s+(?:for|of|to)\s+[^,.;()\n]{1,60})?)`,
      'gu',
    ),
    new RegExp(
      String.raw`(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]*\s+){0,3}${office}(?:\s+(?:for|of|to)\s+[^,.;()\n]{1,60}?)?,?)\s+${name}`,
      'gu',
    ),
  ];
  for (const [index, paragraph] of article.paragraphs.entries()) {
    if (paragraph.end > before) break;
    if (isTitle(article, paragraph)) continue;
    for (const [form, pattern] of forms.entries()) {
      for (const match of paragraph.text.matchAll(pattern)) {
        const [who, what] = (form === 0 ? [match[1], match[2]] : [match[2], match[1]]) as [string, string];
        const words = who.split(/\s+/u);
        if (!personShaped(who)) continue;
        if (words.some((w) => OFFICE_RUN_WORD.test(w) || BODY_NOUN.test(w) || MONTH_OR_DAY.test(w) || isLocation(article, w))) continue;
        const start = paragraph.start + (match.index ?? 0) + match[0].indexOf(who, form === 0 ? 0 : what.length);
        const speaker = speakerByName(article, resolver, cache, who, { span: { start, end: start + who.length } }, start, true);
        if (speaker)
          return {
            speaker,
            office: what
              .replace(/,$/u, '')
              .replace(/^the\s+/iu, '')
              .trim(),
            paragraph: index,
          };
      }
    }
  }
  return null;
}

/**
 * (s28) A briefer's opening, printed with no label between the introduction that names him and the first turn (the UN
 * Spokesperson's transcripts: "Good afternoon. I will start with ...", then what he relays under topic headings): from
 * its first paragraph in the first person, each paragraph that is no heading is one of his turns, whose sentences
 * relaying others ("OCHA tells us that ...", "the Secretary-General welcomed ... and said") are theirs.
 */
function openingTurns(article: ArticleAnalysis, briefer: OfficeHolder, labels: (Label | null)[]): Turn[] {
  const turns: Turn[] = [];
  for (let index = briefer.paragraph + 1; index < article.paragraphs.length && !labels[index]; index++) {
    const paragraph = article.paragraphs[index] as Segment;
    if (HEADING.test(paragraph.text) || (turns.length === 0 && !FIRST_PERSON.test(paragraph.text))) continue;
    turns.push({
      paragraph: index,
      label: briefer.speaker.mention ?? { start: paragraph.start, end: paragraph.start },
      role: 'speaker',
      speaker: briefer.speaker,
      office: briefer.office,
      body: [trimSpan(article.text, paragraph)],
      delegation: null,
      unlabelled: true,
    });
  }
  return turns;
}

/**
 * A label's person by name: a gazetteer person of that name, a person the article named before whose name holds the
 * label's last word, else (when the label is a person's by its form) a new person by the name as the label gives it.
 */
function speakerByName(
  article: ArticleAnalysis,
  resolver: SpeakerResolver,
  cache: Map<string, ResolvedSpeaker | null>,
  name: string,
  label: Pick<Label, 'span'>,
  /** Where the article's earlier mentions of the person end (the label's own start). */
  before: number,
  mayPropose: boolean,
  delegation: string | null = null,
): ResolvedSpeaker | null {
  const key = name.toLowerCase();
  if (cache.has(key)) return cache.get(key) ?? null;
  const { gazetteer, text } = article;
  let found: ResolvedSpeaker | null = null;
  const known = gazetteer.actorByName(name);
  const byGazetteer: ResolvedSpeaker | null =
    known?.kind === 'person' ? { status: 'actor', id: known.id, via: 'name', mention: label.span } : null;
  // A lone surname is first the person the record named before with it ("OKAFOR:" after "Jane Okafor, director of
  // the port, joins us"), whom the gazetteer may not know though it knows another of that surname.
  if (byGazetteer && name.includes(' ')) found = byGazetteer;
  if (!found) {
    // The label's last word, as the article names the person before the record ("NOOR" -> "Dr. Lina Noor").
    const surname = name.split(/\s+/u).at(-1) ?? '';
    if (surname.length >= 2) {
      const pattern = nameAsWord(surname, 'gu');
      for (const mention of text.slice(0, before).matchAll(pattern)) {
        const person = resolver.personBefore((mention.index ?? 0) + surname.length);
        if (person.status !== 'actor' && person.status !== 'proposed') continue;
        const personName = person.status === 'actor' ? (gazetteer.actors.get(person.id)?.name ?? '') : person.proposal.name;
        // ... whose name holds every word of the label's ("Lund" is not the "TOBIAS LUND" a label names).
        const words = personName.toLowerCase().split(/[\s-]+/u);
        if (
          name
            .toLowerCase()
            .split(/[\s-]+/u)
            .every((w) => words.includes(w))
        ) {
          found = person;
          break;
        }
      }
      // "MARSH:" after "talks to Captain Ivo Marsh": the full name the text gave the person before the record, when
      // no rule took that person for a speaker (an interview's subject named as an object).
      const full = name.includes(' ') ? null : fullNameBefore(text.slice(0, before), surname);
      if (!found && full) return speakerByName(article, resolver, cache, full, label, before, true, delegation);
    }
  }
  found ??= byGazetteer;
  // (s48) A place is no one's name: an open letter's address block ("To the Permanent Representatives ... / New York")
  // names where it is sent, not who writes it. Read only where a name would be proposed.
  const place = () =>
    gazetteer.mentions(name, 'location').some((m) => m.start === 0 && m.end === name.length) || isoStateCode(name) !== undefined;
  if (!found && mayPropose && /\p{L}{2}/u.test(name) && !place()) {
    let id = slugify(name);
    if (!id || gazetteer.actors.has(id)) id = `${id || 'speaker'}-proposed`;
    const proposal: ProposedActor = {
      id,
      name,
      kind: 'person',
      aliases: [name],
      roles: delegation ? [`representative of ${delegation}`] : [],
      mention: label.span,
    };
    found = { status: 'proposed', proposal: resolver.adopt(proposal), via: 'name', mention: label.span };
  }
  cache.set(key, found);
  return found;
}

/**
 * The last name in `text` whose last word is `surname` and that has a first name ("Ivo Marsh" in "talks to Captain
 * Ivo Marsh"), courtesy titles, offices and ranks dropped; null when the text gives the surname alone.
 * (s67) A name runs on over no line's end, and a run of office words before the surname is no first name: a
 * ministry's transcript that calls its minister "Foreign Minister Roe" in its title and labels the turns "Minister
 * Roe:" under headings ("(1) Travel advice for Norland" / "Minister Roe: ...") gives the surname alone, not a
 * "Foreign Minister Roe" nor a "Norland Minister Roe".
 */
function fullNameBefore(text: string, surname: string): string | null {
  const pattern = new RegExp(
    String.raw`(?<![\p{L}'’.-])((?:${NAME_WORD}[^\S\n]+(?:${PARTICLE}[^\S\n]+)*){1,3})${escapeRegExp(surname)}(?![\p{L}])`,
    'gu',
  );
  let last: string | null = null;
  for (const match of text.matchAll(pattern)) {
    const words = (match[1] as string).trim().split(/\s+/u);
    while (words.length > 0 && (TITLE_WORD.test(words[0] as string) || OFFICE_RUN_WORD.test(words[0] as string))) words.shift();
    if (
      words.length === 0 ||
      !/^\p{Lu}/u.test(words[0] as string) ||
      /^(?:The|A|An|This|That|In|On|At|By|For|With|From|To)$/u.test(words[0] as string)
    )
      continue;
    last = `${words.join(' ')} ${text.slice((match.index ?? 0) + (match[1] as string).length, (match.index ?? 0) + match[0].length)}`;
  }
  return last;
}

// Where an article names its own journalists: a byline ("By Jane Roe"), "our (Middle East) correspondent Jane Roe",
// "Jane Roe, our correspondent", "the programme's host Jane Roe", "Jane Roe reports from Gaziantep".
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){0,2}`;
const ROLE = `(?:correspondent|reporter|anchor|host|co-host|presenter|newsreader|interviewer|moderator|editor|producer|journalist)`;
const OWN_JOURNALIST = [
  new RegExp(String.raw`(?:^|\n)(?:By|Presented by|Interview by|Reporting by)\s+(${NAME})`, 'gu'),
  new RegExp(
    String.raw`\b(?:[Oo]ur|[Tt]his (?:programme|program|show|station|channel)['’]s)\s+(?:[\p{L}-]+\s+){0,3}?${ROLE}s?,?\s+(${NAME})`,
    'gu',
  ),
  new RegExp(String.raw`(${NAME}),\s+(?:our|this (?:programme|program|show|station|channel)['’]s)\s+(?:[\p{L}-]+\s+){0,3}?${ROLE}\b`, 'gu'),
  new RegExp(String.raw`(${NAME})\s+reports\s+(?:from|on)\b`, 'gu'),
  // (s56) A show's hosts as its notes name them ("Co-hosts Dan Okafor and Hélène Marchetti go through ..."), and a
  // host opening the show in a turn ("Welcome to The Long Table. I'm Dan Okafor.", "And I'm Hélène Marchetti.").
  new RegExp(String.raw`\b(?:[Cc]o-hosts?|[Hh]osts?|[Pp]resenters?)\s+(${NAME})(?:\s+and\s+(${NAME}))?`, 'gu'),
  new RegExp(String.raw`(?:\b[Ww]elcome to [^.\n]{1,60}[.!]\s+|:\s+And\s+)I['’]m\s+(${NAME})(?=[.,])`, 'gu'),
  // (s68) An event transcript's header line naming its moderator ("Moderator: Jane Roe, Senior Fellow, ...", "Moderated
  // by: Dr. Jane Roe"): her turns ("JANE ROE: Tom, what does the city look like?") hand the floor, as a host's do.
  new RegExp(
    String.raw`(?:^|\n)(?:Moderator|Moderated\s+by|Facilitator)\s*:?[^\S\n]+(?:(?:Dr|Prof|Mr|Mrs|Ms|Amb)\.?[^\S\n]+)?(${NAME})(?=,|\n|$)`,
    'gu',
  ),
];

// (s24) A transcript's label that gives its person a journalist's role, in parentheses or after a comma, the house
// style of broadcasters' transcripts ("JANE ROE (PRESENTER):", "JANE ROE, WTV ANCHOR:", "Jane Roe (host):"): the
// person's later labels by name alone ("JANE ROE:", "ROE:") are the programme's own voice too.
const ROLE_LABEL = new RegExp(String.raw`(?:^|\n)(${NAME})(?:\s*\(([^()\n]{1,60})\)|,\s+([^:()\n]{1,60}))\s*:`, 'gu');

/**
 * The last words of the names an article gives its own journalists, lower case ("roe" for "our reporter Jane Roe"),
 * in its prose or in a label's role.
 */
function outletJournalists(text: string): Set<string> {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    const last = (name ?? '').split(/\s+/u).at(-1);
    if (last) names.add(last.toLowerCase());
  };
  for (const pattern of OWN_JOURNALIST)
    for (const match of text.matchAll(pattern)) {
      add(match[1]);
      add(match[2]);
    }
  for (const match of text.matchAll(ROLE_LABEL)) {
    const role = (match[2] ?? match[3] ?? '').trim().split(/\s+/u).at(-1) ?? '';
    if (JOURNALIST_ROLE.test(role)) add(match[1]);
  }
  return names;
}

/** The runs of consecutive sentences of `parts` that `dropped` leaves, each run one span (remarkOf, ownSentences). */
function sentenceRuns(text: string, parts: Span[], dropped: (sentence: Segment) => boolean): Span[] {
  const kept: Span[] = [];
  for (const part of parts) {
    let run: Span | null = null;
    for (const sentence of splitSentences(text, part)) {
      if (dropped(sentence)) {
        if (run) kept.push(run);
        run = null;
        continue;
      }
      run = run ? { start: run.start, end: sentence.end } : { start: sentence.start, end: sentence.end };
    }
    if (run) kept.push(trimSpan(text, run));
  }
  return kept;
}

/** A turn's words that are a remark: its sentences less the chair's procedure, salutations and a turn cut short. */
function remarkOf(text: string, turn: Turn): Span[] {
  const kept = sentenceRuns(text, turn.body, (sentence) => {
    const words = sentence.text.replace(SALUTATION, '');
    return PROCEDURAL.some((p) => p.test(words.trim())) || wordCount(words.replace(/[—–-]+\s*$/u, '')) === 0;
  });
  // "(DE) Mr President, ...": the language a speech was given in is no word of it.
  for (const span of kept) {
    const tag = /^\(\p{Lu}{2}\)\s+/u.exec(text.slice(span.start, span.end));
    if (tag) span.start += tag[0].length;
  }
  // "My Lords—", "Senator, if I may--": a turn cut short says nothing.
  const words = kept.reduce((n, s) => n + wordCount(text.slice(s.start, s.end).replace(SALUTATION, '')), 0);
  const last = kept.at(-1);
  if (last && BROKEN_OFF.test(text.slice(last.start, last.end)) && words <= CUT_SHORT_WORDS) return [];
  return words >= 3 ? kept : [];
}

// A turn broken off ("the talks have produced--", "and so—", "if I may…") and one that resumes it ("--a city that
// no longer exists", "— as I was saying").
const BROKEN_OFF = /(?:--|[—–…]|\.\.\.)\s*$/u;
const RESUMED = /^\s*(?:--|[—–…]|\.\.\.)/u;
// Words of a turn broken off that make no remark of its own ("Senator, if I may--", "But the point is—").
const CUT_SHORT_WORDS = 6;

// "he"/"she" as the subject of a remark's verb ("He wrote:", "she told me", "He says people ...").
const PRONOUN_SUBJECT = /(?:^|[.!?;,]\s+|\band\s+|\bbut\s+)(he|she|He|She)\s+(?:\p{Ll}+ly\s+|also\s+|still\s+|just\s+)?$/u;
// A person a speaker introduces in the first person: one of theirs ("my cousin", "my little brother", "our neighbour")
// or someone met ("an aid worker in Gaziantep", "a nurse from the old town").
const INTRODUCED = new RegExp(
  String.raw`\b(?:(?<own>[Mm]y|[Oo]ur)\s+(?<ownWords>(?:[\p{Ll}-]+\s+){0,1}?)(?<ownNoun>${KIN_WORDS}|${PERSON_NOUNS})|(?<a>an?)\s+(?<words>(?:[\p{Ll}-]+\s+){0,2}?)(?<noun>${PERSON_NOUNS})(?<where>\s+(?:in|from|at)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?)(?![\p{L}-])`,
  'gu',
);
// A name in the words after the person introduced: one apposed to the noun ("my colleague Nizar", "my sister, Lina,"),
// or a first name and surname later, not a place's after a preposition ("met Dr. Jane Roe"; not "in Port Vell").
const NAMED_AFTER = /^,?\s+\p{Lu}\p{Ll}+|(?<!\b(?:in|at|from|to|of|near|into|across)\s)\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/**
 * The person a first-person turn introduced, for a remark whose subject is "he" or "she": the speaker of a turn is
 * "I", so a third person in it is someone the turn brings in before the verb ("My cousin is in Sukkari ... He wrote:
 * '...'", "I spoke to an aid worker in Gaziantep, and she told me ..."), not the speaker, nor someone named in another
 * turn. One of the speaker's own is named through the speaker ("Wassim's cousin"), someone met as an unnamed person
 * ("aid worker in Gaziantep (unnamed)"). The last such person before the verb whose sex fits the pronoun; null where
 * the turn introduces none or names a person after it (then the ordinary reading stands).
 */
function personTheTurnIntroduced(
  article: ArticleAnalysis,
  turn: Turn,
  statement: ExtractedStatement,
): (ResolvedSpeaker & { status: 'proposed' }) | null {
  const { text } = article;
  const body = turn.body.find((b) => b.start <= statement.verb.start && statement.verb.end <= b.end);
  if (!body || !turn.speaker) return null;
  const before = text.slice(body.start, statement.verb.start);
  const pronoun = PRONOUN_SUBJECT.exec(before)?.[1]?.toLowerCase();
  if (!pronoun || !FIRST_PERSON.test(before)) return null;
  const fits = (noun: string) => (pronoun === 'he' ? !FEMALE_NOUN.test(noun) : !MALE_NOUN.test(noun));
  const found = [...before.matchAll(INTRODUCED)].filter((m) => fits(m[0])).at(-1);
  if (!found?.groups) return null;
  // A person named with or after the one introduced is the likelier one ("my colleague Jane Roe ... she said", "my
  // cousin met Dr. Roe, and he told him"): a name in capitals after the noun, or the one the resolver took.
  const at = body.start + (found.index ?? 0);
  const after = text.slice(at + found[0].length, statement.verb.start);
  if (NAMED_AFTER.test(after) || article.actorMentions.some((m) => m.kind === 'person' && m.start > at && m.end <= statement.verb.start))
    return null;
  if (surnamePattern(article, statement.speaker)?.test(after)) return null;
  const g = found.groups;
  const owner = speakerName(article, turn.speaker);
  const name = g.own
    ? owner && `${owner}'s ${(g.ownWords ?? '').trim() ? `${(g.ownWords as string).trim()} ` : ''}${g.ownNoun}`
    : `${(g.words ?? '').trim() ? `${(g.words as string).trim()} ` : ''}${g.noun}${g.where ?? ''} (unnamed)`;
  if (!name) return null;
  const mention = { start: at, end: at + found[0].length };
  const proposal = newActor(article, slugify(name.replace(/\s*\(unnamed\)$/u, '')), name, 'person', mention);
  return { status: 'proposed', proposal, via: 'description', mention };
}

// What a delegate or an official speaks for, ending where a statement's speaker was read ("My Government").
const SPOKEN_FOR_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SPOKEN_FOR})$`, 'u');

/**
 * (s17) An address's remark less the sentences in which it relays another speaker ("UNICEF says ...", "His brother said,
 * '...'", "the Secretary-General said that ..."): those are the relayed speaker's records, and the address's paragraph
 * is the speaker's own in its other sentences ("Rami has not heard from him since"); none where nothing else is left
 * (a paragraph that only relays: "According to OCHA, ...").
 */
function ownSentences(text: string, remark: Span[], turn: Turn, others: ExtractedStatement[]): Span[] {
  const relays = others.filter((s) => !turn.speaker || speakerKey(s.speaker) !== speakerKey(turn.speaker)).flatMap((s) => s.evidence);
  const kept = sentenceRuns(text, remark, (sentence) => relays.some((e) => e.start < sentence.end && sentence.start < e.end));
  return kept.reduce((n, s) => n + wordCount(text.slice(s.start, s.end)), 0) >= 3 ? kept : [];
}

/**
 * (s33) The anchor's or reporter's line that leads into a clip (the last sentence before a lower third, the script's
 * marks between stepped over, reporting a remark: "The minister assured the farmers on Monday that the dyke would
 * hold." / "SOT:" / "SUPER: Jane Roe / Minister of Water"): the same remark told in the station's words, no record of
 * its own, where its verb's subject is the clip's person, by surname or by a noun for a person or an office the
 * caption's role holds ("the minister", "Roe"); not a body the caption names as the person's ("The Relief Committee says ..."
 * over a committee member's clip: the committee's own remark). Its words up to the reported clause are the clip's
 * attribution (the occasion they name dates it), and the record the ordinary rules made of it, if any, is dropped.
 */
function clipLeadIn(
  article: ArticleAnalysis,
  turn: Turn,
  ordinary: ExtractedStatement[],
): { attribution: Span; statement: ExtractedStatement | null } | null {
  const { text } = article;
  let before = turn.paragraph - 1;
  while (before >= 0 && BARE_SCRIPT_MARK.test((article.paragraphs[before] as Segment).text)) before--;
  const paragraph = article.paragraphs[before];
  const name = turn.speaker ? speakerName(article, turn.speaker) : null;
  if (!paragraph || !name) return null;
  const last = splitSentences(text, paragraph).at(-1);
  if (!last) return null;
  const role = (turn.office ?? '').toLowerCase();
  const surname = name.split(/\s+/u).at(-1) as string;
  const verb = findSpeechVerbs(text, last, article.quotations).find((v) => {
    if (v.participle || v.speakerAfter) return false;
    // The subject: the words before the verb, after a fronted phrase ("In the capital, the minister assured").
    const subject = text.slice(last.start, v.start).split(',').at(-1) as string;
    if (nameAsWord(surname, 'u').test(subject)) return true;
    const words = subject.split(/\s+/u).filter((w) => w !== '');
    const head = words.at(-1) ?? '';
    if (BODY_NOUN.test(head) || ORGANISATION_NOUN.test(head) || /^\p{Lu}/u.test(head)) return false;
    return words.some((w) => /^\p{Ll}[\p{L}-]{3,}$/u.test(w) && nameAsWord(w, 'u').test(role));
  });
  if (!verb) return null;
  const clause = /\bthat\s/u.exec(text.slice(verb.end, last.end));
  const attribution = { start: last.start, end: clause ? verb.end + clause.index : last.end };
  const statement = ordinary.find((s) => s.verb.start === verb.start) ?? null;
  return { attribution, statement };
}

/**
 * The record's statements merged with those the ordinary rules found: one `direct` statement per speaker's turn
 * with words of its own; of the ordinary ones inside a turn, those the turn's own speaker already makes and those
 * carried in from outside it (a quotation read as the speaker before's continuation) are dropped, and what the turn
 * relays from others with its own verb is kept.
 */
export function withLabelledTurns(
  article: ArticleAnalysis,
  record: LabelledRecord | null,
  ordinary: ExtractedStatement[],
): ExtractedStatement[] {
  if (!record) return ordinary;
  const { text } = article;
  const made: ExtractedStatement[] = [];
  const within = (turn: Turn, span: Span) => turn.body.some((b) => b.start <= span.start && span.end <= b.end);
  for (const statement of ordinary) {
    const turn = record.turns.find((t) => t.role === 'speaker' && within(t, statement.verb));
    const introduced = turn ? personTheTurnIntroduced(article, turn, statement) : null;
    if (introduced) statement.speaker = { ...introduced, proposal: record.adopt(introduced.proposal) };
  }
  const leadIns = new Map<Turn, Span>();
  const ledIn = new Set<ExtractedStatement>();
  for (const turn of record.turns) {
    const lead = turn.clip ? clipLeadIn(article, turn, ordinary) : null;
    if (lead) leadIns.set(turn, lead.attribution);
    if (lead?.statement) ledIn.add(lead.statement);
  }
  const kept = ordinary.filter((statement) => {
    if (ledIn.has(statement)) return false;
    const turn = record.turns.find((t) => statement.evidence.some((e) => within(t, e)));
    if (!turn) return true;
    if (turn.speaker && speakerKey(turn.speaker) === speakerKey(statement.speaker)) return false;
    // (s58) A bare "he said" in a captioned answer is the captioned speaker ("“...,” he said." under "Dr Samir Lind,
    // Senior Lecturer ..."), whoever the pronoun would otherwise be read as.
    if (record.captioned && statement.speaker.via === 'pronoun' && statement.speaker.mention === null) return false;
    // (s17) "My Government will also support ...", "my delegation voted": the turn's speaker, by the words a delegate
    // or an official names what he speaks for with.
    if (turn.role === 'speaker' && statement.speaker.mention && SPOKEN_FOR_BEFORE.test(text.slice(0, statement.speaker.mention.end)))
      return false;
    // "China welcomes the agreement" in China's delegate's turn is the delegate speaking.
    if (turn.role === 'speaker' && turn.delegation !== null && speakerKey(statement.speaker) === turn.delegation) return false;
    return !statement.continuation && within(turn, statement.verb);
  });
  // The speaker's last turn, while it stands broken off: a turn of theirs that resumes it is the same utterance.
  const brokenOff = new Map<string, ExtractedStatement>();
  for (const turn of record.turns) {
    if (turn.role !== 'speaker' || !turn.speaker) continue;
    const evidence = record.address || turn.unlabelled ? ownSentences(text, remarkOf(text, turn), turn, kept) : remarkOf(text, turn);
    if (evidence.length === 0) continue;
    const first = evidence[0] as Span;
    const key = speakerKey(turn.speaker);
    const resumed = brokenOff.get(key);
    brokenOff.clear();
    if (resumed && RESUMED.test(text.slice(first.start, first.end))) {
      // "SENATOR ROE: ... have produced--" / "[Crosstalk]" / "SENATOR ROE: --a city that ...": one utterance.
      resumed.evidence.push(...evidence);
      continue;
    }
    const verb: SpeechVerb = {
      start: turn.label.end,
      end: turn.label.end,
      text: '',
      lemma: 'answer',
      participle: false,
      complement: 'any',
      speakerAfter: false,
    };
    made.push({
      speaker: turn.speaker,
      speakerRole: turn.office,
      kind: 'direct',
      evidence,
      said: publicationWhen(article.publishedOn, 'set by assignDatesAndPlaces'),
      place: null,
      basis: record.unlabelled ? 'question-turn' : 'turn',
      paragraph: article.paragraphs.findIndex((p) => p.start <= first.start && first.start < p.end),
      // A clip's lead-in is its attribution: the occasion it names dates the clip's words.
      attribution: [...(leadIns.has(turn) ? [leadIns.get(turn) as Span] : []), turn.label],
      verb,
      continuation: false,
    });
    const lastWords = evidence.at(-1) as Span;
    if (BROKEN_OFF.test(text.slice(lastWords.start, lastWords.end))) brokenOff.set(key, made.at(-1) as ExtractedStatement);
  }
  return [...kept, ...made].sort((a, b) => (a.evidence[0] as Span).start - (b.evidence[0] as Span).start);
}
