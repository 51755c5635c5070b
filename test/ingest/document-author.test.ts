/**
 * Who a document speaks as where a person signs it or writes it under his name (document-author.ts, read by
 * issuer-voice.ts), on invented documents: a Permanent Representative's letter with its annex, an op-ed by a serving
 * minister, an op-ed by a private columnist and by a former envoy (no records of their own), an aid worker's diary,
 * and a reporter's byline (no author's voice).
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/ingest/article-analysis.js';
import { documentVoices, isPublicOffice, printedAddress } from '../../src/ingest/document-author.js';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { testGazetteer } from './test-gazetteer.js';

function extracted(text: string, publisher: string, publishedOn = '2016-12-14') {
  const title = text.split('\n')[0] ?? '';
  const extraction = extractArticle({
    text,
    publishedOn,
    title,
    publisher,
    url: 'https://example.org/2016/12/doc',
    gazetteer: testGazetteer,
  });
  return extraction.statements.map((s) => ({
    speaker: s.speaker.status === 'actor' ? s.speaker.id : s.speaker.status === 'proposed' ? `proposed:${s.speaker.proposal.id}` : 'none',
    kind: s.kind,
    evidence: s.evidence.map((e) => text.slice(e.start, e.end)).join(' '),
    said: s.said.date,
  }));
}

const voicesOf = (text: string, publisher: string) =>
  documentVoices(
    analyzeArticle({ text, publishedOn: '2016-12-14', title: text.split('\n')[0] ?? '', publisher, url: null, gazetteer: testGazetteer }),
  );

describe('which offices make an author a public speaker', () => {
  it('reads ministers, envoys and heads of bodies as public, and writers, scholars and former holders as private', () => {
    expect(isPublicOffice("Norland's Minister for Development Cooperation")).toBe(true);
    expect(isPublicOffice('Permanent Representative of Norland to the United Nations')).toBe(true);
    expect(isPublicOffice('Executive Director of the Harbour Relief Alliance')).toBe(true);
    expect(isPublicOffice('a columnist for The Northern Ledger')).toBe(false);
    expect(isPublicOffice('a former Norland ambassador to the United Nations and a senior fellow at the Oslo Institute')).toBe(false);
    expect(isPublicOffice("Harbour Relief's field coordinator in the northern hills")).toBe(false);
  });
});

describe("a Permanent Representative's letter and the statement it transmits", () => {
  const text = [
    'Letter dated 2 December 2016 from the Permanent Representative of Norland to the United Nations addressed to the Secretary-General',
    'United Nations',
    'S/2016/9990',
    'Distr.: General',
    '3 December 2016',
    '',
    'Letter dated 2 December 2016 from the Permanent Representative of Norland to the United Nations addressed to the Secretary-General',
    '',
    'I have the honour to forward to you a statement issued on 1 December 2016 by the Ministry of Foreign Affairs of Norland (see annex).',
    '',
    'My Government asks the members of the Council to take note of the closure of the last crossing into the old town of Port Vell. I must be frank about what this means for the wounded who are still inside. The crossing was closed on Tuesday.',
    '',
    'I would be grateful if you would have this letter and its annex issued as a document of the Security Council.',
    '',
    '(Signed) Tomas Berglund',
    '',
    'Annex to the letter dated 2 December 2016 from the Permanent Representative of Norland to the United Nations addressed to the Secretary-General',
    '',
    'Statement by the Ministry of Foreign Affairs of Norland on the situation in Port Vell',
    '',
    'Norhavn, 1 December 2016',
    '',
    'The Ministry of Foreign Affairs of Norland notes with deep concern that the crossing has stayed closed for a fifth day. Norland has sent 40 tonnes of flour to the city.',
    '',
    'It is worth recalling that the parties agreed to keep the crossing open in the accord of 14 November.',
    '',
    'We cannot accept the argument that the crossing must stay shut for reasons of security. Norland will continue to work with all parties to reopen it.',
  ].join('\n');

  it('finds the signatory, his office and his day, and the annex with its issuer and date line', () => {
    const voices = voicesOf(text, 'United Nations');
    expect(voices?.author).toMatchObject({
      name: 'Tomas Berglund',
      role: 'Permanent Representative of Norland to the United Nations',
      public: true,
      said: { date: '2016-12-02' },
    });
    expect(voices?.annexes).toMatchObject([{ issuer: 'Ministry of Foreign Affairs of Norland', said: { date: '2016-12-01' } }]);
  });

  it("gives the letter's remarks to the signatory and the annex's to the ministry, each dated by its own day", () => {
    const rows = extracted(text, 'United Nations');
    expect(rows.filter((r) => r.speaker === 'proposed:tomas-berglund')).toEqual([
      {
        speaker: 'proposed:tomas-berglund',
        kind: 'direct',
        evidence:
          'My Government asks the members of the Council to take note of the closure of the last crossing into the old town of Port Vell.',
        said: '2016-12-02',
      },
      {
        speaker: 'proposed:tomas-berglund',
        kind: 'direct',
        evidence: 'I must be frank about what this means for the wounded who are still inside. The crossing was closed on Tuesday.',
        said: '2016-12-02',
      },
    ]);
    const ministry = rows.filter((r) => r.speaker === 'proposed:ministry-of-foreign-affairs-of-norland');
    expect(ministry.map((r) => [r.evidence.split(' that ')[0], r.said])).toEqual([
      ['The Ministry of Foreign Affairs of Norland notes with deep concern', '2016-12-01'],
      ['It is worth recalling', '2016-12-01'],
      ['We cannot accept the argument', '2016-12-01'],
    ]);
    // The pledge after the ministry's remark in its paragraph goes on with it; its formulas are no remarks.
    expect(ministry.at(-1)?.evidence).toContain('Norland will continue to work');
    expect(rows.some((r) => /have the honour|would be grateful/u.test(r.evidence))).toBe(false);
  });
});

describe("a serving minister's op-ed", () => {
  const text = [
    'Port Vell cannot wait for the next vote',
    'By Anna Kessel',
    'The Northern Ledger, Opinion, Wednesday 14 December 2016',
    '',
    'Last week I welcomed to Stockholm the ministers of twelve countries. We met because the old town of Port Vell is running out of food.',
    '',
    'Norland does not believe that the siege can be ended by force. I fear that the talks are being used to gain time. I do not accept it.',
    '',
    'I would like the Council to remember its own resolutions. Norland will never abandon the people of Port Vell.',
    '',
    'Anna Kessel is Norland’s Minister for Foreign Affairs.',
  ].join('\n');

  it("finds the byline's author and reads the bio line's office as a public one", () => {
    const voices = voicesOf(text, 'The Northern Ledger');
    expect(voices?.author).toMatchObject({ name: 'Anna Kessel', role: 'Norland’s Minister for Foreign Affairs', public: true });
  });

  it('gives each sentence with a verb of position in her "I", her "we" or her state\'s name to her, dated by publication', () => {
    const rows = extracted(text, 'The Northern Ledger').filter((r) => r.speaker === 'proposed:anna-kessel');
    expect(rows.map((r) => r.evidence)).toEqual([
      'Norland does not believe that the siege can be ended by force.',
      'I fear that the talks are being used to gain time.',
      'I do not accept it.',
      'I would like the Council to remember its own resolutions. Norland will never abandon the people of Port Vell.',
    ]);
    expect(rows.every((r) => r.kind === 'direct' && r.said === '2016-12-14')).toBe(true);
  });
});

describe('authors who are no public speakers', () => {
  const opinion = (bio: string) =>
    [
      'Port Vell and the limits of diplomacy',
      'By Henrik Dahl',
      '',
      'I believe that the Council has failed Port Vell. We call on the capitals to act before the winter. I fear that nobody is listening.',
      '',
      `Henrik Dahl is ${bio}.`,
    ].join('\n');

  it("gives a private columnist's and a former envoy's own views to nobody", () => {
    for (const bio of ['a columnist for The Northern Ledger', 'a former Norland ambassador to the United Nations']) {
      const text = opinion(bio);
      expect(voicesOf(text, 'The Northern Ledger')?.author?.public).toBe(false);
      expect(extracted(text, 'The Northern Ledger')).toEqual([]);
    }
  });

  it("gives a diarist's narration to nobody, and what others tell her to them", () => {
    const text = [
      'Five days at the crossing',
      'Harbour Relief | Stories | 16 December 2016',
      '',
      'Lena Holm is Harbour Relief’s field coordinator in Port Vell. She kept this diary through the final days of the blockade.',
      '',
      'Monday 12 December',
      'I believe that the buses will come tomorrow. We stood at the crossing until dark. Omar Haddad said the road was open again.',
    ].join('\n');
    expect(voicesOf(text, 'Harbour Relief')?.author).toMatchObject({ name: 'Lena Holm', public: false });
    const rows = extracted(text, 'Harbour Relief');
    expect(rows.map((r) => r.speaker)).toEqual(['omar-haddad']);
  });
});

describe('a speech published as its text, and an open letter signed with a closing formula', () => {
  const speech = (heading: string, body: string) => [heading, 'Stockholm, 13 December 2016', 'As delivered', '', body].join('\n');
  const spoken =
    'I am deeply concerned by what we hear from the old town of Port Vell. We call on all parties to let the wounded leave. The crossing has been closed since Sunday.';

  it('gives a speech to the person its heading names, in three wordings, dated by its date line', () => {
    for (const heading of [
      'Remarks by Foreign Minister Anna Kessel at the Security Council meeting on Port Vell',
      "Foreign Minister Anna Kessel's remarks to the General Assembly on Port Vell",
      'Statement by Anna Kessel, Minister for Foreign Affairs of Norland',
    ]) {
      const text = speech(heading, spoken);
      const rows = extracted(text, 'Government Offices of Norland');
      expect(rows.map((r) => [r.speaker, r.evidence.slice(0, 20), r.said])).toEqual([
        ['proposed:anna-kessel', 'I am deeply concerne', '2016-12-13'],
        ['proposed:anna-kessel', 'We call on all parti', '2016-12-13'],
      ]);
    }
  });

  it("reads no speaker from a heading whose text does not speak in the first person, nor from a body's name", () => {
    const third = speech(
      'Remarks by Foreign Minister Anna Kessel at the Security Council meeting on Port Vell',
      'The minister said the crossing had been closed since Sunday. The Council heard the briefing in silence.',
    );
    expect(voicesOf(third, 'Government Offices of Norland')).toBeNull();
    expect(voicesOf(speech('Statement by the Ministry of Foreign Affairs of Norland on Port Vell', spoken), 'Norland News')).toBeNull();
  });

  it('gives an open letter to the name under "Yours sincerely," with the office on the line after it', () => {
    const text = [
      'An open letter to the members of the Security Council',
      '',
      'Dear members of the Council,',
      '',
      'I am writing to express my alarm at the closure of the last crossing into Port Vell. I urge you to demand that it be reopened.',
      '',
      'Yours sincerely,',
      'Anna Kessel',
      'Minister for Foreign Affairs of Norland',
    ].join('\n');
    expect(voicesOf(text, 'Government Offices of Norland')?.author).toMatchObject({
      name: 'Anna Kessel',
      role: 'Minister for Foreign Affairs of Norland',
      public: true,
    });
    const rows = extracted(text, 'Government Offices of Norland');
    expect(rows.map((r) => [r.speaker, r.evidence.slice(0, 20)])).toEqual([
      ['proposed:anna-kessel', 'I am writing to expr'],
      ['proposed:anna-kessel', 'I urge you to demand'],
    ]);
  });
});

describe("an aid worker's diary closed by her organisation's appeal", () => {
  const text = [
    'Five days at the crossing',
    'Harbour Relief | Stories | 16 December 2016',
    '',
    'Lena Holm is Harbour Relief’s field coordinator in Port Vell. She kept this diary through the final days of the blockade.',
    '',
    'Monday 12 December',
    'We call on everyone we meet to stay calm. We stood at the crossing until dark.',
    '',
    'What Harbour Relief is doing',
    'Our teams have given blankets to 2,000 people. We call on all parties to keep the crossing open. We need 50,000 dollars to keep going.',
  ].join('\n');

  it("gives the organisation's closing section to it, and the diarist's own words to nobody", () => {
    const rows = extracted(text, 'Harbour Relief');
    expect(rows.map((r) => [r.speaker, r.evidence])).toEqual([
      ['proposed:harbour-relief', 'We call on all parties to keep the crossing open. We need 50,000 dollars to keep going.'],
    ]);
  });
});

describe('texts with no author of their own', () => {
  it.each([
    {
      form: "a reporter's byline is no author's voice",
      publisher: 'The Northern Ledger',
      lines: [
        'Talks on Port Vell stall',
        'By Karin Lund, diplomatic correspondent',
        '',
        'Norland does not believe that the siege can be ended by force, Foreign Minister Maria Lindqvist said on Tuesday.',
      ],
    },
    {
      form: 'an office\'s statement with no holder named ("Statement by the Regional Director") stays its body\'s release',
      publisher: 'Harbour Relief',
      lines: ['Statement by the Regional Director on Port Vell', '', 'We are appalled by the shelling of the old town of Port Vell.'],
    },
  ])('$form', ({ publisher, lines }) => {
    expect(voicesOf(lines.join('\n'), publisher)).toBeNull();
  });
});

describe('a bio line with no byline', () => {
  it('introduces no author where it describes someone the story is about, and the writer where the text says so', () => {
    const story = [
      'Envoy warns of long winter in Port Vell',
      '',
      'Tomas Berglund is Norland’s ambassador to the United Nations. He told reporters on Tuesday that the crossing must reopen.',
      '',
      'Norland does not believe that the siege can be ended by force, officials said.',
    ].join('\n');
    expect(voicesOf(story, 'The Northern Ledger')).toBeNull();
    const signedOff = [
      'Port Vell cannot wait',
      '',
      'I have seen the old town of Port Vell from the crossing. I believe that the Council can still act.',
      '',
      'Anna Kessel is Norland’s Minister for Foreign Affairs.',
    ].join('\n');
    expect(voicesOf(signedOff, 'The Northern Ledger')?.author).toMatchObject({ name: 'Anna Kessel', public: true });
  });
});

describe('a note verbale', () => {
  it('gives the note to the mission that presents its compliments, dated by its heading, and its formula alone to nobody', () => {
    const text = [
      'Note verbale dated 9 December 2016 from the Permanent Mission of Norland to the United Nations addressed to the Secretary-General',
      '',
      'The Permanent Mission of Norland to the United Nations presents its compliments to the Secretary-General and has the honour to inform him that the last crossing into Port Vell was closed on 8 December.',
      '',
      'The Mission wishes to stress that the wounded cannot leave the old town. It has sent 12 tonnes of medicines to the border.',
      '',
      'The Permanent Mission of Norland avails itself of this opportunity to renew to the Secretary-General the assurances of its highest consideration.',
    ].join('\n');
    const rows = extracted(text, 'United Nations');
    const mission = 'proposed:permanent-mission-of-norland-to-the-united-nations';
    expect(rows.map((r) => [r.speaker, r.evidence.slice(0, 40), r.said])).toEqual([
      [mission, 'The Permanent Mission of Norland to the ', '2016-12-09'],
      [mission, 'The Mission wishes to stress that the wo', '2016-12-09'],
    ]);
  });
});

describe("a byline's office", () => {
  const text = (byline: string[]) =>
    ['Port Vell cannot wait', ...byline, '', 'I believe that the Council can still act. We call on all parties to open the crossing.'].join(
      '\n',
    );

  it("reads the office after the name or on the line under it, and a reporter's desk as none", () => {
    expect(voicesOf(text(['By Anna Kessel, Minister for Foreign Affairs of Norland']), 'The Northern Ledger')?.author?.public).toBe(true);
    expect(voicesOf(text(['By Anna Kessel', 'Minister for Foreign Affairs of Norland']), 'The Northern Ledger')?.author).toMatchObject({
      name: 'Anna Kessel',
      role: 'Minister for Foreign Affairs of Norland',
      public: true,
    });
    expect(voicesOf(text(['By Karin Lund', 'Diplomatic Editor']), 'The Northern Ledger')).toBeNull();
  });
});

describe('a signatory speaking for the government his office serves', () => {
  const letter = (body: string) =>
    [
      'Letter dated 2 December 2016 from the Permanent Representative of Norland to the United Nations addressed to the Secretary-General',
      '',
      body,
      '',
      '(Signed) Tomas Berglund',
    ].join('\n');

  it('gives "The Government of <his state>" to the signatory, in three wordings', () => {
    for (const body of [
      'The Government of Norland wishes to stress that the wounded must be allowed to leave the old town.',
      'The Government of Norland is deeply concerned by the closure of the last crossing into Port Vell.',
      'The Government of Norland stands ready to receive the wounded of the old town in its hospitals.',
    ]) {
      const rows = extracted(letter(body), 'United Nations');
      expect(rows.map((r) => [r.speaker, r.evidence, r.said])).toEqual([['proposed:tomas-berglund', body, '2016-12-02']]);
    }
  });

  it("gives another state's government nothing of his", () => {
    const rows = extracted(
      letter('The Government of Sweden wishes to stress that the wounded must be allowed to leave the old town.'),
      'United Nations',
    );
    expect(rows.some((r) => r.speaker === 'proposed:tomas-berglund')).toBe(false);
  });
});

describe('a letter printed in full under a labelled header, its day on a line of its own (s67)', () => {
  const text = (close: string[]) =>
    [
      'S/2016/9991: Norland writes to the Council on the crossing into Port Vell',
      'THE COUNCIL DIGEST | Correspondence | Wednesday, 14 December 2016',
      '',
      'Document: S/2016/9991',
      'From: the Permanent Representative of Norland to the United Nations',
      'To: the President of the Security Council',
      'Letter dated: 9 December 2016',
      'Circulated: 12 December 2016',
      '',
      ...close,
      'I have the honour to draw your attention to the closure of the last crossing into the old town of Port Vell.',
      '',
      'The Government of Norland condemns the closure of the crossing and calls on all parties to reopen it without delay.',
      '',
      'I must be frank about what this means for the wounded who are still inside.',
      '',
      '(Signed) Tomas Berglund',
      'Permanent Representative',
      '',
      '---',
      '',
      'Our notes',
      '',
      'The Government of Sweden condemns the closure as well and calls on Norland to keep its own border open.',
    ].join('\n');
  const editorsNote = "Editor's note. The letter below was issued on Monday as a document of the Council. We print it in full.";

  it("starts the letter after its separator or its editor's note, and dates it by the labelled day", () => {
    for (const close of [
      [editorsNote, '', '---', ''],
      [editorsNote, ''],
    ]) {
      const voices = voicesOf(text(close), 'The Council Digest');
      expect(voices?.author).toMatchObject({ name: 'Tomas Berglund', public: true, said: { date: '2016-12-09' } });
      const body = text(close).slice(voices?.author?.region.start, voices?.author?.region.end);
      expect(body.startsWith('I have the honour')).toBe(true);
    }
  });

  it("dates the letter's undated remarks by its day, and none after its signature", () => {
    const rows = extracted(text([editorsNote, '', '---', '']), 'The Council Digest');
    expect(rows.filter((r) => r.speaker === 'proposed:tomas-berglund').map((r) => [r.evidence, r.said])).toEqual([
      ['I must be frank about what this means for the wounded who are still inside.', '2016-12-09'],
    ]);
    expect(rows.find((r) => r.evidence.includes('Norland condemns'))).toMatchObject({ speaker: 'norland', said: '2016-12-09' });
    // The notes after the letter are the digest's: dated by its day.
    expect(rows.find((r) => r.evidence.includes('Sweden condemns'))).toMatchObject({ speaker: 'sweden', said: '2016-12-14' });
    expect(rows.some((r) => /letter below|print it in full/u.test(r.evidence))).toBe(false);
  });
});

describe('a speech, sermon or message printed in full after an introduction', () => {
  const who = (text: string, publishedOn = '2016-12-18') =>
    extracted(text, 'Harbour Church Times', publishedOn).filter((s) => s.kind === 'direct');

  it("gives each paragraph of the address to the speaker the introduction names by a possessive, on the introduction's day", () => {
    const text = [
      "Full text: the Patriarch's Christmas message on Port Vell",
      'PORT VELL – Patriarch Elias Maroun on Saturday appealed for the people of the old town, telling worshippers that the siege had gone on too long.',
      "Some 4,000 people filled the cathedral. Below is the full text of the Patriarch's words, in our translation.",
      'Dear brothers and sisters,',
      'My heart is with the families of the old town tonight. I hear every day of mothers who cannot find bread for their children.',
      'I call on those who hold the harbour to open it. No flag is worth the life of a single child.',
      'Let us pray together for the people of Port Vell. [Prayer]',
      'I greet all of you who have come from far away, and I wish you a peaceful Christmas.',
      'Background',
      'The Patriarch has spoken of the siege three times since October.',
    ].join('\n\n');
    const rows = who(text);
    // Each paragraph of the address one remark (s17: no longer merged into one); the prayer and the greetings are none.
    expect(rows.map((r) => [r.speaker, r.evidence.slice(0, 20), r.said])).toEqual([
      ['proposed:patriarch-elias-maroun', 'My heart is with the', '2016-12-17'],
      ['proposed:patriarch-elias-maroun', 'I call on those who ', '2016-12-17'],
    ]);
    expect(rows.map((r) => r.evidence).join(' ')).not.toMatch(/Let us pray|I greet all of you/u);
  });

  it('reads an address announced as "the complete text of the address by X" with no salutation', () => {
    const text = [
      'Mayor speaks to the city',
      'The mayor of Port Vell, Ivo Brandt, addressed the city council on Thursday as the ferries stopped running.',
      'The following is the complete text of the address by Ivo Brandt.',
      'We have waited for the ships for three weeks, and I will not ask this city to wait for a fourth.',
      'I have written to the Norlandic government to ask for the harbour to be opened at once.',
      'Read more',
    ].join('\n\n');
    const rows = who(text, '2016-12-16');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ speaker: 'proposed:ivo-brandt', said: '2016-12-15' });
    expect(rows[0]?.evidence).toMatch(/^We have waited for the ships.*a fourth\.$/su);
    expect(rows[1]?.evidence).toMatch(/^I have written to the Norlandic government.*opened at once\.$/su);
  });

  it('takes the speaker from a "Full text:" headline where the introduction says "his words"', () => {
    const text = [
      "Full text: Governor Ana Lukic's appeal to the harbour workers",
      'Governor Ana Lukic spoke to the dockers at the gate on Monday morning. Here are her words as she gave them.',
      'I know what the last three weeks have cost you. I have seen the empty sheds myself.',
      'I ask you to stay one more week, and I promise that every family will have heating by Friday.',
    ].join('\n\n');
    const rows = who(text, '2016-12-13');
    expect(rows.map((r) => r.speaker)).toEqual(['proposed:ana-lukic', 'proposed:ana-lukic']);
  });

  it('reads no address where the text after the announcement is a report in the third person', () => {
    const text = [
      'Council meets on the harbour',
      "The city council met on Thursday. Below is the full text of the mayor's statement, as summarised by our reporter.",
      'The mayor said that the harbour would stay shut until the spring.',
      'Councillors asked for an inquiry into the closure.',
    ].join('\n\n');
    expect(who(text, '2016-12-16')).toEqual([]);
  });
});

describe('a speech printed as the whole text under a heading that names its speaker (s17)', () => {
  const who = (text: string, publisher: string, publishedOn = '2016-12-20') =>
    extracted(text, publisher, publishedOn).map((r) => [r.speaker, r.kind, r.evidence.slice(0, 24), r.said]);
  const body = [
    'Good morning, and thank you all for being here so early.',
    'I want to thank the volunteers of the Harbour Relief Alliance. Thank you for your patience with us.',
    'We meet because the old town of Port Vell has been without water for nine days. No city should ask its children to wait that long.',
    'Relief Watch says some 2,000 families are still cut off. We will send two more trucks on Friday.',
    'And now I want to ask you to stand with me for a minute of silence for the families of the old town.',
  ];

  it('gives each paragraph of her own remarks to the speaker the heading names, dated by the heading, in three wordings', () => {
    for (const heading of [
      'Remarks as delivered by Mayor Lena Vantongeren at the Harbour Gate, Monday, December 19, 2016',
      "Mayor Lena Vantongeren's remarks at the Harbour Gate vigil",
      'Speech as prepared for delivery by Mayor Lena Vantongeren to the City Council',
    ]) {
      const dateLine = heading.includes('2016') ? [] : ['Harbour Gate, 19 December 2016'];
      const text = ['The mayor at the gate', 'City of Norhavn | Office of the Mayor', heading, ...dateLine, ...body].join('\n\n');
      const rows = who(text, 'City of Norhavn');
      // The greeting, the thanks and the call for a minute of silence are formulas; Relief Watch's sentence is its own.
      expect(rows.filter((r) => r[0] === 'proposed:lena-vantongeren')).toEqual([
        ['proposed:lena-vantongeren', 'direct', 'We meet because the old ', '2016-12-19'],
        ['proposed:lena-vantongeren', 'direct', 'We will send two more tr', '2016-12-19'],
      ]);
      expect(rows.some((r) => r[0] === 'relief-watch' && String(r[2]).startsWith('Relief Watch says'))).toBe(true);
    }
  });

  it("gives a delegation's statement at a meeting to its state, each paragraph one remark, and a paragraph that only relays to nobody of its own", () => {
    const text = [
      'Statement by the Republic of Norland at the Humanitarian Meeting on Port Vell',
      'Statement by the Republic of Norland',
      'Humanitarian Meeting on Port Vell',
      'Geneva, 15 December 2016',
      'Check against delivery',
      'Mr. Chair,',
      'First of all, let me thank the Chair for bringing us together today.',
      'The Republic of Norland is alarmed by the closure of the last crossing. No military aim can justify it.',
      'According to OCHA, some 40,000 people remain in the old town.',
      'My Government will provide an additional 2 million euros in aid for the people of Port Vell.',
      'I thank you, Mr. Chair.',
    ].join('\n\n');
    const rows = who(text, 'Permanent Mission of Norland in Geneva', '2016-12-16');
    expect(rows.filter((r) => r[0] === 'norland')).toEqual([
      ['norland', 'direct', 'The Republic of Norland ', '2016-12-15'],
      ['norland', 'direct', 'My Government will provi', '2016-12-15'],
    ]);
    expect(rows.some((r) => String(r[2]).startsWith('First of all') || String(r[2]).startsWith('I thank you'))).toBe(false);
  });

  it("reads an explanation of vote under a diplomat's style and a punctuated delivery line as his, each paragraph one remark (s55)", () => {
    const text = [
      'Explanation of vote by Norland after the vote on the draft resolution on Port Vell',
      'Statement by H.E. Mr. Anders Kvale, Permanent Representative of Norland to the United Nations, in explanation of vote',
      'New York, 5 December 2016',
      'Original: Norwegian. Unofficial translation. Check against delivery.',
      'Mr. President,',
      'Norland, together with Sweden, put this draft before the Council with one purpose: to stop the shelling of the old town.',
      'Eleven members voted for that purpose this afternoon. I will not hide the disappointment of my delegation.',
      'Thank you, Mr. President.',
    ].join('\n\n');
    const rows = who(text, 'Permanent Mission of Norland to the United Nations', '2016-12-06');
    expect(rows.filter((r) => r[0] === 'proposed:anders-kvale')).toEqual([
      ['proposed:anders-kvale', 'direct', 'Norland, together with S', '2016-12-05'],
      ['proposed:anders-kvale', 'direct', 'Eleven members voted for', '2016-12-05'],
    ]);
  });

  it("reads a sermon under its caption as the preacher's, less the greeting, the reading and the blessing (s19)", () => {
    const text = [
      'Advent sermon of the Moderator: "A door left open"',
      'Presbytery of Norhavn',
      'Sermon preached by the Very Rev Maren Tollefsen, Moderator of the Presbytery of Norhavn, at the Advent Service in St Olaf Kirk, Sunday 11 December 2016. Published by the Presbytery Office.',
      'Dear friends, a happy and blessed Advent to you all.',
      '“Behold, I stand at the door, and knock.” (Revelation 3:20)',
      'I have read that verse every Advent for thirty years. This winter I hear in it the families of Port Vell, who have knocked for months.',
      'The last convoy reached the old town on Thursday. We will send our own collection there in the new year.',
      'May the grace of our Lord be with you all.',
    ].join('\n\n');
    const rows = who(text, 'Presbytery of Norhavn', '2016-12-11').filter((r) => r[0] === 'proposed:maren-tollefsen');
    expect(rows).toEqual([
      ['proposed:maren-tollefsen', 'direct', 'I have read that verse e', '2016-12-11'],
      ['proposed:maren-tollefsen', 'direct', 'The last convoy reached ', '2016-12-11'],
    ]);
  });

  it('reads no whole-text speech where a "Statement by" heading names no occasion and says nothing of its delivery', () => {
    // A written statement is its issuer's release (issuer-voice.ts): its sentences, not its paragraphs.
    const text = [
      'Statement by the Harbour Relief Alliance',
      'Norhavn, 15 December 2016',
      'We are alarmed by the closure of the last crossing into Port Vell. Our trucks have waited at the gate for six days.',
      'We call on all parties to let the convoy through.',
    ].join('\n\n');
    const analysis = analyzeArticle({
      text,
      publishedOn: '2016-12-15',
      title: text.split('\n')[0] ?? '',
      publisher: 'Harbour Relief Alliance',
      url: null,
      gazetteer: testGazetteer,
    });
    expect(printedAddress(analysis)).toBeNull();
  });
});

describe('letters to the editor, each signed at its foot (s20)', () => {
  const text = [
    'Letters: the harbour, the siege and our part',
    'The Tarnmouth Gazette | Letters | Wednesday, December 14, 2016',
    'Open the port',
    'SIR – Your leader of last Friday was right to praise the mayor. The harbour of Port Vell must be opened to relief ships at once. Nothing less will feed the old town this winter.',
    'Margaret Ellery',
    'Retired harbour pilot, Tarnmouth',
    'A word from the old town',
    'Sir, my cousin teaches in the old town of Port Vell. Since Sunday the telephone lines have been cut. I urge every reader to write to the foreign minister before the winter sets in.',
    'Tobias Wrenfield',
    'Kettleby',
  ].join('\n');

  it("gives each letter's words to the name that signs it, one direct record per letter, dated by the page", () => {
    const statements = extracted(text, 'The Tarnmouth Gazette');
    expect(statements.map((s) => [s.speaker, s.kind, s.said])).toEqual([
      ['proposed:margaret-ellery', 'direct', '2016-12-14'],
      ['proposed:tobias-wrenfield', 'direct', '2016-12-14'],
    ]);
    expect(statements[0]?.evidence).toContain('must be opened to relief ships at once');
    expect(statements[1]?.evidence).toContain('I urge every reader to write to the foreign minister');
    expect(statements.some((s) => s.evidence.includes('SIR –'))).toBe(false);
  });
});

describe("a social-media thread copied with its posts' headers (s24)", () => {
  const text = [
    'Thread: Tarnmouth Friends of Port Vell on the harbour talks',
    'Tarnmouth Friends of Port Vell @TarnFriendsPV · 14 Dec 2016',
    '1/3 The harbour talks ended last night without a deal. We are angry. Relief ships must be let into Port Vell before the frost.',
    '',
    'Tarnmouth Friends of Port Vell @TarnFriendsPV · 14 Dec 2016',
    '2/3 Our collection for the old town has reached 9,000 crowns. Thank you to every family in Tarnmouth who gave.',
    '',
    'Tarnmouth Friends of Port Vell @TarnFriendsPV · 15 Dec 2016',
    '3/3 Jonas Pellervo, the harbour master, said on Tuesday that the port could take three ships a day.',
    '',
    'Kettleby Mosque Council @KettlebyMC · 15 Dec 2016',
    'Replying to @TarnFriendsPV',
    'Our volunteers will bring blankets to the quay on Saturday morning.',
  ].join('\n');

  it("gives each post to its header's account, dated by the header's day, a reply to its own account", () => {
    const statements = extracted(text, 'Tarnmouth Friends of Port Vell', '2016-12-15');
    const friends = statements.filter((s) => s.speaker === 'proposed:tarnmouth-friends-of-port-vell');
    expect(friends.map((s) => [s.kind, s.said])).toEqual([
      ['direct', '2016-12-14'],
      ['direct', '2016-12-14'],
    ]);
    expect(friends[0]?.evidence).toContain('Relief ships must be let into Port Vell before the frost.');
    expect(friends[1]?.evidence).toContain('Our collection for the old town has reached 9,000 crowns.');
    // The header, the post's counter and the platform's "Replying to" line are no words of a post.
    expect(statements.some((s) => /@TarnFriendsPV|^1\/3|Replying to/u.test(s.evidence))).toBe(false);
    const reply = statements.find((s) => s.evidence.includes('blankets to the quay'));
    expect(reply).toMatchObject({ speaker: 'proposed:kettleby-mosque-council', kind: 'direct', said: '2016-12-15' });
  });

  it("leaves a post's relayed remark to its speaker, not the account", () => {
    const statements = extracted(text, 'Tarnmouth Friends of Port Vell', '2016-12-15');
    const relayed = statements.filter((s) => s.evidence.includes('three ships a day'));
    expect(relayed.map((s) => [s.speaker, s.said])).toEqual([['proposed:jonas-pellervo', '2016-12-13']]);
  });

  it('reads no thread from a single header-like line (a byline with a day)', () => {
    const story = [
      'Harbour talks end',
      'Anna Roe · 14 Dec 2016',
      'The harbour talks ended last night without a deal, officials said.',
    ].join('\n');
    expect(extracted(story, 'The Tarnmouth Gazette').map((s) => s.kind)).toEqual(['indirect']);
  });
});

describe("a street poll's answers, each under a caption naming the one who gives it (s32)", () => {
  const text = [
    'VOICES: Should Tarnmouth take in families from Port Vell?',
    'As the first ships left Port Vell on Monday, the Gazette asked people in the market square on Tuesday what the town should do.',
    'Ivo Lenk (52), taxi driver, Kettleby',
    'I heard Jonas Pellervo on the radio on Monday saying the port could take three ships a day. That is not enough. We have empty flats above every shop on this street and we should open them.',
    'Saara Holm',
    'Student nurse, Tarnmouth',
    'Honestly, I think the council has done nothing. My sister works at the quay and she sees the boats come in half empty.',
    'MARTA VIK – retired teacher, Tarnmouth:',
    '“Our church collected 300 blankets last week. I would take a family into my own house tomorrow.”',
    'Photos: Anders Brun',
  ].join('\n\n');

  it("gives each answer to its caption's person, one direct record dated by the asking, whatever the caption's punctuation", () => {
    const statements = extracted(text, 'The Tarnmouth Gazette', '2016-12-14');
    const answers = statements.filter((s) => s.kind === 'direct');
    expect(answers.map((s) => [s.speaker, s.said])).toEqual([
      ['proposed:ivo-lenk', '2016-12-13'],
      ['proposed:saara-holm', '2016-12-13'],
      ['proposed:marta-vik', '2016-12-13'],
    ]);
    expect(answers[0]?.evidence).toContain('we should open them');
    expect(answers[2]?.evidence).toContain('I would take a family into my own house tomorrow.');
    // The captions and the photo credit are no words of an answer.
    expect(statements.some((s) => /taxi driver|student nurse|Photos:/iu.test(s.evidence))).toBe(false);
    // Photo captions over paragraphs in the paper's own voice are no street poll.
    const story = [
      'Ships leave Port Vell',
      'Ivo Lenk, 52, a taxi driver, at the quay',
      'The first ships left Port Vell on Monday, the harbour office said.',
      'Saara Holm, 27, a student nurse',
      'Nurses from the town hospital met the ships at the quay, the hospital said.',
    ].join('\n\n');
    expect(extracted(story, 'The Tarnmouth Gazette').some((s) => s.kind === 'direct')).toBe(false);
  });

  it('leaves what an answer relays from someone seen or heard saying it to that speaker, on the day it was heard', () => {
    const statements = extracted(text, 'The Tarnmouth Gazette', '2016-12-14');
    const relayed = statements.filter((s) => s.evidence.includes('three ships a day'));
    expect(relayed.map((s) => [s.speaker, s.kind, s.said])).toEqual([['proposed:jonas-pellervo', 'indirect', '2016-12-12']]);
  });
});

describe("a street poll's asking by the question it put (s33)", () => {
  it('dates the answers by the day the paper put one question, or a counted one, to passers-by', () => {
    const poll = (asking: string) =>
      [
        'ON THE STREET | Should Tarnmouth take in families from Port Vell?',
        `${asking}, the day the first ferry left Port Vell: should the town take in families? Those pictured gave their names.`,
        'IVO LENK, 52 · taxi driver · Kettleby',
        'We have empty flats above every shop on this street. I want the council to open them now, not in spring.',
        'SAARA HOLM, 27 · student nurse · Tarnmouth',
        'My sister works at the quay and she sees the boats come in half empty. If the hospital needs nurses, I would go.',
        'Photos: Anders Brun',
      ].join('\n\n');
    for (const asking of [
      'The Gazette put one question to shoppers at the fish market on Tuesday',
      'We put a simple question to shoppers in the high street on Tuesday',
    ]) {
      const answers = extracted(poll(asking), 'The Tarnmouth Gazette', '2016-12-14').filter((s) => s.kind === 'direct');
      expect(answers.map((s) => [s.speaker, s.said])).toEqual([
        ['proposed:ivo-lenk', '2016-12-13'],
        ['proposed:saara-holm', '2016-12-13'],
      ]);
    }
  });
});

describe("a meetings programme's heading blocks are no social-media posts (s32)", () => {
  it("reads a body's name over its day line, then a programme's line, as no post, and a mission's notice as its statement", () => {
    const text = [
      'Bulletin of the Harbour Assembly, No. 2016/88, Monday, 12 December 2016',
      'Bulletin of the Harbour Assembly',
      'No. 2016/88',
      'Monday, 12 December 2016',
      '',
      'Programme of meetings',
      '',
      'Harbour Assembly',
      'Tuesday, 13 December 2016',
      '10:00  41st meeting  Assembly Chamber',
      'The situation in Port Vell',
      '',
      'Notices',
      '',
      'The Permanent Mission of Vellmar informs delegations that the list of speakers remains open until Friday, 16 December.',
    ].join('\n');
    const statements = extracted(text, 'Harbour Assembly Secretariat', '2016-12-12');
    expect(statements.map((s) => [s.speaker, s.kind, s.evidence])).toEqual([
      ['proposed:permanent-mission-of-vellmar', 'indirect', expect.stringContaining('the list of speakers remains open')],
    ]);
  });
});

describe("a page's posts copied with the name over the day, and comments with the day under their words (s24)", () => {
  const text = [
    'Kettleby Mosque Council posts: the Port Vell appeal',
    'Kettleby Mosque Council',
    '@KettlebyMC · Religious Organisation',
    'Posts',
    '',
    'Kettleby Mosque Council',
    '12 December 2016 at 19:20 ·',
    'The last road into the old town of Port Vell was closed this morning. We have asked every family in Kettleby to remember the old town in their prayers.',
    '',
    'Kettleby Mosque Council',
    '14 December 2016 at 08:45 ·',
    'We thank the harbour office, and we urge the mayor to open the quay to relief ships before Friday.',
    '',
    'Comments',
    '',
    'Tarnmouth Friends of Port Vell',
    'Our drivers will take the first lorry to the quay on Saturday.',
    '14 December 2016 at 09:02 · Like · Reply',
  ].join('\n');

  it('gives each post to the name over its day line and a comment to the name over its words, each dated by its own day', () => {
    const statements = extracted(text, 'Kettleby Mosque Council', '2016-12-14');
    expect(statements.map((s) => [s.speaker, s.kind, s.said])).toEqual([
      ['proposed:kettleby-mosque-council', 'direct', '2016-12-12'],
      ['proposed:kettleby-mosque-council', 'direct', '2016-12-14'],
      ['proposed:tarnmouth-friends-of-port-vell', 'direct', '2016-12-14'],
    ]);
    // Thanks joined to a call of the account's own is a remark, not a courtesy.
    expect(statements[1]?.evidence).toContain('we urge the mayor to open the quay');
    expect(statements.some((s) => /Like · Reply|Comments|Religious Organisation/u.test(s.evidence))).toBe(false);
  });
});

describe('an account told in the first person after an introduction that names its teller (s43)', () => {
  const text = [
    'In his own words: the teacher who stayed',
    '',
    'Karim Aziz, 46, taught Arabic at a school in Port Vell for 19 years. He spoke to us by telephone on Monday. His account has been edited for length.',
    '',
    'My school closed in the summer, when the road was cut. After that I taught the children in the basement of the mosque.',
    '',
    'On November 28 the shelling came to our street. I did not trust them, so we stayed.',
  ].join('\n');

  it("gives the account's paragraphs to the one the introduction names, on the day he spoke", () => {
    const statements = extracted(text, 'The Longhand', '2016-12-27');
    expect(statements.map((s) => [s.speaker, s.kind, s.said])).toEqual([
      ['proposed:karim-aziz', 'direct', '2016-12-26'],
      ['proposed:karim-aziz', 'direct', '2016-12-26'],
    ]);
  });

  it('reads no account where the introduction does not say the words are his', () => {
    const plain = text.replace(' His account has been edited for length.', '');
    expect(extracted(plain, 'The Longhand', '2016-12-27').filter((s) => s.speaker === 'proposed:karim-aziz')).toEqual([]);
  });
});

describe("a university's expert-comment page: each expert's words under a caption with the post held (s58)", () => {
  const text = [
    "Expert comment: What Monday's veto means for Port Vell",
    'Tarnmouth University | News and events | Expert comment',
    'Three Tarnmouth academics give their view of the vote.',
    'Professor Ana Roe, Professor of International Law, Tarnmouth Law School',
    '"A veto does not suspend international humanitarian law; it only suspends the council."',
    'Dr Samir Lind, Senior Lecturer in Global Health, Tarnmouth Centre for Conflict and Health Studies',
    '"There are about 30 doctors left in the old town," he said.',
    'Dr Tomas Wier, Lecturer in Eastern European Politics, Department of Politics',
    'Why did Norland veto now?',
    'The more realistic hope is a local deal to get civilians out, brokered by those who speak to the men with the guns.',
    'Media contact',
    'For interviews, contact the press office.',
  ].join('\n\n');

  it('gives each caption its answer, a post of up to sixteen words, a question put between them and a bare "he said" allowed', () => {
    const statements = extracted(text, 'Tarnmouth University', '2016-12-06');
    expect(statements.map((s) => [s.speaker, s.evidence.replace(/^"/u, '').slice(0, 30)])).toEqual([
      ['proposed:ana-roe', 'A veto does not suspend intern'],
      // A bare "he said" under the caption is the captioned expert.
      ['proposed:samir-lind', 'There are about 30 doctors lef'],
      ['proposed:tomas-wier', 'The more realistic hope is a l'],
    ]);
    // The question is the asker's, no word of the answer.
    expect(statements.some((s) => s.evidence.includes('Why did Norland veto now?'))).toBe(false);
  });
});
