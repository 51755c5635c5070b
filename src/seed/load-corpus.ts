/**
 * Reads seed/ (articles, sources.json, actors.yaml, locations.yaml, annotations/*.yaml), validates every file,
 * resolves every evidence quote to character offsets and every reference to an id, and returns the rows to
 * insert. It never touches a database, so a broken annotation fails before anything is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import type * as schema from '../db/schema.js';
import { UNDATED_SORT_DATE } from '../db/sort-date.js';
import { figureMeaningProblems } from '../domain/figure-meaning.js';
import {
  type ActorEntry,
  actorEntry,
  annotationFile,
  type EvidenceQuote,
  type LocationEntry,
  locationEntry,
  sourcesFile,
} from './annotation-schema.js';
import { loadActors } from './load-actors.js';
import { loadQuantities, type QuantityRow } from './load-quantities.js';
import { findAll, type LocatedSpan, locateQuote } from './locate-quote.js';
import { SeedError } from './seed-error.js';
import { statementText } from './statement-text.js';

export type EvidenceRow = Omit<typeof schema.evidence.$inferInsert, 'id'>;
export type ExclusionRow = Omit<typeof schema.exclusions.$inferInsert, 'id'>;

export interface Corpus {
  sources: (typeof schema.sources.$inferInsert)[];
  actors: (typeof schema.actors.$inferInsert)[];
  actorAliases: (typeof schema.actorAliases.$inferInsert)[];
  actorRoles: (typeof schema.actorRoles.$inferInsert)[];
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
function parseAnnotation(raw: unknown, display: string) {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const collection of ['events', 'statements', 'votes', 'figures', 'corroborations', 'exclusions'] as const) {
      const list = (raw as Record<string, unknown>)[collection];
      if (!Array.isArray(list)) continue;
      const recordSchema = annotationFile.shape[collection].unwrap().element;
      list.forEach((item, index) => {
        const result = recordSchema.safeParse(item);
        if (!result.success) throw new SeedError(display, recordLabel(collection, index, item), describeIssues(result.error));
      });
    }
  }
  const result = annotationFile.safeParse(raw);
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

/** Finds each evidence quote in the article, or fails naming the one that cannot be found and why. */
function locateEvidence(file: string, label: string, text: string, quotes: EvidenceQuote[]): LocatedSpan[] {
  return quotes.map((entry, index) => {
    const quote = typeof entry === 'string' ? entry : entry.quote;
    const occurrence = typeof entry === 'string' ? undefined : entry.occurrence;
    const located = locateQuote(text, quote, occurrence);
    if (located.ok) return located.span;
    const shortQuote = quote.length > 80 ? `${quote.slice(0, 77)}...` : quote;
    const reason =
      located.reason === 'not_found'
        ? `evidence[${index}] quote not found in the article: "${shortQuote}"`
        : located.reason === 'ambiguous'
          ? `evidence[${index}] quote occurs ${located.count} times in the article; add "occurrence" (1 to ${located.count}) to say which: "${shortQuote}"`
          : `evidence[${index}] asks for occurrence ${occurrence} but the quote occurs ${located.count} time(s): "${shortQuote}"`;
    throw new SeedError(file, label, reason);
  });
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

const wordCount = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function loadCorpus(paths: SeedPaths): Corpus {
  const { seedDir } = paths;
  const display = (path: string) => relative(join(seedDir, '..'), path) || path;
  const digest = createHash('sha256');
  const addToDigest = (name: string, data: Buffer | string) => {
    digest.update(name);
    digest.update('\0');
    digest.update(data);
    digest.update('\0');
  };

  // ---- sources -------------------------------------------------------------------------------------------
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

  const corpus: Corpus = {
    sources: [],
    actors: [],
    actorAliases: [],
    actorRoles: [],
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
    inputDigest: '',
  };
  // Evidence entries of a record are numbered in the order they are added: the defining file's, then corroborations.
  const nextSeq = new Map<string, number>();
  const appendEvidence = (recordType: EvidenceRow['recordType'], recordId: string, sourceId: string, spans: LocatedSpan[]) => {
    const key = `${recordType}/${recordId}`;
    let seq = nextSeq.get(key) ?? 0;
    for (const span of spans)
      corpus.evidence.push({ recordType, recordId, seq: seq++, sourceId, start: span.start, end: span.end, quote: span.quote });
    nextSeq.set(key, seq);
  };
  const texts = new Map<string, string>();
  const publishedOn = new Map<string, string>();
  const seenFiles = new Set<string>();
  for (const [index, source] of sourcesParsed.data.sources.entries()) {
    const id = source.file.replace(/\.txt$/, '');
    const label = `sources[${index}] (${source.file})`;
    if (seenFiles.has(id)) throw new SeedError(display(sourcesPath), label, 'lists this article twice');
    seenFiles.add(id);
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
    publishedOn.set(id, source.published_on);
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

  // ---- record files (read first: they may list actors the ingest met for the first time) -----------------
  const annotationsDir = join(seedDir, 'annotations');
  const annotationFiles = existsSync(annotationsDir)
    ? readdirSync(annotationsDir)
        .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
        .sort()
    : [];
  const recordFiles = annotationFiles.map((fileName) => {
    const path = join(annotationsDir, fileName);
    const file = display(path);
    addToDigest(`annotations/${fileName}`, readFileSync(path));
    return { fileName, file, annotation: parseAnnotation(readYaml(path, file), file) };
  });

  // ---- actors and locations ------------------------------------------------------------------------------
  const actorsPath = join(seedDir, 'actors.yaml');
  addToDigest('actors.yaml', readFileSync(actorsPath));
  const actorEntries = parseList<ActorEntry>(actorEntry, readYaml(actorsPath, display(actorsPath)), display(actorsPath), 'actors');
  const actorSet = loadActors([
    ...actorEntries.map((entry, index) => ({ entry, file: display(actorsPath), label: `actors[${index}] (${entry.id})` })),
    ...recordFiles.flatMap(({ file, annotation }) =>
      annotation.actors.map((entry, index) => ({ entry, file, label: `actors[${index}] (${entry.id})` })),
    ),
  ]);
  corpus.actors.push(...actorSet.actors);
  corpus.actorAliases.push(...actorSet.actorAliases);
  corpus.actorRoles.push(...actorSet.actorRoles);

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
    corpus.locations.push({
      id: location.id,
      name: location.name,
      kind: location.kind,
      parentId: location.parent_id ?? null,
      countryCode: location.country_code ?? null,
    });
    for (const alias of new Set([location.name, ...location.aliases])) corpus.locationAliases.push({ locationId: location.id, alias });
  }

  // ---- records -------------------------------------------------------------------------------------------
  const recordIds = new Map<string, string>(); // "type/id" -> defining file
  const pendingCorroborations: { file: string; label: string; sourceId: string; record: string; evidence: EvidenceQuote[] }[] = [];
  const pendingEventRefs: { file: string; label: string; eventId: string }[] = [];

  for (const { fileName, file, annotation } of recordFiles) {
    const sourceId = annotation.source;
    if (`${sourceId}.yaml` !== fileName && `${sourceId}.yml` !== fileName) {
      throw new SeedError(file, null, `source "${sourceId}" does not match the file name (expected ${sourceId}.yaml)`);
    }
    const text = texts.get(sourceId);
    const published = publishedOn.get(sourceId);
    if (text === undefined || published === undefined)
      throw new SeedError(file, null, `unknown source "${sourceId}" (not in sources.json)`);

    /** The actor a reference names (a merged entry's target), or an error naming the reference. */
    const actorRef = <T extends string | null | undefined>(label: string, id: T, what: string): T => {
      if (!id) return id;
      const resolved = actorSet.resolve(id);
      if (!resolved) throw new SeedError(file, label, `unknown ${what} "${id}" (not in seed/actors.yaml nor any record file's actors)`);
      return resolved as T;
    };
    const checkLocation = (label: string, id: string | null | undefined, what: string) => {
      if (id && !locationIds.has(id)) throw new SeedError(file, label, `unknown ${what} "${id}" (not in seed/locations.yaml)`);
    };
    const claimId = (label: string, type: string, id: string) => {
      const key = `${type}/${id}`;
      const previous = recordIds.get(key);
      if (previous) throw new SeedError(file, label, `duplicate id: ${key} is already defined in ${previous}`);
      recordIds.set(key, file);
    };
    const addEvidence = (label: string, recordType: EvidenceRow['recordType'], recordId: string, quotes: EvidenceQuote[]) => {
      const spans = locateEvidence(file, label, text, quotes);
      appendEvidence(recordType, recordId, sourceId, spans);
      return spans;
    };
    const eventRef = (label: string, id: string | null | undefined) => {
      if (id) pendingEventRefs.push({ file, label, eventId: id });
      return id ?? null;
    };

    annotation.events.forEach((event, index) => {
      const label = `events[${index}] (${event.id})`;
      claimId(label, 'event', event.id);
      checkLocation(label, event.location, 'location');
      addEvidence(label, 'event', event.id, event.evidence);
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
        locationId: event.location ?? null,
        method: event.method,
        confidence: event.confidence,
        note: event.note ?? null,
      });
      const seen = new Set<string>();
      for (const participant of event.actors) {
        const actorId = actorRef(label, participant.actor, 'actor');
        const key = `${actorId}/${participant.role}`;
        if (seen.has(key)) throw new SeedError(file, label, `actor "${participant.actor}" is listed twice with role "${participant.role}"`);
        seen.add(key);
        corpus.eventActors.push({ eventId: event.id, actorId, role: participant.role });
      }
    });

    annotation.statements.forEach((statement, index) => {
      const label = `statements[${index}] (${statement.id})`;
      claimId(label, 'statement', statement.id);
      checkLocation(label, statement.place, 'place');
      const spans = addEvidence(label, 'statement', statement.id, statement.evidence);
      corpus.statements.push({
        id: statement.id,
        speakerId: actorRef(label, statement.speaker, 'speaker'),
        speakerRole: statement.speaker_role ?? null,
        text: statementText(text, statement.kind, spans),
        kind: statement.kind,
        saidOn: statement.said.date,
        saidPrecision: statement.said.precision,
        saidBasis: statement.said.basis,
        saidNote: statement.said.note ?? null,
        sortDate: statement.said.date ?? UNDATED_SORT_DATE,
        placeId: statement.place ?? null,
        eventId: eventRef(label, statement.event),
        method: statement.method,
        confidence: statement.confidence,
        note: statement.note ?? null,
      });
    });

    annotation.votes.forEach((vote, index) => {
      const label = `votes[${index}] (${vote.id})`;
      claimId(label, 'vote', vote.id);
      addEvidence(label, 'vote', vote.id, vote.evidence);
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
        eventId: eventRef(label, vote.event),
        method: vote.method,
        confidence: vote.confidence,
        note: vote.note ?? null,
      });
      for (const sponsor of new Set(vote.sponsors.map((id) => actorRef(label, id, 'sponsor'))))
        corpus.voteSponsors.push({ voteId: vote.id, actorId: sponsor });
      for (const position of vote.positions) {
        corpus.votePositions.push({
          voteId: vote.id,
          memberId: actorRef(label, position.member, 'member'),
          position: position.position,
          veto: position.veto,
        });
      }
    });

    annotation.figures.forEach((figure, index) => {
      const label = `figures[${index}] (${figure.id})`;
      claimId(label, 'figure', figure.id);
      checkLocation(label, figure.location, 'location');
      const spans = addEvidence(label, 'figure', figure.id, figure.evidence);
      const first = spans[0];
      if (!first || findAll(first.quote, figure.raw_text).length === 0) {
        throw new SeedError(file, label, `raw_text "${figure.raw_text}" does not occur in the first evidence passage`);
      }
      const [problem] = figureMeaningProblems(figure);
      if (problem) throw new SeedError(file, label, `${problem[0]}: ${problem[1]}`);
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
        claimedById: actorRef(label, figure.claimed_by, 'claimed_by actor') ?? null,
        eventId: eventRef(label, figure.event),
        method: figure.method,
        confidence: figure.confidence,
        note: figure.note ?? null,
      });
    });

    // Corroborations resolve against records of any file, so they wait until every file is read.
    annotation.corroborations.forEach((entry, index) => {
      pendingCorroborations.push({
        file,
        label: `corroborations[${index}] (${entry.record})`,
        sourceId,
        record: entry.record,
        evidence: entry.evidence,
      });
    });

    annotation.exclusions.forEach((entry, index) => {
      const label = `exclusions[${index}]`;
      const located = locateQuote(text, entry.quote, entry.occurrence);
      if (!located.ok) {
        throw new SeedError(
          file,
          label,
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

  for (const ref of pendingEventRefs) {
    if (!recordIds.has(`event/${ref.eventId}`)) throw new SeedError(ref.file, ref.label, `unknown event "${ref.eventId}"`);
  }
  for (const entry of pendingCorroborations) {
    const definedIn = recordIds.get(entry.record);
    if (!definedIn) throw new SeedError(entry.file, entry.label, `corroborates "${entry.record}", which no annotation file defines`);
    if (definedIn === entry.file)
      throw new SeedError(entry.file, entry.label, `corroborates a record defined in the same file; add the evidence to the record itself`);
    const [type, id] = entry.record.split('/') as [EvidenceRow['recordType'], string];
    appendEvidence(type, id, entry.sourceId, locateEvidence(entry.file, entry.label, texts.get(entry.sourceId) as string, entry.evidence));
  }

  // Quantities group figures of any file, so they are read once every figure is known.
  corpus.quantities = loadQuantities(seedDir, display, corpus, addToDigest);

  // Stable order whatever the order of files and records: ids sort, evidence by record then sequence.
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

  // Migrations are part of what the database is, so they are part of its build id.
  const journalPath = join(paths.migrationsDir, 'meta', '_journal.json');
  if (existsSync(journalPath)) addToDigest('migrations/_journal.json', readFileSync(journalPath));
  for (const name of readdirSync(paths.migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    addToDigest(`migrations/${name}`, readFileSync(join(paths.migrationsDir, name)));
  }
  corpus.inputDigest = digest.digest('hex');
  return corpus;
}
