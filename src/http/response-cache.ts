/**
 * Finished responses kept in memory, least recently used first out, within a byte budget. The database is
 * immutable while the process runs (a new build means a restart), so a 200 for a URL and representation is
 * the same bytes every time: serving it again skips validation, the queries and serialization.
 */
export interface CachedResponse {
  body: string | Buffer;
  contentType: string;
  /** The CSV `Link: rel="next"` header, when the page had one. */
  link: string | undefined;
  bytes: number;
}

export class ResponseCache {
  /** Map keeps insertion order: the first key is the least recently used. */
  private readonly entries = new Map<string, CachedResponse>();
  private used = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly maxBytes: number,
    /** No single response may take more than this share of the budget, so one huge CSV cannot flush the rest. */
    private readonly maxEntryShare = 8,
  ) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.used };
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, body: string | Buffer, contentType: string, link: string | undefined): void {
    // Keys are counted too: a URL can be 4 KB.
    const bytes = (typeof body === 'string' ? Buffer.byteLength(body) : body.length) + key.length * 2 + 64;
    if (!this.enabled || bytes > this.maxBytes / this.maxEntryShare) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.used -= previous.bytes;
    }
    this.entries.set(key, { body, contentType, link, bytes });
    this.used += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= entry.bytes;
    }
  }
}
