/** Statements: who said what, when and where, with a Zipf over speakers (a few say a large share). */
import { STATEMENT_KINDS } from '../../../src/db/schema.js';
import { Weighted } from '../prng.js';
import { TextMaker } from '../text.js';
import { TOPIC_WORDS } from '../vocabulary.js';
import { nearEvent, provenance, type SectionContext } from './context.js';
import { dated, SCALE } from './dates.js';
import { type ActorInfo, slugify } from './reference.js';

const statementKinds = new Weighted(STATEMENT_KINDS, [50, 15, 35]);

export function generateStatements({ stream, sizes, shared, ins, keys, evidence: speech, tick }: SectionContext): void {
  const { actors } = shared;
  const insStatements = ins.get('statements');
  const sRng = stream('statements');
  const text = new TextMaker(stream('statements-text'), shared.names, shared.places);
  // The speaker's last name as it starts a statement id, once per actor rather than once per statement.
  const speakerSlug = actors.map((a) => slugify(a.name.split(' ').pop() ?? a.name).slice(0, 20));
  for (let i = 0; i < sizes.statements; i++) {
    const u = (i + sRng.next()) / sizes.statements;
    const when = dated(sRng, text, SCALE.index(u));
    const speakerIndex = shared.speakers.sample(sRng);
    const speaker = actors[speakerIndex] as ActorInfo;
    const kind = statementKinds.sample(sRng);
    const place = sRng.chance(0.3) ? shared.locationPick.sample(sRng) : null;
    const id = `${speakerSlug[speakerIndex]}-${when.date ?? 'undated'}-${sRng.pick(TOPIC_WORDS)}-${i.toString(36)}`;
    const [method, confidence] = provenance(sRng);
    insStatements.add([
      id,
      speaker.id,
      speaker.roles.length > 0 && sRng.chance(0.6) ? sRng.pick(speaker.roles) : null,
      text.statement(kind, speaker.name),
      kind,
      when.date,
      when.precision,
      when.basis,
      when.note,
      when.sort,
      place?.id ?? null,
      sRng.chance(0.45) ? nearEvent(keys, sRng, u) : null,
      method,
      confidence,
    ]);
    speech.add('statement', id, u);
    tick();
  }
}
