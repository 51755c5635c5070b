/**
 * Dates in words, resolved against the publication date, never more precise than the words.
 */
import { describe, expect, it } from 'vitest';
import { findArticleDateMentions, findDateMentions, resolveAnchored, resolveCountedFromBefore } from '../../src/ingest/date-expressions.js';
import { splitParagraphs } from '../../src/ingest/text-segments.js';

// Wednesday 14 December 2016.
const PUBLISHED = '2016-12-14';
const dates = (text: string) => findDateMentions(text, { start: 0, end: text.length }, PUBLISHED);

describe('date expressions', () => {
  it('resolves a bare weekday to the last one on or before publication', () => {
    expect(dates('Officials said on Monday that').map((d) => d.when)).toEqual([
      { date: '2016-12-12', precision: 'day', basis: 'relative', note: '"on Monday" in an article of Wed 14 Dec 2016' },
    ]);
    expect(dates('Talks resumed Wednesday.')[0]?.when.date).toBe('2016-12-14');
    expect(dates('The strikes stopped Friday evening.')[0]?.when).toMatchObject({ date: '2016-12-09', precision: 'day' });
  });

  it('reads "Last" and "Next" opening a sentence as it reads them in lower case (s28)', () => {
    // A Wednesday's "Last Wednesday" is a week back, never the article's own day; "Next Wednesday" a week on.
    expect(dates('Last Wednesday, the harbour board met in Vellmar.')[0]?.when.date).toBe('2016-12-07');
    expect(dates('Next Wednesday the board meets again.')[0]?.when.date).toBe('2016-12-21');
  });

  it('reads "last Friday" in a Saturday paper as a week back, the day before having its own words (s30)', () => {
    const saturday = (text: string) => findDateMentions(text, { start: 0, end: text.length }, '2016-12-17');
    expect(saturday('The Assembly voted last Friday on the text.')[0]?.when.date).toBe('2016-12-09');
    expect(saturday('The convoy left last Thursday.')[0]?.when.date).toBe('2016-12-15');
    expect(saturday('The Assembly voted on Friday.')[0]?.when.date).toBe('2016-12-16');
  });

  it('looks ahead when the clause speaks of the future, but not for the day of the speech itself', () => {
    expect(dates('The envoy will travel on Saturday.')[0]?.when.date).toBe('2016-12-17');
    expect(dates('Delegations would meet in the capital on Friday.')[0]?.when.date).toBe('2016-12-16');
    const both = dates('He said on Tuesday that he will fly out on Thursday.');
    expect(both.map((d) => d.when.date)).toEqual(['2016-12-13', '2016-12-15']);
    expect(dates('The UN is seeking a pause at least through Monday.')[0]?.when.date).toBe('2016-12-19');
  });

  it('reads two digits after a date and its comma as the count that follows, not a year (s7)', () => {
    // chrono alone read "since 2 November, 38 of them children" as a day of 2038, and the count 38 was lost.
    const since = dates('The clinic has buried 90 people since 2 November, 38 of them children.');
    expect(since.map((d) => [d.text, d.when.date])).toEqual([['2 November', '2016-11-02']]);
    expect(dates('On 5 December, 12 convoys crossed.').map((d) => [d.text, d.when.date])).toEqual([['On 5 December', '2016-12-05']]);
    // A year in four digits stays a year.
    expect(dates('The siege began on 2 November, 2015.').map((d) => d.when.date)).toEqual(['2015-11-02']);
  });

  it('reads a weekday with its week as that day of the week named, not the last such day (s21)', () => {
    // Wednesday 14 December: "Tuesday last week" is 6 December, not yesterday; "Thursday of next week" the 22nd.
    expect(dates('The delegates met on Tuesday last week in the port.')[0]?.when).toMatchObject({ date: '2016-12-06', precision: 'day' });
    expect(dates('A second convoy leaves on Thursday of next week.')[0]?.when.date).toBe('2016-12-22');
    // One mention, the Monday of last week (not "last week" besides it, nor this week's Monday).
    expect(dates('The mayor spoke on Monday morning last week.').map((d) => d.when.date)).toEqual(['2016-12-05']);
  });

  it('gives "last week" as a span from Monday to Sunday', () => {
    expect(dates('Monitors last week counted')[0]?.when).toMatchObject({
      date: '2016-12-05',
      end: '2016-12-11',
      precision: 'day',
      basis: 'relative',
    });
  });

  it('reads days of one month printed month first as a span from the first (s63)', () => {
    for (const words of ['talks in Port Vell on December 12–13', 'talks on Dec. 12-13', 'talks between December 12 and 13'])
      expect(dates(words)[0]).toMatchObject({ kind: 'span', when: { date: '2016-12-12', end: '2016-12-13', precision: 'day' } });
    // Near miss: a count after "and" is no second day ("on December 9 and 14 others were hurt").
    expect(dates('Nine died on December 9 and 14 others were hurt.')[0]).toMatchObject({ kind: 'point', when: { date: '2016-12-09' } });
  });

  it('reads stated dates, taking a missing year from the article', () => {
    expect(dates('Thursday, Dec. 1, 2016')[0]?.when).toEqual({ date: '2016-12-01', precision: 'day', basis: 'stated' });
    expect(dates('On October 8, the council voted')[0]?.when).toMatchObject({ date: '2016-10-08', precision: 'day', basis: 'stated' });
    expect(dates('encircled since July 7')[0]?.when).toMatchObject({ date: '2016-07-07', end: PUBLISHED, basis: 'stated' });
    expect(dates('fighting in September')[0]?.when).toMatchObject({ date: '2016-09-01', precision: 'month' });
    const january = 'On December 28, the convoy';
    expect(findDateMentions(january, { start: 0, end: january.length }, '2017-01-10')[0]?.when.date).toBe('2016-12-28');
  });

  it('counts "a day after" from an anchor, and "the next day" forward', () => {
    const [after] = dates('came a day after he said');
    const [next] = dates('the next day');
    const anchor = { date: '2016-12-09', precision: 'day' as const, basis: 'relative' as const, note: '"Friday"' };
    expect(resolveAnchored(after as never, anchor).date).toBe('2016-12-08');
    expect(resolveAnchored(next as never, anchor).date).toBe('2016-12-10');
  });

  it('counts weeks and days from eight to ten as "a day after" is counted (s20)', () => {
    const anchor = { date: '2016-12-20', precision: 'day' as const, basis: 'relative' as const, note: '"Tuesday"' };
    const counted = (phrase: string) => {
      const [mention] = dates(phrase);
      return mention && resolveAnchored(mention, anchor).date;
    };
    expect(counted('the talks resumed two weeks after the port fell')).toBe('2016-12-06');
    expect(counted('nine days after the ferry sank')).toBe('2016-12-11');
    expect(counted('a week before the envoy arrived')).toBe('2016-12-27');
    const text = 'On Dec. 2 the mayor resigned. A week later the town voted, and ten days later it held a fair.';
    expect(resolveCountedFromBefore(dates(text)).map((d) => [d.text, d.when.date])).toEqual([
      ['Dec. 2', '2016-12-02'],
      ['A week later', '2016-12-09'],
      ['ten days later', '2016-12-19'],
    ]);
  });

  it('reads today and yesterday', () => {
    expect(dates('The group today expressed concern; yesterday it was silent.').map((d) => d.when.date)).toEqual([
      '2016-12-14',
      '2016-12-13',
    ]);
  });

  it('reads "the day before yesterday" and "the night before last" as two days back, not "the day before" (s23)', () => {
    const text = 'Her son wrote the night before last; the clinic closed the day before yesterday.';
    expect(dates(text).map((d) => [d.text, d.when.date])).toEqual([
      ['the night before last', '2016-12-12'],
      ['the day before yesterday', '2016-12-12'],
    ]);
  });

  it('reads "last evening" as yesterday, as "last night" (s24)', () => {
    const text = 'The minister spoke to state radio last evening; the envoy left last night.';
    expect(dates(text).map((d) => [d.text, d.when.date])).toEqual([
      ['last evening', '2016-12-13'],
      ['last night', '2016-12-13'],
    ]);
  });

  it('counts "later" and "the next day" from the last day the text gave, and leaves "a day after he said" alone', () => {
    const text =
      'On Dec. 5 the draft failed. Four days later the assembly voted, and the next day it adjourned. It came a day after he said so.';
    expect(resolveCountedFromBefore(dates(text)).map((d) => [d.text, d.when.date])).toEqual([
      ['Dec. 5', '2016-12-05'],
      ['Four days later', '2016-12-09'],
      ['the next day', '2016-12-10'],
      ['a day after', null],
    ]);
  });

  it('reads a part of a day before its date, and two days of one month from the first', () => {
    expect(dates('The envoys met on the night of 11 December.')[0]?.when).toMatchObject({ date: '2016-12-11', precision: 'day' });
    expect(dates('during the evening of Nov. 30')[0]?.when.date).toBe('2016-11-30');
    expect(dates('Monitors visited on 9 and 10 December.')[0]?.when).toMatchObject({ date: '2016-12-09', end: '2016-12-10' });
    expect(dates('a truce between 2 and 4 November')[0]?.when).toMatchObject({ date: '2016-11-02', end: '2016-11-04' });
  });

  it('puts a month ahead in the coming year when the sentence looks ahead, and counts days back from the article', () => {
    expect(dates('The assembly will take up the report in February.')[0]?.when).toMatchObject({ date: '2017-02-01', precision: 'month' });
    expect(dates('Norland says it wants a conference in Stockholm, in January.')[0]?.when.date).toBe('2017-01-01');
    expect(dates('The road was cut in February.')[0]?.when.date).toBe('2016-02-01');
    expect(dates('Mortars fell on the port last night.')[0]?.when.date).toBe('2016-12-13');
    expect(dates('The depot burned three days ago.')[0]?.when.date).toBe('2016-12-11');
    expect(dates('She left a week ago.')[0]?.when.date).toBe('2016-12-07');
    // (s55) Hours counted in whole days are days, "less than" or not; bare "hours later" is the same day.
    expect(
      resolveCountedFromBefore(dates('The talks ran through Saturday, Dec. 3. Less than 48 hours later the draft failed.')).at(-1)?.when
        .date,
    ).toBe('2016-12-05');
    expect(resolveCountedFromBefore(dates('The talks ran through Saturday, Dec. 3. Hours later the draft failed.')).at(-1)?.when.date).toBe(
      '2016-12-03',
    );
    // (s55) A fortnight is fourteen days, counted back or on.
    expect(dates('A fortnight ago the same Assembly had demanded a ceasefire.')[0]?.when.date).toBe('2016-11-30');
    // ... but a day printed right after it is the one meant, the count only roughly right.
    expect(dates('Only a fortnight ago, on December 1, the draft failed.').map((d) => d.when.date)).toEqual(['2016-12-01']);
    expect(resolveCountedFromBefore(dates('On Dec. 2 the mayor resigned. A fortnight later the town voted.')).at(-1)?.when.date).toBe(
      '2016-12-16',
    );
  });

  it('counts months from the last day or month given, and "hours earlier" as that day', () => {
    const text = 'On 8 October the draft failed. Two months later the council tried again. On Monday it voted; hours earlier it met.';
    expect(resolveCountedFromBefore(dates(text)).map((d) => [d.text, d.when.date, d.when.precision])).toEqual([
      ['On 8 October', '2016-10-08', 'day'],
      ['Two months later', '2016-12-01', 'month'],
      ['Monday', '2016-12-12', 'day'],
      ['hours earlier', '2016-12-12', 'day'],
    ]);
  });

  it('reads the end, start or middle of a named month as that month, not its last or first day (s32)', () => {
    const month = (text: string) => dates(text).map((d) => [d.when.date, d.when.precision]);
    expect(month('The militia pushed into the harbour quarter at the end of November.')).toEqual([['2016-11-01', 'month']]);
    expect(month('Since the end of October some 4,000 people have crossed the bridge.')).toEqual([['2016-10-01', 'month']]);
    expect(month('The appeal was launched towards the close of September.')).toEqual([['2016-09-01', 'month']]);
    expect(month('The ferry sailed on 30 November.')).toEqual([['2016-11-30', 'day']]);
  });

  it('looks ahead where a present tense schedules or a hope is stated', () => {
    expect(dates('The council meets again on Friday.')[0]?.when.date).toBe('2016-12-16');
    expect(dates('Norland hoped to put the text to a vote on Sunday.')[0]?.when.date).toBe('2016-12-18');
    expect(dates('The council met again on Friday.')[0]?.when.date).toBe('2016-12-09');
  });

  it("reads the season's holidays as their days, New Year's Day in a December article as the coming one (s35)", () => {
    expect(dates('The choir will sing again on Christmas Eve.')[0]?.when.date).toBe('2016-12-24');
    expect(dates('The shelter opens on Boxing Day.')[0]?.when.date).toBe('2016-12-26');
    expect(dates("The ferry resumes on New Year's Day.")[0]?.when.date).toBe('2017-01-01');
  });

  it('reads a day after a participle of a thing done as past, in a clause that looks ahead (s35)', () => {
    const first = (text: string) => dates(text)[0]?.when.date;
    expect(first('Some 2,000 fighters are expected to leave under a truce brokered by Norland and Ostria late on Monday.')).toBe(
      '2016-12-12',
    );
    expect(first('The ferries will sail under the accord signed on Monday.')).toBe('2016-12-12');
    expect(first('The ferries will sail under the deal struck on Monday.')).toBe('2016-12-12');
    // A participle that plans, and the wounded a convoy carries, leave the day ahead.
    expect(first('The convoy is due to leave with the wounded on Monday.')).toBe('2016-12-19');
    expect(first('The board is expected to meet at the hall booked on Monday.')).toBe('2016-12-19');
  });

  it('looks ahead after a modal of what may come, not after its denial, its perfect or the month (s32)', () => {
    expect(dates('A second round of talks could open in Vellmar as early as Friday.')[0]?.when.date).toBe('2016-12-16');
    expect(dates('The envoy may fly to Kessel on Monday.')[0]?.when.date).toBe('2016-12-19');
    expect(dates('The drivers could not reach the depot on Monday.')[0]?.when.date).toBe('2016-12-12');
    expect(dates('Two nurses may have been killed on Monday.')[0]?.when.date).toBe('2016-12-12');
    expect(dates('In May the council met again, and on Monday it voted.').at(-1)?.when.date).toBe('2016-12-12');
  });

  it('counts the days of a document an article reproduces from the date line of its header', () => {
    // A transcript published two days after the briefing it records: its "today" and "yesterday" are the briefing's.
    const text = [
      'Port Vell briefing, December 12: the envoy on the truce',
      'The Gazette prints the transcript of the ministry briefing below.',
      'Ministry of Foreign Affairs',
      'Regular Press Briefing',
      'December 12, 2016',
      'SPOKESWOMAN: The envoy is in Stockholm today, and yesterday he spoke to the other side.',
    ].join('\n');
    const found = findArticleDateMentions(text, splitParagraphs(text), PUBLISHED);
    expect(found.filter((d) => d.text !== 'December 12').map((d) => [d.text, d.when.date])).toEqual([
      ['December 12, 2016', '2016-12-12'],
      ['today', '2016-12-12'],
      ['yesterday', '2016-12-11'],
    ]);
    // A date line of the article's own day, or a date inside a sentence, changes nothing.
    const own = 'Report\nDecember 14, 2016\nThe envoy arrived today.';
    expect(findArticleDateMentions(own, splitParagraphs(own), PUBLISHED).at(-1)?.when.date).toBe('2016-12-14');
    const prose = 'Notes\nThe meeting was on December 12, 2016.\nThe envoy arrived today.';
    expect(findArticleDateMentions(prose, splitParagraphs(prose), PUBLISHED).at(-1)?.when.date).toBe('2016-12-14');
  });

  it("counts a record's days from its header line, the chamber or the hour beside the date", () => {
    // A sitting or a meeting printed two days later: "yesterday" in a speech is the day before the sitting.
    for (const header of [
      'House of Lords, Tuesday 12 December 2016',
      'Monday, 12 December 2016, 3 p.m.',
      'Grand Committee, 12 December 2016',
      // A hearing transcript's header prints the day in capitals (s21).
      'MONDAY, DECEMBER 12, 2016',
    ])
      expect(
        findArticleDateMentions(
          `Record\n${header}\nLord Hale: My Lords, yesterday the envoy arrived.`,
          splitParagraphs(`Record\n${header}\nLord Hale: My Lords, yesterday the envoy arrived.`),
          PUBLISHED,
        )
          .filter((d) => d.text === 'yesterday')
          .map((d) => d.when.date),
        header,
      ).toEqual(['2016-12-11']);
    // A line that goes on after the date is a sentence, not a header.
    const line = 'Record\nLondon, 12 December 2016, the day the envoy arrived\nHe left yesterday.';
    expect(findArticleDateMentions(line, splitParagraphs(line), PUBLISHED).at(-1)?.when.date).toBe('2016-12-13');
  });
});

describe('dates printed in capitals (s11)', () => {
  const texts = (text: string, publishedOn = '2016-12-19') =>
    findDateMentions(text, { start: 0, end: text.length }, publishedOn).map((m) => [m.text, m.when.date]);
  it("reads a transcript's or a diary's header in capitals as the day it prints", () => {
    expect(texts('TUESDAY, DECEMBER 6, 2016')).toEqual([['TUESDAY, DECEMBER 6, 2016', '2016-12-06']]);
    expect(texts('MONDAY 12 DECEMBER')).toEqual([['MONDAY 12 DECEMBER', '2016-12-12']]);
    expect(texts('FILED 14 DECEMBER 2016')).toEqual([['14 DECEMBER 2016', '2016-12-14']]);
  });

  it('reads no day in a weekday heading alone, a short form or "MAY" as a verb', () => {
    expect(texts('MONDAY: THE COUNCIL VOTES')).toEqual([]);
    expect(texts('THE DEC APPEAL: YOU MAY GIVE ONLINE')).toEqual([]);
  });
});

describe('a meeting "to be held" on a weekday lies ahead (s11)', () => {
  it('resolves the weekday of a passive infinitive of purpose to the coming day', () => {
    const text = 'The ministers prepared for talks, to be held in Stockholm on Tuesday.';
    const [mention] = findDateMentions(text, { start: 0, end: text.length }, '2016-12-18');
    expect(mention?.when.date).toBe('2016-12-20');
  });
});

describe("a translation's or reprint's note dates the original's relative days (s12)", () => {
  const PUBLISHED_SAT = '2016-12-17';
  const relative = (text: string) =>
    findArticleDateMentions(text, splitParagraphs(text), PUBLISHED_SAT)
      .filter((d) => d.when.basis === 'relative')
      .map((d) => [d.text, d.when.date]);
  it('counts "yesterday" and weekdays from the day the note gives the original, at the head or the foot', () => {
    for (const note of [
      'Translated from the Norlandic. The original report appeared in the Port Vell daily Hafnia on Thursday, 15 December 2016.',
      'This article was first published in the Stockholm weekly Norra on 15 December 2016.',
      'Originally broadcast by Radio Norra on Dec. 15, 2016; our translation.',
      // (s50) A transcript's header: the day it was broadcast, before the day it was posted.
      'NORRA EVENING NEWS. Broadcast Thursday, December 15, 2016, 6 p.m. This transcript was posted on December 17.',
    ]) {
      const head = `Convoy leaves the old town\n\n${note}\n\nThe convoy left yesterday, and the envoy spoke on Tuesday.`;
      expect(relative(head)).toEqual([
        ['yesterday', '2016-12-14'],
        ['on Tuesday', '2016-12-13'],
      ]);
    }
    const foot = 'Convoy leaves\n\nThe convoy left yesterday.\n\nThis report first appeared in Hafnia on 15 December 2016.';
    expect(relative(foot)).toEqual([['yesterday', '2016-12-14']]);
  });

  it("keeps the article's own days where the note gives no full date, or the day is the article's", () => {
    const undated = 'Convoy leaves\n\nThe original report appeared in Hafnia last week.\n\nThe convoy left yesterday.';
    expect(relative(undated).at(-1)).toEqual(['yesterday', '2016-12-16']);
    const same = 'Convoy leaves\n\nFirst published in Hafnia on 17 December 2016.\n\nThe convoy left yesterday.';
    expect(relative(same).at(-1)).toEqual(['yesterday', '2016-12-16']);
    // A sentence of the story that names a first appearance is no note about the text.
    const story = 'Convoy leaves\n\nThe envoy first appeared in public on 15 December 2016.\n\nThe convoy left yesterday.';
    expect(relative(story).at(-1)).toEqual(['yesterday', '2016-12-16']);
  });
});

describe('a day of this month, last month or next month (s21)', () => {
  it("is that day of the month named beside the article's", () => {
    const days = (text: string) => dates(text).map((d) => [d.text, d.when.date, d.when.precision]);
    expect(days('The envoy arrived on the third of this month.')).toEqual([['the third of this month', '2016-12-03', 'day']]);
    expect(days('The talks broke down on the 27th of last month.')).toEqual([['the 27th of last month', '2016-11-27', 'day']]);
    expect(days('The donors meet on the twelfth of next month.')).toEqual([['the twelfth of next month', '2017-01-12', 'day']]);
    // A count is no day: "the five of this month" names nothing.
    expect(days('Ostria sent the five of this month to the border.').map((d) => d[2])).toEqual(['month']);
  });
});

describe('a clock time written with a stop (s30)', () => {
  it('keeps the day before it whole: "Tuesday 6 December, 6.45pm"', () => {
    expect(dates('Choir rehearsal: Tuesday 6 December, 6.45pm in the hall.').map((d) => [d.text, d.when.date])).toEqual([
      ['Tuesday 6 December, 6.45pm', '2016-12-06'],
    ]);
  });
});

describe('a bare day of the month, "on the 8th" (s35)', () => {
  const article = (text: string, publishedOn = '2016-12-30') =>
    findArticleDateMentions(text, splitParagraphs(text), publishedOn).map((m) => [m.text, m.when.date, m.when.precision]);

  it('is a day of the month its section heading names, in capitals or not, with or without a year', () => {
    const review = [
      'Our year, month by month',
      'SEPTEMBER',
      'On the 6th, a storm flooded the harbour quarter. The ferries stopped the next day.',
      'During the closing days of the month, the militia broke into the old town.',
      'October 2016',
      'The choir sang at the Corn Exchange on the 2nd.',
      'Helga Lind told the council on the 21st that the quay was full.',
    ].join('\n');
    expect(article(review)).toEqual([
      ['SEPTEMBER', '2016-09-01', 'month'],
      ['the 6th', '2016-09-06', 'day'],
      ['the next day', null, 'unknown'],
      ['During the closing days of the month', '2016-09-01', 'month'],
      ['October 2016', '2016-10-01', 'month'],
      ['the 2nd', '2016-10-02', 'day'],
      ['the 21st', '2016-10-21', 'day'],
    ]);
  });

  it("is a day of a diary entry's month under its day heading", () => {
    const diary = [
      'Field notes',
      'Monday 12 December',
      'The boat we waited for on the 10th came at last.',
      'Tuesday 13 December',
      'Rain.',
    ].join('\n');
    expect(article(diary, '2016-12-16')).toContainEqual(['the 10th', '2016-12-10', 'day']);
  });

  it("is a day of the month named before it, else of the article's month (the month before, for a day still to come)", () => {
    expect(article('The talks opened on 3 November and broke down on the 5th.')).toContainEqual(['the 5th', '2016-11-05', 'day']);
    expect(article('The talks opened on 3 November.\nThey broke down on the 5th.')).toContainEqual(['the 5th', '2016-11-05', 'day']);
    expect(article('The envoy arrived on the 9th.', '2016-12-14')).toEqual([['the 9th', '2016-12-09', 'day']]);
    expect(article('The envoy arrived on the 20th.', '2016-12-14')).toEqual([['the 20th', '2016-11-20', 'day']]);
    // An ordinal before a noun, or one of a pair, is no day.
    expect(article('The clinic is on the 5th floor. He was the 45th President. They met on the 12th day of the siege.')).toEqual([]);
    expect(article('Vellmar hosted the talks on the 28th and 29th.')).toEqual([]);
  });
});

describe('a weekday with its date in brackets after it (s35)', () => {
  it('is that date where it falls on the weekday, the weekday alone reading as the article’s own day', () => {
    // The paper is of a Wednesday: "on Wednesday" alone is that day, "(Dec. 7)" the week before.
    expect(dates('The dockers have been out since they walked off the quay on Wednesday (Dec. 7).')[0]?.when.date).toBe('2016-12-07');
    expect(dates('The relief ferry sails for the islands on Friday (Dec. 16) at noon.')[0]?.when.date).toBe('2016-12-16');
    // Where the bracketed date falls on another day, the weekday keeps its own reading.
    expect(dates('The board met on Monday (Dec. 7).')[0]?.when.date).toBe('2016-12-12');
  });
});

describe('"a week before that", "two days after that": counted back or on from the day said before (s36)', () => {
  it('reads "before that" as "earlier" and "after that" as "later", the anaphor in the mention', () => {
    const text = 'The ministers met on Monday. A week before that the board had voted. Two days after that, the ferry sailed.';
    expect(resolveCountedFromBefore(dates(text)).map((d) => [d.text, d.when.date])).toEqual([
      ['on Monday', '2016-12-12'],
      ['A week before that', '2016-12-05'],
      ['Two days after that', '2016-12-07'],
    ]);
  });
});

describe('dates as the sets of session 45 wrote them (s45)', () => {
  it('reads "the same Saturday afternoon" as the day named before it, where that day is a Saturday', () => {
    const thursday = (text: string) => findDateMentions(text, { start: 0, end: text.length }, '2016-11-17');
    const same = thursday('The council has been unable to agree since 8 October, when both drafts failed on the same Saturday afternoon.');
    expect(same.map((d) => [d.text, d.when.date])).toEqual([
      ['8 October', '2016-10-08'],
      ['Saturday afternoon', '2016-10-08'],
    ]);
    // Not where the day named before is another weekday: then the weekday is read as ever, counted from the article.
    expect(thursday('Talks began on 10 October and ended the same Saturday.').at(-1)?.when.date).toBe('2016-11-12');
  });

  it('reads "a week ago today" and "two weeks ago yesterday" as one day each, counted from today or yesterday', () => {
    const monday = (text: string) => findDateMentions(text, { start: 0, end: text.length }, '2016-12-12');
    expect(
      monday('A week ago today, Russia and China vetoed a draft. Two weeks ago yesterday they met.').map((d) => [d.text, d.when.date]),
    ).toEqual([
      ['A week ago today', '2016-12-05'],
      ['Two weeks ago yesterday', '2016-11-27'],
    ]);
  });

  it('reads a day, a month and two digits of the year, as monitoring services print them, and a clock time as no year', () => {
    const digest =
      'Digest issued 14 Dec 16, 1530 gmt. (Source: state TV, in Arabic 1600 gmt 13 Dec 16) The council met on Oct. 8, 1530 GMT.';
    expect(dates(digest).map((d) => [d.text, d.when.date])).toEqual([
      ['14 Dec 16', '2016-12-14'],
      ['13 Dec 16', '2016-12-13'],
      ['Oct. 8', '2016-10-08'],
    ]);
  });
});

describe('dates as the sets of session 46 wrote them (s46)', () => {
  it('reads a weekday after a telling that follows a quotation as past, whatever the tense of the quoted words', () => {
    const wednesday = (text: string) => findDateMentions(text, { start: 0, end: text.length }, '2016-12-21');
    expect(
      wednesday('"One of them wanted to keep a kitten," Bitar told Northwind in a voice message on Tuesday.').map((d) => [
        d.text,
        d.when.date,
      ]),
    ).toEqual([['on Tuesday', '2016-12-20']]);
    // The plans of the clause around the day still look ahead: "wanted to meet on Tuesday" in the writer's own words.
    expect(wednesday('The envoy said he wanted to meet them on Tuesday.').map((d) => d.when.date)).toEqual(['2016-12-27']);
  });

  it('reads a weekday after a post or a letter that follows a quotation in the future tense as past too (s53)', () => {
    const wednesday = (text: string) => findDateMentions(text, { start: 0, end: text.length }, '2016-12-21').map((d) => d.when.date);
    expect(wednesday('"The convoys will resume," Ana Ruiz wrote on Facebook on Sunday night.')).toEqual(['2016-12-18']);
    expect(wednesday('"The convoys will resume," Ana Ruiz tweeted on Sunday.')).toEqual(['2016-12-18']);
    expect(wednesday('"Talks will resume," the ministry declared on Monday.')).toEqual(['2016-12-19']);
  });
});

describe('a weekday with "last" or "next" after it, the Irish idiom (s57)', () => {
  it('"on Thursday last" in a Thursday paper is a week back, "on Monday next" the Monday to come', () => {
    const text = 'The envoy warned on Thursday last. Ministers meet on Monday next. He came home on Friday last from Gaziantep.';
    expect(findDateMentions(text, { start: 0, end: text.length }, '2016-10-13').map((m) => [m.text, m.when.date])).toEqual([
      ['on Thursday last', '2016-10-06'],
      ['on Monday next', '2016-10-17'],
      ['on Friday last', '2016-10-07'],
    ]);
  });

  it('"last week" after a weekday is the week, as before', () => {
    const text = 'They met on Monday last week.';
    expect(findDateMentions(text, { start: 0, end: text.length }, '2016-10-13').map((m) => m.when.date)).toEqual(['2016-10-03']);
  });
});

describe('"that Saturday" pointing back to the day named before (s66)', () => {
  it('reads "On that Saturday" as the day the paragraph before named, where it falls on a Saturday', () => {
    const friday = (text: string) =>
      findArticleDateMentions(text, splitParagraphs(text), '2016-11-25').map((m) => [m.text, m.when.date] as const);
    const text = 'Lindqvist recalled the two motions that failed on November 12.\n\nOn that Saturday the assembly in Port Vell split.';
    expect(friday(text).at(-1)).toEqual(['Saturday', '2016-11-12']);
    // In one sentence too, and "that same Sunday".
    expect(friday('The envoy landed on 13 November and on that same Sunday met Haddad.').at(-1)).toEqual(['Sunday', '2016-11-13']);
    // Not where the day before is another weekday, nor where "that" opens a clause ("said that Saturday was"): the
    // weekday is counted back from the article as ever.
    expect(friday('The motions failed on November 10.\n\nOn that Saturday the assembly split.').at(-1)).toEqual(['Saturday', '2016-11-19']);
    expect(friday('The motions failed on November 12.\n\nHaddad said that Saturday was calm.').at(-1)).toEqual(['Saturday', '2016-11-19']);
  });
});

describe("a day restated in the reader's own time zone (s70)", () => {
  it('drops "yesterday, our time" set off after the day named where it happened', () => {
    const found = dates(
      'The talks ended in Vellmar on Monday afternoon – in the small hours of yesterday, our time – when the envoys walked out.',
    );
    expect(found.map((d) => [d.text, d.when.date])).toEqual([['on Monday afternoon', '2016-12-12']]);
    expect(dates('The board voted on Monday (Tuesday, NZ time).').map((d) => d.when.date)).toEqual(['2016-12-12']);
  });
  it('keeps a day that is no restatement', () => {
    // Near miss: no day named before it in the sentence.
    expect(dates('The vote came yesterday, our time, after a long night.').map((d) => d.when.date)).toEqual(['2016-12-13']);
    // Near miss: a day named before, but no time zone after the second.
    expect(dates('The talks ended on Monday and resumed yesterday.').map((d) => d.when.date)).toEqual(['2016-12-12', '2016-12-13']);
  });
});

describe('a scheduling "is due" with an adverb before it (s70)', () => {
  it('looks ahead: "Lindqvist is also due in Oslo on Tuesday", "the envoy is now expected to land on Monday"', () => {
    expect(dates('Lindqvist is also due in Oslo on Tuesday for talks with the envoy.')[0]?.when.date).toBe('2016-12-20');
    expect(dates('The envoy is now expected to land in Port Vell on Monday.')[0]?.when.date).toBe('2016-12-19');
    // Near miss: a past day with no scheduling word stays in the past.
    expect(dates('Lindqvist was also in Oslo on Tuesday for talks.')[0]?.when.date).toBe('2016-12-13');
  });
});
