/**
 * The measured extraction scores (npm run score:ingest), kept as floors so that a change that loses ground fails.
 * These are the true numbers of the rules as they stand, NOT the targets (>= 0.9), most of which are
 * not met yet: see src/ingest/README.md. Held-out: test/fixtures/ingest-heldout, never tuned on. Held-out 2:
 * test/fixtures/ingest-heldout-2, four more articles never tuned on, floors measured once when the set was added
 * (aggregate only, rounded down to the hundredth). Held-out 3: test/fixtures/ingest-heldout-3, five more written
 * without reading the extractors, frozen at 385512d, scored once at the end of the session that wrote them. Five: the seed articles with their curated people and
 * organisations hidden.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_SETS, type ScoredArticle, scoreFive, scoreFixtureSet } from '../../src/ingest/score-cli.js';
import { type KindScore, ratio, sumScores } from '../../src/ingest/score-gold.js';

type Floors = Record<'statements' | 'figures' | 'votes' | 'events', { recall: number; precision: number }> & { saidOn: number };

const FLOORS: Record<'heldout' | 'heldout2' | 'heldout3' | 'five', Floors> = {
  heldout: {
    // Issue 11 item 3 found one more statement and gave one more a wrong speaker and one a wrong date: 46/55 and
    // 33/39 (were 45/53, 33/38), while dev rose from 0.53/0.79 to 0.69/0.83 and the five from 0.73/0.85 to 0.76/0.86.
    // Issue 11 statements (s4: unnamed groups, asides, offices and states as speakers, "it said", interview answers,
    // remarks dated by their occasion), measured once on the final code: 49/76 right of 58 drafted, said_on 35/42.
    // s5: a partial statement's evidence is the reported clause around its fragment, as the gold cites it: 53/76
    // right of 58 drafted (was 49/58). The four statements now matched were drafted before too, with the same dates;
    // one has the gold's day, so said_on counts 36/46 right (was 35/42): the ratio fell because the scorer now sees
    // three wrong dates it could not compare before, not because a date changed.
    statements: { recall: 0.69, precision: 0.91 },
    saidOn: 0.78,
    // Figures, issue 11's figure kinds (durations, staff, facilities, vehicles, supplies, ground, money, ages; a
    // number with no noun counting what the count before it did): 50/67 and 50/56 (were 0.48 / 0.91), measured
    // once on the final code; precision fell from 0.91 to 0.89 while recall rose from 0.48 to 0.75.
    figures: { recall: 0.74, precision: 0.89 },
    votes: { recall: 0.79, precision: 0.79 },
    // Issue 11 votes and events (s4): 9/21 and 9/17 (were 9/21, 9/16): one more wrong event, while the twelve dev
    // articles went from 0.79 / 0.86 (seven) to 0.95 / 0.90 and the five from 0.40 / 0.81 to 0.71 / 0.96.
    events: { recall: 0.42, precision: 0.52 },
  },
  heldout2: {
    // Issue 11 statements (s4), measured once on the final code: 42/60 right of 49 drafted, said_on 30/30.
    statements: { recall: 0.7, precision: 0.85 },
    saidOn: 1,
    // Figures, issue 11's figure kinds: 40/50 and 40/42 (were 0.52 / 0.96), measured once on the final code.
    figures: { recall: 0.79, precision: 0.95 },
    votes: { recall: 0.32, precision: 0.32 },
    // Issue 11 votes and events (s4): 11/24 and 11/16 (were 11/24, 11/18): two fewer wrong.
    events: { recall: 0.45, precision: 0.68 },
  },
  heldout3: {
    // Measured once, at d469468 (the code of 07d6c54, before that session's rules, scored 30/54 and 30/38, said_on
    // 18/26, figures 33/84 and 33/37, votes 3/4 and 3/3, events 11/26 and 11/16): 39/54 and 39/45, said_on 24/33.
    statements: { recall: 0.72, precision: 0.86 },
    saidOn: 0.72,
    figures: { recall: 0.72, precision: 0.92 },
    votes: { recall: 0.75, precision: 1 },
    events: { recall: 0.53, precision: 0.66 },
  },
  five: {
    // Issue 11 statements (s4): 33/41 and 32/37 (were 31/41 and 30/35).
    statements: { recall: 0.8, precision: 0.86 },
    saidOn: 0.99,
    // Figure precision was 0.83 (20/24): durations in days and years are figures now (the dev and held-out gold
    // record them), and the seed's curated files record hours only ("a seven-day cease-fire" and "divided for more
    // than five years" are extracted, not curated): 20/26. The scorer then dropped a curated figure whose raw words
    // the article prints twice and left out the figures the article corroborates ("the 15-member Security Council"),
    // so finding them counted as wrong: with both scored, 24/24 and 24/26. Ordinals are no figures, as the fixtures'
    // curation rules say ("the fifth veto"), where the curated files record two veto ordinals ("fifth", "sixth"):
    // 22/24 and 22/24 (a curation question, reported; the held-out precision rose with it).
    figures: { recall: 0.91, precision: 0.91 },
    votes: { recall: 0.79, precision: 0.79 },
    events: { recall: 0.71, precision: 0.95 },
  },
};

const check = (name: string, articles: ScoredArticle[], floors: Floors) => {
  const total = sumScores(articles.map((a) => a.score));
  for (const kind of ['statements', 'figures', 'votes', 'events'] as const) {
    const score: KindScore = total[kind];
    expect(ratio(score.recalled, score.expected) ?? 0, `${name} ${kind} recall`).toBeGreaterThanOrEqual(floors[kind].recall);
    expect(ratio(score.precise, score.extracted) ?? 0, `${name} ${kind} precision`).toBeGreaterThanOrEqual(floors[kind].precision);
  }
  expect(ratio(total.saidOn.right, total.saidOn.compared) ?? 0, `${name} said_on`).toBeGreaterThanOrEqual(floors.saidOn);
};

describe('extraction scores stay at or above what was measured', { timeout: 60_000 }, () => {
  it('on the held-out articles', () => check('heldout', scoreFixtureSet(FIXTURE_SETS.heldout), FLOORS.heldout));
  it('on the second held-out set', () => check('heldout2', scoreFixtureSet(FIXTURE_SETS.heldout2), FLOORS.heldout2));
  it('on the third held-out set', () => check('heldout3', scoreFixtureSet(FIXTURE_SETS.heldout3), FLOORS.heldout3));
  it('on the five seed articles, curated people hidden', () => check('five', scoreFive(), FLOORS.five));
});
