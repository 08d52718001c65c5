import { functionalUpdate, useTable } from '@tanstack/react-table';
import type { OnChangeFn, PaginationState, SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useStoredColumnVisibility } from '@/components/ui/data-table/column-visibility-storage';
import type { ColumnVisibilityControl } from '@/components/ui/data-table/column-visibility-storage';
import { dataTableFeatures } from '@/components/ui/data-table/data-table-features';
import type { DataTableInstance } from '@/components/ui/data-table/data-table-features';
import type { CallPage } from '@/lib/call-log/call-log';
import type { Call } from '@/lib/call-log/call-schema';
import type { CallsView } from '@/lib/calls-view/calls-view';
import { withSort } from '@/lib/calls-view/calls-view-updates';
import type { CallsViewState } from '@/lib/calls-view/calls-view-provider';
import { CALL_COLUMN_DEFAULTS, CALL_COLUMNS_STORAGE_KEY } from '@/lib/call-log/call-columns';
import { callColumns, getCallRowId } from './calls-columns';
import {
  applyPagination,
  pageCountOf,
  toCallSort,
  toPaginationState,
  toSortingState,
} from './calls-table-state';

const NO_CALLS: Call[] = [];

/**
 * The call table's column choice, a preference remembered by this browser. One per call log: every
 * table of it (the page shown and the page rendered ahead) takes this same value and setter, so
 * their rows have the same cells as the one header.
 */
export function useCallColumnVisibility(): ColumnVisibilityControl {
  return useStoredColumnVisibility(CALL_COLUMNS_STORAGE_KEY, CALL_COLUMN_DEFAULTS);
}

/**
 * The call table's wiring: the server sorts and pages (manual modes), so sorting and paging state
 * is read from the URL view and every change is written back to it (pushing history); the table
 * never holds a copy. Column visibility comes from `useCallColumnVisibility`, owned by the caller.
 */
export function useCallsTable(
  result: CallPage | undefined,
  view: CallsView,
  update: CallsViewState['update'],
  { columnVisibility, onColumnVisibilityChange }: ColumnVisibilityControl,
): DataTableInstance<Call> {
  const sorting = useMemo(() => toSortingState(view.sort), [view.sort]);
  const pagination = useMemo(() => toPaginationState(view), [view]);

  const onSortingChange: OnChangeFn<SortingState> = (updater) => {
    const next = toCallSort(functionalUpdate(updater, sorting));
    if (next) update((current) => withSort(current, next));
  };
  const onPaginationChange: OnChangeFn<PaginationState> = (updater) => {
    const next = functionalUpdate(updater, pagination);
    update((current) => applyPagination(current, next));
  };

  return useTable({
    features: dataTableFeatures,
    columns: callColumns,
    data: result?.rows ?? NO_CALLS,
    getRowId: getCallRowId,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    // The API always sorts by something: a second click flips the order instead of clearing it.
    enableSortingRemoval: false,
    rowCount: result?.total ?? undefined,
    pageCount: pageCountOf(result),
    initialState: { columnVisibility: CALL_COLUMN_DEFAULTS },
    state: { sorting, pagination, columnVisibility },
    onSortingChange,
    onPaginationChange,
    onColumnVisibilityChange,
  });
}
