/** Events and the actors taking part in them, with their evidence. */
import { spanEnd } from '../../../src/db/event-spans.js';
import type { EVENT_TYPES } from '../../../src/db/schema.js';
import { TextMaker } from '../text.js';
import { EVENT_ROLES } from '../vocabulary.js';
import { provenance, type SectionContext } from './context.js';
import { datedWith, precisions, SCALE } from './dates.js';
import { eventTypes } from './event-keys.js';
import type { ActorInfo } from './reference.js';

const EVENT_LABELS: Record<(typeof EVENT_TYPES)[number], string> = {
  veto: 'veto in the Security Council',
  un_vote: 'UN vote',
  un_meeting: 'Security Council meeting',
  meeting: 'meeting',
  talks: 'talks',
  press_conference: 'press conference',
  trip: 'visit',
  pause: 'humanitarian pause',
  offensive: 'ground offensive',
  bombardment: 'airstrikes',
  siege: 'siege',
  displacement: 'displacement of families',
  evacuation: 'evacuation',
  appeal: 'appeal for access',
  announcement: 'announcement',
  report: 'report',
};

export function generateEvents({ stream, sizes, shared, ins, keys, evidence: main, tick }: SectionContext): void {
  const { actors } = shared;
  const insEvents = ins.get('events');
  const insEventActors = ins.get('event_actors');
  const eRng = stream('events');
  const text = new TextMaker(stream('events-text'), shared.names, shared.places);
  for (let i = 0; i < sizes.events; i++) {
    const u = keys.u[i] as number;
    const when = datedWith(eRng, text, keys.day[i] as number, precisions.items[keys.precision[i] as number] as string);
    const type = eventTypes.items[keys.type[i] as number] as (typeof EVENT_TYPES)[number];
    const location =
      (keys.location[i] as number) >= 0 ? (shared.locations[keys.location[i] as number] as { id: string; name: string }) : null;
    const nActors = eRng.int(4);
    const who = new Set<number>();
    for (let k = 0; k < nActors; k++) who.add(shared.participants.sample(eRng));
    const lead = who.size > 0 ? (actors[who.values().next().value as number] as ActorInfo).name : null;
    const id = keys.id(i);
    const end = when.date && when.precision === 'day' && eRng.chance(0.15) ? SCALE.at(Math.min(0.999999, u + eRng.next() * 0.01)) : null;
    const [method, confidence] = provenance(eRng);
    const dateEnd = end && when.date && end > when.date ? end : null;
    insEvents.add([
      id,
      type,
      text.eventTitle(EVENT_LABELS[type], location?.name ?? null, lead),
      text.eventSummary(location?.name ?? null, lead),
      when.date,
      dateEnd,
      when.precision,
      when.basis,
      when.note,
      when.sort,
      location?.id ?? null,
      method,
      confidence,
      spanEnd(when.date, dateEnd, when.precision),
    ]);
    for (const a of who) insEventActors.add([id, (actors[a] as ActorInfo).id, eRng.pick(EVENT_ROLES)]);
    main.add('event', id, u);
    tick();
  }
}
