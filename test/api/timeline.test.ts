/** The timeline a newsroom builds from: dated events and votes in order, statements on request, and TimelineJS. */
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src/schemas/timeline.js';
import { getJson, testApp, useTestApp } from '../helpers/app.js';

const app = useTestApp();

const get = (url: string) => getJson(app, url);
const entries = async (url: string): Promise<TimelineEntry[]> => (await get(url)).data;
const key = (e: TimelineEntry) => `${e.kind}/${e.id}`;

describe('/v1/timeline', () => {
  it('holds every dated event and vote, in date order, and no statement unless asked', async () => {
    const all = await entries('/v1/timeline?limit=500');
    const events = (await get('/v1/events?limit=500')).data.filter((e: { date_start: string | null }) => e.date_start !== null);
    const votes = (await get('/v1/votes?limit=500')).data.filter((v: { voted_on: string | null }) => v.voted_on !== null);
    expect(all.map(key).sort()).toEqual(
      [...events.map((e: { id: string }) => `event/${e.id}`), ...votes.map((v: { id: string }) => `vote/${v.id}`)].sort(),
    );
    const dates = all.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(all.some((e) => e.kind === 'statement')).toBe(false);
    const withStatements = await entries('/v1/timeline?limit=500&include=statements');
    expect(withStatements.filter((e) => e.kind === 'statement').length).toBeGreaterThan(10);
  });

  it('the 5 December veto: the event and the vote, with who vetoed and the articles that report it', async () => {
    const day = await entries('/v1/timeline?from=2016-12-05&to=2016-12-05&type=veto,security_council');
    expect(day.map(key)).toEqual(['event/2016-12-05-sc-veto-aleppo', 'vote/2016-12-05-sc-aleppo-ceasefire-draft']);
    const vote = day[1] as TimelineEntry;
    expect(vote.summary).toMatch(/^Not adopted: vetoed by (Russia and China|China and Russia)\./);
    expect(vote.source_ids.sort()).toEqual(['hrf-2016-12-06-russia-vetoes-ceasefire', 'voa-2016-12-09-russia-resumes-bombings']);
    expect(vote.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['russia', 'china', 'venezuela']));
  });

  it('filters by actor across kinds: Lavrov’s events and his statements', async () => {
    const lavrov = await entries('/v1/timeline?actor=sergei-lavrov&include=statements&limit=500');
    expect(new Set(lavrov.map((e) => e.kind))).toEqual(new Set(['event', 'statement']));
    for (const entry of lavrov) expect(entry.actors.map((a) => a.id)).toContain('sergei-lavrov');
  });

  it('October includes the siege that began in July (span overlap), and q narrows by words', async () => {
    expect((await entries('/v1/timeline?from=2016-10-01&to=2016-10-31&limit=500')).map(key)).toContain(
      'event/2016-07-07-siege-eastern-aleppo',
    );
    const ceasefire = await entries('/v1/timeline?q=ceasefire&limit=500');
    expect(ceasefire.map(key)).toContain('vote/2016-12-05-sc-aleppo-ceasefire-draft');
    expect(ceasefire.map(key)).not.toContain('event/2016-07-07-siege-eastern-aleppo');
  });

  it('pages of 2 walk the same entries as one page, in both directions', async () => {
    for (const sort of ['date', '-date']) {
      const whole = (await entries(`/v1/timeline?include=statements&limit=500&sort=${sort}`)).map(key);
      const walked: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { data: TimelineEntry[]; page: { next_cursor: string | null } } = await get(
          `/v1/timeline?include=statements&limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        walked.push(...page.data.map(key));
        cursor = page.page.next_cursor;
      } while (cursor);
      expect(walked).toEqual(whole);
    }
  });

  it('answers CSV with actors and sources flattened', async () => {
    const response = await app.inject({ url: '/v1/timeline?format=csv&type=veto' });
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.body.split('\r\n')[0]).toBe(
      'date,date_end,precision,basis,kind,id,type,title,summary,actors.id,actors.name,source_ids',
    );
  });
});

describe('format=timelinejs', () => {
  it('is one TimelineJS3 document: numeric dates, no day for month precision, sources cited with publisher, date and link', async () => {
    const document = await get('/v1/timeline?format=timelinejs&include=statements');
    const all = await entries('/v1/timeline?include=statements&limit=500');
    expect(document.title.text.headline).toMatch(/Aleppo/);
    expect(document.events.map((e: { unique_id: string }) => e.unique_id)).toEqual(all.map((e) => `${e.kind}-${e.id}`));
    expect(new Set(document.events.map((e: { unique_id: string }) => e.unique_id)).size).toBe(document.events.length);
    const siege = document.events.find((e: { unique_id: string }) => e.unique_id === 'event-2016-07-07-siege-eastern-aleppo');
    expect(siege.start_date).toEqual({ year: 2016, month: 7, day: 7 });
    expect(siege.end_date).toEqual({ year: 2016, month: 12, day: 3 });
    expect(siege.text.text).toContain('<a href="https://www.voanews.com/');
    expect(siege.text.text).toMatch(/Voice of America, 2016-10-20/);
    // "for weeks" before 6 December: known only to the month of November.
    const weeks = document.events.find(
      (e: { unique_id: string }) => e.unique_id === 'event-2016-12-06-eastern-aleppo-bombardment-for-weeks',
    );
    expect(weeks.start_date).toEqual({ year: 2016, month: 11 });
    for (const event of document.events) {
      expect(Number.isInteger(event.start_date.year)).toBe(true);
      expect(event.text.headline.length).toBeGreaterThan(0);
      expect(['Events', 'UN votes', 'Statements']).toContain(event.group);
    }
  });

  it('over the bound, a 400 that says so', async () => {
    const small = await testApp({ timelinejsMaxEntries: 3 });
    try {
      const response = await small.inject({ url: '/v1/timeline?format=timelinejs' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ parameter: 'format' });
      expect(response.json().detail).toMatch(/at most 3 entries/);
      expect((await small.inject({ url: '/v1/timeline?format=timelinejs&type=veto' })).statusCode).toBe(200);
    } finally {
      await small.close();
    }
  });
});
