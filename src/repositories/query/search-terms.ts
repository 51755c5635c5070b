/**
 * Turns user text into a safe FTS5 query. User text is words, never FTS syntax: every term is quoted, so
 * `"`, `*`, `NEAR(`, `OR`, `-` or `'); DROP TABLE` cannot make SQLite throw or change the query's meaning.
 * Terms are ANDed, the way a search box behaves.
 */
import { InvalidSearch } from '../domain-errors.js';

export interface SearchLimits {
  maxLength: number;
  maxTerms: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function toFtsQuery(parameter: string, text: string, limits: SearchLimits, options: { prefix?: boolean } = {}): string {
  if (text.length > limits.maxLength) throw new InvalidSearch(parameter, `is longer than ${limits.maxLength} characters`);
  const terms = text.normalize('NFKC').match(WORD) ?? [];
  if (terms.length === 0) throw new InvalidSearch(parameter, 'has no searchable words (letters or digits)');
  if (terms.length > limits.maxTerms)
    throw new InvalidSearch(parameter, `has ${terms.length} words; at most ${limits.maxTerms} are allowed`);
  return terms.map((term, i) => (options.prefix && i === terms.length - 1 ? `"${term}"*` : `"${term}"`)).join(' ');
}
