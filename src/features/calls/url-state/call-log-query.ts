import type {
  AnsweredBy,
  CallArrayFilter,
  CallScalarFilter,
  CallSortField,
  Direction,
  Outcome,
} from '@contract/salesfinity';
import { CALL_ARRAY_FILTERS, CALL_SCALAR_FILTERS } from '@contract/salesfinity';

/** The filters of `GET /v1/call-log`, named as the API names them. Absent means "not filtered". */
export interface CallLogFilters {
  start_date?: string;
  end_date?: string;
  outcome?: Outcome;
  direction?: Direction;
  min_duration?: number;
  max_duration?: number;
  has_recording?: boolean;
  answered_by?: AnsweredBy;
  is_completed?: boolean;
  exclude_negative_dispositions?: boolean;
  search?: string;
  disposition_ids?: number[];
  user_ids?: string[];
  contact_list_ids?: string[];
  sequences?: string[];
  from?: string[];
  to?: string[];
}

export interface CallSort {
  field: CallSortField;
  direction: 'asc' | 'desc';
}

/** Exactly what one call-log request asks for: filters, sort and paging. */
export interface CallLogQuery {
  page: number;
  limit: number;
  sort: CallSort;
  filters: CallLogFilters;
}

export function formatSort(sort: CallSort): string {
  return sort.direction === 'desc' ? `-${sort.field}` : sort.field;
}

/**
 * Encodes filters in the API's bracket form, in the contract's fixed key order, so equal filters
 * always give equal strings.
 */
export function appendFilterParams(params: URLSearchParams, filters: CallLogFilters): void {
  for (const name of CALL_SCALAR_FILTERS satisfies readonly CallScalarFilter[]) {
    const value = filters[name];
    if (value !== undefined) params.append(`filters[${name}]`, String(value));
  }
  for (const name of CALL_ARRAY_FILTERS satisfies readonly CallArrayFilter[]) {
    for (const value of filters[name] ?? []) params.append(`filters[${name}][]`, String(value));
  }
}

/** The query string of the call-log request for `query`: paging and sort always explicit. */
export function toCallLogSearchParams(query: CallLogQuery): URLSearchParams {
  const params = new URLSearchParams();
  params.set('page', String(query.page));
  params.set('limit', String(query.limit));
  params.set('sort', formatSort(query.sort));
  appendFilterParams(params, query.filters);
  return params;
}
