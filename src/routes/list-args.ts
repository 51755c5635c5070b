/**
 * The paging, sorting and search arguments every list shares, checked once: the default sort is chronological
 * (or relevance when searching), `relevance` needs `q`, `from` may not be after `to`.
 */
import type { FastifyInstance } from 'fastify';
import { invalidParameter } from '../http/errors.js';
import { toFtsQuery } from '../repositories/query/search-terms.js';

export interface ListQueryBase {
  limit?: number | undefined;
  cursor?: string | undefined;
  sort?: string | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface ListArgs {
  sort: string;
  limit: number;
  cursor: string | undefined;
  search: string | undefined;
}

export function listArgs(
  app: FastifyInstance,
  query: ListQueryBase,
  defaultSort: string,
  options: { prefixSearch?: boolean } = {},
): ListArgs {
  const { config } = app;
  if (query.from && query.to && query.from > query.to) throw invalidParameter('from', `(${query.from}) is after "to" (${query.to})`);
  const search = query.q === undefined ? undefined : toFtsQuery('q', query.q, config.search, { prefix: options.prefixSearch ?? false });
  const sort = query.sort ?? (search ? 'relevance' : defaultSort);
  if (sort === 'relevance' && !search) throw invalidParameter('sort', '"relevance" needs a search: add q');
  const limit = Math.min(query.limit ?? config.pageSize.default, config.pageSize.max);
  return { sort, limit, cursor: query.cursor, search };
}
