import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';
import { bodyRows } from './support/call-explorer';
import { audioState } from './support/player';

/**
 * axe in the states accessibility.spec.ts does not reach: the whole call log at once (charts
 * counted, a recording playing, the Columns menu open), the saved-views popover, the shortcut
 * overlay, the team view sorted, empty and failing, and the coaching view with rows, empty and
 * failing. The call panel with the player
 * (call-panel.spec.ts) and the export dialog (export.spec.ts) are checked where they are tested.
 */

test('call log: charts, a playing recording, the Columns menu, saved views and the shortcut overlay', async ({
  page,
}) => {
  // Three axe runs over a full page on a two-core machine.
  test.setTimeout(60_000);
  await page.goto('/?filters[has_recording]=true&limit=10');
  const charts = page.getByRole('region', { name: 'Summary of all matching calls' });
  await expect(charts).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await bodyRows(page)
    .first()
    .getByRole('button', { name: /^Play recording/ })
    .click();
  await expect.poll(async () => (await audioState(page)).currentTime).toBeGreaterThan(0.1);
  await expect(page.getByRole('region', { name: 'Player' })).toBeVisible();

  await page.getByRole('button', { name: 'Columns' }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitemcheckbox').first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  await page.getByRole('button', { name: 'Saved views' }).click();
  const savedViews = page.getByRole('dialog', { name: 'Saved views' });
  await expect(savedViews.getByLabel('Name this view')).toBeVisible();
  await expectNoSeriousAxeViolations(page, '.saved-views');
  await page.keyboard.press('Escape');
  await expect(savedViews).toBeHidden();

  await page.getByRole('heading', { name: 'Call log' }).click();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row')).not.toHaveCount(0);
  // A modal: axe sees it and whatever it leaves exposed.
  await expectNoSeriousAxeViolations(page);
});

test('team view: a sorted leaderboard, then no reps, then a failure', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/team');
  const leaderboard = page.getByRole('table');
  await expect(leaderboard.getByRole('row').nth(1)).toBeVisible();
  const meetings = page.getByRole('columnheader', { name: /^Meetings/ });
  await meetings.getByRole('button').click();
  await expect(meetings).toHaveAttribute('aria-sort', /ascending|descending/);
  await expect(
    page.getByRole('list', { name: 'Team overview' }).getByRole('listitem').first(),
  ).toContainText('previous period');
  await expectNoSeriousAxeViolations(page);

  // No reps: every leaderboard answer is empty from here on.
  await page.route(/\/api\/v1\/analytics\/sdr-performance/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"data":[]}' }),
  );
  await page.goto('/team?start_date=2020-01-01T05:00:00.000Z&end_date=2020-01-08T05:00:00.000Z');
  await expect(page.getByText('No reps made calls in this period.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, '.team-page');

  // A failure that retrying would not fix: the alert shows at once.
  await page.unrouteAll();
  await page.route(/\/api\/v1\/analytics\//, (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: '{"statusCode":400,"message":"Bad Request"}',
    }),
  );
  await page.reload();
  await expect(page.getByText('The leaderboard could not be loaded.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, '.team-page');
});

test('coaching view: scored calls, then none, then a failure', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/coaching?limit=10');
  const table = page.getByRole('table', { name: /^Scored calls/ });
  await expect(table.locator('tbody tr[data-row-id]').first()).toBeVisible();
  await expect(table).toHaveAttribute('aria-busy', 'false');
  await expectNoSeriousAxeViolations(page);

  // No scored calls: every answer is empty from here on.
  await page.route(/\/api\/v1\/scored-calls/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"data":[],"pagination":{"total":0,"page":1,"limit":10,"pages":0}}',
    }),
  );
  await page.goto('/coaching?limit=10&min_score=99');
  await expect(page.getByText('No scored calls match these filters.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, '.coaching-page');

  // A failure that retrying would not fix: the alert shows at once.
  await page.unrouteAll();
  await page.route(/\/api\/v1\/scored-calls/, (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: '{"statusCode":400,"message":"Bad Request"}',
    }),
  );
  await page.reload();
  await expect(page.getByText('Salesfinity refused this request.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, '.coaching-page');
});
