/**
 * Real-looking English text for the synthetic corpus, built from the word lists in vocabulary.ts with a seeded
 * PRNG: statements (direct and reported speech), event titles and summaries, vote subjects, figures as printed
 * ("more than 40,000") and whole articles. Word frequencies are skewed (Zipf-like) and actor and place names
 * supply a long tail, so full-text search sees common and rare terms as it would in news.
 */
import { type Rng, Weighted } from './prng.js';
import {
  ABSTRACT_NOUNS,
  ADJECTIVES,
  ADVERBIALS,
  CONNECTORS,
  MODALS,
  OBJECTS,
  PAST_VERBS,
  REPORT_VERBS,
  SUBJECTS,
  VERBS,
  WEEKDAYS,
} from './vocabulary.js';

/** Lower-cases a sentence-initial subject ("The Council" -> "the Council"), keeping proper adjectives. */
const lowerFirst = (s: string) => (s.startsWith('Russian') ? s : s.charAt(0).toLowerCase() + s.slice(1));
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `s.split(' ').length`, without building the array. */
function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

export function formatNumber(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An article with the offsets of phrases a curator could quote (whole sentences and their clauses). */
export interface Article {
  text: string;
  /** Pairs [start, end) of quotable spans, JavaScript string indices into `text`. */
  spans: Int32Array;
  words: number;
}

export class TextMaker {
  private readonly subjects = Weighted.zipf(SUBJECTS, 0.7);
  private readonly modals = Weighted.zipf(MODALS, 0.8);
  private readonly verbs = Weighted.zipf(VERBS, 0.9);
  private readonly objects = Weighted.zipf(OBJECTS, 0.8);
  private readonly adjectives = Weighted.zipf(ADJECTIVES, 0.8);
  private readonly nouns = Weighted.zipf(ABSTRACT_NOUNS, 0.8);
  private readonly adverbials = Weighted.zipf(ADVERBIALS, 0.9);
  private readonly pastVerbs = Weighted.zipf(PAST_VERBS, 1);
  /**
   * Subjects and objects with the first letter as a sentence needs it, computed once (upperFirst of a whole
   * clause copied the clause again). Drawn by index, they take exactly the draws `sample` would.
   */
  private readonly subjectCase = { lower: SUBJECTS.map(lowerFirst), upper: SUBJECTS.map(upperFirst) };
  private readonly objectUpper = OBJECTS.map(upperFirst);

  constructor(
    private readonly rng: Rng,
    /** Display names of actors, for the long tail of names in text. */
    private readonly names: readonly string[],
    /** Display names of places. */
    private readonly places: readonly string[],
  ) {}

  name(): string {
    return this.names[this.rng.int(this.names.length)] as string;
  }

  place(): string {
    return this.places[this.rng.int(this.places.length)] as string;
  }

  object(): string {
    return this.objects.sample(this.rng);
  }

  adjective(): string {
    return this.adjectives.sample(this.rng);
  }

  noun(): string {
    return this.nouns.sample(this.rng);
  }

  /**
   * A main clause, e.g. "the Security Council must guarantee safe passage for civilians in Sukkari"; `lower` and
   * `upper` give what lowerFirst and upperFirst of it would.
   */
  clause(form: 'as is' | 'lower' | 'upper' = 'as is'): string {
    const r = this.rng;
    const subject = form === 'as is' ? this.subjects.sample(r) : (this.subjectCase[form][this.subjects.index(r)] as string);
    let s = `${subject} ${this.modals.sample(r)} ${this.verbs.sample(r)} ${this.objects.sample(r)}`;
    const tail = r.int(4);
    if (tail === 0) s += ` in ${this.place()}`;
    else if (tail === 1) s += ` ${this.adverbials.sample(r)}`;
    else if (tail === 2) s += ` with ${this.name()}`;
    return s;
  }

  /** One sentence of speech, capitalised, with its full stop. */
  private speechSentence(): string {
    const r = this.rng;
    switch (r.int(7)) {
      case 0:
        return `${this.clause('upper')}.`;
      case 1:
        return `The ${this.noun()} in ${this.place()} is ${this.adjective()}, and ${this.subjectCase.lower[this.subjects.index(r)]} ${this.modals.sample(r)} ${this.verbs.sample(r)} ${this.object()}.`;
      case 2:
        return `There can be no ${this.noun()} without ${this.object()}.`;
      case 3:
        return `What is happening in ${this.place()} is ${this.adjective()}.`;
      case 4:
        return `${this.clause('upper')} ${r.pick(CONNECTORS)} ${this.clause('lower')}.`;
      case 5:
        return `We call on ${this.name()} to ${this.verbs.sample(r)} ${this.object()} ${this.adverbials.sample(r)}.`;
      default:
        return `${this.objectUpper[this.objects.index(r)]} ${r.chance(0.5) ? 'is' : 'remains'} ${this.adjective()} ${r.chance(0.5) ? `in ${this.place()}` : this.adverbials.sample(r)}.`;
    }
  }

  /** The words of a statement: the speaker's own words (direct, partial) or the reported sentence (indirect). */
  statement(kind: 'direct' | 'partial' | 'indirect', speakerName: string): string {
    const r = this.rng;
    if (kind === 'indirect') {
      return `${speakerName} ${this.pastVerbs.sample(r)} that ${this.clause('lower')}${r.chance(0.3) ? `, ${r.pick(CONNECTORS)} ${this.clause('lower')}` : ''}.`;
    }
    if (kind === 'partial') return `${this.adjective()} ${this.noun()} ${r.chance(0.5) ? `in ${this.place()}` : this.adverbials.sample(r)}`;
    const sentences = 1 + (r.chance(0.45) ? 1 : 0) + (r.chance(0.15) ? 1 : 0);
    let text = this.speechSentence();
    for (let i = 1; i < sentences; i++) text += ` ${this.speechSentence()}`;
    return text;
  }

  eventTitle(typeLabel: string, where: string | null, who: string | null): string {
    const r = this.rng;
    const topic = r.chance(0.5) ? ` over ${this.object()}` : '';
    if (who && where) return `${who}: ${typeLabel} in ${where}${topic}`;
    if (where) return `${upperFirst(typeLabel)} in ${where}${topic}`;
    if (who) return `${who}: ${typeLabel}${topic}`;
    return `${upperFirst(typeLabel)}${topic}`;
  }

  eventSummary(where: string | null, who: string | null): string {
    const r = this.rng;
    let s = `${who ?? this.subjectCase.upper[this.subjects.index(r)]} ${this.pastVerbs.sample(r)} that ${this.clause('lower')}`;
    if (where) s += `, as the ${this.noun()} in ${where} grew ${this.adjective()}`;
    s += '.';
    if (r.chance(0.6)) s += ` ${this.speechSentence()}`;
    return s;
  }

  voteSubject(where: string): string {
    const r = this.rng;
    return `${r.chance(0.5) ? 'Draft resolution' : 'Resolution'} on ${this.object()} in ${where}${r.chance(0.4) ? ` and ${this.object()}` : ''}`;
  }

  dateNote(basis: string): string | null {
    const r = this.rng;
    if (basis === 'relative') return `"on ${r.pick(WEEKDAYS)}" resolved against the article's publication date`;
    if (basis === 'inferred') return `inferred from the ${this.noun()} reported ${r.range(1, 9)} days later`;
    if (basis === 'publication') return r.chance(0.5) ? 'the article gives no date for the remark' : null;
    return null;
  }

  /** An article of about `targetWords` words, in paragraphs, with its quotable spans. */
  article(targetWords: number): Article {
    const r = this.rng;
    const parts: string[] = [];
    const spans: number[] = [];
    let length = 0;
    let words = 0;
    let sentencesInParagraph = 0;
    // Every sentence is pushed as phrases; spans record whole sentences and their longer phrases.
    const emit = (phrases: readonly string[], separators: readonly string[], end: string) => {
      if (length > 0) {
        const gap = sentencesInParagraph >= 3 && r.chance(0.5) ? '\n\n' : ' ';
        if (gap !== ' ') sentencesInParagraph = 0;
        parts.push(gap);
        length += gap.length;
      }
      const sentenceStart = length;
      for (let i = 0; i < phrases.length; i++) {
        const phrase = phrases[i] as string;
        const start = length;
        parts.push(phrase);
        length += phrase.length;
        const phraseWords = wordCount(phrase);
        if (phrase.indexOf(' ') > 0 && phraseWords >= 3) spans.push(start, length);
        words += phraseWords;
        if (i < separators.length) {
          parts.push(separators[i] as string);
          length += (separators[i] as string).length;
        }
      }
      spans.push(sentenceStart, length);
      parts.push(end);
      length += end.length;
      sentencesInParagraph++;
    };
    while (words < targetWords) {
      switch (r.int(6)) {
        case 0: {
          const who = this.name();
          emit([who, `${this.pastVerbs.sample(r)} on ${r.pick(WEEKDAYS)} that ${this.clause('lower')}`], [' '], '.');
          break;
        }
        case 1: {
          const speech = this.clause('upper');
          emit([`"${speech}`, `" ${this.name()} said`], [','], '.');
          break;
        }
        case 2: {
          const n = formatNumber(10 ** r.range(1, 5) * r.range(1, 9));
          emit([`At least ${n} people ${r.pick(REPORT_VERBS)} in ${this.place()}`, `according to ${this.name()}`], [', '], '.');
          break;
        }
        case 3:
          emit(
            [`The ${this.noun()} in ${this.place()} has become ${this.adjective()}`, `${this.name()} ${this.pastVerbs.sample(r)}`],
            [', '],
            '.',
          );
          break;
        case 4:
          emit([this.clause('upper'), `${r.pick(CONNECTORS)} ${this.clause('lower')}`], [', '], '.');
          break;
        default:
          emit(
            [
              `${this.objectUpper[this.objects.index(r)]} ${r.chance(0.5) ? 'remained' : 'became'} ${this.adjective()} ${this.adverbials.sample(r)}`,
            ],
            [],
            '.',
          );
      }
    }
    return { text: parts.join(''), spans: Int32Array.from(spans), words };
  }
}
