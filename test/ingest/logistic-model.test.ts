import { describe, expect, it } from 'vitest';
import {
  crossValidate,
  type Example,
  foldOf,
  parseLogisticModel,
  predictLogistic,
  trainLogistic,
} from '../../src/ingest/logistic-model.js';

/** Invented examples: a candidate is right when it is in the same sentence, whatever its distance says alone. */
function sameSentenceExamples(groups: number): Example[] {
  const examples: Example[] = [];
  for (let g = 0; g < groups; g++) {
    for (let k = 0; k < 6; k++) {
      const same = k % 2 === 0;
      examples.push({ features: { sameSentence: same ? 1 : 0, distance: (k + 1) / 6 }, label: same ? 1 : 0, group: `article-${g}` });
    }
  }
  return examples;
}

describe('logistic model', () => {
  it('learns a feature that separates the labels, and gives it a positive weight', () => {
    const model = trainLogistic(sameSentenceExamples(8));
    expect(model.weights.sameSentence).toBeGreaterThan(1);
    expect(predictLogistic(model, { sameSentence: 1, distance: 0.5 })).toBeGreaterThan(0.8);
    expect(predictLogistic(model, { distance: 0.5 })).toBeLessThan(0.2);
  });

  it('is deterministic: the same examples give the same weights', () => {
    expect(trainLogistic(sameSentenceExamples(4))).toEqual(trainLogistic(sameSentenceExamples(4)));
  });

  it('shrinks the weights as the L2 penalty grows', () => {
    const loose = trainLogistic(sameSentenceExamples(4), { l2: 0 });
    const tight = trainLogistic(sameSentenceExamples(4), { l2: 0.5 });
    expect(Math.abs(tight.weights.sameSentence ?? 0)).toBeLessThan(Math.abs(loose.weights.sameSentence ?? 0));
  });

  it('refuses to train on nothing', () => {
    expect(() => trainLogistic([])).toThrow(/no examples/);
  });

  it('leaves the bias out of the L2 penalty', () => {
    // Nine of ten invented examples are right and none has a feature: only the bias can say so, however tight the L2.
    const examples: Example[] = Array.from({ length: 10 }, (_, i) => ({ features: {}, label: i < 9 ? 1 : 0, group: `story-${i}` }));
    expect(predictLogistic(trainLogistic(examples, { l2: 10 }), {})).toBeCloseTo(0.9, 2);
  });

  it('keeps every example of an article in one fold, stably', () => {
    expect(foldOf('some-article', 5)).toBe(foldOf('some-article', 5));
    const folds = new Set(Array.from({ length: 40 }, (_, i) => foldOf(`article-${i}`, 5)));
    expect(folds.size).toBe(5);
  });

  it('hashes a group by 32-bit FNV-1a, so an article keeps its fold from one version to the next', () => {
    // The published FNV-1a test vectors; with 2^32 folds the fold is the hash itself.
    expect(foldOf('', 2 ** 32)).toBe(0x811c9dc5);
    expect(foldOf('a', 2 ** 32)).toBe(0xe40c292c);
    expect(foldOf('foobar', 2 ** 32)).toBe(0xbf9cf968);
  });

  it('predicts each example from a model that never saw its article', () => {
    // Every article but one says "same sentence means right"; the odd article says the opposite. Out of fold, its
    // examples are predicted from the others, so the model is wrong about them: no article teaches its own test.
    const examples = sameSentenceExamples(10).map((e) => (e.group === 'article-3' ? { ...e, label: (1 - e.label) as 0 | 1 } : e));
    const predicted = crossValidate(examples, 5);
    expect(predicted.every((p) => Number.isFinite(p))).toBe(true);
    examples.forEach((e, i) => {
      if (e.group === 'article-3') expect(Math.round(predicted[i] as number)).not.toBe(e.label);
      else expect(Math.round(predicted[i] as number)).toBe(e.label);
    });
  });

  it('reads a stored model and names the field of a malformed one', () => {
    expect(parseLogisticModel({ bias: -1, weights: { sameSentence: 2 } }, 'model.json').weights.sameSentence).toBe(2);
    expect(() => parseLogisticModel({ bias: 'high', weights: {} }, 'model.json')).toThrow(/model\.json: bias/);
    expect(() => parseLogisticModel({ bias: 0, weights: { x: 1 }, extra: 1 }, 'model.json')).toThrow(/model\.json/);
  });
});
