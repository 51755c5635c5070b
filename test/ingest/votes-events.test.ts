/**
 * Votes and events drafted from prose: the tally in the forms reporters use, vetoes and members' stated positions,
 * the body named in an earlier sentence, the date the text gives; dated happenings with the actors named. Invented
 * names (test-gazetteer) so the rules are shown to hold beyond the seed corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { statedTally } from '../../src/ingest/vote-extractor.js';
import { actorEntry } from '../../src/seed/annotation-schema.js';
import { testGazetteer } from './test-gazetteer.js';

const withCouncil = new Gazetteer(
  [
    ...testGazetteer.actors.values(),
    actorEntry.parse({ id: 'ostria', name: 'Ostria', kind: 'state', country_code: 'OST', aliases: ['Ostria'] }),
    actorEntry.parse({ id: 'security-council', name: 'Security Council', kind: 'un_body', aliases: ['Security Council'] }),
  ],
  [...testGazetteer.locations.values()],
);

describe('tallies as reporters write them', () => {
  it.each([
    ['The resolution was adopted by a recorded vote of 106 in favour to 15 against, with 46 abstentions.', [106, 15, 46]],
    ['The General Assembly adopted the text by 122 votes to 13, with 36 abstentions.', [122, 13, 36]],
    ['The council voted 11-3, with one abstention.', [11, 3, 1]],
    ['Eleven members voted in favour, three against and one abstained.', [11, 3, 1]],
    ['The measure passed 14-0 with Norland abstaining.', [14, 0, null]],
    ['the eleven members of the Security Council that supported the resolution', [11, null, null]],
    ['The text was adopted unanimously.', [null, 0, 0]],
  ])('%s', (sentence, [yes, no, abstain]) => {
    expect(statedTally(sentence)).toEqual({ yes, no, abstain });
  });

  it('does not read a year or a date as a tally', () => {
    expect(statedTally('The vote on 8 October 2016 was the fifth.')).toEqual({ yes: null, no: null, abstain: null });
  });
});

describe('votes', () => {
  const text = [
    'Norland and Ostria vetoed a draft resolution demanding a truce in Port Vell on Monday, the fifth such veto.',
    'On Tuesday the Security Council voted 13-2 to adopt a second text. Sweden voted in favour.',
  ].join('\n\n');
  const { votes } = extractArticle({ text, publishedOn: '2016-12-14', gazetteer: withCouncil });

  it('finds the vetoed vote with its body, date, outcome and the vetoing members', () => {
    const vetoed = votes.find((v) => v.positions.some((p) => p.veto));
    expect(vetoed).toMatchObject({ body: 'security_council', outcome: 'not_adopted', voted: { date: '2016-12-12', basis: 'relative' } });
    expect(vetoed?.positions).toEqual([
      { member: 'norland', position: 'no', veto: true },
      { member: 'ostria', position: 'no', veto: true },
    ]);
    expect(vetoed?.subject).toMatch(/^A draft resolution demanding a truce in Port Vell/);
  });

  it('joins an undated sentence to the vote before it', () => {
    expect(votes).toHaveLength(2);
    const second = votes[1];
    expect(second).toMatchObject({ body: 'security_council', outcome: 'adopted', tally: { yes: 13, no: 2, abstain: null } });
    expect(second?.evidence).toHaveLength(2);
    expect(second?.positions).toEqual([{ member: 'sweden', position: 'yes', veto: false }]);
  });

  it('leaves a vote that is only expected alone', () => {
    const { votes: none } = extractArticle({
      text: 'The Security Council is expected to vote on the draft resolution on Saturday.',
      publishedOn: '2016-12-14',
      gazetteer: withCouncil,
    });
    expect(none).toEqual([]);
  });
});

describe('events', () => {
  it('records a dated happening with its actors and place, and not an undated one', () => {
    const { events } = extractArticle({
      text: 'Maria Lindqvist met Omar Haddad in Stockholm on Monday.\n\nShelling of the old town goes on.',
      publishedOn: '2016-12-14',
      gazetteer: testGazetteer,
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'meeting',
      when: { date: '2016-12-12' },
      location: 'stockholm',
      actors: [
        { actor: 'maria-lindqvist', role: 'participant' },
        { actor: 'omar-haddad', role: 'participant' },
      ],
    });
  });
});
