import { z } from 'zod';
import { IsoDate, listEnvelope } from './common.js';
import { DATE_SORTS, dateParam, listQuery, searchParam, sortParam } from './query-params.js';

export const PUBLISHED_BASES = ['text', 'url'] as const;

export const Source = z
  .object({
    id: z.string().meta({ example: 'voa-2016-12-09-russia-resumes-bombings' }),
    title: z
      .string()
      .meta({ description: 'The headline as it appears in the article.', example: 'Russia Resumes Aleppo Bombings After Brief Pause' }),
    publisher: z.string().meta({ description: 'Who wrote or issued the article.', example: 'VOA News' }),
    outlet: z
      .string()
      .meta({ description: 'The website the article was collected from (a republisher when it differs).', example: 'globalsecurity.org' }),
    url: z.string().meta({ description: 'Where the article was read.' }),
    published_on: IsoDate.meta({ description: 'Publication date, YYYY-MM-DD.', example: '2016-12-09' }),
    published_basis: z.enum(PUBLISHED_BASES).meta({
      description: "Where the publication date comes from: `text` (printed in the article) or `url` (the date in the publisher's URL).",
    }),
    language: z.string().meta({ description: 'Language of the text (ISO 639-1).', example: 'en' }),
    kind: z.string().meta({ description: "What kind of document it is, in the curator's words.", example: 'press release' }),
    word_count: z.int().meta({ description: 'Words in the stored text.' }),
    sha256: z.string().meta({ description: 'SHA-256 of the article file, byte for byte: the text is never edited.' }),
  })
  .meta({ id: 'Source', description: 'An article the ledger is built from. Lists leave out the full `text`; the single view has it.' });

const RecordLabel = z.object({
  id: z.string(),
  label: z.string().meta({
    description: "A short label: an event's title, a statement's first 80 characters, a vote's subject, a figure's words as printed.",
  }),
});

export const SourceDetail = Source.extend({
  text: z.string().meta({ description: 'The article text exactly as stored: every evidence `quote` is `text.slice(start, end)`.' }),
  records: z
    .object({
      events: z.array(RecordLabel),
      statements: z.array(RecordLabel),
      votes: z.array(RecordLabel),
      figures: z.array(RecordLabel),
    })
    .meta({
      description: 'The records this article supports (each has at least one evidence span in it), chronological per type, then by id.',
    }),
  exclusions: z
    .array(
      z.object({
        start: z.int().meta({ description: 'Start offset in `text` (inclusive).' }),
        end: z.int().meta({ description: 'End offset in `text` (exclusive).' }),
        quote: z.string().meta({ description: 'Exactly `text.slice(start, end)`.' }),
        reason: z.string().meta({ description: 'Why the passage records no fact.' }),
      }),
    )
    .meta({
      description:
        "Passages that look like facts but deliberately record none (scare quotes, captions repeating the body, page furniture), with the curator's reason; in text order.",
    }),
}).meta({ id: 'SourceDetail' });

export const SourceList = listEnvelope(Source, 'Source');

export const SourceQuery = listQuery(
  {
    from: dateParam('Published on or after this date (inclusive).', '2016-12-01'),
    to: dateParam('Published on or before this date (inclusive).', '2016-12-31'),
    q: searchParam('the title and full text of the article', 'veto ceasefire'),
    sort: sortParam(DATE_SORTS, '`date` (default; by `published_on`, then id), `-date`, or `relevance` (with `q`; the default then).'),
  },
  [['month', 'year'], 'month'],
);
export type Source = z.infer<typeof Source>;
export type SourceDetail = z.infer<typeof SourceDetail>;
export type SourceRecords = SourceDetail['records'];
