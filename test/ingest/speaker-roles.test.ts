/**
 * The role a new person is given: the apposition the article prints (before or after the name, "X, a Y at Z,", "Y X",
 * "X, who is Y", "X, who chairs Z"), an office printed before the name, never a predicate ("dismissed the charge"), a
 * courtesy title alone where the article says more ("Dr."), an age or a date. Every sentence is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { cleanRole } from '../../src/ingest/speaker-resolution.js';
import { testGazetteer } from './test-gazetteer.js';

/** The roles of the new person a statement of the text is given to. */
function rolesOf(text: string, name: string): string[] {
  const { proposals } = extractArticle({ text, publishedOn: '2016-12-14', gazetteer: testGazetteer });
  const proposal = proposals.find((p) => p.name === name);
  if (!proposal) throw new Error(`no new actor ${name}: ${proposals.map((p) => p.name).join(', ')}`);
  return proposal.roles;
}

describe('cleanRole keeps the noun phrase a curator would keep', () => {
  it('drops predicates: an auxiliary first, or a participle or past form with its object or alone', () => {
    expect(cleanRole('has confirmed the agreement in the chamber')).toBeNull();
    expect(cleanRole('was calmer in the corridor afterwards')).toBeNull();
    expect(cleanRole('addressing the assembly from a studio in Vienna')).toBeNull();
    expect(cleanRole('dismissed the charge')).toBeNull();
    expect(cleanRole('objected')).toBeNull();
  });

  it('keeps roles whose first word only looks like a verb form', () => {
    expect(cleanRole('acting director of the clinic')).toBe('acting director of the clinic');
    expect(cleanRole('retired colonel')).toBe('retired colonel');
    expect(cleanRole('leading negotiator for the rebels')).toBe('leading negotiator for the rebels');
  });

  it('drops a courtesy title alone, an age and a date', () => {
    expect(cleanRole('Dr.')).toBeNull();
    expect(cleanRole('Ms')).toBeNull();
    expect(cleanRole('HE Sheikh')).toBeNull();
    expect(cleanRole('52')).toBeNull();
    expect(cleanRole('Nov. 3')).toBeNull();
    expect(cleanRole('3 March')).toBeNull();
  });

  it('cuts a fronted phrase, an article, a relative clause and a rank run on after the role', () => {
    expect(cleanRole('In Vienna on Monday, the agency’s chief inspector')).toBe('agency’s chief inspector');
    expect(cleanRole('Closing the session, the chair of the committee')).toBe('chair of the committee');
    expect(cleanRole('Yesterday the palace spokesman')).toBe('palace spokesman');
    expect(cleanRole('a nurse who stayed behind in the old town')).toBe('nurse');
    expect(cleanRole('army spokesman, Brigadier General')).toBe('army spokesman');
    expect(cleanRole('Convoys were stopped, its envoy in Port Vell')).toBe('its envoy in Port Vell');
  });

  it('keeps an office or rank that is all there is', () => {
    expect(cleanRole('Lieutenant Colonel')).toBe('Lieutenant Colonel');
    expect(cleanRole('Deputy Trade Minister\nPress Conference\nPort Vell')).toBe('Deputy Trade Minister');
  });
});

describe('a new person’s role is the apposition the article gives', () => {
  it('reads the noun phrase after the name, not the predicate that follows it', () => {
    expect(rolesOf('Karin Aalto, a surgeon at a field hospital in Port Vell, said the wards were full.', 'Karin Aalto')).toEqual([
      'surgeon at a field hospital in Port Vell',
    ]);
    expect(
      rolesOf('Norland’s deputy ambassador, Tomas Ek, addressing the chamber by video link, said the talks had failed.', 'Tomas Ek')[0],
    ).toBe('Norland’s deputy ambassador');
    expect(rolesOf('Ilse Brandt, an engineer who repaired the pumps, told reporters that water was running again.', 'Ilse Brandt')).toEqual(
      ['engineer'],
    );
  });

  it('prefers the apposition to a courtesy title before the name', () => {
    expect(
      rolesOf('Dr. Nadim Sayer, a paediatrician who stayed in the old town, said children were sleeping in cellars.', 'Nadim Sayer')[0],
    ).toBe('paediatrician');
    expect(rolesOf('Ms. Lotte Brun, the mayor’s chief of staff, said buses would leave at noon.', 'Lotte Brun')[0]).toBe(
      'mayor’s chief of staff',
    );
    expect(rolesOf('Dr. Aron Feld said three operating theatres were closed.', 'Aron Feld')).toEqual(['Dr.']);
  });

  it('reads an age before the apposition, and no age as a role', () => {
    expect(rolesOf('“We walked all night,” said Samira Haj, 41, a baker from the old town.', 'Samira Haj')).toEqual([
      'baker from the old town',
    ]);
    expect(rolesOf('Jonas Berg, 67, said he would not leave.', 'Jonas Berg')).toEqual([]);
  });

  it('reads the office a relative clause gives: "who is", "who chairs", "who heads"', () => {
    expect(rolesOf('Hanne Vik, who chairs the relief committee, said the stores were empty.', 'Hanne Vik')).toEqual([
      'chair of the relief committee',
    ]);
    expect(rolesOf('Erik Sund, who heads the Port Vell ambulance service, said four crews were missing.', 'Erik Sund')).toEqual([
      'head of the Port Vell ambulance service',
    ]);
    expect(rolesOf('Mira Quist, who is the council’s legal adviser, said the text was binding.', 'Mira Quist')).toEqual([
      'council’s legal adviser',
    ]);
  });

  it('reads a title apposed before the name, or a role noun right before it, after a fronted phrase', () => {
    expect(rolesOf('At the same session, Norland’s ambassador, Paul Rask, said the vote was a mistake.', 'Paul Rask')).toEqual([
      'Norland’s ambassador',
    ]);
    expect(rolesOf('Port Vell was calm. A spokesman for the committee, Ivo Marn, said talks would resume.', 'Ivo Marn')).toEqual([
      'spokesman for the committee',
    ]);
    expect(rolesOf('Foreign ministry spokeswoman Greta Holm said the embassy would stay open.', 'Greta Holm')[0]).toBe(
      'Foreign ministry spokeswoman',
    );
  });
});

describe('what follows a name that is itself apposed, or a participle’s clause, is no role (s33)', () => {
  it('gives no role the clause of a participle that tells where or when the person spoke', () => {
    const roles = rolesOf(
      'Archbishop Lena Voss, speaking after Mass at the cathedral on Sunday, asked families to pray. “Do not look away,” she said.',
      'Lena Voss',
    );
    expect(roles.some((r) => r.startsWith('speaking'))).toBe(false);
    expect(roles[0]).toBe('Archbishop');
  });

  it('takes no predicate for the role of a name apposed to a title before it, but keeps a second apposition', () => {
    const lit = rolesOf(
      'The forum chair, Jan Roe, lit a candle for the children killed in Port Vell last week.\n\n“We cannot look away,” she said.',
      'Jan Roe',
    );
    expect(lit).toEqual(['forum chair']);
    expect(rolesOf('Its treasurer, Ola Brandt, a retired teacher, said the forum would meet again.', 'Ola Brandt')).toEqual([
      'retired teacher',
    ]);
  });
});

describe('a clergy style before the name and a legislator’s letters after it (s36)', () => {
  it('takes the role apposed before "the Rt Revd" and "the Reverend", and never the style itself', () => {
    expect(
      rolesOf('The archdeacon, the Rt Revd Mari Tudor, wrote to the parishes on Monday. “Pray for them,” she wrote.', 'Mari Tudor'),
    ).toEqual(['archdeacon']);
    expect(rolesOf('The chaplain, the Reverend Owen Bryce, said on Monday that the hall would stay open.', 'Owen Bryce')).toEqual([
      'chaplain',
    ]);
  });

  it('reads "Jo Roe MP" and "Ann Lee MSP" as a person named Jo Roe or Ann Lee whose title is the letters', () => {
    expect(rolesOf('Karin Blyth MP said on Monday that the vote was a disgrace.', 'Karin Blyth')).toEqual(['MP']);
    expect(rolesOf('The chair of the committee, Aled Price MSP, said: “We will not look away.”', 'Aled Price')).toEqual([
      'chair of the committee',
      'MSP',
    ]);
  });
});

describe('a role word printed as a title before a name (s36)', () => {
  it('reads "Organiser X", "Treasurer X", "Curator X" as X with that title, not a person named "Organiser X"', () => {
    expect(rolesOf('Organiser Maeve Dolan said more than 90 people had signed up.', 'Maeve Dolan')).toEqual(['Organiser']);
    expect(rolesOf('Treasurer Ilse Brandt said the fund had raised $2,100.', 'Ilse Brandt')).toEqual(['Treasurer']);
    expect(rolesOf('Curator Teo Varga said the show would travel to three towns.', 'Teo Varga')).toEqual(['Curator']);
  });
});

describe("a body named in apposition inside a person's post (s48)", () => {
  it('gives "NAME, the spokesman of the UN aid office, OCHA, told" to the person, with the post as the role, not to the body', () => {
    const text =
      'Jens Laerke, the spokesman of the UN humanitarian coordination office, Ocha, told journalists in Geneva that 30,000 people had fled.';
    const { statements } = extractArticle({ text, publishedOn: '2016-12-10', gazetteer: testGazetteer });
    expect(statements.map((s) => (s.speaker.status === 'proposed' ? s.speaker.proposal.name : s.speaker.id))).toEqual(['Jens Laerke']);
    expect(rolesOf(text, 'Jens Laerke')).toEqual(['spokesman of the UN humanitarian coordination office']);
    expect(rolesOf('Jens Laerke, spokesman for the relief office, OCHA, said 30,000 people had fled.', 'Jens Laerke')).toEqual([
      'spokesman for the relief office',
    ]);
  });

  it('still gives a body apposed to a head naming only the body to that body', () => {
    const { statements } = extractArticle({
      text: "Turkey's disaster agency, AFAD, said 30,000 people had fled. A spokesman for the UN aid office, OCHA, said 5,000 more were waiting.",
      publishedOn: '2016-12-10',
      gazetteer: testGazetteer,
    });
    expect(statements.map((s) => (s.speaker.status === 'proposed' ? s.speaker.proposal.name : s.speaker.id))).toEqual(['AFAD', 'OCHA']);
  });
});
