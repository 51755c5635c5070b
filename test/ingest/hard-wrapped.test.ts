/**
 * An article saved hard-wrapped (wire feeds, e-mails, terminals) is brought to the corpus's one-line paragraphs before
 * anything is extracted from it; text that is not clearly wrapped prose keeps its lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticleText } from '../../src/ingest/article-text.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { statementsOf } from './test-gazetteer.js';

/** An invented story, as its writer filed it: one line per paragraph. */
const filed = [
  'Sweden doubles winter aid as old town waits',
  'By Anna Berg\nNordic Affairs Reporter',
  'STOCKHOLM, Dec. 14 - Sweden will double its winter aid to the besieged old town of Port Vell, the government said on Wednesday, as relief agencies warned that fuel stocks would run out within days.',
  '"Every corridor must open before the first snow closes the roads north," Lindqvist said.',
  'Relief Watch said three convoys had been turned back at the last checkpoint since Sunday, and that drivers were waiting in the cold with blankets, flour and medicine for the families inside.',
];
/** The same story from a feed that breaks every line of a paragraph at 72 characters. */
function wrapAt(width: number, paragraph: string): string {
  const lines: string[] = [];
  for (const word of paragraph.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}
const wrapped = filed.map((paragraph, i) => (i < 2 ? paragraph : wrapAt(72, paragraph))).join('\n\n');

describe('hard-wrapped articles', () => {
  it('joins the lines of each wrapped paragraph with one space, keeps the title and byline lines, and says so', () => {
    expect(wrapped).toContain('north,"\nLindqvist said.');
    const checked = checkArticleText(Buffer.from(`${wrapped}\n`), 'feed.txt');
    expect(checked.text).toBe(filed.join('\n\n'));
    expect(checked.normalized).toContain('joined 8 hard-wrapped lines into 3 paragraphs');
    // The attribution that was on the next line makes the quotation a statement.
    expect(statementsOf(wrapped).map((s) => s.speaker)).not.toContain('maria-lindqvist');
    expect(statementsOf(checked.text)).toContainEqual(
      expect.objectContaining({
        speaker: 'maria-lindqvist',
        kind: 'direct',
        evidence: ['Every corridor must open before the first snow closes the roads north,'],
      }),
    );
  });

  it('leaves text that is not clearly wrapped prose as it is: short lines, turns, lists, one long line', () => {
    const keep = [
      // A poem or an address: short lines, however many.
      'We came down from the hills at night\nwith the children asleep on our backs\nand the town was burning below us\n\nNo one asked our names at the gate\nno one asked where we were going',
      // Labelled turns and a list, each line about as wide as the widest.
      'BERG: The convoy left at dawn and reached the second checkpoint before the guards changed over.\nOKAFOR: We were told to wait until the afternoon, and then to turn back towards the river road.\n\n- forty trucks of flour and rice were held at the bridge for the whole of Tuesday afternoon\n- twelve ambulances were sent back to the border crossing at Stora Bro for a second inspection',
      // One paragraph per line, as the corpus keeps them: nothing continues a line.
      `${filed[2]}\n\n${filed[4]}`,
    ];
    for (const text of keep) expect(checkArticleText(Buffer.from(text), 'a.txt')).toEqual({ text, normalized: [] });
  });

  it('reads an article of hundreds of thousands of short lines, within the size limit, without failing', () => {
    const text = `${filed[2]}\n${'and\n'.repeat(200_000)}${filed[4]}`;
    expect(checkArticleText(Buffer.from(text), 'a.txt')).toEqual({ text, normalized: [] });
  });

  it('leaves every fixture and seed article byte for byte as it is', () => {
    // Read as opaque text (the held-out ones included); only whether normalisation changes them is asserted.
    const dirs = [
      'seed/articles',
      'test/fixtures/ingest-dev',
      'test/fixtures/ingest-heldout',
      'test/fixtures/ingest-heldout-2',
      'test/fixtures/ingest-heldout-3',
      'test/fixtures/ingest-heldout-4',
      'test/fixtures/ingest-heldout-52',
      'test/fixtures/ingest-heldout-58',
      'test/fixtures/ingest-heldout-60',
      'test/fixtures/ingest-heldout-63',
    ];
    const changed: string[] = [];
    let read = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(join(PROJECT_ROOT, dir)).filter((file) => file.endsWith('.txt'))) {
        const bytes = readFileSync(join(PROJECT_ROOT, dir, name));
        read++;
        if (checkArticleText(bytes, name).text !== bytes.toString('utf8')) changed.push(`${dir}/${name}`);
      }
    }
    expect(read).toBeGreaterThan(200);
    expect(changed).toEqual([]);
  });
});
