/**
 * The ledger's values in words for a reader: dates with the precision the text allows (never more), how a date
 * was established, enum values as labels, and an evidence quote in a few words of its article.
 */
import type { DateBasis, Precision } from '../schemas/common.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "5 December 2016", "December 2016" or "2016": only as much as the precision carries. */
export function dateInWords(iso: string | null, precision: Precision): string {
  if (!iso || precision === 'unknown') return 'date unknown';
  const [year, month, day] = iso.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? '';
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A span such as "last week": "28 November 2016 to 4 December 2016", or the single date. */
export function spanInWords(start: string | null, end: string | null, precision: Precision): string {
  const from = dateInWords(start, precision);
  if (!end || end === start || !start || precision === 'unknown') return from;
  return `${from} to ${dateInWords(end, precision)}`;
}

export const PRECISION_WORDS: Record<Precision, string> = {
  day: 'known to the day',
  month: 'known to the month',
  year: 'known to the year',
  unknown: 'the text gives no date',
};

export const BASIS_WORDS: Record<DateBasis, string> = {
  stated: 'the article prints the date',
  relative: 'worked out from words such as "on Monday" and the article\'s own date',
  publication: "only the article's date is known: it happened by then",
  inferred: 'inferred from other facts',
};

/** A count with its noun in the right number: "1 statement", "3 statements", "1 vote position", "0 figures". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** Names as a sentence lists them: "Russia", "Russia and China", "Russia, China and Venezuela" (never "A and B and C"). */
export function listInWords(names: readonly string[]): string {
  return LIST.format(names);
}

/** `press_conference` -> "Press conference"; `un_body` -> "UN body". */
export function label(value: string): string {
  const words = value.split('_').map((w) => (w === 'un' || w === 'sc' ? w.toUpperCase() : w));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A statement's words as a reader should see them: quoted speech in quotation marks, reported speech as it is. */
export function statementWords(statement: { kind: string; text: string }, maxLength = Number.POSITIVE_INFINITY): string {
  const text = statement.text.length > maxLength ? `${statement.text.slice(0, maxLength - 1).trimEnd()}…` : statement.text;
  return statement.kind === 'indirect' ? text : `“${text}”`;
}

/** A sentence from the data, ended with a full stop unless it already ends with punctuation. */
export const sentence = (text: string) => (/[.!?…]["”’)]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

export const numberInWords = (n: number | null | undefined) => (n === null || n === undefined ? '' : n.toLocaleString('en-GB'));

export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

/**
 * The quote with up to `words` words of the article on each side, on one line, cut at word boundaries, with an
 * ellipsis where the article goes on.
 */
export function quoteInContext(text: string, start: number, end: number, words = 6): QuoteInContext {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  const beforeWords = oneLine(text.slice(Math.max(0, start - 200), start)).split(' ');
  const afterWords = oneLine(text.slice(end, end + 200)).split(' ');
  const keptBefore = beforeWords.slice(-words - 1).join(' ');
  const keptAfter = afterWords.slice(0, words + 1).join(' ');
  // The 200-character windows hold the whole neighbourhood when they reach an end of the article with few words.
  const startsArticle = start <= 200 && beforeWords.length <= words + 1;
  const endsArticle = end + 200 >= text.length && afterWords.length <= words + 1;
  return {
    before: `${startsArticle ? '' : '…'}${keptBefore}`,
    quote: text.slice(start, end),
    after: `${keptAfter}${endsArticle ? '' : '…'}`,
  };
}

/** Plurals a unit is written in that no suffix rule turns back into the word a count's last word may be. */
const IRREGULAR_SINGULAR: Readonly<Record<string, string>> = { children: 'child', people: 'person', men: 'man', women: 'woman' };

/** A unit's singular, for "40-bed" (beds) and "one child" (children): "-ies" to "-y", "-ches"/"-shes"/"-sses"/"-xes", "-s". */
function singularOf(unit: string): string {
  const irregular = IRREGULAR_SINGULAR[unit];
  if (irregular) return irregular;
  if (unit.endsWith('ies')) return `${unit.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x)es$/u.test(unit)) return unit.slice(0, -2);
  return unit.endsWith('s') ? unit.slice(0, -1) : unit;
}

/**
 * What a figure's label adds after its printed words (`raw_text`): " <unit>", or nothing when the words already end
 * with it. The printed words often carry the counted noun ("13 children", "a minimum of 48 hours", "seven-day" for
 * days, "40-bed" for beds), and a label of words then unit would read "13 children children"; where they stop at the
 * number ("more than 440", "tens of thousands") the unit says what is counted. Every figure label uses this.
 */
export function unitAfter(rawText: string, unit: string): string {
  const last =
    rawText
      .trim()
      .toLowerCase()
      .split(/[\s-]+/u)
      .pop() ?? '';
  const named = unit.trim().toLowerCase();
  return last === named || last === singularOf(named) ? '' : ` ${unit}`;
}
