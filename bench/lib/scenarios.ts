/**
 * The fixed set of representative requests, with their parameters read from the database under test (the busiest
 * speaker, a typical event that embeds statements, votes and figures, a General Assembly vote...) and, for each,
 * the one SQL statement the minimal-compute baseline runs to return the same page.
 */
import Database from 'better-sqlite3';
import { UNDATED_SORT_DATE } from '../../src/db/sort-date.js';
import {
  EVENT_COLUMNS,
  EVENT_DETAIL_JSON,
  EVENT_DETAIL_SQL,
  EVENT_FROM,
  EVENT_JSON,
  STATEMENT_COLUMNS,
  STATEMENT_CSV_COLUMNS,
  STATEMENT_FROM,
  STATEMENT_JSON,
  VOTE_DETAIL_JSON,
  VOTE_DETAIL_SQL,
} from './baseline-sql.js';

export type ScenarioGroup = 'filtered-list' | 'single' | 'search' | 'csv' | 'deep-page';

export interface BaselineSpec {
  sql: string;
  params: unknown[];
  /** Columns holding JSON text, parsed before stringifying. */
  json: string[];
  mode: 'list' | 'single' | 'csv';
  /** Page size (lists): the SQL fetches limit + 1 rows and selects the sort key as `_k`. */
  limit: number;
}

export interface Scenario {
  name: string;
  label: string;
  group: ScenarioGroup;
  url: string;
  baseline: BaselineSpec;
  note?: string;
  /** The nearest question Soul (the peer, see soul-peer.ts) can answer, and how its answer differs; none if it cannot. */
  soul?: { path: string; note: string };
}

/** Soul's list URL for a table: `_filters` are `column__op:value` joined by commas, `_page` counts from 1. */
const soulList = (table: string, query: Record<string, string>) =>
  `/api/tables/${table}/rows?${Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')}`;

const PAGE = 50;
const SIEGE = { from: '2016-07-01', to: '2016-12-31' };

/** Words whose number of matching statements is checked to pick the search scenarios. */
const SEARCH_CANDIDATES = [
  'ceasefire',
  'catastrophic',
  'hospitals',
  'convoy crossing',
  'bakeries aleppo',
  'evacuation wounded',
  'corridors sukkari',
  'hospitals sukkari',
  'aleppo',
  'lavrov',
  'siege',
  'veto',
  'evacuation',
  'humanitarian',
];

const toFts = (q: string) => (q.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => `"${t}"`).join(' ');

export function statementList(where: string, params: unknown[], limit = PAGE): BaselineSpec {
  return {
    sql: `SELECT ${STATEMENT_COLUMNS}, s.sort_date AS _k FROM ${STATEMENT_FROM} ${where ? `WHERE ${where}` : ''} ORDER BY s.sort_date, s.id LIMIT ?`,
    params: [...params, limit + 1],
    json: STATEMENT_JSON,
    mode: 'list',
    limit,
  };
}

export function buildScenarios(databasePath: string): { scenarios: Scenario[]; synthetic: boolean; counts: Record<string, number> } {
  const db = new Database(databasePath, { readonly: true });
  try {
    const get = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
    const kind = (get<{ value: string } | undefined>("SELECT value FROM ledger_meta WHERE key = 'kind'")?.value ?? 'curated') as string;
    const synthetic = kind === 'synthetic';
    const counts = JSON.parse(get<{ value: string }>("SELECT value FROM ledger_meta WHERE key = 'counts'").value) as Record<string, number>;
    const scenarios: Scenario[] = [];

    // 1. A filtered statement list: the busiest speaker, over the siege (or over all the real corpus's dates).
    const speaker = get<{ speaker_id: string; n: number }>(
      'SELECT speaker_id, count(*) AS n FROM statements GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1',
    );
    const range = synthetic
      ? SIEGE
      : get<{ from: string; to: string }>(
          `SELECT min(sort_date) AS 'from', max(sort_date) AS 'to' FROM statements WHERE sort_date < '${UNDATED_SORT_DATE}'`,
        );
    const inRange = get<{ n: number }>(
      'SELECT count(*) AS n FROM statements WHERE speaker_id = ? AND sort_date >= ? AND sort_date <= ?',
      speaker.speaker_id,
      range.from,
      range.to,
    ).n;
    scenarios.push({
      name: 'statements-filtered',
      label: 'statements: speaker + date range',
      group: 'filtered-list',
      url: `/v1/statements?speaker=${speaker.speaker_id}&from=${range.from}&to=${range.to}`,
      baseline: statementList('s.speaker_id = ? AND s.sort_date >= ? AND s.sort_date <= ?', [speaker.speaker_id, range.from, range.to]),
      note: `${inRange} matching statements`,
      soul: {
        path: soulList('statements', {
          _filters: `speaker_id__eq:${speaker.speaker_id},sort_date__gte:${range.from},sort_date__lte:${range.to}`,
          _ordering: 'sort_date',
          _limit: String(PAGE),
        }),
        note: 'flat rows: no evidence, no speaker name (its _extend fails on text keys), plus a total count',
      },
    });

    // 2. Events by type and date range: the most common type in the range.
    const eventRange = synthetic
      ? SIEGE
      : get<{ from: string; to: string }>(
          `SELECT min(sort_date) AS 'from', max(sort_date) AS 'to' FROM events WHERE sort_date < '${UNDATED_SORT_DATE}'`,
        );
    const type = get<{ type: string; n: number }>(
      'SELECT type, count(*) AS n FROM events WHERE sort_date >= ? AND sort_date <= ? GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1',
      eventRange.from,
      eventRange.to,
    );
    scenarios.push({
      name: 'events-filtered',
      label: 'events: type + date range',
      group: 'filtered-list',
      url: `/v1/events?type=${type.type}&from=${eventRange.from}&to=${eventRange.to}`,
      baseline: {
        sql: `SELECT ${EVENT_COLUMNS}, e.sort_date AS _k FROM ${EVENT_FROM} WHERE e.type = ? AND e.sort_date >= ? AND e.sort_date <= ? ORDER BY e.sort_date, e.id LIMIT ?`,
        params: [type.type, eventRange.from, eventRange.to, PAGE + 1],
        json: EVENT_JSON,
        mode: 'list',
        limit: PAGE,
      },
      note: `${type.n} matching events`,
      soul: {
        path: soulList('events', {
          _filters: `type__eq:${type.type},sort_date__gte:${eventRange.from},sort_date__lte:${eventRange.to}`,
          _ordering: 'sort_date',
          _limit: String(PAGE),
        }),
        note: 'flat rows: no evidence, actors or location name, plus a total count',
      },
    });

    // 3. One event with everything embedded: the first (by id) that has statements, votes and figures.
    const event =
      get<{ id: string } | undefined>(
        `SELECT e.id FROM events e WHERE e.id IN (SELECT event_id FROM votes) AND e.id IN (SELECT event_id FROM figures)
           AND e.id IN (SELECT event_id FROM statements) ORDER BY e.id LIMIT 1`,
      ) ??
      get<{ id: string }>('SELECT event_id AS id FROM statements WHERE event_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1');
    const embedded = get<{ s: number; v: number; f: number }>(
      'SELECT (SELECT count(*) FROM statements WHERE event_id = @id) AS s, (SELECT count(*) FROM votes WHERE event_id = @id) AS v, (SELECT count(*) FROM figures WHERE event_id = @id) AS f',
      { id: event.id },
    );
    scenarios.push({
      name: 'event-single',
      label: 'one event, everything embedded',
      group: 'single',
      url: `/v1/events/${event.id}`,
      baseline: { sql: EVENT_DETAIL_SQL, params: [event.id], json: EVENT_DETAIL_JSON, mode: 'single', limit: 1 },
      note: `${embedded.s} statements, ${embedded.v} votes, ${embedded.f} figures`,
      soul: { path: `/api/tables/events/rows/${encodeURIComponent(event.id)}`, note: 'the event row alone: nothing embedded' },
    });

    // 4. A vote with its positions: a General Assembly vote (193 positions) when there is one.
    const vote = get<{ id: string; n: number }>(
      'SELECT vote_id AS id, count(*) AS n FROM vote_positions GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1',
    );
    scenarios.push({
      name: 'vote-single',
      label: 'one vote with its positions',
      group: 'single',
      url: `/v1/votes/${vote.id}`,
      baseline: { sql: VOTE_DETAIL_SQL, params: [vote.id], json: VOTE_DETAIL_JSON, mode: 'single', limit: 1 },
      note: `${vote.n} positions`,
      soul: {
        path: soulList('vote_positions', { _filters: `vote_id__eq:${vote.id}`, _limit: '500' }),
        note: 'its positions as flat rows (member ids, no names), without the vote, sponsors or evidence',
      },
    });

    // 5. Full-text search, ranked. On the synthetic corpus: a selective query (about 0.1-1% of statements
    //    match) and a single common word (about 10% match), because the cost of ranking grows with the matches.
    const matches = (q: string) => get<{ n: number }>('SELECT count(*) AS n FROM statements_fts WHERE statements_fts MATCH ?', toFts(q)).n;
    const searches: { q: string; n: number; name: string; label: string }[] = [];
    if (synthetic) {
      const total = counts.statements ?? 1;
      const measured = SEARCH_CANDIDATES.map((q) => ({ q, n: matches(q) }));
      const selective = measured.filter((m) => m.n >= total * 0.001 && m.n <= total * 0.01).sort((a, b) => b.n - a.n)[0];
      const common = measured.filter((m) => m.n >= total * 0.05).sort((a, b) => a.n - b.n)[0];
      if (selective) searches.push({ ...selective, name: 'search', label: 'q: full-text, selective' });
      if (common) searches.push({ ...common, name: 'search-common', label: 'q: full-text, one common word' });
    } else {
      searches.push({ q: 'aleppo', n: matches('aleppo'), name: 'search', label: 'q: full-text' });
    }
    for (const s of searches) {
      scenarios.push({
        name: s.name,
        label: s.label,
        group: 'search',
        url: `/v1/statements?q=${encodeURIComponent(s.q)}`,
        baseline: {
          // The cheapest plan, as the API's: the page is cut inside the full-text query on (rank, rowid), and
          // only the page's hits read their record_id and join their statements.
          sql: `SELECT ${STATEMENT_COLUMNS}, hit.rank AS _k FROM
                  (SELECT f.rowid AS fts_rowid, f.record_id, cut.rank FROM
                    (SELECT rowid AS r, rank FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rank, rowid LIMIT ?) AS cut
                    CROSS JOIN statements_fts f ON f.rowid = cut.r) AS hit
                CROSS JOIN statements s ON s.id = hit.record_id CROSS JOIN actors sp ON sp.id = s.speaker_id LEFT JOIN locations pl ON pl.id = s.place_id
                ORDER BY hit.rank, hit.fts_rowid`,
          params: [toFts(s.q), PAGE + 1],
          json: STATEMENT_JSON,
          mode: 'list',
          limit: PAGE,
        },
        note: `"${s.q}": ${s.n} matches`,
        soul: {
          path: soulList('statements', { _search: s.q, _limit: String(PAGE) }),
          note: 'its only text search: LIKE %q% over every column (a full scan), unranked, plus a total count',
        },
      });
    }

    // 6. The filtered statement list as CSV.
    scenarios.push({
      name: 'csv',
      label: 'statements list as CSV',
      group: 'csv',
      url: `/v1/statements?speaker=${speaker.speaker_id}&from=${range.from}&to=${range.to}&format=csv`,
      baseline: {
        sql: `SELECT ${STATEMENT_CSV_COLUMNS}, s.sort_date AS _k FROM ${STATEMENT_FROM} WHERE s.speaker_id = ? AND s.sort_date >= ? AND s.sort_date <= ? ORDER BY s.sort_date, s.id LIMIT ?`,
        params: [speaker.speaker_id, range.from, range.to, PAGE + 1],
        json: [],
        mode: 'csv',
        limit: PAGE,
      },
    });

    // 7. A deep page: the unfiltered statement list after 10,000 records (the runner follows next_cursor to get it).
    if ((counts.statements ?? 0) > 10_050) {
      scenarios.push({
        name: 'deep-page',
        label: 'statements after 10,000 (cursor)',
        group: 'deep-page',
        url: '/v1/statements',
        baseline: statementList('(s.sort_date, s.id) > (?, ?)', []),
        soul: {
          path: soulList('statements', { _ordering: 'sort_date', _limit: String(PAGE), _page: String(10_000 / PAGE + 1) }),
          note: 'OFFSET 10,000 (it pages by offset), plus a total count',
        },
      });
    }
    return { scenarios, synthetic, counts };
  } finally {
    db.close();
  }
}
