/**
 * `npm run ingest`: adds one article to seed/ and drafts its annotation file.
 *
 * Everything is checked before anything is written (the text, the metadata, the id, the draft); then the article,
 * sources.json, the draft and the proposed actors are written, each atomically (a temporary file renamed into
 * place), and if one write fails the ones before it are undone, so seed/ is never left half-ingested.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { writeFileAtomically } from '../atomic-write.js';
import { byCodePoint } from '../code-point-order.js';
import { UNDATED_SORT_DATE } from '../db/sort-date.js';
import { sourceIdOfFile, sourcesFile } from '../seed/annotation-schema.js';
import type { AuditItem } from '../seed/completeness.js';
import { describeIssues } from '../seed/load-corpus.js';
import { completeMeta, type GivenMeta } from './article-meta.js';
import { checkArticleText } from './article-text.js';
import { draftToYaml } from './draft-yaml.js';
import { type Draft, extractDraft } from './extract-draft.js';
import { Gazetteer, normalizeForMatching } from './gazetteer.js';
import { IngestError } from './ingest-error.js';
import { isOwnRelease } from './issuer-voice.js';
import { type NotPlaced, notCovered, notPlaced, singular } from './not-placed.js';
import { withoutPossessive } from './proper-names.js';
import { type RecordFile, readRecordFiles, type YamlParses } from './seed-yaml.js';

export interface IngestOptions {
  articlePath: string;
  /** The metadata the user gave (readMeta); the rest is worked out from the URL and the text (completeMeta). */
  meta: GivenMeta;
  sourceId: string;
  /** The seed folder to add to: seed/ of the project, or a copy in tests. */
  seedDir: string;
  /** Rewrite the draft of an article already ingested (never a curated annotation file). */
  force?: boolean;
  /** Check and extract, write nothing. */
  dryRun?: boolean;
  /** A batch's parses of the seed's YAML files, kept across its ingests (seed-yaml.ts); without it each is parsed. */
  parses?: YamlParses;
}

export interface IngestSummary {
  sourceId: string;
  sha256: string;
  normalized: string[];
  files: { article: string; sources: string; annotation: string };
  draft: Draft;
  /** What the pipeline could not place, each passage with why: printed, and written as the draft's `not_placed`. */
  notPlaced: NotPlaced[];
  /** The completeness audit of the draft: quotations and numbers in no record's words (`npm run seed -- --audit`). */
  notCovered: AuditItem[];
  draftYaml: string;
  warnings: string[];
  written: boolean;
  /** The source's kind as written to sources.json: the user's --kind, else what the text is (sourceKind). */
  kind: string;
  /** Whether the user gave the kind (the meta's kind or --kind), so the report says so rather than its own reading. */
  kindGiven: boolean;
}

/** The kind a source is written with when the user gave none: a publisher's own release reads as one, not as news. */
export const RELEASE_KIND = 'press release';

/**
 * The source's kind: the user's --kind if given, else a press release where the whole text is its publisher's own
 * release (a ministry's statement, an NGO's release: issuer-voice.ts decides, as it gives the issuer its voice), else
 * the default of article-meta.ts ("news report"). At meta time the text is not yet read, so the kind is settled here.
 */
function sourceKind(given: GivenMeta, worked: string, draft: Draft): string {
  if (given.kind !== undefined) return given.kind;
  return isOwnRelease(draft.extraction.analysis) ? RELEASE_KIND : worked;
}

const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');

/** The kinds of record a second article most often reports again: one record per real-world fact. */
export const FACT_COLLECTIONS = ['votes', 'events', 'figures'] as const;
export type FactCollection = (typeof FACT_COLLECTIONS)[number];

/** A record's day when its date is day-precise (a month says too little to call two records one), else null. */
function dayOf(date: unknown): string | null {
  const { date: day, precision } = (date ?? {}) as { date?: unknown; precision?: unknown };
  return typeof day === 'string' && precision === 'day' ? day : null;
}

/** What a vote, an event or a figure is (factOf): what kind of fact (a body, a type, a number) and its day. */
export interface Fact {
  /** The lookup key: "<collection>:<kind>:<day>". */
  key: string;
  kind: string;
  day: string;
}

/**
 * What a vote, an event or a figure is, for telling that another record file already has it: a vote by its body and
 * day, an event by its type and day, a figure by its number and the day it counts to (a second outlet's "some 15,000
 * bussed out, the agency said on Monday" is the first's "about 15,000 left, it said on Monday", whatever metric each
 * was read as; a figure with no single number, "thousands", is not keyed). Null where the record has no day.
 */
export function factOf(collection: FactCollection, record: Record<string, unknown>): Fact | null {
  const day = dayOf(collection === 'figures' ? record.as_of : collection === 'votes' ? record.voted : record.when);
  const kind = collection === 'figures' ? record.value : collection === 'votes' ? record.body : record.type;
  if (!day || (collection === 'figures' ? typeof kind !== 'number' : typeof kind !== 'string')) return null;
  return { key: `${collection}:${kind}:${day}`, kind: String(kind), day };
}

/** A record's factOf key, or null. */
export function factKey(collection: FactCollection, record: Record<string, unknown>): string | null {
  return factOf(collection, record)?.key ?? null;
}

/**
 * A vote's full tally ("122-13-36"), or null unless the yes, no and abstain counts are all stated. With its body it
 * names one vote whatever day an article gives it, so an article that tells the Assembly's 122-13-36 without its day
 * (dated by the article's own) is still seen to hold the vote another file has.
 */
function fullTally(record: Record<string, unknown>): string | null {
  const { yes, no, abstain } = (record.tally ?? {}) as Record<string, unknown>;
  return [yes, no, abstain].every(Number.isInteger) ? `${yes}-${no}-${abstain}` : null;
}

/** Every key a record is known by: its factKey, and for a vote with a full tally, its body and tally. */
export function factKeys(collection: FactCollection, record: Record<string, unknown>): string[] {
  const tally = collection === 'votes' && typeof record.body === 'string' ? fullTally(record) : null;
  return [factKey(collection, record), tally && `votes:${record.body}:tally:${tally}`].filter((key): key is string => !!key);
}

/** A record another file holds: its id, its file, whether a curator checked it, and its article's published_on. */
export interface KnownFact {
  id: string;
  file: string;
  /** Its day, when day-precise (a vote known by its tally may be dated otherwise than the draft's). */
  day?: string;
  curated?: boolean;
  publishedOn?: string;
}

/** The votes, events and figures other record files hold, by factKey, each list in the order firstReported gives. */
export type KnownFacts = Map<string, KnownFact[]>;

/**
 * The order in which the known records of one fact are proposed to fold into: the record of the article that
 * reported it first (its published_on; an article sources.json does not date, last), so every later article's
 * copy folds into the first report rather than into whichever file's name sorts first; on the same day a curated
 * record before another article's uncurated copy; then by file name, so the order never depends on the disk's.
 */
export function firstReported(a: KnownFact, b: KnownFact): number {
  const day = (fact: KnownFact) => fact.publishedOn ?? UNDATED_SORT_DATE;
  return byCodePoint(day(a), day(b)) || Number(b.curated ?? false) - Number(a.curated ?? false) || byCodePoint(a.file, b.file);
}

/**
 * Ids defined by the other annotation files, their votes, events and figures by factKey (a record already folded
 * into another by same_as left out; each fact's records first reported first, by their article's date in
 * `publishedOn`, source id to published_on), and the file that proposed each of their actors, read leniently: a file
 * being edited must not stop an ingest.
 */
function otherRecords(
  recordFiles: readonly RecordFile[],
  publishedOn: ReadonlyMap<string, string>,
  warnings: string[],
): { ids: Set<string>; known: KnownFacts; actorFiles: Map<string, string> } {
  const ids = new Set<string>();
  const known: KnownFacts = new Map();
  const actorFiles = new Map<string, string>();
  for (const { name, parsed: content, error } of recordFiles) {
    if (error) {
      warnings.push(
        `annotations/${name} could not be read (${error.message.split('\n')[0]?.replace(/:$/u, '')}): neither its record ids nor its actors were known to this draft, so an actor it defines may be proposed again; once it is fixed, \`npm run seed\` names any id defined twice`,
      );
      continue;
    }
    const parsed = content as Record<string, unknown> | null;
    const file = `annotations/${name}`;
    const filePublishedOn = publishedOn.get(String(parsed?.source));
    for (const actor of Array.isArray(parsed?.actors) ? parsed.actors : [])
      if (actor && typeof actor === 'object' && 'id' in actor) actorFiles.set(String(actor.id), file);
    for (const collection of ['events', 'statements', 'votes', 'figures'] as const) {
      const list = parsed?.[collection];
      if (!Array.isArray(list)) continue;
      for (const record of list) {
        if (!record || typeof record !== 'object' || !('id' in record)) continue;
        ids.add(String(record.id));
        // A record already folded into another (same_as) is not a fact of its own to fold into.
        if (collection === 'statements' || 'same_as' in record) continue;
        const curated = (record as { method?: unknown }).method !== 'extracted';
        const day = factOf(collection, record as Record<string, unknown>)?.day;
        for (const key of factKeys(collection, record as Record<string, unknown>)) {
          const facts = known.get(key) ?? [];
          facts.push({ id: String(record.id), file, curated, publishedOn: filePublishedOn, ...(day ? { day } : {}) });
          known.set(key, facts);
        }
      }
    }
  }
  for (const facts of known.values()) facts.sort(firstReported);
  return { ids, known, actorFiles };
}

/** A written name without case, accents, spacing or a possessive, for telling whether a known name is spelled so. */
const spelling = (name: string) => withoutPossessive(normalizeForMatching(name).replace(/\s+/g, ' ').trim()).toLowerCase();

/**
 * Known actors a statement's speaker names in a spelling none of their names has ("Sergey" for a "Sergei"): the
 * gazetteer's looser name key found them, so the statements are theirs, but the spelling is nowhere in the ledger and
 * a search by this article's words finds nobody. Each is named once, with the file that defines the actor, so the
 * curator adds the spelling to its aliases (one edit). A title the resolver read apart ("Mr." before a known name)
 * and accents ("Stéphane" for "Stephane") are the same spelling.
 */
export function spelledOtherwise(
  draft: Pick<Draft, 'statements' | 'actors' | 'extraction'>,
  gazetteer: Gazetteer,
  actorFiles: ReadonlyMap<string, string>,
): string[] {
  const { text } = draft.extraction.analysis;
  const proposed = new Set(draft.actors.map((actor) => actor.id));
  const found = new Map<string, { id: string; written: string; statements: number }>();
  for (const { record, extracted } of draft.statements) {
    const { speaker } = extracted;
    // The speaker's id in the draft: a known actor found by name, or a name proposed as new that the draft placed on a
    // known actor (the looser name key); a person only (a capital standing for its state is no spelling of a name).
    const id = record.speaker;
    if (!speaker.mention || proposed.has(id) || gazetteer.actorKind(id) !== 'person') continue;
    // Only a speaker named by name: a pronoun, a role or a description is no spelling of a name.
    if (speaker.via !== 'name' && speaker.via !== 'alias') continue;
    // The name as written, without a title the resolver read apart ("Mr.", "Foreign Minister").
    const named = (speaker.mention as { name?: unknown }).name;
    const written = (typeof named === 'string' ? named : text.slice(speaker.mention.start, speaker.mention.end))
      .replace(/\s+/g, ' ')
      .trim();
    const names = gazetteer.namesOf(id).map(spelling);
    if (names.length === 0 || names.includes(spelling(written))) continue;
    const key = `${id}\u0000${spelling(written)}`;
    const entry = found.get(key) ?? { id, written, statements: 0 };
    entry.statements += 1;
    found.set(key, entry);
  }
  return [...found.values()].map(
    ({ id, written, statements }) =>
      `"${written}" (${statements} statement${statements === 1 ? '' : 's'}) is ${id}, whose names do not include this spelling: add it to that actor's aliases in ${actorFiles.get(id) ?? 'actors.yaml'} (one edit) so a search by this article's spelling finds it`,
  );
}

/** A drafted record another file already holds: the draft's record, the known one it may be, and the line saying so. */
export interface KnownCopy {
  collection: FactCollection;
  id: string;
  /** The known record's id: the draft proposes `same_as: <it>` (commented out) on its record. */
  sameAs: string;
  line: string;
}

/**
 * The drafted votes, events and figures another record file already holds (factKeys): one record per real-world fact,
 * so each is named for the curator, with the known record's id and file, and its draft record carries the one line
 * that folds it into the known one (`same_as:`, commented out until the curator says it is the same).
 */
export function alreadyRecorded(draft: Pick<Draft, FactCollection>, known: KnownFacts): KnownCopy[] {
  const copies: KnownCopy[] = [];
  for (const collection of FACT_COLLECTIONS) {
    for (const { record } of draft[collection]) {
      const fields = record as unknown as Record<string, unknown>;
      const fact = factOf(collection, fields);
      const named = new Set<string>();
      // The day's key first, then the tally's; in each, the order firstReported gives: the first known record named
      // is the one the draft proposes to fold into.
      for (const key of factKeys(collection, fields)) {
        for (const other of known.get(key) ?? []) {
          if (named.has(other.id)) continue;
          named.add(other.id);
          // A key other than the day's is the vote's tally.
          const what =
            key !== fact?.key
              ? `a ${fields.body} vote of ${fullTally(fields)} (dated ${other.day ?? 'otherwise'} there, ${fact?.day ?? 'undated'} here)`
              : collection === 'figures'
                ? `a figure of ${fact.kind} as of ${fact.day}`
                : `a ${fact.kind} ${singular[collection]} of ${fact.day}`;
          copies.push({
            collection,
            id: record.id,
            sameAs: other.id,
            line: `${singular[collection]} ${record.id}: ${other.file} already has ${what}, ${other.id}; if it is the same, uncomment this record's \`same_as: ${other.id}\` line (its words are then served as that record's corroboration: one record per fact)`,
          });
        }
      }
    }
  }
  return copies;
}

/**
 * What to do about an article already ingested: `--force` rewrites a draft, but never a file a curator has worked on,
 * so for that one the advice is to edit it (sending the user to a --force that would only refuse wastes a run), naming
 * what the curator did there so the user can tell the file is the one they edited.
 */
function rewriteAdvice(annotation: string, forceAdvice: string): string {
  const edits = existsSync(annotation) ? curatorEdits(annotation) : [];
  if (edits.length > 0) return ` and ${annotation} has ${curatorWork(edits)}; ingest never overwrites it: edit that file instead`;
  return `; ${forceAdvice}`;
}

/** Up to three of a file's curator edits in words: "a curator's work (x curated; y merged into z; and 2 more)". */
function curatorWork(edits: string[]): string {
  const more = edits.length > 3 ? `; and ${edits.length - 3} more` : '';
  return `a curator's work (${edits.slice(0, 3).join('; ')}${more})`;
}

/**
 * What a curator changed in a record file, entry by entry: a record or actor no longer `method: extracted` ("x
 * curated"), an actor merged ("x merged into y"), a record folded ("x same as y"); failing those, any edit that broke
 * the draft's seal. Empty for an untouched draft; a file that does not parse is a curator's too (someone is editing
 * it), so it is never rewritten; a file that cannot be read stops the ingest with an IngestError naming it.
 */
function curatorEdits(path: string): string[] {
  let parsed: Record<string, unknown> | null;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // Unreadable (a folder in its place, no permission): nothing says a curator did not work on it, so it is kept,
    // and the ingest stops with the file and the reason rather than a stack trace.
    const reason = (error as Error).message.split('\n')[0]?.replace(/^[A-Z]+: /u, '') ?? '';
    throw new IngestError(
      `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}: ${reason}); ingest never overwrites a file it cannot check: fix it or move it away, then ingest again`,
    );
  }
  try {
    parsed = parseYaml(text) as Record<string, unknown> | null;
  } catch {
    return ['the file does not parse as YAML: being edited'];
  }
  const marked = markedEdits(parsed);
  return marked.length === 0 && sealBroken(text) ? ['edits by hand (it is no longer the draft the ingest wrote)'] : marked;
}

/**
 * The last line of a draft the ingest writes: the sha256 of every line above it. A curator who fixes a speaker, a date
 * or a number and leaves `method: extracted` has still worked on the file; the broken seal says so, and `--force`
 * then refuses to rewrite it (before, it silently threw the fix away).
 */
const SEAL = /^# ingest seal: sha256 ([0-9a-f]{64}) of the lines above[^\n]*\n?$/m;

/** The draft with its seal line added. */
export function sealDraft(draftYaml: string): string {
  return `${draftYaml}# ingest seal: sha256 ${sha256(draftYaml)} of the lines above (an edit breaks it: ingest --force then never rewrites the file)\n`;
}

/** Whether a file carries a seal its lines above no longer match; a file with no seal (an older draft) is not judged. */
export function sealBroken(text: string): boolean {
  const match = SEAL.exec(text);
  if (!match) return false;
  const rest = text.slice(match.index + match[0].length);
  return rest.trim() !== '' || sha256(text.slice(0, match.index)) !== match[1];
}

/** The entries a curator marked: a record or actor no longer extracted, an actor merged, a record folded. */
function markedEdits(parsed: Record<string, unknown> | null): string[] {
  const entries = ['actors', 'events', 'statements', 'votes', 'figures'].flatMap((c) =>
    Array.isArray(parsed?.[c]) ? (parsed?.[c] as unknown[]) : [],
  );
  return entries.flatMap((entry) => {
    if (entry === null || typeof entry !== 'object') return ['an entry that is no record'];
    const {
      id,
      method,
      merged_into: mergedInto,
      same_as: sameAs,
    } = entry as { id?: unknown; method?: unknown; merged_into?: unknown; same_as?: unknown };
    if (mergedInto !== undefined) return [`${String(id)} merged into ${String(mergedInto)}`];
    if (sameAs !== undefined) return [`${String(id)} same as ${String(sameAs)}`];
    return method === 'extracted' ? [] : [`${String(id)} curated`];
  });
}

export function ingestArticle(options: IngestOptions): IngestSummary {
  const { seedDir, sourceId } = options;
  const warnings: string[] = [];
  let bytes: Buffer;
  try {
    bytes = readFileSync(options.articlePath);
  } catch (error) {
    throw new IngestError(`cannot read ${options.articlePath}: ${(error as Error).message}`);
  }
  const { text, normalized } = checkArticleText(bytes, options.articlePath);
  const digest = sha256(text);
  const meta = completeMeta(options.meta, text);

  const files = {
    article: join(seedDir, 'articles', `${sourceId}.txt`),
    sources: join(seedDir, 'sources.json'),
    annotation: join(seedDir, 'annotations', `${sourceId}.yaml`),
  };

  // ---- what is already there --------------------------------------------------------------------------------
  let sourcesRaw: string;
  let sourcesJson: unknown;
  try {
    sourcesRaw = readFileSync(files.sources, 'utf8');
    sourcesJson = JSON.parse(sourcesRaw);
  } catch (error) {
    throw new IngestError(`${files.sources} is not readable JSON (${(error as Error).message})`);
  }
  const sourcesParsed = sourcesFile.safeParse(sourcesJson);
  if (!sourcesParsed.success) throw new IngestError(`${files.sources}: ${describeIssues(sourcesParsed.error)}`);
  const sources = sourcesParsed.data;
  const listed = sources.sources.find((s) => s.file === `${sourceId}.txt`);
  if (listed && listed.sha256 !== digest)
    throw new IngestError(`sources.json already lists a different article as ${sourceId}.txt; choose another --id`);
  if (listed && !options.force)
    throw new IngestError(`${sourceId} is already ingested${rewriteAdvice(files.annotation, 'use --force to rewrite its draft')}`);
  // The same text under another file name (a copy renamed, the id given differently) would be a second source
  // with every record twice: the seed cannot tell, so the ingest refuses it, naming the source it already is.
  const sameText = sources.sources.find((s) => s.sha256 === digest && s.file !== `${sourceId}.txt`);
  if (sameText) {
    const sameId = sourceIdOfFile(sameText.file);
    throw new IngestError(
      `this article is already in seed/ as ${sameId} (the same text, sha256 ${digest.slice(0, 16)}…)${rewriteAdvice(join(dirname(files.annotation), `${sameId}.yaml`), `ingest it again under that id with --id ${sameId} --force to rewrite its draft`)}`,
    );
  }
  const sameUrl = sources.sources.find((s) => s.url === meta.url && s.file !== `${sourceId}.txt`);
  if (sameUrl) {
    warnings.push(
      `${sourceIdOfFile(sameUrl.file)} has the same url with a different text (an updated version?); both are kept: merge them by hand if they are one article`,
    );
  }
  if (existsSync(files.article) && sha256(readFileSync(files.article)) !== digest) {
    throw new IngestError(`${files.article} exists with different content; choose another --id`);
  }
  const edits = existsSync(files.annotation) ? curatorEdits(files.annotation) : [];
  if (existsSync(files.annotation) && !(options.force && edits.length === 0)) {
    throw new IngestError(
      edits.length > 0
        ? `${files.annotation} has ${curatorWork(edits)}; ingest never overwrites it: edit that file instead`
        : `${files.annotation} already exists; use --force to rewrite a draft`,
    );
  }

  // ---- the draft ----------------------------------------------------------------------------------------------
  // The other record files, read once for the gazetteer (their actors) and for the ids and facts they hold.
  const recordFiles = readRecordFiles(seedDir, `${sourceId}.yaml`, options.parses);
  const gazetteer = Gazetteer.fromRecordFiles(seedDir, recordFiles, options.parses);
  const publishedOn = new Map(sources.sources.map((source) => [sourceIdOfFile(source.file), source.published_on]));
  const others = otherRecords(recordFiles, publishedOn, warnings);
  const draft = extractDraft({
    sourceId,
    text,
    publishedOn: meta.published_on,
    title: meta.title,
    publisher: meta.publisher,
    url: meta.url,
    gazetteer,
    takenIds: others.ids,
  });
  warnings.push(...spelledOtherwise(draft, gazetteer, others.actorFiles));
  const copies = alreadyRecorded(draft, others.known);
  const recorded = copies.map((copy) => copy.line);
  warnings.push(...recorded);
  const unplaced = notPlaced(draft);
  // The same list heads the draft, where the curator reviews it.
  const heading = recorded.length > 0 ? `# Already recorded elsewhere?\n${recorded.map((line) => `#   ${line}\n`).join('')}\n` : '';
  const yamlBody = draftToYaml(draft, unplaced, copies);
  const at = yamlBody.indexOf('\nsource: ');
  const draftYaml = sealDraft(at < 0 ? heading + yamlBody : `${yamlBody.slice(0, at + 1)}${heading}${yamlBody.slice(at + 1)}`);

  const kind = sourceKind(options.meta, meta.kind, draft);
  const entry = { file: `${sourceId}.txt`, ...meta, kind, sha256: digest };
  const nextSources = { ...sources, sources: listed ? sources.sources : [...sources.sources, entry] };
  const checked = sourcesFile.safeParse(nextSources);
  if (!checked.success) throw new IngestError(`sources.json would be invalid: ${describeIssues(checked.error)}`);

  const summary: IngestSummary = {
    sourceId,
    sha256: digest,
    normalized,
    files,
    draft,
    notPlaced: unplaced,
    notCovered: notCovered(draft),
    draftYaml,
    warnings,
    written: false,
    kind,
    kindGiven: options.meta.kind !== undefined,
  };
  if (options.dryRun) return summary;

  // ---- write, all or nothing ----------------------------------------------------------------------------------
  const undo: (() => void)[] = [];
  const write = (path: string, content: string) => {
    const previous = existsSync(path) ? readFileSync(path) : null;
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomically(path, content);
    undo.push(() => (previous === null ? rmSync(path, { force: true }) : writeFileAtomically(path, previous)));
  };
  try {
    write(files.article, text);
    if (!listed) write(files.sources, `${JSON.stringify(nextSources, null, 2)}${sourcesRaw.endsWith('\n') ? '\n' : ''}`);
    write(files.annotation, draftYaml);
  } catch (error) {
    for (const step of undo.reverse()) step();
    throw new IngestError(`writing seed/ failed, nothing was changed: ${(error as Error).message}`);
  }
  summary.written = true;
  return summary;
}
