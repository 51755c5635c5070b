/**
 * An event's span for `from`/`to` (span overlap): it covers [date_start, span_end], where span_end is its
 * `date_end` (written to the day, as the texts give ends), or with none its start stretched to the last day of
 * the month or year a month- or year-precision start names. An event without a start is undated: no span, it
 * never matches a range (its end alone does not place it).
 *
 * Computed once by the build (the seed from the curated events, the synthetic generator as it writes each row)
 * and stored in `events.span_end`, last in the date indexes, so an overlap test reads the index entry instead of
 * the row (BENCHMARKS.md, events-filtered at 1M).
 */

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function spanEnd(dateStart: string | null | undefined, dateEnd: string | null | undefined, precision: string): string | null {
  if (!dateStart) return null;
  if (dateEnd) return dateEnd;
  if (precision === 'month') {
    const month = Number(dateStart.slice(5, 7));
    return `${dateStart.slice(0, 8)}${String(lastDayOfMonth(Number(dateStart.slice(0, 4)), month)).padStart(2, '0')}`;
  }
  if (precision === 'year') return `${dateStart.slice(0, 4)}-12-31`;
  return dateStart;
}
