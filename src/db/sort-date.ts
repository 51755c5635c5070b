/**
 * `sort_date` is a record's main date, or this sentinel when the text gives none: keyset paging needs a
 * non-null key an index can serve, and the sentinel sorts undated records last. It is never exposed by the API.
 * The seed writes it, list queries exclude it from date ranges, the synthetic generator and the bench use it.
 */
export const UNDATED_SORT_DATE = '9999-12-31';
