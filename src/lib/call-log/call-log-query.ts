import type { AnsweredBy, CallSortField, Direction, Outcome } from '@contract/salesfinity';
import type { Sort } from '@/lib/url-state/param-codecs';

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

export type CallSort = Sort<CallSortField>;

/** Exactly what one call-log request asks for: filters, sort and paging. */
export interface CallLogQuery {
  page: number;
  limit: number;
  sort: CallSort;
  filters: CallLogFilters;
}
