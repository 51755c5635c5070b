/**
 * The ids the ingest proposes for new actors and sources are ASCII slugs of their names. A letter that Unicode does
 * not decompose into a base letter and an accent (Nordic ø and æ, Polish ł, German ß, Icelandic ð) is written the way
 * the name is usually spelt in ASCII, never dropped: "Børge" is "borge", not "b-rge".
 */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/ingest/proper-names.js';

describe('slugs of names with letters that have no ASCII base', () => {
  it('transliterates them instead of breaking the word', () => {
    expect(slugify('Sølvi Håkonsen')).toBe('solvi-hakonsen');
    expect(slugify('Ærøskøbing Relief')).toBe('aeroskobing-relief');
    expect(slugify('Paweł Łukasiewicz')).toBe('pawel-lukasiewicz');
    expect(slugify('Jörg Straßmann')).toBe('jorg-strassmann');
    expect(slugify('Þóra Guðmundsdóttir')).toBe('thora-gudmundsdottir');
  });

  it('keeps what it did before for accents, apostrophes and punctuation', () => {
    expect(slugify('Hélène Mbeki-Durand')).toBe('helene-mbeki-durand');
    expect(slugify("U.N. Children's Fund")).toBe('un-childrens-fund');
    expect(slugify('  The Dispatch (weekly)  ')).toBe('the-dispatch-weekly');
  });
});
