/**
 * Debian's Chromium driven by playwright-core, with a fresh profile each launch and nothing that phones home.
 * The browser tests skip (saying why) only when /usr/bin/chromium is missing outside CI; in CI it must run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const chromiumMissing = !existsSync(CHROMIUM);
export const skipBrowser = chromiumMissing && !process.env.CI;
if (skipBrowser) console.warn(`Skipping the browser tests: ${CHROMIUM} is missing (apt-get install -y chromium; CI installs it).`);

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  if (chromiumMissing) throw new Error(`${CHROMIUM} is missing: CI must install the chromium package (see .ci/run)`);
  const profile = mkdtempSync(join(tmpdir(), 'aleppo-ledger-chromium-'));
  // launchPersistentContext is how Playwright takes a --user-data-dir; headless adds --headless.
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What went wrong in a page while it was open: console errors, uncaught errors, CSP violations. */
export interface PageTroubles {
  problems: string[];
}

/**
 * A new tab that records console errors, page errors and Content-Security-Policy violations; `expectedStatus`
 * names URLs whose error status is the point (a 404 page), so that the browser's report of it is not counted.
 */
export async function watchedPage(
  browser: Browser,
  expectedStatus: ReadonlySet<string> = new Set(),
): Promise<{ page: Page; troubles: PageTroubles }> {
  const page = await browser.context.newPage();
  const troubles: PageTroubles = { problems: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A 404 page is a 404 on purpose: Chromium logs its own document's status, which is no trouble in the page.
    const ownStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
    if (!ownStatus || !expectedStatus.has(page.url())) troubles.problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => troubles.problems.push(`page error: ${error.message}`));
  // Injected by the browser's debugging protocol, not by the page, so the page's own CSP does not block it.
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => {
    console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI);
  });`);
  return { page, troubles };
}
