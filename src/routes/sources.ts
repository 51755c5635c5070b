import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '../http/errors.js';
import { type PageSource, sendList } from '../http/list-reply.js';
import { LIST_ROUTE, RECORD_ROUTE } from '../http/route-config.js';
import { idPathParams } from '../schemas/common.js';
import { SourceDetail, SourceList, SourceQuery } from '../schemas/source.js';
import { facetsOf } from './facet-args.js';
import { listArgs } from './list-args.js';
import { listResponses, singleResponses } from './responses.js';

export const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/sources',
    {
      config: LIST_ROUTE,
      schema: {
        tags: ['sources'],
        summary: 'List the articles the ledger is built from',
        description:
          'The source articles by publication date range, or full-text search over title and text with `q`. Chronological by `published_on`, then id. The list leaves out the full `text`: read it in the single view.',
        querystring: SourceQuery,
        response: listResponses(SourceList),
      },
    },
    async (request, reply) => {
      const query = request.query;
      const args = listArgs(app, query, 'date');
      const filters = { from: query.from, to: query.to, search: args.search };
      const pages: PageSource = (limit, cursor) => app.repos.sources.listAsync(filters, args.sort, limit, cursor);
      const facets = await facetsOf(app.repos.facets, app.repos.sources, filters, query);
      return sendList(request, reply, {
        pages,
        limit: args.limit,
        cursor: args.cursor,
        format: query.format,
        listSchema: SourceList,
        facets,
      });
    },
  );

  app.get(
    '/v1/sources/:id',
    {
      config: RECORD_ROUTE,
      schema: {
        tags: ['sources'],
        summary: 'One article, with its full text and the records it supports',
        description:
          'An article with its full `text` (every evidence quote is a slice of it), the ids and short labels of the events, statements, votes and figures with evidence in it, and the passages the curators deliberately left out, with their reasons.',
        params: idPathParams.extend({ id: idPathParams.shape.id.meta({ example: 'voa-2016-12-09-russia-resumes-bombings' }) }),
        response: singleResponses(SourceDetail),
      },
    },
    async (request) => {
      const source = app.repos.sources.get(request.params.id);
      if (!source) throw new ApiError('not_found', `No source with id "${request.params.id}"`);
      return source;
    },
  );
};
