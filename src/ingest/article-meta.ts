/**
 * Publication metadata of a new article: from --meta <file.json>, with command-line flags taking precedence, checked
 * against the sources.json schema, and the source id (the file name the corpus will use).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { slug, sourceEntry } from '../seed/annotation-schema.js';
import { describeIssues } from '../seed/load-corpus.js';
import { IngestError } from './ingest-error.js';
import { slugify } from './proper-names.js';

export const articleMeta = sourceEntry.omit({ file: true, sha256: true });
export type ArticleMeta = ReturnType<typeof articleMeta.parse>;

/** The meta fields, by their flag names (--published-on sets published_on). */
export const META_FIELDS = ['title', 'publisher', 'outlet', 'url', 'published_on', 'published_basis', 'language', 'kind'] as const;

export function readMeta(metaPath: string | undefined, overrides: Partial<Record<(typeof META_FIELDS)[number], string>>): ArticleMeta {
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
  const merged: Record<string, unknown> = { language: 'en', kind: 'news report', ...fromFile };
  for (const field of META_FIELDS) if (overrides[field] !== undefined) merged[field] = overrides[field];
  // A meta file may carry the fields sources.json computes; they are recomputed here.
  delete merged.file;
  delete merged.sha256;
  delete merged.id;
  const result = articleMeta.safeParse(merged);
  if (!result.success) throw new IngestError(`article metadata: ${describeIssues(result.error)}`);
  return result.data;
}

/**
 * The source id: --id if given; else the article's file name when it is already a slug
 * ("reuters-2016-12-13-aleppo-evacuation.txt"); else publisher, date and the first words of the title.
 */
export function sourceIdFor(articlePath: string, meta: ArticleMeta, explicit?: string): string {
  const candidate = explicit ?? basename(articlePath).replace(/\.txt$/i, '');
  if (slug.safeParse(candidate).success) return candidate;
  if (explicit) throw new IngestError(`--id "${explicit}" is not a lowercase slug (letters, digits and single hyphens)`);
  const publisher = slugify(meta.publisher).split('-').slice(0, 2).join('-');
  const title = slugify(meta.title).split('-').slice(0, 5).join('-');
  return `${publisher}-${meta.published_on}-${title}`;
}
