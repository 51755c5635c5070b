/**
 * Writes a draft as YAML a curator can read and edit: a header saying what it is and how to review it, the records
 * in the curated format, and, as comments, what the extractors held back (records that failed a check),
 * repeated passages, and numbers they did not record.
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import { evidenceQuote } from './evidence-quotes.js';
import type { Draft } from './extract-draft.js';
import type { KnownCopy } from './ingest-article.js';
import type { NotPlaced } from './not-placed.js';
import { confidenceBands, leastCertain, REVIEW_BELOW } from './review-first.js';
import { unrecordedSentenceComments } from './statement-detector.js';

// No anchors: a statement and a figure may share a date object, and a curator must be able to edit each alone.
const YAML_OPTIONS = { lineWidth: 0, indent: 2, indentSeq: true, aliasDuplicateObjects: false } as const;

/** Prefixes each line for a YAML comment block (the library adds the "#"). */
const commentLines = (lines: string[]) => lines.map((line) => (line.length > 0 ? ` ${line}` : '')).join('\n');

/**
 * A YAML document of a value, with every `said` and `as_of` on one line and its dates quoted, as curators write them.
 * Built with the YAML 1.1 schema so that 1.1 readers (PyYAML, SnakeYAML) read what 1.2 ones do: the library quotes any
 * string they would take for a boolean, date or number (a tally's `yes`/`no` keys, a position `no`, `on`, `1_000`).
 */
function styledDocument(value: unknown): Document {
  const doc = new Document(value, { aliasDuplicateObjects: false, version: '1.1' });
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !['said', 'as_of', 'voted', 'when', 'tally'].includes(String(pair.key.value)) || !isMap(pair.value))
        return;
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

/** A not-placed passage as the record file writes it: its words (with `occurrence` when they recur), kind and reason. */
function notPlacedEntry(text: string, item: NotPlaced) {
  const quote = evidenceQuote(text, item);
  return { kind: item.kind, ...(typeof quote === 'string' ? { quote } : quote), reason: item.reason };
}

/**
 * Puts the `same_as:` line that folds a drafted record into the known record it may be (alreadyRecorded) just under
 * the record's id, commented out: the curator who finds them one fact uncomments one line, and the next seed serves
 * this article's words as the known record's corroboration; where there are several candidates, the first.
 */
function proposeSameAs(doc: Document, copies: readonly KnownCopy[]): void {
  for (const copy of copies) {
    const list = doc.get(copy.collection, true);
    if (!isSeq(list)) continue;
    const record = list.items.find((item) => isMap(item) && item.get('id') === copy.id);
    const next = isMap(record) ? record.items[1] : undefined;
    if (!next || !isScalar(next.key) || next.key.commentBefore) continue;
    next.key.commentBefore = ` same_as: ${copy.sameAs}  # the same fact? uncomment this line (see "Already recorded elsewhere?")`;
  }
}

export function draftToYaml(draft: Draft, notPlaced: NotPlaced[] = [], copies: readonly KnownCopy[] = []): string {
  const { text } = draft.extraction.analysis;
  const doc = styledDocument({
    source: draft.source,
    ...(draft.actors.length > 0 ? { actors: draft.actors } : {}),
    events: draft.events.map((e) => e.record),
    statements: draft.statements.map((s) => s.record),
    votes: draft.votes.map((v) => v.record),
    figures: draft.figures.map((f) => f.record),
    ...(notPlaced.length > 0 ? { not_placed: notPlaced.map((item) => notPlacedEntry(text, item)) } : {}),
  });
  const header = [
    'DRAFT written by `npm run ingest`: every record is `method: extracted`.',
    'Review each one against the article, then set `method: curated` (or delete the method and confidence lines).',
    'Corroborations and exclusions are not extracted: add them by hand (see seed/README.md).',
    '',
    `Actors mentioned: ${draft.mentions.actors.map(([id, n]) => `${id} (${n})`).join(', ') || 'none'}`,
    `Places mentioned: ${draft.mentions.locations.map(([id, n]) => `${id} (${n})`).join(', ') || 'none'}`,
  ];
  const bands = confidenceBands(draft);
  if (bands) header.push('', `Confidence: ${bands}.`);
  const unsure = leastCertain(draft);
  if (unsure.length > 0) {
    header.push(
      `Review first: the ${unsure.length} record(s) below ${REVIEW_BELOW}, least certain first (a wrong speaker, date or number is likeliest here):`,
      ...unsure.map((item) => `  ${item.confidence.toFixed(2)} ${item.collection}: ${item.id}`),
    );
  }
  const unrecorded = unrecordedSentenceComments(draft);
  if (unrecorded.length > 0) header.push('', ...unrecorded);
  if (draft.actors.length > 0) {
    header.push(
      '',
      'actors: people and bodies met for the first time, served as extracted actors. For each: set `method: curated`',
      'once checked, or `merged_into: <actor id>` if it is someone already known (its names become aliases there).',
    );
  }
  if (notPlaced.length > 0) {
    header.push(
      '',
      `not_placed (at the end): ${notPlaced.length} passage(s) the pipeline could not place, each with why. The completeness`,
      'audit (`npm run seed -- --audit`) lists them until you delete each entry, having added a record or an exclusion.',
    );
  }
  doc.commentBefore = commentLines(header);
  proposeSameAs(doc, copies);

  const trailer: string[] = [];
  if (draft.heldBack.length > 0) {
    trailer.push('HELD BACK: these records would not load yet. Fix the reason, then uncomment them into the lists above.');
    for (const { collection, record, reason } of draft.heldBack) {
      trailer.push('', `reason: ${reason}`);
      trailer.push(`(${collection})`, ...styledDocument([record]).toString(YAML_OPTIONS).trimEnd().split('\n'));
    }
  }
  if (draft.repeats.length > 0) {
    trailer.push('', 'REPEATED: the same speech printed again; recorded once, under the id given (consider an exclusion for the repeat).');
    for (const repeat of draft.repeats) trailer.push(`- ${repeat.keptId}: "${repeat.passage}"`);
  }
  if (trailer.length > 0) doc.comment = commentLines(trailer);
  return doc.toString(YAML_OPTIONS);
}
