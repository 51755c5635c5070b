/**
 * One rule for what a quotation is: the statement extractor and the completeness audit read the same passages, so
 * a quotation the extractor can attribute is one the audit asks a curator to cover, and the other way round.
 */
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/ingest/quotations.js';
import { splitParagraphs } from '../../src/ingest/text-segments.js';
import { findQuotedPassages } from '../../src/seed/completeness.js';

const quoted = (text: string) => findQuotations(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));

describe('the quotation finder', () => {
  it('finds curly, straight and single-curly quotations, not apostrophes', () => {
    const text = 'The envoy said “the road is shut” and called it "a trap". Norland’s minister spoke of ‘a long winter’.';
    expect(quoted(text)).toEqual(['the road is shut', 'a trap', 'a long winter']);
  });

  it('starts a quotation whose opening mark was dropped at its sentence, and runs an unclosed one to the paragraph end', () => {
    const text = 'Aid is late. The trucks are stuck at the border,” the driver said.\n\nShe said: “We wait and wait.\n\n“Nobody comes.”';
    expect(quoted(text)).toEqual(['The trucks are stuck at the border,', 'We wait and wait.', 'Nobody comes.']);
  });

  it('finds straight single marks as the British press prints them, not apostrophes (s42)', () => {
    const text =
      "'I cried like a boy. Then I went to work,' Mr Shaaban said. It was Syria's worst day, the parents' homes gone. 'We lost everything.'";
    expect(quoted(text)).toEqual(['I cried like a boy. Then I went to work,', 'We lost everything.']);
  });

  it('is the rule the completeness audit applies', () => {
    const text = [
      'The envoy said “the road is shut” and called it "a trap". Norland’s minister spoke of ‘a long winter’.',
      'Aid is late. The trucks are stuck at the border,” the driver said.',
      'She said: “We wait and wait.',
      '"Nobody comes," she added, "and nobody calls."',
    ].join('\n\n');
    const audit = findQuotedPassages(text).map((q) => [q.start, q.end]);
    const extractor = findQuotations(text, splitParagraphs(text)).map((q) => [q.start, q.end]);
    expect(audit).toEqual(extractor);
    expect(audit).toHaveLength(7);
  });
});
