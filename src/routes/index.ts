/** Routes layer: one file per resource. */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
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

/** In the order the OpenAPI document lists their paths. */
const RESOURCES: FastifyPluginAsync[] = [
  healthRoutes,
  eventRoutes,
  statementRoutes,
  voteRoutes,
  figureRoutes,
  quantityRoutes,
  timelineRoutes,
  sourceRoutes,
  actorRoutes,
  locationRoutes,
  webAnnotationRoutes,
  exportRoutes,
];

export async function registerRoutes(app: FastifyInstance) {
  for (const routes of RESOURCES) await app.register(routes);
}
