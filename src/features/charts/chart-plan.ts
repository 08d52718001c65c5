import type { CallLogFilters } from '@/lib/call-log/call-log-query';
import type { ChartBucket, KpiId } from './chart-definitions';
import {
  ANSWERED_BY_BUCKETS,
  DURATION_BUCKETS,
  KPI_FORMS,
  KPI_IDS,
  mapKpis,
  OUTCOME_BUCKETS,
} from './chart-definitions';
import { evaluatePlan, planFormula, requestsOf } from './count-plan';
import type { CountFormula, CountLookup, PlannedTerm } from './count-plan';

/**
 * The most `limit=1` counts the charts may ask for one view, whatever its filters: the product's
 * budget, met by every filter set (chart-plan.property.test.ts), the unfiltered view included.
 */
export const CHART_REQUEST_BUDGET = 15;

export interface PlannedBucket {
  bucket: ChartBucket;
  terms: PlannedTerm[];
}

/** Every number of the charts for one set of filters, and the requests they need. */
export interface ChartsPlan {
  duration: PlannedBucket[];
  outcome: PlannedBucket[];
  answeredBy: PlannedBucket[];
  kpis: Record<KpiId, PlannedTerm[]>;
  /** Distinct `limit=1` requests, each once; the table's total is not among them. */
  requests: CallLogFilters[];
}

const planBuckets = (filters: CallLogFilters, buckets: readonly ChartBucket[]) =>
  buckets.map((bucket) => ({ bucket, terms: planFormula(filters, bucket.formula) }));

/** Of equivalent forms, the one that adds the fewest requests to `planned` (the first on a tie). */
function cheapestForm(
  filters: CallLogFilters,
  forms: readonly [CountFormula, ...CountFormula[]],
  planned: readonly (readonly PlannedTerm[])[],
): PlannedTerm[] {
  const [first, ...others] = forms.map((form) => planFormula(filters, form));
  let best = first ?? [];
  let bestCost = requestsOf([...planned, best]).length;
  for (const terms of others) {
    const cost = requestsOf([...planned, terms]).length;
    if (cost < bestCost) {
      best = terms;
      bestCost = cost;
    }
  }
  return best;
}

export function planCharts(filters: CallLogFilters): ChartsPlan {
  const duration = planBuckets(filters, DURATION_BUCKETS);
  const outcome = planBuckets(filters, OUTCOME_BUCKETS);
  const answeredBy = planBuckets(filters, ANSWERED_BY_BUCKETS);
  const planned: PlannedTerm[][] = [...duration, ...outcome, ...answeredBy].map(
    ({ terms }) => terms,
  );
  // KPIs with one form first, so that a KPI with several picks its form knowing what they ask.
  const order = [...KPI_IDS].sort((a, b) => KPI_FORMS[a].length - KPI_FORMS[b].length);
  const planByKpi = new Map<KpiId, PlannedTerm[]>();
  for (const id of order) {
    const terms = cheapestForm(filters, KPI_FORMS[id], planned);
    planByKpi.set(id, terms);
    planned.push(terms);
  }
  const kpis = mapKpis((id) => planByKpi.get(id) ?? []);
  return { duration, outcome, answeredBy, kpis, requests: requestsOf(planned) };
}

export interface BucketCount {
  bucket: ChartBucket;
  /** Undefined while a count it needs is loading or failed. */
  value: number | undefined;
}

export interface ChartNumbers {
  duration: BucketCount[];
  outcome: BucketCount[];
  answeredBy: BucketCount[];
  kpis: Record<KpiId, number | undefined>;
}

export function evaluateCharts(plan: ChartsPlan, lookup: CountLookup): ChartNumbers {
  const evaluate = (buckets: PlannedBucket[]) =>
    buckets.map(({ bucket, terms }) => ({ bucket, value: evaluatePlan(terms, lookup) }));
  return {
    duration: evaluate(plan.duration),
    outcome: evaluate(plan.outcome),
    answeredBy: evaluate(plan.answeredBy),
    kpis: mapKpis((id) => evaluatePlan(plan.kpis[id], lookup)),
  };
}

/** Every number shown, in order, as text: equal when the charts would draw the same thing. */
export function numbersSignature(numbers: ChartNumbers): string {
  const values = (buckets: readonly BucketCount[]) => buckets.map(({ value }) => value ?? '-');
  return JSON.stringify([
    values(numbers.duration),
    values(numbers.outcome),
    values(numbers.answeredBy),
    numbers.kpis,
  ]);
}
