import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import {
  bodyRows,
  expectRowsMatchSimulator,
  pagerRange,
  recordCallLogRequests,
  waitForRows,
} from './support/call-explorer';
import type { RawCall } from './support/simulator-api';

// The columns a new user sees, by column id, in order (Ended and Logged start hidden).
const DEFAULT_COLUMNS = [
  'recording',
  'started_at',
  'rep',
  'contact',
  'to',
  'from',
  'direction',
  'outcome',
  'answered_by',
  'disposition',
  'duration',
  'notes',
];

const pager = (page: Page) => page.getByRole('navigation', { name: 'Pagination' });
const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Filters' });
const columnsButton = (page: Page) => page.getByRole('button', { name: 'Columns' });

function contactName(call: RawCall | undefined): string | undefined {
  const contact = call?.contact as { first_name?: string; last_name?: string } | undefined;
  const name = [contact?.first_name, contact?.last_name].filter(Boolean).join(' ');
  return name === '' ? undefined : name;
}

/** Ticks or unticks a column in the Columns menu, as a user does, and closes the menu. */
async function setColumnShown(page: Page, label: string, isShown: boolean) {
  await columnsButton(page).click();
  const item = page.getByRole('menuitemcheckbox', { name: label, exact: true });
  await expect(item).toHaveAttribute('aria-checked', String(!isShown));
  await item.click();
  await expect(item).toHaveAttribute('aria-checked', String(isShown));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
}

/** The Columns menu ticks exactly the given labels among those it offers. */
async function expectMenuTicks(page: Page, ticks: Record<string, boolean>) {
  await columnsButton(page).click();
  for (const [label, isTicked] of Object.entries(ticks)) {
    await expect(
      page.getByRole('menuitemcheckbox', { name: label, exact: true }),
      `the menu's ${label}`,
    ).toHaveAttribute('aria-checked', String(isTicked));
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
}

/**
 * The page on screen is the one its URL asks for, settled; the header shows exactly `columns`;
 * every body row has one cell per header, each under its own header; and the Contact cells hold
 * the contacts the simulator answers for that page.
 */
async function expectCellsUnderTheirHeaders(
  page: Page,
  request: APIRequestContext,
  requests: readonly string[],
  columns: readonly string[],
  where: string,
) {
  const answer = await expectRowsMatchSimulator(page, request, requests);
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-busy', 'false');

  const headerIds = await table
    .locator('thead th')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-column-id')));
  expect(headerIds, `${where}: the header`).toEqual(columns);

  const contactIndex = columns.indexOf('contact');
  const rowsOnScreen = await bodyRows(page).evaluateAll(
    (rows, contactAt) =>
      rows.map((row) => {
        const cells = [...row.children];
        return {
          cellIds: cells.map((cell) => cell.getAttribute('data-column-id')),
          contact: cells[contactAt]?.textContent ?? '',
        };
      }),
    contactIndex,
  );
  expect(rowsOnScreen.length, `${where}: rows on screen`).toBe(answer.data.length);
  for (const [index, { cellIds, contact }] of rowsOnScreen.entries()) {
    expect(cellIds, `${where}: the cells of row ${index + 1}`).toEqual(headerIds);
    const name = contactName(answer.data[index]);
    if (name !== undefined) {
      expect(contact, `${where}: row ${index + 1}'s Contact cell`).toContain(name);
    }
  }
}

/**
 * Every way a user moves to another page of rows: Next, Previous, Last, a page size, a sort, a
 * filter, and Next again under that filter. Each move lands on a page that was (or could have
 * been) rendered ahead of time, with whatever columns were hidden before.
 */
async function walkThePages(
  page: Page,
  request: APIRequestContext,
  requests: readonly string[],
  columns: readonly string[],
) {
  const check = (where: string) =>
    expectCellsUnderTheirHeaders(page, request, requests, columns, where);
  const firstRowId = () => bodyRows(page).first().getAttribute('data-row-id');

  await check('page 1');

  await pager(page).getByRole('button', { name: 'Next page' }).click();
  await expect(pagerRange(page)).toHaveText(/^51–100 of /);
  await check('after Next');

  await pager(page).getByRole('button', { name: 'Previous page' }).click();
  await expect(pagerRange(page)).toHaveText(/^1–50 of /);
  await check('after Previous');

  await pager(page).getByRole('button', { name: 'Last page' }).click();
  await expect(pager(page).getByRole('button', { name: 'Next page' })).toBeDisabled();
  await check('after Last');

  await pager(page).getByRole('combobox', { name: 'Rows per page' }).selectOption('25');
  await expect(pagerRange(page)).toHaveText(/^1–25 of /);
  await check('after 25 rows per page');

  const beforeSort = await firstRowId();
  const duration = page.getByRole('columnheader', { name: 'Duration' });
  await duration.getByRole('button').click();
  await expect(duration).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(firstRowId).not.toBe(beforeSort);
  await check('after sorting by duration');

  const allCalls = await pagerRange(page).textContent();
  await sidebar(page).getByRole('radio', { name: 'Answered', exact: true }).click();
  await expect(pagerRange(page)).not.toHaveText(allCalls ?? '');
  await check('after filtering to answered calls');

  await pager(page).getByRole('button', { name: 'Next page' }).click();
  await expect(pagerRange(page)).toHaveText(/^26–50 of /);
  await check('after Next under the filter');
}

test.describe('hidden columns on every page', () => {
  // A whole journey through eight pages: generous on a busy 2-core machine.
  test.describe.configure({ timeout: 150_000 });

  test('one column hidden: every later page lines its cells up with the header', async ({
    page,
    request,
  }) => {
    const requests = recordCallLogRequests(page);
    await page.goto('/');
    await waitForRows(page);

    await setColumnShown(page, 'Rep', false);
    await expect(page.getByRole('columnheader', { name: 'Rep', exact: true })).toBeHidden();
    await expectMenuTicks(page, { Rep: false, Contact: true, Outcome: true });

    await walkThePages(
      page,
      request,
      requests,
      DEFAULT_COLUMNS.filter((id) => id !== 'rep'),
    );
    await expectMenuTicks(page, { Rep: false, Contact: true, Outcome: true });
  });

  test('two columns hidden and one shown again: every later page follows the last choice', async ({
    page,
    request,
  }) => {
    const requests = recordCallLogRequests(page);
    await page.goto('/');
    await waitForRows(page);

    await setColumnShown(page, 'Rep', false);
    await setColumnShown(page, 'Outcome', false);
    await setColumnShown(page, 'Rep', true);
    await expect(page.getByRole('columnheader', { name: 'Rep', exact: true })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Outcome', exact: true })).toBeHidden();
    await expectMenuTicks(page, { Rep: true, Contact: true, Outcome: false });

    await walkThePages(
      page,
      request,
      requests,
      DEFAULT_COLUMNS.filter((id) => id !== 'outcome'),
    );
    await expectMenuTicks(page, { Rep: true, Contact: true, Outcome: false });
  });
});
