/**
 * What a record printed turn by turn says of itself (record-header.ts): whether a text is such a record, and the day
 * its header prints, on invented records (a council's verbatim record, a parliament's debate, a house's sitting) and
 * texts that only look like one.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/ingest/article-analysis.js';
import { headerLines, recordHeaderDay, turnParagraphs } from '../../src/ingest/record-header.js';
import { testGazetteer } from './test-gazetteer.js';

const analyse = (paragraphs: string[], publishedOn = '2016-12-20', title: string | null = null) =>
  analyzeArticle({ text: paragraphs.join('\n\n'), publishedOn, title, gazetteer: testGazetteer });

describe('a record printed turn by turn', () => {
  it("reads a council's verbatim record: its turns, its header's lines and the day the header prints", () => {
    const article = analyse([
      'Harbour Council',
      '518th meeting',
      'Wednesday, 7 December 2016, 3 p.m.',
      'Port Aster',
      'The President: I give the floor to the representative of Norland.',
      'Ms. Ada Fenwick (Norland): The ferries have not sailed for a week and the island is short of flour.',
      'Mr. Ivo Brandt (Estland): We will send flour on the next ferry.',
    ]);
    expect(turnParagraphs(article).map((p) => p.text.slice(0, 15))).toEqual(['The President: ', 'Ms. Ada Fenwick', 'Mr. Ivo Brandt ']);
    expect(headerLines(article, (turnParagraphs(article)[0] as { start: number }).start).map((p) => p.text)).toEqual([
      'Harbour Council',
      '518th meeting',
      'Wednesday, 7 December 2016, 3 p.m.',
      'Port Aster',
    ]);
    const day = recordHeaderDay(article);
    expect(day?.when.date).toBe('2016-12-07');
    expect(day?.line.text).toBe('Wednesday, 7 December 2016, 3 p.m.');
  });

  it("reads a parliament's debate, whose members' labels end in a dash", () => {
    const article = analyse([
      'Verbatim report of proceedings',
      'Thursday 15 December 2016 - Lisbon',
      'Jonas Ekberg, on behalf of the Greens Group. – Madam President, the river towns have waited long enough.',
      'Rosa Mendel, Commissioner. – Madam President, the Commission will send the money this week.',
      'Pavel Drozd, on behalf of the ECR Group. – Madam President, the money must reach the towns, not the ministries.',
    ]);
    expect(turnParagraphs(article)).toHaveLength(3);
    expect(recordHeaderDay(article)?.when.date).toBe('2016-12-15');
  });

  it("reads a house's sitting whose header gives the day after its name", () => {
    const article = analyse([
      'Upper House, sitting of 14 December 2016',
      'Lord Arden (Lab): My Lords, what help is going to the valley towns this winter?',
      'Baroness Quill (Con): My Lords, the first convoy left yesterday and two more will follow.',
      'Lord Arden: My Lords, will the Minister say when the third will leave?',
    ]);
    expect(recordHeaderDay(article)?.when.date).toBe('2016-12-14');
  });

  it('is a record from two labelled paragraphs on (MIN_RECORD_LABELS): a short excerpt of a sitting has its day', () => {
    const article = analyse([
      'Monday, 12 December 2016',
      'Mr. Tobias Lund (Norland): The road is closed again.',
      'Mrs. Ines Paulo (Estland): The bridge is open.',
      'Relief workers said the road was closed again on Sunday.',
    ]);
    expect(turnParagraphs(article)).toHaveLength(2);
    expect(recordHeaderDay(article)?.when.date).toBe('2016-12-12');
  });

  it('is no record when a single paragraph opens on a label', () => {
    const article = analyse([
      'Monday, 12 December 2016',
      'The President: The meeting is open.',
      'Relief workers said the road was closed again on Sunday.',
    ]);
    expect(turnParagraphs(article)).toEqual([]);
    expect(recordHeaderDay(article)).toBeNull();
  });

  it("takes no sentence, byline or publication line for the record's day", () => {
    const article = analyse([
      'Published: 19 December 2016',
      'By Carla Brenner',
      'The committee met on 12 December 2016.',
      'Mr. Tobias Lund (Norland): We want the crossings open before the snow comes.',
      'Mrs. Ines Paulo (Estland): We agree, and we will pay for the fuel.',
      'Mr. Tobias Lund (Norland): Then let us ask the others.',
    ]);
    expect(recordHeaderDay(article)).toBeNull();
  });

  it('takes no line that names a weekday alone or two days', () => {
    const weekday = analyse([
      'Sitting of Tuesday',
      'Mr. Tobias Lund (Norland): We want the crossings open.',
      'Mrs. Ines Paulo (Estland): We agree.',
      'Mr. Tobias Lund (Norland): Good.',
    ]);
    expect(recordHeaderDay(weekday)).toBeNull();
    const two = analyse([
      'Sittings of 5 December 2016 and 6 December 2016',
      'Mr. Tobias Lund (Norland): We want the crossings open.',
      'Mrs. Ines Paulo (Estland): We agree.',
      'Mr. Tobias Lund (Norland): Good.',
    ]);
    expect(recordHeaderDay(two)).toBeNull();
  });

  it("reads a transcript's labels and header set in capitals", () => {
    const hearing = analyse([
      'HEARING BEFORE THE SUBCOMMITTEE ON RIVER TRADE',
      'WEDNESDAY, NOVEMBER 30, 2016',
      'THE CHAIRMAN: The subcommittee will come to order.',
      'SENATOR LUND: The barges have not moved for a month.',
      'MS. PAULO: The locks will open on Monday.',
    ]);
    expect(turnParagraphs(hearing).map((p) => p.text.slice(0, 8))).toEqual(['THE CHAI', 'SENATOR ', 'MS. PAUL']);
    expect(recordHeaderDay(hearing)?.when.date).toBe('2016-11-30');
    const house = analyse([
      'HOUSE COMMITTEE ON FLOODS, 2 DECEMBER 2016',
      'SEN. LUND: The barges have not moved.',
      'REP. ARDEN (D-NY): They will move on Monday.',
      'SEN. LUND: I hope so.',
    ]);
    expect(recordHeaderDay(house)?.when.date).toBe('2016-12-02');
    const briefing = analyse([
      'PRESS BRIEFING, FRIDAY 9 DECEMBER 2016',
      'MR. QUILL: Good afternoon.',
      'MS. PAULO: What about the locks?',
      'MR. QUILL: They open on Monday.',
    ]);
    expect(recordHeaderDay(briefing)?.when.date).toBe('2016-12-09');
  });

  it("takes no day a header line says the page was published on for the record's", () => {
    const labels = ['THE CHAIRMAN: The hearing will come to order.', 'SENATOR LUND: The barges are idle.', 'MS. PAULO: They will move.'];
    const excerpt = analyse(['[Excerpt of an unofficial transcript, published December 7, 2016.]', ...labels]);
    expect(recordHeaderDay(excerpt)).toBeNull();
    const posted = analyse(['Transcript posted on 8 December 2016', ...labels]);
    expect(recordHeaderDay(posted)).toBeNull();
    const both = analyse(['Hearing of 6 December 2016 (updated 9 December 2016)', ...labels]);
    expect(recordHeaderDay(both)?.when.date).toBe('2016-12-06');
    // Near miss: a header line that only holds the day is the record's.
    const plain = analyse(['Transcript of December 6, 2016', ...labels]);
    expect(recordHeaderDay(plain)?.when.date).toBe('2016-12-06');
  });
});
