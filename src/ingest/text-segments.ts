/**
 * Paragraphs and sentences of an article as character spans (JavaScript string indices into the stored text), so
 * that everything the extractors find can be cut back out of the article verbatim as evidence.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment extends Span {
  text: string;
}

/** Non-empty lines, trimmed: news text puts one paragraph on a line. */
export function splitParagraphs(text: string): Segment[] {
  const paragraphs: Segment[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const leading = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed.length > 0) paragraphs.push({ start: offset + leading, end: offset + leading + trimmed.length, text: trimmed });
    offset += line.length + 1;
  }
  return paragraphs;
}

/** (s69) A quiz's question and its answer, each a numbered paragraph ("3. ..."), the answer under the answers' heading. */
export interface QuizPassage {
  question: Segment;
  answer: Segment;
}
const QUIZ_NUMBER = /^(\d{1,2})[.)]\s+(?=\S)/u;
const ANSWERS_HEADING = /^(?:the\s+)?answers?\b[^.?!]{0,30}:?$/iu;

/**
 * (s69) A news quiz's passages: the numbered questions before a heading of the answers ("THE ANSWERS", "Answers:") and
 * the numbered answers after it, paired by their numbers (two pairs or more). A question and its answer are read as one
 * passage: whom the answer's "he" means and the day its remarks were made are the question's.
 */
export function quizPassages(paragraphs: readonly Segment[]): QuizPassage[] {
  const heading = paragraphs.findIndex((p) => ANSWERS_HEADING.test(p.text));
  if (heading < 0) return [];
  const numbered = (from: number, to: number) =>
    new Map(
      paragraphs.slice(from, to).flatMap((p) => {
        const number = QUIZ_NUMBER.exec(p.text)?.[1];
        return number ? [[number, p] as const] : [];
      }),
    );
  const questions = numbered(0, heading);
  const answers = numbered(heading + 1, paragraphs.length);
  const passages = [...answers].flatMap(([number, answer]) => {
    const question = questions.get(number);
    return question ? [{ question, answer }] : [];
  });
  return passages.length >= 2 ? passages : [];
}

/**
 * The abbreviations printed with a full stop before, inside or after a name: courtesy titles and the styles of a
 * minister or member ("Hon. Jane Roe", "the Rt. Hon."), of a clergyman ("Rev. John Roe", "Fr. Jo Roe", "Msgr."), ranks
 * and offices ("Gen.", "Sen.", "Amb."), a name's own parts ("St.", "Jr.", "Mt."). One list for every reader that must
 * not take their stop for a sentence's or a phrase's end: the sentence splitter here, the name readers of
 * proper-names.ts and the speaker named after the verb in speaker-resolution.ts.
 */
export const NAME_ABBREVIATIONS = [
  ...['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Hon', 'Rt', 'Rev', 'Revd', 'Msgr', 'Mgr', 'Mons', 'Fr'],
  ...['Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Maj', 'Adm', 'Brig', 'Cmdr', 'Sen', 'Rep', 'Gov', 'Pres', 'Amb'],
  ...['St', 'Jr', 'Sr', 'Mt', 'Ft'],
];
/**
 * (s33) Of those, the ones that are a place's name too: a prelate's "Mons." (Monsignor, the Italian and French press's
 * style) and the Belgian town ("in Mons. The ..."), whose stop may end a sentence.
 */
export const PLACE_LIKE_ABBREVIATIONS = ['Mons'];

// Words after which a full stop does not end a sentence: the abbreviations of names, months, and the like. (s28) The
// styles of a minister or a clergyman among them: the stop cut "Hon." from its name, so "..., Hon. Roe told
// journalists." lost its speaker.
const ABBREVIATIONS = new Set([
  ...NAME_ABBREVIATIONS.map((word) => word.toLowerCase()),
  ...['ret', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'approx'],
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
]);

// Signs of money the press abbreviates with a stop before the sum: "Rs. 40,000", "Afl. 25,000", "Shs. 2 million".
const MONEY_ABBREVIATIONS = new Set(['Rs', 'Afl', 'NAf', 'Naf', 'Shs', 'Ksh', 'Tk', 'Dhs']);

// After an initialism such as "U.S." a full stop ends the sentence only if one of these words follows.
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'but',
  'and',
  'in',
  'on',
  'at',
  'this',
  'that',
  'there',
  'his',
  'her',
  'their',
  'its',
  'when',
  'after',
  'however',
  'meanwhile',
]);

const OPENING_MARKS = '"“‘\'(«„[';
const CLOSING_MARKS = '"”’\')»]';
// A reference entry's citation marker printed right after the stop ("... 36 abstentions.[9] On 19 December ..."), as
// encyclopedias print them: it closes the sentence it cites, like a closing mark.
const CITATION_MARKER = /^\[(?:\d{1,3}|[a-z])\]/u;
/** The length of the closing mark or citation marker at `at` (0 if none). */
const closingLength = (text: string, at: number) =>
  CLOSING_MARKS.includes(text[at] as string) ? 1 : (CITATION_MARKER.exec(text.slice(at, at + 5))?.[0].length ?? 0);

/** True when the full stop at `dot` belongs to an abbreviation rather than ending a sentence. */
function isAbbreviationStop(text: string, dot: number, nextWord: string): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] as string)) start--;
  const word = text.slice(start, dot);
  if (word.length === 0) return false;
  // "Rs. 40,000", "Afl. 25,000": a sign of money abbreviated before a sum.
  if (MONEY_ABBREVIATIONS.has(word) && /^ \d/u.test(text.slice(dot + 1, dot + 3))) return true;
  // "U.S." or an initial "J.", (s33) or an abbreviation that is a place's name too ("Mons. Jo Roe", "in Mons. The"):
  // a sentence boundary only before a typical sentence opener
  if (word.includes('.') || /^\p{Lu}$/u.test(word) || PLACE_LIKE_ABBREVIATIONS.includes(word)) {
    return !SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  // (s57) "No. 2328" is a number's sign; "voted no. Unlike ..." ends a sentence on the word "no".
  if (word.toLowerCase() === 'no') return /^\s*\d/u.test(text.slice(dot + 1, dot + 4));
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Sentences of one paragraph: a stop (. ! ?), then any closing quotation marks, brackets or citation markers ("[9]"),
 * then white space and something that can begin a sentence (a capital, a digit or an opening mark).
 */
export function splitSentences(text: string, paragraph: Span): Segment[] {
  const sentences: Segment[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i] as string;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < paragraph.end && closingLength(text, end) > 0) end += closingLength(text, end);
    let next = end;
    while (next < paragraph.end && /\s/u.test(text[next] as string)) next++;
    if (next === end || next >= paragraph.end) continue;
    const nextChar = text[next] as string;
    if (!/[\p{Lu}\p{N}]/u.test(nextChar) && !OPENING_MARKS.includes(nextChar)) continue;
    if (ch === '.' && text[i - 1] === '.') continue; // an ellipsis inside a sentence
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0] ?? '';
    if (ch === '.' && isAbbreviationStop(text, i, nextWord)) continue;
    sentences.push({ start, end, text: text.slice(start, end) });
    start = next;
    i = next - 1;
  }
  if (start < paragraph.end) sentences.push({ start, end: paragraph.end, text: text.slice(start, paragraph.end) });
  return sentences;
}

/** A literal string as a pattern that matches exactly it ("U.N." -> "U\\.N\\."). */
export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A name (or any literal) as a word of its own: the name, with no letter right before or after it ("Lund" in "Lund
 * said", not in "Lundqvist"). One home for the pattern every reader of a name builds.
 */
export const nameAsWord = (name: string, flags = 'u') => new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}(?![\p{L}])`, flags);

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
/** Whether the character at `offset` lies inside one of `spans` (a quotation, say: "is this word quoted?"). */
export const insideAny = (spans: readonly Span[], offset: number) => spans.some((s) => s.start <= offset && offset < s.end);

/** Shrinks a span so that it neither starts nor ends with white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** Number of words in a passage. */
export const wordCount = (value: string) => value.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** How much of a sentence a record's note quotes. */
export const NOTE_QUOTE = 60;

/**
 * A passage on one line in at most `max` characters, cut at the last word boundary and marked "…" where cut, so a
 * note or a report never quotes half a word ("the issue in Parlia").
 */
export function clip(value: string, max = NOTE_QUOTE): string {
  const flat = value.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max - 1);
  return `${(flat[max - 1] === ' ' ? head : head.replace(/\s+\S*$/u, '')).trimEnd()}…`;
}

/**
 * A passage in the words around it (`width` characters each side), on one line, for a curator reading a terminal:
 * `…ends on Dec. [31], when he…` (the ingest's report and the completeness audit print passages so).
 */
export function inContext(text: string, span: Span, width = 50): string {
  const from = Math.max(0, span.start - width);
  const to = Math.min(text.length, span.end + width);
  const line = (value: string) => value.replace(/\s+/gu, ' ');
  return `${from > 0 ? '…' : ''}${line(text.slice(from, span.start))}[${line(text.slice(span.start, span.end))}]${line(text.slice(span.end, to))}${to < text.length ? '…' : ''}`;
}
