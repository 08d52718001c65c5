import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { bodyRows } from './support/call-explorer';
import { audioState } from './support/player';
import { fetchCallLog } from './support/simulator-api';

/** What has focus: its name, the legend of its group, whether it is in a dialog, its body row's index. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const row = element instanceof HTMLTableRowElement ? element : null;
    return {
      name: element?.getAttribute('aria-label') ?? element?.textContent.trim() ?? '',
      legend: element?.closest('fieldset')?.querySelector('legend')?.textContent ?? '',
      inDialog: element?.closest('[role="dialog"]') !== null && element !== null,
      bodyRowIndex:
        row?.parentElement?.tagName === 'TBODY' ? [...row.parentElement.children].indexOf(row) : -1,
    };
  });
}

type Focused = Awaited<ReturnType<typeof focused>>;

/** Presses Tab (or Shift+Tab) until `matches` holds for what has focus; fails after `max` presses. */
async function tabTo(page: Page, what: string, matches: (focus: Focused) => boolean, max = 80) {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

const callParam = (page: Page) => new URL(page.url()).searchParams.get('call');

test('the whole task by keyboard: filter, move through the table, open a call, play it, close it', async ({
  page,
  request,
}) => {
  // Tab walks through the sidebar, the charts and the table: slower than a click-through test.
  test.setTimeout(60_000);
  await page.goto('/');
  await expect(bodyRows(page).first().getByRole('rowheader')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('filters[has_recording]')).toBeNull();
  // The sidebar's controls load after the first rows; until then its placeholder takes no focus.
  await expect(page.getByRole('group', { name: 'Has recording' })).toBeVisible();

  // The sidebar: Tab to the "Has recording" group (on "Any"), → picks "Yes".
  await tabTo(page, 'the Has recording group', (focus) => focus.legend === 'Has recording');
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => new URL(page.url()).searchParams.get('filters[has_recording]'))
    .toBe('true');
  const expected = (
    await fetchCallLog(request, 'page=1&limit=50&sort=-started_at&filters[has_recording]=true')
  ).data;
  const [first, second] = expected;
  if (!first || !second) throw new Error('the simulator has too few recorded calls');
  // The new rows are in: every one of them has a recording to play.
  await expect(page.getByRole('status').filter({ hasText: /Updating|Loading/ })).toHaveCount(0);
  await expect(bodyRows(page)).toHaveCount(expected.length);
  await expect(bodyRows(page).getByRole('button', { name: /^Play recording/ })).toHaveCount(
    expected.length,
  );

  // The table: Tab reaches the first row; ↓ and ↑ move between rows.
  await tabTo(page, 'the first row', (focus) => focus.bodyRowIndex >= 0);
  expect((await focused(page)).bodyRowIndex).toBe(0);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect((await focused(page)).bodyRowIndex).toBe(2);
  await page.keyboard.press('ArrowUp');
  const opener = bodyRows(page).nth(1);
  await expect(opener).toBeFocused();

  // Enter opens that row's call in the panel, which takes focus.
  await page.keyboard.press('Enter');
  await expect.poll(() => callParam(page)).toBe(second._id);
  const panel = page.getByRole('dialog');
  await expect(panel).toBeVisible();
  await expect.poll(async () => (await focused(page)).inDialog).toBe(true);

  // Tab to the panel's Play button; Space plays the recording.
  await tabTo(page, 'the panel’s Play button', (focus) => focus.name === 'Play recording', 10);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await audioState(page)).currentTime).toBeGreaterThan(0.3);
  expect((await audioState(page)).paused).toBe(false);
  expect((await audioState(page)).src).toBe(second.recording_url);
  await expect(panel.getByRole('button', { name: 'Pause recording' })).toBeFocused();

  // K pauses from anywhere, and plays again.
  await page.keyboard.press('k');
  await expect.poll(async () => (await audioState(page)).paused).toBe(true);
  await page.keyboard.press('k');
  await expect.poll(async () => (await audioState(page)).paused).toBe(false);

  // Escape closes the panel; focus goes back to the row that opened it; the recording plays on.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(callParam(page)).toBeNull();
  expect(new URL(page.url()).searchParams.get('filters[has_recording]')).toBe('true');
  await expect(opener).toBeFocused();
  expect((await audioState(page)).paused).toBe(false);
});
