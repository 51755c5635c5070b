import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { Quantity, QuantityList, QuantityQuery } from '../schemas/quantity.js';
import { splitList } from '../schemas/query-params.js';
import { listRoute, recordRoute } from './record-routes.js';

export const quantityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { quantities, references } = app.repos;
  listRoute(app, '/v1/quantities', {
    summary: "List quantities: one measured thing, every source's claim about it",
    description:
      'A quantity is what several figures measure ("people trapped in eastern Aleppo in early December 2016"). Which figures belong together is a curator\'s decision, explained in `note`; the period, the `envelope` every claim allows and `consistent` are computed. Filter by metric, category, location (exact) or `within` (a place and everything inside it), source, the period overlapping `from`/`to`, and `consistent`. By the start of the period, then id.',
    querystring: QuantityQuery,
    response: QuantityList,
    repository: quantities,
    filters: (query) => ({
      metric: splitList(query.metric),
      category: splitList(query.category),
      location: references.checkedIds('locations', 'location', query.location),
      within: references.checkedIds('locations', 'within', query.within),
      source: references.checkedIds('sources', 'source', query.source),
      from: query.from,
      to: query.to,
      consistent: query.consistent === undefined ? undefined : query.consistent === 'true',
    }),
  });

  recordRoute(app, '/v1/quantities', {
    summary: "One quantity, with every source's claim, its words and its envelope",
    description:
      "The measured thing, the curator's note, each claim (figure) with its words as printed, bounds, who gives it and its evidence, and the envelope.",
    example: 'eastern-aleppo-trapped-2016-12',
    response: Quantity,
    get: (id) => quantities.get(id),
  });
};
