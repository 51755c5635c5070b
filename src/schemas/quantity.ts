import { z } from 'zod';
import { FIGURE_CATEGORIES, FIGURE_METRICS, QUALIFIERS } from '../db/schema.js';
import { Evidence, IsoDate, listEnvelope, Precision, Ref } from './common.js';
import { dateParam, enumListParam, idListParam, listQuery, sortParam, sourceParam, withinParam } from './query-params.js';

export const QuantityClaim = z
  .object({
    figure_id: z
      .string()
      .meta({ description: 'The figure (see /v1/figures/{id}) that makes this claim.', example: '2016-12-02-de-mistura-trapped-40000' }),
    value: z.number().nullable().meta({ description: 'The number the words give; null when they give none.', example: 40000 }),
    low: z.number().nullable().meta({ description: 'The lowest the words allow; null when they set no floor.', example: 40000 }),
    high: z.number().nullable().meta({ description: 'The highest the words allow; null when they set no ceiling.' }),
    qualifier: z.enum(QUALIFIERS),
    raw_text: z.string().meta({ description: 'The number exactly as printed.', example: 'more than 40000' }),
    unit: z
      .string()
      .meta({ description: "What the claim counts (the quantity's unit, or one its `unit_note` equates with it).", example: 'people' }),
    as_of: IsoDate.nullable().meta({ description: 'The date the claim describes.' }),
    as_of_precision: Precision,
    claimed_by: Ref.nullable().meta({ description: 'Who gives the number; null when the article states it itself.' }),
    source_ids: z.array(z.string()).meta({ description: 'The articles that print the claim.' }),
    evidence: z.array(Evidence),
  })
  .meta({ id: 'QuantityClaim', description: "One source's claim about a quantity: a figure, with its words and its bounds." });

export const Interval = z
  .object({
    low: z.number().nullable().meta({ description: 'Inclusive lower bound; null when unbounded.' }),
    high: z.number().nullable().meta({ description: 'Inclusive upper bound; null when unbounded.' }),
  })
  .meta({ id: 'Interval' });

export const Quantity = z
  .object({
    id: z.string().meta({ example: 'eastern-aleppo-trapped-2016-12' }),
    metric: z.enum(FIGURE_METRICS).meta({ description: 'What is counted.' }),
    category: z.enum(FIGURE_CATEGORIES),
    unit: z.string().meta({ description: 'What one unit is.', example: 'people' }),
    unit_note: z.string().nullable().meta({ description: 'Why claims counting another unit (civilians for people) count the same thing.' }),
    subject: z.string().meta({ description: 'The measured thing, in a sentence.' }),
    location: Ref.nullable(),
    period: z
      .object({
        from: IsoDate.nullable().meta({ description: 'The earliest `as_of` of the claims.' }),
        to: IsoDate.nullable().meta({ description: 'The latest `as_of` of the claims.' }),
      })
      .meta({ description: 'The dates the claims describe.' }),
    note: z.string().meta({ description: "The curator's reasons for grouping these figures (and for keeping others apart)." }),
    envelope: Interval.meta({
      description:
        'The interval every claim allows at once: the highest floor and the lowest ceiling among the claims. "more than 40000" floors at 40000; "nearly 250000" caps at 250000; "about" and vague words without bounds allow anything. When the claims exclude each other (`consistent: false`) the bounds cross (low > high) and show the gap.',
    }),
    consistent: z
      .boolean()
      .meta({ description: 'True when one number could satisfy every claim; false when two claims exclude each other.' }),
    claims: z.array(QuantityClaim).meta({ description: 'One per figure, oldest first.' }),
  })
  .meta({ id: 'Quantity', description: "One measured thing, with every source's claim about it side by side." });

export const QuantityList = listEnvelope(Quantity, 'Quantity');

export const QuantityQuery = listQuery(
  {
    metric: enumListParam(FIGURE_METRICS, 'Only quantities counting this.', 'trapped'),
    category: enumListParam(FIGURE_CATEGORIES, 'Only quantities of this category.', 'humanitarian'),
    location: idListParam('Only quantities about exactly this location.', 'eastern-aleppo'),
    within: withinParam(),
    source: sourceParam,
    from: dateParam('Only quantities whose period reaches this date or later (inclusive).', '2016-12-01'),
    to: dateParam('Only quantities whose period starts on or before this date (inclusive).', '2016-12-31'),
    consistent: z.enum(['true', 'false']).optional().meta({
      description: '`false` lists the quantities whose claims exclude each other; `true` those whose claims agree.',
      example: 'true',
    }),
    sort: sortParam(['date', '-date'], '`date` (default; by the start of the period, undated last, then id) or `-date`.'),
  },
  [['metric', 'category', 'location', 'consistent', 'source', 'month', 'year'], 'metric,consistent'],
);
export type Quantity = z.infer<typeof Quantity>;
export type QuantityClaim = z.infer<typeof QuantityClaim>;
