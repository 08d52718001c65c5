import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';
import { fetchCallLog } from './support/simulator-api';
import type { RawCall } from './support/simulator-api';

/**
 * The charts against the simulator: the test downloads every matching call through the proxy and
 * counts in memory, with the definitions written out here, never through the app's count plan.
 */

interface CallFacts {
  outcome?: unknown;
  answeredBy?: unknown;
  duration?: number;
  disposition?: number;
}

function factsOf(call: RawCall): CallFacts {
  const disposition = call.disposition as { internal_id?: unknown } | undefined;
  return {
    outcome: call.outcome,
    answeredBy: call.answered_by,
    duration: typeof call.duration === 'number' ? call.duration : undefined,
    disposition: typeof disposition?.internal_id === 'number' ? disposition.internal_id : undefined,
  };
}

async function fetchAllCalls(request: APIRequestContext, filters: string): Promise<CallFacts[]> {
  const calls: CallFacts[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchCallLog(request, `page=${page}&limit=100&${filters}`);
    calls.push(...result.data.map(factsOf));
    if (result.pagination.next === null) return calls;
  }
}

const count = (calls: CallFacts[], isCounted: (call: CallFacts) => boolean) =>
  calls.filter(isCounted).length;
const lasting =
  (min: number, max = Infinity) =>
  (call: CallFacts) =>
    call.duration !== undefined && call.duration >= min && call.duration <= max;
const isConnected = (call: CallFacts) =>
  call.answeredBy === 'human' &&
  call.disposition !== undefined &&
  call.disposition >= 1 &&
  call.disposition <= 9;
const isConversation = (call: CallFacts) =>
  isConnected(call) && (call.disposition === 1 || lasting(60)(call));
const formatted = (n: number) => n.toLocaleString('en-US');
const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

function expectedNumbers(calls: CallFacts[]) {
  const answered = calls.filter((call) => call.outcome === 'answered');
  const connected = count(calls, isConnected);
  const conversations = count(calls, isConversation);
  return {
    duration: {
      '0–29 s': count(calls, lasting(0, 29)),
      '30–59 s': count(calls, lasting(30, 59)),
      '1–2 min': count(calls, lasting(60, 119)),
      '2–5 min': count(calls, lasting(120, 299)),
      '5–10 min': count(calls, lasting(300, 599)),
      '10 min and more': count(calls, lasting(600)),
    },
    outcome: {
      Answered: answered.length,
      'Answered by a human': count(answered, (call) => call.answeredBy === 'human'),
      'Answered by a machine': count(answered, (call) => call.answeredBy === 'machine_start'),
      'Answered, not known by whom': count(answered, (call) => call.answeredBy === undefined),
      'No answer': count(calls, (call) => call.outcome === 'no-answer'),
      Cancelled: count(calls, (call) => call.outcome === 'cancelled'),
    },
    kpis: {
      'Total calls': [formatted(calls.length)],
      'Connect rate': [share(connected, calls.length), `${formatted(connected)} connected`],
      'Conversation rate': [
        share(conversations, calls.length),
        `${formatted(conversations)} conversations`,
      ],
      'Meetings set': [formatted(count(calls, (call) => call.disposition === 1))],
    },
  };
}

const charts = (page: Page) => page.getByRole('region', { name: 'Summary of all matching calls' });

async function waitForCounts(page: Page) {
  // Generous: these machines are shared, and a fan of counts may queue behind other suites.
  await expect(charts(page)).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
}

/**
 * Clicks a ring slice with the mouse. The centre of a ring segment's box can lie in the hole, so
 * this clicks a point that is inside the slice's own shape.
 */
async function clickSlice(page: Page, selector: string) {
  const point = await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      if (!(element instanceof SVGPathElement)) throw new Error('not a path');
      const box = element.getBBox();
      const matrix = element.getScreenCTM();
      if (!matrix) throw new Error('not on screen');
      // The middle of the slice's own points, away from its edges and its neighbours.
      const inside: DOMPoint[] = [];
      for (let y = box.y; y <= box.y + box.height; y += 2) {
        for (let x = box.x; x <= box.x + box.width; x += 2) {
          if (element.isPointInFill(new DOMPoint(x, y))) inside.push(new DOMPoint(x, y));
        }
      }
      const middle = inside[Math.floor(inside.length / 2)];
      if (middle) {
        const screen = middle.matrixTransform(matrix);
        return { x: screen.x, y: screen.y };
      }
      throw new Error('the slice is empty');
    });
  await page.mouse.click(point.x, point.y);
}

/** The numbers as the charts' text alternative lists them, by bucket. */
async function readBuckets(page: Page, name: string): Promise<Record<string, number>> {
  const items = await charts(page).getByRole('list', { name }).getByRole('listitem').all();
  const entries = await Promise.all(
    items.map(async (item) => {
      const label = await item.locator('button, .bucket-list__label').innerText();
      const value = await item.locator('.bucket-list__count').innerText();
      return [label.trim(), Number(value.replaceAll(',', ''))] as const;
    }),
  );
  return Object.fromEntries(entries);
}

async function readKpis(page: Page): Promise<Record<string, string[]>> {
  const groups = await charts(page).locator('dl > div').all();
  const entries = await Promise.all(
    groups.map(async (group) => {
      const label = (await group.locator('dt').innerText()).replace('?', '').trim();
      return [
        label,
        (await group.locator('dd').allInnerTexts()).map((text) => text.trim()),
      ] as const;
    }),
  );
  return Object.fromEntries(entries);
}

async function firstRepId(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/team');
  const team = (await response.json()) as { users: { user: { _id: string } }[] };
  const id = team.users[0]?.user._id;
  if (id === undefined) throw new Error('the simulator has no reps');
  return id;
}

test.describe('charts over the whole filtered set', () => {
  test.describe.configure({ timeout: 45_000 });

  test('every number equals a count made from the simulator’s calls', async ({ page, request }) => {
    const rep = await firstRepId(request);
    const scenarios = [
      // Nothing intersects: every bucket is its own request.
      `filters[user_ids][]=${rep}`,
      // Intersections: other outcomes cannot match, the duration floor cuts buckets, and the
      // disposition filter narrows "connected" to 1 and 3.
      'filters[outcome]=answered&filters[min_duration]=20&filters[disposition_ids][]=1&filters[disposition_ids][]=3&filters[disposition_ids][]=11',
    ];
    for (const filters of scenarios) {
      const expected = expectedNumbers(await fetchAllCalls(request, filters));
      await page.goto(`/?${filters}`);
      await waitForCounts(page);
      expect(await readBuckets(page, 'Calls by duration')).toEqual(expected.duration);
      expect(await readBuckets(page, 'Calls by outcome')).toEqual(expected.outcome);
      expect(await readKpis(page)).toEqual(expected.kpis);
      // The total is the table's own.
      await expect(page.getByText(`of ${expected.kpis['Total calls'][0] ?? ''}`)).toBeVisible();
    }
  });

  test('clicking a bar or a slice applies its filter, and Back undoes it', async ({ page }) => {
    await page.goto('/');
    await waitForCounts(page);
    await expectNoSeriousAxeViolations(page, '.call-charts');
    const oneToTwoMinutes = charts(page).getByRole('button', { name: '1–2 min' });
    await expect(oneToTwoMinutes).toHaveAttribute('aria-pressed', 'false');

    await page.locator('.recharts-bar-rectangle').nth(2).click();
    await expect(page).toHaveURL(/filters\[min_duration\]=60&filters\[max_duration\]=119/);
    await expect(oneToTwoMinutes).toHaveAttribute('aria-pressed', 'true');
    // The drawing follows too (it is redrawn only when what it draws changes).
    const activeBars = page.locator('.recharts-bar-rectangle .chart-bar--active');
    await expect(activeBars).toHaveCount(1);
    await expect(
      page.locator('.recharts-bar-rectangle').nth(2).locator('.chart-bar--active'),
    ).toHaveCount(1);
    await page.goBack();
    await expect(page).not.toHaveURL(/min_duration/);
    await expect(oneToTwoMinutes).toHaveAttribute('aria-pressed', 'false');
    await expect(activeBars).toHaveCount(0);

    await clickSlice(page, '.chart-slice--no-answer');
    await expect(page).toHaveURL(/filters\[outcome\]=no-answer/);
    await expect(charts(page).getByRole('button', { name: 'No answer' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    // The text alternative works from the keyboard, and a second press removes the filter.
    const human = charts(page).getByRole('button', { name: 'Answered by a human' });
    await human.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/filters\[outcome\]=answered&filters\[answered_by\]=human/);
    await expect(human).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/outcome|answered_by/);
  });

  test('paging, sorting and page size send no chart request; a filter change does', async ({
    page,
  }) => {
    let countRequests = 0;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/v1/call-log' && url.searchParams.get('limit') === '1') {
        countRequests++;
      }
    });
    await page.goto('/');
    await waitForCounts(page);
    // The unfiltered view, the one everybody opens first, within the budget of 15 counts.
    expect(countRequests).toBeGreaterThan(0);
    expect(countRequests).toBeLessThanOrEqual(15);
    countRequests = 0;

    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/^51–100 of/)).toBeVisible();
    await page.getByLabel('Rows per page').selectOption('25');
    await expect(page.getByText(/^1–25 of/)).toBeVisible();
    await page
      .getByRole('button', { name: /duration/i })
      .first()
      .click();
    await expect(page).toHaveURL(/sort=/);
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(26);
    await waitForCounts(page);
    expect(countRequests).toBe(0);

    await charts(page).getByRole('button', { name: 'Cancelled' }).click();
    await expect(page).toHaveURL(/filters\[outcome\]=cancelled/);
    await expect.poll(() => countRequests).toBeGreaterThan(0);
  });

  test('a filter change asks for its counts only once the table’s rows are in', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForCounts(page);
    const isNewFilter = (url: URL) => url.searchParams.get('filters[outcome]') === 'no-answer';
    const isCount = (url: URL) => url.searchParams.get('limit') === '1';
    const isFirstPage = (url: URL) =>
      url.searchParams.get('limit') === '50' && url.searchParams.get('page') === '1';

    // The new rows wait here until the test lets them go.
    let releaseRows: () => void = () => undefined;
    const rowsHeld = new Promise<void>((resolve) => {
      releaseRows = resolve;
    });
    let rowsRequested: () => void = () => undefined;
    const rowsSent = new Promise<void>((resolve) => {
      rowsRequested = resolve;
    });
    await page.route('**/api/v1/call-log?**', async (route) => {
      const url = new URL(route.request().url());
      if (isNewFilter(url) && !isCount(url)) {
        rowsRequested();
        await rowsHeld;
      }
      await route.continue();
    });
    await page.evaluate(() => {
      performance.clearResourceTimings();
    });

    await page.getByRole('radio', { name: 'No answer', exact: true }).check();
    await rowsSent;
    // The charts have rendered the new filters, still counting...
    await expect(charts(page)).toHaveClass(/call-charts--updating/);
    // ...and a render after theirs has committed (a tooltip opens), so React has run their effects:
    // a count asked for without waiting for the rows has been sent by now.
    await charts(page).getByRole('button', { name: 'How “Total calls” is counted' }).focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    releaseRows();
    await waitForCounts(page);

    // When each request started and ended, by the page's own clock.
    const requests = (
      await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry instanceof PerformanceResourceTiming)
          .map(({ name, startTime, responseEnd }) => ({ name, startTime, responseEnd })),
      )
    ).map((entry) => ({ ...entry, url: new URL(entry.name) }));
    const rows = requests.find(({ url }) => isNewFilter(url) && isFirstPage(url));
    const counts = requests.filter(({ url }) => isNewFilter(url) && isCount(url));
    if (!rows) throw new Error('the new rows were never asked for');
    expect(counts.length).toBeGreaterThan(0);
    const sentBeforeRowsIn = counts.filter(({ startTime }) => startTime < rows.responseEnd);
    expect(sentBeforeRowsIn.map(({ url }) => url.search)).toEqual([]);
  });

  test('while new filters are counted, the previous numbers stay on screen, dimmed', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForCounts(page);
    const before = await readKpis(page);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/v1/call-log?**', async (route) => {
      const url = new URL(route.request().url());
      const isNewCount =
        url.searchParams.get('filters[outcome]') === 'cancelled' &&
        url.searchParams.get('limit') === '1';
      if (isNewCount) await held;
      await route.continue();
    });

    await page.getByRole('radio', { name: 'Cancelled', exact: true }).check();
    await expect(
      page.getByRole('table').getByRole('cell', { name: 'Cancelled' }).first(),
    ).toBeVisible();
    await expect(charts(page)).toHaveClass(/call-charts--updating/);
    await expect(charts(page)).toHaveAttribute('aria-busy', 'true');
    expect(await readKpis(page)).toEqual(before);

    release();
    await waitForCounts(page);
    await expect(charts(page)).not.toHaveClass(/call-charts--updating/);
    const after = await readKpis(page);
    expect(after['Total calls']).not.toEqual(before['Total calls']);
    // The total is the table's own.
    await expect(page.getByText(`of ${after['Total calls']?.[0] ?? ''}`)).toBeVisible();
  });
});
