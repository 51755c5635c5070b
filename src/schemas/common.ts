/**
 * Building blocks shared by every resource: references, evidence, dates with their certainty, a sourced
 * record's closing fields, the list envelope and the problem document. One zod object per concept drives
 * validation, the TypeScript types and the OpenAPI document. The query parameters are in query-params.ts.
 */
import { z } from 'zod';
import { DATE_BASES, METHODS, PRECISIONS } from '../db/schema.js';

export const Ref = z
  .object({ id: z.string(), name: z.string() })
  .meta({ id: 'Ref', description: 'A reference to an actor or a location: its id and display name.' });

export const Evidence = z
  .object({
    source_id: z.string().meta({ description: 'The source (article) id.', example: 'voa-2016-12-09-russia-resumes-bombings' }),
    start: z.int().meta({ description: 'Start offset in the source text (JavaScript string index, inclusive).' }),
    end: z.int().meta({ description: 'End offset in the source text (exclusive).' }),
    quote: z.string().meta({ description: 'Exactly `source.text.slice(start, end)`.' }),
  })
  .meta({
    id: 'Evidence',
    description:
      'The exact characters of an article that support a fact. One entry per span; a fact reported by several articles has an entry in each.',
  });

export const Precision = z.enum(PRECISIONS).meta({ description: 'How precise the date is: never more than the words carry.' });
export const DateBasis = z.enum(DATE_BASES).meta({
  description:
    '`stated`: the text prints the date; `relative`: resolved from words like "Thursday" against the publication date; `publication`: only the article date is known; `inferred`: reasoned from other facts (see the note).',
});
export const IsoDate = z.string().meta({ description: 'A date, YYYY-MM-DD.', example: '2016-12-05' });

export const Provenance = {
  method: z.enum(METHODS).meta({ description: '`curated` by a person, or `extracted` by the ingest pipeline and awaiting review.' }),
  confidence: z.number().meta({ description: 'Confidence in the record, 0 to 1 (1 for curated records).' }),
  note: z.string().nullable().meta({
    description:
      "The curator's reasoning where the text left room for judgement (a veto inferred from another article, a venue the text does not name).",
  }),
};

/** The closing fields of every sourced record (event, statement, vote, figure): its provenance, then the words it cites. */
export const sourcedFields = { ...Provenance, evidence: z.array(Evidence) };

type DateReading<P extends string> = { [K in `${P}_precision`]: typeof Precision } & { [K in `${P}_basis`]: typeof DateBasis } & {
  [K in `${P}_note`]: z.ZodNullable<z.ZodString>;
};

/** How a record's date was read, in the fields that follow the date itself: `<prefix>_precision`, `_basis` and `_note`. */
export const dateReading = <P extends string>(prefix: P): DateReading<P> =>
  ({
    [`${prefix}_precision`]: Precision,
    [`${prefix}_basis`]: DateBasis,
    [`${prefix}_note`]: z.string().nullable().meta({ description: 'How a relative or inferred date was resolved.' }),
  }) as DateReading<P>;

export const Problem = z
  .object({
    type: z.string().meta({ description: 'A URI naming the kind of problem.' }),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().meta({ description: 'The request path that failed.' }),
    request_id: z.string().optional(),
    errors: z
      .array(z.object({ parameter: z.string(), reason: z.string() }))
      .optional()
      .meta({ description: 'For validation failures: each offending parameter and why.' }),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem document (application/problem+json).' });

export const PageInfo = z
  .object({
    limit: z.int(),
    next_cursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .meta({ id: 'PageInfo' });

export const FacetBucket = z
  .object({
    value: z
      .string()
      .nullable()
      .meta({ description: 'The value (an id, an enum value, a month YYYY-MM or a year); null for the records without one.' }),
    label: z.string().nullable().meta({ description: "The human name: an actor's or place's name, an enum's words, \"December 2016\"." }),
    count: z.int().meta({ description: 'Records of the whole filtered result (all pages) with this value.' }),
  })
  .meta({ id: 'FacetBucket' });

export const Facet = z
  .object({
    name: z.string(),
    buckets: z.array(FacetBucket).meta({
      description: 'By count (descending) then value; `month` and `year` chronologically, the null bucket last.',
    }),
    truncated: z.boolean().meta({ description: 'True when more buckets exist than `facet_size`.' }),
  })
  .meta({
    id: 'Facet',
    description:
      'Counts of the filtered result by one field, ignoring the filter on that field (disjunctive), so the alternatives to a chosen value show too.',
  });

export const listEnvelope = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      data: z.array(item),
      page: PageInfo,
      facets: z.array(Facet).optional().meta({ description: 'With `facets=`: one entry per facet asked for, in that order.' }),
    })
    .meta({ id: `${name}List`, description: `A page of ${name} records.` });

export type Evidence = z.infer<typeof Evidence>;
export type Precision = z.infer<typeof Precision>;
export type DateBasis = z.infer<typeof DateBasis>;
