/**
 * Numbers as news writes them, with the words that qualify them: digits with or without separators ("40000",
 * "18,000", "1.5 million"), number words ("eleven", "forty-five", "a quarter of a million"), vague multiples ("tens
 * of thousands", "hundreds"), ordinals ("sixth"), compounds ("11-hour", "193-member"), qualifiers ("more than",
 * "nearly", "at least", "about", "up to", "between ... and ...") and what the words allow of value, low and high.
 */
import { type Qualifier, VAGUE_BOUNDS } from '../domain/figure-meaning.js';
import { escapeRegExp, type Span } from './text-segments.js';

export type { Qualifier };

export interface NumberExpression extends Span {
  /** The qualifier and number words as printed: the figure's raw_text. */
  raw: string;
  /** The number words alone. */
  number: Span;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  ordinal: boolean;
  /** The noun joined by a hyphen: "hour" in "11-hour", "member" in "193-member". */
  compound: string | null;
  /** The currency printed before the number ("US$24 million", "€5 million"), part of `raw`. */
  currency?: string;
  /** "three in every ten", "one in five", "three-quarters of": a share, its value in percent. */
  ratio?: true;
  /** "three-quarters of", "half of": a fraction of what follows, its value in percent. */
  fraction?: true;
  /**
   * Where the words that say what is counted begin, where that is not `end`: after the first number of a range whose
   * second bound stands alone after the noun ("two days, maybe three": "days").
   */
  countedAt?: number;
}

/** The currencies the runtime knows (ISO 4217, from Intl): its data, not a list kept here. */
const CURRENCY_CODES: readonly string[] = Intl.supportedValuesOf('currency');
const currencyPart = (code: string, display: 'symbol' | 'narrowSymbol' | 'name', count = 2) =>
  // No fraction digits: "1.00" would print the plural name ("Cambodian riels") where the singular is asked for.
  new Intl.NumberFormat('en', {
    style: 'currency',
    currency: code,
    currencyDisplay: display,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  })
    .formatToParts(count)
    .find((part) => part.type === 'currency')?.value ?? '';
/**
 * Each sign the runtime prints for a currency, to the first currency whose own symbol it is, else the first whose
 * narrow symbol it is ("¥" is the yen's, the yuan's is "CN¥"; "£" the pound sterling's): read once, at load.
 */
const CURRENCY_OF_SIGN = new Map<string, string>();
for (const display of ['symbol', 'narrowSymbol'] as const) {
  for (const code of CURRENCY_CODES) {
    const sign = currencyPart(code, display);
    if (!CURRENCY_OF_SIGN.has(sign)) CURRENCY_OF_SIGN.set(sign, code);
  }
}
/** A currency's sign with no letter in it ("¥", "₹", "₽", "₺"): a sign made of letters ("kr", "R") is often a word. */
const SIGN_ONLY = /^[^\p{L}\p{N}\s]+$/u;
const CURRENCY_SIGNS = [...CURRENCY_OF_SIGN.keys()].filter((sign) => SIGN_ONLY.test(sign));
/**
 * The letters the press of a country prints for its currency where the runtime gives only a code or a sign off the
 * keyboard: "Sh"/"KSh" for the shilling (Kenya's code stands for the East African ones: the name is the same), "N"
 * for the naira's "₦", "E" for the lilangeni (Eswatini's papers: "E250 000"), "$A" for the Australian dollar as
 * Pacific papers print it ("$A10,000"; the runtime's own is "A$"), and the signs the runtime gives only as codes:
 * "D" the dalasi, "Nu" the ngultrum, "Le" the leone, "Dh" the dirham, "RO" the Omani rial, "M" the loti, "Vt" the
 * vatu ("D186,500", "Nu 40,000", "Le 45 million", "M14 800"), "Afl" the Aruban florin and "NAf" the Antillean
 * guilder (also "Naf"), printed with a stop ("Afl. 25,000", as "Rs. 40,000"). Read as the runtime's own letter signs are ("R" the rand, "RM" the ringgit, "Rs" the rupee,
 * "Rp" the rupiah, "K" the kyat), glued to a sum (`LETTER_SIGN_BEFORE`), or the longer ones with a space
 * (`SPACED_LETTER_SIGN_BEFORE`).
 */
const PRESS_SIGNS: Readonly<Record<string, string>> = {
  Sh: 'KES',
  KSh: 'KES',
  Ksh: 'KES',
  N: 'NGN',
  E: 'SZL',
  $A: 'AUD',
  D: 'GMD',
  Nu: 'BTN',
  Le: 'SLE',
  Dh: 'AED',
  RO: 'OMR',
  M: 'LSL',
  Vt: 'VUV',
  Afl: 'AWG',
  NAf: 'ANG',
  Naf: 'ANG',
};
for (const [sign, code] of Object.entries(PRESS_SIGNS)) if (!CURRENCY_OF_SIGN.has(sign)) CURRENCY_OF_SIGN.set(sign, code);
/** The signs made of letters, one word with no digit or space: the runtime's ("R", "RM", "Rs", "kr", "R$") and the press's. */
const LETTER_SIGNS = [...CURRENCY_OF_SIGN.keys()].filter((sign) => /\p{L}/u.test(sign) && /^[^\s\p{N}]+$/u.test(sign));

/**
 * The plural name of a currency printed as a sign or a code before a number ("¥" yen, "NOK" kroner, "₹" rupees),
 * the last word of its English name; a sign several currencies share is read as the one whose own symbol it is
 * (`CURRENCY_OF_SIGN`). Null for a sign no currency has.
 */
export function currencyName(sign: string): string | null {
  // "Rs. 40,000", "Afl. 25,000": the stop of an abbreviated sign is no part of it.
  const printed = sign.trim().replace(/(?<=\p{L})\.$/u, '');
  const code = CURRENCY_CODES.includes(printed) ? printed : CURRENCY_OF_SIGN.get(printed);
  return code ? (currencyPart(code, 'name').split(/\s+/u).at(-1) ?? null) : null;
}

/**
 * The X-codes that are no money a sum is paid in: units of account ("XDR", "XSU", "XUA", "XBA".."XBD"), metals ("XAU",
 * "XAG", "XPT", "XPD") and test codes ("XTS", "XXX"). The CFA francs (XAF, XOF), the East Caribbean dollar (XCD) and
 * the CFP franc (XPF) are real money, printed before sums in African and Caribbean news.
 */
const NOT_MONEY_CODE = /^X(?:AU|AG|PT|PD|DR|SU|UA|B[A-D]|TS|XX)$/u;
/** The ISO codes of money: the runtime's, less those that are no money (`NOT_MONEY_CODE`). */
const MONEY_CODES = CURRENCY_CODES.filter((code) => !NOT_MONEY_CODE.test(code));

/**
 * The words that name a currency after a number, singular and plural: the last word of each English name the
 * runtime knows ("kronor", "yen", "francs", "rupees", "shekels"), but for those that are common English words first
 * ("won", "marks", "real", "rights", "gold"), and the plurals the local press prints where the runtime's differ
 * ("meticais" for "meticals", "togrog" for "tugriks").
 */
export const CURRENCY_WORDS: readonly string[] = [
  ...new Set([
    ...MONEY_CODES.flatMap((code) => [currencyPart(code, 'name', 1), currencyPart(code, 'name', 2)])
      .filter((name) => !name.includes('('))
      .map((name) => (name.split(/\s+/u).at(-1) ?? '').toLowerCase())
      .filter((word) => /^\p{L}+$/u.test(word) && !/^(?:won|marks?|rights|gold|real|reals)$/u.test(word))
      // "paʻanga": papers print the okina as an apostrophe ("pa'anga", "pa’anga").
      .flatMap((word) => (word.includes('ʻ') ? [word, word.replace(/ʻ/gu, "'"), word.replace(/ʻ/gu, '’')] : [word])),
    'meticais',
    'togrog',
    'tögrög',
  ]),
];

/**
 * A currency's code or its sign of capitals printed after the sum, as francophone and lusophone papers print them
 * ("1.250.000 FCFA", "500 000 XOF", "40 000 CHF"): read as written, in capitals, so that "ALL" or "TOP" in a
 * sentence's words are no money.
 */
export const CURRENCY_CODES_AFTER: readonly string[] = [
  ...new Set([...MONEY_CODES, ...LETTER_SIGNS.filter((sign) => /^\p{Lu}{3,}$/u.test(sign))]),
];

// A currency sign or code printed before the number: the money counts, and the sign is part of the figure's words.
// "US$", "$", "€", "£", "¥", "₹", any sign with no letter in it, and an ISO code in capitals ("NOK 40 million",
// "SEK 2bn", "CHF 500,000"), a whole word ("UNHCR 40" holds no "HCR").
const CURRENCY_BEFORE = new RegExp(
  String.raw`(?:US ?\$ ?|${CURRENCY_SIGNS.map(escapeRegExp).join('|')}|\b(?:${MONEY_CODES.join('|')}) ?)$`,
  'u',
);
const ISO_CODE = /^[A-Z]{3} ?$/u;
/** The letters of a country glued before a dollar sign: "EC" (East Caribbean), "NT", "HK", "NZ", "J", "TT", "Bds". */
const DOLLAR_COUNTRY_BEFORE = /(?<![\p{L}\p{N}])(?:\p{Lu}{1,3}|\p{Lu}\p{Ll}{1,2})$/u;
/**
 * A sign made of letters glued to the digits of a number, at the start of a word: "R3.5 million", "RM800,000",
 * "Sh2.5 million", "N4.5 billion", "K300,000". The digits follow with no space, so the sign cannot be a word of the
 * sentence; it is money only where the sum is printed as money is, with a scale word or digits grouped in thousands
 * (`MONEY_PRINTING`): "G20", "P5", "the N2 highway", "T72 tanks" are names.
 */
const LETTER_SIGN = String.raw`(?<![\p{L}\p{N}])(?:${LETTER_SIGNS.map(escapeRegExp).join('|')})`;
const LETTER_SIGN_BEFORE = new RegExp(`${LETTER_SIGN}$`, 'u');
/**
 * A sign of two letters or more and a space before the sum, as the runtime itself prints the rupiah's and the rupee's
 * ("Rp 2.3 billion", "Rs 40 million", "RM 800,000"), or with a stop ("Rs. 40,000"): money on the same terms as a glued sign (`MONEY_PRINTING`). An
 * ISO code the runtime prints as its sign ("XDR") is read as codes are (`CURRENCY_BEFORE`).
 */
const SPACED_LETTER_SIGN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${LETTER_SIGNS.filter((sign) => [...sign].length > 1 && !ISO_CODE.test(sign))
    .map(escapeRegExp)
    .join('|')})\.? $`,
  'u',
);

/** The letter signs each text prints glued or spaced before a sum printed as money (`MONEY_PRINTING`), read once a text. */
let signsOfText: { text: string; signs: Map<string, boolean> } | null = null;
/** Whether `text` prints the letter sign `sign` before a sum printed as money somewhere ("R312,000", "K3 million"). */
function signPrintedAsMoney(text: string, sign: string): boolean {
  if (signsOfText?.text !== text) signsOfText = { text, signs: new Map() };
  const known = signsOfText.signs.get(sign);
  if (known !== undefined) return known;
  const printed = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${escapeRegExp(sign.trim())} ?(\d(?:[\d,.]*\d)?(?: (?:${MONEY_SCALES})|${SCALE_ABBREVIATION})?)`,
    'gu',
  );
  const money = [...text.matchAll(printed)].some((m) => MONEY_PRINTING.test(m[1] as string));
  signsOfText.signs.set(sign, money);
  return money;
}

/**
 * Whether the number stands in a line written in capitals (a headline, a label: "SAVE ALL 40 CHILDREN", "TOP 10"):
 * more capital letters than small ones in the words of its line around it. There a code-like word before the number
 * ("ALL", "TOP", "CUP", "TRY" are ISO codes) is a word, not money.
 */
function inCapitalsLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const around = text.slice(Math.max(lineStart, at - 40), Math.min(lineEnd < 0 ? text.length : lineEnd, at + 40));
  const capitals = around.match(/\p{Lu}/gu)?.length ?? 0;
  const small = around.match(/\p{Ll}/gu)?.length ?? 0;
  return capitals > small;
}

/** Number words below twenty, the one table of them: the date reader counts days with it too. */
export const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
// (s39) With the Indian scales South Asian papers print: a lakh is a hundred thousand, a crore ten million ("₹2.4 lakh",
// "Rs 3 crore", "two lakh people").
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  billion: 1_000_000_000,
  lakh: 100_000,
  lakhs: 100_000,
  crore: 10_000_000,
  crores: 10_000_000,
};
/** SCALES' words as an alternation, longest first so that a plural is read whole ("lakhs" before "lakh"). */
const scaleAlternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
/** The scale words the number patterns read (SCALES, their one home). */
const SCALE_NAMES = scaleAlternation(Object.keys(SCALES));
/** The scales a sum printed as money may carry after bare digits ("3.5 million", "2.4 lakh"; not "40 thousand"). */
const MONEY_SCALES = scaleAlternation(Object.keys(SCALES).filter((word) => (SCALES[word] as number) >= 100_000));
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  twentieth: 20,
};
const FRACTIONS: Record<string, number> = { quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3, half: 0.5 };

const WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join('|')})`;
const SCALE = `(?:${SCALE_NAMES})`;
// Scales as British and financial news abbreviate them after digits: "$1.2bn", "£20m", "1.5bn euros", "$30 mn".
const SCALE_ABBREVIATION = '(?:bn|mn|m| bn| mn)';
const MILLIONS_AFTER = /^\s+(?:(?:US\s+)?dollars|euros|pounds|people|civilians|refugees|children|Syrians|residents)\b/u;
const ABBREVIATED: Record<string, number> = { bn: 1_000_000_000, mn: 1_000_000, m: 1_000_000 };
// A fraction in words: "a third", "two-thirds", "half".
const FRACTION = '(?:(?:a|one|two|three|four)[- ](?:quarters?|thirds?|fifths?|tenths?)|half)';
// Digits grouped in thousands ("800,000", "1,250.5"), by commas or, in the SI style many papers print (the Caribbean,
// southern Africa, Europe), by a space, thin space or no-break space ("35 000"; not a telephone number's groups: a
// first group opening on 0 or after other digits and a space), and the scale that may follow digits (" million", "bn").
// (s39) Or in the Indian way, thousands then pairs of digits: "2,40,000" (two lakh forty thousand), "1,25,00,000".
const THOUSANDS_SPACE = '[ \\u00A0\\u2009\\u202F]';
// Papers of lusophone, hispanophone or francophone countries group them by points ("100.000 people", "1.250.000
// FCFA"): read so only where no scale word follows ("1.500 million" is a decimal) and no digit goes on after a point
// or a comma (a decimal comma, "1.250,5").
const DOTTED_GROUPS = `[1-9]\\d{0,2}(?:\\.\\d{3})+(?!\\d|[.,]\\d|\\s?(?:hundred|thousand|million|billion|bn|mn|m)\\b)`;
const GROUPED_DIGITS = `(?:(?:\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d)|\\d{1,3}(?:,\\d{3})+|(?<!\\d${THOUSANDS_SPACE})[1-9]\\d{0,2}(?:${THOUSANDS_SPACE}\\d{3})+)(?:\\.\\d+)?|${DOTTED_GROUPS})`;
// What parts a number's groups of thousands (a comma, or a space between digits), dropped to read its value.
const GROUP_SEPARATORS = new RegExp(`,|(?<=\\d)${THOUSANDS_SPACE}(?=\\d{3}\\b)`, 'gu');
const DOTTED_NUMBER = new RegExp(`^${DOTTED_GROUPS}$`, 'u');
const SCALE_AFTER_DIGITS = `(?: ${SCALE}|${SCALE_ABBREVIATION})`;
/** A sum printed as money is: digits grouped in thousands, or digits with a scale of millions or more ("3.5 million", "2bn"). */
const MONEY_PRINTING = new RegExp(
  `^(?:${GROUPED_DIGITS}${SCALE_AFTER_DIGITS}?|\\d+(?:\\.\\d+)?(?: (?:${MONEY_SCALES})|${SCALE_ABBREVIATION}))$`,
  'u',
);
const CORE = [
  '(?:tens|hundreds) of (?:thousands|millions)',
  // "the few dozen students still in the city": "few" after "the" is "a few".
  '(?:a few|(?<=\\bthe )few|several) (?:dozen|hundred|thousand)(?![- ](?:thousand|million))',
  // Not "settle scores" (revenge, no number).
  '(?:dozens|(?<!\\bsettl(?:e|es|ed|ing) (?:old )?)scores|hundreds|thousands|millions)',
  '(?:(?:a|one|two|three|four|five|six|half a) dozen)',
  `(?:(?:a|one|two|three) (?:quarter|quarters|third|thirds) of an? ${SCALE}|half an? ${SCALE}|an? ${SCALE} and a half)`,
  // "two and a half hours", "one and a half million", "3 and a half".
  `(?:${WORD}|\\d+) and a half(?: ${SCALE})?`,
  // "three-quarters of the city", "two-thirds of them", "half of the families": a share, in percent.
  `${FRACTION}(?= of\\b)`,
  // "nearly half are children", "more than half": a qualified half needs no "of".
  '(?<=\\b(?:nearly|almost|more than|over|about|around|roughly|less than|at least|just under|just over|well over) )half\\b(?!-)',
  // "down by a third", "cut by half", "rose by two-thirds": a change by a share, in percent.
  `(?<=\\bby )${FRACTION}\\b(?!-)`,
  `${GROUPED_DIGITS}${SCALE_AFTER_DIGITS}?`,
  `\\d+(?:\\.\\d+)?${SCALE_AFTER_DIGITS}?`,
  `(?:a|one) ${SCALE}`,
  `${WORD}(?:[- ]${WORD})?(?: ${SCALE})*`,
  `(?:${Object.keys(ORDINALS).join('|')})`,
].join('|');

// Qualifier words just before the number, longest first.
const PREFIXES: [RegExp, Qualifier][] = [
  // Not "no more than" / "not more than": a bound from above; "nothing more than seven days" is just seven. "more of
  // 34,000" is a machine translation's "more than" (Portuguese "mais de", Spanish "más de"). Not "handed over 38 rifles", "fought over two
  // districts": "over" there is the particle of the verb before it, and the number is exact.
  [
    /(?<!\b(?:no|not|nothing)\s+)\b(?:more than|more of|upwards of|in excess of|(?:just |well )?(?<!\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing|fought|argued|quarrel(?:l)?ed|clashed|presided|ruled)\s+)over)\s+(?:a total of\s+)?$/i,
    'more_than',
  ],
  [/\b(?:at least|a minimum of|no fewer than|no less than|not less than|as few as)\s+(?:a total of\s+)?$/i, 'at_least'],
  // (s66) "a little under three hours", "slightly under 40 percent", "just below 1,000": a little less than the number.
  [/\b(?:nearly|almost|(?:just|a little|slightly) (?:under|below|short of))\s+(?:a total of\s+)?$/i, 'nearly'],
  [
    // (s60) "in the region of 35,000", "in the order of 2,000", "of the order of".
    /\b(?:about|around|roughly|approximately|some|an estimated|estimated|an approximate|close to|closer to|nearer|nearer to|perhaps|maybe|possibly|in the region of|(?:in|of) the order of)\s+(?:a total of\s+)?$/i,
    'about',
  ],
  // "barely five square kilometres", "scarcely 40 doctors": no more than the number, perhaps less.
  [
    // (s60) "as long as 16 hours", "as much as 40 percent".
    /\b(?:up to|at most|no more than|not more than|as many as|as high as|as long as|as much as|fewer than|less than|a maximum of|barely|scarcely|hardly)\s+(?:a total of\s+)?$/i,
    'at_most',
  ],
  // "under 1,000 families", but not an age limit ("children under five", "those aged under 18").
  [
    /(?<!\b(?:children|child|boys|girls|babies|infants|toddlers|kids|minors|those|people|aged|age|ages|anyone|everyone)\s+)\bunder\s+$/i,
    'at_most',
  ],
];

// A section number and the words it numbers: "2.3 Air", "4. From", "1.2.1 The", "3) Funding" (digits only, then a capital).
const SECTION_NUMBER_AFTER = /^\d{1,2}(?:(?:\.\d{1,2})+\.?|[.)])[ \t]+["“]?\p{Lu}/u;
const TIME_AFTER = /^(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b|hrs\b|local time\b|o['’]clock\b)|^[.:]\d/iu;
/**
 * An hour named by its number and the part of the day after a preposition of time: "at ten last night", "by six this
 * morning", "until 11 tonight", "around eight in the evening". A time of day, no count. Not "killed 12 last night"
 * (no preposition of time before the number).
 */
const HOUR_BEFORE = /\b(?:at|by|until|till|around|after|before|from|since)\s+(?:about\s+|around\s+)?$/iu;
const HOUR_AFTER = /^\s+(?:last night|tonight|this (?:morning|evening|afternoon)|in the (?:morning|evening|afternoon)|at night)\b/iu;
const SPAN_OVER = /(?:^|[,;:.—–]\s*|\n|\b(?:and|but|then|so)\s+)over\s+$/iu;
// "brought out about 35,000 people over eight days", "500 strikes over four days": "over" after a count, before a
// span of time, is "during" too (a count and the time it took, not more than the span).
const COUNT_OVER =
  /(?:\d|\b(?:dozens|scores|hundreds|thousands|millions))(?:\s+(?:million|thousand|billion))?(?:\s+[\p{L}-]+){0,2}\s+over\s+$/iu;
const SPAN_AFTER = /^[\s-]+(?:hours?|days?|nights?|weeks?|months?|years?)\b/iu;
// "filmed the ward over four months", "recorded their accounts over six weeks": "over" a span right after a verb's
// object is the time the act took, "during". Not after a preposition or a verb of lasting ("the first time in over
// two years", "for over a week", "has lasted over four months"): more than it.
const OBJECT_OVER =
  /\b(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+(?<!\b(?:in|of|with|for|after|than|to|by|at|within|from|lasted|lasting|lasts|took|taken|takes|waited|waiting|spent|spending|remained|stayed|went|gone|been|is|was|are|were))\s+over\s+$/iu;
/**
 * "reported some 12,000 residents had left the old quarter over five nights.": a count earlier in its clause and "over"
 * a span of time closing that clause is the time the count took, "during", as right after a count (`COUNT_OVER`). Not
 * a span somebody waited, spent or that lasted ("had waited over eight days", "for over a week"): more than it.
 */
function countClosedBySpan(text: string, region: Span, numberStart: number, end: number): boolean {
  const clause = text.slice(region.start, numberStart).split(/[;:]/u).at(-1) ?? '';
  return (
    /\bover\s+$/iu.test(clause) &&
    !/\b(?:for|after|lasted|lasting|lasts|took|taken|takes|waited|waiting|spent|spending|remained|stayed|went|gone|been)\s+over\s+$/iu.test(
      clause,
    ) &&
    /\d|\b(?:dozens|scores|hundreds|thousands|millions)\b/iu.test(clause.slice(0, -6)) &&
    /^[\s-]+(?:hours?|days?|nights?|weeks?|months?)\s*(?:[.,;]|$)/iu.test(text.slice(end, end + 14))
  );
}

// "three in every ten", "one out of five": a share. A plain "in" is one only when no unit of time or length follows
// ("3 in 10 days" is not).
const RATIO_AFTER = new RegExp(
  `^\\s+(?:in every|out of every|out of|in)\\s+(${WORD}|\\d+)(?![\\p{L}\\p{N}-])(?!\\s+(?:minutes?|hours?|days?|weeks?|months?|years?|km|kilomet\\w+|miles?|metres?|meters?)\\b)`,
  'iu',
);

// The letter before and after a number must not be a letter or digit: "UNITED24" and "0:03:02" are not counts.
// A letter may come before the digits only as a currency's sign glued to them ("R3.5 million": `LETTER_SIGN_BEFORE`).
const NUMBER_PATTERN = new RegExp(
  `(?:(?<![\\p{L}\\p{N}:.,])|(?<=${LETTER_SIGN})(?=\\d))(?:${CORE})(?:-(\\p{L}+))?(?![\\p{L}\\p{N}]|:(?![ \\t]+\\p{Ll}))`,
  'giu',
);

// What may come before the number on a numbers box's line: nothing, or its qualifier.
const NUMBERS_BOX_LINE =
  /^[ \t]*(?:(?:about|around|roughly|approximately|some|nearly|almost|more than|over|at least|up to|fewer than|less than|an estimated)[ \t]+)?$/iu;

/**
 * (s69) Whether a line is a number and nothing else, its qualifier allowed ("About 8,500", "21", "Two", "Up to 50,000"):
 * a "week in numbers" column's header, the line under it saying what it counts.
 */
export function isNumberHeader(line: string): boolean {
  const words = line.trim();
  const qualifier =
    /^(?:about|around|roughly|approximately|some|nearly|almost|more than|over|at least|up to|fewer than|less than|an estimated)\s+/iu.exec(
      words,
    );
  const number = qualifier ? words.slice(qualifier[0].length) : words;
  return !/^an?$/iu.test(number) && numberValue(number) !== null;
}

const SHARE_FRACTION = new RegExp(`^${FRACTION}$`, 'u');
// "the northern third of the enclave": a part of a place, after "the" and a word that says which part; not "the
// third of five drafts" nor "the third round".
const PART_BEFORE =
  /\bthe (?:(?:whole|entire) )?(?:(?:northern|southern|eastern|western|north|south|east|west|central|upper|lower|old|remaining|largest)[- ])$/iu;
const PART_AFTER = new RegExp(`^ of (?!(?:the )?(?:\\d|${WORD}\\b))`, 'iu');
const DENOMINATORS: Record<string, number> = { quarter: 4, quarters: 4, third: 3, thirds: 3, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };

/** A fraction's share in percent: "three-quarters" is 75, "a third" 33, "half" 50. */
function shareOf(words: string): number {
  if (words === 'half') return 50;
  const [count, part] = (/[- ]/u.test(words) ? words.split(/[- ]/u) : ['a', words]) as [string, string];
  const n = count === 'a' || count === 'one' ? 1 : (UNITS[count] as number);
  return Math.round((n / (DENOMINATORS[part] as number)) * 100);
}

// The forms numberValue reads a scale word in (SCALE_NAMES).
const DIGITS_WITH_SCALE = new RegExp(`^(\\d+(?:\\.\\d+)?) (${SCALE_NAMES})$`);
const FRACTION_OF_SCALE = new RegExp(`^(a|one|two|three) (quarters?|thirds?) of an? (${SCALE_NAMES})$`);
const HALF_A_SCALE = new RegExp(`^half an? (${SCALE_NAMES})$`);
const AND_A_HALF = new RegExp(`^(.+) and a half(?: (${SCALE_NAMES}))?$`);
const A_SCALE = new RegExp(`^an? (?:${SCALE_NAMES})$`);
const A_SCALE_AND_A_HALF = new RegExp(`^an? (${SCALE_NAMES}) and a half$`);
// A range's upper bound closing on its scale ("between 2 and 3 million").
const SCALE_AT_END = new RegExp(`(${SCALE_NAMES})$`);

/** The value of number words or digits, or null when they do not make a number. */
export function numberValue(words: string): number | null {
  const flat = (DOTTED_NUMBER.test(words.trim()) ? words.replace(/\./gu, '') : words).toLowerCase().replace(GROUP_SEPARATORS, '').trim();
  if (/^\d+(?:\.\d+)?$/.test(flat)) return Number(flat);
  const withScale = DIGITS_WITH_SCALE.exec(flat);
  if (withScale) return Math.round(Number(withScale[1]) * (SCALES[withScale[2] as string] as number));
  const abbreviated = /^(\d+(?:\.\d+)?) ?(bn|mn|m)$/.exec(flat);
  if (abbreviated) return Math.round(Number(abbreviated[1]) * (ABBREVIATED[abbreviated[2] as string] as number));
  const fraction = FRACTION_OF_SCALE.exec(flat);
  if (fraction) {
    const count = fraction[1] === 'a' || fraction[1] === 'one' ? 1 : (UNITS[fraction[1] as string] as number);
    return Math.round(count * (FRACTIONS[fraction[2] as string] as number) * (SCALES[fraction[3] as string] as number));
  }
  const dozen = /^(a|one|two|three|four|five|six|half a) dozen$/.exec(flat);
  if (dozen) return dozen[1] === 'half a' ? 6 : 12 * (dozen[1] === 'a' || dozen[1] === 'one' ? 1 : (UNITS[dozen[1] as string] as number));
  const half = HALF_A_SCALE.exec(flat);
  if (half) return (SCALES[half[1] as string] as number) / 2;
  const wordAndHalf = AND_A_HALF.exec(flat);
  if (wordAndHalf && !A_SCALE.test(wordAndHalf[1] as string)) {
    const whole = numberValue(wordAndHalf[1] as string);
    return whole === null ? null : (whole + 0.5) * (wordAndHalf[2] ? (SCALES[wordAndHalf[2]] as number) : 1);
  }
  const andHalf = A_SCALE_AND_A_HALF.exec(flat);
  if (andHalf) return (SCALES[andHalf[1] as string] as number) * 1.5;
  if (flat in ORDINALS) return ORDINALS[flat] as number;
  let total = 0;
  let current = 0;
  for (const token of flat.split(/[\s-]+/)) {
    if (token === 'a' || token === 'one') current += 1;
    else if (token in UNITS) current += UNITS[token] as number;
    else if (token in TENS) current += TENS[token] as number;
    else if (token === 'hundred') current = (current || 1) * 100;
    else if (token in SCALES) {
      total += (current || 1) * (SCALES[token] as number);
      current = 0;
    } else return null;
  }
  return total + current;
}

// "six or seven", "10 or 12": two numbers of the same kind (words or digits) close together, a range. "one or two"
// is left alone (a manner of speaking more than a count).
const OR_RANGE = new RegExp(`^\\s+or\\s+(${WORD}(?:-${WORD})?|\\d+)(?![\\p{L}\\p{N}-])`, 'iu');

/**
 * The upper bound of a range in digits after the lower one: "and", "to" or a dash, then digits grouped in thousands
 * or not, a scale word allowed ("100 to 200", "2 and 3 million", "1,200-1,500").
 */
const DIGITS_RANGE_UPPER = new RegExp(
  `^\\s*(?:and|to|-|–)\\s*((?:${GROUPED_DIGITS}|\\d+(?:\\.\\d+)?)(?: ${SCALE})?)(?![\\p{L}\\p{N}])`,
  'u',
);

const WORD_RANGE = new RegExp(`^\\s+(?:and|to)\\s+(${WORD}(?:-${WORD})?)(?![\\p{L}\\p{N}-])`, 'iu');

/** The upper bound of "A or B" as a range match (the words after A, and B), or null. */
// "four, five days", "Six, seven families": two number words one apart, parted by a comma alone before a noun, as
// speech gives a rough count. Not a list ("two, three and four"; "rooms two, three, five").
const COMMA_RANGE = new RegExp(`^,\\s+(${WORD})(?=\\s+(?!(?:and|or|to|of)\\b)\\p{L})`, 'iu');

function orRange(after: string, lower: string): RegExpExecArray | null {
  const comma = COMMA_RANGE.exec(after);
  if (comma && !/\d/u.test(lower)) {
    const low = numberValue(lower);
    return low !== null && low >= 2 && numberValue(comma[1] as string) === low + 1 ? comma : null;
  }
  const match = OR_RANGE.exec(after);
  if (!match) return null;
  const low = numberValue(lower);
  const high = numberValue(match[1] as string);
  const sameKind = /\d/u.test(lower) === /\d/u.test(match[1] as string);
  if (low === null || high === null || low < 2 || !sameKind || high <= low || high > low * 2) return null;
  return match;
}

// "two days, maybe three", "200 people, perhaps 300", "ten trucks or possibly twelve": a second, higher guess after the
// first count and its noun, a range. The second number stands alone: its own noun would make it another count.
const ALTERNATIVE_AFTER = new RegExp(
  `^((?:\\s+[\\p{L}-]+){0,2}?),?\\s+(?:or\\s+)?(?:maybe|perhaps|possibly)\\s+(${WORD}(?:-${WORD})?|\\d{1,3}(?:,\\d{3})+|\\d+)(?=\\s*(?:[.,;:!?)"”’—–]|$)|\\s+(?:before|after|in|on|at|by|for|from|to|over|since|during|until|a|per|each|last|this)\\b)`,
  'iu',
);

/**
 * The higher guess after a count and its noun ("bread for two days, maybe three"): its match (the words between, and
 * the second number) where the second is of the first's kind (words or digits), higher and at most three times it;
 * else null. "one day, maybe two" is left alone, as "one or two" is.
 */
function alternativeRange(after: string, lower: string): RegExpExecArray | null {
  const match = ALTERNATIVE_AFTER.exec(after);
  if (!match || /\p{N}/u.test(match[1] as string)) return null;
  const low = numberValue(lower);
  const high = numberValue(match[2] as string);
  const sameKind = /\d/u.test(lower) === /\d/u.test(match[2] as string);
  if (low === null || high === null || low < 2 || !sameKind || high <= low || high > low * 3) return null;
  return match;
}

/**
 * A telephone number printed in groups of digits: after a "+" ("+61 2 6261 3305", "+961 1 960 600"), or three groups
 * or more between spaces that are no thousands ("1300 555 135", "020 7946 0018"; not "1 250 000"). Its digits count
 * nothing.
 */
const TELEPHONE =
  /(?<![\p{L}\p{N},.])(?:\+\s?\d{1,4}(?:[ \u00A0](?:\(\d{1,5}\)|\d{1,5})){1,5}|(?:\(\d{1,5}\)|\d{1,5})(?:[ \u00A0]\d{1,5}){2,5})(?![\p{N}])/gu;
const THOUSANDS_ONLY = new RegExp(`^[1-9]\\d{0,2}(?:${THOUSANDS_SPACE}\\d{3})+$`, 'u');

function telephoneNumbers(text: string, region: Span): Span[] {
  return [...text.slice(region.start, region.end).matchAll(TELEPHONE)]
    .filter((m) => m[0].startsWith('+') || !THOUSANDS_ONLY.test(m[0]))
    .map((m) => ({ start: region.start + m.index, end: region.start + m.index + m[0].length }));
}

/** Every number expression in text[region], with its qualifier. */
export function findNumberExpressions(text: string, region: Span): NumberExpression[] {
  const slice = text.slice(region.start, region.end);
  const found: NumberExpression[] = [];
  const telephones = telephoneNumbers(text, region);
  let lastEnd = region.start;
  for (const match of slice.matchAll(NUMBER_PATTERN)) {
    const compound = match[1]?.toLowerCase() ?? null;
    const numberText = compound ? match[0].slice(0, match[0].length - compound.length - 1) : match[0];
    const numberStart = region.start + match.index;
    const numberEnd = numberStart + numberText.length;
    if (numberStart < lastEnd) continue; // the upper bound of a range already read
    if (telephones.some((t) => t.start <= numberStart && numberStart < t.end)) continue;
    // A time of day ("7.30pm", "10:45 a.m.", "6 p.m. GMT") or a number that goes on after a point ("7.30"): no count.
    if (TIME_AFTER.test(text.slice(numberStart + match[0].length, numberStart + match[0].length + 14))) continue;
    if (
      HOUR_BEFORE.test(text.slice(Math.max(region.start, numberStart - 16), numberStart)) &&
      HOUR_AFTER.test(text.slice(numberStart + match[0].length, numberStart + match[0].length + 22)) &&
      (numberValue(numberText) ?? 99) <= 12
    )
      continue;
    // "2.3 Air strikes resumed ...", "4. From the field", "3) Funding": a report's paragraph or section number at the
    // head of its line, before the words it numbers, counts nothing.
    if (
      SECTION_NUMBER_AFTER.test(text.slice(numberStart, numberStart + 14)) &&
      /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, numberStart - 8), numberStart))
    )
      continue;
    // A colon after the number ("07:30", "Item 4: the agenda") ends no count, but for a numbers box's line: the number
    // (with its qualifier) opens the line and what it counts follows the colon ("2,400: children among the arrivals").
    if (
      text[numberStart + match[0].length] === ':' &&
      !NUMBERS_BOX_LINE.test(text.slice(text.lastIndexOf('\n', numberStart - 1) + 1, numberStart))
    )
      continue;
    const flat = numberText.toLowerCase();
    // "no one left", "no one knows": a pronoun, no count.
    if (flat === 'one' && /\bno\s+$/iu.test(text.slice(Math.max(region.start, numberStart - 4), numberStart))) continue;
    const partOfPlace =
      (flat === 'third' || flat === 'quarter') &&
      PART_BEFORE.test(text.slice(Math.max(region.start, numberStart - 20), numberStart)) &&
      PART_AFTER.test(text.slice(numberEnd, numberEnd + 20));
    const ordinal = flat in ORDINALS && !partOfPlace;
    let value: number | null;
    let low: number | null = null;
    let high: number | null = null;
    let qualifier: Qualifier = 'exact';
    const vague = VAGUE_BOUNDS[flat.replace(/\s+/gu, ' ')];
    if (vague) {
      value = null;
      ({ low, high } = vague);
      qualifier = 'vague';
    } else if (SHARE_FRACTION.test(flat) || partOfPlace) {
      value = shareOf(partOfPlace ? `a ${flat}` : flat);
    } else {
      value = numberValue(numberText);
      if (value === null) continue;
    }

    let start = numberStart;
    let end = compound ? numberEnd + 1 + compound.length : numberEnd;
    const printedBefore = text.slice(Math.max(region.start, numberStart - 34), numberStart);
    const letterBefore = /\p{L}$/u.test(printedBefore);
    const lettered = (letterBefore ? LETTER_SIGN_BEFORE : SPACED_LETTER_SIGN_BEFORE).exec(printedBefore)?.[0];
    // "Every R450 buys a blanket" where the text prints "R312,000" too: a letter sign the text prints before a sum is
    // money before any number.
    const printedAsMoney = MONEY_PRINTING.test(numberText) || (lettered !== undefined && signPrintedAsMoney(text, lettered));
    // A letter glued to a number not printed as a sum is a name's ("G20", "P5"): no number.
    if (letterBefore && !(lettered && printedAsMoney)) continue;
    const signed = (printedAsMoney ? lettered : undefined) ?? CURRENCY_BEFORE.exec(printedBefore)?.[0] ?? null;
    // "EC$3,000", "NT$16 million", "J$400,000": the letters glued before a dollar sign say whose dollars, and are part
    // of the sign, so that a qualifier before them is read ("more than EC$3,000").
    const dollarOf =
      signed && /^\$ ?$/u.test(signed)
        ? DOLLAR_COUNTRY_BEFORE.exec(printedBefore.slice(0, printedBefore.length - signed.length))?.[0]
        : undefined;
    const sign = dollarOf ? `${dollarOf}${signed}` : signed;
    const currency = sign && ISO_CODE.test(sign) && inCapitalsLine(text, numberStart) ? null : sign;
    // "200m" is a distance unless money is meant: a currency before it, or a currency or people counted after it.
    if (/\dm$/u.test(numberText) && !currency && !MILLIONS_AFTER.test(text.slice(end, end + 20))) continue;
    // Qualifiers come before the currency: "more than US$5 million".
    const before = currency ? printedBefore.slice(0, -currency.length) : printedBefore;
    if (currency) start = numberStart - currency.length;
    // "between 100 and 200", "from 100 to 200", "100-200", "between 2 and 3 million": a range.
    const range =
      DIGITS_RANGE_UPPER.exec(text.slice(end, end + 28)) ??
      // "between two and four hours", "three to five days": words on both sides; "six or seven", "four, five days".
      (/\d/u.test(numberText) ? null : WORD_RANGE.exec(text.slice(end, end + 28))) ??
      orRange(text.slice(end, end + 28), numberText);
    // "men between the ages of 30 and 50", "children from the age of 5 to 12": a range of ages.
    const opener = /\b(between|from)\s+(?:the\s+ages?\s+of\s+)?$/i.exec(before);
    if (
      value !== null &&
      range &&
      (opener?.[1]?.toLowerCase() === 'between') === /\band\b/.test(range[0]) &&
      !(opener && /\bor\b/u.test(range[0]))
    ) {
      const upper = numberValue(range[1] as string);
      const scale = SCALE_AT_END.exec(range[1] as string)?.[1];
      // "between 2 and 3 million": the scale of the upper bound is the lower's too.
      const lower = scale && !/\p{L}/u.test(numberText) ? value * (SCALES[scale] as number) : value;
      if (upper !== null && upper > lower) {
        low = lower;
        high = upper;
        value = null;
        qualifier = 'range';
        if (opener) start = start - opener[0].length;
        end += range[0].length;
      }
    }
    if (qualifier === 'exact') {
      for (const [pattern, kind] of PREFIXES) {
        const prefix = pattern.exec(before);
        // "Over two days, 8,500 people left", "35,000 people over eight days": "over" before a span of time is "during"
        // where it opens a clause or follows a count.
        if (
          prefix &&
          kind === 'more_than' &&
          (SPAN_OVER.test(before) ||
            COUNT_OVER.test(before) ||
            OBJECT_OVER.test(before) ||
            countClosedBySpan(text, region, numberStart, end)) &&
          SPAN_AFTER.test(text.slice(end, end + 12))
        )
          break;
        if (prefix) {
          qualifier = kind;
          start = start - prefix[0].length;
          break;
        }
      }
      if (qualifier === 'exact' && /^\s+or more\b/i.test(text.slice(end, end + 10))) qualifier = 'at_least';
      // "30 or so patients", "ten or so trucks": about that many.
      if (qualifier === 'exact' && /^\s+or so\b(?![-’'])/iu.test(text.slice(end, end + 10))) qualifier = 'about';
      // (s60) "a dozen European capitals", "A dozen people": a round number, about twelve (the fixtures' curation).
      // Not one bounded after it: "a dozen or fewer".
      if (qualifier === 'exact' && /^a dozen$/iu.test(flat) && !/^\s+or\s+(?:fewer|less|more)\b/iu.test(text.slice(end, end + 12)))
        qualifier = 'about';
    } else if (qualifier === 'vague') {
      const prefix = PREFIXES.find(([pattern]) => pattern.test(before));
      if (prefix) start = start - (prefix[0].exec(before)?.[0].length ?? 0);
    }
    let countedAt: number | undefined;
    const alternative =
      qualifier === 'exact' && value !== null && !compound ? alternativeRange(text.slice(end, end + 48), numberText) : null;
    if (alternative) {
      low = value;
      high = numberValue(alternative[2] as string);
      value = null;
      qualifier = 'range';
      countedAt = end;
      end += alternative[0].length;
    }
    if (value !== null && qualifier !== 'range') {
      if (qualifier === 'exact') low = high = value;
      else if (qualifier === 'more_than' || qualifier === 'at_least') low = value;
      else if (qualifier === 'nearly' || qualifier === 'at_most') high = value;
    }
    let ratio = false;
    if (qualifier === 'exact' && !compound && value !== null) {
      const share = RATIO_AFTER.exec(text.slice(end, end + 30));
      const whole = share ? numberValue(share[1] as string) : null;
      if (share && whole !== null && whole > value && whole <= 1000 && (/\bevery\b|\bout of\b/iu.test(share[0]) || whole <= 100)) {
        value = Math.round((value / whole) * 100);
        low = high = value;
        end += share[0].length;
        ratio = true;
      }
    }
    lastEnd = end;
    found.push({
      start,
      end,
      raw: text.slice(start, end),
      number: { start: numberStart, end: numberEnd },
      value,
      low,
      high,
      qualifier,
      ordinal,
      compound,
      ...(currency ? { currency: currency.trim() } : {}),
      ...(ratio ? { ratio: true as const } : {}),
      ...(SHARE_FRACTION.test(flat) || partOfPlace ? { fraction: true as const } : {}),
      ...(countedAt !== undefined ? { countedAt } : {}),
    });
  }
  return found;
}
