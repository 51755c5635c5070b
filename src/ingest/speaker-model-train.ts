/**
 * The speaker model's training set, read from the dev golds: each statement the extractor drafts whose evidence
 * overlaps a gold statement's quote (the scorer's reading, score-gold.ts) gives one example per candidate speaker
 * (speaker-model.ts), labelled 1 when the scorer would judge that candidate the right speaker for the gold. Trained
 * and written by `npm run train:ingest` (its entry in train-cli.ts).
 */
import { crossValidate, type Example } from './logistic-model.js';
import { locateGoldPassage, sameSpeaker } from './score-gold.js';
import { candidateKey, candidateNames, DOUBT_MARGIN, doubtOf, speakerCandidates, statementPairs } from './speaker-model.js';
import { overlaps } from './text-segments.js';
import type { DevArticle } from './train-cli.js';

/** One drafted statement that a gold statement backs: its candidates as examples, and which was the rules' pick. */
export interface StatementChoice {
  article: string;
  /** The examples, one per candidate (the group is the article). */
  examples: Example[];
  /** Index of the rules' pick among the examples (-1 when it has none). */
  rule: number;
}

/** Every drafted statement of the articles that overlaps a gold quote, with its labelled candidates. */
export function speakerChoices(articles: readonly DevArticle[]): StatementChoice[] {
  return articles.flatMap((article) => {
    const { analysis, statements, resolver } = article.draft.extraction;
    const gazetteer = analysis.gazetteer;
    const golds = article.gold.statements.flatMap((g) => {
      const span = locateGoldPassage(article.text, g.quote);
      return 'start' in span ? [{ speaker: g.speaker, span }] : [];
    });
    const context = speakerCandidates(analysis, resolver, statements);
    return statementPairs(context, statements).flatMap(({ statement, pairs }) => {
      const backing = golds.filter((g) => statement.evidence.some((e) => overlaps(e, g.span)));
      if (backing.length === 0) return [];
      const right = (names: string[]) => backing.some((g) => sameSpeaker(g.speaker, names));
      const rule = candidateKey(statement.speaker);
      return [
        {
          article: article.id,
          examples: pairs.map((p) => ({
            features: p.features,
            label: right(candidateNames(gazetteer, p.candidate)) ? 1 : 0,
            group: article.id,
          })),
          rule: pairs.findIndex((p) => p.candidate.key === rule),
        } satisfies StatementChoice,
      ];
    });
  });
}

/** The stored model's examples: every candidate of every gold-backed statement. */
export const speakerExamples = (articles: readonly DevArticle[]): Example[] => speakerChoices(articles).flatMap((c) => c.examples);

/** Per statement: whether the rules, the model's likeliest candidate and any candidate are right, and the model's doubt. */
export interface ChoiceOutcome {
  ruleRight: boolean;
  modelRight: boolean;
  reachable: boolean;
  doubt: number;
}

/** Each statement's outcome, given the probability the model gave each of its candidates. */
export function choiceOutcomes(choices: readonly StatementChoice[], probabilities: readonly (readonly number[])[]): ChoiceOutcome[] {
  return choices.map((c, i) => {
    const p = probabilities[i] ?? [];
    const labels = c.examples.map((e) => e.label);
    const top = p.reduce((best, v, j) => (v > (p[best] ?? -1) ? j : best), 0);
    return {
      ruleRight: c.rule >= 0 && labels[c.rule] === 1,
      modelRight: labels[top] === 1,
      reachable: labels.includes(1),
      doubt: doubtOf(p, c.rule),
    };
  });
}

/** The table `train:ingest --evaluate` prints: rules against the model, out of fold, and what the doubt separates. */
export function formatOutcomes(label: string, outcomes: readonly ChoiceOutcome[]): string {
  const count = (keep: (o: ChoiceOutcome) => boolean) => outcomes.filter(keep).length;
  const doubted = outcomes.filter((o) => o.doubt > DOUBT_MARGIN);
  const rest = outcomes.filter((o) => o.doubt <= DOUBT_MARGIN);
  return [
    `${label}: ${outcomes.length} drafted statements a gold backs; a right speaker among the candidates for ${count((o) => o.reachable)}`,
    `  right speaker: rules ${count((o) => o.ruleRight)}, model alone ${count((o) => o.modelRight)}`,
    `  model over the rules where it doubts them: fixes ${count((o) => o.doubt > DOUBT_MARGIN && o.modelRight && !o.ruleRight)}, breaks ${count((o) => o.doubt > DOUBT_MARGIN && !o.modelRight && o.ruleRight)}`,
    `  doubted (margin > ${DOUBT_MARGIN}): ${doubted.length}, the rules wrong in ${doubted.filter((o) => !o.ruleRight).length}; not doubted: wrong in ${rest.filter((o) => !o.ruleRight).length} of ${rest.length}`,
  ].join('\n');
}

/** The speaker model's article-level cross-validation on the dev set, against the rules on the same statements. */
export function measureSpeakerModel(articles: readonly DevArticle[], folds: number): string {
  const choices = speakerChoices(articles);
  const predicted = crossValidate(
    choices.flatMap((c) => c.examples),
    folds,
  );
  let at = 0;
  const probabilities = choices.map((c) => c.examples.map(() => predicted[at++] as number));
  return formatOutcomes(`speaker model, ${folds}-fold by article`, choiceOutcomes(choices, probabilities));
}
