/**
 * The day a statement was made, and where: one home for a statement's occasion and day. `dateStatements` runs after
 * the statements of an article are found (statement-extractor.ts), and dates each from, in order: a date in its own
 * attribution or the same speaker's remarks it continues (else the article's date); the setting in which the speaker
 * relayed another's words; a sentence after it that sets the remark on a day; the day heading its paragraph or
 * section in a chronology; the meeting a meetings-coverage story leads with; the occasion the article gives it
 * (an interview, a transcript's introduction, "at the same summit", "afterwards", a reply, the sentence before); the
 * day a story told day by day had reached; and, last, the undated form for a remark reported in the perfect or
 * present tense that nothing dates.
 */

import type { When } from '../seed/annotation-schema.js';
import type { ArticleAnalysis } from './article-analysis.js';
import {
  addDays,
  type DateMention,
  DEICTIC_DAY,
  dashDateline,
  describeDay,
  eventWriteUpDay,
  findDateMentions,
  inDashDateline,
  isDayPoint,
  isNumbersColumn,
  isSectionDayLine,
  NUMBER_WORDS,
  onAnotherClock,
  opensWithTime,
  publicationWhen,
  resolveAnchored,
  sourceLineItems,
} from './date-expressions.js';
import { isStageDirection } from './labelled-turns.js';
import { UNITS } from './number-expressions.js';
import { isoStateCode } from './proper-names.js';
import { headerDay, headerLines, isHeadingLine, meetingHeadingDay, type RecordDay } from './record-header.js';
import { isPersonSpeaker, type ResolvedSpeaker, speakerKind } from './speaker-resolution.js';
import { findSpeechVerbs, IN_THE_MESSAGE, MESSAGE_NOUN, outletNames, PRESS_NOUN, SAYING_VERB, type SpeechVerb } from './speech-verbs.js';
import { type ExtractedStatement, normalizeTitle, speakerKey } from './statement-extractor.js';
import { clip, contains, escapeRegExp, nameAsWord, overlaps, type Segment, type Span, splitSentences, wordCount } from './text-segments.js';
import type { ExtractedVote } from './vote-extractor.js';

export interface RelaySetting {
  paragraph: number;
  speaker: ResolvedSpeaker;
  /** The relaying clause ("Speaking by telephone on Wednesday, he recalled"). */
  clause: Span;
}

/**
 * Dates every statement of an article (see the module's comment for the order of the rules). `relayed` holds the
 * settings in which speakers relayed another's words; `transcriptStart` is a transcript's first labelled paragraph
 * (a labelled transcript's or a Q:/A: interview's), whose introduction sets the occasion of its answers and the day
 * its "yesterday" and weekdays count from.
 */
export function dateStatements(
  analysis: ArticleAnalysis,
  statements: ExtractedStatement[],
  relayed: RelaySetting[],
  transcriptStart: Segment | null,
  /**
   * A labelled record's day, from its header (record-header.ts): the occasion's day before the introduction's when the
   * line is the record's own dateline, else only when the introduction names none.
   */
  recordDay: RecordDay | null,
  /** The article's votes (vote-extractor.ts), read once by extract-article.ts; a remark may be dated by one. */
  votes: ExtractedVote[],
): void {
  // The day a transcript's introduction gives its occasion: it dates the transcript's relative days and its answers.
  // No remark is made after the article that reports it: a day after publication ("next Saturday", "Thursday's
  // pause") is a happening to come, never a remark's day, and no rule may take it for one.
  const past = { ...analysis, dateMentions: analysis.dateMentions.filter((m) => !afterPublication(m, analysis.publishedOn)) };
  // A header line that gives only the day the page appeared ("THE INTERVIEW | Thursday, November 3, 2016") yields to
  // an introduction that tells when the conversation took place ("We reached Egeland by phone on Monday, October 31").
  // A header with the day of the occasion itself ("October 16, 2016, 20:15, Goa") stands before an introduction's
  // occasion ("The summit took place in Goa on October 15-16").
  const pageDay = recordDay?.own === true && recordDay.when.date === analysis.publishedOn;
  const introduction = transcriptStart
    ? ((pageDay ? (conversationDayBefore(past, transcriptStart) ?? pastIntroductionDay(past, transcriptStart)) : null) ??
      (recordDay?.own ? recordDay.when : null) ??
      introductionDay(past, transcriptStart) ??
      recordDay?.when ??
      null)
    : null;
  const article = transcriptStart ? onTheTranscriptsDay(past, transcriptStart, introduction) : past;
  assignDatesAndPlaces(article, statements);
  dateByContactBeforeTold(article, statements);
  dateByCallRelayed(article, statements);
  dateByRelayingSaying(article, statements);
  dateByRelaySetting(article, statements, relayed);
  dateBySettingAfter(article, statements);
  dateByChronology(article, statements);
  // Before a show's or ticker's day: a message told of before dates the words given in it.
  dateByMessageToldBefore(article, statements);
  // A live ticker's or blog's entries (postedDays): read once, for their day here and their tense below.
  const posted = postedDays(article);
  dateByPostedEntry(article, statements, posted);
  const meeting = leadMeeting(article);
  dateByMeeting(article, statements, meeting);
  dateBySitting(article, statements);
  dateBySummaryRecord(article, statements);
  dateByMeetingBefore(article, statements, votes);
  dateByDebateOpening(article, statements, votes);
  dateByDatedDocument(article, statements);
  dateByDocumentSentBefore(article, statements);
  dateByRulingDay(article, statements);
  dateByOccasionNamedBefore(article, statements);
  dateByPassageOccasion(article, statements);
  // Before dateBySpeakerBefore, so a spokesman's "He added" continues the day his words take from his body's remark.
  dateBySpokesmanAfterBody(article, statements);
  dateByBodyBeforeSpokesman(article, statements);
  dateByOwnBodyAdding(article, statements);
  dateBySameGiving(article, statements);
  dateBySpokespersonBefore(article, statements);
  dateBySpeakerBefore(article, statements, transcriptStart !== null);
  dateByMeetingHeld(article, statements);
  dateByWhenEncounter(article, statements);
  dateByEncounter(article, statements);
  dateByOutletInterview(article, statements);
  if (transcriptStart) dateByHostCue(article, statements, votes, transcriptStart);
  dateByOccasion(article, statements, introduction, transcriptStart);
  dateBySameMeeting(article, statements);
  dateByPointingBack(article, statements);
  // (s62) Again, now that a body's remark has the day "Earlier that day" points back to.
  dateBySpokesmanAfterBody(article, statements);
  // (s69) Before the meeting the lead tells: an envoy's offer told on its day right before his words dates them.
  dateBySpeechActBefore(article, statements);
  dateByMeetingDelegates(article, statements, meeting);
  dateByNextSpeaker(article, statements);
  dateByContrastClause(article, statements);
  dateByFellowParticipant(article, statements);
  dateByMeetingParticipant(article, statements);
  dateByPlaceNamedBefore(article, statements);
  dateByDigestBrief(article, statements);
  dateByLeadStance(article, statements);
  dateByParagraphOpening(article, statements);
  dateBySectionMeetingDay(article, statements);
  dateByOpeningBefore(article, statements);
  dateByOpeningSitting(article, statements);
  // Again, now that his remarks before have the days their occasions give ("\"...,\" he said" of a setting told
  // before), and before a scene's day, which dates a gathering's remarks, not all of a speaker's later ones.
  dateBySpeakerBefore(article, statements, transcriptStart !== null);
  dateByScene(article, statements);
  dateByNarrativeDay(article, statements);
  dateBySpeakerAfter(article, statements);
  // Not in a transcript: its turns take the record's day (dateByRecordDay).
  if (transcriptStart === null) dateBySpeakersOneDay(article, statements);
  undateOpenRemarks(article, statements, posted);
  dateByRecordDay(article, statements, transcriptStart, introduction);
  dateByMeetingHeading(article, statements, transcriptStart);
  dateByEventWriteUp(article, statements, transcriptStart);
  dateByProgrammeDay(article, statements);
  dateByWireDateline(article, statements);
  dateBySourceLine(article, statements);
  dateByRelayedContact(article, statements);
  dateByQuizQuestion(article, statements);
}

/**
 * (s69) A news quiz's answer reads on from its question (quizPassages): a remark in the answer whose own attribution
 * gives no day was made on the first day its question names, not after the article ("3. What did the envoy offer at a
 * news conference on 6 October? ... / 3. He offered to ...", "7. The agency gave a new toll on Tuesday. ... / 7. At least
 * 400, according to the agency, which said ...").
 */
function dateByQuizQuestion(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const passages = article.quiz;
  if (passages.length === 0) return;
  const dayIn = (span: Span) => article.dateMentions.find((m) => contains(span, m) && isDayPoint(m));
  for (const statement of statements) {
    const first = statement.evidence[0];
    const passage = first && passages.find((p) => contains(p.answer, first));
    if (!passage || statement.attribution.some((a) => dayIn(a))) continue;
    const day = dayIn(passage.question);
    if (day) statement.said = { ...day.when, note: `the day its quiz question gives ("${clip(article.text.slice(day.start, day.end))}")` };
  }
}

// (s68) A contact told with its day, then "told" joined to it by "and" (the same subject's) or ", who" (the other
// party's): "X had discussed the situation by telephone with Y on Tuesday and had told him that ...", "X said he had
// spoken by telephone on Thursday evening with Y, who had told him that ...", unseen "X met Y in Vessa on Monday and
// told him that ...", "X called her on Sunday and told her that ...". The words were told in that contact.
const TOLD_AFTER_CONTACT = /(?:,\s*who|\band)\s+(?:had\s+)?(?:also\s+)?$/u;
const CONTACT_WORDS = /\b(?:spoke|spoken|talked|discussed|met|called|phoned|telephoned|rang)\b/gu;

/**
 * (s68) A remark its own words leave undated whose verb "told" follows a contact told in its sentence with a day
 * (TOLD_AFTER_CONTACT, CONTACT_WORDS): the last day between the contact's word and the verb, outside quotations.
 */
function dateByContactBeforeTold(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    const { verb } = statement;
    if (statement.said.basis !== 'publication' || statement.continuation || verb.speakerAfter || verb.text !== 'told') continue;
    const sentence = sentenceOf(article, verb.start);
    if (!sentence) continue;
    const before = text.slice(sentence.start, verb.start);
    if (!TOLD_AFTER_CONTACT.test(before)) continue;
    const contact = [...before.matchAll(CONTACT_WORDS)].at(-1);
    if (!contact) continue;
    const from = sentence.start + contact.index;
    if (/[;"“”]/u.test(text.slice(from, verb.start))) continue;
    const day = daysIn(article, { start: from, end: verb.start })
      .filter((m) => isDayPoint(m) && !afterSince(text, m))
      .at(-1);
    if (day)
      statement.said = { ...day.when, note: `the day of the contact its "told" was given in ("${clip(text.slice(from, verb.end))}")` };
  }
}

// (s69) A call told of after the verb that relays it, then what was told in it: "X said the Minister had spoken by
// telephone late on Monday with Y, and had told him ...", "told reporters on Tuesday that Z had discussed the city by
// telephone on Monday with Y and assured her ...". The relayed words were told in the call, on its day.
const CALL_THEN_TOLD =
  /^([^;:"“”]{1,140}?\b(?:had\s+)?(?:spoken|spoke|talked|discussed)\b)([^;:"“”]{1,200}?)\s+with\s[^;:"“”]{1,120}?,?\s+and\s+(?:had\s+)?(?:told|assured|informed)\s+(?:him|her|them)(?![\p{L}'’-])/u;

/**
 * (s69) A remark whose verb relays a call told after it (CALL_THEN_TOLD): the last day between the call's word and
 * "with", outside quotations, whatever day the relaying verb has.
 */
function dateByCallRelayed(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    const { verb } = statement;
    if (statement.continuation || verb.speakerAfter) continue;
    const sentence = sentenceOf(article, verb.start);
    if (!sentence) continue;
    const call = CALL_THEN_TOLD.exec(text.slice(verb.end, sentence.end));
    if (!call) continue;
    const from = verb.end + (call[1] as string).length;
    const end = from + (call[2] as string).length;
    const day = daysIn(article, { start: from, end })
      .filter((m) => isDayPoint(m) && !afterSince(text, m))
      .at(-1);
    if (day)
      statement.said = { ...day.when, note: `the day of the call the relayed words were told in ("${clip(text.slice(from, end))}")` };
  }
}

// (s60) The saying that relays a remark, dated, right before the remark's words in its sentence: "The
// Secretary-General's spokesman, X, said on Thursday that Ban Ki-moon welcomed the resolution" (unseen: "the ministry
// told reporters on Monday that the minister had accepted", "announced on Friday that the prime minister would").
const RELAYING_SAYING = /\b(?:said|told\s+[^,;:"“”]{1,40}?|announced|confirmed|added)\s+((?:[^;:"“”]{0,40}?\s)?)that\s+$/u;

/**
 * A remark no words of its own date, whose sentence opens on another's saying of it on a day (RELAYING_SAYING): it
 * was made, or made known, that day.
 */
function dateByRelayingSaying(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || statement.continuation) continue;
    const first = statement.evidence[0] as Span;
    const sentence = sentenceOf(article, first.start);
    if (!sentence) continue;
    const saying = RELAYING_SAYING.exec(text.slice(sentence.start, first.start));
    if (!saying) continue;
    const at = sentence.start + saying.index;
    const day = daysIn(article, { start: at, end: first.start }).find((d) => d.when.date !== null && d.when.precision === 'day');
    if (day) statement.said = { ...day.when, note: `the day of the saying that relays it ("${clip(saying[0])}")` };
  }
}

// A contact by which a remark reaches the person who relays it: a message, a call, a text, a letter ("sent me a voice
// message on Saturday", "His last message was at ten last night", "had last spoken to her on Tuesday"; unseen: "She
// phoned us on Monday night", "We got a text from him yesterday", "my uncle emailed on Sunday"; s22: the narration's
// "Early on Sunday the phone buzzed"; s23: "sent me a voice note on Sunday night").
export const CONTACT =
  /\b(?:(?:voice|text|video)\s+(?:message|note)|message|(?:phone|telephone)\s+call|phone\s+(?:lit\s+up|buzzed)|call(?:ed|s)?|phoned|rang|rung|texted|text|wrote|letter|e-?mail(?:ed)?|messaged|spoke|spoken|talked|heard\s+from|on\s+the\s+(?:tele)?phone)\b/iu;

// Where the relayed words open after the relaying verb: at "that" ("told me on the phone last night that she ...").
const RELAYED_THAT = /\bthat\s/u;

/**
 * The relayer of a remark: another speaker whose remark holds the relayed words, or whose words share the quotation
 * that holds the relaying verb ("\"Ivo Brandt sent me a message. He said, '...'\" Mr Vell told the paper"); else, where
 * the relayed words stand in a quotation (the relayer's words, quoted: "\"She told us the bread had finished,\" he
 * said"), the nearest other speaker's remark in the paragraph.
 */
function relayerOf(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
  statement: ExtractedStatement,
): ExtractedStatement | undefined {
  const first = statement.evidence[0] as Span;
  const quotations = article.quotations.filter((q) => contains(q, statement.verb));
  const others = statements.filter((s) => s.paragraph === statement.paragraph && speakerKey(s.speaker) !== speakerKey(statement.speaker));
  return (
    others.find((s) => s.evidence.some((e) => contains(e, first) || quotations.some((q) => contains(q, e)))) ??
    (quotations.length > 0
      ? others.sort((x, y) => distance(x.evidence[0] as Span, first) - distance(y.evidence[0] as Span, first))[0]
      : undefined)
  );
}

/**
 * The relaying words of a remark: from its sentence's start (or the sentence before it in the paragraph, where that
 * one tells of the contact: CONTACT) to where the relayed words begin (its first words, or "that" after the verb where
 * it opens them: RELAYED_THAT). Null where the sentence is not found.
 */
function relayingWords(article: ArticleAnalysis, statements: ExtractedStatement[], statement: ExtractedStatement): Span | null {
  const { text } = article;
  const first = statement.evidence[0] as Span;
  const paragraph = article.paragraphs[statement.paragraph];
  if (!paragraph) return null;
  const sentences = splitSentences(text, paragraph);
  const at = sentences.findIndex((x) => x.start <= statement.verb.start && statement.verb.start < x.end);
  const own = sentences[at];
  if (!own) return null;
  const before = sentences[at - 1] ?? narratedContact(article, statements, statement.paragraph);
  const from = before && CONTACT.test(before.text) ? before.start : own.start;
  const that = RELAYED_THAT.exec(text.slice(statement.verb.end, Math.min(own.end, statement.verb.end + 60)));
  const end = Math.min(Math.max(first.start, that ? statement.verb.end + that.index : 0), own.end);
  return { start: from, end };
}

/**
 * The narration's sentence that tells of the contact a paragraph's opening remark relays ("The last message she had
 * from them came Tuesday afternoon." then "\"He said ...,\" said X"): the last sentence telling of a contact in the
 * paragraph before, or the one before that, where no remark lies between it and the relaying paragraph.
 */
function narratedContact(article: ArticleAnalysis, statements: ExtractedStatement[], paragraph: number): Segment | undefined {
  const until = article.paragraphs[paragraph]?.start ?? 0;
  const spoken = (from: number) => statements.some((s) => s.evidence.some((e) => e.end > from && e.start < until));
  for (let back = paragraph - 1; back >= Math.max(0, paragraph - 2); back--) {
    const span = article.paragraphs[back];
    if (!span) return undefined;
    const contact = splitSentences(article.text, span).findLast((x) => CONTACT.test(x.text));
    if (contact) return spoken(contact.start) ? undefined : contact;
    if (spoken(span.start)) return undefined;
  }
  return undefined;
}

/**
 * A remark relayed inside another person's words (its words lie inside the relayer's remark: "\"My father sent a
 * voice message on Saturday morning. He said they had bread for two days,\" she said", "\"My mother told me on the
 * phone last night that she could hear the buses,\" X said on Thursday") that nothing dated: made on the day the
 * relayer gives the contact that carried it. In order: the relayer (relayerOf) and its day; the relaying words
 * (relayingWords: the relaying sentence, or the one before it in the paragraph where that one tells of the contact, or
 * for a paragraph's first sentence the narration's contact just before: narratedContact),
 * which must tell of the contact itself (CONTACT: a message, a call, "on the phone"), not only give a day; the last day
 * they name, counted from the relayer's own day ("last night" in words said on Thursday is Wednesday), of the week
 * before the relayer's day at most and never a day of another speaker's words. A remark that took only the relayer's
 * own day (its attribution: "\"My mother called me on Thursday night. She said ...\" X told the paper on Friday") is as
 * undated, and that attribution's day is the contact's only where the relaying words name no other.
 */
function dateByRelayedContact(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    // Only a remark still at the publication's day, or at a day that may be its relayer's, is looked at: the relayer
    // is searched for no other.
    const dated = statement.said.basis !== 'publication';
    if (statement.continuation || (dated && statement.said.precision !== 'day')) continue;
    // (s69) Nor words told in a relative clause whose subject is their speaker (", which diplomats said"): the
    // speaker's own remark on what the clause before names, not words that clause's contact carried.
    if (RELATIVE_SPEAKER_BEFORE_VERB.test(text.slice(Math.max(0, statement.verb.start - 60), statement.verb.start))) continue;
    const relayer = relayerOf(article, statements, statement);
    const relayDay = relayer?.said.precision === 'day' ? relayer.said.date : null;
    if (!relayer || !relayDay) continue;
    // Relayed words that took the relayer's own day from his attribution are as undated as the publication's.
    if (dated && statement.said.date !== relayDay) continue;
    const words = relayingWords(article, statements, statement);
    if (!words || !CONTACT.test(text.slice(words.start, words.end))) continue;
    // The relayer's attribution ("\"...,\" X said on Monday", "X told the paper yesterday", whose "yesterday" counts
    // from the article, not from his day) dates his telling, not the contact, where the words name another day.
    const relayersDay = (m: DateMention) =>
      relayer.attribution.some((a) => contains(a, m)) || (m.when.date === relayDay && !relayer.evidence.some((e) => contains(e, m)));
    const othersWords = (m: Span) =>
      statements.some(
        (s) =>
          s !== relayer &&
          speakerKey(s.speaker) !== speakerKey(relayer.speaker) &&
          s !== statement &&
          s.evidence.some((e) => contains(e, m)),
      );
    // (s33) A same-day word there ("Her aunt had phoned her that night.") is the day the narration gave last.
    const narrated = (m: DateMention): DateMention => {
      if (m.kind !== 'anchored' || m.offsetDays !== 0 || m.offsetMonths !== undefined) return m;
      const when = sameDayIn(article, m);
      return when ? { ...m, kind: 'point', when } : m;
    };
    const days = findDateMentions(text, words, relayDay, `words said on ${describeDay(relayDay)}`)
      .map(narrated)
      .filter(
        (m) =>
          m.kind === 'point' &&
          m.when.precision === 'day' &&
          m.when.date !== null &&
          m.when.date <= relayDay &&
          m.when.date >= addDays(relayDay, -7) &&
          !othersWords(m),
      );
    const day = days.filter((m) => !relayersDay(m)).at(-1) ?? days.at(-1);
    if (!day) continue;
    const was = statement.said;
    statement.said = { ...day.when, note: `the day of the contact the relayer gives ("${day.text}"), counted from the relayer's day` };
    // (s67) The relayed speaker's words that go on right after, in the same contact ("\"He said they were in a basement.
    // He said, 'If the phone goes quiet, it is the battery.'\" said X"), which took the day the remark had: that day too.
    for (const next of statements.slice(statements.indexOf(statement) + 1)) {
      if (next.paragraph !== statement.paragraph || speakerKey(next.speaker) !== speakerKey(statement.speaker)) break;
      if (!next.said.note?.startsWith('continues') || next.said.date !== was.date) break;
      next.said = inherit(statement.said);
    }
  }
}

/**
 * (s70) A meeting's document that speaks for the body that met ("Leaders of the Gulf Cooperation Council wrapped up
 * their summit this afternoon ... The declaration said", "Speaking on the sidelines of the Foreign Affairs Council,
 * Kotzias said ... The conclusions adopted by the 28 ministers said"; the speaker's `heldAt`, speaker-resolution.ts):
 * a past-tense remark nothing dated was made on the meeting's day, the day the sentence that told of the meeting names,
 * else the day of a remark made in that sentence. A present one ("The conclusions ... say") stays open.
 */
function dateByMeetingHeld(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  for (const statement of statements) {
    const held = statement.speaker.heldAt;
    if (!held || statement.said.basis !== 'publication' || openTense(article.text, statement.verb) !== null) continue;
    const day = daysIn(article, held)[0]?.when;
    const there = statements.find(
      (other) => other !== statement && other.said.basis !== 'publication' && held.start <= other.verb.start && other.verb.end <= held.end,
    )?.said;
    const when = day ?? there;
    if (!when || when.date === null) continue;
    statement.said = {
      date: when.date,
      precision: when.precision,
      basis: 'inferred',
      note: `no date given for the meeting's document; the day of the meeting it closed ("${clip(article.text.slice(held.start, held.end))}")`,
    };
  }
}

/**
 * A wire story filed before the article's date (its dateline's day, read once: `article.wireFiling`): a past-tense
 * remark that nothing dated was made by the day it was filed, as one in any story by the story's date, not the day a
 * site ran it.
 */
function dateByWireDateline(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const filed = article.wireFiling;
  if (!filed) return;
  for (const statement of statements) {
    const first = statement.evidence[0] as Span;
    if (first.start < filed.from || statement.said.basis !== 'publication' || statement.said.date !== article.publishedOn) continue;
    statement.said = {
      date: filed.date,
      precision: 'day',
      basis: 'inferred',
      note: `no date given for the remark; the day its wire was filed, by its dateline (${describeDay(filed.date)})`,
    };
  }
}

/**
 * (s68) A media-monitoring digest's item closed by its source line ("(Source: Norland TV, Oslo, in English 1600 gmt 13
 * Dec 16)", sourceLineItems, date-expressions.ts): a remark it reports that nothing dated was made on the broadcast's
 * day, not the digest's ("The channel's correspondent said thousands had crossed", "\"...,\" he added").
 */
function dateBySourceLine(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const items = sourceLineItems(article.paragraphs, article.publishedOn);
  if (items.length === 0) return;
  for (const statement of statements) {
    const first = statement.evidence[0] as Span;
    if (statement.said.basis !== 'publication' || statement.said.date !== article.publishedOn) continue;
    const item = items.find((x) => x.from <= first.start && first.end <= x.to);
    if (!item || item.date === article.publishedOn) continue;
    statement.said = {
      date: item.date,
      precision: 'day',
      basis: 'inferred',
      note: `no date given for the remark; the day of the broadcast its item's source line gives (${describeDay(item.date)})`,
    };
  }
}

/** Whether a paragraph is the article's headline printed again. */
const isHeadline = (article: ArticleAnalysis, paragraph: Segment): boolean =>
  article.title ? normalizeTitle(paragraph.text) === normalizeTitle(article.title) : false;

/** The sentences of paragraphs `from` to `to` (exclusive; all by default), less the headline printed again. */
const bodySentences = (article: ArticleAnalysis, from = 0, to = article.paragraphs.length): Segment[] =>
  article.paragraphs
    .slice(from, to)
    .filter((p) => !isHeadline(article, p))
    .flatMap((p) => splitSentences(article.text, p));

/** A statement's attribution, its parts joined by a space. */
const attributionWords = (text: string, statement: ExtractedStatement): string =>
  statement.attribution.map((a) => text.slice(a.start, a.end)).join(' ');

// A day "since" which something has lasted ("since Nov. 15"): how long, not when.
const afterSince = (text: string, m: Span) => /\bsince\s+$/iu.test(text.slice(Math.max(0, m.start - 8), m.start));

/** Whether a mention names a day after the article's date. */
const afterPublication = (m: DateMention, publishedOn: string) =>
  m.when.precision === 'day' && m.when.date !== null && m.when.date > publishedOn;

const BRIEF_NOTE = "the day its brief's first sentence gives, in a digest of datelined briefs";

/**
 * Whether an article is a digest of briefs: two or more of its paragraphs open with a dateline (one alone is a wire
 * story's), and they are half its body or more (its paragraphs of a dozen words or more), as in a digest where every
 * brief opens on its own. A story that opens a second or third section with a dateline ("MOSCOW – The ministers met
 * on Tuesday ...") and goes on without one (a reaction at home, a section under its own heading) is no digest: its
 * later paragraphs are no part of the datelined happening.
 */
function isDigest(article: ArticleAnalysis, datelined: boolean[]): boolean {
  const count = datelined.filter(Boolean).length;
  const body = article.paragraphs.filter((p) => !isHeadline(article, p) && wordCount(p.text) >= 12).length;
  return count >= 2 && count * 2 >= body;
}

/**
 * A digest of briefs, each under its own dateline ("NEW YORK - The Security Council voted on Monday ..."; isDigest):
 * each brief is read on its own, and a past-tense remark in it that nothing else dated was made on the day its first
 * sentence gives (the day of the happening the brief reports), not on the digest's date. A remark in the perfect or
 * present tense, or a bare "according to", stays for the undated form.
 */
function dateByDigestBrief(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const datelined = article.paragraphs.map((p) => dashDateline(p) !== null);
  if (!isDigest(article, datelined)) return;
  let brief: When | null = null;
  article.paragraphs.forEach((paragraph, index) => {
    if (datelined[index]) {
      const first = splitSentences(text, paragraph)[0];
      brief = (first && daysIn(article, first)[0]?.when) ?? null;
    }
    if (!brief) return;
    for (const statement of statements) {
      if (statement.paragraph !== index || statement.said.basis !== 'publication') continue;
      if (!pastSpeech(text, statement.verb)) continue;
      statement.said = { ...brief, note: BRIEF_NOTE };
    }
  });
}

// An office that speaks for a state or a body: "Foreign Minister", "ministry spokesman", "Permanent Representative",
// "a government official" (unseen: "the deputy foreign minister", "the presidency's spokeswoman", "Ambassador").
const SPEAKS_FOR_BODY =
  /\b(?:minister|spokes(?:man|woman|person)|ambassador|representative|envoy|secretary|official|president|premier|chancellor)\b/iu;
// A government body by its noun: "the Government", "Norland's Foreign Ministry", "The Department of External Relations".
const STANCE_BODY = /\b(?:[Gg]overnment|[Mm]inistry|Department)\b/u;
// How far after the lead a body's dated stance reaches its officials' remarks, in paragraphs.
const LEAD_STANCE_PARAGRAPHS = 3;

/**
 * The stance a story leads with, dated in the wire's order, the day between the body and its verb ("Norland
 * yesterday expressed concern ...", "HARBOUR CITY - Estland on Thursday called on ...", "The Federal Government on
 * Monday defended ..."): the lead's first sentence, after its dateline, opens on a state or a body in six words at
 * most (a country by its ISO 3166 English name, which a state the gazetteer does not know yet still has; a government
 * or a ministry; or gazetteer actors none of whom is a person), then a day before the article's, then a lower-case
 * verb. Null where the lead is not so.
 */
function leadStance(article: ArticleAnalysis): { lead: Segment; paragraph: number; day: When; subject: string } | null {
  const { text } = article;
  const [lead] = leadSentences(article, 1);
  if (!lead) return null;
  const from = dashDateline(lead)?.body ?? lead.start;
  const day = daysIn(article, lead).find((m) => m.start >= from);
  if (!day?.when.date || day.when.date >= article.publishedOn) return null;
  // The day may close the body's verb of saying as well ("The Ministry said on Friday that ..."): the subject is
  // then the words before that verb.
  const verb = findSpeechVerbs(text, { start: from, end: day.start }, article.quotations).find(
    (v) => !v.participle && /^\s*(?:on\s*)?$/u.test(text.slice(v.end, day.start)),
  );
  const subject = text.slice(from, verb?.start ?? day.start).replace(/\s+on\s*$/u, '');
  if (wordCount(subject) > 6 || !/^\s*\p{Ll}+\b/u.test(text.slice(day.end, day.end + 30))) return null;
  const named = article.actorMentions.filter((m) => m.start >= from && m.end <= from + subject.length);
  const body =
    isoStateCode(subject.trim(), { capitals: true }) !== undefined ||
    STANCE_BODY.test(subject) ||
    // (s61) A state or body by its initials, known or not ("The UAE yesterday condemned"): no person's name.
    /^\s*(?:The\s+)?\p{Lu}{2,6}\s*$/u.test(subject) ||
    (named.length > 0 && named.every((m) => m.kind !== 'person'));
  if (!body) return null;
  return { lead, paragraph: article.paragraphs.findIndex((p) => contains(p, lead)), day: day.when, subject };
}

/**
 * A story that leads with a state's or a body's stance on a day (leadStance), then gives the words of an official
 * who speaks for it (a minister, a spokesman, an ambassador: SPEAKS_FOR_BODY in the role the text gives him or in the
 * words attributing one of his remarks) with no day of their own: those words are the stance the lead dated, made
 * that day, not on the article's. Only remarks in the LEAD_STANCE_PARAGRAPHS paragraphs after the lead, in the past
 * tense, by a person the text gives such an office; a remark another rule dated keeps its day (so a spokesman's words
 * dateBySpokesmanAfterBody dated first keep his body's day). (s23) So are the body's own further words there, by
 * whatever name ("Norland's Foreign Ministry said on Friday ... In a statement, the Ministry of Foreign Affairs said
 * ..."): a speaker no person whose attribution holds the lead's body noun (STANCE_BODY) and names no state.
 */
function dateByLeadStance(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const stance = leadStance(article);
  if (!stance) return;
  const { lead, paragraph, day, subject } = stance;
  const noun = STANCE_BODY.exec(subject)?.[0];
  const bodyNoun = noun ? new RegExp(String.raw`\b${noun}\b`, 'iu') : null;
  const itself = (statement: ExtractedStatement) =>
    bodyNoun !== null &&
    !isPersonSpeaker(article.gazetteer, statement.speaker) &&
    bodyNoun.test(attributionWords(text, statement)) &&
    !statement.attribution.some((a) => article.actorMentions.some((m) => m.kind === 'state' && contains(a, m)));
  const officials = new Set(
    statements
      .filter((o) => SPEAKS_FOR_BODY.test(o.speakerRole ?? '') || SPEAKS_FOR_BODY.test(attributionWords(text, o)))
      .map((o) => speakerKey(o.speaker)),
  );
  for (const statement of statements) {
    if (statement.paragraph <= paragraph || statement.paragraph > paragraph + LEAD_STANCE_PARAGRAPHS) continue;
    if (statement.said.basis !== 'publication' || statement.said.date !== article.publishedOn) continue;
    if (!pastSpeech(text, statement.verb)) continue;
    const official = isPersonSpeaker(article.gazetteer, statement.speaker) && officials.has(speakerKey(statement.speaker));
    if (!official && !itself(statement)) continue;
    statement.said = {
      ...day,
      note: `the day the lead gives the stance ${official ? 'its official speaks for' : 'the body goes on with'} ("${clip(lead.text)}")`,
    };
  }
}

// A body's voice: "spokesman Rupert Colville", "Spokesperson X", "its spokeswoman".
const SPOKESPERSON = /\bspokes(?:man|woman|person)\b/iu;
// (s35) The spokesperson named before, by the definite noun ("the spokesperson said", "its spokesman added").
const THE_SPOKESPERSON = /\b(?:the|its|his|her|their)\s+spokes(?:man|woman|person)\b/iu;

/**
 * A spokesperson's undated words after an earlier remark the same spokesperson made, in that paragraph or the one
 * before, on a day its attribution gave ("A ministry spokesman, speaking at the weekly briefing on Monday, said the
 * minister had ... // Norland would \"...\", the spokesman said."): the same briefing, so its day, whoever the earlier
 * remark was given to (a principal the spokesperson spoke for). Nothing dated may stand between.
 */
function dateBySpokespersonBefore(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  statements.forEach((statement, index) => {
    if (statement.said.basis !== 'publication' || !pastSpeech(text, statement.verb)) return;
    if (!THE_SPOKESPERSON.test(attributionWords(text, statement))) return;
    const from = Math.min(statement.verb.start, ...statement.evidence.map((e) => e.start));
    const earlier = statements
      .slice(0, index)
      .filter(
        (s) =>
          statement.paragraph - s.paragraph <= 1 &&
          s.said.basis !== 'publication' &&
          s.said.precision === 'day' &&
          !s.said.note?.startsWith('continues') &&
          SPOKESPERSON.test(attributionWords(text, s)),
      )
      .at(-1);
    if (!earlier) return;
    const end = Math.max(earlier.verb.end, ...earlier.evidence.map((e) => e.end), ...earlier.attribution.map((a) => a.end));
    if (end > from || daysIn(article, { start: end, end: from }).some((m) => !inQuote(article, m))) return;
    statement.said = {
      ...earlier.said,
      note: `the day of the same spokesperson's remark before (${describeDay(earlier.said.date as string)})`,
    };
  });
}

/**
 * A remark given "in the same statement" that no words of its own date: the day of the remark told right before it,
 * where a rule or its own words dated that one ("The World Health Organization said on Saturday that every hospital
 * ... was out of service. \"...,\" Elizabeth Hoff, the WHO representative in Syria, said in the same statement.").
 */
function dateBySameGiving(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const inOrder = [...statements].sort((a, b) => a.verb.start - b.verb.start);
  inOrder.forEach((statement, index) => {
    if (statement.said.basis !== 'publication' || statement.said.date !== article.publishedOn || index === 0) return;
    const own = sentenceOf(article, statement.verb.start);
    const opening = own ? text.slice(own.start, statement.verb.start) : '';
    if (!SAME_GIVING_AFTER.test(text.slice(statement.verb.end)) && !SAME_GIVING_BEFORE.test(opening)) return;
    const before = inOrder[index - 1] as ExtractedStatement;
    if (before.said.basis === 'publication' || before.said.precision !== 'day') return;
    statement.said = {
      ...before.said,
      note: `the day of the remark told before, given in the same statement (${describeDay(before.said.date as string)})`,
    };
  });
}

/**
 * A spokesman's undated words in the sentence right after one, in his paragraph, in which a body (no person) speaks
 * on a day its own verb gives: the body's stance told and then voiced, one briefing ("The UN rights office said on
 * Tuesday it had received reports of killings. \"We are deeply concerned,\" spokesman X told a briefing."; "...
 * Spokesperson X said the office feared ..."), or, where his sentence opens its paragraph, in the last sentence of the
 * paragraph before. Only a person the text calls a spokesman (in his role or the words attributing his remark), in the
 * past tense.
 */
function dateBySpokesmanAfterBody(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || statement.said.date !== article.publishedOn) continue;
    if (!pastSpeech(text, statement.verb)) continue;
    if (!isPersonSpeaker(article.gazetteer, statement.speaker)) continue;
    if (!SPOKESPERSON.test(statement.speakerRole ?? '') && !SPOKESPERSON.test(attributionWords(text, statement))) continue;
    const first = statement.evidence[0] as Span;
    const sentence = sentenceOf(article, Math.min(first.start, statement.verb.start));
    const paragraph = article.paragraphs[statement.paragraph];
    if (!sentence || !paragraph) continue;
    // (s44) A spokesman's quotation opening the next paragraph voices the body of the paragraph before, whose last
    // sentence is the one before (""We are hearing of people being killed ...," a spokesman for the office, X, told a
    // briefing." after "the UN human rights office said on Tuesday it had received reports ...").
    const previousParagraph = article.paragraphs[statement.paragraph - 1];
    const before =
      sentenceBefore(text, paragraph, sentence) ??
      (previousParagraph && previousParagraph.text.length > 90 ? sentenceOf(article, previousParagraph.end - 1) : null);
    if (!before) continue;
    const body = statements.find(
      (s) =>
        contains(before, s.verb) &&
        !isPersonSpeaker(article.gazetteer, s.speaker) &&
        s.said.precision === 'day' &&
        (verbDay(article, before, s.verb)?.date === s.said.date ||
          // (s62) Or a day the sentence opens on, told before ("Earlier that day, the U.N. human rights office in
          // Geneva said it had received reports ... Spokesman Rupert Colville said the reports ...").
          // (Read from a little before the sentence: "U.N." may have cut it.)
          (s.said.basis !== 'publication' &&
            SAME_DAY_OPENING.test(text.slice(Math.max(paragraph.start, before.start - 40), s.verb.start)))),
    );
    if (body)
      statement.said = {
        ...body.said,
        note: `the day of the remark of the body its spokesman voices ("${clip(before.text)}")`,
      };
  }
}

const SAME_DAY_OPENING =
  /(?:^|[.!?]\s+)(?:(?:Earlier|Later)\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening)|(?:That|The\s+same)\s+(?:day|morning|afternoon|evening|night))\b/u;

/**
 * (s61) A body's remark with no day of its own, its spokesman's dated remark in the sentence right after ("The UN human
 * rights office said it had received reports that ... "The reports we are getting are deeply disturbing," X, the
 * office's spokesman, told a briefing in Geneva yesterday"): the same telling, on the spokesman's day (the converse of
 * dateBySpokesmanAfterBody). Only a spokesman described as the body's ("the office's spokesman", "its spokeswoman").
 */
function dateByBodyBeforeSpokesman(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  statements.forEach((statement, index) => {
    if (statement.said.basis !== 'publication' || statement.continuation || !pastSpeech(text, statement.verb)) return;
    if (isPersonSpeaker(article.gazetteer, statement.speaker)) return;
    const next = statements[index + 1];
    if (!next || next.paragraph !== statement.paragraph || !isPersonSpeaker(article.gazetteer, next.speaker)) return;
    if (next.said.basis === 'publication' || next.said.precision !== 'day') return;
    const words = `${next.speakerRole ?? ''} ${attributionWords(text, next)}`;
    if (!/\b(?:its|the\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+['’]s)\s+spokes(?:man|woman|person)\b/u.test(words)) return;
    const own = sentenceOf(article, statement.verb.start);
    const nextSentence = sentenceOf(article, next.verb.start);
    const before = nextSentence ? sentenceRightBefore(article, next.paragraph, nextSentence) : undefined;
    if (!own || !before || before.start !== own.start || daysIn(article, own).length > 0) return;
    statement.said = {
      ...next.said,
      note: `the day its spokesman spoke, in the sentence right after ("${clip(nextSentence?.text ?? '')}")`,
    };
  });
}

/**
 * (s52) A speaker's own body or aide that "added" in the sentence right after his dated remark, in his paragraph ("The
 * Dutch foreign minister, Bert Koenders, said in The Hague on Monday evening that ... His ministry added that the
 * Netherlands would give ..."): the same occasion, the day of the remark it adds to. Only an undated past "added"
 * (or "said too"), its subject a possessive pronoun and a body's or an aide's noun.
 */
function dateByOwnBodyAdding(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || statement.verb.lemma !== 'add' || statement.verb.participle) continue;
    const sentence = sentenceOf(article, statement.verb.start);
    const paragraph = article.paragraphs[statement.paragraph];
    if (!sentence || !paragraph || !OWN_BODY_SUBJECT.test(text.slice(sentence.start, statement.verb.start))) continue;
    const before = sentenceBefore(text, paragraph, sentence);
    if (!before) continue;
    const remark = statements.find(
      (s) => s !== statement && contains(before, s.verb) && s.said.basis !== 'publication' && s.said.precision === 'day',
    );
    if (remark) statement.said = { ...remark.said, note: `the day of the remark it adds to ("${clip(before.text)}")` };
  }
}
// "His ministry", "Her office", "Its spokesman", "Their aides" opening a sentence.
// (s62) Or the ministry by its name, after its minister's dated statement ("The External Affairs Minister, in a
// statement on Monday, welcomed the vote ... The Ministry of External Affairs added that ...").
const OWN_BODY_SUBJECT =
  /^\s*(?:(?:His|Her|Its|Their)\s+(?:ministry|office|department|government|embassy|mission|aides?|spokes(?:man|woman|person)|press\s+office|press\s+service|staff)|The\s+(?:[Mm]inistry|[Dd]epartment)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,4})?)\s+(?:also\s+|later\s+)?$/u;

// A gathering a story may open on: people come together at a place and time for a shared purpose. Unseen
// examples: "a candlelit memorial on the quay on Sunday", "a protest outside the embassy on Friday", "the funeral
// of the two medics on Tuesday". (s29) A church's service named as one by its kind ("an ecumenical service of
// prayer", unseen "a memorial service", "an interfaith service", "a service of remembrance"), never "service" alone
// (the ambulance service, the news service), nor "a prayer service" that a body holds or will hold, whose organiser
// speaks of it anywhere. (s34) A Mass, by its capital after an article or its kind ("a Mass for the
// crew on Sunday", "a requiem Mass on Friday", "the Sunday Mass"), never "mass graves" or "a mass exodus".
// (s35) An inauguration, an investiture, a swearing-in: a ceremony by its own noun.
// (s35) A sports match ("the derby match on Saturday", "a cup fixture"), which a crowd attends and players and managers
// speak after ("said after the match", unseen "after the game", "after the final whistle").
// (s65) A lecture or a talk, which an audience attends and its speaker addresses ("told a packed lecture theatre on
// Monday night"; unseen "gave a talk at the library on Friday"), a talk only after an article or a possessive, never
// "talks" (a negotiation's rounds).
// (s65) Prayers opening a sentence too ("Prayers for the town were said in churches across the country on Sunday.").
const GATHERING_NOUNS =
  "vigil|lecture|(?<=\\b(?:[Aa]|[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|\\p{L}+['’]s)\\s(?:\\p{Ll}+\\s)?)talk\\b(?!\\s+(?:of|about)\\b)|rally|protest|demonstration|march|funeral|burial|memorial|ceremony|concert|sit-in|gathering|commemoration|fundraiser|[Pp]rayers|inauguration|investiture|swearing-in|(?<=\\b(?:[Aa]|[Tt]he|[Tt]his|\\p{L}+['’]s|league|cup|home|away|football|friendly)\\s)(?:match|fixture)\\b|(?:memorial|ecumenical|interfaith|special|remembrance|thanksgiving)\\s+service|service\\s+of\\s+(?:prayer|remembrance|hope|solidarity|thanksgiving)|(?<=\\b(?:[Aa]|[Tt]he|[Ss]unday|[Rr]equiem|[Ss]pecial|[Mm]emorial|[Ff]uneral|[Mm]idnight|[Cc]hristmas)\\s)Mass\\b(?!\\s+(?:graves?|exodus|evacuations?|arrests?|killings?|atrocit|casualt|displacement|starvation))";
const GATHERING_NOUN = new RegExp(String.raw`\b(?:${GATHERING_NOUNS})\b`, 'u');
// Those at a gathering, as a remark's sentence names them: "told the crowd", "asked the mourners", "told the room"
// (unseen: "the audience", "the congregation", "the marchers"; s32 "told those gathered", "told the faithful",
// unseen "those present", "those assembled"), or the speaker among them ("who also attended"); (s34) "told the
// gathering" of a vigil the paragraph before set (unseen "addressed the gathering", "told the assembled").
// The nouns an audience is addressed by ("the crowd", "the congregation"); "the room" and "the assembled" also name
// those present, but no occasion (AUDIENCE_NOUN).
const AUDIENCE_NOUNS = 'crowd|audience|mourners|congregation|faithful|protesters|demonstrators|marchers|worshippers|gathering';
const ATTENDEES = new RegExp(
  String.raw`\b(?:the\s+(?:${AUDIENCE_NOUNS}|room|assembled)|those\s+(?:gathered|present|assembled)|who\s+(?:also\s+)?attended)\b`,
  'u',
);
// A remark set before, during or after a gathering by the gathering's own noun, which points back to the one the story
// set whatever word it was told by ("said after the service" of people who gathered at a church to pray, "he said
// after the sermon"; unseen: "during the mass", "at the end of the memorial"), or (s29) at it ("said at the
// gathering" of students who lit candles; unseen "told reporters at the vigil"), (s33) at its start ("who read a poem at
// the start of the vigil", unseen "spoke at the opening of the rally"), (s35) by one who came for it ("who flew to
// the capital for the ceremony"), or after an oath of office or on taking it.
const AT_THE_GATHERING_NOUN = new RegExp(
  String.raw`\b(?:(?:after|following|during|before|at|at\s+the\s+(?:end|close|start|beginning|opening)\s+of|(?:came|flew|travell?ed|arrived)\s+(?:[\p{L}'’-]+\s+){0,3}?for)\s+the\s+(?:\p{Ll}+\s+)?(?:${GATHERING_NOUNS}|service|sermon|prayer|mass|game|whistle|oath)|(?:on\s+)?taking\s+(?:his|her|their|the)\s+oath)\b`,
  'iu',
);
// (s70) A gathering by its noun after "the", whatever word the scene was told by: "one of the organizers of the vigil" of
// a story whose lead has students holding candles, "who led the prayers" of people gathered to pray (unseen "who
// helped organise the rally", "who spoke at the end of the memorial").
const THE_GATHERING_NOUN = new RegExp(String.raw`\bthe\s+(?:\p{Ll}+\s+)?(?:${GATHERING_NOUNS})\b`, 'u');
// A reporter's scene: "Students spent Thursday sorting coats" (unseen: "spent Sunday queueing", "spent the
// afternoon of Monday loading trucks"), where its place is named with an indefinite article ("at a warehouse").
const SCENE_SPENT = /\bspent\s+(?:the\s+\p{Ll}+\s+of\s+)?$/u;
// The place's noun is the first word after the article or the second ("at a warehouse near", "at a community hall",
// "In a community centre in X, ..." opening its sentence), or a bare plural ("at mosques in downtown Yangon").
const SCENE_PLACE =
  /\b(?:[Aa]t|[Ii]n|[Ii]nside|[Oo]utside)\s+(?:an?\s+|(?=\p{Ll}{3,}s\b))(\p{Ll}{4,})(?:\s+(?!(?:near|with|where|from|into|onto|over|when|that|which|while|across)\b)(\p{Ll}{4,}))?\b/u;

// A paragraph opening on a bullet: a summary box's or a list's item.
const BULLET_OPENING = /^\s*[•▪◦‣●■–*]\s/u;

const EDITORS_NOTE = /^\[[^\]]*\]$|^\(?(?:Editor['’]s\s+note|Note\s+from\s+the\s+editors?)\b/iu;

/**
 * A story's lead: its first `count` sentences, taken from its first `count` paragraphs of a dozen words or more (a
 * headline, a dateline or a byline on its own line is no lead). leadScene reads three, leadMeeting two.
 */
function leadSentences(article: ArticleAnalysis, count: number) {
  // (s55) Nor an editor's note in brackets ("[Editor's note: X teaches ... This post is part of our symposium.]").
  const prose = article.paragraphs.filter((p) => !isHeadline(article, p) && wordCount(p.text) >= 12 && !EDITORS_NOTE.test(p.text));
  // (s61) Nor a standfirst under the headline: the first such paragraph, under thirty words with no stop, comma or
  // colon anywhere, before another ("Syrians in the Emirates wait for news of families in the besieged east").
  const first = prose[0];
  if (first && prose.length > 1 && wordCount(first.text) < 30 && !/[.!?…;:,]/u.test(first.text)) prose.shift();
  // (s49) Nor a summary box's bullets over the story ("IN SUMMARY / • Moscow kills a French and Spanish draft ..."):
  // they restate the story without its days; the lead is the first paragraph of prose under them.
  const unbulleted = prose.filter((p) => !BULLET_OPENING.test(p.text));
  return (unbulleted.length > 0 ? unbulleted : prose)
    .slice(0, count)
    .flatMap((p) => splitSentences(article.text, p))
    .slice(0, count);
}

/**
 * A scene the text sets on a day, the nouns that point back to it (pointsToScene) and the paragraph that sets it.
 */
interface Scene {
  day: When;
  /** The gathering's noun ("vigil") or verb ("prayed"), pointing back to it wherever a sentence names it. */
  gathering: string | null;
  /** The nouns of the scene's place ("community", "hall" of "at a community hall"), pointing back after "the". */
  places: string[];
  paragraph: number;
  /** Where the scene's day is named. */
  at: Span;
}

// A noun after "the", or after "the" and one lower-case word: "the hall", "the community hall".
const THE_NOUN = /\bthe\s+(\p{Ll}+)\b(?:\s+(\p{Ll}+)\b)?/gu;

/**
 * Whether words point back to a scene: they name those at a gathering (ATTENDEES: "told the crowd", "who also
 * attended"), a gathering's noun after "after", "during" ("said after the service": AT_THE_GATHERING_NOUN), the
 * scene's gathering ("who helped plan the vigil", "who prayed in a separate hall") or its place after "the" ("said at
 * the hall"; "came to the mosque" of "at mosques", one noun in the singular or the plural).
 */
function pointsToScene(scene: Omit<Scene, 'paragraph' | 'at'>, words: string): boolean {
  if (ATTENDEES.test(words) || AT_THE_GATHERING_NOUN.test(words)) return true;
  if (scene.gathering && new RegExp(`\\b${escapeRegExp(scene.gathering)}\\b`, 'u').test(words)) return true;
  const atPlace = (noun: string | undefined) => noun !== undefined && scene.places.some((p) => sameNoun(p, noun));
  return [...words.matchAll(THE_NOUN)].some((m) => atPlace(m[1]) || atPlace(m[2]));
}

/** Whether two nouns are one, in the singular or the plural ("mosque", "mosques"; "church", "churches"). */
const sameNoun = (a: string, b: string) => a === b || a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`;

// People coming together at a scene, told by the verb: "about 80 people gathered outside the hall on Monday evening",
// "who gathered at the square on Thursday", "Hundreds of worshippers at mosques in downtown Yangon prayed for the
// people of Aleppo yesterday" (unseen: "Dozens gathered at a mosque on Friday", "some 200 supporters marched in a park
// on Sunday", "mourners had rallied at a community centre on Saturday"), or come somewhere to pray ("neighbours
// filled the chapel on Sunday to pray for the town"). Those placed at it by the same verb ("a teacher who prayed in a
// separate hall") point back to it.
// (s29) Candles lit at a place on a day are a vigil's ("Some sixty pupils lit candles by the harbour gate on
// Sunday night"; unseen "Mourners lit candles outside the embassy on Friday").
// (s55) So are candles held ("More than 400 students ... stood in the cold on the College Green Wednesday night, holding
// candles"; unseen "Mourners carried candles through the old town on Friday").
// (s35) An oath of office taken on a day is a ceremony ("was sworn in before the Assembly on Monday").
// (s35) A goal scored on a day sets the match as a scene ("Roe scored twice at the Riverside ground on Saturday").
// (s30) People who joined or attended a prayer, a mass or a service on a day ("Several thousand worshippers joined the
// prayer for the dead at the central mosque yesterday"; unseen "Hundreds attended Friday prayers at the mosque",
// "parishioners attended a special mass on Sunday"); not "joined the service" (a trade's, a state's).
const GATHERING_VERB =
  /\b(?:gathered|prayed|marched|rallied|mourned|scored|sworn\s+in|took\s+(?:the|his|her|their)\s+oath|to\s+pray|lit\s+candles|(?:holding|held|carrying|carried)\s+(?:up\s+)?candles|joined\s+(?:in\s+)?(?:the\s+)?(?:\p{Ll}+\s+)?prayers?|attended\s+(?:the\s+|an?\s+)?(?:\p{L}+\s+)?(?:prayers?|mass|service))\b/u;

/**
 * The scene a sentence (outside quotations) sets on a day a week or less before the article: a gathering
 * (GATHERING_NOUN) in the sentence that names the day (its place kept in the `body` of a story only), or people
 * gathering (GATHERING_VERB) at a place ("at a community hall", its noun after "at a"; "at mosques"), or a reporter's
 * scene ("spent Thursday sorting", its place the noun after "at a"). Null where it sets none.
 */
function sceneIn(article: ArticleAnalysis, sentence: Segment, body: boolean): Omit<Scene, 'paragraph'> | null {
  const { text } = article;
  const weekBefore = addDays(article.publishedOn, -7);
  const day = daysIn(article, sentence).find(
    (m) => m.when.date !== null && m.when.date >= weekBefore && m.when.date < article.publishedOn && !inDatelineHead(article, m),
  );
  if (!day) return null;
  // (s38) The scene is the clause of its day: another clause's gathering is another happening's ("A ceilidh ... last
  // Friday raised £4,650, and a vigil will be held ... on Saturday").
  const scope = outsideQuotations(article, clauseOf(text, sentence, day));
  // (s60) A gathering still to come ("The council will join local churches ... for a candlelit vigil ... on Saturday
  // evening") is no scene a remark was made at, whatever past day its weekday is read as.
  if (SCENE_TO_COME.test(scope)) return null;
  const place = SCENE_PLACE.exec(scope);
  const places = place ? place.slice(1).filter((x): x is string => Boolean(x)) : [];
  const gathering = GATHERING_NOUN.exec(scope);
  const at = { start: day.start, end: day.end };
  if (gathering) return { day: day.when, gathering: gathering[0], places: body ? places : [], at };
  const gathered = GATHERING_VERB.exec(scope);
  if (gathered) return { day: day.when, gathering: gathered[0], places, at };
  if (SCENE_SPENT.test(text.slice(sentence.start, day.start)) && place) return { day: day.when, gathering: null, places, at };
  // (s64) An evening at a venue the story names ("and then there was Sunday night at the Roundhouse"; unseen "Friday
  // evening at the Albert Hall was something else"): a show's scene, those at it pointed back to as "the crowd".
  if (EVENING_AT_VENUE.test(text.slice(day.start, sentence.end))) return { day: day.when, gathering: null, places: [], at };
  return null;
}

// (s64) A day's evening at a named place: "Sunday night at the Roundhouse", "Friday evening at Wembley".
const EVENING_AT_VENUE = /^[\p{L} ]{0,20}?\b(?:night|evening)\s+at\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+/u;

// A clause told in the future: "will join", "is to be held", "are due to gather", "plans to march".
const SCENE_TO_COME =
  /\b(?:will|shall|(?:is|are)\s+(?:to|due\s+to|set\s+to|expected\s+to|planning\s+to)|plans?\s+to|intends?\s+to)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+/u;

// Where one clause of a sentence ends and the next begins: a semicolon, or a comma before "and", "but" or "while".
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas)\s/gu;

/** The clause of a sentence that holds `span` (CLAUSE_BREAK), as a span of the article's text. */
function clauseOf(text: string, sentence: Span, span: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= span.start) start = at + m[0].length;
    else if (at >= span.end && at < end) end = at;
  }
  return { start, end };
}

/**
 * The scene a story's lead (its first three sentences of a dozen words or more, outside quotations) sets on a day
 * (sceneIn: a vigil, a rally, a reporter's "spent Thursday sorting" at a depot). Null where the lead sets none.
 */
function leadScene(article: ArticleAnalysis): Scene | null {
  const sentences = leadSentences(article, 3);
  for (const [index, sentence] of sentences.entries()) {
    if (inQuote(article, sentence)) continue;
    const scene = sceneIn(article, sentence, false);
    if (scene) return { ...scene, paragraph: 0 };
    const evening = eveningOpening(article, sentence, sentences[index + 1]);
    if (evening) return { day: evening.when, gathering: null, places: [], paragraph: 0, at: { start: evening.start, end: evening.end } };
  }
  return null;
}

// (s64) A lead sentence that opens on an evening ("On Sunday night he made an exception."; unseen "Last night she
// finally spoke.") and a sentence after it that names the show it was ("Collecting the prize at the North West Sports
// Awards at Manchester Central, ..."; unseen "at the gala", "at a benefit concert").
const EVENING_OPENING =
  /^(?:(?:Late\s+|Early\s+)?[Oo]n\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Ll]ast|[Yy]esterday)\s+(?:night|evening)\b/u;
const SHOW_NOUN = /\b(?:[Aa]wards|gala|gig|concert|premi[eè]re|screening)\b/u;

/**
 * (s64) The evening a lead sentence opens on (EVENING_OPENING, a day of the week before the article), where the next
 * sentence of the lead names a show or a gathering (SHOW_NOUN, GATHERING_NOUN) outside quotations and no day of its own:
 * the scene is that evening's show. Null otherwise.
 */
function eveningOpening(article: ArticleAnalysis, sentence: Segment, next: Segment | undefined): DateMention | null {
  if (!next || inQuote(article, next) || !EVENING_OPENING.test(sentence.text) || daysIn(article, next).length > 0) return null;
  const words = outsideQuotations(article, next);
  if (!SHOW_NOUN.test(words) && !GATHERING_NOUN.test(words)) return null;
  const weekBefore = addDays(article.publishedOn, -7);
  const day = daysIn(article, sentence)[0];
  return day &&
    day.start - sentence.start < 20 &&
    day.when.date !== null &&
    day.when.date >= weekBefore &&
    day.when.date < article.publishedOn
    ? day
    : null;
}

/**
 * The scenes a story sets in its body, after its lead, each in a sentence that reports nobody's speech, outside
 * quotations (sceneIn, gatherings told by their verb too: "In Lagos, about 150 people gathered at a community hall on
 * Friday evening", a section's "volunteers spent Friday evening at a community centre"), in the order told.
 */
function bodyScenes(article: ArticleAnalysis, statements: ExtractedStatement[]): Scene[] {
  const lead = leadSentences(article, 3).at(-1);
  const scenes: Scene[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    if (isHeadline(article, paragraph)) return;
    for (const sentence of splitSentences(article.text, paragraph)) {
      if ((lead && sentence.start <= lead.start) || inQuote(article, sentence) || inRemark(statements, sentence)) continue;
      const scene = sceneIn(article, sentence, true);
      if (scene) {
        scenes.push({ ...scene, paragraph: index });
        return;
      }
    }
  });
  return scenes;
}

/**
 * The scene that holds a remark of `paragraph`: the latest body scene before it, where every paragraph between holds
 * a remark (the run of remarks told at the scene; a paragraph of narration that reports nobody's speech moves the
 * story on and ends it) and none is a heading; else the lead's.
 */
function sceneOf(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
  scenes: Scene[],
  lead: Scene | null,
  paragraph: number,
): Scene | null {
  const body = scenes.filter((s) => s.paragraph <= paragraph).at(-1);
  if (!body) return lead;
  for (let index = body.paragraph + 1; index <= paragraph; index++) {
    const between = article.paragraphs[index] as Segment;
    if (SECTION_HEADING.test(between.text)) return null;
    if (index < paragraph && !statements.some((s) => s.paragraph === index)) return null;
  }
  return body;
}

/**
 * Whether a span names a day after `day` (and not after the article): a remark that tells of what happened on Monday
 * was made on Monday or later, so an occasion of Sunday that a rule would carry to it is not where it was made
 * ("MacAskill said the group had written to the MP on Monday", after a Sunday supper).
 */
function namesALaterDay(article: ArticleAnalysis, span: Span, day: When): boolean {
  // A dateline's day is where the story was filed, nothing the words tell of.
  return (
    day.date !== null &&
    daysIn(article, span).some((m) => m.when.date !== null && m.when.date > (day.date as string) && !inDatelineHead(article, m))
  );
}

// A day's occasion named right after it: ", at a news conference in Geneva", "at an emergency session".
const OCCASION_AFTER_DAY =
  /^,?\s+(?:at|during)\s+(?:a|an|the|his|her|its)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:news\s+conference|press\s+conference|briefing|interview|speech|address|session|summit|stakeout|stake-out)\b/u;
// What may stand before a paragraph's opening day: a place ("On Parliament Hill on Friday evening,"), "By", "Late".
const OPENING_BEFORE_DAY =
  /^(?:(?:On|At|In|Outside|Inside|Near|Across)\s+(?:the\s+)?\p{Lu}[^,.;:"“”]{0,50}?\s+)?(?:(?:By|Late|Early|By late|By early)\s+)?$/u;

/**
 * (s44) A paragraph that opens on its day ("On Parliament Hill on Friday evening, about 200 people held candles in the
 * cold.", "By Wednesday morning the assurance looked premature.") sets its scene on that day: a past-tense remark told
 * in a later sentence of that paragraph that nothing else dated was made then ("Rana Khoury, 29, ... said she had
 * watched the vote on her phone", "Rebel officials said militias had opened fire first"). Only the day opening the
 * paragraph's first sentence, with at most a place or "By" before it, where that sentence is no remark; not a remark
 * whose own sentence names another day.
 */
function dateByParagraphOpening(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || statement.continuation || !pastSpeech(text, statement.verb)) continue;
    const paragraph = article.paragraphs[statement.paragraph];
    if (!paragraph) continue;
    const opening = sentenceOf(article, paragraph.start);
    const own = sentenceOf(article, statement.verb.start);
    if (!opening || !own || own.start <= opening.start) continue;
    if (article.quotations.some((q) => contains(q, statement.verb))) continue;
    // A paragraph opening on another's remark of that day ("Late on Tuesday night, X told an emergency session ...") is
    // no scene: the day is that remark's.
    if (statements.some((s) => contains(opening, s.verb))) continue;
    const day = article.dateMentions.find(
      (m) =>
        contains(opening, m) &&
        isDayPoint(m) &&
        ((OPENING_BEFORE_DAY.test(text.slice(opening.start, m.start)) &&
          /^(?:,\s|\s+(?:the|a|an|about|some|more|hundreds|thousands|dozens|\p{Lu}))/u.test(text.slice(m.end, m.end + 14))) ||
          // (s54) Or a day the opening gives with the occasion it names ("His most talked-about moment came on 6
          // October, at a news conference in Geneva."): a person's remark told after it in the paragraph was made there.
          (isPersonSpeaker(article.gazetteer, statement.speaker) && OCCASION_AFTER_DAY.test(text.slice(m.end, m.end + 60)))),
    );
    if (!day || daysIn(article, own).length > 0) continue;
    statement.said = { ...day.when, note: `the day its paragraph opens on ("${clip(opening.text)}")` };
  }
}

// (s70) A meeting named by its day's possessive: a body's name that meets ("Thursday's European Council", "Monday's
// Foreign Affairs Council") or a meeting's noun ("Tuesday's summit", "Friday's emergency session").
const DAY_POSSESSIVE_MEETING =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+(?:(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Council|Summit|Conference)|(?:\p{Ll}+\s+)?(?:summit|meeting|session|conference|gathering))\b/u;
// (s70) A remark given to the outlet itself ("told us", "told the Briefing"): the writer's own day, no meeting's.
const TOLD_THE_OUTLET = /\btold\s+(?:us|me|this\s+\p{Ll}+|the\s+\p{Lu}[\p{L}-]*)\b/u;
// A newsletter's item opened by a dash or a bullet ("— At Monday's ...").
const ITEM_BULLET = /^\s*[—–•*-]\s/u;

/**
 * (s70) A section under its own heading ("SUMMIT READOUT: A MAYOR AT THE TABLE") whose first sentence names the meeting
 * it tells of by its day ("The most talked-about guest at Thursday's European Council was not a prime minister."): a
 * past-tense remark in it that nothing dated was made at that meeting, that day ("He told reporters on his way in",
 * "Tusk, at his closing press conference shortly before midnight, called ...", "On her way in, Merkel said"). Not one
 * given to the outlet ("one ambassador told us"), nor one in a later item of a list of items (a newsletter's dashes),
 * nor where the section's opening is itself a remark.
 */
function dateBySectionMeetingDay(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || !pastSpeech(text, statement.verb)) continue;
    // The section: back from the remark's paragraph to a heading, through paragraphs that open no new item.
    let first = statement.paragraph;
    while (first > 0) {
      const paragraph = article.paragraphs[first] as Segment;
      const before = article.paragraphs[first - 1] as Segment;
      if (ITEM_BULLET.test(paragraph.text) || (SECTION_HEADING.test(before.text) && !isHeadline(article, before))) break;
      first--;
    }
    const heading = article.paragraphs[first - 1];
    const opening = article.paragraphs[first];
    if (!heading || !opening || !SECTION_HEADING.test(heading.text) || isHeadline(article, heading)) continue;
    const sentence = sentenceOf(article, opening.start);
    if (!sentence || inQuote(article, sentence)) continue;
    const meeting = DAY_POSSESSIVE_MEETING.exec(sentence.text);
    if (!meeting) continue;
    const at = sentence.start + meeting.index;
    const day = daysIn(article, sentence).find((m) => m.start === at);
    if (!day || day.when.date === null || day.when.date >= article.publishedOn) continue;
    if (statements.some((s) => s !== statement && contains(sentence, s.verb))) continue;
    const own = sentenceOf(article, statement.verb.start);
    if (!own || daysIn(article, own).length > 0) continue;
    if (TOLD_THE_OUTLET.test(text.slice(own.start, own.end))) continue;
    placeAtOccasion(statement, { ...day.when, note: `made at the meeting its section opens on ("${clip(sentence.text)}")` });
  }
}

/**
 * (s65) A paragraph that opens on a day and a place and sets the speaker there ("At the harbour on Friday evening,
 * Haddad sat on a bollard with his phone in his hands.") sets the scene of the remark that opens the next paragraph
 * ("\"Nothing moves, nobody leaves,\" he said."): a past-tense remark of a person made that day. Only where the day
 * opens its sentence, with at most a place before it and a comma after, the speaker named after it; not where the
 * opening is another's remark of that day, nor where the rest of that paragraph, or the remark's own paragraph up to
 * its sentence, names a day.
 */
function dateByOpeningBefore(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const [index, statement] of statements.entries()) {
    if (statement.said.basis !== 'publication' || statement.continuation || !pastSpeech(text, statement.verb)) continue;
    if (!isPersonSpeaker(article.gazetteer, statement.speaker)) continue;
    const paragraph = article.paragraphs[statement.paragraph];
    const before = article.paragraphs[statement.paragraph - 1];
    if (!paragraph || !before || isHeadline(article, before)) continue;
    // The first remark of its paragraph only.
    if (statements.slice(0, index).some((s) => s.paragraph === statement.paragraph)) continue;
    const own = sentenceOf(article, statement.verb.start);
    if (!own || daysIn(article, { start: paragraph.start, end: own.end }).length > 0) continue;
    const opening = sentenceOf(article, before.start);
    if (!opening || inQuote(article, opening)) continue;
    const day = daysIn(article, opening).find(
      (m) => OPENING_BEFORE_DAY.test(text.slice(opening.start, m.start)) && /^,\s/u.test(text.slice(m.end, m.end + 2)),
    );
    if (!day || day.when.date === null || day.when.date >= article.publishedOn) continue;
    if (!namesSpeaker(article, statement.speaker, outsideQuotations(article, { start: day.end, end: opening.end }))) continue;
    if (statements.some((s) => contains(opening, s.verb) && s.said.date === day.when.date)) continue;
    if (daysIn(article, { start: opening.end, end: before.end }).length > 0) continue;
    statement.said = { ...day.when, note: `the day the paragraph before opens on, setting the speaker there ("${clip(opening.text)}")` };
  }
}

// (s61) A paragraph that opens on a sitting and its day, fronted before the subject ("At an emergency session of the
// Security Council last night, called by France and Britain, X told members ..."; unseen "During Friday's debate in
// the Assembly,").
const OPENING_SITTING =
  /^(?:At|During|In)\s+(?:an?|the|[\p{Lu}][\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:session|meeting|debate|sitting)\b[^.;:!?"“”]{0,120}?,/u;

/**
 * (s61) The remarks told in a paragraph that opens on a sitting of a body and its day (OPENING_SITTING) were made
 * there: "At an emergency session of the Security Council last night, ..., X told members ... Samantha Power ...
 * asked the Russian, Syrian and Iranian delegations whether ... François Delattre, the French ambassador, was
 * shorter: Aleppo, he said, would be remembered ...". Only past remarks with no day in their own sentence, the day in
 * the fronted phrase itself.
 */
function dateByOpeningSitting(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || statement.continuation || !pastSpeech(text, statement.verb)) continue;
    const paragraph = article.paragraphs[statement.paragraph];
    const opening = paragraph ? sentenceOf(article, paragraph.start) : null;
    const own = sentenceOf(article, statement.verb.start);
    if (!opening || !own || inQuote(article, own)) continue;
    const fronted = OPENING_SITTING.exec(opening.text);
    if (!fronted) continue;
    const phrase = { start: opening.start, end: opening.start + fronted[0].length };
    const days = daysIn(article, phrase).filter((m) => isDayPoint(m) && m.when.date !== null && m.when.date <= article.publishedOn);
    if (days.length !== 1 || (own.start !== opening.start && daysIn(article, own).length > 0)) continue;
    statement.said = { ...(days[0] as DateMention).when, note: `the day of the sitting its paragraph opens on ("${clip(opening.text)}")` };
  }
}

/**
 * A story that sets a scene on a day (leadScene: a vigil, a rally, a reporter's "spent Thursday sorting" at a depot,
 * in its lead; bodyScenes: people gathered at a hall, told further down): a person's past-tense remark that nothing
 * dated was made at that scene, on its day, where its own sentence or the sentence before it in its paragraph (no
 * other speaker's) points back to the scene ("who helped plan the vigil", "told the crowd", "said at the hall", "When
 * the vigil ended, ... She said", "Few in the depot were hopeful. X said"), or (s63) whose quoted words say "tonight"
 * at a scene of an evening (saysTonightAtEveningScene); the same speaker's remarks that continue it follow. A scene told in the body holds only the remarks near it (sceneOf); the lead's, the whole story's.
 */
function dateByScene(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const lead = leadScene(article);
  const scenes = bodyScenes(article, statements);
  if (!lead && scenes.length === 0) return;
  const { text } = article;
  let dated: ExtractedStatement | null = null;
  for (const statement of statements) {
    // A day only a dateline gives is where the story was filed, not where the remark was made: a scene's is.
    if (statement.said.basis !== 'publication' && !datelineDayOnly(article, statement)) continue;
    const scene = sceneOf(article, statements, scenes, lead, statement.paragraph);
    if (!scene) {
      dated = null;
      continue;
    }
    const note = `the day of the scene the story ${scene === lead ? 'opens on' : 'sets before it'} (${describeDay(scene.day.date as string)})`;
    const first = statement.evidence[0] as Span;
    const own = sentenceOf(article, Math.min(first.start, statement.verb.start));
    // A remark that tells of a day after the scene's was made after it, not there.
    // (s31) So does one whose own words tell of the scene ("X said some 300 people had marched in the square on
    // Saturday"): it reports the scene, it was not made there.
    if ((own && namesALaterDay(article, own, scene.day)) || statement.evidence.some((e) => contains(e, scene.at))) {
      dated = null;
      continue;
    }
    if (dated && statement.said.note?.startsWith('continues') && speakerKey(dated.speaker) === speakerKey(statement.speaker)) {
      statement.said = { ...scene.day, note };
      continue;
    }
    dated = null;
    if (!pastSpeech(text, statement.verb)) continue;
    // (s65) Others than a person (organisers, a group) only where their own sentence says they spoke at the
    // gathering ("Speaking at the vigil, organizers said ..."; unseen "the group said at the rally").
    if (
      speakerKind(article.gazetteer, statement.speaker) !== 'person' &&
      !(own && SPOKE_AT_GATHERING.test(outsideQuotations(article, own)))
    )
      continue;
    const paragraph = article.paragraphs[statement.paragraph];
    if (!own || !paragraph) continue;
    const before = sentenceBefore(text, paragraph, own);
    const othersIn = (x: Span) =>
      statements.some((s) => speakerKey(s.speaker) !== speakerKey(statement.speaker) && s.evidence.some((e) => contains(x, e)));
    // The remark's first sentence, and its verb's where the attribution closes a later one ("\"...\" said X after the service").
    const verbSentence = sentenceOf(article, statement.verb.start);
    const points =
      saysTonightAtEveningScene(article, statements, statement, scene) ||
      pointsToScene(scene, outsideTopic(article, own)) ||
      (verbSentence !== null && verbSentence.start !== own.start && pointsToScene(scene, outsideTopic(article, verbSentence))) ||
      (before !== undefined && !inQuote(article, before) && !othersIn(before) && pointsToScene(scene, outsideTopic(article, before))) ||
      setAtSceneBefore(article, statements, statement, scene) ||
      gatheringNamedBySpeaker(article, statement, verbSentence ?? own);
    if (!points) continue;
    statement.said = { ...scene.day, note };
    dated = statement;
  }
}

/**
 * (s70) Whether the words that present a speaker, in the sentence of the remark's verb outside what the remark reports
 * and outside quotations, name a gathering after "the" (THE_GATHERING_NOUN): the speaker's part in it ("said Qattan,
 * ... one of the organizers of the vigil", "A monk ..., who led the prayers, said"; unseen "X, who helped plan the
 * rally, said"). Not the remark's own words ("said the vigil began as an idea from a student"), which tell of it after,
 * nor a speaker whose words another relays inside a quotation.
 */
function gatheringNamedBySpeaker(article: ArticleAnalysis, statement: ExtractedStatement, sentence: Segment): boolean {
  if (inQuote(article, statement.verb) || !contains(sentence, statement.verb)) return false;
  // Reported words follow the verb ("X, who led the prayers, said the lamps were lit for the dead"): the words before it.
  // Nor a fronted topic or question ("Asked about the vigil, X said in parliament"): the remark was made elsewhere.
  const end = statement.kind === 'indirect' ? statement.verb.end : sentence.end;
  const words = outsideTopic(article, { start: sentence.start, end, text: article.text.slice(sentence.start, end) });
  return THE_GATHERING_NOUN.test(words);
}

// (s65) A speaking verb at a gathering by its noun: "Speaking at the vigil", "said at the rally", "told reporters at
// the memorial".
const SPOKE_AT_GATHERING = new RegExp(
  String.raw`\b(?:[Ss]peaking|said|told\s+(?:\p{Ll}+\s+)?\p{Ll}+)\s+at\s+the\s+(?:\p{Ll}+\s+)?(?:${GATHERING_NOUNS})\b`,
  'u',
);

/**
 * (s65) Whether a remark that opens its paragraph follows a paragraph of narration that sets the scene on its day and
 * puts the speaker there ("About 40 people gathered on Sunday night for a vigil on the church steps. Maria Lindqvist
 * lit a candle for her cousins." // "\"Since then, nothing,\" she said."; unseen "Prayers were said in churches on
 * Sunday. At the cathedral, X spoke after the service."): the speaker named after the scene's day, outside
 * quotations, in a paragraph that holds nobody's remark.
 */
function setAtSceneBefore(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
  statement: ExtractedStatement,
  scene: Scene,
): boolean {
  const previous = article.paragraphs[statement.paragraph - 1];
  if (!previous || !contains(previous, scene.at) || statements.some((s) => s.paragraph === statement.paragraph - 1)) return false;
  // The speaker's first remark of its paragraph, none of another's told before it outside quotations (a quoted
  // relative's words are his own).
  const earlier = statements.filter((s) => s !== statement && s.paragraph === statement.paragraph && s.verb.start < statement.verb.start);
  if (earlier.some((s) => speakerKey(s.speaker) === speakerKey(statement.speaker) || !inQuote(article, s.verb))) return false;
  return namesSpeaker(article, statement.speaker, outsideQuotations(article, { start: scene.at.end, end: previous.end }));
}

// (s63) The evening a speaker's own quoted words place him in: "tonight", "this evening".
const TONIGHT_QUOTED = /\b(?:tonight|this\s+evening)\b/iu;
// A scene's day told as an evening or a night: "Wednesday night", "late into Sunday night", "yesterday evening".
const EVENING_DAY = /^(?:\s+|\p{L}+\s+){0,2}?(?:night|evening)\b|\b(?:night|evening)$/iu;

/**
 * (s63) Whether a remark's own quoted words say "tonight" or "this evening" in a story whose scene is set on an evening
 * or a night before the article ("... held candles in the cold Wednesday night" // "\"We do not pray tonight because
 * ...,\" he said"; unseen "At a gathering in the square yesterday evening ... \"Tonight nobody is a stranger,\" X
 * said"): the speaker spoke that evening, at the scene, not on the day the story appeared. Not a scene of the day's
 * daylight ("on Saturday", "Sunday morning"), where "tonight" would be another evening; nor the words of one the story
 * has just reported in the present ("X says she has not heard from her cousins since Thursday." // "\"..., but
 * tonight the whole island prayed with us,\" she said"), told to the writer after the scene, as the story went out.
 */
function saysTonightAtEveningScene(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
  statement: ExtractedStatement,
  scene: Scene,
): boolean {
  const { text } = article;
  const dayWords = text.slice(scene.at.start, scene.at.end);
  if (!EVENING_DAY.test(dayWords) && !EVENING_DAY.test(text.slice(scene.at.end, scene.at.end + 16))) return false;
  const before = statements[statements.indexOf(statement) - 1];
  if (
    before &&
    speakerKey(before.speaker) === speakerKey(statement.speaker) &&
    before.paragraph >= statement.paragraph - 1 &&
    !pastSpeech(text, before.verb)
  )
    return false;
  return statement.evidence.some((e) => article.quotations.some((q) => contains(q, e)) && TONIGHT_QUOTED.test(text.slice(e.start, e.end)));
}

/** Whether a remark's sentence `own` points back to the scene that holds its paragraph (sceneOf, pointsToScene). */
function atScene(article: ArticleAnalysis, statements: ExtractedStatement[], statement: ExtractedStatement, own: Segment): boolean {
  const scene = sceneOf(article, statements, bodyScenes(article, statements), leadScene(article), statement.paragraph);
  return scene !== null && pointsToScene(scene, outsideTopic(article, own));
}

const NARRATIVE_NOTE = 'the day the story, told day by day, had reached';
// (s61) A clause "since" opens, still open before a day ("since Russia vetoed a French draft on").
const SINCE_CLAUSE_BEFORE = /\bsince\s+[^,;:.!?"“”]{0,90}$/u;

/** A day the narration names: where it is named and the day it is. */
interface NarrativeMark {
  start: number;
  paragraph: number;
  when: When;
  /** Whether the mention is a day the words name themselves ("On Tuesday"), not one counted from another. */
  point: boolean;
}

/**
 * The days a story names as it goes, in order, outside quotations (a day quoted is the speaker's), headlines and
 * datelines: a day-precise point ("On Tuesday", "Friday evening", "Dec. 13"), none "since" a day; and a day counted
 * from the one named before ("that afternoon", "the next day", "two days later"), resolved against it.
 */
function narrativeMarks(article: ArticleAnalysis): NarrativeMark[] {
  const { text } = article;
  const marks: NarrativeMark[] = [];
  let current: When | null = null;
  for (const m of article.dateMentions) {
    const paragraph = article.paragraphs.findIndex((p) => p.start <= m.start && m.end <= p.end);
    const home = article.paragraphs[paragraph];
    if (!home || isHeadline(article, home) || inQuote(article, m) || inDatelineHead(article, m)) continue;
    if (afterSince(text, m)) continue;
    // (s61) Nor a day in a clause "since" opens ("its first meeting on Aleppo since Russia vetoed a French draft on 8
    // October"): a day recalled, not one the story has reached.
    if (SINCE_CLAUSE_BEFORE.test(text.slice(Math.max(home.start, m.start - 100), m.start))) continue;
    let when: When | null = null;
    if (m.kind === 'point' && m.when.precision === 'day' && m.when.date !== null) when = m.when;
    else if (m.kind === 'anchored' && m.offsetMonths === undefined && !/\bdays?\s+(?:after|before)$/iu.test(m.text)) {
      // "a day after he said" counts from what follows it, not from the story's day.
      const resolved: When | null =
        m.when.precision === 'day' && m.when.date !== null ? m.when : current ? resolveAnchored(m, current) : null;
      when = resolved?.precision === 'day' && resolved.date !== null ? resolved : null;
    }
    if (!when) continue;
    marks.push({ start: m.start, paragraph, when, point: m.kind === 'point' });
    current = when;
  }
  return marks;
}

/**
 * Whether an article tells its story day by day: paragraphs in a row among those a day opens, each opened by the day
 * of the one before or one at most a week after it, naming three days or more ("That Monday, ...", "On Tuesday the
 * office said ...", "The answer, on Wednesday, was ...", "On Thursday, at last, ..."). A day opens a paragraph when it
 * is the first day the paragraph names, in its first sentence, after four words at most. A heading ("December 5:
 * Russia and China together") and a chronology's entry ("Dec. 13: ...", "Dec. 5 — ...") are the chronology rule's; a
 * recap that leaps from month to month or year to year ("On 8 October ... Two months later ...") is no story told day
 * by day.
 */
function toldDayByDay(article: ArticleAnalysis, marks: NarrativeMark[]): boolean {
  const { text } = article;
  const openings: string[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    const first = marks.find((m) => m.paragraph === index);
    const sentence = splitSentences(text, paragraph)[0];
    if (!first?.point || !sentence || first.start >= sentence.end || SECTION_HEADING.test(paragraph.text)) return;
    const date = first.when.date as string;
    const mention = article.dateMentions.find((m) => m.start === first.start);
    // (s52) A day named by its place beside the article's ("By last night", "Asked ... yesterday", "moves on today") is
    // a news story's, not a narration's steps.
    if (mention && DEICTIC_DAY.test(mention.text)) return;
    const end = mention?.end ?? first.start;
    if (/^\s*(?:[:—–]|\s-\s)/u.test(text.slice(end, paragraph.end))) return;
    if (wordCount(text.slice(sentence.start, first.start)) <= 4) openings.push(date);
  });
  let run: string[] = [];
  for (const day of openings) {
    const last = run.at(-1);
    run = last !== undefined && day >= last && day <= addDays(last, 7) ? [...run, day] : [day];
    if (new Set(run).size >= 3) return true;
  }
  return false;
}

/**
 * A story told day by day (a long read's "That Monday", "On Tuesday", "The answer, on Wednesday, was ...": see
 * toldDayByDay): a past-tense remark no words of its own date was made on the day the narration had reached where it
 * is told, the last day named before it, as a live blog entry's remark is made on the blog's day. The day carries on
 * through the paragraphs after it until another is named or a heading opens another section. A present or perfect
 * tense ("says", "has warned") and a bare "according to" give no day and stay for the undated form.
 */
function dateByNarrativeDay(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const marks = narrativeMarks(article);
  if (!toldDayByDay(article, marks)) return;
  // A heading that names no day ("What comes next") closes the day's story: its section is told from the article's day.
  const headings = article.paragraphs.filter((p) => SECTION_HEADING.test(p.text) && !isHeadline(article, p));
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || !pastSpeech(article.text, statement.verb)) continue;
    const from = Math.min(statement.verb.start, ...statement.evidence.map((e) => e.start), ...statement.attribution.map((a) => a.start));
    const mark = marks.filter((m) => m.start < from).at(-1);
    // (s60) Not past a later day the remark's own words name ("The operation was halted this morning, the ICRC said",
    // "Diplomats said the Council would vote on it on Monday"): it was made then or after.
    if (mark && statement.evidence.some((e) => namesALaterDay(article, e, mark.when))) continue;
    if (mark && !headings.some((h) => mark.start < h.start && h.end <= from))
      statement.said = { ...mark.when, note: `${NARRATIVE_NOTE} (${describeDay(mark.when.date as string)})` };
  }
}

// A relative clause still open at the end of the text before a day; a comma inside a number ("90,000") ends none.
const RELATIVE_CLAUSE_TAIL = String.raw`\b(?:[^,;:.]|(?<=\d)[,.](?=\d))*$`;
const RELATIVE_BEFORE = new RegExp(String.raw`\b(?:who|which|whose)${RELATIVE_CLAUSE_TAIL}`, 'u');
const RELATIVE_OR_THAT_BEFORE = new RegExp(String.raw`\b(?:who|which|whose|that)${RELATIVE_CLAUSE_TAIL}`, 'u');

const PLACE_PREPOSITION = /\b(?:in|from|at)\s+(?:the\s+)?$/iu;
const LOCATION_RANK: Record<string, number> = { venue: 6, neighborhood: 5, village: 5, district: 4, city: 3, region: 2, country: 1 };

// What opens the words that set a remark after its verb: a preposition or a time ("said in Geneva", "said at a briefing
// in Moscow", "said on taking office in Lakehaven", "announced late on Monday in Oslo").
const SETTING_OPENER =
  /^\s*,?\s*(?:in|at|from|on|by|during|after|before|while|when|late|early|later|earlier|yesterday|today|tonight|last|this|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/iu;

/**
 * (s30) Whether a place after a remark's verb is where the remark was made: in the words that set it, a preposition or a
 * time right after the verb ("said in Geneva", "said at a briefing in Moscow"), after whom it was told ("told reporters
 * in Geneva", "told his weekly news conference in Tehran"), or in a participle of speaking after an inverted speaker
 * ("said X, speaking by telephone from Y"); never in the verb's object ("called the suffering in Valmora \"a stain\"",
 * "said the war in Norland", "condemned the attack in Y"), nor after what opens the words reported ("told members
 * that ... in Y", "said what happened in Y"). A place before the verb is the attribution's, as read before.
 */
export function settingAfterVerb(text: string, verb: Span, place: Span): boolean {
  if (place.start < verb.end) return true;
  const between = text.slice(verb.end, place.start);
  if (/\b(?:that|whether|what|how|why|if)\b|["“”]/iu.test(between)) return false;
  if (SETTING_OPENER.test(between)) return true;
  if (
    /^\s+(?:[\p{L}.'’-]+\s+){1,10}(?:in|at|from)\s+(?:the\s+)?$/u.test(between) &&
    /^(?:told|tells|tell)\b/iu.test(text.slice(verb.start, verb.end))
  )
    return true;
  return /\b(?:speaking|talking|writing)\b[^;:]*$/iu.test(between);
}

/** Whether a span lies inside one of the article's quotations (a day quoted is the speaker's, not the remark's). */
function inQuote(article: ArticleAnalysis, span: Span): boolean {
  return article.quotations.some((q) => contains(q, span));
}

/** Whether a sentence is quoted words only, the marks aside: no letter of it stands outside a quotation. */
function quotedOnly(article: ArticleAnalysis, sentence: Span): boolean {
  const { text } = article;
  let outside = '';
  let from = sentence.start;
  for (const q of article.quotations.filter((x) => x.end > sentence.start && x.start < sentence.end)) {
    outside += text.slice(from, Math.max(from, q.start));
    from = Math.max(from, q.end);
  }
  return !/\p{L}/u.test(outside + text.slice(Math.min(from, sentence.end), sentence.end));
}

/** Whether a span overlaps a statement's words (a day told there may be what was said, not when or where). */
function inRemark(statements: ExtractedStatement[], span: Span): boolean {
  return statements.some((s) => s.evidence.some((e) => overlaps(e, span)));
}

/** The sentence before `sentence` in its paragraph, if any. */
function sentenceBefore(text: string, paragraph: Segment, sentence: Span): Segment | undefined {
  return splitSentences(text, paragraph)
    .filter((x) => x.end <= sentence.start)
    .at(-1);
}

/**
 * The sentence right before a remark's `sentence`: the one before in its paragraph (the `index`th), or for a remark
 * that opens its paragraph the last of the paragraph before (the occasion told in one paragraph, the words in the next).
 */
function sentenceRightBefore(article: ArticleAnalysis, index: number, sentence: Span): Segment | undefined {
  const paragraph = article.paragraphs[index];
  const previous = article.paragraphs[index - 1];
  return (
    (paragraph ? sentenceBefore(article.text, paragraph, sentence) : undefined) ??
    (previous ? splitSentences(article.text, previous).at(-1) : undefined)
  );
}

/** The sentence of the article that holds a position, if any. */
function sentenceOf(article: ArticleAnalysis, position: number): Segment | null {
  const paragraph = article.paragraphs.find((p) => p.start <= position && position < p.end);
  if (!paragraph) return null;
  return splitSentences(article.text, paragraph).find((x) => x.start <= position && position < x.end) ?? null;
}

/**
 * "Speaking by telephone on Wednesday, he recalled that X had told ... A month on, he said, ...": the relaying
 * clause's day dates the relayer's own undated remarks that follow in its paragraph.
 */
function dateByRelaySetting(article: ArticleAnalysis, statements: ExtractedStatement[], relayed: RelaySetting[]): void {
  for (const setting of relayed) {
    const day = article.dateMentions
      .filter(
        (m) =>
          m.kind === 'point' &&
          m.when.precision === 'day' &&
          setting.clause.start <= m.start &&
          m.end <= setting.clause.end &&
          !inQuote(article, m),
      )
      .at(-1);
    if (!day) continue;
    for (const statement of statements) {
      const first = statement.evidence[0] as Span;
      if (statement.paragraph !== setting.paragraph || first.start < setting.clause.end) continue;
      if (speakerKey(statement.speaker) !== speakerKey(setting.speaker) || statement.said.basis !== 'publication') continue;
      statement.said = { ...day.when, note: `the day of the setting in which the speaker relayed another's words` };
    }
  }
}

/**
 * The day each statement was made: a date in its own attribution ("said Friday", "a day after he said"); else,
 * for a statement that continues the same speaker's remarks, their date; else the article's date.
 */
function assignDatesAndPlaces(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  let previous: ExtractedStatement | null = null;
  for (const statement of statements) {
    const verb = statement.verb;
    const inAttribution = (span: Span) => statement.attribution.some((a) => a.start <= span.start && span.end <= a.end);
    // "said X, a surgeon who left in December": a day inside a relative clause about the speaker is not the remark's.
    // ... unless that clause says when the speaker spoke ("Ms. Sandvik, who spoke to the same audience on Friday, told").
    // ... nor when the relative clause holds the remark's own verb ("Mr. Ostrov, who had told reporters in Riga on
    // Tuesday that", "according to the office, which said on Friday that"). A comma inside a number ("90,000") ends
    // no clause.
    const inRelative = (m: Span) => {
      const from = Math.max(0, m.start - 200);
      const before = text.slice(from, m.start);
      // Before the verb, "that" opens one too ("The council, the body that ran the district until last month, said").
      const relative = (m.end <= verb.start ? RELATIVE_OR_THAT_BEFORE : RELATIVE_BEFORE).exec(before);
      if (!relative || (from + relative.index < verb.start && verb.end <= m.start)) return false;
      // (s44) The relative clause's own verb, right after its day: "John Kerry, who on Friday called for Russia ... to be
      // investigated" was said that day.
      if (m.end <= verb.start && /^\s*$/u.test(text.slice(m.end, verb.start)) && /\b(?:who|which)\s+$/u.test(before)) return false;
      // (s33) ... nor where the clause tells of the contact whose words its participle gives, the day between ("who said
      // her uncle had sent her a text on Friday saying the bridge was open"): the message's day.
      const clause = text.slice(from + relative.index, verb.start);
      if (m.end <= verb.start && /ing$/u.test(verb.text) && !/[,;:.]/u.test(text.slice(m.end, verb.start)) && CONTACT.test(clause))
        return false;
      // (s61) ... nor where the clause tells the gathering the speaker attended and the verb says he spoke "there" ("X,
      // who attended a meeting in Paris on Saturday of foreign ministers ..., told reporters there that").
      if (
        m.end <= verb.start &&
        /\bwho\s+(?:attended|chaired|hosted|joined|took\s+part\s+in)\b[^;:.]*$/u.test(before) &&
        /^\s+(?:\p{Ll}+\s+){0,2}there\b/u.test(text.slice(verb.end, verb.end + 30))
      )
        return false;
      return !/\bwho\s+(?:spoke|addressed|was\s+speaking)\b[^,;:.]*$/u.test(before);
    };
    // A day in a fronted clause that names the remark's topic ("Referring to the raid on Saturday on the depot, X
    // said", "Commenting on Monday's vote", "Recalling the veto of 5 December") is the topic's, not the remark's.
    // (s66) ... nor one in such a clause trailing the verb after a comma ("X said in her opening remarks, referring
    // to the drafts that fell on October 8"; unseen "she said, recalling the raid on Sunday").
    const topical = (m: Span) => {
      const sentence = sentenceOf(article, m.start);
      if (m.start >= verb.end) return TOPIC_TRAILING.test(text.slice(verb.end, m.start));
      return sentence !== null && m.end <= verb.start && TOPIC_OPENING.test(text.slice(sentence.start, m.start));
    };
    // ... nor is a day after the verb in a content clause told in the past perfect ("The envoy said his capital had warned the
    // sponsors on Friday that ..."): the day of what was reported, not of the remark; unless the speaker is that
    // clause's subject, a remark relayed ("An aide said Ms. Sandvik had told the premier during Wednesday's call that ...").
    // Nor a day a participle of the content's subject gives it (s22; indiconews, altiplanoherald: "said the
    // resolution, adopted by all 15 members in New York on Monday, showed", "said the texts put to the vote on Saturday
    // were"): the vote's day, not the remark's.
    const token = speakerToken(article, statement.speaker);
    // (s34) ... nor where the verb is a teller's aside set off by commas right after the speaker's own subject ("Their
    // son, she said, had written on Sunday that ..."): the clause is the speaker's, its day the contact's.
    const tellersAside =
      token.length > 2 &&
      /^\s*,/u.test(text.slice(verb.end)) &&
      new RegExp(String.raw`\b${escapeRegExp(token)},\s*(?:he|she|they|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+$`, 'u').test(
        text.slice(Math.max(0, verb.start - 80), verb.start),
      );
    const reported = (m: Span) => {
      const between = text.slice(verb.end, m.start);
      if (m.start < verb.end || (token.length > 2 && between.includes(token)) || tellersAside) return false;
      // (s69) ... or a day closing the subject of a clause the verb reports, right before that clause's own verb ("said
      // that Norland's veto of the text on Monday of last week had left the city", unseen "told reporters that the raid
      // on Sunday was"): the veto's or the raid's day.
      const ownVerbAfter = /\bthat\s/u.test(between) && CONTENT_VERB_AFTER_DAY.test(text.slice(m.end, m.end + 12));
      return /\bhad\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u.test(between) || SUBJECT_PARTICIPLE.test(between) || ownVerbAfter;
    };
    // A day inside quotation marks is the quoted words' own, unless the remark's verb stands in the same quotation: a
    // message relayed inside the relayer's words is attributed there ("\"He called me on Saturday and said, '...'\"").
    // Not "this morning" or "last night" there, which count from the relayer's day (dateByRelayedContact).
    const quoted = (m: DateMention) => article.quotations.some((q) => contains(q, m) && (!contains(q, verb) || DEICTIC_DAY.test(m.text)));
    // "N days after/before ..." dates the clause it opens: the remark only where the verb stands in that clause ("a
    // day after he said"); "Speaking two days after he was sworn in, Alfano said" dates his swearing-in, not the remark.
    const otherClause = (m: DateMention) =>
      m.opensClause === true && (verb.start < m.end || /[,;:—–.]/u.test(text.slice(m.end, verb.start)));
    // "Rebels accused the army of breaking the truce announced on Tuesday; the ministry said ...": a day before a
    // semicolon is its own clause's, not that of a remark whose verb comes after it.
    const beforeSemicolon = (m: Span) => m.end <= verb.start && text.slice(m.end, verb.start).includes(';');
    // (s32) "according to X" closing what it reports has no day of its own before it: in "The ferry stopped running
    // on 3 December, according to X, a clerk at the port" the day is the ferry's, not a remark's.
    const reportedBeforeSource = (m: Span) => verb.lemma === 'according to' && m.end <= verb.start;
    // ... nor a day's possessive opening the words reported right after the verb ("said Wednesday's vote in the
    // Assembly was \"a small victory\"", unseen "said that Monday's attack was a crime"), not when it was said; one
    // after a preposition is the occasion's ("said after Monday's vote", "during Wednesday's call").
    // (s33) Nor a weekday naming a weekly observance there ("said Friday prayers at the mosque would be offered for",
    // unseen "said Sunday services across the diocese would"): the observance, not a day of the remark.
    // (s69) ... a pronoun's own verb between too ("said he welcomed last Friday's vote", unseen "said she regretted
    // Monday's veto"): what the speaker welcomed, not when he spoke.
    const possessiveAfterVerb = (m: Span) =>
      CONTENT_BEFORE_POSSESSIVE.test(text.slice(verb.end, Math.max(verb.end, m.start))) &&
      m.start >= verb.end &&
      (/^['’]s\b/u.test(text.slice(m.end, m.end + 3)) || WEEKLY_OBSERVANCE.test(text.slice(m.end, m.end + 20)));
    // (s45) "Sergei Lavrov announced the halt on Thursday, saying about 8,000 people would be let out": the day of the
    // verb's own clause, right before the participle that gives the words, is the remark's too.
    const beforeParticiple = (m: Span) =>
      m.start >= verb.end &&
      m.start - verb.end <= 60 &&
      !/[,;:.!?"“”]/u.test(text.slice(verb.end, m.start)) &&
      /^\s*,\s+(?:saying|adding|warning|noting|arguing|insisting|stressing|declaring)\b/u.test(text.slice(m.end, m.end + 20));
    // (s51) Nor the day of a happening a "since" phrase counts from ("the vote was Cuba's first since the death of
    // Fidel Castro on Nov. 25, and diplomats said"), the verb outside the phrase.
    const sinceHappening = (m: Span) =>
      (m.end <= verb.start || m.start >= verb.end) &&
      /\bsince\s+(?:the|a|an|his|her|its|their)\s+[^,;:.!?"“”]{0,70}?\bon\s+$/iu.test(text.slice(Math.max(0, m.start - 90), m.start)) &&
      !(m.end <= verb.start && !/[,;]/u.test(text.slice(m.end, verb.start)) && verb.start - m.end < 3);
    // (s53) Nor the day a participle gives the text it follows, before the verb ("Asked whether the Council had acted too
    // late, after the draft vetoed by Russia and China on 5 December, the Spokesman recalled"; unseen "After the
    // resolution adopted on Monday, X said"): the text's day.
    const textsParticiple = (m: Span) =>
      m.end <= verb.start &&
      PARTICIPLE_OF_TEXT.test(
        `${text.slice(Math.max(0, m.start - 90), m.start)}${/^on\s/iu.test(text.slice(m.start, m.end)) ? 'on ' : ''}`,
      );
    // (s69) Nor a day of the clause a relative clause holding the verb hangs on ("On Sunday, Russia had threatened to
    // veto the first version, which diplomats said did not mention"; unseen "called the same day for a meeting, which
    // diplomats said would be held"): the threat's or the call's day, not the remark's.
    const relativeVerb = RELATIVE_SPEAKER_BEFORE_VERB.exec(text.slice(Math.max(0, verb.start - 60), verb.start));
    const outsideRelative = (m: Span) => relativeVerb !== null && m.end <= verb.start - relativeVerb[0].length;
    const mentions = article.dateMentions.filter(
      (m) =>
        (inAttribution(m) || beforeParticiple(m)) &&
        !outsideRelative(m) &&
        !beforeSemicolon(m) &&
        !textsParticiple(m) &&
        !reportedBeforeSource(m) &&
        !possessiveAfterVerb(m) &&
        !happeningsDay(text, verb, m) &&
        !quoted(m) &&
        !inRelative(m) &&
        !topical(m) &&
        !reported(m) &&
        !otherClause(m) &&
        !sinceHappening(m) &&
        !interrupted(article, m, verb),
    );
    mentions.sort((a, b) => distance(a, verb) - distance(b, verb));
    // A day: "since Nov. 15" says how long something has lasted, and a month ("the Council's president for
    // December", "said in November") or a week ("last week") is no single day.
    const since = (m: DateMention) => m.kind === 'span' && afterSince(text, m);
    // (A month counted from another, "two months later", "at the end of the month", is no day either.)
    const isDay = (m: DateMention) =>
      (m.kind === 'anchored' && m.offsetMonths === undefined) ||
      (m.when.precision === 'day' && !since(m) && !(m.kind === 'span' && /\bweek\b/iu.test(m.text)));
    // (s66) A day of a relative clause about the speaker that tells when he spoke elsewhere yields to the verb's own day
    // after it ("X, who spoke by telephone with Y on Wednesday, told officials in Ankara on Thursday that ...").
    const relativeThenOwn = (m: DateMention) =>
      m.end <= verb.start &&
      /^[^;:.!?"“”]*,\s*$/u.test(text.slice(m.end, verb.start)) &&
      RELATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 200), m.start));
    const firstDay = mentions.find(isDay);
    const own =
      (firstDay && relativeThenOwn(firstDay)
        ? mentions.find((m) => isDay(m) && m.start >= verb.end && m.kind !== 'anchored')
        : undefined) ??
      firstDay ??
      dayAfterCount(article, statement) ??
      dayAfterQuotation(article, statement) ??
      dayOfOwnOccasion(article, statement) ??
      dayOfClosingOccasion(article, statement) ??
      dayOfCoordinatedVerb(article, statement) ??
      dayBeforeSecondVerb(article, statement);
    // ... and a week or month right at the verb ("said last week", "told the Council in November") leaves the remark
    // with no day (the curation rule), where nothing else dates it: right at it, or after the body or outlet it
    // addresses (s35: "told the Security Council last month", "told Parliament in November").
    const atVerb = (m: DateMention) =>
      distance(m, verb) <= 12 || (m.start >= verb.end && ADDRESSEE_BEFORE_DAY.test(text.slice(verb.end, m.start)));
    // (s57) Not a time in the question a fronted "Asked whether ..." puts ("Asked whether he would raise Aleppo with
    // Putin during the summit later this month, Kishida said"): the question's, not the answer's.
    const inQuestionPut = (m: DateMention) =>
      m.end <= verb.start &&
      /(?:^|[.!?]["”]?\s+|\n)Asked\s+(?:whether|if|about|how|what|why|when)\b[^.!?\n]*$/u.test(
        text.slice(Math.max(0, m.start - 300), m.start),
      );
    const vague = mentions.find((m) => !isDay(m) && !since(m) && m.when.precision !== 'year' && atVerb(m) && !inQuestionPut(m));
    if (!own && vague && !statement.continuation) {
      statement.said = {
        date: null,
        precision: 'unknown',
        basis: 'relative',
        note: `"${vague.text}" gives no single day for the remark`,
      };
    } else if (own && !statement.continuation) {
      if (own.kind === 'anchored') {
        // "that evening", "hours earlier": the day the text gave last; "a day after she spoke": the remark before, where
        // the text dated it (a remark dated only by the article is no anchor: "... on 15 December. "...," X told
        // reporters the next day" counts from the 15th).
        // (s65) ... unless the text names a newer day between that remark and this one ("Kerry said on Wednesday ... .
        // Talks resumed last Saturday in Lausanne ... Kerry told reporters in London the next day"): the day just told.
        const sameDay = own.offsetDays === 0 && own.offsetMonths === undefined;
        const told = lastPointMention(article, own.start);
        const toldSince = told !== undefined && previous !== null && told.start >= previousSentenceEnd(article, previous);
        const anchor =
          previous?.said.precision === 'day' && previous.said.basis !== 'publication' && !sameDay && !toldSince
            ? previous.said
            : (told?.when ?? publicationWhen(article.publishedOn, 'the article date'));
        statement.said = resolveAnchored(own, anchor);
      } else statement.said = own.when;
    } else if (
      previous &&
      // (s68) A principal's words a spokesperson passed on continue none of the principal's own remarks before: the
      // telling dates them ("X said yesterday ... . His spokesman, Y, told the paper that the minister regarded ...");
      // the spokesperson's next remark continues the telling ("... was appalled, his spokesman told a briefing on
      // Tuesday. The office had documented ...").
      continuesRemark(article, previous, statement) &&
      statement.paragraph - previous.paragraph <= 3 &&
      !letterRequest(text, previous)
    ) {
      statement.said = inherit(previous.said);
      statement.place ??= previous.place;
    } else {
      statement.said = publicationWhen(
        article.publishedOn,
        `no date given for the remark; the article's date (${describeDay(article.publishedOn)})`,
      );
    }
    // "in Geneva", "from Rome": a place of the attribution, not one after a dash ("— echoed by diplomats from France"),
    // nor (s30) one in what the verb takes or reports (settingAfterVerb), nor (s55) a delegate's post ("Britain's
    // ambassador in Geneva": POSTED_IN).
    const places = article.locationMentions.filter(
      (m) =>
        inAttribution(m) &&
        !inQuote(article, m) &&
        settingAfterVerb(text, verb, m) &&
        PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
        !POSTED_IN.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
        !/\s[—–]\s|\s--\s/u.test(text.slice(Math.min(m.end, verb.end), Math.max(m.start, verb.start))),
    );
    places.sort((a, b) => (LOCATION_RANK[b.kind] ?? 0) - (LOCATION_RANK[a.kind] ?? 0));
    if (places[0]) statement.place = places[0].id;
    previous = statement;
  }
}

// What may stand between a speech verb and a day's possessive opening what it reports: "that", and (s69) a pronoun
// and its own verb ("said he welcomed last Friday's vote").
const CONTENT_BEFORE_POSSESSIVE = /^\s+(?:that\s+)?(?:(?:he|she|they|it|we|I)\s+(?:also\s+)?\p{Ll}+ed\s+)?$/u;

// (s69) A gathering after a day's possessive: "'s meeting", "'s emergency session", "'s news conference", "'s
// morning Mass".
const POSSESSIVE_GATHERING =
  /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|session|sitting|debate|briefing|conference|summit|hearing|rally|vigil|service|[Mm]ass|prayers?|sermon|liturgy|ceremony|march|protest|concert|gathering|interview)\b/u;

// (s69) A finite verb of a content clause right after a day closing its subject: "the veto on Monday had left".
const CONTENT_VERB_AFTER_DAY = /^\s+(?:had|has|have|was|were|is|are|would|will)\b/u;

// (s69) A relative clause after a comma whose subject is the speaker, right before the verb: ", which diplomats",
// ", which the ministry", ", which Western officials"; not in the past perfect (", which X had described as"): a
// remark told as made by the day of the clause it hangs on.
const RELATIVE_SPEAKER_BEFORE_VERB = /,\s+which\s+(?:the\s+)?(?:(?!(?:had|has|have)\s)[\p{L}'’-]+\s+){1,3}$/u;

// A weekly observance named by its weekday ("Friday prayers", "Sunday services", "Sunday Mass", "Sunday school").
const WEEKLY_OBSERVANCE = /^\s+(?:prayers?|services?|sermons?|[Mm]ass(?:es)?|worship|liturgy|school)\b/u;

// A content clause's subject right after a speech verb, then a participle of its own (a reduced relative clause:
// "the resolution, adopted by all 15 members in", "the texts put to the vote in"; unseen: "the convoy, stopped at the
// checkpoint on", "the talks held in Geneva on"). Not the verb's setting ("in a statement issued on", "told the
// Senate on"): that opens with a preposition or has no participle.
// (s53) A text or vote and the participle that gives its day, before the day: "the draft vetoed by Russia and China on",
// "the resolution adopted unanimously on", "the text put to the vote on".
const PARTICIPLE_OF_TEXT =
  /\b(?:draft|drafts|resolution|resolutions|text|texts|motion)\s+(?:(?:vetoed|adopted|passed|rejected|blocked|defeated|approved)|put\s+to\s+(?:the\s+|a\s+)?vote)\b[^,;:.!?"“”]{0,50}?\bon\s+$/u;
// (s55) The participle after a noun, not an adjective right after the article ("told a packed lecture theatre on
// Monday night that", unseen "told a crowded hall on Friday").
const SUBJECT_PARTICIPLE =
  /^\s+(?:that\s+)?(?:the|a|an|its|their|his|her)\s+(?:(?:[\p{L}'’-]+\s+){1,3}?(?:[\p{L}'’-]+,\s+)?|[\p{L}'’-]+,\s+)(?:\p{Ll}{2,}ed|put|held|made|taken|given|won|sent|written|drawn|brought|cast|struck|shot|begun)\b/u;

// The words closing a sentence after a quotation its verb opened, that say how, where or when it was said: "in a
// message on Telegram on Sunday evening", "at a news conference on Monday", "late on Tuesday" (unseen: "on state
// television on Sunday", "during a visit to Oslo on Wednesday", "in an interview on Monday").
const CLOSING_SETTING = /^\s*(?:in|on|at|during|late|early|yesterday|last|while|when)\b/iu;

/**
 * The day in the words that close a remark's sentence after its quotation, where the verb stands before the quotation
 * and no other clause follows it ("X called the vote \"a farce\" in a message on Telegram on Sunday evening", "Y
 * described it as \"a trap\" at a news conference on Monday"): the setting of the verb, as "said on Friday" is. Not
 * a day after "and" or another verb ("..., and the talks resumed on Monday"), nor one in a quotation.
 */
function dayAfterQuotation(article: ArticleAnalysis, statement: ExtractedStatement): DateMention | undefined {
  const { text } = article;
  const { verb } = statement;
  const sentence = sentenceOf(article, verb.start);
  if (!sentence) return undefined;
  const quote = article.quotations.find((q) => q.start >= verb.end && q.end <= sentence.end);
  if (!quote || wordCount(text.slice(verb.end, quote.start)) > 8) return undefined;
  const tail = text.slice(quote.end, sentence.end);
  if (!CLOSING_SETTING.test(tail.replace(/^["”’'.,]+/u, ''))) return undefined;
  return daysIn(article, { start: quote.end, end: sentence.end }).find((m) => {
    const before = text.slice(quote.end, m.start);
    return wordCount(before) <= 10 && !/\band\b|[,;]/u.test(before) && !afterSince(text, m);
  });
}

/**
 * (s61) The day right after the count a speaker "put" a number at ("Turkey's foreign minister, X, put the figure at
 * 20,000 on Sunday, a number no agency could confirm"): the estimate's telling, as a day after the verb is.
 */
function dayAfterCount(article: ArticleAnalysis, statement: ExtractedStatement): DateMention | undefined {
  const { text } = article;
  const { verb } = statement;
  if (verb.lemma !== 'put') return undefined;
  const sentence = sentenceOf(article, verb.start);
  if (!sentence) return undefined;
  return daysIn(article, { start: verb.end, end: sentence.end }).find(
    (m) => isDayPoint(m) && COUNT_THEN_DAY.test(text.slice(verb.end, m.start)),
  );
}
// The count a verb puts a number at, then the day ("the figure at 20,000 on").
const COUNT_THEN_DAY =
  /^[^,;:.!?"“”]{1,60}?\bat\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|at\s+least\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:on\s+)?$/u;

// (s53) An occasion set off by a comma at the end of a reported remark's sentence: ", in remarks to reporters on Monday",
// ", speaking to reporters on Monday", ", in an interview with the BBC on Monday", ", at a news conference in Vessa on
// Monday".
const CLOSING_OCCASION =
  /,\s+(?:in\s+(?:(?:an?|his|her|its|their)\s+)?(?:\p{Ll}+\s+){0,2}(?:remarks|comments|interview|statement|speech|address|briefing|post|message|letter)|speaking|talking|writing|at\s+(?:a|an|the|his|her|its|their)\s+(?:\p{Ll}+\s+){0,2}(?:news\s+conference|press\s+conference|briefing|meeting|rally|summit|session|conference))\b[^,;:"“”]*$/u;

/**
 * (s53) The day of an occasion that closes a reported remark's sentence after a comma (CLOSING_OCCASION: "X said the
 * convoys would resume, in remarks to reporters on Monday"): the remark's, where no other speech verb stands between.
 */
function dayOfClosingOccasion(article: ArticleAnalysis, statement: ExtractedStatement): DateMention | undefined {
  const { text } = article;
  const sentence = sentenceOf(article, statement.verb.start);
  if (!sentence || statement.verb.speakerAfter) return undefined;
  const words = text.slice(statement.verb.end, sentence.end).replace(/[.!?]["”’]?\s*$/u, '');
  const occasion = CLOSING_OCCASION.exec(words);
  if (!occasion || /["“”]|\b(?:to\s+be|will|would|next)\b/u.test(words.slice(occasion.index))) return undefined;
  const from = statement.verb.end + occasion.index;
  return daysIn(article, { start: from, end: statement.verb.end + words.length }).find(
    (m) => m.when.precision === 'day' && !afterSince(text, m) && !/\band\b/u.test(text.slice(from, m.start)),
  );
}

// The nouns of what words are given in ("in a statement", "in the letter") and at ("at a briefing", "at the news
// conference"): read by OWN_OCCASION_BEFORE_DAY and SAID_IN_OCCASION.
const GIVEN_IN_NOUNS = 'statement|communiqu[eé]|letter|speech|address|interview';
const GIVEN_AT_NOUNS = String.raw`briefing|(?:news|press)\s+conference`;
// (s43) The words given "in the same statement" (unseen: "in the same letter", "in the same interview"), right after the
// verb or opening its sentence: the statement the remark told just before was given in.
const SAME_GIVING_NOUNS = `(?:${GIVEN_IN_NOUNS}|release|message|post|note|report|${GIVEN_AT_NOUNS})`;
const SAME_GIVING_AFTER = new RegExp(String.raw`^\s*,?\s*in\s+the\s+same\s+${SAME_GIVING_NOUNS}\b`, 'u');
// Opening the sentence, the subject and nothing else before the verb ("In the same statement, the minister said"; not
// "In the same message, she had asked him not to call, he said": a remark relayed from it).
const SAME_GIVING_BEFORE = new RegExp(String.raw`\b[Ii]n\s+the\s+same\s+${SAME_GIVING_NOUNS}\s*,\s*[^,;:"“”]{1,60}$`, 'u');
// (s32) The verb's own occasion, then its day, after the verb's object and before any quotation or clause of another:
// "thanked the crews in a letter published on Tuesday and said", "regretted the closure, saying in a statement issued
// late on Monday that", "criticised the closure at a press conference late on Sunday", "praised the vote in a post on
// Friday", "urged restraint in an interview on Tuesday". A
// statement's or an occasion's noun with an indefinite article only: "the statement" points back to one told before.
const OWN_OCCASION_BEFORE_DAY = new RegExp(
  String.raw`^([^,;:"“”.]{0,80}?)(?:,\s+(?:saying|adding|stating|declaring))?\s(?:in\s+an?\s+(?:\p{Ll}+\s+)?(?:${GIVEN_IN_NOUNS}|post)|at\s+an?\s+(?:\p{Ll}+\s+)?(?:${GIVEN_AT_NOUNS}))(?:\s+(?:issued|released|published|posted|given))?(?:\s+(?:late|early))?(?:\s+on)?\s+$`,
  'u',
);

/**
 * The day the verb's own occasion gives after its object (OWN_OCCASION_BEFORE_DAY: "thanked the crews in a letter
 * published on Tuesday and said ..."), which the attribution, ending at the verb, does not hold: the remark's.
 */
function dayOfOwnOccasion(article: ArticleAnalysis, statement: ExtractedStatement): DateMention | undefined {
  const { text } = article;
  const { verb } = statement;
  const sentence = sentenceOf(article, verb.start);
  if (!sentence) return undefined;
  return daysIn(article, { start: verb.end, end: sentence.end }).find((m) => {
    const object = OWN_OCCASION_BEFORE_DAY.exec(text.slice(verb.end, m.start))?.[1];
    // The verb's object only, no clause of its own ("said the ministry had condemned it in a statement on Monday").
    return object !== undefined && !/\b(?:that|had|has|have|was|were|is|are|would|will|\p{Ll}{2,}ed)\s/u.test(`${object} `);
  });
}

// (s66) A second speech verb of the remark's own subject, coordinated after the first verb and its object, then a day:
// "The government welcomed the council's decision, but said on Monday it had no plans to ...", unseen "X praised the
// vote and warned on Friday the truce would not hold". No other subject between ("..., and the ministry said on Monday").
const COORDINATED_VERB_BEFORE_DAY =
  /^[^;:.!?"“”]{0,200}?[\s,]\s*(?:but|and|yet)\s+(?:also\s+|later\s+)?(?:said|added|stressed|warned|insisted|noted|told\s+(?:reporters|journalists|the\s+\p{Ll}+|\p{Lu}[\p{L}'’-]+))\s+(?:late\s+|early\s+)?(?:on\s+)?$/u;

/**
 * (s66) The day right after a second speech verb the remark's subject is given in its sentence (COORDINATED_VERB_BEFORE_DAY:
 * "X welcomed the decision, but said on Monday it had no plans"), which the attribution, ending at the first verb,
 * does not hold: both verbs tell the one occasion.
 */
function dayOfCoordinatedVerb(article: ArticleAnalysis, statement: ExtractedStatement): DateMention | undefined {
  const { text } = article;
  const { verb } = statement;
  const sentence = sentenceOf(article, verb.start);
  if (!sentence || verb.speakerAfter) return undefined;
  return daysIn(article, { start: verb.end, end: sentence.end }).find(
    (m) => isDayPoint(m) && COORDINATED_VERB_BEFORE_DAY.test(text.slice(verb.end, m.start)),
  );
}

// (s68) The verb's object (a few words, no clause of its own), then a bare day, then the same subject's speech verb
// coordinated after it: "X welcomed the resolution yesterday and said Sweden would ...", unseen "Y condemned the raid
// on Sunday and added that ...". Both verbs tell the one occasion; the day is the remark's. Not a day in a clause the
// object opens ("welcomed reports that the convoy left on Sunday and said"), nor one after "had" ("said she had
// called him on Monday and told him").
const OBJECT_BEFORE_DAY = /^\s+(?:the|a|an|his|her|its|their|this|these|those)\s+[^,;:"“”.!?]{0,50}?\s+(?:on\s+)?$/u;
const CLAUSE_IN_OBJECT = /\b(?:that|which|who|whose|when|where|had|has|have|was|were|is|are|would|will|\p{Ll}{2,}ed)\s/u;
const SPEECH_VERB_AFTER_DAY =
  /^(?:\s+(?:morning|afternoon|evening|night))?,?\s+and\s+(?:also\s+|later\s+)?(?:said|added|stressed|warned|insisted|noted)\b/u;

/**
 * (s68) The day between the verb's object and a second speech verb of the same subject (OBJECT_BEFORE_DAY,
 * SPEECH_VERB_AFTER_DAY: "X welcomed the resolution yesterday and said ..."), which the attribution, ending at the first
 * verb, does not hold: the remark's.
 */
function dayBeforeSecondVerb(article: ArticleAnalysis, statement: ExtractedStatement): DateMention | undefined {
  const { text } = article;
  const { verb } = statement;
  const sentence = sentenceOf(article, verb.start);
  if (!sentence || verb.speakerAfter) return undefined;
  return daysIn(article, { start: verb.end, end: sentence.end }).find((m) => {
    const object = text.slice(verb.end, m.start);
    return (
      OBJECT_BEFORE_DAY.test(object) &&
      !CLAUSE_IN_OBJECT.test(`${object.replace(/\s+on\s+$/u, '')} `) &&
      SPEECH_VERB_AFTER_DAY.test(text.slice(m.end, m.end + 40))
    );
  });
}

/**
 * Whether a day opens a clause that an attribution set off by commas interrupts ("On Wednesday night, X recalled, the
 * boy watched the meeting", "By Friday, she said, the bakery had closed", "Late on Sunday, the aide added, the convoy
 * turned back"): the day is the reported clause's, which goes on after the attribution's closing comma in words
 * that are no quotation. Not where a quotation follows ("On Monday, X said, \"We stay.\""): that day is the remark's.
 */
function interrupted(article: ArticleAnalysis, m: Span, verb: Span): boolean {
  const { text } = article;
  if (m.end > verb.start) return false;
  const sentence = sentenceOf(article, m.start);
  if (!sentence || verb.end > sentence.end) return false;
  const before = text.slice(sentence.start, m.start);
  const between = text.slice(m.end, verb.start);
  // The day in the sentence's opening words, then a comma, then the attribution (a few words), its verb, a comma.
  if (wordCount(before) > 3 || !/^[^,]*,\s*(?:\S+\s+){0,5}$/u.test(between)) return false;
  return /^,\s*(?!["“‘'])\p{L}/u.test(text.slice(verb.end, verb.end + 4));
}

// A fronted clause naming what a remark is about, still open (no comma yet) where a day stands in it: "Referring to
// the attacks on Saturday", "Commenting on", "Recalling", "Regarding", "Turning to", "Speaking about", "With regard to".
const TOPIC_OPENING =
  /^(?:Referring\s+to|Commenting\s+on|Recalling|Regarding|Turning\s+to|Speaking\s+(?:about|of)|With\s+regard\s+to|As\s+for)\b[^,;:]*$/u;
// (s66) The same clause trailing a remark's verb after a comma, still open where the day stands: "..., referring to the
// rival drafts that fell on October 8", "..., recalling the raid on Sunday", "..., in reference to Monday's vote".
const TOPIC_TRAILING =
  /,\s+(?:referring\s+to|commenting\s+on|recalling|in\s+(?:a\s+)?reference\s+to|speaking\s+(?:about|of)|alluding\s+to)\b[^,;:.!?"“”]*$/iu;
// A fronted question the remark answers: what it names is the remark's topic ("Asked about the vigil in Toronto, X
// said", unseen: "Asked whether the rally had helped, she said", "Asked about Monday's march, he said"), though a day
// in it may be the occasion's ("Asked about the letters at the briefing on Wednesday"), so no day rule reads it so.
const QUESTION_OPENING = /^Asked\s+(?:about|of|whether|if|why|how|what)\b[^,;:]*$/u;

/**
 * A sentence's words outside quotations less a fronted topic clause or question (TOPIC_OPENING, QUESTION_OPENING):
 * "Asked about the vigil, X said ..." -> " X said ...".
 */
function outsideTopic(article: ArticleAnalysis, sentence: Segment): string {
  const outside = outsideQuotations(article, sentence);
  return outside.slice(frontedTopic(outside).length);
}

/**
 * The fronted topic or question with its comma (TOPIC_OPENING, QUESTION_OPENING: "Asked about the vigil,") that a
 * sentence's words outside quotations (outsideQuotations) open on; '' where they open on none.
 */
function frontedTopic(outside: string): string {
  const comma = outside.indexOf(',');
  const fronted = outside.slice(0, Math.max(0, comma));
  return comma > 0 && (TOPIC_OPENING.test(fronted) || QUESTION_OPENING.test(fronted)) ? outside.slice(0, comma + 1) : '';
}

/** Words of a sentence's attribution less its fronted topic or question (frontedTopic), where the sentence has one. */
function withoutFrontedTopic(article: ArticleAnalysis, sentence: Segment | null, words: string): string {
  const topic = sentence && !inQuote(article, sentence) ? frontedTopic(outsideQuotations(article, sentence)).replace(/,$/u, '').trim() : '';
  return topic ? words.replace(topic, '') : words;
}

// Before a perfect participle: "has said", "have long warned", "has repeatedly insisted".
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:(?:\p{Ll}+ly|also|long|often|already|since|never|not|so\s+far)\s+){0,2}$/iu;
// Before a bare verb that is no present tense: "refused to say", "did not confirm", "would warn".
const NOT_PRESENT_BEFORE =
  /\b(?:to|not|n't|n’t|did|do|does|will|would|shall|should|could|can|may|might|must|cannot|let)\s+(?:\p{Ll}+ly\s+)?$/iu;
const PAST_PARTICIPLE = /(?:ed|said|told|wrote)$/iu;
const BARE_PRESENT =
  /^(?:say|tell|note|report|claim|estimate|announce|warn|urge|call|demand|insist|accuse|express|confirm|argue|deny|condemn|denounce|appeal|describe|dismiss)$/iu;

/**
 * The tense of a reporting verb when it leaves the day of the remark open: a perfect ("has warned", "have long
 * said"), a plural present ("rescuers say", "officials insist") or a singular present ("says", "estimates"); null
 * for a past tense ("said"), which reports a remark of the article's day, and for a participle ("..., saying"),
 * which takes its main verb's tense.
 */
function openTense(text: string, verb: SpeechVerb): 'perfect' | 'plural present' | 'present' | null {
  if (verb.participle || verb.lemma === 'according to') return null;
  const first = (verb.text.split(/\s+/u)[0] ?? '').toLowerCase();
  // A remark a noun carries ("X's message came at last: ...") has no speech verb whose tense could leave it open.
  if (!/^\p{L}/u.test(first)) return null;
  const before = text.slice(Math.max(0, verb.start - 40), verb.start);
  if (PERFECT_BEFORE.test(before)) return PAST_PARTICIPLE.test(first) ? 'perfect' : null;
  if (/(?:[^s]s|ies)$/u.test(first) && !/ed$/u.test(first)) return 'present';
  return BARE_PRESENT.test(first) && !NOT_PRESENT_BEFORE.test(before) ? 'plural present' : null;
}

/**
 * A remark reported in a past tense ("said", "told"), or by a participle that takes its main verb's tense, which
 * dates it to a day; a bare "according to X" names no time of speaking and is never one.
 */
function pastSpeech(text: string, verb: SpeechVerb): boolean {
  return verb.lemma !== 'according to' && openTense(text, verb) === null;
}

/**
 * The curation rule for undated remarks: a statement no rule dated (still at the article's date) whose own verb is
 * perfect ("has warned") or plural present ("aid workers say"), or singular present with a person of the gazetteer
 * speaking ("Ms. Sandvik says"), has no day when nothing in its verb's sentence outside quotations dates it and no
 * past-tense speech verb stands beside it ("..., which said that"). `said` becomes the undated form (null date,
 * `unknown` precision); the note keeps the article's date as the latest day it can have been said.
 * Left dated, where the curated files disagree with the fixtures' rule or the speaker may be the issuer of a press
 * release: an institution's or an unknown speaker's "says" ("The U.N. says", "Partners for Relief notes", which the
 * seed dates by the article), and a bare "according to X" (the held-out floors fell with either).
 */
function undateOpenRemarks(article: ArticleAnalysis, statements: ExtractedStatement[], posted: (When | null)[]): void {
  const { text } = article;
  for (const statement of statements) {
    const tense = openTense(text, statement.verb);
    // A ticker's headline present ("X tells the council", "Y says") and a blog's "has just posted" are its entry's news.
    if (statement.said.basis !== 'publication' || tense === null || posted[statement.paragraph]) continue;
    const speaker = statement.speaker;
    if (tense === 'present' && !(speaker.status === 'actor' && article.gazetteer.actorKind(speaker.id) === 'person')) continue;
    const sentence = sentenceOf(article, statement.verb.start) ?? statement.verb;
    const within = (m: Span) => sentence.start <= m.start && m.end <= sentence.end;
    // A day anywhere in the sentence ("says ... on Monday") may date the remark: it keeps the rules' date.
    if (article.dateMentions.some((m) => within(m) && !inQuote(article, m))) continue;
    const verbs = findSpeechVerbs(text, sentence, article.quotations);
    if (verbs.some((v) => v.start !== statement.verb.start && !v.participle && pastSpeech(text, v))) continue;
    statement.said = {
      date: null,
      precision: 'unknown',
      basis: 'publication',
      note: `reported as "${statement.verb.text}", which gives no day; said by the article's date (${describeDay(article.publishedOn)})`,
    };
  }
}

// (s34) "X wrote to the minister on Monday urging ...": the request a participle gives after "wrote to" in its sentence.
const WROTE_TO_BEFORE = /\bwrote\s+to\s[^.!?]*$/u;
/** Whether a statement is a letter's request: its day is the letter's, never carried to the writer's spoken remarks. */
const letterRequest = (text: string, statement: ExtractedStatement) =>
  statement.verb.participle && WROTE_TO_BEFORE.test(text.slice(Math.max(0, statement.verb.start - 200), statement.verb.start));

// The body or outlet a speech verb addresses, named (capitalised) between it and a day: "told the Security Council
// last month", "told CNN in November".
// (s37) A sitting body or audience in lower case too: "told the council last month", "told reporters last week".
const ADDRESSEE_BEFORE_DAY =
  /^\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}|(?:the\s+)?(?:(?:security|general|full|human rights)\s+)?(?:council|assembly|chamber|committee|parliament|house|senate|cabinet|congress|meeting|conference|summit|reporters|journalists|delegates|lawmakers|legislators|deputies|MPs)\s+)(?:in\s+)?$/u;
const distance = (span: Span, verb: Span) => (span.end <= verb.start ? verb.start - span.end : Math.max(0, span.start - verb.end));

/**
 * Whether a remark may continue the one before it: the same speaker's, or (s68) the spokesperson's own after a
 * principal's words he passed on, but not a principal's words passed on after the principal's own remarks (the telling
 * is an occasion of its own). The spokesperson's remark continues the telling only where the telling or an occasion
 * named before dated the words, not a day inside the principal's own clause ("told the paper that the President had
 * spoken with Y on Monday night ... . Mr. Roe said Friday prayers would be ...": Monday is the President's, not the
 * telling's).
 */
function continuesRemark(article: ArticleAnalysis, before: ExtractedStatement, statement: ExtractedStatement): boolean {
  if (statement.passedOnBy && !before.passedOnBy) return false;
  if (speakerKey(before.speaker) === speakerKey(statement.speaker)) return true;
  if (statement.passedOnBy || before.passedOnBy === undefined || speakerKey(before.passedOnBy) !== speakerKey(statement.speaker))
    return false;
  const insideWords = (m: DateMention) => before.evidence.some((e) => m.start >= e.start && m.end <= e.end);
  return !article.dateMentions.some((m) => insideWords(m) && m.when.date !== null && m.when.date === before.said.date);
}

function inherit(said: When): When {
  if (said.note?.startsWith('continues')) return { ...said };
  const note = said.note ? `continues the same speaker's remarks (${said.note})` : "continues the same speaker's remarks";
  return { ...said, note };
}

/** Where the sentence of a remark's last words ends. */
function previousSentenceEnd(article: ArticleAnalysis, statement: ExtractedStatement): number {
  const end = Math.max(...statement.evidence.map((e) => e.end), ...statement.attribution.map((a) => a.end));
  return sentenceOf(article, Math.max(0, end - 1))?.end ?? end;
}

/** The last mention of a date of day precision the article gives before a position, outside quotations. */
function lastPointMention(article: ArticleAnalysis, position: number): DateMention | undefined {
  // (s44) Not a day in a clause of "since" ("wounded since government forces launched their offensive on September
  // 22"): where a span began, not a day the story has reached ("In the same building a day earlier, X told reporters").
  // (s65) Nor a day counted from the article's inside a quotation ("\"We took 400 out today,\" he tells the camera.
  // Y told reporters that day ..."): the speaker's "today", not one the story gave.
  const candidates = article.dateMentions.filter(
    (m) =>
      m.end <= position &&
      m.kind === 'point' &&
      m.when.precision === 'day' &&
      !/\bsince\b[^.;,!?]{0,80}$/iu.test(article.text.slice(Math.max(0, m.start - 100), m.start)) &&
      !(m.when.basis === 'relative' && inQuote(article, m)),
  );
  return candidates.at(-1);
}

// Where a remark was made: an occasion the article dates apart from the verb ("gave his last news conference on
// Friday. He said ...", "In a statement issued late on Sunday, he urged ...", "said at the same summit").
const OCCASION =
  /\b(?:news conference|press conference|briefing|speech|interview|address|summit|session|meeting|statement|remarks|hearing|debate|sermon|homily|lecture|talk|broadcast)\b/iu;
const OCCASION_IN_ATTRIBUTION =
  /\b(?:told|addressed|at|in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:\p{Ll}+\s+)?(?:news conference|press conference|briefing|interview|speech|address|session|meeting)\b/iu;
const AFTERWARDS_NOTE = 'the day of the happening told just before';
// A clause in the past perfect up to a day: "had warned on", "had been shelled since late on".
const PAST_PERFECT_CLAUSE = /\bhad\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|ne|t)\b[^,;.!?]{0,30}$/u;
const AFTERWARDS = /\b(?:afterwards?|after\s+(?:the|that)\s+(?:meeting|talks|session|summit|briefing|debate|call)|at\s+the\s+time)\b/iu;
const REPLY = /^(?:replied|responded|retorted|answered|countered|shot\s+back|hit\s+back)$/iu;
const IN_REPLY = /\bin\s+(?:response|reply)\b(?!\s+to\b)/iu;
const IN_THE_CHAMBER = /\bin\s+the\s+chamber\b/iu;
const CHAMBER_OCCASION = /\b(?:council|assembly|chamber)\b/iu;
// "At the same meeting", "told the same debate", (s33) "Briefing the same meeting" (the gathering group: an occasion; s24 a community's too, "told the
// congregation at the same service", "the same vigil") or "on the same day", "that same
// evening" ((s65) "told the crew the same night"), and (s22) the message, call or visit a relative's or witness's words came in, told before with its day
// ("Dr X said his brother had written to him early on Tuesday ... In the same message he wrote", "His wife said during
// the same visit"; unseen: "in the same phone call", "during the same conversation"): the last day named before.
// (s45) A gathering a remark is told to by its definite noun alone: "told the meeting", "addressed the rally".
const THE_GATHERING =
  /^(?:told|addressed|addressing|briefed|reminded|assured) the (meeting|gathering|rally|vigil|conference|congregation|audience|summit)\b/u;
// (s67) A day a plan is set for, in its clause: "Paris wants a vote on Sunday", "the talks are due to resume on Monday",
// "a meeting planned for Friday" (unseen: "hopes to hold a vote on Tuesday", "is expected to sign on Monday"). What
// happens "the same day" after it is the day told before: "France circulated a draft on Thursday, and Paris wants a
// vote on Sunday. X told reporters the same day ..." is Thursday.
const PLANNED_DAY =
  /\b(?:wants?|wanted|plans?|planned|planning|hopes?|hoped|hoping|intends?|intended|(?:is|are|was|were)\s+(?:due|expected|scheduled|set)\s+(?:to|for))\b[^.;,!?]{0,60}$/iu;
const SAME_OCCASION =
  /\b(?:(?<gathering>(?:at|in|during|told|addressed|addressing|briefed|briefing|before) the same (?:summit|meeting|session|briefing|conference|news conference|press conference|event|debate|hearing|service|vigil|rally|ceremony))|(?:on |later )?(?:the|that) same (?:day|evening|morning|afternoon|night)|(?<contact>(?:in|during|on) (?:the same|that) (?:(?:voice |text |phone |telephone )?(?:message|call|conversation|interview|visit))))\b/iu;
/**
 * Whether the message, call or visit "the same" names (SAME_OCCASION's contact) is the one a remark's verb was spoken
 * in: after the verb ("said during the same visit"), or right before it, its subject between ("In the same message he
 * wrote"); not one opening a clause of its own ("In the same message, she had asked him not to call, he said": the
 * sister's message, not her brother's telling of it).
 */
function contactOfVerb(text: string, sentence: Segment, verb: Span): boolean {
  const contact = SAME_OCCASION.exec(sentence.text);
  if (!contact?.groups?.contact) return false;
  const at = sentence.start + contact.index;
  return at >= verb.end || wordCount(text.slice(at + contact[0].length, verb.start)) <= 4;
}

/**
 * "The same debate" at the opening of a person's remark's paragraph, before the remark's sentence: the paragraph is
 * set at that gathering ("In the same debate, X accused the cabinet ... Y asked the minister to ...", "X appeared at the
 * same meeting. He said ..."), as a paragraph opening at a sitting body is (sittingSetting).
 */
function sameGatheringOpening(
  article: ArticleAnalysis,
  statement: ExtractedStatement,
  own: Segment,
): { same: RegExpExecArray; sentence: Segment } | null {
  if (!isPersonSpeaker(article.gazetteer, statement.speaker)) return null;
  const paragraph = article.paragraphs[statement.paragraph];
  const opening = paragraph ? splitSentences(article.text, paragraph)[0] : undefined;
  if (!opening || opening.start >= own.start || inQuote(article, opening)) return null;
  const same = SAME_OCCASION.exec(outsideQuotations(article, opening));
  return same?.groups?.gathering ? { same, sentence: opening } : null;
}

// The gatherings of a sitting body: "the same debate" may be the Assembly's the lead dates; "the same briefing" or
// "the same vigil" is none of a council's.
const SITTING_GATHERING = /^(?:meeting|session|debate|hearing)$/iu;

/**
 * The day of the gathering "the same meeting" (debate, session ...) names, for the remark at `index` in `own` (its
 * sentence) set there by `setting` (that sentence, or its paragraph's opening). (s25) For a sitting's gathering
 * (SITTING_GATHERING), a sitting body the words before the remark's verb name ("The committee's chairman, X, told the
 * same session", after the minister "appeared before the House foreign affairs committee yesterday"), at its latest
 * dated naming. Else the occasion the nearest remark before, in its paragraph or the two before, was placed at, which
 * may have been dated further back than the last day the text named ("talks that ran late into Sunday night" told
 * between the vote and the remark). Else (s25) the latest naming of the gathering's noun in its paragraph or the two
 * before (a news conference further back may be another), or for a sitting's gathering the latest dated naming of any
 * sitting body where that is later ("speaking in the same debate" of the Assembly vote the lead dates, past an
 * interview on Thursday evening told between). Null where the naming meant gives no day, or none is named.
 */
function sameGatheringDay(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
  index: number,
  gathering: string,
  own: Segment,
  setting: Segment,
): When | null {
  const statement = statements[index] as ExtractedStatement;
  const before = bodySentences(article, 0, statement.paragraph + 1).filter((x) => x.end <= setting.start);
  const pointed = (named: ReturnType<typeof latestNaming>) =>
    named?.day ? { ...named.day.when, note: `the day of the same occasion, named before ("${clip(named.sentence.text)}")` } : null;
  const word = gathering.split(/\s+/u).at(-1) as string;
  const ofSitting = SITTING_GATHERING.test(word);
  const subject = outsideQuotations(article, { start: own.start, end: Math.max(own.start, statement.verb.start) });
  const body = ofSitting ? sittingNamed(subject) : null;
  if (body) return pointed(latestNaming(article, before, occasionNaming(body[0]), true));
  const placed = lastDatedBefore(statements, index, (s) => statement.paragraph - s.paragraph <= 2 && placedAtOccasion(s));
  if (placed) return { ...placed.said, note: 'the day of the same occasion, as the remark before placed at it' };
  const near = before.filter((x) => x.start >= (article.paragraphs[Math.max(0, statement.paragraph - 2)]?.start ?? 0));
  const noun = latestNaming(article, near, occasionNaming(word), false);
  const sitting = ofSitting ? latestNaming(article, before, sittingNamed, true) : null;
  return pointed(noun && !(sitting && sitting.sentence.start > noun.sentence.start) ? noun : sitting);
}

/**
 * The days rules gave remarks by the occasion they placed them at (a meeting, a vote, a session, a gathering named for
 * it), kept as the very `said` values they wrote rather than read back from a note (a note is for curators): "at the
 * same meeting" takes the day of the nearest remark placed so. Keyed by the value, not the record, so a rule that
 * later gives the remark another day drops the fact with it, and no field on the record has to be kept in step.
 */
const occasionDays = new WeakSet<When>();

/** Dates a remark by the occasion a rule placed it at (see occasionDays). */
function placeAtOccasion(statement: ExtractedStatement, said: When): void {
  statement.said = said;
  occasionDays.add(said);
}

/** Whether a rule dated a remark by the occasion it placed it at, and the remark still has that day. */
const placedAtOccasion = (statement: ExtractedStatement): boolean => occasionDays.has(statement.said);

// The day an interview took place: the interviewee's undated remarks were made then (the curation rule).
// A transcript's introduction telling when the conversation happened ("Ms. Sandvik spoke to us from Kalmar on Thursday",
// "the interview took place on 30 November"): only read before a labelled transcript, where the occasion is its own;
// (s32) a street poll's asking ("the Tribune asked shoppers in the mall on Friday", "we put the question to passers-by
// on Tuesday", "readers we stopped in the high street on Monday"); (s33) the question counted or described ("put one
// question to", "put a simple question to", "put three questions to").
// (s56) Show notes' own line "Recorded on Tuesday 25 October." (no subject) sets the conversation as "was recorded" does.
const CONVERSATION =
  /^recorded\b|\b(?:(?:spoke|talked|speaking|talking) (?:to|with)|sat down with|(?:we|I) (?:reached|called|phoned|rang)|reached (?:\p{Lu}[\p{L}'’.-]*\s+){1,3}by (?:tele)?phone|took place|was (?:recorded|conducted|held|broadcast|taped)|(?:asked|stopped|polled|canvassed) (?:(?:some|several|a few|local|\d+) )?(?:people|passers-by|\p{Ll}+(?:ers|ents|ors|ists|ians|als|s)(?= (?:at|in|on|outside|around|across|along|what|whether|how|if|about|for)\b))|put (?:the|this|that|our|its|their|a|one|two|three|four|five|\d+) (?:\p{Ll}+ )?questions? to)\b/iu;
const INTERVIEW_SETTING =
  /\b(?:when (?:we|I) (?:met|spoke|talked)|in an interview|(?:we|I) (?:met|interviewed|spoke (?:to|with)|talked (?:to|with))|interviewed (?:\p{Ll}+ )?(?:on|last)|(?:interview|conversation|discussion|briefing|conference|debate|hearing|session) (?:was|were) (?:recorded|conducted|held|given))\b/iu;
// "recorded on Thursday", "conducted by telephone on 30 November": an interview's setting only where the sentence
// speaks of one (INTERVIEW_NOUN); "to be held in Moscow on Tuesday" is a meeting's. Lower-case words between only.
const RECORDED_ON = /\b(?:recorded|conducted|held) (?:\p{Ll}+ ){0,3}on\b/u;
const INTERVIEW_NOUN = /\b(?:interview|conversation|podcast|recording|programme|program|episode|call)\b/iu;
/** Whether a sentence sets an interview on a day (INTERVIEW_SETTING, or RECORDED_ON with an interview's noun). */
const setsInterview = (sentence: string) =>
  INTERVIEW_SETTING.test(sentence) || (RECORDED_ON.test(sentence) && INTERVIEW_NOUN.test(sentence));

/**
 * The outlet's own interview with a speaker (s22): a verb addressed to the paper that publishes the article ("told the
 * Courier on Friday", "told our correspondent on Tuesday", "spoke to the Ledger at his shop on Sunday") or the paper's
 * visit or call ("said when the Luangwa Times visited her home yesterday"; unseen: "when this newspaper reached him on
 * Monday"), (s33) told in a sentence of its own ("When the Gazette visited the shop of Mr X on Monday, the radio was
 * on.", "The Courier found Mr X at his counter on Wednesday"). Not "told reporters": an official's briefing is one
 * occasion among his others.
 */
function outletInterview(publisher: string | null): RegExp {
  const paper = [String.raw`(?:[Tt]his|[Tt]he|[Oo]ur)\s+${PRESS_NOUN}`, ...outletNames(publisher)].join('|');
  return new RegExp(
    String.raw`\b(?:(?:told|(?:spoke|speaking|talked|talking)\s+(?:to|with))\s+(?:${paper})|(?:[Ww]hen\s+)?(?:${paper})(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:visited|met|reached|called|interviewed|found|caught\s+up\s+with))\b`,
    'gu',
  );
}

// A present-tense verb of saying set off by commas inside the writer's sentence: ", he says,", ", she says." .
const PRESENT_ASIDE = /,\s*(?:he|she|they|\p{Lu}[\p{L}'’-]+)\s+says?\s*[,.]$/u;
/** The words from the comma before a verb to the mark after it: ", he says," of "where, he says, food is scarce". */
const aroundVerb = (text: string, verb: Span): string => {
  const from = text.lastIndexOf(',', verb.start);
  return from < 0 || verb.start - from > 30 ? '' : text.slice(from, verb.end + 1).replace(/\s+$/u, '');
};

/**
 * (s54) Whether a remark's own paragraph, before it and outside quotations, names a day other than `day` of an
 * encounter told in another paragraph (`encounter`): "His most talked-about moment came on 6 October, at a news
 * conference in Geneva. ... \"...,\" he said" in a profile that tells later of "When we spoke again on Tuesday". A
 * public figure or a profile's subject spoke on many occasions; the one the remark's passage tells is its own, not the
 * writer's last conversation with him.
 */
function ownPassageDay(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
  statement: ExtractedStatement,
  encounter: Span,
  day: When,
): boolean {
  const own = article.paragraphs.find((p) => p.start <= statement.verb.start && statement.verb.start <= p.end);
  if (!own || contains(own, encounter)) return false;
  const before = Math.min(statement.verb.start, ...statement.evidence.map((e) => e.start));
  // "\"...,\" he said on that call. Since the last truce collapsed, he told me, ...": the occasion told before.
  if (SAME_OCCASION.test(outsideQuotations(article, { start: own.start, end: before }))) return true;
  // Only the day of an occasion of speech or a contact its sentence names ("came on 6 October, at a news conference",
  // "The first message arrived late on 3 October, a voice note"); not a day a remark tells of ("said his father had
  // telephoned on Monday evening to say ..."), in the past perfect.
  const occasionDay = (d: DateMention) => {
    const sentence = sentenceOf(article, d.start);
    return (
      sentence !== null &&
      (OCCASION.test(sentence.text) || PASSAGE_OCCASION.test(sentence.text)) &&
      !PAST_PERFECT_CLAUSE.test(article.text.slice(Math.max(sentence.start, d.start - 60), d.start))
    );
  };
  return daysIn(article, { start: own.start, end: before }).some(
    (d) => d.when.date !== day.date && !inRemark(statements, d) && occasionDay(d),
  );
}

// A passage's occasion in a profile: a contact with the writer or the outside ("a voice note", "a patchy Skype call",
// "a text message", "over a video link"), or the writer's own conversation ("When we first spoke", "When I met her"); not
// "by telephone", which a news story's remark is told over with days of what it tells ("said by telephone that a barrel
// bomb had landed ... on Tuesday night"), nor a day inside a remark.
const FIRST_PERSON_CONTACT = /\b(?:we|I)\s+(?:first\s+|last\s+)?(?:spoke|talked|met)\b/iu;
const PASSAGE_OCCASION = new RegExp(
  String.raw`\b(?:(?:voice|text|video)\s+(?:message|note)|message|(?:phone|telephone|video|Skype|WhatsApp|Zoom)\s+(?:call|link)|letter|e-?mail)\b|${FIRST_PERSON_CONTACT.source}`,
  'iu',
);

/** (s68) The occasion's words in a sentence (PASSAGE_OCCASION: "in a voice message", "When we spoke"), or its start. */
function occasionWords(sentence: Span & { text: string }): Span {
  const cue = PASSAGE_OCCASION.exec(sentence.text);
  const start = sentence.start + (cue?.index ?? 0);
  return { start, end: start + (cue?.[0].length ?? 0) };
}

// (s68) A relative clause set off by commas that tells of a person, open where a day stands: ", a surgeon who worked at
// the clinic until he left the city on" (closed by the comma after the day), unseen ", who fled on", ", whose son was
// taken on". Its day is that person's past, not the day of the encounter or occasion the sentence's main verb tells
// ("Dr X, a surgeon who left the city on Sunday, spoke to this paper by telephone": the call is not Sunday's).
const PERSON_ASIDE_BEFORE = /,\s+(?:(?:a|an|the|his|her|their)\s+[^,;:"“”()]{0,60}?\s)?(?:who|whose)\s[^,;:"“”()]*$/u;
const ASIDE_CLOSING = /^[^;:"“”()]*?,/u;

/**
 * (s68) The span of the person's relative clause (PERSON_ASIDE_BEFORE) a day stands in within its sentence, from its
 * opening comma to its closing one; null where the day stands in none.
 */
function personAside(text: string, sentence: Span, m: Span): Span | null {
  const open = PERSON_ASIDE_BEFORE.exec(text.slice(sentence.start, m.start));
  const close = open ? ASIDE_CLOSING.exec(text.slice(m.end, sentence.end)) : null;
  if (!open || !close) return null;
  return { start: sentence.start + open.index, end: m.end + close[0].length };
}

/** (s68) Whether a day stands in a person's relative clause that does not hold the occasion's words `words`. */
function inAsideApart(text: string, sentence: Span, m: Span, words: Span): boolean {
  const aside = personAside(text, sentence, m);
  return aside !== null && !contains(aside, words);
}

/**
 * (s54) A profile's passage told from its occasion: a person's remark that nothing dated, in a paragraph that before it
 * (or its own sentence, before its verb) names a contact or occasion with its day ("The first message arrived late on
 * 3 October, a voice note ... \"...,\" Khaled Sawwas said in it.", "When we first spoke properly, in a patchy Skype call
 * on 13 October, it had 14 beds, ..., he said"), with no other speaker's remark between: that occasion's day.
 */
function dateByPassageOccasion(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || statement.continuation || !pastSpeech(text, statement.verb)) continue;
    if (!isPersonSpeaker(article.gazetteer, statement.speaker)) continue;
    const before = Math.min(statement.verb.start, ...statement.evidence.map((e) => e.start));
    const paragraph = article.paragraphs.find((p) => p.start <= before && before < p.end);
    if (!paragraph) continue;
    const sentences = splitSentences(text, paragraph)
      .filter((x) => x.start < before)
      .map((x) => ({ ...x, end: Math.min(x.end, before), text: text.slice(x.start, Math.min(x.end, before)) }));
    const key = speakerKey(statement.speaker);
    const surname = speakerSurname(article, statement.speaker);
    const pointsBack = /^\s*(?:in|on|over)\s+(?:it|that|the\s+(?:message|note|call|recording|letter))\b/iu.test(
      text.slice(statement.verb.end, statement.verb.end + 30),
    );
    const setting = sentences.reverse().find((x, back, all) => {
      const others = (y: Span) =>
        statements.some((s) => speakerKey(s.speaker) !== key && s.evidence.some((e) => e.start < y.end && y.start < e.end));
      if (all.slice(0, back + 1).some(others) || inQuote(article, x)) return false;
      const cueWords = occasionWords(x);
      const ownDays = daysIn(article, x).filter((d) => !inAsideApart(text, x, d, cueWords));
      if (!PASSAGE_OCCASION.test(outsideQuotations(article, x)) || ownDays.length === 0) return false;
      // His own contact: the remark's own sentence, one that names him, the writer's own conversation ("When we first
      // spoke"), or one the remark points back to ("said in it"); not another person's ("Peter Okafor sent a letter on
      // Monday. Lindqvist said ...").
      return (
        sentenceOf(article, statement.verb.start)?.start === x.start ||
        (surname.length > 2 && x.text.includes(surname)) ||
        FIRST_PERSON_CONTACT.test(x.text) ||
        pointsBack
      );
    });
    // The day nearest the occasion's word ("When we spoke again on Tuesday, ..., he described leaving on 21 December").
    const cueWords = setting ? occasionWords(setting) : null;
    const day =
      setting && cueWords
        ? daysIn(article, setting)
            .filter((d) => !afterSince(text, d) && !inRemark(statements, d) && !inAsideApart(text, setting, d, cueWords))
            .sort((a, b) => Math.abs(a.start - cueWords.start) - Math.abs(b.start - cueWords.start))[0]
        : undefined;
    if (day) statement.said = { ...day.when, note: `the day of the occasion its passage tells ("${clip(setting?.text ?? '')}")` };
  }
}

/**
 * A person interviewed by the outlet on a day (outletInterview: "X told the Courier on Friday", "she said when the
 * Times visited her home yesterday"): his past-tense remarks that nothing else dated, anywhere in the article, were
 * made in that interview, so on its day (the curation rule's "an interview's stated day"; a private person in a news
 * story has no other occasion). The interviewee is the speaker of the verb the interview's words follow, at most six
 * words before them (his name or a pronoun the extractor resolved); the day is the first after those words, before
 * the remark's content ("that", a quotation) and within ten words. Not past his remark in the present ("he says").
 */
function dateByOutletInterview(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const interview = outletInterview(article.publisher);
  for (const paragraph of article.paragraphs) {
    for (const sentence of splitSentences(text, paragraph)) {
      if (inQuote(article, sentence)) continue;
      for (const m of sentence.text.matchAll(interview)) {
        const at = sentence.start + (m.index ?? 0);
        if (inQuote(article, { start: at, end: at + m[0].length })) continue;
        const narrated = !statements.some((s) => contains(sentence, s.verb));
        const interviewee =
          statements
            .filter((s) => contains(sentence, s.verb) && s.verb.start <= at && wordCount(text.slice(s.verb.end, at)) <= 6)
            .sort((a, b) => b.verb.start - a.verb.start)[0] ??
          // (s31) Or, in a sentence that reports no remark ("Dr X, a surgeon who came here in 2009, spoke to the
          // Ledger at his home on Sunday."), its subject: the first speaker after it whom the words before name.
          // (s33) The paper's own visit names him after it ("The Courier found Mr X at his counter on Wednesday").
          (narrated ? statements.find((s) => s.verb.start >= sentence.end && namesSpeaker(article, s.speaker, sentence.text)) : undefined);
        if (!interviewee || !isPersonSpeaker(article.gazetteer, interviewee.speaker)) continue;
        const rest = text.slice(at + m[0].length, sentence.end);
        const stop = rest.search(/\bthat\b|["“]/u);
        const after = { start: at + m[0].length, end: stop < 0 ? sentence.end : at + m[0].length + stop };
        // A visit told in a sentence of its own may describe him first ("found Mr X, who came here in 1998 and runs
        // a grocery, at his counter on Wednesday"): its day is the first outside a relative clause about him.
        const day = daysIn(article, after).find((d) =>
          narrated ? !RELATIVE_BEFORE.test(text.slice(after.start, d.start)) : wordCount(text.slice(after.start, d.start)) <= 10,
        );
        if (!day) continue;
        const key = speakerKey(interviewee.speaker);
        const his = statements.filter((s) => speakerKey(s.speaker) === key);
        // His remark in the present after the interview, set as an aside in the writer's sentence ("where, he says, food
        // is scarce"), moves the story to its own day: his past-tense remarks after it are no longer the interview's.
        // (s38) Not a sentence of his own in the present ("Mr Khayat says he no longer watches the news at night.")
        // that leads into his next quotation: the feature's way to give the same interview's words.
        const now = his.find(
          (s) => s.verb.start > sentence.end && openTense(text, s.verb) !== null && PRESENT_ASIDE.test(aroundVerb(text, s.verb)),
        );
        // (s29) Nor a remark his own words address to a gathering's people ("told the congregation", "told the
        // crowd"): it was made there, to them (dateByScene), not to the outlet.
        const addressed = (s: ExtractedStatement) => ATTENDEES.test(placingWords(article, s, statements));
        for (const statement of his)
          if (
            statement.said.basis === 'publication' &&
            pastSpeech(text, statement.verb) &&
            !(now && statement.verb.start > now.verb.start) &&
            !addressed(statement) &&
            // (s54) Nor one whose own paragraph, before it, names another occasion's day (ownPassageDay).
            !ownPassageDay(article, statements, statement, sentence, day.when)
          )
            statement.said = { ...day.when, note: `the day of the outlet's interview ("${clip(sentence.text)}")` };
      }
    }
  }
}

// Where a speaker is set on a day before a remark, besides the occasions of OCCASION: a message or call they sent or
// made, a talk by telephone, the corridor, chamber or sidelines where they spoke, their arrival or visit.
const SPEAKER_SETTING =
  /\b(?:(?:voice|text|video)\s+message|message|(?:phone|telephone)\s+call|by\s+(?:phone|telephone)|letter|e-?mail|corridor|chamber|sidelines|stakeout|arrival|visit)\b/iu;

// A remark's sentence that opens with a pronoun and its verb ("He said", "She told reporters").
const PRONOUN_VERB_OPENING = /^(?:He|She|They)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+$/u;
// What someone was doing, in a reporter's scene: a past progressive ("was sweeping", "were queueing").
const SCENE_VERB = /\b(?:was|were)\s+\p{Ll}+ing\b/u;

/** The word a speaker goes by in a scene: the surname, or the noun of an unnamed speaker ("shopkeeper (unnamed)"). */
function speakerToken(article: ArticleAnalysis, speaker: ResolvedSpeaker): string {
  if (speaker.status === 'actor') return speakerSurname(article, speaker);
  const words = speaker.proposal.name.replace(/\s*\(unnamed\)\s*$/u, '').split(/\s+/u);
  return (/\(unnamed\)/u.test(speaker.proposal.name) ? words[0] : words.at(-1)) ?? '';
}

/**
 * Whether a passage names a speaker by the word it goes by (speakerToken, three letters or more, as a whole word):
 * the test by which a sentence before a remark is the same speaker's setting or encounter.
 */
function namesSpeaker(article: ArticleAnalysis, speaker: ResolvedSpeaker, passage: string): boolean {
  const token = speakerToken(article, speaker);
  return token.length > 2 && nameAsWord(token).test(passage);
}

// (s56) A host's cue that the next turn is another day's: "same meeting", "the same day", "that session".
const SAME_OCCASION_CUE = /\b(?:same|that)\s+(?:meeting|session|sitting|day|debate|briefing|occasion)\b/iu;
// The time stamp and label opening a turn ("[00:00:58] HÉLÈNE MARCHETTI: "), no words of the cue.
const TURN_LABEL_LEAD = /^(?:[[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s+)?[^:\n]{1,60}:\s+/u;

/**
 * (s56) In a labelled transcript (a podcast, a programme), the host's turn that hands over to a voice names it and when
 * its words were spoken: "Here's Vitaly Churkin in the chamber on Monday." (a clip), "She spoke to us on Monday from a
 * school" (an interview before the show), "Here's the French ambassador, François Delattre, after the vote.", "And the
 * reply, same meeting, from ... Gerard van Bohemen". The turn that follows is dated so, not by the recording's day: a
 * conversation's day in the cue from the voice's name on, else the day beside the name, else the vote the cue places
 * it after or before, else the day of the voice handed over to before at "the same meeting".
 */
function dateByHostCue(article: ArticleAnalysis, statements: ExtractedStatement[], votes: ExtractedVote[], transcriptStart: Segment): void {
  const { text } = article;
  let lastCued: When | null = null;
  let lastCuedParagraph = -1;
  let lastCuedSurname = '';
  for (const statement of statements) {
    if (statement.verb.lemma !== 'answer' || statement.said.basis !== 'publication') continue;
    // A turn of the transcript's (an introduction before it dates the record: introductionDay). (s57) A stage direction
    // between the cue and the clip ("(SOUNDBITE OF ARCHIVED RECORDING)") stands between them, not in place of the cue.
    let cueAt = statement.paragraph - 1;
    while (cueAt > 0 && isStageDirection((article.paragraphs[cueAt] as Segment).text)) cueAt--;
    const cue = article.paragraphs[cueAt];
    if (!cue || cue.start < transcriptStart.start || statements.some((s) => s.paragraph === cueAt && s.verb.lemma === 'answer')) continue;
    const surname = speakerSurname(article, statement.speaker);
    if (surname.length <= 2) continue;
    const sentences = splitSentences(text, cue).filter((x) => !inQuote(article, x));
    const named = sentences.findIndex((x) => nameAsWord(surname).test(x.text));
    if (named < 0) continue;
    const naming = sentences[named] as Segment;
    // (s66) A cue that addresses the voice by name and puts a question to it ("Senator Corker, the Monday she's
    // referring to, Russia vetoed a truce. What does the United States do now?") speaks to a guest on air: the turn
    // is the programme's, and a day in the question is what is asked about, not when the answer was given.
    const addressed = naming.start === cue.start ? naming.text.replace(TURN_LABEL_LEAD, '') : naming.text;
    if (addressesVoice(addressed, surname) && /\?/u.test(cue.text)) continue;
    const talk = sentences
      .slice(named)
      .map((sentence) => ({ sentence, day: conversationDay(article, sentence) }))
      .find((x) => x.day !== null);
    const beside = daysIn(article, naming).filter((m) => m.when.date !== null && m.when.date <= article.publishedOn);
    let day: When | null = talk ? talk.day : beside.length === 1 ? (beside[0] as DateMention).when : null;
    const source = talk?.sentence ?? naming;
    // (s57) "was in the chamber for the vote", "had a very different take in the chamber": the vote's day as well.
    // (s58) Only in the words that place the voice, before what it is reported to have said ("said South Africa had
    // always argued that the answer lay in the council" is the remark's, not where it was made).
    const placing = naming.text.slice(0, cueComplementStart(naming.text, surname));
    if (!day && /\b(?:after|before|for|at)\s+the\s+vote\b|\bin\s+the\s+(?:chamber|council)\b/iu.test(placing))
      day =
        votes.filter((v) => v.voted.date !== null && v.voted.precision === 'day' && (v.evidence[0] as Span).start < naming.start).at(-1)
          ?.voted ?? null;
    // "And Vitaly Churkin for Russia.": a short cue of one sentence with no day of its own, right after a voice cued to a
    // day, hands over to the same occasion's next voice ("Ilse is with us. Ilse, was it a mistake?" welcomes a guest).
    const handOver =
      sentences.length === 1 &&
      !/\?/u.test(naming.text) &&
      wordCount(naming.text.replace(TURN_LABEL_LEAD, '')) <= 10 &&
      !article.dateMentions.some((m) => contains(cue, m));
    if (!day && (SAME_OCCASION_CUE.test(naming.text) || (handOver && lastCuedParagraph === cueAt - 1))) day = lastCued;
    // (s57) A cue with no day that names the voice cued last ("Dr. Kayyali says he watches the Council's debates
    // online"): the same conversation, going on.
    if (!day && lastCuedSurname === surname) day = lastCued;
    if (!day?.date) continue;
    const words = source.start === cue.start ? source.text.replace(TURN_LABEL_LEAD, '') : source.text;
    placeAtOccasion(statement, { ...day, note: `the day the host's cue gives the voice ("${clip(words)}")` });
    lastCued = day;
    lastCuedParagraph = statement.paragraph;
    lastCuedSurname = surname;
  }
}

/**
 * (s66) Whether a cue's sentence opens by calling the voice by its surname, after at most a title and a first name,
 * set off by a comma ("Senator Corker, ...", "Dr Ana Roe, ..."); not "Corker, who chairs the committee, told us".
 */
function addressesVoice(words: string, surname: string): boolean {
  const name = nameAsWord(surname).exec(words);
  if (!name) return false;
  const lead = words.slice(0, name.index);
  const after = words.slice(name.index + name[0].length);
  return (
    /^(?:(?!(?:Here|There|And|But|So|Now|Next|Then|Well)\b)\p{Lu}[\p{L}.-]*\s+){0,2}$/u.test(lead) &&
    /^,\s+(?!who\b|whose\b|which\b)/u.test(after)
  );
}

/**
 * (s58) Where the words a cue reports begin: after the first verb of saying that follows the voice's surname ("...,
 * Clayson Monyela, said | South Africa had always argued ..."); the cue's end where there is none.
 */
function cueComplementStart(cue: string, surname: string): number {
  const name = nameAsWord(surname).exec(cue);
  if (!name) return cue.length;
  const verb = /\b(?:said|says|told|argued|added|warned|insisted|stressed|called)\b/u.exec(cue.slice(name.index));
  return verb ? name.index + verb.index + verb[0].length : cue.length;
}

/** The last word of a speaker's name as the article or the gazetteer gives it ("Ostrov" for "Dr. Ilya Ostrov"). */
function speakerSurname(article: ArticleAnalysis, speaker: ResolvedSpeaker): string {
  const name = speaker.status === 'actor' ? (article.gazetteer.actors.get(speaker.id)?.name ?? '') : speaker.proposal.name;
  return name.split(/\s+/u).at(-1) ?? '';
}

/** The days named in a span outside quotations (a day-precise point each), in the order of the date mentions. */
function daysIn(article: ArticleAnalysis, span: Span): DateMention[] {
  return article.dateMentions.filter(
    (m) => m.kind === 'point' && m.when.precision === 'day' && span.start <= m.start && m.end <= span.end && !inQuote(article, m),
  );
}

/**
 * The day named in a span outside quotations, nearest the occasion's word when there is one; where it names none, the
 * day of a same-day word in it ("later in the day", "that evening"), counted from the day the story last gave, in the
 * span's paragraph or the one before (sameDayIn).
 */
function occasionDay(article: ArticleAnalysis, span: Span): When | null {
  const { text } = article;
  const occasion = OCCASION.exec(text.slice(span.start, span.end));
  const at = occasion ? span.start + occasion.index : span.start;
  const atEnd = occasion ? at + occasion[0].length : span.start;
  const away = (m: Span) => (m.start >= atEnd ? m.start - atEnd : Math.max(0, at - m.end));
  // (s68) Not a day in a person's relative clause apart from the occasion's words ("X, a surgeon who left on Sunday,
  // spoke to the paper by telephone").
  const days = daysIn(article, span).filter((m) => !inAsideApart(text, span, m, { start: at, end: atEnd }));
  days.sort((a, b) => away(a) - away(b));
  return days[0]?.when ?? sameDayIn(article, span);
}

/**
 * The day of a same-day word in a span outside quotations ("reached him by telephone later in the day", "spoke to
 * reporters that evening"): the last day-precise point outside quotations before it, in its paragraph or the one
 * before; not the article's day, which the story moved away from ("In a statement yesterday morning, ... Later in the
 * day ..."). Null where no such day is near.
 */
function sameDayIn(article: ArticleAnalysis, span: Span): When | null {
  const word = article.dateMentions.find(
    (m) =>
      m.kind === 'anchored' &&
      m.offsetDays === 0 &&
      m.offsetMonths === undefined &&
      span.start <= m.start &&
      m.end <= span.end &&
      !inQuote(article, m),
  );
  if (!word) return null;
  const paragraph = article.paragraphs.findIndex((p) => p.start <= word.start && word.end <= p.end);
  const from = article.paragraphs[Math.max(0, paragraph - 1)]?.start ?? 0;
  const anchor = daysIn(article, { start: from, end: word.start }).at(-1);
  return anchor ? resolveAnchored(word, anchor.when) : null;
}

/**
 * The day a transcript's introduction gives its occasion, where a sentence of it does ("a news conference in Moscow on
 * Friday", "recorded on Thursday"); a record's header line that names its day ("Monday, 5 December 2016, 3 p.m.") is
 * record-header.ts's, handed in as the record's day.
 */
function introductionDay(article: ArticleAnalysis, transcriptStart: Segment): When | null {
  // A heading line ("THE INTERVIEW | Thursday, November 3, 2016") is the record's header, read as its day apart.
  const before = article.paragraphs.filter((p) => p.end <= transcriptStart.start && !isHeadingLine(p.text));
  const intro = before
    .flatMap((p) => splitSentences(article.text, p))
    .filter((x) => (OCCASION.test(x.text) || setsInterview(x.text) || CONVERSATION.test(x.text)) && !inQuote(article, x));
  // (s59) A sentence that tells the conversation itself ("Five Rings Report spoke to Bitar by telephone on Saturday")
  // before one that tells another occasion earlier in the introduction ("In a statement on Friday, the IOC said").
  const talk = intro.filter((x) => !OCCASION.test(x.text) && (setsInterview(x.text) || CONVERSATION.test(x.text)));
  return (
    programmeDay(article, before) ??
    talk.map((x) => conversationDay(article, x) ?? occasionDay(article, x)).find((d) => d !== null) ??
    intro.map((x) => (OCCASION.test(x.text) ? null : conversationDay(article, x)) ?? occasionDay(article, x)).find((d) => d !== null) ??
    null
  );
}

// (s66) A broadcast's own day, the day word its possessive: "Last night's programme", "Monday night's show".
const PROGRAMME_NOUN = /^['’]s\s+(?:programme|program|show|broadcast|episode)\b/iu;

/**
 * (s66) The day a programme's write-up gives the broadcast its studio turns come from ("Last night's programme,
 * presented by ..., asked whether ..."), before any occasion its introduction tells of a clip played on air ("The first
 * was X, opening Tuesday's emergency debate"): the first day of the paragraphs before the transcript that a
 * programme's noun follows as its possessive. Null where none does.
 */
function programmeDay(article: ArticleAnalysis, before: Segment[]): When | null {
  for (const paragraph of before)
    for (const day of daysIn(article, paragraph)) if (PROGRAMME_NOUN.test(article.text.slice(day.end, day.end + 20))) return day.when;
  return null;
}

/**
 * (s52) The day an introduction gives its occasion (introductionDay) where it is before the page's day: under a header
 * that prints only the day the page appeared ("Senate Estimates Daily | Thursday 20 October 2016"), an introduction's
 * "told senators yesterday" dates the hearing whose exchanges follow.
 */
function pastIntroductionDay(article: ArticleAnalysis, transcriptStart: Segment): When | null {
  const day = introductionDay(article, transcriptStart);
  return day?.date && day.date < article.publishedOn ? day : null;
}

/** The day an introduction tells the conversation took place in (conversationDay), where one of its sentences does. */
function conversationDayBefore(article: ArticleAnalysis, transcriptStart: Segment): When | null {
  return (
    article.paragraphs
      .filter((p) => p.end <= transcriptStart.start && !isHeadingLine(p.text))
      .flatMap((p) => splitSentences(article.text, p))
      .filter((x) => !inQuote(article, x))
      .map((x) => conversationDay(article, x))
      .find((d) => d !== null) ?? null
  );
}

/**
 * (s32) The day in a conversation verb's own clause, after it ("As buses left on Thursday, the paper asked shoppers in
 * the mall on Friday": the asking's Friday, not the clause before's Thursday); null where its clause names none.
 */
function conversationDay(article: ArticleAnalysis, sentence: Segment): When | null {
  const verb = CONVERSATION.exec(sentence.text);
  if (!verb) return null;
  const from = sentence.start + verb.index + verb[0].length;
  return daysIn(article, sentence).find((m) => m.start >= from && !/[,;:]/u.test(article.text.slice(from, m.start)))?.when ?? null;
}

// A transcript's paragraph label: "Q:", "A.", "MR TONER:", "IDRIS:", "Mr Smith (Party):".
// (s66) Or a name in capitals with who the speaker is after a comma: "JO ROE, Relief Watch:", "TOM ROE MP, Labour, Vell:".
const TRANSCRIPT_LABEL =
  /^(?:\p{Lu}{2,}[\p{Lu}'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’-]*){0,3},\s[^:\n]{1,80}:|(?:Q|A|Question|Answer)\s*[:.]|(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Baroness|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s*\([^()\n]{1,60}\))?\s*:)\s+/u;

/**
 * Inside a transcript (a briefing's, an interview's), "yesterday", "this morning" and weekdays are said on the day of
 * the occasion, not of publication: the article's date mentions with its labelled paragraphs' relative days resolved
 * against the day its introduction gives (from the first labelled paragraph to the last; a coda after it is the
 * publisher's again). The article as it was when the introduction gives no day or the article's (`day`: introductionDay).
 */
function onTheTranscriptsDay(article: ArticleAnalysis, transcriptStart: Segment, day: When | null): ArticleAnalysis {
  if (!day?.date || day.date === article.publishedOn) return article;
  const region = transcriptRegion(article, transcriptStart);
  if (!region) return article;
  const rebased = article.paragraphs
    .filter((p) => contains(region, p))
    .flatMap((p) => findDateMentions(article.text, p, day.date as string))
    .filter((m) => m.when.basis === 'relative' && m.kind !== 'anchored');
  const dateMentions = article.dateMentions.map((m) => {
    if (m.when.basis !== 'relative' || m.kind === 'anchored' || !contains(region, m)) return m;
    const again = rebased.find((r) => r.start === m.start && r.end === m.end);
    return again
      ? { ...again, when: { ...again.when, note: `${again.when.note} (inside a transcript of ${describeDay(day.date as string)})` } }
      : m;
  });
  return { ...article, dateMentions };
}

/** A transcript's labelled paragraphs, from the first to the last (a coda after it is the publisher's again). */
function transcriptRegion(article: ArticleAnalysis, transcriptStart: Segment): Span | null {
  const from = article.paragraphs.findIndex((p) => p.start === transcriptStart.start);
  const last = article.paragraphs.findLastIndex((p) => TRANSCRIPT_LABEL.test(p.text));
  if (from < 0 || last < from) return null;
  return { start: transcriptStart.start, end: (article.paragraphs[last] as Segment).end };
}

/**
 * Inside a transcript or a record whose occasion is dated (`day`: introductionDay), a remark a speaker reports in the
 * past tense with no day ("He told the foreign minister that ...", "The Secretary-General said that ...") was made
 * by the day of the turn that reports it, as one in an article by the article's date: the occasion's day, not the
 * day the transcript was published. A present or perfect tense stays undated (undateOpenRemarks ran before).
 */
function dateByRecordDay(article: ArticleAnalysis, statements: ExtractedStatement[], transcriptStart: Segment | null, day: When | null) {
  if (!transcriptStart || !day?.date || day.date === article.publishedOn) return;
  const region = transcriptRegion(article, transcriptStart);
  if (!region) return;
  for (const statement of statements) {
    const first = statement.evidence[0] as Span;
    if (!contains(region, first) || statement.said.basis !== 'publication' || statement.said.date !== article.publishedOn) continue;
    statement.said = { ...day, note: `no day given for the remark; the day of the record it is reported in (${describeDay(day.date)})` };
  }
}

/**
 * A document under a heading that names a meeting and its day (meetingHeadingDay, record-header.ts: a council's
 * minutes, a newsletter's item under its meeting's heading): a remark it reports after the heading that nothing dated
 * was made at that meeting, as one in a record printed turn by turn is (dateByRecordDay, which dates a transcript's).
 * Not one whose attribution sets it elsewhere (ELSEWHERE: "in an interview", "on Twitter", "later"); a present or
 * perfect tense stays undated (undateOpenRemarks ran before).
 */
function dateByMeetingHeading(article: ArticleAnalysis, statements: ExtractedStatement[], transcriptStart: Segment | null): void {
  if (transcriptStart) return;
  const heading = meetingHeadingDay(article);
  const day = heading?.when.date;
  if (!heading || !day || day === article.publishedOn) return;
  for (const statement of statements) {
    const first = statement.evidence[0] as Span;
    if (first.start < heading.line.end || statement.said.basis !== 'publication' || statement.said.date !== article.publishedOn) continue;
    if (ELSEWHERE.test(attributionWords(article.text, statement))) continue;
    statement.said = {
      ...heading.when,
      note: `no day given for the remark; the day of the meeting its document's heading names (${describeDay(day)})`,
    };
  }
}

/**
 * (s68) An institute's write-up of its own event (eventWriteUpDay, date-expressions.ts: "Date of event: Thursday, 22
 * December 2016 | Date of report: 28 December 2016", "On Wednesday 7 December 2016 the Centre convened a closed
 * roundtable"): a remark it reports after that line in the past tense that nothing dated was made at the event, on its
 * day, not the write-up's ("In her opening remarks, the Director ... said that ...", "A European diplomat said ...",
 * "Ms. Qudah replied that ..."); not one in a postscript on what came after, nor one whose attribution sets it
 * elsewhere (ELSEWHERE); a present or perfect tense stays undated.
 */
function dateByEventWriteUp(article: ArticleAnalysis, statements: ExtractedStatement[], transcriptStart: Segment | null): void {
  if (transcriptStart) return;
  const event = eventWriteUpDay(article.paragraphs, article.publishedOn);
  if (!event) return;
  const when: When = { date: event.date, precision: 'day', basis: 'stated', note: '' };
  for (const statement of statements) {
    const first = statement.evidence[0] as Span;
    if (first.start < event.from || first.end > event.to) continue;
    if (statement.said.basis !== 'publication' || statement.said.date !== article.publishedOn) continue;
    if (openTense(article.text, statement.verb) !== null || ELSEWHERE.test(attributionWords(article.text, statement))) continue;
    statement.said = {
      ...when,
      note: `no day given for the remark; the day of the event its write-up reports (${describeDay(event.date)})`,
    };
  }
}

/**
 * (s66) A programme's write-up that gives the broadcast's day by a possessive ("Presenter Jo Roe opened Monday night's
 * programme with the figures", "Last night's show asked ..."): a remark it reports after that sentence in the past
 * tense that nothing dated was made on the programme ("X told Harbour Hour from Geneva that ...", "\"...,\" she said",
 * the closing summary after a studio transcript: "Mr Roe said he expected ..."), on its day, not the write-up's. Not
 * one whose attribution sets it elsewhere (ELSEWHERE); a present or perfect tense stays undated.
 */
function dateByProgrammeDay(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const programme = article.dateMentions.find(
    (m) =>
      m.when.precision === 'day' &&
      m.when.date !== null &&
      m.when.date < article.publishedOn &&
      PROGRAMME_NOUN.test(text.slice(m.end, m.end + 20)) &&
      !inQuote(article, m),
  );
  const day = programme?.when.date;
  const sentence = programme ? sentenceOf(article, programme.start) : null;
  if (!programme || !day || !sentence) return;
  for (const statement of statements) {
    const first = statement.evidence[0] as Span;
    if (first.start < sentence.end || statement.said.basis !== 'publication' || statement.said.date !== article.publishedOn) continue;
    if (openTense(text, statement.verb) !== null || ELSEWHERE.test(attributionWords(text, statement))) continue;
    statement.said = {
      ...programme.when,
      note: `no day given for the remark; the day of the programme its write-up tells of (${describeDay(day)})`,
    };
  }
}

/**
 * The remark before `statements[index]` in the same exchange, where that one is another speaker's and dated to a day:
 * in the paragraph, or in the paragraph before when the remark opens its own ("X said ... // Y answered that ...").
 */
function exchangeBefore(article: ArticleAnalysis, statements: ExtractedStatement[], index: number): ExtractedStatement | null {
  const statement = statements[index] as ExtractedStatement;
  const before = statements[index - 1];
  const sentence = sentenceOf(article, (statement.evidence[0] as Span).start);
  const opensParagraph = sentence !== null && article.paragraphs[statement.paragraph]?.start === sentence.start;
  const near = before && (before.paragraph === statement.paragraph || (opensParagraph && before.paragraph === statement.paragraph - 1));
  return near &&
    speakerKey(before.speaker) !== speakerKey(statement.speaker) &&
    before.said.basis !== 'publication' &&
    before.said.precision === 'day'
    ? before
    : null;
}

// (s64) A recording a remark was made in, as a remark's attribution names it ("said in the clip", "in her video";
// unseen "said at the end of the recording", "in his podcast"), or a sentence right before it ("ended her video with a
// simple request."): a definite or possessive noun, pointing back to one the story introduced.
const MEDIUM_NOUNS = 'video|clip|footage|recording|livestream|podcast';
const MEDIUM_IN_ATTRIBUTION = new RegExp(
  String.raw`^\s*(?:in|on|during|at\s+the\s+(?:end|start)\s+of)\s+(?:the|her|his|their|its|that)\s+(?:own\s+)?(${MEDIUM_NOUNS})\b`,
  'iu',
);
const MEDIUM_REFERRED = new RegExp(String.raw`\b(?:the|her|his|their|its)\s+(?:own\s+)?(${MEDIUM_NOUNS})\b`, 'iu');
// Where the story introduces it: with an indefinite article and up to three words before the noun ("an emotional,
// makeup-free video", "a 40-second clip"; unseen "a short recording", "a video message").
const MEDIUM_INTRODUCED = new RegExp(String.raw`\b(?:an?)\s+(?:[\p{L}\d'’-]+,?\s+){0,3}?(?:${MEDIUM_NOUNS})\b`, 'iu');

/**
 * (s64) The day of the recording a remark was made in (MEDIUM_IN_ATTRIBUTION: "Quinlan said in the clip"; or the
 * sentence right before it in its paragraph, with no one's speech, names it: "Quinlan ended her video with a simple
 * request."): the day nearest the recording's introduction in the latest sentence before, outside quotations, that
 * introduces one (MEDIUM_INTRODUCED: "posted an emotional video to Instagram on Tuesday night"), on or before the
 * article's date. Null where none is told.
 */
function mediumDay(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
  statement: ExtractedStatement,
  sentence: Segment,
): { day: DateMention; sentence: Segment; noun: string } | null {
  const { text } = article;
  const paragraph = article.paragraphs[statement.paragraph];
  if (!paragraph || !pastSpeech(text, statement.verb)) return null;
  let referred = MEDIUM_IN_ATTRIBUTION.exec(text.slice(statement.verb.end, statement.verb.end + 60));
  if (!referred) {
    const before = sentenceBefore(text, paragraph, sentence);
    if (before && !inQuote(article, before) && !inRemark(statements, before)) referred = MEDIUM_REFERRED.exec(before.text);
  }
  if (!referred) return null;
  const named = latestNaming(
    article,
    bodySentences(article).filter((x) => x.end <= sentence.start),
    (words) => MEDIUM_INTRODUCED.exec(words),
    false,
    true,
  );
  const day = named?.day;
  if (!named || !day || day.kind !== 'point' || day.when.precision !== 'day' || (day.when.date ?? '') > article.publishedOn) return null;
  return { day, sentence: named.sentence, noun: (referred[1] as string).toLowerCase() };
}

/**
 * Statements the rules of `assignDatesAndPlaces` left at the article's date, dated by the occasion the article gives
 * them: the interview's day for the interviewee's remarks, an occasion dated in the sentence before (same paragraph,
 * with no other speaker), a dated statement of the same speaker that follows in the paragraph and names its occasion,
 * or "at the same summit" (the last day named before).
 */
function dateByOccasion(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
  introduction: When | null,
  transcriptStart: Segment | null,
): void {
  const { text } = article;
  const dayIn = (span: Span) => occasionDay(article, span);
  const undated = (s: ExtractedStatement) => s.said.basis === 'publication';

  // The interview: its day dates the undated remarks of the first person quoted after it. A sentence that is itself
  // someone's remark ("I met on Thursday with doctors who ...", a senator's turn in a hearing) sets no interview, nor
  // does one inside a labelled transcript's turns (from its first labelled paragraph on: the introduction is before).
  const spoken = (x: Span) =>
    statements.some((s) => s.evidence.some((e) => contains(e, x))) || (transcriptStart !== null && x.start >= transcriptStart.start);
  for (const paragraph of article.paragraphs) {
    for (const sentence of splitSentences(text, paragraph)) {
      if (!setsInterview(sentence.text) || inQuote(article, sentence) || spoken(sentence)) continue;
      const day = dayIn(sentence);
      if (!day) continue;
      const interviewee = statements.find((s) => (s.evidence[0] as Span).start >= sentence.start);
      if (!interviewee) continue;
      for (const statement of statements)
        if (
          undated(statement) &&
          speakerKey(statement.speaker) === speakerKey(interviewee.speaker) &&
          !ownPassageDay(article, statements, statement, sentence, day)
        )
          statement.said = { ...day, basis: day.basis, note: `the day of the interview ("${clip(sentence.text)}")` };
    }
  }
  // A labelled transcript: its introduction dates the occasion ("a news conference in Moscow on Friday").
  if (introduction)
    for (const statement of statements)
      if (statement.verb.lemma === 'answer' && undated(statement))
        placeAtOccasion(statement, { ...introduction, note: "the day of the occasion the transcript's introduction names" });
  statements.forEach((statement, index) => {
    const before = statements[index - 1];
    if (
      statement.said.note?.startsWith('continues') &&
      before &&
      continuesRemark(article, before, statement) &&
      before.said.basis !== 'publication'
    ) {
      statement.said = inherit(before.said);
      if (placedAtOccasion(before)) placeAtOccasion(statement, statement.said);
      return;
    }
    if (!undated(statement)) return;
    const first = statement.evidence[0] as Span;
    const attribution = attributionWords(text, statement);
    const sentence = sentenceOf(article, first.start);
    const opening = sentence ? sameGatheringOpening(article, statement, sentence) : null;
    // (s69) Not the sentence's "the same day" where the verb stands in a relative clause after it (", which diplomats
    // said"): that day is the clause's the relative clause hangs on.
    const relative = RELATIVE_SPEAKER_BEFORE_VERB.exec(text.slice(Math.max(0, statement.verb.start - 60), statement.verb.start));
    const same = relative
      ? SAME_OCCASION.exec(`${relative[0]}${text.slice(statement.verb.start, statement.verb.end)}`)
      : (SAME_OCCASION.exec(attribution) ?? (sentence ? SAME_OCCASION.exec(sentence.text) : null) ?? opening?.same);
    if (same && (!same.groups?.contact || (sentence && contactOfVerb(text, sentence, statement.verb)))) {
      const gathering = same.groups?.gathering;
      const day =
        gathering && sentence ? sameGatheringDay(article, statements, index, gathering, sentence, opening?.sentence ?? sentence) : null;
      // (s64) Not a day in a clause of "since", as for lastPointMention: "X said on Monday that 20,000 people had left since
      // Thursday. Y said the same day ...": Monday; Thursday, where the span began, is no day of a remark.
      // (s70) A day its own sentence names before "the same day" is that day, wherever the remark's words start: "X
      // welcomed Monday's resolution in a statement issued the same day, but said ...".
      const sameAt = !relative && sentence ? text.indexOf(same[0], sentence.start) : -1;
      const limit = sentence && sameAt >= 0 && sameAt < sentence.end ? Math.max(first.start, sameAt) : first.start;
      const last = article.dateMentions
        .filter(
          (m) =>
            m.end <= limit &&
            m.kind === 'point' &&
            m.when.precision === 'day' &&
            !inQuote(article, m) &&
            !/\bsince\b[^.;,!?]{0,80}$/iu.test(text.slice(Math.max(0, m.start - 100), m.start)) &&
            !PLANNED_DAY.test(text.slice(Math.max(0, m.start - 100), m.start)),
        )
        .at(-1);
      if (day) placeAtOccasion(statement, day);
      else if (last) placeAtOccasion(statement, { ...last.when, note: 'the day of the same occasion, named before' });
      return;
    }
    // (s45) "Its chairman, X, told the meeting the queue had reached 12 kilometres", after "told its members at a meeting
    // in Antakya on Tuesday": the gathering named before with its day, as "the same meeting" is (only where one is).
    const told = THE_GATHERING.exec(text.slice(statement.verb.start, statement.verb.end + 24));
    if (told && sentence) {
      // The latest naming of that noun in the paragraph or the two before: an undated one is the one meant ("At an
      // informal meeting of the Assembly, ... Samantha Power told the meeting": the article's day).
      const near = bodySentences(article, Math.max(0, statement.paragraph - 2), statement.paragraph + 1).filter(
        (x) => x.end <= sentence.start,
      );
      const noun = new RegExp(String.raw`\b${told[1]}\b`, 'iu');
      const named = latestNaming(article, near, (words) => noun.exec(words), false, true);
      if (named?.day && named.day.kind === 'point' && named.day.when.precision === 'day') {
        placeAtOccasion(statement, { ...named.day.when, note: `the day of the ${told[1]} named before ("${clip(named.sentence.text)}")` });
        return;
      }
    }
    // (s64) A remark said "in the clip", or told right after a sentence of the paragraph that names the speaker's video
    // and no one's speech ("X ended her video with a simple request."), was made in the video the story introduced
    // before with its day ("posted an emotional, makeup-free video to Instagram on Tuesday night").
    const medium = sentence ? mediumDay(article, statements, statement, sentence) : null;
    if (medium) {
      statement.said = { ...medium.day.when, note: `the day of the ${medium.noun} told before ("${clip(medium.sentence.text)}")` };
      return;
    }
    // "X told reporters afterwards", "said after the talks", "said at the time": the day of the
    // happening the article told last, in this paragraph or the one before.
    // (s34) Not where its sentence places the speaker at the scene the story set (a guest "who attended" the prayers,
    // "speaking to us afterwards"): after that gathering, dated by dateByScene, not by a day told between.
    if (AFTERWARDS.test(attribution) && !(sentence && atScene(article, statements, statement, sentence))) {
      const paragraph = article.paragraphs.findIndex((p) => p.start <= first.start && first.start < p.end);
      const from = article.paragraphs[Math.max(0, paragraph - 1)]?.start ?? 0;
      const attributionStart = Math.min(...statement.attribution.map((a) => a.start), first.start);
      // (s53) Not a day told in the past perfect, the background of the happening ("The World Health Organization had
      // warned on Dec. 2 that ..." in a paragraph on the Dec. 5 vote).
      // (s57) Not for "at the time": the time meant is the happening told last, in the past perfect as often as not
      // ("had tried to break the deadlock on October 6 by offering ...", then "de Mistura said at the time").
      const atTheTime = /\bat\s+the\s+time\b/iu.test(attribution);
      const background = (m: Span) => !atTheTime && PAST_PERFECT_CLAUSE.test(article.text.slice(Math.max(from, m.start - 60), m.start));
      const dayFrom = (start: number) =>
        article.dateMentions
          .filter(
            (m) =>
              m.start >= start &&
              m.end <= attributionStart &&
              m.kind === 'point' &&
              m.when.precision === 'day' &&
              !inQuote(article, m) &&
              !background(m),
          )
          .at(-1);
      // (s57) Where neither names a day, the paragraph before them, when the one between only goes on with the
      // happening and reports no speech ("... ended on Saturday evening" // "Kerry and Lavrov met for more than four
      // hours ..." // "Speaking at a news conference in the hotel afterwards, Kerry ...").
      const between = article.paragraphs[paragraph - 1];
      const narrativeBetween =
        between !== undefined &&
        !statements.some((s) => contains(between, s.evidence[0] as Span)) &&
        !/\b(?:said|says|told|tells|speaking|added|warned)\b/u.test(between.text);
      const last =
        dayFrom(from) ?? (paragraph >= 2 && narrativeBetween ? dayFrom((article.paragraphs[paragraph - 2] as Segment).start) : undefined);
      if (last) {
        statement.said = { ...last.when, note: `${AFTERWARDS_NOTE} ("afterwards")` };
        return;
      }
      // (s64) Where neither paragraph names a day, the happening is the one the remark right before was dated at, in
      // this paragraph or the one before ("Speaking ... afterwards, X said ..." // "Y told reporters after the meeting
      // that ...", "Z told the chamber ... // W said after the meeting that ..."): the same happening, its day.
      const previous = statements[index - 1];
      if (previous && !undated(previous) && previous.said.date && statement.paragraph - previous.paragraph <= 1) {
        // Its reason kept in the note: a remark dated by the meeting the article leads with stays so (datedByLeadMeeting).
        statement.said = { ...previous.said, note: `${AFTERWARDS_NOTE} ("afterwards"), as the remark before (${previous.said.note})` };
        return;
      }
    }
    // "X replied that ...": a reply in the same exchange as the dated remark before it in the paragraph, or in the
    // paragraph before when the reply opens its own ("X said ... // Y answered that ..."); so is (s35) one said "in
    // response" or "in reply" with nothing named after it ("Y said in response that ...", not "in response to the vote");
    // (s65) or one who "shot back" or "hit back" ("X called the veto a blow ... Y shot back that the text had been
    // \"written to be vetoed\"").
    const replied = REPLY.test(statement.verb.text) || IN_REPLY.test(attribution) ? exchangeBefore(article, statements, index) : null;
    if (replied) {
      statement.said = { ...replied.said, note: 'the day of the remark it replies to' };
      return;
    }
    // "In the chamber, X said": the day of the council or assembly meeting named last before, if it gives one.
    if (IN_THE_CHAMBER.test(attribution) && sentence) {
      const named = article.paragraphs
        .flatMap((p) => splitSentences(text, p))
        .filter((x) => x.end <= sentence.start && CHAMBER_OCCASION.test(x.text))
        .at(-1);
      const day = named ? dayIn(named) : null;
      if (day) {
        placeAtOccasion(statement, { ...day, note: `${CHAMBER_MEETING_NOTE} ("${clip(named?.text ?? '')}")` });
        return;
      }
    }
    // The sentence before, in the same paragraph, names the occasion and its day, and reports no other speech.
    if (sentence) {
      const paragraphIndex = article.paragraphs.findIndex((p) => p.start <= sentence.start && sentence.start < p.end);
      const paragraph = article.paragraphs[paragraphIndex] as Segment;
      const inParagraph = sentenceBefore(text, paragraph, sentence);
      // The remark names its occasion in its own sentence ("told a briefing in Geneva", "At an emergency meeting of
      // the Council in New York, X said").
      const leadIn = text.slice(sentence.start, Math.max(sentence.start, statement.verb.start));
      const named = OCCASION_IN_ATTRIBUTION.exec(attribution) ?? (inQuote(article, sentence) ? null : OCCASION_IN_ATTRIBUTION.exec(leadIn));
      const ownOccasion = named !== null;
      // Where the remark opens its paragraph and names a gathering as its occasion ("At an emergency meeting of the
      // Council in New York, X said"), the sentence before is the paragraph before when that is one sentence that
      // reports no speech, a transition ("Half a world away, ... played out Tuesday at the United Nations."). Not for
      // an interview or a briefing, which a happening told before does not date.
      const before = article.paragraphs[paragraphIndex - 1];
      const transition = before ? splitSentences(text, before) : [];
      const crossing =
        !inParagraph &&
        named !== null &&
        /\b(?:meeting|session)\b/iu.test(named[0]) &&
        transition.length === 1 &&
        !statements.some((s) => s.evidence.some((e) => before && e.start < before.end && before.start < e.end))
          ? transition[0]
          : undefined;
      const previous = inParagraph ?? crossing;
      const otherSpeech = previous && statements.some((s) => s.evidence.some((e) => e.start < previous.end && previous.start < e.end));
      // ... or the remark names its occasion ("told a briefing in Geneva") and the sentence before only gives its day
      // ("On Tuesday his office went further.").
      const occasionNamed = OCCASION.test(previous?.text ?? '') || ownOccasion;
      const day = previous && !otherSpeech && occasionNamed ? dayIn(previous) : null;
      if (day) {
        placeAtOccasion(statement, { ...day, note: `the day of the occasion named before ("${clip(previous?.text ?? '')}")` });
        return;
      }
      // The speaker's own setting a sentence or two before, in the same paragraph and with no speech between: "Dr.
      // Ostrov sent me a voice message on Tuesday night. [It was short.] He said ...", "X was blunter in the corridor
      // outside the chamber on Saturday. He told reporters ...". An interviewee's answer around it is no other speech.
      const setting = splitSentences(text, paragraph)
        .filter((x) => x.end <= sentence.start)
        .slice(-2)
        .reverse()
        .find((x, back, all) => {
          const spoken = (y: Segment) =>
            statements.some((s) => s.verb.lemma !== 'answer' && s.evidence.some((e) => e.start < y.end && y.start < e.end));
          if (all.slice(0, back + 1).some(spoken) || inQuote(article, x)) return false;
          const surname = speakerSurname(article, statement.speaker);
          if (SPEAKER_SETTING.test(x.text) && surname.length > 2 && x.text.includes(surname)) return true;
          // ... or the reporter's scene right before "He said": a sentence whose subject is the speaker, caught in
          // the act on a day ("A baker who sells flatbread was stacking crates by his stall on Wednesday.
          // He said ...", "Sandvik was clearing her office on Monday. She told me ..."). Only a past
          // progressive: a plain past ("X's convoy reached ...") tells a happening, not where the speaker was met.
          const pronounFirst = PRONOUN_VERB_OPENING.test(text.slice(sentence.start, statement.verb.end));
          const subject = x.text.split(/\s+/u).slice(0, 8).join(' ');
          const token = speakerToken(article, statement.speaker);
          return back === 0 && pronounFirst && token.length > 2 && subject.includes(token) && SCENE_VERB.test(x.text);
        });
      const settingDay = setting ? dayIn(setting) : null;
      if (settingDay) {
        statement.said = { ...settingDay, note: `the day of the speaker's setting named before ("${clip(setting?.text ?? '')}")` };
        return;
      }
    }
    // The same speaker's next statement in the paragraph names its occasion and day ("In a statement issued late on
    // Sunday, he urged ..."), or, right in the next sentence, its own day in its attribution ("X said the town had
    // changed. \"...,\" she said on Monday, at a carol service"; "\"...,\" X said, speaking by telephone on Monday"):
    // the reporter's one conversation with the speaker, told in two sentences.
    const next = statements[index + 1];
    if (
      next &&
      next.paragraph === statement.paragraph &&
      speakerKey(next.speaker) === speakerKey(statement.speaker) &&
      !undated(next) &&
      next.said.precision === 'day' &&
      // (s49) Not a telling in the pluperfect ("On Sunday he had told reporters ..."): it goes back before this remark.
      !PLUPERFECT_BEFORE.test(text.slice(Math.max(0, next.verb.start - 24), next.verb.start)) &&
      (next.attribution.some((a) => OCCASION.test(text.slice(a.start, a.end))) || toldInTheNextSentence(article, statement, next))
    )
      placeAtOccasion(statement, { ...next.said, note: 'the day of the occasion named in the next sentence' });
  });
}

// A pluperfect's "had" right before a verb, an adverb between allowed: "he had told", "had already warned".
const PLUPERFECT_BEFORE = /\bhad\s+(?:\p{Ll}+ly\s+|already\s+|also\s+)?$/u;

/**
 * Whether `next` is dated by its own attribution (not by a remark it continues nor a rule reading other sentences) in
 * the sentence right after the one `statement` opens in, and `statement` is in the past tense: "X said the siege had
 * changed him. \"...,\" X said, speaking by telephone on Monday."
 */
function toldInTheNextSentence(article: ArticleAnalysis, statement: ExtractedStatement, next: ExtractedStatement): boolean {
  if (openTense(article.text, statement.verb) !== null || next.continuation || next.said.note?.startsWith('continues')) return false;
  const own = sentenceOf(article, statement.verb.start);
  const following = sentenceOf(article, Math.min(next.verb.start, (next.evidence[0] as Span).start));
  if (!own || !following || following.start < own.end) return false;
  const between = article.text.slice(own.end, following.start);
  const attributed = article.dateMentions.some(
    (m) => m.when.date === next.said.date && next.attribution.some((a) => contains(a, m)) && !inQuote(article, m),
  );
  return /^\s*$/u.test(between) && attributed;
}

// Meetings coverage: the lead reports a UN body's meeting or vote on a day ("The General Assembly on Monday adopted
// ..."), and a remark whose words place it at that meeting ("told the Assembly", "Speaking before the vote", "told
// reporters after the vote", "after the Council vote", "Explaining the vote", "Introducing the draft", "in explanation
// of vote") was made that day (not "a week after the vote").
const MEETING_BODY = /\b(?:General\s+Assembly|Security\s+Council|Assembly|[Cc]ouncil)\b/u;
// A body's resolution that "demanded" or "called for" something is its vote ("the Assembly demanded a truce on Friday").
// A draft's tally told as what it won ("won 11 votes", "received nine votes", "got only four votes") is its vote too:
// a count in digits or a number word (a council's tally is below twenty), never any word before "votes" ("won more
// votes", "received enough votes" tell no tally).
const TALLY_COUNT = `(?:\\d+|${Object.keys(UNITS).join('|')})`;
const MEETING_VERB = new RegExp(
  String.raw`\b(?:adopted|voted|vetoed|rejected|approved|passed|met|debated|convened|failed|fell|blocked|endorsed|demanded|held\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:meeting|session|debate)|(?:won|received|got|secured|drew|gained)\s+(?:only\s+)?${TALLY_COUNT}\s+votes)\b`,
  'u',
);
const AT_THE_MEETING =
  /\b(?:(?:told|addressed|addressing|telling|briefed|briefing)\s+(?:the\s+)?(?:(?:\d{2,3}|fifteen)-(?:member|nation|strong)\s+)?(?:General\s+Assembly|Security\s+Council|[Aa]ssembly|[Cc]ouncil|chamber|hall|meeting|[Dd]ebate|members|delegates)|(?:(?:speaking|just|shortly|immediately)\s+|(?<!(?:days?|weeks?|months?|years?|hours?)\s))(?:before|after)\s+the\s+(?:(?:Security\s+)?Council(?:['’]s)?\s+|(?:General\s+)?Assembly(?:['’]s)?\s+)?vote|in\s+(?:an?\s+|the\s+)?explanation\s+of\s+(?:(?:his|her|its|their)\s+)?vote|explain(?:ing|ed)\s+(?:the|his|her|its|their)\s+(?:delegation['’]s\s+|country['’]s\s+|\p{Lu}\p{Ll}+\s+)?vote|introducing\s+the\s+(?:draft|text|resolution|amendment)|(?:outside|in)\s+the\s+(?:Council\s+)?chamber|(?:opening|closing|winding\s+up)\s+the\s+debate)\b/iu;

// Every cue AT_THE_MEETING finds in a remark's words, compiled once; read by matchAll only.
const AT_THE_MEETING_ALL = new RegExp(AT_THE_MEETING, 'giu');

// Any other gathering a lead reports on its day ("Arab foreign ministers meeting in emergency session in Cairo
// yesterday called for ..."), and the words that place a remark at it ("told the session", "on the sidelines of the
// meeting", "who chaired the session", "in his opening address"; a message read out there is dated by it too: "said in
// a message to the meeting", unseen "in a letter to the conference", "in a video message to the summit").
const GATHERING = /\b(?:(?:emergency|extraordinary|special)\s+(?:session|summit|meeting)|summit|(?:meeting|met)\s+in\s+\p{Lu})/u;
const AT_THE_GATHERING =
  /\b(?:(?:told|addressed|addressing|telling)\s+the\s+(?:session|summit|conference|meeting|gathering)|on\s+the\s+sidelines\s+of\s+the\s+(?:meeting|session|summit|conference)|in\s+an?\s+(?:\p{Ll}+\s+)?(?:message|letter)\s+to\s+the\s+(?:session|summit|conference|meeting|gathering)|who\s+(?:chaired|hosted|opened|attended)\s+the\s+(?:meeting|session|summit|conference)|in\s+(?:his|her|its|their)\s+opening\s+(?:address|remarks|speech)|in\s+(?:a|the|its|their)\s+(?:final|closing|joint)\s+(?:statement|communiqu[eé]?|declaration))\b/iu;

const MEETING_SECTION =
  /^(?:(?:the\s+)?explanations?\s+of\s+(?:the\s+)?votes?|(?:the\s+|in\s+the\s+)?debate|statements\s+(?:in|at|before|after)\s+the\s+(?:debate|meeting|vote))\b/iu;

/**
 * Remarks at the meeting a meetings-coverage story leads with: dated by the meeting's day when their own words place
 * them there (see AT_THE_MEETING), the meeting's body agreeing with any body the words name; a remark that
 * continues one of them follows it (dateByOccasion).
 */
function dateByMeeting(article: ArticleAnalysis, statements: ExtractedStatement[], meeting: LeadMeeting | null): void {
  const { text } = article;
  if (!meeting) return;
  // A section headed as the meeting's speeches ("Explanations of vote", "The debate") holds remarks made at it.
  let heading: string | null = null;
  const headings = article.paragraphs.map((paragraph) => {
    if (SECTION_HEADING.test(paragraph.text) && !isHeadline(article, paragraph)) heading = paragraph.text;
    return heading;
  });
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || statement.continuation || openTense(text, statement.verb) !== null) continue;
    const words = placingWords(article, statement, statements);
    const section = headings[statement.paragraph] ?? '';
    const kind = speakerKind(article.gazetteer, statement.speaker);
    // ... and, under such a heading, only a delegation's or a person's (not "aid workers at the crossings").
    const cue =
      meeting.body === 'gathering'
        ? AT_THE_GATHERING.exec(words)
        : (AT_THE_MEETING.exec(words) ?? (kind === 'state' || kind === 'person' ? MEETING_SECTION.exec(section) : null));
    if (!cue) continue;
    // (s60) "In Moscow today, the ministers ... are meeting ... Opening the debate, Lavrov said": a meeting its own
    // paragraph tells before the remark, on a day, is the one whose debate is opened, not the one the article leads with.
    if (/^(?:opening|closing|winding)/iu.test(cue[0])) {
      const paragraph = article.paragraphs[statement.paragraph] as Segment;
      const earlier = { start: paragraph.start, end: Math.min(statement.verb.start, ...statement.evidence.map((e) => e.start)) };
      if (
        /\b(?:meet(?:ing|s)?|met|talks|session|summit|conference)\b/iu.test(text.slice(earlier.start, earlier.end)) &&
        daysIn(article, earlier).length > 0
      )
        continue;
    }
    // (s53) A section that opens on a meeting of its own (sectionMeeting: "So what did Friday's vote do? / On Friday, Dec.
    // 9, the Assembly adopted ...") places its speakers at that one, not at the meeting the article leads with.
    const own = meeting.body === 'gathering' ? null : sectionMeeting(article, statement);
    const at = own ?? meeting;
    const named = /assembly/iu.test(cue[0]) ? 'assembly' : /council/iu.test(cue[0]) ? 'council' : null;
    if (named && named !== at.body) continue;
    const note = own ? SECTION_MEETING_NOTE : MEETING_NOTE;
    placeAtOccasion(statement, { ...at.day, note: `${note} ("${cue[0]}")` });
  }
}

// (s43) A parliament's sitting a lead tells on a day: a minister or member speaking to the chamber ("told MPs on
// Tuesday", "told the Dáil", "addressed the Senate") or in it ("in the Commons on Tuesday"), or an urgent question.
const SITTING_LEAD =
  /\b(?:told|telling|tells|addressed|addressing)\s+(?:MPs|TDs|MEPs|lawmakers|deputies|senators|peers|parliament|(?:the\s+)?(?:House|Commons|Lords|Senate|D[áa]il|Bundestag|Duma|Knesset|Parliament|chamber))\b|\b(?:in|to)\s+the\s+(?:House\s+of\s+(?:Commons|Lords|Representatives)|Commons|Lords|Senate|D[áa]il|Bundestag|Duma|Knesset)\b|\burgent\s+question\b/u;
// Who speaks at a sitting, by the words that place or name them: a member or minister of the chamber ("the Labour MP",
// "Conservative backbencher", "the shadow foreign secretary", "the member for Betio", (s52) a senator by title:
// "Senator Wong said"), one who intervened, asked a question or replied.
const AT_THE_SITTING =
  /\b(?:MPs?|TDs?|MEPs?|backbench(?:er|ers)?|shadow|ministers?|member\s+for|senators?|Senator|deputies|deputy|lawmakers?|peers?|Speaker|[Ii]ntervening|interrupted|despatch\s+box|dispatch\s+box|told\s+(?:the\s+)?(?:House|Commons|chamber|MPs))\b/u;

// (s52) Words that place a person before a chamber or its committee: a witness "giving evidence", one who "told the
// committee" or "told senators", "in the Senate", "before the committee".
const BEFORE_THE_CHAMBER =
  /\b(?:giving|gave|give|given|to\s+give)\s+evidence\b|\b(?:told|telling|tells|addressed|addressing)\s+(?:the\s+)?(?:committee|inquiry|hearing|senators|MPs|TDs|lawmakers|peers)\b|\b(?:in|before)\s+the\s+(?:Senate|Commons|Lords|Dáil|committee|hearing|inquiry)\b/u;

// (s59) The line a summary record opens its sitting with: "The sitting begins at 2.05 p.m.", "The meeting opened at 10
// a.m.", "The hearing began at 3 p.m.".
const SITTING_OPENS =
  /^\s*The\s+(?:sitting|meeting|hearing|session)\s+(?:begins|began|opens|opened|commences|commenced|starts|started)\s+at\b/u;

/**
 * (s59) A summary record of a committee's sitting ("Wednesday 12 October 2016. — Chair: Fabrizio CICCHITTO. — Present:
 * ... / The sitting begins at 2.05 p.m. / ... He recalls that ... He stresses that ..."): the remarks it summarises, in
 * the record's narrative present or in the past, were made at the sitting, on the day the lines right before its
 * opening give, where no words of their own date them.
 */
function dateBySummaryRecord(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const opening = article.paragraphs.findIndex((p) => SITTING_OPENS.test(p.text));
  if (opening < 0) return;
  const opened = article.paragraphs[opening] as Segment;
  const heading = article.paragraphs
    .slice(Math.max(0, opening - 3), opening)
    .reverse()
    .map((p) => article.dateMentions.find((m) => m.start >= p.start && m.end <= p.end && m.kind === 'point' && m.when.precision === 'day'))
    .find((m) => m !== undefined);
  if (!heading?.when.date || heading.when.date > article.publishedOn) return;
  const sitting = heading.when;
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || (statement.evidence[0] as Span).start < opened.end) continue;
    statement.said = { ...sitting, note: `the day of the sitting the summary record heads (${describeDay(sitting.date as string)})` };
  }
}

/**
 * (s43) A story of one sitting of a parliament, set on a day by its lead (SITTING_LEAD): a person's past-tense remark
 * that no words of its own date, told by words that make its speaker one of the chamber's (AT_THE_SITTING: "Conservative
 * backbencher Andrew Mitchell urged", "Intervening, the SNP's Alex Salmond said") or a question or a reply, was made at
 * that sitting; so are that speaker's later remarks. Not one whose sentence names a later day.
 */
function dateBySitting(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const weekBefore = addDays(article.publishedOn, -7);
  let day: When | undefined;
  for (const sentence of leadSentences(article, 2)) {
    if (inQuote(article, sentence) || !SITTING_LEAD.test(outsideQuotations(article, sentence))) continue;
    day = daysIn(article, sentence).find(
      (m) => m.when.date !== null && m.when.date >= weekBefore && m.when.date <= article.publishedOn && !inDatelineHead(article, m),
    )?.when;
    if (day) break;
  }
  if (day?.precision !== 'day') return;
  const sitting = day;
  const members = new Set<string>();
  // (s52) Who the story places before the chamber or its committee in its own words ("DFAT secretary Frances Adamson
  // was giving evidence", "Representing the Foreign Minister in the Senate, ..., Senator George Brandis, rejected",
  // "Ms Ruthven told the committee"): a witness or a member, by surname, wherever the sentence stands.
  const witnesses = new Set<string>();
  for (const paragraph of article.paragraphs)
    for (const sentence of splitSentences(text, paragraph)) {
      const own = outsideQuotations(article, sentence);
      if (!BEFORE_THE_CHAMBER.test(own)) continue;
      for (const name of own.matchAll(/\p{Lu}[\p{L}'’-]+(?=[\s,]|$)/gu)) witnesses.add(name[0]);
    }
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || openTense(text, statement.verb) !== null) continue;
    if (!isPersonSpeaker(article.gazetteer, statement.speaker)) continue;
    const own = sentenceOf(article, statement.verb.start);
    if (own && namesALaterDay(article, own, sitting)) continue;
    const key = speakerKey(statement.speaker);
    const words = `${statement.speakerRole ?? ''} ${placingWords(article, statement, statements)}`;
    const cue =
      AT_THE_SITTING.test(words) ||
      statement.verb.lemma === 'ask whether' ||
      statement.verb.lemma === 'reply' ||
      witnesses.has(speakerSurname(article, statement.speaker));
    if (!cue && !members.has(key)) continue;
    members.add(key);
    statement.said = { ...sitting, note: `the day of the sitting the story opens on (${describeDay(sitting.date as string)})` };
  }
}

/** The council's or assembly's meeting or vote, or the gathering, that an article's lead reports on a day. */
interface LeadMeeting {
  day: When;
  /** 'council', 'assembly' or 'gathering'. */
  body: string;
}

/** The lead's meeting (once per article: dateByMeeting and dateByMeetingDelegates both date remarks by it). */
function leadMeeting(article: ArticleAnalysis): LeadMeeting | null {
  const lead = leadSentences(article, 2);
  // The body may be named in the lead's first sentence and the vote's day in the next ("Russia vetoed a Security
  // Council draft ... The draft, put to a vote on Monday, ..."); a dateline's day is the story's, not the meeting's.
  // (s55) ... or the body and its day in the first ("On Wednesday, the General Assembly did something it has rarely
  // attempted: ...") and the vote, with no day of its own, in the next ("The Mechanism was approved by 105 votes to 15").
  let named: RegExpExecArray | null = null;
  let namedDay: DateMention | undefined;
  for (const sentence of lead) {
    const own = MEETING_BODY.exec(sentence.text);
    const body: RegExpExecArray | null = own ?? named;
    named = body;
    const gathering = !body && GATHERING.test(sentence.text);
    const quoted = inQuote(article, sentence);
    const day = quoted
      ? undefined
      : daysIn(article, sentence).find(
          (m) => !inDatelineHead(article, m) && !onAnotherClock(article.text, m) && !reactionDay(article, sentence, m),
        );
    const dayBefore = namedDay;
    if (own) namedDay = day;
    if ((!body || !(MEETING_VERB.test(sentence.text) || PUT_TO_A_VOTE.test(sentence.text))) && !gathering) continue;
    if (quoted) continue;
    // A day right before "N days after" the body's act is the reaction's, whatever its verb ("welcomed on Tuesday, ...").
    const when = (body ? dayBeforeReaction(article, sentence) : null) ?? day?.when ?? (own ? undefined : dayBefore?.when);
    if (when) {
      return { day: when, body: body ? (/assembly/iu.test(body[0]) ? 'assembly' : 'council') : 'gathering' };
    }
  }
  return null;
}

/**
 * (s52) The council's or assembly's meeting a section opens on: the paragraph right before the remark's, under a heading
 * (a digest's "The votes"; s53: an explainer's question, "What did the Security Council decide?") and not the article's lead, whose first sentence tells the body's vote or meeting on a day of
 * the week before the article (as the lead's is read: leadMeeting). Null where it does not, or where the remark's own
 * paragraph names a day before the remark.
 */
function sectionMeeting(article: ArticleAnalysis, statement: ExtractedStatement): LeadMeeting | null {
  const { paragraph } = statement;
  const own = article.paragraphs[paragraph];
  const before = article.paragraphs[paragraph - 1];
  const heading = article.paragraphs[paragraph - 2];
  if (
    !own ||
    !before ||
    !heading ||
    !(SECTION_HEADING.test(heading.text) || QUESTION_HEADING.test(heading.text)) ||
    isHeadline(article, heading)
  )
    return null;
  // Not where the remark's own paragraph moves on to a day of its own first ("Yesterday, the General Assembly went
  // further. ... Ja'afari called ...").
  const remarkStart = Math.min(statement.verb.start, ...statement.evidence.map((e) => e.start));
  if (daysIn(article, { start: own.start, end: remarkStart }).length > 0) return null;
  const first = splitSentences(article.text, before)[0];
  if (!first || inQuote(article, first)) return null;
  const body = MEETING_BODY.exec(first.text);
  if (!body || !MEETING_VERB.test(first.text)) return null;
  const weekBefore = addDays(article.publishedOn, -7);
  const day = daysIn(article, first).find(
    (m) =>
      m.when.precision === 'day' &&
      m.when.date !== null &&
      m.when.date >= weekBefore &&
      m.when.date <= article.publishedOn &&
      !inDatelineHead(article, m) &&
      !afterSince(article.text, m),
  );
  return day ? { day: day.when, body: /assembly/iu.test(body[0]) ? 'assembly' : 'council' } : null;
}

/**
 * (s31) The day of a meeting a lead tells only as what a reaction came some days after: the reaction's day, right
 * before "N days after" and the body's act ("Norland pledged a field hospital on Thursday, three days after the
 * Security Council rejected", "welcomed the text on Monday, a day after the Assembly voted"), counted back. Null where
 * the lead does not tell it so.
 */
function dayBeforeReaction(article: ArticleAnalysis, sentence: Segment): When | null {
  const { text } = article;
  const after = article.dateMentions.find(
    (m) =>
      contains(sentence, m) &&
      m.opensClause === true &&
      m.offsetDays !== undefined &&
      m.offsetDays < 0 &&
      MEETING_BODY.test(text.slice(m.end, sentence.end)),
  );
  if (!after) return null;
  const reaction = daysIn(article, sentence)
    .filter((m) => m.end <= after.start && /^[\s,]*$/u.test(text.slice(m.end, after.start)))
    .at(-1);
  return reaction ? resolveAnchored(after, reaction.when) : null;
}

/**
 * Whether a day in a lead is a reaction's, not the meeting's: the day a verb of saying in the sentence gives (verbDay:
 * "Norland voted for the resolution, and the ministry said yesterday the decision had been ..."), the meeting's day
 * then told in the next sentence ("... was adopted in New York on Friday"). A gathering's own call ("ministers meeting
 * in Cairo yesterday called for ...") is its act, not a reaction: only SAYING_VERB's words. (s21) So is the day right
 * before any speech verb (not a participle) whose subject, the sentence's words before it, names no council, assembly
 * or gathering ("Norland's ministry on Tuesday expressed regret that the Security Council had failed ...", "Ruritania
 * on Monday welcomed the adoption by the Council of ..."); the verb's object is not read: leadMeeting has found the
 * body named somewhere in this lead sentence or the one before. The body's own act ("The Council on Monday demanded")
 * names it in the subject.
 */
function reactionDay(article: ArticleAnalysis, sentence: Segment, day: DateMention): boolean {
  const { text } = article;
  return findSpeechVerbs(text, sentence, article.quotations).some((v) => {
    if (v.participle) return false;
    if (SAYING_VERB.test(text.slice(v.start, v.end)) && verbDay(article, sentence, v) === day.when) return true;
    const subject = text.slice(sentence.start, v.start);
    return v.start >= day.end && /^\s*$/u.test(text.slice(day.end, v.start)) && !MEETING_BODY.test(subject) && !GATHERING.test(subject);
  });
}

// A member's delegate as the article names the speaker: "the representative of Norland", "Sweden's delegate", "the
// Russian envoy", "Hélène Dubois, Norland's Ambassador to the United Nations".
const DELEGATE = /\b(?:(?:permanent\s+)?representatives?|delegates?|delegations?|ambassadors?|envoys?)\b/iu;
// Words that set a remark elsewhere than at the meeting: a statement, a letter, a post, a broadcast (a city is read
// from the gazetteer: saidInACity).
const OTHER_SESSION =
  /\b(?:at|during|in)\s+(?:a|an|another|the\s+(?:earlier|previous|last))\s+(?:\p{Ll}+\s+)?(?:session|meeting|debate)\b/iu;
const ELSEWHERE =
  /\b(?:in\s+(?:a|an|its|his|her|their)\s+(?:\p{Ll}+\s+)?(?:statement|letter|interview|post|tweet|message|article|op-ed)|on\s+(?:Twitter|Facebook|television|radio|state\s+TV)|wrote|tweeted|posted|(?:later|afterwards?|since|earlier))\b/iu;

/**
 * At a council's or assembly's meeting the article leads with, a member's delegate speaking in the past tense with no
 * day and no other setting ("The representative of Russia said ...", "Sweden's ambassador, Anna Berg, said ...") spoke
 * at that meeting: a delegation (a state) named through its delegate or a person the article or the gazetteer calls
 * a representative, delegate, ambassador or envoy. A minister or a government reacting is not (they speak from their
 * capitals, the article's day), nor (s25) a delegate the outlet interviewed in the remark's sentence or the one right
 * before ("told the Gazette on the phone from New York"). (s29) Where the lead reports no such meeting, the meeting a
 * rule placed the remark just before, in the same paragraph, at (placedMeetingBefore) is the one. The last rule of
 * the occasions: a remark that any other rule placed keeps its day.
 */
function dateByMeetingDelegates(article: ArticleAnalysis, statements: ExtractedStatement[], meeting: LeadMeeting | null): void {
  const lead = meeting && meeting.body !== 'gathering' ? meeting : null;
  statements.forEach((statement, index) => {
    if (statement.said.basis !== 'publication' || statement.continuation || openTense(article.text, statement.verb) !== null) return;
    // (s69) Nor a delegate's next words after his remark dated by an occasion of its own, each in the same paragraph as
    // the one before or the next ("Last Thursday, the envoy made an offer. He said ... // \"...,\" the envoy said."): they go on at it
    // (dateBySpeakerBefore reads its day).
    const key = speakerKey(statement.speaker);
    for (let j = index - 1, next = statement; j >= 0; j--) {
      const earlier = statements[j] as ExtractedStatement;
      if (speakerKey(earlier.speaker) !== key || earlier.paragraph < next.paragraph - 1) break;
      if (earlier.said.basis !== 'publication' && earlier.said.date !== null && !placedAtMeeting(earlier.said.note)) return;
      next = earlier;
    }
    // (s29) Else the council's or assembly's meeting the remark just before in its paragraph, another speaker's, was
    // placed at ("X told the Council that ... The American ambassador, Y, accused ...", "..., while the Russian envoy
    // said ..."): delegates take turns at one meeting in such a passage, whether or not the lead reports it.
    // (s52) The vote a section's opening paragraph tells on its day, the paragraph right before the remark's ("The
    // votes / Last Saturday the Security Council voted on rival drafts ... // François Delattre, France's ambassador,
    // said ..."): delegates speak at the meeting their section opens on. (s53) Before the lead's meeting: an explainer
    // that leads with a Monday's veto and tells Friday's Assembly vote under its own question dates the Assembly's
    // speakers by Friday.
    const section = sectionMeeting(article, statement);
    const placed = lead || section ? null : placedMeetingBefore(article, statements, index);
    // (s65) Else the vote the sentence right before tells on its day (voteToldRightBefore).
    const toldBefore = lead || section || placed ? null : voteToldRightBefore(article, statements, statement);
    const at = section ?? lead ?? placed ?? toldBefore;
    if (!at) return;
    // ... not one whose words name the other body ("told the Assembly" in a story of the Council's vote).
    const words = placingWords(article, statement, statements);
    const other = at.body === 'council' ? /\bAssembly\b/iu : at.body === 'assembly' ? /\bCouncil\b/iu : null;
    if (other?.test(words) && !new RegExp(`\\b${at.body}\\b`, 'iu').test(words)) return;
    const cue =
      delegationAtTheMeeting(article, statement, speakerKind(article.gazetteer, statement.speaker), statements) ??
      stateNamedAfterDelegate(article, statements, index, at.day);
    if (!cue) return;
    const note = section ? SECTION_MEETING_NOTE : lead ? MEETING_NOTE : placed ? PLACED_MEETING_NOTE : VOTE_RIGHT_BEFORE_NOTE;
    placeAtOccasion(statement, { ...at.day, note: `${note} (spoken by a delegate: "${cue[0]}")` });
  });
}

const VOTE_RIGHT_BEFORE_NOTE = 'the day of the vote told in the sentence right before';

/**
 * (s65) The council's or assembly's vote the sentence right before a remark, in its paragraph, tells on a day of the
 * week before the article ("On Monday the Security Council voted unanimously for resolution 2328, which asks ... //
 * France's ambassador, X, said the observers would be \"the eyes of the world\""; unseen "The Assembly adopted the
 * text by 120 votes to 12 on Friday. Norland's envoy said ..."): a delegate's remark told next was made at that vote.
 * Only a sentence of the writer's own (no remark, outside quotations) that names the body and its vote, and one day.
 */
function voteToldRightBefore(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
  statement: ExtractedStatement,
): LeadMeeting | null {
  const { text } = article;
  const paragraph = article.paragraphs[statement.paragraph];
  const own = sentenceOf(article, Math.min(statement.verb.start, ...statement.evidence.map((e) => e.start)));
  if (!paragraph || !own) return null;
  const before = sentenceBefore(text, paragraph, own);
  if (!before || inQuote(article, before) || inRemark(statements, before)) return null;
  const words = outsideQuotations(article, before);
  const body = MEETING_BODY.exec(words);
  if (!body || !VOTE_REPORT.test(words) || !MEETING_VERB.test(words)) return null;
  const weekBefore = addDays(article.publishedOn, -7);
  const days = daysIn(article, before).filter(
    (m) =>
      isDayPoint(m) &&
      m.when.date !== null &&
      m.when.date >= weekBefore &&
      m.when.date <= article.publishedOn &&
      !afterSince(text, m) &&
      !inDatelineHead(article, m),
  );
  const first = days[0];
  if (!first || days.some((m) => m.when.date !== first.when.date)) return null;
  return { day: first.when, body: /assembly/iu.test(body[0]) ? 'assembly' : 'council' };
}

// (s58) A person named with the state they speak for as a possessive ("Russia's Vitaly Churkin said"), the state's
// name group 1.
const STATE_POSSESSIVE_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})['’]s\s+$/u;

/**
 * (s58) A person the text names only with a state's possessive ("Russia's Vitaly Churkin said it was ...") right after
 * another speaker's remark in the same paragraph placed at the meeting on `day` ("French Ambassador X told the council
 * after the vote that ..."): the state's delegate answering at that meeting, as a delegate the text calls one would be.
 * The possessive as the cue; null where there is none, or the remark before was not placed so.
 */
function stateNamedAfterDelegate(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
  index: number,
  day: When,
): RegExpExecArray | null {
  const statement = statements[index] as ExtractedStatement;
  const mention = statement.speaker.mention;
  const before = exchangeBefore(article, statements, index);
  if (!mention || !before || before.paragraph !== statement.paragraph || before.said.date !== day.date) return null;
  if (!placedAtMeeting(before.said.note)) return null;
  const owner = STATE_POSSESSIVE_BEFORE.exec(article.text.slice(Math.max(0, mention.start - 40), mention.start));
  return owner && article.gazetteer.actorByName(owner[1] as string)?.kind === 'state' ? owner : null;
}

/**
 * The council's or assembly's meeting at which the remark before `statements[index]` in the same exchange (another
 * speaker's, in its paragraph: exchangeBefore) was placed by a rule, its body read from the words that placed it
 * ('meeting' where they name none: "told delegates"); the same speaker's remarks right after such a remark, on its
 * day, count as placed with it.
 */
function placedMeetingBefore(article: ArticleAnalysis, statements: ExtractedStatement[], index: number): LeadMeeting | null {
  const before = exchangeBefore(article, statements, index);
  // In its paragraph only: a delegate's remark opening a paragraph of its own ("Y rejected the resolution.") may be
  // a comment given anywhere, dated by the article.
  if (!before || before.paragraph !== statements[index]?.paragraph) return null;
  const beforeIndex = statements.indexOf(before);
  let placed: ExtractedStatement | undefined = before;
  for (let i = beforeIndex - 1; placed && !placedAtOccasion(placed); i -= 1) {
    // The same speaker's remarks that carry on with that day (a continuation, "the day the same speaker spoke in a
    // sentence before") were made where the first of them was: walk back to it.
    const previous = statements[i];
    placed =
      previous && speakerKey(previous.speaker) === speakerKey(before.speaker) && previous.said.date === before.said.date
        ? previous
        : undefined;
  }
  if (!placed) return null;
  const words = placingWords(article, placed, statements);
  const cue = AT_THE_MEETING.exec(words) ?? AT_A_MEETING_OF.exec(words);
  if (!cue) return null;
  const body = /assembly/iu.test(cue[0]) ? 'assembly' : /council/iu.test(cue[0]) ? 'council' : 'meeting';
  return { day: before.said, body };
}

// A speaker whose own sentence sets him right after the one before at the same occasion: "who spoke next", "speaking
// after him", "his Russian colleague", "her French counterpart", opening the sentence too (s24: "His Turkish
// counterpart, X, said").
const NEXT_SPEAKER =
  /\b(?:(?:who\s+)?spoke\s+(?:next|after\s+(?:him|her|them))|speaking\s+(?:next|after\s+(?:him|her|them))|(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Lu}\p{L}+\s+)?(?:colleague|counterpart))\b/u;

/**
 * A remark whose speaker's sentence (outside quotations) sets him next after the other speaker of the remark before
 * ("Russia's envoy, who spoke next, said ...", "..., while his Russian colleague X said ...") was made in the same
 * exchange as the reply verbs' (REPLY): that remark's day. After dateByMeetingDelegates, which dates the first
 * delegate of such a pair.
 */
function dateByNextSpeaker(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  statements.forEach((statement, index) => {
    if (statement.said.basis !== 'publication' || statement.continuation || openTense(article.text, statement.verb) !== null) return;
    const sentence = sentenceOf(article, statement.verb.start);
    if (!sentence || inQuote(article, sentence) || !NEXT_SPEAKER.test(outsideQuotations(article, sentence))) return;
    const before = exchangeBefore(article, statements, index);
    if (before) statement.said = { ...before.said, note: 'the day of the remark before, whose speaker this one spoke next after' };
  });
}

// (s61) A clause of contrast that opens on another speaker ("..., while Canada's ambassador, X, said that ...").
const CONTRAST_CLAUSE = /,\s+(?:while|whereas)\s+[^;:.!?"“”]{0,160}$/u;

/**
 * (s61) A remark whose subject opens a clause of contrast in the sentence of another speaker's dated remark ("Syria's
 * permanent representative, X, told the Assembly before the vote that the text was "a political manoeuvre", while
 * Canada's ambassador, Y, said that when the Security Council is paralysed "the General Assembly must act"") was made
 * in the same exchange: that remark's day. Only a person's past remark with no day of its own, the other's verb before
 * the "while" in the same sentence.
 */
function dateByContrastClause(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  statements.forEach((statement, index) => {
    if (statement.said.basis !== 'publication' || statement.continuation || !pastSpeech(text, statement.verb)) return;
    const sentence = sentenceOf(article, statement.verb.start);
    const before = exchangeBefore(article, statements, index);
    if (!sentence || !before || inQuote(article, sentence) || !contains(sentence, before.verb)) return;
    // A person, one who took part ("Canada's ambassador, Y"), not a group whose saying may be of any day ("while
    // Russian diplomats said it bypassed the Security Council").
    if (!isPersonSpeaker(article.gazetteer, statement.speaker)) return;
    const subjectStart = Math.min(statement.verb.start, ...(statement.speaker.mention ? [statement.speaker.mention.start] : []));
    const clause = CONTRAST_CLAUSE.exec(text.slice(before.verb.end, subjectStart));
    if (!clause || daysIn(article, { start: before.verb.end + clause.index, end: statement.verb.end }).length > 0) return;
    statement.said = { ...before.said, note: 'the day of the remark its clause of contrast answers, in the same sentence' };
  });
}

/**
 * (s49) A remark right after another speaker's in the same exchange (exchangeBefore), that one dated by the happening
 * told just before it ("afterwards"), where the sentence that tells the happening on that day names this speaker among
 * those in it: "Last Saturday, Kerry and Lavrov sat down in a lakeside hotel ... Kerry told reporters afterward that
 * ... Lavrov said the ministers had agreed on nothing": the two spoke at the same happening, on its day.
 */
function dateByFellowParticipant(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  statements.forEach((statement, index) => {
    if (statement.said.basis !== 'publication' || statement.continuation || !pastSpeech(article.text, statement.verb)) return;
    const before = exchangeBefore(article, statements, index);
    if (!before?.said.note?.startsWith(AFTERWARDS_NOTE)) return;
    const surname = speakerSurname(article, statement.speaker);
    if (surname.length <= 2) return;
    const upTo = Math.min(...before.attribution.map((a) => a.start), (before.evidence[0] as Span).start);
    const told = bodySentences(article, Math.max(0, before.paragraph - 1), before.paragraph + 1)
      .filter((x) => x.end <= upTo && !inQuote(article, x) && !inRemark(statements, x))
      .some(
        (x) =>
          new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'u').test(x.text) &&
          daysIn(article, x).some((d) => d.when.date === before.said.date),
      );
    if (told)
      statement.said = { ...before.said, note: 'the day of the happening the remark before was made after, which names this speaker' };
  });
}

// (s58) A meeting told as its members' doing ("The foreign ministers of Russia, Turkey and Iran met in Moscow
// yesterday", "held talks", "a summit"), and the office a speaker is given in the subject ("Russian Foreign Minister").
const MEETING_TOLD = /\b(?:met|meet|meeting|held\s+talks|talks|summit|conference)\b/iu;
const SUBJECT_OFFICE = /\b(?:(foreign|defen[cs]e|prime|deputy\s+foreign)\s+)?(minister|president|leader|envoy|secretary)\b/iu;

/**
 * (s58) A remark with no day of its own right after a sentence that tells a meeting on a day outside quotations, where
 * that sentence names the speaker among those at it: by name ("Kerry and Lavrov met in Lausanne on Saturday. Lavrov
 * said ..."), or by the office and the state the subject gives the speaker ("The foreign ministers of Russia, Turkey
 * and Iran met in Moscow yesterday ... Russian Foreign Minister Sergei Lavrov said ..."). He spoke at that meeting,
 * on its day, as the press conference after such a meeting is reported.
 */
function dateByMeetingParticipant(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || statement.continuation || !pastSpeech(text, statement.verb)) continue;
    const mention = statement.speaker.mention;
    const sentence = sentenceOf(article, statement.verb.start);
    if (!mention || !sentence || inQuote(article, sentence)) continue;
    const before = sentenceRightBefore(article, statement.paragraph, sentence);
    if (!before || before.start >= sentence.start || inQuote(article, before) || inRemark(statements, before)) continue;
    if (!MEETING_TOLD.test(before.text)) continue;
    const days = daysIn(article, before).filter((m) => m.when.date !== null && m.when.date <= article.publishedOn);
    if (days.length !== 1) continue;
    // The speaker's own words before the verb: no other day or setting of the remark's own.
    if (daysIn(article, { start: sentence.start, end: statement.verb.end }).length > 0) continue;
    const subject = text.slice(sentence.start, mention.end);
    // By name, among the meeting's subjects ("Kerry and Lavrov met ..."), not anywhere in the sentence.
    const told = MEETING_TOLD.exec(before.text) as RegExpExecArray;
    const named = /\b(?:met|held)\b/iu.test(told[0]) && namesSpeaker(article, statement.speaker, before.text.slice(0, told.index));
    const office = SUBJECT_OFFICE.exec(subject);
    const byOffice =
      office !== null &&
      new RegExp(`\\b${escapeRegExp(office[2] as string)}s\\b`, 'iu').test(before.text) &&
      (!office[1] || new RegExp(`\\b${escapeRegExp(office[1])}\\b`, 'iu').test(before.text)) &&
      article.actorMentions
        .filter((m) => m.kind === 'state' && m.start >= before.start && m.end <= before.end)
        .some((m) => {
          const state = article.gazetteer.actors.get(m.id);
          return [state?.name ?? '', ...(state?.aliases ?? [])].some((n) => n.length > 2 && nameAsWord(n).test(subject));
        });
    if (!named && !byOffice) continue;
    const day = (days[0] as DateMention).when;
    statement.said = {
      ...day,
      note: `${PARTICIPANT_MEETING_NOTE} ("${clip(before.text)}")`,
    };
  }
}

// (s58) A remark told as a noun, on its day, with whose it was: "a dramatic offer on Thursday from the UN special envoy".
const SPEECH_ACT_NOUN = /\b(?:offer|proposal|appeal|plea|warning|pledge|promise|announcement|ultimatum)\b/iu;

/**
 * (s58) The speaker's first remark with no day of its own right after a sentence outside quotations that tells a
 * remark of theirs as a noun on one day ("The votes followed a dramatic offer on Thursday from the UN special envoy,
 * Staffan de Mistura. He proposed that ..."): the remark the noun names, given in its words, on that day.
 */
function dateBySpeechActBefore(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  statements.forEach((statement, index) => {
    if (statement.said.basis !== 'publication' || !pastSpeech(text, statement.verb)) return;
    const earlier = statements[index - 1];
    if (earlier && speakerKey(earlier.speaker) === speakerKey(statement.speaker) && earlier.paragraph >= statement.paragraph - 1) return;
    const sentence = sentenceOf(article, statement.verb.start);
    if (!sentence || inQuote(article, sentence) || daysIn(article, sentence).length > 0) return;
    const before = sentenceRightBefore(article, statement.paragraph, sentence);
    if (!before || before.start >= sentence.start || inQuote(article, before) || inRemark(statements, before)) return;
    if (!SPEECH_ACT_NOUN.test(before.text) || !namesSpeaker(article, statement.speaker, before.text)) return;
    const days = daysIn(article, before).filter((m) => m.when.date !== null && m.when.date <= article.publishedOn);
    if (days.length !== 1) return;
    const day = (days[0] as DateMention).when;
    statement.said = {
      ...day,
      note: `the day of the speaker's ${SPEECH_ACT_NOUN.exec(before.text)?.[0]} told just before ("${clip(before.text)}")`,
    };
  });
}

const AT_A_MEETING_OF =
  /\b(?:at|during)\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:meeting|session)\s+of\s+the\s+(?:\p{Lu}\p{L}+\s+)?(Council|Assembly)\b/iu;

/**
 * A remark whose words place it at a council's or assembly's meeting ("he told the council") that no rule dated takes
 * the day of the nearest remark before it, in its paragraph or the two before, dated as made at a meeting of the same
 * body ("At an emergency meeting of the Security Council in New York, X said ..." dated by the day named before it):
 * the two were made at the same meeting.
 */
function dateBySameMeeting(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const bodyAt = (s: ExtractedStatement): string | null => {
    const words = placingWords(article, s, statements);
    const cue = AT_THE_MEETING.exec(words) ?? AT_A_MEETING_OF.exec(words);
    if (!cue) return null;
    return /assembly/iu.test(cue[0]) ? 'assembly' : /council/iu.test(cue[0]) ? 'council' : 'meeting';
  };
  // Each remark's meeting once (its words do not change as remarks are dated), not again for every remark after it.
  const bodies = statements.map(bodyAt);
  statements.forEach((statement, index) => {
    if (statement.said.basis !== 'publication' || openTense(text, statement.verb) !== null) return;
    const body = bodies[index];
    if (!body) return;
    const earlier = lastDatedBefore(statements, index, (s, i) => statement.paragraph - s.paragraph <= 2 && bodies[i] === body);
    if (earlier)
      placeAtOccasion(statement, { ...earlier.said, note: `the day of the same ${body}'s meeting, at which a remark before it was made` });
  });
}

/**
 * The last remark before `statements[index]` that `where` accepts and whose day the text gave (a day-precise date by
 * a rule, never the article's date carried over), as the rules that date a remark by one before it read it.
 */
function lastDatedBefore(
  statements: ExtractedStatement[],
  index: number,
  where: (s: ExtractedStatement, i: number) => boolean,
): ExtractedStatement | undefined {
  return statements
    .slice(0, index)
    .filter((s, i) => where(s, i) && s.said.basis !== 'publication' && s.said.precision === 'day' && s.said.date !== null)
    .at(-1);
}

// A sentence opened by "Earlier" or "Later" alone ("Earlier, ...", "Earlier in Geneva, ...", "Later on, ..."), not by
// "earlier this week" or "later in the month".
// "Earlier in the day," and "Later that evening," point back to the day of the remark before as a bare "Earlier" does.
const EARLIER_OPENING =
  /^(?:Earlier|Later)(?:\s+on)?(?:\s+(?:in|on)\s+the\s+(?:same\s+)?(?:day|morning|afternoon|evening)|\s+that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night))?(?:,|\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,)/u;
// An attribution that ends by pointing to the place of the sentence before: "told reporters there", "said there".
const THERE_AFTER = /\b(?:said|told\s+(?:reporters|journalists|the\s+\p{Ll}+)|added|speaking|spoke)\s+there\b/iu;

/**
 * Remarks that point back to the occasion of the remark before them: a sentence opened by a bare "Earlier" or "Later"
 * ("Earlier in Geneva, the office said ...") was said on the day of the last remark dated before it (in its paragraph
 * or the two before), as "that day" is; "X told reporters there" on the day of the remark before it in its paragraph,
 * where "there" is. Only a day the text gave (never the article's date carried over).
 */
function dateByPointingBack(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  statements.forEach((statement, index) => {
    if (statement.said.basis !== 'publication' || openTense(text, statement.verb) !== null) return;
    const sentence = sentenceOf(article, statement.verb.start);
    const attribution = attributionWords(text, statement);
    const earlier = sentence !== null && !inQuote(article, sentence) && EARLIER_OPENING.test(sentence.text);
    const there = THERE_AFTER.test(attribution) || THERE_AFTER.test(text.slice(statement.verb.start, statement.verb.end + 30));
    if (!earlier && !there) return;
    const before = lastDatedBefore(statements, index, (s) =>
      there ? s.paragraph === statement.paragraph : statement.paragraph - s.paragraph <= 2,
    );
    if (before)
      statement.said = { ...before.said, note: `the day of the remark before it, which "${earlier ? 'earlier' : 'there'}" points back to` };
  });
}

/**
 * Whether a city of the gazetteer holds one of its venues (as New York holds the UN's headquarters): where the bodies
 * the gazetteer knows sit, so a delegate "speaking to reporters" there is at their meeting, not elsewhere.
 */
function seatCity(article: ArticleAnalysis, cityId: string): boolean {
  for (const location of article.gazetteer.locations.values()) if (location.kind === 'venue' && location.parent_id === cityId) return true;
  return false;
}

/**
 * Whether a remark's sentence outside quotations and its reported words (or its attribution, where the sentence is
 * quoted) sets it "in" a city of the gazetteer ("the envoy said in Riga", "speaking in Oslo"), or (s30) its place is
 * such a city, carried from the same speaker's remark before it (words with no setting of their own were said where
 * the ones before were): a delegate heard in a capital, not at the meeting. The city comes from the gazetteer's
 * locations, not a list of capitals kept here; a city where the bodies sit (seatCity) is the meeting's own.
 */
function saidInACity(article: ArticleAnalysis, statement: ExtractedStatement, sentence: Segment | null): boolean {
  const place = statement.place ? article.gazetteer.locations.get(statement.place) : undefined;
  if (place?.kind === 'city' && !seatCity(article, place.id)) return true;
  return article.locationMentions.some(
    (m) =>
      m.kind === 'city' &&
      !seatCity(article, m.id) &&
      !inQuote(article, m) &&
      (statement.attribution.some((a) => contains(a, m)) ||
        (sentence !== null && contains(sentence, m) && !statement.evidence.some((e) => contains(e, m)))) &&
      /\bin\s+$/iu.test(article.text.slice(Math.max(0, m.start - 4), m.start)) &&
      !POSTED_IN.test(article.text.slice(Math.max(0, m.start - 40), m.start)),
  );
}

// (s55) A delegate's post, not where he spoke: "Britain's ambassador in Geneva, Julian Braithwaite, said" (unseen "the
// Russian envoy in Vienna", "Norland's mission in New York").
const POSTED_IN = /\b(?:ambassadors?|envoys?|(?:permanent\s+)?representatives?|delegates?|delegations?|missions?)\s+in\s+$/iu;

function delegationAtTheMeeting(
  article: ArticleAnalysis,
  statement: ExtractedStatement,
  kind: string | undefined,
  statements: ExtractedStatement[],
): RegExpExecArray | null {
  const { text } = article;
  const whole = sentenceOf(article, statement.verb.start);
  // (s49) The remark's own clause: its sentence up to another speaker's clause after the remark ("X accused Russia of
  // using \"a veto as a weapon,\" and New Zealand's minister said in a statement from Wellington on Tuesday that ...",
  // "X said ..., while Britain's Y told members that Moscow could not be a peacemaker in Geneva"): the setting, city
  // or day told there is the other remark's.
  const otherClauses = whole
    ? statements
        .filter(
          (s) => speakerKey(s.speaker) !== speakerKey(statement.speaker) && contains(whole, s.verb) && s.verb.start > statement.verb.end,
        )
        .map((s) => {
          // From the first comma after the remark's words, where it comes before the other's verb (", while Y told").
          const wordsEnd = Math.max(statement.verb.end, ...statement.evidence.map((e) => e.end));
          const comma = text.slice(wordsEnd, s.verb.start).indexOf(',');
          return comma >= 0 ? wordsEnd + comma : s.verb.start;
        })
        .filter((start) => statement.evidence.every((e) => e.end <= start))
    : [];
  const sentence: Segment | null =
    whole && otherClauses.length > 0
      ? { start: whole.start, end: Math.min(...otherClauses), text: text.slice(whole.start, Math.min(...otherClauses)) }
      : whole;
  // What a fronted question or topic names is what the remark is about, not its speaker's role ("Asked whether Madrid
  // would summon the Russian ambassador, X said ..." is no ambassador's remark).
  const attribution = withoutFrontedTopic(article, whole, attributionWords(text, statement));
  const outside = sentence && !inQuote(article, sentence) ? sentence.text.replace(/["“][^"”]*["”]/gu, '') : attribution;
  // (s52) A delegate who "said afterwards" in a story of the meeting spoke when it ended, that day: no other setting.
  const elsewhere = (words: string) => ELSEWHERE.test(words.replace(/\bafterwards?\b/gu, ''));
  if (elsewhere(attribution) || elsewhere(outside) || SAME_OCCASION.test(outside) || OTHER_SESSION.test(outside)) return null;
  if (saidInACity(article, statement, sentence && !inQuote(article, sentence) ? sentence : null)) return null;
  // (s25) A delegate the outlet itself interviewed, in the remark's sentence or the one before, naming him ("X told
  // the Herald by telephone from New York that ... // \"...,\" X said."), spoke in that interview.
  if (whole) {
    const interview = outletInterview(article.publisher);
    const interviewedIn = (x: Segment | undefined) =>
      x !== undefined && !inQuote(article, x) && namesSpeaker(article, statement.speaker, x.text) && x.text.search(interview) >= 0;
    if (interviewedIn(sentence ?? undefined) || interviewedIn(sentenceRightBefore(article, statement.paragraph, whole))) return null;
  }
  // A day of its own sentence (another meeting's, a recalled one) is no sign of the lead's meeting.
  if (sentence && daysIn(article, sentence).length > 0) return null;
  const speaker = statement.speaker;
  const roles = speaker.status === 'actor' ? (article.gazetteer.actors.get(speaker.id)?.roles ?? []) : [];
  if (kind === 'state') return DELEGATE.exec(attribution);
  if (kind !== 'person') return null;
  // (s55) Not an envoy to a state ("said Canada's Ambassador to Lebanon", unseen "the British ambassador to Turkey"):
  // he serves in that capital, not at the meeting.
  const delegate = (words: string) => {
    const found = DELEGATE.exec(words);
    return found && !TO_A_STATE.test(words.slice(found.index + found[0].length)) ? found : null;
  };
  return delegate(attribution) ?? delegate(statement.speakerRole ?? '') ?? roles.map((r) => delegate(r)).find((m) => m) ?? null;
}

// An envoy's post in another state: "to Lebanon" after the office; not "to UN" (nor "to the United Nations", whose "the"
// is no capital; nor "in Geneva", the seat of a body: POSTED_IN).
const TO_A_STATE = /^\s+to\s+(?!(?:United\s+Nations|UN|U\.N\.)(?!\p{L}))\p{Lu}/u;

// A remark's words that place it at a meeting, a vote or a gathering besides AT_THE_MEETING and AT_THE_GATHERING:
// "minutes after the vote", "moments before the Assembly voted", "who hosted the meeting" (one who chaired, hosted, opened or convened it spoke there, "who" or not: "X opened the meeting.";
// one who attended it only with "who": "X, who also attended, told reporters" may have spoken after it), "on her arrival at the
// summit", "in his opening address".
// (s65) Or one who came for the vote: "Jean-Marc Ayrault, who flew to New York for the vote, called the veto ..."
// (unseen "who travelled to Geneva for the session"). Not "which voted against": the dev golds date such a state's
// remark by the article as often as by the vote.
// (s70) Or one said at, during or after "the meeting", "the session", "the debate" or "the summit", which points back to
// the one told before ("At the meeting, Russia's ambassador said", "Mr Delattre said after the meeting that"; unseen
// "argued during the session that", "told reporters after the summit."): the noun closing its clause, not one named by
// what follows ("at the meeting of EU foreign ministers in January"), nor a news conference or briefing held after it
// ("told a news conference after the meeting"), which dates the remark as its own occasion.
const AT_THE_OCCASION =
  /\b(?:(?<!\b(?:conference|briefing)\s)(?:[Aa]t|[Aa]fter|[Dd]uring)\s+the\s+(?:meeting|session|debate|summit)(?=\s*(?:[,.;:—–]|that\b))|(?:minutes|moments|hours|shortly|just|immediately|soon)\s+(?:before|after)\s+(?:the\s+)?(?:vote|veto|General\s+Assembly|Security\s+Council|Assembly|Council)\b(?:\s+(?:voted|adopted|passed|approved|rejected|met))?|(?:who\s+attended|(?:who\s+)?(?:chaired|hosted|opened|convened))\s+the\s+(?:meeting|session|summit|conference|talks|debate)|(?:on|upon)\s+(?:his|her|their|its)\s+arrival\s+at\s+the\s+(?:meeting|session|summit|conference|talks)|(?:who|which)\s+(?:came|flew|travell?ed)\s+(?:[\p{L}'’-]+\s+){0,3}?for\s+the\s+(?:vote|meeting|session|debate)|in\s+(?:his|her|its|their)\s+opening\s+(?:address|remarks|speech|statement))\b/iu;

// A sentence that reports a meeting, a vote or a gathering (on its day, where it gives one).
const MEETING_REPORT =
  /\b(?:vot(?:es?|ed|ing)|veto(?:es|ed)?|adopted|resolution|motions?|meeting|met|session|summit|talks|conference|debat(?:e|ed|ing)|convened)\b/iu;

const MEETING_BEFORE_NOTE = 'the day of the meeting or vote named before';
const VOTE_REPORT = /\b(?:vot(?:es?|ed|ing)|veto(?:es|ed)?|adopted)\b/iu;

// (s56) A paragraph that opens on the debate at a vote ("The debate around the vote was as revealing as the vote
// itself.", "The speeches before the vote ...", "The exchanges in the chamber were bitter.").
// (s63) Or on the speeches or the exchanges as its subject, with no qualifier ("The speeches, as usual, were addressed
// mostly to audiences outside the chamber.").
const DEBATE_OPENING =
  /\b(?:debate|exchanges?|speeches|statements|arguments)\s+(?:around|before|after|over|at|during|in|on)\s+the\s+(?:vote|meeting|session|sitting|chamber)\b|^\s*The\s+(?:speeches|exchanges)\b(?!\s+(?:of|by|from)\b)/iu;

// (s63) A sentence that answers the speaker before it in an exchange: "for his part", "in reply", "replied".
const EXCHANGE_GOES_ON =
  /\b(?:for\s+(?:his|her|its|their)\s+part|in\s+(?:his|her|its|their\s+)?reply|replied|retorted|hit\s+back|shot\s+back)\b/iu;

/**
 * (s56) The remarks of a paragraph that opens on the debate at a vote, undated by their own words, were made at that
 * vote: the day of the last vote told before the paragraph with a day of its own (not one still to come).
 */
function dateByDebateOpening(article: ArticleAnalysis, statements: ExtractedStatement[], votes: ExtractedVote[]): void {
  const { text } = article;
  for (const [index, paragraph] of article.paragraphs.entries()) {
    const opening = splitSentences(text, paragraph)[0];
    if (!opening || !DEBATE_OPENING.test(opening.text) || inRemark(statements, opening) || daysIn(article, opening).length > 0) continue;
    const vote = votes
      .filter(
        (v) =>
          v.outcome !== 'pending' &&
          v.voted.precision === 'day' &&
          v.voted.date !== null &&
          v.voted.date <= article.publishedOn &&
          (v.evidence[0] as Span).start < paragraph.start,
      )
      .at(-1);
    if (!vote) continue;
    // (s63) The paragraphs right after it that go on with the exchange ("Vitaly Churkin, for his part, accused ...") and
    // give no day of their own are the same debate's.
    let last = index;
    for (let next = index + 1; next < article.paragraphs.length; next++) {
      const first = splitSentences(text, article.paragraphs[next] as Segment)[0];
      if (!first || !EXCHANGE_GOES_ON.test(first.text) || daysIn(article, first).length > 0) break;
      last = next;
    }
    for (const statement of statements)
      if (
        statement.paragraph >= index &&
        statement.paragraph <= last &&
        statement.said.basis === 'publication' &&
        !statement.continuation &&
        openTense(text, statement.verb) === null
      )
        // Dated, not placed at an occasion: a later "the same meeting" two paragraphs on is another meeting's.
        statement.said = { ...vote.voted, note: `the day of the vote whose debate the paragraph opens on ("${clip(opening.text)}")` };
  }
}

/**
 * A remark whose words place it at a meeting, a vote or a gathering ("told the council", "shortly after the vote",
 * "who hosted the meeting") that the article does not lead with: the day of that occasion, read from the remark's
 * own sentence, else from the nearest sentence before it that reports a meeting, a vote or a gathering on a day (of
 * the same body where the words name one: "told the Assembly" is never the Council's vote). Also where the cue is in
 * the speaker's setting sentence just before ("Minutes after the Assembly adopted the text, X took to Twitter."),
 * which names the speaker and reports no other speech.
 */
function dateByMeetingBefore(article: ArticleAnalysis, statements: ExtractedStatement[], votes: ExtractedVote[]): void {
  const { text } = article;
  const sentences = article.paragraphs.flatMap((p) => splitSentences(text, p));
  // The occasion's day: of the week before the article at most (a vote of a month or years before, "resolution
  // 71/130 of 9 December", is a recalled one, not where the remark was made), and no "since" a day. (s34) Nor the
  // day of a dateline opening the sentence ("Kingstown, 8 March 2017 – On Monday 6 March the council ...";
  // "Kingstown, Mar 8 (Agency) Carrick on Tuesday voted ..."), where the story was filed.
  const weekBefore = addDays(article.publishedOn, -7);
  const occasionDay = (m: DateMention) =>
    m.when.date !== null && m.when.date >= weekBefore && !afterSince(text, m) && !inDatelineHead(article, m);
  const dayOf = (sentence: Segment) => daysIn(article, sentence).find(occasionDay) ?? null;
  // (s64) A clause of the writer's own before a conjunction and the remark the sentence holds ("Today's vote got around
  // the council, but Norland's ambassador dismissed the text as a political manoeuvre"): it still names the sitting; a
  // sentence that is a remark from its start, or whose words before the remark lead into it ("X told the Assembly
  // before the vote that"), names none.
  const writersLead = (sentence: Segment): Segment | null => {
    const starts = statements.flatMap((s) => s.evidence.filter((e) => overlaps(e, sentence)).map((e) => e.start));
    if (starts.length === 0) return sentence;
    const lead = text.slice(sentence.start, Math.min(...starts));
    return /(?:,\s*(?:but|while|whereas)|;)\s*$/u.test(lead)
      ? { start: sentence.start, end: sentence.start + lead.length, text: lead }
      : null;
  };
  // (s61) A sentence's day as a sitting's: not one in a relative clause in the past perfect there ("Resolution 2328
  // passed only after a compromise with Russia, which had threatened on Sunday to veto the original text") nor one of a
  // clause in the past perfect ("On Monday, Russia and China had blocked a draft"): an earlier happening.
  const sittingDayOf = (sentence: Segment) =>
    daysIn(article, sentence).find(
      (m) =>
        occasionDay(m) &&
        !/\b(?:which|who)\s+had\b[^,;:.!?]*$/u.test(text.slice(sentence.start, m.start)) &&
        !/^[^.;:!?]{0,40}?\bhad\s+(?:\p{Ll}+ly\s+|already\s+)?\p{Ll}+(?:ed|en|wn)\b/u.test(text.slice(m.end, sentence.end)),
    ) ?? null;
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || statement.continuation || openTense(text, statement.verb) !== null) continue;
    const first = statement.evidence[0] as Span;
    const words = placingWords(article, statement, statements);
    let cue = AT_THE_MEETING.exec(words) ?? AT_THE_GATHERING.exec(words) ?? AT_THE_OCCASION.exec(words);
    const own = sentenceOf(article, statement.verb.start);
    if (!own) continue;
    let at: Segment = own;
    if (!cue) {
      // The speaker's setting sentence just before the remark's first words, in the same paragraph.
      const opening = sentenceOf(article, Math.min(first.start, statement.verb.start)) ?? own;
      const index = sentences.findIndex((x) => x.start === opening.start);
      const before = sentences[index - 1];
      const surname = speakerSurname(article, statement.speaker);
      const paragraph = article.paragraphs[statement.paragraph];
      if (!before || !paragraph || before.start < paragraph.start || inRemark(statements, before) || inQuote(article, before)) continue;
      if (surname.length <= 2 || !before.text.includes(surname)) continue;
      // (s61) ... or the meeting or vote it places the speaker at ("Italy's ambassador, X, explained the Italian vote in
      // the hall. "We voted yes because ...," he said.").
      cue = AT_THE_OCCASION.exec(before.text) ?? AT_THE_GATHERING.exec(before.text) ?? AT_THE_MEETING.exec(before.text);
      at = before;
    }
    if (!cue) continue;
    const named = /assembly/iu.test(cue[0]) ? /assembly/iu : /council/iu.test(cue[0]) ? /council/iu : null;
    const other = named && (/assembly/iu.test(cue[0]) ? /council/iu : /assembly/iu);
    // A day inside the remark's own words is what it tells of ("told the meeting that her cousin had called on
    // Sunday"), not the occasion's: the occasion's day is then read from a sentence before.
    let day = dayOf(at);
    if (day && statement.evidence.some((e) => contains(e, day as DateMention))) day = null;
    // (s47) Nor a day in a relative clause about the speaker before the verb ("Jean-Marc Ayrault, who flew to New York on
    // Friday for the vote, told the council"): the speaker's doing, not the sitting's; the sitting's is read from before.
    if (
      day &&
      at === own &&
      day.end <= statement.verb.start &&
      RELATIVE_BEFORE.test(text.slice(Math.max(at.start, day.start - 200), day.start)) &&
      text.slice(day.end, statement.verb.start).includes(',')
    )
      day = null;
    // (s44) "said after the vote": the latest sentence that names a vote, not a meeting told after it ("The Security
    // Council voted unanimously yesterday ... The French-drafted text was rewritten at a closed-door session on Sunday").
    // Where there is one: a meeting or debate is the occasion only where no dated sentence names the vote.
    // (s66) Also where the words name the body first and the vote after it ("X told the Council after the vote"): the
    // first cue read is "told the Council", the vote is still what places the remark.
    const voteNamed = /\bvot/iu.test(cue[0]) || (at === own && [...words.matchAll(AT_THE_MEETING_ALL)].some((m) => /\bvot/iu.test(m[0])));
    // (s61) "told the chamber", "told the hall": a vote told undated in the remark's own paragraph ("Four days later the
    // General Assembly ... adopted a Canadian-drafted resolution ... by 122 votes to 13 ... Stéphane Dion told the hall");
    // "the hall" (a word for any room) only a sitting or vote told there.
    const namesSitting = /\b(?:vot|assembly|council|delegates|members)/iu.test(cue[0]);
    const roomOnly = /\b(?:chamber|hall)\b/iu.test(cue[0]) && !namesSitting;
    const hallOnly = roomOnly && /\bhall\b/iu.test(cue[0]);
    const ownParagraph = article.paragraphs[statement.paragraph] as Segment;
    // (s65) "told the gathering": a vigil or a rally told before is a gathering too ("About 40 people gathered on Sunday
    // night for a vigil ... X, who led the prayers, told the gathering that ..."), not only a meeting or a vote.
    const crowdNamed = /\bgathering\b/iu.test(cue[0]);
    if (!day) {
      const sources = sentences
        .map(writersLead)
        .filter(
          (x): x is Segment =>
            x !== null &&
            x.end <= Math.min(at.start, first.start) &&
            (MEETING_REPORT.test(x.text) || (crowdNamed && (GATHERING_NOUN.test(x.text) || GATHERING_VERB.test(x.text)))) &&
            !inQuote(article, x) &&
            !(named && other?.test(x.text) && !named.test(x.text)) &&
            (!hallOnly || contains(ownParagraph, x)) &&
            sittingDayOf(x) !== null,
        );
      const source = (voteNamed ? sources.filter((x) => VOTE_REPORT.test(x.text)).at(-1) : undefined) ?? sources.at(-1);
      day = source ? sittingDayOf(source) : null;
      // (s63) "said after the vote" right after the paragraph that told the vote on its day, more than a week before the
      // article ("On Saturday 8 October the Security Council voted on two rival texts. ..." / "Jean-Marc Ayrault said
      // after the vote that ..."): that vote's day, a month back at most (a newsletter's section on the month's votes).
      const previous = article.paragraphs[statement.paragraph - 1];
      if (!day && voteNamed && previous) {
        const monthBefore = addDays(article.publishedOn, -31);
        const dayIn = (x: Segment) =>
          daysIn(article, x).find(
            (m) => m.when.date !== null && m.when.date >= monthBefore && m.when.precision === 'day' && !afterSince(text, m),
          );
        const told = sentences
          .filter(
            (x) =>
              x.start >= previous.start &&
              x.end <= Math.min(at.start, first.start) &&
              VOTE_REPORT.test(x.text) &&
              !inQuote(article, x) &&
              !inRemark(statements, x) &&
              dayIn(x) !== undefined,
          )
          .at(-1);
        day = (told && dayIn(told)) ?? null;
      }
    }
    if (day) {
      placeAtOccasion(statement, { ...day.when, note: `${MEETING_BEFORE_NOTE} ("${cue[0]}")` });
      continue;
    }
    // A vote dated only in a clause of a remark ("X said on Friday ..., hours before the Assembly voted"): the day
    // vote-extractor.ts read for the vote last told before the remark (of the body the words name, never the article's
    // day by default), where the words name a vote or a body, or (s29) the voting members themselves ("he told
    // delegates", "told members of the council"): those are addressed only at the sitting that votes.
    if (!namesSitting && !roomOnly) continue;
    // (s44) The vote told last before the remark, and only where it is of the week: not an earlier-told vote of a later
    // day passed over for it ("on 9 December the Assembly adopted resolution 71/130 ... X, who introduced the text,
    // told delegates" in a story that opened on the Assembly's vote of 21 December).
    const lastTold = votes
      .filter(
        (v) =>
          v.voted.date !== null &&
          v.voted.basis !== 'publication' &&
          (v.evidence[0] as Span).start < Math.min(at.start, first.start) &&
          !(named && !named.test(v.body.replace(/_/gu, ' '))),
      )
      .sort((a, b) => (b.evidence[0] as Span).start - (a.evidence[0] as Span).start)[0];
    // (s44) Of a day of the article's season too where it is told in the remark's own paragraph, as what the passage is
    // about, not only as what a day is counted from ("The Russian counter-draft fared worse still: ... Vitaly Churkin
    // told the Council that ...", in December of 8 October); not a vote recalled from another year ("The council adopted
    // its last resolution on the port city on 3 May 2015. X told the council ...": the remark is the article's).
    const paragraph = article.paragraphs[statement.paragraph] as Segment;
    const toldHere =
      !!lastTold &&
      (lastTold.voted.date as string) >= addDays(article.publishedOn, -92) &&
      lastTold.evidence.some((e) => contains(paragraph, e)) &&
      !/^\s*(?:(?:a|an|one|two|three|four|five|six|seven|\d{1,2}|several|a few)\s+)?(?:days?|weeks?|hours?)\s+(?:after|before)\b/iu.test(
        article.text.slice((lastTold.evidence[0] as Span).start, (lastTold.evidence[0] as Span).end),
      );
    const vote = lastTold && (((lastTold.voted.date as string) >= weekBefore && !roomOnly) || toldHere) ? lastTold : undefined;
    if (vote) placeAtOccasion(statement, { ...vote.voted, note: `the day of the vote named before ("${cue[0]}")` });
  }
}

// (s34) A happening the verb's object names, its day printed with it before what the speaker calls it ("described the
// Russian veto of the French draft on October 8 as \"shameful\"", unseen "called the shelling of the market on
// Sunday \"a crime\""): the day is the happening's, not the remark's.
const HAPPENING_OBJECT =
  /^\s+(?:the|a|an|its|their|his|her|this|that|last)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:veto|vetoes|vote|resolution|draft|attack|attacks|strike|strikes|shelling|bombing|bombardment|offensive|ceasefire|truce|evacuation|decision|massacre|killing|killings|siege|fall)\b/iu;
// Only a date the noun takes with "on" or "of" ("the veto on 8 October"): "praised the truce yesterday as" times the praise.
const happeningsDay = (text: string, verb: Span, m: Span): boolean =>
  m.start >= verb.end &&
  HAPPENING_OBJECT.test(text.slice(verb.end, m.start)) &&
  (/(?:^|\s)(?:on|of)\s+$/u.test(text.slice(Math.max(verb.end, m.start - 4), m.start)) ||
    /^(?:on|of)\s/iu.test(text.slice(m.start, m.start + 3))) &&
  /^\s+(?:as\b|["“])/u.test(text.slice(m.end));
// An auxiliary between a speech verb and a day: the day is a content clause's ("said his sister had written to him on
// Thursday", "told us the convoy was stopped on Monday"), not the verb's.
const CLAUSE_AUXILIARY = /\b(?:had|has|have|was|were|is|are|would|will|could|can|might|may|must|should)\b/u;

/**
 * The day a speech verb's own words give it in a sentence no statement was drawn from: a day after the verb and before
 * its content ("said late on Monday that", "told reporters on Tuesday: \"...\""), or in the few words after it where
 * the content came first and the verb closes the sentence ("Some 4,100 people have crossed, X told reporters at the bridge
 * on Tuesday afternoon."). In a longer sentence, a day the verb's own object or place leads to (settingBeforeDay:
 * "told the Senate on Friday, as the last trucks left", "said on Sunday at her shop in Old Town, where she sews").
 * Never a day of a content clause ("said the first shell struck on Friday", "said his sister had written on Thursday"),
 * nor one "since" a day.
 */
function verbDay(article: ArticleAnalysis, sentence: Segment, verb: SpeechVerb): When | null {
  const { text } = article;
  const rest = text.slice(verb.end, sentence.end);
  const stop = rest.search(/\bthat\b|["“]|[,;:]\s*(?=["“])/u);
  const after = { start: verb.end, end: stop < 0 ? sentence.end : verb.end + stop };
  // A speaking setting reports no words of its own: a day after it in its clause is its occasion's, however far.
  const short = verb.lemma === SETTING_LEMMA || wordCount(text.slice(after.start, after.end)) <= 10;
  const own = daysIn(article, after).find((m) => {
    const between = text.slice(verb.end, m.start);
    if (happeningsDay(text, verb, m)) return false;
    // (s69) Nor a day's possessive opening what the verb takes ("welcomed last Friday's vote", "said he welcomed last
    // Friday's vote"): what he welcomed; a gathering's is the occasion ("told Monday's meeting").
    if (
      /^['’]s\b/u.test(text.slice(m.end, m.end + 3)) &&
      CONTENT_BEFORE_POSSESSIVE.test(between) &&
      !POSSESSIVE_GATHERING.test(text.slice(m.end, m.end + 40))
    )
      return false;
    return !afterSince(text, m) && ((short && !CLAUSE_AUXILIARY.test(between)) || settingBeforeDay(between));
  });
  // (s36) "was at the opening on Thursday evening and spoke briefly": the day of where the speaker was, the predicate the
  // verb is joined to.
  const joined = own
    ? undefined
    : daysIn(article, { start: sentence.start, end: verb.start })
        .filter((m) => JOINED_PREDICATE.test(text.slice(m.end, verb.start)) && WAS_THERE.test(text.slice(sentence.start, m.start)))
        .at(-1);
  return own?.when ?? joined?.when ?? null;
}
const JOINED_PREDICATE = /^\s*,?\s+and\s+(?:\p{Ll}+ly\s+)?$/u;
// Where the subject was, the predicate before the day ("was at the opening on", "were in the hall on"), not what another
// did ("had rung her on Sunday night and told her", "the photographs his sister had sent on Tuesday night and said").
const WAS_THERE = /\b(?:was|were)\s+(?:at|in|among|outside|inside|with|by)\b[^,;"“]{0,60}$/u;

// The words a speech verb's setting is made of before its day: prepositions and determiners of a place or an
// audience ("told the Senate on", "said at the hall in", "told MPs in the chamber on"; more:
// "spoke to the Assembly on", "told a crowd outside the Town Hall on", "said in Parliament on").
const SETTING_PREPOSITION = /^(?:to|at|in|of|before|outside|inside|from)$/u;
const DETERMINER = /^(?:the|a|an|his|her|their|its|our)$/u;

/**
 * Whether the words between a speech verb and a day are only its setting: eight words at most, each a preposition or
 * determiner (SETTING_PREPOSITION, DETERMINER), a capitalised name, or the one noun a determiner opens ("the chamber",
 * "her shop"). A lower-case word standing free is a content clause's ("the first bomb struck at", "the talks would resume").
 */
function settingBeforeDay(between: string): boolean {
  const words = between
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length > 8) return false;
  return words.every(
    (w, i) => SETTING_PREPOSITION.test(w) || DETERMINER.test(w) || /^\p{Lu}/u.test(w) || DETERMINER.test(words[i - 1] ?? ''),
  );
}

/**
 * A remark whose own words give no day, after a sentence in which the same speaker (by name) speaks on a day: the
 * sentence right before in its paragraph ("Some 4,100 people have crossed, Governor X told reporters at the bridge on
 * Tuesday afternoon. Most of them are women, he said."), the last of the paragraph before for a remark that opens its
 * paragraph ("..., X told the Herald last night.\n\n\"...,\" X said."), and for a named person (s17) the nearest such
 * sentence up to SPEAKER_BEFORE_PARAGRAPHS paragraphs back, past other sentences and other speakers' remarks: the same
 * occasion, so that day, even where no statement was drawn from that sentence. Only a verb in the simple past
 * (speakingVerbs), and (s19) where that sentence reports another speaker's words (a message or a principal's words he
 * relays), only a verb whose subject is the speaker (subjectIsSpeaker); the day is the verb's own (verbDay) or, where it
 * gives none, the day his remark of that verb was given. (s26) A sentence that gives him a remark speaks as him by a
 * pronoun too ("\"We need a second road,\" he said." after his setting of the day), so a later remark past another
 * speaker's takes that remark's day; run a second time once the occasions have dated such remarks.
 */
function dateBySpeakerBefore(article: ArticleAnalysis, statements: ExtractedStatement[], transcript: boolean): void {
  const { text } = article;
  const othersOf = otherRemarks(statements);
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || openTense(text, statement.verb) !== null) continue;
    // (s68) Not a principal's words a spokesperson passed on: the telling is no occasion of the principal's own.
    if (statement.passedOnBy) continue;
    const first = statement.evidence[0] as Span;
    const sentence = sentenceOf(article, Math.min(first.start, statement.verb.start));
    const paragraph = article.paragraphs[statement.paragraph];
    if (!sentence || !paragraph) continue;
    // The sentence right before (sentenceRightBefore), then the sentences before that one, back to the paragraph
    // SPEAKER_BEFORE_PARAGRAPHS before the remark's, nearest first.
    const nearest = sentenceRightBefore(article, statement.paragraph, sentence);
    if (!nearest) continue;
    // The nearest of them in which the speaker (by name) speaks decides: its day, or none. Only the sentence right
    // before in a transcript, whose turns are the speakers' own words (a turn's "reported to me last night" is
    // content), for a state or a body, whose name stands in many a sentence it does not speak ("brokered by Russia
    // and Turkey and announced late Tuesday"), and for an unnamed person, whose word ("Turkish" of "Turkish official
    // (unnamed)") names others too.
    const farther = !transcript && isNamed(statement.speaker) && isPersonSpeaker(article.gazetteer, statement.speaker);
    const sentencesBefore = farther ? [nearest, ...sentencesBack(article, statement.paragraph, nearest)] : [nearest];
    const key = speakerKey(statement.speaker);
    // The verbs of his other remarks: a sentence that gives him one speaks as him, by a pronoun too ("\"...,\" he said").
    const his = othersOf(statement);
    const remarkVerbs = new Set(his.map((s) => s.verb.start));
    const speaking = speakingSentence(article, statement.speaker, sentencesBefore, remarkVerbs);
    if (!speaking) continue;
    const { sentence: before, verbs } = speaking;
    const { start, end } = before;
    const others = statements.some((s) => speakerKey(s.speaker) !== key && s.evidence.some((e) => e.start < end && start < e.end));
    // Where that sentence also carries another's words (a remark the speaker relays: "\"My father called me. He said:
    // '...'\" X said on Monday"; "Y is \"alarmed\", his spokesman X told reporters on Tuesday"), only a verb whose
    // subject names the speaker, or that gave him a remark, is his speaking.
    const own = others ? verbs.filter((v) => remarkVerbs.has(v.start) || subjectIsSpeaker(article, statement.speaker, before, v)) : verbs;
    // The day is the verb's own, else the day his remark of that verb was given (the same occasion, told further back).
    const dayOf = (v: SpeechVerb) => verbDay(article, before, v) ?? remarkDay(his, v);
    const day = own.map(dayOf).find((d) => d !== null);
    if (day) statement.said = { ...day, note: `the day the same speaker spoke in a sentence before ("${clip(before.text)}")` };
  }
}

/**
 * Whether a speech verb's subject is the speaker: his name (speakerToken) ends the words before the verb in its clause
 * (back to the last closing quotation mark or "that"), with at most an aside after it and no other name or possessive
 * (", his spokesman X told", "\"...,\" X, 46, said"; not "Y told X that", nor "X's daughter told").
 */
function subjectIsSpeaker(article: ArticleAnalysis, speaker: ResolvedSpeaker, sentence: Segment, verb: SpeechVerb): boolean {
  const before = article.text.slice(sentence.start, verb.start);
  const cut = Math.max(before.search(/[”"](?![^”"]*[”"])/u), ...[...before.matchAll(/\bthat\b/gu)].map((m) => (m.index ?? 0) + 4));
  const subject = before.slice(Math.max(0, cut));
  const token = speakerToken(article, speaker);
  const at = token.length > 2 ? subject.lastIndexOf(token) : -1;
  if (at < 0 || !namesSpeaker(article, speaker, subject)) return false;
  const rest = subject.slice(at + token.length);
  return !/^['’]s\b/u.test(rest) && !/\p{Lu}/u.test(rest) && wordCount(rest) <= 6;
}

// Where or how a speaker spoke, told after his verb: a place or an occasion ("said at his shop", "told the Post at her
// home", "said in a statement", "at her weekly briefing"), by telephone, or "speaking ...".
const VERB_SETTING = /\b(?:(?:at|in|from|during)\s+(?:a|an|the|his|her|its|their|our)\b|by\s+(?:tele)?phone\b|speaking\b)/u;

/**
 * A named person's remark whose own words give no day, before a sentence in which the same person speaks where or how
 * (VERB_SETTING) and on a day of his verb's own (verbDay), within SPEAKER_AFTER_PARAGRAPHS paragraphs after: the
 * interview told first and set last ("X said her son had worked in a hotel. ... \"I pray for that family,\" X said by
 * telephone on Saturday."; "X said his teacher had sent him a message. ... \"I have not heard from him since,\" X told
 * the Herald at his shop yesterday."). The first later sentence that names him speaking decides: its day, or none. Only
 * a verb whose subject is the speaker (not "Y told X on Monday"); a bare day ("X said on Monday.") may be another
 * remark's, and a day told before the remark (dateBySpeakerBefore) is nearer. (s28) As dateBySpeakerBefore reads it,
 * a sentence that gives him a remark speaks as him by a pronoun too ("\"...,\" she said by phone last night"), a
 * speaking setting is a setting ("who was speaking at a reception on Wednesday"), and where his set verb gives no day
 * of its own, its remark's day is that speaking's ("said in the statement" of a statement dated before). So is the
 * telling right after his remark that goes on with it, its attribution closing his words, a bare day too ("X said
 * three families were still inside. \"...,\" she said on Friday night."; "\"...,\" he told the House." of a sitting
 * dated before; "..., Vardi said." dated in turn further on). Latest remark first, so one this rule dates may date
 * the one before it.
 */
function dateBySpeakerAfter(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const othersOf = otherRemarks(statements);
  const latestFirst = [...statements].sort((a, b) => b.verb.start - a.verb.start);
  for (const statement of latestFirst) {
    if (statement.said.basis !== 'publication' || statement.said.date !== article.publishedOn) continue;
    if (openTense(text, statement.verb) !== null || !isPersonSpeaker(article.gazetteer, statement.speaker)) continue;
    // A remark set where its verb says ("said in a statement that") was made there, not at his later speaking.
    if (!isNamed(statement.speaker) || SETTING_AFTER_VERB.test(text.slice(statement.verb.end))) continue;
    const first = statement.evidence[0] as Span;
    const sentence = sentenceOf(article, Math.max(first.end, statement.verb.end) - 1);
    if (!sentence) continue;
    const later = bodySentences(article, statement.paragraph, statement.paragraph + SPEAKER_AFTER_PARAGRAPHS + 1).filter(
      (x) => x.start >= sentence.end,
    );
    const his = othersOf(statement);
    const remarkVerbs = new Set(his.map((s) => s.verb.start));
    const speaking = speakingSentence(article, statement.speaker, later, remarkVerbs);
    if (!speaking) continue;
    const { sentence: after, verbs } = speaking;
    // Right after: only the quoted sentences of his next quotation stand between.
    const rightAfter = later.slice(0, later.indexOf(after)).every((x) => quotedOnly(article, x));
    // His next telling goes on from this one where its attribution closes it, after his words ("\"...,\" he said",
    // "..., Vardi said"), not where it opens a telling of its own ("Haddad told the council on Monday that ...").
    const closing = (v: SpeechVerb) => ATTRIBUTION_AFTER_WORDS.test(text.slice(after.start, v.start));
    const set = (v: SpeechVerb) =>
      v.lemma === SETTING_LEMMA || VERB_SETTING.test(text.slice(v.end, after.end).split(/\bthat\b|["“]/u)[0] ?? '');
    const dayOf = (v: SpeechVerb): When | null =>
      set(v) || (rightAfter && closing(v)) ? (verbDay(article, after, v) ?? remarkDay(his, v)) : null;
    const day = verbs
      .filter((v) => remarkVerbs.has(v.start) || subjectIsSpeaker(article, statement.speaker, after, v))
      .map(dayOf)
      .find((d) => d !== null && d.precision === 'day');
    if (day) statement.said = { ...day, note: `the day the same speaker spoke in a sentence after ("${clip(after.text)}")` };
  }
}

// The words before a speech verb that closes its sentence's words: a comma or a closing quotation mark, then its
// subject ("\"...,\" she", "..., Dr Vardi").
const ATTRIBUTION_AFTER_WORDS = /[,”"]\s*(?:\S+\s+){1,6}$/u;

/** The day, to the day, that one of a speaker's remarks (`his`) of the speech verb `verb` was given by a rule; else null. */
const remarkDay = (his: ExtractedStatement[], verb: SpeechVerb): When | null =>
  his.find((s) => s.verb.start === verb.start && s.said.basis !== 'publication' && s.said.precision === 'day')?.said ?? null;

// A setting told right after a remark's verb: "said at his shop", "said in an interview", "said by telephone".
const SETTING_AFTER_VERB = new RegExp(String.raw`^\s*,?\s*${VERB_SETTING.source}`, 'u');

/**
 * A named person's bare remark ("X said ...", "\"...,\" X said"; not "told" someone, no setting after the verb) that no
 * rule dated, told further on than dateBySpeakerBefore reaches (up to ONE_OCCASION_PARAGRAPHS after his last remark),
 * when every remark of his before it is dated on one day and none of his remarks elsewhere on another: the one
 * occasion the story met him at ("Mr X, 34, said last night in the room he rents" ... "Mr X said his mother would stay
 * with relatives"; a spokesman who told reporters at the ministry on Wednesday, and "Jose said" seven paragraphs on).
 * Not past his remark in the present ("he says", which moves the story to its own day, as for dateByOutletInterview),
 * nor where the story, from that occasion to the remark's sentence, names a later day than the occasion's (it has moved
 * on: "The evacuation was halted again on Tuesday" after his Monday, a section headed by a later day, "said the group
 * had written to the MP on Monday" after Sunday's supper).
 */
function dateBySpeakersOneDay(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const othersOf = otherRemarks(statements);
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || statement.said.date !== article.publishedOn) continue;
    if (openTense(text, statement.verb) !== null || statement.verb.lemma !== 'say') continue;
    if (!isNamed(statement.speaker) || !isPersonSpeaker(article.gazetteer, statement.speaker)) continue;
    if (SETTING_AFTER_VERB.test(text.slice(statement.verb.end))) continue;
    // A letter's request (s34) is written on its day, no occasion the writer later speaks at.
    const his = othersOf(statement).filter((s) => !letterRequest(text, s));
    const before = his.filter((s) => s.verb.start < statement.verb.start);
    const last = before.at(-1);
    if (last?.said.precision !== 'day' || statement.paragraph - last.paragraph > ONE_OCCASION_PARAGRAPHS) continue;
    const day = last.said;
    const onThatDay = (s: ExtractedStatement) => s.said.basis !== 'publication' && s.said.date === day.date;
    if (!before.every(onThatDay) || his.some((s) => s.said.basis !== 'publication' && s.said.date !== day.date)) continue;
    if (his.some((s) => s.verb.start > last.verb.start && s.verb.start < statement.verb.start && openTense(text, s.verb) !== null))
      continue;
    const occasion = sentenceOf(article, last.verb.start);
    const sentence = sentenceOf(article, statement.verb.start);
    if (!occasion || !sentence || namesALaterDay(article, { start: occasion.end, end: sentence.end }, day)) continue;
    statement.said = { ...day, note: `the one day the same speaker spoke on in the story ("${clip(occasion.text)}")` };
  }
}

/** How far a person's one day of speaking in a story reaches his later bare remarks, in paragraphs. */
const ONE_OCCASION_PARAGRAPHS = 10;

/**
 * A statement's speaker's other remarks in the text's order, each speaker's gathered once for a loop that dates remarks
 * but never changes a speaker.
 */
function otherRemarks(statements: ExtractedStatement[]): (statement: ExtractedStatement) => ExtractedStatement[] {
  const bySpeaker = new Map<string, ExtractedStatement[]>();
  for (const s of statements) {
    const key = speakerKey(s.speaker);
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), s]);
  }
  return (statement) => (bySpeaker.get(speakerKey(statement.speaker)) ?? []).filter((s) => s !== statement);
}

/** Whether a speaker goes by a name: an actor, or a proposal that is not an unnamed one ("Turkish official (unnamed)"). */
const isNamed = (speaker: ResolvedSpeaker) => speaker.status === 'actor' || !/\(unnamed\)/u.test(speaker.proposal.name);

/** How far forward a person's dated speaking reaches his remarks told before it with no day of their own, in paragraphs. */
const SPEAKER_AFTER_PARAGRAPHS = 2;

/** How far back a speaker's dated speaking reaches his later remarks with no day of their own, in paragraphs. */
const SPEAKER_BEFORE_PARAGRAPHS = 3;

/**
 * The sentences before `nearest`, nearest first, back to the paragraph SPEAKER_BEFORE_PARAGRAPHS before `paragraph`
 * (a headline aside): where a person's dated speaking may still reach a remark of his.
 */
function sentencesBack(article: ArticleAnalysis, paragraph: number, nearest: Segment): Segment[] {
  return bodySentences(article, Math.max(0, paragraph - SPEAKER_BEFORE_PARAGRAPHS), paragraph + 1)
    .filter((x) => x.end <= nearest.start)
    .reverse();
}

/**
 * The first of `sentences` (nearest first), outside quotation marks, that names `speaker` and has him speak
 * (speakingVerbs), or that gives him a remark by one of `remarkVerbs` (his other remarks' verbs, a pronoun's too:
 * "\"...,\" he said"), with those verbs; null where none does.
 */
function speakingSentence(
  article: ArticleAnalysis,
  speaker: ResolvedSpeaker,
  sentences: Segment[],
  remarkVerbs: ReadonlySet<number> = new Set(),
): { sentence: Segment; verbs: SpeechVerb[] } | null {
  for (const [index, sentence] of sentences.entries()) {
    if (inQuote(article, sentence)) continue;
    const named = namesSpeaker(article, speaker, sentence.text);
    const remarked = [...remarkVerbs].some((v) => sentence.start <= v && v < sentence.end);
    const verbs = [
      ...(named || remarked ? speakingVerbs(article, sentence).filter((v) => named || remarkVerbs.has(v.start)) : []),
      ...speakingSettings(article, speaker, sentence, named ? undefined : sentences[index + 1]),
    ].sort((a, b) => a.start - b.start);
    if (verbs.length > 0) return { sentence, verbs };
  }
  return null;
}

const ENCOUNTER_WITH = /\bwith\s+(?:\p{Lu}|(?:his|her|their|its)\s)/u;
/** The lemma of a speaking setting read as the speaker's speech verb (verbDay reads any day after it in its clause). */
const SETTING_LEMMA = 'speaking setting';

/**
 * The speaking settings (SPEAKING_SETTING) of a sentence whose subject is `speaker`: named before the setting's verb
 * (not as another's: "X's spokesman briefed"), or "He"/"She" opening the sentence right after one that names him
 * (`before`: "X welcomed the vote. He spoke to journalists in Budapest on Monday evening."). In the simple past only
 * ("had spoken to him on Sunday" tells of an earlier talk). Read as speech verbs of the lemma SETTING_LEMMA.
 */
function speakingSettings(
  article: ArticleAnalysis,
  speaker: ResolvedSpeaker,
  sentence: Segment,
  before: Segment | undefined,
): SpeechVerb[] {
  const { text } = article;
  // Read for every sentence back from each remark: most set no speaking, so nothing else is worked out for them.
  const settings = [...sentence.text.matchAll(SPEAKING_SETTINGS)];
  if (settings.length === 0) return [];
  const pronounSubject =
    before !== undefined &&
    before.end <= sentence.start &&
    /^(?:He|She)\s/u.test(sentence.text) &&
    namesSpeaker(article, speaker, before.text);
  const token = speakerToken(article, speaker);
  return settings.flatMap((m) => {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (inQuote(article, { start, end }) || PAST_PERFECT_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return [];
    // A talk with someone in its clause is an encounter ("spoke by phone on Monday evening with Ambassador X, who told
    // her ..."; dateByEncounter's), not a setting before the press: his remarks after it may be another day's.
    if (ENCOUNTER_WITH.test(text.slice(end, sentence.end).split(/[,;:]/u)[0] ?? '')) return [];
    const subject = text.slice(sentence.start, start);
    // Named as its subject: not as another's, nor as the subject of a speech verb between, whose content clause the
    // setting is then ("X said he spoke to his mother on Wednesday night", s28).
    const named =
      token.length > 2 &&
      [...subject.matchAll(nameAsWord(token, 'gu'))].some(
        (n) =>
          !/^['’]s\b/u.test(subject.slice(n.index + token.length)) &&
          findSpeechVerbs(text, { start: sentence.start + n.index + token.length, end: start }, article.quotations).length === 0,
      );
    if (!named && !(pronounSubject && wordCount(subject) === 1)) return [];
    const verb: SpeechVerb = { start, end, text: m[0], lemma: SETTING_LEMMA, participle: false, complement: 'quote', speakerAfter: false };
    return [verb];
  });
}

/**
 * A sentence's speech verbs in the simple past (no participle, no present or perfect, no past perfect: "had written
 * early on Wednesday" tells of an earlier message, not of the speaking the sentence reports): someone speaking there.
 */
const speakingVerbs = (article: ArticleAnalysis, sentence: Segment): SpeechVerb[] =>
  findSpeechVerbs(article.text, sentence, article.quotations).filter(
    (v) =>
      !v.participle &&
      openTense(article.text, v) === null &&
      !PAST_PERFECT_BEFORE.test(article.text.slice(Math.max(0, v.start - 30), v.start)),
  );
const PAST_PERFECT_BEFORE = /\bhad\s+(?:(?:\p{Ll}+ly|also|already|just|again)\s+)?$/u;

// Where two or more people meet or talk on a day: "in a phone conversation with his Russian counterpart", "spoke with
// X by phone", "in a meeting with X", "held talks with", "X met Y". Unseen wordings it covers: "During a telephone call
// with Y on Monday, X ...", "X and Y spoke by telephone on Friday", "X, meeting Y in Ankara on Tuesday, ...".
// (s35) And the outlet's reporter with the speaker ("X read the letter aloud to a journalist at her kitchen table on
// Sunday", "showed a reporter the photographs on Monday", "spoke to this correspondent on Sunday").
const ENCOUNTER =
  /\b(?:(?:tele)?phone\s+(?:call|conversation|talks?)|by\s+(?:tele)?phone|(?:spoke|talked|speaking|talking)\s+(?:with|to)|(?:a|the|their|his|her)\s+meeting\s+with|meeting\s+(?:with\s+)?\p{Lu}|(?:held\s+)?talks\s+with|conversation\s+with|met(?:\s+with)?\s+(?:\p{Lu}|his|her|their)|(?:to|for|with|showed)\s+(?:a|this|our)\s+(?:reporter|journalist|correspondent)\b)/u;

/**
 * A remark made by one of the parties to a dated encounter (ENCOUNTER: a phone conversation, a meeting, talks) told
 * in a sentence before it ("Sandvik and the Norlandic Foreign Minister Ostrov reviewed the situation in a separate phone
 * conversation on Saturday. The Norlandic minister said ..."; "Ms. Lind, in a meeting with Pavel Dorn on Saturday,
 * described ... // Dorn, for his part, said ..."): the remark was made in that encounter, so on its day. The
 * speaker must be named in the encounter's sentence (surname, or the word an unnamed speaker goes by), the remark
 * lie in that paragraph or the two after it, be in the past tense with no day of its own, and no other day the
 * story has reached (outside quotations, none after the article) stand between them. The day is the one nearest the
 * encounter's words in their sentence.
 */
// (s37) The encounter a remark was made at, told after its verb in its own sentence by the speaker's pronoun: "X
// expressed deep concern ... when he met a delegation of the Red Cross in Seoul on Wednesday", "said ... as she
// received the envoy on Monday".
const WHEN_ENCOUNTER =
  /\b(?:when|as|while)\s+(?:he|she|they)\s+(?:met|received|visited|hosted|welcomed|addressed|spoke\s+(?:to|with)|talked\s+(?:to|with))\b/u;

/**
 * A remark whose own sentence tells, after its verb, the encounter it was made at by the speaker's pronoun
 * (WHEN_ENCOUNTER) and that encounter's day: that day, where no rule dated the remark.
 */
function dateByWhenEncounter(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || statement.continuation || !pastSpeech(text, statement.verb)) continue;
    const own = sentenceOf(article, statement.verb.start);
    if (!own) continue;
    const after = { start: statement.verb.end, end: own.end };
    const cue = WHEN_ENCOUNTER.exec(text.slice(after.start, after.end));
    if (!cue) continue;
    const from = after.start + cue.index;
    if (inQuote(article, { start: from, end: from + cue[0].length })) continue;
    const day = daysIn(article, { start: from, end: own.end }).find((m) => !afterSince(text, m));
    if (day) placeAtOccasion(statement, { ...day.when, note: `the day of the encounter its sentence sets it at ("${cue[0]}")` });
  }
}

function dateByEncounter(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const encounters: { sentence: Segment; paragraph: number; day: When }[] = [];
  // An encounter someone reports ("X told reporters that A and B had discussed it by telephone on Wednesday") is the
  // content of a remark, not the setting of one: neither the encounter's words nor its day may be spoken.
  // So is the contact through which a remark was relayed ("said colleagues had told him by telephone on Sunday that"):
  // it dates the relayed words, not the teller's later remarks.
  const spoken = (x: Span) =>
    statements.some((s) => s.evidence.some((e) => contains(e, x)) || (s.basis === 'relayed' && s.attribution.some((a) => contains(a, x))));
  // (s35) An encounter with no day of its own set at the gathering the story opens on ("X met Y in the porch before the
  // vigil"; unseen "spoke to her outside the hall after the vigil") is on the gathering's day.
  const lead = leadScene(article);
  article.paragraphs.forEach((paragraph, index) => {
    if (isHeadline(article, paragraph)) return;
    for (const sentence of splitSentences(text, paragraph)) {
      const outside = outsideQuotations(article, sentence);
      const cue = ENCOUNTER.exec(outside);
      if (!cue || inQuote(article, sentence)) continue;
      const at = sentence.start + Math.max(0, sentence.text.indexOf(cue[0]));
      const words = { start: at, end: at + cue[0].length };
      if (spoken(words)) continue;
      const days = daysIn(article, sentence).filter(
        (m) => !afterSince(text, m) && !inDatelineHead(article, m) && !spoken(m) && !inAsideApart(text, sentence, m, words),
      );
      days.sort((a, b) => distance(a, words) - distance(b, words));
      const day = days[0];
      if (day && !encounterInComplement(text, day, words)) encounters.push({ sentence, paragraph: index, day: day.when });
      else if (!day && lead && AT_THE_GATHERING_NOUN.test(outside) && pointsToScene(lead, outside))
        encounters.push({ sentence, paragraph: index, day: lead.day });
    }
  });
  if (encounters.length === 0) return;
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || !pastSpeech(text, statement.verb)) continue;
    const from = Math.min(statement.verb.start, ...statement.evidence.map((e) => e.start));
    const encounter = encounters.filter((e) => e.sentence.end <= from && statement.paragraph - e.paragraph <= 2).at(-1);
    if (!encounter) continue;
    if (!namesSpeaker(article, statement.speaker, encounter.sentence.text)) continue;
    const between = { start: encounter.sentence.end, end: from };
    if (daysIn(article, between).length > 0) continue;
    // ... nor a remark of someone who took no part in it ("X met Y on Monday. // Z, a diplomat, said ... // X said
    // ..."): the story has moved on from the encounter. The other party's remark between is the same encounter's.
    const others = statements.some(
      (s) => s.evidence.some((e) => contains(between, e)) && !namesSpeaker(article, s.speaker, encounter.sentence.text),
    );
    if (others) continue;
    statement.said = {
      ...encounter.day,
      note: `the day of the encounter the speaker was named in ("${clip(encounter.sentence.text)}")`,
    };
  }
}

// Words that open a clause of what someone asked for or said between a day and an encounter's words: "On Monday X
// wrote to Y urging him to raise it in his talks with Z", "X said on Friday that the two had met", "asked Y on
// Tuesday to hold talks with Z". An infinitive's verb, not "to" before a noun ("spoke on Monday to his counterpart").
const COMPLEMENT_OPENING =
  /\b(?:urging|urged|asking|asked|calling\s+on|called\s+on|that|so\s+that|to\s+(?!(?:the|a|an|his|her|their|its|my|our|your|reporters|journalists)\b)\p{Ll}+)\b/u;

/**
 * Whether an encounter's words stand in a clause that reports or asks for it, apart from the day of its sentence
 * ("On 29 November the senators wrote to Y urging him to press it in his talks with Z"): that day is the letter's,
 * not the talks', and a remark by a party to the talks is not dated by it.
 */
function encounterInComplement(text: string, day: Span, words: Span): boolean {
  const between = day.end <= words.start ? text.slice(day.end, words.start) : text.slice(words.end, day.start);
  return COMPLEMENT_OPENING.test(between);
}

// A remark's words that place it at an occasion by its noun: "after the vote", "following the talks", "during the
// debate", "at the end of the wake", "on the sidelines of the forum", a sentence set there ("At the council, X said",
// (s33) "At that meeting the ambassador asked");
// a news or press conference by its head noun, as SAID_IN_OCCASION reads it (not "news", which names any "new...").
// (s37) Not an ordinal ("Before the third, he told the audience": the third piece of a programme, no occasion).
const OCCASION_REFERENCE =
  /(?:\b(?:[Aa]fter|[Ff]ollowing|[Dd]uring|[Bb]efore|[Aa]t\s+the\s+end\s+of|[Oo]n\s+the\s+sidelines\s+of)|^\s*At)\s+(?:the|that)\s+((?:news|press)\s+conference|(?!(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next)\b)\p{Ll}{3,})\b/u;
// ... or by the occasion or audience its verb addresses: "told the crowd", "addressing the rally", "speaking at the
// vigil", "told the House", "told the conference" (unseen: "told the hearing", "addressing the congress", "speaking
// to the gathering"). Not a medium a remark is given to ("told the newspaper"), nor a person ("told the minister").
const ADDRESSED_OCCASION =
  /\b(?:told|tells|addressed|addressing|telling|(?:[Ss]peaking|spoke|talking)\s+(?:at|to|in|before))\s+the\s+(?!(?:newspaper|paper|agency|station|channel|broadcaster|magazine|website|press|reporters?|journalists?|media|minister|president|envoy|ambassador|secretary|spokesman|spokeswoman|official)\b)((?:\p{L}[\p{L}'’-]*\s+){0,2}\p{L}{3,})\b/u;
// ... or by the statement or occasion its verb says the words were given in (s24; victoriaherald, merdekatribune: "\"...,\"
// Mr X said in the statement." after "In a statement issued ... yesterday afternoon, the head of state said"; unseen:
// "wrote in the letter", "added at the briefing"; "during the" is OCCASION_REFERENCE's, read first). Only a statement's
// or an occasion's noun: "said at the hospital" names a place, "in the message" a contact (dateByRelayedContact's).
const SAID_IN_OCCASION = new RegExp(
  String.raw`\b(?:said|says|wrote|added|stated|declared)\s+(?:in|at)\s+the\s+(${GIVEN_IN_NOUNS}|${GIVEN_AT_NOUNS})\b`,
  'u',
);
// A capitalised audience that is a sitting, not an outlet ("told the BBC", "told the Guardian" are media): a chamber
// or a gathering by its proper name ("told the House", "told the Senate", "addressing the Dáil").
const CHAMBER =
  /^(?:House|Senate|Commons|Lords|Parliament|D[áa]il|Chamber|Congress|Conference|Summit|Assembly|Council|Committee|Bundestag|Duma|Majlis)$/u;
// A CHAMBER whose session a story follows from its lead on ("the council", "the Committee", "the Dáil"), so a remark
// told to it or set at it is at the session the text dated last, however far before: not a conference or summit (a
// news conference named before may be another), nor "the house" (a dwelling) unless written "the House" alone.
const NOT_A_SITTING = /^(?:Conference|Summit)$/u;
const isSittingBody = (noun: string): boolean => {
  const name = noun.charAt(0).toUpperCase() + noun.slice(1);
  return CHAMBER.test(name) && !NOT_A_SITTING.test(name) && noun !== 'house';
};
// The words for whichever sitting body a story follows ("told the House" of a Dáil named before, "told the chamber" of
// a council): they point back to the latest dated naming of any sitting body, not of their own word only.
const ANY_SITTING = /^(?:House|[Cc]hamber)$/u;

/** The first sitting body a sentence names by its noun ("the Dáil", "the council"; "House" after "the" or before "of", not the White House). */
function sittingNamed(sentence: string): RegExpExecArray | null {
  for (const word of sentence.matchAll(/\p{L}+/gu)) {
    if (!isSittingBody(word[0])) continue;
    if (
      word[0] === 'House' &&
      !/\bthe\s+$/iu.test(sentence.slice(0, word.index)) &&
      !/^\s+of\b/u.test(sentence.slice(word.index + word[0].length))
    )
      continue;
    return word;
  }
  return null;
}
// A sentence set at a sitting body by its opening words, its name capitalised or not ("In the Dáil yesterday,", "At
// the UN Security Council in New York,", "In the chamber,"): its remarks and its paragraph's after it are made there.
const SITTING_SETTING = /^\s*(?:At|In)\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|\p{Ll}{3,})\b/u;
// ... or a witness set before it ("X appeared before the Committee on December 1", "gave evidence to the committee",
// "The Committee also heard from X"; unseen: "testified before the Senate panel", "the Committee took evidence from"):
// a committee's report or minutes tells of each witness's hearing once, then his words. The body is the phrase's first
// sitting word ("House" of "the House foreign affairs committee").
const APPEARANCE =
  /\b(?:(?:appeared|testified|gave\s+evidence|giving\s+evidence)\s+(?:before|to)\s+the((?:\s+\p{L}[\p{L}'’-]*){1,4})|[Tt]he\s+(\p{L}+)\s+(?:also\s+)?(?:heard\s+(?:evidence\s+)?from|took\s+evidence\s+from)\s+\p{Lu})/u;
// Words that end a noun phrase after "told the ...": "told the French parliament that ...", "told the crowd on ...".
const PHRASE_END =
  /\s+(?:that|on|in|at|of|and|with|about|before|after|during|when|while|from|by|this|last|late|early|outside|inside)\b.*$/iu;

/** The occasion's noun a cue names: the last word of its noun phrase ("parliament" of "French parliament that"). */
const occasionNoun = (cue: RegExpExecArray): string | undefined => cue[1]?.replace(PHRASE_END, '').split(/\s+/u).at(-1);

/**
 * The sitting body a person's remark is set at by the first sentence of its paragraph, up to the remark's own
 * (SITTING_SETTING: "In the Dáil yesterday, the Taoiseach faced questions. X accused ...", "At the UN Security Council,
 * which met on Tuesday, X asked"; APPEARANCE: "X appeared before the Committee on December 1. She said ..."), its
 * noun, and the words of that setting that may date it: that sentence, or the remark's own up to its verb. Null where
 * the paragraph opens on no sitting body ("In the city,"), or the speaker is no person (an agency's figures told after
 * a council's vote were not given there).
 */
function sittingSetting(
  article: ArticleAnalysis,
  statement: ExtractedStatement,
  own: Segment,
): { cue: RegExpExecArray; noun: string; setting: Segment } | null {
  if (!isPersonSpeaker(article.gazetteer, statement.speaker)) return null;
  const paragraph = article.paragraphs[statement.paragraph];
  const opening = paragraph ? splitSentences(article.text, paragraph)[0] : undefined;
  if (!opening || opening.start > own.start || inQuote(article, opening)) return null;
  const setting = SITTING_SETTING.exec(opening.text);
  const appearance = setting ? null : APPEARANCE.exec(opening.text);
  const cue = setting ?? appearance;
  const noun = setting ? occasionNoun(setting) : (appearance?.[1] ?? appearance?.[2])?.trim().split(/\s+/u).find(isSittingBody);
  if (!cue || !noun || !isSittingBody(noun)) return null;
  if (opening.start < own.start) return { cue, noun, setting: opening };
  const { start } = statement.verb;
  return { cue, noun, setting: { start: own.start, end: start, text: article.text.slice(own.start, start) } };
}

/**
 * A remark placed at an occasion by the occasion's noun ("said after the vote", "Following the talks, X said", "At
 * the end of the vigil, X said") that no words of its own date: the day of that occasion, where the latest sentence
 * before it that names the same noun (or its verb: "the vote", "voted"), in its paragraph or the two before with no
 * heading between, gives a day; the day nearest the noun there. The definite noun points back to the occasion the
 * text told last, as "that day" points back to a day. A sitting body (isSittingBody: "told the Committee", "At the
 * council,") points back to the latest dated naming anywhere before: a committee's report or a council story names its
 * body undated in between ("Chair of the Committee, X, said:") and under its own headings; "the House", "the chamber"
 * (ANY_SITTING) to that of any sitting body. A paragraph opening at a sitting body (sittingSetting) dates a person's
 * remark in it by that opening's own day only.
 */
function dateByOccasionNamedBefore(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const lead = leadScene(article);
  const scenes = bodyScenes(article, statements);
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || statement.continuation || openTense(text, statement.verb) !== null) continue;
    const first = statement.evidence[0] as Span;
    const own = sentenceOf(article, statement.verb.start);
    if (!own) continue;
    const outside = outsideQuotations(article, own);
    // (s30) A remark told to a gathering's people ("At the church in X, the pastor told the congregation") at a scene
    // the story set is the scene's (dateByScene), not that of a sentence before naming the place's noun in another
    // sense ("after the Free Church bade its ministers on Tuesday": a body, on another day).
    if (ATTENDEES.test(outside) && sceneOf(article, statements, scenes, lead, statement.paragraph)) continue;
    // (s33) "At that meeting X told the Council": the audience the verb addresses is read first, a sitting body's day
    // found anywhere before (the meeting may be told only by its verb, "the Council met on Wednesday night"); "At that
    // meeting" alone points back to the latest naming of its noun.
    const reference = OCCASION_REFERENCE.exec(outside);
    const referenced = reference && /^\s*At\s+that\b/u.test(reference[0]) ? reference : null;
    const addressed = (referenced ? null : reference) ?? ADDRESSED_OCCASION.exec(outside) ?? SAID_IN_OCCASION.exec(outside) ?? referenced;
    const members = addressed ? null : MEMBERS_ADDRESSED.exec(outside);
    const set = addressed || members ? null : sittingSetting(article, statement, own);
    const cue = addressed ?? members ?? set?.cue;
    const noun = set ? set.noun : addressed ? occasionNoun(addressed) : members ? 'sitting' : undefined;
    if (noun && /^\p{Lu}/u.test(noun) && !CHAMBER.test(noun)) continue;
    if (!cue || !noun) continue;
    const sitting = isSittingBody(noun);
    // Where the occasion may be named: the remark's paragraph and the two before it, never across a heading; a sitting
    // body, anywhere before.
    // (s36) Those at a gathering were at it from its start: a review or a report names its evening once, at the top.
    const audience = AUDIENCE_NOUN.test(noun);
    let earliest = sitting || audience ? 0 : Math.max(0, statement.paragraph - 2);
    if (!sitting)
      for (let index = earliest; index < statement.paragraph; index++) {
        const paragraph = article.paragraphs[index] as Segment;
        if (SECTION_HEADING.test(paragraph.text) || isHeadline(article, paragraph)) earliest = index + 1;
      }
    const sentences = bodySentences(article, earliest, statement.paragraph + 1);
    const start = Math.min(own.start, first.start);
    // A setting is dated by its own words, else as the sitting it names is, by a naming before its paragraph in no
    // one's remark: never by a day told later in its paragraph, or in words spoken, which may be a remark's content.
    const candidates = set
      ? [...sentences.filter((x) => x.end <= set.setting.start && !inRemark(statements, x)), set.setting]
      : sentences.filter((x) => x.end <= start);
    // The latest naming is the occasion meant: where it gives no day, the remark keeps its own (a sitting body's
    // undated naming is the same session: look further back).
    // A debate named undated in between is the same sitting's, so look further back for its day (as for a body).
    const pastUndated = sitting || audience || SITTINGS_OWN_OCCASION.test(noun);
    const anySitting = ANY_SITTING.test(noun);
    const named = latestNaming(article, candidates, anySitting ? sittingNamed : occasionNaming(noun), pastUndated, audience, anySitting);
    if (named?.day)
      placeAtOccasion(statement, {
        ...named.day.when,
        note: `the day of the occasion "${cue[0]}" points back to ("${clip(named.sentence.text)}")`,
      });
  }
}

// (s33) A sitting's members addressed ("told members that", "told MPs", "addressing lawmakers"; unseen "told fellow
// senators", "told councillors"): the sitting told just before, as "in the debate" is.
const MEMBERS_ADDRESSED =
  /\b(?:told|tells|telling|addressed|addressing)\s+(?:the\s+|fellow\s+)?(?:members|MPs|lawmakers|legislators|deputies|senators|councillors|councilors|peers)\b(?!\s+of\b)/u;
// The occasion nouns that are a sitting's own: its debate, the sitting itself.
const SITTINGS_OWN_OCCASION = /^(?:debate|sitting)$/iu;
// A debate is a sitting's, so "in the debate" points back to the sitting or the body named before ("at Tuesday's
// sitting", "the council met on Monday"; "sitting" after a possessive or a determiner only, never "sitting in the dark").
const SITTING_NAMING =
  /\bdebat\p{L}*|(?:['’]s|\b(?:the|a|its|this|that|same|plenary|special|emergency|morning|afternoon|evening))\s+sitting\b/iu;

// (s35) Those at a gathering, addressed ("told the congregation", "told the audience"; ATTENDEES), point back to the
// gathering they were at, which a sentence before names by its own noun, not theirs: a gathering (GATHERING_NOUNS), a
// church's service of any kind ("a joint service of the town's chapels on Sunday"), a film's
// premiere or screening, a performance (unseen "the memorial concert", "a recital").
const AUDIENCE_NOUN = new RegExp(`^(?:${AUDIENCE_NOUNS})$`, 'u');
const AUDIENCE_OCCASION = new RegExp(
  String.raw`\b(?:${GATHERING_NOUNS}|services?|premi[eè]res?|screenings?|performances?|recitals?|sermons?|festival|programme|program|gig)\b`,
  'u',
);

/**
 * A sentence's naming of an occasion's noun or its verb, at its stem ("the vote", "voted"; "the Committee", "committees"),
 * or of an audience's occasion (AUDIENCE_OCCASION).
 */
function occasionNaming(noun: string): (sentence: string) => RegExpExecArray | null {
  if (SITTINGS_OWN_OCCASION.test(noun)) return (sentence) => SITTING_NAMING.exec(sentence) ?? sittingNamed(sentence);
  const stem = noun.replace(/(?:e|s|es)$/u, '');
  const naming = new RegExp(`\\b${escapeRegExp(stem)}\\p{L}*`, 'iu');
  if (AUDIENCE_NOUN.test(noun)) return (sentence) => naming.exec(sentence) ?? AUDIENCE_OCCASION.exec(sentence);
  return (sentence) => naming.exec(sentence);
}

// Between an occasion's naming and a day of its sentence, another clause (a comma, a verb of saying): the day is not
// the occasion's.
const OTHER_CLAUSE_BETWEEN = /[,;]|\b(?:said|says|told|tells|added|wrote)\b/u;

/**
 * The latest of `sentences` outside quotations that names an occasion (`naming` finds its words in a sentence), and
 * the day in it nearest those words. An undated naming is the one meant, so the search ends there with no day, unless
 * `pastUndated` (a sitting body named undated in between: the same session, dated further back).
 */
function latestNaming(
  article: ArticleAnalysis,
  sentences: Segment[],
  naming: (sentence: string) => RegExpExecArray | null,
  pastUndated: boolean,
  dayNear = false,
  oneBody = false,
): { sentence: Segment; day: DateMention | undefined } | null {
  // (s55) Past an undated naming of one body ("the eleven other members of the Council voted in favour"), only that
  // body's naming further back is the sitting meant, not another's ("The General Assembly's vote of 9 December").
  let body: string | null = null;
  for (const sentence of [...sentences].reverse()) {
    if (inQuote(article, sentence)) continue;
    const named = naming(sentence.text);
    if (!named) continue;
    if (oneBody && body !== null && named[0].toLowerCase() !== body) continue;
    const at = { start: sentence.start + named.index, end: sentence.start + named.index + named[0].length };
    const nearest = daysIn(article, sentence).sort((a, b) => distance(a, at) - distance(b, at))[0];
    // (s36) For an audience's occasion, a day another clause parts from its naming is another happening's ("after the
    // concert, Shami said his father had told him by phone on Friday"), not the occasion's.
    const apart = nearest
      ? sentence.text.slice(Math.min(nearest.end, at.end) - sentence.start, Math.max(nearest.start, at.start) - sentence.start)
      : '';
    const day = dayNear && nearest && OTHER_CLAUSE_BETWEEN.test(apart) ? undefined : nearest;
    if (!day && pastUndated) {
      // (Not "the chamber" of the setting itself: any sitting's word.)
      if (!ANY_SITTING.test(named[0])) body ??= named[0].toLowerCase();
      continue;
    }
    return { sentence, day };
  }
  return null;
}

/**
 * A remark set in a place with no day of its own ("Ms. Sandvik told us in Oslo that ...", "said in Riga that ...")
 * made where the text set the speaker on a day before: the latest sentence before it, outside quotations and no other
 * speaker's remark, that names the same place and the speaker ("On Saturday I hosted in Oslo the envoys of six
 * states, among them Anna Sandvik") gives the remark that sentence's day, the one nearest the place.
 */
function dateByPlaceNamedBefore(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const sentences = bodySentences(article);
  for (const statement of statements) {
    if (statement.said.basis !== 'publication' || statement.continuation || openTense(text, statement.verb) !== null) continue;
    const { verb } = statement;
    const near = [...statement.attribution, { start: verb.start, end: Math.min(text.length, verb.end + 40) }];
    const place = article.locationMentions.find(
      (m) =>
        near.some((a) => contains(a, m)) && !inQuote(article, m) && PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start)),
    );
    if (!place) continue;
    const token = speakerToken(article, statement.speaker);
    if (token.length <= 2) continue;
    const naming = new RegExp(`\\b${escapeRegExp(token)}\\b`, 'u');
    const from = Math.min(verb.start, ...statement.evidence.map((e) => e.start), ...statement.attribution.map((a) => a.start));
    const setting = sentences
      .filter(
        (x) =>
          x.end <= from &&
          !inQuote(article, x) &&
          naming.test(x.text) &&
          article.locationMentions.some((m) => m.id === place.id && contains(x, m)) &&
          !statements.some((s) => speakerKey(s.speaker) !== speakerKey(statement.speaker) && s.evidence.some((e) => contains(x, e))),
      )
      .at(-1);
    if (!setting) continue;
    const at = article.locationMentions.find((m) => m.id === place.id && contains(setting, m)) as Span;
    const day = daysIn(article, setting)
      .filter((m) => !afterSince(text, m))
      .sort((a, b) => distance(a, at) - distance(b, at))[0];
    if (day) statement.said = { ...day.when, note: `the day the text set the speaker in ${place.text} ("${clip(setting.text)}")` };
  }
}

// A written document a remark may be made in, and the words that date it ("The letters, dated Tuesday, were
// circulated on Wednesday", "a note dated 12 December").
const DOCUMENT = /\b(letters?|notes?|memo(?:randum)?s?|messages?|communiqu[eé]s?)\b/iu;
const DATED_BEFORE = /\bdated\s+(?:on\s+)?$/iu;

/**
 * Remarks made in a document the article dates apart from the day it was sent on or made public ("the ministry said
 * in two identical letters ... The letters, dated Tuesday, were circulated on Wednesday"): a remark whose own words
 * name that document as what it is given in (documentNamed: "said in a letter", "the letters said") takes the
 * document's day, and the same speaker's remarks that continue it follow. Over the article's date, a dateline's day or
 * a day the remark only inherited. (s67) And its signer's words told later by "writes" or "wrote" (WRITES) with no day
 * of their own: the letter's, where the sentence that dates it names him after "signed by" ("The letter, dated 20
 * December, is signed by Ambassador X. ... \"...,\" X writes.").
 */
function dateByDatedDocument(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const documents: { noun: string; day: When; sentence: Segment }[] = [];
  for (const m of article.dateMentions) {
    if (m.kind !== 'point' || m.when.precision !== 'day' || inQuote(article, m)) continue;
    if (!DATED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    const sentence = sentenceOf(article, m.start);
    const noun = sentence ? DOCUMENT.exec(text.slice(sentence.start, m.start)) : null;
    if (sentence && noun) documents.push({ noun: singular(noun[1] as string), day: m.when, sentence });
  }
  if (documents.length === 0) return;
  // (s67) The one who signed a dated document: named after "signed by" in the sentence that dates it.
  const writtenBy = (statement: ExtractedStatement) =>
    documents.find((d) => {
      const signed = /\bsigned\s+by\s+/iu.exec(d.sentence.text);
      return signed !== null && namesSpeaker(article, statement.speaker, d.sentence.text.slice(signed.index));
    });
  let previous: ExtractedStatement | null = null;
  for (const statement of statements) {
    const open =
      statement.said.basis === 'publication' || statement.said.note?.startsWith('continues') || datelineDated(article, statement);
    const named = documentNamed(article, statement);
    const document = named ? documents.find((d) => d.noun === singular(named)) : undefined;
    const written = open && !document && WRITES.test(statement.verb.text) ? writtenBy(statement) : undefined;
    const released = !(open && document) && !written ? releasedIn(article, statement) : null;
    // (s67) The dated document of that noun nearest the remark: the one the article goes on to date.
    const releasedDocument = released
      ? documents
          .filter((d) => d.noun === singular(released))
          .sort((a, b) => Math.abs(a.sentence.start - statement.verb.start) - Math.abs(b.sentence.start - statement.verb.start))[0]
      : undefined;
    if (open && document) {
      statement.said = { ...document.day, note: `the day of the ${document.noun} ${DOCUMENT_NOTE}` };
    } else if (written) {
      statement.said = { ...written.day, note: `the day of the ${written.noun} its writer signed, ${DOCUMENT_NOTE}` };
    } else if (releasedDocument) {
      statement.said = {
        ...releasedDocument.day,
        note: `the day of the ${releasedDocument.noun} ${DOCUMENT_NOTE}, not the day it was made public`,
      };
    } else if (
      open &&
      statement.continuation &&
      previous?.said.note?.includes(DOCUMENT_NOTE) === true &&
      speakerKey(previous.speaker) === speakerKey(statement.speaker)
    ) {
      statement.said = inherit(previous.said);
    }
    previous = statement;
  }
}

// (s67) A document a remark is given in, said to have come out on a day told after it: "in a letter made public by the
// Foreign Ministry on Wednesday", "in a note circulated on Tuesday".
const RELEASED_IN = new RegExp(
  String.raw`\b(?:in|through)\s+(?:a|an|the|its|his|her|their|two|identical|joint)\s+(?:(?!that\b|which\b)\p{L}[\p{L}-]*\s+){0,2}?${DOCUMENT.source}\s+(?:(?:that|which)\s+was\s+)?(?:made\s+public|published|released|circulated|distributed|issued)\b`,
  'iu',
);

/**
 * (s67) The document noun of a remark dated by the day its document came out ("Turkey has told the Council that ...,
 * in a letter made public by the Foreign Ministry on Wednesday"): the remark's day is then the letter's own where the
 * article dates it (dateByDatedDocument), not its publication's. Null where no such phrase follows the verb in its
 * sentence, or where the remark's day is not one told after it.
 */
function releasedIn(article: ArticleAnalysis, statement: ExtractedStatement): string | null {
  const sentence = sentenceOf(article, statement.verb.start);
  if (!sentence || statement.said.basis === 'publication') return null;
  const phrase = RELEASED_IN.exec(article.text.slice(statement.verb.end, sentence.end));
  if (!phrase) return null;
  const from = statement.verb.end + phrase.index + phrase[0].length;
  const dayAfter = article.dateMentions.some((m) => m.start >= from && m.end <= sentence.end && m.when.date === statement.said.date);
  return dayAfter ? (phrase[1] as string) : null;
}

// (s67) A document sent, told as what it was given in: "answered in a joint letter", "replied with a letter of their
// own".
const SENT_IN = new RegExp(
  String.raw`\b(?:in|with|through)\s+(?:a|an|its|his|her|their|joint)\s+(?:(?!that\b|which\b)\p{L}[\p{L}-]*\s+){0,2}?${DOCUMENT.source}`,
  'iu',
);

/**
 * (s67) A writer's words told by "wrote X" (WRITES) with no day of their own, right after the sentence that tells the
 * document sent on a day ("On Tuesday the three co-sponsors answered in a joint letter to the Secretary-General.
 * \"...,\" wrote X, Y and Z."): that day, the one before the document or after "dated" in it. Not a day told later in
 * that sentence ("... in a letter asking for a vote on Friday"): what the letter is about.
 */
function dateByDocumentSentBefore(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    const first = statement.evidence[0];
    if (statement.said.basis !== 'publication' || !WRITES.test(statement.verb.text) || !first) continue;
    const opening = sentenceOf(article, Math.min(first.start, statement.verb.start));
    const before = opening ? sentenceRightBefore(article, statement.paragraph, opening) : undefined;
    const sent = before ? SENT_IN.exec(before.text) : null;
    if (!before || !sent) continue;
    const sentEnd = before.start + sent.index + sent[0].length;
    const day = article.dateMentions.find(
      (m) =>
        isDayPoint(m) &&
        m.start >= before.start &&
        m.end <= before.end &&
        !inQuote(article, m) &&
        (m.end <= sentEnd || DATED_BEFORE.test(text.slice(Math.max(before.start, m.start - 12), m.start))),
    );
    if (day)
      statement.said = {
        ...day.when,
        note: `the day the ${singular(sent[1] as string)} it was written in was sent ("${clip(before.text)}")`,
      };
  }
}

// (s68) A ruling and the words that date it, from its noun to its day: "In a decision promulgated on Tuesday", "In
// its judgment of Monday", "the three decisions that the Board published on Tuesday", "a ruling handed down on 3 May".
const RULING = /\b(?:decisions?|judge?ments?|rulings?|determinations?|verdicts?)\b/giu;
const RULING_TO_DAY =
  /^(?:\s+of\s+|(?:\s+and\s+reasons)?\s+(?:(?:that|which)\s+(?:[\p{L}'’-]+\s+){0,4}?)?(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:promulgated|handed\s+down|delivered|published|issued|released|announced|dated)\s+(?:on\s+)?)$/iu;
// (s68) Who may hand a ruling down: a judge, a court, a tribunal, an appeals board; in a speaker's name ("Refugee
// Appeals Board") or as the title before it in the ruling's sentence ("Upper Tribunal Judge Eleanor Pryce").
const JUDICIAL = /\b(?:judges?|justices?|magistrates?|courts?|tribunals?|boards?|chambers?|panels?)\b/iu;
const JUDGE_TITLE_BEFORE = /\b(?:Judge|Justice|Magistrate)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u;

/**
 * (s68) The remarks of a judge, a court or a board that the article sets in a ruling handed down on a day it names
 * ("In a decision promulgated on Tuesday, Upper Tribunal Judge X set the decision aside ... \"...,\" she wrote.",
 * "according to summaries of the three decisions that the Board published on Tuesday. The Board found that ...")
 * take the ruling's day, not the article's: a remark with no day of its own (or continuing one) whose speaker is
 * named in the ruling's sentence before the day or just after it (its subject), as a judicial one (JUDICIAL). Not
 * another party named there, nor a remark "told" to someone, which is no ruling's words.
 */
function dateByRulingDay(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const rulings: { day: When; sentence: Segment; author: Span }[] = [];
  for (const m of article.dateMentions) {
    if (!isDayPoint(m) || inQuote(article, m)) continue;
    const sentence = sentenceOf(article, m.start);
    if (!sentence) continue;
    const before = text.slice(sentence.start, m.start);
    const noun = [...before.matchAll(RULING)].find((r) => RULING_TO_DAY.test(before.slice((r.index ?? 0) + r[0].length)));
    // The author: named before the day, or as the subject of the clause right after it ("..., Judge X set").
    if (noun) rulings.push({ day: m.when, sentence, author: { start: sentence.start, end: Math.min(sentence.end, m.end + 60) } });
  }
  if (rulings.length === 0) return;
  const judicial = (statement: ExtractedStatement, ruling: (typeof rulings)[number]) => {
    const token = speakerToken(article, statement.speaker);
    if (token.length <= 2) return false;
    const passage = text.slice(ruling.author.start, ruling.author.end);
    const at = [...passage.matchAll(nameAsWord(token, 'gu'))];
    if (at.length === 0) return false;
    const name =
      statement.speaker.status === 'actor'
        ? (article.gazetteer.actors.get(statement.speaker.id)?.name ?? '')
        : statement.speaker.proposal.name;
    return JUDICIAL.test(name) || at.some((a) => JUDGE_TITLE_BEFORE.test(passage.slice(0, a.index)));
  };
  let previous: ExtractedStatement | null = null;
  for (const statement of statements) {
    const open = statement.said.basis === 'publication';
    const ruling = open && statement.verb.lemma !== 'tell' ? rulings.find((r) => judicial(statement, r)) : undefined;
    if (ruling) {
      statement.said = { ...ruling.day, note: `the day of the ruling its speaker handed down ("${clip(ruling.sentence.text)}")` };
    } else if (
      open &&
      statement.continuation &&
      previous?.said.note?.includes('the day of the ruling') === true &&
      speakerKey(previous.speaker) === speakerKey(statement.speaker)
    ) {
      statement.said = inherit(previous.said);
    }
    previous = statement;
  }
}

// (s67) A writer's verb: "X writes", "wrote Y".
const WRITES = /^(?:writes|wrote|write)$/iu;

/**
 * (s67) The document noun a remark's words give it in (DOCUMENT): before its verb ("The letter also notes", "the
 * letters said", "In the letter, X wrote"), right after its verb ("said in two identical letters"), or "In it" opening
 * its sentence where the sentence before names the document ("... in a letter of its own dated 17 October. In it X
 * wrote that ..."). Not a document the remark is about: one after "about" ("Asked about the letter, X said"), nor one
 * in the reported words ("said the Russian letter had reached the mission", "said his letter had been ignored").
 */
function documentNamed(article: ArticleAnalysis, statement: ExtractedStatement): string | null {
  const { text } = article;
  const { verb } = statement;
  const sentence = sentenceOf(article, verb.start);
  if (!sentence) return null;
  // Before the verb, in its clause: the remark's subject ("The letters said"), not a topic ("Asked about the letter,").
  const quote = article.quotations.filter((q) => q.end <= verb.start && q.start >= sentence.start).at(-1);
  const before = text.slice(Math.max(sentence.start, quote?.end ?? sentence.start), verb.start);
  const subject = DOCUMENT.exec(before.replace(/\b(?:about|regarding|concerning)\s+[^,;]*/giu, ''));
  if (subject) return subject[1] as string;
  // Right after the verb: "said in a letter", "wrote in two identical letters".
  const after = DOCUMENT_AFTER_VERB.exec(text.slice(verb.end, verb.end + 80));
  if (after) return after[1] as string;
  // "In it X wrote", pointing back to the document the sentence before names.
  if (/^\s*(?:In|Through)\s+it\b/u.test(text.slice(sentence.start, verb.start))) {
    const paragraph = article.paragraphs.find((p) => p.start <= sentence.start && sentence.start < p.end);
    const prior = paragraph ? sentenceBefore(text, paragraph, sentence) : undefined;
    const back = prior ? DOCUMENT.exec(prior.text) : null;
    if (back) return back[1] as string;
  }
  return null;
}

const DOCUMENT_AFTER_VERB = new RegExp(
  String.raw`^\s+(?:\p{Ll}+ly\s+)?(?:in|through)\s+(?:a|an|the|its|his|her|their|this|two|three|identical|joint)\s+(?:(?!that\b|which\b)\p{L}[\p{L}-]*\s+){0,2}${DOCUMENT.source}`,
  'iu',
);

const DOCUMENT_NOTE = 'the remark was made in, as the article dates it';

const singular = (noun: string) =>
  noun
    .toLowerCase()
    .replace(/(?:s|es)$/u, '')
    .replace(/^memorandum$/u, 'memo');

const PUT_TO_A_VOTE = /\b(?:put|came|went|brought)\s+to\s+(?:a|the)\s+vote\b/iu;

/** Whether a date mention stands in its paragraph's dateline ("CAIRO, Dec. 6 (Agency) - ", "KATHMANDU, Dec 11: "). */
function inDatelineHead(article: ArticleAnalysis, mention: Span): boolean {
  // Any dateline form datelineDay reads (one closed by a colon too: "KATHMANDU, Dec 11: ...").
  const line = article.dateline;
  if (line && line.from <= mention.start && mention.end <= line.to) return true;
  const paragraph = article.paragraphs.find((p) => p.start <= mention.start && mention.end <= p.end);
  return paragraph !== undefined && inDashDateline(paragraph, mention);
}

/**
 * (s35) Whether a statement's day is only a dateline's (`inDatelineHead`: where the story was filed), read for it or
 * for the remark it continues ("LISBON, Dec 13 (Agency) – X said on taking his oath that ... In his address he said").
 */
function datelineDayOnly(article: ArticleAnalysis, statement: ExtractedStatement): boolean {
  const { note, date } = statement.said;
  if (note === undefined || date === null) return false;
  return article.dateMentions.some(
    (m) =>
      m.when.date === date &&
      m.when.note !== undefined &&
      (note === m.when.note || note === `continues the same speaker's remarks (${m.when.note})`) &&
      inDatelineHead(article, m),
  );
}

/** Whether a statement's day is its paragraph's dateline ("UNITED NATIONS, Dec. 14 — ..."), where the story was filed. */
function datelineDated(article: ArticleAnalysis, statement: ExtractedStatement): boolean {
  const paragraph = article.paragraphs[statement.paragraph];
  const head = paragraph ? dashDateline(paragraph) : null;
  if (!head) return false;
  return article.dateMentions.some((m) => contains(head, m) && m.when.note === statement.said.note && m.when.date === statement.said.date);
}

const MEETING_NOTE = 'the day of the meeting the article leads with';
const SECTION_MEETING_NOTE = 'the day of the meeting its section opens on';
const PLACED_MEETING_NOTE = "the day of the meeting at which the remark before it, another delegate's, was made";
const CHAMBER_MEETING_NOTE = 'the day of the meeting in the chamber';
const PARTICIPANT_MEETING_NOTE = 'the day of the meeting told just before, which names the speaker among those at it';

/** (s58) Whether a rule dated a remark by a meeting it placed the remark at: the notes those rules write. */
function placedAtMeeting(note: string | null | undefined): boolean {
  return [
    MEETING_NOTE,
    SECTION_MEETING_NOTE,
    PLACED_MEETING_NOTE,
    CHAMBER_MEETING_NOTE,
    MEETING_BEFORE_NOTE,
    PARTICIPANT_MEETING_NOTE,
  ].some((n) => note?.startsWith(n) === true);
}

/** A sentence's words outside its quotations, each quotation left as "…" ("X described the city as … in his address"). */
function outsideQuotations(article: ArticleAnalysis, sentence: Span): string {
  const { text } = article;
  let outside = '';
  let from = sentence.start;
  for (const q of article.quotations.filter((x) => x.start >= sentence.start && x.end <= sentence.end)) {
    outside += `${text.slice(from, q.start)} … `;
    from = q.end;
  }
  return outside + text.slice(from, sentence.end);
}

/**
 * The words that may place a remark at an occasion: its attribution, and its verb with the words right after it up
 * to a quotation (the addressee: "told the council", which the attribution may leave out); and, where its sentence
 * reports no other speech, that sentence outside its quotations ("X described the city as \"...\" in his opening
 * address").
 */
function placingWords(article: ArticleAnalysis, statement: ExtractedStatement, statements: ExtractedStatement[] = []): string {
  const { text } = article;
  const { verb } = statement;
  const quote = article.quotations.find((q) => q.start >= verb.end)?.start ?? text.length;
  const after = text.slice(verb.start, Math.min(verb.end + 40, quote)).split(/[.;:!?\n]/u)[0] ?? '';
  const words = [...statement.attribution.map((a) => text.slice(a.start, a.end)), after];
  const sentence = sentenceOf(article, verb.start);
  if (sentence && !statements.some((s) => s !== statement && contains(sentence, s.verb))) {
    words.push(outsideQuotations(article, sentence));
  }
  return words.join(' ');
}

/**
 * Whether a remark was dated as made at the meeting the article leads with, or continues one, or by the happening a
 * digest's brief leads with: that meeting or happening is an event already, drafted from the lead.
 */
export const datedByLeadMeeting = (statement: ExtractedStatement): boolean =>
  [MEETING_NOTE, BRIEF_NOTE, MEETING_BEFORE_NOTE].some((note) => statement.said.note?.includes(note) === true);

// A sentence that sets a remark on a day without reporting words of its own, told after the remark ("He was speaking
// to reporters in Riga late on Thursday", "Ostrov made the remarks at a news conference on Thursday", "The official
// spoke on condition of anonymity on Monday") or before it (s22: "briefed journalists at her ministry on Friday",
// "spoke to the Ledger at his home on Sunday", "issued a written statement on Wednesday evening", "was in the studio
// of the radio's morning programme on Monday"; unseen: "gave an interview to", "held a news conference", "talked to
// the Herald", "appeared on the evening news"). Not "was briefed": the briefing was given to him.
const SPEAKING_SETTING =
  /\b(?:(?:was|were)\s+(?:speaking|talking|interviewed|in\s+the\s+studio|a\s+guest\s+on)|spoke|talked\s+(?:to|with)|(?<!\b(?:was|were|been|being)\s)briefed|appeared\s+on|(?:made|gave|delivered)\s+(?:the|these|those|his|her|their|its)\s+(?:remarks|comments|statement|speech)|(?:issued|released)\s+(?:a|an)\s+(?:\p{Ll}+\s+)?statement|(?:gave|granted|held|hosted)\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:interview|briefing|news\s+conference|press\s+conference))\b/iu;
// Every setting a sentence tells (speakingSettings), compiled once; read by matchAll only, so no lastIndex is kept.
const SPEAKING_SETTINGS = new RegExp(SPEAKING_SETTING, 'giu');

/**
 * Statements dated by the sentence after them: it reports no speech of its own, says the speaker spoke (a pronoun,
 * the speaker's name or "the official" before the verb) and names the day. Dates the statements just before it in
 * its paragraph by that speaker that no words of their own date.
 */
function dateBySettingAfter(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  article.paragraphs.forEach((paragraph, index) => {
    for (const sentence of splitSentences(text, paragraph)) {
      const setting = SPEAKING_SETTING.exec(sentence.text);
      if (!setting || inQuote(article, sentence)) continue;
      if (statements.some((s) => s.evidence.some((e) => e.start < sentence.end && sentence.start < e.end))) continue;
      const subject = sentence.text.slice(0, setting.index);
      if (wordCount(subject) > 6) continue;
      const day = article.dateMentions
        .filter((m) => m.kind === 'point' && m.when.precision === 'day' && sentence.start <= m.start && m.end <= sentence.end)
        .at(-1);
      if (!day) continue;
      const before = statements.filter((s) => s.paragraph === index && (s.evidence[0] as Span).start < sentence.start);
      const last = before.at(-1);
      if (!last) continue;
      const surname = speakerSurname(article, last.speaker);
      const pointsBack =
        /^(?:he|she|they|it|the\s+(?:\p{Ll}+\s+){0,2}(?:official|officials|spokesman|spokeswoman|spokesperson|minister|envoy|diplomat|source|ambassador))\b/iu.test(
          subject.trim(),
        ) ||
        (surname.length > 2 && subject.includes(surname));
      if (!pointsBack) continue;
      for (const statement of [...before].reverse()) {
        if (speakerKey(statement.speaker) !== speakerKey(last.speaker)) break;
        if (statement.said.basis !== 'publication' && !statement.said.note?.startsWith('continues')) continue;
        statement.said = { ...day.when, note: `the day the sentence after it gives ("${clip(sentence.text)}")` };
      }
    }
  });
}

// (s27) A remark whose sentence opens inside a message (IN_THE_MESSAGE, speech-verbs.ts: "In it she says:", "In the
// voice note he says:"), its subject the sender's pronoun (not a teller's name: "In it, X said, his cousin described");
// and a sentence that tells of a message (MESSAGE_NOUN).
const OPENS_IN_MESSAGE = new RegExp(String.raw`^${IN_THE_MESSAGE}\s*,?\s+(?:he|she)\s+$`, 'u');
// (s33) The sender's words a teller relays there, the teller's attribution set off by commas ("In it, X said, his cousin
// described ..."): the relayed record, not the teller's.
const RELAYED_IN_MESSAGE = new RegExp(String.raw`^${IN_THE_MESSAGE}\s*,\s+[^,;:.!?"“”]{1,60}?\s(?:said|says|added|recalled)\s*,`, 'u');
const TELLS_OF_MESSAGE = new RegExp(String.raw`\b${MESSAGE_NOUN}\b`, 'iu');
// (s31) Or one whose verb sets it in the message right after it: "\"We are safe,\" his cousin said in the message",
// "she wrote in that voice note" (the message named before, by "the" or "that").
const SAID_IN_MESSAGE = new RegExp(String.raw`^\s*(?:in|on)\s+(?:the|that|this)\s+${MESSAGE_NOUN}\b`, 'iu');

/**
 * A remark given in a message its paragraph (or the one before) told of before ("She reads a text message left for her
 * early on Friday by X ... In the text message he says: ...", "an audio clip recorded on Tuesday by a baker. ... In
 * it he says:"; s31: "\"...,\" his cousin said in the message"): said on the day the sentence telling of the message
 * gives, not on the day of the show or page that carries it.
 */
function dateByMessageToldBefore(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  for (const statement of statements) {
    const sentence = sentenceOf(article, statement.verb.start);
    const paragraph = article.paragraphs[statement.paragraph];
    if (statement.said.basis !== 'publication' || !sentence || !paragraph) continue;
    if (
      !OPENS_IN_MESSAGE.test(text.slice(sentence.start, statement.verb.start)) &&
      !SAID_IN_MESSAGE.test(text.slice(statement.verb.end, sentence.end)) &&
      !(statement.basis === 'relayed' && RELAYED_IN_MESSAGE.test(text.slice(sentence.start, statement.verb.start)))
    )
      continue;
    // Told in its paragraph, else in the paragraph before (a message that "arrived" at the end of the one before).
    const before = article.paragraphs[statement.paragraph - 1];
    const told = [...(before ? splitSentences(text, before) : []), ...splitSentences(text, paragraph)]
      .filter((x) => x.end <= sentence.start && TELLS_OF_MESSAGE.test(x.text) && !inQuote(article, x))
      .at(-1);
    const day = told ? occasionDay(article, told) : null;
    if (told && day) statement.said = { ...day, note: `the day of the message it was given in ("${clip(told.text)}")` };
  }
}

/**
 * The day each paragraph of a live ticker or blog was posted, null outside its entries: three entries or more, each
 * opened by its time ("17:20 – X tells the council ...", or a time alone on the line over it: opensWithTime), an
 * entry running to the next time or a heading, posted on the day the header over the first gives (headerDay), else
 * on the day the page was published.
 */
function postedDays(article: ArticleAnalysis): (When | null)[] {
  const timed = article.paragraphs.filter((p) => opensWithTime(p.text));
  if (timed.length < 3) return article.paragraphs.map(() => null);
  const day =
    headerDay(article, headerLines(article, (timed[0] as Segment).start))?.when ?? publicationWhen(article.publishedOn, 'the page');
  let inEntry = false;
  return article.paragraphs.map((paragraph) => {
    if (opensWithTime(paragraph.text)) inEntry = true;
    else if (SECTION_HEADING.test(paragraph.text)) inEntry = false;
    return inEntry ? day : null;
  });
}

// A recording's chapter list opens at its start ("00:00 – Introduction", "00:00 Headlines"): the text is its show notes.
const CHAPTER_LIST = /^0?0:00\b/mu;
// The notes telling when the show was made: "Broadcast live Thursday 15 December", "Recorded on Monday", "spoke to
// him in our studio on Monday"; the day follows within the clause, and one after "before"/"after"/"since" dates
// something else ("recorded before a ceasefire was announced on Tuesday").
const SHOW_MADE = /\b(?:recorded|broadcast(?:\s+live)?|aired|(?:spoke|talked)\s+(?:to|with))\b[^.|;]{0,60}?$/iu;
const NOT_THE_SHOW = /\b(?:before|after|since|until)\b/iu;

/**
 * The day a podcast's or programme's show notes (a chapter list from 00:00) say the episode was recorded or broadcast:
 * the first day a sentence or header line gives after such a verb, null for any other text.
 */
function showDay(article: ArticleAnalysis): When | null {
  if (!CHAPTER_LIST.test(article.text)) return null;
  for (const mention of article.dateMentions) {
    if (!isDayPoint(mention)) continue;
    const before = article.text.slice(Math.max(0, mention.start - 80), mention.start);
    const made = SHOW_MADE.exec(before);
    if (made && !NOT_THE_SHOW.test(made[0])) return mention.when;
  }
  return null;
}

/**
 * A live ticker's or blog's remarks with no day of their own were made on the day their entry was posted
 * (postedDays), a show's notes' on the day the episode was recorded or broadcast (showDay: the guests' summarised
 * remarks and pull quotes), where that is another day than the page's publication.
 */
function dateByPostedEntry(article: ArticleAnalysis, statements: ExtractedStatement[], posted: (When | null)[]): void {
  const show = showDay(article);
  for (const statement of statements) {
    const entry = posted[statement.paragraph];
    const day = entry
      ? { ...entry, note: 'the day its timestamped entry was posted' }
      : show && { ...show, note: 'the day the show was recorded or broadcast' };
    if (day && day.date !== article.publishedOn && statement.said.basis === 'publication') statement.said = day;
  }
}

/**
 * A chronology: a paragraph that opens with its day ("5 December: ...", "Dec. 5 — ...", "On Monday 5 December, ...",
 * after a list's bullet too: "• Dec. 5: ...")
 * or a line that is nothing but a day (isDayHeading: a day heading, a weekday alone, a date line with its place),
 * which heads the paragraphs after it up to the next such line. The undated statements inside such a paragraph were
 * made that day.
 */
function dateByChronology(article: ArticleAnalysis, statements: ExtractedStatement[]): void {
  const { text } = article;
  const opening = (paragraph: Segment) => {
    const first = article.dateMentions.find(
      (m) => m.start >= paragraph.start && m.end <= paragraph.end && m.kind === 'point' && m.when.precision === 'day',
    );
    const lead = first ? text.slice(paragraph.start, first.start) : '';
    // A list's bullet may open the entry ("• Oct. 14: ...", a review's month of entries).
    if (!first || !/^(?:[-*•·▪–]\s*)?(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?$/iu.test(lead))
      return null;
    return { first, rest: text.slice(first.end, paragraph.end) };
  };
  // A line that only names a day (isDayHeading: "Monday 12 December", "New York, 13 December 2016") heads what
  // follows it, when the article has two or more such lines (one alone is a dateline: "December 17, 2016").
  // (s69) A weekday alone heading a numbers column's entry is no section's day (isSectionDayLine).
  const column = isNumbersColumn(article.paragraphs);
  const dayLines = article.paragraphs.map((paragraph) =>
    isSectionDayLine(paragraph.text, column)
      ? (article.dateMentions.find((m) => contains(paragraph, m) && m.kind === 'point' && m.when.precision === 'day')?.when ?? null)
      : null,
  );
  const chronology = dayLines.filter((day) => day !== null).length >= 2;
  // (s53) A heading that counts from the one before ("The next day", "Two days later", "That night"): that day, moved on.
  let lastLine: When | null = null;
  for (const [index, paragraph] of article.paragraphs.entries()) {
    const dayLine = dayLines[index];
    if (dayLine) lastLine = dayLine;
    const relative: number | null = chronology && !dayLine && lastLine?.date ? relativeHeadingOffset(paragraph.text) : null;
    if (relative !== null && lastLine?.date) {
      lastLine = { ...lastLine, date: addDays(lastLine.date, relative), note: `"${paragraph.text.trim()}" after the day heading before` };
      dayLines[index] = lastLine;
    }
  }
  let heading: When | null = null;
  // A section heading that opens on its day and goes on with a title ("October 8: a French draft, and Russia's fifth
  // veto"): the remarks of the section under it, up to the next heading, were made that day, whatever their tense.
  let section: When | null = null;
  const entries: { index: number; day: When }[] = [];
  // (s39) Whether the paragraph still stands in the block of lines under a day line ("1. Corridor, M10 hospital, 3
  // October 2016" / "Karam Masri. Inkjet print, 60 x 90 cm"): a line there is the entry's credit, not a heading that
  // ends the day lines' reach.
  let underDayLine = false;
  article.paragraphs.forEach((paragraph, index) => {
    const dayLine = dayLines[index];
    if (dayLine) {
      section = null;
      if (chronology) heading = dayLine;
      underDayLine = true;
      return;
    }
    const found = opening(paragraph);
    let day: When | null = null;
    const credit = underDayLine && !found && SECTION_HEADING.test(paragraph.text);
    underDayLine = credit;
    if (credit) return;
    if (SECTION_HEADING.test(paragraph.text)) {
      section = found && ENTRY_SEPARATOR_THEN_WORD.test(found.rest) ? found.first.when : null;
      if (section) return;
      // A heading that names no day ("What we are doing now", after a diary's last entry) ends the day lines' reach.
      if (!found && chronology && !isHeadline(article, paragraph)) heading = null;
    }
    if (found && ENTRY_SEPARATOR.test(found.rest)) day = found.first.when;
    if (section) {
      const under: When = section;
      for (const statement of statements)
        if (statement.paragraph === index && statement.said.basis === 'publication' && openTense(text, statement.verb) !== 'perfect')
          statement.said = { ...under, note: 'the day that heads its section' };
      return;
    }
    day ??= heading;
    if (day) entries.push({ index, day });
  });
  // A chronology told in the historic present ("Dec. 8: ... Ostrov says ...") dates its present remarks by their
  // day, and a past "said" in an entry is what a witness told the writer later (the article's day). One told in the
  // past tense ("Tuesday, December 13 / ... the envoy told members that ...", a diary's entries under their days) dates
  // its past remarks so, and its few present ones ("She says she will keep waiting") are the writer's present. Which
  // tense tells it: the one most of its entries' remarks are in (the present where they are as many).
  const under = (index: number) => statements.filter((s) => s.paragraph === index && s.said.basis === 'publication');
  const inEntries = entries.flatMap(({ index }) => under(index));
  const presentCount = inEntries.filter((s) => HISTORIC_PRESENT.test(s.verb.text)).length;
  const present =
    presentCount > 0 && presentCount >= inEntries.filter((s) => !HISTORIC_PRESENT.test(s.verb.text) && pastSpeech(text, s.verb)).length;
  const marks = narrativeMarks(article);
  for (const { index, day } of entries)
    for (const statement of under(index)) {
      const past = !present && pastSpeech(text, statement.verb);
      // (s44) "At least 10,000 people flee their homes, according to the Observatory": an attribution with no tense of its
      // own is of the entry's day in either telling.
      const tenseless = /^according to\b/iu.test(statement.verb.text);
      if (!((present && HISTORIC_PRESENT.test(statement.verb.text)) || past || tenseless)) continue;
      const moved = past ? dayMovedOnInEntry(article, statements, marks, index, day, statement) : null;
      statement.said = moved
        ? { ...moved, note: `the day its entry had moved on to (${describeDay(moved.date as string)}), after the day that heads it` }
        : { ...day, note: 'the day that heads its paragraph in a chronology' };
    }
}

/**
 * (s66) A later day an entry of a chronology told in the past moves on to before a remark, in the remark's paragraph
 * ("Sunday, December 18 / The Council argued through Sunday. On Monday it adopted the text. X, the French ambassador,
 * called it ...", "Wednesday, December 7 / ... The next day, in Hamburg, X met Y. Afterwards X told reporters ..."):
 * the last day named outside quotations and others' words, within a week after the heading's day, opening its
 * sentence. Not a day of a relative clause or one "since" opens (narrativeMarks), nor an earlier one ("He was killed on September 24").
 */
function dayMovedOnInEntry(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
  marks: NarrativeMark[],
  index: number,
  day: When,
  statement: ExtractedStatement,
): When | null {
  if (!day.date || day.precision !== 'day') return null;
  const from = Math.min(statement.verb.start, ...statement.evidence.map((e) => e.start), ...statement.attribution.map((a) => a.start));
  const mark = marks
    .filter((m) => m.paragraph === index && m.start < from && !inRemark(statements, { start: m.start, end: m.start + 1 }))
    .at(-1);
  const date = mark?.when.date;
  if (!mark || !date || date <= day.date || date > addDays(day.date, 7)) return null;
  // The day opens its sentence ("The next day, ...", "On Monday it was adopted"), not one inside a clause ("The pause
  // expired on Saturday evening", "were to leave from 5 a.m. the next day").
  const sentence = sentenceOf(article, mark.start);
  if (!sentence || wordCount(article.text.slice(sentence.start, mark.start)) > 1) return null;
  const before = article.text.slice(Math.max(article.paragraphs[index]?.start ?? 0, mark.start - 200), mark.start);
  if (RELATIVE_BEFORE.test(before)) return null;
  return mark.when;
}

// (s53) A chronology's heading that counts from the heading before it: "The next day", "The following day", "The day
// after", "Two days later", "A day later" (1 or N); "That night", "Later that day", "Same day, afternoon" (0).
const RELATIVE_DAY_HEADING =
  /^(?:(?:the\s+)?(?<next>next|following)\s+day|the\s+day\s+after|(?<count>a|one|two|three|four|five|six|\d)\s+days?\s+later|(?:later\s+)?(?:that|(?:the\s+)?same)\s+(?:day|night|evening|morning|afternoon))(?:,?\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|late|early))?\s*[.:]?$/iu;

/** The days a relative heading (RELATIVE_DAY_HEADING) moves on from the heading before, or null for another line. */
function relativeHeadingOffset(line: string): number | null {
  const heading = RELATIVE_DAY_HEADING.exec(line.trim());
  if (!heading) return null;
  if (heading.groups?.next || /^the\s+day\s+after/iu.test(line.trim())) return 1;
  const count = heading.groups?.count?.toLowerCase();
  if (count) return NUMBER_WORDS[count] ?? Number(count);
  return 0;
}

// What parts an entry's day from its text: a colon or a dash ("Dec. 5: ...", "Dec. 5 — ...", "Dec. 5 - ...", (s44) a
// typewriter's "Oct. 20 -- ...").
const ENTRY_SEPARATOR = /^\s*(?:[:—–]|\s-\s|\s?--\s)/u;
const ENTRY_SEPARATOR_THEN_WORD = new RegExp(String.raw`${ENTRY_SEPARATOR.source}\s*\p{L}`, 'u');

// A heading: a short line with no closing full stop or quotation mark.
const SECTION_HEADING = /^[^\n]{3,90}(?<![.!?"”:])$/u;
// (s53) An explainer's question heading its section ("What did the Security Council decide?", "So what did Friday's
// vote do?").
const QUESTION_HEADING =
  /^(?=\p{Lu})(?:So\s+|And\s+)?(?:What|Who|Why|How|When|Where|Which|Is|Are|Was|Were|Did|Does|Do|Can|Could|Will|Would|Has|Have)\b[^\n"“”]{3,88}\?$/iu;

// (A group's plural too: "Residents say thousands walked out".)
const HISTORIC_PRESENT =
  /^(?:say|tell|warn|estimate|report|claim|accuse|deny|insist|says|tells|adds|notes|warns|urges|calls|demands|insists|accuses|announces|confirms|denies|declares|vows|pledges|promises|threatens|offers|appeals|estimates|reports|claims|argues|stresses|welcomes|condemns|denounces)\b/iu;
