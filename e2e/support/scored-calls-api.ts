import { expect } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { parseLenientJson } from '../../contract/lenient-json.ts';

/** One scored call as the tests read it: loose on purpose, the UI's own schema is under test. */
export interface RawScoredCall {
  _id: string;
  user?: { _id?: string; first_name?: string; last_name?: string };
  call_log?: { _id?: string; contact?: { first_name?: string; last_name?: string } };
  insight?: {
    total_score?: number;
    facets?: Record<string, { score?: number } | undefined>;
    metadata?: { objections_detected?: string[] };
  };
  [field: string]: unknown;
}

export interface RawScoredCallPage {
  data: RawScoredCall[];
  pagination: { total: number; page: number; limit: number; pages: number; next?: number | null };
}

/** The scored-calls keys a coaching URL carries, and the request's defaults for the rest. */
const FILTER_KEYS = ['start_date', 'end_date', 'min_score', 'max_score', 'user_id'];

/**
 * The scored-calls request a coaching page URL stands for, written here from the contract rather
 * than by the app's code: page, limit and sort with the page's defaults (1, 50, -createdAt), the
 * filters as the URL has them, and none of the page's own keys (call, t, reviewed).
 */
export function scoredCallsRequestOf(pageUrl: string): URLSearchParams {
  const url = new URL(pageUrl, 'http://localhost');
  const request = new URLSearchParams({
    page: url.searchParams.get('page') ?? '1',
    limit: url.searchParams.get('limit') ?? '50',
    sort: url.searchParams.get('sort') ?? '-createdAt',
  });
  for (const key of FILTER_KEYS) {
    const value = url.searchParams.get(key);
    if (value !== null) request.set(key, value);
  }
  return request;
}

/**
 * Asks the simulator, through the same proxy the app uses, what a scored-calls request returns,
 * so a test can compare the rows on screen with an answer computed independently of the UI.
 */
export async function fetchScoredCalls(
  request: APIRequestContext,
  search: string | URLSearchParams,
): Promise<RawScoredCallPage> {
  const query = typeof search === 'string' ? search : search.toString();
  // A connection of its own: a kept-alive socket the server is closing would fail the request.
  const response = await request.get(`/api/v1/scored-calls${query ? `?${query}` : ''}`, {
    headers: { connection: 'close' },
  });
  expect(response.status(), await response.text()).toBe(200);
  return parseLenientJson(await response.text()) as RawScoredCallPage;
}

/** How the score cell reads a record: "Score 72", or "Not scored" without a total. */
export function scoreText(record: RawScoredCall): string {
  const score = record.insight?.total_score;
  return score === undefined ? 'Not scored' : `Score ${score}`;
}
