import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';

/**
 * axe in each state the call explorer has today: filled sidebar, an open option list, the
 * narrow-screen filter drawer, an empty result, a link with ignored parts, a failing upstream.
 * (The call panel, player and team view arrive from other branches and get their own checks.)
 */

const table = (page: Page) => page.getByRole('table');

test('sidebar with active filters, and an open option list', async ({ page }) => {
  await page.goto('/?limit=10&filters[outcome]=answered&filters[direction]=outbound');
  await expect(table(page).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Filters \(2 active\)$/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: /^Dispositions/ }).click();
  const list = page.getByRole('listbox', { name: 'Dispositions' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
});

test('the filter drawer on a narrow screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/?limit=10');
  await expect(table(page).getByRole('row').nth(1)).toBeVisible();
  await page.getByRole('button', { name: /^Filters/ }).click();
  await expect(page.getByRole('dialog', { name: /^Filters/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('an empty result and a link with ignored parts', async ({ page }) => {
  await page.goto('/?limit=10&filters[search]=zzzz-no-such-caller&limit=abc&colour=blue');
  await expect(page.getByText('No calls match these filters.')).toBeVisible();
  await expect(page.getByText('Part of this link could not be used')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('the error banner while retrying a failing upstream', async ({ page }) => {
  await page.route(/\/api\/v1\/call-log(\?|$)/, (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: '{"statusCode":503,"message":"Service Unavailable"}',
    }),
  );
  await page.goto('/?limit=10');
  await expect(page.getByTestId('calls-error')).toContainText('HTTP 503');
  await expectNoSeriousAxeViolations(page);
});
