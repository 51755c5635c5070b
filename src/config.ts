/**
 * Configuration: one table of settings, read once from the environment and validated with zod. Each setting has
 * its default and its help text here and nowhere else; the `Config` type is what the schema outputs, and a test
 * (test/api/settings-documented.test.ts) fails when README's configuration table or .env.example drifts from it.
 * The server (server.ts) and the seed CLI (seed/cli.ts) read the environment only through `loadConfig`.
 */
import { z } from 'zod';
import { DEFAULT_DATABASE_PATH } from './paths.js';

/** One setting: its default as it is written in the environment, its help text, and how its value is read. */
export interface Setting {
  default: string;
  help: string;
  schema: z.ZodType;
}

/** A value from the environment: absent means the default; the rest is `parse`'s to judge. */
function setting<T extends z.ZodType<unknown, string>>(fallback: string, help: string, parse: T) {
  return {
    default: fallback,
    help,
    schema: z
      .string()
      .optional()
      .transform((v) => v ?? fallback)
      .pipe(parse),
  };
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A whole number in [min, max]; an empty value means the default, as an unset one does. */
const int = (fallback: number, min: number, max: number) =>
  z.string().transform((v, ctx) => {
    if (v === '') return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
      return z.NEVER;
    }
    return n;
  });

const intSetting = (fallback: number, min: number, max: number, help: string) => setting(String(fallback), help, int(fallback, min, max));

/** Every setting, in the order README and .env.example list them. */
export const SETTINGS = {
  PORT: intSetting(3000, 0, 65535, 'port to listen on'),
  HOST: setting('0.0.0.0', 'address to listen on', z.string().min(1)),
  DATABASE_PATH: setting(DEFAULT_DATABASE_PATH, 'the SQLite database served (and written by `npm run seed`)', z.string().min(1)),
  SEED_IF_MISSING: setting(
    'true',
    'build the database from `seed/` at start when `DATABASE_PATH` does not exist (`false` in the image)',
    bool,
  ),
  NODE_ENV: setting('development', '`development`, `production` or `test`', z.enum(['development', 'production', 'test'])),
  LOG_LEVEL: setting(
    'info',
    'pino level: `fatal` … `trace`, or `silent`',
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  ),
  LOG_PRETTY: setting('false', 'human-readable logs through pino-pretty (a dev dependency; `npm run dev` sets it)', bool),
  CORS_ORIGINS: setting('*', 'comma-separated allowed origins, or `*` (the data is public)', z.string()),
  TRUST_PROXY: setting('false', 'behind a reverse proxy, trust `X-Forwarded-For` so rate limits count real clients', bool),
  RATE_LIMIT_ENABLED: setting('true', 'per-client rate limiting (429 problem with `Retry-After`)', bool),
  RATE_LIMIT_MAX: intSetting(300, 1, 1_000_000, 'requests per window per client'),
  RATE_LIMIT_WINDOW_MS: intSetting(60_000, 1000, 3_600_000, 'the window'),
  PAGE_SIZE_DEFAULT: intSetting(50, 1, 500, '`limit` when none is given'),
  PAGE_SIZE_MAX: intSetting(500, 1, 500, 'the largest `limit` served'),
  REQUEST_TIMEOUT_MS: intSetting(10_000, 100, 600_000, 'a request taking longer is stopped (503 problem)'),
  SHUTDOWN_GRACE_MS: intSetting(5000, 0, 120_000, 'on SIGTERM/SIGINT, how long in-flight requests may take before the process exits'),
  CACHE_MAX_AGE_S: intSetting(300, 0, 31_536_000, '`Cache-Control: max-age`'),
  RESPONSE_CACHE_MB: intSetting(32, 0, 4096, 'memory for finished answers reused for repeated URLs; `0` turns it off'),
  SEARCH_MAX_LENGTH: intSetting(200, 10, 2000, 'longest `q`, in characters'),
  SEARCH_MAX_TERMS: intSetting(16, 1, 64, 'most words in `q`'),
  SEARCH_WORKERS: intSetting(
    2,
    0,
    16,
    'worker threads that run full-text searches off the event loop, each with its own read-only connection; `0` runs them inline',
  ),
  SEARCH_RANK_WINDOW: intSetting(
    5000,
    0,
    100_000_000,
    'relevance ranks at most this many matches of one search: the last ones in the full-text index (see "Search cost" below); `0` ranks all',
  ),
  RENDERED_RESPONSES: setting(
    'true',
    'serve events, statements, votes and figures (lists as JSON and CSV, single views) from the JSON and CSV the build rendered into the database; `false` computes every answer from rows (the same bytes; for comparison and benchmarks)',
    bool,
  ),
  TIMELINEJS_MAX_ENTRIES: intSetting(
    1000,
    1,
    10_000,
    'most entries in one `/v1/timeline?format=timelinejs` document (unpaged); more is a 400 that says so',
  ),
  FACET_CUBES: setting(
    'true',
    'answer facets from the counts tables built with the database where the filters allow (see Facets); `false` counts over the records every time',
    bool,
  ),
} satisfies Record<string, Setting>;

type Environment = { [K in keyof typeof SETTINGS]: z.output<(typeof SETTINGS)[K]['schema']> };

const shape = Object.fromEntries(Object.entries(SETTINGS).map(([name, s]) => [name, s.schema])) as {
  [K in keyof typeof SETTINGS]: (typeof SETTINGS)[K]['schema'];
};

/** The environment as the application's configuration: grouped, typed, and checked across settings. */
export const configSchema = z
  .object(shape)
  .superRefine((e, ctx) => {
    const env = e as Environment;
    if (env.PAGE_SIZE_DEFAULT > env.PAGE_SIZE_MAX) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAGE_SIZE_DEFAULT'],
        message: `${env.PAGE_SIZE_DEFAULT} is larger than PAGE_SIZE_MAX (${env.PAGE_SIZE_MAX})`,
      });
    }
  })
  .transform((e) => {
    const env = e as Environment;
    const origins = env.CORS_ORIGINS.trim();
    return {
      nodeEnv: env.NODE_ENV,
      port: env.PORT,
      host: env.HOST,
      databasePath: env.DATABASE_PATH,
      seedIfMissing: env.SEED_IF_MISSING,
      logLevel: env.LOG_LEVEL,
      logPretty: env.LOG_PRETTY,
      corsOrigins:
        origins === '*'
          ? ('*' as const)
          : origins
              .split(',')
              .map((o) => o.trim())
              .filter(Boolean),
      trustProxy: env.TRUST_PROXY,
      rateLimit: { enabled: env.RATE_LIMIT_ENABLED, max: env.RATE_LIMIT_MAX, windowMs: env.RATE_LIMIT_WINDOW_MS },
      pageSize: { default: env.PAGE_SIZE_DEFAULT, max: env.PAGE_SIZE_MAX },
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
      cacheMaxAgeSeconds: env.CACHE_MAX_AGE_S,
      responseCacheBytes: env.RESPONSE_CACHE_MB * 1024 * 1024,
      search: {
        maxLength: env.SEARCH_MAX_LENGTH,
        maxTerms: env.SEARCH_MAX_TERMS,
        workers: env.SEARCH_WORKERS,
        rankWindow: env.SEARCH_RANK_WINDOW,
      },
      renderedResponses: env.RENDERED_RESPONSES,
      timelinejsMaxEntries: env.TIMELINEJS_MAX_ENTRIES,
      facetCubes: env.FACET_CUBES,
    };
  });

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`));
  }
  return parsed.data;
}

/** Defaults for tests and tools: everything from the defaults, with overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...overrides };
}
