/**
 * Chart geometry computed on the server and drawn as inline SVG by the templates: no script, and no `style`
 * attribute (the page CSP allows styles from files only), so sizes and colours are SVG attributes and classes.
 */
import type { MonthCount } from '../repositories/event-repository.js';
import { dateInWords } from './words.js';

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
