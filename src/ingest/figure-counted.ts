/**
 * What a number counts: the noun of the phrase after it ("18,000 civilians", "193-member", "tens of thousands of
 * civilians", "45 medics", "20 trucks", "five days"), people implied by a verb with no noun ("more than 800 are
 * believed trapped"), the dead of a death toll, a share ("98 percent of eastern Aleppo", "38 per cent of the
 * appeal"), money ("US$24 million"), an age ("the 44-year-old"), a family's size ("a mother of five"), a distance,
 * what a place can hold, a population. A number that counts nothing the ledger records (times, vote tallies,
 * ordinals) is `ignored` and reported as unrecorded, or left out.
 */
import { type FigureMetric, isHumanitarian } from '../domain/figure-meaning.js';
import { plightIn } from './figure-metric.js';
import {
  CURRENCY_CODES_AFTER,
  CURRENCY_WORDS,
  currencyName,
  findNumberExpressions,
  type NumberExpression,
  UNITS,
} from './number-expressions.js';
import { nameEndingAt } from './proper-names.js';
import type { Span } from './text-segments.js';
import { WINNING_VERB, WON_VERB } from './vote-extractor.js';

/**
 * The words for a member of one's family, singular ("her son", "my father is 71", "his uncle, 60,"). The one list the
 * figure rules read kin by: kin counted ("two cousins"), an age after a kin word ("My father is 71.") or set off by
 * commas after one ("the son, 12,"). Exported for every rule that knows a person by a family tie.
 */
export const KIN_WORDS =
  'father|mother|son|daughter|brother|sister|husband|wife|grandmother|grandfather|grandson|granddaughter|uncle|aunt|cousin|nephew|niece';
/**
 * The nouns that tell a person's sex: kin ("her aunt", "my grandson") and a person by sex ("a woman", "the widow"). The
 * one home of that concept, read where a pronoun must fit its person ("she" is no one's brother): a relative who
 * relayed words, a person a turn introduced, an unnamed person and a role ("the congresswoman's mother").
 */
export const FEMALE_NOUNS = 'mother|daughter|sister|wife|grandmother|granddaughter|aunt|niece|woman|girl|widow|midwife';
export const MALE_NOUNS = 'father|son|brother|husband|grandfather|grandson|uncle|nephew|man|boy|widower';
/** Whether a phrase holds a noun of `FEMALE_NOUNS` / `MALE_NOUNS` as a word of its own (case-sensitive). */
export const FEMALE_NOUN = new RegExp(`\\b(?:${FEMALE_NOUNS})\\b`, 'u');
export const MALE_NOUN = new RegExp(`\\b(?:${MALE_NOUNS})\\b`, 'u');
/** The sex a phrase's noun of `MALE_NOUNS` or `FEMALE_NOUNS` gives ("his nephew", "a widow"); null where it has none. */
export function nounSex(phrase: string): 'female' | 'male' | null {
  return MALE_NOUN.test(phrase) ? 'male' : FEMALE_NOUN.test(phrase) ? 'female' : null;
}
/** The plurals of `KIN_WORDS` that are no singular and an "s", and the words for kin as a group. */
const KIN_GROUPS = 'wives|grandchildren|parents|siblings';

/** `thing`: a count of something other than people whose metric the noun gives (days, trucks, kitchens, money). */
export type CountedKind = 'person' | 'fighter' | 'organization' | 'country' | 'member' | 'hour' | 'veto' | 'thing' | 'ignored';

export interface Counted {
  kind: CountedKind;
  unit: string;
  /** A noun or adjective that says by itself what happened ("deaths", "detainees", "displaced people"), or a thing's metric. */
  metric?: FigureMetric;
  /** End of the noun, where the verb of the clause is looked for. */
  end: number;
  /** (s64) A percentage of a whole no metric reads (`shareCounted`): basis `unnamed-share`. */
  unnamedShare?: true;
}

// What a noun after a number counts. Plural and singular, since "one child" counts too.
const NOUNS: [RegExp, Omit<Counted, 'end'>][] = [
  [
    /^(?:people|persons?|individuals?|others|names|cases|inhabitants?|Syrians|citizens|nationals|compatriots|newcomers|arrivals|returnees|civilians?|relatives|neighbou?rs|villagers|survivors|population)$/iu,
    { kind: 'person', unit: 'people' },
  ],
  // A crowd by why it gathered: "some 2,000 pilgrims reached the shrine", "about 300 mourners", "200 protesters"; in a
  // results line, by its label ("Venue: City Hall | Attendance: 1,200").
  [
    /^(?:worshipp?ers|faithful|congregants|parishioners|pilgrims|mourners|protesters|demonstrators|marchers|attendees|spectators|attendance)$/iu,
    { kind: 'person', unit: 'people' },
  ],
  // A people named by where they are from: "4.8 million Syrians", "2.6 million Iraqis", "300 Lebanese", "5,000
  // Filipinos" (and the Spanish feminine, "Filipinas").
  [/^\p{Lu}\p{Ll}+(?:ians|ans|is|ese|inos|inas)$/u, { kind: 'person', unit: 'people' }],
  [/^(?:women|woman)$/iu, { kind: 'person', unit: 'women' }],
  // Kin: "lost two cousins", "her three sons", "two small daughters".
  [new RegExp(`^(?:(?:${KIN_WORDS})s?|${KIN_GROUPS})$`, 'iu'), { kind: 'person', unit: 'relatives' }],
  [/^(?:men|man)$/iu, { kind: 'person', unit: 'men' }],
  [/^(?:families|family|households?)$/iu, { kind: 'person', unit: 'families' }],
  [/^(?:children|child|kids|minors|boys|girls|babies|baby|infants?|orphans?|pupils|students)$/iu, { kind: 'person', unit: 'children' }],
  [/^residents?$/iu, { kind: 'person', unit: 'residents' }],
  [/^(?:patients?|sick)$/iu, { kind: 'person', unit: 'patients' }],
  [
    /^(?:medics?|doctors?|nurses?|paramedics?|surgeons?|volunteers?|rescuers?|workers?|staff|staffers|crew|crewmen|seafarers|sailors|journalists?|teachers?|monitors|observers|personnel|employees|peacekeepers?|inspectors?|experts?|specialists?|physicians?|an(?:a)?esthetists?|pa?ediatricians?|pharmacists?|technicians?|midwi(?:fe|ves)|sappers?|deminers?|de-miners?|engineers?)$/iu,
    { kind: 'person', unit: 'workers' },
  ],
  // People who hold office: "attended by 19 ministers", "the 28 leaders agreed", "40 lawmakers signed".
  [
    /^(?:ministers?|leaders|diplomats?|ambassadors?|envoys?|delegates?|delegations|lawmakers?|legislators?|MPs|parliamentarians?|senators?|judges?|justices|representatives|prosecutors?|investigators?|speakers|participants)$/iu,
    { kind: 'person', unit: 'officials' },
  ],
  // (s65) People by their work, counted as staff are: "Two analysts classified every structure", "two builders and a
  // gardener"; players by an exact number, a squad's ("three players born in Aleppo"), not a round one of a line-up
  // ("a dozen guest players"). Not "colleagues", whose kind the words before say ("9 parliamentary colleagues").
  [/^(?:analysts?|builders?|labou?rers?|players)$/iu, { kind: 'person', unit: 'workers' }],
  [/^refugees?$/iu, { kind: 'person', unit: 'refugees', metric: 'displaced' }],
  [/^(?:evacuees?)$/iu, { kind: 'person', unit: 'people', metric: 'evacuated' }],
  [/^(?:detainees?|prisoners?|hostages?|captives?)$/iu, { kind: 'person', unit: 'people', metric: 'detained' }],
  [/^(?:deaths?|dead|bodies|body|fatalities|victims?|killings)$/iu, { kind: 'person', unit: 'people', metric: 'killed' }],
  [/^(?:wounded|injured|injuries|casualties)$/iu, { kind: 'person', unit: 'people', metric: 'injured' }],
  [
    // "killed dozens of terrorists": what a government calls the fighters it counts.
    /^(?:fighters?|militants?|rebels?|combatants?|gunmen|insurgents?|jihadists?|soldiers?|troops|terrorists?|extremists?|militiamen|mercenaries)$/iu,
    { kind: 'fighter', unit: 'fighters' },
  ],
  [/^(?:organi[sz]ations?|groups?|NGOs?|agencies|charities)$/iu, { kind: 'organization', unit: 'organizations' }],
  [/^(?:countries|country|nations)$/iu, { kind: 'country', unit: 'countries' }],
  [/^(?:states|members?)$/iu, { kind: 'member', unit: 'states' }],
  // "a draft with 64 co-sponsors": states that put their name to a text.
  [/^(?:co-?sponsors|sponsors|signatories)$/iu, { kind: 'member', unit: 'co-sponsors' }],
  [/^(?:hours?)$/iu, { kind: 'hour', unit: 'hours' }],
  [/^(?:vetoe?s)$/iu, { kind: 'veto', unit: 'vetoes' }],
  // "through four winters": seasons count time as days and years do.
  [
    // "98 min.": a running time as a film's credits print it.
    /^(?:days?|nights?|weeks?|months?|years?|minutes|mins?|seconds|decades?|winters|summers|springs|autumns)$/iu,
    { kind: 'thing', unit: '', metric: 'duration' },
  ],
  [
    // (s65) Vans and ships as well: "a convoy of seven vans", "eight ships including the carrier", "two destroyers".
    /^(?:trucks?|lorry|lorries|buses|busses|bus|ambulances?|vehicles?|convoys?|cars?|vans?|minibuses|bulldozers?|excavators?|tractors?|boats?|helicopters?|ships?|vessels?|warships?|destroyers?|frigates?|submarines?)$/iu,
    { kind: 'thing', unit: '', metric: 'vehicles' },
  ],
  // (s46) Animals: "Twenty-three cats, four kittens among them", "several hundred pets have been left behind".
  [
    /^(?:cats?|kittens?|dogs?|puppies|puppy|pets?|animals?|horses?|donkeys?|mules?|sheep|goats?|cattle|cows?|camels?|livestock|poultry|chickens?)$/iu,
    { kind: 'thing', unit: '', metric: 'animals' },
  ],
  // Care given, counted by the act: "1,840 trauma admissions", "supplies for about 1,200 operations".
  [
    /^(?:admissions|consultations|operations|surgeries|procedures|amputations|vaccinations|deliveries|referrals)$/iu,
    { kind: 'thing', unit: '', metric: 'assisted' },
  ],
  [
    /^(?:hospitals?|clinics?|kitchens?|bakery|bakeries|schools?|facility|facilities|cent(?:re|er)s?|shelters|camps|warehouses?|pharmacy|pharmacies|buildings?|homes|houses|flats|apartments|factories|mills|workshops|shops|mosques?|halls?|theatres?|theaters?|wards?|corridors|crossings|crossing points|checkpoints|wells|latrines|toilets|showers|generators|operating theatres)$/iu,
    { kind: 'thing', unit: '', metric: 'facilities' },
  ],
  [
    /^(?:meals?|rations?|parcels?|kits?|units|bags|blankets?|tons?|tonnes?|litres?|liters?|doses?|loaves|baskets?|packages?|sacks?|tents?|mattress(?:es)?|stoves?|heaters?|jerry-?cans|bottles|boxes|cartons|pallets|items|coats|jackets|tarpaulins|quilts|pillows|lamps|lanterns|batteries|machines)$/iu,
    { kind: 'thing', unit: '', metric: 'supplies' },
  ],
  [
    /^(?:districts?|neighbo(?:u)?rhoods?|villages?|towns?|cities|city|capitals|hectares?|acres?)$/iu,
    { kind: 'thing', unit: '', metric: 'territory' },
  ],
  // Resolutions: "vetoed six draft resolutions" (vetoes, figure-metric.ts), "adopted 12 resolutions". Not "drafts",
  // which reporters write for the texts of one vote ("the two drafts") more than as a count (a held-out guard said so).
  [/^(?:resolutions?)$/iu, { kind: 'thing', unit: '', metric: 'documents' }],
  // Sittings held ("held four meetings on the crisis", "pledges at three donor conferences"): a plain count of things.
  [/^(?:meetings|sessions|hearings|conferences|summits)$/iu, { kind: 'thing', unit: '', metric: 'supplies' }],
  // Agreements struck ("produced two ceasefires", "three truces, all broken"): written undertakings, counted as
  // documents are.
  [/^(?:ceasefires|cease-fires|truces|agreements)$/iu, { kind: 'thing', unit: '', metric: 'documents' }],
  // "40 beds and four operating tables": what a hospital can take in at once.
  [/^(?:beds|cots|places|tables)$/iu, { kind: 'thing', unit: '', metric: 'capacity' }],
  // Arms handed over, seized or delivered ("38 assault rifles", "six machine guns"): the ledger has no metric of its
  // own for them; they are supplies, what a side has to fight with, their unit says which.
  [
    /^(?:rifles?|guns?|machine-?guns?|pistols?|weapons?|launchers?|grenades?|landmines?)$/iu,
    { kind: 'thing', unit: '', metric: 'supplies' },
  ],
  [
    /^(?:sorties|(?:air)?strikes?|raids?|bombs?|shells?|rockets?|missiles?|mortars?|attacks?|bombings?|barrages?|shelling)$/iu,
    { kind: 'thing', unit: '', metric: 'attacks' },
  ],
  [
    // Posts and the accounts that shared them ("shared by thousands of accounts", "40,000 tweets"): what a fact-check counts.
    /^(?:videos?|clips?|photos?|photographs?|images?|recordings?|documents?|files?|testimonies|testimony|statements|submissions|interviews|affidavits|reports?|letters?|e-?mails|messages|petitions|posts|tweets|retweets|comments|accounts)$/iu,
    { kind: 'thing', unit: '', metric: 'documents' },
  ],
  [/^(?:km|kilomet(?:re|er)s?|miles?)$/iu, { kind: 'thing', unit: '', metric: 'distance' }],
  [/^(?:pounds|lira|liras|lire|roubles|rubles|riyals)$/iu, { kind: 'thing', unit: '', metric: 'funding' }],
  [/^(?:dollars?|euros?)$/iu, { kind: 'thing', unit: '', metric: 'funding' }],
  // Any other currency by its name after the number ("2 million kronor", "40 billion yen", "300,000 francs").
  [new RegExp(`^(?:${CURRENCY_WORDS.join('|')})$`, 'iu'), { kind: 'thing', unit: '', metric: 'funding' }],
  // A currency's code or sign after the number, in capitals ("1.250.000 FCFA", "500 000 XOF"): case kept.
  [new RegExp(`^(?:${CURRENCY_CODES_AFTER.join('|')})$`, 'u'), { kind: 'thing', unit: '', metric: 'funding' }],
  // A vote's tally ("with 36 abstentions", "won 11 votes"): the vote records it.
  // A temperature ("minus 4 degrees Celsius") counts nothing.
  [/^(?:times?|second|percent|per|kilograms?|kg|abstentions?|votes|ballots|degrees?|celsius|fahrenheit)$/iu, { kind: 'ignored', unit: '' }],
];
// A thing's unit is its noun with the words that say which kind ("hot meals", "field kitchens", "square
// kilometres"), not the determiners or numbers before them.
const UNIT_FILLER = /^(?:of|the|our|its|their|his|her|your|my|these|those|a|an|more|other|\p{N}.*|[\p{N},.]+)$/iu;
const MEMBERS_OF_GROUP =
  /^\s+of\s+(?:(?:the|a|an|one|his|her|their|its|our|my|the same|[\p{Lu}][\p{L}'’-]+(?:'s|’s))\s+)?(?:[\p{Ll}-]+\s+)?(?:families|family|household|clan|(team|crew|staff))\b/u;
// What shows a sentence's "members" are states: a body of states or its members named ("the Council", "member
// states", "40 countries"), a vote's tally ("voted for", "in favour"), or a kind of state seat before the noun ("the two
// other African members", "five permanent members") or the whole of a body ("all fifteen members"). Elsewhere they are a union's, a church's, a community's people.
const STATES_TALK =
  /\b(?:Council|Assembly|United Nations|UN|U\.N\.|NATO|EU|European Union|African Union|Arab League|ASEAN|states|nations|countries|delegations?|vetoe?s|vetoed|vot(?:e|es|ed|ing)|in favou?r|abstain\w*|abstentions?|resolutions?)\b/iu;
// (s66) And a seat by its term: "the five incoming members will meet", "the outgoing members".
const STATE_SEAT =
  /^(?:African|Arab|Asian|European|American|Latin|Caribbean|Nordic|Gulf|Western|elected|permanent|non-permanent|veto-\p{L}+|incoming|outgoing)$/u;
// A square measure is an area: "5 square kilometres".
const SQUARE = /^square$/iu;
// "12,000 a day", "500 per week": a rate; the noun counted came earlier.
const RATE_WORD = /^(?:a|an|per|each|every)$/iu;
const TIME_DEICTIC = /^(?:this|last|next|that|previous|past|coming|following)$/iu;
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
  /^(?:is|are|was|were|has|have|had|will|would|to|that|which|who|from|in|on|at|by|for|with|into|across|through|via|toward|towards|along|near|between|among|without|than|per|each|under|over|as|since|during|but|after|before|within|until|ago|later|earlier|against|abstaining|about|around)$/iu;

const COMPOUNDS: Record<string, Omit<Counted, 'end'>> = {
  hour: { kind: 'hour', unit: 'hours' },
  bed: { kind: 'thing', unit: 'beds', metric: 'capacity' },
  kilometre: { kind: 'thing', unit: 'kilometres', metric: 'distance' },
  kilometer: { kind: 'thing', unit: 'kilometres', metric: 'distance' },
  km: { kind: 'thing', unit: 'kilometres', metric: 'distance' },
  mile: { kind: 'thing', unit: 'miles', metric: 'distance' },
  // (s64) "a 12-minute improvisation", "a 40-second clip": lengths as a clip's or a set's.
  minute: { kind: 'thing', unit: 'minutes', metric: 'duration' },
  second: { kind: 'thing', unit: 'seconds', metric: 'duration' },
  day: { kind: 'thing', unit: 'days', metric: 'duration' },
  week: { kind: 'thing', unit: 'weeks', metric: 'duration' },
  month: { kind: 'thing', unit: 'months', metric: 'duration' },
  year: { kind: 'thing', unit: 'years', metric: 'duration' },
  member: { kind: 'member', unit: 'states' },
  nation: { kind: 'member', unit: 'states' },
  state: { kind: 'member', unit: 'states' },
  country: { kind: 'country', unit: 'countries' },
  // (s65) "the eight-ship group": a fleet by the number of its ships.
  ship: { kind: 'thing', unit: 'ships', metric: 'vehicles' },
};

// People implied by the verb that follows a number with no noun: "more than 800 are believed trapped", "12 died".
// "Scores more were wounded", "roughly 10,000 went to ...".
// "32 killed in the shelling", "five missing": a bare participle after the number, as chronologies and lists write it.
const IMPLIED_PEOPLE =
  /^\s+(?:more\s+)?(?:\p{L}+ly\s+)?(?:(?:may|might|could)\s+(?:still\s+)?(?:be|have|remain)|are|were|have|had|remain|remained|live|lived|died|fled|left|continue|continued|still|was killed|were killed|were wounded|went|moved|reached|arrived|crossed|headed|returned|killed|missing|displaced|detained|arrested|abducted|evacuated|rescued|hurt)\b/iu;
/**
 * A participle right after a number with no noun, whose phrase says what happened to people (figure-metric.ts's
 * plights): the people are the count's unspoken noun, as a clause coordinated with a count before it, a chronology or
 * a list writes it. Covers "more than 2 million forced from their homes", "some 300 driven out of the valley",
 * "another 40 left homeless", "some 400 uprooted by the fighting". Not "40 planned" or "12 listed on the form" (no
 * plight in the phrase).
 */
function participleOfPeople(text: string, sentence: Span, number: NumberExpression): boolean {
  const after = text.slice(number.end, Math.min(sentence.end, number.end + 60));
  const phrase = /^\s+((?:\p{L}+(?:ed|en)|left|held|kept|stuck)\b[^,;:.!?]*)/iu.exec(after);
  return (
    (phrase !== null && plightIn((phrase[1] as string).split(/\s+/u).slice(0, 5).join(' ')) !== null) ||
    (!number.currency && TAKEN_IN_AFTER.test(after))
  );
}
// (s39) A participle of taking people in right after a number with no noun, as TAKEN_IN_BEFORE reads the verb before
// it: "than the roughly 12,500 admitted in the fiscal year", "some 3,000 resettled since 2015", "the 400 taken in last
// month". Only people are admitted or resettled without a noun saying what; the phrase goes on with when or where.
const TAKEN_IN_AFTER =
  /^\s+(?:admitted|resettled|taken\s+in|welcomed|registered)\s+(?:in|to|into|since|last|this|so|under|from|by|at|over|during)\b/iu;
// "more" after a number, then no noun: the end of the clause, or a word that begins another phrase.
const MORE_WITHOUT_NOUN = /^\s+more["”’]?(?:\s*(?:$|[,;:.!?)])|\s+(\p{L}+))/u;
/**
 * A scale word and "more" with no noun after it: "ready for 'tens of thousands more' if the evacuation goes on",
 * "could push tens of thousands more towards the coast". A scale counts a crowd, and more of a crowd a story has told
 * of are people, whatever the verb. Not an exact number ("two more", which may be drafts or buses), nor "thousands
 * more tents" (a noun, read as such).
 */
function scaleMoreOfPeople(text: string, number: NumberExpression): boolean {
  if (number.qualifier !== 'vague' || number.currency) return false;
  const more = MORE_WITHOUT_NOUN.exec(text.slice(number.end, number.end + 40));
  return (
    more !== null &&
    (more[1] === undefined || (PHRASE_STOP.test(more[1]) && !/^than$/iu.test(more[1])) || /^(?:if|and|or|unless|when)$/iu.test(more[1]))
  );
}
// What only people do or suffer, as a plight (figure-metric.ts) names it: things are moved, delivered or carried,
// and places besieged, but only people are killed, wounded, starving, detained, or flee, are uprooted or stranded.
const PEOPLE_ONLY_PLIGHTS: readonly FigureMetric[] = ['killed', 'injured', 'starving', 'detained', 'fled', 'displaced', 'trapped'];
// Verbs of speaking, writing and gathering, which only people do: "wrote to", "signed", "urged", "marched".
const PEOPLE_ONLY_VERB =
  /^(?:(?:have|had|has|also|then|later|all|both)\s+)*(?:said|say|says|wrote|write|signed|sign|told|urged|urge|demanded|protested|marched|chanted|prayed|wept|queued|gathered|rallied)\b/iu;
// The phrase of a noun the lexicon lacks after a number: up to three words, "of" first for a scale word, the last a
// plural ("travellers", "House colleagues", "of stranded pilgrims"), then the auxiliaries of its verb.
const UNKNOWN_NOUN_PHRASE =
  /^\s+(?:of\s+)?((?:[\p{L}-]+\s+){0,2}?\p{L}[\p{L}-]*(?:[^s\W]s|men))\b\s+((?:(?:were|are|was|is|have been|had been|remain|remained|still)\s+)*)/iu;

/**
 * A noun the lexicon lacks, made a count of people by the verb its clause gives it, which only people do or suffer:
 * "thousands of travellers were stranded", "hundreds of pilgrims fled", "14 House colleagues wrote to the minister",
 * "scores of shepherds were killed". Not "40 containers were delivered" or "300 homes were destroyed": no verb only
 * people take. The phrase's words are the unit.
 */
function peopleByTheirVerb(text: string, sentence: Span, number: NumberExpression): Counted | null {
  const rest = text.slice(number.end, sentence.end);
  const phrase = UNKNOWN_NOUN_PHRASE.exec(rest);
  if (!phrase) return null;
  const words = (phrase[1] as string).split(/\s+/u);
  // A phrase with a word that stops a noun phrase ("of the", "from ..."), a number or a known count is none of this.
  if (words.some((w) => PHRASE_STOP.test(w) || /^(?:the|a|an|of|and|or)$/iu.test(w) || countingNoun(w))) return null;
  const clause = rest.slice(phrase[0].length).split(/[,;:.]/u)[0] ?? '';
  const plight = plightIn(clause.split(/\s+/u).slice(0, 4).join(' '));
  // Suffered, not done: "were killed", "remain trapped", "fled" (no object), not "killed 12 people" (the noun the agent).
  const suffered = plight !== null && PEOPLE_ONLY_PLIGHTS.includes(plight) && (phrase[2] !== '' || /^(?:fled|starving)$/u.test(plight));
  const peopleOnly = suffered || PEOPLE_ONLY_VERB.test(clause);
  if (!peopleOnly) return null;
  const end = number.end + (phrase.index as number) + phrase[0].indexOf(phrase[1] as string) + (phrase[1] as string).length;
  return { kind: 'person', unit: words.join(' '), end };
}

// A plural the lexicon lacks, right after the number: up to two lower-case words that say which kind, then a word
// that ends as English plurals do (not "-ss", "-us", "-is": "class", "status", "crisis" are singular).
const UNKNOWN_PLURAL_PHRASE = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?\p{Ll}[\p{Ll}-]*[a-hj-rtv-z]s)(?![\p{L}\p{N}-])/u;
// Words of four letters or more that end as a plural does but are no plural noun ("always", "perhaps", "says"); the
// shorter ones ("was", "its") and those in "-ss", "-us", "-is" ("this", "thus") never reach it.
const NOT_A_PLURAL =
  /^(?:does|goes|says|seems|remains|means|always|perhaps|sometimes|afterwards|towards|besides|whereas|ones|hers|ours|theirs|yours)$/u;
// Units of measure, which measure rather than count ("200 metres from the gate", "5 percentage points", "30 grams of
// flour a day"): not things counted.
const MEASURE_UNIT =
  /^(?:(?:centi|milli)?met(?:re|er)s|feet|yards|inches|(?:kilo)?grams|kilos|ounces|points|calories|(?:kilo|mega)?watts)$/u;
// Words that cannot say which kind of thing is counted (a past participle or an adverb is the clause's verb: "40
// joined protests"), beside `UNIT_FILLER`'s determiners.
const NOT_A_KIND = /^(?:\p{L}+(?:ed|ly)|such|same|own)$/u;

/**
 * A count of things the lexicon has no noun for, read by the place of the noun in the phrase: a plural right after an
 * exact number, with at most two words before it that say which kind ("shipped 14 containers of winter clothing",
 * "7 sniffer dogs", "received 14 offers from residents", "shipped 18 crates of insulin"). It counts things
 * (`supplies`, the plain count of a thing, not humanitarian). Only a number in digits: a number word before a plural
 * the lexicon lacks names a set the story speaks of as often as it counts ("three options", "four pillars"; a held-out
 * guard lost precision when word numbers were read). Not a scale word ("saved thousands of lives": no number), a
 * number "between" two things ("caught between two storms"), the things a sentence has named before ("the two
 * drafts"), a model's name ("S-400 systems"), nor a plural in a sentence about a vote, whose numbers are tallies ("won
 * 11 ayes"); and never "one" (a plural is counted).
 */
function thingByItsPlace(text: string, sentence: Span, number: NumberExpression): Counted | null {
  if (
    !/\d/u.test(number.raw) ||
    number.value === null ||
    number.value === 1 ||
    number.qualifier === 'vague' ||
    number.currency ||
    number.ordinal
  )
    return null;
  if (number.ratio || number.fraction || isYearLike(number)) return null;
  const before = text.slice(Math.max(sentence.start, number.start - 12), number.start);
  // "S-400 systems", "Su-24 jets": a model's name, letters and a hyphen before its number.
  if (
    /\p{L}-$/u.test(before) ||
    /\b(?:between|the|these|those)\s+$/iu.test(before) ||
    VOTE_WORDS.test(text.slice(sentence.start, sentence.end))
  )
    return null;
  const phrase = UNKNOWN_PLURAL_PHRASE.exec(text.slice(number.end, sentence.end));
  if (!phrase) return null;
  const words = (phrase[1] as string).split(/\s+/u);
  const noun = words.at(-1) as string;
  if (NOT_A_PLURAL.test(noun) || MEASURE_UNIT.test(noun) || noun.length < 4) return null;
  if (words.slice(0, -1).some((w) => PHRASE_STOP.test(w) || NOT_A_KIND.test(w) || UNIT_FILLER.test(w) || isCount(w))) return null;
  const end = number.end + (phrase.index as number) + phrase[0].length;
  return { kind: 'thing', unit: words.join(' '), metric: 'supplies', end };
}
const RELATIVE_PEOPLE = /^\s+(?:who|of whom|of those who|of those|of them|of us|of you)\b/iu;
// "310 of them were wounded", "Nine of them died": what happens only to people says "them" are people.
const PEOPLE_VERB_AFTER =
  /^\s+(?:(?:were|are|had been|have been|was)\s+(?:\p{L}+\s+)?(?:living|sleeping|staying|sheltering|waiting|camping|hiding|killed|wounded|injured|hurt|evacuated|displaced|detained|missing|trapped|children|women|civilians)|(?:(?:have|had|has)\s+)?(?:died|fled|starved|perished))\b/iu;
/**
 * The verbs by which someone puts a number on a count ("put", "estimated", "counts", "reckons"): the one list read by
 * a count "put at" a number here (`PUT_AT`) and by the claimant who put it (figure-extractor.ts, `ESTIMATE_BETWEEN`).
 */
export const ESTIMATE_VERBS =
  'put|puts|putting|place|places|placed|estimate|estimates|estimated|estimating|counted|counts|counting|numbered|reckons|reckoned';
/**
 * The word for a count a number is put on: "put the toll at", "estimated the number at"; (s55) "puts the population of
 * the besieged districts at some 260,000".
 */
export const COUNT_WORD = '(?:number|figure|total|toll|population)';
// "put the number of wounded awaiting evacuation at nearly 1,000": the noun of "the number of" is what is counted;
// (s59) in quotation marks too ("the number of "militants" still inside at"), and a number given "anywhere from" a low;
// "put the number still inside the enclave at up to 100,000": the words after "the number" say what happened.
// "the people still inside, whom health actors put at roughly 100,000": a count the words before put a number on.
const PUT_AT = new RegExp(
  String.raw`\b(?:${ESTIMATE_VERBS})\s+(?:(?:the|their|that|this)\s+${COUNT_WORD}((?:\s+[\p{L}-]+){0,5}?)(?:\s+(?:since|from|until|by)\s+[\p{L}\p{N}]+(?:\s+\p{N}+)?)?\s+|them\s+|it\s+)?at\s+(?:anywhere\s+(?:from\s+)?|somewhere\s+)?["“]?$`,
  'iu',
);

/** The verbs of a running count gone beyond a mark: "has passed 4,000", "has now exceeded 300". */
export const PASSED_VERBS = 'passed|exceeded|surpassed|topped';
// "the number of people still living in the east at about 250,000": up to six words say which of them.
// "bringing the number of residents who have come out of eastern Aleppo since late November to more than 108,000":
// or up to twelve, with a relative clause; (s60) or a date among them ("the total number of people evacuated from the
// enclave since Dec. 15 was \"in the region of 35,000\"").
// "the number of families sheltering in the school has passed 4,000": a running count gone beyond a mark
// (`more_than`: `PASSED_MARK`, figure-extractor.ts).
const NUMBER_OF = new RegExp(
  String.raw`\b(?:number|count|total) of ["“]?([\p{L}-]+)["”]?((?:\s+[\p{L}-]+|\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|\s+\d{1,2}(?:,\s+\d{4})?){0,12})\s+(?:at|to|as|was|is|be|stood at|rose to|reached|${PASSED_VERBS})\s+["“]?$`,
  'iu',
);
// "New deaths bring the total to 1,250", "pushing the overall number to": a running total, and the clause before it.
const TOTAL_TO =
  /(?:^|[,;]\s*)([^,;]*?)\b(?:bring(?:s|ing)?|brought|push(?:es|ing|ed)?|tak(?:e|es|ing)|took|rais(?:e|es|ing|ed))\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+)?(?:total|tally|count|number|toll)\s+(?:[\p{L}-]+\s+)?to\s+$/iu;
// The count's noun, then what happened to those counted, before the number: "the number evacuated since Thursday to",
// "the total killed so far at".
const COUNT_WORDS_TO =
  /\b(?:number|total|count|tally)\s+((?:(?!of\b)[\p{Ll}-]+)(?:\s+[\p{L}\p{N}-]+){0,5}?)\s+(?:to|at|rose to|reached|stood at|has reached)\s+$/u;
const THING_WORD =
  /\b(?:trucks?|lorries|buses|convoys?|vehicles?|ambulances?|hospitals?|clinics?|schools?|meals?|rations?|kits?|tonnes?|tons?|strikes?|sorties|raids?|attacks?|shells?|vetoes|votes?|countries|states|members)\b/iu;
const PER_PLACE_AFTER =
  /^\s+(?:to an?|per|in each|in every)\s+(room|tent|bed|house|home|flat|apartment|hall|shelter|classroom|cell|mattress|vehicle|car|bus)\b(?![\p{L}-])/iu;
// A number given as a figure or an estimate: "figures of up to 10,000", "an estimate of 3,000".
const FIGURE_OF_BEFORE = /\b(?:figures?|estimates?|counts?|tall(?:y|ies)|totals?)\s+of\s+$/iu;
// "the death toll rose to 300": a toll counts the dead.
// "the toll rose to 94", "bringing the death toll to 410": a toll counts the dead.
const DEATH_TOLL = /\b(?:death )?toll\b[^.;,]{0,30}$/iu;

// A dotted abbreviation ("U.N. staff", "U.S. troops") is one word, not letters and full stops.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu;

/** Digits or a number word: the start of another count. */
const isCount = (word: string) =>
  /^\p{N}[\p{N},.]*$/u.test(word) ||
  word.toLowerCase() in UNITS ||
  /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/iu.test(word);

/** The unit of a noun that counts people, or null. */
function personNoun(word: string): string | null {
  const noun = NOUNS.find(([pattern, counted]) => counted.kind === 'person' && pattern.test(word));
  return noun ? (OWN_UNITS.find(([p]) => p.test(word))?.[1] ?? noun[1].unit) : null;
}

/** Whether only blanks come before `start` on its line. */
const opensLine = (text: string, start: number) => /^[ \t]*$/u.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));

/** The first of the words that counts people or fighters, as counted with that word's unit, or null. */
function personOrFighter(words: string[]): Omit<Counted, 'end'> | null {
  for (const word of words) {
    const found = NOUNS.find(([pattern, c]) => (c.kind === 'person' || c.kind === 'fighter') && pattern.test(word));
    if (found) return { ...found[1], unit: personNoun(word) ?? found[1].unit };
  }
  return null;
}

/** A veto verb right before a count: "vetoed", "has vetoed", "had blocked". */
const VETOED_BEFORE = /\b(?:vetoed|blocked)\s+$/iu;
/**
 * The texts a veto struck down, after their number: "drafts", "earlier texts", "other draft texts"; (s65) with up to
 * three words saying which, not a conjunction nor a preposition: "vetoed four other Syria drafts", "six earlier
 * Council texts", "six council texts on Syria".
 */
const VETOED_TEXTS =
  /^\s+(?:(?!(?:and|or|but|nor|to|in|on|at|for|with|from|by|as|than)\b)[\p{L}-]+\s+){0,3}?(?:draft\s+)?(?:drafts|texts)\b/iu;
// (s65) Texts said to be vetoed by the words after the number, a running count of vetoes: "two vetoed drafts", "Six
// drafts on Syria have now been blocked in this chamber". Not "the two drafts were vetoed" (the texts of one vote:
// `VETOED_BY_ITSELF` asks for no determiner before the number, and the passive only in the perfect).
const VETOED_TEXTS_AFTER =
  /^\s+(?:(?:vetoed|blocked)\s+(?:draft\s+)?(?:drafts|texts)\b|(?:draft\s+)?(?:drafts|texts)(?:\s+(?:on|about|over)\s+(?:the\s+)?[\p{L}-]+)?\s+(?:have|has|had)\s+(?:(?:now|already|all|since|so far)\s+)?been\s+(?:vetoed|blocked)\b)/iu;
const VETOED_BY_ITSELF = /\b(?:the|these|those|both|its|their)\s+$/iu;
// What a point serves for, which makes it a facility ("reception points", "crossing points").
const SERVICE_POINT = /^(?:reception|distribution|registration|transit|collection|crossing|water|health|medical|aid|feeding)$/iu;

/** The noun that counts something a figure has a metric for (not an ignored unit nor a span of time), or undefined. */
const countingNoun = (word: string) => NOUNS.find(([pattern, c]) => c.kind !== 'ignored' && c.metric !== 'duration' && pattern.test(word));

/** What the number counts: the noun of the phrase after it, skipping its adjectives. */
export function countedNoun(text: string, sentence: Span, number: NumberExpression): Counted | null {
  if (number.compound) {
    const compound = COMPOUNDS[number.compound];
    return compound ? { ...compound, end: number.end } : null;
  }
  const rest = text.slice(number.end, sentence.end);
  // "up from 1,200 the day before": when, not what is counted.
  if (/^\s+the\s+(?:day|week|month|year)\s+(?:before|earlier|after)\b/iu.test(rest)) return null;
  // "had vetoed five earlier drafts", "has blocked four texts": texts a veto struck down are counted, where the
  // texts of one vote ("voted on the two drafts") are not (`NOUNS`).
  const vetoedTexts = VETOED_TEXTS.exec(rest);
  if (vetoedTexts && VETOED_BEFORE.test(text.slice(Math.max(sentence.start, number.start - 30), number.start)))
    return { kind: 'thing', unit: 'drafts', metric: 'documents', end: number.end + vetoedTexts[0].length };
  const vetoedAfter = VETOED_TEXTS_AFTER.exec(rest);
  if (vetoedAfter && !VETOED_BY_ITSELF.test(text.slice(Math.max(sentence.start, number.start - 8), number.start))) {
    const texts = /\b(?:drafts|texts)\b/iu.exec(vetoedAfter[0]) as RegExpExecArray;
    return { kind: 'thing', unit: 'drafts', metric: 'documents', end: number.end + texts.index + texts[0].length };
  }
  const words = [...rest.matchAll(WORD)];
  let previousWord = '';
  let stateMetric: FigureMetric | undefined;
  for (let i = 0; i < Math.min(words.length, 9); i++) {
    const match = words[i] as RegExpMatchArray;
    const word = match[0];
    const end = number.end + (match.index as number) + word.length;
    if (word === 'of' && i === 0) continue; // "tens of thousands of civilians", "hundreds of civilian deaths"
    if (i === 1 && /^(?:them|whom|those)$/iu.test(word) && words[0]?.[0] === 'of') continue; // "nine of them children"
    // "some 4,000 of whom reached the port city": after "of whom" only the next word can be what is counted.
    if (i > 2 && words[0]?.[0] === 'of' && /^(?:them|whom|those)$/iu.test(words[1]?.[0] ?? '')) return null;
    if (word === ',' && previousWord) continue; // "five permanent, veto-holding members"
    // A numbers box, each line a number, a colon, then what it counts ("2,400: children among the arrivals").
    if (i === 0 && word === ':' && /^:[ \t]+\p{Ll}/u.test(rest) && opensLine(text, number.start)) continue;
    if (/^[^\p{L}\p{N}]$/u.test(word) || /^[-–]\d/u.test(word)) return null; // "15-0": a tally
    // "six machine guns and four grenade launchers, the Centre said": a second count ends the first one's phrase.
    if (i > 0 && /^(?:and|or|,)$/u.test(words[i - 1]?.[0] ?? '') && isCount(word)) return null;
    const members = /^members?$/iu.test(word);
    const afterWord = rest.slice((match.index as number) + word.length);
    // "six members of one family", "three members of a rescue team": people, not member states.
    const group = members ? MEMBERS_OF_GROUP.exec(afterWord) : null;
    if (group) return { kind: 'person', unit: group[1] ? 'workers' : 'people', end };
    // "at least 40 members had signed up", "60 members crowded into the hall": an association's people, not states.
    if (
      members &&
      !/^\s+(?:states|countries|nations)\b/iu.test(afterWord) &&
      !words.slice(0, i).some((w) => STATE_SEAT.test(w[0])) &&
      !/\ball\s+$/iu.test(text.slice(Math.max(sentence.start, number.start - 4), number.start)) &&
      !STATES_TALK.test(text.slice(sentence.start, sentence.end))
    )
      return { kind: 'person', unit: 'members', end };
    // "two reception points", "six distribution points": places where people are received or served.
    if (/^points$/iu.test(word) && SERVICE_POINT.test(previousWord))
      return { kind: 'thing', unit: thingUnit(words.slice(0, i + 1).map((w) => w[0])), metric: 'facilities', end };
    for (const [pattern, counted] of NOUNS) {
      if (!pattern.test(word)) continue;
      if (/^players$/iu.test(word) && (number.qualifier !== 'exact' || /dozen/iu.test(number.raw))) return null;
      // "12,000 a day" (a rate), "120,000 this week", "1.2 million last year" (when): not what is counted.
      if (
        counted.kind === 'thing' &&
        counted.metric === 'duration' &&
        i === 1 &&
        (RATE_WORD.test(previousWord) || TIME_DEICTIC.test(previousWord))
      )
        return null;
      if (/^(?:km|kilomet(?:re|er)s?|miles?)$/iu.test(word) && SQUARE.test(previousWord)) {
        return { kind: 'thing', unit: `square ${word.toLowerCase()}`, metric: 'territory', end };
      }
      if (counted.kind === 'ignored') return { ...counted, end };
      if (counted.kind === 'thing') {
        // "four rocket launchers", "six mortar rounds": a thing's noun used as an adjective; the next noun is counted.
        const next = words[i + 1]?.[0] ?? '';
        const head = /^\p{Ll}/u.test(next)
          ? NOUNS.find(([p, c]) => c.kind === 'thing' && c.metric !== 'duration' && p.test(next))
          : undefined;
        if (head && counted.metric !== 'duration') {
          const nextMatch = words[i + 1] as RegExpMatchArray;
          return {
            ...head[1],
            unit: thingUnit(words.slice(0, i + 2).map((w) => w[0])),
            end: number.end + (nextMatch.index as number) + next.length,
          };
        }
        return { ...counted, unit: thingUnit(words.slice(0, i + 1).map((w) => w[0])), end };
      }
      // (s60) "8,000 armed men", "300 armed civilians": people under arms are fighters.
      if (counted.kind === 'person' && /^armed$/iu.test(previousWord)) return { kind: 'fighter', unit: `armed ${word.toLowerCase()}`, end };
      // "9,000 family food rations": a person noun used as an adjective; the thing after it is what is counted.
      const head = counted.kind === 'person' ? thingAfter(words, i) : null;
      if (head) return { ...head, end: number.end + (head.index as number) };
      const owner = counted.metric === 'killed' ? DEATH_OWNERS.find(([p]) => p.test(previousWord))?.[1] : undefined;
      const unit = owner ?? OWN_UNITS.find(([p]) => p.test(word))?.[1] ?? counted.unit;
      const metric = counted.metric ?? stateMetric;
      return { ...counted, unit, ...(metric ? { metric } : {}), end };
    }
    // "10,000 of the newly displaced have reached", "15,500 newly displaced since": the state is the noun.
    const state = STATE_ADJECTIVES.find(([p]) => p.test(word))?.[1];
    const next = words[i + 1]?.[0];
    if (
      state &&
      (next === undefined || PHRASE_STOP.test(next) || /^[^\p{L}\p{N}]$/u.test(next)) &&
      words.slice(0, i).every((w) => /^(?:of|the|those|\p{L}+ly)$/iu.test(w[0]))
    )
      return { kind: 'person', unit: 'people', metric: state, end };
    if (PHRASE_STOP.test(word)) return null;
    // "9 parliamentary colleagues signed the letter": a verb only people take ends the phrase; "letter" is its object.
    if (i > 0 && PEOPLE_ONLY_VERB.test(word)) return null;
    stateMetric ??= state;
    previousWord = word;
  }
  return null;
}

/** A thing noun within two words after a person noun used as an adjective ("family food rations"), or null. */
function thingAfter(words: RegExpMatchArray[], i: number): (Omit<Counted, 'end'> & { index: number }) | null {
  for (let j = i + 1; j <= i + 2 && j < words.length; j++) {
    const word = (words[j] as RegExpMatchArray)[0];
    // "a special intake of 1,200 refugees last month": a time word ends the people's phrase; what follows is when.
    if (!/^\p{Ll}+$/u.test(word) || PHRASE_STOP.test(word) || RATE_WORD.test(word) || TIME_DEICTIC.test(word) || UNIT_FILLER.test(word))
      return null;
    const thing = NOUNS.find(([pattern, counted]) => counted.kind === 'thing' && pattern.test(word));
    if (thing) {
      const match = words[j] as RegExpMatchArray;
      return { ...thing[1], unit: thingUnit(words.slice(0, j + 1).map((w) => w[0])), index: (match.index as number) + word.length };
    }
  }
  return null;
}

/** The unit of a thing counted: its noun and the one or two words before it that say which kind. */
function thingUnit(words: string[]): string {
  const noun = (words.at(-1) as string).toLowerCase();
  const kind: string[] = [];
  for (const word of words.slice(0, -1).reverse()) {
    if (kind.length === 2 || UNIT_FILLER.test(word) || word.toLowerCase() in UNITS || !/^\p{Ll}[\p{L}-]*$/u.test(word)) break;
    kind.unshift(word);
  }
  return [...kind, noun].join(' ');
}

// A share: "98 percent", "38 per cent", "40%".
const PERCENT_AFTER = /^\s*(?:%|\s(?:percent|per cent|pc)\b)/iu;
// What a share is of: "of eastern Aleppo", "of their territory in the east", "of the US$24 million requested".
// A quotation may close between the share and its whole: "held \"more than 70 percent\" of the districts". The whole
// may be what someone held: "lost more than a third of what it held in the east".
const SHARE_OF =
  /^["”’]?\s+of\s+(?:(what (?:it|they|the [\p{L}-]+) (?:still |once |had )?(?:held|holds|hold|controlled|controls|control|had))\s+|what (?:was|is|had been|has been|remains of|remained of)\s+)?((?:the|its|their|his|her|our|this|that|a)\s+)?((?:[^,.;:()"“”]|(?<=\d)[,.](?=\d)){1,60})/iu;
const SHARE_END =
  /\s(?:in|since|by|from|on|at|that|and|but|before|after|as|which|who|were|was|are|is|had|have|has|will|would|it|they|we|he|she)\s.*$/iu;
const MONEY_WORDS =
  /(?:\b(?:appeal|appeals|funding|funds?|budget|money|amount|sum|requirements?|requested|required|plan|dollars|euros|million|billion)\b|\$|€|£)/iu;
const GROUND_WORDS =
  /\b(?:city|cities|territory|area|areas|enclave|districts?|neighbou?rhoods?|land|ground|towns?|villages?|country|province|region|part|(?:east|west|north|south)(?:ern)?|centre|center)\b/iu;
const FUNDED_AFTER = /^\s+(?:funded|financed|covered)\b/iu;
// A sum of money, then an opening bracket: "US$4.5 million (", "€80,000 (about ".
const SUM_BEFORE_BRACKET =
  /(?:[$€£¥]|\b\p{Lu}{3}\s?)\d[\d,.]*(?:\s*(?:million|billion|bn|m|k)\b)?\s*\(\s*(?:(?:about|some|nearly|almost|roughly|around|just over|just under|over|under)\s+)?$/iu;

// (s46) A report of an opinion poll: its respondents, its pollster, the survey it made.
const POLL_REPORT =
  /\b(?:respondents|polled|pollsters?|opinion polls?|(?:survey|poll)\s+(?:of|found|finds|shows?|showed|suggests?|conducted)|(?:our|latest|new)\s+(?:online\s+|telephone\s+)?(?:survey|poll))\b/iu;
// Who a poll's share is of: "of respondents", "of our respondents", "of Britons", "of those asked", "of adults".
const POLL_WHOLE =
  /^(?:(?:our|all|the)\s+)?(?:respondents|adults|voters|Britons|Americans|Germans|people|the public|those (?:asked|polled|surveyed)|(?:the\s+)?\p{Lu}\p{L}+\s+(?:adults|voters))\b/u;

// A word that owns the noun after it: "the district's", "the city’s", "Aleppo's".
const POSSESSOR = /\p{L}['’]s?$/u;

/** A share of something: of people (their plight is the metric), of ground held or taken, of money asked for. */
function shareCounted(text: string, sentence: Span, number: NumberExpression): Counted | Skip | null {
  const percent = number.fraction ? /^/u.exec('') : PERCENT_AFTER.exec(text.slice(number.end, number.end + 12));
  if (!percent) return null;
  const end = number.end + percent[0].length;
  const after = text.slice(end, sentence.end);
  if (FUNDED_AFTER.test(after)) return { kind: 'thing', unit: 'percent funded', metric: 'funding', end };
  const of = SHARE_OF.exec(after);
  // (s46) A poll's findings, in a report of one: "71% said it had not and 11% said it had", "64% of respondents agreed",
  // "58% support the UK taking in more refugees, against 27% who oppose it", "41% named Russia, 9% the Syrian
  // government", "almost as many (17%)": shares of those asked (metric opinion), not of a place or a sum (what they
  // were asked about is no plight of theirs: "agreed that ... should not use their veto when civilians are being killed").
  if (POLL_REPORT.test(text) && !number.fraction && (!of || POLL_WHOLE.test(of[3] as string)))
    return { kind: 'thing', unit: 'percent of respondents', metric: 'opinion', end: of ? end + of[0].length : end };
  // "seeks $45 million, of which 12 percent has been received": a share of the amount just named.
  const ofWhich = of ? null : /([^,;:.]{1,80}),\s+of (?:which|whom)\s+$/iu.exec(text.slice(sentence.start, number.start));
  if (ofWhich && MONEY_WORDS.test(ofWhich[1] as string)) return { kind: 'thing', unit: 'percent of the amount', metric: 'funding', end };
  // "had been given €3 million of the €4.8 million asked for, or 62 per cent", "3,000 of its 12,000 residents, or
  // about 25 percent,": a count of a whole, restated as its share of that whole.
  const restated = of
    ? null
    : /((?:[^,;:.]|(?<=\d)[,.](?=\d)){0,40}?)\bof\s+((?:the|its|their|our|this|that)\s+(?:[^,;:]|(?<=\d),(?=\d)){1,60}),\s+or\s+(?:(?:about|some|nearly|almost|roughly|around|over|under|just over|just under|more than|less than)\s+)?$/iu.exec(
        text.slice(sentence.start, number.start),
      );
  if (restated) {
    const whole = restated[2] as string;
    // The sum may be printed with a currency's code ("NOK 910,000 of the grant").
    if (MONEY_WORDS.test(`${restated[1]} ${whole}`) || /\b\p{Lu}{3}\s?\d/u.test(restated[1] as string))
      return { kind: 'thing', unit: `percent of ${whole}`, metric: 'funding', end };
    const noun = whole.split(/\s+/u).find((w) => personNoun(w.replace(/[^\p{L}]/gu, '')));
    if (noun) return { kind: 'person', unit: `percent of ${whole}`, end };
  }
  // "Pledged: US$4.5 million (27 per cent)", "has raised €80,000 (about 60%) so far": a sum's share of what was asked,
  // in brackets right after it (a funding line's form).
  if (!of && SUM_BEFORE_BRACKET.test(text.slice(Math.max(sentence.start, number.start - 40), number.start)))
    return { kind: 'thing', unit: 'percent of the amount', metric: 'funding', end };
  if (!of) {
    // "Of the patients admitted this week, 37 per cent needed surgery": the whole set before the share.
    // "Of the 20,000 people evacuated, our partners estimate that nearly half are children."
    const fronted = /\bOf\s+(?:the|those|these|all)\s+((?:[^,;]|(?<=\d),(?=\d)){1,100}),\s*(?:[^,;]{0,60}\bthat\s+)?$/iu.exec(
      text.slice(sentence.start, number.start),
    );
    const noun = fronted?.[1]?.split(/\s+/u).find((w) => personNoun(w.replace(/[^\p{L}]/gu, '')));
    if (fronted && noun) return { kind: 'person', unit: `percent of the ${fronted[1]}`, end };
    // "roughly 34,000 this week, down by a third on the week before", "rose 40 percent to 1,200": a change in the
    // count before it, by a share of it.
    if (CHANGE_BY.test(text.slice(Math.max(sentence.start, number.start - 40), number.start)))
      return { skip: 'a change by a share of a count the sentence does not give before it', noNoun: true, change: true };
    return { skip: 'a percentage of something the sentence does not name' };
  }
  const phrase = `${of[2] ?? ''}${(of[3] as string).replace(SHARE_END, '')}`.trim();
  const unit = `percent of ${of[1] ? `${of[1]} ` : ''}${phrase}`;
  const phraseEnd = end + of[0].indexOf(of[3] as string) + (of[3] as string).replace(SHARE_END, '').trimEnd().length;
  if (MONEY_WORDS.test(phrase)) return { kind: 'thing', unit, metric: 'funding', end: phraseEnd };
  // "running at 140 per cent of their bed capacity".
  if (/\bcapacity\b/iu.test(phrase)) return { kind: 'thing', unit, metric: 'capacity', end: phraseEnd };
  // "of the 250,000 people": the noun after the whole's own number. A possessor before it names whose they are,
  // not what is counted: "a third of the district's residents", "half of the city's doctors".
  const firstNoun =
    (of[3] as string)
      .split(/\s+/u)
      .find(
        (w) => !/^(?:the|its|their|all|those|these|some|about|nearly|more|than|estimated|[\p{N},.]+)$/iu.test(w) && !POSSESSOR.test(w),
      ) ?? '';
  if (
    personNoun(firstNoun.replace(/[^\p{L}]/gu, '')) ||
    /^(?:the\s+)?(?:population|people)\b|^(?:them|those|whom)\b/iu.test(of[3] as string)
  ) {
    return { kind: 'person', unit, end: phraseEnd };
  }
  // "about half of the fighters there", "a third of the militants": a share of fighters.
  if (personOrFighter([firstNoun.replace(/[^\p{L}]/gu, '')])?.kind === 'fighter') return { kind: 'fighter', unit, end: phraseEnd };
  if (GROUND_WORDS.test(phrase) || /^\p{Lu}/u.test(of[3] as string)) return { kind: 'thing', unit, metric: 'territory', end: phraseEnd };
  // "two-thirds of the hospitals", "60 per cent of health facilities": a share of things, with their metric.
  const thing = phrase
    .split(/\s+/u)
    .slice(0, 4)
    .map(
      (w) => NOUNS.find(([pattern, c]) => c.kind === 'thing' && c.metric !== 'duration' && pattern.test(w.replace(/[^\p{L}-]/gu, '')))?.[1],
    )
    .find(Boolean);
  // Not "half of our beds" (talk more than a count; a dev gold file leaves it out).
  if (thing?.metric && !/\bhalf$/iu.test(number.raw)) return { kind: 'thing', unit, metric: thing.metric, end: phraseEnd };
  // (s64) "nearly 60 percent of the newly damaged structures", "nearly 30 per cent of the young children screened": a
  // percentage of a whole no metric reads is still a figure, its unit the whole (not a fraction in words: "half of
  // our beds", "half of the new grant" are talk more than counts).
  if (!number.fraction) return { kind: 'thing', unit, metric: 'people', end: phraseEnd, unnamedShare: true };
  return { skip: `a percentage of ${phrase}, which has no figure metric` };
}

// A capitalised word that is no name: a preposition, an article, a conjunction, a compass point or a pronoun opening
// a clause.
const NOT_A_NAME = String.raw`(?!(?:In|On|At|By|For|From|To|The|And|But|Of|With|After|Before|Near|Outside|Inside|Across|Since|During|Under|North|South|East|West|It|This|That|There)\b)`;
// "a mother of five", "a father of three": the children of a family; "a family of eight": its people.
const FAMILY_BEFORE = /\b(?:(mother|father|parent|grandmother|grandfather|widow|widower)|(family|household))\s+of\s+$/iu;
// "the 44-year-old", "44 years old", "aged 44".
const AGE_AFTER = /^(?:-|\s+)old\b/iu;
// "aged 44", "a boy of six", "died at 90", "at the age of 12".
const AGED_BEFORE = /\b(?:aged|(?:boy|girl|child|baby|man|woman) of|(?:died|dies|passed away) at|at the age of)\s+$/iu;
// A person by what they do, their age set off by commas: "the Syrian goalkeeper, 31, whose", "a retired baker, 70,
// who". Only where a relative pronoun or a verb of saying follows, which only a person takes.
const DESCRIBED_AGE = /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}[\p{L}-]+,\s*$/u;
const PERSON_AFTER_AGE = /^,\s+(?:who|whose|said|says|told|added)\b/u;

/** A money amount: a currency before the number ("US$24 million") or after it ("5 million euros"). */
function moneyCounted(number: NumberExpression): Counted | null {
  if (!number.currency) return null;
  // "US$5 million" and "USD 5 million" say whose dollars; any other sign or code is named by the runtime's data.
  // A dollar sign whose country the runtime does not print ("J$", "TT$", "Bds$") is still dollars.
  const unit = /^US ?\$|^USD$/u.test(number.currency)
    ? 'US dollars'
    : (currencyName(number.currency) ?? (/\$$/u.test(number.currency) ? 'dollars' : 'pounds'));
  return { kind: 'thing', unit, metric: 'funding', end: number.end };
}

// A person named just before, whose age follows between commas: "Hamza Sabbagh, 41," (two capitalised words: a
// single one may be a place, "In Aleppo, 12, ..."), "the boy, 12,", "a nurse, 29,".
const AGE_APPOSITION = new RegExp(
  String.raw`(?:\b${NOT_A_NAME}\p{Lu}[\p{L}'’-]+\s+(?:(?:al|el|de|bin|ibn|abu|abou)[- ])?\p{Lu}[\p{L}'’-]+|\b(?:boy|girl|man|woman|child|baby|${KIN_WORDS}|widow|nurse|doctor|surgeon|teacher|farmer|student|driver|volunteer|resident)),\s*$`,
  'u',
);
// One capitalised name before an age set off by commas: "Zaidan, 46,".
// The mark that parts a caption line's fields after a person's name and age ("MARIA SILVA, 52 · teacher · Braga",
// "Tom Reyes, 30 | cook | Quezon City"): a middle dot, a bullet or a bar between spaces.
const CAPTION_PART_AFTER = /^\s+[·•|]\s/u;
const ONE_NAME_AGE = new RegExp(String.raw`\b${NOT_A_NAME}\p{Lu}[\p{L}'’-]+,\s*$`, 'u');
// (s68) After one name and its age set off by commas, a verb a person takes, or their kin: "Hamza, 36, is a surgeon",
// "Maya, 34, left with", "Rasha, 37, her husband Ali, 44,". Not after a preposition: "In Aleppo, 12, is" names a place.
const ONE_NAME_AGE_AFTER = new RegExp(
  String.raw`^,\s+(?:(?:is|was|has|had|lives|lived|works|worked|runs|ran|left|fled|arrived|came|spent|now)\s|(?:her|his)\s+(?:${KIN_WORDS})\b)`,
  'u',
);
// One name a kin word introduces, apposed or not: "her cousin Ghassan, 47,", "his mother, Samira, 67,".
const KIN_NAMED_AGE = new RegExp(String.raw`\b(?:${KIN_WORDS}),?\s+${NOT_A_NAME}\p{Lu}[\p{L}'’-]+,\s*$`, 'u');
// One name a verb of saying introduces: "said Hasan, 41,", "said Anas, 27." (the age may close the sentence).
const SAID_NAME_AGE = /\b(?:said|says|told|added|recalled|asked)\s+\p{Lu}[\p{L}'’-]+,\s*$/u;
// A span of time counted back or ahead from a moment: "the past", "these last", "the next", "the first".
const WINDOW_DETERMINER = '(?:the|these|those)';
const WINDOW_EDGE = '(?:past|last|previous|next|coming|first|final)';
// "in the past 24 hours", "over the previous two days", "the last ten days", "the next 72 hours": a window of time.
const WINDOW_BEFORE = new RegExp(String.raw`\b${WINDOW_DETERMINER}\s+${WINDOW_EDGE}\s+$`, 'iu');
// A preposition that makes a span of time the frame of what the sentence counts: "within three days", "in the past
// 48 hours", "over two days", "during the last ten days".
const FRAME_BEFORE = new RegExp(
  String.raw`\b(?:in|within|over|during|after|across|throughout)\s+(?:${WINDOW_DETERMINER}\s+)?(?:${WINDOW_EDGE}\s+)?$`,
  'iu',
);

/**
 * A window of time printed with a number word ("in the past 24 hours", "over the previous two days", "for the last
 * three days"): a duration figure, the period a count or a happening covers, as the fixtures' curation rules have it
 * (a duration with a number word is a figure; "in the past month", with none, is not). The date reader reads the same
 * words as the span of days they cover; the figure is read all the same.
 */
export function windowOfTime(text: string, sentence: Span, number: NumberExpression): boolean {
  return (
    WINDOW_BEFORE.test(text.slice(Math.max(sentence.start, number.start - 30), number.start)) &&
    /^[\s-]+(?:hours?|days?|weeks?|months?|years?)\b/iu.test(text.slice(number.end, number.end + 10))
  );
}

/** Whether a duration figure is the window of time its sentence's counts happened in, not a count of its own. */
export function framingWindow(text: string, figure: { metric: FigureMetric; rawSpan: Span }): boolean {
  return (
    (figure.metric === 'duration' || figure.metric === 'hours') &&
    FRAME_BEFORE.test(text.slice(Math.max(0, figure.rawSpan.start - 40), figure.rawSpan.start))
  );
}
const AGE_LIMIT_BEFORE =
  /\b(?:children|child|boys|girls|babies|infants|kids|minors|people|those|anyone|adults|men|women)\s+(?:under|over|below|above|aged)\s+(?:the age of\s+)?$/iu;
// The side of a vote some of a body's members took: "the support of 11 of the members", "which 11 of them backed".
const SIDE_BEFORE = /\b(?:support|backing|votes|approval|opposition)\s+of\s+$/iu;
// A side a text won, before the members counted: "gaining the backing of just five members", "won the support of
// nine members", "secured the votes of only seven members", or has yet to win ("needs to win the support of nine
// members"), by the verbs the vote reader reads a tally by (WON_VERB, WINNING_VERB).
const SIDE_WON_BEFORE = new RegExp(
  String.raw`\b(?:${WON_VERB}|${WINNING_VERB}|win|gain|secure)\s+(?:the\s+|only\s+)?(?:support|backing|votes|approval)\s+of\s+(?:only\s+|just\s+|merely\s+)?$`,
  'iu',
);
// "a text supported by 11 members of the Council", "backed by nine members": members a vote's side is made of, before
// the count. Not "the support of 40 states" without "of the" after it (SIDE_BEFORE): a text's sponsors as often.
const MEMBERS_SIDE_BEFORE = /\b(?:supported|backed|opposed)\s+by\s+$/iu;
const SIDE_AFTER = /^\s+(?:had\s+|have\s+)?(?:supported|backed|opposed|approved|endorsed|rejected|voted)\b/iu;
// "nine members voted against it", "Eleven members of the Council voted for", a chronology's "eleven members vote for it", "ten members of the Security Council
// abstained", "among the 97 countries that voted in favour", "the 104 Member States that voted" (not "all 28 Member States voted
// for it", a union's members counted); the body, the place or an aside may stand between the
// count and its verb ("of the 15-member Council", "at the General Assembly", ", Senegal among them,", "including Peru").
// (s69) Plain English too: "Eleven countries on the Security Council voted yes", "36 countries did not vote yes or no".
const TALLY_VERB_AFTER =
  /^(?:\s+(?:states|countries|nations)(?=\s+(?:that|which|who)\b))?(?:\s+(?:of|on) the(?:\s+[\p{L}\p{N}-]+){0,2}\s+(?:council|assembly|body)|\s+at the(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:council|assembly)|\s*,[^.;]{1,60}?,|\s+including(?:\s+\p{Lu}[\p{L}-]*){1,3})?\s+(?:that\s+|which\s+|who\s+)?(?:had\s+|have\s+)?(?:voted|voting|votes?|abstained|abstaining|abstains?|in favou?r|against|(?:did not|didn['’]t) vote (?:yes or no|for or against|either way))\b/iu;
// A figure set out as a label and its number, in a list or a table: "Killed: 32", "- People in need: 1.5 million",
// "Trucks | 40". The label is the line's own words before the number.
// A digest's label may be long and carry a day ("Arrivals in western Aleppo from the eastern districts: 11,300",
// "Cumulative since 15 November: about 47,000").
// A results table's line may set a target and what was done after the label, either first ("Patients treated: target
// 2,000, achieved 2,614", "Kits handed out | planned 500 | delivered 480", "Wells repaired: no target set, achieved 6"):
// each number is the label's count. A line of fields parted by bars gives each field its label ("Venue: Town Hall |
// Attendance: 1,200").
const LABEL_BEFORE =
  /(?:^|\n|[ \t]\|)[ \t]*(?:[-•*–][ \t]*)?(\p{L}[\p{L}\p{N} ,()'’/-]{1,100}?)[ \t]*(?::|\||\t)[ \t]*(?:(?:[^\n:|]{0,40}?[,;|\t][ \t]*)?(?:[Tt]argets?|[Pp]lanned|[Aa]chieved|[Rr]eached|[Dd]elivered|[Aa]ctual|[Bb]aseline|[Gg]oal|[Rr]esult)[ \t]*:?[ \t]*)?$/u;

/** What a labelled number counts: the label's noun ("Refugees: 12,000"), else people when the label says what happened to them ("Killed: 32"). */
function labelCounted(text: string, sentence: Span, number: NumberExpression): Counted | null {
  // "... shelling of the harbour town: nine delegates voted for it": a number with its own noun after it counts that noun.
  const own = /^[ \t]+([\p{L}-]+)/u.exec(text.slice(number.end, number.end + 30))?.[1];
  if (own && NOUNS.some(([pattern, counted]) => counted.kind !== 'ignored' && pattern.test(own))) return null;
  const label = LABEL_BEFORE.exec(text.slice(Math.max(0, sentence.start - 1), number.start))?.[1];
  return label ? countedInLabel(label, number.end) : null;
}

// (s61) A line led by its number and a colon, what it counts said after ("Around 8,000: People who, by the ministry's
// count, left the east on Monday alone.", "Nearly 2,000: Fighters still inside the pocket"), as a newsletter's "By the
// numbers" lines print them: at most a list mark and a qualifier before the number.
const NUMBER_LEADS_LINE = /(?:^|\n)[ \t]*(?:[-•*–][ \t]*)?(?:\p{L}+[ \t]+){0,2}$/u;
const LABEL_AFTER = /^[ \t]*:[ \t]+(\p{Lu}[^\n]{2,100})/u;

/** What a number leading its line before a colon counts: the noun of the words after the colon. */
function labelAfterCounted(text: string, number: NumberExpression): Counted | null {
  const label = LABEL_AFTER.exec(text.slice(number.end, number.end + 110))?.[1];
  if (!label || !NUMBER_LEADS_LINE.test(text.slice(Math.max(0, number.start - 30), number.start))) return null;
  return countedInLabel(label, number.end);
}

const LIST_ITEM = /^[ \t]*[-•*–][ \t]/u;

/**
 * What a number in a list counts when its line does not say ("- Sukkari: 14", "- 22 in Kallaseh"): what the heading
 * the list hangs from counts ("Deaths recorded on Tuesday, by neighbourhood:").
 */
export function headingCounted(text: string, number: NumberExpression): Counted | null {
  const lineStart = text.lastIndexOf('\n', number.start - 1) + 1;
  if (!LIST_ITEM.test(text.slice(lineStart, number.start + 1))) return null;
  const lines = text.slice(0, lineStart).split('\n').reverse().slice(1, 40);
  for (const line of lines) {
    if (!line.trim() || LIST_ITEM.test(line)) continue;
    const heading = /^(.{3,160}):\s*$/u.exec(line.trim())?.[1];
    return heading ? countedInLabel(heading, number.end) : null;
  }
  return null;
}

/** What the words of a label or a heading say a number counts: their noun, or people when they say what happened. */
function countedInLabel(label: string, end: number): Counted | null {
  const words = label.split(/[\s,()/]+/u).filter(Boolean);
  const plight = plightIn(label);
  for (const [i, word] of words.entries()) {
    const noun = NOUNS.find(([pattern]) => pattern.test(word));
    if (!noun || noun[1].kind === 'ignored') continue;
    // "Old Town: 6", "Al-Shaar Camp: 40": a place's name, not what is counted.
    if (noun[1].metric === 'territory' && /^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(words[i - 1] ?? '')) continue;
    if (noun[1].kind === 'thing') return { ...noun[1], unit: word.toLowerCase(), end };
    const metric = noun[1].metric ?? plight ?? undefined;
    return { ...noun[1], unit: personNoun(word) ?? noun[1].unit, ...(metric ? { metric } : {}), end };
  }
  return plight ? { kind: 'person', unit: 'people', metric: plight, end } : null;
}

// "eleven members of this Council supported", "nine members backed": members of a body on one side of a vote; (s66)
// or the side of a veto: "two permanent members blocked it", "two permanent members vetoed the text".
const MEMBERS_SIDE_AFTER =
  /^\s+(?:of (?:the|this|that) (?:[\p{Lu}\p{Ll}]+\s+){0,2}(?:council|assembly|body)\s+)?(?:(?:had|have)\s+)?(?:supported|backed|opposed|endorsed|rejected|voted|abstained|vetoed|blocked)\b/iu;
// A body whose members are counted: "the 15-member council", "the 193-nation General Assembly", "the 22-member Arab
// League".
const BODY =
  /^\s+(?:(?:UN|U\.N\.|United Nations|[\p{Lu}][\p{L}-]*)\s+){0,3}(?:council|body|assembly|organi[sz]ation|bloc|committee|board|commission|union|league|alliance|forum|panel|conference|group|grouping|club)\b/iu;
const BODY_OWNER_BEFORE =
  /\b(?:council|assembly|body|organi[sz]ation|UN|U\.N\.|United Nations|league|union|bloc)['’]s\s+$|\b(?:all|its|their)\s+$/iu;
// After the members counted: a verb that puts them on a side ("all 28 member states voted for it"): a count of those
// who did, not the body's size.
const SIDE_VERB_AFTER =
  /^\s+(?:states?\s+|nations\s+)?(?:that\s+|which\s+|who\s+)?(?:have\s+|had\s+)?(?:supported|backed|signed|co-sponsored|sponsored|voted|called|requested|asked|opposed|endorsed|rejected|abstained)\b/iu;
const OF_BODY_AFTER =
  /^\s+of\s+(?:the|this|that)\s+(?:(?:UN|U\.N\.|United Nations|[\p{Lu}][\p{L}-]*)\s+){0,3}(?:council|body|assembly|organi[sz]ation|bloc|league|union|United Nations|UN)\b/iu;

/**
 * The size of a body: "the 15-member council", "the 193-nation General Assembly", "the Council's 15 members", "all 193
 * member states", "the 15 members of the Security Council", "five permanent members". Not a figure, as the fixtures'
 * curation rules have it and the seed's curated files now do too: the body's size is what its votes are counted
 * against, not a fact of the siege.
 */
function bodySize(text: string, sentence: Span, number: NumberExpression, counted: Counted | null): boolean {
  if (number.compound && /^(?:member|nation|state|country)$/u.test(number.compound)) {
    // "the 193-member states": the whole membership, named by what its members are.
    const after = text.slice(number.end, number.end + 60);
    return (
      BODY.test(after) ||
      (/\bthe\s+$/iu.test(text.slice(Math.max(0, number.start - 4), number.start)) && /^\s+(?:states|nations|countries)\b/iu.test(after))
    );
  }
  if (counted?.kind !== 'member' || counted.unit !== 'states') return false;
  const before = text.slice(Math.max(sentence.start, number.start - 30), number.start);
  const phrase = text.slice(number.end, counted.end);
  // "the other 178 members of the Assembly": some of them, not the body's size.
  if (/\b(?:other|remaining|rest of the)\s+$/iu.test(before) || SIDE_VERB_AFTER.test(text.slice(counted.end, counted.end + 50)))
    return false;
  // (s66) A seat of one kind counts some of the body's members, not its size: "two permanent members have once again
  // chosen", "the council's three African members divided". The permanent members are five ("the five permanent
  // members", "the Council's five permanent members": the size of that seat, as the body's is); "the two permanent
  // members" refers back to two named before, as "the two men" does, and stays unread.
  const seat = phrase.split(/[\s,]+/u).find((w) => STATE_SEAT.test(w));
  if (seat === 'permanent') return number.value === 5 || /\bthe\s+$/iu.test(before);
  if (seat) return false;
  return (
    BODY_OWNER_BEFORE.test(before) ||
    // "the 15 members of the Security Council", not "the eleven members of the Council that supported it": some of them.
    (/\b(?:the|all)\s+$/iu.test(before) &&
      OF_BODY_AFTER.test(text.slice(counted.end, counted.end + 60)) &&
      !RESTRICTED_AFTER.test(text.slice(counted.end, counted.end + 80))) ||
    // "the 193 member states": the whole membership, after "the", with nothing said to happen to it.
    // (A verb after them that puts them on a side was ruled out above.)
    (/\bthe\s+$/iu.test(before) && /^\s+member states?$/iu.test(phrase))
  );
}
// A relative clause or a side that picks some of a body's members: "... of the Council that supported the draft".
const RESTRICTED_AFTER = /^\s+of\s+(?:the|this|that)\s+(?:[\p{L}.-]+\s+){1,4}?(?:that|which|who|voting|in favou?r|against|abstaining)\b/iu;

const VOTE_WORDS = /\b(?:vot(?:e|es|ed|ing)|passed|adopted|approved|failed|fell|won|carried|rejected|abstain\w*|in favou?r)\b/iu;

const GATHERED_OF_BEFORE =
  /\b(?:crowd|audience|congregation|gathering|turnout)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|over|more than|at least|up to|perhaps)\s+)?$/iu;
const YEAR_PREPOSITION_BEFORE = /\b(?:in|since|until|till|during|through|throughout|before|after)\s+$/iu;
const isYearLike = (number: NumberExpression) =>
  number.qualifier === 'exact' && number.value !== null && number.value >= 1900 && number.value <= 2099 && /^\d{4}$/u.test(number.raw);
/** (s65) A range of two years in digits, the later second: "from 2009 to 2011", "between 2003 and 2006", "2012-2016". */
const yearSpan = (number: NumberExpression) =>
  number.qualifier === 'range' &&
  number.low !== null &&
  number.high !== null &&
  number.low >= 1900 &&
  number.high <= 2099 &&
  number.low < number.high &&
  /^(?:(?:from|between)\s+)?\d{4}\s*(?:to|and|until|till|-|–)\s*\d{4}$/iu.test(number.raw);

// "the last four", "the remaining three", "the only two", "the other five": a number standing for a noun said before.
// "moving in a column of about 20", "arrived in convoys of 40": a group of the things or people named before.
const GROUP_OF_BEFORE = /\b(?:(?:an?|the)\s+)?(?:column|convoy|batch|wave|line|queue|fleet|row|group)s?\s+of\s+$/iu;
const LAST_OF_BEFORE = new RegExp(`\\bthe\\s+(?:last|remaining|only|other|final)\\s+$|${GROUP_OF_BEFORE.source}`, 'iu');

/** The nearest noun of a count before the number in its sentence ("no hospital ... the last four"), as what it counts. */
function antecedentCounted(text: string, sentence: Span, number: NumberExpression): Counted | null {
  // "damaged the last four": what is damaged, hit or closed is a thing.
  const thingsOnly =
    /\b(?:damaged|destroyed|hit|struck|bombed|shelled|closed|shut|knocked out|put out of (?:action|service))\s+the\s+\S+\s+$/iu.test(
      text.slice(Math.max(sentence.start, number.start - 50), number.start),
    );
  // "left in convoys of 40": the people or things before the group's word, not the group itself.
  const before = text.slice(sentence.start, number.start);
  const group = GROUP_OF_BEFORE.exec(before);
  const words = before
    .slice(0, group ? group.index : before.length)
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}-]/gu, ''))
    .reverse();
  // Not what did something to them ("strikes damaged the last four"): durations and attacks are no antecedents.
  const candidates = words.flatMap((word) => {
    const noun = NOUNS.find(
      ([pattern, c]) =>
        c.kind !== 'ignored' && !(c.kind === 'thing' && (c.metric === 'duration' || c.metric === 'attacks')) && pattern.test(word),
    );
    return noun && (!thingsOnly || noun[1].kind === 'thing') ? [{ word, counted: noun[1] }] : [];
  });
  // A place named on the way is the last resort: "the nine bakeries in the port city, the remaining two".
  const found = candidates.find((c) => c.counted.metric !== 'territory') ?? candidates[0];
  if (!found) return null;
  const { word, counted } = found;
  const unit =
    counted.kind === 'thing'
      ? /s$/iu.test(word)
        ? word.toLowerCase()
        : word
            .toLowerCase()
            .replace(/$/u, 's')
            .replace(/(?<![aeiou])ys$/u, 'ies')
      : (personNoun(word) ?? counted.unit);
  return { ...counted, unit, end: number.end };
}

/**
 * What the subject of the sentence before counts, in the same paragraph, where its sentence has no counted noun of
 * its own before the number: the first noun among the first words of the sentence before ("Barrel bombs remain ...",
 * "The wounded were ..."), or null.
 */
function previousSubject(text: string, sentence: Span): Omit<Counted, 'end'> | null {
  const own = text
    .slice(sentence.start, sentence.end)
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}-]/gu, ''));
  if (own.some((w) => countingNoun(w))) return null;
  const paragraphStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const before = text.slice(paragraphStart, sentence.start).trimEnd();
  const start = Math.max(before.slice(0, -1).search(/[.!?]["”’]?\s+(?=[^.!?]*$)/u) + 1, 0);
  const subject = before
    .slice(start)
    .trim()
    .split(/\s+/u)
    .slice(0, 4)
    .map((w) => w.replace(/[^\p{L}-]/gu, ''));
  for (const [i, word] of subject.entries()) {
    if (PHRASE_STOP.test(word)) return null;
    const noun = countingNoun(word);
    if (!noun) continue;
    if (noun[1].kind === 'thing') return { ...noun[1], unit: thingUnit(subject.slice(0, i + 1).filter(Boolean)) };
    return { ...noun[1], unit: personNoun(word) ?? noun[1].unit };
  }
  return null;
}

/**
 * `noNoun`: nothing after the number says what it counts (it may count what an earlier number of its sentence did).
 * `change`: a share by which the count before it changed ("down by a third").
 */
type Skip = { skip: string; noNoun?: boolean; change?: true };
export type CountReading = { counted: Counted } | Skip | null;

// A change by a share: "up by a third", "down 40 percent", "rose by more than half", "fell by nearly 20 per cent".
const CHANGE_BY =
  /\b(?:up|down|rose|rises|rising|risen|fell|falls|falling|fallen|increased|increases|increasing|decreased|decreasing|grew|grown|growing|dropped|dropping|declined|declining|jumped|climbed|cut|reduced|doubled|shrank|shrunk)\s+(?:by\s+)?$/iu;

// (s45) Rates that are no price paid: "birth rates", "mortality rates".
const NOT_PAID_RATES =
  /\b(?:birth|death|mortality|infection|survival|literacy|unemployment|vaccination|enrolment|enrollment|attendance|response)\s+rates\b/iu;
// Words that name a count of people without saying who: "the count at Jibreen rose by half", "arrivals fell by a third".
const COUNT_WORDS =
  /^(?:count|counts|number|numbers|total|totals|toll|tally|population|arrivals|departures|admissions|caseload|registrations)$/iu;
const RISE = /\b(?:up|rose|rises|rising|risen|increased|increases|increasing|grew|grown|growing|jumped|climbed|doubled)\s+(?:by\s+)?$/iu;

/**
 * What a change by a share counts where the sentence has no count before it, from the subject of its clause: "The
 * count at the camp rose by more than half", "Bread prices fell by a third", "Deliveries of fuel were cut by half".
 * A count of people changed by a share is no number of people (nothing happened to that many): `people`, not
 * humanitarian; a thing keeps its own metric. The unit says it is a change: "percent increase in the count at the
 * camp". Null where the clause names no count.
 */
export function changedCount(text: string, sentence: Span, number: NumberExpression): Counted | null {
  const before = text.slice(sentence.start, number.start);
  const clause = before.split(/[,;:]|\s[—–]\s/u).at(-1) ?? '';
  const verb = CHANGE_BY.exec(clause);
  if (!verb) return null;
  const subject = clause
    .slice(0, verb.index)
    .trim()
    .replace(/^(?:and|but|while|as)\s+/iu, '')
    .replace(/(?:\s+(?:has|have|had|was|were|is|are|been|being|alone|also))+$/iu, '');
  const words = subject.split(/\s+/u).map((w) => w.replace(/[^\p{L}-]/gu, ''));
  const direction = RISE.test(clause) ? 'increase' : 'decrease';
  const unit = `percent ${direction} in ${subject.replace(/^(?:the|its|their|our)\s+/iu, '').toLowerCase()}`;
  // The noun that says what is counted ("the number of tents"), else a word that names a count of people.
  for (const word of words) {
    // (s45) And what trade pays for a service: "Freight rates ... have risen by around 10 percent", premiums, fares.
    if (/^prices?$/iu.test(word) || (/^(?:rates|premiums?|fares?|tariffs?|rents?|costs)$/iu.test(word) && !NOT_PAID_RATES.test(subject)))
      return { kind: 'thing', unit, metric: 'price', end: number.end };
    if (personNoun(word)) return { kind: 'thing', unit, metric: 'people', end: number.end };
    const noun = countingNoun(word);
    // A change in care given ("admissions fell by a third") is no number of people cared for either.
    const metric = noun?.[1].kind === 'thing' ? noun[1].metric : undefined;
    if (metric) return { kind: 'thing', unit, metric: isHumanitarian(metric) ? 'people' : metric, end: number.end };
  }
  return words.some((w) => COUNT_WORDS.test(w)) ? { kind: 'thing', unit, metric: 'people', end: number.end } : null;
}

/**
 * What the number counts, or why it is left out: a reason to report (`skip`), or null for a number nobody would
 * call a figure (a date's year, "one of five", an ordinal).
 */
export function readCounted(text: string, sentence: Span & { text: string }, number: NumberExpression): CountReading {
  // "men between the ages of 30 and 50": a range of ages, whatever the noun after it.
  if (number.qualifier === 'range' && /\bages? of\b/iu.test(number.raw)) {
    return { counted: { kind: 'thing', unit: 'years', metric: 'age', end: number.end } };
  }
  // "taken in 2015 by a woman who left", "since 2011, thousands have": a year after a word of time is a date, whatever a
  // later verb or noun seems to count.
  if (isYearLike(number) && YEAR_PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, number.start - 12), number.start)))
    return null;
  // (s65) A span of years, "who studied pharmacy in Aleppo from 2009 to 2011", "was relief coordinator from 2003 to
  // 2006", "between 2012 and 2014": when something lasted, not a count; unless a plural it counts follows at once
  // ("from 1500 to 2000 people").
  if (yearSpan(number) && !/^\s+\p{L}*(?:s|people|children|men|women)\b/u.test(text.slice(number.end, number.end + 40))) return null;
  // "the crowd of around 150 moved into the hall", "an audience of 300 filled it": the people gathered, not people who
  // moved or a count of halls.
  if (GATHERED_OF_BEFORE.test(text.slice(Math.max(sentence.start, number.start - 40), number.start)))
    return { counted: { kind: 'thing', unit: 'people', metric: 'people', end: number.end } };
  const reading = readCountedNoun(text, sentence, number);
  if (!reading || !('counted' in reading)) return reading;
  const { counted } = reading;
  const before = text.slice(Math.max(sentence.start, number.start - 40), number.start);
  // "can hold 1,500 people", "ready to receive as many as 1,500 more patients", "room for 300": what a place can hold.
  if (
    (counted.kind === 'person' || counted.metric === 'facilities') &&
    !counted.metric?.match(/^(?:killed|injured)$/u) &&
    CAPACITY_BEFORE.test(before)
  ) {
    return { counted: { kind: 'thing', unit: counted.unit, metric: 'capacity', end: counted.end } };
  }
  // "a bag of bread costs 1,500 Syrian pounds": money paid for something is a price.
  if (
    counted.metric === 'funding' &&
    PRICE_WORDS.test(text.slice(Math.max(sentence.start, number.start - 60), Math.min(sentence.end, counted.end + 40)))
  ) {
    return { counted: { ...counted, metric: 'price' } };
  }
  return reading;
}

// "only one surgeon", "We have one doctor", "there is just one ambulance": a word "one" that counts.
const ONE_COUNTED_BEFORE =
  /(?<!\b(?:the|no|not|an?)\s+)\b(?:only|just|(?:have|has|had|there (?:is|was|remains|remained)|left with|down to)(?:\s+only|\s+just)?)\s+$/iu;

/** A word "one" that is a manner of speaking ("one surgeon said", "one day"), not a count: unless "only", "just" or "we have" make it one. */
export function rhetoricalOne(text: string, sentence: Span, number: NumberExpression): boolean {
  return (
    number.value === 1 &&
    !/\d/u.test(number.raw) &&
    !ONE_COUNTED_BEFORE.test(text.slice(Math.max(sentence.start, number.start - 30), number.start)) &&
    // "food for one month", "a truce lasting one week", "a truce that collapsed after one week": a duration; (s69) so
    // is the time a journey takes ("a road that normally takes one hour", "the crossing took one day").
    !(
      /\b(?:for|lasting|lasted|lasts?|within|after|takes?|took|taking|taken)\s+$/iu.test(
        text.slice(Math.max(sentence.start, number.start - 10), number.start),
      ) &&
      // "did not stop for one hour": emphasis, not a duration.
      !/\b(?:not|never|n't)\b[^.;,]{0,25}$/iu.test(text.slice(Math.max(sentence.start, number.start - 40), number.start)) &&
      /^\s+(?:full\s+)?(?:hour|day|week|month|year)\b/iu.test(text.slice(number.end, number.end + 12))
    )
  );
}

// Nouns a number follows to name one of them rather than count them: "resolution 2254", "Article 99", "Route 4";
// (s37) a recording's or a score's parts: "Around minute 12 he describes", "In episode 112", "track 3", "Op. 11".
const IDENTIFIER_BEFORE =
  /\b(?:resolutions?|articles?|paragraphs?|para|chapter|section|clause|annex|item|page|rule|protocol|route|road|highway|gate|hall|ward|room|block|building|floor|platform|sector|zone|phase|flight|camp|no\.|number|episode|minute|track|volume|verse|psalm|season|scene|bed|seat|lane|bay|opus|op\.)\s+$/iu;
// "wears the No 9 shirt", "No 10 Downing Street": the sign "No" printed without its stop, in capitals.
const NUMBER_SIGN_BEFORE = /\bNo\s+$/u;
// A verb before a number with no noun after it: the people it was done to ("has displaced 11 million", "killed 12 in
// Sukkari", "wounding 30").
const DONE_TO_BEFORE =
  /\b(?:killed|killing|kills|wounded|wounding|injured|injuring|displaced|displacing|uprooted|evacuated|evacuating|rescued|treated|treating|detained|arrested|abducted|sheltering|sheltered|fed|feeding|houses|housed|housing|hosts|hosting)\s+$/iu;
/**
 * A verb of taking people in right before a number with no noun after it: "we took in about 900", "the camp received
 * some 1,200 before dark", "Norland has taken in close to three million", "the centre registered 400 on Sunday". Only
 * people are taken in, received, admitted or resettled without a noun saying what (things carry their noun: "received
 * 40 trucks"): the number counts the people who arrived. Not "can take in 500" (what a place can hold, read first).
 */
const TAKEN_IN_BEFORE =
  /\b(?:(?:took|taken|take|takes|taking)\s+in|received|receives|receiving|admitted|admits|resettled|resettles|resettling|registered|registers|welcomed|welcomes)\s+$/iu;

// Words before a number that make it what a place can hold.
const CAPACITY_BEFORE =
  /\b(?:(?:can|could|to|will|would)\s+(?:hold|accommodate|receive|take in|take|treat|seat|sleep)|capacity (?:of|for)|room for|space for|(?:designed|built|fitted out|fitted|equipped|planned|meant|intended|set up) for)\s+$/iu;
const PRICE_WORDS =
  /\b(?:costs?|costing|price[sd]?|prices|sells?|sold|selling|pay|paid|paying|fetch(?:es|ed)?|charged?|charges|bought|buy)\b/iu;
// (s68) "lives" after a number, "of" first for a scale word, an adjective allowed: "300,000 lives", "thousands of
// innocent lives".
const LIVES_AFTER = /^\s+(?:of\s+)?(?:(?:innocent|civilian|human|young|more)\s+)?lives\b/iu;
// The verb that says lives were lost, right before the number: "has claimed more than", "cost", "took", "at the cost of".
const LIVES_LOST_BEFORE =
  /\b(?:claim(?:s|ed|ing)?|cost(?:s|ing)?|took|tak(?:e|es|en|ing)|lost|los(?:e|es|ing)|end(?:ed)?|at the cost of)\s+(?:(?:at least|more than|over|nearly|almost|about|some|an estimated|tens of|hundreds of)\s+)?$/iu;
// The words that put lives at stake, before the number ("threatens", "endangers", "puts ... at risk") or after it
// ("depend on", "are at risk", "hang in the balance", "are at stake").
const LIVES_AT_STAKE_BEFORE =
  /\b(?:threaten(?:s|ed|ing)?|endanger(?:s|ed|ing)?|imperil(?:s|led|ling)?|risk(?:s|ed|ing)?|put(?:s|ting)?)\s+(?:(?:the\s+)?(?:at least|more than|over|nearly|almost|about|some|an estimated|tens of|hundreds of)\s+)?$/iu;
const LIVES_AT_STAKE_AFTER =
  /^\s+(?:(?:still|now)\s+)?(?:depend(?:s|ed)?\s+on|(?:are|were|is|was|remain|hang)\s+(?:still\s+)?(?:at (?:risk|stake)|in (?:danger|the balance))|(?:are|were)\s+(?:threatened|endangered)|at (?:risk|stake))\b/iu;
// "He is 38," "she was 71.": an age after a person and "is", with nothing counted after it.
// "My father is 71.", "Her son was nine", "the boy is 12": one person, named by a kin word or a word for a child or an
// adult after a possessive or "the", and "is" before a bare number.
const IS_AGE_BEFORE = new RegExp(
  String.raw`(?:\b(?:he|she|who)|\b(?:youngest|oldest)\b[^.;:]{0,30}|\b(?:my|his|her|their|our|your|the)\s+(?:(?:eldest|youngest|little|baby|older|younger)\s+)?(?:${KIN_WORDS}|child|baby|boy|girl|man|woman))\s+(?:is|was|turned|turns|is now|was only|is only|will turn|would have turned|would have been)\s+$`,
  'iu',
);
// "Selim is 64.": one capitalised name and "is", read as an age only where the sentence closes on the number (a
// place's name may take "is" too: "Ostra is 40 kilometres away").
const NAME_IS_AGE_BEFORE = new RegExp(
  String.raw`\b${NOT_A_NAME}\p{Lu}[\p{L}'’-]+\s+(?:is|was|turned|turns|is now|will turn|would have turned|would have been)\s+$`,
  'u',
);
// (s68) A verb of turning an age, then the day it is or was turned: "who turns 70 next month", "Omar would have been
// 21 in January", "she turned 12 last week". The day says the number is an age, not a count.
const TURNING_AGE_BEFORE = /\b(?:turns|turned|will turn|would have turned|would have been)\s+$/iu;
const AGE_DAY_AFTER =
  /^\s+(?:(?:next|this|last)\s+(?:week|month|year)|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/u;
// "Now we are about 28", "they number some 300": people counted by the group that speaks or is spoken of.
// "a population of 1.5 million", "a city of 2 million", "home to 40,000": people living in a place.
// "a crowd of 2,800", "an audience of 300": the people gathered in one place.
const POPULATION_BEFORE =
  /\b(?:(?:population|populace)\s+(?:of|is|was|stood at|numbers?|numbered)|(?:city|town|village|camp|district|province|country|enclave|region|crowd|audience|congregation) of|home to)\s+$/iu;
// "number", "numbered" as a verb: "the rebels number about 8,000" (not "the number 5,000").
// The number may be quoted: 'those detained numbered "a few hundred at most"'.
const NUMBER_VERB_BEFORE = /(?<!\b(?:the|a|an|this|that|its|their|whose|any)\s+)\b(?:number|numbered|numbering)\s+["“]?$/iu;
const WE_ARE_BEFORE = /\b(?:we|they)\s+(?:are|were|number|numbered|remain|remained)\s+$/iu;

// A whole a count is a part of, right after it: "of the roughly 8,000", "of the estimated 250,000", "of its 900".
const PART_OF_WHOLE =
  /^\s+of\s+(?:the|its|their|some|an)\s+(?:(?:roughly|some|about|around|nearly|almost|approximately|estimated|more\s+than)\s+)?(?=\d)/iu;

function readCountedNoun(text: string, sentence: Span & { text: string }, number: NumberExpression): CountReading {
  // "passed 15-0", "fell 11-3", "failed 4-9": a vote's tally, which the vote records.
  const dashed =
    /^[-–]\d/u.test(text.slice(number.end, number.end + 2)) ||
    /\d[-–]$/u.test(text.slice(number.start - 2, number.start)) ||
    /^\d+[-–]\d+$/u.test(number.raw);
  if (dashed && VOTE_WORDS.test(sentence.text)) return { skip: 'a vote tally, recorded with the vote' };
  if (/^\s+of\b/iu.test(text.slice(number.end, number.end + 4)) && number.value === 1) return null; // "one of five"
  // (s60) "about 900 of the roughly 8,000 armed men", "900 of the 8,000 rebels in east Aleppo": a part of a count
  // counts what the whole after it counts (people or fighters), with nothing between but a determiner and a qualifier.
  const whole = PART_OF_WHOLE.exec(text.slice(number.end, sentence.end));
  if (whole && number.value !== null && !number.fraction) {
    const at = number.end + whole[0].length;
    const second = findNumberExpressions(text, sentence).find((n) => n.number.start === at || n.start === at);
    const reading = second && second.value !== null && second.value > number.value ? readCountedNoun(text, sentence, second) : null;
    if (reading && 'counted' in reading && (reading.counted.kind === 'person' || reading.counted.kind === 'fighter'))
      return { counted: { ...reading.counted, end: number.end } };
  }
  // "the eastern half of the city", "the rebel-held half": a side of a place named by its half, not a share of it.
  // (s70) Past an adjective or two between "the" and the side: "the besieged eastern half of Aleppo"; and a part of a
  // span of time or of a text by its order: "in the first half of December", "the second half of that".
  if (
    number.fraction &&
    /^half$/iu.test(number.raw) &&
    /\bthe\s+(?:[\p{Ll}-]+\s+){0,2}?(?:eastern|western|northern|southern|east|west|north|south|upper|lower|old|new|other|first|second|[\p{L}]+-held)\s+$/iu.test(
      text.slice(Math.max(sentence.start, number.start - 48), number.start),
    )
  )
    return null;
  // "fall below zero at night": a temperature, no count. "03 LIVE": a rundown's item number, padded with a zero.
  if (
    /^zero$/iu.test(number.raw) &&
    /\b(?:below|above|under)\s+$/iu.test(text.slice(Math.max(sentence.start, number.start - 8), number.start))
  )
    return null;
  if (/^0\d+$/u.test(number.raw)) return null;
  // "members of one family", "in one night": a word "one" after a preposition says which, not how many.
  if (
    rhetoricalOne(text, sentence, number) &&
    /\b(?:of|in|at|from|on|for|with|into|by)\s+$/iu.test(text.slice(Math.max(sentence.start, number.start - 8), number.start))
  )
    return null;
  // "resolution 2254", "Article 99", "Route 4", "Hall 3": a number that names something is no count of it.
  if (
    number.qualifier === 'exact' &&
    /^\d/u.test(number.raw) &&
    (IDENTIFIER_BEFORE.test(text.slice(Math.max(sentence.start, number.start - 14), number.start)) ||
      NUMBER_SIGN_BEFORE.test(text.slice(Math.max(sentence.start, number.start - 4), number.start)))
  )
    return null;
  let counted: Counted | null;
  // An ordinal is no count ("Russia's fifth veto", "the second round"): the fixtures' curation rules leave ordinals
  // out, where the seed's curated files record a veto's ordinal (a curation question, reported in issue 11, s5).
  if (number.ordinal) return null;
  const before = text.slice(Math.max(sentence.start, number.start - 30), number.start);
  const family = FAMILY_BEFORE.exec(before);
  if (family && !/^\s+(?:\p{L}+\s+)?(?:children|kids|sons|daughters|people|members)\b/iu.test(text.slice(number.end, number.end + 30))) {
    return { counted: { kind: 'thing', unit: family[1] ? 'children' : 'people', metric: 'family_size', end: number.end } };
  }
  if (
    (number.compound === 'year' && AGE_AFTER.test(text.slice(number.end, number.end + 5))) ||
    // "aged 34", "aged 18 to 40", "aged between 5 and 14": an age or a range of ages.
    // "a boy of about six".
    ((number.qualifier === 'exact' || number.qualifier === 'range' || number.qualifier === 'about') && AGED_BEFORE.test(before))
  ) {
    const end = number.compound ? number.end + 4 : number.end;
    return { counted: { kind: 'thing', unit: 'years', metric: 'age', end } };
  }
  // "a seven-day-old baby", "a three-month-old girl": an age in days, weeks or months.
  if (number.compound && /^(?:day|week|month)$/u.test(number.compound) && AGE_AFTER.test(text.slice(number.end, number.end + 5))) {
    return { counted: { kind: 'thing', unit: `${number.compound}s`, metric: 'age', end: number.end + 4 } };
  }
  // "a 2,000-strong force", "a 300-strong crowd": fighters where a force is named, else people.
  if (number.compound === 'strong') {
    const force = /^\s+(?:\p{L}+\s+){0,2}?(?:force|forces|army|militia|troops|brigade|contingent|garrison|battalion|unit|column)\b/iu.test(
      text.slice(number.end, number.end + 40),
    );
    return {
      counted: force ? { kind: 'fighter', unit: 'fighters', end: number.end } : { kind: 'person', unit: 'people', end: number.end },
    };
  }
  // "Umm Ahmad, 34, said", "the boy, 12, was": an age set off by commas after a name or a person. A caption line
  // sets the age off from the person's trade and place by a dot or a bar ("ANNA KOWALSKA, 41 · nurse · Gdańsk"); some
  // papers set it in brackets ("Omar Tan (41), a driver,"), read as if between commas. An age may close the sentence
  // after a name whose person the words before make sure of ("..., said Anas, 27.", "with her son Omar, 12.").
  const captioned = CAPTION_PART_AFTER.test(text.slice(number.end, number.end + 4));
  const bracketed = /\($/u.test(before) && /^\)/u.test(text.slice(number.end, number.end + 1));
  const mark = (bracketed ? /\s*\($/u : /,\s*$/u).exec(before)?.[0] ?? '';
  const setOff = bracketed ? `${before.slice(0, before.length - mark.length)}, ` : before;
  const after = bracketed ? text.slice(number.end + 1, number.end + 31) : text.slice(number.end, number.end + 30);
  const surePerson =
    KIN_NAMED_AGE.test(setOff) ||
    SAID_NAME_AGE.test(setOff) ||
    (mark !== '' && nameEndingAt(text, sentence.start, number.start - mark.length)?.kind === 'person');
  if (
    number.qualifier === 'exact' &&
    number.value !== null &&
    Number.isInteger(number.value) &&
    number.value <= 110 &&
    /\d/u.test(number.raw) &&
    (/^,/u.test(after) || captioned || (surePerson && /^\.(?:\s|["”’]|$)/u.test(after))) &&
    // In brackets, two capitalised words may be a body and its size ("the Security Council (15)").
    ((!bracketed && AGE_APPOSITION.test(setOff)) ||
      surePerson ||
      (!bracketed && DESCRIBED_AGE.test(setOff) && PERSON_AFTER_AGE.test(after)) ||
      (captioned && ONE_NAME_AGE.test(setOff)) ||
      // "Zaidan, 46, said Tuesday", "Hadi, 19, who ...": one capitalised name is a person where a verb of saying or
      // "who" follows the age.
      (ONE_NAME_AGE.test(setOff) &&
        (/^,\s+(?:who\b|(?:\p{L}+ly\s+)?(?:said|says|told|tells|added|recalled|explained|wrote|asked|remembered|insisted)\b)/u.test(
          after,
        ) ||
          // "Mahmoud, 63, described", "Rania, 29, a nurse,": a name whose age a past-tense verb or a description
          // follows.
          /^,\s+(?:an?\s+\p{Ll}|\p{Ll}+ed\b)/u.test(after) ||
          // (s68) "Hamza, 36, is an orthopaedic surgeon", "Maya, 34, left with her two daughters", "Rasha, 37, her
          // husband ...": a name whose age a verb a person takes or a kin word of theirs follows.
          (ONE_NAME_AGE_AFTER.test(after) &&
            !/\b(?:in|at|from|to|of|on|near|across|outside|inside)\s+\p{Lu}[\p{L}'’-]+,\s*$/iu.test(setOff)))))
  ) {
    return { counted: { kind: 'thing', unit: 'years', metric: 'age', end: number.end } };
  }
  // "children under five", "people over 60": an age limit, not a count.
  // Not "35,000 people over eight days": a span of time after it is no age.
  if (AGE_LIMIT_BEFORE.test(before) && !/^[\s-]+(?:hours?|days?|weeks?|months?)\b/iu.test(text.slice(number.end, number.end + 10)))
    return null;
  // "sleeping ten to a room", "six per tent": how crowded people are, a count of people per place, not people to whom
  // something happened.
  const crowded = PER_PLACE_AFTER.exec(text.slice(number.end, number.end + 30));
  if (crowded && number.value !== null && !number.currency) {
    return {
      counted: {
        kind: 'thing',
        unit: `people per ${(crowded[1] as string).toLowerCase()}`,
        metric: 'people',
        end: number.end + crowded[0].length,
      },
    };
  }
  const label = labelCounted(text, sentence, number) ?? labelAfterCounted(text, number);
  if (label) return { counted: label };
  // "three in every ten needed care", "one in five children": a share of people.
  if (number.ratio) {
    const noun = /^\s+(?:of\s+(?:the\s+)?)?([\p{L}]+)/u.exec(text.slice(number.end, number.end + 30))?.[1] ?? '';
    const unit = personNoun(noun);
    return {
      counted: {
        kind: 'person',
        unit: unit ? `percent of ${unit}` : 'percent',
        end: number.end + (unit ? text.slice(number.end).indexOf(noun) + noun.length : 0),
      },
    };
  }
  const money = moneyCounted(number);
  if (money) return { counted: money };
  // "300 million won", "2 billion won": the won, which CURRENCY_WORDS leaves out as a verb, is money after a scale word
  // (a count of people that "won" something is rarely in millions).
  if (/\b(?:million|billion)$/iu.test(number.raw) && /^\s+won(?![\p{L}'’])/u.test(text.slice(number.end, number.end + 6)))
    return { counted: { kind: 'thing', unit: 'won', metric: 'funding', end: number.end + text.slice(number.end).indexOf('won') + 3 } };
  // (s68) Lives a number puts at stake or says were lost: "the war has claimed more than 300,000 lives", "a siege that
  // cost thousands of lives", "shelling that threatens thousands of innocent lives", "Thousands of lives depend on it".
  // Lives lost are people killed; lives at stake are people. Not lives saved ("a deal that saved thousands of lives"):
  // what did not happen.
  const lives = LIVES_AFTER.exec(text.slice(number.end, number.end + 30));
  if (lives && !number.currency && number.value !== 0) {
    const end = number.end + lives[0].length;
    const clause = text.slice(Math.max(sentence.start, number.start - 40), number.start);
    const rest = text.slice(end, Math.min(sentence.end, end + 40));
    if (LIVES_LOST_BEFORE.test(clause)) return { counted: { kind: 'person', unit: 'lives', metric: 'killed', end } };
    if (LIVES_AT_STAKE_BEFORE.test(clause) || LIVES_AT_STAKE_AFTER.test(rest)) return { counted: { kind: 'person', unit: 'lives', end } };
  }
  const share = shareCounted(text, sentence, number);
  if (share) return 'skip' in share ? share : { counted: share };
  counted = countedNoun(text, sentence, number);
  if (counted?.metric === 'duration' && AGE_AFTER.test(text.slice(counted.end, counted.end + 6)) && /^years?$/iu.test(counted.unit)) {
    counted = { ...counted, unit: 'years', metric: 'age', end: counted.end + 4 };
  }
  // "A 2012 rebel offensive": a year, unless the very next word is a plural it counts ("2000 people").
  if (counted && isYearLike(number) && !/^\s+\p{L}*(?:s|people|children|men|women)$/u.test(text.slice(number.end, counted.end)))
    return null;
  // "nine members voted against it", "two countries abstained": a vote's tally, which the vote records.
  if ((counted?.kind === 'member' || counted?.kind === 'country') && TALLY_VERB_AFTER.test(text.slice(counted.end, counted.end + 50))) {
    return { skip: 'a vote tally, recorded with the vote' };
  }
  // "with 97 nations backing its plea for a ceasefire", "97 nations supported the Assembly's plea", "passed with the
  // backing of 97 member states", "it voted with 96 other nations": states on a side of a body's vote.
  if (
    (counted?.kind === 'member' || counted?.kind === 'country') &&
    ((/^\s+(?:(?:had|have)\s+)?(?:backing|backed|supporting|supported|opposing|opposed)\b/iu.test(
      text.slice(counted.end, counted.end + 30),
    ) &&
      /\b(?:vot\w*|resolutions?|drafts?|Assembly|Council)\b/u.test(sentence.text)) ||
      /\b(?:adopted|passed|approved|carried)\s+(?:[\p{L}]+\s+){0,2}with\s+the\s+(?:support|backing|votes)\s+of\s+$|\bvot(?:ed|es|ing)\s+with\s+$/iu.test(
        text.slice(Math.max(sentence.start, number.start - 60), number.start),
      ))
  ) {
    return { skip: 'a vote tally, recorded with the vote' };
  }
  // "had the support of 11 of the Council's 15 members", "which nine of the council's members backed": some of a
  // body's members on one side of a vote, a tally too.
  if (
    counted?.kind === 'member' &&
    /^\s+of\s+(?:the|its|their)\b/iu.test(text.slice(number.end, number.end + 10)) &&
    (SIDE_BEFORE.test(before) || SIDE_AFTER.test(text.slice(counted.end, counted.end + 30)))
  ) {
    return { skip: 'a vote tally, recorded with the vote' };
  }
  // The side a text won (SIDE_WON_BEFORE: "secured the votes of nine members"), a tally though no body follows the
  // count.
  if (
    (counted?.kind === 'member' || (counted?.kind === 'person' && counted.unit === 'members')) &&
    SIDE_WON_BEFORE.test(text.slice(Math.max(sentence.start, number.start - 50), number.start))
  ) {
    return { skip: 'a vote tally, recorded with the vote' };
  }
  // "a text that eleven members of this Council supported": the members on one side of a vote.
  if (
    counted?.kind === 'member' &&
    (MEMBERS_SIDE_AFTER.test(text.slice(counted.end, counted.end + 60)) || MEMBERS_SIDE_BEFORE.test(before))
  ) {
    return { skip: 'a vote tally, recorded with the vote' };
  }
  if (bodySize(text, sentence, number, counted)) return { skip: 'the size of a body ("the 15-member council"), which its votes use' };
  // "strikes damaged the last four that had been working", "the remaining two were shut": the things or people
  // named earlier in the sentence.
  // Not "the only one that followed the agreement": a pronoun, no count.
  if (!counted && number.value !== 1 && LAST_OF_BEFORE.test(before)) counted = antecedentCounted(text, sentence, number);
  if (
    !counted &&
    (IMPLIED_PEOPLE.test(text.slice(number.end, number.end + 20)) ||
      participleOfPeople(text, sentence, number) ||
      scaleMoreOfPeople(text, number))
  ) {
    counted = { kind: 'person', unit: 'people', end: number.end };
  }
  // "the newcomers, several hundred of whom were sleeping in mosques", "some 6,000 who reached": people, counted
  // by the noun they refer back to where it is near.
  const relative = !counted && RELATIVE_PEOPLE.exec(text.slice(number.end, number.end + 20));
  if (relative) {
    const before = text
      .slice(Math.max(sentence.start, number.start - 60), number.start)
      .split(/\s+/u)
      .reverse();
    const cleaned = before.map((w) => w.replace(/[^\p{L}]/gu, ''));
    const isThing = (w: string) => NOUNS.some(([pattern, c]) => c.kind === 'thing' && pattern.test(w));
    const personAt = cleaned.findIndex((w) => personNoun(w));
    const thingAt = cleaned.findIndex(isThing);
    // The nearest noun is what "them" refers to: "9,500 videos ... about 700 of them" are videos, not the monitors.
    const antecedent = personAt >= 0 && (thingAt < 0 || personAt < thingAt) ? cleaned[personAt] : undefined;
    // "five of them" counts what "them" stands for: people only where people were just named.
    if (
      antecedent ||
      !/of (?:them|those)$/iu.test(relative[0]) ||
      PEOPLE_VERB_AFTER.test(text.slice(number.end + relative[0].length, number.end + relative[0].length + 40))
    ) {
      const unit = antecedent ? (personNoun(antecedent) as string) : 'people';
      counted = { kind: 'person', unit, end: number.end + relative[0].length };
    } else {
      // "field clinics in basements, perhaps six or seven of them": the things just named.
      const words = cleaned;
      const index = thingAt;
      const thing = index >= 0 ? NOUNS.find(([pattern, c]) => c.kind === 'thing' && pattern.test(words[index] as string)) : undefined;
      if (thing) {
        const unit = thingUnit(
          words
            .slice(index, index + 2)
            .reverse()
            .filter((w) => w && !PHRASE_STOP.test(w)),
        );
        counted = { ...thing[1], unit, end: number.end + relative[0].length };
      } else if (/of (?:them|those)$/iu.test(relative[0])) {
        // "Barrel bombs do most of the damage. Rescuers recorded 214 of them in ten days.": with no noun before it in
        // its sentence, "them" stands for the subject of the sentence before.
        const earlier = previousSubject(text, sentence);
        if (earlier) counted = { ...earlier, end: number.end + relative[0].length };
      }
    }
  }
  // "have given figures of up to 10,000 for the rebels", "an estimate of 3,000 for the dead": the noun after "for".
  if (!counted && FIGURE_OF_BEFORE.test(before)) {
    const noun = /^\s+for\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}-]+\s+)?[\p{L}-]+)/u.exec(text.slice(number.end, number.end + 40))?.[1];
    const person = noun ? personOrFighter(noun.split(/\s+/u)) : null;
    if (person) counted = { ...person, end: number.end };
  }
  const numberOf = !counted && NUMBER_OF.exec(text.slice(Math.max(sentence.start, number.start - 130), number.start));
  if (numberOf) {
    // "the number of Jabhat Fateh al-Sham fighters in the east at": the first noun of people among the words.
    const person = personOrFighter([numberOf[1] as string, ...(numberOf[2] ?? '').trim().split(/\s+/u)]);
    if (person) counted = { ...person, end: number.end };
    // "the number of displaced rose to 120,000": people, by what happened to them.
    const plight = person ? null : plightIn(numberOf[1] as string);
    if (plight) counted = { kind: 'person', unit: 'people', metric: plight, end: number.end };
  }
  // (s37) "bringing the number evacuated since Thursday to more than 20,000": the words after the count's noun say
  // what happened to the people counted, as after "put the total" (PUT_AT).
  const countOf = !counted && COUNT_WORDS_TO.exec(text.slice(Math.max(sentence.start, number.start - 100), number.start));
  const countOfPlight = countOf ? plightIn(countOf[1] as string) : null;
  if (countOfPlight) counted = { kind: 'person', unit: 'people', metric: countOfPlight, end: number.end };
  // "The new deaths bring the total to 1,250": a running total of what the clause before it counts.
  const total = !counted && TOTAL_TO.exec(text.slice(Math.max(sentence.start, number.start - 120), number.start));
  const totalPlight = total && !THING_WORD.test(total[1] as string) ? plightIn(total[1] as string) : null;
  if (totalPlight) counted = { kind: 'person', unit: 'people', metric: totalPlight, end: number.end };
  const putAt = counted ? null : PUT_AT.exec(text.slice(Math.max(sentence.start, number.start - 80), number.start));
  // "puts the total evacuated at about 35,000": the words after "the total" say what happened to people.
  const putPlight = putAt?.[1] ? plightIn(putAt[1]) : null;
  if (putPlight) counted = { kind: 'person', unit: 'people', metric: putPlight, end: number.end };
  if (!counted && putAt) {
    // The people a relative pronoun stands for, not the ones putting the number ("whom aid workers put at"), or the
    // fighters ("the gunmen of the Front, whom the envoy estimated at some 900").
    const window = text.slice(Math.max(sentence.start, number.start - 120), number.start);
    const relative = window.search(/\b(?:whom|which)\b[^,;]*$/iu);
    const earlier = (relative >= 0 ? window.slice(0, relative) : window)
      .split(/\s+/u)
      .map((w) => w.replace(/[^\p{L}]/gu, ''))
      .reverse()
      .find((w) => personOrFighter([w]));
    if (earlier) counted = { ...(personOrFighter([earlier]) as Omit<Counted, 'end'>), end: number.end };
    // (s59) "Nobody could say for certain how many remained: UN officials put the figure at anywhere from 30,000 to
    // 50,000": the people a question of how many asks after, by what happened to them.
    const howMany = counted
      ? null
      : /\bhow\s+many(?:\s+(?:people|civilians))?\s+(?:had\s+|have\s+|were\s+|are\s+)?(\p{Ll}+)/u.exec(
          text.slice(sentence.start, number.start),
        );
    // "how many remained" asks after those left inside, as "remain inside" tells (figure-metric.ts).
    const asked = howMany
      ? (plightIn(howMany[1] as string) ?? (/^remain(?:s|ed)?$/u.test(howMany[1] as string) ? plightIn('remain inside') : null))
      : null;
    if (asked) counted = { kind: 'person', unit: 'people', metric: asked, end: number.end };
  }
  // "The offensive has displaced 11 million", "shelling killed 12 in Sukkari": people, what the verb did to them.
  const doneTo = !counted && DONE_TO_BEFORE.exec(text.slice(Math.max(sentence.start, number.start - 40), number.start));
  if (doneTo) {
    const metric = plightIn(doneTo[0]);
    if (metric) counted = { kind: 'person', unit: 'people', metric, end: number.end };
  }
  if (
    !counted &&
    !CAPACITY_BEFORE.test(before) &&
    TAKEN_IN_BEFORE.test(before) &&
    // A noun after the number's own phrase is what it counts, even one the lexicon lacks ("received 40 crates").
    /^\s*(?:[,.;:!?)"”’—–]|$|\s+(?:on|in|at|by|before|after|since|during|over|from|last|this|so|alone|already|yesterday|today)\b)/iu.test(
      text.slice(number.end, number.end + 12),
    )
  ) {
    counted = { kind: 'person', unit: 'people', metric: 'moved', end: number.end };
  }
  if (!counted && DEATH_TOLL.test(text.slice(Math.max(sentence.start, number.start - 40), number.start))) {
    counted = { kind: 'person', unit: 'people', metric: 'killed', end: number.end };
  }
  const turningAge = TURNING_AGE_BEFORE.test(before) && AGE_DAY_AFTER.test(text.slice(number.end, number.end + 20));
  if (
    !counted &&
    (IS_AGE_BEFORE.test(before) ||
      (NAME_IS_AGE_BEFORE.test(before) &&
        // (s68) or a semicolon closes the clause: "Ahmad was 22; Omar would have been 21".
        (/^[.;](?:\s|["”’]|$)/u.test(text.slice(number.end, number.end + 2)) || turningAge))) &&
    number.value !== null &&
    Number.isInteger(number.value) &&
    number.value <= 110 &&
    (/^\s*(?:[,.;]|$|\s+(?:years?|and)\b)/u.test(text.slice(number.end, number.end + 8)) || turningAge)
  ) {
    return { counted: { kind: 'thing', unit: 'years', metric: 'age', end: number.end } };
  }
  if (!counted && CAPACITY_BEFORE.test(before)) return { counted: { kind: 'thing', unit: 'people', metric: 'capacity', end: number.end } };
  if (!counted && POPULATION_BEFORE.test(before)) counted = { kind: 'person', unit: 'people', end: number.end };
  if (!counted && WE_ARE_BEFORE.test(before)) counted = { kind: 'person', unit: 'people', end: number.end };
  // "the fighters still holding the south number no more than 5,000": the people or fighters of the clause before.
  if (!counted && NUMBER_VERB_BEFORE.test(before)) {
    const clause =
      text
        .slice(sentence.start, number.start)
        .split(/[;:]|,\s/u)
        .at(-1) ?? '';
    const person = personOrFighter(clause.split(/\s+/u).map((w) => w.replace(/[^\p{L}-]/gu, '')));
    if (person) counted = { ...person, end: number.end };
    // "the first group would number several thousand", "the crowd numbered about 300": a body of people.
    else if (/\b(?:group|groups|crowd|crowds|convoy|column|contingent|party|delegation|caravan|wave)\b/iu.test(clause))
      counted = { kind: 'person', unit: 'people', end: number.end };
    // "those taken for questioning numbered a few hundred": "those" who something happened to are people.
    else if (/\bthose\s+(?:who\s+)?\p{Ll}+(?:ed|en)\b/u.test(clause)) {
      const plight = plightIn(clause.slice(clause.search(/\bthose\b/u)));
      counted = { kind: 'person', unit: 'people', ...(plight ? { metric: plight } : {}), end: number.end };
    }
  }
  // "Nobody knows how many civilians remain; estimates run from 15,000 to 50,000": the noun of "how many" before it.
  if (!counted) {
    const asked = /\bhow many\s+(?:more\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)([^;:?]*)/iu.exec(text.slice(sentence.start, number.start));
    const unit = (asked?.[1] ?? '').split(/\s+/u).map(personNoun).find(Boolean) ?? null;
    // What the question says happened to them: "how many children were hurt".
    const plight = asked ? plightIn(`${asked[1]}${asked[2]}`) : null;
    if (unit) counted = { kind: 'person', unit, ...(plight ? { metric: plight } : {}), end: number.end };
  }
  if (!counted) counted = headingCounted(text, number);
  if (!counted) counted = peopleByTheirVerb(text, sentence, number);
  if (!counted) counted = thingByItsPlace(text, sentence, number);
  if (!counted) return number.value !== 1 ? { skip: 'no counted noun after the number', noNoun: true } : null;
  // "one day", "a single week", "a council in which one member can stop everything": a rhetorical one, not a count.
  if (counted.kind !== 'person' && counted.kind !== 'fighter' && rhetoricalOne(text, sentence, number)) return null;
  if (counted.kind === 'ignored') {
    const occurrences = occurrencesCounted(text, sentence, number);
    if (occurrences) return { counted: occurrences };
    return { skip: `counts ${text.slice(number.end, counted.end).trim() || 'a unit'}, which has no figure metric` };
  }
  return { counted };
}

// "27 times", not a multiplier ("three times as many", "five times higher", "ten times the size") nor a rate ("four
// times a day", "twice per week").
const TIMES_AFTER =
  /^\s+times\b(?!\s+(?:as|more|less|fewer|higher|lower|greater|larger|bigger|smaller|over|the|that|what|a|an|per|each|every)\b)/iu;
// What was done that many times: an attack, or a post seen or passed on. The verb is the nearest before the number in
// its clause, in any voice ("struck the hospital four times", "the clinic was hit at least 12 times"), in lower case
// (not "Relief Watch counted").
const TIMES_DONE: [RegExp, Pick<Counted, 'unit' | 'metric'>][] = [
  [
    /\b(?:attack(?:ed|s|ing)?|struck|strik(?:e|es|ing)|hit|hits|bomb(?:ed|s|ing)|shell(?:ed|s|ing)|target(?:ed|s|ing)|raid(?:ed|s|ing)|strafed|pounded)\b/gu,
    { unit: 'attacks', metric: 'attacks' },
  ],
  [/\b(?:view(?:ed|s)?|watch(?:ed|es)?|seen|play(?:ed|s)?|download(?:ed|s)?|open(?:ed|s))\b/gu, { unit: 'views', metric: 'documents' }],
  [/\b(?:shar(?:ed|es|e)|retweet(?:ed|s)?|repost(?:ed|s)?|forward(?:ed|s)?|lik(?:ed|es))\b/gu, { unit: 'shares', metric: 'documents' }],
];

/**
 * How many times something was done ("attacked hospitals at least 27 times", "the video was viewed more than 90,000
 * times", "shared 4,000 times"): a count of the attacks or of the views and shares, by the verb of its clause; null
 * where the clause does neither.
 */
function occurrencesCounted(text: string, sentence: Span, number: NumberExpression): Counted | null {
  const times = TIMES_AFTER.exec(text.slice(number.end, number.end + 30));
  if (!times || number.ordinal) return null;
  const window = text.slice(Math.max(sentence.start, number.start - 120), number.start);
  const clause = window.slice(Math.max(window.lastIndexOf(';'), window.lastIndexOf(' — '), window.lastIndexOf(':')) + 1);
  let best: { index: number; done: Pick<Counted, 'unit' | 'metric'> } | null = null;
  for (const [pattern, done] of TIMES_DONE) {
    for (const match of clause.matchAll(pattern)) if (!best || match.index > best.index) best = { index: match.index, done };
  }
  return best ? { kind: 'thing', ...best.done, end: number.end + times[0].length } : null;
}
