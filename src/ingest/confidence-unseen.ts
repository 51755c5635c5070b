/**
 * How often each kind of record was right on text nobody had tuned for: the evidence confidence is levelled to.
 *
 * The dev set is tuned on, so its precision overstates what the same code does on a new article, and most for the
 * kinds whose unseen precision is lowest (s14: votes 0.92 on dev, 2 of 7 on the thirteenth held-out set). Every
 * held-out set since the fifth was scored once, unseen, at the code of its session's end, before it was moved into
 * dev; confidence-unseen.json keeps those counts per kind with the commit each was measured at (transcribed from the
 * dev README's note on each set). Pooled, they are the kind's unseen precision.
 *
 * The calibration (calibrate-cli.ts) reads it as a shift of log-odds: a key's dev precision says how much surer or
 * less sure its records are than the kind's on dev, and the kind's level on unseen text is the pooled unseen
 * precision, so confidence = sigmoid(logit(key's dev precision) + logit(unseen precision) - logit(dev precision)).
 * A key as good as its kind on dev gets the kind's unseen precision; a key much better on dev stays better, by the
 * same odds ratio. The file is validated on load: a malformed one is an error that names the key at fault.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CALIBRATION_KINDS, type CalibrationKind, parsedAgainst } from './confidence-calibration.js';

const counts = z
  .strictObject({ drafted: z.number().int().nonnegative(), right: z.number().int().nonnegative() })
  .refine((c) => c.right <= c.drafted, { message: 'right exceeds drafted' });
export type Counts = z.infer<typeof counts>;

const unseenSet = z.strictObject({
  /** The held-out set's name as the dev README gives it ("held-out 13"). */
  set: z.string().min(1),
  /** The commit whose code drafted the counted records: the set was unseen to it. */
  scored_with: z.string().regex(/^[0-9a-f]{7,40}$/u, 'expected a commit hash'),
  kinds: z.strictObject({ statements: counts, figures: counts, votes: counts, events: counts }),
});

export const unseenEvidenceFile = z.strictObject({
  about: z.string(),
  /** Each set once: a set counted twice would weigh double in the pool. */
  sets: z
    .array(unseenSet)
    .min(1)
    .superRefine((sets, context) => {
      const names = sets.map((s) => s.set);
      const twice = names.find((name, i) => names.indexOf(name) !== i);
      if (twice) context.addIssue({ code: 'custom', message: `"${twice}" is counted twice` });
    }),
});
export type UnseenEvidence = z.infer<typeof unseenEvidenceFile>;

export const UNSEEN_EVIDENCE_PATH = fileURLToPath(new URL('./confidence-unseen.json', import.meta.url));

/** The unseen evidence checked against its schema; a malformed file is an error naming the key at fault. */
export function parseUnseenEvidence(raw: unknown, where = UNSEEN_EVIDENCE_PATH): UnseenEvidence {
  return parsedAgainst(unseenEvidenceFile, raw, where, 'valid unseen evidence');
}

/** The evidence file on disk. */
export function loadUnseenEvidence(path = UNSEEN_EVIDENCE_PATH): UnseenEvidence {
  return parseUnseenEvidence(JSON.parse(readFileSync(path, 'utf8')), path);
}

/** The sets pooled: every one less those left out (to measure one set unseen); none left is an error. */
export function keptSets(evidence: UnseenEvidence, leaveOut: string[] = []): UnseenEvidence['sets'] {
  const kept = evidence.sets.filter((s) => !leaveOut.includes(s.set));
  if (kept.length === 0) throw new Error('no unseen set is left to pool');
  return kept;
}

/** Each kind's records drafted and right, pooled over the kept sets (keptSets). */
export function pooledUnseen(evidence: UnseenEvidence, leaveOut: string[] = []): Record<CalibrationKind, Counts> {
  const kept = keptSets(evidence, leaveOut);
  return Object.fromEntries(
    CALIBRATION_KINDS.map((kind) => [
      kind,
      {
        drafted: kept.reduce((sum, s) => sum + s.kinds[kind].drafted, 0),
        right: kept.reduce((sum, s) => sum + s.kinds[kind].right, 0),
      },
    ]),
  ) as Record<CalibrationKind, Counts>;
}

// Log-odds of a share kept off 0 and 1, where they are infinite: a share is never measured closer than this.
const EDGE = 0.001;
const logit = (p: number) => {
  const q = Math.min(1 - EDGE, Math.max(EDGE, p));
  return Math.log(q / (1 - q));
};
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * A key's precision moved from the dev level to the unseen level: the same odds ratio to its kind, at the kind's
 * unseen precision ("as much surer than its kind as on dev").
 */
export function levelledToUnseen(keyPrecision: number, devPrecision: number, unseenPrecision: number): number {
  return sigmoid(logit(keyPrecision) + logit(unseenPrecision) - logit(devPrecision));
}
