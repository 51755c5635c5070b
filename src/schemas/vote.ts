import { z } from 'zod';
import { POSITIONS, TALLY_BASES, VOTE_BODIES, VOTE_OUTCOMES } from '../db/schema.js';
import { dateReading, IsoDate, listEnvelope, Ref, sourcedFields } from './common.js';
import { enumListParam, idListParam, sourcedListQuery, sourceParam } from './query-params.js';
import { withSources } from './source-summary.js';

export const VoteTally = z
  .object({
    yes: z.int().nullable().meta({ description: 'Votes in favour; null when the articles do not give or imply it.', example: 11 }),
    no: z.int().nullable().meta({ description: 'Votes against (vetoes included).', example: 3 }),
    abstain: z.int().nullable().meta({ description: 'Abstentions.', example: 1 }),
  })
  .meta({ id: 'VoteTally', description: 'The count as far as the articles give it (see `tally_basis`).' });

export const VotePosition = z
  .object({
    member: Ref,
    position: z.enum(POSITIONS).meta({ description: 'How the member voted.' }),
    veto: z.boolean().meta({ description: 'True when this `no` was a veto by a permanent member of the Security Council.' }),
  })
  .meta({ id: 'VotePosition', description: "One member's vote, as an article reports it." });

export const Vote = z
  .object({
    id: z.string().meta({ example: '2016-12-05-sc-aleppo-ceasefire-draft' }),
    body: z.enum(VOTE_BODIES).meta({ description: 'The UN body that voted.' }),
    voted_on: IsoDate.nullable(),
    ...dateReading('voted'),
    subject: z.string().meta({ description: "What was put to the vote, in the articles' words." }),
    sponsors: z.array(Ref).meta({ description: 'The members that put the draft forward, where the articles name them.' }),
    outcome: z
      .enum(VOTE_OUTCOMES)
      .meta({ description: '`adopted`, `not_adopted` (a veto or too few votes), `pending` (not yet held when reported) or `unknown`.' }),
    binding: z.boolean().nullable().meta({
      description:
        'Whether the resolution would bind (a Security Council resolution) or not (a General Assembly one); null when not known.',
    }),
    vetoed_by: z.array(Ref).meta({ description: 'The members whose `no` was a veto (their positions have `veto: true`).' }),
    tally: VoteTally,
    tally_basis: z.enum(TALLY_BASES).meta({
      description:
        '`stated`: the article prints the count; `derived`: worked out from what it says (see `tally_note`); `partial`: only some of it is known; `unknown`.',
    }),
    tally_note: z.string().nullable().meta({ description: 'How a derived or partial tally was worked out.' }),
    positions: z
      .array(VotePosition)
      .meta({ description: "Each member's vote that the articles report, in the curator's order (not necessarily every member)." }),
    event_id: z.string().nullable().meta({ description: 'The event this vote belongs to (the meeting or the veto).' }),
    ...sourcedFields,
  })
  .meta({ id: 'Vote', description: 'A UN Security Council or General Assembly vote: what was voted on, who voted how, who vetoed it.' });

export const VoteDetail = withSources(Vote, 'VoteDetail', 'vote');

export const VoteList = listEnvelope(Vote, 'Vote');

export const VoteQuery = sourcedListQuery(
  {
    body: enumListParam(VOTE_BODIES, 'Only votes of this body.', 'security_council'),
    outcome: enumListParam(VOTE_OUTCOMES, 'Only votes with this outcome.', 'not_adopted'),
    member: idListParam("Only votes in which this actor's position is recorded.", 'china'),
    position: enumListParam(
      POSITIONS,
      'Only votes in which a member took this position. With `member`, the same member must hold it: `member=china&position=no` is the votes China voted against.',
      'no',
    ),
    vetoed_by: idListParam('Only votes this member vetoed.', 'china'),
    event: idListParam('Only votes tied to this event.', '2016-12-05-sc-veto-aleppo'),
    source: sourceParam,
  },
  {
    from: 'Voted on or after this date (inclusive).',
    to: 'Voted on or before this date (inclusive).',
    search: ['the subject of the vote', 'ceasefire'],
    sort: '`date` (default; chronological by `voted_on`, undated last, then id), `-date`, or `relevance` (with `q`; the default then).',
    facets: [['body', 'outcome', 'vetoed_by', 'event', 'source'], 'outcome,vetoed_by'],
  },
);
export type Vote = z.infer<typeof Vote>;
export type VoteDetail = z.infer<typeof VoteDetail>;
export type VotePosition = z.infer<typeof VotePosition>;
