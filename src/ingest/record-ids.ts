/**
 * Ids for drafted records: readable slugs in the style of the curated files ("sergei-lavrov-2016-12-09-strikes-
 * resumed", "2016-12-01-killed-more-than-440-civilians"), unique across the draft and every other annotation file.
 */
import { slugify } from './proper-names.js';

const STOPWORDS = new Set(
  'a an the and or but of to in on at for with by from as is are was were be been it its this that these those we i he she they our their his her you will would should can could must not do does did have has had there here so if then than also very all any some such into about after before over under'.split(
    ' ',
  ),
);

/** The first few words of a passage that say what it is about. */
export function keywords(passage: string, count = 4): string {
  const words = slugify(passage)
    .split('-')
    .filter((w) => w.length > 1 && !STOPWORDS.has(w));
  return words.slice(0, count).join('-');
}

export class RecordIds {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  /** A unique slug built from parts; a number is added when the slug is taken. */
  claim(...parts: (string | null | undefined)[]): string {
    const base =
      slugify(parts.filter((p): p is string => Boolean(p)).join('-'))
        .slice(0, 90)
        .replace(/-+$/, '') || 'record';
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
