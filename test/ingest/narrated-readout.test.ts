/**
 * (s18) A release narrated in the third person (a readout of a call, a communiqué, a note to correspondents), on
 * invented texts: the label that marks it as a release, the narrated positions of its subjects ("expressed", "voiced",
 * "commended"), and "He"/"She" going on with the narrated subject (issuer-voice.ts); a news story that mentions a
 * readout reads none of it.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { actorEntry, locationEntry } from '../../src/seed/annotation-schema.js';
import { testGazetteer } from './test-gazetteer.js';

// The test gazetteer with an office holder the readouts call by her office alone ("The Director-General").
const gazetteer = new Gazetteer(
  [
    ...testGazetteer.actors.values(),
    actorEntry.parse({ id: 'anna-holm', name: 'Anna Holm', kind: 'person', aliases: ['Anna Holm', 'Holm'], roles: [] }),
    actorEntry.parse({
      id: 'relief-director-general',
      name: 'Relief Director-General',
      kind: 'un_body',
      aliases: ['Director-General', 'Relief Director-General'],
      roles: [],
      holders: [{ actor: 'anna-holm', from: '2015-01-01' }],
    }),
  ],
  [...testGazetteer.locations.values()].map((l) => locationEntry.parse(l)),
);

function rows(text: string, publisher: string, url = 'https://example.org/readouts/1', publishedOn = '2016-12-14') {
  const title = text.split('\n')[0] ?? '';
  const extraction = extractArticle({ text, publishedOn, title, publisher, url, gazetteer });
  return extraction.statements.map((s) => [
    s.speaker.status === 'actor' ? s.speaker.id : `proposed:${s.speaker.proposal.id}`,
    text.slice((s.evidence[0] as { start: number }).start, (s.evidence[0] as { end: number }).end).slice(0, 60),
  ]);
}

describe('a readout narrated in the third person', () => {
  const readout = (label: string, body: string[]) =>
    [
      'Calls of the Director-General on the Port Vell evacuation',
      label,
      'Director-General Anna Holm spoke by telephone this afternoon with Jan Berg, Foreign Minister of Estland, about the evacuation of Port Vell.',
      ...body,
    ].join('\n\n');

  it('reads a subject\'s "expressed", "voiced" and "commended" as positions under a readout, a communiqué or a note label', () => {
    const labels = ['Norland Relief Agency | Readouts | Port Vell', 'Communiqué', 'Note to correspondents'];
    const bodies = [
      'The Director-General expressed her alarm at reports that the convoys had been stopped at the last checkpoint.',
      'The Director-General voiced her deep disappointment that the agreed pause had broken down within hours.',
      'The Director-General commended the courage of the drivers and the volunteers of the local relief committee.',
    ];
    for (const label of labels)
      for (const body of bodies) {
        const found = rows(readout(label, [body]), 'Norland Relief Agency');
        expect(found.map((r) => r[1])).toContain(body.slice(0, 60));
        expect(found.find((r) => r[1] === body.slice(0, 60))?.[0]).toBe('anna-holm');
      }
  });

  it('gives "He" or "She" opening the next sentence to the narrated subject, not to the other party named before', () => {
    const found = rows(
      readout('Norland Relief Agency | Readouts', [
        'Jan Berg said that Estland would send two field hospitals to the border within the week.',
        'The Director-General commended the drivers for their courage. She said the agency had forty trucks ready to cross at dawn.',
        'The Director-General voiced her concern at the shelling of the road. She stressed that the wounded must be carried out first.',
        'Jan Berg said that the road would be cleared by noon.',
        'The Director-General expressed her gratitude to Estland for its offer of field hospitals. She also said that the first convoy would leave at dawn.',
      ]),
      'Norland Relief Agency',
    );
    expect(found.find((r) => r[1]?.startsWith('She said the agency'))?.[0]).toBe('anna-holm');
    expect(found.find((r) => r[1]?.startsWith('She stressed that'))?.[0]).toBe('anna-holm');
    expect(found.find((r) => r[1]?.startsWith('She also said that'))?.[0]).toBe('anna-holm');
  });

  it('keeps the other party for a pronoun after his own remark in between', () => {
    const found = rows(
      readout('Norland Relief Agency | Readouts', [
        'The Director-General expressed her concern at the shelling of the road. Jan Berg said that Estland would reopen its consulate. He stressed that the border would stay open.',
      ]),
      'Norland Relief Agency',
    );
    expect(found.find((r) => r[1]?.startsWith('He stressed that'))?.[0]).toBe('proposed:jan-berg');
  });

  it("dates a narrated position by the day line of the readout it stands under, not the page's publication (s22)", () => {
    const text = [
      'Calls of the Director-General on the Port Vell evacuation, 11 to 13 December 2016',
      'Norland Relief Agency | Readouts',
      "Readout of the Director-General's call with Foreign Minister Jan Berg of Estland",
      'Stockholm, 11 December 2016',
      'Director-General Anna Holm spoke by telephone this afternoon with Jan Berg, Foreign Minister of Estland.',
      'The Director-General expressed her alarm at reports that the convoys had been stopped at the last checkpoint.',
      "Readout of the Director-General's call with the Mayor of Port Vell",
      'Stockholm, 13 December 2016',
      'The Director-General spoke this morning with the Mayor of Port Vell.',
      'The Director-General commended the courage of the drivers and the volunteers of the local relief committee.',
    ].join('\n\n');
    const extraction = extractArticle({
      text,
      publishedOn: '2016-12-14',
      title: text.split('\n')[0] ?? '',
      publisher: 'Norland Relief Agency',
      url: 'https://example.org/readouts/2',
      gazetteer,
    });
    const said = (opening: string) =>
      extraction.statements.find((s) => text.slice((s.evidence[0] as { start: number }).start).startsWith(opening))?.said.date;
    expect(said('The Director-General expressed her alarm')).toBe('2016-12-11');
    expect(said('The Director-General commended the courage')).toBe('2016-12-13');
  });

  it('reads none of it in a news story that only mentions a readout of the call', () => {
    const text = [
      'Relief chief alarmed over Port Vell convoys',
      'According to a readout of the call, the Director-General of the agency, Anna Holm, expressed her alarm at reports that the convoys had been stopped.',
      'The Director-General voiced her deep disappointment that the agreed pause had broken down within hours.',
    ].join('\n\n');
    expect(rows(text, 'Port Vell Daily', 'https://portvelldaily.example/news/3')).toEqual([]);
  });
});
