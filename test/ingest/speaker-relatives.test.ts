/**
 * A relative or colleague named inside another speaker's words as the one who spoke: who that is, as the curation
 * rules write it ("<owner>'s <relation>"). The statement extractor finds the inner verb and hands the phrase over;
 * here the resolver is asked directly. Every sentence is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/ingest/article-analysis.js';
import { type SpeakerResolution, SpeakerResolver } from '../../src/ingest/speaker-resolution.js';
import { testGazetteer } from './test-gazetteer.js';

function relativeIn(text: string, phrase: string): string | null {
  const analysis = analyzeArticle({ text, publishedOn: '2016-12-14', gazetteer: testGazetteer });
  const resolver = new SpeakerResolver(
    analysis.text,
    testGazetteer,
    analysis.actorMentions,
    analysis.locationMentions,
    analysis.quotations,
    '2016-12-14',
  );
  const start = text.indexOf(phrase);
  const found: SpeakerResolution | null = resolver.relativeOf({ start, end: start + phrase.length }, resolver.personBefore(start));
  if (found?.status === 'proposed') return found.proposal.name;
  return found?.status === 'actor' ? found.id : null;
}

describe('a relative named as the one who spoke (session 13)', () => {
  it('reads "My father" in a quoted speaker’s words as that speaker’s father', () => {
    const text = 'Rana Haddad, a teacher in Vellmar, said she had not heard from them. “My father sent a message on Saturday,” she said.';
    expect(relativeIn(text, 'My father')).toBe("Rana Haddad's father");
  });

  it('reads "his brother" in a named man’s clause as his brother', () => {
    const text = 'Omar Tellan, a driver, said on Friday that his brother had reached a camp near the border.';
    expect(relativeIn(text, 'his brother')).toBe("Omar Tellan's brother");
  });

  it('reads "Tellan’s cousin" as the cousin of the man the article names in full', () => {
    const text = 'Omar Tellan, a driver, waited at the crossing. Tellan’s cousin wrote that the buses had gone.';
    expect(relativeIn(text, 'Tellan’s cousin')).toBe("Omar Tellan's cousin");
  });

  it('reads no relative in words that name no relation', () => {
    const text = 'Omar Tellan, a driver, said the road to the border was closed.';
    expect(relativeIn(text, 'the road')).toBeNull();
  });
});
