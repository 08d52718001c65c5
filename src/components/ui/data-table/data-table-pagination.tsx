import type { RowData } from '@tanstack/react-table';
import { useId } from 'react';
import { formatRange } from '@/lib/format/count';
import type { DataTableInstance } from './data-table-features';
import './data-table-pagination.css';

export interface DataTablePaginationProps<TData extends RowData> {
  table: DataTableInstance<TData>;
  /** The page sizes offered; the current size is always offered too, even when it is not listed. */
  pageSizeOptions: readonly number[];
}

/**
 * "1–50 of 4,812", a page-size menu and first/previous/next/last. Reads everything from the
 * table: the page from its pagination state, the total from the `rowCount` option (unknown when
 * not given) and what is reachable from `pageCount` (-1 when unknown: Last is then disabled).
 */
export function DataTablePagination<TData extends RowData>({
  table,
  pageSizeOptions,
}: DataTablePaginationProps<TData>) {
  const selectId = useId();
  const { pageIndex, pageSize } = table.state.pagination;
  const total = table.options.rowCount ?? null;
  const sizes = [...new Set([...pageSizeOptions, pageSize])].sort((a, b) => a - b);

  return (
    <nav className="data-table-pagination" aria-label="Pagination">
      <div className="data-table-pagination__size">
        <label htmlFor={selectId}>Rows per page</label>
        <select
          id={selectId}
          value={pageSize}
          onChange={(event) => {
            table.setPageSize(Number(event.target.value));
          }}
        >
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <p className="data-table-pagination__range" aria-live="polite">
        {formatRange(pageIndex + 1, pageSize, total)}
      </p>
      <div className="data-table-pagination__buttons">
        <button
          type="button"
          className="icon-button"
          aria-label="First page"
          disabled={!table.getCanPreviousPage()}
          onClick={() => {
            table.firstPage();
          }}
        >
          <PagerIcon kind="first" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Previous page"
          disabled={!table.getCanPreviousPage()}
          onClick={() => {
            table.previousPage();
          }}
        >
          <PagerIcon kind="previous" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Next page"
          disabled={!table.getCanNextPage()}
          onClick={() => {
            table.nextPage();
          }}
        >
          <PagerIcon kind="next" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Last page"
          disabled={!table.getCanLastPage()}
          onClick={() => {
            table.lastPage();
          }}
        >
          <PagerIcon kind="last" />
        </button>
      </div>
    </nav>
  );
}

const PAGER_PATHS = {
  first: 'M11 3 L6 8 L11 13 M5 3 V13',
  previous: 'M10 3 L5 8 L10 13',
  next: 'M6 3 L11 8 L6 13',
  last: 'M5 3 L10 8 L5 13 M11 3 V13',
} as const;

function PagerIcon({ kind }: { kind: keyof typeof PAGER_PATHS }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d={PAGER_PATHS[kind]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
