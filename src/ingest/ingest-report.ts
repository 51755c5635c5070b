/**
 * What `npm run ingest` prints for a curator: where the files went, the records drafted per kind, each new actor
 * with its kind, role and confidence, and every passage the pipeline could not place with its words and why (the
 * same list the draft's `not_placed:` holds and the completeness audit prints).
 */

import { notNamedIn } from '../seed/completeness.js';
import { type IngestSummary, RELEASE_KIND } from './ingest-article.js';
import { confidenceBands, leastCertain, REVIEW_BELOW } from './review-first.js';
import { unrecordedSentenceReport } from './statement-detector.js';
import { clip, inContext } from './text-segments.js';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Longest review list printed; the draft's head lists them all. */
const REVIEW_LINES = 12;

/**
 * The records per kind and confidence band, then the least certain ones by id with their first words, so a curator
 * reviews first where a wrong speaker, date or number is likeliest (review-first.ts).
 */
export function reviewFirstLines(draft: IngestSummary['draft']): string[] {
  const bands = confidenceBands(draft);
  if (!bands) return [];
  const lines = [`confidence  ${bands}`];
  const items = leastCertain(draft);
  if (items.length === 0) return [...lines, `review first none: every record is at ${REVIEW_BELOW} or above`];
  lines.push(`review first ${count(items.length, 'record')} below ${REVIEW_BELOW}, least certain first (also at the draft's head):`);
  for (const item of items.slice(0, REVIEW_LINES)) {
    lines.push(`  ${item.confidence.toFixed(2)} ${item.collection.replace(/s$/u, '')} ${item.id}: "${clip(item.words, 71)}"`);
  }
  if (items.length > REVIEW_LINES) lines.push(`  … and ${items.length - REVIEW_LINES} more in the draft's head`);
  return lines;
}

export function ingestReport(summary: IngestSummary): string[] {
  const { draft, files } = summary;
  const text = draft.extraction.analysis.printed;
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
  lines.push(...reviewFirstLines(draft));
  lines.push(...unrecordedSentenceReport(draft));
  if (draft.repeats.length > 0) lines.push(`repeated    ${count(draft.repeats.length, 'passage')} of speech printed twice, recorded once`);
  if (draft.actors.length === 0) lines.push('new actors  none: every speaker is already known');
  else {
    lines.push(`new actors  ${draft.actors.length}, served as extracted (confirm or merge each in the draft's actors:)`);
    // Least certain first, as the records: an actor's confidence is its own estimate, not the draft's order.
    for (const actor of [...draft.actors].sort((a, b) => a.confidence - b.confidence)) {
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
      lines.push(`  ${item.kind} "${clip(words, 91)}": ${item.reason}`);
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
    for (const item of loose) lines.push(`  ${item.kind} "${clip(item.text)}": ${inContext(text, item, 30)}`);
  }
  for (const warning of summary.warnings) lines.push(`warning: ${warning}`);
  lines.push('next        review the draft, then `npm run seed` (and `npm run seed -- --audit`)');
  return lines;
}
