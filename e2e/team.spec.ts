import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';
import { fetchCallLog } from './support/simulator-api';

interface SdrRow {
  _id: string;
  first_name: string;
  last_name: string;
  total_calls: number;
  connected_calls: number;
  connection_rate: number;
  conversations: number;
  conversation_rate: number;
  meetings_set: number;
  total_duration: number;
  avg_dials_day: number;
}

// Whole days in the browser's zone (America/New_York in the Playwright config), as the app writes them.
function rangeOfLastDays(days: number) {
  const end = new Date();
  const start = new Date(end.getTime() - days * 86_400_000);
  return { start: start.toISOString(), end: end.toISOString() };
}

const count = (n: number) => n.toLocaleString('en-US');
const rate = (r: number) => `${(r * 100).toFixed(1)}%`;
function clock(seconds: number) {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h === 0 ? `${m}:${s}` : `${h}:${String(m).padStart(2, '0')}:${s}`;
}

test('the leaderboard shows the simulator’s numbers, and a rep opens their calls', async ({
  page,
  request,
}) => {
  const { start, end } = rangeOfLastDays(20);
  const params = new URLSearchParams({
    start_date: start,
    end_date: end,
    timezone: 'America/New_York',
    limit: '100',
  });
  params.append('disposition_ids[]', '1');
  params.append('disposition_ids[]', '3');
  const response = await request.get(`/api/v1/analytics/sdr-performance?${params.toString()}`);
  expect(response.status()).toBe(200);
  const expected = ((await response.json()) as { data: SdrRow[] }).data;
  expect(expected.length).toBeGreaterThan(1);

  await page.goto(
    `/team?start_date=${start}&end_date=${end}&disposition_ids[]=1&disposition_ids[]=3`,
  );
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(expected.length + 1);
  for (const rep of expected) {
    const name = `${rep.first_name} ${rep.last_name}`;
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row.getByRole('cell')).toHaveText([
      count(rep.total_calls),
      count(rep.connected_calls),
      rate(rep.connection_rate),
      count(rep.conversations),
      rate(rep.conversation_rate),
      count(rep.meetings_set),
      clock(rep.total_duration),
      rep.avg_dials_day.toFixed(1),
    ]);
  }
  await expectNoSeriousAxeViolations(page);

  // Sorting by meetings puts the rep with the most first.
  await table.getByRole('button', { name: 'Meetings' }).click();
  await expect(page).toHaveURL(/sort=-meetings_set/);
  const most = Math.max(...expected.map((rep) => rep.meetings_set));
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(5)).toHaveText(count(most));

  const rep = expected[0] as SdrRow;
  await table
    .getByRole('link', { name: `${rep.first_name} ${rep.last_name}`, exact: true })
    .click();
  await expect(page).toHaveURL(/^[^?]*\/\?/);
  const url = new URL(page.url());
  expect(url.searchParams.getAll('filters[user_ids][]')).toEqual([rep._id]);
  expect(url.searchParams.get('filters[start_date]')).toBe(start);
  expect(url.searchParams.get('filters[end_date]')).toBe(end);
  expect(url.searchParams.getAll('filters[disposition_ids][]')).toEqual(['1', '3']);
  const calls = await fetchCallLog(request, `page=1&limit=1&${url.search.slice(1)}`);
  expect(calls.pagination.total).toBe(rep.total_calls);
  await expect(page.getByText(`of ${count(rep.total_calls)}`)).toBeVisible();
});

test('KPI cards show the overview with the change against the previous period', async ({
  page,
  request,
}) => {
  const { start, end } = rangeOfLastDays(30);
  const params = new URLSearchParams({
    start_date: start,
    end_date: end,
    timezone: 'America/New_York',
  });
  const overview = (await (
    await request.get(`/api/v1/analytics/overview?${params.toString()}`)
  ).json()) as Record<string, { value: number; growth: number | null }>;
  await page.goto(`/team?start_date=${start}&end_date=${end}`);
  const cards = page.getByRole('list', { name: 'Team overview' });
  const calls = cards.getByRole('listitem').filter({ hasText: /^Calls/ });
  const total = overview.total_calls as { value: number; growth: number | null };
  await expect(calls).toContainText(count(total.value));
  expect(total.growth).not.toBeNull();
  const growth = total.growth as number;
  // The card shows the change to one decimal, from the two periods' values; the service's growth
  // is the same change rounded to two. Rounding the service's figure again can land on the other
  // side of a half (3.3495 → 3.35 → 3.4 against 3.3), so compare the numbers, not the text.
  const text = await calls.locator('.kpi-card__change').innerText();
  const shown = /([+−]?)(\d+\.\d)%/.exec(text);
  expect(shown, `a change in "${text}"`).not.toBeNull();
  const magnitude = Number(shown?.[2]);
  const shownChange = shown?.[1] === '−' ? -magnitude : magnitude;
  expect(Math.abs(shownChange - growth)).toBeLessThanOrEqual(0.055);
});

test('a mistyped team link still renders, says what was ignored, and Dismiss cleans the URL', async ({
  page,
}) => {
  await page.goto('/team?sort=-meetings_set&disposition_ids[]=abc&utm_source=mail');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Part of this link could not be used' });
  await expect(notice).toContainText(
    'Ignored 2 parts of the link: disposition_ids[]=abc (“disposition_ids[]” must be a whole number, 1 or more); utm_source=mail (unknown parameter).',
  );
  // What could be used still applies: the leaderboard is sorted by meetings, descending.
  await expect(page.getByRole('columnheader', { name: /Meetings/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page).toHaveURL(/\/team\?sort=-meetings_set$/);
  await expect(notice).toHaveCount(0);
});
