/**
 * Long downloads (NDJSON lists, table CSVs, the database file) sent as streams. The server's handler timeout
 * (REQUEST_TIMEOUT_MS) exists to stop a request that hangs before it answers; a stream of a million records
 * legitimately takes longer than that. So once bytes flow, the timeout takes the reply out of Fastify's hands
 * (`reply.hijack()` in the abort listener, which Fastify's timeout leaves intact) instead of cutting the download;
 * a client that stalls is still cut by the socket's idle timeout, and one that leaves destroys the stream, which
 * stops whatever feeds it.
 */
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Bytes a stream buffers ahead of the socket before its source waits: what a slow client costs in memory. */
export const STREAM_HIGH_WATER_MARK = 64 * 1024;

export function sendStream(request: FastifyRequest, reply: FastifyReply, stream: Readable): FastifyReply {
  request.signal.addEventListener(
    'abort',
    () => {
      if (reply.raw.headersSent && !reply.raw.writableEnded && !reply.raw.destroyed) reply.hijack();
    },
    { once: true },
  );
  return reply.send(stream);
}
