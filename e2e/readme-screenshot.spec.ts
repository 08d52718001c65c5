import { expect, test } from '@playwright/test';
import {
  expectRowsMatchSimulator,
  recordCallLogRequests,
  waitForRows,
} from './support/call-explorer';
import { fetchScoredCalls, scoredCallsRequestOf } from './support/scored-calls-api';

// Writes the README's picture only when asked, so an ordinary run leaves the tree as it was.
const SCREENSHOT_PATH = 'docs/screenshot-call-log.png';
const isUpdating = process.env.UPDATE_SCREENSHOTS === '1';

test('README screenshot: the call log with a few filters set', async ({ page, request }) => {
  const requests = recordCallLogRequests(page);
  await page.goto('/?limit=25');
  await waitForRows(page);

  const sidebar = page.getByRole('complementary', { name: 'Filters' });
  await sidebar.getByRole('combobox', { name: 'Date range' }).selectOption('Last 30 days');
  await sidebar.getByRole('radio', { name: 'Answered', exact: true }).click();
  await sidebar.getByRole('radio', { name: 'Human' }).click();
  await page.getByRole('textbox', { name: 'Min duration' }).fill('1:00');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Filters (4 active)' })).toBeVisible();
  const answer = await expectRowsMatchSimulator(page, request, requests);
  expect(answer.data.length).toBeGreaterThan(0);
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');

  if (isUpdating) {
    await page.mouse.move(0, 0);
    // No focus ring or tooltip in the picture.
    await page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    });
    await page.screenshot({ path: SCREENSHOT_PATH });
  }
});

const COACHING_SCREENSHOT_PATH = 'docs/screenshot-coaching.png';

test('README screenshot: the coaching view with a scorecard open', async ({ page, request }) => {
  const search = 'limit=25';
  const answer = await fetchScoredCalls(request, scoredCallsRequestOf(`/coaching?${search}`));
  const record = answer.data.find((item) => item.insight?.total_score !== undefined);
  const callId = record?.call_log?._id;
  if (!record || callId === undefined) throw new Error('no scored call to show');

  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`/coaching?${search}&call=${callId}`);
  const scorecard = page.getByRole('dialog').getByRole('region', { name: 'Scorecard' });
  await expect(
    scorecard
      .getByRole('term')
      .filter({ hasText: /^Total score$/ })
      .locator('+ dd'),
  ).toHaveText(new RegExp(`^${String(record.insight?.total_score)}\\b`));
  const scoredTable = page.getByRole('table', { name: /^Scored calls/ });
  await expect(scoredTable).toHaveAttribute('aria-busy', 'false');
  await expect(scoredTable.locator('tbody tr[data-row-id]')).toHaveCount(answer.data.length);
  // The band chart is drawn (its code loads lazily) and every count is in.
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expect(page.getByText('Counting all matching calls…')).toHaveCount(0);

  if (isUpdating) {
    await page.mouse.move(0, 0);
    await scorecard.getByRole('heading', { name: 'Scorecard' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    });
    await page.screenshot({ path: COACHING_SCREENSHOT_PATH });
  }
});
