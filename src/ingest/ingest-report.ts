/**
 * What `npm run ingest` prints for a curator: where the files went, the records drafted per kind, each new actor
 * with its kind, role and confidence, and every passage the pipeline could not place with its words and why (the
 * same list the draft's `not_placed:` holds and the completeness audit prints).
 */

import { notNamedIn } from '../seed/completeness.js';
import { type IngestSummary, RELEASE_KIND } from './ingest-article.js';
import { inContext } from './text-segments.js';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ingestReport(summary: IngestSummary): string[] {
  const { draft, files } = summary;
  const text = draft.extraction.analysis.text;
  const lines: string[] = [];
  const normalized = summary.normalized.length > 0 ? ` (${summary.normalized.join('; ')})` : '';
  lines.push(`${summary.sourceId}: sha256 ${summary.sha256.slice(0, 16)}…${normalized}`);
  lines.push(`article     ${files.article}`);
  lines.push(`sources     ${files.sources}`);
  // A kind the user chose is echoed as theirs; one worked out from the text is said, so a curator who disagrees knows the flag.
  if (summary.kindGiven) lines.push(`kind        ${summary.kind}: as given (the meta's kind or --kind)`);
  else if (summary.kind === RELEASE_KIND)
    lines.push(`kind        ${RELEASE_KIND}: the text is its publisher's own release (--kind sets another)`);
  lines.push(`draft       ${files.annotation}`);
  lines.push(
    `records     ${count(draft.statements.length, 'statement')}, ${count(draft.figures.length, 'figure')}, ${count(draft.votes.length, 'vote')}, ${count(draft.events.length, 'event')}, all method: extracted${draft.heldBack.length > 0 ? `; ${draft.heldBack.length} held back (below)` : ''}`,
  );
  if (draft.repeats.length > 0) lines.push(`repeated    ${count(draft.repeats.length, 'passage')} of speech printed twice, recorded once`);
  if (draft.actors.length === 0) lines.push('new actors  none: every speaker is already known');
  else {
    lines.push(`new actors  ${draft.actors.length}, served as extracted (confirm or merge each in the draft's actors:)`);
    for (const actor of draft.actors) {
      const role = actor.roles[0] ? `, ${actor.roles[0]}` : '';
      lines.push(`  ${actor.name} (${actor.id}): ${actor.kind}${role}, confidence ${actor.confidence}`);
    }
  }
  if (summary.notPlaced.length === 0) lines.push('not placed  nothing: every quotation, number and vote tally went into a record');
  else {
    const kinds = ['statement', 'number', 'vote', 'event', 'figure'] as const;
    const byKind = kinds
      .map((kind) => [kind, summary.notPlaced.filter((item) => item.kind === kind).length] as const)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => count(n, kind))
      .join(', ');
    lines.push(`not placed  ${summary.notPlaced.length} (${byKind}); in the draft's not_placed: and in \`npm run seed -- --audit\``);
    for (const item of summary.notPlaced) {
      const words = text.slice(item.start, item.end).replace(/\s+/gu, ' ');
      lines.push(`  ${item.kind} "${words.length > 90 ? `${words.slice(0, 90)}…` : words}": ${item.reason}`);
      // A short passage (a number, a word in quotation marks) is shown in the words around it.
      if (words.length <= 40) lines.push(`      ${inContext(text, item)}`);
    }
  }
  // A passage not_placed already names (with why) is not listed again, as in the audit.
  const loose = notNamedIn(summary.notCovered, summary.notPlaced);
  if (loose.length > 0) {
    lines.push(
      `not covered ${loose.length}: in no record's words, as the audit will list them (a date no record holds, a number no extractor read); record each or add an exclusion`,
    );
    for (const item of loose) lines.push(`  ${item.kind} "${item.text.slice(0, 60)}": ${inContext(text, item, 30)}`);
  }
  for (const warning of summary.warnings) lines.push(`warning: ${warning}`);
  lines.push('next        review the draft, then `npm run seed` (and `npm run seed -- --audit`)');
  return lines;
}
