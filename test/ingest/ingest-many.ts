/**
 * Issue 11, "done means", at scale (the suite the two files ingest-many-1.test.ts and ingest-many-2.test.ts run, each on
 * half of the articles, so that the two test workers share it; s47): one article in four of test/fixtures/ingest-dev/ (s62,
 * s70) and one article in two of the held-out sets (ingest-heldout/, -2/, -3/, -4/, -12/, and any
 * test/fixtures/ingest-heldout-<n> folder added later; s70), in name order, is ingested one after another into a private
 * copy of seed/ (each later ingest knows the new actors of the earlier ones), with only the four meta fields, by the
 * function `npm run ingest` calls. Then the database is built from that copy and the real app serves it; everything
 * is checked over HTTP, as a user would: each record extracted, with a confidence, its evidence the article's own
 * words, every actor it names one the API serves.
 *
 * (s47) The articles are dealt in turn to the files (one article in two to each), so each file's articles are ingested one
 * after another into its own copy of seed/: the ledger grows across half of them in each, and the two halves run at once.
 *
 * The held-out articles are opaque input here: the test asserts what must hold of any article (served, marked
 * extracted, reachable by the filters, nothing lost), never what the extractors find in them, and prints none of
 * their records, so they stay an honest measurement of the extractors.
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { readMeta, sourceIdFor } from '../../src/ingest/article-meta.js';
import { type IngestSummary, ingestArticle } from '../../src/ingest/ingest-article.js';
import type { YamlParses } from '../../src/ingest/seed-yaml.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { buildDatabase } from '../../src/seed/build-database.js';
import { auditCorpus } from '../../src/seed/completeness.js';
import { loadCorpus } from '../../src/seed/load-corpus.js';
import type { Page } from '../helpers/app.js';
import { copySeed, type SeedCopy } from '../helpers/seed-copy.js';

// Every set of articles written for issue 11 (dev and each held-out set, including the ones added later): a new folder
// test/fixtures/ingest-<name>/ is ingested here without anyone adding it. (test/fixtures/ingest/ is the sixth article
// of ingest-article.test.ts.)
const FIXTURES = join(PROJECT_ROOT, 'test/fixtures');
const SETS = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('ingest-'))
  .sort();
// (s62) One development article in three in name order: the dev set (over six hundred articles, tuned on and scored in
// full by `npm run score:ingest -- --set dev`) had made this suite most of CI's time. (s70) One in four, and one held-out
// article in two, in name order across the held-out sets (over a hundred sets, three articles each, seven more every
// session): CI's run had passed its 15 minutes (910 s). What is asserted here holds of any article; about 180 unseen
// and 180 development articles keep it tested on every kind of outlet the sets have, and every held-out article is
// of every wired set is still drafted and scored by extraction-scores.test.ts.
const sample = (names: string[], every: number) => names.filter((_, i) => i % every === 0);
const articleFiles = (set: string) =>
  readdirSync(join(FIXTURES, set))
    .filter((name) => name.endsWith('.txt'))
    .sort();
const HELD_OUT = SETS.filter((set) => set.startsWith('ingest-heldout'));
const heldOutFiles = HELD_OUT.flatMap((set) => articleFiles(set).map((name) => ({ set, name })));
const takenHeldOut = new Set(
  sample(
    heldOutFiles.map(({ set, name }) => `${set}/${name}`),
    2,
  ),
);
const ALL_ARTICLES = SETS.flatMap((set) => {
  const dir = join(FIXTURES, set);
  const names = articleFiles(set);
  const taken =
    set === 'ingest-dev' ? sample(names, 4) : HELD_OUT.includes(set) ? names.filter((name) => takenHeldOut.has(`${set}/${name}`)) : names;
  return taken.map((name) => ({ set, path: join(dir, name), meta: join(dir, name.replace(/\.txt$/, '.meta.json')) }));
});

// The seed's YAML files parsed once for all the ingests below, each again only when its text changed (seed-yaml.ts).
const parses: YamlParses = new Map();
type Article = (typeof ALL_ARTICLES)[number];
const ingest = (article: Article, seedDir: string, options: { force?: boolean } = {}) => {
  const meta = readMeta(article.meta, {});
  return ingestArticle({ articlePath: article.path, meta, sourceId: sourceIdFor(article.path, meta), seedDir, parses, ...options });
};

interface Served {
  id: string;
  method: 'curated' | 'extracted';
  confidence: number;
}
interface ActorServed extends Served {
  name: string;
  aliases: string[];
}

/** Which of the articles a file ingests, and the mocked writer's switch where that file runs the tests that edit. */
export interface IngestManyOptions {
  shard: number;
  shards: number;
  /** Set where the file mocks src/atomic-write.js (its `path` makes a write fail): the tests that edit run there. */
  failing?: { path: RegExp | null };
}

export function ingestManySuite(options: IngestManyOptions): void {
  const ARTICLES = ALL_ARTICLES.filter((_, i) => i % options.shards === options.shard);
  // Only a development article may be looked at closely (which actor, which words).
  const DEV = ARTICLES.filter((a) => a.set === 'ingest-dev');

  let seed: SeedCopy;
  let app: FastifyInstance;
  /**
   * An ingest's summary without its draft's parsed article (`draft.extraction`: every sentence, token and mention span),
   * which no assertion here reads: holding two hundred of them in one worker ran it out of its 4 GB heap (session 18).
   */
  type Kept = Omit<IngestSummary, 'draft'> & { draft: Omit<IngestSummary['draft'], 'extraction'> };
  const kept = (summary: IngestSummary): Kept => {
    const { extraction: _parsed, ...draft } = summary.draft;
    return { ...summary, draft };
  };
  const ingested: Kept[] = [];

  async function get<T>(url: string): Promise<{ status: number; body: T }> {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json() as T };
  }
  /** Every record of a list, walking its pages. */
  async function all<T>(url: string): Promise<T[]> {
    const out: T[] = [];
    let cursor: string | null = null;
    do {
      const separator = url.includes('?') ? '&' : '?';
      const { status, body }: { status: number; body: Page<T> } = await get<Page<T>>(
        `${url}${separator}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(status, url).toBe(200);
      out.push(...body.data);
      cursor = body.page.next_cursor;
    } while (cursor);
    return out;
  }

  async function serve(dir: SeedCopy) {
    await app?.close();
    buildDatabase({ target: dir.target, seedDir: dir.seedDir, migrationsDir: dir.migrationsDir });
    app = await buildApp(
      testConfig({ databasePath: dir.target, rateLimit: { enabled: false, max: 1000, windowMs: 60_000 }, responseCacheBytes: 0 }),
    );
    await app.ready();
  }

  beforeAll(async () => {
    seed = copySeed();
    for (const article of ARTICLES) ingested.push(kept(ingest(article, seed.seedDir)));
    await serve(seed);
    // A budget, not a speed target, on a machine that eight engineers share during a session. The ingests of about 200
    // articles take about 36 s of CPU since session 19 (each record file parsed once, seed-yaml.ts), 324 s before it.
  }, 1_500_000);

  afterAll(async () => {
    await app?.close();
    seed?.remove();
  });

  const KINDS = [
    { route: 'statements', of: (s: Kept) => s.draft.statements },
    { route: 'figures', of: (s: Kept) => s.draft.figures },
    { route: 'votes', of: (s: Kept) => s.draft.votes },
    { route: 'events', of: (s: Kept) => s.draft.events },
  ] as const;

  describe('every dev and held-out article ingested one after another', () => {
    it('all ingest with the four meta fields, none refused, nothing held back unreported', () => {
      expect(SETS).toEqual(
        expect.arrayContaining(['ingest-dev', 'ingest-heldout', 'ingest-heldout-2', 'ingest-heldout-3', 'ingest-heldout-4']),
      );
      expect(ingested).toHaveLength(ARTICLES.length);
      expect(ingested.length).toBeGreaterThanOrEqual(27);
      for (const summary of ingested) {
        expect(summary.written).toBe(true);
        // A held-back record is reported with its reason, never silently dropped.
        for (const held of summary.draft.heldBack) expect(held.reason.length).toBeGreaterThan(0);
      }
    });

    it('serves each new source, its reader page saying its records are not yet reviewed', async () => {
      for (const summary of ingested) {
        const { status, body } = await get<{ id: string; text: string }>(`/v1/sources/${summary.sourceId}`);
        expect(status, summary.sourceId).toBe(200);
        expect(body.text.length).toBeGreaterThan(500);
        const drafted = KINDS.reduce((n, { of }) => n + of(summary).length, 0);
        const page = await app.inject({ method: 'GET', url: `/explore/sources/${summary.sourceId}` });
        expect(page.statusCode, summary.sourceId).toBe(200);
        expect(page.body, summary.sourceId).toContain(
          `${drafted} records of this article were proposed by the ingest pipeline (<code>method: extracted</code>) and are not yet reviewed by a person.`,
        );
      }
      // A curated article's page says nothing of the kind.
      const curated = await app.inject({ method: 'GET', url: '/explore/sources/hrf-2016-12-06-russia-vetoes-ceasefire' });
      expect(curated.statusCode).toBe(200);
      expect(curated.body).not.toContain('proposed by the ingest pipeline');
    });

    for (const { route, of } of KINDS) {
      it(`serves every drafted ${route.slice(0, -1)} as extracted with a confidence below 1, found by method and min_confidence`, async () => {
        for (const summary of ingested) {
          const drafted = of(summary).map((d) => d.record.id);
          const served = await all<Served>(`/v1/${route}?source=${summary.sourceId}`);
          expect(served.map((r) => r.id).sort(), `${route} of ${summary.sourceId}`).toEqual([...drafted].sort());
          for (const record of served) {
            expect(record.method).toBe('extracted');
            expect(record.confidence).toBeGreaterThan(0);
            expect(record.confidence).toBeLessThan(1);
          }
          const extracted = await all<Served>(`/v1/${route}?source=${summary.sourceId}&method=extracted`);
          expect(extracted).toHaveLength(drafted.length);
          expect(await all<Served>(`/v1/${route}?source=${summary.sourceId}&method=curated`)).toEqual([]);
          if (served.length === 0) continue;
          const lowest = Math.min(...served.map((r) => r.confidence));
          const highest = Math.max(...served.map((r) => r.confidence));
          expect(await all<Served>(`/v1/${route}?source=${summary.sourceId}&min_confidence=${lowest}`)).toHaveLength(served.length);
          const sure = await all<Served>(`/v1/${route}?source=${summary.sourceId}&min_confidence=${highest}`);
          expect(sure.length).toBe(served.filter((r) => r.confidence >= highest).length);
        }
        // Across the ledger the curated records stay apart from the drafts.
        const extractedAll = await all<Served>(`/v1/${route}?method=extracted`);
        expect(extractedAll.length).toBe(ingested.reduce((n, s) => n + of(s).length, 0));
      });
    }

    it('drafts statements, figures, votes and events across the articles', () => {
      // What an ingest must yield at all, per kind, not how well (the scorer measures that).
      for (const { route, of } of KINDS)
        expect(
          ingested.some((s) => of(s).length > 0),
          route,
        ).toBe(true);
      // Every article yields some record, though not every form holds a statement (a meetings journal, a list of
      // figures): an article that drafted nothing at all would mean its text was not read.
      for (const summary of ingested)
        expect(
          KINDS.reduce((n, { of }) => n + of(summary).length, 0),
          summary.sourceId,
        ).toBeGreaterThan(0);
    });

    it("serves every extracted record with evidence that is its article's own words and actors the API knows", async () => {
      interface Named {
        id: string;
      }
      interface Evidenced extends Served {
        evidence: { source_id: string; start: number; end: number; quote: string }[];
        speaker?: Named;
        claimed_by?: Named | null;
        actors?: Named[];
        positions?: { member: Named }[];
        sponsors?: Named[];
        vetoed_by?: Named[];
      }
      const actorIds = new Set((await all<Named>('/v1/actors')).map((a) => a.id));
      let records = 0;
      for (const summary of ingested) {
        const { body: source } = await get<{ text: string }>(`/v1/sources/${summary.sourceId}`);
        for (const { route } of KINDS) {
          for (const record of await all<Evidenced>(`/v1/${route}?source=${summary.sourceId}`)) {
            records++;
            const where = `${route}/${record.id} of ${summary.sourceId}`;
            expect(record.method, where).toBe('extracted');
            expect(record.confidence, where).toBeGreaterThan(0);
            const own = record.evidence.filter((e) => e.source_id === summary.sourceId);
            expect(own.length, where).toBeGreaterThan(0);
            for (const e of own) {
              expect(e.quote.length, where).toBeGreaterThan(0);
              expect(source.text.slice(e.start, e.end), where).toBe(e.quote);
            }
            const named = [
              record.speaker,
              record.claimed_by,
              ...(record.actors ?? []),
              ...(record.positions ?? []).map((p) => p.member),
              ...(record.sponsors ?? []),
              ...(record.vetoed_by ?? []),
            ].filter((actor): actor is Named => actor != null);
            for (const actor of named) expect(actorIds.has(actor.id), `${where} names ${actor.id}`).toBe(true);
            if (route === 'statements') expect(record.speaker, where).toBeDefined();
          }
        }
      }
      expect(records).toBe(ingested.reduce((n, s) => n + KINDS.reduce((m, { of }) => m + of(s).length, 0), 0));
    });

    it('serves new people and bodies as extracted actors, their statements reachable by ?speaker=', async () => {
      const proposed = ingested.flatMap((s) => s.draft.actors);
      expect(proposed.length).toBeGreaterThan(0);
      const extracted = await all<ActorServed>('/v1/actors?method=extracted');
      expect(extracted.map((a) => a.id).sort()).toEqual(proposed.map((a) => a.id).sort());
      for (const actor of extracted) {
        expect(actor.confidence).toBeGreaterThan(0);
        expect(actor.confidence).toBeLessThan(1);
        const { status, body } = await get<ActorServed>(`/v1/actors/${actor.id}`);
        expect(status).toBe(200);
        expect(body.method).toBe('extracted');
        // Its page in the explorer says so, as a record's page does.
        const page = await app.inject({ method: 'GET', url: `/explore/actors/${actor.id}` });
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain(`Extracted by the ingest pipeline (confidence ${actor.confidence}); not yet reviewed.`);
        const spoken = ingested.flatMap((s) => s.draft.statements.filter((d) => d.record.speaker === actor.id).map((d) => d.record.id));
        const served = await all<Served>(`/v1/statements?speaker=${actor.id}`);
        expect(served.map((s) => s.id).sort(), actor.id).toEqual(spoken.sort());
      }
    });

    it('proposes no actor under a name or alias another actor already has', async () => {
      const fold = (name: string) =>
        name
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim();
      const actors = await all<ActorServed>('/v1/actors');
      const owners = new Map<string, Set<string>>();
      for (const actor of actors) {
        for (const name of [actor.name, ...actor.aliases]) {
          const set = owners.get(fold(name)) ?? new Set<string>();
          set.add(actor.id);
          owners.set(fold(name), set);
        }
      }
      const curated = new Set(actors.filter((a) => a.method === 'curated').map((a) => a.id));
      for (const actor of actors.filter((a) => a.method === 'extracted')) {
        expect(
          [...(owners.get(fold(actor.name)) ?? [])].filter((id) => curated.has(id)),
          `${actor.id} is named like a curated actor`,
        ).toEqual([]);
      }
      const shared = [...owners.entries()].filter(([, ids]) => ids.size > 1).map(([name, ids]) => `${name}: ${[...ids].join(', ')}`);
      expect(shared, 'names that stand for more than one actor').toEqual([]);
    });

    // 4-5 s on an unloaded machine, but 34 s on one fresh-clone CI run of s17 beside the coordinator's scoring and
    // training (the machine's two cores shared): the limit leaves room for a loaded machine.
    it('audits every source, the new ones included, and names what could not be placed', { timeout: 180_000 }, () => {
      const corpus = loadCorpus(seed);
      const audit = auditCorpus(corpus);
      expect(audit.map((a) => a.sourceId).sort()).toEqual(corpus.sources.map((s) => s.id).sort());
      for (const summary of ingested) {
        const entry = audit.find((a) => a.sourceId === summary.sourceId);
        expect(entry, summary.sourceId).toBeDefined();
        // Every number the ingest said it did not record, and is in no record's words, is on the audit's list.
        const listed = entry?.uncovered.filter((i) => i.kind === 'number') ?? [];
        const inWords = (n: { span: { start: number; end: number } }) =>
          corpus.evidence.some((e) => e.sourceId === summary.sourceId && e.start <= n.span.start && e.end >= n.span.end);
        for (const number of summary.draft.unrecorded.filter((n) => !inWords(n)))
          expect(
            listed.some((item) => item.start < number.span.end && item.end > number.span.start),
            `${summary.sourceId} at ${number.span.start}`,
          ).toBe(true);
        // What the ingest printed as in no record's words is what the audit finds uncovered in the built corpus.
        expect(
          entry?.uncovered.map((item) => [item.kind, item.start, item.end]),
          summary.sourceId,
        ).toEqual(summary.notCovered.map((item) => [item.kind, item.start, item.end]));
        // What the ingest printed as not placed is what the audit lists, read back from the draft's not_placed.
        expect(
          entry?.notPlaced.map((item) => [item.kind, item.start, item.end]),
          summary.sourceId,
        ).toEqual(summary.notPlaced.map((item) => [item.kind, item.start, item.end]));
      }
      // Across the sets the ingest does meet things it cannot place, and says so.
      expect(ingested.some((s) => s.notPlaced.length > 0)).toBe(true);
    });
  });

  // The tests that edit the seed copy (a second ingest, a failed write, the curator's edits) run in one of the files only.
  if (!options.failing) return;
  const failing = options.failing;
  describe('ingesting again', () => {
    // 6-7 s unloaded, 39 s on that loaded run (as above).
    it('refuses a second ingest of the same article; --force rewrites its draft, never a curated file', { timeout: 180_000 }, () => {
      const article = DEV[0] as Article;
      const file = (ingested[0] as Kept).files.annotation;
      const before = readFileSync(file, 'utf8');
      const sources = readFileSync(join(seed.seedDir, 'sources.json'), 'utf8');
      expect(() => ingest(article, seed.seedDir)).toThrow(/already ingested; use --force/);
      expect(readFileSync(file, 'utf8')).toBe(before);
      try {
        const again = ingest(article, seed.seedDir, { force: true });
        expect(again.written).toBe(true);
        expect(again.draft.statements.length).toBeGreaterThan(0);
        // Not listed twice.
        expect(readFileSync(join(seed.seedDir, 'sources.json'), 'utf8')).toBe(sources);
        // A curated record file is never overwritten.
        writeFileSync(file, readFileSync(file, 'utf8').replace(/\n( +)method: extracted\n/, '\n$1method: curated\n'));
        expect(() => ingest(article, seed.seedDir, { force: true })).toThrow(/has a curator's work \(.+ curated/);
      } finally {
        writeFileSync(file, before); // the rest of the file's tests read the first draft
      }
    });

    it('leaves seed/ exactly as it was when a write fails half-way', () => {
      const fresh = copySeed();
      try {
        const read = () =>
          [
            'sources.json',
            ...readdirSync(join(fresh.seedDir, 'articles')).map((f) => `articles/${f}`),
            ...readdirSync(join(fresh.seedDir, 'annotations')).map((f) => `annotations/${f}`),
          ]
            .sort()
            .map((f) => [f, readFileSync(join(fresh.seedDir, f), 'utf8')]);
        const before = read();
        failing.path = /annotations\/[^/]+\.yaml$/; // the article and sources.json are written first, then this fails
        expect(() => ingest(DEV[1] as Article, fresh.seedDir)).toThrow(/writing seed\/ failed, nothing was changed/);
        failing.path = null;
        expect(read()).toEqual(before);
        // And the article can then be ingested for real.
        expect(ingest(DEV[1] as Article, fresh.seedDir).written).toBe(true);
      } finally {
        failing.path = null;
        fresh.remove();
      }
    });
  });

  describe('the curator, one edit at a time', () => {
    /** A new person from a development article who has statements, and the file that defines them. */
    function devActorWithStatements(skip: string[] = []) {
      for (const summary of ingested.filter((s) => DEV.some((d) => d.path.endsWith(`${s.sourceId}.txt`)))) {
        for (const actor of summary.draft.actors) {
          if (skip.includes(actor.id)) continue;
          if (!summary.draft.statements.some((d) => d.record.speaker === actor.id)) continue;
          // One id per person across articles: a later article's draft may give the same actor more statements.
          const statements = ingested.flatMap((s) =>
            s.draft.statements.filter((d) => d.record.speaker === actor.id).map((d) => d.record.id),
          );
          return { actor, statements, file: summary.files.annotation };
        }
      }
      throw new Error('no development article proposed a speaker: the premise is stale');
    }

    it('merges an extracted actor into a known one: ids stay, its statements and names move there', async () => {
      const { actor, statements, file } = devActorWithStatements();
      const target = 'un-secretary-general';
      const { body: before } = await get<ActorServed>(`/v1/actors/${target}`);
      const text = readFileSync(file, 'utf8');
      const edited = text.replace(new RegExp(`(\\n {2}- id: ${actor.id}\\n)`), `$1    merged_into: ${target}\n`);
      expect(edited).not.toBe(text);
      writeFileSync(file, edited);
      await serve(seed);

      // Its old URL was served and may be cited: it answers a permanent redirect to the actor that stands.
      const old = await app.inject({ method: 'GET', url: `/v1/actors/${actor.id}` });
      expect(old.statusCode).toBe(308);
      expect(old.headers.location).toBe(`/v1/actors/${target}`);
      const { body: after } = await get<ActorServed>(`/v1/actors/${target}`);
      expect(after.method).toBe(before.method);
      expect(after.aliases).toEqual(expect.arrayContaining([...before.aliases, actor.name, ...actor.aliases]));
      for (const id of statements) {
        const { status, body } = await get<{ speaker: { id: string } }>(`/v1/statements/${id}`);
        expect(status, id).toBe(200);
        expect(body.speaker.id).toBe(target);
      }
      const spoken = (await all<Served>(`/v1/statements?speaker=${target}`)).map((s) => s.id);
      expect(spoken).toEqual(expect.arrayContaining(statements));
      // The old id is an unknown actor now, said so, not an empty answer.
      expect((await get(`/v1/statements?speaker=${actor.id}`)).status).toBe(400);
    });

    it('confirms an extracted actor: method curated, confidence 1, its statements unchanged', async () => {
      const merged = parseYaml(readFileSync(devActorWithStatements().file, 'utf8')) as { actors: { id: string; merged_into?: string }[] };
      const skip = merged.actors.filter((a) => a.merged_into).map((a) => a.id);
      const { actor, statements, file } = devActorWithStatements(skip);
      const text = readFileSync(file, 'utf8');
      // The one edit the curator's instructions give: method extracted -> curated, and the confidence line removed.
      const entry = new RegExp(`(\\n {2}- id: ${actor.id}\\n(?: {4}.*\\n)*?) {4}method: extracted\\n {4}confidence: [0-9.]+\\n`);
      const edited = text.replace(entry, '$1    method: curated\n');
      expect(edited).not.toBe(text);
      writeFileSync(file, edited);
      await serve(seed);

      const { status, body } = await get<ActorServed>(`/v1/actors/${actor.id}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ method: 'curated', confidence: 1, name: actor.name });
      expect((await all<Served>(`/v1/actors?method=extracted`)).map((a) => a.id)).not.toContain(actor.id);
      expect((await all<Served>(`/v1/statements?speaker=${actor.id}`)).map((s) => s.id).sort()).toEqual([...statements].sort());
    });
  });
}
