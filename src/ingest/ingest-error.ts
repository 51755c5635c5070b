/** An ingest refused for a reason the user can fix (bad text, missing metadata, an id already taken). */
export class IngestError extends Error {
  override readonly name = 'IngestError';
}
