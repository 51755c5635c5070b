/**
 * The one test of an article's headline (article-analysis.ts isTitle), which the statement detector, the figure, vote
 * and event extractors, the issuer's voice and the not-placed report call to skip the headline printed as the text's
 * first line: it restates the story, so no record is read from it.
 */
import { describe, expect, it } from 'vitest';
import { isTitle } from '../../src/ingest/article-analysis.js';

describe('isTitle', () => {
  const article = { title: 'Ferry service to Kestrel Island halted after storm ' };

  it('knows the headline printed as a line of the text, spaces around it aside', () => {
    expect(isTitle(article, { text: '  Ferry service to Kestrel Island halted after storm' })).toBe(true);
  });

  it('takes no other line for it, nor a sentence that only repeats its words in other case', () => {
    expect(isTitle(article, { text: 'The ferry service to Kestrel Island was halted after the storm.' })).toBe(false);
    expect(isTitle(article, { text: 'FERRY SERVICE TO KESTREL ISLAND HALTED AFTER STORM' })).toBe(false);
  });

  it('finds no headline where the article has none', () => {
    expect(isTitle({ title: null }, { text: 'Ferry service to Kestrel Island halted after storm' })).toBe(false);
    expect(isTitle({ title: '' }, { text: '' })).toBe(false);
  });
});
