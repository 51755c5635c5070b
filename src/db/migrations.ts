/**
 * What the migrations folder says the schema version is. The seed records it in ledger_meta; the server
 * compares the database's value with its own, so a database built by an older or newer schema is refused
 * rather than half-served.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const journal = z.object({ entries: z.array(z.object({ idx: z.number(), tag: z.string() })).min(1) });

export function schemaVersion(migrationsDir: string): string {
  const parsed = journal.parse(JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')));
  const last = parsed.entries.reduce((a, b) => (b.idx > a.idx ? b : a));
  return last.tag;
}
