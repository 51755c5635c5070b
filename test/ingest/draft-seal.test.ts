/**
 * A curator's fix of a wrong record is often one edit that leaves `method: extracted` (a speaker put right, a date
 * changed). The draft's last line seals what the ingest wrote; an edit breaks the seal, and `--force` then refuses to
 * rewrite the file, naming the hand edits, where it used to throw the fix away.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestArticle, sealBroken, sealDraft } from '../../src/ingest/ingest-article.js';
import { IngestError } from '../../src/ingest/ingest-error.js';
import { copySeed, type SeedCopy } from '../helpers/seed-copy.js';

describe('the seal on a draft', () => {
  it('holds for the text it sealed and breaks on any change above it or after it', () => {
    const draft = 'source: invented-source\nstatements:\n  - id: a\n    speaker: ola-berg\n';
    const sealed = sealDraft(draft);
    expect(sealBroken(sealed)).toBe(false);
    expect(sealBroken(sealed.replace('ola-berg', 'lena-vik'))).toBe(true);
    expect(sealBroken(sealed.replace('  - id: a\n', '  - id: a\n    note: checked\n'))).toBe(true);
    expect(sealBroken(`${sealed}figures: []\n`)).toBe(true);
    // An older draft, written before the seal: not judged.
    expect(sealBroken(draft)).toBe(false);
  });

  describe('in an ingest', () => {
    let seed: SeedCopy;
    const sourceId = 'test-courier-2016-12-18-harbour';
    let articlePath: string;
    const meta = { title: 'Harbour talks', publisher: 'Test Courier', url: 'https://courier.example/harbour', published_on: '2016-12-18' };
    const annotation = () => join(seed.seedDir, 'annotations', `${sourceId}.yaml`);
    beforeEach(() => {
      seed = copySeed();
      articlePath = join(seed.dir, 'harbour.txt');
      writeFileSync(
        articlePath,
        'Harbour talks end without a deal\n\nOSLO - "We will come back next week," Ola Berg, a negotiator for the port workers, ' +
          'told reporters on Sunday. The talks had lasted nine hours, he said.\n\nNo date was set for the next round.\n',
      );
      ingestArticle({ articlePath, meta, sourceId, seedDir: seed.seedDir });
    });
    afterEach(() => seed.remove());

    it('rewrites an untouched draft with --force', () => {
      expect(() => ingestArticle({ articlePath, meta, sourceId, seedDir: seed.seedDir, force: true })).not.toThrow();
    });

    it('refuses --force once a curator fixed a record by hand, method left as it was, and keeps the fix', () => {
      seed.edit(`annotations/${sourceId}.yaml`, (text) => text.replace(/said: \{ date: '2016-12-18'/, "said: { date: '2016-12-17'"));
      expect(() => ingestArticle({ articlePath, meta, sourceId, seedDir: seed.seedDir, force: true })).toThrow(
        /has a curator's work \(edits by hand \(it is no longer the draft the ingest wrote\)\); ingest never overwrites it/,
      );
      expect(readFileSync(annotation(), 'utf8')).toContain("said: { date: '2016-12-17'");
    });

    it('refuses, naming the file and why, when the draft cannot be read: it cannot tell whether a curator worked on it', () => {
      // A path that exists but is no readable file (a folder in its place; a file without read permission reads alike).
      rmSync(annotation());
      mkdirSync(annotation());
      const attempt = () => ingestArticle({ articlePath, meta, sourceId, seedDir: seed.seedDir, force: true });
      expect(attempt).toThrow(IngestError);
      expect(attempt).toThrow(
        new RegExp(`${sourceId}\\.yaml cannot be read \\(EISDIR[^)]*\\); ingest never overwrites a file it cannot check`),
      );
      // A second article whose same-text check reads the first one's draft is told the same.
      expect(() =>
        ingestArticle({
          articlePath,
          meta: { ...meta, url: 'https://courier.example/harbour-2' },
          sourceId: 'test-courier-2016-12-18-copy',
          seedDir: seed.seedDir,
        }),
      ).toThrow(/harbour\.yaml cannot be read/);
    });
  });
});
