/**
 * `npm run seed:synthetic -- --records 1000000 --out data/synthetic.db [--seed S] [--sources N] [--actors N] ...`
 *
 * Generates a synthetic ledger of the same schema as the real one (the real migrations, applied by drizzle's
 * migrator) for benchmarks and query-plan tests: N statements and N events, N/100 votes (15 or 193 positions),
 * N/10 figures, thousands of actors and sources, with evidence spans that are true slices of the generated
 * articles. Deterministic for a given seed and sizes. Prints the rate in records per second.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { MIGRATIONS_DIR } from '../src/paths.js';
import { buildSyntheticDatabase } from './lib/build-synthetic.js';
import { defaultSizes, recordCount, type SyntheticSizes } from './lib/synthetic-corpus.js';

const USAGE = `usage: npm run seed:synthetic -- [options]

  --records N     statements and events each (default 100000); 1e6, 1_000_000, 250k and 1m are accepted
  --seed S        PRNG seed (default "1"): the same seed and sizes give the same database
  --out PATH      database to create or replace atomically (default data/synthetic.db)
  --statements N  --events N  --votes N  --figures N  --sources N  --actors N  --locations N
                  override one size (defaults derive from --records: votes N/100, figures N/10,
                  sources N/200, actors N/200, locations N/2000, with floors for small N)
  --analyze M     full (default, as the real seed), quick (sampled) or none
  --vacuum        VACUUM before publishing (the real seed does; slower, a fresh load gains little)
  --verify        check foreign keys, CHECK constraints, integrity and the evidence invariant before publishing
  --serial        load in one thread (default from 200,000 records: the two halves of the corpus load in
                  two worker threads, then merge)
  --quiet         print only the summary
`;

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d[\d_]*(?:\.\d+)?(?:e\d+)?)([km])?$/i.exec(value.trim());
  const n = m ? Number((m[1] as string).replace(/_/g, '')) * (m[2] ? (m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1) : Number.NaN;
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`seed:synthetic: --${name} must be a whole number, got "${value}"\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        records: { type: 'string' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string', default: 'data/synthetic.db' },
        statements: { type: 'string' },
        events: { type: 'string' },
        votes: { type: 'string' },
        figures: { type: 'string' },
        sources: { type: 'string' },
        actors: { type: 'string' },
        locations: { type: 'string' },
        analyze: { type: 'string', default: 'full' },
        vacuum: { type: 'boolean', default: false },
        verify: { type: 'boolean', default: false },
        serial: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    process.stderr.write(`seed:synthetic: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
})();

if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!['full', 'quick', 'none'].includes(values.analyze)) {
  process.stderr.write(`seed:synthetic: --analyze must be full, quick or none\n\n${USAGE}`);
  process.exit(2);
}

const records = count('records', values.records) ?? 100_000;
const overrides: Partial<SyntheticSizes> = {};
for (const key of ['statements', 'events', 'votes', 'figures', 'sources', 'actors', 'locations'] as const) {
  const n = count(key, values[key]);
  if (n !== undefined) overrides[key] = n;
}
const sizes = defaultSizes(records, overrides);
for (const key of ['sources', 'actors', 'locations'] as const) {
  if (sizes[key] < 1) {
    process.stderr.write(`seed:synthetic: --${key} must be at least 1\n`);
    process.exit(2);
  }
}
if (sizes.actors < 250) {
  process.stderr.write(
    'seed:synthetic: --actors must be at least 250 (the 193 UN member states, UN bodies and organisations come first)\n',
  );
  process.exit(2);
}

const total = recordCount(sizes);
const tty = process.stderr.isTTY === true && !values.quiet;
const say = (line: string) => {
  if (!values.quiet) process.stderr.write(`${line}\n`);
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

say(
  `seed:synthetic: seed "${values.seed}" -> ${values.out}\n  ${fmt(sizes.statements)} statements, ${fmt(sizes.events)} events, ${fmt(sizes.votes)} votes, ${fmt(sizes.figures)} figures; ${fmt(sizes.sources)} sources, ${fmt(sizes.actors)} actors, ${fmt(sizes.locations)} locations`,
);

let bar: cliProgress.SingleBar | undefined;
let loadStarted = performance.now();
let barStarted = false;
let nextLine = 0;
if (tty) {
  bar = new cliProgress.SingleBar(
    {
      format: '  load [{bar}] {percentage}% | {value}/{total} records | {rate} rec/s | ETA {eta_formatted}',
      hideCursor: true,
      stream: process.stderr,
      etaBuffer: 50,
      formatValue: (v, _options, type) => (type === 'value' || type === 'total' ? fmt(v) : String(v)),
    },
    cliProgress.Presets.shades_classic,
  );
}

const summary = await buildSyntheticDatabase({
  target: values.out,
  seed: values.seed,
  sizes,
  migrationsDir: MIGRATIONS_DIR,
  analyze: values.analyze as 'full' | 'quick' | 'none',
  vacuum: values.vacuum,
  verify: values.verify,
  // Two worker threads pay off from a few hundred thousand records; below that their start-up costs more.
  parallel: !values.serial && cpus().length >= 2 && total >= 200_000,
  onProgress: (done, all) => {
    if (!barStarted) {
      barStarted = true;
      bar?.start(all, 0, { rate: '-' });
    }
    const seconds = (performance.now() - loadStarted) / 1000;
    const rate = seconds > 0 ? fmt(done / seconds) : '-';
    if (bar) bar.update(done, { rate });
    else if (!values.quiet && (done >= nextLine || done === all)) {
      process.stderr.write(`  load ${((100 * done) / all).toFixed(0).padStart(3)}% ${fmt(done)}/${fmt(all)} records, ${rate} rec/s\n`);
      nextLine = done + Math.max(10_000, Math.ceil(all / 10));
    }
  },
  onPhase: (name, ms) => {
    if (name === 'migrate') loadStarted = performance.now();
    if (name === 'load' || name === 'load parts') bar?.stop();
    say(`  ${name.padEnd(13)} ${(ms / 1000).toFixed(2).padStart(7)} s`);
  },
});

const seconds = summary.milliseconds / 1000;
const loadSeconds = summary.loadMilliseconds / 1000;
process.stdout.write(
  [
    `seed:synthetic: built ${summary.target} (${(summary.bytes / 1024 / 1024).toFixed(0)} MiB, build ${summary.buildId})`,
    `  ${fmt(total)} records (${fmt(summary.rows)} rows with evidence, positions, aliases...) in ${seconds.toFixed(1)} s`,
    `  rate: ${fmt(total / loadSeconds)} records/s generating and loading (${fmt(summary.rows / loadSeconds)} rows/s), ${fmt(total / seconds)} records/s end to end (indexes, full-text, ANALYZE included)`,
    '',
  ].join('\n'),
);
