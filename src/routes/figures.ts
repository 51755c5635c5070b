import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { invalidParameter } from '../http/errors.js';
import { FigureDetail, FigureList, FigureQuery } from '../schemas/figure.js';
import { provenanceFilter, splitList } from '../schemas/query-params.js';
import { listRoute, recordRoute } from './record-routes.js';

export const figureRoutes: FastifyPluginAsyncZod = async (app) => {
  const { figures, references } = app.repos;
  listRoute(app, '/v1/figures', {
    summary: 'List figures: people trapped, killed, displaced, and other counts',
    description:
      'Numbers by metric, category, location, who claims them, event, size (`min_value`, `max_value`), source and date range, or full-text search over the printed number and its subject with `q`. Chronological by `as_of` (undated last), then id. Each figure keeps its words as printed (`raw_text`), its `qualifier` and its bounds.',
    querystring: FigureQuery,
    response: FigureList,
    repository: figures,
    rendered: 'figure',
    filters: (query, search) => {
      const minValue = query.min_value === undefined ? undefined : Number(query.min_value);
      const maxValue = query.max_value === undefined ? undefined : Number(query.max_value);
      if (minValue !== undefined && maxValue !== undefined && minValue > maxValue) {
        throw invalidParameter('min_value', `(${minValue}) is more than "max_value" (${maxValue})`);
      }
      return {
        provenance: provenanceFilter(query),
        metric: splitList(query.metric),
        category: splitList(query.category),
        location: references.checkedIds('locations', 'location', query.location),
        within: references.checkedIds('locations', 'within', query.within),
        claimedBy: references.checkedIds('actors', 'claimed_by', query.claimed_by),
        event: references.checkedIds('events', 'event', query.event),
        minValue,
        maxValue,
        source: references.checkedIds('sources', 'source', query.source),
        from: query.from,
        to: query.to,
        search,
      };
    },
  });

  recordRoute(app, '/v1/figures', {
    summary: 'One figure, with the articles that report it',
    description: 'A number with its words as printed, its bounds, who claims it, its evidence spans and a summary of each source.',
    example: '2016-12-02-de-mistura-trapped-40000',
    response: FigureDetail,
    rendered: 'figure',
    get: (id) => figures.get(id),
  });
};
