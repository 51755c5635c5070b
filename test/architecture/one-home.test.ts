/**
 * Concepts with one home (issue 16): the undated sort sentinel and the way a file is replaced are each written in
 * one module that every other one imports. A second copy is how two of them drift apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function codeFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

const CODE = ['src', 'bench', 'scripts'].flatMap(codeFiles);

/** The code files (src, bench, scripts) whose text matches `pattern`. */
const filesMatching = (pattern: RegExp) => CODE.filter((file) => pattern.test(readFileSync(join(ROOT, file), 'utf8')));

describe('one home per concept', () => {
  it('reads the code it checks', () => {
    expect(CODE).toContain('src/db/sort-date.ts');
    expect(CODE.length).toBeGreaterThan(100);
  });

  it('the undated sort sentinel is written only in src/db/sort-date.ts', () => {
    expect(filesMatching(/9999-12-31/)).toEqual(['src/db/sort-date.ts']);
  });

  it('the type of a served record is declared only in src/schemas (z.infer of its schema), never again by hand', () => {
    const schemaFiles = CODE.filter((file) => file.startsWith('src/schemas/'));
    const served = new Set(
      schemaFiles.flatMap((file) =>
        [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^export type (\w+) = z\.infer</gm)].map((m) => m[1]),
      ),
    );
    expect(served).toContain('Statement');
    expect(served).toContain('Evidence');
    expect(served).toContain('WebAnnotation');
    const again = CODE.filter((file) => file.startsWith('src/') && !schemaFiles.includes(file)).flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^(?:export )?(?:interface|type) (\w+)\b/gm)]
        .filter((m) => served.has(m[1] as string))
        .map((m) => `${file}: ${m[1]}`),
    );
    expect(again).toEqual([]);
  });

  it('the record types are spelled once, as RECORD_TYPES in src/db/schema.ts', () => {
    expect(filesMatching(/'event',? \|? ?'statement',? \|? ?'vote',? \|? ?'figure'/)).toEqual(['src/db/schema.ts']);
  });

  it('files are renamed into place and flushed only by src/atomic-write.ts', () => {
    expect(filesMatching(/\b(?:renameSync|fsyncSync|rename|fsync)\(/)).toEqual(['src/atomic-write.ts']);
  });

  it('comments cite no document the repository does not hold (the API contract lives outside it)', () => {
    expect(filesMatching(/\bcontract(?: promise| 1\.1|'s|\.md|:)|\(contract\b/i)).toEqual([]);
  });
});
