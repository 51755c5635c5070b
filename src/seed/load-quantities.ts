/**
 * Reads seed/quantities.yaml: which figures are claims about one measured thing. The grouping is the curator's;
 * this file checks it (each figure exists, belongs to one quantity, counts the quantity's unit, has a compatible
 * metric, the same category, and lies at or inside the quantity's location) and computes what follows from the
 * claims: the period, the envelope and whether the claims can all be true. The published database never
 * changes, so all of it is computed here once rather than on every request.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { FIGURE_METRICS, type figures, type locations, type quantities } from '../db/schema.js';
import { UNDATED_SORT_DATE } from '../db/sort-date.js';
import { slug } from './annotation-schema.js';
import { SeedError } from './seed-error.js';

export type QuantityRow = typeof quantities.$inferInsert;
type FigureRow = typeof figures.$inferInsert;
type LocationRow = typeof locations.$inferInsert;

const note = z.string().trim().min(20, 'must say why, in a sentence or more');

const quantityEntry = z
  .object({
    id: slug,
    metric: z.enum(FIGURE_METRICS),
    unit: z.string().min(1),
    equivalent_units: z.array(z.string().min(1)).default([]),
    unit_note: note.optional(),
    subject: z.string().min(1),
    location: slug.optional(),
    figures: z.array(slug).min(1),
    note,
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.equivalent_units.length > 0 && !q.unit_note) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit_note'],
        message: 'is required when equivalent_units is given: say why those units count the same',
      });
    }
  });

const keptApart = z.object({ figures: z.array(slug).min(2), note }).strict();

export const quantitiesFile = z
  .object({ quantities: z.array(z.unknown()).default([]), kept_apart: z.array(z.unknown()).default([]) })
  .strict();

/**
 * Metrics that may be claims about one quantity although their names differ. Being trapped in a besieged enclave
 * and living under siege there can count the same people; whether they do in a given case is the curator's note.
 */
const COMPATIBLE_METRICS: readonly (readonly string[])[] = [['trapped', 'besieged']];

const compatible = (a: string, b: string) => a === b || COMPATIBLE_METRICS.some((group) => group.includes(a) && group.includes(b));

/** What one claim allows, as an inclusive interval; null where the words set no bound. */
export interface Interval {
  low: number | null;
  high: number | null;
}

/**
 * The interval a figure's words allow. The stored `low`/`high` say it when the curator set them; where they are
 * null the qualifier may still bound the value (an `exact` number is both bounds; `at_least`/`more_than` floor at
 * the value, `at_most`/`nearly` cap at it). `about` and `vague` without bounds allow anything, so they never make
 * a quantity inconsistent. "more than 440" is taken as the inclusive floor 440: counts are whole numbers and the
 * envelope is for comparing claims, not for arithmetic.
 */
export function claimInterval(figure: Pick<FigureRow, 'value' | 'low' | 'high' | 'qualifier'>): Interval {
  const value = figure.value ?? null;
  let low = figure.low ?? null;
  let high = figure.high ?? null;
  if (value !== null) {
    if (low === null && ['exact', 'at_least', 'more_than'].includes(figure.qualifier)) low = value;
    if (high === null && ['exact', 'at_most', 'nearly'].includes(figure.qualifier)) high = value;
  }
  return { low, high };
}

/** The interval every claim allows at once, and whether one number could satisfy them all. */
export function envelopeOf(claims: readonly Interval[]): { envelope: Interval; consistent: boolean } {
  let low: number | null = null;
  let high: number | null = null;
  for (const claim of claims) {
    if (claim.low !== null) low = low === null ? claim.low : Math.max(low, claim.low);
    if (claim.high !== null) high = high === null ? claim.high : Math.min(high, claim.high);
  }
  return { envelope: { low, high }, consistent: low === null || high === null || low <= high };
}

/**
 * Loads and checks the quantities, sets `quantityId` on the figures they group, and returns the rows to insert.
 * `addToDigest` makes the file part of the build id. A seed folder without quantities.yaml has no quantities.
 */
export function loadQuantities(
  seedDir: string,
  display: (path: string) => string,
  corpus: { figures: FigureRow[]; locations: LocationRow[] },
  addToDigest: (name: string, data: Buffer) => void,
): QuantityRow[] {
  const path = join(seedDir, 'quantities.yaml');
  if (!existsSync(path)) return [];
  const file = display(path);
  const bytes = readFileSync(path);
  addToDigest('quantities.yaml', bytes);
  let raw: unknown;
  try {
    raw = parseYaml(bytes.toString('utf8'), { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new SeedError(file, null, `is not valid YAML: ${error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error)}`);
  }
  const top = quantitiesFile.safeParse(raw);
  if (!top.success) throw new SeedError(file, null, issues(top.error));

  const figuresById = new Map(corpus.figures.map((f) => [f.id, f]));
  const parentOf = new Map(corpus.locations.map((l) => [l.id, l.parentId ?? null]));
  const isAtOrInside = (place: string, container: string) => {
    for (let at: string | null | undefined = place; at; at = parentOf.get(at)) if (at === container) return true;
    return false;
  };

  const owner = new Map<string, string>(); // figure id -> quantity id
  const seen = new Set<string>();
  const rows: QuantityRow[] = [];
  top.data.quantities.forEach((entry, index) => {
    const id = entry && typeof entry === 'object' && 'id' in entry ? String((entry as { id: unknown }).id) : null;
    const label = id ? `quantities[${index}] (${id})` : `quantities[${index}]`;
    const parsed = quantityEntry.safeParse(entry);
    if (!parsed.success) throw new SeedError(file, label, issues(parsed.error));
    const q = parsed.data;
    if (seen.has(q.id)) throw new SeedError(file, label, 'duplicate quantity id');
    seen.add(q.id);
    if (q.location && !parentOf.has(q.location))
      throw new SeedError(file, label, `location: unknown location "${q.location}" (not in seed/locations.yaml)`);

    const units = new Set([q.unit, ...q.equivalent_units]);
    const claims: FigureRow[] = [];
    q.figures.forEach((figureId, at) => {
      const field = `figures[${at}]`;
      const figure = figuresById.get(figureId);
      if (!figure) throw new SeedError(file, label, `${field}: unknown figure "${figureId}" (no annotation file defines it)`);
      const previous = owner.get(figureId);
      if (previous) {
        throw new SeedError(
          file,
          label,
          `${field}: figure "${figureId}" already belongs to quantity "${previous}"; a figure is a claim about one quantity`,
        );
      }
      if (!units.has(figure.unit)) {
        throw new SeedError(
          file,
          label,
          `${field}: figure "${figureId}" counts "${figure.unit}", the quantity counts "${q.unit}"${q.equivalent_units.length ? ` (or ${q.equivalent_units.map((u) => `"${u}"`).join(', ')})` : ''}`,
        );
      }
      if (!compatible(figure.metric, q.metric)) {
        throw new SeedError(
          file,
          label,
          `${field}: figure "${figureId}" has metric "${figure.metric}", not compatible with the quantity's "${q.metric}"`,
        );
      }
      if (claims[0] && claims[0].category !== figure.category) {
        throw new SeedError(
          file,
          label,
          `${field}: figure "${figureId}" has category "${figure.category}", but "${claims[0].id}" has "${claims[0].category}"`,
        );
      }
      if (q.location && figure.locationId && !isAtOrInside(figure.locationId, q.location)) {
        throw new SeedError(
          file,
          label,
          `${field}: figure "${figureId}" is about "${figure.locationId}", which is not "${q.location}" or inside it`,
        );
      }
      owner.set(figureId, q.id);
      claims.push(figure);
    });

    const dates = claims
      .map((c) => c.asOf)
      .filter((d): d is string => typeof d === 'string')
      .sort();
    const { envelope, consistent } = envelopeOf(claims.map(claimInterval));
    for (const claim of claims) claim.quantityId = q.id;
    rows.push({
      id: q.id,
      metric: q.metric,
      category: (claims[0] as FigureRow).category,
      unit: q.unit,
      unitNote: q.unit_note ?? null,
      subject: q.subject,
      locationId: q.location ?? null,
      periodFrom: dates[0] ?? null,
      periodTo: dates[dates.length - 1] ?? null,
      envelopeLow: envelope.low,
      envelopeHigh: envelope.high,
      consistent,
      claimCount: claims.length,
      note: q.note,
      sortDate: dates[0] ?? UNDATED_SORT_DATE,
    });
  });

  top.data.kept_apart.forEach((entry, index) => {
    const label = `kept_apart[${index}]`;
    const parsed = keptApart.safeParse(entry);
    if (!parsed.success) throw new SeedError(file, label, issues(parsed.error));
    parsed.data.figures.forEach((figureId, at) => {
      if (!figuresById.has(figureId))
        throw new SeedError(file, label, `figures[${at}]: unknown figure "${figureId}" (no annotation file defines it)`);
    });
  });
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function issues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
