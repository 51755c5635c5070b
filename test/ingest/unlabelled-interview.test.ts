/**
 * (s18) An interview printed without labels (labelled-turns.ts readUnlabelledInterview), on invented texts: an
 * introduction naming the interviewee and saying the text is a conversation, then question paragraphs each followed by
 * the interviewee's answer paragraphs. An explainer under question headings, and a story with one question in it,
 * are no interview.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { testGazetteer } from './test-gazetteer.js';

function rows(text: string, publisher = 'Norland Institute for Peace Studies') {
  const title = text.split('\n')[0] ?? '';
  const { statements } = extractArticle({
    text,
    publishedOn: '2016-12-14',
    title,
    publisher,
    url: 'https://example.org/analysis/1',
    gazetteer: testGazetteer,
  });
  return statements.map((s) => ({
    speaker: s.speaker.status === 'actor' ? s.speaker.id : `proposed:${s.speaker.proposal.id}`,
    kind: s.kind,
    basis: s.basis,
    words: text.slice((s.evidence[0] as { start: number }).start, (s.evidence[0] as { end: number }).end).slice(0, 50),
  }));
}

const answers = [
  'What happened at the talks in Lakehaven?',
  'Very little, and I was not surprised. The two delegations met for an hour and left without a text.',
  'Will the pause hold through the winter?',
  'I doubt it. The roads into the old town are still mined, and nobody has agreed who clears them.',
  'What should the mediator do next?',
  'Keep talking to both sides, quietly, and stop announcing deadlines that nobody keeps.',
];

describe('an interview printed without labels', () => {
  const introductions = [
    'We asked Dr Lena Sorvik, a senior fellow at the Institute, what the talks mean for Port Vell. The conversation took place by telephone on Monday.',
    'Lena Sorvik, who advised two mediators on Norland, spoke to us by video link from Stockholm about the week ahead.',
    'In this interview, Lena Sorvik, a former Red Cross delegate, answers our questions on the Port Vell talks. It has been edited for length.',
  ];
  for (const [n, introduction] of introductions.entries())
    it(`gives each answer to the interviewee the introduction names, and the questions to nobody (wording ${n + 1})`, () => {
      const found = rows(['Expert view: after the Lakehaven talks', introduction, ...answers].join('\n\n'));
      const turns = found.filter((r) => r.basis === 'question-turn');
      expect(turns.map((r) => [r.speaker, r.kind, r.words])).toEqual([
        ['proposed:lena-sorvik', 'direct', 'Very little, and I was not surprised. The two dele'],
        ['proposed:lena-sorvik', 'direct', 'I doubt it. The roads into the old town are still '],
        ['proposed:lena-sorvik', 'direct', 'Keep talking to both sides, quietly, and stop anno'],
      ]);
      expect(found.some((r) => r.words.startsWith('What') || r.words.startsWith('Will'))).toBe(false);
    });

  it('keeps a remark the answer relays with its own speaker', () => {
    const text = [
      'Expert view: after the Lakehaven talks',
      'We asked Dr Lena Sorvik, a senior fellow at the Institute, what the talks mean for Port Vell.',
      'What did the mediator say?',
      'Omar Haddad told the delegations on Friday that the pause would end unless the roads were cleared. I think he meant it.',
      'And the ambassador?',
      'She was blunt, as I expected.',
    ].join('\n\n');
    const found = rows(text);
    expect(found.some((r) => r.speaker === 'omar-haddad' && r.words.startsWith('Omar Haddad told'))).toBe(true);
    expect(found.filter((r) => r.basis === 'question-turn').map((r) => r.speaker)).toEqual([
      'proposed:lena-sorvik',
      'proposed:lena-sorvik',
    ]);
  });

  it('reads no interview in an explainer under question headings, with no one interviewed and no first person', () => {
    const text = [
      'Explainer: what the Lakehaven talks mean for Port Vell',
      'The delegations of Norland and its neighbours met in Lakehaven on Monday. Here is what we know.',
      'What happened at the talks?',
      'Very little. The two delegations met for an hour and left without a text.',
      'Will the pause hold?',
      'Few expect it to. The roads into the old town are still mined.',
    ].join('\n\n');
    expect(rows(text, 'Port Vell Daily').filter((r) => r.basis === 'question-turn')).toEqual([]);
  });

  it('reads no interview in a story with one question and its answer', () => {
    const text = [
      'After the Lakehaven talks',
      'We asked Dr Lena Sorvik, a senior fellow at the Institute, what the talks mean for Port Vell.',
      'Will the pause hold?',
      'I doubt it. The roads into the old town are still mined, she said.',
      'The delegations will meet again in January.',
    ].join('\n\n');
    expect(rows(text).filter((r) => r.basis === 'question-turn')).toEqual([]);
  });
});

describe('an unlabelled interview whose introduction names someone after the interviewee (s66)', () => {
  const text = (intro: string) =>
    [
      '"Nobody can be neutral about hunger": the minister on the Norland corridor',
      'THE WEEKEND INTERVIEW',
      `On Friday the assembly adopted a text on the Norland corridor. ${intro} This conversation has been condensed.`,
      'Why take the corridor to the assembly at all?',
      'Because the council could not act. We asked for the meeting with the support of forty countries, and I am proud of that.',
      'Does the text change anything on the ground?',
      'Our information is that the convoys are still waiting. I would like to see them move this week.',
    ].join('\n\n');
  const answers = (intro: string) =>
    rows(text(intro), 'Weekend Review')
      .filter((r) => r.basis === 'question-turn')
      .map((r) => r.speaker);

  it('gives the answers to the minister who spoke to the paper, not to the counterpart named after her', () => {
    expect(
      answers(
        'Foreign Minister Maria Lindqvist spoke to the Review by telephone from Geneva on Saturday, after a meeting hosted by her counterpart, Peter Okafor.',
      ),
    ).toEqual(['maria-lindqvist', 'maria-lindqvist']);
  });

  it('gives them to the one the paper spoke to, though another is named first', () => {
    expect(answers('Maria Lindqvist hosted a meeting in Geneva on Saturday. Afterwards we spoke to Peter Okafor by telephone.')).toEqual([
      'peter-okafor',
      'peter-okafor',
    ]);
  });

  it('takes no paper named in capitals for the interviewee: "Maria Lindqvist talked to DIE WOCHE"', () => {
    expect(answers('Maria Lindqvist talked to DIE WOCHE on Saturday, after a meeting hosted by Peter Okafor.')).toEqual([
      'maria-lindqvist',
      'maria-lindqvist',
    ]);
  });
});
