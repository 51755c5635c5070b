/**
 * One statement per remark: the same reported speech printed twice (a standfirst and the body) is one record, and two
 * remarks of one speaker that share only the speaker's name and their subject are two (repeated-statements.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { foldRepeatedStatements } from '../../src/ingest/repeated-statements.js';
import { testGazetteer } from './test-gazetteer.js';

const fold = (text: string) => {
  const { statements } = extractArticle({ text, publishedOn: '2016-12-07', gazetteer: testGazetteer });
  const { kept, repeats } = foldRepeatedStatements(text, statements);
  return { kept: kept.length, repeats: repeats.map((r) => text.slice(r.repeat.evidence[0]?.start, r.repeat.evidence[0]?.end)) };
};

describe('a remark printed twice, and two remarks that share a name', () => {
  it('folds the standfirst that repeats the body', () => {
    const text = [
      'Foreign Minister Karl Brenner says Norland will keep pushing for a pause in the fighting in the old town.',
      'The vote failed on Monday.',
      'Karl Brenner says Norland will keep pushing for a pause in the fighting in the old town, his office said.',
    ].join('\n\n');
    expect(fold(text).repeats).toHaveLength(1);
  });

  it('keeps "Mr Brenner says New Zealand will vote for it" apart from the lead, which shares only his name and "New Zealand will"', () => {
    const text = [
      'Foreign Minister Karl Brenner says New Zealand will keep pushing for a pause in the fighting in the old town, after Russia vetoed a seven-day truce.',
      'The Assembly is due to vote on Friday. Assembly resolutions are not binding, but Mr Brenner says New Zealand will vote for it.',
    ].join('\n\n');
    expect(fold(text)).toEqual({ kept: 2, repeats: [] });
  });
});
