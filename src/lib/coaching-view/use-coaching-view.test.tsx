import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigationType } from 'react-router';
import { describe, expect, test } from 'vitest';
import { toScoredCallsSearchParams } from '@/lib/scored-calls/scored-calls-query';
import { sessionQuery } from '@/lib/session/session-query';
import type { Session } from '@/lib/session/session-schema';
import { withCall, withScoredFilters } from './coaching-view-updates';
import { useCoachingView } from './use-coaching-view';

const REP: Session = {
  authMode: 'oidc',
  user: { email: 'dana@example.com', name: 'Dana Kim', role: 'rep', userId: 'u1' },
  signOut: null,
};

function renderCoachingView(url: string, session?: Session) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { enabled: false, staleTime: Infinity } },
  });
  if (session) queryClient.setQueryData(sessionQuery().queryKey, session);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
    </QueryClientProvider>
  );
  return renderHook(
    () => ({
      coaching: useCoachingView(),
      location: useLocation(),
      navigationType: useNavigationType(),
    }),
    { wrapper },
  );
}

describe('useCoachingView', () => {
  test('reads the view, what was ignored and the request from the URL', () => {
    const { result } = renderCoachingView('/coaching?max_score=50&call=c1&limit=7x');
    const { view, ignored, query, isOwnCallsOnly } = result.current.coaching;
    expect(view).toMatchObject({ max_score: 50, call: 'c1', limit: 50 });
    expect(ignored.map(({ key }) => key)).toEqual(['limit']);
    expect(isOwnCallsOnly).toBe(false);
    expect(toScoredCallsSearchParams(query).toString()).toBe(
      'page=1&limit=50&sort=-createdAt&max_score=50',
    );
  });

  test('a filter change pushes a history entry with the canonical URL', () => {
    const { result } = renderCoachingView('/coaching?page=3');
    act(() => {
      result.current.coaching.update((view) => withScoredFilters(view, { min_score: 70 }));
    });
    expect(result.current.navigationType).toBe('PUSH');
    expect(result.current.location.pathname).toBe('/coaching');
    expect(result.current.location.search).toBe('?min_score=70');
  });

  test('opening a call changes the URL but not the request object', () => {
    const { result } = renderCoachingView('/coaching?min_score=70');
    const before = result.current.coaching.query;
    act(() => {
      result.current.coaching.update((view) => withCall(view, 'c42'));
    });
    expect(result.current.location.search).toBe('?min_score=70&call=c42');
    expect(result.current.coaching.view.call).toBe('c42');
    expect(result.current.coaching.query).toBe(before);
  });

  test('an update that leaves the URL as it is adds no history entry', () => {
    const { result } = renderCoachingView('/coaching?min_score=70');
    act(() => {
      result.current.coaching.update((view) => withScoredFilters(view, { min_score: 70 }));
    });
    expect(result.current.navigationType).toBe('POP');
  });

  test('a rep’s link loses its rep filter, says so, and Dismiss rewrites the URL in place', () => {
    const { result } = renderCoachingView('/coaching?user_id=u2&min_score=10', REP);
    const { view, ignored, query, isOwnCallsOnly } = result.current.coaching;
    expect(isOwnCallsOnly).toBe(true);
    expect(view.user_id).toBeUndefined();
    expect(query.user_id).toBeUndefined();
    expect(ignored).toEqual([
      expect.objectContaining({
        key: 'user_id',
        value: 'u2',
        reason: expect.stringContaining('your own calls') as string,
      }),
    ]);
    act(() => {
      result.current.coaching.dismissIgnored();
    });
    expect(result.current.navigationType).toBe('REPLACE');
    expect(result.current.location.search).toBe('?min_score=10');
    expect(result.current.coaching.ignored).toEqual([]);
  });
});
