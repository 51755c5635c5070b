/**
 * The same reported speech printed twice by one article (a photo caption repeating the body, a standfirst
 * summarising it) is one statement: the seed computes a statement's text from its evidence, so a second passage
 * would double it. The longest wording is kept; the others are listed for the curator.
 */
import type { ExtractedStatement } from './statement-extractor.js';
import { speakerKey } from './statement-extractor.js';
import type { Span } from './text-segments.js';

const STOPWORDS = new Set(
  'a an the and or but of to in on at for with by from as is are was were be been it its this that their they said say says'.split(' '),
);
// Five letters are enough to make "accusing" and "accuse" the same word without a stemmer.
const stems = (value: string) =>
  new Set(
    value
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !STOPWORDS.has(w))
      .map((w) => w.slice(0, 5)),
  );

const passageText = (text: string, statement: ExtractedStatement) =>
  statement.evidence.map((e: Span) => text.slice(e.start, e.end)).join(' ');

export interface RepeatedStatement {
  kept: ExtractedStatement;
  repeat: ExtractedStatement;
}

// (s47) The speaker's own name is no word of what was said: "Mr McCully says New Zealand will vote for it" shares its
// subject, not its words, with "Murray McCully says New Zealand will keep pushing for a pause ...".
const speakerWords = (statement: ExtractedStatement): Set<string> =>
  stems(statement.speaker.status === 'proposed' ? statement.speaker.proposal.name : statement.speaker.id.replace(/-/gu, ' '));

export function foldRepeatedStatements(
  text: string,
  statements: ExtractedStatement[],
): { kept: ExtractedStatement[]; repeats: RepeatedStatement[] } {
  const words = new Map(
    statements.map((s) => {
      const name = speakerWords(s);
      return [s, new Set([...stems(passageText(text, s))].filter((w) => !name.has(w)))];
    }),
  );
  const byLength = [...statements].sort((a, b) => (words.get(b)?.size ?? 0) - (words.get(a)?.size ?? 0));
  const kept: ExtractedStatement[] = [];
  const repeats: RepeatedStatement[] = [];
  for (const statement of byLength) {
    const own = words.get(statement) as Set<string>;
    const original = kept.find((k) => {
      if (speakerKey(k.speaker) !== speakerKey(statement.speaker) || own.size < 5) return false;
      const other = words.get(k) as Set<string>;
      const shared = [...own].filter((w) => other.has(w)).length;
      return shared / own.size >= 0.7;
    });
    if (original) repeats.push({ kept: original, repeat: statement });
    else kept.push(statement);
  }
  const order = (s: ExtractedStatement) => (s.evidence[0] as Span).start;
  kept.sort((a, b) => order(a) - order(b));
  return { kept, repeats };
}
