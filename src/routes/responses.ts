/** Response schemas per status, the same for every list and every single view, so the envelope cannot drift. */
import type { z } from 'zod';
import { Problem } from '../schemas/common.js';

const problem = (description: string) => Problem.meta({ description });

export const listResponses = <T extends z.ZodType>(list: T) => ({
  200: list,
  400: problem('A parameter is unknown, malformed or names an unknown id; `errors` says which and why.'),
  429: problem('Too many requests from this client; see `Retry-After`.'),
  500: problem('An unexpected failure; the body never carries internals.'),
});

export const singleResponses = <T extends z.ZodType>(record: T) => ({
  200: record,
  400: problem('The id is malformed, or a query parameter is given (a single view takes none); `errors` says which.'),
  404: problem('No record with this id.'),
  429: problem('Too many requests from this client; see `Retry-After`.'),
  500: problem('An unexpected failure; the body never carries internals.'),
});

export const healthResponses = <T extends z.ZodType>(body: T) => ({
  200: body,
  503: problem('Not ready: the database is not open, its schema is not current or no data is loaded.'),
});

export const exportResponses = <T extends z.ZodType>(body: T, notFound?: string) => ({
  200: body,
  400: problem('A query parameter was given (exports take none), or the name is malformed; `errors` says which.'),
  ...(notFound ? { 404: problem(notFound) } : {}),
  429: problem('Too many requests from this client; see `Retry-After`.'),
  500: problem('An unexpected failure; the body never carries internals.'),
});
