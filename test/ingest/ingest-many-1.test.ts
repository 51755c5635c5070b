/**
 * Issue 11, "done means", at scale: the first half of the fixture articles (ingest-many.ts says what is checked), with
 * the tests that edit the seed copy: a second ingest, a write that fails half-way (src/atomic-write.js mocked here),
 * the curator's merge and confirmation.
 */
import { vi } from 'vitest';
import * as atomicWrite from '../../src/atomic-write.js';
import { ingestManySuite } from './ingest-many.js';

// The one module that replaces files, wrapped so one test can make a write fail half-way through an ingest.
const failing = vi.hoisted(() => ({ path: null as RegExp | null }));
vi.mock('../../src/atomic-write.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/atomic-write.js')>();
  return {
    ...original,
    writeFileAtomically: (path: string, content: string | Buffer) => {
      if (failing.path?.test(path)) throw new Error(`disk full (simulated) writing ${path}`);
      return original.writeFileAtomically(path, content);
    },
  };
});

ingestManySuite({ shard: 0, shards: 2, failing });

// Keep the import of the module the mock wraps visible to the type checker.
void atomicWrite;
