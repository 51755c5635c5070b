/**
 * Measures a draft against the curated annotation of the same article.
 *
 * - A statement matches when one of its evidence spans overlaps one of the curated statement's spans and the speaker
 *   is the same actor. Recall: curated statements matched by some drafted one; precision: drafted statements that
 *   match some curated one. (Overlap, not identity: a curator may split `"A," he said. "B."` where the draft joins
 *   it, or quote a fragment where the draft takes the sentence; the speaker must still be right.)
 * - A figure matches when its raw words lie inside one of the curated figure's evidence spans and its value and
 *   qualifier are the same.
 * - Dates: of the matched pairs whose curated record is defined in this article, how many have the same said_on
 *   (statements) or as_of (figures).
 * A fact an article reports but another file defines (a corroboration) counts as that article's record, with the
 * defining record's speaker, value and qualifier; its date is the other article's, so it is left out of date scores.
 */
import type { RecordFile } from '../seed/annotation-schema.js';
import { locateQuote } from '../seed/locate-quote.js';
import type { Draft } from './extract-draft.js';
import { contains, overlaps, type Span } from './text-segments.js';

interface CuratedRecord {
  id: string;
  spans: Span[];
  /** The record is defined in this article's file (not a corroboration of another file's record). */
  defined: boolean;
  date: string | null;
}

export interface CuratedStatement extends CuratedRecord {
  speaker: string;
}

export interface CuratedFigure extends CuratedRecord {
  value: number | null;
  qualifier: string;
}

export interface CuratedSet {
  statements: CuratedStatement[];
  figures: CuratedFigure[];
  /** Evidence the article's file gives that could not be located (a file still being written). */
  problems: string[];
}

export interface Tally {
  curated: number;
  drafted: number;
  found: number;
  correct: number;
}

export interface ArticleScore {
  statements: Tally;
  figures: Tally;
  statementDates: { compared: number; right: number };
  figureDates: { compared: number; right: number };
  misses: string[];
}

const spansOf = (text: string, evidence: RecordFile['statements'][number]['evidence'], problems: string[], label: string): Span[] =>
  evidence.flatMap((entry) => {
    const quote = typeof entry === 'string' ? entry : entry.quote;
    const located = locateQuote(text, quote, typeof entry === 'string' ? undefined : entry.occurrence);
    if (located.ok) return [located.span];
    problems.push(`${label}: evidence not located (${located.reason})`);
    return [];
  });

/** The curated statements and figures of one article, its own and those it corroborates. */
export function curatedSet(text: string, own: RecordFile, all: RecordFile[]): CuratedSet {
  const problems: string[] = [];
  const set: CuratedSet = { statements: [], figures: [], problems };
  for (const s of own.statements) {
    set.statements.push({
      id: s.id,
      speaker: s.speaker,
      spans: spansOf(text, s.evidence, problems, s.id),
      defined: true,
      date: s.said.date,
    });
  }
  for (const f of own.figures) {
    set.figures.push({
      id: f.id,
      value: f.value,
      qualifier: f.qualifier,
      spans: spansOf(text, f.evidence, problems, f.id),
      defined: true,
      date: f.as_of.date,
    });
  }
  for (const corroboration of own.corroborations) {
    const [type, id] = corroboration.record.split('/') as [string, string];
    const spans = spansOf(text, corroboration.evidence, problems, corroboration.record);
    for (const other of all) {
      if (type === 'statement') {
        const s = other.statements.find((r) => r.id === id);
        if (s) set.statements.push({ id, speaker: s.speaker, spans, defined: false, date: null });
      } else if (type === 'figure') {
        const f = other.figures.find((r) => r.id === id);
        if (f) set.figures.push({ id, value: f.value, qualifier: f.qualifier, spans, defined: false, date: null });
      }
    }
  }
  return set;
}

export function scoreDraft(draft: Draft, curated: CuratedSet): ArticleScore {
  const text = draft.extraction.analysis.printed;
  const misses: string[] = [];
  const statementMatches = (d: Draft['statements'][number], c: CuratedStatement) =>
    d.record.speaker === c.speaker && d.extracted.evidence.some((e) => c.spans.some((s) => overlaps(e, s)));
  const figureMatches = (d: Draft['figures'][number], c: CuratedFigure) =>
    d.record.value === c.value && d.record.qualifier === c.qualifier && c.spans.some((s) => contains(s, d.extracted.rawSpan));

  const score: ArticleScore = {
    statements: { curated: curated.statements.length, drafted: draft.statements.length, found: 0, correct: 0 },
    figures: { curated: curated.figures.length, drafted: draft.figures.length, found: 0, correct: 0 },
    statementDates: { compared: 0, right: 0 },
    figureDates: { compared: 0, right: 0 },
    misses,
  };
  for (const c of curated.statements) {
    const match = draft.statements.find((d) => statementMatches(d, c));
    if (!match) {
      const sameSpan = draft.statements.find((d) => d.extracted.evidence.some((e) => c.spans.some((s) => overlaps(e, s))));
      misses.push(`statement ${c.id} (${c.speaker}) not found${sameSpan ? `: drafted with speaker ${sameSpan.record.speaker}` : ''}`);
      continue;
    }
    score.statements.found++;
    if (c.defined) {
      score.statementDates.compared++;
      if (match.record.said.date === c.date) score.statementDates.right++;
      else misses.push(`statement ${c.id}: said ${match.record.said.date}, curated ${c.date}`);
    }
  }
  for (const d of draft.statements) {
    if (curated.statements.some((c) => statementMatches(d, c))) score.statements.correct++;
    else
      misses.push(
        `drafted statement ${d.record.id} matches no curated one: "${text.slice(d.extracted.evidence[0]?.start, d.extracted.evidence[0]?.end).slice(0, 90)}"`,
      );
  }
  for (const c of curated.figures) {
    const match = draft.figures.find((d) => figureMatches(d, c));
    if (!match) {
      misses.push(`figure ${c.id} (${c.value}, ${c.qualifier}) not found`);
      continue;
    }
    score.figures.found++;
    if (c.defined) {
      score.figureDates.compared++;
      if (match.record.as_of.date === c.date) score.figureDates.right++;
      else misses.push(`figure ${c.id}: as_of ${match.record.as_of.date}, curated ${c.date}`);
    }
  }
  for (const d of draft.figures) {
    if (curated.figures.some((c) => figureMatches(d, c))) score.figures.correct++;
    else misses.push(`drafted figure ${d.record.id} (${d.record.raw_text}) matches no curated one`);
  }
  return score;
}

export interface ScoreRow {
  article: string;
  score: ArticleScore | null;
  /** Why an article is not scored (its curated file is missing or unreadable). */
  pending?: string;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const cell = (part: number, whole: number) => `${part}/${whole}`.padStart(7);

/** Sums of the scored articles: ratios over all records, not averages of ratios. */
export function totals(rows: ScoreRow[]) {
  const sum = (pick: (s: ArticleScore) => number) => rows.reduce((n, r) => n + (r.score ? pick(r.score) : 0), 0);
  const statementsFound = sum((s) => s.statements.found);
  const statementsCurated = sum((s) => s.statements.curated);
  const statementsCorrect = sum((s) => s.statements.correct);
  const statementsDrafted = sum((s) => s.statements.drafted);
  const figuresFound = sum((s) => s.figures.found);
  const figuresCurated = sum((s) => s.figures.curated);
  const figuresCorrect = sum((s) => s.figures.correct);
  const figuresDrafted = sum((s) => s.figures.drafted);
  return {
    statementRecall: ratio(statementsFound, statementsCurated),
    statementPrecision: ratio(statementsCorrect, statementsDrafted),
    figureRecall: ratio(figuresFound, figuresCurated),
    figurePrecision: ratio(figuresCorrect, figuresDrafted),
    statementDateAccuracy: ratio(
      sum((s) => s.statementDates.right),
      sum((s) => s.statementDates.compared),
    ),
    figureDateAccuracy: ratio(
      sum((s) => s.figureDates.right),
      sum((s) => s.figureDates.compared),
    ),
    counts: {
      statementsFound,
      statementsCurated,
      statementsCorrect,
      statementsDrafted,
      figuresFound,
      figuresCurated,
      figuresCorrect,
      figuresDrafted,
    },
  };
}

export function formatTable(rows: ScoreRow[]): string {
  const width = Math.max(...rows.map((r) => r.article.length), 5);
  const lines = [`${'article'.padEnd(width)}  stmt R  stmt P   fig R   fig P  date st date fig`];
  for (const { article, score, pending } of rows) {
    if (!score) {
      lines.push(`${article.padEnd(width)}  (not scored: ${pending})`);
      continue;
    }
    lines.push(
      `${article.padEnd(width)}${cell(score.statements.found, score.statements.curated)} ${cell(score.statements.correct, score.statements.drafted)} ${cell(score.figures.found, score.figures.curated)} ${cell(score.figures.correct, score.figures.drafted)} ${cell(score.statementDates.right, score.statementDates.compared)} ${cell(score.figureDates.right, score.figureDates.compared)}`,
    );
  }
  const t = totals(rows);
  const pct = (value: number) => value.toFixed(2).padStart(7);
  lines.push(
    `${'total'.padEnd(width)}${pct(t.statementRecall)} ${pct(t.statementPrecision)} ${pct(t.figureRecall)} ${pct(t.figurePrecision)} ${pct(t.statementDateAccuracy)} ${pct(t.figureDateAccuracy)}`,
  );
  return lines.join('\n');
}
