/**
 * `npx tsx bench/facets-cpu.ts [--db data/synthetic.db] [--runs 400] [--only 1,2]`: the cost of facet requests
 * in-process, measured on one thread with nothing else in the loop (a loaded machine cannot give a fair load run;
 * this measures what one request costs). For each URL: `app.inject` wall time per request (median, p99) and the
 * process CPU time per request (user + system over all runs), after warming up; the response cache is off.
 * `--url <path>` (repeatable) adds a URL of your own; `--only` picks scenarios by number.
 */
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/synthetic.db' },
    runs: { type: 'string', default: '400' },
    only: { type: 'string' },
    cubes: { type: 'boolean', default: true },
    url: { type: 'string', multiple: true },
  },
});
const runs = Number(values.runs);
const app = await buildApp(
  testConfig({
    nodeEnv: 'production',
    databasePath: values.db,
    seedIfMissing: false,
    responseCacheBytes: 0,
    rateLimit: { enabled: false, max: 1000, windowMs: 60_000 },
    facetCubes: values.cubes,
  }),
);
await app.ready();
const urls: [string, string][] = [
  ['list alone (reference)', '/v1/events'],
  ['facets=type,month', '/v1/events?facets=type,month'],
  ['type=veto&facets=type', '/v1/events?type=veto&facets=type'],
  ['statements kind=direct&facets=kind,month,year', '/v1/statements?kind=direct&facets=kind,month,year'],
  ['figures facets=metric,category,month', '/v1/figures?facets=metric,category,month'],
  ['month beside a range', '/v1/events?from=2016-10-01&to=2016-10-31&facets=month'],
  ['timeline alone', '/v1/timeline'],
  ['timeline facets=kind,type,month', '/v1/timeline?facets=kind,type,month'],
  ['from/to (a whole month) &facets=type', '/v1/events?from=2016-10-01&to=2016-10-31&facets=type'],
  ['from/to (day-precise) &facets=type', '/v1/events?from=2016-10-05&to=2016-12-20&facets=type'],
  ['statements from/to (day-precise) &facets=kind', '/v1/statements?from=2016-10-05&to=2016-12-20&facets=kind'],
  ['timeline from/to (day-precise) &facets=kind,type', '/v1/timeline?from=2016-10-05&to=2016-12-20&facets=kind,type'],
  ...(values.url ?? []).map((url): [string, string] => [url, url]),
];
const only = values.only ? new Set(values.only.split(',').map(Number)) : null;
const ms = (n: number) => n.toFixed(2).padStart(8);
process.stdout.write(`${values.db}: ${runs} runs per URL in-process, response cache off, cubes ${values.cubes}\n`);
process.stdout.write(`${'request'.padEnd(48)}  median ms     p99 ms  CPU ms/req\n`);
for (const [i, [name, url]] of urls.entries()) {
  if (only && !only.has(i + 1)) continue;
  const first = await app.inject({ url });
  if (first.statusCode !== 200) {
    process.stdout.write(`${name.padEnd(48)}  ${first.statusCode} ${first.body.slice(0, 120)}\n`);
    continue;
  }
  for (let w = 0; w < Math.min(50, runs); w++) await app.inject({ url });
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await app.inject({ url });
    times.push(performance.now() - start);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  process.stdout.write(`${name.padEnd(48)} ${ms(at(0.5))}  ${ms(at(0.99))}  ${ms((used.user + used.system) / 1000 / runs)}\n`);
}
await app.close();
