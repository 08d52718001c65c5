import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { CallsViewProvider } from '@/lib/calls-view/calls-view-provider';
import { vi } from 'vitest';
import { referenceQueries } from '@/lib/reference-data/reference-queries';
import { CallsTable } from '../calls-table';
import type { CallsTableProps } from '../calls-table';
import { makeCall, makePage, TEST_DISPOSITIONS } from '@/lib/call-log/testing/call-fixtures';

/** Radix measures and captures pointers; jsdom does neither. */
export function stubLayoutApis(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  Object.assign(Element.prototype, {
    hasPointerCapture: () => false,
    releasePointerCapture: () => undefined,
    scrollIntoView: () => undefined,
  });
}

export interface RenderCallsTableOptions extends Partial<CallsTableProps> {
  /** Where the router starts: the URL the table reads its view from. */
  url?: string;
}

/**
 * `CallsTable` with what the page gives it: a router at `url` (a memory data router here, unlike
 * the app's declarative one, so a test can read `router.state.location` for the URL it wrote) and
 * a query client whose dispositions are already loaded (seed other pages in `queryClient`).
 * `showProps` hands the same mounted table new props, as the page does when the next page of
 * calls arrives.
 */
export function renderCallsTable({ url = '/calls', ...props }: RenderCallsTableOptions = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(referenceQueries.dispositions().queryKey, TEST_DISPOSITIONS);
  const tableProps: CallsTableProps = {
    result: makePage([makeCall()]),
    status: 'success',
    isUpdating: false,
    ...props,
  };
  let setProps: (props: CallsTableProps) => void = () => undefined;
  function MountedTable() {
    const [current, set] = useState(tableProps);
    setProps = set;
    return <CallsTable {...current} />;
  }
  const router = createMemoryRouter(
    [
      {
        path: '/calls',
        element: (
          <CallsViewProvider>
            <MountedTable />
          </CallsViewProvider>
        ),
      },
    ],
    {
      initialEntries: [url],
    },
  );
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const showProps = (next: Partial<CallsTableProps>) => {
    act(() => {
      setProps({ ...tableProps, ...next });
    });
  };
  return { ...view, router, user, showProps, queryClient };
}

/** The router's current query string, decoded for readable assertions. */
export function searchOf(router: { state: { location: { search: string } } }): string {
  return decodeURIComponent(router.state.location.search);
}
