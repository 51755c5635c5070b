import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { LocationDetail, LocationList, LocationQuery } from '../schemas/location.js';
import { splitList } from '../schemas/query-params.js';
import { listRoute, recordRoute } from './record-routes.js';

export const locationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { locations, references } = app.repos;
  listRoute(app, '/v1/locations', {
    summary: 'List places',
    description:
      'Places by kind and parent, or searched by name and aliases with `q` (the last word matches as a prefix). By name, then id. Each place carries its parent and aliases.',
    querystring: LocationQuery,
    response: LocationList,
    repository: locations,
    // Place names are typed a few letters at a time, like actors' names: the last word of q is a prefix.
    sort: 'name',
    filters: (query, search) => ({
      kind: splitList(query.kind),
      parent: references.checkedIds('locations', 'parent', query.parent),
      search,
    }),
  });

  recordRoute(app, '/v1/locations', {
    summary: 'One place, with the places inside it and how many records are tied to it',
    description:
      'A place with its parent, aliases, the places directly inside it, and counts of the events, statements and figures tied to it.',
    example: 'eastern-aleppo',
    response: LocationDetail,
    get: (id) => locations.get(id),
  });
};
