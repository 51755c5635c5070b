/**
 * `npm run bench:ingest [-- --articles 180 --every 20]`: what an ingest costs as the ledger grows. The development
 * articles (test/fixtures/ingest-dev/) are ingested one after another into a temporary copy of seed/, as a curator
 * growing the ledger article by article would (and as test/ingest/ingest-many.ts does with every set); every
 * `--every` ingests the first article is drafted again (`--dry-run`), so the same text measures what a larger seed
 * adds. Prints the process CPU time (user + system, not wall time: a shared machine's wall clock lies) of each
 * checkpoint's ingest and of that probe, the total, and the largest heap left after an ingest.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readMeta, sourceIdFor } from '../src/ingest/article-meta.js';
import { ingestArticle } from '../src/ingest/ingest-article.js';
import type { YamlParses } from '../src/ingest/seed-yaml.js';
import { PROJECT_ROOT, SEED_DIR } from '../src/paths.js';

const { values } = parseArgs({ options: { articles: { type: 'string' }, every: { type: 'string', default: '20' } } });
const dir = join(PROJECT_ROOT, 'test/fixtures/ingest-dev');
const articles = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .slice(0, values.articles ? Number(values.articles) : undefined)
  .map((name) => join(dir, name));
const every = Number(values.every);
// One batch: every ingest shares the parses of the files it has read (seed-yaml.ts).
const parses: YamlParses = new Map();

const work = mkdtempSync(join(tmpdir(), 'aleppo-ledger-bench-ingest-'));
const seedDir = join(work, 'seed');
cpSync(SEED_DIR, seedDir, { recursive: true });

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** The CPU time of one ingest of the article into the copy (a dry run rewrites nothing: the probe). */
const ingest = (path: string, dryRun = false) => {
  const meta = readMeta(path.replace(/\.txt$/, '.meta.json'), {});
  const start = cpuMs();
  ingestArticle({ articlePath: path, meta, sourceId: sourceIdFor(path, meta), seedDir, dryRun, force: dryRun, parses });
  return cpuMs() - start;
};

let peakHeap = 0;
const rows: string[] = [];
const started = cpuMs();
try {
  articles.forEach((path, i) => {
    const probe = i % every === 0 ? ingest(articles[0] as string, true) : null;
    const ms = ingest(path);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (probe !== null) rows.push(`${String(i).padStart(9)} ${ms.toFixed(0).padStart(10)} ${probe.toFixed(0).padStart(15)}`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
const total = cpuMs() - started;
process.stdout.write(
  `${articles.length} development articles ingested one after another into a copy of seed/ (CPU ms)\n\n` +
    `  ingest i  ingest i ms  first again ms\n${rows.join('\n')}\n\n` +
    `total ${(total / 1000).toFixed(1)} s CPU, ${(total / articles.length).toFixed(0)} ms per ingest; heap after an ingest at most ${(peakHeap / 1e6).toFixed(0)} MB\n`,
);
