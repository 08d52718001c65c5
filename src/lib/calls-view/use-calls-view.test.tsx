import { act, render, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  createMemoryRouter,
  MemoryRouter,
  RouterProvider,
  useLocation,
  useNavigate,
  useNavigationType,
} from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import { callQueries } from '@/lib/call-log/call-log';
import type { Role } from '@/lib/session/session-schema';
import { toCallLogSearchParams } from './calls-view-params';
import { withCall, withFilters, withPage } from './calls-view-updates';
import type { CallsViewState } from './calls-view-provider';
import { callLogQueryForSearch, CallsViewProvider } from './calls-view-provider';
import { useCallsView } from './use-calls-view';

/** The hook under test, plus what the router says about history. */
function renderCallsView(initialEntries: string[], role?: Role) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={initialEntries} initialIndex={initialEntries.length - 1}>
      <CallsViewProvider role={role}>{children}</CallsViewProvider>
    </MemoryRouter>
  );
  return renderHook(
    () => ({
      calls: useCallsView(),
      location: useLocation(),
      navigationType: useNavigationType(),
      navigate: useNavigate(),
    }),
    { wrapper },
  );
}

describe('useCallsView', () => {
  test('reads the view, what was ignored, and the request from the URL', () => {
    const { result } = renderCallsView(['/calls?filters[outcome]=answered&call=abc&t=3&limit=7x']);
    const { view, ignored, query } = result.current.calls;
    expect(view).toMatchObject({ filters: { outcome: 'answered' }, call: 'abc', t: 3, limit: 50 });
    expect(ignored.map((item) => item.key)).toEqual(['limit']);
    expect(toCallLogSearchParams(query).toString()).toBe(
      'page=1&limit=50&sort=-started_at&filters%5Boutcome%5D=answered',
    );
  });

  test('callLogQueryForSearch gives main.tsx the very request the hook derives', () => {
    const search = '?sort=duration&filters[user_ids][]=b&filters[user_ids][]=a&call=x&t=9&junk=1';
    const { result } = renderCallsView([`/calls${search}`]);
    expect(callLogQueryForSearch(search)).toEqual(result.current.calls.query);
  });

  test('a rep’s link loses its rep filter: not in the view, the request or the URL, and said why', () => {
    const search = '?filters[user_ids][]=u2&filters[outcome]=answered';
    const { result } = renderCallsView([`/calls${search}`], 'rep');
    const { view, ignored, query, isOwnCallsOnly } = result.current.calls;
    expect(isOwnCallsOnly).toBe(true);
    expect(view.filters).toEqual({ outcome: 'answered' });
    expect(query.filters).toEqual({ outcome: 'answered' });
    expect(ignored.map(({ key, value }) => `${key}=${value}`)).toEqual(['filters[user_ids][]=u2']);
    expect(ignored[0]?.reason).toContain('you see only your own calls');
    // main.tsx's first request, once the role is known, is the same one.
    expect(callLogQueryForSearch(search, 'rep')).toEqual(query);

    act(() => {
      result.current.calls.dismissIgnored();
    });
    expect(result.current.navigationType).toBe('REPLACE');
    expect(result.current.location.search).toBe('?filters[outcome]=answered');
    expect(result.current.calls.ignored).toEqual([]);
  });

  test.each<[string, Role | undefined]>([
    ['a manager', 'manager'],
    ['a role not known yet', undefined],
  ])('%s keeps the rep filter of a link', (_case, role) => {
    const { result } = renderCallsView(['/calls?filters[user_ids][]=u2'], role);
    const { query, ignored, isOwnCallsOnly } = result.current.calls;
    expect(isOwnCallsOnly).toBe(false);
    expect(query.filters.user_ids).toEqual(['u2']);
    expect(ignored).toEqual([]);
  });

  test('update pushes a canonical URL and keeps the pathname and hash', () => {
    const { result } = renderCallsView(['/calls?page=2#top']);
    act(() => {
      result.current.calls.update((view) => withPage(view, 3));
    });
    expect(result.current.navigationType).toBe('PUSH');
    expect(result.current.location).toMatchObject({
      pathname: '/calls',
      search: '?page=3',
      hash: '#top',
    });
    act(() => {
      void result.current.navigate(-1);
    });
    expect(result.current.location.search).toBe('?page=2');
    expect(result.current.calls.view.page).toBe(2);
  });

  test('update with replace leaves no history entry behind', () => {
    const { result } = renderCallsView(['/elsewhere', '/calls']);
    act(() => {
      result.current.calls.update((view) => withFilters(view, { search: 'acme' }), {
        replace: true,
      });
    });
    expect(result.current.navigationType).toBe('REPLACE');
    expect(result.current.location.search).toBe('?filters[search]=acme');
    act(() => {
      void result.current.navigate(-1);
    });
    expect(result.current.location.pathname).toBe('/elsewhere');
  });

  test('a filter change goes back to page 1', () => {
    const { result } = renderCallsView(['/calls?page=4']);
    act(() => {
      result.current.calls.update((view) => withFilters(view, { direction: 'inbound' }));
    });
    expect(result.current.calls.view.page).toBe(1);
    expect(result.current.location.search).toBe('?filters[direction]=inbound');
  });

  test('an update that changes nothing adds no history entry', () => {
    const { result } = renderCallsView(['/calls?page=2']);
    const before = result.current.location.key;
    act(() => {
      result.current.calls.update((view) => withPage(view, 2));
    });
    expect(result.current.location.key).toBe(before);
  });

  test('dismissIgnored rewrites the URL canonically in place', () => {
    const { result } = renderCallsView([
      '/start',
      '/calls?foo=1&filters%5Boutcome%5D=answered&page=1&limit=500',
    ]);
    expect(result.current.calls.ignored).toHaveLength(2);
    act(() => {
      result.current.calls.dismissIgnored();
    });
    expect(result.current.navigationType).toBe('REPLACE');
    expect(result.current.location.search).toBe('?filters[outcome]=answered');
    expect(result.current.calls.ignored).toEqual([]);
    act(() => {
      void result.current.navigate(-1);
    });
    expect(result.current.location.pathname).toBe('/start');
  });

  test('opening a call or seeking keeps the query, which never carries UI keys', () => {
    const { result } = renderCallsView(['/calls?filters[outcome]=answered']);
    const query = result.current.calls.query;
    act(() => {
      result.current.calls.update((view) => withCall(view, 'abc', 12));
    });
    expect(result.current.location.search).toBe('?filters[outcome]=answered&call=abc&t=12');
    expect(result.current.calls.view).toMatchObject({ call: 'abc', t: 12 });
    expect(result.current.calls.query).toBe(query);
    expect(Object.keys(query).sort()).toEqual(['filters', 'limit', 'page', 'sort']);
    expect(toCallLogSearchParams(query).toString()).not.toMatch(/call|(^|&)t=/);
  });

  test('the query changes when the request does', () => {
    const { result } = renderCallsView(['/calls']);
    const query = result.current.calls.query;
    act(() => {
      result.current.calls.update((view) => withPage(view, 2));
    });
    expect(result.current.calls.query).not.toBe(query);
    expect(result.current.calls.query.page).toBe(2);
  });
});

describe('useCallsView with a query client', () => {
  test('the new view’s page is already being fetched when that view first renders', async () => {
    // No server answers here: the request fails later, on a network turn; what matters is that
    // it was already asked for when the new view rendered.
    const queryClient = new QueryClient();
    const fetchStatusAtRender: (string | undefined)[] = [];
    let calls: CallsViewState | undefined;
    function Probe() {
      calls = useCallsView();
      fetchStatusAtRender.push(
        queryClient.getQueryState(callQueries.page(calls.query).queryKey)?.fetchStatus,
      );
      return null;
    }
    function ProvidedProbe() {
      return (
        <CallsViewProvider>
          <Probe />
        </CallsViewProvider>
      );
    }
    const router = createMemoryRouter([{ path: '/calls', Component: ProvidedProbe }], {
      initialEntries: ['/calls'],
    });
    render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    // Nothing on the page observes the query: only the hook can have started it.
    expect(fetchStatusAtRender).toEqual([undefined]);

    await act(async () => {
      calls?.update((view) => withFilters(view, { outcome: 'answered' }));
      await Promise.resolve();
    });
    expect(router.state.location.search).toBe('?filters[outcome]=answered');
    expect(fetchStatusAtRender.at(-1)).toBe('fetching');
    queryClient.clear();
  });
});

describe('useCallsView in a data router', () => {
  test('push and replace reach the router history as such', async () => {
    let calls: CallsViewState | undefined;
    function Probe() {
      calls = useCallsView();
      return null;
    }
    function ProvidedProbe() {
      return (
        <CallsViewProvider>
          <Probe />
        </CallsViewProvider>
      );
    }
    const router = createMemoryRouter([{ path: '/calls', Component: ProvidedProbe }], {
      initialEntries: ['/calls'],
    });
    render(<RouterProvider router={router} />);

    await act(async () => {
      calls?.update((view) => withPage(view, 2));
      await Promise.resolve();
    });
    expect(router.state.historyAction).toBe('PUSH');
    expect(router.state.location.search).toBe('?page=2');

    await act(async () => {
      calls?.update((view) => withFilters(view, { search: 'acme' }), { replace: true });
      await Promise.resolve();
    });
    expect(router.state.historyAction).toBe('REPLACE');
    expect(router.state.location.search).toBe('?filters[search]=acme');
    expect(calls?.view.filters).toEqual({ search: 'acme' });

    await act(async () => {
      await router.navigate(-1);
    });
    expect(router.state.location.search).toBe('');
  });
});
