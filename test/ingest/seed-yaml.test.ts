/**
 * An ingest reads the seed's YAML files through seed-yaml.ts; a batch's parses are kept, and a file is parsed again
 * only when its text changed: what a curator edits between two ingests of one batch is what the next ingest reads.
 */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecordFiles, readYaml, type YamlParses } from '../../src/ingest/seed-yaml.js';
import { useTemporaryDirectory } from '../helpers/files.js';

const dir = useTemporaryDirectory('seed-yaml');

describe('reading the seed YAML files', () => {
  it("reads a file again after it is edited, and reuses the batch's parse while it is not", () => {
    const path = join(dir, 'actors.yaml');
    const parses: YamlParses = new Map();
    writeFileSync(path, '- id: ines-lund\n  name: Ines Lund\n');
    const first = readYaml(path, parses);
    expect(first.parsed).toEqual([{ id: 'ines-lund', name: 'Ines Lund' }]);
    expect(readYaml(path, parses)).toBe(first);
    writeFileSync(path, '- id: ines-lund\n  name: Ines Lund\n  aliases: [Lund]\n');
    expect(readYaml(path, parses).parsed).toEqual([{ id: 'ines-lund', name: 'Ines Lund', aliases: ['Lund'] }]);
    // Without a batch's parses nothing is kept: each read parses afresh.
    expect(readYaml(path)).not.toBe(readYaml(path));
  });

  it('sees an edit that keeps the size, made at once and made later, and skips reading a file untouched since', () => {
    const path = join(dir, 'same-size.yaml');
    const parses: YamlParses = new Map();
    writeFileSync(path, '- id: ines-lund\n');
    expect(readYaml(path, parses).parsed).toEqual([{ id: 'ines-lund' }]);
    // The same size, within the file system's clock tick: the stamp cannot tell, the text does.
    writeFileSync(path, '- id: ines-lunt\n');
    expect(readYaml(path, parses).parsed).toEqual([{ id: 'ines-lunt' }]);
    // Written long ago (its mtime set back an hour): its parse kept by its stamp, the file not read again (an edit of
    // the same size whose stamp is put back as it was goes unseen)...
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(path, anHourAgo, anHourAgo);
    const kept = readYaml(path, parses);
    writeFileSync(path, '- id: ines-lunz\n');
    utimesSync(path, anHourAgo, anHourAgo);
    expect(readYaml(path, parses)).toBe(kept);
    expect(kept.parsed).toEqual([{ id: 'ines-lunt' }]);
    // ...until it changes: an edit of the same size stamped at another time is read.
    writeFileSync(path, '- id: ines-lunx\n');
    const later = new Date(Date.now() - 1_800_000);
    utimesSync(path, later, later);
    expect(readYaml(path, parses).parsed).toEqual([{ id: 'ines-lunx' }]);
  });

  it('hands back the error of a file broken mid-edit, and its content once it is mended', () => {
    const path = join(dir, 'broken.yaml');
    const parses: YamlParses = new Map();
    writeFileSync(path, 'actors:\n  - id: [oops\n');
    expect(readYaml(path, parses).error).toBeInstanceOf(Error);
    writeFileSync(path, 'actors:\n  - id: oops\n');
    expect(readYaml(path, parses)).toEqual({ parsed: { actors: [{ id: 'oops' }] } });
  });

  it('lists the record files in name order, without the one being rewritten, a broken one with its error', () => {
    const seedDir = join(dir, 'seed');
    mkdirSync(join(seedDir, 'annotations'), { recursive: true });
    writeFileSync(join(seedDir, 'annotations', 'b-report.yaml'), 'source: b-report\n');
    writeFileSync(join(seedDir, 'annotations', 'a-wire.yml'), 'source: a-wire\n');
    writeFileSync(join(seedDir, 'annotations', 'c-draft.yaml'), 'source: c-draft\n');
    writeFileSync(join(seedDir, 'annotations', 'd-broken.yaml'), 'source: [\n');
    writeFileSync(join(seedDir, 'annotations', 'notes.txt'), 'not a record file\n');
    const files = readRecordFiles(seedDir, 'c-draft.yaml');
    expect(files.map((f) => f.name)).toEqual(['a-wire.yml', 'b-report.yaml', 'd-broken.yaml']);
    expect(files.map((f) => (f.parsed as { source?: string } | undefined)?.source)).toEqual(['a-wire', 'b-report', undefined]);
    expect(files[2]?.error).toBeInstanceOf(Error);
    expect(readRecordFiles(join(dir, 'no-seed-here'))).toEqual([]);
  });
});
