import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDigest, codeVersion } from '../../src/code-version.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { useTemporaryDirectory } from '../helpers/files.js';

const copy = useTemporaryDirectory('code-version');

describe('ETags follow the code as well as the database build', () => {
  it('the running code digest is the digest of src/ (what replicas of one release share)', () => {
    expect(codeVersion()).toBe(codeDigest(join(PROJECT_ROOT, 'src')));
  });

  it('a deploy that changes a page template or stylesheet changes the digest, and so every ETag', () => {
    cpSync(join(PROJECT_ROOT, 'src'), copy, { recursive: true });
    const before = codeDigest(copy);
    expect(codeDigest(copy)).toBe(before);

    const template = join(copy, 'pages/templates/layout.eta');
    writeFileSync(template, `${readFileSync(template, 'utf8')}\n<!-- new release -->`);
    const afterTemplate = codeDigest(copy);
    expect(afterTemplate).not.toBe(before);

    const assets = join(copy, 'pages/assets');
    writeFileSync(join(assets, 'added.css'), 'body { margin: 0 }');
    expect(codeDigest(copy)).not.toBe(afterTemplate);
  });
});
