/** Real facts a newsroom, a veto researcher or a humanitarian analyst would ask the API for. */
import { describe, expect, it } from 'vitest';
import { getJson, useTestApp } from '../helpers/app.js';

const app = useTestApp();

const get = (url: string) => getJson(app, url);

describe('votes', () => {
  it('vetoed_by=china is the 5 December 2016 Security Council vote alone', async () => {
    const { data } = await get('/v1/votes?vetoed_by=china');
    expect(data.map((v: { id: string }) => v.id)).toEqual(['2016-12-05-sc-aleppo-ceasefire-draft']);
    const [vote] = data;
    expect(vote.body).toBe('security_council');
    expect(vote.voted_on).toBe('2016-12-05');
    expect(vote.outcome).toBe('not_adopted');
    expect(vote.vetoed_by.map((m: { id: string }) => m.id).sort()).toEqual(['china', 'russia']);
    // Why China counts as vetoing when Human Rights First says only "opposed": the curator's note says so.
    expect(vote.note).toMatch(/Russia and China blocked adoption/);
    expect(new Set(vote.evidence.map((e: { source_id: string }) => e.source_id))).toEqual(
      new Set(['hrf-2016-12-06-russia-vetoes-ceasefire', 'voa-2016-12-09-russia-resumes-bombings']),
    );
  });

  it('vetoed_by=russia finds both Security Council vetoes of the period, oldest first', async () => {
    const { data } = await get('/v1/votes?vetoed_by=russia');
    expect(data.map((v: { id: string }) => v.id)).toEqual(['2016-10-08-sc-aleppo-draft', '2016-12-05-sc-aleppo-ceasefire-draft']);
  });

  it('member and position bind to the same member: Venezuela voted no on 5 December, without a veto', async () => {
    const { data } = await get('/v1/votes?member=venezuela&position=no');
    expect(data.map((v: { id: string }) => v.id)).toEqual(['2016-12-05-sc-aleppo-ceasefire-draft']);
    const venezuela = data[0].positions.find((p: { member: { id: string } }) => p.member.id === 'venezuela');
    expect(venezuela).toEqual({ member: { id: 'venezuela', name: 'Venezuela' }, position: 'no', veto: false });
    expect((await get('/v1/votes?member=venezuela&position=yes')).data).toEqual([]);
  });

  it('the General Assembly vote of 9 December is pending and non-binding as the article left it', async () => {
    const { data } = await get('/v1/votes?body=general_assembly');
    expect(data.map((v: { id: string }) => v.id)).toContain('2016-12-09-ga-aleppo-resolution');
    const vote = data.find((v: { id: string }) => v.id === '2016-12-09-ga-aleppo-resolution');
    expect(vote).toMatchObject({ outcome: 'pending', binding: false });
  });
});

describe('events', () => {
  /** Each embedded record is the record its own URL serves (less its source summaries), and none is left out. */
  const expectEmbedsAreReal = async (event: Record<string, { id: string; event_id: string }[]>, path: string) => {
    const embedded = event[path] ?? [];
    expect(embedded.length, `${event.id} embeds ${path}`).toBeGreaterThan(0);
    for (const record of embedded) {
      expect(record.event_id).toBe(event.id);
      const { sources, ...fetched } = await get(`/v1/${path}/${record.id}`);
      expect(sources.length, `${path}/${record.id} names its sources`).toBeGreaterThan(0);
      expect(fetched, `${path}/${record.id}`).toEqual(record);
    }
    const listed = (await get(`/v1/${path}?event=${event.id}&limit=500`)).data.map((r: { id: string }) => r.id);
    expect(embedded.map((r) => r.id)).toEqual(listed);
  };

  it('the 5 December veto event embeds its vote, the very record /v1/votes/{id} serves', async () => {
    const event = await get('/v1/events/2016-12-05-sc-veto-aleppo');
    expect(event.type).toBe('veto');
    expect(event.date_start).toBe('2016-12-05');
    expect(event.votes.map((v: { id: string }) => v.id)).toContain('2016-12-05-sc-aleppo-ceasefire-draft');
    await expectEmbedsAreReal(event, 'votes');
  });

  it("the rights groups' appeal of 1 December embeds its statements and figures, each a real record, all of them", async () => {
    const event = await get('/v1/events/2016-12-01-rights-groups-appeal-emergency-session');
    expect(event.statements.length).toBeGreaterThanOrEqual(2);
    expect(event.figures.length).toBeGreaterThanOrEqual(1);
    await expectEmbedsAreReal(event, 'statements');
    await expectEmbedsAreReal(event, 'figures');
  });

  it('type=veto lists the two vetoes in order; actor=russia includes them', async () => {
    const vetoes = (await get('/v1/events?type=veto')).data.map((e: { id: string }) => e.id);
    expect(vetoes).toEqual(['2016-10-08-sc-veto-aleppo', '2016-12-05-sc-veto-aleppo']);
    const withRussia = (await get('/v1/events?actor=russia&limit=500')).data.map((e: { id: string }) => e.id);
    expect(withRussia).toEqual(expect.arrayContaining(vetoes));
  });
});

describe('figures', () => {
  it('keep the uncertainty of the words: "more than 40000" trapped, claimed by de Mistura', async () => {
    const { data } = await get('/v1/figures?claimed_by=staffan-de-mistura&metric=trapped');
    const figure = data.find((f: { raw_text: string }) => f.raw_text === 'more than 40000');
    expect(figure).toMatchObject({ value: 40000, qualifier: 'more_than', category: 'humanitarian', as_of: '2016-12-02' });
  });

  it('a vague figure has no invented value: "Tens of thousands" trapped', async () => {
    const { data } = await get('/v1/figures?metric=trapped&limit=500');
    const vague = data.find((f: { raw_text: string }) => /tens of thousands/i.test(f.raw_text));
    expect(vague).toMatchObject({ value: null, qualifier: 'vague' });
    expect(vague.low).toBeLessThan(vague.high);
  });

  it('category=humanitarian holds only numbers about people affected', async () => {
    const { data } = await get('/v1/figures?category=humanitarian&limit=500');
    expect(data.length).toBeGreaterThanOrEqual(8);
    for (const f of data) expect(['trapped', 'besieged', 'killed', 'injured', 'displaced', 'evacuated', 'moved']).toContain(f.metric);
  });
});

describe('actors', () => {
  it('one id per person across articles, with every alias used', async () => {
    const lavrov = await get('/v1/actors/sergei-lavrov');
    expect(lavrov.aliases).toEqual(expect.arrayContaining(['Lavrov', 'Sergei Lavrov', 'Russian Foreign Minister Sergei Lavrov']));
    const found = (await get('/v1/actors?q=lavr')).data.map((a: { id: string }) => a.id);
    expect(found).toContain('sergei-lavrov');
  });

  it('a search ranks a hit in the name above hits in aliases: q=aleppo finds Aleppo first', async () => {
    const { data } = await get('/v1/locations?q=aleppo');
    expect(data[0].id).toBe('aleppo');
    expect(data.map((l: { id: string }) => l.id)).toEqual(expect.arrayContaining(['eastern-aleppo', 'western-aleppo']));
  });

  it('states carry their ISO 3166-1 alpha-3 code; people do not', async () => {
    const { data } = await get('/v1/actors?kind=state&limit=500');
    expect(data.find((a: { id: string }) => a.id === 'china').country_code).toBe('CHN');
    for (const state of data) expect(state.country_code).toMatch(/^[A-Z]{3}$/);
    for (const person of (await get('/v1/actors?kind=person&limit=500')).data) expect(person.country_code).toBeNull();
  });
});

/** What the editorial review of the five articles (issue 17) changed, as an API client sees it. */
describe('editorial review of the five', () => {
  it('the siege of eastern Aleppo runs from 7 July into December 2016', async () => {
    const siege = await get('/v1/events/2016-07-07-siege-eastern-aleppo');
    expect(siege.date_start).toBe('2016-07-07');
    expect(siege.date_end >= '2016-12-01').toBe(true);
    expect(new Set(siege.evidence.map((e: { source_id: string }) => e.source_id))).toContain('alarabiya-2016-12-03-aleppo-under-fire');
    // A newsroom asking what was going on in December finds the siege among the events.
    const december = (await get('/v1/events?from=2016-12-01&to=2016-12-31&limit=500')).data.map((e: { id: string }) => e.id);
    expect(december).toContain('2016-07-07-siege-eastern-aleppo');
  });

  it('a paraphrase and its quote are one statement: Lavrov\'s "the strikes have resumed"', async () => {
    const lavrov = await get('/v1/statements/lavrov-2016-12-09-strikes-resumed');
    expect(lavrov.kind).toBe('direct');
    expect(lavrov.text).toBe(
      'After a humanitarian pause, [the strikes] have resumed and will continue for as long as the bandits are still in Aleppo,',
    );
    expect(lavrov.evidence.map((e: { quote: string }) => e.quote)).toEqual([
      'Russian Foreign Minister Sergei Lavrov said Friday that Russia and Syrian government forces would continue their bombing raids in Aleppo until rebels vacated the city.',
      lavrov.text,
    ]);
    // The paraphrase is no longer a second statement of the same words.
    expect((await app.inject({ url: '/v1/statements/lavrov-2016-12-09-bombing-continues' })).statusCode).toBe(404);
  });

  it('Zouobi revealed the Ankara talks but is not listed among their actors', async () => {
    const events = (await get('/v1/events?actor=assaad-awad-al-zouobi')).data.map((e: { id: string }) => e.id);
    expect(events).not.toContain('2016-12-03-ankara-opposition-russia-talks');
    const talks = await get('/v1/events/2016-12-03-ankara-opposition-russia-talks');
    expect(talks.statements.filter((s: { speaker: { id: string } }) => s.speaker.id === 'assaad-awad-al-zouobi')).toHaveLength(3);
  });

  it('the 900 fighters Russia "seems to insist" must leave: a hedged figure, confidence below 1', async () => {
    const figure = await get('/v1/figures/2016-12-03-russia-demands-900-jafsh-fighters-leave');
    expect(figure).toMatchObject({ value: 900, raw_text: '900', claimed_by: { id: 'russia', name: 'Russia' } });
    expect(figure.confidence).toBeLessThan(1);
  });

  it('both Security Council drafts leave binding null, as the articles do; the General Assembly one is non-binding', async () => {
    const { data } = await get('/v1/votes?body=security_council');
    expect(data).toHaveLength(2);
    for (const vote of data) expect(vote.binding, vote.id).toBeNull();
  });

  it('Jibrin and Duweirineh are places of the eastern outskirts, not children of the city of Aleppo', async () => {
    const children = (await get('/v1/locations/aleppo')).children.map((c: { id: string }) => c.id);
    expect(children).toContain('eastern-aleppo');
    expect(children).not.toContain('jibrin');
    expect(children).not.toContain('duweirineh');
    const outskirts = (await get('/v1/locations?parent=aleppo-eastern-outskirts')).data.map((l: { id: string }) => l.id);
    expect(outskirts.sort()).toEqual(['duweirineh', 'jibrin']);
  });
});
