import type { CallRecord } from './call-record.ts';

/**
 * Helpers for the simulator's HTTP tests: a client that reads bodies the way the dashboard must
 * (tolerating raw control characters), and paging through the whole call log.
 */

export const TEST_KEY = 'test-key';
export const TEST_NOW = new Date('2025-06-18T16:00:00.000Z');

/** Escapes control characters that appear raw inside JSON strings, then parses strictly. */
export function parseTolerantJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Only string tokens are rewritten: control characters between tokens are JSON whitespace.
    return JSON.parse(
      text.replace(/"(?:[^"\\]|\\[\s\S])*"/g, (token) =>
        token.replace(
          // eslint-disable-next-line no-control-regex -- finding control characters is the point
          /[\u0000-\u001f]/g,
          (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
        ),
      ),
    );
  }
}

export interface JsonResponse<T> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export async function getJson<T = unknown>(
  baseUrl: string,
  path: string,
  init: { key?: string | null; method?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { ...init.headers };
  const key = init.key === undefined ? TEST_KEY : init.key;
  if (key !== null) headers['x-api-key'] = key;
  const response = await fetch(baseUrl + path, { method: init.method ?? 'GET', headers });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.startsWith('application/json') === true;
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: (isJson && text !== '' ? parseTolerantJson(text) : undefined) as T,
  };
}

export interface CallPageBody {
  data: CallRecord[];
  pagination: { total: number; page: number; limit: number; pages: number; next: number | null };
}

/** Every call matching `query` (a query string without paging), following `next`. */
export async function fetchAllCalls(
  baseUrl: string,
  query = '',
): Promise<{ calls: CallRecord[]; total: number }> {
  const calls: CallRecord[] = [];
  let page: number | null = 1;
  let total = 0;
  while (page !== null) {
    const separator = query === '' ? '' : '&';
    const response: JsonResponse<CallPageBody> = await getJson<CallPageBody>(
      baseUrl,
      `/v1/call-log?${query}${separator}limit=100&page=${page}`,
    );
    if (response.status !== 200) throw new Error(`${response.status}: ${response.text}`);
    calls.push(...response.body.data);
    total = response.body.pagination.total;
    page = response.body.pagination.next;
  }
  return { calls, total };
}

/** The transcript markers the real service has been seen to embed (tab, SOH, BEL, ESC). */
export function hasEmbeddedControlChars(text: string | undefined): boolean {
  return ['\t', '\u0001', '\u0007', '\u001b'].some((char) => text?.includes(char) === true);
}

export function digits(text: string | undefined): string {
  return (text ?? '').replace(/\D/g, '');
}
