/**
 * What a number counts: the noun of the phrase after it ("18,000 civilians", "193-member", "tens of thousands of
 * civilians", "45 medics"), people implied by a verb with no noun ("more than 800 are believed trapped"), the dead
 * of a death toll, and a repeated act an ordinal counts ("the sixth time Russia exercised its veto"). A number that
 * counts nothing the ledger records (days, years, percentages, trucks) is `ignored` and reported as unrecorded.
 */
import type { FigureMetric } from '../domain/figure-meaning.js';
import type { NumberExpression } from './number-expressions.js';
import type { Span } from './text-segments.js';

export type CountedKind = 'person' | 'fighter' | 'organization' | 'country' | 'member' | 'hour' | 'veto' | 'ignored';

export interface Counted {
  kind: CountedKind;
  unit: string;
  /** A noun or adjective that says by itself what happened ("deaths", "detainees", "displaced people"). */
  metric?: FigureMetric;
  /** End of the noun, where the verb of the clause is looked for. */
  end: number;
}

// What a noun after a number counts. Plural and singular, since "one child" counts too.
const NOUNS: [RegExp, Omit<Counted, 'end'>][] = [
  [
    /^(?:people|persons?|individuals?|others|inhabitants?|Syrians|newcomers|civilians?|relatives|neighbou?rs|villagers|survivors)$/iu,
    { kind: 'person', unit: 'people' },
  ],
  [/^(?:women|woman)$/iu, { kind: 'person', unit: 'women' }],
  [/^(?:men|man)$/iu, { kind: 'person', unit: 'men' }],
  [/^(?:families|family|households?)$/iu, { kind: 'person', unit: 'families' }],
  [/^(?:children|child|kids|minors|boys|girls|babies|baby|infants?|orphans?|pupils|students)$/iu, { kind: 'person', unit: 'children' }],
  [/^residents?$/iu, { kind: 'person', unit: 'residents' }],
  [/^(?:patients?|sick)$/iu, { kind: 'person', unit: 'patients' }],
  [
    /^(?:medics?|doctors?|nurses?|paramedics?|surgeons?|volunteers?|rescuers?|workers?|staff|staffers|journalists?|teachers?)$/iu,
    { kind: 'person', unit: 'workers' },
  ],
  [/^refugees?$/iu, { kind: 'person', unit: 'refugees', metric: 'displaced' }],
  [/^(?:evacuees?)$/iu, { kind: 'person', unit: 'people', metric: 'evacuated' }],
  [/^(?:detainees?|prisoners?|hostages?|captives?)$/iu, { kind: 'person', unit: 'people', metric: 'detained' }],
  [/^(?:deaths?|dead|bodies|body|fatalities|victims?)$/iu, { kind: 'person', unit: 'people', metric: 'killed' }],
  [/^(?:wounded|injured|injuries|casualties)$/iu, { kind: 'person', unit: 'people', metric: 'injured' }],
  [
    /^(?:fighters?|militants?|rebels?|combatants?|gunmen|insurgents?|jihadists?|soldiers?|troops)$/iu,
    { kind: 'fighter', unit: 'fighters' },
  ],
  [/^(?:organi[sz]ations?|groups?|NGOs?|agencies|charities)$/iu, { kind: 'organization', unit: 'organizations' }],
  [/^(?:countries|country|nations)$/iu, { kind: 'country', unit: 'countries' }],
  [/^(?:states|members?)$/iu, { kind: 'member', unit: 'states' }],
  [/^(?:hours?)$/iu, { kind: 'hour', unit: 'hours' }],
  [/^(?:vetoe?s)$/iu, { kind: 'veto', unit: 'vetoes' }],
  [
    /^(?:days?|weeks?|months?|years?|minutes?|seconds?|decades?|times?|percent|per|km|kilometres?|kilometers?|miles?|tons?|tonnes?|trucks?|lorries|convoys?|buses|ambulances?|dollars?|meals?|rations?|parcels?|hospitals?|clinics?|beds?|schools?|buildings?|homes?|houses?|neighbo(?:u)?rhoods?|districts?|kilograms?|litres?|liters?)$/iu,
    { kind: 'ignored', unit: '' },
  ],
];
// "civilians" counted as what they are: a unit of their own where the article names one.
const OWN_UNITS: [RegExp, string][] = [
  [/^civilians?$/iu, 'civilians'],
  [/^newcomers$/iu, 'newcomers'],
  [/^(?:medics?|paramedics?)$/iu, 'medics'],
  [/^doctors?$/iu, 'doctors'],
  [/^nurses?$/iu, 'nurses'],
];
// Adjectives before "deaths" that say whose deaths they are.
const DEATH_OWNERS: [RegExp, string][] = [
  [/^civilian$/iu, 'civilians'],
  [/^(?:child|children's)$/iu, 'children'],
];
// Adjectives between the number and its noun that say what happened: "4,000 displaced people", "30 wounded civilians".
const STATE_ADJECTIVES: [RegExp, FigureMetric][] = [
  [/^(?:displaced|homeless|uprooted)$/iu, 'displaced'],
  [/^(?:wounded|injured)$/iu, 'injured'],
  [/^(?:besieged)$/iu, 'besieged'],
  [/^(?:trapped|stranded)$/iu, 'trapped'],
  [/^(?:starving|malnourished|hungry)$/iu, 'starving'],
  [/^(?:missing)$/iu, 'missing'],
  [/^(?:detained|jailed|imprisoned|abducted)$/iu, 'detained'],
  [/^(?:dead|slain)$/iu, 'killed'],
];
// Words that end the noun phrase after a number: the noun has not come by then.
const PHRASE_STOP =
  /^(?:is|are|was|were|has|have|had|will|would|to|that|which|who|from|in|on|at|by|for|with|into|across|than|per|each|under|over|as|since|during|but)$/iu;

const COMPOUNDS: Record<string, Omit<Counted, 'end'>> = {
  hour: { kind: 'hour', unit: 'hours' },
  member: { kind: 'member', unit: 'states' },
  nation: { kind: 'member', unit: 'states' },
  state: { kind: 'member', unit: 'states' },
  country: { kind: 'country', unit: 'countries' },
};

// People implied by the verb that follows a number with no noun: "more than 800 are believed trapped", "12 died".
// "Scores more were wounded", "roughly 10,000 went to ...".
const IMPLIED_PEOPLE =
  /^\s+(?:more\s+)?(?:are|were|have|had|remain|remained|live|lived|died|fled|left|continue|continued|still|was killed|were killed|were wounded|went|moved|reached|arrived|crossed|headed|returned)\b/iu;
const RELATIVE_PEOPLE = /^\s+(?:who|of whom|of those who|of those|of them)\b/iu;
// "the death toll rose to 300": a toll counts the dead.
const DEATH_TOLL = /\bdeath toll\b[^.;,]{0,30}$/iu;

const WORD = /[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu;

/** The unit of a noun that counts people, or null. */
function personNoun(word: string): string | null {
  const noun = NOUNS.find(([pattern, counted]) => counted.kind === 'person' && pattern.test(word));
  return noun ? (OWN_UNITS.find(([p]) => p.test(word))?.[1] ?? noun[1].unit) : null;
}

/** What the number counts: the noun of the phrase after it, skipping its adjectives. */
export function countedNoun(text: string, sentence: Span, number: NumberExpression): Counted | null {
  if (number.compound) {
    const compound = COMPOUNDS[number.compound];
    return compound ? { ...compound, end: number.end } : null;
  }
  const rest = text.slice(number.end, sentence.end);
  const words = [...rest.matchAll(WORD)];
  let previousWord = '';
  let stateMetric: FigureMetric | undefined;
  for (let i = 0; i < Math.min(words.length, 9); i++) {
    const match = words[i] as RegExpMatchArray;
    const word = match[0];
    const end = number.end + (match.index as number) + word.length;
    if (word === 'of' && i === 0) continue; // "tens of thousands of civilians", "hundreds of civilian deaths"
    if (i === 1 && /^(?:them|whom|those)$/iu.test(word) && words[0]?.[0] === 'of') continue; // "nine of them children"
    if (word === ',' && previousWord) continue; // "five permanent, veto-holding members"
    if (/^[^\p{L}\p{N}]$/u.test(word)) return null;
    for (const [pattern, counted] of NOUNS) {
      if (!pattern.test(word)) continue;
      if (counted.kind === 'ignored') return { ...counted, end };
      const owner = counted.metric === 'killed' ? DEATH_OWNERS.find(([p]) => p.test(previousWord))?.[1] : undefined;
      const unit = owner ?? OWN_UNITS.find(([p]) => p.test(word))?.[1] ?? counted.unit;
      const metric = counted.metric ?? stateMetric;
      return { ...counted, unit, ...(metric ? { metric } : {}), end };
    }
    if (PHRASE_STOP.test(word)) return null;
    stateMetric ??= STATE_ADJECTIVES.find(([p]) => p.test(word))?.[1];
    previousWord = word;
  }
  return null;
}

const isYearLike = (number: NumberExpression) =>
  number.qualifier === 'exact' && number.value !== null && number.value >= 1900 && number.value <= 2099 && /^\d{4}$/u.test(number.raw);

export type CountReading = { counted: Counted } | { skip: string } | null;

/**
 * What the number counts, or why it is left out: a reason to report (`skip`), or null for a number nobody would
 * call a figure (a date's year, "one of five", an ordinal other than a veto's).
 */
export function readCounted(text: string, sentence: Span & { text: string }, number: NumberExpression): CountReading {
  if (/^\s+of\b/iu.test(text.slice(number.end, number.end + 4)) && number.value === 1) return null; // "one of five"
  let counted: Counted | null;
  if (number.ordinal) {
    // An ordinal counts only a repeated act the ledger records: "the sixth time Russia exercised its veto".
    const nextWord = /^\s+(\p{L}+)/u.exec(text.slice(number.end, number.end + 12))?.[1] ?? '';
    const veto = /^vetoe?s?$/iu.test(nextWord) || (/^times?$/iu.test(nextWord) && /\bveto/iu.test(sentence.text));
    return veto ? { counted: { kind: 'veto', unit: 'vetoes', end: number.end } } : null;
  }
  counted = countedNoun(text, sentence, number);
  // "A 2012 rebel offensive": a year, unless the very next word is a plural it counts ("2000 people").
  if (counted && isYearLike(number) && !/^\s+\p{L}*(?:s|people|children|men|women)$/u.test(text.slice(number.end, counted.end)))
    return null;
  if (!counted && IMPLIED_PEOPLE.test(text.slice(number.end, number.end + 20))) {
    counted = { kind: 'person', unit: 'people', end: number.end };
  }
  // "the newcomers, several hundred of whom were sleeping in mosques", "some 6,000 who reached": people, counted
  // by the noun they refer back to where it is near.
  const relative = !counted && RELATIVE_PEOPLE.exec(text.slice(number.end, number.end + 20));
  if (relative) {
    const before = text
      .slice(Math.max(sentence.start, number.start - 40), number.start)
      .split(/\s+/u)
      .reverse();
    const antecedent = before.map((w) => w.replace(/[^\p{L}]/gu, '')).find((w) => personNoun(w));
    // "five of them" counts what "them" stands for: people only where people were just named.
    if (antecedent || !/of them$/iu.test(relative[0])) {
      const unit = antecedent ? (personNoun(antecedent) as string) : 'people';
      counted = { kind: 'person', unit, end: number.end + relative[0].length };
    }
  }
  if (!counted && DEATH_TOLL.test(text.slice(Math.max(sentence.start, number.start - 40), number.start))) {
    counted = { kind: 'person', unit: 'people', metric: 'killed', end: number.end };
  }
  if (!counted) return number.value !== 1 ? { skip: 'no counted noun after the number' } : null;
  if (counted.kind === 'ignored') {
    return { skip: `counts ${text.slice(number.end, counted.end).trim() || 'a unit'}, which has no figure metric` };
  }
  return { counted };
}
