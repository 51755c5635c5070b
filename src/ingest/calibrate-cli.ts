/**
 * `npm run calibrate:ingest [-- --check]`: scores the dev set (score-cli.ts, score-gold.ts's judgement of each
 * record) and writes src/ingest/confidence-calibration.json: per kind and basis key, how many records were drafted
 * and how many were right, and the calibrated confidence (calibrationTable says how). Prints each kind's keys, the
 * keys of record-basis.ts no dev record backs (their records back off to a coarser key, last to the kind's own), and
 * the reliability the new values give on dev. `--check` writes nothing and fails when the file on disk differs from
 * what the dev set gives now (confidence is stale once the extractors change).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { byCodePoint } from '../code-point-order.js';
import {
  CALIBRATION_KINDS,
  CALIBRATION_PATH,
  type CalibrationEntry,
  type CalibrationFile,
  type CalibrationKind,
  parseCalibration,
  useCalibration,
  WHOLE_KIND,
} from './confidence-calibration.js';
import { keptSets, levelledToUnseen, loadUnseenEvidence, pooledUnseen, type UnseenEvidence } from './confidence-unseen.js';
import { EVENT_BASES, FIGURE_BASES, STATEMENT_FORMS, VOTE_BASES } from './record-basis.js';
import { FIXTURE_SETS, scoreFixtureSet } from './score-cli.js';
import { type Judged, sumScores } from './score-gold.js';

/** Fewer drafted records than this back no key of their own: a precision of 3 of 3 says little. */
export const MIN_DRAFTED = 20;

/**
 * A key's dev precision is shrunk toward its kind's dev precision with the weight of this many records: a key backed by
 * few records says little about how it differs from its kind. (right + PRIOR_WEIGHT * kind's) / (drafted +
 * PRIOR_WEIGHT).
 */
export const PRIOR_WEIGHT = 20;

const round = (value: number) => Math.round(value * 100) / 100;

/** An extracted record is never as sure as a curated one (confidence 1): a curator has not read it. */
export const MAX_EXTRACTED = 0.99;

/**
 * The calibrated entry of a key: its dev counts, and its confidence: its dev precision (shrunk toward its kind's on
 * dev) levelled to the kind's unseen precision (confidence-unseen.ts): the dev set is tuned on and overstates.
 */
export function calibratedEntry(drafted: number, right: number, level: { dev: number; unseen: number }): CalibrationEntry {
  const precision = (right + PRIOR_WEIGHT * level.dev) / (drafted + PRIOR_WEIGHT);
  return { drafted, right, confidence: Math.min(MAX_EXTRACTED, round(levelledToUnseen(precision, level.dev, level.unseen))) };
}

/**
 * Per key of any record's chain, the drafted and right counts, and the calibrated confidence: the kind's dev precision
 * (its own key, `*`) is levelled to `unseen`, its precision on unseen text.
 */
export function calibrationTable(judged: Judged, unseen: number): Record<string, CalibrationEntry> {
  const counts = new Map<string, { drafted: number; right: number }>([[WHOLE_KIND, { drafted: 0, right: 0 }]]);
  for (const record of judged.drafted) {
    const keys = record.basis.includes(WHOLE_KIND) ? record.basis : [...record.basis, WHOLE_KIND];
    for (const key of keys) {
      const count = counts.get(key) ?? { drafted: 0, right: 0 };
      count.drafted++;
      if (record.right) count.right++;
      counts.set(key, count);
    }
  }
  const sorted = [...counts.entries()].sort(([a], [b]) => (a === WHOLE_KIND ? -1 : b === WHOLE_KIND ? 1 : byCodePoint(a, b)));
  const whole = counts.get(WHOLE_KIND) as { drafted: number; right: number };
  const level = { dev: whole.drafted > 0 ? whole.right / whole.drafted : unseen, unseen };
  return Object.fromEntries(sorted.map(([key, c]) => [key, calibratedEntry(c.drafted, c.right, level)]));
}

/** The mechanisms of record-basis.ts, per kind. */
export const MECHANISMS: Record<CalibrationKind, readonly string[]> = {
  statements: STATEMENT_FORMS,
  figures: FIGURE_BASES,
  votes: VOTE_BASES,
  events: EVENT_BASES,
};

/**
 * The mechanisms of record-basis.ts that no key of the file backs with enough records (no key holding the mechanism
 * has `min_drafted`): their records take the kind's own confidence (`*`) or a key of what else they show.
 */
export function unbackedBases(file: CalibrationFile): string[] {
  return CALIBRATION_KINDS.flatMap((kind) => {
    const entries = Object.entries(file.kinds[kind]);
    return MECHANISMS[kind].flatMap((mechanism) => {
      const holding = entries.filter(([key]) => key.split('/').includes(mechanism));
      if (holding.some(([, e]) => e.drafted >= file.min_drafted)) return [];
      const drafted = Math.max(0, ...holding.map(([, e]) => e.drafted));
      return [`${kind} ${mechanism}: ${drafted} drafted on dev, below ${file.min_drafted}: its records fall back to a coarser key`];
    });
  });
}

/**
 * The calibration of the dev set's records, levelled per kind to the unseen evidence (confidence-unseen.json), less the
 * sets left out (to measure a set as unseen: its records must then be left out of `judged` too).
 */
export function calibrate(
  judged: Record<CalibrationKind, Judged>,
  evidence: UnseenEvidence = loadUnseenEvidence(),
  leaveOut: string[] = [],
): CalibrationFile {
  const unseen = pooledUnseen(evidence, leaveOut);
  const kinds = Object.fromEntries(
    CALIBRATION_KINDS.map((kind) => [kind, calibrationTable(judged[kind], unseen[kind].right / unseen[kind].drafted)]),
  ) as CalibrationFile['kinds'];
  const sets = keptSets(evidence, leaveOut);
  return {
    about:
      'Written by npm run calibrate:ingest; do not edit by hand. Per kind and basis key (src/ingest/record-basis.ts, ' +
      'confidence-calibration.ts): drafted and right records on the dev set, and the confidence a record of that key gets.',
    measured_on: 'the dev set (test/fixtures/ingest-dev), judged by src/ingest/score-gold.ts',
    method:
      `precision = (right + ${PRIOR_WEIGHT} * the kind's dev precision) / (drafted + ${PRIOR_WEIGHT}); confidence = ` +
      "sigmoid(logit(precision) + logit(the kind's unseen precision) - logit(the kind's dev precision)), capped at " +
      `${MAX_EXTRACTED}: a key keeps its odds ratio to its kind on dev, at the kind's level on unseen text (` +
      `${CALIBRATION_KINDS.map((k) => `${k} ${unseen[k].right}/${unseen[k].drafted}`).join(', ')}, pooled over ` +
      `${sets.map((s) => `${s.set} at ${s.scored_with}`).join(', ')}: confidence-unseen.json); a record takes its most ` +
      'specific key backed by at least min_drafted records',
    min_drafted: MIN_DRAFTED,
    kinds,
  };
}

/** The file's text: one line per key, so a reader sees each key's counts and confidence together. */
export function formatCalibration(file: CalibrationFile): string {
  return `${JSON.stringify(file, null, 2).replace(/\{\s+"drafted": (\d+),\s+"right": (\d+),\s+"confidence": ([\d.]+)\s+\}/gu, '{ "drafted": $1, "right": $2, "confidence": $3 }')}\n`;
}

const whole = { [WHOLE_KIND]: { drafted: 0, right: 0, confidence: 0 } };
const PLACEHOLDER: CalibrationFile = {
  about: 'placeholder while calibrating',
  measured_on: '',
  method: '',
  min_drafted: 1,
  kinds: { statements: whole, figures: whole, votes: whole, events: whole },
};

function main(): void {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  // The dev set's records are judged and counted; the confidence they are drafted with plays no part.
  useCalibration(PLACEHOLDER);
  const judged = sumScores(scoreFixtureSet(FIXTURE_SETS.dev).map((a) => a.score)).judged;
  useCalibration(null);
  const file = calibrate(judged);
  for (const kind of CALIBRATION_KINDS) {
    process.stdout.write(`${kind}\n`);
    for (const [key, e] of Object.entries(file.kinds[kind]))
      if (e.drafted >= file.min_drafted || key === WHOLE_KIND)
        process.stdout.write(`  ${key.padEnd(48)} ${`${e.right}/${e.drafted}`.padStart(10)}  -> ${e.confidence.toFixed(2)}\n`);
  }
  const unbacked = unbackedBases(file);
  if (unbacked.length > 0) process.stdout.write(`falls back:\n${unbacked.map((line) => `  ${line}`).join('\n')}\n`);
  const text = formatCalibration(file);
  if (values.check) {
    const current = readFileSync(CALIBRATION_PATH, 'utf8');
    parseCalibration(JSON.parse(current));
    if (current !== text) throw new Error(`${CALIBRATION_PATH} is stale: run npm run calibrate:ingest`);
    process.stdout.write('calibration is current\n');
    return;
  }
  writeFileSync(CALIBRATION_PATH, text);
  process.stdout.write(`wrote ${CALIBRATION_PATH}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
