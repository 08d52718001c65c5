import { functionalUpdate, useTable } from '@tanstack/react-table';
import type { OnChangeFn, PaginationState, SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { SCORED_CALL_SORT_FIELDS } from '@contract/salesfinity';
import { dataTableFeatures } from '@/components/ui/data-table/data-table-features';
import type { DataTableInstance } from '@/components/ui/data-table/data-table-features';
import type { CoachingView } from '@/lib/coaching-view/coaching-view';
import { withLimit, withPage, withSort } from '@/lib/coaching-view/coaching-view-updates';
import type { CoachingViewState } from '@/lib/coaching-view/use-coaching-view';
import { isOneOf } from '@/lib/lenient-schema';
import type { ScoredCall } from '@/lib/scored-calls/scored-call-schema';
import type { ScoredCallSort } from '@/lib/scored-calls/scored-calls-query';
import type { ScoredCallPage } from '@/lib/scored-calls/scored-calls';
import { coachingColumns, getScoredCallRowId } from './coaching-columns';

const NO_ROWS: ScoredCall[] = [];

/** The first sort the API can do; undefined when the table asks for none of them. */
export function toScoredCallSort(sorting: SortingState): ScoredCallSort | undefined {
  for (const { id, desc } of sorting) {
    if (isOneOf(SCORED_CALL_SORT_FIELDS, id)) {
      return { field: id, direction: desc ? 'desc' : 'asc' };
    }
  }
  return undefined;
}

/** A new page size starts again at page 1; otherwise the page the table moved to. */
export function applyPagination(view: CoachingView, next: PaginationState): CoachingView {
  if (next.pageSize !== view.limit) return withLimit(view, next.pageSize);
  if (next.pageIndex + 1 !== view.page) return withPage(view, next.pageIndex + 1);
  return view;
}

/** Pages the table may move through: the server's count, else -1 while more may follow. */
function pageCountOf(result: ScoredCallPage | undefined): number {
  if (!result) return -1;
  if (result.pages !== null) return result.pages;
  return result.next === null ? result.page : -1;
}

/**
 * The scored-calls table's wiring: the server sorts and pages (manual modes); sorting and paging
 * are read from the URL view and every change is written back to it (pushing history).
 */
export function useCoachingTable(
  result: ScoredCallPage | undefined,
  rows: ScoredCall[] | undefined,
  view: CoachingView,
  update: CoachingViewState['update'],
): DataTableInstance<ScoredCall> {
  const sorting = useMemo<SortingState>(
    () => [{ id: view.sort.field, desc: view.sort.direction === 'desc' }],
    [view.sort],
  );
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: view.page - 1, pageSize: view.limit }),
    [view.page, view.limit],
  );

  const onSortingChange: OnChangeFn<SortingState> = (updater) => {
    const next = toScoredCallSort(functionalUpdate(updater, sorting));
    if (next) update((current) => withSort(current, next));
  };
  const onPaginationChange: OnChangeFn<PaginationState> = (updater) => {
    const next = functionalUpdate(updater, pagination);
    update((current) => applyPagination(current, next));
  };

  return useTable({
    features: dataTableFeatures,
    columns: coachingColumns,
    data: rows ?? NO_ROWS,
    getRowId: getScoredCallRowId,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    // The API always sorts by something: a second click flips the order instead of clearing it.
    enableSortingRemoval: false,
    rowCount: result?.total ?? undefined,
    pageCount: pageCountOf(result),
    state: { sorting, pagination },
    onSortingChange,
    onPaginationChange,
  });
}
