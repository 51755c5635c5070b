/** Files in tests: one sha256, and one way to get a private temporary directory that is removed afterwards. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export const sha256File = (path: string): string => sha256(readFileSync(path));

/** A new directory under the system's temporary folder (`aleppo-ledger-<name>-XXXXXX`); the caller removes it. */
export const temporaryDirectory = (name: string): string => mkdtempSync(join(tmpdir(), `aleppo-ledger-${name}-`));

/** A temporary directory for this test file, removed after its tests. Call it at the top level of the file. */
export function useTemporaryDirectory(name: string): string {
  const dir = temporaryDirectory(name);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
