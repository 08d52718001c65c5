import { FlexRender } from '@tanstack/react-table';
import type { Header, Row, RowData } from '@tanstack/react-table';
import { memo, useState } from 'react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { TooltipsArmedContext } from '@/components/ui/tooltip-arming';
import { useStableCallback } from '@/lib/use-stable-callback';
import type { DataTableFeatures, DataTableInstance } from './data-table-features';
import { SortIndicator } from './sort-indicator';
import './data-table.css';

export interface DataTableProps<TData extends RowData> {
  table: DataTableInstance<TData>;
  /** Names the table for assistive technology; not shown. */
  caption: ReactNode;
  /** Nothing to show yet: skeleton rows in the table's shape. */
  isLoading?: boolean;
  skeletonRowCount?: number;
  /** The rows on screen are about to be replaced: they stay, dimmed, and the table is busy. */
  isUpdating?: boolean;
  /** Shown across the body when there are no rows and nothing is loading; omit for a bare frame. */
  emptyState?: ReactNode;
  /**
   * Enter or a click on a row. When given, rows take focus (Tab reaches them, ↑/↓ move between
   * them, and carry `data-row-id`); clicks on links, buttons and form fields inside a row stay theirs.
   */
  onRowActivate?: (row: Row<DataTableFeatures, TData>) => void;
}

type Meta = DataTableFeatures['columnMeta'];

function cellClassName(base: string, meta: Meta | undefined): string {
  const classes = [base];
  if (meta?.align === 'end') classes.push(`${base}--end`);
  if (meta?.className) classes.push(meta.className);
  return classes.join(' ');
}

const INTERACTIVE = 'a, button, input, select, textarea, label, summary, [role="button"]';

function isFromInteractiveChild(event: MouseEvent<HTMLElement>): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  const interactive = target.closest(INTERACTIVE);
  return interactive !== null && event.currentTarget.contains(interactive);
}

function HeaderCell<TData extends RowData>({
  table,
  header,
}: {
  table: DataTableInstance<TData>;
  header: Header<DataTableFeatures, TData>;
}) {
  const { column } = header;
  const meta = column.columnDef.meta;
  const className = cellClassName('data-table__header', meta);
  if (header.isPlaceholder) return <th scope="col" className={className} />;
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={className}>
        <table.FlexRender header={header} />
      </th>
    );
  }
  const sorted = column.getIsSorted();
  return (
    <th
      scope="col"
      className={className}
      // Only the sorted column carries aria-sort; the button tells the rest can be sorted.
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      <button
        type="button"
        className="data-table__sort-button"
        onClick={column.getToggleSortingHandler()}
      >
        <table.FlexRender header={header} />
        <SortIndicator direction={sorted} />
      </button>
    </th>
  );
}

type DataRow<TData extends RowData> = Row<DataTableFeatures, TData>;

interface DataTableRowProps<TData extends RowData> {
  row: DataRow<TData>;
  /** The visible columns' ids: the row renders again when they change, and only then. */
  columnsKey: string;
  /** Stable for the table's lifetime; given, the row is focusable and activates. */
  onActivate: ((row: DataRow<TData>) => void) | undefined;
}

/**
 * One data row. Memoised on its row object (the same while the page's data is), so a table
 * re-rendering for its state (dimmed while the next page loads, a new sort indicator) leaves the
 * rows alone. Tooltips in the row mount their machinery once the row is first hovered or focused:
 * a page of rows renders none of it.
 *
 * Rows are keyed by position (see `DataTable`), so this element may show another record next:
 * what it remembers is tied to the record's id.
 */
function DataTableRowImpl<TData extends RowData>({ row, onActivate }: DataTableRowProps<TData>) {
  const [armedRowId, setArmedRowId] = useState<string | undefined>(undefined);
  const tooltipsArmed = armedRowId === row.id;
  const arm = () => {
    setArmedRowId(row.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    // Keys pressed inside a cell's own controls are theirs.
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onActivate?.(row);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const sibling =
        event.key === 'ArrowDown'
          ? event.currentTarget.nextElementSibling
          : event.currentTarget.previousElementSibling;
      if (sibling instanceof HTMLElement) {
        event.preventDefault();
        sibling.focus();
      }
    }
  };

  const onClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if (isFromInteractiveChild(event)) return;
    // Selecting text (a number to copy) is not a request to open the row.
    if (window.getSelection()?.toString()) return;
    onActivate?.(row);
  };

  return (
    <tr
      className={onActivate ? 'data-table__row data-table__row--interactive' : 'data-table__row'}
      tabIndex={onActivate ? 0 : undefined}
      data-row-id={onActivate ? row.id : undefined}
      onClick={onActivate ? onClick : undefined}
      onKeyDown={onActivate ? onKeyDown : undefined}
      onPointerEnter={tooltipsArmed ? undefined : arm}
      onFocus={tooltipsArmed ? undefined : arm}
    >
      <TooltipsArmedContext value={tooltipsArmed}>
        {row.getVisibleCells().map((cell) => {
          const meta = cell.column.columnDef.meta;
          const className = cellClassName('data-table__cell', meta);
          return meta?.isRowHeader ? (
            <th key={cell.column.id} scope="row" className={className}>
              <FlexRender cell={cell} />
            </th>
          ) : (
            <td key={cell.column.id} className={className}>
              <FlexRender cell={cell} />
            </td>
          );
        })}
      </TooltipsArmedContext>
    </tr>
  );
}

const DataTableRow = memo(DataTableRowImpl) as typeof DataTableRowImpl;

/**
 * A table for server-sorted, server-paged data: semantic markup, a sticky header, horizontal
 * scrolling in its own box, sortable headers as buttons, and loading/updating/empty states. It
 * knows nothing about what the rows are; it only reads the `table`.
 */
export function DataTable<TData extends RowData>({
  table,
  caption,
  isLoading = false,
  skeletonRowCount = 8,
  isUpdating = false,
  emptyState,
  onRowActivate,
}: DataTableProps<TData>) {
  const rows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns();

  const onActivate = useStableCallback(onRowActivate);
  const columnsKey = visibleColumns.map((column) => column.id).join(' ');

  let body: ReactNode;
  if (isLoading) {
    body = Array.from({ length: skeletonRowCount }, (_, index) => (
      <tr key={index} className="data-table__row data-table__row--skeleton" aria-hidden="true">
        {visibleColumns.map((column) => (
          <td key={column.id} className={cellClassName('data-table__cell', column.columnDef.meta)}>
            <span className="skeleton" />
          </td>
        ))}
      </tr>
    ));
  } else if (rows.length === 0) {
    body =
      emptyState === undefined ? null : (
        <tr className="data-table__row">
          <td className="data-table__empty" colSpan={Math.max(1, visibleColumns.length)}>
            {emptyState}
          </td>
        </tr>
      );
  } else {
    // Rows keyed by position and cells by column, not by record id: the next page reuses this
    // page's row and cell elements and only their text changes, instead of 50 rows torn down and
    // built again (most of a page change's cost). Cells that keep state key it on the record.
    body = rows.map((row, index) => (
      <DataTableRow key={index} row={row} columnsKey={columnsKey} onActivate={onActivate} />
    ));
  }

  return (
    <div className={isUpdating ? 'data-table data-table--updating' : 'data-table'}>
      <table className="data-table__table" aria-busy={isLoading || isUpdating}>
        <caption className="visually-hidden">{caption}</caption>
        <thead className="data-table__head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <HeaderCell key={header.id} table={table} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}
