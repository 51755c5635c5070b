/**
 * The day a statement was made (statement-dates.ts), on invented text: each rule reads a whole class of phrasing,
 * so each test is a sentence of its own and the day the rule should give it. The test article is of Wednesday
 * 14 December 2016 unless a test says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-gazetteer.js';

const days = (text: string, publishedOn?: string) => statementsOf(text, publishedOn).map((s) => [s.speaker, s.said]);

describe("a day inside the speaker's description is not the remark's (s7)", () => {
  it('skips a day in a long relative clause between the speaker and the verb', () => {
    const text =
      'Omar Haddad, who flew to the port city to meet the relief convoys after talks in Stockholm on Monday and in Port Vell on Tuesday, said the road was open.';
    expect(days(text)).toEqual([['omar-haddad', '2016-12-14']]);
  });
});

describe("a digest's briefs, each under its own dateline (s7)", () => {
  it("dates a brief's undated past-tense remark by the day its first sentence gives", () => {
    const text = [
      'World in brief',
      'STOCKHOLM - Sweden sent new aid to the port city on Monday. Lindqvist said the first trucks would leave within a week.',
      'PORT VELL - Relief Watch opened a second kitchen in the old town on Tuesday. Peter Okafor said it could feed a thousand people.',
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['maria-lindqvist', '2016-12-12'],
      ['peter-okafor', '2016-12-13'],
    ]);
  });

  it("leaves a present-tense remark to the present's rules, and a lone dateline to the article", () => {
    const brief = [
      'World in brief',
      'STOCKHOLM - Sweden sent new aid to the port city on Monday. Relief Watch says the trucks are ready.',
      'PORT VELL - Relief Watch opened a second kitchen on Tuesday.',
    ].join('\n\n');
    // A body's present-tense "says" keeps the article's date (undateOpenRemarks), never the brief's Monday.
    expect(days(brief)).toEqual([['relief-watch', '2016-12-14']]);
    const wire = 'STOCKHOLM - Sweden sent new aid on Monday.\n\nLindqvist said the first trucks would leave within a week.';
    expect(days(wire)).toEqual([['maria-lindqvist', '2016-12-14']]);
  });
});
