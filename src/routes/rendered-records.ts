/**
 * What a route needs to serve the build's rendered records (RENDERED_RESPONSES; http/record-rendering.ts): the
 * rendered pages of its filtered list, and a single view as its stored string. Both give way to the computed path
 * when the server does not serve rendered records.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { type RenderedPageSource, sendList } from '../http/list-reply.js';
import type { FacetSource } from '../repositories/query/facets.js';
import type { ListPage } from '../repositories/query/list-query.js';
import type { RenderedList, RenderedType } from '../repositories/rendered-repository.js';
import { facetsOf } from './facet-args.js';
import type { ListArgs } from './list-args.js';

/** The list's pages as rendered strings, or undefined when this server computes its answers. */
export function renderedPages<Filters>(
  app: FastifyInstance,
  repository: RenderedList<Filters>,
  type: RenderedType,
  filters: Filters,
  sort: string,
): RenderedPageSource | undefined {
  if (!app.renderedResponses) return undefined;
  return (form, limit, cursor) => app.repos.rendered.page(repository, type, form, filters, { sort, limit, cursor });
}

/**
 * Sends a record's rendered single view and returns the reply, or returns undefined (not served rendered, or no
 * such record: the computed path then answers, with its 404).
 */
export function sendRenderedRecord(app: FastifyInstance, reply: FastifyReply, type: RenderedType, id: string): FastifyReply | undefined {
  if (!app.renderedResponses) return undefined;
  const view = app.repos.rendered.get(type, id);
  return view === undefined ? undefined : reply.type('application/json; charset=utf-8').send(view);
}

/** A list of one of the rendered record types: what its route gives once it has read its filters. */
export interface RenderedListRequest<Filters> {
  repository: RenderedList<Filters> &
    FacetSource<Filters> & {
      listAsync(filters: Filters, sort: string, limit: number, cursor?: string): Promise<ListPage<object>>;
    };
  type: RenderedType;
  filters: Filters;
  args: ListArgs;
  query: { format?: string | undefined; facets?: string | undefined; facet_size?: number | undefined };
  listSchema: z.ZodType;
}

/**
 * Sends the filtered list of events, statements, votes or figures: its pages (rendered where the server serves
 * rendered records, computed otherwise), its facets, in the representation the request asks for.
 */
export async function sendRenderedList<Filters>(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  list: RenderedListRequest<Filters>,
): Promise<FastifyReply> {
  const { repository, type, filters, args, query } = list;
  return sendList(request, reply, {
    pages: (limit, cursor) => repository.listAsync(filters, args.sort, limit, cursor),
    rendered: renderedPages(app, repository, type, filters, args.sort),
    limit: args.limit,
    cursor: args.cursor,
    format: query.format,
    listSchema: list.listSchema,
    facets: await facetsOf(app.repos.facets, repository, filters, query),
  });
}
