/**
 * An event's span end, computed once by the build (src/db/event-spans.ts) and stored in `events.span_end`: the
 * end that `from`/`to` test. Checked against SQLite's own date arithmetic (the expression the list used before the
 * column existed) and on the built ledger, where every event's stored end must be what the function gives.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { spanEnd } from '../../src/db/event-spans.js';

describe('span end of an event', () => {
  it('is the written end, else the start stretched over its month or year; undated has none', () => {
    expect(spanEnd('2016-07-07', '2016-12-22', 'day')).toBe('2016-12-22');
    expect(spanEnd('2016-10-15', null, 'day')).toBe('2016-10-15');
    expect(spanEnd('2016-02-01', null, 'month')).toBe('2016-02-29');
    expect(spanEnd('2015-02-01', null, 'month')).toBe('2015-02-28');
    expect(spanEnd('2016-12-01', null, 'month')).toBe('2016-12-31');
    expect(spanEnd('2016-01-01', null, 'year')).toBe('2016-12-31');
    // An end with no start does not place an event (the October bombing, up to the pause of 20 October).
    expect(spanEnd(null, '2016-10-20', 'unknown')).toBeNull();
  });

  it('agrees with SQLite date arithmetic for any start and precision', () => {
    const db = new Database(':memory:');
    const sqlEnd = db
      .prepare(
        `SELECT coalesce(@end, date(@start, CASE @precision WHEN 'month' THEN '+1 month' WHEN 'year' THEN '+1 year' ELSE '+0 days' END,
           CASE @precision WHEN 'month' THEN '-1 day' WHEN 'year' THEN '-1 day' ELSE '+0 days' END))`,
      )
      .pluck();
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('day', 'month', 'year'),
        fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
        (date, precision, length) => {
          const day = date.toISOString().slice(0, 10);
          const start = precision === 'month' ? `${day.slice(0, 7)}-01` : precision === 'year' ? `${day.slice(0, 4)}-01-01` : day;
          const end = length === null ? null : new Date(Date.parse(`${start}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10);
          expect(spanEnd(start, end, precision)).toBe(sqlEnd.get({ start, end, precision }));
        },
      ),
      { numRuns: 500 },
    );
    db.close();
  });

  it('is stored for every event of the built ledger as the function gives it', () => {
    const db = new Database(inject('databasePath'), { readonly: true });
    const rows = db.prepare('SELECT id, date_start, date_end, date_precision, span_end FROM events').all() as {
      id: string;
      date_start: string | null;
      date_end: string | null;
      date_precision: string;
      span_end: string | null;
    }[];
    db.close();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect([row.id, row.span_end]).toEqual([row.id, spanEnd(row.date_start, row.date_end, row.date_precision)]);
    // The siege runs from July to its end in December: one span over months.
    expect(rows.some((r) => r.span_end !== null && r.date_start !== null && r.span_end > r.date_start)).toBe(true);
  });
});
