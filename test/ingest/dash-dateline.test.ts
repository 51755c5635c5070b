/**
 * The one reader of a paragraph's dateline closed by a dash (date-expressions.ts dashDateline), which the statement
 * dater (a digest of datelined briefs, a lead's stance, a remark dated by its dateline) and the event extractor (a
 * dateline's day is no happening's) both call: where the dateline's words end, where the text goes on, and whether a
 * day stands in it.
 */
import { describe, expect, it } from 'vitest';
import { dashDateline, inDashDateline } from '../../src/ingest/date-expressions.js';

const paragraph = (text: string, start = 0) => ({ start, end: start + text.length, text });

describe('dashDateline', () => {
  it('reads a place in capitals, what follows its comma, and the dash', () => {
    const text = 'PORT VALDA, Nov. 3 (Coastline Wire) - The harbour authority closed the quay on Tuesday.';
    const line = dashDateline(paragraph(text, 100));
    expect(line).not.toBeNull();
    expect(text.slice(0, (line?.end ?? 0) - 100)).toBe('PORT VALDA, Nov. 3 (Coastline Wire)');
    expect(text.slice((line?.body ?? 0) - 100)).toBe('The harbour authority closed the quay on Tuesday.');
  });

  it('reads two places joined by a slash, and a place with no day', () => {
    expect(dashDateline(paragraph('OSTRAVA/LINZ, 4 March – Talks resumed.'))?.end).toBe('OSTRAVA/LINZ, 4 March'.length);
    expect(dashDateline(paragraph('KESTREL BAY — Ministers met again.'))?.end).toBe('KESTREL BAY'.length);
  });

  it('reads no dateline in a sentence that opens on a name in ordinary case', () => {
    expect(dashDateline(paragraph('Minister Arvo Tamm - who chaired the talks - left early.'))).toBeNull();
  });

  it('tells a day in the dateline from a day in the text after it', () => {
    const text = 'LINZ, March 4 (Danube Agency) - The council met on March 2.';
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    expect(inDashDateline(paragraph(text), at('March 4'))).toBe(true);
    expect(inDashDateline(paragraph(text), at('March 2'))).toBe(false);
  });
});
