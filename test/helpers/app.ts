import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, inject } from 'vitest';
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

/**
 * The app a test file (or a describe block) runs against, built before its tests and closed after them: the one
 * place that owns the lifecycle. The value returned stands for the app from the first test on (a forwarding
 * proxy, so `app.inject(...)` reads as usual); touching it while tests are collected is an error that says so.
 */
export function useTestApp(overrides: Partial<Config> | (() => Partial<Config>) = {}): FastifyInstance {
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    app = await testApp(typeof overrides === 'function' ? overrides() : overrides);
  });
  afterAll(async () => app?.close());
  const current = (): FastifyInstance => {
    if (!app) throw new Error('useTestApp(): the app exists only inside tests and hooks, after beforeAll');
    return app;
  };
  return new Proxy({} as FastifyInstance, {
    get(_, property) {
      const target = current();
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    has: (_, property) => Reflect.has(current(), property),
  });
}

/** GET `url` from the app, expect 200 (the message shows the start of any other answer) and return its JSON. */
// biome-ignore lint/suspicious/noExplicitAny: like light-my-request's json(), which the tests read as many shapes.
export async function getJson<T = any>(app: FastifyInstance, url: string): Promise<T> {
  const response = await app.inject({ url });
  expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
  return response.json() as T;
}

export interface Page<T> {
  data: T[];
  page: { limit: number; next_cursor: string | null };
}
