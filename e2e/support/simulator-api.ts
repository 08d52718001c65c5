import { expect } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { parseLenientJson } from '../../contract/lenient-json.ts';

/** One call as the tests read it: loose on purpose, the UI's own schema is what is under test. */
export interface RawCall {
  _id: string;
  [field: string]: unknown;
}

export interface RawCallPage {
  data: RawCall[];
  pagination: { total: number; page: number; limit: number; pages: number; next: number | null };
}

/**
 * Asks the simulator, through the same proxy the app uses, what a call-log request returns, so a
 * test can compare the rows on screen with an answer computed independently of the UI.
 */
export async function fetchCallLog(
  request: APIRequestContext,
  search: string | URLSearchParams,
): Promise<RawCallPage> {
  const query = typeof search === 'string' ? search : search.toString();
  // A connection of its own: the request context would otherwise reuse a kept-alive socket that
  // the server, idle for its 5 s keep-alive timeout between two steps of a test, is closing
  // (ECONNRESET, "socket hang up").
  const response = await request.get(`/api/v1/call-log${query ? `?${query}` : ''}`, {
    headers: { connection: 'close' },
  });
  expect(response.status(), await response.text()).toBe(200);
  // The simulator sends raw control characters inside some transcripts, as the real service does.
  return parseLenientJson(await response.text()) as RawCallPage;
}
