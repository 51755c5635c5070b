/**
 * The gazetteer finds actors and places by the names, aliases and roles of the YAML files.
 */
import { describe, expect, it } from 'vitest';
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
});
