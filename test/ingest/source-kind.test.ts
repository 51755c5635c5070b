/**
 * The kind a new source is written with: an organisation's own release (a ministry's statement, an NGO's press
 * release, an office's briefing notes) is a press release, not the "news report" the metadata defaults to before the
 * text is read; a story that reports such a release stays a news report; the user's --kind always wins. Invented texts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMeta } from '../../src/ingest/article-meta.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { ingestReport } from '../../src/ingest/ingest-report.js';
import { copySeed, type SeedCopy } from '../helpers/seed-copy.js';

let seed: SeedCopy;
beforeEach(() => {
  seed = copySeed();
});
afterEach(() => seed.remove());

function kindOf(text: string, publisher: string, kind?: string) {
  const path = join(seed.dir, 'article.txt');
  writeFileSync(path, text);
  const meta = readMeta(undefined, {
    title: text.split('\n')[0] as string,
    publisher,
    url: 'https://example.org/news/2016/12/article-1',
    published_on: '2016-12-14',
    ...(kind ? { kind } : {}),
  });
  return ingestArticle({ articlePath: path, meta, sourceId: 'invented-2016-12-14-kind', seedDir: seed.seedDir, dryRun: true });
}

describe("a source's kind follows the document's voice", () => {
  it.each([
    [
      'a ministry statement under its heading',
      'Ministry of Foreign Affairs of Norland',
      'Statement by the Ministry of Foreign Affairs on the humanitarian situation\n\nVesterby, 14 December 2016\n\nThe Ministry is gravely concerned by the fighting in the city. The Ministry calls on all parties to protect civilians.',
    ],
    [
      'an NGO labelled as a press release',
      'Harbourlight Relief Foundation',
      'Aid convoy reaches the besieged districts\n\nPRESS RELEASE\n\nHarbourlight Relief Foundation welcomes the arrival of the first convoy in three weeks. The Foundation urges donors to fund the winter appeal.',
    ],
    [
      "an office's notes for immediate release",
      'Office of the Norland Humanitarian Coordinator',
      'Winter assistance for displaced families\n\nFor immediate release\n\nThe Office of the Norland Humanitarian Coordinator is deeply worried about the cold. The Office asks all parties to let fuel through.',
    ],
  ])('%s is written as a press release and said so', (_form, publisher, text) => {
    const summary = kindOf(text, publisher);
    expect(summary.kind).toBe('press release');
    expect(ingestReport(summary).some((line) => line.startsWith('kind        press release'))).toBe(true);
  });

  it('a news outlet reporting a ministry statement stays a news report', () => {
    const summary = kindOf(
      'Ministry voices concern over the city\n\nBy Ana Ruiz\n\nThe foreign ministry of Norland said on Tuesday it was gravely concerned by the fighting. "We call on all parties to stop," its spokesman, Per Lund, told reporters.',
      'Vesterby Evening Post',
    );
    expect(summary.kind).toBe('news report');
    expect(ingestReport(summary).some((line) => line.startsWith('kind '))).toBe(false);
  });

  it("the user's --kind wins over what the text reads as", () => {
    const summary = kindOf(
      'Aid convoy reaches the besieged districts\n\nPRESS RELEASE\n\nHarbourlight Relief Foundation welcomes the arrival of the first convoy in three weeks and asks for more.',
      'Harbourlight Relief Foundation',
      'appeal',
    );
    expect(summary.kind).toBe('appeal');
  });

  it.each(['press release', 'appeal'])('a kind the user gave (%s) is reported as given, not as what the text was read as', (given) => {
    const summary = kindOf(
      'Aid convoy reaches the besieged districts\n\nPRESS RELEASE\n\nHarbourlight Relief Foundation welcomes the arrival of the first convoy in three weeks and asks for more.',
      'Harbourlight Relief Foundation',
      given,
    );
    const line = ingestReport(summary).find((text) => text.startsWith('kind '));
    expect(line).toBe(`kind        ${given}: as given (the meta's kind or --kind)`);
  });
});
