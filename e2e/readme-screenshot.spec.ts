import { expect, test } from '@playwright/test';
import {
  expectRowsMatchSimulator,
  recordCallLogRequests,
  waitForRows,
} from './support/call-explorer';

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
