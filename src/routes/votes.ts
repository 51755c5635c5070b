import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '../http/errors.js';
import { LIST_ROUTE, RECORD_ROUTE } from '../http/route-config.js';
import { idPathParams, provenanceFilter, splitList } from '../schemas/common.js';
import { VoteDetail, VoteList, VoteQuery } from '../schemas/vote.js';
import { listArgs } from './list-args.js';
import { sendRenderedList, sendRenderedRecord } from './rendered-records.js';
import { listResponses, singleResponses } from './responses.js';

export const voteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/votes',
    {
      config: LIST_ROUTE,
      schema: {
        tags: ['votes'],
        summary: 'List UN votes: who voted how, who vetoed',
        description:
          'Security Council and General Assembly votes by body, outcome, member and position (together: the same member held that position), veto, event, source and date range, or full-text search over the subject with `q`. Chronological by `voted_on` (undated last), then id. Each vote carries its tally, positions, sponsors, vetoes and evidence.',
        querystring: VoteQuery,
        response: listResponses(VoteList),
      },
    },
    async (request, reply) => {
      const query = request.query;
      const args = listArgs(app, query, 'date');
      const member = app.repos.references.checkedIds('actors', 'member', query.member);
      const vetoedBy = app.repos.references.checkedIds('actors', 'vetoed_by', query.vetoed_by);
      const event = app.repos.references.checkedIds('events', 'event', query.event);
      const source = app.repos.references.checkedIds('sources', 'source', query.source);
      const filters = {
        provenance: provenanceFilter(query),
        body: splitList(query.body),
        outcome: splitList(query.outcome),
        member,
        position: splitList(query.position),
        vetoedBy,
        event,
        source,
        from: query.from,
        to: query.to,
        search: args.search,
      };
      return sendRenderedList(app, request, reply, {
        repository: app.repos.votes,
        type: 'vote',
        filters,
        args,
        query,
        listSchema: VoteList,
      });
    },
  );

  app.get(
    '/v1/votes/:id',
    {
      config: RECORD_ROUTE,
      schema: {
        tags: ['votes'],
        summary: 'One vote, with every position and the articles that report it',
        description: "A vote with its tally, each member's position and veto, its sponsors, its evidence and a summary of each source.",
        params: idPathParams.extend({ id: idPathParams.shape.id.meta({ example: '2016-12-05-sc-aleppo-ceasefire-draft' }) }),
        response: singleResponses(VoteDetail),
      },
    },
    async (request, reply) => {
      const rendered = sendRenderedRecord(app, reply, 'vote', request.params.id);
      if (rendered) return rendered;
      const vote = app.repos.votes.get(request.params.id);
      if (!vote) throw new ApiError('not_found', `No vote with id "${request.params.id}"`);
      return vote;
    },
  );
};
