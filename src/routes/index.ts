/** Routes layer: one file per resource. */
import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './health.js';
import { statementRoutes } from './statements.js';

export async function registerRoutes(app: FastifyInstance) {
  await app.register(healthRoutes);
  await app.register(statementRoutes);
}
