/**
 * Reads seed/ (articles, sources.json, actors.yaml, locations.yaml, the record files in annotations/*.yaml),
 * validates every file, resolves every evidence quote to character offsets and every reference to an id, and
 * returns the rows to insert. It never touches a database, so a broken record file fails before anything is
 * written. One function per input (sources, record files, actors, locations, records, quantities), in the order
 * they depend on each other; the checks on one record are record-checks.ts's, shared with the ingest.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { spanEnd } from '../db/event-spans.js';
import type * as schema from '../db/schema.js';
import { UNDATED_SORT_DATE } from '../db/sort-date.js';
import {
  type ActorEntry,
  actorEntry,
  type EvidenceQuote,
  type LocationEntry,
  locationEntry,
  type NotPlacedEntry,
  type RecordFile,
  recordFile,
  sourceIdOfFile,
  sourcesFile,
} from './annotation-schema.js';
import { type ActorMerge, type ActorSet, loadActors } from './load-actors.js';
import { loadQuantities, type QuantityRow } from './load-quantities.js';
import { type LocatedSpan, locateQuote } from './locate-quote.js';
import {
  checkEvent,
  checkFigure,
  checkStatement,
  checkVote,
  idNamesAnotherSpeaker,
  locateEvidence,
  RecordFault,
  type RecordScope,
} from './record-checks.js';
import { SeedError } from './seed-error.js';
import { statementText } from './statement-text.js';

export type EvidenceRow = Omit<typeof schema.evidence.$inferInsert, 'id'>;
export type ExclusionRow = Omit<typeof schema.exclusions.$inferInsert, 'id'>;
/** A passage the ingest could not place (a record file's `not_placed`): for the completeness audit, not the database. */
export interface NotPlacedRow {
  sourceId: string;
  kind: NotPlacedEntry['kind'];
  start: number;
  end: number;
  quote: string;
  reason: string;
}

export interface Corpus {
  sources: (typeof schema.sources.$inferInsert)[];
  actors: (typeof schema.actors.$inferInsert)[];
  actorAliases: (typeof schema.actorAliases.$inferInsert)[];
  actorRoles: (typeof schema.actorRoles.$inferInsert)[];
  /** Actor ids a curator merged into another (`merged_into`), with the id that stands: kept so old links redirect. */
  actorMerges: ActorMerge[];
  locations: (typeof schema.locations.$inferInsert)[];
  locationAliases: (typeof schema.locationAliases.$inferInsert)[];
  events: (typeof schema.events.$inferInsert)[];
  eventActors: (typeof schema.eventActors.$inferInsert)[];
  statements: (typeof schema.statements.$inferInsert)[];
  votes: (typeof schema.votes.$inferInsert)[];
  voteSponsors: (typeof schema.voteSponsors.$inferInsert)[];
  votePositions: (typeof schema.votePositions.$inferInsert)[];
  figures: (typeof schema.figures.$inferInsert)[];
  quantities: QuantityRow[];
  evidence: EvidenceRow[];
  exclusions: ExclusionRow[];
  notPlaced: NotPlacedRow[];
  /** What loads but a curator should look at again (a merge across the person/body line, load-actors.ts). */
  warnings: string[];
  /** sha256 over every input file, in a fixed order: the build id. */
  inputDigest: string;
}

/** Where the seed reads from; tests point it at a copy to break things on purpose. */
export interface SeedPaths {
  seedDir: string;
  migrationsDir: string;
}

/** Formats zod issues as "path: message; path: message". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function readYaml(path: string, display: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SeedError(display, null, `cannot be read (${(error as Error).message})`);
  }
  try {
    return parseYaml(raw, { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    throw new SeedError(display, null, `is not valid YAML: ${reason}`);
  }
}

/** Names a record for error messages: `statements[3] (lavrov-2016-12-09-strikes-resumed)`. */
function recordLabel(collection: string, index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : null;
  return id ? `${collection}[${index}] (${id})` : `${collection}[${index}]`;
}

/** Validates the top level, then each record on its own so that an error names the record. */
function parseRecordFile(raw: unknown, display: string) {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const collection of [
      'actors',
      'events',
      'statements',
      'votes',
      'figures',
      'corroborations',
      'exclusions',
      'not_placed',
    ] as const) {
      const list = (raw as Record<string, unknown>)[collection];
      if (!Array.isArray(list)) continue;
      const recordSchema = recordFile.shape[collection].unwrap().element;
      list.forEach((item, index) => {
        const result = recordSchema.safeParse(item);
        if (!result.success) throw new SeedError(display, recordLabel(collection, index, item), describeIssues(result.error));
      });
    }
  }
  const result = recordFile.safeParse(raw);
  if (!result.success) throw new SeedError(display, null, describeIssues(result.error));
  return result.data;
}

function parseList<T>(entrySchema: z.ZodType<T>, raw: unknown, display: string, collection: string): T[] {
  if (!Array.isArray(raw)) throw new SeedError(display, null, 'must be a YAML list of entries');
  return raw.map((item, index) => {
    const result = entrySchema.safeParse(item);
    if (!result.success) throw new SeedError(display, recordLabel(collection, index, item), describeIssues(result.error));
    return result.data;
  });
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

const wordCount = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** How the loader names a file in its errors: relative to the folder above seed/ (`seed/actors.yaml`). */
type Display = (path: string) => string;

/** The build id: sha256 over every input file, each under its name, in a fixed order. */
type AddToDigest = (name: string, data: Buffer | string) => void;

/** A record file, parsed: its name, how errors name it, and its records. */
interface LoadedRecordFile {
  fileName: string;
  file: string;
  records: RecordFile;
}

const emptyCorpus = (): Corpus => ({
  sources: [],
  actors: [],
  actorAliases: [],
  actorRoles: [],
  actorMerges: [],
  locations: [],
  locationAliases: [],
  events: [],
  eventActors: [],
  statements: [],
  votes: [],
  voteSponsors: [],
  votePositions: [],
  figures: [],
  quantities: [],
  evidence: [],
  exclusions: [],
  notPlaced: [],
  warnings: [],
  inputDigest: '',
});

export function loadCorpus(paths: SeedPaths): Corpus {
  const { seedDir } = paths;
  const display: Display = (path) => relative(join(seedDir, '..'), path) || path;
  const digest = createHash('sha256');
  const addToDigest: AddToDigest = (name, data) => {
    digest.update(name);
    digest.update('\0');
    digest.update(data);
    digest.update('\0');
  };

  const corpus = emptyCorpus();
  const texts = readSources(seedDir, display, addToDigest, corpus);
  // Record files are read before the actors: they may list actors the ingest met for the first time.
  const recordFiles = readRecordFiles(seedDir, display, addToDigest);
  const actorSet = readActors(seedDir, display, addToDigest, recordFiles, corpus);
  const locationIds = readLocations(seedDir, display, addToDigest, corpus, actorSet);

  const records = new RecordLoader(corpus, texts, {
    actor: (id) => actorSet.resolve(id),
    hasLocation: (id) => locationIds.has(id),
  });
  for (const recordFile of recordFiles) records.load(recordFile);
  records.resolveAcrossFiles();

  // Quantities group figures of any file, so they are read once every figure is known.
  corpus.quantities = loadQuantities(seedDir, display, corpus, addToDigest);
  sortCorpus(corpus);
  digestMigrations(paths.migrationsDir, addToDigest);
  corpus.inputDigest = digest.digest('hex');
  return corpus;
}

/** sources.json and the articles it lists, each checked against its sha256; returns each article's text by id. */
function readSources(seedDir: string, display: Display, addToDigest: AddToDigest, corpus: Corpus): Map<string, string> {
  const sourcesPath = join(seedDir, 'sources.json');
  let sourcesRaw: unknown;
  try {
    const bytes = readFileSync(sourcesPath);
    addToDigest('sources.json', bytes);
    sourcesRaw = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new SeedError(display(sourcesPath), null, `is not readable JSON (${(error as Error).message})`);
  }
  const sourcesParsed = sourcesFile.safeParse(sourcesRaw);
  if (!sourcesParsed.success) throw new SeedError(display(sourcesPath), null, describeIssues(sourcesParsed.error));

  const texts = new Map<string, string>();
  for (const [index, source] of sourcesParsed.data.sources.entries()) {
    const id = sourceIdOfFile(source.file);
    const label = `sources[${index}] (${source.file})`;
    if (texts.has(id)) throw new SeedError(display(sourcesPath), label, 'lists this article twice');
    const articlePath = join(seedDir, 'articles', source.file);
    if (!existsSync(articlePath)) throw new SeedError(display(sourcesPath), label, `article file ${display(articlePath)} is missing`);
    const bytes = readFileSync(articlePath);
    const actual = sha256(bytes);
    if (actual !== source.sha256) {
      throw new SeedError(display(articlePath), null, `sha256 is ${actual}, sources.json says ${source.sha256}: the article was changed`);
    }
    addToDigest(`articles/${source.file}`, bytes);
    const text = bytes.toString('utf8');
    texts.set(id, text);
    corpus.sources.push({
      id,
      file: source.file,
      title: source.title,
      publisher: source.publisher,
      outlet: source.outlet,
      url: source.url,
      publishedOn: source.published_on,
      publishedBasis: source.published_basis,
      language: source.language,
      kind: source.kind,
      wordCount: wordCount(text),
      sha256: actual,
      text,
    });
  }
  return texts;
}

/** Every record file under seed/annotations, in file-name order, parsed and checked record by record. */
function readRecordFiles(seedDir: string, display: Display, addToDigest: AddToDigest): LoadedRecordFile[] {
  const recordsDir = join(seedDir, 'annotations');
  const fileNames = existsSync(recordsDir)
    ? readdirSync(recordsDir)
        .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
        .sort()
    : [];
  return fileNames.map((fileName) => {
    const path = join(recordsDir, fileName);
    const file = display(path);
    addToDigest(`annotations/${fileName}`, readFileSync(path));
    return { fileName, file, records: parseRecordFile(readYaml(path, file), file) };
  });
}

/** seed/actors.yaml and the actors record files list, merged entries resolved (load-actors.ts). */
function readActors(
  seedDir: string,
  display: Display,
  addToDigest: AddToDigest,
  recordFiles: LoadedRecordFile[],
  corpus: Corpus,
): ActorSet {
  const actorsPath = join(seedDir, 'actors.yaml');
  addToDigest('actors.yaml', readFileSync(actorsPath));
  const actorEntries = parseList<ActorEntry>(actorEntry, readYaml(actorsPath, display(actorsPath)), display(actorsPath), 'actors');
  const actorSet = loadActors([
    ...actorEntries.map((entry, index) => ({ entry, file: display(actorsPath), label: `actors[${index}] (${entry.id})` })),
    ...recordFiles.flatMap(({ file, records }) =>
      records.actors.map((entry, index) => ({ entry, file, label: `actors[${index}] (${entry.id})` })),
    ),
  ]);
  corpus.actors.push(...actorSet.actors);
  corpus.actorMerges.push(...actorSet.merges);
  corpus.warnings.push(...actorSet.warnings);
  // An office's holders are people of actors.yaml (what the ingest names as the speaker of "the Secretary-General").
  for (const [index, entry] of actorEntries.entries()) {
    for (const term of entry.holders ?? []) {
      const holder = actorSet.resolve(term.actor);
      if (corpus.actors.find((a) => a.id === holder)?.kind !== 'person') {
        throw new SeedError(
          display(actorsPath),
          `actors[${index}] (${entry.id})`,
          `holders: "${term.actor}" is not a person of actors.yaml`,
        );
      }
    }
  }
  corpus.actorAliases.push(...actorSet.actorAliases);
  corpus.actorRoles.push(...actorSet.actorRoles);
  return actorSet;
}

/** seed/locations.yaml: ids unique, every parent known, a capital's stands_for a known state; returns the ids. */
function readLocations(seedDir: string, display: Display, addToDigest: AddToDigest, corpus: Corpus, actorSet: ActorSet): Set<string> {
  const locationsPath = join(seedDir, 'locations.yaml');
  addToDigest('locations.yaml', readFileSync(locationsPath));
  const locationEntries = parseList<LocationEntry>(
    locationEntry,
    readYaml(locationsPath, display(locationsPath)),
    display(locationsPath),
    'locations',
  );
  const locationIds = new Set<string>();
  for (const [index, location] of locationEntries.entries()) {
    if (locationIds.has(location.id)) {
      throw new SeedError(display(locationsPath), `locations[${index}] (${location.id})`, 'duplicate location id');
    }
    locationIds.add(location.id);
  }
  for (const [index, location] of locationEntries.entries()) {
    if (location.parent_id && !locationIds.has(location.parent_id)) {
      throw new SeedError(
        display(locationsPath),
        `locations[${index}] (${location.id})`,
        `unknown parent location "${location.parent_id}"`,
      );
    }
    if (location.stands_for) {
      const state = actorSet.resolve(location.stands_for);
      const kind = corpus.actors.find((a) => a.id === state)?.kind;
      if (kind !== 'state') {
        throw new SeedError(
          display(locationsPath),
          `locations[${index}] (${location.id})`,
          `stands_for "${location.stands_for}" is not a state of actors.yaml`,
        );
      }
    }
    corpus.locations.push({
      id: location.id,
      name: location.name,
      kind: location.kind,
      parentId: location.parent_id ?? null,
      countryCode: location.country_code ?? null,
    });
    for (const alias of new Set([location.name, ...location.aliases])) corpus.locationAliases.push({ locationId: location.id, alias });
  }
  return locationIds;
}

/** Runs a record's checks; a fault becomes a SeedError naming the file and the record. */
function checked<T>(file: string, label: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof RecordFault) throw new SeedError(file, label, error.reason);
    throw error;
  }
}

/**
 * The records of every file as rows. Each record is checked on its own (record-checks.ts); what spans files (ids
 * unique across files, an `event` reference, corroborations) is collected and resolved once every file is read.
 */
class RecordLoader {
  /** "type/id" -> the file defining it. */
  private readonly recordIds = new Map<string, string>();
  private readonly pendingCorroborations: { file: string; label: string; sourceId: string; record: string; evidence: EvidenceQuote[] }[] =
    [];
  private readonly pendingEventRefs: { file: string; label: string; eventId: string }[] = [];
  /** "type/id" of a record marked `same_as` -> "type/id" of the record it is the same fact as. */
  private readonly folded = new Map<string, string>();
  /** Evidence entries of a record are numbered in the order they are added: the defining file's, then corroborations. */
  private readonly nextSeq = new Map<string, number>();

  constructor(
    private readonly corpus: Corpus,
    private readonly texts: ReadonlyMap<string, string>,
    private readonly known: Omit<RecordScope, 'text'>,
  ) {}

  /**
   * A drafted statement whose id names someone other than its speaker (the curator fixed the speaker) is loaded and
   * named in a warning: an id is the record's address and is never changed by the build, since links cite it. While
   * the record is still `method: extracted` the curator may rename it; once it is `curated` the id stands as it is
   * and the warning stops (seed/README.md "Ids").
   */
  private warnIfIdNamesAnother(file: string, label: string, id: string, speakerId: string): void {
    const named = idNamesAnotherSpeaker(this.known, id, speakerId);
    if (named === null) return;
    this.corpus.warnings.push(
      `${file}: ${label}: the id names "${named}" but the speaker is "${speakerId}"; rename the id now if no one has cited it ` +
        "(it is the record's URL), then set method: curated (a curated record's id stays as it is)",
    );
  }

  load({ fileName, file, records }: LoadedRecordFile): void {
    const sourceId = records.source;
    if (`${sourceId}.yaml` !== fileName && `${sourceId}.yml` !== fileName) {
      throw new SeedError(file, null, `source "${sourceId}" does not match the file name (expected ${sourceId}.yaml)`);
    }
    const text = this.texts.get(sourceId);
    if (text === undefined) throw new SeedError(file, null, `unknown source "${sourceId}" (not in sources.json)`);
    const scope: RecordScope = { text, ...this.known };
    const corpus = this.corpus;

    records.events.forEach((event, index) => {
      const label = `events[${index}] (${event.id})`;
      if (event.same_as) {
        this.foldInto(file, label, sourceId, 'event', event);
        return;
      }
      this.claimId(file, label, 'event', event.id);
      const { spans, actors } = checked(file, label, () => checkEvent(scope, event));
      this.appendEvidence('event', event.id, sourceId, spans);
      corpus.events.push({
        id: event.id,
        type: event.type,
        title: event.title,
        summary: event.summary,
        dateStart: event.when.date,
        dateEnd: event.when.end ?? null,
        datePrecision: event.when.precision,
        dateBasis: event.when.basis,
        dateNote: event.when.note ?? null,
        sortDate: event.when.date ?? UNDATED_SORT_DATE,
        spanEnd: spanEnd(event.when.date, event.when.end, event.when.precision),
        locationId: event.location ?? null,
        method: event.method,
        confidence: event.confidence,
        note: event.note ?? null,
      });
      for (const { actorId, role } of actors) corpus.eventActors.push({ eventId: event.id, actorId, role });
    });

    records.statements.forEach((statement, index) => {
      const label = `statements[${index}] (${statement.id})`;
      if (statement.same_as) {
        this.foldInto(file, label, sourceId, 'statement', statement);
        return;
      }
      this.claimId(file, label, 'statement', statement.id);
      const { spans, speakerId } = checked(file, label, () => checkStatement(scope, statement));
      if (statement.method === 'extracted') this.warnIfIdNamesAnother(file, label, statement.id, speakerId);
      this.appendEvidence('statement', statement.id, sourceId, spans);
      corpus.statements.push({
        id: statement.id,
        speakerId,
        speakerRole: statement.speaker_role ?? null,
        text: statementText(text, statement.kind, spans),
        kind: statement.kind,
        saidOn: statement.said.date,
        saidPrecision: statement.said.precision,
        saidBasis: statement.said.basis,
        saidNote: statement.said.note ?? null,
        sortDate: statement.said.date ?? UNDATED_SORT_DATE,
        placeId: statement.place ?? null,
        eventId: this.eventRef(file, label, statement.event),
        method: statement.method,
        confidence: statement.confidence,
        note: statement.note ?? null,
      });
    });

    records.votes.forEach((vote, index) => {
      const label = `votes[${index}] (${vote.id})`;
      if (vote.same_as) {
        this.foldInto(file, label, sourceId, 'vote', vote);
        return;
      }
      this.claimId(file, label, 'vote', vote.id);
      const { spans, sponsorIds, memberIds } = checked(file, label, () => checkVote(scope, vote));
      this.appendEvidence('vote', vote.id, sourceId, spans);
      corpus.votes.push({
        id: vote.id,
        body: vote.body,
        votedOn: vote.voted.date,
        votedPrecision: vote.voted.precision,
        votedBasis: vote.voted.basis,
        votedNote: vote.voted.note ?? null,
        sortDate: vote.voted.date ?? UNDATED_SORT_DATE,
        subject: vote.subject,
        outcome: vote.outcome,
        binding: vote.binding,
        tallyYes: vote.tally.yes,
        tallyNo: vote.tally.no,
        tallyAbstain: vote.tally.abstain,
        tallyBasis: vote.tally_basis,
        tallyNote: vote.tally_note ?? null,
        eventId: this.eventRef(file, label, vote.event),
        method: vote.method,
        confidence: vote.confidence,
        note: vote.note ?? null,
      });
      for (const actorId of sponsorIds) corpus.voteSponsors.push({ voteId: vote.id, actorId });
      vote.positions.forEach((position, i) => {
        corpus.votePositions.push({ voteId: vote.id, memberId: memberIds[i] as string, position: position.position, veto: position.veto });
      });
    });

    records.figures.forEach((figure, index) => {
      const label = `figures[${index}] (${figure.id})`;
      if (figure.same_as) {
        this.foldInto(file, label, sourceId, 'figure', figure);
        return;
      }
      this.claimId(file, label, 'figure', figure.id);
      const { spans, claimedById } = checked(file, label, () => checkFigure(scope, figure));
      this.appendEvidence('figure', figure.id, sourceId, spans);
      corpus.figures.push({
        id: figure.id,
        metric: figure.metric,
        category: figure.category,
        value: figure.value,
        low: figure.low,
        high: figure.high,
        qualifier: figure.qualifier,
        rawText: figure.raw_text,
        unit: figure.unit,
        subject: figure.subject ?? null,
        locationId: figure.location ?? null,
        asOf: figure.as_of.date,
        asOfPrecision: figure.as_of.precision,
        asOfBasis: figure.as_of.basis,
        asOfNote: figure.as_of.note ?? null,
        sortDate: figure.as_of.date ?? UNDATED_SORT_DATE,
        claimedById,
        eventId: this.eventRef(file, label, figure.event),
        method: figure.method,
        confidence: figure.confidence,
        note: figure.note ?? null,
      });
    });

    // Corroborations resolve against records of any file, so they wait until every file is read.
    records.corroborations.forEach((entry, index) => {
      this.pendingCorroborations.push({
        file,
        label: `corroborations[${index}] (${entry.record})`,
        sourceId,
        record: entry.record,
        evidence: entry.evidence,
      });
    });

    records.not_placed.forEach((entry, index) => {
      const located = locateQuote(text, entry.quote, entry.occurrence);
      if (!located.ok) {
        throw new SeedError(
          file,
          `not_placed[${index}]`,
          located.reason === 'not_found'
            ? `quote not found in the article: "${entry.quote}"`
            : `quote occurs ${located.count} times; add "occurrence" to say which: "${entry.quote}"`,
        );
      }
      const { start, end, quote } = located.span;
      corpus.notPlaced.push({ sourceId, kind: entry.kind, start, end, quote, reason: entry.reason });
    });

    records.exclusions.forEach((entry, index) => {
      const located = locateQuote(text, entry.quote, entry.occurrence);
      if (!located.ok) {
        throw new SeedError(
          file,
          `exclusions[${index}]`,
          located.reason === 'not_found'
            ? `quote not found in the article: "${entry.quote}"`
            : `quote occurs ${located.count} times; add "occurrence" to say which: "${entry.quote}"`,
        );
      }
      corpus.exclusions.push({
        sourceId,
        start: located.span.start,
        end: located.span.end,
        quote: located.span.quote,
        reason: entry.reason,
      });
    });
  }

  /**
   * A record marked `same_as` another file's record is that record's corroboration: its evidence waits, like a
   * `corroborations:` entry, for every file to be read, and it is not served on its own (its id names nothing).
   */
  private foldInto(
    file: string,
    label: string,
    sourceId: string,
    type: EvidenceRow['recordType'],
    record: { id: string; same_as?: string; evidence: EvidenceQuote[] },
  ): void {
    this.folded.set(`${type}/${record.id}`, `${type}/${record.same_as}`);
    this.pendingCorroborations.push({
      file,
      label: `${label}: same_as`,
      sourceId,
      record: `${type}/${record.same_as}`,
      evidence: record.evidence,
    });
  }

  /**
   * The served record a corroboration names: a record itself folded (`same_as`) into another stands for the one it
   * was folded into, as merged actors do (a third article may name the second's copy before the curator folds it).
   */
  private servedRecord(entry: { file: string; label: string; record: string }): string {
    let record = entry.record;
    const seen = new Set<string>();
    for (let next = this.folded.get(record); next; next = this.folded.get(record)) {
      if (seen.has(record)) throw new SeedError(entry.file, entry.label, `same_as goes round in a circle through "${record}"`);
      seen.add(record);
      record = next;
    }
    return record;
  }

  /** Once every file is read: `event` references name an event of some file; corroborations add their evidence. */
  resolveAcrossFiles(): void {
    for (const ref of this.pendingEventRefs) {
      const folded = this.folded.get(`event/${ref.eventId}`);
      if (folded) throw new SeedError(ref.file, ref.label, `event "${ref.eventId}" is same_as ${folded}: name that event instead`);
      if (!this.recordIds.has(`event/${ref.eventId}`)) throw new SeedError(ref.file, ref.label, `unknown event "${ref.eventId}"`);
    }
    for (const entry of this.pendingCorroborations) {
      const record = this.servedRecord(entry);
      const definedIn = this.recordIds.get(record);
      if (!definedIn) throw new SeedError(entry.file, entry.label, `corroborates "${entry.record}", which no annotation file defines`);
      if (definedIn === entry.file)
        throw new SeedError(
          entry.file,
          entry.label,
          `corroborates a record defined in the same file; add the evidence to the record itself`,
        );
      const [type, id] = record.split('/') as [EvidenceRow['recordType'], string];
      const spans = checked(entry.file, entry.label, () => locateEvidence(this.texts.get(entry.sourceId) as string, entry.evidence));
      this.appendEvidence(type, id, entry.sourceId, spans);
    }
  }

  private claimId(file: string, label: string, type: string, id: string): void {
    const key = `${type}/${id}`;
    const previous = this.recordIds.get(key);
    if (previous) throw new SeedError(file, label, `duplicate id: ${key} is already defined in ${previous}`);
    this.recordIds.set(key, file);
  }

  private eventRef(file: string, label: string, id: string | null | undefined): string | null {
    if (id) this.pendingEventRefs.push({ file, label, eventId: id });
    return id ?? null;
  }

  private appendEvidence(recordType: EvidenceRow['recordType'], recordId: string, sourceId: string, spans: LocatedSpan[]): void {
    const key = `${recordType}/${recordId}`;
    let seq = this.nextSeq.get(key) ?? 0;
    for (const span of spans)
      this.corpus.evidence.push({ recordType, recordId, seq: seq++, sourceId, start: span.start, end: span.end, quote: span.quote });
    this.nextSeq.set(key, seq);
  }
}

/** Stable order whatever the order of files and records: ids sort, evidence by record then sequence. */
function sortCorpus(corpus: Corpus): void {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  corpus.events.sort(byId);
  corpus.statements.sort(byId);
  corpus.votes.sort(byId);
  corpus.figures.sort(byId);
  corpus.evidence.sort((a, b) =>
    a.recordType !== b.recordType
      ? a.recordType < b.recordType
        ? -1
        : 1
      : a.recordId !== b.recordId
        ? a.recordId < b.recordId
          ? -1
          : 1
        : a.seq - b.seq,
  );
  corpus.exclusions.sort((a, b) => (a.sourceId !== b.sourceId ? (a.sourceId < b.sourceId ? -1 : 1) : a.start - b.start));
}

/** Migrations are part of what the database is, so they are part of its build id. */
function digestMigrations(migrationsDir: string, addToDigest: AddToDigest): void {
  const journalPath = join(migrationsDir, 'meta', '_journal.json');
  if (existsSync(journalPath)) addToDigest('migrations/_journal.json', readFileSync(journalPath));
  for (const name of readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    addToDigest(`migrations/${name}`, readFileSync(join(migrationsDir, name)));
  }
}
