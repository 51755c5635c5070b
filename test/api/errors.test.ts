/** Each kind of bad input gets its 400 problem+json naming the parameter; unknown routes and ids are 404. */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
import { expectProblemDocument } from '../helpers/problem.js';

const app = useTestApp();

async function expectProblem(url: string, status: number, parameter?: string) {
  const response = await app.inject({ url });
  return expectProblemDocument(response, url, { status, instance: url.split('?')[0], ...(parameter ? { parameter } : {}) });
}

describe('bad input', () => {
  it('an unknown parameter (a typo never returns unfiltered data)', async () => {
    await expectProblem('/v1/statements?speakr=sergei-lavrov', 400, 'speakr');
    await expectProblem('/v1/events?typ=veto', 400, 'typ');
  });

  it('an unknown enum value, alone or in a list', async () => {
    const problem = await expectProblem('/v1/statements?kind=direct,quoted', 400, 'kind');
    expect(problem.detail).toContain('"quoted"');
    await expectProblem('/v1/events?type=coup', 400, 'type');
    await expectProblem('/v1/votes?body=security-council', 400, 'body');
    await expectProblem('/v1/statements?sort=newest', 400, 'sort');
  });

  it('a malformed or impossible date, or a range that ends before it starts', async () => {
    await expectProblem('/v1/statements?from=yesterday', 400, 'from');
    await expectProblem('/v1/statements?to=2016-02-30', 400, 'to');
    await expectProblem('/v1/statements?from=2016-12-09&to=2016-12-01', 400, 'from');
  });

  it('a limit out of bounds or not a number', async () => {
    await expectProblem('/v1/statements?limit=0', 400, 'limit');
    await expectProblem('/v1/statements?limit=501', 400, 'limit');
    await expectProblem('/v1/statements?limit=ten', 400, 'limit');
    // Number() would read these; a strict API does not.
    await expectProblem('/v1/statements?limit=0x10', 400, 'limit');
    await expectProblem('/v1/statements?limit=1e1', 400, 'limit');
    await expectProblem('/v1/statements?limit=%205', 400, 'limit');
  });

  it('a malformed id in a filter, and an id that does not exist (with a suggestion)', async () => {
    await expectProblem('/v1/statements?speaker=Sergei%20Lavrov', 400, 'speaker');
    const problem = await expectProblem('/v1/statements?speaker=lavrov', 400, 'speaker');
    expect(problem.detail).toContain('sergei-lavrov');
  });

  it('a tampered cursor, and a cursor used with another sort', async () => {
    const first = (await app.inject({ url: '/v1/statements?limit=1' })).json();
    const cursor: string = first.page.next_cursor;
    const tampered = `${cursor.slice(0, 5)}${cursor[5] === 'A' ? 'B' : 'A'}${cursor.slice(6)}`;
    await expectProblem(`/v1/statements?cursor=${encodeURIComponent(tampered)}`, 400, 'cursor');
    await expectProblem('/v1/statements?cursor=not-a-cursor', 400, 'cursor');
    await expectProblem(`/v1/statements?sort=-date&cursor=${encodeURIComponent(cursor)}`, 400, 'cursor');
  });

  it('a repeated parameter', async () => {
    const problem = await expectProblem('/v1/statements?speaker=sergei-lavrov&speaker=john-kerry', 400, 'speaker');
    expect(problem.detail).toContain('more than once');
  });

  it('a search with no words, too many words or too long', async () => {
    await expectProblem('/v1/statements?q=%22%22%20*', 400, 'q');
    await expectProblem(`/v1/statements?q=${'word '.repeat(40)}`, 400, 'q');
    await expectProblem(`/v1/statements?q=${'a'.repeat(300)}`, 400, 'q');
    await expectProblem('/v1/statements?sort=relevance', 400, 'sort');
  });

  it('an unknown route and an unknown id are 404 problems', async () => {
    await expectProblem('/v1/nothing-here', 404);
    await expectProblem('/v1/statements/no-such-statement', 404);
    await expectProblem('/v1/events/no-such-event', 404);
  });

  it('a malformed path id is a 400', async () => {
    await expectProblem('/v1/actors/NOT_AN_ID', 400, 'id');
  });
});

describe('problem documents', () => {
  it('carry the request id, honouring an incoming x-request-id', async () => {
    const response = await request(app.server).get('/v1/statements?bogus=1').set('x-request-id', 'trace-123').expect(400);
    expect(response.headers['x-request-id']).toBe('trace-123');
    expect(response.body.request_id).toBe('trace-123');
  });
});
