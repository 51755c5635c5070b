import { z } from 'zod';
import { RECORD_TYPES } from '../db/schema.js';
import { documentedAs, enumListParam, idListParam, idPattern, listParams, sourceParam } from './query-params.js';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The media type the W3C Web Annotation Protocol names for annotations. */
export const ANNOTATION_MEDIA_TYPE = `application/ld+json; profile="${ANNOTATION_CONTEXT}"`;

export const WebAnnotation = z
  .object({
    id: z.string().meta({
      description: 'The annotation: a relative IRI, resolved against the document URL.',
      example: '/v1/annotations/statement/lavrov-2016-12-09-strikes-resumed/0',
    }),
    type: z.literal('Annotation'),
    motivation: z.literal('describing').meta({ description: 'The record describes what the quoted words say.' }),
    body: z
      .object({
        id: z.string().meta({
          description: 'The record this span supports (relative IRI).',
          example: '/v1/statements/lavrov-2016-12-09-strikes-resumed',
        }),
        type: z.literal('Dataset'),
        format: z.literal('application/json'),
      })
      .meta({ description: 'The record, as this API serves it.' }),
    target: z
      .object({
        source: z.string().meta({ description: "The article's URL." }),
        selector: z
          .array(
            z.union([
              z
                .object({
                  type: z.literal('TextQuoteSelector'),
                  exact: z.string().meta({ description: 'The quoted words, exactly as in the article.' }),
                  prefix: z.string().meta({ description: 'Up to 32 code points of the article just before them.' }),
                  suffix: z.string().meta({ description: 'Up to 32 code points of the article just after them.' }),
                })
                .meta({ id: 'TextQuoteSelector' }),
              z
                .object({
                  type: z.literal('TextPositionSelector'),
                  start: z.int().meta({ description: 'Start in Unicode code points of the article text (inclusive).' }),
                  end: z
                    .int()
                    .meta({ description: 'End in Unicode code points (exclusive). The `evidence` offsets count UTF-16 units instead.' }),
                })
                .meta({ id: 'TextPositionSelector' }),
            ]),
          )
          .meta({ description: 'Two selectors, in this order: the quote, then its position.' }),
      })
      .meta({ description: 'Where in the article: the quote with its context, and its position.' }),
  })
  .meta({ id: 'WebAnnotation', description: 'One evidence span as a W3C Web Annotation.' });

export const WebAnnotationPage = z
  .object({
    '@context': z.literal(ANNOTATION_CONTEXT),
    id: z.string().meta({ description: 'This page (relative IRI).' }),
    type: z.literal('AnnotationPage'),
    next: z.string().optional().meta({ description: 'The next page, absent on the last one.' }),
    items: z.array(WebAnnotation),
  })
  .meta({ id: 'WebAnnotationPage', description: 'A page of W3C Web Annotations (JSON-LD).' });

export const WebAnnotationQuery = z
  .object({
    source: sourceParam,
    record_type: enumListParam(RECORD_TYPES, 'Only spans supporting records of this type.', 'statement'),
    record_id: idListParam('Only spans supporting this record.'),
    limit: listParams.limit,
    cursor: listParams.cursor,
    format: documentedAs(
      z.enum(['jsonld', 'ndjson']).optional().meta({
        description:
          '`ndjson` answers application/x-ndjson, the same as `Accept: application/x-ndjson`: every matching annotation, one JSON-LD object a line (each with its `@context`), in order, streamed without paging (`limit` does not apply; a `cursor` starts it where that page would). The default is the paged `AnnotationPage`.',
      }),
      { type: 'string', enum: ['jsonld', 'ndjson'], default: 'jsonld' },
    ),
  })
  .strict();

export const WebAnnotationPathParams = z.object({
  record_type: z.enum(RECORD_TYPES).meta({ description: 'The type of the record the span supports.', example: 'statement' }),
  record_id: z
    .string()
    .regex(idPattern, 'must be an id (lowercase letters, digits, hyphens)')
    .meta({ description: 'The record id.', example: 'lavrov-2016-12-09-strikes-resumed' }),
  seq: z
    .string()
    .regex(/^[0-9]{1,4}$/, 'must be a whole number')
    .meta({ description: "The span's position among the record's evidence, from 0.", example: '0' }),
});

export type WebAnnotationQuery = z.infer<typeof WebAnnotationQuery>;
export type WebAnnotation = z.infer<typeof WebAnnotation>;
