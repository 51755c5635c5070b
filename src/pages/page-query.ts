/**
 * Query parameters of the pages. A form sends every field, filled or not, so an empty value means "not given"
 * (never a 400); a value that is given must still be valid, and an unknown parameter is still named.
 */
import { z } from 'zod';
import { dateParam } from '../schemas/query-params.js';

const blankIsAbsent = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);

export const SEARCH_TYPES = ['events', 'statements', 'votes', 'figures', 'actors', 'sources'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SearchPageQuery = z
  .object({
    q: blankIsAbsent(z.string().max(2000).optional()),
    type: blankIsAbsent(z.enum(SEARCH_TYPES, { message: `must be one of: ${SEARCH_TYPES.join(', ')}` }).optional()),
    from: blankIsAbsent(dateParam('From this date.', '2016-12-01')),
    to: blankIsAbsent(dateParam('Up to this date.', '2016-12-31')),
    cursor: blankIsAbsent(z.string().max(1000).optional()),
  })
  .strict();

export const TimelinePageQuery = z
  .object({
    from: blankIsAbsent(dateParam('From this date.', '2016-12-01')),
    to: blankIsAbsent(dateParam('Up to this date.', '2016-12-31')),
    cursor: blankIsAbsent(z.string().max(1000).optional()),
  })
  .strict();

export const NoQuery = z.object({}).strict();

/** Any id is looked up as it is (bound, never spliced into SQL): one that does not exist is a 404 page. */
export const IdParams = z.object({ id: z.string() });
