/**
 * Speech carried by speaker labels (labelled-turns.ts), on invented records in several forms: a council's verbatim
 * record, a parliamentary record with peers' and ministers' headings, a press conference transcript, a wire list of
 * dated quotes, and texts that only look labelled (datelines, a headline with a colon, a header's fields).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { statementsOf, testGazetteer } from './test-gazetteer.js';

const rows = (text: string, publishedOn = '2016-12-14') =>
  statementsOf(text, publishedOn).map((s) => ({ speaker: s.speaker, kind: s.kind, said: s.said, first: s.evidence[0] ?? '' }));

describe('a verbatim record of a council meeting', () => {
  const record = [
    'Harbour Council, 412th meeting (excerpt)',
    'Thursday, 8 December 2016, 10 a.m.',
    'President: Mr. Brandt Solheim (Norland)',
    'The President: The Council will now consider the draft before it. I give the floor to the representative of Sweden.',
    'Ms. Varga Lindholm (Sweden): The harbour has been shut for three weeks and the ships cannot wait any longer. We ask the Council to open the channel.',
    'The President: I shall now put the draft resolution to the vote.',
    'A vote was taken by show of hands.',
    'The President: The draft resolution received 12 votes in favour and 3 against. The draft resolution has been adopted.',
    'Mr. Kessler Aune (Russian Federation) (spoke in Russian): My delegation voted against the text. The Russian Federation tells us nothing new, the speakers say, but the channel is not safe.',
    'The President: I shall now make a statement in my capacity as the representative of Norland.',
    'Norland supported this text because the people of the old town have waited long enough.',
    'I now resume my functions as President of the Council.',
    'The meeting rose at 11.20 a.m.',
  ].join('\n\n');

  it("makes each member's contribution one direct statement, by the person the label names, on the record's day", () => {
    const found = rows(record, '2016-12-09');
    expect(found.filter((r) => r.kind === 'direct')).toEqual([
      {
        speaker: 'proposed:varga-lindholm',
        kind: 'direct',
        said: '2016-12-08',
        first: 'The harbour has been shut for three weeks and the ships cannot wait any longer. We ask the Council to open the channel.',
      },
      {
        speaker: 'proposed:kessler-aune',
        kind: 'direct',
        said: '2016-12-08',
        first: expect.stringMatching(/^My delegation voted against the text\./u),
      },
      // The President speaking for his country is the person the header names in the chair.
      {
        speaker: 'proposed:brandt-solheim',
        kind: 'direct',
        said: '2016-12-08',
        first: 'Norland supported this text because the people of the old town have waited long enough.',
      },
    ]);
  });

  it("gives the chair's procedure (the floor, the vote, its result, resuming the chair) no statement", () => {
    const evidence = statementsOf(record, '2016-12-09').flatMap((s) => s.evidence);
    for (const words of ['I give the floor', 'put the draft resolution to the vote', 'received 12 votes', 'resume my functions'])
      expect(evidence.some((e) => e.includes(words))).toBe(false);
  });
});

describe('a parliamentary record', () => {
  const record = [
    'Port Vell: the harbour (question in the upper house)',
    'Upper House, Monday 12 December 2016',
    'Asked by Lord Fenwick of Bramley',
    'To ask the Government what steps they are taking to reopen the port of Port Vell.',
    'The Minister of State, Foreign Office (Baroness Holloway of Aldgate) (Con): My Lords, the channel was cleared of mines yesterday, and the first ship is due on Thursday.',
    'Lord Fenwick of Bramley (Lab): My Lords, I thank the noble Baroness for her Answer. Will the Government ensure that the flour reaches the old town before the winter?',
    'Baroness Holloway of Aldgate: My Lords, the noble Lord is right to press the point. We have asked the port authority to give the aid ships priority.',
    'Lord Ashcombe of Tilney (LD): My Lords—',
    'Lord Marwood (Con) rose—',
    'The Leader of the House (Baroness Pryor of Wendham) (Con): My Lords, it is the turn of the Liberal Democrats.',
    'Lord Ashcombe of Tilney: My Lords, this is the third winter the old town has waited. Will the Minister say when the last ship will be unloaded?',
  ].join('\n\n');

  it("records each peer's contribution by the name the heading gives, dated by the sitting's day", () => {
    expect(rows(record, '2016-12-13').map((r) => [r.speaker, r.kind, r.said])).toEqual([
      ['proposed:baroness-holloway-of-aldgate', 'direct', '2016-12-12'],
      ['proposed:lord-fenwick-of-bramley', 'direct', '2016-12-12'],
      ['proposed:baroness-holloway-of-aldgate', 'direct', '2016-12-12'],
      ['proposed:lord-ashcombe-of-tilney', 'direct', '2016-12-12'],
    ]);
  });

  it('gives no statement to the order paper, a turn cut short, "rose—" or the Leader\'s call', () => {
    const evidence = statementsOf(record, '2016-12-13').flatMap((s) => s.evidence);
    expect(evidence.some((e) => /To ask the Government|it is the turn of|rose/u.test(e))).toBe(false);
    // A member's question in the chamber is his contribution (unlike an interviewer's).
    expect(evidence.some((e) => e.startsWith('Will the Government ensure'))).toBe(true);
  });
});

describe('written questions and their answers', () => {
  const written = (asked: string, answered: string, dateLine: string | null) =>
    [
      'Written answers: Port Vell',
      'Port Vell: Shipping',
      'Question 4410, tabled on 5 December 2016',
      asked,
      'To ask the Secretary of State, what steps she is taking to reopen the harbour of Port Vell.',
      answered,
      ...(dateLine ? [dateLine] : []),
      'The Government is deeply concerned by the closure of the harbour. The channel was cleared of mines last week.',
      'Shipping companies bear a heavy responsibility for the delays.',
    ].join('\n');

  it.each([
    [
      'Asked by Jane Marsh (Northfield)',
      'Answered by: Tomas Elling, Minister of State, Foreign Office',
      'Answered on: 12 December 2016',
      'proposed:tomas-elling',
      '2016-12-12',
    ],
    [
      'Tabled by: Lord Ferris of Alden',
      'Replied by Anna Brook (Minister for Trade)',
      'Date of reply: 11 December 2016',
      'proposed:anna-brook',
      '2016-12-11',
    ],
    ['Submitted by Kay Dunmore', 'Answer from: Paul Grady, Under-Secretary of State', null, 'proposed:paul-grady', '2016-12-14'],
  ])('gives the answer under "%s" / "%s" to its answerer, dated by its own line', (asked, answered, dateLine, speaker, day) => {
    const found = statementsOf(written(asked, answered, dateLine), '2016-12-14');
    expect(found.map((s) => [s.speaker, s.kind, s.said])).toEqual([[speaker, 'direct', day]]);
    // The whole answer, to the next heading or the end; the question is procedural.
    expect(found[0]?.evidence.join(' ')).toMatch(/deeply concerned.*heavy responsibility/su);
    expect(found.flatMap((s) => s.evidence).some((e) => e.includes('To ask'))).toBe(false);
  });

  it('reads no field in a sentence that opens on "Asked by" or "Answered by"', () => {
    const story = [
      'Port Vell harbour to reopen',
      'Asked by reporters whether the harbour would reopen, Anna Brook said it would reopen on Monday.',
      'Answered by Tomas Elling in the chamber, the question drew laughter from the benches.',
      'The first ship is due on Thursday.',
    ].join('\n');
    expect(statementsOf(story, '2016-12-14').map((s) => s.speaker)).not.toContain('proposed:tomas-elling');
  });
});

describe('a press conference transcript', () => {
  const transcript = [
    'Transcript: the relief mission briefing',
    'Remarks by Peter Okafor, head of the relief mission, to reporters in Stockholm, Tuesday, 13 December 2016.',
    'MR OKAFOR: Good afternoon. The convoy reached the old town this morning with forty trucks of flour.',
    'Question: Lindqvist said on Monday that the channel was still mined. Is that right?',
    'MR OKAFOR: The channel was cleared last night. The ships can come in.',
    'Question: When will the next convoy leave?',
    'MR OKAFOR: On Friday, if the road stays open.',
  ].join('\n\n');

  it("makes the speaker's answers his statements and the questions none, but keeps a remark a question reports", () => {
    expect(rows(transcript, '2016-12-14').map((r) => [r.speaker, r.kind, r.said])).toEqual([
      ['peter-okafor', 'direct', '2016-12-13'],
      ['maria-lindqvist', 'indirect', '2016-12-12'],
      ['peter-okafor', 'direct', '2016-12-13'],
      ['peter-okafor', 'direct', '2016-12-13'],
    ]);
  });
});

describe("a ministry's transcript that labels its minister by the office alone (s55)", () => {
  const transcript = [
    'Norland: press conference by the Foreign Minister after the harbour meeting',
    'MINISTRY OF FOREIGN AFFAIRS',
    'Harbour meeting - Press conference by Mme Ingrid Solvang, Minister of Foreign Affairs - Oslo, 10 December 2016',
    'THE MINISTER - This morning I brought together the ministers of the countries that stand with the old town.',
    'We call for an immediate cessation of hostilities in the harbour.',
    'Q. - Will Norland present a new text to the Council?',
    'THE MINISTER - We are not giving up on the Council.',
    'Q. - What can Norland do for the people of the old town?',
    'THE MINISTER - Norland will do what it has always done: document the crimes.',
  ].join('\n\n');

  it("gives the minister's turns to the person the header names with that office, on the header's day", () => {
    const got = rows(transcript, '2016-12-12');
    expect(got.map((r) => [r.speaker, r.kind, r.said])).toEqual([
      ['proposed:ingrid-solvang', 'direct', '2016-12-10'],
      ['proposed:ingrid-solvang', 'direct', '2016-12-10'],
      ['proposed:ingrid-solvang', 'direct', '2016-12-10'],
    ]);
  });
});

describe("a parliament's verbatim report with dashes after the labels", () => {
  const report = [
    'Sitting of Wednesday, 14 December 2016 (verbatim report, excerpt)',
    'Northern Assembly',
    'Wednesday, 14 December 2016 - Tromsø',
    'IN THE CHAIR: INGA HALVORSEN',
    'President. – The next item is the statement by the Commissioner on the port of Port Vell.',
    'Jonas Ek, Commissioner for Humanitarian Aid. – Madam President, the ships reached the harbour this morning, and we will pay for the flour they carry.',
    'Karl Rydberg, on behalf of the Liberal Group. – (SV) Madam President, the harbour must never again be closed to food.',
    'Aino Lahti (Greens), blue-card question. – Mr Rydberg, who closed it in the first place?',
    'Karl Rydberg (Liberal), blue-card answer. – Whoever laid the mines, and everyone knows who that was.',
    'President. – The debate is closed.',
  ].join('\n\n');

  it("reads 'Name, apposition. –' and 'Name (Group), blue-card question. –' as turns, the chair's items as none", () => {
    expect(rows(report, '2016-12-15').map((r) => [r.speaker, r.kind, r.said, r.first])).toEqual([
      [
        'proposed:jonas-ek',
        'direct',
        '2016-12-14',
        'Madam President, the ships reached the harbour this morning, and we will pay for the flour they carry.',
      ],
      // The language the speech was given in is no word of it.
      ['proposed:karl-rydberg', 'direct', '2016-12-14', 'Madam President, the harbour must never again be closed to food.'],
      ['proposed:aino-lahti', 'direct', '2016-12-14', 'Mr Rydberg, who closed it in the first place?'],
      ['proposed:karl-rydberg', 'direct', '2016-12-14', 'Whoever laid the mines, and everyone knows who that was.'],
    ]);
    expect(statementsOf(report, '2016-12-15')[0]?.role).toBe('Commissioner for Humanitarian Aid');
  });
});

describe("a delegate's turn speaking for the delegation", () => {
  it("reads the delegation's name as the delegate speaking, and another state's words as that state's", () => {
    const text = [
      'Harbour Council, 415th meeting, 10 December 2016',
      'Saturday, 10 December 2016, 3 p.m.',
      'President: Mr. Brandt Solheim (Norland)',
      'The President: This meeting has been convened at the request of Sweden. I thank the members for their attendance.',
      'Ms. Varga Lindholm (Sweden): Sweden welcomes the opening of the channel. Russia told the Council on Friday that the mines had been cleared.',
      'Mr. Kessler Aune (Russia): Russia regrets that the port was closed so long. Our engineers are still at work.',
      'The President: There are no more names inscribed on the list of speakers. The meeting is adjourned.',
    ].join('\n\n');
    expect(rows(text, '2016-12-11').map((r) => [r.speaker, r.kind])).toEqual([
      ['proposed:varga-lindholm', 'direct'],
      ['russia', 'indirect'],
      ['proposed:kessler-aune', 'direct'],
    ]);
  });

  it('reads a state the gazetteer does not know, named in the label, as the delegate speaking', () => {
    const text = [
      'Harbour Council, 416th meeting, 11 December 2016',
      'Sunday, 11 December 2016, 3 p.m.',
      'President: Mr. Brandt Solheim (Norland)',
      'The President: I give the floor to the representative of Uruguay.',
      'Ms. Lucía Ferrante (Uruguay): Uruguay calls on all parties to keep the channel open. The ships must sail.',
      'Mr. Kessler Aune (Russia): Russia regrets that the port was closed so long.',
      'The President: The meeting is adjourned.',
    ].join('\n\n');
    expect(rows(text, '2016-12-12').map((r) => r.speaker)).toEqual(['proposed:lucia-ferrante', 'proposed:kessler-aune']);
  });
});

describe('a wire list of dated quotes', () => {
  const factbox = [
    'FACTBOX-What they said about the port of Port Vell',
    'Dec 14 (Harbour Wire) - The first aid ships docked in Port Vell this week after the channel was cleared.',
    'Here is what officials said:',
    '* Swedish Foreign Minister Maria Lindqvist, Dec. 10, in Stockholm:',
    '"The port must open to every ship that carries food. Nobody should starve behind a minefield."',
    '* Relief mission chief Peter Okafor, Dec. 12, to reporters in the port:',
    '"We have flour for ten days, no more."',
    '* Norlandic harbour master Ingrid Tollefsen, Dec. 13, in a statement:',
    '"The channel is open from tonight."',
    '* Omar Haddad, Dec. 13, in Stockholm, said the talks would resume only once the ships had docked.',
  ].join('\n\n');

  it("gives each quotation to the person its bullet names, dated by the bullet's own day", () => {
    expect(rows(factbox, '2016-12-14').map((r) => [r.speaker, r.kind, r.said, r.first])).toEqual([
      [
        'maria-lindqvist',
        'direct',
        '2016-12-10',
        '"The port must open to every ship that carries food. Nobody should starve behind a minefield."',
      ],
      ['peter-okafor', 'direct', '2016-12-12', '"We have flour for ten days, no more."'],
      // A person the gazetteer does not know is a new person by the name the bullet gives.
      ['proposed:ingrid-tollefsen', 'direct', '2016-12-13', '"The channel is open from tonight."'],
      // A bullet with a sentence of its own is read by the ordinary rules.
      ['omar-haddad', 'indirect', '2016-12-13', expect.stringContaining('the talks would resume')],
    ]);
  });
});

describe('texts that only look labelled', () => {
  it('reads datelines, a headline with a colon and one "Note:" as no turns', () => {
    const text = [
      'Port Vell: the ships wait',
      'STOCKHOLM - Omar Haddad said on Monday that the port would stay shut.',
      'Note: this story was updated.',
      'OSLO - Maria Lindqvist told reporters the talks had failed.',
    ].join('\n\n');
    expect(rows(text).map((r) => [r.speaker, r.kind])).toEqual([
      ['omar-haddad', 'indirect'],
      ['maria-lindqvist', 'indirect'],
    ]);
  });

  it("reads a photo agency's caption datelines, a place and a day before the dash, as no labels (s27)", () => {
    const text = [
      'Port Vell: the first ferries - gallery captions',
      'TARNOW HILL, NORLAND - DECEMBER 15: A ferry carrying families waits at the quay on December 15, 2016. Omar Haddad told reporters the port would open at noon. (Photo by Jo Lind/Agency)',
      'TARNOW HILL, NORLAND - DECEMBER 16: Families carry blankets to a bus after the ferry docked on December 16, 2016. (Photo by Jo Lind/Agency)',
      'KESSEL BAY, NORLAND - DECEMBER 16: A volunteer hands out bread at a camp on December 16, 2016. (Photo by Ana Roe/Agency)',
    ].join('\n\n');
    expect(rows(text).map((r) => r.speaker)).toEqual(['omar-haddad']);
  });

  it('does not read a news story whose paragraphs hold colons as a record of speech', () => {
    const text = [
      'Port Vell talks stall',
      'The mediator was blunt: the ships would not move this week.',
      'Peter Okafor: the name on every list in the port.',
      'Omar Haddad said the talks would resume on Friday.',
    ].join('\n\n');
    expect(rows(text).map((r) => r.speaker)).toEqual(['omar-haddad']);
  });
});

// A record with its page's metadata: the publisher's own line in a header is the page's, not the record's.
const dated = (paragraphs: string[], publishedOn: string, publisher: string) =>
  extractArticle({ text: paragraphs.join('\n\n'), publishedOn, title: paragraphs[0] ?? null, publisher, gazetteer: testGazetteer })
    .statements.filter((s) => s.kind === 'direct')
    .map((s) => [s.speaker.status === 'actor' ? s.speaker.id : `proposed:${s.speaker.proposal.id}`, s.said.date]);

describe("the day a record's header gives its turns", () => {
  it("takes the record's own dateline over an introduction that dates another happening", () => {
    const transcript = [
      'Press conference after the river talks',
      'Port Aster, 3 November 2016, 18:40',
      'After the river talks, Maria Lindqvist took questions from reporters. The talks took place in Port Aster on 1–2 November.',
      'Maria Lindqvist: Good evening. We agreed on the channel and on the convoys, and I will take your questions.',
      'Question: Will the ferries sail this week?',
      'Maria Lindqvist: They will sail on Saturday, and the first one will carry flour.',
    ];
    expect(dated(transcript, '2016-11-04', 'Nordic Wire')).toEqual([
      ['maria-lindqvist', '2016-11-03'],
      ['maria-lindqvist', '2016-11-03'],
    ]);
  });

  it("takes the record's own dateline of the page's day over talks whose days are printed month first (s63)", () => {
    const transcript = (talks: string) => [
      'Press conference after the river talks',
      'Port Aster, November 3, 2016, 18:40',
      `After the river talks, Maria Lindqvist took questions from reporters. The talks took place in Port Aster on ${talks}.`,
      'Maria Lindqvist: Good evening. We agreed on the channel and on the convoys, and I will take your questions.',
      'Question: Will the ferries sail this week?',
      'Maria Lindqvist: They will sail on Saturday, and the first one will carry flour.',
    ];
    // Talks of two days that run to the header's: the news conference is the header's day, not the talks' first.
    for (const talks of ['November 2–3', 'Nov. 2-3', 'November 2 and 3'])
      expect(dated(transcript(talks), '2016-11-03', 'Nordic Wire')).toEqual([
        ['maria-lindqvist', '2016-11-03'],
        ['maria-lindqvist', '2016-11-03'],
      ]);
    // Near miss: talks of one day before it still date the answers (an introduction under a page's day).
    expect(dated(transcript('November 2'), '2016-11-03', 'Nordic Wire')).toEqual([
      ['maria-lindqvist', '2016-11-02'],
      ['maria-lindqvist', '2016-11-02'],
    ]);
  });

  it("takes the day of a dateline opening the introduction as the record's own", () => {
    const transcript = [
      'Minister answers questions on the channel',
      'PORT ASTER, 3 November 2016 – Maria Lindqvist took questions from reporters. The river talks took place here on 2 November.',
      'Maria Lindqvist: Good evening. We agreed on the channel and on the convoys, and I will take your questions.',
      'Question: Will the ferries sail this week?',
      'Maria Lindqvist: They will sail on Saturday, and the first one will carry flour.',
    ];
    expect(dated(transcript, '2016-11-05', 'Nordic Wire')).toEqual([
      ['maria-lindqvist', '2016-11-03'],
      ['maria-lindqvist', '2016-11-03'],
    ]);
  });

  it("takes the introduction's day over the publisher's own line", () => {
    const podcast = [
      'The Harbour Hour: a ferry captain on the closed channel',
      'Harbour Radio, The Harbour Hour, 9 December 2016',
      'This week Anna Brook talks to Captain Ivo Marsh. The conversation was recorded on Tuesday, 6 December.',
      'HOST: Captain Marsh, how long has the channel been shut?',
      'MARSH: Three weeks now. We have forty ships waiting outside and the crews are running out of food.',
      'HOST: Will it open?',
      'MARSH: Not before the mines are cleared, and nobody has started that work.',
    ];
    expect(dated(podcast, '2016-12-09', 'Harbour Radio')).toEqual([
      ['proposed:ivo-marsh', '2016-12-06'],
      ['proposed:ivo-marsh', '2016-12-06'],
    ]);
  });

  it('reads a briefing whose date line is in numbers, its labels in capitals', () => {
    const briefing = [
      'Relief mission: daily briefing',
      'Date: 06.12.2016',
      'MR. OKAFOR: Good morning. The convoy reached the old town with forty trucks of flour.',
      'QUESTION: When does the next one leave?',
      'MR. OKAFOR: On Friday, if the road stays open and the crossing is not shelled again.',
    ];
    expect(dated(briefing, '2016-12-08', 'Relief Mission')).toEqual([
      ['peter-okafor', '2016-12-06'],
      ['peter-okafor', '2016-12-06'],
    ]);
  });

  it("reads a committee's hearing: the chairman's label in capitals, an ambassador's title and country", () => {
    const hearing = [
      'Committee on Harbours, hearing on the closed channel',
      'Thursday, December 8, 2016',
      'THE CHAIRMAN: The committee will come to order. We will hear first from the ambassador.',
      'Ambassador Ines Paulo (Estland): Thank you. Forty ships are waiting and the crews are short of food; my government asks that the channel be opened this week.',
      'THE CHAIRMAN: Thank you. Mr. Lund?',
      'MR. TOBIAS LUND: The mines are the problem. Nobody will sail until the channel is cleared, and that will take a month.',
    ];
    expect(dated(hearing, '2016-12-10', 'Harbour Gazette')).toEqual([
      ['proposed:ines-paulo', '2016-12-08'],
      ['proposed:tobias-lund', '2016-12-08'],
    ]);
  });
});

describe("a legislature's hearing transcript (labels in capitals, a chair, a witness)", () => {
  const hearing = [
    'HEARING BEFORE THE SUBCOMMITTEE ON RIVER TRADE, UNITED STATES SENATE',
    'WEDNESDAY, NOVEMBER 30, 2016',
    'The subcommittee met, pursuant to notice, at 9:30 a.m., Hon. Marta Quillan, chairwoman of the subcommittee, presiding.',
    'Present: Senators Quillan, Osgood, Brightwater and Lund.',
    'THE CHAIRWOMAN: The subcommittee will come to order. I thank our witness for coming. The barges on the lower river have been idle for a month, and the farmers have been told nothing. Senator Osgood.',
    'SENATOR OSGOOD: Thank you, Madam Chair. The grain has rotted in the holds, and the towns upriver deserve an answer.',
    'THE CHAIRWOMAN: Our witness is Tomas Verel, Director of the River Authority. Your written testimony will be entered into the record. Mr. Verel.',
    'MR. VEREL: Thank you, Chairwoman Quillan. The locks were closed because two gates failed on the same night. Both should be repaired by Friday.',
    'SENATOR BRIGHTWATER: So for a month the barges have waited, and the authority has offered--',
    'MR. VEREL: Senator, if I may--',
    '[Crosstalk]',
    'SENATOR BRIGHTWATER: --nothing but promises. I want a date in writing.',
    'SENATOR LUND: Will the gates hold through the winter?',
    'THE CHAIRWOMAN: Mr. Verel, would you care to reply?',
    'MR. VEREL: They will hold if the repairs are finished this week.',
    'THE CHAIRWOMAN: Thank you. The record will remain open for five days. The hearing is adjourned.',
  ].join('\n\n');

  it('records each turn by the person its label names, on the day the header prints in capitals', () => {
    expect(rows(hearing, '2016-12-01').map((r) => [r.speaker, r.kind, r.said])).toEqual([
      // The chair by the name the header says presides; a senator by the surname the label and the members' list give.
      ['proposed:marta-quillan', 'direct', '2016-11-30'],
      ['proposed:osgood', 'direct', '2016-11-30'],
      // The witness by the name the chair introduces her with.
      ['proposed:tomas-verel', 'direct', '2016-11-30'],
      ['proposed:brightwater', 'direct', '2016-11-30'],
      // A member's question is a contribution of their own.
      ['proposed:lund', 'direct', '2016-11-30'],
      ['proposed:tomas-verel', 'direct', '2016-11-30'],
    ]);
  });

  it("gives the chair's procedure (order, the witness, the record, the floor, adjourning) and a turn cut short no statement", () => {
    const evidence = statementsOf(hearing, '2016-12-01').flatMap((s) => s.evidence);
    for (const words of [
      'come to order',
      'Our witness is',
      'entered into the record',
      'care to reply',
      'remain open',
      'if I may',
      'Senator Osgood.',
    ])
      expect(evidence.some((e) => e.includes(words))).toBe(false);
    expect(evidence.some((e) => e.includes('The barges on the lower river have been idle'))).toBe(true);
  });

  it('joins a turn broken off by crosstalk and resumed by the same member into one utterance', () => {
    const brightwater = statementsOf(hearing, '2016-12-01').filter((s) => s.speaker === 'proposed:brightwater');
    expect(brightwater).toHaveLength(1);
    expect(brightwater[0]?.evidence).toEqual([
      'So for a month the barges have waited, and the authority has offered--',
      '--nothing but promises. I want a date in writing.',
    ]);
  });

  it("reads other legislators' label shapes and takes a member's full name from the members' list", () => {
    const house = [
      'COMMITTEE ON FLOODS, HOUSE OF REPRESENTATIVES',
      'FRIDAY, DECEMBER 2, 2016',
      'Members present: Ada Pellow (D-NY), Ivo Crane (R-Tenn.) and Rosa Tull.',
      'REP. PELLOW (D-NY): The levees in my district were built for a smaller river.',
      'SEN. CRANE: The money was approved in May and has not been spent.',
      'CONGRESSWOMAN TULL: I will ask the engineers to testify next week.',
    ].join('\n\n');
    expect(rows(house, '2016-12-03').map((r) => [r.speaker, r.said])).toEqual([
      ['proposed:ada-pellow', '2016-12-02'],
      ['proposed:ivo-crane', '2016-12-02'],
      ['proposed:rosa-tull', '2016-12-02'],
    ]);
  });

  it("reads an ambassador's abbreviated title on a label as an office, the name after it as the speaker (s22)", () => {
    const talk = [
      'The harbour after the siege (a public talk)',
      'Talk by Ambassador Ivo Marten Crane, former envoy of Norland to the port city, at the Harbour Institute.',
      'CHAIR (Dr Ada Pellow): Good evening. Ivo, the floor is yours.',
      'AMB. MARTEN CRANE: Thank you. The channel has been closed for a month and the grain is rotting in the holds.',
      'QUESTION (a student): Will the channel reopen before the winter?',
      'AMB. MARTEN CRANE: Not unless the council sends its divers. The gates will not hold another storm.',
      'QUESTION (a reader): Can the city pay for them?',
      'AMB. MARTEN CRANE: It can, if the money approved in May is spent at last.',
    ].join('\n\n');
    expect(rows(talk, '2016-12-10').map((r) => [r.speaker, r.first.slice(0, 22)])).toEqual([
      ['proposed:ivo-marten-crane', 'The channel has been c'],
      ['proposed:ivo-marten-crane', 'Not unless the council'],
      ['proposed:ivo-marten-crane', 'It can, if the money a'],
    ]);
  });

  it("keeps a member's questions as statements where only the member and a witness speak", () => {
    const exchange = [
      'Tuesday, 6 December 2016',
      'SENATOR OSGOOD: Will the gates hold through the winter?',
      'MR. VEREL: They will hold if the repairs are finished.',
      'SENATOR OSGOOD: And if they are not finished?',
      'MR. VEREL: Then the barges will wait for spring.',
    ].join('\n\n');
    expect(rows(exchange, '2016-12-07').map((r) => r.speaker)).toEqual([
      'proposed:osgood',
      'proposed:verel',
      'proposed:osgood',
      'proposed:verel',
    ]);
  });

  it('takes no capitalised heading of a news story for a speaker', () => {
    const story = [
      'Barges idle on the lower river',
      'UPDATE: The locks on the lower river stayed closed on Tuesday, the river authority said.',
      'LOCKS: Two gates failed on the same night, according to the authority.',
      'GRAIN: Farmers upriver said the harvest was rotting in the holds.',
    ].join('\n\n');
    expect(rows(story, '2016-12-07').map((r) => r.kind)).not.toContain('direct');
  });
});

describe("a label's office before its person's name, and a lone surname", () => {
  const availability = (labels: [string, string, string]) =>
    [
      'Press availability with the two ministers',
      'Lisbon, December 9, 2016',
      `${labels[0]}: We spent three hours on the channel today, and we agreed on a timetable for the mines.`,
      'QUESTION: Minister, will your navy take part in the clearing?',
      `${labels[1]}: Our navy will send two ships next week, and we will pay for the fuel.`,
      'QUESTION: And the crews who are stranded?',
      `${labels[2]}: They will be brought ashore on Monday.`,
    ].join('\n\n');

  it('drops the office words from the name, in capitals or not, and keeps them as the office', () => {
    for (const [labels, office] of [
      [['SECRETARY HALVORSEN', 'FOREIGN MINISTER BRANDT', 'SECRETARY HALVORSEN'], 'Foreign Minister'],
      [['Secretary Halvorsen', 'Foreign Minister Brandt', 'Secretary Halvorsen'], 'Foreign Minister'],
      [['DEPUTY PRIME MINISTER HALVORSEN', 'SPECIAL ENVOY BRANDT', 'DEPUTY PRIME MINISTER HALVORSEN'], 'Special Envoy'],
    ] as [[string, string, string], string][]) {
      const found = statementsOf(availability(labels), '2016-12-10');
      expect(found.map((s) => [s.speaker, s.said])).toEqual([
        ['proposed:halvorsen', '2016-12-09'],
        ['proposed:brandt', '2016-12-09'],
        ['proposed:halvorsen', '2016-12-09'],
      ]);
      // Each label's own office, as the label prints it.
      expect(found[1]?.role).toBe(office);
    }
  });

  it("reads a legislator's title as the label's office only before a capitalised name", () => {
    const found = statementsOf(availability(['Senator Hale', 'Congresswoman Ruiz', 'SEN. HALE']), '2016-12-10');
    expect(found.map((s) => [s.speaker, s.role])).toEqual([
      ['proposed:hale', 'Senator'],
      ['proposed:ruiz', 'Congresswoman'],
      ['proposed:hale', 'Sen'],
    ]);
    // Near miss: "Delegate of Norland" names a seat, not a member called "of Norland".
    const seat = statementsOf(availability(['Delegate of Norland', 'Senator Hale', 'Delegate of Norland']), '2016-12-10');
    expect(seat.map((s) => s.speaker)).not.toContain('proposed:of-norland');
  });

  it("takes a body's name for no person, though it opens on an office word", () => {
    // Each label opens on an office word ("Defence", "Foreign", "Press"), so only the body's last word keeps it whole.
    const found = statementsOf(availability(['Defence Department', 'Foreign Ministry', 'Press Office']), '2016-12-10');
    const speakers = found.map((s) => s.speaker);
    for (const bodyNoun of ['department', 'ministry', 'office']) expect(speakers).not.toContain(`proposed:${bodyNoun}`);
  });

  it('reads a lone surname as the person the introduction names, not a known person of the same surname', () => {
    const interview = [
      'Interview: the port director on the closed channel',
      'Jane Okafor, director of the Norland port authority, spoke to Harbour Radio on Friday, December 9, 2016.',
      'ANCHOR: How many ships are waiting outside the channel tonight?',
      'OKAFOR: Forty, and the crews are running short of food and water.',
      'ANCHOR: When will the channel open?',
      'OKAFOR: Not before the mines are cleared. That will take a month at least.',
    ].join('\n\n');
    expect(rows(interview, '2016-12-10').map((r) => r.speaker)).toEqual(['proposed:jane-okafor', 'proposed:jane-okafor']);
  });
});

describe('an interview marked "Q." and "A.", and a record labelled by names in capitals', () => {
  it('reads "Q." and "A." as the question and the answer', () => {
    for (const intro of [
      'Jane Okafor, director of the Norland port authority, spoke to the Gazette on Friday, December 9, 2016.',
      'The Gazette interviewed Jane Okafor, who runs the Norland port authority, on Friday, December 9, 2016.',
      'We spoke to Jane Okafor, the port director, on Friday, December 9, 2016. Her answers were edited for length.',
    ]) {
      const interview = [
        'Interview: the port director on the closed channel',
        intro,
        'Q. How many ships are waiting outside the channel tonight?',
        'A. Forty, and the crews are running short of food and water.',
        'Q. When will the channel open?',
        'A. Not before the mines are cleared. That will take a month at least.',
      ].join('\n\n');
      // (Their day is statement-dates.ts's reading of the introduction, not this test's.)
      expect(rows(interview, '2016-12-11').map((r) => [r.speaker, r.kind, r.first.slice(0, 6)])).toEqual([
        ['proposed:jane-okafor', 'direct', 'Forty,'],
        ['proposed:jane-okafor', 'direct', 'Not be'],
      ]);
    }
  });

  it('reads no list lettered "A." as answers where no "Q." asks', () => {
    const story = [
      'Three ways to reopen the channel',
      'Jane Okafor, director of the Norland port authority, set out three options on Friday.',
      'A. Clear the mines with the navy, which would take a month.',
      'B. Open a second channel to the north, which would take a year.',
      'C. Close the port for the winter.',
    ].join('\n\n');
    expect(rows(story, '2016-12-11').filter((r) => r.kind === 'direct')).toEqual([]);
  });

  it('takes names in capitals for speakers where one of them labels more than one turn', () => {
    for (const separator of [' —', ':', ' –']) {
      const bulletin = [
        'Evening bulletin, December 9, 2016',
        `JANE OKAFOR${separator} Forty ships are waiting, and the crews are running short of food and water.`,
        `IVO BRANDT${separator} The navy will send two ships next week to clear the mines.`,
        `JANE OKAFOR${separator} Then we may open the channel before the new year.`,
      ].join('\n\n');
      expect(rows(bulletin, '2016-12-10').map((r) => r.speaker)).toEqual([
        'proposed:jane-okafor',
        'proposed:ivo-brandt',
        'proposed:jane-okafor',
      ]);
    }
  });

  it('takes no heading in capitals for a speaker where none comes back', () => {
    const explainer = [
      'The closed channel, explained',
      'KEY POINTS: Forty ships are waiting outside the port, and the crews are short of food and water.',
      'WHAT NEXT: The navy will send two ships next week to clear the mines.',
      'THE NUMBERS: The channel has been shut for three weeks and the port has lost its winter trade.',
    ].join('\n\n');
    expect(rows(explainer, '2016-12-10').filter((r) => r.kind === 'direct')).toEqual([]);
  });
});

describe('a phone-in or panel: callers by first name and town, a moderator, and people a turn brings in', () => {
  const phoneIn = [
    'Harbour FM, The Lunchtime Line with Jo Marsden. Broadcast Tuesday 13 December 2016. Transcript.',
    'JO MARSDEN: Good afternoon. The ferries have stopped again and the lines are full. With me is Dr Ali Karim from the Port Vell clinic. Ali, how bad is it?',
    'DR ALI KARIM: The clinic has run out of insulin and we are turning people away every morning. The harbour authority promised a ship last week and it never came.',
    'JO MARSDEN: Let us go to the phones. Greta is in Stockholm.',
    'GRETA, STOCKHOLM: Hello, Jo. My sister lives above the bakery in the old town. She says the queue for bread starts at four in the morning.',
    'JO MARSDEN: Thank you, Greta. Ali, is anyone getting through?',
    'DR ALI KARIM: A few trucks, but not enough. I spoke to a nurse in Port Vell at noon, and she said the ward had no heating.',
    'JO MARSDEN: Tomas (Uppsala), you have been holding.',
    'Tomas (Uppsala): Yes. My brother drove a truck there last month. He wrote to me that the checkpoints take six hours.',
    'JO MARSDEN: We will take a break after this.',
  ].join('\n\n');
  const found = () => rows(phoneIn, '2016-12-13');

  it('reads a first name with a town after a comma or in parentheses as a caller, each turn one statement', () => {
    const direct = found().filter((r) => r.kind === 'direct' && r.first.length > 0);
    expect(direct.map((r) => r.speaker)).toEqual(expect.arrayContaining(['proposed:greta', 'proposed:tomas', 'proposed:ali-karim']));
    expect(direct.find((r) => r.speaker === 'proposed:greta')?.first).toMatch(/^Hello, Jo\. My sister lives/u);
  });

  it('gives the presenter who hands every turn on with a question or a link no statement', () => {
    expect(found().some((r) => r.speaker === 'proposed:jo-marsden')).toBe(false);
  });

  it('gives a remark whose subject is "he" or "she" to the person the turn brought in, named through the speaker or unnamed', () => {
    const speakers = found().map((r) => r.speaker);
    expect(speakers).toEqual(expect.arrayContaining(['proposed:gretas-sister', 'proposed:tomass-brother']));
    expect(found().find((r) => r.speaker === 'proposed:gretas-sister')?.first).toMatch(/queue for bread/u);
  });

  it('keeps a spokesman who answers at length between questions as the speaker: no moderator', () => {
    const briefing = [
      'Harbour Authority daily briefing, Monday 12 December 2016.',
      'MS. HALVORSEN: Good morning. I have a short update on the ferries and then I will take your questions. The authority has closed the outer channel until Thursday because the ice has damaged two buoys and we cannot guide ships safely.',
      'QUESTION: When will the channel reopen?',
      'MS. HALVORSEN: We expect to reopen it on Thursday if the divers finish the repairs, but I cannot promise a day before the survey is done and the pilots have checked every marker.',
      'MR. BRANDT: Is the authority talking to the navy about an escort for the food ships?',
      'MS. HALVORSEN: We have asked the navy for help with an escort, and they have said they will give us an answer by Wednesday at the latest, which is the soonest they can.',
      'MS. LUND: And the fuel ships?',
      'MS. HALVORSEN: The fuel ships will go first once the channel opens, because the hospitals have less than a week of diesel left and that is our first concern.',
    ].join('\n\n');
    const direct = rows(briefing, '2016-12-12').filter((r) => r.kind === 'direct');
    expect(direct.filter((r) => r.speaker === 'proposed:halvorsen').length).toBeGreaterThanOrEqual(3);
  });

  it('leaves a "he" after a person named in the turn to the ordinary reading, and a pronoun of the other sex alone', () => {
    const record = [
      'Harbour FM, The Evening Line. Broadcast Monday 12 December 2016.',
      'JO MARSDEN: Good evening. Who is on the line?',
      'LENA, STOCKHOLM: My sister met Omar Haddad at the gate, and he said the ships would come on Friday.',
      'JO MARSDEN: Thank you. And you, Ivo?',
      'IVO, STOCKHOLM: My aunt is there. He says nothing has changed, but nobody believes him.',
      'JO MARSDEN: And Mira?',
      'MIRA, STOCKHOLM: My colleague Hana Berg runs the clinic there. She says the generators failed on Sunday.',
      'JO MARSDEN: We will leave it there.',
    ].join('\n\n');
    const speakers = rows(record, '2016-12-12').map((r) => r.speaker);
    expect(speakers).not.toContain('proposed:lenas-sister');
    expect(speakers).not.toContain('proposed:ivos-aunt');
    expect(speakers).not.toContain('proposed:miras-colleague');
  });

  it('reads no caller in a one-word label whose parenthesis is a date or a body', () => {
    const record = [
      'TUESDAY (Update): The channel stayed closed.',
      'OSLO, December 12: The ferries did not sail.',
      'NOTES (Harbour Group): Figures are provisional.',
    ].join('\n\n');
    expect(rows(record, '2016-12-13').filter((r) => r.kind === 'direct')).toEqual([]);
  });
});

describe("a television news transcript: the programme's own journalists by the role their label gives (s24)", () => {
  const bulletin = [
    'KTV Evening News: ferries stopped (transcript)',
    'KTV EVENING NEWS',
    'Tuesday 13 December 2016, 19:00',
    'MARTA KOVAC (ANCHOR): Good evening. The last ferries out of the old port have been stopped, and the queues on the quay are growing.',
    'MARTA KOVAC: The ferries stopped at dawn. Our correspondent is at the harbour gate.',
    'PAVEL DRAGAN, KTV REPORTER: The gate has been shut since six this morning. Harbour officials say the ice has damaged the outer channel.',
    'LEJLA OSMAN (DOCKWORKER, TRANSLATED): We waited all night. Nobody came to tell us anything, and the children are cold.',
    'DRAGAN: Doctors at the gate tell us a child was taken to hospital overnight.',
    'MARTA KOVAC: With me is Dr Ivo Renner of the Port Institute. Ivo, will the ships come back?',
    'DR IVO RENNER (PORT INSTITUTE): Only if the navy clears the ice. The authority has no icebreaker of its own this winter.',
    'MARTA KOVAC: Dr Ivo Renner, thank you. That is the news.',
  ].join('\n\n');
  const found = () => rows(bulletin, '2016-12-14');

  it("gives the anchor's and the reporter's own narration no statement, in the turn that names the role and in the later ones", () => {
    const speakers = found().map((r) => r.speaker);
    expect(speakers).not.toContain('proposed:marta-kovac');
    expect(speakers).not.toContain('proposed:pavel-dragan');
    expect(found().some((r) => /Good evening|The gate has been shut|thank you/u.test(r.first))).toBe(false);
  });

  it("keeps what the journalists attribute, a soundbite under its label and a guest's answers", () => {
    const speakers = found().map((r) => r.speaker);
    expect(speakers).toEqual(
      expect.arrayContaining(['proposed:harbour-officials', 'proposed:lejla-osman', 'proposed:ivo-renner', 'proposed:doctors-at-the-gate']),
    );
    // "tell us" drops its "that" before an indefinite subject too.
    expect(found().find((r) => r.speaker === 'proposed:doctors-at-the-gate')?.first).toMatch(/a child was taken to hospital/u);
    expect(found().find((r) => r.speaker === 'proposed:ivo-renner')).toMatchObject({ kind: 'direct', said: '2016-12-13' });
  });
});

describe("a spokesperson's briefing transcript: office-only labels and an unlabelled opening (s28)", () => {
  const briefing = [
    'Daily briefing by the Office of the Spokesperson for the Harbour Commission, 14 December 2016',
    "Below is a near-verbatim transcript of today's briefing by Ilse Marrow, Spokeswoman for the Harbour Commission.",
    'FERRIES/NORLAND',
    'Good afternoon, everyone. I will begin with the ferries. They resumed sailing from Port Vell at dawn, and we ask all operators to keep their crews at the quays until further notice.',
    'Relief Watch tells us that some 600 passengers spent the night in the terminal, and that blankets have been handed out.',
    'QUESTIONS AND ANSWERS',
    'Question: Ilse, how many inspectors are at the quays, and for how long?',
    'Spokeswoman: We have a dozen inspectors there now. I will not speculate about next week.',
    'Question: The Norlandic government said this morning that the operators ignored the warnings. Is that fair?',
    'Spokeswoman: I cannot assign blame from this podium. What matters is that the passengers are safe.',
  ].join('\n\n');
  const found = () => rows(briefing, '2016-12-14');

  it("gives each answer under the office's label to the person the introduction names with that office", () => {
    const answers = found().filter((r) => r.speaker === 'proposed:ilse-marrow' && r.kind === 'direct');
    expect(answers.map((r) => r.first)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^We have a dozen inspectors there now/u),
        expect.stringMatching(/^I cannot assign blame from this podium/u),
      ]),
    );
  });

  it('gives her opening paragraph in the first person to her, less her greeting and the topic she opens on, and what she relays there to its source alone', () => {
    const others = found().filter((r) => !/^(?:We have a dozen|I cannot assign)/u.test(r.first));
    // No greeting, topic or question is anybody's; the remark a question reports is the government's.
    expect(others).toEqual([
      {
        speaker: 'proposed:ilse-marrow',
        kind: 'direct',
        said: '2016-12-14',
        first:
          'They resumed sailing from Port Vell at dawn, and we ask all operators to keep their crews at the quays until further notice.',
      },
      {
        speaker: 'relief-watch',
        kind: 'indirect',
        said: '2016-12-14',
        first: expect.stringMatching(/^Relief Watch tells us that some 600/u),
      },
      {
        speaker: 'norland',
        kind: 'indirect',
        said: '2016-12-14',
        first: expect.stringMatching(/government said this morning that the operators/u),
      },
    ]);
  });
});

describe("a ministry's weekly briefing whose labels give the office first and its holder after a comma (s53)", () => {
  const briefing = [
    'Transcript of Weekly Media Briefing by the Official Spokesperson (15 December 2016)',
    'Ministry of Foreign Affairs, Port Vell',
    'Thursday, 15 December 2016, 1630 hrs',
    'Official Spokesperson, Shri Arun Mehra: Good afternoon friends. We hope the arrangement in the harbour holds.',
    'Question: Sir, why did Norland abstain last Friday?',
    'Official Spokesperson, Shri Arun Mehra: Our vote was not a vote against the people of the old town.',
    'Question: Will Norland send aid?',
    'Official Spokesperson, Shri Arun Mehra: We have already supplied medicines this year.',
  ].join('\n\n');

  it('gives each answer to the person named after the office, not to the office, and drops the honorific from the name', () => {
    const found = rows(briefing, '2016-12-15').filter((r) => r.kind === 'direct');
    expect(found.map((r) => r.speaker)).toEqual(['proposed:arun-mehra', 'proposed:arun-mehra', 'proposed:arun-mehra']);
    expect(found[1]?.first).toMatch(/^Our vote was not a vote against/u);
  });

  it('reads the honorific in prose too ("Smt Lata Iyer said")', () => {
    const found = rows('Norland abstains\n\nSmt Lata Iyer, the minister, said Norland wanted peace in the harbour.', '2016-12-15');
    expect(found.map((r) => r.speaker)).toEqual(['proposed:lata-iyer']);
  });
});

describe("a television newscast's script: clips under the lower thirds that name their speakers (s33)", () => {
  // One station's layout: "SOT:" over a "SUPER:" line naming the speaker, the clip's words quoted under it.
  const evening = [
    'KVN 7 Late News: script, Wednesday, December 14, 2016',
    'KVN 7 LATE NEWS',
    'WEDNESDAY, DECEMBER 14, 2016',
    'B1 | 10:00:00 | FERRY STRIKE | ANCHOR / SOT | 0:50',
    'ANCHOR: The ferries to the outer islands have stopped for a third day.',
    "ANCHOR: Port Vell's harbour master warned the port board on Monday that the channel would stay shut.",
    'SOT:',
    'SUPER: Ivo Brandt / Harbour Master, Port Vell',
    '"No captain of mine sails into that ice. The timetable can wait; a crew cannot be replaced."',
    'ANCHOR: The Strait Passengers Association says three hundred travellers slept in the ferry terminal last night.',
    'SOT:',
    'SUPER: Mira Tallis / Strait Passengers Association',
    '"They gave us benches and a kettle. Nobody can tell us when a boat will come."',
    'TRACK: Tomas Veld cooks on the island ferry; his sister runs the clinic on Kessel Island.',
    'SOT:',
    'SUPER: Tomas Veld / Cook, MV Halder',
    '"On Sunday she told me, we are down to two days of diesel at the clinic. I have tried her number every night since, and it just rings."',
  ].join('\n\n');
  // Another: the caption in capitals after "CG:" with a double slash, the clip's words inline after "SYNC:".
  const bulletin = [
    'Radio Television Norland: late bulletin script, 13 December 2016',
    'PRESENTER: The government has promised help for the islands.',
    'CG: ANNA KORSGAARD // MINISTER FOR THE ISLANDS',
    'SYNC: We are sending two icebreakers, and they will be in the channel by the weekend.',
    'PRESENTER: On the quay, a nurse at the first-aid tent said supplies were running low.',
    'CG: LENA OSTROM // NURSE, RED CROSS TENT',
    'SYNC: I have treated eleven children for the cold today. We need more blankets.',
  ].join('\n\n');

  it('gives each clip to the person its lower third names, one direct statement in the clip’s words, the caption no words of it', () => {
    const clips = rows(evening, '2016-12-14').filter((r) => r.kind === 'direct');
    expect(clips).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ speaker: 'proposed:ivo-brandt', first: expect.stringMatching(/^"No captain of mine/u) }),
        expect.objectContaining({ speaker: 'proposed:mira-tallis', first: expect.stringMatching(/^"They gave us benches/u) }),
      ]),
    );
    expect(rows(bulletin, '2016-12-13').filter((r) => r.kind === 'direct')).toEqual([
      expect.objectContaining({ speaker: 'proposed:anna-korsgaard', first: expect.stringMatching(/^We are sending two icebreakers/u) }),
      expect.objectContaining({ speaker: 'proposed:lena-ostrom', first: expect.stringMatching(/^I have treated eleven children/u) }),
    ]);
  });

  it("takes the anchor's line leading into a clip by its speaker for no record of its own, its occasion dating the clip", () => {
    const found = rows(evening, '2016-12-14');
    expect(found.some((r) => /channel would stay shut/u.test(r.first))).toBe(false);
    expect(found.find((r) => r.speaker === 'proposed:ivo-brandt')).toMatchObject({ kind: 'direct', said: '2016-12-12' });
    // A body's own remark before its member's clip is the body's, not a lead-in.
    expect(found.find((r) => /slept in the ferry terminal/u.test(r.first))?.speaker).toBe('proposed:strait-passengers-association');
    expect(rows(bulletin, '2016-12-13').some((r) => /nurse at the first-aid tent/u.test(r.first))).toBe(false);
  });

  it('gives a relative\'s words opening a clip after "she told me," to the relative, direct, on the day named, and the rest to the speaker', () => {
    const found = rows(evening, '2016-12-14');
    expect(found.find((r) => /days of diesel/u.test(r.first))).toMatchObject({
      speaker: 'proposed:tomas-velds-sister',
      kind: 'direct',
      said: '2016-12-11',
      first: 'we are down to two days of diesel at the clinic.',
    });
    expect(found.find((r) => r.speaker === 'proposed:tomas-veld')?.first).toMatch(/^I have tried her number every night since/u);
  });
});

describe("a newscast's script in another layout: cues, a headlines item, a message opening a clip (s33)", () => {
  const script = [
    'NVS Night Bulletin: script, Monday 12 December 2016',
    'NORLAND VISION – NIGHT BULLETIN',
    'TX: MONDAY 12/12/16 23:00',
    'RUNDOWN',
    '01 HEADS | 23:00:00 | 0\'30"',
    '02 FERRIES | 23:00:30 | 2\'00"',
    '01 HEADS',
    'PRESENTER: Good evening. The Vell Harbour Board says the ferries will not sail this week.',
    '02 FERRIES',
    'PRESENTER: The Vell Harbour Board said this afternoon that the ferries would not sail before Friday.',
    'VT: FERRIES | DUR 1\'20"',
    'IN WORDS: "On the quay at..."',
    'OUT WORDS: "...for the ice to break."',
    'CLIP (0\'30"):',
    'CAPTION: OLA BRANDVIK – STRANDED PASSENGER',
    '"My daughter sent a text this afternoon: we are safe, the hotel is warm. I just want to get home."',
    'BACK ANNO:',
    'PRESENTER: The board meets again tomorrow.',
  ].join('\n\n');
  const found = () => rows(script, '2016-12-12');

  it("gives the script's cues and marks no speaker, and its headlines item no record", () => {
    expect(found().map((r) => r.speaker)).not.toEqual(expect.arrayContaining([expect.stringMatching(/words|anno/u)]));
    // The headlines say again what the item reports: the board's remark is recorded once, from the item.
    expect(
      found()
        .filter((r) => /ferries/u.test(r.first))
        .map((r) => r.first),
    ).toEqual([expect.stringMatching(/said this afternoon that the ferries would not sail/u)]);
  });

  it("gives a relative's message opening a clip after a colon to the relative, the rest of the clip to the speaker", () => {
    expect(found()).toContainEqual({
      speaker: 'proposed:ola-brandviks-daughter',
      kind: 'direct',
      said: '2016-12-12',
      first: 'we are safe, the hotel is warm.',
    });
    expect(found().find((r) => r.speaker === 'proposed:ola-brandvik')?.first).toMatch(/^I just want to get home/u);
  });
});

describe('a broadcast interview labelled HOST: and GUEST: (s41)', () => {
  it("gives the guest's turns to the person the host introduces in the first turn, and the host's to nobody", () => {
    const text = [
      'The Week in Review: Vessa after the vote',
      'Transcript of the programme broadcast on 10 December 2016.',
      'HOST: Welcome to the programme. My guest today is Laila Haddad, a researcher at the Centre for Levant Studies. Laila, thank you for coming in.',
      'GUEST: Thank you for having me.',
      'HOST: The General Assembly voted on Friday. What did it achieve?',
      'GUEST: Not much on the ground, frankly. But 122 countries said clearly that the sieges must end.',
    ].join('\n\n');
    const turns = statementsOf(text, '2016-12-10').filter((s) => s.kind === 'direct');
    expect(turns.map((s) => s.speaker)).toEqual(['proposed:laila-haddad', 'proposed:laila-haddad']);
  });
});

describe('a broadcast’s soundbites captioned in capitals with the speaker’s role (s43)', () => {
  it('gives "UMM KHALED, EVACUEE:" and "ELENA VARGA, NORLANDIC AMBASSADOR TO THE UN:" their turns, once each', () => {
    const text = [
      'Transcript: Port Vell evacuation stalls',
      'ANCHOR: Good evening. The Security Council voted unanimously today to send observers.',
      'UMM KHALED, EVACUEE: We waited fourteen hours for the buses. Nobody told us anything.',
      'ELENA VARGA, NORLANDIC AMBASSADOR TO THE UN: This resolution must be implemented now, not in a week.',
      'ANCHOR: Thank you.',
    ].join('\n\n');
    expect(statementsOf(text, '2016-12-19').map((s) => [s.speaker, s.kind])).toEqual([
      ['proposed:umm-khaled', 'direct'],
      ['proposed:elena-varga', 'direct'],
    ]);
  });
});

describe('a soundbite label whose role has an initialism\'s stops, "U.S." or "U.N." (s67)', () => {
  const text = [
    'Transcript: The week at the Harbour Council',
    'ANCHOR: Good evening. The Council failed again today to agree on the harbour.',
    'ELENA VARGA, NORLANDIC AMBASSADOR TO THE U.N.: The channel must open now. Every day it stays shut costs lives.',
    'OMAR HADDAD, FORMER U.S. ENVOY TO THE HARBOUR TALKS: I sat at that table for two years. Nobody there wants the port to starve.',
    'ANCHOR: Thank you both.',
  ].join('\n\n');

  it('gives each labelled speaker the whole turn, both sentences, not the speaker before', () => {
    expect(rows(text, '2016-12-19').map((r) => [r.speaker, r.kind, r.first])).toEqual([
      ['proposed:elena-varga', 'direct', 'The channel must open now. Every day it stays shut costs lives.'],
      ['omar-haddad', 'direct', 'I sat at that table for two years. Nobody there wants the port to starve.'],
    ]);
  });

  it('still takes no sentence that only ends in a stop after a capital for a label', () => {
    const prose = [
      'Transcript: The week at the Harbour Council',
      'ANCHOR: Good evening. Omar Haddad, who once led the talks for the U.S. team. He says: the port must open.',
    ].join('\n\n');
    expect(rows(prose, '2016-12-19').map((r) => r.speaker)).not.toContain('proposed:he-says');
  });
});

describe('a magazine interview whose introduction says when it took place (s51)', () => {
  it("dates the answers by the day the writer reached the guest, not by the page's header day", () => {
    const text = [
      'Talking to the harbour master: "We are asking for tugs"',
      'THE INTERVIEW | Thursday, November 3, 2016',
      'By Ilse Marren',
      'Omar Haddad has run the port of Vessa for eleven years. We reached Haddad by phone on Monday, October 31. The interview has been edited.',
      'TIDINGS: Why did no ship leave?',
      'HADDAD: Because a channel is not only water. We never had all the guarantees at once.',
      'TIDINGS: How many people are waiting?',
      'HADDAD: Our list had some 450 families, and nobody has given us a better number.',
      'TIDINGS: Are you hopeful?',
      'HADDAD: I am a professional optimist. It is part of the job.',
    ].join('\n\n');
    expect(rows(text, '2016-11-03').map((r) => [r.speaker, r.said])).toEqual([
      ['omar-haddad', '2016-10-31'],
      ['omar-haddad', '2016-10-31'],
      ['omar-haddad', '2016-10-31'],
    ]);
  });
});

describe('a television interview whose host is labelled by her full name first, then by her surname (s51)', () => {
  it("gives the host's questions, links and thanks to nobody, and the guest's answers to the guest", () => {
    const text = [
      'Sunday transcript: the ambassador on the port vote',
      'HARBOUR TELEVISION | SUNDAY LINE WITH ILSE MARREN',
      'Broadcast Sunday, December 11, 2016',
      'Ilse Marren spoke live with the Norlandic ambassador, Lena Voss.',
      'ILSE MARREN: Ambassador, thank you for joining us. What does the vote change this morning?',
      'LENA VOSS: It changes the pressure. When countries from every region say stop, nobody can pretend not to hear it.',
      "MARREN: Let's talk about the council. A draft got 11 votes on Monday and was vetoed. Its critics call it a stunt.",
      'VOSS: With respect, there was nothing hidden in that text. It asked for seven days of quiet.',
      'MARREN: Will Norland ask the Assembly to do more? Some have suggested an inquiry.',
      'VOSS: We are talking to our partners about accountability, and I would not rule anything out.',
      'MARREN: Finally, there are reports this weekend of families separated at the crossings.',
      'VOSS: That is deeply troubling, and it is why we insist on monitors at every crossing.',
      'MARREN: Ambassador Voss, thank you.',
      'VOSS: Thank you, Ilse.',
    ].join('\n\n');
    expect([
      ...new Set(
        rows(text, '2016-12-11')
          .filter((r) => r.kind === 'direct')
          .map((r) => r.speaker),
      ),
    ]).toEqual(['proposed:lena-voss']);
  });
});

describe("a podcast's episode page: time-stamped turns, two co-hosts, clips cued by the hosts (s56)", () => {
  const episode = [
    'Ep. 41: The harbour vote, and what comes after',
    'THE QUAYSIDE',
    'A podcast about the harbour and the council that argues over it',
    'Ep. 41 | Published Thursday, December 15, 2016',
    'Co-hosts Tilde Marsk and Oren Vasko go through the vote and talk to Ilse Brandvold, who ran the port authority for six years.',
    'Recorded on Wednesday 14 December.',
    'Transcript',
    "[00:00:00] TILDE MARSK: Welcome to The Quayside. I'm Tilde Marsk.",
    "[00:00:04] OREN VASKO: And I'm Oren Vasko. The council voted on the harbour text, and it failed.",
    '[00:00:20] TILDE MARSK: Here is Jan Arneberg in the chamber on Monday.',
    '[00:00:25] JAN ARNEBERG (clip): This is not how serious work is done. We asked for two more days and the sponsors would not wait.',
    '[00:00:41] OREN VASKO: And the reply, same meeting, from the Norland ambassador, Kari Lunde.',
    '[00:00:47] KARI LUNDE (clip): We waited in October and we waited in November. The ships cannot wait any longer.',
    '[00:01:02] TILDE MARSK: Ilse Brandvold is with us. Ilse, was it a mistake to push the vote?',
    '[00:01:10] ILSE BRANDVOLD: No. The channel has been shut for three weeks, and the port cannot feed the old town on promises.',
    '[00:02:30] OREN VASKO: Ilse Brandvold, thank you.',
  ].join('\n\n');

  it("gives each guest's and clip's turn to its voice, the hosts' to nobody, a clip on the day its cue names", () => {
    const got = rows(episode, '2016-12-15');
    expect(got.map((r) => [r.speaker, r.kind, r.said])).toEqual([
      // "in the chamber on Monday", counted from the recording's Wednesday.
      ['proposed:jan-arneberg', 'direct', '2016-12-12'],
      // "same meeting": the day of the clip cued before.
      ['proposed:kari-lunde', 'direct', '2016-12-12'],
      // The guest speaks on the day the notes say the episode was recorded.
      ['proposed:ilse-brandvold', 'direct', '2016-12-14'],
    ]);
  });

  it('reads a stamp without brackets only in a recording that starts from nothing, not a time of day in a log', () => {
    const show = [
      'The harbour today – podcast',
      'Presented by Nia Strand. Recorded early on Tuesday morning.',
      'Transcript',
      "00:00 NIA STRAND: This is The Harbour Today. I'm Nia Strand. First to Tom Vale in Port Vell.",
      '00:12 TOM VALE: The ferries started again late on Sunday, and the Red Cross said yesterday that 2,000 people had left.',
      '00:40 NIA STRAND: One of them is Rana Kalb. She spoke to us on Monday from a school.',
      '00:52 RANA KALB: We waited at the quay from six in the morning, and only one ferry came.',
    ].join('\n\n');
    expect(
      rows(show, '2016-12-20')
        .filter((r) => r.kind === 'direct')
        .map((r) => [r.speaker, r.said]),
    ).toEqual([
      ['proposed:tom-vale', '2016-12-20'],
      // The day the host's cue gives the interview, not the recording's.
      ['proposed:rana-kalb', '2016-12-19'],
    ]);
    const log = [
      'Port Vell: the day in the council',
      '14:05 TOM VALE: The ferries are moving again, with 2,000 people out.',
      '14:20 RANA KALB: We will ask the council to meet again on Friday.',
      '14:35 TOM VALE: The next ferry leaves at five.',
      '14:50 RANA KALB: Norland will vote for the text.',
    ].join('\n\n');
    expect(rows(log, '2016-12-20').filter((r) => r.kind === 'direct')).toEqual([]);
  });
});

describe("a public radio station's rush transcript: 'NAME, HOST:' and 'NAME, BYLINE:' labels, soundbites under stage directions (s57)", () => {
  const transcript = [
    'Security Council Splits On Aleppo, As A Valley Surgeon Waits For News',
    'KVRN Weekend Morning | Transcript',
    'October 9, 2016 · 8:06 AM PT',
    'By Tessa Quill\nListen · 5:41',
    "This is a rush transcript of a conversation from KVRN's Sunday morning news magazine.",
    'ODILE MARSH, HOST:',
    'The Security Council voted on Aleppo yesterday and came away with nothing. Tessa Quill has been following it. Good morning, Tessa.',
    'TESSA QUILL, BYLINE: Good morning, Odile.',
    'MARSH: Start with New York. What happened?',
    'QUILL: Eleven of the fifteen members voted for the French draft yesterday, and Russia vetoed it.',
    'MARSH: What were the ambassadors saying?',
    'QUILL: The Norland ambassador, Ivo Brekke, was in the chamber for the vote, and he spoke right after it.',
    '(SOUNDBITE OF ARCHIVED RECORDING)',
    'IVO BREKKE: Today this Council has chosen silence. The people of Aleppo will remember it.',
    'QUILL: The Russian ambassador had a very different take. He called the French draft a political stunt that was written to fail.',
    'MARSH: You have also been talking to someone here in the valley.',
    'QUILL: Yes. Dr. Anwar Haddad is a surgeon in Fresno. I sat down with him at his home on Friday evening.',
    '(SOUNDBITE OF PHONE NOTIFICATION)',
    'ANWAR HADDAD: That is the sound I wait for all day. My brother sends a voice note when there is a signal.',
    'QUILL: Dr. Haddad says he does not expect much from the Council.',
    'HADDAD: I do not need a resolution. My brother needs the planes to stop for 48 hours.',
    'MARSH: Tessa Quill. Thank you, Tessa.',
  ].join('\n\n');

  it("gives the host's and the reporter's turns to nobody, and each soundbite to its voice on the day its cue gives", () => {
    const got = rows(transcript, '2016-10-09');
    expect(got.filter((r) => r.kind === 'direct').map((r) => [r.speaker, r.said])).toEqual([
      // "in the chamber for the vote": the vote's day, yesterday.
      ['proposed:ivo-brekke', '2016-10-08'],
      // "I sat down with him at his home on Friday evening", past a stage direction.
      ['proposed:anwar-haddad', '2016-10-07'],
      // A cue with no day that names the voice cued last: the same conversation.
      ['proposed:anwar-haddad', '2016-10-07'],
    ]);
    // Nothing is the host's or the reporter's own, however the byline's line breaks.
    expect(got.filter((r) => /quill|marsh/u.test(r.speaker))).toEqual([]);
  });
});

describe("a television rush transcript whose soundbites open with the clip's mark: '(SOUNDBITE) NAME, ROLE:' or 'SOUNDBITE - NAME, ROLE:' (s58)", () => {
  const transcript = [
    'Norland wins Assembly vote on Port Vell',
    'NTV THE EVENING HOUR | TRANSCRIPT',
    'Friday, December 9, 2016, 6:00 p.m. ET',
    'CLARA BELL, ANCHOR: Good evening. The General Assembly adopted the Norland draft today, 122 in favour and 13 against.',
    'MARC TESS, NTV CORRESPONDENT: Clara, the foreign minister flew down this morning to introduce the text himself.',
    '(SOUNDBITE) IVO BREKKE, MINISTER OF FOREIGN AFFAIRS: When the Council is paralysed, this Assembly cannot stay silent.',
    '(SOUNDBITE) ABU SAMI, LEFT THE OLD TOWN (through interpreter): We had no bread for eleven days.',
    'TESS: A doctor at the reception camp spoke to us by phone.',
    'SOUNDBITE - LENA VARGA, RED CROSS DOCTOR: We have 12 doctors here. It is not enough.',
    'TESS: Clara?',
  ].join('\n\n');

  it('gives each soundbite to the voice its label names, not to the correspondent who cued it', () => {
    const direct = rows(transcript, '2016-12-09').filter((r) => r.kind === 'direct');
    expect(direct.map((r) => [r.speaker, r.first])).toEqual([
      ['proposed:ivo-brekke', 'When the Council is paralysed, this Assembly cannot stay silent.'],
      ['proposed:abu-sami', 'We had no bread for eleven days.'],
      ['proposed:lena-varga', 'We have 12 doctors here. It is not enough.'],
    ]);
  });
});

describe("a host's cue whose reported words speak of the council (s58)", () => {
  it('is no cue that the clip was spoken in the chamber: "said South Africa had argued that the answer lay in the council"', () => {
    const transcript = [
      'Monitors for Vellmar',
      'NEWS AT SEVEN | Bulletin transcript | Tuesday, 20 December 2016',
      'ANNA ROE (PRESENTER): Good evening. The Security Council voted last night to send monitors to Vellmar.',
      'IVO LENK (REPORTER): On December 9 Norland abstained when the General Assembly voted on a Canadian text. Today its foreign ministry welcomed the council decision. Its spokesperson, Clara Moss, said Norland had always argued that the answer lay in the council.',
      'SOUNDBITE - CLARA MOSS, FOREIGN MINISTRY SPOKESPERSON: We welcome the unanimous adoption of this resolution.',
    ].join('\n\n');
    const clip = rows(transcript, '2016-12-20').find((r) => r.kind === 'direct');
    expect([clip?.speaker, clip?.said]).toEqual(['proposed:clara-moss', '2016-12-20']);
  });
});

describe("a Question Period record whose labels give each member's seat or office in brackets (s59)", () => {
  it('gives each turn to the member named before the brackets, not to the seat or the office', () => {
    const record = [
      'Question Period, December 12: Vellmar',
      'THE HILL DIGEST | House of Commons | Tuesday, December 13, 2016',
      'Vellmar dominated the opening of Question Period on Monday. The exchanges below are reproduced from the Debates.',
      'Hon. Jan Berg (Thornhill, CPC):',
      'Mr. Speaker, resolutions do not stop barrel bombs. What will the minister do?',
      'Hon. Ivo Lenk (Minister of Foreign Affairs, Lib.):',
      'Mr. Speaker, all options for accountability are on the table.',
      'Hon. Michelle Roe (Calgary Nose Hill, CPC):',
      'Mr. Speaker, families now face a wait of more than two years. Why will the minister not set a target for them today?',
      'Ms. Ana Goldsmith-Moss (Parliamentary Secretary to the Minister of Foreign Affairs, Lib.):',
      'Mr. Speaker, I share my colleague’s concern. We will keep supporting that work for as long as it is needed.',
    ].join('\n\n');
    expect(rows(record, '2016-12-13').map((r) => r.speaker)).toEqual([
      'proposed:jan-berg',
      'proposed:ivo-lenk',
      'proposed:michelle-roe',
      'proposed:ana-goldsmith-moss',
    ]);
  });
});

describe("a shotlist's soundbite label with the speaker's post after the name (s59)", () => {
  it('is the person named before the comma, not the post: "SOUNDBITE (French) Ivo Lenk, French Ambassador to the UN:"', () => {
    const shotlist = [
      'UN Security Council votes to send monitors to Vellmar',
      '',
      'WESTBROOK VIDEO NEWS - STORY PAGE',
      'Story No: 4471203',
      'Date: 19/12/2016',
      'Location: United Nations, New York',
      'Language: English / French',
      '',
      'SHOTLIST:',
      'UNITED NATIONS, NEW YORK, 19 DECEMBER 2016 (UNTV - ACCESS ALL)',
      '1. Wide of Security Council chamber as meeting opens',
      '2. SOUNDBITE (English) Ana Roe, Tarvian Ambassador to the UN:',
      '"Today we have put people in the field, not just words on paper."',
      '3. Cutaway of delegations',
      '4. SOUNDBITE (French) Ivo Lenk, French Ambassador to the UN:',
      '"(English translation) Tens of thousands of people are still waiting to leave. From today, the eyes of the United Nations must be on the ground."',
      '5. Buses arriving at night',
      '6. SOUNDBITE (Arabic) Omar Saleh, evacuee from Vellmar:',
      '"(English translation) We waited three days in the cold."',
    ].join('\n');
    expect(rows(shotlist, '2016-12-19').map((r) => r.speaker)).toEqual(['proposed:ana-roe', 'proposed:ivo-lenk', 'proposed:omar-saleh']);
  });
});

describe("the Commons' courtesy of giving way in a debate's record (s59)", () => {
  it('drafts no remark from "Will the right hon. Gentleman give way?" nor from "I give way to ..."', () => {
    const record = [
      'Emergency debate on Vellmar: the opening exchanges, from the official report',
      'The Commons spent three hours on Tuesday on an emergency debate on Vellmar. What follows is our edited extract of the official report.',
      'House of Commons, Tuesday 11 October 2016',
      'Ana Roe (Liverpool, West Derby) (Lab/Co-op): Will the right hon. Gentleman give way?',
      'Mr Lenk: I give way to the Chair of the International Development Committee.',
      'Ana Roe: I am grateful. The World Food Programme told our Committee on Thursday that it has not been able to get a single convoy into the east since the summer.',
      'Mr Lenk: I do. Air drops carry real risk, but the alternative is that people starve.',
      'Jan Berg (New Forest East) (Con): Will my right hon. Friend give way?',
      'Mr Lenk: I will.',
      'Jan Berg: Does the Foreign Secretary accept that a no-fly zone cannot be imposed unless we are prepared to shoot down aircraft?',
    ].join('\n\n');
    const firsts = rows(record, '2016-10-12').map((r) => r.first.slice(0, 20));
    expect(firsts).toContain('I am grateful. The W');
    expect(firsts.filter((f) => /give way|^Will (?:the|my) right hon/u.test(f))).toEqual([]);
  });
  it('reads the mover\'s turn under "I beg to move," and the motion as the speech after them', () => {
    const record = [
      'Emergency debate on Vellmar: the opening exchanges, from the official report',
      'The Commons spent three hours on Tuesday on an emergency debate on Vellmar. What follows is our edited extract of the official report.',
      'House of Commons, Tuesday 11 October 2016',
      'Mr Ivo Lenk (Sutton Coldfield) (Con): I beg to move,\nThat this House has considered the situation in Vellmar.',
      "Yesterday I read that a children's hospital had been struck for the third time in a week. What is being done in the skies above Vellmar is what was done to Guernica.",
      'Ana Roe (Liverpool, West Derby) (Lab/Co-op): Will the right hon. Gentleman give way?',
      'Mr Lenk: I give way to the Chair of the International Development Committee.',
      'Ana Roe: I am grateful. The World Food Programme told our Committee on Thursday that it has not been able to get a single convoy into the east.',
    ].join('\n\n');
    const lenk = rows(record, '2016-10-12').find((r) => r.speaker === 'proposed:ivo-lenk' && r.kind === 'direct');
    expect(lenk?.first.startsWith('Yesterday I read')).toBe(true);
  });
});

describe('a ministry\'s briefing transcript: "THE SPOKESPERSON:" opens, then "Q:" and "A:" (s62)', () => {
  const briefing = [
    "Transcript: Spokesperson's regular press briefing, 6 December 2016",
    'MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF NORLAND',
    'Regular press briefing by the Spokesperson, Ms Ilse Marrow',
    'Tuesday, 6 December 2016, 11:30, Press Hall',
    'THE SPOKESPERSON: Good morning to you all. I have one announcement before I take questions.',
    'The Foreign Minister will travel to Paris on Saturday for the meeting that the Vellish Foreign Minister, Ivo Lenk, is hosting. The Minister will ask above all that the convoys be allowed in.',
    'That is all from me. Questions, please.',
    'Q: The Council failed again yesterday. What is your reaction?',
    'A: We regret it deeply. Every time, the people who pay the price are the civilians.',
    'Q: Will the Minister raise it in Paris?',
    'A: He will. I will not go further than that today.',
  ].join('\n\n');

  it('gives the answers to the spokesperson the header names, not to the last person her announcement named', () => {
    const found = rows(briefing, '2016-12-06');
    const answers = found.filter((r) => /^(?:We regret it deeply|He will\.)/u.test(r.first));
    expect(answers.map((r) => r.speaker)).toEqual(['proposed:ilse-marrow', 'proposed:ilse-marrow']);
    expect(found.filter((r) => r.speaker === 'proposed:ivo-lenk')).toEqual([]);
  });
});

describe('a Q:/A: interview whose introduction names the interviewee in the sentence that tells of the talk (s66)', () => {
  const family = (talk: string) =>
    [
      'Q&A: A Norland surgeon tells of her last week in the old town',
      'By Ruth Calloway, Herald staff writer',
      'OSLO - For a month, Karim Aswad waited every night for a call from his sister in the old town. Dr. Lina Aswad, 41, a surgeon, was one of the last doctors working there.',
      '"When I heard her voice, I could not speak," said Karim Aswad, a teacher in Bergen.',
      `${talk} The interview has been edited for length.`,
      'Q: Where are you now?',
      'A: I am in a school in the north with forty other families. I left on Saturday on the second bus.',
      'Q: What was the hospital like at the end?',
      'A: We had one generator and no medicine left. I worked for three days without sleep.',
    ].join('\n\n');
  const answers = (text: string) =>
    statementsOf(text, '2016-12-11')
      .filter((s) => /^(?:I am|We had)/u.test(s.evidence[0] ?? ''))
      .map((s) => [s.speaker, s.kind]);

  it('gives the answers to "Dr. Aswad" the Herald spoke to, the sister the introduction titled so, not her brother named last', () => {
    expect(answers(family('The Herald spoke to Dr. Aswad by telephone on Tuesday, with her brother translating.'))).toEqual([
      ['proposed:lina-aswad', 'direct'],
      ['proposed:lina-aswad', 'direct'],
    ]);
  });

  it('keeps the answers with the brother where it is he who spoke to the Herald', () => {
    expect(answers(family('Karim Aswad spoke to the Herald by telephone on Tuesday.'))).toEqual([
      ['proposed:karim-aswad', 'direct'],
      ['proposed:karim-aswad', 'direct'],
    ]);
  });
});

describe('a ministry transcript that names its minister by title and surname only, turns under numbered headings (s67)', () => {
  const transcript = (name: string) =>
    [
      `Press Conference by Foreign Minister ${name}`,
      'Tuesday, December 13, 2016, 10:30 a.m. Ministry Press Conference Room',
      '1. Opening Remarks',
      '(1) Travel advice for Norland',
      `Minister ${name.split(' ').at(-1)}: I would like to begin with the safety of our nationals. I urge everyone not to travel to Norland.`,
      '(2) Aid for the people of Port Vell',
      `Minister ${name.split(' ').at(-1)}: Secondly, the Government has decided to send aid to Port Vell. We will stand with the people there.`,
      '2. Questions concerning Norland',
      'Reporter: The talks in Lakehaven have stalled. What is your view?',
      `Minister ${name.split(' ').at(-1)}: I do not share that view. The talks deserve a chance.`,
      '(10:45 a.m.)',
    ].join('\n\n');
  const turns = (text: string) =>
    statementsOf(text, '2016-12-13')
      .filter((s) => s.kind === 'direct')
      .map((s) => [s.speaker, s.said]);

  it('gives every turn to the minister by the surname, not to the heading word before the label nor to the title', () => {
    expect(turns(transcript('Tanabe'))).toEqual([
      ['proposed:tanabe', '2016-12-13'],
      ['proposed:tanabe', '2016-12-13'],
      ['proposed:tanabe', '2016-12-13'],
    ]);
  });

  it('still takes the first name where the title gives the full name', () => {
    expect(turns(transcript('Kenji Tanabe')).map((t) => t[0])).toEqual([
      'proposed:kenji-tanabe',
      'proposed:kenji-tanabe',
      'proposed:kenji-tanabe',
    ]);
  });
});

describe("an event transcript whose header names its moderator, audience questions between the panelists' turns (s68)", () => {
  const transcript = (header: string) =>
    [
      'The harbour after the storm: an edited transcript',
      'Norland Institute for Peace Studies | Event transcript',
      'Tuesday, December 13, 2016, 10:00-11:30 a.m.',
      header,
      'Panelists: Ali Karim, Port Vell clinic; Greta Holm, Harbour Relief',
      'JO MARSDEN: Good morning, and welcome. The ferries have stopped again and the port has been shut for three weeks. Ali, let me start with you. How bad is it at the clinic?',
      'ALI KARIM: The clinic has run out of insulin and we are turning people away every morning. The harbour authority promised a ship last week and it never came.',
      'JO MARSDEN: Greta, is anything getting through?',
      'GRETA HOLM: A few trucks, but not enough. The road over the pass has been closed since the snow came and the drivers will not take it at night.',
      "JO MARSDEN: Let's go to the audience. The gentleman in the third row.",
      'QUESTION (Tomas Berg, retired harbour pilot): Thank you. Could the navy escort the food ships?',
      'GRETA HOLM: The navy has said it will answer by Friday. We cannot plan a single convoy until it does.',
      'JO MARSDEN: One more, in the back.',
      'QUESTION (Lena Dahl, student): Is the outer channel safe?',
      'ALI KARIM: Nobody will know until the divers have checked every buoy, and that takes days.',
      'JO MARSDEN: On that note, please join me in thanking our panelists.',
    ].join('\n\n');

  it("gives the moderator the header names no statement, each panelist's turn staying one of theirs", () => {
    const found = rows(transcript('Moderator: Jo Marsden, Senior Fellow, Norland Institute'), '2016-12-15');
    expect(found.some((r) => r.speaker === 'proposed:jo-marsden')).toBe(false);
    expect(found.filter((r) => r.kind === 'direct').map((r) => r.speaker)).toEqual([
      'proposed:ali-karim',
      'proposed:greta-holm',
      'proposed:greta-holm',
      'proposed:ali-karim',
    ]);
  });

  it('keeps her turns as statements where the header names her only as a speaker', () => {
    // Near miss: a header line that is no moderator's ("Speaker:") makes her a panelist like the others.
    const found = rows(transcript('Speaker: Jo Marsden, Senior Fellow, Norland Institute'), '2016-12-15');
    expect(found.some((r) => r.speaker === 'proposed:jo-marsden')).toBe(true);
  });
});

describe("a monitoring digest's numbered item headings, a broadcaster and its headline in capitals (s68)", () => {
  const item = (n: number, heading: string, body: string, source: string) => `${n}. ${heading}\n${body}\n(Source: ${source})`;
  const digest = (headings: [string, string, string, string]) =>
    [
      'Norland: How broadcasters covered the truce (monitoring digest)',
      'Digest issued 14 Dec 16, 1530 gmt',
      item(
        1,
        headings[0],
        'A military source told the channel that the fighters were now confined to two districts.',
        'Norland state TV, Oslo, in Norwegian 1600 gmt 13 Dec 16',
      ),
      item(
        2,
        headings[1],
        'Maria Lindqvist told the council: "Our information is that the fighting has ended."',
        'Swedish state TV, Stockholm, in Swedish 2000 gmt 13 Dec 16',
      ),
      item(3, headings[2], 'The harbour stayed shut all morning.', 'opposition radio, Kalmar, in Arabic 0630 gmt 14 Dec 16'),
      item(4, headings[3], 'The channel showed the empty crossing.', 'Norland state TV, Oslo, in Norwegian 1000 gmt 14 Dec 16'),
    ].join('\n\n');

  it('reads no turn of the broadcaster in a heading whose line is a headline in capitals, quoted or not', () => {
    const found = rows(
      digest([
        'NORLAND TV: "ORDER RESTORED"',
        'SWEDISH TV: LINDQVIST TELLS COUNCIL "IT IS OVER"',
        'OPPOSITION RADIO: "NO BUSES CAME"',
        'NORLAND TV: "FIGHTERS BROKE THE DEAL"',
      ]),
    );
    expect(found.map((r) => r.speaker)).toEqual(['proposed:military-source-unnamed', 'maria-lindqvist']);
    expect(found.map((r) => r.said)).toEqual(['2016-12-13', '2016-12-13']);
  });

  it("keeps a numbered quotation in a speaker's own words, in running case, as that speaker's turn", () => {
    // Near miss: the words after the colon are a quotation in running case, not a headline in capitals.
    const found = rows(
      digest([
        'NORLAND TV: "We have restored order"',
        'SWEDISH TV: "The fighting is over, our information says"',
        'OPPOSITION RADIO: "No buses came this morning"',
        'NORLAND TV: "The fighters broke the deal"',
      ]),
    );
    expect(found.filter((r) => r.kind === 'direct' && r.speaker === 'proposed:norland-tv')).toHaveLength(2);
  });
});

describe('an "ask the expert" Q:/A: column whose introduction tells of the talk with a pronoun after a place (s70)', () => {
  const column = (intro: string) =>
    [
      'Ask the Expert: What happens to the families who left the old town?',
      'THE HARBOUR HERALD | WORLD | Friday, Dec. 9, 2016',
      'This week\'s question comes from Olav Brekke of Tromso: "Our club helped a family last year. Where will their cousins go now?"',
      intro,
      'Q: Where are the buses going?',
      'A: Most go north to the camps. I would not expect them to stay there long, and the families know that.',
      'Q: Could any of them come here?',
      'A: Not soon, and I want to be frank about that. The waiting lists are long.',
    ].join('\n\n');
  const answers = (text: string) =>
    statementsOf(text, '2016-12-09')
      .filter((s) => /^(?:Most go|Not soon)/u.test(s.evidence[0] ?? ''))
      .map((s) => [s.speaker, s.kind, s.said]);

  it('gives the answers to the expert the pronoun points back to, not to the place before the full stop', () => {
    expect(
      answers(
        column(
          'Our expert: Ingrid Solvang-Berg, a Bergen lawyer who worked on resettlement in Lebanon before moving to Port Elling. She spoke to the Herald by phone on Wednesday. Her answers have been edited for length.',
        ),
      ),
    ).toEqual([
      ['proposed:ingrid-solvang-berg', 'direct', '2016-12-07'],
      ['proposed:ingrid-solvang-berg', 'direct', '2016-12-07'],
    ]);
  });
});
