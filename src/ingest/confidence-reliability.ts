/**
 * Whether a record's confidence means what it says: of the records drafted at a confidence, how many are right (by the
 * judgement the precision counts, score-gold.ts), and what a user who asks for `min_confidence` t gets (precision and
 * recall of the records at t or above). Aggregates only: no record's words are printed, so held-out sets can be
 * measured so.
 */
import { CALIBRATION_KINDS, type CalibrationKind } from './confidence-calibration.js';
import { fmt, type Judged, ratio } from './score-gold.js';

/** Lower bounds of the confidence bands; the last band runs to 1. */
export const BAND_FLOORS = [0, 0.5, 0.6, 0.7, 0.8, 0.9] as const;
/** The minimum confidences a user may ask for, reported one line each. */
export const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9] as const;

// Confidences are rounded to hundredths: 0.9 is at least 0.9 however it was computed.
const atLeast = (confidence: number | null, floor: number) => confidence !== null && confidence >= floor - 1e-9;

export interface Band {
  label: string;
  drafted: number;
  right: number;
}

export interface AtThreshold {
  min: number;
  drafted: number;
  right: number;
  /** Expected records found right by a drafted record of confidence at least `min`. */
  recalled: number;
  expected: number;
}

export interface Reliability {
  bands: Band[];
  thresholds: AtThreshold[];
}

/** Counts per confidence band and per minimum confidence. A record with no confidence falls in no band. */
export function reliability(judged: Judged): Reliability {
  const bands = BAND_FLOORS.map((floor, i) => {
    const ceiling = BAND_FLOORS[i + 1];
    const label =
      ceiling === undefined ? `>= ${floor.toFixed(1)}` : i === 0 ? `< ${ceiling.toFixed(1)}` : `${floor.toFixed(1)}-${ceiling.toFixed(1)}`;
    const inBand = judged.drafted.filter((d) => atLeast(d.confidence, floor) && (ceiling === undefined || !atLeast(d.confidence, ceiling)));
    return { label, drafted: inBand.length, right: inBand.filter((d) => d.right).length };
  });
  const thresholds = THRESHOLDS.map((min) => {
    const kept = judged.drafted.filter((d) => atLeast(d.confidence, min));
    return {
      min,
      drafted: kept.length,
      right: kept.filter((d) => d.right).length,
      recalled: judged.expected.filter((best) => atLeast(best, min)).length,
      expected: judged.expected.length,
    };
  });
  return { bands, thresholds };
}

/** The kinds judged by a speaker's name (a statement's speaker, a vote's vetoing members), so by speakerMatch. */
const SPEAKER_KINDS = new Set<CalibrationKind>(['statements', 'votes']);

const share = (part: number, whole: number) => fmt(ratio(part, whole));

/** The right records a strict speaker match keeps, of all drafted, and how many rest on a subset of the speaker's words. */
function strictLine(judged: Judged): string {
  const right = judged.drafted.filter((d) => d.right).length;
  const loose = judged.drafted.filter((d) => d.right && d.strict === false).length;
  return `    strict   ${right - loose}/${judged.drafted.length} right under a strict speaker match (${loose} of ${right} right only by a subset of the speaker's words)`;
}

/** The reliability table of each kind, as printed by `npm run score:ingest -- --reliability`. */
export function formatReliability(label: string, judged: Record<CalibrationKind, Judged>): string {
  const lines = [`${label} reliability of confidence (drafted records per band: right/drafted, precision)`];
  for (const kind of CALIBRATION_KINDS) {
    const r = reliability(judged[kind]);
    lines.push(`  ${kind}`);
    if (SPEAKER_KINDS.has(kind)) lines.push(strictLine(judged[kind]));
    lines.push(`    bands    ${r.bands.map((b) => `${b.label}: ${b.right}/${b.drafted} ${share(b.right, b.drafted)}`).join('  ')}`);
    for (const t of r.thresholds)
      lines.push(
        `    at min_confidence ${t.min.toFixed(1)}: precision ${share(t.right, t.drafted)} (${t.right}/${t.drafted}), recall ${share(t.recalled, t.expected)} (${t.recalled}/${t.expected})`,
      );
  }
  return lines.join('\n');
}
