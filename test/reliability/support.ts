/**
 * What the reliability tests share: running the real CLIs (the server, the seed) as child processes with a
 * deadline, the way an operator or an orchestrator would. Hashes and problem documents: test/helpers/.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

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
