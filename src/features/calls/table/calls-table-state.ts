import type { PaginationState, SortingState } from '@tanstack/react-table';
import { CALL_SORT_FIELDS } from '@contract/salesfinity';
import type { CallSortField } from '@contract/salesfinity';
import { isOneOf } from '@/lib/lenient-schema';
import type { CallPage } from '@/lib/call-log/call-log';
import type { CallSort } from '@/lib/call-log/call-log-query';
import type { CallsView } from '@/lib/calls-view/calls-view';
import { withLimit, withPage } from '@/lib/calls-view/calls-view-updates';

/**
 * The table's sorting and paging state is a view of the URL, and its changes are URL edits. Column
 * ids of sortable columns are the API's sort fields, so the mapping is one to one.
 */

export function toSortingState(sort: CallSort): SortingState {
  return [{ id: sort.field, desc: sort.direction === 'desc' }];
}

/** The first sort the API can do; undefined when the table asks for none of them. */
export function toCallSort(sorting: SortingState): CallSort | undefined {
  for (const { id, desc } of sorting) {
    if (isOneOf(CALL_SORT_FIELDS, id)) return { field: id, direction: desc ? 'desc' : 'asc' };
  }
  return undefined;
}

export function toPaginationState(view: Pick<CallsView, 'page' | 'limit'>): PaginationState {
  return { pageIndex: view.page - 1, pageSize: view.limit };
}

/** A new page size starts again at page 1; otherwise the page the table moved to. */
export function applyPagination(view: CallsView, next: PaginationState): CallsView {
  if (next.pageSize !== view.limit) return withLimit(view, next.pageSize);
  if (next.pageIndex + 1 !== view.page) return withPage(view, next.pageIndex + 1);
  return view;
}

/**
 * Pages the table may move through: the server's count when known; when the total is unknown, the
 * page shown is the last one if there is no `next`, otherwise unknown (-1: Next stays enabled, Last
 * is disabled).
 */
export function pageCountOf(result: CallPage | undefined): number {
  if (!result) return -1;
  if (result.pages !== null) return result.pages;
  return result.next === null ? result.page : -1;
}

export interface SortDescription {
  label: string;
  order: string;
}

const SORT_FIELD_TEXT: Readonly<
  Record<CallSortField, { label: string; asc: string; desc: string }>
> = {
  started_at: { label: 'Start time', desc: 'newest first', asc: 'oldest first' },
  ended_at: { label: 'Ended', desc: 'newest first', asc: 'oldest first' },
  createdAt: { label: 'Logged', desc: 'newest first', asc: 'oldest first' },
  updatedAt: { label: 'Last updated', desc: 'newest first', asc: 'oldest first' },
  duration: { label: 'Duration', desc: 'longest first', asc: 'shortest first' },
};

/** "Start time, newest first": said in words, so the sort shows even when its column is hidden. */
export function describeSort(sort: CallSort): SortDescription {
  const text = SORT_FIELD_TEXT[sort.field];
  return { label: text.label, order: text[sort.direction] };
}
