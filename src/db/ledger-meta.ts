/**
 * The keys of `ledger_meta`, the table that says what a database file is: written by the seed build
 * (src/seed/build-database.ts) and the synthetic generator (bench/lib/build-synthetic.ts), read by openLedger.
 */
export const LEDGER_META = {
  /** The migration the schema was built to (db/migrations.ts `schemaVersion`); the server refuses another. */
  schemaVersion: 'schema_version',
  /** sha256 of every input: ETags and cursors are bound to it. */
  buildId: 'build_id',
  /** JSON object: rows per table. */
  counts: 'counts',
  /** `curated` for the real corpus, `synthetic` for a generated benchmark database. */
  kind: 'kind',
  /** Synthetic databases only: the generator's version, seed and sizes (JSON). */
  synthetic: 'synthetic',
  /**
   * The digest of how the records in `rendered` were serialized (http/record-rendering.ts `renderingDigest`): a
   * server that would render differently computes its answers instead of serving those strings.
   */
  rendering: 'rendering',
  /**
   * Prefix of one row per actor id a curator merged into another (`merged_into` in seed/): `merged_actor:<old id>`,
   * the value the id that stands. The old id's URLs answer a permanent redirect there, so cited links keep working.
   */
  mergedActor: 'merged_actor:',
} as const;
