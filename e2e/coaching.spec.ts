import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';
import type { RawScoredCallPage } from './support/scored-calls-api';
import { fetchScoredCalls, scoreText, scoredCallsRequestOf } from './support/scored-calls-api';

/**
 * The coaching page through the proxy and the simulator: every filter set through the UI writes
 * the URL in the API's vocabulary, and the rows on screen (their count, order and scores) are the
 * simulator's answer to that URL's request, asked for separately.
 */

const scoredTable = (page: Page) => page.getByRole('table', { name: /^Scored calls/ });
const bodyRows = (page: Page) => scoredTable(page).locator('tbody tr[data-row-id]');

/** The URL's search params, for checks on single keys. */
const paramsOf = (page: Page) => new URL(page.url()).searchParams;

/** The rows on screen equal the simulator's answer for the page's URL. */
async function expectRowsMatchSimulator(
  page: Page,
  request: APIRequestContext,
): Promise<RawScoredCallPage> {
  const expected = await fetchScoredCalls(request, scoredCallsRequestOf(page.url()));
  const ids = expected.data.map((record) => record._id);
  // The previous page stays on screen while the next loads: wait until these are the rows.
  await expect
    .poll(() =>
      bodyRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id'))),
    )
    .toEqual(ids);
  await expect(scoredTable(page)).toHaveAttribute('aria-busy', 'false');
  await expect(bodyRows(page).locator('td[data-column-id="score"]')).toHaveText(
    expected.data.map(scoreText),
  );
  if (expected.data.length > 0) {
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(
      `of ${expected.pagination.total.toLocaleString('en-US')}`,
    );
  }
  return expected;
}

/** Local midnight `daysBack` days before today, and today's last millisecond, in the browser. */
function localDayBounds(page: Page, daysBack: number) {
  return page.evaluate((back) => {
    const now = new Date();
    const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back);
    const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    const day = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
    return { start: start.toISOString(), end: new Date(end.getTime() - 1).toISOString(), day };
  }, daysBack);
}

test('page size, page and sort set through the UI change the URL and the rows', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  await page.goto('/coaching');
  await expect(page.getByRole('heading', { level: 1, name: 'Coaching' })).toBeVisible();
  const first = await expectRowsMatchSimulator(page, request);
  expect(first.pagination.total).toBeGreaterThan(50);

  await page.getByLabel('Rows per page').selectOption('25');
  await expect(page).toHaveURL(/\/coaching\?limit=25$/);
  await expectRowsMatchSimulator(page, request);

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/coaching\?page=2&limit=25$/);
  await expectRowsMatchSimulator(page, request);

  // Newest first is the default: a click on Scored turns it to oldest first, on page 1.
  await scoredTable(page).getByRole('button', { name: 'Scored' }).click();
  await expect(page).toHaveURL(/\/coaching\?limit=25&sort=createdAt$/);
  await expect(scoredTable(page).getByRole('columnheader', { name: 'Scored' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expectRowsMatchSimulator(page, request);

  await scoredTable(page).getByRole('button', { name: 'Updated' }).click();
  await expect(page).toHaveURL(/\/coaching\?limit=25&sort=-updatedAt$/);
  await expectRowsMatchSimulator(page, request);

  // Back walks the same steps: each was a history entry.
  await page.goBack();
  await expect(page).toHaveURL(/\/coaching\?limit=25&sort=createdAt$/);
  await expectRowsMatchSimulator(page, request);
});

test('period, rep and score range set through the UI change the URL and the rows', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.goto('/coaching?limit=25');
  await expectRowsMatchSimulator(page, request);

  await page.getByLabel('Period').selectOption({ label: 'Last 30 days' });
  const month = await localDayBounds(page, 29);
  await expect.poll(() => paramsOf(page).get('start_date')).toBe(month.start);
  expect(paramsOf(page).get('end_date')).toBe(month.end);
  const inMonth = await expectRowsMatchSimulator(page, request);
  expect(inMonth.data.length).toBeGreaterThan(0);

  // A day typed in From: its local midnight, the end kept.
  const twoWeeks = await localDayBounds(page, 14);
  await page.getByLabel('From').fill(twoWeeks.day);
  await expect.poll(() => paramsOf(page).get('start_date')).toBe(twoWeeks.start);
  expect(paramsOf(page).get('end_date')).toBe(month.end);
  await expectRowsMatchSimulator(page, request);

  const rep = page.getByLabel('Rep', { exact: true });
  await expect(rep.locator('option')).not.toHaveCount(1);
  const repId = await rep.locator('option').nth(1).getAttribute('value');
  await rep.selectOption({ index: 1 });
  await expect.poll(() => paramsOf(page).get('user_id')).toBe(repId);
  await expectRowsMatchSimulator(page, request);

  // Without the period, so the score ranges have calls to narrow.
  await page.getByLabel('Period').selectOption({ label: 'Any time' });
  await expect.poll(() => paramsOf(page).has('start_date')).toBe(false);
  expect(paramsOf(page).get('user_id')).toBe(repId);
  await expectRowsMatchSimulator(page, request);

  await page.getByRole('button', { name: '70+' }).click();
  await expect.poll(() => paramsOf(page).get('min_score')).toBe('70');
  const high = await expectRowsMatchSimulator(page, request);
  expect(high.data.length).toBeGreaterThan(0);
  for (const record of high.data) expect(record.insight?.total_score).toBeGreaterThanOrEqual(70);

  const max = page.getByLabel('Max score');
  await max.fill('85');
  await max.press('Enter');
  await expect.poll(() => paramsOf(page).get('max_score')).toBe('85');
  expect(paramsOf(page).get('min_score')).toBe('70');
  await expectRowsMatchSimulator(page, request);

  // A maximum below the minimum is refused, with the reason, and the URL stays.
  await max.fill('60');
  await max.press('Enter');
  await expect(page.getByText('The minimum must not be above the maximum.')).toBeVisible();
  expect(paramsOf(page).get('max_score')).toBe('85');

  await page.getByRole('button', { name: 'Below 50' }).click();
  await expect.poll(() => paramsOf(page).get('max_score')).toBe('49');
  expect(paramsOf(page).has('min_score')).toBe(false);
  await expect(page.getByLabel('Max score')).toHaveValue('49');
  await expectRowsMatchSimulator(page, request);

  // Needs review: the last 7 days (today included) and a score of 50 or less, the rep kept.
  await page.getByRole('button', { name: 'Needs review' }).click();
  const week = await localDayBounds(page, 6);
  await expect.poll(() => paramsOf(page).get('max_score')).toBe('50');
  expect(paramsOf(page).get('start_date')).toBe(week.start);
  expect(paramsOf(page).has('end_date')).toBe(false);
  expect(paramsOf(page).get('user_id')).toBe(repId);
  await expectRowsMatchSimulator(page, request);
});

test('a deep link restores the view: filters shown, sort, page and rows', async ({
  page,
  request,
}) => {
  const team = (await (await request.get('/api/v1/team')).json()) as {
    users: { user: { _id: string; first_name?: string; last_name?: string } }[];
  };
  // A rep with more than one page of 10 scores from 50 to 69, so page 2 has rows.
  let link: string | undefined;
  let member: { _id: string } | undefined;
  for (const { user } of team.users) {
    const candidate = `/coaching?page=2&limit=10&sort=updatedAt&min_score=50&max_score=69&user_id=${user._id}`;
    const answer = await fetchScoredCalls(request, scoredCallsRequestOf(candidate));
    if (answer.data.length > 0) {
      link = candidate;
      member = user;
      break;
    }
  }
  if (link === undefined || member === undefined) throw new Error('no rep has 11 such scores');
  const expected = await fetchScoredCalls(request, scoredCallsRequestOf(link));

  await page.goto(link);
  await expectRowsMatchSimulator(page, request);
  await expect(page.getByLabel('Rep', { exact: true })).toHaveValue(member._id);
  await expect(page.getByLabel('Min score')).toHaveValue('50');
  await expect(page.getByLabel('Max score')).toHaveValue('69');
  await expect(page.getByRole('button', { name: '50–69' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Period')).toHaveValue('any');
  await expect(page.getByLabel('Rows per page')).toHaveValue('10');
  await expect(scoredTable(page).getByRole('columnheader', { name: 'Updated' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('11–');
  for (const record of expected.data) {
    const score = record.insight?.total_score;
    if (score !== undefined) expect(score).toBeGreaterThanOrEqual(50);
    if (score !== undefined) expect(score).toBeLessThanOrEqual(69);
  }
  // No ignored-parameters notice: everything in the link was used.
  await expect(page.getByText('Part of this link could not be used')).toHaveCount(0);
});

test('a mistyped link still renders, names what was ignored, and Dismiss cleans the URL', async ({
  page,
  request,
}) => {
  await page.goto('/coaching?min_score=abc&max_score=30&sort=-score&limit=10&utm_source=mail');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Part of this link could not be used' });
  await expect(notice).toContainText(
    'Ignored 3 parts of the link: min_score=abc (“min_score” must be a whole number from 0 to 100); ' +
      'sort=-score (“sort” must be createdAt or updatedAt, with “-” in front for descending); ' +
      'utm_source=mail (unknown parameter).',
  );
  // What could be used still applies.
  await expect(page.getByLabel('Max score')).toHaveValue('30');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page).toHaveURL(/\/coaching\?limit=10&max_score=30$/);
  await expect(notice).toHaveCount(0);
  await expectRowsMatchSimulator(page, request);
});

test('a row opens its call in the panel, with the filters kept; closing drops it from the URL; axe is clean', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  await page.goto('/coaching?limit=10&min_score=60');
  const expected = await expectRowsMatchSimulator(page, request);
  await expectNoSeriousAxeViolations(page);

  const record = expected.data[0];
  const callId = record?.call_log?._id;
  if (!record || callId === undefined) throw new Error('no call on the first row');
  await bodyRows(page).first().locator('td[data-column-id="duration"]').click();
  await expect(page).toHaveURL(new RegExp(`/coaching\\?limit=10&min_score=60&call=${callId}$`));
  const panel = page.getByRole('dialog');
  await expect(panel).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await panel.getByRole('button', { name: 'Close call details' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page).toHaveURL(/\/coaching\?limit=10&min_score=60$/);

  // Enter on a focused row opens it too.
  await bodyRows(page).nth(1).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => paramsOf(page).get('call')).toBe(expected.data[1]?.call_log?._id);
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('the header links to Coaching', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Coaching' })
    .click();
  await expect(page).toHaveURL(/\/coaching$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Coaching' })).toBeVisible();
});

test('a refused request keeps the last rows on screen and says what happened', async ({
  page,
  request,
}) => {
  await page.goto('/coaching?limit=10');
  const before = await expectRowsMatchSimulator(page, request);
  await page.route(/\/api\/v1\/scored-calls/, (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: '{"statusCode":400,"message":"min_score is not allowed today","error":"Bad Request"}',
    }),
  );
  await page.getByRole('button', { name: '70+' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Salesfinity refused this request.');
  await expect(alert).toContainText('min_score is not allowed today');
  await expect(alert).toContainText('Showing the last scored calls that loaded.');
  await expect(
    bodyRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id'))),
  ).resolves.toEqual(before.data.map((record) => record._id));

  await page.unrouteAll();
  await page.getByRole('button', { name: 'Any score' }).click();
  await expect(alert).toHaveCount(0);
  await expectRowsMatchSimulator(page, request);
});
