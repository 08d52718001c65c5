import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import {
  bodyRows,
  expectRowsMatchSimulator,
  historyLength,
  recordCallLogRequests,
  urlParams,
  waitForRows,
} from './support/call-explorer';
import { fetchCallLog } from './support/simulator-api';

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Filters' });

function radio(page: Page, group: string, option: string) {
  return sidebar(page).getByRole('group', { name: group }).getByRole('radio', { name: option });
}

const byKey = (a: [string, string], b: [string, string]) => a[0].localeCompare(b[0]);

/** The filter params of the URL, decoded: what the user set, without paging or sort. */
function filterParams(page: Page): [string, string][] {
  return urlParams(page).filter(([key]) => key.startsWith('filters['));
}

async function firstName(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  const body = (await response.json()) as { data: { name: string }[] };
  const name = body.data[0]?.name;
  if (!name) throw new Error(`no names from ${path}`);
  return name;
}

/** Opens a multi-select, searches it and toggles the option named `option`; closes it again. */
async function chooseOption(page: Page, label: string, option: string) {
  await sidebar(page)
    .getByRole('button', { name: new RegExp(`^${label}`) })
    .click();
  const list = page.getByRole('dialog', { name: label });
  await list.getByRole('combobox').fill(option);
  await list.getByRole('option', { name: option }).click();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
}

test.describe('call explorer filters', () => {
  // Each test is a whole journey of a user through the page: generous on a busy 2-core machine.
  test.describe.configure({ timeout: 60_000 });

  test('choice, duration and flag filters each push a URL that the request and rows follow', async ({
    page,
    request,
  }) => {
    const requests = recordCallLogRequests(page);
    await page.goto('/?page=3&limit=10');
    await waitForRows(page);

    const steps: [string, () => Promise<void>, [string, string]][] = [
      [
        'outcome',
        () => radio(page, 'Outcome', 'Answered').click(),
        ['filters[outcome]', 'answered'],
      ],
      [
        'answered by',
        () => radio(page, 'Answered by', 'Human').click(),
        ['filters[answered_by]', 'human'],
      ],
      [
        'direction',
        () => radio(page, 'Direction', 'Outbound').click(),
        ['filters[direction]', 'outbound'],
      ],
      [
        'min duration',
        async () => {
          await page.getByRole('textbox', { name: 'Min duration' }).fill('1:00');
          await page.keyboard.press('Enter');
        },
        ['filters[min_duration]', '60'],
      ],
      [
        'max duration',
        async () => {
          await page.getByRole('textbox', { name: 'Max duration' }).fill('600');
          await page.keyboard.press('Enter');
        },
        ['filters[max_duration]', '600'],
      ],
      [
        'has recording',
        () => radio(page, 'Has recording', 'Yes').click(),
        ['filters[has_recording]', 'true'],
      ],
      [
        'completed',
        () => radio(page, 'Completed', 'Yes').click(),
        ['filters[is_completed]', 'true'],
      ],
    ];

    const expected: [string, string][] = [];
    for (const [name, apply, param] of steps) {
      const before = await historyLength(page);
      await apply();
      expected.push(param);
      // The URL writes filters in the contract's order, whatever order they were set in.
      await expect
        .poll(() => filterParams(page).sort(byKey), { message: name })
        .toEqual([...expected].sort(byKey));
      // A filter change is a place to go Back to, and starts again at page 1.
      expect(await historyLength(page), name).toBe(before + 1);
      expect(new URL(page.url()).searchParams.has('page'), name).toBe(false);
      const answer = await expectRowsMatchSimulator(page, request, requests);
      expect(answer.data.length, name).toBeGreaterThan(0);
    }
    await expect(sidebar(page).getByRole('heading', { name: 'Filters (7 active)' })).toBeVisible();

    // Each chip removes its own filter; Clear all removes the rest.
    const chips = page.getByRole('region', { name: 'Active filters' });
    await chips.getByRole('button', { name: 'Remove filter Outcome: Answered' }).click();
    await expect.poll(() => filterParams(page).sort(byKey)).toEqual(expected.slice(1).sort(byKey));
    await expect(radio(page, 'Outcome', 'Any')).toBeChecked();
    await expectRowsMatchSimulator(page, request, requests);

    await chips.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => filterParams(page)).toEqual([]);
    await expect(chips).toBeHidden();
    await expect(radio(page, 'Completed', 'Any')).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Min duration' })).toHaveValue('');
    await expectRowsMatchSimulator(page, request, requests);
  });

  test('dispositions are grouped by category with custom ones; reps, lists and sequences show names', async ({
    page,
    request,
  }) => {
    const requests = recordCallLogRequests(page);
    await page.goto('/?limit=10');
    await waitForRows(page);

    await sidebar(page)
      .getByRole('button', { name: /^Dispositions/ })
      .click();
    const list = page.getByRole('dialog', { name: 'Dispositions' });
    const positive = list.getByRole('group', { name: 'Positive' });
    await expect(positive.getByRole('option', { name: /Answered - Meeting Set/ })).toBeVisible();
    // The simulator's team added "Demo Booked" as a custom positive disposition.
    await expect(
      positive.getByRole('option', { name: 'Answered - Demo Booked custom' }),
    ).toBeVisible();
    for (const category of ['Negative', 'Neutral', 'Not answered', 'Cancelled']) {
      await expect(list.getByRole('group', { name: category })).toBeVisible();
    }
    await positive.getByRole('option', { name: /Answered - Meeting Set/ }).click();
    await positive.getByRole('option', { name: /Answered - Demo Booked/ }).click();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => filterParams(page))
      .toEqual([
        ['filters[disposition_ids][]', '1'],
        ['filters[disposition_ids][]', '15'],
      ]);
    // Names, not ids, wherever the choice is shown.
    await expect(sidebar(page).getByRole('button', { name: /^Dispositions/ })).toContainText(
      '2 selected',
    );
    await expect(
      page.getByRole('button', { name: 'Remove filter Disposition: Answered - Demo Booked' }),
    ).toBeVisible();
    await expectRowsMatchSimulator(page, request, requests);

    await sidebar(page).getByRole('checkbox', { name: 'Positive dispositions only' }).click();
    await expect
      .poll(() => filterParams(page))
      .toContainEqual(['filters[exclude_negative_dispositions]', 'true']);
    await expectRowsMatchSimulator(page, request, requests);
    await sidebar(page).getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => filterParams(page)).toEqual([]);

    // A rep is chosen by name; the URL carries the id, and every row is that rep's.
    // Cells after the row header: the recording's play button, then the rep.
    const repName = (await bodyRows(page).first().getByRole('cell').nth(1).textContent()) ?? '';
    expect(repName).not.toBe('');
    await chooseOption(page, 'Reps', repName);
    const repIds = filterParams(page).filter(([key]) => key === 'filters[user_ids][]');
    expect(repIds).toHaveLength(1);
    expect(repIds[0]?.[1]).toMatch(/^[0-9a-f]{24}$/);
    await expect(sidebar(page).getByRole('button', { name: /^Reps/ })).toHaveText(
      new RegExp(repName),
    );
    await expect(page.getByRole('button', { name: `Remove filter Rep: ${repName}` })).toBeVisible();
    const byRep = await expectRowsMatchSimulator(page, request, requests);
    for (const call of byRep.data) {
      const user = call.user as { first_name?: string; last_name?: string } | undefined;
      expect(`${user?.first_name ?? ''} ${user?.last_name ?? ''}`).toBe(repName);
    }
    await page.getByRole('button', { name: `Remove filter Rep: ${repName}` }).click();

    const listName = await firstName(request, '/api/v1/contact-lists?page=1&limit=100');
    await chooseOption(page, 'Contact lists', listName);
    await expect
      .poll(() => filterParams(page).map(([key]) => key))
      .toEqual(['filters[contact_list_ids][]']);
    await expect(
      page.getByRole('button', { name: `Remove filter Contact list: ${listName}` }),
    ).toBeVisible();
    const byList = await expectRowsMatchSimulator(page, request, requests);
    for (const call of byList.data) {
      expect((call.contact_list as { name?: string } | undefined)?.name).toBe(listName);
    }
    await page.getByRole('button', { name: `Remove filter Contact list: ${listName}` }).click();

    const sequenceName = await firstName(request, '/api/v1/sequences?page=1&limit=100');
    await chooseOption(page, 'Sequences', sequenceName);
    await expect
      .poll(() => filterParams(page).map(([key]) => key))
      .toEqual(['filters[sequences][]']);
    await expect(sidebar(page).getByRole('button', { name: /^Sequences/ })).toContainText(
      sequenceName,
    );
    await expectRowsMatchSimulator(page, request, requests);
  });

  test('numbers, search and a date preset: typing replaces history, the rest pushes', async ({
    page,
    request,
  }) => {
    const requests = recordCallLogRequests(page);
    const latest = await fetchCallLog(request, 'page=1&limit=5&sort=-started_at');
    const [one, two] = latest.data.map((call) => ({
      from: String(call.from),
      to: String(call.to),
    }));
    if (!one || !two) throw new Error('the simulator has fewer than two calls');
    await page.goto('/?limit=10');
    await waitForRows(page);

    // Several From numbers, in any formatting; each one added is a push.
    const from = page.getByRole('textbox', { name: 'From numbers' });
    await from.fill(one.from);
    await from.press('Enter');
    await from.fill(two.from);
    await from.press('Enter');
    await expect
      .poll(() => filterParams(page).filter(([key]) => key === 'filters[from][]').length)
      .toBe(new Set([one.from, two.from].map((n) => n.replace(/\D/g, ''))).size);
    await expectRowsMatchSimulator(page, request, requests);
    await page.getByRole('textbox', { name: 'To numbers' }).fill(one.to);
    await page.getByRole('textbox', { name: 'To numbers' }).press('Enter');
    await expect
      .poll(() => filterParams(page).filter(([key]) => key === 'filters[to][]').length)
      .toBe(1);
    await expectRowsMatchSimulator(page, request, requests);
    await sidebar(page).getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => filterParams(page)).toEqual([]);

    // Typing is debounced and replaces the current entry: no history for each keystroke.
    const before = await historyLength(page);
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('kim');
    await expect.poll(() => filterParams(page)).toEqual([['filters[search]', 'kim']]);
    expect(await historyLength(page)).toBe(before);
    expect(requests.some((query) => query.includes('search%5D=k&'))).toBe(false);
    await expectRowsMatchSimulator(page, request, requests);

    // Presets are whole days in the user's zone, sent as exact UTC date-times.
    await sidebar(page).getByRole('combobox', { name: 'Date range' }).selectOption('Last 7 days');
    const days = await page.evaluate(() => {
      const now = new Date();
      const [y, m, d] = [now.getFullYear(), now.getMonth(), now.getDate()];
      const first = new Date(y, m, d - 6);
      const day = (date: Date, withYear: boolean) =>
        date.toLocaleDateString('en-US', {
          month: 'short',
          day: 'numeric',
          ...(withYear ? { year: 'numeric' } : {}),
        });
      // How the week reads: what both ends share written once ("Nov 20 – 26", "Oct 28 – Nov 3").
      const label =
        first.getFullYear() !== y
          ? `${day(first, true)} – ${day(now, true)}`
          : `${day(first, false)} – ${first.getMonth() === m ? String(d) : day(now, false)}`;
      return {
        start: first.toISOString(),
        end: new Date(y, m, d, 23, 59, 59, 999).toISOString(),
        label,
      };
    });
    await expect
      .poll(() => filterParams(page))
      .toEqual([
        ['filters[start_date]', days.start],
        ['filters[end_date]', days.end],
        ['filters[search]', 'kim'],
      ]);
    // New York is behind UTC: local midnight is never UTC midnight.
    expect(days.start).toMatch(/^\d{4}-\d\d-\d\dT0[45]:00:00\.000Z$/);
    expect(await historyLength(page)).toBe(before + 1);
    await expect(
      sidebar(page).getByText(`${days.label} · Times in America/New_York`, { exact: true }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Active filters' })
        .getByText(`Date: ${days.label}`, { exact: true }),
    ).toBeVisible();
    await expectRowsMatchSimulator(page, request, requests);
  });
});
