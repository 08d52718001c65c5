import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';
import { bodyRows, recordCallLogRequests, expectRowsMatchSimulator } from './support/call-explorer';
import { fetchCallLog } from './support/simulator-api';

const localTime = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'America/New_York',
});

function utcTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

test.describe('call explorer table and layout', () => {
  // Each test is a whole journey of a user through the page: generous on a busy 2-core machine.
  test.describe.configure({ timeout: 60_000 });

  test('start time is local with the exact UTC on hover and keyboard focus; columns are remembered; the header sticks', async ({
    page,
    request,
  }) => {
    const expected = await fetchCallLog(request, 'page=1&limit=50&sort=-started_at');
    const [first, second, third] = expected.data.map((call) => String(call.started_at));
    if (!first || !second || !third) throw new Error('the simulator has fewer than three calls');
    await page.goto('/');
    const times = page.getByRole('table').getByRole('rowheader');
    await expect(times.first()).toHaveText(localTime.format(new Date(first)));

    // Keyboard: from the toolbar, Tab reaches the first row (past the sortable headers). The
    // Columns button waits disabled, so unfocusable, until its menu's code arrives after the rows.
    const columnsButton = page.getByRole('button', { name: 'Columns' });
    await expect(columnsButton).toBeEnabled();
    await columnsButton.focus();
    for (let presses = 0; presses < 6; presses++) {
      await page.keyboard.press('Tab');
      if (
        await times
          .first()
          .locator('time')
          .evaluate((time) => time === document.activeElement)
      )
        break;
    }
    await expect(times.first().locator('time')).toBeFocused();
    // The next row's time is a Tab or two further (past its play button, when it has a
    // recording), and focus shows its exact UTC instant. (The first row's tooltip is closed again
    // by the table box scrolling back from the Duration header: Radix closes tooltips on scroll.)
    for (let presses = 0; presses < 3; presses++) {
      await page.keyboard.press('Tab');
      if (
        await times
          .nth(1)
          .locator('time')
          .evaluate((time) => time === document.activeElement)
      )
        break;
    }
    await expect(times.nth(1).locator('time')).toBeFocused();
    await expect(page.getByRole('tooltip')).toHaveText(utcTime(second));
    await page.keyboard.press('Escape');

    await times.nth(2).locator('time').hover();
    await expect(page.getByRole('tooltip')).toHaveText(utcTime(third));

    // Hiding a column is a preference of this browser: it survives a reload, and stays out of the URL.
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Notes' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('columnheader', { name: 'Notes' })).toBeHidden();
    await page.reload();
    await expect(times.first()).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Contact' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Notes' })).toBeHidden();
    expect(new URL(page.url()).search).toBe('');

    // The header row stays at the top of the table's scroll box.
    const box = page.getByRole('table').locator('xpath=..');
    await box.evaluate((element) => {
      element.scrollTop = 600;
    });
    await expect(bodyRows(page).first()).not.toBeInViewport();
    // Both read in one frame: the charts above may still be settling and move the box.
    await expect
      .poll(() =>
        box.evaluate((element) => {
          const header = element.querySelector('thead th');
          if (header === null) return Number.NaN;
          return Math.abs(header.getBoundingClientRect().top - element.getBoundingClientRect().top);
        }),
      )
      .toBeLessThan(3);
  });

  test('no serious axe violations with the sidebar open, wide and narrow; the narrow layout collapses', async ({
    page,
    request,
  }, testInfo) => {
    const requests = recordCallLogRequests(page);
    await page.goto('/?filters[outcome]=answered&filters[disposition_ids][]=1');
    await expect(page.getByRole('heading', { name: 'Filters (2 active)' })).toBeVisible();
    await expect(bodyRows(page).first()).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.setViewportSize({ width: 400, height: 800 });
    const toggle = page.getByRole('button', { name: 'Filters (2 active)' });
    await expect(toggle).toBeVisible();
    // Nothing but the table's own scroll box is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      400,
    );
    await testInfo.attach('narrow', { body: await page.screenshot(), contentType: 'image/png' });

    await toggle.click();
    const drawer = page.getByRole('dialog', { name: /^Filters/ });
    await expect(drawer).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await drawer.getByRole('radio', { name: 'Inbound' }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('filters[direction]'))
      .toBe('inbound');
    await drawer.getByRole('button', { name: 'Show calls' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('button', { name: 'Filters (3 active)' })).toBeVisible();
    await expectRowsMatchSimulator(page, request, requests);
  });
});
