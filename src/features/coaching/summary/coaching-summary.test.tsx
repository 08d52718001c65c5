import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { createReferenceQueries } from '@/lib/reference-data/reference-queries';
import { createRequestLimit } from '@/lib/request-limit';
import { createScoredCallQueries } from '@/lib/scored-calls/scored-calls';
import type { ScoredCallsQuery } from '@/lib/scored-calls/scored-calls-query';
import { sessionQuery } from '@/lib/session/session-query';
import type { Session } from '@/lib/session/session-schema';
import { sendJson, startTestServer } from '@/lib/testing/test-server';
import type { SeenRequest, TestServer } from '@/lib/testing/test-server';
import CoachingSummary from './coaching-summary';
import type { ScoreRange } from './score-bands';
import { SUMMARY_REQUEST_BUDGET } from './summary-plan';

beforeAll(() => {
  // recharts sizes its container; jsdom measures nothing.
  if (!Reflect.has(globalThis, 'ResizeObserver')) {
    globalThis.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
});

interface FakeRecord {
  score?: number;
  user_id: string;
}

/** Twelve reps, as the simulator has, named so that their order by name is u01…u12. */
const REPS = Array.from({ length: 12 }, (_, index) => {
  const id = `u${String(index + 1).padStart(2, '0')}`;
  return { _id: id, first_name: 'Rep', last_name: String.fromCharCode(65 + index) };
});

/** Every score 0–100 for each rep in turn, and every seventh call without a score. */
const RECORDS: FakeRecord[] = Array.from({ length: 600 }, (_, index) => ({
  user_id: REPS[index % REPS.length]?._id ?? 'u01',
  ...(index % 7 === 0 ? {} : { score: (index * 37) % 101 }),
}));

/** The contract's count, by brute force: bounds inclusive, a record without a score matches none. */
function countOf(params: URLSearchParams): number {
  const min = params.get('min_score');
  const max = params.get('max_score');
  const user = params.get('user_id');
  return RECORDS.filter(
    (r) =>
      (min === null || (r.score !== undefined && r.score >= Number(min))) &&
      (max === null || (r.score !== undefined && r.score <= Number(max))) &&
      (user === null || r.user_id === user),
  ).length;
}

const byBruteForce = (isCounted: (r: FakeRecord) => boolean) => RECORDS.filter(isCounted).length;
const scoreIn = (r: FakeRecord, min: number, max: number) =>
  r.score !== undefined && r.score >= min && r.score <= max;

let server: TestServer;
/** Requests the server answers with a 500. */
let failing: (request: SeenRequest) => boolean;

beforeEach(async () => {
  failing = () => false;
  server = await startTestServer((request, response) => {
    const { pathname, searchParams } = request.url;
    if (pathname === '/api/v1/team') {
      sendJson(response, 200, { _id: 't', name: 'Team', users: REPS.map((user) => ({ user })) });
    } else if (pathname === '/api/v1/scored-calls' && failing(request)) {
      sendJson(response, 500, { statusCode: 500, message: 'Down' });
    } else if (pathname === '/api/v1/scored-calls') {
      const total = countOf(searchParams);
      const limit = Number(searchParams.get('limit'));
      sendJson(response, 200, {
        data: [],
        pagination: { total, page: 1, limit, pages: Math.ceil(total / limit) },
      });
    } else {
      sendJson(response, 404, { statusCode: 404, message: 'Not found' });
    }
  });
});

afterEach(async () => {
  await server.close();
});

const QUERY: ScoredCallsQuery = {
  page: 1,
  limit: 50,
  sort: { field: 'createdAt', direction: 'desc' },
};

const countRequests = () =>
  server.requests.filter(
    (r) => r.url.pathname === '/api/v1/scored-calls' && r.url.searchParams.get('limit') === '1',
  );

function renderSummary(query: ScoredCallsQuery, session: Session = { authMode: 'none' }) {
  const get = createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(6) }).get;
  const queries = {
    scoredCalls: createScoredCallQueries(get),
    reference: createReferenceQueries(get),
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(sessionQuery().queryKey, session);
  const selected: { band?: ScoreRange; rep?: [string, ScoreRange] } = {};
  render(
    <QueryClientProvider client={queryClient}>
      <CoachingSummary
        query={query}
        queries={queries}
        onSelectBand={(range) => {
          selected.band = range;
        }}
        onSelectRep={(userId, range) => {
          selected.rep = [userId, range];
        }}
      />
    </QueryClientProvider>,
  );
  return selected;
}

const labelOf = (name: RegExp) => screen.getByRole('button', { name }).getAttribute('aria-label');
const bandList = () => screen.getByRole('list', { name: 'Scored calls by score band' });
/** The first status line: "Counts are exact…" (a failure adds a second one below it). */
const status = () => {
  const [first] = screen.getAllByRole('status');
  if (!first) throw new Error('no status line');
  return first;
};
const whenCounted = () =>
  waitFor(
    () => {
      expect(status().textContent).toMatch(/^Counts are exact/);
    },
    // Two dozen requests to a local server, on a busy machine.
    { timeout: 10_000 },
  );

describe('CoachingSummary', () => {
  test('bands and reps equal brute-force counts, within the budget, the rest on "Show more reps"', async () => {
    renderSummary(QUERY);
    await whenCounted();

    const items = within(bandList()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(
      [0, 10, 20, 30, 40, 50, 60, 70, 80, 90].map((min) => {
        const max = min === 90 ? 100 : min + 9;
        return `Score ${String(min)}–${String(max)}: ${String(byBruteForce((r) => scoreIn(r, min, max)))}`;
      }),
    );
    const scored = byBruteForce((r) => r.score !== undefined);
    expect(status().textContent).toBe(
      `Counts are exact over ${String(scored)} scored calls (${String(RECORDS.length - scored)} more match but have no total score).`,
    );

    const table = screen.getByRole('table', { name: 'Scores by rep' });
    const rowNames = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(rowNames()).toEqual(['Rep A', 'Rep B', 'Rep C', 'Rep D', 'Rep E', 'Rep F', 'Rep G']);
    const below = byBruteForce((r) => r.user_id === 'u01' && scoreIn(r, 0, 49));
    expect(labelOf(/under 50 by Rep A:/)).toBe(
      `${String(below)} calls scoring under 50 by Rep A: show these calls`,
    );
    const firstStep = countRequests().length;
    expect(firstStep).toBeLessThanOrEqual(SUMMARY_REQUEST_BUDGET);
    expect(screen.getByText(/more reps? (is|are) not counted yet/).textContent).toMatch(
      /^5 more reps are not counted yet/,
    );

    await userEvent.click(screen.getByRole('button', { name: /Show more reps/ }));
    await waitFor(() => {
      expect(rowNames()).toHaveLength(12);
    });
    await whenCounted();
    const from70 = byBruteForce((r) => r.user_id === 'u12' && scoreIn(r, 70, 100));
    expect(labelOf(/70 or more by Rep L:/)).toBe(
      `${String(from70)} calls scoring 70 or more by Rep L: show these calls`,
    );
    expect(countRequests().length - firstStep).toBeLessThanOrEqual(SUMMARY_REQUEST_BUDGET);
    expect(screen.queryByRole('button', { name: /Show more reps/ })).toBeNull();
  });

  test('a band and a rep’s count are buttons that ask for their range, from the keyboard too', async () => {
    const selected = renderSummary({ ...QUERY, min_score: 45 });
    await whenCounted();
    // Bands below the score filter count nothing, and offer nothing to press.
    expect(
      within(bandList())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Score 40–49',
      'Score 50–59',
      'Score 60–69',
      'Score 70–79',
      'Score 80–89',
      'Score 90–100',
    ]);
    within(bandList()).getByRole('button', { name: 'Score 40–49' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(selected.band).toEqual({ min_score: 45, max_score: 49 });

    const belowA = byBruteForce((r) => r.user_id === 'u01' && scoreIn(r, 45, 49));
    await userEvent.click(
      screen.getByRole('button', {
        name: `${String(belowA)} calls scoring under 50 by Rep A: show these calls`,
      }),
    );
    expect(selected.rep).toEqual(['u01', { min_score: 45, max_score: 49 }]);
    // With a score bound every match has a score: the bands add up to the table's total.
    expect(status().textContent).toBe(
      `Counts are exact over ${String(byBruteForce((r) => scoreIn(r, 45, 100)))} scored calls.`,
    );
  });

  test('the pressed band takes its filter off', async () => {
    const selected = renderSummary({ ...QUERY, min_score: 40, max_score: 49 });
    await whenCounted();
    const band = within(bandList()).getByRole('button', { name: 'Score 40–49' });
    expect(band.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(band);
    expect(selected.band).toEqual({});
  });

  test('a count that fails is named, the others stay, and Try again fills it in', async () => {
    failing = (request) => request.url.searchParams.get('max_score') === '29';
    renderSummary(QUERY);
    await waitFor(
      () => {
        expect(status().textContent).toMatch(/^The counts shown are exact/);
      },
      { timeout: 10_000 },
    );
    const alert = screen.getByText(/^Could not count/);
    expect(alert.textContent).toMatch(/^Could not count the score band 20–29\. The other numbers/);
    const items = within(bandList()).getAllByRole('listitem');
    expect(items[2]?.textContent).toBe('Score 20–29: —not counted');
    expect(items[3]?.textContent).toContain(String(byBruteForce((r) => scoreIn(r, 30, 39))));

    failing = () => false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await whenCounted();
    expect(screen.queryByText(/^Could not count/)).toBeNull();
    expect(within(bandList()).getAllByRole('listitem')[2]?.textContent).toContain(
      String(byBruteForce((r) => scoreIn(r, 20, 29))),
    );
  });

  test('a signed-in rep sees only their own row, counted from the bands', async () => {
    renderSummary(QUERY, {
      authMode: 'oidc',
      user: { email: 'c@example.com', name: 'C', role: 'rep', userId: 'u03' },
      signOut: null,
    });
    await whenCounted();
    const table = screen.getByRole('table', { name: 'Scores by rep' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Rep C']);
    const below = byBruteForce((r) => r.user_id === 'u03' && scoreIn(r, 0, 49));
    expect(labelOf(/under 50 by Rep C:/)).toBe(
      `${String(below)} calls scoring under 50 by Rep C: show these calls`,
    );
    // Ten bands of their calls; their two numbers are sums of those.
    expect(countRequests()).toHaveLength(10);
    expect(countRequests().every((r) => r.url.searchParams.get('user_id') === 'u03')).toBe(true);
  });
});
