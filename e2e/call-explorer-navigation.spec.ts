import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import {
  bodyRows,
  expectRowsMatchSimulator,
  historyLength,
  recordCallLogRequests,
  requestQueryOf,
  waitForRows,
} from './support/call-explorer';

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Filters' });
const search = (page: Page) => new URL(page.url()).search;
const pager = (page: Page) => page.getByRole('navigation', { name: 'Pagination' });

function header(page: Page, name: string) {
  return page.getByRole('columnheader', { name });
}

interface Rep {
  id: string;
  name: string;
}

async function firstRep(request: APIRequestContext): Promise<Rep> {
  const body = (await (await request.get('/api/v1/team')).json()) as {
    users?: { user: { _id: string; first_name: string; last_name: string } }[];
    data?: { users: { user: { _id: string; first_name: string; last_name: string } }[] };
  };
  const user = (body.users ?? body.data?.users)?.[0]?.user;
  if (!user) throw new Error('the simulator has no team');
  return { id: user._id, name: `${user.first_name} ${user.last_name}` };
}

test.describe('call explorer navigation', () => {
  // Each test is a whole journey of a user through the page: generous on a busy 2-core machine.
  test.describe.configure({ timeout: 60_000 });

  test('a deep link renders that exact view, and reload restores it', async ({ page, request }) => {
    const rep = await firstRep(request);
    const link =
      '/?page=2&limit=25&sort=duration&filters[outcome]=answered&filters[direction]=outbound' +
      `&filters[min_duration]=30&filters[user_ids][]=${rep.id}`;
    const requests = recordCallLogRequests(page);
    await page.goto(link);

    const expectTheLinkedView = async () => {
      await expect(
        sidebar(page).getByRole('radio', { name: 'Answered', exact: true }),
      ).toBeChecked();
      await expect(sidebar(page).getByRole('radio', { name: 'Outbound' })).toBeChecked();
      await expect(page.getByRole('textbox', { name: 'Min duration' })).toHaveValue('0:30');
      await expect(sidebar(page).getByRole('button', { name: /^Reps/ })).toContainText(rep.name);
      await expect(
        page.getByRole('region', { name: 'Active filters' }).getByRole('listitem'),
      ).toContainText([
        'Outcome: Answered',
        'Direction: Outbound',
        'Min duration: 0:30',
        `Rep: ${rep.name}`,
      ]);
      await expect(header(page, 'Duration')).toHaveAttribute('aria-sort', 'ascending');
      await expect(
        page.getByText('Sorted by Duration, shortest first', { exact: true }),
      ).toBeVisible();
      await expect(pager(page).getByRole('combobox', { name: 'Rows per page' })).toHaveValue('25');
      const answer = await expectRowsMatchSimulator(page, request, requests);
      expect(answer.pagination.page).toBe(2);
      expect(answer.data.length).toBeGreaterThan(0);
      await expect(pager(page)).toContainText('26–');
      // The page has not rewritten the link it was given.
      expect(decodeURIComponent(search(page))).toBe(link.slice(1));
    };

    await expectTheLinkedView();
    const sent = requests.length;
    await page.reload();
    await expectTheLinkedView();
    expect(requests.length).toBeGreaterThan(sent);
  });

  test('Back and Forward walk the pushed views; typing in search replaced its entry', async ({
    page,
    request,
  }) => {
    const requests = recordCallLogRequests(page);
    await page.goto('/?limit=10');
    await waitForRows(page);
    const start = await historyLength(page);

    await sidebar(page).getByRole('radio', { name: 'No answer' }).click();
    await expect.poll(() => search(page)).toContain('filters[outcome]=no-answer');
    const filtered = search(page);
    await header(page, 'Duration').getByRole('button').click();
    await expect.poll(() => search(page)).toContain('sort=-duration');
    const sorted = search(page);
    await expectRowsMatchSimulator(page, request, requests);
    await pager(page).getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => search(page)).toContain('page=2');
    expect(await historyLength(page)).toBe(start + 3);

    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('an');
    await expect.poll(() => search(page)).toContain('filters[search]=an');
    const searched = search(page);
    expect(searched).not.toContain('page=');
    expect(await historyLength(page)).toBe(start + 3);

    // The search replaced page 2, so Back goes to page 1 of the sorted view.
    await page.goBack();
    await expect.poll(() => search(page)).toBe(sorted);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    await expect(header(page, 'Duration')).toHaveAttribute('aria-sort', 'descending');
    await expectRowsMatchSimulator(page, request, requests);
    await page.goBack();
    await expect.poll(() => search(page)).toBe(filtered);
    await expect(header(page, 'Start time')).toHaveAttribute('aria-sort', 'descending');
    await expectRowsMatchSimulator(page, request, requests);

    await page.goForward();
    await expect.poll(() => search(page)).toBe(sorted);
    await page.goForward();
    await expect.poll(() => search(page)).toBe(searched);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('an');
    await expectRowsMatchSimulator(page, request, requests);
  });

  test('sorting, paging and page size go through the URL and back to page 1 when they should', async ({
    page,
    request,
  }) => {
    const requests = recordCallLogRequests(page);
    await page.goto('/?limit=10');
    await waitForRows(page);
    await expect(header(page, 'Start time')).toHaveAttribute('aria-sort', 'descending');
    const first = await expectRowsMatchSimulator(page, request, requests);
    await expect(pager(page).getByRole('button', { name: 'First page' })).toBeDisabled();
    await expect(pager(page).getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await pager(page).getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => search(page)).toBe('?page=2&limit=10');
    await expectRowsMatchSimulator(page, request, requests);

    // Numbers sort longest first on the first click, then flip; either way back to page 1.
    await header(page, 'Duration').getByRole('button').click();
    await expect.poll(() => search(page)).toBe('?limit=10&sort=-duration');
    await expect(header(page, 'Duration')).toHaveAttribute('aria-sort', 'descending');
    const longest = await expectRowsMatchSimulator(page, request, requests);
    await header(page, 'Duration').getByRole('button').click();
    await expect.poll(() => search(page)).toBe('?limit=10&sort=duration');
    await expect(header(page, 'Duration')).toHaveAttribute('aria-sort', 'ascending');
    await expect(
      page.getByText('Sorted by Duration, shortest first', { exact: true }),
    ).toBeVisible();
    const shortest = await expectRowsMatchSimulator(page, request, requests);
    expect(shortest.data[0]?._id).not.toBe(longest.data[0]?._id);

    const lastPage = Math.ceil(first.pagination.total / 10);
    await pager(page).getByRole('button', { name: 'Last page' }).click();
    await expect.poll(() => search(page)).toBe(`?page=${lastPage}&limit=10&sort=duration`);
    await expectRowsMatchSimulator(page, request, requests);
    await expect(pager(page).getByRole('button', { name: 'Next page' })).toBeDisabled();
    await expect(pager(page).getByRole('button', { name: 'Last page' })).toBeDisabled();
    await pager(page).getByRole('button', { name: 'Previous page' }).click();
    await expect.poll(() => search(page)).toBe(`?page=${lastPage - 1}&limit=10&sort=duration`);
    await expectRowsMatchSimulator(page, request, requests);
    await pager(page).getByRole('button', { name: 'First page' }).click();
    await expect.poll(() => search(page)).toBe('?limit=10&sort=duration');

    await pager(page).getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => search(page)).toBe('?page=2&limit=10&sort=duration');
    await pager(page).getByRole('combobox', { name: 'Rows per page' }).selectOption('25');
    await expect.poll(() => search(page)).toBe('?limit=25&sort=duration');
    await expectRowsMatchSimulator(page, request, requests);
    await pager(page).getByRole('combobox', { name: 'Rows per page' }).selectOption('50');
    // 50 is the default: the URL leaves it out.
    await expect.poll(() => search(page)).toBe('?sort=duration');
    await expectRowsMatchSimulator(page, request, requests);
  });

  test('a mistyped link shows what was ignored and still sends a valid request', async ({
    page,
    request,
  }) => {
    const requests = recordCallLogRequests(page);
    await page.goto(
      '/?filters[outcome]=answerd&limit=500&sort=-bogus&filters[min_duration]=abc' +
        '&filters[direction]=inbound&utm_source=mail',
    );
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Part of this link could not be used' });
    await expect(notice).toBeVisible();
    for (const part of [
      'filters[outcome]=answerd',
      'limit=500',
      'sort=-bogus',
      'utm_source=mail',
    ]) {
      await expect(notice).toContainText(part);
    }
    const valid = requestQueryOf('http://x/?filters[direction]=inbound');
    await expect.poll(() => requests).toContain(valid);
    expect(requests.filter((query) => query !== valid && !query.includes('page=2'))).toEqual([]);
    await expect(sidebar(page).getByRole('radio', { name: 'Inbound' })).toBeChecked();
    await expect(page.getByRole('alert')).toBeHidden();

    // Dismiss rewrites the link in canonical form, in place.
    const before = await historyLength(page);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => search(page)).toBe('?filters[direction]=inbound');
    await expect(notice).toBeHidden();
    expect(await historyLength(page)).toBe(before);
    await expectRowsMatchSimulator(page, request, requests);
  });

  test('skeleton on first load, previous rows marked updating, empty result with Clear filters', async ({
    page,
    request,
  }) => {
    const requests = recordCallLogRequests(page);
    // Hold call-log answers until the test has seen the in-between state.
    let release: () => void = () => undefined;
    let gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === '/api/v1/call-log',
      async (route) => {
        await gate;
        await route.continue();
      },
    );

    await page.goto('/?limit=10');
    await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByText('Loading calls…')).toBeVisible();
    await expect(page.getByRole('rowheader')).toHaveCount(0);
    release();
    await waitForRows(page);
    const shownFirst = await bodyRows(page).first().textContent();

    gate = new Promise<void>((resolve) => (release = resolve));
    await sidebar(page).getByRole('radio', { name: 'Cancelled' }).click();
    await expect.poll(() => search(page)).toContain('filters[outcome]=cancelled');
    await expect(page.getByText('Updating…')).toBeVisible();
    await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    await expect(bodyRows(page).first()).toHaveText(shownFirst ?? '');
    release();
    await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
    await expectRowsMatchSimulator(page, request, requests);

    await page.getByRole('searchbox', { name: 'Search' }).fill('zzqxj no such contact');
    await expect(page.getByText('No calls match these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => search(page)).toBe('?limit=10');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    await expectRowsMatchSimulator(page, request, requests);
  });
});
