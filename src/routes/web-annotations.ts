import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../http/errors.js';
import { ndjsonReply } from '../http/ndjson.js';
import { LIST_ROUTE, RECORD_ROUTE } from '../http/route-config.js';
import { lazySerializer } from '../http/serializer.js';
import { splitList } from '../schemas/query-params.js';
import {
  ANNOTATION_CONTEXT,
  ANNOTATION_MEDIA_TYPE,
  WebAnnotation,
  WebAnnotationPage,
  WebAnnotationPathParams,
  WebAnnotationQuery,
} from '../schemas/web-annotation.js';
import { listResponses, singleResponses } from './responses.js';

/** One annotation standing alone (an NDJSON line, a single view): the item of a page with its own `@context`. */
const StandaloneAnnotation = WebAnnotation.extend({ '@context': z.literal(ANNOTATION_CONTEXT) });
const serializeStandalone = lazySerializer(StandaloneAnnotation);

/** NDJSON when `format=ndjson`, or with no `format` when `Accept` asks for it before JSON-LD. */
const wantsNdjson = (format: string | undefined, accept: string | undefined) =>
  format === 'ndjson' || (format === undefined && /^\s*application\/x-ndjson\b/i.test(accept ?? ''));

export const webAnnotationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/annotations',
    {
      config: { ...LIST_ROUTE, produces: ANNOTATION_MEDIA_TYPE },
      schema: {
        tags: ['annotations'],
        summary: 'Every evidence span as a W3C Web Annotation (JSON-LD)',
        description:
          'Each span of an article that supports an event, statement, vote or figure, as a W3C Web Annotation: the target is the article (its URL) with a `TextQuoteSelector` (the words, with up to 32 code points of context either side) and a `TextPositionSelector` (offsets in Unicode code points, as the W3C model counts them; the `evidence` offsets elsewhere in this API count UTF-16 units); the body is the record. Paged as an `AnnotationPage` whose `next` links the following page. Served as `application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"`.',
        querystring: WebAnnotationQuery,
        response: listResponses(WebAnnotationPage),
      },
    },
    async (request, reply) => {
      const query = request.query;
      const source = app.repos.references.checkedIds('sources', 'source', query.source);
      const filters = { source, recordType: splitList(query.record_type), recordId: splitList(query.record_id) };
      if (wantsNdjson(query.format, request.headers.accept)) {
        return ndjsonReply(
          request,
          reply,
          async (limit, cursor) => {
            const page = app.repos.webAnnotations.list(filters, limit, cursor);
            return {
              rows: page.rows.map((item) => serializeStandalone({ '@context': ANNOTATION_CONTEXT, ...item })),
              nextCursor: page.nextCursor,
            };
          },
          query.cursor,
        );
      }
      const limit = Math.min(query.limit ?? app.config.pageSize.default, app.config.pageSize.max);
      const page = app.repos.webAnnotations.list(filters, limit, query.cursor);
      const url = new URL(request.url, 'http://localhost');
      const self = `${url.pathname}${url.search}`;
      url.searchParams.set('cursor', page.nextCursor ?? '');
      return reply.type(ANNOTATION_MEDIA_TYPE).send({
        '@context': ANNOTATION_CONTEXT,
        id: self,
        type: 'AnnotationPage' as const,
        ...(page.nextCursor ? { next: `${url.pathname}${url.search}` } : {}),
        items: page.rows,
      });
    },
  );

  app.get(
    '/v1/annotations/:record_type/:record_id/:seq',
    {
      config: { ...RECORD_ROUTE, produces: ANNOTATION_MEDIA_TYPE },
      schema: {
        operationId: 'getAnnotation',
        tags: ['annotations'],
        summary: 'One evidence span as a W3C Web Annotation',
        description: 'The annotation an `AnnotationPage` item names in its `id`.',
        params: WebAnnotationPathParams,
        response: singleResponses(StandaloneAnnotation),
      },
    },
    async (request, reply) => {
      const { record_type, record_id, seq } = request.params;
      const annotation = app.repos.webAnnotations.get(record_type, record_id, Number(seq));
      if (!annotation) throw new ApiError('not_found', `No evidence span ${seq} for ${record_type} "${record_id}"`);
      return reply.type(ANNOTATION_MEDIA_TYPE).send({ '@context': ANNOTATION_CONTEXT, ...annotation });
    },
  );
};
