/**
 * `npx tsx scripts/check-docs-in-browser.ts http://127.0.0.2:3000 [screenshot.png]`: opens Swagger UI in headless
 * Chromium from the given origin (use a name other than localhost: that is where `upgrade-insecure-requests` used
 * to blank the page), runs "Try it out" + "Execute" on GET /v1/statements as a first-time visitor would, and
 * reports the answer's row count and every CSP violation or console error. Exits 1 when there are no rows or
 * when anything was blocked. Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium); not part of `npm test`.
 */
import { chromium } from 'playwright-core';

const origin = process.argv[2] ?? 'http://127.0.0.2:3000';
const screenshot = process.argv[3];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
const problems: string[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  await page.goto(`${origin}/docs`, { waitUntil: 'networkidle' });
  const operation = page.locator('#operations-statements-listStatements');
  await operation.locator('.opblock-summary').click();
  const tryItOut = operation.locator('button.try-out__btn');
  if ((await tryItOut.count()) > 0 && /try it out/i.test((await tryItOut.textContent()) ?? '')) await tryItOut.click();
  await operation.locator('button.execute').click();
  const body = operation.locator('.responses-wrapper .live-responses-table .response-col_description pre').first();
  await body.waitFor({ timeout: 15_000 });
  const text = await body.textContent();
  const rows = (JSON.parse(text ?? '{}') as { data?: unknown[] }).data?.length ?? 0;
  const requestUrl = await operation.locator('.request-url pre').first().textContent();
  process.stdout.write(`Execute of listStatements: ${requestUrl}\n  -> ${rows} rows\n`);
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
  if (rows === 0) problems.push('the pre-filled request answered no rows');
} finally {
  await browser.close();
}
for (const problem of problems) process.stdout.write(`${problem}\n`);
process.stdout.write(problems.length === 0 ? 'no CSP violation, no console error\n' : `${problems.length} problem(s)\n`);
process.exitCode = problems.length === 0 ? 0 : 1;
