import type { RecordType } from '../db/schema.js';

/** The explorer's own URLs, built in one place (ids are encoded: they come from the database, not from code). */
export type PageKind = 'events' | 'statements' | 'votes' | 'figures' | 'actors' | 'sources' | 'quantities';

export const page = (kind: PageKind, id: string) => `/explore/${kind}/${encodeURIComponent(id)}`;

/** The singular record types of evidence (`event`, ...) to their page kind. */
export const recordPage = (recordType: RecordType, id: string) => page(`${recordType}s`, id);

/** A timeline entry's kind (`event`, `vote`, `statement`) to its page. */
export const entryPage = (kind: 'event' | 'vote' | 'statement', id: string) => page(`${kind}s`, id);
