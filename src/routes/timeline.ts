import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { FastifyReply } from 'fastify';
import { ApiError, invalidParameter } from '../http/errors.js';
import { type PageSource, sendList } from '../http/list-reply.js';
import { toTimelineJs } from '../http/timelinejs.js';
import { splitList } from '../schemas/query-params.js';
import { TimelineList, TimelineQuery } from '../schemas/timeline.js';
import { FACET_SIZE_DEFAULT } from './facet-args.js';
import { listArgs } from './list-args.js';
import { listResponses } from './responses.js';

export const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/timeline',
    {
      schema: {
        tags: ['timeline'],
        summary: 'The story in order: dated events and votes, and statements with include=statements',
        description: `One entry per dated event, vote or statement (undated records are left out), chronological, then by kind and id; keyset paging like every list. Filter by date (an event matches when its span overlaps the range), actor, type, source, or words with \`q\`. \`facets=\` counts the whole filtered timeline by \`kind\`, \`type\`, \`actor\`, \`source\`, \`month\` and \`year\` (each ignoring its own filter; \`month\` and \`year\` ignore \`from\`/\`to\`), in the JSON envelope only: CSV, NDJSON and TimelineJS have no place for them, and \`format=timelinejs\` ignores \`facets\`. \`format=timelinejs\` answers the whole filtered timeline, unpaged, as one TimelineJS3 document (Knight Lab's JSON format: \`title\`, \`events[]\` with \`unique_id\`, \`start_date\` {year, month, day} as numbers with no \`day\` for month precision, \`end_date\` for spans, \`text\` {headline, text} citing each source's publisher, date and link, and \`group\`). Over a bound (1000 entries by default, the setting TIMELINEJS_MAX_ENTRIES) it is a 400 that says so: narrow it with from, to, type or actor.`,
        querystring: TimelineQuery,
        response: listResponses(TimelineList),
      },
    },
    async (request, reply) => {
      const query = request.query;
      const args = listArgs(app, query, 'date');
      const filters = {
        from: query.from,
        to: query.to,
        actor: app.repos.references.checkedIds('actors', 'actor', query.actor),
        type: splitList(query.type),
        source: app.repos.references.checkedIds('sources', 'source', query.source),
        search: args.search,
        statements: query.include === 'statements',
      };
      // Relevance has no meaning across three kinds of record: q filters, the order stays chronological.
      const sort = args.sort === 'relevance' ? 'date' : args.sort;
      if (query.format !== 'timelinejs') {
        const pages: PageSource = (limit, cursor) => app.repos.timeline.list(filters, sort, limit, cursor);
        const names = splitList(query.facets);
        const facets = names
          ? await app.repos.timeline.facets(app.repos.facets, filters, names, query.facet_size ?? FACET_SIZE_DEFAULT)
          : undefined;
        return sendList(request, reply, {
          pages,
          limit: args.limit,
          cursor: args.cursor,
          format: query.format,
          listSchema: TimelineList,
          facets,
        });
      }
      if (query.cursor !== undefined)
        throw invalidParameter('cursor', 'does not apply to format=timelinejs, which answers the whole timeline');
      const bound = app.config.timelinejsMaxEntries;
      const whole = app.repos.timeline.list(filters, sort, bound);
      if (whole.nextCursor) {
        throw new ApiError(
          'invalid_parameter',
          `Parameter "format" timelinejs answers at most ${bound} entries and this timeline has more; narrow it with from, to, type, actor or source`,
          [
            {
              parameter: 'format',
              reason: `timelinejs answers at most ${bound} entries; narrow the request with from, to, type, actor or source`,
            },
          ],
        );
      }
      const document = toTimelineJs(
        whole.rows,
        app.repos.timeline.sources(whole.rows),
        'Aleppo Ledger: the siege of Aleppo and the UN, October to December 2016',
        'Events, UN votes and statements from five news articles, each citing the articles that report it.',
      );
      // A document of its own shape, not the list envelope the 200 schema serializes: sent as finished JSON.
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(JSON.stringify(document));
    },
  );
};
