/**
 * A merge (`merged_into`) says two entries are one real-world actor. Merging a person into a state or a body, or a body
 * into a person, is most often the wrong id typed (the speaker meant for a minister put on his country), and its names
 * would then be served as a body's aliases; but the ledger models offices as bodies (a person merged into the office
 * they speak for) and the ingest can guess a new actor's kind wrong, so the seed warns instead of refusing: the warning
 * names both actors, both kinds and the file, and is silenced by giving the merged entry the kept actor's kind.
 */
import { describe, expect, it } from 'vitest';
import type { ActorEntry } from '../../src/seed/annotation-schema.js';
import { loadActors, type PlacedActor } from '../../src/seed/load-actors.js';

const actor = (id: string, kind: ActorEntry['kind'], extra: Partial<ActorEntry> = {}): ActorEntry =>
  ({ id, name: id, kind, aliases: [], roles: [], method: 'curated', ...extra }) as ActorEntry;
const placed = (entry: ActorEntry, file = 'actors.yaml'): PlacedActor => ({ entry, file, label: `actors[0] (${entry.id})` });

const known = [placed(actor('harbour-ministry', 'organization')), placed(actor('lena-vik', 'person')), placed(actor('norland', 'state'))];
const draft = 'annotations/example-2016-12-14-harbour.yaml';

describe('a merge across kinds', () => {
  it('warns when a person is merged into an organisation, naming both actors, both kinds and the file', () => {
    const set = loadActors([...known, placed(actor('ola-berg', 'person', { merged_into: 'harbour-ministry' }), draft)]);
    expect(set.warnings).toEqual([
      `${draft}: actors[0] (ola-berg): merged_into "harbour-ministry", but ola-berg is a person and harbour-ministry an organization: its names become that organization's aliases. If that is meant (a person merged into the office or body they speak for), set ola-berg's kind to organization; else name the right actor`,
    ]);
    // The merge still happens: a warning, not a refusal.
    expect(set.actors.map((a) => a.id)).not.toContain('ola-berg');
    expect(set.resolve('ola-berg')).toBe('harbour-ministry');
  });

  it('warns for a state merged into a person and through a chain, at the kind of the actor that stands', () => {
    const set = loadActors([
      ...known,
      placed(actor('norland-delegation', 'state', { merged_into: 'lena-vik' }), draft),
      placed(actor('vik', 'person', { merged_into: 'ola' }), draft),
      placed(actor('ola', 'person', { merged_into: 'norland' }), draft),
    ]);
    expect(set.warnings.map((w) => w.split(': merged_into')[0])).toEqual([
      `${draft}: actors[0] (norland-delegation)`,
      `${draft}: actors[0] (vik)`,
      `${draft}: actors[0] (ola)`,
    ]);
    expect(set.warnings[1]).toContain('vik is a person and norland a state');
  });

  it('says nothing when the kinds agree, or once the merged entry is given the kept actor kind', () => {
    const set = loadActors([
      ...known,
      placed(actor('minister-vik', 'person', { merged_into: 'lena-vik' }), draft),
      placed(actor('ministry', 'organization', { merged_into: 'harbour-ministry' }), draft),
      placed(actor('the-spokesman', 'organization', { merged_into: 'harbour-ministry' }), draft),
    ]);
    expect(set.warnings).toEqual([]);
  });
});
