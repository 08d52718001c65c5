import type { Cell, Header, Row, RowData } from '@tanstack/react-table';
import { Activity, memo, useState } from 'react';
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
  /**
   * A page next to the current one (the next, already fetched, or the one just left), as a table
   * of its own. Its rows are rendered hidden ahead of time, at React's lowest priority, so moving
   * there reveals them instead of rendering a page of rows on the click. It must read the same
   * column-visibility state as `table` (one value and setter given to both): its rows are shown
   * as they were rendered, under `table`'s header.
   */
  adjacentTable?: DataTableInstance<TData> | undefined;
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
      <th scope="col" className={className} data-column-id={column.id}>
        <table.FlexRender header={header} />
      </th>
    );
  }
  const sorted = column.getIsSorted();
  return (
    <th
      scope="col"
      className={className}
      data-column-id={column.id}
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

/**
 * A cell's content, from its column's `cell` template called as a plain function. Cell templates
 * must not use hooks (a cell with state returns a component that has it): rendered as an element,
 * as `FlexRender` does, every cell cost two more components (the wrapper and the template), more
 * than 1,400 a page of calls, which was a third of rendering the next page.
 */
function renderCell<TData extends RowData>(cell: Cell<DataTableFeatures, TData>): ReactNode {
  const template = cell.column.columnDef.cell;
  if (typeof template === 'function') return template(cell.getContext()) as ReactNode;
  return template ?? null;
}

interface DataTableRowProps<TData extends RowData> {
  row: DataRow<TData>;
  /** The visible columns' ids: the row renders again when they change, and only then. */
  columnsKey: string;
  /** Stable for the table's lifetime; given, the row is focusable and activates. */
  onActivate: ((row: DataRow<TData>) => void) | undefined;
}

/**
 * One data row. Memoised on its record (see `DataTableRow`), so a table re-rendering for its state
 * (dimmed while the next page loads, a new sort indicator) leaves the rows alone. Tooltips in the row mount their machinery once the row is first hovered or focused:
 * a page of rows renders none of it.
 *
 * Rows are keyed by position (see `DataTable`), so this element may show another record next:
 * what it remembers is tied to the record's id.
 */
function DataTableRowImpl<TData extends RowData>({ row, onActivate }: DataTableRowProps<TData>) {
  // Serves "prefetched next page" and "filter change → rows": 51/290 ms armed per row, 74/330 ms
  // all armed (docs/performance.md, "Mechanisms and what each pays for").
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
            <th
              key={cell.column.id}
              scope="row"
              className={className}
              data-column-id={cell.column.id}
            >
              {renderCell(cell)}
            </th>
          ) : (
            <td key={cell.column.id} className={className} data-column-id={cell.column.id}>
              {renderCell(cell)}
            </td>
          );
        })}
      </TooltipsArmedContext>
    </tr>
  );
}

/**
 * The same record with the same columns renders the same row, whichever table instance the row
 * object comes from: an adjacent page's rows, rendered ahead from its own table, are not
 * rendered again when the current table takes that page over.
 */
// Serves "filter change → rows": 274 ms with, 346 ms without (docs/performance.md, "Mechanisms and what each pays for").
const DataTableRow = memo(
  DataTableRowImpl,
  (before, after) =>
    before.row.original === after.row.original &&
    before.row.id === after.row.id &&
    before.columnsKey === after.columnsKey &&
    before.onActivate === after.onActivate,
) as typeof DataTableRowImpl;

/** Which of the two bodies holds a page: by parity, so a neighbouring page is always in the other. */
const slotOf = <TData extends RowData>(table: DataTableInstance<TData>) =>
  table.state.pagination.pageIndex % 2;

function rowsOf<TData extends RowData>(
  rows: readonly DataRow<TData>[],
  columnsKey: string,
  onActivate: ((row: DataRow<TData>) => void) | undefined,
): ReactNode {
  // Rows keyed by position and cells by column, not by record id: another page reuses this
  // page's row and cell elements and only their text changes, instead of 50 rows torn down and
  // built again. Cells that keep state key it on the record.
  return rows.map((row, index) => (
    <DataTableRow key={index} row={row} columnsKey={columnsKey} onActivate={onActivate} />
  ));
}

/**
 * A table for server-sorted, server-paged data: semantic markup, a sticky header, horizontal
 * scrolling in its own box, sortable headers as buttons, and loading/updating/empty states. It
 * knows nothing about what the rows are; it only reads the `table`. Header and data cells carry
 * their column's id as `data-column-id`, so a cell can be matched with the header above it.
 */
export function DataTable<TData extends RowData>({
  table,
  caption,
  isLoading = false,
  skeletonRowCount = 8,
  isUpdating = false,
  emptyState,
  onRowActivate,
  adjacentTable,
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
    body = rowsOf(rows, columnsKey, onActivate);
  }

  // Two bodies, one per page parity: the current page's, shown first, and an adjacent page's,
  // hidden. Moving to that page swaps their roles: the hidden body is revealed as it is, and the
  // other one hides with what it had until it is given the next adjacent page (rendered hidden,
  // reusing its elements). Hidden is display none: neither seen nor in the accessibility tree.
  const currentSlot = slotOf(table);
  const adjacentRows = adjacentTable?.getRowModel().rows ?? [];
  const hasAdjacent =
    adjacentTable !== undefined && adjacentRows.length > 0 && slotOf(adjacentTable) !== currentSlot;

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
        <Activity key={currentSlot} mode="visible">
          <tbody>{body}</tbody>
        </Activity>
        {hasAdjacent ? (
          <Activity key={1 - currentSlot} mode="hidden">
            <tbody>{rowsOf(adjacentRows, columnsKey, onActivate)}</tbody>
          </Activity>
        ) : null}
      </table>
    </div>
  );
}
