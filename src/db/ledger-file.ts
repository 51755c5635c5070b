/**
 * The sha256 of the published database file, for `/v1/export/ledger.sqlite` (its ETag and RFC 9530 Repr-Digest).
 * It cannot be written into the file at build time (a file cannot hold its own hash), so it is computed once per
 * process, on first use, by streaming the file: the database is immutable while the server runs, so the answer
 * never changes. The build id (ledger_meta) is a hash of the inputs, not of these bytes.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';

export interface FileDigest {
  /** sha256 in hex: the ETag. */
  hex: string;
  /** sha256 in base64: the Repr-Digest value. */
  base64: string;
  bytes: number;
}

const digests = new Map<string, Promise<FileDigest>>();

export function fileDigest(path: string): Promise<FileDigest> {
  let digest = digests.get(path);
  if (!digest) {
    digest = new Promise<FileDigest>((resolve, reject) => {
      const hash = createHash('sha256');
      const bytes = statSync(path).size;
      createReadStream(path)
        .on('data', (chunk) => hash.update(chunk))
        .on('error', reject)
        .on('end', () => {
          const raw = hash.digest();
          resolve({ hex: raw.toString('hex'), base64: raw.toString('base64'), bytes });
        });
    });
    // A failed read is not remembered: the next request tries again.
    digest.catch(() => digests.delete(path));
    digests.set(path, digest);
  }
  return digest;
}
