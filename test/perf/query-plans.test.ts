/**
 * Every filter the contract names must be served by an index. This builds a small synthetic ledger (20,000
 * statements and events, with the real migrations and ANALYZE, in a temporary directory), serves it with the real
 * app in-process, and records every SQL statement the app actually runs for each request (by wrapping
 * better-sqlite3's Statement methods, so the SQL and parameters are the repositories' own). Each is then run under
 * EXPLAIN QUERY PLAN with the same parameters, and the test fails on:
 *
 * - `SCAN <table>` of a table that grows with the corpus, without an index (a full table scan);
 * - an AUTOMATIC index on such a table (SQLite building a throwaway index per query: an index is missing);
 * - a full scan of a full-text table (a virtual-table scan without MATCH);
 * - a scan of a large table that is joined to the one the statement lists (`FROM statements s JOIN actors sp`
 *   planned as "scan every actor, then their statements, then sort": the join runs in the wrong order, and a
 *   LIMIT can no longer stop it early).
 *
 * `SCAN <main table> USING INDEX` (walking the sort index, stopped by LIMIT) is allowed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSyntheticDatabase } from '../../bench/lib/build-synthetic.js';
import { defaultSizes } from '../../bench/lib/synthetic-corpus.js';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { MIGRATIONS_DIR } from '../../src/paths.js';

/** Tables whose size grows with the corpus; the gazetteer (locations) and ledger_meta stay small. */
const LARGE_TABLES = new Set([
  'statements',
  'events',
  'votes',
  'figures',
  'evidence',
  'event_actors',
  'vote_positions',
  'vote_sponsors',
  'sources',
  'actors',
  'actor_aliases',
  'actor_roles',
  'exclusions',
  'statements_fts',
  'events_fts',
  'votes_fts',
  'figures_fts',
  'sources_fts',
  'actors_fts',
  'locations_fts',
]);

const SQL_KEYWORDS = new Set([
  'on',
  'where',
  'join',
  'left',
  'inner',
  'cross',
  'order',
  'group',
  'limit',
  'union',
  'natural',
  'using',
  'outer',
  'as',
]);

/** alias -> table for every `FROM t [AS] a` / `JOIN t [AS] a` / `, t a` in a statement (and t -> t). */
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  const pattern = /(?:\bFROM|\bJOIN|,)\s+["`]?([A-Za-z_]\w*)["`]?(?:\s+(?:AS\s+)?([A-Za-z_]\w*))?/gi;
  for (const m of sql.matchAll(pattern)) {
    const table = (m[1] as string).toLowerCase();
    map.set(table, table);
    const alias = m[2]?.toLowerCase();
    if (alias && !SQL_KEYWORDS.has(alias)) map.set(alias, table);
  }
  return map;
}

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

interface Executed {
  sql: string;
  params: unknown[];
}

/** What is wrong with a plan, if anything: one message per offending step. */
function planProblems(sql: string, plan: PlanRow[]): string[] {
  const names = aliases(sql);
  // The table the statement lists: the first FROM of the outermost SELECT.
  const main = /^\s*SELECT[\s\S]*?\bFROM\s+["`]?([A-Za-z_]\w*)/i.exec(sql)?.[1]?.toLowerCase();
  const joined = new Set([...sql.matchAll(/\bJOIN\s+["`]?([A-Za-z_]\w*)/gi)].map((m) => (m[1] as string).toLowerCase()));
  const problems: string[] = [];
  for (const { detail } of plan) {
    const m = /^(SCAN|SEARCH) (\S+)(.*)$/.exec(detail);
    if (!m) continue;
    const [, verb, name, rest = ''] = m;
    const table = names.get((name as string).toLowerCase()) ?? (name as string).toLowerCase();
    if (!LARGE_TABLES.has(table)) continue;
    const virtual = /VIRTUAL TABLE INDEX \d+:(\S*)/.exec(rest);
    if (virtual) {
      if (verb === 'SCAN' && !virtual[1]) problems.push(`full scan of full-text table ${table}: ${detail}`);
      continue;
    }
    if (/AUTOMATIC/.test(rest)) problems.push(`automatic (per-query) index on ${table}: ${detail}`);
    else if (verb === 'SCAN' && !/USING (?:COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(rest))
      problems.push(`full table scan of ${table}: ${detail}`);
    else if (verb === 'SCAN' && table !== main && joined.has(table)) {
      problems.push(
        `every row of the joined table ${table} is scanned (the join runs in the wrong order, LIMIT cannot stop it): ${detail}`,
      );
    }
  }
  return problems;
}

let dir: string;
let app: FastifyInstance;
let db: Database.Database;
const executed: Executed[] = [];
let capturing = false;
const restore: (() => void)[] = [];

/** The values the cases filter on, read from the synthetic database (the most used of each). */
let v: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aleppo-ledger-plans-'));
  const target = join(dir, 'synthetic.db');
  await buildSyntheticDatabase({
    target,
    seed: 'query-plans',
    sizes: defaultSizes(20_000),
    migrationsDir: MIGRATIONS_DIR,
    analyze: 'full',
  });

  const read = new Database(target, { readonly: true });
  const one = (sql: string) => Object.values(read.prepare(sql).get() as Record<string, string>)[0] as string;
  v = {
    speaker: one('SELECT speaker_id FROM statements GROUP BY 1 ORDER BY count(*) DESC LIMIT 1'),
    rareSpeaker: one('SELECT speaker_id FROM statements GROUP BY 1 ORDER BY count(*), 1 LIMIT 1'),
    place: one('SELECT place_id FROM statements WHERE place_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1'),
    source: one('SELECT source_id FROM evidence GROUP BY 1 ORDER BY count(*) DESC LIMIT 1'),
    actor: one('SELECT actor_id FROM event_actors GROUP BY 1 ORDER BY count(*) DESC LIMIT 1'),
    location: one('SELECT location_id FROM events WHERE location_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1'),
    figureLocation: one('SELECT location_id FROM figures WHERE location_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1'),
    claimant: one('SELECT claimed_by_id FROM figures WHERE claimed_by_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1'),
    vetoer: one('SELECT member_id FROM vote_positions WHERE veto = 1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1'),
    statement: one('SELECT id FROM statements ORDER BY id LIMIT 1'),
    event: one('SELECT event_id FROM statements WHERE event_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1'),
    vote: one("SELECT id FROM votes WHERE body = 'general_assembly' ORDER BY id LIMIT 1"),
    figure: one('SELECT id FROM figures ORDER BY id LIMIT 1'),
    location1: one('SELECT id FROM locations ORDER BY id LIMIT 1'),
  };
  read.close();

  // Record every statement the app runs: the SQL text and the parameters it was given.
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  for (const method of ['all', 'get', 'iterate', 'run'] as const) {
    const original = proto[method] as (...args: unknown[]) => unknown;
    proto[method] = function (this: Database.Statement, ...params: unknown[]) {
      if (capturing) executed.push({ sql: this.source, params });
      return original.apply(this, params);
    };
    restore.push(() => {
      proto[method] = original;
    });
  }

  // Searches inline: the worker threads run the same SQL text, but on connections this test cannot observe.
  const search = { ...testConfig().search, workers: 0 };
  app = await buildApp(testConfig({ databasePath: target, rateLimit: { enabled: false, max: 1000, windowMs: 60_000 }, search }));
  await app.ready();
  db = app.ledger.db;
}, 120_000);

afterAll(async () => {
  for (const undo of restore) undo();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs a request, then EXPLAINs every statement it ran; returns the problems found. */
async function problemsOf(url: string): Promise<{ status: number; problems: string[]; statements: number; body: string }> {
  executed.length = 0;
  capturing = true;
  const response = await app.inject({ url });
  capturing = false;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { sql, params } of executed.splice(0)) {
    const key = `${sql}\0${JSON.stringify(params)}`;
    if (seen.has(key) || /^\s*(PRAGMA|EXPLAIN)/i.test(sql)) continue;
    seen.add(key);
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as PlanRow[];
    if (process.env.PLANS_VERBOSE) console.log(`${url}\n  ${sql.replace(/\s+/g, ' ')}\n  -> ${plan.map((p) => p.detail).join(' | ')}`);
    for (const problem of planProblems(sql, plan)) {
      problems.push(
        `${problem}\n      in: ${sql.replace(/\s+/g, ' ').slice(0, 400)}\n      plan: ${plan.map((p) => p.detail).join(' | ')}`,
      );
    }
  }
  return { status: response.statusCode, problems, statements: seen.size, body: response.body };
}

/** The next page's URL, to check the keyset condition too. */
function nextPage(url: string, body: string): string | null {
  const cursor = (JSON.parse(body) as { page?: { next_cursor?: string | null } }).page?.next_cursor;
  return cursor ? `${url}${url.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}` : null;
}

const cases = (): Record<string, string[]> => ({
  statements: [
    `/v1/statements?speaker=${v.speaker}`,
    `/v1/statements?speaker=${v.rareSpeaker}`,
    `/v1/statements?speaker=${v.speaker},${v.rareSpeaker}`,
    `/v1/statements?speaker=${v.speaker}&from=2016-07-01&to=2016-12-31`,
    '/v1/statements?kind=partial',
    '/v1/statements?kind=direct,indirect',
    `/v1/statements?place=${v.place}`,
    `/v1/statements?source=${v.source}`,
    '/v1/statements?from=2016-07-01&to=2016-12-31',
    '/v1/statements?to=2012-01-01&sort=-date',
    '/v1/statements?q=ceasefire',
    '/v1/statements?q=ceasefire&sort=date',
    `/v1/statements?event=${v.event}`,
    '/v1/statements',
    `/v1/statements/${v.statement}`,
  ],
  events: [
    '/v1/events?type=bombardment',
    '/v1/events?type=veto,un_vote&from=2016-01-01&to=2016-12-31',
    `/v1/events?actor=${v.actor}`,
    `/v1/events?location=${v.location}`,
    `/v1/events?source=${v.source}`,
    '/v1/events?from=2016-07-01&to=2016-12-31',
    '/v1/events?q=evacuation',
    '/v1/events',
    `/v1/events/${v.event}`,
  ],
  votes: [
    '/v1/votes?body=general_assembly',
    '/v1/votes?outcome=adopted',
    '/v1/votes?member=russia',
    '/v1/votes?position=abstain',
    '/v1/votes?member=china&position=no',
    `/v1/votes?vetoed_by=${v.vetoer}`,
    `/v1/votes?source=${v.source}`,
    '/v1/votes?from=2016-07-01&to=2016-12-31',
    '/v1/votes?q=ceasefire',
    '/v1/votes',
    `/v1/votes/${v.vote}`,
  ],
  figures: [
    '/v1/figures?metric=killed',
    '/v1/figures?category=humanitarian',
    `/v1/figures?location=${v.figureLocation}`,
    `/v1/figures?claimed_by=${v.claimant}`,
    `/v1/figures?source=${v.source}`,
    '/v1/figures?from=2016-07-01&to=2016-12-31',
    '/v1/figures?q=trapped',
    '/v1/figures',
    `/v1/figures/${v.figure}`,
  ],
  actors: [
    '/v1/actors?kind=person',
    '/v1/actors?kind=state,un_body',
    '/v1/actors?q=haddad',
    '/v1/actors',
    `/v1/actors/${v.speaker}`,
    `/v1/actors/${v.claimant}`,
  ],
  sources: ['/v1/sources', '/v1/sources?from=2016-07-01&to=2016-12-31', '/v1/sources?q=aleppo', `/v1/sources/${v.source}`],
  locations: [
    '/v1/locations',
    '/v1/locations?kind=neighborhood',
    '/v1/locations?parent=eastern-aleppo',
    `/v1/locations/${v.location1}`,
    `/v1/locations/${v.location}`,
  ],
});

describe('query plans on a synthetic ledger: every contract filter is served by an index', () => {
  it('the check itself finds a full scan, an automatic index and a full-text scan', () => {
    const explain = (sql: string, ...params: unknown[]) =>
      planProblems(sql, db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as PlanRow[]);
    expect(explain('SELECT count(*) FROM vote_sponsors WHERE actor_id = ?', 'russia')).toHaveLength(1);
    expect(explain('SELECT s.id FROM statements s WHERE s.said_note = ?', 'x')[0]).toMatch(/full table scan of statements/);
    expect(explain('SELECT record_id FROM statements_fts WHERE text LIKE ?', '%x%')[0]).toMatch(/full-text/);
    expect(explain('SELECT s.id FROM statements s WHERE s.speaker_id = ? ORDER BY s.sort_date LIMIT 5', 'x')).toEqual([]);
    expect(explain('SELECT id FROM locations WHERE country_code = ?', 'SYR')).toEqual([]);
    const wrongOrder = planProblems('SELECT s.id FROM statements s JOIN actors sp ON sp.id = s.speaker_id ORDER BY s.sort_date LIMIT 5', [
      { id: 1, parent: 0, detail: 'SCAN sp USING COVERING INDEX actors_name_idx' },
      { id: 2, parent: 0, detail: 'SEARCH s USING INDEX statements_speaker_idx (speaker_id=?)' },
    ]);
    expect(wrongOrder[0]).toMatch(/joined table actors/);
  });

  for (const resource of ['statements', 'events', 'votes', 'figures', 'actors', 'sources', 'locations']) {
    it(`${resource}: no full scan of a large table`, async (context) => {
      if (!app.hasRoute({ method: 'GET', url: `/v1/${resource}` })) context.skip();
      const found: string[] = [];
      for (const url of cases()[resource] ?? []) {
        const first = await problemsOf(url);
        expect(first.status, `GET ${url} answered ${first.status}: ${first.body.slice(0, 300)}`).toBe(200);
        expect(first.statements, `GET ${url} ran no SQL`).toBeGreaterThan(0);
        for (const problem of first.problems) found.push(`GET ${url}\n    ${problem}`);
        const next = url.includes(`/v1/${resource}?`) || url === `/v1/${resource}` ? nextPage(url, first.body) : null;
        if (next) {
          const second = await problemsOf(next);
          expect(second.status, `GET ${next} answered ${second.status}`).toBe(200);
          for (const problem of second.problems) found.push(`GET ${next} (next page)\n    ${problem}`);
        }
      }
      expect(found, `queries that scan a large table without an index:\n${found.join('\n')}`).toEqual([]);
    });
  }
});
