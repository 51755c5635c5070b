import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/http/csv.js';

/** A strict RFC 4180 reader, written for this test: CRLF-ended records, quoted fields with doubled quotes. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted field');
        value += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      value = end < 0 ? text.slice(i) : text.slice(i, i + end);
      if (/["\r\n]/.test(value)) throw new Error(`unquoted field holds a quote or line break: ${JSON.stringify(value)}`);
      i += value.length;
    }
    record.push(value);
    if (text.startsWith(',', i)) i += 1;
    else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  if (record.length) throw new Error('last record not ended by CRLF');
  return records;
}

const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '"', '""', ',', '\r\n', '\n', '\r', 'a,"b"\r\nc', 'Alep\u00e9 \u062d\u0644\u0628', '=1+1'),
);

describe('CSV writer', () => {
  it('any text, number, boolean or null survives a round trip through a strict RFC 4180 reader', () => {
    const columns = ['id', 'text', 'speaker.name', 'confidence', 'binding'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: tricky,
            text: tricky,
            speaker: fc.record({ name: fc.option(tricky) }),
            confidence: fc.double({ noNaN: true, noDefaultInfinity: true }),
            binding: fc.option(fc.boolean()),
          }),
          { maxLength: 8 },
        ),
        (records) => {
          const read = readCsv(toCsv(records, columns));
          expect(read[0]).toEqual(columns);
          expect(read.slice(1)).toEqual(
            records.map((r) => [r.id, r.text, r.speaker.name ?? '', String(r.confidence), r.binding === null ? '' : String(r.binding)]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
