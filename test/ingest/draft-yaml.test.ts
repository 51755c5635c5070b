/**
 * The draft file says exactly what the extractors found: written and read back, it gives the same records, and the
 * curated format's schema accepts it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { draftToYaml } from '../../src/ingest/draft-yaml.js';
import { extractDraft } from '../../src/ingest/extract-draft.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { SEED_DIR } from '../../src/paths.js';
import { recordFile, sourcesFile } from '../../src/seed/annotation-schema.js';

const gazetteer = Gazetteer.load(SEED_DIR);
const sources = sourcesFile.parse(JSON.parse(readFileSync(join(SEED_DIR, 'sources.json'), 'utf8'))).sources;

describe('the draft file', () => {
  for (const source of sources) {
    const id = source.file.replace(/\.txt$/, '');
    it(`round-trips the records drafted for ${id}`, () => {
      const text = readFileSync(join(SEED_DIR, 'articles', source.file), 'utf8');
      const draft = extractDraft({ sourceId: `${id}-draft`, text, publishedOn: source.published_on, title: source.title, gazetteer });
      const yaml = draftToYaml(draft);
      const parsed = parseYaml(yaml) as Record<string, unknown>;
      expect(parsed).toEqual({
        source: `${id}-draft`,
        ...(draft.actors.length > 0 ? { actors: draft.actors } : {}),
        events: draft.events.map((e) => e.record),
        statements: draft.statements.map((s) => s.record),
        votes: draft.votes.map((v) => v.record),
        figures: draft.figures.map((f) => f.record),
      });
      expect(recordFile.safeParse(parsed).success).toBe(true);
      // A YAML 1.1 reader (PyYAML, SnakeYAML) reads the same: a tally's "yes"/"no", a position "no", dates quoted.
      expect(parseYaml(yaml, { version: '1.1' })).toEqual(parsed);
      expect(yaml).not.toMatch(/[&*]a\d/); // no YAML anchors: each record stands alone
    });
  }
});
