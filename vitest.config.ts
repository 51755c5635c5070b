import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One database is built from seed/ before any test runs and shared read-only by every API test.
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
  },
});
