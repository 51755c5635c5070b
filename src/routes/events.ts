import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { EventDetail, EventList, EventQuery } from '../schemas/event.js';
import { provenanceFilter, splitList } from '../schemas/query-params.js';
import { listRoute, recordRoute } from './record-routes.js';

export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  const { events, references } = app.repos;
  listRoute(app, '/v1/events', {
    summary: 'List events: vetoes, meetings, pauses, offensives, talks',
    description:
      'Events by type, actor (in any role), location, source and date range, or full-text search over title and summary with `q`. Chronological by `date_start` (undated last), then id. Each event carries its actors with their roles and its evidence.',
    querystring: EventQuery,
    response: EventList,
    repository: events,
    rendered: 'event',
    filters: (query, search) => ({
      type: splitList(query.type),
      actor: references.checkedIds('actors', 'actor', query.actor),
      location: references.checkedIds('locations', 'location', query.location),
      within: references.checkedIds('locations', 'within', query.within),
      source: references.checkedIds('sources', 'source', query.source),
      from: query.from,
      to: query.to,
      search,
      provenance: provenanceFilter(query),
    }),
  });

  recordRoute(app, '/v1/events', {
    summary: 'One event, with its statements, votes, figures and sources',
    description:
      'An event with its actors and evidence, the statements, votes and figures tied to it (records whose `event_id` is this event), and a summary of each article that reports it.',
    example: '2016-12-05-sc-veto-aleppo',
    response: EventDetail,
    rendered: 'event',
    get: (id) => events.get(id),
  });
};
