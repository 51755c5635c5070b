import { z } from 'zod';

/** The data package descriptor, as documented; the answer is the full Frictionless Data Package (v2). */
export const DataPackageDescriptor = z
  .object({
    $schema: z.string(),
    name: z.string(),
    title: z.string(),
    description: z.string(),
    version: z.string().meta({ description: 'The build id of the database (a sha256 of every input).' }),
    licenses: z.array(z.object({ name: z.string(), path: z.string(), title: z.string() })),
    sources: z.array(z.object({ title: z.string(), path: z.string() })).meta({ description: 'The articles the data is read from.' }),
    resources: z
      .array(
        z
          .object({
            name: z.string(),
            type: z.literal('table'),
            path: z.string().meta({ description: 'Relative to this document: `/v1/export/{name}.csv`.' }),
            format: z.literal('csv'),
            mediatype: z.literal('text/csv'),
            encoding: z.literal('utf-8'),
            dialect: z.object({}).catchall(z.unknown()),
            schema: z
              .object({})
              .catchall(z.unknown())
              .meta({ description: 'A Table Schema: `fields` (name, type, constraints), `primaryKey`, `foreignKeys`, `missingValues`.' }),
          })
          .catchall(z.unknown()),
      )
      .meta({ description: 'One CSV resource per table of the database.' }),
  })
  .catchall(z.unknown())
  .meta({ id: 'DataPackage', description: 'A Frictionless Data Package (v2) describing every table of the ledger.' });

export const ExportTableParams = z.object({
  resource: z
    .string()
    .regex(/^[a-z][a-z_]{0,63}$/, 'must be a table name (lowercase letters and underscores)')
    .meta({ description: 'A resource (table) name of the data package.', example: 'statements' }),
});

export const TableCsv = z.string().meta({
  description:
    'RFC 4180 CSV with a header row (the Table Schema field names, in order), CRLF line ends; null is the empty field, booleans are 0 and 1.',
});

export const SqliteFile = z.string().meta({ description: 'The SQLite 3 database file the server reads.', format: 'binary' });
