/**
 * `npm start` after an ingest without `npm run seed` serves the old build: the server says so (seed-freshness.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedChangedSince } from '../../src/seed/seed-freshness.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function layout() {
  dir = mkdtempSync(join(tmpdir(), 'seed-freshness-'));
  const seedDir = join(dir, 'seed');
  mkdirSync(join(seedDir, 'annotations'), { recursive: true });
  const files = [join(seedDir, 'sources.json'), join(seedDir, 'annotations', 'old.yaml')];
  for (const file of files) writeFileSync(file, 'x');
  const db = join(dir, 'ledger.db');
  writeFileSync(db, 'db');
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const file of files) utimesSync(file, hourAgo, hourAgo);
  return { seedDir, db };
}

describe('whether seed/ changed after the database was built', () => {
  it('is silent when every seed file is older than the build', () => {
    const { seedDir, db } = layout();
    expect(seedChangedSince(seedDir, db)).toBeNull();
  });

  it('names a record file written after the build (an ingest since the last npm run seed)', () => {
    const { seedDir, db } = layout();
    const later = new Date(Date.now() + 60_000);
    writeFileSync(join(seedDir, 'annotations', 'new-article.yaml'), 'source: new-article');
    utimesSync(join(seedDir, 'annotations', 'new-article.yaml'), later, later);
    expect(seedChangedSince(seedDir, db)).toBe(join('annotations', 'new-article.yaml'));
  });

  it('says nothing where there is no seed/ (the image) or no database yet', () => {
    const { seedDir, db } = layout();
    expect(seedChangedSince(join(dir, 'nowhere'), db)).toBeNull();
    expect(seedChangedSince(seedDir, join(dir, 'missing.db'))).toBeNull();
  });
});
