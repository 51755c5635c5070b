/** Figures: numbers as printed ("more than 40,000", "tens of thousands") with the bounds they allow. */
import { FIGURE_METRICS, QUALIFIERS } from '../../../src/db/schema.js';
import { Weighted } from '../prng.js';
import { TextMaker } from '../text.js';
import { nearEvent, provenance, type SectionContext } from './context.js';
import { dated, SCALE } from './dates.js';
import { CATEGORY_OF, qualifierBounds } from './figure-meaning.js';
import { type ActorInfo, idPlace } from './reference.js';

const metrics = new Weighted(
  FIGURE_METRICS,
  [10, 6, 20, 12, 12, 10, 3, 5, 2, 2, 3, 2, 1, 2, 4, 2, 2, 2, 1, 1, 3, 1, 2, 3, 1, 1, 2, 1, 1, 1, 2, 1, 2, 1, 2, 1, 1, 1, 1, 1],
);
const qualifiers = new Weighted(QUALIFIERS, [30, 15, 15, 8, 12, 3, 7, 10]);
const MAGNITUDE: Record<(typeof FIGURE_METRICS)[number], [number, number]> = {
  trapped: [1000, 300_000],
  besieged: [1000, 300_000],
  killed: [1, 5000],
  injured: [1, 10_000],
  displaced: [100, 500_000],
  evacuated: [50, 50_000],
  moved: [50, 50_000],
  fighters: [100, 10_000],
  member_states: [10, 193],
  organizations: [5, 300],
  countries: [5, 193],
  supporting_states: [5, 193],
  vetoes: [1, 8],
  hours: [3, 72],
  fled: [100, 100_000],
  starving: [100, 300_000],
  out_of_reach: [1000, 500_000],
  sheltering: [50, 50_000],
  missing: [1, 2000],
  detained: [1, 5000],
  in_need: [1000, 3_000_000],
  separated: [10, 2000],
  assisted: [100, 200_000],
  duration: [2, 90],
  age: [5, 90],
  family_size: [2, 12],
  staff: [5, 3000],
  facilities: [2, 60],
  vehicles: [5, 200],
  supplies: [500, 500_000],
  territory: [5, 100],
  funding: [100_000, 50_000_000],
  people: [10, 2_000_000],
  capacity: [20, 5000],
  attacks: [5, 500],
  documents: [100, 100_000],
  price: [100, 10_000],
  distance: [1, 100],
  opinion: [1, 99],
  animals: [1, 500],
};
const UNIT_OF: Partial<Record<(typeof FIGURE_METRICS)[number], string>> = {
  fighters: 'fighters',
  member_states: 'states',
  organizations: 'organizations',
  countries: 'countries',
  supporting_states: 'countries',
  vetoes: 'vetoes',
  hours: 'hours',
  separated: 'children',
  duration: 'days',
  age: 'years',
  family_size: 'children',
  staff: 'workers',
  facilities: 'hospitals',
  vehicles: 'trucks',
  supplies: 'meals',
  territory: 'percent of the city',
  funding: 'US dollars',
  capacity: 'beds',
  attacks: 'air strikes',
  documents: 'videos',
  price: 'Syrian pounds',
  distance: 'kilometres',
  opinion: 'percent of respondents',
  animals: 'cats',
};

export function generateFigures({ stream, sizes, shared, ins, keys, evidence: main, tick }: SectionContext): void {
  const { actors } = shared;
  const insFigures = ins.get('figures');
  const fRng = stream('figures');
  const fText = new TextMaker(stream('figures-text'), shared.names, shared.places);
  const metricSlug = new Map(FIGURE_METRICS.map((m) => [m, m.replace(/_/g, '-')]));
  const metricWords = new Map(FIGURE_METRICS.map((m) => [m, m.replace(/_/g, ' ')]));
  const placeOf = new Map(shared.locations.map((l) => [l, idPlace(l.id)]));
  for (let i = 0; i < sizes.figures; i++) {
    const u = (i + fRng.next()) / sizes.figures;
    const when = dated(fRng, fText, SCALE.index(u));
    const metric = metrics.sample(fRng);
    const [lo, hi] = MAGNITUDE[metric];
    const magnitude = Math.round(lo * (hi / lo) ** fRng.next());
    const round = magnitude >= 1000 ? Math.round(magnitude / 1000) * 1000 : magnitude >= 100 ? Math.round(magnitude / 10) * 10 : magnitude;
    const qualifier = qualifiers.sample(fRng);
    const { value, low, high, raw } = qualifierBounds(qualifier, round);
    const category = CATEGORY_OF[metric];
    const location = fRng.chance(0.6) ? shared.locationPick.sample(fRng) : null;
    const unit = UNIT_OF[metric] ?? 'people';
    const id = `${when.date ?? 'undated'}-${metricSlug.get(metric)}-${location ? placeOf.get(location) : 'total'}-${i.toString(36)}`;
    const claimed = fRng.chance(0.7) ? (actors[shared.claimants[fRng.int(shared.claimants.length)] as number] as ActorInfo) : null;
    const [method, confidence] = provenance(fRng);
    insFigures.add([
      id,
      metric,
      category,
      value,
      low,
      high,
      qualifier,
      raw,
      unit,
      fRng.chance(0.8) ? `${unit} ${metricWords.get(metric)}${location ? ` in ${location.name}` : ''}` : null,
      location?.id ?? null,
      when.date,
      when.precision,
      when.basis,
      when.note,
      when.sort,
      claimed?.id ?? null,
      fRng.chance(0.3) ? nearEvent(keys, fRng, u) : null,
      method,
      confidence,
    ]);
    main.add('figure', id, u);
    tick();
  }
}
