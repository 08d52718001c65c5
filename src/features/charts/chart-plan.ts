import type { CallLogFilters } from '@/features/calls/url-state/call-log-query';
import type { ChartBucket, KpiId } from './chart-definitions';
import {
  ANSWERED_BY_BUCKETS,
  DURATION_BUCKETS,
  KPI_FORMULAS,
  mapKpis,
  OUTCOME_BUCKETS,
} from './chart-definitions';
import { evaluatePlan, planFormula, requestsOf } from './count-plan';
import type { CountLookup, PlannedTerm } from './count-plan';

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

export function planCharts(filters: CallLogFilters): ChartsPlan {
  const duration = planBuckets(filters, DURATION_BUCKETS);
  const outcome = planBuckets(filters, OUTCOME_BUCKETS);
  const answeredBy = planBuckets(filters, ANSWERED_BY_BUCKETS);
  const kpis = mapKpis((id) => planFormula(filters, KPI_FORMULAS[id]));
  const requests = requestsOf([
    ...[...duration, ...outcome, ...answeredBy].map(({ terms }) => terms),
    ...Object.values(kpis),
  ]);
  return { duration, outcome, answeredBy, kpis, requests };
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
