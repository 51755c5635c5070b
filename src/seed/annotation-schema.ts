/**
 * The curated formats (the record files seed/annotations/*.yaml, seed/actors.yaml, seed/locations.yaml),
 * validated with zod on load. seed/README.md explains them for curators; this file is the authority.
 * In code a curated YAML file of records is a "record file" (`recordFile`, `RecordFile`), never an "annotation":
 * that word means the W3C Web Annotations served at /v1/annotations. The directory keeps its name, seed/annotations/,
 * because curators' tools and the ingest's users know it by that path.
 */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  DATE_BASES,
  EVENT_TYPES,
  FIGURE_CATEGORIES,
  FIGURE_METRICS,
  LOCATION_KINDS,
  METHODS,
  POSITIONS,
  PRECISIONS,
  QUALIFIERS,
  RECORD_TYPES,
  STATEMENT_KINDS,
  TALLY_BASES,
  VOTE_BODIES,
  VOTE_OUTCOMES,
} from '../db/schema.js';

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (letters, digits and single hyphens)');

/** A real calendar date: rejects 2016-02-30 as well as 2016-13-01. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  }, 'is not a date that exists in the calendar');

/**
 * When something happened, and how sure the text is (a date is never more precise than the words). `end` is for spans
 * ("for weeks", "since July 7"). Relative and inferred dates must say how they were resolved.
 */
export const when = z
  .object({
    date: isoDate.nullable(),
    end: isoDate.nullable().optional(),
    precision: z.enum(PRECISIONS),
    basis: z.enum(DATE_BASES),
    note: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((w, ctx) => {
    if (w.date === null && w.precision !== 'unknown') {
      ctx.addIssue({ code: 'custom', message: 'a null date must have precision "unknown"' });
    }
    if (w.date !== null && w.precision === 'unknown') {
      ctx.addIssue({ code: 'custom', message: 'a date with precision "unknown" must be null' });
    }
    if (w.date && w.precision === 'month' && !w.date.endsWith('-01')) {
      ctx.addIssue({ code: 'custom', message: 'a month-precision date is written as the first of the month' });
    }
    if (w.date && w.precision === 'year' && !w.date.endsWith('-01-01')) {
      ctx.addIssue({ code: 'custom', message: 'a year-precision date is written as 1 January' });
    }
    if ((w.basis === 'relative' || w.basis === 'inferred') && !w.note) {
      ctx.addIssue({ code: 'custom', message: `a ${w.basis} date needs a note saying how it was resolved` });
    }
    if (w.end && w.date && w.end < w.date) {
      ctx.addIssue({ code: 'custom', message: 'end is before date' });
    }
  });

/**
 * Evidence: the article's words, verbatim. The loader finds them and computes offsets; white space and the
 * style of quotation marks may differ (a no-break space matches a space, ’ matches '). A quote that occurs
 * more than once needs `occurrence` (1-based) to say which.
 */
export const evidenceQuote = z.union([
  z.string().min(2),
  z.object({ quote: z.string().min(2), occurrence: z.number().int().positive().optional() }).strict(),
]);
const evidenceList = z.array(evidenceQuote).min(1);

const provenance = {
  method: z.enum(METHODS).default('curated'),
  confidence: z.number().min(0).max(1).default(1),
  note: z.string().optional(),
  /**
   * The id of a record of the same kind in another file that is the same real-world fact (the vote another article
   * already reports): this record is then not served on its own, and its evidence is served as that record's
   * corroboration. One line a curator writes (or uncomments: the ingest proposes it) instead of moving the words
   * under `corroborations:` and deleting the record.
   */
  same_as: slug.optional(),
};

export const eventRecord = z
  .object({
    id: slug,
    type: z.enum(EVENT_TYPES),
    title: z.string().min(3),
    summary: z.string().min(3),
    when,
    location: slug.nullable().optional(),
    actors: z.array(z.object({ actor: slug, role: z.string().min(2) }).strict()).default([]),
    evidence: evidenceList,
    ...provenance,
  })
  .strict();

export const statementRecord = z
  .object({
    id: slug,
    speaker: slug,
    speaker_role: z.string().min(2).nullable().optional(),
    kind: z.enum(STATEMENT_KINDS),
    said: when,
    place: slug.nullable().optional(),
    event: slug.nullable().optional(),
    evidence: evidenceList,
    ...provenance,
  })
  .strict();

const tallyCount = z.number().int().min(0).max(193).nullable();

export const voteRecord = z
  .object({
    id: slug,
    body: z.enum(VOTE_BODIES),
    voted: when,
    subject: z.string().min(3),
    outcome: z.enum(VOTE_OUTCOMES),
    binding: z.boolean().nullable(),
    sponsors: z.array(slug).default([]),
    tally: z.object({ yes: tallyCount, no: tallyCount, abstain: tallyCount }).strict(),
    tally_basis: z.enum(TALLY_BASES),
    tally_note: z.string().min(3).optional(),
    positions: z
      .array(
        z
          .object({ member: slug, position: z.enum(POSITIONS), veto: z.boolean().default(false) })
          .strict()
          .refine((p) => !p.veto || p.position === 'no', 'a veto is a "no" vote by a permanent member'),
      )
      .default([]),
    event: slug.nullable().optional(),
    evidence: evidenceList,
    ...provenance,
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.tally_basis === 'derived' || v.tally_basis === 'partial') && !v.tally_note) {
      ctx.addIssue({ code: 'custom', path: ['tally_note'], message: `a ${v.tally_basis} tally needs a note saying from what` });
    }
    const members = v.positions.map((p) => p.member);
    const twice = members.find((m, i) => members.indexOf(m) !== i);
    if (twice) ctx.addIssue({ code: 'custom', path: ['positions'], message: `member "${twice}" has two positions` });
  });

export const figureRecord = z
  .object({
    id: slug,
    metric: z.enum(FIGURE_METRICS),
    category: z.enum(FIGURE_CATEGORIES),
    raw_text: z.string().min(1),
    value: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    qualifier: z.enum(QUALIFIERS),
    unit: z.string().min(2),
    subject: z.string().min(2).nullable().optional(),
    location: slug.nullable().optional(),
    as_of: when,
    claimed_by: slug.nullable().optional(),
    event: slug.nullable().optional(),
    evidence: evidenceList,
    ...provenance,
  })
  .strict()
  .refine((f) => f.low === null || f.high === null || f.low <= f.high, 'low is greater than high');

export const corroboration = z
  .object({
    record: z.string().regex(new RegExp(`^(${RECORD_TYPES.join('|')})/[a-z0-9-]+$`), 'must be "<type>/<id>", e.g. "vote/2016-12-05-..."'),
    evidence: evidenceList,
  })
  .strict();

export const exclusion = z
  .object({
    quote: z.string().min(1),
    occurrence: z.number().int().positive().optional(),
    reason: z.string().min(5),
  })
  .strict();

/**
 * An actor: in seed/actors.yaml (curated), or in a record file's own `actors:` list, where `npm run ingest` puts the
 * people and organisations it met for the first time (`method: extracted`, with a confidence). A curator confirms
 * one by setting `method: curated`, or merges it into a known actor with `merged_into: <id>`: its name and aliases
 * become the target's aliases, its roles the target's roles, and every record naming it names the target (record
 * ids stay as they are).
 */
/** Who held an office (an actors.yaml person) from one day to another; `until` left out while the term runs. */
export const officeTerm = z.object({ actor: slug, from: isoDate, until: isoDate.optional() }).strict();

export const actorEntry = z
  .object({
    id: slug,
    name: z.string().min(2),
    kind: z.enum(ACTOR_KINDS),
    country_code: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable()
      .optional(),
    description: z.string().optional(),
    aliases: z.array(z.string().min(1)).default([]),
    roles: z.array(z.string().min(2)).default([]),
    merged_into: slug.optional(),
    /** For an office the articles name without its holder ("the Secretary-General said"): who held it when. */
    holders: z.array(officeTerm).optional(),
    method: z.enum(METHODS).default('curated'),
    confidence: z.number().min(0).max(1).default(1),
  })
  .strict()
  .refine((a) => a.kind === 'state' || !a.country_code, 'country_code is for states only')
  .refine((a) => a.merged_into !== a.id, 'merged_into names the actor itself')
  .refine((a) => (a.holders ?? []).every((t) => !t.until || t.from <= t.until), 'holders: a term ends before it begins')
  .refine(
    (a) =>
      (a.holders ?? []).every((t, i, all) => all.slice(i + 1).every((u) => (t.until ?? '9999') < u.from || (u.until ?? '9999') < t.from)),
    'holders: two terms overlap',
  );

/**
 * What `npm run ingest` could not place in a record (a quotation with no speaker, a number with no metric, a vote
 * tally with no body, a record that failed a check): the passage, located like evidence, and why. The completeness
 * audit lists each until a curator deletes the entry, having written a record or an exclusion for it.
 */
export const NOT_PLACED_KINDS = ['statement', 'number', 'vote', 'event', 'figure'] as const;
export const notPlacedEntry = z
  .object({
    kind: z.enum(NOT_PLACED_KINDS),
    quote: z.string().min(1),
    occurrence: z.number().int().positive().optional(),
    reason: z.string().min(5),
  })
  .strict();

/** A record file: the curated records of one article (`seed/annotations/<source id>.yaml`). */
export const recordFile = z
  .object({
    source: slug,
    actors: z.array(actorEntry).default([]),
    events: z.array(eventRecord).default([]),
    statements: z.array(statementRecord).default([]),
    votes: z.array(voteRecord).default([]),
    figures: z.array(figureRecord).default([]),
    corroborations: z.array(corroboration).default([]),
    exclusions: z.array(exclusion).default([]),
    not_placed: z.array(notPlacedEntry).default([]),
  })
  .strict();

export const locationEntry = z
  .object({
    id: slug,
    name: z.string().min(2),
    kind: z.enum(LOCATION_KINDS),
    parent_id: slug.nullable().optional(),
    country_code: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable()
      .optional(),
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * For a capital: the actors.yaml state it stands for when reporters make it the speaker ("Moscow said", "Beijing's
     * envoy"). "In Moscow" stays the place.
     */
    stands_for: slug.optional(),
  })
  .strict()
  .refine((l) => !l.stands_for || l.kind === 'city', 'stands_for is for a capital city only');

export const sourceEntry = z
  .object({
    file: z.string().regex(/^[a-z0-9-]+\.txt$/),
    title: z.string().min(3),
    publisher: z.string().min(2),
    outlet: z.string().min(2),
    // A web address (http or https): the explorer links "Read at" to it, so javascript:, data: or mailto: is no source.
    url: z.url({ protocol: /^https?$/ }),
    published_on: isoDate,
    published_basis: z.enum(['text', 'url']),
    language: z.string().min(2),
    kind: z.string().min(2),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

/** A source's id: its article file's name without `.txt` (sources.json names the file, the records name the id). */
export const sourceIdOfFile = (file: string): string => file.replace(/\.txt$/, '');

export const sourcesFile = z.object({ about: z.string().optional(), sources: z.array(sourceEntry).min(1) }).strict();

export type RecordFile = z.infer<typeof recordFile>;
export type EventRecord = z.infer<typeof eventRecord>;
export type StatementRecord = z.infer<typeof statementRecord>;
export type VoteRecord = z.infer<typeof voteRecord>;
export type FigureRecord = z.infer<typeof figureRecord>;
export type When = z.infer<typeof when>;
export type EvidenceQuote = z.infer<typeof evidenceQuote>;
export type ActorEntry = z.infer<typeof actorEntry>;
export type NotPlacedEntry = z.infer<typeof notPlacedEntry>;
export type LocationEntry = z.infer<typeof locationEntry>;
export type SourceEntry = z.infer<typeof sourceEntry>;
