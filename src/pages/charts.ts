/**
 * Chart geometry computed on the server and drawn as inline SVG by the templates: no script, and no `style`
 * attribute (the page CSP allows styles from files only), so sizes and colours are SVG attributes and classes.
 */
import type { MonthCount } from '../repositories/query/month-counts.js';
import { dateInWords, numberInWords } from './words.js';

export interface MonthBar {
  kind: 'events' | 'votes';
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  title: string;
}

export interface MonthChart {
  width: number;
  height: number;
  /** Where the baseline of the bars is. */
  baseline: number;
  bars: MonthBar[];
  labels: { x: number; text: string }[];
  /** Horizontal grid lines with their count. */
  grid: { y: number; value: number }[];
  /** Every month in the range with both counts: the chart's data as a table, for readers who cannot see it. */
  rows: { month: string; label: string; events: number; votes: number }[];
}

/** Every month from the first to the last in the data, so that empty months show as gaps. */
function monthRange(months: string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const [first, last] = [sorted[0] as string, sorted[sorted.length - 1] as string];
  const range: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    range.push(key);
    if (key >= last || range.length > 1200) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return range;
}

export function monthChart(events: MonthCount[], votes: MonthCount[]): MonthChart {
  const eventsBy = new Map(events.map((m) => [m.month, m.count]));
  const votesBy = new Map(votes.map((m) => [m.month, m.count]));
  const months = monthRange([...eventsBy.keys(), ...votesBy.keys()]);
  const rows = months.map((month) => ({
    month,
    label: dateInWords(`${month}-01`, 'month'),
    events: eventsBy.get(month) ?? 0,
    votes: votesBy.get(month) ?? 0,
  }));
  const max = Math.max(1, ...rows.map((r) => Math.max(r.events, r.votes)));
  const [left, top, plotHeight, slot] = [32, 8, 120, 56];
  const width = left + Math.max(1, rows.length) * slot + 8;
  const baseline = top + plotHeight;
  const barWidth = 20;
  const scale = (n: number) => (n / max) * plotHeight;
  const bars: MonthBar[] = [];
  rows.forEach((row, i) => {
    const x = left + i * slot + (slot - 2 * barWidth - 4) / 2;
    for (const [kind, count, dx] of [
      ['events', row.events, 0],
      ['votes', row.votes, barWidth + 4],
    ] as const) {
      const height = scale(count);
      bars.push({
        kind,
        x: x + dx,
        y: baseline - height,
        width: barWidth,
        height,
        count,
        title: `${row.label}: ${count} ${count === 1 ? kind.slice(0, -1) : kind}`,
      });
    }
  });
  const labels = rows.map((row, i) => ({
    x: left + i * slot + slot / 2,
    text: row.label.replace(/^(\w{3})\w* (\d{2})(\d{2})$/, "$1 '$3"),
  }));
  const step = max <= 5 ? 1 : Math.ceil(max / 4);
  const grid: MonthChart['grid'] = [];
  for (let value = 0; value <= max; value += step) grid.push({ y: baseline - scale(value), value });
  return { width, height: baseline + 24, baseline, bars, labels, grid, rows };
}

/** One claim of a quantity as a row of the range chart: a point for an exact value, else a bar with open ends. */
export interface ClaimMark {
  figureId: string;
  y: number;
  /** Left and right ends in chart units; an unbounded side runs to the plot's edge and ends in an arrow. */
  x1: number;
  x2: number;
  exact: boolean;
  openLow: boolean;
  openHigh: boolean;
  label: string;
  title: string;
}

export interface RangeChart {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  /** The shaded range every claim allows, or null when the claims cannot all be true (or none bound it). */
  envelope: { x: number; width: number } | null;
  marks: ClaimMark[];
  ticks: { x: number; text: string }[];
  axisY: number;
}

interface RangeClaim {
  figure_id: string;
  value: number | null;
  low: number | null;
  high: number | null;
  raw_text: string;
  source_ids: string[];
}

const ROW = 54;

/**
 * A quantity's claims on one linear scale from zero (they are counts) to a little past the largest bound, with the
 * envelope shaded behind them. The scale's end is a round number so the ticks read well.
 */
export function rangeChart(
  claims: RangeClaim[],
  envelope: { low: number | null; high: number | null },
  sourceTitle: (id: string) => string,
): RangeChart {
  const [width, plotLeft, plotRight, top] = [640, 12, 620, 8];
  const bounds = claims.flatMap((c) => [c.low, c.high, c.value]).filter((n): n is number => n !== null);
  const largest = Math.max(1, ...bounds);
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  const end = Math.ceil((largest * 1.15) / magnitude) * magnitude;
  const x = (n: number) => plotLeft + (n / end) * (plotRight - plotLeft);
  const marks = claims.map((claim, i): ClaimMark => {
    const low = claim.low ?? (claim.value !== null && claim.high === null ? claim.value : null);
    const high = claim.high ?? (claim.value !== null && claim.low === null ? claim.value : null);
    const exact = low !== null && low === high;
    const sources = claim.source_ids.map(sourceTitle).join('; ');
    const range = `${low === null ? 'no floor' : `at least ${numberInWords(low)}`}, ${high === null ? 'no ceiling' : `at most ${numberInWords(high)}`}`;
    return {
      figureId: claim.figure_id,
      y: top + i * ROW + 36,
      x1: low === null ? plotLeft : x(low),
      x2: high === null ? plotRight : x(high),
      exact,
      openLow: low === null,
      openHigh: high === null,
      label: `“${claim.raw_text}” (${sources || 'no source'})`,
      title: `“${claim.raw_text}”: ${exact ? `exactly ${numberInWords(low)}` : range}`,
    };
  });
  const axisY = top + claims.length * ROW + 12;
  const consistent = envelope.low === null || envelope.high === null || envelope.low <= envelope.high;
  const bounded = envelope.low !== null || envelope.high !== null;
  const envelopeBox =
    consistent && bounded
      ? (() => {
          const from = envelope.low === null ? plotLeft : x(envelope.low);
          const to = envelope.high === null ? plotRight : x(envelope.high);
          // An exact envelope (a single number) still shows as a thin band.
          return { x: from, width: Math.max(2, to - from) };
        })()
      : null;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ x: x(end * f), text: numberInWords(end * f) }));
  return { width, height: axisY + 22, plotLeft, plotRight, envelope: envelopeBox, marks, ticks, axisY };
}
