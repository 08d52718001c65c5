import type { AnsweredBy, Outcome } from '@contract/salesfinity';
import { toFilterSearchParams } from '@/lib/calls-view/calls-view-params';
import type { CallLogFilters } from '@/lib/call-log/call-log-query';

/**
 * Counting a chart bucket over the whole filtered set with `limit=1` requests: the bucket's
 * condition is intersected with the current filters, and a number that is a sum and difference of
 * counts (inclusion–exclusion) is planned as signed terms. Pure: the hook runs the requests.
 */

/** What a bucket adds to the filters: only fields the call-log API can filter on. */
export interface CountCondition {
  outcome?: Outcome;
  answered_by?: AnsweredBy;
  /** Inclusive, as the API's `min_duration`. */
  min_duration?: number;
  /** Inclusive, as the API's `max_duration`. */
  max_duration?: number;
  /** Matches any of these. */
  disposition_ids?: readonly number[];
}

/** `filters` and `condition` as one filter set, or null when no call can satisfy both. */
export function intersectFilters(
  filters: CallLogFilters,
  condition: CountCondition,
): CallLogFilters | null {
  const result: CallLogFilters = { ...filters };
  if (condition.outcome !== undefined) {
    if (filters.outcome !== undefined && filters.outcome !== condition.outcome) return null;
    result.outcome = condition.outcome;
  }
  if (condition.answered_by !== undefined) {
    if (filters.answered_by !== undefined && filters.answered_by !== condition.answered_by) {
      return null;
    }
    result.answered_by = condition.answered_by;
  }
  if (condition.min_duration !== undefined) {
    result.min_duration = Math.max(filters.min_duration ?? 0, condition.min_duration);
  }
  if (condition.max_duration !== undefined) {
    result.max_duration = Math.min(filters.max_duration ?? Infinity, condition.max_duration);
  }
  if (
    result.min_duration !== undefined &&
    result.max_duration !== undefined &&
    result.min_duration > result.max_duration
  ) {
    return null;
  }
  if (condition.disposition_ids !== undefined) {
    const wanted = condition.disposition_ids;
    // The user's order is kept, so a condition that contains the whole filter leaves it unchanged.
    const ids = filters.disposition_ids
      ? filters.disposition_ids.filter((id) => wanted.includes(id))
      : [...wanted];
    if (ids.length === 0) return null;
    result.disposition_ids = ids;
  }
  return result;
}

/** The filters as the request writes them: equal strings, equal requests. */
export function filtersKey(filters: CallLogFilters): string {
  return toFilterSearchParams(filters).toString();
}

/** Where one count comes from. */
export type CountSource =
  /** No call can match: 0, no request. */
  | { kind: 'none' }
  /** The current filters themselves: the table's total, no request of its own. */
  | { kind: 'total' }
  /** A `limit=1` request with these filters. */
  | { kind: 'count'; filters: CallLogFilters; key: string };

export function countSource(filters: CallLogFilters, condition: CountCondition): CountSource {
  const intersected = intersectFilters(filters, condition);
  if (intersected === null) return { kind: 'none' };
  const key = filtersKey(intersected);
  if (key === filtersKey(filters)) return { kind: 'total' };
  return { kind: 'count', filters: intersected, key };
}

/** One term of a number: `sign × count(filters ∧ condition)`. */
export interface CountTerm {
  sign: 1 | -1;
  condition: CountCondition;
}

/** A number the charts show, as the counts it adds and subtracts. */
export type CountFormula = readonly CountTerm[];

export interface PlannedTerm {
  coefficient: number;
  source: Exclude<CountSource, { kind: 'none' }>;
}

/**
 * The terms that cost something, with equal sources merged: terms that cannot match drop out, and
 * terms that become the same request add up (or cancel, and then cost nothing).
 */
export function planFormula(filters: CallLogFilters, formula: CountFormula): PlannedTerm[] {
  const merged = new Map<string, PlannedTerm>();
  for (const { sign, condition } of formula) {
    const source = countSource(filters, condition);
    if (source.kind === 'none') continue;
    const id = source.kind === 'total' ? '' : source.key;
    const existing = merged.get(id);
    if (existing) existing.coefficient += sign;
    else merged.set(id, { coefficient: sign, source });
  }
  return [...merged.values()].filter((term) => term.coefficient !== 0);
}

/** The count behind one source, or undefined while it is unknown. */
export type CountLookup = (source: PlannedTerm['source']) => number | undefined;

/** The value of planned terms; undefined while any count is unknown. Never below 0. */
export function evaluatePlan(
  terms: readonly PlannedTerm[],
  lookup: CountLookup,
): number | undefined {
  let sum = 0;
  for (const { coefficient, source } of terms) {
    const count = lookup(source);
    if (count === undefined) return undefined;
    sum += coefficient * count;
  }
  // Counts read at different moments of a live call log can disagree by a call or two.
  return Math.max(0, sum);
}

/** Every distinct request that a set of plans needs, each once. */
export function requestsOf(plans: Iterable<readonly PlannedTerm[]>): CallLogFilters[] {
  const requests = new Map<string, CallLogFilters>();
  for (const terms of plans) {
    for (const { source } of terms) {
      if (source.kind === 'count' && !requests.has(source.key)) {
        requests.set(source.key, source.filters);
      }
    }
  }
  return [...requests.values()];
}
