import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '../http/errors.js';
import { type PageSource, sendList } from '../http/list-reply.js';
import { LIST_ROUTE, RECORD_ROUTE } from '../http/route-config.js';
import { ActorDetail, ActorList, ActorQuery } from '../schemas/actor.js';
import { idPathParams, provenanceFilter, splitList } from '../schemas/common.js';
import { facetsOf } from './facet-args.js';
import { listArgs } from './list-args.js';
import { listResponses, singleResponses } from './responses.js';

export const actorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/actors',
    {
      config: LIST_ROUTE,
      schema: {
        tags: ['actors'],
        summary: 'List people, states, organisations, UN bodies and armed groups',
        description:
          'Actors by kind, or searched by name and aliases with `q` (the last word matches as a prefix, so `q=lavr` finds Sergei Lavrov). By name, then id. Each actor carries its aliases and roles.',
        querystring: ActorQuery,
        response: listResponses(ActorList),
      },
    },
    async (request, reply) => {
      const query = request.query;
      // Names are typed a few letters at a time: the last word is a prefix.
      const args = listArgs(app, query, 'name', { prefixSearch: true });
      const filters = { kind: splitList(query.kind), search: args.search, provenance: provenanceFilter(query) };
      const pages: PageSource = (limit, cursor) => app.repos.actors.listAsync(filters, args.sort, limit, cursor);
      const facets = await facetsOf(app.repos.facets, app.repos.actors, filters, query);
      return sendList(request, reply, {
        pages,
        limit: args.limit,
        cursor: args.cursor,
        format: query.format,
        listSchema: ActorList,
        facets,
      });
    },
  );

  app.get(
    '/v1/actors/:id',
    {
      config: RECORD_ROUTE,
      schema: {
        tags: ['actors'],
        summary: 'One actor, with its roles and how many records name it',
        description:
          'An actor with its aliases, roles and counts of the statements it made, the events it takes part in, the votes in which it has a position and the figures it claimed.',
        params: idPathParams.extend({ id: idPathParams.shape.id.meta({ example: 'sergei-lavrov' }) }),
        response: singleResponses(ActorDetail),
      },
    },
    async (request) => {
      const actor = app.repos.actors.get(request.params.id);
      if (!actor) throw new ApiError('not_found', `No actor with id "${request.params.id}"`);
      return actor;
    },
  );
};
