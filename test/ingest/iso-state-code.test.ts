/**
 * The one lookup of a state by its ISO 3166 English name (proper-names.ts isoStateCode), which the speaker resolver,
 * the vote extractor, the statement dater and the labelled-turn reader all call: a name as prose writes it is a state,
 * a dateline's or a label's capitals are not, unless the caller reads a name there (an acronym in a member list).
 */
import { describe, expect, it } from 'vitest';
import { isoStateCode, outletState } from '../../src/ingest/proper-names.js';

describe('isoStateCode', () => {
  it('knows a state by the name prose gives it', () => {
    expect(isoStateCode('Sri Lanka')).toBe('LKA');
    expect(isoStateCode('Republic of Korea')).toBe('KOR');
    expect(isoStateCode('Norland')).toBeUndefined();
  });

  it('reads no state in capitals, as a dateline or a speaker label prints it', () => {
    expect(isoStateCode('KUWAIT')).toBeUndefined();
    expect(isoStateCode('UAE')).toBeUndefined();
  });

  it('reads capitals as a name where the caller asks: an acronym in a list of members', () => {
    expect(isoStateCode('UAE', { capitals: true })).toBe('ARE');
    expect(isoStateCode('KUWAIT', { capitals: true })).toBe('KWT');
    expect(isoStateCode('NORLAND', { capitals: true })).toBeUndefined();
  });
});

describe("the state an outlet's address places it in (s58)", () => {
  it('is named by its short name, never the inverted formal one ("Moldova", not "Moldova, Republic of")', () => {
    expect(outletState('https://www.example.md/news/1', 'The ministry said Moldova was ready to help.')).toBe('Moldova');
    expect(outletState('https://www.example.md/news/1', 'The ministry said it was ready to help.')).toBe('Moldova');
  });
});
