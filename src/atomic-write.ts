/**
 * The one way this project replaces a file (the seed build's database, the ingest's files under seed/, openapi.yaml):
 * the new bytes go to a temporary file beside the target, are flushed to disk, renamed over the target (atomic on
 * one filesystem: a reader sees the old file or the new one, never half of either), and the directory is flushed
 * so the rename itself survives a crash.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

let written = 0;

/** A temporary name beside `target` that no other process or call uses: `<target>.tmp-<pid>-<n>`. */
export function temporaryBeside(target: string): string {
  written += 1;
  return `${target}.tmp-${process.pid}-${written}`;
}

/** Puts a finished file in place: `temporary` flushed, renamed over `target`, then the directory flushed. */
export function publishAtomically(temporary: string, target: string): void {
  const fd = openSync(temporary, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, target);
  try {
    const dirFd = openSync(dirname(target), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Some filesystems refuse to fsync a directory; the rename itself is still atomic.
  }
}

/** Replaces (or creates) `target` with `content`: a crash at any point leaves the old file or the new, whole. */
export function writeFileAtomically(target: string, content: string | Uint8Array): void {
  const temporary = temporaryBeside(target);
  try {
    const fd = openSync(temporary, 'w');
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } finally {
      closeSync(fd);
    }
    publishAtomically(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
