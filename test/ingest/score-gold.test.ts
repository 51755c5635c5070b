/**
 * How the scorer judges a vote: by body, date and the tally or vetoes the gold gives; a vote the gold gives no count
 * or veto for (one still to be held) is judged by body and date, and is not right when the extraction invents a count.
 * The five seed articles' curated files as gold: every figure the article prints, its corroborations included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Draft } from '../../src/ingest/extract-draft.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { curatedAsGold, draftView } from '../../src/ingest/score-cli.js';
import {
  type ExtractedView,
  type GoldFile,
  namesAnotherPerson,
  sameSpeaker,
  scoreAgainstGold,
  speakerMatch,
} from '../../src/ingest/score-gold.js';
import { SEED_DIR } from '../../src/paths.js';
import { type RecordFile, recordFile } from '../../src/seed/annotation-schema.js';
import { findAll } from '../../src/seed/locate-quote.js';

const text = 'The General Assembly was to meet later Friday to vote on a resolution.';
const gold = (tally: GoldFile['votes'][number]['tally'], vetoed_by: string[] = []): GoldFile => ({
  source: 'x',
  statements: [],
  figures: [],
  events: [],
  votes: [{ body: 'general_assembly', voted_on: '2016-12-09', outcome: 'pending', tally, vetoed_by, cue: 'to vote on a resolution' }],
});
const got = (tally: ExtractedView['votes'][number]['tally'], body = 'general_assembly', votedOn = '2016-12-09'): ExtractedView => ({
  statements: [],
  figures: [],
  events: [],
  votes: [{ body, votedOn, tally, vetoedBy: [] }],
});
const none = { yes: null, no: null, abstain: null };

describe('vote scoring', () => {
  it('finds a vote still to be held by its body and date', () => {
    const score = scoreAgainstGold(text, gold(none), got(none));
    expect(score.votes).toMatchObject({ recalled: 1, precise: 1 });
    expect(scoreAgainstGold(text, gold(null), got(none)).votes.recalled).toBe(1);
  });

  it('does not take a wrong body, a wrong date or an invented count for it', () => {
    expect(scoreAgainstGold(text, gold(none), got(none, 'security_council')).votes.recalled).toBe(0);
    expect(scoreAgainstGold(text, gold(none), got(none, 'general_assembly', '2016-12-08')).votes.recalled).toBe(0);
    expect(scoreAgainstGold(text, gold(none), got({ yes: 12, no: null, abstain: null })).votes.recalled).toBe(0);
  });

  it('compares only the counts the gold states', () => {
    expect(scoreAgainstGold(text, gold({ yes: 122 }), got({ yes: 122, no: 13, abstain: null })).votes.recalled).toBe(1);
    expect(scoreAgainstGold(text, gold({ yes: 122, no: 13 }), got({ yes: 122, no: null, abstain: null })).votes.recalled).toBe(0);
  });
});

describe('the drafted records no expected record matches', () => {
  it('lists each wrong one, with its words and speaker, for a curator to read, and none that is right', () => {
    const article = 'Ines Varga said the toll was too high. The presenter said tonight the roads were quiet. Some 40 trucks waited.';
    const spanOf = (words: string) => ({ start: article.indexOf(words), end: article.indexOf(words) + words.length });
    const at = (words: string) => [spanOf(words)];
    const goldFile: GoldFile = {
      source: 'x',
      statements: [{ speaker: 'Ines Varga', speaker_kind: 'person', kind: 'indirect', said_on: null, quote: 'the toll was too high' }],
      figures: [],
      votes: [],
      events: [],
    };
    const view: ExtractedView = {
      statements: [
        { speakerNames: ['Ines Varga'], kind: 'indirect', saidOn: null, spans: at('the toll was too high') },
        { speakerNames: ['presenter'], kind: 'indirect', saidOn: '2016-12-16', spans: at('the roads were quiet') },
      ],
      figures: [{ raw: spanOf('Some 40 trucks'), value: 40, qualifier: 'approximately' }],
      votes: [{ body: 'security_council', votedOn: '2016-12-05', tally: { yes: 11, no: 3, abstain: 1 }, vetoedBy: [] }],
      events: [{ type: 'meeting', date: null }],
    };
    expect(scoreAgainstGold(article, goldFile, view).wrong).toEqual([
      'statement "the roads were quiet" (presenter, 2016-12-16)',
      'figure "Some 40 trucks" (40, approximately)',
      'vote security_council 2016-12-05 (11-3-1)',
      'event meeting null',
    ]);
  });
});

describe('a speaker named with or without diacritics', () => {
  // A scoring bug found in issue 11 (s7): a gold file that spells a minister with his Turkish letters did not match
  // the same man drafted under the gazetteer's plain spelling, so a right statement counted as wrong.
  it('is one speaker', () => {
    expect(sameSpeaker('Mevlüt Çavuşoğlu', ['Mevlut Cavusoglu'])).toBe(true);
    expect(sameSpeaker('Foreign Minister Mevlut Cavusoglu', ['Mevlüt Çavuşoğlu'])).toBe(true);
  });

  it("takes a body's initials for its name, either way round, as a subset match (s19)", () => {
    // Gold files wrote "ICRC" in one article and the name in full in another where both print the name and then the
    // initials alone; a draft that gives the other form named the same body.
    expect(speakerMatch('International Council of the Lantern Guild', ['ICLG'])).toBe('subset');
    expect(speakerMatch('ICLG', ['International Council of the Lantern Guild'])).toBe('subset');
    expect(speakerMatch('ICLG', ['International Council of Norland'])).toBeNull();
    expect(speakerMatch('Ivo Lenk', ['IL'])).toBeNull();
  });

  it('still tells two people apart', () => {
    expect(sameSpeaker('Mevlüt Çavuşoğlu', ['Binali Yildirim'])).toBe(false);
  });

  it("does not take someone named through another ('X's brother') for that other, unless what follows is an organ", () => {
    expect(sameSpeaker("Lina Haddad's brother", ['Lina Haddad'])).toBe(false);
    expect(sameSpeaker("the governor's spokeswoman", ['Governor Ames'])).toBe(false);
    expect(sameSpeaker("Lina Haddad's brother", ['brother of Lina Haddad'])).toBe(true);
    expect(sameSpeaker("Norland's foreign ministry", ['Foreign Ministry of Norland'])).toBe(true);
    expect(sameSpeaker("Norland's foreign ministry", ['Norland'])).toBe(true);
    expect(sameSpeaker("the assembly's secretariat", ['Assembly of Norland'])).toBe(false);
    expect(sameSpeaker("press officer of Norland's mission (unnamed)", ['press officer (unnamed)'])).toBe(true);
  });
});

describe('a speaker matched exactly or by a subset of words', () => {
  it('is exact when the gold is one of the names word for word, diacritics, case and (unnamed) aside', () => {
    expect(speakerMatch('Ines Varga', ['Varga', 'Ines Varga'])).toBe('exact');
    expect(speakerMatch('Mevlüt Çavuşoğlu', ['Mevlut Cavusoglu'])).toBe('exact');
    expect(speakerMatch('ferry clerk (unnamed)', ['Ferry clerk'])).toBe('exact');
  });

  it('is a subset when only the words of one are all in the other', () => {
    expect(speakerMatch('Ines Varga', ['Varga'])).toBe('subset');
    expect(speakerMatch('Tomas Eriksen', ['Deputy Mayor Tomas Eriksen'])).toBe('subset');
    expect(speakerMatch('dock worker from the north pier (unnamed)', ['dock worker (unnamed)'])).toBe('subset');
  });

  it('is no match for another name', () => {
    expect(speakerMatch('Ines Varga', ['Pia Kovac', 'Kovac'])).toBeNull();
  });

  it('lists a statement found right only by a subset, and counts its record right but not strictly right', () => {
    const article = 'Mayor Tomas Eriksen said the bridge would open. Ines Varga said the toll was too high.';
    const at = (words: string) => [{ start: article.indexOf(words), end: article.indexOf(words) + words.length }];
    const goldFile: GoldFile = {
      source: 'x',
      statements: [
        { speaker: 'Tomas Eriksen', speaker_kind: 'person', kind: 'indirect', said_on: null, quote: 'the bridge would open' },
        { speaker: 'Ines Varga', speaker_kind: 'person', kind: 'indirect', said_on: null, quote: 'the toll was too high' },
      ],
      figures: [],
      votes: [],
      events: [],
    };
    const view: ExtractedView = {
      statements: [
        { speakerNames: ['Eriksen'], kind: 'indirect', saidOn: null, spans: at('the bridge would open') },
        { speakerNames: ['Ines Varga'], kind: 'indirect', saidOn: null, spans: at('the toll was too high') },
      ],
      figures: [],
      votes: [],
      events: [],
    };
    const score = scoreAgainstGold(article, goldFile, view);
    expect(score.statements.precise).toBe(2);
    expect(score.judged.statements.drafted.map((d) => d.strict)).toEqual([false, true]);
    expect(score.loose).toEqual(['statement "the bridge would open" (Tomas Eriksen) given to Eriksen']);
  });
});

describe('a drafted name that may name someone else', () => {
  it("does not take an actor drafted as someone's relative for that someone", () => {
    expect(sameSpeaker('Ines Varga', ["Ines Varga's cousin"])).toBe(false);
    expect(sameSpeaker('Tomas Eriksen', ["Eriksen's brother", 'brother'])).toBe(false);
    expect(sameSpeaker('nurse (unnamed)', ["nurse (unnamed)'s sister"])).toBe(false);
    // Near misses that stay right: the same relative placed more closely, and an organ a state speaks through.
    expect(sameSpeaker("Ines Varga's cousin", ["Ines Varga's cousin in Tarnby"])).toBe(true);
    expect(sameSpeaker('Norland', ["Norland's foreign ministry"])).toBe(true);
  });

  it('finds a drafted name that names another person speaking in the article, by a word the speaker lacks', () => {
    // The actor is the other man, who goes by a name sharing a word.
    expect(namesAnotherPerson('Omar Haddad', ['Abu Omar', 'Omar'], 'Abu Omar')).toBe(true);
    // A mother drafted for the daughter whose words she relays.
    expect(namesAnotherPerson('Eva Solberg', ['Rita Solberg', 'Solberg'], 'Rita Solberg')).toBe(true);
    // A cleric with the speaker's first name.
    expect(namesAnotherPerson('Tarek Saleh', ['Sheikh Tarek', 'Tarek'], 'Sheikh Tarek Mansour')).toBe(true);
  });

  it('keeps a name that shares only the speaker’s own words, or holds all of them, or a person the gold names in two ways', () => {
    expect(namesAnotherPerson('Lina Haddad', ['Haddad'], 'Omar Haddad')).toBe(false);
    expect(namesAnotherPerson('Lina Haddad', ['Dr Lina Haddad'], 'Omar Haddad')).toBe(false);
    expect(
      namesAnotherPerson('second Norland envoy (unnamed)', ['second senior Norland envoy (unnamed)'], 'senior Norland envoy (unnamed)'),
    ).toBe(false);
    expect(namesAnotherPerson('Lina Haddad', ['Haddad'], "Lina Haddad's brother")).toBe(false);
    expect(namesAnotherPerson('Lina Haddad', ['Haddad'], 'Dr Lina Haddad')).toBe(false);
  });

  const article = 'Omar Haddad said the well was dry. His sister Lina Haddad said the school was shut. The ministry said aid was coming.';
  const at = (words: string) => [{ start: article.indexOf(words), end: article.indexOf(words) + words.length }];
  const statement = (speaker: string, speaker_kind: string, quote: string) => ({
    speaker,
    speaker_kind,
    kind: 'indirect',
    said_on: null,
    quote,
  });
  const goldFile: GoldFile = {
    source: 'x',
    statements: [
      statement('Omar Haddad', 'person', 'the well was dry'),
      statement('Lina Haddad', 'person', 'the school was shut'),
      statement('Norland health ministry', 'organization', 'aid was coming'),
    ],
    figures: [],
    votes: [],
    events: [],
  };
  const drafted = (names: string[], quote: string) => ({ speakerNames: names, kind: 'indirect', saidOn: null, spans: at(quote) });
  const view = (omar: string[], lina: string[]): ExtractedView => ({
    statements: [drafted(omar, 'the well was dry'), drafted(lina, 'the school was shut'), drafted(['Norland'], 'aid was coming')],
    figures: [],
    votes: [],
    events: [],
  });

  it('judges wrong the words of two people given to one actor named by the word they share', () => {
    const score = scoreAgainstGold(article, goldFile, view(['Haddad'], ['Haddad']));
    expect(score.judged.statements.drafted.map((d) => d.right)).toEqual([false, false, true]);
    expect(score.misses).toContain('statement "the school was shut" (Lina Haddad) given to Haddad');
  });

  it('keeps right a short name given the words of one of them only, and an organ given to its state', () => {
    const score = scoreAgainstGold(article, goldFile, view(['Omar Haddad'], ['Haddad']));
    expect(score.judged.statements.drafted.map((d) => d.right)).toEqual([true, true, true]);
  });
});

describe('a vote dated to the month only', () => {
  // A scoring bug found in issue 11 (s6): the gold gives a vote's day or null ("In February 2012"), and the drafted
  // first of the month was compared with it as if it were a day.
  it('has no day in the view of the scorer, as in the gold', () => {
    const vote = (precision: 'day' | 'month') => ({
      record: {
        body: 'security_council',
        voted: { date: '2012-02-01', precision, basis: 'stated' },
        tally: { yes: 13, no: 2, abstain: null },
        positions: [],
      },
    });
    const draft = { statements: [], figures: [], events: [], actors: [], votes: [vote('month'), vote('day')] } as unknown as Draft;
    expect(draftView(draft, Gazetteer.load(SEED_DIR)).votes.map((v) => v.votedOn)).toEqual([null, '2012-02-01']);
  });
});

describe('the five seed articles as gold', () => {
  // A scoring bug found in issue 11 (s5): the figures an article corroborates were left out and a curated figure whose
  // raw words are printed twice was dropped, so an extractor that found them was counted wrong.
  it('keeps a figure printed twice, at its first evidence passage, and the figures the article corroborates', () => {
    const id = 'metro-2016-12-01-rights-groups-emergency-session';
    const text = readFileSync(join(SEED_DIR, 'articles', `${id}.txt`), 'utf8');
    const files = readdirSync(join(SEED_DIR, 'annotations')).map((name) =>
      recordFile.parse(parseYaml(readFileSync(join(SEED_DIR, 'annotations', name), 'utf8'))),
    );
    const curated = files.find((f) => f.source === id) as RecordFile;
    // The seed's curated files corroborated no figure but UN body sizes, which are no figures since issue 11, s9: a
    // corroboration of another file's figure is added here, its passage printing the count in other words.
    const file: RecordFile = {
      ...curated,
      corroborations: [
        ...curated.corroborations,
        { record: 'figure/2016-10-20-council-divided-more-than-five-years', evidence: ['the full 193-member General Assembly'] },
      ],
    };
    const figures = curatedAsGold(file, Gazetteer.load(SEED_DIR), files, text).figures;
    const killed = figures.find((f) => f.raw_text.includes('more than 440'));
    expect(killed?.value).toBe(440);
    expect(findAll(text, killed?.raw_text ?? '')).toHaveLength(1);
    // The standfirst, the first passage the curated figure cites, not the body's later printing.
    expect(text.indexOf(killed?.raw_text ?? '')).toBeLessThan(text.lastIndexOf('more than 440'));
    expect(figures.filter((f) => f.raw_text.includes('over 90'))).toHaveLength(1);
    expect(figures.map((f) => [f.raw_text, f.value])).toEqual(expect.arrayContaining([['the full 193-member General Assembly', 5]]));
  });
});

describe('figure scoring', () => {
  it('locates a short raw_text as whole words, where a digit group after "," continues another number', () => {
    const article = 'Rations for 40,000 people arrived. Each hall holds 78, against a norm of 40.';
    const figureGold: GoldFile = {
      source: 'x',
      statements: [],
      votes: [],
      events: [],
      figures: [{ raw_text: '40', value: 40, qualifier: 'exact' }],
    };
    const at = article.lastIndexOf('40');
    const score = scoreAgainstGold(article, figureGold, {
      statements: [],
      votes: [],
      events: [],
      figures: [{ raw: { start: at, end: at + 2 }, value: 40, qualifier: 'exact' }],
    });
    expect(score.figures.recalled).toBe(1);
    expect(score.misses).toEqual([]);
  });
});
