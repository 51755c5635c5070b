/**
 * The held-out and development articles of issue 11, with their expected records (gold), are only worth something
 * if every expected record can be found in its article exactly where the gold says. These checks keep the fixtures
 * honest: a typo in a quote, an enum or a bound would otherwise silently lower (or raise) the extractor's scores.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** Each folder and the number of articles it holds: a file lost or left behind changes the scores silently. */
const FIXTURE_SETS = {
  'test/fixtures/ingest-heldout': 5,
  'test/fixtures/ingest-dev': 707,
  'test/fixtures/ingest-heldout-2': 4,
  'test/fixtures/ingest-heldout-3': 5,
  'test/fixtures/ingest-heldout-4': 5,
  'test/fixtures/ingest-heldout-52': 3,
  'test/fixtures/ingest-heldout-58': 3,
  'test/fixtures/ingest-heldout-60': 3,
  'test/fixtures/ingest-heldout-63': 3,
  'test/fixtures/ingest-heldout-67': 3,
  'test/fixtures/ingest-heldout-68': 3,
  'test/fixtures/ingest-heldout-69': 3,
  'test/fixtures/ingest-heldout-70': 3,
  'test/fixtures/ingest-heldout-71': 3,
  'test/fixtures/ingest-heldout-72': 3,
  'test/fixtures/ingest-heldout-78': 3,
  'test/fixtures/ingest-heldout-80': 3,
  'test/fixtures/ingest-heldout-81': 3,
  'test/fixtures/ingest-heldout-82': 3,
  'test/fixtures/ingest-heldout-91': 3,
  'test/fixtures/ingest-heldout-92': 3,
  'test/fixtures/ingest-heldout-93': 3,
  'test/fixtures/ingest-heldout-94': 3,
  'test/fixtures/ingest-heldout-95': 3,
  'test/fixtures/ingest-heldout-96': 3,
  'test/fixtures/ingest-heldout-97': 3,
  'test/fixtures/ingest-heldout-115': 3,
  'test/fixtures/ingest-heldout-118': 3,
  'test/fixtures/ingest-heldout-116': 3,
  'test/fixtures/ingest-heldout-112': 3,
  'test/fixtures/ingest-heldout-113': 3,
  'test/fixtures/ingest-heldout-122': 3,
  'test/fixtures/ingest-heldout-125': 3,
  'test/fixtures/ingest-heldout-121': 3,
  'test/fixtures/ingest-heldout-130': 3,
  'test/fixtures/ingest-heldout-128': 3,
  'test/fixtures/ingest-heldout-126': 3,
  'test/fixtures/ingest-heldout-135': 3,
  'test/fixtures/ingest-heldout-132': 3,
  'test/fixtures/ingest-heldout-140': 3,
  'test/fixtures/ingest-heldout-141': 3,
  'test/fixtures/ingest-heldout-143': 3,
  'test/fixtures/ingest-heldout-150': 3,
  'test/fixtures/ingest-heldout-151': 3,
  'test/fixtures/ingest-heldout-152': 3,
  'test/fixtures/ingest-heldout-153': 3,
  'test/fixtures/ingest-heldout-157': 3,
  'test/fixtures/ingest-heldout-159': 3,
  'test/fixtures/ingest-heldout-160': 3,
  'test/fixtures/ingest-heldout-161': 3,
  'test/fixtures/ingest-heldout-162': 3,
  'test/fixtures/ingest-heldout-149': 3,
  'test/fixtures/ingest-heldout-148': 3,
  'test/fixtures/ingest-heldout-146': 3,
  'test/fixtures/ingest-heldout-165': 3,
  'test/fixtures/ingest-heldout-166': 3,
  'test/fixtures/ingest-heldout-168': 3,
  'test/fixtures/ingest-heldout-170': 3,
  'test/fixtures/ingest-heldout-173': 3,
  'test/fixtures/ingest-heldout-175': 3,
  'test/fixtures/ingest-heldout-174': 3,
  'test/fixtures/ingest-heldout-178': 3,
  'test/fixtures/ingest-heldout-183': 3,
  'test/fixtures/ingest-heldout-184': 3,
  'test/fixtures/ingest-heldout-182': 3,
  'test/fixtures/ingest-heldout-179': 3,
  'test/fixtures/ingest-heldout-186': 3,
  'test/fixtures/ingest-heldout-192': 3,
  'test/fixtures/ingest-heldout-188': 3,
  'test/fixtures/ingest-heldout-191': 3,
  'test/fixtures/ingest-heldout-198': 3,
  'test/fixtures/ingest-heldout-199': 3,
  'test/fixtures/ingest-heldout-195': 3,
  'test/fixtures/ingest-heldout-197': 3,
  'test/fixtures/ingest-heldout-206': 3,
  'test/fixtures/ingest-heldout-203': 3,
  'test/fixtures/ingest-heldout-204': 3,
  'test/fixtures/ingest-heldout-200': 3,
  'test/fixtures/ingest-heldout-207': 3,
  'test/fixtures/ingest-heldout-209': 3,
  'test/fixtures/ingest-heldout-212': 3,
  'test/fixtures/ingest-heldout-213': 3,
  'test/fixtures/ingest-heldout-216': 3,
  'test/fixtures/ingest-heldout-218': 3,
  'test/fixtures/ingest-heldout-219': 3,
  'test/fixtures/ingest-heldout-220': 3,
  'test/fixtures/ingest-heldout-226': 3,
  'test/fixtures/ingest-heldout-224': 3,
  'test/fixtures/ingest-heldout-227': 3,
  'test/fixtures/ingest-heldout-222': 3,
  'test/fixtures/ingest-heldout-231': 3,
  'test/fixtures/ingest-heldout-232': 3,
  'test/fixtures/ingest-heldout-228': 3,
  'test/fixtures/ingest-heldout-241': 3,
  'test/fixtures/ingest-heldout-237': 3,
  'test/fixtures/ingest-heldout-239': 3,
  'test/fixtures/ingest-heldout-236': 3,
  'test/fixtures/ingest-heldout-247': 3,
  'test/fixtures/ingest-heldout-246': 3,
  'test/fixtures/ingest-heldout-244': 3,
  'test/fixtures/ingest-heldout-243': 3,
  'test/fixtures/ingest-heldout-249': 3,
  'test/fixtures/ingest-heldout-251': 3,
  'test/fixtures/ingest-heldout-253': 3,
  'test/fixtures/ingest-heldout-254': 3,
  'test/fixtures/ingest-heldout-256': 3,
  'test/fixtures/ingest-heldout-257': 3,
  'test/fixtures/ingest-heldout-258': 3,
  'test/fixtures/ingest-heldout-259': 3,
  'test/fixtures/ingest-heldout-260': 3,
  'test/fixtures/ingest-heldout-261': 3,
  'test/fixtures/ingest-heldout-262': 3,
} as const;
const FIXTURE_DIRS = Object.keys(FIXTURE_SETS) as (keyof typeof FIXTURE_SETS)[];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((date) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), {
    message: 'not a calendar date',
  });

const meta = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
  published_on: isoDate,
});

const statement = z.strictObject({
  speaker: z.string().min(1),
  speaker_kind: z.enum(['person', 'state', 'organization', 'un_body', 'armed_group', 'group']),
  kind: z.enum(['direct', 'partial', 'indirect']),
  said_on: isoDate.nullable(),
  quote: z.string().min(1),
});

const figure = z
  .strictObject({
    raw_text: z.string().min(1),
    value: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    qualifier: z.enum(['exact', 'more_than', 'at_least', 'nearly', 'about', 'at_most', 'range', 'vague']),
    unit: z.string().min(1),
    metric: z.string().regex(/^[a-z][a-z_]*$/),
    humanitarian: z.boolean(),
  })
  .refine((f) => f.low === null || f.value === null || f.low <= f.value, { message: 'low > value' })
  .refine((f) => f.high === null || f.value === null || f.value <= f.high, { message: 'value > high' })
  .refine((f) => f.low === null || f.high === null || f.low <= f.high, { message: 'low > high' })
  .refine((f) => f.value !== null || f.qualifier === 'range' || f.qualifier === 'vague', {
    message: 'only a range or a vague scale word may leave value null',
  });

const count = z.number().int().min(0);
const vote = z.strictObject({
  body: z.enum(['general_assembly', 'security_council']),
  voted_on: isoDate.nullable(),
  outcome: z.enum(['adopted', 'not_adopted', 'pending', 'unknown']),
  tally: z.strictObject({ yes: count.optional(), no: count.optional(), abstain: count.optional() }).nullable(),
  vetoed_by: z.array(z.string().min(1)),
  cue: z.string().min(1),
});

const event = z.strictObject({
  type: z.enum([
    'veto',
    'un_vote',
    'un_meeting',
    'meeting',
    'talks',
    'press_conference',
    'trip',
    'pause',
    'offensive',
    'bombardment',
    'siege',
    'displacement',
    'evacuation',
    'appeal',
    'announcement',
    'report',
  ]),
  date_start: isoDate.nullable(),
  precision: z.enum(['day', 'month', 'year', 'unknown']),
  actors: z.array(z.string().min(1)),
  cue: z.string().min(1),
});

const gold = z.strictObject({
  source: z.string(),
  statements: z.array(statement).min(1),
  figures: z.array(figure).min(1),
  votes: z.array(vote),
  events: z.array(event).min(1),
});

/**
 * How many times `needle` occurs in `text` as whole words: "13" inside "130,000" or "47" inside "6,471" is not the
 * number 13 or 47, so a match that runs into a letter or digit (or a digit group after "," or ".") does not count.
 */
function occurrences(text: string, needle: string): number {
  const inWord = /[\p{L}\p{N}]/u;
  const continuesBefore = (at: number): boolean =>
    inWord.test(text.charAt(at - 1)) || (/[.,]/.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at - 2)) && /\d/.test(needle.charAt(0)));
  const continuesAfter = (end: number): boolean =>
    inWord.test(text.charAt(end)) || (/[.,]/.test(text.charAt(end)) && /\d/.test(text.charAt(end + 1)) && /\d/.test(needle.at(-1) ?? ''));
  let found = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (!continuesBefore(at) && !continuesAfter(at + needle.length)) found += 1;
  }
  return found;
}

function articleIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .sort();
}

describe.each(FIXTURE_DIRS)('%s', (dir) => {
  const ids = articleIds(dir);

  it('documents its format and holds the articles the issue asks for', () => {
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
    expect(ids.length).toBe(FIXTURE_SETS[dir]);
    const names = readdirSync(dir).filter((name) => name !== 'README.md');
    expect(names.sort()).toEqual(ids.flatMap((id) => [`${id}.gold.yaml`, `${id}.meta.json`, `${id}.txt`]).sort());
  });

  describe.each(ids)('%s', (id) => {
    const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
    const metaParsed = meta.safeParse(JSON.parse(readFileSync(join(dir, `${id}.meta.json`), 'utf8')));
    const goldText = readFileSync(join(dir, `${id}.gold.yaml`), 'utf8');
    const goldParsed = gold.safeParse(parseYaml(goldText));
    // A malformed file fails the format test below by name; the other checks then run on what could be read.
    const metaRecord = metaParsed.success ? metaParsed.data : { title: '', publisher: '', url: '', published_on: '' };
    const expected = goldParsed.success ? goldParsed.data : { source: '', statements: [], figures: [], votes: [], events: [] };
    /** A record's words must occur once: twice and a scorer could not tell which passage the record means. */
    const misplaced = (field: string, words: string): string[] => {
      const found = occurrences(text, words);
      return found === 1 ? [] : [`${field} occurs ${found} times in the article: ${words}`];
    };

    it('has metadata and gold in the documented format', () => {
      const problems = [
        ...(metaParsed.error?.issues ?? []).map((issue) => `${id}.meta.json ${issue.path.join('.')}: ${issue.message}`),
        ...(goldParsed.error?.issues ?? []).map((issue) => `${id}.gold.yaml ${issue.path.join('.')}: ${issue.message}`),
      ];
      expect(problems).toEqual([]);
    });

    it('is plain UTF-8 prose of 350 to 900 words, its title on the first line, as the corpus keeps articles', () => {
      expect(text.includes('\r')).toBe(false);
      expect(text.endsWith('\n')).toBe(false);
      expect(text.split('\n')[0]).toBe(metaRecord.title);
      const words = text.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(350);
      expect(words).toBeLessThanOrEqual(900);
    });

    it('has metadata with exactly title, publisher, url and published_on, the id naming the date', () => {
      expect(Object.keys(JSON.parse(readFileSync(join(dir, `${id}.meta.json`), 'utf8'))).sort()).toEqual([
        'published_on',
        'publisher',
        'title',
        'url',
      ]);
      expect(id).toContain(metaRecord.published_on);
      expect(expected.source).toBe(id);
    });

    it('quotes every date string, so a YAML 1.1 reader does not turn it into a timestamp', () => {
      expect(goldText).not.toMatch(/:\s*\d{4}-\d{2}-\d{2}\s*$/m);
    });

    it('finds every statement quote exactly once in the article, at least four words long, said by publication', () => {
      const problems = expected.statements.flatMap(({ quote, said_on }, index) => [
        ...misplaced(`statements[${index}].quote`, quote),
        ...(quote.trim().split(/\s+/).length < 4 ? [`statements[${index}].quote has fewer than four words: ${quote}`] : []),
        ...(said_on !== null && said_on > metaRecord.published_on ? [`statements[${index}].said_on is after publication`] : []),
      ]);
      expect(problems).toEqual([]);
    });

    it('finds every figure raw_text, vote cue and event cue exactly once in the article', () => {
      const problems = [
        ...expected.figures.flatMap(({ raw_text }, index) => misplaced(`figures[${index}].raw_text`, raw_text)),
        ...expected.votes.flatMap(({ cue }, index) => misplaced(`votes[${index}].cue`, cue)),
        ...expected.events.flatMap(({ cue }, index) => misplaced(`events[${index}].cue`, cue)),
      ];
      expect(problems).toEqual([]);
    });

    it('gives a vetoed vote the outcome not_adopted', () => {
      for (const [index, record] of expected.votes.entries()) {
        if (record.vetoed_by.length > 0) expect(record.outcome, `votes[${index}]`).toBe('not_adopted');
      }
    });
  });
});
