/**
 * A ledger built from a private copy of seed/ in which an article, a statement quoting it and an event title hold
 * markup (`<script>`, `<b>`, quotes): pages must show such text as text. The real seed/ is never touched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatabase } from '../../src/seed/build-database.js';
import { sha256 } from '../helpers/files.js';
import { copySeed } from '../helpers/seed-copy.js';

export const HOSTILE = {
  sourceId: 'hrf-2016-12-06-russia-vetoes-ceasefire',
  statementId: 'hostile-2016-12-06-script',
  quote: '<script>document.title="pwned"</script><b>bold</b> & "quoted" is what the release said',
  eventId: '2016-12-06-hrf-statement-russia-veto',
  eventTitle: 'Rights group <script>alert("event")</script> statement',
} as const;

export function buildHostileLedger(): { path: string; remove(): void } {
  const copy = copySeed();
  const article = join(copy.seedDir, 'articles', `${HOSTILE.sourceId}.txt`);
  const before = readFileSync(article);
  // Appended, so every existing evidence offset still holds.
  const after = Buffer.concat([before, Buffer.from(`\n\n"${HOSTILE.quote}," a spokesman said.`)]);
  writeFileSync(article, after);
  copy.edit('sources.json', (text) => text.replace(sha256(before), sha256(after)));
  copy.edit(`annotations/${HOSTILE.sourceId}.yaml`, (text) =>
    text.replace(
      'statements:\n',
      `statements:\n  - id: ${HOSTILE.statementId}\n    speaker: neil-hicks\n    kind: direct\n    said: { date: '2016-12-06', precision: day, basis: publication }\n    evidence:\n      - ${JSON.stringify(HOSTILE.quote)}\n\n`,
    ),
  );
  copy.edit(`annotations/${HOSTILE.sourceId}.yaml`, (text) =>
    text.replace(/(id: 2016-12-06-hrf-statement-russia-veto\n(?:.*\n)*?\s+title: ).*\n/, `$1${JSON.stringify(HOSTILE.eventTitle)}\n`),
  );
  buildDatabase({ target: copy.target, seedDir: copy.seedDir, migrationsDir: copy.migrationsDir });
  return { path: copy.target, remove: () => copy.remove() };
}
