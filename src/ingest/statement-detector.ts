/**
 * The statement detector: a learned model (logistic-model.ts) that scores each sentence of an article for "holds a
 * statement a curator would record", so that the ingest can list, most likely first, the sentences that read like a
 * statement but gave no record: where a curator should look for what the rules missed. It changes no record; it only
 * points. Trained on the dev golds (statement-detector-training.ts, `npm run train:ingest`), stored in
 * statement-detector.json and read here, validated on load.
 *
 * Its features are computed from the article alone (never from a gold or from what the rules drafted), and none names
 * a word of any article: the words it weighs are the lower-case words outside quotations (a name or a place is
 * capitalised, so it is never one of them), kept when they occur in enough training articles; the rest are the shape
 * of the sentence: a quotation and how much of the sentence it holds, the verbs of saying speech-verbs.ts finds, a
 * colon before a quotation, a gazetteer actor by its kind, a run of capitalised words, a pronoun opening it, where it
 * stands in the article, its length, and what the sentences around it hold.
 */
import { fileURLToPath } from 'node:url';
import { type ArticleAnalysis, isTitle } from './article-analysis.js';
import type { Draft } from './extract-draft.js';
import { type Features, type LogisticModel, parseLogisticModel, predictLogistic, readLogisticModel } from './logistic-model.js';
import { findSpeechVerbs } from './speech-verbs.js';
import { clip, insideAny, overlaps, type Segment, type Span, splitSentences } from './text-segments.js';

/** One sentence of an article as the detector reads it: its span and words, its paragraph and its place. */
export interface DetectorSentence extends Segment {
  /** Index of its paragraph among the article's paragraphs. */
  paragraph: number;
  /** Index of the sentence within its paragraph. */
  inParagraph: number;
}

/** A sentence the detector flags: it reads like a statement, and no statement the rules drafted touches it. */
export interface FlaggedSentence extends DetectorSentence {
  probability: number;
}

/** The detector: the stored model and the probability from which a sentence is listed. */
export interface StatementDetector {
  readonly model: LogisticModel;
  readonly threshold: number;
}

/**
 * The probability from which a sentence is listed, chosen on the detector's article-level cross-validation
 * (`npm run train:ingest -- --evaluate`; README, "Learned models"): at 0.5 a curator reads about two flagged sentences
 * per article, two in three of them on dev (four in five on the recent-unseen pool, trained without it) holding a
 * statement the gold records, and they reach five in six of the statements the rules missed in a sentence no drafted
 * statement touches; at 0.7 the flags fall to 1.1-1.5 per article but reach seven in ten. A flag costs a curator one
 * sentence's reading, a missed statement costs the record: the lower threshold.
 */
export const DETECTOR_THRESHOLD = 0.5;

/** The prefix of a word feature: a lower-case word outside quotations. */
export const WORD_FEATURE = 'w:';

/**
 * The sentences of an article, paragraph by paragraph, less the headline (it restates the story; the extractors read
 * no records from it).
 */
export function articleSentences(analysis: Pick<ArticleAnalysis, 'text' | 'paragraphs' | 'title'>): DetectorSentence[] {
  const { text, paragraphs } = analysis;
  const sentences: DetectorSentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (isTitle(analysis, paragraph)) return;
    splitSentences(text, paragraph).forEach((sentence, inParagraph) => {
      if (/[\p{L}\p{N}]/u.test(sentence.text)) sentences.push({ ...sentence, paragraph: index, inParagraph });
    });
  });
  return sentences;
}

// A word as the detector counts it: letters, with an inner apostrophe or hyphen ("don't", "so-called").
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
const PRONOUN_OPENING = /^\W*(?:he|she|they|it|we|i)\b/iu;
const FIRST_PERSON = /\b(?:we|our|us|i|my)\b/iu;
// Two or more capitalised words in a row: a name of someone or something, whether or not the gazetteer knows it.
const CAPITALISED_RUN = /\p{Lu}[\p{Ll}.'’-]+(?:\s+(?:(?:al|el|de|bin|van|von)[-\s])?\p{Lu}[\p{Ll}.'’-]+)+/u;
const NUMBER = /\p{N}/u;

/**
 * The characters of a sentence outside the quotations that overlap it, each quoted character a space (offsets kept).
 */
function outsideQuotations(sentence: Segment, quotations: readonly Span[]): string {
  let out = sentence.text;
  for (const q of quotations) {
    const from = Math.max(q.start, sentence.start) - sentence.start;
    const to = Math.min(q.end, sentence.end) - sentence.start;
    if (to > from) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/** The share of a sentence's characters inside quotations, 0 to 1. */
function quotedShare(sentence: Span, quotations: readonly Span[]): number {
  let quoted = 0;
  for (const q of quotations) quoted += Math.max(0, Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start));
  return Math.min(1, quoted / Math.max(1, sentence.end - sentence.start));
}

/** What a sentence holds on its own, for the features of its neighbours: a quotation, a verb of saying. */
interface SentenceFacts {
  quoted: boolean;
  speech: boolean;
}

const bucket = (value: number, edges: readonly number[]) => edges.findIndex((edge) => value < edge);

/**
 * The features of each sentence of an article (in the order of `sentences`): its own words and shape, and what the
 * sentence before and after it hold.
 */
export function sentenceFeatures(analysis: ArticleAnalysis, sentences: readonly DetectorSentence[]): Features[] {
  const { text, quotations, actorMentions, paragraphs } = analysis;
  const lastParagraph = paragraphs.length - 1;
  const facts: SentenceFacts[] = [];
  const own = sentences.map((sentence) => {
    const features: Record<string, number> = {};
    const set = (name: string, value = 1) => {
      if (value !== 0) features[name] = value;
    };
    const inSentence = quotations.filter((q) => overlaps(q, sentence));
    const outside = outsideQuotations(sentence, inSentence);
    const share = quotedShare(sentence, inSentence);
    const words = sentence.text.match(WORD) ?? [];
    const outsideWords = outside.match(WORD) ?? [];
    for (const word of new Set(outsideWords)) if (word === word.toLowerCase()) set(`${WORD_FEATURE}${word.replace(/’/gu, "'")}`);

    if (inSentence.length > 0) {
      set('quote');
      set('quote.share', Number(share.toFixed(3)));
      set(`quote.share.${bucket(share, [0.2, 0.5, 0.8, 1.01])}`);
      const quotedWords = words.length - outsideWords.length;
      set(`quote.words.${bucket(quotedWords, [4, 11, 1e9])}`);
      if (inSentence.some((q) => q.openMark === null)) set('quote.open-dropped');
      if (inSentence.some((q) => q.closeMark === null)) set('quote.runs-on');
    }
    const verbs = findSpeechVerbs(text, sentence, quotations);
    if (verbs.length > 0) set('verb');
    for (const verb of verbs) {
      set(`verb.${verb.lemma}`);
      if (verb.participle) set('verb.participle');
      if (verb.speakerAfter) set('verb.speaker-after');
      set(`verb.complement.${verb.complement}`);
    }
    if (/:\s*["“‘']/u.test(sentence.text) && inSentence.length > 0) set('colon-quote');
    if (/:\s*$/u.test(sentence.text)) set('ends-colon');
    for (const mention of actorMentions) {
      if (mention.start >= sentence.start && mention.end <= sentence.end && !insideAny(inSentence, mention.start))
        set(`actor.${mention.kind}`);
    }
    const afterFirstWord = outside.replace(/^\W*\S+/u, '');
    if (CAPITALISED_RUN.test(afterFirstWord)) set('capitalised-run');
    if (PRONOUN_OPENING.test(outside)) set('pronoun-opening');
    if (FIRST_PERSON.test(outside)) set('first-person');
    if (/\?\W*$/u.test(sentence.text)) set('question');
    if (NUMBER.test(outside)) set('number');
    if (!/[.!?]["”’)\]]*$/u.test(sentence.text.trim())) set('no-stop');

    set(`paragraph.${bucket(sentence.paragraph, [2, 4, 8, 1e9])}`);
    if (sentence.paragraph === lastParagraph) set('paragraph.last');
    set(sentence.inParagraph === 0 ? 'paragraph.opens' : 'paragraph.inside');
    set(`length.${bucket(words.length, [6, 12, 25, 45, 1e9])}`);
    facts.push({ quoted: inSentence.length > 0, speech: verbs.length > 0 });
    return features;
  });
  return own.map((features, i) => {
    const around: Record<string, number> = { ...features };
    const previous = facts[i - 1];
    const next = facts[i + 1];
    const samePrevious = previous && sentences[i - 1]?.paragraph === sentences[i]?.paragraph;
    if (previous?.quoted) around[samePrevious ? 'previous.quote' : 'previous-paragraph.quote'] = 1;
    if (previous?.speech) around[samePrevious ? 'previous.verb' : 'previous-paragraph.verb'] = 1;
    if (next?.quoted) around['next.quote'] = 1;
    if (next?.speech) around['next.verb'] = 1;
    return around;
  });
}

export const STATEMENT_DETECTOR_PATH = fileURLToPath(new URL('./statement-detector.json', import.meta.url));

/**
 * Reads a stored detector model (the JSON `npm run train:ingest` wrote), refusing a malformed one with an error that
 * names the file and the field (logistic-model.ts's check).
 */
export function parseStatementDetector(json: unknown, file: string): StatementDetector {
  return { model: parseLogisticModel(json, file), threshold: DETECTOR_THRESHOLD };
}

let loaded: StatementDetector | null = null;

/** The stored detector, read once; a missing or malformed file is an error naming it. */
export function statementDetector(): StatementDetector {
  if (!loaded) loaded = parseStatementDetector(readLogisticModel(STATEMENT_DETECTOR_PATH), STATEMENT_DETECTOR_PATH);
  return loaded;
}

/** Each sentence of an article with the detector's probability that it holds a statement a curator would record. */
export function scoreSentences(analysis: ArticleAnalysis, model: LogisticModel): FlaggedSentence[] {
  const sentences = articleSentences(analysis);
  const features = sentenceFeatures(analysis, sentences);
  return sentences.map((sentence, i) => ({ ...sentence, probability: predictLogistic(model, features[i] as Features) }));
}

/**
 * The sentences that read like a statement but gave no record, most likely first: those whose probability reaches
 * the detector's threshold and that no drafted statement's evidence touches (`drafted`: the evidence of every
 * statement the extractors found, held back or folded as a repeat included).
 */
export function unrecordedStatementSentences(
  analysis: ArticleAnalysis,
  drafted: readonly Span[],
  detector: StatementDetector = statementDetector(),
): FlaggedSentence[] {
  return (
    scoreSentences(analysis, detector.model)
      .filter((s) => s.probability >= detector.threshold && !drafted.some((span) => overlaps(span, s)))
      // Listed in the article's printed words ("VITALY CHURKIN (Russian Federation) said"), not as the rules read them.
      .map((s) => ({ ...s, text: analysis.printed.slice(s.start, s.end) }))
      .sort((a, b) => b.probability - a.probability || a.start - b.start)
  );
}

/** The evidence of every statement the extractors found in a draft, held back or folded as a repeat included. */
export const draftedSpeech = (draft: Draft): Span[] => draft.extraction.statements.flatMap((s) => s.evidence);

// The report and the draft's head both list a draft's flagged sentences: they are scored once per draft and detector.
const flaggedByDraft = new WeakMap<Draft, { detector: StatementDetector; flagged: FlaggedSentence[] }>();

/** The sentences of a draft's article that read like a statement but gave no record, most likely first. */
export function draftUnrecordedSentences(draft: Draft, detector: StatementDetector = statementDetector()): FlaggedSentence[] {
  const known = flaggedByDraft.get(draft);
  if (known?.detector === detector) return known.flagged;
  const flagged = unrecordedStatementSentences(draft.extraction.analysis, draftedSpeech(draft), detector);
  flaggedByDraft.set(draft, { detector, flagged });
  return flagged;
}

/** Longest list of flagged sentences the ingest report prints, and the draft's head. */
export const REPORT_SENTENCES = 8;
export const DRAFT_HEAD_SENTENCES = 20;

/** A flagged sentence as a curator reads it in a list: probability, paragraph (1 = the first line) and first words. */
function flaggedLine(sentence: FlaggedSentence): string {
  return `${sentence.probability.toFixed(2)} paragraph ${sentence.paragraph + 1}: "${clip(sentence.text, 81)}"`;
}

/**
 * The ingest report's section (ingest-report.ts): the sentences that read like a statement but gave no record, most
 * likely first, at most REPORT_SENTENCES; one line saying none when no sentence without a record reaches the threshold.
 */
export function unrecordedSentenceReport(draft: Draft, detector: StatementDetector = statementDetector()): string[] {
  const flagged = draftUnrecordedSentences(draft, detector);
  if (flagged.length === 0)
    return [`no record?  none: no sentence without a record reads like a statement (detector, p >= ${detector.threshold})`];
  const lines = [
    `no record?  ${flagged.length} sentence(s) read like a statement but gave no record, most likely first (a learned detector, p >= ${detector.threshold}; also at the draft's head): look for a remark the rules missed`,
    ...flagged.slice(0, REPORT_SENTENCES).map((s) => `  ${flaggedLine(s)}`),
  ];
  if (flagged.length > REPORT_SENTENCES) lines.push(`  … and ${flagged.length - REPORT_SENTENCES} more at the draft's head`);
  return lines;
}

/** The draft head's lines (draft-yaml.ts) for the same sentences, at most DRAFT_HEAD_SENTENCES; none when none is flagged. */
export function unrecordedSentenceComments(draft: Draft, detector: StatementDetector = statementDetector()): string[] {
  const flagged = draftUnrecordedSentences(draft, detector);
  if (flagged.length === 0) return [];
  return [
    `Sentences that read like a statement but gave no record, most likely first (a learned detector, p >= ${detector.threshold}; a remark the rules missed is likeliest here):`,
    ...flagged.slice(0, DRAFT_HEAD_SENTENCES).map((s) => `  ${flaggedLine(s)}`),
  ];
}
