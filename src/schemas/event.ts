import { z } from 'zod';
import { EVENT_TYPES } from '../db/schema.js';
import { dateReading, IsoDate, listEnvelope, Ref, sourcedFields } from './common.js';
import { Figure } from './figure.js';
import { enumListParam, idListParam, sourcedListQuery, sourceParam, withinParam } from './query-params.js';
import { SourceSummary } from './source-summary.js';
import { Statement } from './statement.js';
import { Vote } from './vote.js';

export const EventActor = z
  .object({
    id: z.string().meta({ example: 'russia' }),
    name: z.string().meta({ example: 'Russia' }),
    role: z.string().meta({ description: "What the actor did in the event, in the curator's words.", example: 'vetoing_state' }),
  })
  .meta({ id: 'EventActor', description: 'An actor taking part in an event, with its role. An actor with two roles appears twice.' });

export const Event = z
  .object({
    id: z.string().meta({ example: '2016-12-05-sc-veto-aleppo' }),
    type: z.enum(EVENT_TYPES).meta({ description: 'What kind of happening this is.' }),
    title: z.string().meta({ description: 'A one-line title.' }),
    summary: z.string().meta({ description: 'What happened, in a few sentences.' }),
    date_start: IsoDate.nullable().meta({ description: 'The day it happened, or began; null when the text gives none.' }),
    date_end: IsoDate.nullable().meta({
      description: 'The day it ended, for an event that spans days; null for a single day or when the end is not known.',
    }),
    ...dateReading('date'),
    location: Ref.nullable(),
    actors: z.array(EventActor).meta({ description: "Who took part and how, in the curator's order." }),
    ...sourcedFields,
  })
  .meta({ id: 'Event', description: 'A dated happening: a veto, a meeting, a pause, an offensive, talks, a trip.' });

export const EventDetail = Event.extend({
  statements: z
    .array(Statement)
    .meta({ description: 'What was said at or about the event (statements whose `event_id` is this event), chronological.' }),
  votes: z.array(Vote).meta({ description: 'The votes taken at the event.' }),
  figures: z.array(Figure).meta({ description: 'The numbers about the event.' }),
  sources: z.array(SourceSummary).meta({ description: 'The articles that report the event.' }),
}).meta({ id: 'EventDetail' });

export const EventList = listEnvelope(Event, 'Event');

export const EventQuery = sourcedListQuery(
  {
    type: enumListParam(EVENT_TYPES, 'Only events of this type.', 'veto'),
    actor: idListParam('Only events this actor took part in (in any role).', 'russia'),
    location: idListParam('Only events at this location (the exact place, not the places within it).', 'un-headquarters'),
    source: sourceParam,
    within: withinParam(),
  },
  {
    from: 'Events whose span reaches this date or later (inclusive): the span is `date_start` to `date_end` (or the start alone), a month- or year-precision date covering its whole month or year. A siege from July to October matches `from=2016-10-01`. Undated events never match.',
    to: 'Events starting on or before this date (inclusive).',
    examples: ['2016-10-01', '2016-10-31'],
    search: ['the title and summary', 'veto'],
    sort: '`date` (default; chronological by `date_start`, undated last, then id), `-date`, or `relevance` (with `q`; the default then).',
    facets: [['type', 'actor', 'location', 'source'], 'type,month'],
  },
);
export type Event = z.infer<typeof Event>;
export type EventActor = z.infer<typeof EventActor>;
export type EventDetail = z.infer<typeof EventDetail>;
