/**
 * Quality of the extractors, measured on the five seed articles: each article is extracted with its curated
 * annotation out of sight (the extractors see only the text, the publication date, the headline and the
 * actors/locations gazetteer), then the draft is scored against the curated file. Prints the table; fails when
 * statements or figures fall below 0.9 recall or precision (statements with the right speaker).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { extractDraft } from '../../src/ingest/extract-draft.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { curatedSet, formatTable, type ScoreRow, scoreDraft, totals } from '../../src/ingest/score-extraction.js';
import { SEED_DIR } from '../../src/paths.js';
import { type RecordFile, recordFile, sourcesFile } from '../../src/seed/annotation-schema.js';

const THRESHOLD = 0.9;

/** Curated files, read leniently: one being written right now is reported, not fatal. */
function readAnnotations(): { files: Map<string, RecordFile>; unreadable: Map<string, string> } {
  const files = new Map<string, RecordFile>();
  const unreadable = new Map<string, string>();
  for (const name of readdirSync(join(SEED_DIR, 'annotations')).filter((f) => f.endsWith('.yaml'))) {
    const id = name.replace(/\.yaml$/, '');
    try {
      const parsed = recordFile.safeParse(parseYaml(readFileSync(join(SEED_DIR, 'annotations', name), 'utf8')));
      if (parsed.success) files.set(id, parsed.data);
      else unreadable.set(id, `invalid: ${parsed.error.issues[0]?.message}`);
    } catch (error) {
      unreadable.set(id, `unreadable YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { files, unreadable };
}

describe('extraction quality against the curated annotations', () => {
  const gazetteer = Gazetteer.load(SEED_DIR);
  const sources = sourcesFile.parse(JSON.parse(readFileSync(join(SEED_DIR, 'sources.json'), 'utf8'))).sources;
  const { files, unreadable } = readAnnotations();
  const rows: ScoreRow[] = sources.map((source) => {
    const id = source.file.replace(/\.txt$/, '');
    const curated = files.get(id);
    if (!curated) return { article: id, score: null, pending: unreadable.get(id) ?? 'no curated annotation yet' };
    const text = readFileSync(join(SEED_DIR, 'articles', source.file), 'utf8');
    // The extractors get the article and its metadata only: never the curated file.
    const draft = extractDraft({ sourceId: id, text, publishedOn: source.published_on, title: source.title, gazetteer });
    return { article: id, score: scoreDraft(draft, curatedSet(text, curated, [...files.values()])) };
  });

  it('scores every seed article (none left out as unreadable or uncurated) and prints the table, a row each', () => {
    const table = formatTable(rows);
    const report = [table, '', ...rows.flatMap((r) => (r.score ? r.score.misses.map((m) => `  ${r.article}: ${m}`) : []))];
    console.log(report.join('\n'));
    expect(rows).toHaveLength(sources.length);
    expect(rows.filter((r) => !r.score).map((r) => `${r.article}: ${r.pending}`)).toEqual([]);
    const lines = table.split('\n');
    for (const row of rows) expect(lines.filter((line) => line.startsWith(`${row.article} `))).toHaveLength(1);
    for (const { score } of rows) expect(score?.statements.curated ?? 0).toBeGreaterThan(0);
  });

  const t = totals(rows);
  it(`finds statements with the right speaker (recall and precision >= ${THRESHOLD})`, () => {
    expect(t.statementRecall).toBeGreaterThanOrEqual(THRESHOLD);
    expect(t.statementPrecision).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it(`finds figures with the right value and qualifier (recall and precision >= ${THRESHOLD})`, () => {
    expect(t.figureRecall).toBeGreaterThanOrEqual(THRESHOLD);
    expect(t.figurePrecision).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
