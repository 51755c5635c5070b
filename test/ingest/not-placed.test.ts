/**
 * What an ingest cannot place is listed with its words and why (not-placed.ts), on a short made-up report: a quotation
 * nobody is said to have spoken, a number with no metric, a tally whose vote names no body. A tally a vote took and a
 * quotation a statement took are not listed. The same list is written into the draft, and the audit reads it back.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { draftToYaml } from '../../src/ingest/draft-yaml.js';
import { extractDraft } from '../../src/ingest/extract-draft.js';
import { notCovered, notPlaced } from '../../src/ingest/not-placed.js';
import { inContext } from '../../src/ingest/text-segments.js';
import { recordFile } from '../../src/seed/annotation-schema.js';
import { testGazetteer } from './test-gazetteer.js';

const text = [
  'Port Vell talks stall as the harbour closes',
  'PORT VELL, Dec 14 - Members of the harbour committee voted 9-4 on a motion to close the port to cargo ships.',
  '"We will not leave the old town," Maria Lindqvist said on Tuesday.',
  'A banner on the town hall read "Never again" in red letters.',
  'The harbour wall is 40 metres high and has stood since the war began.',
  'On Monday the Security Council voted 14-1 to demand a pause in the fighting, with Russia voting against.',
].join('\n\n');

const draft = extractDraft({
  sourceId: 'test-2016-12-14-port-vell',
  text,
  publishedOn: '2016-12-14',
  title: text.split('\n')[0],
  gazetteer: testGazetteer,
});
const items = notPlaced(draft);
const listed = items.map((item) => [item.kind, text.slice(item.start, item.end)]);

describe('what the ingest could not place', () => {
  it('lists a quotation no statement took, as a statement to check', () => {
    expect(listed).toContainEqual(['statement', 'Never again']);
    // The quotation Maria Lindqvist is said to have spoken is a statement, so it is placed.
    expect(draft.statements.map((s) => s.record.speaker)).toContain('maria-lindqvist');
    expect(listed.some(([, words]) => words?.includes('We will not leave'))).toBe(false);
  });

  it('lists a number with no metric, with the reason the figure extractor gave', () => {
    const height = items.find((item) => text.slice(item.start, item.end) === '40');
    expect(height).toMatchObject({ kind: 'number' });
    expect(height?.reason).toMatch(/counted noun|metric/);
    expect(inContext(text, height as (typeof items)[number], 12)).toBe('…our wall is [40] metres high…');
  });

  it('lists a tally whose vote names no body, and not the tally a vote took', () => {
    expect(draft.votes.map((v) => v.record.tally)).toContainEqual({ yes: 14, no: 1, abstain: null });
    expect(listed).toContainEqual([
      'vote',
      'PORT VELL, Dec 14 - Members of the harbour committee voted 9-4 on a motion to close the port to cargo ships.',
    ]);
    expect(listed.some(([, words]) => words?.includes('14-1'))).toBe(false);
  });

  it("lists, as the audit will, the numbers and quotations in no record's words", () => {
    // The banner's words, then the committee's tally and the wall's height (quotations first, as the audit lists
    // them); the council's 14-1 is in its vote's words, Maria Lindqvist's words in her statement's, and the dateline's
    // "Dec 14" is the article's own date at its head, which the audit counts as covered (d4e1905).
    expect(notCovered(draft).map((item) => item.text)).toEqual(['Never again', '9', '4', '40']);
  });

  it('writes the list into the draft as not_placed, in words the seed can find again', () => {
    const file = recordFile.parse(parseYaml(draftToYaml(draft, items)));
    expect(file.not_placed.map((entry) => [entry.kind, entry.quote])).toEqual(listed);
    for (const entry of file.not_placed) expect(entry.reason.length).toBeGreaterThan(5);
  });
});

describe('a year alone', () => {
  const years = [
    'Lantern clinic keeps its doors open',
    'The clinic has run on gifts alone since 2014, its director said.',
    'The ward had a waiting list by 2016 and a second doctor from 2009 on.',
    'The old store, shut until 1998, reopened as a school.',
    'The queue at the gate reached 2,015 by noon.',
  ].join('\n\n');
  const yearDraft = extractDraft({
    sourceId: 'test-2016-12-14-lantern-clinic',
    text: years,
    publishedOn: '2016-12-14',
    title: years.split('\n')[0],
    gazetteer: testGazetteer,
  });
  const numbers = notPlaced(yearDraft).map((item) => years.slice(item.start, item.end));

  it('is no number a curator must place: "since 2014", "by 2016", "from 2009", "until 1998" are not listed', () => {
    for (const year of ['2014', '2016', '2009', '1998']) expect(numbers).not.toContain(year);
  });

  it('is four digits with no separator: a count written "2,015" with no noun is still listed', () => {
    expect(numbers).toContain('2,015');
  });
});
