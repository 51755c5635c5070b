/**
 * `npm run screenshots`: every explorer page type at 360 and 1440 px wide, full page, as PNG files in
 * screenshots/ (gitignored), from a database built from seed/ in a temporary directory, through Debian's Chromium.
 * They are for looking at: what a reader sees at a phone's and a desktop's width.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { MIGRATIONS_DIR, PROJECT_ROOT, SEED_DIR } from '../src/paths.js';
import { buildDatabase } from '../src/seed/build-database.js';
import { launchBrowser, watchedPage } from '../test/browser/browser.js';

export const PAGE_TYPES: Record<string, string> = {
  home: '/explore',
  search: '/explore/search?q=veto',
  reader: '/explore/sources/voa-2016-12-09-russia-resumes-bombings',
  'reader-at-mark': '/explore/sources/voa-2016-12-09-russia-resumes-bombings#statement-rycroft-2016-12-09-too-little-too-late-2',
  event: '/explore/events/2016-07-07-siege-eastern-aleppo',
  statement: '/explore/statements/rycroft-2016-12-09-too-little-too-late',
  vote: '/explore/votes/2016-12-05-sc-aleppo-ceasefire-draft',
  figure: '/explore/figures/2016-12-02-de-mistura-trapped-40000',
  actor: '/explore/actors/sergei-lavrov',
  quantities: '/explore/quantities',
  quantity: '/explore/quantities/eastern-aleppo-trapped-2016-12',
  timeline: '/explore/timeline',
  'not-found': '/explore/votes/no-such-vote',
};

const out = join(PROJECT_ROOT, 'screenshots');
mkdirSync(out, { recursive: true });
const temporary = mkdtempSync(join(tmpdir(), 'aleppo-ledger-screenshots-'));
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false' });
config.databasePath = buildDatabase({ target: join(temporary, 'ledger.db'), seedDir: SEED_DIR, migrationsDir: MIGRATIONS_DIR }).target;
const app = await buildApp(config);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await launchBrowser();
try {
  for (const [name, url] of Object.entries(PAGE_TYPES)) {
    for (const width of [360, 1440]) {
      const { page, troubles } = await watchedPage(browser, new Set([`${base}${url}`]));
      await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
      await page.goto(`${base}${url}`);
      // At a mark, the viewport is what a reader lands on; elsewhere the whole page.
      const path = join(out, `${name}-${width}.png`);
      await page.screenshot({ path, fullPage: !url.includes('#') });
      process.stdout.write(`${path}${troubles.problems.length ? `  (${troubles.problems.join('; ')})` : ''}\n`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await app.close();
  rmSync(temporary, { recursive: true, force: true });
}
