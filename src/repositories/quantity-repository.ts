import type Database from 'better-sqlite3';
import type { Quantity, QuantityClaim } from '../schemas/quantity.js';
import type { EvidenceRepository } from './evidence-repository.js';
import { withinLocations } from './location-scope.js';
import { type AnyOfFilters, anyOf, type Condition, fromFilter, paddedValues } from './query/conditions.js';
import { dateFacets, type FacetSpec } from './query/facets.js';
import type { ListQueries, ListShape } from './query/list-query.js';
import { RecordList } from './query/record-list.js';

export interface QuantityFilters extends AnyOfFilters<'metric' | 'category' | 'location' | 'within' | 'source'> {
  from?: string | undefined;
  to?: string | undefined;
  consistent?: boolean | undefined;
}

interface QuantityRow {
  id: string;
  metric: Quantity['metric'];
  category: Quantity['category'];
  unit: string;
  unit_note: string | null;
  subject: string;
  location_id: string | null;
  location_name: string | null;
  period_from: string | null;
  period_to: string | null;
  envelope_low: number | null;
  envelope_high: number | null;
  consistent: number;
  note: string;
}

type ClaimRow = [
  quantityId: string,
  figureId: string,
  value: number | null,
  low: number | null,
  high: number | null,
  qualifier: QuantityClaim['qualifier'],
  rawText: string,
  unit: string,
  asOf: string | null,
  asOfPrecision: QuantityClaim['as_of_precision'],
  claimedById: string | null,
  claimedByName: string | null,
];

const SHAPE: ListShape = {
  alias: 'q',
  select: `q.id, q.metric, q.category, q.unit, q.unit_note, q.subject, q.location_id, l.name AS location_name,
    q.period_from, q.period_to, q.envelope_low, q.envelope_high, q.consistent, q.note`,
  from: 'quantities q LEFT JOIN locations l ON l.id = q.location_id',
  sorts: { date: 'q.sort_date' },
  mainDate: { column: 'q.period_from', precision: null },
};

/** The facets this list answers (`facets=`), each over the same conditions as the list; see query/facets.ts. */
export const QUANTITY_FACETS: Record<string, FacetSpec> = {
  ...dateFacets({ column: 'q.period_from', precision: null }),
  metric: { value: 'q.metric', labels: 'enum' },
  category: { value: 'q.category', labels: 'enum' },
  location: { value: 'q.location_id', labels: 'locations' },
  consistent: { value: "CASE q.consistent WHEN 1 THEN 'true' ELSE 'false' END", labels: 'none' },
  source: {
    join: {
      clause: "figures fq ON fq.quantity_id = q.id LEFT JOIN evidence fe ON fe.record_type = 'figure' AND fe.record_id = fq.id",
      value: 'fe.source_id',
    },
    labels: 'sources',
  },
};

export class QuantityRepository extends RecordList<QuantityFilters, QuantityRow, Quantity> {
  private readonly claimsOf: Database.Statement;

  constructor(
    db: Database.Database,
    lists: ListQueries,
    private readonly evidence: EvidenceRepository,
  ) {
    super(lists, { shape: SHAPE, facets: QUANTITY_FACETS });
    this.claimsOf = db
      .prepare(
        `SELECT f.quantity_id, f.id, f.value, f.low, f.high, f.qualifier, f.raw_text, f.unit, f.as_of, f.as_of_precision,
           f.claimed_by_id, c.name
         FROM figures f LEFT JOIN actors c ON c.id = f.claimed_by_id
         WHERE f.quantity_id IN (SELECT value FROM json_each(?))
         ORDER BY f.quantity_id, f.sort_date, f.id`,
      )
      .raw(true);
  }

  conditions(filters: QuantityFilters): Condition[] {
    const conditions: Condition[] = [];
    if (filters.metric) conditions.push(fromFilter('metric', anyOf('q.metric', filters.metric)));
    if (filters.category) conditions.push(fromFilter('category', anyOf('q.category', filters.category)));
    if (filters.location) conditions.push(fromFilter('location', anyOf('q.location_id', filters.location)));
    if (filters.within) conditions.push(withinLocations('q.location_id', filters.within));
    if (filters.source) {
      // A quantity is in a source when one of its claims is.
      const sources = paddedValues(filters.source);
      conditions.push({
        sql: `q.id IN (SELECT f.quantity_id FROM evidence e JOIN figures f ON f.id = e.record_id
               WHERE e.record_type = 'figure' AND e.source_id IN (${sources.map(() => '?').join(', ')}))`,
        params: sources,
        filter: 'source',
      });
    }
    // The period [period_from, period_to] overlaps [from, to]; a quantity without dated claims never matches a range.
    if (filters.from) conditions.push({ sql: 'q.period_to >= ?', params: [filters.from], filter: 'from' });
    if (filters.to) conditions.push({ sql: 'q.period_from <= ?', params: [filters.to], filter: 'to' });
    if (filters.consistent !== undefined) {
      conditions.push({ sql: 'q.consistent = ?', params: [filters.consistent ? 1 : 0], filter: 'consistent' });
    }
    return conditions;
  }

  get(id: string): Quantity | undefined {
    return this.one(id);
  }

  /** Claims and their evidence for a page of quantities: one query each, whatever the page size. */
  protected assemble(rows: QuantityRow[]): Quantity[] {
    const claims = new Map<string, ClaimRow[]>(rows.map((r) => [r.id, []]));
    if (rows.length > 0) {
      for (const claim of this.claimsOf.all(JSON.stringify(rows.map((r) => r.id))) as ClaimRow[]) claims.get(claim[0])?.push(claim);
    }
    const evidence = this.evidence.forIds(
      'figure',
      [...claims.values()].flat().map((c) => c[1]),
    );
    return rows.map((row) => ({
      id: row.id,
      metric: row.metric,
      category: row.category,
      unit: row.unit,
      unit_note: row.unit_note,
      subject: row.subject,
      location: row.location_id ? { id: row.location_id, name: row.location_name ?? row.location_id } : null,
      period: { from: row.period_from, to: row.period_to },
      note: row.note,
      envelope: { low: row.envelope_low, high: row.envelope_high },
      consistent: row.consistent === 1,
      claims: (claims.get(row.id) ?? []).map(
        ([, figureId, value, low, high, qualifier, rawText, unit, asOf, precision, claimedById, claimedByName]) => {
          const spans = evidence.get(figureId) ?? [];
          return {
            figure_id: figureId,
            value,
            low,
            high,
            qualifier,
            raw_text: rawText,
            unit,
            as_of: asOf,
            as_of_precision: precision,
            claimed_by: claimedById ? { id: claimedById, name: claimedByName ?? claimedById } : null,
            source_ids: [...new Set(spans.map((s) => s.source_id))],
            evidence: spans,
          };
        },
      ),
    }));
  }
}
