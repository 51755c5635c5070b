/**
 * `npm run ingest -- <article.txt> --meta <meta.json> [flags]`: checks a new article, copies it into seed/articles/,
 * adds it to seed/sources.json and writes a draft annotation file seed/annotations/<source-id>.yaml (every record
 * `method: extracted`, with a confidence), served by the next `npm run seed`. People and bodies seed/ does not know yet
 * become extracted actors in the draft's `actors:` list. What it could not place is printed (ingest-report.ts) and
 * written into the draft's `not_placed:`, which the completeness audit lists. Exit codes: 0 done,
 * 1 refused (the reason is printed), 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import { SEED_DIR } from '../paths.js';
import { META_FIELDS, readMeta, sourceIdFor } from './article-meta.js';
import { IngestError } from './ingest-error.js';

const USAGE = `usage: npm run ingest -- <article.txt> [--meta meta.json] [--title T] [--publisher P] [--url U]
         [--published-on YYYY-MM-DD] [--outlet O] [--published-basis text|url] [--language en] [--kind K]
         [--id source-id] [--seed-dir DIR] [--force] [--dry-run]

  --meta          JSON with title, publisher, url and published_on (flags override it; each may be a flag instead).
                  Worked out unless given: outlet (the URL's host without www.), published_basis (text when the
                  article prints its date, else url), language (en), kind (news report)
  --id            the source id (default: the file name if it is a slug with the publication date in it,
                  else publisher-date-title)
  --seed-dir      the seed folder to add to (default: the project's seed/)
  --force         rewrite the draft of an article already ingested (never a curated file)
  --dry-run       check, print the draft (stdout) and what it found (stderr), write nothing`;

const flagName = (field: string) => field.replace(/_/g, '-');

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`ingest: ${usageProblem(error as Error & { code?: string })}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`ingest: give exactly one article file\n${USAGE}\n`);
    return 2;
  }
  const articlePath = positionals[0] as string;
  try {
    const overrides = Object.fromEntries(
      META_FIELDS.map((field) => [field, values[flagName(field) as keyof typeof values] as string | undefined]),
    );
    const meta = readMeta(values.meta, overrides);
    const sourceId = sourceIdFor(articlePath, meta, values.id);
    // (s70) The extractors and the seed's loaders are loaded only once the command line and the metadata are known to
    // be right: a mistyped flag or a missing field is answered in a fraction of a second, not after the whole pipeline
    // (its rules, models and the gazetteer's code) has been read and compiled.
    const [{ ingestArticle }, { ingestReport }] = await Promise.all([import('./ingest-article.js'), import('./ingest-report.js')]);
    const summary = ingestArticle({
      articlePath,
      meta,
      sourceId,
      seedDir: values['seed-dir'] ?? SEED_DIR,
      force: values.force,
      dryRun: values['dry-run'],
    });
    if (values['dry-run']) {
      // The draft on stdout (to read or redirect), the curator's summary on stderr, the paths it would have written.
      process.stdout.write(summary.draftYaml);
      process.stderr.write('ingest: dry run: nothing was written; the draft is on stdout\n');
      for (const line of ingestReport(summary)) process.stderr.write(`ingest: ${line}\n`);
      return 0;
    }
    for (const line of ingestReport(summary)) process.stdout.write(`ingest: ${line}\n`);
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      process.stderr.write(`ingest: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`ingest: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

const OPTIONS = {
  meta: { type: 'string' },
  id: { type: 'string' },
  'seed-dir': { type: 'string' },
  force: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  ...Object.fromEntries(META_FIELDS.map((field) => [flagName(field), { type: 'string' as const }])),
} as const;

function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
}

/**
 * What was wrong with the command line, in the curator's terms: node's parseArgs says "Unknown option '--titel'. To
 * specify a positional argument starting with a '-', place it at the end of the command after '--' ...", which
 * buries the typo; a mistyped flag is named with the flag it most likely meant (at most two letters off).
 */
function usageProblem(error: Error & { code?: string }): string {
  const typed = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-[^']*)'/.exec(error.message)?.[1] : undefined;
  if (!typed) return error.message;
  const flags = Object.keys(OPTIONS).map((name) => `--${name}`);
  const bare = typed.replace(/^-+/, '');
  const [nearest] = flags
    .map((flag) => ({ flag, distance: editDistance(bare, flag.slice(2)) }))
    .filter(({ distance }) => distance <= 2)
    .sort((a, b) => a.distance - b.distance);
  return nearest ? `unknown option ${typed}; did you mean ${nearest.flag}?` : `unknown option ${typed}`;
}

/**
 * Levenshtein distance: the fewest letters to insert, delete or replace to turn one word into the other. Kept here
 * rather than taken from a library (leven, js-levenshtein): it has one caller, a typo in a flag name of a dozen
 * letters, it is twelve lines covered by ingest-article.test.ts ("did you mean --title?"), and a direct dependency
 * for it would add a package to the lockfile and the Docker image for no speed or correctness the CLI needs. The
 * API's "did you mean" for ids matches names and aliases instead (reference-check.ts), so there is no second caller.
 */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(replace, (previous[j] as number) + 1, (row[j - 1] as number) + 1));
    }
    previous = row;
  }
  return previous[b.length] as number;
}

process.exitCode = await main(process.argv.slice(2));
