/**
 * Fast bulk inserts with better-sqlite3: rows are buffered and written `batch` at a time through one prepared
 * multi-row INSERT (`VALUES (?,..),(?,..),...`), which crosses from JavaScript into SQLite once per batch rather
 * than once per row. Drizzle's query builder is not used here: building and compiling SQL per call costs more
 * than the insert itself at millions of rows.
 *
 * The values go to `run` as separate arguments (`run(...batch)`), not as one array: better-sqlite3 reads an array
 * element by element through V8's generic property lookup, which cost a fifth of an evidence row's insert.
 *
 * Columns with a closed set of values (the schema's enums) can be `coded`: the row still gives the string, the
 * statement binds its position in the list and turns it back into the same string with a CASE. Binding a string
 * costs two copies and two allocations; binding a number, none: four enum columns of a million rows are half a
 * second. A value outside the list is refused here, as the column's CHECK constraint would.
 *
 * The statement is `INSERT OR IGNORE`: with no constraint that can abort it, a multi-row INSERT needs no statement
 * journal (SQLite otherwise copies every page a batch touches, to undo a half-done batch). Nothing is silently
 * lost: every batch must change exactly as many rows as it holds, or the load fails (a duplicate key or a NULL in
 * a NOT NULL column, which a plain INSERT would have refused).
 */
import type Database from 'better-sqlite3';

export class BulkInsert {
  private readonly many: Database.Statement;
  /** One batch of values, reused: `fill` values are pending. */
  private readonly buffer: unknown[];
  private readonly width: number;
  /** Per column: value -> code for a coded column, else undefined. */
  private readonly coders: (Map<unknown, number> | undefined)[];
  private fill = 0;
  /** Rows added so far (flushed or not). */
  count = 0;
  /** Milliseconds spent inside SQLite on this table's inserts. */
  sqliteMs = 0;

  constructor(
    private readonly db: Database.Database,
    readonly table: string,
    private readonly columns: readonly string[],
    private readonly batch = 256,
    private readonly coded: Readonly<Record<string, readonly string[]>> = {},
  ) {
    this.width = columns.length;
    this.coders = columns.map((c) => (coded[c] ? new Map(coded[c].map((value, code) => [value, code])) : undefined));
    this.buffer = new Array(this.width * batch).fill(null);
    this.many = db.prepare(this.sql(batch));
  }

  private sql(rows: number): string {
    const cols = this.columns.map((c) => `"${c}"`).join(', ');
    const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
    const placeholder = (column: string) => {
      const values = this.coded[column];
      return values ? `CASE ? ${values.map((v, code) => `WHEN ${code} THEN ${literal(v)}`).join(' ')} END` : '?';
    };
    const tuple = `(${this.columns.map(placeholder).join(', ')})`;
    return `INSERT OR IGNORE INTO "${this.table}" (${cols}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`;
  }

  /** Adds one row; `values` must be in the column order given to the constructor. */
  add(values: readonly unknown[]): void {
    const width = this.width;
    if (values.length !== width) throw new Error(`${this.table}: expected ${width} values, got ${values.length}`);
    const buffer = this.buffer;
    const coders = this.coders;
    let fill = this.fill;
    for (let i = 0; i < width; i++) {
      const value = values[i];
      const coder = coders[i];
      if (coder === undefined || value === null) buffer[fill++] = value;
      else {
        const code = coder.get(value);
        if (code === undefined) throw new Error(`${this.table}.${this.columns[i]}: unexpected value ${JSON.stringify(value)}`);
        buffer[fill++] = code;
      }
    }
    this.count++;
    if (fill === buffer.length) {
      this.write(this.many, buffer, this.batch);
      fill = 0;
    }
    this.fill = fill;
  }

  private write(statement: Database.Statement, values: unknown[], rows: number): void {
    const t = performance.now();
    const { changes } = statement.run(...values);
    this.sqliteMs += performance.now() - t;
    if (changes !== rows) {
      throw new Error(`${this.table}: ${rows - changes} of ${rows} rows refused (a duplicate key or a missing value)`);
    }
  }

  /** Writes the rows still buffered (fewer than a batch) in one statement. */
  flush(): void {
    if (this.fill === 0) return;
    const rows = this.fill / this.width;
    this.write(this.db.prepare(this.sql(rows)), this.buffer.slice(0, this.fill), rows);
    this.fill = 0;
  }
}

/**
 * Connection settings for loading a private file (nothing reads it until it is renamed into place): no rollback
 * journal and no fsync (a crash leaves a temporary file that is deleted anyway), one exclusive lock for the whole
 * load, and CHECK constraints not evaluated row by row (values come from the generator's enums and coded columns
 * are checked here; quick_check verifies every CHECK once the load is done, see verifySynthetic).
 *
 * The page cache is 64 MiB: enough for the B-tree pages a load touches (the rightmost leaves, and the primary-key
 * indexes that out-of-order ids land in); a bigger one only costs fresh memory for pages that are written once
 * and not read again. Measured at 1M records: a 1 GiB cache made the load, the merge and the index builds slower,
 * 256 MiB (the sorter's memory follows it) built the indexes and the full-text tables no faster.
 */
export function tuneForBulkLoad(db: Database.Database): void {
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536');
  db.pragma('threads = 2'); // CREATE INDEX may sort with a helper thread
  db.pragma('foreign_keys = OFF');
  db.pragma('ignore_check_constraints = ON');
}
