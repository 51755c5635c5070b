import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../src/db/migrations.js';
import { MIGRATIONS_DIR } from '../../src/paths.js';

describe('migrations', () => {
  it('apply to an empty database and create every table, index and full-text table', () => {
    const sqlite = new Database(':memory:');
    migrate(drizzle(sqlite), { migrationsFolder: MIGRATIONS_DIR });
    const names = (kind: string) =>
      (sqlite.prepare('SELECT name FROM sqlite_schema WHERE type = ? ORDER BY name').all(kind) as { name: string }[]).map((r) => r.name);
    expect(names('table')).toEqual(
      expect.arrayContaining([
        'sources',
        'actors',
        'events',
        'statements',
        'votes',
        'vote_positions',
        'figures',
        'evidence',
        'statements_fts',
        'events_fts',
      ]),
    );
    expect(names('index')).toEqual(expect.arrayContaining(['statements_speaker_idx', 'events_type_idx', 'evidence_source_idx']));
    // The FTS5 table is real: it answers a MATCH.
    sqlite.prepare('INSERT INTO statements_fts (record_id, text) VALUES (?, ?)').run('s1', 'a moral majority here');
    expect(sqlite.prepare('SELECT record_id FROM statements_fts WHERE statements_fts MATCH ?').pluck().all('"moral" "majority"')).toEqual([
      's1',
    ]);
    // CHECK constraints hold the enums.
    expect(() => sqlite.prepare("INSERT INTO actors (id, name, kind) VALUES ('x', 'X', 'wizard')").run()).toThrow(
      /CHECK constraint failed/,
    );
    sqlite.close();
  });

  it('name a schema version the server can compare', () => {
    expect(schemaVersion(MIGRATIONS_DIR)).toMatch(/^\d{4}_/);
  });
});
