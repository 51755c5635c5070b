/**
 * Infrastructure layer: the read-only database and the repositories over it, decorated once on the instance.
 * Routes get `app.repos`; nothing below the routes sees a request.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type Ledger, openLedger } from '../db/open-ledger.js';
import { QueryPool } from '../db/query-pool.js';
import { RENDERING_DIGEST } from '../http/rendering-digest.js';
import { MIGRATIONS_DIR } from '../paths.js';
import { createRepositories, type Repositories } from '../repositories/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    ledger: Ledger;
    repos: Repositories;
    /**
     * Whether events, statements, votes and figures are served from the strings the build rendered (setting
     * `RENDERED_RESPONSES`, and a database rendered the way this code renders; see http/record-rendering.ts).
     */
    renderedResponses: boolean;
  }
}

export interface LedgerPluginOptions {
  databasePath: string;
  /** Worker threads for full-text searches (0: inline) and how many matches relevance ranks (0: all). */
  search: { workers: number; rankWindow: number };
  /** Facets from the build-time counts tables where a request allows (FACET_CUBES). */
  facetCubes?: boolean;
  /** Serve the build's rendered records when the database has them, rendered as this code would. */
  renderedResponses: boolean;
  /** On close, how long requests still running (and their searches) may take before the database closes (SHUTDOWN_GRACE_MS). */
  drainMs?: number;
}

/** The requests whose handler (or the stream it answered with) is still running. */
class Running {
  private readonly requests = new Set<FastifyRequest>();
  private onNone: (() => void) | null = null;

  begin(request: FastifyRequest): void {
    this.requests.add(request);
  }

  end(request: FastifyRequest): void {
    if (this.requests.delete(request) && this.requests.size === 0) this.onNone?.();
  }

  /** Resolves when none is running, or after `ms` whatever is still running. */
  async settled(ms: number): Promise<void> {
    if (this.requests.size === 0 || ms <= 0) return;
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      this.onNone = resolve;
      timer = setTimeout(resolve, ms);
    });
    clearTimeout(timer);
    this.onNone = null;
  }
}

export default fp(
  async (app: FastifyInstance, options: LedgerPluginOptions) => {
    const ledger = openLedger(options.databasePath, MIGRATIONS_DIR);
    // Started now, beside the main connection, so that every connection reads the build the server checked; the
    // workers open the file while the rest of the app registers, and the app is ready when they have.
    const pool = options.search.workers > 0 ? QueryPool.start(options.databasePath, ledger.buildId, options.search.workers) : undefined;
    app.addHook('onReady', async () => {
      await pool?.ready;
    });
    app.decorate('ledger', ledger);
    // A database rendered by other code (an older build, changed schemas) would answer other bytes than the
    // computed path: this server then computes every answer, and says so. This code's digest was computed when
    // it was written (`npm run openapi`; a test fails when it is stale), not at every start.
    let rendered = false;
    if (options.renderedResponses) {
      rendered = ledger.rendering === RENDERING_DIGEST;
      if (!rendered) {
        app.log.warn(
          ledger.rendering === null
            ? 'the database has no rendered records: every answer is computed (rebuild it with npm run seed)'
            : 'the database was rendered by other code: every answer is computed (rebuild it with npm run seed)',
        );
      }
    }
    app.decorate('renderedResponses', rendered);
    app.decorate(
      'repos',
      createRepositories(ledger.db, {
        buildId: ledger.buildId,
        pool,
        rankWindow: options.search.rankWindow,
        facetCubes: options.facetCubes,
      }),
    );
    // The HTTP server closes first, once every connected client has its answer; but a request whose client went
    // away keeps running (waiting on a search, say) after its socket is gone. The database closes after those
    // too, within drainMs: first the handlers still running (and the streams they answered with), then the
    // queries still in the pool.
    const running = new Running();
    app.addHook('preHandler', (request, _reply, done) => {
      running.begin(request);
      done();
    });
    app.addHook('onSend', (request, reply, payload, done) => {
      const streaming = payload !== null && typeof payload === 'object' && typeof (payload as { pipe?: unknown }).pipe === 'function';
      if (streaming && !reply.raw.destroyed) reply.raw.once('close', () => running.end(request));
      else running.end(request);
      done(null, payload);
    });
    app.addHook('onClose', async () => {
      const deadline = performance.now() + (options.drainMs ?? 0);
      await running.settled(options.drainMs ?? 0);
      await pool?.close(Math.max(0, deadline - performance.now()));
      ledger.close();
    });
  },
  { name: 'ledger' },
);
