/**
 * CSV for every list (RFC 4180). Nested fields are flattened with documented names:
 * an object `speaker {id, name}` becomes `speaker.id`, `speaker.name`; a list of objects such as
 * `actors [{id, name, role}]` becomes `actors.id`, `actors.name`, `actors.role` with values joined by "|"
 * (an object inside, like a position's member, is written as its id); evidence becomes `evidence.count`,
 * `evidence.source_ids`, `evidence.spans` (`source:start-end`) and `evidence.quotes` (joined by " | ").
 * The columns come from the list's schema, not from the rows, so every page of a list has the same header,
 * even an empty one.
 */
import { z } from 'zod';

const EVIDENCE_COLUMNS = ['evidence.count', 'evidence.source_ids', 'evidence.spans', 'evidence.quotes'];

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodNullable || current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function columnsOf(prefix: string, schema: z.ZodType, out: string[]): void {
  const inner = unwrap(schema);
  if (prefix === 'evidence') {
    out.push(...EVIDENCE_COLUMNS);
  } else if (inner instanceof z.ZodObject) {
    for (const [key, value] of Object.entries(inner.shape)) columnsOf(prefix ? `${prefix}.${key}` : key, value as z.ZodType, out);
  } else if (inner instanceof z.ZodArray && unwrap(inner.element as z.ZodType) instanceof z.ZodObject) {
    const element = unwrap(inner.element as z.ZodType) as z.ZodObject;
    for (const key of Object.keys(element.shape)) out.push(`${prefix}.${key}`);
  } else {
    out.push(prefix);
  }
}

const layouts = new WeakMap<z.ZodType, string[]>();

/** The CSV columns of a list, from its `{data: [...], page}` schema: computed once per schema. */
export function csvColumns(listSchema: z.ZodType): string[] {
  let columns = layouts.get(listSchema);
  if (!columns) {
    const envelope = unwrap(listSchema);
    const item = envelope instanceof z.ZodObject ? unwrap((envelope.shape.data as z.ZodArray).element as z.ZodType) : envelope;
    columns = [];
    columnsOf('', item, columns);
    layouts.set(listSchema, columns);
  }
  return columns;
}

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
    } else if (value.length > 0 && value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
      const keys = [...new Set(value.flatMap((v) => Object.keys(v as object)))];
      for (const key of keys) {
        out[`${prefix}.${key}`] = value
          .map((v) => {
            const inner = (v as Record<string, unknown>)[key];
            return inner !== null && typeof inner === 'object'
              ? ((inner as { id?: string }).id ?? JSON.stringify(inner))
              : String(inner ?? '');
          })
          .join('|');
      }
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

/** A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The header and one line per record, each ended by CRLF. Written here rather than through csv-stringify: its
 * dotted column names are parsed as property paths on every cell, which made a 50-row page cost twice as much.
 */
export function toCsv(records: Record<string, unknown>[], columns: string[]): string {
  let out = `${csvHeader(columns)}\r\n`;
  for (const record of records) out += `${csvRow(record, columns)}\r\n`;
  return out;
}

/** The header line of a CSV list, without its line break. */
export function csvHeader(columns: string[]): string {
  return columns.map(csvField).join(',');
}

/** One record's line in a CSV list, without its line break (the build renders these once: src/seed/render-records.ts). */
export function csvRow(record: Record<string, unknown>, columns: string[]): string {
  const flat = flattenRecord(record);
  return columns.map((column) => csvField(flat[column])).join(',');
}
