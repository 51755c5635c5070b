/**
 * `npm run bench:facets [-- --db data/synthetic.db --seconds 10 --connections 10 --compare]`: latency of facet
 * requests under load, computed every time. Serves the production build (dist/server.js) as a child process with
 * the response cache off and rate limiting off, and drives each URL with autocannon (10 connections by default),
 * printing p50, p99 and requests per second. The scenarios: the list alone (for reference), `facets=type,month`
 * (the target: p99 <= 50 ms at 1M), `facets=type` with a filter on a counted dimension, a facet request
 * with a filter outside the counts tables (an actor: counted by SQL), a month histogram beside a date range, a
 * facet with `q` (on the search workers), a day-precise range beside a facet (whole months summed, edges by SQL),
 * the timeline's facets, and the explorer's home page (its monthly chart). `--compare` runs them a
 * second time with FACET_CUBES=false (every facet counted over the records), the way it was before the counts
 * tables. Ids are read from the database under test, so it runs on the real ledger and a synthetic one alike.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/paths.js';
import { freePort, httpGet, load, startChild, waitReady } from './lib/harness.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/synthetic.db' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    compare: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const serverEntry = join(PROJECT_ROOT, 'dist/server.js');
if (!existsSync(serverEntry)) throw new Error('dist/server.js is missing: run `npm run build` first');

async function startApi(facetCubes: boolean) {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_PATH: values.db,
    SEED_IF_MISSING: 'false',
    RATE_LIMIT_ENABLED: 'false',
    RESPONSE_CACHE_MB: '0',
    LOG_LEVEL: 'warn',
    FACET_CUBES: String(facetCubes),
  };
  const child = startChild(process.execPath, [serverEntry], env, port);
  await waitReady(child, '/readyz', performance.now(), 120_000);
  return child;
}

async function json(port: number, path: string) {
  const reply = await httpGet(port, path);
  if (reply.status !== 200) throw new Error(`${path} answered ${reply.status}`);
  return JSON.parse(reply.body.toString()) as { data: Record<string, unknown>[]; facets?: unknown };
}

async function scenarios(port: number): Promise<[string, string][]> {
  // The actor in most events: the first named bucket of the actor facet of a recent month's events (the events
  // with no actor form a null bucket, which may come first).
  const december = await json(port, '/v1/events?from=2016-12-01&to=2016-12-31&facets=actor&facet_size=3&limit=1');
  const actor = (december.facets as { buckets: { value: string | null }[] }[])[0]?.buckets.find((b) => b.value !== null)?.value;
  if (!actor) throw new Error('no event of December 2016 names an actor: no actor to filter by');
  return [
    ['list alone (reference)', '/v1/events'],
    ['facets=type,month', '/v1/events?facets=type,month'],
    ['type=veto&facets=type', '/v1/events?type=veto&facets=type'],
    ['statements kind=direct&facets=kind,month,year', '/v1/statements?kind=direct&facets=kind,month,year'],
    ['figures facets=metric,category,month', '/v1/figures?facets=metric,category,month'],
    ['month beside a range (from/to)', '/v1/events?from=2016-10-01&to=2016-10-31&facets=month'],
    ['fallback: actor=<busiest>&facets=type', `/v1/events?actor=${actor}&facets=type`],
    ['from/to (a whole month)&facets=type', '/v1/events?from=2016-10-01&to=2016-10-31&facets=type'],
    ['statements day-precise from/to&facets=kind', '/v1/statements?from=2016-10-05&to=2016-12-20&facets=kind'],
    ['timeline facets=kind,type,month', '/v1/timeline?facets=kind,type,month'],
    ['fallback: q=ceasefire&facets=type', '/v1/events?q=ceasefire&facets=type'],
    ['explorer home (monthly chart)', '/explore'],
  ];
}

const only = values.only ? new Set(values.only.split(',').map(Number)) : null;
const f = (n: number) => n.toFixed(1).padStart(7);
process.stdout.write(`${values.db}: ${connections} connections, ${seconds} s per URL, response cache off\n`);
for (const facetCubes of values.compare ? [true, false] : [true]) {
  const child = await startApi(facetCubes);
  try {
    process.stdout.write(
      `\nFACET_CUBES=${facetCubes}\n#  scenario                                        cold ms  p50 ms  p99 ms   req/s\n`,
    );
    const list = await scenarios(child.port);
    for (const [i, [name, path]] of list.entries()) {
      if (only && !only.has(i + 1)) continue;
      const started = performance.now();
      const first = await httpGet(child.port, path);
      const cold = performance.now() - started;
      if (first.status !== 200) throw new Error(`${path} answered ${first.status}: ${first.body.toString().slice(0, 200)}`);
      const r = await load(`http://127.0.0.1:${child.port}${path}`, connections, seconds);
      if (r.errors || r.non2xx || r.timeouts) throw new Error(`${path}: ${r.errors} errors, ${r.non2xx} non-2xx, ${r.timeouts} timeouts`);
      process.stdout.write(
        `${String(i + 1).padEnd(2)} ${name.padEnd(46)} ${f(cold)} ${f(r.p50)} ${f(r.p99)} ${r.requestsPerSecond.toFixed(0).padStart(7)}  ${path}\n`,
      );
    }
  } finally {
    await child.stop();
  }
}
