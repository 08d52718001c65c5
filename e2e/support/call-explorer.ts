import { expect } from '@playwright/test';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { fetchCallLog } from './simulator-api';
import type { RawCall } from './simulator-api';

const CALL_LOG_PATH = '/api/v1/call-log';

// The dashboard's defaults, which its URL leaves out but its request always carries.
const REQUEST_DEFAULTS = { page: '1', limit: '50', sort: '-started_at' } as const;

// URL keys the dashboard keeps for itself; they never reach the API.
const UI_KEYS = new Set(['call', 't']);

/** A query as sorted `key=value` pairs: two requests are the same when these are equal. */
function canonicalQuery(params: URLSearchParams): string {
  return [...params]
    .map(([key, value]) => new URLSearchParams([[key, value]]).toString())
    .sort()
    .join('&');
}

/** The call-log request a calls-page URL stands for: its filters, sort and paging, defaults filled in. */
export function requestQueryOf(pageUrl: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of new URL(pageUrl).searchParams) {
    if (!UI_KEYS.has(key)) params.append(key, value);
  }
  for (const [key, value] of Object.entries(REQUEST_DEFAULTS)) {
    if (!params.has(key)) params.set(key, value);
  }
  return canonicalQuery(params);
}

/** Every call-log query the page sends from now on, canonical, in order. */
export function recordCallLogRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    // Chart counts (limit=1) are the charts' business: see charts.spec.ts.
    if (url.pathname === CALL_LOG_PATH && url.searchParams.get('limit') !== '1') {
      seen.push(canonicalQuery(url.searchParams));
    }
  });
  return seen;
}

/** The filter, sort and paging params of the page's URL, decoded, in URL order. */
export function urlParams(page: Page): [string, string][] {
  return [...new URL(page.url()).searchParams];
}

export function bodyRows(page: Page): Locator {
  return page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('row');
}

export function pagerRange(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Pagination' }).locator('p');
}

function contactName(call: RawCall): string | undefined {
  const contact = call.contact as { first_name?: string; last_name?: string } | undefined;
  const name = [contact?.first_name, contact?.last_name].filter(Boolean).join(' ');
  return name === '' ? undefined : name;
}

function formatRange(page: number, limit: number, total: number): string {
  const start = (page - 1) * limit + 1;
  const end = Math.min(page * limit, total);
  const count = (value: number) => value.toLocaleString('en-US');
  return `${count(start)}–${count(end)} of ${count(total)}`;
}

/**
 * The page asked the API for exactly what its URL says, and shows what the simulator answers for
 * that query: the pager's range and total, the row count, and the first rows' contacts, in order.
 * Returns the simulator's answer for further checks.
 */
export async function expectRowsMatchSimulator(
  page: Page,
  request: APIRequestContext,
  requests: readonly string[],
) {
  const query = requestQueryOf(page.url());
  await expect
    .poll(() => requests, { message: `a call-log request for ${query}` })
    .toContain(query);

  const answer = await fetchCallLog(request, query);
  const { total, page: pageNumber, limit } = answer.pagination;
  if (answer.data.length === 0) {
    await expect(page.getByText(/^No calls (match these filters|on this page)\.$/)).toBeVisible();
    return answer;
  }
  await expect(pagerRange(page)).toHaveText(formatRange(pageNumber, limit, total));
  const rows = bodyRows(page);
  await expect(rows).toHaveCount(answer.data.length);
  for (const [index, call] of answer.data.slice(0, 5).entries()) {
    const name = contactName(call);
    if (name !== undefined) await expect(rows.nth(index)).toContainText(name);
  }
  return answer;
}

/** How many entries the tab's history has: pushes add one, replaces do not. */
export function historyLength(page: Page): Promise<number> {
  return page.evaluate(() => window.history.length);
}

/** The start of the table: a first row of data is on screen. */
export async function waitForRows(page: Page): Promise<void> {
  await expect(bodyRows(page).first().getByRole('rowheader')).toBeVisible();
}
