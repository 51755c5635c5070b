/**
 * One definition of the checks on a record (src/seed/record-checks.ts): a record the seed refuses is the record the
 * ingest holds back, for the same reason in the same words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { eventProblem, figureProblem, statementProblem, voteProblem } from '../../src/ingest/validate-draft.js';
import { loadCorpus } from '../../src/seed/load-corpus.js';
import { SeedError } from '../../src/seed/seed-error.js';
import { copySeed } from '../helpers/seed-copy.js';

const SOURCE = 'alarabiya-2016-12-03-aleppo-under-fire';
const FILE = `annotations/${SOURCE}.yaml`;
const copy = copySeed();
afterAll(() => copy.remove());
const original = readFileSync(join(copy.seedDir, FILE), 'utf8');
const text = readFileSync(join(copy.seedDir, 'articles', `${SOURCE}.txt`), 'utf8');
const scope = { text, gazetteer: Gazetteer.load(copy.seedDir, `${SOURCE}.yaml`), newActors: new Set<string>() };

const statement = {
  id: 'test-statement',
  speaker: 'staffan-de-mistura',
  kind: 'direct',
  said: { date: '2016-12-02', precision: 'day', basis: 'relative', note: 'test' },
  evidence: ['We’ll follow his advice.'],
};
const figure = {
  id: 'test-figure',
  metric: 'trapped',
  category: 'humanitarian',
  raw_text: 'more than 40000',
  value: 40000,
  low: 40000,
  high: null,
  qualifier: 'more_than',
  unit: 'people',
  as_of: { date: '2016-12-02', precision: 'day', basis: 'relative', note: 'test' },
  evidence: ['more than 40000 are trapped and need help'],
};
const event = {
  id: 'test-event',
  type: 'talks',
  title: 'Talks',
  summary: 'Talks on a draft.',
  when: { date: '2016-12-02', precision: 'day', basis: 'relative', note: 'test' },
  actors: [{ actor: 'canada', role: 'sponsor' }],
  evidence: [
    'The UN General Assembly initiated talks about a draft resolution to end the fighting amid frustration emerging from the crisis',
  ],
};
const vote = {
  id: 'test-vote',
  body: 'general_assembly',
  voted: { date: '2016-12-02', precision: 'day', basis: 'relative', note: 'test' },
  subject: 'A draft',
  outcome: 'adopted',
  binding: false,
  tally: { yes: null, no: null, abstain: null },
  tally_basis: 'unknown',
  sponsors: ['canada'],
  positions: [],
  evidence: [
    'The UN General Assembly initiated talks about a draft resolution to end the fighting amid frustration emerging from the crisis',
  ],
};

/** The reason the seed gives for the record in its file, or null when the corpus loads. */
function seedReason(collection: string, record: object): string | null {
  const doc = parse(original) as Record<string, object[]>;
  doc[collection] = [...(doc[collection] ?? []), record];
  copy.edit(FILE, () => stringify(doc));
  try {
    loadCorpus({ seedDir: copy.seedDir, migrationsDir: copy.migrationsDir });
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).record).toMatch(new RegExp(`^${collection}\\[\\d+\\] \\(test-`));
    return (error as SeedError).reason;
  } finally {
    copy.edit(FILE, () => original);
  }
}

const cases = [
  ['statements', statementProblem, statement, {}, null],
  ['statements', statementProblem, statement, { evidence: ['words nobody wrote'] }, /quote not found in the article/],
  ['statements', statementProblem, statement, { speaker: 'nobody-known' }, /unknown speaker "nobody-known"/],
  ['statements', statementProblem, statement, { place: 'atlantis' }, /unknown place "atlantis"/],
  ['figures', figureProblem, figure, {}, null],
  ['figures', figureProblem, figure, { raw_text: '40001' }, /raw_text "40001" does not occur in the first evidence passage/],
  ['figures', figureProblem, figure, { category: 'military' }, /category: metric trapped is in category "humanitarian"/],
  ['figures', figureProblem, figure, { claimed_by: 'nobody-known' }, /unknown claimed_by actor/],
  ['events', eventProblem, event, {}, null],
  ['events', eventProblem, event, { actors: [event.actors[0], event.actors[0]] }, /listed twice with role "sponsor"/],
  ['events', eventProblem, event, { location: 'atlantis' }, /unknown location "atlantis"/],
  ['votes', voteProblem, vote, {}, null],
  ['votes', voteProblem, vote, { sponsors: ['nobody-known'] }, /unknown sponsor "nobody-known"/],
] as const;

describe('the seed and the ingest check a record with one definition', () => {
  it.each(cases)('%s %#: the seed and the ingest agree', (collection, ingestProblem, base, change, reason) => {
    const record = { ...base, ...change };
    const fromSeed = seedReason(collection, record);
    expect(ingestProblem(scope, record)).toBe(fromSeed);
    if (reason === null) expect(fromSeed).toBeNull();
    else expect(fromSeed).toMatch(reason);
  });
});

describe('a curator merges an actor into one a record already lists beside it', () => {
  it('loads the event with the actor that stands once, where both ids named it (a merge is one edit)', () => {
    const doc = parse(original) as Record<string, object[]>;
    doc.actors = [
      ...(doc.actors ?? []),
      {
        id: 'ottawa-foreign-desk',
        name: 'Ottawa foreign desk',
        kind: 'state',
        method: 'extracted',
        confidence: 0.6,
        merged_into: 'canada',
      },
    ];
    doc.events = [
      ...(doc.events ?? []),
      {
        ...event,
        actors: [
          { actor: 'ottawa-foreign-desk', role: 'sponsor' },
          { actor: 'canada', role: 'sponsor' },
        ],
      },
    ];
    copy.edit(FILE, () => stringify(doc));
    try {
      const corpus = loadCorpus({ seedDir: copy.seedDir, migrationsDir: copy.migrationsDir });
      expect(corpus.eventActors.filter((a) => a.eventId === 'test-event')).toEqual([
        expect.objectContaining({ actorId: 'canada', role: 'sponsor' }),
      ]);
    } finally {
      copy.edit(FILE, () => original);
    }
  });
});
