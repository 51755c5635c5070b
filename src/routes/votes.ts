import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { provenanceFilter, splitList } from '../schemas/query-params.js';
import { VoteDetail, VoteList, VoteQuery } from '../schemas/vote.js';
import { listRoute, recordRoute } from './record-routes.js';

export const voteRoutes: FastifyPluginAsyncZod = async (app) => {
  const { votes, references } = app.repos;
  listRoute(app, '/v1/votes', {
    summary: 'List UN votes: who voted how, who vetoed',
    description:
      'Security Council and General Assembly votes by body, outcome, member and position (together: the same member held that position), veto, event, source and date range, or full-text search over the subject with `q`. Chronological by `voted_on` (undated last), then id. Each vote carries its tally, positions, sponsors, vetoes and evidence.',
    querystring: VoteQuery,
    response: VoteList,
    repository: votes,
    rendered: 'vote',
    filters: (query, search) => ({
      provenance: provenanceFilter(query),
      body: splitList(query.body),
      outcome: splitList(query.outcome),
      member: references.checkedIds('actors', 'member', query.member),
      position: splitList(query.position),
      vetoedBy: references.checkedIds('actors', 'vetoed_by', query.vetoed_by),
      event: references.checkedIds('events', 'event', query.event),
      source: references.checkedIds('sources', 'source', query.source),
      from: query.from,
      to: query.to,
      search,
    }),
  });

  recordRoute(app, '/v1/votes', {
    summary: 'One vote, with every position and the articles that report it',
    description: "A vote with its tally, each member's position and veto, its sponsors, its evidence and a summary of each source.",
    example: '2016-12-05-sc-aleppo-ceasefire-draft',
    response: VoteDetail,
    rendered: 'vote',
    get: (id) => votes.get(id),
  });
};
