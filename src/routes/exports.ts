/**
 * Bulk exports: the ledger as a Frictionless Data Package (descriptor plus one CSV per table, streamed) and the
 * published SQLite file itself, with its sha256 as ETag and Repr-Digest (RFC 9530).
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { FastifyReply } from 'fastify';
import { dataPackage, type ExportTable } from '../db/data-package.js';
import { fileDigest } from '../db/ledger-file.js';
import { csvField } from '../http/csv.js';
import { ApiError } from '../http/errors.js';
import { RECORD_ROUTE } from '../http/route-config.js';
import { STREAM_HIGH_WATER_MARK, sendStream } from '../http/stream-reply.js';
import { DataPackageDescriptor, ExportTableParams, SqliteFile, TableCsv } from '../schemas/export.js';
import { exportResponses } from './responses.js';

export const SQLITE_MEDIA_TYPE = 'application/vnd.sqlite3';

/** The table as CSV: the header, then each chunk of rows as one piece of text. */
async function* tableCsv(table: ExportTable, chunks: Iterable<unknown[][]>): AsyncGenerator<string> {
  yield `${table.fields.map((field) => csvField(field.name)).join(',')}\r\n`;
  for (const chunk of chunks) {
    let text = '';
    for (const row of chunk) text += `${row.map((value) => csvField(value as string | number | null)).join(',')}\r\n`;
    yield text;
  }
}

/** Whether `If-None-Match` names this (strong) ETag; `*` matches any current representation, which the file is. */
const revalidates = (ifNoneMatch: string | undefined, etag: string): boolean =>
  ifNoneMatch?.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, ''))) === true;

export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/export/datapackage.json',
    {
      config: RECORD_ROUTE,
      schema: {
        operationId: 'getDataPackage',
        tags: ['exports'],
        summary: 'The whole ledger as a Frictionless Data Package (v2)',
        description:
          'A Data Package descriptor with one CSV resource per table of the database (`path` relative to this document: `/v1/export/{table}.csv`): each field with its type and whether it is required, primary and foreign keys, the licence, the articles as `sources`, and the build id as `version`. Built from the database schema itself, so it describes exactly the tables the database has.',
        response: exportResponses(DataPackageDescriptor),
      },
    },
    async (_request, reply) => {
      const descriptor = dataPackage(app.ledger.buildId, app.repos.exports.sources());
      // A document of its own, sent as finished JSON: the documented schema is an outline of it.
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(JSON.stringify(descriptor));
    },
  );

  app.get(
    '/v1/export/:resource.csv',
    {
      config: { ...RECORD_ROUTE, produces: 'text/csv; charset=utf-8' },
      schema: {
        operationId: 'getExportTable',
        tags: ['exports'],
        summary: 'One table of the data package as CSV, whole and streamed',
        description:
          "Every row of one table of the database, in storage order, as the data package describes it (its header is the resource's field names, in order). Streamed: a table of any size takes a few hundred KB of server memory. An unknown table is a 404.",
        params: ExportTableParams,
        response: exportResponses(TableCsv, 'No table of that name; `/v1/export/datapackage.json` lists them.'),
      },
    },
    async (request, reply) => {
      const table = app.repos.exports.table(request.params.resource);
      if (!table) {
        throw new ApiError(
          'not_found',
          `No table "${request.params.resource}" in the export; /v1/export/datapackage.json lists the tables`,
        );
      }
      const stream = Readable.from(tableCsv(table, app.repos.exports.rows(table)), {
        objectMode: false,
        highWaterMark: STREAM_HIGH_WATER_MARK,
      });
      reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${table.name}.csv"`);
      return sendStream(request, reply as FastifyReply, stream);
    },
  );

  app.get(
    '/v1/export/ledger.sqlite',
    {
      config: { ...RECORD_ROUTE, produces: SQLITE_MEDIA_TYPE, ownEtag: true },
      // The file's sha256 is computed once per process, on first use: for a database of several GB that first
      // answer may take longer than the usual handler timeout.
      handlerTimeout: 10 * 60_000,
      schema: {
        operationId: 'getLedgerFile',
        tags: ['exports'],
        summary: 'The published SQLite database file',
        description:
          'The very file the server reads (open it with any SQLite tool). `ETag` is its sha256 in hex, quoted, and `Repr-Digest` its sha256 in RFC 9530 form (`sha-256=:<base64>:`), so a download can be checked; `If-None-Match` with the ETag answers 304.',
        response: exportResponses(SqliteFile),
      },
    },
    async (request, reply) => {
      const path = app.ledger.path;
      const digest = await fileDigest(path);
      const etag = `"${digest.hex}"`;
      reply.header('etag', etag);
      if (revalidates(request.headers['if-none-match'], etag)) return reply.code(304).send();
      reply
        .type(SQLITE_MEDIA_TYPE)
        .header('repr-digest', `sha-256=:${digest.base64}:`)
        .header('content-length', digest.bytes)
        .header('content-disposition', `attachment; filename="aleppo-ledger-${app.ledger.buildId.slice(0, 12)}.sqlite"`);
      return sendStream(request, reply as FastifyReply, createReadStream(path, { highWaterMark: STREAM_HIGH_WATER_MARK }));
    },
  );
};
