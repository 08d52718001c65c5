import { MAX_LIMIT, MAX_SCORE, MIN_SCORE, SCORED_CALL_SORT_FIELDS } from '@contract/salesfinity';
import type { ScoredCallSortField } from '@contract/salesfinity';
import { MAX_ID_LENGTH, MAX_PAGE } from '@/lib/calls-view/calls-view';
import { isStartAfterEnd, parseIsoDate } from '@/lib/url-state/iso-date';
import type { Sort } from '@/lib/url-state/param-codecs';
import { idCodec, integerCodec, isoDateCodec, sortCodec } from '@/lib/url-state/param-codecs';
import type { ViewParam } from '@/lib/url-state/view-params';
import { defineViewParams, singleParam } from '@/lib/url-state/view-params';

/**
 * One `GET /v1/scored-calls` request in the API's own vocabulary (plain keys, not bracketed), and
 * the one definition of how each key is read and written. A view over scored calls (the coaching
 * page) builds its URL from these same parameters, so the URL and the request cannot disagree.
 */

export type ScoredCallSort = Sort<ScoredCallSortField>;

export interface ScoredCallFilters {
  /** Compared with the score's `createdAt`, inclusive; a bare `end_date` covers that UTC day. */
  start_date?: string;
  end_date?: string;
  /** Inclusive bounds on `insight.total_score`. */
  min_score?: number;
  max_score?: number;
  /** The rep who made the call. */
  user_id?: string;
}

export interface ScoredCallsQuery extends ScoredCallFilters {
  page: number;
  limit: number;
  sort: ScoredCallSort;
}

export const DEFAULT_SCORED_CALLS_PAGE = 1;
export const DEFAULT_SCORED_CALLS_LIMIT = 50;
/** Newest scores first: the API's own default, written out in every request. */
export const DEFAULT_SCORED_CALLS_SORT: ScoredCallSort = Object.freeze({
  field: 'createdAt',
  direction: 'desc',
});

const scoreCodec = integerCodec(MIN_SCORE, MAX_SCORE);

/** Every key of the request, in the order a URL writes them, for any view that extends the query. */
export function scoredCallsQueryParams<V extends ScoredCallsQuery>(): ViewParam<V>[] {
  return [
    singleParam('page', integerCodec(1, MAX_PAGE), {
      get: (view: V) => view.page,
      set: (draft: V, page: number) => (draft.page = page),
      defaultValue: DEFAULT_SCORED_CALLS_PAGE,
    }),
    singleParam('limit', integerCodec(1, MAX_LIMIT), {
      get: (view: V) => view.limit,
      set: (draft: V, limit: number) => (draft.limit = limit),
      defaultValue: DEFAULT_SCORED_CALLS_LIMIT,
    }),
    singleParam('sort', sortCodec(SCORED_CALL_SORT_FIELDS), {
      get: (view: V) => view.sort,
      set: (draft: V, sort: ScoredCallSort) => (draft.sort = sort),
      defaultValue: DEFAULT_SCORED_CALLS_SORT,
    }),
    singleParam('start_date', isoDateCodec, {
      get: (view: V) => view.start_date,
      set: (draft: V, value: string) => (draft.start_date = value),
    }),
    singleParam('end_date', isoDateCodec, {
      get: (view: V) => view.end_date,
      set: (draft: V, value: string) => (draft.end_date = value),
    }),
    singleParam('min_score', scoreCodec, {
      get: (view: V) => view.min_score,
      set: (draft: V, value: number) => (draft.min_score = value),
    }),
    singleParam('max_score', scoreCodec, {
      get: (view: V) => view.max_score,
      set: (draft: V, value: number) => (draft.max_score = value),
    }),
    singleParam('user_id', idCodec(MAX_ID_LENGTH), {
      get: (view: V) => view.user_id,
      set: (draft: V, value: string) => (draft.user_id = value),
    }),
  ];
}

/**
 * The rules across keys that the API would answer with a 400 or an empty list: the later bound is
 * dropped, so the view still shows something, and the caller reports which key went and why.
 */
export function dropScoredCallsConflicts(
  draft: ScoredCallFilters,
): { key: string; reason: string }[] {
  const dropped: { key: string; reason: string }[] = [];
  const start = draft.start_date === undefined ? undefined : parseIsoDate(draft.start_date);
  const end = draft.end_date === undefined ? undefined : parseIsoDate(draft.end_date);
  if (start && end && isStartAfterEnd(start, end)) {
    delete draft.end_date;
    dropped.push({ key: 'end_date', reason: '“end_date” is before “start_date”' });
  }
  if (
    draft.min_score !== undefined &&
    draft.max_score !== undefined &&
    draft.min_score > draft.max_score
  ) {
    delete draft.max_score;
    dropped.push({ key: 'max_score', reason: '“max_score” is less than “min_score”' });
  }
  return dropped;
}

const requestParams = defineViewParams<ScoredCallsQuery>({
  params: scoredCallsQueryParams<ScoredCallsQuery>(),
  empty: () => ({
    page: DEFAULT_SCORED_CALLS_PAGE,
    limit: DEFAULT_SCORED_CALLS_LIMIT,
    sort: { ...DEFAULT_SCORED_CALLS_SORT },
  }),
  dropConflicts: dropScoredCallsConflicts,
});

/** The query as the URL would give it back: values the contract refuses are dropped. */
export function normalizeScoredCallsQuery(query: ScoredCallsQuery): ScoredCallsQuery {
  return requestParams.normalize(query);
}

/**
 * The query string of the request: normalised first, so whatever a caller built carries only what
 * the contract accepts, with page, limit and sort always written.
 */
export function toScoredCallsSearchParams(query: ScoredCallsQuery): URLSearchParams {
  return new URLSearchParams(
    requestParams.write(normalizeScoredCallsQuery(query), { withDefaults: true }),
  );
}
