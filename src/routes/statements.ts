import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '../http/errors.js';
import { type PageSource, sendList } from '../http/list-reply.js';
import { LIST_ROUTE, RECORD_ROUTE } from '../http/route-config.js';
import { idPathParams, provenanceFilter, splitList } from '../schemas/common.js';
import { StatementDetail, StatementList, StatementQuery } from '../schemas/statement.js';
import { facetsOf } from './facet-args.js';
import { listArgs } from './list-args.js';
import { renderedPages, sendRenderedRecord } from './rendered-records.js';
import { listResponses, singleResponses } from './responses.js';

export const statementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/statements',
    {
      config: LIST_ROUTE,
      schema: {
        tags: ['statements'],
        summary: 'List statements: who said what, when',
        description:
          'Statements by speaker, kind, place, event, source and date range, or full-text search with `q`. Chronological by `said_on` (undated last), then id. Each statement carries its evidence: the exact words in the article.',
        querystring: StatementQuery,
        response: listResponses(StatementList),
      },
    },
    async (request, reply) => {
      const query = request.query;
      const args = listArgs(app, query, 'date');
      const speaker = app.repos.references.checkedIds('actors', 'speaker', query.speaker);
      const place = app.repos.references.checkedIds('locations', 'place', query.place);
      const within = app.repos.references.checkedIds('locations', 'within', query.within);
      const source = app.repos.references.checkedIds('sources', 'source', query.source);
      const event = app.repos.references.checkedIds('events', 'event', query.event);
      const filters = {
        speaker,
        kind: splitList(query.kind),
        place,
        within,
        event,
        source,
        from: query.from,
        to: query.to,
        search: args.search,
        provenance: provenanceFilter(query),
      };
      const pages: PageSource = (limit, cursor) => app.repos.statements.listAsync(filters, args.sort, limit, cursor);
      const facets = await facetsOf(app.repos.facets, app.repos.statements, filters, query);
      return sendList(request, reply, {
        pages,
        rendered: renderedPages(app, app.repos.statements, 'statement', filters, args.sort),
        limit: args.limit,
        cursor: args.cursor,
        format: query.format,
        listSchema: StatementList,
        facets,
      });
    },
  );

  app.get(
    '/v1/statements/:id',
    {
      config: RECORD_ROUTE,
      schema: {
        tags: ['statements'],
        summary: 'One statement, with the articles that report it',
        description: 'A statement with its evidence spans and a summary of each source (title, publisher, URL, date).',
        params: idPathParams.extend({ id: idPathParams.shape.id.meta({ example: 'rycroft-2016-12-09-too-little-too-late' }) }),
        response: singleResponses(StatementDetail),
      },
    },
    async (request, reply) => {
      const rendered = sendRenderedRecord(app, reply, 'statement', request.params.id);
      if (rendered) return rendered;
      const statement = app.repos.statements.get(request.params.id);
      if (!statement) throw new ApiError('not_found', `No statement with id "${request.params.id}"`);
      return statement;
    },
  );
};
