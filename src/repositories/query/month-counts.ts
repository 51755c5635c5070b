/** Records per month, the histogram the home page draws, read from a list's counts table built with the database. */
import type Database from 'better-sqlite3';

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  count: number;
}

/**
 * Counts per month ('YYYY-MM') of the main date, from the counts table `cubeTable` (src/db/facet-counts.ts): a few
 * hundred rows, not every record. A date known only to the year, or not at all, counts in no month.
 */
export function monthCounter(db: Database.Database, cubeTable: string): () => MonthCount[] {
  const perMonth = db.prepare(`SELECT month, sum(n) AS count FROM ${cubeTable} WHERE month IS NOT NULL GROUP BY month ORDER BY month`);
  return () => perMonth.all() as MonthCount[];
}
