/** Quantities as a humanitarian analyst reads them: every source's claim about one number, side by side. */
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/schemas/quantity.js';
import { claimInterval, envelopeOf } from '../../src/seed/load-quantities.js';
import { getJson, useTestApp } from '../helpers/app.js';

const app = useTestApp();

const get = (url: string) => getJson(app, url);
const ids = (list: { data: { id: string }[] }) => list.data.map((r) => r.id);

describe('/v1/quantities', () => {
  it('shows the eastern Aleppo trapped quantity with each article’s claim, its words and its envelope', async () => {
    const quantity: Quantity = await get('/v1/quantities/eastern-aleppo-trapped-2016-12');
    expect(quantity).toMatchObject({ metric: 'trapped', category: 'humanitarian', location: { id: 'eastern-aleppo' } });
    expect(quantity.claims.map((c) => [c.raw_text, c.as_of, c.claimed_by?.id ?? null, c.source_ids])).toEqual([
      ['more than 40000', '2016-12-02', 'staffan-de-mistura', ['alarabiya-2016-12-03-aleppo-under-fire']],
      ['Tens of thousands', '2016-12-09', null, ['voa-2016-12-09-russia-resumes-bombings']],
    ]);
    // "more than 40000" and "tens of thousands" (10000 to 99999) can both be true: between 40000 and 99999.
    expect(quantity.envelope).toEqual({ low: 40000, high: 99999 });
    expect(quantity.consistent).toBe(true);
    expect(quantity.period).toEqual({ from: '2016-12-02', to: '2016-12-09' });
    for (const claim of quantity.claims) {
      expect(claim.evidence.length).toBeGreaterThan(0);
      expect(claim.evidence[0]?.quote).toContain(claim.raw_text);
    }
    // Why the quarter of a million under siege is not a third claim: the note says so.
    expect(quantity.note).toMatch(/eastern-aleppo-besieged-2016-12/);
  });

  it('lists the siege figure beside it, so the three numbers can be read together', async () => {
    const list = await get('/v1/quantities?metric=trapped,besieged&location=eastern-aleppo');
    expect(ids(list)).toEqual(['eastern-aleppo-besieged-2016-12', 'eastern-aleppo-trapped-2016-12']);
    const raw = (list.data as Quantity[]).flatMap((q) => q.claims.map((c) => c.raw_text));
    expect(raw.sort()).toEqual(['Tens of thousands', 'more than 40000', 'nearly a quarter of a million']);
    // "nearly" caps the number and sets no floor.
    expect(list.data[0].envelope).toEqual({ low: null, high: 250000 });
  });

  it('civilians killed: "more than 440" and "hundreds" agree on 440 to 999', async () => {
    const quantity: Quantity = await get('/v1/quantities/eastern-aleppo-civilians-killed-bombing-2016');
    expect(quantity.claims.map((c) => c.raw_text)).toEqual(['more than 440', 'hundreds']);
    expect(quantity.envelope).toEqual({ low: 440, high: 999 });
  });

  it('a figure names its quantity, and the quantity lists it back', async () => {
    const figure = await get('/v1/figures/2016-12-09-trapped-tens-of-thousands');
    expect(figure.quantity_id).toBe('eastern-aleppo-trapped-2016-12');
    const veto = await get('/v1/figures/2016-12-05-russia-sixth-syria-veto');
    expect(veto.quantity_id).toBeNull();
    const { data } = await get('/v1/figures?limit=500');
    const grouped = (data as { id: string; quantity_id: string | null }[]).filter((f) => f.quantity_id !== null);
    const quantities = (await get('/v1/quantities?limit=500')).data as Quantity[];
    expect(quantities.flatMap((q) => q.claims.map((c) => c.figure_id)).sort()).toEqual(grouped.map((f) => f.id).sort());
  });

  it('filters: within, source, the period, consistent', async () => {
    expect(ids(await get('/v1/quantities?within=aleppo'))).toContain('eastern-aleppo-trapped-2016-12');
    expect(ids(await get('/v1/quantities?within=turkey'))).toEqual([]);
    expect(ids(await get('/v1/quantities?source=alarabiya-2016-12-03-aleppo-under-fire'))).toEqual(['eastern-aleppo-trapped-2016-12']);
    // The trapped period runs 2 to 9 December: it overlaps a range starting on the 8th, not one ending on the 1st.
    expect(ids(await get('/v1/quantities?from=2016-12-08'))).toEqual(['eastern-aleppo-trapped-2016-12']);
    expect(ids(await get('/v1/quantities?to=2016-12-01'))).not.toContain('eastern-aleppo-trapped-2016-12');
    expect(ids(await get('/v1/quantities?consistent=false'))).toEqual([]);
    expect((await get('/v1/quantities?consistent=true')).data.length).toBe((await get('/v1/quantities')).data.length);
  });

  it('answers CSV with one row per quantity and the claims flattened', async () => {
    const response = await app.inject({ url: '/v1/quantities?format=csv&metric=trapped' });
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const [header, row] = response.body.split('\r\n');
    expect(header).toContain('envelope.low');
    expect(header).toContain('claims.raw_text');
    expect(row).toContain('more than 40000|Tens of thousands');
  });

  it('an unknown id is a 404, a bad filter a 400 naming it', async () => {
    expect((await app.inject({ url: '/v1/quantities/no-such-quantity' })).statusCode).toBe(404);
    const bad = await app.inject({ url: '/v1/quantities?within=alepo' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].parameter).toBe('within');
    expect((await app.inject({ url: '/v1/quantities?consistent=yes' })).statusCode).toBe(400);
  });
});

describe('envelope arithmetic', () => {
  it('intersects the claims, and says when two exclude each other', () => {
    const more40000 = claimInterval({ value: 40000, low: 40000, high: null, qualifier: 'more_than' });
    const tens = claimInterval({ value: null, low: 10000, high: 99999, qualifier: 'vague' });
    const quarterMillion = claimInterval({ value: 250000, low: null, high: null, qualifier: 'nearly' });
    expect(quarterMillion).toEqual({ low: null, high: 250000 });
    expect(envelopeOf([more40000, tens])).toEqual({ envelope: { low: 40000, high: 99999 }, consistent: true });
    const exactly5 = claimInterval({ value: 5, low: null, high: null, qualifier: 'exact' });
    const exactly6 = claimInterval({ value: 6, low: null, high: null, qualifier: 'exact' });
    expect(envelopeOf([exactly5, exactly6])).toEqual({ envelope: { low: 6, high: 5 }, consistent: false });
    expect(envelopeOf([claimInterval({ value: 18000, low: null, high: null, qualifier: 'about' })])).toEqual({
      envelope: { low: null, high: null },
      consistent: true,
    });
  });
});
