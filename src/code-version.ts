/**
 * A digest of the code this process runs: every file below the application's own folder (src/ under tsx and
 * vitest, dist/ in the compiled build, templates and page assets included). Responses are fully determined by the
 * database build AND the code that renders it, so ETags mix in both: after a deploy that changes a template, a
 * serializer or a page's stylesheet over the same database, clients and caches holding the old ETag get the new
 * bytes instead of a 304 for stale ones. Replicas running the same code compute the same digest.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE_DIR = fileURLToPath(new URL('.', import.meta.url));

function filesBelow(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesBelow(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** The sha256 (hex) of the code's files, each by path relative to the code folder and content, in path order. */
export function codeDigest(dir: string = CODE_DIR): string {
  const hash = createHash('sha256');
  for (const file of filesBelow(dir).sort()) {
    hash.update(relative(dir, file).split('\\').join('/')).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

let cached: string | undefined;

/** `codeDigest()` of the running code, computed once per process. */
export function codeVersion(): string {
  cached ??= codeDigest();
  return cached;
}
