import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, test } from 'vitest';
import { parseCoachingView, toScoredCallsQuery } from '@/lib/coaching-view/coaching-view';
import { referenceQueries } from '@/lib/reference-data/reference-queries';
import { parseScoredCallPage, scoredCallQueries } from '@/lib/scored-calls/scored-calls';
import { sessionQuery } from '@/lib/session/session-query';
import type { Session } from '@/lib/session/session-schema';
import CoachingPage from './coaching-page';
import type { CoachingCallPanelProps } from './coaching-page';

const MANAGER: Session = { authMode: 'none' };
const REP: Session = {
  authMode: 'oidc',
  user: { email: 'dana@example.com', name: 'Dana Kim', role: 'rep', userId: 'u1' },
  signOut: null,
};

const facet = (score: number) => ({ score, weight_pct: 20, explanation: 'x', recommendation: 'y' });

const RECORDS = [
  {
    _id: 's1',
    createdAt: '2026-12-01T15:00:00.000Z',
    user: { _id: 'u1', first_name: 'Dana', last_name: 'Kim' },
    call_log: {
      _id: 'call-1',
      duration: 185,
      contact: { first_name: 'Ada', last_name: 'Byron', company: 'Engines Ltd' },
      user: { _id: 'u1', first_name: 'Dana', last_name: 'Kim' },
      started_at: '2026-12-01T14:50:00.000Z',
    },
    insight: {
      total_score: 72,
      // Pitch is missing: it must read "not scored", never 0.
      facets: {
        intro: facet(80),
        discovery: facet(64),
        tonality: facet(70),
        objection_handling: facet(0),
        cta: facet(90),
      },
      metadata: { objections_detected: ['price', 'timing'] },
    },
  },
  { _id: 's2', call_log: { _id: 'call-2' } },
  { not: 'a record' },
];

function CurrentUrl() {
  const { pathname, search } = useLocation();
  return <output aria-label="Current URL">{`${pathname}${search}`}</output>;
}

function ShownPanel({ callId, record, onClose }: CoachingCallPanelProps) {
  if (callId === undefined) return null;
  return (
    <div role="dialog" aria-label="Call">
      <p>{`Call ${callId}, record ${record?._id ?? 'none'}`}</p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

function renderCoachingPage(url: string, session: Session = MANAGER) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { enabled: false, staleTime: Infinity, retry: false } },
  });
  queryClient.setQueryData(sessionQuery().queryKey, session);
  queryClient.setQueryData(referenceQueries.team().queryKey, {
    reps: [
      {
        _id: 'u1',
        first_name: 'Dana',
        last_name: 'Kim',
        email: 'dana@example.com',
        status: 'active',
      },
      {
        _id: 'u2',
        first_name: 'Lee',
        last_name: 'Park',
        email: 'lee@example.com',
        status: 'active',
      },
    ],
  });
  const query = toScoredCallsQuery(parseCoachingView(url.split('?')[1] ?? '').view);
  queryClient.setQueryData(
    scoredCallQueries.page(query).queryKey,
    parseScoredCallPage({ data: RECORDS, pagination: { total: 2 } }, query),
  );
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <CoachingPage CallPanel={ShownPanel} />
        <CurrentUrl />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const currentUrl = () => screen.getByRole('status', { name: 'Current URL' }).textContent;

const cellOf = (row: HTMLElement, column: string) => {
  const cell = row.querySelector(`[data-column-id="${column}"]`);
  if (!(cell instanceof HTMLElement)) throw new Error(`no ${column} cell`);
  return cell;
};

describe('CoachingPage', () => {
  test('rows show the score, facets and objections, with missing parts as not scored', () => {
    renderCoachingPage('/coaching');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(cellOf(first, 'score').textContent).toBe('Score 72');
    expect(cellOf(first, 'contact').textContent).toBe('Ada ByronEngines Ltd');
    expect(cellOf(first, 'rep').textContent).toBe('Dana Kim');
    expect(cellOf(first, 'duration').textContent).toBe('3:05');
    const facets = within(cellOf(first, 'facets')).getAllByRole('listitem');
    expect(facets.map((item) => item.textContent)).toEqual([
      'IntIntro 80',
      'DisDiscovery 64',
      'PitPitch —not scored',
      'TonTonality 70',
      'ObjObjection handling 0',
      'CTACall to action 90',
    ]);
    expect(cellOf(first, 'objections').textContent).toBe('pricetiming');

    expect(cellOf(second, 'score').textContent).toBe('Not scored');
    expect(cellOf(second, 'facets').textContent).not.toMatch(/\d/);
    expect(screen.getByText(/could not be shown/).textContent).toBe(
      '1 record could not be shown (malformed).',
    );
  });

  test('a row click opens its call by call_log id, keeping the rest; the panel closes it', () => {
    renderCoachingPage('/coaching?min_score=10&page=1');
    const row = within(screen.getByRole('table')).getAllByRole('row')[1] as HTMLElement;
    fireEvent.click(row);
    expect(currentUrl()).toBe('/coaching?min_score=10&call=call-1');
    expect(screen.getByRole('dialog', { name: 'Call' }).textContent).toContain(
      'Call call-1, record s1',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(currentUrl()).toBe('/coaching?min_score=10');
  });

  test('Enter on a focused row opens it too', () => {
    renderCoachingPage('/coaching');
    const row = within(screen.getByRole('table')).getAllByRole('row')[2] as HTMLElement;
    row.focus();
    fireEvent.keyDown(row, { key: 'Enter' });
    expect(currentUrl()).toBe('/coaching?call=call-2');
  });

  test('a quick score range sets both bounds and goes back to page 1', () => {
    renderCoachingPage('/coaching?page=3&max_score=20');
    fireEvent.click(screen.getByRole('button', { name: '50–69' }));
    expect(currentUrl()).toBe('/coaching?min_score=50&max_score=69');
    expect(screen.getByRole('button', { name: '50–69' }).getAttribute('aria-pressed')).toBe('true');
  });

  test('a typed score is checked: out of range or above the maximum is refused with a reason', () => {
    renderCoachingPage('/coaching?max_score=40');
    const min = screen.getByLabelText('Min score');
    fireEvent.change(min, { target: { value: '101' } });
    fireEvent.keyDown(min, { key: 'Enter' });
    const message = () => document.getElementById(min.getAttribute('aria-describedby') ?? '');
    expect(message()?.textContent).toBe('Enter a whole number from 0 to 100.');
    expect(min.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(min, { target: { value: '60' } });
    fireEvent.blur(min);
    expect(message()?.textContent).toBe('The minimum must not be above the maximum.');
    expect(currentUrl()).toBe('/coaching?max_score=40');
    fireEvent.change(min, { target: { value: '30' } });
    fireEvent.keyDown(min, { key: 'Enter' });
    expect(currentUrl()).toBe('/coaching?min_score=30&max_score=40');
  });

  test('a mistyped link renders and names what was ignored', () => {
    renderCoachingPage('/coaching?min_score=abc&colour=blue');
    expect(screen.getByText(/Ignored 2 parts of the link/).textContent).toBe(
      'Ignored 2 parts of the link: min_score=abc (“min_score” must be a whole number from 0 to 100); colour=blue (unknown parameter).',
    );
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
  });

  test('a rep has no rep filter, and a manager’s rep filter in their link is said to be dropped', () => {
    renderCoachingPage('/coaching?user_id=u9', REP);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your coaching');
    expect(screen.queryByLabelText('Rep')).toBeNull();
    expect(screen.getByText(/Ignored one part/).textContent).toBe(
      'Ignored one part of the link: user_id=u9 (the rep filter was not applied: you see only your own calls).',
    );
  });

  test('a manager picks a rep from the team list; the filter goes back to page 1', () => {
    renderCoachingPage('/coaching?page=2&user_id=u9');
    const rep = screen.getByLabelText('Rep');
    if (!(rep instanceof HTMLSelectElement)) throw new Error('no rep menu');
    // A rep the team list lacks is still shown as chosen.
    expect(rep.value).toBe('u9');
    expect([...rep.options].map((option) => option.text)).toEqual([
      'All reps',
      'Rep u9',
      'Dana Kim',
      'Lee Park',
    ]);
    fireEvent.change(rep, { target: { value: 'u2' } });
    expect(currentUrl()).toBe('/coaching?user_id=u2');
    fireEvent.change(rep, { target: { value: '' } });
    expect(currentUrl()).toBe('/coaching');
  });

  test('a day typed in From or To moves that bound only; From after To is refused with a reason', () => {
    const start = new Date(2026, 10, 6).toISOString();
    const end = new Date(new Date(2026, 11, 6).getTime() - 1).toISOString();
    renderCoachingPage(`/coaching?page=2&start_date=${start}&end_date=${end}`);
    const from = screen.getByLabelText('From');
    expect((from as HTMLInputElement).value).toBe('2026-11-06');
    fireEvent.change(from, { target: { value: '2026-11-21' } });
    expect(currentUrl()).toBe(
      `/coaching?start_date=${new Date(2026, 10, 21).toISOString()}&end_date=${end}`,
    );
    fireEvent.change(from, { target: { value: '2026-12-09' } });
    expect(document.getElementById(from.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'From must be on or before To.',
    );
    expect(new URLSearchParams(currentUrl().split('?')[1]).get('start_date')).toBe(
      new Date(2026, 10, 21).toISOString(),
    );
  });
});
