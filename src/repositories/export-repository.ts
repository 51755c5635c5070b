/**
 * Whole tables for the bulk export (`/v1/export/{table}.csv`) and what the data package says about the data.
 * Tables and columns come from the drizzle schema (db/data-package.ts), never from a request.
 *
 * Rows are read in rowid order, a chunk at a time (keyset on rowid), not through one `.iterate()` held open for
 * the whole download: better-sqlite3 refuses every other statement on a connection while an iterator on it is
 * open, and a download that waits on a slow client would hold the server's one connection for minutes. Each
 * chunk is read with `.iterate()` and finished before the next is asked for.
 */
import type Database from 'better-sqlite3';
import { type ExportTable, exportTable, type PackageSource } from '../db/data-package.js';

/** Rows per read: enough that the per-query cost vanishes, small enough that a chunk is a few hundred KB. */
const CHUNK_ROWS = 1000;

export class ExportRepository {
  private readonly chunks = new Map<string, Database.Statement>();
  private readonly articles: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.articles = db.prepare('SELECT publisher, title, published_on, url FROM sources ORDER BY published_on, id');
  }

  /** The table of that name, if the ledger has one. */
  table(name: string): ExportTable | undefined {
    return exportTable(name);
  }

  /** The articles, as the data package's `sources`. */
  sources(): PackageSource[] {
    return (this.articles.all() as { publisher: string; title: string; published_on: string; url: string }[]).map((a) => ({
      title: `${a.publisher}, ${a.published_on}: ${a.title}`,
      path: a.url,
    }));
  }

  /** Every row of the table, its columns in the package's order, a chunk of rows at a time. */
  *rows(table: ExportTable): Generator<unknown[][]> {
    const statement = this.chunkStatement(table);
    let after = Number.MIN_SAFE_INTEGER;
    for (;;) {
      const chunk: unknown[][] = [];
      for (const row of statement.iterate(after, CHUNK_ROWS) as IterableIterator<unknown[]>) {
        after = row[0] as number;
        chunk.push(row.slice(1));
      }
      if (chunk.length === 0) return;
      yield chunk;
      if (chunk.length < CHUNK_ROWS) return;
    }
  }

  private chunkStatement(table: ExportTable): Database.Statement {
    let statement = this.chunks.get(table.name);
    if (!statement) {
      const columns = table.fields.map((field) => `"${field.name}"`).join(', ');
      statement = this.db.prepare(`SELECT rowid, ${columns} FROM "${table.name}" WHERE rowid > ? ORDER BY rowid LIMIT ?`).raw(true);
      this.chunks.set(table.name, statement);
    }
    return statement;
  }
}
