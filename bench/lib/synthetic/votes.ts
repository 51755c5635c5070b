/** UN votes: Security Council (15 members, vetoes) and General Assembly (all member states), positions, sponsors. */
import { type POSITIONS, VOTE_OUTCOMES } from '../../../src/db/schema.js';
import { Weighted } from '../prng.js';
import { TextMaker } from '../text.js';
import { TOPIC_WORDS } from '../vocabulary.js';
import { nearEvent, provenance, type SectionContext } from './context.js';
import { dated, SCALE } from './dates.js';
import type { ActorInfo } from './reference.js';

export function generateVotes({ stream, sizes, shared, ins, keys, evidence: main, tick }: SectionContext): void {
  const { actors } = shared;
  const insVotes = ins.get('votes');
  const insPositions = ins.get('vote_positions');
  const insSponsors = ins.get('vote_sponsors');
  const vRng = stream('votes');
  const vText = new TextMaker(stream('votes-text'), shared.names, shared.places);
  const outcomesPending = new Weighted(VOTE_OUTCOMES, [0, 0, 3, 1]);
  for (let i = 0; i < sizes.votes; i++) {
    const u = (i + vRng.next()) / sizes.votes;
    const when = dated(vRng, vText, SCALE.index(u));
    const council = vRng.chance(0.7);
    const members: number[] = council ? [...shared.permanent] : shared.stateList;
    if (council) {
      const pool = shared.elected.slice();
      for (let k = 0; k < 10; k++) members.push(pool.splice(vRng.int(pool.length), 1)[0] as number);
    }
    const id = `${when.date ?? 'undated'}-${council ? 'sc' : 'ga'}-${vRng.pick(TOPIC_WORDS)}-draft-${i.toString(36)}`;
    const support = 0.45 + vRng.next() * 0.5;
    const positions: [number, (typeof POSITIONS)[number], number][] = [];
    let yes = 0;
    let no = 0;
    let abstain = 0;
    const vetoers: number[] = [];
    for (const m of members) {
      const r = vRng.next();
      const position = r < support ? 'yes' : r < support + (1 - support) * 0.45 ? 'no' : 'abstain';
      let veto = 0;
      if (council && position === 'no' && shared.permanent.includes(m) && vRng.chance(0.8)) {
        veto = 1;
        vetoers.push(m);
      }
      if (position === 'yes') yes++;
      else if (position === 'no') no++;
      else abstain++;
      positions.push([m, position, veto]);
    }
    let outcome: string = council ? (vetoers.length === 0 && yes >= 9 ? 'adopted' : 'not_adopted') : yes > no ? 'adopted' : 'not_adopted';
    if (vRng.chance(0.03)) outcome = outcomesPending.sample(vRng);
    const where = vRng.chance(0.7) ? 'Aleppo' : vText.place();
    const [method, confidence] = provenance(vRng);
    insVotes.add([
      id,
      council ? 'security_council' : 'general_assembly',
      when.date,
      when.precision,
      when.basis,
      when.note,
      when.sort,
      vText.voteSubject(where),
      outcome,
      council ? 1 : 0,
      yes,
      no,
      abstain,
      'stated',
      vetoers.length > 0 ? `vetoed by ${vetoers.map((v) => actors[v]?.name).join(' and ')}` : null,
      nearEvent(keys, vRng, u),
      method,
      confidence,
    ]);
    for (const [m, position, veto] of positions) insPositions.add([id, (actors[m] as ActorInfo).id, position, veto]);
    const sponsors = new Set<number>();
    const nSponsors = 1 + vRng.int(4);
    for (let k = 0; k < nSponsors; k++) sponsors.add(vRng.pick(members));
    for (const s of sponsors) insSponsors.add([id, (actors[s] as ActorInfo).id]);
    main.add('vote', id, u);
    tick();
  }
}
