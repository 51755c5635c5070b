/**
 * `npm run train:ingest [-- --check] [-- --evaluate]`: trains the ingest's learned models (logistic-model.ts) on the
 * dev golds and writes each one's weights file. `--check` writes nothing and fails when a stored file differs from
 * what training gives now (a model is stale once the extractors or the dev set change); `--evaluate` prints each
 * model's article-level cross-validation (no article trains its own test) and whatever tables the model adds.
 *
 * A model joins by one entry in `TRAINED_MODELS`: its name, its file, and the function that turns the dev articles
 * (text, expected records and the draft the extractors make of it) into examples, each grouped by article.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { byCodePoint } from '../code-point-order.js';
import { SEED_DIR } from '../paths.js';
import type { Draft } from './extract-draft.js';
import { Gazetteer } from './gazetteer.js';
import { crossValidate, type Example, type LogisticModel, type TrainOptions, trainLogistic } from './logistic-model.js';
import { draftFixture, FIXTURE_SETS, type FixtureArticle, readFixtureSet } from './score-cli.js';
import { SPEAKER_MODEL_PATH } from './speaker-model.js';
import { measureSpeakerModel, speakerExamples } from './speaker-model-train.js';
import { STATEMENT_DETECTOR_PATH } from './statement-detector.js';
import { DETECTOR_TRAINING, detectorExamples, measureStatementDetector } from './statement-detector-training.js';

/** A dev article as the trainers read it: its text and expected records, and the draft the extractors make of it. */
export interface DevArticle extends FixtureArticle {
  draft: Draft;
}

export interface TrainedModelEntry {
  /** What `--evaluate` and `--check` call it. */
  readonly name: string;
  /** The weights file, an absolute path. */
  readonly file: string;
  /** The examples the dev articles give, each grouped by its article's id. */
  readonly examples: (articles: readonly DevArticle[]) => Example[];
  readonly options?: TrainOptions;
  /** Tables of its own for `--evaluate` (its cross-validation against the rules, say), after the generic one. */
  readonly evaluate?: (articles: readonly DevArticle[]) => string;
}

/** The models `train:ingest` trains, in the order it trains them. */
export const TRAINED_MODELS: readonly TrainedModelEntry[] = [
  // Sentences that read like a statement, so that the ingest lists those that gave no record (statement-detector.ts).
  {
    name: 'statement detector',
    file: STATEMENT_DETECTOR_PATH,
    examples: detectorExamples,
    options: DETECTOR_TRAINING,
    evaluate: (articles) => measureStatementDetector(articles),
  },
  // Which of the people and bodies named near a statement spoke it, to doubt the rules' pick (speaker-model.ts).
  {
    name: 'speaker model',
    file: SPEAKER_MODEL_PATH,
    examples: speakerExamples,
    evaluate: (articles) => measureSpeakerModel(articles, FOLDS),
  },
];

/** Folds of the article-level cross-validation. */
export const FOLDS = 10;

/** Every dev article with its draft, made with the gazetteer of seed/ as an ingest of a new article has it. */
export function devArticles(): DevArticle[] {
  const gazetteer = Gazetteer.load(SEED_DIR);
  return readFixtureSet(FIXTURE_SETS.dev).map((article) => ({ ...article, draft: draftFixture(article, gazetteer) }));
}

/**
 * A model as its weights file holds it: the weights sorted by name in code point order (never the locale's, which
 * would write another file on another machine and fail `--check` there), so that the file diffs well.
 */
export function modelJson(model: LogisticModel): string {
  const weights = Object.fromEntries(Object.entries(model.weights).sort(([a], [b]) => byCodePoint(a, b)));
  return `${JSON.stringify({ bias: model.bias, weights }, null, 2)}\n`;
}

/**
 * The cross-validated log loss and accuracy (a probability of 0.5 or more read as 1) of a model's examples: the
 * generic line `--evaluate` prints for every model.
 */
export function crossValidatedSummary(name: string, examples: readonly Example[], options?: TrainOptions): string {
  const predicted = crossValidate(examples, FOLDS, options);
  let loss = 0;
  let right = 0;
  examples.forEach((example, i) => {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, predicted[i] as number));
    loss -= example.label === 1 ? Math.log(p) : Math.log(1 - p);
    if ((p >= 0.5 ? 1 : 0) === example.label) right++;
  });
  const articles = new Set(examples.map((e) => e.group)).size;
  return `${name}: ${examples.length} examples in ${articles} articles, ${FOLDS}-fold by article: log loss ${(loss / examples.length).toFixed(3)}, accuracy ${right}/${examples.length}`;
}

const stored = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/**
 * Trains an entry's model on all its examples and writes its file or, with `check`, only compares it with the stored
 * one; false when the stored file is stale.
 */
function writeOrCheck(entry: TrainedModelEntry, examples: readonly Example[], check: boolean): boolean {
  const json = modelJson(trainLogistic(examples, entry.options));
  if (!check) {
    writeFileSync(entry.file, json);
    process.stdout.write(`${entry.name}: wrote ${entry.file} (${examples.length} examples)\n`);
    return true;
  }
  const same = stored(entry.file) === json;
  process.stdout.write(`${entry.name}: ${entry.file} ${same ? 'is what training gives now' : 'is stale: run npm run train:ingest'}\n`);
  return same;
}

function main(): void {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, evaluate: { type: 'boolean', default: false } },
  });
  const articles = devArticles();
  let stale = 0;
  for (const entry of TRAINED_MODELS) {
    const examples = entry.examples(articles);
    // `--evaluate` alone neither writes nor checks a file, so it does not train the model on every article.
    if ((values.check || !values.evaluate) && !writeOrCheck(entry, examples, values.check)) stale++;
    if (values.evaluate) {
      process.stdout.write(`${crossValidatedSummary(entry.name, examples, entry.options)}\n`);
      if (entry.evaluate) process.stdout.write(`${entry.evaluate(articles)}\n`);
    }
  }
  if (stale > 0) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
