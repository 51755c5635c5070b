/**
 * The data layer speaks no HTTP: nothing under src/repositories/ imports from src/http/, src/plugins/, src/routes/
 * or a web framework, so a page renderer, an exporter or the seed build can use the repositories as they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const REPOSITORIES = join(SRC, 'repositories');
const FORBIDDEN_DIRS = ['http', 'plugins', 'routes'].map((dir) => join(SRC, dir));
const FORBIDDEN_PACKAGES = /^(?:fastify|@fastify\/|fastify-plugin)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every module specifier a file imports or re-exports (static or dynamic). */
function importsOf(text: string): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
  return specifiers;
}

describe('layers', () => {
  const files = sourceFiles(REPOSITORIES);

  it('finds the repositories and their imports (the check below has something to check)', () => {
    expect(files.length).toBeGreaterThan(8);
    const all = files.flatMap((file) => importsOf(readFileSync(file, 'utf8')));
    expect(all).toContain('better-sqlite3');
    expect(all.some((specifier) => specifier.startsWith('../schemas/'))).toBe(true);
  });

  it('nothing under src/repositories imports from src/http, src/plugins, src/routes or Fastify', () => {
    const offending: string[] = [];
    for (const file of files) {
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        const leaks = specifier.startsWith('.')
          ? FORBIDDEN_DIRS.some((dir) => resolve(file, '..', specifier).startsWith(`${dir}/`))
          : FORBIDDEN_PACKAGES.test(specifier);
        if (leaks) offending.push(`${relative(SRC, file)} imports ${specifier}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
