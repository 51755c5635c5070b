/** `within=`: a place and every place inside it, through the closure table the seed computes (location_ancestors). */
import type { Condition } from './list-query.js';

export function withinLocations(column: string, ancestorIds: readonly string[]): Condition {
  return {
    sql: `${column} IN (SELECT location_id FROM location_ancestors WHERE ancestor_id IN (${ancestorIds.map(() => '?').join(', ')}))`,
    params: [...ancestorIds],
  };
}
