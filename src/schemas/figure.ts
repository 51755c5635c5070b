import { z } from 'zod';
import { FIGURE_CATEGORIES, FIGURE_METRICS, QUALIFIERS } from '../db/schema.js';
import { dateReading, IsoDate, listEnvelope, Ref, sourcedFields } from './common.js';
import { enumListParam, idListParam, numberParam, sourcedListQuery, sourceParam, withinParam } from './query-params.js';
import { withSources } from './source-summary.js';

export const Figure = z
  .object({
    id: z.string().meta({ example: '2016-12-02-de-mistura-trapped-40000' }),
    metric: z.enum(FIGURE_METRICS).meta({ description: 'What is counted.' }),
    category: z.enum(FIGURE_CATEGORIES).meta({
      description:
        '`humanitarian` for people trapped, besieged, killed, injured, displaced, evacuated, moved, fled, starving, out of reach of aid, sheltering, missing, detained, in need, separated or given aid; `duration` for hours and days; `territory` for ground held or taken; `funding` for money (an appeal, a price); `military` for fighters and attacks; `distance` for kilometres and miles; other kinds of count otherwise.',
    }),
    value: z
      .number()
      .nullable()
      .meta({ description: 'The number the words give; null when they give none ("tens of thousands").', example: 40000 }),
    low: z
      .number()
      .nullable()
      .meta({ description: 'The lowest the words allow; null when they set no floor ("nearly 250000").', example: 40000 }),
    high: z.number().nullable().meta({ description: 'The highest the words allow; null when they set no ceiling ("more than 40000").' }),
    qualifier: z.enum(QUALIFIERS).meta({
      description:
        'How the words hedge the number: `exact`, `more_than`, `at_least`, `nearly`, `about`, `at_most`, `range`, or `vague` ("hundreds").',
    }),
    raw_text: z.string().meta({ description: 'The number exactly as printed.', example: 'more than 40000' }),
    unit: z.string().meta({ description: 'What one unit is.', example: 'people' }),
    subject: z.string().nullable().meta({ description: 'Who or what is counted, in a sentence.' }),
    location: Ref.nullable(),
    as_of: IsoDate.nullable().meta({ description: 'The date the number describes.' }),
    ...dateReading('as_of'),
    claimed_by: Ref.nullable().meta({
      description: 'Who gives the number, when the article attributes it; null when the article states it itself.',
    }),
    event_id: z.string().nullable().meta({ description: 'The event the number is about.' }),
    quantity_id: z.string().nullable().meta({
      description: 'The quantity (see /v1/quantities/{id}) this figure is one claim about, or null.',
      example: 'eastern-aleppo-trapped-2016-12',
    }),
    ...sourcedFields,
  })
  .meta({ id: 'Figure', description: 'A number from the articles, with its words as printed and its uncertainty.' });

export const FigureDetail = withSources(Figure, 'FigureDetail', 'number');

export const FigureList = listEnvelope(Figure, 'Figure');

export const FigureQuery = sourcedListQuery(
  {
    metric: enumListParam(FIGURE_METRICS, 'Only figures counting this.', 'trapped'),
    category: enumListParam(FIGURE_CATEGORIES, 'Only figures of this category.', 'humanitarian'),
    location: idListParam('Only figures about exactly this location (see `within` for the places inside it).', 'eastern-aleppo'),
    within: withinParam(),
    claimed_by: idListParam('Only figures this actor gives.', 'staffan-de-mistura'),
    event: idListParam('Only figures tied to this event.', '2016-12-02-de-mistura-rome-press-conference'),
    min_value: numberParam(
      'Only figures of at least this number: `value` >= min_value; a figure with no single value ("tens of thousands") matches when its `high` reaches it. Figures without either never match.',
      10000,
    ),
    max_value: numberParam(
      'Only figures of at most this number: `value` <= max_value; a figure with no single value matches when its `low` is within it. Figures without either never match.',
      100000,
    ),
    source: sourceParam,
  },
  {
    from: 'As of this date or later (inclusive).',
    to: 'As of this date or earlier (inclusive).',
    search: ['the number as printed and its subject', 'people trapped'],
    sort: '`date` (default; chronological by `as_of`, undated last, then id), `-date`, or `relevance` (with `q`; the default then).',
    facets: [['metric', 'category', 'location', 'claimed_by', 'event', 'source'], 'metric,month'],
  },
);
export type Figure = z.infer<typeof Figure>;
export type FigureDetail = z.infer<typeof FigureDetail>;
