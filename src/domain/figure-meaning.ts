/**
 * What a figure's words mean, in one place for the seed loader, the ingest extractors and the synthetic generator:
 * the category of each metric, the bounds a qualifier allows, and the bounds of the vague multiples reporters use
 * ("dozens", "tens of thousands"). The answers follow seed/README.md and the curated records under seed/: people to
 * whom something happened are `humanitarian` (the metrics the API calls humanitarian, `moved`, and issue 11's fled,
 * starving, out of reach of aid, sheltering, missing, detained, in need of aid); states and countries counted are
 * `membership` when they are members of a body and a plain `count` otherwise (curated: "70 countries" supporting a
 * draft, "193" states of the Assembly); fighters are `military`, hours and days `duration`. Issue 11 added the rest
 * of what reporters count: people separated from their families and people given aid or treatment (`humanitarian`:
 * something was done to them); a person's age, a family's size, staff counted with nothing happening to them,
 * facilities, vehicles and supplies (`count`: not about people's plight); a share of a city, an area or districts
 * held or taken (`territory`); money and a share of an appeal (`funding`). The second round (s5) counts what the
 * fixtures' curation calls a figure and the ledger still had no metric for: people counted with nothing said to have
 * happened to them (`people`: a population, doctors still in a city, a list of patients; `count`, as the curation
 * rules file "doctors remaining" as not humanitarian), what a place can hold (`capacity`), strikes, sorties and
 * munitions (`attacks`, `military`), records kept as evidence (`documents`), a price (`price`, money: `funding`) and
 * a distance (`distance`, its own category). The third (s46): a poll's share of those asked (`opinion`) and animals
 * counted (`animals`, a shelter's cats), both `count`.
 */
import type { FIGURE_CATEGORIES, FIGURE_METRICS, QUALIFIERS } from '../db/schema.js';

export type FigureMetric = (typeof FIGURE_METRICS)[number];
export type FigureCategory = (typeof FIGURE_CATEGORIES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];

export const CATEGORY_OF: Readonly<Record<FigureMetric, FigureCategory>> = {
  trapped: 'humanitarian',
  besieged: 'humanitarian',
  killed: 'humanitarian',
  injured: 'humanitarian',
  displaced: 'humanitarian',
  evacuated: 'humanitarian',
  moved: 'humanitarian',
  fighters: 'military',
  member_states: 'membership',
  organizations: 'organizations',
  countries: 'count',
  supporting_states: 'count',
  vetoes: 'count',
  hours: 'duration',
  fled: 'humanitarian',
  starving: 'humanitarian',
  out_of_reach: 'humanitarian',
  sheltering: 'humanitarian',
  missing: 'humanitarian',
  detained: 'humanitarian',
  in_need: 'humanitarian',
  separated: 'humanitarian',
  assisted: 'humanitarian',
  duration: 'duration',
  age: 'count',
  family_size: 'count',
  staff: 'count',
  facilities: 'count',
  vehicles: 'count',
  supplies: 'count',
  territory: 'territory',
  funding: 'funding',
  people: 'count',
  capacity: 'count',
  attacks: 'military',
  documents: 'count',
  price: 'funding',
  distance: 'distance',
  opinion: 'count',
  animals: 'count',
};

export const isHumanitarian = (metric: FigureMetric): boolean => CATEGORY_OF[metric] === 'humanitarian';

export interface Bounds {
  low: number | null;
  high: number | null;
}

/**
 * The bounds a qualifier gives a printed number: "more than 40000" and "at least 45" bound it below, "nearly" and
 * "up to" above, "about" (an estimate either way) not at all, an exact count both ways. Ranges and vague multiples
 * carry their own bounds and no single value: null here.
 */
export function qualifierBounds(qualifier: Qualifier, value: number): Bounds | null {
  switch (qualifier) {
    case 'exact':
      return { low: value, high: value };
    case 'more_than':
    case 'at_least':
      return { low: value, high: null };
    case 'nearly':
    case 'at_most':
      return { low: null, high: value };
    case 'about':
      return { low: null, high: null };
    default:
      return null;
  }
}

/**
 * Vague multiples: no value, and the bounds their order of magnitude allows. "dozens" is at least two dozen and
 * "scores" at least two score, each with no upper bound a reader would agree on; "several hundred" starts at 200.
 */
export const VAGUE_BOUNDS: Readonly<Record<string, Bounds>> = {
  dozens: { low: 24, high: null },
  'a few dozen': { low: 24, high: null },
  'few dozen': { low: 24, high: null },
  'several dozen': { low: 24, high: null },
  scores: { low: 40, high: null },
  hundreds: { low: 100, high: 999 },
  'several hundred': { low: 200, high: 999 },
  'a few hundred': { low: 200, high: 999 },
  'few hundred': { low: 200, high: 999 },
  thousands: { low: 1000, high: 9999 },
  'several thousand': { low: 2000, high: 9999 },
  'a few thousand': { low: 2000, high: 9999 },
  'few thousand': { low: 2000, high: 9999 },
  'tens of thousands': { low: 10_000, high: 99_999 },
  'hundreds of thousands': { low: 100_000, high: 999_999 },
  millions: { low: 1_000_000, high: 9_999_999 },
  'tens of millions': { low: 10_000_000, high: 99_999_999 },
};

/** The vague words a reporter would use for a count of this size, and their bounds: 250,000 is "hundreds of thousands". */
export function vagueWordsFor(count: number): { words: string } & Bounds {
  const order = ['tens of millions', 'millions', 'hundreds of thousands', 'tens of thousands', 'thousands', 'hundreds', 'dozens'].find(
    (words) => count >= ((VAGUE_BOUNDS[words] as Bounds).low as number),
  );
  const words = order ?? 'dozens';
  return { words, ...(VAGUE_BOUNDS[words] as Bounds) };
}

export interface FigureMeaning {
  metric: FigureMetric;
  category: FigureCategory;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
}

/**
 * What is wrong with a figure's category and bounds, as [field, reason] pairs (none when it is consistent): the
 * category its metric has, the bounds its qualifier allows, no value for a range or a vague multiple.
 */
export function figureMeaningProblems(figure: FigureMeaning): [string, string][] {
  const problems: [string, string][] = [];
  const category = CATEGORY_OF[figure.metric];
  if (figure.category !== category) {
    problems.push(['category', `metric ${figure.metric} is in category "${category}", not "${figure.category}"`]);
  }
  if (figure.qualifier === 'range' || figure.qualifier === 'vague') {
    if (figure.value !== null) problems.push(['value', `a ${figure.qualifier} figure has no single value (null)`]);
    if (figure.low === null && figure.high === null) problems.push(['low', `a ${figure.qualifier} figure needs low or high`]);
    return problems;
  }
  if (figure.value === null) {
    problems.push(['value', `qualifier ${figure.qualifier} needs the value printed`]);
    return problems;
  }
  const bounds = qualifierBounds(figure.qualifier, figure.value) as Bounds;
  for (const side of ['low', 'high'] as const) {
    if (figure[side] !== bounds[side]) {
      problems.push([side, `qualifier ${figure.qualifier} with value ${figure.value} gives ${side} ${bounds[side]}, not ${figure[side]}`]);
    }
  }
  return problems;
}
