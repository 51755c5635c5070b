/**
 * `npm run openapi`: writes openapi.yaml, exactly the document the app serves at /openapi.json. The document
 * does not depend on the data, but the app needs a database of the current schema to start, so the script
 * builds a private one from seed/ in a temporary directory (whatever state data/ledger.db is in).
 *
 * Written by `openapiYaml` with the YAML 1.1 schema so that 1.1 readers (PyYAML, SnakeYAML, js-yaml) read the same
 * document as 1.2 ones: a string such as `yes`, `no`, `on`, `2016-12-05` or `1_000` is quoted, since a 1.1 reader
 * would otherwise take it for a boolean, a date or a number. The drift test compares the file's bytes with
 * `openapiYaml` of /openapi.json (components sorted by name, so every process writes the same bytes), and parses
 * it both ways.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { writeFileAtomically } from '../src/atomic-write.js';
import { loadConfig } from '../src/config.js';
import { MIGRATIONS_DIR, PROJECT_ROOT, SEED_DIR } from '../src/paths.js';
import { openapiYaml } from '../src/plugins/openapi-transform.js';
import { buildDatabase } from '../src/seed/build-database.js';

const temporary = mkdtempSync(join(tmpdir(), 'aleppo-ledger-openapi-'));
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
config.databasePath = buildDatabase({ target: join(temporary, 'ledger.db'), seedDir: SEED_DIR, migrationsDir: MIGRATIONS_DIR }).target;
const app = await buildApp(config);
await app.ready();
const document = app.swagger();
const out = join(PROJECT_ROOT, 'openapi.yaml');
writeFileAtomically(out, openapiYaml(document));
await app.close();
rmSync(temporary, { recursive: true, force: true });
process.stdout.write(`wrote ${out} (${Object.keys((document as { paths: object }).paths).length} paths)\n`);
