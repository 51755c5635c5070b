import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '../http/errors.js';
import { LIST_ROUTE, RECORD_ROUTE } from '../http/route-config.js';
import { idPathParams, provenanceFilter, splitList } from '../schemas/common.js';
import { StatementDetail, StatementList, StatementQuery } from '../schemas/statement.js';
import { listArgs } from './list-args.js';
import { sendRenderedList, sendRenderedRecord } from './rendered-records.js';
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
      return sendRenderedList(app, request, reply, {
        repository: app.repos.statements,
        type: 'statement',
        filters,
        args,
        query,
        listSchema: StatementList,
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
