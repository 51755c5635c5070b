/**
 * What `npm run seed -- --audit` and `npm run ingest` print for a curator: each passage no record covers in the
 * words around it, and a passage the draft's not_placed already names (with why) listed once, not twice.
 */
import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../../src/ingest/ingest-article.js';
import { ingestReport } from '../../src/ingest/ingest-report.js';
import { auditLines, notNamedIn, uncovered } from '../../src/seed/completeness.js';

const text = '"We are counting the dead": a surgeon\n\nHis term ends on Dec. 31, when he leaves. "We are counting the dead," he said.';
const headline = { start: 1, end: 25 };
const day = { start: text.indexOf('31'), end: text.indexOf('31') + 2 };

describe('the audit and the ingest name each uncovered passage once, in its words', () => {
  it('audit: a bare number comes with the words around it; a not_placed passage is not listed again', () => {
    const lines = auditLines(
      {
        sourceId: 'lantern-2016-11-23-x',
        uncovered: [
          { kind: 'quotation', ...headline, text: text.slice(headline.start, headline.end) },
          { kind: 'number', ...day, text: '31' },
        ],
        notPlaced: [
          {
            sourceId: 'lantern-2016-11-23-x',
            kind: 'statement',
            ...headline,
            quote: text.slice(headline.start, headline.end),
            reason: 'no speaker found',
          },
        ],
      },
      text,
    );
    expect(lines).toEqual([
      "audit: lantern-2016-11-23-x: 1 not covered; 1 not placed by the ingest (the record file's not_placed)",
      `  number at ${day.start}-${day.end}: …urgeon His term ends on Dec. [31], when he leaves. "We are coun…`,
      `  not placed: statement at 1-25: "We are counting the dead": no speaker found`,
    ]);
    expect(auditLines({ sourceId: 'a', uncovered: [], notPlaced: [] }, text)).toEqual(['audit: a: every quotation and number is covered']);
  });

  it('ingest: the not covered list leaves out what not placed already named', () => {
    const summary = {
      sourceId: 'lantern-2016-11-23-x',
      sha256: '0'.repeat(64),
      normalized: [],
      files: { article: 'a.txt', sources: 'sources.json', annotation: 'a.yaml' },
      draft: {
        statements: [],
        figures: [],
        votes: [],
        events: [],
        heldBack: [],
        repeats: [],
        actors: [],
        // No paragraphs: the statement detector (2b147a6) reads the draft's sentences and finds none to list here.
        extraction: { analysis: { text, printed: text, paragraphs: [], title: null }, statements: [] },
      },
      notPlaced: [{ kind: 'statement', ...headline, reason: 'no speaker found' }],
      notCovered: [
        { kind: 'quotation', ...headline, text: text.slice(headline.start, headline.end) },
        { kind: 'number', ...day, text: '31' },
      ],
      warnings: [],
    } as unknown as IngestSummary;
    const lines = ingestReport(summary);
    expect(lines.filter((line) => line.startsWith('  quotation "'))).toEqual([]);
    expect(lines).toContain('  statement "We are counting the dead": no speaker found');
    expect(lines).toContain(
      "not covered 1: in no record's words, as the audit will list them (a date no record holds, a number no extractor read); record each or add an exclusion",
    );
  });
  it('a number the audit reads as several words ("100" and "million") is not listed again when not_placed names the whole amount', () => {
    const prose = 'The agency pledged a further USD 40 million for the camps in 2017.\n\nOfficials said three convoys would go.';
    const amount = { start: prose.indexOf('40 million'), end: prose.indexOf('40 million') + '40 million'.length };
    const year = { start: prose.indexOf('2017'), end: prose.indexOf('2017') + 4 };
    const numberAt = (word: string) => ({
      kind: 'number' as const,
      start: prose.indexOf(word),
      end: prose.indexOf(word) + word.length,
      text: word,
    });
    const uncoveredItems = [numberAt('40'), numberAt('million'), numberAt('2017'), numberAt('three')];
    const notPlacedRow = {
      sourceId: 'kestrel-2016-12-01-x',
      kind: 'number' as const,
      ...amount,
      quote: '40 million',
      reason: 'no counted noun',
    };
    const lines = auditLines({ sourceId: 'kestrel-2016-12-01-x', uncovered: uncoveredItems, notPlaced: [notPlacedRow] }, prose);
    expect(lines[0]).toBe("audit: kestrel-2016-12-01-x: 2 not covered; 1 not placed by the ingest (the record file's not_placed)");
    expect(lines.filter((line) => line.startsWith('  number at')).map((line) => line.split(':')[0])).toEqual([
      `  number at ${year.start}-${year.end}`,
      `  number at ${prose.indexOf('three')}-${prose.indexOf('three') + 5}`,
    ]);
    // A passage that only overlaps a not_placed span is still listed: only what lies inside it is named there.
    const near = notNamedIn([numberAt('2017')], [{ start: amount.start, end: year.start + 2 }]);
    expect(near).toEqual([numberAt('2017')]);
  });
  it("the numbers of the article's own date, printed at its head, are accounted for by its published_on", () => {
    const numbers = (text: string, publishedOn?: string) => uncovered(text, [], publishedOn).map((item) => item.text);
    const body = 'The relief agency said 40 trucks had crossed.';
    expect(numbers(`Ministry statement\n\nBergen, 9 November 2016\n\n${body}`, '2016-11-09')).toEqual(['40']);
    expect(numbers(`PRESS RELEASE\nNovember 9, 2016\n\n${body}`, '2016-11-09')).toEqual(['40']);
    expect(numbers(`Wellington, Wednesday 9 November 2016 - ${body}`, '2016-11-09')).toEqual(['40']);
    // A byline block of short lines (headline, byline, outlet, date) is all head, however many lines it takes.
    expect(numbers(`Harbour reopens\nBy Ana Writer\nThe Example Post\nNovember 9, 2016\n\nBERGEN - ${body}`, '2016-11-09')).toEqual(['40']);
    expect(
      numbers(`Harbour reopens\n\nBy Ana Writer\n\nStaff reporter\n\nThe Example Post\n\n9 Nov 2016\n\n${body}`, '2016-11-09'),
    ).toEqual(['40']);
    // Another day at the head, or the same day deep in the body, is still a number to account for.
    expect(numbers(`Bergen, 8 November 2016\n\n${body}`, '2016-11-09')).toEqual(['8', '2016', '40']);
    const later = `Heading\n\nAlpha.\n\nBeta.\n\nGamma.\n\nOn 9 November 2016 the agency said 40 trucks had crossed.`;
    expect(numbers(later, '2016-11-09')).toEqual(['9', '2016', '40']);
    // Without a publication day, nothing changes.
    expect(numbers(`Bergen, 9 November 2016\n\n${body}`)).toEqual(['9', '2016', '40']);
  });
});
