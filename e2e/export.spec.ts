import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page, Route } from '@playwright/test';
import Papa from 'papaparse';
import { parseLenientJson } from '../src/lib/lenient-json.ts';
import { expectNoSeriousAxeViolations } from './support/axe';
import { fetchCallLog } from './support/simulator-api';
import type { RawCall } from './support/simulator-api';

/** A bare UTC date `days` before today: the simulator's data is generated relative to now. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

// Notes of dispositions 3 ("Not interested, happy with…") and 8 ("Great conversation, follow up…")
// carry commas; two months of them span a few pages.
const START = daysAgo(60);
const END = daysAgo(0);
const FILTERS = `filters[start_date]=${START}&filters[end_date]=${END}&filters[disposition_ids][]=3&filters[disposition_ids][]=8`;

/** Quotes and line breaks, which the simulator never writes, added to every call's notes. */
const NOTE_SUFFIX = '\nShe said "call me, maybe"\r\nend';

async function allPages(request: Parameters<typeof fetchCallLog>[0]): Promise<RawCall[]> {
  const rows: RawCall[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchCallLog(
      request,
      `page=${page}&limit=100&sort=-started_at&${FILTERS}`,
    );
    rows.push(...result.data);
    if (result.pagination.next === null) return rows;
  }
}

async function withTrickyNotes(route: Route): Promise<void> {
  const response = await route.fetch();
  const body = parseLenientJson(await response.text()) as { data: RawCall[] };
  for (const call of body.data) {
    if (typeof call.notes === 'string') call.notes += NOTE_SUFFIX;
  }
  await route.fulfill({ response, json: body });
}

async function readDownload(page: Page, start: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  const text = await readFile(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), text };
}

test('the CSV holds exactly the filtered calls, with commas, quotes and line breaks intact', async ({
  page,
  request,
}) => {
  const expected = await allPages(request);
  expect(expected.length).toBeGreaterThan(100);
  await page.route('**/api/v1/call-log?*', withTrickyNotes);
  await page.goto(`/?${FILTERS}`);
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();

  const { name, text } = await readDownload(page, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  );
  expect(name).toBe(`calls_${START}_to_${END}.csv`);
  await expect(page.getByRole('dialog').getByRole('status')).toContainText(
    `Saved ${expected.length.toLocaleString('en-US')} calls`,
  );

  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.map((row) => row.id)).toEqual(expected.map((call) => call._id));
  const notes = expected.map((call) =>
    typeof call.notes === 'string' ? `${call.notes}${NOTE_SUFFIX}` : '',
  );
  expect(parsed.data.map((row) => row.notes)).toEqual(notes);
  expect(notes.some((note) => note.includes(', '))).toBe(true);
  const companies = expected.map((call) => {
    const contact = call.contact as { company?: string } | undefined;
    return contact?.company ?? '';
  });
  expect(parsed.data.map((row) => row.company)).toEqual(companies);
  expect(parsed.data.map((row) => row.duration_seconds)).toEqual(
    expected.map((call) =>
      typeof call.duration === 'number' ? String(Math.round(call.duration)) : '',
    ),
  );
});

test('a failure part-way saves nothing and Retry exports the whole set', async ({ page }) => {
  let failures = 0;
  await page.route('**/api/v1/call-log?*', async (route) => {
    const url = new URL(route.request().url());
    if (url.searchParams.get('limit') === '100' && url.searchParams.get('page') === '2') {
      if (failures === 0) {
        failures += 1;
        // A 400 is not retried, so the failure shows at once.
        await route.fulfill({ status: 400, json: { statusCode: 400, message: 'limit' } });
        return;
      }
    }
    await route.continue();
  });
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  await page.goto(`/?${FILTERS}`);
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  await expect(dialog.getByRole('alert')).toContainText('No file was saved.');
  expect(downloads).toBe(0);

  const { text } = await readDownload(page, () =>
    dialog.getByRole('button', { name: 'Retry' }).click(),
  );
  const rows = Papa.parse(text, { header: true, skipEmptyLines: true }).data;
  expect(rows.length).toBeGreaterThan(100);
});

test('Cancel stops the requests and saves nothing', async ({ page }) => {
  const exportRequests: string[] = [];
  await page.route('**/api/v1/call-log?*', async (route) => {
    const url = new URL(route.request().url());
    if (url.searchParams.get('limit') !== '100') {
      await route.continue();
      return;
    }
    exportRequests.push(url.searchParams.get('page') ?? '');
    // Slow enough that the export is still running when Cancel is clicked.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue().catch(() => undefined);
  });
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  await page.goto('/');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  await expect(dialog.getByRole('status')).toContainText('100 of 5,000 calls fetched');
  await expect.poll(() => exportRequests.length).toBeGreaterThanOrEqual(2);
  await expectNoSeriousAxeViolations(page);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  const sentBeforeCancel = exportRequests.length;
  // Longer than a delayed answer: a running export would have sent its next pages by now.
  await page.waitForTimeout(2_500);
  expect(exportRequests.length).toBe(sentBeforeCancel);
  expect(sentBeforeCancel).toBeLessThan(50);
  expect(downloads).toBe(0);
});
