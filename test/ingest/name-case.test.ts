/**
 * (s47) Names printed in capitals, as the UN's meetings coverage and an Italian committee record print their speakers,
 * are read in their ordinary case; the draft still quotes the words as printed.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/ingest/article-analysis.js';
import { nameCased } from '../../src/ingest/name-case.js';
import { unrecordedStatementSentences } from '../../src/ingest/statement-detector.js';
import { statementsOf, testGazetteer } from './test-gazetteer.js';

describe('names printed in capitals', () => {
  it('puts a name in capitals before a bracket, and a surname in capitals opening a paragraph, in ordinary case, keeping every offset', () => {
    const text = [
      'Speaking before the vote, VITALY CHURKIN (Russian Federation) asked that the vote be postponed.',
      "GERARD VAN BOHEMEN (New Zealand), also on behalf of Egypt and Spain, said weeks had been spent. BASHAR JA'AFARI (Syria) said more had left.",
      'Paolo GENTILONI, Minister of Foreign Affairs, delivers a report.',
      'Marco BERTONI (PD) thanks the Minister. In it Marco BERTONI (PD) is not at the opening.',
    ].join('\n\n');
    const cased = nameCased(text, testGazetteer);
    expect(cased).toHaveLength(text.length);
    expect(cased).toContain('Vitaly Churkin (Russian Federation)');
    expect(cased).toContain('Gerard van Bohemen (New Zealand)');
    expect(cased).toContain("Bashar Ja'afari (Syria)");
    expect(cased).toContain('Paolo Gentiloni, Minister');
    expect(cased).toContain('Marco Bertoni (PD) thanks');
    expect(cased).toContain('In it Marco BERTONI (PD)');
  });

  it("puts a briefer's name in capitals before a comma and a title in ordinary case, an O' surname too, but not a dateline", () => {
    const text = [
      "Briefing the Council, STEPHEN O'BRIEN, Under-Secretary-General for Humanitarian Affairs, said that 25,000 people had fled.",
      'Also briefing, by video teleconference from Geneva, STAFFAN DE MISTURA, Special Envoy for Syria, said that he had met the Minister.',
      'UNITED NATIONS, Nov 30 (AP) — Russia, which holds a veto, said it would vote against the text.',
      "NEW YORK, United States — France, the draft's sponsor, said it would press on.",
    ].join('\n\n');
    const cased = nameCased(text, testGazetteer);
    expect(cased).toHaveLength(text.length);
    expect(cased).toContain("Briefing the Council, Stephen O'Brien, Under-Secretary-General");
    expect(cased).toContain('from Geneva, Staffan de Mistura, Special Envoy');
    expect(cased).toContain('UNITED NATIONS, Nov 30 (AP)');
    expect(cased).toContain('NEW YORK, United States');
  });

  it('gives "Briefing the Council, NAME, Title, said that ..." and the quotation after it to the briefer', () => {
    const text =
      'Briefing the Council, STEPHEN O\'BRIEN, Under-Secretary-General for Humanitarian Affairs, said that at least 25,000 people had fled the eastern neighbourhoods. "They left with what they could carry," he said.';
    expect(statementsOf(text).map((s) => [s.speaker, s.kind])).toEqual([
      ['proposed:stephen-obrien', 'indirect'],
      ['proposed:stephen-obrien', 'direct'],
    ]);
  });

  it('leaves acronyms, headings and roman numerals as printed', () => {
    const text = [
      'III COMMITTEE (FOREIGN AND EUROPEAN AFFAIRS)',
      'SECURITY COUNCIL\n7825TH MEETING (PM)',
      'The ICRC, whose delegates were in the city, said buses had left. WFP ICRC (Geneva) teams were ready.',
      'UN OCHA (Office for the Coordination of Humanitarian Affairs) said the pause held.',
    ].join('\n\n');
    expect(nameCased(text, testGazetteer)).toBe(text);
  });

  it('gives the meetings coverage\'s "NAME (State) said" and the "he said" after it to the person, not to the state in brackets', () => {
    const text = [
      'HÉLÈNE DUBOIS (Norland) said the corridor must open within a day. "We will not wait for another veto," she said.',
      'PETER OKAFOR (Sweden) said the convoys were ready at the border.',
    ].join('\n\n');
    expect(statementsOf(text).map((s) => [s.speaker, s.kind, s.evidence[0]])).toEqual([
      ['helene-dubois', 'indirect', 'HÉLÈNE DUBOIS (Norland) said the corridor must open within a day.'],
      ['helene-dubois', 'direct', 'We will not wait for another veto,'],
      ['peter-okafor', 'indirect', 'PETER OKAFOR (Sweden) said the convoys were ready at the border.'],
    ]);
  });

  it("keeps a body's acronym in brackets with the body, not reading it as an affiliation", () => {
    const text =
      'Jens Laerke, a spokesman for the U.N. Office for the Coordination of Humanitarian Affairs (OCHA), told a briefing in Geneva that aid was ready.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['proposed:jens-laerke']);
  });
});

describe('what the curator reads of an article with names in capitals', () => {
  it('lists a flagged sentence in its printed words, not as the rules read it', () => {
    const text =
      'The Council President for December, ROMÁN OYARZUN MARCHESI (Spain), said the final text had been circulated in good time.';
    const analysis = analyzeArticle({ text, publishedOn: '2016-12-05', gazetteer: testGazetteer });
    expect(analysis.text).toContain('Román Oyarzun Marchesi');
    const flagged = unrecordedStatementSentences(analysis, []).map((s) => s.text);
    expect(flagged.length).toBeGreaterThan(0);
    for (const sentence of flagged) expect(text).toContain(sentence);
    expect(flagged.join(' ')).not.toContain('Román Oyarzun Marchesi');
  });
});
