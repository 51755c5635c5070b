/**
 * Configuration, read once from the environment and validated with zod. A wrong value stops the process at
 * start with a message naming the variable; nothing reads process.env anywhere else.
 */
import { z } from 'zod';
import { DEFAULT_DATABASE_PATH } from './paths.js';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1' || v === 'yes'));

const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

const environment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(3000, 0, 65535),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_PATH: z.string().min(1).default(DEFAULT_DATABASE_PATH),
  /** Build the database from seed/ when DATABASE_PATH does not exist (the quick start); off in the image. */
  SEED_IF_MISSING: bool(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Human-readable logs (pino-pretty, a dev dependency); JSON otherwise. */
  LOG_PRETTY: bool(false),
  /** Comma-separated origins allowed by CORS, or * for any (the data is public). */
  CORS_ORIGINS: z.string().default('*'),
  /** Behind a reverse proxy, trust its X-Forwarded-For so that rate limits count real clients, not the proxy. */
  TRUST_PROXY: bool(false),
  RATE_LIMIT_ENABLED: bool(true),
  RATE_LIMIT_MAX: int(300, 1, 1_000_000),
  RATE_LIMIT_WINDOW_MS: int(60_000, 1000, 3_600_000),
  PAGE_SIZE_DEFAULT: int(50, 1, 500),
  PAGE_SIZE_MAX: int(500, 1, 500),
  REQUEST_TIMEOUT_MS: int(10_000, 100, 600_000),
  SHUTDOWN_GRACE_MS: int(5000, 0, 120_000),
  CACHE_MAX_AGE_S: int(300, 0, 31_536_000),
  /** Memory for finished 200 responses, reused for the same URL until restart (the data never changes); 0 turns it off. */
  RESPONSE_CACHE_MB: int(32, 0, 4096),
  /** Longest `q` accepted, in characters, and most words in it: full-text cost grows with both. */
  SEARCH_MAX_LENGTH: int(200, 10, 2000),
  SEARCH_MAX_TERMS: int(16, 1, 64),
});

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databasePath: string;
  seedIfMissing: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  logPretty: boolean;
  corsOrigins: '*' | string[];
  trustProxy: boolean;
  rateLimit: { enabled: boolean; max: number; windowMs: number };
  pageSize: { default: number; max: number };
  requestTimeoutMs: number;
  shutdownGraceMs: number;
  cacheMaxAgeSeconds: number;
  responseCacheBytes: number;
  search: { maxLength: number; maxTerms: number };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`));
  }
  const e = parsed.data;
  if (e.PAGE_SIZE_DEFAULT > e.PAGE_SIZE_MAX) {
    throw new ConfigError([`PAGE_SIZE_DEFAULT: ${e.PAGE_SIZE_DEFAULT} is larger than PAGE_SIZE_MAX (${e.PAGE_SIZE_MAX})`]);
  }
  const origins = e.CORS_ORIGINS.trim();
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databasePath: e.DATABASE_PATH,
    seedIfMissing: e.SEED_IF_MISSING,
    logLevel: e.LOG_LEVEL,
    logPretty: e.LOG_PRETTY,
    corsOrigins:
      origins === '*'
        ? '*'
        : origins
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean),
    trustProxy: e.TRUST_PROXY,
    rateLimit: { enabled: e.RATE_LIMIT_ENABLED, max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS },
    pageSize: { default: e.PAGE_SIZE_DEFAULT, max: e.PAGE_SIZE_MAX },
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    cacheMaxAgeSeconds: e.CACHE_MAX_AGE_S,
    responseCacheBytes: e.RESPONSE_CACHE_MB * 1024 * 1024,
    search: { maxLength: e.SEARCH_MAX_LENGTH, maxTerms: e.SEARCH_MAX_TERMS },
  };
}

/** Defaults for tests and tools: everything from the defaults, with overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...overrides };
}
