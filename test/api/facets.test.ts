/**
 * Facets against a model: for any request, each facet's buckets are what the list itself returns for the same
 * request without the facet's own filter (every page; `from` and `to` for `month` and `year`), grouped in
 * JavaScript. Checked with fast-check on the real database and on a small synthetic one (npm run seed:synthetic),
 * whose thousands of records exercise truncation, null buckets and month/year precision; each time twice, once
 * answered from the counts tables built with the database where the filters allow (the default) and once counted
 * over the records (FACET_CUBES=false), so both ways of counting meet the same model.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { wholeMonths } from '../../src/repositories/query/facets.js';
import type { TimelineFilters } from '../../src/repositories/timeline-repository.js';
import { testApp } from '../helpers/app.js';

type Row = Record<string, unknown>;
interface Bucket {
  value: string | null;
  label: string | null;
  count: number;
}
interface Facet {
  name: string;
  buckets: Bucket[];
  truncated: boolean;
}

const refId = (v: unknown) => (v && typeof v === 'object' ? ((v as { id?: string }).id ?? null) : null);
const sourcesOf = (r: Row) => [...new Set((r.evidence as { source_id: string }[]).map((e) => e.source_id))];
const monthOf = (date: unknown, precision: unknown) =>
  date && (precision === 'day' || precision === 'month') ? String(date).slice(0, 7) : null;
const yearOf = (date: unknown, precision: unknown) => (date && precision !== 'unknown' ? String(date).slice(0, 4) : null);

const dated =
  (date: string, precision: string) =>
  (r: Row): [unknown, unknown] => [r[date], r[precision]];

/** Per list: the main date and its precision, and each facet's values for a record (several for a multi-valued facet). */
const MODEL: Record<string, { date?: (r: Row) => [unknown, unknown]; facets: Record<string, (r: Row) => (string | null)[]> }> = {
  '/v1/events': {
    date: dated('date_start', 'date_precision'),
    facets: {
      type: (r) => [r.type as string],
      actor: (r) => [...new Set((r.actors as { id: string }[]).map((a) => a.id))],
      location: (r) => [refId(r.location)],
      source: sourcesOf,
    },
  },
  '/v1/statements': {
    date: dated('said_on', 'said_precision'),
    facets: {
      speaker: (r) => [refId(r.speaker)],
      kind: (r) => [r.kind as string],
      place: (r) => [refId(r.place)],
      event: (r) => [r.event_id as string | null],
      source: sourcesOf,
    },
  },
  '/v1/votes': {
    date: dated('voted_on', 'voted_precision'),
    facets: {
      body: (r) => [r.body as string],
      outcome: (r) => [r.outcome as string],
      vetoed_by: (r) => (r.vetoed_by as { id: string }[]).map((a) => a.id),
      event: (r) => [r.event_id as string | null],
      source: sourcesOf,
    },
  },
  '/v1/figures': {
    date: dated('as_of', 'as_of_precision'),
    facets: {
      metric: (r) => [r.metric as string],
      category: (r) => [r.category as string],
      location: (r) => [refId(r.location)],
      claimed_by: (r) => [refId(r.claimed_by)],
      event: (r) => [r.event_id as string | null],
      source: sourcesOf,
    },
  },
  '/v1/quantities': {
    // A quantity's main date is the start of its period, always to the day.
    date: (r) => [(r.period as { from: string | null }).from, 'day'],
    facets: {
      metric: (r) => [r.metric as string],
      category: (r) => [r.category as string],
      location: (r) => [refId(r.location)],
      consistent: (r) => [String(r.consistent)],
      source: (r) => [...new Set((r.claims as Row[]).flatMap((c) => (c.evidence as { source_id: string }[]).map((e) => e.source_id)))],
    },
  },
  // Dated events and votes (and statements with include=statements), each with its kind, type, actors and sources.
  '/v1/timeline': {
    date: dated('date', 'precision'),
    facets: {
      kind: (r) => [r.kind as string],
      type: (r) => [r.type as string],
      actor: (r) => [...new Set((r.actors as { id: string }[]).map((a) => a.id))],
      source: (r) => r.source_ids as string[],
    },
  },
  '/v1/actors': { facets: { kind: (r) => [r.kind as string] } },
  '/v1/locations': { facets: { kind: (r) => [r.kind as string], parent: (r) => [refId(r.parent)] } },
  // An article's date is always to the day.
  '/v1/sources': { date: (r) => [r.published_on, 'day'], facets: {} },
};

/** A list's facet names: its own, and month and year when it has a main date. */
const facetNames = (path: string) => {
  const model = MODEL[path] as (typeof MODEL)[string];
  return [...Object.keys(model.facets), ...(model.date ? ['month', 'year'] : [])];
};

function bucketsOf(path: string, name: string, records: Row[]): Map<string | null, number> {
  const model = MODEL[path] as (typeof MODEL)[string];
  const date = model.date ?? (() => [null, null]);
  const valuesOf =
    name === 'month'
      ? (r: Row) => [monthOf(...date(r))]
      : name === 'year'
        ? (r: Row) => [yearOf(...date(r))]
        : (model.facets[name] as (r: Row) => (string | null)[]);
  const counts = new Map<string | null, number>();
  for (const record of records) {
    const values = valuesOf(record);
    for (const value of values.length ? values : [null]) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** The order the contract gives: count then value; month and year chronologically; null last among equals. */
function expectedBuckets(name: string, counts: Map<string | null, number>, size: number) {
  const byValue = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  const all = [...counts].sort(([va, ca], [vb, cb]) =>
    name === 'month' || name === 'year' ? byValue(va, vb) : cb - ca || byValue(va, vb),
  );
  return { buckets: all.slice(0, size).map(([value, count]) => ({ value, count })), truncated: all.length > size };
}

/** Parameters that take one value (the others are lists). */
const SINGLE = new Set(['from', 'to', 'include']);

function facetProperty(
  getApp: () => FastifyInstance,
  candidates: () => Record<string, Record<string, string[]>>,
  runs: number,
  paths: readonly string[] = Object.keys(MODEL),
) {
  return async () => {
    const all = async (url: string): Promise<Row[]> => {
      const rows: Row[] = [];
      let cursor: string | null = null;
      do {
        const body: { data: Row[]; page: { next_cursor: string | null } } = (
          await getApp().inject({ url: `${url}${url.includes('?') ? '&' : '?'}limit=500${cursor ? `&cursor=${cursor}` : ''}` })
        ).json();
        rows.push(...body.data);
        cursor = body.page.next_cursor;
      } while (cursor);
      return rows;
    };
    const arbitrary = fc.constantFrom(...paths).chain((path) => {
      const options = candidates()[path] ?? {};
      return fc.record({
        path: fc.constant(path),
        filters: fc.subarray(Object.keys(options), { maxLength: Math.min(3, Object.keys(options).length) }).chain((names) =>
          fc.tuple(
            ...names.map((n) =>
              fc
                // A date takes one value; a list filter one or two.
                .subarray(options[n] as string[], {
                  minLength: 1,
                  maxLength: SINGLE.has(n) ? 1 : Math.min(2, (options[n] as string[]).length),
                })
                .map((v) => [n, v.join(',')] as const),
            ),
          ),
        ),
        size: fc.constantFrom(2, 5, 30),
      });
    });
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ path, filters, size }) => {
        const names = facetNames(path);
        const query = new URLSearchParams(filters as [string, string][]);
        const url = `${path}?${query}&facets=${names.join(',')}&facet_size=${size}&limit=1`;
        const response = await getApp().inject({ url });
        expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBe(200);
        const facets = response.json().facets as Facet[];
        expect(facets.map((f) => f.name)).toEqual(names);
        for (const facet of facets) {
          const without = new URLSearchParams(query);
          without.delete(facet.name);
          // month and year are facets of the main date: they ignore the range on it.
          if (facet.name === 'month' || facet.name === 'year') for (const range of ['from', 'to']) without.delete(range);
          const records = await all(`${path}?${without}`);
          const want = expectedBuckets(facet.name, bucketsOf(path, facet.name, records), size);
          expect({
            url,
            facet: facet.name,
            buckets: facet.buckets.map(({ value, count }) => ({ value, count })),
            truncated: facet.truncated,
          }).toEqual({
            url,
            facet: facet.name,
            ...want,
          });
        }
      }),
      { numRuns: runs, seed: 12 },
    );
  };
}

/** Filter values the property draws from on the curated ledger, per list. */
const REAL_CANDIDATES: Record<string, Record<string, string[]>> = {
  '/v1/events': {
    method: ['curated', 'extracted'],
    type: ['veto', 'talks', 'displacement', 'press_conference', 'bombardment'],
    actor: ['russia', 'sergei-lavrov', 'united-nations'],
    location: ['eastern-aleppo', 'aleppo'],
    within: ['aleppo', 'syria'],
    source: ['voa-2016-12-09-russia-resumes-bombings', 'metro-2016-12-01-rights-groups-emergency-session'],
    // Whole months and partial ones at either edge (the whole months are summed from the counts table).
    from: ['2016-12-01', '2016-10-15'],
    to: ['2016-12-06', '2016-11-30'],
  },
  '/v1/statements': {
    kind: ['direct', 'indirect'],
    method: ['curated'],
    speaker: ['sergei-lavrov', 'staffan-de-mistura'],
    place: ['hamburg', 'rome'],
    within: ['hamburg'],
    source: ['voa-2016-12-09-russia-resumes-bombings', 'alarabiya-2016-12-03-aleppo-under-fire'],
    from: ['2016-10-20'],
    to: ['2016-12-05'],
  },
  '/v1/votes': { body: ['security_council'], outcome: ['not_adopted', 'adopted'], vetoed_by: ['russia', 'china'] },
  '/v1/figures': {
    metric: ['trapped', 'killed', 'hours'],
    category: ['humanitarian', 'count'],
    method: ['curated'],
    location: ['eastern-aleppo'],
    within: ['aleppo'],
    claimed_by: ['human-rights-first', 'russia'],
    source: ['voa-2016-12-09-russia-resumes-bombings'],
  },
  '/v1/quantities': { metric: ['trapped', 'killed'], consistent: ['false'], within: ['aleppo'], from: ['2016-12-01'] },
  '/v1/timeline': {
    type: ['veto', 'security_council', 'direct', 'talks'],
    actor: ['russia', 'sergei-lavrov', 'united-kingdom'],
    source: ['voa-2016-12-09-russia-resumes-bombings', 'hrf-2016-12-06-russia-vetoes-ceasefire'],
    from: ['2016-12-01', '2016-10-05'],
    to: ['2016-12-05', '2016-12-31'],
    include: ['statements'],
  },
  '/v1/actors': { kind: ['person', 'state', 'un_body'] },
  '/v1/locations': { kind: ['city', 'district', 'neighborhood'], parent: ['aleppo', 'syria', 'eastern-aleppo'] },
  '/v1/sources': { from: ['2016-12-01'], to: ['2016-12-06'] },
};

/** The two ways of counting the property compares with the model: build-time counts where they apply, and SQL alone. */
const COUNTING = [
  { counting: 'the counts tables where the filters allow', facetCubes: true },
  { counting: 'SQL over the records', facetCubes: false },
] as const;

describe('facets on the curated ledger', () => {
  let app: FastifyInstance;
  let sqlApp: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
    sqlApp = await testApp({ facetCubes: false });
  });
  afterAll(async () => {
    await app.close();
    await sqlApp.close();
  });

  it('events?facets=type,month: each facet adds up to the number of events', async () => {
    const body = (await app.inject({ url: '/v1/events?facets=type,month&limit=500' })).json();
    const total = body.data.length;
    for (const facet of body.facets as Facet[])
      expect(
        facet.buckets.reduce((sum, b) => sum + b.count, 0),
        facet.name,
      ).toBe(total);
    const type = (body.facets as Facet[])[0] as Facet;
    expect(type.buckets.find((b) => b.value === 'veto')).toEqual({ value: 'veto', label: 'Veto', count: 2 });
    const months = ((body.facets as Facet[])[1] as Facet).buckets.map((b) => b.value);
    expect(months.slice(0, 3)).toEqual(['2016-07', '2016-10', '2016-11']);
    expect(((body.facets as Facet[])[1] as Facet).buckets.find((b) => b.value === '2016-12')?.label).toBe('December 2016');
  });

  it('is disjunctive: type=veto still counts the other types, and the actor facet names its actors', async () => {
    const body = (await app.inject({ url: '/v1/events?type=veto&facets=type,actor' })).json();
    expect(body.data.length).toBe(2);
    const [type, actor] = body.facets as [Facet, Facet];
    expect(type.buckets.length).toBeGreaterThan(5);
    expect(actor.buckets.find((b) => b.value === 'russia')).toMatchObject({ label: 'Russia', count: 2 });
  });

  it('timeline?facets=kind,type,month: each facet adds up to the entries, kind to the entries of each kind', async () => {
    const body = (await app.inject({ url: '/v1/timeline?include=statements&facets=kind,type,month,year&limit=500' })).json();
    const entries = body.data as { kind: string }[];
    expect(body.page.next_cursor).toBeNull();
    for (const facet of body.facets as Facet[])
      expect(
        facet.buckets.reduce((sum, b) => sum + b.count, 0),
        facet.name,
      ).toBe(entries.length);
    const kind = (body.facets as Facet[])[0] as Facet;
    for (const k of ['event', 'vote', 'statement'])
      expect(kind.buckets.find((b) => b.value === k)?.count, k).toBe(entries.filter((e) => e.kind === k).length);
    expect(kind.buckets.find((b) => b.value === 'vote')?.label).toBe('Vote');
    const type = (body.facets as Facet[])[1] as Facet;
    expect(type.buckets.find((b) => b.value === 'security_council')).toMatchObject({ label: 'Security council' });
  });

  it('a day-precise range: the whole months inside it from the counts table, the edges by SQL on the date', () => {
    expect(wholeMonths({ from: '2016-10-15', to: '2016-12-20' })).toEqual(['2016-11', '2016-11']);
    expect(wholeMonths({ from: '2016-10-01', to: '2016-12-31' })).toEqual(['2016-10', '2016-12']);
    expect(wholeMonths({ from: '2016-02-01', to: '2016-02-29' })).toEqual(['2016-02', '2016-02']);
    expect(wholeMonths({ from: '2016-10-02', to: '2016-11-29' })).toBeUndefined();
    expect(wholeMonths({ to: '2016-12-30' })).toEqual([null, '2016-11']);
    expect(wholeMonths({ from: '2016-12-31' })).toEqual(['2017-01', null]);
    const { facets, events } = app.repos;
    const window = { from: '2016-10-15', to: '2016-12-20' };
    const split = facets.query(events, events.conditions({ ...window, type: ['veto'] }), 'type', 30, window);
    expect(split.sql).toContain('event_facet_counts');
    expect(split.sql).toContain('e.sort_date < ?');
    expect(split.sql).toContain('e.sort_date >= ?');
    const withActor = facets.query(events, events.conditions({ ...window, actor: ['russia'] }), 'type', 30, window);
    expect(withActor.sql).not.toContain('event_facet_counts');
  });

  it('the timeline sums each kind from its counts table on type and dates, and counts by SQL beside an actor', () => {
    const { facets, timeline } = app.repos;
    const plan = (filters: TimelineFilters, name: string) =>
      timeline
        .facetSources(filters)
        .map((source) => facets.query(source, source.conditions(filters), name, 30).sql)
        .join('\n');
    const onCube = plan({ type: ['veto', 'security_council'], statements: true }, 'month');
    for (const table of ['event_facet_counts', 'vote_facet_counts', 'statement_facet_counts']) expect(onCube).toContain(table);
    expect(plan({ actor: ['russia'] }, 'type')).not.toContain('facet_counts');
  });

  it('an unknown facet is a 400 naming it; facet_size truncates', async () => {
    const bad = await app.inject({ url: '/v1/events?facets=type,colour' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].parameter).toBe('facets');
    const small = (await app.inject({ url: '/v1/events?facets=type&facet_size=2' })).json();
    expect(small.facets[0].buckets.length).toBe(2);
    expect(small.facets[0].truncated).toBe(true);
  });

  it('month and year ignore from/to: the whole histogram beside the chosen range, adding up to every event', async () => {
    const all = (await app.inject({ url: '/v1/events?facets=month,year' })).json().facets as Facet[];
    const december = (await app.inject({ url: '/v1/events?from=2016-12-01&to=2016-12-31&facets=month,year,type&limit=500' })).json();
    const [month, year, type] = december.facets as [Facet, Facet, Facet];
    expect([month, year]).toEqual(all);
    expect(month.buckets.map((b) => b.value)).toContain('2016-07');
    // type is still narrowed by the range: it counts December's events only.
    expect(type.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(december.data.length);
  });

  it('a request on the counts dimensions is summed from the counts table; another filter is counted over the records', () => {
    const { facets, events } = app.repos;
    const onCube = facets.query(events, events.conditions({ type: ['veto'], provenance: { method: ['curated'] } }), 'month', 30);
    expect(onCube.sql).toContain('event_facet_counts');
    // One actor, a place or `within` beside them: a sum over that value's rows of the slices table.
    const oneActor = facets.query(events, events.conditions({ actor: ['russia'], type: ['veto'] }), 'month', 30);
    expect(oneActor.sql).toContain('event_facet_slices');
    const within = facets.query(events, events.conditions({ within: ['aleppo'] }), 'location', 30);
    expect(within.sql).toContain('event_facet_slices');
    // Two actors: an event with both would be summed twice, so it is counted over the records; so is a range.
    const twoActors = facets.query(events, events.conditions({ actor: ['russia', 'china'] }), 'type', 30);
    expect(twoActors.sql).not.toMatch(/event_facet_(counts|slices)/);
    const offCube = facets.query(events, events.conditions({ actor: ['russia'], from: '2016-12-01' }), 'type', 30);
    expect(offCube.sql).not.toMatch(/event_facet_(counts|slices)/);
    const sqlOnly = sqlApp.repos.facets.query(events, events.conditions({ type: ['veto'] }), 'month', 30);
    expect(sqlOnly.sql).not.toContain('event_facet_counts');
  });

  it.each(COUNTING)(
    'every facet equals the model, for random filters, counted from $counting',
    async ({ facetCubes }) =>
      facetProperty(
        () => (facetCubes ? app : sqlApp),
        () => REAL_CANDIDATES,
        60,
      )(),
    120_000,
  );

  it.each(COUNTING)(
    'every timeline facet equals the model, for random filters, counted from $counting',
    async ({ facetCubes }) =>
      facetProperty(
        () => (facetCubes ? app : sqlApp),
        () => REAL_CANDIDATES,
        25,
        ['/v1/timeline'],
      )(),
    120_000,
  );
});

describe('facets on a synthetic ledger', () => {
  let app: FastifyInstance;
  let sqlApp: FastifyInstance;
  let dir: string;
  let values: Record<string, Record<string, string[]>> = {};
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aleppo-facets-'));
    const databasePath = join(dir, 'synthetic.db');
    execFileSync(
      process.execPath,
      ['--import', 'tsx', join(PROJECT_ROOT, 'bench/synthetic.ts'), '--records', '3000', '--out', databasePath],
      {
        cwd: PROJECT_ROOT,
        stdio: 'ignore',
      },
    );
    app = await testApp({ databasePath });
    sqlApp = await testApp({ databasePath, facetCubes: false });
    const ids = async (url: string) => ((await app.inject({ url })).json().data as { id: string }[]).map((r) => r.id).slice(0, 4);
    values = {
      '/v1/events': {
        type: ['veto', 'talks', 'siege', 'appeal'],
        method: ['extracted'],
        actor: await ids('/v1/actors?limit=4'),
        location: await ids('/v1/locations?limit=4'),
        within: await ids('/v1/locations?limit=4&kind=city'),
        source: await ids('/v1/sources?limit=4'),
        from: ['2016-06-01', '2016-03-17'],
        to: ['2016-11-30', '2017-02-11'],
      },
      '/v1/statements': {
        kind: ['direct', 'partial'],
        method: ['curated'],
        speaker: await ids('/v1/actors?limit=4&kind=person'),
        place: await ids('/v1/locations?limit=4'),
        within: await ids('/v1/locations?limit=4&kind=city'),
        source: await ids('/v1/sources?limit=4'),
        from: ['2015-08-12'],
        to: ['2016-09-03'],
      },
      '/v1/votes': {
        body: ['general_assembly'],
        outcome: ['adopted', 'pending'],
        method: ['extracted'],
        from: ['2016-01-01', '2015-11-30'],
        to: ['2016-10-09'],
      },
      '/v1/figures': {
        metric: ['killed', 'trapped'],
        category: ['humanitarian'],
        location: await ids('/v1/locations?limit=4'),
        within: await ids('/v1/locations?limit=4&kind=city'),
        claimed_by: await ids('/v1/actors?limit=4'),
        source: await ids('/v1/sources?limit=4'),
      },
      '/v1/timeline': {
        type: ['veto', 'security_council', 'direct', 'siege'],
        actor: await ids('/v1/actors?limit=4'),
        from: ['2016-06-01', '2015-12-15'],
        to: ['2016-08-20'],
        include: ['statements'],
      },
      '/v1/actors': { kind: ['person', 'state'] },
      '/v1/locations': { kind: ['city', 'district'], parent: await ids('/v1/locations?limit=4') },
      '/v1/sources': { from: ['2015-01-01'], to: ['2017-06-30'] },
    };
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await sqlApp?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(COUNTING)(
    'every facet equals the model, for random filters, counted from $counting',
    async ({ facetCubes }) =>
      facetProperty(
        () => (facetCubes ? app : sqlApp),
        () => values,
        25,
      )(),
    300_000,
  );

  it.each(COUNTING)(
    'every timeline facet equals the model, for random filters, counted from $counting',
    async ({ facetCubes }) =>
      facetProperty(
        () => (facetCubes ? app : sqlApp),
        () => values,
        8,
        ['/v1/timeline'],
      )(),
    300_000,
  );
});
