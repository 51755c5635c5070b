/**
 * The TimelineJS document loads in TimelineJS itself: Knight Lab's own library (the @knight-lab/timelinejs dev
 * dependency) renders /v1/timeline?format=timelinejs in headless Chromium, offline, and shows one slide per entry
 * with the headline and the cited sources. Skipped only where no Chromium is installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { testApp } from '../helpers/app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = join(PROJECT_ROOT, 'node_modules/@knight-lab/timelinejs/dist');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html' };

let app: FastifyInstance;
let server: Server;
let base: string;
let document: { events: { unique_id: string; text: { headline: string } }[] };

beforeAll(async () => {
  app = await testApp();
  document = (await app.inject({ url: '/v1/timeline?format=timelinejs&to=2016-10-31' })).json();
  const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/tl/css/timeline.css">
    <script src="/tl/js/timeline.js"></script></head><body style="margin:0">
    <div id="timeline" style="width:1200px;height:700px"></div>
    <script>window.timeline = new TL.Timeline('timeline', ${JSON.stringify(document)}, { script_path: location.origin + '/tl/js/', start_at_slide: 1 });</script>
    </body></html>`;
  // The library and the page from one local origin: nothing is fetched from Knight Lab's CDN.
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    const file = normalize(join(DIST, url.pathname.replace(/^\/tl\//, '')));
    if (!url.pathname.startsWith('/tl/') || !file.startsWith(DIST) || !existsSync(file)) return response.writeHead(404).end();
    response
      .writeHead(200, { 'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe.skipIf(!existsSync(CHROMIUM))('format=timelinejs in TimelineJS', () => {
  it('renders a slide for every entry, with its headline and the cited sources', async () => {
    expect(document.events.length).toBeGreaterThan(3);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Offline: TimelineJS's CSS asks Google Fonts for its typefaces; the browser falls back to its own.
      await page.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => route.abort(),
      );
      await page.goto(base);
      await page.waitForSelector('.tl-slide-content .tl-headline', { timeout: 20_000 });
      // One slide per entry, plus the title slide.
      expect(await page.locator('.tl-slide').count()).toBe(document.events.length + 1);
      const headlines = await page.locator('.tl-slide .tl-headline').allTextContents();
      for (const event of document.events)
        expect(headlines).toContain(event.text.headline.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
      expect(await page.locator('.tl-slide a', { hasText: 'Voice of America' }).count()).toBeGreaterThan(0);
      // The time navigation draws a marker per entry too.
      expect(await page.locator('.tl-timemarker').count()).toBe(document.events.length);
      expect(errors).toEqual([]);
      if (process.env.TIMELINEJS_SCREENSHOT) await page.screenshot({ path: process.env.TIMELINEJS_SCREENSHOT });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
