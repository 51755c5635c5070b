import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError, invalidParameter } from '../http/errors.js';
import { LIST_ROUTE, RECORD_ROUTE } from '../http/route-config.js';
import { idPathParams, provenanceFilter, splitList } from '../schemas/common.js';
import { FigureDetail, FigureList, FigureQuery } from '../schemas/figure.js';
import { listArgs } from './list-args.js';
import { sendRenderedList, sendRenderedRecord } from './rendered-records.js';
import { listResponses, singleResponses } from './responses.js';

export const figureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/figures',
    {
      config: LIST_ROUTE,
      schema: {
        tags: ['figures'],
        summary: 'List figures: people trapped, killed, displaced, and other counts',
        description:
          'Numbers by metric, category, location, who claims them, event, size (`min_value`, `max_value`), source and date range, or full-text search over the printed number and its subject with `q`. Chronological by `as_of` (undated last), then id. Each figure keeps its words as printed (`raw_text`), its `qualifier` and its bounds.',
        querystring: FigureQuery,
        response: listResponses(FigureList),
      },
    },
    async (request, reply) => {
      const query = request.query;
      const args = listArgs(app, query, 'date');
      const minValue = query.min_value === undefined ? undefined : Number(query.min_value);
      const maxValue = query.max_value === undefined ? undefined : Number(query.max_value);
      if (minValue !== undefined && maxValue !== undefined && minValue > maxValue) {
        throw invalidParameter('min_value', `(${minValue}) is more than "max_value" (${maxValue})`);
      }
      const location = app.repos.references.checkedIds('locations', 'location', query.location);
      const within = app.repos.references.checkedIds('locations', 'within', query.within);
      const claimedBy = app.repos.references.checkedIds('actors', 'claimed_by', query.claimed_by);
      const event = app.repos.references.checkedIds('events', 'event', query.event);
      const source = app.repos.references.checkedIds('sources', 'source', query.source);
      const filters = {
        provenance: provenanceFilter(query),
        metric: splitList(query.metric),
        category: splitList(query.category),
        location,
        within,
        claimedBy,
        event,
        minValue,
        maxValue,
        source,
        from: query.from,
        to: query.to,
        search: args.search,
      };
      return sendRenderedList(app, request, reply, {
        repository: app.repos.figures,
        type: 'figure',
        filters,
        args,
        query,
        listSchema: FigureList,
      });
    },
  );

  app.get(
    '/v1/figures/:id',
    {
      config: RECORD_ROUTE,
      schema: {
        tags: ['figures'],
        summary: 'One figure, with the articles that report it',
        description: 'A number with its words as printed, its bounds, who claims it, its evidence spans and a summary of each source.',
        params: idPathParams.extend({ id: idPathParams.shape.id.meta({ example: '2016-12-02-de-mistura-trapped-40000' }) }),
        response: singleResponses(FigureDetail),
      },
    },
    async (request, reply) => {
      const rendered = sendRenderedRecord(app, reply, 'figure', request.params.id);
      if (rendered) return rendered;
      const figure = app.repos.figures.get(request.params.id);
      if (!figure) throw new ApiError('not_found', `No figure with id "${request.params.id}"`);
      return figure;
    },
  );
};
