import { z } from 'zod';
import { ACTOR_KINDS } from '../db/schema.js';
import { listEnvelope, Provenance } from './common.js';
import { enumListParam, listQuery, nameSortParam, provenanceParams, searchParam } from './query-params.js';

export const Actor = z
  .object({
    id: z.string().meta({ example: 'sergei-lavrov' }),
    name: z.string().meta({ example: 'Sergei Lavrov' }),
    kind: z.enum(ACTOR_KINDS).meta({ description: 'What the actor is.' }),
    aliases: z.array(z.string()).meta({
      description: 'Every way the articles name the actor, alphabetical.',
      example: ['Lavrov', 'Russian Foreign Minister Sergei Lavrov', 'Sergei Lavrov'],
    }),
    country_code: z.string().nullable().meta({ description: 'ISO 3166-1 alpha-3 code for states; null otherwise.', example: 'RUS' }),
    roles: z
      .array(z.string())
      .meta({ description: 'Roles the articles give the actor, alphabetical.', example: ['Russian Foreign Minister'] }),
    description: z.string().nullable().meta({ description: "A curator's note on who the actor is, where the articles leave it unclear." }),
    method: Provenance.method.meta({
      description:
        '`curated`: checked by a person; `extracted`: met for the first time by the ingest pipeline, served until a curator confirms it or merges it into another actor.',
    }),
    confidence: Provenance.confidence,
  })
  .meta({ id: 'Actor', description: 'A person, state, organisation, UN body, armed group or group: one id across all articles.' });

export const ActorDetail = Actor.extend({
  counts: z
    .object({
      statements: z.int().meta({ description: 'Statements the actor made.' }),
      events: z.int().meta({ description: 'Events the actor takes part in (any role).' }),
      votes: z.int().meta({ description: 'Votes in which the actor, as a member, has a recorded position.' }),
      figures: z.int().meta({ description: 'Figures the actor claimed.' }),
    })
    .meta({
      description: 'How many records name the actor: filter the lists with `speaker`, `actor`, `member` or `claimed_by` to read them.',
    }),
}).meta({ id: 'ActorDetail' });

/** The body of a 308 from a merged actor's old id (its `Location` names the actor that stands). */
export const MergedActor = z
  .object({
    id: z.string().meta({ description: 'The id asked for: an actor a curator merged into another.' }),
    merged_into: z.string().meta({ description: "The id of the actor that stands for it (the redirect's target)." }),
  })
  .meta({ id: 'MergedActor' });

export const ActorList = listEnvelope(Actor, 'Actor');

export const ActorQuery = listQuery(
  {
    kind: enumListParam(ACTOR_KINDS, 'Only actors of this kind.', 'state'),
    q: searchParam('the name and aliases (the last word matches as a prefix: "lavr" finds Lavrov)', 'russ'),
    sort: nameSortParam(),
    ...provenanceParams,
  },
  [['kind'], 'kind'],
);
export type Actor = z.infer<typeof Actor>;
export type ActorDetail = z.infer<typeof ActorDetail>;
