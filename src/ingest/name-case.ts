/**
 * (s47) Names printed in capitals, as some house styles print the speaker of a paragraph: the UN's meetings coverage
 * ("VITALY CHURKIN (Russian Federation) said", "GERARD VAN BOHEMEN (New Zealand), also on behalf of ...") and an Italian
 * committee record's surnames ("Paolo GENTILONI, Minister of Foreign Affairs, ...", "Marco BERTONI (PD) asks").
 * The rules read a person's name by its capitals and lower case, so the extractors read a copy of the article with those
 * names in their ordinary case: every character keeps its offset (an upper-case letter and its lower case are one
 * UTF-16 unit each in these scripts), so the spans they find are the printed article's too, and the draft quotes the
 * printed words (ArticleAnalysis.printed).
 *
 * Only where the form says it is a name: two words or more in capitals right before a bracket that opens on a capital
 * ("(Spain)", "(the Netherlands)"), or (s48) before a comma and a title in a sentence that goes on to a verb of
 * speaking, or a capitalised given name and a surname in capitals opening a paragraph, before a comma or a bracket.
 * Acronyms ("The ICRC, whose ...", "UN OCHA (Office ...)") are not names: a word with no vowel, a
 * word the gazetteer knows as written, or an article before it leaves the run as printed.
 */
import type { Gazetteer } from './gazetteer.js';

// Two to five words in capitals (letters, apostrophes, dots, hyphens), then a bracket opening on a capitalised word.
const CAPITALS_BEFORE_BRACKET =
  /(?<![\p{L}\d'’.-])(\p{Lu}[\p{Lu}'’.-]*\p{Lu}(?:\s+\p{Lu}[\p{Lu}'’.-]*\p{Lu}){1,4})(?=\s+\((?:the\s+)?\p{Lu}\p{Ll})/gu;
// A given name, then a surname (one or two words) in capitals, opening a paragraph, before a comma or a bracket.
const CAPITAL_SURNAME_OPENING = /(?<=(?:^|\n)(?!(?:The|A|An)\s)\p{Lu}\p{Ll}+\s+)(\p{Lu}{3,}(?:\s+\p{Lu}{3,})?)(?=,\s|\s+\()/gu;
// (s48) Two to five words in capitals at a paragraph's opening or after an opening clause's comma ("Briefing the
// Council, STEPHEN O'BRIEN, Under-Secretary-General ..., said"), then a comma, a title opening on a capital and, in the
// same sentence, a comma and a verb of speaking: the meetings coverage's briefer, named before a title, not a bracket.
// A dateline ("UNITED NATIONS, Nov 30 (AP) — ...") is no name: no month after the comma, no dash before the verb.
const CAPITALS_BEFORE_TITLE =
  /(?<=(?:^|\n|,\s))(\p{Lu}[\p{Lu}'’.-]*\p{Lu}(?:\s+\p{Lu}[\p{Lu}'’.-]*\p{Lu}){1,4})(?=,\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\b)(?:the\s+)?\p{Lu}\p{Ll}[^.\n—–]{0,200}?,\s+(?:\p{Ll}+\s+){0,2}(?:said|says|told|added|stressed|noted|warned|urged|recalled|described|expressed|welcomed|emphasi[sz]ed|underlined|pointed)\b)/gu;
// Particles of a name, lower case inside it ("Gerard van Bohemen", "Ahmed bin Ali").
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'al', 'el', 'bin', 'ibn', 'la', 'le']);
const VOWEL = /[AEIOUYÀ-ÖØ-Ý]/u;
// A roman numeral ("III COMMITTEE"), no name.
const ROMAN = /^[IVXLC]+$/u;

/** One word of capitals in a name's ordinary case: "JA'AFARI" -> "Ja'afari", "ABDEL-AZIZ" -> "Abdel-Aziz". */
function wordCase(word: string, first: boolean): string {
  const lower = word.toLowerCase();
  if (!first && PARTICLES.has(lower)) return lower;
  // A capital after a hyphen, and after a one-letter prefix's apostrophe ("O'BRIEN" -> "O'Brien", "D'ALEMA" -> "D'Alema").
  return lower.replace(/(^\p{Ll}['’]|^|-)(\p{Ll})/gu, (_, mark: string, letter: string) => `${mark.toUpperCase()}${letter.toUpperCase()}`);
}

/** A run of capitals in its ordinary case, the same length: or the run as printed where it may be an acronym. */
function recased(run: string, gazetteer: Gazetteer, opensName: boolean): string {
  const words = run.split(/(\s+)/u);
  const letters = words.filter((w) => /\S/u.test(w));
  if (letters.some((w) => !VOWEL.test(w) || ROMAN.test(w) || w.replace(/[^\p{L}]/gu, '').length < 2)) return run;
  if (letters.some((w) => gazetteer.mentions(w, 'actor').length > 0 || gazetteer.mentions(w, 'location').length > 0)) return run;
  const out = words.map((w, i) => (/\S/u.test(w) ? wordCase(w, opensName && i === 0) : w)).join('');
  return out.length === run.length ? out : run;
}

/** The article with names printed in capitals put in their ordinary case (same length, same offsets). */
export function nameCased(text: string, gazetteer: Gazetteer): string {
  return text
    .replace(CAPITALS_BEFORE_BRACKET, (run) => recased(run, gazetteer, true))
    .replace(CAPITALS_BEFORE_TITLE, (run) => recased(run, gazetteer, true))
    .replace(CAPITAL_SURNAME_OPENING, (run) => recased(run, gazetteer, false));
}
