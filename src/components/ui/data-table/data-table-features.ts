import {
  columnVisibilityFeature,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { ReactTable, RowData } from '@tanstack/react-table';

/** What the generic pieces need to know about a column, beyond its header. */
export interface DataTableColumnMeta {
  /** The column's name in words, for the column menu (headers may be markup). */
  label: string;
  /** Numbers line up on the right. */
  align?: 'start' | 'end';
  /** Cells of this column name their row: rendered as `<th scope="row">`. */
  isRowHeader?: boolean;
  /** Added to the column's header and cells, e.g. to size it. */
  className?: string;
}

/**
 * The features every data table here registers: sorting, paging and hiding columns, all of them
 * usable in manual (server-side) mode. Processing row models are deliberately absent: the server
 * sorts and pages, the table only keeps the state and answers questions about it.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

/** A table made by `useTable({ features: dataTableFeatures, … })` with the default selector. */
export type DataTableInstance<TData extends RowData> = ReactTable<DataTableFeatures, TData>;
