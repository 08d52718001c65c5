import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startLiveStack } from './support/live-stack';
import type { LiveStack } from './support/live-stack';

/**
 * Faults from the upstream, injected with the simulator's knobs behind the production server in
 * live mode. Each test loads page 1, breaks the upstream, asks for the last page (never
 * prefetched), and checks what the user sees, that the view recovers by itself, that the URL
 * holds, and how many requests reached the upstream. No timing assertions: states and counts.
 */

// The client's policy (src/lib/query-client.ts): one attempt plus at most three retries.
const MAX_ATTEMPTS = 4;
const CALLS = 500;

let stack: LiveStack;

test.beforeAll(async () => {
  stack = await startLiveStack({ calls: CALLS });
});

test.afterAll(async () => {
  await stack.close();
});

test.afterEach(() => {
  stack.setKnobs({ latencyMs: 0, errorRate: 0, dropRate: 0, rateLimit: null });
});

const LAST_PAGE = /[?&]page=50(&|$)/;

/** Page 1 of 10 rows, settled: its request, the prefetch of page 2 and the chart counts are done. */
async function openFirstPage(page: Page): Promise<{ errors: string[] }> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const before = stack.callLogRequests();
  await page.goto(`${stack.url}/?limit=10`);
  await expect(page.getByText(`1–10 of ${CALLS}`)).toBeVisible();
  await expect.poll(() => stack.callLogRequests()).toBe(before + 2);
  await expect(page.locator('[data-charts-status="complete"]')).toBeVisible();
  return { errors };
}

async function goToLastPage(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Last page' }).click();
  await expect(page).toHaveURL(LAST_PAGE);
  return page.url();
}

const rows = (page: Page) => page.getByRole('table').getByRole('row');
const banner = (page: Page) => page.getByTestId('calls-error');

async function expectRecovered(page: Page, url: string): Promise<void> {
  await expect(page.getByText(`491–500 of ${CALLS}`)).toBeVisible();
  await expect(banner(page)).toBeHidden();
  await expect(rows(page)).toHaveCount(11);
  expect(page.url()).toBe(url);
}

test('added latency: the old rows stay, marked as updating, until the new ones arrive', async ({
  page,
}) => {
  const { errors } = await openFirstPage(page);
  stack.setKnobs({ latencyMs: 1_500 });
  const url = await goToLastPage(page);
  await expect(page.getByRole('status').filter({ hasText: 'Updating…' })).toBeVisible();
  await expect(rows(page)).toHaveCount(11);
  await expectRecovered(page, url);
  await expect(page.getByText('Updating…')).toBeHidden();
  expect(errors).toEqual([]);
});

test('500s: a message while retrying, then recovery without a click', async ({ page }) => {
  const { errors } = await openFirstPage(page);
  stack.setKnobs({ errorRate: 1 });
  const before = stack.callLogRequests();
  const url = await goToLastPage(page);

  await expect(banner(page)).toContainText('The server failed to answer (HTTP 500)');
  await expect(banner(page)).toContainText('Retrying…');
  await expect(banner(page)).toContainText('Showing the last calls that loaded.');
  await expect(page.getByText(`1–10 of ${CALLS}`)).toBeHidden();
  await expect(rows(page)).toHaveCount(11);
  expect(page.url()).toBe(url);
  // At least one retry has gone out before the fault clears.
  await expect.poll(() => stack.callLogRequests() - before).toBeGreaterThanOrEqual(2);

  stack.setKnobs({ errorRate: 0 });
  await expectRecovered(page, url);
  expect(stack.callLogRequests() - before).toBeLessThanOrEqual(MAX_ATTEMPTS);
  expect(errors).toEqual([]);
});

test('429 with Retry-After: says when it retries, waits, then recovers', async ({
  page,
  request,
}) => {
  const { errors } = await openFirstPage(page);
  stack.setKnobs({ rateLimit: { requests: 1, windowSeconds: 2 } });
  // Someone else used this window's only request.
  expect((await request.get(`${stack.url}/api/v1/call-log?limit=1`)).status()).toBe(200);
  const before = stack.callLogRequests();
  const url = await goToLastPage(page);

  await expect(banner(page)).toContainText('Rate limited by Salesfinity.');
  await expect(banner(page)).toContainText(/Rate limited, retrying in [0-2] s\./);
  await expectRecovered(page, url);
  // It waited as asked: one refused attempt, then the one that passed (not a burst).
  expect(stack.callLogRequests() - before).toBeLessThanOrEqual(3);
  expect(errors).toEqual([]);
});

test('dropped connections: reported as unreachable, retried, recovered', async ({ page }) => {
  const { errors } = await openFirstPage(page);
  stack.setKnobs({ dropRate: 1 });
  const before = stack.callLogRequests();
  const url = await goToLastPage(page);

  await expect(banner(page)).toContainText('HTTP 502');
  await expect(banner(page)).toContainText('could not be reached');
  await expect(banner(page)).toContainText('Retrying…');
  await expect(rows(page)).toHaveCount(11);
  await expect.poll(() => stack.callLogRequests() - before).toBeGreaterThanOrEqual(2);

  stack.setKnobs({ dropRate: 0 });
  await expectRecovered(page, url);
  // The proxy sends a read once more when its connection is reset: two per browser attempt.
  expect(stack.callLogRequests() - before).toBeLessThanOrEqual(2 * MAX_ATTEMPTS);
  expect(errors).toEqual([]);
});

test('the upstream goes away mid-session and comes back', async ({ page }) => {
  const { errors } = await openFirstPage(page);
  await stack.stopUpstream();
  try {
    const url = await goToLastPage(page);
    await expect(banner(page)).toContainText('could not be reached');
    await expect(banner(page)).toContainText('Retrying…');
    await expect(banner(page)).toContainText('Showing the last calls that loaded.');
    // The last good rows stay on screen.
    await expect(rows(page)).toHaveCount(11);
    await expect(rows(page).nth(1)).toBeVisible();
    expect(page.url()).toBe(url);

    const before = stack.callLogRequests();
    await stack.startUpstream();
    await expectRecovered(page, url);
    // Back up: one attempt brings the page (a bounded few, never a storm).
    expect(stack.callLogRequests() - before).toBeLessThanOrEqual(MAX_ATTEMPTS);
  } finally {
    await stack.startUpstream().catch(() => undefined);
  }
  expect(errors).toEqual([]);
});
