/**
 * Fills `location_ancestors`, the closure of the location hierarchy: every place with itself (depth 0) and each
 * place that contains it. Computed once when a database is built (curated or synthetic), so `within=` is an
 * indexed lookup rather than a recursive walk per request. Cycles cannot occur: the seed refuses unknown parents,
 * and the depth bound stops a walk that would loop.
 */
import type Database from 'better-sqlite3';

export function fillLocationAncestors(db: Database.Database): number {
  db.exec('DELETE FROM location_ancestors');
  const result = db
    .prepare(
      `INSERT INTO location_ancestors (location_id, ancestor_id, depth)
       WITH RECURSIVE up(location_id, ancestor_id, depth) AS (
         SELECT id, id, 0 FROM locations
         UNION ALL
         SELECT up.location_id, l.parent_id, up.depth + 1 FROM up JOIN locations l ON l.id = up.ancestor_id
         WHERE l.parent_id IS NOT NULL AND up.depth < 64
       )
       SELECT location_id, ancestor_id, min(depth) FROM up GROUP BY location_id, ancestor_id`,
    )
    .run();
  return result.changes;
}
