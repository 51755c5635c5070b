/**
 * What a record printed turn by turn says of itself, in one home: whether an article is such a record (paragraphs
 * that open on a speaker's label: a verbatim record's "The President:", "Mr. Liu (China) (spoke in Chinese):", a
 * parliament's "Baroness Cox (CB):" or "Name, on behalf of the X Group. – ..."), and the day its header gives: the
 * short lines before its first turn (a verbatim record's "Monday, 5 December 2016, 3 p.m.", a sitting's "House of
 * Lords, Tuesday 20 December 2016", a briefing's "December 6, 2016", a transcript's "October 16, 2016, Goa").
 * labelled-turns.ts reads the turns themselves (whose words they are); statement-dates.ts dates their remarks by the
 * day found here; the vote and event extractors date a sitting's votes and the sitting by it.
 */
import type { When } from '../seed/annotation-schema.js';
import { type ArticleAnalysis, isTitle } from './article-analysis.js';
import { type DateMention, numericDays } from './date-expressions.js';
import { clip, contains, type Segment, type Span } from './text-segments.js';

// A speaker's label opening a paragraph of a record, by its form alone: an office ("The President:", "The
// Secretary-General:"), a titled name with its parentheses ("Mr. Liu (China) (spoke in Chinese):", "Lord Collins of
// Highbury (Lab):"), or a parliament's "Name, on behalf of the X Group. – ..." (a full stop, then a dash); a
// transcript sets the same labels in capitals ("THE CHAIRMAN:", "SENATOR HALE:", "SEN. ROE:", "REP. ROE (D-NY):",
// "MS. ROE:").
const OFFICE_LABEL = 'President|Chair|Chairman|Chairwoman|Chairperson|Speaker|Secretary-General';

/**
 * Title words a speaker's label can put before a name: one home for this file and labelled-turns.ts. Courtesy titles
 * ("Mr.", "Dr", "Mme") are no part of the name; a peer's or honorific title is ("Baroness Roe", "Sheikh Roe"); a
 * legislator's title names a member by surname ("Sen. Roe", "Congresswoman Roe"); an office or rank before a name
 * ("Ambassador Roe", "Captain Roe") is the label's office.
 */
export const COURTESY_TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Madam', 'Mme', 'Mlle', 'M', 'Messrs'];
export const PEER_TITLES = ['Lord', 'Baroness', 'Lady', 'Earl', 'Countess', 'Viscount', 'Viscountess', 'Sir', 'Dame', 'Sheikh', 'Sheikha'];
export const LEGISLATOR_TITLES = [
  'Senator',
  'Sen',
  'Representative',
  'Rep',
  'Congressman',
  'Congresswoman',
  'Congressmember',
  'Delegate',
  'Assemblyman',
  'Assemblywoman',
  'Councillor',
  'Councilman',
  'Councilwoman',
];
export const OFFICE_TITLES = [
  'Ambassador',
  'Amb',
  'General',
  'Admiral',
  'Senator',
  'Rep',
  'Representative',
  'Minister',
  'Secretary',
  'Captain',
  'Colonel',
  'Major',
  'Commander',
  'Judge',
  'Mayor',
  'Governor',
  'President',
  'Commissioner',
];
// A label's title as written: a courtesy or peer's title ("Mr. Roe (Norland):", "Baroness Roe (Con):"); in a
// transcript's capitals any title word ("SENATOR ROE:", "AMBASSADOR ROE:", "MS. ROE:").
const TITLE_LABEL = [...COURTESY_TITLES, ...PEER_TITLES].join('|');
const CAPITALS_TITLE = [...new Set([...COURTESY_TITLES, ...PEER_TITLES, ...LEGISLATOR_TITLES, ...OFFICE_TITLES])].join('|').toUpperCase();
export const TURN_LABEL = new RegExp(
  String.raw`^(?:(?:The (?:${OFFICE_LABEL})|THE (?:${OFFICE_LABEL.toUpperCase()})|(?:${TITLE_LABEL})\.?(?: (?:of |de |van |al-)?\p{Lu}[\p{L}'’-]*){1,5}|(?:${CAPITALS_TITLE})\.?(?: (?:AL-|EL-|DE |VAN )?\p{Lu}[\p{Lu}'’-]*){1,3})(?: \([^()\n]{1,80}\))*\s*:|\p{Lu}[^\n.:]{1,200}\.\s+[–—]\s)`,
  'u',
);

/**
 * How many labelled paragraphs make a text a record printed turn by turn. Two thresholds, because a wrong reading
 * costs different things. A record's header (its day, its sitting as a meeting, a vote's lists under their labels) is
 * read from two labels of this form (MIN_RECORD_LABELS): a short excerpt of a sitting ("Question", the heading, a
 * peer's question and the minister's answer) is a record, and what the header gives is checked against its own lines.
 * Statements by label (labelled-turns.ts, which counts the labels that name a speaker, an asker or the chair) need
 * three (MIN_TURN_LABELS): one or two such labels are as often a caption and a credit, or two items of a list, as
 * turns, and a wrong speaker misleads; measured on dev, two made two wrong statements. An interview's question and
 * answer ("Q:" / "A:") are turns with two (labelled-turns.ts).
 */
export const MIN_RECORD_LABELS = 2;
export const MIN_TURN_LABELS = 3;

/**
 * The paragraphs of a record printed turn by turn that open on a speaker's label (TURN_LABEL), in order; none unless
 * MIN_RECORD_LABELS of them do.
 */
export function turnParagraphs(article: ArticleAnalysis): Segment[] {
  const turns = article.paragraphs.filter((p) => TURN_LABEL.test(p.text));
  return turns.length >= MIN_RECORD_LABELS ? turns : [];
}

// A line that says when the page was published, not when the record's occasion was.
const PUBLICATION_LINE = /^(?:Published|Updated|Posted|Last\s+updated|First\s+published)\b/iu;

// The longest line a header, a heading or a headline is read from (a sentence of a paragraph runs longer).
const HEADER_LINE_LENGTH = 90;

/**
 * Whether a line closes as a sentence does: a full stop, "!" or "?" at its end (before a closing quotation mark), a
 * time's "p.m." or "a.m." being no full stop ("Tuesday, 13 December 2016, 6 p.m." is a header line).
 */
const closesAsSentence = (line: string): boolean => /[.!?]["”]?$/u.test(line.replace(/\b[ap]\.m\.$/u, 'pm'));

/**
 * A record's header: the lines before `before` (its first turn) that are no sentences and no turns (a short line of
 * its own, with no full stop closing words: "Tuesday, 13 December 2016, 6 p.m.", "Daily Press Briefing"), less a
 * byline. A short headline is one of them: a record's headline that names a day names the record's ("Daily press
 * briefing, 5 December 2016").
 */
export function headerLines(article: ArticleAnalysis, before: number): Segment[] {
  return article.paragraphs.filter((p) => p.end <= before && isHeadingLine(p.text) && !/^By\s/u.test(p.text));
}

/**
 * Whether a paragraph is a line of a document's own that is no sentence and no speaker's turn, as its header's, its
 * headings' and a programme's lines are ("Monday, 2 May 2016, 4 p.m.", "Security Council", "10:00  Nth meeting
 * Council Chamber", "Candlelight vigil for the harbour"): short, on one line, no full stop closing words.
 */
export function isHeadingLine(text: string): boolean {
  return text.length <= HEADER_LINE_LENGTH && !text.includes('\n') && !closesAsSentence(text) && !TURN_LABEL.test(text);
}

/** A record's day as its header gives it, and whether the line is the record's own or the page's. */
export interface RecordDay {
  /** The day, its note saying it is the record's header's. */
  when: When;
  /**
   * Whether the line is the record's own dateline ("October 16, 2016, 20:15, Goa", "Tuesday, 13 December 2016, 6
   * p.m."), not the publisher's ("Kestrel Radio, The Dispatch Room, 2 December 2016", a byline's): the record's own
   * line dates its occasion before any sentence of an introduction (which may date another happening: "the summit took
   * place on October 15–16"); the publisher's only where the introduction does not.
   */
  own: boolean;
}

export interface HeaderDay extends RecordDay {
  /** The header line that prints it. */
  line: Segment;
  mention: DateMention;
}

// Words that say the day after them is the page's, not the occasion's: "[Excerpt. Unofficial transcript, published
// December 7, 2016.]", "Hearing of 6 December; posted 8 December 2016", "Transcript released on 2 May 2017".
const PUBLISHED_BEFORE = /\b(?:published|updated|posted|printed|released|uploaded|transcribed)(?:\s+(?:on|online))?\s*:?\s*$/iu;

/** Whether a day a header line prints is the day the line says the page was published (PUBLISHED_BEFORE). */
const publishedDay = (article: ArticleAnalysis, line: Segment, mention: DateMention): boolean =>
  PUBLISHED_BEFORE.test(article.text.slice(line.start, mention.start));

/** The days a span states, each a day-precise point ("Monday, 5 December 2016", "Tuesday"). */
const statedDays = (dateMentions: DateMention[], span: Span): DateMention[] =>
  dateMentions.filter(
    (m) => contains(span, m) && m.kind === 'point' && m.when.precision === 'day' && m.when.date !== null && m.when.basis === 'stated',
  );

/** The one day among `days`, printed with a number ("5 December 2016", not "Tuesday" alone); null for none or two. */
const soleNumberedDay = (days: DateMention[]): DateMention | null =>
  days.length === 1 && /\d/u.test((days[0] as DateMention).text) ? (days[0] as DateMention) : null;

/**
 * The day a record's header prints: the first of its lines (headerLines) holding one day, stated with its month and a
 * number ("Monday, 5 December 2016, 3 p.m.", "16.10.2016"), not a weekday or "yesterday" alone; a line that says
 * when the page was published ("Published: ...") is no record's day, and one that names the publisher is the page's
 * (`own` false). `dateMentions`: the article's, or a caller's own reading of them.
 */
export function headerDay(
  article: ArticleAnalysis,
  lines: Segment[],
  dateMentions: DateMention[] = article.dateMentions,
): HeaderDay | null {
  const publisher =
    article.publisher
      ?.replace(/^The\s+/iu, '')
      .trim()
      .toLowerCase() ?? null;
  for (const line of lines) {
    if (PUBLICATION_LINE.test(line.text.trim())) continue;
    const named = statedDays(dateMentions, line);
    const mention = soleNumberedDay((named.length > 0 ? named : numericDays(line)).filter((m) => !publishedDay(article, line, m)));
    if (!mention) continue;
    const own = !publisher || !line.text.toLowerCase().includes(publisher);
    return { when: { ...mention.when, note: `the record's day, in its header ("${clip(line.text)}")` }, own, line, mention };
  }
  return null;
}

/** The day the header of an article's record printed turn by turn gives (turnParagraphs, headerLines, headerDay). */
export function recordHeaderDay(article: ArticleAnalysis, dateMentions: DateMention[] = article.dateMentions): HeaderDay | null {
  const first = turnParagraphs(article)[0];
  return first ? headerDay(article, headerLines(article, first.start), dateMentions) : null;
}

// An introduction that opens on the record's own dateline: "GOA, October 16, 2016 – President ...", "Stockholm, 13
// December 2016: The minister ...": a place, a comma, the day, then a dash or a colon. Wider than datelineDay's forms
// (date-expressions.ts) on purpose: an introduction may print a weekday or a year before its colon, and only
// paragraphs before a record's first turn are read, its day looked up among the record's own date mentions.
const OPENING_DATELINE = /^\p{Lu}[\p{L}.'’ -]{1,40}?,\s+([^\n—–:]{4,40}?)\s*(?:[—–]|-{1,2}|:)\s+\S/u;

/**
 * The day a record's introduction gives on its own dateline, at the opening of a paragraph before the first turn
 * (OPENING_DATELINE): the record's own day, as a header line's is.
 */
export function openingDatelineDay(
  article: ArticleAnalysis,
  paragraphs: Segment[],
  dateMentions: DateMention[] = article.dateMentions,
): HeaderDay | null {
  for (const paragraph of paragraphs) {
    const opening = OPENING_DATELINE.exec(paragraph.text);
    if (!opening) continue;
    const from = paragraph.start + opening[0].indexOf(opening[1] as string);
    const span = { start: from, end: from + (opening[1] as string).length };
    const mention = soleNumberedDay(statedDays(dateMentions, span));
    if (!mention) continue;
    const line = { ...span, text: article.text.slice(span.start, span.end) };
    return {
      when: { ...mention.when, note: `the record's day, on its introduction's dateline ("${line.text}")` },
      own: true,
      line,
      mention,
    };
  }
  return null;
}

// A heading that names a meeting whose record follows: "Minutes of the Regular Meeting of the City Council, December
// 13, 2016", "BRANCH MEETING, TUESDAY 6 DECEMBER 2016" (unseen: "Notes of the session held on 3 May 2016", "Parish
// council meeting – 5 December 2016", "Record of the sitting, Tuesday 6 December 2016"); a court's or tribunal's
// hearing, as a decision's header prints it ("Heard at Taylor House on 2 May 2016", "Date of hearing: 3 May 2016").
const MEETING_HEADING = /\b(?:meeting|sitting|session|minutes|proceedings|hearing)\b|^heard\s+(?:at|on|in)\b/iu;

/**
 * The lines that open an article before its first sentence: each a short line of its own (HEADER_LINE_LENGTH) that
 * closes as no sentence does (closesAsSentence), as a document's headline, heading and header are ("Minutes of the
 * Meeting ..., 5 December 2016", "Council Chambers, City Hall", "1. CALL TO ORDER"); the first line that is a
 * sentence ends them.
 */
function openingLines(article: ArticleAnalysis): Segment[] {
  const lines: Segment[] = [];
  for (const line of article.text.matchAll(/[^\n]+/gu)) {
    const text = line[0].trim();
    const opening = line[0].length <= HEADER_LINE_LENGTH && !closesAsSentence(text);
    // A long headline ("Upper Tribunal ..., Appeal Number ...: decision and reasons (excerpt)") is no sentence: the
    // document's own heading may follow it.
    if (!opening && lines.length === 0 && isTitle(article, { text })) continue;
    if (!opening) break;
    if (text) lines.push({ start: line.index, end: line.index + line[0].length, text: line[0] });
  }
  return lines;
}

/**
 * The day of the meeting a document's heading names (its opening lines, openingLines, that name a meeting:
 * MEETING_HEADING; the first with one numbered day, headerDay): the minutes of a council's meeting, a newsletter's
 * item under its meeting's heading. Null where no opening line names a meeting on a day.
 */
export function meetingHeadingDay(article: ArticleAnalysis, dateMentions: DateMention[] = article.dateMentions): HeaderDay | null {
  const lines = openingLines(article).filter((line) => MEETING_HEADING.test(line.text) && !TURN_LABEL.test(line.text));
  return headerDay(article, lines, dateMentions) ?? heldOnDay(article, dateMentions);
}

// (s38) A gathering a write-up reports on, named in its header: "Winter Seminar 2016. Held on Thursday 1 December 2016,
// Senate Room, ..." (a seminar report's), unseen "Annual conference. Held on 3 May 2016 at ...", "Workshop | Took place
// on 5 December 2016".
const GATHERING_NOUNS =
  'seminar|conference|symposium|workshop|colloquium|lecture|webinar|forum|round-?table|panel|meeting|session|hearing|summit|debate';
const GATHERING_HEADING = new RegExp(String.raw`\b(?:${GATHERING_NOUNS})\b`, 'iu');
// The header's own "Held on" with no subject, opening the line or after a full stop or a bar ("Winter Seminar 2016.
// Held on ...", "Events | Held on ..."); a sentence's "The seminar was held on ..." is the narration's, read elsewhere.
// (s49) Or the gathering's noun opening the line before it: "Roundtable held on Tuesday 6 December 2016, London".
const HELD_ON = new RegExp(
  String.raw`(?:^|\n|[.|]\s+)(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}?(?:${GATHERING_NOUNS})\s+held|Held|Took\s+place)\s+(?:on\s+)?$`,
  'iu',
);
// How far into an article its header may run: its title, a few lines of labels (an institute, its programme, the
// kind of write-up), then the "Held on" line.
const HELD_ON_PARAGRAPHS = 6;

/**
 * The day a write-up's header says its gathering was held (HELD_ON, with a gathering's noun in the title or the line:
 * GATHERING_HEADING): the first day with its month and number that follows "Held on" at once. Null where the first
 * paragraphs hold none.
 */
function heldOnDay(article: ArticleAnalysis, dateMentions: DateMention[]): HeaderDay | null {
  const title = article.paragraphs[0]?.text ?? '';
  for (const paragraph of article.paragraphs.slice(0, HELD_ON_PARAGRAPHS)) {
    if (!GATHERING_HEADING.test(paragraph.text) && !GATHERING_HEADING.test(title)) continue;
    const mention = statedDays(dateMentions, paragraph).find(
      (m) => /\d/u.test(m.text) && HELD_ON.test(article.text.slice(paragraph.start, m.start)),
    );
    if (!mention) continue;
    const held = HELD_ON.exec(article.text.slice(paragraph.start, mention.start)) as RegExpExecArray;
    const start = paragraph.start + held.index;
    const line = { start, end: mention.end, text: article.text.slice(start, mention.end) };
    return { when: { ...mention.when, note: `the gathering's day, in the write-up's header ("${line.text}")` }, own: true, line, mention };
  }
  return null;
}
