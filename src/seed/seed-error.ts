/**
 * A seed failure that names what a curator must fix: the file, the record in it (when there is one) and the
 * reason. The CLI prints `message` and exits non-zero.
 */
export class SeedError extends Error {
  readonly file: string;
  readonly record: string | null;
  readonly reason: string;

  constructor(file: string, record: string | null, reason: string) {
    super(record ? `${file}: ${record}: ${reason}` : `${file}: ${reason}`);
    this.name = 'SeedError';
    this.file = file;
    this.record = record;
    this.reason = reason;
  }
}
