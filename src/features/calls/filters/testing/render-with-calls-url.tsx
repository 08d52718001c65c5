import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { CallsViewProvider } from '@/lib/calls-view/calls-view-provider';
import { DEFAULT_DISPOSITIONS } from '@contract/salesfinity';
import type { ContactList } from '@/lib/reference-data/contact-lists';
import type { Disposition } from '@/lib/reference-data/dispositions';
import { referenceQueries } from '@/lib/reference-data/reference-queries';
import type { Sequence } from '@/lib/reference-data/sequences';
import type { Team } from '@/lib/reference-data/team';
import type { Role } from '@/lib/session/session-schema';

export const TEAM: Team = {
  reps: [
    {
      _id: 'u1',
      first_name: 'Dana',
      last_name: 'Kim',
      email: 'dana@example.com',
      status: 'active',
    },
    { _id: 'u2', first_name: 'Lee', last_name: 'Park', email: 'lee@example.com', status: 'active' },
    {
      _id: 'u3',
      first_name: 'Sam',
      last_name: 'Ortiz',
      email: 'sam@example.com',
      status: 'invited',
    },
  ],
};

export const DISPOSITIONS: Disposition[] = [
  ...DEFAULT_DISPOSITIONS.map((d) => ({ ...d, _id: `d${d.id}`, is_custom: false })),
  { _id: 'd15', id: 15, name: 'Partner referral', category: 'partner', is_custom: true },
];

export const SEQUENCES: Sequence[] = [
  { id: 'seq_1', name: 'Q1 Outbound Campaign' },
  { id: 'seq_2', name: 'Renewals' },
];

export const CONTACT_LISTS: ContactList[] = [
  { _id: 'l1', name: 'Q1 Prospects', source: 'csv' },
  { _id: 'l2', name: 'Webinar leads', source: 'hubspot' },
];

/** jsdom lacks what Radix and cmdk measure and scroll with. */
export function installDomStubs() {
  if (!Reflect.has(globalThis, 'ResizeObserver')) {
    globalThis.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (!Reflect.has(Element.prototype, 'scrollIntoView')) {
    Element.prototype.scrollIntoView = () => undefined;
  }
}

/** A media query list that never changes. */
class FixedMediaQueryList extends EventTarget {
  onchange = null;
  constructor(
    readonly media: string,
    readonly matches: boolean,
  ) {
    super();
  }
  addListener() {}
  removeListener() {}
}

/** Narrow screen or not, as `matchMedia` reports it; undefined removes the stub. */
export function stubMatchMedia(matches: boolean | undefined) {
  if (matches === undefined) {
    Reflect.deleteProperty(window, 'matchMedia');
    return;
  }
  window.matchMedia = (query: string) => new FixedMediaQueryList(query, matches);
}

/**
 * Renders `ui` at `url` ("/?…") in a memory router, after an entry "/before" (so a test can tell
 * a pushed entry from a replaced one by going Back), with reference data in the cache. `loading`
 * names queries left out of the cache and kept loading for as long as the test runs. `role` is the
 * signed-in user's, as the app passes it to the calls view.
 */
export function renderWithCallsUrl(
  ui: ReactNode,
  { url = '/', seed = true, loading = [] as QueryKey[], role = undefined as Role | undefined } = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  });
  if (seed) {
    queryClient.setQueryData(referenceQueries.team().queryKey, TEAM);
    queryClient.setQueryData(referenceQueries.dispositions().queryKey, DISPOSITIONS);
    queryClient.setQueryData(referenceQueries.sequences().queryKey, SEQUENCES);
    queryClient.setQueryData(referenceQueries.contactLists().queryKey, CONTACT_LISTS);
  }
  for (const queryKey of loading) {
    queryClient.removeQueries({ queryKey, exact: true });
    // A fetch already in flight: the component's own query joins it instead of sending one.
    void queryClient.query({
      queryKey,
      queryFn: () => new Promise<never>(() => undefined),
    });
  }
  const router = createMemoryRouter(
    [
      { path: '/', element: <CallsViewProvider role={role}>{ui}</CallsViewProvider> },
      { path: '/before', element: <p>Before</p> },
    ],
    { initialEntries: ['/before', url], initialIndex: 1 },
  );
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return {
    ...view,
    router,
    queryClient,
    /** The URL's query, parsed. */
    params: () => new URLSearchParams(router.state.location.search),
    /** The URL's query as written, without "?". */
    search: () => router.state.location.search.replace(/^\?/, ''),
    historyAction: () => router.state.historyAction,
  };
}
