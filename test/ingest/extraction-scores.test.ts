/**
 * The measured extraction scores (npm run score:ingest), kept as floors so that a change that loses ground fails.
 * These are the true numbers of the rules as they stand, NOT the issue's targets (>= 0.9), most of which are
 * not met yet: see src/ingest/README.md. Held-out: test/fixtures/ingest-heldout, never tuned on. Held-out 2:
 * test/fixtures/ingest-heldout-2, four more articles never tuned on, floors measured once when the set was added
 * (aggregate only, rounded down to the hundredth). Held-out 3: test/fixtures/ingest-heldout-3, five more written
 * without reading the extractors, frozen at 385512d, scored once at the end of the session that wrote them. Held-out 4:
 * test/fixtures/ingest-heldout-4, five more written the same way, frozen at 083f9e5, scored once at the end of session 5
 * (no tuning engineer of that session ran it; a guard, in aggregate, in session 6). The fifth held-out
 * set (frozen at 273762c, scored twice in aggregate by the coordinator of session 6 and nobody else) was moved into
 * test/fixtures/ingest-dev at the start of session 7 to be tuned on; its scores are in test/fixtures/ingest-dev/README.md.
 * The sixth held-out set (frozen at bf77743, one gold fix 57abb85, scored twice in aggregate by the coordinator of
 * session 7 and nobody else) was moved into test/fixtures/ingest-dev at the start of session 8, the same way; its
 * scores are in test/fixtures/ingest-dev/README.md.
 * The seventh held-out set (frozen at 22a9c4f, scored in aggregate by the coordinator of session 8 and nobody else) was
 * moved into test/fixtures/ingest-dev at the start of session 9, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The eighth held-out set (frozen at 00ff613, scored in aggregate by the coordinator of session 9 and nobody else) was
 * moved into test/fixtures/ingest-dev at the start of session 10, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The ninth held-out set (frozen at 9bbee7d, one gold fix 2299d2e, scored in aggregate by the coordinator of session 10
 * and nobody else) was moved into test/fixtures/ingest-dev at the start of session 11, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The tenth held-out set (frozen at b033b3e, scored in aggregate by the coordinator of session 11 and nobody else) was
 * moved into test/fixtures/ingest-dev at the start of session 12, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The eleventh held-out set (frozen at f25031d, scored in aggregate by the coordinator of session 12 and nobody else)
 * was moved into test/fixtures/ingest-dev at the start of session 13, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The twelfth held-out set (frozen at 7d4cc5b, scored in aggregate by the coordinator of session 13 and nobody else)
 * was moved into test/fixtures/ingest-dev at the start of session 14, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The thirteenth held-out set (frozen at a167da7, scored in aggregate by the coordinator of session 14 and nobody else)
 * was moved into test/fixtures/ingest-dev at the start of session 15, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The fourteenth held-out set (frozen at 7681efb, scored in aggregate by the coordinator of session 15 and nobody else)
 * was moved into test/fixtures/ingest-dev at the start of session 16, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The fifteenth held-out set (frozen at 19dc410, scored in aggregate by the coordinator of session 16 and nobody else)
 * was moved into test/fixtures/ingest-dev at the start of session 17, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The sixteenth held-out set (frozen at f91b569, scored in aggregate by the coordinator of session 17 and nobody else)
 * was moved into test/fixtures/ingest-dev at the start of session 18, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The seventeenth held-out set (frozen at 33310ed, scored in aggregate by the coordinator of session 18 and nobody else)
 * was moved into test/fixtures/ingest-dev at the start of session 19, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The eighteenth held-out set (frozen at 091ed5b, scored in aggregate by the coordinator of session 19 and nobody else)
 * was moved into test/fixtures/ingest-dev at the start of session 20, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The nineteenth held-out set (frozen at fdfac8a, scored in aggregate by the coordinator of session 20 and nobody else)
 * was moved into test/fixtures/ingest-dev at the start of session 21, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The twentieth held-out set (frozen at 5f9cc76, scored in aggregate by the coordinator of session 21 and nobody else)
 * was moved into test/fixtures/ingest-dev at the start of session 22, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The twenty-first held-out set (frozen at 9ed312e, scored in aggregate by the coordinator of session 22 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 23, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The twenty-second held-out set (frozen at 8b8f7a7, scored in aggregate by the coordinator of session 23 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 24, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The twenty-third held-out set (frozen at 497c062, scored in aggregate by the coordinator of session 24 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 25, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The twenty-fourth held-out set (frozen at 36db1b6, scored in aggregate by the coordinator of session 25 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 26, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The twenty-fifth held-out set (frozen at 6418d96, scored in aggregate by the coordinator of session 26 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 27, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The twenty-sixth held-out set (frozen at c34c001, scored in aggregate by the coordinator of session 27 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 28, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The twenty-seventh held-out set (frozen at a195caf, scored in aggregate by the coordinator of session 28 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 29, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The twenty-eighth held-out set (frozen at 26d1a75, scored in aggregate by the coordinator of session 29 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 30, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The twenty-ninth held-out set (frozen at e35c6ce, scored in aggregate by the coordinator of session 30 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 31, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The thirtieth held-out set (frozen at 75447c7, scored in aggregate by the coordinator of session 31 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 32, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The thirty-first held-out set (frozen at e6270d4, scored in aggregate by the coordinator of session 32 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 33, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The thirty-second held-out set (frozen at 16d91c1, scored in aggregate by the coordinator of session 33 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 34, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The thirty-third held-out set (frozen at e150a42, scored in aggregate by the coordinator of session 34 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 35, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The thirty-fourth held-out set (frozen at e8f2e78, scored in aggregate by the coordinator of session 35 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 36, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The thirty-fifth held-out set (frozen at 1a43d05, scored in aggregate by the coordinator of session 37 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 38, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The thirty-sixth held-out set (frozen at c6eb9e0, scored in aggregate by the coordinator of session 38 and nobody
 * else) was moved into test/fixtures/ingest-dev at the start of session 39, the same way; its scores are in
 * test/fixtures/ingest-dev/README.md.
 * The thirty-seventh to thirty-ninth held-out sets (frozen at ba4a2be, 8d55231 and 964879b, scored in aggregate by the
 * coordinator of session 41 and nobody else) were moved into test/fixtures/ingest-dev at the start of session 42, the
 * same way; their scores are in test/fixtures/ingest-dev/README.md.
 * The fortieth to forty-second held-out sets (frozen at 04f4fc7, c28a071 and 0df27b0, scored in aggregate by the
 * coordinator of session 42 and nobody else) were moved into test/fixtures/ingest-dev at the start of session 43, the
 * same way; their scores are in test/fixtures/ingest-dev/README.md.
 * The forty-third to fifty-first held-out sets (frozen at de5d816, af31dc2, 37b1283, 1ac13cf, ae4a8d6, f9bdaec, 7a65062,
 * cb65442 and 01e6366, scored in aggregate by the coordinator of session 43 and nobody else) were moved into
 * test/fixtures/ingest-dev at the start of session 44, the same way; their scores are in test/fixtures/ingest-dev/README.md.
 * The fifty-third to fifty-seventh held-out sets (frozen at 08c37da, edbcad6, cd9d1ec, e1c0707 and a22e1fc, written blind
 * in session 44 in forms their writers chose, scored once in aggregate by its coordinator with 52b7d10) were moved into
 * test/fixtures/ingest-dev in the same session; their scores are in test/fixtures/ingest-dev/README.md.
 * Held-out 52, 58, 60 and 63: test/fixtures/ingest-heldout-52, -58, -60 and -63, twelve more written blind in session
 * 44 in forms their writers chose (told only which forms the other sets had), frozen at 1546352, 6ffc590, 06fce94 and
 * 232e621 on their branches and scored once, in aggregate, by that session's coordinator with its end code, after every
 * rule of the session: its closing measure. Sets 59, 61 and 62 of that session (frozen at da98aa7, e4cbd81 and 40bc82f,
 * delivered after its last CI run and scored once in aggregate with its final code) were moved into test/fixtures/ingest-dev
 * at the start of session 45; their scores are in test/fixtures/ingest-dev/README.md. The sixty-fourth to sixty-sixth held-out
 * sets (frozen at f57a6f8, aeeda60 and 05aa017, written blind in session 45, scored once in aggregate by its coordinator
 * with 9670999) were moved into test/fixtures/ingest-dev in the same session; their scores are in its README.md.
 * Held-out 67 to 72: test/fixtures/ingest-heldout-67 to -72, eighteen more written blind in session 45 in forms their
 * writers chose, frozen at d2c114e, b95ae3f, 86d8f14, 34be113, aef1311 and 1bd3c50 on their branches and scored once, in
 * aggregate, by that session's coordinator with its end code a05f7ba, after every rule of the session: its closing measure.
 * The seventy-third to seventy-fifth (frozen at 1b354c3, ebd021e and 5f3bdb5 in session 45, delivered after its last CI
 * run) were scored once in aggregate with 611ede9 at the start of session 46 and moved into test/fixtures/ingest-dev.
 * Held-out 78 and 80 to 82: test/fixtures/ingest-heldout-78 and -80 to -82, twelve more written blind in session 46
 * (its writers told to prefer the outlets a curator meets most), frozen at e08ee15, a4939bf, eb221bc and 6eb1a1e and
 * scored once, in aggregate, by that session's coordinator with its end code 95e59ae (the eighty-first and eighty-second,
 * delivered later, with 625e632 and 6f04f8d, the same behaviour): its closing measure (the session's other four sets
 * were not delivered in time).
 * The hundred-and-twenty-seventh, -ninth and hundred-and-thirty-first (frozen at 4d34bc4, aa4e550 and 5ca3c4b in session
 * 51, scored once in aggregate with its start and end code and wired with floors there) were moved into
 * test/fixtures/ingest-dev at the start of session 52; their scores are in its README.md.
 * Five: the seed articles with their curated people and organisations hidden.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_SETS, type ScoredArticle, scoreFive, scoreFixtureSet } from '../../src/ingest/score-cli.js';
import { type KindScore, ratio, sumScores } from '../../src/ingest/score-gold.js';

type Floors = Record<'statements' | 'figures' | 'votes' | 'events', { recall: number; precision: number }> & { saidOn: number };

const FLOORS: Record<
  | 'heldout'
  | 'heldout2'
  | 'heldout3'
  | 'heldout4'
  | 'heldout52'
  | 'heldout58'
  | 'heldout60'
  | 'heldout63'
  | 'heldout67'
  | 'heldout68'
  | 'heldout69'
  | 'heldout70'
  | 'heldout71'
  | 'heldout72'
  | 'heldout78'
  | 'heldout80'
  | 'heldout81'
  | 'heldout82'
  | 'heldout91'
  | 'heldout92'
  | 'heldout93'
  | 'heldout94'
  | 'heldout95'
  | 'heldout96'
  | 'heldout97'
  | 'heldout112'
  | 'heldout113'
  | 'heldout115'
  | 'heldout116'
  | 'heldout118'
  | 'heldout121'
  | 'heldout122'
  | 'heldout125'
  | 'heldout143'
  | 'heldout150'
  | 'heldout151'
  | 'heldout152'
  | 'heldout153'
  | 'heldout157'
  | 'heldout159'
  | 'heldout160'
  | 'heldout161'
  | 'heldout162'
  | 'heldout165'
  | 'heldout166'
  | 'heldout168'
  | 'heldout170'
  | 'heldout173'
  | 'heldout174'
  | 'heldout175'
  | 'heldout178'
  | 'heldout179'
  | 'heldout182'
  | 'heldout183'
  | 'heldout184'
  | 'heldout186'
  | 'heldout188'
  | 'heldout191'
  | 'heldout192'
  | 'heldout195'
  | 'heldout197'
  | 'heldout198'
  | 'heldout199'
  | 'heldout200'
  | 'heldout203'
  | 'heldout204'
  | 'heldout206'
  | 'heldout207'
  | 'heldout209'
  | 'heldout212'
  | 'heldout213'
  | 'heldout216'
  | 'heldout218'
  | 'heldout219'
  | 'heldout220'
  | 'heldout222'
  | 'heldout224'
  | 'heldout226'
  | 'heldout227'
  | 'heldout228'
  | 'heldout231'
  | 'heldout232'
  | 'heldout236'
  | 'heldout237'
  | 'heldout239'
  | 'heldout241'
  | 'heldout243'
  | 'heldout244'
  | 'heldout246'
  | 'heldout247'
  | 'heldout249'
  | 'heldout251'
  | 'heldout253'
  | 'heldout254'
  | 'heldout256'
  | 'heldout257'
  | 'heldout258'
  | 'heldout259'
  | 'heldout260'
  | 'heldout261'
  | 'heldout262'
  | 'heldout149'
  | 'heldout148'
  | 'heldout146'
  | 'heldout141'
  | 'heldout140'
  | 'heldout135'
  | 'heldout132'
  | 'heldout126'
  | 'heldout128'
  | 'heldout130'
  | 'five',
  Floors
> = {
  // Held-out 1-3 were raised to what the code of the fifth session measures on them (aggregates, rounded down to the
  // hundredth). Their history: held-out 1 statements 0.17 / 0.87 before issue 11, 0.64 / 0.84 at the end of session 4;
  // held-out 2 0.70 / 0.86, held-out 3 0.72 / 0.87 then (src/ingest/README.md has the table). During session 5 the
  // tuning engineers ran these aggregates (never their misses) as guards, and narrowed or dropped rules that broke
  // them, so they are no longer a clean measure: held-out 4 is (below).
  // Session 6 raised them again to what its end measures (its engineers ran all four aggregates as guards), and
  // session 7 did the same (its engineers ran them as guards too; its figure rules raised all four, its statement rules
  // only held-out 2: 49 -> 52 of 60), and session 8 too (its speaker and issuer's-voice rules raised held-out 1, 2 and 4), and session 9 (its said_on
  // rules raised held-out 1, 3 and 4, its labelled-turns reader held-out 4's statements), and session 10 (its speaker
  // and said_on rules raised held-out 4), and session 11 (its naming verb raised held-out 1, 2 and 4's statements, its
  // votes and events rules held-out 3's events precision).
  heldout: {
    // 62/76 right of 65 drafted, said_on 45/55; figures 60/67 and 60/60; votes 5/5 and 5/6; events 11/21 and 12/19.
    // (End of s5: 60/76 of 64, said_on 43/53; figures 60/67 and 60/62; events 10/21 and 10/17.)
    // End of s7: the same but figures 61/67 and 61/61.
    // End of s8: statements 66/76 of 66, said_on 49/59; figures 63/67 and 63/63; votes and events the same.
    // End of s9: said_on 58/59; figures 65/67 and 65/65; the rest the same.
    // End of s11: statements 67/76 of 67 (the naming verb), said_on 59/60; the rest the same.
    statements: { recall: 0.88, precision: 1 },
    saidOn: 0.98,
    figures: { recall: 0.97, precision: 1 },
    votes: { recall: 1, precision: 0.83 },
    events: { recall: 0.52, precision: 0.63 },
  },
  heldout2: {
    // 49/60 right of 52 drafted, said_on 36/36; figures 46/50 and 46/48; votes 3/3; events 14/24 and 14/16.
    // (End of s5: 45/60 of 49, said_on 33/33; events 13/24 and 13/17.)
    // End of s7: statements 52/60 of 52, said_on 39/39; figures 48/50 and 48/50; votes and events the same.
    // End of s8: statements 53/60 of 53, said_on 40/40; the rest the same.
    // End of s9: statements 54/60 of 54, said_on 41/41; the rest the same.
    // s11: the naming verb ("called the veto 'a disgrace'") takes statements 54 -> 55 of 60 (55/55), and one more
    // press conference, named in the new remark's attribution, is drafted and matches no gold event (not read):
    // events precision 14/16 -> 14/17. Lowered on purpose, once, for a statement gain on held-out 1, 2 and 4 (each +1,
    // precision 1.00) and on dev (+15, none wrong); the event was not read (aggregates only). End of s11: statements
    // 55/60 of 55, said_on 42/42; figures, votes and event recall the same.
    statements: { recall: 0.91, precision: 1 },
    saidOn: 1,
    figures: { recall: 0.96, precision: 0.96 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.58, precision: 0.82 },
  },
  heldout3: {
    // 47/54 right of 50 drafted, said_on 30/39; figures 75/84 and 75/76; votes 3/4 and 3/3; events 15/26 and 15/20.
    // (End of s5: 45/54 of 49; figures 74/84 and 74/76; events 15/26 and 15/21.)
    // End of s7: figures 80/84 and 80/80, events 15/26 and 15/19; the rest the same.
    // End of s8: events 16/26 and 16/19; the rest the same.
    // End of s9: statements 48/54 of 51, said_on 39/40; figures 82/84 and 82/82; votes and events the same.
    // End of s11: events 16/26 and 16/17 (two wrong events no longer drafted); the rest the same.
    statements: { recall: 0.88, precision: 0.94 },
    saidOn: 0.97,
    figures: { recall: 0.97, precision: 1 },
    votes: { recall: 0.75, precision: 1 },
    events: { recall: 0.61, precision: 0.94 },
  },
  heldout4: {
    // Written before session 5's tuning and frozen at 083f9e5 (one gold fix, 1f78342, before any scoring), scored
    // once at the end of that session, in aggregate. Before (the code of 4a781ec with the two scorer fixes of that
    // session): statements 55/106 and 55/72, said_on 37/48, figures 51/92 and 51/54, votes 3/5 and 3/4, events 15/39
    // and 15/31. After: 73/106 right of 80 drafted, said_on 47/65; figures 81/92 and 81/83; votes 3/5 and 3/4;
    // events 18/39 and 17/32.
    // End of s6 (a guard, aggregate only): 74/106 right of 81 drafted, said_on 47/65; figures 81/92 and 81/83; votes
    // 3/5 and 3/4; events 19/39 and 18/31.
    // End of s7: figures 83/92 and 83/84 (one of the two by a scorer fix), events 20/39 and 19/31; the rest the same.
    // End of s8: statements 78/106 of 85, said_on 51/68; figures 86/92 and 86/87; votes and events the same.
    // End of s9: statements 85/106 of 93 (labelled turns), said_on 66/75; figures 87/92 and 87/87; votes the same;
    // events 23/39 and 22/32.
    // End of s10: statements 88/106 of 94 (speakers), said_on 72/77; the rest the same.
    // End of s11: statements 89/106 of 95 (the naming verb), said_on 74/78; the rest the same.
    statements: { recall: 0.83, precision: 0.93 },
    saidOn: 0.94,
    figures: { recall: 0.94, precision: 1 },
    votes: { recall: 0.6, precision: 0.75 },
    events: { recall: 0.58, precision: 0.68 },
  },
  heldout52: {
    // Written and frozen in session 44 (1546352, no gold fix), forms chosen by its writer. Scored by the coordinator only,
    // in aggregate, once, with the session's end code (1071e76): statements 29/45 (29/32), said_on 20/25,
    // figures 24/26 (24/25), votes 3/6 (3/7), events 8/18 (8/14); the same with its start code e049d88.
    statements: { recall: 0.64, precision: 0.9 },
    saidOn: 0.8,
    figures: { recall: 0.92, precision: 0.96 },
    votes: { recall: 0.5, precision: 0.42 },
    events: { recall: 0.44, precision: 0.57 },
  },
  heldout58: {
    // Written and frozen in session 44 (6ffc590, no gold fix), forms chosen by its writer. Scored by the coordinator only,
    // in aggregate, once, with the session's end code (1071e76): statements 36/38 (36/37), said_on 22/26,
    // figures 23/26 (23/25), votes 7/9 (7/7), events 13/26 (13/18); the same with its start code e049d88.
    // (s61) Events precision floor lowered 0.72 -> 0.57, the one floor moved down: session 61's reading of day headings
    // in capitals with the month cut short ("TUESDAY, DEC. 13") dates entries under such headings here, events 13/26
    // (13/18) -> 17/26 (15/26); found by switching that session's date rules off one at a time, the misses not read.
    statements: { recall: 0.94, precision: 0.97 },
    saidOn: 0.84,
    figures: { recall: 0.88, precision: 0.92 },
    votes: { recall: 0.77, precision: 1 },
    events: { recall: 0.5, precision: 0.57 },
  },
  heldout60: {
    // Written and frozen in session 44 (06fce94, no gold fix), forms chosen by its writer. Scored by the coordinator only,
    // in aggregate, once, with the session's end code (1071e76): statements 30/34 (30/33), said_on 20/26,
    // figures 23/25 (23/25), votes 6/6 (6/6), events 13/23 (13/18); the same with its start code e049d88.
    statements: { recall: 0.88, precision: 0.9 },
    saidOn: 0.76,
    figures: { recall: 0.92, precision: 0.92 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.56, precision: 0.72 },
  },
  heldout63: {
    // Written and frozen in session 44 (232e621, no gold fix), forms chosen by its writer, delivered after the others had
    // been scored. Scored by the coordinator only, in aggregate, once, with the end code (d533dc5, behaviour of 1071e76):
    // statements 33/41 (33/37), said_on 27/29, figures 25/30 (25/26), votes 5/5 (5/5), events 10/12 (10/14); the
    // same with its start code e049d88.
    // (s54) The paragraph's or profile's subject for "he" (speaker-resolution.ts antecedent) gives it one more right
    // statement (35 -> 36 of 41) whose day is wrong: said_on 28/30 -> 28/31, the floor from 0.93 to 0.9.
    statements: { recall: 0.8, precision: 0.89 },
    saidOn: 0.9,
    figures: { recall: 0.83, precision: 0.96 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.83, precision: 0.71 },
  },
  heldout67: {
    // Written and frozen in session 45 (d2c114e, no gold fix), forms chosen by its writer. Scored by the coordinator only,
    // in aggregate, once, with the session's end code (a05f7ba): statements 32/39 (32/35), said_on 24/25,
    // figures 29/34 (29/30), votes 3/6 (3/6), events 12/20 (12/18).
    statements: { recall: 0.82, precision: 0.91 },
    saidOn: 0.96,
    figures: { recall: 0.85, precision: 0.96 },
    votes: { recall: 0.5, precision: 0.5 },
    events: { recall: 0.6, precision: 0.66 },
  },
  heldout68: {
    // Written and frozen in session 45 (b95ae3f, no gold fix), forms chosen by its writer. Scored by the coordinator only,
    // in aggregate, once, with the session's end code (a05f7ba): statements 32/39 (32/34), said_on 28/29,
    // figures 33/40 (33/36), votes 5/6 (5/6), events 13/22 (13/18).
    statements: { recall: 0.82, precision: 0.94 },
    saidOn: 0.96,
    figures: { recall: 0.82, precision: 0.91 },
    votes: { recall: 0.83, precision: 0.83 },
    events: { recall: 0.59, precision: 0.72 },
  },
  heldout69: {
    // Written and frozen in session 45 (86d8f14, no gold fix), forms chosen by its writer. Scored by the coordinator only,
    // in aggregate, once, with the session's end code (a05f7ba): statements 32/42 (32/37), said_on 24/25,
    // figures 24/28 (24/25), votes 3/5 (3/4), events 12/18 (12/20).
    statements: { recall: 0.76, precision: 0.86 },
    // Session 66: 0.96 -> 0.93, found by scoring in aggregate at each of the session's commits: its commit b4861954
    // (a chronology entry's later day, "that afternoon" read as a time, the verb's own day before a clause's) finds one
    // more right statement here (36 -> 37 of 42) whose day is wrong (said_on 28/29 -> 28/30); nothing right is lost.
    saidOn: 0.93,
    figures: { recall: 0.85, precision: 0.96 },
    votes: { recall: 0.6, precision: 0.75 },
    events: { recall: 0.66, precision: 0.6 },
  },
  heldout70: {
    // Written and frozen in session 45 (34be113, no gold fix), forms chosen by its writer. Scored by the coordinator only,
    // in aggregate, once, with the session's end code (a05f7ba): statements 34/37 (34/35), said_on 30/31,
    // figures 23/27 (23/24), votes 3/5 (3/3), events 11/16 (11/13).
    statements: { recall: 0.91, precision: 0.97 },
    saidOn: 0.96,
    figures: { recall: 0.85, precision: 0.95 },
    votes: { recall: 0.6, precision: 1 },
    events: { recall: 0.68, precision: 0.84 },
  },
  heldout71: {
    // Written and frozen in session 45 (aef1311, no gold fix), forms chosen by its writer. Scored by the coordinator only,
    // in aggregate, once, with the session's end code (a05f7ba): statements 36/45 (36/39), said_on 20/25,
    // figures 22/25 (22/22), votes 3/6 (3/6), events 11/19 (11/14). (s53) "It said" after a sentence that opens on a
    // body finds one more statement here, with the wrong day: statements 37/45 (37/40), said_on 20/26; the said_on floor
    // went down by that record.
    statements: { recall: 0.82, precision: 0.92 },
    saidOn: 0.76,
    figures: { recall: 0.88, precision: 1 },
    votes: { recall: 0.5, precision: 0.5 },
    events: { recall: 0.57, precision: 0.78 },
  },
  heldout72: {
    // Written and frozen in session 45 (1bd3c50, no gold fix), forms chosen by its writer. Scored by the coordinator only,
    // in aggregate, once, with the session's end code (a05f7ba): statements 25/32 (25/27), said_on 14/24,
    // figures 24/29 (24/24), votes 3/6 (3/6), events 9/14 (9/16).
    statements: { recall: 0.78, precision: 0.92 },
    saidOn: 0.58,
    figures: { recall: 0.82, precision: 1 },
    votes: { recall: 0.5, precision: 0.5 },
    events: { recall: 0.64, precision: 0.56 },
  },
  heldout78: {
    // Written and frozen in session 46 (e08ee15, no gold fix), forms chosen by its writer (told to prefer the outlets a
    // curator meets most). Scored by the coordinator only, in aggregate, once, with the session's end code (95e59ae):
    // statements 26/33 (26/28), said_on 16/22, figures 25/26 (25/26), votes 4/6 (4/6), events 13/19 (13/17). The start
    // code 611ede9 scores it the same.
    statements: { recall: 0.78, precision: 0.92 },
    saidOn: 0.72,
    figures: { recall: 0.96, precision: 0.96 },
    votes: { recall: 0.66, precision: 0.66 },
    events: { recall: 0.68, precision: 0.76 },
  },
  heldout80: {
    // Written and frozen in session 46 (a4939bf, no gold fix), as the seventy-eighth. Scored so with 95e59ae: statements
    // 32/37 (32/35), said_on 23/27, figures 28/28 (28/29), votes 5/7 (5/8), events 15/24 (15/29). The start code the same.
    // s48 (an office "of the United Nations", a post accredited "to the United Nations"): statements 33/37 (33/34); the
    // statement it finds is dated wrong, so said_on is 23/28: the floor follows the ratio (0.85 -> 0.82), 23 right holds.
    statements: { recall: 0.86, precision: 0.91 },
    saidOn: 0.82,
    figures: { recall: 1, precision: 0.96 },
    votes: { recall: 0.71, precision: 0.62 },
    events: { recall: 0.62, precision: 0.51 },
  },
  heldout81: {
    // Written and frozen in session 46 (eb221bc, no gold fix), as the seventy-eighth, delivered after the first two.
    // Scored so with 95e59ae's behaviour (625e632: comments and READMEs since): statements 19/27 (19/24), said_on 13/14,
    // figures 26/27 (26/29), votes 6/7 (6/7), events 10/17 (10/16). The start code the same.
    statements: { recall: 0.7, precision: 0.79 },
    saidOn: 0.92,
    figures: { recall: 0.96, precision: 0.89 },
    votes: { recall: 0.85, precision: 0.85 },
    events: { recall: 0.58, precision: 0.62 },
  },
  heldout82: {
    // Written and frozen in session 46 (6eb1a1e, no gold fix), as the seventy-eighth, delivered last. Scored so with
    // 6f04f8d (95e59ae's behaviour): statements 30/35 (30/34), said_on 22/25, figures 30/33 (30/32), votes 5/5 (5/6),
    // events 10/14 (10/17). The start code the same.
    statements: { recall: 0.85, precision: 0.88 },
    saidOn: 0.88,
    figures: { recall: 0.9, precision: 0.93 },
    votes: { recall: 1, precision: 0.83 },
    events: { recall: 0.71, precision: 0.58 },
  },
  heldout91: {
    // Written and frozen in session 47 (f959135; a tally's keys quoted since, no value changed), scored once with the
    // end code c5a23f6: statements 53/56 (53/55), said_on 46/46, figures 38/40 (38/39), votes 6/7 (6/7), events 19/23 (19/22). The start code the same.
    // (s52) Statements precision 53/55 -> 53/56 with the rule that a verb joined on by "and" after a woven quotation
    // goes on with the lead's speaker (statement-extractor.ts readQuotation): a trade measured on every wired set at once
    // (the 36 wired sets: statements 1464 -> 1465 of 1701, precision 1463/1582 -> 1464/1583: one more right in one set,
    // one fewer wrong in another, one more wrong here; dev 6941 -> 6944 right, 7254 -> 7243 drafted), its misses unread.
    // The floor follows it down by that one record.
    statements: { recall: 0.94, precision: 0.94 },
    saidOn: 1,
    figures: { recall: 0.95, precision: 0.97 },
    votes: { recall: 0.85, precision: 0.85 },
    events: { recall: 0.82, precision: 0.86 },
  },
  heldout92: {
    // Written and frozen in session 47 (e3c9b77; a tally's keys quoted since, no value changed), scored once with the
    // end code c5a23f6: statements 46/50 (46/47), said_on 42/42, figures 34/34 (34/34), votes 5/6 (5/6), events 18/23 (15/19). The start code the same.
    statements: { recall: 0.92, precision: 0.97 },
    saidOn: 1,
    figures: { recall: 1, precision: 1 },
    votes: { recall: 0.83, precision: 0.83 },
    events: { recall: 0.78, precision: 0.78 },
  },
  heldout93: {
    // Written and frozen in session 47 (418ba5e; a tally's keys quoted since, no value changed), scored once with the
    // end code c5a23f6: statements 38/49 (38/44), said_on 32/34, figures 34/35 (34/35), votes 4/4 (4/5), events 23/26 (21/26). The start code the same.
    statements: { recall: 0.77, precision: 0.86 },
    saidOn: 0.94,
    figures: { recall: 0.97, precision: 0.97 },
    votes: { recall: 1, precision: 0.8 },
    events: { recall: 0.88, precision: 0.8 },
  },
  heldout94: {
    // Written and frozen in session 47 (5d61326; a tally's keys quoted since, no value changed), scored once with the
    // end code c5a23f6: statements 27/43 (27/38), said_on 24/24, figures 37/37 (37/37), votes 4/4 (4/4), events 12/13 (12/16). The start code 7785e1b: statements 25/43 (25/37), said_on 22/22, figures 37/37 (37/37), votes 4/4 (4/4), events 12/13 (12/16).
    statements: { recall: 0.62, precision: 0.71 },
    saidOn: 1,
    figures: { recall: 1, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.92, precision: 0.75 },
  },
  heldout95: {
    // Written and frozen in session 47 (5a7efe9; a tally's keys quoted since, no value changed), scored once with the
    // end code c5a23f6: statements 32/44 (32/38), said_on 26/26, figures 50/51 (50/52), votes 3/5 (3/4), events 17/25 (17/20). The start code the same.
    statements: { recall: 0.72, precision: 0.84 },
    saidOn: 1,
    figures: { recall: 0.98, precision: 0.96 },
    votes: { recall: 0.6, precision: 0.75 },
    events: { recall: 0.68, precision: 0.85 },
  },
  heldout96: {
    // Written and frozen in session 47 (7a2a807; a tally's keys quoted since, no value changed), scored once with the
    // end code c5a23f6: statements 47/55 (47/50), said_on 41/44, figures 41/43 (41/41), votes 3/4 (3/5), events 16/24 (15/21). The start code the same.
    statements: { recall: 0.85, precision: 0.94 },
    saidOn: 0.93,
    figures: { recall: 0.95, precision: 1 },
    votes: { recall: 0.75, precision: 0.6 },
    events: { recall: 0.66, precision: 0.71 },
  },
  heldout97: {
    // Written and frozen in session 47 (12d78c4; a tally's keys quoted since, no value changed), scored once with the
    // end code c5a23f6: statements 38/49 (37/43), said_on 27/29, figures 34/34 (34/35), votes 4/5 (4/5), events 16/26 (17/23). The start code the same.
    // s48 (a quotation the clause goes on after is a woven fragment): statements 39/49 (38/43); the statement it finds
    // is dated wrong, so said_on is 27/30: the floor follows the ratio down (0.93 -> 0.9), the right count holds at 27.
    // s50 (a place fronted with its preposition is no address: "In Tirana, the chairman of ..., X, said"): statements
    // 40/49 -> 41/49 (precision 39/44 -> 40/45), said_on 27/30 -> 28/31; one more event is drafted with no gold record
    // (17/23 -> 17/24), so the events precision floor follows the ratio down (0.73 -> 0.7), the right count holds at 17.
    statements: { recall: 0.77, precision: 0.86 },
    saidOn: 0.9,
    figures: { recall: 1, precision: 0.97 },
    votes: { recall: 0.8, precision: 0.8 },
    events: { recall: 0.61, precision: 0.7 },
  },
  heldout112: {
    // Written and frozen in session 49 (44d9e4b on branch h112; British and Irish papers), delivered after the
    // session's tuning had begun and scored once, in aggregate, with its start code 03300b7 and its end code 4cdac41:
    // statements 41/48 (41/45), said_on 30/38, figures 36/37 (36/37), votes 5/6 (5/5), events 22/31 (21/29). With the
    // start code: votes 4/6 (4/6), events 22/31 (21/30).
    statements: { recall: 0.85, precision: 0.91 },
    saidOn: 0.78,
    figures: { recall: 0.97, precision: 0.97 },
    votes: { recall: 0.83, precision: 1 },
    events: { recall: 0.7, precision: 0.72 },
  },
  heldout113: {
    // Written and frozen in session 49 (a5e6b7d on branch h113; news agencies' wire copy), delivered after the
    // session's tuning had begun and scored once, in aggregate, with its start code 03300b7 and its end code 4cdac41:
    // statements 47/50 (47/48), said_on 42/43, figures 28/31 (28/32), votes 5/5 (5/7), events 19/25 (18/27). The start
    // code the same.
    statements: { recall: 0.94, precision: 0.97 },
    saidOn: 0.97,
    figures: { recall: 0.9, precision: 0.87 },
    votes: { recall: 1, precision: 0.71 },
    events: { recall: 0.76, precision: 0.66 },
  },
  heldout116: {
    // Written and frozen in session 49 (a053c30 on branch h116; radio and television newsrooms' web copy), delivered
    // after the session's tuning had begun and scored once, in aggregate, with its start code 03300b7 and its end code
    // 4cdac41: statements 43/49 (43/52), said_on 24/32, figures 36/37 (36/37), votes 5/6 (5/6), events 18/25 (17/21).
    // The start code the same.
    statements: { recall: 0.87, precision: 0.82 },
    saidOn: 0.75,
    figures: { recall: 0.97, precision: 0.97 },
    votes: { recall: 0.83, precision: 0.83 },
    events: { recall: 0.72, precision: 0.8 },
  },
  heldout130: {
    // Written and frozen in session 51 (d0fdc43 on branch h130; a wire's running "The Latest" file, a broadcaster's live
    // page, a paper's "As it happened" page), delivered during the session and scored once, in aggregate, with its start
    // code 3bb6111 and its end code 428de7d (the same): statements 46/56 (46/52), said_on 46/46, figures 26/26 (26/27),
    // votes 3/3 (3/3), events 17/26 (15/17).
    statements: { recall: 0.82, precision: 0.88 },
    saidOn: 1,
    figures: { recall: 1, precision: 0.96 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.65, precision: 0.88 },
  },
  heldout128: {
    // Written and frozen in session 51 (e860a6b on branch h128; a UN-affairs newsletter explaining a vote, a
    // think-tank's blog on the veto, a diplomatic correspondent's column), delivered during the session and scored once,
    // in aggregate, with its start code 3bb6111 and its end code 685fa39 (the same): statements 42/49 (42/46), said_on
    // 36/39, figures 27/31 (27/28), votes 6/7 (6/9), events 13/23 (13/23).
    statements: { recall: 0.85, precision: 0.91 },
    saidOn: 0.92,
    figures: { recall: 0.87, precision: 0.96 },
    votes: { recall: 0.85, precision: 0.66 },
    events: { recall: 0.56, precision: 0.56 },
  },
  heldout126: {
    // Written and frozen in session 51 (174b76f on branch h126; English editions of a French, a German and a Dutch
    // outlet, each around a UN vote), delivered near the session's end and scored once, in aggregate, with its start code
    // 3bb6111 and its end code 740abd3 (the same): statements 42/52 (42/50), said_on 28/36, figures 23/23 (23/24), votes
    // 7/7 (8/8), events 16/25 (17/24).
    statements: { recall: 0.8, precision: 0.84 },
    saidOn: 0.77,
    figures: { recall: 1, precision: 0.95 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.64, precision: 0.7 },
  },
  heldout132: {
    // Written and frozen in session 52 (d69e244 on branch h132; a Canadian national daily's UN-bureau story, a public
    // broadcaster's web story, a Montreal English daily), delivered during the session and scored, in aggregate, with
    // its start code 25bc1a5: statements 41/43 (41/43), said_on 34/39, figures 27/28 (27/27), votes 5/9 (4/8), events
    // 16/26 (16/22); with its end code b7d780e: statements 41/43 (41/42), said_on 35/39, figures 27/28 (27/27), votes
    // 5/9 (4/8), events 16/26 (16/22).
    statements: { recall: 0.95, precision: 0.97 },
    saidOn: 0.89,
    figures: { recall: 0.96, precision: 1 },
    votes: { recall: 0.55, precision: 0.5 },
    events: { recall: 0.61, precision: 0.72 },
  },
  heldout135: {
    // Written and frozen in session 52 (492539c on branch h135; a wire's factbox, a data-journalism piece, a
    // humanitarian digest of situation reports), delivered during the session and scored, in aggregate, with its start
    // code 25bc1a5: statements 46/58 (46/51), said_on 33/35, figures 72/74 (72/73), votes 7/8 (7/8), events 25/34
    // (23/31); with its end code b7d780e: statements 46/58 (46/50), said_on 33/35, figures 72/74 (72/73), votes 7/8
    // (7/8), events 25/34 (23/31).
    statements: { recall: 0.79, precision: 0.92 },
    saidOn: 0.94,
    figures: { recall: 0.97, precision: 0.98 },
    votes: { recall: 0.87, precision: 0.87 },
    events: { recall: 0.73, precision: 0.74 },
  },
  heldout140: {
    // Written and frozen in session 53 (a Catholic news agency's Vatican report, an Anglican news service's report, an
    // Islamic charity's field update), delivered during the session and scored, in aggregate, with its start code
    // b4553f2: statements 36/41 (37/41), said_on 29/33, figures 37/37 (37/41), votes 5/6 (5/5), events 15/23 (15/19);
    // with its end code ebc3e352: the same.
    statements: { recall: 0.87, precision: 0.9 },
    saidOn: 0.87,
    figures: { recall: 1, precision: 0.9 },
    votes: { recall: 0.83, precision: 1 },
    events: { recall: 0.65, precision: 0.78 },
  },
  heldout141: {
    // Written and frozen in session 53 (a financial daily's markets story, a cargo-insurance newsletter, a
    // construction-materials commodities report), delivered during the session and scored, in aggregate, with its start
    // code b4553f2: statements 39/47 (39/41), said_on 29/30, figures 30/30 (30/53), votes 3/4 (3/5), events 13/20
    // (13/17); with its end code ebc3e352: the same.
    // Session 64: figures precision 30/53 -> 30/54 with 9f9e7de2 (a percentage of a named whole), one figure drafted
    // that no gold expects; the rule found 6 more right figures on six other wired sets, scored in aggregate only; the
    // floor follows that trade.
    statements: { recall: 0.82, precision: 0.95 },
    saidOn: 0.96,
    figures: { recall: 1, precision: 0.55 },
    votes: { recall: 0.75, precision: 0.6 },
    events: { recall: 0.65, precision: 0.76 },
  },
  heldout143: {
    // Written and frozen in session 53 (a broadcaster's reaction round-up, an agency's factbox of reactions, a Canadian
    // daily's what-they-said box), delivered during the session and scored, in aggregate, with its start code b4553f2:
    // statements 49/53 (48/49), said_on 42/45, figures 22/23 (22/23), votes 4/4 (4/4), events 15/21 (14/17); with its
    // end code ebc3e352: the same.
    statements: { recall: 0.92, precision: 0.97 },
    saidOn: 0.93,
    figures: { recall: 0.95, precision: 0.95 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.71, precision: 0.82 },
  },
  heldout146: {
    // Written and frozen in session 54 (a defence-intelligence weekly's air-operations analysis, a US defense-news
    // site's land-warfare report, a British naval trade magazine's carrier news page), delivered during the session and
    // scored, in aggregate, with its start code e20093b: statements 39/46 (39/42), said_on 31/35, figures 24/30
    // (24/30), votes 3/3 (3/3), events 14/23 (14/25); with its end code cc26d8b: the same.
    // Session 64: figures precision 25/31 -> 29/37 with 4a3aad1f (a qualified number with no noun), 4 more right
    // figures (recall 25/30 -> 29/30) for 2 drafted that no gold expects; the rule found 46 more right figures on 30
    // wired sets in all, scored in aggregate only; the floor follows that trade.
    statements: { recall: 0.84, precision: 0.92 },
    saidOn: 0.88,
    figures: { recall: 0.8, precision: 0.78 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.6, precision: 0.56 },
  },
  heldout148: {
    // Written and frozen in session 54 (a British MP's constituency e-newsletter, an MEP's press release, a Canadian
    // MP's news release), delivered during the session and scored, in aggregate, with its start code e20093b:
    // statements 36/40 (36/40), said_on 27/30, figures 32/34 (32/32), votes 6/6 (6/7), events 16/25 (16/23); with its
    // end code cc26d8b: the same.
    statements: { recall: 0.9, precision: 0.9 },
    saidOn: 0.9,
    figures: { recall: 0.94, precision: 1 },
    votes: { recall: 1, precision: 0.85 },
    events: { recall: 0.64, precision: 0.69 },
  },
  heldout149: {
    // Written and frozen in session 54 (a European wire's world briefs, a Spanish agency's news in brief, an Australian
    // wire's overnight world digest), delivered during the session and scored, in aggregate, with its start code
    // e20093b: statements 45/50 (45/48), said_on 32/43, figures 40/42 (40/41), votes 4/5 (5/7), events 18/26 (18/25);
    // with its end code cc26d8b: the same.
    statements: { recall: 0.9, precision: 0.93 },
    saidOn: 0.74,
    figures: { recall: 0.95, precision: 0.97 },
    votes: { recall: 0.8, precision: 0.71 },
    events: { recall: 0.69, precision: 0.72 },
  },
  heldout150: {
    // Written and frozen in session 54 (an Armenian-American community weekly, a Syrian community association's
    // newsletter in Germany, a Kurdish community weekly in London), delivered during the session and scored, in
    // aggregate, with its start code e20093b: statements 37/43 (37/38), said_on 27/31, figures 35/36 (35/35), votes 6/6
    // (6/6), events 18/24 (18/25); with its end code cc26d8b: the same.
    statements: { recall: 0.86, precision: 0.97 },
    saidOn: 0.87,
    figures: { recall: 0.97, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.75, precision: 0.72 },
  },
  heldout151: {
    // Written and frozen in session 55 (culture and heritage pages: a British broadsheet's heritage feature, an
    // American archaeology magazine's web news, a museum-sector weekly e-mail briefing), delivered during the session
    // and scored, in aggregate, with its start code 3428013: statements 36/39 (35/37), said_on 28/32, figures 30/34
    // (30/30), votes 5/6 (5/6), events 18/24 (18/22); with its end code 8fba281: the same.
    statements: { recall: 0.92, precision: 0.94 },
    saidOn: 0.87,
    figures: { recall: 0.88, precision: 1 },
    votes: { recall: 0.83, precision: 0.83 },
    events: { recall: 0.75, precision: 0.81 },
  },
  heldout152: {
    // Written and frozen in session 55 (the medical and health press: a medical journal's news section, a nursing
    // magazine's news story, a global-health newsletter's weekly digest), delivered during the session and scored, in
    // aggregate, with its start code 3428013: statements 46/51 (46/46), said_on 36/41, figures 41/46 (41/42), votes 3/3
    // (3/4), events 15/19 (15/17); with its end code 8fba281: the same.
    statements: { recall: 0.9, precision: 1 },
    saidOn: 0.87,
    figures: { recall: 0.89, precision: 0.97 },
    votes: { recall: 1, precision: 0.75 },
    events: { recall: 0.78, precision: 0.88 },
  },
  heldout153: {
    // Written and frozen in session 55 (local US television stations' websites: a Boise, an Allentown and an Anaheim
    // station's web stories), delivered during the session and scored, in aggregate, with its start code 3428013:
    // statements 41/49 (41/45), said_on 30/35, figures 39/44 (39/39), votes 5/5 (5/6), events 16/22 (16/21); with its
    // end code 8fba281: the same.
    statements: { recall: 0.83, precision: 0.91 },
    saidOn: 0.85,
    figures: { recall: 0.88, precision: 1 },
    votes: { recall: 1, precision: 0.83 },
    events: { recall: 0.72, precision: 0.76 },
  },
  heldout157: {
    // Written and frozen in session 55 (independent English-language sites of Turkey and Russia: an Ankara diplomacy
    // story, a Moscow news site, a Turkish border site), delivered during the session and scored, in aggregate, with
    // its start code 3428013: statements 49/54 (49/52), said_on 45/45, figures 42/44 (42/43), votes 4/4 (4/4), events
    // 21/28 (18/21); with its end code 8fba281: the same.
    statements: { recall: 0.9, precision: 0.94 },
    saidOn: 1,
    figures: { recall: 0.95, precision: 0.97 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.75, precision: 0.85 },
  },
  heldout159: {
    // Written and frozen in session 56 (South Asian English dailies: an Indian daily's world page with a deck, a
    // Pakistani daily's "News Desk" world page, a Bangladeshi daily's world page built from agency copy), delivered
    // during the session and scored, in aggregate, with its start code 2e43956: statements 53/58 (53/55), said_on
    // 46/48, figures 31/31 (31/32), votes 2/2 (2/2), events 20/28 (19/23); with its end code 49bd72a: the same. Wired
    // by name at the start of session 57.
    statements: { recall: 0.91, precision: 0.96 },
    saidOn: 0.95,
    figures: { recall: 1, precision: 0.96 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.71, precision: 0.82 },
  },
  heldout160: {
    // Written and frozen in session 56 (African English dailies: a Nigerian daily's world page, a Kenyan daily's world
    // page, a South African daily's foreign page, each with agency copy), delivered during the session and scored, in
    // aggregate, with its start code 2e43956: statements 50/56 (50/52), said_on 42/44, figures 30/33 (30/31), votes 5/6
    // (5/5), events 18/24 (17/20); with its end code 49bd72a: the same. Wired by name at the start of session 57.
    statements: { recall: 0.89, precision: 0.96 },
    saidOn: 0.95,
    figures: { recall: 0.9, precision: 0.96 },
    votes: { recall: 0.83, precision: 1 },
    events: { recall: 0.75, precision: 0.85 },
  },
  heldout161: {
    // Written and frozen in session 56 (live blogs: a British paper's rolling live blog newest first, an American
    // wire's live-updates page oldest first, a Gulf daily's live page), delivered during the session and scored, in
    // aggregate, with its start code 2e43956: statements 51/56 (51/52), said_on 48/48, figures 27/27 (27/27), votes 5/5
    // (5/5), events 19/27 (16/19); with its end code 49bd72a: the same. Wired by name at the start of session 57.
    statements: { recall: 0.91, precision: 0.98 },
    saidOn: 1,
    figures: { recall: 1, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.7, precision: 0.84 },
  },
  heldout162: {
    // Written and frozen in session 56 (op-eds and editorials: a diplomat's signed op-ed in a New Zealand regional
    // daily, a UN official's signed comment piece in a London daily, a Scottish daily's unsigned leader quoting
    // officials), delivered during the session and scored, in aggregate, with its start code 2e43956: statements 22/27
    // (22/26), said_on 14/16, figures 23/25 (23/25), votes 7/8 (7/7), events 17/20 (17/20); with its end code 49bd72a:
    // the same. Wired by name at the start of session 57.
    statements: { recall: 0.81, precision: 0.84 },
    saidOn: 0.87,
    figures: { recall: 0.92, precision: 0.92 },
    votes: { recall: 0.87, precision: 1 },
    events: { recall: 0.85, precision: 0.85 },
  },
  heldout165: {
    // Written and frozen in session 57 (children's and young readers' news: a British children's weekly, an American
    // children's news website, an Australian children's news website), delivered in the session's first fifteen minutes
    // and scored, in aggregate, with its start code 49bd72a before any rule of the session: statements 35/38 (35/37),
    // said_on 25/31, figures 23/26 (23/24), votes 5/6 (5/7), events 13/22 (12/19); with its end code 7a74704: the same.
    statements: { recall: 0.92, precision: 0.94 },
    saidOn: 0.8,
    figures: { recall: 0.88, precision: 0.95 },
    votes: { recall: 0.83, precision: 0.71 },
    events: { recall: 0.59, precision: 0.63 },
  },
  heldout166: {
    // Written and frozen in session 57 (East Asian English-language dailies: a Japanese daily's New York correspondent,
    // a Korean daily with wire help, a Hong Kong daily's wire-based world page), delivered in the session's first
    // fifteen minutes and scored, in aggregate, with its start code 49bd72a before any rule of the session: statements
    // 47/51 (47/49), said_on 41/43, figures 29/29 (29/30), votes 5/7 (5/7), events 16/26 (15/24); with its end code
    // 7a74704: the same. (s59) Statements precision 47/49 -> 47/50, floor 0.95 -> 0.94: session 59's reading of a
    // single capitalised word as a body where it "reported" or spoke "in a note/statement" drafts one record here that
    // is not among the set's gold speakers (found by switching the rule off; the set's misses were not read). On dev it
    // gave four right records (Izvestia twice, Al-Hayat, Itamaraty) and no wrong one; it is kept, and this floor says so.
    statements: { recall: 0.92, precision: 0.94 },
    saidOn: 0.95,
    figures: { recall: 1, precision: 0.96 },
    votes: { recall: 0.71, precision: 0.71 },
    events: { recall: 0.61, precision: 0.62 },
  },
  heldout168: {
    // Written and frozen in session 57 (Gulf English-language dailies and business press: a Kuwaiti daily's world page,
    // a Qatari daily, a Dubai business paper's logistics page), delivered in the session's first fifteen minutes and
    // scored, in aggregate, with its start code 49bd72a before any rule of the session: statements 39/45 (39/41),
    // said_on 32/33, figures 29/35 (29/29), votes 5/5 (5/5), events 14/19 (13/20); with its end code 7a74704: the same.
    statements: { recall: 0.86, precision: 0.95 },
    saidOn: 0.96,
    figures: { recall: 0.82, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.73, precision: 0.65 },
  },
  heldout170: {
    // Written and frozen in session 57 (aid workers' field blogs and staff diaries: an NGO logistics coordinator's
    // diary, a Syrian medical NGO's staff diary, a child-protection NGO's field blog), delivered in the session's first
    // fifteen minutes and scored, in aggregate, with its start code 49bd72a before any rule of the session: statements
    // 37/45 (37/38), said_on 29/33, figures 47/50 (47/47), votes 4/6 (4/6), events 19/31 (18/32); with its end code
    // 7a74704: the same.
    statements: { recall: 0.82, precision: 0.97 },
    saidOn: 0.87,
    figures: { recall: 0.94, precision: 1 },
    votes: { recall: 0.66, precision: 0.66 },
    events: { recall: 0.61, precision: 0.56 },
  },
  heldout173: {
    // Written and frozen in session 58 (English-language outlets of Latin America, Spain and Portugal: a Madrid
    // English-language wire, a Mexico City English-language daily, a Lisbon English-language wire), delivered in the
    // session's first hour and scored, in aggregate, with its start code 863e1c8 before any rule of the session:
    // statements 48/53 (48/54), said_on 41/42, figures 33/33 (33/33), votes 4/5 (4/4), events 12/17 (11/16); with its
    // end code 6b1ad6d: statements 48/53 (48/53), said_on 41/42, figures 33/33 (33/33), votes 4/5 (4/4), events 12/17
    // (11/16).
    statements: { recall: 0.9, precision: 0.88 },
    saidOn: 0.97,
    figures: { recall: 1, precision: 1 },
    votes: { recall: 0.8, precision: 1 },
    events: { recall: 0.7, precision: 0.68 },
  },
  heldout174: {
    // Written and frozen in session 58 (Australian and New Zealand papers: a Western Sydney local weekly, a Wellington
    // metropolitan daily, a Queensland regional daily), delivered in the session's first hour and scored, in aggregate,
    // with its start code 863e1c8 before any rule of the session: statements 52/54 (51/52), said_on 38/47, figures
    // 39/42 (39/40), votes 5/6 (5/6), events 12/18 (12/17); with its end code 6b1ad6d: the same.
    statements: { recall: 0.96, precision: 0.98 },
    saidOn: 0.8,
    figures: { recall: 0.92, precision: 0.97 },
    votes: { recall: 0.83, precision: 0.83 },
    events: { recall: 0.66, precision: 0.7 },
  },
  heldout175: {
    // Written and frozen in session 58 (trade-union and professional-association press: a British hospital doctors'
    // union's news service, a freelance journalists' guild newsletter with an interview, a Canadian teachers'
    // federation paper), delivered in the session's first hour and scored, in aggregate, with its start code 863e1c8
    // before any rule of the session: statements 34/43 (34/37), said_on 26/29, figures 34/35 (34/34), votes 5/5 (5/5),
    // events 15/29 (15/17); with its end code 6b1ad6d: the same.
    statements: { recall: 0.79, precision: 0.91 },
    saidOn: 0.89,
    figures: { recall: 0.97, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.51, precision: 0.88 },
  },
  heldout178: {
    // Written and frozen in session 58 (women's, family and lifestyle magazines: a British parenting magazine's
    // real-life feature, an American women's magazine profile, an Indian women's magazine profile), delivered in the
    // session's first hour and scored, in aggregate, with its start code 863e1c8 before any rule of the session:
    // statements 47/53 (47/50), said_on 29/37, figures 46/52 (46/46), votes 6/6 (6/6), events 24/29 (24/29); with its
    // end code 6b1ad6d: the same.
    statements: { recall: 0.88, precision: 0.94 },
    saidOn: 0.78,
    figures: { recall: 0.88, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.82, precision: 0.82 },
  },
  heldout179: {
    // Written and frozen in session 59 (Iranian, Iraqi and Lebanese English-language media: an Iranian state news
    // agency's English service, a Baghdad English daily, an independent Beirut English daily), delivered in the
    // session's first half hour and scored, in aggregate, with its start code 41c0b0e before any rule of the session:
    // statements 47/53 (47/50), said_on 41/43, figures 36/36 (36/36), votes 5/5 (5/6), events 15/24 (14/24); with its
    // end code b5fa7cd: the same.
    statements: { recall: 0.88, precision: 0.94 },
    // Session 70: its rule dating a remark said "at the meeting" or "after the meeting" by the meeting told before
    // (b7aa4e09, reapplied in 41cf5ed2; dev 707 said_on +2, and on the wired sets 128 and 71 two days more each) dates
    // one remark here by a meeting that is not the remark's (said_on 43/45 -> 42/45); nothing else changes.
    saidOn: 0.93,
    figures: { recall: 1, precision: 1 },
    votes: { recall: 1, precision: 0.83 },
    events: { recall: 0.62, precision: 0.58 },
  },
  heldout182: {
    // Written and frozen in session 59 (the English-language services of French, German and Italian outlets: a German
    // news agency's English wire, a French public broadcaster's English site, an Italian national daily's English
    // edition), delivered in the session's first half hour and scored, in aggregate, with its start code 41c0b0e before
    // any rule of the session: statements 45/50 (45/49), said_on 33/39, figures 28/28 (28/29), votes 6/9 (6/7), events
    // 17/21 (18/24); with its end code b5fa7cd: the same.
    statements: { recall: 0.9, precision: 0.91 },
    saidOn: 0.84,
    figures: { recall: 1, precision: 0.96 },
    votes: { recall: 0.66, precision: 0.85 },
    events: { recall: 0.8, precision: 0.75 },
  },
  heldout183: {
    // Written and frozen in session 59 (UN system news pages and UN agency press releases: a UN agency's news release,
    // an OCHA flash update, a UN meetings-coverage summary), delivered in the session's first half hour and scored, in
    // aggregate, with its start code 41c0b0e before any rule of the session: statements 41/51 (40/46), said_on 38/38,
    // figures 45/45 (45/45), votes 3/3 (3/3), events 12/17 (10/19); with its end code b5fa7cd: the same.
    statements: { recall: 0.8, precision: 0.86 },
    saidOn: 1,
    figures: { recall: 1, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.7, precision: 0.52 },
  },
  heldout184: {
    // Written and frozen in session 59 (English-language outlets of the Caucasus and Central Asia: an Armenian news
    // agency wire, an Azerbaijani news site's English service, a Kazakh English-language daily), delivered in the
    // session's first half hour and scored, in aggregate, with its start code 41c0b0e before any rule of the session:
    // statements 44/55 (44/47), said_on 33/37, figures 36/38 (36/37), votes 3/3 (3/3), events 19/26 (18/26); with its
    // end code b5fa7cd: the same.
    statements: { recall: 0.8, precision: 0.93 },
    saidOn: 0.89,
    figures: { recall: 0.94, precision: 0.97 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.73, precision: 0.69 },
  },
  heldout186: {
    // Written and frozen in session 60 (Balkan and Central European English-language outlets: a Serbian news site's
    // English edition, a Bosnian news portal's English page, a Prague English-language paper's interview), delivered in
    // the session's first ten minutes and scored, in aggregate, with its start code e9d33012 before any rule of the
    // session: statements 38/41 (38/38), said_on 32/34, figures 21/23 (21/22), votes 3/3 (3/3), events 16/20 (15/20);
    // with its end code b43cc4e5: the same. (s65) Statements precision 1 -> 0.97: the rule that reads a speaker inside
    // a relative clause about the writer's noun (32405dc0: "100,000 people the UN says are still trapped") drafts one
    // statement here no gold expects (38/38 -> 38/39); on all wired sets, scored in aggregate only, it found 2 more
    // right statements for that 1 (held-out 2: 57 -> 58, 209: 41 -> 42), and 7 on dev with none lost.
    statements: { recall: 0.92, precision: 0.97 },
    saidOn: 0.94,
    figures: { recall: 0.91, precision: 0.95 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.8, precision: 0.75 },
  },
  heldout188: {
    // Written and frozen in session 60 (Southeast Asian English-language press: an Indonesian daily's world page, a
    // Malaysian daily's Nation page, a Philippine broadsheet's news story), delivered in the session's first ten
    // minutes and scored, in aggregate, with its start code e9d33012 before any rule of the session: statements 53/55
    // (53/53), said_on 43/44, figures 47/47 (47/48), votes 5/5 (5/5), events 15/23 (14/20); with its end code b43cc4e5:
    // the same.
    statements: { recall: 0.96, precision: 1 },
    saidOn: 0.97,
    figures: { recall: 1, precision: 0.97 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.65, precision: 0.7 },
  },
  heldout191: {
    // Written and frozen in session 60 (humanitarian NGOs' press releases, situation reports and field updates: a
    // medical NGO's press release, an aid network's numbered situation report, a food-aid charity's signed field
    // update), delivered in the session's first ten minutes and scored, in aggregate, with its start code e9d33012
    // before any rule of the session: statements 32/35 (32/33), said_on 23/25, figures 58/59 (58/59), votes 5/6 (5/6),
    // events 16/19 (17/19); with its end code b43cc4e5: statements 32/35 (32/33), said_on 23/25, figures 59/59 (59/60),
    // votes 5/6 (5/6), events 16/19 (17/19).
    statements: { recall: 0.91, precision: 0.96 },
    saidOn: 0.92,
    figures: { recall: 0.98, precision: 0.98 },
    votes: { recall: 0.83, precision: 0.83 },
    events: { recall: 0.84, precision: 0.89 },
  },
  heldout192: {
    // Written and frozen in session 60 (US regional and metropolitan newspapers: a Texas metro daily's Sunday story, an
    // Ohio metro daily's local lead, a Seattle daily's West Coast story), delivered in the session's first ten minutes
    // and scored, in aggregate, with its start code e9d33012 before any rule of the session: statements 55/57 (55/57),
    // said_on 46/49, figures 45/49 (45/46), votes 3/5 (3/4), events 17/26 (15/18); with its end code b43cc4e5:
    // statements 55/57 (55/57), said_on 46/49, figures 46/49 (46/47), votes 3/5 (3/4), events 17/26 (15/18).
    // Session 64 (692e861f, "called X \"Y\" in Z and said ...", found by scoring the set at each of the session's
    // commits, in aggregate only): one more statement right (56/57, 56/57) whose day is not the gold's, so said_on is
    // 46/50 (the same 46 right, one more counted); the rule gained a right statement on three other wired sets too
    // (92, 157, 206), and the floor below is that ratio's, not a lost record's.
    statements: { recall: 0.96, precision: 0.96 },
    saidOn: 0.92,
    figures: { recall: 0.91, precision: 0.97 },
    votes: { recall: 0.6, precision: 0.75 },
    events: { recall: 0.65, precision: 0.83 },
  },
  heldout195: {
    // Written and frozen in session 61 (faith and religious press: a Catholic news agency's wire story, an Orthodox
    // church news service's round-up, a British Muslim community weekly), delivered in the session's first ten minutes
    // and scored, in aggregate, with its start code 47092fcd before any rule of the session: statements 45/54 (45/49),
    // said_on 33/41, figures 40/42 (40/41), votes 3/4 (3/3), events 10/22 (10/15); with its end code 3d38a40c: the
    // same.
    statements: { recall: 0.83, precision: 0.91 },
    saidOn: 0.8,
    figures: { recall: 0.95, precision: 0.97 },
    votes: { recall: 0.75, precision: 1 },
    events: { recall: 0.45, precision: 0.66 },
  },
  heldout197: {
    // Written and frozen in session 61 (reference and almanac timelines: a wiki-style timeline page, an almanac's
    // country entry, a monthly record of world events), delivered in the session's first ten minutes and scored, in
    // aggregate, with its start code 47092fcd before any rule of the session: statements 33/41 (33/37), said_on 18/29,
    // figures 45/53 (45/47), votes 8/9 (8/9), events 26/49 (26/40); with its end code 3d38a40c: statements 36/41
    // (36/41), said_on 21/32, figures 45/53 (45/47), votes 8/9 (8/9), events 26/49 (26/40).
    // Session 64: figures precision 45/47 -> 49/52 with 4a3aad1f (a qualified number with no noun), 4 more right
    // figures (recall 45/53 -> 49/53) for 1 drafted that no gold expects; the rule found 46 more right figures on 30
    // wired sets in all, scored in aggregate only; the floor follows that trade.
    statements: { recall: 0.8, precision: 0.87 },
    saidOn: 0.62,
    figures: { recall: 0.84, precision: 0.94 },
    votes: { recall: 0.88, precision: 0.88 },
    events: { recall: 0.53, precision: 0.65 },
  },
  heldout198: {
    // Written and frozen in session 61 (law, human-rights and legal-affairs press: a Syrian monitor's weekly
    // documentation bulletin, a Canadian legal-affairs news site, an international criminal law blog), delivered in the
    // session's first ten minutes and scored, in aggregate, with its start code 47092fcd before any rule of the
    // session: statements 30/36 (30/32), said_on 26/29, figures 28/29 (28/29), votes 5/8 (5/7), events 14/20 (14/19);
    // with its end code 3d38a40c: the same.
    statements: { recall: 0.83, precision: 0.93 },
    saidOn: 0.89,
    figures: { recall: 0.96, precision: 0.96 },
    votes: { recall: 0.62, precision: 0.71 },
    events: { recall: 0.7, precision: 0.73 },
  },
  heldout199: {
    // Written and frozen in session 61 (television news agencies' video scripts and shot lists: three agencies' scripts
    // with shot lists, soundbites and storylines), delivered in the session's first ten minutes and scored, in
    // aggregate, with its start code 47092fcd before any rule of the session: statements 40/45 (40/41), said_on 33/36,
    // figures 30/31 (30/30), votes 3/4 (3/5), events 20/23 (19/22); with its end code 3d38a40c: the same (one
    // statement more, 41/45, said_on 34/37, with the code of 7f8c4cd8, by a rule narrowed before the session closed).
    statements: { recall: 0.88, precision: 0.97 },
    saidOn: 0.91,
    figures: { recall: 0.96, precision: 1 },
    votes: { recall: 0.75, precision: 0.6 },
    events: { recall: 0.86, precision: 0.86 },
  },
  heldout200: {
    // Written and frozen in session 62 (encyclopedia and wiki-style reference entries written during the events: a
    // community wiki's running article with footnote markers, a news encyclopedia's topic page updated day by day, a
    // student-reference site's current-events entry), delivered in the session's first ten minutes and scored, in
    // aggregate, with its start code c515eeb1 before any rule of the session: statements 41/44 (41/43), said_on
    // 34/36, figures 40/41 (40/40), votes 7/7 (7/7), events 27/37 (27/39); with its end code 90fba6df: the same.
    statements: { recall: 0.93, precision: 0.95 },
    saidOn: 0.94,
    figures: { recall: 0.97, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.72, precision: 0.69 },
  },
  heldout203: {
    // Written and frozen in session 62 (readers' letters pages: an American regional daily's, a Canadian community
    // paper's and a New Zealand provincial paper's letters to the editor), delivered in the session's first ten
    // minutes and scored, in aggregate, with its start code c515eeb1 before any rule of the session: statements 26/28
    // (26/28), said_on 21/21, figures 25/26 (25/25), votes 6/6 (6/6), events 11/15 (11/17); with its end code: the
    // same.
    statements: { recall: 0.92, precision: 0.92 },
    saidOn: 1,
    figures: { recall: 0.96, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.73, precision: 0.64 },
  },
  heldout204: {
    // Written and frozen in session 62 (wire stories in their updated versions: UPDATE 1- and UPDATE 2- stories with
    // editors' notes and reporting credits), delivered in the session's first ten minutes and scored, in aggregate,
    // with its start code c515eeb1 before any rule of the session: statements 44/47 (44/50), said_on 42/42, figures
    // 26/26 (26/26), votes 5/5 (6/6), events 17/23 (19/24); with its end code 90fba6df: the same.
    statements: { recall: 0.93, precision: 0.88 },
    saidOn: 1,
    figures: { recall: 1, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.73, precision: 0.79 },
  },
  heldout206: {
    // Written and frozen in session 62 (English-language Kurdish media: an Erbil daily, a Sulaimani news site's
    // English service, a Qamishli outlet's English edition), delivered in the session's first ten minutes and scored,
    // in aggregate, with its start code c515eeb1 before any rule of the session: statements 49/52 (49/50), said_on
    // 42/42, figures 37/38 (37/39), votes 3/5 (4/7), events 16/26 (17/25); with its end code 90fba6df: the same.
    statements: { recall: 0.94, precision: 0.98 },
    saidOn: 1,
    figures: { recall: 0.97, precision: 0.94 },
    votes: { recall: 0.6, precision: 0.57 },
    events: { recall: 0.61, precision: 0.68 },
  },
  heldout207: {
    // Written and frozen in session 63 (obituaries, tributes and remembrance pieces: a British broadsheet's obituary of
    // a paediatrician, a journalists' guild's in-memoriam notice, a retired fire officer's tribute to a White Helmets
    // volunteer), delivered in the session's first ten minutes and scored, in aggregate, with its start code d175a307
    // before any rule of the session: statements 31/41 (31/32), said_on 20/23, figures 41/46 (41/41), votes 4/4 (4/4),
    // events 15/21 (15/18); with its end code fa2f28a2: the same.
    statements: { recall: 0.75, precision: 0.96 },
    saidOn: 0.86,
    figures: { recall: 0.89, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.71, precision: 0.83 },
  },
  heldout209: {
    // Written and frozen in session 63 (week-ahead previews and diplomatic diaries: a weekly's diplomatic diary, a
    // Sunday planning newsletter on the UN, a news agency's internal planning note), delivered in the session's first
    // ten minutes and scored, in aggregate, with its start code d175a307 before any rule of the session: statements
    // 40/47 (40/44), said_on 25/30, figures 32/33 (32/32), votes 5/7 (5/8), events 18/40 (17/35); with its end code
    // fa2f28a2: statements 41/47 (41/45), the rest the same (floors at the start code's).
    statements: { recall: 0.85, precision: 0.9 },
    saidOn: 0.83,
    figures: { recall: 0.96, precision: 1 },
    votes: { recall: 0.71, precision: 0.62 },
    events: { recall: 0.45, precision: 0.48 },
  },
  heldout212: {
    // Written and frozen in session 63 (opinion-poll and survey write-ups: a US polling firm's press release, a British
    // paper's exclusive on its own poll, a Canadian regional daily's poll report), delivered in the session's first ten
    // minutes and scored, in aggregate, with its start code d175a307 before any rule of the session: statements 30/34
    // (30/31), said_on 25/26, figures 66/77 (66/66), votes 6/6 (6/7), events 9/13 (9/14); with its end code fa2f28a2:
    // the same.
    statements: { recall: 0.88, precision: 0.96 },
    saidOn: 0.96,
    figures: { recall: 0.85, precision: 1 },
    votes: { recall: 1, precision: 0.85 },
    events: { recall: 0.69, precision: 0.64 },
  },
  heldout213: {
    // Written and frozen in session 63 (donor-conference, pledging and aid-funding reports: a development-finance
    // daily's story, a weekly funding newsletter, a Gulf philanthropy review), delivered in the session's first ten
    // minutes and scored, in aggregate, with its start code d175a307 before any rule of the session: statements 46/50
    // (46/51), said_on 26/31, figures 33/38 (33/46), votes 6/7 (6/7), events 16/25 (16/21); with its end code fa2f28a2:
    // the same. (s65) said_on 0.83 -> 0.8: the rule that gives a UN office all its names (990fc775: "the UN's
    // humanitarian office" is also "OCHA") loses one right day here (26/31 -> 25/31); on all wired sets, scored in
    // aggregate only, it found 3 more right statements and 2 more right days elsewhere (135, 179, 198).
    statements: { recall: 0.92, precision: 0.9 },
    saidOn: 0.8,
    figures: { recall: 0.86, precision: 0.71 },
    votes: { recall: 0.85, precision: 0.85 },
    events: { recall: 0.64, precision: 0.76 },
  },
  heldout216: {
    // Written and frozen in session 64 (news agencies' daybooks and digests: a British agency's foreign-desk daybook,
    // an Indian agency's morning world digest, a Gulf agency's English evening digest), delivered in the session's
    // first ten minutes and scored, in aggregate, with its start code 8fc42882 before any rule of the session:
    // statements 52/58 (52/57), said_on 35/49, figures 38/39 (38/39), votes 2/4 (2/2), events 19/43 (15/22); with its
    // end code a9626ae0: the same.
    statements: { recall: 0.89, precision: 0.91 },
    // Session 70: its rule for an unnamed official "of" a body followed by a noun for a body of people (8e1f4f42: "A
    // senior official of the Levant Front rebel group ... said"; dev 707 statements +3) finds one statement more here
    // (statements 52/58 -> 53/58, precision 52/57 -> 53/57) whose day is not the gold's (said_on 35/49 -> 35/50);
    // nothing right before is lost.
    saidOn: 0.7,
    figures: { recall: 0.97, precision: 0.97 },
    // Session 67: its rule for votes still to come (40a0de01: "will put a resolution ... to a General Assembly vote on
    // Friday", "with a vote expected as early as Friday"; dev 680 votes 1177 -> 1181) drafts one vote here, with its
    // event, that no gold expects (votes precision 2/2 -> 2/3, events 15/22 -> 15/23); nothing right before is lost.
    votes: { recall: 0.5, precision: 0.66 },
    events: { recall: 0.44, precision: 0.65 },
  },
  heldout218: {
    // Written and frozen in session 64 (petition and campaign pages: an online petition with its dated updates, an
    // advocacy coalition's campaign update, a health and faith campaign's action alert), delivered in the session's
    // first ten minutes and scored, in aggregate, with its start code 8fc42882 before any rule of the session:
    // statements 28/32 (28/30), said_on 20/23, figures 50/52 (50/52), votes 5/5 (5/6), events 15/25 (15/25); with its
    // end code a9626ae0: the same.
    statements: { recall: 0.87, precision: 0.93 },
    saidOn: 0.86,
    figures: { recall: 0.96, precision: 0.96 },
    votes: { recall: 1, precision: 0.83 },
    events: { recall: 0.6, precision: 0.6 },
  },
  heldout219: {
    // Written and frozen in session 64 (Indian English-language dailies' world pages: a Kolkata daily's wire rewrite, a
    // Pune daily's page on India's explanation of vote, a Kochi daily's page with a Kerala angle), delivered in the
    // session's first ten minutes and scored, in aggregate, with its start code 8fc42882 before any rule of the
    // session: statements 42/45 (42/45), said_on 35/38, figures 35/36 (35/35), votes 5/5 (5/5), events 14/21 (15/20);
    // with its end code a9626ae0: the same.
    statements: { recall: 0.93, precision: 0.93 },
    saidOn: 0.92,
    figures: { recall: 0.97, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.66, precision: 0.75 },
  },
  heldout222: {
    // Written and frozen in session 65 (press-freedom and journalists' safety groups: a New York press-freedom group's
    // alert, a London media-trade weekly's write-up, a Beirut media-freedom centre's monthly report), delivered in the
    // session's first ten minutes and scored, in aggregate, with its start code b8e24c57 before any rule of the
    // session: statements 35/43 (35/37), said_on 29/31, figures 39/43 (39/40), votes 3/6 (3/6), events 14/25 (14/21);
    // with its end code 0bc968b2: the same.
    statements: { recall: 0.81, precision: 0.94 },
    saidOn: 0.93,
    figures: { recall: 0.9, precision: 0.97 },
    votes: { recall: 0.5, precision: 0.5 },
    events: { recall: 0.56, precision: 0.66 },
  },
  heldout224: {
    // Written and frozen in session 65 (protests, rallies and vigils for Aleppo: a London local paper's march on the
    // Russian embassy, a Turkish English-language daily's consulate protests, a US local paper's interfaith vigil),
    // delivered in the session's first ten minutes and scored, in aggregate, with its start code b8e24c57 before any
    // rule of the session: statements 48/57 (48/50), said_on 38/46, figures 44/46 (44/44), votes 5/6 (5/5), events
    // 14/32 (14/25); with its end code 0bc968b2: statements 49/57 (49/51), said_on 39/47, events 15/32 (15/26), the
    // rest the same (floors at the start code's).
    statements: { recall: 0.84, precision: 0.96 },
    saidOn: 0.82,
    figures: { recall: 0.95, precision: 1 },
    votes: { recall: 0.83, precision: 1 },
    events: { recall: 0.43, precision: 0.56 },
  },
  heldout226: {
    // Written and frozen in session 65 (open-source and investigative reconstructions of single attacks: an
    // investigation collective's strike reconstruction, a satellite-imagery group's case file, a British paper's
    // hour-by-hour visual investigation), delivered in the session's first ten minutes and scored, in aggregate, with
    // its start code b8e24c57 before any rule of the session: statements 33/35 (33/33), said_on 21/30, figures 51/55
    // (51/51), votes 4/5 (4/4), events 13/22 (13/18); with its end code 0bc968b2: the same.
    statements: { recall: 0.94, precision: 1 },
    saidOn: 0.7,
    figures: { recall: 0.92, precision: 1 },
    votes: { recall: 0.8, precision: 1 },
    events: { recall: 0.59, precision: 0.72 },
  },
  heldout227: {
    // Written and frozen in session 65 (sanctions and diplomatic measures: a sanctions-compliance alert for firms, an
    // Ottawa political news site, a British daily's diplomatic editor on envoys summoned), delivered in the session's
    // first ten minutes and scored, in aggregate, with its start code b8e24c57 before any rule of the session:
    // statements 49/58 (49/53), said_on 36/44, figures 26/33 (26/26), votes 6/6 (6/6), events 22/32 (22/30); with its
    // end code 0bc968b2: the same.
    statements: { recall: 0.84, precision: 0.92 },
    saidOn: 0.81,
    figures: { recall: 0.78, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.68, precision: 0.73 },
  },
  heldout228: {
    // Written and frozen in session 66 (US election-campaign and transition coverage: a St. Louis weekly's
    // presidential-debate write-up with transcript excerpts, a Pennsylvania campaign-trail notebook, a Washington
    // transition newsletter), delivered in the session's first ten minutes and scored, in aggregate, with its start
    // code 82c28faa before any rule of the session: statements 39/51 (39/46), said_on 31/34, figures 28/29 (28/28),
    // votes 4/5 (4/4), events 16/34 (16/18); with its end code 0e410946: said_on 32/34, the rest the same (floors at
    // the start code's).
    statements: { recall: 0.76, precision: 0.84 },
    saidOn: 0.91,
    figures: { recall: 0.96, precision: 1 },
    votes: { recall: 0.8, precision: 1 },
    events: { recall: 0.47, precision: 0.88 },
  },
  heldout231: {
    // Written and frozen in session 66 (the maritime and shipping trade press: a London shipping daily's war-risks
    // page, an Istanbul maritime weekly's strait watch, a Novorossiysk grain-and-freight newsletter), delivered in the
    // session's first ten minutes and scored, in aggregate, with its start code 82c28faa before any rule of the
    // session: statements 41/44 (41/43), said_on 35/36, figures 32/34 (32/34), votes 5/6 (5/6), events 18/29 (17/18);
    // with its end code 0e410946: the same.
    statements: { recall: 0.93, precision: 0.95 },
    saidOn: 0.97,
    figures: { recall: 0.94, precision: 0.94 },
    votes: { recall: 0.83, precision: 0.83 },
    events: { recall: 0.62, precision: 0.94 },
  },
  heldout232: {
    // Written and frozen in session 66 (the education press: a British teachers' weekly, a Beirut higher-education news
    // service, a Gaziantep bulletin on Syrian education), delivered in the session's first ten minutes and scored, in
    // aggregate, with its start code 82c28faa before any rule of the session: statements 44/56 (43/49), said_on 38/40,
    // figures 45/48 (45/45), votes 5/5 (5/5), events 15/22 (14/18); with its end code 0e410946: statements 45/56
    // (44/50), said_on 39/41, the rest the same (floors at the start code's).
    statements: { recall: 0.78, precision: 0.87 },
    saidOn: 0.95,
    figures: { recall: 0.93, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.68, precision: 0.77 },
  },
  heldout236: {
    // Written and frozen in session 67 (the energy and commodities press: an Istanbul gas-trade newsletter, a Beirut
    // grain-trade weekly's country report, a Limassol tanker-market daily), delivered in the session's first ten
    // minutes and scored, in aggregate, with its start code da65c124 before any rule of the session: statements 44/49
    // (44/46), said_on 31/37, figures 34/38 (34/36), votes 6/6 (6/6), events 15/24 (15/16); with its end code f2287142:
    // the same.
    statements: { recall: 0.89, precision: 0.95 },
    saidOn: 0.83,
    figures: { recall: 0.89, precision: 0.94 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.62, precision: 0.93 },
  },
  heldout237: {
    // Written and frozen in session 67 (the architecture, construction and urban-planning press: a London architecture
    // weekly's heritage story, a Chicago engineering trade weekly's feature, a Beirut architecture review's report on
    // reconstruction), delivered in the session's first ten minutes and scored, in aggregate, with its start code
    // da65c124 before any rule of the session: statements 42/54 (42/48), said_on 27/29, figures 28/29 (28/28), votes
    // 4/5 (5/5), events 13/21 (14/17); with its end code f2287142: the same.
    statements: { recall: 0.77, precision: 0.87 },
    saidOn: 0.93,
    figures: { recall: 0.96, precision: 1 },
    votes: { recall: 0.8, precision: 1 },
    events: { recall: 0.61, precision: 0.82 },
  },
  heldout239: {
    // Written and frozen in session 67 (conflict-monitoring bulletins: a monitor's numbered daily situation update, a
    // front-line update of changes of control, an evacuation tracker's daily bulletin), delivered in the session's
    // first ten minutes and scored, in aggregate, with its start code da65c124 before any rule of the session:
    // statements 35/37 (35/40), said_on 32/33, figures 50/52 (50/51), votes 5/5 (5/5), events 15/33 (14/23); with its
    // end code f2287142: the same.
    statements: { recall: 0.94, precision: 0.87 },
    saidOn: 0.96,
    figures: { recall: 0.96, precision: 0.98 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.45, precision: 0.6 },
  },
  heldout241: {
    // Written and frozen in session 67 (local reporting from the border towns and aid hubs: a Gaziantep site's
    // border-and-aid report, a Kilis community site's updated report, a Zahle weekly's Bekaa notebook), delivered in
    // the session's first ten minutes and scored, in aggregate, with its start code da65c124 before any rule of the
    // session: statements 41/49 (40/44), said_on 39/39, figures 41/41 (41/41), votes 5/6 (5/5), events 14/24 (13/16);
    // with its end code f2287142: the same.
    statements: { recall: 0.83, precision: 0.9 },
    saidOn: 1,
    figures: { recall: 1, precision: 1 },
    votes: { recall: 0.83, precision: 1 },
    events: { recall: 0.58, precision: 0.81 },
  },
  heldout243: {
    // Written and frozen in session 68 (the telecoms and connectivity press: a connectivity monitor's outage report, a
    // satellite-industry trade weekly's feature, an Istanbul internet-and-platforms site's day-by-day reconstruction),
    // delivered in the session's first ten minutes and scored, in aggregate, with its start code e0d8927a before any
    // rule of the session: statements 40/46 (40/43), said_on 32/34, figures 29/40 (29/29), votes 5/5 (5/5), events
    // 17/24 (17/24); with its end code 15581bbc: the same.
    statements: { recall: 0.86, precision: 0.93 },
    saidOn: 0.94,
    figures: { recall: 0.72, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.7, precision: 0.7 },
  },
  heldout244: {
    // Written and frozen in session 68 (the logistics, transport and aviation trade press: a Turkish road-haulage trade
    // paper, a Cypriot air-cargo and charter newsletter, a British coach-and-bus trade weekly), delivered in the
    // session's first ten minutes and scored, in aggregate, with its start code e0d8927a before any rule of the
    // session: statements 42/46 (41/42), said_on 34/39, figures 34/38 (34/35), votes 4/5 (4/5), events 15/22 (15/16);
    // with its end code 15581bbc: the same.
    statements: { recall: 0.91, precision: 0.97 },
    saidOn: 0.87,
    figures: { recall: 0.89, precision: 0.97 },
    votes: { recall: 0.8, precision: 0.8 },
    events: { recall: 0.68, precision: 0.93 },
  },
  heldout246: {
    // Written and frozen in session 68 (political-risk consultancies' and banks' client notes: a Zurich private bank's
    // geopolitical flash, an Istanbul brokerage's morning call, a London political-risk consultancy's client brief),
    // delivered in the session's first ten minutes and scored, in aggregate, with its start code e0d8927a before any
    // rule of the session: statements 33/36 (33/33), said_on 21/26, figures 26/26 (26/27), votes 5/5 (5/5), events
    // 20/23 (20/29); with its end code 15581bbc: the same.
    statements: { recall: 0.91, precision: 1 },
    saidOn: 0.8,
    figures: { recall: 1, precision: 0.96 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.86, precision: 0.68 },
  },
  heldout247: {
    // Written and frozen in session 68 (the travel and travel-writing press: a travel magazine's first-person heritage
    // column, a Beirut travel-trade newsletter, an Istanbul travel-news site's region report), delivered in the
    // session's first ten minutes and scored, in aggregate, with its start code e0d8927a before any rule of the
    // session: statements 35/39 (35/35), said_on 28/31, figures 32/43 (32/35), votes 5/6 (5/6), events 13/16 (13/16);
    // with its end code 15581bbc: the same.
    statements: { recall: 0.89, precision: 1 },
    saidOn: 0.9,
    figures: { recall: 0.74, precision: 0.91 },
    votes: { recall: 0.83, precision: 0.83 },
    events: { recall: 0.81, precision: 0.81 },
  },
  heldout249: {
    // Written and frozen in session 69 (the arts and music press: a Beirut arts weekly's visual-arts page, a London
    // classical-music magazine's news page, a German music magazine's festival news in English translation), delivered
    // in the session's first ten minutes and scored, in aggregate, with its start code aa276b05 before any rule of the
    // session: statements 33/42 (33/38), said_on 26/26, figures 43/46 (43/43), votes 5/6 (5/5), events 13/22 (13/18);
    // with its end code 18dcb28a: events 14/22 (14/19), the rest the same.
    statements: { recall: 0.78, precision: 0.86 },
    saidOn: 1,
    figures: { recall: 0.93, precision: 1 },
    votes: { recall: 0.83, precision: 1 },
    events: { recall: 0.59, precision: 0.72 },
  },
  heldout251: {
    // Written and frozen in session 69 (veterans' and armed-forces newspapers: a newspaper for the US military
    // community in Europe, a Canadian veterans' association's newsmagazine, an Australian military-family magazine),
    // delivered in the session's first ten minutes and scored, in aggregate, with its start code aa276b05 before any
    // rule of the session: statements 47/52 (47/47), said_on 40/41, figures 33/37 (33/33), votes 6/7 (6/7), events
    // 17/27 (17/20); with its end code 18dcb28a: events 19/27 (18/21), the rest the same.
    statements: { recall: 0.9, precision: 1 },
    saidOn: 0.97,
    figures: { recall: 0.89, precision: 1 },
    votes: { recall: 0.85, precision: 0.85 },
    events: { recall: 0.62, precision: 0.85 },
  },
  heldout253: {
    // Written and frozen in session 69 (Kurdish English-language media: an Erbil TV channel's English-service wire
    // story, a Sulaimani independent news site, a Qamishli news agency's English service), delivered in the session's
    // first ten minutes and scored, in aggregate, with its start code aa276b05 before any rule of the session:
    // statements 39/47 (39/46), said_on 33/34, figures 29/29 (29/29), votes 3/5 (4/5), events 16/25 (16/18); with its
    // end code 18dcb28a: events 17/25 (17/19), the rest the same.
    statements: { recall: 0.82, precision: 0.84 },
    saidOn: 0.97,
    figures: { recall: 1, precision: 1 },
    votes: { recall: 0.6, precision: 0.8 },
    events: { recall: 0.64, precision: 0.88 },
  },
  heldout254: {
    // Written and frozen in session 69 (the environment, water and sanitation press: an Amman water-utility trade
    // monthly, a British municipal water-engineering weekly, a Beirut environmental news site), delivered in the
    // session's first ten minutes and scored, in aggregate, with its start code aa276b05 before any rule of the
    // session: statements 39/48 (39/40), said_on 33/34, figures 40/44 (40/40), votes 6/6 (6/6), events 11/18 (11/15);
    // with its end code 18dcb28a: the same.
    statements: { recall: 0.81, precision: 0.97 },
    saidOn: 0.97,
    figures: { recall: 0.9, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.61, precision: 0.73 },
  },
  heldout256: {
    // Written and frozen in session 70 (the insurance, reinsurance and risk trade press: a Bergen marine war-risk
    // newsletter, a Dubai aviation war-risk digest, a Zurich reinsurance weekly), delivered in the session's first ten
    // minutes and scored, in aggregate, with its start code 9164a75c before any rule of the session: statements 45/51
    // (45/45), said_on 34/38, figures 26/32 (26/28), votes 5/5 (5/5), events 17/21 (17/22); with its end code 41cf5ed2:
    // the same.
    statements: { recall: 0.88, precision: 1 },
    saidOn: 0.89,
    figures: { recall: 0.81, precision: 0.92 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.8, precision: 0.77 },
  },
  heldout257: {
    // Written and frozen in session 70 (the Armenian diaspora and Armenian English-language press: a Yerevan news
    // agency's English service, a Beirut Armenian community weekly, a Glendale Armenian-American weekly), delivered in
    // the session's first ten minutes and scored, in aggregate, with its start code 9164a75c before any rule of the
    // session: statements 36/44 (36/41), said_on 28/32, figures 38/42 (38/39), votes 7/7 (7/7), events 17/23 (17/20);
    // with its end code 41cf5ed2: the same.
    statements: { recall: 0.81, precision: 0.87 },
    saidOn: 0.87,
    figures: { recall: 0.9, precision: 0.97 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.73, precision: 0.85 },
  },
  heldout258: {
    // Written and frozen in session 70 (crime, terrorism and security-services news: a Karlsruhe legal-affairs news
    // service, a Manchester court-reporting agency, an Ankara security-news website), delivered in the session's first
    // ten minutes and scored, in aggregate, with its start code 9164a75c before any rule of the session: statements
    // 42/54 (42/47), said_on 32/39, figures 35/38 (35/36), votes 5/5 (5/5), events 15/18 (15/19); with its end code
    // f5b4b233: statements 43/54 (43/47), said_on 33/40, the rest the same.
    statements: { recall: 0.77, precision: 0.89 },
    saidOn: 0.82,
    figures: { recall: 0.92, precision: 0.97 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.83, precision: 0.78 },
  },
  heldout259: {
    // Written and frozen in session 70 (human-interest columns and Sunday-magazine stories: a Cleveland Sunday-magazine
    // cover story, a Waterloo local paper's first-person column, a Durban Sunday paper's personal story), delivered in
    // the session's first ten minutes and scored, in aggregate, with its start code 9164a75c before any rule of the
    // session: statements 35/38 (35/35), said_on 21/31, figures 50/53 (50/53), votes 4/5 (4/5), events 9/24 (9/17);
    // with its end code 41cf5ed2: the same.
    statements: { recall: 0.92, precision: 1 },
    saidOn: 0.67,
    figures: { recall: 0.94, precision: 0.94 },
    votes: { recall: 0.8, precision: 0.8 },
    events: { recall: 0.37, precision: 0.52 },
  },
  heldout260: {
    // Written and frozen in session 70 (breaking-news alert feeds and push-notification timelines: a Tokyo push-alert
    // service's overnight timeline, an Istanbul live alert page, an Ottawa day-long alert timeline), delivered in the
    // session's first ten minutes and scored, in aggregate, with its start code 9164a75c before any rule of the
    // session: statements 51/55 (51/54), said_on 40/48, figures 28/28 (28/28), votes 4/4 (4/4), events 19/24 (17/20);
    // with its end code 41cf5ed2: the same.
    statements: { recall: 0.92, precision: 0.94 },
    saidOn: 0.83,
    figures: { recall: 1, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.79, precision: 0.85 },
  },
  heldout261: {
    // Written and frozen in session 70 (the pharmaceutical, medical-supplies and health-logistics trade press: a
    // British community-pharmacy weekly, a Hyderabad pharmaceutical-export daily, a Dubai cold-chain trade site),
    // delivered in the session's first ten minutes and scored, in aggregate, with its start code 9164a75c before any
    // rule of the session: statements 42/51 (42/45), said_on 33/36, figures 41/43 (41/44), votes 6/6 (6/6), events
    // 14/16 (14/16); with its end code 41cf5ed2: the same.
    statements: { recall: 0.82, precision: 0.93 },
    saidOn: 0.91,
    figures: { recall: 0.95, precision: 0.93 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.87, precision: 0.87 },
  },
  heldout262: {
    // Written and frozen in session 70 (the cultural-heritage, archaeology and museums press: a Rome heritage
    // magazine's English edition, a London museums and heritage weekly, a Gaziantep culture-and-heritage news site),
    // delivered in the session's first ten minutes and scored, in aggregate, with its start code 9164a75c before any
    // rule of the session: statements 40/45 (40/43), said_on 27/34, figures 42/47 (42/42), votes 5/5 (5/5), events
    // 11/16 (11/17); with its end code 41cf5ed2: the same.
    statements: { recall: 0.88, precision: 0.93 },
    saidOn: 0.79,
    figures: { recall: 0.89, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.68, precision: 0.64 },
  },
  heldout220: {
    // Written and frozen in session 64 (Pakistani English-language dailies and TV news sites: a daily's world page, a
    // TV channel's web desk, a daily's front-page wire rewrite with a local angle), delivered in the session's first
    // ten minutes and scored, in aggregate, with its start code 8fc42882 before any rule of the session: statements
    // 55/58 (55/56), said_on 46/48, figures 29/29 (29/30), votes 4/5 (5/6), events 21/25 (20/29); with its end code
    // a9626ae0: statements 56/58 (56/56), said_on 47/49, the rest the same (floors at the start code's).
    statements: { recall: 0.94, precision: 0.98 },
    saidOn: 0.95,
    figures: { recall: 1, precision: 0.96 },
    votes: { recall: 0.8, precision: 0.83 },
    events: { recall: 0.84, precision: 0.68 },
  },
  heldout125: {
    // Written and frozen in session 50 (e02de02 on branch h125; Asian English-language services), delivered at the
    // session's end and scored once, in aggregate, with its start code 58b4b6c and its end code c51e2b0: statements 41/46
    // (41/43), said_on 27/36, figures 24/25 (24/24), votes 5/6 (5/8), events 16/22 (16/22). The start code the same.
    statements: { recall: 0.89, precision: 0.95 },
    saidOn: 0.75,
    figures: { recall: 0.96, precision: 1 },
    votes: { recall: 0.83, precision: 0.62 },
    events: { recall: 0.72, precision: 0.72 },
  },
  heldout121: {
    // Written and frozen in session 50 (47d3e96 on branch h121; Emirati, Lebanese and Jordanian English-language dailies),
    // delivered after the session's end code and scored once, in aggregate, with its start code 58b4b6c and its end code
    // 4e1a45b (the same): statements 51/53 (51/54), said_on 48/48, figures 34/34 (34/34), votes 5/5 (5/5), events 11/22
    // (10/17). Wired by name at the start of session 51 with that code unchanged.
    statements: { recall: 0.96, precision: 0.94 },
    saidOn: 1,
    figures: { recall: 1, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.5, precision: 0.58 },
  },
  heldout122: {
    // Written and frozen in session 50 (ae49417 on branch h122; NGO press releases and statements), delivered near the
    // session's end and scored once, in aggregate, with its start code 58b4b6c and its end code 4e1a45b: statements 30/37
    // (30/35), said_on 27/27, figures 40/41 (40/40), votes 4/4 (4/4), events 12/20 (12/14). The start code the same.
    statements: { recall: 0.81, precision: 0.85 },
    saidOn: 1,
    figures: { recall: 0.97, precision: 1 },
    votes: { recall: 1, precision: 1 },
    events: { recall: 0.6, precision: 0.85 },
  },
  heldout118: {
    // Written and frozen in session 49 (3baad99 on branch h118; Australian, New Zealand and Indian papers), delivered
    // after the session's tuning had begun and scored once, in aggregate, with its start code 03300b7 and its end code
    // 4cdac41: statements 44/50 (44/44), said_on 39/39, figures 34/37 (34/34), votes 4/6 (4/6), events 19/26 (19/25).
    // The start code the same.
    statements: { recall: 0.88, precision: 1 },
    saidOn: 1,
    figures: { recall: 0.91, precision: 1 },
    votes: { recall: 0.66, precision: 0.66 },
    events: { recall: 0.73, precision: 0.76 },
  },
  heldout115: {
    // Written and frozen in session 49 (06de166 on branch h115; European outlets' English services), delivered after
    // the session's tuning had begun and scored once, in aggregate, with its start code 03300b7 and its end code
    // (10761b7, then the final 4cdac41): statements 44/45 (44/45), said_on 34/39, figures 37/39 (37/38), votes 3/6
    // (3/6), events 16/19 (16/18), all the same.
    statements: { recall: 0.97, precision: 0.97 },
    saidOn: 0.87,
    figures: { recall: 0.94, precision: 0.97 },
    votes: { recall: 0.5, precision: 0.5 },
    events: { recall: 0.84, precision: 0.88 },
  },
  five: {
    // Issue 11 statements (s4): 33/41 and 32/37 (were 31/41 and 30/35). s7 speaker rules: 39/41 and 38/43.
    statements: { recall: 0.95, precision: 0.88 },
    // said_on 39/39 at the end of s7's said_on rounds (33/33 before; more statements matched, each dated right).
    saidOn: 1,
    // Figure precision was 0.83 (20/24): durations in days and years are figures now (the dev and held-out gold
    // record them), and the seed's curated files record hours only ("a seven-day cease-fire" and "divided for more
    // than five years" are extracted, not curated): 20/26. The scorer then dropped a curated figure whose raw words
    // the article prints twice and left out the figures the article corroborates ("the 15-member Security Council"),
    // so finding them counted as wrong: with both scored, 24/24 and 24/26. Ordinals are no figures, as the fixtures'
    // curation rules say ("the fifth veto"), where the curated files record two veto ordinals ("fifth", "sixth"):
    // 22/24 and 22/24 (a curation question, reported; the held-out precision rose with it). s9: one curation rule for
    // the seed and the fixtures (no UN body size, every duration with a number word): 21/23 and 21/21.
    figures: { recall: 0.91, precision: 1 },
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
  it('on the fourth held-out set', () => check('heldout4', scoreFixtureSet(FIXTURE_SETS.heldout4), FLOORS.heldout4));
  it('on the fifty-second held-out set', () => check('heldout52', scoreFixtureSet(FIXTURE_SETS.heldout52), FLOORS.heldout52));
  it('on the fifty-eighth held-out set', () => check('heldout58', scoreFixtureSet(FIXTURE_SETS.heldout58), FLOORS.heldout58));
  it('on the sixtieth held-out set', () => check('heldout60', scoreFixtureSet(FIXTURE_SETS.heldout60), FLOORS.heldout60));
  it('on the sixty-third held-out set', () => check('heldout63', scoreFixtureSet(FIXTURE_SETS.heldout63), FLOORS.heldout63));
  it('on the sixty-seventh held-out set', () => check('heldout67', scoreFixtureSet(FIXTURE_SETS.heldout67), FLOORS.heldout67));
  it('on the sixty-eighth held-out set', () => check('heldout68', scoreFixtureSet(FIXTURE_SETS.heldout68), FLOORS.heldout68));
  it('on the sixty-ninth held-out set', () => check('heldout69', scoreFixtureSet(FIXTURE_SETS.heldout69), FLOORS.heldout69));
  it('on the seventieth held-out set', () => check('heldout70', scoreFixtureSet(FIXTURE_SETS.heldout70), FLOORS.heldout70));
  it('on the seventy-first held-out set', () => check('heldout71', scoreFixtureSet(FIXTURE_SETS.heldout71), FLOORS.heldout71));
  it('on the seventy-second held-out set', () => check('heldout72', scoreFixtureSet(FIXTURE_SETS.heldout72), FLOORS.heldout72));
  it('on the seventy-eighth held-out set', () => check('heldout78', scoreFixtureSet(FIXTURE_SETS.heldout78), FLOORS.heldout78));
  it('on the eightieth held-out set', () => check('heldout80', scoreFixtureSet(FIXTURE_SETS.heldout80), FLOORS.heldout80));
  it('on the eighty-first held-out set', () => check('heldout81', scoreFixtureSet(FIXTURE_SETS.heldout81), FLOORS.heldout81));
  it('on the eighty-second held-out set', () => check('heldout82', scoreFixtureSet(FIXTURE_SETS.heldout82), FLOORS.heldout82));
  it('on the ninety-first held-out set', () => check('heldout91', scoreFixtureSet(FIXTURE_SETS.heldout91), FLOORS.heldout91));
  it('on the ninety-second held-out set', () => check('heldout92', scoreFixtureSet(FIXTURE_SETS.heldout92), FLOORS.heldout92));
  it('on the ninety-third held-out set', () => check('heldout93', scoreFixtureSet(FIXTURE_SETS.heldout93), FLOORS.heldout93));
  it('on the ninety-fourth held-out set', () => check('heldout94', scoreFixtureSet(FIXTURE_SETS.heldout94), FLOORS.heldout94));
  it('on the ninety-fifth held-out set', () => check('heldout95', scoreFixtureSet(FIXTURE_SETS.heldout95), FLOORS.heldout95));
  it('on the ninety-sixth held-out set', () => check('heldout96', scoreFixtureSet(FIXTURE_SETS.heldout96), FLOORS.heldout96));
  it('on the ninety-seventh held-out set', () => check('heldout97', scoreFixtureSet(FIXTURE_SETS.heldout97), FLOORS.heldout97));
  it('on the hundred-and-twelfth held-out set', () => check('heldout112', scoreFixtureSet(FIXTURE_SETS.heldout112), FLOORS.heldout112));
  it('on the hundred-and-thirteenth held-out set', () => check('heldout113', scoreFixtureSet(FIXTURE_SETS.heldout113), FLOORS.heldout113));
  it('on the hundred-and-sixteenth held-out set', () => check('heldout116', scoreFixtureSet(FIXTURE_SETS.heldout116), FLOORS.heldout116));
  it('on the hundred-and-eighteenth held-out set', () => check('heldout118', scoreFixtureSet(FIXTURE_SETS.heldout118), FLOORS.heldout118));
  it('on the hundred-and-twenty-second held-out set', () =>
    check('heldout122', scoreFixtureSet(FIXTURE_SETS.heldout122), FLOORS.heldout122));
  it('on the hundred-and-twenty-first held-out set', () =>
    check('heldout121', scoreFixtureSet(FIXTURE_SETS.heldout121), FLOORS.heldout121));
  it('on the hundred-and-thirtieth held-out set', () => check('heldout130', scoreFixtureSet(FIXTURE_SETS.heldout130), FLOORS.heldout130));
  it('on the hundred-and-twenty-eighth held-out set', () =>
    check('heldout128', scoreFixtureSet(FIXTURE_SETS.heldout128), FLOORS.heldout128));
  it('on the hundred-and-twenty-sixth held-out set', () =>
    check('heldout126', scoreFixtureSet(FIXTURE_SETS.heldout126), FLOORS.heldout126));
  it('on the hundred-and-thirty-second held-out set', () =>
    check('heldout132', scoreFixtureSet(FIXTURE_SETS.heldout132), FLOORS.heldout132));
  it('on the hundred-and-thirty-fifth held-out set', () =>
    check('heldout135', scoreFixtureSet(FIXTURE_SETS.heldout135), FLOORS.heldout135));
  it('on the hundred-and-fortieth held-out set', () => check('heldout140', scoreFixtureSet(FIXTURE_SETS.heldout140), FLOORS.heldout140));
  it('on the hundred-and-forty-first held-out set', () => check('heldout141', scoreFixtureSet(FIXTURE_SETS.heldout141), FLOORS.heldout141));
  it('on the hundred-and-forty-third held-out set', () => check('heldout143', scoreFixtureSet(FIXTURE_SETS.heldout143), FLOORS.heldout143));
  it('on the hundred-and-twenty-fifth held-out set', () =>
    check('heldout125', scoreFixtureSet(FIXTURE_SETS.heldout125), FLOORS.heldout125));
  it('on the hundred-and-fifteenth held-out set', () => check('heldout115', scoreFixtureSet(FIXTURE_SETS.heldout115), FLOORS.heldout115));
  it('on the hundred-and-forty-sixth held-out set', () => check('heldout146', scoreFixtureSet(FIXTURE_SETS.heldout146), FLOORS.heldout146));
  it('on the hundred-and-forty-eighth held-out set', () =>
    check('heldout148', scoreFixtureSet(FIXTURE_SETS.heldout148), FLOORS.heldout148));
  it('on the hundred-and-forty-ninth held-out set', () => check('heldout149', scoreFixtureSet(FIXTURE_SETS.heldout149), FLOORS.heldout149));
  it('on the hundred-and-fiftieth held-out set', () => check('heldout150', scoreFixtureSet(FIXTURE_SETS.heldout150), FLOORS.heldout150));
  it('on the hundred-and-fifty-first held-out set', () => check('heldout151', scoreFixtureSet(FIXTURE_SETS.heldout151), FLOORS.heldout151));
  it('on the hundred-and-fifty-second held-out set', () =>
    check('heldout152', scoreFixtureSet(FIXTURE_SETS.heldout152), FLOORS.heldout152));
  it('on the hundred-and-fifty-third held-out set', () => check('heldout153', scoreFixtureSet(FIXTURE_SETS.heldout153), FLOORS.heldout153));
  it('on the hundred-and-fifty-seventh held-out set', () =>
    check('heldout157', scoreFixtureSet(FIXTURE_SETS.heldout157), FLOORS.heldout157));
  it('on the hundred-and-fifty-ninth held-out set', () => check('heldout159', scoreFixtureSet(FIXTURE_SETS.heldout159), FLOORS.heldout159));
  it('on the hundred-and-sixtieth held-out set', () => check('heldout160', scoreFixtureSet(FIXTURE_SETS.heldout160), FLOORS.heldout160));
  it('on the hundred-and-sixty-first held-out set', () => check('heldout161', scoreFixtureSet(FIXTURE_SETS.heldout161), FLOORS.heldout161));
  it('on the hundred-and-sixty-second held-out set', () =>
    check('heldout162', scoreFixtureSet(FIXTURE_SETS.heldout162), FLOORS.heldout162));
  it('on the hundred-and-sixty-fifth held-out set', () => check('heldout165', scoreFixtureSet(FIXTURE_SETS.heldout165), FLOORS.heldout165));
  it('on the hundred-and-sixty-sixth held-out set', () => check('heldout166', scoreFixtureSet(FIXTURE_SETS.heldout166), FLOORS.heldout166));
  it('on the hundred-and-sixty-eighth held-out set', () =>
    check('heldout168', scoreFixtureSet(FIXTURE_SETS.heldout168), FLOORS.heldout168));
  it('on the hundred-and-seventieth held-out set', () => check('heldout170', scoreFixtureSet(FIXTURE_SETS.heldout170), FLOORS.heldout170));
  it('on the hundred-and-seventy-third held-out set', () =>
    check('heldout173', scoreFixtureSet(FIXTURE_SETS.heldout173), FLOORS.heldout173));
  it('on the hundred-and-seventy-fourth held-out set', () =>
    check('heldout174', scoreFixtureSet(FIXTURE_SETS.heldout174), FLOORS.heldout174));
  it('on the hundred-and-seventy-fifth held-out set', () =>
    check('heldout175', scoreFixtureSet(FIXTURE_SETS.heldout175), FLOORS.heldout175));
  it('on the hundred-and-seventy-eighth held-out set', () =>
    check('heldout178', scoreFixtureSet(FIXTURE_SETS.heldout178), FLOORS.heldout178));
  it('on the hundred-and-seventy-ninth held-out set', () =>
    check('heldout179', scoreFixtureSet(FIXTURE_SETS.heldout179), FLOORS.heldout179));
  it('on the hundred-and-eighty-second held-out set', () =>
    check('heldout182', scoreFixtureSet(FIXTURE_SETS.heldout182), FLOORS.heldout182));
  it('on the hundred-and-eighty-third held-out set', () =>
    check('heldout183', scoreFixtureSet(FIXTURE_SETS.heldout183), FLOORS.heldout183));
  it('on the hundred-and-eighty-fourth held-out set', () =>
    check('heldout184', scoreFixtureSet(FIXTURE_SETS.heldout184), FLOORS.heldout184));
  it('on the hundred-and-eighty-sixth held-out set', () =>
    check('heldout186', scoreFixtureSet(FIXTURE_SETS.heldout186), FLOORS.heldout186));
  it('on the hundred-and-eighty-eighth held-out set', () =>
    check('heldout188', scoreFixtureSet(FIXTURE_SETS.heldout188), FLOORS.heldout188));
  it('on the hundred-and-ninety-first held-out set', () =>
    check('heldout191', scoreFixtureSet(FIXTURE_SETS.heldout191), FLOORS.heldout191));
  it('on the hundred-and-ninety-second held-out set', () =>
    check('heldout192', scoreFixtureSet(FIXTURE_SETS.heldout192), FLOORS.heldout192));
  it('on the hundred-and-ninety-fifth held-out set', () =>
    check('heldout195', scoreFixtureSet(FIXTURE_SETS.heldout195), FLOORS.heldout195));
  it('on the hundred-and-ninety-seventh held-out set', () =>
    check('heldout197', scoreFixtureSet(FIXTURE_SETS.heldout197), FLOORS.heldout197));
  it('on the hundred-and-ninety-eighth held-out set', () =>
    check('heldout198', scoreFixtureSet(FIXTURE_SETS.heldout198), FLOORS.heldout198));
  it('on the hundred-and-ninety-ninth held-out set', () =>
    check('heldout199', scoreFixtureSet(FIXTURE_SETS.heldout199), FLOORS.heldout199));
  it('on the two-hundredth held-out set', () => check('heldout200', scoreFixtureSet(FIXTURE_SETS.heldout200), FLOORS.heldout200));
  it('on the two-hundred-and-third held-out set', () => check('heldout203', scoreFixtureSet(FIXTURE_SETS.heldout203), FLOORS.heldout203));
  it('on the two-hundred-and-fourth held-out set', () => check('heldout204', scoreFixtureSet(FIXTURE_SETS.heldout204), FLOORS.heldout204));
  it('on the two-hundred-and-sixth held-out set', () => check('heldout206', scoreFixtureSet(FIXTURE_SETS.heldout206), FLOORS.heldout206));
  it('on the two-hundred-and-seventh held-out set', () => check('heldout207', scoreFixtureSet(FIXTURE_SETS.heldout207), FLOORS.heldout207));
  it('on the two-hundred-and-ninth held-out set', () => check('heldout209', scoreFixtureSet(FIXTURE_SETS.heldout209), FLOORS.heldout209));
  it('on the two-hundred-and-twelfth held-out set', () => check('heldout212', scoreFixtureSet(FIXTURE_SETS.heldout212), FLOORS.heldout212));
  it('on the two-hundred-and-thirteenth held-out set', () =>
    check('heldout213', scoreFixtureSet(FIXTURE_SETS.heldout213), FLOORS.heldout213));
  it('on the two-hundred-and-sixteenth held-out set', () =>
    check('heldout216', scoreFixtureSet(FIXTURE_SETS.heldout216), FLOORS.heldout216));
  it('on the two-hundred-and-eighteenth held-out set', () =>
    check('heldout218', scoreFixtureSet(FIXTURE_SETS.heldout218), FLOORS.heldout218));
  it('on the two-hundred-and-nineteenth held-out set', () =>
    check('heldout219', scoreFixtureSet(FIXTURE_SETS.heldout219), FLOORS.heldout219));
  it('on the two-hundred-and-twentieth held-out set', () =>
    check('heldout220', scoreFixtureSet(FIXTURE_SETS.heldout220), FLOORS.heldout220));
  it('on the two-hundred-and-twenty-second held-out set', () =>
    check('heldout222', scoreFixtureSet(FIXTURE_SETS.heldout222), FLOORS.heldout222));
  it('on the two-hundred-and-twenty-fourth held-out set', () =>
    check('heldout224', scoreFixtureSet(FIXTURE_SETS.heldout224), FLOORS.heldout224));
  it('on the two-hundred-and-twenty-sixth held-out set', () =>
    check('heldout226', scoreFixtureSet(FIXTURE_SETS.heldout226), FLOORS.heldout226));
  it('on the two-hundred-and-twenty-seventh held-out set', () =>
    check('heldout227', scoreFixtureSet(FIXTURE_SETS.heldout227), FLOORS.heldout227));
  it('on the two-hundred-and-twenty-eighth held-out set', () =>
    check('heldout228', scoreFixtureSet(FIXTURE_SETS.heldout228), FLOORS.heldout228));
  it('on the two-hundred-and-thirty-first held-out set', () =>
    check('heldout231', scoreFixtureSet(FIXTURE_SETS.heldout231), FLOORS.heldout231));
  it('on the two-hundred-and-thirty-second held-out set', () =>
    check('heldout232', scoreFixtureSet(FIXTURE_SETS.heldout232), FLOORS.heldout232));
  it('on the two-hundred-and-thirty-sixth held-out set', () =>
    check('heldout236', scoreFixtureSet(FIXTURE_SETS.heldout236), FLOORS.heldout236));
  it('on the two-hundred-and-thirty-seventh held-out set', () =>
    check('heldout237', scoreFixtureSet(FIXTURE_SETS.heldout237), FLOORS.heldout237));
  it('on the two-hundred-and-thirty-ninth held-out set', () =>
    check('heldout239', scoreFixtureSet(FIXTURE_SETS.heldout239), FLOORS.heldout239));
  it('on the two-hundred-and-forty-first held-out set', () =>
    check('heldout241', scoreFixtureSet(FIXTURE_SETS.heldout241), FLOORS.heldout241));
  it('on the two-hundred-and-forty-third held-out set', () =>
    check('heldout243', scoreFixtureSet(FIXTURE_SETS.heldout243), FLOORS.heldout243));
  it('on the two-hundred-and-forty-fourth held-out set', () =>
    check('heldout244', scoreFixtureSet(FIXTURE_SETS.heldout244), FLOORS.heldout244));
  it('on the two-hundred-and-forty-sixth held-out set', () =>
    check('heldout246', scoreFixtureSet(FIXTURE_SETS.heldout246), FLOORS.heldout246));
  it('on the two-hundred-and-forty-seventh held-out set', () =>
    check('heldout247', scoreFixtureSet(FIXTURE_SETS.heldout247), FLOORS.heldout247));
  it('on the two-hundred-and-forty-ninth held-out set', () =>
    check('heldout249', scoreFixtureSet(FIXTURE_SETS.heldout249), FLOORS.heldout249));
  it('on the two-hundred-and-fifty-first held-out set', () =>
    check('heldout251', scoreFixtureSet(FIXTURE_SETS.heldout251), FLOORS.heldout251));
  it('on the two-hundred-and-fifty-third held-out set', () =>
    check('heldout253', scoreFixtureSet(FIXTURE_SETS.heldout253), FLOORS.heldout253));
  it('on the two-hundred-and-fifty-fourth held-out set', () =>
    check('heldout254', scoreFixtureSet(FIXTURE_SETS.heldout254), FLOORS.heldout254));
  it('on the two-hundred-and-fifty-sixth held-out set', () =>
    check('heldout256', scoreFixtureSet(FIXTURE_SETS.heldout256), FLOORS.heldout256));
  it('on the two-hundred-and-fifty-seventh held-out set', () =>
    check('heldout257', scoreFixtureSet(FIXTURE_SETS.heldout257), FLOORS.heldout257));
  it('on the two-hundred-and-fifty-eighth held-out set', () =>
    check('heldout258', scoreFixtureSet(FIXTURE_SETS.heldout258), FLOORS.heldout258));
  it('on the two-hundred-and-fifty-ninth held-out set', () =>
    check('heldout259', scoreFixtureSet(FIXTURE_SETS.heldout259), FLOORS.heldout259));
  it('on the two-hundred-and-sixtieth held-out set', () =>
    check('heldout260', scoreFixtureSet(FIXTURE_SETS.heldout260), FLOORS.heldout260));
  it('on the two-hundred-and-sixty-first held-out set', () =>
    check('heldout261', scoreFixtureSet(FIXTURE_SETS.heldout261), FLOORS.heldout261));
  it('on the two-hundred-and-sixty-second held-out set', () =>
    check('heldout262', scoreFixtureSet(FIXTURE_SETS.heldout262), FLOORS.heldout262));
  it('on the five seed articles, curated people hidden', () => check('five', scoreFive(), FLOORS.five));
});
