/**
 * Infrastructure layer: the read-only database and the repositories over it, decorated once on the instance.
 * Routes get `app.repos`; nothing below the routes sees a request.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type Ledger, openLedger } from '../db/open-ledger.js';
import { MIGRATIONS_DIR } from '../paths.js';
import { createRepositories, type Repositories } from '../repositories/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    ledger: Ledger;
    repos: Repositories;
  }
}

export interface LedgerPluginOptions {
  databasePath: string;
}

export default fp(
  async (app: FastifyInstance, options: LedgerPluginOptions) => {
    const ledger = openLedger(options.databasePath, MIGRATIONS_DIR);
    app.decorate('ledger', ledger);
    app.decorate('repos', createRepositories(ledger.db, { buildId: ledger.buildId }));
    app.addHook('onClose', async () => ledger.close());
  },
  { name: 'ledger' },
);
