/**
 * Fills the FTS5 tables (created by the custom migration 0001_search_index.sql) from the main tables. Run once
 * after a bulk load, by the seed and by the synthetic generator: one INSERT ... SELECT per table is far faster
 * than row triggers, and the server, which only reads, needs no write path at all.
 */
import type Database from 'better-sqlite3';

const FILLS: Record<string, string> = {
  statements_fts: 'INSERT INTO statements_fts (record_id, text) SELECT id, text FROM statements',
  events_fts: 'INSERT INTO events_fts (record_id, title, summary) SELECT id, title, summary FROM events',
  votes_fts: 'INSERT INTO votes_fts (record_id, subject) SELECT id, subject FROM votes',
  figures_fts: "INSERT INTO figures_fts (record_id, raw_text, subject) SELECT id, raw_text, coalesce(subject, '') FROM figures",
  sources_fts: 'INSERT INTO sources_fts (record_id, title, text) SELECT id, title, text FROM sources',
  actors_fts: `INSERT INTO actors_fts (record_id, name, aliases)
    SELECT a.id, a.name, coalesce((SELECT group_concat(alias, ' | ') FROM actor_aliases WHERE actor_id = a.id), '') FROM actors a`,
  locations_fts: `INSERT INTO locations_fts (record_id, name, aliases)
    SELECT l.id, l.name, coalesce((SELECT group_concat(alias, ' | ') FROM location_aliases WHERE location_id = l.id), '') FROM locations l`,
};

export const SEARCH_TABLES = Object.keys(FILLS);

/**
 * Column weights for BM25 ranking, stored in each FTS5 table's own configuration so the read-only server ranks
 * with them without saying so in every query. The first column (record_id) is never searched. A hit in a name
 * or a title outranks one in aliases or a summary: `q=aleppo` puts Aleppo before Eastern Aleppo.
 */
const RANK_WEIGHTS: Record<string, string> = {
  events_fts: 'bm25(0.0, 3.0, 1.0)',
  figures_fts: 'bm25(0.0, 2.0, 1.0)',
  sources_fts: 'bm25(0.0, 3.0, 1.0)',
  actors_fts: 'bm25(0.0, 10.0, 2.0)',
  locations_fts: 'bm25(0.0, 10.0, 2.0)',
};

export function rebuildSearchIndex(db: Database.Database): void {
  const rebuild = db.transaction(() => {
    for (const [table, fill] of Object.entries(FILLS)) {
      db.exec(`DELETE FROM ${table}`);
      db.exec(fill);
      const weights = RANK_WEIGHTS[table];
      if (weights) db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('rank', ?)`).run(weights);
      db.exec(`INSERT INTO ${table} (${table}) VALUES ('optimize')`);
    }
  });
  rebuild();
}
