import { z } from 'zod';

/** What a fact-checker needs to find the article: embedded in the single views of facts. */
export const SourceSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    url: z.string(),
    published_on: z.string(),
  })
  .meta({ id: 'SourceSummary' });

export type SourceSummary = z.infer<typeof SourceSummary>;

/** A fact's single view: the fact, then a summary of each article that reports it (`sources`). */
export const withSources = <T extends z.ZodObject>(fact: T, id: string, what: string) =>
  fact.extend({ sources: z.array(SourceSummary).meta({ description: `The articles that report the ${what}.` }) }).meta({ id });
