/** The seed refuses a curated figure whose category or bounds contradict what its metric and qualifier mean. */
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { copySeed, type SeedCopy, seedFailure } from '../helpers/seed-copy.js';

const HRF = 'hrf-2016-12-06-russia-vetoes-ceasefire.yaml';
let copy: SeedCopy | undefined;
afterEach(() => {
  copy?.remove();
  copy = undefined;
});

/** Edits the first figure of the HRF record file (the sixth Russian veto: metric vetoes, exact 6). */
function editFirstFigure(c: SeedCopy, change: (figure: Record<string, unknown>) => void) {
  c.edit(`annotations/${HRF}`, (text) => {
    const doc = parse(text) as { figures: Record<string, unknown>[] };
    change(doc.figures[0] as Record<string, unknown>);
    return stringify(doc);
  });
}

describe('a curated figure is checked against the meaning of its metric and qualifier', { timeout: 60_000 }, () => {
  it('a category that is not its metric’s names file, record and field', () => {
    copy = copySeed();
    editFirstFigure(copy, (f) => {
      f.category = 'membership';
    });
    const error = seedFailure(copy);
    expect(error.file).toBe(`seed/annotations/${HRF}`);
    expect(error.record).toBe('figures[0] (2016-12-05-russia-sixth-syria-veto)');
    expect(error.reason).toBe('category: metric vetoes is in category "count", not "membership"');
  });

  it('bounds its qualifier does not allow', () => {
    copy = copySeed();
    editFirstFigure(copy, (f) => {
      f.qualifier = 'more_than';
    });
    expect(seedFailure(copy).reason).toBe('high: qualifier more_than with value 6 gives high null, not 6');
  });
});
