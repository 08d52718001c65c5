import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page, Route } from '@playwright/test';
import Papa from 'papaparse';
import { parseLenientJson } from '../contract/lenient-json.ts';
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

test('an upstream failure part-way says so, saves nothing, and Retry exports the whole set', async ({
  page,
}) => {
  let isUpstreamDown = true;
  let page2Attempts = 0;
  await page.route('**/api/v1/call-log?*', async (route) => {
    const url = new URL(route.request().url());
    if (url.searchParams.get('limit') === '100' && url.searchParams.get('page') === '2') {
      page2Attempts += 1;
      if (isUpstreamDown) {
        // Retry-After: 0 lets the app's retries run at once; whether to retry is still its policy's.
        await route.fulfill({
          status: 503,
          headers: { 'retry-after': '0' },
          json: { statusCode: 503, message: 'Upstream unavailable' },
        });
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
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('The export stopped part-way.');
  await expect(alert).toContainText('HTTP 503');
  await expect(alert).toContainText('Upstream unavailable');
  await expect(alert).toContainText('No file was saved.');
  // The first attempt and the three retries the table's queries also get.
  expect(page2Attempts).toBe(4);
  expect(downloads).toBe(0);

  isUpstreamDown = false;
  const { text } = await readDownload(page, () =>
    dialog.getByRole('button', { name: 'Retry' }).click(),
  );
  const rows = Papa.parse(text, { header: true, skipEmptyLines: true }).data;
  expect(rows.length).toBeGreaterThan(100);
});

test('Cancel stops the requests and saves nothing', async ({ page }) => {
  const isExportPage = (url: URL) =>
    url.pathname === '/api/v1/call-log' && url.searchParams.get('limit') === '100';
  const exportRequests: string[] = [];
  const heldRoutes: Route[] = [];
  const abortedRequests: string[] = [];
  page.on('requestfailed', (request) => {
    if (isExportPage(new URL(request.url()))) abortedRequests.push(request.url());
  });
  await page.route('**/api/v1/call-log?*', async (route) => {
    const url = new URL(route.request().url());
    if (!isExportPage(url)) {
      await route.continue();
      return;
    }
    exportRequests.push(url.searchParams.get('page') ?? '');
    // Page 1 answers, so the export knows its size; the pages after it wait for the test.
    if (url.searchParams.get('page') === '1') await route.continue();
    else heldRoutes.push(route);
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
  await expect.poll(() => heldRoutes.length).toBeGreaterThanOrEqual(2);
  await expectNoSeriousAxeViolations(page);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  const sentBeforeCancel = exportRequests.length;
  // The page itself aborts every request the export had in flight.
  await expect.poll(() => abortedRequests.length).toBe(heldRoutes.length);
  // Answered now, an export still running would go on to its next pages.
  for (const route of heldRoutes) await route.continue().catch(() => undefined);
  // The app's requests queue first in, first out: a new export's first page goes out only after
  // anything the cancelled one still had queued, so it must be the very next export request.
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect.poll(() => exportRequests.length).toBeGreaterThan(sentBeforeCancel);
  expect(exportRequests[sentBeforeCancel]).toBe('1');
  expect(sentBeforeCancel).toBeLessThan(50);
  expect(downloads).toBe(0);
});
