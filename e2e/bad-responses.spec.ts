import { expect, test } from '@playwright/test';
import type { Page, Route } from '@playwright/test';

/**
 * Bodies the call-log endpoint should never send, put in the browser's way with page.route: the
 * page must stay up, show rows with gaps where a row is usable, and an error where nothing is.
 */

const CALL_LOG = /\/api\/v1\/call-log(\?|$)/;

async function answerCallLog(page: Page, respond: (route: Route) => Promise<void>): Promise<void> {
  await page.route(CALL_LOG, respond);
}

function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const unusable: { name: string; contentType: string; body: string }[] = [
  {
    name: 'an HTML error page',
    contentType: 'text/html',
    body: '<!DOCTYPE html><html><head><title>Bad Gateway</title></head><body><h1>502</h1></body></html>',
  },
  { name: 'an empty body', contentType: 'application/json', body: '' },
  {
    name: 'a truncated body',
    contentType: 'application/json',
    body: '{"data":[{"_id":"65a000000000000000000001","outcome":"answ',
  },
];

for (const { name, contentType, body } of unusable) {
  test(`${name} with status 200 shows an error, not a blank page`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await answerCallLog(page, (route) => route.fulfill({ status: 200, contentType, body }));
    await page.goto('/?limit=10');
    const banner = page.getByTestId('calls-error');
    await expect(banner).toContainText('The server sent a response the dashboard could not read.');
    // A manual retry is offered; the rest of the page still works.
    await expect(banner.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Call log' })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}

const CONTROL_CHARACTERS = 'line one\u0001\u0002\u001f\nline two\ttabbed';

test('malformed rows render with gaps; a row without an id is counted, not shown', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const rows = [
    {
      _id: '65a000000000000000000001',
      outcome: 'answered',
      direction: 'outbound',
      duration: 95,
      contact: { first_name: 'Ada', last_name: 'Lovelace', company: 'Engines' },
      notes: 'Complete row',
      transcription: CONTROL_CHARACTERS,
      started_at: '2024-01-15T14:30:00.000Z',
      createdAt: '2024-01-15T14:33:00.000Z',
    },
    // Only an id: every cell a gap.
    { _id: '65a000000000000000000002' },
    // Wrong types and unknown values everywhere.
    {
      _id: '65a000000000000000000003',
      outcome: 'voicemail-bot',
      direction: 42,
      duration: 'long',
      contact: 'Grace Hopper',
      user: null,
      disposition: [],
      notes: { text: 'not a string' },
      started_at: 'yesterday',
      createdAt: null,
      to: 5551234,
    },
    // Nulls and a very long note.
    { _id: '65a000000000000000000004', outcome: null, notes: 'n'.repeat(50_000) },
    null,
    'not an object',
    { outcome: 'answered' },
  ];
  // Raw control characters inside a string, as the real service sends them.
  const body = JSON.stringify({
    data: rows,
    pagination: { total: 'many', page: 1, limit: 10 },
  }).replace(JSON.stringify(CONTROL_CHARACTERS).slice(1, -1), CONTROL_CHARACTERS);
  await answerCallLog(page, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto('/?limit=10');

  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(page.getByText('3 records could not be shown (malformed).')).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('Ada Lovelace');
  await expect(table.getByRole('row').nth(1)).toContainText('Complete row');
  // The id-only row: gaps, said in words to a screen reader.
  await expect(table.getByRole('row').nth(2).getByText('not recorded').first()).toBeAttached();
  // The unknown outcome is shown as received rather than dropped or crashing the row.
  await expect(table.getByRole('row').nth(3)).toContainText(/voicemail-bot/i);
  await expect(page.getByTestId('calls-error')).toBeHidden();
  expect(errors).toEqual([]);
});
