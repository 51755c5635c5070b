/** The evidence of generated records: spans of generated articles, each `quote` exactly `text.slice(start, end)`. */
import type { Rng } from '../prng.js';
import type { SourceInfo } from './reference.js';
import type { Streams, SyntheticSizes } from './sizes.js';
import type { Inserter } from './tables.js';

/**
 * One run of evidence: one to four spans a record, from sources published around the record's date, with ids
 * counting up. Events, votes and figures share the run whose ids start at 1; statements start past the largest id
 * the first run could use (at most four spans a record).
 */
export class EvidenceChain {
  private readonly rng: Rng;
  private id: number;

  constructor(
    stream: Streams,
    label: 'events' | 'statements',
    sizes: SyntheticSizes,
    private readonly sources: SourceInfo[],
    private readonly insert: Inserter,
  ) {
    this.rng = stream(`evidence-${label}`);
    this.id = label === 'events' ? 0 : 4 * (sizes.events + sizes.votes + sizes.figures);
  }

  /** The spans of one record at position u of the timeline; with `write` false they are drawn but not inserted. */
  add(type: string, recordId: string, u: number, write = true): void {
    const rng = this.rng;
    const sources = this.sources;
    const last = sources.length - 1;
    const r = rng.next();
    const n = 1 + (r < 0.55 ? 1 : 0) + (r < 0.2 ? 1 : 0) + (r < 0.05 ? 1 : 0);
    let sourceIndex = Math.min(last, Math.floor(u * sources.length) + rng.int(3));
    for (let seq = 0; seq < n; seq++) {
      if (seq > 0 && rng.chance(0.4)) sourceIndex = Math.min(last, sourceIndex + 1 + rng.int(4)); // corroboration
      const source = sources[sourceIndex] as SourceInfo;
      const span = rng.int(source.spans.length / 2);
      this.id++;
      if (!write) continue;
      const start = source.spans[2 * span] as number;
      const end = source.spans[2 * span + 1] as number;
      this.insert.add([this.id, type, recordId, seq, source.id, start, end, source.text.slice(start, end)]);
    }
  }

  /**
   * Advances past the evidence of `records` records another thread writes: the same draws as `add`, nothing
   * inserted, so that the next section's evidence gets the same spans and ids as in a single pass.
   */
  skip(records: number): void {
    for (let i = 0; i < records; i++) this.add('', '', 0, false);
  }
}
