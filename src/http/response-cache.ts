/**
 * Finished responses kept in memory, least recently used first out, within a byte budget (lru-cache's maxSize,
 * sizeCalculation and maxEntrySize). The database is immutable while the process runs (a new build means a
 * restart), so a 200 for a URL and representation is the same bytes every time: serving it again skips
 * validation, the queries and serialization.
 */
import { LRUCache } from 'lru-cache';

export interface CachedResponse {
  body: string | Buffer;
  contentType: string;
  /** The CSV `Link: rel="next"` header, when the page had one. */
  link: string | undefined;
  bytes: number;
}

export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse> | undefined;
  hits = 0;
  misses = 0;

  constructor(
    maxBytes: number,
    /** No single response may take more than this share of the budget, so one huge CSV cannot flush the rest. */
    maxEntryShare = 8,
  ) {
    this.entries =
      maxBytes > 0
        ? new LRUCache<string, CachedResponse>({
            maxSize: maxBytes,
            maxEntrySize: Math.floor(maxBytes / maxEntryShare),
            sizeCalculation: (entry) => entry.bytes,
          })
        : undefined;
  }

  get enabled(): boolean {
    return this.entries !== undefined;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries?.size ?? 0, bytes: this.entries?.calculatedSize ?? 0 };
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries?.get(key);
    if (entry) this.hits++;
    else this.misses++;
    return entry;
  }

  set(key: string, body: string | Buffer, contentType: string, link: string | undefined): void {
    // Keys are counted too: a URL can be 4 KB.
    const bytes = (typeof body === 'string' ? Buffer.byteLength(body) : body.length) + key.length * 2 + 64;
    this.entries?.set(key, { body, contentType, link, bytes });
  }
}
