import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '../http/errors.js';
import { LIST_ROUTE, RECORD_ROUTE } from '../http/route-config.js';
import { idPathParams, provenanceFilter, splitList } from '../schemas/common.js';
import { EventDetail, EventList, EventQuery } from '../schemas/event.js';
import { listArgs } from './list-args.js';
import { sendRenderedList, sendRenderedRecord } from './rendered-records.js';
import { listResponses, singleResponses } from './responses.js';

export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/events',
    {
      config: LIST_ROUTE,
      schema: {
        tags: ['events'],
        summary: 'List events: vetoes, meetings, pauses, offensives, talks',
        description:
          'Events by type, actor (in any role), location, source and date range, or full-text search over title and summary with `q`. Chronological by `date_start` (undated last), then id. Each event carries its actors with their roles and its evidence.',
        querystring: EventQuery,
        response: listResponses(EventList),
      },
    },
    async (request, reply) => {
      const query = request.query;
      const args = listArgs(app, query, 'date');
      const actor = app.repos.references.checkedIds('actors', 'actor', query.actor);
      const location = app.repos.references.checkedIds('locations', 'location', query.location);
      const within = app.repos.references.checkedIds('locations', 'within', query.within);
      const source = app.repos.references.checkedIds('sources', 'source', query.source);
      const filters = {
        type: splitList(query.type),
        actor,
        location,
        within,
        source,
        from: query.from,
        to: query.to,
        search: args.search,
        provenance: provenanceFilter(query),
      };
      return sendRenderedList(app, request, reply, {
        repository: app.repos.events,
        type: 'event',
        filters,
        args,
        query,
        listSchema: EventList,
      });
    },
  );

  app.get(
    '/v1/events/:id',
    {
      config: RECORD_ROUTE,
      schema: {
        tags: ['events'],
        summary: 'One event, with its statements, votes, figures and sources',
        description:
          'An event with its actors and evidence, the statements, votes and figures tied to it (records whose `event_id` is this event), and a summary of each article that reports it.',
        params: idPathParams.extend({ id: idPathParams.shape.id.meta({ example: '2016-12-05-sc-veto-aleppo' }) }),
        response: singleResponses(EventDetail),
      },
    },
    async (request, reply) => {
      const rendered = sendRenderedRecord(app, reply, 'event', request.params.id);
      if (rendered) return rendered;
      const event = app.repos.events.get(request.params.id);
      if (!event) throw new ApiError('not_found', `No event with id "${request.params.id}"`);
      return event;
    },
  );
};
