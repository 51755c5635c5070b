import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { provenanceFilter, splitList } from '../schemas/query-params.js';
import { StatementDetail, StatementList, StatementQuery } from '../schemas/statement.js';
import { listRoute, recordRoute } from './record-routes.js';

export const statementRoutes: FastifyPluginAsyncZod = async (app) => {
  const { statements, references } = app.repos;
  listRoute(app, '/v1/statements', {
    summary: 'List statements: who said what, when',
    description:
      'Statements by speaker, kind, place, event, source and date range, or full-text search with `q`. Chronological by `said_on` (undated last), then id. Each statement carries its evidence: the exact words in the article.',
    querystring: StatementQuery,
    response: StatementList,
    repository: statements,
    rendered: 'statement',
    filters: (query, search) => ({
      speaker: references.checkedIds('actors', 'speaker', query.speaker),
      kind: splitList(query.kind),
      place: references.checkedIds('locations', 'place', query.place),
      within: references.checkedIds('locations', 'within', query.within),
      source: references.checkedIds('sources', 'source', query.source),
      event: references.checkedIds('events', 'event', query.event),
      from: query.from,
      to: query.to,
      search,
      provenance: provenanceFilter(query),
    }),
  });

  recordRoute(app, '/v1/statements', {
    summary: 'One statement, with the articles that report it',
    description: 'A statement with its evidence spans and a summary of each source (title, publisher, URL, date).',
    example: 'rycroft-2016-12-09-too-little-too-late',
    response: StatementDetail,
    rendered: 'statement',
    get: (id) => statements.get(id),
  });
};
