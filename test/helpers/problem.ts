import { expect } from 'vitest';

export interface InjectedResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
  json(): unknown;
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  request_id?: string;
  errors?: { parameter: string; reason: string }[];
}

/**
 * The one assertion of a problem document: the RFC 9457 shape every 4xx and 5xx must have, with no internals in
 * it; with `expected`, also its status, its `instance` (the path asked for) and the parameters it names.
 */
export function expectProblemDocument(
  response: InjectedResponse,
  where: string,
  expected: { status?: number; instance?: string; parameter?: string } = {},
): ProblemDocument {
  if (expected.status !== undefined) expect(response.statusCode, `${where}: ${response.body.slice(0, 300)}`).toBe(expected.status);
  expect(response.headers['content-type'], `${where}: ${response.body.slice(0, 300)}`).toMatch(/^application\/problem\+json/);
  const problem = response.json() as ProblemDocument;
  expect(problem, where).toMatchObject({
    type: expect.stringMatching(/^https:\/\//),
    title: expect.any(String),
    status: response.statusCode,
    detail: expect.any(String),
    instance: expect.any(String),
  });
  // A problem never carries internals: no stack frames, no SQLite error (the input it echoes may well be SQL).
  expect(response.body, where).not.toMatch(
    /\bat .+\.(?:ts|js|cjs|mjs):\d+:\d+|SqliteError|SQLITE_[A-Z]|fts5: syntax error|no such (?:column|table)/,
  );
  if (expected.instance !== undefined) expect(problem.instance, where).toBe(expected.instance);
  if (expected.parameter !== undefined) {
    expect(
      problem.errors?.map((e) => e.parameter),
      where,
    ).toContain(expected.parameter);
    expect(problem.detail, where).toContain(expected.parameter);
  }
  return problem;
}
