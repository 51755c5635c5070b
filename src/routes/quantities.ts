import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '../http/errors.js';
import { type PageSource, sendList } from '../http/list-reply.js';
import { LIST_ROUTE, RECORD_ROUTE } from '../http/route-config.js';
import { idPathParams, splitList } from '../schemas/common.js';
import { Quantity, QuantityList, QuantityQuery } from '../schemas/quantity.js';
import { facetsOf } from './facet-args.js';
import { listArgs } from './list-args.js';
import { listResponses, singleResponses } from './responses.js';

export const quantityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/quantities',
    {
      config: LIST_ROUTE,
      schema: {
        tags: ['quantities'],
        summary: "List quantities: one measured thing, every source's claim about it",
        description:
          'A quantity is what several figures measure ("people trapped in eastern Aleppo in early December 2016"). Which figures belong together is a curator\'s decision, explained in `note`; the period, the `envelope` every claim allows and `consistent` are computed. Filter by metric, category, location (exact) or `within` (a place and everything inside it), source, the period overlapping `from`/`to`, and `consistent`. By the start of the period, then id.',
        querystring: QuantityQuery,
        response: listResponses(QuantityList),
      },
    },
    async (request, reply) => {
      const query = request.query;
      const args = listArgs(app, query, 'date');
      const filters = {
        metric: splitList(query.metric),
        category: splitList(query.category),
        location: app.repos.references.checkedIds('locations', 'location', query.location),
        within: app.repos.references.checkedIds('locations', 'within', query.within),
        source: app.repos.references.checkedIds('sources', 'source', query.source),
        from: query.from,
        to: query.to,
        consistent: query.consistent === undefined ? undefined : query.consistent === 'true',
      };
      const pages: PageSource = (limit, cursor) => app.repos.quantities.list(filters, args.sort, limit, cursor);
      const facets = await facetsOf(app.repos.facets, app.repos.quantities, filters, query);
      return sendList(request, reply, {
        pages,
        limit: args.limit,
        cursor: args.cursor,
        format: query.format,
        listSchema: QuantityList,
        facets,
      });
    },
  );

  app.get(
    '/v1/quantities/:id',
    {
      config: RECORD_ROUTE,
      schema: {
        tags: ['quantities'],
        summary: "One quantity, with every source's claim, its words and its envelope",
        description:
          "The measured thing, the curator's note, each claim (figure) with its words as printed, bounds, who gives it and its evidence, and the envelope.",
        params: idPathParams.extend({ id: idPathParams.shape.id.meta({ example: 'eastern-aleppo-trapped-2016-12' }) }),
        response: singleResponses(Quantity),
      },
    },
    async (request) => {
      const quantity = app.repos.quantities.get(request.params.id);
      if (!quantity) throw new ApiError('not_found', `No quantity with id "${request.params.id}"`);
      return quantity;
    },
  );
};
