/**
 * The timeline as one TimelineJS3 document (Knight Lab's JSON format: https://timeline.knightlab.com/docs/json-format.html):
 * a `title` slide and `events`, each with `unique_id`, `start_date` {year, month, day} (numbers; no `day` for a
 * date known only to the month, no `month` for one known only to the year), `end_date` for spans, `text`
 * {headline, text} and `group`. TimelineJS renders `text` as HTML, so every value from the data is escaped, and
 * each entry cites its sources (publisher, date, link).
 */

import type { SourceSummary } from '../schemas/source-summary.js';
import type { TimelineEntry } from '../schemas/timeline.js';

interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: {
    unique_id: string;
    start_date: TimelineDate;
    end_date?: TimelineDate;
    text: { headline: string; text: string };
    group: string;
  }[];
}

const GROUPS: Record<TimelineEntry['kind'], string> = { event: 'Events', vote: 'UN votes', statement: 'Statements' };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** A date with no more parts than its precision carries. */
function timelineDate(date: string, precision: TimelineEntry['precision']): TimelineDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day };
}

export function toTimelineJs(
  entries: TimelineEntry[],
  sources: Map<string, SourceSummary>,
  headline: string,
  intro: string,
): TimelineJsDocument {
  return {
    title: { text: { headline: escapeHtml(headline), text: `<p>${escapeHtml(intro)}</p>` } },
    events: entries.map((entry) => {
      const cited = entry.source_ids
        .map((id) => sources.get(id))
        .filter((s): s is SourceSummary => s !== undefined)
        .map((s) => `<a href="${escapeHtml(s.url)}">${escapeHtml(s.publisher)}, ${escapeHtml(s.published_on)}</a>`);
      const text = [
        `<p>${escapeHtml(entry.summary)}</p>`,
        entry.actors.length ? `<p>${entry.actors.map((a) => escapeHtml(a.name)).join(', ')}</p>` : '',
        cited.length ? `<p>Sources: ${cited.join('; ')}</p>` : '',
      ].join('');
      return {
        unique_id: `${entry.kind}-${entry.id}`,
        start_date: timelineDate(entry.date, entry.precision),
        // Ends are written to the day (the texts give them so: "since July 7" ... "6 December"), whatever the start's precision.
        ...(entry.date_end && entry.date_end !== entry.date ? { end_date: timelineDate(entry.date_end, 'day') } : {}),
        text: { headline: escapeHtml(entry.title), text },
        group: GROUPS[entry.kind],
      };
    }),
  };
}
