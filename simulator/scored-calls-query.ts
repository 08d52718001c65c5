import {
  DEFAULT_SCORED_CALL_SORT,
  MAX_SCORE,
  MIN_SCORE,
  SCORED_CALL_SORT_FIELDS,
} from '../contract/salesfinity.ts';
import type { ScoredCallSortField } from '../contract/salesfinity.ts';
import { pageAlongOrder } from './call-query-engine.ts';
import type { CallPage } from './call-query-engine.ts';
import type { Dataset } from './dataset.ts';
import { badRequest } from './http-error.ts';
import {
  instantOf,
  readDate,
  readInteger,
  readLimit,
  readPage,
  readScalar,
} from './query-params.ts';
import type { QueryParams } from './query-params.ts';
import type { ScoredCalls } from './scored-call-columns.ts';

/** `GET /v1/scored-calls` parameters (plain keys), validated; absent = not filtered. */
export interface ScoredCallsFilters {
  /** Inclusive bounds on the score's createdAt, in ms. */
  startMs?: number;
  endMs?: number;
  minScore?: number;
  maxScore?: number;
  userId?: string;
}

export interface ScoredCallsQuery {
  page: number;
  limit: number;
  sort: { field: ScoredCallSortField; isDescending: boolean };
  filters: ScoredCallsFilters;
}

/** The contract's default page size for scored calls, as for the call log. */
export const SCORED_CALLS_DEFAULT_LIMIT = 10;

function readScore(params: QueryParams, name: string): number | undefined {
  if (readScalar(params, name) === undefined) return undefined;
  return readInteger(params, name, { min: MIN_SCORE, max: MAX_SCORE, fallback: MIN_SCORE });
}

/** Throws HttpError 400 naming the first parameter outside the contract. */
export function parseScoredCallsQuery(params: QueryParams): ScoredCallsQuery {
  const page = readPage(params);
  const limit = readLimit(params, SCORED_CALLS_DEFAULT_LIMIT);
  const rawSort = readScalar(params, 'sort') ?? DEFAULT_SCORED_CALL_SORT;
  const isDescending = rawSort.startsWith('-');
  const name = isDescending ? rawSort.slice(1) : rawSort;
  const field = SCORED_CALL_SORT_FIELDS.find((item) => item === name);
  if (!field) {
    throw badRequest(
      `sort must be one of ${SCORED_CALL_SORT_FIELDS.join(', ')}, optionally prefixed with - for descending`,
    );
  }
  const filters: ScoredCallsFilters = {};
  const start = readDate(params, 'start_date');
  if (start) filters.startMs = instantOf(start, { isEnd: false, timeZone: 'UTC' });
  const end = readDate(params, 'end_date');
  if (end) filters.endMs = instantOf(end, { isEnd: true, timeZone: 'UTC' });
  const minScore = readScore(params, 'min_score');
  if (minScore !== undefined) filters.minScore = minScore;
  const maxScore = readScore(params, 'max_score');
  if (maxScore !== undefined) filters.maxScore = maxScore;
  if (minScore !== undefined && maxScore !== undefined && minScore > maxScore) {
    throw badRequest('min_score must not be greater than max_score');
  }
  const userId = readScalar(params, 'user_id');
  if (userId !== undefined) filters.userId = userId;
  return { page, limit, sort: { field, isDescending }, filters };
}

/**
 * Marks the scores that pass every filter, or null when nothing is filtered. A record without a
 * total score matches no score filter; an unknown user matches nothing.
 */
export function matchScoredCalls(
  dataset: Pick<Dataset, 'reps'>,
  scored: ScoredCalls,
  filters: ScoredCallsFilters,
): Uint8Array | null {
  const count = scored.count;
  let matches: Uint8Array | null = null;
  const marks = () => (matches ??= new Uint8Array(count).fill(1));

  if (filters.startMs !== undefined || filters.endMs !== undefined) {
    const m = marks();
    const { createdAt } = scored;
    const from = filters.startMs ?? -Infinity;
    const to = filters.endMs ?? Infinity;
    for (let i = 0; i < count; i++) {
      const t = createdAt[i] ?? NaN;
      if (!(t >= from && t <= to)) m[i] = 0;
    }
  }
  if (filters.minScore !== undefined || filters.maxScore !== undefined) {
    const m = marks();
    const { total } = scored;
    const min = filters.minScore ?? MIN_SCORE;
    const max = filters.maxScore ?? MAX_SCORE;
    for (let i = 0; i < count; i++) {
      const score = total[i] ?? -1; // -1: no total, below any minimum
      if (score < min || score > max) m[i] = 0;
    }
  }
  if (filters.userId !== undefined) {
    const m = marks();
    const repIndex = dataset.reps.findIndex((rep) => rep._id === filters.userId);
    const { rep } = scored;
    for (let i = 0; i < count; i++) if (rep[i] !== repIndex) m[i] = 0;
  }
  return matches;
}

/** The page of score positions, walking the sort order (descending walks it backwards). */
export function queryScoredCalls(
  dataset: Pick<Dataset, 'reps'>,
  scored: ScoredCalls,
  query: ScoredCallsQuery,
): CallPage {
  const { order } = scored.sortOrders[query.sort.field];
  const count = order.length;
  // Every score has both times, so there is no "missing last" part to keep in place.
  const positionOf = query.sort.isDescending ? (k: number) => count - 1 - k : (k: number) => k;
  return pageAlongOrder(order, positionOf, matchScoredCalls(dataset, scored, query.filters), query);
}
