/** The seed refuses a grouping of figures that cannot be claims about one quantity, naming file, quantity and field. */
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, SEED_DIR } from '../../src/paths.js';
import { loadCorpus } from '../../src/seed/load-corpus.js';
import { copySeed, type SeedCopy } from '../helpers/seed-copy.js';

let copy: SeedCopy | undefined;
afterEach(() => {
  copy?.remove();
  copy = undefined;
});

/** Loads a copy of seed/ with quantities.yaml changed, and returns the error message. */
function failureAfter(change: (yaml: string) => string): string {
  copy = copySeed();
  copy.edit('quantities.yaml', change);
  try {
    loadCorpus({ seedDir: copy.seedDir, migrationsDir: copy.migrationsDir });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the seed accepted a broken quantities.yaml');
}

const TRAPPED = 'quantities[0] (eastern-aleppo-trapped-2016-12)';

describe('seed/quantities.yaml', () => {
  it('the curated file loads: five quantities, and each grouped figure names its quantity', () => {
    const corpus = loadCorpus({ seedDir: SEED_DIR, migrationsDir: MIGRATIONS_DIR });
    expect(corpus.quantities.map((q) => q.id)).toContain('eastern-aleppo-trapped-2016-12');
    const trapped = corpus.figures.filter((f) => f.quantityId === 'eastern-aleppo-trapped-2016-12').map((f) => f.id);
    expect(trapped.sort()).toEqual(['2016-12-02-de-mistura-trapped-40000', '2016-12-09-trapped-tens-of-thousands']);
  });

  it('a figure that does not exist', () => {
    const message = failureAfter((y) =>
      y.replace('      - 2016-12-09-trapped-tens-of-thousands', '      - 2016-12-09-trapped-tens-of-thousand'),
    );
    expect(message).toBe(
      `seed/quantities.yaml: ${TRAPPED}: figures[1]: unknown figure "2016-12-09-trapped-tens-of-thousand" (no annotation file defines it)`,
    );
  });

  it('a figure in two quantities', () => {
    const message = failureAfter((y) =>
      y.replace('      - 2016-12-01-eastern-aleppo-besieged-quarter-million', '      - 2016-12-02-de-mistura-trapped-40000'),
    );
    expect(message).toMatch(
      /quantities\[1\] \(eastern-aleppo-besieged-2016-12\): figures\[0\]: figure "2016-12-02-de-mistura-trapped-40000" already belongs to quantity "eastern-aleppo-trapped-2016-12"/,
    );
  });

  it('a figure counting another unit', () => {
    const message = failureAfter((y) => y.replace('    equivalent_units: [civilians]\n', '    equivalent_units: [residents]\n'));
    expect(message).toContain(
      `${TRAPPED}: figures[1]: figure "2016-12-09-trapped-tens-of-thousands" counts "civilians", the quantity counts "people"`,
    );
  });

  it('equivalent units without a reason', () => {
    const message = failureAfter((y) => y.replace(/ {4}unit_note: >-\n(?: {6}.*\n)+/, ''));
    expect(message).toContain(`${TRAPPED}: unit_note: is required when equivalent_units is given`);
  });

  it('an incompatible metric', () => {
    const message = failureAfter((y) => y.replace('    metric: trapped\n', '    metric: killed\n'));
    expect(message).toContain(
      `${TRAPPED}: figures[0]: figure "2016-12-02-de-mistura-trapped-40000" has metric "trapped", not compatible with the quantity's "killed"`,
    );
  });

  it('a figure about a place outside the quantity’s location', () => {
    const message = failureAfter((y) =>
      y.replace(
        '    location: eastern-aleppo\n    figures:\n      - 2016-12-02',
        '    location: western-aleppo\n    figures:\n      - 2016-12-02',
      ),
    );
    expect(message).toContain(
      `${TRAPPED}: figures[0]: figure "2016-12-02-de-mistura-trapped-40000" is about "eastern-aleppo", which is not "western-aleppo" or inside it`,
    );
  });

  it('a grouping without a note', () => {
    const message = failureAfter((y) => y.replace(/ {4}note: >-\n {6}One quantity: both figures(?: {0,6}.*\n)+?(?= {2}- id:)/, ''));
    expect(message).toContain(`${TRAPPED}: note:`);
  });
});
