/**
 * What every extractor reads of an article, computed once: paragraphs, quotations, the gazetteer's mentions of
 * actors and places, and the date expressions resolved against the publication date.
 */
import { type DateMention, datelineDay, findArticleDateMentions, type WireFiling, wireDatelineDay } from './date-expressions.js';
import type { Gazetteer, Mention } from './gazetteer.js';
import { nameCased } from './name-case.js';
import { findQuotations, type Quotation } from './quotations.js';
import { type QuizPassage, quizPassages, type Segment, splitParagraphs } from './text-segments.js';

export interface ArticleAnalysis {
  /** The article as the extractors read it: names printed in capitals in their ordinary case (name-case.ts). */
  text: string;
  /** The article as printed, the same length: what drafts quote and reports show. */
  printed: string;
  publishedOn: string;
  /** The headline, when known: it restates the story, so it yields no statements. */
  title: string | null;
  /** Who published it and where (the metadata): an organisation's own release speaks in its voice (issuer-voice.ts). */
  publisher: string | null;
  url: string | null;
  gazetteer: Gazetteer;
  paragraphs: Segment[];
  quotations: Quotation[];
  actorMentions: Mention[];
  locationMentions: Mention[];
  dateMentions: DateMention[];
  /** The day a wire story was filed, where its dateline prints one before the article's date (wireDatelineDay). */
  wireFiling: WireFiling | null;
  /** The day the article's dateline prints in any form and where that dateline ends (datelineDay). */
  dateline: WireFiling | null;
  /** (s69) A news quiz's questions paired with their answers (quizPassages), found once per article. */
  quiz: QuizPassage[];
}

/**
 * Whether a paragraph or a sentence is the article's headline, as given (less the spaces around it): it restates the
 * story, so no rule reads records from it.
 */
export const isTitle = (article: Pick<ArticleAnalysis, 'title'>, words: { text: string }): boolean =>
  Boolean(article.title) && words.text.trim() === (article.title as string).trim();

export interface ArticleInput {
  text: string;
  /** YYYY-MM-DD: relative dates ("Friday", "last week") are resolved against it. */
  publishedOn: string;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  gazetteer: Gazetteer;
}

export function analyzeArticle(input: ArticleInput): ArticleAnalysis {
  const { gazetteer } = input;
  const text = nameCased(input.text, gazetteer);
  const paragraphs = splitParagraphs(text);
  const wireFiling = wireDatelineDay(paragraphs, input.publishedOn);
  return {
    text,
    printed: input.text,
    publishedOn: input.publishedOn,
    title: input.title ?? null,
    publisher: input.publisher ?? null,
    url: input.url ?? null,
    gazetteer,
    paragraphs,
    quotations: findQuotations(text, paragraphs),
    actorMentions: gazetteer.mentions(text, 'actor'),
    locationMentions: gazetteer.mentions(text, 'location'),
    dateMentions: findArticleDateMentions(text, paragraphs, input.publishedOn, wireFiling),
    wireFiling,
    dateline: datelineDay(paragraphs, input.publishedOn),
    quiz: quizPassages(paragraphs),
  };
}
