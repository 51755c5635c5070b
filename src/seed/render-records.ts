/**
 * Renders every event, statement, vote and figure as the API serves it (its list form with evidence and names
 * embedded, what its single view adds, its CSV row) into the `rendered` table, once, at build time. Used by the seed
 * build and the synthetic generator alike, after the rows and the search index are in place: the records are read
 * through the repositories and written by the same serializers as the routes (http/record-rendering.ts), so the
 * stored strings are the computed answers, not a second implementation of them.
 */
import type Database from 'better-sqlite3';
import { LEDGER_META } from '../db/ledger-meta.js';
import { RECORD_TYPES } from '../db/schema.js';
import { type RenderedType, renderingDigest, renderingOf } from '../http/record-rendering.js';
import { createRepositories } from '../repositories/index.js';
import type { ListPage, PageRequest } from '../repositories/query/list-query.js';
import { SeedError } from './seed-error.js';

/** Records per page while walking a type: the most a list page holds. */
const STEP = 500;

/**
 * Events per embed query: an event view's statements, votes and figures are read for this many events at once
 * (`forEvents` merges one index range per event, and SQLite allows at most 500 terms in a compound SELECT).
 */
const EVENTS_PER_EMBED = 32;

type Repositories = ReturnType<typeof createRepositories>;
type Walkable = { page(conditions: [], request: PageRequest): ListPage<{ id: string }> };

export interface RenderOptions {
  /** Called after each page with the records rendered so far. */
  onProgress?: (type: RenderedType, records: number) => void;
}

/**
 * The single views of a page of records, in its order: what each repository's `get` returns, read a page at a time
 * (one query per page instead of several per record: at a million records that is minutes of build time).
 */
function singleViews(repos: Repositories, type: RenderedType, records: { id: string }[]): object[] {
  const ids = records.map((r) => r.id);
  const sources = repos.evidence.sourcesForIds(type, ids);
  if (type !== 'event') return records.map((record) => ({ ...record, sources: sources.get(record.id) ?? [] }));
  const byEvent = <T extends { event_id: string | null }>(all: T[]) => {
    const grouped = new Map<string, T[]>();
    for (const item of all) {
      const list = grouped.get(item.event_id as string);
      if (list) list.push(item);
      else grouped.set(item.event_id as string, [item]);
    }
    return grouped;
  };
  const views: object[] = [];
  for (let i = 0; i < records.length; i += EVENTS_PER_EMBED) {
    const chunk = ids.slice(i, i + EVENTS_PER_EMBED);
    const statements = byEvent(repos.statements.forEvents(chunk));
    const votes = byEvent(repos.votes.forEvents(chunk));
    const figures = byEvent(repos.figures.forEvents(chunk));
    for (const record of records.slice(i, i + EVENTS_PER_EMBED)) {
      views.push({
        ...record,
        statements: statements.get(record.id) ?? [],
        votes: votes.get(record.id) ?? [],
        figures: figures.get(record.id) ?? [],
        sources: sources.get(record.id) ?? [],
      });
    }
  }
  return views;
}

/** Fills `rendered` for every record and records the rendering's digest in ledger_meta; returns rows per type. */
export function renderRecords(db: Database.Database, buildId: string, options: RenderOptions = {}): Record<RenderedType, number> {
  const repos = createRepositories(db, { buildId });
  const lists: Record<RenderedType, Walkable> = {
    event: repos.events,
    statement: repos.statements,
    vote: repos.votes,
    figure: repos.figures,
  };
  const insert = db.prepare('INSERT INTO rendered (record_type, record_id, json, detail_tail, csv) VALUES (?, ?, ?, ?, ?)');
  const counts = { event: 0, statement: 0, vote: 0, figure: 0 };
  db.transaction(() => {
    for (const type of RECORD_TYPES) {
      const rendering = renderingOf(type);
      let cursor: string | undefined;
      do {
        const page = lists[type].page([], { sort: 'date', limit: STEP, cursor });
        const views = singleViews(repos, type, page.rows);
        page.rows.forEach((record, i) => {
          const json = rendering.json(record);
          const detail = rendering.detail(views[i]);
          // A single view is its list form plus fields (every *Detail schema extends the record's schema), so only
          // the added part is stored; a schema that broke this would be caught here, before anything is published.
          const head = json.slice(0, -1);
          if (!detail.startsWith(head)) {
            throw new SeedError('database', `${type} ${record.id}`, 'its single view does not begin with its list form');
          }
          insert.run(type, record.id, json, detail.slice(head.length), rendering.csv(record));
        });
        counts[type] += page.rows.length;
        options.onProgress?.(type, counts[type]);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    }
    db.prepare('INSERT INTO ledger_meta (key, value) VALUES (?, ?)').run(LEDGER_META.rendering, renderingDigest());
  })();
  return counts;
}
