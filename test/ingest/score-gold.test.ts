/**
 * How the scorer judges a vote: by body, date and the tally or vetoes the gold gives; a vote the gold gives no count
 * or veto for (one still to be held) is judged by body and date, and is not right when the extraction invents a count.
 */
import { describe, expect, it } from 'vitest';
import { type ExtractedView, type GoldFile, scoreAgainstGold } from '../../src/ingest/score-gold.js';

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
