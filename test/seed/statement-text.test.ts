/** A statement's text is the speaker's words; a writer's paraphrase kept as evidence is not part of it. */
import { describe, expect, it } from 'vitest';
import { findAll } from '../../src/seed/locate-quote.js';
import { statementText } from '../../src/seed/statement-text.js';

const spans = (article: string, ...quotes: string[]) => quotes.map((q) => findAll(article, q)[0]!);

describe('statementText', () => {
  const article = 'Lavrov said the raids would go on. “The strikes have resumed,” Lavrov told reporters. “They will continue.”';
  const both = spans(article, 'Lavrov said the raids would go on.', 'The strikes have resumed,', 'They will continue.');

  it('leaves the writer’s report out of a direct statement: only passages next to a quotation mark', () => {
    expect(statementText(article, 'direct', both)).toBe('The strikes have resumed, They will continue.');
  });

  it('keeps every passage of an indirect statement', () => {
    expect(statementText(article, 'indirect', both.slice(0, 1))).toBe('Lavrov said the raids would go on.');
  });

  it('keeps a quote the article prints without quotation marks as its own text', () => {
    const unmarked = 'He said: We will stay. Then he left.';
    expect(statementText(unmarked, 'direct', spans(unmarked, 'We will stay.'))).toBe('We will stay.');
  });
});
