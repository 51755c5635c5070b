/**
 * Names the gazetteer does not know: a run of capitalised words next to a speech verb ("Jens Laerke", "the U.N.
 * Office for the Coordination of Humanitarian Affairs", "UNICEF"), split from the title before it ("Syrian Foreign
 * Minister Walid al-Moualem") and classed as a person or an organisation by its shape, so that the curator gets a
 * proposed actors.yaml entry instead of a statement attributed to the wrong actor.
 */
import countries from 'i18n-iso-countries';
import type { ACTOR_KINDS } from '../db/schema.js';
import { escapeRegExp, NAME_ABBREVIATIONS, nameAsWord, PLACE_LIKE_ABBREVIATIONS, type Span } from './text-segments.js';

export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface NameCandidate extends Span {
  name: string;
  kind: ActorKind;
  /** The title printed before the name ("Syrian Foreign Minister"), when there is one. */
  title: string | null;
}

/**
 * The lower-case particles a person's name may hold between its capitalised words ("Ursula von der Leyen", "Staffan
 * de Mistura", "Hamad bin Jassim", "Ibrahim al Laith", "Maria dos Santos", Guinea-Bissau's "Ana na Tchuda"). The one list: labelled-turns.ts,
 * document-author.ts and speaker-resolution.ts build their name patterns from it.
 */
export const NAME_PARTICLES = [
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'bin',
  'binti',
  'bint',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'abu',
  'ben',
  'y',
  'na',
  // (s57) The Welsh patronymic's "son of", kept as a surname's part: "Ellen ap Gwynn", "Dafydd ap Iorwerth".
  'ap',
] as const;
/** The particles as a pattern's alternation, for a regex source: "(?:de|del|...)". */
export const NAME_PARTICLE = `(?:${NAME_PARTICLES.join('|')})`;
/**
 * The particles that link a person's name to the father's ("Hamad bin Isa", "Zaleha binti Kassim", "Amir Hakim bin
 * Haji Kassim"): what follows is the father's name, with his own titles, no name of the person alone.
 */
const PATRONYMIC = /^(?:bin|binti|bint|ibn|ben)$/iu;
export const isPatronymic = (word: string) => PATRONYMIC.test(word);
/** The particles an Arabic name joins to the next word by a hyphen, lower case before a capital ("al-Moualem", "bin-Talal"). */
export const HYPHENED_PARTICLE = '(?:al|el|bin|ibn|abu|ben)-';
// Lower-case words that may sit inside a name: particles of personal names and the glue of organisation names.
const PARTICLES = new Set<string>(NAME_PARTICLES);
const ORGANIZATION_GLUE = new Set(['of', 'for', 'the', 'and', 'on']);
/**
 * Honorifics: how a person is addressed, not what the person does ("Mr", "Dr", "Sheikh", "the Reverend", "Rev", "the Rt Revd", "Fr"
 * with or without the stop, as British and Commonwealth style drops it: "Rev Jo Roe", "Fr Roe"; a prelate's "Mons.",
 * "Msgr.", "Mgr"), the Malay press's "Yang Berhormat Dato Paduka Haji", "Datuk Seri", "Awang", "Dayang", "Pehin",
 * "Pengiran", West Africa's "Alhaji", Thailand's "Khun", the Portuguese-speaking world's bishops' "Dom", India's "Shri" and "Smt"). Titles
 * (below), so no part of the name after them; no role either (`withoutHonorifics`). An abbreviation of
 * NAME_ABBREVIATIONS (text-segments.ts) counts with its stop too; one that is also a town's name only with it ("Mons.").
 */
const HONORIFICS = new Set(
  `Mr Mrs Ms Dr HE H.E. Sheikh Shaikh Honourable Honorable Hon Rt Rev Revd Reverend Fr Msgr Mgr Monsignor Dom Alhaji Alhaja Haji Hajah Hajjah
  Berhormat Mulia Dato Dato' Dato’ Datuk Datin Seri Paduka Pehin Pengiran Awang Dayang Tengku Tunku Encik Cik Puan Ustaz Ustazah
  Khun Shri Smt Shrimati`
    .split(/\s+/u)
    .flatMap((word) => (NAME_ABBREVIATIONS.includes(word) ? [word, `${word}.`] : [word]))
    .concat(PLACE_LIKE_ABBREVIATIONS.map((word) => `${word}.`)),
);
/** Whether a word is an honorific (HONORIFICS): "Mr", "Dr.", "Sheikh", "Shri". */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word);
}
// A legislator's letters or title, which take the party or the seat before them into the title ("Labour MP Jo Roe",
// "Dundee West MSP Jo Roe", "Fianna Fáil TD Jo Roe", "Councillor Jo Roe"); lower-cased, the office a description
// names ("the Labour MP": speaker-resolution.ts).
export const LEGISLATOR_TITLES =
  'MP MSP MEP MLA MHA MHK MNA MPP TD Cllr Councillor Councilman Councilwoman Alderman Congressman Congresswoman Assemblyman Assemblywoman';
// The legislator's letters printed after a name ("Jo Roe MP"); the capitals of LEGISLATOR_TITLES only.
const POST_NOMINAL = new RegExp(
  `^(?:${LEGISLATOR_TITLES.split(' ')
    .filter((title) => /^\p{Lu}+$/u.test(title))
    .join('|')})$`,
  'u',
);
// Capitalised words that are titles rather than names: a name is what follows the last of them.
const TITLE_WORDS = new Set([
  ...`Minister Ministers Ambassador Secretary Secretary-General Under-Secretary-General Envoy President Vice Prime Deputy Chief Director Spokesman
  Spokeswoman Spokesperson General Gen Gen. Amb Amb. Commander Coordinator Adviser Advisor Representative Chairman Chairwoman Chair Head
  Brigadier Colonel Col. Major Maj. Captain Capt. Lt. Lieutenant Sen. Senator Rep. Gov. Governor King Queen Prince Pope Chancellor
  Premier Mayor Commissioner High Special Foreign Defense Defence Interior Justice State Humanitarian Emergency Relief Affairs Development Cooperation Emir Imam Bishop Archbishop Cardinal Patriarch
  Father Professor Prof Prof. Judge Justice Officer Spokes Permanent Observer Delegate Delegation Minister-Counsellor Counsellor Pastor Mufti
  Organiser Organizer Treasurer Chairperson Founder Co-founder Curator Rector Vicar Chaplain Principal Headteacher Superintendent Inspector
  Sergeant Constable Detective Administrator Registrar Secretary-Treasurer President-elect Speaker Dean Provost Warden Ombudsman
  Volunteer Activist Campaigner Nurse Midwife Paramedic Surgeon Pharmacist Photographer Teacher
  ${LEGISLATOR_TITLES}`.split(/\s+/u),
  ...HONORIFICS,
]);
// An honorific that is also a part of Arabic names inside them ("Wael Sheikh Ahmad", "Ali Sheikh Hassan").
const NAME_PART_HONORIFIC = /^(?:Sheikh|Shaikh)$/u;
// "Yang Berhormat", "Yang Mulia": the Malay "the" of an honorific, a surname elsewhere ("Yang Jiechi").
const HONORIFIC_ARTICLE = /^(?:Yang|Yg\.?)$/u;

/**
 * Text less the honorifics that end it, the space before them kept: "Second Minister of Foreign Affairs Yang Berhormat
 * Dato Paduka Haji" -> "Second Minister of Foreign Affairs "; "the envoy, Datuk " -> "the envoy, "; "Datuk Seri" -> ""
 * (an honorific alone is no office).
 */
export function withoutHonorifics(text: string): string {
  let rest = text;
  for (;;) {
    const last = /(\S+)\s*$/u.exec(rest);
    if (!last || !HONORIFICS.has(last[1] as string)) return rest;
    rest = rest.slice(0, last.index);
    const article = /(\S+)\s*$/u.exec(rest);
    if (article && HONORIFIC_ARTICLE.test(article[1] as string)) rest = rest.slice(0, article.index);
  }
}

/**
 * Whether a capitalised word is a title: one of the title words; one joined to a lower-case word that qualifies the
 * office ("President-elect Ana Ruiz", "Prime Minister-designate Omar Tan", "Commander-in-chief Ivo Lenk"); or title
 * words joined by hyphens ("Lieutenant-General Ivo Lenk", "Vice-President Ana Ruiz", "Major-General Omar Tan").
 */
export function isTitleWord(word: string): boolean {
  if (TITLE_WORDS.has(word)) return true;
  const joined = /^(\p{Lu}[\p{L}.]*)-(?:elect|designate|in-chief|at-large)$/u.exec(word);
  if (joined) return TITLE_WORDS.has(joined[1] as string);
  const parts = word.split('-');
  return parts.length > 1 && parts.every((part) => TITLE_WORDS.has(part));
}

/**
 * Whether the word at `index` ends a legislator's title of two words: "Council Member Roe", "Assembly Member Roe" (the
 * house style of American city councils' minutes and of state assemblies), where "Member" is a title only after the
 * body it sits in and before a name ("Council Member States" are states).
 */
function endsMemberTitle(run: Token[], index: number): boolean {
  const next = run[index + 1]?.text ?? '';
  return (
    run[index]?.text === 'Member' &&
    /^(?:Council|Assembly)$/u.test(run[index - 1]?.text ?? '') &&
    !/^(?:States?|Countries|Nations|Organi[sz]ations)$/u.test(next)
  );
}

/**
 * The title word that ends a title when the run's last word is a title word too: a surname that is also a title
 * ("Foreign Minister Julie Bishop", "Senator Ana King", "Ambassador Omar Major") is the name's end, not a title with
 * no name after it. Read so only when a name word (capitalised, no title) stands between an earlier title word and
 * that last word; a run of titles alone ("Deputy Foreign Minister", "Secretary of State") keeps `lastTitle`.
 */
function surnameAfterTitle(run: Token[], lastTitle: number): number {
  if (lastTitle !== run.length - 1 || run.length < 3) return lastTitle;
  for (let title = lastTitle - 1; title >= 0; title--) {
    if (!isTitleWord((run[title] as Token).text)) continue;
    const between = run.slice(title + 1, lastTitle);
    const nameWord = (w: Token) => /^\p{Lu}\p{Ll}/u.test(w.text) && !isTitleWord(w.text) && !NOT_NAMES.has(w.text);
    return between.length > 0 && between.every(nameWord) ? title : lastTitle;
  }
  return lastTitle;
}

// Words that make a run of capitals an organisation, and those that make it an armed group. A body's head word in
// the language of its name counts too ("Universiti Brunei Darussalam", "Yayasan Kasih Syam", "Instituto Nacional").
const ORGANIZATION_WORDS =
  /\b(?:Universiti|Universitas|Universidad|Universidade|Institut|Instituto|Istituto|Kementerian|Kementrian|Jabatan|Majlis|Yayasan|Persatuan|Pertubuhan|Lembaga|Ministerio|Ministerium|Fundación|Fundação|Fondation|Fondazione|Stiftung|Asociación|Associação|Associazione|Organi[sz]ation|Observatory|Monitor|Committee|Council|Agency|Office|Fund|Programme|Program|Watch|Institute|Cent(?:er|re)|Ministry|Red Cross|Red Crescent|Group|Network|Foundation|Association|Union|Federation|Coalition|Commission|Department|Doctors|Helmets|Society|Party|Authority|Mission|Embassy|Consulate|Bank|Court|Assembly|Initiative|Alliance|League|Service|Services|Media|News|Agency|Trust|Campaign|Directorate|Administration|Municipality|Guard|Coastguard|Prefecture|Gendarmerie|Crescent|Relief|Archive|Archives|Project|Unit|Board|Bureau|Secretariat|Forum|Platform|Chamber|Parliament|Congress|Senate|Cabinet|Government|Police|Hospital|Clinic|Cathedral|Diocese|Archdiocese|Nunciature|Patriarchate|Mosque|University|College|Academy|Company|Corporation|Consortium|Radio|Television|Times|Journal|Review|Tribune|Herald|Documentation|Supply|Defence|Defense|Physicians|Surgeons|Rescue|Solidarity|Aid|International|Worldwide|Partners|Fraternal|Fellowship|Brotherhood|Sisterhood|Guild|Fraternity|Synod)\b/u;
// A government's seat named for its office ("the Kremlin said", "Downing Street said"): an organisation speaking.
const SEAT_OF_GOVERNMENT = /^(?:Kremlin|Pentagon|Élysée|Elysee|White House|Downing Street|Quai d'Orsay|Quai d’Orsay)$/u;
const ARMED_GROUP_WORDS =
  /\b(?:Army|Front|Brigade|Brigades|Forces|Militia|Battalion|Movement|Legion|Corps|Jabhat|Jaysh|Jaish|Harakat|Liwa|Kataib|Katibat|Ahrar|Faylaq|Saraya)\b/u;
// Months that are also first names (Jan, May, June) are left out: a name is likelier than a date before a verb.
const NOT_NAMES = new Set(
  `The A An In On At By For But And Or If When While After Before As Since Until Although Though However Meanwhile Then This That These Those
  He She It They We I You His Her Its Their Our My Your Yesterday Today Tonight Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
  September October November December Feb Sept Oct Nov Dec Speaking Briefing Asked Expressing
  Addressing Writing Meanwhile Separately Earlier Later Also Now Only Most Many Some All Several Both Each Other Others More Few Every
  Under Despite Without Among Between Through During Against Despite Where Whether What Why How Who Which There Here`.split(/\s+/u),
);

/**
 * A noun for someone who does something, read by its agent ending (-er, -or, -ist, -ian, -ant, -ent, -man, -woman,
 * -person, -ee, -ive, -ary, singular or plural): "volunteer", "councillor", "alderwoman", "organiser". Words with such
 * an ending that name nobody (comparatives and adverbs, places and things: "the old quarter", "a statement", "the
 * border") are refused. The one home of the test: descriptions of a person (speaker-resolution.ts) and false titles
 * before a name (below) read it.
 */
export function isAgentNoun(word: string): boolean {
  return AGENT_NOUN.test(word) && !NO_AGENT.test(word);
}
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent|man|woman|person|ee|ive|ary)s?$/u;
const NO_AGENT =
  /^(?:other|latter|former|after|however|together|whether|either|neither|later|earlier|ever|never|over|under|rather|further|quarter|border|cent(?:er|re)|corner|shelter|river|water|theat(?:er|re)|tower|chamber|number|letter|paper|order|winter|summer|matter|power|\p{L}*ment)s?$/u;

/**
 * Where a run of capitals before a person's name is a role printed as a title ("false title"), not a part of the
 * name: leading capitalised words that end on an agent noun ("Volunteer", "City Manager", "Harbour Pilot"), then a
 * name of two words or more that is a person's by its shape. "Volunteer Omar Tan said", "Deputy Harbour Master Jo
 * Lind said", "Shelter Coordinator Ana Ruiz told". A first name may have an agent's ending too ("Peter", "Brian",
 * "Oliver"): one such word is a role only if the text also writes it in lower case ("the volunteers", "a manager"),
 * which it never does for a first name. Returns the index of the last word of the role in `run`, or -1.
 */
function falseTitleEnd(run: Token[], text: string): number {
  for (let last = run.length - 3; last >= 0; last--) {
    const role = run.slice(0, last + 1);
    if (role.some((w) => NOT_NAMES.has(w.text) || !/^\p{Lu}\p{Ll}/u.test(w.text))) continue;
    const head = (run[last] as Token).text;
    if (!isAgentNoun(head.toLowerCase())) continue;
    const name = run.slice(last + 1);
    if (classify(text.slice((name[0] as Token).start, (name.at(-1) as Token).end)) !== 'person') continue;
    const stem = escapeRegExp(head.toLowerCase().replace(/s$/u, ''));
    if (role.length === 1 && !new RegExp(`(?<![\\p{L}])${stem}s?(?![\\p{L}])`, 'u').test(text)) continue;
    return last;
  }
  return -1;
}

// Titles only a person holds (not the words of an office's name: "Foreign", "Affairs", "Relief").
// (s68) And "Judge": one name after it is a judge's surname ("First-tier Tribunal Judge Arnholt found that ...").
const PERSON_TITLE =
  /^(?:President|Minister|Secretary|Secretary-General|Chancellor|Ambassador|Amb|Amb\.|Envoy|Senator|Sen\.|Rep\.|Gov\.|Governor|Mayor|General|Gen\.|Colonel|Col\.|Commander|Spokesman|Spokeswoman|Spokesperson|Dr|Dr\.|Mr|Mr\.|Mrs|Mrs\.|Ms|Ms\.|Prof\.|Professor|King|Queen|Prince|Pope|Patriarch|Cardinal|Archbishop|Bishop|Rabbi|Mufti|Pastor|Father|Fr|Fr\.|Rev|Rev\.|Revd|Reverend|Emir|Premier|Sheikh|Imam|Commissioner|Coordinator|Representative|Judge)$/u;
const LOWERCASE_TITLE_BEFORE =
  /((?:[\p{L}.'’-]+\s+){0,3}(?:spokesman|spokeswoman|spokesperson|minister|envoy|ambassador|chief|official|director|head|coordinator|commander|president|secretary|adviser|advisor|representative|negotiator|general|mediator)\s+)$/u;
const TOKEN = /[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Ll}][\p{L}\p{M}'’-]*/gu;

interface Token extends Span {
  text: string;
}

function tokens(text: string, span: Span): Token[] {
  return [...text.slice(span.start, span.end).matchAll(TOKEN)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
    text: m[0],
  }));
}

// "al-Moualem" is part of a name although it starts in lower case.
const HYPHENED_NAME_WORD = new RegExp(`^${HYPHENED_PARTICLE}\\p{Lu}`, 'u');
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) || HYPHENED_NAME_WORD.test(word);
// An initial: a capital, at most one small letter and its full stop ("E.", "Ts.").
const INITIAL = String.raw`\p{Lu}\p{Ll}?\.`;
const INITIAL_WORD = new RegExp(`^${INITIAL}$`, 'u');
/**
 * A name printed as its patronymic's initial joined to the given name ("Ts.Munkh-Orgil", "B.Enkhjargal",
 * "N.Nazarbayev"): the house style of Mongolian, Kazakh, Kyrgyz and Russian-language papers. One word, yet a person's.
 */
const INITIALLED_NAME = new RegExp(String.raw`^(?:${INITIAL})+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$`, 'u');

/**
 * The words of a name, an initial joined to the given name a word of its own ("Ts.Munkh-Orgil" -> "Ts.",
 * "Munkh-Orgil"): such a name is a full one, and its last word is the name a story may use alone later.
 */
export function nameWords(name: string): string[] {
  return name
    .trim()
    .split(/\s+/u)
    .flatMap((word) => (INITIALLED_NAME.test(word) ? word.split(/(?<=\.)(?=\p{Lu})/u) : [word]));
}
/**
 * Whether a person's name ends on the father's name ("Amir Hakim bin Haji Kassim"), not on a family's ("Hamad bin
 * Isa Al Khalifa", "Ali bin Omar al-Hashimi"): its last word is then no surname, and a story calls the person by the
 * words before the link ("Amir Hakim said").
 */
export function endsOnFathersName(name: string): boolean {
  const words = nameWords(name);
  const link = words.findLastIndex(isPatronymic);
  return link >= 0 && !words.slice(link + 2).some((word) => /^(?:Al|El|al|el)(?:-|$)/u.test(word));
}
/**
 * A name apposed inside a relative clause about a subject, as its last words before the clause's closing comma (", who
 * came with his wife, Ana Roe,"), or with the clause going on after it in lower case (", who dined with the Dean, Ana
 * Roe, on Friday,"): optional, a pattern's tail. The one home of this reading for the subject's clause
 * (statement-extractor.ts) and the subject itself (speaker-resolution.ts), which both drop the relative clause whole.
 */
export const RELATIVE_APPOSED_NAME = String.raw`(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Ll}[^,;:"“”]{0,60})?)?`;
/**
 * A body's short name defined in brackets right after its full name: initials in capitals ("(UNICEF)") or mixed case
 * ("(MoHE)", "(Kirab)", "(Dirtec)"), or a shortened name ("(Nur Harapan)"), as Malay, Gulf, African and Asian papers
 * write them and then use them alone ("MoHE said"). Group 1 is the short name; the pattern matches at the bracket.
 */
export const BRACKETED_SHORT_NAME = /\((\p{Lu}[\p{L}&'’-]{1,11}(?: \p{Lu}[\p{L}&'’-]{1,11}){0,2})\)/u;
const isAcronym = (word: string) => /^(?:\p{Lu}\.?){2,}$/u.test(word.replace(/\.$/, '')) && word.replace(/\./g, '').length >= 2;

/**
 * The ISO 3166 alpha-3 code of a state named by its ISO English name as prose writes a name ("Mexico", "Sri Lanka",
 * "the Republic of Korea" less its article), not in capitals (a dateline's "KUWAIT", a speaker's label); else undefined.
 * `capitals`: a name in capitals counts too, where the caller reads a name, never a dateline or a label (an acronym the
 * library knows, "UAE", "UK", in a vote's member list, a lead's subject, a speech's heading). Dependent territories
 * ("Greenland", "Puerto Rico") have codes too and are kept: the library does not tell them apart, and a territory's
 * government speaks for it ("Greenland said"), as a state's does.
 */
export function isoStateCode(name: string, { capitals = false } = {}): string | undefined {
  if (!capitals && name === name.toUpperCase()) return undefined;
  return countries.getAlpha3Code(name, 'en');
}

// Country-code domains that sites take for their letters ("tv", "fm", "io"), not for a country.
const GENERIC_COUNTRY_DOMAINS = new Set(['ai', 'cc', 'co', 'fm', 'io', 'me', 'tv', 'ws']);

/**
 * The state an outlet's URL places it in, by its country-code domain ("www.oresundpost.dk" -> "Denmark", ".co.nz" ->
 * "New Zealand", ".uk" -> "United Kingdom"); undefined for a generic domain (".com", ".org", ".tv"). Of the state's
 * English names, the one the article's text uses (".com.tr" -> "Turkey" where the story says "Turkey", not the
 * standard's "Türkiye"), else the standard's.
 */
export function outletState(url: string | null | undefined, text = ''): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const top = new URL(url).hostname.split('.').at(-1) ?? '';
  if (!/^[a-z]{2}$/u.test(top) || GENERIC_COUNTRY_DOMAINS.has(top)) return undefined;
  const code = top === 'uk' ? 'GB' : top.toUpperCase();
  // (s58) An inverted formal name ("Moldova, Republic of") is read by its short name before the comma too.
  const names = (countries.getName(code, 'en', { select: 'all' }) ?? []).flatMap((name) =>
    name.includes(', ') ? [name.split(', ')[0] as string, name] : [name],
  );
  const short = names.find((name) => /^\p{Lu}\p{Ll}/u.test(name) && nameAsWord(name).test(text));
  const fallback = countries.getName(code, 'en');
  return short ?? (fallback?.includes(', ') ? fallback.split(', ')[0] : fallback);
}

// A place by its shape: a square, a street, a road, a palace ("Sükhbaatar Square", "Linden Avenue", "Fjord Highway",
// "Palacio Santos"), nobody's name (not "Park", "Lane", which are surnames too).
const PLACE_NAME =
  /(?:^(?:Palacio|Palais|Plaza|Place|Rue|Avenida|Calle|Piazza|Praça)\s|\s(?:Square|Street|Avenue|Road|Boulevard|Plaza|Palace|Quay|Embankment|Highway|Drive|Crescent|Terrace|Esplanade|Promenade|Wharf)$)/u;

// The UN system's agencies and offices named without "UN" (actors of kind `un_body`): "the World Health
// Organization", "WFP", "OCHA", "the Office of the High Commissioner for Human Rights". Those named with it ("UNICEF",
// "the UN refugee agency") are read by their "UN".
const UN_SYSTEM =
  /^(?:World Health Organi[sz]ation|WHO|World Food Programme|WFP|OCHA|OHCHR|Office for the Coordination of Humanitarian Affairs|(?:Office of the )?High Commissioner for (?:Human Rights|Refugees)|International Organi[sz]ation for Migration|IOM|Food and Agriculture Organi[sz]ation|FAO)$/u;

/**
 * (s65) The UN system's agencies and offices a reader knows by any of their names: the initials, the official name
 * and the description the press gives them ("OCHA", "the Office for the Coordination of Humanitarian Affairs", "the
 * UN's humanitarian office"). A curator records one body under one id whichever an article prints; `unSystemNames`
 * gives the others, so that each article's new actor answers to all of them and the next ingest finds it by any.
 */
const UN_SYSTEM_BODIES: { short: string; full: string; described: string; names: RegExp }[] = [
  {
    short: 'OCHA',
    full: 'Office for the Coordination of Humanitarian Affairs',
    described: 'UN humanitarian office',
    names:
      /^(?:humanitarian (?:affairs |coordination )?(?:office|agency)|aid (?:coordination )?office|office for the coordination of humanitarian affairs|ocha)$/u,
  },
  {
    short: 'UNHCR',
    full: 'Office of the United Nations High Commissioner for Refugees',
    described: 'UN refugee agency',
    names: /^(?:refugees? agency|unhcr)$/u,
  },
  {
    short: 'UNICEF',
    full: "United Nations Children's Fund",
    described: "UN children's agency",
    names: /^(?:children['’]?s (?:agency|fund)|unicef)$/u,
  },
  {
    short: 'OHCHR',
    full: 'Office of the United Nations High Commissioner for Human Rights',
    described: 'UN human rights office',
    names: /^(?:human rights office|office of the (?:united nations )?high commissioner for human rights|ohchr)$/u,
  },
  {
    short: 'WFP',
    full: 'World Food Programme',
    described: 'UN food agency',
    names: /^(?:food (?:aid )?agency|world food programme|wfp)$/u,
  },
  {
    short: 'WHO',
    full: 'World Health Organization',
    described: 'UN health agency',
    names: /^(?:health agency|world health organi[sz]ation|who)$/u,
  },
];

/**
 * (s65) The other names of a UN body named by one of them ("UN's humanitarian office" -> "OCHA", "Office for the
 * Coordination of Humanitarian Affairs", "UN humanitarian office"), or null for any other name. An agency's own name
 * needs no "UN" before it ("OCHA", "the World Food Programme"); a description does ("the humanitarian office" of a
 * charity is nobody's OCHA).
 */
export function unSystemNames(name: string): string[] | null {
  const bare = name.replace(/^the\s+/iu, '');
  const described = /^(?:UN|U\.N\.|United Nations)(?:['’]s?)?\s+(.+)$/u.exec(bare);
  const rest = (described?.[1] ?? bare).toLowerCase();
  const body = UN_SYSTEM_BODIES.find(
    (b) =>
      b.names.test(rest) &&
      (described !== null || rest === b.short.toLowerCase() || rest === b.full.toLowerCase() || /^world /u.test(rest)),
  );
  if (!body) return null;
  return [body.short, body.full, body.described].filter((n) => n.toLowerCase() !== bare.toLowerCase());
}

/** Classifies a run of capitalised words already split from its title. */
function classify(name: string): ActorKind | null {
  if (/^(?:U\.?N\.?|United Nations)\b/u.test(name) || /^UN[A-Z]{2,}$/u.test(name) || UN_SYSTEM.test(name)) return 'un_body';
  // (s43) The UN's agencies as the British press writes an acronym said as a word: "Unicef says", "Unrwa", "Unesco".
  if (/^(?:Unicef|Unhcr|Unrwa|Unesco|Unocha|Ocha|Unfpa|Undp|Unops|Unosat)$/u.test(name)) return 'un_body';
  if (/^(?:Nato|Opec|Opcw)$/u.test(name)) return 'organization';
  if (ARMED_GROUP_WORDS.test(name)) return 'armed_group';
  if (ORGANIZATION_WORDS.test(name) && /(?:^|\s)(?:U\.N\.|UN|United Nations)(?:\s|$)/u.test(name)) return 'un_body';
  if (ORGANIZATION_WORDS.test(name)) return 'organization';
  if (SEAT_OF_GOVERNMENT.test(name)) return 'organization';
  const words = nameWords(name);
  if (words.length === 1) return isAcronym(name) ? 'organization' : null;
  if (PLACE_NAME.test(name)) return null;
  // "QUESTIONS AND ANSWERS": a heading in capitals is nobody's name.
  if (words.every((w) => w === w.toUpperCase() && /\p{Lu}{2}/u.test(w))) return null;
  // "Rahim bin Pehin Datu Setia Jaya Haji Mohd Kassim": a name linked to the father's holds his name and titles too.
  const own = words.findIndex(isPatronymic);
  if ((own > 0 ? own : words.length) > 5 || words.length > 12) return null;
  // "Liechtenstein and Qatar": two names joined, nobody's one name.
  if (words.includes('and') || words.includes('of') || words.includes('for') || words.includes('the')) return null;
  // "Wellspring's Representative": an owner's possessive inside the run names an office, not a person.
  if (words.slice(0, -1).some((w) => /\p{L}['’]s$/u.test(w))) return null;
  return 'person';
}

// A state's or the UN's initials, which open a title ("U.S. Ambassador", "U.N. spokesman"), and a letter's postscript
// or note ("P.S. Wassim ended his message"), which opens the sentence: none is a person's initials.
const INITIALS_NOT_A_NAME = /^(?:U\.N\.|U\.S\.|U\.K\.|E\.U\.|U\.S\.A\.|U\.A\.E\.|P\.S\.|P\.P\.S\.|N\.B\.)$/u;

/**
 * Whether a run's word is a body's initials that open a title before the name ("U.N. spokesman Jo Roe", "U.S. Sen.
 * Jo Roe"): a state's or the UN's, or any before a title word. (s39) Not a person's own initials before the name, as
 * South Indian names print them ("K.M. Abdul Rasheed", "P.K. Nair"): those are the name's.
 */
function bodyInitials(run: Token[], index: number): boolean {
  const word = (run[index] as Token).text;
  if (!/^(?:\p{Lu}\.){2,}$/u.test(word)) return false;
  const next = run[index + 1]?.text ?? '';
  return INITIALS_NOT_A_NAME.test(word) || isTitleWord(next) || endsMemberTitle(run, index + 1);
}

// (s66) The capitalised words after a portfolio list's comma up to a body's own noun: "Defence and Trade Committee",
// "Home Affairs and Migration" after "Ministry of Justice,". Only capitals and one "and" (a list of bodies says "the":
// "Oxfam, Save the Children and the Norwegian Refugee Council").
const PORTFOLIO_LIST_TAIL =
  /^(?:\p{Lu}\p{Ll}+\s+){1,3}and\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:\p{Lu}\p{Ll}+\s+)?(?:(?:Select\s+|Standing\s+)?(?:Committee|Subcommittee|Commission)|\p{Lu}\p{Ll}+)$/u;
const PORTFOLIO_LIST_BODY = /^(?:Committee|Subcommittee|Commission)$/u;

/** Whether the comma after `words[at]` is one inside a body's name that lists portfolios (PORTFOLIO_LIST_TAIL). */
function portfolioListComma(text: string, words: Token[], at: number): boolean {
  const word = words[at] as Token;
  const next = words[at + 1];
  const last = words.at(-1) as Token;
  if (!next || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return false;
  const tail = text.slice(next.start, last.end);
  if (!PORTFOLIO_LIST_TAIL.test(tail)) return false;
  // The name's own noun closes it ("... Trade Committee"), or opens it before the comma ("Ministry of Justice, ...").
  if (PORTFOLIO_LIST_BODY.test(last.text)) return true;
  const before = text.slice(Math.max(0, word.start - 40), word.end);
  return /\b(?:Ministry|Department|Committee|Commission)\s+(?:of|for|on)\s+(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+$/u.test(before);
}

/**
 * (s66) Whether the comma at `comma` is one inside a committee's or a commission's name that lists portfolios (the
 * comma after "Affairs" in "the Foreign Affairs, Defence and Trade Committee concluded"): the capitals after it run to
 * the body's noun (PORTFOLIO_LIST_TAIL).
 */
export function portfolioListCommaAt(text: string, comma: number): boolean {
  const run = /^,\s+(?:(?:\p{Lu}\p{Ll}+|and)\s+){1,6}?(?:Committee|Subcommittee|Commission)(?![\p{L}'’-])/u.exec(
    text.slice(comma, comma + 120),
  );
  if (!run) return false;
  const words = tokens(text, { start: Math.max(0, comma - 60), end: comma + run[0].length });
  const at = words.findLastIndex((w) => w.end <= comma);
  return at >= 0 && (words[at] as Token).end === comma && portfolioListComma(text, words, at);
}

/**
 * The name that ends at `end` (the words just before a speech verb or an appositive), not reaching before `from`.
 * Returns null when the words there are not a name.
 */
export function nameEndingAt(text: string, from: number, end: number): NameCandidate | null {
  const words = tokens(text, { start: from, end });
  // "with Karl Mint.": the full stop that ends a sentence is no part of the name that ends it.
  const last = words.at(-1);
  if (last && last.text.length > 3 && endsSentence(last.text))
    words[words.length - 1] = { start: last.start, end: last.end - 1, text: last.text.slice(0, -1) };
  // The run must end at `end` (give or take white space and that full stop).
  if (words.length === 0 || !/^\.?\s*$/u.test(text.slice((words.at(-1) as Token).end, end))) return null;
  // A name ends on a capitalised word: "Most of the" is not one.
  if (!isCapitalised((words.at(-1) as Token).text)) return null;
  let first = words.length - 1;
  while (first >= 0) {
    const word = words[first] as Token;
    const gapAfter = first + 1 < words.length ? text.slice(word.end, (words[first + 1] as Token).start) : '';
    // A comma or other mark ends the run; (s66) not the comma of a list of portfolios a committee's or a ministry's name
    // holds ("the Foreign Affairs, Defence and Trade Committee", unseen "Ministry of Justice, Home Affairs and Migration").
    if (gapAfter.trim() !== '' && !(gapAfter.trim() === ',' && portfolioListComma(text, words, first))) break;
    // "said on Wednesday. Around 20 per cent": a full stop after a word (not an initial or "Mr.") ends a sentence.
    if (first < words.length - 1 && endsSentence(word.text)) break;
    // "Human Rights First's Neil Hicks": the possessive names the owner; the name follows it.
    if (
      first < words.length - 1 &&
      /\p{L}['’]s$/u.test(word.text) &&
      classify(text.slice((words[first + 1] as Token).start, (words.at(-1) as Token).end)) === 'person'
    )
      break;
    if (isCapitalised(word.text) && !NOT_NAMES.has(word.text)) first--;
    else if ((PARTICLES.has(word.text) || ORGANIZATION_GLUE.has(word.text)) && capitalisedBefore(words, first)) first--;
    else break;
  }
  first++;
  // never start on glue, nor on where a body is based ("the Britain-based Syrian Observatory")
  while (first < words.length && (!isCapitalised((words[first] as Token).text) || /-based$/u.test((words[first] as Token).text))) first++;
  // "Jo Roe MP", "Ann Lee TD": a legislator's letters after a name of two words or more are her title, not her name.
  let named = words.length;
  while (named - first > 2 && POST_NOMINAL.test((words[named - 1] as Token).text)) named--;
  const run = words.slice(first, named);
  const postNominal = named < words.length ? text.slice((words[named] as Token).start, (words.at(-1) as Token).end) : null;
  if (run.length === 0) return null;
  // Split a title from the name: the name is what follows the last title word, one before a patronymic link
  // ("Haji Amir Hakim bin Haji Kassim": the father's titles are part of the name).
  const patronymic = run.findIndex((word) => isPatronymic(word.text));
  const titleEnd = patronymic >= 0 ? patronymic : run.length;
  let lastTitle = -1;
  run.forEach((word, index) => {
    if (index >= titleEnd) return;
    // (s53) "Wael Sheikh Ahmad": "Sheikh" after a given name is part of the name, not an honorific opening it.
    if (NAME_PART_HONORIFIC.test(word.text) && index > 0 && !isTitleWord((run[index - 1] as Token).text)) return;
    if (isTitleWord(word.text) || endsMemberTitle(run, index) || bodyInitials(run, index)) lastTitle = index;
  });
  lastTitle = surnameAfterTitle(run, lastTitle);
  // "Deputy Harbour Master Jo Lind": a role printed as a title may follow a title word.
  const roleEnd = falseTitleEnd(run, text);
  if (roleEnd < titleEnd) lastTitle = Math.max(lastTitle, roleEnd);
  const nameTokens = lastTitle >= 0 && lastTitle < run.length - 1 ? run.slice(lastTitle + 1) : run;
  const titleWords = lastTitle >= 0 && lastTitle < run.length - 1 ? run.slice(0, lastTitle + 1) : [];
  const start = (nameTokens[0] as Token).start;
  const name = text.slice(start, (nameTokens.at(-1) as Token).end);
  // A title with no name after it ("Foreign Minister") names nobody; an organisation keeps its whole run.
  const whole = text.slice((run[0] as Token).start, (run.at(-1) as Token).end);
  // "U.N. Secretary-General Ban Ki-moon": a person after a title, although the run starts like a UN body.
  // "the Office of the UN High Commissioner for Human Rights": words after a title word that are glued by "for" or
  // "of" are the rest of an organisation's name, not a person's.
  const nameHasGlue = nameTokens.some((w) => !isCapitalised(w.text) && !PARTICLES.has(w.text));
  // "Council Member Roe": the body in a member's title makes no organisation of him.
  const memberTitled = titleWords.length > 0 && !nameHasGlue && endsMemberTitle(run, lastTitle);
  const titled =
    titleWords.length > 0 && !nameHasGlue
      ? (classify(text.slice((nameTokens[0] as Token).start, (nameTokens.at(-1) as Token).end)) ?? (memberTitled ? 'person' : null))
      : null;
  // "Mexico on Wednesday condemned ...", "Sri Lanka said": a state the gazetteer does not know, by its ISO name, as
  // the subject before a verb (not after one: "said Malaysia, a member of the Council, had voted" tells its doing).
  if (titleWords.length === 0 && isoStateCode(whole))
    return { start, end: (run.at(-1) as Token).end, name: whole, kind: 'state', title: null };
  const organizationKind = titled === 'person' ? 'person' : classify(whole);
  if (organizationKind && organizationKind !== 'person')
    return { start: (run[0] as Token).start, end: (run.at(-1) as Token).end, name: whole, kind: organizationKind, title: null };
  // A title with no name ("High Commissioner", "Foreign Minister") names an office, not its holder.
  if (nameTokens.every((w) => isTitleWord(w.text))) return null;
  // "the Arizona Republican", "the French President": capitals after "the", with no title split off, describe a person
  // (a party, a nationality, an office); a person's own name takes no article.
  if (titleWords.length === 0 && /(?:^|[^\p{L}])[Tt]he\s+$/u.test(text.slice(Math.max(0, start - 5), start))) return null;
  // "President Obama", "Chancellor Merkel": one name after a title that only a person holds is a person's surname.
  const kind =
    classify(name) ??
    (titleWords.length > 0 &&
    nameTokens.length === 1 &&
    // A double-barrelled surname is one name too ("Mrs Haddad-Lowe"); (s46) so is one with a patronymic prefix
    // ("Mr McCully", "Mr MacDonald", "Ms O'Brien").
    /^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}{2,}(?:-(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}{2,})?$/u.test(name) &&
    (PERSON_TITLE.test((titleWords.at(-1) as Token).text) || HONORIFICS.has((titleWords.at(-1) as Token).text) || memberTitled) &&
    // "of the Russian General Staff": capitals after "the" ending in a title and one word name a body.
    !titledAfterThe(run, lastTitle, text, from)
      ? 'person'
      : null);
  if (!kind) return null;
  let title = titleWords.length > 0 ? text.slice((titleWords[0] as Token).start, (titleWords.at(-1) as Token).end) : postNominal;
  if (!title && kind === 'person') {
    // "Kremlin spokesman Dmitry Peskov": a title in lower case before the name.
    const before = text.slice(Math.max(from, (run[0] as Token).start - 60), (run[0] as Token).start);
    title = LOWERCASE_TITLE_BEFORE.exec(before)?.[1]?.trim() ?? null;
  }
  return { start, end: (nameTokens.at(-1) as Token).end, name, kind, title };
}

/** Whether the capitalised words that end with the title at `lastTitle` follow a "the" ("the Russian General Staff"). */
function titledAfterThe(run: Token[], lastTitle: number, text: string, from: number): boolean {
  let first = lastTitle;
  while (first > 0 && isCapitalised((run[first - 1] as Token).text)) first--;
  const before =
    first > 0 ? (run[first - 1] as Token).text : text.slice(Math.max(from, (run[0] as Token).start - 6), (run[0] as Token).start);
  return /(?:^|\s)the\s*$/iu.test(before);
}

/** The name that starts at `start` (the words just after "said" or "according to"), not reaching past `to`. */
export function nameStartingAt(text: string, start: number, to: number): NameCandidate | null {
  const words = tokens(text, { start, end: to });
  if (words.length === 0 || text.slice(start, (words[0] as Token).start).trim() !== '') return null;
  let last = 0;
  while (last + 1 < words.length) {
    const next = words[last + 1] as Token;
    if (text.slice((words[last] as Token).end, next.start).trim() !== '') break;
    if (isCapitalised(next.text)) {
      last++;
      continue;
    }
    // Glue words ("for the", "of") go on to a capitalised word: "Office for the Coordination of Humanitarian Affairs".
    let after = last + 1;
    while (after < words.length && (PARTICLES.has((words[after] as Token).text) || ORGANIZATION_GLUE.has((words[after] as Token).text))) {
      const gap = text.slice((words[after - 1] as Token).end, (words[after] as Token).start);
      if (gap.trim() !== '') break;
      after++;
    }
    const landing = words[after];
    if (
      after > last + 1 &&
      after - last <= 3 &&
      landing &&
      isCapitalised(landing.text) &&
      text.slice((words[after - 1] as Token).end, landing.start).trim() === ''
    )
      last = after;
    else break;
  }
  if (!isCapitalised((words[0] as Token).text)) return null;
  return nameEndingAt(text, start, (words[last] as Token).end);
}

// An office that opens a long title running through a body or a place to its holder's name: "Foreign Minister of",
// "Senior Advisor to", "Spokesman of", "Permanent Representative to" (capitalised, then a preposition).
const LONG_TITLE_LEAD =
  /(?<![\p{L}\p{M}'’.-])(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}?(?:Minister|Leader|Secretary|Ambassador|Envoy|Representative|Spokesman|Spokeswoman|Spokesperson|Adviser|Advisor|Director|Director-General|Coordinator|Commissioner|Chief|Head|President|Chairman|Chairwoman|Chairperson|Chair|Delegate|Observer|Rapporteur|Counsellor)\s+(?:of|to|for|on|at)\s+/gu;
// The same lead where a run starts, for a yes or no (a regex of its own, so that no search shares `lastIndex`).
const LONG_TITLE_LEAD_AT_START = new RegExp(`^(?:${LONG_TITLE_LEAD.source})`, 'u');
// The words a long title may run through: capitalised words and the glue of an office's or a body's name.
const TITLE_RUN_WORD = new RegExp(
  `^(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|${HYPHENED_PARTICLE}\\p{Lu}[\\p{L}\\p{M}'’-]*|of|to|for|on|at|the|and)$`,
  'u',
);

/**
 * Whether a run of capitals names an office rather than a body: one opening on an office and a preposition
 * ("Spokesman of the Foreign Ministry", "Chairperson of the African Union Commission"), or one ending on a title only a person holds with no "of" or "for"
 * before it ("Chief Cabinet Secretary", "Foreign Office Spokesman", "European Council President"; "Office of the
 * President" is a body), or a member's title ("Council Member", endsMemberTitle).
 */
export function namesAnOffice(run: string): boolean {
  const words = run.trim().split(/\s+/u);
  return (
    LONG_TITLE_LEAD_AT_START.test(run) ||
    (PERSON_TITLE.test(words.at(-1) ?? '') && !words.some((word) => word === 'of' || word === 'for')) ||
    /^(?:Council|Assembly) Members?$/u.test(words.slice(-2).join(' '))
  );
}

/**
 * Where a long title ends when no known end or organisation word ends it (the index of its last word, -1 if none): on
 * the one word after its last glue ("Minister of Foreign Affairs and Immigration Fred Mitchell"); with no glue after
 * the lead's own preposition, (s31) on a state's ISO name right after it ("President of Sierra Leone Ana Roe"), or on
 * the one word after it where only a name of two words follows ("President of Norland Ilse Varga"); further, the run
 * is left to the other readings.
 */
function titleEndWithoutBoundary(words: Token[], lastGlue: number): number {
  if (lastGlue >= 0) return lastGlue + 1 < words.length - 2 && isCapitalised((words[lastGlue + 1] as Token).text) ? lastGlue + 1 : -1;
  const opening = (n: number) =>
    words
      .slice(0, n)
      .map((w) => w.text)
      .join(' ');
  const leadState = [3, 2, 1].find((n) => n < words.length - 1 && isoStateCode(opening(n)));
  if (leadState !== undefined) return leadState - 1;
  return words.length === 3 && isCapitalised((words[0] as Token).text) ? 0 : -1;
}

/**
 * A person named after a long official title printed as one run of capitals, as state agencies' wires print them:
 * "Foreign Minister of the Islamic Republic of Iran Mohammad Javad Zarif", "Spokesman of the Foreign Ministry Bahram
 * Qasemi", "Senior Advisor to the Leader of the Islamic Revolution on International Affairs Ali Akbar Velayati". The
 * title opens on an office and a preposition and runs through a body or a place: it ends where a name the gazetteer
 * knows ends (`knownEnds`, "Iran"), or on a word that ends a body's or an office's name ("Ministry", "Affairs"), or,
 * with neither, on the one word after its last preposition ("of Norland"). The holder is the name after it (two words
 * or more, a person's by its shape); the title, whole, is the role. `span` is the run, from the office to the name's
 * end; null when the words there are not read so.
 */
export function personAfterLongTitle(text: string, span: Span, knownEnds: number[]): NameCandidate | null {
  for (const lead of text.slice(span.start, span.end).matchAll(LONG_TITLE_LEAD)) {
    const leadStart = span.start + lead.index;
    const words = tokens(text, { start: leadStart + lead[0].length, end: span.end });
    // "Minister of Emergency Situations Ts.Munkh-Orgil": a name printed with its initial is one word, which opens it.
    const initialled = INITIALLED_NAME.test(words.at(-1)?.text ?? '');
    if (words.length < (initialled ? 2 : 3) || !words.every((w) => TITLE_RUN_WORD.test(w.text))) continue;
    // One run of words: no punctuation between them.
    if (words.some((w, i) => i > 0 && text.slice((words[i - 1] as Token).end, w.start).trim() !== '')) continue;
    if (text.slice(leadStart + lead[0].length, (words[0] as Token).start).trim() !== '') continue;
    const lastBoundary = words.findLastIndex(
      (w, i) => i < words.length - 2 && (knownEnds.includes(w.end) || ORGANIZATION_WORDS.test(w.text) || w.text === 'Affairs'),
    );
    const lastGlue = words.findLastIndex((w) => ORGANIZATION_GLUE.has(w.text) || w.text === 'to' || w.text === 'at');
    const fallback = titleEndWithoutBoundary(words, lastGlue);
    let bodyEnd = initialled ? words.length - 2 : lastBoundary >= 0 ? lastBoundary : fallback;
    // "of the Kyrgyz Republic E. Abdyldaev": an initial set apart before the last word opens the name where the title's
    // end is found no other way (elsewhere it may be a middle one: "Secretary of State John F. Kerry").
    if ((bodyEnd < 0 || bodyEnd < lastGlue) && INITIAL_WORD.test(words.at(-2)?.text ?? '') && words.length - 3 > lastGlue)
      bodyEnd = words.length - 3;
    // An office's name that goes on past the word ending it ("Minister of Foreign Affairs and Immigration Fred
    // Mitchell", "Minister of Foreign Affairs of Norland Ana Lopez") ends on the one word after its last glue.
    if (bodyEnd >= 0 && bodyEnd < lastGlue && fallback > bodyEnd) bodyEnd = fallback;
    if (bodyEnd < 0 || bodyEnd < lastGlue) continue;
    const nameTokens = words.slice(bodyEnd + 1);
    if ((nameTokens.length < 2 && !initialled) || nameTokens.length > 4 || !nameTokens.every((w) => isCapitalised(w.text))) continue;
    const name = text.slice((nameTokens[0] as Token).start, (nameTokens.at(-1) as Token).end);
    if (classify(name) !== 'person' || nameTokens.some((w) => isTitleWord(w.text) || NOT_NAMES.has(w.text))) continue;
    const title = text.slice(leadStart, (words[bodyEnd] as Token).end);
    return { start: (nameTokens[0] as Token).start, end: (nameTokens.at(-1) as Token).end, name, kind: 'person', title };
  }
  return null;
}

const ABBREVIATION = new RegExp(String.raw`^(?:(?:\p{Lu}\.)+|${INITIAL}|(?:${NAME_ABBREVIATIONS.join('|')})\.)$`, 'u');
const endsSentence = (word: string) => word.endsWith('.') && !ABBREVIATION.test(word);

/** Whether glue words before words[index] ("of the") lead back to a capitalised word ("Committee of the Red Cross"). */
function capitalisedBefore(words: Token[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const word = (words[i] as Token).text;
    if (isCapitalised(word)) return true;
    if (!PARTICLES.has(word) && !ORGANIZATION_GLUE.has(word)) return false;
  }
  return false;
}

/**
 * Latin letters Unicode does not decompose into a base letter and an accent, as a name with them is spelt in ASCII
 * ("Sølvi" is "Solvi"): without this, slugify dropped them and broke the word ("b-rge").
 */
const UNDECOMPOSED_LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED_LETTERS).join('')}]`, 'gu');

/** A name without the possessive an owner carries ("Abu Hassan's message" -> "Abu Hassan"). */
export const withoutPossessive = (name: string) => name.replace(/['’]s$/u, '');

/** A slug for a proposed actor id: lower case ASCII, hyphens. */
export function slugify(value: string): string {
  return value
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '') // "U.N. Children's Fund" -> "un-childrens-fund"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Words in capitals as a name is written ("LINA NOOR" -> "Lina Noor"); other words as they are. */
export function titleCased(words: string): string {
  if (!/^[\p{Lu}\s.'’-]+$/u.test(words) || !/\p{Lu}{2}/u.test(words)) return words;
  return words
    .toLowerCase()
    .split(/(\s+|-)/u)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}
