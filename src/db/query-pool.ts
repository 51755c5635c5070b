/**
 * Worker threads, each with its own read-only connection to the ledger, that run the queries whose cost grows with
 * the data a client names rather than with the page it gets: full-text searches (a common word matches a large
 * share of the corpus). better-sqlite3 is synchronous, so on the main thread such a query holds the event loop and
 * every other request waits behind it; in a worker it holds only that worker, and the main thread keeps serving.
 *
 * The workers open the file at start (not on first use) and check that it holds the same build as the main
 * connection, so a database renamed over the served one cannot be half-read by a late worker. A query takes SQL
 * built by the repositories (never client text) and its parameters, and resolves with raw rows (arrays), as
 * `.raw(true)` gives them on the main thread. Workers do not keep the process alive.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The worker's code: CommonJS, evaluated, so it runs the same under tsx, vitest and the compiled build. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  db.pragma('query_only = ON');
  const row = db.prepare("SELECT value FROM ledger_meta WHERE key = 'build_id'").get();
  if (!row || row.value !== workerData.buildId) throw new Error('the file holds build ' + (row && row.value) + ', not ' + workerData.buildId);
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, error: String(error && error.message || error) });
}
const statements = new Map();
parentPort.on('message', ({ id, sql, params }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql).raw(true);
      statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(...params) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

interface Job {
  id: number;
  sql: string;
  params: unknown[];
  resolve: (rows: unknown[][]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Job | null;
}

export class QueryPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Called when the pool has nothing running or queued (a draining close waits for it). */
  private onIdle: (() => void) | null = null;
  ready: Promise<void> = Promise.resolve();

  private constructor() {}

  /**
   * Starts `size` workers on `path`; `ready` settles when each has opened it and found build `buildId` (or rejects,
   * the pool closed, when one cannot). The server starts them first and awaits them last, so the workers open the
   * file while the rest of the app registers.
   */
  static start(path: string, buildId: string, size: number): QueryPool {
    const pool = new QueryPool();
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    pool.ready = Promise.all(
      Array.from({ length: size }, async () => {
        // execArgv: [] so the parent's flags do not change how the source is read: under `node --input-type=module`
        // (the Dockerfile's start-up check) an inherited flag made this CommonJS source an ES module without require.
        const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { path, buildId, driver } });
        worker.unref();
        const slot: Slot = { worker, busy: null };
        pool.slots.push(slot);
        await new Promise<void>((resolve, reject) => {
          worker.once('message', (message: { ready: boolean; error?: string }) =>
            message.ready ? resolve() : reject(new Error(`query worker cannot open ${path}: ${message.error}`)),
          );
          worker.once('error', reject);
        });
        worker.on('message', (message: { id: number; rows?: unknown[][]; error?: string }) => pool.settle(slot, message));
        worker.on('error', (error) => pool.fail(slot, error));
      }),
    ).then(
      () => undefined,
      async (error) => {
        await pool.close();
        throw error;
      },
    );
    // Awaited by whoever needs the pool; until then a failure is not an unhandled rejection.
    pool.ready.catch(() => {});
    return pool;
  }

  /** Starts `size` workers on `path` and waits until each has opened it and found build `buildId`. */
  static async open(path: string, buildId: string, size: number): Promise<QueryPool> {
    const pool = QueryPool.start(path, buildId, size);
    await pool.ready;
    return pool;
  }

  get size(): number {
    return this.slots.length;
  }

  /** Runs one query on the first free worker (or when one frees up, in order of arrival). */
  all(sql: string, params: unknown[]): Promise<unknown[][]> {
    if (this.closed) return Promise.reject(new QueryPoolClosed());
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, sql, params, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.busy) continue;
      const job = this.queue.shift() as Job;
      slot.busy = job;
      slot.worker.ref(); // a query in flight keeps the process alive until it answers
      slot.worker.postMessage({ id: job.id, sql: job.sql, params: job.params });
    }
  }

  private settle(slot: Slot, message: { id: number; rows?: unknown[][]; error?: string }): void {
    const job = slot.busy;
    if (!job || job.id !== message.id) return;
    slot.busy = null;
    slot.worker.unref();
    if (message.error !== undefined) job.reject(new Error(message.error));
    else job.resolve(message.rows ?? []);
    this.dispatch();
    if (this.idle) this.onIdle?.();
  }

  private get idle(): boolean {
    return this.queue.length === 0 && this.slots.every((slot) => !slot.busy);
  }

  /** A worker that died takes its query with it; the others carry on (the pool does not respawn). */
  private fail(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    slot.busy?.reject(error);
    if (this.slots.length === 0) for (const job of this.queue.splice(0)) job.reject(error);
    if (this.idle) this.onIdle?.();
  }

  /**
   * Closes the pool, first letting it drain for up to `drainMs`: queries running or queued finish, and so do the
   * ones their requests go on to ask (a page after its count) while the pool is still draining. It is drained when
   * nothing is running or queued and the main thread has had a turn without asking for more. Queries still
   * waiting after `drainMs` are refused with QueryPoolClosed, as is every query asked after the close.
   */
  async close(drainMs = 0): Promise<void> {
    if (drainMs > 0 && !this.closed) {
      const deadline = performance.now() + drainMs;
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, drainMs);
      });
      try {
        while (performance.now() < deadline) {
          if (!this.idle) {
            await Promise.race([new Promise<void>((resolve) => (this.onIdle = resolve)), expired]);
            this.onIdle = null;
          }
          // A request that got its rows may ask for more in its next step: give it a turn before calling it drained.
          await new Promise((resolve) => setImmediate(resolve));
          if (this.idle) break;
        }
      } finally {
        clearTimeout(timer);
        this.onIdle = null;
      }
    }
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new QueryPoolClosed());
    for (const slot of this.slots) slot.busy?.reject(new QueryPoolClosed());
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }
}

/** A query asked of a closed pool, or still queued when a draining close ran out of time: the server is shutting down. */
export class QueryPoolClosed extends Error {
  constructor() {
    super('the query pool is closed: the server is shutting down');
    this.name = 'QueryPoolClosed';
  }
}
