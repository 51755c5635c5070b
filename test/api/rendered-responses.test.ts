/**
 * Issue 15: events, statements, votes and figures are served from the JSON and CSV the build rendered into the
 * database. The answer must be the computed one byte for byte: the same body, type, ETag and Link header on every
 * list (JSON and CSV, with filters, searches, merged multi-value filters, facets and cursors) and every single view.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { LEDGER_META } from '../../src/db/ledger-meta.js';
import { renderingDigest } from '../../src/http/record-rendering.js';
import { RENDERING_DIGEST } from '../../src/http/rendering-digest.js';
import { testApp } from '../helpers/app.js';

let rendered: FastifyInstance;
let computed: FastifyInstance;

beforeAll(async () => {
  rendered = await testApp({ responseCacheBytes: 0 });
  computed = await testApp({ responseCacheBytes: 0, renderedResponses: false });
});
afterAll(async () => {
  await rendered?.close();
  await computed?.close();
});

const HEADERS = ['content-type', 'etag', 'link'] as const;

/** Both answers to one URL; fails naming the URL when they differ in status, body or a header that matters. */
async function same(url: string) {
  const [a, b] = await Promise.all([rendered.inject(url), computed.inject(url)]);
  expect(a.statusCode, url).toBe(b.statusCode);
  for (const header of HEADERS) expect(a.headers[header], `${url}: ${header}`).toBe(b.headers[header]);
  expect(a.body, url).toBe(b.body);
  return a;
}

const LISTS: Record<string, string[]> = {
  events: ['', 'type=veto', 'type=veto,un_vote&sort=-date', 'actor=russia', 'within=aleppo', 'from=2016-12-01&to=2016-12-31', 'q=aleppo'],
  statements: [
    '',
    'speaker=sergei-lavrov',
    'kind=direct,indirect',
    'q=moral%20majority',
    'q=aleppo&sort=date',
    'within=aleppo&sort=-date',
    'facets=speaker,month',
    'method=curated&min_confidence=0.5',
  ],
  votes: ['', 'vetoed_by=china', 'member=russia&position=no', 'body=security_council&facets=outcome'],
  figures: ['', 'category=humanitarian', 'min_value=1000', 'within=aleppo&facets=category,year', 'q=trapped'],
};

describe('rendered records answer as the computed path does', () => {
  it('the digest the server compares with the build is the one this code renders with (run `npm run openapi` after changing a rendered schema)', () => {
    expect(RENDERING_DIGEST).toBe(renderingDigest());
  });

  it('the server serves rendered records (the database was rendered by this code)', () => {
    expect(rendered.renderedResponses).toBe(true);
    expect(computed.renderedResponses).toBe(false);
  });

  it('a rendered list page is assembled from stored strings: no record is computed', async () => {
    const listAsync = vi.spyOn(rendered.repos.statements, 'listAsync');
    const get = vi.spyOn(rendered.repos.votes, 'get');
    const list = await rendered.inject('/v1/statements?speaker=sergei-lavrov');
    const vote = await rendered.inject('/v1/votes/2016-12-05-sc-aleppo-ceasefire-draft');
    expect(list.json().data.length).toBeGreaterThan(0);
    expect(vote.json().vetoed_by.map((v: { id: string }) => v.id)).toEqual(['russia', 'china']);
    expect(listAsync).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
    listAsync.mockRestore();
    get.mockRestore();
  });

  for (const [resource, queries] of Object.entries(LISTS)) {
    it(`${resource}: every filter, as JSON and CSV, first page and a cursor page`, async () => {
      for (const query of queries) {
        for (const format of ['', 'format=csv']) {
          const params = [query, format, 'limit=3'].filter(Boolean).join('&');
          const first = await same(`/v1/${resource}?${params}`);
          expect(first.statusCode, params).toBe(200);
          if (format) continue;
          const next = first.json().page.next_cursor as string | null;
          if (next) {
            await same(`/v1/${resource}?${params}&cursor=${encodeURIComponent(next)}`);
            await same(`/v1/${resource}?${params}&format=csv&cursor=${encodeURIComponent(next)}`);
          }
        }
      }
    });

    it(`${resource}: every record, walked page by page, and every single view`, async () => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/v1/${resource}?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page = (await same(url)).json() as { data: { id: string }[]; page: { next_cursor: string | null } };
        ids.push(...page.data.map((r) => r.id));
        cursor = page.page.next_cursor;
      } while (cursor);
      expect(ids.length).toBeGreaterThan(2);
      await same(`/v1/${resource}?limit=500&format=csv`);
      for (const id of ids) {
        const view = await same(`/v1/${resource}/${encodeURIComponent(id)}`);
        expect(view.json().id).toBe(id);
      }
    });
  }

  it('an unknown id is the same 404 either way', async () => {
    const [a, b] = await Promise.all([
      rendered.inject('/v1/statements/no-such-statement'),
      computed.inject('/v1/statements/no-such-statement'),
    ]);
    expect(a.statusCode).toBe(404);
    expect({ ...a.json(), request_id: null }).toEqual({ ...b.json(), request_id: null });
  });

  it('a database rendered by other code (another digest in ledger_meta) is answered by computing, not from its strings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aleppo-ledger-rendered-'));
    const copy = join(dir, 'ledger.db');
    copyFileSync(inject('databasePath'), copy);
    const db = new Database(copy);
    db.prepare('UPDATE ledger_meta SET value = ? WHERE key = ?').run('rendered-by-other-code', LEDGER_META.rendering);
    // Stale strings: were they served, the answer would say so.
    db.prepare("UPDATE rendered SET json = replace(json, 'Lavrov', 'STALE') WHERE record_type = 'statement'").run();
    db.close();
    const other = await testApp({ databasePath: copy, responseCacheBytes: 0 });
    try {
      expect(other.renderedResponses).toBe(false);
      const list = await other.inject('/v1/statements?speaker=sergei-lavrov');
      expect(list.body).not.toContain('STALE');
      expect(list.body).toBe((await computed.inject('/v1/statements?speaker=sergei-lavrov')).body);
    } finally {
      await other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
