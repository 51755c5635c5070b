import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One database is built from seed/ before any test runs and shared read-only by every API test.
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // ingest-many ingests every fixture article (about two hundred) in one worker; the default heap (about 4 GB here)
    // is near its need, so two workers get 6 GB each (the CI machine has 24 GiB).
    execArgv: ['--max-old-space-size=6144'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
