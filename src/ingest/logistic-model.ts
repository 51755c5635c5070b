/**
 * The one home of the ingest's learned models: an L2-regularised logistic regression over named features, trained
 * on the dev golds by a CLI, stored as data (JSON, validated on load) and read at run time, and the article-level
 * cross-validation that says honestly how such a model does on articles it was not trained on.
 *
 * Why hand-written and not a library: what is needed is one well-understood model (about a hundred lines: a
 * deterministic full-batch Adam descent, a probability, a fold split), with sparse named features, per-example
 * groups for the folds and a weights file a curator can read. The maintained npm packages for it (ml-logistic-
 * regression, for one) take dense matrices, return classes rather than probabilities, and would add a dependency
 * tree for less than this file does.
 *
 * A feature is a name and a number (1 for a fact that holds, a small scaled number for a distance); a feature absent
 * from an example is 0. Training is deterministic: the same examples in the same order give the same weights.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** An example's features: name -> value; absent names are 0. */
export type Features = Readonly<Record<string, number>>;

export interface Example {
  readonly features: Features;
  readonly label: 0 | 1;
  /** What the cross-validation keeps together in one fold: the article's id, so no article trains its own test. */
  readonly group: string;
}

export interface LogisticModel {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

export interface TrainOptions {
  /** The L2 penalty: this times the sum of the squared weights (the bias is not penalised), added to the mean log loss. */
  readonly l2?: number;
  /** Full passes over the examples. */
  readonly epochs?: number;
  /** Adam's step size. */
  readonly rate?: number;
}

const DEFAULTS = { l2: 1e-3, epochs: 300, rate: 0.05 } as const;

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The probability the model gives that an example's label is 1. */
export function predictLogistic(model: LogisticModel, features: Features): number {
  let z = model.bias;
  for (const [name, value] of Object.entries(features)) z += (model.weights[name] ?? 0) * value;
  return sigmoid(z);
}

/**
 * Trains on the examples by full-batch Adam descent on the mean log loss plus `l2` times the squared weights.
 * Weights too small to matter (below 1e-6) are left out of the model, so the stored file lists what counts.
 */
export function trainLogistic(examples: readonly Example[], options: TrainOptions = {}): LogisticModel {
  const { l2, epochs, rate } = { ...DEFAULTS, ...options };
  if (examples.length === 0) throw new Error('trainLogistic: no examples');
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = examples.map((e) => ({
    at: Object.keys(e.features).map((name) => index.get(name) as number),
    values: Object.values(e.features),
    label: e.label,
  }));
  const size = names.length + 1; // the last slot is the bias
  const w = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const gradient = new Float64Array(size);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  for (let step = 1; step <= epochs; step++) {
    gradient.fill(0);
    for (const row of rows) {
      let z = w[size - 1] as number;
      for (let k = 0; k < row.at.length; k++) z += (w[row.at[k] as number] as number) * (row.values[k] as number);
      const error = sigmoid(z) - row.label;
      for (let k = 0; k < row.at.length; k++) (gradient[row.at[k] as number] as number) += error * (row.values[k] as number);
      (gradient[size - 1] as number) += error;
    }
    for (let j = 0; j < size; j++) {
      const g = (gradient[j] as number) / rows.length + (j < size - 1 ? 2 * l2 * (w[j] as number) : 0);
      m[j] = beta1 * (m[j] as number) + (1 - beta1) * g;
      v[j] = beta2 * (v[j] as number) + (1 - beta2) * g * g;
      const mHat = (m[j] as number) / (1 - beta1 ** step);
      const vHat = (v[j] as number) / (1 - beta2 ** step);
      w[j] = (w[j] as number) - (rate * mHat) / (Math.sqrt(vHat) + epsilon);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((name, j) => {
    const weight = w[j] as number;
    if (Math.abs(weight) >= 1e-6) weights[name] = Number(weight.toFixed(6));
  });
  return { bias: Number((w[size - 1] as number).toFixed(6)), weights };
}

/**
 * The fold (0 .. folds-1) of a group: a stable hash of its name, so an article stays in the same fold from one run
 * to the next and whatever else is added to the set.
 */
export function foldOf(group: string, folds: number): number {
  let hash = 2166136261;
  for (let i = 0; i < group.length; i++) {
    hash ^= group.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % folds;
}

/** How a cross-validation trains, where a model needs more than trainLogistic (the statement detector). */
export interface CrossValidation {
  /** Trains one fold's model on the other folds' examples (default trainLogistic): a vocabulary learned per fold. */
  train?: (training: readonly Example[], options: TrainOptions) => LogisticModel;
  /** Groups only ever predicted, never trained on: the recent-unseen pool predicted by models of dev less the pool. */
  heldOut?: (group: string) => boolean;
}

/**
 * Article-level cross-validation: for each fold, trains (`how.train`, default trainLogistic) on the examples of the
 * other folds, less the groups `how.heldOut` names, and predicts the fold's own. Returns each example's out-of-fold probability, in the examples' order: what the model says about articles it
 * never saw, the honest measure of a learned model on the dev set. When every example falls in one fold there is
 * nothing to train on and each is NaN.
 */
export function crossValidate(
  examples: readonly Example[],
  folds: number,
  options: TrainOptions = {},
  how: CrossValidation = {},
): number[] {
  const { train = trainLogistic, heldOut } = how;
  const fold = examples.map((e) => foldOf(e.group, folds));
  const predicted = new Array<number>(examples.length).fill(Number.NaN);
  for (let f = 0; f < folds; f++) {
    const training = examples.filter((e, i) => fold[i] !== f && !heldOut?.(e.group));
    if (training.length === 0 || training.length === examples.length) continue;
    const model = train(training, options);
    examples.forEach((e, i) => {
      if (fold[i] === f) predicted[i] = predictLogistic(model, e.features);
    });
  }
  return predicted;
}

const modelFile = z.strictObject({
  bias: z.number().finite(),
  weights: z.record(z.string().min(1), z.number().finite()),
});

/**
 * Reads a stored model (the JSON a training CLI wrote), refusing a malformed one with an error that names the file
 * and the field.
 */
export function parseLogisticModel(json: unknown, file: string): LogisticModel {
  const parsed = modelFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}

/**
 * Reads a stored model from its file (the JSON `npm run train:ingest` writes): a file that is no JSON, or a malformed
 * model, is an error that names the file (and the field). One reader for every model the ingest loads.
 */
export function readLogisticModel(path: string): LogisticModel {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot be read as JSON (npm run train:ingest writes it): ${(error as Error).message}`);
  }
  return parseLogisticModel(raw, path);
}
