/**
 * Figures: numbers that count something the ledger records (people trapped, killed, moved; fighters; organisations,
 * countries, member states; hours; vetoes), with what is counted taken from the noun after the number ("18,000
 * civilians", "193-member", "tens of thousands of civilians") and what happened to them from the verb of the clause
 * ("are thought to be trapped", "killed more than 440", "had moved into"). A number that counts nothing the ledger
 * records (days, years, dates, times) is left to the curator.
 */
import { CATEGORY_OF, type FigureCategory, type FigureMetric, isHumanitarian } from '../domain/figure-meaning.js';
import type { When } from '../seed/annotation-schema.js';
import type { ArticleAnalysis } from './article-analysis.js';
import { describeDay, publicationWhen } from './date-expressions.js';
import { findNumberExpressions, type NumberExpression, type Qualifier } from './number-expressions.js';
import type { ExtractedStatement, ResolvedSpeaker } from './statement-extractor.js';
import { contains, type Span, splitSentences, trimSpan } from './text-segments.js';

export type { FigureCategory, FigureMetric };

export interface ExtractedFigure {
  metric: FigureMetric;
  category: FigureCategory;
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
  evidence: Span[];
  confidence: number;
}

export interface UnrecordedNumber {
  raw: string;
  span: Span;
  reason: string;
}

type CountedKind = 'person' | 'fighter' | 'organization' | 'country' | 'member' | 'hour' | 'veto' | 'ignored';

interface Counted {
  kind: CountedKind;
  unit: string;
  /** A noun that says by itself what happened ("deaths"). */
  metric?: FigureMetric;
  /** End of the noun, where the verb of the clause is looked for. */
  end: number;
}

// What a noun after a number counts. Plural and singular, since "one child" counts too.
const NOUNS: [RegExp, Omit<Counted, 'end'>][] = [
  [/^(?:people|persons?|individuals?|others|inhabitants?|Syrians)$/iu, { kind: 'person', unit: 'people' }],
  [/^(?:women|woman)$/iu, { kind: 'person', unit: 'women' }],
  [/^(?:men|man)$/iu, { kind: 'person', unit: 'men' }],
  [/^(?:families|family)$/iu, { kind: 'person', unit: 'families' }],
  [/^civilians?$/iu, { kind: 'person', unit: 'civilians' }],
  [/^(?:children|child|kids|minors|boys|girls)$/iu, { kind: 'person', unit: 'children' }],
  [/^residents?$/iu, { kind: 'person', unit: 'residents' }],
  [/^(?:patients?|sick)$/iu, { kind: 'person', unit: 'patients' }],
  [/^refugees?$/iu, { kind: 'person', unit: 'refugees', metric: 'displaced' }],
  [/^(?:evacuees?)$/iu, { kind: 'person', unit: 'people', metric: 'evacuated' }],
  [/^(?:deaths?|dead|bodies|body|fatalities|victims?)$/iu, { kind: 'person', unit: 'people', metric: 'killed' }],
  [/^(?:wounded|injured|injuries)$/iu, { kind: 'person', unit: 'people', metric: 'injured' }],
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
    /^(?:days?|weeks?|months?|years?|minutes?|seconds?|decades?|times?|percent|per|km|kilometres?|kilometers?|miles?|tons?|tonnes?|trucks?|convoys?|buses|dollars?)$/iu,
    { kind: 'ignored', unit: '' },
  ],
];
// Adjectives before "deaths" that say whose deaths they are.
const DEATH_OWNERS: [RegExp, string][] = [
  [/^civilian$/iu, 'civilians'],
  [/^(?:child|children's)$/iu, 'children'],
];
// Words that end the noun phrase after a number: the noun has not come by then.
const PHRASE_STOP =
  /^(?:is|are|was|were|has|have|had|will|would|to|that|which|who|from|in|on|at|by|for|with|into|across|than|per|each|under|over|as|since|during|but)$/iu;
// "with the support of 70 countries", "40 countries backed the draft": countries that support something.
const SUPPORT_BEFORE = /\b(?:support|backing)\s+(?:of|from)\s+(?:some\s+|about\s+|more than\s+|over\s+)?$/iu;
const SUPPORT_AFTER = /^\s+(?:that\s+|which\s+|who\s+)?(?:supported|support|backed|back|co-sponsored|sponsored)\b/iu;
// "the death toll rose to 300": a toll counts the dead.
const DEATH_TOLL = /\bdeath toll\b[^.;,]{0,30}$/iu;
// A verb of the count's own clause: then it does not share the verb of the count before it.
const OWN_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|remain|remains|remained|stay|stayed|wait|waiting|waited|live|lives|lived)\b/iu;
const IMPLIED_PEOPLE = /^\s+(?:are|were|have|had|remain|remained|remain|live|lived|died|fled|left|continue|continued|still)\b/iu;

// What happened to the people counted, from the verb of the clause.
const PLIGHTS: [RegExp, FigureMetric][] = [
  [/\b(?:trapped|stranded|stuck|cut off)\b/iu, 'trapped'],
  [/\b(?:besieged|under siege|encircled|surrounded)\b/iu, 'besieged'],
  [/\b(?:killed|died|dead|deaths?|lost their lives|massacred|slain|executed|death toll)\b/iu, 'killed'],
  [/\b(?:injured|wounded|hurt|injuries)\b/iu, 'injured'],
  [/\b(?:displaced|fled|fleeing|uprooted|forced from|driven from|homeless)\b/iu, 'displaced'],
  [/\b(?:evacuated|evacuation|bused out|bussed out|taken out|carried|transported|ferried)\b/iu, 'evacuated'],
  [/\b(?:moved|relocated|crossed|left|leaving|arrived|went)\b/iu, 'moved'],
];

const COMPOUNDS: Record<string, Omit<Counted, 'end'>> = {
  hour: { kind: 'hour', unit: 'hours' },
  member: { kind: 'member', unit: 'states' },
  nation: { kind: 'member', unit: 'states' },
  state: { kind: 'member', unit: 'states' },
  country: { kind: 'country', unit: 'countries' },
};

const WORD = /[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu;

/** What the number counts: the noun of the phrase after it. */
function countedNoun(text: string, sentence: Span, number: NumberExpression): Counted | null {
  if (number.compound) {
    const compound = COMPOUNDS[number.compound];
    return compound ? { ...compound, end: number.end } : null;
  }
  const rest = text.slice(number.end, sentence.end);
  const words = [...rest.matchAll(WORD)];
  let previousWord = '';
  for (let i = 0; i < Math.min(words.length, 9); i++) {
    const match = words[i] as RegExpMatchArray;
    const word = match[0];
    const end = number.end + (match.index as number) + word.length;
    if (word === 'of' && i === 0) continue; // "tens of thousands of civilians", "hundreds of civilian deaths"
    if (word === ',' && previousWord) continue; // "five permanent, veto-holding members"
    if (/^[^\p{L}\p{N}]$/u.test(word)) return null;
    for (const [pattern, counted] of NOUNS) {
      if (!pattern.test(word)) continue;
      if (counted.kind === 'ignored') return { ...counted, end };
      const owner = counted.metric === 'killed' ? DEATH_OWNERS.find(([p]) => p.test(previousWord))?.[1] : undefined;
      return { ...counted, unit: owner ?? counted.unit, end };
    }
    if (PHRASE_STOP.test(word)) return null;
    previousWord = word;
  }
  return null;
}

const isYearLike = (number: NumberExpression) =>
  number.qualifier === 'exact' && number.value !== null && number.value >= 1900 && number.value <= 2099 && /^\d{4}$/u.test(number.raw);

/** The rest of the count's clause, after its noun. */
function clauseAfter(text: string, sentence: Span, from: number): string {
  return text.slice(from, sentence.end).split(/[;:]|\s[—–]\s|\s--\s|,/u)[0] ?? '';
}

/** The verb of the clause that says what happened to the people counted: after the noun first, then before the number. */
function plightOf(text: string, sentence: Span, number: NumberExpression, nounEnd: number): FigureMetric | null {
  // "about 3,000 people, including 40 wounded, had left": the inserted count is not the end of the clause.
  const rest = text
    .slice(nounEnd, sentence.end)
    .replace(/^,\s+(?:including|among them)\s[^,;]{1,60},/u, (inserted) => ' '.repeat(inserted.length));
  const forward = rest.split(/[;:]|\s[—–]\s|\s--\s|,\s+(?:and|but|including)\s/u)[0] ?? '';
  const forwardWords = forward.split(/\s+/u).slice(0, 12).join(' ');
  let best: { index: number; metric: FigureMetric } | null = null;
  for (const [pattern, metric] of PLIGHTS) {
    const match = pattern.exec(forwardWords);
    if (match && (!best || match.index < best.index)) best = { index: match.index, metric };
  }
  if (best) return best.metric;
  const backward =
    text
      .slice(sentence.start, number.start)
      .split(/[,;:]|\s[—–]\s|\s--\s/u)
      .at(-1) ?? '';
  const backwardWords = backward.split(/\s+/u).slice(-5).join(' ');
  let nearest: { index: number; metric: FigureMetric } | null = null;
  for (const [pattern, metric] of PLIGHTS) {
    for (const match of backwardWords.matchAll(new RegExp(pattern.source, 'giu'))) {
      if (!nearest || match.index > nearest.index) nearest = { index: match.index, metric };
    }
  }
  return nearest?.metric ?? null;
}

function describeSubject(unit: string, metric: FigureMetric, locationName: string | null): string {
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
  };
  return locationName ? `${what[metric]} (${locationName})` : what[metric];
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

export function extractFigures(
  article: ArticleAnalysis,
  statements: ExtractedStatement[],
): { figures: ExtractedFigure[]; unrecorded: UnrecordedNumber[] } {
  const { text } = article;
  const figures: ExtractedFigure[] = [];
  const unrecorded: UnrecordedNumber[] = [];
  const inDate = (span: Span) => article.dateMentions.some((d) => d.start < span.end && span.start < d.end);

  for (const paragraph of article.paragraphs) {
    for (const sentence of splitSentences(text, paragraph)) {
      const inSentence: ExtractedFigure[] = [];
      for (const number of findNumberExpressions(text, sentence)) {
        if (inDate(number.number)) continue;
        const skip = (reason: string) => unrecorded.push({ raw: number.raw, span: { start: number.start, end: number.end }, reason });
        if (/^\s+of\b/iu.test(text.slice(number.end, number.end + 4)) && number.value === 1) continue; // "one of five"
        let counted: Counted | null;
        if (number.ordinal) {
          // An ordinal counts only a repeated act the ledger records: "the sixth time Russia exercised its veto".
          const nextWord = /^\s+(\p{L}+)/u.exec(text.slice(number.end, number.end + 12))?.[1] ?? '';
          const veto = /^vetoe?s?$/iu.test(nextWord) || (/^times?$/iu.test(nextWord) && /\bveto/iu.test(sentence.text));
          if (!veto) continue;
          counted = { kind: 'veto', unit: 'vetoes', end: number.end };
        } else counted = countedNoun(text, sentence, number);
        // "A 2012 rebel offensive": a year, unless the very next word is a plural it counts ("2000 people").
        if (counted && isYearLike(number) && !/^\s+\p{L}*(?:s|people|children|men|women)$/u.test(text.slice(number.end, counted.end)))
          continue;
        if (!counted && IMPLIED_PEOPLE.test(text.slice(number.end, number.end + 12)) && !number.ordinal) {
          counted = { kind: 'person', unit: 'people', end: number.end };
        }
        if (!counted && DEATH_TOLL.test(text.slice(Math.max(sentence.start, number.start - 40), number.start))) {
          counted = { kind: 'person', unit: 'people', metric: 'killed', end: number.end };
        }
        if (!counted) {
          if (!number.ordinal && number.value !== 1) skip('no counted noun after the number');
          continue;
        }
        if (counted.kind === 'ignored') {
          skip(`counts ${text.slice(number.end, counted.end).trim() || 'a unit'}, which has no figure metric`);
          continue;
        }

        let metric: FigureMetric | null = null;
        let inherited = false;
        switch (counted.kind) {
          case 'person':
          case 'fighter': {
            metric = counted.metric ?? plightOf(text, sentence, number, counted.end);
            // "killed more than 440 civilians, including over 90 children", "18,000 ... had moved, and more than
            // 9,000 others into ...": a count with no verb of its own shares the verb of the count before it.
            if (!metric && !OWN_VERB.test(clauseAfter(text, sentence, counted.end))) {
              const earlier = inSentence.filter((f) => f.category === 'humanitarian').at(-1);
              if (earlier) {
                metric = earlier.metric;
                inherited = true;
                if (/^others$/iu.test(text.slice(number.end, counted.end).trim())) counted = { ...counted, unit: earlier.unit };
              }
            }
            if (!metric && counted.kind === 'fighter') metric = 'fighters';
            break;
          }
          case 'organization':
            metric = 'organizations';
            break;
          case 'country':
            metric =
              SUPPORT_BEFORE.test(text.slice(Math.max(sentence.start, number.start - 30), number.start)) ||
              SUPPORT_AFTER.test(text.slice(counted.end, counted.end + 30))
                ? 'supporting_states'
                : 'countries';
            break;
          case 'member':
            metric = /\bsupport(?:ed|ing|s)?\b/iu.test(text.slice(counted.end, Math.min(sentence.end, counted.end + 80)))
              ? 'supporting_states'
              : 'member_states';
            break;
          case 'hour':
            metric = 'hours';
            break;
          case 'veto':
            metric = 'vetoes';
            break;
        }
        if (!metric) {
          skip(`counts ${counted.unit} but the sentence does not say what happened to them`);
          continue;
        }

        // "estimated that 18,000": an estimate is an approximate number even without "about".
        let { qualifier, low, high } = number;
        if (
          qualifier === 'exact' &&
          /\bestimat\w*(?:\s+that)?\s+$/iu.test(text.slice(Math.max(sentence.start, number.start - 30), number.start))
        ) {
          qualifier = 'about';
          low = null;
          high = null;
        }
        const holder = statements.find((s) => s.evidence.some((e) => contains(e, number)));
        // A standing count (members, organisations) is not dated by the event its sentence tells.
        const standing =
          metric === 'member_states' || metric === 'organizations' || metric === 'countries' || metric === 'supporting_states';
        // A day the count's own words give ("left on Thursday, officials said") comes before the day of the saying.
        // Dates inside another speaker's words, or in the holder's own attribution, date something else.
        const elsewhere = [...(holder?.attribution ?? []), ...statements.filter((s) => s !== holder).flatMap((s) => s.evidence)];
        const ownDate = standing ? null : sentenceDate(article, sentence, number, elsewhere);
        const asOf =
          ownDate ??
          holder?.said ??
          publicationWhen(article.publishedOn, `no date given for the number; the article's date (${describeDay(article.publishedOn)})`);
        const location =
          isHumanitarian(metric) || metric === 'fighters' || metric === 'hours' ? nearestLocation(article, sentence, number) : null;
        const figure: ExtractedFigure = {
          metric,
          category: CATEGORY_OF[metric],
          raw: number.raw,
          rawSpan: { start: number.start, end: number.end },
          value: number.value,
          low,
          high,
          qualifier,
          unit: counted.unit,
          subject: describeSubject(counted.unit, metric, location ? (article.gazetteer.locations.get(location)?.name ?? null) : null),
          location,
          asOf,
          claimedBy: holder?.speaker ?? null,
          evidence: [evidenceFor(text, sentence, number, counted.end)],
          confidence: inherited ? 0.7 : counted.metric || ['organization', 'member', 'hour', 'veto'].includes(counted.kind) ? 0.85 : 0.8,
        };
        inSentence.push(figure);
      }
      figures.push(...inSentence);
    }
  }
  return { figures: mergeRepeatedFigures(text, figures), unrecorded };
}

/** A date of the number's own sentence ("On October 8, Russia exercised its veto for a fifth time"). */
function sentenceDate(article: ArticleAnalysis, sentence: Span, number: Span, elsewhere: Span[]): When | null {
  const dates = article.dateMentions.filter(
    (d) => contains(sentence, d) && d.kind === 'point' && d.when.precision === 'day' && !elsewhere.some((a) => contains(a, d)),
  );
  dates.sort((a, b) => Math.abs(a.start - number.start) - Math.abs(b.start - number.start));
  return dates[0]?.when ?? null;
}

/** The place named nearest the number in its sentence, after it first ("trapped in eastern Aleppo"). */
function nearestLocation(article: ArticleAnalysis, sentence: Span, number: Span): string | null {
  const here = article.locationMentions.filter((m) => contains(sentence, m));
  const after = here.find((m) => m.start >= number.end);
  const before = here.filter((m) => m.end <= number.start).at(-1);
  return (after ?? before)?.id ?? null;
}

/** The same figure printed twice (a headline and its body, a repeated standfirst) is one record with two passages. */
function mergeRepeatedFigures(text: string, figures: ExtractedFigure[]): ExtractedFigure[] {
  const merged: ExtractedFigure[] = [];
  const key = (f: ExtractedFigure) => [f.metric, f.unit, f.value, f.low, f.high, f.qualifier, f.raw.toLowerCase()].join('|');
  for (const figure of figures) {
    const same = merged.find((f) => key(f) === key(figure));
    if (!same) {
      merged.push(figure);
      continue;
    }
    const passage = figure.evidence[0] as Span;
    if (!same.evidence.some((e) => text.slice(e.start, e.end) === text.slice(passage.start, passage.end) && e.start === passage.start)) {
      same.evidence.push(passage);
    }
  }
  return merged;
}
