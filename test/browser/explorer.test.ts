import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { buildHostileLedger, HOSTILE } from '../pages/hostile-ledger.js';
import { type Browser, launchBrowser, skipBrowser, watchedPage } from './browser.js';

const PAGE_TYPES = {
  home: '/explore',
  search: '/explore/search?q=veto',
  'search (nothing found)': '/explore/search?q=zzzz',
  'article reader': '/explore/sources/voa-2016-12-09-russia-resumes-bombings',
  event: '/explore/events/2016-07-07-siege-eastern-aleppo',
  statement: '/explore/statements/rycroft-2016-12-09-too-little-too-late',
  vote: '/explore/votes/2016-12-05-sc-aleppo-ceasefire-draft',
  figure: '/explore/figures/2016-12-02-de-mistura-trapped-40000',
  actor: '/explore/actors/sergei-lavrov',
  quantities: '/explore/quantities',
  quantity: '/explore/quantities/eastern-aleppo-trapped-2016-12',
  timeline: '/explore/timeline?from=2016-12-01&to=2016-12-31',
  'not found': '/explore/statements/no-such-statement',
};

async function serve(databasePath: string): Promise<{ app: FastifyInstance; base: string }> {
  const app = await buildApp(testConfig({ databasePath, rateLimit: { enabled: false, max: 1000, windowMs: 60_000 } }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no TCP address');
  return { app, base: `http://127.0.0.1:${address.port}` };
}

describe.skipIf(skipBrowser)('the explorer in a real browser', { timeout: 120_000 }, () => {
  let browser: Browser;
  let app: FastifyInstance;
  let base: string;
  beforeAll(async () => {
    ({ app, base } = await serve(inject('databasePath')));
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('search "moral majority", open the statement, follow its evidence: the highlighted words are in view in the article', async () => {
    const { page, troubles } = await watchedPage(browser);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${base}/explore`);
    await page.getByLabel('Search statements, events, votes, figures, people and articles').fill('moral majority');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/explore\/search\?q=moral\+majority/);
    await page.getByRole('link', { name: /Matthew Rycroft: “Well, sadly/ }).click();
    await page.waitForURL(/\/explore\/statements\/rycroft-2016-12-09-too-little-too-late$/);
    await page.locator('a.evidence-quote', { hasText: 'moral majority' }).click();
    await page.waitForURL(/\/explore\/sources\/voa-2016-12-09-russia-resumes-bombings#statement-rycroft-2016-12-09-too-little-too-late-2$/);
    const target = page.locator('mark:target');
    await expect.poll(() => target.count()).toBe(1);
    expect(await target.getAttribute('data-record-id')).toBe('rycroft-2016-12-09-too-little-too-late');
    expect(await target.textContent()).toBe('But what I hope that it will do is to demonstrate that there is a moral majority here,');
    const box = await target.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.height > 0 && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
    expect(troubles.problems).toEqual([]);
    await page.close();
  });

  it('the 5 December vote shows China and Russia as vetoes', async () => {
    const { page, troubles } = await watchedPage(browser);
    await page.goto(`${base}${PAGE_TYPES.vote}`);
    const vetoes = await page.locator('.member-veto a').allTextContents();
    expect(vetoes.sort()).toEqual(['China', 'Russia']);
    await expect.poll(() => page.locator('.position-no .member-veto').count()).toBe(2);
    expect(troubles.problems).toEqual([]);
    await page.close();
  });

  it('the article reader has exactly one <mark> per evidence span of that article, as the API lists them', async () => {
    const id = 'voa-2016-12-09-russia-resumes-bombings';
    const source = (await (await fetch(`${base}/v1/sources/${id}`)).json()) as { records: Record<string, { id: string }[]> };
    const expected: string[] = [];
    for (const list of ['events', 'statements', 'votes', 'figures']) {
      for (const record of source.records[list] ?? []) {
        const { evidence } = (await (await fetch(`${base}/v1/${list}/${record.id}`)).json()) as {
          evidence: { source_id: string; start: number; end: number }[];
        };
        for (const e of evidence) if (e.source_id === id) expected.push(`${list.slice(0, -1)}/${record.id}/${e.start}-${e.end}`);
      }
    }
    const { page, troubles } = await watchedPage(browser);
    await page.goto(`${base}/explore/sources/${id}`);
    const marks = await page
      .locator('mark')
      .evaluateAll((all) =>
        all.map((m) => `${m.getAttribute('data-record-type')}/${m.getAttribute('data-record-id')}/${m.dataset.start}-${m.dataset.end}`),
      );
    expect(expected.length).toBeGreaterThan(30);
    expect(marks.sort()).toEqual(expected.sort());
    expect(troubles.problems).toEqual([]);
    await page.close();
  });

  it('the keyboard reaches the content first: Tab focuses "Skip to content", Enter moves to the main landmark', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${base}${PAGE_TYPES['article reader']}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main');
    await page.close();
  });

  for (const width of [360, 1440]) {
    it(`at ${width} px every page type has no serious or critical axe violation, no console error, no CSP violation, no sideways scroll`, async () => {
      const report: string[] = [];
      for (const [kind, url] of Object.entries(PAGE_TYPES)) {
        const { page, troubles } = await watchedPage(browser, new Set(kind === 'not found' ? [`${base}${url}`] : []));
        await page.setViewportSize({ width, height: 900 });
        const response = await page.goto(`${base}${url}`);
        expect(response?.status(), kind).toBe(kind === 'not found' ? 404 : 200);
        const results = await new AxeBuilder({ page }).analyze();
        for (const v of results.violations) {
          if (v.impact === 'serious' || v.impact === 'critical')
            report.push(`${kind}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
        for (const problem of troubles.problems) report.push(`${kind}: ${problem}`);
        const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
        if (overflow > 0) report.push(`${kind}: ${overflow} px wider than the window`);
        await page.close();
      }
      expect(report).toEqual([]);
    });
  }

  describe('text from the data', () => {
    let hostile: ReturnType<typeof buildHostileLedger>;
    let hostileServer: { app: FastifyInstance; base: string };
    beforeAll(async () => {
      hostile = buildHostileLedger();
      hostileServer = await serve(hostile.path);
    });
    afterAll(async () => {
      await hostileServer?.app.close();
      hostile?.remove();
    });

    it('a statement whose words hold <script> shows them as text and runs nothing', async () => {
      for (const url of [
        `/explore/statements/${HOSTILE.statementId}`,
        `/explore/sources/${HOSTILE.sourceId}#statement-${HOSTILE.statementId}-1`,
      ]) {
        const { page, troubles } = await watchedPage(browser);
        await page.goto(`${hostileServer.base}${url}`);
        expect(await page.title()).not.toBe('pwned');
        expect(await page.locator('script').count()).toBe(0);
        expect(await page.locator('main b').count()).toBe(0);
        expect(await page.locator('main').textContent()).toContain(HOSTILE.quote);
        expect(troubles.problems).toEqual([]);
        await page.close();
      }
    });
  });
});
