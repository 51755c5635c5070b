/**
 * A body's short name defined in brackets after its full name ("(MoHE)", "(Kirab)", "(Nur Harapan)"), as Malay, Gulf,
 * African and Asian papers write it: an alias of that body, so the short name alone later is the body, and no bar to
 * reading the apposition around it. Every sentence is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { testGazetteer } from './test-gazetteer.js';

/** The name of the speaker each statement drafted from the text is given to, in order. */
function speakersOf(text: string): string[] {
  const { statements } = extractArticle({ text, publishedOn: '2016-12-14', gazetteer: testGazetteer });
  return statements.map(({ speaker }) => (speaker.status === 'proposed' ? speaker.proposal.name : speaker.id));
}

describe('a short name in brackets after a body’s name', () => {
  it('is the body’s alias: mixed-case initials alone later are that body', () => {
    const text =
      'The Ministry of Harbour Affairs (MoHA) said on Monday that the convoys were stopped at the bridge.\n\n' +
      'The ferry service has been suspended since the storm.\n\n' +
      'MoHA said the bridge would stay closed until the inspectors had finished.';
    expect(speakersOf(text)).toEqual(['Ministry of Harbour Affairs', 'Ministry of Harbour Affairs']);
  });

  it('is the body’s alias when it is a word of its name, not initials', () => {
    const text =
      'The Council of Lantern Elders (Lantern) said the market would reopen on Friday.\n\n' +
      'Lantern said the traders had been told to bring their own scales.';
    expect(speakersOf(text)).toEqual(['Council of Lantern Elders', 'Council of Lantern Elders']);
  });

  it('does not stop an apposition after the name being read', () => {
    expect(
      speakersOf('Tomas Verhoef, the president of the Brightwater Relief Society (BRS), said the convoys were stopped at the bridge.'),
    ).toEqual(['Tomas Verhoef']);
  });

  it('does not stop an apposed name after the description being read', () => {
    expect(
      speakersOf(
        'In Port Vell, the president of the relief group Persatuan Cahaya Harapan (Cahaya), Datuk Dr Idris Kamaluddin, told the paper on Monday that it had collected $1.2 million.',
      ),
    ).toEqual(['Idris Kamaluddin']);
  });
});
