/**
 * The actors of the corpus: the curated ones of seed/actors.yaml and those `npm run ingest` met for the first time,
 * listed in a record file's own `actors:` (method: extracted). One id per real-world person or body: an entry with
 * `merged_into: <id>` is not an actor of its own; its name and aliases become the target's aliases, its roles the
 * target's, and every record naming it names the target. This is how a curator says "that new speaker is Lavrov"
 * with one edit, leaving record ids as they are.
 */
import type * as schema from '../db/schema.js';
import type { ActorEntry } from './annotation-schema.js';
import { SeedError } from './seed-error.js';

/** An actor entry and where it was written, for error messages. */
export interface PlacedActor {
  entry: ActorEntry;
  file: string;
  label: string;
}

/** A merged entry's id and the actor that stands for it: its old URL answers a permanent redirect there. */
export interface ActorMerge {
  from: string;
  to: string;
}

export interface ActorSet {
  actors: (typeof schema.actors.$inferInsert)[];
  actorAliases: (typeof schema.actorAliases.$inferInsert)[];
  actorRoles: (typeof schema.actorRoles.$inferInsert)[];
  /** The id a record's reference stands for (a merged entry's target), or undefined when nobody has that id. */
  resolve(id: string): string | undefined;
  /** Each merged entry, in the order given. */
  merges: ActorMerge[];
  /** What the seed loads but a curator should look at again: a merge across the person/body line (mergeAcrossKinds). */
  warnings: string[];
}

/** Each kind as a phrase, for messages ("an organization", "a UN body"). */
const KIND_PHRASE: Record<ActorEntry['kind'], string> = {
  person: 'a person',
  state: 'a state',
  organization: 'an organization',
  un_body: 'a UN body',
  armed_group: 'an armed group',
  group: 'a group',
};

/**
 * The warning for a merge of a person into a state or body, or of a body into a person, or null. A merge says the
 * two are one real-world actor, and across that line it is most often the wrong id typed (a minister put on his
 * country): the merged names would be served as the other's aliases. It is a warning, not a refusal, because the
 * ledger models offices as bodies (a person may be merged into the office they speak for, un-secretary-general) and
 * the ingest can guess a new actor's kind wrong; giving the merged entry the kept actor's kind says it is meant and
 * silences it. Kinds of bodies among themselves (a group into an organization) are the ingest's coarse guesses of
 * one body and pass.
 */
function mergeAcrossKinds(merged: PlacedActor, kept: PlacedActor): string | null {
  const from = merged.entry;
  const to = kept.entry;
  if (from.kind === to.kind || (from.kind !== 'person' && to.kind !== 'person')) return null;
  const kind = KIND_PHRASE[to.kind];
  return (
    `${merged.file}: ${merged.label}: merged_into "${from.merged_into}", but ${from.id} is ${KIND_PHRASE[from.kind]} and ` +
    `${to.id} ${kind}: its names become that ${kind.replace(/^an? /, '')}'s aliases. If that is meant (a person merged ` +
    `into the office or body they speak for), set ${from.id}'s kind to ${to.kind}; else name the right actor`
  );
}

export function loadActors(placed: PlacedActor[]): ActorSet {
  const byId = new Map<string, PlacedActor>();
  for (const actor of placed) {
    const previous = byId.get(actor.entry.id);
    if (previous) {
      throw new SeedError(actor.file, actor.label, `duplicate actor id: "${actor.entry.id}" is already defined in ${previous.file}`);
    }
    byId.set(actor.entry.id, actor);
  }

  // Follows merged_into to the actor that stands; a chain is allowed (a merge into an entry later merged itself).
  const target = new Map<string, string>();
  const targetOf = (start: PlacedActor): string => {
    const seen = new Set<string>();
    let current = start;
    while (current.entry.merged_into) {
      seen.add(current.entry.id);
      const next = byId.get(current.entry.merged_into);
      if (!next) throw new SeedError(current.file, current.label, `merged_into "${current.entry.merged_into}" is not a known actor id`);
      if (seen.has(next.entry.id))
        throw new SeedError(start.file, start.label, `merged_into goes round in a circle through "${next.entry.id}"`);
      current = next;
    }
    return current.entry.id;
  };
  for (const actor of placed) target.set(actor.entry.id, targetOf(actor));

  const aliases = new Map<string, Set<string>>();
  const roles = new Map<string, Set<string>>();
  const set: ActorSet = { actors: [], actorAliases: [], actorRoles: [], resolve: (id) => target.get(id), merges: [], warnings: [] };
  for (const actor of placed) {
    const { entry } = actor;
    if (entry.merged_into) {
      const to = target.get(entry.id) as string;
      set.merges.push({ from: entry.id, to });
      const warning = mergeAcrossKinds(actor, byId.get(to) as PlacedActor);
      if (warning) set.warnings.push(warning);
      continue;
    }
    set.actors.push({
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      countryCode: entry.country_code ?? null,
      description: entry.description ?? null,
      method: entry.method,
      confidence: entry.confidence,
    });
    aliases.set(entry.id, new Set());
    roles.set(entry.id, new Set());
  }
  // A target's own names first, then those of the entries merged into it.
  for (const { entry } of [...placed.filter((a) => !a.entry.merged_into), ...placed.filter((a) => a.entry.merged_into)]) {
    const id = target.get(entry.id) as string;
    for (const alias of [entry.name, ...entry.aliases]) aliases.get(id)?.add(alias);
    for (const role of entry.roles) roles.get(id)?.add(role);
  }
  for (const [actorId, names] of aliases) for (const alias of names) set.actorAliases.push({ actorId, alias });
  for (const [actorId, list] of roles) for (const role of list) set.actorRoles.push({ actorId, role });
  return set;
}
