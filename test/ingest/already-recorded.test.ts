/**
 * One record per real-world fact: a new article's drafted vote or event that another record file already holds
 * (the same body or type on the same day) is named by the ingest, in its output and at the head of the draft, with
 * the known record's id and file, so the curator folds it into that record's corroborations instead of serving the
 * vote twice.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { alreadyRecorded, factKey, ingestArticle, type KnownFacts } from '../../src/ingest/ingest-article.js';
import { copySeed, type SeedCopy } from '../helpers/seed-copy.js';

const day = (date: string) => ({ date, precision: 'day', basis: 'stated' });

describe('a drafted vote or event another record file holds', () => {
  it('keys a vote by body and day, an event by type and day, and a month-precise date not at all', () => {
    expect(factKey('votes', { body: 'security_council', voted: day('2016-12-05') })).toBe('votes:security_council:2016-12-05');
    expect(factKey('events', { type: 'veto', when: day('2016-10-08') })).toBe('events:veto:2016-10-08');
    expect(factKey('events', { type: 'un_meeting', when: { date: '2016-12-01', precision: 'month' } })).toBeNull();
    expect(factKey('votes', { body: 'security_council' })).toBeNull();
  });

  it('names each one with the known record and its file', () => {
    const known: KnownFacts = new Map([
      ['votes:security_council:2016-12-05', [{ id: 'sc-draft-of-5-december', file: 'annotations/wire.yaml' }]],
    ]);
    const draft = {
      votes: [
        { record: { id: 'new-vote-a', body: 'security_council', voted: day('2016-12-05') } },
        { record: { id: 'new-vote-b', body: 'general_assembly', voted: day('2016-12-05') } },
      ],
      events: [{ record: { id: 'new-event', type: 'veto', when: day('2016-12-05') } }],
    } as unknown as Parameters<typeof alreadyRecorded>[0];
    expect(alreadyRecorded(draft, known)).toEqual([
      "vote new-vote-a: annotations/wire.yaml already has a security_council vote of 2016-12-05, sc-draft-of-5-december; if it is the same, add this article's words to that record's corroborations and delete this one (one record per fact)",
    ]);
  });

  describe('in an ingest', () => {
    let seed: SeedCopy;
    beforeEach(() => {
      seed = copySeed();
    });
    afterEach(() => seed.remove());

    it('reports a veto the seed already records, in the output and at the head of the draft', () => {
      const articlePath = join(seed.dir, 'recap.txt');
      writeFileSync(
        articlePath,
        'Council looks back on a month of deadlock\n\nNEW YORK - Russia vetoed a Security Council draft resolution on Dec. 5 that ' +
          'demanded a seven-day truce in Aleppo. China also voted against it.\n\nDiplomats said talks would go on.\n',
      );
      const summary = ingestArticle({
        articlePath,
        meta: { title: 'Council looks back', publisher: 'Test Wire', url: 'https://wire.example/recap', published_on: '2016-12-20' },
        sourceId: 'test-wire-2016-12-20-recap',
        seedDir: seed.seedDir,
        dryRun: true,
      });
      const vote = summary.draft.votes[0]?.record;
      expect(vote?.voted).toMatchObject({ date: '2016-12-05' });
      const line = summary.warnings.find((w) => w.startsWith(`vote ${vote?.id}:`));
      expect(line).toMatch(/already has a security_council vote of 2016-12-05, 2016-12-05-sc-aleppo-ceasefire-draft;/);
      expect(line).toMatch(/annotations\/[a-z0-9-]+\.yaml/);
      expect(summary.draftYaml).toContain(`# Already recorded elsewhere?\n#   ${line}\n`);
      // Still a valid record file, the comment before its first key.
      expect((parseYaml(summary.draftYaml) as { source: string }).source).toBe('test-wire-2016-12-20-recap');
    });
  });
});
