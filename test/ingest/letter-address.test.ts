/**
 * (s48) An open letter's address block ("To the Permanent Representatives of the members of the United Nations
 * Security Council" / "New York") names where the letter is sent: a place there is no one who speaks. The article is
 * the tuning set's open letter, read with the seed's gazetteer (where New York is a place).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';

const ID = 'charterrights-2016-12-02-open-letter-security-council-aleppo';

describe("an open letter's address block", () => {
  it('gives no remark to the city the letter is addressed to', () => {
    const text = readFileSync(join(PROJECT_ROOT, 'test/fixtures/ingest-dev', `${ID}.txt`), 'utf8');
    const { statements } = extractArticle({
      text,
      publishedOn: '2016-12-02',
      title: text.split('\n')[0],
      publisher: 'Charter Rights Watch',
      gazetteer: Gazetteer.load(SEED_DIR),
    });
    const names = statements.map((s) => (s.speaker.status === 'proposed' ? s.speaker.proposal.name : s.speaker.id));
    expect(names).not.toContain('New York');
    expect(names).not.toContain('new-york');
    // the letter's own words are still drafted, under its signer
    expect(statements.some((s) => text.slice(s.evidence[0]?.start, s.evidence[0]?.end).startsWith('We urge every member'))).toBe(true);
  });
});
