/**
 * One record per real-world fact: a new article's drafted vote, event or figure that another record file already holds
 * (the same body or type on the same day; the same number counted to the same day) is named by the ingest, in its
 * output and at the head of the draft, with the known record's id and file, and its record carries a commented-out
 * `same_as:` line: the curator who finds them one fact uncomments it (one edit), and the seed then serves this
 * article's words as the known record's corroboration instead of serving the vote twice.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { alreadyRecorded, factKey, factKeys, firstReported, ingestArticle, type KnownFacts } from '../../src/ingest/ingest-article.js';
import { buildDatabase } from '../../src/seed/build-database.js';
import { copySeed, type SeedCopy } from '../helpers/seed-copy.js';

const day = (date: string) => ({ date, precision: 'day', basis: 'stated' });

describe('a drafted vote or event another record file holds', () => {
  it('keys a vote by body and day, an event by type and day, and a month-precise date not at all', () => {
    expect(factKey('votes', { body: 'security_council', voted: day('2016-12-05') })).toBe('votes:security_council:2016-12-05');
    expect(factKey('events', { type: 'veto', when: day('2016-10-08') })).toBe('events:veto:2016-10-08');
    expect(factKey('events', { type: 'un_meeting', when: { date: '2016-12-01', precision: 'month' } })).toBeNull();
    expect(factKey('votes', { body: 'security_council' })).toBeNull();
  });

  it('keys a vote with a full tally by its body and tally too, whatever day it is given', () => {
    const tally = { yes: 122, no: 13, abstain: 36 };
    expect(factKeys('votes', { body: 'general_assembly', voted: day('2016-12-09'), tally })).toEqual([
      'votes:general_assembly:2016-12-09',
      'votes:general_assembly:tally:122-13-36',
    ]);
    expect(factKeys('votes', { body: 'general_assembly', tally })).toEqual(['votes:general_assembly:tally:122-13-36']);
    // A count left unstated names no vote: 122 in favour is not enough.
    expect(factKeys('votes', { body: 'general_assembly', tally: { ...tally, abstain: null } })).toEqual([]);
  });

  it('keys a figure by its number and the day it counts to, and one with no single number not at all', () => {
    expect(factKey('figures', { metric: 'moved', value: 12500, as_of: day('2016-12-16') })).toBe('figures:12500:2016-12-16');
    expect(factKey('figures', { metric: 'people', value: 12500, as_of: day('2016-12-16') })).toBe('figures:12500:2016-12-16');
    expect(factKey('figures', { metric: 'trapped', value: null, low: 1000, as_of: day('2016-12-16') })).toBeNull();
    expect(factKey('figures', { metric: 'moved', value: 900, as_of: { date: '2016-12-01', precision: 'month' } })).toBeNull();
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
      figures: [
        { record: { id: 'new-figure-a', value: 640, as_of: day('2016-12-04') } },
        { record: { id: 'new-figure-b', value: 641, as_of: day('2016-12-04') } },
      ],
    } as unknown as Parameters<typeof alreadyRecorded>[0];
    // In the order the ingest reads them in (firstReported): on the same day, the curated record first.
    known.set(
      'figures:640:2016-12-04',
      [
        { id: 'uncurated-count', file: 'annotations/echo.yaml', curated: false },
        { id: 'shelter-count', file: 'annotations/post.yaml', curated: true },
      ].sort(firstReported),
    );
    expect(alreadyRecorded(draft, known)).toEqual([
      {
        collection: 'votes',
        id: 'new-vote-a',
        sameAs: 'sc-draft-of-5-december',
        line: "vote new-vote-a: annotations/wire.yaml already has a security_council vote of 2016-12-05, sc-draft-of-5-december; if it is the same, uncomment this record's `same_as: sc-draft-of-5-december` line (its words are then served as that record's corroboration: one record per fact)",
      },
      {
        collection: 'figures',
        id: 'new-figure-a',
        sameAs: 'shelter-count',
        line: "figure new-figure-a: annotations/post.yaml already has a figure of 640 as of 2016-12-04, shelter-count; if it is the same, uncomment this record's `same_as: shelter-count` line (its words are then served as that record's corroboration: one record per fact)",
      },
      {
        collection: 'figures',
        id: 'new-figure-a',
        sameAs: 'uncurated-count',
        line: "figure new-figure-a: annotations/echo.yaml already has a figure of 640 as of 2016-12-04, uncurated-count; if it is the same, uncomment this record's `same_as: uncurated-count` line (its words are then served as that record's corroboration: one record per fact)",
      },
    ]);
  });

  it('proposes the record of the article that reported the fact first, whatever its file is called', () => {
    const early = { id: 'count-a', file: 'annotations/zephyr-wire.yaml', curated: false, publishedOn: '2016-12-14' };
    const lateCurated = { id: 'count-b', file: 'annotations/abbey-post.yaml', curated: true, publishedOn: '2016-12-15' };
    const undated = { id: 'count-c', file: 'annotations/aardvark-news.yaml', curated: true };
    const sameDayCurated = { id: 'count-d', file: 'annotations/quill-daily.yaml', curated: true, publishedOn: '2016-12-14' };
    expect([lateCurated, undated, early].sort(firstReported).map((f) => f.id)).toEqual(['count-a', 'count-b', 'count-c']);
    expect([early, sameDayCurated].sort(firstReported).map((f) => f.id)).toEqual(['count-d', 'count-a']);
    // The same day and the same care: the file name decides, so the order never depends on the disk's.
    const twin = { ...early, id: 'count-e', file: 'annotations/mill-times.yaml' };
    expect([early, twin].sort(firstReported).map((f) => f.id)).toEqual(['count-e', 'count-a']);
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

    it('folds the drafted vote into the known one when the curator uncomments its same_as line, and serves it once', () => {
      const articlePath = join(seed.dir, 'recap.txt');
      writeFileSync(
        articlePath,
        'Deadlock recalled\n\nNEW YORK - Russia vetoed a Security Council draft resolution on Dec. 5 that demanded a ' +
          'seven-day truce in Aleppo. China also voted against it.\n\nEnvoys said talks would resume.\n',
      );
      const sourceId = 'test-post-2016-12-21-deadlock';
      const meta = { title: 'Deadlock recalled', publisher: 'Test Post', url: 'https://post.example/deadlock', published_on: '2016-12-21' };
      const summary = ingestArticle({ articlePath, meta, sourceId, seedDir: seed.seedDir });
      const vote = summary.draft.votes[0]?.record;
      const known = '2016-12-05-sc-aleppo-ceasefire-draft';
      const proposed = `    # same_as: ${known}  # the same fact? uncomment this line`;
      expect(summary.draftYaml).toContain(`  - id: ${vote?.id}\n${proposed}`);
      const build = () => {
        buildDatabase({ target: seed.target, seedDir: seed.seedDir, migrationsDir: seed.migrationsDir });
        const db = new Database(seed.target, { readonly: true });
        try {
          return {
            votes: db
              .prepare('SELECT id FROM votes')
              .all()
              .map((row) => (row as { id: string }).id),
            sources: db
              .prepare("SELECT DISTINCT source_id FROM evidence WHERE record_type = 'vote' AND record_id = ?")
              .all(known)
              .map((row) => (row as { source_id: string }).source_id),
          };
        } finally {
          db.close();
        }
      };
      // Until the curator says so, both are served.
      expect(build().votes).toContain(vote?.id);
      seed.edit(`annotations/${sourceId}.yaml`, (text) =>
        text.replace(proposed, `    same_as: ${known}  # the same fact? uncomment this line`),
      );
      const after = build();
      expect(after.votes).not.toContain(vote?.id);
      expect(after.votes).toContain(known);
      expect(after.sources).toContain(sourceId);
      // The fold is the curator's work: a forced re-ingest does not undo it.
      expect(() => ingestArticle({ articlePath, meta, sourceId, seedDir: seed.seedDir, force: true })).toThrow(
        new RegExp(`same as ${known}`),
      );
      expect(readFileSync(join(seed.seedDir, 'annotations', `${sourceId}.yaml`), 'utf8')).toContain(`    same_as: ${known}`);
    });

    it('gives a vote this article does not date the day of the vote another file holds with its tally, and names that record', () => {
      const report = (name: string, published_on: string, body: string) => {
        const articlePath = join(seed.dir, `${name}.txt`);
        writeFileSync(articlePath, `Assembly vote\n\n${body}\n\nTalks went on.\n`);
        const meta = { title: `Assembly vote ${name}`, publisher: `${name} desk`, url: `https://${name}.example/a`, published_on };
        return ingestArticle({
          articlePath,
          meta,
          sourceId: `${name}-${published_on}-assembly`,
          seedDir: seed.seedDir,
          dryRun: name === 'later',
        });
      };
      const first = report(
        'tern',
        '2016-12-10',
        'NEW YORK - On Friday the General Assembly adopted a resolution demanding a truce in Aleppo by 122 votes to 13, with 36 abstentions.',
      );
      const known = first.draft.votes[0]?.record;
      expect(known?.voted).toMatchObject({ date: '2016-12-09' });
      const later = report(
        'later',
        '2016-12-14',
        'OSLO - The General Assembly adopted the resolution on a truce in Aleppo by 122 votes to 13, with 36 abstentions.',
      );
      const vote = later.draft.votes[0]?.record;
      // (s51) Undated in its own text, it takes the day of the vote the first file holds with the same tally, read
      // from the ledger (inferred, the note naming that record), and is named as that record.
      expect(vote?.voted).toMatchObject({ date: '2016-12-09', basis: 'inferred', note: expect.stringContaining(known?.id as string) });
      // Named as the first file's record, now by their common day; the seed's own record of the Assembly's vote of
      // that day (told as one to come) is named too.
      const lines = later.warnings.filter((w) => w.startsWith(`vote ${vote?.id}:`));
      expect(lines.some((l) => l.includes(`already has a general_assembly vote of 2016-12-09, ${known?.id};`))).toBe(true);
      expect(later.draftYaml).toMatch(/# same_as: /u);
    });

    it('proposes to fold a third report into the first article’s record, not the one whose file name sorts first', () => {
      const report = (name: string, title: string, published_on: string, lead: string) => {
        const articlePath = join(seed.dir, `${name}.txt`);
        writeFileSync(
          articlePath,
          `${title}\n\nBEIRUT - ${lead} Some 2,350 people were evacuated from the eastern districts on Dec. 15, the ` +
            'Red Crescent said.\n\nMore buses were expected.\n',
        );
        const meta = { title, publisher: `${title} Desk`, url: `https://${name}.example/a`, published_on };
        return ingestArticle({
          articlePath,
          meta,
          sourceId: `${name}-${published_on}-buses`,
          seedDir: seed.seedDir,
          dryRun: name === 'mid',
        });
      };
      const first = report('zed', 'Buses leave Aleppo', '2016-12-16', 'The evacuation went on.');
      const second = report('abe', 'Second day of buses', '2016-12-18', 'Convoys kept moving.');
      const figureOf = (summary: typeof first) => summary.draft.figures.find((f) => f.record.value === 2350)?.record;
      expect(figureOf(first)?.as_of).toMatchObject({ date: '2016-12-15' });
      const third = report('mid', 'A week of evacuation', '2016-12-20', 'Looking back at the week.');
      const proposed = third.warnings.find((w) => w.startsWith(`figure ${figureOf(third)?.id}:`));
      expect(proposed).toContain(`same_as: ${figureOf(first)?.id}`);
      expect(third.draftYaml).toContain(`# same_as: ${figureOf(first)?.id}`);
      expect(figureOf(second)?.id).not.toBe(figureOf(first)?.id);
    });
  });
});
