import { expect, test } from '@playwright/test';

const VIEW = '/?sort=-duration&filters[outcome]=answered';

test('a saved view survives a reload, opens its URL, and can be renamed and deleted', async ({
  page,
  context,
}) => {
  // Three page loads on a shared two-core machine.
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(VIEW);
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByLabel('Name this view').fill('Longest answered');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByRole('link', { name: 'Longest answered' })).toBeVisible();

  // A fresh page load: the view comes back from storage, not from memory.
  await page.goto('/');
  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByRole('link', { name: 'Longest answered' }).click();
  await expect(page).toHaveURL(VIEW);
  await expect(page.getByText('Sorted by Duration, longest first').first()).toBeVisible();

  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByRole('button', { name: 'Rename Longest answered' }).click();
  await page.getByLabel('New name for Longest answered').fill('Long calls');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('link', { name: 'Long calls' })).toHaveAttribute('href', VIEW);

  await page.getByRole('button', { name: 'Delete Long calls' }).click();
  await expect(page.getByText('No saved views yet.')).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Saved views' }).click();
  await expect(page.getByText('No saved views yet.')).toBeVisible();
});
