/**
 * The sixth article: a wire-style report written for these tests (test/fixtures/ingest/), ingested into a private
 * copy of seed/ (never the real one), then loaded by the seed pipeline: the draft passes the seed's validation and
 * its records are in the database as `method: extracted`. Also the command line, and the curator's round trip:
 * add the proposed actors, re-ingest, and the held-back statements are recorded.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readMeta, sourceIdFor } from '../../src/ingest/article-meta.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';
import { annotationFile, sourcesFile } from '../../src/seed/annotation-schema.js';
import { buildDatabase } from '../../src/seed/build-database.js';
import { copySeed, type SeedCopy } from '../helpers/seed-copy.js';

const FIXTURE = join(PROJECT_ROOT, 'test/fixtures/ingest/wire-2016-12-13-aleppo-civilians-killed.txt');
const META = FIXTURE.replace(/\.txt$/, '.meta.json');
const SOURCE_ID = 'wire-2016-12-13-aleppo-civilians-killed';

let seed: SeedCopy;
beforeEach(() => {
  seed = copySeed();
});
afterEach(() => seed.remove());

function ingest(options: { force?: boolean } = {}) {
  const meta = readMeta(META, {});
  return ingestArticle({ articlePath: FIXTURE, meta, sourceId: sourceIdFor(FIXTURE, meta), seedDir: seed.seedDir, ...options });
}

function runCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/ingest/cli.ts'), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
}

describe('ingesting the sixth article', () => {
  it('adds the article, its sources.json entry with sha256, a draft and the proposed actors', () => {
    const realSources = readFileSync(join(SEED_DIR, 'sources.json'), 'utf8');
    const summary = ingest();

    const stored = readFileSync(join(seed.seedDir, 'articles', `${SOURCE_ID}.txt`), 'utf8');
    expect(stored).toBe(readFileSync(FIXTURE, 'utf8').replace(/\s+$/u, ''));
    expect(summary.normalized).toEqual(['removed trailing white space and newlines']);
    const sources = sourcesFile.parse(JSON.parse(readFileSync(join(seed.seedDir, 'sources.json'), 'utf8')));
    expect(sources.sources.find((s) => s.file === `${SOURCE_ID}.txt`)).toMatchObject({
      published_on: '2016-12-13',
      sha256: summary.sha256,
    });

    const draft = annotationFile.parse(parseYaml(readFileSync(join(seed.seedDir, 'annotations', `${SOURCE_ID}.yaml`), 'utf8')));
    const records = [...draft.statements, ...draft.figures];
    expect(records.length).toBeGreaterThan(10);
    expect(records.every((r) => r.method === 'extracted' && r.confidence > 0 && r.confidence < 1)).toBe(true);

    const proposed = parseYaml(readFileSync(join(seed.seedDir, 'proposed-actors', `${SOURCE_ID}.yaml`), 'utf8')) as { name: string }[];
    expect(proposed.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Rupert Colville', 'Jan Egeland', 'Syrian Observatory for Human Rights']),
    );
    // The real seed/ is never touched by a test.
    expect(readFileSync(join(SEED_DIR, 'sources.json'), 'utf8')).toBe(realSources);
  });

  it('writes a draft the seed loads, with its records in the database as extracted', () => {
    const { draft } = ingest();
    buildDatabase({ target: seed.target, seedDir: seed.seedDir, migrationsDir: seed.migrationsDir });
    const db = new Database(seed.target, { readonly: true });
    try {
      const statements = db
        .prepare(
          `SELECT s.id, s.speaker_id, s.kind, s.text, s.said_on, s.method, s.confidence FROM statements s
           WHERE EXISTS (SELECT 1 FROM evidence e WHERE e.record_type = 'statement' AND e.record_id = s.id AND e.source_id = ?)`,
        )
        .all(SOURCE_ID) as {
        id: string;
        speaker_id: string;
        kind: string;
        text: string;
        said_on: string;
        method: string;
        confidence: number;
      }[];
      expect(statements).toHaveLength(draft.statements.length);
      expect(statements.every((s) => s.method === 'extracted')).toBe(true);
      expect(statements).toContainEqual(
        expect.objectContaining({
          speaker_id: 'sergei-lavrov',
          kind: 'direct',
          text: 'The Syrian army is finishing the job.',
          said_on: '2016-12-13',
        }),
      );
      expect(statements).toContainEqual(
        expect.objectContaining({
          speaker_id: 'samantha-power',
          kind: 'direct',
          text: 'Are you truly incapable of shame? Is there literally nothing that can shame you?',
        }),
      );
      expect(statements).toContainEqual(expect.objectContaining({ speaker_id: 'russia', kind: 'indirect', said_on: '2016-12-12' }));

      const figures = db
        .prepare(
          `SELECT f.metric, f.raw_text, f.value, f.qualifier, f.unit, f.method FROM figures f
           WHERE EXISTS (SELECT 1 FROM evidence e WHERE e.record_type = 'figure' AND e.record_id = f.id AND e.source_id = ?)`,
        )
        .all(SOURCE_ID) as { metric: string; raw_text: string; value: number | null; qualifier: string; unit: string; method: string }[];
      expect(figures).toHaveLength(draft.figures.length);
      expect(figures.every((f) => f.method === 'extracted')).toBe(true);
      expect(figures).toContainEqual({
        metric: 'killed',
        raw_text: 'at least 82',
        value: 82,
        qualifier: 'at_least',
        unit: 'civilians',
        method: 'extracted',
      });
      expect(figures).toContainEqual({
        metric: 'trapped',
        raw_text: 'more than 100',
        value: 100,
        qualifier: 'more_than',
        unit: 'children',
        method: 'extracted',
      });
    } finally {
      db.close();
    }
  });

  it('attributes every statement of the article to its speaker, recorded or held back', () => {
    const { draft } = ingest();
    const speakers = [...draft.statements.map((s) => s.record), ...draft.heldBack.map((h) => h.record)]
      .filter((record) => 'speaker' in record)
      .map((record) => ('speaker' in record ? record.speaker : ''))
      .sort();
    expect(speakers).toEqual(
      [
        'united-nations',
        'rupert-colville',
        'rupert-colville',
        'rupert-colville',
        'un-childrens-fund',
        'staffan-de-mistura',
        'staffan-de-mistura',
        'russia',
        'sergei-lavrov',
        'samantha-power',
        'samantha-power',
        'samantha-power',
        'matthew-rycroft',
        'matthew-rycroft',
        'aleppo-monitors',
        'syrian-observatory-for-human-rights',
        'neil-hicks',
        'jan-egeland',
      ].sort(),
    );
    expect(draft.heldBack.every((h) => h.reason.includes('not in actors.yaml'))).toBe(true);
  });

  it('records the held-back statements once the curator has added the proposed actors', () => {
    const first = ingest();
    const heldBack = first.draft.heldBack.length;
    expect(heldBack).toBeGreaterThan(0);
    appendFileSync(
      join(seed.seedDir, 'actors.yaml'),
      `\n${readFileSync(join(seed.seedDir, 'proposed-actors', `${SOURCE_ID}.yaml`), 'utf8')}`,
    );
    const second = ingest({ force: true });
    expect(second.draft.heldBack).toEqual([]);
    expect(second.draft.statements.length).toBe(first.draft.statements.length + heldBack);
    expect(existsSync(join(seed.seedDir, 'proposed-actors', `${SOURCE_ID}.yaml`))).toBe(false);
    expect(() => buildDatabase({ target: seed.target, seedDir: seed.seedDir, migrationsDir: seed.migrationsDir })).not.toThrow();
  });
});

// Each run starts a TypeScript process; give the command-line tests room on a slow machine.
describe('npm run ingest', { timeout: 90_000 }, () => {
  it('ingests with --meta and flags, refuses a second ingest, and rewrites a draft with --force', () => {
    const first = runCli(FIXTURE, '--meta', META, '--kind', 'wire report (test fixture)', '--seed-dir', seed.seedDir);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/draft .*statement\(s\)/);
    const sources = JSON.parse(readFileSync(join(seed.seedDir, 'sources.json'), 'utf8')) as { sources: { file: string; kind: string }[] };
    expect(sources.sources.find((s) => s.file === `${SOURCE_ID}.txt`)?.kind).toBe('wire report (test fixture)');

    const again = runCli(FIXTURE, '--meta', META, '--seed-dir', seed.seedDir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already ingested/);
    expect(runCli(FIXTURE, '--meta', META, '--seed-dir', seed.seedDir, '--force').status).toBe(0);
  });

  it('refuses to overwrite a curated annotation file, even with --force', () => {
    const id = 'hrf-2016-12-06-russia-vetoes-ceasefire';
    const result = runCli(
      join(seed.seedDir, 'articles', `${id}.txt`),
      '--seed-dir',
      seed.seedDir,
      '--force',
      '--title',
      'x x x',
      '--publisher',
      'HRF',
      '--outlet',
      'hrf.org',
      '--url',
      'https://example.org/x',
      '--published-on',
      '2016-12-06',
      '--published-basis',
      'text',
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/curated records/);
  });

  it('says what is wrong with bad input and leaves seed/ unchanged', () => {
    const before = readFileSync(join(seed.seedDir, 'sources.json'), 'utf8');
    const missingMeta = runCli(FIXTURE, '--seed-dir', seed.seedDir);
    expect(missingMeta.status).toBe(1);
    expect(missingMeta.stderr).toMatch(/article metadata: title/);
    const usage = runCli('--seed-dir', seed.seedDir);
    expect(usage.status).toBe(2);
    expect(readFileSync(join(seed.seedDir, 'sources.json'), 'utf8')).toBe(before);
  });
});
