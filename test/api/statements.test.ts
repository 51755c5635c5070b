import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/schemas/statement.js';
import { type Page, useTestApp } from '../helpers/app.js';

const app = useTestApp();

const list = async (query: string) => {
  const response = await app.inject({ url: `/v1/statements?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page<Statement>;
};

describe('GET /v1/statements', () => {
  it('statements by Sergei Lavrov are exactly his, each with the words in the article', async () => {
    const { data } = await list('speaker=sergei-lavrov&limit=500');
    expect(data.length).toBeGreaterThanOrEqual(5);
    for (const statement of data) {
      expect(statement.speaker).toEqual({ id: 'sergei-lavrov', name: 'Sergei Lavrov' });
      expect(statement.evidence.length).toBeGreaterThan(0);
    }
    expect(data.map((s) => s.text).join(' ')).toContain('I did not say that the military operations were completely stopped.');
    // ...and nobody else's: every statement whose speaker is Lavrov is in the answer.
    const all = await list('limit=500');
    expect(all.data.filter((s) => s.speaker.id === 'sergei-lavrov').map((s) => s.id)).toEqual(data.map((s) => s.id));
  });

  it('a date range keeps to its range, inclusive, in chronological order', async () => {
    const { data } = await list('from=2016-12-02&to=2016-12-08&limit=500');
    expect(data.length).toBeGreaterThan(0);
    for (const s of data) {
      expect(s.said_on && s.said_on >= '2016-12-02' && s.said_on <= '2016-12-08', `${s.id} said ${s.said_on}`).toBe(true);
    }
    const dates = data.map((s) => s.said_on ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(dates).toContain('2016-12-02');
    expect(dates).toContain('2016-12-08');
  });

  it('q finds "moral majority" (Matthew Rycroft, 9 December 2016)', async () => {
    const { data } = await list('q=moral%20majority');
    expect(data.length).toBeGreaterThanOrEqual(1);
    expect(data[0]?.speaker.id).toBe('matthew-rycroft');
    expect(data[0]?.text).toContain('moral majority');
  });

  it('q treats search syntax as words and never throws', async () => {
    for (const q of ['"', 'NEAR(', 'moral OR', '-majority', "'); DROP TABLE statements; --", 'a*', 'x AND (y']) {
      const response = await app.inject({ url: `/v1/statements?q=${encodeURIComponent(q)}` });
      expect([200, 400], `q=${q}`).toContain(response.statusCode);
    }
  });

  it('filters combine (AND) and comma-separated values mean any of them', async () => {
    const both = await list('speaker=sergei-lavrov,samantha-power&limit=500');
    const speakers = new Set(both.data.map((s) => s.speaker.id));
    expect(speakers).toEqual(new Set(['sergei-lavrov', 'samantha-power']));
    const partialLavrov = await list('speaker=sergei-lavrov&kind=partial');
    for (const s of partialLavrov.data) expect([s.speaker.id, s.kind]).toEqual(['sergei-lavrov', 'partial']);
  });

  it('source keeps to statements with evidence in that article', async () => {
    const { data } = await list('source=hrf-2016-12-06-russia-vetoes-ceasefire&limit=500');
    expect(data.length).toBeGreaterThan(0);
    for (const s of data) expect(s.evidence.map((e) => e.source_id)).toContain('hrf-2016-12-06-russia-vetoes-ceasefire');
  });

  it('paging by 2 walks every record exactly once, in order', async () => {
    const everything = (await list('limit=500')).data.map((s) => s.id);
    const walked: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page<Statement> = await list(`limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.data.length).toBeLessThanOrEqual(2);
      expect(page.page.limit).toBe(2);
      walked.push(...page.data.map((s) => s.id));
      cursor = page.page.next_cursor;
      pages += 1;
    } while (cursor && pages < 1000);
    expect(walked).toEqual(everything);
    expect(new Set(walked).size).toBe(walked.length);
    expect(pages).toBe(Math.ceil(everything.length / 2));
  });

  it('the single view embeds the articles that report the statement', async () => {
    const response = await request(app.server).get('/v1/statements/rycroft-2016-12-09-too-little-too-late').expect(200);
    expect(response.body.speaker.id).toBe('matthew-rycroft');
    expect(response.body.sources).toEqual([
      expect.objectContaining({ id: 'voa-2016-12-09-russia-resumes-bombings', publisher: 'VOA News' }),
    ]);
    const source = await request(app.server).get('/v1/sources/voa-2016-12-09-russia-resumes-bombings').expect(200);
    for (const span of response.body.evidence) expect(source.body.text.slice(span.start, span.end)).toBe(span.quote);
  });
});

describe('full-text search ranking and paging', () => {
  it('search alone and search with a filter every hit passes rank the same, and paging one by one walks that order', async () => {
    for (const q of ['aleppo', 'russia', 'civilians']) {
      const alone = (await list(`q=${q}&limit=500`)).data.map((s) => s.id);
      const filtered = (await list(`q=${q}&kind=direct,partial,indirect&limit=500`)).data.map((s) => s.id);
      expect(alone.length, q).toBeGreaterThan(2);
      expect(filtered, q).toEqual(alone);
      const walked: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<Statement> = await list(`q=${q}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        walked.push(...page.data.map((s) => s.id));
        cursor = page.page.next_cursor;
      } while (cursor && walked.length <= alone.length);
      expect(walked, q).toEqual(alone);
    }
  });
});
