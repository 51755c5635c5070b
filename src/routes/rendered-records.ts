/**
 * What a route needs to serve the build's rendered records (RENDERED_RESPONSES; http/record-rendering.ts): the
 * rendered pages of its filtered list, and a single view as its stored string. Both give way to the computed path
 * when the server does not serve rendered records.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { RenderedPageSource } from '../http/list-reply.js';
import type { RenderedList, RenderedType } from '../repositories/rendered-repository.js';

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
