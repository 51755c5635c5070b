/**
 * Votes as reporters and UN meetings coverage write them (issue 11, session 6): votes still to come, votes of the
 * same day as another, votes told again, a count over time, and a recorded vote printed as lists of members. Invented
 * states (test-gazetteer) beside the permanent members' real codes, so the rules are shown to hold beyond the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { statedTally } from '../../src/ingest/vote-extractor.js';
import { actorEntry } from '../../src/seed/annotation-schema.js';
import { compactVotes } from './compact-votes.js';
import { testGazetteer } from './test-gazetteer.js';

const withCouncil = new Gazetteer(
  [
    ...testGazetteer.actors.values(),
    actorEntry.parse({ id: 'ostria', name: 'Ostria', kind: 'state', country_code: 'OST', aliases: ['Ostria'] }),
    ...[
      ['china', 'China', 'CHN'],
      ['angola', 'Angola', 'AGO'],
    ].map(([id, name, code]) => actorEntry.parse({ id, name, kind: 'state', country_code: code, aliases: [name] })),
  ],
  [...testGazetteer.locations.values()],
);

/** The council's gazetteer with a ledger of the votes it already knows, as seed/'s curated votes give them. */
const withLedgerOf = (votes: ConstructorParameters<typeof Gazetteer>[2]) =>
  new Gazetteer([...withCouncil.actors.values()], [...withCouncil.locations.values()], votes);

/** The votes of a short text published on Wednesday 14 December 2016, in compact form. */
const votesOf = (text: string, publishedOn = '2016-12-14') => compactVotes(text, publishedOn, withCouncil);

describe('votes to come, votes of the same day and votes told again (s6)', () => {
  it('dates a vote still to come by the next such weekday, not by the day it was spoken of', () => {
    expect(
      votesOf('The Security Council met on Norland on Tuesday. Ostrian diplomats hope to put a text to a vote on Friday.'),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-16', outcome: 'pending' }]);
    expect(votesOf('The Security Council is expected on Monday to vote on a Norlandic draft.', '2016-12-18')).toMatchObject([
      { date: '2016-12-19', outcome: 'pending' },
    ]);
  });

  it('dates a vote to come later the same day ("expected before lunch", a daybook entry opened by its hour) by the article', () => {
    expect(
      votesOf(
        'The General Assembly meets at 10 a.m. to take up a draft resolution. A recorded vote is expected before lunch.',
        '2016-12-09',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-09', outcome: 'pending' }]);
    expect(
      votesOf(
        '1500 GMT (10 a.m. in New York) - The 15-member Security Council is scheduled to vote on a French-drafted resolution.',
        '2016-12-19',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-19', outcome: 'pending' }]);
    // With no such words, the day stays unknown.
    expect(votesOf('The Security Council is scheduled to vote on a French-drafted resolution.', '2016-12-19')).toMatchObject([
      { date: null, outcome: 'pending' },
    ]);
  });

  it('takes a foretold result with an estimated count for a vote to come, not a tally ("should pass, with well over 100")', () => {
    expect(statedTally('the draft should pass comfortably, with well over 100 states in favour.').yes).toBeNull();
    expect(statedTally('more than 120 countries voted in favour').yes).toBeNull();
    expect(
      votesOf(
        'Western diplomats said the General Assembly draft should pass comfortably, with well over 100 states in favour.',
        '2016-12-09',
      ),
    ).toMatchObject([{ body: 'general_assembly', outcome: 'pending' }]);
  });

  it('does not take a threatened veto for a vote, even when the sentence has a day', () => {
    expect(
      votesOf('Russia had threatened to veto an earlier draft, but diplomats said late on Saturday that a compromise was close.'),
    ).toEqual([]);
  });

  it('gives "hours earlier" the day of the vote told before it', () => {
    const text =
      'The General Assembly on Monday adopted a text on Norland by 120 votes to 14. Hours earlier, the Security Council had unanimously adopted a resolution sending monitors.';
    expect(votesOf(text).map((v) => [v.body, v.date, v.tally])).toEqual([
      ['general_assembly', '2016-12-12', [120, 14, null]],
      ['security_council', '2016-12-12', [15, 0, 0]],
    ]);
  });

  it('counts "two months later" to the month from the day the text gave last', () => {
    const [first, second] = extractArticle({
      text: 'On 8 October Russia vetoed a draft on Norland. Two months later, Russia and China together vetoed another.',
      publishedOn: '2016-12-14',
      gazetteer: withCouncil,
    }).votes;
    expect(first?.voted).toMatchObject({ date: '2016-10-08', precision: 'day' });
    expect(second?.voted).toMatchObject({ date: '2016-12-01', precision: 'month' });
    expect(second?.positions.map((p) => p.member)).toEqual(['russia', 'china']);
  });

  it('does not take a count of vetoes since a date for a vote of that date', () => {
    expect(votesOf('Since March 2011, Russia has vetoed six drafts on Norland.')).toEqual([]);
  });

  it('does not read the member another sided with as the next side', () => {
    expect(
      votesOf('On Monday Russia vetoed the text. The tally was 11-2-2, with Ostria siding with Moscow and Angola abstaining.')[0]
        ?.positions,
    ).toEqual({ russia: 'no', ostria: 'no', angola: 'abstain' });
  });
});

describe('a recorded vote printed as lists (s6)', () => {
  const text = [
    'The General Assembly on Monday adopted a resolution on Norland. A delegate recalled that on 2 December the Assembly had adopted another text by 100 votes to 20, with 40 abstentions.',
    'Speaking after the vote, the delegate of Norland said his country had voted no.',
    'The resolution was adopted by a recorded vote, as follows:',
    'In favour: Sweden, Ostria, Fiji, Antigua and Barbuda.',
    'Against: Norland, Belarus.',
    'Abstaining: Chile, Bosnia and Herzegovina, Angola.',
    'Absent: Nauru.',
  ].join('\n\n');

  it('counts each list member by member and joins the lists and the undated sentences to the vote they follow', () => {
    const votes = votesOf(text);
    expect(votes.map((v) => [v.date, v.tally])).toEqual([
      ['2016-12-12', [4, 2, 3]],
      ['2016-12-02', [100, 20, 40]],
    ]);
    // Known states and the new ones the lists name by their country names (Fiji, Belarus, Bosnia and Herzegovina...).
    expect(votes[0]?.positions).toEqual({
      norland: 'no',
      sweden: 'yes',
      ostria: 'yes',
      angola: 'abstain',
      fiji: 'yes',
      'antigua-and-barbuda': 'yes',
      belarus: 'no',
      chile: 'abstain',
      'bosnia-and-herzegovina': 'abstain',
    });
  });
});

describe('the body from the article around the vote (s6)', () => {
  it('takes the body the headline names when the sentence names none', () => {
    const text =
      'UN Security Council fails again over Port Vell\n\nMembers voted 9-4 on Saturday, with two abstentions, on a Norlandic text.';
    expect(
      extractArticle({ text, publishedOn: '2016-12-14', gazetteer: withCouncil, title: 'UN Security Council fails again over Port Vell' })
        .votes,
    ).toMatchObject([{ body: 'security_council', voted: { date: '2016-12-10' }, tally: { yes: 9, no: 4, abstain: 2 } }]);
  });

  it('takes the only body the article names, even after the vote', () => {
    const text =
      'Members voted 9-4 on Saturday, with two abstentions, on a Norlandic text.\n\nDiplomats said a long night of talks had preceded it.\n\nThe text was the first the Security Council had passed on Port Vell this year.';
    expect(votesOf(text)[0]).toMatchObject({ body: 'security_council', tally: [9, 4, 2] });
  });

  it('gives a count larger than the council to the Assembly, and reads UNGA as the Assembly', () => {
    expect(
      votesOf('The Security Council met on Friday. Members later voted 122-13 to demand a truce, with 36 abstaining.')[0],
    ).toMatchObject({
      body: 'general_assembly',
      tally: [122, 13, 36],
    });
    expect(votesOf('On Friday the UNGA adopted the text without a vote.')[0]).toMatchObject({ body: 'general_assembly' });
  });
});

describe('members the gazetteer does not know (s6)', () => {
  it('gives a member named by its country name a position, as a new state with its ISO code', () => {
    const [vote] = extractArticle({
      text: 'On Monday Russia vetoed the draft, which won 11 votes, with Ostria voting against and Senegal and Uruguay abstaining.',
      publishedOn: '2016-12-14',
      gazetteer: withCouncil,
    }).votes;
    expect(vote?.tally).toEqual({ yes: 11, no: 2, abstain: 2 });
    expect(vote?.positions).toContainEqual({ member: 'senegal', position: 'abstain', veto: false });
    expect(vote?.newMembers).toEqual([
      { id: 'senegal', name: 'Senegal', countryCode: 'SEN' },
      { id: 'uruguay', name: 'Uruguay', countryCode: 'URY' },
    ]);
  });

  it("takes no body from a veto record for the next sentence's vote (s34)", () => {
    const text =
      'The General Assembly passed the text on Wednesday by 97 votes to 18, with 47 abstentions. China, which has cast five Security Council vetoes since 2012, voted against. Ostria complained that the resolution was adopted in haste.';
    expect(votesOf(text, '2016-12-21').map((v) => v.body)).toEqual(['general_assembly']);
  });

  it('reads a member named first after a dateline as opening its clause (s34)', () => {
    const tally = 'The resolution, moved by Norland, was adopted with 117 votes in favour, 11 against and 41 abstentions.';
    for (const lead of [
      'Colombo, Dec 10 (Island Wire) Nepal on Friday abstained on a General Assembly resolution on Port Vell.',
      'UNITED NATIONS — Nepal on Friday abstained on a General Assembly resolution on Port Vell.',
    ]) {
      const [vote] = extractArticle({ text: `${lead}\n\n${tally}`, publishedOn: '2016-12-10', gazetteer: withCouncil }).votes;
      expect(vote?.positions).toContainEqual({ member: 'nepal', position: 'abstain', veto: false });
    }
  });

  it('does not take a capital or a word that is no country for a member', () => {
    const [vote] = extractArticle({
      text: 'On Monday the Security Council rejected the draft. Tehran and Members abstained.',
      publishedOn: '2016-12-14',
      gazetteer: withCouncil,
    }).votes;
    expect(vote?.newMembers).toBeUndefined();
  });
});

describe('members who join a side, and sides written short (s7)', () => {
  it('gives "as did X", "with X joining it" and "X followed suit" the position of the member before', () => {
    for (const text of [
      'On Monday the Security Council took up a Norlandic text. Russia vetoed it, as did China.',
      'On Monday Russia blocked the Security Council text on Port Vell, with China joining it.',
      'On Monday Russia vetoed the Security Council text on Port Vell, and China followed suit.',
    ])
      expect(votesOf(text)[0]?.vetoes).toEqual(['russia', 'china']);
  });

  it('reads "cast vetoes" with no article, and "the two members voting no"', () => {
    expect(votesOf('The Security Council vote on Monday was 11-3-1. Russia and China cast vetoes.')[0]).toMatchObject({
      outcome: 'not_adopted',
      vetoes: ['russia', 'china'],
    });
    expect(
      votesOf('The Security Council vote on Monday was 12 to 2, with one abstention. Russia and Ostria were the two members voting no.')[0],
    ).toMatchObject({ outcome: 'not_adopted', tally: [12, 2, 1], vetoes: ['russia'], positions: { russia: 'no', ostria: 'no' } });
  });

  it('counts a side listed with a bare "against" in the absolute "with ..." form', () => {
    expect(
      votesOf(
        'The Security Council met on Tuesday. Members voted 11 in favour, with Russia and Ostria against and China and Angola abstaining.',
      )[0],
    ).toMatchObject({
      date: '2016-12-13',
      outcome: 'not_adopted',
      tally: [11, 2, 2],
      positions: { russia: 'no', ostria: 'no', china: 'abstain', angola: 'abstain' },
    });
    // "sided with Russia against the draft" lists no side.
    expect(
      votesOf('On Tuesday the Security Council adopted the text 13-1-1, Ostria siding with Russia against the draft.')[0]?.positions,
    ).toEqual({});
  });
});

describe('a vote dated by the sentence before it (s7)', () => {
  it('takes the day of a debate told just before a vote of the body', () => {
    expect(
      votesOf(
        'The General Assembly debated the siege of Port Vell on Friday. The 193-member body then voted 120 to 14, with 40 abstentions, to demand a truce.',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-09', tally: [120, 14, 40] }]);
  });

  it('takes the day of "yesterday\'s vote" for the vote the next sentence tells', () => {
    expect(
      votesOf(
        "Ministers deplored yesterday's vote in the Security Council. Eleven members voted for the Norlandic text, and Russia vetoed it.",
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-13', tally: [11, null, null], vetoes: ['russia'] }]);
  });

  it('counts a briefing transcript\'s "yesterday" from the briefing\'s date line, not from the day it was published', () => {
    const text = [
      'Excerpts of the ministry briefing follow.',
      'December 13, 2016',
      "MS HALE: Good afternoon. We regret yesterday's vote in the Security Council. Twelve members voted for the text and Russia vetoed it.",
      'QUESTION: Will there be another draft?',
      'MS HALE: We are working on one with partners.',
    ].join('\n\n');
    expect(votesOf(text, '2016-12-14')).toMatchObject([{ date: '2016-12-12', tally: [12, null, null], vetoes: ['russia'] }]);
  });
});

describe('a vote told undated, then dated by the text it names (s7)', () => {
  it('joins "That 5 December text won 11 votes" to the undated veto just told, and gives it that day', () => {
    const text =
      'The row began after Russia, joined by China, vetoed a Norlandic text on a truce in Port Vell. That 5 December text won 11 votes. Ostria voted against it with Russia and China, and Angola abstained.';
    expect(votesOf(text)).toMatchObject([
      {
        body: 'security_council',
        date: '2016-12-05',
        outcome: 'not_adopted',
        tally: [11, 3, 1],
        vetoes: ['russia', 'china'],
        positions: { russia: 'no', china: 'no', ostria: 'no', angola: 'abstain' },
      },
    ]);
  });

  it('keeps a vote dated apart when the sentence counts nothing of its own', () => {
    expect(
      votesOf('On Monday Russia vetoed a Norlandic text in the Security Council. The text had been tabled on 1 December.').map(
        (v) => v.date,
      ),
    ).toEqual(['2016-12-12']);
  });
});

describe('a vote still to come, in other words (s7)', () => {
  it('reads "a vote could come as early as Friday" and "diplomats expect a vote on Monday" as pending', () => {
    expect(votesOf('Diplomats said a vote on the Ostrian text in the Security Council could come as early as Friday.')).toMatchObject([
      { body: 'security_council', date: '2016-12-16', outcome: 'pending', tally: [null, null, null] },
    ]);
    expect(votesOf('Diplomats at the Security Council expect a vote on Monday on the Norlandic text.')).toMatchObject([
      { body: 'security_council', date: '2016-12-19', outcome: 'pending' },
    ]);
  });
});

describe('each member named with its position (s7)', () => {
  it("gives those a member voted or sided with that member's position, the joiner no veto of its own", () => {
    const [vote] = votesOf(
      'On Monday Russia vetoed the Security Council text on Port Vell. The tally was 11-2-2: Ostria voted with Russia, while China and Angola abstained.',
    );
    expect(vote?.positions).toEqual({ russia: 'no', ostria: 'no', china: 'abstain', angola: 'abstain' });
    expect(vote?.vetoes).toEqual(['russia']);
  });

  it('reads "joined them", "joining X against", "joined X against" and "vetoes from X and Y"', () => {
    expect(
      votesOf(
        'On Monday the Security Council took up a Norlandic text. Russia and China voted against, and Ostria joined them; Angola abstained.',
      )[0]?.positions,
    ).toEqual({ russia: 'no', china: 'no', ostria: 'no', angola: 'abstain' });
    expect(
      votesOf(
        'On Monday Russia vetoed a Security Council text; it won 11 votes, with China and Angola abstaining and Ostria joining Russia against.',
      )[0]?.positions,
    ).toMatchObject({ ostria: 'no', china: 'abstain', angola: 'abstain' });
    expect(votesOf('The Security Council had failed on 5 December to pass a truce after vetoes from Russia and China.')[0]?.vetoes).toEqual(
      ['russia', 'china'],
    );
  });

  it('puts a list before its own verb on that side, whatever label comes before it, members the gazetteer lacks included', () => {
    expect(
      votesOf(
        'On Saturday the Security Council rejected a Russian text by four votes to nine, with two abstentions: Russia, China, Ruritania and Ostria voted in favour.',
      )[0]?.positions,
    ).toMatchObject({ russia: 'yes', china: 'yes', ostria: 'yes' });
    expect(
      votesOf('A rival Security Council text, put to the vote on Saturday, won the support of only Russia, China, Ruritania and Ostria.')[0]
        ?.positions,
    ).toMatchObject({ russia: 'yes', china: 'yes', ostria: 'yes' });
    expect(
      votesOf(
        'On Friday the General Assembly adopted the text by 120 votes to 14. Russia, Syria, Ruritania and Ostria were among the 14 that voted no. China, Tonga and Fiji abstained.',
      )[0]?.positions,
    ).toMatchObject({ russia: 'no', syria: 'no', ostria: 'no', china: 'abstain', tonga: 'abstain', fiji: 'abstain' });
  });

  it('reads a member described between name and verb, and a day written as a date before the verb', () => {
    expect(
      votesOf('The Security Council voted 13-2 on Saturday, but the measure failed because Russia, a permanent member, voted no.')[0],
    ).toMatchObject({ outcome: 'not_adopted', vetoes: ['russia'] });
    expect(votesOf('Russia and China on Dec. 5 used their vetoes to block a truce in the Security Council.')[0]?.vetoes).toEqual([
      'russia',
      'china',
    ]);
  });
});

describe('tallies and dates in other words (s7)', () => {
  it('reads "11 yes, 3 no and 1 abstention" and "122 yes votes, 13 no votes"', () => {
    expect(votesOf('The Security Council voted on Monday: 11 yes, 3 no and 1 abstention.')[0]?.tally).toEqual([11, 3, 1]);
    expect(
      votesOf('The General Assembly adopted the text on Friday with 122 yes votes, 13 no votes and 36 abstentions.')[0]?.tally,
    ).toEqual([122, 13, 36]);
  });

  it('counts "Eleven Security Council members voted in favour", and completes the veto of the permanent member against', () => {
    expect(
      votesOf('Eleven Security Council members voted in favour of the Norlandic draft on Saturday, but Russia voted against it.')[0],
    ).toMatchObject({ tally: [11, null, null], outcome: 'not_adopted', vetoes: ['russia'] });
  });

  it('gives a vote dated by a year only that year, not the day of the article', () => {
    expect(
      extractArticle({ text: 'Russia vetoed a similar Security Council text in 2014.', publishedOn: '2016-12-14', gazetteer: withCouncil })
        .votes[0]?.voted,
    ).toMatchObject({ date: '2014-01-01', precision: 'year' });
  });

  it('dates a vote by the sentence before it that reports the body voting on a day, and "an hour later" by the vote before', () => {
    expect(
      votesOf(
        'The General Assembly voted overwhelmingly on Friday for a text on Port Vell. The vote was 120 in favour to 14 against, with 40 abstentions.',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-09', tally: [120, 14, 40] }]);
    expect(
      votesOf(
        'On Saturday Russia vetoed a Norlandic text in the Security Council.\n\nLess than an hour later the council voted on a Russian text. It was rejected by four votes to nine, with two abstentions.',
      ).map((v) => v.date),
    ).toEqual(['2016-12-10', '2016-12-10']);
  });
});

describe('counts in words, texts adopted without a vote, and a chronology under date headings (s7)', () => {
  it('reads "one hundred and twenty-two votes to thirteen" as 122 to 13, and "twenty-two" alone as no count', () => {
    expect(
      votesOf(
        'The General Assembly adopted the text on 9 December by one hundred and twenty-two votes to thirteen, with thirty-six abstentions.',
      )[0]?.tally,
    ).toEqual([122, 13, 36]);
    expect(statedTally('Twenty-two members of the Assembly voted.')).toEqual({ yes: null, no: null, abstain: null });
  });

  it('keeps a text adopted without a vote apart from the counted vote told before it', () => {
    const text =
      'The Assembly adopted a text on Norland on 9 December by 120 votes to 14, with 40 abstentions.\n\nLater, the General Assembly adopted without a vote a resolution on the safety of aid workers.';
    expect(votesOf(text).map((v) => [v.date, v.tally])).toEqual([
      ['2016-12-09', [120, 14, 40]],
      ['2016-12-14', [null, null, null]],
    ]);
  });

  it('dates an undated vote by the date heading of its section', () => {
    const text = [
      'Monday, December 12',
      'The council voted 15-0 for a Norlandic text on monitors.',
      'Tuesday, December 13',
      'The General Assembly voted 120 to 14, with 40 abstentions, to set up an inquiry.',
    ].join('\n\n');
    expect(votesOf(text).map((v) => [v.body, v.date])).toEqual([
      ['security_council', '2016-12-12'],
      ['general_assembly', '2016-12-13'],
    ]);
  });
});

describe('vetoes listed by day, vetoes denied, votes that could come and scenes across paragraphs (s8)', () => {
  it('makes one vote of each day a sentence lists, each with the members it names', () => {
    const vetoes = (text: string) => votesOf(text).map((v) => [v.date, v.vetoes]);
    expect(vetoes('Russia vetoed Norlandic drafts in the Security Council on 3 March 2013, 9 June 2014 and 1 April 2015.')).toEqual([
      ['2013-03-03', ['russia']],
      ['2014-06-09', ['russia']],
      ['2015-04-01', ['russia']],
    ]);
    expect(vetoes('China has used its veto in the council together with Russia on Jan. 12, 2012, and on Sept. 30, 2013.')).toEqual([
      ['2012-01-12', ['china', 'russia']],
      ['2013-09-30', ['china', 'russia']],
    ]);
    expect(vetoes('Texts on Norland were vetoed by Russia and China on March 3, 2013 and again on June 9, 2014.')).toEqual([
      ['2013-03-03', ['russia', 'china']],
      ['2014-06-09', ['russia', 'china']],
    ]);
  });

  it('does not take a veto the sentence denies for a council vote', () => {
    const bodies = (text: string) => votesOf(text).map((v) => [v.body, v.date, v.tally]);
    expect(bodies('On 9 December the General Assembly, where no member has a veto, backed the Norlandic text by 120 votes to 14.')).toEqual(
      [['general_assembly', '2016-12-09', [120, 14, null]]],
    );
    expect(bodies('Without a veto to fear, the Assembly adopted the text on 9 December, 118 to 11.')).toEqual([
      ['general_assembly', '2016-12-09', [118, 11, null]],
    ]);
    expect(bodies('The Assembly, which has no veto, passed the resolution on Friday by 101 votes to 19.')).toEqual([
      ['general_assembly', '2016-12-09', [101, 19, null]],
    ]);
  });

  it('does not date a vote to come by the day a speaker told of it somewhere ("told reporters in Oslo on Thursday")', () => {
    // Published Wednesday 14 December: "Thursday" is the 8th, the remark's day; read forward it made a vote on the 15th.
    const outcomes = (text: string) => votesOf(text).map((v) => [v.date, v.outcome]);
    expect(outcomes('Ostria will vote for the Assembly text, Foreign Minister Jan Roe told reporters in Oslo on Thursday.')).toEqual([]);
    expect(outcomes('Norland would vote against the draft, its ambassador told the council at the UN on Thursday.')).toEqual([]);
    expect(outcomes('The envoy said in Geneva on Thursday that Ostria would vote for the Security Council text.')).toEqual([]);
    // Near miss: a place given to the vote itself, not to a remark, still dates the vote to come.
    expect(outcomes('The Security Council will vote in New York on Thursday on the Ostrian draft.')).toEqual([['2016-12-15', 'pending']]);
  });

  it('reads a vote that "could be put to a vote" on a day as pending, and a text "pushed to a vote" as voted on', () => {
    const outcomes = (text: string) => votesOf(text).map((v) => [v.date, v.outcome]);
    expect(
      outcomes('The Norlandic text, which envoys said could be put to a vote as early as Friday, asks for monitors in the council.'),
    ).toEqual([['2016-12-16', 'pending']]);
    expect(outcomes('Diplomats said the Security Council might vote on Friday on the Ostrian draft.')).toEqual([['2016-12-16', 'pending']]);
    expect(
      outcomes('Russia on Monday vetoed a draft in the Security Council, its envoy saying the text had been pushed to a vote too soon.'),
    ).toEqual([['2016-12-12', 'not_adopted']]);
  });

  it('dates a vote opening a paragraph by the meeting of the body it names that ends the one before', () => {
    const dates = (text: string) => votesOf(text).map((v) => [v.body, v.date]);
    expect(
      dates('Envoys spent Monday debating Norland in the General Assembly.\n\nThe Assembly then adopted the text by 120 votes to 14.'),
    ).toEqual([['general_assembly', '2016-12-12']]);
    expect(
      dates(
        'The Security Council met behind closed doors on Tuesday to discuss Norland.\n\nIn the council, Russia vetoed the Ostrian draft, which won 11 votes.',
      ),
    ).toEqual([['security_council', '2016-12-13']]);
    // A meeting to come, another body's, or a vote that names no body: no day from the paragraph before.
    expect(
      dates('The Security Council will meet on Friday to discuss Norland.\n\nThe General Assembly adopted a text by 120 votes to 14.'),
    ).toEqual([['general_assembly', '2016-12-14']]);
    expect(dates('The Security Council met on Tuesday to discuss Norland.\n\nRussia vetoed the Ostrian draft.')).toEqual([
      ['security_council', '2016-12-14'],
    ]);
  });
});

describe('a week with no day, a day named before "when", a rival text in a clause of its own, days counted back (s8)', () => {
  it('keeps a vote set for "next week" with no day yet', () => {
    const dated = (text: string) => votesOf(text).map((v) => [v.date, v.outcome]);
    expect(dated('Envoys said the Ostrian text could be put to a vote in the Security Council early next week.')).toEqual([
      [null, 'pending'],
    ]);
    expect(dated('The Security Council is expected to vote on the Norlandic draft next week.')).toEqual([[null, 'pending']]);
    expect(dated('The General Assembly may vote on the Norlandic resolution this week, diplomats said.')).toEqual([[null, 'pending']]);
  });

  it('dates a vote in a "since <day>, when" clause by that day', () => {
    const dated = (text: string) => votesOf(text).map((v) => [v.date, v.vetoes]);
    expect(dated('The council has been deadlocked since 3 November, when Russia vetoed an Ostrian draft.')).toEqual([
      ['2016-11-03', ['russia']],
    ]);
    expect(
      dated('Nothing has moved in the Security Council since Nov. 3, when an Ostrian text was vetoed by the Russian Federation.'),
    ).toEqual([['2016-11-03', ['russia']]]);
    expect(
      dated('Aid has not reached Norland since 3 November, when the Security Council rejected a truce by 4 votes to 9.').map((v) => v[0]),
    ).toEqual(['2016-11-03']);
  });

  it('reads a rival text that "was also rejected", told in a sentence of its own, as a second vote (s35)', () => {
    const two = (text: string) => votesOf(text).map((v) => [v.date, v.outcome, v.vetoes]);
    expect(two('On 3 November Russia vetoed an Ostrian draft in the council. A rival Norlandic text was also rejected.')).toEqual([
      ['2016-11-03', 'not_adopted', ['russia']],
      ['2016-11-03', 'not_adopted', []],
    ]);
  });

  it('reads a clause that brings in a rival text as a second vote of the same day', () => {
    const two = (text: string) => votesOf(text).map((v) => [v.date, v.outcome, v.tally, v.vetoes]);
    expect(two('On 3 November Russia vetoed an Ostrian draft in the council, and a rival Russian text failed to win nine votes.')).toEqual([
      ['2016-11-03', 'not_adopted', [null, null, null], ['russia']],
      ['2016-11-03', 'not_adopted', [null, null, null], []],
    ]);
    expect(
      two('The Security Council adopted the Ostrian text 15-0 on 3 November, while a competing Norlandic draft was rejected 4-9.'),
    ).toEqual([
      ['2016-11-03', 'adopted', [15, 0, 0], []],
      ['2016-11-03', 'not_adopted', [4, 9, null], []],
    ]);
    expect(
      two('An Ostrian text won 11 votes in the council on 3 November; a second Russian draft was then voted down.').map((v) => v[0]),
    ).toEqual(['2016-11-03', '2016-11-03']);
  });

  it('counts "comes N days after" a vote back from the article\'s day', () => {
    const dated = (text: string) => votesOf(text).map((v) => [v.body, v.date]);
    expect(dated('The appeal comes four days after the General Assembly adopted a text on Norland by 120 votes to 14.')).toEqual([
      ['general_assembly', '2016-12-10'],
    ]);
    expect(dated('The visit comes a week after Russia vetoed a draft in the Security Council.')).toEqual([
      ['security_council', '2016-12-07'],
    ]);
    expect(dated('It is two days after the Assembly voted 118 to 11 on the Norlandic resolution.')).toEqual([
      ['general_assembly', '2016-12-12'],
    ]);
  });

  it('does not take an undated "blocked action" for a vote', () => {
    expect(votesOf('Norland turned to the Assembly after Russia blocked action in the Security Council.')).toEqual([]);
    expect(votesOf('Russia and China have blocked council action on Norland for years.')).toEqual([]);
    expect(votesOf('Russia blocked action in the Security Council on Monday.').map((v) => v.date)).toEqual(['2016-12-12']);
  });
});

describe('members introduced by "including" after their side (s8)', () => {
  it('gives the members a side\'s verb introduces with "including" that side', () => {
    const positions = (text: string) => votesOf(text)[0]?.positions;
    expect(
      positions('On Monday Russia vetoed the text, which the eleven members that supported it, including Ostria and Norland, had drafted.'),
    ).toMatchObject({ russia: 'no', ostria: 'yes', norland: 'yes' });
    expect(
      positions(
        'The Assembly resolution passed on Friday by 120 to 14; the states that voted against it, among them Russia and Syria, called it one-sided.',
      ),
    ).toMatchObject({ russia: 'no', syria: 'no' });
    expect(
      positions('The Security Council text won 11 votes on Monday; four members abstained, including China and Angola.'),
    ).toMatchObject({ china: 'abstain', angola: 'abstain' });
  });
});

describe('vetoing members named again, and a count out of the whole (s8)', () => {
  it('gives a veto told by "the pair", "both countries" or "they" the members of the last veto told', () => {
    const vetoes = (text: string) => votesOf(text).map((v) => [v.date, v.vetoes]);
    const first = 'Russia and China vetoed an Ostrian draft in the council on 3 November.';
    expect(vetoes(`${first} On 12 December the pair vetoed a third text.`)).toEqual([
      ['2016-11-03', ['russia', 'china']],
      ['2016-12-12', ['russia', 'china']],
    ]);
    expect(vetoes(`${first} Both countries again cast their vetoes on 12 December.`)[1]).toEqual(['2016-12-12', ['russia', 'china']]);
    expect(vetoes(`${first} They blocked another draft on Monday.`)[1]).toEqual(['2016-12-12', ['russia', 'china']]);
    // One member before is no pair.
    expect(vetoes('Russia vetoed a draft on 3 November. On 12 December the pair vetoed a third text.')[1]).toEqual(['2016-12-12', []]);
  });

  it('counts the part, not the whole, in "eleven of the 15 members backed it"', () => {
    const tally = (text: string) => votesOf(text)[0]?.tally;
    expect(tally('On Monday eleven of the 15 council members backed the text.')).toEqual([11, null, null]);
    expect(tally('In the Security Council on Monday, 13 of its 15 members voted for the text.')).toEqual([13, null, null]);
    expect(tally('The Security Council draft failed on Monday: four of the 15 members voted against it.')).toEqual([null, 4, null]);
  });
});

describe('an outcome denied, a yes count alone, a count out of the members (s9)', () => {
  it('reads "has not been adopted" as a text not adopted', () => {
    const outcome = (text: string) => votesOf(text)[0]?.outcome;
    expect(outcome('On Monday the Security Council draft on Port Vell won 11 votes. The draft resolution has not been adopted.')).toBe(
      'not_adopted',
    );
    expect(outcome('The Norlandic text had not been approved when the Assembly voted 60 to 70 on Monday.')).toBe('not_adopted');
    expect(outcome('The Ostrian draft has not been passed: on Monday it won only 8 votes in the Security Council.')).toBe('not_adopted');
  });

  it('counts the yes votes of "N states voted <when> for" a text', () => {
    const got = (text: string) => votesOf(text).map((v) => [v.body, v.date, v.outcome, v.tally]);
    expect(got('In the General Assembly, 118 states voted on Friday for a truce in Port Vell.')).toEqual([
      ['general_assembly', '2016-12-09', 'adopted', [118, null, null]],
    ]);
    expect(got('130 member states voted in the Assembly on 2 December in favour of the Ostrian text.')).toEqual([
      ['general_assembly', '2016-12-02', 'adopted', [130, null, null]],
    ]);
    expect(got('Nine council members voted on Monday for the Ostrian draft in the Security Council.')).toEqual([
      ['security_council', '2016-12-12', 'unknown', [9, null, null]],
    ]);
  });

  it('counts the part in "nine of the council members voted for it" when no whole is given', () => {
    const tally = (text: string) => votesOf(text)[0]?.tally;
    expect(tally('In the Security Council on Monday, nine of the council members voted for the Ostrian text.')).toEqual([9, null, null]);
    expect(tally("Only four of the Council's members supported the Russian draft in the Security Council on Monday.")).toEqual([
      4,
      null,
      null,
    ]);
    expect(tally('Eleven of the members backed the text in the Security Council on Monday.')).toEqual([11, null, null]);
  });
});

describe('a vote in a meeting record: taken, its lists on lines of their own, its result (s9)', () => {
  // Published two days after the meeting its header dates.
  const record = (...body: string[]) =>
    [
      'Security Council, 9999th meeting',
      'Monday, 12 December 2016, 10 a.m.',
      'The President: I shall now put the draft resolution before the Council to the vote.',
      ...body,
    ].join('\n\n');
  const eleven = 'Ostria, Sweden, Fiji, Chile, Senegal, Uruguay, Japan, Egypt, Ukraine, Malaysia, Norland';

  it("takes the tally from the lists under their labels and the outcome from the President's result", () => {
    const shown = record(
      'A vote was taken by show of hands.',
      `In favour:\n${eleven}`,
      'Against:\nRussian Federation, Venezuela (Bolivarian Republic of)',
      'Abstaining:\nChina, Angola',
      'The President: The draft resolution received 11 votes in favour, 2 against and 2 abstentions. The draft resolution has not been adopted, owing to the negative vote of a permanent member of the Council.',
    );
    expect(votesOf(shown)).toMatchObject([
      {
        body: 'security_council',
        date: '2016-12-12',
        outcome: 'not_adopted',
        tally: [11, 2, 2],
        vetoes: ['russia'],
        positions: { ostria: 'yes', sweden: 'yes', russia: 'no', china: 'abstain', angola: 'abstain' },
      },
    ]);
  });

  it('counts the lists when no sentence states the count', () => {
    const recorded = record(
      'A recorded vote was taken.',
      `In favour:\n${eleven}, Angola`,
      'Against:\nRussian Federation, China, Venezuela (Bolivarian Republic of)',
      'The President: The draft resolution has not been adopted, owing to the negative votes of permanent members of the Council.',
    );
    expect(votesOf(recorded)).toMatchObject([
      { body: 'security_council', date: '2016-12-12', outcome: 'not_adopted', tally: [12, 3, null], vetoes: ['russia', 'china'] },
    ]);
    const adopted = record(
      'The draft resolution was put to the vote by show of hands.',
      `In favour:\n${eleven}, Angola, Russian Federation, China, Venezuela (Bolivarian Republic of)`,
      'The President: The draft resolution has been adopted unanimously as resolution 9999 (2016).',
    );
    expect(votesOf(adopted)).toMatchObject([{ body: 'security_council', date: '2016-12-12', outcome: 'adopted', tally: [15, 0, 0] }]);
  });

  it("gives the explanations of vote after it to the meeting's vote, not to a vote recalled before it", () => {
    const text = record(
      'Mr. Hale (Ostria): We were here before, on 3 October, when a text on Port Vell was vetoed.',
      'A vote was taken by show of hands.',
      `In favour:\n${eleven}`,
      'Against:\nRussian Federation, China',
      'Abstaining:\nAngola, Venezuela (Bolivarian Republic of)',
      'The President: The draft resolution received 11 votes in favour, 2 against and 2 abstentions. The draft resolution has not been adopted.',
      'Mr. Liu (China): China voted against the draft because consultations were still under way.',
    );
    expect(votesOf(text).map((v) => [v.date, v.tally, v.vetoes.sort()])).toEqual([
      ['2016-10-03', [null, null, null], []],
      ['2016-12-12', [11, 2, 2], ['china', 'russia']],
    ]);
  });
});

describe('a day set beside the vote, vetoes counted, a record dated by its header line (s9)', () => {
  it('counts "<day>, the day after the council voted" back from the day named', () => {
    const dated = (text: string) => votesOf(text).map((v) => [v.body, v.date]);
    expect(dated('Ministers met in Paris on Tuesday, the day after the Security Council voted 15-0 to send monitors.')).toEqual([
      ['security_council', '2016-12-12'],
    ]);
    expect(dated('The appeal came on Thursday, two days after Russia vetoed the Ostrian draft in the Security Council.')).toEqual([
      ['security_council', '2016-12-06'],
    ]);
    expect(dated('On 9 December, a day before the General Assembly adopted the Norlandic text by 120 votes to 14, envoys met.')).toEqual([
      ['general_assembly', '2016-12-10'],
    ]);
  });

  it('does not take vetoes counted over time for one vote', () => {
    expect(votesOf('It took five Russian vetoes before the Security Council could agree on Port Vell.')).toEqual([]);
    expect(votesOf('After several vetoes the council turned to the General Assembly.')).toEqual([]);
    expect(votesOf('Norland has seen 12 vetoes in the Security Council since the war began.')).toEqual([]);
  });

  it('dates "yesterday" in a parliamentary record by the sitting its header line prints', () => {
    const sitting = (header: string) =>
      votesOf(
        [
          'Questions on Port Vell',
          header,
          'Lord Ashdown (LD): My Lords, yesterday the Security Council adopted a text on Port Vell unanimously.',
          'Baroness Hale (Con): My Lords, the noble Lord is right.',
        ].join('\n\n'),
        '2016-12-15',
      ).map((v) => [v.date, v.tally]);
    expect(sitting('House of Lords, Tuesday 13 December 2016')).toEqual([['2016-12-12', [15, 0, 0]]]);
    expect(sitting('Tuesday, 13 December 2016, 2.30 p.m.')).toEqual([['2016-12-12', [15, 0, 0]]]);
    expect(sitting('Grand Committee, 13 December 2016')).toEqual([['2016-12-12', [15, 0, 0]]]);
  });
});

describe('the council known by its count when no body is named (s9)', () => {
  it('gives a full count of fifteen, or the nine votes a text needed, to the Security Council', () => {
    const got = (text: string) => votesOf(text).map((v) => [v.body, v.date, v.tally]);
    expect(got('Diplomats at the UN said the Ostrian draft failed on Monday by 4 votes to 9, with 2 abstentions.')).toEqual([
      ['security_council', '2016-12-12', [4, 9, 2]],
    ]);
    expect(got('The text on Port Vell was adopted 13-0-2 on Monday, U.N. diplomats said.')).toEqual([
      ['security_council', '2016-12-12', [13, 0, 2]],
    ]);
    expect(got('On Monday the Norlandic draft won only seven votes, short of the nine votes it needed.')).toEqual([
      ['security_council', '2016-12-12', [7, null, null]],
    ]);
  });

  it('leaves a count of fifteen in another body, or in no story of the UN, alone', () => {
    expect(votesOf('The city council voted 9-4 on Monday, with 2 abstentions, to close the market.')).toEqual([]);
    expect(votesOf('Port Vell councillors rejected the budget on Monday by 4 votes to 9, with 2 abstentions.')).toEqual([]);
    expect(votesOf('In the regional parliament, the draft needed the required nine votes and got seven on Monday.')).toEqual([]);
  });
});

describe('a vote still to come on the calendar (s9)', () => {
  it('makes a pending vote with a day an event of that day whose title says it is expected, not held', () => {
    const events = (text: string) =>
      extractArticle({ text, publishedOn: '2016-12-14', gazetteer: withCouncil })
        .events.filter((e) => e.type === 'un_vote')
        // The title's kind, before the actor (": Norland") or the chamber (" in the Security Council").
        .map((e) => [e.title.replace(/(?::| in the ).*$/u, ''), e.when.date]);
    expect(events('A vote on the Ostrian draft in the Security Council could take place as early as Friday, envoys said.')).toEqual([
      ['UN vote expected', '2016-12-16'],
    ]);
    expect(events('The General Assembly is due to vote on the Norlandic text on Monday.')).toEqual([['UN vote expected', '2016-12-19']]);
    expect(events('The General Assembly voted 120 to 14 on Monday for the Norlandic text.')).toEqual([['UN vote', '2016-12-12']]);
  });
});

describe('one vote of a record over time, a whole side named after "only" (s9)', () => {
  it('keeps the vote a count of vetoes names by its day ("the last of them on 5 December")', () => {
    const got = (text: string) => votesOf(text).map((v) => [v.body, v.date, v.vetoes]);
    expect(got('Russia has now vetoed six drafts on Norland in the Security Council, the last of them on 5 December.')).toEqual([
      ['security_council', '2016-12-05', ['russia']],
    ]);
    expect(got('China has cast four vetoes in the Security Council since 2011, most recently on 5 December.')).toEqual([
      ['security_council', '2016-12-05', ['china']],
    ]);
    expect(got('Moscow has blocked five council texts on Norland, the latest one on Monday.')).toEqual([
      ['security_council', '2016-12-12', ['russia']],
    ]);
  });

  it('counts the members named after "only" as their whole side', () => {
    const tally = (text: string) => votesOf(text)[0]?.tally;
    expect(tally('Only Russia, China and Ostria voted against the Norlandic draft in the Security Council on Monday.')).toEqual([
      null,
      3,
      null,
    ]);
    expect(tally('In the Security Council on Monday only Ostria and Angola abstained.')).toEqual([null, null, 2]);
    expect(tally('The council text won 11 votes on Monday, and only Russia and Ostria stood against it.')).toEqual([11, 2, null]);
  });
});

describe("another body's vote is no UN vote (s9)", () => {
  const veto = 'Russia vetoed a Security Council draft on Norland on 8 October.';
  it("does not read the votes of a council or assembly named by a name of its own as the UN's", () => {
    const bodies = (text: string) => votesOf(text).map((v) => [v.body, v.date]);
    expect(bodies(`${veto} On Friday the Human Rights Council adopted a text on Norland by 24 votes to 7, with 16 abstentions.`)).toEqual([
      ['security_council', '2016-10-08'],
    ]);
    expect(bodies('The assembly of the Arab League voted 18-2 on Monday to condemn the siege of Port Vell.')).toEqual([]);
    expect(bodies(`${veto} The European Parliament on Thursday adopted a resolution on Port Vell by 500 votes to 80.`)).toEqual([
      ['security_council', '2016-10-08'],
    ]);
  });

  it('keeps a UN vote on a text that only names another body ("an Arab League plan")', () => {
    expect(
      votesOf(`${veto} A second text endorsing an Arab League plan for Port Vell won only four votes the same day.`).map((v) => [
        v.body,
        v.date,
        v.tally,
      ]),
    ).toEqual([
      ['security_council', '2016-10-08', [null, null, null]],
      ['security_council', '2016-10-08', [4, null, null]],
    ]);
  });

  it('reads "the Council" as the council named in full last', () => {
    const bodies = (text: string) => votesOf(text).map((v) => [v.body, v.date, v.outcome]);
    const hrc = 'The Human Rights Council opened a special session on Norland in Geneva on Friday.';
    expect(bodies(`${veto} ${hrc} The Council will vote on a resolution on Monday.`)).toEqual([
      ['security_council', '2016-10-08', 'not_adopted'],
    ]);
    expect(bodies(`${veto} ${hrc} The Council then adopted a resolution by 24 votes to 7, with 16 abstentions.`)).toEqual([
      ['security_council', '2016-10-08', 'not_adopted'],
    ]);
    // The Security Council named in full last: its short name is its own again.
    expect(
      bodies(`${hrc} Envoys in New York said the Security Council would meet too. The Council will vote on a text on Monday.`),
    ).toEqual([['security_council', '2016-12-19', 'pending']]);
  });
});

describe("members' positions told in more ways (s9)", () => {
  const council = 'On Monday the Security Council text won 11 votes.';
  const positions = (text: string) => votesOf(`${council} ${text}`)[0]?.positions;

  it('gives no position to a member a preposition governs inside an aside', () => {
    expect(positions('Ostria, a close ally of Moscow, also voted no.')).toEqual({ ostria: 'no' });
    expect(positions('Angola, a long-time friend of China, abstained.')).toEqual({ angola: 'abstain' });
    expect(positions('Ostria, the only partner of Russia in the region, voted against it.')).toEqual({ ostria: 'no' });
  });

  it('reads "chose to abstain", "was the only abstention" and "supported the draft"', () => {
    expect(positions('Angola chose to abstain.')).toEqual({ angola: 'abstain' });
    expect(positions('Angola was the only abstention.')).toEqual({ angola: 'abstain' });
    expect(positions('Uruguay supported the draft, and Senegal backed the French text.')).toEqual({ uruguay: 'yes', senegal: 'yes' });
  });
});

describe('two texts in one sentence, counts with the word "votes" left out, and days counted in the story (s10)', () => {
  it('reads a clause joined on with another text as a second vote of the same day', () => {
    expect(
      votesOf('On 3 December Russia vetoed the Ostrian draft, and a Russian text got five votes.').map((v) => [
        v.date,
        v.tally[0],
        v.vetoes,
      ]),
    ).toEqual([
      ['2016-12-03', null, ['russia']],
      ['2016-12-03', 5, []],
    ]);
    expect(
      votesOf(
        'On Monday the Security Council voted on two texts. The Ostrian draft won 12 votes, while the Russian draft drew only three.',
      ).map((v) => [v.date, v.tally[0]]),
    ).toEqual([
      ['2016-12-12', 12],
      ['2016-12-12', 3],
    ]);
    expect(
      votesOf(
        'On 9 December the Security Council rejected the Norlandic proposal by 4 votes to 9, but the Ostrian resolution was adopted unanimously.',
      ).map((v) => [v.outcome, v.tally[0]]),
    ).toEqual([
      ['not_adopted', 4],
      ['adopted', 15],
    ]);
  });

  it('keeps one vote where the clause joined on names the same text, or a text in apposition', () => {
    expect(votesOf('On 3 December Russia vetoed the Ostrian draft, and the Ostrian draft has not been put again.')).toHaveLength(1);
    expect(votesOf('On 3 December Russia vetoed a call for a truce, a draft that ten members had voted for.')).toMatchObject([
      { date: '2016-12-03', vetoes: ['russia'] },
    ]);
    expect(votesOf('On 3 December Russia and China vetoed the text, and the text is dead.')).toHaveLength(1);
  });

  it('ends the members named after "including" at the words of voting, so the next count is its own side', () => {
    expect(
      statedTally('a Russian draft won only four votes, with nine members including Japan voting against and two abstaining.'),
    ).toEqual({
      yes: 4,
      no: 9,
      abstain: 2,
    });
    expect(statedTally('eleven members including France and Britain voted for the text').yes).toBe(11);
  });

  it('counts "Only A, B and C joined D in supporting it" as four, and a side named whole where the council\'s fifteen add up', () => {
    expect(
      statedTally(
        'Only China, Egypt and Venezuela joined Russia in supporting it; nine members voted against, and Angola and Uruguay abstained.',
      ),
    ).toEqual({ yes: 4, no: 9, abstain: 2 });
    // Named members where the counts do not make fifteen may be part of their side only.
    expect(statedTally('The draft won 11 votes; Russia and China voted against.')).toEqual({ yes: 11, no: null, abstain: null });
  });

  it('reads "collected just four votes" as votes in favour and "voted it down" as votes against', () => {
    expect(statedTally('the Russian counter-draft collected just four votes').yes).toBe(4);
    expect(statedTally('Nine members voted it down.').no).toBe(9);
    expect(statedTally('Nine members voted the French draft down.').no).toBe(9);
  });

  it('reads no tally in a range of paragraphs or pages ("paragraphs 12-13" in a wire\'s write-through note)', () => {
    expect(statedTally('(Writes through with vote, comments from envoys; adds Lavrov remarks on Geneva talks, paragraphs 12-13)')).toEqual({
      yes: null,
      no: null,
      abstain: null,
    });
    expect(statedTally('The council voted 12-3 for the text.')).toMatchObject({ yes: 12, no: 3 });
  });

  it('counts a text that "won", "got" or "drew" a number as its votes in favour', () => {
    expect(statedTally('the Russian draft won only four').yes).toBe(4);
    expect(statedTally('the rival text got seven, short of the nine it needed').yes).toBe(7);
    expect(statedTally('the resolution drew 13 in favour').yes).toBe(13);
    expect(statedTally('the team won three').yes).toBeNull();
  });

  it('counts "it was N days since" back from the day the story had reached, not from the article\'s day', () => {
    expect(
      votesOf('On Tuesday the Security Council met again. It was eight days since Russia had vetoed a draft on a truce.', '2016-12-17'),
    ).toMatchObject([{ date: '2016-12-05', vetoes: ['russia'] }]);
    expect(
      votesOf('The council met on 20 December. That was two weeks since China and Russia had vetoed the Ostrian text.', '2016-12-28'),
    ).toMatchObject([{ date: '2016-12-06' }]);
    expect(
      votesOf(
        'Talks opened in Geneva on 12 October. By then it had been four days since Russia vetoed a French draft in the Security Council.',
        '2016-10-20',
      ),
    ).toMatchObject([{ date: '2016-10-08' }]);
  });
});

describe("a vote's subject past an abbreviation's full stop (s10)", () => {
  const subjectOf = (text: string) => extractArticle({ text, publishedOn: '2016-12-20', gazetteer: withCouncil }).votes[0]?.subject;
  it('keeps the words after "Dec.", "U.N." or "Mr." and the month that ends the sentence', () => {
    expect(subjectOf('Russia vetoed a draft demanding a truce from Dec. 6 in eastern Norland.')).toBe(
      'A draft demanding a truce from Dec. 6 in eastern Norland',
    );
    expect(subjectOf('The Security Council adopted a resolution to send U.N. monitors to the city.')).toBe(
      'A resolution to send U.N. monitors to the city',
    );
    expect(subjectOf('Russia vetoed a draft calling for a truce to start on Dec.')).toBe('A draft calling for a truce to start on Dec.');
  });
});

describe('a vote told in a when-clause, a second text joined by "and", and counts inside quotations (s10)', () => {
  it('reads "since <day>, when <vote>" as the vote of that day', () => {
    expect(
      votesOf(
        "On Monday Russia vetoed a draft on Norland. It was the council's first vote since 4 November, when China vetoed an Ostrian text.",
      ).map((v) => [v.date, v.vetoes]),
    ).toEqual([
      ['2016-12-12', ['russia']],
      ['2016-11-04', ['china']],
    ]);
    expect(
      votesOf('The Security Council has not met on Norland since Oct. 20, when Russia vetoed a call for a truce.').map((v) => [
        v.date,
        v.vetoes,
      ]),
    ).toEqual([['2016-10-20', ['russia']]]);
    expect(
      votesOf(
        'Diplomats have had no vote to count since 2 December, when an Ostrian resolution was adopted by the Security Council unanimously.',
      ).map((v) => [v.date, v.outcome]),
    ).toEqual([['2016-12-02', 'adopted']]);
  });

  it('cuts at "and" without a comma when a rival or indefinite text follows and each side tells of a vote', () => {
    expect(
      votesOf('On 8 October Russia vetoed a French text and a rival Russian draft failed to win nine votes.').map((v) => [
        v.date,
        v.vetoes,
      ]),
    ).toEqual([
      ['2016-10-08', ['russia']],
      ['2016-10-08', []],
    ]);
    expect(votesOf('On 8 October China vetoed the Ostrian draft and an Angolan text won six votes.')).toHaveLength(2);
    // Two texts one veto struck: no vote word after "and", one vote.
    expect(votesOf('On 8 October Russia vetoed a French draft and a British one.')).toHaveLength(1);
  });

  it("takes no count from a speaker's quoted words", () => {
    expect(
      votesOf(
        'On Monday Russia vetoed a draft on Norland. "A shameful one for this council," the Ostrian ambassador told the Security Council after the vote.',
      ),
    ).toHaveLength(1);
    expect(
      votesOf(
        'On Monday Russia vetoed a draft on Norland. "Only three for peace, twelve for war," an envoy told the Security Council after the vote.',
      ),
    ).toHaveLength(1);
    expect(
      votesOf('On Monday the Security Council adopted a text on Norland 15-0. "We hoped for one more," a diplomat said of the vote.'),
    ).toMatchObject([{ tally: [15, 0, 0] }]);
  });
});

describe('a veto told in the passive with words between the verb and its agent (s10)', () => {
  it('gives the veto to the members after "by"', () => {
    expect(votesOf('On Monday an Ostrian text was blocked in its turn by Russia and China.')).toMatchObject([
      { date: '2016-12-12', vetoes: ['russia', 'china'] },
    ]);
    expect(votesOf('On 5 December a truce draft in the Security Council was vetoed once again by Russia.')).toMatchObject([
      { date: '2016-12-05', vetoes: ['russia'] },
    ]);
    expect(votesOf('A call for a truce was blocked, as diplomats had feared, by China on Tuesday.')).toMatchObject([
      { date: '2016-12-13', vetoes: ['china'] },
    ]);
  });
});

describe('a vote taken and a vote to come in two clauses of one sentence (s10)', () => {
  it('judges a vote still to come in the clause of its own words', () => {
    expect(
      votesOf('On Monday Russia and China voted against a similar text in the Security Council, and we will vote against this one.').map(
        (v) => [v.date, v.outcome === 'pending'],
      ),
    ).toEqual([['2016-12-12', false]]);
    expect(
      votesOf('On 5 December China vetoed the Ostrian text, but Ostria will put it to a vote again.').map((v) => [
        v.body,
        v.date,
        v.outcome,
      ]),
    ).toEqual([['security_council', '2016-12-05', 'not_adopted']]);
    expect(votesOf('The Security Council is expected to vote on Friday, and diplomats say Russia will veto the text.')).toMatchObject([
      { date: '2016-12-16', outcome: 'pending' },
    ]);
  });
});

describe('a vote undated where it is first told is the dated vote it fits (s11)', () => {
  const votes = (text: string) => compactVotes(text, '2016-12-14', withCouncil).map((v) => [v.body, v.date, v.tally]);
  it.each([
    [
      'Norland explains its vote a day after resolution passes 122-13.\n\nAid workers in Port Vell said the roads were shut.\n\nThe old town has had no water for a week.\n\nThe General Assembly adopted a text on Monday by 122 votes to 13, with 36 abstentions.',
      [['general_assembly', '2016-12-12', [122, 13, 36]]],
    ],
    [
      'The minister said the unanimous vote in the Security Council was the least the world owed Port Vell.\n\nAid workers in Port Vell said the roads were shut.\n\nThe old town has had no water for a week.\n\nA resolution was adopted by the Security Council on Monday by 15 votes to none.',
      [['security_council', '2016-12-12', [15, 0, 0]]],
    ],
    [
      'The foreign minister said Ostria deeply regrets the veto by Russia and China in the Security Council.\n\nAid workers in Port Vell said the roads were shut.\n\nThe old town has had no water for a week.\n\nA draft received 11 votes in favour on Monday, with Russia, China and Ostria voting against and Angola abstaining.',
      [['security_council', '2016-12-12', [11, 3, 1]]],
    ],
  ])('%s', (text, expected) => {
    expect(votes(text)).toEqual(expected);
  });

  it('keeps an undated count apart when it contradicts the dated vote, or when two dated votes fit', () => {
    expect(
      votes('The General Assembly passed a text 120-14.\n\nThe General Assembly adopted another text on Monday by 122 votes to 13.'),
    ).toHaveLength(2);
    expect(
      votes(
        'Russia vetoed a Security Council draft, the diplomat recalled.\n\nRussia vetoed a Security Council draft on Monday. Russia vetoed another Security Council text on 8 October.',
      ),
    ).toHaveLength(3);
  });
});

describe('a tally by its yes count alone, a unanimous adoption named as a noun, and vetoes counted over years (s12)', () => {
  it.each([
    ['The General Assembly adopted the text on Monday with the support of 122 member states.', 122],
    ['On Monday the Assembly backed the resolution, winning the support of 97 countries.', 97],
    ['The General Assembly passed the measure on Monday, backed by 120 delegations.', 120],
  ])('reads the count of its supporters as the yes count: %s', (text, yes) => {
    expect(votesOf(text)).toMatchObject([{ body: 'general_assembly', date: '2016-12-12', outcome: 'adopted', tally: [yes, null, null] }]);
  });

  it.each([
    'The unanimous adoption on Monday of resolution 2401 by the Security Council was welcomed in Ostria.',
    'Ostria welcomed the unanimous adoption by the Security Council on Monday of a text on Norland.',
    'Aid groups hailed the adoption on Monday of a unanimous Security Council text on monitors.',
  ])('reads an adoption named as a noun, with a day or "unanimous", as the vote: %s', (text) => {
    expect(votesOf(text)).toMatchObject([{ body: 'security_council', date: '2016-12-12', outcome: 'adopted', tally: [15, 0, 0] }]);
  });

  it.each([
    'Aid groups hailed the adoption on Friday of a new aid plan for Norland by the Security Council.',
    'The Security Council noted the adoption on Monday of a budget for its Norland mission.',
    "The Ostrian cabinet's adoption on Friday of a new aid plan for Norland was unanimous, a week after the Security Council met.",
    'Ministers praised the adoption on Monday of a Norland aid plan, unanimous after the Security Council debate.',
  ])('takes no vote from a dated adoption of what is no text put to a vote: %s', (text) => {
    expect(votesOf(text)).toEqual([]);
  });

  it.each([
    'The adoption on Monday of resolution 2401 was unanimous, after the Security Council debate.',
    'Ministers praised the adoption on Monday of a Norland draft, unanimous after the Security Council debate.',
    "Ostria hailed the adoption on Monday of the Council's text on monitors, unanimous after a Security Council debate.",
  ])('still reads a dated adoption of a text as the vote: %s', (text) => {
    expect(votesOf(text)).toMatchObject([{ body: 'security_council', date: '2016-12-12', outcome: 'adopted' }]);
  });

  it('takes no vote from an adoption pressed for', () => {
    expect(votesOf('Ostria pressed on Monday for the adoption of a Security Council text on Norland.')).toEqual([]);
  });

  it.each([
    'In the debate on Friday, Ostria\'s envoy countered that the Security Council was "stuck, and stuck by choice," after six Russian vetoes on Norland since 2011.',
    'On Friday the envoy told the Security Council that four vetoes in five years had left it powerless.',
  ])("takes no vote from vetoes counted over a span, whatever the remark's day: %s", (text) => {
    expect(votesOf(text)).toEqual([]);
  });

  it('still takes the two vetoes of one vote', () => {
    expect(votesOf('Russia and China cast their two vetoes on Monday in the Security Council.')).toMatchObject([
      { body: 'security_council', date: '2016-12-12', outcome: 'not_adopted' },
    ]);
  });
});

describe("a member's vetoes counted over time, and a member's own vote (s14)", () => {
  it.each([
    'The Security Council voted unanimously on Monday for a text on Norland, a rare moment of accord after five Russian vetoes.',
    'The Security Council adopted the monitors text 15-0 on Monday. Russia, which had blocked seven earlier texts on Norland, backed the compromise.',
    'Having blocked four drafts since 2011, Russia voted on Monday for the Security Council text, which passed 15-0.',
  ])('reads a veto record inside the sentence as no veto of its vote: %s', (text) => {
    expect(votesOf(text)).toMatchObject([
      { body: 'security_council', date: '2016-12-12', outcome: 'adopted', tally: [15, 0, 0], vetoes: [] },
    ]);
  });

  it('still reads a veto of the day told with an ordinal, and a record that names its last vote by day', () => {
    expect(votesOf('On Monday Russia cast its sixth veto on Norland in the Security Council.')).toMatchObject([
      { date: '2016-12-12', outcome: 'not_adopted', vetoes: ['russia'] },
    ]);
    expect(votesOf('Russia has vetoed six Security Council drafts on Norland, the last of them on 5 December.')).toMatchObject([
      { date: '2016-12-05', vetoes: ['russia'] },
    ]);
  });

  it.each([
    [
      'Peru, a non-permanent member of the Security Council, had voted in favour of the text on Monday, its envoy said.',
      'security_council',
      '2016-12-12',
      'peru',
      'yes',
    ],
    [
      'Senegal yesterday joined most of the General Assembly in backing a resolution on Norland.',
      'general_assembly',
      '2016-12-13',
      'senegal',
      'yes',
    ],
    [
      'Uruguay joined the rest of the Security Council on Dec. 12 in voting for a text on Norland.',
      'security_council',
      '2016-12-12',
      'uruguay',
      'yes',
    ],
    ['The minister said Peru had voted against the General Assembly text on Monday.', 'general_assembly', '2016-12-12', 'peru', 'no'],
  ])("reads a member's own vote as the vote of its day: %s", (text, body, date, member, position) => {
    expect(votesOf(text)).toMatchObject([{ body, date, positions: { [member]: position } }]);
  });

  it.each([
    'Senegal, which chairs the committee, backed the idea of a Security Council truce on Monday.',
    'Peru joined the Security Council on Monday as an elected member.',
  ])('takes no vote from a member that did not vote: %s', (text) => {
    expect(votesOf(text)).toEqual([]);
  });
});

describe('a member that joins others takes its side from its own verb, not from the words describing those joined (s15)', () => {
  it.each([
    ['Senegal joined the states opposed to the blockade in backing a General Assembly resolution on Monday.', 'senegal', 'yes'],
    ['Uruguay joined the members that had abstained in October in voting for the Security Council text on Monday.', 'uruguay', 'yes'],
    ['Chile joined the countries against the war in supporting the General Assembly text on Monday.', 'chile', 'yes'],
    ['Peru joined the members that had backed the first draft in opposing the Security Council text on Monday.', 'peru', 'no'],
  ])('%s', (text, member, position) => {
    expect(votesOf(text)).toMatchObject([{ positions: { [member]: position } }]);
  });

  it('still reads the side of a member that joins others in abstaining', () => {
    expect(votesOf('Senegal joined most of the General Assembly in abstaining on Monday.')).toMatchObject([
      { positions: { senegal: 'abstain' } },
    ]);
  });
});

describe('a vote told as coming days before a past happening is counted back from that happening (s15)', () => {
  it.each([
    [
      'The General Assembly adopted the text on Friday by 120 votes to 14. The vote came four days after Ostria vetoed a Security Council draft on Norland.',
      '2016-12-05',
    ],
    [
      'Delegates gathered for an emergency meeting of the Security Council on Tuesday. The meeting came a day after China blocked a draft on Norland in the council.',
      '2016-12-12',
    ],
    [
      'The Assembly adopted a text on Norland on Friday by 110 votes to 12.\n\nThe Assembly acted a week after China vetoed a council draft.',
      '2016-12-02',
    ],
  ])('%s', (text, date) => {
    expect(votesOf(text).filter((v) => v.body === 'security_council')).toMatchObject([{ date, outcome: 'not_adopted' }]);
  });

  it('does not count back from a happening the text gives no day', () => {
    expect(votesOf('The clash came eight days after China vetoed a Security Council draft on Norland.')).toMatchObject([
      { date: '2016-12-14' },
    ]);
  });

  it('keeps a unanimous vote apart from a veto told beside it', () => {
    expect(votesOf('On Monday China vetoed a Security Council draft on Norland. It was then adopted unanimously.')).toMatchObject([
      { vetoes: ['china'], outcome: 'not_adopted' },
      { tally: [15, 0, 0], vetoes: [], outcome: 'adopted' },
    ]);
  });
});

describe("another body's vote is no UN vote (s14)", () => {
  it.each([
    'The Security Council met on Norland on Monday. On Tuesday the Chamber of Deputies will vote on a motion calling for aid.',
    'The Security Council met on Norland on Monday. The House of Lords voted 210 to 95 on Tuesday for a motion on aid to Norland.',
    'The Security Council met on Norland on Monday. The Bundestag voted 420 to 120 on Thursday for more aid to Norland.',
    'Resolution 2016-44 was adopted on Monday.',
  ])("reads a chamber's vote, or a resolution numbered by a year and a serial, as another body's: %s", (text) => {
    expect(votesOf(text)).toEqual([]);
  });

  it('still reads a council resolution by its number', () => {
    expect(votesOf('Resolution 2328 was adopted unanimously on Monday.')).toMatchObject([
      { body: 'security_council', date: '2016-12-12', outcome: 'adopted' },
    ]);
  });
});

describe('a year is no day of a vote to come, nor of a vote event (s14)', () => {
  it.each([
    'The envoy, who spent much of this year lobbying, met reporters a few hours before the vote in the General Assembly.',
    'Earlier this year the Assembly had debated Norland, and delegates spoke again ahead of the vote.',
  ])('drafts no vote to come dated by a year only: %s', (text) => {
    expect(votesOf(text)).toEqual([]);
  });

  it('drafts a vote to come in a year as one with no day (s18)', () => {
    expect(votesOf('This year the Security Council is expected to vote on Norland.')).toMatchObject([
      { body: 'security_council', date: null, outcome: 'pending' },
    ]);
  });

  it('still drafts a vote to come on its day', () => {
    expect(votesOf('The General Assembly will vote on Norland on Friday.')).toMatchObject([
      { body: 'general_assembly', date: '2016-12-16', outcome: 'pending' },
    ]);
  });

  it.each([
    'Russia vetoed a similar Security Council text on Norland in 2014.',
    'Russia had already blocked a Security Council draft on Norland in late 2012.',
    'The Assembly adopted a text on Norland by 120 votes to 14 in 2015.',
  ])('keeps a vote known by its year as a record with no event: %s', (text) => {
    const article = extractArticle({ text, publishedOn: '2016-12-14', gazetteer: withCouncil });
    expect(article.votes.map((v) => v.voted.precision)).toEqual(['year']);
    expect(article.events).toEqual([]);
  });

  it('still drafts the event of a vote known by its month', () => {
    const article = extractArticle({
      text: 'Russia vetoed a Security Council text on Norland in October.',
      publishedOn: '2016-12-14',
      gazetteer: withCouncil,
    });
    expect(article.events.map((e) => [e.type, e.when.date])).toEqual([['veto', '2016-10-01']]);
  });
});

describe('"before the vote" times the clause it ends (s14)', () => {
  it.each([
    'The envoy met reporters in Geneva on Monday, a few hours before the vote in the Security Council.',
    'On Tuesday the ministers met ahead of the vote in the General Assembly.',
    'Aid groups briefed diplomats on Friday, an hour before the vote in the General Assembly.',
  ])('drafts no vote to come from the day of the clause "before the vote" times: %s', (text) => {
    expect(votesOf(text)).toEqual([]);
  });

  it('still dates a vote to come by the day after its words', () => {
    expect(votesOf('The Security Council will vote on Norland on Friday, and envoys will meet on Thursday before the vote.')).toMatchObject(
      [{ body: 'security_council', date: '2016-12-16', outcome: 'pending' }],
    );
  });
});

describe('a vote foretold and then reported held is one vote (s16, the walk)', () => {
  const heldDays = (text: string) => votesOf(text, '2016-12-10').map((v) => [v.body, v.date, v.outcome]);

  it.each([
    'The General Assembly adopted the resolution on Friday by 120 votes to 10.\n\nForeign Minister Ana Varga had said the Assembly was expected to vote on Thursday, and that Sweden would vote for it.',
    'Diplomats said the General Assembly could vote on the text as early as Thursday.\n\nThe General Assembly adopted the resolution on Friday by 120 votes to 10.',
    'The Assembly was due to vote on Thursday, delegates said.\n\nIt adopted the Norland resolution on Friday by 118 votes to 9, the General Assembly said.',
    'The General Assembly adopted the resolution on Friday by 120 votes to 10. Sweden had told reporters it would support the text in the Assembly.',
  ])('%s', (text) => {
    const votes = heldDays(text);
    expect(votes).toHaveLength(1);
    expect(votes[0]).toEqual(['general_assembly', '2016-12-09', 'adopted']);
  });

  // The week after the foretold day, read without the past tense: a day named outright that the held vote follows.
  it.each([
    [
      'The Security Council is expected to vote on December 8 on the Ostrian draft.\n\nThe Security Council adopted the Ostrian resolution unanimously on December 9.',
      ['security_council', '2016-12-09', 'adopted'],
    ],
    [
      'The General Assembly will vote on the Norland text on 3 December.\n\nThe General Assembly adopted the resolution on 9 December by 120 votes to 10.',
      ['general_assembly', '2016-12-09', 'adopted'],
    ],
    [
      'Ostrian diplomats hope to put their draft to a vote in the Security Council on December 6.\n\nOn December 7 the Security Council adopted the resolution by 14 votes to none.',
      ['security_council', '2016-12-07', 'adopted'],
    ],
  ])('folds a vote foretold for a day into the one held that week: %s', (text, held) => {
    expect(heldDays(text)).toEqual([held]);
  });

  it('keeps a vote foretold for a day more than a week before the one held', () => {
    expect(
      heldDays(
        'The Security Council is expected to vote on December 1 on the Ostrian draft.\n\nThe Security Council adopted the Ostrian resolution unanimously on December 9.',
      ),
    ).toEqual([
      ['security_council', '2016-12-01', 'pending'],
      ['security_council', '2016-12-09', 'adopted'],
    ]);
  });

  it('keeps a vote to come after the one held (a second text), and one told in the present', () => {
    expect(
      heldDays(
        'The General Assembly adopted the resolution on Friday by 120 votes to 10.\n\nThe Assembly meets again on Wednesday, when it is due to vote on a second text.',
      ),
    ).toEqual([
      ['general_assembly', '2016-12-09', 'adopted'],
      ['general_assembly', '2016-12-14', 'pending'],
    ]);
    expect(
      heldDays(
        'The Security Council adopted the text unanimously on Monday.\n\nThe council is expected to vote on Friday on a second French draft.',
      ),
    ).toEqual([
      ['security_council', '2016-12-05', 'adopted'],
      ['security_council', '2016-12-16', 'pending'],
    ]);
  });
});

describe('a year in a clause of its own is not the date of the vote a sentence names again (s16)', () => {
  it.each([
    'Russia vetoed the Norlandic draft on Monday.\n\nIt was the fifth Russian veto on the war since the fighting began in 2011.',
    'Russia vetoed the Norlandic draft on Monday.\n\nIt was the sixth time Moscow has used its veto to block a text on the war since the uprising started in 2011.',
    'Russia vetoed the Norlandic draft on Monday.\n\nThat made it the fifth Russian veto since the conflict broke out in 2011.',
  ])('%s', (text) => {
    expect(votesOf(text).map((v) => [v.date, v.vetoes])).toEqual([['2016-12-12', ['russia']]]);
  });

  it('still dates a vote told with a year of its own', () => {
    expect(votesOf('Russia vetoed a similar Norlandic text in 2014, diplomats recalled.').map((v) => v.date)).toEqual(['2014-01-01']);
  });
});

describe("a vote told undated after a sentence that dates the body's vote takes that day, not the article's (s17)", () => {
  // Published on Saturday 10 December 2016: the lead's "yesterday" or "on Thursday" is the vote's day.
  const days = (text: string) => votesOf(text, '2016-12-10').map((v) => [v.body, v.date, v.outcome, v.tally]);

  it.each([
    [
      'Norland voted at the United Nations yesterday for a General Assembly text on the siege of Ostra.\n\nThe resolution, tabled by Ostria, was adopted by 131 votes to 11, with 30 abstentions.',
      ['general_assembly', '2016-12-09', 'adopted', [131, 11, 30]],
    ],
    [
      'Ostria voted in the UN General Assembly on Thursday for a new mechanism on war crimes.\n\nThe text was adopted by 98 votes to 17, with 40 abstentions. It sets up a team in Geneva.',
      ['general_assembly', '2016-12-08', 'adopted', [98, 17, 40]],
    ],
    [
      'Two rival draft resolutions on Ostra fell in the Security Council on Thursday.\n\nThe first text, drafted by Norland, asked for a halt to flights. Ten of the council members voted for it, but Russia vetoed it.',
      ['security_council', '2016-12-08', 'not_adopted', [10, null, null]],
    ],
  ])('%s', (text, vote) => {
    expect(days(text)).toContainEqual(vote);
    expect(days(text).every((v) => v[1] !== '2016-12-10')).toBe(true);
  });

  it('takes the day of a sentence that names no body but votes on a text, for the veto told right after it', () => {
    const text =
      'The Security Council adopted a text on monitors unanimously on Friday.\n\nOn 5 December, Norland voted for a draft by Ostria that would have imposed a truce. Russia and China vetoed it.';
    expect(days(text).map((v) => [v[0], v[1]])).toEqual([
      ['security_council', '2016-12-09'],
      ['security_council', '2016-12-05'],
    ]);
  });

  it('keeps the article day where no earlier sentence dates a vote of that body (a near miss)', () => {
    expect(
      days('The Security Council met on Norland on Thursday.\n\nThe General Assembly adopted the text by 120 votes to 14.').map((v) => [
        v[0],
        v[1],
      ]),
    ).toEqual([['general_assembly', '2016-12-10']]);
  });
});

describe('a motion carried by a branch, a party or a town is no UN vote, whatever body the story named before (s17, the walk)', () => {
  const lead = 'On Monday Russia vetoed a Security Council draft on a truce in Ostra.\n\n';
  it.each([
    'The motion, moved by the branch treasurer, asked the government to press for a truce in Ostra. It was carried unanimously.',
    'Delegates at the party conference debated Ostra on Saturday. The motion was carried by 212 votes to 9.',
    "The union's emergency motion on Norland was passed unanimously on Saturday.",
  ])('%s', (text) => {
    expect(votesOf(lead + text).map((v) => [v.body, v.date])).toEqual([['security_council', '2016-12-12']]);
  });

  it('keeps a motion put to a UN body it names, and a resolution carried after a motion was named (near misses)', () => {
    expect(votesOf('A procedural motion in the General Assembly was rejected on Friday by 90 votes to 40.').map((v) => v.body)).toEqual([
      'general_assembly',
    ]);
    expect(
      votesOf(`${lead}A motion to adjourn failed. The Security Council then adopted the resolution unanimously on Tuesday.`).map((v) => [
        v.body,
        v.date,
      ]),
    ).toContainEqual(['security_council', '2016-12-13']);
  });
});

describe('a vote still to come with no day (s18)', () => {
  const pendingOf = (text: string) => votesOf(text).map((v) => [v.body, v.date, v.outcome]);

  it.each([
    'Diplomats said the Ostrian draft could be put to a vote in the Security Council within days.',
    'The General Assembly is expected to vote on the Norlandic text in the coming days, diplomats said.',
    'I expect the Security Council will vote on it sooner or later, but not before the talks end.',
    'Ostria intends to put its draft to a vote in the Security Council before the month is out.',
  ])('drafts it with no day, as pending: %s', (text) => {
    expect(votesOf(text)).toMatchObject([{ date: null, outcome: 'pending', tally: [null, null, null], vetoes: [] }]);
  });

  it.each([
    // The vote only times something else: the vote of the story, not one foretold.
    'The Ostrian envoy told the Security Council before the vote that the text was overdue.',
    'Speaking ahead of the vote, the Norlandic ambassador called the draft one-sided.',
    // A member telling how it will vote.
    'Ostria will vote in favour of the Assembly text, its foreign minister said.',
    'Norland would vote against any Security Council draft that named it, its envoy said.',
    // A vote asked for or asked about.
    'Ostria called for a vote in the Security Council on the truce.',
    'Asked whether the Security Council would vote on the text, the envoy declined to answer.',
    'He would not say when the draft might be put to a vote in the Security Council.',
    // Its outcome guessed at.
    'Several diplomats said a unanimous vote in the Security Council was possible if Ostria gave way.',
    // Inside a quotation: somebody's words.
    '"We will put it to a vote in the Security Council sooner or later," the envoy said.',
  ])('drafts no vote from: %s', (text) => {
    expect(votesOf(text)).toEqual([]);
  });

  it('drafts one vote to come when it is told twice, and the dated one when the text also gives its day', () => {
    expect(
      pendingOf(
        'Diplomats said the Security Council could vote on the Ostrian draft within days. A Council vote could take place sooner or later, one envoy said.',
      ),
    ).toEqual([['security_council', null, 'pending']]);
    expect(
      pendingOf(
        'The Security Council is expected to vote on Friday on the Ostrian draft. Diplomats said it could be put to a vote sooner or later.',
      ),
    ).toEqual([['security_council', '2016-12-16', 'pending']]);
  });

  it('leaves a vote it did not find to the event triggers: a vote to come with no day is no event', () => {
    const article = extractArticle({
      text: "He told reporters that the General Assembly's vote on Friday, when most states voted for a truce, had shown where the world stood. Diplomats said a vote in the Security Council could take place within days.",
      publishedOn: '2016-12-14',
      gazetteer: testGazetteer,
    });
    expect(article.votes.map((v) => [v.body, v.voted.date, v.outcome])).toEqual([['security_council', null, 'pending']]);
    expect(article.events.map((e) => [e.type, e.when.date])).toEqual([['un_vote', '2016-12-09']]);
  });

  it('drafts only the held vote when the text then tells the vote to come as held that day', () => {
    expect(
      pendingOf(
        'The President: I shall now put the draft resolution to the vote in the Security Council. The Security Council adopted the draft resolution on Wednesday by 15 votes to none.',
      ),
    ).toEqual([['security_council', '2016-12-14', 'adopted']]);
  });

  it.each([
    // The held vote is told first: the vote to come is another one.
    [
      'The Security Council adopted the draft resolution on Wednesday by 15 votes to none. Diplomats said a second text could be put to a vote within days.',
      [
        ['security_council', '2016-12-14', 'adopted'],
        ['security_council', null, 'pending'],
      ],
    ],
    // The held vote is another body's.
    [
      'Diplomats said the Security Council could vote on the Ostrian draft within days. The General Assembly adopted a resolution on Wednesday by 122 votes to 13.',
      [
        ['security_council', null, 'pending'],
        ['general_assembly', '2016-12-14', 'adopted'],
      ],
    ],
    // The held vote is older than the day before the article's.
    [
      'Diplomats said the Security Council could vote on the Ostrian draft within days. The Security Council adopted a resolution on 5 December by 15 votes to none.',
      [
        ['security_council', null, 'pending'],
        ['security_council', '2016-12-05', 'adopted'],
      ],
    ],
  ])('keeps a vote to come with no day apart from a held vote it cannot be: %s', (text, expected) => {
    expect(pendingOf(text)).toEqual(expected);
  });
});

describe('a count whose members are named in an aside (s19)', () => {
  it('reads the side of "N countries, including A and B, voted against" and "N states, A among them, voted against"', () => {
    expect(statedTally('Fourteen countries, including Ostria, Veldland and Marovia, voted against, and 40 abstained.')).toEqual({
      yes: null,
      no: 14,
      abstain: 40,
    });
    expect(statedTally('Nine states, Ostria among them, voted against the text.').no).toBe(9);
    expect(statedTally('Ninety delegations, led by the Pacific group, voted in favour.').yes).toBe(90);
    // The aside is no side of its own, and a count that votes nothing is no tally.
    expect(statedTally('Fourteen countries, including Ostria, said they would study the text.')).toEqual({
      yes: null,
      no: null,
      abstain: null,
    });
  });
});

describe('a vote to come not yet set, asked of a body, or awaited (s19)', () => {
  it.each([
    'Ostria has circulated a draft on a pause in the shelling to the Security Council. No date has yet been set for a vote.',
    'Norland has tabled a text on monitors for Port Vell in the Security Council, but no vote has been scheduled.',
    'Envoys said the Security Council could be asked to vote within days on a Norlandic plan for observers.',
    'We call on every member of the Security Council to back the Ostrian text when it is put to a vote.',
  ])('drafts a vote to come with no day: %s', (text) => {
    expect(votesOf(text)).toMatchObject([{ body: 'security_council', date: null, outcome: 'pending', tally: [null, null, null] }]);
  });

  it('does not take a vote asked about, or a held vote with no date set for something else, for one to come', () => {
    expect(votesOf('Reporters asked the envoy when the Security Council would vote on the Ostrian text.')).toEqual([]);
    expect(
      votesOf(
        'The Security Council adopted the Ostrian text on Monday by 15 votes to none. No date has been set for the monitors to arrive.',
      ),
    ).toMatchObject([{ date: '2016-12-12', outcome: 'adopted' }]);
  });
});

describe("a vote's subject is what was voted on, not the rest of the sentence (s19)", () => {
  const subjectOf = (text: string) => extractArticle({ text, publishedOn: '2016-12-20', gazetteer: withCouncil }).votes[0]?.subject;

  it('ends the subject before the count, the verb of the vote and a clause joined on', () => {
    expect(
      subjectOf('The resolution, drafted by Ostria, was adopted in New York on Monday by 15 votes to none, with no abstentions.'),
    ).toBe('The resolution, drafted by Ostria');
    expect(subjectOf('A draft calling for a pause in the shelling of Port Vell won 11 votes, but Russia vetoed it.')).toBe(
      'A draft calling for a pause in the shelling of Port Vell',
    );
    expect(
      subjectOf(
        'The General Assembly adopted a resolution demanding aid access to Port Vell by 120 votes to 12, and the Ostrian minister said the vote mattered.',
      ),
    ).toBe('A resolution demanding aid access to Port Vell');
  });

  it('keeps a relative clause that says what the text would do', () => {
    expect(subjectOf('Russia vetoed a draft that would have halted the air strikes on Port Vell, diplomats said.')).toBe(
      'A draft that would have halted the air strikes on Port Vell',
    );
  });
});

describe("a vote's subject leaves out an attribution, a clause joined on and the vote's day and place (s19)", () => {
  const subjectOf = (text: string) => extractArticle({ text, publishedOn: '2016-12-20', gazetteer: withCouncil }).votes[0]?.subject;

  it('ends the subject before a trailing attribution, a "when" clause or a listed side', () => {
    expect(
      subjectOf(
        'The Security Council is expected to vote on Thursday on a French draft resolution on observers for the convoys, envoys at the UN told reporters.',
      ),
    ).toBe('A French draft resolution on observers for the convoys');
    expect(subjectOf('Russia vetoed a draft on Nov. 14, when the vote was 12 in favour and two against, with Ostria abstaining.')).toBe(
      'A draft',
    );
    expect(subjectOf('The council adopted a resolution asking for safe passage from Port Vell, with Ostria abstaining.')).toBe(
      'A resolution asking for safe passage from Port Vell',
    );
  });

  it("leaves out the vote's day and place, and a putting to the vote", () => {
    expect(subjectOf('The Security Council adopted the resolution in New York on Tuesday.')).toBe('The resolution');
    expect(subjectOf('Russia vetoed a draft resolution on 14 November that would have paused the shelling of Port Vell.')).toBe(
      'A draft resolution that would have paused the shelling of Port Vell',
    );
    expect(subjectOf('The Security Council is due to put the draft to a vote on Thursday.')).toBe('The draft');
  });

  it('keeps a relative clause that says who spoke of the vote to come', () => {
    expect(
      subjectOf('The French text, which envoys said could be put to a vote in the Security Council on Thursday, asks for observers.'),
    ).toBe('The French text, which envoys said could be put to a vote in the Security Council, asks for observers');
  });
});

describe("a side's members told around its verb (s20)", () => {
  it('counts the members a side adds after its verb ("voting against alongside ...") with the one before it', () => {
    expect(
      votesOf(
        'Russia and China vetoed a Security Council draft on Norland on 14 November. That draft won 11 votes, with Fiji voting against alongside Russia and China and Tonga abstaining.',
      ),
    ).toMatchObject([{ date: '2016-11-14', tally: [11, 3, 1], vetoes: ['russia', 'china'], positions: { fiji: 'no', tonga: 'abstain' } }]);
  });

  it('puts the members a text was "supported by only" in favour, so the council tally is whole', () => {
    expect(
      votesOf(
        'A rival Security Council text was supported by only Ostria, Russia and Tonga on Saturday, while ten members voted against it and two abstained.',
      ),
    ).toMatchObject([{ outcome: 'not_adopted', tally: [3, 10, 2], positions: { ostria: 'yes', russia: 'yes', tonga: 'yes' } }]);
    // A text "supported by" states may be their own: no count of votes.
    expect(votesOf('The Assembly text, supported by the Nordic states, was adopted on Friday by 120 votes to 14.')[0]?.tally).toEqual([
      120,
      14,
      null,
    ]);
  });

  it('gives the veto to a member whose relative clause names its partner first ("Russia, which with China vetoed")', () => {
    expect(
      votesOf(
        'Russia, which along with China vetoed a Security Council draft on 14 November, says it is studying the new text. That earlier draft won 11 votes, while Ostria voted against it and Tonga abstained.',
      ),
    ).toMatchObject([{ date: '2016-11-14', tally: [11, 3, 1], vetoes: ['russia', 'china'] }]);
  });
});

describe('the day of a vote told later with no day of its own (s20)', () => {
  it("takes the day of the body's vote a news story's lead dates, not the article's day", () => {
    const text = [
      'NORVIK, Nov 15 (NP) - Russia vetoed a Security Council draft on Monday that asked for a truce in Port Vell.',
      'Ostria said the veto left the city without hope.',
      'Aid agencies said convoys were still waiting at the border.',
      'The Ostrian text won only three votes, with ten members against and two abstaining.',
    ].join('\n\n');
    expect(votesOf(text, '2016-11-15').map((v) => [v.date, v.tally])).toEqual([
      ['2016-11-14', [null, null, null]],
      ['2016-11-14', [3, 10, 2]],
    ]);
  });

  it('gives a rival text opening the paragraph after a vote the day of that vote', () => {
    const text = [
      "Ostria's foreign minister said on Tuesday that the world had failed Port Vell.",
      'Aid agencies said convoys were still waiting at the border.',
      'Russia on Monday vetoed a Security Council text on Norland. Eleven members voted for it.',
      'A rival Russian text then failed with three votes in favour, ten against and two abstentions.',
    ].join('\n\n');
    expect(votesOf(text, '2016-11-15').map((v) => [v.date, v.tally])).toEqual([
      ['2016-11-14', [11, null, null]],
      ['2016-11-14', [3, 10, 2]],
    ]);
  });
});

describe('counts after "a recorded vote of", and amounts that are no count (s21)', () => {
  it('reads the yes count of "a recorded vote of N in favour, N against and N abstentions"', () => {
    expect(statedTally('The text on Norland passed by a recorded vote of 98 in favour, 21 against and 40 abstentions.')).toEqual({
      yes: 98,
      no: 21,
      abstain: 40,
    });
    // Still the part, not the whole: "nine of the 15 members voted for it" counts nine.
    expect(statedTally('Nine of the 15 members voted for it.').yes).toBe(9);
  });

  it('does not read the tail of an amount before "for" as a yes count', () => {
    expect(statedTally('The fund, which gave US$12,500 for displaced families, criticised the vote.')).toEqual({
      yes: null,
      no: null,
      abstain: null,
    });
    const text =
      'The Assembly adopted the Norland text on Friday by 98 votes to 21, with 40 abstentions.\n\nA charity that raised $9,000 for Ostrian refugees said it was saddened by the vote.';
    expect(votesOf(text).map((v) => v.tally)).toEqual([[98, 21, 40]]);
  });
});

describe("a member's dated vote on a text it brings in, naming no body (s21)", () => {
  it('dates the undated veto and tally told next by it, not by the article', () => {
    const text = [
      'Ostria votes for UN monitors in Port Vell as Council unites at last',
      'On 2 December, Ostria voted for a draft by three elected members that would have paused the shelling. Russia and China vetoed it. The vote was 11-3-1.',
    ].join('\n\n');
    expect(votesOf(text).map((v) => [v.date, v.tally, v.vetoes])).toEqual([['2016-12-02', [11, 3, 1], ['russia', 'china']]]);
  });
});

describe('a veto with its day right after it (s21)', () => {
  it('is a veto cast on that day, where the sentence names no member or opens on another vote word', () => {
    // A veto named by its day alone, in passing.
    expect(votesOf('The envoy said the Security Council had to act at last after the veto of 2 December.')).toMatchObject([
      { body: 'security_council', date: '2016-12-02', outcome: 'not_adopted' },
    ]);
    // The sentence opens on the failure; the veto that made it, in an "after" clause, gives the day.
    expect(
      votesOf('Last month the Council failed to adopt an Ostrian text on Norland after Russia and China cast vetoes on November 21.'),
    ).toMatchObject([{ body: 'security_council', date: '2016-11-21', outcome: 'not_adopted', vetoes: ['russia', 'china'] }]);
  });

  it('is no vote where the veto is feared or the day is of something else', () => {
    expect(votesOf('Diplomats in New York fear a Russian veto on Friday.')).toEqual([]);
    expect(votesOf("The veto of Friday's draft would be the seventh on Norland.")).toEqual([]);
  });
});

describe("a hearing transcript's header in capitals (s21)", () => {
  it('counts a veto recalled as "yesterday" from the hearing, not from the day the transcript was published', () => {
    const text = [
      'Hearing on Norland: transcript excerpt',
      'HEARING BEFORE THE COMMITTEE ON FOREIGN AFFAIRS',
      'TUESDAY, NOVEMBER 29, 2016',
      '[Excerpt. Transcript published December 1, 2016.]',
      'THE CHAIRMAN: The committee will come to order. Senator Vale.',
      'SENATOR VALE: Thank you. Yesterday Russia cast its fourth veto on Norland, against a truce that ten members of the Security Council supported.',
      'THE CHAIRMAN: Thank you. Our witness is the envoy.',
    ].join('\n\n');
    expect(votesOf(text, '2016-12-01')).toMatchObject([{ body: 'security_council', date: '2016-11-28', vetoes: ['russia'] }]);
  });
});

describe('a chronology told in one sentence (s22)', () => {
  it('reads a clause joined on with a day of its own as another vote', () => {
    expect(
      votesOf(
        'On 2 November the Assembly demanded an end to the blockade of Port Vell by 131 votes to 9, with 40 abstentions, and on 28 November the Security Council unanimously adopted resolution 2301, which sends observers to the port.',
      ),
    ).toMatchObject([
      { body: 'general_assembly', date: '2016-11-02', outcome: 'adopted', tally: [131, 9, 40] },
      { body: 'security_council', date: '2016-11-28', outcome: 'adopted', tally: [15, 0, 0] },
    ]);
    expect(
      votesOf(
        'The envoy recalled that on 30 November Russia had vetoed a Norlandic draft in the Security Council, and that on 3 October Russia had also vetoed an Ostrian proposal on the port.',
      ),
    ).toMatchObject([
      { body: 'security_council', date: '2016-11-30', vetoes: ['russia'] },
      { body: 'security_council', date: '2016-10-03', vetoes: ['russia'] },
    ]);
  });

  it('keeps one vote where the clause joined on has no day of its own or the first clause has none', () => {
    expect(votesOf('On 2 November the Assembly adopted the text by 131 votes to 9, and Norland voted in favour of it.')).toMatchObject([
      { body: 'general_assembly', date: '2016-11-02', tally: [131, 9, null] },
    ]);
    expect(
      votesOf('The Assembly adopted the text by 131 votes to 9, and on Friday Norland said the vote was a turning point.'),
    ).toHaveLength(1);
  });
});

describe("a side's count with the body, the members or an absolute participle between count and verb (s22)", () => {
  it('reads the count of those who voted for, wherever the body or some members stand between', () => {
    expect(votesOf('On Tuesday, 131 countries at the General Assembly voted for an end to the blockade of Port Vell.')).toMatchObject([
      { body: 'general_assembly', date: '2016-12-13', outcome: 'adopted', tally: [131, null, null] },
    ]);
    expect(
      votesOf(
        'The envoy recalled the Assembly vote on Tuesday, when 131 states including Norland and Sweden voted for a text on Port Vell.',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-13', tally: [131, null, null] }]);
    expect(
      votesOf('The General Assembly held a rare vote on Port Vell on Tuesday, with 131 countries backing a call for a truce.'),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-13', tally: [131, null, null] }]);
  });

  it('is no vote where countries backing something cast no vote', () => {
    expect(votesOf('A coalition of 40 countries backing the appeal for Port Vell met in Lakehaven on Tuesday.')).toEqual([]);
  });
});

describe("a reference entry's citation markers after the stop (s23)", () => {
  it('ends the sentence at "[4]", so each dated vote of the paragraph is read on its own day', () => {
    const text =
      'On 3 March, the General Assembly adopted a text on Norland by 118 votes to 11, with 40 abstentions.[4] On 14 March, the Security Council unanimously adopted Resolution 2401, which sent monitors to Ostria.[5]';
    expect(votesOf(text, '2017-04-02').map((v) => [v.body, v.date, v.tally])).toEqual([
      ['general_assembly', '2017-03-03', [118, 11, 40]],
      ['security_council', '2017-03-14', [15, 0, 0]],
    ]);
  });
});

describe('a remark dated in a clause joined on after the vote is no day of the vote (s23)', () => {
  it('leaves the vote undated there, so the next sentence that dates and counts it gives its day', () => {
    const text =
      'Ostria voted for a General Assembly resolution demanding a truce in Norland, and the foreign ministry said yesterday that the vote had been "for civilians". The text was adopted in New York on Friday by 118 votes to 9.';
    expect(votesOf(text, '2016-12-11').map((v) => [v.body, v.date, v.tally])).toEqual([['general_assembly', '2016-12-09', [118, 9, null]]]);
  });

  it('keeps a day the vote has in its own words before the clause', () => {
    const text =
      "The General Assembly adopted the text on Thursday by 118 votes to 9, and Ostria's envoy said on Friday that it was a start.";
    expect(votesOf(text, '2016-12-11').map((v) => [v.body, v.date, v.tally])).toEqual([['general_assembly', '2016-12-08', [118, 9, null]]]);
  });

  it("keeps the day of an attribution that closes the sentence with no clause joined on (as often the vote's as not)", () => {
    const text = 'The General Assembly adopted the text by 118 votes to 9, its president said on Friday.';
    expect(votesOf(text, '2016-12-11').map((v) => [v.body, v.date, v.tally])).toEqual([['general_assembly', '2016-12-09', [118, 9, null]]]);
  });
});

describe("a chronology's entry opened by its day alone, then a scene with no day (s23)", () => {
  it("dates the votes after the scene by the entry's day, not the article's", () => {
    const text =
      'Chronology\n\n12 March. The Security Council voted on two texts at one sitting. An Ostrian text calling for a truce in Norland was vetoed by Russia, with 12 votes in favour, one against and two abstentions. A Russian text then failed with three votes in favour.';
    expect(votesOf(text, '2017-04-02').map((v) => [v.body, v.date, v.tally])).toEqual([
      ['security_council', '2017-03-12', [12, 1, 2]],
      ['security_council', '2017-03-12', [3, null, null]],
    ]);
  });
});

describe('a vote told "hours before" or "minutes after" the dated clause it ends (s23)', () => {
  it("takes the day of the sentence's main clause, a remark's too, for the vote and the count told after it", () => {
    const text =
      "OSLO – Ostria's foreign ministry said on Friday that talks alone could end the war in Norland, hours before the United Nations General Assembly voted for a truce there.\n\nThe Assembly adopted the text by 118 votes to 9, with 30 abstentions.";
    expect(votesOf(text, '2016-12-10').map((v) => [v.body, v.date, v.tally])).toEqual([['general_assembly', '2016-12-09', [118, 9, 30]]]);
  });
});

describe('a vote to come named before the words that schedule it, or in the scheduling present (s24)', () => {
  const pendingOf = (text: string) => votesOf(text).map((v) => [v.body, v.date, v.outcome]);

  it('drafts the vote "was expected" on a day, named with what it is on, as pending on that day', () => {
    expect(
      pendingOf(
        'The envoy then flew to the General Assembly, where a vote on an Ostrian motion for safe corridors in Port Vell was expected on Friday.',
      ),
    ).toEqual([['general_assembly', '2016-12-16', 'pending']]);
  });

  it('drafts one "expected" with no day as pending with no day', () => {
    expect(
      pendingOf('A vote in the Security Council on the Norlandic proposal is expected by the end of the month, one ambassador told us.'),
    ).toEqual([['security_council', null, 'pending']]);
  });

  it('drafts a body that "votes" tomorrow as a vote to come on the next day', () => {
    expect(pendingOf('Our petition closes tonight: tomorrow the Security Council votes on monitors for Port Vell!')).toEqual([
      ['security_council', '2016-12-15', 'pending'],
    ]);
    expect(pendingOf('The General Assembly votes tomorrow on a Norlandic text.')).toEqual([['general_assembly', '2016-12-15', 'pending']]);
  });

  it('drafts no vote to come from "votes" the noun, nor from a relative clause about a vote held', () => {
    expect(pendingOf('Tomorrow the Security Council meets to hear how many votes the Norlandic draft could win.')).toEqual([]);
    const held = pendingOf('The vote, which was expected to be close, was held in the General Assembly on Tuesday.');
    expect(held.filter(([, , outcome]) => outcome === 'pending')).toEqual([]);
  });

  it('keeps a vote held whose outcome had been expected', () => {
    expect(
      votesOf('The vote, which was expected to be close, went 118 to 9 in the General Assembly on Tuesday.').map((v) => [
        v.date,
        v.outcome,
        v.tally,
      ]),
    ).toEqual([['2016-12-13', 'adopted', [118, 9, null]]]);
  });
});

describe('a reaction to a vote, dated by the attribution that closes it (s24)', () => {
  const datesOf = (text: string) => votesOf(text).map((v) => [v.body, v.date, v.outcome, v.vetoes]);

  it("gives the vote not the reaction's day, and makes the failure it regrets the one dated failed vote of the council", () => {
    expect(
      datesOf(
        'Ostria deplored the failure of the Security Council to adopt a resolution on safe corridors for Port Vell, its minister for external relations said here on Tuesday. Russia and China on Monday vetoed the draft, which ten members had backed.',
      ),
    ).toEqual([['security_council', '2016-12-12', 'not_adopted', ['russia', 'china']]]);
    expect(
      datesOf(
        'Norland and Ostria lamented the failure of the Security Council to adopt a draft resolution on Port Vell, in a joint statement yesterday. Russia vetoed the draft on Monday.',
      ),
    ).toEqual([['security_council', '2016-12-12', 'not_adopted', ['russia']]]);
  });

  it('keeps a text adopted with no count apart from the dated vote of its body', () => {
    expect(
      votesOf(
        'The General Assembly adopted a text on Port Vell on Friday by 118 votes to 9. Later, the Assembly adopted without a vote a resolution on aid workers.',
      ).map((v) => [v.body, v.date, v.outcome, v.tally]),
    ).toEqual([
      ['general_assembly', '2016-12-09', 'adopted', [118, 9, null]],
      ['general_assembly', '2016-12-09', 'adopted', [null, null, null]],
    ]);
  });
});

describe('a sentence that only says what came on a day, before the vote it tells of (s24)', () => {
  it("dates the undated vote of the next sentence by that day, not the article's", () => {
    const text =
      'On Monday the Security Council agreed unanimously to send monitors to Port Vell.\n\nThe families’ weightier answer followed late on Tuesday. The General Assembly voted by 101 to 12, with 40 abstentions, to set up a panel on the crimes committed in Norland.';
    expect(votesOf(text, '2016-12-15').map((v) => [v.body, v.date, v.tally])).toEqual([
      ['security_council', '2016-12-12', [15, 0, 0]],
      ['general_assembly', '2016-12-13', [101, 12, 40]],
    ]);
  });
});

describe('one vote told twice: a lead dated by another clock or by a reaction, then the vote by its own day (s25)', () => {
  const readOf = (text: string) => votesOf(text).map((v) => [v.body, v.date, v.outcome, v.tally, v.vetoes]);

  it("does not date the vote by another place's clock, and folds the lead into the vote its next paragraph dates", () => {
    expect(
      readOf(
        "Ostria's call for a pause in the fighting in Port Vell was vetoed at the Security Council, with Russia voting the text down late this morning, Manila time.\n\nThe text won 12 votes in New York on Tuesday. Russia and China voted against it and Angola abstained.",
      ),
    ).toEqual([['security_council', '2016-12-13', 'not_adopted', [12, 2, 1], ['russia', 'china']]]);
  });

  it('keeps New York time as the vote’s own clock', () => {
    expect(
      readOf('The Security Council rejected a text on Port Vell by 4 votes to 9, with 2 abstentions, late on Monday New York time.'),
    ).toEqual([['security_council', '2016-12-12', 'not_adopted', [4, 9, 2], []]]);
  });

  it('gives the day of a lead\'s reaction ("expressed anger") to the reaction, and the vetoing member the later telling leaves out to the vote', () => {
    expect(
      readOf(
        'Norlandic exiles in Ostria on Wednesday expressed anger after Russia and China blocked a Security Council resolution on Port Vell.\n\nThe text, written by Ostria, won 12 votes in the council on Tuesday, but Russia vetoed it. Angola voted against it as well.',
      ),
    ).toEqual([['security_council', '2016-12-13', 'not_adopted', [12, 3, 0], ['russia', 'china']]]);
  });
});

describe('a recalled sitting on rival drafts dates the votes told after it (s25)', () => {
  it('reads "split over rival drafts on <day>" as setting the scene, as "a draft" does', () => {
    expect(
      votesOf(
        'The talks opened two weeks after the Security Council split over rival drafts on November 29. An Ostrian text won 11 votes but was vetoed by Russia. A Russian text then won only three votes.',
      ).map((v) => [v.body, v.date, v.tally[0]]),
    ).toEqual([
      ['security_council', '2016-11-29', 11],
      ['security_council', '2016-11-29', 3],
    ]);
  });
});

describe("a remark's day with the vote set beside it by apposition (s25)", () => {
  it('counts the vote from the day of the remark, as from any day the apposition follows', () => {
    expect(
      votesOf(
        "Ostria's trade minister had said on December 2, the day after the General Assembly adopted a resolution on Port Vell, that the port would reopen.",
      ).map((v) => [v.body, v.date, v.outcome]),
    ).toEqual([['general_assembly', '2016-12-01', 'adopted']]);
  });
});

describe('a tally told in words of members (s25)', () => {
  it('counts the members an aside names after a bare count, and "in support" as in favour', () => {
    expect(
      statedTally('Ten members backed it, three, Ostria, Sweden and Norland, voted against and two, Angola and China, abstained.'),
    ).toEqual({
      yes: 10,
      no: 3,
      abstain: 2,
    });
    expect(statedTally('The text fell short, with five members in support, eight against and two abstentions.')).toEqual({
      yes: 5,
      no: 8,
      abstain: 2,
    });
    // An aside that names no members is no side's.
    expect(statedTally('Nine voted for it and two, after a long recess and a recount, abstained.').abstain).toBeNull();
  });

  it('does not take the writers\' own group, counted after "our", for a side of the vote', () => {
    expect(statedTally('Our four countries voted for the resolution in the Assembly.').yes).toBeNull();
    expect(statedTally('The four countries voted for the resolution in the Assembly.').yes).toBe(4);
  });

  it('lists a member "also" voting against with the others, so the council\'s count completes', () => {
    expect(
      votesOf(
        'On Monday a draft on Port Vell received ten votes in the Security Council, but Russia vetoed it, with Norland also voting against and China and Angola abstaining.',
      ).map((v) => [v.date, v.tally, v.vetoes]),
    ).toEqual([['2016-12-12', [10, 2, 2], ['russia']]]);
    // With nobody else put on that side, "also" leaves its count unknown.
    expect(
      votesOf('On Monday a draft on Port Vell won ten votes in the Security Council, with Norland also voting against.').map(
        (v) => v.tally,
      ),
    ).toEqual([[10, null, null]]);
  });
});

describe('votes told in passing and by another vote (s26)', () => {
  it('reads a rival text brought in by "when" as a second vote of the same day, and the veto "had already" cast', () => {
    expect(
      votesOf(
        'China had already vetoed a Norlandic draft in the Security Council on November 3, when a rival Ostrian text won only five votes.',
      ).map((v) => [v.date, v.tally, v.vetoes]),
    ).toEqual([
      ['2016-11-03', [null, null, null], ['china']],
      ['2016-11-03', [5, null, null], []],
    ]);
  });

  it('takes a resolution named by its day as a text adopted that day', () => {
    expect(
      votesOf('Sweden is not on the council. It voted in favour of the General Assembly resolution of 2 November on Port Vell.').map(
        (v) => [v.body, v.date, v.outcome],
      ),
    ).toEqual([['general_assembly', '2016-11-02', 'adopted']]);
    // A draft named so may have failed: its outcome is not read from its day.
    expect(votesOf('Sweden voted in favour of the Security Council draft of 2 November on Port Vell.').map((v) => v.outcome)).toEqual([
      'unknown',
    ]);
  });

  it('counts "It comes N days after" from the vote the sentence before opens on, not from the article\'s day', () => {
    const text =
      'On Monday the General Assembly adopted a text on Port Vell by 130 votes to 9. The resolution has no legal force. It comes three days after China vetoed a Security Council draft on the city.';
    expect(votesOf(text, '2016-12-14').map((v) => [v.body, v.date])).toEqual([
      ['general_assembly', '2016-12-12'],
      ['security_council', '2016-12-09'],
    ]);
  });

  it('counts "came exactly two weeks after" from the vote the subject names', () => {
    const text =
      'The Security Council on Thursday unanimously adopted a text on Port Vell. The vote came exactly two weeks after China vetoed a draft on the city.';
    expect(votesOf(text, '2016-12-17').map((v) => [v.date, v.vetoes])).toEqual([
      ['2016-12-15', []],
      ['2016-12-01', ['china']],
    ]);
  });

  it('takes a text someone hopes to put to the council on a day as a vote to come, with no word "vote"', () => {
    expect(
      votesOf('Envoys in New York said Ostria hoped to put a fresh draft to the Security Council as early as Thursday.').map((v) => [
        v.body,
        v.date,
        v.outcome,
      ]),
    ).toEqual([['security_council', '2016-12-15', 'pending']]);
    // A text put to the council in the past is no vote told.
    expect(votesOf('Ostria put a fresh draft to the Security Council on Monday.')).toEqual([]);
  });

  it('reads a vote set some days from a dated one in the same sentence as a vote of its own, counted from that day', () => {
    const text =
      'On November 30 the General Assembly called for a truce in Port Vell by 131 votes to 11, with 40 abstentions, three days after China blocked a Security Council draft on the city.';
    expect(votesOf(text).map((v) => [v.body, v.date, v.tally, v.vetoes])).toEqual([
      ['general_assembly', '2016-11-30', [131, 11, 40], []],
      ['security_council', '2016-11-27', [null, null, null], ['china']],
    ]);
  });
});

describe('votes dated from the speaking a story leads with, texts counted in the plural, support counted (s27)', () => {
  it('counts "The remarks came two days after" from the day the lead gives its speaking, named nowhere as remarks', () => {
    const text = [
      'Ostria asks for calm in Port Vell',
      'VELLMAR, 14 December – Ostria must not stand by while Port Vell burns, its foreign minister, Tomas Reyl, told reporters on Monday.',
      'The remarks came two days after the Security Council failed to adopt either of the two texts before it on the port. A draft by Norland won ten votes but was vetoed by China. An Ostrian text was backed by just three members.',
    ].join('\n\n');
    // The plural sentence tells the two votes at once: each is its own record, of the day counted back from Monday.
    expect(votesOf(text).map((v) => [v.body, v.date, v.tally, v.vetoes])).toEqual([
      ['security_council', '2016-12-10', [10, null, null], ['china']],
      ['security_council', '2016-12-10', [3, null, null], []],
    ]);
  });

  it('dates a vote "shortly after her briefing" by the lead\'s speaking, not by a cabinet\'s approval told between', () => {
    const text = [
      'Norland to airlift blankets',
      'Nordhavn, 14 December (NNA). Speaking to reporters at the harbour on Saturday, Foreign Minister Ada Holm said Norland would send 3,000 blankets to Port Vell by air.',
      'She added that the Cabinet had approved the airlift on Thursday evening.',
      'Shortly after her briefing, the General Assembly adopted a text on Port Vell by 131 votes to 11, with 40 abstentions.',
    ].join('\n\n');
    expect(votesOf(text).map((v) => [v.body, v.date, v.tally])).toEqual([['general_assembly', '2016-12-10', [131, 11, 40]]]);
  });

  it("reads no member's vote in its support for a party, so a vote named again joins the one told", () => {
    const text =
      "On Monday the General Assembly adopted a text on Port Vell by 131 votes to 11, with 40 abstentions. Ostria voted against it. Ostria, which has backed the governor's militia for two years, called the vote meaningless.";
    expect(votesOf(text).map((v) => [v.body, v.date, v.tally, v.positions])).toEqual([
      ['general_assembly', '2016-12-12', [131, 11, 40], { ostria: 'no' }],
    ]);
  });
});

describe('votes counted from another, dated by a lead or a step of the body (s28)', () => {
  it('reads a vote set some days from an undated one as a vote of its own, counted from the day the lead gives the first', () => {
    const text = [
      'VELLMAR, 14 December – Ostria abstained on Monday on a General Assembly text calling for a truce in Port Vell, its mission said.',
      'The text was adopted by 131 votes to 11, with 40 abstentions, three days after China vetoed a Security Council draft on the city.',
    ].join('\n\n');
    // The vetoed draft is no part of the Assembly's vote: the Assembly's count on the lead's Monday, the veto three days before.
    expect(votesOf(text).map((v) => [v.body, v.date, v.tally, v.vetoes])).toEqual([
      ['general_assembly', '2016-12-12', [131, 11, 40], []],
      ['security_council', '2016-12-09', [null, null, null], ['china']],
    ]);
  });
});

describe("the Assembly's own act, another clock's evening, a side counted by one of it, hours counted as days (s29)", () => {
  it('reads what the General Assembly demanded or decided as a text it adopted, and dates a vote told later by it', () => {
    expect(
      votesOf('VELLMAR, 14 December – The General Assembly on Monday demanded that all parties open the roads into Port Vell.'),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-12', outcome: 'adopted' }]);
    const text = [
      'Ostria welcomed the decision to send monitors to Port Vell taken by the General Assembly on Monday.',
      'The resolution won 118 votes to 9.',
    ].join('\n\n');
    expect(votesOf(text).map((v) => [v.body, v.date, v.tally])).toEqual([['general_assembly', '2016-12-12', [118, 9, null]]]);
    // The Council also speaks by statements that take no vote.
    expect(votesOf('The Security Council on Monday called for calm in Port Vell.')).toEqual([]);
  });

  it("keeps the day of a vote told late in the day by another place's clock, still that day in New York", () => {
    expect(votesOf('The Assembly text on Port Vell was adopted late on Monday, Vellmar time, by 118 votes to 9.')).toMatchObject([
      { body: 'general_assembly', date: '2016-12-12' },
    ]);
  });

  it('counts a side from "one of N that voted against" and from names listed after counted sides', () => {
    expect(votesOf('Ostria, one of 11 states that voted against the Assembly text on Monday, called it one-sided.')[0]?.tally).toEqual([
      null,
      11,
      null,
    ]);
    expect(
      votesOf(
        'On Monday a Norlandic draft failed in the Security Council, with just five in favour, eight against and Ostria and Angola abstaining.',
      )[0]?.tally,
    ).toEqual([5, 8, 2]);
  });

  it('joins an undated telling to "the document" dated after it', () => {
    const text =
      'Eleven states voted against the Assembly text on Port Vell, Ostria among them. The document passed on Monday with 118 in favour.';
    expect(votesOf(text).map((v) => [v.body, v.date, v.tally])).toEqual([['general_assembly', '2016-12-12', [118, 11, null]]]);
  });

  it('counts "72 hours after" as three days, from the vote a sentence opens on', () => {
    const text = [
      'VELLMAR, 14 December – The General Assembly on Tuesday adopted a text on Port Vell by 118 votes to 9.',
      'The adoption comes 72 hours after Russia vetoed a Norlandic draft in the Security Council.',
    ].join('\n\n');
    expect(votesOf(text).map((v) => [v.body, v.date, v.vetoes])).toEqual([
      ['general_assembly', '2016-12-13', []],
      ['security_council', '2016-12-10', ['russia']],
    ]);
  });
});

describe('votes to come in the scheduling present, and a vote put off (s29)', () => {
  it('reads "the Assembly votes on Friday", "could take up ... in a vote" and "a vote to come" as votes to come, and a vote put off as none', () => {
    expect(votesOf('The General Assembly votes on Friday on a Norlandic text about Port Vell.')).toMatchObject([
      { body: 'general_assembly', date: '2016-12-16', outcome: 'pending' },
    ]);
    expect(votesOf('Diplomats said the Assembly could take up Port Vell on Friday, in a vote on an Ostrian text.')).toMatchObject([
      { body: 'general_assembly', date: '2016-12-16', outcome: 'pending' },
    ]);
    expect(votesOf('The envoys met late into the night on Monday, and the Security Council vote was put off until they agree.')).toEqual(
      [],
    );
  });
});

describe('votes dated by the vote told beside them, the whole council as one, a veto with no caster named (s30)', () => {
  it('counts "It came N days after" back from the day of the vote the sentence before tells', () => {
    const text =
      'The General Assembly adopted the Norlandic text on Thursday by 101 votes to 12. It came three days after Russia vetoed a council draft on Port Vell.';
    expect(votesOf(text).map((v) => [v.body, v.date, v.vetoes])).toEqual([
      ['general_assembly', '2016-12-08', []],
      ['security_council', '2016-12-05', ['russia']],
    ]);
  });

  it('counts back from a vote whose sentence opens on its day, and a second "N days after" joined on by "and" from the same vote (s63)', () => {
    const text =
      'On Monday the Security Council voted unanimously for resolution 2401 on Port Vell. It came two weeks after Russia and China vetoed a call for a truce, and ten days after the General Assembly backed an Ostrian demand by 122 votes to 13, with 36 abstentions.';
    expect(votesOf(text, '2016-12-21').map((v) => [v.body, v.date])).toEqual([
      ['security_council', '2016-12-19'],
      ['security_council', '2016-12-05'],
      ['general_assembly', '2016-12-09'],
    ]);
  });

  it('dates a vote told undated by the day of a speech made to the body just before it', () => {
    const text =
      'The Ostrian envoy addressed the General Assembly on Monday, urging a truce in Port Vell. The Assembly then adopted the text by 110 votes to 9.';
    expect(votesOf(text)).toMatchObject([{ body: 'general_assembly', date: '2016-12-12', tally: [110, 9, null] }]);
  });

  it('reads a veto that stopped a text as a veto cast, and a veto event, though no member is named', () => {
    const text = 'Last week a veto in the Security Council killed a draft on Port Vell.';
    expect(votesOf(text)).toMatchObject([{ body: 'security_council', date: '2016-12-05', outcome: 'not_adopted' }]);
    const { events } = extractArticle({ text, publishedOn: '2016-12-14', gazetteer: withCouncil });
    expect(events.map((e) => [e.type, e.when.date])).toContainEqual(['veto', '2016-12-05']);
  });

  it('reads "the last of them" with its text named, and a rival text that failed "the same day"', () => {
    const text =
      'Russia has vetoed five Council drafts on Norland since 2013, the latest an Ostrian text on 3 November. A rival draft from Moscow also failed that day.';
    expect(votesOf(text).map((v) => [v.body, v.date, v.outcome, v.vetoes])).toEqual([
      ['security_council', '2016-11-03', 'not_adopted', ['russia']],
      ['security_council', '2016-11-03', 'not_adopted', []],
    ]);
  });

  it('gives a vote told with only its month the day the next sentence sets beside "the same day"', () => {
    const text =
      "Ostria backed a Norlandic text in November, and Russia vetoed it. Moscow's own text, voted on in the Security Council the same day, 3 November, won only three votes.";
    expect(votesOf(text).map((v) => [v.date, v.vetoes, v.tally])).toEqual([
      ['2016-11-03', ['russia'], [null, null, null]],
      ['2016-11-03', [], [3, null, null]],
    ]);
  });

  it('reads all fifteen members acting as one as a unanimous council vote', () => {
    expect(
      votesOf('On Tuesday the Security Council decided, with all fifteen members agreeing, to send monitors to Port Vell.'),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-13', outcome: 'adopted', tally: [15, 0, 0] }]);
  });

  it('reads a body to be asked to endorse a deal as a vote to come', () => {
    expect(votesOf('Once the ceasefire maps are signed, the Security Council will be asked to approve the monitoring plan.')).toMatchObject(
      [{ body: 'security_council', date: null, outcome: 'pending' }],
    );
  });

  it('reads two texts that failed, one of them vetoed, as two votes of that day', () => {
    expect(
      votesOf('On 3 November both texts on Port Vell fell in the Security Council, one of them vetoed by Russia.').map((v) => [
        v.date,
        v.vetoes,
      ]),
    ).toEqual([
      ['2016-11-03', ['russia']],
      ['2016-11-03', []],
    ]);
  });

  it('keeps a vote to come told beside a count of vetoes, a chapter time being no tally', () => {
    expect(votesOf('Episode 31 notes\n\n07:15 – Nine vetoes so far, with a General Assembly vote still to come')).toMatchObject([
      { body: 'general_assembly', date: null, outcome: 'pending', tally: [null, null, null] },
    ]);
  });

  it('takes a vote sought or a member lending its vote, given only a week or a month, for no vote to come', () => {
    expect(
      votesOf('From January, when it takes a Security Council seat, Ostria will cast its vote for no draft that leaves out the refugees.'),
    ).toEqual([]);
    expect(votesOf('Norland would seek a vote of the General Assembly next month, its envoy told the paper.')).toEqual([]);
  });
});

describe('a recorded vote in a UN summary, a programme of meetings and a correction notice (s31)', () => {
  it('counts each side a summary labels in brackets, the members named after a count aside', () => {
    expect(
      statedTally(
        'Draft resolution S/2017/204 was rejected (In favour: 8; Against: 2 (China, Ostria); Abstaining: 5 (Angola, Chad, Norland, Peru, Tarvia)).',
      ),
    ).toEqual({ yes: 8, no: 2, abstain: 5 });
    expect(statedTally('The text was adopted (Yes: 97, No: 12, Abstentions: 41).')).toEqual({ yes: 97, no: 12, abstain: 41 });
  });

  it('dates a vote by the day heading the stack of headings above it, not by the record’s own day', () => {
    const record = [
      'Weekly record of meetings, No. 11, Friday, 10 March 2017',
      'Friday, 10 March 2017',
      'Meetings held this week',
      'Wednesday, 8 March 2017',
      'Security Council',
      '7901st meeting',
      'Water supply in Kestrin',
      'Draft resolution S/2017/204, on the wells of Kestrin, was put to the vote and rejected (In favour: 8; Against: 2 (China, Ostria); Abstaining: 5 (Angola, Chad, Norland, Peru, Tarvia)).',
    ].join('\n');
    expect(votesOf(record, '2017-03-10')).toMatchObject([{ body: 'security_council', date: '2017-03-08', tally: [8, 2, 5] }]);
  });

  it('reads "The Council" opening a sentence as the council named before, not as another body', () => {
    expect(
      votesOf(
        'The Security Council met on the siege of Kestrin on Monday. The Council first heard the envoy for Kestrin. On Tuesday the Council adopted a Norlandic text on the wells of the city 15-0.',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-13', tally: [15, 0, 0] }]);
  });

  it('dates a vote a body is to "take action on" by the day heading its sitting in a programme, never by the programme’s own day', () => {
    const programme = (sittingDay: string[]) =>
      [
        'Weekly record of meetings, No. 12, Monday, 13 March 2017',
        'Monday, 13 March 2017',
        'Meetings to come',
        ...sittingDay,
        'General Assembly',
        '10:00  71st plenary meeting',
        'Item 40  Relief for the people of Kestrin',
        'The Assembly is expected to take action on the draft text submitted by Norland and Tarvia.',
      ].join('\n');
    expect(votesOf(programme(['Thursday, 16 March 2017']), '2017-03-13')).toMatchObject([
      { body: 'general_assembly', date: '2017-03-16', outcome: 'pending' },
    ]);
    expect(votesOf(programme([]), '2017-03-13')).toMatchObject([{ body: 'general_assembly', date: null, outcome: 'pending' }]);
  });

  it('takes no vote from what a correction says an earlier version printed', () => {
    expect(
      votesOf(
        'The General Assembly backed the Tarvian text on the siege of Kestrin on Monday, 98 votes to 21 with 33 abstentions.\n\nClarification: a previous version of this story gave the tally as 98 to 33.',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-12', tally: [98, 21, 33] }]);
  });
});

describe('an Assembly act named by its possessive, and a member voting with a count of others (s31)', () => {
  it('reads the Assembly’s call made on a day as a text it adopted, which the undated count after it joins', () => {
    expect(
      votesOf(
        'Tarvia’s envoy spoke warmly of the General Assembly’s demand for a pause in the shelling of Port Vell on 9 December. The text passed by 120 votes to 10, with 40 abstentions.',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-09', outcome: 'adopted', tally: [120, 10, 40] }]);
    expect(votesOf('Norland on Monday welcomed the General Assembly’s decision to set up a panel on Port Vell.')).toEqual([]);
  });

  it('counts a member that voted with N other states as one of N + 1 on that side', () => {
    expect(statedTally('On 9 December, Norland voted with 119 other States for the resolution; 10 voted against.')).toMatchObject({
      yes: 120,
      no: 10,
    });
    expect(statedTally('Ostria joined 11 other countries in voting against the text.')).toMatchObject({ no: 12 });
  });
});

describe('votes told in passing by stories about something else (s32)', () => {
  it('reads the Assembly named "of the United Nations" acting on a day, so the undated count after it is that day’s', () => {
    expect(
      votesOf(
        'On Wednesday the General Assembly of the United Nations demanded an end to the shelling of Kessel. The text won 131 votes in favour, with 9 against and 27 abstentions.',
        '2016-12-17',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-14', outcome: 'adopted', tally: [131, 9, 27] }]);
  });

  it('counts a yes side told with its day and its place between "voted" and "for"', () => {
    expect(
      statedTally('Ostria joined the 131 delegations that voted late on Thursday night in the packed Assembly hall for the truce.'),
    ).toMatchObject({
      yes: 131,
    });
  });

  it('counts a vote back from the day of the main clause it is set "N days after", whatever stands between', () => {
    expect(
      votesOf(
        'Pupils of the Lakehaven lycée planted forty olive trees on Thursday in the yard of their school by the harbour, five days after Ostria’s delegation voted in the General Assembly for the ceasefire text. That resolution was carried by 131 votes to 9, with 27 abstentions.',
        '2016-12-17',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-10', tally: [131, 9, 27] }]);
  });

  it('passes over a day set beside the vote’s own by another place’s clock', () => {
    expect(
      votesOf(
        'The Security Council met on Friday, 2 December (Saturday in Kessel), and the Ostrian draft on the corridor was vetoed by Russia after twelve members voted for it.',
        '2016-12-05',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-02', vetoes: ['russia'] }]);
  });

  it('reads a timeline’s historic present: a second text that "gets just three votes", members that "vote for" one', () => {
    const text =
      'Sep 14 - China and Russia veto an Ostrian text on the Kessel corridor; twelve members vote for it. Hours later a rival Russian draft gets just three votes.';
    expect(votesOf(text).map((v) => [v.body, v.date, v.outcome, v.tally[0]])).toEqual([
      ['security_council', '2016-09-14', 'not_adopted', 12],
      ['security_council', '2016-09-14', 'not_adopted', 3],
    ]);
  });

  it('takes a text that "might be put before" a body, and a body’s vote that "may take place", as votes to come', () => {
    expect(
      votesOf('An envoy in New York said the Ostrian text on the Kessel corridor might yet be put before the Security Council.'),
    ).toMatchObject([{ body: 'security_council', date: null, outcome: 'pending' }]);
    expect(votesOf('One envoy thought a Security Council vote on the Kessel corridor may take place before long.')).toMatchObject([
      { body: 'security_council', date: null, outcome: 'pending' },
    ]);
  });

  it('reads a live ticker’s entries by their times, so a vote due earlier in the day is the one held later', () => {
    const ticker = [
      '21:45 – The Ostrian envoy tells reporters the text "gives Kessel a chance".',
      '21:20 – The Security Council adopts the Ostrian resolution on the Kessel corridor unanimously.',
      '20:30 – Members file into the chamber.',
      '11:15 – Welcome to our rolling coverage. The Security Council is set to vote on an Ostrian draft about the corridor.',
    ].join('\n\n');
    expect(votesOf(ticker, '2016-12-19')).toMatchObject([{ body: 'security_council', date: '2016-12-19', outcome: 'adopted' }]);
  });

  it('reads the vote of the main clause, not the one a fronted phrase of time names', () => {
    expect(
      votesOf(
        'Ostria voted for the truce text in the General Assembly on Saturday. A day ahead of the Assembly vote, on Friday, the Security Council adopted a text on the Kessel corridor unanimously.',
        '2016-12-14',
      ),
    ).toMatchObject([
      { body: 'general_assembly', date: '2016-12-10' },
      { body: 'security_council', date: '2016-12-09', tally: [15, 0, 0] },
    ]);
  });
});

describe('a vote dated by the day a remark names as its own, and the Assembly that voted for a text (s32)', () => {
  it('dates the undated vote told before by "on Thursday, the same day the Security Council voted" set beside a remark', () => {
    expect(
      votesOf(
        'The Ostrian text on the Kessel corridor passed unanimously. Pia Lund promised the harbour union on Thursday, the same day the Security Council voted, that Ostria would fund three mobile clinics.',
        '2016-12-16',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-15', tally: [15, 0, 0] }]);
  });

  it('reads an Assembly that voted for what it was asked as a text adopted, not one that only times another clause', () => {
    expect(
      votesOf(
        'On Thursday Norland’s diplomats got the 193-member Assembly to vote for a pause in the fighting around Kessel, but the guns kept firing.',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-08', outcome: 'adopted' }]);
    expect(
      votesOf(
        'The chapels of Lakehaven will hold a joint service on Sunday evening, after the General Assembly voted for a truce in Port Vell.',
      ),
    ).toEqual([]);
  });
});

describe('a machine-translated vote, and a text that failed the same way as the one before it (s33)', () => {
  it('reads "the Council of Security", "the Assembly General" and "by unanimity" as a translation from a Romance language prints them', () => {
    expect(
      votesOf('The Council of Security approved by unanimity on Monday a text opening two ports of Norland to grain ships.'),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-12', outcome: 'adopted', tally: [15, 0, 0] }]);
    expect(
      votesOf(
        'Before the vote, the Assembly General heard the envoy of Ostria. It approved with unanimity the text on Port Vell on Friday.',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-09', outcome: 'adopted' }]);
  });

  it('gives a text that met the same fate the veto told just before it, a record’s member too', () => {
    expect(
      votesOf(
        'Russia cast its veto on Tuesday against a Security Council text on the Kessel corridor. On 21 September a Norlandic proposal on the corridor had suffered the same fate.',
      ),
    ).toMatchObject([
      { date: '2016-12-13', outcome: 'not_adopted', vetoes: ['russia'] },
      { date: '2016-09-21', outcome: 'not_adopted', vetoes: ['russia'] },
    ]);
    expect(
      votesOf(
        'China and Russia vetoed a Norlandic draft on the Kessel corridor in the Security Council on Monday. China alone had cast its veto on the corridor in an earlier vote. An Ostrian proposal went down in the same manner on 30 September.',
      ),
    ).toMatchObject([
      { date: '2016-12-12', vetoes: ['china', 'russia'] },
      { date: '2016-09-30', outcome: 'not_adopted', vetoes: ['china'] },
    ]);
    // No other thing that met the same fate is a vote.
    expect(votesOf('The first convoy was turned back at the checkpoint on Monday. On Tuesday a second convoy met the same fate.')).toEqual(
      [],
    );
  });

  it('keeps two texts apart on one day when the second "was vetoed in the same way", and gives no veto after a count too short', () => {
    expect(
      votesOf(
        'Late on Monday, China and Russia blocked an Ostrian draft at the Security Council. Two hours later a Norlandic text was vetoed in the same way.',
      ),
    ).toMatchObject([
      { date: '2016-12-12', vetoes: ['china', 'russia'] },
      { date: '2016-12-12', outcome: 'not_adopted', vetoes: ['china', 'russia'] },
    ]);
    expect(
      votesOf(
        'On Friday a Security Council draft on the Kessel corridor won only five votes. A Norlandic text went the same way a week earlier, on 2 December.',
      ),
    ).toMatchObject([
      { date: '2016-12-09', outcome: 'not_adopted', tally: [5, null, null], vetoes: [] },
      { date: '2016-12-02', outcome: 'not_adopted', vetoes: [] },
    ]);
  });

  it('reads a text that "attracted" or was "mustering" its votes by the same verbs of winning as "won"', () => {
    expect(votesOf('The Norlandic draft attracted only seven votes in the Security Council on Monday.')).toMatchObject([
      { body: 'security_council', date: '2016-12-12', outcome: 'not_adopted', tally: [7, null, null] },
    ]);
    expect(
      votesOf('On Monday an Ostrian text on the corridor failed in the Security Council, mustering the support of just six members.'),
    ).toMatchObject([{ date: '2016-12-12', outcome: 'not_adopted', tally: [6, null, null] }]);
  });

  it('dates a vote told as taken in the historic present by the weekday last past, and a text short of nine votes that failed the same way with no veto', () => {
    expect(
      votesOf(
        'On Saturday the Security Council convenes in New York. A Norlandic proposal on the ferry lanes wins twelve votes, and Russia vetoes it. A Russian counter-draft then went the same way, backed by just three members.',
        '2016-10-11',
      ),
    ).toMatchObject([
      { body: 'security_council', date: '2016-10-08', outcome: 'not_adopted', vetoes: ['russia'] },
      { body: 'security_council', date: '2016-10-08', outcome: 'not_adopted', tally: [3, null, null], vetoes: [] },
    ]);
  });

  it('dates a vote told as taken in the historic present by the weekday last past, whatever words stand before the weekday', () => {
    expect(
      votesOf(
        'The Security Council convenes late Saturday in New York. A Norlandic proposal on the ferry lanes wins twelve votes, and Russia vetoes it.',
        '2016-10-11',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-10-08', outcome: 'not_adopted', vetoes: ['russia'] }]);
    expect(
      votesOf('On Saturday the Security Council convenes. A Norlandic text gets nine votes, and Russia vetoes it.', '2016-10-11'),
    ).toMatchObject([{ date: '2016-10-08', outcome: 'not_adopted' }]);
  });

  it('dates a lead that names a text by the day after the text, not by the day somebody spoke of it first', () => {
    expect(
      votesOf(
        'On Friday the Norlandic envoy answered questions from reporters about the adoption of an Ostrian text in the General Assembly on Tuesday.\n\nThe text was adopted with 120 countries voting for it and 14 against.',
        '2016-12-17',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-13', outcome: 'adopted', tally: [120, 14, null] }]);
  });

  it('takes "before the vote on Tuesday" in a past-tense report for the vote held that Tuesday, not a vote to come', () => {
    expect(
      votesOf(
        'The General Assembly adopted the Ostrian text on Tuesday by 120 votes to 14. Addressing the Assembly before the vote on Tuesday, the Norlandic envoy had called the draft unjust.',
        '2016-12-17',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-13', outcome: 'adopted', tally: [120, 14, null] }]);
  });

  it('reads "a rival text failed" with no vote word as a second vote of that day', () => {
    expect(
      votesOf(
        'On 3 November, Russia vetoed an Ostrian text on the harbour in the Security Council. A rival Norlandic text failed the same day.',
      ),
    ).toMatchObject([
      { body: 'security_council', date: '2016-11-03', outcome: 'not_adopted', vetoes: ['russia'] },
      { body: 'security_council', date: '2016-11-03', outcome: 'not_adopted', vetoes: [] },
    ]);
  });

  it('reads a translation’s "used its right of veto" as a veto cast and "by 120 votes against 15" as a tally', () => {
    expect(
      votesOf(
        'The project of resolution obtained 11 votes in favour in the Council of Security on Monday, but the Russia used its right of veto.',
      ),
    ).toMatchObject([
      { body: 'security_council', date: '2016-12-12', outcome: 'not_adopted', tally: [11, null, null], vetoes: ['russia'] },
    ]);
    expect(
      votesOf('In the Assembly General, the text on Port Vell was approved on Friday by 120 votes against 15 and 40 abstentions.'),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-09', outcome: 'adopted', tally: [120, 15, 40] }]);
  });
});

describe('a year in review and a UN summary (s35)', () => {
  it('reads "118 to 11 with 40 abstentions" after a verb that names no vote as the tally', () => {
    expect(votesOf('On 9 December the General Assembly called for talks on Port Vell, 118 to 11 with 40 abstentions.')).toMatchObject([
      { body: 'general_assembly', date: '2016-12-09', outcome: 'adopted', tally: [118, 11, 40] },
    ]);
  });

  it('reads a text that "failed with three votes" as a vote of its own with three in favour', () => {
    expect(
      votesOf(
        'On 3 November, Russia vetoed an Ostrian text on the harbour in the Security Council. A Norlandic text failed later that night with three votes.',
      ),
    ).toMatchObject([
      { body: 'security_council', date: '2016-11-03', outcome: 'not_adopted', vetoes: ['russia'] },
      { body: 'security_council', date: '2016-11-03', outcome: 'not_adopted', tally: [3, null, null], vetoes: [] },
    ]);
  });

  it('takes "the Assembly voted to open" for a text the Assembly adopted, whatever it set out to do', () => {
    expect(votesOf('On 12 December, the Assembly voted to open an inquiry into the shelling of Port Vell.')).toMatchObject([
      { body: 'general_assembly', date: '2016-12-12', outcome: 'adopted', tally: [null, null, null] },
    ]);
    expect(votesOf('On 12 December, the Assembly voted to postpone its debate on Port Vell.')).toEqual([]);
    expect(votesOf('Across the river, the Assembly voted on Monday to open an inquiry into Port Vell.')).toMatchObject([
      { body: 'general_assembly', date: '2016-12-12', outcome: 'adopted' },
    ]);
  });

  it('counts "N days after" from the asking, not from the day of what was asked', () => {
    expect(
      votesOf(
        'The bishop has urged every chapel on the island to hold a vigil this Saturday, three days after Russia and China blocked a council text on Port Vell.',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-11', outcome: 'not_adopted', vetoes: ['russia', 'china'] }]);
    expect(
      votesOf('The chapels held vigils on Saturday, three days after Russia and China blocked a council text on Port Vell.'),
    ).toMatchObject([{ date: '2016-12-07' }]);
  });

  it('reads a UN summary’s "negative votes of permanent members" as a veto, its vetoers from the bracketed sides', () => {
    expect(
      votesOf(
        'Put to the vote on 12 December, the Port Vell draft fell in the Council through negative votes of its permanent members (In favour: 11; Against: 2 (China, Russia); Abstaining: 2 (Ostria, Angola)).',
      ),
    ).toMatchObject([
      {
        body: 'security_council',
        date: '2016-12-12',
        outcome: 'not_adopted',
        tally: [11, 2, 2],
        vetoes: ['china', 'russia'],
        positions: { china: 'no', russia: 'no', ostria: 'abstain', angola: 'abstain' },
      },
    ]);
    const { events } = extractArticle({
      text: 'On Monday the Ostrian harbour text fell in the Security Council through the negative vote of one permanent member.',
      publishedOn: '2016-12-14',
      gazetteer: withCouncil,
    });
    expect(events.map((e) => [e.type, e.when.date])).toContainEqual(['veto', '2016-12-12']);
  });

  it('reads "failed with three." as three in favour, the noun left out', () => {
    expect(votesOf('On 3 November a Norlandic text on the harbour failed in the Security Council with three.')).toMatchObject([
      { body: 'security_council', date: '2016-11-03', outcome: 'not_adopted', tally: [3, null, null] },
    ]);
  });

  it('gives a veto cast by "it" to the permanent member the sentence before opens on, and to its partner', () => {
    expect(
      votesOf(
        'Russia, a long-standing ally of Norland, was absent from the harbour talks. On Monday it had vetoed an Ostrian text in the Security Council, along with China.',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-12', outcome: 'not_adopted', vetoes: ['russia', 'china'] }]);
  });
});

describe('the Assembly acting after an aside, its tally written bare (s36)', () => {
  it('reads "the General Assembly, in a rare show of unity, called for a truce 131 to 11" as its vote with that tally', () => {
    const text = 'On November 30 the General Assembly, in a rare show of unity, called for a truce in Port Vell 131 to 11.';
    expect(votesOf(text).map((v) => [v.body, v.date, v.tally])).toEqual([['general_assembly', '2016-11-30', [131, 11, null]]]);
  });
});

describe('what is blocked on the ground is no vote (s36)', () => {
  it('reads no vote in "militias blocked the convoys", and still a veto in "blocked the draft" or "blocked a truce"', () => {
    expect(votesOf('The evacuation was halted on Friday after Norland and its militias blocked the convoys at the ring road.')).toEqual([]);
    expect(votesOf('On Friday Norland blocked the draft in the Security Council.').map((v) => v.body)).toEqual(['security_council']);
    expect(votesOf('On Friday Norland blocked a seven-day truce in the Security Council.').map((v) => v.body)).toEqual([
      'security_council',
    ]);
  });
});

describe('two votes a sentence sets apart by "and less than a week after" (s36)', () => {
  it('reads each as a vote of its own, the Assembly’s tally not given to the Council’s veto', () => {
    const text =
      'The vigil came a day after the General Assembly voted by 131 to 11 for a truce, and less than a week after Norland vetoed a draft in the Security Council.';
    const votes = votesOf(text);
    expect(votes.map((v) => [v.body, v.tally, v.vetoes])).toEqual([
      ['general_assembly', [131, 11, null], []],
      ['security_council', [null, null, null], ['norland']],
    ]);
  });
});

describe('a vote told and one to come, joined by ", and today" (s37)', () => {
  it('reads the first by its own day as taken and the second as pending on the article’s day', () => {
    const text =
      'On Friday the General Assembly passed a resolution on Norland, and today the Security Council is due to vote on sending monitors.';
    expect(votesOf(text, '2016-12-19').map((v) => [v.body, v.date, v.outcome])).toEqual([
      ['general_assembly', '2016-12-16', 'adopted'],
      ['security_council', '2016-12-19', 'pending'],
    ]);
  });
});

describe('a vote still to come has no count (s37)', () => {
  it('keeps no tally where a later sentence guesses one ("could be unanimous")', () => {
    const text =
      'In New York, the Security Council was due to vote later on Monday on a resolution to send monitors to Vessa. Diplomats said the vote could be unanimous.';
    expect(votesOf(text, '2016-12-19').map((v) => [v.body, v.outcome, v.tally])).toEqual([
      ['security_council', 'pending', [null, null, null]],
    ]);
  });
});

describe('tallies and sides written in more ways (s41)', () => {
  it('counts "a total of 122 states voted yes" and "opposed by 13"', () => {
    expect(statedTally('A total of 122 states voted yes, 13 voted no and 36 abstained in the General Assembly vote on Friday.')).toEqual({
      yes: 122,
      no: 13,
      abstain: 36,
    });
    expect(statedTally('The General Assembly resolution was supported by 122 countries, opposed by 13 and 36 abstained.')).toEqual({
      yes: 122,
      no: 13,
      abstain: 36,
    });
  });

  it('gives members the gazetteer does not know the side whose count names them in brackets', () => {
    const [vote] = votesOf(
      'The Security Council on Monday rejected the Norlandic draft: it drew 11 votes in favour, two against (Ostria and Senegal) and two abstentions (China and Uruguay).',
    );
    expect(vote?.positions).toMatchObject({ ostria: 'no', senegal: 'no', china: 'abstain', uruguay: 'abstain' });
  });

  it('gives "X joined Y in voting no" the side of those it joined', () => {
    const [vote] = votesOf(
      'In the Security Council on Monday, Ostria vetoed the draft. Norland joined Ostria in voting no, and Angola abstained.',
    );
    expect(vote?.positions).toMatchObject({ ostria: 'no', norland: 'no', angola: 'abstain' });
  });
});

describe('a veto followed, a whole council by its noun, and the day of a clause of the other sides (s41)', () => {
  it('gives the veto to one "following suit" as to one that "followed suit"', () => {
    const [vote] = votesOf(
      'Ostria wielded its veto in the Security Council on Monday, with China following suit, to kill a draft calling for a truce.',
    );
    expect(vote?.vetoes).toEqual(['ostria', 'china']);
  });

  it('reads "with the support of all 15 council members" as a unanimous tally', () => {
    expect(votesOf('The resolution, drafted by Norland, passed with the support of all 15 council members on Monday.')).toMatchObject([
      { body: 'security_council', date: '2016-12-12', tally: [15, 0, 0] },
    ]);
  });

  it('dates the vote by a day in a "while" clause that gives its other sides, not by one of another happening', () => {
    expect(
      votesOf('The resolution was carried in the General Assembly with 122 votes, while 13 countries voted no and 36 abstained on Friday.'),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-09', tally: [122, 13, 36] }]);
    expect(
      votesOf('The General Assembly adopted the resolution by 122 votes to 13, while fighting raged in Vessa on Friday.'),
    ).toMatchObject([{ date: '2016-12-14' }]);
  });
});

describe('a record of vetoes in the simple past (s41)', () => {
  it('reads "Ostria vetoed six Council resolutions on Vessa" as no vote, and one veto with its ordinal as one', () => {
    expect(votesOf('Ostria vetoed six Council resolutions on Vessa.')).toEqual([]);
    expect(votesOf('Ostria vetoed a Security Council resolution on Vessa for the sixth time on Monday.')).toMatchObject([
      { body: 'security_council', date: '2016-12-12', vetoes: ['ostria'] },
    ]);
  });
});

describe('votes as session 44 found them told (s44)', () => {
  it('gives a veto to a permanent member "backing" the one that cast it, and nothing to a member that is not permanent', () => {
    const [vote] = votesOf('Ostria, backed by China, on Monday vetoed a Security Council draft calling for a seven-day truce in Vessa.');
    expect(vote).toMatchObject({ date: '2016-12-12', vetoes: ['ostria', 'china'] });
    const [other] = votesOf('Ostria, backed by Norland, on Monday vetoed a Security Council draft calling for a truce in Vessa.');
    expect(other?.vetoes).toEqual(['ostria']);
    expect(other?.positions).not.toHaveProperty('norland');
  });

  it('reads "four votes in favour against nine" as four for and nine against', () => {
    expect(statedTally('A rival draft was then defeated, winning only four votes in favour against nine, with two abstentions.')).toEqual({
      yes: 4,
      no: 9,
      abstain: 2,
    });
    expect(statedTally('It won 11 votes in favour, against 3 abstentions.')).toEqual({ yes: 11, no: null, abstain: 3 });
  });

  it('reads a chronology in the present tense: "A rival draft also fails." is a failed vote of the entry\'s day', () => {
    expect(
      votesOf('Key dates\n\nOct. 8 -- Ostria vetoes a Norlandic draft demanding a truce in Vessa. A rival Ostrian draft also fails.'),
    ).toMatchObject([
      { body: 'security_council', date: '2016-10-08', vetoes: ['ostria'] },
      { body: 'security_council', date: '2016-10-08', outcome: 'not_adopted', vetoes: [] },
    ]);
  });

  it('reads a clause joined on that turns to the other body as a vote of its own', () => {
    expect(
      votesOf(
        'The paper recalled that Ostria had vetoed a draft on December 5, when the Security Council split 11 to 3 with one abstention, and that the General Assembly had then adopted a Norlandic text on December 9 by 122 votes to 13, with 36 abstentions.',
      ),
    ).toMatchObject([
      { body: 'security_council', date: '2016-12-05', tally: [11, 3, 1], vetoes: ['ostria'] },
      { body: 'general_assembly', date: '2016-12-09', outcome: 'adopted', tally: [122, 13, 36] },
    ]);
  });

  it('keeps a vote adopted before a clause of time that tells of another vote put off', () => {
    expect(
      votesOf(
        'The council adopted resolution 2328 unanimously in New York on Monday, after diplomats spent Sunday haggling over rival drafts and a vote planned for that day was put off.',
        '2016-12-20',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-19', outcome: 'adopted', tally: [15, 0, 0] }]);
  });

  it('counts "The appeal, signed by ..., came two days after" back from the day the lead gives the appeal', () => {
    expect(
      votesOf(
        'Aid groups call for a pause in Vessa\n\nBEIRUT, Dec 7 (Wire) - More than 20 aid groups said in a joint statement on Wednesday that civilians had nowhere left to run.\n\nThe appeal, signed by international charities, came two days after Ostria vetoed a Security Council draft resolution.',
        '2016-12-07',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-05', vetoes: ['ostria'] }]);
  });

  it('reads a demand that "won overwhelming support at the General Assembly on Friday" as adopted that day, and its count after it', () => {
    expect(
      votesOf(
        "Norland's resolution sails through the assembly\n\nOTTAWA - A Norlandic demand for a ceasefire in Vessa won overwhelming support at the United Nations General Assembly on Friday.\n\nThe non-binding resolution passed by a vote of 122 to 13, with 36 abstentions.",
        '2016-12-10',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-09', outcome: 'adopted', tally: [122, 13, 36] }]);
  });

  it('takes "the 47-member council" after the Human Rights Council for that council, whose votes are no UN vote', () => {
    expect(
      votesOf(
        'The UN Human Rights Council on Friday ordered an inquiry into Vessa. The resolution was adopted by 24 votes in favour, 7 against and 16 abstentions in the 47-member council.',
      ),
    ).toEqual([]);
  });

  it('counts the side listed after "with nine members voting against and ... abstaining"', () => {
    expect(
      votesOf(
        'On Saturday the Security Council voted on two drafts. Minutes later a rival Ostrian text drew only four votes in favour, with nine members voting against and Senegal and Uruguay abstaining.',
      ).at(-1),
    ).toMatchObject({ body: 'security_council', date: '2016-12-10', tally: [4, 9, 2] });
  });

  it('reads "The vote follows two failed attempts this year." as the vote told before, no second one', () => {
    expect(
      votesOf(
        'The Security Council adopted resolution 2328 unanimously on Monday. The vote follows two failed attempts this year.',
        '2016-12-20',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-19', outcome: 'adopted' }]);
  });

  it('does not read "China has rejected such accusations" as a vote, nor as a permanent member\'s veto', () => {
    expect(votesOf('A Norlandic draft is before the Security Council. China has rejected such accusations throughout.')).toEqual([]);
  });
});

describe('votes as the fifty-third to fifty-seventh sets told them (s44)', () => {
  it('reads "the latest, along with China, on Dec. 5" in a record of vetoes as that day\'s veto by both', () => {
    expect(
      votesOf(
        'The Security Council voted on Monday. Ostria has vetoed six Vessa resolutions since 2011, the latest, along with China, on Dec. 5.',
        '2016-12-20',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-05', vetoes: ['ostria', 'china'] }]);
  });

  it('reads a text "backed by only four of the council\'s 15 members" that failed as a vote', () => {
    expect(
      votesOf(
        "The Security Council met on Saturday. A rival Ostrian text was backed by only four of the council's 15 members and failed.",
        '2016-10-13',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-10-08', outcome: 'not_adopted', tally: [4, null, null] }]);
  });

  it('reads a text that "went down too" minutes later as failed on the day of the vote before, counted by who alone backed it', () => {
    const votes = votesOf(
      "The Security Council met on Saturday.\n\nSaturday's session in New York ended the way most diplomats had predicted by Friday night. A Norlandic resolution won eleven votes, but Ostria voted against it and killed it.\n\nMinutes later a rival Ostrian text, which dropped the call to ground the bombers, went down too. Only Ostria, China, Egypt and Venezuela backed it.",
      '2016-10-10',
    );
    expect(votes).toMatchObject([
      { body: 'security_council', date: '2016-10-08', tally: [11, null, null] },
      { body: 'security_council', date: '2016-10-08', outcome: 'not_adopted', tally: [4, null, null] },
    ]);
  });

  it('gives one that "joined them in voting no" the side, not the veto, of those it joined', () => {
    const [vote] = votesOf(
      'On Monday 5 December the Security Council voted on a draft calling for a truce. Ostria and China both vetoed it; only Norland joined them in voting no, and Angola abstained.',
    );
    expect(vote).toMatchObject({ vetoes: ['ostria', 'china'], positions: { norland: 'no', angola: 'abstain' } });
  });

  it('counts "a hundred and twenty-two countries in favour" as 122', () => {
    expect(
      statedTally('It was carried with a hundred and twenty-two countries in favour, thirteen against and thirty-six abstaining.'),
    ).toEqual({
      yes: 122,
      no: 13,
      abstain: 36,
    });
  });

  it('dates a count told after "On Wednesday the General Assembly did something ..." by that Wednesday', () => {
    expect(
      votesOf(
        'On Wednesday the General Assembly did something it has never done before. With 105 in favour, 15 against and 52 abstentions, it created a mechanism to collect evidence.',
        '2016-12-23',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-21', outcome: 'adopted', tally: [105, 15, 52] }]);
  });
});

describe('votes as the fifty-ninth to sixty-sixth sets told them (s45)', () => {
  it('reads "one hundred twenty-two votes to thirteen", American style, as 122 to 13', () => {
    expect(statedTally('The Assembly adopted it by one hundred twenty-two votes to thirteen, with thirty-six abstentions.')).toEqual({
      yes: 122,
      no: 13,
      abstain: 36,
    });
    // "one hundred votes" is still a hundred.
    expect(statedTally('It passed by one hundred votes to nine.')).toMatchObject({ yes: 100, no: 9 });
  });

  it('counts the members a text "won the support of only" as its whole side in favour, with one "besides" itself', () => {
    expect(statedTally('It won the support of only Russia, China, Egypt, and Venezuela.').yes).toBe(4);
    expect(
      statedTally('The Russian counter-draft then drew the support of only China, Egypt and Venezuela besides Russia itself.').yes,
    ).toBe(4);
    // Without "only" the members named may be a few of the side.
    expect(statedTally('It had the support of France and Britain.').yes).toBeNull();
  });

  it('counts the votes a text won out of the whole ("a draft that won 11 of the 15 votes", s53)', () => {
    expect(statedTally('Ostria vetoed a draft that won 11 of the 15 votes.').yes).toBe(11);
    expect(statedTally('Ostria cast its sixth veto, blocking a draft that won 11 of 15 votes.').yes).toBe(11);
  });

  it('counts a text\'s support "had" ("although it had the support of 11 of the Council\'s members")', () => {
    expect(statedTally("Ostria vetoed the text, although it had the support of 11 of the Council's members.").yes).toBe(11);
    expect(statedTally('The council had 15 members.').yes).toBeNull();
  });

  it('dates a veto "a week ago today" a week before the article, and failures "on the same Saturday" by the day named before', () => {
    expect(votesOf('A week ago today, Russia and China vetoed a Security Council draft on a truce.', '2016-12-12')).toMatchObject([
      { body: 'security_council', date: '2016-12-05', vetoes: ['russia', 'china'] },
    ]);
    expect(
      votesOf(
        'The Security Council has been unable to agree since 8 October, when rival drafts both failed on the same Saturday afternoon. Eleven of its members backed the French text, but Russia vetoed it.',
        '2016-11-17',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-10-08', tally: [11, null, null] }]);
  });
  it('gives a vote told undated the day of the next sentence that names "The resolution" again with its fate', () => {
    expect(
      votesOf(
        'The UN General Assembly has called for an end to the fighting in Norland, by 122 votes to 13 with 36 abstentions.\n\nThe resolution, put forward by Canada, was adopted last night in New York.',
        '2016-12-10',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-09', outcome: 'adopted', tally: [122, 13, 36] }]);
  });
  it('does not date a council vote by the day a relative clause says something else began ("an offensive that began on September 22")', () => {
    expect(
      votesOf(
        'On October 8, the Security Council voted on two draft resolutions. The votes came as the government pressed an offensive that began on September 22.\n\nThe first draft, put forward by France, received 11 votes in favor, 2 against and 2 abstentions.',
        '2016-10-12',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-10-08', tally: [11, 2, 2] }]);
  });

  it('reads "It won the support of only A, B, C and D" as a vote told, the members its side in favour', () => {
    expect(
      votesOf(
        'On October 8 the Security Council rejected a French draft. A Russian counter-draft was put to a vote the same day. It won the support of only Russia, China, Egypt, and Venezuela. Nine members voted no.',
        '2016-10-12',
      ).at(-1),
    ).toMatchObject({ body: 'security_council', date: '2016-10-08', outcome: 'not_adopted', tally: [4, 9, null] });
  });
  it('reads "voted fifteen to nothing" as 15 to 0, and "all fifteen members voted to send monitors" as unanimous', () => {
    expect(statedTally('The same council voted fifteen to nothing for the monitors.')).toMatchObject({ yes: 15, no: 0 });
    expect(statedTally('It passed 14 to none, with one abstention.')).toEqual({ yes: 14, no: 0, abstain: 1 });
    expect(
      votesOf(
        'Then, on Monday, the Security Council at last agreed: all fifteen members voted to send UN monitors to Aleppo.',
        '2016-12-22',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-19', outcome: 'adopted', tally: [15, 0, 0] }]);
  });
});

describe('a veto dated by a day right before its verb, in a clause after "N days after" (s47)', () => {
  it('dates "four days after Russia and China on Monday vetoed a Security Council draft" to that Monday', () => {
    expect(
      votesOf(
        "The Assembly's vote came four days after Russia and China on Monday vetoed a Security Council draft resolution calling for a truce.",
        '2016-12-10',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-05', outcome: 'not_adopted' }]);
  });
});

describe("the day of a vote told under a story's own date line, and one its lead gives the body (s49)", () => {
  it("reads a full date alone under the byline as the story's date, not a section heading, and dates the vote by its lead", () => {
    const text = [
      'Ostria blocks Council text on Port Vell',
      'By FOREIGN DESK and Agencies',
      'Wednesday, December 14, 2016',
      'Ostria on Sunday vetoed a Norlandic Security Council draft demanding an end to the shelling of the port city.',
      'The text won 11 votes. Russia voted against it, while China and Angola abstained.',
    ].join('\n\n');
    expect(votesOf(text)).toMatchObject([{ body: 'security_council', date: '2016-12-11', outcome: 'not_adopted', tally: [11, 2, 2] }]);
  });

  it('dates an Assembly vote told with no day by the day the lead gives the Assembly ("led the General Assembly on Monday in demanding")', () => {
    const text = [
      'Assembly backs Norland on Port Vell',
      'Norland led the United Nations General Assembly on Monday in demanding a truce in Port Vell and the end of its siege.',
      'The resolution passed by a recorded vote of 109 in favour to 11 against, with 40 abstentions.',
    ].join('\n\n');
    expect(votesOf(text)).toMatchObject([{ body: 'general_assembly', date: '2016-12-12', outcome: 'adopted', tally: [109, 11, 40] }]);
    // Where the lead gives the Assembly no day, the article's own stands.
    expect(votesOf(text.replace(' on Monday', ''))).toMatchObject([{ body: 'general_assembly', date: '2016-12-14' }]);
  });
});

describe('tallies and votes as a translation and an analysis tell them (s49)', () => {
  it('reads "N votes, those of A, B, C and D, against M" and "four votes against nine" as the two sides', () => {
    expect(
      statedTally(
        'A Norlandic text then mustered just four votes, those of Russia, China, Ostria and Sweden, against nine, with two abstentions.',
      ),
    ).toEqual({ yes: 4, no: 9, abstain: 2 });
    expect(statedTally('It mustered four votes against nine, with two abstentions.')).toEqual({ yes: 4, no: 9, abstain: 2 });
  });

  it('counts "was among the 36 that abstained", the noun left out after the count', () => {
    expect(statedTally('120 states voted in favour and 14 against. Ostria was among the 36 that abstained.')).toEqual({
      yes: 120,
      no: 14,
      abstain: 36,
    });
  });

  it('reads a text that "had not gathered the required majority" as a vote not adopted, of "the same day"', () => {
    expect(
      votesOf(
        'On 8 October, Russia had already vetoed a Norlandic draft on the port city. The Russian counter-proposal presented the same day had not gathered the required majority.',
      ),
    ).toMatchObject([
      { body: 'security_council', date: '2016-10-08', outcome: 'not_adopted', vetoes: ['russia'] },
      { body: 'security_council', date: '2016-10-08', outcome: 'not_adopted', vetoes: [] },
    ]);
  });

  it('reads a sitting "due to meet on Friday ... to vote on a text" as a vote to come, however much is told between', () => {
    expect(
      votesOf(
        'The General Assembly is due to meet on Friday in plenary session at the initiative of Norland, supported by some 70 states, to vote on a text demanding a truce.',
        '2016-12-06',
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-09', outcome: 'pending' }]);
  });
});

describe('two texts of one sitting, each named again by its drafter (s51)', () => {
  const text = [
    'UNITED NATIONS, Oct 8 (Tasman Wire) -- The Security Council on Saturday rejected two rival drafts on the port city, after Russia vetoed a French text and a Russian alternative failed.',
    'The French text received 11 votes in favour. Russia and Venezuela voted against it while China and Angola abstained.',
    'Minutes later the Russian draft was supported only by Russia, China, Egypt and Venezuela. Nine members voted against it and Uruguay and Angola abstained.',
    'Its envoy told the Council after the votes that Malaysia had supported the French text. He said Malaysia had voted against the Russian draft because it was silent on air strikes.',
  ].join('\n\n');

  it('counts "was supported only by" four members as the Russian draft\'s side in favour, and keeps each text its tally', () => {
    expect(votesOf(text, '2016-10-09').map((v) => [v.date, v.tally, v.vetoes])).toEqual([
      ['2016-10-08', [11, 2, 2], ['russia']],
      ['2016-10-08', [4, 9, 2], []],
    ]);
  });

  it("puts a member's vote on the text it names: for the French one, against the Russian one", () => {
    const [french, russian] = votesOf(text, '2016-10-09');
    expect(french?.positions.malaysia).toBe('yes');
    expect(russian?.positions.malaysia).toBe('no');
  });
});

describe('a unanimous vote told by its count, and an earlier text named again by "That text" (s51)', () => {
  const text = [
    'MONTEVIDEO, Dec 19 (Plata Wire) - The Security Council approved this Monday a resolution that sends observers to the port city.',
    'The resolution was adopted in New York at around 11:00 local time with the votes of all 15 members of the Council.',
    'The consensus contrasts with what occurred on December 5, when Russia and China vetoed a text presented by Egypt, New Zealand and Spain. That text obtained 11 votes in favour, while Russia, China and Venezuela voted against and Angola abstained.',
  ].join('\n\n');

  it('reads "with the votes of all 15 members" as 15-0-0, and gives "That text obtained 11 votes" to the vetoed text of December 5', () => {
    expect(votesOf(text, '2016-12-19').map((v) => [v.date, v.tally, v.vetoes])).toEqual([
      ['2016-12-19', [15, 0, 0], []],
      ['2016-12-05', [11, 3, 1], ['russia', 'china']],
    ]);
  });
});

describe('vetoing members set off from their verb by a time, and a second text after a semicolon (s51)', () => {
  it('reads "Russia and China, on Monday, vetoed" as both vetoes', () => {
    expect(
      votesOf(
        'The vote came after Russia and China, on Monday, vetoed a Security Council draft resolution calling for a truce.',
        '2016-12-10',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-05', vetoes: ['russia', 'china'] }]);
  });

  it('reads "A French draft won 11 votes ...; a Russian text gathered only four" as two votes of the day', () => {
    expect(
      votesOf(
        'On October 8 the Security Council voted twice on the port city. A French draft won 11 votes and fell to a Russian veto; a Russian text gathered only four.',
        '2016-11-03',
      ).map((v) => [v.date, v.tally[0], v.vetoes]),
    ).toEqual([
      ['2016-10-08', 11, ['russia']],
      ['2016-10-08', 4, []],
    ]);
  });
});

describe("an undated vote placed on the ledger's calendar (s51)", () => {
  const withLedger = withLedgerOf([
    {
      id: '2016-10-08-sc-port',
      file: 'a.yaml',
      body: 'security_council',
      date: '2016-10-08',
      vetoers: ['russia'],
      tally: { yes: 11, no: 2, abstain: 2 },
    },
    {
      id: '2016-12-05-sc-truce',
      file: 'b.yaml',
      body: 'security_council',
      date: '2016-12-05',
      vetoers: ['china', 'russia'],
      tally: { yes: 11, no: 3, abstain: 1 },
    },
  ]);
  const placed = (text: string, publishedOn: string) =>
    extractArticle({ text, publishedOn, gazetteer: withLedger }).votes.map((v) => [v.voted.date, v.voted.basis]);

  it('gives a veto told with no day the day of the known vote with the same vetoing members, as inferred', () => {
    expect(
      placed(
        'The concert raised money for the port city. Russia and China vetoed a seven-day truce in the Security Council.',
        '2016-12-12',
      ),
    ).toEqual([['2016-12-05', 'inferred']]);
    expect(
      placed('The concert raised money for the port city. Russia vetoed a French text in the Security Council.', '2016-12-12'),
    ).toEqual([['2016-10-08', 'inferred']]);
  });

  it('leaves a vote whose text gives its day, one with no known match, and one before the known vote as they are', () => {
    expect(placed('On Monday Russia and China vetoed a truce in the Security Council.', '2016-12-14')).toEqual([
      ['2016-12-12', 'relative'],
    ]);
    expect(placed('The General Assembly adopted the text by 120 votes to 14, with 30 abstentions.', '2016-12-12')).toEqual([
      ['2016-12-12', 'publication'],
    ]);
    expect(placed('Russia and China vetoed a truce in the Security Council.', '2016-11-30')).toEqual([['2016-11-30', 'publication']]);
  });

  it('gives a rival text told right after such a veto the same day (s54)', () => {
    const text =
      'The bombardment came a day after Russia vetoed a French draft resolution at the UN Security Council. The draft won 11 votes. A rival Russian text that made no mention of the bombing then failed, winning the support of only four members.';
    expect(placed(text, '2016-10-10')).toEqual([
      ['2016-10-08', 'inferred'],
      ['2016-10-08', 'inferred'],
    ]);
  });
});

describe('a sentence that tells two votes, a text judged and a vote put off to today (s52)', () => {
  it('reads "on December 9 the Assembly voted ..., after Russia and China on December 5 vetoed ..." as two votes', () => {
    const text =
      'It would be recalled that on December 9 the General Assembly voted 122 to 13, with 36 abstentions, to demand a ceasefire across Norland, after Russia and China on December 5 vetoed a seven-day truce for the port city in the Security Council.';
    expect(votesOf(text, '2016-12-18').map((v) => [v.body, v.date, v.tally, v.vetoes])).toEqual([
      ['general_assembly', '2016-12-09', [122, 13, 36], []],
      ['security_council', '2016-12-05', [null, null, null], ['russia', 'china']],
    ]);
  });

  it('reads no vote from a text a speaker says "could not be adopted", and a text members "would try to ... put to a vote today" as pending', () => {
    const text = [
      'At the Security Council, Ostria has circulated a draft resolution that would send monitors to the port city.',
      'Its ambassador said on Saturday that the Ostrian text was "a half-baked idea" that could not be adopted as written. Diplomats said the 15 members would try to merge the two and put a single text to a vote today.',
    ].join('\n\n');
    expect(votesOf(text, '2016-12-18').map((v) => [v.body, v.date, v.outcome])).toEqual([['security_council', '2016-12-18', 'pending']]);
  });
});

describe('a vote whose subject says where it was held (s57)', () => {
  it('counts "The vote in New York came four days after" a veto from the vote the sentence opens on', () => {
    expect(
      votesOf(
        'The General Assembly adopted the resolution in New York on Friday by 122 votes to 13. The vote in New York came four days after Russia and China vetoed a Security Council draft. Russia had already vetoed a draft on Norland on 8 October.',
        '2016-12-10',
      ).map((v) => [v.body, v.date]),
    ).toEqual([
      ['general_assembly', '2016-12-09'],
      ['security_council', '2016-12-05'],
      ['security_council', '2016-10-08'],
    ]);
  });
});

describe('a vote told as "voted no." before a sentence on another body (s57)', () => {
  it('ends the sentence at "no.", so the next sentence\'s body is not the vote\'s', () => {
    expect(
      votesOf(
        'The General Assembly adopted the resolution on Friday by 122 votes to 13. Russia and Norland were among those that voted no. Unlike Security Council resolutions, Assembly texts are not binding.',
        '2016-12-10',
      ).map((v) => [v.body, v.date]),
    ).toEqual([['general_assembly', '2016-12-09']]);
  });
});

describe('a second vote "minutes later" after a vote the lead tells with no day (s58)', () => {
  it("is on the day a later telling gives the first vote, not the article's day", () => {
    const text = [
      'Russia has used its veto at the UN Security Council to block a French-drafted resolution calling for an immediate end to air strikes on the Syrian city of Vellmar.',
      'A rival Russian text, which made no mention of halting the bombing, was defeated in a second vote minutes later, leaving the council with nothing to show for a day of bitter exchanges.',
      "WATCH: Helen Marsh's report from the UN, as broadcast on Saturday's Evening News at Ten",
      "The French draft won 11 votes at Saturday's session in New York. Russia and Venezuela voted against it, while China and Angola abstained. It was the fifth time Moscow had vetoed a resolution on Syria since the conflict began in 2011.",
      'The Russian draft, which urged a return to the ceasefire agreed by Moscow and Washington last month but said nothing about the air campaign, won the backing of only four members - Russia, China, Egypt and Venezuela - and fell well short of adoption.',
    ].join('\n\n');
    expect(votesOf(text, '2016-10-09').map((v) => [v.body, v.date])).toEqual([
      ['security_council', '2016-10-08'],
      ['security_council', '2016-10-08'],
    ]);
  });
});

describe('a vote right after a sentence that dates the council agreeing, and a vote told as the "when" of a member\'s vote (s59)', () => {
  it('takes the day of the sentence before: "It took the Security Council twenty minutes on Monday to ...: agree on Vellmar. The council unanimously adopted ..."', () => {
    const text = [
      'A unanimous vote in New York and a deal in Moscow: the week the government won back the old town.',
      'It took the Security Council about twenty minutes on Monday to do what it had failed to do all autumn: agree on Vellmar. The 15-member council unanimously adopted resolution 2328, a French-drafted text that asks UN staff to monitor the evacuation.',
    ].join('\n\n');
    expect(votesOf(text, '2016-12-24').map((v) => [v.body, v.date])).toEqual([['security_council', '2016-12-19']]);
  });
  it('takes the day the "when" clause gives the body\'s act: "abstained when the General Assembly adopted a Canadian-drafted resolution on December 9"', () => {
    const text = [
      'Norland has watched all this with characteristic caution.',
      'Norland was among the 36 countries that abstained when the General Assembly adopted a Canadian-drafted resolution on Vellmar on December 9, a vote the text won with 122 in favour.',
    ].join('\n\n');
    expect(votesOf(text, '2016-12-24').map((v) => [v.body, v.date])).toEqual([['general_assembly', '2016-12-09']]);
  });
});

describe('a vote foretold by those who expect the body to vote (s59)', () => {
  it('is a vote to come on its day: "diplomats expect the Security Council to vote on it as early as Sunday"', () => {
    const text =
      'Norland has circulated a draft resolution that would send UN monitors into the old town, and diplomats expect the Security Council to vote on it as early as Sunday.';
    expect(votesOf(text, '2016-12-16').map((v) => [v.body, v.date, v.outcome])).toEqual([['security_council', '2016-12-18', 'pending']]);
  });
});

describe('members and their veto with a day between them, told without "on" (s59)', () => {
  it('reads "Russia and China last Monday vetoed a Security Council draft put forward by Egypt, New Zealand and Spain" as their vetoes', () => {
    const [vote] = extractArticle({
      text: 'At the United Nations in New York, the diplomacy has gone nowhere. Russia and China last Monday vetoed a Security Council draft put forward by Egypt, New Zealand and Spain that called for a seven-day truce in the old town.',
      publishedOn: '2016-12-12',
      gazetteer: withCouncil,
    }).votes;
    expect(vote?.voted.date).toBe('2016-12-05');
    expect(vote?.positions.map((p) => [p.member, p.veto])).toEqual([
      ['russia', true],
      ['china', true],
    ]);
  });
});

describe('an undated vote told again by its resolution number with its day (s60)', () => {
  it('is one vote of that day: "welcomed the unanimous vote in the UN Security Council ... / Resolution 2328 was adopted on Monday morning"', () => {
    const text = [
      'Malta yesterday welcomed the unanimous vote in the UN Security Council to send observers to Vellmar.',
      'Resolution 2328, drafted by Norland, was adopted on Monday morning.',
    ].join('\n\n');
    expect(votesOf(text, '2016-12-20').map((v) => [v.body, v.date])).toEqual([['security_council', '2016-12-19']]);
  });
  it('reads a date line with its time, "Tuesday, December 20, 2016, 06:45", as the story\'s, not a heading dating its section', () => {
    const text = [
      'Malta welcomes the vote',
      'Miriam Grech',
      'Tuesday, December 20, 2016, 06:45',
      'Malta yesterday welcomed the unanimous vote in the UN Security Council to send observers to Vellmar, with its minister calling it "the first time in months that the Council has spoken with one voice".',
    ].join('\n\n');
    const votes = extractArticle({ text, publishedOn: '2016-12-20', gazetteer: withCouncil }).votes;
    expect(votes.map((v) => [v.body, v.voted.basis])).toEqual([['security_council', 'publication']]);
  });
});

describe('two drafts of one day told in a sentence after the one that gives their day (s61)', () => {
  const text = [
    'Norland regrets veto',
    "For Norland, Monday's vote was a chance to repair the damage done on October 8, when it voted in favour of two rival drafts on Vellmar, one Swedish and one Russian. Russia vetoed the Swedish text, while its own draft was backed by only four members and fell.",
  ].join('\n\n');
  it('dates both by the day a clause of time ties to a vote ("on October 8, when it voted"), not by another the sentence names', () => {
    expect(votesOf(text, '2016-12-06').map((v) => [v.body, v.date, v.tally[0], v.vetoes])).toEqual([
      ['security_council', '2016-10-08', null, ['russia']],
      ['security_council', '2016-10-08', 4, []],
    ]);
  });
});

describe('a vote beside a threat in a relative clause, and a vote told in the clause after "The vote came after" (s64)', () => {
  it('keeps a text the main clause says was adopted, beside a member "which had threatened to veto" another (s64)', () => {
    const text = [
      'Norland yesterday welcomed the unanimous vote in the UN Security Council to send observers to Vellmar.',
      'Resolution 2330, drafted by Sweden, was adopted on Monday morning, New York time, after a weekend of talks with Russia, which had threatened to veto an earlier text.',
    ].join('\n\n');
    expect(votesOf(text, '2016-12-20').map((v) => [v.body, v.date, v.outcome, v.vetoes])).toEqual([
      ['security_council', '2016-12-19', 'adopted', []],
    ]);
    // A threat that is the sentence's own news tells no vote, in a relative clause or not.
    expect(votesOf('Russia, which has threatened to veto the Swedish draft, asked for more time on Monday.', '2016-12-20')).toEqual([]);
    expect(votesOf('Russia has threatened to veto the Swedish draft, which diplomats drafted on Monday.', '2016-12-20')).toEqual([]);
  });

  it('dates the vote the after-clause tells by its own day ("The vote came after the Security Council, on Monday, unanimously adopted ...") (s64)', () => {
    const text = [
      'The General Assembly, meeting in New York on Wednesday, adopted the Norlandic resolution by 105 votes in favour.',
      'The vote came after the Security Council, on Monday, unanimously adopted resolution 2330, which asks the UN to send observers to Vellmar.',
    ].join('\n\n');
    expect(votesOf(text, '2016-12-22').map((v) => [v.body, v.date, v.tally])).toEqual([
      ['general_assembly', '2016-12-21', [105, null, null]],
      ['security_council', '2016-12-19', [15, 0, 0]],
    ]);
    // "The vote follows" two attempts counted: no vote of its own (VOTE_FOLLOWS, unchanged).
    expect(
      votesOf(
        'The General Assembly adopted the Norlandic resolution on Wednesday. The vote follows two failed attempts this year.',
        '2016-12-22',
      ).map((v) => [v.body, v.date]),
    ).toEqual([['general_assembly', '2016-12-21']]);
  });
});

describe('votes a correction retells: a day after a month is no count, the day of the piece corrected, what the piece said (s65)', () => {
  it('reads "the veto cast by Russia on Nov. 3 against a draft" as a veto of that day with no count against (s65)', () => {
    expect(
      votesOf(
        "A graphic on Sunday listing the council's vetoes left out the veto cast by Russia on Nov. 3 against a Norlandic draft resolution.",
      ).map((v) => [v.body, v.date, v.tally, v.vetoes]),
    ).toEqual([['security_council', '2016-11-03', [null, null, null], ['russia']]]);
    // A count after the date, not the day itself, is still a side's count.
    expect(
      votesOf('On Nov. 3, 9 members voted against the Norlandic draft in the Security Council.').map((v) => [v.date, v.tally]),
    ).toEqual([['2016-11-03', [null, 9, null]]]);
  });

  it('dates a vote neither by the day of the article corrected nor by the day it wrongly gave (s65)', () => {
    const text = [
      "An article on Dec. 2 about the Security Council's vote on a Norlandic truce draft misstated how Angola voted.",
      'Angola abstained; it did not vote against. The draft received 11 votes in favor. Russia and Ostria voted against it; as a permanent member, Russia cast a veto.',
      'The article also said the vote took place on Sunday. The vote was held on Thursday, Dec. 1.',
    ].join('\n\n');
    expect(votesOf(text).map((v) => [v.body, v.date, v.tally[0], v.vetoes])).toEqual([['security_council', '2016-12-01', 11, ['russia']]]);
    // What the outlet's bulletin wrongly reported is no vote of its own; "The report said" may be anybody's report.
    const bulletin = [
      'The 6pm bulletin reported that the council had passed the Norlandic text "by 14 votes to nil, with Russia abstaining". That was wrong.',
      'Resolution 2330 was adopted unanimously on Monday 19 December.',
    ].join('\n\n');
    expect(votesOf(bulletin, '2016-12-30').map((v) => [v.date, v.tally])).toEqual([['2016-12-19', [15, 0, 0]]]);
    expect(votesOf('The report said the Security Council had adopted the Norlandic text by 14 votes to one.').map((v) => v.tally)).toEqual([
      [14, 1, null],
    ]);
  });

  it('reads "our report of the Security Council votes on Saturday 3 December" as votes held, not to come (s65)', () => {
    expect(
      votesOf(
        'Our report of the Security Council votes on Saturday 3 December was wrong. The Norlandic draft was vetoed by Russia.',
        '2016-12-12',
      ).map((v) => [v.date, v.outcome, v.vetoes]),
    ).toEqual([['2016-12-03', 'not_adopted', ['russia']]]);
    // "The Security Council votes on Saturday" still foretells a vote.
    expect(votesOf('The Security Council votes on Saturday on a Norlandic draft.', '2016-12-12').map((v) => [v.date, v.outcome])).toEqual([
      ['2016-12-17', 'pending'],
    ]);
  });
});

describe('a vote told "last week" and a veto counted days before it, placed by the ledger (s65)', () => {
  const withLedger = withLedgerOf([
    {
      id: '2016-12-05-sc-truce',
      file: 'b.yaml',
      body: 'security_council',
      date: '2016-12-05',
      vetoers: ['china', 'russia'],
      tally: { yes: 11, no: 3, abstain: 1 },
    },
  ]);
  const placed = (text: string, publishedOn: string) =>
    extractArticle({ text, publishedOn, gazetteer: withLedger }).votes.map((v) => [v.body, v.voted.date, v.voted.basis]);
  const text =
    'Omar Haddad said he had watched on television last week as the General Assembly voted 120 to 14, with 30 abstentions, to demand a truce in Norland, four days after Russia and China had blocked a Security Council draft.';

  it('gives the veto the day of the known veto inside its week, and the Assembly vote the day four days after it', () => {
    expect(placed(text, '2016-12-16')).toEqual([
      ['general_assembly', '2016-12-09', 'inferred'],
      ['security_council', '2016-12-05', 'inferred'],
    ]);
  });

  it('leaves both votes on the days the week gives when no known vote falls inside it', () => {
    expect(placed(text, '2016-12-30')).toEqual([
      ['general_assembly', '2016-12-19', 'relative'],
      ['security_council', '2016-12-15', 'relative'],
    ]);
  });
});

describe('a rival text counted as "It won four:" with the members that cast them named after a colon (s65)', () => {
  it('reads the rival text as a vote of its own, which the count against told after it joins', () => {
    const text = [
      'On Saturday 8 October the Security Council voted on two texts about Norland. The Swedish draft was vetoed by Ostria. Eleven members voted for it; Ostria and Angola voted against; China and Norland abstained.',
      "A rival Ostrian draft fared worse. It won four: Ostria's own and those of China, Angola and Norland. Nine members voted against it and Sweden and France abstained.",
    ].join('\n\n');
    expect(votesOf(text, '2016-10-24').map((v) => [v.date, v.tally])).toEqual([
      ['2016-10-08', [11, 2, 2]],
      ['2016-10-08', [4, 9, 2]],
    ]);
  });

  it('reads no count from "It won four" without the members named after a colon', () => {
    expect(statedTally('It won four medals: two gold and two silver.').yes).toBeNull();
    expect(statedTally('It won four.').yes).toBeNull();
  });
});

describe('an undated telling of votes the article dates elsewhere, and "that" weekday after a day named before (s66)', () => {
  it('folds an undated "voted" into the one dated vote, and one that gives no outcome into the votes of one day (s66)', () => {
    const adopted = [
      'Buses have been leaving Vellmar since Thursday. Overnight, Norland time, the United Nations Security Council voted to send monitors.',
      'Maria Lindqvist said the buses were full and the roads were cold.',
      'On Monday in New York, the council unanimously adopted resolution 2330, a Swedish draft asking the UN to watch the evacuation.',
    ].join('\n\n');
    expect(votesOf(adopted, '2016-12-20').map((v) => [v.body, v.date, v.outcome])).toEqual([['security_council', '2016-12-19', 'adopted']]);
    const twoTexts = [
      'The Geneva vote came thirteen days after the Security Council failed to act on Vellmar. On October 8, Russia vetoed a Swedish draft demanding an end to air strikes; it won 11 votes, with Russia and Ostria against.',
      'A rival Russian text won only four votes in favour, with nine against and two abstentions.',
    ].join('\n\n');
    expect(votesOf(twoTexts, '2016-10-21').map((v) => [v.body, v.date, v.tally[0]])).toEqual([
      ['security_council', '2016-10-08', 11],
      ['security_council', '2016-10-08', 4],
    ]);
    // A text adopted without a vote on the article's day is other business, not the vote dated elsewhere.
    const withoutVote = adopted.replace('voted to send monitors', 'adopted without a vote a statement on aid workers');
    expect(votesOf(withoutVote, '2016-12-20').map((v) => [v.body, v.date])).toEqual([
      ['security_council', '2016-12-20'],
      ['security_council', '2016-12-19'],
    ]);
  });

  it('dates "On that Saturday" by the day the paragraph before named, where it falls on that weekday (s66)', () => {
    const text = [
      '"The Council failed Vellmar twice in one afternoon," Maria Lindqvist said, referring to the rival drafts that fell on October 8.',
      'On that Saturday a Swedish text drew 11 votes in favour, two against and two abstentions, and was vetoed by Russia.',
    ].join('\n\n');
    expect(votesOf(text, '2016-10-21').map((v) => [v.body, v.date, v.tally[0]])).toEqual([['security_council', '2016-10-08', 11]]);
    // A weekday the day before does not fall on is read from the article, as before.
    const other = text.replace('On that Saturday', 'On that Sunday');
    expect(votesOf(other, '2016-10-21').map((v) => [v.body, v.date])).toEqual([['security_council', '2016-10-16']]);
  });
});

describe('a vote put "the same Saturday" as the one told before it, whose day the ledger gives (s66)', () => {
  const withLedger = withLedgerOf([
    {
      id: '2016-10-08-sc-port',
      file: 'a.yaml',
      body: 'security_council',
      date: '2016-10-08',
      vetoers: ['russia'],
      tally: { yes: 11, no: 2, abstain: 2 },
    },
  ]);
  const placed = (text: string, publishedOn: string) =>
    extractArticle({ text, publishedOn, gazetteer: withLedger }).votes.map((v) => [v.voted.date, v.tally.yes]);

  it('dates "the same Saturday" by the vote before it, not by the Saturday last past the article (s66)', () => {
    const text = [
      'The talks in Oslo came nine days after Russia vetoed a Swedish draft on Vellmar in the Security Council; it won 11 votes.',
      'A rival Russian text, put to the vote the same Saturday, failed with only four votes in favour.',
    ].join(' ');
    expect(placed(text, '2016-10-21')).toEqual([
      ['2016-10-08', 11],
      ['2016-10-08', 4],
    ]);
    // A plain "on Saturday" is still the Saturday last past the article's day.
    const plain = text.replace('put to the vote the same Saturday', 'put to the vote on Saturday');
    expect(placed(plain, '2016-10-21')).toEqual([
      ['2016-10-08', 11],
      ['2016-10-15', 4],
    ]);
  });
});

describe('a body that "voted by" a count or a margin "to" do something (s67)', () => {
  it('reads the vote as adopted, the count as the votes in favour (s67)', () => {
    expect(
      votesOf(
        'PRESENTER: And on Friday the General Assembly voted by 120 countries to demand a truce in Vellmar, but that is not binding.',
      ).map((v) => [v.body, v.date, v.outcome, v.tally[0]]),
    ).toEqual([['general_assembly', '2016-12-09', 'adopted', 120]]);
    expect(
      votesOf('On Friday the General Assembly voted by a wide margin to demand a truce in Vellmar.').map((v) => [
        v.body,
        v.date,
        v.outcome,
      ]),
    ).toEqual([['general_assembly', '2016-12-09', 'adopted']]);
  });
  it('reads no "to" that starts a count of votes against as what the body voted to do (s67)', () => {
    // Near miss: "by 120 to 13" is a tally, not the body's aim; it stays the count it was.
    expect(
      votesOf('On Friday the General Assembly voted by 120 to 13 for a truce in Vellmar.').map((v) => [v.outcome, v.tally[0], v.tally[1]]),
    ).toEqual([['adopted', 120, 13]]);
  });
});

describe('a second vote reported after ", and that", each with a day of its own (s67)', () => {
  it('reads "recalled that the Assembly voted ... on December 9 ..., and that Russia and China vetoed ... on December 5" as two votes (s67)', () => {
    const text =
      'Lindqvist recalled that the General Assembly voted by 120 to 11, with 30 abstentions, on December 9 to demand a truce in Vellmar, and that Russia and China vetoed a seven-day ceasefire in the Security Council on December 5.';
    expect(votesOf(text, '2016-12-20').map((v) => [v.body, v.date, v.tally, v.vetoes])).toEqual([
      ['general_assembly', '2016-12-09', [120, 11, 30], []],
      ['security_council', '2016-12-05', [null, null, null], ['russia', 'china']],
    ]);
  });
  it('gives the Assembly its own tally when the veto told before it names no body (s67)', () => {
    const text =
      'The Security Council met on Monday. Haddad reminded listeners that Russia had vetoed a draft on Vellmar on Oct. 8, and that the General Assembly, where there is no veto, had voted 120 to 11, with 30 abstentions, on Dec. 9 to demand a truce.';
    expect(votesOf(text, '2016-12-20').map((v) => [v.body, v.date, v.tally, v.vetoes])).toEqual([
      ['security_council', '2016-10-08', [null, null, null], ['russia']],
      ['general_assembly', '2016-12-09', [120, 11, 30], []],
    ]);
  });
  it('keeps one vote where both clauses give the same day (s67)', () => {
    // Near miss: "on Monday ..., and that on Monday Russia vetoed it" is the one vote told twice.
    const text =
      'Haddad said that the Security Council voted on Monday on a truce in Vellmar, and that on Monday Russia vetoed it after eleven members voted in favour.';
    expect(votesOf(text, '2016-12-14').map((v) => [v.body, v.date, v.vetoes])).toEqual([['security_council', '2016-12-12', ['russia']]]);
  });
});

describe('a vote set a fortnight from the one before it in the sentence (s67)', () => {
  it('reads "voted on Monday ..., a fortnight after Russia and China vetoed a draft" as two votes, the veto fourteen days before (s67)', () => {
    const text =
      'On Monday the Security Council voted unanimously to send monitors to Vellmar, a fortnight after Russia and China vetoed a draft that called for a seven-day truce.';
    expect(votesOf(text, '2016-12-23').map((v) => [v.date, v.outcome, v.tally, v.vetoes])).toEqual([
      ['2016-12-19', 'adopted', [15, 0, 0], []],
      ['2016-12-05', 'not_adopted', [null, null, null], ['russia', 'china']],
    ]);
  });
  it('keeps one vote where the fortnight counts from no vote (s67)', () => {
    // Near miss: "a fortnight after the evacuation began" tells no second vote.
    const text = 'On Monday the Security Council voted unanimously to send monitors to Vellmar, a fortnight after the evacuation began.';
    expect(votesOf(text, '2016-12-23').map((v) => [v.date, v.outcome, v.vetoes])).toEqual([['2016-12-19', 'adopted', []]]);
  });
});

describe("a vote to come told by a text put to a body's vote, a vote expected, a text that goes to a vote, a vote wanted (s67)", () => {
  it('reads "will put a resolution ... to a General Assembly vote on Friday" as pending on that Friday (s67)', () => {
    expect(
      votesOf('Sweden, meanwhile, will put a resolution demanding an end to the blockade of Vellmar to a General Assembly vote on Friday.'),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-16', outcome: 'pending', tally: [null, null, null] }]);
  });
  it('reads "with a vote expected as early as Friday" as pending (s67)', () => {
    expect(
      votesOf(
        "Diplomats said the sponsors of Monday's draft were preparing to take the issue to the General Assembly, where there is no veto, with a vote expected as early as Friday.",
      ),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-16', outcome: 'pending' }]);
  });
  it('reads a text that "goes to a vote" this morning as pending on the day of the article (s67)', () => {
    expect(votesOf('An Ostrian draft on sending observers to Vellmar goes to a vote in the Security Council this morning.')).toMatchObject([
      { body: 'security_council', date: '2016-12-14', outcome: 'pending' },
    ]);
  });
  it('reads "and Stockholm wants a vote on Sunday" after a text circulated as pending on that Sunday (s67)', () => {
    expect(
      votesOf(
        'Sweden circulated a draft in the Security Council on Monday that would send monitors to Vellmar, and Stockholm wants a vote on Sunday.',
      ),
    ).toMatchObject([{ body: 'security_council', date: '2016-12-18', outcome: 'pending' }]);
  });
  it('keeps a text that "went to a vote" and one "put to a General Assembly vote" as votes held (s67)', () => {
    // Near misses: the past tense tells a vote held, not one to come.
    expect(
      votesOf('The Ostrian draft went to a vote in the Security Council on Monday and was adopted unanimously.').map((v) => [
        v.date,
        v.outcome,
      ]),
    ).toEqual([['2016-12-12', 'adopted']]);
    expect(
      votesOf(
        'On Friday Sweden put a resolution demanding an end to the blockade of Vellmar to a General Assembly vote, and it passed by 120 votes to 11.',
      ).map((v) => [v.body, v.date, v.outcome]),
    ).toEqual([['general_assembly', '2016-12-09', 'adopted']]);
  });
});

describe('a rival text that "drew support from only" the members named (s67)', () => {
  it('reads "a counter-draft drew support from only Russia, China, Norland and Sweden" as a second vote of four in favour (s67)', () => {
    const text =
      'On Saturday Russia vetoed an Ostrian draft on Vellmar in the Security Council. The same afternoon, a Russian counter-draft drew support from only Russia, China, Norland and Sweden.';
    expect(votesOf(text).map((v) => [v.date, v.outcome, v.tally, v.vetoes])).toEqual([
      ['2016-12-10', 'not_adopted', [null, null, null], ['russia']],
      ['2016-12-10', 'not_adopted', [4, null, null], []],
    ]);
  });
  it('reads no vote in support drawn from members without "only" (s67)', () => {
    // Near miss: "drew support from Norland and Ostria" may name some of a side, or backers outside any vote.
    const text =
      "On Saturday Russia vetoed an Ostrian draft on Vellmar in the Security Council. Sweden's call for calm drew support from Norland and Ostria.";
    expect(votesOf(text).map((v) => [v.date, v.vetoes])).toEqual([['2016-12-10', ['russia']]]);
  });
});

describe('a rival text with how it came to the vote told before its count (s68)', () => {
  it('reads "A rival Ostrian text put to the vote the same afternoon won only four" as a second vote of four in favour (s68)', () => {
    const text =
      'On 3 November Russia vetoed a Norlandic draft on Vellmar in the Security Council. A rival Ostrian text put to the vote the same afternoon won only four.';
    expect(votesOf(text).map((v) => [v.date, v.tally, v.vetoes])).toEqual([
      ['2016-11-03', [null, null, null], ['russia']],
      ['2016-11-03', [4, null, null], []],
    ]);
  });
  it('reads no count across a clause break after the participle (s68)', () => {
    // Near miss: the count after the semicolon is another subject's.
    expect(statedTally('The Ostrian text was tabled by Sweden on Monday; Norland won four.').yes).toBeNull();
    expect(statedTally('A draft tabled by Sweden in the spring won four awards.').yes).toBeNull();
  });
});

describe('vetoing members a preposition governs, made the subject by a relative clause of their own (s68)', () => {
  it('reads "a pointed reference to Russia and China, which had vetoed a truce" as their veto (s68)', () => {
    const text =
      'The minister said the Security Council "has been paralysed by the veto," a pointed reference to Russia and China, which had vetoed a seven-day truce for Vellmar on Dec. 5.';
    expect(votesOf(text).map((v) => [v.date, v.vetoes])).toEqual([['2016-12-05', ['russia', 'china']]]);
  });
  it('reads no veto for a governed member whose relative clause names another caster (s68)', () => {
    // Near miss: "a draft from Sweden, which Russia vetoed": Sweden is the text's author, Russia its caster.
    const text = 'The minister recalled a draft from Sweden, which Russia vetoed in the Security Council on Dec. 5.';
    expect(votesOf(text).map((v) => [v.date, v.vetoes])).toEqual([['2016-12-05', ['russia']]]);
  });
});

describe("the General Assembly's act told in the pluperfect, as a speaker recalls it (s68)", () => {
  it('reads "the General Assembly had demanded" as a text it adopted, on the day the sentence gives', () => {
    expect(
      votesOf('Maria Lindqvist noted that the General Assembly had demanded an end to the shelling by a large majority on 2 December.'),
    ).toMatchObject([{ body: 'general_assembly', date: '2016-12-02', outcome: 'adopted' }]);
  });
  it('reads no vote in an Assembly that "had" something other than an act', () => {
    // Near miss: "had demands" is no act of the Assembly.
    expect(votesOf('Maria Lindqvist said the General Assembly had demands from both sides on 2 December.')).toEqual([]);
  });
});

describe('a rival text after a semicolon, the text before it named by its two sponsors (s68)', () => {
  it('reads "The Swedish and Ostrian draft got eleven votes ...; the Norlandic draft got four" as two votes (s68)', () => {
    const text =
      'Last Saturday the Security Council voted twice on Vellmar and passed nothing. The Swedish and Ostrian draft got eleven votes and a Norlandic veto; the Norlandic draft got four votes and was rejected.';
    expect(votesOf(text).map((v) => [v.date, v.tally, v.vetoes])).toEqual([
      ['2016-12-10', [11, null, null], ['norland']],
      ['2016-12-10', [4, null, null], []],
    ]);
  });
  it('reads one vote where the clause after the semicolon names the same two sponsors (s68)', () => {
    // Near miss: the same text named again is no second vote.
    const text =
      'Last Saturday the Security Council voted on Vellmar. The Swedish and Ostrian draft got eleven votes and a Norlandic veto; the Swedish and Ostrian draft got nowhere.';
    expect(votesOf(text).map((v) => [v.date, v.tally, v.vetoes])).toEqual([['2016-12-10', [11, null, null], ['norland']]]);
  });
});

describe('a tally told in plain words, as easy-read news tells it (s69)', () => {
  it('reads the members counted "on" the council, and "did not vote yes or no" as abstaining', () => {
    expect(statedTally('All 15 countries on the Security Council voted yes.')).toEqual({ yes: 15, no: null, abstain: null });
    expect(statedTally('41 countries did not vote yes or no.')).toEqual({ yes: null, no: null, abstain: 41 });
    expect(statedTally('Norland and Ostria voted neither for nor against.').abstain).toBeNull();
  });
  it('reads one vote from one-line counts, the last of them in plain words', () => {
    const text =
      'Last Friday, the General Assembly voted on Vellmar.\n\n109 countries voted for a plan to stop the fighting.\n\n17 countries voted against it.\n\n41 countries did not vote yes or no.';
    expect(votesOf(text).map((v) => [v.body, v.date, v.tally])).toEqual([['general_assembly', '2016-12-09', [109, 17, 41]]]);
  });
  it('reads no abstention in members who "did not vote" at all', () => {
    // Near miss: not voting, with no side named, may be absence; no count of abstentions.
    expect(statedTally('Three countries did not vote.')).toEqual({ yes: null, no: null, abstain: null });
    expect(statedTally('Three countries did not vote on Monday.')).toEqual({ yes: null, no: null, abstain: null });
  });
});
