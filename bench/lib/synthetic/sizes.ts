/** How big a synthetic corpus is, how it is cut into sections and parts, and the seeded streams it draws from. */
import { Rng } from '../prng.js';

export interface SyntheticSizes {
  statements: number;
  events: number;
  votes: number;
  figures: number;
  sources: number;
  actors: number;
  locations: number;
}

/** Bump when the generator's output changes for the same seed and sizes (it is part of the build id). */
export const GENERATOR_VERSION = 6;

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(n)));

/** Sizes for `--records N` (statements and events each), any of them overridable. */
export function defaultSizes(records: number, overrides: Partial<SyntheticSizes> = {}): SyntheticSizes {
  const sizes: SyntheticSizes = {
    statements: records,
    events: records,
    votes: clamp(records / 100, 3, 1_000_000),
    figures: clamp(records / 10, 5, 10_000_000),
    sources: clamp(records / 200, 20, 50_000),
    actors: clamp(records / 200, 300, 50_000),
    locations: clamp(records / 2000, 80, 5_000),
  };
  for (const [key, value] of Object.entries(overrides) as [keyof SyntheticSizes, number | undefined][]) {
    if (value !== undefined) sizes[key] = value;
  }
  return sizes;
}

/** Main records: what the generator's rate counts. */
export const recordCount = (s: SyntheticSizes) => s.statements + s.events + s.votes + s.figures;

export interface GenerateHooks {
  /** Called after every `every` main records (and once at the end) with the running total. */
  tick?: (records: number) => void;
  every?: number;
}

export type RowCounts = Record<string, number>;

/**
 * The corpus in four sections, in this order. Events, votes and figures draw their evidence from one stream (and
 * one run of evidence ids), statements from another; each section draws everything else from streams of its own.
 */
export const SECTIONS = ['events', 'votes', 'figures', 'statements'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * The two halves that load in parallel, balanced by measured cost: `events` (events and their actors) and
 * `statements` (votes, figures, statements). Any split gives the same rows: a section's evidence continues its
 * stream where the sections before it left it (see `EvidenceChain.skip`).
 */
export const PARTS = { events: ['events'], statements: ['votes', 'figures', 'statements'] } as const satisfies Record<
  string,
  readonly Section[]
>;
export type Part = keyof typeof PARTS;

/** Main records of some sections (what progress counts). */
export const sectionRecords = (sections: readonly Section[], sizes: SyntheticSizes) =>
  sections.reduce((sum, section) => sum + sizes[section], 0);

/** Main records of a part. */
export const partRecords = (part: Part, sizes: SyntheticSizes) => sectionRecords(PARTS[part], sizes);

/** One named, seeded random stream per purpose, so that each table's rows depend only on the seed and sizes. */
export type Streams = (label: string) => Rng;

export const streams =
  (seed: string): Streams =>
  (label: string) =>
    new Rng(`aleppo-ledger-synthetic:${GENERATOR_VERSION}:${seed}:${label}`);
