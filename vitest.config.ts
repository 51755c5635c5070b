import { configDefaults, defineConfig } from 'vitest/config';

/**
 * (s70) The files that keep a module registry of their own (vitest's default isolation): the one that replaces a module
 * with vi.mock (serializers: the serializer compiler wrapped to record what Fastify hands it; ingest-many-1: the atomic
 * writer made to fail half-way), the heavy suites that draft hundreds of articles (they gain nothing from sharing and
 * hold the most memory), the one that spawns the CLI, and the browser's. Every other file shares its worker's modules
 * with the files run before it there: each of them imported the app, its routes and the extractors afresh, which
 * took more of the suite's CPU than their tests (on this machine, 454 CPU-seconds for those 106 files isolated, 292
 * shared). A file of the shared project must leave no state behind: none of them mocks a module, stubs an
 * environment variable or a global, and each builds its own app over the one database the global setup built.
 */
const ISOLATED = [
  'test/api/serializers.test.ts',
  'test/ingest/ingest-many-1.test.ts',
  'test/ingest/ingest-many-2.test.ts',
  'test/ingest/extraction-scores.test.ts',
  'test/ingest/ingest-article.test.ts',
  'test/browser/**/*.test.ts',
];

export default defineConfig({
  test: {
    // (Each project says which files it takes: an `include` here would be added to both projects' own.)
    // One database is built from seed/ before any test runs and shared read-only by every API test (one per project).
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Vitest 4 runs one worker fewer than the machine has cores unless told (1 on CI's 2 cores: every file one after the
    // other). Two keep both cores busy; the main process only collects their reports.
    maxWorkers: 2,
    // ingest-many ingests every fixture article, half in each of two files (s47: one worker each, at once; before it,
    // one file in one worker was the run's long pole). Its need came near the default heap
    // (about 4 GB here) in session 18; since it keeps no parsed article no worker passed 1.1 GB (RSS) in session 19's
    // run of the suite, and two workers get 6 GB each as a margin for the fixtures to grow (the CI machine has 24 GiB).
    execArgv: ['--max-old-space-size=6144'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
      {
        extends: true,
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...ISOLATED], isolate: false },
      },
    ],
  },
});
