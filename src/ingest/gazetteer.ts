/**
 * The gazetteer: every name, alias and role of seed/actors.yaml and every name and alias of seed/locations.yaml,
 * matched in running text leftmost-longest ("U.S. Ambassador Samantha Power" before "Power"). It is data, not
 * rules: an article about other people works as soon as the curators add them to the YAML files.
 */
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { type ActorEntry, actorEntry, type LocationEntry, locationEntry, voteRecord } from '../seed/annotation-schema.js';
import { type RecordFile, readRecordFiles, readYaml, type YamlParses } from './seed-yaml.js';
import { escapeRegExp, type Span } from './text-segments.js';

export type MentionDomain = 'actor' | 'location';

export interface Mention extends Span {
  text: string;
  domain: MentionDomain;
  id: string;
  /** The actor's or location's kind (person, state, city...). */
  kind: string;
  /** How it was named: by its name or an alias, or by a role such as "Russian Foreign Minister". */
  via: 'alias' | 'role';
}

interface Form {
  text: string;
  id: string;
  via: Mention['via'];
}

/**
 * Makes apostrophes, white space and accents uniform without changing the length of the text, so that offsets found
 * in the normalized copy are offsets in the article (’ and ' are the same letter to a curator, and so are the spaces;
 * "Stéphane" and "Stephane" are one name: a precomposed accented letter becomes its base letter).
 */
export function normalizeForMatching(value: string): string {
  return value
    .replace(/[’‘‛′]/g, "'")
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (letter) => {
      const base = letter.normalize('NFD')[0] as string;
      return /^[A-Za-z]$/.test(base) ? base : letter;
    });
}

/**
 * A looser key for comparing a new name with known ones: accents, titles, possessives, particles and the usual
 * transliteration variants of Arabic and Russian names (ou/o/u, ee/y/i, q/k, ph/f, doubled letters) set aside, so that
 * "Walid al-Mouallem" is "Walid Muallem" and "Mr. Stephane Dujarric" is "Stéphane Dujarric".
 */
export function nameKey(value: string): string {
  return normalizeForMatching(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/\b(?:mr|mrs|ms|miss|dr|prof|sir|gen|ambassador|minister|president|sheikh)\.?\s+/g, '')
    .replace(/\b(?:al|el|ad|as|ash|ar|an|at|az)-/g, '')
    .replace(/\bthe\s+/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/ou|oo|o/g, 'u')
    .replace(/ee|y/g, 'i')
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/([a-z])\1+/g, '$1')
    .trim();
}

/**
 * The names a state goes by in UN and diplomatic prose besides its short name ("Russian Federation", "Syrian Arab
 * Republic", "People's Republic of China"), from the ISO 3166 English names of i18n-iso-countries, by the state's
 * country_code. A form with a comma ("Korea, Republic of") is a catalogue form, not prose, and is left out.
 */
function formalStateNames(countryCode: string | null | undefined): string[] {
  if (!countryCode) return [];
  const alpha2 = countries.alpha3ToAlpha2(countryCode);
  const names = alpha2 ? countries.getName(alpha2, 'en', { select: 'all' }) : [];
  return (names ?? []).filter((name) => !name.includes(',') && (name.includes(' ') || name.length > 3));
}

/**
 * A pattern for one form: a form that starts with a capital is a proper name and matches only as written; a form
 * in lower case ("the council", "rebels") also matches with a capital at the start of a sentence.
 */
function formPattern(form: string): string {
  const escaped = escapeRegExp(normalizeForMatching(form)).replace(/ /g, '\\s+');
  const first = form[0] as string;
  if (first.toLowerCase() === first && first.toUpperCase() !== first) {
    return `[${first}${first.toUpperCase()}]${escaped.slice(1)}`;
  }
  return escaped;
}

/**
 * (s51) A UN vote the ledger already holds, as its record file gives it: the calendar an undated vote in a new article
 * is placed on ("Russia and China vetoed a seven-day truce", with no day, is the ledger's veto of 5 December). Only a
 * vote with its own day (never one known only by its article's date) and its vetoing members or its full tally.
 */
export interface KnownVote {
  id: string;
  file: string;
  body: 'security_council' | 'general_assembly';
  date: string;
  /** The members that cast a veto, sorted. */
  vetoers: string[];
  tally: { yes: number | null; no: number | null; abstain: number | null };
}

/** The votes of the ledger's record files with a day of their own (KnownVote); a record that does not parse is the seed's to report. */
function knownVotesOf(recordFiles: readonly RecordFile[]): KnownVote[] {
  const known: KnownVote[] = [];
  for (const { name, parsed } of recordFiles) {
    const votes = (parsed as { votes?: unknown } | null | undefined)?.votes;
    if (!Array.isArray(votes)) continue;
    for (const entry of votes) {
      // The record's shape is the seed's (annotation-schema.ts): one that does not parse is the seed's to report.
      const vote = voteRecord.safeParse(entry);
      if (!vote.success) continue;
      const { id, body, voted, outcome, tally, positions } = vote.data;
      if (voted.date === null || voted.precision !== 'day' || voted.basis === 'publication' || outcome === 'pending') continue;
      const vetoers = positions
        .filter((p) => p.veto)
        .map((p) => p.member)
        .sort();
      known.push({ id, file: name, body, date: voted.date, vetoers, tally });
    }
  }
  return known;
}

/**
 * (s62) A record file's `actors:` list as checked, by the parsed list: a batch's parses (seed-yaml.ts) hand back the
 * same list while its file is unchanged, so each is checked once per batch, not once per ingest. Never modified.
 */
const validActors = new WeakMap<unknown[], ActorEntry[] | null>();

export class Gazetteer {
  readonly actors: ReadonlyMap<string, ActorEntry>;
  readonly locations: ReadonlyMap<string, LocationEntry>;
  /** (s51) The ledger's votes with their days: a calendar for a new article's undated ones (vote-extractor.ts). */
  readonly knownVotes: readonly KnownVote[];
  private readonly patterns: Record<MentionDomain, FormMatcher>;
  /** The actors by the nameKey of their name and each alias, for actorByName (a scan per call grew with the ledger). */
  private readonly byNameKey = new Map<string, ActorEntry[]>();

  constructor(actors: ActorEntry[], locations: LocationEntry[], knownVotes: readonly KnownVote[] = []) {
    this.knownVotes = knownVotes;
    this.actors = new Map(actors.map((a) => [a.id, a]));
    this.locations = new Map(locations.map((l) => [l.id, l]));
    const actorForms: Form[] = [];
    for (const actor of actors) {
      const names = [actor.name, ...actor.aliases, ...(actor.kind === 'state' ? formalStateNames(actor.country_code) : [])];
      for (const text of new Set(names)) actorForms.push({ text, id: actor.id, via: 'alias' });
      // A one-word role ("Brigadier") names nobody in particular; a longer one ("Russian Foreign Minister") does.
      for (const role of actor.roles) if (role.trim().includes(' ')) actorForms.push({ text: role, id: actor.id, via: 'role' });
    }
    const locationForms: Form[] = [];
    for (const location of locations) {
      for (const text of new Set([location.name, ...location.aliases])) locationForms.push({ text, id: location.id, via: 'alias' });
    }
    this.patterns = { actor: compile(actorForms), location: compile(locationForms) };
    for (const actor of this.actors.values()) {
      for (const key of new Set([actor.name, ...actor.aliases].map(nameKey))) {
        const list = this.byNameKey.get(key) ?? [];
        list.push(actor);
        this.byNameKey.set(key, list);
      }
    }
  }

  /**
   * The actors of seed/actors.yaml and of every record file's `actors:` list (those an earlier ingest met first, so a
   * second article naming them finds them), with each merged entry's names folded into the actor it was merged into.
   * A record file that does not parse is skipped here: the seed reports it, and it must not stop an ingest.
   * `except` is the record file being rewritten (`--force`): its own actors are about to be drafted again.
   */
  static load(seedDir: string, except?: string): Gazetteer {
    return Gazetteer.fromRecordFiles(seedDir, readRecordFiles(seedDir, except));
  }

  /**
   * As load, with the record files already read (an ingest reads them once for the gazetteer and its own checks);
   * `parses` is the batch's (seed-yaml.ts), for actors.yaml and locations.yaml.
   */
  static fromRecordFiles(seedDir: string, recordFiles: readonly RecordFile[], parses?: YamlParses): Gazetteer {
    const read = <T>(file: string, schema: z.ZodType<T>): T[] => {
      const { parsed, error } = readYaml(join(seedDir, file), parses);
      if (error) throw error;
      return z.array(schema).parse(parsed);
    };
    const entries = read('actors.yaml', actorEntry);
    for (const { parsed } of recordFiles) {
      const actors = (parsed as { actors?: unknown } | null | undefined)?.actors;
      if (!Array.isArray(actors)) continue;
      let valid = validActors.get(actors);
      if (valid === undefined) {
        const checked = z.array(actorEntry).safeParse(actors);
        // One that does not parse is reported by the seed.
        valid = checked.success ? checked.data : null;
        validActors.set(actors, valid);
      }
      if (valid) entries.push(...valid);
    }
    return new Gazetteer(foldMerged(entries), read('locations.yaml', locationEntry), knownVotesOf(recordFiles));
  }

  /** The known actor a name written another way stands for ("Stephane Dion" for "Stéphane Dion"), if exactly one. */
  actorByName(name: string): ActorEntry | undefined {
    const key = nameKey(name);
    if (key.length < 3) return undefined;
    const found = this.byNameKey.get(key) ?? [];
    return found.length === 1 ? found[0] : undefined;
  }

  actorKind(id: string): string | undefined {
    return this.actors.get(id)?.kind;
  }

  /** Every name the gazetteer matches for an actor: its name, aliases and, for a state, its formal names. */
  namesOf(id: string): string[] {
    const actor = this.actors.get(id);
    if (!actor) return [];
    return [...new Set([actor.name, ...actor.aliases, ...(actor.kind === 'state' ? formalStateNames(actor.country_code) : [])])];
  }

  /** Every mention of the domain in text[from, to), leftmost-longest, not overlapping. */
  mentions(text: string, domain: MentionDomain, from = 0, to = text.length): Mention[] {
    const { byStart, forms } = this.patterns[domain];
    const normalized = normalizeForMatching(text);
    const found: Mention[] = [];
    for (let at = from; at < to; ) {
      // A form starts a word: no need to try one right after an ASCII letter or digit (the lookbehind says the rest).
      const match = at > 0 && ASCII_WORD.test(normalized[at - 1] as string) ? null : matchAt(byStart, normalized, at);
      if (!match) {
        at++;
        continue;
      }
      const start = at;
      const end = start + match[0].length;
      if (end > to) break;
      at = end;
      const candidates = forms.get(canonical(match[0])) ?? [];
      const ids = new Set(candidates.map((c) => c.id));
      // An alias shared by two entries says nothing about which one is meant.
      const form = ids.size === 1 ? candidates[0] : undefined;
      if (form) {
        const kind = domain === 'actor' ? this.actors.get(form.id)?.kind : this.locations.get(form.id)?.kind;
        const mention: Mention = { start, end, text: text.slice(start, end), domain, id: form.id, kind: kind ?? 'unknown', via: form.via };
        if (!(domain === 'actor' && kind === 'person' && isBorrowedSurname(text, mention))) found.push(mention);
      }
    }
    return found;
  }
}

/** The key under which a matched form is looked up: case-folded first letter, single spaces, plain apostrophes. */
function canonical(value: string): string {
  const flat = normalizeForMatching(value).replace(/\s+/g, ' ');
  return (flat[0] ?? '').toLowerCase() + flat.slice(1);
}

/**
 * The forms of one domain, found by where they start. (s62) One alternation of every form, tried at each position of
 * an article, cost time in proportion to the ledger's size (a quarter of an ingest once it held 400 articles); each
 * form is now tried only where the text begins with its first two characters (its first letter in either case, a
 * space for any space), longest form first, as the one alternation did.
 */
interface FormMatcher {
  /** A sticky regex of the forms that start so, by startKey (two characters, or one for a one-letter form). */
  byStart: Map<string, RegExp>;
  forms: Map<string, Form[]>;
}

const ASCII_WORD = /^[A-Za-z0-9]$/;

/** The first character of text at `at` case-folded, and with `two` the next one too (any space as a space). */
function startKey(text: string, at: number, two: boolean): string {
  const first = (text[at] as string).toLowerCase();
  if (!two) return first;
  const next = text[at + 1] as string;
  return first + (/\s/.test(next) ? ' ' : next);
}

/** The longest form (the first in the matcher's order) that matches text at `at`, as a whole word. */
function matchAt(byStart: Map<string, RegExp>, text: string, at: number): RegExpExecArray | null {
  for (const two of at + 1 < text.length ? [true, false] : [false]) {
    const regex = byStart.get(startKey(text, at, two));
    if (!regex) continue;
    regex.lastIndex = at;
    const match = regex.exec(text);
    if (match) return match;
  }
  return null;
}

function compile(forms: Form[]): FormMatcher {
  const byKey = new Map<string, Form[]>();
  for (const form of forms) {
    const key = canonical(form.text);
    const list = byKey.get(key) ?? [];
    if (!list.some((f) => f.id === form.id)) list.push(form);
    byKey.set(key, list);
  }
  const ordered = [...new Set(forms.map((f) => f.text))].filter((text) => text.length > 0).sort((a, b) => b.length - a.length);
  const alternatives = new Map<string, string[]>();
  for (const text of ordered) {
    const normalized = normalizeForMatching(text);
    const key = startKey(normalized, 0, normalized.length > 1);
    const list = alternatives.get(key) ?? [];
    list.push(formPattern(text));
    alternatives.set(key, list);
  }
  const byStart = new Map<string, RegExp>();
  for (const [key, list] of alternatives) byStart.set(key, new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'uy'));
  return { byStart, forms: byKey };
}

// Titles that may stand before a surname without making it somebody else's ("Secretary Kerry").
const TITLES = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Gen',
  'General',
  'Secretary',
  'Ambassador',
  'Minister',
  'President',
  'Envoy',
  'Senator',
  'Chancellor',
  'Brigadier',
  'Colonel',
  'Spokesman',
  'Spokeswoman',
  'Director',
  'Chief',
  'Said',
  'Added',
  'The',
]);

/**
 * A one-word person alias ("Power", "Kerry") is somebody else's name when a capitalised word other than a title sits
 * right before it ("Tom Power") or any capitalised word right after it ("Kerry Group").
 */
function isBorrowedSurname(text: string, mention: Mention): boolean {
  if (/\s/u.test(mention.text)) return false;
  const after = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(mention.end, mention.end + 40));
  if (after) return true;
  const before = /(\p{Lu}[\p{L}'’-]*)(\.?) $/u.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
  // "Aleppo. Power said": a full stop ends the sentence unless the word is a title ("Gen. Power").
  // (s41) "On Tuesday Power said", "Yesterday Kerry told": a day before the name is nobody's first name.
  return before !== null && !TITLES.has(before[1] as string) && !TIME_WORDS.test(before[1] as string) && before[2] === '';
}
const TIME_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Tonight|Tomorrow)$/u;

/** Entries merged into another (`merged_into`) become that actor's aliases and roles; the rest stay as they are. */
export function foldMerged(entries: ActorEntry[]): ActorEntry[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const standing = new Map(
    entries.filter((e) => !e.merged_into).map((e) => [e.id, { ...e, aliases: [...e.aliases], roles: [...e.roles] }]),
  );
  for (const entry of entries) {
    let target = entry;
    for (let hops = 0; target.merged_into && hops < entries.length; hops++) target = byId.get(target.merged_into) ?? target;
    const into = standing.get(target.id);
    if (!into || into.id === entry.id) continue;
    into.aliases.push(...[entry.name, ...entry.aliases].filter((a) => !into.aliases.includes(a)));
    into.roles.push(...entry.roles.filter((r) => !into.roles.includes(r)));
  }
  return [...standing.values()];
}
