import { Eta } from 'eta';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import * as words from '../../src/pages/words.js';
import type { Evidence } from '../../src/schemas/common.js';
import type { SourceDetail } from '../../src/schemas/source.js';
import { getJson, testApp, useTestApp } from '../helpers/app.js';
import { buildHostileLedger, HOSTILE } from './hostile-ledger.js';
import { articleText, decode, marksIn } from './html.js';

const app = useTestApp();

const json = <T>(url: string): Promise<T> => getJson<T>(app, url);

const PAGES = {
  home: { url: '/explore', api: '/v1/sources' },
  search: { url: '/explore/search?q=moral+majority', api: '/v1/statements?q=moral+majority' },
  source: { url: '/explore/sources/voa-2016-12-09-russia-resumes-bombings', api: '/v1/sources/voa-2016-12-09-russia-resumes-bombings' },
  event: { url: '/explore/events/2016-12-05-sc-veto-aleppo', api: '/v1/events/2016-12-05-sc-veto-aleppo' },
  statement: {
    url: '/explore/statements/rycroft-2016-12-09-too-little-too-late',
    api: '/v1/statements/rycroft-2016-12-09-too-little-too-late',
  },
  vote: { url: '/explore/votes/2016-12-05-sc-aleppo-ceasefire-draft', api: '/v1/votes/2016-12-05-sc-aleppo-ceasefire-draft' },
  figure: { url: '/explore/figures/2016-12-02-de-mistura-trapped-40000', api: '/v1/figures/2016-12-02-de-mistura-trapped-40000' },
  actor: { url: '/explore/actors/sergei-lavrov', api: '/v1/actors/sergei-lavrov' },
  quantities: { url: '/explore/quantities', api: '/v1/quantities' },
  quantity: { url: '/explore/quantities/eastern-aleppo-trapped-2016-12', api: '/v1/quantities/eastern-aleppo-trapped-2016-12' },
  timeline: { url: '/explore/timeline?from=2016-12-01&to=2016-12-31', api: '/v1/timeline?from=2016-12-01&to=2016-12-31' },
};

describe('explorer pages', () => {
  it.each(Object.entries(PAGES))('the %s page is an HTML page with a title, landmarks and a link to its JSON', async (_kind, page) => {
    const reply = await app.inject(page.url);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(reply.body).toMatch(/<title>[^<]+ · Aleppo Ledger explorer<\/title>/);
    for (const landmark of ['<header', '<nav', '<main id="main"', '<footer']) expect(reply.body).toContain(landmark);
    expect(reply.body).toContain(`href="${page.api.replaceAll('&', '&amp;')}"`);
    expect((await app.inject(page.api)).statusCode).toBe(200);
  });

  it('pages run no script and take styles only from files: a strict CSP, and no inline style or script in the markup', async () => {
    for (const page of Object.values(PAGES)) {
      const reply = await app.inject(page.url);
      const csp = String(reply.headers['content-security-policy']);
      expect(csp).toContain("script-src 'none'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(reply.body).not.toMatch(/<script|\sstyle=|<style|\son[a-z]+=/i);
    }
    // The API keeps its own policy, which lets Swagger UI run.
    expect(String((await app.inject('/docs/')).headers['content-security-policy'])).not.toContain("script-src 'none'");
  });

  it('the stylesheet is served from the app, named by its content', async () => {
    const home = await app.inject('/explore');
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(home.body)?.[1] ?? '';
    expect(href).toMatch(/^\/explore\/assets\/explorer\.[0-9a-f]{10}\.css$/);
    const css = await app.inject(href);
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toContain('@media print');
  });

  it('pages carry an ETag and Cache-Control like the API, and If-None-Match answers 304', async () => {
    const first = await app.inject(PAGES.statement.url);
    expect(first.headers.etag).toMatch(/^"/);
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    const again = await app.inject({ url: PAGES.statement.url, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });
});

describe('the article reader', () => {
  it('has exactly one <mark> per evidence span of the article, with the offsets the API gives, and the text intact', async () => {
    const { data: sources } = await json<{ data: { id: string }[] }>('/v1/sources');
    expect(sources.length).toBe(5);
    for (const { id } of sources) {
      const source = await json<SourceDetail>(`/v1/sources/${id}`);
      const expected: string[] = [];
      for (const [list, type] of [
        ['events', 'event'],
        ['statements', 'statement'],
        ['votes', 'vote'],
        ['figures', 'figure'],
      ] as const) {
        for (const record of source.records[list]) {
          const { evidence } = await json<{ evidence: Evidence[] }>(`/v1/${list}/${record.id}`);
          evidence.forEach((e, seq) => {
            if (e.source_id === id) expected.push(`${type} ${record.id} ${e.start}-${e.end} #${type}-${record.id}-${seq + 1}`);
          });
        }
      }
      const page = await app.inject(`/explore/sources/${id}`);
      const marks = marksIn(page.body);
      const seen = marks.map((m) => `${m.recordType} ${m.recordId} ${m.start}-${m.end} #${m.id}`);
      expect(seen.sort(), id).toEqual(expected.sort());
      expect(new Set(marks.map((m) => m.id)).size).toBe(marks.length);
      expect(articleText(page.body), id).toBe(source.text);
    }
  });

  it('shows every passage the curators left out, with their reason', async () => {
    const source = await json<SourceDetail>('/v1/sources/metro-2016-12-01-rights-groups-emergency-session');
    expect(source.exclusions.length).toBeGreaterThan(0);
    const page = decode((await app.inject('/explore/sources/metro-2016-12-01-rights-groups-emergency-session')).body);
    for (const exclusion of source.exclusions) expect(page).toContain(`“${exclusion.quote}”</a>: ${exclusion.reason}`);
  });
});

describe('record pages', () => {
  it('link each evidence quote to its <mark> in the article', async () => {
    const statement = await app.inject(PAGES.statement.url);
    const links = [...statement.body.matchAll(/<a class="evidence-quote" href="\/explore\/sources\/([^#"]+)#([^"]+)">([^<]*)<\/a>/g)];
    expect(links.length).toBe(3);
    for (const [, sourceId, markId, quote] of links) {
      const article = await app.inject(`/explore/sources/${sourceId}`);
      const mark = marksIn(article.body).find((m) => m.id === markId);
      expect(mark, markId).toBeDefined();
      const source = await json<SourceDetail>(`/v1/sources/${sourceId}`);
      expect(source.text.slice(mark?.start, mark?.end)).toBe(decode(quote as string));
    }
  });

  it('the 5 December vote shows Russia and China as vetoes', async () => {
    const body = decode((await app.inject(PAGES.vote.url)).body);
    const vetoes = [...body.matchAll(/<li class="member member-veto"><a href="\/explore\/actors\/([a-z-]+)">/g)].map((m) => m[1]);
    expect(vetoes.sort()).toEqual(['china', 'russia']);
    expect(body).toContain('vetoed by <strong class="vetoed-by">Russia and China</strong>');
  });

  it('a vote still to come says when it is expected, not when it was voted', async () => {
    const held = decode((await app.inject(PAGES.vote.url)).body);
    expect(held).toContain('<p class="record-when">Voted: ');
    const pending = decode((await app.inject('/explore/votes/2016-12-09-ga-aleppo-resolution')).body);
    expect(pending).toContain('Outcome: <strong>Pending</strong>');
    expect(pending).toContain('<p class="record-when">Expected: ');
    expect(pending).not.toContain('Voted: ');
    // Nothing is known of how the members will vote: the page says so instead of three empty columns.
    expect(pending).toContain('How the members said they would vote');
    expect(pending).toContain('Not voted yet when the articles were written');
    expect(pending).not.toContain('(number not known)');
    expect(held).not.toContain('Not voted yet');
  });

  it('a date the text does not give is not said to be worked out from the text', () => {
    // A vote still to come with no day (drafted by ingest since s18): "Date unknown", with no basis for a date it lacks.
    const when = new Eta({ views: 'src/pages/templates', autoEscape: true });
    const unknown = when.render('./when', { w: words, date: null, end: null, precision: 'unknown', basis: 'relative', note: null });
    expect(unknown).toContain('Date unknown');
    expect(unknown).toContain('(the text gives no date)');
    expect(unknown).not.toContain('worked out from words');
    const dated = when.render('./when', { w: words, date: '2016-12-05', end: null, precision: 'day', basis: 'relative', note: null });
    expect(dated).toContain('worked out from words');
  });

  it('dates are in words with their precision and basis', async () => {
    const body = decode((await app.inject(PAGES.statement.url)).body);
    expect(body).toContain('<time datetime="2016-12-09">9 December 2016</time>');
    expect(body).toContain("only the article's date is known");
  });

  it('a figure is named by its printed words and its unit, never with the counted noun twice', async () => {
    const heading = async (id: string) =>
      decode(/<h1 id="record-title">([\s\S]*?)<\/h1>/.exec((await app.inject(`/explore/figures/${id}`)).body)?.[1] ?? '');
    // The words stop at the number: the unit says what is counted.
    expect(await heading('2016-12-02-de-mistura-trapped-40000')).toBe('“more than 40000” people');
    // The words end with the unit already.
    expect(await heading('2016-10-20-un-needs-48-hours-weekly')).toBe('“a minimum of 48 hours”');
    const { data } = await json<{ data: { id: string }[] }>('/v1/figures?limit=100');
    for (const { id } of data) expect(await heading(id), id).not.toMatch(/\b(\w+)\W*\s+\1$/u);
    const results = decode((await app.inject('/explore/search?q=48+hours')).body);
    expect(results).toContain('a minimum of 48 hours');
    expect(results).not.toContain('hours hours');
  });

  it("an actor page lists the actor's statements over time", async () => {
    const { data } = await json<{ data: { id: string }[] }>('/v1/statements?speaker=sergei-lavrov');
    const body = (await app.inject(PAGES.actor.url)).body;
    const linked = [...body.matchAll(/href="\/explore\/statements\/([^"]+)"/g)].map((m) => m[1]);
    expect(linked).toEqual(data.map((s) => s.id));
  });
});

describe('quantities and the timeline', () => {
  interface Claim {
    figure_id: string;
    raw_text: string;
    evidence: Evidence[];
  }

  it('the eastern Aleppo quantity shows each claim with its words, one mark per claim and the shaded envelope', async () => {
    const quantity = await json<{ claims: Claim[]; consistent: boolean }>('/v1/quantities/eastern-aleppo-trapped-2016-12');
    for (const url of ['/explore/quantities', PAGES.quantity.url]) {
      const body = (await app.inject(url)).body;
      const section = url.endsWith('/quantities')
        ? (/<section class="quantity" aria-labelledby="q-eastern-aleppo-trapped-2016-12">([\s\S]*?)<\/section>/.exec(body)?.[1] ?? '')
        : body;
      const svg = /<svg[^>]*class="range-chart"[\s\S]*?<\/svg>/.exec(section)?.[0] ?? '';
      const marks = [...svg.matchAll(/<g class="range-mark" data-figure-id="([^"]+)">/g)].map((m) => m[1]);
      expect(marks, url).toEqual(quantity.claims.map((c) => c.figure_id));
      expect(svg.match(/class="range-envelope"/g)?.length, url).toBe(1);
      expect(decode(section)).toContain('Consistent:');
      for (const claim of quantity.claims) {
        // The claim's own words, in the chart's label and in the list, linked to its figure page and its mark.
        expect(decode(svg)).toContain(`“${claim.raw_text}”`);
        expect(section).toContain(`href="/explore/figures/${claim.figure_id}">“${claim.raw_text}”`);
        const span = claim.evidence[0] as Evidence;
        expect(section).toContain(`href="/explore/sources/${span.source_id}#figure-${claim.figure_id}-1"`);
      }
    }
  });

  it('an evidence link of a claim lands on a <mark> holding the claim’s words', async () => {
    const body = (await app.inject(PAGES.quantity.url)).body;
    const links = [...body.matchAll(/<a class="evidence-link" href="\/explore\/sources\/([^#"]+)#([^"]+)">/g)];
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const [, sourceId, markId] of links) {
      const article = await app.inject(`/explore/sources/${sourceId}`);
      expect(
        marksIn(article.body).some((m) => m.id === markId),
        markId,
      ).toBe(true);
    }
  });

  it('the timeline lists December 2016 in date order, the 5 December veto under December 2016, each linked to its page', async () => {
    const { data } = await json<{ data: { kind: string; id: string }[] }>('/v1/timeline?from=2016-12-01&to=2016-12-31');
    const body = decode((await app.inject(PAGES.timeline.url)).body);
    const linked = [...body.matchAll(/<li class="timeline-entry">[\s\S]*?<a href="\/explore\/(events|votes|statements)\/([^"]+)">/g)].map(
      (m) => `${(m[1] as string).slice(0, -1)}/${m[2]}`,
    );
    expect(linked).toEqual(data.map((e) => `${e.kind}/${e.id}`));
    const december = body.indexOf('<h2 class="timeline-month">December 2016</h2>');
    expect(december).toBeGreaterThan(-1);
    const veto = body.indexOf('href="/explore/events/2016-12-05-sc-veto-aleppo"');
    expect(veto).toBeGreaterThan(december);
    expect(body).toContain('<time datetime="2016-12-05">5 December 2016</time>');
    // The filter form keeps the dates asked for.
    expect(body).toContain('name="from" type="date" value="2016-12-01"');
  });

  it('the timeline pages on with the API cursor, in order, and a bad date is a 400 page naming it', async () => {
    const small = await testApp({ pageSize: { default: 10, max: 500 } });
    const all = (await (await small.inject('/v1/timeline?limit=500')).json()) as { data: { kind: string; id: string }[] };
    const entries = (html: string) =>
      [...html.matchAll(/<li class="timeline-entry">[\s\S]*?<a href="\/explore\/(events|votes|statements)\/([^"]+)">/g)].map(
        (m) => `${(m[1] as string).slice(0, -1)}/${m[2]}`,
      );
    const seen: string[] = [];
    let url: string | undefined = '/explore/timeline';
    while (url) {
      const body: string = (await small.inject(url)).body;
      seen.push(...entries(body));
      const next: string | undefined = /<a href="([^"]+)" rel="next">/.exec(body)?.[1];
      url = next ? decode(next) : undefined;
    }
    const bad = await small.inject('/explore/timeline?from=yesterday');
    await small.close();
    expect(all.data.length).toBeGreaterThan(10);
    expect(seen).toEqual(all.data.map((e) => `${e.kind}/${e.id}`));
    expect(bad.statusCode).toBe(400);
    expect(decode(bad.body)).toContain('Parameter "from"');
  });

  it('an unknown quantity is a 404 page', async () => {
    expect((await app.inject('/explore/quantities/no-such-quantity')).statusCode).toBe(404);
  });
});

describe('errors on pages are HTML pages', () => {
  it.each(['sources', 'events', 'statements', 'votes', 'figures', 'actors'])('an unknown %s id is a 404 page', async (kind) => {
    const reply = await app.inject(`/explore/${kind}/no-such-record`);
    expect(reply.statusCode).toBe(404);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(decode(reply.body)).toContain('with id "no-such-record"');
  });

  it('an unknown page, and an id no API route would accept, are 404 pages too; the API still answers problem+json', async () => {
    for (const url of ['/explore/nothing-here', '/explore/statements/Not%20An%20Id', '/explore/statements/%3Cscript%3E']) {
      const reply = await app.inject(url);
      expect(reply.statusCode, url).toBe(404);
      expect(reply.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(reply.body).not.toContain('<script>');
    }
    expect((await app.inject('/v1/statements/no-such-record')).headers['content-type']).toContain('application/problem+json');
  });

  it('empty form fields are not an error; bad values and unknown parameters are 400 pages that name them', async () => {
    expect((await app.inject('/explore/search?q=&type=&from=&to=')).statusCode).toBe(200);
    const cases: [string, string][] = [
      ['/explore/search?q=veto&from=2016-02-30', 'Parameter "from" is not a date that exists in the calendar'],
      ['/explore/search?q=veto&type=people', 'Parameter "type" must be one of'],
      ['/explore/search?q=veto&colour=red', '"colour" is not a parameter of this page'],
      ['/explore/search?q=veto&from=2016-12-31&to=2016-01-01', 'Parameter "from" (2016-12-31) is after "to"'],
      ['/explore/search?q=veto&type=statements&cursor=forged', 'cursor'],
      ['/explore/search?q=...', 'Parameter "q" has no searchable words'],
    ];
    for (const [url, message] of cases) {
      const reply = await app.inject(url);
      expect(reply.statusCode, url).toBe(400);
      expect(reply.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(decode(reply.body), url).toContain(message);
    }
  });

  it('a failure inside a page is a 500 page with the request id, never a stack trace', async () => {
    const broken = await testApp();
    broken.repos.votes.get = () => {
      throw new Error('disk on fire at /secret/path.ts:12');
    };
    const reply = await broken.inject({ url: PAGES.vote.url, headers: { 'x-request-id': 'trace-me-1' } });
    await broken.close();
    expect(reply.statusCode).toBe(500);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain('trace-me-1');
    expect(reply.body).not.toMatch(/disk on fire|secret|\.ts:/);
  });
});

describe('search', () => {
  it('finds the "moral majority" statement and links to its page', async () => {
    const body = (await app.inject('/explore/search?q=moral+majority')).body;
    expect(body).toContain('href="/explore/statements/rycroft-2016-12-09-too-little-too-late"');
  });

  it("the footer's JSON links are the API queries of the kinds the page shows, not the first kind's alone", async () => {
    const footerLinks = (html: string) => {
      const footer = html.slice(html.indexOf('<footer'));
      return [...footer.matchAll(/class="api-link" href="([^"]+)"/g)].map((m) => decode(m[1] as string));
    };
    const all = (await app.inject('/explore/search?q=veto')).body;
    const shown = [...all.matchAll(/<h2 id="results-([a-z]+)"/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(1);
    expect(footerLinks(all)).toEqual(shown.map((kind) => `/v1/${kind}?q=veto`));
    const one = (await app.inject('/explore/search?q=veto&type=statements&from=2016-12-01')).body;
    expect(footerLinks(one)).toEqual(['/v1/statements?q=veto&from=2016-12-01']);
    // Nothing searched, nothing shown: no query stands for the page.
    expect(footerLinks((await app.inject('/explore/search')).body)).toEqual([]);
  });

  it('one kind at a time pages on with the API cursor, a page of the configured size', async () => {
    const small = await testApp({ pageSize: { default: 20, max: 500 } });
    const first = (await small.inject('/explore/search?type=statements')).body;
    const next = /<a href="([^"]+)" rel="next">/.exec(first)?.[1];
    expect(next).toBeDefined();
    const second = await small.inject(decode(next as string));
    await small.close();
    expect(second.statusCode).toBe(200);
    const ids = (html: string) => [...html.matchAll(/href="\/explore\/statements\/([^"]+)"/g)].map((m) => m[1]);
    expect(ids(second.body).length).toBeGreaterThan(0);
    expect(ids(second.body).filter((id) => ids(first).includes(id))).toEqual([]);
  });
});

describe('text from the data is shown as text', () => {
  let hostile: ReturnType<typeof buildHostileLedger>;
  let hostileApp: FastifyInstance;
  beforeAll(async () => {
    hostile = buildHostileLedger();
    hostileApp = await buildApp(testConfig({ databasePath: hostile.path, rateLimit: { enabled: false, max: 1000, windowMs: 60_000 } }));
    await hostileApp.ready();
  });
  afterAll(async () => {
    await hostileApp?.close();
    hostile?.remove();
  });

  it('a statement, its article, its event and a search holding <script> render it escaped', async () => {
    for (const url of [
      `/explore/statements/${HOSTILE.statementId}`,
      `/explore/sources/${HOSTILE.sourceId}`,
      `/explore/events/${HOSTILE.eventId}`,
      '/explore/search?q=pwned',
      '/explore/actors/neil-hicks',
    ]) {
      const reply = await hostileApp.inject(url);
      expect(reply.statusCode, url).toBe(200);
      expect(reply.body, url).not.toMatch(/<script|<b>bold/);
      expect(reply.body, url).toContain('&lt;script&gt;');
    }
    const article = await hostileApp.inject(`/explore/sources/${HOSTILE.sourceId}`);
    const source = (await hostileApp.inject(`/v1/sources/${HOSTILE.sourceId}`)).json() as SourceDetail;
    expect(articleText(article.body)).toBe(source.text);
  });
});
