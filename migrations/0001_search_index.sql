-- Full-text search (FTS5). Drizzle cannot express virtual tables, so this is a custom migration
-- (drizzle-kit generate --custom). Each table holds the searchable text of one resource, keyed by the
-- record's id (UNINDEXED: stored, not tokenised). They are filled by src/db/search-index.ts after a bulk load,
-- which is faster than triggers and keeps the read-only server free of write paths.
-- unicode61 with remove_diacritics folds "Cavusoglu"/"Çavuşoğlu"; porter stems "bombing"/"bombings".
CREATE VIRTUAL TABLE `statements_fts` USING fts5(record_id UNINDEXED, text, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `events_fts` USING fts5(record_id UNINDEXED, title, summary, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `votes_fts` USING fts5(record_id UNINDEXED, subject, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `figures_fts` USING fts5(record_id UNINDEXED, raw_text, subject, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `sources_fts` USING fts5(record_id UNINDEXED, title, text, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `actors_fts` USING fts5(record_id UNINDEXED, name, aliases, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `locations_fts` USING fts5(record_id UNINDEXED, name, aliases, tokenize = 'unicode61 remove_diacritics 2');
