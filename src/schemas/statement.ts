import { z } from 'zod';
import { STATEMENT_KINDS } from '../db/schema.js';
import { dateReading, IsoDate, listEnvelope, Ref, sourcedFields } from './common.js';
import { enumListParam, idListParam, sourcedListQuery, sourceParam, withinParam } from './query-params.js';
import { withSources } from './source-summary.js';

export const Statement = z
  .object({
    id: z.string().meta({ example: 'lavrov-2016-12-09-strikes-resumed' }),
    speaker: Ref,
    speaker_role: z
      .string()
      .nullable()
      .meta({ description: "The speaker's role as the article gives it.", example: 'Russian Foreign Minister' }),
    text: z.string().meta({
      description:
        'The words exactly as printed, without the quotation marks (for `indirect`, the reported sentence). A quote split around "he said" is joined with a space.',
    }),
    kind: z
      .enum(STATEMENT_KINDS)
      .meta({ description: '`direct` quote, `partial` quote woven into a sentence, or `indirect` reported speech.' }),
    said_on: IsoDate.nullable(),
    ...dateReading('said'),
    place: Ref.nullable(),
    event_id: z.string().nullable(),
    ...sourcedFields,
  })
  .meta({ id: 'Statement', description: 'Who said what, when, and where it is written.' });

export const StatementDetail = withSources(Statement, 'StatementDetail', 'statement');

export const StatementList = listEnvelope(Statement, 'Statement');

export const StatementQuery = sourcedListQuery(
  {
    speaker: idListParam('Only statements by this actor.', 'sergei-lavrov'),
    kind: enumListParam(STATEMENT_KINDS, 'Only statements of this kind.', 'direct'),
    place: idListParam('Only statements made at exactly this location (see `within` for the places inside it).', 'hamburg'),
    within: withinParam('germany'),
    event: idListParam('Only statements tied to this event.', '2016-12-09-lavrov-hamburg-remarks'),
    source: sourceParam,
  },
  {
    from: 'Said on or after this date (inclusive).',
    to: 'Said on or before this date (inclusive).',
    search: ['the statement text', 'agreement'],
    sort: '`date` (default; chronological, then id), `-date`, or `relevance` (with `q`; the default then).',
    facets: [['speaker', 'kind', 'place', 'event', 'source'], 'speaker,month'],
  },
);
export type Statement = z.infer<typeof Statement>;
export type StatementDetail = z.infer<typeof StatementDetail>;
