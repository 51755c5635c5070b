/**
 * Publication metadata of a new article. A user gives four fields (title, publisher, url, published_on) in
 * --meta <file.json> or as flags (flags win); the rest is worked out: `outlet` is the URL's host without "www.",
 * `published_basis` is `text` when the article prints its own date and `url` otherwise, `language` defaults to
 * "en" and `kind` to "news report" (ingest-article.ts makes it "press release" once the text reads as its publisher's
 * own release). Any of them may still be given to override. Then the source id.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as chrono from 'chrono-node';
import type { z } from 'zod';
import { isoDate, slug, sourceEntry } from '../seed/annotation-schema.js';
import { describeIssues } from '../seed/load-corpus.js';
import { datelineDay } from './date-expressions.js';
import { IngestError } from './ingest-error.js';
import { slugify } from './proper-names.js';
import { splitParagraphs } from './text-segments.js';

export const articleMeta = sourceEntry.omit({ file: true, sha256: true });
export type ArticleMeta = ReturnType<typeof articleMeta.parse>;

/** The fields a user must give. */
export const REQUIRED_META_FIELDS = ['title', 'publisher', 'url', 'published_on'] as const;
/** Every meta field, by its flag name (--published-on sets published_on). */
export const META_FIELDS = [...REQUIRED_META_FIELDS, 'outlet', 'published_basis', 'language', 'kind'] as const;
export type MetaField = (typeof META_FIELDS)[number];

const flagOf = (field: string) => `--${field.replace(/_/g, '-')}`;

/** What a user gives: the four required fields, and any of the others to override what would be worked out. */
export const givenMeta = articleMeta.partial().required({ title: true, publisher: true, url: true, published_on: true });
export type GivenMeta = ReturnType<typeof givenMeta.parse>;

/** Reads --meta and applies the flags; checks what the user gave (the article is needed for the rest). */
export function readMeta(metaPath: string | undefined, overrides: Partial<Record<MetaField, string>>): GivenMeta {
  let fromFile: Record<string, unknown> = {};
  if (metaPath) {
    try {
      const parsed = JSON.parse(readFileSync(metaPath, 'utf8')) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
      fromFile = parsed as Record<string, unknown>;
    } catch (error) {
      throw new IngestError(`--meta ${metaPath}: ${(error as Error).message}`);
    }
  }
  const merged: Record<string, unknown> = { ...fromFile };
  for (const field of META_FIELDS) if (overrides[field] !== undefined) merged[field] = overrides[field];
  // A meta file may carry the fields sources.json computes; they are recomputed here.
  delete merged.file;
  delete merged.sha256;
  delete merged.id;
  // The file the metadata came from is named in every error, and a value given as a flag says so.
  const where = metaPath ? `article metadata (${metaPath})` : 'article metadata';
  // Every bad field is named at once (the missing ones, then the malformed), so one fix-up is enough.
  const missing: string[] = REQUIRED_META_FIELDS.filter((field) => merged[field] === undefined || merged[field] === '');
  const problems = missing.length > 0 ? [`missing ${missing.map((f) => `${f} (give it in --meta or as ${flagOf(f)})`).join(', ')}`] : [];
  const given = givenMeta.safeParse(merged);
  if (!given.success) {
    const fromFlag = (field: string) => overrides[field as MetaField] !== undefined;
    problems.push(...describeMetaIssues(given.error, merged, fromFlag, new Set(missing)));
  }
  if (problems.length > 0 || !given.success) throw new IngestError(`${where}: ${problems.join('; ')}`);
  return given.data;
}

/**
 * One problem per field (but those in `named`, already reported missing), with the value given: `published_on "07/12/2016": must be a date written YYYY-MM-DD` (the
 * calendar check after the format check would only repeat it), `url "example.org": must be a full URL (https://...)`,
 * `title "T": is too short: at least 3 characters` (in words, not the schema library's "Too small: expected ...").
 */
function describeMetaIssues(
  error: z.ZodError,
  given: Record<string, unknown>,
  fromFlag: (field: string) => boolean,
  named: ReadonlySet<string>,
): string[] {
  const seen = new Set<string>(named);
  const problems: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (field && seen.has(field)) continue;
    seen.add(field);
    if (!field) {
      problems.push(
        issue.code === 'unrecognized_keys'
          ? `unknown field(s) ${issue.keys.join(', ')} (the fields are ${META_FIELDS.join(', ')})`
          : issue.message,
      );
      continue;
    }
    const message =
      field === 'url' && issue.code !== 'invalid_type'
        ? 'must be a full URL (https://...)'
        : issue.code === 'too_small' && issue.origin === 'string'
          ? `is too short: at least ${issue.minimum} characters`
          : issue.message;
    const flag = fromFlag(field) ? ` (given as ${flagOf(field)})` : '';
    problems.push(`${field} ${JSON.stringify(given[field])}${flag}: ${message}`);
  }
  return problems;
}

/** The URL's host without a leading "www.": https://www.voanews.com/a/... -> voanews.com. */
export function outletOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * Whether the article prints its own publication date: day, month and year ("Dec. 9, 2016", "9 December 2016",
 * "2016-12-09"), or the day and month of a wire's or a daily's dateline ("KATHMANDU, Dec 9:", "MANAMA, December 9",
 * datelineDay). A date with no year elsewhere ("on December 9") does not count: it is a remark's or an event's day.
 */
export function printsDate(text: string, publishedOn: string): boolean {
  if (!isoDate.safeParse(publishedOn).success) return false;
  if (datelineDay(splitParagraphs(text), publishedOn)?.date === publishedOn) return true;
  const reference = new Date(`${publishedOn}T12:00:00Z`);
  return chrono.en.strict.parse(text, reference).some((result) => {
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) return false;
    const iso = `${start.get('year')}-${String(start.get('month')).padStart(2, '0')}-${String(start.get('day')).padStart(2, '0')}`;
    return iso === publishedOn;
  });
}

/** The complete sources.json entry (without file and sha256) for an article, or an error naming the field. */
export function completeMeta(given: GivenMeta, text: string): ArticleMeta {
  const merged = {
    language: 'en',
    kind: 'news report',
    outlet: outletOf(given.url),
    published_basis: printsDate(text, given.published_on) ? 'text' : 'url',
    ...given,
  };
  const result = articleMeta.safeParse(merged);
  if (!result.success) throw new IngestError(`article metadata: ${describeIssues(result.error)}`);
  return result.data;
}

/**
 * The source id: --id if given; else the article's file name when it is a slug carrying the publication date
 * ("reuters-2016-12-13-aleppo-evacuation.txt"); else publisher, date and the first words of the title. A bare
 * "article.txt" or "new.txt" never becomes the id "article" or "new", which the next such file would collide with.
 */
/** Words a title cut after five words should not end on. */
const DANGLING = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'and', 'or', 'but', 'into']);

export function sourceIdFor(articlePath: string, meta: GivenMeta, explicit?: string): string {
  const candidate = explicit ?? basename(articlePath).replace(/\.txt$/i, '');
  if (explicit) {
    if (slug.safeParse(candidate).success) return candidate;
    throw new IngestError(`--id "${explicit}" is not a lowercase slug (letters, digits and single hyphens)`);
  }
  if (slug.safeParse(candidate).success && candidate.includes(meta.published_on)) return candidate;
  // "The Lantern Review" is lantern-review, as "the-lantern" would name no outlet.
  const publisher = slugify(meta.publisher)
    .replace(/^(the|a|an)-(?=.)/, '')
    .split('-')
    .slice(0, 2)
    .join('-');
  // Five title words, without a small word left dangling at the cut ("...-council-fails-to" reads as a typo).
  const words = slugify(meta.title).split('-').slice(0, 5);
  while (words.length > 1 && DANGLING.has(words[words.length - 1] as string)) words.pop();
  const title = words.join('-');
  return `${publisher}-${meta.published_on}-${title}`;
}
