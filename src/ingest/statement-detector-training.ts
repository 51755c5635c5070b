/**
 * Training and honest measurement of the statement detector (statement-detector.ts) on the dev golds, as one entry of
 * `npm run train:ingest` (train-cli.ts): every sentence of every dev article is an example, labelled 1 when a gold
 * statement's quote (located as the scorer locates it) overlaps it. Its features are read from the analysis the draft
 * made of the article, as an ingest reads them. The word vocabulary is the lower-case words found in at least
 * MIN_ARTICLES_PER_WORD articles; in the detector's own cross-validation (`--evaluate`) it is learned from the
 * training folds only, so no article chooses its own words.
 *
 * What a curator gains is measured against the rules: of the gold statements the rules missed (the scorer's
 * judgement), how many fall in a sentence the detector flags and no drafted statement touches, and how many such flags
 * a curator must read per article.
 */
import { SEED_DIR } from '../paths.js';
import { Gazetteer } from './gazetteer.js';
import { crossValidate, type Example, type Features, type LogisticModel, type TrainOptions, trainLogistic } from './logistic-model.js';
import { draftView } from './score-cli.js';
import { locateGoldPassage, scoreAgainstGold } from './score-gold.js';
import { articleSentences, type DetectorSentence, draftedSpeech, sentenceFeatures, WORD_FEATURE } from './statement-detector.js';
import { overlaps, type Span } from './text-segments.js';
import type { DevArticle } from './train-cli.js';

/** A word is a feature when it occurs in at least this many training articles. */
export const MIN_ARTICLES_PER_WORD = 5;
/** The model's training options: a stronger penalty than the default, for a few thousand examples over many words. */
export const DETECTOR_TRAINING: TrainOptions = { l2: 3e-3, epochs: 300, rate: 0.05 };

/** The spans of an article's gold statements, null where one cannot be located (the scorer skips those too). */
function goldStatementSpans(article: DevArticle): (Span | null)[] {
  return article.gold.statements.map((s) => {
    const located = locateGoldPassage(article.text, s.quote);
    return 'start' in located ? located : null;
  });
}

export interface LabelledSentence {
  article: string;
  sentence: DetectorSentence;
  example: Example;
}

/** Each sentence of an article as an example: its features, and 1 when a gold statement overlaps it. */
export function labelledSentences(article: DevArticle): LabelledSentence[] {
  const gold = goldStatementSpans(article).filter((s): s is Span => s !== null);
  const { analysis } = article.draft.extraction;
  const sentences = articleSentences(analysis);
  const features = sentenceFeatures(analysis, sentences);
  return sentences.map((sentence, i) => ({
    article: article.id,
    sentence,
    example: { features: features[i] as Features, label: gold.some((g) => overlaps(g, sentence)) ? 1 : 0, group: article.id },
  }));
}

/** The words that occur in at least `minArticles` of the examples' articles. */
export function vocabulary(examples: readonly Example[], minArticles = MIN_ARTICLES_PER_WORD): Set<string> {
  const articles = new Map<string, Set<string>>();
  for (const e of examples)
    for (const name of Object.keys(e.features)) {
      if (!name.startsWith(WORD_FEATURE)) continue;
      const seen = articles.get(name) ?? new Set<string>();
      seen.add(e.group);
      articles.set(name, seen);
    }
  return new Set([...articles].filter(([, groups]) => groups.size >= minArticles).map(([name]) => name));
}

/** The examples less the words outside the vocabulary their own articles give. */
export function withinVocabulary(examples: readonly Example[], words = vocabulary(examples)): Example[] {
  return examples.map((e) => ({
    ...e,
    features: Object.fromEntries(Object.entries(e.features).filter(([name]) => !name.startsWith(WORD_FEATURE) || words.has(name))),
  }));
}

/** The detector's training examples (train-cli.ts's entry): every sentence of every dev article, words bounded. */
export function detectorExamples(articles: readonly DevArticle[]): Example[] {
  return withinVocabulary(articles.flatMap(labelledSentences).map((l) => l.example));
}

/** Trains the detector's model on the examples, its vocabulary learned from them. */
export function trainDetectorModel(examples: readonly Example[], options: TrainOptions = DETECTOR_TRAINING): LogisticModel {
  return trainLogistic(withinVocabulary(examples), options);
}

/**
 * Article-level cross-validation of the detector: for each fold, the vocabulary and the model come from the other
 * folds' articles only (logistic-model.ts's foldOf keeps an article in one fold). Each example's out-of-fold
 * probability, in the examples' order. `heldOut` (optional) names articles that are only ever predicted, never trained
 * on: the recent-unseen pool predicted by models of dev less the pool.
 */
export function crossValidateDetector(
  examples: readonly Example[],
  folds: number,
  options: TrainOptions = DETECTOR_TRAINING,
  heldOut?: (group: string) => boolean,
): number[] {
  return crossValidate(examples, folds, options, { train: trainDetectorModel, heldOut });
}

/** Per article, what the rules drafted (every statement's evidence) and which gold statements they missed. */
export interface RulesOutcome {
  drafted: Span[];
  /** The gold statements no drafted statement found right (the scorer's judgement), where they can be located. */
  missed: Span[];
}

/** What the rules did with an article's statements, judged against its gold as the scorer judges them. */
export function rulesOutcome(article: DevArticle, gazetteer: Gazetteer): RulesOutcome {
  const score = scoreAgainstGold(article.text, article.gold, draftView(article.draft, gazetteer));
  const missed = goldStatementSpans(article).filter(
    (span, i): span is Span => span !== null && score.judged.statements.expected[i] === null,
  );
  return { drafted: draftedSpeech(article.draft), missed };
}

export interface ThresholdMeasure {
  threshold: number;
  /** Sentences at or above the threshold that hold a gold statement, of those at or above it. */
  precision: number;
  /** Sentences holding a gold statement that reach the threshold. */
  recall: number;
  /** Flags: sentences at or above the threshold that no drafted statement touches. */
  flags: number;
  /** Flags that hold a gold statement. */
  usefulFlags: number;
  /** Flags in a sentence with no quotation (where the not-placed list, which names unplaced quotations, says nothing). */
  flagsWithoutQuotation: number;
  /** Gold statements the rules missed that lie in a flagged sentence. */
  missedFound: number;
  missed: number;
  /** Missed gold statements in a sentence no drafted statement touches (what any flag could find). */
  missedInUnrecorded: number;
  articles: number;
}

/** The detector's measure at each threshold, from out-of-fold probabilities and what the rules did per article. */
export function measureThresholds(
  labelled: readonly LabelledSentence[],
  probabilities: readonly number[],
  outcomes: ReadonlyMap<string, RulesOutcome>,
  thresholds: readonly number[],
): ThresholdMeasure[] {
  const untouched = labelled.map((l) => !(outcomes.get(l.article)?.drafted ?? []).some((span) => overlaps(span, l.sentence)));
  const missed = [...outcomes].flatMap(([article, o]) => o.missed.map((span) => ({ article, span })));
  const missedSentences = missed.map((m) =>
    labelled.flatMap((l, i) => (l.article === m.article && overlaps(l.sentence, m.span) ? [i] : [])),
  );
  const positives = labelled.filter((l) => l.example.label === 1).length;
  return thresholds.map((threshold) => {
    const at = labelled.map((_, i) => (probabilities[i] as number) >= threshold);
    const flagged = at.map((a, i) => a && (untouched[i] as boolean));
    const count = (keep: (l: LabelledSentence, i: number) => boolean) => labelled.filter(keep).length;
    const atAndRight = count((l, i) => (at[i] as boolean) && l.example.label === 1);
    return {
      threshold,
      precision: ratio(atAndRight, at.filter(Boolean).length),
      recall: ratio(atAndRight, positives),
      flags: flagged.filter(Boolean).length,
      usefulFlags: count((l, i) => (flagged[i] as boolean) && l.example.label === 1),
      flagsWithoutQuotation: count((l, i) => (flagged[i] as boolean) && !('quote' in l.example.features)),
      missedFound: missedSentences.filter((ss) => ss.some((i) => flagged[i])).length,
      missed: missed.length,
      missedInUnrecorded: missedSentences.filter((ss) => ss.some((i) => untouched[i])).length,
      articles: outcomes.size,
    };
  });
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** One line per threshold, for `train:ingest --evaluate` and the README. */
export function formatThresholds(label: string, measures: readonly ThresholdMeasure[]): string {
  const head = measures[0];
  const lines = [
    `${label}: ${head?.articles ?? 0} articles; gold statements the rules missed ${head?.missed ?? 0}, ${head?.missedInUnrecorded ?? 0} of them in a sentence no drafted statement touches`,
  ];
  for (const m of measures)
    lines.push(
      `  p >= ${m.threshold.toFixed(2)}  sentences: precision ${m.precision.toFixed(2)} recall ${m.recall.toFixed(2)}  flags ${m.flags} (${(m.flags / Math.max(1, m.articles)).toFixed(1)} per article; ${m.usefulFlags} hold a gold statement; ${m.flagsWithoutQuotation} have no quotation)  missed statements flagged ${m.missedFound}/${m.missedInUnrecorded}`,
    );
  return lines.join('\n');
}

export const MEASURED_THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8] as const;

/**
 * The detector's cross-validated measure against the rules: on dev (10 folds by article) and, when `pool` names
 * article id prefixes, on those articles predicted by models trained on dev less them.
 */
export function measureStatementDetector(articles: readonly DevArticle[], pool: readonly string[] = []): string {
  const gazetteer = Gazetteer.load(SEED_DIR);
  const labelled = articles.flatMap(labelledSentences);
  const examples = labelled.map((l) => l.example);
  const outcomes = new Map(articles.map((a) => [a.id, rulesOutcome(a, gazetteer)]));
  const lines = [
    formatThresholds(
      'statement detector, dev, 10 folds by article',
      measureThresholds(labelled, crossValidateDetector(examples, 10), outcomes, MEASURED_THRESHOLDS),
    ),
  ];
  if (pool.length > 0) {
    const inPool = (id: string) => pool.some((prefix) => id.startsWith(prefix));
    const predicted = crossValidateDetector(examples, 10, DETECTOR_TRAINING, inPool);
    const kept = labelled.flatMap((l, i) => (inPool(l.article) ? [{ l, p: predicted[i] as number }] : []));
    const poolOutcomes = new Map([...outcomes].filter(([id]) => inPool(id)));
    const measures = measureThresholds(
      kept.map(({ l }) => l),
      kept.map(({ p }) => p),
      poolOutcomes,
      MEASURED_THRESHOLDS,
    );
    lines.push(formatThresholds(`the ${poolOutcomes.size} articles named, trained on dev less them`, measures));
  }
  return lines.join('\n');
}
