/**
 * Infrastructure layer: the read-only database and the repositories over it, decorated once on the instance.
 * Routes get `app.repos`; nothing below the routes sees a request.
 */
import type { FastifyInstance } from 'fastify';
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
}

export default fp(
  async (app: FastifyInstance, options: LedgerPluginOptions) => {
    const ledger = openLedger(options.databasePath, MIGRATIONS_DIR);
    let pool: QueryPool | undefined;
    try {
      // Opened now, beside the main connection, so that every connection reads the build the server checked.
      if (options.search.workers > 0) pool = await QueryPool.open(options.databasePath, ledger.buildId, options.search.workers);
    } catch (error) {
      ledger.close();
      throw error;
    }
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
    app.addHook('onClose', async () => {
      await pool?.close();
      ledger.close();
    });
  },
  { name: 'ledger' },
);
