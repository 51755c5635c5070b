/**
 * The query parameters of the lists and single views, checked strictly and documented by meaning (see
 * `parameterShapes`), and how a list's query is assembled from them: `listQuery`, `sourcedListQuery`.
 */
import { z } from 'zod';
import { METHODS } from '../db/schema.js';

export const idPattern = /^[a-z0-9][a-z0-9-]{0,127}$/;

/**
 * What a query parameter means, as the OpenAPI document tells clients. On the wire every parameter is a string
 * that zod checks strictly (a comma-separated list, digits only); clients and generators need the meaning: an
 * array of an enum, a number, a date, with its default. The docs plugin swaps this shape in for the string schema
 * zod would describe (keeping the description), so validation and documentation still come from one object.
 */
export const parameterShapes = new WeakMap<object, Record<string, unknown>>();

export const documentedAs = <T extends z.ZodType>(schema: T, shape: Record<string, unknown>): T => {
  parameterShapes.set(schema, shape);
  return schema;
};

/** Adds an example to a shape only when one is given: examples are what Swagger UI pre-fills, so they are few. */
const withExample = (shape: Record<string, unknown>, example: unknown) => (example === undefined ? shape : { ...shape, example });

const isRealDate = (value: string) => {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
};

export const dateParam = (description: string, example?: string) =>
  documentedAs(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
      .refine(isRealDate, 'is not a date that exists in the calendar')
      .optional()
      .meta({ description }),
    withExample({ type: 'string', format: 'date' }, example),
  );

/** Comma-separated ids (any of them matches). */
export const idListParam = (description: string, example?: string) =>
  documentedAs(
    z
      .string()
      .max(2000)
      .refine(
        (v) => v.split(',').every((part) => idPattern.test(part)),
        'must be one or more ids (lowercase letters, digits, hyphens) separated by commas',
      )
      .optional()
      .meta({ description: `${description} Several ids, comma-separated, match any of them.` }),
    withExample({ type: 'array', items: { type: 'string', pattern: idPattern.source }, minItems: 1 }, example?.split(',')),
  );

/** Comma-separated values of an enum (any of them matches); an unknown value names itself and the allowed ones. */
export const enumListParam = (values: readonly string[], description: string, example?: string) =>
  documentedAs(
    z
      .string()
      .max(2000)
      .superRefine((v, ctx) => {
        const unknown = v.split(',').filter((part) => !values.includes(part));
        if (unknown.length > 0) {
          ctx.addIssue({
            code: 'custom',
            message: `has unknown value${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; allowed: ${values.join(', ')}`,
          });
        }
      })
      .optional()
      .meta({ description: `${description} One of: ${values.join(', ')}. Several, comma-separated, match any of them.` }),
    withExample({ type: 'array', items: { type: 'string', enum: [...values] }, minItems: 1 }, example?.split(',')),
  );

/** `method` and `min_confidence`: where a record came from and how sure the pipeline was. */
export const provenanceParams = {
  method: enumListParam(METHODS, 'Only records curated by a person, or extracted by the ingest pipeline and not yet reviewed.', 'curated'),
  min_confidence: documentedAs(
    z
      .string()
      .regex(/^(?:0(?:\.\d{1,6})?|1(?:\.0{1,6})?|\.\d{1,6})$/, 'must be a number from 0 to 1, such as 0.8')
      .optional()
      .meta({ description: 'Only records with at least this confidence (0 to 1; curated records have 1).' }),
    withExample({ type: 'number', minimum: 0, maximum: 1 }, 0.8),
  ),
};

/** The provenance filters of a list query, as the repositories take them. */
export const provenanceFilter = (query: { method?: string | undefined; min_confidence?: string | undefined }) => ({
  method: splitList(query.method),
  minConfidence: query.min_confidence === undefined ? undefined : Number(query.min_confidence),
});

/** The sorts of every list ordered by a date: chronological (default), reverse, or by search relevance. */
export const DATE_SORTS = ['date', '-date', 'relevance'] as const;

export const splitList = (value: string | undefined): string[] | undefined =>
  value === undefined ? undefined : [...new Set(value.split(','))];

/** A sort parameter, documented with its default (`relevance` replaces it when `q` is given). */
export const sortParam = <const T extends readonly [string, ...string[]]>(sorts: T, description: string) =>
  documentedAs(z.enum(sorts).optional().meta({ description }), { type: 'string', enum: [...sorts], default: sorts[0] });

/** `sort` of the lists of names (actors, places): alphabetical (default), reverse, or by search relevance. */
export const nameSortParam = () =>
  sortParam(['name', '-name', 'relevance'], '`name` (default; then id), `-name`, or `relevance` (with `q`; the default then).');

/** A plain decimal number: no exponent, no blanks, so `min_value=` or `min_value=1e9x` is a 400, not 0. */
export const numberParam = (description: string, example?: number) =>
  documentedAs(
    z
      .string()
      .regex(/^-?\d{1,15}(\.\d{1,6})?$/, 'must be a number written with digits, such as 10000 or 2.5')
      .optional()
      .meta({ description }),
    withExample({ type: 'number' }, example),
  );

export const listParams = {
  // Digits only: z.coerce.number would also take "0x10", "1e1" and " 5", which a strict API refuses.
  limit: documentedAs(
    z
      .string()
      .regex(/^[0-9]{1,4}$/, 'must be a whole number from 1 to 500')
      .transform(Number)
      .pipe(z.int().min(1, 'must be a whole number from 1 to 500').max(500, 'must be a whole number from 1 to 500'))
      .optional()
      .meta({ description: 'Records per page (default 50, at most 500; the server settings `PAGE_SIZE_DEFAULT` and `PAGE_SIZE_MAX`).' }),
    { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  ),
  cursor: z
    .string()
    .min(1)
    .max(1000)
    .optional()
    .meta({ description: 'The opaque `page.next_cursor` of the previous page. Keep the other parameters the same.' }),
  format: documentedAs(
    z.enum(['json', 'csv', 'ndjson']).optional().meta({
      description:
        '`csv` answers text/csv (RFC 4180) with nested fields flattened, the same as `Accept: text/csv`. `ndjson` answers application/x-ndjson, the same as `Accept: application/x-ndjson`: every matching record, one JSON object a line (each exactly as in `data`), in order, streamed without paging (`limit` does not apply; a `cursor` starts it where that page would).',
    }),
    { type: 'string', enum: ['json', 'csv', 'ndjson'], default: 'json' },
  ),
};

export const searchParam = (what: string, example?: string) =>
  documentedAs(
    z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .meta({ description: `Full-text search over ${what}: words, all of which must match (ranked; no search syntax).` }),
    withExample({ type: 'string', minLength: 1, maxLength: 2000 }, example),
  );

/** `facets` (this list's facet names) and `facet_size`. */
export const facetParams = (names: readonly string[], example: string) => ({
  facets: enumListParam(
    names,
    'Counts of the whole filtered result by these fields, each ignoring its own filter. `month` and `year` bucket the main date by its precision (a year-precision date counts only in `year`; in `month` it is in the null bucket) and ignore `from`/`to`, the range on that date, so they show the whole histogram beside the chosen range.',
    example,
  ),
  facet_size: z
    .string()
    .regex(/^[0-9]{1,3}$/, 'must be a whole number from 1 to 500')
    .transform(Number)
    .pipe(z.int().min(1, 'must be a whole number from 1 to 500').max(500, 'must be a whole number from 1 to 500'))
    .optional()
    .meta({
      description: 'Most buckets per facet (default 30); `truncated` says when there are more.',
      type: 'integer',
      minimum: 1,
      maximum: 500,
      default: 30,
      example: 10,
    }),
});

/**
 * A list's query: its parameters, then `facets` and `facet_size` (the facet names it answers, with an example)
 * and paging; any other parameter is unknown, so a 400 that names it.
 */
export const listQuery = <const P extends z.ZodRawShape>(params: P, facets: readonly [names: readonly string[], example: string]) =>
  z.object({ ...params, ...facetParams(...facets), ...listParams }).strict();

/** What a list of sourced records says about its main date, its search and its sort, in its own words. */
export interface SourcedListWords {
  /** The descriptions of `from` and `to`, and their examples (December 2016 unless given). */
  from: string;
  to: string;
  examples?: readonly [from: string, to: string];
  /** What `q` searches, and an example. */
  search: readonly [what: string, example: string];
  /** The description of `sort` (always the date sorts). */
  sort: string;
  /** The facets of its own filters (`month` and `year` of the main date follow), and an example. */
  facets: readonly [names: readonly string[], example: string];
}

/**
 * The query of a list of sourced records (events, statements, votes, figures): its own filters (`source` among
 * them, where it documents it), then what every such list takes, in this order: the main date's range, the
 * search, the date sorts, the provenance filters, facets (its own, `month`, `year`) and paging.
 */
export const sourcedListQuery = <const F extends z.ZodRawShape>(filters: F, words: SourcedListWords) => {
  const [from, to] = words.examples ?? ['2016-12-01', '2016-12-31'];
  const [facets, example] = words.facets;
  return listQuery(
    {
      ...filters,
      from: dateParam(words.from, from),
      to: dateParam(words.to, to),
      q: searchParam(...words.search),
      sort: sortParam(DATE_SORTS, words.sort),
      ...provenanceParams,
    },
    [[...facets, 'month', 'year'], example],
  );
};

/** Places and everything inside them: the location hierarchy's closure, computed when the database is built. */
export const withinParam = (example?: string) =>
  idListParam('Only records at this place or any place inside it (`within=aleppo` covers eastern Aleppo and its neighbourhoods).', example);

export const sourceParam = idListParam('Only records with evidence in this source (article id).');

/** The query of a route that takes no parameters: any parameter is unknown, so a 400 that names it. */
export const NO_QUERY = z.strictObject({});

export const idPathParams = z.object({
  id: z.string().regex(idPattern, 'must be an id (lowercase letters, digits, hyphens)').meta({ description: 'The record id.' }),
});
