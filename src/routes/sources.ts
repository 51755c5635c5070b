import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { SourceDetail, SourceList, SourceQuery } from '../schemas/source.js';
import { listRoute, recordRoute } from './record-routes.js';

export const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { sources } = app.repos;
  listRoute(app, '/v1/sources', {
    summary: 'List the articles the ledger is built from',
    description:
      'The source articles by publication date range, or full-text search over title and text with `q`. Chronological by `published_on`, then id. The list leaves out the full `text`: read it in the single view.',
    querystring: SourceQuery,
    response: SourceList,
    repository: sources,
    filters: (query, search) => ({ from: query.from, to: query.to, search }),
  });

  recordRoute(app, '/v1/sources', {
    summary: 'One article, with its full text and the records it supports',
    description:
      'An article with its full `text` (every evidence quote is a slice of it), the ids and short labels of the events, statements, votes and figures with evidence in it, and the passages the curators deliberately left out, with their reasons.',
    example: 'voa-2016-12-09-russia-resumes-bombings',
    response: SourceDetail,
    get: (id) => sources.get(id),
  });
};
