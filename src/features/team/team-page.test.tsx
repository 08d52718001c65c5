import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, test } from 'vitest';
import { getUserTimeZone } from '@/lib/dates/zoned-date';
import { sessionQuery } from '@/lib/session/session-query';
import type { Session } from '@/lib/session/session-schema';
import { analyticsQueries } from './analytics-api';
import type { RepPerformance } from './analytics-api';
import TeamPage from './team-page';

const START = '2026-01-01T05:00:00.000Z';
const END = '2026-01-31T04:59:59.999Z';

const DANA: RepPerformance = {
  _id: 'u1',
  first_name: 'Dana',
  last_name: 'Kim',
  email: 'dana@example.com',
  total_calls: 40,
  connected_calls: 10,
  connection_rate: 0.25,
  conversations: 5,
  conversation_rate: 0.125,
  avg_dials_day: 2,
  total_duration: 600,
  meetings_set: 1,
};

/** The team page for `session`, its figures already loaded; nothing is fetched. */
function renderTeamPage(session: Session, reps: RepPerformance[]) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { enabled: false, staleTime: Infinity } },
  });
  queryClient.setQueryData(sessionQuery().queryKey, session);
  const query = {
    start_date: START,
    end_date: END,
    disposition_ids: [],
    timezone: getUserTimeZone(),
  };
  queryClient.setQueryData(analyticsQueries.sdrPerformance(query).queryKey, reps);
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[`/team?start_date=${START}&end_date=${END}`]}>
        <TeamPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const searchOf = (link: HTMLElement) =>
  new URLSearchParams((link.getAttribute('href') ?? '').replace(/^\/\?/, ''));

describe('TeamPage', () => {
  test('a rep sees their own numbers, with one link to their calls and none to a rep', () => {
    renderTeamPage(
      {
        authMode: 'oidc',
        user: { email: 'dana@example.com', name: 'Dana Kim', role: 'rep', userId: 'u1' },
        signOut: null,
      },
      [DANA],
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your numbers');
    expect(screen.getAllByRole('list', { name: 'Your overview' })).toHaveLength(1);

    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader').textContent).toBe('Dana Kim');
    expect(within(table).queryByRole('link')).toBeNull();

    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Your calls']);
    const [yourCalls] = links;
    if (!yourCalls) throw new Error('no link');
    expect(searchOf(yourCalls).has('filters[user_ids][]')).toBe(false);
    expect(searchOf(yourCalls).get('filters[start_date]')).toBe(START);
    expect(searchOf(yourCalls).get('filters[end_date]')).toBe(END);
  });

  test.each<[string, Session]>([
    [
      'a manager',
      { authMode: 'oidc', user: { email: 'm@x.io', name: null, role: 'manager' }, signOut: null },
    ],
    ['anyone without sign-in', { authMode: 'none' }],
  ])('%s sees the team, each rep linked to their calls', (_case, session) => {
    renderTeamPage(session, [DANA]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Team');
    const link = within(screen.getByRole('table')).getByRole('link', { name: 'Dana Kim' });
    expect(searchOf(link).getAll('filters[user_ids][]')).toEqual(['u1']);
    expect(screen.queryByRole('link', { name: 'Your calls' })).toBeNull();
  });
});
