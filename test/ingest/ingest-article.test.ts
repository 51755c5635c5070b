/**
 * The sixth article: a wire-style report written for these tests (test/fixtures/ingest/), ingested into a private
 * copy of seed/ (never the real one), then loaded by the seed pipeline: the draft passes the seed's validation and
 * its records are in the database as `method: extracted`. Also the command line, and the curator's round trip:
 * add the proposed actors, re-ingest, and the held-back statements are recorded.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readMeta, sourceIdFor } from '../../src/ingest/article-meta.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import type { YamlParses } from '../../src/ingest/seed-yaml.js';
import { PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';
import { recordFile, sourcesFile } from '../../src/seed/annotation-schema.js';
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
  it('adds the article, its sources.json entry with sha256, and a draft with its new actors', () => {
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

    const draft = recordFile.parse(parseYaml(readFileSync(join(seed.seedDir, 'annotations', `${SOURCE_ID}.yaml`), 'utf8')));
    const records = [...draft.statements, ...draft.figures];
    expect(records.length).toBeGreaterThan(10);
    expect(records.every((r) => r.method === 'extracted' && r.confidence > 0 && r.confidence < 1)).toBe(true);

    expect(draft.actors.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Rupert Colville', 'Jan Egeland', 'Syrian Observatory for Human Rights']),
    );
    expect(draft.actors.find((a) => a.name === 'Rupert Colville')).toMatchObject({
      kind: 'person',
      aliases: ['Colville'],
      roles: ['spokesman for the U.N. human rights office'],
      method: 'extracted',
    });
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
          // Split around "Power asked": the text shows the cut (de4561e).
          text: 'Are you truly incapable of shame? … Is there literally nothing that can shame you?',
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
      // "at least 82 civilians, including 11 women and 13 children": each part names its whole in the stored note.
      const parts = db
        .prepare(
          `SELECT f.raw_text, f.note FROM figures f WHERE f.raw_text IN ('11', '13')
           AND EXISTS (SELECT 1 FROM evidence e WHERE e.record_type = 'figure' AND e.record_id = f.id AND e.source_id = ?)
           ORDER BY f.raw_text`,
        )
        .all(SOURCE_ID) as { raw_text: string; note: string | null }[];
      expect(parts.map((p) => [p.raw_text, p.note?.startsWith('part of the count "at least 82", civilians killed')])).toEqual([
        ['11', true],
        ['13', true],
      ]);
    } finally {
      db.close();
    }
  });

  it('attributes every statement of the article to its speaker, new speakers included, and holds nothing back', () => {
    const { draft } = ingest();
    expect(draft.heldBack).toEqual([]);
    expect(draft.statements.map((s) => s.record.speaker).sort()).toEqual(
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
  });

  it('serves new speakers as extracted actors with their statements in the same build', () => {
    ingest();
    buildDatabase({ target: seed.target, seedDir: seed.seedDir, migrationsDir: seed.migrationsDir });
    const db = new Database(seed.target, { readonly: true });
    try {
      expect(db.prepare("SELECT method, confidence FROM actors WHERE id = 'rupert-colville'").get()).toEqual({
        method: 'extracted',
        confidence: expect.any(Number),
      });
      expect(db.prepare("SELECT method FROM actors WHERE id = 'sergei-lavrov'").pluck().get()).toBe('curated');
      expect(db.prepare("SELECT count(*) FROM statements WHERE speaker_id = 'rupert-colville'").pluck().get()).toBe(3);
    } finally {
      db.close();
    }
  });

  it('merges a new actor into a known one with one edit, keeping record ids', () => {
    const { draft } = ingest();
    const file = join(seed.seedDir, 'annotations', `${SOURCE_ID}.yaml`);
    const egelandIds = draft.statements.filter((s) => s.record.speaker === 'jan-egeland').map((s) => s.record.id);
    // The one edit: say that "Jan Egeland" is somebody already known (here, for the test, Staffan de Mistura).
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(\n {2}- id: jan-egeland\n)/, '$1    merged_into: staffan-de-mistura\n'));
    buildDatabase({ target: seed.target, seedDir: seed.seedDir, migrationsDir: seed.migrationsDir });
    const db = new Database(seed.target, { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) FROM actors WHERE id = 'jan-egeland'").pluck().get()).toBe(0);
      expect(db.prepare("SELECT alias FROM actor_aliases WHERE actor_id = 'staffan-de-mistura'").pluck().all()).toEqual(
        expect.arrayContaining(['Jan Egeland', 'Egeland']),
      );
      expect(egelandIds.length).toBeGreaterThan(0);
      for (const id of egelandIds) {
        expect(db.prepare('SELECT speaker_id FROM statements WHERE id = ?').pluck().get(id)).toBe('staffan-de-mistura');
      }
    } finally {
      db.close();
    }
  });

  it('warns of a person merged into a state, naming both actors and the file; the build still runs', () => {
    ingest();
    const file = join(seed.seedDir, 'annotations', `${SOURCE_ID}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(\n {2}- id: jan-egeland\n)/, '$1    merged_into: russia\n'));
    const { warnings } = buildDatabase({ target: seed.target, seedDir: seed.seedDir, migrationsDir: seed.migrationsDir });
    expect(warnings).toEqual([
      expect.stringMatching(
        /annotations\/wire-2016-12-13-aleppo-civilians-killed\.yaml: actors\[\d+\] \(jan-egeland\): merged_into "russia", but jan-egeland is a person and russia a state: .* set jan-egeland's kind to state; else name the right actor$/,
      ),
    ]);
  });

  it('refuses a merge into an actor nobody defines, naming the file and the entry', () => {
    ingest();
    const file = join(seed.seedDir, 'annotations', `${SOURCE_ID}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(\n {2}- id: jan-egeland\n)/, '$1    merged_into: nobody-known\n'));
    expect(() => buildDatabase({ target: seed.target, seedDir: seed.seedDir, migrationsDir: seed.migrationsDir })).toThrow(
      /annotations\/wire-2016-12-13-aleppo-civilians-killed\.yaml: actors\[\d+\] \(jan-egeland\): merged_into "nobody-known" is not a known actor id/,
    );
  });

  it('refuses the same text under another name, naming the source it already is, and writes nothing', () => {
    ingest();
    const before = readFileSync(join(seed.seedDir, 'sources.json'), 'utf8');
    const renamed = join(seed.seedDir, '..', 'new.txt');
    writeFileSync(renamed, readFileSync(FIXTURE));
    const meta = readMeta(META, {});
    expect(() => ingestArticle({ articlePath: renamed, meta, sourceId: sourceIdFor(renamed, meta), seedDir: seed.seedDir })).toThrow(
      `this article is already in seed/ as ${SOURCE_ID} (the same text`,
    );
    expect(readFileSync(join(seed.seedDir, 'sources.json'), 'utf8')).toBe(before);
  });

  it('names the file, the actor and the field when a hand edit breaks a new actor, and keeps the previous database', () => {
    ingest();
    buildDatabase({ target: seed.target, seedDir: seed.seedDir, migrationsDir: seed.migrationsDir });
    const built = readFileSync(seed.target);
    const file = join(seed.seedDir, 'annotations', `${SOURCE_ID}.yaml`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/(\n {2}- id: jan-egeland\n(?: {4}.*\n)*? {4})confidence: [0-9.]+\n/, '$1confidence: 1.5\n'),
    );
    expect(() => buildDatabase({ target: seed.target, seedDir: seed.seedDir, migrationsDir: seed.migrationsDir })).toThrow(
      /annotations\/wire-2016-12-13-aleppo-civilians-killed\.yaml: actors\[\d+\] \(jan-egeland\): confidence: Too big/,
    );
    expect(readFileSync(seed.target).equals(built)).toBe(true);
  });

  it('still ingests while another record file is broken mid-edit, and warns that its actors were not known', () => {
    const broken = join(seed.seedDir, 'annotations', 'hrf-2016-12-06-russia-vetoes-ceasefire.yaml');
    writeFileSync(broken, `${readFileSync(broken, 'utf8')}\nstatements:\n  - id: [oops\n`);
    const summary = ingest();
    expect(summary.written).toBe(true);
    expect(summary.warnings).toEqual([
      expect.stringMatching(
        /^annotations\/hrf-2016-12-06-russia-vetoes-ceasefire\.yaml could not be read \(.+\): neither its record ids nor its actors were known to this draft, so an actor it defines may be proposed again/,
      ),
    ]);
  });

  /** Another article naming the same people (the same story with a line added: the same text is refused), drafted. */
  function draftNextArticle(parses?: YamlParses) {
    const next = join(seed.seedDir, '..', 'next.txt');
    writeFileSync(next, `${readFileSync(FIXTURE, 'utf8').trimEnd()}\n\nThe talks resume on Thursday.`);
    return ingestArticle({
      articlePath: next,
      meta: readMeta(META, {}),
      sourceId: 'wire-copy-2016-12-13',
      seedDir: seed.seedDir,
      dryRun: true,
      parses,
    });
  }

  it('knows the new actors of an earlier ingest when the next article names them', () => {
    ingest();
    const second = draftNextArticle();
    expect(second.draft.actors).toEqual([]);
    expect(second.draft.statements.some((s) => s.record.speaker === 'rupert-colville')).toBe(true);
  });

  it("reads a curator's merge made between two ingests of one batch", () => {
    ingest();
    // Drafted once before the edit, so the batch's parses hold the file the curator then edits.
    const parses: YamlParses = new Map();
    expect(draftNextArticle(parses).draft.statements.map((s) => s.record.speaker)).toContain('jan-egeland');
    const file = join(seed.seedDir, 'annotations', `${SOURCE_ID}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(\n {2}- id: jan-egeland\n)/, '$1    merged_into: staffan-de-mistura\n'));
    const speakers = draftNextArticle(parses).draft.statements.map((s) => s.record.speaker);
    expect(speakers).toContain('staffan-de-mistura');
    expect(speakers).not.toContain('jan-egeland');
  });
});

// Each run starts a TypeScript process; give the command-line tests room on a slow machine.
describe('npm run ingest', { timeout: 90_000 }, () => {
  it('ingests with --meta and flags, refuses a second ingest, and rewrites a draft with --force', () => {
    const first = runCli(FIXTURE, '--meta', META, '--kind', 'wire report (test fixture)', '--seed-dir', seed.seedDir);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    // What a curator reads: the records per kind, each new actor with its kind and confidence, what was not placed.
    expect(first.stdout).toMatch(/ingest: records {5}\d+ statements?, \d+ figures?, \d+ votes?, \d+ events?, all method: extracted/);
    expect(first.stdout).toMatch(
      /ingest: {3}Rupert Colville \(rupert-colville\): person, spokesman for the U\.N\. human rights office, confidence 0\.\d+/,
    );
    expect(first.stdout).toMatch(/ingest: not placed {2}(?:nothing|\d+ \()/);
    const sources = JSON.parse(readFileSync(join(seed.seedDir, 'sources.json'), 'utf8')) as { sources: { file: string; kind: string }[] };
    expect(sources.sources.find((s) => s.file === `${SOURCE_ID}.txt`)?.kind).toBe('wire report (test fixture)');

    const again = runCli(FIXTURE, '--meta', META, '--seed-dir', seed.seedDir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already ingested/);
    expect(runCli(FIXTURE, '--meta', META, '--seed-dir', seed.seedDir, '--force').status).toBe(0);
  });

  it('--dry-run prints the draft on stdout and the summary on stderr, and writes nothing', () => {
    const before = readFileSync(join(seed.seedDir, 'sources.json'), 'utf8');
    const result = runCli(FIXTURE, '--meta', META, '--seed-dir', seed.seedDir, '--dry-run');
    expect(result.status).toBe(0);
    expect(recordFile.parse(parseYaml(result.stdout)).source).toBe(SOURCE_ID);
    expect(result.stderr).toMatch(/^ingest: dry run: nothing was written/);
    expect(result.stderr).toMatch(/ingest: records {5}\d+ statements/);
    expect(readFileSync(join(seed.seedDir, 'sources.json'), 'utf8')).toBe(before);
  });

  it('needs only title, publisher, url and published_on, as flags', () => {
    const result = runCli(
      FIXTURE,
      '--seed-dir',
      seed.seedDir,
      '--title',
      'A wire story',
      '--publisher',
      'Example Wire',
      '--url',
      'https://www.example.org/2016/12/13/story',
      '--published-on',
      '2016-12-13',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const sources = sourcesFile.parse(JSON.parse(readFileSync(join(seed.seedDir, 'sources.json'), 'utf8')));
    expect(sources.sources.find((s) => s.file === `${SOURCE_ID}.txt`)).toMatchObject({
      outlet: 'example.org',
      language: 'en',
      kind: 'news report',
    });
  });

  it('refuses to overwrite a curated annotation file, even with --force', () => {
    const id = 'hrf-2016-12-06-russia-vetoes-ceasefire';
    const article = join(seed.seedDir, 'articles', `${id}.txt`);
    const meta = [
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
    ];
    const result = runCli(article, '--seed-dir', seed.seedDir, '--force', ...meta);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/has a curator's work \(.+ curated/);
    // Without --force it says so at once, and does not send the user to a --force that would only refuse.
    const again = runCli(article, '--seed-dir', seed.seedDir, ...meta);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/is already ingested and .* has a curator's work \(.+ curated/);
    expect(again.stderr).not.toMatch(/--force/);
  });

  it('names what the curator did when the only edit is a merge, and sends the same text under another name to that file, not to --force', () => {
    ingest();
    const file = join(seed.seedDir, 'annotations', `${SOURCE_ID}.yaml`);
    const draft = readFileSync(file, 'utf8');
    const firstActor = /^ {2}- id: (\S+)\n/mu.exec(draft);
    expect(firstActor).not.toBeNull();
    const [line, id] = firstActor as RegExpExecArray;
    writeFileSync(file, draft.replace(line, `${line}    merged_into: united-nations\n`));
    const meta = readMeta(META, {});
    expect(() => ingest({ force: true })).toThrow(`has a curator's work (${id} merged into united-nations)`);
    expect(() => ingest()).toThrow(`is already ingested and ${file} has a curator's work (${id} merged into united-nations)`);
    const renamed = join(seed.seedDir, '..', 'copy.txt');
    writeFileSync(renamed, readFileSync(FIXTURE));
    const sameText = () => ingestArticle({ articlePath: renamed, meta, sourceId: sourceIdFor(renamed, meta), seedDir: seed.seedDir });
    expect(sameText).toThrow(/edit that file instead$/);
    expect(sameText).not.toThrow(/--force/);
  });

  it('says what is wrong with bad input and leaves seed/ unchanged', () => {
    const before = readFileSync(join(seed.seedDir, 'sources.json'), 'utf8');
    const missingMeta = runCli(FIXTURE, '--seed-dir', seed.seedDir);
    expect(missingMeta.status).toBe(1);
    expect(missingMeta.stderr).toMatch(/article metadata: missing title .*publisher .*url .*published_on/);
    const badUrl = runCli(
      FIXTURE,
      '--seed-dir',
      seed.seedDir,
      '--title',
      'A title',
      '--publisher',
      'PW',
      '--url',
      'not a url',
      '--published-on',
      '2016-12-13',
    );
    expect(badUrl.status).toBe(1);
    expect(badUrl.stderr).toMatch(/article metadata: url "not a url" \(given as --url\): must be a full URL/);
    const usage = runCli('--seed-dir', seed.seedDir);
    expect(usage.status).toBe(2);
    // A mistyped flag names the flag it most likely meant; a flag like none of them gets the usage alone.
    const mistyped = [
      ['--titel', '--title'],
      ['--publishedon', '--published-on'],
      ['--metta', '--meta'],
      ['--dryrun', '--dry-run'],
    ];
    for (const [typed, meant] of mistyped) {
      const result = runCli(FIXTURE, '--seed-dir', seed.seedDir, typed as string, 'x');
      expect(result.status).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(`ingest: unknown option ${typed}; did you mean ${meant}?`);
    }
    const unlike = runCli(FIXTURE, '--seed-dir', seed.seedDir, '--verbose');
    expect(unlike.status).toBe(2);
    expect(unlike.stderr.split('\n')[0]).toBe('ingest: unknown option --verbose');
    expect(readFileSync(join(seed.seedDir, 'sources.json'), 'utf8')).toBe(before);
  });
});
