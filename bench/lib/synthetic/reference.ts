/**
 * The reference data every part of the corpus needs: the gazetteer, the actors (the 193 UN member states, UN
 * bodies, organisations, armed groups, groups and people) and the sources (whole generated articles with their
 * quotable spans). Every part regenerates them (cheaply, without writing) to know the ids and texts it refers to.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { Weighted } from '../prng.js';
import { type Article, TextMaker } from '../text.js';
import {
  ALEPPO_NEIGHBORHOODS,
  FIRST_NAMES,
  LAST_NAMES,
  ORGANIZATIONS,
  OTHER_PLACES,
  PERMANENT_MEMBERS,
  PUBLISHERS,
  ROLE_TITLES,
  SOURCE_KINDS,
  UN_BODIES,
  UN_MEMBER_STATES,
  VILLAGE_PREFIXES,
  VILLAGE_ROOTS,
} from '../vocabulary.js';
import { SCALE } from './dates.js';
import { type SyntheticSizes, streams } from './sizes.js';
import { Inserters } from './tables.js';

export interface SourceInfo {
  id: string;
  text: string;
  spans: Int32Array;
}

export interface ActorInfo {
  id: string;
  name: string;
  kind: string;
  code: string | null;
  roles: string[];
}

/** The reference data every part needs: gazetteer, actors, sources (with their quotable spans). */
export interface ReferenceData {
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

export const slugify = (s: string) =>
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

/** A location id as it appears inside record ids: at most 24 characters, no trailing hyphen. */
export const idPlace = (locationId: string) => locationId.slice(0, 24).replace(/-$/, '');

/** Gazetteer, actors and sources: inserted when `db` is given, always returned (every part regenerates them). */
export function generateReferenceData(db: Database.Database | null, seed: string, sizes: SyntheticSizes): ReferenceData {
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
    // The reference actors stand for the curated gazetteer: method curated, confidence 1.
    insActors.add([id, name, kind, code, description, 'curated', 1]);
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
