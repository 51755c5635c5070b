import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ActorDetail, ActorList, ActorQuery } from '../schemas/actor.js';
import { provenanceFilter, splitList } from '../schemas/query-params.js';
import { listRoute, recordRoute } from './record-routes.js';

export const actorRoutes: FastifyPluginAsyncZod = async (app) => {
  const { actors } = app.repos;
  listRoute(app, '/v1/actors', {
    summary: 'List people, states, organisations, UN bodies and armed groups',
    description:
      'Actors by kind, or searched by name and aliases with `q` (the last word matches as a prefix, so `q=lavr` finds Sergei Lavrov). By name, then id. Each actor carries its aliases and roles.',
    querystring: ActorQuery,
    response: ActorList,
    repository: actors,
    // Names are typed a few letters at a time: the last word of q is a prefix.
    sort: 'name',
    filters: (query, search) => ({ kind: splitList(query.kind), search, provenance: provenanceFilter(query) }),
  });

  recordRoute(app, '/v1/actors', {
    summary: 'One actor, with its roles and how many records name it',
    description:
      'An actor with its aliases, roles and counts of the statements it made, the events it takes part in, the votes in which it has a position and the figures it claimed.',
    example: 'sergei-lavrov',
    response: ActorDetail,
    get: (id) => actors.get(id),
  });
};
