/** Routes layer: one file per resource. */
import type { FastifyInstance } from 'fastify';
import { actorRoutes } from './actors.js';
import { eventRoutes } from './events.js';
import { exportRoutes } from './exports.js';
import { figureRoutes } from './figures.js';
import { healthRoutes } from './health.js';
import { locationRoutes } from './locations.js';
import { quantityRoutes } from './quantities.js';
import { sourceRoutes } from './sources.js';
import { statementRoutes } from './statements.js';
import { timelineRoutes } from './timeline.js';
import { voteRoutes } from './votes.js';
import { webAnnotationRoutes } from './web-annotations.js';

export async function registerRoutes(app: FastifyInstance) {
  await app.register(healthRoutes);
  await app.register(eventRoutes);
  await app.register(statementRoutes);
  await app.register(voteRoutes);
  await app.register(figureRoutes);
  await app.register(quantityRoutes);
  await app.register(timelineRoutes);
  await app.register(sourceRoutes);
  await app.register(actorRoutes);
  await app.register(locationRoutes);
  await app.register(webAnnotationRoutes);
  await app.register(exportRoutes);
}
