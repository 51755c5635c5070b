/**
 * `npm run soak -- --minutes N [--db PATH] [--connections C] [--seed S]`: a long run of the production build
 * under sustained mixed load, to find what only time finds (leaks, 5xx under concurrency, a crash).
 *
 * Builds (the npm script does), starts `node dist/server.js` on a free loopback port with rate limiting off,
 * then for N minutes drives it with autocannon over representative routes (lists with filters, search, CSV,
 * single views, conditional requests, health, the OpenAPI document) while a second stream sends adversarial
 * URLs. RSS is read from /proc/<pid>/status every few seconds; the baseline is taken after a warm-up minute.
 *
 * Reports requests served, status classes, latency, 5xx (must be 0) and RSS at start and end (must grow less
 * than 10%), then stops the server with SIGTERM and checks it exits 0. Exits 1 when any of those fails.
 * Loopback only: the server listens on 127.0.0.1 and nothing here reaches the network.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { adversarialUrls } from './soak-fuzz.js';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    db: { type: 'string' },
    connections: { type: 'string', default: '8' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    'warmup-seconds': { type: 'string' },
  },
});

const minutes = Number(args.minutes);
const connections = Number(args.connections);
const seed = Number(args.seed);
if (!(minutes > 0) || !(connections > 0) || !Number.isInteger(seed)) {
  console.error('soak: --minutes and --connections must be positive numbers, --seed an integer');
  process.exit(2);
}
const totalSeconds = Math.round(minutes * 60);
// A warm-up minute before the RSS baseline (JIT, statement caches, pools); shorter only for a short run.
const warmupSeconds = Number(args['warmup-seconds'] ?? Math.min(60, Math.floor(totalSeconds / 3)));
/** RSS is compared as the median over a window, so one GC cycle at the wrong moment does not decide. */
const WINDOW_SECONDS = Math.min(30, Math.max(5, Math.floor((totalSeconds - warmupSeconds) / 4)));
const SAMPLE_MS = 2000;
const MAX_RSS_GROWTH = 0.1;

const root = resolve(import.meta.dirname, '..');
const log = (line: string) => console.log(`soak: ${line}`);

function ensureDatabase(): string {
  if (args.db) {
    const path = resolve(args.db);
    if (!existsSync(path)) throw new Error(`--db ${path} does not exist`);
    return path;
  }
  const path = resolve(root, 'data/ledger.db');
  if (!existsSync(path)) {
    log(`${path} is missing: building it with npm run seed`);
    const seeded = spawnSync('npm', ['run', 'seed'], { cwd: root, stdio: 'inherit', env: { ...process.env, DATABASE_PATH: path } });
    if (seeded.status !== 0) throw new Error('npm run seed failed');
  }
  return path;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function rssKb(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;

async function waitReady(base: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode} before it was ready:\n${output()}`);
    try {
      const response = await fetch(`${base}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server was not ready within 20 s:\n${output()}`);
}

interface Mix {
  paths: string[];
  conditional: { path: string; etag: string }[];
  cursors: string[];
}

/** Representative requests, from the live server: lists with each kind of filter, single views of real ids. */
async function representativeMix(base: string): Promise<Mix> {
  const json = async (path: string) =>
    (await fetch(`${base}${path}`)).json() as Promise<{ data: { id: string }[]; page: { next_cursor: string | null } }>;
  const paths = [
    '/v1/statements',
    '/v1/statements?limit=500',
    '/v1/statements?speaker=sergei-lavrov',
    '/v1/statements?q=aleppo',
    '/v1/statements?q=moral%20majority&sort=relevance',
    '/v1/statements?from=2016-12-01&to=2016-12-31&sort=-date',
    '/v1/statements?format=csv&limit=100',
    '/v1/events',
    '/v1/events?type=veto,un_vote',
    '/v1/events?actor=russia',
    '/v1/events?q=ceasefire',
    '/v1/votes',
    '/v1/votes?vetoed_by=russia',
    '/v1/votes?member=china&position=no',
    '/v1/figures',
    '/v1/figures?metric=trapped',
    '/v1/figures?min_value=10000&format=csv',
    '/v1/actors',
    '/v1/actors?q=lav',
    '/v1/actors?kind=state&sort=-name',
    '/v1/locations',
    '/v1/locations?parent=aleppo',
    '/v1/sources',
    '/v1/sources?q=veto',
    '/healthz',
    '/readyz',
    '/openapi.json',
  ];
  const cursors: string[] = [];
  for (const list of ['statements', 'events', 'votes', 'figures', 'actors', 'locations', 'sources']) {
    const page = await json(`/v1/${list}?limit=500`);
    for (const record of page.data.slice(0, 6)) paths.push(`/v1/${list}/${record.id}`);
    const first = await json(`/v1/${list}?limit=3`);
    if (first.page.next_cursor) {
      cursors.push(first.page.next_cursor);
      paths.push(`/v1/${list}?limit=3&cursor=${encodeURIComponent(first.page.next_cursor)}`);
    }
  }
  const conditional: Mix['conditional'] = [];
  for (const path of paths.slice(0, 10)) {
    const etag = (await fetch(`${base}${path}`)).headers.get('etag');
    if (etag) conditional.push({ path, etag });
  }
  return { paths, conditional, cursors };
}

interface FuzzTally {
  sent: number;
  byClass: Record<string, number>;
  samples5xx: string[];
  failures: number;
}

/** The adversarial stream: a few concurrent loops until `until`, each request checked for a 5xx. */
async function fuzzStream(base: string, cursors: string[], until: number, tally: FuzzTally) {
  const next = adversarialUrls(seed, cursors);
  const loop = async () => {
    while (Date.now() < until) {
      const url = next();
      let target: URL;
      try {
        target = new URL(`${base}${url}`);
      } catch {
        continue; // not even a URL a client library could send
      }
      try {
        const response = await fetch(target, { signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        const klass = `${Math.floor(response.status / 100)}xx`;
        tally.byClass[klass] = (tally.byClass[klass] ?? 0) + 1;
        if (response.status >= 500 && tally.samples5xx.length < 10) tally.samples5xx.push(`${response.status} ${url.slice(0, 300)}`);
      } catch (error) {
        // Node's HTTP parser may refuse a URL outright (431, reset) — but a timeout or a refused connection
        // while the server should be up is a failure.
        tally.failures += 1;
        if (tally.failures <= 5) log(`fuzz request failed: ${(error as Error).message} for ${url.slice(0, 200)}`);
      }
      tally.sent += 1;
    }
  };
  await Promise.all([loop(), loop()]);
}

async function main() {
  const databasePath = ensureDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let serverOutput = '';
  const server = spawn(process.execPath, [resolve(root, 'dist/server.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_PATH: databasePath,
      SEED_IF_MISSING: 'false',
      RATE_LIMIT_ENABLED: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    // Keep the start and the end of what the server says; warn-level lines are few when all is well.
    serverOutput = (serverOutput + chunk.toString('utf8')).slice(-20_000);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitedPromise = new Promise<void>((r) =>
    server.on('exit', (code, signal) => {
      exited = { code, signal };
      r();
    }),
  );

  const pid = server.pid as number;
  log(`server pid ${pid} on ${base}, database ${databasePath}`);
  log(`${minutes} min (${totalSeconds} s), ${connections} connections, warm-up ${warmupSeconds} s, fuzz seed ${seed}`);
  await waitReady(base, server, () => serverOutput);
  const mix = await representativeMix(base);
  log(`${mix.paths.length} representative paths, ${mix.conditional.length} conditional, ${mix.cursors.length} cursors`);

  const rssSamples: { t: number; kb: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => {
    const kb = rssKb(pid);
    if (kb !== undefined) rssSamples.push({ t: (Date.now() - started) / 1000, kb });
  }, SAMPLE_MS);
  const progress = setInterval(() => {
    const last = rssSamples.at(-1);
    log(`t=${Math.round((Date.now() - started) / 1000)} s, rss ${last ? mb(last.kb) : '?'}`);
  }, 60_000);

  let counter = 0;
  const load = autocannon({
    url: base,
    connections,
    duration: totalSeconds,
    timeout: 10,
    requests: [
      {
        setupRequest: (request) => {
          counter += 1;
          if (counter % 10 === 0 && mix.conditional.length > 0) {
            const { path, etag } = mix.conditional[counter % mix.conditional.length] as Mix['conditional'][number];
            return { ...request, path, headers: { 'if-none-match': etag } };
          }
          return {
            ...request,
            path: mix.paths[counter % mix.paths.length] as string,
            headers: { accept: counter % 7 === 0 ? 'text/csv' : 'application/json' },
          };
        },
      },
    ],
  });
  const fuzz: FuzzTally = { sent: 0, byClass: {}, samples5xx: [], failures: 0 };
  const [result] = await Promise.all([load, fuzzStream(base, mix.cursors, started + totalSeconds * 1000, fuzz)]);
  clearInterval(sampler);
  clearInterval(progress);
  const finalKb = rssKb(pid);
  if (finalKb !== undefined) rssSamples.push({ t: (Date.now() - started) / 1000, kb: finalKb });

  const alive = server.exitCode === null;
  server.kill('SIGTERM');
  const stopTimer = setTimeout(() => server.kill('SIGKILL'), 15_000);
  await exitedPromise;
  clearTimeout(stopTimer);

  const baselineWindow = rssSamples.filter((s) => s.t >= warmupSeconds && s.t < warmupSeconds + WINDOW_SECONDS).map((s) => s.kb);
  const endWindow = rssSamples.filter((s) => s.t >= totalSeconds - WINDOW_SECONDS).map((s) => s.kb);
  const startKb = median(baselineWindow);
  const endKb = median(endWindow);
  const growth = (endKb - startKb) / startKb;
  const peakKb = Math.max(...rssSamples.map((s) => s.kb));
  // For the reader, not the verdict: a leak is a steady slope, a GC or load spike is not.
  const trend = rssSamples.filter((s) => s.t >= warmupSeconds);
  const meanT = trend.reduce((a, s) => a + s.t, 0) / trend.length;
  const meanKb = trend.reduce((a, s) => a + s.kb, 0) / trend.length;
  const slopeKbPerS = trend.reduce((a, s) => a + (s.t - meanT) * (s.kb - meanKb), 0) / trend.reduce((a, s) => a + (s.t - meanT) ** 2, 0);
  const firstKb = rssSamples[0]?.kb ?? Number.NaN;

  const codes = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stat]) => `${code}:${stat.count ?? 0}`)
    .join(' ');
  const served5xx = result['5xx'] + (fuzz.byClass['5xx'] ?? 0);
  const served = result.requests.total + fuzz.sent;

  console.log('');
  log('---- results ----');
  log(
    `requests served: ${served} (${result.requests.total} load at ${Math.round(result.requests.average)} req/s mean, ${fuzz.sent} adversarial)`,
  );
  log(`load: 2xx ${result['2xx']}, 3xx ${result['3xx']} (304s), 4xx ${result['4xx']}, 5xx ${result['5xx']}; by code ${codes}`);
  log(
    `load: latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  log(
    `fuzz: ${Object.entries(fuzz.byClass)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}; client-side failures ${fuzz.failures}`,
  );
  for (const sample of fuzz.samples5xx) log(`fuzz 5xx: ${sample}`);
  log(`5xx total: ${served5xx}`);
  log(
    `rss: first ${mb(firstKb)}; after warm-up (median of ${baselineWindow.length} samples, ${warmupSeconds}-${warmupSeconds + WINDOW_SECONDS} s) ${mb(startKb)}; end (median of last ${endWindow.length}) ${mb(endKb)}; peak ${mb(peakKb)}; growth ${(growth * 100).toFixed(1)}%`,
  );
  log(`rss trend after warm-up: ${((slopeKbPerS * 60) / 1024).toFixed(2)} MB/min over ${trend.length} samples (information only)`);
  log(`server: alive at the end ${alive}; after SIGTERM exited with code ${exited?.code} signal ${exited?.signal ?? 'none'}`);
  const warnings = serverOutput.split('\n').filter((l) => l.trim()).length;
  log(`server log lines at warn or above: ${warnings}`);
  if (warnings > 0) console.log(serverOutput.split('\n').slice(0, 10).join('\n'));

  const failures: string[] = [];
  if (served5xx > 0) failures.push(`${served5xx} responses were 5xx`);
  if (!(growth <= MAX_RSS_GROWTH)) failures.push(`RSS grew ${(growth * 100).toFixed(1)}% (limit ${MAX_RSS_GROWTH * 100}%)`);
  if (!alive) failures.push('the server died during the run');
  if (exited?.code !== 0) failures.push(`the server did not shut down cleanly (code ${exited?.code}, signal ${exited?.signal})`);
  if (result.errors > 0 || result.timeouts > 0) failures.push(`${result.errors} connection errors, ${result.timeouts} timeouts under load`);
  if (fuzz.failures > 0) failures.push(`${fuzz.failures} adversarial requests failed at the client (timeout or reset)`);
  if (failures.length > 0) {
    log(`FAIL: ${failures.join('; ')}`);
    process.exit(1);
  }
  log('PASS: no 5xx, RSS flat, clean shutdown');
}

main().catch((error) => {
  console.error(`soak: ${(error as Error).message}`);
  process.exit(1);
});
