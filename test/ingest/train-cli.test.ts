import { describe, expect, it } from 'vitest';
import { parseLogisticModel } from '../../src/ingest/logistic-model.js';
import { crossValidatedSummary, modelJson } from '../../src/ingest/train-cli.js';

describe('train:ingest', () => {
  it('writes a model with its weights sorted by name, in a form the loader reads back', () => {
    const json = modelJson({ bias: -0.5, weights: { zeta: 1, alpha: -2, mid: 0.25 } });
    expect(Object.keys(JSON.parse(json).weights)).toEqual(['alpha', 'mid', 'zeta']);
    expect(parseLogisticModel(JSON.parse(json), 'x.json')).toEqual({ bias: -0.5, weights: { alpha: -2, mid: 0.25, zeta: 1 } });
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('sorts weight names in code point order, the same on every machine: capitals, then "_", then small letters', () => {
    const json = modelJson({ bias: 0, weights: { 'verb:said': 1, 'Verb:Said': 2, verb_said: 3, 'ÿ:last': 4, 'Ab:x': 5 } });
    // localeCompare gives another order (by letters, case and marks aside first), and it depends on the locale.
    expect(Object.keys(JSON.parse(json).weights)).toEqual(['Ab:x', 'Verb:Said', 'verb:said', 'verb_said', 'ÿ:last']);
  });

  it('sums up the cross-validation of invented examples by article', () => {
    const examples = Array.from({ length: 40 }, (_, i) => ({
      features: { near: i % 2 },
      label: (i % 2) as 0 | 1,
      group: `story-${i % 20}`,
    }));
    const line = crossValidatedSummary('toy', examples);
    expect(line).toMatch(/^toy: 40 examples in 20 articles, 10-fold by article: log loss 0\.\d{3}, accuracy 40\/40$/u);
  });
});
