/**
 * Figures: numbers that count something the ledger records (people trapped, killed, fled, sheltering, given aid ...;
 * fighters; staff; organisations, countries, member states; durations; vetoes; facilities, vehicles, supplies;
 * ground; money). The steps, each in its own module: finding the numbers and their qualifiers
 * (number-expressions.ts), what they count (figure-counted.ts), what happened to it (figure-metric.ts), and here the
 * figure's date, place and claimant, its words and its evidence. A number that counts nothing the ledger records
 * (dates, times of day, distances, vote tallies) is left to the curator.
 */
import { CATEGORY_OF, type FigureCategory, type FigureMetric, isHumanitarian } from '../domain/figure-meaning.js';
import type { When } from '../seed/annotation-schema.js';
import { type ArticleAnalysis, isTitle } from './article-analysis.js';
import { describeDay, publicationWhen } from './date-expressions.js';
import {
  COUNT_WORD,
  changedCount,
  ESTIMATE_VERBS,
  framingWindow,
  PASSED_VERBS,
  readCounted,
  rhetoricalOne,
  windowOfTime,
} from './figure-counted.js';
import { countMetric, peopleMetric } from './figure-metric.js';
import { findNumberExpressions, type NumberExpression, type Qualifier } from './number-expressions.js';
import type { FigureBasis } from './record-basis.js';
import type { ResolvedSpeaker } from './speaker-resolution.js';
import { SAYING_VERB, SPOKEN_FROM_BEFORE } from './speech-verbs.js';
import { type ExtractedStatement, isStandfirst } from './statement-extractor.js';
import { contains, type Span, splitSentences, trimSpan } from './text-segments.js';

export type { FigureCategory, FigureMetric };

export interface ExtractedFigure {
  metric: FigureMetric;
  category: FigureCategory;
  /** What happened to people (the category is humanitarian), for the part-of-a-count rule. */
  humanitarian: boolean;
  raw: string;
  rawSpan: Span;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string;
  subject: string;
  location: string | null;
  asOf: When;
  claimedBy: ResolvedSpeaker | null;
  /** The count of the same sentence this one is a part of ("9 women" of "52 people, among them 9 women"). */
  partOf: ExtractedFigure | null;
  evidence: Span[];
  /**
   * What gave the figure its meaning (record-basis.ts lists the keys and what each means). Its confidence is
   * calibrated per key (confidence-calibration.ts): a new mechanism that makes figures gets a key of its own there.
   */
  basis: FigureBasis;
}

export interface UnrecordedNumber {
  raw: string;
  span: Span;
  reason: string;
}

/** Plain words for what the figure counts: "people trapped (Eastern Aleppo)", "women killed, of 52 people killed". */
export function describeSubject(
  unit: string,
  metric: FigureMetric,
  locationName: string | null,
  partOf: ExtractedFigure | null = null,
): string {
  const what: Record<FigureMetric, string> = {
    trapped: `${unit} trapped`,
    besieged: `${unit} under siege`,
    killed: `${unit} killed`,
    injured: `${unit} injured`,
    displaced: `${unit} displaced`,
    evacuated: `${unit} evacuated`,
    moved: `${unit} who moved`,
    fighters: unit,
    member_states: 'member states',
    organizations: 'organizations',
    countries: 'countries',
    supporting_states: 'supporting states',
    vetoes: 'vetoes',
    hours: 'duration in hours',
    fled: `${unit} who fled`,
    starving: `${unit} starving`,
    out_of_reach: `${unit} out of reach of aid`,
    sheltering: `${unit} sheltering`,
    missing: `${unit} missing`,
    detained: `${unit} detained`,
    in_need: `${unit} in need of aid`,
    separated: `${unit} separated from their families`,
    assisted: `${unit} given aid or treatment`,
    duration: `duration in ${unit}`,
    age: 'age in years',
    family_size: `family size (${unit})`,
    staff: unit,
    facilities: unit,
    vehicles: unit,
    supplies: unit,
    territory: unit,
    funding: unit,
    people: unit,
    capacity: `capacity (${unit})`,
    attacks: unit,
    documents: unit,
    price: `price (${unit})`,
    distance: `distance in ${unit}`,
    opinion: unit,
    animals: unit,
  };
  const whole = partOf ? `, of ${partOf.raw} ${partOf.subject}` : '';
  return locationName && !partOf ? `${what[metric]} (${locationName})${whole}` : `${what[metric]}${whole}`;
}

/** The sentence, or for a long one the clause around the number. */
function evidenceFor(text: string, sentence: Span, raw: Span, nounEnd: number): Span {
  if (sentence.end - sentence.start <= 240) return trimSpan(text, sentence);
  const before = text.slice(Math.max(sentence.start, raw.start - 160), raw.start);
  const boundary = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(' — '));
  const start = boundary >= 0 ? raw.start - before.length + boundary + 2 : Math.max(sentence.start, raw.start - 160);
  const after = text.slice(nounEnd, sentence.end);
  const stop = /[,;.]/u.exec(after);
  return trimSpan(text, { start, end: stop ? nounEnd + stop.index + 1 : sentence.end });
}

/** A figure's date, place and claimant: its own sentence's day, else its speaker's, else the article's. */
export function figureContext(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
  sentence: Span,
  number: NumberExpression,
  metric: FigureMetric,
): { asOf: When; location: string | null; claimedBy: ResolvedSpeaker | null } {
  const holder = statements.find((s) => s.evidence.some((e) => contains(e, number)));
  // A standing count (members, organisations) is not dated by the event its sentence tells.
  const standing = metric === 'member_states' || metric === 'organizations' || metric === 'countries' || metric === 'supporting_states';
  // A day the count's own words give ("left on Thursday, officials said") comes before the day of the saying.
  // Dates inside another speaker's words, or in the holder's own attribution, date something else.
  const elsewhere = [...(holder?.attribution ?? []), ...statements.filter((s) => s !== holder).flatMap((s) => s.evidence)];
  const ownDate = standing ? null : sentenceDate(article, sentence, number, elsewhere);
  const asOf =
    ownDate ??
    holder?.said ??
    publicationWhen(article.publishedOn, `no date given for the number; the article's date (${describeDay(article.publishedOn)})`);
  const placed: readonly FigureMetric[] = ['fighters', 'hours', 'staff', 'facilities', 'vehicles', 'territory'];
  const location = isHumanitarian(metric) || placed.includes(metric) ? nearestLocation(article, sentence, number) : null;
  return { asOf, location, claimedBy: estimator(article, sentence, number) ?? holder?.speaker ?? null };
}

// A verb of counting or estimating between a named actor and the number it gives: "a population the United Nations
// put at about 100,000", "a toll the ministry estimates at 300", "WHO counts 84": the estimate is the actor's, even
// inside another speaker's words.
const ESTIMATE_BETWEEN = new RegExp(
  String.raw`^\s+(?:(?:has|have|had|now|still|itself|themselves)\s+)?(?:${ESTIMATE_VERBS})\b(?:\s+(?:it|them|the ${COUNT_WORD}))?(?:\s+(?:at|to be))?\s+$`,
  'iu',
);

/** The actor the number's own clause says put the number on the count (a named actor, then a verb of estimating). */
function estimator(article: ArticleAnalysis, sentence: Span, number: NumberExpression): ResolvedSpeaker | null {
  const mention = article.actorMentions
    .filter((m) => contains(sentence, m) && m.end <= number.start && number.start - m.end <= 60)
    // The verb may be the qualifier's own word: "Relief Watch estimated 70" ("estimated 70" is the figure's words).
    .find((m) => [number.start, number.number.start].some((end) => ESTIMATE_BETWEEN.test(article.text.slice(m.end, end))));
  return mention ? { status: 'actor', id: mention.id, via: mention.via, mention } : null;
}

// A qualifier printed after the count ("ten days at most", "200 people at least", "40 or so"), after the number or
// after its noun.
// The qualifier closes the count's phrase: a clause ends or a place or time follows ("40 people at least, in the
// raid"). Not "30 patients at least twice a day": "at least" then qualifies what follows it.
const QUALIFIER_CLOSES = String.raw`(?=\s*(?:[,.;:)"”’—–]|$)|\s+(?:in|on|at|since|during|over|across|from|and|according|by|so far)\b)`;
const QUALIFIER_AFTER: [RegExp, Qualifier][] = [
  [new RegExp(String.raw`^\s+(?:at (?:the )?most|or (?:fewer|less))${QUALIFIER_CLOSES}`, 'iu'), 'at_most'],
  [new RegExp(String.raw`^\s+(?:at (?:the very )?least|or more)${QUALIFIER_CLOSES}`, 'iu'), 'at_least'],
  [new RegExp(String.raw`^\s+or so${QUALIFIER_CLOSES}`, 'iu'), 'about'],
];

/**
 * Whether the words before a number open a second "that" clause of a verb of estimating earlier in the sentence: "The
 * agency estimates that 300 were killed and that 1,200 more were wounded", "officials estimated that ... but that
 * another 40 had fled", "estimates that ..., and that a further 90 are missing". An estimate, like the first.
 */
function estimateClause(before: string): boolean {
  const second = /\b(?:and|but|while)\s+that\s+(?:[\p{L}-]+\s+){0,2}$/iu.exec(before);
  return second !== null && /\bestimat\w*\s+that\b/iu.test(before.slice(0, second.index));
}

// A running count gone beyond a mark: "the number of families in the camp has passed 4,000", "the toll has now
// exceeded 300". Only after a count word, so that "the bill passed 98 to 1" keeps its number.
const PASSED_MARK = new RegExp(String.raw`\b(?:number|count|total|toll|tally)\b[^.;:!?]*\b(?:${PASSED_VERBS})\s+$`, 'iu');

/**
 * The qualifier the words around the number give: "estimated that 18,000", "estimated the cost at 2 million" and "an estimate of 3,000" are approximate
 * even without "about", and so is a second "that" clause of the same estimate (`estimateClause`); "ten days at most"
 * is bounded from above.
 */
export function qualifierInContext(
  text: string,
  sentence: Span,
  number: NumberExpression,
  nounEnd = number.end,
): Pick<NumberExpression, 'qualifier' | 'low' | 'high'> {
  const { qualifier, low, high } = number;
  if (qualifier !== 'exact' || number.value === null) return { qualifier, low, high };
  if (
    /\bestimat\w*(?:\s+that|\s+of)?\s+$/iu.test(text.slice(Math.max(sentence.start, number.start - 30), number.start)) ||
    // "They estimate the clinic's winter costs at 4 million euros": what is estimated, then "at".
    /\bestimat\w*\s+(?:[\p{L}'’-]+\s+){1,5}at\s+$/iu.test(text.slice(Math.max(sentence.start, number.start - 60), number.start)) ||
    estimateClause(text.slice(sentence.start, number.start))
  ) {
    return { qualifier: 'about', low: null, high: null };
  }
  if (PASSED_MARK.test(text.slice(sentence.start, number.start))) return { qualifier: 'more_than', low: number.value, high: null };
  for (const end of new Set([number.end, nounEnd])) {
    const after = QUALIFIER_AFTER.find(([pattern]) => pattern.test(text.slice(end, Math.min(sentence.end, end + 24))))?.[1];
    if (after === 'at_most') return { qualifier: after, low: null, high: number.value };
    if (after === 'at_least') return { qualifier: after, low: number.value, high: null };
    if (after === 'about') return { qualifier: after, low: null, high: null };
  }
  return { qualifier, low, high };
}

export function extractFigures(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
): { figures: ExtractedFigure[]; unrecorded: UnrecordedNumber[] } {
  const { text } = article;
  const figures: ExtractedFigure[] = [];
  const unrecorded: UnrecordedNumber[] = [];
  const inDate = (span: Span) => article.dateMentions.some((d) => d.start < span.end && span.start < d.end);

  for (const paragraph of article.paragraphs) {
    let previousSentence: ExtractedFigure[] = [];
    for (const sentence of splitSentences(text, paragraph)) {
      const inSentence: ExtractedFigure[] = [];
      for (const number of findNumberExpressions(text, sentence)) {
        // "Four days later": a date and a duration, which the fixtures' curation counts.
        const durationInDate = DURATION_IN_DATE.test(text.slice(number.end, number.end + 30));
        if (inDate(number.number) && !durationInDate && !windowOfTime(text, sentence, number)) continue;
        const skip = (reason: string) => unrecorded.push({ raw: number.raw, span: { start: number.start, end: number.end }, reason });
        // The text read for what the number counts: its closing quotation mark a space where it is quoted alone.
        const countedText = unquoted(text, number);
        // A range whose second bound stands alone after the noun ("two days, maybe three") counts the noun after its first.
        let reading = readCounted(countedText, sentence, number.countedAt === undefined ? number : { ...number, end: number.countedAt });
        if (!reading) continue;
        // A change by a share ("down by a third") with no count before it in its sentence: what the subject of its
        // clause counts ("the count at the camp rose by more than half").
        const changed = reading && 'change' in reading && inSentence.length === 0 ? changedCount(text, sentence, number) : null;
        if (changed) reading = { counted: changed };
        if ('skip' in reading) {
          // A change by a share of the count before it in the sentence ("roughly 34,000 this week, down by a third"):
          // of people, it is no number of people (`people`, not humanitarian); of things, it keeps their metric.
          const change = 'change' in reading;
          const noEarlier = !reading.noNoun || (change && inSentence.length === 0);
          const earlier = noEarlier
            ? null
            : inSentence.length > 0
              ? countedBefore(text, number, inSentence)
              : carriedCount(text, sentence, number, previousSentence);
          if (earlier) {
            const figure = earlier(number, sentence);
            const metric = change && ofPeople(figure) ? 'people' : figure.metric;
            inSentence.push(
              change
                ? {
                    ...figure,
                    metric,
                    category: CATEGORY_OF[metric],
                    humanitarian: isHumanitarian(metric),
                    partOf: null,
                    unit: `percent change in ${figure.unit}`,
                    subject: `percent change in ${figure.subject}`,
                  }
                : figure,
            );
          } else if (!change && reading.noNoun && qualifiedAlone(text, number)) {
            const context = figureContext(article, statements, sentence, number, 'people');
            inSentence.push({
              metric: 'people',
              category: CATEGORY_OF.people,
              humanitarian: false,
              raw: number.raw,
              rawSpan: { start: number.start, end: number.end },
              value: number.value,
              low: number.low,
              high: number.high,
              qualifier: number.qualifier,
              unit: 'not named',
              subject: 'a count the sentence does not name',
              ...context,
              location: null,
              partOf: null,
              evidence: [evidenceFor(text, sentence, number, number.end)],
              basis: 'qualified-alone',
            });
          } else skip(reading.skip);
          continue;
        }
        const { counted } = reading;
        const people = counted.kind === 'person' || counted.kind === 'fighter';
        const meaning = people
          ? peopleMetric(countedText, sentence, number, counted, inSentence)
          : (() => {
              const metric = countMetric(text, sentence, number, counted);
              return metric ? { metric, inherited: false, partOf: null, unit: counted.unit } : null;
            })();
        // People counted with nothing said to have happened to them ("a population of 1.5 million", "a list of 420
        // patients", "Now we are about 28"): the fixtures' curation records every count of people, so they are
        // `people`, calibrated apart (basis `people-only`). A word "one" is rhetorical ("one surgeon said").
        // "The two men have met": people named before, referred to again, are no new count.
        const referredTo =
          number.value !== null &&
          number.value <= 5 &&
          !/\d/u.test(number.raw) &&
          /\b(?:the|these|those)\s+$/iu.test(text.slice(Math.max(sentence.start, number.start - 7), number.start));
        const countsPeople = counted.kind === 'person' && !rhetoricalOne(text, sentence, number) && !referredTo;
        if (!meaning && !countsPeople) {
          skip(`counts ${counted.unit} but the sentence does not say what happened to them`);
          continue;
        }
        const { metric, inherited, partOf, unit } = meaning ?? {
          metric: 'people' as const,
          inherited: false,
          partOf: null,
          unit: counted.unit,
        };
        const context = figureContext(article, statements, sentence, number, metric);
        const place = context.location ? (article.gazetteer.locations.get(context.location)?.name ?? null) : null;
        const figure: ExtractedFigure = {
          metric,
          category: CATEGORY_OF[metric],
          humanitarian: isHumanitarian(metric),
          raw: number.raw,
          rawSpan: { start: number.start, end: number.end },
          value: number.value,
          ...qualifierInContext(text, sentence, number, counted.end),
          unit,
          subject: describeSubject(unit, metric, place, partOf),
          ...context,
          partOf,
          evidence: [evidenceFor(text, sentence, number, counted.end)],
          basis: !meaning
            ? 'people-only'
            : inherited
              ? 'inherited'
              : counted.unnamedShare
                ? 'unnamed-share'
                : counted.metric
                  ? 'counted-metric'
                  : !people
                    ? 'thing'
                    : 'happened',
        };
        inSentence.push(figure);
      }
      figures.push(...inSentence);
      previousSentence = inSentence;
    }
  }
  const first = article.paragraphs[0];
  const headline = first && isTitle(article, first) ? first : null;
  // A number only the headline prints is the headline's summary, not a record (the fixtures' curation: the headline
  // is no record of any kind); one the body repeats is recorded with the body's words.
  const standfirsts = article.paragraphs.filter((_, index) => isStandfirst(article, index));
  const merged = mergeRepeatedFigures(text, figures, headline, standfirsts);
  return { figures: merged.filter((f) => !(headline && contains(headline, f.rawSpan))), unrecorded };
}

/**
 * The text read for what a number counts: where the number alone is quoted, as a speaker's own words woven into the
 * sentence ('said "tens of thousands" were still waiting', 'could take "hundreds" more'), its closing quotation
 * mark is read as a space, so that the noun or verb after it is the count's. Offsets are unchanged.
 */
function unquoted(text: string, number: NumberExpression): string {
  const quotedAlone = /["“‘]/u.test(text[number.start - 1] ?? '') && /["”’]/u.test(text[number.end] ?? '');
  return quotedAlone ? `${text.slice(0, number.end)} ${text.slice(number.end + 1)}` : text;
}

/** Whether a figure counts people (to whom something happened, or not): staff, fighters, a population. */
const ofPeople = (figure: ExtractedFigure | undefined) =>
  figure !== undefined && (figure.humanitarian || figure.metric === 'people' || figure.metric === 'staff' || figure.metric === 'fighters');

/**
 * (s64) A number with no noun after it and no count before it in its sentence, that its words still give as a count:
 * a qualifier before it ("put the civilian toll since November 15 at more than 450", "a lower one of about 9,500",
 * "planning for anything up to 100,000", "there may be no more than 30"), or a range in thousands ("estimates ranged
 * from 20,000 to 40,000", "They run from 30,000 to 150,000"). A qualifier is said of an amount, never of a date or a
 * name, so the number counts something, though the sentence does not say what (the fixtures' curation records it).
 * Not "over" before a word number ("the Council split over two rival drafts": the preposition), nor a range of small
 * numbers ("paragraphs 6-8", "from 2008 to 2010": parts and years), nor "a dozen".
 */
function qualifiedAlone(text: string, number: NumberExpression): boolean {
  if (number.ordinal || number.fraction || number.ratio || number.currency) return false;
  if (number.qualifier === 'range') return number.low !== null && number.low >= 1000 && /\d,\d{3}/u.test(number.raw);
  // "a dozen guest players": a round number with no qualifier of its own words (s60 reads it as about twelve).
  if (number.qualifier === 'exact' || number.qualifier === 'vague' || number.value === null || /^an?\s+dozen$/iu.test(number.raw))
    return false;
  return !/^over\s/iu.test(number.raw) || /\d/u.test(text.slice(number.number.start, number.number.end));
}

// A number of hours, days or weeks that a date counts from another day: "Four days later", "two weeks after the vote",
// "48 hours after the council voted".
const DURATION_IN_DATE = /^[\s-]+(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|after|before|ago)\b/iu;

// After a number with no noun, the words that show it counts what the count before it did: "from 500 to 700 people
// a day ... 12,000 a day", "six vetoes ... five of them", "killed 30 people on Monday and 12 on Tuesday", "30,000
// have fled to the west and about 10,000 to the north", "2,000 fled, up from 1,200 the day before".
// "96 were critical, about 180 as serious": the same people sorted another way. "more than 110 each": as many of
// each of the things before.
const ELLIPSIS_AFTER =
  /^(?:\s+(?:(?:a|per|each|every|this|last|that|the previous) (?:day|week|month|year)|the (?:day|week|month|year) (?:before|earlier)|of (?:them|those|these)|more|others|each)\b|\s*[,.;)]|\s+(?:and|or|on|in|at|by|for|since|until|to|into|from|as (?!(?:of|well|a result|if|though|soon|long|far|much|many)\b))\b)/iu;
// Before a number with no noun, the words that set it against the count before it as the same count at another
// time: "about 20,000 are stranded, up from some 8,000 last week", "down from 250,000 before the offensive",
// "compared with 1,200 in October", "against 40 the year before". Not "from 300 to 450" (a range, read whole).
const COMPARED_BEFORE = /\b(?:(?:up|down|rising|falling|rose|fell|risen|fallen)\s+from|compared\s+(?:with|to)|as against)\s+$/iu;
// (s66) Before a number with no noun, the words that add it to the count before it: "about 100 staff in the city and
// could send a further 30 within days", "has around 100 staff there. It wants to send another 20.", "an additional
// 40 by Friday". More of the same, whatever words follow.
const FURTHER_BEFORE = /\b(?:another|a further|an additional|an extra)\s+$/iu;
// Across a sentence, only words that say the count goes on: "... 68 a day. On the worst days we logged more than 110
// each.", "Cumulative since 15 November: about 47,000." (a label with no noun of its own, under the line it sums).
const CARRIED_AFTER =
  /^\s+(?:(?:a|per|each|every) (?:day|week|month|year)|the (?:day|week|month|year) (?:before|earlier)|of (?:them|those|these)|each|more|others)\b/iu;
// A vote's tally is not a count of anything: "passed 122-13, with 36 abstentions", "13 against".
const TALLY_NEAR = /^[-–]\d|^\s+(?:in favou?r|against|abstentions?|abstaining|votes?|to \d)\b/iu;
// The other side of a tally after its votes: "adopted by 122 votes to 13", "won nine votes against four", "by 11
// ballots to 2".
const TALLY_SIDE_BEFORE = /\b(?:votes?|ballots)\s+(?:to|against)\s+$/iu;
// (s37) The other side of a tally the sentence calls a vote: "the vote was 11 to 3, with Angola abstaining", "voted 9
// to 4".
const TALLY_OTHER_SIDE_BEFORE = /\b(?:vote|voted|tally|margin)\b[^.;:]{0,16}?\b\d+\s+(?:to|against)\s+$/iu;

/** The count before this one in its sentence that a number with no noun counts again, as a figure maker; or null. */
function countedBefore(
  text: string,
  number: NumberExpression,
  inSentence: ExtractedFigure[],
): ((number: NumberExpression, sentence: Span) => ExtractedFigure) | null {
  // A window of time the sentence opens with ("Within three days", "In the past 48 hours") frames the counts after
  // it; a number with no noun counts again what the last count did, never the window.
  const earlier = inSentence.filter((f) => !framingWindow(text, f)).at(-1);
  const after = text.slice(number.end, number.end + 16);
  if (
    !earlier ||
    // "settled since 2011, the ...": a year counts nothing.
    (/^\d{4}$/u.test(number.raw) && (number.value as number) >= 1900 && (number.value as number) <= 2099) ||
    // "6,000 to 8,000 fighters ..., of whom perhaps 1,500 belonged to": a part of the count before.
    !(
      ELLIPSIS_AFTER.test(after) ||
      /\bof (?:whom|which|them)\s+$/iu.test(text.slice(Math.max(0, number.start - 12), number.start)) ||
      COMPARED_BEFORE.test(text.slice(Math.max(0, number.start - 24), number.start)) ||
      FURTHER_BEFORE.test(text.slice(Math.max(0, number.start - 16), number.start))
    ) ||
    TALLY_NEAR.test(after) ||
    TALLY_SIDE_BEFORE.test(text.slice(Math.max(0, number.start - 14), number.start)) ||
    TALLY_OTHER_SIDE_BEFORE.test(text.slice(Math.max(0, number.start - 40), number.start)) ||
    /\d\s*[-–]\s*$/u.test(text.slice(number.start - 3, number.start))
  )
    return null;
  return (n, sentence) => ({
    ...earlier,
    raw: n.raw,
    rawSpan: { start: n.start, end: n.end },
    value: n.value,
    ...qualifierInContext(text, sentence, n),
    partOf: null,
    evidence: [evidenceFor(text, sentence, n, n.end)],
    basis: 'counted-again',
  });
}

/**
 * A count with no noun at the head of its sentence that goes on with the last count of the sentence before, in the
 * same paragraph: where its words say so (`CARRIED_AFTER`, or (s66) `FURTHER_BEFORE`: "It wants to send another 20."),
 * or where it stands alone after a label that names nothing counted ("Cumulative since 15 November: about 47,000").
 */
function carriedCount(
  text: string,
  sentence: Span,
  number: NumberExpression,
  previous: ExtractedFigure[],
): ((number: NumberExpression, sentence: Span) => ExtractedFigure) | null {
  const after = text.slice(number.end, number.end + 24);
  const labelled = /^[^,;:]{3,100}:\s*(?:\S+\s+){0,2}$/u.test(text.slice(sentence.start, number.start)) && /^\s*(?:[.;]|$)/u.test(after);
  const further = FURTHER_BEFORE.test(text.slice(Math.max(sentence.start, number.start - 16), number.start));
  return CARRIED_AFTER.test(after) || labelled || further ? countedBefore(text, number, previous) : null;
}

/** A date of the number's own sentence ("On October 8, Russia exercised its veto for a fifth time"). */
function sentenceDate(article: ArticleAnalysis, sentence: Span, number: Span, elsewhere: Span[]): When | null {
  const dates = article.dateMentions.filter(
    (d) =>
      contains(sentence, d) &&
      d.kind === 'point' &&
      d.when.precision === 'day' &&
      !elsewhere.some((a) => contains(a, d)) &&
      !opensSinceWindow(article.text.slice(sentence.start, d.start)),
  );
  dates.sort((a, b) => Math.abs(a.start - number.start) - Math.abs(b.start - number.start));
  return dates[0]?.when ?? null;
}

/**
 * Whether a day is where a "since" window opens, read from the sentence up to the day: "since" and at most eight
 * words with no clause break between ("had left since Thursday", "since the operation began on Thursday", "in the
 * two days since Sunday", "since government forces launched their offensive on 15 November"). A count since a day is
 * counted up to when it is reported (the remark's day, else the article's), so that day is not its as_of. Unlike the
 * event extractor's since-clause (which needs the clause's own verb, since a bare "since Saturday" still dates a
 * flight), any "since" before the day opens the window for a count.
 */
function opensSinceWindow(before: string): boolean {
  return /\bsince\s+(?:[^\s;:,]+\s+){0,8}$/iu.test(before);
}

// A sentence opened by a place, then a comma: "In Geneva,", "Earlier in Geneva,", "Meanwhile, in Ankara,".
const SENTENCE_OPENING_PLACE = /^(?:(?:Earlier|Later|Meanwhile|Elsewhere|Separately),?\s+)?in\s+(?:the\s+)?$/iu;
// A saying verb right after a place: the claimant's seat ("the UN refugee agency in Amman said").
const SEAT_BEFORE_VERB = /^\s+(?:said|says|told|tells)\b/u;

/**
 * The place named nearest the number in its sentence, after it first ("trapped in eastern Aleppo"). Where the claimant
 * spoke or sits is not where the people counted are: a place after a verb of saying or a press occasion ("told
 * reporters in Geneva that 50,000 people were trapped", "At a briefing in Geneva"), one that opens the sentence before
 * the saying verb ("In Geneva, the UN office said that 82 civilians were killed"), and a claimant's seat right before
 * the verb ("UN officials in Geneva said").
 */
function nearestLocation(article: ArticleAnalysis, sentence: Span, number: Span): string | null {
  const { text } = article;
  const spokenFrom = (m: Span) =>
    SPOKEN_FROM_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 60), m.start)) ||
    (SENTENCE_OPENING_PLACE.test(text.slice(sentence.start, m.start)) &&
      text[m.end] === ',' &&
      m.end < number.start &&
      SAYING_VERB.test(text.slice(m.end, number.start))) ||
    (/\bin\s+$/u.test(text.slice(sentence.start, m.start)) && SEAT_BEFORE_VERB.test(text.slice(m.end, m.end + 12)));
  const here = article.locationMentions.filter((m) => contains(sentence, m) && !spokenFrom(m));
  const after = here.find((m) => m.start >= number.end);
  const before = here.filter((m) => m.end <= number.start).at(-1);
  return (after ?? before)?.id ?? null;
}

/**
 * The same figure printed twice (a headline and its body, a repeated standfirst) is one record with two passages.
 * The body's words make the record when the headline or the standfirst repeats them: they sum up, the body reports.
 * A standfirst's count is the body's when its number is printed the same way (its headline-style verb, "Thousands
 * left waiting", may read another way than the body's full clause).
 */
function mergeRepeatedFigures(
  text: string,
  figures: ExtractedFigure[],
  headline: Span | null,
  standfirsts: readonly Span[],
): ExtractedFigure[] {
  const merged: ExtractedFigure[] = [];
  const number = (f: ExtractedFigure) => [f.value, f.low, f.high, f.qualifier, f.raw.toLowerCase()].join('|');
  const key = (f: ExtractedFigure) => [f.metric, f.unit, number(f)].join('|');
  const inStandfirst = (f: ExtractedFigure) => standfirsts.some((p) => contains(p, f.rawSpan));
  const inSummary = (f: ExtractedFigure) => (headline !== null && contains(headline, f.rawSpan)) || inStandfirst(f);
  // A small number printed again is most often another fact ("a total of three days" ... "Three days later"): it is
  // the same one only in the same words ("the father of four" twice) or in the headline.
  const small = (f: ExtractedFigure) => f.value !== null && f.value < 10;
  const wordsBefore = (f: ExtractedFigure) =>
    text
      .slice(Math.max(0, f.rawSpan.start - 30), f.rawSpan.start)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .slice(-2)
      .join(' ');
  const sameFact = (f: ExtractedFigure, g: ExtractedFigure) =>
    (key(f) === key(g) && (!small(f) || inSummary(f) || inSummary(g) || wordsBefore(f) === wordsBefore(g))) ||
    (inStandfirst(f) !== inStandfirst(g) && f.humanitarian === g.humanitarian && number(f) === number(g));
  for (const figure of figures) {
    const index = merged.findIndex((f) => sameFact(f, figure));
    const same = merged[index];
    if (!same) {
      merged.push(figure);
      continue;
    }
    const passage = figure.evidence[0] as Span;
    if (same.evidence.some((e) => text.slice(e.start, e.end) === text.slice(passage.start, passage.end) && e.start === passage.start))
      continue;
    if (inSummary(same) && !inSummary(figure)) merged[index] = { ...figure, evidence: [passage, ...same.evidence] };
    else same.evidence.push(passage);
  }
  return merged;
}
