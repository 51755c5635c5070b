import { z } from 'zod';
import { EVENT_TYPES, STATEMENT_KINDS, VOTE_BODIES } from '../db/schema.js';
import { DateBasis, IsoDate, listEnvelope, Precision, Ref } from './common.js';
import { dateParam, enumListParam, facetParams, idListParam, listParams, searchParam, sourceParam } from './query-params.js';

export const TIMELINE_KINDS = ['event', 'vote', 'statement'] as const;
/**
 * The timeline's facets: what an entry is (`kind`), its `type`, `actor` and `source` as the entry shows them, and
 * `month` and `year` of its date (an event's start).
 */
export const TIMELINE_FACETS = ['kind', 'type', 'actor', 'source', 'month', 'year'] as const;
/** An entry's `type`: an event's type, a vote's body, a statement's kind. */
export const TIMELINE_TYPES = [...EVENT_TYPES, ...VOTE_BODIES, ...STATEMENT_KINDS] as const;

export const TimelineEntry = z
  .object({
    date: IsoDate.meta({ description: 'When it happened (an event: its start).' }),
    date_end: IsoDate.nullable().meta({ description: 'The end of a span (a siege, a pause), or null.' }),
    precision: Precision,
    basis: DateBasis,
    kind: z.enum(TIMELINE_KINDS).meta({ description: 'What the entry is: `event`, `vote` or `statement`; `id` is its id in that list.' }),
    id: z.string().meta({ example: '2016-12-05-sc-veto-aleppo' }),
    type: z.enum(TIMELINE_TYPES).meta({ description: "An event's type, a vote's body, or a statement's kind." }),
    title: z.string().meta({ description: "An event's title, a vote's subject, or who spoke." }),
    summary: z.string().meta({ description: "An event's summary, a vote's outcome and vetoes, or the words said." }),
    actors: z.array(Ref).meta({ description: "Who took part: an event's actors, a vote's members and sponsors, a statement's speaker." }),
    source_ids: z.array(z.string()).meta({ description: 'The articles that report it.' }),
  })
  .meta({ id: 'TimelineEntry', description: 'One dated event, vote or statement, in the words a timeline shows.' });

export const TimelineList = listEnvelope(TimelineEntry, 'TimelineEntry');

export const TimelineQuery = z
  .object({
    from: dateParam(
      'Entries on or after this date (inclusive); an event matches when its span reaches the date, as in /v1/events.',
      '2016-12-01',
    ),
    to: dateParam('Entries on or before this date (inclusive).', '2016-12-31'),
    actor: idListParam(
      "Only entries this actor takes part in (an event's actor, a vote's member or sponsor, a statement's speaker).",
      'russia',
    ),
    type: enumListParam(TIMELINE_TYPES, "Only entries of this type: an event's type, a vote's body or a statement's kind.", 'veto'),
    source: sourceParam,
    q: searchParam("event titles and summaries, vote subjects and (with include=statements) statements' words", 'ceasefire'),
    include: z
      .enum(['statements'])
      .optional()
      .meta({ description: '`statements` adds dated statements to the events and votes.', example: 'statements' }),
    sort: z.enum(['date', '-date']).optional().meta({ description: '`date` (default; chronological, then kind and id) or `-date`.' }),
    ...facetParams(TIMELINE_FACETS, 'kind,type,month'),
    ...listParams,
    format: z.enum(['json', 'csv', 'ndjson', 'timelinejs']).optional().meta({
      description:
        '`csv` answers text/csv; `ndjson` every entry, one JSON object a line, streamed without paging; `timelinejs` answers the whole filtered timeline (no paging) as one TimelineJS3 document (at most TIMELINEJS_MAX_ENTRIES, 1000 by default: more is a 400 that says so).',
    }),
  })
  .strict();

export type TimelineQuery = z.infer<typeof TimelineQuery>;
export type TimelineEntry = z.infer<typeof TimelineEntry>;
