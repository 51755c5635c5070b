/**
 * Bulk exports: the data package validates with Frictionless's own library, each CSV's header is its resource's
 * fields, every foreign key resolves, the package describes exactly the database's tables, and the SQLite file
 * comes with its true sha256.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Package } from 'datapackage';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataPackage } from '../../src/db/data-package.js';
import { testApp } from '../helpers/app.js';

/** The tables the build computes from the others (each record's rendered answer, the facet counts). */
const DERIVED = new Set(['rendered', 'event_facet_counts', 'statement_facet_counts', 'vote_facet_counts', 'figure_facet_counts']);

let app: FastifyInstance;
let descriptor: DataPackage;
/** The package written to disk as a client would download it: the descriptor and every CSV beside it. */
let dir: string;

beforeAll(async () => {
  app = await testApp();
  const response = await app.inject({ url: '/v1/export/datapackage.json' });
  expect(response.statusCode).toBe(200);
  descriptor = response.json<DataPackage>();
  dir = mkdtempSync(join(tmpdir(), 'aleppo-ledger-package-'));
  writeFileSync(join(dir, 'datapackage.json'), response.body);
  for (const resource of descriptor.resources) {
    const csv = await app.inject({ url: `/v1/export/${resource.path}` });
    expect(csv.statusCode, resource.path).toBe(200);
    writeFileSync(join(dir, resource.path), csv.rawPayload);
  }
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const readTable = (name: string) => readFileSync(join(dir, `${name}.csv`), 'utf8');

describe('GET /v1/export/datapackage.json', () => {
  it('is a valid Data Package for Frictionless (datapackage-js), version = the build id, the articles as sources', async () => {
    const loaded = await Package.load(join(dir, 'datapackage.json'), { basePath: dir });
    expect(loaded.errors.map((e) => e.message)).toEqual([]);
    expect(loaded.valid).toBe(true);
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(descriptor.version).toBe(app.ledger.buildId);
    expect(descriptor.sources.map((s) => s.path)).toContain(
      'https://humanrightsfirst.org/library/russia-vetoes-u-n-security-council-resolution-for-aleppo-ceasefire/',
    );
    expect(descriptor.sources).toHaveLength(app.ledger.counts.sources as number);
  });

  it('describes exactly the tables and columns the database has (full-text indexes and derived tables aside)', () => {
    const db = new Database(app.ledger.path, { readonly: true });
    try {
      const tables = (
        db
          .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name NOT LIKE '__drizzle%' ORDER BY name",
          )
          .all() as { name: string }[]
      ).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining([...DERIVED]));
      expect(descriptor.resources.map((r) => r.name).sort()).toEqual(tables.filter((name) => !DERIVED.has(name)));
      for (const resource of descriptor.resources) {
        const columns = (db.prepare(`PRAGMA table_info("${resource.name}")`).all() as { name: string }[]).map((c) => c.name);
        expect((resource.schema.fields as { name: string }[]).map((f) => f.name)).toEqual(columns);
      }
    } finally {
      db.close();
    }
  });

  it('the tables the build derives for speed (rendered answers, facet counts) are not exported: they copy the data', async () => {
    for (const name of DERIVED) {
      expect(descriptor.resources.some((r) => r.name === name)).toBe(false);
      const response = await app.inject({ url: `/v1/export/${name}.csv` });
      expect(response.statusCode, name).toBe(404);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    }
  });

  it("each CSV's header is its resource's fields, and it holds every row", () => {
    const db = new Database(app.ledger.path, { readonly: true });
    try {
      for (const resource of descriptor.resources) {
        const [header] = readTable(resource.name).split('\r\n');
        expect(header, resource.name).toBe((resource.schema.fields as { name: string }[]).map((f) => f.name).join(','));
      }
      const statements = readTable('statements').split('\r\n').filter(Boolean);
      expect(statements.length - 1).toBe(app.ledger.counts.statements);
      const { n } = db.prepare('SELECT count(*) AS n FROM evidence').get() as { n: number };
      expect(descriptor.resources.find((r) => r.name === 'evidence')).toBeDefined();
      expect(n).toBeGreaterThan(100);
    } finally {
      db.close();
    }
  });

  it('every row reads with its types and every foreign key resolves (Frictionless reads each resource with relations)', async () => {
    const loaded = await Package.load(join(dir, 'datapackage.json'), { basePath: dir });
    const db = new Database(app.ledger.path, { readonly: true });
    try {
      for (const resource of loaded.resources) {
        const rows = await resource.read({ relations: true, keyed: true });
        const { n } = db.prepare(`SELECT count(*) AS n FROM "${resource.name}"`).get() as { n: number };
        expect(rows.length, resource.name).toBe(n);
      }
      const positions = await (loaded.getResource('vote_positions') as NonNullable<ReturnType<typeof loaded.getResource>>).read({
        keyed: true,
      });
      const vetoes = positions.filter((p) => p.vote_id === '2016-12-05-sc-aleppo-ceasefire-draft' && p.veto === true);
      expect(vetoes.map((p) => p.member_id).sort()).toEqual(['china', 'russia']);
    } finally {
      db.close();
    }
  });

  it('the checks can fail: a statement whose speaker is missing from actors.csv, a resource name the profile refuses', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'aleppo-ledger-broken-'));
    try {
      for (const resource of descriptor.resources) writeFileSync(join(broken, resource.path), readTable(resource.name));
      writeFileSync(join(broken, 'datapackage.json'), JSON.stringify(descriptor));
      const actors = readTable('actors').split('\r\n');
      writeFileSync(join(broken, 'actors.csv'), actors.filter((line) => !line.startsWith('matthew-rycroft,')).join('\r\n'));
      const loaded = await Package.load(join(broken, 'datapackage.json'), { basePath: broken });
      await expect(
        (loaded.getResource('statements') as NonNullable<ReturnType<typeof loaded.getResource>>).read({ relations: true }),
      ).rejects.toThrow(/Foreign key "speaker_id" violation/);
      const misnamed = structuredClone(descriptor);
      (misnamed.resources[0] as { name: string }).name = 'Actor Aliases';
      expect((await Package.load(misnamed, { basePath: broken })).valid).toBe(false);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('GET /v1/export/{resource}.csv', () => {
  it('an unknown table is a 404 problem; a malformed name a 400 naming it', async () => {
    const unknown = await app.inject({ url: '/v1/export/passwords.csv' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.json().detail).toMatch(/datapackage\.json/);
    const malformed = await app.inject({ url: '/v1/export/Statements;drop.csv' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].parameter).toBe('resource');
  });
});

describe('GET /v1/export/ledger.sqlite', () => {
  it('is the database file, with its sha256 as ETag and Repr-Digest, and a 304 for that ETag', async () => {
    const response = await app.inject({ url: '/v1/export/ledger.sqlite' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.sqlite3');
    const file = readFileSync(app.ledger.path);
    expect(response.rawPayload.equals(file)).toBe(true);
    const sha = createHash('sha256').update(file);
    const digest = sha.digest();
    expect(response.headers.etag).toBe(`"${digest.toString('hex')}"`);
    expect(response.headers['repr-digest']).toBe(`sha-256=:${digest.toString('base64')}:`);
    expect(Number(response.headers['content-length'])).toBe(file.length);
    const revalidated = await app.inject({ url: '/v1/export/ledger.sqlite', headers: { 'if-none-match': String(response.headers.etag) } });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.rawPayload.length).toBe(0);
    const other = await app.inject({ url: '/v1/export/ledger.sqlite', headers: { 'if-none-match': '"not-this-file"' } });
    expect(other.statusCode).toBe(200);
  });
});
