/**
 * `npm run bench:pages [-- --db data/synthetic.db --runs 200]`: how long each explorer page type takes to render,
 * computed every time (response cache off, no If-None-Match), in-process through app.inject (routing, the
 * repositories, the template and the hooks; no socket). Ids are taken from the database itself: the first
 * record of each list, and the speaker of the first statement for the actor page, so it runs on the real
 * ledger and on a synthetic one alike. Prints p50, p99 and the largest time per page type, and the page sizes.
 */
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

const { values } = parseArgs({
  options: { db: { type: 'string', default: 'data/ledger.db' }, runs: { type: 'string', default: '200' }, q: { type: 'string' } },
});
const runs = Number(values.runs);
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false', RESPONSE_CACHE_MB: '0' });
config.databasePath = values.db;
const app = await buildApp(config);
await app.ready();

const first = async (list: string) => {
  const reply = await app.inject(`/v1/${list}?limit=1`);
  const [row] = (reply.json() as { data: Record<string, unknown>[] }).data;
  if (!row) throw new Error(`no ${list} in ${values.db}`);
  return row;
};
const statement = await first('statements');
const pages: Record<string, string> = {
  home: '/explore',
  search: `/explore/search?q=${encodeURIComponent(values.q ?? String(statement.text).split(/\s+/).slice(0, 2).join(' '))}`,
  source: `/explore/sources/${(await first('sources')).id}`,
  event: `/explore/events/${(await first('events')).id}`,
  statement: `/explore/statements/${statement.id}`,
  vote: `/explore/votes/${(await first('votes')).id}`,
  figure: `/explore/figures/${(await first('figures')).id}`,
  actor: `/explore/actors/${(statement.speaker as { id: string }).id}`,
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
process.stdout.write(`${values.db}: ${runs} renders per page type (after 20 to warm up)\n\n`);
process.stdout.write('page       p50 ms  p99 ms  max ms   KiB  url\n');
for (const [kind, url] of Object.entries(pages)) {
  for (let i = 0; i < 20; i++) await app.inject(url);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const reply = await app.inject(url);
    times.push(performance.now() - started);
    if (reply.statusCode !== 200) throw new Error(`${url} answered ${reply.statusCode}`);
    bytes = reply.rawPayload.length;
  }
  times.sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(2).padStart(6);
  process.stdout.write(
    `${kind.padEnd(9)} ${f(percentile(times, 50))}  ${f(percentile(times, 99))}  ${f(times[times.length - 1] ?? 0)}  ${(bytes / 1024).toFixed(0).padStart(4)}  ${url}\n`,
  );
}
await app.close();
