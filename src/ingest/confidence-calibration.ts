/**
 * Confidence that says how often a record is right. Each drafted record has a basis (the mechanism that made it,
 * record-basis.ts, joined with what the record itself shows: a statement's kind and how its speaker was found, a
 * vote's claim, an event's type); `npm run calibrate:ingest` (calibrate-cli.ts) scores the dev set and writes, per
 * kind and basis, how many records were drafted and how many were right, and the confidence that follows
 * (confidence-calibration.json). The draft sets each record's confidence from the most specific key of its basis that
 * enough records back, backing off to coarser keys and last to the kind's own (`*`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { SpeakerVia } from './speaker-resolution.js';

export const CALIBRATION_KINDS = ['statements', 'figures', 'votes', 'events'] as const;
export type CalibrationKind = (typeof CALIBRATION_KINDS)[number];

/** The key of a kind as a whole: every chain of keys ends on it. */
export const WHOLE_KIND = '*';

/**
 * A statement's keys, most specific first: kind, how the speaker was found, whether it continues a remark, the form
 * that made it; then without the continuation, without the kind, the form alone. A speaker the speaker model doubts
 * (speaker-model.ts) is keyed apart first, by how the rules found it and then alone.
 */
export function statementKeys(s: { kind: string; via: SpeakerVia; continuation: boolean; form: string; doubted?: boolean }): string[] {
  return [
    ...(s.doubted ? [`doubted/${s.via}`, 'doubted'] : []),
    `${s.kind}/${s.via}/${s.continuation ? 'continued' : 'first'}/${s.form}`,
    `${s.kind}/${s.via}/${s.form}`,
    `${s.via}/${s.form}`,
    s.form,
    WHOLE_KIND,
  ];
}

/** A figure's keys: what gave its meaning with the metric, then what gave its meaning. */
export function figureKeys(f: { basis: string; metric: string }): string[] {
  return [`${f.basis}/${f.metric}`, f.basis, WHOLE_KIND];
}

/**
 * What a vote record claims, which is what the scorer checks: a veto (vetoing members), a tally (some count), a vote
 * still to come (`pending`), or a vote held with neither.
 */
export function voteClaim(v: { vetoed: boolean; counts: (number | null)[]; outcome: string }): string {
  if (v.vetoed) return 'veto';
  if (v.counts.some((n) => n !== null)) return 'tally';
  return v.outcome === 'pending' ? 'pending' : 'bare';
}

/** A vote's keys: its claim with how it was read, then its claim. */
export function voteKeys(v: { claim: string; basis: string }): string[] {
  return [`${v.claim}/${v.basis}`, v.claim, WHOLE_KIND];
}

/** An event's keys: its type with how its day was found and the date's basis; then without the type; then how. */
export function eventKeys(e: { type: string; basis: string; dayBasis: string }): string[] {
  return [`${e.type}/${e.basis}/${e.dayBasis}`, `${e.basis}/${e.dayBasis}`, e.basis, WHOLE_KIND];
}

const entry = z.strictObject({
  drafted: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
});
export type CalibrationEntry = z.infer<typeof entry>;
const kindTable = z
  .record(z.string(), entry)
  .refine((table) => WHOLE_KIND in table, { message: `needs the kind's own key "${WHOLE_KIND}"` });

export const calibrationFile = z.strictObject({
  about: z.string(),
  /** What was scored to count the records, and how the confidence follows from the counts. */
  measured_on: z.string(),
  method: z.string(),
  /** A key backed by fewer drafted records than this is not used: the record backs off to a coarser key. */
  min_drafted: z.number().int().positive(),
  kinds: z.strictObject({
    statements: kindTable,
    figures: kindTable,
    votes: kindTable,
    events: kindTable,
  }),
});
export type CalibrationFile = z.infer<typeof calibrationFile>;

export const CALIBRATION_PATH = fileURLToPath(new URL('./confidence-calibration.json', import.meta.url));

/**
 * A file's content checked against its schema (the calibration's, or the unseen evidence's): a malformed one is an
 * error, "<where> is not <what>: ", then each key at fault with what is wrong with it.
 */
export function parsedAgainst<S extends z.ZodType>(schema: S, raw: unknown, where: string, what: string): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
  throw new Error(`${where} is not ${what}: ${problems.join('; ')}`);
}

/** A calibration file checked against its schema; a malformed one is an error that names the key at fault. */
export function parseCalibration(raw: unknown, where = CALIBRATION_PATH): CalibrationFile {
  return parsedAgainst(calibrationFile, raw, where, 'a valid confidence calibration');
}

let loaded: CalibrationFile | null = null;

/**
 * Use this calibration in place of the file (null: read the file again). The calibrate command drafts the dev set with
 * a placeholder, so that a missing, stale or malformed file can be written anew; tests use invented ones.
 */
export function useCalibration(file: CalibrationFile | null): void {
  loaded = file;
}

/** The calibration the draft uses, read once. */
export function calibration(): CalibrationFile {
  if (!loaded) {
    let text: string;
    try {
      text = readFileSync(CALIBRATION_PATH, 'utf8');
    } catch (error) {
      throw new Error(`${CALIBRATION_PATH} is missing: run npm run calibrate:ingest (${(error as Error).message})`);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new Error(`${CALIBRATION_PATH} is not JSON: ${(error as Error).message}`);
    }
    loaded = parseCalibration(raw);
  }
  return loaded;
}

/**
 * The key a record's confidence is read from: the first of its keys that enough drafted records back (a finer key of
 * its own may still lower it: calibratedConfidence).
 */
export function calibratedKey(file: CalibrationFile, kind: CalibrationKind, keys: string[]): string {
  const table = file.kinds[kind];
  return keys.find((key) => key === WHOLE_KIND || (table[key]?.drafted ?? 0) >= file.min_drafted) ?? WHOLE_KIND;
}

/**
 * A record's calibrated confidence, from the most specific of its keys that enough records back, and never above a
 * finer key of its own that too few records back to be used alone (whose confidence is already its few records'
 * precision shrunk toward the kind's): a rare mechanism's record ("tally/lead-day", 4 of 5 right) does not take the
 * higher level of the commoner records its coarser key counts ("tally", mostly read from the vote's own sentence).
 * A key no dev record holds takes the coarser key's level, at most the kind's when the basis is new.
 */
export function calibratedConfidence(kind: CalibrationKind, keys: string[], file: CalibrationFile = calibration()): number {
  const table = file.kinds[kind];
  const key = calibratedKey(file, kind, keys);
  const at = keys.indexOf(key);
  const finer = (at < 0 ? keys : keys.slice(0, at)).flatMap((k) => (table[k] ? [table[k].confidence] : []));
  return Math.min((table[key] ?? (table[WHOLE_KIND] as CalibrationEntry)).confidence, ...finer);
}
