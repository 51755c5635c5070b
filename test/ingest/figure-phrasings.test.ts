/**
 * Issue 11 item 4, phrase by phrase, on sentences written for this test: ranges, qualifiers, word numbers and
 * scales, a count whose verb comes later, a part of a count, and what happened to the people counted.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { findNumberExpressions } from '../../src/ingest/number-expressions.js';
import { figuresOf, testGazetteer } from './test-gazetteer.js';

const read = (text: string) =>
  findNumberExpressions(text, { start: 0, end: text.length }).map((n) => [n.raw, n.value, n.low, n.high, n.qualifier]);

describe('ranges', () => {
  it('reads "from A to B", "between A and B" and "A-B", with the scale of the upper bound', () => {
    expect(read('Aid reached from 300 to 450 households.')).toEqual([['from 300 to 450', null, 300, 450, 'range']]);
    expect(read('It holds between 120,000 and 160,000 residents.')).toEqual([
      ['between 120,000 and 160,000', null, 120_000, 160_000, 'range'],
    ]);
    expect(read('A crowd of 800-900 waited.')).toEqual([['800-900', null, 800, 900, 'range']]);
    expect(read('The town had between 1 and 1.5 million people.')).toEqual([
      ['between 1 and 1.5 million', null, 1_000_000, 1_500_000, 'range'],
    ]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['Some 640 pupils', 'Some 640', 640, null, null, 'about'],
    ['roughly 75 nurses', 'roughly 75', 75, null, null, 'about'],
    ['about 210 families', 'about 210', 210, null, null, 'about'],
    ['nearly 3,100 patients', 'nearly 3,100', 3100, null, 3100, 'nearly'],
    ['almost 58 people', 'almost 58', 58, null, 58, 'nearly'],
    ['more than 412 men', 'more than 412', 412, 412, null, 'more_than'],
    ['over 96 children', 'over 96', 96, 96, null, 'more_than'],
    ['at least 27 medics', 'at least 27', 27, 27, null, 'at_least'],
    ['up to 1,300 residents', 'up to 1,300', 1300, null, 1300, 'at_most'],
    ['Under 2,500 households', 'Under 2,500', 2500, null, 2500, 'at_most'],
    ['as few as 14 nurses', 'as few as 14', 14, 14, null, 'at_least'],
    ['close to 6,200 people', 'close to 6,200', 6200, null, null, 'about'],
    ['well over 730 patients', 'well over 730', 730, 730, null, 'more_than'],
    ['upwards of 9,000 people', 'upwards of 9,000', 9000, 9000, null, 'more_than'],
    ['fewer than 90 teachers', 'fewer than 90', 90, null, 90, 'at_most'],
    ['an estimated 44,000 residents', 'an estimated 44,000', 44000, null, null, 'about'],
  ])('"%s"', (phrase, raw, value, low, high, qualifier) => {
    expect(read(phrase)).toEqual([[raw, value, low, high, qualifier]]);
  });

  it('reads "under" as a bound on a count, not an age limit', () => {
    expect(read('Infants under two need milk.')).toEqual([['two', 2, 2, 2, 'exact']]);
  });

  it('does not read a qualifier out of the end of another word', () => {
    expect(read('a handsome 30 people')).toEqual([['30', 30, 30, 30, 'exact']]);
  });
});

describe('word numbers and scales', () => {
  it('reads scaled numbers and fractions of a million', () => {
    expect(read('3.4 million, a third of a million, a quarter of a million, two dozen, half a dozen')).toEqual([
      ['3.4 million', 3_400_000, 3_400_000, 3_400_000, 'exact'],
      ['a third of a million', 333_333, 333_333, 333_333, 'exact'],
      ['a quarter of a million', 250_000, 250_000, 250_000, 'exact'],
      ['two dozen', 24, 24, 24, 'exact'],
      ['half a dozen', 6, 6, 6, 'exact'],
    ]);
  });

  it('gives vague multiples no value and the bounds of their order of magnitude', () => {
    expect(read('scores; dozens; a few dozen; several hundred; hundreds; thousands; tens of thousands; hundreds of thousands')).toEqual([
      ['scores', null, 40, null, 'vague'],
      ['dozens', null, 24, null, 'vague'],
      ['a few dozen', null, 24, null, 'vague'],
      ['several hundred', null, 200, 999, 'vague'],
      ['hundreds', null, 100, 999, 'vague'],
      ['thousands', null, 1000, 9999, 'vague'],
      ['tens of thousands', null, 10_000, 99_999, 'vague'],
      ['hundreds of thousands', null, 100_000, 999_999, 'vague'],
    ]);
  });
});

const rows = (text: string) => figuresOf(text).map((f) => [f.raw, f.metric, f.unit]);
const withCategory = (text: string) =>
  extractArticle({ text, publishedOn: '2016-12-14', gazetteer: testGazetteer }).figures.map((f) => [f.raw, f.metric, f.unit, f.category]);

describe('what happened to the people counted', () => {
  it('takes a verb that comes after the counted noun', () => {
    expect(rows('At least 31 medics have died since the summer.')).toEqual([['At least 31', 'killed', 'medics']]);
    expect(rows('Some 480 families remain trapped near the port city.')).toEqual([['Some 480', 'trapped', 'families']]);
  });

  it.each([
    ['Nearly 9,000 people are trapped in the old town.', 'trapped'],
    ['About 60,000 civilians are besieged in the old town.', 'besieged'],
    ['Shelling killed 17 people on the road.', 'killed'],
    ['Another 44 residents were wounded in the raid.', 'injured'],
    ['Some 12,000 residents have been displaced by the fighting.', 'displaced'],
    ['More than 2,300 people fled across the river.', 'fled'],
    ['Buses evacuated 650 patients overnight.', 'evacuated'],
    ['At least 5,000 children are starving in the old town.', 'starving'],
    ['Roughly 70,000 people live out of reach of aid.', 'out_of_reach'],
    ['About 900 families are sheltering in a stadium.', 'sheltering'],
    ['At least 36 men are missing after the raid.', 'missing'],
    ['Police detained 120 students at the checkpoint.', 'detained'],
    ['Across the province some 1.8 million people need humanitarian assistance.', 'in_need'],
    ['About 20,000 civilians are still crammed into a few streets.', 'trapped'],
    ['Between 6,000 and 8,000 people were still waiting to leave.', 'trapped'],
    ['Relief Watch sought news of several hundred men whose whereabouts were unknown.', 'missing'],
    ['A disused school now houses some 900 people.', 'sheltering'],
  ])('"%s" -> %s', (sentence, metric) => {
    const [figure] = figuresOf(sentence);
    expect(figure?.metric).toBe(metric);
  });

  it.each([
    ['Some 12,000 people remain inside, the agency said.', 'trapped'],
    ['Perhaps 7,000 civilians are still inside a few hundred square metres of the old town.', 'trapped'],
    ['About 30,000 residents remained in the shrinking insurgent-held pocket.', 'trapped'],
    ['Between 9,000 and 11,000 people were still in the opposition-held part of the valley town.', 'trapped'],
    ['Roughly 4,000 families are still in the eastern quarters.', 'trapped'],
  ])('people who remain inside a siege are trapped: "%s"', (sentence, metric) => {
    expect(figuresOf(sentence)[0]?.metric).toBe(metric);
  });

  it.each([
    // Where they live, on the side that is no siege: a count of people, not trapped.
    ['About 300 families are still in a government-held district of the valley town.', 'people'],
    // A city by its name says nothing of a siege.
    ['Some 900 students are still in Ostrava.', 'people'],
    // Fighters and doctors who stay are those holding out or caring for the rest, as the curation rules count them.
    ['About 2,500 fighters remain inside the pocket.', 'fighters'],
    ['Only 17 doctors remain inside the enclave.', 'staff'],
  ])('near-misses of remaining inside: "%s" -> %s', (sentence, metric) => {
    expect(figuresOf(sentence)[0]?.metric).toBe(metric);
  });

  it.each([
    ['They spent the night in a cellar with about 25 other people.', 'sheltering'],
    ['The family was sharing two rooms with nine other relatives.', 'sheltering'],
    ['Her parents moved into a flat with three other households.', 'sheltering'],
  ])('people someone shares a place with are sheltering: "%s"', (sentence, metric) => {
    expect(figuresOf(sentence).find((f) => f.raw !== 'two')?.metric).toBe(metric);
  });

  it('reads no shared shelter in company without "other", nor a plight into those who came with a count', () => {
    // Company with no shared roof said: people counted, nothing happened to them that the sentence says.
    expect(rows('She travelled with 40 people from her street.')).toEqual([['40', 'people', 'people']]);
    expect(rows('He drove north with 12 neighbours.')).toEqual([['12', 'people', 'people']]);
    expect(rows('Some 5,000 civilians are still inside the pocket, with a few hundred fighters.')).toEqual([
      ['Some 5,000', 'trapped', 'civilians'],
      ['a few hundred', 'fighters', 'fighters'],
    ]);
  });

  it('reads the state from an adjective before the noun', () => {
    expect(rows('Relief Watch counted 4,200 displaced people.')).toEqual([['4,200', 'displaced', 'people']]);
  });

  it('files what happened to people as humanitarian, other counts not', () => {
    const { figures } = extractArticle({
      text: 'Shelling killed 17 people. About 700 fighters agreed to leave. Some 40 member states signed the letter.',
      publishedOn: '2016-12-14',
      gazetteer: testGazetteer,
    });
    expect(figures.map((f) => [f.metric, f.category])).toEqual([
      ['killed', 'humanitarian'],
      ['fighters', 'military'],
      ['member_states', 'membership'],
    ]);
  });
});

describe('a part of a count', () => {
  it('is a figure of its own that notes its whole', () => {
    const text = 'The shelling killed 61 people, among them 14 women.';
    const { figures } = extractArticle({ text, publishedOn: '2016-12-14', gazetteer: testGazetteer });
    expect(figures.map((f) => [f.raw, f.metric, f.unit])).toEqual([
      ['61', 'killed', 'people'],
      ['14', 'killed', 'women'],
    ]);
    expect(figures[1]?.partOf).toBe(figures[0]);
    expect(figures[1]?.subject).toBe('women killed, of 61 people killed');
  });

  it('counts people a verb implies, "more" included', () => {
    expect(rows('Shelling killed 20 people. Scores more were wounded. Roughly 3,000 went to the port city.')).toEqual([
      ['20', 'killed', 'people'],
      ['Scores', 'injured', 'people'],
      ['Roughly 3,000', 'moved', 'people'],
    ]);
  });

  it('takes the people "of them" refers to, and only people', () => {
    expect(
      rows('Some 2.4 million people live in the province, nearly a third of a million of them in areas aid workers cannot reach.'),
    ).toEqual([
      ['Some 2.4 million', 'people', 'people'],
      ['nearly a third of a million', 'out_of_reach', 'people'],
    ]);
    // "five of them" counts what the count before it counted: vetoes, not people.
    expect(rows('The council has seen six vetoes, and Norland cast five of them.')).toEqual([
      ['six', 'vetoes', 'vetoes'],
      ['five', 'vetoes', 'vetoes'],
    ]);
  });

  it('takes the people a relative clause refers back to', () => {
    expect(rows('About 15,000 people fled, some 4,000 of whom reached the port city.')).toEqual([
      ['About 15,000', 'fled', 'people'],
      ['some 4,000', 'fled', 'people'],
    ]);
    expect(rows('The town took in newcomers, several hundred of whom were sleeping in schools.')).toEqual([
      ['several hundred', 'sheltering', 'newcomers'],
    ]);
  });
});

describe('durations and ordinals are not figures of people', () => {
  it('records a seven-day truce and two weeks as durations, and leaves the third round and the year 2012 alone', () => {
    expect(rows('After a seven-day truce and two weeks of talks, the third round in 2012 failed.')).toEqual([
      ['seven-day', 'duration', 'days'],
      ['two', 'duration', 'weeks'],
    ]);
  });

  it('leaves a rhetorical one alone, and reads the age of the war and a window of time as durations', () => {
    // Issue 11, s9: the war's age printed with a number word is a duration like any other (the curation rules).
    expect(rows('The six-year war has cost one day of fighting after another.')).toEqual([['six-year', 'duration', 'years']]);
    expect(qualified('Talks on the nearly eight-year conflict resumed.')).toEqual([['nearly eight-year', 8, null, 8, 'nearly']]);
    expect(rows('It has cost one day of fighting after another.')).toEqual([]);
    // Issue 11, s9: a window printed with a number word is a duration, as the curation rules say of every duration.
    expect(rows('Over the past two weeks the six-year war has cost one day of fighting after another.')).toEqual([
      ['two', 'duration', 'weeks'],
      ['six-year', 'duration', 'years'],
    ]);
  });

  it('reads a length in minutes or seconds joined to its number as a duration (s64)', () => {
    expect(rows('He opened with a 12-minute improvisation, and she shared a 40-second clip of the square.')).toEqual([
      ['12-minute', 'duration', 'minutes'],
      ['40-second', 'duration', 'seconds'],
    ]);
    // Near miss: an ordinal is no length.
    expect(rows('It was the second vote in a week.')).toEqual([]);
  });
});

describe('what else reporters count (issue 11)', () => {
  it('gives each kind of thing its metric, unit and category', () => {
    const text =
      'The agency sent 40 trucks and kept three field kitchens open, serving more than 9,000 hot meals. Some 120 aid workers remain in the town.';
    expect(withCategory(text)).toEqual([
      ['40', 'vehicles', 'trucks', 'count'],
      ['three', 'facilities', 'field kitchens', 'count'],
      ['more than 9,000', 'supplies', 'hot meals', 'count'],
      ['Some 120', 'staff', 'workers', 'count'],
    ]);
  });

  it('reads shares of ground, of people and of money, and money itself', () => {
    expect(rows('Troops now hold 85 percent of the old city.')).toEqual([['85', 'territory', 'percent of the old city']]);
    expect(rows('About 30% of the population has fled.')).toEqual([['About 30', 'fled', 'percent of the population']]);
    expect(rows('The appeal is 41 per cent funded; donors gave US$12 million.')).toEqual([
      ['41', 'funding', 'percent funded'],
      ['US$12 million', 'funding', 'US dollars'],
    ]);
    expect(rows('Families are crammed into some 4 square kilometres in three districts.')).toEqual([
      ['some 4', 'territory', 'square kilometres'],
      ['three', 'territory', 'districts'],
    ]);
  });

  it('reads an age and the size of a family', () => {
    expect(rows('The 52-year-old surgeon, a father of four, stayed.')).toEqual([
      ['52-year', 'age', 'years'],
      ['four', 'family_size', 'children'],
    ]);
  });

  it('records people separated from their families and people given aid or treatment as humanitarian', () => {
    expect(withCategory('Volunteers fed 2,000 people and treated 340 patients; 75 children were separated from their parents.')).toEqual([
      ['2,000', 'assisted', 'people', 'humanitarian'],
      ['340', 'assisted', 'patients', 'humanitarian'],
      ['75', 'separated', 'children', 'humanitarian'],
    ]);
  });

  it('counts a number with no noun as what the count before it counted', () => {
    expect(rows('Shelling killed 30 people on Monday and 12 on Tuesday.')).toEqual([
      ['30', 'killed', 'people'],
      ['12', 'killed', 'people'],
    ]);
    expect(rows('Cooks fed from 500 to 700 people a day and hope to reach 2,000 a day.')).toEqual([
      ['from 500 to 700', 'assisted', 'people'],
      ['2,000', 'assisted', 'people'],
    ]);
  });

  it('takes people from what happens to "them", from "the number of", from a fronted "Of those", past a list', () => {
    expect(rows('Buses left all night. Officials said 240 of them were wounded.')).toEqual([['240', 'injured', 'people']]);
    expect(rows('Officials put the number of wounded awaiting surgery at nearly 800.')).toEqual([['nearly 800', 'injured', 'people']]);
    expect(rows('Of those evacuated, between 4,000 and 5,000 were children.')).toEqual([
      ['between 4,000 and 5,000', 'evacuated', 'people'],
    ]);
    expect(rows('Nearly 1,200 people, most of them women, children and old men, were registered at the reception centre.')).toEqual([
      ['Nearly 1,200', 'moved', 'people'],
    ]);
    expect(rows('About 30,000 civilians remained in the besieged pocket.')).toEqual([['About 30,000', 'trapped', 'civilians']]);
  });

  it('reads an age from "a boy of nine" and a thing after a person noun used as an adjective', () => {
    expect(rows('A boy of nine walked for hours.')).toEqual([['nine', 'age', 'years']]);
    expect(rows('The agency stored 3,000 family hygiene kits.')).toEqual([['3,000', 'supplies', 'family hygiene kits']]);
  });

  it('leaves a vote tally to the vote', () => {
    expect(figuresOf('The council passed the text 13-0 after a debate, and the draft of 8 October failed 4-9.')).toEqual([]);
  });

  it('names the count a part belongs to, for each part of a list', () => {
    const { figures } = extractArticle({
      text: 'Strikes killed 52 people, among them 9 women and 14 children.',
      publishedOn: '2016-12-14',
      gazetteer: testGazetteer,
    });
    expect(figures.map((f) => [f.raw, f.partOf?.raw ?? null])).toEqual([
      ['52', null],
      ['9', '52'],
      ['14', '52'],
    ]);
  });
});

describe('a number repeated from the headline', () => {
  it('is recorded with the body’s words', () => {
    const title = 'Nine vetoes and counting';
    const text = `${title}\n\nNorland has cast nine vetoes on the question.`;
    const { figures } = extractArticle({ text, publishedOn: '2016-12-14', gazetteer: testGazetteer, title });
    expect(figures).toHaveLength(1);
    expect(figures[0]?.raw).toBe('nine');
    expect(figures[0]?.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['Norland has cast nine vetoes on the question.', title]);
  });
});

describe('how chronologies, lists and profiles print numbers (issue 11, s5)', () => {
  it('reads a bare participle after the number, as a chronology line writes it', () => {
    expect(rows('Oct. 3: 27 killed when a market was shelled.')).toEqual([['27', 'killed', 'people']]);
    expect(rows('By dawn 11 missing were reported.')).toEqual([['11', 'missing', 'people']]);
  });

  it('reads a label and its number in a list or a table', () => {
    expect(rows('Casualties this week\nKilled: 48\nInjured: 213\n- Children separated from parents: 17')).toEqual([
      ['48', 'killed', 'people'],
      ['213', 'injured', 'people'],
      ['17', 'separated', 'children'],
    ]);
    expect(rows('Supplies this week\nTrucks | 35')).toEqual([['35', 'vehicles', 'trucks']]);
  });

  it('reads an age set off by commas after a name or a person', () => {
    expect(rows('Salma Haddad, 27, carried her son out.')).toEqual([['27', 'age', 'years']]);
    expect(rows('The girl, 9, was treated for burns.')).toEqual([['9', 'age', 'years']]);
    // A place and a number between commas is no age.
    expect(rows('In Homs, 40, at most, were hurt.')).not.toContainEqual(['40', 'age', 'years']);
  });

  it('counts a duration a date counts from', () => {
    expect(rows('Six weeks later, the crossing reopened.')).toEqual([['Six', 'duration', 'weeks']]);
  });

  it('leaves the members voting to the vote, and a rhetorical "one member"', () => {
    expect(rows('The draft won 8 votes; seven members voted against it.')).toEqual([]);
    expect(rows('One member can block everything, he said.')).toEqual([]);
  });
});

describe('counts the ledger had no metric for (issue 11, s5)', () => {
  it('records people counted with nothing said to have happened to them, on a basis of their own (calibrated apart)', () => {
    expect(rows('The town had a population of 80,000 before the war.')).toEqual([['80,000', 'people', 'people']]);
    expect(rows('By the end of the year only 14 of us were left.')).toEqual([['14', 'people', 'people']]);
    expect(rows('In the spring we were 60; today we are roughly 45.')).toContainEqual(['roughly 45', 'people', 'people']);
    const { figures } = extractArticle({
      text: 'Our list for the convoy had 310 names.',
      publishedOn: '2016-12-14',
      gazetteer: testGazetteer,
    });
    expect(figures.map((f) => [f.raw, f.metric, f.category, f.basis])).toEqual([['310', 'people', 'count', 'people-only']]);
    // "one surgeon said" is a manner of speaking, not a count.
    expect(rows('"We cannot go on," one nurse said.')).toEqual([]);
  });

  it('records what a place can hold', () => {
    expect(withCategory('The agency set up a 60-bed field hospital.')).toEqual([['60-bed', 'capacity', 'beds', 'count']]);
    expect(rows('The gym can hold 2,400 people.')).toEqual([['2,400', 'capacity', 'people']]);
    expect(rows('Clinics stood ready to receive up to 900 more patients.')).toEqual([['up to 900', 'capacity', 'patients']]);
    expect(rows('The hall was built to hold 700.')).toEqual([['700', 'capacity', 'people']]);
  });

  it('records distances, attacks, records kept as evidence and prices', () => {
    expect(withCategory('The camp lies 35 kilometres north of the border.')).toEqual([['35', 'distance', 'kilometres', 'distance']]);
    expect(withCategory('The convoy stretched for a 4-km column.')).toEqual([['4-km', 'distance', 'kilometres', 'distance']]);
    expect(withCategory('Warplanes flew 48 sorties and dropped 20 barrel bombs.')).toEqual([
      ['48', 'attacks', 'sorties', 'military'],
      ['20', 'attacks', 'barrel bombs', 'military'],
    ]);
    expect(rows('The monitors hold 9,500 videos and have matched about 700 of them to strikes.')).toEqual([
      ['9,500', 'documents', 'videos'],
      ['about 700', 'documents', 'videos'],
    ]);
    expect(withCategory('A litre of fuel now costs 2,000 Syrian pounds.')).toEqual([['2,000', 'price', 'pounds', 'funding']]);
  });

  it('reads a staff from "a team of", kin as people, "killing" and "has lost" as deaths', () => {
    expect(rows('A team of nine Syrians logs every strike.')).toEqual([['nine', 'staff', 'people']]);
    expect(rows('A shell hit the market, killing 14 shoppers and wounding 30 others.')).toContainEqual(['30', 'injured', 'people']);
    expect(rows('A shell hit the bakery, killing 14 children.')).toEqual([['14', 'killed', 'children']]);
    expect(rows('She has lost three brothers in the war.')).toEqual([['three', 'killed', 'relatives']]);
    expect(rows('The unit logged at least 19 such killings.')).toEqual([['at least 19', 'killed', 'people']]);
  });

  it('reads "A or B" as a range, the things "of them" refers to, and an age after "he is"', () => {
    expect(read('perhaps eight or nine clinics')).toEqual([['eight or nine', null, 8, 9, 'range']]);
    expect(rows('There are bakeries still open, maybe four or five of them.')).toEqual([['four or five', 'facilities', 'bakeries']]);
    expect(rows('He is 52, and he has stayed.')).toEqual([['52', 'age', 'years']]);
    expect(rows('The youngest nurse on the ward is 20.')).toEqual([['20', 'age', 'years']]);
  });

  it('takes no year for a count that went before it', () => {
    expect(rows('About 2,000 refugees have lived here since 2013, the mayor said.')).toEqual([['About 2,000', 'displaced', 'refugees']]);
  });
});

describe('bulletins and shelter reports (issue 11, s5)', () => {
  it('reads a share as "N in every M" and a share of a group set before it', () => {
    expect(read('two in every five')).toEqual([['two in every five', 40, 40, 40, 'exact']]);
    expect(rows('Of the families screened on Monday, 22 per cent had no income.')).toEqual([
      ['22', 'people', 'percent of the families screened on Monday'],
    ]);
    expect(rows('The clinic runs at 130 per cent of its bed capacity.')).toEqual([['130', 'capacity', 'percent of its bed capacity']]);
    // Not a share: "3 in 10 days".
    expect(read('3 in 10 days').map(([raw]) => raw)).toEqual(['3', '10']);
  });

  it('reads care counted by the act, wells and latrines, bulldozers, and a count "put at" a number', () => {
    expect(rows('Surgeons logged 960 trauma admissions.')).toEqual([['960', 'assisted', 'trauma admissions']]);
    expect(rows('Some 2,000 people share three latrines.')).toContainEqual(['three', 'facilities', 'latrines']);
    expect(rows('Their last two bulldozers broke down.')).toEqual([['two', 'vehicles', 'bulldozers']]);
    expect(rows('The families still in the old city, whom aid workers put at about 9,000, have no water.')).toEqual([
      ['about 9,000', 'people', 'families'],
    ]);
  });

  it('leaves an age limit alone and takes people "of them" who are living somewhere', () => {
    expect(rows('Medics vaccinated 130 children under five.')).toEqual([['130', 'assisted', 'children']]);
    expect(rows('Roughly 6,000 of them are living in tents.')).toEqual([['Roughly 6,000', 'sheltering', 'people']]);
  });

  it('records no number only the headline prints', () => {
    const title = 'Three vetoes, no truce';
    const text = `${title}\n\nThe council failed again on Monday, and 40 trucks waited at the crossing.`;
    const { figures } = extractArticle({ text, publishedOn: '2016-12-14', gazetteer: testGazetteer, title });
    expect(figures.map((f) => f.raw)).toEqual(['40']);
  });
});

describe('chronologies and military wires (issue 11, s5)', () => {
  it('reads a fraction of something as a share in percent', () => {
    expect(rows('The army now holds more than two-thirds of the old city.')).toEqual([
      ['more than two-thirds', 'territory', 'percent of the old city'],
    ]);
    expect(read('half of the families')).toEqual([['half', 50, 50, 50, 'exact']]);
    expect(rows('Troops hold the southern third of the city.')).toEqual([['third', 'territory', 'percent of the city']]);
    // An ordinal stays an ordinal: no figure.
    expect(rows('It was the third of four drafts; the third round failed.')).toEqual([]);
  });

  it('counts corridors, cases and a total put at a number, and stops a phrase at "through"', () => {
    expect(rows('About 6,500 left through three corridors.')).toEqual([
      ['About 6,500', 'moved', 'people'],
      ['three', 'facilities', 'corridors'],
    ]);
    expect(rows('Medics logged 63 cases of measles.')).toEqual([['63', 'people', 'people']]);
    expect(rows('The Red Crescent put the total evacuated at about 12,000.')).toEqual([['about 12,000', 'evacuated', 'people']]);
  });

  it('keeps a small number printed again as another fact unless its words are the same', () => {
    const text =
      'The pause lasted a total of four days. Four days later, the shelling resumed. A mother of three spoke; the mother of three left.';
    expect(rows(text)).toEqual([
      ['four', 'duration', 'days'],
      ['Four', 'duration', 'days'],
      ['three', 'family_size', 'children'],
    ]);
  });
});

describe('money, names, verbs before a number and a counted "one" (issue 11, s6)', () => {
  it('reads scales abbreviated after digits as money or people, never "200m" as a distance', () => {
    expect(read('The plan asks for $3.4bn and £45m; the bank lent 2bn euros to feed 2.5m people.')).toEqual([
      ['$3.4bn', 3_400_000_000, 3_400_000_000, 3_400_000_000, 'exact'],
      ['£45m', 45_000_000, 45_000_000, 45_000_000, 'exact'],
      ['2bn', 2_000_000_000, 2_000_000_000, 2_000_000_000, 'exact'],
      ['2.5m', 2_500_000, 2_500_000, 2_500_000, 'exact'],
    ]);
    expect(read('The mortar landed 300m from the gate.')).toEqual([]);
    expect(rows('Donors pledged about $2.1bn in London.')).toEqual([['about $2.1bn', 'funding', 'dollars']]);
  });

  it('reads no count in a number that names a resolution, an article, a road or a hall', () => {
    expect(
      figuresOf('Under resolution 2401 and Article 51, Route 7 was closed; Hall 2 of the camp holds 350 people.').map((f) => f.raw),
    ).toEqual(['350']);
  });

  it('counts people a verb before the number did something to, and the list after it', () => {
    expect(rows('The offensive has uprooted 640,000.')).toEqual([['640,000', 'displaced', 'people']]);
    expect(rows('Barrel bombs killed 14 in Hanano, 8 in Sakhour and 3 in Jabal Badro.')).toEqual([
      ['14', 'killed', 'people'],
      ['8', 'killed', 'people'],
      ['3', 'killed', 'people'],
    ]);
    expect(rows('The toll climbed to 212 by nightfall.')).toEqual([['212', 'killed', 'people']]);
  });

  it('counts a word "one" that "only", "just" or "we have" make a count, not a manner of speaking', () => {
    expect(figuresOf('In the east we have one anaesthetist for four hospitals.').map((f) => [f.raw, f.value])).toEqual([
      ['one', 1],
      ['four', 4],
    ]);
    expect(figuresOf('Only one bakery is still working.').map((f) => [f.raw, f.metric])).toEqual([['one', 'facilities']]);
    expect(figuresOf('One nurse said the generators had failed. One day the shelling will end.')).toEqual([]);
    expect(figuresOf('She was the only one who stayed behind.')).toEqual([]);
  });
});

describe('running totals, bounds and shares of a counted whole (issue 11, s6)', () => {
  it('reads "no more than" as a bound from above, not "more than"', () => {
    expect(read('no more than 800 men; not more than 60 boys')).toEqual([
      ['no more than 800', 800, null, 800, 'at_most'],
      ['not more than 60', 60, null, 60, 'at_most'],
    ]);
  });

  it('reads "two and a half" and "one and a half million"', () => {
    expect(read('two and a half days; one and a half million')).toEqual([
      ['two and a half', 2.5, 2.5, 2.5, 'exact'],
      ['one and a half million', 1_500_000, 1_500_000, 1_500_000, 'exact'],
    ]);
  });

  it('counts what a running total, "the number of" a state, and "number" as a verb count', () => {
    expect(rows('The latest deaths bring the total to 3,140.')).toEqual([['3,140', 'killed', 'people']]);
    expect(rows('The number of homeless rose to 75,000 this month.')).toEqual([['75,000', 'displaced', 'people']]);
    expect(rows('The gunmen still in the town number about 900.')).toEqual([['about 900', 'fighters', 'fighters']]);
    expect(rows('Relief Watch listed 9,300 newly displaced since Monday.')).toEqual([['9,300', 'displaced', 'people']]);
  });

  it('keeps a figure whose time words follow it, counting what the count before it counted', () => {
    expect(rows('About 2.4 million children need help, up from 2.1 million last year.')).toEqual([
      ['About 2.4 million', 'in_need', 'children'],
      ['2.1 million', 'in_need', 'children'],
    ]);
  });

  it('reads a share of a whole with its own number, members of a family, and co-sponsors', () => {
    expect(rows('Nearly half of the 6,000 people who left are children.')).toEqual([
      ['Nearly half', 'moved', 'percent of the 6,000 people'],
      ['6,000', 'moved', 'people'],
    ]);
    expect(rows('Four members of one family died in the fire.')).toEqual([['Four', 'killed', 'people']]);
    expect(rows('The text had 41 co-sponsors.')).toEqual([['41', 'supporting_states', 'co-sponsors']]);
    expect(rows('The trawler, with 22 crew on board, has been held at the quay since June.')).toEqual([['22', 'staff', 'workers']]);
  });

  it('does not count people the article refers to again ("the two men")', () => {
    expect(figuresOf('The two ministers met again; the three women sat apart.')).toEqual([]);
  });
});

describe('counts of places and texts (issue 11, s6)', () => {
  it('counts resolutions, vetoed ones as vetoes, and "five of them"', () => {
    expect(rows('Moscow has vetoed seven draft resolutions, Beijing four of them with it.')).toEqual([
      ['seven', 'vetoes', 'draft resolutions'],
      ['four', 'vetoes', 'draft resolutions'],
    ]);
    expect(rows('The council has passed 14 resolutions on the war.')).toEqual([['14', 'documents', 'resolutions']]);
  });

  it('counts drafts and texts a veto struck down as vetoes, not the texts of one vote', () => {
    expect(rows('Moscow, which has vetoed five drafts on Ostra, abstained.')).toEqual([['five', 'vetoes', 'drafts']]);
    expect(rows('Beijing had vetoed three earlier texts on the crisis.')).toEqual([['three', 'vetoes', 'drafts']]);
    expect(figuresOf('On Friday the council voted on the two drafts.')).toEqual([]);
  });

  it('counts cities and capitals, and a second count "for" others of the same kind', () => {
    expect(rows('The envoy went to four capitals and three cities.')).toEqual([
      ['four', 'territory', 'capitals'],
      ['three', 'territory', 'cities'],
    ]);
    expect(rows('Eight crossings would open for the sick and three for the wounded.')).toEqual([
      ['Eight', 'facilities', 'crossings'],
      ['three', 'facilities', 'crossings'],
    ]);
  });
});

describe('states as nouns, arrivals, "for one month" and "over" a span (issue 11, s6)', () => {
  it('counts people named by their state alone ("of the newly displaced", "newly homeless since")', () => {
    expect(rows('Roughly 7,000 of the newly displaced are in schools.')).toEqual([['Roughly 7,000', 'displaced', 'people']]);
    expect(rows('The camp took 2,100 arrivals on Monday.')).toEqual([['2,100', 'people', 'people']]);
  });

  it('counts "one" as a duration after "for" or "lasting", not "in one night"', () => {
    expect(rows('The stocks can feed 40,000 people for one week.')).toEqual([
      ['40,000', 'assisted', 'people'],
      ['one', 'duration', 'week'],
    ]);
    expect(rows('They lost 12 patients in one night.').map(([raw]) => raw)).toEqual(['12']);
  });

  it('reads "over" opening a clause before a span of time as "during", elsewhere as "more than"', () => {
    expect(read('Over three nights 900 people crossed; the siege lasted over five months.')).toEqual([
      ['three', 3, 3, 3, 'exact'],
      ['900', 900, 900, 900, 'exact'],
      ['over five', 5, 5, null, 'more_than'],
    ]);
  });
});

describe('letters, seconds and tenths (issue 11, s6)', () => {
  it('counts letters as records, seconds as a duration and "a tenth of" as a share', () => {
    expect(rows('The mission has sent over 40 letters.')).toEqual([['over 40', 'documents', 'letters']]);
    expect(rows('The call lasted forty seconds.')).toEqual([['forty', 'duration', 'seconds']]);
    expect(rows('Troops hold roughly a tenth of the old city.')).toEqual([['roughly a tenth', 'territory', 'percent of the old city']]);
  });

  it('reads "did not stop for one hour" as emphasis, not a duration', () => {
    expect(figuresOf('The guns did not fall silent for one hour.')).toEqual([]);
  });
});

describe('"may still be inside", "of what was" and members in favour (issue 11, s6)', () => {
  it('counts people a modal verb implies and a share "of what was" a place', () => {
    expect(rows('Medics think as many as 6,000 could still be there.')).toEqual([['as many as 6,000', 'people', 'people']]);
    expect(rows('Rebels lost about 60 per cent of what was their enclave.')).toEqual([
      ['about 60', 'territory', 'percent of their enclave'],
    ]);
  });

  it('leaves members counted "in favour" or "against" to the vote', () => {
    expect(figuresOf('The text won only three members in favour, with 10 members against.')).toEqual([]);
  });
});

describe('times of day, "-strong", "-day-old" and "as high as" (issue 11, s6)', () => {
  it('reads no count in a time of day', () => {
    expect(read('at 7.30pm, at 6 a.m., at 10:45 GMT')).toEqual([]);
    expect(figuresOf('The pause ran from 9 a.m. to 5 p.m., and 60 trucks crossed.').map((f) => f.raw)).toEqual(['60']);
  });

  it('reads a force "-strong", an age in days and "as high as"', () => {
    expect(rows('A 1,500-strong militia column entered the town.')).toEqual([['1,500-strong', 'fighters', 'fighters']]);
    expect(rows('A ten-day-old boy was among them.')).toEqual([['ten-day', 'age', 'days']]);
    expect(read('as high as 700')).toEqual([['as high as 700', 700, null, 700, 'at_most']]);
  });
});

describe('shares of things and a spaced currency (issue 11, s6)', () => {
  it('reads a share of things with their metric, and "US$ 3.2 billion"', () => {
    expect(rows('Two-thirds of the bakeries are shut.')).toEqual([['Two-thirds', 'facilities', 'percent of the bakeries']]);
    expect(rows('About 30 per cent of the 900 trucks were stopped.')).toEqual([
      ['About 30', 'vehicles', 'percent of the 900 trucks'],
      ['900', 'vehicles', 'trucks'],
    ]);
    expect(rows('The plan seeks US$ 4.6 billion.')).toEqual([['US$ 4.6 billion', 'funding', 'US dollars']]);
  });

  it('reads people forced "from their homes" as displaced', () => {
    expect(rows('The shelling drove some 9,000 people from their homes.')).toEqual([['some 9,000', 'displaced', 'people']]);
  });
});

const qualified = (text: string) => figuresOf(text).map((f) => [f.raw, f.value, f.low, f.high, f.qualifier]);

describe('qualifiers after the count, "over" a span after a count, windows that frame a count (issue 11, s7)', () => {
  it('reads "at most", "at least" and "or so" printed after the number or its noun', () => {
    expect(qualified('The generators have fuel for eight days at most.')).toEqual([['eight', 8, null, 8, 'at_most']]);
    expect(qualified('The raid killed 40 people at least.')).toEqual([['40', 40, 40, null, 'at_least']]);
    expect(qualified('Some 70 or so families stayed behind.')).toEqual([['Some 70', 70, null, null, 'about']]);
    // "at least" that qualifies what follows it is not the count's.
    expect(qualified('The nurse saw 30 patients at least twice a day.')).toEqual([['30', 30, 30, 30, 'exact']]);
    expect(qualified('Relief Watch counted 30 people at least three times.').map((f) => f[4])).toEqual(['exact']);
  });

  it('reads "over" before a span of time after a count as "during", and otherwise as "more than"', () => {
    expect(qualified('The ferries carried 6,000 people over five days.')).toEqual([
      ['6,000', 6000, 6000, 6000, 'exact'],
      ['five', 5, 5, 5, 'exact'],
    ]);
    expect(qualified('The blockade of the port city lasted over 90 days.')).toEqual([['over 90', 90, 90, null, 'more_than']]);
  });

  it('counts a window of time as a duration, whether it frames a count or dates another happening', () => {
    expect(qualified('Some 12,000 people have left the old town in the past six days.')).toEqual([
      ['Some 12,000', 12000, null, null, 'about'],
      ['six', 6, 6, 6, 'exact'],
    ]);
    // Issue 11, s9: a bare window is a duration too (the curation rules: a duration with a number word is a figure;
    // the seed's curated files now agree), not only one that frames a count.
    expect(qualified('The market has been shut for the past six days.')).toEqual([['six', 6, 6, 6, 'exact']]);
    expect(
      qualified('Thousands of families are still inside despite a wave of departures during the past two weeks.').map((f) => f[0]),
    ).toEqual(['Thousands', 'two']);
  });
});

describe('tallies by members of a body, "the number of ... at", what governments and fact-checks count (issue 11, s7)', () => {
  it('leaves members of a council who voted to the vote', () => {
    expect(figuresOf('Nine members of the Council voted against the text on Friday.')).toEqual([]);
    expect(rows('Four members of the medical team were wounded.')).toEqual([['Four', 'injured', 'workers']]);
  });

  it('reads a count "the number of" people puts at a number several words later', () => {
    expect(qualified('Relief Watch put the number of families still sleeping in the old school at about 300.')).toEqual([
      ['about 300', 300, null, null, 'about'],
    ]);
  });

  it('counts "terrorists" as fighters and posts and accounts as documents', () => {
    expect(rows('The ministry said its jets had killed 60 terrorists near the port city.')).toEqual([['60', 'killed', 'fighters']]);
    expect(rows('The claim was shared by hundreds of accounts and in 2,400 posts.')).toEqual([
      ['hundreds', 'documents', 'accounts'],
      ['2,400', 'documents', 'posts'],
    ]);
  });
});

describe('counts that stand for a noun said before, office-holders, windows after a relative clause (issue 11, s7)', () => {
  it('takes what the count before counted, after "to" or with "the day before"', () => {
    expect(rows('Some 8,000 residents have gone to the coast and about 3,000 to the hills.')).toEqual([
      ['Some 8,000', 'moved', 'residents'],
      ['about 3,000', 'moved', 'residents'],
    ]);
    expect(rows('Another 700 people fled on Friday, up from 450 the day before.')).toEqual([
      ['700', 'fled', 'people'],
      ['450', 'fled', 'people'],
    ]);
  });

  it('reads "the last four", "the remaining two" as the things or people named before them', () => {
    expect(rows('No clinic in the old town could take patients after shelling damaged the last three that were open.')).toEqual([
      ['three', 'facilities', 'clinics'],
    ]);
    expect(rows('Of the nine bakeries in the port city, the remaining two were shut.')).toEqual([
      ['nine', 'facilities', 'bakeries'],
      ['two', 'facilities', 'bakeries'],
    ]);
  });

  it('counts people who hold office', () => {
    expect(rows('The summit was attended by 23 ministers.')).toEqual([['23', 'people', 'officials']]);
    expect(rows('Three envoys were wounded when their car was hit.')).toEqual([['Three', 'injured', 'officials']]);
  });

  it('keeps a window of time whose relative clause goes on with a count', () => {
    expect(qualified('About 9,000 people, most of whom arrived in the past five days, sleep in the stadium.').map((f) => f[0])).toEqual([
      'About 9,000',
      'five',
    ]);
  });
});

describe('age ranges, a share "of which", lists under a heading (issue 11, s7)', () => {
  it('reads a range of ages after "aged"', () => {
    expect(qualified('Boys aged 15 to 17 were taken to the checkpoint.')).toEqual([['15 to 17', null, 15, 17, 'range']]);
    expect(rows('The patients, aged between 2 and 9, were moved.')).toEqual([['between 2 and 9', 'age', 'years']]);
  });

  it('reads a share "of which" of an amount of money just named', () => {
    expect(rows('The plan asks for US$ 80 million, of which 30 percent has arrived.')).toEqual([
      ['US$ 80 million', 'funding', 'US dollars'],
      ['30', 'funding', 'percent of the amount'],
    ]);
  });

  it('reads a list whose lines name only a place by what its heading counts', () => {
    const text =
      'Relief Watch bulletin\n\nThe dead on Monday, by district:\n- Old Town: 6\n- 4 in the port city\n\nTrucks that reached Port Vell:\n* from the north: 15';
    expect(figuresOf(text).map((f) => [f.raw, f.metric, f.unit])).toEqual([
      ['6', 'killed', 'people'],
      ['4', 'killed', 'people'],
      ['15', 'vehicles', 'trucks'],
    ]);
    // A list under a line that is no heading says nothing of what it counts.
    expect(figuresOf('Relief Watch bulletin\n\nThe roads were open.\n- Old Town: 6')).toEqual([]);
  });
});

describe('a qualified half, ranges in words, counts put at a number, parts "of whom" (issue 11, s7)', () => {
  it('reads "nearly half", "more than half" without "of", and a share of a whole set before it', () => {
    expect(read('nearly half, more than half')).toEqual([
      ['nearly half', 50, null, 50, 'nearly'],
      ['more than half', 50, 50, null, 'more_than'],
    ]);
    expect(qualified('Of the 4,000 people who reached the port city, aid workers say that nearly half are children.')).toEqual([
      ['4,000', 4000, 4000, 4000, 'exact'],
      ['nearly half', 50, null, 50, 'nearly'],
    ]);
  });

  it('reads a range written in words', () => {
    expect(read('between three and six hours, four to seven days')).toEqual([
      ['between three and six', null, 3, 6, 'range'],
      ['four to seven', null, 4, 7, 'range'],
    ]);
  });

  it('reads the people a count is put at, past a date or a name', () => {
    expect(rows('Relief Watch put the number evacuated since Monday at some 6,500.')).toEqual([['some 6,500', 'evacuated', 'people']]);
    expect(rows('Haddad put the number of Free Norland fighters in the town at no more than 600.')).toEqual([
      ['no more than 600', 'fighters', 'fighters'],
    ]);
    // (s55) A population put at a number: the people of the place.
    expect(rows('Relief Watch puts the population of the old town at some 26,000.')).toEqual([['some 26,000', 'people', 'people']]);
  });

  it('reads a part "of whom" with no noun as the count before it, and shares, ages and office-holders in other words', () => {
    expect(rows('Some 2,000 fighters were inside, of whom perhaps 300 belonged to one brigade.')).toEqual([
      ['Some 2,000', 'fighters', 'fighters'],
      ['perhaps 300', 'fighters', 'fighters'],
    ]);
    expect(rows('The army said it held "more than 60 percent" of the districts.')).toEqual([
      ['more than 60', 'territory', 'percent of the districts'],
    ]);
    expect(rows('We have received 41 per cent of that amount.')).toEqual([['41', 'funding', 'percent of that amount']]);
    expect(rows('A girl of about nine was found in the rubble.')).toEqual([['about nine', 'age', 'years']]);
    expect(rows('Some 70 speakers took the floor.')).toEqual([['Some 70', 'people', 'officials']]);
  });
});

describe('counts of times, changes by a share, carried counts, tallies and abbreviations (issue 11, s8)', () => {
  it('counts how many times something was attacked, viewed or shared, by the verb of the clause', () => {
    expect(rows('Jets struck the bakery in Bustan at least nine times in October.')).toEqual([['at least nine', 'attacks', 'attacks']]);
    expect(rows('The clinic in Marjeh was shelled 14 times before it closed.')).toEqual([['14', 'attacks', 'attacks']]);
    expect(rows('Her video from the rooftop was watched more than 60,000 times overnight.')).toEqual([
      ['more than 60,000', 'documents', 'views'],
    ]);
    expect(rows('The appeal was retweeted some 8,000 times in a day.')).toEqual([['some 8,000', 'documents', 'shares']]);
  });

  it('leaves multipliers, rates and times with no verb of attack or reading out', () => {
    expect(rows('The clinic now sees three times as many patients.')).toEqual([]);
    expect(rows('Prices are five times higher than in the west.')).toEqual([]);
    expect(rows('Shells fell four times a day.')).toEqual([]);
    expect(rows('The envoys met six times in Lausanne.')).toEqual([]);
  });

  it('reads a change by a share of a count of things as a percent change in it, not of people', () => {
    expect(rows('Bread handed out at the depot: about 12,000 loaves this week, down by a third on last week.')).toEqual([
      ['about 12,000', 'supplies', 'loaves'],
      ['a third', 'supplies', 'percent change in loaves'],
    ]);
    expect(qualified('The kitchens served 9,000 meals, up by half since Monday.')).toEqual([
      ['9,000', 9000, 9000, 9000, 'exact'],
      ['half', 50, 50, 50, 'exact'],
    ]);
    // A share of people is no number of people: a change in a count of people, not humanitarian (issue 11, s9).
    expect(withCategory('Some 4,000 people arrived at the camp, up by a quarter on the week before.')).toEqual([
      ['Some 4,000', 'moved', 'people', 'humanitarian'],
      ['a quarter', 'people', 'percent change in people', 'count'],
    ]);
  });

  it('carries a count with no noun from the sentence before only where its words go on with it', () => {
    expect(qualified('Crews counted 40 air strikes a day in the first week. On the worst nights they logged over 70 each.')).toEqual([
      ['40', 40, 40, 40, 'exact'],
      ['over 70', 70, 70, null, 'more_than'],
    ]);
    expect(rows('Families registered at the Ramadi hall: 1,150 on Monday, up from 800. Running total since 3 May: about 6,900.')).toEqual([
      ['1,150', 'moved', 'families'],
      ['800', 'moved', 'families'],
      ['about 6,900', 'moved', 'families'],
    ]);
    // A number on its own after a sentence that counted something else is not carried.
    expect(rows('Crews counted 40 air strikes. The minister was 61.').map((r) => r[0])).toEqual(['40']);
  });

  it('reads a count with no noun as the people "how many" asked about in its sentence', () => {
    expect(rows('No one can say how many civilians remain: guesses run from 8,000 to 20,000.')).toEqual([
      ['from 8,000 to 20,000', 'people', 'civilians'],
    ]);
    expect(rows('It is unclear how many children were hurt; medics counted at least 30.')).toEqual([
      ['at least 30', 'injured', 'children'],
    ]);
  });

  it('reads some of a body’s members on one side of a vote as a tally, not a count', () => {
    expect(rows('The text had the backing of nine of the council’s members.').map((r) => r[0])).toEqual([]);
    expect(rows('Only ten of the council’s members supported the text.').map((r) => r[0])).toEqual([]);
    expect(rows('The draft, which 12 of the members backed, was vetoed.').map((r) => r[0])).toEqual([]);
    expect(rows('The Assembly adopted it with 88 votes in favour and 20 abstentions, the president said.')).toEqual([]);
  });

  it('reads a noun after a dotted abbreviation, and no count in "the eastern half" or "settle scores"', () => {
    expect(rows('Only a few dozen U.N. staff are still in the city.')).toEqual([['a few dozen', 'staff', 'workers']]);
    expect(rows('About 300 U.S. troops are based there.')).toEqual([['About 300', 'fighters', 'fighters']]);
    expect(rows('The rebels took the western half of the town in 2013.')).toEqual([]);
    expect(rows('Gunmen came to settle scores with the families who stayed.')).toEqual([]);
  });
});

describe('shares of what was held, "a total of", "them" across sentences, crowding (issue 11, s8)', () => {
  it('reads a share of what someone held as ground, with its words', () => {
    expect(rows('The rebels have lost more than a third of what they held in the east.')).toEqual([
      ['more than a third', 'territory', 'percent of what they held in the east'],
    ]);
    expect(rows('The army retook half of what it controlled in the old city.')).toEqual([
      ['half', 'territory', 'percent of what it controlled in the old city'],
    ]);
  });

  it('keeps the qualifier across "a total of"', () => {
    expect(qualified('The fund will match gifts up to a total of $8 million.')).toEqual([
      ['up to a total of $8 million', 8_000_000, null, 8_000_000, 'at_most'],
    ]);
    expect(qualified('Donors sent more than a total of 300 tents.')).toEqual([['more than a total of 300', 300, 300, null, 'more_than']]);
  });

  it('reads no count in "no one"', () => {
    expect(rows('Soon there will be no one left to treat.')).toEqual([]);
    expect(rows('No one knows how long the bread will last.')).toEqual([]);
    expect(rows('One nurse stayed; no one else did.').map((r) => r[0])).toEqual([]);
  });

  it('takes "of them" with no noun in its sentence as the subject of the sentence before', () => {
    expect(rows('Barrel bombs remain the worst weapon. The civil defence says its teams logged 180 of them in a week.')[0]).toEqual([
      '180',
      'attacks',
      'bombs',
    ]);
    expect(rows('Three convoys set off at dawn. Only two of them arrived.')).toEqual([
      ['Three', 'vehicles', 'convoys'],
      ['two', 'vehicles', 'convoys'],
    ]);
    // A noun of its own sentence comes first.
    expect(rows('Ambulances waited at the gate. Doctors said 12 of them were patients.').map((r) => r[2])).not.toContain('ambulances');
  });

  it('reads the people "figures of" or "an estimate of" a number are given for, an estimate as about', () => {
    expect(rows('Officials have given figures of up to 7,000 for the militants in the town.')).toEqual([
      ['up to 7,000', 'fighters', 'fighters'],
    ]);
    expect(qualified('The monitor gave an estimate of 2,600 for the dead.')).toEqual([['2,600', 2600, null, null, 'about']]);
    expect(rows('Activists offered a tally of 412 for the civilians killed.')).toEqual([['412', 'killed', 'civilians']]);
  });

  it('reads people per room as crowding and "fitted out for" as what a place can hold', () => {
    expect(rows('Families are sleeping eight to a room in the school.')).toEqual([['eight', 'people', 'people per room']]);
    expect(rows('In the camp they live six per tent.')).toEqual([['six', 'people', 'people per tent']]);
    expect(rows('The hall was fitted out for 1,200.')).toEqual([['1,200', 'capacity', 'people']]);
    expect(rows('The ward is equipped for 40 patients.')).toEqual([['40', 'capacity', 'patients']]);
  });
});

describe('"the number still inside ... at", a quoted count after "numbered" (issue 11, s8)', () => {
  it('reads what happened from the words after "put the number", up to five of them', () => {
    expect(rows('Aid agencies put the number still inside the pocket at up to 60,000.')).toEqual([['up to 60,000', 'trapped', 'people']]);
    expect(rows('Medics put the number killed since the weekend at 85.')).toEqual([['85', 'killed', 'people']]);
    expect(rows('The council put the number who fled across the river at about 4,000.')).toEqual([['about 4,000', 'fled', 'people']]);
  });

  it('reads people counted after "numbered" and an opening quotation mark, "those" to whom something was done', () => {
    expect(rows('He said those arrested at the crossing numbered "about 200" in all.')).toEqual([['about 200', 'detained', 'people']]);
    expect(rows('The officer said those questioned numbered "a few dozen at most".')).toEqual([['a few dozen', 'people', 'people']]);
    expect(rows('She said the volunteers numbered "about 30" by then.')).toEqual([['about 30', 'staff', 'workers']]);
  });
});

describe('windows of time, body sizes, changes by a share, particles and groups (issue 11, s9)', () => {
  it('reads a window of time printed with a number word as a duration, framing a count or not', () => {
    // "over the previous two days": the curation rules say a duration with a number word is a figure, and a window
    // is a duration; the seed's curated files follow the same rule since s9.
    expect(rows('Shelling killed 14 people over the previous two days.')).toEqual([
      ['14', 'killed', 'people'],
      ['two', 'duration', 'days'],
    ]);
    expect(rows('The bakery on the ring road has been shut over the previous two days.')).toEqual([['two', 'duration', 'days']]);
    expect(qualified('In the last 48 hours, rescuers pulled 30 people from the rubble.')).toEqual([
      ['48', 48, 48, 48, 'exact'],
      ['30', 30, 30, 30, 'exact'],
    ]);
    expect(rows('The next three days will decide whether the corridor holds.')).toEqual([['three', 'duration', 'days']]);
    // With no number word there is no figure ("in the past month"), and a date is none ("Two weeks ago").
    expect(rows('The clinic has been closed in the past month.')).toEqual([]);
  });

  it('leaves out the size of a body, in any of the ways it is written, and keeps some of its members', () => {
    expect(figuresOf('The 47-member Human Rights Council will meet in Geneva on Friday.')).toEqual([]);
    expect(figuresOf('Delegates of the 193-nation General Assembly argued late into the night.')).toEqual([]);
    expect(figuresOf('The council and its 15 members have been deadlocked since the summer.')).toEqual([]);
    expect(figuresOf('All 193 member states were invited to speak.')).toEqual([]);
    expect(figuresOf('Norland is one of five permanent members with a veto.')).toEqual([]);
    expect(figuresOf('The 15 members of the Security Council met behind closed doors.')).toEqual([]);
    // Some of its members are a count (or a tally, recorded with the vote).
    expect(rows('The other 140 members of the Assembly were asked to act.')).toEqual([['140', 'member_states', 'states']]);
    expect(figuresOf('A text that nine members of this Council supported was vetoed.')).toEqual([]);
    // All of a body's members on one side of a vote are counted, not sized.
    expect(qualified('The Assembly adopted the text, and all 27 member states voted for it.')).toEqual([['27', 27, 27, 27, 'exact']]);
  });

  it('reads an age between commas after a single name where a verb of saying or "who" follows', () => {
    expect(rows('"Keep the phone charged," Karam, 46, said on Tuesday.')).toEqual([['46', 'age', 'years']]);
    expect(rows('Nour, 19, who left in May, is in Idlib.')).toEqual([['19', 'age', 'years']]);
    expect(rows('Rima, 33, told the radio that the road was closed.')).toEqual([['33', 'age', 'years']]);
    // A place before the number is no person: "In Aleppo, 12, ..." is not read as an age.
    expect(rows('In the old city, 12 were killed on Monday.').map((r) => r[1])).toEqual(['killed']);
  });

  it('reads a change by a share from the subject of its clause when no count comes before it', () => {
    expect(withCategory('The count at the border camp rose by more than half in a week.')).toEqual([
      ['more than half', 'people', 'percent increase in count at the border camp', 'count'],
    ]);
    expect(withCategory('Bread prices in the western districts fell by a third.')).toEqual([
      ['a third', 'price', 'percent decrease in bread prices in the western districts', 'funding'],
    ]);
    // A change in care given is no number of people cared for.
    expect(withCategory('Admissions at the clinic were cut by half after the raid.')).toEqual([
      ['half', 'people', 'percent decrease in admissions at the clinic', 'count'],
    ]);
    expect(figuresOf('The mood in the camp changed by the hour.')).toEqual([]);
  });

  it('reads "over" after a verb it belongs to as no qualifier', () => {
    expect(qualified('The fighters handed over 38 rifles at the checkpoint.')).toEqual([['38', 38, 38, 38, 'exact']]);
    expect(qualified('The militia turned over 40 prisoners to the Red Crescent.')).toEqual([['40', 40, 40, 40, 'exact']]);
    expect(qualified('The two sides fought over three villages north of the city.')).toEqual([['three', 3, 3, 3, 'exact']]);
    expect(qualified('Well over 40 people were hurt.')).toEqual([['Well over 40', 40, 40, null, 'more_than']]);
  });

  it('ends a count at the next count of a list, and reads arms and relief items as supplies', () => {
    expect(rows('The crews cleared 150 landmines, 30 grenades and four rocket launchers, the agency said.')).toEqual([
      ['150', 'supplies', 'landmines'],
      ['30', 'supplies', 'grenades'],
      ['four', 'supplies', 'rocket launchers'],
    ]);
    expect(rows('Donors sent 2,000 mattresses and 600 heaters to the halls.')).toEqual([
      ['2,000', 'supplies', 'mattresses'],
      ['600', 'supplies', 'heaters'],
    ]);
    // "and 7 sniffer dogs" is no count of the deminers: things of its own noun (session 14), animals since session 46.
    expect(rows('Officials said 26 deminers and 7 sniffer dogs were at work.')).toEqual([
      ['26', 'staff', 'workers'],
      ['7', 'animals', 'sniffer dogs'],
    ]);
  });

  it('reads a group of the people or things named before it: a column, convoys, groups', () => {
    expect(qualified('The trucks crossed in a column of about 20 at a time.')).toEqual([['about 20', 20, null, null, 'about']]);
    expect(rows('The trucks crossed in a column of about 20 at a time.')).toEqual([['about 20', 'vehicles', 'trucks']]);
    expect(rows('Evacuees left the district in convoys of 40.')).toEqual([['40', 'evacuated', 'people']]);
    expect(rows('The wounded were carried out in groups of a dozen.')).toEqual([['a dozen', 'injured', 'people']]);
  });

  it('reads people counted by a group that numbers them, and a total after a long relative clause', () => {
    expect(qualified('The first group would number several thousand, the organisers said.')).toEqual([
      ['several thousand', null, 2000, 9999, 'vague'],
    ]);
    expect(rows('The crowd outside the gate numbered some 300.')).toEqual([['some 300', 'people', 'people']]);
    expect(
      rows('Officials said 900 people left, raising the number of families who have gone back to the old quarter since June to 4,000.'),
    ).toEqual([
      ['900', 'moved', 'people'],
      ['4,000', 'moved', 'families'],
    ]);
  });
});

describe('session 10: what the people counted were made into, and counts the nouns did not know', () => {
  const metricOf = (text: string) => figuresOf(text).map((f) => [f.raw, f.metric]);

  it('takes the people an object phrase turns into ("as refugees", "as hostages", "as human shields")', () => {
    expect(metricOf('Six years of fighting have pushed 2.6 million Iraqis over the border as refugees.')).toContainEqual([
      '2.6 million',
      'displaced',
    ]);
    expect(metricOf('The floods sent 9,000 families to the hills as displaced people.')).toEqual([['9,000', 'displaced']]);
    expect(metricOf('Gunmen kept 120 villagers in the mosque as hostages.')).toEqual([['120', 'detained']]);
    expect(metricOf('For months the militia held 40,000 residents as human shields.')).toContainEqual(['40,000', 'trapped']);
  });

  it('counts citizens and nationals as people', () => {
    expect(metricOf('The embassy flew out 230 citizens on Friday.')).toEqual([['230', 'people']]);
    expect(metricOf('About 1,900 nationals remain in the capital.')).toEqual([['About 1,900', 'people']]);
    expect(metricOf('A third of a million of our compatriots live abroad.')).toEqual([['A third of a million', 'people']]);
  });

  it('reads "barely", "scarcely" and "hardly" as a bound from above', () => {
    expect(read('barely 12 doctors')).toEqual([['barely 12', 12, null, 12, 'at_most']]);
    expect(read('scarcely 300 metres')).toEqual([['scarcely 300', 300, null, 300, 'at_most']]);
    expect(read('hardly 40 families')).toEqual([['hardly 40', 40, null, 40, 'at_most']]);
  });

  it('counts seasons as durations, camps as facilities, tables as capacity and ceasefires as documents', () => {
    expect(rows('She has lived in the camp through three summers.')).toEqual([['three', 'duration', 'summers']]);
    expect(rows('The charity runs five camps near the border.')).toEqual([['five', 'facilities', 'camps']]);
    expect(rows('The field hospital has two operating tables.')).toEqual([['two', 'capacity', 'operating tables']]);
    expect(rows('The year brought three truces, none of which held.')).toEqual([['three', 'documents', 'truces']]);
    expect(rows('The envoys agreed two ceasefires in the spring.')).toEqual([['two', 'documents', 'ceasefires']]);
  });

  it('reads no temperature as a figure', () => {
    expect(figuresOf('It fell to minus 7 degrees Celsius in the camp on Monday night.')).toEqual([]);
    expect(figuresOf('Temperatures were around 2 degrees at dawn this week.')).toEqual([]);
    expect(figuresOf('The thermometer read 15 degrees Fahrenheit.')).toEqual([]);
  });

  it('reads an age after one name where a verb of saying introduces it, a description or a past-tense verb follows', () => {
    expect(rows('"The road is closed," said Yusuf, 52, a taxi driver.')).toEqual([['52', 'age', 'years']]);
    expect(rows('Amal, 34, walked for two days with her son.')).toContainEqual(['34', 'age', 'years']);
    expect(rows('Samira, 27, a pharmacist, stayed behind.')).toEqual([['27', 'age', 'years']]);
    expect(figuresOf('In Homs, 14, and in Hama, nine, were hurt.').map((f) => f.metric)).not.toContain('age');
  });

  it('reads a range of ages as an age', () => {
    const ages = (text: string) => figuresOf(text).map((f) => [f.raw, f.low, f.high, f.qualifier, f.metric]);
    expect(ages('Boys between the ages of 15 and 18 were taken away.')).toEqual([
      ['between the ages of 15 and 18', 15, 18, 'range', 'age'],
    ]);
    expect(ages('Girls from the age of 6 to 11 attend the class.')).toEqual([['from the age of 6 to 11', 6, 11, 'range', 'age']]);
    expect(ages('Women between the ages of 20 and 45 were questioned.')).toEqual([
      ['between the ages of 20 and 45', 20, 45, 'range', 'age'],
    ]);
  });

  it('reads the states "that voted" for a text as a tally, not a count', () => {
    expect(figuresOf('Norway was one of the 131 countries that voted for the draft.')).toEqual([]);
    expect(figuresOf('The 97 states which voted in favour were named in the record.')).toEqual([]);
    expect(figuresOf('All 40 members who voted against it were from one bloc.')).toEqual([]);
  });
});

describe('session 11: shares, quoted counts and hedged numbers', () => {
  it('reads a share of people whose whole has a possessor as people, not ground', () => {
    expect(rows("A third of the district's residents have fled their homes.")).toEqual([
      ['A third', 'fled', "percent of the district's residents"],
    ]);
    expect(rows("Half of the town's nurses were injured in the raid.").map((r) => r[1])).toEqual(['injured']);
    expect(rows("Nearly 40 per cent of the camp's children are malnourished.").map((r) => r[1])).toEqual(['starving']);
    // A share of a place's ground keeps its metric.
    expect(rows("Two-thirds of the city's districts were retaken.").map((r) => r[1])).toEqual(['territory']);
  });

  it('reads a share of fighters as fighters', () => {
    expect(rows('About half of the militants in the pocket belong to the front.').map((r) => r[1])).toEqual(['fighters']);
    expect(rows('A third of the rebels have surrendered their weapons.').map((r) => r[1])).toEqual(['fighters']);
    expect(rows('Roughly 60 percent of the gunmen there are foreigners.').map((r) => r[1])).toEqual(['fighters']);
  });

  it('reads a count quoted alone as the count of the words after the closing quotation mark', () => {
    expect(rows('A spokesman said "tens of thousands" were still waiting to leave.')).toEqual([['tens of thousands', 'trapped', 'people']]);
    expect(rows('The monitor said "dozens" of civilians had been killed.')).toEqual([['dozens', 'killed', 'civilians']]);
    expect(rows('The agency said "hundreds" of families had fled overnight.')).toEqual([['hundreds', 'fled', 'families']]);
    // A year in quotation marks is still no count.
    expect(figuresOf('She said "2015" was the hardest year.')).toEqual([]);
  });

  it('reads "maybe" and "possibly" before a number as approximate, as "perhaps"', () => {
    expect(read('food for maybe three weeks')).toEqual([['maybe three', 3, null, null, 'about']]);
    expect(read('possibly 400 families')).toEqual([['possibly 400', 400, null, null, 'about']]);
    expect(read('perhaps 20 nurses')).toEqual([['perhaps 20', 20, null, null, 'about']]);
    expect(read('the maybe-minded 30 people')).toEqual([['30', 30, 30, 30, 'exact']]);
  });
});

describe('session 11: people left behind, people waiting, windows of time', () => {
  it('reads the people "leave" has as its object as left behind, not moved', () => {
    expect(rows('The buses turned back, leaving an estimated 30,000 residents waiting in the snow.')).toEqual([
      ['an estimated 30,000', 'trapped', 'residents'],
    ]);
    expect(rows('The raid on the mill left 15 families without flour.').map((r) => r[1])).toEqual(['people']);
    expect(rows('The night shelling left 22 civilians dead.').map((r) => r[1])).toEqual(['killed']);
    // People who leave a place themselves moved.
    expect(rows('About 4,000 people left the quarter on Sunday.').map((r) => r[1])).toEqual(['moved']);
  });

  it('reads people waiting (to leave, at a crossing, in the cold) as stranded', () => {
    expect(rows('Some 2,500 people were waiting at the crossing by nightfall.').map((r) => r[1])).toEqual(['trapped']);
    expect(rows('Hundreds of families are still waiting in the ruins of the old market.').map((r) => r[1])).toEqual(['trapped']);
    expect(rows('Nearly 900 patients were waiting to be taken out.').map((r) => r[1])).toEqual(['trapped']);
    expect(rows('About 700 people were waiting for food at the gate.').map((r) => r[1])).not.toContain('trapped');
  });

  it('never gives a number with no noun the metric of the window of time its sentence opens with', () => {
    const metrics = (text: string) => figuresOf(text).map((f) => [f.raw, f.metric]);
    // (s64) The qualified count stands alone (`qualified-alone`): a count of what the sentence does not name, never a duration.
    expect(metrics('Within four days some 7,000 to the Kurdish-held quarter, the monitor said.')).toEqual([
      ['four', 'duration'],
      ['some 7,000', 'people'],
    ]);
    expect(metrics('In the past 36 hours, 12,000 people have fled to the south and about 3,000 to the coast.')).toEqual([
      ['36', 'hours'],
      ['12,000', 'fled'],
      ['about 3,000', 'fled'],
    ]);
    expect(metrics('Over three days, 5,000 people were evacuated, and 900 on the last night.')).toEqual([
      ['three', 'duration'],
      ['5,000', 'evacuated'],
      ['900', 'evacuated'],
    ]);
    // A duration that is itself counted again keeps its metric: "for 12 hours on Monday and 8 on Tuesday".
    expect(metrics('The crossing was open for 12 hours on Monday and 8 on Tuesday.')).toEqual([
      ['12', 'hours'],
      ['8', 'hours'],
    ]);
  });
});

describe('session 11: a standfirst that the body repeats', () => {
  const withStandfirst = (title: string, standfirst: string, body: string) => {
    const text = `${title}\n\n${standfirst}\n\n3 Mar 2017 09:15 GMT\n\n${body}\n`;
    const { figures } = extractArticle({ text, publishedOn: '2017-03-03', title, gazetteer: testGazetteer });
    return figures.map((f) => [
      f.raw,
      text.slice(f.rawSpan.start, f.rawSpan.end) === f.raw ? f.rawSpan.start > text.indexOf(body) : null,
      f.metric,
    ]);
  };

  it("records a count the standfirst and the body both print with the body's words and reading", () => {
    expect(
      withStandfirst(
        'Ferry halted at the harbour',
        'Thousands left stranded on the quay; the port blames the storm.',
        'The crossing was cancelled, leaving thousands of people waiting on the quay overnight.',
      ),
    ).toEqual([['thousands', true, 'trapped']]);
    expect(
      withStandfirst(
        'Flood reaches the valley',
        'Hundreds flee as the river rises; the mayor appeals for help.',
        'By noon hundreds of villagers had fled to the hills above the town.',
      ),
    ).toEqual([['hundreds', true, 'fled']]);
    expect(
      withStandfirst(
        'Clinic overwhelmed after the quake',
        'Dozens hurt as the old market collapses; rescuers dig by hand.',
        'Doctors said dozens of people were hurt when the roof of the market fell in.',
      ),
    ).toEqual([['dozens', true, 'injured']]);
  });

  it('keeps a count only the standfirst prints', () => {
    expect(
      withStandfirst(
        'Ferry halted at the harbour',
        'Thousands left stranded on the quay; the port blames the storm.',
        'The crossing was cancelled on Friday because of the storm.',
      ),
    ).toEqual([['Thousands', false, 'moved']]);
  });
});

describe('session 11: the actor that put a number on a count', () => {
  const claimants = (text: string) =>
    extractArticle({ text, publishedOn: '2016-12-16', gazetteer: testGazetteer }).figures.map((f) => [
      f.raw,
      f.claimedBy?.status === 'actor' ? f.claimedBy.id : null,
    ]);

  it("gives the estimate to the actor its own clause names, even inside another speaker's words", () => {
    expect(claimants('"We are what remains of a town the United Nations put at about 40,000 people," Haddad said.')).toEqual([
      ['about 40,000', 'united-nations'],
    ]);
    expect(claimants('Okafor said the camp, where Relief Watch counts 900 families, was full.')).toEqual([['900', 'relief-watch']]);
    expect(claimants('"Relief Watch estimated 70 attacks on clinics," Lindqvist said.')).toEqual([['estimated 70', 'relief-watch']]);
  });

  it('leaves the estimate to the speaker where no actor in its clause puts the number', () => {
    expect(claimants('"About 3,000 people fled the quarter," Haddad said, citing the United Nations.')).toEqual([
      ['About 3,000', 'omar-haddad'],
    ]);
  });
});

describe('session 11: an age after a kin word and "is"', () => {
  it('reads "My father is 71." and the like as an age', () => {
    expect(rows('"My mother is 68. She cannot walk far," he said.')).toEqual([['68', 'age', 'years']]);
    expect(rows('Their youngest son was 7, and the oldest 15.').slice(0, 1)).toEqual([['7', 'age', 'years']]);
    expect(rows('The girl is 11.')).toEqual([['11', 'age', 'years']]);
  });

  it('does not read a distance or a count after a kin word and "is" as an age', () => {
    expect(rows('My uncle is 30 kilometres from the border.')).toEqual([['30', 'distance', 'kilometres']]);
    expect(figuresOf('My cousin was 200 metres from the bakery.').map((f) => f.metric)).not.toContain('age');
  });
});

describe('session 12: a count with no noun that a participle, a comparison or a second estimate completes', () => {
  it('reads people in a bare participle whose phrase says what happened to them', () => {
    expect(rows('The fighting has killed 9,000 people and left more than 40,000 driven from their villages.')).toContainEqual([
      'more than 40,000',
      'displaced',
      'people',
    ]);
    expect(figuresOf('The storm killed 12 people and some 3,000 forced from their homes.').map((f) => f.raw)).toContain('some 3,000');
    expect(figuresOf('Shelling wounded 70 people, with some 400 uprooted by the fighting.').map((f) => f.raw)).toContain('some 400');
  });

  it('does not read a participle with no plight as people', () => {
    expect(figuresOf('The agency sent 30 trucks and 12 scheduled for Monday.').map((f) => f.raw)).toEqual(['30']);
    expect(figuresOf('Of the budget, 40 earmarked funds remain.')).toEqual([]);
  });

  it('reads a number set against the count before it as the same count', () => {
    expect(rows('About 20,000 people are stranded at the port, up from some 8,000 last week.').map((r) => r[0])).toEqual([
      'About 20,000',
      'some 8,000',
    ]);
    expect(rows('Some 7,500 families are sheltering in the stadium, down from 11,000 before the thaw.').map((r) => r[0])).toEqual([
      'Some 7,500',
      '11,000',
    ]);
    expect(rows('The clinic treated 340 patients in November, compared with 90 in October.').map((r) => r[0])).toEqual(['340', '90']);
  });

  it('does not read a range after "from" as a comparison', () => {
    expect(rows('Arrivals grew from 300 to 450 households.').map((r) => r[0])).toEqual(['from 300 to 450']);
  });

  it('reads a second "that" clause of a verb of estimating as an estimate', () => {
    const qualifiers = (text: string) => figuresOf(text).map((f) => [f.raw, f.qualifier]);
    expect(qualifiers('The agency estimates that 300 people were killed and that 1,200 more were wounded.')).toContainEqual([
      '1,200',
      'about',
    ]);
    expect(
      qualifiers('Officials estimated that about 6,000 residents had left, and that a further 900 people were waiting.'),
    ).toContainEqual(['900', 'about']);
    expect(qualifiers('Monitors estimate that 45 clinics have closed but that another 12 clinics still run.')).toContainEqual([
      '12',
      'about',
    ]);
  });

  it('leaves a second "that" clause exact where no verb of estimating opens the first', () => {
    expect(
      figuresOf('The governor said that 300 people were killed and that 1,200 were wounded.').map((f) => [f.raw, f.qualifier]),
    ).toContainEqual(['1,200', 'exact']);
  });
});

describe('session 12: money in any currency the runtime knows', () => {
  const money = (text: string) => figuresOf(text).map((f) => [f.raw, f.value, f.metric, f.unit]);

  it('reads a currency sign or ISO code before the number', () => {
    expect(money('Oslo pledged NOK 65 million to the winter appeal.')).toEqual([['NOK 65 million', 65_000_000, 'funding', 'kroner']]);
    expect(money('Tokyo offered roughly ¥3.2 billion in emergency grants.')).toEqual([
      ['roughly ¥3.2 billion', 3_200_000_000, 'funding', 'yen'],
    ]);
    expect(money('The fund received CHF 750,000 from Geneva donors.')).toEqual([['CHF 750,000', 750_000, 'funding', 'francs']]);
  });

  it('reads a currency named after the number', () => {
    expect(money('Stockholm gave 14 million kronor to the Red Crescent.')).toEqual([['14 million', 14_000_000, 'funding', 'kronor']]);
    expect(money('Delhi sent medicine worth 90 million rupees.')).toEqual([['90 million', 90_000_000, 'funding', 'rupees']]);
    expect(money('A blanket now sells for 6,000 Syrian pounds.').map((r) => r[2])).toEqual(['price']);
  });

  it('does not read a word some currency is named by, but that English uses otherwise, as money', () => {
    expect(money('Rescuers counted 40 marks of shrapnel on the wall.').map((r) => r[2])).not.toContain('funding');
    expect(money('The league table shows 12 won, 3 lost.').map((r) => r[2])).not.toContain('funding');
  });

  it('reads no unit of account, agency initials or word in a capitals line before a number as a currency code', () => {
    const currencyOf = (text: string) => findNumberExpressions(text, { start: 0, end: text.length }).map((n) => n.currency ?? null);
    expect(currencyOf('The fund was topped up by XDR 12 million last year.')).toEqual([null]);
    expect(currencyOf('Staff of the UNHCR 40 kilometres away were told to wait.')).toEqual([null]);
    expect(currencyOf('DONORS PLEDGE AID FOR ALL 40 SHELTERS')).toEqual([null]);
    expect(currencyOf('Bern added CHF 2 million and Ankara TRY 15 million on Friday.')).toEqual(['CHF', 'TRY']);
  });

  it('reads the real money among the X-codes (CFA francs, East Caribbean dollar, CFP franc) but no metal', () => {
    const currencyOf = (text: string) => findNumberExpressions(text, { start: 0, end: text.length }).map((n) => n.currency ?? null);
    expect(currencyOf('Dakar released XOF 900 million for the flooded districts.')).toEqual(['XOF']);
    expect(currencyOf('The ministry in Yaounde set aside XAF 2.5 billion for the camps.')).toEqual(['XAF']);
    expect(currencyOf('Donors on the island raised XCD 340,000 after the hurricane.')).toEqual(['XCD']);
    expect(currencyOf('Noumea gave XPF 15 million to the relief drive.')).toEqual(['XPF']);
    expect(currencyOf('The reserve holds XAU 40 tonnes in its vaults.')).toEqual([null]);
  });
});

describe('session 12: people the lexicon has no noun for, known by a verb only people take', () => {
  it('reads a count of an unknown noun as people where its clause says they suffered or spoke', () => {
    expect(rows('Thousands of commuters were stranded at the depot.')).toEqual([['Thousands', 'trapped', 'commuters']]);
    expect(rows('Scores of herdsmen were killed near the ridge.')).toEqual([['Scores', 'killed', 'herdsmen']]);
    expect(rows('Novak and 9 parliamentary colleagues signed the letter.')).toEqual([['9', 'people', 'parliamentary colleagues']]);
  });

  it('does not read an unknown noun as people where its verb is done to things', () => {
    expect(rows('Some 40 crates were unloaded at the quay.').map((r) => r[1])).toEqual(['supplies']);
    expect(rows('Dozens of kiosks were blown away in the storm.')).toEqual([]);
  });
});

describe('session 13: a second, higher guess after a count and its noun is a range', () => {
  const ranged = (text: string) => figuresOf(text).map((f) => [f.raw, f.value, f.low, f.high, f.qualifier, f.metric]);

  it('reads "A <noun>, maybe B", "A <noun>, perhaps B" and "A <noun> or possibly B" as a range of that noun', () => {
    expect(ranged('The family had water for three days, maybe four.')).toEqual([
      ['three days, maybe four', null, 3, 4, 'range', 'duration'],
    ]);
    expect(ranged('The camp took in 400 families, perhaps 500, over the weekend.')).toEqual([
      ['400 families, perhaps 500', null, 400, 500, 'range', 'people'],
    ]);
    expect(ranged('Crews loaded six lorries or possibly seven before dusk.')).toEqual([
      ['six lorries or possibly seven', null, 6, 7, 'range', 'vehicles'],
    ]);
  });

  it('leaves a second number with its own noun, a guess far above the first and "one ..., maybe two" alone', () => {
    expect(ranged('The convoy waited two hours, maybe three hours more.').map((r) => r[4])).not.toContain('range');
    expect(ranged('The clinic saw 20 patients, maybe 90.').map((r) => r[4])).not.toContain('range');
    expect(ranged('The power came back for one hour, maybe two.').map((r) => r[4])).not.toContain('range');
  });
});

describe('session 13: "or so" after a number, an hour of the day, a tally\'s other side, nights', () => {
  const read2 = (text: string) => figuresOf(text).map((f) => [f.raw, f.value, f.qualifier]);

  it('reads "A or so <noun>" as about A', () => {
    expect(read2('The ward admits 40 or so patients a night.')).toEqual([['40', 40, 'about']]);
    expect(read2('Ten or so trucks crossed at the northern gate.')).toEqual([['Ten', 10, 'about']]);
    expect(read2('Volunteers fed 300 or so families at the mosque.')).toEqual([['300', 300, 'about']]);
    // Near miss: "or so" after a comma is "or so it says", no qualifier.
    expect(read2('The bureau counts 250 detainees, or so it claims.')).toEqual([['250', 250, 'exact']]);
  });

  it('reads an hour named with the part of the day after "at", "by" or "until" as no count', () => {
    expect(figuresOf('Her last voice note came at eleven last night, a recording of the queue.')).toEqual([]);
    expect(figuresOf('The buses were due by seven this morning, a column of trucks behind them.').map((f) => f.raw)).toEqual([]);
    expect(figuresOf('The gate opens at ten tonight, a convoy of lorries waiting behind it.').map((f) => f.raw)).toEqual([]);
    // Near miss: a count the night after a verb is a count.
    expect(read2('Mortar fire wounded 14 last night.')).toEqual([['14', 14, 'exact']]);
  });

  it('reads the losing side of a tally after "votes to" as no count', () => {
    expect(read2('After a debate of six hours the motion carried by 97 votes to 21.')).toEqual([['six', 6, 'exact']]);
    expect(read2('The sitting ran nine hours and the bill passed by 14 ballots to 2, with no abstentions.')).toEqual([
      ['nine', 9, 'exact'],
    ]);
    expect(read2('The talks ran 20 hours and the text won 12 votes against 3.')).toEqual([['20', 20, 'exact']]);
    // Near miss: a count after "to" that is no tally goes on counting what the one before it did.
    expect(read2('Rescuers moved 300 people to the west and 120 to the north.')).toEqual([
      ['300', 300, 'exact'],
      ['120', 120, 'exact'],
    ]);
  });

  it('reads nights as a duration', () => {
    expect(rows('The families slept in the square for two nights.')).toEqual([['two', 'duration', 'nights']]);
    expect(rows('Three nights of shelling kept the ward awake.')).toEqual([['Three', 'duration', 'nights']]);
    expect(rows('After four sleepless nights the convoy moved.')).toEqual([['four', 'duration', 'sleepless nights']]);
  });
});

describe('session 13: people taken in, with no noun after the number', () => {
  it('reads a number after "took in", "received", "admitted" or "resettled" with nothing counted after it as people who arrived', () => {
    expect(rows('"We took in about 650 on the first night," the volunteer said.')).toEqual([['about 650', 'moved', 'people']]);
    expect(rows('The reception centre received some 2,300 before the road closed.')).toEqual([['some 2,300', 'moved', 'people']]);
    expect(rows('Norland has resettled nearly 14,000 since 2013.')).toEqual([['nearly 14,000', 'moved', 'people']]);
  });

  it('leaves a count with its own noun, and what a place can take in, to their readings', () => {
    expect(rows('The depot received 40 crates of insulin.')).toEqual([['40', 'supplies', 'crates']]);
    expect(rows('The depot received 40 trucks on Monday.')).toEqual([['40', 'vehicles', 'trucks']]);
    expect(rows('The school can take in 300 at most.').map((r) => r[1])).toEqual(['capacity']);
  });
});

describe('session 13: "close to" a number is about it', () => {
  it('reads "close to" as about, as "closer to" is', () => {
    expect(read('close to 900 families')).toEqual([['close to 900', 900, null, null, 'about']]);
    expect(read('Close to two million people')).toEqual([['Close to two million', 2_000_000, null, null, 'about']]);
    expect(read('closer to 40 trucks')).toEqual([['closer to 40', 40, null, null, 'about']]);
    // Near miss: "close to the border" has no number.
    expect(read('They camped close to the border with 12 tents.')).toEqual([['12', 12, 12, 12, 'exact']]);
  });
});

describe('session 14: a currency sign made of letters glued to the sum', () => {
  const money = (text: string) => figuresOf(text).map((f) => [f.raw, f.value, f.qualifier, f.metric, f.unit]);

  it('reads the runtime letter signs and the press letters for a currency as money, qualifier first', () => {
    expect(money('The provincial fund collected some R3.5 million for the convoy.')).toEqual([
      ['some R3.5 million', 3_500_000, 'about', 'funding', 'rand'],
    ]);
    expect(money('Church groups in Penang gave more than RM800,000 to the appeal.')).toEqual([
      ['more than RM800,000', 800_000, 'more_than', 'funding', 'ringgits'],
    ]);
    expect(money('Traders in Mombasa pledged at least Sh2.5 million on Sunday.')).toEqual([
      ['at least Sh2.5 million', 2_500_000, 'at_least', 'funding', 'shillings'],
    ]);
    expect(money('The state government approved N4.5 billion for relief materials.').map((r) => r.slice(0, 4))).toEqual([
      ['N4.5 billion', 4_500_000_000, 'exact', 'funding'],
    ]);
  });

  it('reads no number in a name that glues letters to digits not printed as a sum', () => {
    expect(findNumberExpressions('At the G20 dinner the P5 envoys took the N2 road past T72 tanks.', { start: 0, end: 64 })).toEqual([]);
    expect(money('Delegates of the R2 working group met in room K4.')).toEqual([]);
  });
});

describe('session 14: a count of things the lexicon has no noun for, read by the place of the noun', () => {
  it('reads the plural right after a number, with the words before it that say which kind, as things counted', () => {
    expect(rows('The parish shipped 18 crates of insulin to the border last week.')).toEqual([['18', 'supplies', 'crates']]);
    expect(rows('By Friday the workshop had 4 knitting looms and a cutting table.')).toEqual([['4', 'supplies', 'knitting looms']]);
    expect(rows('The mayor said the town had taken 23 pledges from landlords.')).toEqual([['23', 'supplies', 'pledges']]);
    expect(rows('Engineers brought 9 tracker drones into the old city.')).toEqual([['9', 'supplies', 'tracker drones']]);
  });

  it('reads no count where the number is a scale word, set between two things, things named before, a name or a vote, or the plural is none', () => {
    expect(rows('The corridor saved thousands of lives, the mayor said.')).toEqual([]);
    // In digits, so that only the place of the number keeps it out (a number word is left out before it is read).
    expect(rows('The clinic sits between 2 ridges above the valley.')).toEqual([]);
    expect(rows('The 12 drafts were read aloud in the hall.')).toEqual([]);
    expect(rows('Pilots flew Su-25 jets over the coast on Monday.')).toEqual([]);
    expect(rows('The motion was adopted with 40 ayes in the chamber.')).toEqual([]);
    expect(rows('The clinic stood 300 metres from the front line.')).toEqual([]);
    expect(rows('At 14 she always walked to school.')).toEqual([]);
    // A number word names a set as often as it counts: "four pillars" is no count of things.
    expect(rows('The new plan rests on four pillars.')).toEqual([]);
  });
});

describe('session 21: thousands grouped by a space', () => {
  const money = (text: string) => figuresOf(text).map((f) => [f.raw, f.value, f.qualifier, f.metric]);

  it('reads digits grouped by a space, thin space or no-break space as one number', () => {
    expect(figuresOf('The Red Cross says some 48 000 people have left the old town.').map((f) => [f.raw, f.value, f.qualifier])).toEqual([
      ['some 48 000', 48_000, 'about'],
    ]);
    expect(money('Windhoek will give US$120\u00A0000 to the appeal.')).toEqual([['US$120\u00A0000', 120_000, 'exact', 'funding']]);
    expect(read('nearly 2\u202F350 families')).toEqual([['nearly 2\u202F350', 2350, null, 2350, 'nearly']]);
    expect(read('between 3 000 and 4 500 refugees')).toEqual([['between 3 000 and 4 500', null, 3000, 4500, 'range']]);
  });

  it('reads no telephone number, and no two numbers a space parts, as one', () => {
    expect(read('Call 021 447 900 for news.').map((r) => r[1])).not.toContain(447_900);
    expect(read('In 2015 400 families came.').map((r) => r[1])).toEqual([2015, 400]);
  });
});

describe('session 21: money in a currency named in the singular, or signed with letters and a space', () => {
  const money = (text: string) => figuresOf(text).map((f) => [f.raw, f.value, f.qualifier, f.metric]);

  it('reads a currency named in the singular after the sum, and a sign of letters printed with a space before it', () => {
    expect(money('Traders in Siem Reap raised 4 million riel for the camps.')).toEqual([['4 million', 4_000_000, 'exact', 'funding']]);
    expect(money('The city of Darkhan gave 80 million tugrik in relief.')).toEqual([['80 million', 80_000_000, 'exact', 'funding']]);
    expect(money('A Surabaya charity sent Rp 750 million to the border camps.')).toEqual([
      ['Rp 750 million', 750_000_000, 'exact', 'funding'],
    ]);
    expect(money('Mosques in Lahore collected more than Rs 12 million.')).toEqual([
      ['more than Rs 12 million', 12_000_000, 'more_than', 'funding'],
    ]);
  });
});

describe('session 21: a side of a vote counted with the body, a place or an aside between the count and its verb', () => {
  const counts = (text: string) => figuresOf(text).map((f) => [f.raw, f.value]);

  it('drafts no figure of the members or countries on one side of a vote', () => {
    expect(counts('Nine members of the 47-member Council voted against the Danish text.')).toEqual([]);
    expect(counts('In Geneva, 26 countries at the Human Rights Council voted for the inquiry.')).toEqual([]);
    expect(counts('Seven countries, Belarus among them, voted against the Assembly text.')).toEqual([]);
    expect(counts('Fourteen countries, including Cuba, Laos and Nicaragua, abstained.')).toEqual([]);
    expect(counts('A Uruguayan text backed by 12 members of the Council was vetoed on Monday.')).toEqual([]);
  });

  it('still counts states that co-sponsored or requested a text, and people who voted in an aside', () => {
    expect(counts('The session was called at the request of 41 member states.')).toEqual([['41', 41]]);
    expect(counts('The draft was co-sponsored by 57 countries.').map((r) => r[1])).toEqual([57]);
    expect(counts('About 4,000 residents, most of them women, voted in the town poll.')).toEqual([['About 4,000', 4000]]);
  });
});

describe('session 21: a scale word and "more" with no noun after it counts people', () => {
  const people = (text: string) => figuresOf(text).map((f) => [f.raw, f.qualifier, f.unit]);

  it('counts "thousands more" as people where no noun and no verb of people follows', () => {
    expect(people('The mayor of Kilis said the town could take "hundreds of thousands more" if the road stayed open.')).toEqual([
      ['hundreds of thousands', 'vague', 'people'],
    ]);
    expect(people('A new push on the valley may drive tens of thousands more across the Drina.')).toEqual([
      ['tens of thousands', 'vague', 'people'],
    ]);
    expect(people('The camp sheltered its first arrivals on Sunday and expected thousands more.')).toEqual([
      ['thousands', 'vague', 'people'],
    ]);
  });

  it('leaves a noun after "more", a comparison and an exact number to what they say', () => {
    expect(people('The charity shipped hundreds more blankets to Gaziantep.')).toEqual([['hundreds', 'vague', 'blankets']]);
    expect(people('The repairs cost millions more than the council had planned.')).toEqual([]);
    expect(people('Lisbon sent two more to the port.')).toEqual([]);
  });
});

describe('members of an association are its people, members of a body of states are states (issue 11, s23)', () => {
  it('counts a union, a church or a club by its members', () => {
    expect(rows('At least 25 members of the nurses’ guild had joined the march by noon.')).toEqual([['At least 25', 'people', 'members']]);
    expect(rows('Pastor Lindqvist said about 90 members had stayed behind after the service.')).toEqual([
      ['about 90', 'people', 'members'],
    ]);
  });

  it('keeps the members of a council, an assembly or a regional group as states', () => {
    expect(rows('Some 40 members of the Assembly signed the letter.')).toEqual([['Some 40', 'member_states', 'states']]);
    expect(rows('Mexico would work with Chile, the three other Latin members next year.')).toEqual([['three', 'member_states', 'states']]);
  });
});

describe('session 32: sums grouped by points, signs of the local press, telephone numbers, captions and tallies', () => {
  const found = (text: string) => figuresOf(text).map((f) => [f.raw, f.value, f.qualifier, f.metric]);

  it('reads thousands grouped by points as papers in lusophone and francophone countries print them', () => {
    expect(found('More than 60.000 people remain trapped behind the front line in Bafatá, the Red Cross says.')).toEqual([
      ['More than 60.000', 60_000, 'more_than', 'trapped'],
    ]);
    expect(found('The parish had collected 2.400.000 FCFA by Sunday.')).toEqual([['2.400.000', 2_400_000, 'exact', 'funding']]);
    expect(found('The town hall will give 4.500.000 escudos, about 40.000 euros, to the appeal.').map((r) => r[1])).toEqual([
      4_500_000, 40_000,
    ]);
    // A decimal with a scale word stays a decimal.
    expect(found('The agency asked for 1.250 million dollars.').map((r) => r[1])).toEqual([1_250_000]);
  });

  it('reads "$A" and the lilangeni\'s "E" glued to a sum as money', () => {
    expect(found('The council in Tarawa pledged $A25,000 to the appeal.')).toEqual([['$A25,000', 25_000, 'exact', 'funding']]);
    expect(found('The church in Manzini gave E120 000 to the relief fund.')).toEqual([['E120 000', 120_000, 'exact', 'funding']]);
  });

  it('drafts no figure from the groups of a telephone number', () => {
    expect(found('Emergency line (24 hours): 1800 227 228 within Norland, +47 2 3395 0000 from abroad.')).toEqual([
      ['24', 24, 'exact', 'hours'],
    ]);
    expect(found('Relief office, Valmont: +33 4 91 55 20 20')).toEqual([]);
  });

  it('reads the age in a caption line that parts name, age, trade and place by dots or bars', () => {
    expect(found('MARTA KOWALCZYK, 47 · pharmacist · Wola')).toEqual([['47', 47, 'exact', 'age']]);
    expect(found('Tomasz Rybak, 19 | student | Mokotów')).toEqual([['19', 19, 'exact', 'age']]);
  });

  it('counts no figure in the side a text won or in the members that voted', () => {
    expect(found('Hours later the counter-draft fell, gaining the votes of merely three members.')).toEqual([]);
    expect(found('Every Pacific island nation sat with the 118 Member States that voted yes.')).toEqual([]);
  });
});

describe('session 32: currencies as the local press prints them', () => {
  const sums = (text: string) => figuresOf(text).map((f) => [f.raw, f.value, f.metric]);

  it('reads the signs the runtime gives only as codes, glued or spaced', () => {
    expect(sums('The society in Serrekunda raised D92,300 for the appeal.')).toEqual([['D92,300', 92_300, 'funding']]);
    expect(sums('Worshippers in Paro gave Nu 18,200 at the monastery.')).toEqual([['Nu 18,200', 18_200, 'funding']]);
    expect(sums('Traders in Bo pledged Le 30 million to the fund.')).toEqual([['Le 30 million', 30_000_000, 'funding']]);
    expect(sums('The emirate set aside Dh25 million for tents.')).toEqual([['Dh25 million', 25_000_000, 'funding']]);
    expect(sums('A charity in Sohar collected RO 12,750 for families.')).toEqual([['RO 12,750', 12_750, 'funding']]);
    expect(sums('The parish in Mafeteng raised M9 600 for blankets.')).toEqual([['M9 600', 9_600, 'funding']]);
    expect(sums('Cabinet in Luganville approved Vt5 million for the appeal.')).toEqual([['Vt5 million', 5_000_000, 'funding']]);
  });

  it('reads the press plurals and the won after a scale word as money', () => {
    expect(sums('Mosques in Beira collected 900,000 meticais for the appeal.')).toEqual([['900,000', 900_000, 'funding']]);
    expect(sums('The ministry in Ulaanbaatar will send 80 million togrog in relief.')).toEqual([['80 million', 80_000_000, 'funding']]);
    expect(sums('A church in Daegu hopes to raise 500 million won by March.')).toEqual([['500 million', 500_000_000, 'funding']]);
  });
});

describe('session 33: ages set off after a person, and sums in local dollars and abbreviated signs', () => {
  const found = (text: string) => figuresOf(text).map((f) => [f.raw, f.value, f.qualifier, f.metric]);

  it('reads an age after one name a kin word or an honorific introduces, or in brackets after a name', () => {
    expect(found('The call came from her nephew Karim, 52, stuck at a roadblock.')).toEqual([['52', 52, 'exact', 'age']]);
    expect(found('Their grandmother, Widad, 81, and her sister stayed behind.')).toEqual([['81', 81, 'exact', 'age']]);
    expect(found('Mrs. Lindqvist-Haddad, 58, moved to Tromsø in 1994.')).toEqual([['58', 58, 'exact', 'age']]);
    expect(found('Halabi (44), a baker from Bustan al-Qasr, now lives in Linz.')).toEqual([['44', 44, 'exact', 'age']]);
    expect(found('Nour Sabbagh (31), nurse from Hama, waits for news.')).toEqual([['31', 31, 'exact', 'age']]);
    expect(found('"We keep the radio on all night," said Yaman, 23.')).toEqual([['23', 23, 'exact', 'age']]);
    // Not a body's size in brackets, nor a place set off by commas.
    expect(found('The Trusteeship Board (12) met on Monday.')).toEqual([]);
    expect(found('In Idlib, 12, were hurt, the ministry said.').filter((f) => f[3] === 'age')).toEqual([]);
  });

  it('keeps the qualifier before a dollar sign that names its country', () => {
    expect(found('Donors in Castries gave more than EC$8,200 to the appeal.')).toEqual([
      ['more than EC$8,200', 8200, 'more_than', 'funding'],
    ]);
    expect(found('The ministry pledged about NT$24 million for shelters.')).toEqual([
      ['about NT$24 million', 24_000_000, 'about', 'funding'],
    ]);
    expect(found('Churches in Montego Bay collected some J$650,000 for blankets.')).toEqual([
      ['some J$650,000', 650_000, 'about', 'funding'],
    ]);
  });

  it('reads a letter sign before a bare number where the text prints it before a sum, and a sign with a stop', () => {
    expect(found('The fund has reached K2,400,000. Each K350 buys a stove for a family.').map((f) => f[0])).toEqual(['K2,400,000', 'K350']);
    expect(found('The island council approved Afl. 75,000 for the Red Cross.')).toEqual([['Afl. 75,000', 75_000, 'exact', 'funding']]);
    expect(found('The trust handed over Rs. 40,000 to the relief fund.')).toEqual([['Rs. 40,000', 40_000, 'exact', 'funding']]);
    expect(found('Every K350 buys a stove.')).toEqual([]);
    // The Antillean guilder as the island papers also print it, with its stop.
    expect(found('A bake sale at the parish hall raised Naf. 9,420 for the families.')).toEqual([['Naf. 9,420', 9420, 'exact', 'funding']]);
  });
});

describe('session 33: qualifiers and rough ranges as speech and translation give them', () => {
  const found = (text: string) => figuresOf(text).map((f) => [f.raw, f.value, f.low, f.high, f.qualifier]);

  it('reads two number words one apart, parted by a comma, as a range', () => {
    expect(found('Sometimes we wait three, four days for a message.')).toEqual([['three, four', null, 3, 4, 'range']]);
    expect(found('Six, seven families share one kitchen there.')).toEqual([['Six, seven', null, 6, 7, 'range']]);
  });

  it('reads "nearer", a machine translation\'s "more of" and an estimate put "at" a sum; not "nothing more than"', () => {
    expect(found('Planners reckon the valley now shelters nearer 1.8 million people.')).toEqual([
      ['nearer 1.8 million', 1_800_000, null, null, 'about'],
    ]);
    expect(found('According to the agency, more of 21,000 people left the town.')).toEqual([
      ['more of 21,000', 21_000, 21_000, null, 'more_than'],
    ]);
    expect(found('We estimate the shelter programme at 9 million dollars.')).toEqual([['9 million', 9_000_000, null, null, 'about']]);
    expect(found('The plan asks for nothing more than five days of calm.')).toEqual([['five', 5, 5, 5, 'exact']]);
  });

  it('reads "over" a span closing a clause with a count in it as the time the count took', () => {
    expect(found('Rescuers said some 9,000 people had been moved out of the old town over six days.')).toEqual([
      ['some 9,000', 9000, null, null, 'about'],
      ['six', 6, 6, 6, 'exact'],
    ]);
    expect(found('The families had waited over six days.')).toEqual([['over six', 6, 6, null, 'more_than']]);
  });

  it('counts no temperature, rundown item number, held half of a place, or side of a vote', () => {
    const all = (text: string) => figuresOf(text).map((f) => f.raw);
    expect(all('In the camp near Marand, where 40 families sleep in tents, nights fall below zero.')).toEqual(['40']);
    expect(all('07 STUDIO DISCUSSION')).toEqual([]);
    expect(all('Patrols crossed at dusk into the army-held half of Dorvik.')).toEqual([]);
    expect(all('Valmont presided over the vote, with 118 countries backing a call for a truce.')).toEqual([]);
    expect(all('The motion passed easily with the backing of 118 member states.')).toEqual([]);
    expect(all('On Friday, Norland voted with 117 other States for the resolution.')).toEqual([]);
    expect(all('Norland vetoed a text that would have halted shelling of the port: ten members voted for it.')).toEqual([]);
  });
});

describe('session 34: running counts past a mark, numbers boxes, sittings and peoples', () => {
  const found = (text: string) => figuresOf(text).map((f) => [f.raw, f.value, f.qualifier, f.unit]);

  it('reads a running count that "has passed" a number as more than it, and no bill that passed', () => {
    expect(found('Officials say the number of families who have reached Kessab since Monday has passed 4,200.')).toEqual([
      ['4,200', 4200, 'more_than', 'families'],
    ]);
    expect(found('The agency said the total of people sheltering in the stadium has now exceeded 9,000.')).toEqual([
      ['9,000', 9000, 'more_than', 'people'],
    ]);
    expect(found('The bill passed 61 votes to 4.')).toEqual([]);
  });

  it('reads each line of a numbers box, the count before its colon and what it counts after', () => {
    const box =
      'THE MONTH IN FIGURES\n\nNearly 6,300: people moved out of Qarra by bus\n1,150: children among them\n38: trucks of flour at the depot';
    expect(found(box)).toEqual([
      ['Nearly 6,300', 6300, 'nearly', 'people'],
      ['1,150', 1150, 'exact', 'children'],
      ['38', 38, 'exact', 'trucks'],
    ]);
    expect(found('Agenda item 4: the humanitarian situation, taken at 10:30 in Room 2.')).toEqual([]);
  });

  it('counts meetings, hearings, conferences and submissions, a running time, and a people by its name', () => {
    expect(found('The panel held three public hearings and received nine written submissions.')).toEqual([
      ['three', 3, 'exact', 'public hearings'],
      ['nine', 9, 'exact', 'written submissions'],
    ]);
    expect(found('Dir: Maren Tulk. 112 min. In cinemas Friday.')).toEqual([['112', 112, 'exact', 'min']]);
    expect(found('About 2,300 Filipinos work in the emirate.')).toEqual([['About 2,300', 2300, 'about', 'people']]);
    expect(found('Some 450 faithful filled the cathedral on Sunday.')).toEqual([['Some 450', 450, 'about', 'people']]);
  });

  it('reads "over" a span right after a verb\'s object as the time the act took, not after a verb of lasting', () => {
    expect(found('Tamsin Vey filmed the ward over five months for the series.')).toEqual([['five', 5, 'exact', 'months']]);
    expect(found('The blockade has lasted over five months.')).toEqual([['over five', 5, 'more_than', 'months']]);
    expect(found('It was the first convoy in over five months.')).toEqual([['over five', 5, 'more_than', 'months']]);
  });

  it('counts fighters a relative clause puts a number on', () => {
    expect(found('The envoy spoke of the militants in the old town, whom he estimated at some 700.')).toEqual([
      ['some 700', 700, 'about', 'fighters'],
    ]);
  });
});

describe('session 34: representatives, factories and machines; "the few dozen"; the okina as an apostrophe', () => {
  const found = (text: string) => figuresOf(text).map((f) => [f.raw, f.value, f.qualifier, f.metric]);

  it('counts people by the nouns that name them in office', () => {
    expect(found('Each mission may send three representatives to the briefing.')).toEqual([['three', 3, 'exact', 'people']]);
  });

  it('counts factories, workshops, flats and machines as things', () => {
    expect(found('Nearly 900 workshops in the old souk were burnt out.')).toEqual([['Nearly 900', 900, 'nearly', 'facilities']]);
    expect(found('The parish has furnished four flats in Ostrava for families.')).toEqual([['four', 4, 'exact', 'facilities']]);
    expect(found('The tailors brought five sewing machines with them.')).toEqual([['five', 5, 'exact', 'supplies']]);
  });

  it('reads "the few dozen" as "a few dozen", and a currency whose name has an okina printed as an apostrophe', () => {
    expect(found('The few dozen Iraqi pupils in Lyon sang at the vigil.')).toEqual([['few dozen', null, 'vague', 'people']]);
    expect(found("The Free Church gave 2,500 pa'anga to the appeal.")).toEqual([['2,500', 2500, 'exact', 'funding']]);
  });

  it('reads a span of one after "after" as a duration', () => {
    expect(found('The truce agreed in Vessa fell apart after one week.')).toEqual([['one', 1, 'exact', 'duration']]);
  });
});

describe('session 35: ages said of a person, and a crowd', () => {
  it('reads an age after one name and "is" where the sentence closes on it, not a distance after a place', () => {
    expect(rows('Back at the counter, Mirela sighed. "Tomas is 71. He cannot walk far."')).toEqual([['71', 'age', 'years']]);
    expect(rows('Ostra is 40 kilometres from the border.').map((r) => r[1])).not.toContain('age');
  });

  it('reads an age after "died at" and "at the age of"', () => {
    expect(rows('The poet died at 88 in his home town.')).toEqual([['88', 'age', 'years']]);
    expect(rows('She left school at the age of 14.')).toEqual([['14', 'age', 'years']]);
  });

  it('reads an age set off by commas after a person described by their trade where "who" or "whose" follows', () => {
    expect(rows('The Norland midfielder, 24, whose parents still live in Vessa, scored twice.')).toEqual([['24', 'age', 'years']]);
    expect(rows('A retired baker, 70, who lost his shop, spoke first.')).toEqual([['70', 'age', 'years']]);
  });

  it('counts a crowd by "a crowd of" and by the label of a line of fields parted by bars', () => {
    expect(rows('The players lined up before a crowd of 1,930 on Saturday.').map((r) => r[0])).toEqual(['1,930']);
    expect(rows('Score: 3-1 | Venue: Mill Lane | Attendance: 1,412').map((r) => r[0])).toEqual(['1,412']);
  });
});

describe('a year after a word of time, and the people a gathering holds (s36)', () => {
  it('reads no count in a year after "in", "since" or "until", whatever verb follows', () => {
    expect(rows('The print was made in 2014 by a teacher who left Vessa the next spring.')).toEqual([]);
    expect(rows('In 2013 families fled by the hundred.')).toEqual([]);
    expect(rows('Since 2012, 31,000 people have been killed in the province.').map((r) => r[0])).toEqual(['31,000']);
  });

  it('counts the people of "a crowd of" or "an audience of" as gathered, not as people who moved, nor as halls', () => {
    expect(withCategory('The speeches ended and the crowd of about 240 moved into the side rooms.')).toEqual([
      ['about 240', 'people', 'people', 'count'],
    ]);
    expect(withCategory('An audience of nearly 400 filled the chapel.')).toEqual([['nearly 400', 'people', 'people', 'count']]);
  });

  it('counts people who rallied, marched or gathered as gathered, whatever the words after a comma say of others', () => {
    expect(withCategory('Hundreds of exiles have rallied outside the town hall, demanding help for civilians leaving Vessa.')).toEqual([
      ['Hundreds', 'people', 'exiles', 'count'],
    ]);
    expect(withCategory('About 120 people gathered at the quay, hours after the evacuation of Vessa was suspended.')).toEqual([
      ['About 120', 'people', 'people', 'count'],
    ]);
  });
});

describe('people taken out, a time word after the people counted, and a tally called a vote (s37)', () => {
  it('counts people taken from a place to hospitals as evacuated, not people taken from their homes', () => {
    expect(withCategory('Some 300 patients have been taken from the old town of Vessa to hospitals across the border.')).toEqual([
      ['Some 300', 'evacuated', 'patients', 'humanitarian'],
    ]);
    expect(rows('About 60 men were taken from their homes at night.').map((r) => r[1])).not.toContain('evacuated');
  });

  it('ends the people counted at a time word: "1,200 refugees last month" counts refugees, not months', () => {
    expect(rows('Norland announced a special intake of 1,200 refugees last month.')).toEqual([['1,200', 'displaced', 'refugees']]);
  });

  it('reads no count in the losing side of a tally the sentence calls a vote', () => {
    expect(rows('The council vetoed a seven-day truce; the vote was 11 to 3, with Angola abstaining.').map((r) => r[0])).toEqual([
      'seven-day',
    ]);
  });
});

describe('a number that names a part of a recording or a score, and people "about" something (s37)', () => {
  it('reads no count in "minute 12", "episode 112" or "track 3", and ends the counted phrase at "about"', () => {
    expect(rows('Around minute 12 he describes the crossing at the ring road.')).toEqual([]);
    expect(rows('In episode 112 the host talks to two guests about the last days of the siege.')).toEqual([]);
    expect(rows('On track 3 the choir sings a lament.')).toEqual([]);
  });
});

describe('a running count named by what happened to those counted (s37)', () => {
  it('reads "bringing the number evacuated since Thursday to" as people evacuated, not the buses counted before', () => {
    expect(
      rows(
        'Some 4,500 people left in 75 buses overnight, the monitor said, bringing the number evacuated since Thursday to more than 20,000.',
      ),
    ).toEqual([
      ['Some 4,500', 'moved', 'people'],
      ['75', 'vehicles', 'buses'],
      ['more than 20,000', 'evacuated', 'people'],
    ]);
    expect(rows('The convoy of 40 trucks brought the total to 120.')).toEqual([
      ['40', 'vehicles', 'trucks'],
      ['120', 'vehicles', 'trucks'],
    ]);
  });
});

describe('a second count joined on by "and" shares the verb (s37)', () => {
  it('reads "about 3,000 civilians and 40 wounded left" as civilians who left, the wounded as injured', () => {
    expect(rows('According to the monitor, about 3,000 civilians and 40 wounded left on the first day.')).toEqual([
      ['about 3,000', 'moved', 'civilians'],
      ['40', 'injured', 'people'],
    ]);
  });
});

describe('a count put on a number in quotation marks (s37)', () => {
  it('reads "put the number of wounded at \\"about 400\\"" as the wounded', () => {
    expect(rows('The agency put the number of wounded at "about 400".')).toEqual([['about 400', 'injured', 'people']]);
  });
});

describe('what trade pays, changed by a share (s45)', () => {
  it('reads freight rates and premiums changed by a share as prices, not "birth rates"', () => {
    expect(rows('Freight rates to Tartus have risen by around 10 percent this month.')).toEqual([
      ['around 10', 'price', 'percent increase in freight rates to tartus'],
    ]);
    expect(rows('Rates on the Mersin leg have risen by 15 to 20 percent since November.')).toEqual([
      ['15 to 20', 'price', 'percent increase in rates on the mersin leg'],
    ]);
    expect(rows('Birth rates fell by 10 percent.')).toEqual([]);
  });
});

describe('the findings of a poll are shares of those asked (s46)', () => {
  it('reads each share of a poll report as a percent of respondents, not a plight of those asked about', () => {
    const text =
      'Our latest survey finds most Britons believe the UN has failed. Asked whether the UN had done enough, 71% said it had not and 11% said it had. 64% of respondents agreed that the veto should not be used when civilians are being killed on a large scale. 58% support the UK taking in more refugees, against 27% who oppose it.';
    expect(rows(text)).toEqual([
      ['71', 'opinion', 'percent of respondents'],
      ['11', 'opinion', 'percent of respondents'],
      ['64', 'opinion', 'percent of respondents'],
      ['58', 'opinion', 'percent of respondents'],
      ['27', 'opinion', 'percent of respondents'],
    ]);
  });

  it('leaves a share of something unnamed alone where no poll is reported', () => {
    expect(rows('Asked whether the UN had done enough, 71% said it had not.')).toEqual([]);
  });
});

describe('animals counted are figures of their own (s46)', () => {
  it('reads cats, kittens and pets as animals, not people, with the part of a count the text gives', () => {
    expect(rows('Twenty-three cats, four kittens among them, are safe in a village west of Aleppo.')).toEqual([
      ['Twenty-three', 'animals', 'cats'],
      ['four', 'animals', 'kittens'],
    ]);
    expect(rows('Animal welfare groups estimate that several hundred pets have been left behind in the eastern districts.')).toEqual([
      ['several hundred', 'animals', 'pets'],
    ]);
  });
});

describe('a count put at a number after the question of how many, or of a noun in quotation marks (s59)', () => {
  it('reads "how many remained: ... put the figure at anywhere from 30,000 to 50,000" as people trapped, a range', () => {
    expect(
      qualified('Nobody could say for certain how many remained: UN officials put the figure at anywhere from 30,000 to 50,000.'),
    ).toEqual([['from 30,000 to 50,000', null, 30000, 50000, 'range']]);
    expect(rows('Nobody could say for certain how many remained: UN officials put the figure at anywhere from 30,000 to 50,000.')).toEqual([
      ['from 30,000 to 50,000', 'trapped', 'people'],
    ]);
  });
  it('reads "put the number of \\"militants\\" still inside the enclave at between 3,000 and 4,000" as fighters', () => {
    expect(rows('The ministry put the number of "militants" still inside the enclave at between 3,000 and 4,000.')).toEqual([
      ['between 3,000 and 4,000', 'fighters', 'fighters'],
    ]);
  });
});

describe('a part of a count told before the whole, and people under arms (s60)', () => {
  it('reads "about 900 of the roughly 8,000 armed men" as fighters, the part and the whole', () => {
    expect(rows('The envoy estimated that about 900 of the roughly 8,000 armed men in the east belonged to the group.')).toEqual([
      ['about 900', 'fighters', 'armed men'],
      ['roughly 8,000', 'fighters', 'armed men'],
    ]);
  });
  it('reads "900 of the 8,000 rebels" as fighters, the part as the whole', () => {
    expect(rows('He said 900 of the 8,000 rebels in the east belong to the group.')).toEqual([
      ['900', 'fighters', 'fighters'],
      ['8,000', 'fighters', 'fighters'],
    ]);
  });
});

describe('bounds and estimates told in words the lists lacked (s60)', () => {
  it('reads "a dozen" as about twelve', () => {
    expect(qualified('A dozen people were killed in the strike.')).toEqual([['A dozen', 12, null, null, 'about']]);
    // Near miss: bounded after it, it keeps the bound.
    expect(qualified('Warships made 20 transits a month this autumn, against a dozen or fewer in the spring.')).toEqual([
      ['20', 20, 20, 20, 'exact'],
      ['a dozen', 12, null, 12, 'at_most'],
    ]);
  });
  it('reads "as long as 16 hours" as at most and "in the region of 35,000" as about', () => {
    expect(qualified('Convoys waited as long as 16 hours at the crossing.')).toEqual([['as long as 16', 16, null, 16, 'at_most']]);
    expect(qualified('Aid agencies said that in the region of 35,000 people had been evacuated.')).toEqual([
      ['in the region of 35,000', 35000, null, null, 'about'],
    ]);
    // A count "was" a number in quotation marks, with a date among the words that say which of them were counted.
    expect(
      qualified('The ICRC said that the total number of people evacuated from the enclave since Dec. 15 was "in the region of 35,000".'),
    ).toEqual([['in the region of 35,000', 35000, null, null, 'about']]);
  });
});

describe('a line led by its number and a colon, what it counts after (s61)', () => {
  it('reads "Around 8,000: People who ... left the east" and "Nearly 2,000: Fighters still inside the pocket"', () => {
    const text =
      "By the numbers\n\nAround 8,000: People who, by the ministry's count, left the east through the corridors on Monday alone.\n\nNearly 2,000: Fighters still inside the pocket, according to the rebels themselves.";
    expect(qualified(text).map(([raw, value, , , qualifier]) => [raw, value, qualifier])).toEqual([
      ['Around 8,000', 8000, 'about'],
      ['Nearly 2,000', 2000, 'nearly'],
    ]);
    expect(rows(text).map(([, , unit]) => unit)).toEqual(['people', 'fighters']);
    // Near miss: a number inside a sentence before a colon is no such line.
    expect(rows('The council heard from 12: a doctor, a teacher and ten others.').map(([raw]) => raw)).toEqual(['ten']);
  });
});

describe('a qualified number with no noun, whose sentence does not say what it counts (s64)', () => {
  it('reads "at more than 450", "a lower one of about 9,500" and "ranged from 20,000 to 40,000" as figures', () => {
    expect(qualified('Relief Watch puts the civilian toll of the offensive since November 15 at more than 450.')).toEqual([
      ['more than 450', 450, 450, null, 'more_than'],
    ]);
    expect(qualified('Sweden has given a higher figure; Norland a lower one of about 9,500.')).toEqual([
      ['about 9,500', 9500, null, null, 'about'],
    ]);
    expect(qualified('Omar Haddad said that estimates ranged from 20,000 to 40,000.')).toEqual([
      ['from 20,000 to 40,000', null, 20000, 40000, 'range'],
    ]);
    const [figure] = extractArticle({
      text: 'Maria Lindqvist said there may now be no more than 30.',
      publishedOn: '2016-12-14',
      gazetteer: testGazetteer,
    }).figures;
    expect([figure?.raw, figure?.qualifier, figure?.humanitarian, figure?.basis]).toEqual([
      'no more than 30',
      'at_most',
      false,
      'qualified-alone',
    ]);
  });
  it('leaves a bare number, "over" before a word number and a range of small numbers unread', () => {
    expect(qualified('The Council split over two rival drafts on Saturday.')).toEqual([]);
    expect(qualified('Peter Okafor said the answer was 450.')).toEqual([]);
    expect(qualified('The amendments are set out in paragraphs 6 to 8.')).toEqual([]);
  });
});

describe('a percentage of a whole no metric reads (s64)', () => {
  it('reads "nearly 60 percent of the newly damaged structures" as a figure', () => {
    expect(qualified('Relief Watch said Sakhour accounts for nearly 60 percent of the newly damaged structures.')).toEqual([
      ['nearly 60', 60, null, 60, 'nearly'],
    ]);
  });
  it('leaves "half of" a whole unread', () => {
    expect(qualified('Omar Haddad said that half of the new grant would go to the Red Cross.')).toEqual([]);
  });
});

describe('texts a veto struck down, with words saying which or told after them (s65)', () => {
  it('counts "four other Ostra drafts", "six earlier Council texts", "two vetoed drafts" and drafts "now blocked" as vetoes (s65)', () => {
    expect(rows('Norland has vetoed four other Ostra drafts since 2012.')).toEqual([['four', 'vetoes', 'drafts']]);
    expect(rows('Sweden, which had vetoed six earlier Council texts on the war, abstained.')).toEqual([['six', 'vetoes', 'drafts']]);
    expect(rows('The autumn ended with two vetoed drafts and one unanimous vote.')).toEqual([['two', 'vetoes', 'drafts']]);
    expect(rows('Seven drafts on Ostra have now been blocked in this chamber.')).toEqual([['Seven', 'vetoes', 'drafts']]);
  });
  it('leaves the drafts of one vote unread, vetoed or not (s65)', () => {
    expect(figuresOf('The two drafts were vetoed on Saturday.')).toEqual([]);
    expect(figuresOf('Norland vetoed the two drafts on Saturday.')).toEqual([]);
    expect(figuresOf('On Friday the council voted on two rival drafts.')).toEqual([]);
  });
});

describe('a span of years is no count (s65)', () => {
  it('leaves "from 2009 to 2011" and "between 2012 and 2014" unread, keeps a range of patients (s65)', () => {
    expect(rows('Peter Okafor, 29, who studied medicine in Ostra from 2009 to 2011, follows the news.')).toEqual([['29', 'age', 'years']]);
    expect(rows('Omar Haddad, 41, served on the council staff between 2012 and 2014.')).toEqual([['41', 'age', 'years']]);
    expect(figuresOf('The clinic treated from 1500 to 2000 patients a month.').map((f) => [f.raw, f.low, f.high])).toEqual([
      ['from 1500 to 2000', 1500, 2000],
    ]);
  });
});

describe('some of a body by their seat (s66)', () => {
  it('reads members of one kind of seat as some of the body, not its size (s66)', () => {
    expect(rows('Maria Lindqvist said two permanent members had once again chosen to shield the regime.')).toEqual([
      ['two', 'member_states', 'states'],
    ]);
    expect(rows("The vote left the council's three African members divided over the bombing.")).toEqual([
      ['three', 'member_states', 'states'],
    ]);
    expect(rows('The five incoming members will meet in Lakehaven on Thursday.')).toEqual([['five', 'member_states', 'states']]);
    // The permanent members are five: that is the size of the seat. "The two" refers back to two named before; a
    // veto by some of them is the side of a vote, recorded with the vote.
    expect(figuresOf("The Council's five permanent members must not use the veto.")).toEqual([]);
    expect(figuresOf('Sweden and Norland, the two permanent members using their veto, were criticised.')).toEqual([]);
    expect(figuresOf('In the Council on Monday, two permanent members blocked the text.')).toEqual([]);
  });
});

describe('more of the count before it (s66)', () => {
  it('reads a number after "another" or "a further" as more of the count before it (s66)', () => {
    expect(rows('The agency has about 100 staff in Lakehaven and could send a further 30 within days.')).toEqual([
      ['about 100', 'staff', 'workers'],
      ['30', 'staff', 'workers'],
    ]);
    expect(rows('The agency has around 100 staff in Lakehaven, Omar Haddad said. It wants to send another 20.')).toEqual([
      ['around 100', 'staff', 'workers'],
      ['20', 'staff', 'workers'],
    ]);
    // With no count before it, "another" alone says nothing of what is counted.
    expect(figuresOf('The agency could send another 30 within days.')).toEqual([]);
  });
});

describe('a little under a number (s66)', () => {
  it('reads "a little under", "slightly under" and "just below" as nearly the number, "under" alone as at most (s66)', () => {
    expect(qualified('For a little under three hours, the crowd stood in the square in Lakehaven.')).toEqual([
      ['a little under three', 3, null, 3, 'nearly'],
    ]);
    expect(qualified('The camp in Norland held slightly under 2,000 people and just below 1,500 tents.')).toEqual([
      ['slightly under 2,000', 2000, null, 2000, 'nearly'],
      ['just below 1,500', 1500, null, 1500, 'nearly'],
    ]);
    expect(qualified('In Norland under 1,000 families remain.')).toEqual([['under 1,000', 1000, null, 1000, 'at_most']]);
  });
});

describe('lives lost or at stake (s68)', () => {
  it('reads lives a number says were lost as killed, and lives at stake as people (s68)', () => {
    expect(rows('The war in Norland has claimed more than 300,000 lives, Omar Haddad said.')).toEqual([
      ['more than 300,000', 'killed', 'lives'],
    ]);
    expect(rows('It was a siege of Lakehaven that cost thousands of lives.')).toEqual([['thousands', 'killed', 'lives']]);
    expect(rows('Maria Lindqvist said the shelling of Lakehaven threatens thousands of innocent lives.')).toEqual([
      ['thousands', 'people', 'lives'],
    ]);
    expect(rows('"Tens of thousands of lives depend on how fast we move," Maria Lindqvist said.')).toEqual([
      ['Tens of thousands', 'people', 'lives'],
    ]);
    // Lives saved did not end, and "two lives" a person lived are no count of people.
    expect(figuresOf('The deal saved thousands of lives, Peter Okafor said.')).toEqual([]);
    expect(figuresOf('She has lived two lives, one in Sweden and one in Norland.')).toEqual([]);
  });
});

describe('an age after one name, set off by commas (s68)', () => {
  it('reads the age of one name that a verb or a kin word follows (s68)', () => {
    expect(rows('Omar, 36, is an orthopaedic surgeon in Lakehaven.')).toEqual([['36', 'age', 'years']]);
    expect(rows('Salma, 34, left Lakehaven on Thursday.')).toEqual([['34', 'age', 'years']]);
    expect(rows('Rasha, 37, her husband Karim Haddad, 44, and their four children came to Sweden last year.').slice(0, 2)).toEqual([
      ['37', 'age', 'years'],
      ['44', 'age', 'years'],
    ]);
    // A place before a number set off by commas is no person.
    expect(rows('In Lakehaven, 12, is the number of clinics.').filter((r) => r[1] === 'age')).toEqual([]);
  });
});

describe('an age turned on a day (s68)', () => {
  it('reads a number after "turns" or "would have been" and before the day as an age (s68)', () => {
    expect(rows('Maria Lindqvist, who turns 70 next month, has led the agency since 2014.')).toEqual([['70', 'age', 'years']]);
    expect(rows('Karim was 22; Omar would have been 21 in January.')).toEqual([
      ['22', 'age', 'years'],
      ['21', 'age', 'years'],
    ]);
    // "was" before a day is no turning of an age.
    expect(rows('Sweden was 12 in March.')).toEqual([]);
  });
});

describe('"one" as the time a trip takes (s69)', () => {
  it('counts "takes one hour", "took one day" as a duration, not a trip that did not take one hour', () => {
    expect(rows('The convoy spent 14 hours on a road that normally takes one hour.').filter(([raw]) => raw === 'one')).toEqual([
      ['one', 'hours', 'hours'],
    ]);
    expect(rows('The crossing to Lakehaven took one day.')).toEqual([['one', 'duration', 'day']]);
    // Emphasis, as "did not stop for one hour" is.
    expect(figuresOf('The crossing did not take one hour.')).toEqual([]);
  });
});
