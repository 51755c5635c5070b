import { FACET_CUBES } from '../db/facet-counts.js';
import type { Figure } from '../schemas/figure.js';
import type { EvidenceRepository } from './evidence-repository.js';
import { type AnyOfFilters, anyOf, type Condition, dateRange, fromFilter, inSources, matching, provenance } from './query/conditions.js';
import { EmbeddedRecordList } from './query/embedded-record-list.js';
import { dateFacets, type FacetSpec, sourceFacet } from './query/facets.js';
import type { ListQueries, ListShape } from './query/list-query.js';
import type { RecordFilters } from './query/record-list.js';

export interface FigureFilters extends RecordFilters, AnyOfFilters<'metric' | 'category' | 'location' | 'within' | 'claimedBy' | 'event'> {
  minValue?: number | undefined;
  maxValue?: number | undefined;
}

interface FigureRow {
  id: string;
  metric: Figure['metric'];
  category: Figure['category'];
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Figure['qualifier'];
  raw_text: string;
  unit: string;
  subject: string | null;
  location_id: string | null;
  location_name: string | null;
  as_of: string | null;
  as_of_precision: Figure['as_of_precision'];
  as_of_basis: Figure['as_of_basis'];
  as_of_note: string | null;
  claimed_by_id: string | null;
  claimed_by_name: string | null;
  event_id: string | null;
  quantity_id: string | null;
  method: Figure['method'];
  confidence: number;
  note: string | null;
}

const SHAPE: ListShape = {
  alias: 'f',
  select: `f.id, f.metric, f.category, f.value, f.low, f.high, f.qualifier, f.raw_text, f.unit, f.subject,
    f.location_id, l.name AS location_name, f.as_of, f.as_of_precision, f.as_of_basis, f.as_of_note,
    f.claimed_by_id, c.name AS claimed_by_name, f.event_id, f.quantity_id, f.method, f.confidence, f.note`,
  from: 'figures f LEFT JOIN locations l ON l.id = f.location_id LEFT JOIN actors c ON c.id = f.claimed_by_id',
  sorts: { date: 'f.sort_date' },
  ftsTable: 'figures_fts',
  mainDate: { column: 'f.as_of', precision: 'f.as_of_precision' },
};

/** The facets this list answers (`facets=`), each over the same conditions as the list; see query/facets.ts. */
export const FIGURE_FACETS: Record<string, FacetSpec> = {
  ...dateFacets({ column: 'f.as_of', precision: 'f.as_of_precision' }),
  metric: { value: 'f.metric', labels: 'enum' },
  category: { value: 'f.category', labels: 'enum' },
  location: { value: 'f.location_id', labels: 'locations' },
  claimed_by: { filters: ['claimedBy'], value: 'f.claimed_by_id', labels: 'actors' },
  event: { value: 'f.event_id', labels: 'events' },
  source: sourceFacet('figure', 'f'),
};

export class FigureRepository extends EmbeddedRecordList<FigureFilters, FigureRow, Figure> {
  constructor(lists: ListQueries, evidence: EvidenceRepository) {
    super(lists, { shape: SHAPE, facets: FIGURE_FACETS, cube: FACET_CUBES.figures }, evidence, 'figure');
  }

  conditions(filters: FigureFilters): Condition[] {
    const conditions: Condition[] = [];
    if (filters.search) conditions.push(matching(SHAPE, filters.search));
    if (filters.metric) conditions.push(fromFilter('metric', anyOf('f.metric', filters.metric)));
    if (filters.category) conditions.push(fromFilter('category', anyOf('f.category', filters.category)));
    if (filters.location) conditions.push(fromFilter('location', anyOf('f.location_id', filters.location)));
    if (filters.within) conditions.push(this.within('f.location_id', filters.within));
    if (filters.claimedBy) conditions.push(fromFilter('claimedBy', anyOf('f.claimed_by_id', filters.claimedBy)));
    if (filters.event) conditions.push(fromFilter('event', anyOf('f.event_id', filters.event)));
    // A figure with no single value ("tens of thousands") is judged by its range: it matches when the range
    // reaches into [min_value, max_value]. NULL compares false, so a figure with neither never matches.
    if (filters.minValue !== undefined) {
      conditions.push({ sql: 'coalesce(f.value, f.high) >= ?', params: [filters.minValue], filter: 'minValue' });
    }
    if (filters.maxValue !== undefined) {
      conditions.push({ sql: 'coalesce(f.value, f.low) <= ?', params: [filters.maxValue], filter: 'maxValue' });
    }
    if (filters.source) conditions.push(inSources('f', 'figure', filters.source));
    conditions.push(...dateRange('f.sort_date', filters.from, filters.to));
    conditions.push(...provenance('f', filters.provenance));
    return conditions;
  }

  /** Evidence for a page of figures: one query, whatever the page size. */
  protected assemble(rows: FigureRow[]): Figure[] {
    const evidence = this.evidence.forIds(
      'figure',
      rows.map((r) => r.id),
    );
    return rows.map((row) => toFigure(row, evidence.get(row.id) ?? []));
  }
}

function toFigure(row: FigureRow, evidence: Figure['evidence']): Figure {
  return {
    id: row.id,
    metric: row.metric,
    category: row.category,
    value: row.value,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier,
    raw_text: row.raw_text,
    unit: row.unit,
    subject: row.subject,
    location: row.location_id ? { id: row.location_id, name: row.location_name ?? row.location_id } : null,
    as_of: row.as_of,
    as_of_precision: row.as_of_precision,
    as_of_basis: row.as_of_basis,
    as_of_note: row.as_of_note,
    claimed_by: row.claimed_by_id ? { id: row.claimed_by_id, name: row.claimed_by_name ?? row.claimed_by_id } : null,
    event_id: row.event_id,
    quantity_id: row.quantity_id,
    method: row.method,
    confidence: row.confidence,
    note: row.note,
    evidence,
  };
}
