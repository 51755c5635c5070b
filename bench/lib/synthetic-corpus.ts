/**
 * Generates a synthetic Aleppo Ledger corpus of any size straight into SQLite (no intermediate objects): a
 * gazetteer, thousands of actors (the 193 UN member states, UN bodies, organisations, armed groups, people) and
 * sources (whole generated articles), then events, statements, votes and figures whose dates spread over years
 * (denser in the 2016 siege), each with one to four evidence spans whose `quote` IS `source.text.slice(start, end)`.
 *
 * Deterministic: the same seed and sizes give the same rows, in the same order, with the same ids.
 * Records are produced in date order, as an ingest of dated articles would add them.
 *
 * The pieces live in ./synthetic/: sizes and streams, dates, tables (columns from the drizzle schema), reference
 * data, one generator per record type, the evidence chain, and what a figure's metric and qualifier mean.
 */
import type Database from 'better-sqlite3';
import type { SectionContext } from './synthetic/context.js';
import { eventKeys } from './synthetic/event-keys.js';
import { generateEvents } from './synthetic/events.js';
import { EvidenceChain } from './synthetic/evidence.js';
import { generateFigures } from './synthetic/figures.js';
import { generateReferenceData, type ReferenceData } from './synthetic/reference.js';
import { type GenerateHooks, type RowCounts, SECTIONS, type Section, type SyntheticSizes, streams } from './synthetic/sizes.js';
import { generateStatements } from './synthetic/statements.js';
import { countRows, Inserters, mergeCounts, SHARED_TABLES } from './synthetic/tables.js';
import { generateVotes } from './synthetic/votes.js';

export { generateReferenceData, type ReferenceData } from './synthetic/reference.js';
export {
  defaultSizes,
  GENERATOR_VERSION,
  type GenerateHooks,
  PARTS,
  type Part,
  partRecords,
  type RowCounts,
  recordCount,
  SECTIONS,
  type Section,
  type SyntheticSizes,
  sectionRecords,
} from './synthetic/sizes.js';
export { CORPUS_TABLES, countRows, mergeCounts, SHARED_TABLES } from './synthetic/tables.js';

const GENERATORS: Record<Section, (context: SectionContext) => void> = {
  events: generateEvents,
  votes: generateVotes,
  figures: generateFigures,
  statements: generateStatements,
};

/**
 * Some sections of the corpus, with their evidence, into `db` (the gazetteer, actors and sources must be there or
 * be written elsewhere). Any subset gives the rows a single pass over all four would: sections run in the order
 * of SECTIONS, and each draws from its own streams.
 */
export function generateSections(
  db: Database.Database,
  sections: readonly Section[],
  seed: string,
  sizes: SyntheticSizes,
  shared: ReferenceData,
  hooks: GenerateHooks = {},
): RowCounts {
  const stream = streams(seed);
  const every = hooks.every ?? 10_000;
  let records = 0;
  const tick = () => {
    records++;
    if (records % every === 0) hooks.tick?.(records);
  };
  const ins = new Inserters(db);
  const wanted = new Set(sections);
  const insEvidence = ins.get('evidence');
  const main = new EvidenceChain(stream, 'events', sizes, shared.sources, insEvidence);
  const speech = new EvidenceChain(stream, 'statements', sizes, shared.sources, insEvidence);
  // SYNTHETIC_DEBUG: the time of each section (and of what came before the first).
  let mark = performance.now();
  let current = 'event keys';
  const lap = (next: string) => {
    const now = performance.now();
    if (process.env.SYNTHETIC_DEBUG) process.stderr.write(`  ${current.padEnd(18)} ${((now - mark) / 1000).toFixed(2).padStart(7)} s\n`);
    mark = now;
    current = next;
  };
  const keys = eventKeys(seed, sizes, shared);
  for (const section of SECTIONS) {
    if (wanted.has(section)) {
      lap(section);
      const evidence = section === 'statements' ? speech : main;
      GENERATORS[section]({ stream, sizes, shared, ins, keys, evidence, tick });
      continue;
    }
    // Not written here: skip its evidence if a later section of the same chain is.
    const later = SECTIONS.slice(SECTIONS.indexOf(section) + 1).some((s) => s !== 'statements' && wanted.has(s));
    if (section !== 'statements' && later) {
      lap(`(skip ${section})`);
      main.skip(sizes[section]);
    }
  }
  lap('');
  hooks.tick?.(records);
  return ins.finish();
}

/** The whole corpus in one thread, into one database. */
export function generateCorpus(db: Database.Database, seed: string, sizes: SyntheticSizes, hooks: GenerateHooks = {}): RowCounts {
  const shared = generateReferenceData(db, seed, sizes);
  const sharedCounts = countRows(db, SHARED_TABLES);
  return mergeCounts(sharedCounts, generateSections(db, SECTIONS, seed, sizes, shared, hooks));
}
