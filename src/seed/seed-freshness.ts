/**
 * Whether seed/ changed after the database was built: an article ingested (or a record file edited) and then
 * `npm start` without `npm run seed` would otherwise serve the old build without a word. Only file times are read
 * (a few dozen stat calls, no parsing), so the server can ask at every start; it imports nothing else of the seed.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The first file under seed/ written after the database file, relative to seed/, or null (none, or no seed/). */
export function seedChangedSince(seedDir: string, databasePath: string): string | null {
  if (!existsSync(seedDir) || !existsSync(databasePath)) return null;
  const built = statSync(databasePath).mtimeMs;
  const walk = (dir: string): string | null => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const found = walk(path);
        if (found) return found;
      } else if (entry.isFile() && statSync(path).mtimeMs > built) return relative(seedDir, path);
    }
    return null;
  };
  return walk(seedDir);
}
