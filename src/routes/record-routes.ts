/**
 * The two routes of every record resource (events, statements, votes, figures, quantities, sources, actors,
 * locations), written once: the list (`/v1/events`: the filters read from the query, then the page asked for, its
 * facets, in the format asked for) and the single view (`/v1/events/:id`: the record, or a 404 that names it). A
 * resource gives only what is its own: its words for the OpenAPI document, its query and response schemas, its
 * repository, how its query becomes that repository's filters, and, for the records the build rendered (events,
 * statements, votes, figures; RENDERED_RESPONSES, http/record-rendering.ts), their type: the server then sends
 * their stored strings, and gives way to the computed path when it does not serve rendered records.
 */
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { z } from 'zod';
import { ApiError } from '../http/errors.js';
import { sendList } from '../http/list-reply.js';
import { LIST_ROUTE, RECORD_ROUTE, singular } from '../http/route-config.js';
import type { FacetSource } from '../repositories/query/facets.js';
import type { ListPage } from '../repositories/query/list-query.js';
import type { RenderedType } from '../repositories/rendered-repository.js';
import { idPathParams } from '../schemas/query-params.js';
import { facetsOf } from './facet-args.js';
import { type ListQueryBase, listArgs } from './list-args.js';
import { listResponses, singleResponses } from './responses.js';

/** The app a route plugin is given (zod validates and serializes). */
export type RouteApp = Parameters<FastifyPluginAsyncZod>[0];

/** What the OpenAPI document says of a route. */
interface RouteWords {
  summary: string;
  description: string;
}

/** A repository a list route pages and counts facets over (its shape and conditions also find rendered pages). */
type ListRepository<Filters> = FacetSource<Filters> & {
  listAsync(filters: Filters, sort: string, limit: number, cursor?: string): Promise<ListPage<object>>;
};

/** The parameters every list query has, as the route reads them (the resource's schema declares them). */
type ListQuery = ListQueryBase & { format?: string | undefined; facets?: string | undefined; facet_size?: number | undefined };

export interface ListRoute<Query extends z.ZodType, Filters> extends RouteWords {
  querystring: Query;
  /** The list's response schema (a listEnvelope): it serializes JSON and names the CSV columns. */
  response: z.ZodType;
  repository: ListRepository<Filters>;
  /** Where the build rendered the records: their type. */
  rendered?: RenderedType;
  /** `name`: by name, the last word of `q` matching as a prefix (names are typed a few letters at a time); default `date`. */
  sort?: 'name';
  /** The request's filters as the repository takes them (`search`: `q` as a full-text query); ids are checked here. */
  filters(query: z.output<Query>, search: string | undefined): Filters;
}

/** GET `path`: a page of the filtered list, its facets, as JSON, CSV or NDJSON. */
export function listRoute<Query extends z.ZodType, Filters>(app: RouteApp, path: string, route: ListRoute<Query, Filters>): void {
  const { repository, rendered } = route;
  const schema = {
    tags: [tagOf(path)],
    summary: route.summary,
    description: route.description,
    querystring: route.querystring,
    response: listResponses(route.response),
  };
  app.get(path, { config: LIST_ROUTE, schema }, async (request, reply) => {
    const query = request.query as z.output<Query> & ListQuery;
    const args = listArgs(app, query, route.sort ?? 'date', { prefixSearch: route.sort === 'name' });
    const filters = route.filters(query, args.search);
    return sendList(request, reply, {
      pages: (limit, cursor) => repository.listAsync(filters, args.sort, limit, cursor),
      rendered:
        rendered && app.renderedResponses
          ? (form, limit, cursor) => app.repos.rendered.page(repository, rendered, form, filters, { sort: args.sort, limit, cursor })
          : undefined,
      limit: args.limit,
      cursor: args.cursor,
      format: query.format,
      listSchema: route.response,
      facets: await facetsOf(app.repos.facets, repository, filters, query),
    });
  });
}

export interface RecordRoute extends RouteWords {
  /** An id that exists: the document's example, which Swagger UI pre-fills. */
  example: string;
  response: z.ZodType;
  get(id: string): object | undefined;
  /** Where the build rendered the records: their type. */
  rendered?: RenderedType;
  /**
   * Ids that no longer stand on their own (actors a curator merged into another): `to` gives the id that stands for
   * one, and the old URL answers 308 Permanent Redirect there, with a body of schema `body`, so links people cited
   * keep working.
   */
  moved?: { to(id: string): string | undefined; body: z.ZodType };
}

/** GET `path/:id`: one record, or a 404 that names it. */
export function recordRoute(app: RouteApp, path: string, route: RecordRoute): void {
  const { rendered } = route;
  const schema = {
    tags: [tagOf(path)],
    summary: route.summary,
    description: route.description,
    params: idPathParams.extend({ id: idPathParams.shape.id.meta({ example: route.example }) }),
    response: { ...singleResponses(route.response), ...(route.moved ? { 308: route.moved.body } : {}) },
  };
  app.get(`${path}/:id`, { config: RECORD_ROUTE, schema }, async (request, reply) => {
    const { id } = request.params as { id: string };
    // A rendered record is sent as stored; no such record: the computed path answers, with its 404.
    const view = rendered && app.renderedResponses ? app.repos.rendered.get(rendered, id) : undefined;
    if (view !== undefined) return reply.type('application/json; charset=utf-8').send(view);
    const record = route.get(id);
    if (record) return record;
    const movedTo = route.moved?.to(id);
    if (movedTo) return reply.code(308).header('location', `${path}/${movedTo}`).send({ id, merged_into: movedTo });
    throw new ApiError('not_found', `No ${singular(tagOf(path))} with id "${id}"`);
  });
}

/** `/v1/events` -> `events`: the resource's OpenAPI tag. */
const tagOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
