/** from/to by the span of an event, and within= over the location hierarchy: what a newsroom asks for. */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';

const app = useTestApp();

const ids = async (url: string): Promise<string[]> => {
  const response = await app.inject({ url });
  expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
  return response.json().data.map((r: { id: string }) => r.id);
};

describe('events from/to: the span overlaps the range', () => {
  it('October 2016 includes the siege that began on 7 July', async () => {
    const october = await ids('/v1/events?from=2016-10-01&to=2016-10-31&limit=500');
    expect(october).toContain('2016-07-07-siege-eastern-aleppo');
    expect(october).toContain('2016-10-08-sc-veto-aleppo');
    expect(october).not.toContain('2016-12-05-sc-veto-aleppo');
  });

  it('a span reaching into the range from before matches; one ending before it does not', async () => {
    // The exodus ran from 25 November to 9 December.
    expect(await ids('/v1/events?from=2016-12-09&to=2016-12-09&type=displacement')).toEqual(['2016-11-25-eastern-aleppo-exodus-two-weeks']);
    // The siege is recorded up to 3 December, the last day an article attests it.
    expect(await ids('/v1/events?from=2016-12-03&type=siege')).toEqual(['2016-07-07-siege-eastern-aleppo']);
    expect(await ids('/v1/events?from=2016-12-04&type=siege')).toEqual([]);
    expect(await ids('/v1/events?to=2016-07-06&limit=500')).toEqual([]);
  });

  it('an event from November (month precision) to 6 December matches mid-November', async () => {
    // "for weeks" before 6 December: start November 2016 (month precision), end 6 December.
    expect(await ids('/v1/events?to=2016-11-15&from=2016-11-10&type=bombardment')).toEqual([
      '2016-12-06-eastern-aleppo-bombardment-for-weeks',
    ]);
  });

  it('an event with no start date never matches a range', async () => {
    // The October bombing has an end (the pause of 20 October) but the text gives no start.
    expect(await ids('/v1/events?from=2016-10-01&limit=500')).not.toContain('2016-10-20-eastern-aleppo-bombing');
    expect(await ids('/v1/events?to=2016-12-31&limit=500')).not.toContain('2016-10-20-eastern-aleppo-bombing');
  });

  it('paging through a range gives the same events as one page', async () => {
    const all = await ids('/v1/events?from=2016-10-15&to=2016-12-02&limit=500');
    const paged: string[] = [];
    let url: string | null = '/v1/events?from=2016-10-15&to=2016-12-02&limit=3';
    while (url) {
      const body: { data: { id: string }[]; page: { next_cursor: string | null } } = (await app.inject({ url })).json();
      paged.push(...body.data.map((e) => e.id));
      url = body.page.next_cursor ? `/v1/events?from=2016-10-15&to=2016-12-02&limit=3&cursor=${body.page.next_cursor}` : null;
    }
    expect(paged).toEqual(all);
    expect(all).toContain('2016-07-07-siege-eastern-aleppo');
  });
});

describe('within: a place and every place inside it', () => {
  it('figures within Aleppo include eastern Aleppo’s; location=aleppo stays exact', async () => {
    const within = await ids('/v1/figures?within=aleppo&limit=500');
    expect(within).toContain('2016-12-02-de-mistura-trapped-40000');
    expect(within).toContain('2016-12-monitors-moved-west-18000');
    expect(within).toContain('2016-12-03-russia-demands-900-jafsh-fighters-leave');
    expect(await ids('/v1/figures?location=aleppo&limit=500')).toEqual(['2016-12-03-russia-demands-900-jafsh-fighters-leave']);
  });

  it('events within eastern Aleppo include its neighbourhood Kadi Askar; within Syria covers both', async () => {
    const east = await ids('/v1/events?within=eastern-aleppo&limit=500');
    expect(east).toContain('2016-11-30-kadi-askar-residents-flee');
    expect(east).toContain('2016-07-07-siege-eastern-aleppo');
    expect(east).not.toContain('2016-11-30-jibrin-shelter-displaced');
    const syria = await ids('/v1/events?within=syria&limit=500');
    expect(syria).toEqual(expect.arrayContaining([...east, '2016-11-30-jibrin-shelter-displaced']));
  });

  it('statements within a country cover the cities in it', async () => {
    const hamburg = await ids('/v1/statements?place=hamburg&limit=500');
    expect(hamburg.length).toBeGreaterThan(0);
    expect(await ids('/v1/statements?within=germany&limit=500')).toEqual(expect.arrayContaining(hamburg));
  });

  it('an unknown place is a 400 naming within', async () => {
    const response = await app.inject({ url: '/v1/figures?within=alepo' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ parameter: 'within' });
  });
});
