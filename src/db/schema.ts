/**
 * The ledger's relational schema. One definition drives the drizzle-kit migrations in migrations/ and the
 * typed queries in the seed. The full-text tables (FTS5) cannot be expressed here: they live in a custom
 * migration (migrations/0001_*.sql) and are filled by src/db/search-index.ts.
 *
 * Conventions:
 * - ids are readable, stable slugs (`sergei-lavrov`, `2016-12-05-sc-aleppo-ceasefire-draft`);
 * - every main date comes as value + precision + basis (+ note when inferred): the API never states a date more
 *   precisely than the article does;
 * - `sort_date` is the main date, or UNDATED_SORT_DATE (src/db/sort-date.ts) when the text gives none, so that
 *   keyset paging has a non-null key that an index can serve. It is never exposed by the API.
 * - `method` says whether a person curated the record or an extractor proposed it.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const ACTOR_KINDS = ['person', 'state', 'organization', 'un_body', 'armed_group', 'group'] as const;
export const LOCATION_KINDS = ['country', 'city', 'district', 'neighborhood', 'region', 'village', 'venue'] as const;
export const PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export const DATE_BASES = ['stated', 'relative', 'publication', 'inferred'] as const;
export const STATEMENT_KINDS = ['direct', 'partial', 'indirect'] as const;
export const VOTE_BODIES = ['security_council', 'general_assembly'] as const;
export const VOTE_OUTCOMES = ['adopted', 'not_adopted', 'pending', 'unknown'] as const;
export const TALLY_BASES = ['stated', 'derived', 'partial', 'unknown'] as const;
export const POSITIONS = ['yes', 'no', 'abstain'] as const;
export const EVENT_TYPES = [
  'veto',
  'un_vote',
  'un_meeting',
  'meeting',
  'talks',
  'press_conference',
  'trip',
  'pause',
  'offensive',
  'bombardment',
  'siege',
  'displacement',
  'evacuation',
  'appeal',
  'announcement',
  'report',
] as const;
export const FIGURE_CATEGORIES = [
  'humanitarian',
  'membership',
  'organizations',
  'military',
  'duration',
  'count',
  // Issue 11: ground held or taken (a share of a city, an area, districts) and money (an appeal, a share of it).
  'territory',
  'funding',
  // Issue 11 (s5): how far, in kilometres or miles ("25 kilometres west of the city", "a column five kilometres long").
  'distance',
] as const;
export const FIGURE_METRICS = [
  'trapped',
  'besieged',
  'killed',
  'injured',
  'displaced',
  'evacuated',
  'moved',
  'fighters',
  'member_states',
  'organizations',
  'countries',
  'supporting_states',
  'vetoes',
  'hours',
  // Issue 11: what else happens to people counted, as reporters write it ("fled", "out of reach of aid").
  'fled',
  'starving',
  'out_of_reach',
  'sheltering',
  'missing',
  'detained',
  // People in need of food, aid or assistance (the usual UN count).
  'in_need',
  // Issue 11: the rest of what reporters count. People separated from their families, and people given aid or
  // treatment (fed, treated, supplied); durations in days, weeks, months and years; a person's age and a family's
  // size; staff and workers counted with nothing happening to them; facilities (hospitals, kitchens), vehicles
  // (trucks, buses), supplies (meals, kits); ground (a share of a city, square kilometres, districts); money.
  'separated',
  'assisted',
  'duration',
  'age',
  'family_size',
  'staff',
  'facilities',
  'vehicles',
  'supplies',
  'territory',
  'funding',
  // Issue 11 (s5): people counted with nothing said to have happened to them (a population, those still in a place,
  // a list of names); what a place can hold (beds, "can hold 1,500 people"); strikes, sorties and munitions; records
  // kept as evidence (videos, testimonies, documents); a price; a distance.
  'people',
  'capacity',
  'attacks',
  'documents',
  'price',
  'distance',
  // Issue 11 (s46): a poll's share of those asked ("71% said it had not"), and animals counted ("Twenty-three cats,
  // four kittens among them").
  'opinion',
  'animals',
] as const;
export const QUALIFIERS = ['exact', 'more_than', 'at_least', 'nearly', 'about', 'at_most', 'range', 'vague'] as const;
export const METHODS = ['curated', 'extracted'] as const;
export const RECORD_TYPES = ['event', 'statement', 'vote', 'figure'] as const;
/** The kinds of record evidence supports. */
export type RecordType = (typeof RECORD_TYPES)[number];

/** `col IN ('a','b')` for a CHECK constraint; values are our own constants, never user input. */
const oneOf = (column: string, values: readonly string[]) => sql.raw(`${column} IN (${values.map((v) => `'${v}'`).join(', ')})`);

export const sources = sqliteTable(
  'sources',
  {
    id: text('id').primaryKey(),
    file: text('file').notNull(),
    title: text('title').notNull(),
    publisher: text('publisher').notNull(),
    outlet: text('outlet').notNull(),
    url: text('url').notNull(),
    publishedOn: text('published_on').notNull(),
    publishedBasis: text('published_basis').notNull(),
    language: text('language').notNull(),
    kind: text('kind').notNull(),
    wordCount: integer('word_count').notNull(),
    sha256: text('sha256').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('sources_published_idx').on(t.publishedOn, t.id)],
);

export const actors = sqliteTable(
  'actors',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    countryCode: text('country_code'),
    description: text('description'),
    /** `extracted`: an actor the ingest pipeline met for the first time, served at once until a curator confirms it. */
    method: text('method').notNull().default('curated'),
    confidence: real('confidence').notNull().default(1),
  },
  (t) => [
    check('actors_kind_check', oneOf('kind', ACTOR_KINDS)),
    check('actors_method_check', oneOf('method', METHODS)),
    check('actors_country_code_check', sql`country_code IS NULL OR length(country_code) = 3`),
    // Names sort case-insensitively ("al Qaeda" between "Aleppo Army" and "Amnesty"), served by these indexes.
    index('actors_kind_idx').on(t.kind, sql`${t.name} COLLATE NOCASE`, t.id),
    index('actors_name_idx').on(sql`${t.name} COLLATE NOCASE`, t.id),
  ],
);

export const actorAliases = sqliteTable(
  'actor_aliases',
  {
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    alias: text('alias').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.alias] }), index('actor_aliases_alias_idx').on(t.alias)],
);

export const actorRoles = sqliteTable(
  'actor_roles',
  {
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.role] })],
);

export const locations = sqliteTable(
  'locations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    parentId: text('parent_id'),
    countryCode: text('country_code'),
  },
  (t) => [
    check('locations_kind_check', oneOf('kind', LOCATION_KINDS)),
    index('locations_parent_idx').on(t.parentId),
    index('locations_kind_idx').on(t.kind, sql`${t.name} COLLATE NOCASE`, t.id),
    index('locations_name_idx').on(sql`${t.name} COLLATE NOCASE`, t.id),
  ],
);

export const locationAliases = sqliteTable(
  'location_aliases',
  {
    locationId: text('location_id')
      .notNull()
      .references(() => locations.id),
    alias: text('alias').notNull(),
  },
  (t) => [primaryKey({ columns: [t.locationId, t.alias] })],
);

/** The provenance columns of every sourced record (events, statements, votes, figures), fresh builders per table. */
const provenanceColumns = () => ({
  method: text('method').notNull().default('curated'),
  confidence: real('confidence').notNull().default(1),
  /** The curator's reasoning where the text left room for judgement (why a veto, why this venue). */
  note: text('note'),
});

export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    dateStart: text('date_start'),
    dateEnd: text('date_end'),
    datePrecision: text('date_precision').notNull(),
    dateBasis: text('date_basis').notNull(),
    dateNote: text('date_note'),
    sortDate: text('sort_date').notNull(),
    locationId: text('location_id').references(() => locations.id),
    ...provenanceColumns(),
    /**
     * The last day the event covers (src/db/event-spans.ts): `date_end`, or its start stretched to the end of the
     * month or year a month- or year-precision start names; null when undated. Computed by the build so that
     * `from`/`to` (span overlap) test it from the date indexes below instead of reading each row. Declared last
     * because migration 0010 added it last (ALTER TABLE ADD): the data package lists columns in this order.
     */
    spanEnd: text('span_end'),
  },
  (t) => [
    check('events_type_check', oneOf('type', EVENT_TYPES)),
    check('events_precision_check', oneOf('date_precision', PRECISIONS)),
    check('events_basis_check', oneOf('date_basis', DATE_BASES)),
    check('events_method_check', oneOf('method', METHODS)),
    // span_end last: the order stays (date, id) for keyset pages, and the overlap test reads the index entry.
    index('events_sort_idx').on(t.sortDate, t.id, t.spanEnd),
    index('events_type_idx').on(t.type, t.sortDate, t.id, t.spanEnd),
    index('events_location_idx').on(t.locationId, t.sortDate, t.id, t.spanEnd),
  ],
);

export const eventActors = sqliteTable(
  'event_actors',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.actorId, t.role] }), index('event_actors_actor_idx').on(t.actorId, t.eventId)],
);

export const statements = sqliteTable(
  'statements',
  {
    id: text('id').primaryKey(),
    speakerId: text('speaker_id')
      .notNull()
      .references(() => actors.id),
    speakerRole: text('speaker_role'),
    text: text('text').notNull(),
    kind: text('kind').notNull(),
    saidOn: text('said_on'),
    saidPrecision: text('said_precision').notNull(),
    saidBasis: text('said_basis').notNull(),
    saidNote: text('said_note'),
    sortDate: text('sort_date').notNull(),
    placeId: text('place_id').references(() => locations.id),
    eventId: text('event_id').references(() => events.id),
    ...provenanceColumns(),
  },
  (t) => [
    check('statements_kind_check', oneOf('kind', STATEMENT_KINDS)),
    check('statements_precision_check', oneOf('said_precision', PRECISIONS)),
    check('statements_basis_check', oneOf('said_basis', DATE_BASES)),
    check('statements_method_check', oneOf('method', METHODS)),
    index('statements_sort_idx').on(t.sortDate, t.id),
    index('statements_speaker_idx').on(t.speakerId, t.sortDate, t.id),
    index('statements_kind_idx').on(t.kind, t.sortDate, t.id),
    index('statements_place_idx').on(t.placeId, t.sortDate, t.id),
    index('statements_event_idx').on(t.eventId),
  ],
);

export const votes = sqliteTable(
  'votes',
  {
    id: text('id').primaryKey(),
    body: text('body').notNull(),
    votedOn: text('voted_on'),
    votedPrecision: text('voted_precision').notNull(),
    votedBasis: text('voted_basis').notNull(),
    votedNote: text('voted_note'),
    sortDate: text('sort_date').notNull(),
    subject: text('subject').notNull(),
    outcome: text('outcome').notNull(),
    binding: integer('binding', { mode: 'boolean' }),
    tallyYes: integer('tally_yes'),
    tallyNo: integer('tally_no'),
    tallyAbstain: integer('tally_abstain'),
    tallyBasis: text('tally_basis').notNull(),
    tallyNote: text('tally_note'),
    eventId: text('event_id').references(() => events.id),
    ...provenanceColumns(),
  },
  (t) => [
    check('votes_body_check', oneOf('body', VOTE_BODIES)),
    check('votes_outcome_check', oneOf('outcome', VOTE_OUTCOMES)),
    check('votes_tally_basis_check', oneOf('tally_basis', TALLY_BASES)),
    check('votes_precision_check', oneOf('voted_precision', PRECISIONS)),
    check('votes_basis_check', oneOf('voted_basis', DATE_BASES)),
    check('votes_method_check', oneOf('method', METHODS)),
    index('votes_sort_idx').on(t.sortDate, t.id),
    index('votes_body_idx').on(t.body, t.sortDate, t.id),
    index('votes_outcome_idx').on(t.outcome, t.sortDate, t.id),
    index('votes_event_idx').on(t.eventId),
  ],
);

export const voteSponsors = sqliteTable(
  'vote_sponsors',
  {
    voteId: text('vote_id')
      .notNull()
      .references(() => votes.id),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
  },
  (t) => [primaryKey({ columns: [t.voteId, t.actorId] })],
);

export const votePositions = sqliteTable(
  'vote_positions',
  {
    voteId: text('vote_id')
      .notNull()
      .references(() => votes.id),
    memberId: text('member_id')
      .notNull()
      .references(() => actors.id),
    position: text('position').notNull(),
    veto: integer('veto', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.voteId, t.memberId] }),
    check('vote_positions_position_check', oneOf('position', POSITIONS)),
    check('vote_positions_veto_check', sql`veto = 0 OR position = 'no'`),
    index('vote_positions_member_idx').on(t.memberId, t.position, t.voteId),
    index('vote_positions_veto_idx').on(t.veto, t.memberId, t.voteId),
  ],
);

export const figures = sqliteTable(
  'figures',
  {
    id: text('id').primaryKey(),
    metric: text('metric').notNull(),
    category: text('category').notNull(),
    value: real('value'),
    low: real('low'),
    high: real('high'),
    qualifier: text('qualifier').notNull(),
    rawText: text('raw_text').notNull(),
    unit: text('unit').notNull(),
    subject: text('subject'),
    locationId: text('location_id').references(() => locations.id),
    asOf: text('as_of'),
    asOfPrecision: text('as_of_precision').notNull(),
    asOfBasis: text('as_of_basis').notNull(),
    asOfNote: text('as_of_note'),
    sortDate: text('sort_date').notNull(),
    claimedById: text('claimed_by_id').references(() => actors.id),
    eventId: text('event_id').references(() => events.id),
    ...provenanceColumns(),
    /** The quantity this figure is one claim about (seed/quantities.yaml), or null. */
    quantityId: text('quantity_id').references(() => quantities.id),
  },
  (t) => [
    check('figures_category_check', oneOf('category', FIGURE_CATEGORIES)),
    check('figures_metric_check', oneOf('metric', FIGURE_METRICS)),
    check('figures_qualifier_check', oneOf('qualifier', QUALIFIERS)),
    check('figures_precision_check', oneOf('as_of_precision', PRECISIONS)),
    check('figures_basis_check', oneOf('as_of_basis', DATE_BASES)),
    check('figures_method_check', oneOf('method', METHODS)),
    check('figures_bounds_check', sql`low IS NULL OR high IS NULL OR low <= high`),
    index('figures_sort_idx').on(t.sortDate, t.id),
    index('figures_metric_idx').on(t.metric, t.sortDate, t.id),
    index('figures_category_idx').on(t.category, t.sortDate, t.id),
    index('figures_location_idx').on(t.locationId, t.sortDate, t.id),
    index('figures_claimed_by_idx').on(t.claimedById, t.sortDate, t.id),
    index('figures_event_idx').on(t.eventId),
    index('figures_quantity_idx').on(t.quantityId, t.sortDate, t.id),
  ],
);

/**
 * One measured thing ("people trapped in eastern Aleppo in early December 2016") that several figures make
 * claims about. Which figures belong together is the curator's decision (seed/quantities.yaml, with a note);
 * the period, the envelope and `consistent` are computed by the seed from the claims, since the published
 * database never changes.
 */
export const quantities = sqliteTable(
  'quantities',
  {
    id: text('id').primaryKey(),
    metric: text('metric').notNull(),
    category: text('category').notNull(),
    unit: text('unit').notNull(),
    /** Why figures counting another unit (civilians for people) are claims about this quantity. */
    unitNote: text('unit_note'),
    subject: text('subject').notNull(),
    locationId: text('location_id').references(() => locations.id),
    /** The earliest and latest `as_of` of the claims (null when no claim is dated). */
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    /** The interval every claim allows at once; null where no claim bounds it. */
    envelopeLow: real('envelope_low'),
    envelopeHigh: real('envelope_high'),
    consistent: integer('consistent', { mode: 'boolean' }).notNull(),
    claimCount: integer('claim_count').notNull(),
    note: text('note').notNull(),
    sortDate: text('sort_date').notNull(),
  },
  (t) => [
    check('quantities_category_check', oneOf('category', FIGURE_CATEGORIES)),
    check('quantities_metric_check', oneOf('metric', FIGURE_METRICS)),
    index('quantities_sort_idx').on(t.sortDate, t.id),
    index('quantities_metric_idx').on(t.metric, t.sortDate, t.id),
    index('quantities_location_idx').on(t.locationId, t.sortDate, t.id),
  ],
);

/**
 * The location hierarchy's closure, computed by the seed: one row per place and each place that contains it,
 * itself included (depth 0). `within=aleppo` is then one indexed lookup of every place inside Aleppo.
 */
export const locationAncestors = sqliteTable(
  'location_ancestors',
  {
    locationId: text('location_id')
      .notNull()
      .references(() => locations.id),
    ancestorId: text('ancestor_id')
      .notNull()
      .references(() => locations.id),
    depth: integer('depth').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ancestorId, t.locationId] }), index('location_ancestors_location_idx').on(t.locationId)],
);

/**
 * Ties any event, statement, vote or figure to the exact characters of a source: `quote` is
 * `sources.text.slice(start, end)` (JavaScript string indices), checked by the seed before publishing.
 */
export const evidence = sqliteTable(
  'evidence',
  {
    id: integer('id').primaryKey(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    seq: integer('seq').notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    quote: text('quote').notNull(),
  },
  (t) => [
    check('evidence_record_type_check', oneOf('record_type', RECORD_TYPES)),
    check('evidence_span_check', sql`start >= 0 AND "end" > start`),
    index('evidence_record_idx').on(t.recordType, t.recordId, t.seq),
    index('evidence_source_idx').on(t.sourceId, t.recordType, t.recordId),
  ],
);

/**
 * Passages the completeness audit would otherwise flag (scare quotes that are not speech, numbers that are
 * not facts, such as a video player's 0:03:02), each with the curator's reason.
 */
export const exclusions = sqliteTable(
  'exclusions',
  {
    id: integer('id').primaryKey(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    quote: text('quote').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [index('exclusions_source_idx').on(t.sourceId, t.start)],
);

/** Facts about the build itself: schema version, build id (the ETag seed), counts, input digest. */
export const ledgerMeta = sqliteTable('ledger_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * Each event, statement, vote and figure as the API serves it, rendered once by the build (src/seed/render-records.ts)
 * with the same compiled serializers the routes use: `json` is the record in a list (evidence and names embedded),
 * `detail_tail` what its single view adds (the view is `json` without its closing brace, then the tail), `csv` its
 * row in a CSV list (without the line break). The database is immutable, so a page is assembled from these strings
 * instead of computed from rows on every request.
 */
export const rendered = sqliteTable(
  'rendered',
  {
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    json: text('json').notNull(),
    detailTail: text('detail_tail').notNull(),
    csv: text('csv').notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordType, t.recordId] }), check('rendered_record_type_check', oneOf('record_type', RECORD_TYPES))],
);

/*
 * Facet counts computed when the database is built (src/db/facet-counts.ts): per list, the number of records for
 * each combination of its cheap, single-valued facet dimensions. The database never changes once published, so a
 * facet request whose filters all fall on these dimensions is answered by summing a few hundred rows instead of
 * grouping a million. `month` is `YYYY-MM` for a day- or month-precision date, `year` `YYYY` for any known date;
 * null otherwise (the buckets the month and year facets give). Every counts table ends with the same columns after
 * its own dimensions: the method, the month and year of the main date, and the count.
 */
const facetCountColumns = () => ({
  method: text('method').notNull(),
  month: text('month'),
  year: text('year'),
  n: integer('n').notNull(),
});

export const eventFacetCounts = sqliteTable('event_facet_counts', {
  type: text('type').notNull(),
  ...facetCountColumns(),
});

export const statementFacetCounts = sqliteTable('statement_facet_counts', {
  kind: text('kind').notNull(),
  ...facetCountColumns(),
});

export const voteFacetCounts = sqliteTable('vote_facet_counts', {
  body: text('body').notNull(),
  outcome: text('outcome').notNull(),
  ...facetCountColumns(),
});

export const figureFacetCounts = sqliteTable('figure_facet_counts', {
  metric: text('metric').notNull(),
  category: text('category').notNull(),
  ...facetCountColumns(),
});

/*
 * Facet counts by one more dimension (src/db/facet-counts.ts, "slices"): for each list, the number of records per
 * value of one of its id facets (an event's actor, source or place; ...) and the same dimensions as its counts
 * table. `dimension` names the facet, `value` its value (null: records with none). A record with several values
 * of a dimension (an event's actors) counts once under each, so a sum over one value is exact, a sum over several
 * is not (the repository only sums one value of a multi-valued dimension). The covering index makes a facet with
 * an actor or a place a range scan of this table.
 */
const sliceColumns = () => ({
  dimension: text('dimension').notNull(),
  value: text('value'),
});

export const eventFacetSlices = sqliteTable(
  'event_facet_slices',
  {
    ...sliceColumns(),
    type: text('type').notNull(),
    ...facetCountColumns(),
  },
  (t) => [index('event_facet_slices_idx').on(t.dimension, t.value, t.type, t.method, t.month, t.year, t.n)],
);

export const statementFacetSlices = sqliteTable(
  'statement_facet_slices',
  {
    ...sliceColumns(),
    kind: text('kind').notNull(),
    ...facetCountColumns(),
  },
  (t) => [index('statement_facet_slices_idx').on(t.dimension, t.value, t.kind, t.method, t.month, t.year, t.n)],
);

export const figureFacetSlices = sqliteTable(
  'figure_facet_slices',
  {
    ...sliceColumns(),
    metric: text('metric').notNull(),
    category: text('category').notNull(),
    ...facetCountColumns(),
  },
  (t) => [index('figure_facet_slices_idx').on(t.dimension, t.value, t.metric, t.category, t.method, t.month, t.year, t.n)],
);
