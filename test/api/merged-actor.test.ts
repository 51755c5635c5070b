/**
 * An actor a curator merged into another (`merged_into` in seed/) is no actor of its own any more, but its id was
 * served before and people cited it: its API URL and its explorer page answer 308 Permanent Redirect to the actor
 * that stands, never a bare 404. Built from a private copy of seed/ with one merge added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../src/seed/build-database.js';
import { testApp } from '../helpers/app.js';
import { copySeed, type SeedCopy } from '../helpers/seed-copy.js';

let seed: SeedCopy;
let app: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  seed = copySeed();
  // The one edit a curator makes: this entry is somebody already known.
  seed.edit(
    'actors.yaml',
    (text) =>
      `${text}\n- id: un-syria-envoy-extracted\n  name: Staffan De-Mistura\n  kind: person\n  method: extracted\n  confidence: 0.8\n  merged_into: staffan-de-mistura\n`,
  );
  buildDatabase({ target: seed.target, seedDir: seed.seedDir, migrationsDir: seed.migrationsDir });
  app = await testApp({ databasePath: seed.target });
}, 120_000);
afterAll(async () => {
  await app?.close();
  seed?.remove();
});

describe('a merged actor keeps its URL', () => {
  it('answers 308 from /v1/actors/<old id> to the actor that stands, which holds its name', async () => {
    const response = await app.inject({ url: '/v1/actors/un-syria-envoy-extracted' });
    expect(response.statusCode).toBe(308);
    expect(response.headers.location).toBe('/v1/actors/staffan-de-mistura');
    expect(response.json()).toEqual({ id: 'un-syria-envoy-extracted', merged_into: 'staffan-de-mistura' });
    const kept = await app.inject({ url: response.headers.location as string });
    expect(kept.statusCode).toBe(200);
    expect(kept.json().aliases).toContain('Staffan De-Mistura');
  });

  it('redirects the explorer page the same way', async () => {
    const response = await app.inject({ url: '/explore/actors/un-syria-envoy-extracted' });
    expect(response.statusCode).toBe(308);
    expect(response.headers.location).toBe('/explore/actors/staffan-de-mistura');
  });

  it('still answers 404 for an id nobody ever had, and lists the merged id nowhere', async () => {
    expect((await app.inject({ url: '/v1/actors/nobody-at-all' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/explore/actors/nobody-at-all' })).statusCode).toBe(404);
    const list = await app.inject({ url: '/v1/actors?q=De-Mistura' });
    expect(list.json().data.map((a: { id: string }) => a.id)).not.toContain('un-syria-envoy-extracted');
  });
  it('a filter naming the merged id says which actor it was merged into, not that the id is unknown', async () => {
    for (const url of [
      '/v1/statements?speaker=un-syria-envoy-extracted',
      '/v1/events?actor=un-syria-envoy-extracted',
      '/v1/figures?claimed_by=un-syria-envoy-extracted',
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(400);
      const parameter = new URL(url, 'http://x').searchParams.keys().next().value as string;
      expect(response.json().errors).toEqual([
        {
          parameter,
          reason: 'names actor id "un-syria-envoy-extracted", which a curator merged into "staffan-de-mistura"; filter by that id',
        },
      ]);
    }
    const unknown = await app.inject({ url: '/v1/statements?speaker=nobody-at-all' });
    expect(unknown.json().errors[0].reason).toMatch(/^names an unknown actor id "nobody-at-all"/);
  });
});
