/**
 * The repositories used as a page renderer, an exporter or the build would use them: over an open ledger,
 * without Fastify. Filters become tagged conditions once; pages, full walks and facets reuse them; mistakes are
 * domain errors that name the parameter.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openLedger } from '../../src/db/open-ledger.js';
import { MIGRATIONS_DIR } from '../../src/paths.js';
import { InvalidCursor, InvalidSearch, UnknownReference } from '../../src/repositories/domain-errors.js';
import { createRepositories } from '../../src/repositories/index.js';
import { anyOf, withoutFilter } from '../../src/repositories/query/conditions.js';
import { CursorCodec } from '../../src/repositories/query/cursor.js';
import { ListQueries, pageSql } from '../../src/repositories/query/list-query.js';
import { toFtsQuery } from '../../src/repositories/query/search-terms.js';

const ledger = openLedger(inject('databasePath'), MIGRATIONS_DIR);
const repos = createRepositories(ledger.db, { buildId: ledger.buildId });
afterAll(() => ledger.close());

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('conditions, pages and walks', () => {
  it('each condition is tagged with the filter it came from, and dropping one widens the page to what the others match', () => {
    const conditions = repos.statements.conditions({ speaker: ['sergei-lavrov'], kind: ['direct'], from: '2016-12-01' });
    expect(conditions.map((c) => c.filter)).toEqual(['speaker', 'kind', 'from', 'from']);
    const both = repos.statements.page(conditions, { sort: 'date', limit: 500 }).rows;
    const speakerOnly = repos.statements.page(withoutFilter(conditions, 'kind'), { sort: 'date', limit: 500 }).rows;
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((s) => s.speaker.id === 'sergei-lavrov' && s.kind === 'direct')).toBe(true);
    expect(speakerOnly.some((s) => s.kind !== 'direct')).toBe(true);
    expect(speakerOnly.every((s) => s.speaker.id === 'sergei-lavrov' && (s.said_on ?? '') >= '2016-12-01')).toBe(true);
    expect(ids(both).every((id) => ids(speakerOnly).includes(id))).toBe(true);
  });

  it('a page over conditions is the list over the same filters', () => {
    const filters = { type: ['veto', 'un_vote'], from: '2016-10-01', to: '2016-12-31' };
    expect(repos.events.page(repos.events.conditions(filters), { sort: '-date', limit: 3 })).toEqual(
      repos.events.list(filters, '-date', 3),
    );
  });

  it('a walk in small steps returns every row of the list, in the same order (embeds never stop at a page)', () => {
    const lists = new ListQueries(ledger.db, new CursorCodec(ledger.buildId));
    const conditions = repos.statements.conditions({});
    const everyStatement = repos.statements.list({}, 'date', 500).rows;
    expect(everyStatement.length).toBeGreaterThan(20);
    expect(ids(lists.all(repos.statements.shape, conditions, 'date', 7))).toEqual(ids(everyStatement));
  });

  it("an event's embedded statements are all the statements naming that event", () => {
    const event = '2016-12-09-lavrov-hamburg-remarks';
    const embedded = repos.events.get(event)?.statements ?? [];
    expect(embedded.length).toBeGreaterThan(1);
    expect(ids(embedded)).toEqual(ids(repos.statements.list({ event: [event] }, 'date', 500).rows));
  });

  it('each resource names its main date and the column holding its precision', () => {
    expect(repos.events.shape.mainDate).toEqual({ column: 'e.date_start', precision: 'e.date_precision' });
    expect(repos.statements.shape.mainDate).toEqual({ column: 's.said_on', precision: 's.said_precision' });
    expect(repos.sources.shape.mainDate).toEqual({ column: 's.published_on', precision: null });
  });
});

describe('one list helper for every repository (query/record-list.ts)', () => {
  // Each list with filters that match several records and a sort it documents.
  const cases = [
    ['events', repos.events, { type: ['veto', 'un_vote', 'meeting'] }, 'date'],
    ['statements', repos.statements, { speaker: ['sergei-lavrov', 'russia'] }, '-date'],
    ['votes', repos.votes, {}, 'date'],
    ['figures', repos.figures, { category: ['humanitarian'] }, 'date'],
    ['quantities', repos.quantities, {}, 'date'],
    ['actors', repos.actors, { kind: ['person'] }, 'name'],
    ['locations', repos.locations, {}, 'name'],
    ['sources', repos.sources, { from: '2016-10-01' }, '-date'],
  ] as const;

  it.each(cases)(
    '%s: list, page over its conditions and listAsync give the same pages, and the cursor walks them all',
    async (_, repo, filters, sort) => {
      // biome-ignore lint/suspicious/noExplicitAny: the eight repositories take eight filter types; each case pairs its own.
      const r = repo as any;
      const first = r.list(filters, sort, 1);
      expect(first.rows.length).toBe(1);
      expect(first.nextCursor).not.toBeNull();
      expect(r.page(r.conditions(filters), { sort, limit: 1 })).toEqual(first);
      expect(await r.listAsync(filters, sort, 1)).toEqual(first);
      const walked: string[] = [];
      let cursor: string | undefined;
      do {
        const page = r.list(filters, sort, 1, cursor);
        walked.push(...ids(page.rows));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(walked).toEqual(ids(r.list(filters, sort, 500).rows));
      expect(new Set(walked).size).toBe(walked.length);
    },
  );
});

describe('bounded statement shapes', () => {
  it('three and four values of a filter write the same SQL: the client cannot mint a statement per count', () => {
    const shape = repos.statements.shape;
    const sql = (values: string[]) => pageSql(shape, [anyOf('s.speaker_id', values)], 'date', 50, undefined).sql;
    expect(sql(['a', 'b', 'c'])).toBe(sql(['a', 'b', 'c', 'd']));
    expect(sql(['a', 'b', 'c', 'd', 'e'])).not.toBe(sql(['a', 'b', 'c', 'd']));
    const shapes = new Set(Array.from({ length: 64 }, (_, n) => sql(Array.from({ length: n + 1 }, (_, i) => `id-${i}`))));
    expect(shapes.size).toBe(7);
  });

  it('padding changes nothing in the answer', () => {
    const three = repos.statements.list({ kind: ['direct', 'partial', 'indirect'] }, 'date', 500).rows;
    expect(three.length).toBe(repos.statements.list({}, 'date', 500).rows.length);
  });
});

describe('domain errors', () => {
  it('an unknown id is an UnknownReference naming the parameter, the id and likely ids', () => {
    const error = (() => {
      try {
        repos.references.checkedIds('actors', 'speaker', 'lavrov');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnknownReference);
    expect(error).toMatchObject({ parameter: 'speaker', id: 'lavrov', suggestions: ['sergei-lavrov'] });
    expect(repos.references.checkedIds('actors', 'speaker', 'sergei-lavrov,russia')).toEqual(['sergei-lavrov', 'russia']);
  });

  it('a cursor that was altered is an InvalidCursor', () => {
    const { nextCursor } = repos.statements.list({}, 'date', 2);
    expect(nextCursor).not.toBeNull();
    const altered = `${(nextCursor as string).slice(0, -2)}xx`;
    expect(() => repos.statements.list({}, 'date', 2, altered)).toThrow(InvalidCursor);
    expect(() => repos.statements.list({}, '-date', 2, nextCursor as string)).toThrow(/belongs to sort "date"/);
  });

  it('search text without words is an InvalidSearch naming the parameter', () => {
    expect(() => toFtsQuery('q', '"*"', { maxLength: 200, maxTerms: 16 })).toThrow(InvalidSearch);
    expect(toFtsQuery('q', 'moral majority', { maxLength: 200, maxTerms: 16 })).toBe('"moral" "majority"');
  });
});
