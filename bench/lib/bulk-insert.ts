/**
 * Fast bulk inserts with better-sqlite3: rows are buffered and written `batch` at a time through one prepared
 * multi-row INSERT (`VALUES (?,..),(?,..),...`), which crosses from JavaScript into SQLite once per batch rather
 * than once per row. Drizzle's query builder is not used here: building and compiling SQL per call costs more
 * than the insert itself at millions of rows.
 */
import type Database from 'better-sqlite3';

export class BulkInsert {
  private readonly many: Database.Statement;
  private readonly one: Database.Statement;
  private readonly buffer: unknown[] = [];
  private readonly width: number;
  private pending = 0;
  /** Rows added so far (flushed or not). */
  count = 0;
  /** Milliseconds spent inside SQLite on this table's inserts. */
  sqliteMs = 0;

  constructor(
    db: Database.Database,
    readonly table: string,
    columns: readonly string[],
    private readonly batch = 64,
  ) {
    this.width = columns.length;
    const cols = columns.map((c) => `"${c}"`).join(', ');
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    this.many = db.prepare(`INSERT INTO "${table}" (${cols}) VALUES ${Array.from({ length: batch }, () => tuple).join(', ')}`);
    this.one = db.prepare(`INSERT INTO "${table}" (${cols}) VALUES ${tuple}`);
  }

  /** Adds one row; `values` must be in the column order given to the constructor. */
  add(values: readonly unknown[]): void {
    if (values.length !== this.width) throw new Error(`${this.table}: expected ${this.width} values, got ${values.length}`);
    const buffer = this.buffer;
    for (let i = 0; i < values.length; i++) buffer.push(values[i]);
    this.count++;
    if (++this.pending === this.batch) {
      const t = performance.now();
      this.many.run(buffer);
      this.sqliteMs += performance.now() - t;
      buffer.length = 0;
      this.pending = 0;
    }
  }

  /** Writes the rows still buffered (fewer than a batch), one statement each. */
  flush(): void {
    for (let row = 0; row < this.pending; row++) this.one.run(this.buffer.slice(row * this.width, (row + 1) * this.width));
    this.buffer.length = 0;
    this.pending = 0;
  }
}
