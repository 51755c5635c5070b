/**
 * One actor per name in a draft (placeProposals): what the sixteen-article run (ingest-many.test.ts) found broken,
 * on small made-up proposals: a known actor spelt without its accent, one body proposed twice (once with the last
 * word of the previous paragraph glued on), and aliases another actor already answers to.
 */
import { describe, expect, it } from 'vitest';
import { extractDraft, placeProposals } from '../../src/ingest/extract-draft.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import type { ProposedActor } from '../../src/ingest/speaker-resolution.js';
import { SEED_DIR } from '../../src/paths.js';

const gazetteer = new Gazetteer(
  [
    { id: 'stephane-dion', name: 'Stéphane Dion', kind: 'person', aliases: ['Dion'], roles: [], method: 'curated', confidence: 1 },
    { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow'], roles: [], method: 'curated', confidence: 1 },
  ],
  [],
);
const text = 'Meals were delivered since Sunday.\n\nUNICEF, for its part, warned. Stephane Dion said so. Ana Ruiz said.';
const proposal = (id: string, name: string, kind: ProposedActor['kind'], aliases: string[] = []): ProposedActor => ({
  id,
  name,
  kind,
  aliases,
  roles: [],
  mention: { start: 0, end: 5 },
});

describe('placing proposed actors', () => {
  const { entries, idOf } = placeProposals(
    [
      proposal('stephane-dion-proposed', 'Stephane Dion', 'person', ['Dion']),
      proposal('sunday-unicef', 'Sunday.\n\nUNICEF', 'person', ['Sunday.\n\nUNICEF', 'UNICEF']),
      proposal('unicef', 'UNICEF', 'un_body'),
      proposal('ana-ruiz', 'Ana Ruiz', 'person', ['Ruiz', 'Moscow', 'UNICEF']),
    ],
    gazetteer,
    'example-source',
    text,
  );

  it('gives a known actor, spelt without its accent, no second actor', () => {
    expect(idOf('stephane-dion-proposed')).toBe('stephane-dion');
    expect(entries.map((e) => e.id)).not.toContain('stephane-dion-proposed');
  });

  it('makes one actor of one name, with the kind of the cleanly named proposal and no name over a line break', () => {
    expect(idOf('sunday-unicef')).toBe('unicef');
    expect(idOf('unicef')).toBe('unicef');
    expect(entries.find((e) => e.id === 'unicef')).toMatchObject({ name: 'UNICEF', kind: 'un_body', aliases: [] });
  });

  it("leaves out an alias another actor answers to, and keeps the actor's own", () => {
    expect(entries.find((e) => e.id === 'ana-ruiz')?.aliases).toEqual(['Ruiz']);
    expect(entries.map((e) => e.id).sort()).toEqual(['ana-ruiz', 'unicef']);
  });
});

describe("a proposed actor's description", () => {
  it('quotes whole words around its first mention, and marks where it cut the paragraph', () => {
    const long =
      'At the clinic in the west of the city, a nurse in the emergency department said staff had treated forty people wounded by shelling since Sunday, most of them children.';
    const at = long.indexOf('a nurse');
    const { entries } = placeProposals(
      [{ ...proposal('nurse-unnamed', 'nurse (unnamed)', 'person'), mention: { start: at, end: at + 7 } }],
      gazetteer,
      'example-source',
      long,
    );
    const description = entries[0]?.description ?? '';
    expect(description).toMatch(/^Named in example-source, in the passage: At the clinic .* shelling…$/u);
  });

  it("is not wrapped in quotation marks of its own, which would pair with the passage's", () => {
    for (const passage of [
      'The envoy said "we will not leave" and walked out.',
      "Ms Rahal, who called the raid 'a crime', spoke last.",
      'A doctor told us: “The wards are full.”',
    ]) {
      const at = passage.search(/envoy|Rahal|doctor/u);
      const { entries } = placeProposals(
        [{ ...proposal('someone', 'Someone', 'person'), mention: { start: at, end: at + 5 } }],
        gazetteer,
        'src',
        passage,
      );
      const description = entries[0]?.description ?? '';
      expect(description).toBe(`Named in src, in the passage: ${passage}`);
      expect(description).not.toContain('ingest');
    }
  });
});

describe("bodies named in a new speaker's role", () => {
  const text = `Lesotho backs Aleppo truce

MASERU, December 8 — “Nobody should starve in a city under siege,” Home Affairs Cabinet Secretary Thabo Letsie told reporters in Maseru.

Palesa Mokoena, a lecturer at the Maluti Institute of Governance, said the vote would test the council.

Neo Ramakau, a member of the Basotho Reform Party's foreign affairs team, said Maseru would send tents.
`;
  const draft = extractDraft({
    sourceId: 'example-lesotho',
    text,
    publishedOn: '2016-12-08',
    title: 'Lesotho backs Aleppo truce',
    gazetteer: Gazetteer.load(SEED_DIR),
  });
  const actors = draft.actors.map((a) => `${a.name} (${a.kind})`);

  it('are drafted as actors, the curator meeting them with their people', () => {
    expect(actors).toContain('Maluti Institute of Governance (organization)');
  });

  it('are never an office printed before a name, nor a name with its possessive', () => {
    expect(draft.statements.map((s) => s.record.speaker)).toContain('thabo-letsie');
    expect(actors.filter((a) => /Secretary|'s\b/u.test(a))).toEqual([]);
    expect(actors).toContain('Basotho Reform Party (organization)');
  });
});

describe('a vote member the gazetteer does not know (s26)', () => {
  const text = `Tonga regrets the veto

NUKU'ALOFA, December 7 — Tonga said on Wednesday it regretted that two permanent members had vetoed a draft on a pause in Aleppo on Monday, a text backed by 11 members, with Venezuela voting against and Uruguay abstaining.
`;
  const draft = extractDraft({
    sourceId: 'example-tonga',
    text,
    publishedOn: '2016-12-07',
    title: 'Tonga regrets the veto',
    gazetteer: Gazetteer.load(SEED_DIR),
  });
  const uruguay = draft.actors.find((a) => a.name === 'Uruguay');

  it('is described by the passage that names it, as every new actor is, with no alias that is its own name', () => {
    expect(uruguay?.description).toMatch(/^Named in example-tonga, in the passage: .*Uruguay abstaining/u);
    expect(uruguay?.aliases).toEqual([]);
  });

  it('is counted in a tally note that reads one member in the singular', () => {
    expect(draft.votes[0]?.record.tally_note).toContain('abstain counts the 1 member the text lists');
  });
});

describe("a press occasion's or an announcement's party is the speaker of its remark (s29)", () => {
  const text = `Kestrel Bay sends tents

KESTREL BAY, December 14 — Ilse Varga, the Kestrel Bay Red Shield's envoy for Syria and Lebanon, told reporters in Geneva on Tuesday that the tents would arrive within a week.

The Harbour Office of Kestrel Bay said in a statement on Monday that it had chartered two aircraft for the tents.
`;
  const draft = extractDraft({
    sourceId: 'example-kestrel',
    text,
    publishedOn: '2016-12-14',
    title: 'Kestrel Bay sends tents',
    gazetteer: Gazetteer.load(SEED_DIR),
  });
  const nameOf = (id: string) => draft.actors.find((a) => a.id === id)?.name ?? id;
  const of = (type: string) => draft.events.find((e) => e.record.type === type)?.record;

  it('is the speaker, a new actor, not the body or the states that describe her', () => {
    const briefing = of('press_conference');
    expect(briefing?.actors?.map((a) => nameOf(a.actor))).toEqual(['Ilse Varga']);
    expect(briefing?.title).toBe('Press conference: Ilse Varga in Geneva');
  });

  it('is the body whose statement it was, not what the statement tells of', () => {
    expect(of('announcement')?.actors?.map((a) => nameOf(a.actor))).toEqual(['Harbour Office of Kestrel Bay']);
  });
});
