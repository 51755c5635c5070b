/**
 * `facets=` and `facet_size=` on a list: counted over the list's own conditions by the facet counter (from the
 * build-time counts where it can, on a search worker when the request has `q`).
 */
import type { Facet, FacetCounts, FacetSource } from '../repositories/query/facets.js';
import { splitList } from '../schemas/query-params.js';

export const FACET_SIZE_DEFAULT = 30;

export async function facetsOf<Filters>(
  counter: FacetCounts,
  list: FacetSource<Filters>,
  filters: Filters,
  query: { facets?: string | undefined; facet_size?: number | undefined },
): Promise<Facet[] | undefined> {
  const names = splitList(query.facets);
  if (!names) return undefined;
  return counter.count(list, filters, names, query.facet_size ?? FACET_SIZE_DEFAULT);
}
