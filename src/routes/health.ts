import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { PROBE_ROUTE } from '../http/route-config.js';
import { sendProblem } from '../plugins/problem-handler.js';
import { healthResponses } from './responses.js';

const Liveness = z.object({ status: z.literal('ok') }).meta({ id: 'Liveness' });
const Readiness = z
  .object({
    status: z.literal('ready'),
    schema_version: z.string(),
    build_id: z.string(),
    kind: z.string().meta({ description: '`curated` for the real corpus, `synthetic` for a generated benchmark database.' }),
    counts: z.record(z.string(), z.int()).meta({ description: 'Rows per table in this build.' }),
  })
  .meta({ id: 'Readiness' });

/**
 * Probes take any query and ignore it: a load balancer or orchestrator that appends one (a cache-buster, a
 * token) must not see a healthy process as failing. Every other route refuses a parameter it does not know.
 */
const ANY_QUERY = z.looseObject({});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      config: PROBE_ROUTE,
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process answers',
        description: 'Answers 200 while the process is alive, whatever the state of the database.',
        querystring: ANY_QUERY,
        response: { 200: Liveness },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: PROBE_ROUTE,
      schema: {
        tags: ['health'],
        summary: 'Readiness: database open, schema current, data loaded',
        description:
          'Answers 200 only when the database is open, its schema version matches the migrations this server was built with, and data is loaded; 503 otherwise.',
        querystring: ANY_QUERY,
        response: healthResponses(Readiness),
      },
    },
    async (request, reply) => {
      const { ledger } = app;
      if (!ledger.isReady() || ledger.schemaVersion !== ledger.expectedSchemaVersion) {
        return sendProblem(request, reply, 'not_ready', 'The database is closed or its schema is not current');
      }
      return {
        status: 'ready' as const,
        schema_version: ledger.schemaVersion,
        build_id: ledger.buildId,
        kind: ledger.kind,
        counts: ledger.counts,
      };
    },
  );
};
