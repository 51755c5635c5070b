/**
 * The gazetteer finds actors and places by the names, aliases and roles of the YAML files.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { testGazetteer } from './test-gazetteer.js';

const actors = (text: string) => testGazetteer.mentions(text, 'actor').map((m) => [m.text, m.id]);

describe('the gazetteer', () => {
  it('prefers the longest name and reads curly apostrophes as straight ones', () => {
    expect(actors('Relief Watch’s Peter Okafor met the Swedish Foreign Minister.')).toEqual([
      ['Relief Watch', 'relief-watch'],
      ['Peter Okafor', 'peter-okafor'],
      ['Swedish Foreign Minister', 'maria-lindqvist'],
    ]);
  });

  it('matches a lower-case alias at the start of a sentence, and a proper name only as written', () => {
    expect(actors('The mediator spoke. relief watch did not.')).toEqual([['The mediator', 'omar-haddad']]);
  });

  it("does not take somebody else's name for a known surname", () => {
    expect(actors('Tom Haddad and Haddad Group disagreed with Haddad.')).toEqual([['Haddad', 'omar-haddad']]);
  });

  it('finds places', () => {
    expect(testGazetteer.mentions('shelling in the old town of Port Vell', 'location').map((m) => m.id)).toEqual(['old-town', 'port-vell']);
  });

  it('matches a name written with or without its accents', () => {
    expect(actors('Helene Dubois met Hélène Dubois’s deputy and Ms. Dubois.')).toEqual([
      ['Helene Dubois', 'helene-dubois'],
      ['Hélène Dubois', 'helene-dubois'],
      ['Dubois', 'helene-dubois'],
    ]);
  });

  it('knows a state by its formal name, and a name before a possessive or after a title', () => {
    expect(
      actors('The Russian Federation and the Syrian Arab Republic objected; the European Union’s envoy and Ambassador Dubois did not.'),
    ).toEqual([
      ['Russian Federation', 'russia'],
      ['Syrian Arab Republic', 'syria'],
      ['European Union', 'european-union'],
      ['Dubois', 'helene-dubois'],
    ]);
    // The scorer compares speakers by these names: a state found by its formal name goes by it.
    expect(testGazetteer.namesOf('syria')).toEqual(expect.arrayContaining(['Syria', 'Syrian government', 'Syrian Arab Republic']));
    expect(testGazetteer.namesOf('maria-lindqvist')).toEqual(['Maria Lindqvist', 'Lindqvist']);
  });

  it('takes a known person for a name written in another transliteration, not for somebody new', () => {
    expect(testGazetteer.actorByName('Walid Muallem')?.id).toBe('walid-mouallem');
    expect(testGazetteer.actorByName('Mr. Walid al-Moallem')?.id).toBe('walid-mouallem');
    expect(testGazetteer.actorByName('Stephane Dubois')).toBeUndefined();
  });

  // Before the fix an empty list compiled to a pattern matching the empty string, and mentions() never returned:
  // this test hung rather than failed.
  it('finds nothing, and returns, where it knows no actor or no place', () => {
    const places = [...testGazetteer.locations.values()];
    const people = [...testGazetteer.actors.values()];
    const text = 'Rain fell on Port Vell, where Peter Okafor said the bridge was shut.';
    expect(new Gazetteer([], places).mentions(text, 'actor')).toEqual([]);
    expect(new Gazetteer(people, []).mentions(text, 'location')).toEqual([]);
    expect(new Gazetteer([], []).mentions(text, 'actor')).toEqual([]);
    // The other list still matches.
    expect(new Gazetteer([], places).mentions(text, 'location').map((m) => m.id)).toEqual(['port-vell']);
    const drafted = extractArticle({
      text: `Rain fell for a week.\n\n${text}`,
      publishedOn: '2030-03-04',
      gazetteer: new Gazetteer([], []),
    });
    expect(drafted.statements.map((s) => s.speaker.status === 'proposed' && s.speaker.proposal.name)).toEqual(['Peter Okafor']);
  });
});

describe("the ledger's calendar of votes (s51)", () => {
  it('reads the curated veto of 5 December, with its vetoing members, from the seed record files', async () => {
    const { SEED_DIR } = await import('../../src/paths.js');
    const known = Gazetteer.load(SEED_DIR).knownVotes;
    expect(known).toContainEqual(expect.objectContaining({ body: 'security_council', date: '2016-12-05', vetoers: ['china', 'russia'] }));
    // A vote still to come is on no calendar: the seed holds the Assembly's vote of 9 December only as one to come.
    expect(known.filter((k) => k.body === 'general_assembly')).toEqual([]);
  });
});
