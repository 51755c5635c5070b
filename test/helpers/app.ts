import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.js';
import { type Config, testConfig } from '../../src/config.js';

/** The real app over the real seeded database, in-process; rate limiting off unless a test turns it on. */
export async function testApp(overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const app = await buildApp(
    testConfig({ databasePath: inject('databasePath'), rateLimit: { enabled: false, max: 1000, windowMs: 60_000 }, ...overrides }),
  );
  await app.ready();
  return app;
}

export interface Page<T> {
  data: T[];
  page: { limit: number; next_cursor: string | null };
}
