/**
 * NDJSON (`format=ndjson`, `Accept: application/x-ndjson`): every record of a filtered list, one JSON object a
 * line, in the list's order, streamed without paging. It walks the same keyset pages a client would (the route's
 * page source, NDJSON_STEP rows at a time) and writes each page as it comes, so memory holds one page whatever the
 * number of records: the stream is pulled by the socket (a Readable over an async generator, with a small
 * high-water mark, stream-reply.ts), so a slow client slows the walk instead of filling the heap, and a client that goes away
 * destroys the stream, which ends the generator and the walk.
 *
 * `limit` does not apply (every record matches); a `cursor` starts the walk where that page would start, so an
 * interrupted download can resume from the last JSON page's `next_cursor`. Each line is the record exactly as
 * the JSON list writes it, by a serializer compiled from the list's own item schema.
 */
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { PageSource } from './list-reply.js';
import { serializerFor } from './serializer.js';
import { STREAM_HIGH_WATER_MARK, sendStream } from './stream-reply.js';

export const NDJSON_MEDIA_TYPE = 'application/x-ndjson';

/** Rows per page of the walk: the largest page a list serves; bigger pages buy little and cost memory. */
export const NDJSON_STEP = 500;

const serializers = new WeakMap<z.ZodType, (record: unknown) => string>();

/** The serializer of one record of a list (the `data` items of its envelope), compiled once per list. */
export function recordSerializer(listSchema: z.ZodType): (record: unknown) => string {
  let serialize = serializers.get(listSchema);
  if (!serialize) {
    const item = listSchema instanceof z.ZodObject ? ((listSchema.shape.data as z.ZodArray).element as z.ZodType) : listSchema;
    serialize = serializerFor(item);
    serializers.set(listSchema, serialize);
  }
  return serialize;
}

/** A page of a list as its records' JSON texts: `limit` after `cursor`, and the next page's cursor. */
export type LinePageSource = (limit: number, cursor: string | undefined) => Promise<{ rows: string[]; nextCursor: string | null }>;

/** A list's pages as JSON texts, each record written by the serializer compiled from the list's item schema. */
export function serializedPages(pages: PageSource, listSchema: z.ZodType): LinePageSource {
  const serialize = recordSerializer(listSchema);
  return async (limit, cursor) => {
    const page = await pages(limit, cursor);
    return { rows: page.rows.map(serialize), nextCursor: page.nextCursor };
  };
}

/** The lines of every record from `first` on: each page written as one chunk, the next fetched when it is wanted. */
export async function* recordLines(
  first: { rows: string[]; nextCursor: string | null },
  pages: LinePageSource,
  step = NDJSON_STEP,
): AsyncGenerator<string> {
  let page = first;
  for (;;) {
    if (page.rows.length > 0) yield `${page.rows.join('\n')}\n`;
    if (!page.nextCursor) return;
    page = await pages(step, page.nextCursor);
  }
}

/**
 * Sends every record from `cursor` on. `pages` gives each page's records as JSON texts: those the build rendered
 * (the very strings the JSON list puts in `data`) or the rows serialized here (`serializedPages`).
 */
export async function ndjsonReply(
  request: FastifyRequest,
  reply: FastifyReply,
  pages: LinePageSource,
  cursor: string | undefined,
): Promise<FastifyReply> {
  // The first page is fetched before anything is sent, so a bad cursor is still a 400 problem, not a broken stream.
  const first = await pages(NDJSON_STEP, cursor);
  const stream = Readable.from(recordLines(first, pages), {
    objectMode: false,
    highWaterMark: STREAM_HIGH_WATER_MARK,
  });
  return sendStream(request, reply.type(`${NDJSON_MEDIA_TYPE}; charset=utf-8`), stream);
}
