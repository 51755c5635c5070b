/**
 * CSV for every list (RFC 4180, through csv-stringify). Nested fields are flattened with documented names:
 * an object `speaker {id, name}` becomes `speaker.id`, `speaker.name`; a list of references becomes
 * `actors.id` / `actors.name` with values joined by "|"; evidence becomes `evidence.count`,
 * `evidence.source_ids` and `evidence.quotes` (quotes joined by " | "). Columns come from the first row's
 * shape, so an empty page still has no header: a client sees an empty body, not a guessed header.
 */
import { stringify } from 'csv-stringify/sync';

type Flat = Record<string, string | number | boolean | null>;

function flattenValue(prefix: string, value: unknown, out: Flat): void {
  if (value === null || value === undefined) {
    out[prefix] = null;
  } else if (Array.isArray(value)) {
    if (prefix === 'evidence') {
      const spans = value as { source_id: string; start: number; end: number; quote: string }[];
      out['evidence.count'] = spans.length;
      out['evidence.source_ids'] = [...new Set(spans.map((s) => s.source_id))].join('|');
      out['evidence.spans'] = spans.map((s) => `${s.source_id}:${s.start}-${s.end}`).join('|');
      out['evidence.quotes'] = spans.map((s) => s.quote).join(' | ');
    } else if (value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
      const keys = [...new Set(value.flatMap((v) => Object.keys(v as object)))];
      for (const key of keys) {
        out[`${prefix}.${key}`] = value
          .map((v) => {
            const inner = (v as Record<string, unknown>)[key];
            return inner !== null && typeof inner === 'object' ? ((inner as { id?: string }).id ?? JSON.stringify(inner)) : String(inner ?? '');
          })
          .join('|');
      }
      if (keys.length === 0) out[prefix] = '';
    } else {
      out[prefix] = value.map(String).join('|');
    }
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flattenValue(`${prefix}.${key}`, inner, out);
  } else {
    out[prefix] = value as string | number | boolean;
  }
}

export function flattenRecord(record: Record<string, unknown>): Flat {
  const out: Flat = {};
  for (const [key, value] of Object.entries(record)) flattenValue(key, value, out);
  return out;
}

export function toCsv(records: Record<string, unknown>[]): string {
  if (records.length === 0) return '';
  const rows = records.map(flattenRecord);
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return stringify(rows, {
    header: true,
    columns,
    record_delimiter: '\r\n',
    cast: { boolean: (v) => (v ? 'true' : 'false') },
  });
}
