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
