/**
 * Issue 11, "done means", at scale: the second half of the fixture articles (ingest-many.ts says what is checked), in
 * the other test worker while the first half runs.
 */
import { ingestManySuite } from './ingest-many.js';

ingestManySuite({ shard: 1, shards: 2 });
