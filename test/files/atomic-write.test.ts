import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/atomic-write.js';
import { useTemporaryDirectory } from '../helpers/files.js';

const dir = useTemporaryDirectory('atomic');

describe('writeFileAtomically', () => {
  it('creates a file, then replaces it whole, leaving no temporary file beside it', () => {
    const target = join(dir, 'sources.json');
    writeFileAtomically(target, '{"sources": []}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"sources": []}\n');
    writeFileAtomically(target, Buffer.from('Lavrov said…\n', 'utf8'));
    expect(readFileSync(target, 'utf8')).toBe('Lavrov said…\n');
    expect(readdirSync(dir)).toEqual(['sources.json']);
  });

  it('a write that fails at the rename leaves what was there, and no temporary file', () => {
    // A directory cannot be replaced by a file: the temporary file is written and flushed, then the rename fails.
    const target = join(dir, 'annotations');
    mkdirSync(target);
    writeFileSync(join(target, 'voa.yaml'), 'statements: []\n');
    expect(() => writeFileAtomically(target, 'x')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readFileSync(join(target, 'voa.yaml'), 'utf8')).toBe('statements: []\n');
    expect(readdirSync(dir).sort()).toEqual(['annotations', 'sources.json']);
  });

  it('a write that cannot start (no such directory) throws and creates nothing', () => {
    expect(() => writeFileAtomically(join(dir, 'missing-dir', 'x.yaml'), 'x')).toThrow(/ENOENT/);
    expect(existsSync(join(dir, 'missing-dir'))).toBe(false);
  });
});
