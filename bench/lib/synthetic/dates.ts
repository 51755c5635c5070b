/** The generator's timeline: which days records fall on, and how precisely and on what basis they are dated. */
import { DATE_BASES } from '../../../src/db/schema.js';
import { UNDATED_SORT_DATE } from '../../../src/db/sort-date.js';
import { firstAbove, type Rng, Weighted } from '../prng.js';
import type { TextMaker } from '../text.js';

/**
 * Days from 2011-03-15 to 2020-12-31, weighted: 2012-2013 double, 2016 triple, the siege (July to December 2016)
 * ten times. `at(u)` maps u in [0, 1) to a day, monotonically, so records generated in order come out in date order.
 */
class DateScale {
  readonly days: string[] = [];
  /** For each day, the date recorded at month precision (`YYYY-MM-01`) and at year precision (`YYYY-01-01`). */
  readonly months: string[] = [];
  readonly years: string[] = [];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor() {
    const start = Date.UTC(2011, 2, 15);
    const end = Date.UTC(2020, 11, 31);
    const weights: number[] = [];
    for (let t = start; t <= end; t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      this.days.push(day);
      this.months.push(`${day.slice(0, 7)}-01`);
      this.years.push(`${day.slice(0, 4)}-01-01`);
      const year = day.slice(0, 4);
      let w = 1;
      if (year === '2012' || year === '2013') w = 2;
      if (year === '2016') w = day >= '2016-07-01' ? 10 : 3;
      weights.push(w);
    }
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      sum += weights[i] as number;
      this.cumulative[i] = sum;
    }
    this.total = sum;
  }

  /** The index in `days` of the day at u. */
  index(u: number): number {
    return firstAbove(this.cumulative, u * this.total);
  }

  at(u: number): string {
    return this.days[this.index(u)] as string;
  }

  /** The date recorded for day `index` at a precision (null if unknown). */
  date(index: number, precision: string): string | null {
    if (precision === 'day') return this.days[index] as string;
    if (precision === 'month') return this.months[index] as string;
    if (precision === 'year') return this.years[index] as string;
    return null;
  }
}

/** One scale for the whole generator: it is immutable. */
export const SCALE = new DateScale();

export interface DatedValue {
  date: string | null;
  precision: string;
  basis: string;
  note: string | null;
  sort: string;
}

export const precisions = Weighted.of({ day: 86, month: 7, year: 3, unknown: 4 });
const bases = new Weighted(DATE_BASES, [50, 25, 20, 5]);

export function dated(rng: Rng, text: TextMaker, day: number): DatedValue {
  // Precision first, then the basis inside datedWith: the same draws, in the same order, as ever.
  return datedWith(rng, text, day, precisions.sample(rng));
}

export function datedWith(rng: Rng, text: TextMaker, day: number, precision: string): DatedValue {
  let basis = bases.sample(rng);
  const date = SCALE.date(day, precision);
  if (precision === 'unknown') basis = 'publication';
  const note = text.dateNote(basis);
  return {
    date,
    precision,
    basis,
    note: basis === 'relative' || basis === 'inferred' ? (note ?? 'resolved by the curator') : note,
    sort: date ?? UNDATED_SORT_DATE,
  };
}
