/**
 * The process entry point: read the configuration, make sure the database exists (building it from seed/ on a
 * fresh clone), listen, and shut down with grace on SIGTERM/SIGINT: stop accepting, let in-flight requests
 * finish within SHUTDOWN_GRACE_MS, close the database, exit 0.
 */
import { existsSync } from 'node:fs';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { LedgerOpenError } from './db/open-ledger.js';
import { MIGRATIONS_DIR, SEED_DIR } from './paths.js';

function fail(message: string): never {
  process.stderr.write(`aleppo-ledger: ${message}\n`);
  process.exit(1);
}

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  // The seed build (YAML, the corpus loaders, drizzle's migrator) is loaded only when there is something to build:
  // a served database never needs it, and loading it cost every start 100-160 ms on the loaded bench machine.
  const seedDatabase = async (why: string) => {
    const { buildDatabase } = await import('./seed/build-database.js');
    const { SeedError } = await import('./seed/seed-error.js');
    try {
      const summary = buildDatabase({ target: config.databasePath, seedDir: SEED_DIR, migrationsDir: MIGRATIONS_DIR });
      process.stdout.write(
        `aleppo-ledger: ${why}; built ${summary.target} from seed/ in ${summary.milliseconds.toFixed(0)} ms (${summary.counts.statements} statements, ${summary.counts.events} events)\n`,
      );
    } catch (error) {
      if (error instanceof SeedError) fail(`could not build the database: ${error.message}`);
      throw error;
    }
  };

  if (!existsSync(config.databasePath)) {
    if (!config.seedIfMissing) fail(`database file ${config.databasePath} does not exist and SEED_IF_MISSING is false`);
    await seedDatabase('no database yet');
  }
  // Where seeding is allowed (a developer's machine), say so when seed/ changed after the build, e.g. an article
  // ingested without `npm run seed` since: the old build is served as it is (the seed may not even load yet).
  else if (config.seedIfMissing) {
    const { seedChangedSince } = await import('./seed/seed-freshness.js');
    const changed = seedChangedSince(SEED_DIR, config.databasePath);
    if (changed) {
      process.stderr.write(
        `aleppo-ledger: seed/${changed} changed after ${config.databasePath} was built; serving that older build: run \`npm run seed\` to include the change\n`,
      );
    }
  }

  let app: Awaited<ReturnType<typeof buildApp>>;
  try {
    app = await buildApp(config);
  } catch (error) {
    if (!(error instanceof LedgerOpenError)) throw error;
    // A database built by an older checkout is rebuilt where seeding is allowed (a developer's machine after a
    // pull); the image, which never seeds, refuses it instead of serving a schema it does not understand.
    if (error.problem !== 'stale_schema' || !config.seedIfMissing) fail(error.message);
    await seedDatabase(error.message.replace(/: rebuild it.*$/, ''));
    try {
      app = await buildApp(config);
    } catch (retry) {
      if (retry instanceof LedgerOpenError) fail(retry.message);
      throw retry;
    }
  }

  closeWithGrace({ delay: config.shutdownGraceMs }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
  });

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    app.log.error({ err: error }, 'could not listen');
    await app.close();
    process.exit(1);
  }
}

await main();
