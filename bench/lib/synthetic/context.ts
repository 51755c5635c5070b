/** What every section generator is given: its streams, sizes, reference data, inserters and shared helpers. */
import type { Rng } from '../prng.js';
import type { EventKeys } from './event-keys.js';
import type { EvidenceChain } from './evidence.js';
import type { ReferenceData } from './reference.js';
import type { Streams, SyntheticSizes } from './sizes.js';
import type { Inserters } from './tables.js';

export interface SectionContext {
  stream: Streams;
  sizes: SyntheticSizes;
  shared: ReferenceData;
  ins: Inserters;
  keys: EventKeys;
  /** The evidence run this section's records draw from. */
  evidence: EvidenceChain;
  /** Counts one main record (for progress). */
  tick: () => void;
}

/** Who made a record and how sure: mostly curated, sometimes extracted with a confidence of 0.5-0.95. */
export const provenance = (rng: Rng): [string, number] =>
  rng.chance(0.9) ? ['curated', 1] : ['extracted', Math.round((0.5 + rng.next() * 0.45) * 100) / 100];

/** Links to an event near position u; events are grouped in eights so that some events gather several records. */
export function nearEvent(keys: EventKeys, rng: Rng, u: number): string | null {
  const base = Math.floor((u * keys.count) / 8) * 8 + (rng.chance(0.7) ? 0 : rng.int(8));
  return keys.count > 0 ? keys.id(Math.min(keys.count - 1, Math.max(0, base))) : null;
}
