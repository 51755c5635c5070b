/**
 * Curators' tools read seed/ with YAML 1.1 readers too (PyYAML, SnakeYAML, editor plugins), which take a bare `yes`,
 * `no`, `on` or `off` for a boolean and a bare 2016-12-05 for a date. Every YAML file under seed/ must read the same
 * in 1.1 as in the 1.2 the loader uses: a vote's tally is written `{ "yes": 11, "no": 3, ... }`, a position `"no"`.
 * The extraction fixtures' expected records (the `.gold.yaml` files of test/fixtures) are curated files read by people and
 * their tools too, and are held to the same rule.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';

/** Every .yaml file under a directory, at any depth. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return entry.name.endsWith('.yaml') ? [path] : [];
  });
}

/** The file parses to the same data in YAML 1.1 as in 1.2, and to plain JSON data (no Date, no boolean key). */
function expectSameInBothVersions(file: string): void {
  const text = readFileSync(file, 'utf8');
  const asOneTwo = parse(text) as unknown;
  const asOneOne = parse(text, { version: '1.1' }) as unknown;
  expect(asOneOne).toEqual(asOneTwo);
  expect(JSON.parse(JSON.stringify(asOneOne))).toEqual(asOneTwo);
}

describe('seed/ in a YAML 1.1 reader', () => {
  const files = yamlFiles(SEED_DIR);

  it('finds the curated files (actors, locations, the record files)', () => {
    const names = files.map((file) => relative(SEED_DIR, file));
    expect(names).toEqual(expect.arrayContaining(['actors.yaml', 'locations.yaml']));
    expect(names.filter((name) => name.startsWith('annotations')).length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`reads ${relative(SEED_DIR, file)} the same as YAML 1.2 does: no yes/no booleans, no dates`, () => {
      expectSameInBothVersions(file);
    });
  }
});

describe("the extraction fixtures' expected records in a YAML 1.1 reader", () => {
  const fixtures = join(PROJECT_ROOT, 'test/fixtures');
  const golds = yamlFiles(fixtures).filter((file) => file.endsWith('.gold.yaml'));

  it('finds the gold files of every fixture set', () => {
    expect(golds.length).toBeGreaterThan(100);
  });

  for (const file of golds) {
    it(`reads ${relative(fixtures, file)} the same as YAML 1.2 does (a tally's "yes" and "no" keys quoted)`, () => {
      expectSameInBothVersions(file);
    });
  }
});
