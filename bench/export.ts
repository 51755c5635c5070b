/**
 * `npm run bench:export -- [--db data/synthetic.db] [--quick]`
 *
 * Memory and speed of the bulk exports on a large database: for each download, a fresh server (the production
 * build, dist/server.js, as a child process, rate limiting and the response cache as configured by default) is
 * started on the database, warmed with one JSON page, and then asked for the whole download by one client that
 * counts lines and bytes as they arrive. The server's resident memory is sampled from /proc every 100 ms, and its
 * high-water mark (VmHWM) read at the end: flat memory means the peak during a million-record stream stays near the
 * idle figure. The line count is checked against the database's own count (ledger_meta). A slow client (reading
 * about 1 MB/s, then leaving) shows backpressure and the stop when a client goes away.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { PROJECT_ROOT } from '../src/paths.js';
import { type Child, freePort, httpGet, memoryOf, startChild, waitReady } from './lib/harness.js';

const { values } = parseArgs({
  options: { db: { type: 'string', default: join(PROJECT_ROOT, 'data/synthetic.db') }, quick: { type: 'boolean', default: false } },
});
const databasePath = values.db as string;

const counts = (() => {
  const db = new Database(databasePath, { readonly: true });
  try {
    const row = db.prepare("SELECT value FROM ledger_meta WHERE key = 'counts'").get() as { value: string } | undefined;
    return JSON.parse(row?.value ?? '{}') as Record<string, number>;
  } finally {
    db.close();
  }
})();

async function startServer(): Promise<Child> {
  const port = await freePort();
  const child = startChild(
    process.execPath,
    [join(PROJECT_ROOT, 'dist/server.js')],
    {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      SEED_IF_MISSING: 'false',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ENABLED: 'false',
    },
    port,
  );
  await waitReady(child, '/readyz', performance.now(), 120_000);
  return child;
}

interface StreamResult {
  status: number;
  lines: number;
  bytes: number;
  seconds: number;
  /** Highest VmRSS seen while streaming, MB. */
  peakSampledMb: number;
}

/** Reads `path` to the end (or until `stopAfterBytes`), at most `bytesPerSecond` when given, sampling the server's RSS. */
function stream(child: Child, path: string, options: { bytesPerSecond?: number; stopAfterSeconds?: number } = {}): Promise<StreamResult> {
  const started = performance.now();
  let peakKb = 0;
  const sampler = setInterval(() => {
    const memory = memoryOf(child.pid);
    if (memory) peakKb = Math.max(peakKb, memory.rssKb);
  }, 100);
  return new Promise((resolve, reject) => {
    let lines = 0;
    let bytes = 0;
    const finish = (status: number) => {
      clearInterval(sampler);
      resolve({ status, lines, bytes, seconds: (performance.now() - started) / 1000, peakSampledMb: peakKb / 1024 });
    };
    const req = request({ host: '127.0.0.1', port: child.port, path, agent: false }, (res) => {
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        const elapsed = (performance.now() - started) / 1000;
        if (options.stopAfterSeconds !== undefined && elapsed > options.stopAfterSeconds) {
          req.destroy();
          finish(res.statusCode ?? 0);
          return;
        }
        if (options.bytesPerSecond) {
          const ahead = bytes / options.bytesPerSecond - elapsed;
          if (ahead > 0) {
            res.pause();
            setTimeout(() => res.resume(), ahead * 1000);
          }
        }
      });
      res.on('end', () => finish(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', (error) => {
      if (options.stopAfterSeconds === undefined) reject(error);
    });
    req.end();
  });
}

const mb = (kb: number) => (kb / 1024).toFixed(0);

async function measure(label: string, path: string, expected: number | undefined, options: Parameters<typeof stream>[2] = {}) {
  const child = await startServer();
  try {
    await httpGet(child.port, '/v1/statements?limit=50');
    const idle = memoryOf(child.pid);
    const result = await stream(child, path, options);
    // Let a stopped stream's server side notice, then read what the process kept.
    await new Promise((r) => setTimeout(r, 1000));
    const after = memoryOf(child.pid);
    const header = label.padEnd(34);
    const rate = `${Math.round(result.lines / result.seconds).toLocaleString('en')} lines/s, ${(result.bytes / 1e6 / result.seconds).toFixed(1)} MB/s`;
    const count =
      expected === undefined ? '' : ` (database: ${expected.toLocaleString('en')}${result.lines === expected ? ', equal' : ', DIFFERENT'})`;
    console.log(
      `${header} HTTP ${result.status}, ${result.lines.toLocaleString('en')} lines${count}, ${(result.bytes / 1e6).toFixed(0)} MB in ${result.seconds.toFixed(1)} s: ${rate}`,
    );
    console.log(
      `${''.padEnd(34)} server RSS idle ${mb(idle?.rssKb ?? 0)} MB (VmHWM ${mb(idle?.hwmKb ?? 0)} MB), highest sampled while streaming ${result.peakSampledMb.toFixed(0)} MB, VmHWM after ${mb(after?.hwmKb ?? 0)} MB, RSS after ${mb(after?.rssKb ?? 0)} MB`,
    );
    if (expected !== undefined && result.lines !== expected) process.exitCode = 1;
  } finally {
    await child.stop();
  }
}

console.log(`bench:export on ${databasePath}: ${JSON.stringify(counts)}`);
await measure('statements, format=ndjson', '/v1/statements?format=ndjson', counts.statements);
if (!values.quick) {
  await measure('statements.csv (whole table)', '/v1/export/statements.csv', (counts.statements ?? 0) + 1);
  await measure('events, format=ndjson, within=aleppo', '/v1/events?format=ndjson&within=aleppo', undefined);
  await measure('slow client (1 MB/s, leaves at 15 s)', '/v1/statements?format=ndjson', undefined, {
    bytesPerSecond: 1_000_000,
    stopAfterSeconds: 15,
  });
}
