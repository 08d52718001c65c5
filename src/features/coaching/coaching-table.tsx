import { DispositionLookupProvider } from '@/components/calls/disposition-lookup-provider';
import { DataTable } from '@/components/ui/data-table/data-table';
import { DataTablePagination } from '@/components/ui/data-table/data-table-pagination';
import { COACHING_PAGE_SIZE_OPTIONS } from '@/lib/coaching-view/coaching-view';
import type { CoachingView } from '@/lib/coaching-view/coaching-view';
import {
  clearScoredFilters,
  hasScoredFilters,
  withPage,
} from '@/lib/coaching-view/coaching-view-updates';
import type { CoachingViewState } from '@/lib/coaching-view/use-coaching-view';
import { formatCount } from '@/lib/format/count';
import type { ScoredCall } from '@/lib/scored-calls/scored-call-schema';
import type { ScoredCallSort } from '@/lib/scored-calls/scored-calls-query';
import type { ScoredCallPage } from '@/lib/scored-calls/scored-calls';
import { useCoachingTable } from './use-coaching-table';

export interface CoachingTableProps {
  /** The page to show; while the next one loads, the previous page (see `isUpdating`). */
  result: ScoredCallPage | undefined;
  /** The rows to show: the page's, less any the view hides. */
  rows: ScoredCall[] | undefined;
  status: 'pending' | 'error' | 'success';
  isUpdating: boolean;
  view: CoachingView;
  update: CoachingViewState['update'];
  /** Enter or a click on a row: the call-log `_id` of the row's call. */
  onOpenCall: (callId: string) => void;
}

const MAX_SKELETON_ROWS = 10;

const SORT_TEXT: Record<ScoredCallSort['field'], string> = {
  createdAt: 'Scored',
  updatedAt: 'Updated',
};

export function describeScoredCallSort(sort: ScoredCallSort): { label: string; order: string } {
  return {
    label: SORT_TEXT[sort.field],
    order: sort.direction === 'desc' ? 'newest first' : 'oldest first',
  };
}

function CoachingEmptyState({
  result,
  view,
  update,
}: {
  result: ScoredCallPage;
  view: CoachingView;
  update: CoachingViewState['update'];
}) {
  if (result.page > 1) {
    return (
      <div className="coaching-table__empty">
        <p className="coaching-table__empty-title">No scored calls on this page.</p>
        <p className="muted">
          {result.total === null
            ? 'The list ends before this page.'
            : `The ${formatCount(result.total)} matching scored calls end before this page.`}
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
  const hasFilters = hasScoredFilters(view);
  return (
    <div className="coaching-table__empty">
      <p className="coaching-table__empty-title">
        {hasFilters ? 'No scored calls match these filters.' : 'No scored calls yet.'}
      </p>
      {hasFilters ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            update(clearScoredFilters(view));
          }}
        >
          Clear filters
        </button>
      ) : (
        <p className="muted">
          Salesfinity scores connected calls of 30 seconds or more a few minutes after they end.
        </p>
      )}
    </div>
  );
}

/**
 * Scored calls as a table: server-sorted and server-paged through the URL. A skeleton on first
 * load, the last rows (dimmed) while the next page loads, a bare frame when the first load failed
 * (the page says why above it).
 */
export function CoachingTable({
  result,
  rows,
  status,
  isUpdating,
  view,
  update,
  onOpenCall,
}: CoachingTableProps) {
  const table = useCoachingTable(result, rows, view, update);
  const isLoading = result === undefined && status === 'pending';
  const sort = describeScoredCallSort(view.sort);
  const statusText = isLoading ? 'Loading scored calls…' : isUpdating ? 'Updating…' : '';
  const dropped = result?.droppedRows ?? 0;

  return (
    <DispositionLookupProvider>
      <div className="coaching-table">
        <div className="coaching-table__toolbar">
          <p className="coaching-table__sort">
            Sorted by <strong>{sort.label}</strong>, {sort.order}
          </p>
          <p className="coaching-table__status" role="status">
            {statusText}
          </p>
        </div>
        {dropped > 0 ? (
          <p className="coaching-table__note">
            {formatCount(dropped)} {dropped === 1 ? 'record' : 'records'} could not be shown
            (malformed).
          </p>
        ) : null}
        <DataTable
          table={table}
          caption={`Scored calls, sorted by ${sort.label.toLowerCase()}, ${sort.order}`}
          isLoading={isLoading}
          skeletonRowCount={Math.min(view.limit, MAX_SKELETON_ROWS)}
          isUpdating={isUpdating && result !== undefined}
          emptyState={
            result ? <CoachingEmptyState result={result} view={view} update={update} /> : undefined
          }
          onRowActivate={(row) => {
            const callId = row.original.call_log?._id;
            if (callId !== undefined) onOpenCall(callId);
          }}
        />
        {result ? (
          <DataTablePagination table={table} pageSizeOptions={COACHING_PAGE_SIZE_OPTIONS} />
        ) : null}
      </div>
    </DispositionLookupProvider>
  );
}
