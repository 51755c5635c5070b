/**
 * Dates in the words of an article, resolved against its publication date and never more precise than the words:
 * absolute dates ("Dec. 1, 2016", "October 8", "in September") through chrono-node; weekdays ("on Monday", "Friday
 * evening"), "today", "yesterday", "last week" and anchored expressions ("a day after", "the next day") by the
 * rules of news writing, which chrono does not know: a bare weekday is the most recent one on or before the
 * publication date, unless the clause speaks of the future ("will travel on Saturday").
 */
import * as chrono from 'chrono-node';
import type { When } from '../seed/annotation-schema.js';
import { isNumberHeader, numberValue, UNITS } from './number-expressions.js';
import type { Span } from './text-segments.js';

export interface DateMention extends Span {
  text: string;
  when: When;
  /** point: one day (or month, year); span: a range with an end; anchored: counted from another date. */
  kind: 'point' | 'span' | 'anchored';
  /** For anchored mentions: days to add to the anchor ("a day after he said" is the anchor minus one). */
  offsetDays?: number;
  /** For anchored mentions counted in months ("two months later"): months to add; the result is a month. */
  offsetMonths?: number;
  /**
   * "N days after/before ...": the offset dates the clause or noun that follows ("a day after he said": he said on the
   * anchor minus one), not the sentence it stands in; "N days later" dates the sentence itself.
   */
  opensClause?: true;
}

const DAY_MS = 86_400_000;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A day counted from the moment of speaking: "today", "tonight", "this morning", "yesterday", "tomorrow", "last night",
 * "last evening" (s24: the Gulf and South Asian English press's "in remarks to Oman TV last evening"), and two days
 * back (s23): "the day before yesterday", "the night before last" (not "the day before", anchored).
 */
export const DEICTIC_DAY =
  /\b(today|tonight|this (?:morning|afternoon|evening)|the day before yesterday|the (?:morning|afternoon|evening|night) before last|yesterday|tomorrow|last (?:night|evening))\b/i;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A month's name, full or cut short ("Sept", "December"), as a pattern's source. */
export const MONTH_WORD =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_NAME = new RegExp(String.raw`\b${MONTH_WORD}\b`);
/** "a day", "an hour", "three days": the number words a count of days (or months) is written in. */
export const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, ...UNITS };

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (iso: string, days: number) => toIso(new Date(toDate(iso).getTime() + days * DAY_MS));
const weekday = (iso: string) => toDate(iso).getUTCDay();
/** The weekday of a day (YYYY-MM-DD) by its name ("Saturday"). */
export const weekdayName = (iso: string) => WEEKDAYS[weekday(iso)] as string;

/** "Fri 9 Dec 2016", the way the curated notes name a day. */
export function describeDay(iso: string): string {
  const date = toDate(iso);
  return `${WEEKDAYS[date.getUTCDay()]?.slice(0, 3)} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function publicationWhen(publishedOn: string, note: string): When {
  return { date: publishedOn, precision: 'day', basis: 'publication', note };
}

/** A date mention that names one day (not a span, a week or a day still to be counted from another). */
export const isDayPoint = (d: DateMention) => d.kind === 'point' && d.when.precision === 'day' && d.when.date !== null;

/** The first day of the month an ISO date falls in. */
const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;

/**
 * The month a mention names in words, a day's or a month's ("on 3 November", "in October"), as its first day: what a
 * later bare day of the month ("on the 5th") belongs to. Undefined for a day counted from another or a vaguer span.
 */
const monthNamedBy = (d: DateMention) =>
  d.when.basis === 'stated' && d.when.date !== null && (d.when.precision === 'day' || d.when.precision === 'month')
    ? firstOfMonth(d.when.date)
    : undefined;

// A day told by a clock named after it: "in the early hours of this morning, New Zealand time", "late on Monday,
// Tokyo time", "on Tuesday (Sydney time)". A place's name is capitalised, so "local time", the happening's own clock,
// is not one.
const OTHER_CLOCK = /^\s*[,(]?\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}time\b/u;
// Or a day set in dashes or brackets beside the day told first, with the place whose day it is: "on Saturday, 8
// October — Sunday morning in Apia — the draft failed", "on Monday (Tuesday in Suva)".
const APPOSED_CLOCK_BEFORE = /[—–(]\s*$/u;
const APPOSED_CLOCK_AFTER = /^\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*[—–)]/u;

/**
 * Whether a day is told by another place's clock (OTHER_CLOCK): the outlet's own day for a happening abroad, which may
 * be a day ahead of the day where it happened ("vetoed in the early hours of this morning, Wellington time" of a vote
 * held in New York the evening before). A meeting's or a vote's day is then read from a sentence that tells it by its own place.
 */
export const onAnotherClock = (text: string, day: Span) =>
  OTHER_CLOCK.test(text.slice(day.end, day.end + 40)) ||
  (APPOSED_CLOCK_BEFORE.test(text.slice(Math.max(0, day.start - 4), day.start)) &&
    APPOSED_CLOCK_AFTER.test(text.slice(day.end, day.end + 40)));

// Words that put a clause in the future: "will travel on Saturday", "would meet in Geneva on Saturday".
// A clause that forecasts ("the Council was likely to meet on Wednesday", "is poised to vote on Monday") looks ahead too.
// Also what is hoped or meant to happen ("hoped to put the draft to a vote on Sunday"), and a present tense that
// schedules ("the committee meets again on Thursday", "the envoy flies to Moscow on Friday"), and a passive that
// plans ("a second vigil is planned at the cathedral on Sunday", "the launch is slated for Monday").
// (s70) So with an adverb between ("Mogherini is also due in Geneva on Wednesday", "the envoy is now expected to").
// A passive infinitive of purpose looks ahead too: "the meeting, to be held in Moscow on Tuesday" (not a report's
// "was said to be wounded on Monday").
const FUTURE =
  /\b(?:will|would|shall|'ll|’ll|(?<!(?:said|reported|believed|thought|known|appeared|seemed|seems|appears|declined|declining|refused|refusing|asked not|asking not|wished not|preferred not) )to be (?:held|[a-z]+ed)|(?:is|are|was|were)(?: (?:also|now|still|then|again))? (?:due|set|expected|scheduled|planned|slated|(?:un)?likely to|poised to|about to|to)|plans? to|planned to|going to|next|(?:hope[sd]?|intend(?:s|ed)?|aim(?:s|ed)?|want(?:s|ed)?|wish(?:es|ed)?) to)\b/i;
// (s32) A modal of what may come, before a verb, looks ahead too, not its denial or perfect: "talks could resume as early
// as Tuesday", "the envoy may fly to Ankara on Friday", not "could not reach them on Tuesday", "may have died on
// Monday" (case-sensitive, so that the month is no modal).
const MAY_COME = /\b(?:could|may|might)\s+(?!not\b|have\b|never\b|well\s+have\b)\p{Ll}/u;
const looksAhead = (clause: string) => FUTURE.test(clause) || MAY_COME.test(clause);
// Verbs that are never nouns, whose present tense before a day schedules: "The Assembly meets again on Wednesday".
const SCHEDULING_PRESENT = /\b(?:meets|reconvenes|convenes|travels|flies)\b/i;

// The speech verbs in the past that date a telling (AFTER_SPEECH_VERB, ATTRIBUTION_AFTER_COMMA); (s53) a post's or a
// letter's too ("\"The convoys will resume,\" she wrote on Facebook on Sunday night": Sunday before, not after).
const PAST_SPEECH_VERBS =
  'said|told|added|announced|confirmed|stated|noted|warned|insisted|urged|wrote|tweeted|posted|declared|stressed|argued|claimed|explained|replied|recalled|acknowledged|admitted|conceded';
// A day named right after a speech verb dates the speech, which is past: "said on Friday evening that he will travel".
const AFTER_SPEECH_VERB = new RegExp(String.raw`\b(?:${PAST_SPEECH_VERBS}|says|tells)\s+(?:on\s+|late\s+|early\s+)?$`, 'i');

// (s41) The words after a day that opens its sentence, up to a past speech verb that is no aside set off by commas:
// "On Tuesday(, an official who asked not to be named) said the talks ...".
const OPENING_TELLING = new RegExp(String.raw`^,?((?:\s+[^\s,.;:!?"“”]+){1,12}?)\s+(?:${PAST_SPEECH_VERBS})\b(?!\s*,)`, 'u');
// A past speech verb in the last stretch of a clause after a comma, and the words after it: "..., Lavrov told reporters
// in Moscow " (speaksOfFuture); (s46) the comma may close a quotation ("...one of them wanted to keep a kitten,\" Bitar
// told Northwind in a voice message on Tuesday": the quoted words' tense is not the telling's).
const ATTRIBUTION_AFTER_COMMA = new RegExp(String.raw`,["”’]?\s+[^,]*?\b(?:${PAST_SPEECH_VERBS})\b([^,]*)$`, 'iu');

// (s35) A day right after a past participle that tells of a thing done, its doer given or not ("are expected to leave
// under a deal brokered by Ostria late on Tuesday", "will go ahead under the truce agreed on Monday"): the participle's
// day, past whatever the clause's tense. Not a participle that plans ("the vote scheduled for Monday", "a vigil planned on
// Sunday", "a meeting called for Friday").
const DONE_PARTICIPLE_BEFORE =
  /\b(?:a|an|the|its|their|this|that)\s+(?:[\p{L}-]+\s+){1,3}?(?!(?:scheduled|planned|set|slated|expected|called|proposed|timed|due|fixed|arranged|booked|announced)\b)(?:\p{Ll}{3,}ed|reached|signed|struck|made|held|agreed|brokered)\s+(?:(?:by|between)\s+(?:[\p{L}'’-]+\s+){1,6}?)?(?:late\s+|early\s+)?(?:on\s+)?$/u;
// The month and day of the season's holidays a text dates by (findDateMentions).
const HOLIDAYS: Record<string, string> = {
  'Christmas Eve': '12-24',
  'Christmas Day': '12-25',
  'Boxing Day': '12-26',
  "New Year's Eve": '12-31',
  "New Year's Day": '01-01',
};
// Their names as a text writes them, with either apostrophe.
const HOLIDAY_NAMES = new RegExp(
  `\\b(${Object.keys(HOLIDAYS)
    .map((name) => name.replace("'", "['’]"))
    .join('|')})\\b`,
  'gu',
);

/** Whether the clause around a weekday looks ahead: the words before it in its clause, or after it when it opens the clause. */
function speaksOfFuture(text: string, mention: Span): boolean {
  const before = text.slice(Math.max(0, mention.start - 80), mention.start);
  const clauseBefore = before.split(/[.;:!?\n]|,\s(?=\p{Ll})|\bthat\b/u).pop() ?? '';
  if (AFTER_SPEECH_VERB.test(clauseBefore) || DONE_PARTICIPLE_BEFORE.test(clauseBefore)) return false;
  // (s40) An attribution after a comma that closes a reported clause ("The ceasefire will hold, Lavrov told reporters in
  // Moscow on Friday"): the day is the telling's, past, whatever the tense of the words reported before the comma.
  const attribution = ATTRIBUTION_AFTER_COMMA.exec(clauseBefore);
  if (attribution && !looksAhead(attribution[1] as string) && !SCHEDULING_PRESENT.test(attribution[1] as string)) return false;
  const after = text.slice(mention.end, mention.end + 60).split(/[.;:!?\n]|\bthat\b/u)[0] ?? '';
  // A weekday naming a thing ("the Saturday meeting would involve"): the verb after it says which way.
  if (/\bthe\s+$/iu.test(clauseBefore) && /^\s+\p{Ll}+\s/u.test(after)) return looksAhead(after);
  // "is seeking an extension at least through Monday": a limit set in the present lies ahead.
  if (/\b(?:through|until|till)\s+$/iu.test(clauseBefore) && /\b(?:is|are|am|will|would|shall)\b/iu.test(clauseBefore)) return true;
  if (/[\p{L}\p{N}]/u.test(clauseBefore.replace(/^\s*(?:on|late|early|later)\s*$/iu, '')))
    return looksAhead(clauseBefore) || SCHEDULING_PRESENT.test(clauseBefore);
  // (s41) A day opening a sentence whose verb is a past telling ("On Tuesday, Lavrov said the talks would resume", "On
  // Tuesday, an official who asked not to be named said"): the telling's day, past, whatever the words it reports.
  // Not an attribution set off by commas inside the clause the day opens ("On Friday, diplomats said, the Council
  // will vote"): that clause's day.
  const telling = OPENING_TELLING.exec(text.slice(mention.end, mention.end + 160));
  if (telling && !looksAhead(telling[1] as string)) return false;
  return looksAhead(after);
}

// A sentence that looks ahead, up to a month named in it: "Oslo says it wants peace talks in Riga, in January".
const AHEAD = /\b(?:wants?|hopes?|intends?|aims?|plans?|due|expected|scheduled|set to|next)\b/iu;
function sentenceLooksAhead(text: string, mention: Span): boolean {
  const before =
    text
      .slice(Math.max(0, mention.start - 160), mention.start)
      .split(/[.;!?\n]\s/u)
      .pop() ?? '';
  return speaksOfFuture(text, mention) || looksAhead(before) || AHEAD.test(before);
}

function resolveWeekday(publishedOn: string, target: number, direction: 'past' | 'future', strict: boolean): string {
  const today = weekday(publishedOn);
  let diff = direction === 'past' ? (today - target + 7) % 7 : (target - today + 7) % 7;
  if (strict && diff === 0) diff = 7;
  return addDays(publishedOn, direction === 'past' ? -diff : diff);
}

/** The Monday that begins the article's week, the one before it ("last") or after it ("next"). */
function weekStart(publishedOn: string, which: string): string {
  const monday = addDays(publishedOn, -((weekday(publishedOn) + 6) % 7));
  const shift = { last: -7, next: 7 }[which.toLowerCase()] ?? 0;
  return addDays(monday, shift);
}

const quoteWords = (value: string) => `"${value.replace(/\s+/g, ' ')}"`;

// A line that is a full date and nothing else: "December 6, 2016", "Tuesday, 6 December 2016", "6 Dec. 2016"; or a
// record's or a letter's date line, the date after the chamber or place and before the hour ("House of Lords, Tuesday
// 20 December 2016", "Monday, 5 December 2016, 3 p.m.", "St. Ansgar, 1 December 2016", "Port-Royal, 2 December 2016").
// (s56) A picture's caption line names the place in several parts, closed by a comma or a full stop ("Jibrin, Aleppo,
// Syria. 16 December 2016.").
const DATE_LINE =
  /^(?:\p{Lu}[\p{L}'’.-]*(?: (?:of |the )?\p{Lu}[\p{L}'’.-]*){0,4}(?:,\s+\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}){0,2}[,.]\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?)\s+\d{4}(?:,\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.m\.)?\.?$/u;

/**
 * Whether a line is a date line and nothing more (DATE_LINE): a full date, optionally after a place or a chamber and
 * before the hour ("Norhavn, 1 December 2016", "Tuesday, 6 December 2016", "Monday, 5 December 2016, 3 p.m."), in
 * capitals too, as a hearing transcript's header prints it ("TUESDAY, DECEMBER 6, 2016"). The
 * one home of date lines: a document's header (documentDay) and a letter's or an annex's (document-author.ts).
 */
export const isDateLine = (line: string): boolean => DATE_LINE.test(titleCaseDateWords(line));

/**
 * The day of a document an article reproduces, where a line of its header prints that day alone ("Daily Press
 * Briefing / Washington, DC / December 6, 2016", a statement or a transcript published a day or more later): the
 * document's "today", "yesterday" and weekdays are its own day's, not the article's. Only a date line among the
 * first paragraphs, before publication and at most a month before it; the paragraphs after it are the document.
 */
function documentDay(paragraphs: (Span & { text: string })[], publishedOn: string): { date: string; from: number; to: number } | null {
  for (const [index, paragraph] of paragraphs.slice(0, 8).entries()) {
    if (!isDateLine(paragraph.text) && !WEEKDAY_DATE_LINE.test(titleCaseDateWords(paragraph.text))) continue;
    const parsed = chrono.en.parseDate(titleCaseDateWords(paragraph.text), { instant: toDate(publishedOn), timezone: 0 });
    if (!parsed) continue;
    const iso = toIso(new Date(Date.UTC(parsed.getUTCFullYear(), parsed.getUTCMonth(), parsed.getUTCDate())));
    const days = (toDate(publishedOn).getTime() - toDate(iso).getTime()) / DAY_MS;
    // (s63) The document ends where the outlet's own note after it begins ("Editor's note: X wrote to us on Monday").
    const note = paragraphs.slice(index + 1).find((p) => EDITORS_NOTE.test(p.text));
    if (days >= 1 && days <= 31) return { date: iso, from: paragraph.end, to: note ? note.start : Number.POSITIVE_INFINITY };
  }
  return null;
}

// (s63) A letter's date line with its weekday and no year, on its own line under the place it was written in
// ("Sakhour, east Aleppo" / "Sunday, November 27"): the letter's day, as a full date line is a document's.
const WEEKDAY_DATE_LINE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})$/u;

/**
 * (s63) The outlet's own note at the foot of a letter, a diary or a document it prints ("Editor's note: The Northern Lamp
 * lost contact with Dr Jundi early on Wednesday"): its days are counted from the article's, not from the day the text
 * above it was written.
 */
const EDITORS_NOTE =
  /^(?:Editor['’]?s['’]?\s+note|EDITOR['’]?S['’]?\s+NOTE|Note\s+from\s+the\s+editors?|A\s+note\s+from\s+the\s+editors?)\s*[:.—–-]/u;

// A note saying that the text is a translation or a reprint of a report that first appeared elsewhere, by the noun
// it names the text by or a participle opening it: "The original report appeared in the Riga weekly X on Tuesday, 13
// December 2016", "This article was first published in Le Y on 3 December 2016", "Originally broadcast by Radio Z on
// Dec. 5, 2016", (s50) a transcript's header "Broadcast Monday, December 19, 2016, 6 p.m. Eastern." (unseen wordings: "The interview was originally aired on", "First printed in", "This story first
// appeared in"). Not a person's first appearance ("The envoy first appeared in public on ...").
const REPRINT_NOTE =
  /^(?:Originally|First)\s+(?:published|appeared|broadcast|aired|printed|posted)\b|(?:^|[.:]\s+)(?:Broadcast|Aired|Recorded)\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|\d)|\b(?:article|report|story|original|version|piece|interview|column|dispatch|text)\b[^.;]{0,40}?\b(?:(?:first|originally)\s+)?(?:appeared|was\s+(?:first\s+|originally\s+)?(?:published|broadcast|aired|printed|posted))\b/iu;

/**
 * The day of the original a translation or a reprint reproduces, where a note at its head (one of its first four
 * paragraphs) or its foot (one of its last two) says when the original appeared (REPRINT_NOTE, with a full date a day
 * to a month before the article's): the original's "yesterday", "last night" and weekdays are its own day's, as a
 * reproduced document's are. The region it rules: the paragraphs after a head note, or those before a foot note.
 */
function originalDay(paragraphs: (Span & { text: string })[], publishedOn: string): { date: string; from: number; to: number } | null {
  const count = paragraphs.length;
  for (const [index, paragraph] of paragraphs.entries()) {
    // At the head, with the text after it; else at the foot, with the text before it.
    const head = index < 4 && index < count - 1;
    if ((!head && index < count - 2) || !REPRINT_NOTE.test(paragraph.text)) continue;
    const day = findDateMentions(paragraph.text, { start: 0, end: paragraph.text.length }, publishedOn).find(
      (m) => m.kind === 'point' && m.when.basis === 'stated' && m.when.precision === 'day',
    );
    const date = day?.when.date;
    if (!date) continue;
    const days = (toDate(publishedOn).getTime() - toDate(date).getTime()) / DAY_MS;
    if (days < 1 || days > 31) continue;
    return head ? { date, from: paragraph.end, to: Number.POSITIVE_INFINITY } : { date, from: 0, to: paragraph.start };
  }
  return null;
}

// (s68) The line of an institute's event report that gives the event's day apart from the report's ("Date of event:
// Thursday, 22 December 2016 | Date of report: 28 December 2016"; unseen "Event date: 5 May 2016").
const EVENT_DATE_LABEL = /^(?:Date\s+of\s+(?:the\s+)?(?:event|meeting|panel|roundtable|seminar|workshop)|Event\s+date|Held\s+on)\s*:/iu;
// (s68) An institute's own event told as its act in the write-up's lead: "On Wednesday 7 December 2016 the X Centre
// convened a closed roundtable", "hosted a public panel discussion ... on 22 December" (unseen "organised a seminar",
// "held a workshop").
const EVENT_NOUN = String.raw`(?:round[\s-]?table|panel(?:\s+discussion)?|seminar|workshop|symposium|colloquium|webinar|lecture|expert\s+meeting)`;
const HOSTED_EVENT = new RegExp(
  String.raw`\b(?:convened|hosted|held|organi[sz]ed)\s+(?:a|an|its)\s+(?:[\p{L}'’-]+\s+){0,3}?${EVENT_NOUN}\b`,
  'iu',
);
// (s68) Where the write-up turns to what happened after the event: a "Postscript" or "Update" section, a paragraph opening
// "Since the roundtable," or "After the panel,", an editor's note.
const AFTER_THE_EVENT = new RegExp(
  String.raw`^(?:Postscript|Post-script|Update|Editor['’]?s\s+note|(?:Since|After|Following)\s+the\s+(?:${EVENT_NOUN}|event|meeting|discussion)\b)`,
  'iu',
);

/**
 * (s68) The day of the event a think tank's or an institute's write-up reports (an event summary, an event report, a
 * roundtable's summary published some days later), where its header labels the day ("Date of event: Thursday, 22
 * December 2016") or the lead tells the institute's act on a full day ("On Wednesday 7 December 2016 the Bellerive
 * Centre convened a closed roundtable"): the remarks made there count "on Monday" and "on Saturday" from that day, not
 * from the write-up's. Only among the first six paragraphs, a day to a month before publication; the region it rules
 * runs from that line to a postscript about what came after (AFTER_THE_EVENT). Null where no such line is found.
 */
export function eventWriteUpDay(
  paragraphs: (Span & { text: string })[],
  publishedOn: string,
): { date: string; from: number; to: number } | null {
  for (const paragraph of paragraphs.slice(0, 6)) {
    const labelled = EVENT_DATE_LABEL.test(paragraph.text);
    const sentence = labelled
      ? paragraph.text
      : paragraph.text
          .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
          .find((x) => HOSTED_EVENT.test(x) && !/["“”]/u.test(x.slice(0, x.search(HOSTED_EVENT))));
    if (!sentence) continue;
    const day = findDateMentions(sentence, { start: 0, end: sentence.length }, publishedOn).find(
      (m) => m.kind === 'point' && m.when.basis === 'stated' && m.when.precision === 'day',
    );
    const date = day?.when.date;
    if (!date) continue;
    const days = (toDate(publishedOn).getTime() - toDate(date).getTime()) / DAY_MS;
    if (days < 1 || days > 31) continue;
    const after = paragraphs.find((p) => p.start > paragraph.start && AFTER_THE_EVENT.test(p.text));
    return { date, from: paragraph.start, to: after ? after.start : Number.POSITIVE_INFINITY };
  }
  return null;
}

// (s68) A monitoring service's source line under the item it translates, which gives the broadcast or posting with its
// time and day: "(Source: Norland TV, Oslo, in English 1600 gmt 13 Dec 16)", "Source: Sveriges Radio website,
// Stockholm, in Swedish 0920 gmt 9 Oct 16"; two broadcasts joined by a semicolon.
const SOURCE_LINE = /^\(?\s*Source\s*:\s*[^\n]+$/iu;
const SOURCE_LINE_DAY = new RegExp(String.raw`\b\d{3,4}\s*gmt\s+(\d{1,2})\s+(${MONTH_WORD})\.?\s+(\d{4}|\d{2})\b`, 'giu');
// A heading line of such a digest: letters with no small one ("SYRIAN STATE MEDIA", "2. NORLAND TV: MINISTER SAYS
// \"NO\"").
const CAPITALS_HEADING = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * (s68) The items of a media-monitoring digest, each closed by its source line (SOURCE_LINE) that gives one day for its
 * broadcast ("... in English 1600 gmt 13 Dec 16"): the item runs back to the source line before or the heading before
 * (a line in capitals), whichever is nearer; a source line with neither before it (a summary may stand there) rules
 * nothing. Only a day on or up to a week before the article's date.
 */
export function sourceLineItems(
  paragraphs: (Span & { text: string })[],
  publishedOn: string,
): { date: string; from: number; to: number }[] {
  const items: { date: string; from: number; to: number }[] = [];
  let opening: number | null = null;
  for (const paragraph of paragraphs) {
    if (CAPITALS_HEADING(paragraph.text)) {
      opening = paragraph.end;
      continue;
    }
    if (!SOURCE_LINE.test(paragraph.text)) continue;
    const days = [...paragraph.text.matchAll(SOURCE_LINE_DAY)].map((m) => {
      const year = (m[3] as string).length === 2 ? `20${m[3]}` : (m[3] as string);
      const word = m[2] as string;
      const month = MONTHS.indexOf(`${word.slice(0, 1).toUpperCase()}${word.slice(1, 3).toLowerCase()}`) + 1;
      return `${year}-${String(month).padStart(2, '0')}-${String(Number(m[1])).padStart(2, '0')}`;
    });
    const date = days[0];
    if (opening !== null && date && days.every((d) => d === date) && date <= publishedOn && date >= addDays(publishedOn, -7))
      items.push({ date, from: opening, to: paragraph.start });
    opening = paragraph.end;
  }
  return items;
}

// A line that is a day and nothing else, with its number and month: "Monday 12 December", "Tuesday, December 13",
// "14 Dec. 2016:", "December 13th" (a diary's or a timeline's entry heading); (s53) a tracker's short weekday ("Sat 8
// October"), and the hour or the part of the day after it ("Sat 8 October, 10 a.m.", "Tue 13 December, late", "Dec. 13,
// evening"), or the weekday in brackets ("October 8 (Saturday)").
const HEADING_WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?`;
const HEADING_TIME = String.raw`(?:,?\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|noon|midnight|late|early|\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?:\s+(?:GMT|EST|local\s+time))?|\d{1,2}[.:]\d{2}(?:\s+(?:GMT|EST|local\s+time))?))?`;
const DAY_HEADING = new RegExp(
  String.raw`^(?:${HEADING_WEEKDAY},?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}\.?|${MONTH_WORD}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?${HEADING_TIME}(?:\s*\((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\))?\s*[.:]?$`,
  'u',
);
// A short line that is no sentence (no closing stop) and no day: a section's heading ("What we are doing now").
const OTHER_HEADING = /^[^\n]{3,60}(?<![.!?"”:])$/u;

// (s39) A line that labels an entry of a dated series and closes on its full day, the year printed: a campaign page's
// "Update 3, 15 December 2016", a supporter's "Tom Ridley donated £25, 6 December 2016", a catalogue's numbered "1.
// Corridor, M10 hospital, Shaar, 3 October 2016". The label opens with the entry's number or its word (Update, Entry,
// Post, Day 3, Week 2; not a page's "Updated:" stamp) or names a gift; it quotes nothing and is set off from the day by a comma, a colon or a dash,
// and the line ends on the year. Not a header's labelled line ("Date of Decision: December 14, 2016", "The Chao
// Phraya Herald, Sunday, December 11, 2016", "Answered on: 20 December 2016"), which dates a document or closes a
// reply, not the entry under it.
const ENTRY_LABEL = String.raw`(?:(?:No\.\s*)?\d{1,3}[.)]\s|(?:Update|UPDATE|Entry|Post|Comment|(?:Day|Week)\s+\d{1,3})\b|[^\n"“”,:]{2,40}\s(?:donated|gave|pledged)\s+[£$€])`;
const LABELLED_DAY_HEADING = new RegExp(
  String.raw`^${ENTRY_LABEL}[^\n"“”]{0,80}?(?:,|:|\s[–—-])\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\d{1,2}\s+${MONTH_WORD}\.?|${MONTH_WORD}\.?\s+\d{1,2},?)\s+\d{4}$`,
  'u',
);

// A weekday alone on its line, a week in review's section ("Monday", "On Tuesday:"); counted back from the article's
// day like any weekday.
// (s53) After the place it was written in too, a reporter's notebook's section ("KILIS, TUESDAY", "Reyhanli, Thursday").
const WEEKDAY_HEADING =
  /^(?:(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*,\s+)?(?:On\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[.:]?$/u;

/**
 * Whether a line is a day heading with its number and month (DAY_HEADING: "Monday, December 19", "19 December",
 * "Dec. 13th"), alone or closing an entry's label (LABELLED_DAY_HEADING: "Update 2, 6 December 2016"): not a weekday
 * alone nor a place's date line, which the extractors of votes and events do not read as a timeline's section (a
 * record's header, a letter's date).
 */
export const isNumberedDayHeading = (line: string): boolean => {
  const value = titleCaseDateWords(line.trim());
  return DAY_HEADING.test(value) || LABELLED_DAY_HEADING.test(value);
};

/**
 * Whether a line is a section's day and nothing else: a day heading (DAY_HEADING: "Monday 12 December", "Dec. 13:",
 * in capitals too: "MONDAY, DECEMBER 12"), a weekday alone (WEEKDAY_HEADING) or a date line (isDateLine: a full date,
 * alone or after the place it was written in: "New York, 13 December 2016", "Geneva, Tuesday 13 December 2016", the
 * dateline under a readout's, a release's or a brief's own heading) or an entry's label closed by its full day
 * (LABELLED_DAY_HEADING: "Update 2, 6 December 2016").
 * The one home of the day line that heads a dated section: the entries whose relative days count from it
 * (dayHeadedEntries) and the remarks it dates (statement-dates.ts).
 */
export const isDayHeading = (line: string): boolean => {
  const value = titleCaseDateWords(line.trim());
  return isNumberedDayHeading(value) || WEEKDAY_HEADING.test(value) || isDateLine(value);
};

/** (s69) Whether paragraphs are a "week in numbers" column: two lines or more that are a number alone (isNumberHeader). */
export const isNumbersColumn = (paragraphs: readonly { text: string }[]): boolean =>
  paragraphs.filter((paragraph) => isNumberHeader(paragraph.text)).length >= 2;
const WEEKDAY_ALONE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[.:]?$/iu;
/**
 * (s69) isDayHeading, but in a numbers column (isNumbersColumn) a weekday alone is one of the column's headers, the day
 * the line under it tells of ("Sunday" / "The day diplomats expect the council to vote ..."), not a section's day.
 */
export const isSectionDayLine = (line: string, column: boolean): boolean =>
  isDayHeading(line) && !(column && WEEKDAY_ALONE.test(line.trim()));

// A time of day opening a live ticker's or blog's entry: "17:20 – Power says ...", "8.02am" alone on the line over
// it, "10:45 GMT: ...", "23:12 · ...", with its seconds ("15:12:40 GMT - "). Hours to 23, minutes to 59: a recording's
// chapter marks past the hour ("47:50 – Clip") are none.
const TIME_OPENING =
  /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|BST|CET|EET|local\s+time)?\s*(?:[–—:|·]|-\s|$)/iu;

/** Whether a paragraph opens with the time of a timestamped entry (TIME_OPENING). */
export const opensWithTime = (paragraph: string): boolean => TIME_OPENING.test(paragraph.trim());

/**
 * Where the text of a paragraph's entry goes on after what heads it on its line: an entry's time ("15:12:40 GMT - A
 * doctor ...", TIME_OPENING), a dash dateline ("ALEPPO, Syria - Diplomats say ...", dashDateline) or (s42) a label in
 * capitals closed by a colon ("UNITED NATIONS: Secretary-General Ban Ki-moon was ...", a round-up's entry; CAPITALS_LABEL).
 * The paragraph's start where it opens on none of them.
 */
function entryBody(paragraph: Span & { text: string }): number {
  const head = TIME_OPENING.exec(paragraph.text) ?? CAPITALS_LABEL.exec(paragraph.text) ?? BULLET.exec(paragraph.text);
  if (head && /\S/u.test(paragraph.text.slice(head[0].length))) {
    return paragraph.start + head[0].length + (/^\s*/u.exec(paragraph.text.slice(head[0].length)) as RegExpExecArray)[0].length;
  }
  return dashDateline(paragraph)?.body ?? paragraph.start;
}
/**
 * Where the words of a clause from `from` to `end` begin: past what heads the line (entryBody) where `from` opens a line,
 * else `from` itself. One home for the subject, the principal a spokesman speaks for and the main verb a participle
 * carries on, which all read a clause from a sentence's start.
 */
export function clauseBodyStart(text: string, from: number, end: number): number {
  const lineStart = from === 0 || text[from - 1] === '\n';
  return lineStart ? entryBody({ start: from, end, text: text.slice(from, end) }) : from;
}
// (s43) A list's bullet: "• A rebel official who asked not to be named said ...".
const BULLET = /^[•▪‣◦·*–-]\s+(?=\S)/u;
// A label of two capitals or more, no lower-case letter, closed by a colon before a capital: "FRANCE: ", "ICRC: ".
const CAPITALS_LABEL = /^\p{Lu}[\p{Lu}\d .'’&/-]{1,40}:\s+(?=["“]?\p{Lu})/u;

/** The time a timestamped entry opens with (TIME_OPENING), in minutes after midnight ("8.02pm" is 1202); null if none. */
export function entryMinutes(paragraph: string): number | null {
  const opening = TIME_OPENING.exec(paragraph.trim());
  const time = opening ? /^(\d{1,2})[:.](\d{2})\s*([ap])?/iu.exec(opening[0]) : null;
  if (!time) return null;
  const hour = (Number(time[1]) % (time[3] ? 12 : 24)) + (time[3]?.toLowerCase() === 'p' ? 12 : 0);
  return hour * 60 + Number(time[2]);
}

/**
 * The entries of an article told under day headings (isDayHeading lines, two or more, in order, oldest or newest
 * first, none after the article): each entry's paragraphs, up to the next heading or a heading that names no day,
 * with the day heading them. A diary's "today", "at 9pm", "since Saturday" and "yesterday" are its entry's, not the
 * day it was published; so are a page of readouts' "this morning" and "today", each under its own dateline.
 */
function dayHeadedEntries(paragraphs: (Span & { text: string })[], publishedOn: string): { date: string; start: number; end: number }[] {
  const column = isNumbersColumn(paragraphs);
  const headings = paragraphs.flatMap((paragraph, index) => {
    if (!isSectionDayLine(paragraph.text, column)) return [];
    const [mention] = findDateMentions(paragraph.text, { start: 0, end: paragraph.text.length }, publishedOn).filter(
      (m) => m.when.precision === 'day',
    );
    const date = mention?.when.date;
    return date && date <= publishedOn ? [{ index, date }] : [];
  });
  // (s39) The lines right under an entry's heading that are no sentence (a catalogue's "Karam Masri. Inkjet print, 60 x
  // 90 cm") belong to the heading, not to what ends the entry.
  const textOf = (index: number) => (paragraphs[index] as { text: string }).text;
  const bodyStart = (index: number) => {
    let first = index + 1;
    while (first < paragraphs.length && OTHER_HEADING.test(textOf(first)) && !isDayHeading(textOf(first))) first++;
    return first;
  };
  // (s39) The headings in order within each run that another heading ends ("UPDATES" newest first, then "WORDS OF
  // SUPPORT" newest first again, on a campaign page): each run oldest or newest first.
  const breaks = headings.map((heading, i) => {
    const previous = headings[i - 1];
    if (!previous) return true;
    for (let k = bodyStart(previous.index); k < heading.index; k++) if (OTHER_HEADING.test(textOf(k))) return true;
    return false;
  });
  const runs: { date: string }[][] = [];
  for (const [i, heading] of headings.entries()) {
    if (breaks[i]) runs.push([heading]);
    else runs[runs.length - 1]?.push(heading);
  }
  const ordered = (dates: string[]) =>
    dates.every((date, i) => i === 0 || date >= (dates[i - 1] as string)) ||
    dates.every((date, i) => i === 0 || date <= (dates[i - 1] as string));
  const inOrder = ordered(headings.map((h) => h.date)) || runs.every((run) => run.length >= 2 && ordered(run.map((h) => h.date)));
  if (headings.length < 2 || !inOrder) return [];
  return headings.map((heading, i) => {
    const next = headings[i + 1]?.index ?? paragraphs.length;
    let last = Math.min(bodyStart(heading.index), next) - 1;
    while (last + 1 < next && !OTHER_HEADING.test(textOf(last + 1)) && !EDITORS_NOTE.test(textOf(last + 1))) last++;
    return {
      date: heading.date,
      start: (paragraphs[heading.index] as Span).end,
      end: (paragraphs[last] as Span).end,
    };
  });
}

/**
 * The day that heads the entry a position stands in, where the article is told under day headings (dayHeadedEntries:
 * a page of readouts, each under its own dateline; a diary's days); null outside them. The entries are read once, and
 * the lookup returned answers every position. What an entry reports with no day of its own was said on its day, as
 * its "today" is (issuer-voice.ts dates a release's remarks by it).
 */
export function dayHeadingsOver(paragraphs: (Span & { text: string })[], publishedOn: string): (position: number) => string | null {
  const entries = dayHeadedEntries(paragraphs, publishedOn);
  return (position) => entries.find((e) => e.start <= position && position < e.end)?.date ?? null;
}

// A line that is a month and nothing else, a chronology's or a review of the year's section ("OCTOBER", "November
// 2016", "December:"), in capitals too.
const MONTH_HEADING =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(\d{4}))?\s*[.:]?$/u;

/** The first day of the month a month heading names (MONTH_HEADING), in the article's year unless still to come. */
function headingMonth(line: string, publishedOn: string): string | null {
  const value = titleCaseDateWords(line.trim().replace(/^MAY\b/u, 'May'));
  const heading = MONTH_HEADING.exec(value);
  if (!heading) return null;
  const month = MONTHS.indexOf(value.slice(0, 3)) + 1;
  let year = heading[1] ? Number(heading[1]) : Number(publishedOn.slice(0, 4));
  if (!heading[1] && month > Number(publishedOn.slice(5, 7))) year -= 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/**
 * The month each paragraph's section names, where the article is told under headings: month headings (two or more,
 * in order: a review of the year's "OCTOBER", "NOVEMBER") or day headings (dayHeadedEntries: a diary's "Monday 12
 * December", a live page's "December 13"). A section runs to the next heading or a heading that names no date
 * (OTHER_HEADING), as a day-headed entry does. Its bare days of the month ("On the 8th", "on the 19th") are days of
 * that month, and "the end of the month" is that month.
 */
function headedMonths(paragraphs: (Span & { text: string })[], publishedOn: string): { month: string; start: number; end: number }[] {
  const headings = paragraphs.flatMap((paragraph, index) => {
    const month = headingMonth(paragraph.text, publishedOn);
    return month ? [{ index, month }] : [];
  });
  const months = headings.map((h) => h.month);
  const inOrder =
    months.every((month, i) => i === 0 || month > (months[i - 1] as string)) ||
    months.every((month, i) => i === 0 || month < (months[i - 1] as string));
  const sections =
    headings.length < 2 || !inOrder
      ? []
      : headings.map((heading, i) => {
          const next = headings[i + 1]?.index ?? paragraphs.length;
          let last = heading.index;
          while (last + 1 < next && !OTHER_HEADING.test((paragraphs[last + 1] as { text: string }).text)) last++;
          return { month: heading.month, start: (paragraphs[heading.index] as Span).end, end: (paragraphs[last] as Span).end };
        });
  const days = dayHeadedEntries(paragraphs, publishedOn).map((entry) => ({ ...entry, month: firstOfMonth(entry.date) }));
  return [...sections, ...days];
}

// A wire story's dateline: a place (or two: "UNITED NATIONS/BEIRUT"), a comma, the day, an agency in brackets or after
// a comma, then a dash ("Kalmar, Dec 18, NNA -- ...", "RIGA, Dec 11 (Baltic Wire Agency) - ...", "GENEVA, 6 December
// (Agency) — ..."). The place is a name, capitalized words and a name's particles ("Dar es Salaam", "Rio de Janeiro"),
// never a weekday: a sentence that opens on its time and a dashed aside ("By Friday, 9 December — a week into the
// siege — the bakeries ...", "In Kessel on Friday, 9 December — ...") prints no filing.
const WIRE_DATELINE = new RegExp(
  String.raw`^((?![^,\n]*\b(?:${WEEKDAYS.join('|')})\b)\p{Lu}[\p{L}.'’/-]*(?:[ -](?:\p{Lu}[\p{L}.'’/-]*|de|del|da|do|dos|du|des|es|el|al|la|le|of|upon|sur|am|an|bin))*(?<=^.{2,31}),\s+[^\n—–()]{3,30}?(?:\s*\([^()\n]{1,40}\))?(?:,\s*\p{Lu}[\p{L}.]{1,10})?)\s+(?:[—–]|-{1,2})\s+\S`,
  'u',
);
// The other datelines wires and dailies print, each with a month and a day: closed by a colon ("KATHMANDU, Dec 11:
// ...", "ISLAMABAD, Dec 15 (Agency): ..."), a line of its own ("MANAMA, December 8"; not a day heading's weekday,
// "Monday, December 12"), or the day and agency with no place before them ("Dec 16 (Agency) - ..."); (s34) the agency's
// bracket closes it alone in the style of South Asian wires ("New Delhi, Dec 10 (Agency) India on Friday ..."; s51,
// with the year: "New York, Dec. 10, 2016 (KNA) Nigeria on Friday ...").
const DATELINE_DAY = String.raw`(?:${MONTH_WORD}\.?\s+\d{1,2}|\d{1,2}\s+${MONTH_WORD}\.?)`;
const DAY_DATELINE = new RegExp(
  String.raw`^(?!(?:${WEEKDAYS.join('|')})\b)(\p{Lu}[\p{L}.'’/ -]{1,30}?(?:,\s+\p{Lu}[\p{L}.'’ -]{1,20}?)?,\s+${DATELINE_DAY}(?:,?\s+\d{4})?(?:\s*\([^()\n]{1,40}\))?)(?::\s+\S|$|(?<=\))\s+(?=\p{Lu}))|^(${DATELINE_DAY}\s*\([^()\n]{1,40}\))\s+(?:[—–]|-{1,2})\s+\S`,
  'u',
);

// A paragraph that opens on a dateline closed by a dash: a place in capitals (or two, "MOSCOW/BEIRUT"), then after a
// comma what the wire prints with it (a region, the day, an agency), then the dash: "NEW YORK - ", "ALEPPO, Syria — ",
// "GENEVA, Dec. 8 (Agency) – ". Apart from WIRE_DATELINE on purpose: it needs no day ("NEW YORK - ", a digest's
// brief), so its place must be in capitals, which keeps out a sentence that opens on a name and a dash.
// (s61) Or two slashes, as the Gulf press prints it ("ABU DHABI // The UAE yesterday condemned ...").
const DASH_DATELINE = /^\p{Lu}[\p{Lu}.'’/ -]{1,30}?(?:,\s[^\n—–]{1,40}?)?\s+(?:[—–]|-{1,2}|\/\/)\s+\S/u;

/**
 * A paragraph's (or its first sentence's) dash dateline (DASH_DATELINE): its words before the dash ("UNITED NATIONS,
 * Dec. 14") and `body`, where the text goes on after the dash; null where it opens on none.
 */
export function dashDateline(paragraph: Span & { text: string }): (Span & { body: number }) | null {
  const line = DASH_DATELINE.exec(paragraph.text);
  const dash = line && /\s(?:[—–]|-{1,2}|\/\/)\s/u.exec(paragraph.text);
  return dash
    ? { start: paragraph.start, end: paragraph.start + dash.index, body: paragraph.start + (line as RegExpExecArray)[0].length - 1 }
    : null;
}

// (s27) A day printed in a dash dateline, or right after its dash as a photo agency's caption prints it ("ALEPPO, SYRIA -
// DECEMBER 15: Evacuees wait ..."), in any case.
const DAY_IN_DATELINE = new RegExp(String.raw`(?:^|[\s,])${DATELINE_DAY}(?![\p{L}\p{N}])`, 'iu');
const DAY_AFTER_DATELINE = new RegExp(String.raw`^${DATELINE_DAY}(?![\p{L}\p{N}])`, 'iu');

/**
 * (s27) Whether a paragraph opens on a dash dateline that prints its day ("GENEVA, Dec. 8 (Agency) - ", "KHAN AL-ASAL,
 * SYRIA - DECEMBER 15: "): a filing's place and day, never a speaker's label, though it reads as one ("NAME, role - ").
 */
export function datedDashDateline(paragraph: Span & { text: string }): boolean {
  const head = dashDateline(paragraph);
  if (!head) return false;
  const line = paragraph.text.slice(0, head.end - paragraph.start);
  return DAY_IN_DATELINE.test(line) || DAY_AFTER_DATELINE.test(paragraph.text.slice(head.body - paragraph.start));
}

/** Whether a date mention stands in its paragraph's dash dateline ("CAIRO, Dec. 6 (Agency) - "): the filing's day. */
export function inDashDateline(paragraph: Span & { text: string }, mention: Span): boolean {
  const head = dashDateline(paragraph);
  return head !== null && head.start <= mention.start && mention.end <= head.end;
}

/**
 * The day a dateline prints (datelineDay; the day a wire story was filed, for wireDatelineDay), where its paragraph
 * starts and where the dateline ends.
 */
export type WireFiling = { date: string; from: number; to: number };

/**
 * The day an article's dateline prints (in one of its first four paragraphs, after the title, byline and standfirst),
 * the year the article's; null where its first dateline prints no day. `wire`: only a wire's dateline closed by a dash
 * (WIRE_DATELINE); else any form (DAY_DATELINE too). A remark's or an event's day in the body is no dateline: only a
 * paragraph's opening words in these forms are read.
 */
export function datelineDay(paragraphs: (Span & { text: string })[], publishedOn: string, wire = false): WireFiling | null {
  for (const paragraph of paragraphs.slice(0, 4)) {
    const day = wire ? null : DAY_DATELINE.exec(paragraph.text);
    const head = WIRE_DATELINE.exec(paragraph.text)?.[1] ?? day?.[1] ?? day?.[2];
    if (!head) continue;
    const [mention] = findDateMentions(head, { start: 0, end: head.length }, publishedOn);
    const date =
      mention?.kind === 'point' && mention.when.precision === 'day' && mention.when.basis === 'stated' ? mention.when.date : null;
    return date === null ? null : { date, from: paragraph.start, to: paragraph.start + head.length };
  }
  return null;
}

/**
 * The day a wire story was filed, where its dateline (datelineDay, the wire's form) prints a day a week or less
 * before the article's date (a story filed on Sunday and put on the site on Tuesday): its "on Monday", "yesterday"
 * and undated remarks are counted from the day it was filed. Null where the dateline's day is the article's or none
 * is printed.
 */
export function wireDatelineDay(paragraphs: (Span & { text: string })[], publishedOn: string): WireFiling | null {
  const filed = datelineDay(paragraphs, publishedOn, true);
  return filed && filed.date < publishedOn && filed.date >= addDays(publishedOn, -7) ? filed : null;
}

/**
 * Every date expression of an article's paragraphs: those of a document it reproduces counted from its day (or of the
 * original a translation or reprint reproduces, from the day its note gives), those
 * of an entry under a day heading from the entry's day, and those of a wire filed before the article's date from the
 * day its dateline gives (`filing`: wireDatelineDay's answer, read once per article by the caller that also keeps it;
 * read here when not given).
 */
export function findArticleDateMentions(
  text: string,
  paragraphs: (Span & { text: string })[],
  publishedOn: string,
  filing: WireFiling | null = wireDatelineDay(paragraphs, publishedOn),
): DateMention[] {
  const entries = dayHeadedEntries(paragraphs, publishedOn);
  // A date line that heads the first of two or more dated sections is that section's day, not the whole document's.
  const header = documentDay(paragraphs, publishedOn);
  const document = header && entries.some((e) => e.start === header.from) ? null : header;
  const original = document ? null : originalDay(paragraphs, publishedOn);
  const event = document || original ? null : eventWriteUpDay(paragraphs, publishedOn);
  const filed = document || original || event ? null : filing;
  const sections = headedMonths(paragraphs, publishedOn);
  // The month the text last named, for a bare day of the month in a later paragraph with no heading over it.
  let named: string | undefined;
  let lastDay: DateMention | undefined;
  return paragraphs.flatMap((paragraph) => {
    const section = sections.find((e) => e.start <= paragraph.start && paragraph.end <= e.end);
    const context: MonthContext | undefined = section
      ? { month: section.month, heading: true }
      : named
        ? { month: named, heading: false }
        : undefined;
    const entry = entries.find((e) => e.start <= paragraph.start && paragraph.end <= e.end);
    const found =
      document && paragraph.start >= document.from && paragraph.end <= document.to
        ? findDateMentions(text, paragraph, document.date, `a document dated ${describeDay(document.date)}`, context)
        : original && paragraph.start >= original.from && paragraph.end <= original.to
          ? findDateMentions(text, paragraph, original.date, `an original report of ${describeDay(original.date)}`, context)
          : event && paragraph.start >= event.from && paragraph.end <= event.to
            ? findDateMentions(text, paragraph, event.date, `the write-up of an event of ${describeDay(event.date)}`, context)
            : filed && paragraph.start >= filed.from
              ? findDateMentions(text, paragraph, filed.date, `a wire filed ${describeDay(filed.date)}`, context)
              : entry
                ? findDateMentions(text, paragraph, entry.date, `an entry headed ${describeDay(entry.date)}`, context)
                : findDateMentions(text, paragraph, publishedOn, undefined, context);
    for (const mention of found) named = monthNamedBy(mention) ?? named;
    // (s66) "On that Saturday" opening a paragraph: the day the paragraphs before named last (pointBackToDay).
    const first = found.find((m) => m.kind !== 'anchored' && m.when.precision === 'day' && m.when.date !== null);
    if (first && lastDay && first.when.basis !== 'stated') pointBackToDay(text, first, lastDay);
    lastDay = found.findLast((m) => m.kind !== 'anchored' && m.when.precision === 'day' && m.when.date !== null) ?? lastDay;
    return found;
  });
}

// A month's or weekday's full name printed in capitals ("TUESDAY, DECEMBER 6, 2016", a transcript's or a wire's
// header); not a short form, which may be an acronym ("DEC", "MAR"), unless a weekday in capitals stands before it and a
// stop and a day's number after it (s61: a factbox's "TUESDAY, DEC. 13"), nor "MAY" away from a day's number ("YOU MAY"),
// nor a weekday before a title (a preview's heading "MONDAY: THE COUNCIL VOTES" names a day to come; a weekday that is the
// whole line is read apart: CAPITALISED_WEEKDAY_LINE).
const CAPITALISED_DATE_WORD =
  /\b(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|MAY(?= \d)|(?<=\d )MAY|(?<=(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,?\s+)(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?=\.\s+\d{1,2}\b)|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY(?=,?\s+(?:\d|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)))\b/gu;

/**
 * The text with month and weekday names printed in capitals written as names ("DECEMBER" as "December"), the same
 * length, so that a header in capitals ("TUESDAY, DECEMBER 6, 2016") is read as a date at the same characters.
 */
function titleCaseDateWords(value: string): string {
  const titled = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();
  // (s52) A weekday in capitals that is the whole line ("MONDAY", "TUESDAY:"; s53: after its place, "KILIS, TUESDAY"), a week in review's section, as
  // WEEKDAY_HEADING reads it in title case: a preview's heading that goes on with its title is still left alone.
  const alone = CAPITALISED_WEEKDAY_LINE.exec(value);
  if (alone) return value.replace(alone[1] as string, titled);
  return value.replace(CAPITALISED_DATE_WORD, titled);
}
const CAPITALISED_WEEKDAY_LINE =
  /^\s*(?:(?:\p{Lu}[\p{Lu}'’.-]*\s+){0,2}\p{Lu}[\p{Lu}'’.-]*,\s+)?(?:ON\s+)?((?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)[.:]?\s*$/u;

// The opening of a date in brackets right after a weekday: "Thursday (Dec. 15)".
const BRACKETED_DATE = /^\s*\(/u;
// (s67) A weekday opening a title: "the" before it inside a sentence (not after a word of time: "on the Sunday"; not
// "The Friday Briefing" opening a line, an edition's own heading that tells its day), a capitalised word after it that
// is no date's nor a weekly observance's ("the Sunday Harbinger", not "the Sunday Mass", "the Friday December 9").
const OUTLET_WEEKDAY_BEFORE = /(?<!\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Tt]hat|[Ff]rom|[Tt]ill)\s)\bthe\s+$/u;
const OUTLET_WEEKDAY_AFTER = new RegExp(
  String.raw`^\s+(?!(?:${MONTH_WORD}|Mass|Masses|Service|Services|Prayers?|School|Worship)\b)\p{Lu}\p{Ll}`,
  'u',
);

/**
 * The month a paragraph's bare days of the month belong to where the paragraph names none before them: the month its
 * section's heading names (`heading`), else the month the text last named (headedMonths, findArticleDateMentions).
 */
export interface MonthContext {
  month: string;
  heading: boolean;
}

// A day of the month by its number alone after a preposition ("On the 8th, ...", "resumed on the 18th.", "by the
// 21st"), not an ordinal before a noun ("on the 5th floor", "on the 12th day", "the 45th President") nor one of a
// range or a list ("on the 28th and 29th").
const BARE_DAY_OF_MONTH =
  /\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s*[-–]\s*\d|\s+(?:and|or|to|of)\b|\s+\p{Lu}|\s+(?:day|night|week|month|year|floor|storey|anniversary|time|attempt|round|minute|hour|birthday|session|meeting|century|place|edition|consecutive|straight|annual|\p{Ll}+est)s?\b)/gu;

/**
 * Every date expression inside region of text, counted from `publishedOn` (the day of the article, or `source`); a
 * bare day of the month ("on the 8th") in the month `context` gives where the region names none before it.
 */
export function findDateMentions(text: string, region: Span, publishedOn: string, source?: string, context?: MonthContext): DateMention[] {
  const printed = text.slice(region.start, region.end);
  const slice = titleCaseDateWords(printed);
  const article = source ?? `an article of ${describeDay(publishedOn)}`;
  const found: DateMention[] = [];
  const add = (index: number, length: number, when: When, kind: DateMention['kind'], offsetDays?: number) => {
    const start = region.start + index;
    const mention: DateMention = { start, end: start + length, text: printed.slice(index, index + length), when, kind };
    if (offsetDays !== undefined) mention.offsetDays = offsetDays;
    // Earlier (longer, absolute) matches win over what they overlap.
    if (found.some((m) => m.start < mention.end && mention.start < m.end)) return undefined;
    found.push(mention);
    return mention;
  };

  // Two days of one month, printed day first or month first (the two readers below): a span from the first day to the
  // last, in the year printed or, failing that, the article's (the year before where that would put it more than a
  // month after the article).
  const addMonthSpan = (match: RegExpMatchArray, monthWord: string, firstDay: string, lastDay: string) => {
    const month = MONTHS.indexOf(monthWord.slice(0, 3)) + 1;
    const [first, last] = [Number(firstDay), Number(lastDay)];
    if (month < 1 || first < 1 || first >= last || last > 31) return;
    let year = match[5] ? Number(match[5]) : Number(publishedOn.slice(0, 4));
    const day = (d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (!match[5] && toDate(day(first)).getTime() - toDate(publishedOn).getTime() > 31 * DAY_MS) year -= 1;
    const note = `${quoteWords(match[0])}${match[5] ? '' : `; the year is the article's (${describeDay(publishedOn)})`}: from the first day`;
    add(match.index as number, match[0].length, { date: day(first), end: day(last), precision: 'day', basis: 'stated', note }, 'span');
  };
  // Two days of one month ("on 15 and 16 December", "between 12 and 14 December"; s63 with a dash and no spaces,
  // "on 15–16 October"): a span from the first (chrono reads only the second day of the first two forms).
  for (const match of slice.matchAll(
    /\b(?:(between|from) )?(\d{1,2})(?:st|nd|rd|th)?(?: (?:and|to) | ?[-–] ?)(\d{1,2})(?:st|nd|rd|th)? (?:of )?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?:,? (\d{4}))?/gu,
  ))
    addMonthSpan(match, match[4] as string, match[2] as string, match[3] as string);
  // (s63) The same with the month first, as the American press and many programmes print it ("took place in Goa on
  // October 15–16", "talks on Dec. 13-14", "between December 12 and 14"; unseen "on Oct. 3 and 4", "from May 2 to
  // 5"): a span from the first day, not the first day alone (chrono reads only "October 15"). Not a count after "and"
  // or "to" ("on December 9 and 14 others", "October 15 to 16 per cent").
  for (const match of slice.matchAll(
    /\b(?:(between|from) )?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (\d{1,2})(?:st|nd|rd|th)?(?: ?[-–] ?| (?:and|to) )(\d{1,2})(?:st|nd|rd|th)?\b(?![\d%:.]\d|\s+(?:\p{Ll}+\s+)?(?:others?|people|civilians|votes?|per\s?cent|percent|[ap]\.?m\b))(?:,? (\d{4}))?/gu,
  ))
    addMonthSpan(match, match[2] as string, match[3] as string, match[4] as string);

  // A day of a month named by its place beside the article's ("on the fifth of this month", "the 28th of last month"),
  // as speakers and some presses write it; chrono reads only "this month".
  for (const match of slice.matchAll(/\bthe (\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?) of (this|last|next) month\b/giu)) {
    const words = (match[1] as string).toLowerCase();
    const value = /^\d/u.test(words) ? Number.parseInt(words, 10) : /(?:first|second|third|th)$/u.test(words) ? numberValue(words) : null;
    if (value === null || value < 1 || value > 31) continue;
    const shift = { this: 0, last: -1, next: 1 }[(match[2] as string).toLowerCase()] ?? 0;
    const published = toDate(publishedOn);
    const day = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + shift, value));
    // "the 31st of last month" in a month of thirty days names no day.
    if (day.getUTCDate() !== value) continue;
    const note = `${quoteWords(match[0])} in ${article}`;
    add(match.index, match[0].length, { date: toIso(day), precision: 'day', basis: 'relative', note }, 'point');
  }

  // (s35) A holiday of the season that names its day ("a second vigil on Christmas Eve", "on Boxing Day"), in the
  // article's year; New Year's Day in a December article is the coming one. Chrono reads none of them.
  for (const match of slice.matchAll(HOLIDAY_NAMES)) {
    const day = HOLIDAYS[(match[1] as string).replace(/’/gu, "'")] as string;
    // A January holiday in a December article is the coming year's.
    const year = Number.parseInt(publishedOn.slice(0, 4), 10) + (day.startsWith('01-') && publishedOn.slice(5, 7) === '12' ? 1 : 0);
    const date = `${year}-${day}`;
    const note = `${quoteWords(match[0])} in ${article}`;
    add(match.index, match[0].length, { date, precision: 'day', basis: 'relative', note }, 'point');
  }

  // (s29) "earlier in the week", "later this week", "earlier this month": a part of the article's week or month, with
  // its word of time ("earlier") in the mention, so a remark recalled so ("had told him earlier in the week that") is
  // read as one with no single day (the curation rule), as one "last week" is.
  for (const match of slice.matchAll(/\b(?:earlier|later|early|late)\s+(?:in\s+the|this)\s+(week|month)\b/giu)) {
    const note = `${quoteWords(match[0])} in ${article}`;
    // A part of a week is no day and no span of days a happening could take for its own.
    if ((match[1] as string).toLowerCase() === 'week')
      add(match.index, match[0].length, { date: null, precision: 'unknown', basis: 'relative', note: `${note}: no single day` }, 'point');
    else {
      const published = toDate(publishedOn);
      const first = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), 1));
      add(match.index, match[0].length, { date: toIso(first), precision: 'month', basis: 'relative', note }, 'point');
    }
  }

  // (s45) A day, a month and two digits of the year, as monitoring services and cables print them ("in Arabic 1600 gmt 13
  // Dec 16"): the two digits are the year where they are the article's or the year before (chrono reads "Dec 16" alone).
  const yearDigits = Number(publishedOn.slice(2, 4));
  for (const match of slice.matchAll(/\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? (\d{2})(?![\d:.,]?\d)/gu)) {
    const yy = Number(match[3]);
    if (yy !== yearDigits && yy !== yearDigits - 1) continue;
    const month = MONTHS.indexOf((match[2] as string).slice(0, 3)) + 1;
    const iso = `${publishedOn.slice(0, 2)}${match[3]}-${String(month).padStart(2, '0')}-${String(Number(match[1])).padStart(2, '0')}`;
    if (Number.isNaN(toDate(iso).getTime()) || toIso(toDate(iso)) !== iso) continue;
    add(
      match.index,
      match[0].length,
      { date: iso, precision: 'day', basis: 'stated', note: `${quoteWords(match[0])}: two digits of the year` },
      'point',
    );
  }

  // Absolute dates with a month name, through chrono (it also takes "Thursday, Dec. 1, 2016" whole). A part of a day
  // before the date ("on the night of 12 December", "the evening of Dec. 5") makes chrono read a time of the
  // article's day: the date after "of" is read on its own.
  const reference = { instant: toDate(publishedOn), timezone: 0 };
  // A time written with a stop ("Friday 2 December, 7.30pm", British style) is read as chrono reads "7:30pm"; as it
  // stands chrono takes "December, 7" for the date. (The same length, so the mentions keep their places.)
  const clockTimes = slice.replace(/\b(\d{1,2})\.(\d{2})(?=\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}]))/giu, '$1:$2');
  const results = chrono.en.parse(clockTimes, reference).flatMap((result) => {
    const part = /^(?:(?:the )?(?:early |small |late )?(?:morning|afternoon|evening|night|hours)) of /iu.exec(result.text);
    if (!part || result.start.isCertain('month')) return [result];
    const rest = result.text.slice(part[0].length);
    return chrono.en.parse(rest, reference).map((r) => Object.assign(r, { index: result.index + part[0].length + r.index }));
  });
  for (const result of results) {
    if (!MONTH_NAME.test(result.text)) continue;
    // Two digits after a date's comma are a count that follows it, never a year ("since 15 November, 47 of them
    // children": chrono reads 2047): the date ends before the comma and its year is the article's.
    // chrono's text may keep the space before a dash it read as a range ("December 6 – Norland's ..."): the date ends
    // at its last word, so a dateline's day stays inside the dateline.
    // The words as written (a clock time keeps its stop).
    const written = slice.slice(result.index, result.index + result.text.length);
    // (s45) So are four digits no year of the article's age could be: a clock time after the date ("Oct. 8, 1530 gmt",
    // monitoring style; chrono reads the year 1530).
    const countAfter =
      /,\s*\d{2}$/u.exec(written) ??
      (result.start.isCertain('year') && (result.start.get('year') as number) < 1800 ? /,\s*\d{4}\b/u.exec(written) : null);
    const words = (countAfter ? written.slice(0, countAfter.index) : written).trimEnd();
    // chrono reads "the end of November" as its last day; the end (start, middle) of a named month is that month, no
    // more precise, as "at the end of the month" is below (a happening "at the end of November" took some days).
    const partOfMonth = /^(?:the\s+)?(?:end|close|middle|start|beginning)\s+of\b/iu.test(words);
    const known = (component: 'day' | 'month' | 'year') =>
      (component === 'year' && countAfter) || (component === 'day' && partOfMonth) ? false : result.start.isCertain(component);
    const month = result.start.get('month');
    if (!known('month') || month === null) continue;
    let year = known('year') ? (result.start.get('year') as number) : Number(publishedOn.slice(0, 4));
    const day = known('day') ? (result.start.get('day') as number) : 1;
    let iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    // Without a year, a date well after publication is last year's ("December 20" in a January article).
    if (!known('year') && toDate(iso).getTime() - toDate(publishedOn).getTime() > 31 * DAY_MS) {
      year -= 1;
      iso = `${year}${iso.slice(4)}`;
    }
    // And a date well before publication in a clause that looks ahead is next year's ("talks in Riga in January",
    // "the Assembly will vote in January", in a December article).
    const absolute = { start: region.start + result.index, end: region.start + result.index + words.length };
    if (!known('year') && toDate(publishedOn).getTime() - toDate(iso).getTime() > 61 * DAY_MS && sentenceLooksAhead(text, absolute)) {
      year += 1;
      iso = `${year}${iso.slice(4)}`;
    }
    const precision = known('day') ? 'day' : 'month';
    const note = known('year') ? undefined : `${quoteWords(words)}; the year is the article's (${describeDay(publishedOn)})`;
    const since = /\bsince\s+$/i.test(slice.slice(0, result.index));
    const when: When = { date: iso, precision, basis: 'stated', ...(note ? { note } : {}) };
    if (since) add(result.index, words.length, { ...when, end: publishedOn }, 'span');
    else add(result.index, words.length, when, 'point');
  }

  // A bare day of the month (BARE_DAY_OF_MONTH): of the month the region last named before it ("On 3 November ..., and
  // on the 5th"), else of the month its context gives (the section's heading: "On the 8th" under "OCTOBER"; the text's
  // last named month), else of the article's month (the month before, where that day is still to come).
  for (const match of slice.matchAll(BARE_DAY_OF_MONTH)) {
    const value = Number(match[1]);
    const at = region.start + match.index;
    const inRegion = found
      .filter((m) => m.end <= at)
      .map(monthNamedBy)
      .findLast((month) => month !== undefined);
    const ownMonth = toDate(firstOfMonth(publishedOn));
    const month =
      inRegion ??
      context?.month ??
      toIso(new Date(Date.UTC(ownMonth.getUTCFullYear(), ownMonth.getUTCMonth() - (value > Number(publishedOn.slice(8, 10)) ? 1 : 0), 1)));
    const day = new Date(Date.UTC(toDate(month).getUTCFullYear(), toDate(month).getUTCMonth(), value));
    if (value < 1 || day.getUTCDate() !== value) continue;
    const words = match[0].slice(match[0].indexOf('the'));
    const whose = inRegion
      ? 'the month named before it'
      : context?.heading
        ? "its section heading's month"
        : context
          ? 'the month last named'
          : "the article's month";
    const offset = match[0].length - words.length;
    add(
      match.index + offset,
      words.length,
      {
        date: toIso(day),
        precision: 'day',
        basis: inRegion || context ? 'stated' : 'relative',
        note: `${quoteWords(words)}, a day of ${whose}`,
      },
      'point',
    );
  }

  // A week named after the weekday picks the day in that week ("on Monday last week", "Friday of next week"). "Last"
  // and "Next" may open a sentence: "Last Friday, the Assembly ..." in a Friday article is a week back, not that day.
  for (const match of slice.matchAll(
    /\b(?:(on|last|this|next|early|late|later|earlier|Last|Next)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:of\s+)?(last|this|next)\s+week|\s+(last|next)\b(?!\s+(?:week|month|year|night|time|minute|hour|summer|winter|spring|autumn|fall)\b))?\b/g,
  )) {
    // (s57) The Irish and older British "on Thursday last", "on Monday next": the word after the weekday, as before it.
    const modifier = (match[4] && (!match[1] || match[1] === 'on') ? match[4] : match[1])?.toLowerCase();
    // "On a Friday afternoon", "every Monday": no particular day.
    if (!modifier && /\b(?:a|one|any|every|each)\s+$/iu.test(slice.slice(Math.max(0, match.index - 8), match.index))) continue;
    // (s67) A weekday that opens a title, a newspaper's or a programme's name ("told the Sunday Harbinger by telephone
    // yesterday", "wrote in the Sunday Times", "an interview with the Sunday Telegraph"): no day. Not a day "on the"
    // weekday a name follows ("on the Sunday Aleppo fell"), nor a weekly observance ("the Sunday Mass").
    if (
      !modifier &&
      match[0] === match[2] &&
      OUTLET_WEEKDAY_BEFORE.test(slice.slice(Math.max(0, match.index - 12), match.index)) &&
      OUTLET_WEEKDAY_AFTER.test(slice.slice(match.index + match[0].length))
    )
      continue;
    const target = WEEKDAYS.indexOf(match[2] as string);
    const absolute = { start: region.start + match.index, end: region.start + match.index + match[0].length };
    const direction = modifier === 'next' || (modifier !== 'last' && speaksOfFuture(text, absolute)) ? 'future' : 'past';
    const nearest = match[3]
      ? addDays(weekStart(publishedOn, match[3]), (target + 6) % 7)
      : resolveWeekday(publishedOn, target, direction, modifier === 'last' || modifier === 'next');
    // "last Friday" in a Saturday paper is a week back: the day before has its own words ("yesterday", "on Friday").
    const date = !match[3] && modifier === 'last' && nearest === addDays(publishedOn, -1) ? addDays(nearest, -7) : nearest;
    // (s35) A weekday with its date in brackets after it ("on Thursday (Dec. 15)", as some Caribbean and American papers
    // print every day) is that date, where the date falls on the weekday: the weekday alone may read as the article's.
    const bracketed = BRACKETED_DATE.exec(slice.slice(match.index + match[0].length));
    const inBrackets = bracketed
      ? found.find((m) => m.start === absolute.end + bracketed[0].length && m.when.precision === 'day' && m.when.date !== null)
      : undefined;
    if (inBrackets?.when.date && toDate(inBrackets.when.date).getUTCDay() === target) {
      add(match.index, match[0].length, { ...inBrackets.when, note: `${quoteWords(match[0])} (${inBrackets.text})` }, 'point');
      continue;
    }
    add(
      match.index,
      match[0].length,
      { date, precision: 'day', basis: 'relative', note: `${quoteWords(match[0])} in ${article}` },
      'point',
    );
  }

  for (const match of slice.matchAll(new RegExp(DEICTIC_DAY.source, 'gi'))) {
    const word = (match[1] as string).toLowerCase();
    const date = word.startsWith('the ')
      ? addDays(publishedOn, -2)
      : word === 'yesterday' || word.startsWith('last ')
        ? addDays(publishedOn, -1)
        : word === 'tomorrow'
          ? addDays(publishedOn, 1)
          : publishedOn;
    add(
      match.index,
      match[0].length,
      { date, precision: 'day', basis: 'relative', note: `${quoteWords(match[0])} in ${article}` },
      'point',
    );
  }

  for (const match of slice.matchAll(/\b(last|this|next) week\b/gi)) {
    const start = weekStart(publishedOn, match[1] as string);
    const end = addDays(start, 6);
    const note = `${quoteWords(match[0])} in ${article}: ${describeDay(start)} to ${describeDay(end)}`;
    add(match.index, match[0].length, { date: start, end, precision: 'day', basis: 'relative', note }, 'span');
  }

  for (const match of slice.matchAll(/\b(last|this|next) (month|year)\b/gi)) {
    const which = (match[1] as string).toLowerCase();
    const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    const published = toDate(publishedOn);
    const note = `${quoteWords(match[0])} in ${article}`;
    if ((match[2] as string).toLowerCase() === 'month') {
      const first = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + shift, 1));
      add(match.index, match[0].length, { date: toIso(first), precision: 'month', basis: 'relative', note }, 'point');
    } else {
      add(
        match.index,
        match[0].length,
        { date: `${published.getUTCFullYear() + shift}-01-01`, precision: 'year', basis: 'relative', note },
        'point',
      );
    }
  }

  // "over the weekend", "last weekend": the Saturday and Sunday on or before publication ("this weekend" in a clause
  // that looks ahead is the coming one).
  for (const match of slice.matchAll(/\b(?:over|at|during) the weekend\b|\b(last|this|next) weekend\b/gi)) {
    const which = match[1]?.toLowerCase();
    const absolute = { start: region.start + match.index, end: region.start + match.index + match[0].length };
    const ahead = which === 'next' || (which !== 'last' && speaksOfFuture(text, absolute));
    const day = weekday(publishedOn);
    // The last Saturday on or before publication (a Sunday article's weekend began the day before); "last weekend"
    // in a weekend article is the one before; a weekend ahead is the coming Saturday.
    let saturday = addDays(publishedOn, -((day + 1) % 7));
    if (which === 'last' && (day === 0 || day === 6)) saturday = addDays(saturday, -7);
    if (ahead) saturday = addDays(publishedOn, (6 - day + 7) % 7);
    const end = addDays(saturday, 1);
    const note = `${quoteWords(match[0])} in ${article}: ${describeDay(saturday)} to ${describeDay(end)}`;
    add(match.index, match[0].length, { date: saturday, end, precision: 'day', basis: 'relative', note }, 'span');
  }

  // "during the past two weeks", "over the last three days": a span that ends with the article.
  for (const match of slice.matchAll(
    /\b(?:during|over|in|for) the (?:past|last) (a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (days?|weeks?)\b/gi,
  )) {
    const count = NUMBER_WORDS[(match[1] as string).toLowerCase()] ?? Number(match[1]);
    const days = count * (/^week/i.test(match[2] as string) ? 7 : 1);
    const start = addDays(publishedOn, -days);
    const note = `${quoteWords(match[0])} in ${article}: ${describeDay(start)} to ${describeDay(publishedOn)}`;
    add(match.index, match[0].length, { date: start, end: publishedOn, precision: 'day', basis: 'relative', note }, 'span');
  }

  // Counted back from the article: "two days ago", "a week ago" (a day; no more precise than the article's count).
  // ("less than three weeks ago", "about a week ago" are no particular day.)
  // (s45) "A week ago today", "a week ago yesterday": counted from that day, one mention (not "today" on its own).
  // (s55) "A fortnight ago": fourteen days.
  for (const match of slice.matchAll(
    /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (days?|weeks?|fortnights?) ago(?: (today|yesterday)\b)?/gi,
  )) {
    if (
      /\b(?:less|more|fewer) than\s+$|\b(?:about|around|nearly|almost|some|over|under|roughly|at least)\s+$/iu.test(
        slice.slice(0, match.index),
      )
    )
      continue;
    // (s55) Nor a count the text dates itself right after ("Only a fortnight ago, on December 5, Russia and China
    // vetoed"): the day given is the one meant, the count only roughly right.
    if (DAY_GIVEN_AFTER.test(slice.slice(match.index + match[0].length))) continue;
    const count = NUMBER_WORDS[(match[1] as string).toLowerCase()] ?? Number(match[1]);
    const from = match[3]?.toLowerCase() === 'yesterday' ? addDays(publishedOn, -1) : publishedOn;
    const date = addDays(from, -count * daysPerUnit(match[2] as string));
    if (match[3]) {
      // The day word read on its own before: the whole phrase is one mention.
      const dayWord = region.start + match.index + match[0].length - match[3].length;
      const own = found.findIndex((m) => m.start === dayWord);
      if (own >= 0) found.splice(own, 1);
    }
    add(
      match.index,
      match[0].length,
      { date, precision: 'day', basis: 'relative', note: `${quoteWords(match[0])} in ${article}` },
      'point',
    );
  }

  // Counted from another date: "a day after he said" dates the clause that follows one day before the anchor.
  // "Two months later": a month counted from the last date given (see resolveAnchored), no more precise than a month.
  // Such a month (also "at the end of the month" below), where no other mention covers its words.
  const addMonthCounted = (index: number, words: string, offsetMonths: number) => {
    const placeholder: When = { date: null, precision: 'unknown', basis: 'relative', note: `${quoteWords(words)}, anchor not resolved` };
    const mention: DateMention = {
      start: region.start + index,
      end: region.start + index + words.length,
      text: words,
      when: placeholder,
      kind: 'anchored',
      offsetMonths,
    };
    if (!found.some((m) => m.start < mention.end && mention.start < m.end)) found.push(mention);
  };
  for (const match of slice.matchAll(/\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d+) months? (later|earlier)\b/gi)) {
    const count = NUMBER_WORDS[(match[1] as string).toLowerCase()] ?? Number(match[1]);
    const sign = (match[2] as string).toLowerCase() === 'later' ? 1 : -1;
    addMonthCounted(match.index, match[0], sign * count);
  }

  // "At the end of the month", "by the end of the month", "in the middle of the month", "in the last days of the
  // month": the month of the last day or month given ("On 15 November ... at the end of the month"), no more precise
  // than a month (resolveAnchored); under a month's heading, that month.
  for (const match of slice.matchAll(
    /\b(?:at|by|towards?|in|during|over) the (?:(?:very )?(?:end|close|middle|start|beginning)|(?:last|final|first|closing|opening) (?:few )?(?:days|weeks)) of the month\b/gi,
  )) {
    if (context?.heading) {
      const note = `${quoteWords(match[0])}: the month of its section's heading`;
      add(match.index, match[0].length, { date: context.month, precision: 'month', basis: 'stated', note }, 'point');
    } else addMonthCounted(match.index, match[0], 0);
  }

  // "Hours earlier", "minutes later", "later that day", "later in the day", "that evening", "that same day", "that very
  // evening": the day of the last date given ("that evening" only where it ends a clause or a preposition follows,
  // never "that evening prayers"); (s55) not hours counted ("Less than 48 hours later": two days, below); (s61) "said on
  // the day that ..." (not "on the day of the vote", "on the day when", nor "the day after"); (s65) "on that first
  // evening", "that last night" (a review's retelling of a film's days: not "that first evening prayer").
  for (const match of slice.matchAll(
    /\b(?:(?<!\d\s)(?:hours|minutes|moments) (?:later|earlier)|(?:later|earlier) (?:that|the same|in the) (?:day|morning|afternoon|evening|night)|that (?:same |very |first |last |final )?(?:day|morning|afternoon|evening|night)(?=\s*(?:[.,;:!?)—–]|$|(?:that|when|in|at|on|and|after|before|as|to|with|from|by)\b))|(?<=\bon )the day(?=\s*(?:[.,;:!?)—–]|$|that\b)))\b/gi,
  )) {
    const placeholder: When = { date: null, precision: 'unknown', basis: 'relative', note: `${quoteWords(match[0])}, anchor not resolved` };
    add(match.index, match[0].length, placeholder, 'anchored', 0);
  }
  // (s67) "That evening" opening a sentence, its subject right after ("On Thursday the Red Cross said the last convoys had
  // left. That evening the army command declared victory", "That night Norland's envoy told reporters"): the day of the
  // last date given, as above; not "That evening's vote", nor "That day was" (a subject itself).
  for (const match of slice.matchAll(OPENING_THAT_DAY)) {
    if (found.some((m) => m.start === region.start + match.index)) continue;
    const placeholder: When = { date: null, precision: 'unknown', basis: 'relative', note: `${quoteWords(match[0])}, anchor not resolved` };
    add(match.index, match[0].length, placeholder, 'anchored', 0);
  }

  // "Two weeks after" counts seven days a week (s55: "a fortnight later" fourteen); "48 hours after" two days (whole days of hours only: "36 hours" is none).
  const anchored =
    /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (days?|weeks?|fortnights?|hours) (after|later|before|earlier)|the (next|following|previous) day|the day (before|after))\b/gi;
  for (const match of slice.matchAll(anchored)) {
    const unit = (match[2] ?? '').toLowerCase();
    const number = match[1] ? (NUMBER_WORDS[match[1].toLowerCase()] ?? Number(match[1])) : 1;
    if (unit === 'hours' && !(number > 0 && number % 24 === 0)) continue;
    const count = unit === 'hours' ? number / 24 : number * daysPerUnit(unit);
    // "a week before that", "two days after that meeting": counted from what was said before, as "earlier" and "later" are.
    const anaphor = match[3] === undefined ? null : ANAPHOR_AFTER.exec(slice.slice(match.index + match[0].length));
    const word = anaphor
      ? ({ before: 'earlier', after: 'later' }[(match[3] as string).toLowerCase()] ?? '')
      : (match[3] ?? match[4] ?? match[5] ?? '').toLowerCase();
    const sign =
      word === 'after' && match[3]
        ? -1
        : word === 'before' && match[3]
          ? 1
          : ['later', 'next', 'following', 'after'].includes(word)
            ? 1
            : -1;
    const placeholder: When = { date: null, precision: 'unknown', basis: 'relative', note: `${quoteWords(match[0])}, anchor not resolved` };
    const mention = add(match.index, match[0].length + (anaphor?.[0].length ?? 0), placeholder, 'anchored', sign * count);
    if (mention && match[3] && (word === 'after' || word === 'before')) mention.opensClause = true;
  }

  // (s45) "since 8 October, when rival drafts both failed on the same Saturday afternoon": "the same" weekday is the day
  // the region named just before, where it falls on that weekday (not last Saturday counted from the article).
  found.sort((a, b) => a.start - b.start);
  for (const [i, mention] of found.entries()) {
    const before = found.slice(0, i).findLast((m) => m.kind !== 'anchored' && m.when.precision === 'day' && m.when.date !== null);
    if (before) pointBackToDay(text, mention, before);
  }
  // (s70) "in New York on Monday afternoon – in the small hours of yesterday, our time –", "on Monday (Tuesday, NZ time)": a
  // day restated in the reader's own time zone, right after the day named where it happened, is no day of its own.
  return found.filter((mention, i) => {
    const before = found[i - 1];
    if (before?.when.precision !== 'day' || !READERS_TIME_AFTER.test(text.slice(mention.end, mention.end + 40))) return true;
    return /[.!?]\s/u.test(text.slice(before.end, mention.start)) || mention.start - before.end > 80;
  });
}

// (s70) What marks a day as the reader's own time zone's: "our time", "NZ time", "New Zealand time", "Sydney time".
const READERS_TIME_AFTER = /^[\s,]*(?:our\s+|(?:\p{Lu}[\p{L}.]*\s+){1,2})time\b/u;

/**
 * (s45) A weekday after "the same" ("failed on the same Saturday afternoon") is the day named just before it, where that
 * day falls on the weekday. (s66) So is one after "that" following a preposition or opening its sentence, or after
 * "that same" ("... the rival drafts that fell on October 8. // On that Saturday a French text drew 11 votes"), also
 * where the day was named in a paragraph before; not "said that Saturday was", where "that" opens a clause.
 */
function pointBackToDay(text: string, mention: DateMention, before: DateMention): boolean {
  const named = /^(?:on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u.exec(mention.text)?.[1];
  if (!named || !before.when.date || weekdayName(before.when.date) !== named) return false;
  const lead = text.slice(Math.max(0, mention.start - 20), mention.start);
  const same = /\b(?:the|that)\s+same\s+$/iu.test(lead);
  if (!same && !/(?:\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ff]rom|[Ss]ince)\s+that|(?:^|[.!?]\s+)That)\s+$/u.test(lead)) return false;
  mention.when = {
    date: before.when.date,
    precision: 'day',
    basis: before.when.basis,
    note: `"${same ? 'the same' : 'that'} ${mention.text}": the day named before it (${before.when.note ?? before.when.date})`,
  };
  return true;
}

const ANAPHOR_AFTER = /^\s+(?:that|this|then)\b/iu;
// (s67) "That evening" opening a sentence, a subject after it: the article, a pronoun, or a capitalised name.
const OPENING_THAT_DAY =
  /(?<=(?:^|[.!?]["”’]?\s+))That (?:same |very )?(?:day|morning|afternoon|evening|night)(?=\s+(?:the|a|an|he|she|it|they|we|I|\p{Lu}\p{L}*)\b)/gu;
/** The days in a unit a count is written in: "day(s)" 1, "week(s)" 7, "fortnight(s)" 14. */
const daysPerUnit = (unit: string) => (/^week/iu.test(unit) ? 7 : /^fortnight/iu.test(unit) ? 14 : 1);
// A day printed right after a count back, in apposition: ", on December 5", " (5 December)", ", on 5 December".
const DAY_GIVEN_AFTER = new RegExp(
  String.raw`^\s*[,(]\s*(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\d{1,2}\s+${MONTH_WORD}\b|${MONTH_WORD}\.?\s+\d{1,2}\b)`,
  'u',
);

// A day printed in numbers: "16.10.2016" (day first), "2016-10-16", "16/10/2016" (day first where the day is over 12,
// month first where the second number is; "05/12/2016" is neither and read as no day).
const NUMERIC_DAY = /(?<![\d./-])(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?![\d./-]?\d)/gu;

/**
 * The days a line prints in numbers, as date mentions (stated, day-precise points): a record's header line "Date:
 * 06.12.2016" (record-header.ts reads a header's day by them where the line names no month).
 */
export function numericDays(line: Span & { text: string }): DateMention[] {
  const days: DateMention[] = [];
  for (const m of line.text.matchAll(NUMERIC_DAY)) {
    const n = m.slice(1).map((x) => (x === undefined ? null : Number(x)));
    let [year, month, day] = [0, 0, 0];
    if (n[2] !== null) [day, month, year] = [n[0] as number, n[1] as number, n[2] as number];
    else if (n[3] !== null) [year, month, day] = [n[3] as number, n[4] as number, n[5] as number];
    else {
      const [a, b] = [n[6] as number, n[7] as number];
      year = n[8] as number;
      if (a > 12 && b <= 12) [day, month] = [a, b];
      else if (b > 12 && a <= 12) [month, day] = [a, b];
      else continue;
    }
    const date = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || date.getUTCDate() !== day) continue;
    const start = line.start + (m.index ?? 0);
    days.push({
      start,
      end: start + m[0].length,
      text: m[0],
      kind: 'point',
      when: { date: date.toISOString().slice(0, 10), precision: 'day', basis: 'stated' },
    });
  }
  return days;
}

/** An anchored mention resolved against the date it counts from. */
export function resolveAnchored(mention: DateMention, anchor: When): When {
  if (mention.offsetMonths !== undefined && anchor.date !== null && (anchor.precision === 'day' || anchor.precision === 'month')) {
    const from = toDate(anchor.date);
    const month = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + mention.offsetMonths, 1));
    return {
      date: toIso(month),
      precision: 'month',
      basis: 'relative',
      note: `${quoteWords(mention.text)} counted from ${describeDay(anchor.date)}${anchor.note ? ` (${anchor.note})` : ''}`,
    };
  }
  if (anchor.date === null || anchor.precision !== 'day' || mention.offsetDays === undefined) return mention.when;
  const date = addDays(anchor.date, mention.offsetDays);
  return {
    date,
    // Counted from a week ("Last week the Assembly voted. Four days earlier ..."), it is a week too, the same days apart.
    ...(anchor.end ? { end: addDays(anchor.end, mention.offsetDays) } : {}),
    precision: 'day',
    basis: 'relative',
    note: `${quoteWords(mention.text)} counted from ${describeDay(anchor.date)}${anchor.note ? ` (${anchor.note})` : ''}`,
  };
}

/**
 * Mentions counted forward or back from the last date the text gave ("On Dec. 5, ... Four days later, ..."; "the
 * next day"), resolved against the nearest earlier mention with a day. "A day after he said" counts from what
 * follows it, not from what came before, and stays as it is (the statement extractor resolves it).
 */
export function resolveCountedFromBefore(mentions: DateMention[]): DateMention[] {
  let last: When | null = null;
  // "Two months later" counts from the last day or month given ("In February 2012 ... Five months later").
  let lastMonth: When | null = null;
  return mentions.map((mention) => {
    if (mention.kind === 'anchored') {
      if (mention.offsetMonths !== undefined) {
        const resolved = lastMonth ? { ...mention, when: resolveAnchored(mention, lastMonth) } : mention;
        if (resolved.when.date !== null) lastMonth = resolved.when;
        return resolved;
      }
      if (
        last &&
        /\b(?:later|earlier|next|following|previous|day before|that|same)\b/iu.test(mention.text) &&
        !/\b(?:days?|weeks?) (?:after|before)$/iu.test(mention.text)
      ) {
        const resolved = { ...mention, when: resolveAnchored(mention, last) };
        if (resolved.when.date !== null) last = lastMonth = resolved.when;
        return resolved;
      }
      return mention;
    }
    if (mention.when.date !== null && mention.kind === 'point' && (mention.when.precision === 'day' || mention.when.precision === 'month'))
      lastMonth = mention.when;
    if (mention.when.date !== null && mention.when.precision === 'day' && mention.kind === 'point') last = mention.when;
    // A week named ("last week", "this weekend") is what a count after it starts from, not an older day before it.
    if (mention.when.date !== null && mention.kind === 'span' && /\bweek(?:end)?$/iu.test(mention.text)) last = mention.when;
    return mention;
  });
}

const WEEKDAY_OPENING = /^(?:on |this |early |late |later )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/iu;

/**
 * The day of a vote or a happening still to come ("is expected to vote on Monday", "hope to put it to a vote on
 * Friday", "plans a vigil Thursday"): a bare weekday read as the last one before the article is the next one. `what`
 * names it in the note.
 */
export function aheadOf(mention: DateMention, publishedOn: string, what = 'a vote still to come'): DateMention {
  const { when } = mention;
  if (when.date === null || when.precision !== 'day' || when.date >= publishedOn || !WEEKDAY_OPENING.test(mention.text)) return mention;
  const date = addDays(when.date, 7);
  return {
    ...mention,
    when: {
      ...when,
      date,
      basis: 'relative',
      note: `"${mention.text}" of ${what}: the next one after ${describeDay(publishedOn)}`,
    },
  };
}

/**
 * Whether a mention is a bare weekday its sentence's tense read as ahead, in the week after the article's day
 * ("The council meets on Saturday", a scheduling present): where the text then tells what happened as done (a story in
 * the historic present), the day is that weekday last past instead (vote-extractor.ts).
 */
export function weekdayReadAhead(mention: DateMention, publishedOn: string): boolean {
  const { when } = mention;
  return (
    when.date !== null &&
    when.precision === 'day' &&
    when.basis === 'relative' &&
    when.date > publishedOn &&
    when.date <= addDays(publishedOn, 7) &&
    WEEKDAY_OPENING.test(mention.text)
  );
}
