/** What decides each event's id, drawn apart from the events themselves so that any part can link to events. */
import { EVENT_TYPES } from '../../../src/db/schema.js';
import { Weighted } from '../prng.js';
import { TOPIC_WORDS } from '../vocabulary.js';
import { precisions, SCALE } from './dates.js';
import { idPlace, type ReferenceData } from './reference.js';
import { type SyntheticSizes, streams } from './sizes.js';

export const eventTypes = new Weighted(EVENT_TYPES, [1, 2, 4, 6, 6, 6, 3, 3, 8, 18, 3, 6, 6, 8, 10, 10]);

/**
 * What decides an event's id, drawn from its own stream so that any part can recompute the ids cheaply. Kept in
 * typed arrays (a million id strings would keep the garbage collector busy copying them); `id(i)` builds one.
 */
export interface EventKeys {
  count: number;
  u: Float64Array;
  /** Index into SCALE.days. */
  day: Int32Array;
  /** Index into precisions.items. */
  precision: Uint8Array;
  /** Index into EVENT_TYPES (eventTypes.items). */
  type: Uint8Array;
  /** Index into shared.locations, or -1. */
  location: Int32Array;
  id(i: number): string;
}

export function eventKeys(seed: string, sizes: SyntheticSizes, shared: ReferenceData): EventKeys {
  const rng = streams(seed)('event-keys');
  const n = sizes.events;
  // The slugs that go into ids, once per location and type rather than once per event.
  const placeOf = shared.locations.map((l) => idPlace(l.id));
  const typeSlug = eventTypes.items.map((t) => t.replace(/_/g, '-'));
  const keys: EventKeys = {
    count: n,
    u: new Float64Array(n),
    day: new Int32Array(n),
    precision: new Uint8Array(n),
    type: new Uint8Array(n),
    location: new Int32Array(n),
    id: (i) => {
      const location = keys.location[i] as number;
      const date = SCALE.date(keys.day[i] as number, precisions.items[keys.precision[i] as number] as string);
      const place = location >= 0 ? placeOf[location] : TOPIC_WORDS[i % TOPIC_WORDS.length];
      return `${date ?? 'undated'}-${typeSlug[keys.type[i] as number]}-${place}-${i.toString(36)}`;
    },
  };
  for (let i = 0; i < n; i++) {
    const u = (i + rng.next()) / n;
    keys.u[i] = u;
    keys.day[i] = SCALE.index(u);
    keys.precision[i] = precisions.index(rng);
    keys.type[i] = eventTypes.index(rng);
    keys.location[i] = rng.chance(0.65) ? shared.locationPick.index(rng) : -1;
  }
  return keys;
}
