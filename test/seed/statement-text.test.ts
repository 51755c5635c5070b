/** A statement's text is the speaker's words; a writer's paraphrase kept as evidence is not part of it. */
import { describe, expect, it } from 'vitest';
import { findAll } from '../../src/seed/locate-quote.js';
import { statementText } from '../../src/seed/statement-text.js';

const spans = (article: string, ...quotes: string[]) => quotes.map((q) => findAll(article, q)[0]!);

describe('statementText', () => {
  const article = 'Lavrov said the raids would go on. “The strikes have resumed,” Lavrov told reporters. “They will continue.”';
  const both = spans(article, 'Lavrov said the raids would go on.', 'The strikes have resumed,', 'They will continue.');

  it('leaves the writer’s report out of a direct statement: only passages next to a quotation mark', () => {
    expect(statementText(article, 'direct', both)).toBe('The strikes have resumed, … They will continue.');
  });

  it('keeps every passage of an indirect statement', () => {
    expect(statementText(article, 'indirect', both.slice(0, 1))).toBe('Lavrov said the raids would go on.');
  });

  it('keeps a quote the article prints without quotation marks as its own text', () => {
    const unmarked = 'He said: We will stay. Then he left.';
    expect(statementText(unmarked, 'direct', spans(unmarked, 'We will stay.'))).toBe('We will stay.');
  });

  it('marks the cut where the article prints other words between two passages, and none where a quote runs on', () => {
    // Split around the attribution.
    const split = '"Those responsible must be held to account," the envoy said. "There can be no impunity."';
    expect(statementText(split, 'direct', spans(split, 'Those responsible must be held to account,', 'There can be no impunity.'))).toBe(
      'Those responsible must be held to account, … There can be no impunity.',
    );
    // Two paragraphs apart, the writer's own sentence between.
    const apart = 'The mayor said the bridge would reopen.\n\nTraffic was light on Sunday.\n\nShe added that the tolls would stay.';
    expect(
      statementText(apart, 'indirect', spans(apart, 'The mayor said the bridge would reopen.', 'She added that the tolls would stay.')),
    ).toBe('The mayor said the bridge would reopen. … She added that the tolls would stay.');
    // Three pieces of one speech, each cut by an attribution.
    const three = '“We came,” he wrote, “we saw,” and then, “we left.”';
    expect(statementText(three, 'direct', spans(three, 'We came,', 'we saw,', 'we left.'))).toBe('We came, … we saw, … we left.');
    // Near miss: one quotation running on into the next paragraph has no cut, only the paragraph's space.
    const runOn = '“The convoy waited all night.\n\n“By morning it had turned back,” the driver said.';
    expect(statementText(runOn, 'direct', spans(runOn, 'The convoy waited all night.', 'By morning it had turned back,'))).toBe(
      'The convoy waited all night. By morning it had turned back,',
    );
  });
});
