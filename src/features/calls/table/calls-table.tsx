import { useQuery } from '@tanstack/react-query';
import { DataTable } from '@/components/ui/data-table/data-table';
import { DataTablePagination } from '@/components/ui/data-table/data-table-pagination';
import { DataTableViewOptions } from '@/components/ui/data-table/data-table-view-options';
import { PlayAllButton } from '@/components/player/play-all-button';
import { formatCount } from '@/lib/format/count';
import { callQueries } from '@/lib/call-log/call-log';
import type { CallPage } from '@/lib/call-log/call-log';
import { PAGE_SIZE_OPTIONS } from '@/lib/calls-view/calls-view';
import type { CallsView } from '@/lib/calls-view/calls-view';
import { activeFilterEntries, clearFilters, withPage } from '@/lib/calls-view/calls-view-updates';
import type { CallLogQuery } from '@/lib/call-log/call-log-query';
import type { CallsViewState } from '@/lib/calls-view/calls-view-provider';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import { describeSort } from './calls-table-state';
import { DispositionLookupProvider } from '@/components/calls/disposition-lookup-provider';
import { useCallColumnVisibility, useCallsTable } from './use-calls-table';
import './calls-table.css';

export interface CallsTableProps {
  /** The page to show; while the next one loads, the previous page (see `isUpdating`). */
  result: CallPage | undefined;
  status: 'pending' | 'error' | 'success';
  /** A newer page is on its way: the rows on screen are about to be replaced. */
  isUpdating: boolean;
  /** Enter or a click on a row; rows become focusable when given. */
  onOpenCall?: (id: string) => void;
}

const MAX_SKELETON_ROWS = 10;

/**
 * A page next to the one shown, when it is already in the cache, for the table to render ahead of
 * time: the next page (the page prefetches it), else the previous one (just left). Read from the
 * cache only, never fetched from here. Either way it has the other parity, so moving to it is a
 * reveal, and after a Next the page just left stays rendered until the one after it arrives.
 */
function useAdjacentPage(
  result: CallPage | undefined,
  query: CallLogQuery,
  isUpdating: boolean,
): CallPage | undefined {
  const isSettled = !isUpdating && result?.page === query.page;
  const nextPage = isSettled ? result.next : null;
  const previousPage = isSettled && query.page > 1 ? query.page - 1 : null;
  const cached = (page: number | null) => ({
    ...callQueries.page({ ...query, page: page ?? query.page }),
    enabled: false,
    // Only that page itself: never another page standing in for it.
    placeholderData: undefined,
  });
  const next = useQuery(cached(nextPage));
  const previous = useQuery(cached(previousPage));
  return (
    (nextPage === null ? undefined : next.data) ??
    (previousPage === null ? undefined : previous.data)
  );
}

function CallsEmptyState({
  result,
  view,
  update,
}: {
  result: CallPage;
  view: CallsView;
  update: CallsViewState['update'];
}) {
  if (result.page > 1) {
    return (
      <div className="calls-table__empty">
        <p className="calls-table__empty-title">No calls on this page.</p>
        <p className="muted">
          {result.total === null
            ? 'The list ends before this page.'
            : `The ${formatCount(result.total)} matching calls end before this page.`}
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            update(withPage(view, 1));
          }}
        >
          Go to the first page
        </button>
      </div>
    );
  }
  const hasFilters = activeFilterEntries(view.filters).length > 0;
  return (
    <div className="calls-table__empty">
      <p className="calls-table__empty-title">
        {hasFilters ? 'No calls match these filters.' : 'No calls yet.'}
      </p>
      {hasFilters ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            update(clearFilters(view));
          }}
        >
          Clear filters
        </button>
      ) : (
        <p className="muted">Calls show up here once the team starts dialing.</p>
      )}
    </div>
  );
}

/**
 * The call log as a table: server-sorted and server-paged through the URL, with a column menu
 * remembered per browser. Shows a skeleton on first load, keeps the last rows (dimmed) while the
 * next page loads, and a bare frame when the first load failed (the page shows the error above).
 */
export function CallsTable({ result, status, isUpdating, onOpenCall }: CallsTableProps) {
  const { view, query, update } = useCallsView();
  // One column choice for both tables: the page rendered ahead is shown as it was rendered.
  const columnVisibility = useCallColumnVisibility();
  const table = useCallsTable(result, view, update, columnVisibility);
  // Serves "prefetched next page → rows ≤ 50 ms": 67 ms with, 132 ms without (docs/performance.md, "Mechanisms and what each pays for").
  const adjacent = useAdjacentPage(result, query, isUpdating);
  const adjacentTable = useCallsTable(
    adjacent,
    withPage(view, adjacent?.page ?? view.page),
    update,
    columnVisibility,
  );

  const isLoading = result === undefined && status === 'pending';
  const sort = describeSort(view.sort);
  const statusText = isLoading ? 'Loading calls…' : isUpdating ? 'Updating…' : '';
  const dropped = result?.droppedRows ?? 0;

  return (
    <DispositionLookupProvider>
      <div className="calls-table">
        <div className="calls-table__toolbar">
          <p className="calls-table__sort">
            Sorted by <strong>{sort.label}</strong>, {sort.order}
          </p>
          <p className="calls-table__status" role="status">
            {statusText ? <span className="calls-table__spinner" aria-hidden="true" /> : null}
            {statusText}
          </p>
          <PlayAllButton />
          <DataTableViewOptions table={table} />
        </div>
        {dropped > 0 ? (
          <p className="calls-table__note">
            {formatCount(dropped)} {dropped === 1 ? 'record' : 'records'} could not be shown
            (malformed).
          </p>
        ) : null}
        <DataTable
          table={table}
          caption={`Calls, sorted by ${sort.label.toLowerCase()}, ${sort.order}`}
          isLoading={isLoading}
          skeletonRowCount={Math.min(view.limit, MAX_SKELETON_ROWS)}
          isUpdating={isUpdating && result !== undefined}
          emptyState={
            result ? <CallsEmptyState result={result} view={view} update={update} /> : undefined
          }
          onRowActivate={
            onOpenCall
              ? (row) => {
                  onOpenCall(row.id);
                }
              : undefined
          }
          adjacentTable={adjacent ? adjacentTable : undefined}
        />
        {result ? <DataTablePagination table={table} pageSizeOptions={PAGE_SIZE_OPTIONS} /> : null}
      </div>
    </DispositionLookupProvider>
  );
}
