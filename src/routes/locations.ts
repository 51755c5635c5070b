import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '../http/errors.js';
import { type PageSource, sendList } from '../http/list-reply.js';
import { LIST_ROUTE, RECORD_ROUTE } from '../http/route-config.js';
import { idPathParams, splitList } from '../schemas/common.js';
import { LocationDetail, LocationList, LocationQuery } from '../schemas/location.js';
import { facetsOf } from './facet-args.js';
import { listArgs } from './list-args.js';
import { listResponses, singleResponses } from './responses.js';

export const locationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/locations',
    {
      config: LIST_ROUTE,
      schema: {
        tags: ['locations'],
        summary: 'List places',
        description:
          'Places by kind and parent, or searched by name and aliases with `q` (the last word matches as a prefix). By name, then id. Each place carries its parent and aliases.',
        querystring: LocationQuery,
        response: listResponses(LocationList),
      },
    },
    async (request, reply) => {
      const query = request.query;
      // Place names are typed a few letters at a time, like actors' names: the last word is a prefix.
      const args = listArgs(app, query, 'name', { prefixSearch: true });
      const parent = app.repos.references.checkedIds('locations', 'parent', query.parent);
      const filters = { kind: splitList(query.kind), parent, search: args.search };
      const pages: PageSource = (limit, cursor) => app.repos.locations.listAsync(filters, args.sort, limit, cursor);
      const facets = await facetsOf(app.repos.facets, app.repos.locations, filters, query);
      return sendList(request, reply, {
        pages,
        limit: args.limit,
        cursor: args.cursor,
        format: query.format,
        listSchema: LocationList,
        facets,
      });
    },
  );

  app.get(
    '/v1/locations/:id',
    {
      config: RECORD_ROUTE,
      schema: {
        tags: ['locations'],
        summary: 'One place, with the places inside it and how many records are tied to it',
        description:
          'A place with its parent, aliases, the places directly inside it, and counts of the events, statements and figures tied to it.',
        params: idPathParams.extend({ id: idPathParams.shape.id.meta({ example: 'eastern-aleppo' }) }),
        response: singleResponses(LocationDetail),
      },
    },
    async (request) => {
      const location = app.repos.locations.get(request.params.id);
      if (!location) throw new ApiError('not_found', `No location with id "${request.params.id}"`);
      return location;
    },
  );
};
