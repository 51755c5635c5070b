/**
 * A second article often spells a known person another way ("Sergey" for "Sergei"). The ingest finds the person
 * (the gazetteer's looser name key), so the statements are theirs; but that spelling is in no name or alias, so a
 * search by the article's own words finds nobody. The ingest names each such spelling once, with the file that
 * defines the actor, for the curator to add to its aliases.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { copySeed, type SeedCopy } from '../helpers/seed-copy.js';

let seed: SeedCopy;
beforeAll(() => {
  seed = copySeed();
});
afterAll(() => seed.remove());

const CLOSING = '\n\nThe meeting ended early, and the delegations left the hall without a joint statement, officials said.\n';

function spellingWarnings(body: string, index: number): string[] {
  const articlePath = join(seed.dir, `story-${index}.txt`);
  writeFileSync(articlePath, `A test story\n\n${body}${CLOSING}`);
  const summary = ingestArticle({
    articlePath,
    meta: { title: 'A test story', publisher: 'Test Wire', url: `https://wire.example/story-${index}`, published_on: '2016-12-20' },
    sourceId: `test-wire-2016-12-20-story-${index}`,
    seedDir: seed.seedDir,
    dryRun: true,
  });
  return summary.warnings.filter((line) => line.includes('whose names do not include this spelling'));
}

describe('a known actor named in a spelling none of its names has', () => {
  it('is named with the actor and the file to add the alias to, once per spelling', () => {
    expect(
      spellingWarnings(
        'GENEVA - "We will not abandon the talks," Sergey Lavrov said on Friday. Sergey Lavrov added that Moscow would wait.',
        0,
      ),
    ).toEqual([
      `"Sergey Lavrov" (2 statements) is sergei-lavrov, whose names do not include this spelling: add it to that actor's aliases in actors.yaml (one edit) so a search by this article's spelling finds it`,
    ]);
  });

  it('reads other transliterations too', () => {
    expect(spellingWarnings('VIENNA - Assad Awad al-Zoubi said the delegation would return to the table next week.', 1)).toEqual([
      expect.stringMatching(/^"Assad Awad al-Zoubi" \(1 statement\) is assaad-awad-al-zouobi,/),
    ]);
    expect(spellingWarnings('LONDON - "The world is watching," said Sherine Tadross, a spokeswoman for the group.', 2)).toEqual([
      expect.stringMatching(/^"Sherine Tadross" \(1 statement\) is sherine-tadros,/),
    ]);
  });

  it('says nothing for a known spelling, accents aside, a title before a known name, or a capital standing for its state', () => {
    expect(
      spellingWarnings(
        'ANKARA - "The corridor must stay open," Mevlüt Çavuşoğlu told reporters. Mr. Lavrov said he agreed, and Foreign Minister Sergei Lavrov later said the same. Moscow said the convoys would wait.',
        3,
      ),
    ).toEqual([]);
  });
});
