/**
 * Who a document speaks as, where it names a person as its author or signatory: a letter's "(Signed) X" under the
 * heading "Letter dated ... from the Permanent Representative of Y ...", an open letter's name under "Yours
 * sincerely,", an op-ed's byline "By X" with its bio line ("X is Norland's Minister of Foreign Affairs.") or its office
 * under or after it, a diary's keeper introduced by a bio line, a speech published under a heading that names its
 * speaker ("Remarks by Foreign Minister X at ..."). It decides whether that
 * author is a public speaker (an office-holder of a state or of an organisation, whose signed words are his
 * statements) or a private writer (a columnist, an analyst, a journalist, a diarist: his own words are no records),
 * and where the author's words run (between the heading or byline and the signature or bio line). It also finds the
 * parts an organisation speaks: the annexes a letter transmits, each an issuer's own release ("Statement by the
 * Ministry of ..."), with the date line that dates it ("Norhavn, 1 December 2016"); a note verbale, its mission's
 * throughout; a private writer's text closed by its publisher's own section ("What Harbour Relief is doing").
 * issuer-voice.ts reads the voice's sentences; this module only says whose voice each part of the document is.
 */
import type { When } from '../seed/annotation-schema.js';
import { type ArticleAnalysis, isTitle } from './article-analysis.js';
import { isDateLine } from './date-expressions.js';
import { HYPHENED_PARTICLE, NAME_PARTICLE, nameEndingAt, titleCased } from './proper-names.js';
import { escapeRegExp, insideAny, type Segment, type Span } from './text-segments.js';

// How a person who signs or speaks for a government names what he speaks for: "My Government wishes to draw the
// attention", "Our country will not", "my delegation".
export const SPOKEN_FOR = String.raw`[Mm]y\s+(?:Government|government|country|delegation)|[Oo]ur\s+(?:Government|government|country)`;

// A line's end that closes a sentence (a full stop, "?" or "!", a closing quotation mark after it): no heading's.
const ENDS_SENTENCE = /[.!?]["”]?$/u;

/** A part of the document spoken by one author: a letter's body by its signatory, an op-ed by its byline's minister. */
export interface AuthorSection {
  /** The author's name as the signature or byline gives it ("Tomas Berglund"). */
  name: string;
  /** The office the document gives the author ("Permanent Representative of Norland to the United Nations"), if any. */
  role: string | null;
  /** An office-holder (his signed words are his statements), not a private writer (no records of his own). */
  public: boolean;
  /** The text the author speaks: from the first paragraph of the body to the last before the signature or bio line. */
  region: Span;
  /** The day the document dates itself ("Letter dated 7 December 2016"); null: its publication. */
  said: When | null;
}

/**
 * An organisation's own part of the document: an annex a letter transmits (its own release, by the name its heading
 * gives, dated by its date line), or a note verbale's whole text (the mission that presents its compliments).
 */
export interface AnnexSection {
  issuer: string;
  region: Span;
  said: When | null;
}

export interface DocumentVoices {
  author: AuthorSection | null;
  annexes: AnnexSection[];
  /**
   * A closing section of a private writer's text in its publisher's own voice (an NGO's "What we are doing" or "How
   * you can help" after its aid worker's diary): the publisher's release there.
   */
  publisherSection: Span | null;
}

// A person's name as a byline, a signature or a quotation's credit writes it: two to five words, each capitalised or a
// particle ("de", "al-").
export const PERSON_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:${NAME_PARTICLE}\s+|${HYPHENED_PARTICLE})?\p{Lu}[\p{L}'’.-]*){1,4}`;
const SIGNATURE = new RegExp(
  String.raw`^\((?:Signed|signed)\)\s+(${PERSON_NAME})\s*(?:,\s*(.+))?$|^Signed\s*:\s*(${PERSON_NAME})\s*(?:,\s*(.+))?$`,
  'u',
);
// "Yours sincerely," and its kin: the name on the next line signs the letter.
const CLOSING =
  /^(?:Yours\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|Respectfully(?:\s+yours)?|With\s+(?:my\s+)?(?:best|kind|warm)\s+regards|Kind\s+regards)\s*[,.]?$/iu;
const NAME_LINE = new RegExp(String.raw`^(${PERSON_NAME})\s*(?:,\s*(.+))?$`, 'u');
/** A person's name on a line of its own, a role after a comma (NAME_LINE): a letter's signature; else null. */
function signerLine(line: Segment): RegExpExecArray | null {
  const named = NAME_LINE.exec(line.text);
  return named && nameEndingAt(line.text, 0, (named[1] as string).length)?.kind === 'person' ? named : null;
}
const BYLINE = new RegExp(String.raw`^By\s+(${PERSON_NAME})\s*(?:[,|–—-]\s*(.+))?$`, 'u');
// "Letter dated 7 December 2016 from the Permanent Representative of Norland to the United Nations addressed to ...":
// a letter's heading, with the office of the one who signs it.
const LETTER_HEADING =
  /^(?:Identical\s+)?[Ll]etters?\s+dated\s+.+?\s+from\s+the\s+(.+?)\s+(?:addressed\s+to|to\s+the\s+(?:Secretary-General|President))\b/u;
// (s67) A letter printed in full under a labelled header, its day on a line of its own: "Letter dated: 7 December 2016"
// (with "From:", "To:" lines around it, the office of the one who signs left to the signature).
const LABELLED_LETTER_DATE = /^(?:Identical\s+)?[Ll]etters?\s+dated\s*:\s*\S/u;
// (s67) What closes a letter's printed header before its text: a separator line ("---", "* * *") or the editor's note
// that introduces the text ("Editor's note. The letter below was issued ...").
const HEADER_CLOSE = /^(?:[-*_–—=]\s*){3,}$|^Editor['’]s\s+note\b/iu;
// "Annex", "Annex I", "Annex to the letter dated ...", "Enclosure": where a letter's transmitted document starts.
const ANNEX_HEADING = /^(?:Annex|Enclosure)(?:\s+(?:[IVX]+|\d+)\b)?(?:\s+to\s+the\s+.*)?$/u;
// "Statement by the Ministry of Foreign Affairs of Norland on ...", "Press release of the Presidency of ...": an
// annex's issuer.
const ANNEX_ISSUER =
  /^(?:(?:Joint\s+)?(?:Press\s+)?(?:Statement|Release|Declaration|Communiqu[eé]|Note)|Press\s+release)\s+(?:issued\s+)?(?:by|of|from)\s+(?:the\s+)?(.+?)(?:\s+(?:on|regarding|concerning|in\s+connection\s+with)\s+.*)?$/iu;

/**
 * Offices whose holder speaks for a state or an organisation when he signs: ministers, envoys and representatives,
 * heads of state and government, members of a parliament, spokespeople, heads of UN bodies and of organisations.
 * Unseen forms it covers: "Norland's Minister for Development Cooperation", "the Special Envoy of the
 * Secretary-General for Syria", "Executive Director of the World Food Programme".
 */
const PUBLIC_OFFICE =
  /\b(?:minister|secretary[-\s]general|secretary\s+of\s+state|foreign\s+secretary|ambassador|permanent\s+representative|representative\s+of|charg[eé]\s+d['’]affaires|envoy|president|prime\s+minister|chancellor|senator|member\s+of\s+(?:parliament|the\s+(?:european\s+parliament|house|senate|bundestag|assembly))|mp|mep|spokes(?:person|man|woman)|high\s+commissioner|high\s+representative|commissioner|under-secretary|emergency\s+relief\s+coordinator|humanitarian\s+coordinator|resident\s+coordinator|director[-\s]general|executive\s+director|chief\s+executive|head\s+of\s+(?:state|government|mission|delegation)|governor|mayor|king|queen|emir)\b/iu;
/**
 * What makes an author a private writer whatever else his bio says: a role in the past ("a former ambassador") or a
 * writer's, scholar's or reporter's role ("a columnist for", "a senior fellow at", "our correspondent").
 */
const PRIVATE_ROLE =
  /\b(?:former|ex-|retired|onetime|one-time|columnist|writer|journalist|author\s+of|fellow|professor|lecturer|researcher|analyst|correspondent|editor|commentator|novelist|student|historian|scholar|blogger|contributor)\b/iu;
// A text the author keeps day by day: her narration is no statement, whatever her office.
const DIARY = /\b(?:diary|diaries|journal\s+entries|kept\s+this\s+(?:diary|journal|log))\b/iu;

/** Whether a role makes its holder a public speaker: a present office of a state or an organisation. */
export function isPublicOffice(role: string): boolean {
  return PUBLIC_OFFICE.test(role) && !PRIVATE_ROLE.test(role);
}

/**
 * The office a short line under a name gives ("Tomas Berglund" / "Permanent Representative", "By Anna Kessel" /
 * "Minister for Foreign Affairs of Norland"): a line of at most `longest` characters, no sentence, naming a public
 * office; null for anything else (a reporter's desk, the body's first sentence).
 */
function officeLine(line: Segment | undefined, longest: number): string | null {
  return line && line.text.length <= longest && !/[.!?]$/u.test(line.text) && isPublicOffice(line.text) ? line.text : null;
}

/** The day a line gives, where it gives one to the day ("Norhavn, 1 December 2016", "Letter dated 2 December 2016"). */
function dayIn(article: ArticleAnalysis, line: Span): When | null {
  const mention = article.dateMentions.find((m) => m.start >= line.start && m.end <= line.end && m.when.precision === 'day');
  return mention ? mention.when : null;
}

/**
 * A letter: its heading names the office of the one who signs ("from the Permanent Representative of X"), its
 * signature ("(Signed) X") ends the body; the body is his, dated by the heading's day; an annex after the signature
 * is the release its heading names.
 */
function letterVoices(article: ArticleAnalysis): DocumentVoices | null {
  const { paragraphs } = article;
  const signature = signatureOf(paragraphs);
  if (!signature) return null;
  const { at: signedAt, name, role: signedRole } = signature;
  // The heading nearest before the body: the last "Letter dated ..." line before the signature.
  const headingAt = paragraphs.slice(0, signedAt).findLastIndex((p) => LETTER_HEADING.test(p.text) || LABELLED_LETTER_DATE.test(p.text));
  const heading = paragraphs[headingAt] ?? null;
  const headingRole = (heading && LETTER_HEADING.exec(heading.text)?.[1]) ?? null;
  // (s67) Under a labelled header the letter starts after the line that closes it (its separator, its editor's note).
  const headerClose =
    heading && LABELLED_LETTER_DATE.test(heading.text)
      ? paragraphs.slice(0, signedAt).findLastIndex((p, i) => i > headingAt && HEADER_CLOSE.test(p.text))
      : -1;
  // The role the next line under the signature gives ("Permanent Representative"), else the heading's.
  const role = signedRole ?? headingRole ?? officeLine(paragraphs[signedAt + 1], 90);
  // The body: after the heading (or the salutation, "Dear Secretary-General,"), before the closing formula.
  const salutation = paragraphs.findIndex((p, i) => i < signedAt && /^Dear\s.{2,80},$/u.test(p.text));
  const bodyStart = Math.max(heading ? headingAt + 1 : 0, salutation + 1, headerClose + 1);
  const bodyEnd = signature.closing ? signedAt - 1 : signedAt;
  const body = paragraphs.slice(bodyStart, bodyEnd);
  const first = body[0];
  const last = body.at(-1);
  const author: AuthorSection | null =
    first && last
      ? {
          name,
          role,
          // A letter signed in an office is its holder's act: a signed letter with no office given is still his.
          public: role === null || isPublicOffice(role),
          region: { start: first.start, end: last.end },
          said: heading ? dayIn(article, heading) : signatureDay(article, signedAt),
        }
      : null;
  const annexes: AnnexSection[] = [];
  const annexStarts = paragraphs.map((p, i) => (i > signedAt && ANNEX_HEADING.test(p.text) ? i : -1)).filter((i) => i >= 0);
  annexStarts.forEach((start, n) => {
    const end = annexStarts[n + 1] ?? paragraphs.length;
    const lines = paragraphs.slice(start + 1, end);
    // Its header: the short lines before its first sentence.
    const header = lines.slice(
      0,
      lines.findIndex((p) => p.text.length > 120 || ENDS_SENTENCE.test(p.text)),
    );
    const named = header.map((p) => ANNEX_ISSUER.exec(p.text)).find((m) => m !== null);
    const dateLine = header.find((p) => isDateLine(p.text));
    const text = lines.filter((p) => !header.includes(p));
    const [from, to] = [text[0], text.at(-1)];
    if (!named || !from || !to) return;
    annexes.push({
      issuer: (named[1] as string).trim(),
      region: { start: from.start, end: to.end },
      said: dateLine ? dayIn(article, dateLine) : null,
    });
  });
  return { author, annexes, publisherSection: null };
}

// "Date: 4 May 2016", "Dated 30 November 2016": the label a signed decision or form prints before its day.
const DATE_LABEL = /^Dated?\s*:?\s*/u;

/**
 * The day a document with no dated heading gives beside its signature: a date line on the line after or before it
 * ("Signed: Judge X" over "Date: 4 May 2016", a letter's "Norhavn, 1 December 2016" over "(Signed) X"), the
 * day it was signed, not the day it was published.
 */
function signatureDay(article: ArticleAnalysis, signedAt: number): When | null {
  const { paragraphs } = article;
  const line = [paragraphs[signedAt + 1], paragraphs[signedAt - 1]].find(
    (p) => p !== undefined && isDateLine(p.text.replace(DATE_LABEL, '')),
  );
  return line ? dayIn(article, line) : null;
}

/**
 * A letter's signature: "(Signed) X" or "Signed: X" (a role after a comma), or a closing formula ("Yours sincerely,")
 * with the signer's name on the next line and his office, if any, on the line after it.
 */
function signatureOf(paragraphs: Segment[]): { at: number; name: string; role: string | null; closing: boolean } | null {
  const signedAt = paragraphs.findIndex((p) => SIGNATURE.test(p.text));
  if (signedAt >= 0) {
    const signature = SIGNATURE.exec((paragraphs[signedAt] as Segment).text) as RegExpExecArray;
    return {
      at: signedAt,
      name: (signature[1] ?? signature[3] ?? '').trim(),
      role: (signature[2] ?? signature[4] ?? '').trim() || null,
      closing: false,
    };
  }
  const closingAt = paragraphs.findIndex((p, i) => i > 0 && CLOSING.test(p.text));
  const line = paragraphs[closingAt + 1];
  const named = closingAt > 0 && line ? signerLine(line) : null;
  if (!named || !line) return null;
  const next = paragraphs[closingAt + 2];
  const role = named[2]?.trim() ?? (next && next.text.length <= 120 && !/[.!?]$/u.test(next.text) ? next.text : null);
  return { at: closingAt + 1, name: (named[1] as string).trim(), role, closing: true };
}

// What says that the one a bio line introduces wrote the text: "She kept this diary", "he wrote this", "writes".
const WRITER_CUE =
  /\b(?:kept\s+(?:this|the|a)\s+(?:diary|journal|log)|wrote\s+(?:this|the\s+following)|writes\b|this\s+(?:diary|article|essay|column|account|piece)\b|in\s+(?:his|her)\s+own\s+words)/iu;

/**
 * Whether a bio line with no byline above it introduces the text's writer, not someone the story is about: it or
 * the line after it says so ("She kept this diary"), or it closes a text written as "I" ("Anna Kessel is Norland's
 * foreign minister." under a signed article that dropped its byline).
 */
function introducesWriter(article: ArticleAnalysis, bio: Segment): boolean {
  const { paragraphs, text } = article;
  const at = paragraphs.indexOf(bio);
  if (at <= 3 && WRITER_CUE.test(`${bio.text} ${paragraphs[at + 1]?.text ?? ''}`)) return true;
  const outside = (i: number) => !insideAny(article.quotations, i);
  return (
    at === paragraphs.length - 1 &&
    [...text.slice(0, bio.start).matchAll(/(?<![\p{L}])I\s+\p{Ll}/gu)].filter((m) => outside(m.index)).length >= 2
  );
}

/**
 * A signed article: a byline ("By X") and a bio line naming the same person ("X is Norland's Minister of Foreign
 * Affairs.", "The author is ..."), a byline with a public office after its comma or on the line under it ("By X,
 * Minister of ..."), or a bio line alone introducing the one who writes ("X is Harbour Relief's field coordinator ...
 * She kept this diary"). A reporter's byline with no bio line and no office is no author's voice: the story is told,
 * not signed.
 */
function signedArticle(article: ArticleAnalysis): DocumentVoices | null {
  const { paragraphs } = article;
  const bylineAt = paragraphs.slice(0, 5).findIndex((p) => BYLINE.test(p.text));
  const byline = bylineAt >= 0 ? (BYLINE.exec((paragraphs[bylineAt] as Segment).text) as RegExpExecArray) : null;
  const name = byline?.[1]?.trim() ?? null;
  // The byline's role after a comma ("By X, Minister for ..."), or on the short line under it.
  const bylineRole = byline?.[2]?.trim() ?? (byline ? officeLine(paragraphs[bylineAt + 1], 120) : null);
  const candidates = [...paragraphs.slice(0, 6), ...paragraphs.slice(-2)];
  const bioPattern = name
    ? new RegExp(String.raw`^(?:${escapeRegExp(name)}|The\s+(?:author|writer))\s*(?:,\s*[^,]{1,80},\s*)?\s+is\s+(.+?)\.?$`, 'u')
    : new RegExp(
        String.raw`^(${PERSON_NAME})\s+is\s+((?:the\s+|a\s+|an\s+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*['’]s\s+)[^.]{3,160})\.`,
        'u',
      );
  const bio = candidates.find(
    (p) =>
      p.text.split(/\s+/u).length <= 60 &&
      bioPattern.test(p.text) &&
      p !== paragraphs[bylineAt] &&
      (name !== null || introducesWriter(article, p)),
  );
  if (!bio && !(bylineRole && isPublicOffice(bylineRole))) return null;
  const bioMatch = bio ? (bioPattern.exec(bio.text) as RegExpExecArray) : null;
  const author = name ?? (bioMatch?.[1] as string | undefined) ?? null;
  if (!author) return null;
  const role = (name ? bioMatch?.[1] : bioMatch?.[2])?.trim() ?? bylineRole;
  const publicOffice = role !== null && isPublicOffice(role);
  const diary = DIARY.test(
    paragraphs
      .slice(0, 6)
      .map((p) => p.text)
      .join('\n'),
  );
  // The body: after the byline (and the bio line, where it opens the text), before a bio line that closes it.
  const headAt = Math.max(bylineAt, 0); // the byline, else the first line
  const bioAt = bio ? paragraphs.indexOf(bio) : -1;
  const closing = bioAt >= Math.max(paragraphs.length - 2, headAt + 2);
  const after = Math.max(headAt, bio && !closing ? bioAt : 0);
  const until = bio && closing ? bioAt : paragraphs.length;
  const body = paragraphs.slice(after + 1, until);
  const [first, last] = [body[0], body.at(-1)];
  if (!first || !last) return null;
  return {
    author: {
      name: author,
      role,
      public: !diary && publicOffice,
      region: { start: first.start, end: last.end },
      said: null,
    },
    annexes: [],
    publisherSection: diary || !publicOffice ? publisherSection(article, until) : null,
  };
}

// A heading that hands a private writer's text over to its publisher: "What Harbour Relief is doing", "How you can
// help", "About Harbour Relief", "Our response".
const PUBLISHER_HEADING =
  /^(?:what\s+.{2,60}\s+(?:is|are)\s+doing|how\s+(?:you|to)\s+(?:can\s+)?help|about\s+.{2,60}|our\s+(?:response|work|appeal))\s*[:?]?$/iu;

/** The closing section its publisher speaks in a private writer's text: from such a heading to the body's end. */
function publisherSection(article: ArticleAnalysis, until: number): Span | null {
  const { paragraphs } = article;
  const headingAt = paragraphs.findIndex((p, i) => i > 2 && i < until && p.text.length <= 80 && PUBLISHER_HEADING.test(p.text));
  const [first, last] = [paragraphs[headingAt + 1], paragraphs[until - 1]];
  return headingAt > 0 && first && last && first.start <= last.start ? { start: first.start, end: last.end } : null;
}

// The verbs of a caption that says who gave the text under it: "preached by", "delivered by", "given by".
const GIVEN_VERBS = 'preached|delivered|given';
// A speech's heading: "Remarks by Foreign Minister Anna Kessel at the Security Council", "Statement by the
// Secretary-General on Syria", "Address of President X to the nation", "The Secretary-General's remarks to the
// General Assembly"; (s17) the text's version between the noun and its speaker: "Remarks as delivered by Mayor X, ...",
// "Speech as prepared for delivery by Y"; (s19) a sermon's or a lecture's caption, "Homily preached by the Rt Rev X,
// Bishop of Y, at ...", "Sermon given by ...", "Lecture delivered by ...".
const SPEECH_HEADING = new RegExp(
  String.raw`^(?:(?:Opening|Closing|Introductory|Keynote|Full)\s+)?(?:[Rr]emarks|[Ss]peech|[Aa]ddress|[Ss]tatement|[Ii]ntervention|[Hh]omily|[Ss]ermon|[Ll]ecture|[Tt]ext\s+of\s+(?:the\s+)?speech)(?:\s+as\s+(?:delivered|prepared(?:\s+for\s+delivery)?)|\s+(?:${GIVEN_VERBS}))?\s+(?:by|of)\s+(.+?)(?:\s+(?:at|to|before|on|in|during|following|after|upon|for)\s+.*|\s*[,:(–—].*)?$`,
  'u',
);
// (s19) A caption that says who gave the text printed under it ("Homily preached by X, ..., Sunday 25 December 2016."):
// a heading even where it ends on a full stop, as a caption written as a sentence does. Not SPEECH_HEADING, on
// purpose: this only lets such a line be read as a heading (any first word, "as" allowed); SPEECH_HEADING then reads it.
const GIVEN_BY_CAPTION = new RegExp(String.raw`^\p{L}+\s+(?:as\s+)?(?:${GIVEN_VERBS})\s+by\s`, 'u');
const SPEECH_POSSESSIVE =
  /^(.+?)['’]s\s+(?:opening\s+|closing\s+|keynote\s+)?(?:remarks|speech|address|statement|intervention)\s+(?:at|to|before|on|in|during)\b/iu;

/**
 * A speech published as its text: a heading names its speaker (a person, or an office the gazetteer knows the holder
 * of on the day), and the text speaks in the first person. The speaker of such a text is a public one by the act.
 */
function speechText(article: ArticleAnalysis): DocumentVoices | null {
  const { paragraphs, text } = article;
  const heads = paragraphs.slice(0, 4).filter((p) => p.text.length <= 220 && !/[.!?]$/u.test(p.text));
  for (const head of heads) {
    const found = SPEECH_HEADING.exec(head.text) ?? SPEECH_POSSESSIVE.exec(head.text);
    if (!found) continue;
    const phrase = (found[1] as string).trim();
    const speaker = speakerOfHeading(article, phrase);
    if (!speaker) continue;
    const index = paragraphs.indexOf(head);
    // The body: after the heading and the short lines under it (a place and date, "As delivered").
    let from = index + 1;
    while (
      from < paragraphs.length &&
      (paragraphs[from] as Segment).text.length <= 90 &&
      !ENDS_SENTENCE.test((paragraphs[from] as Segment).text)
    )
      from++;
    const body = paragraphs.slice(from);
    const [first, last] = [body[0], body.at(-1)];
    if (!first || !last) continue;
    const spoken = text.slice(first.start, last.end);
    if (!/(?:^|[\s(])(?:I|[Ww]e)\s+\p{Ll}/u.test(spoken)) continue;
    const dateLine = paragraphs
      .slice(index + 1, from)
      .find((p) => isDateLine(p.text) || /^\p{Lu}[\p{L} .'’-]{1,40},\s*\p{L}/u.test(p.text));
    return {
      author: {
        name: speaker.name,
        role: speaker.role,
        public: true,
        region: { start: first.start, end: last.end },
        said: dateLine ? dayIn(article, dateLine) : null,
      },
      annexes: [],
      publisherSection: null,
    };
  }
  return null;
}

const OFFICE_WORD =
  /\b(?:Director|Minister|Secretary|Representative|Coordinator|Commissioner|Spokes(?:person|man|woman)|President|Chair(?:man|woman|person)?|Envoy|Ambassador|Head|Chief|Officer|Advis[eo]r)\b/u;

/** The person a speech's heading names: by his name ("Foreign Minister Anna Kessel"), or an office's holder that day. */
function speakerOfHeading(article: ArticleAnalysis, phrase: string): { name: string; role: string | null } | null {
  const bare = phrase.replace(/^the\s+/iu, '');
  const named = nameEndingAt(bare, 0, bare.length);
  // "the Regional Director": an office with no holder's name is no person's (its body's release, issuer-voice.ts).
  if (named?.kind === 'person' && !OFFICE_WORD.test(named.name)) return { name: named.name, role: named.title };
  const office = article.gazetteer.mentions(bare, 'actor').find((m) => m.start === 0 && m.end === bare.length);
  if (!office) return null;
  const entry = article.gazetteer.actors.get(office.id);
  if (entry?.kind === 'person') return { name: entry.name, role: null };
  const day = article.publishedOn;
  const term = entry?.holders?.find((t) => t.from <= day && (!t.until || day <= t.until));
  const holder = term ? article.gazetteer.actors.get(term.actor) : undefined;
  return holder?.kind === 'person' ? { name: holder.name, role: entry?.name ?? null } : null;
}

// A note verbale: "The Permanent Mission of Norland to the United Nations presents its compliments to the
// Secretary-General and has the honour to ...": the mission speaks, in the third person, through the whole note.
const NOTE_VERBALE = /^The\s+((?:Permanent\s+)?(?:Mission|Embassy|Delegation)\s+of\s+.+?)\s+presents\s+its\s+compliments\b/u;

/** A note verbale: the mission that presents its compliments is the issuer of its text, dated by the note's day. */
function noteVerbale(article: ArticleAnalysis): DocumentVoices | null {
  const { paragraphs } = article;
  const at = paragraphs.findIndex((p, i) => i < 12 && NOTE_VERBALE.test(p.text));
  if (at < 0) return null;
  const issuer = ((NOTE_VERBALE.exec((paragraphs[at] as Segment).text) as RegExpExecArray)[1] as string).trim();
  const last = paragraphs.at(-1) as Segment;
  const heading = paragraphs
    .slice(0, at)
    .findLast((p) => /^(?:Identical\s+)?(?:[Nn]otes?\s+verbales?|[Ll]etters?)\s+dated\b/u.test(p.text));
  const region = { start: (paragraphs[at] as Segment).start, end: last.end };
  return { author: null, annexes: [{ issuer, region, said: heading ? dayIn(article, heading) : null }], publisherSection: null };
}

/**
 * Who the document speaks as, by the first form that fits: a signed letter, a note verbale, a signed article or diary,
 * a speech published as its text; null where the text is none of these (a story told by its reporter).
 */
export function documentVoices(article: ArticleAnalysis): DocumentVoices | null {
  return letterVoices(article) ?? noteVerbale(article) ?? signedArticle(article) ?? speechText(article);
}

// (s20) A letter to the editor opens on its salutation ("SIR –", "Sir,", "To the Editor:", "Dear Editor,"), the
// letters-page house style of British and American papers alike.
const EDITOR_SALUTATION = /^(?:SIR|Sir|Madam|To\s+the\s+Editor|Dear\s+(?:Editor|Sir|Madam))\s*[–—:,-]\s*/u;

/** A letter signed at its foot: the words before the signature are its writer's. */
export interface SignedLetter {
  /** The signature's name ("Dr Jane Roe" on a line of its own). */
  signature: Span;
  /** The letter's words, one span per paragraph, its salutation left out. */
  body: Span[];
  /** The index of its first paragraph. */
  opening: number;
}

/**
 * (s20) The letters of a letters page (or a single letter to the editor): each from its salutation to the line that
 * signs it with a person's name, the writer's town or office on the line after it. The speaker comes only after the
 * words: everything before the signature is the writer's.
 */
export function signedLetters(article: ArticleAnalysis): SignedLetter[] {
  const letters: SignedLetter[] = [];
  let opening: { index: number; salutation: number } | null = null;
  for (const [index, paragraph] of article.paragraphs.entries()) {
    const salutation = EDITOR_SALUTATION.exec(paragraph.text);
    if (salutation) {
      opening = { index, salutation: salutation[0].length };
      continue;
    }
    const name = opening && signerLine(paragraph)?.[1];
    if (!opening || !name) continue;
    const skip = opening.salutation;
    const body = article.paragraphs.slice(opening.index, index).map((p, i) => ({ start: p.start + (i === 0 ? skip : 0), end: p.end }));
    letters.push({ signature: { start: paragraph.start, end: paragraph.start + name.length }, body, opening: opening.index });
    opening = null;
  }
  return letters;
}

/** An answer printed under a caption line that names the one who gives it: the words after the caption are theirs. */
export interface CaptionedAnswer {
  /** The caption's name ("Jane Roe" of "Jane Roe, 34, nurse, Dunedin"). */
  caption: Span;
  /** The answer's words, one span per paragraph. */
  body: Span[];
  /** The index of its first paragraph. */
  opening: number;
}

// (s32) A caption line over an answer: a person's name, then what the paper says of them (an age, an occupation, a
// town), after a comma, in brackets or after a dash, a colon closing it at most: "Jane Roe, 34, nurse, Dunedin", "Ivo
// Lenk (52), taxi driver", "ANNA HOLM – student, Tartu:"; or the name alone over a line that says it ("Ivo Lenk" over
// "Taxi driver, Kettleby"). Never a sentence.
const CAPTION_LINE = new RegExp(String.raw`^(${PERSON_NAME})\s*(?:(\(\d{1,3}\))\s*)?(?:[,–—-]\s*([^.!?:;"“”]{1,120}?))?\s*:?$`, 'u');
// What a caption says of its person is a few words (no clause); (s58) an expert's post and department may take more
// ("Dr Samir Haddadin, Senior Lecturer in Global Health, Pencarrow Centre for Conflict and Health").
const CAPTION_WORDS = 16;
// (s58) A question put to the one captioned, on a line of its own between the caption and the answer (an expert-comment
// page's "Why did Russia veto now?"): the asker's, and what follows it up to the next question the answer, spoken or not.
const PUT_QUESTION = /^[^"“”\n]{3,160}\?$/u;
// A line that ends the answers: a credit or note labelled by a word and a colon ("Photos: X", "Editor's note: ...",
// "Interviews by X").
const APPARATUS_LINE = /^(?:[\p{L}'’]+(?:\s+[\p{L}'’]+)?\s*:|(?:Interviews?|Photos?|Pictures?|Compiled|Reporting)\s+by\b)/u;
// Fewer captioned answers may be a single byline over a text or a photo's caption.
const MIN_CAPTIONED_ANSWERS = 2;

/** A line that is no sentence and a few words at most (a caption's description). */
const shortLine = (line: string) => !line.includes('\n') && !ENDS_SENTENCE.test(line) && line.split(/\s+/u).length <= CAPTION_WORDS;

/**
 * A paragraph's caption line (CAPTION_LINE, its name a person's): the span of the name and how many paragraphs the
 * caption takes (two where the description is on the line under the name); else null.
 */
function captionAt(article: ArticleAnalysis, index: number): { name: Span; lines: number } | null {
  const paragraph = article.paragraphs[index] as Segment;
  const line = paragraph.text.trim();
  if (!shortLine(line) || isTitle(article, paragraph)) return null;
  const found = CAPTION_LINE.exec(line);
  const name = found?.[1];
  if (!found || !name) return null;
  // A name printed in capitals ("ANNA HOLM") is read as it is written in prose.
  const written = titleCased(name);
  if (nameEndingAt(written, 0, written.length)?.kind !== 'person') return null;
  const under = article.paragraphs[index + 1]?.text.trim() ?? '';
  const described = found[2] !== undefined || found[3] !== undefined;
  if (!described && (!shortLine(under) || APPARATUS_LINE.test(under) || CAPTION_LINE.test(under))) return null;
  const at = paragraph.start + paragraph.text.indexOf(line);
  return { name: { start: at, end: at + name.length }, lines: described ? 1 : 2 };
}

/**
 * Whether a paragraph is spoken by the one whose words it is: the first person outside quotations, or the whole
 * paragraph one quotation (an answer printed in quotation marks under its caption).
 */
function spokenParagraph(article: ArticleAnalysis, paragraph: Segment): boolean {
  const inside = article.quotations.filter((q) => q.start >= paragraph.start && q.end <= paragraph.end);
  const whole =
    inside.length === 1 &&
    article.text.slice(paragraph.start, paragraph.end).trim().length - ((inside[0] as Span).end - (inside[0] as Span).start) <= 3;
  if (whole) return true;
  let rest = '';
  let at = paragraph.start;
  for (const q of inside) {
    rest += article.text.slice(at, Math.min(q.openMark ?? q.start, q.start));
    at = Math.max(at, (q.closeMark ?? q.end - 1) + 1);
  }
  rest += article.text.slice(at, paragraph.end);
  // (s58) Quoted words whose only attribution is a pronoun ("“...,” he said."): the one captioned speaks them.
  if (inside.length > 0 && /^(?:[\s,.]*(?:he|she)\s+(?:said|says|added|adds)[\s,.]*)+$/iu.test(rest)) return true;
  return FIRST_PERSON_WORD.test(rest.replace(/["“”„«»][^"“”„«»]*$/u, ''));
}

/**
 * (s32) A street poll's answers (a newspaper's vox pop, "Your say"): each under a caption line naming the person who
 * gives it, the paragraphs after it up to the next caption their words, spoken in the first person with no verb of
 * saying (the speaker comes before the words, where a letter's signer comes after them). The answer's first paragraph
 * speaks (spokenParagraph); the answers end at a credit or note line ("Photos: ...") or a line that is no sentence; the
 * last runs on only while it speaks (a closing paragraph in the third person is the paper's). Empty unless
 * MIN_CAPTIONED_ANSWERS captions each stand over such an answer.
 */
export function captionedAnswers(article: ArticleAnalysis): CaptionedAnswer[] {
  const { paragraphs } = article;
  const captions = paragraphs.flatMap((_, index) => {
    const caption = captionAt(article, index);
    return caption ? [{ index, ...caption }] : [];
  });
  const answers = captions.flatMap(({ index, name, lines }, n) => {
    const next = captions[n + 1]?.index ?? paragraphs.length;
    const body: Span[] = [];
    let asked = false;
    for (let i = index + lines; i < next; i++) {
      const p = paragraphs[i] as Segment;
      const line = p.text.trim();
      if (APPARATUS_LINE.test(line) || !ENDS_SENTENCE.test(line)) break;
      if (PUT_QUESTION.test(line) && line.split(/\s+/u).length <= CAPTION_WORDS * 2) {
        asked = true;
        continue;
      }
      if (!asked && (body.length === 0 || next === paragraphs.length) && !spokenParagraph(article, p)) break;
      body.push({ start: p.start, end: p.end });
    }
    return body.length > 0 ? [{ caption: name, body, opening: index + lines }] : [];
  });
  return answers.length >= MIN_CAPTIONED_ANSWERS ? answers : [];
}

/**
 * A speech, sermon, message or statement printed in full after an introduction in the publisher's own words (a news
 * service's "Below is the full text of the Pope's words", a broadcaster's "Here is the transcript of her address"): who
 * speaks (the words the introduction names the speaker by), and which paragraphs are the address and which of them are
 * formulas of the occasion (a salutation, an invitation to a rite, closing greetings) rather than remarks.
 */
export interface PrintedAddress {
  /** The words that name the speaker: the possessive or "of"/"by" phrase of the announcing sentence or the headline. */
  speaker: Span;
  /** The address's paragraphs, by index, in order (its salutation left out). */
  paragraphs: number[];
  /** Those of them that are formulas, no remarks. */
  formulas: number[];
  /**
   * (s17) The heading lines of a speech printed as the whole text ("Remarks as delivered by X at Y, <date>", the place
   * and date line under "Statement by Z"): the day they give dates the address. Null for an address an introduction
   * announces (its introduction's sentences date it).
   */
  heading: Span | null;
}

// A sentence that announces a text printed after it: "Below is the full text of ...", "Here are the Pope's words",
// "The text of her statement follows", "His address reads as follows:", "... printed in full below". Unseen forms it
// covers: "What follows is the complete text of the address", "The following is a transcript of his remarks", "Read the
// minister's speech in full below".
const ANNOUNCES_TEXT = [
  /\b(?:full|complete|entire|official|unofficial|prepared|verbatim)\s+(?:text|transcript|version)\b/iu,
  /\b(?:text|transcript)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:\p{L}+\s+){0,3}?(?:address|speech|remarks|words|message|homily|sermon|statement|appeal|letter|declaration|intervention)\b/iu,
  /\b(?:below|here|following)\s+(?:is|are)\b[^.]{0,80}\b(?:words|address|speech|remarks|message|homily|sermon|statement|appeal|text|transcript)\b/iu,
  /\b(?:reads?|went|runs?)\s+as\s+follows\b|\b(?:follows|in\s+full\s+below)\s*[:.]?\s*$/iu,
];
// A headline that says the article is a text in full: "Full text: ...", "Transcript: ...", "In full: ...", "Text of ...".
const FULL_TEXT_TITLE = /^(?:(?:full|complete)\s+text|transcript|in\s+full|text|read\s+in\s+full)\s*[:–—-]|^(?:full\s+)?text\s+of\b/iu;
// Whose words: a possessive before the noun ("the Pope's words", "President Roe's address"), or "of"/"by" after it ("the
// text of the address by Jane Roe", "the message of the Patriarch").
const WHOSE_POSSESSIVE =
  /((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+|de\s+|al-)?\p{Lu}[\p{L}.'’-]*){0,4}|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)['’]s?\s+(?:\p{Ll}+\s+){0,3}?(?:words|address|speech|remarks|message|homily|sermon|statement|appeal|letter|declaration|text|intervention)\b/u;
const WHOSE_BY =
  /\b(?:words|address|speech|remarks|message|homily|sermon|statement|appeal|letter|declaration|intervention)\s+(?:by|of|from)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+|de\s+|al-)?\p{Lu}[\p{L}.'’-]*){0,4})/u;
// A line that only addresses the audience, opening the address: "Dear brothers and sisters,", "Mr. President,",
// "Ladies and gentlemen,", "My fellow citizens!", (s17) "Mr. Chair,".
const SALUTATION_LINE = /^[\p{Lu}](?:[^.?;:]|(?<=\b(?:Mr|Mrs|Ms|Dr|Hon))\.){0,60}[,!]$/u;
// An invitation to a rite or a ceremony, not a remark: "Let us pray together ...", "Let us observe a minute's silence",
// "Let us stand for the anthem", "Let us bow our heads"; (s17) the same invitation put as a request: "And now I would
// like to ask you to light your candles and join me in a minute of silence", "I invite you all to rise for a moment of
// prayer", "Please join me in a moment of silence".
const RITE_INVITATION =
  /^(?:(?:And\s+)?(?:now|so|finally)[,\s]+)?(?:Let\s+us\s+(?:now\s+)?(?:pray|stand|rise|observe|keep|bow|sing|kneel|remember\s+them\s+in\s+silence)\b|(?:I\s+(?:would\s+like\s+to|want\s+to|will\s+now)\s+)?(?:ask|invite)\s+(?:you|everyone|all\s+of\s+you)\b[^.]{0,100}\b(?:silence|pray|prayer|light\s+(?:your|a|the|our)\s+candles?|bow\s+(?:your|our)\s+heads|rise)\b|(?:Please\s+)?join\s+me\s+in\s+(?:a\s+)?(?:minute|moment|prayer)\b)/iu;
// Closing greetings, thanks and blessings: "I greet all of you, dear pilgrims", "Thank you.", "God bless you all", "I wish
// you a happy new year", "Goodbye and good luck". Only as an address's last paragraphs.
const CLOSING_GREETING =
  /^(?:I\s+(?:(?:would\s+like\s+to|want\s+to)\s+)?(?:greet|salute|thank)\b|I\s+wish\s+(?:you|everyone|all)\b|(?:Thank\s+you|Thanks)\b|(?:May\s+)?God\s+bless\b|May\s+(?:the\s+)?(?:peace|blessing|grace|love|Lord)\b|Good\s*bye\b|Farewell\b)/u;
/**
 * (s17) A sentence of an address's opening courtesies: a greeting or thanks, however it is put ("Good evening, and
 * thank you all for coming", "I want to thank the organisers ...", "At the outset, allow me to thank ...", "Let me
 * begin by thanking ...", "Welcome, everyone"; (s19) a feast's wishes after a vocative, "My dear friends, a happy and
 * holy Christmas to you all"). Only the address's first paragraphs, and only where each of their
 * sentences is one, are formulas: a paragraph that goes on to a remark is a remark.
 */
const OPENING_COURTESY =
  /^(?:(?:At\s+the\s+outset|First(?:\s+of\s+all)?|To\s+begin(?:\s+with)?|And)[,\s]+)?(?:(?:My\s+)?(?:dear|beloved)\s+[^,.!?]{1,40},\s*)?(?:Good\s+(?:morning|afternoon|evening)\b|(?:a\s+)?(?:(?:happy|merry|blessed|holy|joyful|peaceful)\s+(?:and\s+)?)+(?:Christmas|Advent|Easter|Eid|New\s+Year|feast)\b|Welcome\b|(?:Thank\s+you|Thanks)\b|(?:I|We)\s+(?:(?:would|should)\s+like\s+to\s+|want\s+to\s+|wish\s+to\s+)?(?:thank|welcome|greet)\b|(?:allow|let|permit)\s+me\s+(?:first\s+)?(?:to\s+)?(?:begin\s+by\s+)?(?:thank|welcom|greet)(?:ing)?\b)/iu;
// A bracketed direction standing for what is said or done ("[Hail Mary]", "[Applause]", "(Prayer)").
const BRACKETED = /^\s*[[(][^\])]{1,60}[\])]\s*$/u;
// (s19) A paragraph that is a quotation and nothing else, a reference after it at most: a text the speaker reads out
// (a Scripture reading at a sermon's opening, a poem, a motto), no remark of his.
const READ_OUT = /^["“][^"“”]+["”]\s*(?:[(–—-][^()]{1,40}\)?)?$/u;
const FIRST_PERSON_WORD = /(?<![\p{L}])(?:I|my|My|me|we|We|our|Our|us)(?![\p{L}'’])/u;
// A reporter's attribution: the introduction's or a coda's narration, not the address.
const REPORTING = /\b(?:said|says|told|according\s+to|added|reported)\b/u;
// A heading or a line that is no sentence: where the publisher takes the text back ("Context", "Background").
const SHORT_HEADING = /^[^\n]{1,60}(?<![.!?"”:,;—–-])$/u;

/**
 * An address printed in full: after an introduction that announces it (introducedAddress), or as the whole text
 * under a heading that names its speaker (headedAddress, s17); null where the text is neither.
 */
export function printedAddress(article: ArticleAnalysis): PrintedAddress | null {
  return introducedAddress(article) ?? headedAddress(article) ?? toldAccount(article);
}

// (s43) An introduction that says the words after it are one person's account as told to the paper: "His account has
// been edited for length", "as told to our reporter", "in her own words" (unseen: "Her testimony has been translated
// and condensed").
const ANNOUNCES_ACCOUNT =
  /\b(?:(?:his|her|their)\s+(?:account|story|words|testimony|remarks)\s+(?:has|have)\s+been\s+(?:edited|condensed|translated|shortened|lightly\s+edited)|as\s+told\s+to|in\s+(?:his|her)\s+own\s+words)\b/iu;
// The person the introduction opens on: a name of two words or more before a comma (an age or a description follows).
const INTRODUCED_NAME = /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|bin|ibn|abu|Abu|Umm)[ -])?\p{Lu}[\p{L}'’-]+){1,3})(?=,)/u;

/**
 * (s43) A person's account printed in the first person after an introduction that names the person and says the
 * words are the account told to the paper ("Mahmoud Qassem, 46, taught Arabic ... He spoke to us by telephone ... His
 * account has been edited for length.", ANNOUNCES_ACCOUNT): each paragraph after it is the person's, as an address an
 * introduction announces is. Null where no paragraph of the first four announces so, none names its person at its
 * start, or the words after it are not in the first person.
 */
function toldAccount(article: ArticleAnalysis): PrintedAddress | null {
  const { paragraphs } = article;
  const announcedAt = paragraphs.findIndex((p, i) => i < 4 && !isTitle(article, p) && ANNOUNCES_ACCOUNT.test(p.text));
  if (announcedAt < 0) return null;
  const announcing = paragraphs[announcedAt] as Segment;
  const name = INTRODUCED_NAME.exec(announcing.text);
  if (!name) return null;
  const chosen = addressParagraphs(article, announcedAt + 1, true);
  if (!chosen) return null;
  const at = announcing.start;
  return { speaker: { start: at, end: at + (name[1] as string).length }, ...chosen, heading: null };
}

/**
 * An address printed in full after an introduction: a sentence of the first paragraphs (or the headline) announces a
 * text ("Below is the full text of the Pope's words ..."), the paragraphs after it (after a salutation line) speak in
 * the first person, and run to a heading or the end. The speaker is the one the announcing words name by a possessive
 * or "of"/"by"; null where none is named or the text after the announcement is no first-person address.
 */
function introducedAddress(article: ArticleAnalysis): PrintedAddress | null {
  const { paragraphs } = article;
  const announcedAt = paragraphs.findIndex(
    (p, i) => i < 8 && !isTitle(article, p) && ANNOUNCES_TEXT.some((a) => splitSentencesOf(p).some((s) => a.test(s))),
  );
  if (announcedAt < 0) return null;
  const announcing = paragraphs[announcedAt] as Segment;
  const titleLine = paragraphs.find((p) => isTitle(article, p));
  const speaker = whoseWords(announcing) ?? (titleLine && FULL_TEXT_TITLE.test(titleLine.text) ? whoseWords(titleLine) : null);
  if (!speaker) return null;
  const chosen = addressParagraphs(article, announcedAt + 1, true);
  return chosen ? { speaker, ...chosen, heading: null } : null;
}

// A line under a speech's heading that says it was given as printed: "Check against delivery", "As delivered",
// "Delivered by the Permanent Representative", "As prepared for delivery".
const DELIVERY_LINE = /\b(?:check\s+against\s+delivery|as\s+(?:delivered|prepared)|delivered\s+by|prepared\s+for\s+delivery)\b/iu;
// A heading that names the occasion it was given at: "... at the Vigil for Aleppo", "... to the General Assembly".
const OCCASION = /\s(?:at|to|before|during)\s+(?:the\s+|a\s+|an\s+)?\p{Lu}/u;

/**
 * (s17) A speech printed as the whole text under a heading that names its speaker ("Remarks as delivered by Mayor X at
 * the Vigil for Aleppo, <date>", "Statement by the Republic of Y" over "Delivered by the Permanent Representative" and a
 * place and date line), its body in the first person: each paragraph is the speaker's, as an address an introduction
 * announces is. A "Statement by ..." heading counts only where the heading names an occasion or a line under it says
 * it was delivered (a written statement is its issuer's release, issuer-voice.ts). The heading lines are the short
 * lines from the heading to the first sentence; a heading line is looked for before the headline (a page's headline
 * often shortens it: "Mayor X's remarks at the vigil").
 */
function headedAddress(article: ArticleAnalysis): PrintedAddress | null {
  const { paragraphs } = article;
  const heads = paragraphs
    .slice(0, 6)
    .filter((p) => p.text.length <= 320 && (!ENDS_SENTENCE.test(p.text) || GIVEN_BY_CAPTION.test(p.text)))
    .sort((a, b) => Number(isTitle(article, a)) - Number(isTitle(article, b)));
  for (const head of heads) {
    const found = SPEECH_HEADING.exec(head.text) ?? SPEECH_POSSESSIVE.exec(head.text);
    if (!found) continue;
    const index = paragraphs.indexOf(head);
    let from = index + 1;
    while (from < paragraphs.length && isHeaderLine(paragraphs[from] as Segment)) from++;
    const block = paragraphs.slice(index, from);
    if (/^(?:\p{L}+\s+)?[Ss]tatement\b/u.test(head.text) && !OCCASION.test(head.text) && !block.some((p) => DELIVERY_LINE.test(p.text)))
      continue;
    const words = (found[1] as string).trim();
    const at = head.start + (found.index ?? 0) + found[0].indexOf(words);
    const chosen = addressParagraphs(article, from, false);
    if (!chosen) continue;
    const last = block.at(-1) as Segment;
    return { speaker: { start: at, end: at + words.length }, ...chosen, heading: { start: head.start, end: last.end } };
  }
  return null;
}

/**
 * A short line under a heading that is no sentence: a place and date, "Check against delivery", an occasion's name;
 * (s55) or the delivery line however punctuated ("Original: Spanish. Unofficial translation. Check against delivery.").
 */
const isHeaderLine = (p: Segment) =>
  p.text.length <= 120 && (!ENDS_SENTENCE.test(p.text) || DELIVERY_LINE.test(p.text)) && !SALUTATION_LINE.test(p.text.trim());

/**
 * The paragraphs of an address from `start` on (after its salutation lines) to a heading or the end, and which of them
 * are formulas: an invitation to a rite, a salutation, the opening courtesies, the closing greetings. After an
 * introduction, a paragraph with no first person that reports someone's words is the publisher's narration again and
 * ends it (`narrated`); a speech printed as the whole text has no narration, and its paragraphs that relay others are
 * still the speaker's. Null where the first paragraph has no first person or there are fewer than two.
 */
function addressParagraphs(
  article: ArticleAnalysis,
  start: number,
  narrated: boolean,
): { paragraphs: number[]; formulas: number[] } | null {
  const { paragraphs } = article;
  let from = start;
  while (from < paragraphs.length && SALUTATION_LINE.test((paragraphs[from] as Segment).text.trim())) from++;
  const chosen: number[] = [];
  for (let i = from; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Segment;
    if (SHORT_HEADING.test(p.text.trim()) && !BRACKETED.test(p.text) && !READ_OUT.test(p.text.trim())) break;
    // The publisher's narration again: a paragraph with no first person that reports someone's words.
    if (narrated && !FIRST_PERSON_WORD.test(p.text) && REPORTING.test(p.text)) break;
    chosen.push(i);
  }
  // It opens in the first person, or after a greeting that has none ("Good evening, and thank you all for coming.").
  const opening = chosen.slice(0, 2).map((i) => paragraphs[i] as Segment);
  if (chosen.length < 2 || !opening.some((p) => FIRST_PERSON_WORD.test(p.text))) return null;
  const formulas = chosen.filter((i) => {
    const words = (paragraphs[i] as Segment).text.trim();
    return RITE_INVITATION.test(words) || BRACKETED.test(words) || SALUTATION_LINE.test(words) || READ_OUT.test(words);
  });
  // The opening courtesies: the first paragraphs (salutation lines aside) each of whose sentences greets or thanks.
  for (const i of chosen) {
    const p = paragraphs[i] as Segment;
    if (SALUTATION_LINE.test(p.text.trim())) continue;
    if (!splitSentencesOf(p).every((s) => OPENING_COURTESY.test(s.trim()))) break;
    formulas.push(i);
  }
  // Closing greetings: the address's last paragraphs that open on one.
  for (let n = chosen.length - 1; n >= Math.max(0, chosen.length - 2); n--) {
    const i = chosen[n] as number;
    if (!CLOSING_GREETING.test((paragraphs[i] as Segment).text.trim())) break;
    formulas.push(i);
  }
  return { paragraphs: chosen, formulas: [...new Set(formulas)].sort((a, b) => a - b) };
}

/** The sentences of a paragraph as strings, split loosely at a full stop before a capital (enough to test a sentence's words). */
const splitSentencesOf = (p: Segment) => p.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);

/** The words naming whose text follows in a line: a possessive before the text's noun, or "of"/"by" after it. */
function whoseWords(line: Segment): Span | null {
  const found = WHOSE_POSSESSIVE.exec(line.text) ?? WHOSE_BY.exec(line.text);
  if (!found) return null;
  const words = (found[1] as string).replace(/['’]$/u, '');
  const at = line.start + (found.index ?? 0) + found[0].indexOf(words);
  return { start: at, end: at + words.length };
}

// (s24) A post copied from a social-media account with its header: the account's display name, its handle, a
// separator and the day ("Syrian Association of Yorkshire @SyriansYorks · 20 Dec 2016", "Jane Roe (@janeroe) · Dec
// 20, 2016", "Leeds Aid Convoy · 20 December 2016 at 09:15"), the form platforms print a thread or a page's feed in;
// or the name on a line of its own with the day on the next ("Rylands Masjid Council" / "13 December 2016 at 21:40 ·",
// a page's posts) or under the words (a comment's "17 December 2016 at 09:41 · Like · Reply").
const ACCOUNT_NAME = String.raw`\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|the|for|and|in|on|at|de|du|la|al|el|&)\s+)*\p{Lu}[\p{L}\p{N}'’.&-]*){0,8}`;
const POST_HEADER = new RegExp(
  String.raw`^(?<name>${ACCOUNT_NAME})?\s*(?:\(?(?<handle>@[A-Za-z0-9_]{2,30})\)?)?\s*(?<separator>[·•])?\s*(?<when>[^\n@·•]{0,60}?)\s*[·•]?$`,
  'u',
);
// A platform's links after a post's day ("· Like · Reply", "· Public", "· Edited") and the time after its date.
const PLATFORM_LINKS = /(?:\s*[·•]\s*(?:Like|Reply|Share|Comment|Edited|Public|Follow|Translate))*\s*[·•]?\s*$/iu;
const TIME_AFTER_DAY = /^,?\s*(?:at\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?$/iu;
// What a platform prints inside a post that is no word of it: "Replying to @X" over a reply, a post's place in its
// thread ("1/8", "2/"), the words of a page's tabs ("Posts", "Comments").
const REPLYING_TO = /^(?:Replying\s+to\s+@|(?:Posts|Comments|Replies|Most\s+relevant|View\s+more\s+comments)\s*$)/iu;
const POST_COUNTER = /^\d{1,2}\/\d{0,2}\s+/u;
// A post's age as a platform prints it instead of a day: "20h", "5 mins", "2 hours ago".
const POST_AGE = /^\d{1,2}\s*(?:s|m|h|d|mins?|hrs?|hours?|days?)(?:\s+ago)?$/iu;
// A thread or feed holds two posts or more (a single header-like line is as often a byline with a day).
const MIN_POSTS = 2;

/** The account a post's header names. */
interface Account {
  /** The account's display name (or its handle where the header gives no name) and where the header gives it. */
  account: string;
  accountSpan: Span;
  /** The account's handle as printed ("@SyriansYorks"), if the header gives it. */
  handle: string | null;
}

/** A post of a social-media thread or feed, under its header. */
export interface ThreadPost extends Account {
  /** The header's lines (the account's name, its handle and the post's day), or a comment's day line under it. */
  header: Span;
  /** The post's words, one span per paragraph, the platform's apparatus left out. */
  body: Span[];
  /** The index of the post's first paragraph. */
  opening: number;
}

/** Whether a line is a post's day and nothing else: a date (a time after it) or a post's age, then the platform's links. */
function dayLine(article: ArticleAnalysis, paragraph: Segment | undefined): boolean {
  if (!paragraph || paragraph.text.includes('\n')) return false;
  const line = paragraph.text.replace(PLATFORM_LINKS, '').trim();
  if (POST_AGE.test(line)) return true;
  const at = paragraph.start + paragraph.text.indexOf(line);
  const day = article.dateMentions.find((m) => m.start === at && m.when.precision === 'day');
  return day !== undefined && TIME_AFTER_DAY.test(article.text.slice(day.end, at + line.length));
}

/**
 * The account a paragraph's line names as a post's header (POST_HEADER): a handle, or a name and a separator before a
 * day or a post's age, the rest of the line nothing but the day; with `alone`, a name (and handle) with nothing after
 * it, the day on another line. Null for any other line (a byline, a dateline, a sentence).
 */
function postHeader(article: ArticleAnalysis, paragraph: Segment, alone = false): Account | null {
  const line = paragraph.text.trimEnd();
  if (line.includes('\n') || line.length > 120 || ENDS_SENTENCE.test(line) || /^(?:By|Posted|Published|Updated)\b/u.test(line)) return null;
  const found = POST_HEADER.exec(line);
  const { name, handle, separator, when = '' } = found?.groups ?? {};
  if (!found || (!name && !handle)) return null;
  if (alone ? when !== '' || separator : !handle && !separator) return null;
  const whenAt = paragraph.start + line.lastIndexOf(when);
  const dated =
    alone ||
    when === '' ||
    POST_AGE.test(when) ||
    article.dateMentions.some((m) => m.start >= whenAt && m.end <= whenAt + when.length && m.when.precision === 'day');
  if (!dated || (!alone && !handle && when === '')) return null;
  const account = (name ?? handle) as string;
  const at = paragraph.start + line.indexOf(account);
  return { account: account.trim(), accountSpan: { start: at, end: at + account.trim().length }, handle: handle ?? null };
}

/** Whether a blank line stands before a paragraph (a block of lines starts there). */
const blockStarts = (article: ArticleAnalysis, index: number): boolean =>
  index === 0 ||
  /\n\s*\n/u.test(article.text.slice((article.paragraphs[index - 1] as Segment).end, (article.paragraphs[index] as Segment).start));

/**
 * (s24) The posts of a social-media thread or feed copied with their headers: each from its header to the next, its
 * words its account's (a post in an organisation's "we" is the organisation speaking, as its press release is; a
 * reply or a comment is its own account's). A header is one line (name, handle, day), a name line over a day line, or
 * a comment's name opening a block of lines whose last line is its day. Empty unless MIN_POSTS posts are found.
 */
export function threadPosts(article: ArticleAnalysis): ThreadPost[] {
  const { paragraphs } = article;
  // Each post's first line, the paragraph its words start at and the span that gives its day.
  const starts: (Account & { index: number; from: number; header: Span })[] = [];
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index] as Segment;
    if (isTitle(article, p)) continue;
    const one = postHeader(article, p);
    if (one) {
      starts.push({ ...one, index, from: index + 1, header: { start: p.start, end: p.end } });
      continue;
    }
    const named = postHeader(article, p, true);
    const next = paragraphs[index + 1];
    if (!named || !next) continue;
    if (dayLine(article, next)) {
      starts.push({ ...named, index, from: index + 2, header: { start: p.start, end: next.end } });
      index++;
      continue;
    }
    // A comment: its name opens a block of lines, its day closes it.
    if (!blockStarts(article, index)) continue;
    let end = index + 1;
    while (end + 1 < paragraphs.length && !blockStarts(article, end + 1)) end++;
    const last = paragraphs[end] as Segment;
    if (end > index + 1 && dayLine(article, last))
      starts.push({ ...named, index, from: index + 1, header: { start: last.start, end: last.end } });
  }
  if (starts.length < MIN_POSTS) return [];
  const posts = starts.flatMap((start, i) => {
    const end = starts[i + 1]?.index ?? paragraphs.length;
    const body = paragraphs
      .slice(start.from, end)
      .filter((p) => !REPLYING_TO.test(p.text.trim()) && !(p.start >= start.header.start && p.end <= start.header.end))
      .map((p) => ({ start: p.start + (POST_COUNTER.exec(p.text)?.[0].length ?? 0), end: p.end }));
    const first = body[0];
    if (!first || !postWords(article.text.slice(first.start, first.end))) return [];
    const { account, accountSpan, handle, header } = start;
    return [
      { account, accountSpan, handle, header, body, opening: paragraphs.findIndex((p) => p.start <= first.start && first.start < p.end) },
    ];
  });
  return posts.length >= MIN_POSTS ? posts : [];
}

/**
 * (s32) Whether a post's first line reads as someone's words (a headline in capitals too), not a time or a number
 * line opening it. A document's heading blocks take a post's shape (a body's name over its day line, "Security Council" over
 * "Friday, 23 December 2016"; a title block "Journal of X" / "No. 2016/247" / its day) but what follows them is a
 * programme's line ("10:00  7850th meeting  Chamber") or a number, no post.
 */
const postWords = (line: string) => /\p{L}{2,}/u.test(line) && !/^\s*(?:\d{1,2}[:.]\d{2}|No\.\s*\d)/u.test(line);
