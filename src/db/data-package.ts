/**
 * The ledger as a Frictionless Data Package (v2): one CSV resource per table of the schema, with its fields and
 * their types, primary key and foreign keys, all read from the drizzle schema (getTableConfig), so the package
 * cannot describe a table the database does not have. The full-text tables (a custom migration, not in the
 * drizzle schema) are an index, not data, and are left out; so are the tables the build derives from the others
 * for speed (each record's rendered answer, the facet counts): a copy of the data in another shape, not data of
 * their own, and 40 times the size of the rest at a million records. `version` is the build id.
 *
 * Values are written as SQLite holds them: null is the empty field (`missingValues: [""]`, so an empty text
 * reads as null too), booleans are 0 and 1, numbers in JavaScript's shortest round-trip form.
 */
import { is } from 'drizzle-orm';
import { getTableConfig, type SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { byCodePoint } from '../code-point-order.js';
import * as schema from './schema.js';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
const RESOURCE_PROFILE = 'https://datapackage.org/profiles/2.0/dataresource.json';
const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required: true };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** A table as the package and the CSV export see it: its name, its columns in order and its keys. */
export interface ExportTable {
  name: string;
  fields: TableField[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

function fieldOf(column: SQLiteColumn): TableField {
  const type =
    column.dataType === 'boolean'
      ? 'boolean'
      : column.columnType === 'SQLiteInteger'
        ? 'integer'
        : column.columnType === 'SQLiteReal'
          ? 'number'
          : column.columnType === 'SQLiteText'
            ? 'string'
            : undefined;
  if (!type) throw new Error(`column ${column.name}: no Table Schema type for ${column.columnType}`);
  return {
    name: column.name,
    type,
    ...(type === 'boolean' ? { trueValues: ['1'], falseValues: ['0'] } : {}),
    ...(column.notNull ? { constraints: { required: true as const } } : {}),
  };
}

function tableOf(table: SQLiteTable): ExportTable {
  const config = getTableConfig(table);
  const primaryKey = config.primaryKeys[0]?.columns.map((c) => c.name) ?? config.columns.filter((c) => c.primary).map((c) => c.name);
  return {
    name: config.name,
    fields: config.columns.map(fieldOf),
    primaryKey,
    foreignKeys: config.foreignKeys.map((fk) => {
      const reference = fk.reference();
      return {
        fields: reference.columns.map((c) => c.name),
        reference: { resource: getTableConfig(reference.foreignTable).name, fields: reference.foreignColumns.map((c) => c.name) },
      };
    }),
  };
}

/** Tables the build computes from the others, to answer faster: not exported (see above). */
export const DERIVED_TABLES: ReadonlySet<SQLiteTable> = new Set([
  schema.rendered,
  schema.eventFacetCounts,
  schema.statementFacetCounts,
  schema.voteFacetCounts,
  schema.figureFacetCounts,
]);

/** Every table of the schema that holds data, by name. */
export const EXPORT_TABLES: readonly ExportTable[] = (Object.values(schema) as unknown[])
  .filter((value): value is SQLiteTable => is(value, SQLiteTable) && !DERIVED_TABLES.has(value))
  .map(tableOf)
  .sort((a, b) => byCodePoint(a.name, b.name));

const byName = new Map(EXPORT_TABLES.map((table) => [table.name, table]));

export const exportTable = (name: string): ExportTable | undefined => byName.get(name);

export interface PackageSource {
  title: string;
  path: string;
}

/** The package descriptor; `sources` are the articles the data is read from. */
export function dataPackage(buildId: string, sources: readonly PackageSource[]) {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'aleppo-ledger',
    title: 'Aleppo Ledger: the 2016 siege of Aleppo and the UN diplomacy over it',
    description:
      'Events, statements (who said what, when), UN votes and humanitarian figures read by hand from news articles of October to December 2016, each record sourced to the exact characters of its article (the evidence table). One CSV resource per table of the published SQLite database.',
    version: buildId,
    licenses: [
      {
        name: 'MIT',
        path: 'https://opensource.org/license/mit',
        title: "MIT License (the project's licence; the article texts in sources.text remain their publishers')",
      },
    ],
    sources: sources.map((source) => ({ title: source.title, path: source.path })),
    resources: EXPORT_TABLES.map((table) => ({
      $schema: RESOURCE_PROFILE,
      name: table.name,
      type: 'table',
      path: `${table.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
      schema: {
        $schema: TABLE_SCHEMA_PROFILE,
        fields: table.fields,
        missingValues: [''],
        ...(table.primaryKey.length > 0 ? { primaryKey: table.primaryKey } : {}),
        ...(table.foreignKeys.length > 0 ? { foreignKeys: table.foreignKeys } : {}),
      },
    })),
  };
}

export type DataPackage = ReturnType<typeof dataPackage>;
