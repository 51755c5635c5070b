/**
 * The project's own folders, found from this file so that they resolve the same from src/ (tsx, vitest) and
 * from dist/ (the compiled build): both sit one level below the project root.
 */
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const PROJECT_ROOT = root;
export const SEED_DIR = fileURLToPath(new URL('../seed', import.meta.url));
export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));
export const DEFAULT_DATABASE_PATH = 'data/ledger.db';
