/**
 * The YAML files of a seed folder as an ingest reads them: actors.yaml, locations.yaml and every record file of
 * annotations/. An ingest needs the record files twice (the gazetteer takes their `actors:`, the ingest their record
 * ids and facts), so it reads each file once here. Parsing YAML is most of an ingest's cost once the ledger holds a
 * few hundred articles, so a batch that ingests one article after another into the same folder (ingest-many,
 * `npm run bench:ingest`) passes one YamlParses to all its ingests: each file is parsed again only when its text
 * changed, rather than once per ingest (which made a run through every fixture article quadratic in their number).
 * The parses live as long as the batch holds them; a single ingest keeps none.
 *
 * Read leniently: a file that does not parse is handed back with its error, for the caller to skip or report (a file
 * being edited must not stop an ingest; `npm run seed` is the strict reader and reads the files itself).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** A YAML file's content, or why it could not be parsed. Shared between callers: never modify it. */
export type ParsedYaml = { parsed: unknown; error?: undefined } | { parsed?: undefined; error: Error };

/**
 * The last parse of each file a batch read, by path, with the text it was parsed from and the file's stamp (inode, size
 * and modification time in nanoseconds) when it was read.
 */
export type YamlParses = Map<string, { text: string; stamp: string | null; result: ParsedYaml }>;

/**
 * What changes whenever a file is written: its inode (an atomic write renames a new file in), size and modification
 * time. The clock a file system stamps files with is coarse (a few milliseconds), so two writes of the same size in a
 * row can share a stamp: a file written in the last two seconds has none, and is read each time (git's answer to its
 * "racily clean" index entries).
 */
function stampOf(path: string): string | null {
  const s = statSync(path, { bigint: true });
  const now = BigInt(Date.now()) * 1_000_000n;
  if (now - s.mtimeNs < 2_000_000_000n) return null;
  return `${s.ino}:${s.size}:${s.mtimeNs}`;
}

/**
 * A YAML file parsed, or the parse error. With `parses`, a file whose stamp is the one kept there is not read again
 * (s62: reading every record file of a ledger of hundreds of articles at each ingest made a batch quadratic again,
 * a quarter of its time once it held 300), and a file read again is parsed again only when its text differs.
 */
export function readYaml(path: string, parses?: YamlParses): ParsedYaml {
  const last = parses?.get(path);
  const stamp = parses ? stampOf(path) : null;
  if (last && stamp !== null && last.stamp === stamp) return last.result;
  const text = readFileSync(path, 'utf8');
  if (last?.text === text) {
    parses?.set(path, { ...last, stamp });
    return last.result;
  }
  let result: ParsedYaml;
  try {
    result = { parsed: parseYaml(text) };
  } catch (error) {
    result = { error: error as Error };
  }
  parses?.set(path, { text, stamp, result });
  return result;
}

/** One record file of annotations/: its name ("x.yaml") and its content as readYaml gives it. */
export type RecordFile = { name: string } & ParsedYaml;

/**
 * Every record file of `<seedDir>/annotations` (a `.yaml` or `.yml` file) in name order, but `except` (the file an
 * ingest is about to rewrite). A file that cannot be read or parsed comes with its error.
 */
export function readRecordFiles(seedDir: string, except?: string, parses?: YamlParses): RecordFile[] {
  const dir = join(seedDir, 'annotations');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name) && name !== except)
    .sort()
    .map((name) => {
      try {
        return { name, ...readYaml(join(dir, name), parses) };
      } catch (error) {
        return { name, error: error as Error };
      }
    });
}
