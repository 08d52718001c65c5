import { createColumnHelper, functionalUpdate, useTable } from '@tanstack/react-table';
import type { PaginationState, SortingState } from '@tanstack/react-table';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { DataTable } from './data-table';
import { dataTableFeatures } from './data-table-features';
import type { DataTableFeatures } from './data-table-features';
import { DataTablePagination } from './data-table-pagination';

interface Person {
  id: string;
  name: string;
  age: number;
}

const helper = createColumnHelper<DataTableFeatures, Person>();
const columns = helper.columns([
  helper.accessor('name', {
    header: 'Name',
    enableSorting: false,
    meta: { label: 'Name', isRowHeader: true },
  }),
  helper.accessor('age', { header: 'Age', meta: { label: 'Age', align: 'end' } }),
]);
const PEOPLE: Person[] = [
  { id: 'a', name: 'Ada', age: 36 },
  { id: 'b', name: 'Grace', age: 45 },
  { id: 'c', name: 'Linus', age: 28 },
];

/** A server-side table as a consumer would wire it: state owned outside, data already processed. */
function PeopleTable({
  rowCount,
  pageCount,
  onRowActivate,
}: {
  rowCount?: number;
  pageCount?: number;
  onRowActivate?: (id: string) => void;
}) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: 3 });
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: PEOPLE,
    getRowId: (person) => person.id,
    manualSorting: true,
    manualPagination: true,
    rowCount,
    pageCount,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      setSorting((old) => functionalUpdate(updater, old));
    },
    onPaginationChange: (updater) => {
      setPagination((old) => functionalUpdate(updater, old));
    },
  });
  return (
    <>
      <DataTable
        table={table}
        caption="People"
        onRowActivate={
          onRowActivate
            ? (row) => {
                onRowActivate(row.id);
              }
            : undefined
        }
      />
      <DataTablePagination table={table} pageSizeOptions={[3, 10]} />
    </>
  );
}

describe('DataTable', () => {
  test('renders the rows in the order given (the server sorts), with row headers', () => {
    render(<PeopleTable />);
    expect(screen.getByRole('table', { name: 'People' }).querySelectorAll('tbody tr')).toHaveLength(
      3,
    );
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Ada',
      'Grace',
      'Linus',
    ]);
  });

  test('a sortable header is a button; aria-sort follows the table state', async () => {
    const user = userEvent.setup();
    render(<PeopleTable />);
    const age = screen.getByRole('columnheader', { name: 'Age' });
    expect(
      within(screen.getByRole('columnheader', { name: 'Name' })).queryByRole('button'),
    ).toBeNull();
    expect(age.getAttribute('aria-sort')).toBeNull();
    await user.click(within(age).getByRole('button', { name: 'Age' }));
    // Numbers sort descending first.
    expect(age.getAttribute('aria-sort')).toBe('descending');
    await user.click(within(age).getByRole('button', { name: 'Age' }));
    expect(age.getAttribute('aria-sort')).toBe('ascending');
  });

  test('rows are focusable when they can be activated; arrows move between them', async () => {
    const user = userEvent.setup();
    const onRowActivate = vi.fn();
    render(<PeopleTable onRowActivate={onRowActivate} />);
    const rows = screen.getAllByRole('row').slice(1);
    await user.tab(); // the Age sort button
    await user.tab();
    expect(document.activeElement).toBe(rows[0]);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(document.activeElement).toBe(rows[2]);
    expect(onRowActivate).toHaveBeenCalledWith('c');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(rows[1]);
  });

  test('rows are not tab stops when nothing activates them', () => {
    render(<PeopleTable />);
    for (const row of screen.getAllByRole('row')) expect(row.getAttribute('tabindex')).toBeNull();
  });
});

const PAGES: Person[][] = [
  PEOPLE.slice(0, 2),
  [PEOPLE[2] as Person, { id: 'd', name: 'Margaret', age: 51 }],
  [{ id: 'e', name: 'Barbara', age: 61 }],
];

/** One table per page, as a paged view builds them: the page shown and the one after it. */
function usePageTable(pageIndex: number) {
  return useTable({
    features: dataTableFeatures,
    columns,
    data: PAGES[pageIndex] ?? [],
    getRowId: (person) => person.id,
    manualSorting: true,
    manualPagination: true,
    state: { sorting: [], pagination: { pageIndex, pageSize: 2 } },
  });
}

function PagedPeople({ pageIndex }: { pageIndex: number }) {
  const current = usePageTable(pageIndex);
  const next = usePageTable(pageIndex + 1);
  return (
    <DataTable
      table={current}
      caption="People"
      adjacentTable={PAGES[pageIndex + 1] ? next : undefined}
    />
  );
}

describe('DataTable with an adjacent page', () => {
  const rowHeaders = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

  test('renders it hidden ahead of time; moving there reveals those very rows', () => {
    const { rerender } = render(<PagedPeople pageIndex={0} />);
    expect(rowHeaders()).toEqual(['Ada', 'Grace']);
    // Rendered, but neither seen nor in the accessibility tree.
    const linus = screen.getByText('Linus').closest('tr');
    expect(linus?.closest('tbody')?.style.display).toBe('none');

    rerender(<PagedPeople pageIndex={1} />);
    expect(rowHeaders()).toEqual(['Linus', 'Margaret']);
    expect(screen.getByText('Linus').closest('tr')).toBe(linus);
    // The visible body comes first; the page after is now the one rendered ahead.
    expect(screen.getAllByRole('rowgroup')[1]?.contains(linus ?? null)).toBe(true);
    expect(screen.getByText('Barbara').closest('tbody')?.style.display).toBe('none');
  });
});

describe('DataTablePagination', () => {
  test('with a known total', () => {
    render(<PeopleTable rowCount={9} />);
    expect(screen.getByText(/^1–3/).textContent).toBe('1–3 of 9');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Last page' }).disabled).toBe(
      false,
    );
  });

  test('without a total: the span only and no Last', async () => {
    const user = userEvent.setup();
    render(<PeopleTable pageCount={-1} />);
    // No total: the span alone, never a guessed "of N".
    expect(screen.getByText(/^1–3/).textContent).toBe('1–3');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Last page' }).disabled).toBe(
      true,
    );
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText(/^4–6/).textContent).toBe('4–6');
  });
});
