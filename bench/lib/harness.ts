/**
 * Process and HTTP plumbing for the benchmark: free ports, child servers, readiness polling, one-off requests,
 * memory sampling from /proc, and an autocannon run that records every response's latency exactly (autocannon's
 * own histogram keeps whole milliseconds, too coarse for sub-millisecond responses).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import autocannon from 'autocannon';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  milliseconds: number;
}

export function httpGet(port: number, path: string, timeoutMs = 60_000): Promise<HttpResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          milliseconds: performance.now() - started,
        }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

export interface Child {
  process: ChildProcess;
  pid: number;
  port: number;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export function startChild(command: string, args: string[], env: NodeJS.ProcessEnv, port: number): Child {
  const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    process: child,
    pid: child.pid ?? -1,
    port,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `path` until it answers 200; resolves with the milliseconds since `since`. */
export async function waitReady(child: Child, path: string, since: number, timeoutMs = 30_000): Promise<number> {
  let exitCode: number | null | undefined;
  child.exited.then((code) => {
    exitCode = code;
  });
  for (;;) {
    if (exitCode !== undefined) throw new Error(`server exited with code ${exitCode} before it was ready`);
    if (performance.now() - since > timeoutMs) throw new Error(`server not ready after ${timeoutMs} ms`);
    try {
      const res = await httpGet(child.port, path, 1000);
      if (res.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Resident memory of a process from /proc (kB): current and high-water mark. */
export function memoryOf(pid: number): { rssKb: number; hwmKb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)/.exec(status);
    const hwm = /VmHWM:\s+(\d+)/.exec(status);
    return { rssKb: Number(rss?.[1] ?? 0), hwmKb: Number(hwm?.[1] ?? 0) };
  } catch {
    return null;
  }
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Mean response size (body and headers), bytes. */
  bytesPerResponse: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  seconds: number;
}

const percentile = (sorted: Float64Array, p: number) =>
  sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number);

/** Drives `url` with autocannon for `seconds` and returns exact latency percentiles (ms). */
export async function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  let latencies = new Float64Array(1 << 16);
  let n = 0;
  let ok = 0;
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon({ url, connections, duration: seconds, timeout: 30 }, (error, result) =>
    error ? fail(error) : finish(result),
  );
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    if (status < 200 || status >= 300) return;
    ok++;
    if (n === latencies.length) {
      const grown = new Float64Array(latencies.length * 2);
      grown.set(latencies);
      latencies = grown;
    }
    latencies[n++] = responseTime;
  });
  const result = await done;
  const sorted = latencies.slice(0, n).sort();
  const elapsed = result.duration;
  return {
    requests: ok,
    requestsPerSecond: ok / elapsed,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: n > 0 ? (sorted[n - 1] as number) : Number.NaN,
    bytesPerResponse: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    seconds: elapsed,
  };
}
