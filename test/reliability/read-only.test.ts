/**
 * Read-only by construction: the server's own connection cannot write, whatever SQL reached it. Two layers,
 * each sufficient alone: the file is opened read-only (SQLITE_OPEN_READONLY), and the connection is
 * `query_only`. A test proves each layer on its own, on a private copy of the database.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openLedger } from '../../src/db/open-ledger.js';
import { MIGRATIONS_DIR } from '../../src/paths.js';
import { testApp } from '../helpers/app.js';
import { sha256File } from '../helpers/files.js';

const WRITES = {
  insert: "INSERT INTO ledger_meta (key, value) VALUES ('planted', 'x')",
  update: "UPDATE actors SET name = 'Someone Else' WHERE id = 'sergei-lavrov'",
  delete: 'DELETE FROM statements',
  'create table': 'CREATE TABLE planted (x)',
  'create temp table': 'CREATE TEMP TABLE planted (x)',
  'create index': 'CREATE INDEX planted ON actors (name)',
  'drop table': 'DROP TABLE statements',
  'rebuild the search index': "INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')",
  'pragma user_version': 'PRAGMA user_version = 7',
  'pragma journal_mode': 'PRAGMA journal_mode = WAL',
  vacuum: 'VACUUM',
  analyze: 'ANALYZE',
};

let app: FastifyInstance;
let dir: string;
let hashBefore: string;
beforeAll(async () => {
  hashBefore = sha256File(inject('databasePath'));
  app = await testApp();
  dir = mkdtempSync(join(tmpdir(), 'aleppo-ledger-readonly-'));
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const tryWrite = (db: Database.Database, sql: string) => () => {
  const statement = db.prepare(sql);
  return statement.reader ? statement.all() : statement.run();
};

describe("the server's connection", () => {
  it('is opened read-only and query_only', () => {
    const { db } = app.ledger;
    expect(db.readonly).toBe(true);
    expect(db.pragma('query_only', { simple: true })).toBe(1);
  });

  it('refuses every kind of write: INSERT, UPDATE, DELETE, CREATE, DROP, PRAGMA, VACUUM...', () => {
    const before = app.ledger.db.prepare('SELECT count(*) AS n FROM statements').get();
    for (const [what, sql] of Object.entries(WRITES)) {
      expect(tryWrite(app.ledger.db, sql), what).toThrow(/readonly|read-only/i);
    }
    // ATTACH of a file cannot create it; an in-memory schema attached to it is still refused a table.
    expect(tryWrite(app.ledger.db, `ATTACH DATABASE '${join(dir, 'attached.db')}' AS planted`)).toThrow();
    expect(app.ledger.db.prepare('SELECT count(*) AS n FROM statements').get()).toEqual(before);
    // ...and the API still answers from an untouched database.
    expect(app.ledger.db.prepare("SELECT name FROM actors WHERE id = 'sergei-lavrov'").pluck().get()).toBe('Sergei Lavrov');
    expect(sha256File(inject('databasePath'))).toBe(hashBefore);
  });
});

describe('each layer alone is enough', () => {
  it('read-only file: even with query_only switched off, nothing can be written', () => {
    const path = join(dir, 'layer-file.db');
    copyFileSync(inject('databasePath'), path);
    const before = sha256File(path);
    const ledger = openLedger(path, MIGRATIONS_DIR);
    ledger.db.pragma('query_only = OFF');
    for (const [what, sql] of Object.entries(WRITES)) {
      // A TEMP table lives in a separate, private database, not in the file; query_only is what refuses it.
      if (what === 'create temp table') continue;
      expect(tryWrite(ledger.db, sql), what).toThrow(/readonly/i);
    }
    ledger.close();
    expect(sha256File(path)).toBe(before);
  });

  it('query_only: on a connection opened for writing, no data can be written...', () => {
    const path = join(dir, 'layer-query-only.db');
    copyFileSync(inject('databasePath'), path);
    const before = sha256File(path);
    const db = new Database(path, { fileMustExist: true });
    db.pragma('query_only = ON');
    for (const [what, sql] of Object.entries(WRITES)) {
      if (what === 'pragma journal_mode') continue;
      expect(tryWrite(db, sql), what).toThrow(/readonly/i);
    }
    expect(sha256File(path)).toBe(before);
    db.close();
  });

  it('...but query_only alone lets PRAGMA journal_mode rewrite the file header: why the file is opened read-only too', () => {
    const path = join(dir, 'layer-journal.db');
    copyFileSync(inject('databasePath'), path);
    const before = sha256File(path);
    const db = new Database(path, { fileMustExist: true });
    db.pragma('query_only = ON');
    expect(db.pragma('journal_mode = WAL', { simple: true })).toBe('wal');
    db.close();
    expect(sha256File(path)).not.toBe(before);
    // The server's connection (both layers) refuses it: see "refuses every kind of write" above.
  });
});
