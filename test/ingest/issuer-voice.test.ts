/**
 * An issuer's own voice (issuer-voice.ts), on invented releases in three styles (a ministry speaking as "we", an NGO
 * speaking of itself in the third person, a UN office's statement) and on invented texts that are no release: a
 * newspaper's editorial "we", an analysis note, an appeal for money.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { headNoun, isOrganisationName } from '../../src/ingest/issuer-voice.js';
import { testGazetteer } from './test-gazetteer.js';

function issued(text: string, publisher: string, url = 'https://example.org/news/1', publishedOn = '2016-12-14') {
  const title = text.split('\n')[0] ?? '';
  const extraction = extractArticle({ text, publishedOn, title, publisher, url, gazetteer: testGazetteer });
  return {
    statements: extraction.statements.map((s) => ({
      speaker: s.speaker.status === 'actor' ? s.speaker.id : `proposed:${s.speaker.proposal.id}`,
      kind: s.kind,
      evidence: s.evidence.map((e) => text.slice(e.start, e.end)),
      said: s.said.date,
    })),
    proposals: extraction.proposals,
  };
}

describe('which publishers are organisations', () => {
  it('reads a ministry, an NGO and a UN office as organisations, and news outlets as none', () => {
    expect(isOrganisationName('Ministry of Foreign Affairs of Norland')).toBe(true);
    expect(isOrganisationName('Harbour Rights Centre')).toBe(true);
    expect(isOrganisationName("United Nations Children's Relief Office")).toBe(true);
    expect(isOrganisationName('Port Vell Daily')).toBe(false);
    expect(isOrganisationName('Northland News Agency')).toBe(false);
    expect(isOrganisationName('The Relief Monitor')).toBe(false);
    expect(isOrganisationName('Bellmark')).toBe(false);
  });

  it('finds the noun an organisation calls itself by', () => {
    expect(headNoun('Ministry of Foreign Affairs of Norland')).toBe('Ministry');
    expect(headNoun('Republic of Norland Ministry of Foreign Affairs')).toBe('Ministry');
    expect(headNoun('Port Vell Health Forum')).toBe('Forum');
    expect(headNoun('Norland Institute for Security Studies')).toBe('Institute');
  });
});

describe("a ministry's release in its own voice", () => {
  const text = [
    'Press Release No: 41 on the humanitarian situation in Port Vell',
    'We are deeply concerned by the renewed shelling of the old town of Port Vell. The humanitarian pause agreed last week has collapsed.',
    'The Ministry stresses that civilians must be allowed to leave in safety. We call on all parties to respect the pause without conditions.',
    'On Monday, Foreign Minister Maria Lindqvist held a telephone call with the mediator.',
    'Norland has made it clear that it will receive the wounded in its hospitals.',
  ].join('\n\n');
  const { statements, proposals } = issued(text, 'Ministry of Foreign Affairs of Norland', 'https://www.mfa.example/press-release-41');

  it('gives each sentence of its "we" voice to the ministry, by the publisher\'s name, as its own words', () => {
    const ministry = 'proposed:ministry-of-foreign-affairs-of-norland';
    expect(statements).toEqual([
      {
        speaker: ministry,
        kind: 'direct',
        evidence: [
          'We are deeply concerned by the renewed shelling of the old town of Port Vell.',
          'The humanitarian pause agreed last week has collapsed.',
        ],
        said: '2016-12-14',
      },
      {
        speaker: ministry,
        kind: 'direct',
        evidence: ['The Ministry stresses that civilians must be allowed to leave in safety.'],
        said: '2016-12-14',
      },
      {
        speaker: ministry,
        kind: 'direct',
        evidence: ['We call on all parties to respect the pause without conditions.'],
        said: '2016-12-14',
      },
      {
        speaker: ministry,
        kind: 'direct',
        evidence: ['Norland has made it clear that it will receive the wounded in its hospitals.'],
        said: '2016-12-14',
      },
    ]);
  });

  it("makes its own call on the parties an appeal of the release's day", () => {
    const { events } = extractArticle({
      text,
      publishedOn: '2016-12-14',
      title: text.split('\n')[0] ?? '',
      publisher: 'Ministry of Foreign Affairs of Norland',
      url: 'https://www.mfa.example/press-release-41',
      gazetteer: testGazetteer,
    });
    expect(events.filter((e) => e.type === 'appeal').map((e) => e.when.date)).toEqual(['2016-12-14']);
  });

  it('proposes the publisher as a new organisation, served like any new actor', () => {
    expect(proposals).toMatchObject([
      { id: 'ministry-of-foreign-affairs-of-norland', name: 'Ministry of Foreign Affairs of Norland', kind: 'organization' },
    ]);
  });
});

describe("an organisation's channel of releases (s48)", () => {
  it('reads "UNHCR Briefing Notes" as UNHCR speaking in its own voice, and a news centre as no issuer', () => {
    const text = [
      'Syria: UNHCR scales up help for families fleeing Port Vell',
      'Briefing Notes, 6 December 2016',
      'We have received reports that men and boys over the age of 15 are being separated from their families. We remind all parties that civilians fleeing fighting must be protected.',
    ].join('\n\n');
    const own = issued(text, 'UNHCR Briefing Notes').statements;
    expect(own.map((s) => [s.speaker, s.kind])).toEqual([
      ['proposed:unhcr', 'direct'],
      ['proposed:unhcr', 'direct'],
    ]);
    expect(issued(text, 'UN News Centre').statements).toEqual([]);
  });
});

describe("an NGO's report launch in the third person", () => {
  const text = [
    'New report: Port Vell clinics struck again and again',
    '(Stockholm, 14 December 2016) – Clinics in the old town of Port Vell were struck at least 12 times in October, Harbour Rights Centre said in a report released today.',
    'Harbour Rights Centre found that most of the strikes came in the morning, when the queues were longest. The report is based on 30 interviews.',
    'Two of the clinics have since closed for good, the report says.',
    'The organisation called on the Norlandic government to open an independent inquiry. It also urged the mediator to press for access to the old town.',
  ].join('\n\n');
  const { statements } = issued(text, 'Harbour Rights Centre');

  it('reports its findings, its document and its appeals as its indirect statements, dated by the release', () => {
    const rows = statements.map((s) => [s.speaker, s.kind, s.said, s.evidence[0]]);
    const centre = 'proposed:harbour-rights-centre';
    expect(rows).toEqual([
      [centre, 'indirect', '2016-12-14', expect.stringContaining('were struck at least 12 times')],
      [centre, 'indirect', '2016-12-14', expect.stringContaining('most of the strikes came in the morning')],
      [centre, 'indirect', '2016-12-14', 'Two of the clinics have since closed for good'],
      [centre, 'indirect', '2016-12-14', expect.stringContaining('to open an independent inquiry')],
      [centre, 'indirect', '2016-12-14', expect.stringContaining('It also urged the mediator')],
    ]);
  });
});

describe('what "It" and "the report" stand for in a release', () => {
  it('reads "The report found that" as the issuer only where the release launches its own report', () => {
    const launch = [
      'New report on Port Vell',
      'Harbour Rights Centre today published a new report on the clinics of Port Vell.',
      'The report found that three clinics were hit twice in the same week.',
    ].join('\n\n');
    expect(issued(launch, 'Harbour Rights Centre').statements.map((s) => [s.speaker, s.evidence[0]])).toContainEqual([
      'proposed:harbour-rights-centre',
      'The report found that three clinics were hit twice in the same week.',
    ]);
    const other = [
      'Press release: clinics in Port Vell',
      'A report by the mediator was circulated to the council members.',
      'The report found that three clinics were hit twice in the same week.',
    ].join('\n\n');
    expect(issued(other, 'Harbour Rights Centre').statements).toEqual([]);
  });

  it('does not take "It" after a sentence about a resolution for the issuer', () => {
    const text = [
      'Press release: a vote on Port Vell',
      'The organisation welcomed the resolution adopted by the Assembly on Friday. It calls on all parties to lift the sieges.',
    ].join('\n\n');
    const rows = issued(text, 'Harbour Rights Centre').statements.map((s) => s.evidence[0]);
    expect(rows).toEqual(['The organisation welcomed the resolution adopted by the Assembly on Friday.']);
  });
});

describe("a UN office's statement", () => {
  const text = [
    "Statement by the Regional Director on Port Vell's children",
    'We are appalled by the killing of four children in the old town of Port Vell on Sunday.',
    'We welcome the agreement to evacuate the wounded, and we call on all sides to let it proceed.',
    'Our teams delivered 4,000 winter kits to families on Saturday.',
    'We are appealing for US$3 million to keep children warm this winter.',
  ].join('\n\n');
  const { statements, proposals } = issued(text, "United Nations Children's Relief Office");

  it('records its positions, not its doings nor its appeal for money', () => {
    expect(statements.map((s) => [s.speaker, s.kind, s.said, s.evidence])).toEqual([
      [
        'proposed:united-nations-childrens-relief-office',
        'direct',
        '2016-12-14',
        ['We are appalled by the killing of four children in the old town of Port Vell on Sunday.'],
      ],
      [
        'proposed:united-nations-childrens-relief-office',
        'direct',
        '2016-12-14',
        ['We welcome the agreement to evacuate the wounded, and we call on all sides to let it proceed.'],
      ],
    ]);
    expect(proposals[0]).toMatchObject({ kind: 'un_body' });
  });
});

describe('the ways a release names itself and speaks', () => {
  const speakers = (text: string, publisher: string) => issued(text, publisher).statements.map((s) => [s.speaker, s.kind, s.evidence[0]]);

  it('reads its full name from the head noun on, its initials and its first word as itself', () => {
    const full = [
      'Statement on the shelling of Port Vell',
      'The Ministry of Health of Norland condemns the shelling of the hospital in the old town.',
    ].join('\n\n');
    expect(speakers(full, 'Ministry of Health of Norland')).toEqual([
      [
        'proposed:ministry-of-health-of-norland',
        'indirect',
        'The Ministry of Health of Norland condemns the shelling of the hospital in the old town.',
      ],
    ]);
    const initials = [
      'Winter in Port Vell',
      "The Levantine Children's Fund (LCF) has worked in Port Vell since 2012. LCF calls on all parties to spare the schools.",
      'Media enquiries: press office',
    ].join('\n\n');
    expect(speakers(initials, "Levantine Children's Fund")).toEqual([
      ['proposed:levantine-childrens-fund', 'indirect', 'LCF calls on all parties to spare the schools.'],
    ]);
    const firstWord = ['Port Vell: a new report', 'Brightwater urges the council to send monitors to the old town.', 'ENDS'].join('\n\n');
    expect(speakers(firstWord, 'Brightwater Rights Foundation')).toEqual([
      ['proposed:brightwater-rights-foundation', 'indirect', 'Brightwater urges the council to send monitors to the old town.'],
    ]);
  });

  it('reads a "we" after a fronted phrase or opening a later clause, and "take note"', () => {
    const text = [
      'Press release: Port Vell',
      'In this regard, we reiterate that the wounded must be evacuated at once.',
      'The pause collapsed overnight, and we call on the mediator to restore it.',
      'We take note of the announcement made by the Norlandic government on Sunday.',
    ].join('\n\n');
    expect(speakers(text, 'Ministry of Foreign Affairs of Sweden').map((row) => row[2])).toEqual([
      'In this regard, we reiterate that the wounded must be evacuated at once.',
      'The pause collapsed overnight, and we call on the mediator to restore it.',
      'We take note of the announcement made by the Norlandic government on Sunday.',
    ]);
  });
});

describe('texts that are no issuer speaking', () => {
  it('gives a newspaper\'s editorial "we" and its report of a ministry\'s release to no outlet', () => {
    const text = [
      'Port Vell cannot wait',
      'We believe the council must act before the winter closes the roads.',
      'The Norlandic government said in a statement that it would open its border crossing on Monday.',
    ].join('\n\n');
    const { statements } = issued(text, 'Port Vell Daily', 'https://portvelldaily.example/opinion/1');
    expect(statements.map((s) => s.speaker)).toEqual(['norland']);
  });

  it("leaves an organisation's analysis note, which is no release, to its quoted speakers", () => {
    const text = [
      'The pocket will fall within weeks',
      'Security Note No. 12 | Norland Institute for Security Studies',
      'We expect the pocket to fall within weeks. By our count, 200 sorties were flown in November.',
      'We believe that the mediator has run out of options.',
    ].join('\n\n');
    expect(issued(text, 'Norland Institute for Security Studies').statements).toEqual([]);
  });

  it('gives a columnist published under a name of no organisation nothing of the publisher', () => {
    const text = [
      'Letters from the old town',
      'I called Port Vell again last night. We urged each other to stay calm, and we hoped that the pause would hold.',
    ].join('\n\n');
    expect(issued(text, 'Bellmark').statements).toEqual([]);
  });

  it("keeps a state named in an NGO's name a speaker of its own", () => {
    const text = ['Press release: the convoy to Port Vell', 'Norland insists that the convoy was never attacked near the old town.'].join(
      '\n\n',
    );
    expect(issued(text, 'Norland Relief Forum').statements.map((s) => s.speaker)).toEqual(['norland']);
  });

  it('reads an appeal for money as a doing, not a position', () => {
    const text = [
      'Winter kits for the children of Port Vell',
      'We are calling for urgent support to keep the children of Port Vell warm this winter.',
      "Harbour Children's Aid is today appealing for US$2 million.",
      'Notes to editors: photos are available on request.',
    ].join('\n\n');
    expect(issued(text, "Harbour Children's Aid").statements).toEqual([]);
  });
});

describe("the publisher's head noun in its own bulletin", () => {
  it('names "the Forum" that appealed by the publisher\'s full name and keeps the day it gives', () => {
    const text = [
      'Health Bulletin No. 3: Port Vell',
      'Three clinics closed this week in the old town of Port Vell.',
      'On Monday the Forum appealed to all parties to allow the medical evacuation of the wounded.',
    ].join('\n\n');
    const { statements } = issued(text, 'Port Vell Health Forum');
    expect(statements).toMatchObject([{ speaker: 'proposed:port-vell-health-forum', kind: 'indirect', said: '2016-12-12' }]);
  });

  it('dates its count "since" a day by the release, not by the day the count began', () => {
    const text = [
      'Health Forum warns of closures in Port Vell',
      'STOCKHOLM, 14 December 2016 - The Port Vell Health Forum today called on all parties to let the wounded leave the old town.',
      'Since 2 November, the organisation has recorded at least 41 attacks on clinics in the old town of Port Vell.',
    ].join('\n\n');
    const { statements } = issued(text, 'Port Vell Health Forum');
    expect(statements).toMatchObject([
      { speaker: 'proposed:port-vell-health-forum', said: '2016-12-14' },
      { speaker: 'proposed:port-vell-health-forum', said: '2016-12-14' },
    ]);
  });
});

describe("an office's briefing notes read by its spokesperson", () => {
  const text = [
    'Briefing notes on Port Vell: families cut off in the old town',
    'Spokesperson for the UN Refugee Office: Tomas Brenner',
    'Location: Geneva',
    'Date: 14 December 2016',
    'We have received credible reports that families trying to leave the old town were turned back at two checkpoints. Between 1 and 10 December, we recorded at least 3,200 arrivals in the northern shelters.',
    'Our staff in the northern shelters say that most of the new arrivals are women and children.',
    'The Director, Helga Moreau, visited the shelters on Tuesday. "We will not abandon these families," she said.',
    'We call on all parties to open the checkpoints without delay. The UN refugee office stands ready to send more tents within days.',
    'The UN refugee office is deeply concerned by the closure of the last clinic in the old town.',
  ].join('\n');
  const { statements, proposals } = issued(text, 'UN Refugee Office', 'https://www.unrefugeeoffice.example/briefing-notes/2016-12-14');
  const office = 'proposed:un-refugee-office';

  it('gives the office its knowing and its positions as its own words, the sentence after a call going on with it', () => {
    const rows = statements.map((s) => [s.speaker, s.kind, s.said, s.evidence]);
    expect(rows).toContainEqual([
      office,
      'direct',
      '2016-12-14',
      ['We have received credible reports that families trying to leave the old town were turned back at two checkpoints.'],
    ]);
    expect(rows).toContainEqual([
      office,
      'direct',
      '2016-12-14',
      ['Between 1 and 10 December, we recorded at least 3,200 arrivals in the northern shelters.'],
    ]);
    expect(rows).toContainEqual([
      office,
      'direct',
      '2016-12-14',
      [
        'We call on all parties to open the checkpoints without delay.',
        'The UN refugee office stands ready to send more tents within days.',
      ],
    ]);
    expect(rows).toContainEqual([
      office,
      'direct',
      '2016-12-14',
      ['The UN refugee office is deeply concerned by the closure of the last clinic in the old town.'],
    ]);
    expect(proposals.find((p) => p.id === 'un-refugee-office')).toMatchObject({ kind: 'un_body' });
  });

  it('gives what "our staff" say to them, with no day, and a quoted "we" to the person quoted', () => {
    const staff = statements.find((s) => s.evidence[0]?.includes('most of the new arrivals'));
    expect(staff).toMatchObject({ speaker: 'proposed:staff-in-the-northern-shelters', kind: 'indirect', said: null });
    const quoted = statements.find((s) => s.evidence[0]?.includes('We will not abandon'));
    expect(quoted?.speaker).not.toBe(office);
    expect(statements.filter((s) => s.speaker === office)).toHaveLength(4);
  });
});

describe("a coalition's joint statement published by one of its members", () => {
  const text = [
    'Joint statement: Port Vell must not be left to freeze',
    'Issued by Harbour Relief on behalf of the following signatories:',
    'Harbour Relief',
    'Northmoor Medical Aid',
    'Kestrel Legal Network',
    'We, the undersigned agencies, all of us working in the old town of Port Vell, are dismayed by the collapse of the pause.',
    'Harbour Relief has distributed 2,000 blankets since Monday. We remind the parties that the wounded must be allowed to leave.',
    '"Our surgeons have no more anaesthetic," said Ines Valdar, director of Northmoor Medical Aid. "We are operating on children without it."',
    'We urge the mediator and the council:',
    '- to restore the pause at once;',
    '- to send monitors to the crossings.',
    'We, the signatories, remain ready to scale up our work the moment the roads open. We ask only that the shelling stops long enough to let us in.',
  ].join('\n');
  const { statements, proposals } = issued(text, 'Harbour Relief', 'https://www.harbourrelief.example/news/joint-statement');
  const coalition = 'proposed:undersigned-agencies';

  it('gives the signatories\' "we" to them together, not to the member that publishes it', () => {
    const ours = statements.filter((s) => s.speaker === coalition).map((s) => [s.kind, s.said, s.evidence]);
    expect(ours).toEqual([
      [
        'direct',
        '2016-12-14',
        ['We, the undersigned agencies, all of us working in the old town of Port Vell, are dismayed by the collapse of the pause.'],
      ],
      ['direct', '2016-12-14', ['We remind the parties that the wounded must be allowed to leave.']],
      [
        'direct',
        '2016-12-14',
        ['We urge the mediator and the council:', '- to restore the pause at once;', '- to send monitors to the crossings.'],
      ],
      ['direct', '2016-12-14', ['We, the signatories, remain ready to scale up our work the moment the roads open.']],
      ['direct', '2016-12-14', ['We ask only that the shelling stops long enough to let us in.']],
    ]);
    expect(statements.some((s) => s.speaker === 'proposed:harbour-relief')).toBe(false);
    expect(proposals.find((p) => p.id === 'undersigned-agencies')).toMatchObject({
      name: 'undersigned agencies',
      kind: 'group',
      aliases: expect.arrayContaining(['undersigned organisations', 'signatories']),
    });
  });

  it("leaves a member's head quoted by name her own speaker", () => {
    const quoted = statements.filter((s) => s.evidence.some((e) => e.includes('anaesthetic')));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]?.speaker).not.toBe(coalition);
  });
});

describe("an agency's release that knows and finds in its own voice", () => {
  it('reads verifying, documenting and being aware as remarks, and receiving money or doing work as none', () => {
    const text = [
      'Press release: attacks on clinics in Port Vell',
      'The Agency has verified that four clinics in the old town were struck on Sunday.',
      'We have received funding from three donors for the winter. We delivered 600 tents to the shelters this week.',
      'We are aware of reports that a fifth clinic was hit overnight, and we are seeking to confirm them.',
      'ENDS',
    ].join('\n\n');
    const rows = issued(text, 'Norland Civil Protection Agency').statements.map((s) => [s.speaker, s.evidence[0]]);
    expect(rows).toEqual([
      ['proposed:norland-civil-protection-agency', 'The Agency has verified that four clinics in the old town were struck on Sunday.'],
      [
        'proposed:norland-civil-protection-agency',
        'We are aware of reports that a fifth clinic was hit overnight, and we are seeking to confirm them.',
      ],
    ]);
  });
});

describe('a "we, the undersigned" that is no issuer\'s voice', () => {
  it("leaves a letter quoted inside a newspaper story to the story's speakers", () => {
    const text = [
      'Aid groups write to the council',
      'Eleven aid groups wrote to the council on Monday. "We, the undersigned organisations, call on you to act," the letter said.',
      'We asked the mediator for comment, and we have not heard back.',
    ].join('\n\n');
    const { statements } = issued(text, 'Port Vell Daily', 'https://portvelldaily.example/news/letter');
    expect(statements.some((s) => s.speaker.includes('undersigned'))).toBe(false);
    expect(statements.some((s) => s.evidence.some((e) => e.startsWith('We asked the mediator')))).toBe(false);
  });
});

describe('who the voice is when it is not the publisher', () => {
  it('reads "We, the foreign ministers of ...," as the ministers together, whoever publishes the text', () => {
    const text = [
      'Joint declaration on Port Vell',
      'We, the Foreign Ministers of Norland, Sweden and Denmark, condemn the shelling of the old town of Port Vell in the strongest terms.',
      'We call on the mediator to reconvene the talks within the week.',
      'The ministers met in Oslo on Tuesday.',
    ].join('\n\n');
    const { statements, proposals } = issued(text, 'Ministry of Foreign Affairs of Norland', 'https://www.mfa.example/declaration');
    expect(statements.map((s) => [s.speaker, s.kind])).toEqual([
      ['proposed:foreign-ministers', 'direct'],
      ['proposed:foreign-ministers', 'direct'],
    ]);
    expect(proposals.find((p) => p.id === 'foreign-ministers')).toMatchObject({ name: 'Foreign Ministers', kind: 'group' });
  });

  it('reads a statement headed "Joint Statement of the Foreign Ministers of A, B and C" as theirs, one remark per numbered paragraph (s64)', () => {
    const text = [
      'Joint Statement of the Foreign Ministers of Sweden, Norland and Denmark on the situation in Port Vell',
      'NORDIC TRIANGLE PRESS SERVICE\nStatement No. 9/2016\nOslo, 14 December 2016',
      'The Foreign Ministers of Sweden, Norland and Denmark met this morning in Oslo. They adopted the following statement.',
      '1. We condemn the shelling of the old town of Port Vell. The harbour hospital has been hit three times. Those who ordered it will answer for it.',
      '2. We call on the army to open the coast road. We take note of the pause announced for Friday. A pause of a few hours cannot feed a city.',
      'Remarks to the press',
      'Speaking after the meeting, Maria Lindqvist said the talks had to resume within the week.',
    ].join('\n\n');
    const { statements, proposals } = issued(text, 'Nordic Triangle Press Service', 'https://nordic-triangle.example/statements/9');
    const group = 'proposed:foreign-ministers-of-sweden-norland-and-denmark';
    expect(statements.filter((s) => s.speaker === group).map((s) => [s.kind, s.said, s.evidence.join(' ')])).toEqual([
      ['direct', '2016-12-14', expect.stringMatching(/^We condemn the shelling.*will answer for it\.$/u)],
      ['direct', '2016-12-14', expect.stringMatching(/^We call on the army.*cannot feed a city\.$/u)],
    ]);
    expect(proposals.find((p) => p.id === 'foreign-ministers-of-sweden-norland-and-denmark')).toMatchObject({ kind: 'group' });
    expect(statements.at(-1)).toMatchObject({ speaker: 'maria-lindqvist', kind: 'indirect' });
    // a story headed so that tells the statement in the third person has no voice of the ministers
    const story = [
      'Joint Statement of the Foreign Ministers of Sweden, Norland and Denmark on the situation in Port Vell',
      'The ministers condemned the shelling of the old town on Wednesday.',
      'They called on the army to open the coast road.',
    ].join('\n\n');
    expect(issued(story, 'Port Vell Daily').statements.some((s) => s.kind === 'direct')).toBe(false);
  });

  it("reads a joint statement a ministry reproduces in quotation marks as the signatories' voice, then the host's words as his", () => {
    const text = [
      'Joint declaration of the Nordic ministers on Port Vell',
      'Press release | Ministry of Foreign Affairs of Norland | 14.12.2016',
      'The following joint declaration was issued today by the foreign ministers of Norland, Sweden and Denmark.',
      '"We, the Foreign Ministers of the Nordic states, are gravely concerned by the shelling of the old town of Port Vell. Hundreds of families are trapped there.',
      'We condemn the attacks on the harbour hospital in the strongest terms.',
      'We stand ready to receive the wounded in our hospitals."',
      'Speaking in Oslo on Monday evening, Minister Kari Haugen said that the talks had to resume within the week.',
    ].join('\n\n');
    const { statements } = issued(text, 'Ministry of Foreign Affairs of Norland', 'https://www.mfa.example/declaration-nordic');
    expect(statements.map((s) => [s.speaker, s.kind])).toEqual([
      ['proposed:foreign-ministers', 'direct'],
      ['proposed:foreign-ministers', 'direct'],
      ['proposed:foreign-ministers', 'direct'],
      ['proposed:kari-haugen', 'indirect'],
    ]);
    expect(statements.slice(0, 3).map((s) => s.evidence.join(' '))).toEqual([
      expect.stringContaining('are gravely concerned by the shelling'),
      expect.stringContaining('We condemn the attacks'),
      expect.stringContaining('We stand ready to receive the wounded'),
    ]);
    expect(statements.map((s) => s.said)).toEqual(['2016-12-14', '2016-12-14', '2016-12-14', '2016-12-12']);
  });

  it('gives the notes of an office that a header names to that office, not to the site that carries them', () => {
    const text = [
      'Briefing notes: Port Vell',
      'Spokesperson for the Norland Red Crescent Society: Lina Berg',
      'We are gravely concerned for the 400 patients still in the old town. We urge both sides to let our ambulances through.',
    ].join('\n');
    const { statements } = issued(text, 'Norland Government Portal', 'https://www.gov.example/notes/12');
    expect(statements.map((s) => [s.speaker, s.kind])).toEqual([
      ['proposed:norland-red-crescent-society', 'direct'],
      ['proposed:norland-red-crescent-society', 'direct'],
    ]);
  });

  it('keeps the publisher where the header names it in other words', () => {
    const text = [
      'Briefing notes: Port Vell',
      'Spokesperson for the UN Refugee Office: Tomas Brenner',
      'We are gravely concerned for the families still in the old town.',
    ].join('\n');
    const { statements } = issued(text, 'Office of the United Nations Refugee Office');
    expect(statements.map((s) => s.speaker)).toEqual(['proposed:office-of-the-united-nations-refugee-office']);
  });
});

describe('a statement issued for someone else, in the third person', () => {
  it('gives a position whose own subject names another speaker to that speaker, dated by the release', () => {
    const text = [
      'Statement attributable to the Spokesperson for the Norland Relief Agency on Port Vell',
      "Anna Holm, the Agency's Director-General, is deeply alarmed by the renewed shelling of the old town of Port Vell.",
      'The Agency stands ready to send convoys as soon as the roads are opened.',
      'Partners have recorded 41 cases of hepatitis among the displaced families.',
    ].join('\n\n');
    const rows = issued(text, 'Norland Relief Agency').statements.map((s) => [s.speaker, s.kind, s.said, s.evidence[0]]);
    expect(rows).toEqual([
      [
        'proposed:anna-holm',
        'indirect',
        '2016-12-14',
        "Anna Holm, the Agency's Director-General, is deeply alarmed by the renewed shelling of the old town of Port Vell.",
      ],
      [
        'proposed:norland-relief-agency',
        'indirect',
        '2016-12-14',
        'The Agency stands ready to send convoys as soon as the roads are opened.',
      ],
    ]);
  });

  it('reads no such position in a news story, where the issuer rules do not apply', () => {
    const text = ['Port Vell shelled again', 'Director-General Anna Holm is deeply alarmed by the renewed shelling of the old town.'].join(
      '\n\n',
    );
    expect(issued(text, 'Port Vell Daily', 'https://portvelldaily.example/news/2').statements).toEqual([]);
  });
});

describe("a council's conclusions in numbered paragraphs, in its own voice", () => {
  const conclusions = (...paragraphs: string[]) =>
    [
      'Council conclusions on Port Vell',
      'Council of the Northern Union – Press office',
      'Press release 512/16',
      '14/12/2016',
      'The Council adopted the following conclusions on Port Vell at its meeting in Hamar on 14 December 2016:',
      ...paragraphs.map((p, i) => `${i + 1}. ${p}`),
    ].join('\n');
  const voiced = (text: string) => issued(text, 'Council of the Northern Union').statements.map((s) => s.evidence.join(' '));

  it.each([
    'The Union supports the proposal of the harbour master for a safe passage.',
    'The Council endorses the call of the Secretary-General for a truce in the old town.',
    'The Union opposes any amnesty for those who shelled the hospitals.',
  ])('gives a position of backing or opposing to the council: "%s"', (sentence) => {
    expect(voiced(conclusions(sentence))).toEqual([sentence]);
  });

  it.each([
    'The Council invites the Commission to present proposals without delay.',
    'The Union encourages both sides to return to the talks in Hamar.',
    'The Council requests the Secretariat to report on the convoys by March.',
  ])('gives an appeal that names whom it asks to act to the council: "%s"', (sentence) => {
    expect(voiced(conclusions(sentence))).toEqual([sentence]);
  });

  it.each([
    'The Union will not recognise any election held under siege.',
    'The Council shall never waver in its support for the people of Port Vell.',
    'The Union will not cease to press for the wounded to leave.',
  ])('gives a pledge with "will not" or "shall never" before any verb to the council: "%s"', (sentence) => {
    expect(voiced(conclusions(sentence))).toEqual([sentence]);
  });

  it('gives no pledge to what the council will do, without "not" or "never"', () => {
    expect(voiced(conclusions('The Union will send two observers to the crossing in January.'))).toEqual([]);
  });

  it('gives no position to money given or an invitation to an occasion', () => {
    expect(
      voiced(
        conclusions(
          'The Union supports the clinics of Port Vell with €2 million.',
          'The Council invites journalists to a briefing on Monday.',
          'The Union will support every effort to bring the guilty before a court.',
        ),
      ),
    ).toEqual([]);
  });

  it('reads "It" after a sentence whose object is no document as the council, and after one whose object is a document as that', () => {
    const veto = 'The Council condemns the veto of 8 October on the draft resolution presented by Estland.';
    const regret = 'It deeply regrets that a competing draft failed to obtain nine votes.';
    expect(voiced(conclusions(`${veto} ${regret}`))).toEqual([veto, regret]);
    const welcome = 'The Council welcomes the resolution adopted by the Assembly.';
    expect(voiced(conclusions(`${welcome} It strongly deplores the shelling of the old town.`))).toEqual([welcome]);
  });
});

describe("a mission's release that names itself by its state", () => {
  const text = [
    'Norland marks the anniversary of its resettlement programme',
    'PRESS RELEASE',
    'High Commission of Norland in Lakehaven',
    'Norland recognises the hospitality of the people of Lakehaven, who have opened their schools to displaced families.',
    'Since March 2015, Norland has welcomed more than 9,400 refugees from Port Vell, and thousands of them have found work.',
    'Norland welcomed hundreds of volunteers to its reception centres this winter.',
    '- 30 -',
  ].join('\n\n');
  const { statements } = issued(text, 'High Commission of Norland in Lakehaven');

  it('reads its recognition of a host as its position, and people it has taken in as a doing, no welcome', () => {
    expect(statements.map((s) => [s.speaker, s.said, s.evidence])).toEqual([
      [
        'proposed:high-commission-of-norland-in-lakehaven',
        '2016-12-14',
        ['Norland recognises the hospitality of the people of Lakehaven, who have opened their schools to displaced families.'],
      ],
    ]);
  });
});

describe("a mission's release whose state the gazetteer does not know", () => {
  it('reads the state its name holds, by its ISO name, as the mission speaking, and not the state where it serves', () => {
    const text = [
      'Estonia backs the new humanitarian pause',
      'Permanent Mission of Estonia to the United Nations',
      'Press Release',
      'Estonia welcomes the humanitarian pause agreed in Port Vell this morning. Estonia deeply regrets that it comes after weeks of shelling.',
      'Sweden regrets that the talks in Stockholm were postponed again.',
    ].join('\n\n');
    const mission = 'proposed:permanent-mission-of-estonia-to-the-united-nations';
    expect(issued(text, 'Permanent Mission of Estonia to the United Nations').statements.map((s) => [s.speaker, s.evidence])).toEqual([
      [mission, ['Estonia welcomes the humanitarian pause agreed in Port Vell this morning.']],
      [mission, ['Estonia deeply regrets that it comes after weeks of shelling.']],
      ['sweden', ['Sweden regrets that the talks in Stockholm were postponed again.']],
    ]);
    const embassy = issued(
      text.replace(/Permanent Mission of Estonia to the United Nations/gu, 'Embassy of Sweden in Estonia'),
      'Embassy of Sweden in Estonia',
    );
    expect(embassy.statements.map((s) => s.speaker)).toEqual(['proposed:estonia', 'proposed:embassy-of-sweden-in-estonia']);
  });
});

describe("a Commonwealth government's release that styles its ministers", () => {
  it('reads "The Honourable X, Minister of Y, said" and "the Hon. X" as X speaking', () => {
    const text = [
      'Norland announces winter aid for Port Vell',
      'News release',
      'The Honourable Priya Ramsaran, Minister of International Development and Trade, said the new funds would reach some 12,000 families before the snow.',
      'On Friday, the Hon. Tomas Vikander, Minister of Foreign Affairs, told reporters that Norland would press for a second pause.',
    ].join('\n\n');
    expect(issued(text, 'Department of Foreign Affairs of Norland').statements.map((s) => s.speaker)).toEqual([
      'proposed:priya-ramsaran',
      'proposed:tomas-vikander',
    ]);
  });
});

describe("a committee's report speaks in the committee's voice, not the House's that publishes it (s23)", () => {
  it("drafts the committee's conclusions and its numbered recommendations, each as the committee's", () => {
    const report = [
      'Relief for the Port City: Report of the Select Committee on Trade and Humanitarian Relief (extract)',
      'PARLIAMENT OF NORLAND',
      'Chapter 5: Conclusions',
      '5.1 The Committee is gravely troubled by what it heard, and believes that the bridge to the old town must be reopened before winter.',
      'RECOMMENDATION 1',
      'That the Government double its winter aid to the port city.',
      'Recommendation 2: That the Government press for an inquiry into the shelling of the old town.',
    ].join('\n\n');
    const { statements } = issued(report, 'Parliament of Norland', 'https://example.org/committees/relief/report-3');
    expect(statements).toEqual([
      {
        speaker: 'proposed:select-committee-on-trade-and-humanitarian-relief',
        kind: 'indirect',
        evidence: [
          'The Committee is gravely troubled by what it heard, and believes that the bridge to the old town must be reopened before winter.',
        ],
        said: '2016-12-14',
      },
      {
        speaker: 'proposed:select-committee-on-trade-and-humanitarian-relief',
        kind: 'indirect',
        evidence: ['That the Government double its winter aid to the port city.'],
        said: '2016-12-14',
      },
      {
        speaker: 'proposed:select-committee-on-trade-and-humanitarian-relief',
        kind: 'indirect',
        evidence: ['That the Government press for an inquiry into the shelling of the old town.'],
        said: '2016-12-14',
      },
    ]);
  });

  it('leaves a "That" paragraph under no recommendation label, and a report of two bodies, to the ordinary rules', () => {
    const unlabelled = [
      'Relief for the Port City: Report of the Select Committee on Trade and Humanitarian Relief (extract)',
      'That the Government double its winter aid to the port city.',
    ].join('\n\n');
    expect(issued(unlabelled, 'Parliament of Norland').statements).toEqual([]);
    const joint = [
      'Relief for the Port City: Report of the Trade Committee and the Relief Committee',
      'Recommendation 1: That the Government double its winter aid to the port city.',
    ].join('\n\n');
    expect(issued(joint, 'Parliament of Norland').statements).toEqual([]);
  });
});

describe("an NGO's urgent action in the third person", () => {
  const text = [
    'Urgent Action: Norland: Journalists held after the port falls',
    'URGENT ACTION\nJOURNALISTS HELD AFTER THE PORT FALLS\nUA: 12/16 Date: 9 December 2016',
    'Three reporters who covered the siege of Port Vell have not been seen since the army entered the old town on 6 December. Harbour Rights Centre fears that they are held incommunicado.',
    'Since the army began its assault on the old town on 20 November, Harbour Rights Centre has documented raids on at least six newsrooms. Harbour Rights Centre has received the names of 17 people detained at the harbour gate.',
    'The reporters worked for three local papers and a radio station.',
  ].join('\n\n');
  const { statements } = issued(text, 'Harbour Rights Centre', 'https://example.org/documents/ua-12-16', '2016-12-09');

  it('gives the organisation\'s fears and findings to it, dated by the document, a fronted "since" clause no day', () => {
    const centre = 'proposed:harbour-rights-centre';
    expect(statements.map((s) => [s.speaker, s.kind, s.said, s.evidence[0]])).toEqual([
      [centre, 'indirect', '2016-12-09', 'Harbour Rights Centre fears that they are held incommunicado.'],
      [centre, 'indirect', '2016-12-09', 'Harbour Rights Centre has documented raids on at least six newsrooms.'],
      [centre, 'indirect', '2016-12-09', 'Harbour Rights Centre has received the names of 17 people detained at the harbour gate.'],
    ]);
  });
});

describe("a tribunal's signed decision", () => {
  const text = [
    'Appeals Tribunal of Norland (Asylum Division), Appeal Number AT/00917/2016: decision and reasons (extract)',
    'IN THE APPEALS TRIBUNAL\nAppeal Number: AT/00917/2016',
    'Heard at Harbour House on 14 November 2016\nDecision Promulgated on 5 December 2016',
    'Before\nSENIOR JUDGE PELLINGER',
    '1. The appellant, JR, is a fisherman from the old town of Port Vell whose claim was refused in March 2016.',
    '2. Mr Ostrander, for the appellant, submitted that the earlier judge had ignored the medical reports. Ms Vance, for the Minister, accepted that the shelling of the old town had grown worse since March.',
    '3. I find that the earlier judge erred in law. Having heard all the evidence, I am satisfied that the appellant cannot return to the old town in safety.',
    '4. I allow the appeal on protection grounds.',
    'Signed: Senior Judge Pellinger\nDate: 2 December 2016',
  ].join('\n\n');
  const { statements } = issued(text, 'Appeals Tribunal of Norland', 'https://example.org/decisions/at-00917-2016', '2016-12-05');

  it("gives the judge's first-person findings and ruling to the judge on the day signed, the parties' case to them on the hearing's day", () => {
    expect(statements.map((s) => [s.speaker, s.said, s.evidence[0]])).toEqual([
      ['proposed:ostrander', '2016-11-14', expect.stringContaining('the earlier judge had ignored the medical reports')],
      ['proposed:vance', '2016-11-14', expect.stringContaining('the shelling of the old town had grown worse since March')],
      ['proposed:senior-judge-pellinger', '2016-12-02', expect.stringContaining('I find that the earlier judge erred in law')],
      ['proposed:senior-judge-pellinger', '2016-12-02', expect.stringContaining('I am satisfied that the appellant cannot return')],
      ['proposed:senior-judge-pellinger', '2016-12-02', 'I allow the appeal on protection grounds.'],
    ]);
  });
});

describe("a defenders' organisation's urgent appeal, its calls listed", () => {
  const text = [
    'Urgent Appeal: Norland: Lawyer arrested at the harbour gate',
    'HARBOUR DEFENDERS INTERNATIONAL\nURGENT APPEAL\nStockholm, 9 December 2016',
    'The lawyer Ivo Marsh was arrested at the harbour gate of Port Vell on 7 December. Harbour Defenders International believes that he is held because of his work for the families of the missing.',
    'Harbour Defenders International urges the authorities in Norland to:',
    '1. Disclose at once where Ivo Marsh is held;',
    '2. Release him unless he is charged with a recognisable offence.',
    'Harbour Defenders International respectfully reminds you that lawyers must be able to act for their clients without fear.',
  ].join('\n\n');
  const { statements } = issued(text, 'Harbour Defenders International', 'https://example.org/urgent-appeals/ivo-marsh', '2016-12-09');

  it('reads an organisation named "... International" in its own voice, its call with the list it opens', () => {
    const defenders = 'proposed:harbour-defenders-international';
    expect(statements.map((s) => [s.speaker, s.said, s.evidence.join(' ')])).toEqual([
      [defenders, '2016-12-09', expect.stringContaining('he is held because of his work')],
      [
        defenders,
        '2016-12-09',
        'Harbour Defenders International urges the authorities in Norland to: 1. Disclose at once where Ivo Marsh is held; 2. Release him unless he is charged with a recognisable offence.',
      ],
      [defenders, '2016-12-09', expect.stringContaining('lawyers must be able to act for their clients')],
    ]);
  });
});

describe("a board's reasons for decision, in numbered paragraphs", () => {
  const text = [
    'Refugee Board of Norland, Protection Division, File PV6-20117: reasons and decision (excerpt)',
    "Date of Hearing: November 22, 2016\nDate of Decision: December 6, 2016\nPanel: Ilse Brandt\nMinister's Counsel: Tomas Ek",
    '[1] The claimant, a 41-year-old fisherman from the old town of Port Vell, seeks protection.',
    '[2] Mr Ek submitted at the hearing that the claimant could live safely in the north of the country.',
    '[3] I find the appellant to be an honest witness.',
    '(signed) Ilse Brandt\nDecember 6, 2016',
  ].join('\n\n');
  const { statements } = issued(text, 'Refugee Board of Norland', 'https://example.org/decisions/pv6-20117', '2016-12-12');

  it("gives counsel's submission to him on the hearing's day, the member's finding to her on the day signed", () => {
    expect(statements.map((s) => [s.speaker, s.said, s.evidence[0]])).toEqual([
      ['proposed:tomas-ek', '2016-11-22', expect.stringContaining('the claimant could live safely in the north')],
      ['proposed:ilse-brandt', '2016-12-06', expect.stringContaining('I find the appellant to be an honest witness')],
    ]);
  });
});

describe('a body that works for the press, its initials, and its own count (s37)', () => {
  it('reads a body named for press work as an organisation, not a news agency named for its trade', () => {
    expect(isOrganisationName('Norland Press Safety Committee')).toBe(true);
    expect(isOrganisationName('Press Association')).toBe(false);
    expect(isOrganisationName('Norland News Agency')).toBe(false);
  });

  it('gives its closing "We urge" and "By NPSC\u2019s count" to the issuer, by the initials the text uses alone', () => {
    const text = [
      'Photographer missing in Vessa',
      'The Norland Press Safety Committee today called on all parties to disclose the whereabouts of a photographer.',
      'A colleague told NPSC that soldiers had taken his cameras.',
      'By NPSC\u2019s count, at least 14 journalists have been killed in the war this year.',
      'We urge every party to remember that journalists are civilians.',
    ].join('\n\n');
    const found = issued(text, 'Norland Press Safety Committee').statements;
    const of = (opening: string) => found.find((s) => s.evidence[0]?.startsWith(opening));
    expect(of('at least 14 journalists')?.speaker).toBe('proposed:norland-press-safety-committee');
    expect(of('at least 14 journalists')?.said).toBe('2016-12-14');
    expect(of('We urge every party')?.speaker).toBe('proposed:norland-press-safety-committee');
  });
});

describe("an organisation's own bulletin, named for its channel with the owner in brackets (s54)", () => {
  const text = [
    'Evacuation: our teams have received 412 patients',
    'VESSA BULLETIN',
    "Norland Doctors' Solidarity Network | Special edition | Tuesday, 20 December 2016",
    'Since Thursday our triage point at Kessa has received 412 sick and wounded patients.',
    'The Red Cross said this morning that about 25,000 people had left the old town since Thursday. The network estimates that several thousand more are still waiting at the crossing.',
    'The network welcomes the resolution, but 31 staff cannot be a substitute for observers on the road. We call on the Secretary-General to deploy monitors within days.',
  ].join('\n\n');
  const publisher = "Vessa Bulletin (Norland Doctors' Solidarity Network)";

  it('gives the narration\'s "The network ..." and "We call on ..." to the owner, not to the body named last', () => {
    const found = issued(text, publisher).statements;
    const of = (opening: string) => found.find((s) => s.evidence.some((e) => e.includes(opening)))?.speaker;
    expect(of('several thousand more')).toBe('proposed:norland-doctors-solidarity-network');
    expect(of('cannot be a substitute')).toBe('proposed:norland-doctors-solidarity-network');
    expect(of('We call on the Secretary-General')).toBe('proposed:norland-doctors-solidarity-network');
  });

  it('calls a network named for its work "the network"', () => {
    expect(headNoun("Norland Doctors' Solidarity Network")).toBe('Network');
  });

  it('not where the narration never speaks as "we": a journal in brackets is no release', () => {
    const journal = text.replace(/\b[Oo]ur\b/gu, 'the');
    const found = issued(journal, publisher).statements;
    expect(found.some((s) => s.evidence.some((e) => e.includes('We call on the Secretary-General')))).toBe(false);
  });
});
