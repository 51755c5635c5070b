/**
 * The explorer's pages: each handler asks the repositories for what the matching API route serves, shapes a view
 * model, and renders a template. Every page names the API URL with the same data.
 */
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { FastifyInstance } from 'fastify';
import type { RecordType } from '../db/schema.js';
import { listArgs } from '../routes/list-args.js';
import type { Evidence } from '../schemas/common.js';
import type { Quantity } from '../schemas/quantity.js';
import type { SourceSummary } from '../schemas/source-summary.js';
import { type Highlight, highlightsOf, markId, tokenize } from './article-marks.js';
import { monthChart, rangeChart } from './charts.js';
import { IdParams, NoQuery, SEARCH_TYPES, SearchPageQuery, type SearchType, TimelinePageQuery } from './page-query.js';
import { dateInWords, quoteInContext, statementWords } from './words.js';

const HTML = 'text/html; charset=utf-8';

/** How many records of each kind a record page lists before pointing to the API for the rest. */
const LISTED = 100;
/** Hits per kind when searching everything at once; one kind at a time gets a page of the API's default size. */
const HITS_PER_KIND = 5;

export interface EvidenceView {
  sourceId: string;
  sourceTitle: string;
  href: string;
  before: string;
  quote: string;
  after: string;
}

/** Each evidence span in a few words of its article, linked to its `<mark>` in the article page. */
function evidenceInContext(app: FastifyInstance, type: RecordType, id: string, evidence: Evidence[], sources: SourceSummary[]) {
  const texts = new Map<string, string | undefined>();
  const titles = new Map(sources.map((s) => [s.id, s.title]));
  return evidence.map((span, seq): EvidenceView => {
    if (!texts.has(span.source_id)) texts.set(span.source_id, app.repos.sources.textOf(span.source_id));
    const text = texts.get(span.source_id) ?? span.quote;
    const context = texts.get(span.source_id) ? quoteInContext(text, span.start, span.end) : { before: '', quote: span.quote, after: '' };
    return {
      sourceId: span.source_id,
      sourceTitle: titles.get(span.source_id) ?? span.source_id,
      href: `/explore/sources/${encodeURIComponent(span.source_id)}#${markId(type, id, seq)}`,
      ...context,
    };
  });
}

/** A quantity with its range chart and, per claim, links to its figure page and to each of its marks in the articles. */
function quantityView(app: FastifyInstance, quantity: Quantity) {
  const sources = new Map(app.repos.sources.list({}, 'date', LISTED).rows.map((s) => [s.id, s]));
  const sourceName = (id: string) => {
    const s = sources.get(id);
    return s ? `${s.publisher}, ${dateInWords(s.published_on, 'day')}` : id;
  };
  return {
    quantity,
    chart: rangeChart(quantity.claims, quantity.envelope, sourceName),
    claims: quantity.claims.map((claim) => ({
      claim,
      marks: claim.evidence.map((span, seq) => ({
        href: `/explore/sources/${encodeURIComponent(span.source_id)}#${markId('figure', claim.figure_id, seq)}`,
        // A second passage of the same article says so, so that two links never read the same.
        source: `${sourceName(span.source_id)}${claim.evidence.slice(0, seq).some((s) => s.source_id === span.source_id) ? ` (passage ${claim.evidence.slice(0, seq + 1).filter((s) => s.source_id === span.source_id).length})` : ''}`,
      })),
    })),
  };
}

function notFound(what: string, id: string) {
  return { title: 'Not found', status: 404, lines: [`There is no ${what} with id "${id}".`], apiUrl: null };
}

export const explorerRoutes: FastifyPluginAsyncZod = async (app) => {
  const hidden = { hide: true } as const;

  app.get('/', { schema: { ...hidden, querystring: NoQuery } }, async (_request, reply) => {
    const chart = monthChart(app.repos.events.countsByMonth(), app.repos.votes.countsByMonth());
    const sources = app.repos.sources.list({}, 'date', 100);
    return reply.type(HTML).view('home', {
      title: 'What the ledger holds',
      apiUrl: '/v1/sources',
      counts: app.ledger.counts,
      chart,
      sources: sources.rows,
      moreSources: sources.nextCursor !== null,
    });
  });

  app.get('/search', { schema: { ...hidden, querystring: SearchPageQuery } }, async (request, reply) => {
    const query = request.query;
    const kinds: readonly SearchType[] = query.type ? [query.type] : SEARCH_TYPES;
    const browsing = query.q === undefined;
    const results: { type: SearchType; rows: unknown[]; next: string | null; apiUrl: string }[] = [];
    if (!browsing || query.type) {
      const limit = query.type ? app.config.pageSize.default : HITS_PER_KIND;
      for (const type of kinds) {
        // Actors have no date; their names are typed a few letters at a time, so the last word is a prefix.
        const dated = type !== 'actors';
        const base = { q: query.q, cursor: query.type ? query.cursor : undefined, ...(dated ? { from: query.from, to: query.to } : {}) };
        const args = listArgs(app, { ...base, limit }, type === 'actors' ? 'name' : 'date', { prefixSearch: type === 'actors' });
        const filters = { search: args.search, ...(dated ? { from: query.from, to: query.to } : {}) };
        const page = app.repos[type].list(filters, args.sort, limit, args.cursor);
        const params = new URLSearchParams();
        if (query.q) params.set('q', query.q);
        if (dated && query.from) params.set('from', query.from);
        if (dated && query.to) params.set('to', query.to);
        results.push({ type, rows: page.rows, next: page.nextCursor, apiUrl: `/v1/${type}${params.size > 0 ? `?${params}` : ''}` });
      }
    }
    const nextHref = (cursor: string) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) if (value !== undefined && key !== 'cursor') params.set(key, value);
      params.set('cursor', cursor);
      return `/explore/search?${params}`;
    };
    const moreHref = (type: SearchType) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) if (value !== undefined && key !== 'cursor') params.set(key, value);
      params.set('type', type);
      return `/explore/search?${params}`;
    };
    const title = query.q ? `Search: ${query.q}` : query.type ? `All ${query.type}` : 'Search';
    return reply.type(HTML).view('search', {
      title,
      // The footer names the API query behind what the page shows: one kind's query, or each kind's when all are shown.
      ...(query.type ? { apiUrl: results[0]?.apiUrl } : { apiUrls: results.filter((r) => r.rows.length > 0).map((r) => r.apiUrl) }),
      query,
      types: SEARCH_TYPES,
      results,
      single: query.type !== undefined,
      nextHref,
      moreHref,
      total: results.reduce((n, r) => n + r.rows.length, 0),
      searched: !browsing || query.type !== undefined,
    });
  });

  app.get('/sources/:id', { schema: { ...hidden, params: IdParams, querystring: NoQuery } }, async (request, reply) => {
    const source = app.repos.sources.get(request.params.id);
    if (!source) return reply.code(404).type(HTML).view('error', notFound('article', request.params.id));
    const spans = app.repos.evidence.spansInSource(source.id);
    const highlights = highlightsOf(spans, source.exclusions);
    const tokens = tokenize(source.text, highlights);
    // The side list: each record with the marks it has in this article, in text order.
    const marksOf = new Map<string, Highlight[]>();
    for (const h of highlights) {
      if (h.kind !== 'evidence') continue;
      const key = `${h.recordType}:${h.recordId}`;
      marksOf.set(key, [...(marksOf.get(key) ?? []), h]);
    }
    const counts = { event: 0, statement: 0, vote: 0, figure: 0 };
    for (const span of spans) counts[span.record_type] += 1;
    // An ingested article's records are the pipeline's proposals until a curator reviews them: the reader says so.
    const proposed = { source: [source.id], provenance: { method: ['extracted'] } };
    const extracted = [app.repos.events, app.repos.statements, app.repos.votes, app.repos.figures].reduce(
      (n, list) => n + list.list(proposed, 'date', 500).rows.length,
      0,
    );
    return reply.type(HTML).view('source', {
      extracted,
      title: source.title,
      apiUrl: `/v1/sources/${encodeURIComponent(source.id)}`,
      source,
      tokens,
      marksOf,
      counts,
      exclusionIds: highlights.filter((h) => h.kind === 'exclusion').map((h) => h.id),
    });
  });

  /** The page of one sourced record: its template with the record, its evidence in context and `locals`, or the 404 page. */
  const recordPage = <R extends { id: string; evidence: Evidence[]; sources: SourceSummary[] }>(
    type: RecordType,
    get: (id: string) => R | undefined,
    locals: (record: R) => { title: string } & Record<string, unknown>,
  ) =>
    app.get(`/${type}s/:id`, { schema: { ...hidden, params: IdParams, querystring: NoQuery } }, async (request, reply) => {
      const record = get(request.params.id);
      if (!record) return reply.code(404).type(HTML).view('error', notFound(type, request.params.id));
      return reply.type(HTML).view(type, {
        ...locals(record),
        apiUrl: `/v1/${type}s/${encodeURIComponent(record.id)}`,
        [type]: record,
        evidence: evidenceInContext(app, type, record.id, record.evidence, record.sources),
      });
    });

  recordPage(
    'event',
    (id) => app.repos.events.get(id),
    (event) => ({ title: event.title }),
  );

  recordPage(
    'statement',
    (id) => app.repos.statements.get(id),
    (statement) => ({
      title: `${statement.speaker.name}: ${statementWords(statement, 60)}`,
      event: statement.event_id ? app.repos.events.get(statement.event_id) : undefined,
    }),
  );

  recordPage(
    'vote',
    (id) => app.repos.votes.get(id),
    (vote) => {
      const held = (position: 'yes' | 'no' | 'abstain') => vote.positions.filter((p) => p.position === position);
      const columns = (['yes', 'no', 'abstain'] as const).map((position) => {
        const named = held(position);
        const total = vote.tally[position];
        return { position, named, unnamed: total !== null && total > named.length ? total - named.length : 0, total };
      });
      return { title: vote.subject, columns };
    },
  );

  recordPage(
    'figure',
    (id) => app.repos.figures.get(id),
    (figure) => ({ title: `${figure.raw_text} (${figure.metric})` }),
  );

  app.get('/actors/:id', { schema: { ...hidden, params: IdParams, querystring: NoQuery } }, async (request, reply) => {
    const actor = app.repos.actors.get(request.params.id);
    // An actor merged into another (seed/ `merged_into`): its old page redirects for good to the one that stands.
    const movedTo = actor ? undefined : app.repos.actors.mergedInto(request.params.id);
    if (movedTo) return reply.redirect(`/explore/actors/${movedTo}`, 308);
    if (!actor) return reply.code(404).type(HTML).view('error', notFound('actor', request.params.id));
    const statements = app.repos.statements.list({ speaker: [actor.id] }, 'date', LISTED);
    const events = app.repos.events.list({ actor: [actor.id] }, 'date', LISTED);
    const votes = app.repos.votes.list({ member: [actor.id] }, 'date', LISTED);
    const figures = app.repos.figures.list({ claimedBy: [actor.id] }, 'date', LISTED);
    // Statements over time: grouped by the month they were said in (undated ones last, as the API orders them).
    const byMonth: { month: string | null; precision: 'month' | 'unknown'; statements: typeof statements.rows }[] = [];
    for (const statement of statements.rows) {
      const month =
        statement.said_on && statement.said_precision !== 'unknown' && statement.said_precision !== 'year'
          ? statement.said_on.slice(0, 7)
          : null;
      const last = byMonth[byMonth.length - 1];
      if (last && last.month === month) last.statements.push(statement);
      else byMonth.push({ month, precision: month ? 'month' : 'unknown', statements: [statement] });
    }
    return reply.type(HTML).view('actor', {
      title: actor.name,
      apiUrl: `/v1/actors/${encodeURIComponent(actor.id)}`,
      actor,
      byMonth,
      more: {
        statements: statements.nextCursor !== null,
        events: events.nextCursor !== null,
        votes: votes.nextCursor !== null,
        figures: figures.nextCursor !== null,
      },
      events: events.rows,
      votes: votes.rows.map((vote) => ({ vote, position: vote.positions.find((p) => p.member.id === actor.id) })),
      figures: figures.rows,
    });
  });
  app.get('/quantities', { schema: { ...hidden, querystring: NoQuery } }, async (_request, reply) => {
    const page = app.repos.quantities.list({}, 'date', LISTED);
    return reply.type(HTML).view('quantities', {
      title: 'Quantities: what the articles claim, side by side',
      apiUrl: '/v1/quantities',
      quantities: page.rows.map((q) => quantityView(app, q)),
      more: page.nextCursor !== null,
    });
  });

  app.get('/quantities/:id', { schema: { ...hidden, params: IdParams, querystring: NoQuery } }, async (request, reply) => {
    const quantity = app.repos.quantities.get(request.params.id);
    if (!quantity) return reply.code(404).type(HTML).view('error', notFound('quantity', request.params.id));
    return reply.type(HTML).view('quantity', {
      title: `${quantity.subject} (${quantity.metric})`,
      apiUrl: `/v1/quantities/${encodeURIComponent(quantity.id)}`,
      view: quantityView(app, quantity),
    });
  });

  app.get('/timeline', { schema: { ...hidden, querystring: TimelinePageQuery } }, async (request, reply) => {
    const query = request.query;
    const page = app.repos.timeline.list({ from: query.from, to: query.to }, 'date', app.config.pageSize.default, query.cursor);
    // Grouped by the month of each entry's date; entries known only to the year form their own group.
    const byMonth: { heading: string; entries: typeof page.rows }[] = [];
    for (const entry of page.rows) {
      const heading =
        entry.precision === 'day' || entry.precision === 'month'
          ? dateInWords(`${entry.date.slice(0, 7)}-01`, 'month')
          : dateInWords(entry.date, entry.precision);
      const last = byMonth[byMonth.length - 1];
      if (last && last.heading === heading) last.entries.push(entry);
      else byMonth.push({ heading, entries: [entry] });
    }
    const params = new URLSearchParams();
    if (query.from) params.set('from', query.from);
    if (query.to) params.set('to', query.to);
    const apiParams = new URLSearchParams(params);
    if (query.cursor) apiParams.set('cursor', query.cursor);
    const nextParams = new URLSearchParams(params);
    if (page.nextCursor) nextParams.set('cursor', page.nextCursor);
    return reply.type(HTML).view('timeline', {
      title: 'Timeline',
      apiUrl: `/v1/timeline${apiParams.size > 0 ? `?${apiParams}` : ''}`,
      query,
      byMonth,
      nextHref: page.nextCursor ? `/explore/timeline?${nextParams}` : null,
    });
  });
};
