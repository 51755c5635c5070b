/**
 * (s27) Documents that are not news stories: a picture agency's gallery captions, each opened by a place-and-date line
 * in capitals ("PLACE, REGION - MONTH DAY:"), and words that came in a message (a voice note a show plays, a message a
 * charity's email quotes), whose sender speaks and whose sending day dates them. (s29) A report to donors: numbered
 * paragraphs, a results table, a share restated after a sum. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { figuresOf, statementsOf, testGazetteer } from './test-gazetteer.js';

const GALLERY = [
  'The week the convoys came - gallery captions',
  'Kestrel Pictures | Editorial gallery | Friday 2 December 2016',
  'Image 1 of 4 | KP-20161129-0101',
  'EAST GREYFORD, NY - NOVEMBER 29: Omar Haddad, the U.N. mediator, addresses a meeting of donors at the Hall of Nations on November 29, 2016. Haddad told the donors that the convoys "cannot wait for another winter". (Photo by Ines Varga/Kestrel Pictures)',
  'Image 2 of 4 | KP-20161129-0133',
  'EAST GREYFORD, NY - NOVEMBER 29: Hélène Dubois, the Norlandic Ambassador, speaks to reporters outside the Hall of Nations after the meeting on November 29, 2016. Dubois said the first convoy would sail within a week. (Photo by Ines Varga/Kestrel Pictures)',
  'Image 3 of 4 | KP-20161130-0044',
  'KAFR AL-HAMDAN, NORLAND - NOVEMBER 30: Tomas Brenner, 51, carries a sack of flour past the ruins of his bakery in the hill village of Kafr al-Hamdan, east of the port, on November 30, 2016. "We bake at night now. The drones sleep then," he said. (Photo by Ines Varga/Kestrel Pictures)',
  'Image 4 of 4 | KP-20161201-0007',
  'KELL HARBOUR, NORLAND - DECEMBER 1: Trucks wait in a line at the quay of Kell Harbour on December 1, 2016. Harbour officials accused the militia of blocking the road reopened on Tuesday night; the Norlandic government said the first trucks had left at dawn. (Photo by Jonas Ekdahl/Kestrel Pictures)',
].join('\n\n');

describe("a gallery's captions, each under its place-and-date line", () => {
  const statements = statementsOf(GALLERY, '2016-12-02');

  it('reads the place and date line as no speaker\'s label: no caption is a "turn" of its place', () => {
    expect(statements.map((s) => s.speaker)).not.toContainEqual(expect.stringMatching(/greyford|hamdan|kell/u));
    expect(statements.some((s) => s.evidence.some((e) => /^NOVEMBER|^DECEMBER/u.test(e)))).toBe(false);
  });

  it('gives "he said" to the person the caption shows, not to the village it names after "the village of"', () => {
    expect(statements.find((s) => s.evidence.some((e) => e.startsWith('We bake')))).toMatchObject({
      speaker: 'proposed:tomas-brenner',
      said: '2016-11-30',
    });
  });

  it("dates a remark after a semicolon by the caption's day, not by a day in the clause before it", () => {
    expect(statements.find((s) => s.speaker === 'norland')?.said).toBe('2016-12-01');
    expect(statements.find((s) => s.speaker === 'omar-haddad')?.said).toBe('2016-11-29');
  });
});

describe('words that came in a message', () => {
  it('gives "In it she says:" to the one who sent the message the show plays, on the day it was sent', () => {
    const text = [
      'Episode 9: the last bakery in the port',
      'Host Anna Kowalczyk spoke to the baker in our studio on Monday. Near the end she plays a voice message sent to her on Saturday night by a midwife who stayed behind in the old town. We have left out her name at her request. In it she says: "The generator died at noon and we deliver by the light of a stove."',
    ].join('\n\n');
    expect(statementsOf(text).find((s) => s.evidence.some((e) => e.startsWith('The generator')))).toMatchObject({
      speaker: 'proposed:midwife-unnamed',
      said: '2016-12-10',
    });
  });

  it('gives "In the voice note he says:" to the sender named after "by", not to a place named after him', () => {
    const text =
      'Later she plays a voice note recorded on Tuesday evening by Ivo Rask, a driver who runs the convoy depot at the border crossing of Kell Gate. In the voice note he says: "Forty trucks are loaded and nobody will tell us when to go."';
    expect(statementsOf(text).find((s) => s.evidence.some((e) => e.startsWith('Forty trucks')))).toMatchObject({
      speaker: 'proposed:ivo-rask',
      said: '2016-12-13',
    });
  });

  it('gives the words after "sent us a message:" to the sender, in the same paragraph or the next', () => {
    const sameParagraph =
      'We spoke this week with Dr Ilse Varga, a Kell Harbour anaesthetist working in the old town. She sent us a voice note at dawn: "The last ward has no glass in its windows."';
    expect(statementsOf(sameParagraph).find((s) => s.evidence.some((e) => e.startsWith('The last ward')))?.speaker).toBe(
      'proposed:ilse-varga',
    );
    const nextParagraph = [
      'Our engineer, Karl Dressler, has rigged the clinic to a lorry battery. On Saturday evening he sent us this message:',
      '"We have light for two more nights. After that we work by hand."',
    ].join('\n\n');
    expect(statementsOf(nextParagraph).find((s) => s.evidence.some((e) => e.startsWith('We have light')))).toMatchObject({
      speaker: 'proposed:karl-dressler',
      said: '2016-12-10',
    });
    // "sent us this", the message unnamed, and when and how after it.
    const unnamed = [
      'Marta Lindgren, who runs our kitchen in the camp, sent us this late on Monday, after a day of queues in the sleet:',
      '"Two hundred meals by noon. The bread ran out before the children had eaten."',
    ].join('\n\n');
    expect(statementsOf(unnamed).find((s) => s.evidence.some((e) => e.startsWith('Two hundred')))).toMatchObject({
      speaker: 'proposed:marta-lindgren',
      said: '2016-12-12',
    });
  });
});

describe('a report to donors: its numbering, its results table, its shares', () => {
  it("reads a paragraph's or a section's number at the head of its line as no count", () => {
    const text = [
      'Winter shelter programme: report to the Harrow Trust',
      '3. Activities',
      '3.2 Families in the Kell Harbour shelters were given 420 stoves before the first snow.',
      '4) Funding',
      "4.1.2 Volunteers collected the Trust's second payment on 9 December.",
    ].join('\n\n');
    const values = figuresOf(text).map((f) => f.value);
    expect(values).toContain(420);
    expect(values).not.toContain(3.2);
    expect(values).not.toContain(4.1);
    expect(values).not.toContain(3);
    expect(values).not.toContain(4);
  });

  it("reads each number of a results line, a target and what was done, as a count of the line's label", () => {
    const text = [
      'Results against targets',
      '- Families given winter kits: target 1,200, achieved 1,375',
      '- Children enrolled in catch-up classes | planned 300 | reached 264',
      '- Midwives trained: no target set, achieved 18',
    ].join('\n');
    const found = figuresOf(text).map((f) => [f.raw, f.value]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['1,200', 1200],
        ['1,375', 1375],
        ['300', 300],
        ['264', 264],
        ['18', 18],
      ]),
    );
  });

  it('reads a share restated after a sum of a whole ("X of the Y, or N per cent")', () => {
    const money = figuresOf('By the end of November the winter appeal had raised €840,000 of the €2 million sought, or 42 per cent.');
    expect(money).toContainEqual(expect.objectContaining({ raw: '42', value: 42, metric: 'funding' }));
    const spent = figuresOf('By 30 November, NOK 910,000 of the grant, or about 76 percent, had been spent on stoves.');
    expect(spent).toContainEqual(expect.objectContaining({ value: 76, metric: 'funding' }));
  });
});

describe("a report's and a letter's voices: the field staff, the partners, the one the writer reached", () => {
  it('gives words a colon hands on after "wrote to us on <day>, <aside>:" to the writer, whole', () => {
    const text = [
      'Winter shelter programme: report to the Harrow Trust',
      'Our shelter manager in Kell Harbour, Ingrid Solberg, wrote to the Oslo office on 6 December, the morning after the storm that flooded her store: "We lost 300 mattresses in one night. The families are sleeping in the chapel."',
    ].join('\n\n');
    const words = statementsOf(text, '2016-12-20', 'Harrow Relief').filter((s) => s.evidence.some((e) => e.includes('We lost 300')));
    expect(words).toEqual([expect.objectContaining({ speaker: 'proposed:ingrid-solberg', kind: 'direct', said: '2016-12-06' })]);
  });

  it('reads a name and its description before a relative clause ("Dr X, a surgeon at ..., who uses only his first name, wrote")', () => {
    const text =
      'Dr Rasul, a surgeon at the field hospital in Vellmar, who uses only his first name, wrote to our Oslo office on 9 December: "We sew wounds by the light of our phones."';
    expect(statementsOf(text)).toEqual([expect.objectContaining({ speaker: 'proposed:rasul', kind: 'direct', said: '2016-12-09' })]);
  });

  it('reads a description with where the person works before an apposed name ("The coordinator in X, Name, said")', () => {
    const text = 'The clinic coordinator in Vellmar, Tomas Ekdahl, said on Friday that the generators had run dry.';
    expect(statementsOf(text)[0]).toMatchObject({ speaker: 'proposed:tomas-ekdahl', said: '2016-12-09' });
  });

  it('gives "Our partner in the north, the X Committee, reported that" to the committee', () => {
    const text = [
      'Winter shelter programme: report to the Harrow Trust',
      'Our partner in the north, the Kessel Valley Aid Committee, reported that four of its drivers were held at a checkpoint for two days.',
    ].join('\n\n');
    expect(statementsOf(text, '2016-12-20', 'Harrow Relief')[0]).toMatchObject({ speaker: 'proposed:kessel-valley-aid-committee' });
  });

  it('gives "I met X ..., and he told me that" to X, the one the writer met, not to a name printed before', () => {
    const text = [
      'Newsletter of St Brendan Parish, 4 December 2016',
      'Parish Priest: Fr Aidan Moran | Sunday Mass: 10am',
      'Dear friends,',
      'Our deacon, Paul Herrick, is home from hospital and thanks you for your prayers.',
      'I met Bishop Karel Novotny at the seminary gate on Monday, and he told me that the seminary was sheltering 80 families. "We will keep the doors open all winter," he said.',
    ].join('\n');
    const statements = statementsOf(text, '2016-12-04', 'St Brendan Parish');
    expect(statements.filter((s) => s.evidence.some((e) => /seminary|doors open/u.test(e))).map((s) => s.speaker)).toEqual([
      'proposed:karel-novotny',
      'proposed:karel-novotny',
    ]);
  });
});

describe('a message received, its words after the colon', () => {
  it('gives the words of a voice note a named relative sent ("received a voice note from her brother-in-law, X, on <day>:") to the sender', () => {
    const text = [
      'Parish news, 11 December 2016',
      'The choir leader, Ana Lind, received a voice note from her brother-in-law, Jakob, on Friday night: "The road to the port is open. We leave at dawn with the others."',
    ].join('\n\n');
    expect(
      statementsOf(text, '2016-12-11', 'Kell Parish').find((s) => s.evidence.some((e) => e.includes('The road to the port'))),
    ).toMatchObject({
      speaker: 'proposed:jakob',
      kind: 'direct',
      said: '2016-12-09',
    });
  });
});

/**
 * (s30) A year-end review under month headings, an aid agency's fact sheet, a media advisory's fields and a notice's
 * line. Invented texts.
 */
const eventsOf = (text: string, publishedOn: string, publisher: string | null = null) =>
  extractArticle({ text, publishedOn, publisher, gazetteer: testGazetteer }).events.map((e) => [e.type, e.when.date, e.when.precision]);

describe('a review of the year under month headings', () => {
  const REVIEW = [
    'Norland 2016: the year in review',
    'MARCH',
    'The militia launched an offensive on the harbour quarter on 4 March. By the end of the month the quarter and two villages beyond it had fallen, and at least 9,000 people had fled.',
    'AUGUST',
    'The so-called "harvest truce" started on 2 August and broke down within a week. The militia declared on 20 August that "the port is free".',
    'The first ferries sailed on 11 August.',
    'Relief Watch said the quay was crowded. "We can only wait," Omar Haddad told reporters the next day.',
  ].join('\n\n');

  it('dates a fall told "by the end of the month" in the month of the last date given, not a count reached by then', () => {
    const events = eventsOf(REVIEW, '2016-12-30');
    expect(events).toContainEqual(['offensive', '2016-03-01', 'month']);
    expect(events).not.toContainEqual(['displacement', '2016-03-01', 'month']);
  });

  it('reads a happening named in scare quotes and a declaration dated by its day and month', () => {
    const events = eventsOf(REVIEW, '2016-12-30');
    expect(events).toContainEqual(['pause', '2016-08-02', 'day']);
    expect(events).toContainEqual(['announcement', '2016-08-20', 'day']);
  });

  it('dates a remark "the next day" from the day the text gave last, not from the article\'s', () => {
    expect(statementsOf(REVIEW, '2016-12-30').find((s) => s.speaker === 'omar-haddad')?.said).toBe('2016-08-12');
  });
});

describe('a review of the year whose days are days of the month under month headings (s35)', () => {
  const REVIEW = [
    'Harbourside 2016: the months that were',
    'Compiled by Ines Varga',
    'SEPTEMBER',
    'On the 6th, a storm flooded the harbour quarter.',
    'On the 12th, Russia vetoed a Norlandic text on Port Vell at the UN Security Council. Ten members had backed it.',
    'Speaking at a vigil outside the Port Vell library on the 17th, Omar Haddad said: "Nobody in this town will look away."',
    'OCTOBER',
    "The Harbour Choir's concert at the Corn Exchange on the 2nd raised £900 for the relief boats.",
    'Over the final weeks of the month, the militia launched an offensive on the old town.',
    'Hélène Dubois, on the 29th, told the Security Council the port was now "a city of queues".',
  ].join('\n');

  it("dates remarks by the day of the heading's month their sentence gives", () => {
    const said = statementsOf(REVIEW, '2016-12-30').map((s) => [s.speaker, s.said]);
    expect(said).toContainEqual(['omar-haddad', '2016-09-17']);
    expect(said).toContainEqual(['helene-dubois', '2016-10-29']);
  });

  it('dates happenings by those days, and one in the closing weeks "of the month" by the month', () => {
    const events = eventsOf(REVIEW, '2016-12-30');
    expect(events).toContainEqual(['veto', '2016-09-12', 'day']);
    expect(events).toContainEqual(['meeting', '2016-09-17', 'day']);
    expect(events).toContainEqual(['offensive', '2016-10-01', 'month']);
    expect(events).toContainEqual(['un_meeting', '2016-10-29', 'day']);
  });

  it("dates a vote by the day of the heading's month", () => {
    const votes = extractArticle({ text: REVIEW, publishedOn: '2016-12-30', gazetteer: testGazetteer }).votes;
    expect(votes.map((v) => v.voted.date)).toEqual(['2016-09-12']);
  });
});

describe("an aid agency's fact sheet", () => {
  const SHEET = [
    'Fact Sheet No. 2: Port Vell flood response, 9 December 2016',
    'HARBOUR AID NETWORK',
    'KEY MESSAGES',
    '- Families must be allowed to return to their homes in safety.',
    '- We call on the port authority to open the northern quay to relief boats today.',
    'SITUATION',
    'Ferries began taking families off the quay on 7 December, three days after a truce was agreed. Ministers met on 6 December, two days after a text on the port was vetoed at the Security Council.',
    'FUNDING',
    'Required: €3.2 million. Received: €1.6 million (50 per cent). Gap: €1.6 million.',
  ].join('\n');

  it("gives a key message in the first person to the agency, without the list's bullet", () => {
    expect(statementsOf(SHEET, '2016-12-09', 'Harbour Aid Network')).toContainEqual(
      expect.objectContaining({
        speaker: 'proposed:harbour-aid-network',
        evidence: ['We call on the port authority to open the northern quay to relief boats today.'],
      }),
    );
  });

  it('dates a happening "N days after a truce was agreed" by counting back, and a draft "was vetoed" as a veto', () => {
    const events = extractArticle({
      text: SHEET,
      publishedOn: '2016-12-09',
      publisher: 'Harbour Aid Network',
      gazetteer: testGazetteer,
    }).events;
    expect(events.map((e) => [e.type, e.when.date])).toContainEqual(['pause', '2016-12-04']);
    expect(events.map((e) => [e.type, e.when.date])).toContainEqual(['veto', '2016-12-04']);
  });

  it("reads a share in brackets after a sum received as the sum's share of what was asked", () => {
    expect(figuresOf(SHEET, '2016-12-09')).toContainEqual(expect.objectContaining({ raw: '50', value: 50, metric: 'funding' }));
  });
});

describe("a media advisory's fields and a notice's line", () => {
  it("dates the occasion the WHAT field names by the WHEN field's day, and a trip the WHO field tells by its own", () => {
    const text = [
      'Media advisory: Harbour Aid Network to brief press on the flood',
      'MEDIA ADVISORY | For immediate release',
      'WHAT: A press briefing on the needs of families evacuated from the Old Town.',
      "WHO: Dr. Ana Ruiz, the network's medical director, who returned from Port Vell on Wednesday.",
      'WHEN: Monday, 12 December 2016, 10:00.',
      'WHERE: Harbour Aid Network office, Lakehaven.',
    ].join('\n');
    const events = eventsOf(text, '2016-12-09', 'Harbour Aid Network');
    expect(events).toContainEqual(['press_conference', '2016-12-12', 'day']);
    expect(events).toContainEqual(['trip', '2016-12-07', 'day']);
    expect(events).not.toContainEqual(['evacuation', '2016-12-12', 'day']);
  });

  it("dates a notice's occasion by the day after its colon, and an invitation to it as to come", () => {
    const text = [
      'Parish newsletter, Friday 9 December 2016',
      'Please join us at the vigil on Sunday with a lantern.',
      'NOTICES',
      'Vigil for Port Vell: Sunday 11 December, 6pm, at the harbour steps.',
      "Flood Appeal: Last Sunday's collection raised €2,300.",
    ].join('\n');
    const events = eventsOf(text, '2016-12-09', 'St Brendan Parish');
    expect(events.filter(([type]) => type === 'meeting')).toEqual([['meeting', '2016-12-11', 'day']]);
    expect(events.filter(([type]) => type === 'appeal')).toEqual([]);
  });

  it('counts the points an agency runs and a crowd by why it gathered', () => {
    const figures = figuresOf('Several hundred mourners joined the service. Our teams at three reception points have seen 400 patients.');
    expect(figures).toContainEqual(expect.objectContaining({ raw: 'Several hundred', qualifier: 'vague' }));
    expect(figures).toContainEqual(expect.objectContaining({ raw: 'three', value: 3, metric: 'facilities' }));
  });

  it('reads "N states at the United Nations General Assembly voted" as a tally, no figure', () => {
    expect(figuresOf('On Monday 131 states at the United Nations General Assembly voted in favour of the appeal.')).toEqual([]);
  });
});

describe('a timeline told in the historic present', () => {
  const TIMELINE = [
    'Timeline: the siege of Port Vell',
    'LAKEHAVEN, Dec 14 (Agency) - A chronology of the siege, day by day.',
    'Nov 3 - Militia units push into the harbour. After the fall of the lighthouse, defenders lose the whole south of the old town. Aid workers say hundreds of boats left in the night.',
    'Nov 9 - Omar Haddad tells the Assembly the siege must end. Nine members vote for a truce.',
    'Nov 12 - The evacuation is halted. Defenders lose the harbour district in the following days.',
    'Nov 14 - Convoys of buses roll out again before dawn.',
  ].join('\n\n');

  it("dates each entry's happenings by its line: a loss of ground, an address to the Assembly, buses that roll out", () => {
    const events = extractArticle({ text: TIMELINE, publishedOn: '2016-12-14', gazetteer: testGazetteer }).events.map((e) => [
      e.type,
      e.when.date,
    ]);
    expect(events).toContainEqual(['offensive', '2016-11-03']);
    expect(events).toContainEqual(['un_meeting', '2016-11-09']);
    expect(events).not.toContainEqual(['meeting', '2016-11-09']);
    expect(events).toContainEqual(['evacuation', '2016-11-14']);
    // (A loss told "in the following days" is of none of them.)
    expect(events).not.toContainEqual(['offensive', '2016-11-12']);
  });

  it("dates a group's present remark by its entry's day, and reads a side of a vote in the present as a tally", () => {
    expect(statementsOf(TIMELINE).find((s) => s.evidence.some((e) => e.includes('hundreds of boats')))?.said).toBe('2016-11-03');
    expect(figuresOf(TIMELINE).map((f) => f.raw)).not.toContain('Nine');
  });
});

describe('the occasion a document comes from or announces: a hearing, a lecture, a talk, a prize to be presented', () => {
  const meetings = (text: string, publishedOn: string) => eventsOf(text, publishedOn).filter(([type]) => type === 'meeting');

  it("drafts the hearing a decision's header dates, whichever way the header prints it", () => {
    const decision = (line: string) =>
      [
        'Licensing Board of Port Vell: the appeal of the trawler Greta (excerpt)',
        'LICENSING BOARD OF PORT VELL',
        'Reference: LB/88/2016',
        line,
        'Decision given on 30 November 2016',
        '1. The owner of the Greta, a trawler registered in Port Vell, appeals against the suspension of her licence. He told the board that the nets had been seized at sea.',
      ].join('\n\n');
    expect(meetings(decision('Heard on 14 November 2016, at the harbour office in Lakehaven'), '2016-12-02')).toEqual([
      ['meeting', '2016-11-14', 'day'],
    ]);
    expect(meetings(decision('Date of hearing: 15 November 2016'), '2016-12-02')).toEqual([['meeting', '2016-11-15', 'day']]);
  });

  it("drafts a lecture its transcript's introduction dates, and the next one its chair announces", () => {
    const transcript = [
      'Who owns the fish? (transcript)',
      'Kell Maritime Institute | Winter Series',
      'This is the edited transcript of the Harbour Lecture, given by Professor Ines Varga of the Institute in its reading room on Tuesday 8 November 2016.',
      'DR TOMAS BRENNER (Director): Welcome, all of you. Professor Varga has come straight from the quay, so we will begin at once.',
      'PROFESSOR VARGA: Thank you, Tomas. A blockade is older than any treaty that names it.',
      'DR BRENNER: Thank you, Ines. Please come back for a lecture by Dr Omar Haddad on the law of wrecks on Tuesday 6 December.',
    ].join('\n\n');
    expect(meetings(transcript, '2016-11-10')).toEqual([
      ['meeting', '2016-11-08', 'day'],
      ['meeting', '2016-12-06', 'day'],
    ]);
  });

  it('drafts a public lecture and a medal to be presented on their days, not talk as what people speak of', () => {
    const text = [
      "The ministry's hydrologist, Dr Ana Ruiz, will present her survey of the wells in a public lecture at the town library on 14 December.",
      "The crews' medal will be presented in the Harbour Hall on Saturday, 17 December.",
      'In the harbour cafés the talk was all of the flood on Monday.',
    ].join('\n\n');
    expect(meetings(text, '2016-12-07')).toEqual([
      ['meeting', '2016-12-14', 'day'],
      ['meeting', '2016-12-17', 'day'],
    ]);
  });

  it('takes no talk as an occasion where the talk at or on a time "was of" what people spoke about', () => {
    expect(meetings('The talk at the ferry quay on Monday was all of the flood.', '2016-12-14')).toEqual([]);
    expect(meetings('Along the quay the talk on Tuesday was of little but the rising river.', '2016-12-14')).toEqual([]);
    expect(meetings('Her keynote talk at the congress on Monday drew 300 engineers.', '2016-12-14')).toEqual([
      ['meeting', '2016-12-12', 'day'],
    ]);
  });
});

describe("a journal's programme of meetings", () => {
  const JOURNAL = [
    'Journal of the United Nations, No. 301 of the year, Monday, 14 November 2016 (excerpt)',
    'Programme of meetings and agenda',
    'Official meetings',
    'Monday, 14 November 2016',
    'Security Council',
    '10:00  7901st meeting  Security Council Chamber',
    'The situation in Norland',
    'Forthcoming official meetings',
    'General Assembly',
    'Seventy-first session',
    'Thursday, 17 November 2016',
    '15:00  61st plenary meeting  General Assembly Hall',
    'Other activities',
    'Prayer vigil for the people of Port Vell',
    "Wednesday, 16 November 2016, 18:00  Visitors' Lobby",
    'Organized by the Permanent Mission of Norland.',
    'Announcements',
    'The Permanent Mission of Norland informs delegations that the list of speakers is open.',
  ].join('\n\n');
  const events = () => eventsOf(JOURNAL, '2016-11-14');

  it('reads a meeting listed under the name of the UN body that holds it as a UN meeting of its day', () => {
    expect(events()).toContainEqual(['un_meeting', '2016-11-14', 'day']);
    expect(events()).toContainEqual(['un_meeting', '2016-11-17', 'day']);
    expect(events().filter(([type]) => type === 'meeting')).toEqual([['meeting', '2016-11-16', 'day']]);
  });

  it('dates an entry by the day on the line after it, and reads a one-word section heading as no happening', () => {
    expect(events()).not.toContainEqual(['meeting', '2016-11-17', 'day']);
    expect(events().filter(([type]) => type === 'announcement')).toEqual([]);
  });
});
