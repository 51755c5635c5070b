/**
 * Writes a draft as YAML a curator can read and edit: a header saying what it is and how to review it, the records
 * in the curated format, and, as comments, what the extractors held back (statements of speakers not yet in
 * actors.yaml, ready to uncomment), repeated passages, and numbers they did not record.
 */
import { Document, isMap, isScalar, visit } from 'yaml';
import type { ActorEntry } from '../seed/annotation-schema.js';
import type { Draft } from './extract-draft.js';
import type { ProposedActor } from './speaker-resolution.js';

// No anchors: a statement and a figure may share a date object, and a curator must be able to edit each alone.
const YAML_OPTIONS = { lineWidth: 0, indent: 2, indentSeq: true, aliasDuplicateObjects: false } as const;

/** Prefixes each line for a YAML comment block (the library adds the "#"). */
const commentLines = (lines: string[]) => lines.map((line) => (line.length > 0 ? ` ${line}` : '')).join('\n');

/** A YAML document of a value, with every `said` and `as_of` on one line and its dates quoted, as curators write them. */
function styledDocument(value: unknown): Document {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || (pair.key.value !== 'said' && pair.key.value !== 'as_of') || !isMap(pair.value)) return;
      pair.value.flow = true;
      // A YAML 1.1 reader would turn an unquoted 2016-12-09 into a date.
      for (const field of ['date', 'end']) {
        const date = pair.value.get(field, true);
        if (isScalar(date) && typeof date.value === 'string') date.type = 'QUOTE_SINGLE';
      }
    },
  });
  return doc;
}

export function draftToYaml(draft: Draft): string {
  const doc = styledDocument({
    source: draft.source,
    statements: draft.statements.map((s) => s.record),
    figures: draft.figures.map((f) => f.record),
  });
  const header = [
    'DRAFT written by `npm run ingest`: every record is `method: extracted`.',
    'Review each one against the article, then set `method: curated` (or delete the method and confidence lines).',
    'Events, votes, corroborations and exclusions are not extracted: add them by hand (see seed/README.md).',
    '',
    `Actors mentioned: ${draft.mentions.actors.map(([id, n]) => `${id} (${n})`).join(', ') || 'none'}`,
    `Places mentioned: ${draft.mentions.locations.map(([id, n]) => `${id} (${n})`).join(', ') || 'none'}`,
  ];
  if (draft.proposals.length > 0) {
    header.push(
      '',
      `Speakers not in actors.yaml are proposed in seed/proposed-actors/${draft.source}.yaml; their statements are held back below.`,
    );
  }
  doc.commentBefore = commentLines(header);

  const trailer: string[] = [];
  if (draft.heldBack.length > 0) {
    trailer.push('HELD BACK: these records would not load yet. Fix the reason, then uncomment them into the lists above.');
    for (const { record, reason } of draft.heldBack) {
      trailer.push('', `reason: ${reason}`);
      const collection = 'metric' in record ? 'figures' : 'statements';
      trailer.push(`(${collection})`, ...styledDocument([record]).toString(YAML_OPTIONS).trimEnd().split('\n'));
    }
  }
  if (draft.repeats.length > 0) {
    trailer.push('', 'REPEATED: the same speech printed again; recorded once, under the id given (consider an exclusion for the repeat).');
    for (const repeat of draft.repeats) trailer.push(`- ${repeat.keptId}: "${repeat.passage}"`);
  }
  if (draft.unrecorded.length > 0) {
    trailer.push('', 'NUMBERS NOT RECORDED as figures (check them; the completeness audit will list them too):');
    for (const number of draft.unrecorded) trailer.push(`- "${number.raw}": ${number.reason}`);
  }
  if (trailer.length > 0) doc.comment = commentLines(trailer);
  return doc.toString(YAML_OPTIONS);
}

/** seed/proposed-actors/<source>.yaml: entries in the actors.yaml format, for the curator to merge. */
export function proposalsToYaml(source: string, proposals: ProposedActor[], text: string): string {
  const entries: ActorEntry[] = proposals.map((proposal) => ({
    id: proposal.id,
    name: proposal.name,
    kind: proposal.kind,
    description: `Proposed by npm run ingest from ${source}: "${excerpt(text, proposal.mention.start, proposal.mention.end)}"`,
    aliases: proposal.aliases,
    roles: proposal.roles,
  }));
  const doc = new Document(entries);
  doc.commentBefore = commentLines([
    `Actors proposed by \`npm run ingest\` for ${source}: speakers the gazetteer did not know.`,
    'For each: if it is someone already in seed/actors.yaml, add these aliases there instead; otherwise check the',
    'kind and roles and move the entry into seed/actors.yaml. Then uncomment the held-back statements in',
    `seed/annotations/${source}.yaml, and delete this file.`,
  ]);
  return doc.toString(YAML_OPTIONS);
}

/** The words around a mention, on one line. */
function excerpt(text: string, start: number, end: number): string {
  let from = Math.max(0, text.lastIndexOf('\n', start) + 1, start - 80);
  while (from > 0 && /\S/u.test(text[from - 1] as string) && text[from - 1] !== '\n') from--; // whole words
  const newline = text.indexOf('\n', end);
  const to = Math.min(newline < 0 ? text.length : newline, end + 80);
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
