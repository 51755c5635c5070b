/** `within=`: a place and every place inside it, through the closure table the seed computes (location_ancestors). */
import { type Condition, paddedValues } from './query/conditions.js';

export function withinLocations(column: string, ancestorIds: readonly string[]): Condition {
  const ids = paddedValues(ancestorIds);
  return {
    sql: `${column} IN (SELECT location_id FROM location_ancestors WHERE ancestor_id IN (${ids.map(() => '?').join(', ')}))`,
    params: ids,
    filter: 'within',
    onValues: { count: undefined, on: (other) => withinLocations(other, ancestorIds) },
  };
}
