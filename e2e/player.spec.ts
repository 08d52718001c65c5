import { expect, test } from '@playwright/test';
import { fetchCallLog } from './support/simulator-api';
import { audioState } from './support/player';

// Long calls, so a recording is still playing while the test seeks around in it.
const LONG_CALLS = 'filters[has_recording]=true&filters[min_duration]=120';

test.describe('the app-wide player', () => {
  test('plays from a row; the keyboard seeks and changes speed', async ({ page }) => {
    await page.goto(`/?${LONG_CALLS}`);
    const firstRow = page.getByRole('table').getByRole('row').nth(1);
    await firstRow.getByRole('button', { name: /^Play recording/ }).click();

    await expect.poll(async () => (await audioState(page)).currentTime).toBeGreaterThan(0.5);
    await expect(firstRow).toContainText('Now playing');
    const player = page.getByRole('region', { name: 'Player' });
    await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();

    // Keys pressed outside any control: K pauses, so the offsets below are exact.
    await page.getByRole('heading', { name: 'Call log' }).click();
    await page.keyboard.press('k');
    await expect.poll(async () => (await audioState(page)).paused).toBe(true);
    const start = (await audioState(page)).currentTime;

    await page.keyboard.press('l');
    await expect.poll(async () => (await audioState(page)).currentTime).toBeCloseTo(start + 15, 1);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await audioState(page)).currentTime).toBeCloseTo(start + 10, 1);

    await page.keyboard.press('>');
    await expect.poll(async () => (await audioState(page)).playbackRate).toBe(1.25);
    await page.keyboard.press('<');
    await page.keyboard.press('<');
    await expect.poll(async () => (await audioState(page)).playbackRate).toBe(0.75);
    await expect(player.getByLabel('Speed')).toHaveValue('0.75');

    // Typing in a field is typing, not a shortcut.
    await page.getByRole('searchbox').first().fill('');
    await page.getByRole('searchbox').first().press('k');
    expect((await audioState(page)).paused).toBe(true);

    await page.getByRole('heading', { name: 'Call log' }).click();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Faster');
  });

  test('Play all moves on to the next call, across pages, when one ends', async ({
    page,
    request,
  }) => {
    // One short call per page: the queue has to fetch page 2 to go on.
    const list = 'filters[has_recording]=true&filters[max_duration]=4&sort=-started_at&limit=1';
    const expected = await fetchCallLog(request, `page=1&limit=2&${list.replace('&limit=1', '')}`);
    const [first, second] = expected.data;
    if (!first || !second) throw new Error('the simulator has too few short recordings');

    await page.goto(`/?${list}`);
    await page.getByRole('button', { name: 'Play all' }).click();
    await expect.poll(async () => (await audioState(page)).src).toBe(first.recording_url);
    await expect
      .poll(async () => (await audioState(page)).src, { timeout: 15_000 })
      .toBe(second.recording_url);
    await expect(page.getByRole('region', { name: 'Player' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Previous call' })).toBeVisible();
  });

  test('a recording that fails to load says so', async ({ page }) => {
    await page.route('**/recordings/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`/?${LONG_CALLS}`);
    await page
      .getByRole('table')
      .getByRole('row')
      .nth(1)
      .getByRole('button', { name: /^Play recording/ })
      .click();
    await expect(page.getByRole('region', { name: 'Player' })).toContainText(
      'Recording unavailable',
    );
  });

  test('a link with t= opens the call and plays from that second', async ({ page, request }) => {
    const [call] = (await fetchCallLog(request, `page=2&limit=1&${LONG_CALLS}`)).data;
    if (!call) throw new Error('no long call with a recording');

    await page.goto(`/?call=${call._id}&t=83`);
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect.poll(async () => (await audioState(page)).src).toBe(call.recording_url);
    await expect.poll(async () => (await audioState(page)).currentTime).toBeGreaterThanOrEqual(83);
    expect((await audioState(page)).currentTime).toBeLessThan(100);
  });
});
