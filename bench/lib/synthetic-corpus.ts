/**
 * Generates a synthetic Aleppo Ledger corpus of any size straight into SQLite (no intermediate objects): a
 * gazetteer, thousands of actors (the 193 UN member states, UN bodies, organisations, armed groups, people) and
 * sources (whole generated articles), then events, statements, votes and figures whose dates spread over years
 * (denser in the 2016 siege), each with one to four evidence spans whose `quote` IS `source.text.slice(start, end)`.
 *
 * Deterministic: the same seed and sizes give the same rows, in the same order, with the same ids.
 * Records are produced in date order, as an ingest of dated articles would add them.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import {
  DATE_BASES,
  EVENT_TYPES,
  FIGURE_CATEGORIES,
  FIGURE_METRICS,
  METHODS,
  POSITIONS,
  PRECISIONS,
  QUALIFIERS,
  RECORD_TYPES,
  STATEMENT_KINDS,
  TALLY_BASES,
  VOTE_BODIES,
  VOTE_OUTCOMES,
} from '../../src/db/schema.js';
import { BulkInsert } from './bulk-insert.js';
import { firstAbove, Rng, Weighted } from './prng.js';
import { type Article, formatNumber, TextMaker } from './text.js';
import {
  ALEPPO_NEIGHBORHOODS,
  EVENT_ROLES,
  FIRST_NAMES,
  LAST_NAMES,
  ORGANIZATIONS,
  OTHER_PLACES,
  PERMANENT_MEMBERS,
  PUBLISHERS,
  ROLE_TITLES,
  SOURCE_KINDS,
  TOPIC_WORDS,
  UN_BODIES,
  UN_MEMBER_STATES,
  VILLAGE_PREFIXES,
  VILLAGE_ROOTS,
} from './vocabulary.js';

export interface SyntheticSizes {
  statements: number;
  events: number;
  votes: number;
  figures: number;
  sources: number;
  actors: number;
  locations: number;
}

/** Bump when the generator's output changes for the same seed and sizes (it is part of the build id). */
export const GENERATOR_VERSION = 2;

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(n)));

/** Sizes for `--records N` (statements and events each), any of them overridable. */
export function defaultSizes(records: number, overrides: Partial<SyntheticSizes> = {}): SyntheticSizes {
  const sizes: SyntheticSizes = {
    statements: records,
    events: records,
    votes: clamp(records / 100, 3, 1_000_000),
    figures: clamp(records / 10, 5, 10_000_000),
    sources: clamp(records / 200, 20, 50_000),
    actors: clamp(records / 200, 300, 50_000),
    locations: clamp(records / 2000, 80, 5_000),
  };
  for (const [key, value] of Object.entries(overrides) as [keyof SyntheticSizes, number | undefined][]) {
    if (value !== undefined) sizes[key] = value;
  }
  return sizes;
}

/** Main records: what the generator's rate counts. */
export const recordCount = (s: SyntheticSizes) => s.statements + s.events + s.votes + s.figures;

export interface GenerateHooks {
  /** Called after every `every` main records (and once at the end) with the running total. */
  tick?: (records: number) => void;
  every?: number;
}

export type RowCounts = Record<string, number>;

// ---- dates -------------------------------------------------------------------------------------------------

const UNKNOWN_SORT_DATE = '9999-12-31';

/**
 * Days from 2011-03-15 to 2020-12-31, weighted: 2012-2013 double, 2016 triple, the siege (July to December 2016)
 * ten times. `at(u)` maps u in [0, 1) to a day, monotonically, so records generated in order come out in date order.
 */
class DateScale {
  readonly days: string[] = [];
  /** For each day, the date recorded at month precision (`YYYY-MM-01`) and at year precision (`YYYY-01-01`). */
  readonly months: string[] = [];
  readonly years: string[] = [];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor() {
    const start = Date.UTC(2011, 2, 15);
    const end = Date.UTC(2020, 11, 31);
    const weights: number[] = [];
    for (let t = start; t <= end; t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      this.days.push(day);
      this.months.push(`${day.slice(0, 7)}-01`);
      this.years.push(`${day.slice(0, 4)}-01-01`);
      const year = day.slice(0, 4);
      let w = 1;
      if (year === '2012' || year === '2013') w = 2;
      if (year === '2016') w = day >= '2016-07-01' ? 10 : 3;
      weights.push(w);
    }
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      sum += weights[i] as number;
      this.cumulative[i] = sum;
    }
    this.total = sum;
  }

  /** The index in `days` of the day at u. */
  index(u: number): number {
    return firstAbove(this.cumulative, u * this.total);
  }

  at(u: number): string {
    return this.days[this.index(u)] as string;
  }

  /** The date recorded for day `index` at a precision (null if unknown). */
  date(index: number, precision: string): string | null {
    if (precision === 'day') return this.days[index] as string;
    if (precision === 'month') return this.months[index] as string;
    if (precision === 'year') return this.years[index] as string;
    return null;
  }
}

/** One scale for the whole module: it is immutable. */
const SCALE = new DateScale();

interface DatedValue {
  date: string | null;
  precision: string;
  basis: string;
  note: string | null;
  sort: string;
}

const precisions = Weighted.of({ day: 86, month: 7, year: 3, unknown: 4 });
const bases = new Weighted(DATE_BASES, [50, 25, 20, 5]);

function dated(rng: Rng, text: TextMaker, day: number): DatedValue {
  // Precision first, then the basis inside datedWith: the same draws, in the same order, as ever.
  return datedWith(rng, text, day, precisions.sample(rng));
}

const slugify = (s: string) =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Allocates unique slugs: the second `ahmad-haddad` becomes `ahmad-haddad-2`. */
class SlugSet {
  private readonly used = new Map<string, number>();
  take(base: string): string {
    const slug = base || 'x';
    const n = (this.used.get(slug) ?? 0) + 1;
    this.used.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  }
}

// ---- the generator -------------------------------------------------------------------------------------------

interface SourceInfo {
  id: string;
  text: string;
  spans: Int32Array;
}

interface ActorInfo {
  id: string;
  name: string;
  kind: string;
  code: string | null;
  roles: string[];
}

const EVENT_LABELS: Record<(typeof EVENT_TYPES)[number], string> = {
  veto: 'veto in the Security Council',
  un_vote: 'UN vote',
  un_meeting: 'Security Council meeting',
  meeting: 'meeting',
  talks: 'talks',
  press_conference: 'press conference',
  trip: 'visit',
  pause: 'humanitarian pause',
  offensive: 'ground offensive',
  bombardment: 'airstrikes',
  siege: 'siege',
  displacement: 'displacement of families',
  evacuation: 'evacuation',
  appeal: 'appeal for access',
  announcement: 'announcement',
  report: 'report',
};

const eventTypes = new Weighted(EVENT_TYPES, [1, 2, 4, 6, 6, 6, 3, 3, 8, 18, 3, 6, 6, 8, 10, 10]);
const statementKinds = new Weighted(STATEMENT_KINDS, [50, 15, 35]);
const metrics = new Weighted(FIGURE_METRICS, [10, 6, 20, 12, 12, 10, 3, 5, 2, 2, 3, 2, 1, 2]);
const qualifiers = new Weighted(QUALIFIERS, [30, 15, 15, 8, 12, 3, 7, 10]);
const CATEGORY_OF: Record<(typeof FIGURE_METRICS)[number], string> = {
  trapped: 'humanitarian',
  besieged: 'humanitarian',
  killed: 'humanitarian',
  injured: 'humanitarian',
  displaced: 'humanitarian',
  evacuated: 'humanitarian',
  moved: 'humanitarian',
  fighters: 'military',
  member_states: 'membership',
  organizations: 'organizations',
  countries: 'membership',
  supporting_states: 'membership',
  vetoes: 'count',
  hours: 'duration',
};
const MAGNITUDE: Record<(typeof FIGURE_METRICS)[number], [number, number]> = {
  trapped: [1000, 300_000],
  besieged: [1000, 300_000],
  killed: [1, 5000],
  injured: [1, 10_000],
  displaced: [100, 500_000],
  evacuated: [50, 50_000],
  moved: [50, 50_000],
  fighters: [100, 10_000],
  member_states: [10, 193],
  organizations: [5, 300],
  countries: [5, 193],
  supporting_states: [5, 193],
  vetoes: [1, 8],
  hours: [3, 72],
};
const UNIT_OF: Partial<Record<(typeof FIGURE_METRICS)[number], string>> = {
  fighters: 'fighters',
  member_states: 'states',
  organizations: 'organizations',
  countries: 'countries',
  supporting_states: 'countries',
  vetoes: 'vetoes',
  hours: 'hours',
};

/** The reference data every part needs: gazetteer, actors, sources (with their quotable spans). */
export interface Shared {
  locations: { id: string; name: string }[];
  locationPick: Weighted<{ id: string; name: string }>;
  actors: ActorInfo[];
  speakers: Weighted<number>;
  participants: Weighted<number>;
  claimants: number[];
  stateList: number[];
  permanent: number[];
  elected: number[];
  sources: SourceInfo[];
  names: string[];
  places: string[];
}

type Inserter = Pick<BulkInsert, 'add'>;
const NO_INSERT: Inserter = { add: () => {} };

const COLUMNS = {
  sources: [
    'id',
    'file',
    'title',
    'publisher',
    'outlet',
    'url',
    'published_on',
    'published_basis',
    'language',
    'kind',
    'word_count',
    'sha256',
    'text',
  ],
  actors: ['id', 'name', 'kind', 'country_code', 'description'],
  actor_aliases: ['actor_id', 'alias'],
  actor_roles: ['actor_id', 'role'],
  locations: ['id', 'name', 'kind', 'parent_id', 'country_code'],
  location_aliases: ['location_id', 'alias'],
  events: [
    'id',
    'type',
    'title',
    'summary',
    'date_start',
    'date_end',
    'date_precision',
    'date_basis',
    'date_note',
    'sort_date',
    'location_id',
    'method',
    'confidence',
  ],
  event_actors: ['event_id', 'actor_id', 'role'],
  statements: [
    'id',
    'speaker_id',
    'speaker_role',
    'text',
    'kind',
    'said_on',
    'said_precision',
    'said_basis',
    'said_note',
    'sort_date',
    'place_id',
    'event_id',
    'method',
    'confidence',
  ],
  votes: [
    'id',
    'body',
    'voted_on',
    'voted_precision',
    'voted_basis',
    'voted_note',
    'sort_date',
    'subject',
    'outcome',
    'binding',
    'tally_yes',
    'tally_no',
    'tally_abstain',
    'tally_basis',
    'tally_note',
    'event_id',
    'method',
    'confidence',
  ],
  vote_sponsors: ['vote_id', 'actor_id'],
  vote_positions: ['vote_id', 'member_id', 'position', 'veto'],
  figures: [
    'id',
    'metric',
    'category',
    'value',
    'low',
    'high',
    'qualifier',
    'raw_text',
    'unit',
    'subject',
    'location_id',
    'as_of',
    'as_of_precision',
    'as_of_basis',
    'as_of_note',
    'sort_date',
    'claimed_by_id',
    'event_id',
    'method',
    'confidence',
  ],
  evidence: ['id', 'record_type', 'record_id', 'seq', 'source_id', 'start', 'end', 'quote'],
  exclusions: ['id', 'source_id', 'start', 'end', 'quote', 'reason'],
} as const;

type TableName = keyof typeof COLUMNS;
const BATCH: Partial<Record<TableName, number>> = { sources: 16 };

/** Enum columns of the big tables, bound as their position in the schema's list (see BulkInsert). */
const CODED: Partial<Record<TableName, Record<string, readonly string[]>>> = {
  events: { type: EVENT_TYPES, date_precision: PRECISIONS, date_basis: DATE_BASES, method: METHODS },
  event_actors: { role: EVENT_ROLES },
  statements: { kind: STATEMENT_KINDS, said_precision: PRECISIONS, said_basis: DATE_BASES, method: METHODS },
  votes: {
    body: VOTE_BODIES,
    voted_precision: PRECISIONS,
    voted_basis: DATE_BASES,
    outcome: VOTE_OUTCOMES,
    tally_basis: TALLY_BASES,
    method: METHODS,
  },
  vote_positions: { position: POSITIONS },
  figures: {
    metric: FIGURE_METRICS,
    category: FIGURE_CATEGORIES,
    qualifier: QUALIFIERS,
    as_of_precision: PRECISIONS,
    as_of_basis: DATE_BASES,
    method: METHODS,
  },
  evidence: { record_type: RECORD_TYPES },
};

class Inserters {
  private readonly all = new Map<TableName, BulkInsert>();
  constructor(private readonly db: Database.Database | null) {}
  get(table: TableName): Inserter {
    if (!this.db) return NO_INSERT;
    let insert = this.all.get(table);
    if (!insert) {
      insert = new BulkInsert(this.db, table, COLUMNS[table], BATCH[table] ?? 256, CODED[table]);
      this.all.set(table, insert);
    }
    return insert;
  }
  finish(): RowCounts {
    const counts: RowCounts = {};
    for (const [table, insert] of this.all) {
      insert.flush();
      counts[table] = insert.count;
      if (process.env.SYNTHETIC_DEBUG)
        process.stderr.write(
          `  ${table.padEnd(18)} ${String(insert.count).padStart(9)} rows ${(insert.sqliteMs / 1000).toFixed(2).padStart(7)} s in SQLite\n`,
        );
    }
    return counts;
  }
}

const streams = (seed: string) => (label: string) => new Rng(`aleppo-ledger-synthetic:${GENERATOR_VERSION}:${seed}:${label}`);

/** Gazetteer, actors and sources: inserted when `db` is given, always returned (every part regenerates them). */
export function generateShared(db: Database.Database | null, seed: string, sizes: SyntheticSizes): Shared {
  const stream = streams(seed);
  const ins = new Inserters(db);
  const insLocations = ins.get('locations');
  const insLocationAliases = ins.get('location_aliases');

  // ---- gazetteer ----------------------------------------------------------------------------------------
  const locRng = stream('locations');
  const locationSlugs = new SlugSet();
  const locations: { id: string; name: string }[] = [];
  const addLocation = (name: string, kind: string, parent: string | null, code: string | null) => {
    const id = locationSlugs.take(slugify(name));
    locations.push({ id, name });
    insLocations.add([id, name, kind, parent, code]);
    insLocationAliases.add([id, name]);
    const plain = name.replace(/-/g, ' ');
    if (plain !== name) insLocationAliases.add([id, plain]);
    return id;
  };
  const stateName = new Map(UN_MEMBER_STATES);
  const syria = addLocation('Syria', 'country', null, 'SYR');
  const aleppo = addLocation('Aleppo', 'city', syria, 'SYR');
  const east = addLocation('Eastern Aleppo', 'district', aleppo, 'SYR');
  const west = addLocation('Western Aleppo', 'district', aleppo, 'SYR');
  const governorate = addLocation('Aleppo Governorate', 'region', syria, 'SYR');
  for (const [i, name] of ALEPPO_NEIGHBORHOODS.entries()) {
    if (locations.length >= sizes.locations) break;
    addLocation(name, 'neighborhood', i % 3 === 2 ? west : east, 'SYR');
  }
  const countries = new Map<string, string>([['SYR', syria]]);
  for (const [name, kind, code] of OTHER_PLACES) {
    if (locations.length >= sizes.locations) break;
    let parent: string | null = null;
    if (code) {
      parent = countries.get(code) ?? null;
      if (!parent) {
        parent = addLocation(stateName.get(code) ?? code, 'country', null, code);
        countries.set(code, parent);
      }
    }
    addLocation(name, kind, parent, code);
  }
  while (locations.length < sizes.locations) {
    addLocation(`${locRng.pick(VILLAGE_PREFIXES)} ${locRng.pick(VILLAGE_ROOTS)}`, 'village', governorate, 'SYR');
  }

  // ---- actors ---------------------------------------------------------------------------------------------
  const insActors = ins.get('actors');
  const insAliases = ins.get('actor_aliases');
  const insRoles = ins.get('actor_roles');
  const actRng = stream('actors');
  const actorSlugs = new SlugSet();
  const actors: ActorInfo[] = [];
  const addActor = (
    name: string,
    kind: string,
    code: string | null,
    aliases: (string | null)[],
    roles: string[],
    description: string | null,
  ) => {
    const id = actorSlugs.take(slugify(name));
    actors.push({ id, name, kind, code, roles });
    insActors.add([id, name, kind, code, description]);
    for (const alias of new Set([name, ...aliases.filter((a): a is string => !!a)])) insAliases.add([id, alias]);
    for (const role of roles) insRoles.add([id, role]);
    return actors.length - 1;
  };
  const stateIndex = new Map<string, number>();
  for (const [code, name] of UN_MEMBER_STATES) {
    stateIndex.set(code, addActor(name, 'state', code, [code, `the ${name} delegation`], [], null));
  }
  for (const [name, acronym] of UN_BODIES) addActor(name, 'un_body', null, [acronym, name.replace(/^UN /, 'United Nations ')], [], null);
  for (const [name, acronym] of ORGANIZATIONS) addActor(name, 'organization', null, [acronym], [], null);
  const armedGroups = Math.max(5, Math.round(sizes.actors * 0.02));
  for (let i = 0; i < armedGroups && actors.length < sizes.actors; i++) {
    const root = actRng.pick(VILLAGE_ROOTS);
    const name = actRng.pick([`Jaish al-${root}`, `${root} Brigade`, `Liwa al-${root}`, `Harakat ${root}`, `${root} Front`]);
    addActor(name, 'armed_group', null, [], [], actRng.chance(0.3) ? `armed group active around ${actRng.pick(locations).name}` : null);
  }
  const groups = Math.max(3, Math.round(sizes.actors * 0.01));
  for (let i = 0; i < groups && actors.length < sizes.actors; i++) {
    addActor(
      `${actRng.pick(['Residents', 'Doctors', 'Teachers', 'Volunteers', 'Families', 'Lawyers'])} of ${actRng.pick(locations).name}`,
      'group',
      null,
      [],
      [],
      null,
    );
  }
  while (actors.length < sizes.actors) {
    const first = actRng.pick(FIRST_NAMES);
    const last = actRng.pick(LAST_NAMES);
    const name = `${first} ${last}`;
    const [code, country] = actRng.pick(UN_MEMBER_STATES);
    const roles = [`${country} ${actRng.pick(ROLE_TITLES)}`];
    if (actRng.chance(0.3)) roles.push(actRng.pick(ROLE_TITLES));
    addActor(
      name,
      'person',
      null,
      [last, actRng.chance(0.3) ? `${roles[0]} ${name}` : null],
      [...new Set(roles)],
      actRng.chance(0.1) ? `${country} official (${code})` : null,
    );
  }
  // Who speaks: a Zipf over a seeded shuffle, so a few actors say a large share (as in the news).
  const speakerOrder = actors.map((_, i) => i);
  for (let i = speakerOrder.length - 1; i > 0; i--) {
    const j = actRng.int(i + 1);
    [speakerOrder[i], speakerOrder[j]] = [speakerOrder[j] as number, speakerOrder[i] as number];
  }
  const names = actors.map((a) => a.name);
  const places = locations.map((l) => l.name);

  // ---- sources (whole articles) ---------------------------------------------------------------------------
  const insSources = ins.get('sources');
  const insExclusions = ins.get('exclusions');
  const srcRng = stream('sources');
  const text = new TextMaker(stream('sources-text'), names, places);
  const sourceSlugs = new SlugSet();
  const sources: SourceInfo[] = [];
  let exclusionId = 0;
  for (let i = 0; i < sizes.sources; i++) {
    const day = SCALE.at((i + srcRng.next()) / sizes.sources);
    const [publisher, outlet, pubSlug] = srcRng.pick(PUBLISHERS);
    const title = `${srcRng.pick(['Pressure builds over', 'UN warns on', 'Talks stall on', 'Fighting rages as', 'Aid blocked amid', 'Council split over', 'Civilians flee', 'Envoy pushes for'])} ${text.object()} in ${text.place()}`;
    const topic = title.split(' ').slice(0, 4).map(slugify).filter(Boolean).join('-');
    const id = sourceSlugs.take(`${pubSlug}-${day}-${topic}`);
    const article: Article = text.article(srcRng.range(350, 900));
    // Hashing is only needed for the rows written; a part regenerating the sources skips it.
    const sha256 = db ? createHash('sha256').update(article.text, 'utf8').digest('hex') : '';
    insSources.add([
      id,
      `${id}.txt`,
      title,
      publisher,
      outlet,
      `https://${outlet}/${day.replace(/-/g, '/')}/${topic}-${i.toString(36)}`,
      day,
      srcRng.chance(0.7) ? 'text' : 'url',
      'en',
      srcRng.pick(SOURCE_KINDS),
      article.words,
      sha256,
      article.text,
    ]);
    sources.push({ id, text: article.text, spans: article.spans });
    const exclusions = srcRng.int(3);
    for (let k = 0; k < exclusions; k++) {
      const span = srcRng.int(article.spans.length / 2);
      const start = article.spans[2 * span] as number;
      const end = Math.min(article.spans[2 * span + 1] as number, start + 40);
      insExclusions.add([
        ++exclusionId,
        id,
        start,
        end,
        article.text.slice(start, end),
        srcRng.pick(['scare quotes, not speech', 'a number that is not a fact (a video timestamp)', 'a headline repeated in the text']),
      ]);
    }
  }
  ins.finish();

  const stateList = [...stateIndex.values()];
  const permanent = PERMANENT_MEMBERS.map((code) => stateIndex.get(code) as number);
  return {
    locations,
    locationPick: Weighted.zipf(locations, 0.8),
    actors,
    speakers: Weighted.zipf(speakerOrder, 0.9),
    participants: Weighted.zipf(speakerOrder.slice().reverse(), 0.7),
    claimants: actors.map((_, i) => i).filter((i) => actors[i]?.kind !== 'state' || i % 5 === 0),
    stateList,
    permanent,
    elected: stateList.filter((i) => !permanent.includes(i)),
    sources,
    names,
    places,
  };
}

/** A location id as it appears inside record ids: at most 24 characters, no trailing hyphen. */
const idPlace = (locationId: string) => locationId.slice(0, 24).replace(/-$/, '');

/**
 * What decides an event's id, drawn from its own stream so that any part can recompute the ids cheaply. Kept in
 * typed arrays (a million id strings would keep the garbage collector busy copying them); `id(i)` builds one.
 */
interface EventKeys {
  count: number;
  u: Float64Array;
  /** Index into SCALE.days. */
  day: Int32Array;
  /** Index into precisions.items. */
  precision: Uint8Array;
  /** Index into EVENT_TYPES (eventTypes.items). */
  type: Uint8Array;
  /** Index into shared.locations, or -1. */
  location: Int32Array;
  id(i: number): string;
}

function eventKeys(seed: string, sizes: SyntheticSizes, shared: Shared): EventKeys {
  const rng = streams(seed)('event-keys');
  const n = sizes.events;
  // The slugs that go into ids, once per location and type rather than once per event.
  const placeOf = shared.locations.map((l) => idPlace(l.id));
  const typeSlug = eventTypes.items.map((t) => t.replace(/_/g, '-'));
  const keys: EventKeys = {
    count: n,
    u: new Float64Array(n),
    day: new Int32Array(n),
    precision: new Uint8Array(n),
    type: new Uint8Array(n),
    location: new Int32Array(n),
    id: (i) => {
      const location = keys.location[i] as number;
      const date = SCALE.date(keys.day[i] as number, precisions.items[keys.precision[i] as number] as string);
      const place = location >= 0 ? placeOf[location] : TOPIC_WORDS[i % TOPIC_WORDS.length];
      return `${date ?? 'undated'}-${typeSlug[keys.type[i] as number]}-${place}-${i.toString(36)}`;
    },
  };
  for (let i = 0; i < n; i++) {
    const u = (i + rng.next()) / n;
    keys.u[i] = u;
    keys.day[i] = SCALE.index(u);
    keys.precision[i] = precisions.index(rng);
    keys.type[i] = eventTypes.index(rng);
    keys.location[i] = rng.chance(0.65) ? shared.locationPick.index(rng) : -1;
  }
  return keys;
}

function datedWith(rng: Rng, text: TextMaker, day: number, precision: string): DatedValue {
  let basis = bases.sample(rng);
  const date = SCALE.date(day, precision);
  if (precision === 'unknown') basis = 'publication';
  const note = text.dateNote(basis);
  return {
    date,
    precision,
    basis,
    note: basis === 'relative' || basis === 'inferred' ? (note ?? 'resolved by the curator') : note,
    sort: date ?? UNKNOWN_SORT_DATE,
  };
}

/**
 * The corpus in four sections, in this order. Events, votes and figures draw their evidence from one stream (and
 * one run of evidence ids), statements from another; each section draws everything else from streams of its own.
 */
export const SECTIONS = ['events', 'votes', 'figures', 'statements'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * The two halves that load in parallel, balanced by measured cost: `events` (events and their actors) and
 * `statements` (votes, figures, statements). Any split gives the same rows: a section's evidence continues its
 * stream where the sections before it left it (see `EvidenceChain.skip`).
 */
export const PARTS = { events: ['events'], statements: ['votes', 'figures', 'statements'] } as const satisfies Record<
  string,
  readonly Section[]
>;
export type Part = keyof typeof PARTS;

/** Main records of some sections (what progress counts). */
export const sectionRecords = (sections: readonly Section[], sizes: SyntheticSizes) =>
  sections.reduce((sum, section) => sum + sizes[section], 0);

/** Main records of a part. */
export const partRecords = (part: Part, sizes: SyntheticSizes) => sectionRecords(PARTS[part], sizes);

/**
 * One run of evidence: one to four spans a record, from sources published around the record's date, with ids
 * counting up. Events, votes and figures share the run whose ids start at 1; statements start past the largest id
 * the first run could use (at most four spans a record).
 */
class EvidenceChain {
  private readonly rng: Rng;
  private id: number;

  constructor(
    stream: (label: string) => Rng,
    label: 'events' | 'statements',
    sizes: SyntheticSizes,
    private readonly sources: SourceInfo[],
    private readonly insert: Inserter,
  ) {
    this.rng = stream(`evidence-${label}`);
    this.id = label === 'events' ? 0 : 4 * (sizes.events + sizes.votes + sizes.figures);
  }

  /** The spans of one record at position u of the timeline; with `write` false they are drawn but not inserted. */
  add(type: string, recordId: string, u: number, write = true): void {
    const rng = this.rng;
    const sources = this.sources;
    const last = sources.length - 1;
    const r = rng.next();
    const n = 1 + (r < 0.55 ? 1 : 0) + (r < 0.2 ? 1 : 0) + (r < 0.05 ? 1 : 0);
    let sourceIndex = Math.min(last, Math.floor(u * sources.length) + rng.int(3));
    for (let seq = 0; seq < n; seq++) {
      if (seq > 0 && rng.chance(0.4)) sourceIndex = Math.min(last, sourceIndex + 1 + rng.int(4)); // corroboration
      const source = sources[sourceIndex] as SourceInfo;
      const span = rng.int(source.spans.length / 2);
      this.id++;
      if (!write) continue;
      const start = source.spans[2 * span] as number;
      const end = source.spans[2 * span + 1] as number;
      this.insert.add([this.id, type, recordId, seq, source.id, start, end, source.text.slice(start, end)]);
    }
  }

  /**
   * Advances past the evidence of `records` records another thread writes: the same draws as `add`, nothing
   * inserted, so that the next section's evidence gets the same spans and ids as in a single pass.
   */
  skip(records: number): void {
    for (let i = 0; i < records; i++) this.add('', '', 0, false);
  }
}

/**
 * Some sections of the corpus, with their evidence, into `db` (the gazetteer, actors and sources must be there or
 * be written elsewhere). Any subset gives the rows a single pass over all four would: sections run in the order
 * of SECTIONS, and each draws from its own streams.
 */
export function generateSections(
  db: Database.Database,
  sections: readonly Section[],
  seed: string,
  sizes: SyntheticSizes,
  shared: Shared,
  hooks: GenerateHooks = {},
): RowCounts {
  const stream = streams(seed);
  const every = hooks.every ?? 10_000;
  let records = 0;
  const tick = () => {
    records++;
    if (records % every === 0) hooks.tick?.(records);
  };
  const ins = new Inserters(db);
  const { actors } = shared;
  const wanted = new Set(sections);
  const insEvidence = ins.get('evidence');
  const main = new EvidenceChain(stream, 'events', sizes, shared.sources, insEvidence);
  const speech = new EvidenceChain(stream, 'statements', sizes, shared.sources, insEvidence);
  // SYNTHETIC_DEBUG: the time of each section (and of what came before the first).
  let mark = performance.now();
  let current = 'event keys';
  const lap = (next: string) => {
    const now = performance.now();
    if (process.env.SYNTHETIC_DEBUG) process.stderr.write(`  ${current.padEnd(18)} ${((now - mark) / 1000).toFixed(2).padStart(7)} s\n`);
    mark = now;
    current = next;
  };
  /** Whether `section` is written here, else skipping its evidence if a later section of the chain needs it. */
  const run = (section: Section): boolean => {
    if (wanted.has(section)) {
      lap(section);
      return true;
    }
    const later = SECTIONS.slice(SECTIONS.indexOf(section) + 1).some((s) => s !== 'statements' && wanted.has(s));
    if (section !== 'statements' && later) {
      lap(`(skip ${section})`);
      main.skip(sizes[section]);
    }
    return false;
  };
  const provenance = (rng: Rng): [string, number] =>
    rng.chance(0.9) ? ['curated', 1] : ['extracted', Math.round((0.5 + rng.next() * 0.45) * 100) / 100];
  const keys = eventKeys(seed, sizes, shared);
  /** Links to an event near position u; events are grouped in eights so that some events gather several records. */
  const nearEvent = (rng: Rng, u: number) => {
    const base = Math.floor((u * keys.count) / 8) * 8 + (rng.chance(0.7) ? 0 : rng.int(8));
    return keys.count > 0 ? keys.id(Math.min(keys.count - 1, Math.max(0, base))) : null;
  };

  if (run('events')) {
    // ---- events ---------------------------------------------------------------------------------------------
    const insEvents = ins.get('events');
    const insEventActors = ins.get('event_actors');
    const eRng = stream('events');
    const text = new TextMaker(stream('events-text'), shared.names, shared.places);
    for (let i = 0; i < sizes.events; i++) {
      const u = keys.u[i] as number;
      const when = datedWith(eRng, text, keys.day[i] as number, precisions.items[keys.precision[i] as number] as string);
      const type = eventTypes.items[keys.type[i] as number] as (typeof EVENT_TYPES)[number];
      const location =
        (keys.location[i] as number) >= 0 ? (shared.locations[keys.location[i] as number] as { id: string; name: string }) : null;
      const nActors = eRng.int(4);
      const who = new Set<number>();
      for (let k = 0; k < nActors; k++) who.add(shared.participants.sample(eRng));
      const lead = who.size > 0 ? (actors[who.values().next().value as number] as ActorInfo).name : null;
      const id = keys.id(i);
      const end = when.date && when.precision === 'day' && eRng.chance(0.15) ? SCALE.at(Math.min(0.999999, u + eRng.next() * 0.01)) : null;
      const [method, confidence] = provenance(eRng);
      insEvents.add([
        id,
        type,
        text.eventTitle(EVENT_LABELS[type], location?.name ?? null, lead),
        text.eventSummary(location?.name ?? null, lead),
        when.date,
        end && when.date && end > when.date ? end : null,
        when.precision,
        when.basis,
        when.note,
        when.sort,
        location?.id ?? null,
        method,
        confidence,
      ]);
      for (const a of who) insEventActors.add([id, (actors[a] as ActorInfo).id, eRng.pick(EVENT_ROLES)]);
      main.add('event', id, u);
      tick();
    }
  }

  if (run('votes')) {
    // ---- votes ----------------------------------------------------------------------------------------------
    const insVotes = ins.get('votes');
    const insPositions = ins.get('vote_positions');
    const insSponsors = ins.get('vote_sponsors');
    const vRng = stream('votes');
    const vText = new TextMaker(stream('votes-text'), shared.names, shared.places);
    const outcomesPending = new Weighted(VOTE_OUTCOMES, [0, 0, 3, 1]);
    for (let i = 0; i < sizes.votes; i++) {
      const u = (i + vRng.next()) / sizes.votes;
      const when = dated(vRng, vText, SCALE.index(u));
      const council = vRng.chance(0.7);
      const members: number[] = council ? [...shared.permanent] : shared.stateList;
      if (council) {
        const pool = shared.elected.slice();
        for (let k = 0; k < 10; k++) members.push(pool.splice(vRng.int(pool.length), 1)[0] as number);
      }
      const id = `${when.date ?? 'undated'}-${council ? 'sc' : 'ga'}-${vRng.pick(TOPIC_WORDS)}-draft-${i.toString(36)}`;
      const support = 0.45 + vRng.next() * 0.5;
      const positions: [number, (typeof POSITIONS)[number], number][] = [];
      let yes = 0;
      let no = 0;
      let abstain = 0;
      const vetoers: number[] = [];
      for (const m of members) {
        const r = vRng.next();
        const position = r < support ? 'yes' : r < support + (1 - support) * 0.45 ? 'no' : 'abstain';
        let veto = 0;
        if (council && position === 'no' && shared.permanent.includes(m) && vRng.chance(0.8)) {
          veto = 1;
          vetoers.push(m);
        }
        if (position === 'yes') yes++;
        else if (position === 'no') no++;
        else abstain++;
        positions.push([m, position, veto]);
      }
      let outcome: string = council ? (vetoers.length === 0 && yes >= 9 ? 'adopted' : 'not_adopted') : yes > no ? 'adopted' : 'not_adopted';
      if (vRng.chance(0.03)) outcome = outcomesPending.sample(vRng);
      const where = vRng.chance(0.7) ? 'Aleppo' : vText.place();
      const [method, confidence] = provenance(vRng);
      insVotes.add([
        id,
        council ? 'security_council' : 'general_assembly',
        when.date,
        when.precision,
        when.basis,
        when.note,
        when.sort,
        vText.voteSubject(where),
        outcome,
        council ? 1 : 0,
        yes,
        no,
        abstain,
        'stated',
        vetoers.length > 0 ? `vetoed by ${vetoers.map((v) => actors[v]?.name).join(' and ')}` : null,
        nearEvent(vRng, u),
        method,
        confidence,
      ]);
      for (const [m, position, veto] of positions) insPositions.add([id, (actors[m] as ActorInfo).id, position, veto]);
      const sponsors = new Set<number>();
      const nSponsors = 1 + vRng.int(4);
      for (let k = 0; k < nSponsors; k++) sponsors.add(vRng.pick(members));
      for (const s of sponsors) insSponsors.add([id, (actors[s] as ActorInfo).id]);
      main.add('vote', id, u);
      tick();
    }
  }

  if (run('figures')) {
    // ---- figures --------------------------------------------------------------------------------------------
    const insFigures = ins.get('figures');
    const fRng = stream('figures');
    const fText = new TextMaker(stream('figures-text'), shared.names, shared.places);
    const metricSlug = new Map(FIGURE_METRICS.map((m) => [m, m.replace(/_/g, '-')]));
    const metricWords = new Map(FIGURE_METRICS.map((m) => [m, m.replace(/_/g, ' ')]));
    const placeOf = new Map(shared.locations.map((l) => [l, idPlace(l.id)]));
    for (let i = 0; i < sizes.figures; i++) {
      const u = (i + fRng.next()) / sizes.figures;
      const when = dated(fRng, fText, SCALE.index(u));
      const metric = metrics.sample(fRng);
      const [lo, hi] = MAGNITUDE[metric];
      const magnitude = Math.round(lo * (hi / lo) ** fRng.next());
      const round =
        magnitude >= 1000 ? Math.round(magnitude / 1000) * 1000 : magnitude >= 100 ? Math.round(magnitude / 10) * 10 : magnitude;
      const qualifier = qualifiers.sample(fRng);
      let value: number | null = round;
      let low: number | null = null;
      let high: number | null = null;
      let raw: string;
      switch (qualifier) {
        case 'exact':
          low = high = round;
          raw = formatNumber(round);
          break;
        case 'more_than':
          low = round;
          raw = `more than ${formatNumber(round)}`;
          break;
        case 'at_least':
          low = round;
          raw = `at least ${formatNumber(round)}`;
          break;
        case 'nearly':
          high = round;
          raw = `nearly ${formatNumber(round)}`;
          break;
        case 'about':
          raw = `about ${formatNumber(round)}`;
          break;
        case 'at_most':
          high = round;
          raw = `up to ${formatNumber(round)}`;
          break;
        case 'range':
          value = null;
          low = round;
          high = Math.round(round * 1.25) + 1;
          raw = `between ${formatNumber(low)} and ${formatNumber(high)}`;
          break;
        default: {
          value = null;
          const order = 10 ** Math.max(1, Math.floor(Math.log10(round)));
          low = order;
          high = order * 10 - 1;
          raw = order >= 10_000 ? 'tens of thousands' : order >= 1000 ? 'thousands' : order >= 100 ? 'hundreds' : 'dozens';
        }
      }
      const category = CATEGORY_OF[metric];
      const location = fRng.chance(0.6) ? shared.locationPick.sample(fRng) : null;
      const unit = UNIT_OF[metric] ?? 'people';
      const id = `${when.date ?? 'undated'}-${metricSlug.get(metric)}-${location ? placeOf.get(location) : 'total'}-${i.toString(36)}`;
      const claimed = fRng.chance(0.7) ? (actors[shared.claimants[fRng.int(shared.claimants.length)] as number] as ActorInfo) : null;
      const [method, confidence] = provenance(fRng);
      insFigures.add([
        id,
        metric,
        category,
        value,
        low,
        high,
        qualifier,
        raw,
        unit,
        fRng.chance(0.8) ? `${unit} ${metricWords.get(metric)}${location ? ` in ${location.name}` : ''}` : null,
        location?.id ?? null,
        when.date,
        when.precision,
        when.basis,
        when.note,
        when.sort,
        claimed?.id ?? null,
        fRng.chance(0.3) ? nearEvent(fRng, u) : null,
        method,
        confidence,
      ]);
      main.add('figure', id, u);
      tick();
    }
  }

  if (run('statements')) {
    // ---- statements -----------------------------------------------------------------------------------------
    const insStatements = ins.get('statements');
    const sRng = stream('statements');
    const text = new TextMaker(stream('statements-text'), shared.names, shared.places);
    // The speaker's last name as it starts a statement id, once per actor rather than once per statement.
    const speakerSlug = actors.map((a) => slugify(a.name.split(' ').pop() ?? a.name).slice(0, 20));
    for (let i = 0; i < sizes.statements; i++) {
      const u = (i + sRng.next()) / sizes.statements;
      const when = dated(sRng, text, SCALE.index(u));
      const speakerIndex = shared.speakers.sample(sRng);
      const speaker = actors[speakerIndex] as ActorInfo;
      const kind = statementKinds.sample(sRng);
      const place = sRng.chance(0.3) ? shared.locationPick.sample(sRng) : null;
      const id = `${speakerSlug[speakerIndex]}-${when.date ?? 'undated'}-${sRng.pick(TOPIC_WORDS)}-${i.toString(36)}`;
      const [method, confidence] = provenance(sRng);
      insStatements.add([
        id,
        speaker.id,
        speaker.roles.length > 0 && sRng.chance(0.6) ? sRng.pick(speaker.roles) : null,
        text.statement(kind, speaker.name),
        kind,
        when.date,
        when.precision,
        when.basis,
        when.note,
        when.sort,
        place?.id ?? null,
        sRng.chance(0.45) ? nearEvent(sRng, u) : null,
        method,
        confidence,
      ]);
      speech.add('statement', id, u);
      tick();
    }
  }
  lap('');
  hooks.tick?.(records);
  return ins.finish();
}

/** The whole corpus in one thread, into one database. */
export function generateCorpus(db: Database.Database, seed: string, sizes: SyntheticSizes, hooks: GenerateHooks = {}): RowCounts {
  const shared = generateShared(db, seed, sizes);
  const sharedCounts = countRows(db, SHARED_TABLES);
  return mergeCounts(sharedCounts, generateSections(db, SECTIONS, seed, sizes, shared, hooks));
}

/** The tables generateShared writes. */
export const SHARED_TABLES = ['sources', 'actors', 'actor_aliases', 'actor_roles', 'locations', 'location_aliases', 'exclusions'] as const;

export function countRows(db: Database.Database, tables: readonly string[]): RowCounts {
  const counts: RowCounts = {};
  for (const table of tables) counts[table] = (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  return counts;
}

export function mergeCounts(...parts: RowCounts[]): RowCounts {
  const counts: RowCounts = {};
  for (const table of Object.keys(COLUMNS)) counts[table] = parts.reduce((sum, p) => sum + (p[table] ?? 0), 0);
  return counts;
}

export const CORPUS_TABLES = Object.keys(COLUMNS) as TableName[];
