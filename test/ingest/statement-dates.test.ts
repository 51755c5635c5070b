/**
 * The day a statement was made (statement-dates.ts), on invented text: each rule reads a whole class of phrasing,
 * so each test is a sentence of its own and the day the rule should give it. The test article is of Wednesday
 * 14 December 2016 unless a test says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { findArticleDateMentions } from '../../src/ingest/date-expressions.js';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { clip, splitParagraphs } from '../../src/ingest/text-segments.js';
import { statementsOf, testGazetteer } from './test-gazetteer.js';

const days = (text: string, publishedOn?: string) => statementsOf(text, publishedOn).map((s) => [s.speaker, s.said]);
// The days of one speaker's remarks, in order (in an article of the day given, else of the test's default day).
const saidOf = (text: string, id: string, publishedOn?: string) =>
  days(text, publishedOn)
    .filter(([speaker]) => speaker === id)
    .map(([, said]) => said);

describe('a remark told to "the gathering" (s34)', () => {
  it("dates it by the vigil the paragraph before set, the vigil's day", () => {
    const text =
      'At a vigil outside the town hall on Monday night, about 300 people prayed for Vellmar.\n\nThe Rev Ana Kell told the gathering that "no one here is a stranger".';
    expect(statementsOf(text).map((s) => s.said)).toEqual(['2016-12-12']);
  });
});

describe('a remark whose quoted words say "tonight", in a story set on an evening before (s63)', () => {
  const story = (day: string) =>
    [
      `About 200 people held candles in the square outside Vellmar town hall ${day} for the people of the port city.`,
      'The names of the dead were read out by volunteers from the harbour mission.',
      '"We do not stand here tonight because we think anyone is listening," Omar Haddad said. "We stand here because they are our neighbours."',
    ].join('\n\n');
  it("dates it by the evening's day, the scene it was said at", () => {
    expect(saidOf(story('on Monday night'), 'omar-haddad')).toEqual(['2016-12-12']);
    expect(saidOf(story('yesterday evening'), 'omar-haddad')).toEqual(['2016-12-13']);
  });
  it("leaves it at the article's day where the scene is set on no evening", () => {
    // Near miss: "tonight" is then another evening than the scene's.
    expect(saidOf(story('on Monday'), 'omar-haddad')).toEqual(['2016-12-14']);
  });
  it("leaves it at the article's day where the story has just reported the speaker in the present", () => {
    const text = [
      'About 200 people held candles in the square outside Vellmar town hall on Monday night for the people of the port city.',
      'Omar Haddad says he has not heard from his cousins in the old town since Thursday.',
      '"We are a small town, but tonight the whole town stood with us," he said.',
    ].join('\n\n');
    expect(saidOf(text, 'omar-haddad').at(-1)).toBe('2016-12-14');
  });
});

describe("a happening's day printed in the verb's object (s34)", () => {
  it('is not the day of a remark that says what the happening was', () => {
    const text =
      'Ana Kell spoke at the vigil on Monday. She described the Russian veto of the Norlandic draft on 8 October as "a shameful day".';
    expect(statementsOf(text).map((s) => s.said)).toEqual(['2016-12-12']);
    // Near miss: a day that times the verb itself still dates the remark.
    expect(statementsOf('Ana Kell on Monday described the veto as "a shameful day".').map((s) => s.said)).toEqual(['2016-12-12']);
  });
});

describe('a wire dateline closed by its agency alone (s34)', () => {
  it("dates a remark made after the vote by the vote's day, not by the dateline's", () => {
    const text =
      'Kingstown, Dec 10 (Reef Press) Carrick voted on Friday against a General Assembly text on the ferries to the islands.\n\nNine states joined it; the text passed all the same.\n\nIts ambassador, Lena Voss, said after the vote that the islands had not been consulted.';
    expect(statementsOf(text, '2016-12-10').map((s) => s.said)).toEqual(['2016-12-09']);
  });
});

describe("a day inside the speaker's description is not the remark's (s7)", () => {
  it('skips a day in a long relative clause between the speaker and the verb', () => {
    const text =
      'Omar Haddad, who flew to the port city to meet the relief convoys after talks in Stockholm on Monday and in Port Vell on Tuesday, said the road was open.';
    expect(days(text)).toEqual([['omar-haddad', '2016-12-14']]);
  });
});

describe("a digest's briefs, each under its own dateline (s7)", () => {
  it("dates a brief's undated past-tense remark by the day its first sentence gives", () => {
    const text = [
      'World in brief',
      'STOCKHOLM - Sweden sent new aid to the port city on Monday. Lindqvist said the first trucks would leave within a week.',
      'PORT VELL - Relief Watch opened a second kitchen in the old town on Tuesday. Peter Okafor said it could feed a thousand people.',
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['maria-lindqvist', '2016-12-12'],
      ['peter-okafor', '2016-12-13'],
    ]);
  });

  it("leaves a present-tense remark to the present's rules, and a lone dateline to the article", () => {
    const brief = [
      'World in brief',
      'STOCKHOLM - Sweden sent new aid to the port city on Monday. Relief Watch says the trucks are ready.',
      'PORT VELL - Relief Watch opened a second kitchen on Tuesday.',
    ].join('\n\n');
    // A body's present-tense "says" keeps the article's date (undateOpenRemarks), never the brief's Monday.
    expect(days(brief)).toEqual([['relief-watch', '2016-12-14']]);
    const wire = 'STOCKHOLM - Sweden sent new aid on Monday.\n\nLindqvist said the first trucks would leave within a week.';
    expect(days(wire)).toEqual([['maria-lindqvist', '2016-12-14']]);
  });
});

describe("inside a transcript, days count from the occasion's day (s7)", () => {
  it('resolves "yesterday" in a briefing transcript against the briefing day its introduction gives', () => {
    const text = [
      'Relief Watch briefing',
      "The excerpt below is from Monday's briefing by Peter Okafor in Stockholm.",
      'OKAFOR: Good afternoon. The convoy is waiting at the border.',
      'QUESTION: Lindqvist said yesterday that the border would open. Is that right?',
      'OKAFOR: It is not open yet. We hope it opens soon.',
    ].join('\n\n');
    // Published Wednesday 14 December; the briefing was on Monday 12, so "yesterday" there is Sunday 11.
    expect(days(text)).toEqual([
      ['peter-okafor', '2016-12-12'],
      ['maria-lindqvist', '2016-12-11'],
      ['peter-okafor', '2016-12-12'],
    ]);
  });

  it('resolves "yesterday" in a Q:/A: interview against the day we spoke to the interviewee', () => {
    const text = [
      'Interview: the mediator',
      'Omar Haddad has mediated in the port city since the spring. We spoke to him by telephone on Monday.',
      'Q: Is the road open?',
      // The driver's relayed words are his (s22), the first sentence the interviewee's own.
      'A: No, and it may stay shut for weeks. A driver told me yesterday that the road was closed again at the old town.',
    ].join('\n\n');
    const said = statementsOf(text).map((s) => s.said);
    expect(said).toContain('2016-12-12');
    expect(said).toContain('2016-12-11');
    expect(said).not.toContain('2016-12-13');
  });

  it("leaves a transcript's coda and an article with no transcript to the article's date", () => {
    const text = [
      'Relief Watch briefing',
      "The excerpt below is from Monday's briefing by Peter Okafor in Stockholm.",
      'OKAFOR: Good afternoon. The convoy is waiting at the border.',
      'QUESTION: Is the border open?',
      'OKAFOR: It is not open yet. We hope it opens soon.',
      'Since the briefing, Lindqvist said yesterday that the border would open.',
    ].join('\n\n');
    expect(days(text).at(-1)).toEqual(['maria-lindqvist', '2016-12-13']);
  });
});

describe("the speaker's own setting, a sentence or two before the remark (s7)", () => {
  it('dates "He said" by the message the speaker sent on a day, even with a sentence between', () => {
    const text = 'Peter Okafor sent me a voice message late on Monday. It lasted a minute. He said the last generator had stopped.';
    expect(days(text)).toEqual([['peter-okafor', '2016-12-12']]);
  });

  it('dates a quotation by the corridor where the speaker stood on a day', () => {
    const text = 'Hélène Dubois was blunter in the corridor outside the chamber on Tuesday. "We will not be lectured," she told reporters.';
    expect(days(text)).toEqual([['helene-dubois', '2016-12-13']]);
  });

  it("takes no day from another person's setting, nor across other speech", () => {
    expect(days('Peter Okafor sent a letter on Monday. Lindqvist said the convoy would wait.')).toEqual([
      ['maria-lindqvist', '2016-12-14'],
    ]);
    const between = 'Peter Okafor sent a letter on Monday. Relief Watch said the trucks were ready. Okafor said the road was still closed.';
    expect(days(between).at(-1)).toEqual(['peter-okafor', '2016-12-14']);
  });
});

describe('a remark said "in response" (s35)', () => {
  it('takes the day of the remark it answers, not one said "in response to" a happening', () => {
    const text =
      'Maria Lindqvist told the harbour board on Monday that the ferries had "failed the islands." Peter Okafor said in response that Lindqvist was "rewriting history."';
    expect(days(text)).toEqual([
      ['maria-lindqvist', '2016-12-12'],
      ['peter-okafor', '2016-12-12'],
    ]);
    expect(days('The board voted on Monday. Peter Okafor said in response to the vote that the fares would rise.')).toEqual([
      ['peter-okafor', '2016-12-14'],
    ]);
  });
});

describe('a week, a month or "since" is no day of the remark (s7)', () => {
  it('leaves "said last week" and "said in November" with no day', () => {
    expect(days('Peter Okafor said last week that the road was closed.')).toEqual([['peter-okafor', null]]);
    expect(days('Lindqvist said in November that the aid would double.')).toEqual([['maria-lindqvist', null]]);
  });

  it('leaves a month or week after the body a remark addressed with no day, though a vote leads the story (s35)', () => {
    const text =
      'The Council voted on Monday to extend the mission. Peter Okafor told the Security Council last month that the road was closed.';
    expect(days(text).at(-1)).toEqual(['peter-okafor', null]);
    expect(days('Lindqvist told Parliament in November that the aid would double.')).toEqual([['maria-lindqvist', null]]);
  });

  it('takes no day from "since" or from a month that is not the remark\'s', () => {
    expect(days('Relief Watch said its teams had treated 400 people since Dec. 2.')).toEqual([['relief-watch', '2016-12-14']]);
    expect(days('Haddad said in a letter to the Council president for December that the talks would resume.')).toEqual([
      ['omar-haddad', '2016-12-14'],
    ]);
  });

  it('still dates "said on Monday" and "said on Dec. 12"', () => {
    expect(days('Peter Okafor said on Monday that the road was closed.')).toEqual([['peter-okafor', '2016-12-12']]);
    expect(days('Peter Okafor said on Dec. 12 that the road was closed.')).toEqual([['peter-okafor', '2016-12-12']]);
  });
});

describe("a live ticker's timestamped entries (s26)", () => {
  it("dates each entry's remarks, in the headline present too, by the day its header gives", () => {
    const text = [
      'LIVE: Lakehaven talks resume',
      'Relief Watch | Live updates | Friday 9 December 2016',
      '18:10 – Haddad says the convoy will leave at first light.',
      '17:30 – Peter Okafor tells reporters the northern road is clear.',
      '16:05 – Lindqvist told a news conference that Sweden would send two more planes.',
    ].join('\n\n');
    expect(days(text, '2016-12-10')).toEqual([
      ['omar-haddad', '2016-12-09'],
      ['peter-okafor', '2016-12-09'],
      ['maria-lindqvist', '2016-12-09'],
    ]);
    // Published the same day: the headline present is still the entry's news, not an ongoing view with no day.
    expect(days(text, '2016-12-09').map(([, said]) => said)).toEqual(['2016-12-09', '2016-12-09', '2016-12-09']);
  });
});

describe("a show's notes (s26)", () => {
  it("dates the guests' undated remarks and pull quotes by the day the episode was recorded", () => {
    const text = [
      'Harbour Hour, Episode 9: The northern road, with Omar Haddad',
      'Published Friday 16 December 2016',
      'Our host talked with Omar Haddad in the Lakehaven studio on Tuesday, before the convoy talks were suspended on Thursday.',
      'Haddad said the convoy would leave at first light and that the northern road was clear.',
      'In this episode\n00:00 – Introduction\n04:10 – The northern road\n21:45 – What comes next',
      '"Nobody will cross that bridge until the shelling stops." (Omar Haddad)',
    ].join('\n\n');
    expect(days(text, '2016-12-16')).toEqual([
      ['omar-haddad', '2016-12-13'],
      ['omar-haddad', '2016-12-13'],
    ]);
  });
});

describe('a chronology with a heading that counts from the one before (s53)', () => {
  it('dates the entry under "The next day" by the day after the heading before, and "Two days later" by two', () => {
    const text = [
      'Timeline: the last weeks of the siege',
      'Here is how it unfolded.',
      'Saturday, December 10',
      'The convoy stops at the bridge. Peter Okafor says the road is closed.',
      'The next day',
      'The talks collapse. Lindqvist says Sweden will send more trucks.',
      'Two days later',
      'The first buses leave. Omar Haddad says 3,000 people have left.',
      'Friday, December 16',
      'The buses stop again.',
    ].join('\n\n');
    expect(days(text, '2016-12-23')).toEqual([
      ['peter-okafor', '2016-12-10'],
      ['maria-lindqvist', '2016-12-11'],
      ['omar-haddad', '2016-12-13'],
    ]);
  });
});

describe("a tracker's headings with a short weekday and the hour (s53)", () => {
  it('reads "Sat 8 October, 10 a.m.", "Same day, afternoon" and "Tue 13 December, late" as the days their entries are told under', () => {
    const text = [
      'Tracker: the Council drafts on the port city',
      'Updated Tuesday 20 December 2016.',
      'Sat 8 October, 10 a.m.',
      'The French draft fails. Peter Okafor says the veto is a disgrace.',
      'Same day, afternoon',
      'The rival text fails too. Lindqvist says nobody won.',
      'Tue 13 December, late',
      'The council meets in emergency session. Omar Haddad says the old town has fallen.',
    ].join('\n\n');
    expect(days(text, '2016-12-20')).toEqual([
      ['peter-okafor', '2016-10-08'],
      ['maria-lindqvist', '2016-10-08'],
      ['omar-haddad', '2016-12-13'],
    ]);
  });
});

describe('a chronology told in the past tense (s7)', () => {
  it('dates past-tense remarks by the day line that heads them', () => {
    const text = [
      'A week in the port city',
      'Monday, December 12',
      'The convoy reached the old town at dawn. Peter Okafor told reporters that the road was open.',
      'Tuesday, December 13',
      'Shelling closed the road again. Lindqvist said Sweden would send more trucks.',
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['peter-okafor', '2016-12-12'],
      ['maria-lindqvist', '2016-12-13'],
    ]);
  });

  it('keeps the historic-present reading: there a past "said" is a later remark to the writer', () => {
    const text = [
      'A week in the port city',
      'Monday, December 12',
      'The convoy reaches the old town. Peter Okafor says the road is open.',
      'Tuesday, December 13',
      'Shelling closes the road. Lindqvist said Sweden would send more trucks.',
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['peter-okafor', '2016-12-12'],
      ['maria-lindqvist', '2016-12-14'],
    ]);
  });
});

describe('remarks at a gathering the lead dates (s7)', () => {
  it('dates "told the session" and "on the sidelines of the meeting" by the emergency session of the lead', () => {
    const text = [
      'Ministers meet on the port city',
      'Foreign ministers meeting in emergency session in Stockholm on Monday called for a pause in the fighting around the port city.',
      'Lindqvist told the session that Sweden would double its aid.',
      'Peter Okafor said on the sidelines of the meeting that the road was still closed.',
      'Relief Watch said its trucks were ready.',
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['maria-lindqvist', '2016-12-12'],
      ['peter-okafor', '2016-12-12'],
      ['relief-watch', '2016-12-14'],
    ]);
  });
});

describe('no remark is dated after the article that reports it (s8)', () => {
  it('never takes a day still to come for the remark, whatever the sentence names', () => {
    // Published Wednesday 14 December: "next Saturday" (the 17th) and "Friday's talks" (the 16th) are to come.
    expect(days('Okafor will fly to Port Vell next Saturday for a donors meeting. Lindqvist said she would not attend.')).toEqual([
      ['maria-lindqvist', '2016-12-14'],
    ]);
    expect(days("Lindqvist said the trucks would be ready for Friday's talks in Stockholm.")).toEqual([['maria-lindqvist', '2016-12-14']]);
    // "afterwards" takes the day of the happening told before it, not the day a later meeting is set for.
    expect(
      days(
        'Haddad and Okafor met in Stockholm on Monday and agreed that their experts would meet on Friday. Haddad said afterwards that time was short.',
      ),
    ).toEqual([['omar-haddad', '2016-12-12']]);
    // (s53) ... nor a day told in the past perfect as the happening's background.
    expect(
      days(
        'On Dec. 12 the Council voted again. Relief Watch had warned on Dec. 9 that the road was closed. Haddad said afterwards that the vote had failed the old town.',
      ).filter(([who]) => who === 'omar-haddad'),
    ).toEqual([['omar-haddad', '2016-12-12']]);
  });
});

describe('a day that points back to the one the text gave last (s8)', () => {
  it('dates "that evening", "that day" and "that night" by the last day named before', () => {
    expect(days('The convoy reached the old town on Monday, Relief Watch said in a statement that evening.')).toEqual([
      ['relief-watch', '2016-12-12'],
    ]);
    expect(days('The talks in Stockholm ended on Sunday. Lindqvist said that day that the road was open.')).toEqual([
      ['maria-lindqvist', '2016-12-11'],
    ]);
    expect(days('Shells hit the port city on Tuesday, killing four people, Haddad told reporters that night.')).toEqual([
      ['omar-haddad', '2016-12-13'],
    ]);
  });

  it('dates "later in the day" and "earlier in the morning" by the last day named before', () => {
    expect(
      days(
        'Relief Watch said on Monday that the convoy had left. Okafor told reporters in Port Vell later in the day that it had arrived.',
      ).at(-1),
    ).toEqual(['peter-okafor', '2016-12-12']);
    expect(
      days('The talks in Stockholm ended on Sunday. Earlier in the morning, at the ministry, Lindqvist had said the road was open.').at(-1),
    ).toEqual(['maria-lindqvist', '2016-12-11']);
  });

  it('reads no day in "that" before a noun ("that evening prayers")', () => {
    expect(days('The mosque was damaged on Monday. Okafor said that evening prayers would go on in the old town.')).toEqual([
      ['peter-okafor', '2016-12-14'],
    ]);
  });
});

describe("a relative clause that holds the remark's own verb (s8)", () => {
  it('dates the remark by the day of that clause', () => {
    expect(
      days('Relief Watch relayed the view of Lindqvist, who had told reporters in Stockholm on Monday that the road was open.'),
    ).toEqual([['maria-lindqvist', '2016-12-12']]);
    expect(days('The plan was welcomed by the Norlandic envoy, Hélène Dubois, who wrote on Tuesday that it could work.')).toEqual([
      ['helene-dubois', '2016-12-13'],
    ]);
  });

  it("still skips a day in a relative clause that describes the speaker or the message, a number's comma included", () => {
    expect(days('Haddad, who arrived in the port city on Monday with two trucks, said the road was open.')).toEqual([
      ['omar-haddad', '2016-12-14'],
    ]);
    expect(days('"The road is open," Lindqvist said in a video, which had been watched 20,000 times by Tuesday.')).toEqual([
      ['maria-lindqvist', '2016-12-14'],
    ]);
  });
});

describe('a remark placed at a meeting or vote that an earlier sentence dates (s8)', () => {
  it('takes the day of the nearest meeting or vote reported before it', () => {
    const explainer = [
      'What happens next in the port city?',
      'The siege has lasted for months, and aid has reached the old town only twice since the summer.',
      'On Monday, the Security Council rejected a Norlandic draft on the port city. Lindqvist told the council the text was fair.',
    ].join('\n\n');
    expect(days(explainer)).toEqual([['maria-lindqvist', '2016-12-12']]);
    const later = [
      'Capitals react to the failed draft',
      'Governments criticised the outcome on Tuesday, a day of statements and counter-statements across the region.',
      'The Norlandic text received eight votes in the council on Saturday, one short of the nine it needed.',
      'Dubois told the council her government would keep working for a truce in the port city.',
    ].join('\n\n');
    expect(days(later)).toEqual([['helene-dubois', '2016-12-10']]);
    const setting = [
      'The General Assembly adopted a Swedish text on the port city on Monday by a wide margin.',
      'Minutes after the Assembly adopted it, Haddad took to Twitter. "This is a good day for the port city," Haddad wrote.',
    ].join('\n\n');
    expect(days(setting)).toEqual([['omar-haddad', '2016-12-12']]);
  });

  it('takes no day from a vote recalled from long before, nor from another body', () => {
    const recalled = [
      'Aid trucks waited at the edge of the port city for a third day. Nobody in the old town expected them to move soon.',
      'The council adopted its last resolution on the port city on 3 May 2015. Lindqvist told the council the text was fair.',
    ].join('\n\n');
    expect(days(recalled)).toEqual([['maria-lindqvist', '2016-12-14']]);
    expect(
      days('The Security Council voted on Monday on a Norlandic text. Dubois told the Assembly that the port city could not wait.'),
    ).toEqual([['helene-dubois', '2016-12-14']]);
  });
});

describe('a day in an aside about the speaker opened by "that" is not the remark\'s (s8)', () => {
  it('dates the remark by the article, not by the aside, and never leaves it undated for a month there', () => {
    expect(days('Relief Watch, the group that ran the kitchens in the old town until last month, said the road was open.')).toEqual([
      ['relief-watch', '2016-12-14'],
    ]);
    expect(days('Haddad, the mediator that Sweden named on Monday, said the road was open.')).toEqual([['omar-haddad', '2016-12-14']]);
    // A day after the verb is no aside about the speaker: "said that on Monday" keeps its reading.
    expect(days('Lindqvist, who arrived in November, said on Monday that the road was open.')).toEqual([['maria-lindqvist', '2016-12-12']]);
  });
});

describe("the speaker's setting sentence places the remark at a debate dated before (s8)", () => {
  it('takes the day the debate was held', () => {
    const text = [
      'Diplomats spent Monday debating the port city in the General Assembly, and most of them spoke for less than five minutes.',
      'Moments after the Assembly voted, Lindqvist took to Twitter. "A good day for the port city," Lindqvist wrote.',
    ].join('\n\n');
    expect(days(text)).toEqual([['maria-lindqvist', '2016-12-12']]);
  });
});

describe('a remark made in a document the article dates (s8)', () => {
  it('takes the day the document is dated, and its continuation follows', () => {
    const letters = [
      'Aid row at the United Nations',
      'The Norlandic government said in a letter to the Secretary-General that the port city was calm. The letter, dated Monday, was made public on Wednesday.',
    ].join('\n\n');
    expect(days(letters)).toEqual([['norland', '2016-12-12']]);
    const note = [
      'Relief Watch sent a note dated 9 December to the donors.',
      'Relief Watch said in the note that its trucks had waited for a week. It said the old town had no water.',
    ].join('\n\n');
    expect(days(note)).toEqual([
      ['relief-watch', '2016-12-09'],
      ['relief-watch', '2016-12-09'],
    ]);
  });

  it('leaves a remark that names no such document to its own rules', () => {
    const text = 'Relief Watch sent a note dated 9 December to the donors. Lindqvist said on Tuesday that the road was open.';
    expect(days(text)).toEqual([['maria-lindqvist', '2016-12-13']]);
  });
});

describe('a dated letter\'s writer quoted later by "writes", and remarks only about a letter (s67)', () => {
  const signed = (writer: string) =>
    [
      "The letter, dated 9 December and addressed to the Secretary-General, is signed by Norland's Ambassador, Hélène Dubois.",
      `"The convoys have carried 4,000 people out of the old town," ${writer} writes.`,
    ].join('\n\n');
  it("dates the writer's words by the letter's day", () => {
    expect(saidOf(signed('Dubois'), 'helene-dubois')).toEqual(['2016-12-09']);
    // Near miss: another person's words, "writes" or not, are no words of that letter (undated, as "writes" leaves them).
    expect(saidOf(signed('Lindqvist'), 'maria-lindqvist')).toEqual([null]);
  });
  it('leaves a remark about the letter, not made in it, to its own day', () => {
    const text = [
      'In a letter dated 9 December, Hélène Dubois asked the Council to wait.',
      'Asked about the Norlandic letter, Omar Haddad said the talks would go on.',
      'Peter Okafor said the letter had reached his office "far too late".',
    ].join('\n\n');
    expect(saidOf(text, 'omar-haddad')).toEqual(['2016-12-14']);
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-14']);
  });
});

describe('a letter made public on a later day, and a joint letter quoted by "wrote" after the sentence that sends it (s67)', () => {
  it("dates the words of a letter made public on a day by the letter's own day where the article gives it", () => {
    const text = (dated: string) =>
      [
        'Norland has told the Security Council that 4,000 people have left the old town of Port Vell, in a letter made public by its foreign ministry on Tuesday.',
        `The letter${dated} is signed by Norland's Ambassador, Hélène Dubois.`,
      ].join('\n\n');
    expect(saidOf(text(', dated 9 December,'), 'norland')).toEqual(['2016-12-09']);
    // Near miss: a letter the article does not date keeps the day it was made public.
    expect(saidOf(text(''), 'norland')).toEqual(['2016-12-13']);
  });
  it('dates the words of a joint letter by the day the sentence before sends it on', () => {
    const text = (sent: string) =>
      [
        `${sent} the two ministers answered in a joint letter to the Secretary-General.`,
        '"The crossing must be reopened before the winter," wrote Omar Haddad and Peter Okafor.',
      ].join('\n\n');
    expect(saidOf(text('On Monday'), 'omar-haddad')).toEqual(['2016-12-12']);
    // Near miss: a sentence before that tells no letter gives the words no day.
    const told = 'On Monday the two ministers met in Norhavn.\n\n"The crossing must be reopened before the winter," wrote Omar Haddad.';
    expect(saidOf(told, 'omar-haddad')).not.toEqual(['2016-12-12']);
  });
});

describe('words after the quotation place a remark at the gathering (s8)', () => {
  it('reads the sentence outside its quotations when it reports no other speech', () => {
    const lead = 'Foreign ministers meeting in emergency session in Port Vell on Monday called for a truce in the old town.';
    expect(days(`${lead}\n\nHaddad described the siege as "a disgrace to us all" in his opening address.`)).toEqual([
      ['omar-haddad', '2016-12-12'],
    ]);
    expect(days(`${lead}\n\n"We cannot wait for another winter," Lindqvist told reporters on her arrival at the summit.`)).toEqual([
      ['maria-lindqvist', '2016-12-12'],
    ]);
  });
});

describe("a delegate's remark in a story that leads with a council's meeting (s9)", () => {
  it('dates a delegate speaking with no day by the meeting the lead reports, a day before the article', () => {
    const text = [
      'Council fails on port city truce',
      'The Security Council on Tuesday failed to adopt a draft demanding a truce in Port Vell, after Russia cast a veto.',
      'Hélène Dubois, the Norlandic Ambassador, said the veto was a disgrace. The representative of Russia said the draft ignored the militants.',
      "Sweden's delegate argued that the Council had failed the city.",
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['helene-dubois', '2016-12-13'],
      ['russia', '2016-12-13'],
      ['sweden', '2016-12-13'],
    ]);
  });

  it('leaves a delegate the outlet interviewed with no day to the article, not the meeting (s25)', () => {
    const text = [
      'Council fails on port city truce',
      'The Security Council on Tuesday failed to adopt a draft demanding a truce in Port Vell, after Russia cast a veto.',
      'Hélène Dubois, the Norlandic Ambassador, told this newspaper by telephone from New York that her delegation had argued for a shorter truce.',
      '"We came with no draft of our own," Dubois said.',
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['helene-dubois', '2016-12-14'],
      ['helene-dubois', '2016-12-14'],
    ]);
  });

  it("takes the vote's day from the lead's next sentence, never the dateline's day", () => {
    const text = [
      'Veto blocks port city truce',
      'STOCKHOLM, Dec. 14 (Agency) - Russia has vetoed a draft Security Council resolution calling for a truce in Port Vell.',
      'The draft, put to a vote on Monday, got 11 votes in favour.',
      'Norlandic envoy Hélène Dubois said the truce would have saved lives.',
    ].join('\n\n');
    expect(days(text)).toEqual([['helene-dubois', '2016-12-12']]);
  });

  it('leaves a minister, a body, a remark set elsewhere or at another session to their own rules', () => {
    const text = [
      'Council fails on port city truce',
      'The Security Council on Tuesday failed to adopt a draft demanding a truce in Port Vell, after Russia cast a veto.',
      'Lindqvist said Europe would not look away. Relief Watch said the veto would cost lives.',
      'The Norlandic Ambassador, Hélène Dubois, said in a statement that her government regretted the vote.',
      'Omar Haddad told reporters on Monday that the city had days left. Dubois, the Norlandic Ambassador, said at the same briefing that she agreed.',
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['maria-lindqvist', '2016-12-14'],
      ['relief-watch', '2016-12-14'],
      ['helene-dubois', '2016-12-14'],
      ['omar-haddad', '2016-12-12'],
      ['helene-dubois', '2016-12-12'],
    ]);
  });
});

describe("a record's header dates the remarks its turns report (s9)", () => {
  it('dates an undated past-tense remark relayed inside a briefing by the day its header line gives', () => {
    const text = [
      'Relief Watch briefing on the port city',
      'The excerpt below is from the daily briefing by Peter Okafor, the head of the relief mission.',
      'Daily briefing\n\nStockholm\n\nDecember 12, 2016',
      'OKAFOR: Good afternoon. The convoy is waiting at the border. Lindqvist told me that Sweden would pay for the fuel.',
      'QUESTION: Will it move today?',
      'OKAFOR: We hope so.',
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['peter-okafor', '2016-12-12'],
      ['maria-lindqvist', '2016-12-12'],
      ['peter-okafor', '2016-12-12'],
    ]);
  });

  it('dates a lecture transcript by the day its introduction says the lecture was delivered (s22)', () => {
    const text = [
      'Borders and the law of the sea (lecture transcript)',
      'The Harbour Lecture on refugee law, delivered by Dr Maria Lindqvist in the Hall of Nations on Monday 12 December 2016. Questions from the audience are given in summary.',
      'MR PETER OKAFOR (Chair): Good evening. Dr Lindqvist needs no introduction here.',
      'DR LINDQVIST: Thank you. The port city has been closed to ships since the autumn. Yesterday the coastguard turned back two more boats.',
      'QUESTION (a student): Can the navy be made to open the port?',
      'DR LINDQVIST: Not by a court. The law binds it all the same.',
    ].join('\n\n');
    // Published Wednesday 14 December; the lecture was on Monday 12, so it dates her answers, not the day it was posted.
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-12', '2016-12-12']);
  });

  it('dates a talk by the day its introduction gives, past a retired officer\'s "(ret.)" (s22)', () => {
    const text = [
      'After the siege: what the harbour owes its sailors (transcript of a public talk)',
      'Transcript of the talk given by Colonel (ret.) Maria Lindqvist, former commander of the Port Vell garrison, at the Hall of Nations on Monday 12 December 2016.',
      'MR PETER OKAFOR (Chair): Good evening. Maria, the floor is yours.',
      'MS LINDQVIST: Thank you. The channel has been closed since the autumn, and yesterday two more ships turned back.',
      'QUESTION (a student): Will it open before the winter?',
      'MS LINDQVIST: Not before the divers have cleared it.',
    ].join('\n\n');
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-12', '2016-12-12']);
  });

  it("prefers the introduction's occasion over a programme's date line, and reads no byline as a header", () => {
    const text = [
      'The mediator speaks',
      'By Anna Berg, 14 December 2016',
      'Omar Haddad has mediated in the port city since the spring. The interview was recorded on Monday.',
      'Q: Is the road open?',
      'A: It closed again yesterday.',
    ].join('\n\n');
    expect(days(text)).toEqual([['omar-haddad', '2016-12-12']]);
  });
});

describe('a remark at a meeting the paragraph before dates (s9)', () => {
  it('takes the day of a one-sentence transition before a remark that names a meeting as its occasion', () => {
    const text = [
      'Families wait for news',
      'Far from the port city, the fall of the old town was argued over on Tuesday at the United Nations.',
      'At an emergency meeting of the Security Council, Hélène Dubois said the world had looked away. She told the council that the city was lost.',
      '"The militants are leaving," Mouallem told the council.',
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['helene-dubois', '2016-12-13'],
      ['helene-dubois', '2016-12-13'],
      ['walid-mouallem', '2016-12-13'],
    ]);
  });

  it('takes no day from a happening before an interview, nor across a paragraph that reports speech', () => {
    const interview = [
      'Families wait for news',
      'On Dec. 9 the General Assembly adopted a resolution on the port city.',
      'Omar Haddad said in an interview that the text came late.',
    ].join('\n\n');
    expect(days(interview)).toEqual([['omar-haddad', '2016-12-14']]);
    const spoken = [
      'Families wait for news',
      'On Tuesday the Security Council met again, and Okafor said the road was shut.',
      'At an emergency meeting of the Security Council, Lindqvist said Europe would pay.',
    ].join('\n\n');
    expect(days(spoken).at(-1)).toEqual(['maria-lindqvist', '2016-12-14']);
  });
});

describe('"Earlier" and "there" point back to the remark before (s9)', () => {
  it('dates "Earlier, ..." and "Earlier in Stockholm, ..." by the last remark dated before', () => {
    for (const opening of ['Earlier,', 'Earlier in Stockholm,', 'Later on,']) {
      const text = `Lindqvist said on Monday that Sweden would send aid.\n\n${opening} Relief Watch said the convoy was ready.`;
      expect(days(text)).toEqual([
        ['maria-lindqvist', '2016-12-12'],
        ['relief-watch', '2016-12-12'],
      ]);
    }
  });

  it('dates "told reporters there" and "said there" by the remark before it in the paragraph', () => {
    for (const verb of ['Okafor told reporters there', 'Okafor said there', 'Okafor told the crowd there']) {
      const text = `Relief Watch said on Monday in Port Vell that the road was open. "We will move at dawn," ${verb}.`;
      expect(days(text)).toEqual([
        ['relief-watch', '2016-12-12'],
        ['peter-okafor', '2016-12-12'],
      ]);
    }
  });

  it('carries no article date, and reads no "earlier this week" as a pointer', () => {
    expect(days('Lindqvist said Sweden would send aid.\n\nEarlier, Relief Watch said the convoy was ready.')).toEqual([
      ['maria-lindqvist', '2016-12-14'],
      ['relief-watch', '2016-12-14'],
    ]);
    const week = 'Lindqvist said on Monday that Sweden would send aid.\n\nEarlier this week, Relief Watch said the convoy was ready.';
    expect(days(week).at(-1)?.[1]).not.toBe('2016-12-12');
  });
});

describe("a reply, a gathering's final statement and the reporter's scene (s9)", () => {
  it('dates "answered that" by the remark it answers, in the paragraph before when it opens its own', () => {
    for (const verb of ['answered', 'countered', 'replied']) {
      const text = `Lindqvist said on Monday that the road was shut.\n\nOkafor ${verb} that the trucks were already moving.`;
      expect(days(text)).toEqual([
        ['maria-lindqvist', '2016-12-12'],
        ['peter-okafor', '2016-12-12'],
      ]);
    }
  });

  it("dates a gathering's final, closing or joint statement by the gathering the lead reports", () => {
    for (const words of ['In a final statement,', 'In their closing statement,', 'In a joint communiqué,']) {
      const text = [
        'Ministers meet on the port city',
        'European ministers meeting in emergency session in Stockholm yesterday called for a truce in the port city.',
        `${words} Sweden and Norland condemned the shelling of the old town.`,
      ].join('\n\n');
      expect(days(text).map(([, said]) => said)).toEqual(['2016-12-13']);
    }
  });

  it('dates "He said" by the scene the sentence before sets its speaker in on a day', () => {
    const scenes = [
      'A baker in the old town was stacking empty trays on Monday.',
      'Okafor was walking through the empty market on Monday.',
      'Haddad was standing outside the mission on Monday evening.',
    ];
    for (const scene of scenes) {
      const speaker = scene.split(' ')[1];
      const text = `${scene} He said the flour had run out.`;
      const [row] = statementsOf(text);
      expect(row?.said, `${speaker}: ${scene}`).toBe('2016-12-12');
    }
  });

  it('takes no day from a scene of somebody else, nor from a plain past that tells a happening', () => {
    expect(statementsOf('Okafor walked through the market on Monday. He said the flour had run out.').map((s) => s.said)).toEqual([
      '2016-12-14',
    ]);
    expect(days('Lindqvist toured the old town on Monday. Okafor said the flour had run out.')).toEqual([['peter-okafor', '2016-12-14']]);
    expect(statementsOf('The convoy reached the old town on Monday. He said the flour had run out.').map((s) => s.said)).not.toContain(
      '2016-12-12',
    );
  });
});

describe('a story told day by day dates its remarks by the day it has reached (s10)', () => {
  // Published Saturday 17 December 2016: Monday is the 12th, Friday the 16th.
  it('dates an undated past-tense remark by the weekday that opens its paragraph or carries on its day', () => {
    const text = [
      'Five days in the port city',
      'That Monday, the relief convoys reached the edge of the old town and stopped.',
      'On Tuesday the mediator met both sides. Afterwards a driver complained that nobody had told him where to go. Lindqvist said the convoys would wait.',
      'In Stockholm, the cabinet sat late that evening. Okafor warned that the fuel would not last.',
      'The answer, on Wednesday, was a second closure. Haddad said the road had been mined overnight.',
    ].join('\n\n');
    expect(days(text, '2016-12-17')).toEqual([
      ['maria-lindqvist', '2016-12-13'],
      ['peter-okafor', '2016-12-13'],
      ['omar-haddad', '2016-12-14'],
    ]);
  });

  it('reads other openings and counts "the next day" from the day before it', () => {
    const text = [
      'A week on the road',
      'Early on Monday, the first trucks left Stockholm for the port city.',
      'By Tuesday night the trucks had reached the border. Okafor told reporters that the drivers would sleep in their cabs.',
      'The next day the border stayed shut. Relief Watch said in a statement that the permits had been withdrawn.',
      'Late on Thursday the permits came back. "We move at dawn," Haddad said.',
    ].join('\n\n');
    expect(days(text, '2016-12-17')).toEqual([
      ['peter-okafor', '2016-12-13'],
      ['relief-watch', '2016-12-14'],
      ['omar-haddad', '2016-12-15'],
    ]);
  });

  it('keeps the present tense undated, a day of its own, and a heading that names no day as a new section', () => {
    const text = [
      'The long week',
      'On Monday the talks opened in Stockholm.',
      'On Tuesday the talks stalled. Haddad says the sides never met face to face.',
      'On Wednesday the convoy was turned back. Okafor said on Friday that it would try again.',
      'What comes next',
      'Lindqvist said the government would send more trucks.',
    ].join('\n\n');
    expect(days(text, '2016-12-17')).toEqual([
      ['omar-haddad', null],
      ['peter-okafor', '2016-12-16'],
      ['maria-lindqvist', '2016-12-17'],
    ]);
  });

  it('reads no day-by-day story in a recap that leaps by months or years, nor in a chronology of dated entries', () => {
    const recap = [
      'How the talks failed',
      'On 3 March 2014 the first round opened in Stockholm.',
      'On 9 June 2015 the second round collapsed.',
      'On Tuesday the third round was called off. Lindqvist said the government had lost patience.',
    ].join('\n\n');
    expect(days(recap, '2016-12-17')).toEqual([['maria-lindqvist', '2016-12-17']]);
    const entries = [
      'The convoy, day by day',
      'Dec. 12: The convoy leaves Stockholm.',
      'Dec. 13: The convoy reaches the border.',
      'Dec. 14: The border stays shut.',
      '"We will not give up," said Peter Okafor, speaking to us this week.',
    ].join('\n\n');
    expect(days(entries, '2016-12-17')).not.toContainEqual(['peter-okafor', '2016-12-14']);
  });
});

describe('the same speaker dated in the sentence before (s10)', () => {
  it('dates "he said" by the day the same speaker spoke in the sentence before, where no statement was drawn from it', () => {
    const one =
      'About 4,000 trucks have crossed since the road opened last Thursday, Peter Okafor told reporters at the depot on Monday evening. Most of them carried flour, he said.';
    expect(days(one)).toContainEqual(['peter-okafor', '2016-12-12']);
    const two =
      'The convoy would wait at the border for a second night, Haddad said on Tuesday. The drivers, he said, had enough fuel for a week.';
    expect(days(two)).toContainEqual(['omar-haddad', '2016-12-13']);
    const three = 'Lindqvist said late on Monday that Sweden would send more trucks. "We will not leave them alone," the minister said.';
    expect(days(three).every(([, said]) => said === '2016-12-12')).toBe(true);
  });

  it("takes no day from the content of the sentence before, nor from another speaker's sentence", () => {
    const content =
      'Peter Okafor said at least 300 trucks had been stopped at the border since the fighting began on Monday. Most of them carried flour, he said.';
    expect(days(content)).not.toContainEqual(['peter-okafor', '2016-12-12']);
    const other = 'The road is closed, Haddad told reporters on Tuesday. The drivers will wait, Okafor said.';
    expect(days(other)).toContainEqual(['peter-okafor', '2016-12-14']);
  });
});

describe("a person's dated speaking reaching the remarks of the next paragraphs (s17)", () => {
  // The article is of Wednesday 14 December 2016: Monday is the 12th, Tuesday the 13th.

  it("dates a later undated remark by the day the same person spoke in a paragraph before, another's remark between", () => {
    const interview = [
      'Peter Okafor told the Herald at his depot on Monday evening that the road was open.',
      'His deputy, Omar Haddad, said the yard was full of flour.',
      '"We will keep going until the last family is out," Okafor said.',
    ].join('\n\n');
    expect(saidOf(interview, 'peter-okafor').at(-1)).toBe('2016-12-12');
    const briefing = [
      'At the harbour, Omar Haddad told reporters on Tuesday afternoon: "The ships are loaded."',
      'Ships waited outside the harbour, Maria Lindqvist said.',
      'The convoy would leave at dawn, Haddad said.',
    ].join('\n\n');
    expect(saidOf(briefing, 'omar-haddad').at(-1)).toBe('2016-12-13');
    const chamber = [
      'Maria Lindqvist told the House of Lords on Monday, as the first trucks left the depot, that Sweden would pay for the fuel.',
      'Peter Okafor said the trucks reached the border by nightfall.',
      'Lindqvist said the money would reach the drivers within a week.',
    ].join('\n\n');
    expect(saidOf(chamber, 'maria-lindqvist').at(-1)).toBe('2016-12-12');
  });

  it('takes no day from a content clause, nor from a speaking more than three paragraphs back', () => {
    const content = [
      'Peter Okafor said the first convoy of trucks from the northern depot had finally reached the camp on Monday evening.',
      'The depot stands at the edge of the old town, Omar Haddad said.',
      '"We will keep going," Okafor said.',
    ].join('\n\n');
    expect(saidOf(content, 'peter-okafor')).not.toContain('2016-12-12');
    // He spoke on two days in the story, so no one occasion reaches his bare remark either (dateBySpeakersOneDay).
    const far = [
      'Omar Haddad told reporters in Port Vell on Tuesday that the harbour was full.',
      'Ships waited outside, Peter Okafor said.',
      'Cranes stood idle.',
      'Fuel ran short.',
      'The convoy would leave at dawn, Haddad said.',
      'Haddad told the council on Monday that the cranes needed repair.',
    ].join('\n\n');
    expect(saidOf(far, 'omar-haddad').at(-2)).toBe('2016-12-14');
  });
});

describe("a person's one day of speaking in a story reaching his bare remarks further on (s27)", () => {
  // The article is of Wednesday 14 December 2016: Monday is the 12th, Tuesday the 13th.
  const between = [
    'Ships waited outside, Peter Okafor said.',
    'Cranes stood idle.',
    'Fuel ran short.',
    'The port authority said the quay was closed.',
  ];

  it('dates a later bare "X said" by the one day the story met him on, past other speakers and paragraphs', () => {
    const text = [
      '"The harbour is full," Omar Haddad, 52, said last night in the office he keeps above the fish market.',
      ...between,
      'Haddad said his cousin would stay in the hills until the road reopened.',
    ].join('\n\n');
    expect(saidOf(text, 'omar-haddad')).toEqual(['2016-12-13', '2016-12-13']);
  });

  it('leaves it to publication where he spoke on another day too, past his present-tense remark, or for a later day', () => {
    const twoDays = [
      '"The harbour is full," Omar Haddad said last night in his office.',
      ...between,
      'Haddad said his cousin would stay in the hills.',
      'Haddad told the council on Monday that the cranes needed repair.',
    ].join('\n\n');
    expect(saidOf(twoDays, 'omar-haddad')).toEqual(['2016-12-13', '2016-12-14', '2016-12-12']);
    const present = [
      '"The harbour is full," Omar Haddad said last night in his office.',
      ...between,
      'His cousin, Haddad says, is in the hills.',
      'Haddad said the road would reopen in spring.',
    ].join('\n\n');
    expect(saidOf(present, 'omar-haddad')).toEqual(['2016-12-13', null, '2016-12-14']);
    const laterDay = [
      '"The harbour is full," Omar Haddad said on Monday night in his office.',
      ...between,
      'Haddad said the union had written to the mayor on Tuesday.',
    ].join('\n\n');
    expect(saidOf(laterDay, 'omar-haddad')).toEqual(['2016-12-12', '2016-12-14']);
  });

  it('leaves it to publication for a remark told to someone, one set by its own words, or one past ten paragraphs', () => {
    const occasion = '"The harbour is full," Omar Haddad said last night in his office.';
    const told = [occasion, ...between, 'Haddad told the radio station that his cousin would stay in the hills.'];
    expect(saidOf(told.join('\n\n'), 'omar-haddad')).toEqual(['2016-12-13', '2016-12-14']);
    const set = [occasion, ...between, 'Haddad said by telephone that his cousin would stay in the hills.'];
    expect(saidOf(set.join('\n\n'), 'omar-haddad')).toEqual(['2016-12-13', '2016-12-14']);
    const far = [occasion, ...between, ...between, ...between, 'Haddad said his cousin would stay in the hills.'];
    expect(saidOf(far.join('\n\n'), 'omar-haddad')).toEqual(['2016-12-13', '2016-12-14']);
  });
});

describe("a person's remarks told before the sentence that dates his speaking (s20)", () => {
  // The article is of Wednesday 14 December 2016: Monday is the 12th, Tuesday the 13th.

  it('dates an undated remark by the day the same person spoke in a sentence after it, up to two paragraphs on', () => {
    const interview = [
      'Peter Okafor said his brother had driven a bread van in the old town for ten years.',
      'The bakery closed in the spring, when the flour ran out.',
      '"Every night I wait for the phone to ring," Okafor said by telephone on Monday.',
    ].join('\n\n');
    expect(saidOf(interview, 'peter-okafor')).toEqual(['2016-12-12', '2016-12-12']);
    const shop = [
      'Maria Lindqvist said the last letter from her cousin had come in October.',
      '"Nobody answers now," Lindqvist told the Courier at her flower stall yesterday.',
    ].join('\n\n');
    expect(saidOf(shop, 'maria-lindqvist')).toEqual(['2016-12-13', '2016-12-13']);
  });

  it("takes no day from another's speaking, a content clause, a bare day, or a sentence three paragraphs on", () => {
    const bare = [
      'Peter Okafor said his brother had driven a bread van for ten years.',
      'The bakery closed in the spring.',
      '"I wait for the phone," Okafor said on Monday.',
    ].join('\n\n');
    expect(saidOf(bare, 'peter-okafor')[0]).toBe('2016-12-14');
    const other = [
      'Peter Okafor said his brother had driven a bread van for ten years.',
      'Omar Haddad told Okafor at the depot on Monday that the road was shut.',
    ].join('\n\n');
    expect(saidOf(other, 'peter-okafor')).toEqual(['2016-12-14']);
    const content = [
      'Peter Okafor said his brother had driven a bread van for ten years.',
      'Okafor said the bakery had been shelled on Monday and the ovens were cold.',
    ].join('\n\n');
    expect(saidOf(content, 'peter-okafor')[0]).toBe('2016-12-14');
    const far = [
      'Peter Okafor said his brother had driven a bread van for ten years.',
      'The bakery closed in the spring.',
      'The flour ran out in May.',
      'The ovens went cold in June.',
      '"I wait for the phone," Okafor said by telephone on Monday.',
    ].join('\n\n');
    expect(saidOf(far, 'peter-okafor')[0]).toBe('2016-12-14');
  });
});

describe("a person's remark dated by his next telling, by a pronoun or by its remark's day (s28)", () => {
  // The article is of Wednesday 14 December 2016: Monday is the 12th, Tuesday the 13th.

  it('dates an undated remark by his remark right after it, "he said" with its setting or a bare day', () => {
    const pronoun = [
      'Peter Okafor, a surgeon at the border clinic, said his team had been told to expect 300 wounded.',
      '"We have twelve beds and one theatre," he said by telephone last night.',
    ].join('\n\n');
    expect(saidOf(pronoun, 'peter-okafor')).toEqual(['2016-12-13', '2016-12-13']);
    const bare = [
      'Omar Haddad, who has run a bakery in the port for ten years, said two of his cousins were still waiting at the bridge.',
      '"They slept in the lorry. Now they are told to turn back," Haddad said on Monday.',
    ].join('\n\n');
    expect(saidOf(bare, 'omar-haddad')).toEqual(['2016-12-12', '2016-12-12']);
  });

  it('takes the day a rule gave his next remark, where its own verb gives none', () => {
    const chain = [
      'Maria Lindqvist, a nurse, said her parents left the old town on a green bus on Monday.',
      'Her father rang her from a camp on Tuesday morning, Lindqvist said. "I understood everything," Lindqvist said at her flat yesterday.',
    ].join('\n\n');
    expect(saidOf(chain, 'maria-lindqvist')).toEqual(['2016-12-13', '2016-12-13', '2016-12-13']);
  });

  it('reads no setting in the content clause of his own verb ("said he spoke to his brother on Monday night")', () => {
    const text = [
      'Omar Haddad, a driver at the port, said he spoke to his brother in the old town on Monday night.',
      '"He sleeps in the stairwell now," Haddad said.',
    ].join('\n\n');
    expect(saidOf(text, 'omar-haddad')).toEqual(['2016-12-14', '2016-12-14']);
  });
});

describe('a remark placed by the occasion it followed, named before with its day (s10)', () => {
  it('dates "after the vote", "following the talks" and "at the end of the vigil" by the day that occasion was told', () => {
    const vote = [
      'Council splits on aid',
      'The council voted on Monday to extend the aid mission by six months.',
      'Haddad said after the vote that the mission would need more money.',
    ].join('\n\n');
    expect(days(vote)).toEqual([['omar-haddad', '2016-12-12']]);
    const talks = [
      'No deal in Stockholm',
      'Talks between the two sides broke up on Tuesday without agreement.',
      'Following the talks, Lindqvist said the government would try again in the new year.',
    ].join('\n\n');
    expect(days(talks)).toEqual([['maria-lindqvist', '2016-12-13']]);
    const vigil = [
      'Candles in the old town',
      'Hundreds gathered for a vigil in the old town on Monday night.',
      'At the end of the vigil, Okafor said the city would not forget.',
    ].join('\n\n');
    expect(days(vigil)).toEqual([['peter-okafor', '2016-12-12']]);
  });

  it('dates a remark "said in the statement" or "at the briefing" by the day that statement or briefing was given (s24)', () => {
    const statement = [
      'Pilots ask for the quays to open',
      'The guild of harbour pilots put out a statement on Monday evening about the quays closed by the strike.',
      '"The quays must open before the frost," Mr Okafor said in the statement.',
    ].join('\n\n');
    expect(saidOf(statement, 'peter-okafor').at(-1)).toBe('2016-12-12');
    const briefing = [
      'Mission asks for fuel',
      'The relief mission held a briefing for donors in Stockholm on Tuesday.',
      'Lindqvist said at the briefing that fuel would run out within a week.',
    ].join('\n\n');
    expect(days(briefing)).toEqual([['maria-lindqvist', '2016-12-13']]);
  });

  it('looks back for a news conference by its head noun, not by "news" (which a "new" plan would answer)', () => {
    const text = [
      'Relief mission changes course',
      'The relief mission gave a news conference in Stockholm on Tuesday.',
      'On Wednesday it announced a new plan for the northern valleys.',
      'Lindqvist said during the news conference that fuel would run out within a week.',
    ].join('\n\n');
    expect(days(text)).toEqual([['maria-lindqvist', '2016-12-13']]);
  });

  it('leaves the remark to the article where the occasion was never dated', () => {
    const text = [
      'Council splits on aid',
      'The council voted to extend the aid mission.',
      'Haddad said after the vote that it was not enough.',
    ].join('\n\n');
    expect(days(text)).toEqual([['omar-haddad', '2016-12-14']]);
  });
});

describe('a given name after a courtesy title continues the day its person spoke on (s24)', () => {
  it('dates "Dr Somchai said" by the day Dr Somchai Phanthavong spoke to the guilds', () => {
    const text = [
      'Health Minister Dr Somchai Phanthavong told the relief guilds at a meeting in Kessel on Tuesday that the kingdom would pay for the fuel.',
      '“The villages will not be left alone this winter,” Dr Somchai said.',
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['proposed:somchai-phanthavong', '2016-12-13'],
      ['proposed:somchai-phanthavong', '2016-12-13'],
    ]);
  });
});

describe('a remark by a party to an encounter told on a day before it (s11)', () => {
  it('dates the remark of a party named in a dated phone conversation, meeting or talks', () => {
    const phone =
      'In a telephone conversation on Monday, Omar Haddad and Peter Okafor went over the convoy plan. Okafor said the trucks were ready.';
    expect(days(phone)).toEqual([['peter-okafor', '2016-12-12']]);
    const meeting = [
      'On Tuesday, Maria Lindqvist held talks with Omar Haddad in Stockholm about the port city.',
      'The two discussed fuel and medicine for the old town.',
      'Haddad, for his part, said the road would stay open.',
    ].join('\n\n');
    expect(days(meeting)).toEqual([['omar-haddad', '2016-12-13']]);
    const met = 'Peter Okafor met Hélène Dubois in Port Vell on Monday. Dubois said the clinic had run out of fuel.';
    expect(days(met)).toEqual([['helene-dubois', '2016-12-12']]);
  });

  it('takes no day from an encounter another speaker reports, from one the speaker is not named in, or across another day', () => {
    const reported =
      'Relief Watch told reporters that Peter Okafor and Omar Haddad had spoken by telephone on Monday. Okafor said the trucks were ready.';
    expect(days(reported).at(-1)).toEqual(['peter-okafor', '2016-12-14']);
    const other =
      'In a telephone conversation on Monday, Omar Haddad and Maria Lindqvist went over the plan. Okafor said the trucks were ready.';
    expect(days(other)).toEqual([['peter-okafor', '2016-12-14']]);
    const later = [
      'In a telephone conversation on Monday, Omar Haddad and Peter Okafor went over the convoy plan.',
      'The convoy reached the old town on Tuesday.',
      'Okafor said the trucks were ready.',
    ].join('\n\n');
    expect(days(later)).toEqual([['peter-okafor', '2016-12-14']]);
  });
});

describe("a labelled record's header in capitals, and its turns' own words (s11)", () => {
  it("dates the turns by a header printed in capitals, and reads no interview in a turn's own 'I met on Monday'", () => {
    const text = [
      'Committee hearing on the port city: transcript',
      'HEARING BEFORE THE COMMITTEE ON RELIEF',
      'MONDAY, DECEMBER 12, 2016',
      'THE CHAIRMAN: The committee will come to order. Mr. Okafor.',
      'MR. OKAFOR: The convoy is waiting at the border and the road is closed.',
      'SENATOR LINDQVIST: I met on Friday with doctors from the old town. What will you do for them?',
      'MR. OKAFOR: We will send a second convoy. The clinics need fuel.',
    ].join('\n\n');
    const okafor = days(text).filter(([speaker]) => speaker === 'peter-okafor');
    expect(okafor.length).toBeGreaterThan(0);
    expect(okafor.every(([, said]) => said === '2016-12-12')).toBe(true);
  });
});

describe('an interview recorded or held on a day, and a meeting to be held (s11)', () => {
  it('reads "recorded on", "conducted by telephone on" and "held on" as an interview only where the sentence speaks of one', () => {
    const recorded =
      'Omar Haddad has mediated since the spring. Our interview was conducted by telephone on Monday.\n\nQ: Is the road open?\n\nA: It closed again.';
    expect(days(recorded)).toEqual([['omar-haddad', '2016-12-12']]);
    const meeting = [
      'The ministers discussed the preparations for a meeting of donors, to be held in Stockholm on Monday.',
      'Peter Okafor said the trucks were ready.',
    ].join('\n\n');
    expect(days(meeting, '2016-12-10')).toEqual([['peter-okafor', '2016-12-10']]);
  });
});

describe("a diary's entries under their day headings (s11)", () => {
  const diary = [
    'A week at the crossing',
    'Field notes, published 16 December 2016',
    'Saturday 10 December',
    'The trucks waited all day. At 9pm Peter Okafor wrote that the road was closed again.',
    'Sunday 11 December',
    'Cold rain. Omar Haddad, our driver, said the checkpoint had been shut since Friday.',
    'Monday 12 December',
    '"We will try again tomorrow," Hélène Dubois told me. Lindqvist says she still hopes to come.',
    'What we are doing now',
    'Maria Lindqvist said the appeal had raised half of its target.',
  ].join('\n\n');

  it("dates each entry's past-tense remarks by the day heading it, its few present ones left to their rules", () => {
    expect(days(diary, '2016-12-16')).toEqual([
      ['peter-okafor', '2016-12-10'],
      ['omar-haddad', '2016-12-11'],
      ['helene-dubois', '2016-12-12'],
      // A gazetteer person's present "says" is undated (undateOpenRemarks); after the last heading, the article's day.
      ['maria-lindqvist', null],
      ['maria-lindqvist', '2016-12-16'],
    ]);
  });

  it("counts an entry's relative days from its heading, and stops at a heading that names no day", () => {
    const text = diary;
    const mentions = findArticleDateMentions(text, splitParagraphs(text), '2016-12-16').map((m) => [m.text, m.when.date]);
    expect(mentions).toContainEqual(['Friday', '2016-12-09']);
    expect(mentions).toContainEqual(['tomorrow', '2016-12-13']);
  });

  it('reads one day line alone as a date line, not as entries', () => {
    const text = 'Field notes\n\nMonday 12 December\n\nThe trucks waited. Peter Okafor said the road had been closed since Friday.';
    expect(days(text, '2016-12-16')).toEqual([['peter-okafor', '2016-12-16']]);
  });
});

describe("sections under their own dateline, weekday or day line: each section's day is its sentences' today (s18)", () => {
  const mentioned = (text: string, publishedOn: string) =>
    findArticleDateMentions(text, splitParagraphs(text), publishedOn).map((m) => [m.text, m.when.date]);

  it('dates each readout under its place-and-date line, and counts its "this morning" and "today" from it', () => {
    const readouts = [
      "Readouts of the Minister's calls",
      'Call with the Norlandic Foreign Minister',
      'Port Vell, 12 December 2016',
      'The Minister spoke this morning with Peter Okafor. Mr. Okafor said the port would reopen.',
      'Call with the relief coordinator',
      'Port Vell, 14 December 2016',
      'The Minister spoke today with Omar Haddad. Haddad told the Minister that the convoy had left.',
    ].join('\n\n');
    expect(days(readouts, '2016-12-15')).toEqual([
      ['peter-okafor', '2016-12-12'],
      ['omar-haddad', '2016-12-14'],
    ]);
    expect(mentioned(readouts, '2016-12-15')).toEqual(
      expect.arrayContaining([
        ['this morning', '2016-12-12'],
        ['today', '2016-12-14'],
      ]),
    );
  });

  it('reads a newsletter newest first, with its day lines in capitals', () => {
    const newsletter = [
      'Harbour Notes',
      'WEDNESDAY, DECEMBER 14',
      'Maria Lindqvist said this evening that the appeal had raised half of its target.',
      'MONDAY, DECEMBER 12',
      'Omar Haddad told volunteers that the road had closed again.',
    ].join('\n\n');
    expect(days(newsletter, '2016-12-16')).toEqual([
      ['maria-lindqvist', '2016-12-14'],
      ['omar-haddad', '2016-12-12'],
    ]);
    expect(mentioned(newsletter, '2016-12-16')).toContainEqual(['this evening', '2016-12-14']);
  });

  it("counts a week in review's weekday sections back from the article's day", () => {
    const review = [
      'The week at the port',
      'Monday',
      'By evening Peter Okafor said the convoy was ready.',
      'Wednesday',
      'That night Omar Haddad said the road had closed.',
    ].join('\n\n');
    expect(days(review, '2016-12-17')).toEqual([
      ['peter-okafor', '2016-12-12'],
      ['omar-haddad', '2016-12-14'],
    ]);
  });

  it("keeps a single place-and-date line as the whole document's day, and reads no sections from days out of order", () => {
    const one = ['Statement on the port', 'Port Vell, 12 December 2016', 'Peter Okafor said today that the port would reopen.'].join(
      '\n\n',
    );
    expect(mentioned(one, '2016-12-15')).toContainEqual(['today', '2016-12-12']);
    const jumbled = [
      'Notes',
      'Port Vell, 12 December 2016',
      'Peter Okafor said the port would reopen.',
      'Port Vell, 14 December 2016',
      'Omar Haddad said the road was open.',
      'Port Vell, 13 December 2016',
      'Maria Lindqvist said today that the appeal was over.',
    ].join('\n\n');
    expect(mentioned(jumbled, '2016-12-15')).not.toContainEqual(['today', '2016-12-13']);
    const inSentence =
      'Port notes\n\nThe port reopened on 12 December 2016.\n\nThe road closed on 14 December 2016.\n\nPeter Okafor said today that it would reopen.';
    expect(mentioned(inSentence, '2016-12-15')).toContainEqual(['today', '2016-12-15']);
  });
});

describe("an official's undated words after a lead that dates his state's stance (s18)", () => {
  const saidOf = (text: string) => statementsOf(text, '2016-12-14').map((s) => [s.speaker, s.said]);

  it('dates them by the day between the body and its verb in the lead', () => {
    const yesterday = [
      'Estonia yesterday expressed deep concern over the fate of civilians in the besieged port city.',
      'Foreign Minister Kari Lepp said the government was ready to send doctors and tents.',
    ].join('\n\n');
    // The state's own stance in the lead is a statement of that day too.
    expect(saidOf(yesterday)).toEqual([
      ['proposed:estonia', '2016-12-13'],
      ['proposed:kari-lepp', '2016-12-13'],
    ]);
    const weekday = [
      'TALLINN - Norway on Monday called on all parties to let the convoys reach the port city without delay.',
      'The harbour road has been closed for a week.',
      'In reply to a question, ministry spokesman Ivo Marsh said the embassy in Beirut had been asked to help.',
    ].join('\n\n');
    expect(saidOf(weekday)).toEqual([
      ['proposed:norway', '2016-12-12'],
      ['proposed:ivo-marsh', '2016-12-12'],
    ]);
    const government = [
      'The Federal Government yesterday defended its vote for the resolution on the port city, in a week of protests.',
      'Speaking to journalists after a cabinet meeting, the Minister of Foreign Affairs, Mr Tomas Vell, said the country had voted for civilians.',
    ].join('\n\n');
    expect(saidOf(government)).toEqual([['proposed:tomas-vell', '2016-12-13']]);
  });

  it("reads the day after the body's verb of saying too, and dates the body's own words by any name (s23)", () => {
    const said = [
      'LUANDA - The Department of External Relations said on Monday that two nurses from Luanda were trapped in the port city.',
      'Department spokeswoman Rita Neto told reporters that both women had called the embassy.',
    ].join('\n\n');
    expect(saidOf(said)).toEqual([
      ['proposed:department-of-external-relations', '2016-12-12'],
      ['proposed:rita-neto', '2016-12-12'],
    ]);
    const itself = [
      'The Arvian Foreign Ministry said on Monday that the shelling of the harbour district must stop at once.',
      'In a written note to embassies, the Ministry of External Affairs and Trade said the government was sending two field hospitals.',
    ].join('\n\n');
    expect(saidOf(itself)).toEqual([
      ['proposed:arvian-foreign-ministry', '2016-12-12'],
      ['proposed:ministry-of-external-affairs-and-trade', '2016-12-12'],
    ]);
  });

  it("leaves the article's day to one who holds no office, and to an official far from the lead", () => {
    const resident = [
      'Estonia yesterday expressed deep concern over the fate of civilians in the besieged port city.',
      'Anna Kask, a teacher whose brother lives in the city, said the family had heard nothing for days.',
    ].join('\n\n');
    expect(saidOf(resident)).toEqual([
      ['proposed:estonia', '2016-12-13'],
      ['proposed:anna-kask', '2016-12-14'],
    ]);
    const far = [
      'Estonia yesterday expressed deep concern over the fate of civilians in the besieged port city.',
      'The city has been under siege since the summer.',
      'Aid agencies have asked for access for weeks.',
      'The harbour road has been closed for a week.',
      'Several ships wait offshore.',
      'Foreign Minister Kari Lepp said the government was ready to send doctors and tents.',
    ].join('\n\n');
    expect(saidOf(far)).toEqual([
      ['proposed:estonia', '2016-12-13'],
      ['proposed:kari-lepp', '2016-12-14'],
    ]);
  });

  it("dates a spokesman's words by his body's dated remark in the sentence before, anywhere in the story (s21)", () => {
    const briefing = [
      'The harbour road has been closed for a week, and several ships wait offshore.',
      'Relief Watch said on Monday it had heard that dozens of families were missing in the old town. "We fear the worst for them," spokeswoman Ana Ruiz told a briefing in Stockholm.',
    ].join('\n\n');
    expect(saidOf(briefing)).toContainEqual(['proposed:ana-ruiz', '2016-12-12']);
    const next = [
      'The harbour road has been closed for a week, and several ships wait offshore.',
      'Relief Watch said on Monday it had heard that dozens of families were missing. Its spokesman, Ivo Marsh, said the agency feared for them.',
    ].join('\n\n');
    expect(saidOf(next)).toContainEqual(['proposed:ivo-marsh', '2016-12-12']);
    // His "He added" right after is the same briefing: it takes the day his words just took from the body's remark.
    const added = [
      'The harbour road has been closed for a week, and several ships wait offshore.',
      'Relief Watch said on Monday it had heard that dozens of families were missing. "We fear the worst for them," spokeswoman Ana Ruiz told a briefing in Stockholm. She added that the count could rise.',
    ].join('\n\n');
    expect(saidOf(added).filter(([who]) => who === 'proposed:ana-ruiz')).toEqual([
      ['proposed:ana-ruiz', '2016-12-12'],
      ['proposed:ana-ruiz', '2016-12-12'],
    ]);
    // One who is no spokesman keeps the article's day.
    const resident = [
      'The harbour road has been closed for a week, and several ships wait offshore.',
      'Relief Watch said on Monday it had heard that dozens of families were missing. Anna Kask, a teacher, said her brother was among them.',
    ].join('\n\n');
    expect(saidOf(resident)).toContainEqual(['proposed:anna-kask', '2016-12-14']);
  });

  it("reads a body the gazetteer knows as the lead's subject, but not a person speaking for a state", () => {
    const union = [
      'The European Union on Monday urged all sides to open the roads into the port city.',
      'A spokeswoman, Lena Rask, said the bloc had set aside money for food and fuel.',
    ].join('\n\n');
    expect(saidOf(union)).toContainEqual(['proposed:lena-rask', '2016-12-12']);
    const person = [
      "Norland's envoy Omar Haddad yesterday urged all sides to open the roads into the port city.",
      'Foreign Minister Kari Lepp said the government was ready to send doctors and tents.',
    ].join('\n\n');
    expect(saidOf(person)).toContainEqual(['proposed:kari-lepp', '2016-12-14']);
  });
});

describe('a remark addressed to an occasion or audience the text dated before (s11)', () => {
  it('dates "speaking at the vigil", "told the parliament" and "told the crowd" by where that occasion was dated', () => {
    const vigil = [
      'Hundreds gathered for a vigil in the old town on Monday night.',
      'Peter Okafor, speaking at the vigil, said the city would not forget.',
    ].join('\n\n');
    expect(days(vigil)).toEqual([['peter-okafor', '2016-12-12']]);
    const parliament = [
      'The Norlandic parliament debated the siege of the port city on Tuesday.',
      'Maria Lindqvist told the parliament that Sweden would send more aid.',
    ].join('\n\n');
    expect(days(parliament)).toEqual([['maria-lindqvist', '2016-12-13']]);
    const crowd = 'A crowd of three hundred filled the square on Monday evening. "We will not forget," Okafor told the crowd.';
    expect(days(`Peter Okafor arrived.\n\n${crowd}`).at(-1)).toEqual(['peter-okafor', '2016-12-12']);
    const house = 'The House sat late on Tuesday to debate the siege.\n\nMaria Lindqvist told the House that Sweden would send more aid.';
    expect(days(house)).toEqual([['maria-lindqvist', '2016-12-13']]);
  });

  it('takes no day from a medium the remark was given to, nor from an occasion never dated', () => {
    const newspaper = 'The newspaper first reported the convoy on Monday.\n\nPeter Okafor told the newspaper that the trucks were ready.';
    expect(days(newspaper)).toEqual([['peter-okafor', '2016-12-14']]);
    const outlet = 'The Harbour Gazette first reported the convoy on Monday.\n\nPeter Okafor told the Gazette that the trucks were ready.';
    expect(days(outlet)).toEqual([['peter-okafor', '2016-12-14']]);
    const undated = 'A vigil was held in the old town.\n\nPeter Okafor, speaking at the vigil, said the city would not forget.';
    expect(days(undated)).toEqual([['peter-okafor', '2016-12-14']]);
  });
});

describe('a remark told to or set at a sitting body the text dated anywhere before (s20)', () => {
  it('dates "told the Committee" and "At the council," by the last dated naming of that body, past headings', () => {
    const committee = [
      'The Foreign Affairs Committee heard witnesses on Monday about the siege of the port city.',
      'Chair of the Committee, Omar Haddad, said the hearing had been long overdue.',
      'Evidence from the agency',
      'Maria Lindqvist told the Committee that the first trucks had been turned back at the bridge.',
    ].join('\n\n');
    expect(saidOf(committee, 'maria-lindqvist')).toEqual(['2016-12-12']);
    const council = [
      'The Security Council rejected a draft on the port city on Saturday.',
      'Relief agencies said the road had been closed for a month.',
      'Aid workers in the old town said food would run out within days.',
      'At the council, Peter Okafor said the draft had been written to fail.',
    ].join('\n\n');
    expect(saidOf(council, 'peter-okafor')).toEqual(['2016-12-10']);
  });

  it('takes no day from a news conference named elsewhere, nor from a body never dated', () => {
    const conference = [
      'Omar Haddad told a news conference in Stockholm on Friday that talks would follow.',
      'The ministers met again in Port Vell on Tuesday.',
      'Officials there said the road would open.',
      'Aid workers said food would run out within days.',
      'Peter Okafor told the same news conference the road would stay shut.',
    ].join('\n\n');
    expect(saidOf(conference, 'peter-okafor')).not.toContain('2016-12-09');
    const undated = 'The Committee has heard many witnesses.\n\nMaria Lindqvist told the Committee that the trucks were ready.';
    expect(saidOf(undated, 'maria-lindqvist')).toEqual(['2016-12-14']);
  });
});

describe("a witness's appearance before a sitting body dates the words of its paragraph (s23)", () => {
  it('dates a witness\'s remarks by the day he "appeared before" the Committee, and a message he relays from it', () => {
    const appeared = [
      'The Committee held three hearings on the port city.',
      'Omar Haddad, a lawyer for a shipping union, appeared before the Committee on Thursday. He said most crews now refused to sail to the harbour. "My cousin, a captain, rang me the day before yesterday. He said, \'Nobody will insure the ship.\' We have heard no more," Mr. Haddad told members.',
    ].join('\n\n');
    // Thursday 8 December; his cousin's call two days before he spoke.
    expect(days(appeared)).toEqual([
      ['omar-haddad', '2016-12-08'],
      ['omar-haddad', '2016-12-08'],
      ['proposed:omar-haddads-cousin', '2016-12-06'],
    ]);
  });

  it('dates a witness the Committee "heard from" by the last day it named its sitting before', () => {
    const heard = [
      'The Foreign Affairs Committee took evidence yesterday on the relief of the port city.',
      'Evidence from the agency',
      'The Committee also heard from Peter Okafor, who runs a clinic in the old town. Mr Okafor said three of his five wards had closed.',
    ].join('\n\n');
    expect(saidOf(heard, 'peter-okafor')).toEqual(['2016-12-13']);
    // No sitting dated before: the article's day.
    const undated = 'The Committee also heard from Peter Okafor. Mr Okafor said three of his five wards had closed.';
    expect(saidOf(undated, 'peter-okafor')).toEqual(['2016-12-14']);
  });
});

describe('a remark at a sitting body the story names in other words, or sets its paragraph at (s21)', () => {
  it('dates "told the House" and "told the chamber" by the last dated naming of any sitting body', () => {
    const house = [
      'Omar Haddad told the Senate on Monday that the trucks would leave within a week.',
      'Relief agencies said the road had been closed for a month.',
      '"Nobody here believes the bridge will open," Peter Okafor told the House.',
    ].join('\n\n');
    expect(saidOf(house, 'peter-okafor')).toEqual(['2016-12-12']);
    const chamber = [
      'The Security Council rejected a draft on the port city on Saturday.',
      'Aid workers in the old town said food would run out within days.',
      'Maria Lindqvist told the chamber that the draft had been written to fail.',
    ].join('\n\n');
    expect(saidOf(chamber, 'maria-lindqvist')).toEqual(['2016-12-10']);
  });

  it('takes no day for "the House" from the White House, nor for "the house" a speaker is in', () => {
    const white = 'The White House said on Monday that talks would go on.\n\n"The road is shut," Peter Okafor told the House.';
    expect(saidOf(white, 'peter-okafor')).toEqual(['2016-12-14']);
    const dwelling = 'The Senate met on Monday.\n\n"We sleep in the hall," Peter Okafor told us at the house.';
    expect(saidOf(dwelling, 'peter-okafor')).toEqual(['2016-12-14']);
  });

  it("dates a person's remark in a paragraph its first sentence sets at a sitting body on a day", () => {
    const opened = [
      'The trucks were still waiting at the bridge.',
      'In the Senate yesterday, the prime minister faced questions on the port city from every party. Peter Okafor accused the government of "looking away". Maria Lindqvist said the convoy would leave within days.',
    ].join('\n\n');
    expect(days(opened)).toEqual([
      ['peter-okafor', '2016-12-13'],
      ['maria-lindqvist', '2016-12-13'],
    ]);
    const relative =
      'At the Security Council in New York, which met in an emergency session on Tuesday, Omar Haddad asked the members whether they were "without shame".';
    expect(days(relative)).toEqual([['omar-haddad', '2016-12-13']]);
  });

  it("leaves an organisation's figures after a council's vote, and a paragraph set in a city, to their own day", () => {
    const agency =
      'At the Security Council in New York, all members voted on Monday for a text on the port city. More than 3,000 people have left the old town since the convoys began, Relief Watch said.';
    expect(days(agency).filter(([speaker]) => speaker === 'relief-watch')).toEqual([['relief-watch', '2016-12-14']]);
    const city = 'In the port city yesterday, the trucks were turned back at the bridge. Peter Okafor said the road was shut.';
    expect(saidOf(city, 'peter-okafor')).toEqual(['2016-12-14']);
  });
});

describe('a remark set in a place where the text set the speaker on a day (s11)', () => {
  it('dates "told us in Stockholm" by the sentence that brought the speaker to Stockholm on a day', () => {
    const hosted = [
      'On Saturday I welcomed to Stockholm the ministers of ten countries, among them Omar Haddad.',
      'Omar Haddad told us in Stockholm that the road to the port city would open.',
    ].join('\n\n');
    expect(days(hosted)).toEqual([['omar-haddad', '2016-12-10']]);
    const visit = 'Peter Okafor flew to Stockholm on Monday for two days of talks. Okafor said in Stockholm that the trucks were ready.';
    expect(days(visit)).toEqual([['peter-okafor', '2016-12-12']]);
    const arrived = 'Hélène Dubois arrived in Port Vell late on Tuesday.\n\nSpeaking in Port Vell, Dubois said the clinic needed fuel.';
    expect(days(arrived)).toEqual([['helene-dubois', '2016-12-13']]);
  });

  it('takes no day from a sentence that names the place but not the speaker', () => {
    const text = 'Ministers met in Stockholm on Saturday.\n\nOmar Haddad told us in Stockholm that the road would open.';
    expect(days(text)).toEqual([['omar-haddad', '2016-12-14']]);
  });
});

describe('a wire filed before the article, by its dateline (s11)', () => {
  it("counts the wire's days and dates its undated remarks from the day its dateline prints", () => {
    const bracketed =
      'STOCKHOLM, Dec 12 (Relief Wire) -- Peter Okafor said the trucks were ready.\n\nOmar Haddad said yesterday that the road was open.';
    expect(days(bracketed)).toEqual([
      ['peter-okafor', '2016-12-12'],
      ['omar-haddad', '2016-12-11'],
    ]);
    const agency = 'Stockholm, Dec 11, RWA -- Maria Lindqvist on Saturday stressed the need for a pause. She said the convoy would wait.';
    expect(days(agency)).toEqual([
      ['maria-lindqvist', '2016-12-10'],
      ['maria-lindqvist', '2016-12-10'],
    ]);
    const dash = 'PORT VELL, 13 December — Hélène Dubois said the clinic had run out of fuel.';
    expect(days(dash)).toEqual([['helene-dubois', '2016-12-13']]);
  });

  it("keeps the article's day where the dateline prints it, or a day more than a week before", () => {
    expect(days('STOCKHOLM, Dec 14 (Relief Wire) -- Peter Okafor said the trucks were ready.')).toEqual([['peter-okafor', '2016-12-14']]);
    const old = 'STOCKHOLM, Dec 1 (Relief Wire) -- The trucks waited at the border.\n\nPeter Okafor said the trucks were ready.';
    expect(days(old)).toEqual([['peter-okafor', '2016-12-14']]);
  });

  it('reads no filing from a sentence that opens on a weekday, a date and a dashed aside (s31)', () => {
    const text = [
      'By Friday, 9 December – a week into the siege – the last bakeries in the east had closed.',
      'Peter Okafor said on Wednesday that the trucks were ready.',
      'Omar Haddad, speaking on Monday night, said the road was open.',
    ].join('\n\n');
    expect(days(text, '2016-12-16')).toEqual([
      ['peter-okafor', '2016-12-14'],
      ['omar-haddad', '2016-12-12'],
    ]);
  });
});

describe("a day in a fronted clause naming the remark's topic is the topic's (s11)", () => {
  it('leaves "Referring to ... on Saturday", "Commenting on ... on Monday" and "Recalling ... of 5 December" out of the remark\'s day', () => {
    const referring = 'Referring to the attacks on Saturday on the convoy, Peter Okafor said the road was no longer safe.';
    expect(days(referring)).toEqual([['peter-okafor', '2016-12-14']]);
    const commenting = 'Commenting on the vote in the Council on Monday, Omar Haddad said the text changed nothing.';
    expect(days(commenting)).toEqual([['omar-haddad', '2016-12-14']]);
    const recalling = 'Recalling the veto of 5 December, Hélène Dubois said the Council had failed the port city.';
    expect(days(recalling)).toEqual([['helene-dubois', '2016-12-14']]);
  });

  it('leaves out the day a participle gives a text before the verb (s53: "after the draft vetoed by ... on 5 December, X said")', () => {
    const vetoed =
      'Asked whether the Council had acted too late, after the draft vetoed by Russia and China on 5 December, Peter Okafor said the divisions had cost lives.';
    expect(days(vetoed)).toEqual([['peter-okafor', '2016-12-14']]);
    const adopted = 'After the resolution adopted unanimously on Monday, Omar Haddad said the monitors would go in at once.';
    expect(days(adopted)).toEqual([['omar-haddad', '2016-12-14']]);
  });

  it('still dates the remark by a day in a fronted clause that sets the remark itself', () => {
    expect(days('Asked on Monday about the convoy, Peter Okafor said the trucks were ready.')).toEqual([['peter-okafor', '2016-12-12']]);
    expect(days('Speaking on Monday about the convoy, Peter Okafor said the trucks were ready.')).toEqual([['peter-okafor', '2016-12-12']]);
  });
});

describe('a remark a noun carries has no open tense (s11)', () => {
  it("dates a message that 'came at last' by the day heading its diary entry", () => {
    const text = [
      'Field notes',
      'Monday 12 December',
      'The trucks waited all day.',
      'Tuesday 13 December',
      'At 9pm Okafor\'s message came at last: "We are on the bus. Do not worry."',
    ].join('\n\n');
    expect(days(text, '2016-12-16').at(-1)?.[1]).toBe('2016-12-13');
  });
});

describe("a day in a past-perfect content clause is the reported happening's (s11)", () => {
  it('keeps the remark on its own day when the day belongs to what it reports', () => {
    const warned = [
      'Peter Okafor chairs the relief board.',
      'Speaking to reporters outside the chamber, Okafor said Sweden had warned the sponsors on Friday that the draft would be blocked and dismissed the vote as "a publicity stunt."',
    ].join('\n\n');
    expect(days(warned)).toEqual([['peter-okafor', '2016-12-14']]);
  });

  it("still dates a remark by a day after its verb that is the remark's own", () => {
    expect(days('Peter Okafor said on Monday that the trucks had been ready for days.')).toEqual([['peter-okafor', '2016-12-12']]);
  });
});

describe("a remark dated by the same speaker's next sentence, where its attribution gives the day (s12)", () => {
  it('dates an undated past-tense remark by the next sentence of the same speaker that names its own day', () => {
    for (const [second, day] of [
      ['"The road is open," Okafor said, speaking by telephone on Monday from Stockholm.', '2016-12-12'],
      ['"The road is open," he said on Tuesday, at a service in the old town.', '2016-12-13'],
      ['"The road is open," Okafor told the Gazette on Monday evening.', '2016-12-12'],
    ] as const) {
      const text = `Peter Okafor said the convoy had changed everything. ${second}`;
      expect(days(text)).toEqual([
        ['peter-okafor', day],
        ['peter-okafor', day],
      ]);
    }
  });

  it("leaves the remark alone when another sentence stands between, or the next remark is another speaker's", () => {
    const apart =
      'Peter Okafor said the convoy had changed everything. The trucks left at dawn. "The road is open," Okafor said on Monday.';
    expect(days(apart)[0]).toEqual(['peter-okafor', '2016-12-14']);
    const other = 'Peter Okafor said the convoy had changed everything. "The road is open," Maria Lindqvist said on Monday.';
    expect(days(other)[0]).toEqual(['peter-okafor', '2016-12-14']);
  });
});

describe("a day opening a clause an attribution interrupts is the reported clause's (s12)", () => {
  it('leaves "On Monday night, X recalled, ..." to the remark before of the same speaker', () => {
    for (const sentence of [
      'On Monday night, Okafor recalled, the trucks stood at the border for six hours.',
      'By Sunday, Okafor said, the bakery in the old town had closed.',
      'Late on Saturday, Okafor added, the convoy turned back.',
    ]) {
      const text = `Peter Okafor spoke to the Gazette by telephone on Tuesday. He said the city was quiet.\n\n${sentence}`;
      expect(days(text).at(-1)).toEqual(['peter-okafor', '2016-12-13']);
    }
  });

  it('still dates the remark by a day before an attribution that a quotation follows', () => {
    const text = 'Peter Okafor arrived.\n\nOn Monday, Okafor said, "The road is open."';
    expect(days(text).at(-1)).toEqual(['peter-okafor', '2016-12-12']);
  });
});

describe('an encounter named in a clause that asks for it or reports it dates no remark (s12)', () => {
  it("does not date a party's later remark by the day of a letter urging talks", () => {
    for (const sentence of [
      'On Monday, Okafor wrote to Maria Lindqvist urging her to raise the convoy in her talks with Omar Haddad.',
      'On Monday, Okafor asked Maria Lindqvist to hold talks with Omar Haddad.',
      'On Monday, Okafor wrote to Maria Lindqvist asking for talks with Omar Haddad.',
    ]) {
      const text = `Peter Okafor runs Relief Watch.\n\n${sentence}\n\n"Every day of delay costs lives," Okafor said.`;
      expect(days(text).at(-1)).toEqual(['peter-okafor', '2016-12-14']);
    }
  });

  it('still dates the remark by a call the speaker took part in', () => {
    const text = 'Peter Okafor spoke by telephone with Maria Lindqvist on Monday.\n\n"Every day of delay costs lives," Okafor said.';
    expect(days(text).at(-1)).toEqual(['peter-okafor', '2016-12-12']);
  });
});

describe('a remark placed at the vote the story leads with (s12)', () => {
  const lead = 'The General Assembly demanded a truce in the port city on Monday, by 120 votes to 12.';
  it('dates "after the vote", "Explaining the vote" and "in the same debate" by the lead\'s vote', () => {
    for (const remark of [
      'Maria Lindqvist told reporters after the vote that Sweden would send more aid.',
      'Explaining the vote, Maria Lindqvist said Sweden would send more aid.',
      'Peter Okafor told the Assembly that the text was late. Maria Lindqvist, speaking in the same debate, said Sweden would send more aid.',
    ]) {
      expect(days(`${lead}\n\n${remark}`).at(-1)).toEqual(['maria-lindqvist', '2016-12-12']);
    }
  });

  it("takes the vote's day, not the day the lead gives a reaction to it (s20)", () => {
    const text = [
      'Norland voted for a General Assembly resolution calling for a truce in the port city, and its foreign ministry said yesterday the vote had been one for the people.',
      'The text, drafted by Estland, was adopted in New York on Monday by 120 votes to 12.',
      'Peter Okafor, the envoy of Estland, told the Assembly before the vote that the city could not wait.',
    ].join('\n\n');
    expect(days(text).at(-1)).toEqual(['peter-okafor', '2016-12-12']);
  });

  it("takes the vote's day, not the day a reaction's subject gives before its verb, nor a dash dateline's day (s21)", () => {
    const text = [
      "Stockholm, December 14 – Norland's foreign ministry on Tuesday expressed deep regret that the Security Council had failed to adopt a text on the port city.",
      'The draft, put forward by Estland, received 11 votes in favour on Monday.',
      'Peter Okafor, the envoy of Estland, told the council that the city could not wait.',
    ].join('\n\n');
    expect(days(text).at(-1)).toEqual(['peter-okafor', '2016-12-12']);
  });

  it("takes the drafted vote's day where the sentences before tell it only in a reaction's clause (s23)", () => {
    const text = [
      "Sweden's foreign ministry said on Monday that only talks could end the siege of the port city, hours before the General Assembly voted for a truce there.",
      'The Assembly adopted the text, drafted by Estland, by 120 votes to 12, with 30 abstentions.',
      'Relief Watch said on Sunday that the last bakery in the old quarter had closed.',
      'Walid al-Mouallem said on Saturday that the army would open two corridors.',
      'Foreign Minister Lena Holm, speaking to reporters in Lakehaven on Sunday after a meeting with ambassadors, said Sweden had always defended talks.',
      "Norland's ambassador, Hélène Dubois, told the Assembly before the vote that the text was a trick.",
    ].join('\n\n');
    expect(days(text).at(-1)).toEqual(['helene-dubois', '2016-12-12']);
  });

  it('dates a delegate "in" a city, his post, by the meeting the lead tells (s55)', () => {
    const text = [
      'The Human Rights Council on Friday adopted a resolution on the port city after a recorded vote.',
      "Norland's ambassador in Stockholm, Hélène Dubois, said the Council was acting because the Assembly could not.",
    ].join('\n\n');
    expect(days(text, '2016-12-14').at(-1)).toEqual(['helene-dubois', '2016-12-09']);
    // Where he spoke in the city, he spoke there, on the article's day.
    const there = text.replace(
      'ambassador in Stockholm, Hélène Dubois, said',
      'ambassador, Hélène Dubois, speaking to reporters in Stockholm, said',
    );
    expect(days(there, '2016-12-14').at(-1)).toEqual(['helene-dubois', '2016-12-14']);
  });

  it("leaves an ambassador to a state, not a delegate at the meeting, to the article's day (s55)", () => {
    const text = [
      'The General Assembly on Friday adopted a resolution on the port city by 122 votes to 13.',
      '"The harbour has carried a burden no town should carry alone," said Norland\'s Ambassador to Sweden, Ingrid Solvang.',
    ].join('\n\n');
    expect(days(text, '2016-12-12').at(-1)).toEqual(['proposed:ingrid-solvang', '2016-12-12']);
    // Her country's ambassador to the United Nations spoke at the meeting.
    const atTheUn = text.replace('Ambassador to Sweden', 'Ambassador to the United Nations');
    expect(days(atTheUn, '2016-12-12').at(-1)).toEqual(['proposed:ingrid-solvang', '2016-12-09']);
  });

  it("reads the lead under an editor's note, and a vote told after the sentence that names the body on its day (s55)", () => {
    const text = [
      "[Editor's note: Lena Holm teaches international law in Lakehaven. This post is part of our symposium on the port city.]",
      'On Wednesday, the General Assembly did something it has rarely attempted: it created a body to keep the evidence of the siege.',
      'The mechanism was approved by 105 votes to 15, with 52 abstentions, after a short and bad-tempered debate.',
      "Norland's ambassador, Hélène Dubois, said the body would keep the files ready for a court.",
    ].join('\n\n');
    expect(days(text, '2016-12-16').at(-1)).toEqual(['helene-dubois', '2016-12-14']);
    // Without the note, as before: the same day.
    expect(days(text.split('\n\n').slice(1).join('\n\n'), '2016-12-16').at(-1)).toEqual(['helene-dubois', '2016-12-14']);
  });

  it('dates an exchange "in the chamber" by the council the paragraph before names, not the Assembly the note leads with (s55)', () => {
    const text = [
      'KEY POINTS',
      '• A double veto on 12 December confirms that the Security Council can no longer act on the port city.',
      "• The General Assembly's vote of 16 December is a clear signal, but it binds nobody.",
      'On Monday, Russia and China vetoed the draft on the port city. The other members of the Council voted in favour.',
      'In the chamber, the Norland ambassador, Hélène Dubois, said history would judge the veto. His Russian counterpart, Ivan Sorokin, argued that the vote should have been postponed. The Chinese ambassador, Li Wen, said the text had been put to a vote too soon.',
    ].join('\n\n');
    const got = days(text, '2016-12-17');
    expect(got.filter(([speaker]) => speaker !== 'helene-dubois')).toEqual([
      ['proposed:ivan-sorokin', '2016-12-12'],
      ['proposed:li-wen', '2016-12-12'],
    ]);
  });

  it("keeps a gathering's own call as its act: its day is the meeting's (s21)", () => {
    const text = [
      'Foreign ministers meeting in emergency session in Stockholm on Monday called for a truce in the port city.',
      'Maria Lindqvist told the session that Sweden would send more aid.',
    ].join('\n\n');
    expect(days(text).at(-1)).toEqual(['maria-lindqvist', '2016-12-12']);
  });

  it('takes no day where the lead gives its vote none', () => {
    const text =
      'The General Assembly demanded a truce in the port city.\n\nMaria Lindqvist told reporters after the vote that Sweden would send more aid.';
    expect(days(text).at(-1)).toEqual(['maria-lindqvist', '2016-12-14']);
  });
});

describe('a meeting the lead tells as what a reaction came days after, and a scene told inside a remark (s31)', () => {
  it("dates a delegate's remark at the vote by the reaction's day counted back", () => {
    const threeDays = [
      'Norland pledged a field hospital for the besieged city on Thursday, three days after the Security Council rejected a call for a truce.',
      'In explanation of vote, Hélène Dubois, the Norlandic Ambassador, said her country had wanted a stronger text.',
    ].join('\n\n');
    expect(days(threeDays, '2016-12-16').at(-1)).toEqual(['helene-dubois', '2016-12-12']);
    const aDay = [
      'The Tarvian government sent two cargo planes of flour on Monday, a day after the General Assembly voted for a pause in the fighting.',
      'Explaining her vote, Hélène Dubois, the Norlandic Ambassador, said a pause was the least the Assembly could ask.',
    ].join('\n\n');
    expect(days(aDay)).toEqual([['helene-dubois', '2016-12-11']]);
  });

  it("leaves a remark that itself tells of a gathering on a day to its own day, not the gathering's", () => {
    const text = [
      'Ines Moreau said about 300 people had marched in the square on Saturday, many of them carrying pictures of children from the city.',
      'The trucks are waiting at the harbour.',
    ].join('\n\n');
    expect(days(text)).toEqual([['proposed:ines-moreau', '2016-12-14']]);
  });
});

describe('a message named after the verb, and an interview whose sentence reports no remark (s31)', () => {
  it('dates words "said in the message" by the day the paragraph before gives the message', () => {
    const text = [
      'Late on Monday, Karim Nasser finally heard from his sister, who had not answered her phone for three days: she sent him a voice note.',
      '"The bus is moving and the little ones are asleep at last," his sister, Lina, said in the voice note.',
    ].join('\n\n');
    expect(days(text)[0]?.[1]).toBe('2016-12-12');
  });

  it("dates a person's later remarks by the day he spoke to the paper, told in a sentence of its own", () => {
    const text = [
      'Amal Rahman, who has baked bread in the old town of Port Vell for twenty years, talked with this newspaper in her shop on Sunday.',
      'Her nephew, a nurse, had reached her by phone late on Thursday. "He says the clinic has no fuel left for the generator," Rahman said.',
      'She said customers now paid for bread with whatever they had.',
    ].join('\n\n');
    expect(days(text).at(-1)?.[1]).toBe('2016-12-11');
  });
});

describe('a story that opens on a scene of a day dates the remarks made at it (s12)', () => {
  it('dates a remark that points back to the vigil, the rally or the warehouse the lead set on a day', () => {
    const vigil = [
      'Students held candles for the port city at a vigil on the lawn on Monday night.',
      'The port city has been under siege for months, and the talks in Stockholm stalled last week after a long night.',
      'Peter Okafor told the crowd that the road had to open.',
    ].join('\n\n');
    expect(days(vigil).at(-1)).toEqual(['peter-okafor', '2016-12-12']);
    const rally = [
      'Hundreds of people joined a rally in the old town on Sunday afternoon to call for an end to the siege.',
      'Maria Lindqvist, one of the organizers of the rally, said the city would not forget.',
    ].join('\n\n');
    expect(days(rally).at(-1)).toEqual(['maria-lindqvist', '2016-12-11']);
    const warehouse = [
      'Volunteers at a warehouse near the harbour spent Monday packing blankets bound for the port city.',
      'The first trucks are due to leave next week, and more help will be needed soon, the organisers say.',
      'Not everyone in the warehouse was sure the blankets would arrive. Peter Okafor said the roads were closed.',
    ].join('\n\n');
    expect(days(warehouse).at(-1)).toEqual(['peter-okafor', '2016-12-12']);
  });

  it("leaves a remark that does not point back to the scene, or a body's, at the article's date", () => {
    const elsewhere = [
      'Students held candles for the port city at a vigil on the lawn on Monday night.',
      'Peter Okafor said the road had to open.',
    ].join('\n\n');
    expect(days(elsewhere).at(-1)).toEqual(['peter-okafor', '2016-12-14']);
    const body = [
      'Students held candles for the port city at a vigil on the lawn on Monday night.',
      'Relief Watch told the crowd in a message that the road had to open.',
    ].join('\n\n');
    expect(days(body).at(-1)).toEqual(['relief-watch', '2016-12-14']);
  });
});

describe('a gathering told by its verb dates the remarks of those the story places at it (s21)', () => {
  const lead = 'Hundreds of worshippers at churches in the old town prayed for the port city on Sunday, as the talks in Stockholm stalled.';
  it('dates a remark whose speaker prayed there too, or came to the place the lead names', () => {
    const text = [
      lead,
      'Maria Lindqvist, a nurse who prayed with her neighbours near the door, said the road had to open.',
      'Peter Okafor, who came to the church with his son, said the city would not forget.',
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['maria-lindqvist', '2016-12-11'],
      ['peter-okafor', '2016-12-11'],
    ]);
  });

  it("leaves a remark the story does not place at the gathering at the article's date", () => {
    const text = [lead, 'Peter Okafor, a lawyer in Stockholm, said the city would not forget.'].join('\n\n');
    expect(days(text)).toEqual([['peter-okafor', '2016-12-14']]);
  });
});

describe('a day in the words that close a sentence after its quotation dates the verb before it (s12)', () => {
  it('dates "called it \\"...\\" in a post on Monday night" and its kin by that day', () => {
    for (const [sentence, day] of [
      ['Peter Okafor called the vote "a farce" in a post on social media on Monday night.', '2016-12-12'],
      ['Peter Okafor described the deal as "a trap" at a news conference in Stockholm on Tuesday.', '2016-12-13'],
      ['Peter Okafor dismissed the offer as "too little, too late" late on Sunday.', '2016-12-11'],
    ] as const) {
      expect(days(sentence)).toEqual([['peter-okafor', day]]);
    }
  });

  it('takes no day from a clause of its own after the quotation', () => {
    const text = 'Peter Okafor called the vote "a farce", and the talks in Stockholm resumed on Monday.';
    expect(days(text)).toEqual([['peter-okafor', '2016-12-14']]);
  });
});

describe('a delegate speaking in the city where the body sits is at the meeting (s13)', () => {
  const lead = 'The Security Council voted on Monday to send monitors to the port city.';
  it("dates a delegate's remark made in the seat's city by the lead's meeting", () => {
    for (const remark of [
      "Hélène Dubois, Norland's ambassador, speaking to reporters in Lakehaven, said the monitors were late.",
      'The Norlandic Ambassador, Hélène Dubois, told reporters in Lakehaven that the monitors were late.',
      'In Lakehaven, Norlandic Ambassador Hélène Dubois said the monitors were late.',
    ]) {
      expect(days(`${lead}\n\n${remark}`).at(-1)?.[1]).toBe('2016-12-12');
    }
  });

  it("leaves a delegate heard in another city at the article's date", () => {
    const text = `${lead}\n\nHélène Dubois, Norland's ambassador, speaking to reporters in Stockholm, said the monitors were late.`;
    expect(days(text).at(-1)?.[1]).toBe('2016-12-14');
  });

  it("leaves the next words of a delegate heard in another city, with no setting of their own, at the article's date (s30)", () => {
    // Another speaker's dated remark in between: the delegate's words take neither its day nor the meeting's.
    const text = `${lead}\n\nRelief Watch said on Monday that 4,000 people had left.\n\nHélène Dubois, speaking on the radio in Stockholm, said the monitors should have gone in weeks ago. "Bread and fuel must follow," she added.`;
    expect(saidOf(text, 'helene-dubois')).toEqual(['2016-12-14', '2016-12-14']);
  });

  it('reads a city inside what the delegate reported as no place of his own', () => {
    const text = `${lead}\n\nNorlandic Ambassador Hélène Dubois said the text had been rushed to a vote before the talks in Stockholm could end.`;
    expect(days(text).at(-1)?.[1]).toBe('2016-12-12');
  });
});

describe("a lead's day told by another place's clock is not the meeting's (s13)", () => {
  const remark = 'Hélène Dubois told the council after the vote that the truce was a trap.';
  it('takes the vote day the lead tells by the place where the council sat', () => {
    for (const clock of [
      'Russia vetoed the Security Council draft in the early hours of this morning, Stockholm time.',
      'Russia vetoed the Security Council draft early on Wednesday, Port Vell time.',
      'Russia vetoed the Security Council draft today (Stockholm time).',
    ]) {
      const text = `${clock} The draft won 11 votes in Lakehaven on Monday.\n\n${remark}`;
      expect(days(text).at(-1)?.[1]).toBe('2016-12-12');
    }
  });

  it("keeps a lead's day told by local time", () => {
    const text = `The Security Council adopted the draft at 10 a.m. on Tuesday, local time. It won 15 votes in Lakehaven.\n\n${remark}`;
    expect(days(text).at(-1)?.[1]).toBe('2016-12-13');
  });
});

describe('"the same meeting" is the occasion the remark before was placed at (s13)', () => {
  const before = [
    'The Security Council voted on Monday to send monitors to the port city.',
    'Russia agreed to the text after talks that ran late into Sunday night.',
    'Maria Lindqvist told the council after the vote that the monitors were late.',
  ].join('\n\n');
  it('dates "told the same meeting", "at the same session" and "in the same debate" by that meeting', () => {
    for (const remark of [
      'Omar Haddad told the same meeting that the roads were closed.',
      'Speaking at the same session, Omar Haddad said the roads were closed.',
      'In the same debate, Omar Haddad said the roads were closed.',
    ]) {
      expect(days(`${before}\n\n${remark}`).at(-1)).toEqual(['omar-haddad', '2016-12-12']);
    }
  });

  it('dates "at the same service" and "the same vigil" by the day that gathering was told (s24)', () => {
    const service = [
      'Carols for the port city',
      'Maria Lindqvist told worshippers on Monday, at a carol service in the old town, that the city would not forget.',
    ].join('\n\n');
    for (const remark of [
      'The deacon, Peter Okafor, told the choir at the same service that the trucks would leave after Christmas.',
      'Peter Okafor spoke at the same vigil and said the trucks would leave after Christmas.',
    ]) {
      expect(days(`${service}\n\n${remark}`).at(-1)).toEqual(['peter-okafor', '2016-12-12']);
    }
  });

  it("dates a person's remark later in a paragraph that opens at the same meeting (s25)", () => {
    for (const paragraph of [
      'In the same debate, Omar Haddad accused the cabinet of waiting. Peter Okafor asked the minister to take in more of the wounded.',
      'Peter Okafor appeared at the same meeting. He said the trucks had been turned back at the border.',
    ]) {
      expect(days(`${before}\n\n${paragraph}`).at(-1)).toEqual(['peter-okafor', '2016-12-12']);
    }
  });

  it("dates it by the sitting body its speaker's words name, not by another meeting told between (s25)", () => {
    const text = [
      "Maria Lindqvist appeared before the parliament's relief committee yesterday morning, at the request of deputies.",
      'The Security Council voted on Monday to send monitors to the port city. Omar Haddad told the council before the vote that the roads were closed.',
      "The committee's chairman, Peter Okafor, told the same session that the shelters were full.",
    ].join('\n\n');
    expect(days(text).at(-1)).toEqual(['peter-okafor', '2016-12-13']);
  });

  it('dates "in the same debate" with no remark placed near by the sitting body named last with a day (s25)', () => {
    const text = [
      'Norland voted yesterday for an Assembly resolution on the port city.',
      'Maria Lindqvist had spoken to the Courier by telephone on Monday evening, before the vote. She said Norland would vote yes.',
      'The shelters in the old town are full, and the trucks are late.',
      'Relief Watch counted 4,000 people at the border.',
      'Peter Okafor, speaking in the same debate, said the text was a gift to the rebels.',
    ].join('\n\n');
    expect(days(text).at(-1)).toEqual(['peter-okafor', '2016-12-13']);
  });

  it('still dates "on the same day" by the last day named', () => {
    const text = `${before}\n\nOn the same day, Omar Haddad said the roads were closed.`;
    expect(days(text).at(-1)).toEqual(['omar-haddad', '2016-12-11']);
  });
});

describe('"Earlier in the day" points back to the day of the remark before (s13)', () => {
  const before = 'Maria Lindqvist said on Monday that Sweden would send more aid.';
  it('dates "Earlier in the day,", "Later that evening," and "Later that night," by that remark', () => {
    for (const opening of ['Earlier in the day,', 'Later that evening,', 'Later that night,']) {
      const text = `${before} ${opening} Peter Okafor said the road was open.`;
      expect(days(text).at(-1)).toEqual(['peter-okafor', '2016-12-12']);
    }
  });

  it('leaves "Earlier this year" and "Earlier this week" at the article\'s date', () => {
    for (const opening of ['Earlier this year,', 'Earlier this week,']) {
      const text = `${before} ${opening} Peter Okafor said the road was open.`;
      expect(days(text).at(-1)).toEqual(['peter-okafor', '2016-12-14']);
    }
  });
});

describe("a draft's tally told as the votes it won is the lead's vote (s14 review)", () => {
  // The remark is dated only by the lead's meeting (a heading of the meeting's speeches), so the lead decides it.
  const speeches = 'The debate\n\nHélène Dubois said the text was fair.';
  it('reads a count in digits or words before "votes"', () => {
    for (const lead of [
      'The Norlandic draft won 11 votes in the council on Monday, short of what it needed.',
      'The Norlandic draft received nine votes in the council on Monday and was lost.',
      'On Monday the Norlandic draft got only four votes in the council.',
    ]) {
      expect(days(`${lead}\n\n${speeches}`).at(-1)).toEqual(['helene-dubois', '2016-12-12']);
    }
  });

  it('reads no vote in "secured the votes of" or "won their votes", which tell lobbying', () => {
    for (const lead of [
      "On Monday, Norland's envoy secured the votes of three undecided council members over lunch.",
      'Norland won their votes in the council corridors on Monday with a promise of aid.',
    ]) {
      expect(days(`${lead}\n\n${speeches}`).at(-1)).toEqual(['helene-dubois', '2016-12-14']);
    }
  });
});

describe('a scene the story sets in its body holds the remarks that point back to it (s14)', () => {
  // Three paragraphs of narration first, so that the scene is none of the lead's.
  const opening = [
    'Food and fuel in the port city were running low, and the roads into the old town stayed closed for a second week.',
    'The old town has been cut off since the autumn, and the last convoy to reach it carried medicine for a week.',
    'Governments across the region have promised money, but little of it has arrived where it is needed most.',
  ].join('\n\n');
  const dayOf = (...paragraphs: string[]) => days([opening, ...paragraphs].join('\n\n'));

  it('dates a remark that names those gathered, the place or the gathering, and the run of remarks after it', () => {
    expect(
      dayOf(
        'In Stockholm, about 60 people gathered outside the town hall on Monday evening as the news came in.',
        'Maria Lindqvist said many in the crowd had hoped for better news.',
      ),
    ).toEqual([['maria-lindqvist', '2016-12-12']]);
    expect(
      dayOf(
        'In Port Vell, some 40 families gathered at a community hall on Sunday night to follow the news.',
        'Omar Haddad said at the hall that the roads were closed.',
        '"We are still waiting for a call," he said.',
      ),
    ).toEqual([
      ['omar-haddad', '2016-12-11'],
      ['omar-haddad', '2016-12-11'],
    ]);
    expect(
      dayOf(
        'In a small warehouse near the port, volunteers spent Tuesday packing boxes of flour.',
        'Peter Okafor said at the warehouse that every box would be sent.',
      ),
    ).toEqual([['peter-okafor', '2016-12-13']]);
  });

  it('dates a remark set after the gathering by its own noun, or by one who attended it or told the room (s23)', () => {
    const chapel = 'In Port Vell, some 40 volunteers of the harbour choir gathered at a chapel on Sunday evening to pray for the old town.';
    expect(
      dayOf(
        chapel,
        '"We do what we can," said Omar Haddad, the choir\'s conductor, after the service.',
        'Maria Lindqvist, a pharmacist who also attended, said the bridge to the old town was still closed.',
      ),
    ).toEqual([
      ['omar-haddad', '2016-12-11'],
      ['maria-lindqvist', '2016-12-11'],
    ]);
    expect(
      dayOf(
        'Dozens of fishermen filled the harbour church on Friday to pray for the crews lost at sea.',
        'Peter Okafor, a net-maker, gave a month\'s wages. "Nobody here is rich, but nobody here is poor in heart," he said after the sermon.',
      ),
    ).toEqual([['peter-okafor', '2016-12-09']]);
    expect(
      dayOf(
        'Over tea in the library on Saturday afternoon, about 30 retired teachers gathered to read the letters aloud.',
        '"Every letter is a door left open," Omar Haddad told the room.',
      ),
    ).toEqual([['omar-haddad', '2016-12-10']]);
  });

  it('leaves a remark the scene is only the topic of, one that tells of a later day, and one after the story moves on', () => {
    const scene = 'In Stockholm, about 60 people gathered for a vigil outside the town hall on Monday evening.';
    // The question names the vigil; the remark was made elsewhere.
    expect(dayOf(scene, 'Asked about the vigil, Maria Lindqvist said in parliament that the government had listened.')).toEqual([
      ['maria-lindqvist', '2016-12-14'],
    ]);
    // Said at the vigil, but the next remark tells of Tuesday: it was made after the vigil.
    expect(
      dayOf(
        scene,
        'Maria Lindqvist told the crowd that help would come.',
        'Lindqvist said her group had written to the minister on Tuesday.',
      ),
    ).toEqual([
      ['maria-lindqvist', '2016-12-12'],
      ['maria-lindqvist', '2016-12-14'],
    ]);
    // A paragraph of narration with no remark ends the scene's run.
    expect(
      dayOf(
        scene,
        'The city council has twice voted money for the port city, most of it for medicine and winter clothes.',
        'Maria Lindqvist said many in the crowd had hoped for better news.',
      ),
    ).toEqual([['maria-lindqvist', '2016-12-14']]);
  });
});

describe("a remark relayed inside another's words is dated by the contact that carried it (s14)", () => {
  const saidOn = (text: string, words: string) => statementsOf(text).find((s) => s.evidence.some((e) => e.includes(words)))?.said;

  it('takes the day of a voice note, not the day the relayer told the paper (s23)', () => {
    const note =
      '"My brother sent me a voice note on Sunday night," Omar Haddad told the Herald yesterday. "He said, \'We are in a cellar with forty others.\'"';
    expect(saidOn(note, 'We are in a cellar')).toBe('2016-12-11');
    const told =
      'Maria Lindqvist told the parish council that her niece had sent her a voice note from the hospital on Saturday. "She said, \'We have no more bandages,\'" Lindqvist said.';
    expect(saidOn(told, 'We have no more bandages')).toBe('2016-12-10');
  });

  it("takes the day of the message, call or talk the relayer gives, counted from the relayer's day", () => {
    const message =
      'Maria Lindqvist said at her office that she feared for her family. "My uncle texted me on Saturday morning. He said the road was closed," she said.';
    expect(saidOn(message, 'the road was closed')).toBe('2016-12-10');
    const call =
      '"My sister told me on the phone last night that the shelling had stopped," Omar Haddad said on Tuesday. "She is safe," he said.';
    expect(saidOn(call, 'the shelling had stopped')).toBe('2016-12-12');
    const talk =
      'Peter Okafor said at the gate that he had last spoken to his father on Sunday. "He told us the bakery had closed," he said.';
    expect(saidOn(talk, 'the bakery had closed')).toBe('2016-12-11');
  });

  it("takes the contact's day over the day of the relayer's own attribution (s22)", () => {
    const call =
      '"My brother phoned me on Sunday night from the harbour," Ana Ruiz told the paper on Monday at her shop. "He said the trucks had not moved since noon."';
    expect(saidOn(call, 'the trucks had not moved')).toBe('2016-12-11');
    const message =
      'His sister, Leila, stayed behind in the old town. "The last message came on Saturday at nine in the evening," Omar Haddad said on Monday. "She wrote: \'The bakery has run out of flour.\'"';
    expect(saidOn(message, 'The bakery has run out of flour')).toBe('2016-12-10');
  });

  it('takes the day of a contact the narration tells in the paragraph before the relaying quote (s22)', () => {
    const narrated =
      'Her cousin and his two sons are still in the old town. The last call she had from them came on Saturday evening.\n\n"He said the bakery had run out of flour," said Maria Lindqvist, a nurse at the port clinic. "I keep my phone on all night."';
    expect(saidOn(narrated, 'the bakery had run out of flour')).toBe('2016-12-10');
    const lit =
      'Then, early Sunday morning, the phone buzzed. Her brother Karim had reached the coast road with his wife.\n\n"He wrote: \'We are on the coast road. Pray.\' I woke the whole house," Maria Lindqvist said.';
    expect(saidOn(lit, 'We are on the coast road')).toBe('2016-12-11');
  });

  it('takes no day from a sentence before that tells of no contact', () => {
    const moved =
      'Maria Lindqvist said at her office that she feared for her family. "We left the old town on Saturday morning. By then the road was closed," she said.';
    // (s17: an unnamed "He said ..." in her words would be a third person's, no longer hers, so she says it herself.)
    expect(saidOn(moved, 'the road was closed')).toBe('2016-12-14');
  });
});

describe('a story with a second datelined section is no digest of briefs (s15)', () => {
  it("leaves a remark after a datelined section to the article's date, not the section's day", () => {
    const story = (tail: string) =>
      [
        'Aid for the port city',
        'STOCKHOLM – Sweden pledged new aid for the port city on Monday, and officials expect the first trucks to leave within a week for the old town.',
        'The pledge came after weeks of pressure from relief agencies working along the coast and in the hills above the port city.',
        'PORT VELL – Relief Watch opened a second kitchen in the old town on Tuesday, serving hot meals to families who had fled the fighting.',
        'The kitchen was set up in a school gym near the harbour and is run by volunteers from three neighbouring districts of the town.',
        'Back home, reactions were mixed among the families who had followed the news from the port city for many months.',
        tail,
      ].join('\n\n');
    expect(days(story('Lindqvist said the aid was too little and came too late for most of the families in the old town.')).at(-1)).toEqual(
      ['maria-lindqvist', '2016-12-14'],
    );
    expect(days(story('Omar Haddad, who runs a bakery in the capital, said his cousins were still waiting for the buses.')).at(-1)).toEqual(
      ['omar-haddad', '2016-12-14'],
    );
    expect(days(story('Peter Okafor told the paper that the kitchens would need twice as much flour by January.')).at(-1)).toEqual([
      'peter-okafor',
      '2016-12-14',
    ]);
  });
});

describe('a meeting the text dated before: the speaker opened it, sent it a message, or told it of another day (s15)', () => {
  const meeting = (remark: string) =>
    [
      'Branch backs the port city',
      'More than 50 members crowded into the town hall on Monday evening for a branch meeting on the siege of the port city.',
      remark,
    ].join('\n\n');

  it("reads a day inside the remark's own words as what it tells of, and dates it by the meeting told before", () => {
    expect(days(meeting('Haddad told the meeting that his brother had called him from the old town on Saturday.'))).toEqual([
      ['omar-haddad', '2016-12-12'],
    ]);
    expect(days(meeting('Okafor told the meeting that the kitchen had run out of bread on Sunday night.'))).toEqual([
      ['peter-okafor', '2016-12-12'],
    ]);
    expect(days(meeting('Dubois, who chaired the meeting, said the convoy had reached the old town on Sunday.'))).toEqual([
      ['helene-dubois', '2016-12-12'],
    ]);
  });

  it('places at the meeting a remark whose speaker opened, chaired or convened it in the sentence before', () => {
    for (const verb of ['opened', 'chaired', 'convened'])
      expect(days(meeting(`Lindqvist ${verb} the meeting. "We are here for the port city and its hospitals," she said.`))).toEqual([
        ['maria-lindqvist', '2016-12-12'],
      ]);
  });

  it('places at the meeting a message read to it', () => {
    expect(days(meeting('Dubois said in a message to the meeting that her union stood with the doctors of the port city.'))).toEqual([
      ['helene-dubois', '2016-12-12'],
    ]);
    expect(days(meeting('Okafor said in a letter to the meeting that the kitchens needed more flour.'))).toEqual([
      ['peter-okafor', '2016-12-12'],
    ]);
    expect(days(meeting('Haddad said in a video message to the meeting that the bakeries had closed.'))).toEqual([
      ['omar-haddad', '2016-12-12'],
    ]);
  });

  it('does not place at it one who only attended, nor a message to others', () => {
    expect(days(meeting('Lindqvist attended the meeting. "We are here for the port city and its hospitals," she said.'))).toEqual([
      ['maria-lindqvist', '2016-12-14'],
    ]);
    expect(days(meeting('Dubois said in a message to reporters that her union stood with the doctors of the port city.'))).toEqual([
      ['helene-dubois', '2016-12-14'],
    ]);
  });
});

describe("a document under a heading that names a meeting and its day: minutes, a branch meeting's item (s15)", () => {
  const minutes = (heading: string, remark: string) =>
    [`${heading}\nHeld in the Old Library, Port Vell`, '1. APOLOGIES', 'None were received.', '2. THE PORT CITY', remark].join('\n\n');

  it("dates the remarks it reports, that nothing else dated, by the heading's meeting", () => {
    const remark = 'Lindqvist said the kitchens in the old town needed more flour and asked members to give what they could.';
    expect(days(minutes("Minutes of the Meeting of the Port Vell Residents' Council, 12 December 2016", remark))).toEqual([
      ['maria-lindqvist', '2016-12-12'],
    ]);
    expect(days(minutes('RESIDENTS MEETING, MONDAY, DECEMBER 12, 2016', remark))).toEqual([['maria-lindqvist', '2016-12-12']]);
    expect(days(minutes('Record of the sitting held on 12 December 2016', remark))).toEqual([['maria-lindqvist', '2016-12-12']]);
  });

  it('leaves a heading that names no meeting, and a remark its attribution sets elsewhere, to the rules before', () => {
    const remark = 'Lindqvist said the kitchens in the old town needed more flour and asked members to give what they could.';
    expect(days(minutes('Port Vell Residents Newsletter, 12 December 2016', remark))).toEqual([['maria-lindqvist', '2016-12-14']]);
    const elsewhere = 'Lindqvist later said in an interview that the kitchens in the old town needed more flour.';
    expect(days(minutes("Minutes of the Meeting of the Port Vell Residents' Council, 12 December 2016", elsewhere))).toEqual([
      ['maria-lindqvist', '2016-12-14'],
    ]);
  });
});

describe('the same speaker dated at the end of the paragraph before (s15)', () => {
  it("dates a remark opening its paragraph by the day its speaker spoke on in the paragraph before's last sentence", () => {
    const relayed =
      'In Stockholm, the minister regarded the vote as a turning point for the port city, her spokesman, Omar Haddad, told the Post last night.';
    expect(days(`${relayed}\n\n"We have always said there is no military solution," Haddad said.`).at(-1)).toEqual([
      'omar-haddad',
      '2016-12-13',
    ]);
    expect(days(`${relayed}\n\nHaddad said the government would send a second convoy before the new year.`).at(-1)).toEqual([
      'omar-haddad',
      '2016-12-13',
    ]);
    expect(
      days(
        'The ministry saw the pledge as overdue, its spokesman, Peter Okafor, told reporters on Monday evening.\n\n"The kitchens are empty and the bakeries have closed," Okafor said.',
      ).at(-1),
    ).toEqual(['peter-okafor', '2016-12-12']);
  });

  it('does not carry it to another speaker', () => {
    const relayed =
      'In Stockholm, the minister regarded the vote as a turning point for the port city, her spokesman, Omar Haddad, told the Post last night.';
    expect(days(`${relayed}\n\n"We have always said there is no military solution," Okafor said.`).at(-1)).toEqual([
      'peter-okafor',
      '2016-12-14',
    ]);
  });
});

describe("a fronted question's words are no delegate's role (s15)", () => {
  const lead = 'The Security Council voted on Monday on a Norlandic draft resolution calling for a truce in the port city.';
  it("leaves a remark whose fronted question names an ambassador, an envoy or delegates to the article's date", () => {
    expect(days(`${lead}\n\nAsked whether Stockholm would summon the Russian ambassador, Lindqvist said it would not.`)).toEqual([
      ['maria-lindqvist', '2016-12-14'],
    ]);
    expect(days(`${lead}\n\nAsked about the envoy's remarks, Haddad said the council had failed the port city.`)).toEqual([
      ['omar-haddad', '2016-12-14'],
    ]);
    expect(days(`${lead}\n\nAsked whether the delegates had been consulted, Okafor said they had not.`)).toEqual([
      ['peter-okafor', '2016-12-14'],
    ]);
  });

  it("still dates a delegate's own remark by the meeting", () => {
    expect(days(`${lead}\n\nSweden's ambassador, Maria Lindqvist, said the text was fair.`)).toEqual([['maria-lindqvist', '2016-12-12']]);
  });
});

describe("a person's dated speaking reached past the words he relays (s19)", () => {
  // The article is of Wednesday 14 December 2016: Monday is the 12th, Tuesday the 13th.

  it('dates his later remarks by the day he spoke in a sentence that also carries a relayed message', () => {
    const relayed = [
      'Peter Okafor told the Herald at his depot on Monday that the road had reopened.',
      '"My brother rang me at dawn. He said: \'We are at the bridge, do not worry,\'" Okafor said.',
      'He said the drivers had not slept for two nights.',
    ].join('\n\n');
    expect(saidOf(relayed, 'peter-okafor')).toEqual(['2016-12-12', '2016-12-12', '2016-12-12']);
  });

  it("dates a spokesman's next remark by the day he relayed his principal's words", () => {
    const spokesman =
      'Maria Lindqvist is "deeply troubled" by the shelling of the port city, her spokesman Omar Haddad told reporters in Stockholm on Tuesday. He said the minister had asked the envoy to return at once.';
    expect(saidOf(spokesman, 'omar-haddad').at(-1)).toBe('2016-12-13');
  });

  it("takes no day from another's verb, nor from the relayed words' own clause", () => {
    // "Okafor told Haddad" is Okafor's speaking: Haddad's later remark keeps the article's day.
    const listener = 'Peter Okafor told Omar Haddad on Monday that the road was open.\n\nThe yard was full, Haddad said.';
    expect(saidOf(listener, 'omar-haddad').at(-1)).toBe('2016-12-14');
    // The day after "had written" is the sister's message's, not the day Haddad spoke.
    const content = 'Haddad said his uncle had sent word from the farm on Monday that the well was dry.\n\nHe said the family was safe.';
    expect(saidOf(content, 'omar-haddad').at(-1)).toBe('2016-12-14');
  });
});

describe('a dateline closed by a colon is no meeting day (s19)', () => {
  it("dates a remark at the meeting a lead names after a colon dateline by the meeting's day, not the dateline's", () => {
    const text = [
      'VELLHAVEN, Dec 14: Norland voted for a General Assembly resolution on Monday calling for a truce in the port city.',
      "Peter Okafor, Norland's envoy, told the Assembly after the vote that his delegation would keep pressing for access.",
    ].join('\n\n');
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-12']);
  });
});

describe("a relayed message's own day inside the relayer's quotation (s19)", () => {
  it('dates the relayed words by the day their verb is given in the same quotation', () => {
    const text = [
      'Peter Okafor, who runs a bakery in the old town, said his nephew reached Lakehaven on Monday.',
      '"He rang me on Tuesday and said, \'We have a bed and a meal,\'" Okafor told the Herald at his bakery.',
    ].join('\n\n');
    expect(saidOf(text, 'proposed:peter-okafors-nephew')).toEqual(['2016-12-13']);
  });

  it("counts a relayed message's \"this morning\" from the relayer's day, not the article's", () => {
    const text = '"My nephew rang me early this morning. He said, \'We have a bed and a meal,\'" Peter Okafor told the Herald on Tuesday.';
    expect(saidOf(text, 'proposed:peter-okafors-nephew')).toEqual(['2016-12-13']);
  });
});

describe('"N days after" opening another happening, not the remark (s19)', () => {
  it('leaves the remark on its own day when the clause after "days after" tells something else', () => {
    const text = [
      "Maria Lund became Norway's minister for aid on Sunday.",
      'Talking to journalists in Bergen, three days after she took office, Lund said the corridor must reopen at once.',
    ].join('\n\n');
    expect(days(text)).toEqual([['proposed:maria-lund', '2016-12-14']]);
  });
});

describe("the speaker's setting later in the day the story gave, not the article's (s21)", () => {
  it('counts "later in the day" and "that evening" from the day named in the paragraph before', () => {
    const reached = [
      'In a note issued on Monday morning, Relief Watch said its trucks had reached the old town.',
      'Peter Okafor went further when this newspaper reached him by telephone later in the day. "We need a second road," he said.',
    ].join('\n\n');
    expect(saidOf(reached, 'peter-okafor')).toEqual(['2016-12-12']);
    const evening = [
      'Sweden sent new aid to the port city on Tuesday.',
      'Lindqvist sent a voice message that evening. "The trucks are moving," she said.',
    ].join('\n\n');
    expect(saidOf(evening, 'maria-lindqvist')).toEqual(['2016-12-13']);
  });

  it("leaves the remark at the article's day where no day is named before", () => {
    const text =
      'Peter Okafor went further when this newspaper reached him by telephone later in the day. "We need a second road," he said.';
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-14']);
  });
});

describe("a speaker's later remark takes the day his remark by a pronoun was given (s26)", () => {
  it('dates his later remark, past another speaker\'s, by the setting day of his "he said" quotation before', () => {
    const text = [
      'In a note issued on Monday morning, Relief Watch said its trucks had reached the old town.',
      'Peter Okafor went further when this newspaper reached him by telephone later in the day. "We need a second road," he said.',
      'Maria Lindqvist, the Swedish envoy, said on Tuesday that the bridge would stay shut.',
      'Okafor said the drivers had waited two days at the bridge.',
    ].join('\n\n');
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-12', '2016-12-12']);
  });

  it("leaves the later remark at the article's day where his remark before has none", () => {
    const text = [
      'Relief Watch said on Monday its trucks had reached the old town.',
      '"We need a second road," Peter Okafor said. He said the convoy would try again at dawn.',
    ].join('\n\n');
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-14', '2016-12-14']);
  });
});

describe('"the same message" or "the same visit" is the one told before with its day (s22)', () => {
  it('dates a relative\'s words "in the same message" by the message\'s day', () => {
    const text = [
      'His younger brother Karim, a teacher, is still in the old town. Dr Tomas Berg said Karim had written to him early on Monday that the family had moved twice.',
      '"In the same message he wrote, \'Keep the bread for the children.\' That is all he wrote," Dr Berg told the Gazette yesterday, holding up his phone.',
    ].join('\n\n');
    expect(saidOf(text, 'proposed:karim')).toEqual(['2016-12-12', '2016-12-12']);
  });

  it('dates a second person\'s remark "during the same visit" by the visit\'s day', () => {
    const text = [
      'Elin Sorensen, a nurse, said at her flat in the old town yesterday that she had not slept for a week. "Every night I wait for the phone," she said.',
      'Her husband, Jonas, said during the same visit that the family had sold the car.',
    ].join('\n\n');
    expect(saidOf(text, 'proposed:jonas')).toEqual(['2016-12-13']);
  });
});

describe("the speaker's setting told in a sentence of its own before his remarks (s22)", () => {
  it('dates the remarks of the next paragraphs by the day the speaker met the press, by name or by "He"', () => {
    for (const setting of [
      'briefed reporters at her ministry in Lakehaven on Monday afternoon, hours before the vote.',
      "was in the studio of the state radio's breakfast programme on Monday, a few hours before the vote.",
      'made the remarks on Monday at the close of an audience with envoys of the Nordic states.',
      'issued a written statement in Lakehaven on Monday evening.',
      'gave an interview to the Lakehaven Courier at her office on Monday.',
      'talked to the Courier at her office on Monday.',
      "appeared on the state channel's evening news on Monday.",
    ]) {
      const text = [
        `Foreign Minister Ana Ferreira ${setting}`,
        '"We cannot look away from the port city," she said.',
        "The minister said Norland's vote would be a vote for the children of the old town.",
      ].join('\n\n');
      expect(days(text), setting).toEqual([
        ['proposed:ana-ferreira', '2016-12-12'],
        ['proposed:ana-ferreira', '2016-12-12'],
      ]);
    }
    const pronoun = [
      'Foreign Minister Lőrinc Bartó welcomed the vote. He spoke to journalists in Lakehaven on Monday evening, after talks with his Norlandic counterpart.',
      '"We will send the money straight to the hospitals," Mr Bartó said.',
    ].join('\n\n');
    expect(days(pronoun).map(([, said]) => said)).toEqual(['2016-12-12']);
  });

  it("takes no day from another's setting, from a briefing given to the speaker, nor from an earlier talk", () => {
    for (const setting of [
      "Ana Ferreira's spokesman briefed reporters in Lakehaven on Monday.",
      'Ana Ferreira was briefed by her officials in Lakehaven on Monday.',
      'Ana Ferreira had spoken to reporters in Lakehaven on Monday.',
    ]) {
      const text = [setting, 'Ferreira said Norland would send more trucks to the port city.'].join('\n\n');
      expect(days(text).at(-1)?.[1]).toBe('2016-12-14');
    }
  });
});

describe("a participle of the content's subject dates what it tells, not the remark (s22)", () => {
  it("keeps the lead's day for a remark whose content subject a participle dates", () => {
    for (const content of [
      'the treaty, signed by all nine states in Stockholm on Monday, showed that the region could agree',
      'the drafts put to the vote in Lakehaven on Monday were written to fail',
    ]) {
      const text = [
        'Foreign Minister Ana Ferreira said on Tuesday that Norland would send aid to the port city.',
        `Speaking to reporters in Lakehaven, Ferreira said ${content}.`,
      ].join('\n\n');
      expect(days(text).map(([, said]) => said)).toEqual(['2016-12-13', '2016-12-13']);
    }
  });

  it('still dates a remark by the day its own setting gives ("in a statement issued on Monday")', () => {
    const text = 'Ana Ferreira said in a statement issued on Monday that the treaty would hold.';
    expect(days(text).map(([, said]) => said)).toEqual(['2016-12-12']);
  });
});

describe("the outlet's own interview dates the interviewee's undated remarks (s22)", () => {
  const saidBy = (text: string, id: string) =>
    statementsOf(text, '2016-12-14', 'The Fjord Courier')
      .filter((s) => s.speaker === id)
      .map((s) => s.said);
  const story = (interview: string) =>
    [
      `"My son wrote to me from the camp. He is alive," Lena Kowalczyk ${interview}, holding her phone.`,
      'The evacuation of the old town was halted again on Tuesday. Relief Watch said 3,000 people were still waiting at the crossing.',
      'The council of Lakehaven voted to send blankets and a second truck of medicine.',
      'Winter came early to the valley this year, and the river froze in the first week of the month.',
      'The town has taken in eleven families since 2015, most of them from the north of the country.',
      'Kowalczyk said she would keep her phone by her bed until the buses moved.',
    ].join('\n\n');

  it('dates a later remark by the day the person told the paper by its name, "our correspondent" or a visit', () => {
    for (const interview of [
      'told the Courier on Monday',
      'told our correspondent on Monday',
      'said when the Fjord Courier visited her flat on Monday',
    ])
      expect(saidBy(story(interview), 'proposed:lena-kowalczyk')).toEqual(['2016-12-12', '2016-12-12']);
  });

  it('leaves "told reporters" to the rules of an official\'s occasions', () => {
    expect(saidBy(story('told reporters on Monday'), 'proposed:lena-kowalczyk')).toEqual(['2016-12-12', '2016-12-14']);
  });
});

describe('a speaker set next after the one before is dated by that remark (s22)', () => {
  const before =
    'The Security Council voted on Monday to send monitors to the port city. Maria Lindqvist told the council after the vote that the monitors were late.';
  it('dates "who spoke next" and "his Nordic colleague" by the remark before', () => {
    for (const remark of [
      '\n\nOmar Haddad, who spoke next, said the roads were closed.',
      ' Meanwhile her Nordic colleague Omar Haddad said the roads were closed.',
    ]) {
      expect(days(`${before}${remark}`).at(-1)).toEqual(['omar-haddad', '2016-12-12']);
    }
  });

  it('reads "Her Norlandic counterpart" opening the sentence as "her" inside it (s24)', () => {
    const remark = ' Her Norlandic counterpart, Omar Haddad, said the roads were closed, while Peter Okafor said the trucks were ready.';
    expect(days(`${before}${remark}`).slice(-2)).toEqual([
      ['omar-haddad', '2016-12-12'],
      ['peter-okafor', '2016-12-12'],
    ]);
  });

  it("leaves a speaker without such a cue at the article's date", () => {
    expect(days(`${before}\n\nOmar Haddad said the roads were closed.`).at(-1)).toEqual(['omar-haddad', '2016-12-14']);
  });
});

describe("a note quotes a sentence's whole words (s24)", () => {
  it('cuts the sentence it quotes at a word boundary and marks the cut', () => {
    const text =
      'Peter Okafor flew to Stockholm on Monday to meet the donors who fund the convoys at the border. In Stockholm, he said the northern road was open.';
    const [statement] = extractArticle({ text, publishedOn: '2016-12-14', publisher: null, gazetteer: testGazetteer }).statements;
    expect(statement?.said.date).toBe('2016-12-12');
    expect(statement?.said.note).toBe(
      'the day the text set the speaker in Stockholm ("Peter Okafor flew to Stockholm on Monday to meet the donors…")',
    );
  });

  it('keeps a short passage whole and a word that ends at the limit', () => {
    expect(clip('The road is open.')).toBe('The road is open.');
    expect(clip('The road to the port is open', 12)).toBe('The road to…');
    expect(clip('The road to the port is open', 13)).toBe('The road to…');
  });
});

describe('delegates taking turns at a meeting the lead does not report (s29)', () => {
  it('dates a delegate speaking right after a remark placed at the meeting by that meeting, not by the article', () => {
    const text = [
      'Norland pledges field hospital for Port Vell',
      'ALDMOOR – Norland will send a field hospital and forty doctors to the region, Health Minister Lars Berg announced yesterday, calling the failure of the Council "a stain on all of us".',
      'Russia cast its veto on Monday against a text that eleven members had backed.',
      "Ivan Sorokin, the Russian envoy, told the Security Council that the text was a gift to the fighters. Norland's ambassador, Hélène Dubois, said her country would keep flying in food.",
    ].join('\n\n');
    expect(saidOf(text, 'helene-dubois')).toEqual(['2016-12-12']);
  });

  it('dates a remark "told delegates" by the vote the story dated before, though no sentence but a remark dates it', () => {
    const text = [
      'Aldmoor relief groups welcome Assembly call on Port Vell',
      'The Aldmoor Council of Churches said the General Assembly\'s vote on Monday night had given "a voice to the voiceless".',
      'The text, which demands an immediate truce and access for aid convoys, passed with 98 votes in favour and 21 against.',
      '"No city should have to wait for permission to eat," the Norlandic ambassador, Hélène Dubois, told delegates.',
    ].join('\n\n');
    expect(saidOf(text, 'helene-dubois')).toEqual(['2016-12-12']);
  });
});

describe('a gathering named by its kind of service, or by the candles lit at it (s29)', () => {
  it('dates remarks told to the congregation of a service of prayer the lead sets on a day, and after it', () => {
    const text = [
      'Churches pray for the port city',
      'More than 300 people filled the cathedral in the old town on Sunday for an interfaith service of prayer for Port Vell.',
      '"We will not forget the city," Peter Okafor told the congregation.',
      'Maria Lindqvist said after the service that the road had to open.',
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['peter-okafor', '2016-12-11'],
      ['maria-lindqvist', '2016-12-11'],
    ]);
  });

  it('dates a remark told to the congregation of a service on a day by that day, though the outlet spoke to him later', () => {
    const text = [
      'The old town prays for the port city',
      'Several hundred people came to the cathedral in the old town yesterday for a memorial service for the dead of Port Vell.',
      'Peter Okafor told the congregation that every family owed the city a prayer.',
      'Okafor told this newspaper on Monday that a second collection would follow.',
    ].join('\n\n');
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-13', '2016-12-12']);
  });

  it('dates a remark "at the gathering" of people who lit candles somewhere on a day', () => {
    const text = [
      'Norland welcomes monitors for the port city',
      'Norland welcomed the decision to send monitors to Port Vell, Lars Berg said in a statement.',
      'Students also came out. About forty of them lit candles outside the town hall on Monday night.',
      '"We see the pictures every day," Peter Okafor, a law student, said at the gathering.',
    ].join('\n\n');
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-12']);
  });
});

describe('a scene of candles held, and an audience described by an adjective (s55)', () => {
  it('dates remarks told to the crowd or after the vigil by the day people stood holding candles', () => {
    const text = [
      'Hundreds hold candles for the port city',
      'More than 400 students and residents stood in the cold on the harbour green Wednesday night, holding candles for Port Vell.',
      'The vigil, organized by the students union, came hours after the ferry deal collapsed.',
      '"We are a long way from the port," Peter Okafor told the crowd. "Tonight we are choosing not to act like it."',
      'Omar Haddad told this newspaper after the vigil that his cousins were still in the old town.',
    ].join('\n\n');
    expect(saidOf(text, 'peter-okafor', '2016-12-15')).toEqual(['2016-12-14']);
    expect(saidOf(text, 'omar-haddad', '2016-12-15')).toEqual(['2016-12-14']);
  });

  it('dates a remark told to "a packed lecture theatre on Monday night" by that day', () => {
    const text =
      "Omar Haddad told a packed lecture theatre on Monday night that the old town's last clinics were running out of everything.";
    expect(days(text, '2016-12-14')).toEqual([['omar-haddad', '2016-12-12']]);
  });
});

describe('a relayed remark dated only by a part of the week or month gets no day (s29)', () => {
  it('leaves "had told him earlier in the week", "earlier this month", "late in the week" undated', () => {
    for (const when of ['earlier in the week', 'earlier this week', 'earlier this month', 'late in the week']) {
      const text = `Omar Haddad told the radio on Monday that his cousins had reached the coast. His sister had written to him ${when} that the ferry office was shut, he said.`;
      expect(days(text).at(-1)).toEqual([expect.any(String), null]);
    }
    // The teller's own remark keeps its day.
    const text = 'Omar Haddad told the radio on Monday that his sister had called him earlier in the week.';
    expect(days(text)).toEqual([['omar-haddad', '2016-12-12']]);
  });
});

describe('a prayer joined or attended on a day is a gathering, and its people date the remark told to them (s30)', () => {
  it('dates a remark told to the congregation by the day worshippers joined the prayer or attended prayers', () => {
    for (const [lead, day] of [
      ['Several thousand worshippers joined the prayer for the dead at the central mosque of Port Vell yesterday.', '2016-12-13'],
      ['Hundreds of families attended special prayers at the old mosque in Port Vell on Monday.', '2016-12-12'],
      ['Parishioners in Vellmar attended a memorial mass for the old town on Sunday.', '2016-12-11'],
    ]) {
      const text = `${lead}\n\nThe preacher, Peter Okafor, told the congregation that nobody would be able to say he had not known. "We watched it on our screens," he said.`;
      expect(saidOf(text, 'peter-okafor'), lead).toEqual([day, day]);
    }
  });

  it("dates a remark told to the congregation at a church by the prayers' day, not by a church body's act named beside it", () => {
    const text = [
      'HARBOURTOWN – Congregations across the island prayed for the people of the old town on Sunday, after the Norland Free Church asked its ministers on Tuesday to remember the children of the siege.',
      'At the church in Vellmar, Pastor Peter Okafor told the congregation that no islander could look away from the old town. "God hears small voices," he said.',
    ].join('\n\n');
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-11', '2016-12-11']);
  });
});

describe("a remark's place is where it was made, not a place in what the verb takes or reports (s30)", () => {
  const places = (text: string) => statementsOf(text).map((s) => s.place);
  it("reads no place from the verb's object or from the words reported", () => {
    expect(places('Hélène Dubois, speaking in the Storting on Friday, called the suffering in Port Vell "a stain on all of us".')).toEqual([
      null,
    ]);
    expect(places('Omar Haddad said the war in Port Vell had to end.')).toEqual([null]);
    expect(places('Lindqvist told members that the shelling in Port Vell had stopped.')).toEqual([null]);
    // Her next words, with no setting of their own, take none from her first remark either.
    expect(places('Hélène Dubois condemned the attack in Port Vell as "a crime". She added that Norland would send tents.')).toEqual([
      null,
      null,
    ]);
  });

  it('still reads the place of the words that set the remark after its verb', () => {
    expect(places('Omar Haddad told reporters in Stockholm that the war had to end.')).toEqual(['stockholm']);
    expect(places('Omar Haddad said at a briefing in Stockholm that the war had to end.')).toEqual(['stockholm']);
    expect(places('"The war must end," Omar Haddad told reporters after a closed meeting of the donors in Stockholm.')).toEqual([
      'stockholm',
    ]);
  });

  it('holds no sitting a remark is made at in a place the remark names', () => {
    const text = 'Hélène Dubois, speaking in the House of Assembly on Friday, called the suffering in Port Vell "a stain on all of us".';
    const { events } = extractArticle({ text, publishedOn: '2016-12-14', gazetteer: testGazetteer });
    expect(events.filter((e) => e.type === 'meeting').map((e) => e.location)).toEqual([null]);
  });
});

describe("a day the remark's own words give past its verb (s32)", () => {
  it('reads the day before a "that" held back by a long aside about that day', () => {
    const written =
      'Lotte Brink had written on 6 December, while the first tents were still being unloaded at the quay in Kessel, that the camp could take 300 more families.';
    expect(saidOf(written, 'proposed:lotte-brink')).toEqual(['2016-12-06']);
    const weekday = 'Ilse Varga said on Friday, a day before the ferry strike was due to begin, that the port would stay open.';
    expect(saidOf(weekday, 'proposed:ilse-varga')).toEqual(['2016-12-09']);
  });

  it("dates a remark by the letter or post its verb's object is followed by", () => {
    const letter =
      'Harbour Aid thanked the ferry crews in a letter published on Tuesday and said its volunteers would keep cooking on the quay.';
    expect(saidOf(letter, 'proposed:harbour-aid')).toEqual(['2016-12-13']);
    const post = 'Ilse Varga praised the ferry crews in a post on Sunday evening and said the kitchens "will stay open".';
    expect(saidOf(post, 'proposed:ilse-varga')).toEqual(['2016-12-11']);
    // Not where the words reported are a clause of their own: that statement's day is what they tell.
    const reported = 'Lotte Brink said the port authority had praised the crews in a statement on Tuesday.';
    expect(saidOf(reported, 'proposed:lotte-brink')).toEqual(['2016-12-14']);
  });
});

describe('"according to X" closing its sentence has no day before it (s32)', () => {
  it("reads a day in what it reports as that happening's, not the remark's", () => {
    const dated = 'The ferry to Kessel stopped running on 3 December, according to Lotte Brink, a clerk at the harbour office.';
    expect(saidOf(dated, 'proposed:lotte-brink')).toEqual(['2016-12-14']);
    const weekday =
      'Two bakeries in the old town reopened last Saturday and a third will follow, according to Jonas Berg, who delivers their flour.';
    expect(saidOf(weekday, 'proposed:jonas-berg')).toEqual(['2016-12-14']);
  });
});

describe('those gathered at a scene (s32)', () => {
  it('dates a remark told to "those assembled" or "those present" by the scene\'s day', () => {
    const fundraiser = [
      'A fundraiser for the shelters filled the hall of the Lakehaven rowing club on Sunday night.',
      '"Nobody here has forgotten the winter of the flood," Ilse Varga told those assembled.',
    ].join('\n\n');
    expect(saidOf(fundraiser, 'proposed:ilse-varga')).toEqual(['2016-12-11']);
    const rally = [
      'Dozens of students held a rally outside the town hall of Kessel on Monday afternoon.',
      'Their organiser, Lotte Brink, read out the names of the shelters. "We will be back every week," she told those present.',
    ].join('\n\n');
    expect(saidOf(rally, 'proposed:lotte-brink')).toEqual(['2016-12-12']);
  });
});

describe("a day that names what is reported, a participle's press statement, the faithful (s32)", () => {
  it("reads a day's possessive opening the words reported as theirs, one after a preposition as the occasion's", () => {
    const text = 'Relief Watch said Monday\'s ferry strike had left the island "without milk for a week."';
    expect(saidOf(text, 'relief-watch')).toEqual(['2016-12-14']);
    expect(saidOf("Omar Haddad said after Monday's talks at the port that the ferries would run again.", 'omar-haddad')).toEqual([
      '2016-12-12',
    ]);
  });

  it('dates a remark by the press statement a participle of its verb gives', () => {
    const text =
      'Hélène Dubois expressed regret over the rejection of the harbour budget, saying in a press statement released late on Monday that the town "deserves better roads."';
    expect(saidOf(text, 'helene-dubois')).toEqual(['2016-12-12']);
  });

  it('dates a remark told to "the faithful" by the scene\'s day', () => {
    const text = [
      'Hundreds of worshippers gathered at the cathedral in Lakehaven on Sunday to pray for the people of the old town.',
      'Bishop Peter Okafor told the faithful that the parish would take in four families before Christmas.',
    ].join('\n\n');
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-11']);
  });
});

describe('a weekday naming an observance, a briefing of the same meeting, the start of a vigil (s33)', () => {
  it('reads a weekly observance named by its weekday right after the verb as what is reported, not the day', () => {
    const prayers = 'Omar Haddad said Friday prayers in the old town this week would be offered for the ferry crews.';
    expect(saidOf(prayers, 'omar-haddad')).toEqual(['2016-12-14']);
    const services = 'Peter Okafor said Sunday services across the island would collect blankets for the shelters.';
    expect(saidOf(services, 'peter-okafor')).toEqual(['2016-12-14']);
    // A bare weekday there is still the remark's.
    expect(saidOf('Omar Haddad said Friday that the ferries would run again.', 'omar-haddad')).toEqual(['2016-12-09']);
  });

  it('dates a speaker "briefing the same meeting" by the day of the meeting the remark before was placed at', () => {
    const text = [
      'The Harbour Council held an emergency session in Lakehaven on Monday over the flooding of the old town.',
      'Hélène Dubois told the Council that the sea wall "was never finished".',
      'Briefing the same meeting, Omar Haddad said at least 4,000 people had left the old town since Saturday.',
    ].join('\n\n');
    expect(saidOf(text, 'omar-haddad')).toEqual(['2016-12-12']);
  });

  it('dates a speaker placed at the start or opening of a gathering the story set by its day', () => {
    const vigil = [
      'About 80 people lit candles by the harbour gate in Kessel on Monday night for the families of the old town.',
      'Ilse Varga, a nurse who sang at the opening of the vigil, said the harbour "will not forget them".',
    ].join('\n\n');
    expect(saidOf(vigil, 'proposed:ilse-varga')).toEqual(['2016-12-12']);
  });
});

describe("a sitting's debate and members, a same-day contact, a message a participle gives (s33)", () => {
  it('dates a remark "in the debate" or told to members by the sitting named before', () => {
    const text = [
      "Members approved a grant for the shelters at Monday's sitting without a division.",
      'Speaking in the debate, Maria Lindqvist said the island "cannot stop the flood, but it can keep a family dry this winter".',
      'Omar Haddad told members that the shelters would need a second grant before spring.',
    ].join('\n\n');
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-12']);
    expect(saidOf(text, 'omar-haddad')).toEqual(['2016-12-12']);
  });

  it('dates relayed words by a contact the narration told "that night", the day it gave last', () => {
    const text = [
      'Peter Okafor waited by the radio in Kessel on Monday evening. His brother had phoned him that night.',
      '"My brother told me: \'The water has reached the second floor,\'" Okafor said. "Since then we have had no word."',
    ].join('\n\n');
    const brother = days(text).filter(([speaker]) => speaker !== 'peter-okafor');
    expect(brother.map(([, said]) => said)).toEqual(['2016-12-12']);
  });

  it("dates a message a relative clause tells of by its day, where the clause's participle gives its words", () => {
    const text =
      'The first to arrive was Peter Okafor, a welder from the port, who said his aunt had sent him a text on Sunday saying the bridge was closed.';
    const aunt = days(text).filter(([speaker]) => speaker !== 'peter-okafor');
    expect(aunt.map(([, said]) => said)).toEqual(['2016-12-11']);
  });
});

describe('the outlet\'s own visit told in a sentence of its own, a remark "at that meeting" (s33)', () => {
  const ofGazette = (text: string) => statementsOf(text, '2016-12-14', 'The Tarnmouth Gazette').map((s) => [s.speaker, s.said]);

  it("dates a person's undated remarks by the day the paper visited or found him", () => {
    const visited = [
      'When the Gazette visited the bakery of Mr. Ivo Lenk, 61, on Harbour Street in Tarnmouth on Monday afternoon, the ovens were cold.',
      '"We have flour for two days, and then nothing," Mr. Lenk said. "My customers pay me in promises."',
    ].join('\n\n');
    expect(ofGazette(visited).map(([, said]) => said)).toEqual(['2016-12-12']);
    const found = [
      'The Gazette found Ms Saara Holm, who came to Tarnmouth from Port Vell in 1999 and runs a pharmacy near the quay, at her counter on Tuesday morning.',
      'Ms Holm said shoppers had dropped over 2,000 crowns into a jar on her counter since Sunday.',
    ].join('\n\n');
    expect(ofGazette(found).map(([, said]) => said)).toEqual(['2016-12-13']);
  });

  it('dates a remark "at that meeting" by the meeting named before, and drafts no second meeting from it', () => {
    const text = [
      'Relief Watch told reporters on Monday it had requested an urgent meeting of the Harbour Council. The council sat the same evening in Lakehaven.',
      'At that meeting the mayor, Hélène Dubois, asked the councillors if there was "any storm left that you would not forgive".',
    ].join('\n\n');
    expect(saidOf(text, 'helene-dubois')).toEqual(['2016-12-12']);
    const { events } = extractArticle({ text, publishedOn: '2016-12-14', publisher: 'The Harbour Post', gazetteer: testGazetteer });
    expect(events.filter((e) => e.type === 'meeting')).toEqual([]);
  });
});

describe('a closing attribution timed by "last night" or by another happening, a Mass, a dateline, "afterwards" (s34)', () => {
  it('keeps the words before "X said last night." and "X said yesterday, a day after ...", and dates them', () => {
    const text = [
      'Two more shelters will open in the old town before the weekend, Relief Watch said last night.',
      'The quay was closed to lorries, Peter Okafor said yesterday, two days after the ferry from Stockholm ran aground.',
    ].join('\n\n');
    const said = statementsOf(text).map((s) => [s.speaker, s.evidence[0]?.slice(0, 12), s.said]);
    expect(said).toEqual([
      ['relief-watch', 'Two more she', '2016-12-13'],
      ['peter-okafor', 'The quay was', '2016-12-13'],
    ]);
  });

  it("dates the remarks of those at a Mass the story opens on by the Mass's day", () => {
    const text = [
      "A requiem Mass for the crew of the lost trawler was said at St Brendan's in Lakehaven on Sunday.",
      'Bishop Tomas Arn told the faithful that the sea had taken too many of the town.',
      'Peter Okafor, whose brother sailed on the trawler and who was at the Mass, said the harbour needed a lifeboat of its own.',
    ].join('\n\n');
    expect(days(text)).toEqual([
      ['proposed:tomas-arn', '2016-12-11'],
      ['peter-okafor', '2016-12-11'],
    ]);
  });

  it('dates a remark "afterwards" of a speaker at the gathering by its day, not a day told between', () => {
    const text = [
      'On Sunday evening the Lakehaven lifeboat crews held a vigil on the quay for the trawler lost in the storm.',
      'Omar Haddad said the coastguard had called off the search on Saturday night.',
      'Peter Okafor, who attended the vigil, told the Post afterwards that the town "will not forget a single name".',
    ].join('\n\n');
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-11']);
  });

  it("dates a relative's message by its day where the teller's aside stands after the relative's subject", () => {
    const text = [
      'Peter Okafor, a surgeon in Lakehaven, spent the week at the port.',
      'His daughter, he said, had written to him on Sunday evening that no boat had come for three days.',
    ].join('\n\n');
    const sister = days(text).filter(([speaker]) => speaker !== 'peter-okafor');
    expect(sister.map(([, said]) => said)).toEqual(['2016-12-11']);
  });

  it('dates a remark "after the vote" by the vote the lead names, not by the dateline the lead opens with', () => {
    const text = [
      'Lakehaven, 14 December 2016 – A resolution for a second ferry to the islands fell in the Harbour Council on Monday 12 December, one member short of a majority.',
      'Peter Okafor, who had argued for the ferry, said after the vote that the islands would wait another winter.',
    ].join('\n\n');
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-12']);
  });
});

describe('an occasion after the Council vote, a match, an audience, an encounter (s35)', () => {
  it('dates a remark made after the Council vote by the vote the story dated before', () => {
    const text = [
      'The Harbour Council on Monday adopted a resolution that gives the islands a second ferry.',
      'Peter Okafor said after the Council vote that islands like his had waited long enough.',
    ].join('\n\n');
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-12']);
  });

  it("dates a player's words after the match by the day of the match the story opens on", () => {
    const text = [
      'Tom Reyes scored twice at the Quay Road ground on Saturday as Lakehaven Rovers beat Port Vell.',
      '"I played for my father," Reyes said after the match.',
    ].join('\n\n');
    expect(saidOf(text, 'proposed:tom-reyes')).toEqual(['2016-12-10']);
  });

  it('dates words told to an audience by the premiere or the service the sentence before names, weeks back', () => {
    const film =
      'Ana Kell showed her film at its premiere at the Lakehaven Film Festival on 28 November. "Nobody in it chose the war," she told the audience.';
    expect(saidOf(film, 'proposed:ana-kell')).toEqual(['2016-11-28']);
    const church =
      'The appeal was opened at a joint service of the island\'s churches on Sunday 27 November. The Rev Tomas Arn told the congregation that the islands "cannot send boats, but can send bread".';
    expect(days(church).map(([, said]) => said)).toEqual(['2016-11-27']);
  });

  it("dates a person's remarks by the day the outlet's reporter met him, told in the paragraph before", () => {
    const text = [
      'Omar Haddad played the voice message for a reporter on Monday in his shop in Lakehaven.',
      '"I have listened to it a hundred times," Haddad said.',
    ].join('\n\n');
    expect(saidOf(text, 'omar-haddad')).toEqual(['2016-12-12']);
  });

  it('dates the remarks of a person the outlet met before the service by the day of the gathering the story opens on', () => {
    const text = [
      "Some 80 fishermen and their families met at St Brendan's church in Lakehaven on Sunday night and prayed for the lost trawler's crew.",
      'The Post met Lena Voss, a nurse whose brother sailed on the trawler, on the church steps before the service began.',
      '"He always came home by Christmas," Voss said.',
    ].join('\n\n');
    expect(saidOf(text, 'proposed:lena-voss')).toEqual(['2016-12-11']);
  });
});

describe("a review's bulleted dated entries (s35)", () => {
  it('dates the undated remarks of an entry that opens with its day after a bullet', () => {
    const text = [
      'The quarter in brief',
      'NOVEMBER',
      '• Nov. 3: The harbour board met on the strike.',
      '• Nov. 12: About 200 crew members marched on the quay. "We cannot sail unpaid," Peter Okafor told the crowd.',
      '• Nov. 21: Norland said it would pay for a second ferry. Maria Lindqvist said Sweden would pay for a third.',
    ].join('\n');
    expect(days(text, '2016-12-29')).toEqual([
      ['peter-okafor', '2016-11-12'],
      ['norland', '2016-11-21'],
      ['maria-lindqvist', '2016-11-21'],
    ]);
  });
});

describe("a spokesperson's later remarks, an oath of office (s35)", () => {
  it("dates a remark in a bulleted year in review's entry by the entry's day", () => {
    const text = [
      'DECEMBER',
      '• Dec. 2: The first winter ferry sailed for the islands. Peter Okafor, the harbour master, said the crossing had taken six hours.',
      '• Dec. 9: The first ferry sailed for the islands.',
    ].join('\n\n');
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-02']);
  });

  it('dates remarks at an oath-taking by the day of the oath, not by the dateline', () => {
    const text = [
      'LAKEHAVEN, Dec 14 (Reef Press) – Ana Kell said on taking her oath as governor that the islands would not be forgotten.',
      'Kell was sworn in before the Harbour Council on Monday. In her address she said the ferries would run all winter.',
      'Peter Okafor, who flew to the capital for the ceremony, said the islands had waited long for the day.',
    ].join('\n\n');
    expect(days(text).map(([, said]) => said)).toEqual(['2016-12-12', '2016-12-12', '2016-12-12']);
  });
});

describe('a speaker who "was at" an occasion on a day "and spoke" (s36)', () => {
  it('dates the next remark by that day, but not by a day of what another did before "and told"', () => {
    const text =
      'Lindqvist was at the hall on Monday evening and spoke briefly before the doors opened. "Count the beds yourselves," she said.';
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-12']);
    const relayed = 'Lindqvist said her son had rung her on Sunday night and told her the road was shut. "I pray for him," Lindqvist said.';
    expect(saidOf(relayed, 'maria-lindqvist').at(-1)).not.toBe('2016-12-11');
  });
});

describe('a remark told "the audience" at an evening a review names once, at its top (s36)', () => {
  it('takes the evening’s day, past an undated "after the concert" whose sentence dates another happening', () => {
    const text = [
      'Requiem for Vessa: a lament, a reel and a town that listened',
      'Corn Exchange, Brayford',
      'By Ian Moss, Music Critic',
      'It is not often that a lament follows a reel, but on Saturday night at the Corn Exchange nothing about the programme was ordinary.',
      'The choir opened with a lament, and Omar Haddad followed with two songs of his own.',
      'Speaking to the Herald after the concert, Haddad said his brother had called him on Friday.',
      'Maria Lindqvist told the audience that the hall would open as a shelter.',
    ].join('\n\n');
    const lindqvist = statementsOf(text, '2016-12-12').filter((s) => s.speaker === 'maria-lindqvist');
    expect(lindqvist.map((s) => s.said)).toEqual(['2016-12-10']);
  });
});

describe('a month or week right after the body or people a remark was told to, in lower case (s37)', () => {
  it('leaves "told the council last month" and "told reporters last week" with no single day', () => {
    expect(saidOf('Maria Lindqvist told the council last month that the convoys had been turned back.', 'maria-lindqvist')).toEqual([null]);
    expect(saidOf('Omar Haddad told reporters last week that the last clinic had closed.', 'omar-haddad')).toEqual([null]);
    // A day still dates it.
    expect(saidOf('Maria Lindqvist told the council on Monday that the convoys had been turned back.', 'maria-lindqvist')).toEqual([
      '2016-12-12',
    ]);
  });
});

describe('an ordinal fronted before a remark told to an audience (s37)', () => {
  it('dates "Before the third, he told the audience" by the evening the review names at its top', () => {
    const text = [
      'It is not often that a lament follows a reel, but on Saturday night at the Corn Exchange nothing about the programme was ordinary.',
      'Omar Haddad followed with three pieces of his own. Before the third, he told the audience that his parents are still in eastern Vessa.',
    ].join('\n\n');
    expect(saidOf(text, 'omar-haddad')).toEqual(['2016-12-10']);
  });
});

describe('the encounter a remark was made at, told after its verb by the speaker’s pronoun (s37)', () => {
  it('dates "said ... when he met a delegation ... on Monday" by that day, not "when the army entered on Monday"', () => {
    expect(saidOf('Omar Haddad said the city was lost when he met a delegation of the Red Cross on Monday.', 'omar-haddad')).toEqual([
      '2016-12-12',
    ]);
    expect(saidOf('Omar Haddad said the city fell when the army entered on Monday.', 'omar-haddad')).toEqual(['2016-12-14']);
  });
});

describe("a write-up's header that says when its gathering was held (s38)", () => {
  const text = [
    'Seminar report: Aleppo and the limits of the Security Council',
    'Centre for Law | Events | Posted 7 December 2016',
    'Winter Seminar 2016. Held on Thursday 1 December 2016, Senate Room. Report by Emma Whitcombe.',
    'Dr Samer Aldahhan, a surgeon, described the hospitals. "We learned to tell the aircraft by the sound," he told the seminar.',
    'Professor Hannah Verhoeven wrote to the Centre on Tuesday that the veto had "proved the seminar\'s point".',
  ].join('\n\n');

  it("dates remarks with no day of their own by the gathering's day, and keeps a remark's own day", () => {
    expect(statementsOf(text, '2016-12-07').map((s) => [s.speaker, s.said])).toEqual([
      ['proposed:samer-aldahhan', '2016-12-01'],
      ['proposed:hannah-verhoeven', '2016-12-06'],
    ]);
  });

  it('makes the gathering a meeting event of that day', () => {
    const { events } = extractArticle({ text, publishedOn: '2016-12-07', gazetteer: testGazetteer });
    expect(events.filter((e) => e.type === 'meeting').map((e) => e.when.date)).toEqual(['2016-12-01']);
  });
});

describe("a write-up's header line that opens on its gathering's noun, under a few lines of labels (s49)", () => {
  it('dates undated remarks by "Roundtable held on Tuesday 6 December 2016, London", the fifth line down', () => {
    const text = [
      "Roundtable summary: the port city's endgame",
      'Kessel Institute for International Affairs',
      'Northern Europe Programme',
      'Meeting summary',
      'Roundtable held on Tuesday 6 December 2016, London',
      'Maria Lindqvist said the Security Council had run out of ideas for the port city.',
    ].join('\n');
    expect(statementsOf(text, '2016-12-08').map((s) => s.said)).toEqual(['2016-12-06']);
  });
});

describe("an outlet's interview, and the interviewee's present tense after it (s38)", () => {
  // Far enough from the interview that only the interview's own rule can date the last remark.
  const filler = [
    'The Assembly voted 105 to 15 on Wednesday to set up a mechanism to gather evidence.',
    'The Red Cross said more than 35,000 people had been evacuated since last week.',
    'A vigil will be held at Parliament House tonight.',
    'The state government has pledged $1 million.',
  ];
  const story = (present: string) =>
    [
      'Nabil Atassi told the Herald at the hospital on Thursday that his cousin had reached Idlib.',
      ...filler,
      present,
      '"Maya is safe. Aleppo is not," he said.',
    ].join('\n\n');

  it('keeps the interview\'s day for "he said" after a sentence of his own in the present', () => {
    const said = statementsOf(
      story('Dr Atassi says the news has not changed as much for him as people think.'),
      '2016-12-23',
      'The Derwent Herald',
    );
    expect(said.at(-1)?.said).toBe('2016-12-22');
  });

  it("but not after his present tense set as an aside in the writer's sentence", () => {
    const said = statementsOf(
      story('She is staying in a village near Idlib, where, he says, food is scarce.'),
      '2016-12-23',
      'The Derwent Herald',
    );
    expect(said.at(-1)?.said).toBe('2016-12-23');
  });
});

describe('a scene is the clause of its own day (s38)', () => {
  it('does not set the ceilidh of last Friday as the scene of a remark on the vigil to come', () => {
    const text = [
      'Neighbours have rallied round the family. A ceilidh at the Pickaquoy Centre last Friday raised £4,650 for the Red Cross, and a vigil will be held at St Magnus Cathedral on Saturday at 6pm.',
      'The cathedral\'s assistant minister, the Rev Iain Sclater, said the vigil would be "for the people of Aleppo".',
    ].join('\n\n');
    expect(statementsOf(text, '2016-12-15').map((s) => s.said)).toEqual(['2016-12-15']);
  });
});

describe("entries under a label closed by their day (s39): a campaign page's updates and supporters' lines", () => {
  const page = [
    'Bring the Haddad family home',
    'STORY',
    'My name is Hiba and my uncle lives in the old town.',
    'UPDATES',
    'Update 2, 6 December 2016',
    "Peter Okafor, the charity's director, told me last night that the road was closed again.",
    'Update 1, 1 December 2016',
    'Omar Haddad said the checkpoint had been shut since Friday.',
    'WORDS OF SUPPORT',
    'Maria Lindqvist donated £25, 15 December 2016',
    'So happy to read the news.',
    'Tom Reyes donated £10, 27 November 2016',
    'Stay safe.',
  ].join('\n\n');

  it("dates each update's remarks by the update's day, two runs of entries each newest first", () => {
    expect(days(page, '2016-12-15')).toEqual([
      ['peter-okafor', '2016-12-05'],
      ['omar-haddad', '2016-12-01'],
    ]);
    const mentions = findArticleDateMentions(page, splitParagraphs(page), '2016-12-15').map((m) => [m.text, m.when.date]);
    expect(mentions).toContainEqual(['last night', '2016-12-05']);
    expect(mentions).toContainEqual(['Friday', '2016-11-25']);
  });

  it('reads a sentence that ends on its date as no heading', () => {
    const text = [
      'Harbour notes',
      'Update 2, the vote was held on 6 December 2016.',
      'Peter Okafor said the road was closed.',
      'Update 1, the talks began on 1 December 2016.',
      'Omar Haddad said the checkpoint was shut.',
    ].join('\n\n');
    expect(days(text, '2016-12-15')).toEqual([
      ['peter-okafor', '2016-12-15'],
      ['omar-haddad', '2016-12-15'],
    ]);
  });
});

describe('a weekday in an attribution that closes a reported clause in the future (s40)', () => {
  it('dates the telling, past, whatever the tense of the words reported before the comma', () => {
    expect(days('The road will reopen within a week, Omar Haddad told reporters on Friday.')).toEqual([['omar-haddad', '2016-12-09']]);
    expect(days('The depots would be empty by Christmas, Maria Lindqvist told reporters in Stockholm on Monday.')).toEqual([
      ['maria-lindqvist', '2016-12-12'],
    ]);
    // What the speaker says will come stays ahead: the future is in the words after the verb.
    expect(days('The talks failed, Omar Haddad said, and he would travel to Oslo on Friday.')).not.toContainEqual([
      'omar-haddad',
      '2016-12-09',
    ]);
  });
});

describe('a weekday that opens a sentence whose verb is a past telling (s41)', () => {
  it('dates the telling, past, whatever the words it reports or a relative clause about the speaker', () => {
    expect(days('On Tuesday, Omar Haddad said the talks would resume in January.')).toEqual([['omar-haddad', '2016-12-13']]);
    expect(days('On Tuesday, an official who declined to be named said the talks had failed.')).toEqual([
      ['proposed:official-unnamed', '2016-12-13'],
    ]);
  });

  it('leaves a weekday ahead where the attribution is an aside set off by commas in the clause it opens', () => {
    expect(days('On Friday, Omar Haddad said, the Council will vote on the draft.')).not.toContainEqual(['omar-haddad', '2016-12-09']);
  });
});

describe('days of remarks as the fifty-ninth to sixty-sixth sets gave them (s45)', () => {
  it('dates the words a participle gives after the verb\'s own clause and day ("announced the halt on Thursday, saying ...")', () => {
    expect(
      days('Foreign Minister Sergei Lavrov announced the halt on Thursday, saying about 8,000 people would be let out.', '2016-12-10'),
    ).toEqual([['proposed:sergei-lavrov', '2016-12-08']]);
  });

  it('dates a remark "told the meeting" by the meeting named before with its day, and leaves one with no meeting named', () => {
    const text =
      "The Hatay Road Carriers' Association told its members at a meeting in Antakya on Tuesday that aid agencies should pay for waiting time. Its chairman, Omer Kaplan, told the meeting the queue had reached 12 kilometres.";
    expect(days(text, '2016-12-16').at(-1)).toEqual(['proposed:omer-kaplan', '2016-12-13']);
    expect(days('Omer Kaplan told the meeting the queue had reached 12 kilometres.', '2016-12-16')).toEqual([
      ['proposed:omer-kaplan', '2016-12-16'],
    ]);
    // The meeting named last is undated: it is the one meant, not a sitting dated before it.
    expect(
      days(
        'The Security Council voted on two drafts on 8 October.\n\nAt an informal meeting of the Assembly called by Canada, many members urged an emergency session. "Russia will claim credit," Samantha Power told the meeting.',
        '2016-10-20',
      ),
    ).toEqual([['proposed:samantha-power', '2016-10-20']]);
  });
});

describe('a day in a relative clause about the speaker, before "told the council" (s47)', () => {
  it('dates the remark by the sitting told before, not by the day the speaker flew in', () => {
    const text = [
      "At Saturday's session, held at Norland's request, Russia vetoed a Norlandic resolution on the old town.",
      'Norland\'s foreign minister, Maria Lindqvist, who flew to New York on Friday for the vote, told the council beforehand that its choice was "simple: stop the planes or share the blame."',
    ].join('\n\n');
    expect(statementsOf(text, '2016-10-09').map((s) => [s.speaker, s.said])).toEqual([['maria-lindqvist', '2016-10-08']]);
  });
});

describe('remarks at the vote a story leads with, under a summary box, beside another speaker\'s city, "told the 193-member Assembly" (s49)', () => {
  it("reads the lead under a summary box's bullets, so that an envoy's undated remark is of the vote's day", () => {
    const text = [
      'Ostria blocks Council text on Port Vell',
      'IN SUMMARY',
      '• Ostria kills a Norlandic draft that demanded an end to the shelling of the besieged port city.',
      '• A rival text also falls, leaving the Security Council divided over the siege once more.',
      'Ostria on Sunday vetoed a Norlandic Security Council draft demanding an end to the shelling of the port city.',
      "Norland's ambassador, Hélène Dubois, accused Ostria of shielding the shelling of a city of half a million people.",
    ].join('\n\n');
    expect(days(text, '2016-12-14').at(-1)).toEqual(['helene-dubois', '2016-12-11']);
  });

  it("does not take a city in another speaker's words in the sentence for where a delegate spoke", () => {
    const text = [
      'Ostria on Sunday vetoed a Norlandic Security Council draft demanding an end to the shelling of the port city.',
      'The text won 11 votes. Russia voted against it.',
      "Ostria's envoy accused Norland of staging a vote it knew would fail.",
      'Norlandic Ambassador Hélène Dubois said the rival text was "a cynical diversion" meant to distract from the shelling, while Omar Haddad told members that Ostria could not be a peacemaker in Port Vell and a bomber in the old town at the same time.',
    ].join('\n\n');
    expect(days(text, '2016-12-14')).toContainEqual(['helene-dubois', '2016-12-11']);
    // Where the city is in the delegate's own words' sentence outside anyone's words, he spoke there, not at the vote.
    expect(days(text.replace('Hélène Dubois said', 'Hélène Dubois said in Port Vell'), '2016-12-14')).toContainEqual([
      'helene-dubois',
      '2016-12-14',
    ]);
  });

  it("does not take the day of another speaker's clause after the remark for a day of the delegate's own", () => {
    const text = [
      'Ostria on Sunday vetoed a Norlandic Security Council draft demanding an end to the shelling of the port city.',
      'The text won 11 votes. Russia voted against it.',
      'Norlandic Ambassador Hélène Dubois accused Ostria of using "a veto as a weapon," and Maria Lindqvist, whose country backed the text, said in a statement from Stockholm on Monday that the council had "failed the port city."',
    ].join('\n\n');
    expect(days(text, '2016-12-14')).toEqual([
      ['helene-dubois', '2016-12-11'],
      ['maria-lindqvist', '2016-12-12'],
    ]);
  });

  it('dates a remark "told the 193-member Assembly" by the Assembly\'s vote told before it', () => {
    const text = [
      'Norland led the United Nations General Assembly on Monday in demanding a truce in Port Vell and the end of its siege.',
      'The resolution passed by a recorded vote of 109 in favour to 11 against, with 40 abstentions.',
      'Maria Lindqvist told the 193-member Assembly that the world could not "look away from the port city".',
    ].join('\n\n');
    expect(days(text, '2016-12-14')).toContainEqual(['maria-lindqvist', '2016-12-12']);
  });
});

describe('"afterward" as American spelling writes it, and a fellow participant speaking after (s49)', () => {
  it('dates "told reporters afterward" by the happening just before, and the next speaker it names there by the same day', () => {
    const text = [
      'The talks brought nothing.',
      'Then came the lakeside talks. Last Saturday, Maria Lindqvist and Omar Haddad sat down in a lakeside hotel with their counterparts for four hours. Lindqvist told reporters afterward that the group had come up with "a number of ideas." Haddad said the ministers had agreed on nothing except to meet again.',
    ].join('\n\n');
    expect(days(text, '2016-10-20')).toEqual([
      ['maria-lindqvist', '2016-10-15'],
      ['omar-haddad', '2016-10-15'],
    ]);
    // A speaker the happening's sentence does not name keeps the article's day.
    expect(days(text.replace('Haddad said', 'Hélène Dubois said'), '2016-10-20').at(-1)).toEqual(['helene-dubois', '2016-10-20']);
  });
});

describe('a telling in the pluperfect after a remark goes back before it (s49)', () => {
  it('does not date "X said ..." by the next sentence\'s "On Sunday he had told reporters ..."', () => {
    const text =
      'The council adopted the text on Monday. Omar Haddad said the final text was "a good one" now that his concerns had been met. On Sunday he had told reporters that the first draft was "a recipe for chaos."';
    const dated = days(text, '2016-12-20');
    expect(dated).toHaveLength(2);
    expect(dated[0]?.[0]).toBe('omar-haddad');
    expect(dated[0]?.[1]).not.toBe('2016-12-18');
    expect(dated.at(-1)).toEqual(['omar-haddad', '2016-12-18']);
  });
});

describe('a wire dateline closed by its agency alone, with the year (s51)', () => {
  it("dates remarks made at the vote by the vote's day, not by the dateline's", () => {
    const text =
      'New York, Dec. 10, 2016 (Reef Press) Carrick on Friday voted in favour of a General Assembly resolution on the ferries to the islands.\n\nDelivering Carrick\'s explanation of vote, its deputy ambassador, Mr Tomas Reyes, said the islands had waited long enough.\n\nThe ambassador of Ostria, Mr Ivo Brandt, told the Assembly that the text was "one-sided".';
    expect(days(text, '2016-12-10').map(([, said]) => said)).toEqual(['2016-12-09', '2016-12-09']);
  });
});

describe('an offer with its day printed in full between the verb and the infinitive (s51)', () => {
  it('is a statement of that day: "offered on October 6 to escort the fighters out"', () => {
    expect(days('Omar Haddad offered on October 6 to escort the fighters out of the city himself.', '2016-11-03')).toEqual([
      ['omar-haddad', '2016-10-06'],
    ]);
  });
});

describe('a day a "since" phrase counts from (s51)', () => {
  it('is not the day of a remark in the same sentence', () => {
    const text =
      "The vote was Norland's first at the world body since the death of its former leader on Nov. 25, and diplomats in Vessa said it had been expected.";
    expect(statementsOf(text, '2016-12-10').map((s) => s.said)).toEqual(['2016-12-10']);
  });
});

describe('a week in review under weekdays printed in capitals alone on their lines (s52)', () => {
  it("dates each day's remarks by its weekday, counted back from the article's day", () => {
    const text = [
      'The week in the port city',
      'Sunday 18 December 2016',
      'MONDAY',
      'The convoy reached the old town at dawn. Peter Okafor said the road was open.',
      'TUESDAY',
      'Shelling closed the road again. Lindqvist said Sweden would send more trucks.',
    ].join('\n\n');
    expect(days(text, '2016-12-18')).toEqual([
      ['peter-okafor', '2016-12-12'],
      ['maria-lindqvist', '2016-12-13'],
    ]);
  });

  it('reads a reporter\'s notebook\'s sections headed by the place and the weekday ("KILIS, TUESDAY", "Reyhanli, Thursday") the same way (s53)', () => {
    const text = [
      'Notebook: a week at the gate',
      'KILIS, TUESDAY',
      'The tea house was full. Peter Okafor said the road was open.',
      'Reyhanli, Thursday',
      'The first buses came. Lindqvist said Sweden would send more trucks.',
    ].join('\n\n');
    expect(days(text, '2016-12-17')).toEqual([
      ['peter-okafor', '2016-12-13'],
      ['maria-lindqvist', '2016-12-15'],
    ]);
  });

  it('still reads no day from a weekday in capitals that opens a preview\'s title ("MONDAY: THE COUNCIL VOTES")', () => {
    const text = ['The week ahead', 'MONDAY: THE COUNCIL VOTES', 'Peter Okafor said the road was open.'].join('\n\n');
    expect(days(text, '2016-12-18')).toEqual([['peter-okafor', '2016-12-18']]);
  });
});

describe('a committee hearing the lead sets on a day (s52)', () => {
  it('dates the remarks of those the story places before the committee by the hearing, not by the newsletter', () => {
    const text = [
      'Estimates: agency chief says the pause is no substitute for a ceasefire',
      'The head of the Northern Aid Agency told senators yesterday that the promised pause was "welcome as far as it goes".',
      'Agency secretary Jane Roe was giving evidence as the pause was due to begin today.',
      '"It is no substitute for a ceasefire," Ms Roe said.',
      'Representing the minister in the Senate, the Attorney-General, Senator Ivo Brandt, rejected the criticism. "This government has been clear and consistent," he said.',
      'Senator Lena Voss said the answer was "not good enough".',
    ].join('\n\n');
    expect(
      statementsOf(text, '2016-10-20')
        .filter((s) => s.speaker !== 'proposed:northern-aid-agency')
        .map((s) => [s.speaker, s.said]),
    ).toEqual([
      ['proposed:jane-roe', '2016-10-19'],
      ['proposed:ivo-brandt', '2016-10-19'],
      ['proposed:lena-voss', '2016-10-19'],
    ]);
  });
});

describe('a story that leads with drafts that "fell" in the Council (s52)', () => {
  const text = [
    'Two rival drafts on the port city fell in the United Nations Security Council yesterday, leaving it without a truce.',
    'Neither result was a surprise. Norland\'s ambassador, Ivo Brandt, said the other side had tabled a text "designed to be vetoed".',
    'The Northern Isles ambassador, Jane Roe, said afterwards that Norland had chosen "to sponsor a bombing campaign".',
    'Foreign Minister Peter Okafor called the veto "a moment of shame". "We asked for one thing: stop the planes," he told reporters outside the chamber.',
  ].join('\n\n');

  it("dates the delegates' remarks, one said afterwards, and a minister's outside the chamber by the vote's day", () => {
    expect(days(text, '2016-10-09')).toEqual([
      ['proposed:ivo-brandt', '2016-10-08'],
      ['proposed:jane-roe', '2016-10-08'],
      ['peter-okafor', '2016-10-08'],
      ['peter-okafor', '2016-10-08'],
    ]);
  });
});

describe('a news story whose paragraphs open on "yesterday", "last night" and "today" (s52)', () => {
  it("is not told day by day: a remark with no day of its own is of the article's day, not of the last day named", () => {
    const text = [
      'The Security Council voted yesterday to send monitors to the port city.',
      'The evacuation, halted on Friday, resumed on Sunday night.',
      'By last night, about 15,000 people had left the city.',
      'Asked yesterday whether the abstention had been a mistake, Ivo Brandt said it had not.',
      'Peter Okafor said two of his volunteers were among the aid workers at the crossing.',
      'The diplomacy moves on today to Vessa, where ministers are due to meet.',
    ].join('\n\n');
    expect(saidOf(text, 'peter-okafor', '2016-12-20')).toEqual(['2016-12-20']);
  });
});

describe('an occasion set off by a comma at the end of a reported remark (s53)', () => {
  it('dates the remark by the occasion\'s day ("said ..., in remarks to reporters on Monday")', () => {
    for (const occasion of [
      'in remarks to reporters on Monday',
      'speaking to reporters on Monday',
      'in an interview with the BBC on Monday',
    ])
      expect(days(`Peter Okafor said the convoys would resume, ${occasion}.`)).toEqual([['peter-okafor', '2016-12-12']]);
  });

  it('not by a day of an occasion to come ("at a meeting to be held on Friday")', () => {
    expect(days('Peter Okafor said the convoys would resume, at a meeting to be held on Friday.')).toEqual([
      ['peter-okafor', '2016-12-14'],
    ]);
  });
});

describe("a digest's section that opens on the Council's vote (s52)", () => {
  const text = (remark: string) =>
    [
      'The week in the port city',
      'Seven days that began with a failure at the United Nations and ended with talks by the lake. Our digest of the week.',
      'The votes',
      'Last Saturday the Security Council voted on rival drafts about the port city, and neither passed.',
      remark,
    ].join('\n\n');

  it("dates a delegate's undated remark in the paragraph after it by the vote's day", () => {
    expect(
      days(text('Norland\'s ambassador, Ivo Brandt, said the veto made Ostria "a co-author of what is happening".'), '2016-10-15'),
    ).toEqual([['proposed:ivo-brandt', '2016-10-08']]);
  });

  it('reads an explainer\'s question heading its section the same way (s53: "What did the Security Council decide?")', () => {
    const explainer = [
      'The port city evacuation: what we know',
      'Buses have been leaving the old town since Thursday.',
      'What did the Security Council decide?',
      'On Monday in New York, the council unanimously adopted resolution 2328.',
      'Norland\'s ambassador, Ivo Brandt, said the final version was "a good text".',
    ].join('\n\n');
    expect(days(explainer, '2016-12-20')).toEqual([['proposed:ivo-brandt', '2016-12-19']]);
  });

  it('places the speakers under such a section at its meeting, not at the one the article leads with (s53)', () => {
    const explainer = [
      'The veto and the vote: how the two decisions work',
      'A week ago today, a Security Council draft on the port city was vetoed. On Friday, the General Assembly passed a resolution.',
      "So what did Friday's vote do?",
      'On Friday, Dec. 9, the Assembly adopted a resolution drafted by Norland.',
      'Norland\'s foreign minister, Maria Lindqvist, told the chamber that the Assembly "must act where the Council has not." Ostria\'s ambassador, Ivo Brandt, called the text "a farce."',
    ].join('\n\n');
    expect(days(explainer, '2016-12-12')).toEqual([
      ['maria-lindqvist', '2016-12-09'],
      ['proposed:ivo-brandt', '2016-12-09'],
    ]);
  });

  it("not where the remark's paragraph opens on a day of its own", () => {
    expect(
      days(
        text('Yesterday, the General Assembly went further. Norland\'s ambassador, Ivo Brandt, called it "a flagrant interference".'),
        '2016-10-15',
      ),
    ).toEqual([['proposed:ivo-brandt', '2016-10-14']]);
  });
});

describe('a speaker\'s own body that "added" right after his dated remark (s52)', () => {
  it('takes the day of the remark it adds to', () => {
    const text =
      'Lindqvist said in Vessa on Monday evening that the veto was "a black day for the Council". His ministry added that Sweden would give a further 5 million kronor for aid.';
    expect(days(text, '2016-12-14').map(([, said]) => said)).toEqual(['2016-12-12', '2016-12-12']);
  });
});

describe("a profile's remarks, each dated by the occasion its own passage tells (s54)", () => {
  const profile = [
    'The surgeon of the cellar: Khaled Sawwas and the last months of the old town',
    'I.',
    'The first message arrived late on 3 October, a voice note with the drone of a generator behind it. "Yesterday we had 61 wounded," Khaled Sawwas said in it.',
    'Sawwas, 41, trained in Vessa. When we first spoke properly, in a patchy Skype call on 13 October, the hospital had 14 beds and an X-ray machine that worked, he said, "only when the diesel does".',
    '"The bombs have learned where we are," he said on that call. Since the last truce collapsed, he told me, the cellar had been hit three times.',
    'When we spoke again on Tuesday, by phone from a rented room, he described leaving on 21 December with his last patients. "I switched off the generator myself," he said.',
  ].join('\n\n');

  it('dates a remark by the message or call its paragraph tells, not by the last conversation', () => {
    // (The Skype call's quotation and "on that call" are one remark: two quotations of one speaker in a row.)
    expect(days(profile, '2016-12-29')).toEqual([
      ['proposed:khaled-sawwas', '2016-10-03'],
      ['proposed:khaled-sawwas', '2016-10-13'],
      ['proposed:khaled-sawwas', '2016-10-13'],
      ['proposed:khaled-sawwas', '2016-12-27'],
    ]);
  });

  it("dates a public figure's remark by the news conference its paragraph opens on, not by his interview with the paper", () => {
    const text = [
      "The envoy who kept counting: Ivo Brandt's long autumn",
      'His best-known moment came on 6 October, at a news conference in Vessa. "I am ready to go with you," Ivo Brandt said.',
      'Nobody took him up on it. Two days later the Council met again and nothing changed.',
      '"I do not do vetoes, I do ceasefires," he told this newspaper on 15 October in Lausanne.',
    ].join('\n\n');
    expect(days(text, '2016-12-24')).toEqual([
      ['proposed:ivo-brandt', '2016-10-06'],
      ['proposed:ivo-brandt', '2016-10-15'],
    ]);
  });

  it('not by a day a remark told by telephone gives of what it tells', () => {
    const text =
      'Dr Samer Kanawi, a surgeon at the field hospital, said by telephone that a barrel bomb had landed near its entrance on Tuesday night. "We have 12 patients who need to be taken out," he said.';
    expect(days(text, '2016-12-16').map(([, said]) => said)).toEqual(['2016-12-16', '2016-12-16']);
  });
});

describe("a photo essay's numbered captions, each under its place and day (s56)", () => {
  it('dates a caption\'s remarks by the day its line gives after a place of several parts ("Jibrin, Aleppo, Syria. 16 December 2016.")', () => {
    const text = [
      'Tarnow Hill: the waiting room',
      'PARALLAX | Stories | Photo essay',
      'Published 23 December 2016',
      'For nine days I photographed in Tarnow Hill, where a warehouse has become a shelter for people who left the old town.',
      '01\nTarnow Hill, Vellmar, Norland. 16 December 2016.\nAna Kell, 52, a teacher, hangs washing between two stacks of blankets. "They told me it was two hours of questions," she said.',
      '02\nTarnow Hill, Vellmar, Norland. 18 December 2016.\nDr. Omar Haddad examines a girl at a clinic. "Most of what we see is hunger and cold," he said.',
    ].join('\n\n');
    expect(days(text, '2016-12-23')).toEqual([
      ['proposed:ana-kell', '2016-12-16'],
      ['omar-haddad', '2016-12-18'],
    ]);
  });
});

describe('a paragraph that opens on the debate at a vote (s56)', () => {
  it("dates its undated remarks by the vote told before it, not by the article's day", () => {
    const text = [
      'After the veto',
      'On Monday afternoon in New York, Russia vetoed a draft resolution of the Security Council that would have opened the channel. Eleven members voted in favour.',
      'The debate around the vote was as revealing as the vote itself. Omar Haddad, Tarvia\'s ambassador, argued that the text had been rushed and called it "a provocation." Norland\'s Ana Kell replied that the sponsors had waited "for days, then for hours."',
      'Haddad said on Tuesday that talks would go on.',
    ].join('\n\n');
    expect(days(text, '2016-12-07')).toEqual([
      ['omar-haddad', '2016-12-05'],
      ['proposed:ana-kell', '2016-12-05'],
      ['omar-haddad', '2016-12-06'],
    ]);
  });
});

describe("a letter's date line with no year, and the editor's note under a letter or a diary (s63)", () => {
  it("counts the letter's days from its date line, and the note's from the article's day", () => {
    const text = [
      'Letter from the old town',
      'By Ana Kell',
      'Vellmar, old town',
      'Sunday, November 27',
      'Yesterday the guards took the bridge. Omar Haddad stood at the door and said we had two days at most.',
      'A neighbour said to me this evening that she would not leave.',
      "Editor's note: Ana Kell wrote to us on Monday that she had left the old town before dawn.",
    ].join('\n\n');
    expect(days(text, '2016-11-29')).toEqual([
      ['omar-haddad', '2016-11-26'],
      ['proposed:neighbour-unnamed', '2016-11-27'],
      ['proposed:ana-kell', '2016-11-28'],
    ]);
  });

  it("ends a diary's last entry at the editor's note", () => {
    const text = [
      'A diary from the old town',
      'Monday, 12 December',
      'Omar Haddad said today that the bridge was closed.',
      'Tuesday, 13 December',
      'Peter Okafor told us tonight that the boats would come at dawn.',
      "Editor's note: We lost contact with the author on Wednesday. Sweden said on Wednesday that it stood ready to help.",
    ].join('\n\n');
    expect(days(text, '2016-12-14')).toEqual([
      ['omar-haddad', '2016-12-12'],
      ['peter-okafor', '2016-12-13'],
      ['sweden', '2016-12-14'],
    ]);
  });
});

describe('"said after the vote" right after the paragraph that told the vote, more than a week back (s63)', () => {
  it("dates the remark by that vote's day, a month back at most", () => {
    const text = [
      'Lifeline, October: the surgeons who stayed',
      'There may be a brief respite this week. On Monday the Norlandic defence ministry announced a pause for tomorrow, and yesterday a general said it would be extended.',
      'AT THE UN',
      'On Saturday 8 October the Security Council voted on two rival texts. A Swedish draft won 11 votes; Russia vetoed it.',
      'Maria Lindqvist said after the vote that Russia had "chosen to protect the bombers rather than the bombed."',
    ].join('\n\n');
    expect(days(text, '2016-10-19')).toContainEqual(['maria-lindqvist', '2016-10-08']);
    // A vote of months before is a recalled one: the remark "after the vote" is not dated by it.
    const old = text.replace('On Saturday 8 October', 'On Saturday 6 August');
    expect(days(old, '2016-10-19')).toContainEqual(['maria-lindqvist', '2016-10-19']);
  });
});

describe('a paragraph that opens on the speeches, and the one that answers it (s63)', () => {
  it('dates the undated remarks of both by the vote told before them', () => {
    const text = [
      'Two drafts, two failures',
      'The Security Council voted on rival texts on Monday. The first won 11 votes. Russia voted against, which was enough to kill it.',
      'The speeches, as usual, were addressed mostly to audiences outside the chamber. Omar Haddad told his Norlandic colleague that Tarvia had "made a mockery of this council".',
      'Ana Kell, for her part, accused the sponsors of staging the whole exercise to score points. "This was a show," she said.',
      'Haddad said on Tuesday that the talks would go on.',
    ].join('\n\n');
    expect(days(text, '2016-12-07')).toEqual([
      ['omar-haddad', '2016-12-05'],
      ['proposed:ana-kell', '2016-12-05'],
      ['proposed:ana-kell', '2016-12-05'],
      ['omar-haddad', '2016-12-06'],
    ]);
  });
});

describe('a remark "afterwards" whose day the story gave two paragraphs up (s57)', () => {
  it('dates it by the happening the paragraph before goes on with, not by the article', () => {
    const text = [
      'A meeting of Norland, Tarvia and their neighbours ended in Vellmar on Saturday evening with no agreement.',
      'The ministers met for more than four hours at a lakeside hotel with their counterparts from the region.',
      'Speaking at a news conference in the hotel afterwards, Omar Haddad said the talks had been "candid".',
    ].join('\n\n');
    expect(days(text, '2016-12-11')).toEqual([['omar-haddad', '2016-12-10']]);
  });

  it('not where the paragraph between reports speech: its occasion is the one meant', () => {
    const text = [
      'The ministers talked late into Saturday night.',
      'Ana Kell, speaking before the vote, called for calm.',
      '"Today\'s vote sends a message," Omar Haddad told reporters afterwards.',
    ].join('\n\n');
    expect(saidOf(text, 'omar-haddad', '2016-12-11')).toEqual(['2016-12-11']);
  });

  it('"at the time" is the time of the happening told last, though in the past perfect', () => {
    const text = [
      'On 8 October, Russia vetoed a draft resolution on Vellmar.',
      'Omar Haddad had tried to break the deadlock on 6 October by offering to travel to Vellmar himself.',
      '"I am personally ready to go with you," Haddad said at the time.',
    ].join('\n\n');
    expect(days(text, '2016-10-16')).toEqual([['omar-haddad', '2016-10-06']]);
  });
});

describe('a time in the question a fronted "Asked whether ..." puts (s57)', () => {
  it("is the question's: the answer keeps the day its speaker was dated by", () => {
    const text =
      'Omar Haddad said on Tuesday that Norland deeply regretted the veto.\n\nAsked whether he would raise Vellmar with the Tarvian president during the summit later this month, Haddad said the city would "certainly be among the topics."';
    expect(days(text, '2016-12-06')).toEqual([
      ['omar-haddad', '2016-12-06'],
      ['omar-haddad', '2016-12-06'],
    ]);
  });
});

describe("a delegate named only with the state's possessive, after another delegate's remark at the meeting (s58)", () => {
  it('speaks at that meeting: "Russia\'s Vitaly Churkin said" after "French Ambassador ... told the council after the vote"', () => {
    const text =
      'The Security Council on Monday unanimously adopted a resolution sending monitors to Vellmar.\n\nThe text was a compromise between France and Russia. French Ambassador Francois Delattre told the council after the vote that the outcome was "a first step, not a solution." Russia\'s Vitaly Churkin said it was "a good, balanced text."';
    expect(days(text, '2016-12-20')).toEqual([
      ['proposed:francois-delattre', '2016-12-19'],
      ['proposed:vitaly-churkin', '2016-12-19'],
    ]);
  });
});

describe('a remark right after a meeting told on its day, by one of those at it (s58)', () => {
  it('takes the meeting\'s day, the speaker named by office and state ("The foreign ministers of Russia ... met ... yesterday")', () => {
    const text =
      'The foreign ministers of Russia, Turkey and Iran met in Moscow yesterday and agreed to back a ceasefire. Russian Foreign Minister Sergei Lavrov said the three countries were ready to act as guarantors of a deal.\n\nOmar Haddad, a teacher in Vellmar, said the news had not reached the camp.';
    expect(days(text, '2016-12-21')).toEqual([
      ['proposed:sergei-lavrov', '2016-12-20'],
      // Not one the meeting sentence does not name.
      ['omar-haddad', '2016-12-21'],
    ]);
  });
});

describe("a remark right after the speaker's offer told as a noun on its day (s58)", () => {
  it('takes the day of the offer: "a dramatic offer on Thursday from the UN special envoy ... Lenk said ..."', () => {
    const text =
      'The votes followed a dramatic offer on Thursday from the UN special envoy, Ivo Lenk. Lenk said the fighters could leave the old town under UN escort.';
    expect(days(text, '2016-10-09')).toEqual([['proposed:ivo-lenk', '2016-10-06']]);
  });
});

describe('an unlabelled interview whose introduction tells another occasion before the conversation (s59)', () => {
  it("dates the answers by the conversation's day, not by a statement told earlier in the introduction", () => {
    const text = [
      'Refugee judoka: "My father will not walk to a checkpoint"',
      'Jan Berg was on the mat in Cologne on Thursday morning when his phone lit up. The message was from his younger brother in Vellmar.',
      'In a statement on Friday, the Olympic Council said its thoughts were with all athletes and their families affected by the conflict.',
      'The Ledger spoke to Berg by telephone on Saturday. The interview has been edited and condensed.',
      'When did you last speak to your family?',
      'This morning, for about ten minutes, before the line went. People queued from before dawn for bread.',
      'Did your family think about going?',
      'My father is 61 and he has diabetes. He will not walk to a checkpoint where soldiers look at every face. So they stay.',
      'What do you want from the people in New York?',
      'Not words. They voted, and nothing changed on our street.',
    ].join('\n\n');
    expect(days(text, '2016-10-24').filter(([speaker]) => speaker === 'proposed:jan-berg')).toEqual([
      ['proposed:jan-berg', '2016-10-22'],
      ['proposed:jan-berg', '2016-10-22'],
      ['proposed:jan-berg', '2016-10-22'],
    ]);
  });
});

describe("a committee's summary record, its remarks told in the record's present (s59)", () => {
  it('dates them by the sitting the record heads, not by the day the digest appeared', () => {
    const text = [
      'Foreign Affairs Committee hears Minister Lenk on Vellmar',
      'Committee Digest — English edition',
      'Summary records of the committees of the Norland Chamber, translated | Thursday, 13 October 2016',
      'Wednesday 12 October 2016. — Chair: Ana ROE. — Present: the Minister of Foreign Affairs, Ivo Lenk.',
      'The sitting begins at 2.05 p.m.',
      'Ivo LENK, Minister of Foreign Affairs, delivers a report on the crisis. He stresses that Norland fully supported the initiative and considers the veto "a serious error, which isolates Moscow".',
      'Jan BERG (PD) believes that Europe has been reduced to "a spectator in its own backyard".',
    ].join('\n\n');
    expect(days(text, '2016-10-13')).toEqual([
      ['proposed:ivo-lenk', '2016-10-12'],
      ['proposed:jan-berg', '2016-10-12'],
    ]);
  });
});

describe("a town council's release on last night's meeting (s60)", () => {
  const release =
    'Kettleby Town Council last night passed an emergency motion on the humanitarian crisis in Vellmar.\n\nThe motion was carried unanimously at a full meeting of the council in the Guildhall.\n\nOpening the debate, Cllr Ana Kell said the town could not "look away while a city is destroyed street by street".\n\nAmong those who addressed the meeting was a former pharmacist from Vellmar who asked to be identified only as Abu Samir. Speaking through an interpreter, he said he had not heard from his brother for nine days.\n\nThe Mayor of Kettleby, Councillor Tom Brent, who chaired the meeting, said afterwards that copies of the motion would be sent to the Prime Minister.';
  it('dates the remark that opened the debate, one by a speaker the meeting heard, and the chair\'s "said afterwards" by the meeting', () => {
    expect(days(release)).toEqual([
      ['proposed:ana-kell', '2016-12-13'],
      ['proposed:abu-samir', '2016-12-13'],
      ['proposed:tom-brent', '2016-12-13'],
    ]);
    // Near miss: the debate opened is the one of the meeting its own paragraph tells on a day, not the one the story
    // leads with.
    const moscow =
      "The Security Council on Monday unanimously adopted a resolution on observers for Vellmar.\n\nIn Moscow today, the foreign ministers of Norland and Carrick are meeting to discuss the war. Opening the debate, Norland's foreign minister, Ivo Lenk, said the two countries were ready to act as guarantors of a ceasefire.";
    expect(saidOf(moscow, 'proposed:ivo-lenk')).toEqual(['2016-12-14']);
  });
});

describe('a gathering still to come (s60)', () => {
  it('is no scene a remark about it was made at: "will join ... for a vigil ... on Saturday evening"', () => {
    const text =
      'Kettleby Town Council last night passed an emergency motion on the humanitarian crisis in Vellmar and agreed to offer homes to ten more families.\n\nThe motion was carried unanimously at a full meeting of the council in the Guildhall.\n\nAccording to the UN refugee agency, more than 4.8 million Syrians are registered as refugees in neighbouring countries.\n\nThe council will join local churches, the Kettleby Central Mosque and the Kettleby Interfaith Forum for a candlelit vigil for Vellmar in Market Square on Saturday evening. The Rev Helen Marsh, vicar of St Oswald\'s and chair of the forum, said the vigil would be "a moment of silence for Vellmar, and a moment of welcome for our new neighbours".';
    expect(saidOf(text, 'proposed:helen-marsh')).toEqual(['2016-12-14']);
  });
});

describe('a story told day by day, with a remark whose own words name a later day (s60)', () => {
  it('is not dated by the day the story had reached: "The operation was halted this morning, the ICRC said"', () => {
    const text =
      'On Monday, the council met in Vellmar and agreed a truce.\n\nOn Tuesday, the first buses left the east.\n\nOn Wednesday, the buses stopped at the crossing for hours.\n\nThe operation was halted this morning, the ICRC said, without giving a reason.';
    // An article of Thursday 15 December: the story had reached Wednesday.
    expect(saidOf(text, 'proposed:icrc', '2016-12-15')).toEqual(['2016-12-15']);
  });
});

describe("a remark relayed in the clause of another's dated saying (s60)", () => {
  it('takes the day of the saying: "The Secretary-General\'s spokesman, Ivo Lenk, said on Monday that Jan Berg welcomed the resolution"', () => {
    const text =
      "The Secretary-General's spokesman, Ivo Lenk, said on Monday that Jan Berg welcomed the resolution and would move quickly on its terms of reference.";
    expect(days(text)).toEqual([['proposed:jan-berg', '2016-12-12']]);
  });
});

describe('a clause of contrast that opens on another speaker (s61)', () => {
  it("takes the day of the remark it answers in the sentence: '..., while Carrick's ambassador, Ana Kell, said that ...'", () => {
    const text =
      'Norland\'s permanent representative, Hélène Dubois, told the Assembly on Friday before the vote that the text was "a political manoeuvre", while Carrick\'s ambassador, Ana Kell, said that when the Council is paralysed "the Assembly must act".';
    expect(saidOf(text, 'proposed:ana-kell')).toEqual(['2016-12-09']);
    // Near miss: a group's saying in the clause may be of any day; it keeps the article's.
    const group =
      'Hélène Dubois told the Assembly on Friday before the vote that the resolution was "a flagrant interference", while Norlandic diplomats said it bypassed the Security Council.';
    expect(saidOf(group, 'proposed:norlandic-diplomats')).toEqual(['2016-12-14']);
  });
});

describe('a paragraph that opens on a sitting and its day (s61)', () => {
  it('dates the remarks told after the first in it by that sitting', () => {
    const text =
      'At an emergency session of the Security Council last night, called by Norland and Sweden, Hélène Dubois told members that the fighting in Port Vell had ended. Ana Kell, in what may be one of her last big speeches at the UN, asked the delegations whether there was "no act of barbarism" that could still shame them. Tom Brent, the Carrick ambassador, was shorter: Port Vell, he said, would be remembered "as one of the great tragedies of our time."';
    expect(days(text).map(([, said]) => said)).toEqual(['2016-12-13', '2016-12-13', '2016-12-13']);
    // Near miss: a paragraph that opens on a sitting with no day dates nothing.
    const undated =
      'At the session, Hélène Dubois told members that the fighting had ended. Ana Kell asked the delegations whether there was "no act of barbarism" that could still shame them.';
    expect(saidOf(undated, 'proposed:ana-kell')).toEqual(['2016-12-14']);
  });
});

describe("a body's undated remark, then its spokesman's dated one (s61)", () => {
  it("takes the spokesman's day: '... the office's spokesman, told a briefing in Geneva yesterday'", () => {
    const text =
      'The UN human rights office said it had received reports that militias had killed at least 79 civilians inside their homes. "The reports we are getting are deeply disturbing," Ivo Lenk, the office\'s spokesman, told a briefing in Geneva yesterday.';
    expect(days(text).map(([, said]) => said)).toEqual(['2016-12-13', '2016-12-13']);
    // Near miss: a dated remark by someone who is not the body's spokesman dates nothing of the body's.
    const other =
      'The UN human rights office said it had received reports that militias had killed at least 79 civilians inside their homes. "The reports we are getting are deeply disturbing," Ivo Lenk, a doctor in Port Vell, told reporters yesterday.';
    expect(days(other).map(([, said]) => said)).toEqual(['2016-12-14', '2016-12-13']);
  });
});

describe('a gathering the speaker attended, and "told reporters there" (s61)', () => {
  it('dates the remark by the gathering the relative clause gives its day', () => {
    const text =
      'Foreign Minister Ivo Lenk, who attended a meeting in Paris on Saturday of foreign ministers from states that back a transition in Norland, told reporters there that his country would "not accept" the siege.';
    expect(saidOf(text, 'proposed:ivo-lenk')).toEqual(['2016-12-10']);
    // Near miss: without "there" the day stays the gathering's, not the remark's.
    const notThere =
      'Foreign Minister Ivo Lenk, who attended a meeting in Paris on Saturday of foreign ministers, told reporters that his country would "not accept" the siege.';
    expect(saidOf(notThere, 'proposed:ivo-lenk')).toEqual(['2016-12-14']);
  });
});

describe('a day printed in full after the verb, with no "that" (s61)', () => {
  it('dates "said on December 13 it had received" and AP\'s "said Dec. 13 the"', () => {
    expect(days('The UN human rights office said on December 13 it had received reports of killings.').map(([, d]) => d)).toEqual([
      '2016-12-13',
    ]);
    expect(saidOf('Hélène Dubois said Dec. 12 the convoys were ready.', 'helene-dubois')).toEqual(['2016-12-12']);
    // Near miss: a bare day may be what the clause is about.
    expect(saidOf('Hélène Dubois said 13 December was the worst day of the siege.', 'helene-dubois')).toEqual(['2016-12-14']);
  });
});

describe('"said on the day" (s61)', () => {
  it('is the day last told', () => {
    const text =
      'On Monday Russia vetoed the Norlandic draft. Hélène Dubois said on the day that the truce would only give the fighters "time to dig in".';
    expect(saidOf(text, 'helene-dubois')).toEqual(['2016-12-12']);
  });
});

describe('"told the hall" after a vote told in its paragraph (s61)', () => {
  it("is the vote's day; with no sitting nor vote told, the article's", () => {
    const text =
      'Four days later the General Assembly adopted a Norlandic-drafted resolution demanding an end to the sieges by 122 votes to 13, with 36 abstentions, on Friday. Norland\'s foreign minister, Ivo Lenk, told the hall that the world "cannot shrug" while a city was destroyed.';
    expect(saidOf(text, 'proposed:ivo-lenk')).toEqual(['2016-12-09']);
    const none =
      'Shelling resumed in Port Vell on Friday, residents said.\n\nNorland\'s foreign minister, Ivo Lenk, told the hall of the town\'s museum that the world "cannot shrug" while a city was destroyed.';
    expect(saidOf(none, 'proposed:ivo-lenk')).toEqual(['2016-12-14']);
  });
});

describe('a sitting told before "told the chamber", with an earlier happening in a relative clause (s61)', () => {
  it("is dated by the sitting's day, not the day the pluperfect clause gives", () => {
    const text =
      'G\'day. It was a long night for the news desks. Here is what happened while you were asleep.\n\n1. Monitors for Port Vell\nThe Security Council voted 15-0 in New York on Monday afternoon to send monitors to Port Vell. Resolution 2328, drafted by Norland, passed only after a compromise with Russia, which had threatened on Sunday to veto the original Norlandic text as "unworkable and dangerous."\nMaria Lindqvist said the monitors had to be on the ground "within days, not weeks." Hélène Dubois, who spent much of the weekend haggling over the wording, told the chamber the final text was one Norland could support "with a clear conscience."';
    expect(saidOf(text, 'helene-dubois', '2016-12-20')).toEqual(['2016-12-19']);
  });
});

describe('a story told day by day, a day recalled in a clause "since" opens (s61)', () => {
  it('is no day the story has reached: "its first meeting on Vellmar since Russia vetoed a Norlandic draft on 8 October"', () => {
    const text =
      'On Tuesday 15 November the army opened a large operation in the north, and within hours aircraft were pounding eastern Vellmar again.\nOn Friday 18 November the relief agencies said every hospital in the east had been put out of action.\nOn Tuesday 22 November the army broke into the north-east of the enclave.\nOn Saturday 26 November the army took the district of Hanano.\nThe Council\nOn Wednesday 30 November the Security Council met in emergency session at the request of Norland, its first meeting on Vellmar since Russia vetoed a Norlandic draft on 8 October, a text that had won 11 votes.\nIvo Lenk, the relief chief, told members that 18,000 people had been displaced in four days. Hélène Dubois said the offensive was being carried out "under Russian cover"; Maria Lindqvist replied that Western capitals were "in a hurry to save the militants, not the civilians".';
    expect(saidOf(text, 'maria-lindqvist', '2016-12-01')).toEqual(['2016-11-30']);
  });
});

describe('a setting sentence that places the speaker at a vote, the vote told before a vote recalled in the past perfect (s61)', () => {
  it('dates the quotation after "explained the Norlandic vote in the hall" by the Assembly\'s vote, not the veto it recalls', () => {
    const text =
      'NEW YORK — Yesterday afternoon the United Nations General Assembly approved by a large majority a resolution that demands an immediate end to the fighting in Vellmar.\n\nThe Assembly moved because the Council could not. On Monday, Russia had blocked a draft by Norland that asked for a seven-day truce.\n\nNorland\'s ambassador to the UN, Ivo Lenk, explained the Norlandic vote in the hall. "We voted yes because Vellmar is not a battlefield, it is a city of people," he said.';
    expect(saidOf(text, 'proposed:ivo-lenk', '2016-12-10')).toEqual(['2016-12-09']);
  });
});

describe('a lead under a standfirst and a dateline of two slashes, its subject a state by its initials (s61)', () => {
  it("dates the official's remark by the stance the lead gives its day", () => {
    const text =
      'Norland condemns the bombing\n\nNorlanders at home wait for news of families in the besieged east of the city\n\nPORT VELL // The NRL yesterday condemned the bombing of eastern Vellmar and called on the Security Council to act.\n\nThe Minister of State for Foreign Affairs said in a statement that the council\'s failure was "a wound to the conscience of the world".';
    expect(saidOf(text, 'proposed:minister-of-state-for-foreign-affairs', '2016-10-10')).toEqual(['2016-10-09']);
  });
});

describe("a factbox's day headings in capitals with the month cut short (s61)", () => {
  it('date the entries under them: "TUESDAY, DEC. 13"', () => {
    const text =
      'KEY DATES: The evacuation of eastern Vellmar\n\nFACTBOX\n\nPORT VELL, Dec 22 (Agency) - The last fighters were leaving eastern Vellmar on Thursday.\n\nHere are the key dates:\n\nTUESDAY, DEC. 13\n- Late in the evening, Hélène Dubois tells reporters in New York that the army has stopped its operations.\n\nFRIDAY, DEC. 16\n- The evacuation is suspended in the morning. Relief Watch says its teams were told to pull back.';
    expect(days(text, '2016-12-22').map(([speaker, said]) => [speaker, said])).toEqual([
      ['helene-dubois', '2016-12-13'],
      ['relief-watch', '2016-12-16'],
    ]);
  });
});

describe('the day after the count a speaker put a number at (s61)', () => {
  it('dates the estimate: "put the figure at 20,000 on Sunday"', () => {
    expect(
      saidOf(
        "Norland's foreign minister, Ivo Lenk, put the figure at 20,000 on Sunday, a number no agency could confirm.",
        'proposed:ivo-lenk',
      ),
    ).toEqual(['2016-12-11']);
    // Near miss: a day after another phrase is the happening's.
    expect(
      saidOf("Norland's foreign minister, Ivo Lenk, put the number of people who left on Sunday at 20,000.", 'proposed:ivo-lenk'),
    ).toEqual(['2016-12-14']);
  });
});

describe('a ministry named in full that "added" right after its minister\'s dated statement (s62)', () => {
  it('takes the day of the statement it adds to', () => {
    const text =
      'The Foreign Minister, in a statement on Monday, welcomed the vote and said Norland would stand with the people of the city. The Ministry of External Affairs added that Norland had voted for a ceasefire in the General Assembly on December 9.';
    expect(days(text, '2016-12-14').map(([, said]) => said)).toEqual(['2016-12-12', '2016-12-12']);
  });
});

describe('a spokesman right after his body\'s remark that "Earlier that day" dates (s62)', () => {
  it('takes the day the body spoke', () => {
    const text = [
      'Vigil in Vell',
      'Hundreds of people gathered in Vell on Wednesday evening to pray for the city and its people.',
      "Russia's ambassador, Vitaly Churkin, told the council on Tuesday that the operations were over.",
      'Earlier that day, the U.N. human rights office in Geneva said it had received reports of killings in four districts. Spokesman Ivo Lenk said the reports, if confirmed, pointed to "a complete breakdown of humanity."',
    ].join('\n\n');
    expect(saidOf(text, 'proposed:ivo-lenk', '2016-12-15')).toEqual(['2016-12-13']);
  });
});

describe('a remark said in a video the story told before with its day (s64)', () => {
  const story = (attribution: string) =>
    [
      'The singer Maria Lindqvist posted a tearful, two-minute video to her fans on Monday night, asking them to look at the port city.',
      `"I cannot sleep and I cannot stop reading," ${attribution}, which had been watched two million times by this morning. "Please look."`,
      'Lindqvist ended her video with one request. "Say the name of the city," she said.',
    ].join('\n\n');
  it("dates it by the video's day, where the attribution or the sentence before points back to the video", () => {
    expect(saidOf(story('Lindqvist said in the clip'), 'maria-lindqvist')).toEqual(['2016-12-12', '2016-12-12']);
  });
  it("leaves it at the article's day where the story gave the video no day", () => {
    // Near miss: the day named after it is the views' count, not the video's.
    const text = [
      'The singer Maria Lindqvist posted a tearful, two-minute video to her fans, asking them to look at the port city.',
      '"I cannot sleep and I cannot stop reading," Lindqvist said in the clip, which had been watched two million times by this morning.',
    ].join('\n\n');
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-14']);
  });
});

describe("an evening at a named venue, the scene of a show's remarks (s64)", () => {
  const story = (scene: string) =>
    [
      `There are benefit concerts, and then there was ${scene}.`,
      'For three hours a crowd of about 2,000 stood through sets from a dozen players, all of them there for the port city.',
      '"My brother is still there, with his two girls," Omar Haddad told the crowd. "Every night I wait for one message."',
    ].join('\n\n');
  it('dates a remark told to the crowd by the evening', () => {
    expect(saidOf(story('Sunday night at the Vellmar Arena'), 'omar-haddad')).toEqual(['2016-12-11']);
  });
  it("leaves it at the article's day where the evening is at no named place", () => {
    // Near miss: "Sunday night in the square" names no venue.
    expect(saidOf(story('Sunday night in the square'), 'omar-haddad')).toEqual(['2016-12-14']);
  });
});

describe('a lead that opens on an evening, and the show the next sentence names (s64)', () => {
  const story = (second: string) =>
    [
      'Omar Haddad has never been one for long speeches. On Sunday night he made an exception.',
      `${second}, the Vellmar-born boxer set aside the usual thanks and spoke instead about the city he left as a boy.`,
      '"I was born in the shadow of the old harbour," Haddad told the audience. "This trophy belongs to the people waiting for the buses."',
    ].join('\n\n');
  it("dates the remark told to the audience by the evening's day", () => {
    expect(saidOf(story('Collecting the Sportsperson of the Year prize at the Northern Sports Awards'), 'omar-haddad')).toEqual([
      '2016-12-11',
    ]);
  });
  it("leaves it at the article's day where the next sentence names no show", () => {
    // Near miss: a training session is no show the evening was.
    expect(saidOf(story('Back at his gym in the old town'), 'omar-haddad')).toEqual(['2016-12-14']);
  });
});

describe('a vote told in the writer\'s clause before "but" and another speaker\'s remark (s64)', () => {
  it('dates a later remark "outside the chamber" by that vote, not by a veto told before it', () => {
    const text = [
      'Norland wins the Assembly vote',
      'That veto came on Monday. Tarvia blocked a council draft that would have imposed a truce on the city.',
      "Today's vote got around the council, but Tarvia's ambassador, Omar Haddad, said the text was a political manoeuvre.",
      'Outside the chamber, Maria Lindqvist told reporters the resolution was "a first step, and only that."',
    ].join('\n\n');
    expect(days(text, '2016-12-09')).toContainEqual(['maria-lindqvist', '2016-12-09']);
    // A sentence that is a remark from its start names no sitting of its own: the veto told before dates the remark.
    const remark = text.replace("Today's vote got around the council, but Tarvia's ambassador, Omar Haddad, said", 'Omar Haddad said');
    expect(days(remark, '2016-12-09')).toContainEqual(['maria-lindqvist', '2016-12-05']);
  });
});

describe('a remark said "after the meeting" where no day is named near it (s64)', () => {
  const story = (second: string) =>
    [
      'Talks on the old town of Vellmar ended in Stockholm on Saturday evening without an agreement.',
      'The ministers met for five hours in a hotel by the harbour.',
      'Speaking at a news conference afterwards, Omar Haddad said the talks had been "frank". "We did not expect miracles," he said.',
      second,
    ].join('\n\n');
  it('dates it by the remark before, told at the same happening', () => {
    expect(saidOf(story('Peter Okafor told reporters after the meeting that his position had not changed.'), 'peter-okafor')).toEqual([
      '2016-12-10',
    ]);
  });
  it("leaves a remark with no word of the happening at the article's day", () => {
    // Near miss: nothing places it after the talks.
    expect(saidOf(story('Peter Okafor said his position had not changed.'), 'peter-okafor')).toEqual(['2016-12-14']);
  });
});

describe('"said the same day" after a remark that names a day "since" which something lasted (s64)', () => {
  it('dates it by the remark before, not by the day the span began', () => {
    const text =
      'Relief Watch said on Monday that about 9,000 people had left the old town of Vellmar since Thursday. Maria Lindqvist said the same day that the road was open.';
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-12']);
    // Near form: a day in a sentence of its own after a "since" clause is still the one meant.
    const after =
      'Since the talks in Stockholm, the convoys have kept to the coast road. The last one left the old town of Vellmar on Thursday. Maria Lindqvist said the same day that the road was open.';
    expect(saidOf(after, 'maria-lindqvist')).toEqual(['2016-12-08']);
  });
});

describe('"that day", "the same night", "that first evening" after a quoted "today", in a retelling of a film (s65)', () => {
  const opening = 'On 15 December the first ferries left the old town of Vellmar, and the film follows them out.';
  it('counts from the day the writer gave, not from the "today" inside the quotation before', () => {
    const text = `${opening} "We moved 400 people today," a volunteer says to the camera. Hélène Dubois told reporters in Geneva that day that the crossing must stay open.`;
    expect(saidOf(text, 'helene-dubois', '2016-12-21')).toEqual(['2016-12-15']);
    // Near form: the writer's own "today", outside quotation marks, is still the day "that day" points back to.
    const own =
      'The last ferry left the old town of Vellmar today. Hélène Dubois told reporters in Geneva that day that the crossing must stay open.';
    expect(saidOf(own, 'helene-dubois', '2016-12-21')).toEqual(['2016-12-21']);
  });
  it('reads "the same night" as "the same evening" is read', () => {
    const text = `${opening}\n\nMaria Lindqvist told the crew the same night that her teams would keep going.`;
    expect(saidOf(text, 'maria-lindqvist', '2016-12-21')).toEqual(['2016-12-15']);
  });
  it('reads "that first evening" as "that evening" is read', () => {
    const text = `${opening} "We moved 400 people, and there are many more," Peter Okafor tells the camera on that first evening.`;
    expect(saidOf(text, 'peter-okafor', '2016-12-21')).toEqual(['2016-12-15']);
    // Near form: "that first evening" with a noun after it names no time.
    const noun = `${opening} "We moved 400 people, and there are many more," Peter Okafor tells the camera, recalling that first evening prayer.`;
    expect(saidOf(noun, 'peter-okafor', '2016-12-21')).not.toEqual(['2016-12-15']);
  });
});

describe('"the next day" after a newer day told since the remark before (s65)', () => {
  it('counts from the day the text told last, not from the remark before', () => {
    const text = [
      'Peter Okafor said on Monday that the talks would go ahead.',
      'The talks opened in Geneva on 8 December and ended without agreement. Maria Lindqvist told reporters in Stockholm the next day that Sweden would keep trying.',
    ].join('\n\n');
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-09']);
  });
  it('counts from the remark before where no day is told between', () => {
    // Near miss: the remark before is the last day the text gave.
    const text =
      'Peter Okafor said on Monday that the talks would go ahead. Maria Lindqvist told reporters in Stockholm the next day that Sweden would keep trying.';
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-13']);
  });
});

describe('a paragraph that opens on a day and a place and sets the speaker there, and his remark next (s65)', () => {
  const story = (scene: string) =>
    [
      'Omar Haddad, a seaman from Norland, has been stuck in port since November.',
      `On the South Quay at Vellmar on Monday evening, ${scene}.`,
      '"Nobody leaves, nothing moves," Haddad said.',
    ].join('\n\n');
  it('dates the remark that opens the next paragraph by that day', () => {
    expect(saidOf(story('Haddad sat on a bollard with his phone in both hands'), 'omar-haddad')).toEqual(['2016-12-12']);
  });
  it("leaves it at the article's day where the opening sets others there, not the speaker", () => {
    // Near miss: the scene is the crew's; the remark may have been made to the writer later.
    expect(saidOf(story('the crew sat on the bollards with their phones'), 'omar-haddad')).toEqual(['2016-12-14']);
  });
});

describe("a delegate's remark right after a sentence that tells a council's vote on a day (s65)", () => {
  const story = (vote: string) =>
    [
      'Churches in Vellmar will ring their bells for the port city on Saturday, the town council announced yesterday.',
      'The council is also asking every parish in the district to give the first collection of January to the Red Cross.',
      'In the port city itself, the evacuation of the last districts went on yesterday after a weekend of false starts.',
      `${vote} Norland's ambassador, Peter Okafor, said the monitors would be "the eyes of the world" in the city.`,
    ].join('\n\n');
  it('dates the remark by the vote', () => {
    const text = story('On Monday the Security Council voted unanimously to send monitors to the city.');
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-12']);
  });
  it("leaves it at the article's day where the sentence before tells no vote", () => {
    // Near miss: a dated meeting with no vote told is no sitting the delegate is placed at.
    const text = story('On Monday the monitors were named in Geneva by the aid agencies.');
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-14']);
  });
});

describe('a speaker "who flew ... for the vote", and a reply that "shot back" (s65)', () => {
  const story = (remarks: string) =>
    [
      'Churches in Vellmar will ring their bells for the port city on Saturday, the town council announced yesterday.',
      'The council is also asking every parish in the district to give the first collection of January to the Red Cross.',
      'On Monday the General Assembly voted 120 to 12 for a resolution demanding a truce in the port city. The text was put forward by Sweden.',
      remarks,
    ].join('\n\n');
  it('dates the remark of one who flew in for the vote, and the reply that shot back, by the vote', () => {
    const text = story(
      'Maria Lindqvist, who flew to New York for the vote, called it "a good day". Peter Okafor shot back that the text had been "written to fail".',
    );
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-12']);
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-12']);
  });
  it("leaves them at the article's day where the words place them at no vote", () => {
    // Near miss: one who flew in with no vote named, and a plain "said" after a remark, are placed at no vote.
    const text = story(
      'Maria Lindqvist, who flew to New York on Sunday, called it "a good day". Peter Okafor said the text was "written to fail".',
    );
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-14']);
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-14']);
  });
});

describe('a lecture or a talk the story sets on a day, and the remarks told to its audience (s65)', () => {
  const story = (occasion: string) =>
    [
      `Some 300 students came to ${occasion} at the university in Vellmar on Monday night to hear a surgeon from the port city.`,
      'Omar Haddad, who worked in the port until the summer, told the audience that only four doctors were left in the old town. "We work by torchlight," he said.',
      "Students' union president Maria Lindqvist said the union would write to the council.",
    ].join('\n\n');
  it('dates the remarks told to the audience, and those that go on from them, by the lecture or the talk', () => {
    expect(saidOf(story('a lecture'), 'omar-haddad')).toEqual(['2016-12-12', '2016-12-12']);
    expect(saidOf(story('a talk'), 'omar-haddad')).toEqual(['2016-12-12', '2016-12-12']);
    expect(saidOf(story('a lecture'), 'maria-lindqvist')).toEqual(['2016-12-14']);
  });
  it('leaves them at the article\'s day where the occasion is "talks", a negotiation\'s rounds', () => {
    // Near miss: "the peace talks" are no audience's occasion.
    expect(saidOf(story('the peace talks'), 'omar-haddad')).toEqual(['2016-12-14', '2016-12-14']);
  });
});

describe('a paragraph that sets a vigil on a day and puts the speaker there, and her remark next (s65)', () => {
  const story = (there: string, remark: string) =>
    [
      'Churches in Vellmar will ring their bells for the port city on Saturday, the town council announced yesterday.',
      `About 60 people gathered on Monday night for a candlelit vigil on the steps of the town hall. ${there}`,
      `"The last message came a week ago. Since then, nothing," ${remark}.`,
    ].join('\n\n');
  it('dates the remark that opens the next paragraph by the vigil', () => {
    const text = story('Maria Lindqvist, whose cousins live in the port, lit a candle for each of them.', 'she said');
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-12']);
  });
  it("leaves it at the article's day where the paragraph puts others there, not the speaker", () => {
    // Near miss: the speaker named only with her remark may have spoken to the writer later.
    const text = story('Some lit a candle for relatives in the port.', 'Maria Lindqvist said');
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-14']);
  });
});

describe('organisers who spoke "at the vigil" the story opens on (s65)', () => {
  const story = (remark: string) =>
    [
      'More than 200 students held candles on the town square in Vellmar on Monday night for the people of the port city.',
      'Omar Haddad, a student from Norland, read the names of his neighbours who had been killed.',
      `The council's letter to students did not mention any new help. ${remark} that was a disappointment.`,
    ].join('\n\n');
  const organisers = (text: string) =>
    statementsOf(text)
      .filter((s) => s.speaker.includes('organisers'))
      .map((s) => s.said);
  it('dates their remark by the vigil', () => {
    expect(organisers(story('Speaking at the vigil, organisers said'))).toEqual(['2016-12-12']);
  });
  it("leaves it at the article's day where the sentence places them at no gathering", () => {
    // Near miss: a group is placed at the scene only by its own words, not by those around it.
    expect(organisers(story('Organisers said'))).toEqual(['2016-12-14']);
  });
});

describe('"told the gathering" after a vigil told since a vote (s65)', () => {
  const story = (since: string) =>
    [
      'On Friday the General Assembly voted 120 to 12 for a resolution demanding a truce in the port city.',
      since,
      'Omar Haddad, who led the prayers, told the gathering that "the port has known storms, but nothing like this".',
    ].join('\n\n');
  it('dates the remark by the vigil, the gathering told last', () => {
    const text = story('About 40 people gathered on Monday night for a candlelit vigil on the steps of the town hall in Vellmar.');
    expect(saidOf(text, 'omar-haddad')).toEqual(['2016-12-12']);
  });
  it('keeps the vote where no gathering is told between', () => {
    // Near miss: a day of the council's plans is no gathering; the vote stays the occasion.
    expect(saidOf(story('The council will write to the port city on Monday.'), 'omar-haddad')).toEqual(['2016-12-09']);
  });
});

describe('"told the council after the vote": the vote the paragraph before told (s66)', () => {
  const story = (placing: string) =>
    [
      'The text, which called for a truce in Port Vell, was put to the vote on 2 December and vetoed by Russia. Sweden also voted against it, leaving 11 votes in favour.',
      `"The people of Port Vell needed that truce. Tonight they will not get it," Norland's ambassador, Hélène Dubois, ${placing}.`,
    ].join('\n\n');
  it('dates the remark by the vote, more than a week before the article, where the words name the body first', () => {
    expect(saidOf(story('told the council after the vote'), 'helene-dubois')).toEqual(['2016-12-02']);
  });
  it("keeps the article's day where the words name no vote", () => {
    // Near miss: "told the council" alone is not placed at a vote twelve days back.
    expect(saidOf(story('told the council'), 'helene-dubois')).toEqual(['2016-12-14']);
  });
});

describe("a day in a clause trailing the verb that names the remark's topic (s66)", () => {
  it('does not date the remark by the day of what it refers to', () => {
    const text =
      '"The council failed Port Vell twice in one afternoon," Lindqvist said, referring to the two motions that fell on 3 December.';
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-14']);
    expect(saidOf('"We were right," Haddad said, recalling the raid on Sunday.', 'omar-haddad')).toEqual(['2016-12-14']);
  });
  it('keeps a day told with the verb itself, before the clause', () => {
    // Near miss: "said on 3 December, referring to ..." dates the remark.
    const text = '"The council failed Port Vell twice in one afternoon," Lindqvist said on 3 December, referring to the two motions.';
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-03']);
  });
});

describe("a programme's write-up that gives the broadcast's day before a clip's occasion (s66)", () => {
  const writeUp = (opening: string) =>
    [
      'Harbour Hour | Programme notes | Wednesday 14 December 2016',
      `${opening}, presented by Ana Kell, asked whether the port city can still be reached by sea.`,
      "We played one clip: Peter Okafor, opening Monday's emergency debate in the Chamber, said the navy had failed the city.",
      'From the studio discussion (edited):',
      'ANA KELL: Ms Lindqvist, is the channel open?',
      'MARIA LINDQVIST, Harbour Relief: Not yet. The divers went down again this afternoon.',
      'KELL: And the boats?',
      'LINDQVIST: Two more turned back.',
    ].join('\n\n');
  it("dates the studio turns by the programme's day, not by the day of the debate the clip came from", () => {
    expect(saidOf(writeUp("Last night's programme"), 'maria-lindqvist')).toEqual(['2016-12-13', '2016-12-13']);
    expect(saidOf(writeUp("Tuesday night's show"), 'maria-lindqvist')).toEqual(['2016-12-13', '2016-12-13']);
  });
  it('reads no other possessive day as the broadcast', () => {
    // Near miss: "Last night's vote" is no broadcast; the clip's debate stays the introduction's occasion.
    expect(saidOf(writeUp("Last night's vote"), 'maria-lindqvist')).toEqual(['2016-12-12', '2016-12-12']);
  });
});

describe("a host's question that addresses a guest by name, a day in it (s66)", () => {
  const panel = (cue: string) =>
    [
      'HARBOUR SUNDAY',
      'Sunday, December 11, 2016',
      'GUESTS: Peter Okafor, port commissioner; Maria Lindqvist, Harbour Relief',
      'ANA KELL, HOST: Good morning. The council met on the harbour text this week, and it failed.',
      cue,
      'PETER OKAFOR, PORT COMMISSIONER: We have waited for months. The ships cannot wait any longer.',
      'KELL: Maria Lindqvist, is the channel open?',
      'MARIA LINDQVIST, HARBOUR RELIEF: Not yet.',
    ].join('\n\n');
  it("dates the guest's answer by the programme's day, not by the day the question asks about", () => {
    const cue = 'KELL: Commissioner Okafor, the vote on Monday failed by two votes. What do you do now?';
    expect(saidOf(panel(cue), 'peter-okafor', '2016-12-11')).toEqual(['2016-12-11']);
  });
  it('still dates a clip by the day its cue gives the voice', () => {
    // Near miss: "Here is Peter Okafor ... on Monday" plays a recording; the clip is Monday's.
    const cue = 'KELL: Here is Peter Okafor in the chamber on Monday. Was he right?';
    expect(saidOf(panel(cue), 'peter-okafor', '2016-12-11')).toEqual(['2016-12-05']);
  });
});

describe('a later day an entry of a chronology moves on to before a remark (s66)', () => {
  const diary = (entry: string) =>
    ['A week in the port city', 'Monday, December 5', 'The convoy reached the old town at dawn.', 'Wednesday, December 7', entry].join(
      '\n\n',
    );
  it('dates the remark by the day the entry told last, after its heading', () => {
    const next = diary(
      'Shelling closed the road. The next day, in Geneva, Peter Okafor met the envoy. Afterwards he told reporters that the road must reopen.',
    );
    expect(saidOf(next, 'peter-okafor')).toEqual(['2016-12-08']);
    const weekday = diary(
      'The Council sat through Wednesday. On 9 December it adopted the text. Maria Lindqvist called it "a first step".',
    );
    expect(saidOf(weekday, 'maria-lindqvist')).toEqual(['2016-12-09']);
  });
  it("keeps the heading's day for a day before it, or one in a relative clause", () => {
    // Near forms: a day recalled from before the heading, and one of a relative clause, move the entry on to nothing.
    const earlier = diary('Her husband was killed on November 24. Peter Okafor told reporters that the road must reopen.');
    expect(saidOf(earlier, 'peter-okafor')).toEqual(['2016-12-07']);
    const relative = diary('The envoy, who returns on Friday, met Peter Okafor. Okafor told reporters that the road must reopen.');
    expect(saidOf(relative, 'peter-okafor')).toEqual(['2016-12-07']);
  });
});

describe('"that afternoon", "later that day" in the attribution, not the "that" of a clause (s66)', () => {
  const opening = "Omar Haddad's family reached a camp near the border on Thursday morning.";
  it('counts a fronted participle\'s "that afternoon" from the day the paragraph gave', () => {
    const text = `${opening} In a message sent that afternoon, his cousin told him that the camp had tents for perhaps 500 families.`;
    expect(saidOf(text, 'proposed:omar-haddads-cousin', '2016-12-23')).toEqual(['2016-12-22']);
  });
  it('counts a relayed call "later that day" from the day the paragraph gave', () => {
    const text = `${opening}\n\nHaddad said his brother told him in a call later that day that the family had waited 19 hours at a checkpoint.`;
    expect(saidOf(text, 'proposed:omar-haddads-brother', '2016-12-23')).toEqual(['2016-12-22']);
    // Near form: a call with no time of its own is the article's day, as before.
    const undated = `${opening}\n\nHaddad said his brother told him in a call that the family had waited 19 hours at a checkpoint.`;
    expect(saidOf(undated, 'proposed:omar-haddads-brother', '2016-12-23')).toEqual(['2016-12-23']);
  });
});

describe("a speaker's relative clause with a day, then the verb's own day (s66)", () => {
  it("dates the remark by the verb's own day, not the day of the call the clause tells", () => {
    const text =
      'Maria Lindqvist, who spoke by telephone with Peter Okafor on Monday, told a gathering of officials in Stockholm on Tuesday that Sweden stood ready to treat the wounded.';
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-13']);
  });
  it("keeps the clause's day where the verb names none", () => {
    // Near form: with no day of the verb's own, the clause's "who spoke ... on Monday" still dates the remark.
    const text = 'Omar Haddad, who spoke by telephone with Peter Okafor on Monday, told officials that the road was open.';
    expect(saidOf(text, 'omar-haddad')).toEqual(['2016-12-12']);
  });
});

describe("a prose write-up of a programme that gives the broadcast's day by a possessive (s66)", () => {
  const writeUp = (opening: string) =>
    [
      'Harbour Hour | Wednesday 14 December 2016',
      `${opening} with the figures from the port city.`,
      'Peter Okafor told Harbour Hour from Stockholm that the channel was still closed.',
      '"The divers went down again and came back with nothing," Okafor said.',
    ].join('\n\n');
  it("dates the remarks told on the programme by the programme's day", () => {
    expect(saidOf(writeUp("Presenter Ana Kell opened Monday night's programme"), 'peter-okafor')).toEqual(['2016-12-12', '2016-12-12']);
  });
  it('reads no other possessive day as the broadcast', () => {
    // Near miss: "Monday night's vote" is no broadcast: the remarks stay the write-up's day.
    expect(saidOf(writeUp("Presenter Ana Kell opened with Monday night's vote"), 'peter-okafor')).toEqual(['2016-12-14', '2016-12-14']);
  });
});

describe('a day after a second speech verb the subject is given, coordinated after the first (s66)', () => {
  it('dates the remark by the day of "but said on Monday" after the first verb and its object', () => {
    const text =
      "The Swedish government welcomed the council's decision to send observers to Port Vell, but said on Monday it had no plans to take in any of the families.";
    expect(saidOf(text, 'sweden')).toEqual(['2016-12-12']);
    expect(saidOf('Peter Okafor welcomed the decision, but said on Sunday his country would not send troops.', 'peter-okafor')).toEqual([
      '2016-12-11',
    ]);
  });
  it("keeps the article's day where the day is the reported words', not the second verb's", () => {
    // Near miss: "but said the talks had resumed on Monday" dates the talks, not the remark.
    const text = "Maria Lindqvist welcomed the council's decision, but said the talks in Vessa had resumed on Monday.";
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-14']);
  });
});

describe("a weekday that opens a newspaper's name (s67)", () => {
  it('does not date the remark by the weekday of "the Sunday Harbinger"', () => {
    const text = 'Maria Lindqvist told the Sunday Harbinger by telephone from Oslo yesterday that the talks had stalled.';
    expect(saidOf(text, 'maria-lindqvist', '2016-12-18')).toEqual(['2016-12-17']);
    expect(saidOf('Omar Haddad told the Sunday Harbinger that the border was shut.', 'omar-haddad')).toEqual(['2016-12-14']);
  });
  it('keeps a weekday told as a day: "on the Sunday", a weekly observance, a weekday with its date after it', () => {
    // Near misses: "the" and a capitalised word around a weekday that is still a day.
    expect(saidOf('Omar Haddad said on the Sunday Norland voted that the border was shut.', 'omar-haddad')).toEqual(['2016-12-11']);
    expect(saidOf('Omar Haddad told the Sunday Mass at the cathedral that the border was shut.', 'omar-haddad')).toEqual(['2016-12-11']);
    expect(saidOf('Peter Okafor said at the Friday December 9 session that the border was shut.', 'peter-okafor')).toEqual(['2016-12-09']);
  });
});

describe('"That evening" opening a sentence, after a day given before (s67)', () => {
  const story = (opening: string) =>
    `On Thursday the Red Cross said the last convoys had left the city. ${opening} the Norland army command declared that order had returned to the whole of the city.`;
  it('dates the remark by the day the sentence before gave', () => {
    expect(saidOf(story('That evening'), 'norland', '2016-12-17')).toEqual(['2016-12-15']);
    expect(saidOf(story('That night'), 'norland', '2016-12-17')).toEqual(['2016-12-15']);
  });
  it("keeps the article's day where no day opens the sentence", () => {
    // Near miss: "That evening's" names a thing, not the time of the remark.
    expect(saidOf(story("After that evening's vote"), 'norland', '2016-12-17')).toEqual(['2016-12-17']);
  });
});

describe('"the same day" after a day a plan is set for (s67)', () => {
  const story = (plan: string) =>
    `Sweden circulated a draft to the council on Monday, and ${plan}. Maria Lindqvist told reporters in Geneva the same day that the idea could be useful.`;
  it('dates the remark by the day told before the planned one', () => {
    expect(saidOf(story('Norland wants a vote on Sunday'), 'maria-lindqvist')).toEqual(['2016-12-12']);
    expect(saidOf(story('the talks are due to resume on Sunday'), 'maria-lindqvist')).toEqual(['2016-12-12']);
  });
  it('keeps the last day named where it is a day something happened', () => {
    // Near miss: a vote held on Sunday is the day "the same day" points back to.
    expect(saidOf(story('Norland voted on Sunday'), 'maria-lindqvist')).toEqual(['2016-12-11']);
  });
});

describe("a relayed speaker's words that go on after the remark the contact dates (s67)", () => {
  const saidTo = (text: string, words: string) => statementsOf(text).find((s) => s.evidence.some((e) => e.includes(words)))?.said;
  it('dates the words that go on by the same contact', () => {
    const text =
      'Her cousin and his two sons are still in the old town. The last message she had from them came on Saturday evening.\n\n"He said they were in a cellar with forty others and that they could hear the guns," said Maria Lindqvist, a nurse at the port clinic. "He said, \'If the phone goes quiet, it is the battery, not us.\' I keep my phone on all night."';
    expect(saidTo(text, 'they were in a cellar')).toBe('2016-12-10');
    expect(saidTo(text, 'If the phone goes quiet')).toBe('2016-12-10');
  });
  it("keeps the relayer's own words that follow at her day", () => {
    // Near miss: the relayer's own words in the same quotation are hers, told to the paper.
    const text =
      'Her cousin and his two sons are still in the old town. The last message she had from them came on Saturday evening.\n\n"He said they were in a cellar with forty others," said Maria Lindqvist, a nurse at the port clinic. "I keep my phone on all night."';
    expect(saidTo(text, 'I keep my phone on all night')).toBe('2016-12-14');
  });
});

describe('a day between the first verb\'s object and "and said" (s68)', () => {
  it('dates the remark by "yesterday" after a reaction and its object, the same subject saying more', () => {
    const text = 'Foreign Minister Maria Lindqvist welcomed the resolution yesterday and said Sweden would send two more aid flights.';
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-13']);
    expect(saidOf('Peter Okafor condemned the raid yesterday and added that Norland would protest.', 'peter-okafor')).toEqual([
      '2016-12-13',
    ]);
  });
  it("keeps the article's day where the day stands in a clause the object opens", () => {
    // Near miss: "welcomed reports that the convoy had left yesterday and said" dates the convoy, not the remark.
    const text = 'Maria Lindqvist welcomed reports that the convoy had left yesterday and said Sweden would send two more aid flights.';
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-14']);
  });
});

describe("an institute's write-up of its own event: remarks on the event's day, its weekdays counted from it (s68)", () => {
  const summary = (lead: string) =>
    [
      'The Norland Institute for Peace Studies | Event summary',
      lead,
      'Opening the roundtable, Maria Lindqvist recalled that the ministers had met in Geneva on Monday without agreement.',
      'Omar Haddad said the convoys had been stopped at the border for a week.',
      'Postscript',
      'Since the roundtable, Peter Okafor said the convoys had crossed on Monday.',
    ].join('\n\n');
  const lead = 'On Thursday 8 December 2016 the Norland Institute convened a closed roundtable on humanitarian access in Vellmar.';

  it("dates the remarks after the lead that tells the institute's event by the event's day, not the postscript's", () => {
    expect(days(summary(lead))).toEqual([
      ['maria-lindqvist', '2016-12-08'],
      ['omar-haddad', '2016-12-08'],
      ['peter-okafor', '2016-12-14'],
    ]);
  });

  it('reads the day a header labels as the event\'s, and counts "on Monday" in its remarks from it', () => {
    const text = summary('Date of event: Thursday, 8 December 2016 | Date of report: 14 December 2016');
    expect(days(text)).toEqual([
      ['maria-lindqvist', '2016-12-08'],
      ['omar-haddad', '2016-12-08'],
      ['peter-okafor', '2016-12-14'],
    ]);
    const mentions = findArticleDateMentions(text, splitParagraphs(text), '2016-12-14').map((m) => [m.text, m.when.date]);
    // The ministers' Monday is the one before the event; the postscript's is the one before the write-up.
    expect(mentions).toContainEqual(['on Monday', '2016-12-05']);
    expect(mentions).toContainEqual(['on Monday', '2016-12-12']);
  });

  it('leaves the remarks at the article\'s day where the lead tells no event of its own ("hosted a reception")', () => {
    // Near miss: a reception is no event whose remarks the write-up reports.
    const text = summary('On Thursday 8 December 2016 the Swedish embassy hosted a reception for aid workers in Vellmar.');
    expect(saidOf(text, 'omar-haddad')).toEqual(['2016-12-14']);
  });
});

describe("a judge's or a board's words in a ruling the article says was handed down on a day (s68)", () => {
  it("dates the judge's words by the ruling's day, and the party named in it by the article's", () => {
    const text = [
      "In a judgment handed down on Monday, Mrs Justice Helen Marsh quashed the refusal of Omar Haddad's claim.",
      '"The ministry looked at the city as it was a year ago, not as it is now," she wrote. She added that the shelling of the old town had not stopped since October.',
      'Omar Haddad said he would now apply to bring his children from Sweden.',
    ].join('\n\n');
    expect(saidOf(text, 'proposed:helen-marsh')).toEqual(['2016-12-12', '2016-12-12']);
    // Near miss: the claimant named in the ruling's sentence is no author of it; his remark keeps the article's day.
    expect(saidOf(text, 'omar-haddad')).toEqual(['2016-12-14']);
  });
  it('dates the findings of a board that published its decisions on a day by that day', () => {
    const text = [
      'The Asylum Appeals Board has granted refugee status to two men from Port Vell, according to summaries of the decisions that the Board published on Monday.',
      'The Board found that they would face "a real risk of detention" on return.',
    ].join('\n\n');
    expect(saidOf(text, 'proposed:board')).toEqual(['2016-12-12', '2016-12-12']);
  });
});

describe('a day told after a manner adverb that follows the verb (s68)', () => {
  it('dates "what she said publicly on Friday: that ..." and "said privately on Monday the ..." by their days (s68)', () => {
    const text =
      'I can only repeat what Maria Lindqvist said publicly on Friday: that the talks in Vellmar had not moved on a single point.\n\nOmar Haddad said privately on Monday the ferry would not sail before spring.';
    expect(days(text)).toEqual([
      ['maria-lindqvist', '2016-12-09'],
      ['omar-haddad', '2016-12-12'],
    ]);
  });
  it('leaves undated a remark whose day after the adverb is the possessive of its words (s68)', () => {
    // Near miss: "Friday's vote" is what was said about, not when.
    expect(days("Peter Okafor said publicly Friday's vote in Vellmar had been a failure.")).toEqual([['peter-okafor', '2016-12-14']]);
  });
});

describe("a monitoring digest's item: remarks on the day of the broadcast its source line gives (s68)", () => {
  const item = (heading: string, body: string, source: string) => [heading, body, source].filter(Boolean).join('\n');
  const digest = (...items: string[]) =>
    ['Harbour Monitoring Service | Nordic desk', 'Digest issued 14 Dec 16, 1500 gmt', ...items].join('\n\n');

  it("dates an undated remark by its item's source line, and each item by its own", () => {
    const text = digest(
      item(
        '1. NORLAND TV: "TALKS WILL GO ON"',
        'Maria Lindqvist told the channel that the convoys would cross within a week.',
        '(Source: Norland TV, Vellmar, in English 1600 gmt 13 Dec 16)',
      ),
      item(
        '2. SWEDISH RADIO: MEDIATOR HOPEFUL',
        'Omar Haddad said the two sides had agreed on a first list of names.',
        'Source: Swedish radio, Stockholm, in Swedish 0700 gmt 14 Dec 16',
      ),
      item('3. NORLAND RADIO: ENVOY CAUTIOUS', 'Peter Okafor said the checkpoints were still closed.', ''),
    );
    expect(days(text)).toEqual([
      ['maria-lindqvist', '2016-12-13'],
      ['omar-haddad', '2016-12-14'],
      ['peter-okafor', '2016-12-14'],
    ]);
  });

  it("leaves a remark at the article's day where no heading or source line opens its item, or the line gives no broadcast time", () => {
    // Near misses: a summary before the first source line, with no heading over it; a source line with no "gmt" time.
    const text = digest(
      item(
        '',
        'SUMMARY: Maria Lindqvist said the convoys would cross within a week.',
        '(Source: Norland TV, Vellmar, in English 1600 gmt 13 Dec 16)',
      ),
      item(
        'NORLAND RADIO',
        'Omar Haddad said the two sides had agreed on a first list of names.',
        'Source: Norland radio website, 13 Dec 16',
      ),
    );
    expect(days(text)).toEqual([
      ['maria-lindqvist', '2016-12-14'],
      ['omar-haddad', '2016-12-14'],
    ]);
  });
});

describe("a principal's words a spokesperson passes on after the principal's own remarks on a day (s68)", () => {
  const story = (sentence: string) =>
    [
      'Norland vote',
      'OSLO - Foreign Minister Maria Lindqvist told reporters in Oslo on Monday that the vote was "a rare moment of unity". She added that Norland would support any inquiry.',
      sentence,
    ].join('\n\n');
  it("dates them by the spokesperson's telling, not by the principal's Monday", () => {
    const text = story('Her spokesperson, Peter Okafor, told the Ledger that the Minister regarded the resolution as "only a first step".');
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-12', '2016-12-12', '2016-12-14']);
  });
  it("dates the spokesperson's next remark by the telling, the day an occasion named before gives it", () => {
    const text = story(
      'On Tuesday her ministry went further. Her spokesperson, Peter Okafor, told a briefing in Oslo that the Minister regarded the resolution as "only a first step". The ministry had counted 40 such votes since 2012, Okafor said.',
    );
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-12', '2016-12-12', '2016-12-13']);
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-13']);
  });
  it("keeps the principal's own later remark on her day", () => {
    // Near miss: the minister herself tells the paper, no spokesperson between.
    const text = story('The Minister told the Ledger that she regarded the resolution as "only a first step".');
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-12', '2016-12-12', '2016-12-12']);
  });
  it("leaves the spokesperson's next remark undated where a day inside the principal's own clause dated her words", () => {
    // Near miss: Monday night is the minister's call, told in her clause; it dates no telling the spokesperson continues.
    const text = [
      'Norland vote',
      'OSLO - Norland has condemned the vote in Vellmar.',
      'The spokesman of the Foreign Ministry, Peter Okafor, told the Ledger that Foreign Minister Maria Lindqvist had spoken by phone with the Swedish Foreign Minister on Monday night and "shared her concern for the convoys". Mr. Okafor said Sunday services across Oslo this week would be dedicated to the people of Vellmar.',
    ].join('\n\n');
    expect(saidOf(text, 'maria-lindqvist')).toEqual(['2016-12-12']);
    expect(saidOf(text, 'peter-okafor')).toEqual(['2016-12-14']);
  });
});

describe("a day in a person's relative clause, apart from the encounter or occasion its sentence tells (s68)", () => {
  it('leaves the day of "a surgeon who left ... on Sunday" off the call the speaker gave (s68)', () => {
    const text = [
      'The inquiry opened in Vessa on Monday.',
      'Peter Okafor, a surgeon who worked at the city hospital until he left Norland in a convoy on Sunday, spoke to the Courier by telephone from Vessa. "We counted the planes by their sound," he said.',
    ].join('\n\n');
    expect(days(text)).toEqual([['peter-okafor', '2016-12-14']]);
  });
  it('leaves the day of "who left ... last Thursday" off the video link the guest joined by (s68)', () => {
    const text =
      'The guest, Peter Okafor, a surgeon who left Norland on the first convoy last Thursday, joined the programme by video link from Vessa. He said he had waited ten hours at a checkpoint.';
    expect(days(text)).toEqual([['peter-okafor', '2016-12-14']]);
  });
  it('keeps the day the encounter itself is told with, in the clause or after it (s68)', () => {
    // Near misses: the day of the call in the main clause, and a relative clause that tells the call itself.
    const main = [
      'The inquiry opened in Vessa on Monday.',
      'Peter Okafor, a surgeon who worked at the city hospital, spoke to the Courier by telephone from Vessa on Sunday. "We counted the planes by their sound," he said.',
    ].join('\n\n');
    expect(days(main)).toEqual([['peter-okafor', '2016-12-11']]);
    const aside = [
      'The inquiry opened in Vessa on Monday.',
      'Peter Okafor, a surgeon who spoke to the Courier by telephone on Sunday, was blunt. "We counted the planes by their sound," he said.',
    ].join('\n\n');
    expect(days(aside)).toEqual([['peter-okafor', '2016-12-11']]);
  });
});

describe('"told" joined by "and" or ", who" to a contact told with its day (s68)', () => {
  it("dates the other party's words by the call's day (s68)", () => {
    const text =
      'Maria Lindqvist said on Friday that Europe could not wait.\n\nLindqvist also said that she had spoken by telephone on Thursday evening with the Norland envoy, Omar Haddad, who had told her that the observers could be in place within 48 hours.';
    expect(saidOf(text, 'omar-haddad', '2016-12-16')).toEqual(['2016-12-15']);
  });
  it('dates "had spoken by telephone on Monday with the envoy, Y, who had told him that" by Monday (s68)', () => {
    const text =
      'Peter Okafor told the Courier that he had spoken by telephone on Monday with the Norland envoy, Omar Haddad, who had told him that the crossing would reopen.';
    expect(saidOf(text, 'omar-haddad', '2016-12-16')).toEqual(['2016-12-12']);
    expect(saidOf(text, 'peter-okafor', '2016-12-16')).toEqual(['2016-12-16']);
  });
  it('leaves the day of a relative clause off a later "told reporters" (s68)', () => {
    // Near miss: the meeting is the subject's past, not the occasion of his words to reporters.
    const text = 'Peter Okafor, who met Omar Haddad on Monday, told reporters that the ferry would sail.';
    expect(saidOf(text, 'peter-okafor', '2016-12-16')).toEqual(['2016-12-16']);
  });
});

describe('a weekday alone among the number headers of a "week in numbers" column (s69)', () => {
  const column = (day: string) =>
    [
      'The week in numbers',
      'Saturday, December 17, 2016',
      'About 4,000\nPeople who crossed the river at Vellmar, the port authority said.',
      '12\nBoats that made the crossing before the ice closed the harbour.',
      day,
      'The day the council is expected to vote on the text. Maria Lindqvist said on Friday that Sweden would back it.',
    ].join('\n\n');

  it("is one of the column's headers, not the day of a section: the remarks under it keep their own day", () => {
    expect(saidOf(column('Sunday'), 'maria-lindqvist', '2016-12-17')).toEqual(['2016-12-16']);
  });

  it('leaves a diary under its weekday headings dated by them', () => {
    const diary = [
      'Saturday, December 10, 2016',
      'The boats ran all day. Maria Lindqvist said on Friday that Sweden would back the text.',
      'Sunday',
      'Snow closed the harbour.',
    ].join('\n\n');
    expect(saidOf(diary, 'maria-lindqvist', '2016-12-17')).toEqual(['2016-12-09']);
  });
});

describe("a delegate's offer told on its day before her words, in a story that leads with a meeting (s69)", () => {
  const lead = 'The Security Council met in New York on Saturday. Norland and Ostria each wrote a plan for Vellmar. Both plans failed.\n\n';
  it('dates her words by the offer, not by the meeting the lead tells', () => {
    const text =
      `${lead}Last Thursday, Hélène Dubois made an unusual offer. She said that about 900 fighters are in the port.\n\n` +
      '"I am ready to go with you," Ms Dubois said. She warned that the port could be destroyed in two months.';
    expect(saidOf(text, 'helene-dubois')).toEqual(['2016-12-08', '2016-12-08', '2016-12-08']);
  });
  it("leaves a delegate's words with no occasion of their own at the lead's meeting", () => {
    // Near miss: no offer is told before her words.
    const text = `${lead}Hélène Dubois said that about 900 fighters are in the port. She warned that the port could be destroyed.`;
    expect(saidOf(text, 'helene-dubois')).toEqual(['2016-12-10', '2016-12-10']);
  });
});

describe('a remark told inside a relative clause ("which diplomats said") takes no day of the clause it hangs on (s69)', () => {
  it('leaves the main clause\'s day off "..., which diplomats said did not mention" (s69)', () => {
    const text =
      'The council met in Vessa.\n\nOn Sunday, Norland had threatened to veto the first Ostrian draft, which diplomats said did not mention the ferry.';
    expect(saidOf(text, 'proposed:diplomats')).toEqual(['2016-12-14']);
    const meeting =
      'The council met in Vessa.\n\nThe Ostrian foreign minister called the same day for an emergency meeting of the council, which diplomats said would be held on Friday.';
    expect(saidOf(meeting, 'proposed:diplomats')).toEqual(['2016-12-14']);
  });
  it('keeps a day told in the relative clause itself, or of a remark outside one (s69)', () => {
    // Near misses: the day stands at the verb inside the relative clause, or the remark is the main clause's.
    const own =
      'The council met in Vessa.\n\nNorland had threatened to veto the first Ostrian draft, which diplomats said on Sunday did not mention the ferry.';
    expect(saidOf(own, 'proposed:diplomats')).toEqual(['2016-12-11']);
    const main = 'The council met in Vessa.\n\nOn Sunday, diplomats said the first Ostrian draft did not mention the ferry.';
    expect(saidOf(main, 'proposed:diplomats')).toEqual(['2016-12-11']);
    // ... and a relative clause in the past perfect tells a remark made by the main clause's day.
    const perfect =
      'The council met in Vessa.\n\nOn Sunday, Norland vetoed the first Ostrian draft, which diplomats had described as a "trap" that would only help the gunmen.';
    expect(saidOf(perfect, 'proposed:diplomats')).toEqual(['2016-12-11']);
  });
});

describe('a day closing the subject of a clause the verb reports, right before its verb (s69)', () => {
  it('leaves "that Norland\'s veto ... on Monday of last week had left" off the remark (s69)', () => {
    const text =
      'The convoy reached Vessa.\n\nMr Okafor said he welcomed the vote. But he said the text could not be enforced, and that Norland\'s veto of a council truce on Monday of last week had left the city "at the mercy of the guns".';
    expect(saidOf(text, 'peter-okafor', '2016-12-16')).toEqual(['2016-12-16', '2016-12-16']);
  });
  it('keeps a day told before the content, or one closing the content clause (s69)', () => {
    // Near misses: the day at the verb, before the content's own subject and its day.
    const own = 'The convoy reached Vessa.\n\nPeter Okafor said on Monday that the veto had left the city without bread.';
    expect(saidOf(own, 'peter-okafor', '2016-12-16')).toEqual(['2016-12-12']);
    const both = 'The convoy reached Vessa.\n\nPeter Okafor told reporters on Monday that the raid on Sunday was a crime.';
    expect(saidOf(both, 'peter-okafor', '2016-12-16')).toEqual(['2016-12-12']);
  });
});

describe("a day's possessive opening what a pronoun's own verb takes, after the speech verb (s69)", () => {
  it('leaves "said he welcomed last Friday\'s vote" undated, and the remark before it (s69)', () => {
    const text =
      'The convoy reached Vessa.\n\n"These are ordinary people who did something," Peter Okafor said.\n\nMr Okafor said he welcomed last Friday\'s vote in the Assembly.';
    expect(saidOf(text, 'peter-okafor', '2016-12-16')).toEqual(['2016-12-16', '2016-12-16']);
  });
  it("keeps the day of a gathering's possessive, and a day at the verb (s69)", () => {
    // Near misses: "said at Monday's meeting" is where he spoke; "said on Monday he welcomed" his own day.
    const meeting = "The convoy reached Vessa.\n\nPeter Okafor said at Monday's meeting of the council that he welcomed the vote.";
    expect(saidOf(meeting, 'peter-okafor', '2016-12-16')).toEqual(['2016-12-12']);
    const own = "The convoy reached Vessa.\n\nPeter Okafor said on Monday he welcomed last Friday's vote in the Assembly.";
    expect(saidOf(own, 'peter-okafor', '2016-12-16')).toEqual(['2016-12-12']);
  });
});

describe('"the same day" after a day its own sentence names (s70)', () => {
  it("dates the remark by the day named in its sentence, not by an earlier sentence's", () => {
    const text =
      'Relief in Port Vell\n\nOn Dec. 9 the General Assembly backed a resolution by 122 votes to 13.\n\nMaria Lindqvist welcomed Monday\'s vote in a statement issued the same day, but said the observers had to be in the city "in days, not weeks."';
    expect(days(text, '2016-12-22')).toEqual([['maria-lindqvist', '2016-12-19']]);
  });
  it('still dates "the same day" of a sentence with no day of its own by the last day named before', () => {
    // Near miss: no day in the remark's sentence.
    const text =
      'Relief in Port Vell\n\nOn Dec. 9 the General Assembly backed a resolution by 122 votes to 13.\n\nMaria Lindqvist said the same day that the observers had to be in the city "in days, not weeks."';
    expect(days(text, '2016-12-22')).toEqual([['maria-lindqvist', '2016-12-09']]);
  });
});

describe('a remark said "at the meeting" or "after the meeting" the story told before on its day (s70)', () => {
  const before =
    'The convoy reached Vessa on Tuesday with food for 2,000 families.\n\nThe council voted on Monday on a Norland draft calling for a truce. Eleven members backed it.\n\n';
  it('dates "At the meeting, X said" and "X said after the meeting" by the meeting told before (s70)', () => {
    expect(saidOf(`${before}At the meeting, Peter Okafor said the draft would only help the gunmen.`, 'peter-okafor')).toEqual([
      '2016-12-12',
    ]);
    expect(saidOf(`${before}Peter Okafor said after the meeting that the council had failed the city.`, 'peter-okafor')).toEqual([
      '2016-12-12',
    ]);
  });
  it("leaves a meeting named by what follows it, or a remark with no meeting, at the article's day (s70)", () => {
    // Near misses: "the meeting of foreign ministers in January" is another, still to come; no meeting is pointed to.
    const named = `${before}Peter Okafor said he would raise the truce at the meeting of foreign ministers in January.`;
    expect(saidOf(named, 'peter-okafor')).toEqual(['2016-12-14']);
    expect(saidOf(`${before}Peter Okafor said the draft would only help the gunmen.`, 'peter-okafor')).toEqual(['2016-12-14']);
  });
});

describe('a speaker whose own presenting words name the gathering the lead sets (s70)', () => {
  const lead = 'About 200 people held candles in the square outside Vellmar town hall on Monday night for the people of the port city.\n\n';
  it('dates "X, who led the prayers, said" and "said X, one of the organisers of the vigil" by the scene (s70)', () => {
    expect(saidOf(`${lead}Omar Haddad, who led the prayers, said the names of the dead had been read out.`, 'omar-haddad')).toEqual([
      '2016-12-12',
    ]);
    expect(saidOf(`${lead}"Nobody here is a stranger," said Omar Haddad, one of the organisers of the vigil.`, 'omar-haddad')).toEqual([
      '2016-12-12',
    ]);
  });
  it("leaves the gathering named only in what the speaker reports at the article's day (s70)", () => {
    // Near miss: "said the vigil began as an idea" tells of the vigil afterwards; it does not place him there.
    expect(saidOf(`${lead}Omar Haddad said the vigil began as an idea from a student.`, 'omar-haddad')).toEqual(['2016-12-14']);
  });
});

describe("a section opened by a meeting named by its day's possessive (s70)", () => {
  const text =
    'NORDIC DIGEST | Wednesday, 14 December 2016\n\nGood morning.\n\nSUMMIT NOTES: A DOCTOR AT THE TABLE\n\n' +
    'The surprise guest at Tuesday\'s Baltic Council was not a minister. Omar Haddad told reporters on his way in that he had come "to ask for witnesses."\n\n' +
    'Lindqvist, at her closing press conference shortly before midnight, called the meeting "the hardest hour of my job." One ambassador told us the text had been "fought over line by line."\n\n' +
    "— At Monday's Nordic Council, Peter Okafor said the trucks were ready.\n\n— The vote is expected on Friday, Hélène Dubois said.";
  it('dates its past-tense remarks with no day of their own by the meeting, not one told to the outlet nor a later item', () => {
    expect(days(text)).toEqual([
      ['omar-haddad', '2016-12-13'],
      ['maria-lindqvist', '2016-12-13'],
      ['proposed:ambassador-unnamed', '2016-12-14'],
      ['peter-okafor', '2016-12-12'],
      ['helene-dubois', '2016-12-14'],
    ]);
  });
});
