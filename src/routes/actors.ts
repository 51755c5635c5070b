import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ActorDetail, ActorList, ActorQuery, MergedActor } from '../schemas/actor.js';
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
      'An actor with its aliases, roles and counts of the statements it made, the events it takes part in, the votes in which it has a position and the figures it claimed. The id of an actor a curator merged into another (`merged_into` in seed/) answers 308 Permanent Redirect to the actor that stands (`Location`), whose aliases now hold its names: links people cited keep working.',
    example: 'sergei-lavrov',
    response: ActorDetail,
    get: (id) => actors.get(id),
    moved: {
      to: (id) => actors.mergedInto(id),
      body: MergedActor.meta({
        description:
          'Permanent Redirect: a curator merged this actor into another (`merged_into` in seed/); `Location` is `/v1/actors/<merged_into>`, which holds its names as aliases and its records.',
      }),
    },
  });
};
