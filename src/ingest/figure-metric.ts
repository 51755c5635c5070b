/**
 * What happened to what a number counts (the figure's metric): from the noun itself ("deaths", "refugees"), from
 * the verb or state of its clause, which may come well after the noun ("At least 45 medics have died", "Some 300
 * families remain trapped", "are living out of reach of aid") or before the number ("killed more than 440"), and
 * for a part of a count ("52 people, among them 9 women") from the count it is part of.
 */
import type { FigureMetric } from '../domain/figure-meaning.js';
import type { Counted } from './figure-counted.js';
import type { NumberExpression } from './number-expressions.js';
import type { Span } from './text-segments.js';

/**
 * People who remain inside a siege: "remain inside", "are still inside a few square kilometres", "may still be inside
 * it", or still in an area its words mark as the besieged side ("remain in the shrinking rebel-held pocket", "are
 * still in the opposition-held part of the city", "were still in the eastern districts", "remained inside the rebel
 * enclave"): up to three words of description between "the" and the area's noun, hyphenated ones too. The besieged
 * side is named by its holder (rebel-, opposition-, militant-, insurgent-held), by a pocket or an enclave, or as the
 * east; not a government-held district ("his brother is still in a government-held district" is where he lives, not
 * a siege), nor a city by its name ("still in Ostrava").
 */
const STILL_INSIDE =
  /\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|still(?:\s+be)?)\s+(?:inside\b(?!\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}government-held)|in\s+(?:(?:the|what is left of the|areas? of|parts? of)\s+)?(?:(?!government-held)[\p{Ll}-]+\s+){0,3}?(?:pocket|enclave|(?:rebel|opposition|militant|insurgent)-held\b|east(?:ern)?\b))/iu;

/** Words that say people are caught where they are: one list for the plight and for the staff who stay at their post. */
const CAUGHT = 'trapped|stranded|stuck|cut off';

/** The clause says those counted are caught themselves ("20 medics remain trapped"), not staying at their post. */
const CAUGHT_THEMSELVES = new RegExp(String.raw`\b(?:${CAUGHT}|besieged)\b`, 'iu');

// What happened to the people counted, from the words of the clause. At one position, the first listed wins
// ("cut off from aid" is out of reach of aid, not trapped).
export const PLIGHTS: [RegExp, FigureMetric][] = [
  [/\b(?:separated from|unaccompanied)\b/iu, 'separated'],
  [
    /\b(?:out of (?:the )?reach of (?:humanitarian )?(?:aid|assistance|help)|beyond (?:the )?reach of (?:humanitarian )?(?:aid|assistance)|cut off from (?:humanitarian )?(?:aid|assistance|help)|(?:without|no) access to (?:humanitarian )?(?:aid|assistance)|hard[- ]to[- ]reach|(?:cannot|can't|could not|couldn't|unable to) (?:be )?reach(?:ed)?)/iu,
    'out_of_reach',
  ],
  [
    new RegExp(
      String.raw`\b(?:${CAUGHT}|crammed|hemmed in|waiting(?! for (?:aid|food|help|assistance|news|word|treatment|surgery)))`,
      'iu',
    ),
    'trapped',
  ],
  [STILL_INSIDE, 'trapped'],
  [/\b(?:besieged|under siege|encircled|surrounded)\b/iu, 'besieged'],
  [
    /\b(?:killed|killing|kills|died|dead|deaths?|lost their lives|massacred|slain|executed|perished|death toll|shot|gunned down|(?:has|have|had) lost(?! (?:contact|touch)))\b/iu,
    'killed',
  ],
  [/\b(?:injured|injuring|wounded|wounding|hurt|injuries)\b/iu, 'injured'],
  [/\b(?:starving|starve|starved|starvation|malnourished|malnutrition|famine|go hungry|going hungry)\b/iu, 'starving'],
  [
    /\b(?:missing|unaccounted for|disappeared|whereabouts (?:are|were|remain|remained) unknown|lost (?:contact|touch) with|out of contact)/iu,
    'missing',
  ],
  [/\b(?:detained|arrested|imprisoned|jailed|abducted|kidnapped|taken prisoner|in detention|in custody)\b/iu, 'detained'],
  [
    /\b(?:sheltering|sheltered|shelter(?:s|ed)? in|taking shelter|took shelter|taken shelter|in shelters|camping|hiding in|sleeping in|sleeping rough|sleep in|(?:living|staying) in (?:tents|camps?|shelters?|mosques|schools|collective centres)|(?:in|under) tents|houses|housed|housing|hosts|hosting|(?:tents|camps?|shelters?) for)\b/iu,
    'sheltering',
  ],
  [
    /\b(?:in (?:urgent |dire )?need|need(?:s|ed|ing)? (?:urgent |humanitarian |food |medical |emergency )*(?:aid|assistance|help|food|relief|protection))\b/iu,
    'in_need',
  ],
  [/\b(?:fled|fleeing|flee|escaped|escaping|streamed out|poured out)\b/iu, 'fled'],
  // What the people counted were made into, after "as": "driven 4.8 million Syrians abroad as refugees", "forced
  // thousands over the border as displaced people"; "held a million civilians as human shields" (kept where they are).
  [/\bas (?:refugees|displaced (?:people|persons|families)|internally displaced)\b/iu, 'displaced'],
  [/\bas (?:a )?(?:human )?shields?\b/iu, 'trapped'],
  [/\bas (?:hostages|prisoners|detainees)\b/iu, 'detained'],
  [/\b(?:displaced|uprooted|forced from|driven from|(?<!fled )from their homes|homeless|forced out|scattered)\b/iu, 'displaced'],
  // (s37) "400 patients have been taken from eastern Aleppo to hospitals": people carried out of a place, not from
  // their homes (displaced) nor to a cell (detained).
  [
    /\b(?:evacuated|evacuation|bused out|bussed out|taken out|(?:taken|brought) from(?! (?:their|his|her) homes?)|carried|transported|ferried)\b/iu,
    'evacuated',
  ],
  // People given aid or treatment: "treated nearly 4,600 patients", "hot meals to 500 people", "kits for 7,000 children";
  // (s34) not the adjective of a kind of refugee ("two sons as government-assisted refugees", "privately-assisted").
  [
    /\b(?:treated|treating|fed|feed|feeding|vaccinated|immuni[sz]ed|(?<!-)assisted|distributed|delivered|provided|(?:aid|food|assistance|supplies|kits|meals|rations|clothing|blankets|parcels|vouchers) (?:for|to))\b/iu,
    'assisted',
  ],
  // "were left" is what remains: "only 14 of us were left".
  [
    /\b(?:moved|relocated|crossed|(?<!\b(?:are|were|is|was|be|been|being|still)\s)left|leaving|arrived|arriving|went|(?:have|has|had) gone|registered at|received at)\b/iu,
    'moved',
  ],
];

/** The earliest plight in `words`, or with `last` the latest one. */
function findPlight(words: string, last: boolean): FigureMetric | null {
  let best: { index: number; metric: FigureMetric } | null = null;
  for (const [pattern, metric] of PLIGHTS) {
    for (const match of words.matchAll(new RegExp(pattern.source, 'giu'))) {
      if (!best || (last ? match.index > best.index : match.index < best.index)) best = { index: match.index, metric };
      if (!last) break;
    }
  }
  return best?.metric ?? null;
}

/** What happened to people, as the words say it (the first plight named), or null: "Killed", "People in need". */
export const plightIn = (words: string): FigureMetric | null => findPlight(words, false);

/** The verb or state of the clause that says what happened to the people counted: after the noun first, then before the number. */
export function plightOf(
  text: string,
  sentence: Span,
  number: NumberExpression,
  nounEnd: number,
  forwardOnly = false,
): FigureMetric | null {
  // "about 3,000 people, including 40 wounded, had left": the inserted count is not the end of the clause.
  const rest = text
    .slice(nounEnd, sentence.end)
    .replace(/^,\s+(?:including|among them|among whom)\s[^,;]{1,60},/u, (inserted) => ' '.repeat(inserted.length))
    // "Nearly 2,700 people, most of them women, children and elderly men, ... were": a list set off by commas.
    .replace(/^,\s+(?:most of them|many of them|mostly|all of them)\s[^;]{1,60},(?=\s)/u, (inserted) => ' '.repeat(inserted.length))
    // (s37) "about 3,000 civilians and 40 wounded left": a second count joined on shares the verb; its noun is its own.
    .replace(
      /^\s+and\s+(?:(?:about|some|nearly|almost|around|more than|at least)\s+)?\d[\d,.]*\s+[\p{L}-]+(?=\s+(?:had\s+|have\s+|were\s+|also\s+)?\p{Ll}+ed\b|\s+left\b)/u,
      (joined) => ' '.repeat(joined.length),
    );
  // (s34) Nor past words that bring in other people: "500 people prayed for those still trapped" counts the people
  // who prayed, as "marched for those still besieged" counts the marchers and "stood with those who fled" those who
  // stood; "a tally of 412 for the civilians killed" still gives the count's own.
  // (s36) "Hundreds of exiles have rallied outside the hall, demanding help for civilians leaving the city": people who
  // gather do only that; the words after the comma are about others.
  if (GATHERED_VERB.test(rest)) return findPlight((rest.split(/,|\s(?:for|with|alongside)\s+(?:those|others)\b/u)[0] ?? '').trim(), false);
  const forward =
    rest.split(/[;:]|\s[—–]\s|\s--\s|,\s+(?:and|but|including|among them)\s|\s(?:for|with|alongside)\s+(?:those|others)\b/u)[0] ?? '';
  const forwardMetric = findPlight(forward.trim().split(/\s+/u).slice(0, 14).join(' '), false);
  if (forwardMetric || forwardOnly) return forwardMetric;
  // "Of those evacuated, between 11,000 and 13,000 were children": a number that opens its clause takes the plight
  // of the phrase set before it.
  const clauses = text.slice(sentence.start, number.start).split(/[,;:]|\s[—–]\s|\s--\s/u);
  const backward =
    (clauses.at(-1)?.trim() ? clauses.at(-1) : /^\s*Of (?:those|the)\b/iu.test(clauses.at(-2) ?? '') ? clauses.at(-2) : '') ?? '';
  // "leaving 40,000 civilians in the cold", "left 12 people without bread": the people counted are the object of
  // "leave", those left behind, who did not move.
  const words = backward.split(/\s+/u).slice(-5).join(' ');
  return findPlight(LEFT_BEHIND.test(words) ? words.replace(LEFT_BEHIND, '') : words, true);
}

// The verb of people who came together, as the first of the count's clause: "rallied", "marched", "have gathered".
const GATHERED_VERB =
  /^\s*(?:(?:have|had|has|also|then|later|all|both|again)\s+)*(?:rallied|marched|gathered|protested|demonstrated|prayed|chanted|attended|packed|filled|turned out)\b/iu;

// "leaving", "left" right before the count: the count is what was left behind. (The count's qualifier, "leaving an
// estimated 40,000", is part of the number expression, so nothing stands between.)
const LEFT_BEHIND = /\b(?:leaving|left|leaves|leave)\s+$/iu;

// "killed 37 civilians, including nine children", "52 people, among them 9 women", "nine of them children".
const PART_BEFORE = /\b(?:including|among them|among whom|of whom|among those|among the dead|among the victims)\s*$/iu;
const PART_AFTER = /^\s+of (?:them|whom)\b/iu;
// A verb of the count's own clause: then it does not share the verb of the count before it.
const OWN_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|remain|remains|remained|stay|stayed|wait|waiting|waited|live|lives|lived)\b/iu;

const STAFF_UNITS = new Set(['workers', 'medics', 'doctors', 'nurses']);
const TEAM_BEFORE = /\b(?:team|teams|staff|crew|crews|workforce) of\s+$/iu;

/** A count earlier in the sentence, that a later one may share a verb with or be part of. */
export interface EarlierCount {
  metric: FigureMetric;
  unit: string;
  humanitarian: boolean;
  /** The count it is itself part of: "13 children" after "among them 11 women and" is a part of the same whole. */
  partOf?: EarlierCount | null;
}

export interface MetricReading<T extends EarlierCount> {
  metric: FigureMetric;
  /** The metric was taken from an earlier count of the sentence. */
  inherited: boolean;
  /** The count this one is a part of. */
  partOf: T | null;
  unit: string;
}

/** The rest of the count's clause, after its noun. */
function clauseAfter(text: string, sentence: Span, from: number): string {
  return text.slice(from, sentence.end).split(/[;:]|\s[—–]\s|\s--\s|,/u)[0] ?? '';
}

/**
 * Fighters, doctors, nurses or medics who stay inside ("about 3,000 fighters remain inside", "only 30 doctors remain
 * inside", "the last 15 nurses still in the eastern districts"): those holding out or left to care for the besieged,
 * as the fixtures' curation rules count them (fighters and doctors remaining, not humanitarian), unless the clause
 * says they are trapped themselves ("20 medics remain trapped").
 */
function remainingAtPost(text: string, sentence: Span, counted: Counted, plight: FigureMetric): boolean {
  const clause = clauseAfter(text, sentence, counted.end);
  return (
    plight === 'trapped' &&
    (STAFF_UNITS.has(counted.unit) || counted.kind === 'fighter') &&
    STILL_INSIDE.test(clause) &&
    !CAUGHT_THEMSELVES.test(clause)
  );
}

/**
 * People counted as those someone shares a place with: "with" before the number and "other" after it ("in a
 * basement with about 40 other people", "sharing one room with eleven other people", "staying in a tent with nine
 * other relatives", "moved in with two other families"). Crowded in together: they are sheltering, as the fixtures'
 * curation reads it. Not "with 40 people" (company, no shared roof said) nor "with two other countries" (no people).
 */
function sharingShelter(text: string, sentence: Span, number: NumberExpression): boolean {
  return withBefore(text, sentence, number) && /^\s+other\s/iu.test(text.slice(number.end, number.end + 8));
}

/**
 * Whether "with" stands just before the number ("with about 40", "with a few thousand"): people counted as company,
 * those beside someone. Read by the shared shelter and by the count that shares no verb with the one before it.
 */
function withBefore(text: string, sentence: Span, number: NumberExpression): boolean {
  return /\bwith\s+$/iu.test(text.slice(Math.max(sentence.start, number.start - 6), number.start));
}

/** What happened to the people or fighters counted, or null when the sentence does not say. */
export function peopleMetric<T extends EarlierCount>(
  text: string,
  sentence: Span,
  number: NumberExpression,
  counted: Counted,
  earlier: readonly T[],
): MetricReading<T> | null {
  const last = earlier.filter((f) => f.humanitarian).at(-1) ?? null;
  // "among them 11 women and 13 children": the second part belongs to the first part's whole.
  const nextPart = last?.partOf && /(?:,|\band)\s*$/u.test(text.slice(Math.max(sentence.start, number.start - 6), number.start));
  const whole = (nextPart ? (last?.partOf as T) : last) ?? null;
  const isPart =
    whole !== null &&
    (nextPart ||
      PART_BEFORE.test(text.slice(Math.max(sentence.start, number.start - 30), number.start)) ||
      PART_AFTER.test(text.slice(number.end, number.end + 12)));
  if (isPart && whole) {
    // A part with a verb of its own says what happened to it ("a third of a million of them are in areas aid
    // workers cannot reach"); otherwise it shares its whole's.
    const own = counted.metric ?? plightOf(text, sentence, number, counted.end, true);
    return { metric: own ?? whole.metric, inherited: !own, partOf: whole, unit: counted.unit };
  }
  const own = counted.metric ?? plightOf(text, sentence, number, counted.end);
  if (own && remainingAtPost(text, sentence, counted, own))
    return { metric: counted.kind === 'fighter' ? 'fighters' : 'staff', inherited: false, partOf: null, unit: counted.unit };
  if (own) return { metric: own, inherited: false, partOf: null, unit: counted.unit };
  if (sharingShelter(text, sentence, number)) return { metric: 'sheltering', inherited: false, partOf: null, unit: counted.unit };
  // "18,000 ... had moved, and more than 9,000 others into ...": a count with no verb of its own shares the verb of
  // the count before it.
  // Not a count that keeps another company ("50,000 civilians may still be inside it, with a few thousand fighters"):
  // "with" adds those beside them, not more of what happened to them.
  if (whole && !OWN_VERB.test(clauseAfter(text, sentence, counted.end)) && !withBefore(text, sentence, number)) {
    const others = /^others$/iu.test(text.slice(number.end, counted.end).trim());
    return { metric: whole.metric, inherited: true, partOf: null, unit: others ? whole.unit : counted.unit };
  }
  if (counted.kind === 'fighter') return { metric: 'fighters', inherited: false, partOf: null, unit: counted.unit };
  // "a team of eleven Syrians": people counted as the staff of something.
  if (TEAM_BEFORE.test(text.slice(Math.max(sentence.start, number.start - 30), number.start))) {
    return { metric: 'staff', inherited: false, partOf: null, unit: counted.unit };
  }
  // Staff and workers counted with nothing happening to them: "more than 100 staff in Aleppo ready to help".
  if (STAFF_UNITS.has(counted.unit) && number.value !== 1) return { metric: 'staff', inherited: false, partOf: null, unit: counted.unit };
  return null;
}

// "with the support of 70 countries", "40 countries backed the draft": countries that support something.
const SUPPORT_BEFORE = /\b(?:support|backing)\s+(?:of|from)\s+(?:some\s+|about\s+|more than\s+|over\s+)?$/iu;
const SUPPORT_AFTER = /^\s+(?:that\s+|which\s+|who\s+)?(?:supported|support|backed|back|co-sponsored|sponsored)\b/iu;

/**
 * The metric of a count of something other than people: organisations, countries, member states, hours, vetoes, and
 * the things whose noun names their metric (durations, vehicles, facilities, supplies, ground, money, age).
 */
export function countMetric(text: string, sentence: Span, number: NumberExpression, counted: Counted): FigureMetric | null {
  switch (counted.kind) {
    case 'organization':
      return 'organizations';
    case 'country':
      return SUPPORT_BEFORE.test(text.slice(Math.max(sentence.start, number.start - 30), number.start)) ||
        SUPPORT_AFTER.test(text.slice(counted.end, counted.end + 30))
        ? 'supporting_states'
        : 'countries';
    case 'member':
      return counted.unit === 'co-sponsors' ||
        /\bsupport(?:ed|ing|s)?\b/iu.test(text.slice(counted.end, Math.min(sentence.end, counted.end + 80)))
        ? 'supporting_states'
        : 'member_states';
    case 'hour':
      return 'hours';
    case 'veto':
      return 'vetoes';
    case 'thing':
      // "Moscow has vetoed seven draft resolutions", "had vetoed five earlier drafts": texts vetoed are vetoes.
      // (s65) Texts a veto struck down (unit "drafts", `VETOED_TEXTS`) are vetoes, "blocked" ones too: "Six drafts on
      // Syria have now been blocked".
      if (
        counted.metric === 'documents' &&
        (counted.unit === 'drafts' ||
          (/\b(?:resolutions?|drafts|texts)$/iu.test(counted.unit) &&
            /\bveto(?:ed|es|ing)?\b/iu.test(text.slice(sentence.start, Math.min(sentence.end, counted.end + 40)))))
      )
        return 'vetoes';
      return counted.metric ?? null;
    default:
      return null;
  }
}
