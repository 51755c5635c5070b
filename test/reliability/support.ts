/**
 * What the reliability tests share: hashing a file, reading a problem document, and running the real CLIs
 * (the server, the seed) as child processes with a deadline, the way an operator or an orchestrator would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';

export const sha256File = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

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

/** Asserts the RFC 9457 shape every 4xx and 5xx must have, and returns the document. */
export function expectProblemDocument(response: InjectedResponse, where: string): ProblemDocument {
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
  return problem;
}

/** `node --import tsx <script>` from the project root: the way `npm run seed` and `npm run dev` run TypeScript. */
export const TSX = ['--import', 'tsx'];

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  milliseconds: number;
}

/**
 * How long a spawned process may take before a test calls it hung. A guard against hangs, not a speed target (start-up
 * time is measured by `npm run bench`): on a loaded 2-core machine a tsx start alone can take several seconds.
 */
export const HANG_GUARD_MS = 90_000;

/** Runs a TypeScript entry point to completion (or kills it at the deadline) and collects its output. */
export function runScript(script: string, env: NodeJS.ProcessEnv, deadlineMs = HANG_GUARD_MS): Promise<Finished> {
  const started = performance.now();
  const child = spawn(process.execPath, [...TSX, join(PROJECT_ROOT, script)], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return collect(child, started, deadlineMs);
}

export function collect(child: ChildProcess, started: number, deadlineMs: number): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`process did not finish within ${deadlineMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, deadlineMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, milliseconds: performance.now() - started });
    });
  });
}
