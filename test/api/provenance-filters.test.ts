/**
 * Where a record came from (contract 1.1): an article ingested into a copy of seed/ is served at once, its records
 * and its new actors marked `extracted` with a confidence, and every list filters by `method` and `min_confidence`.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMeta, sourceIdFor } from '../../src/ingest/article-meta.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { buildDatabase } from '../../src/seed/build-database.js';
import { testApp } from '../helpers/app.js';
import { copySeed, type SeedCopy } from '../helpers/seed-copy.js';

const FIXTURE = `${PROJECT_ROOT}/test/fixtures/ingest/wire-2016-12-13-aleppo-civilians-killed.txt`;
const LISTS = ['events', 'statements', 'votes', 'figures', 'actors'] as const;

let seed: SeedCopy;
let app: FastifyInstance;
beforeAll(async () => {
  seed = copySeed();
  const meta = readMeta(FIXTURE.replace(/\.txt$/, '.meta.json'), {});
  ingestArticle({ articlePath: FIXTURE, meta, sourceId: sourceIdFor(FIXTURE, meta), seedDir: seed.seedDir });
  buildDatabase({ target: seed.target, seedDir: seed.seedDir, migrationsDir: seed.migrationsDir });
  app = await testApp({ databasePath: seed.target });
}, 60_000);
afterAll(async () => {
  await app?.close();
  seed?.remove();
});

type Row = { id: string; method: string; confidence: number };
const rows = async (url: string): Promise<Row[]> => {
  const response = await app.inject({ url });
  expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
  return response.json().data;
};

describe('method and min_confidence', () => {
  it('serves the new speakers as extracted actors, with a confidence below 1', async () => {
    const actors = await rows('/v1/actors?method=extracted&limit=500');
    expect(actors.map((a) => a.id)).toEqual(expect.arrayContaining(['rupert-colville', 'jan-egeland']));
    for (const actor of actors) expect(actor.confidence).toBeLessThan(1);
    const lavrov = (await rows('/v1/actors?q=lavrov'))[0];
    expect(lavrov).toMatchObject({ id: 'sergei-lavrov', method: 'curated', confidence: 1 });
  });

  it.each(LISTS)('%s: method splits the list in two and min_confidence keeps the surer ones', async (list) => {
    const all = await rows(`/v1/${list}?limit=500`);
    const extracted = await rows(`/v1/${list}?method=extracted&limit=500`);
    const curated = await rows(`/v1/${list}?method=curated&limit=500`);
    expect(extracted.every((r) => r.method === 'extracted')).toBe(true);
    expect(curated.every((r) => r.method === 'curated')).toBe(true);
    expect(extracted.length + curated.length).toBe(all.length);
    if (list !== 'votes') expect(extracted.length).toBeGreaterThan(0);
    // Extracted confidences are measured (the calibration file), never 1: a threshold at the median of this
    // article's keeps its surer half.
    expect(extracted.every((r) => r.confidence < 1)).toBe(true);
    const median = extracted.map((r) => r.confidence).sort((a, b) => a - b)[Math.floor(extracted.length / 2)] ?? 0.95;
    const sure = await rows(`/v1/${list}?min_confidence=${median}&limit=500`);
    expect(sure.map((r) => r.id).sort()).toEqual(
      all
        .filter((r) => r.confidence >= median)
        .map((r) => r.id)
        .sort(),
    );
    if (extracted.length > 0) expect(sure.some((r) => r.method === 'extracted')).toBe(true);
    const both = await rows(`/v1/${list}?method=curated,extracted&min_confidence=0&limit=500`);
    expect(both).toHaveLength(all.length);
  });

  it.each([
    ['method=reviewed', 'method', /unknown value "reviewed"; allowed: curated, extracted/],
    ['min_confidence=1.5', 'min_confidence', /from 0 to 1/],
    ['min_confidence=high', 'min_confidence', /from 0 to 1/],
  ])('refuses %s naming the parameter', async (params, parameter, reason) => {
    for (const list of LISTS) {
      const response = await app.inject({ url: `/v1/${list}?${params}` });
      expect(response.statusCode).toBe(400);
      const problem = response.json();
      expect(problem.errors[0].parameter).toBe(parameter);
      expect(problem.errors[0].reason).toMatch(reason);
    }
  });
});
