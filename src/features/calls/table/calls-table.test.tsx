import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadViewOptionsMenu } from '@/components/ui/data-table/data-table-view-options';
import { loadTooltip } from '@/components/ui/tooltip';
import { loadPhoneFormatter } from '@/lib/format/use-phone-format';
import { callQueries } from '@/lib/call-log/call-log';
import { callLogQueryForSearch } from '@/lib/calls-view/calls-view-provider';
import { CALL_COLUMNS_STORAGE_KEY } from '@/lib/call-log/call-columns';
import { makeCall, makePage } from '@/lib/call-log/testing/call-fixtures';
import { renderCallsTable, searchOf, stubLayoutApis } from './testing/calls-table-harness';

beforeAll(async () => {
  stubLayoutApis();
  // Render as the app does once its lazy chunks have arrived.
  await Promise.all([loadPhoneFormatter(), loadTooltip(), loadViewOptionsMenu()]);
});

afterEach(() => {
  window.localStorage.clear();
});

const table = () => screen.getByRole('table');
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
/** The text of each cell of `row`, keyed by its column's header. */
const cellTexts = (row: HTMLElement): Record<string, string | null> => {
  const cells = [...row.children];
  return Object.fromEntries(
    screen
      .getAllByRole('columnheader')
      .map((cell, index) => [cell.textContent, cells[index]?.textContent ?? null]),
  );
};
/** The message an empty table shows in place of rows. */
const emptyMessage = () => within(table()).getByText(/^No calls/).textContent;

/** Presses Tab until `matches` holds for the focused element: proves it is keyboard-reachable. */
async function tabUntil(user: UserEvent, matches: (element: Element) => boolean) {
  for (let presses = 0; presses < 20; presses++) {
    await user.tab();
    if (document.activeElement && matches(document.activeElement)) return;
  }
  throw new Error('Tab never reached the element');
}

function manyCalls(count: number) {
  return Array.from({ length: count }, () => makeCall());
}

describe('CallsTable rows', () => {
  test('shows each field of a call the way a manager reads it', () => {
    renderCallsTable({
      result: makePage([
        makeCall({
          duration: 3725,
          notes: 'Wants pricing for 40 seats',
          contact: { first_name: 'John', last_name: 'Doe', title: 'VP of Sales', company: 'Acme' },
        }),
      ]),
    });
    const [row] = bodyRows();
    if (!row) throw new Error('no row');
    const cells = within(row);
    expect(cells.getByRole('rowheader').querySelector('time')?.getAttribute('datetime')).toBe(
      '2024-01-15T14:30:00.000Z',
    );
    expect(cellTexts(row)).toMatchObject({
      Rep: 'Jane Smith',
      To: '(555) 123-4567',
      From: '(415) 555-2671',
      Direction: 'Outbound',
      Outcome: 'Answered',
      'Answered by': 'Human',
      Disposition: 'Positive: Answered - Meeting Set',
      Duration: '1:02:05',
      Notes: 'Wants pricing for 40 seats',
    });
    // The contact's name, then who they are, as two lines of one cell.
    const contactCell = cells.getAllByRole('cell')[2];
    expect(
      [...(contactCell?.querySelectorAll('span') ?? [])].map((line) => line.textContent),
    ).toEqual(['John Doe', 'VP of Sales · Acme']);
  });

  test('names the rep by email when the name is missing', () => {
    renderCallsTable({
      result: makePage([makeCall({ user: { _id: 'u2', email: 'rep@example.com' } })]),
    });
    const [row] = bodyRows();
    if (!row) throw new Error('no row');
    expect(cellTexts(row).Rep).toBe('rep@example.com');
  });

  test('marks the disposition category in words as well as by shape', () => {
    renderCallsTable({
      result: makePage([
        makeCall({ disposition: { internal_id: 1, external_name: 'Answered - Meeting Set' } }),
        makeCall({ disposition: { internal_id: 3, external_name: 'Answered - Not Interested' } }),
        makeCall({ disposition: { internal_id: 11 } }),
        makeCall({ disposition: { internal_id: 16 } }),
      ]),
    });
    const dispositions = bodyRows().map((row) => within(row).getAllByRole('cell')[8]?.textContent);
    expect(dispositions).toEqual([
      'Positive: Answered - Meeting Set',
      'Negative: Answered - Not Interested',
      'Not answered: Left Voicemail',
      'follow_up: Park for later',
    ]);
    const markers = bodyRows().map((row) =>
      within(row).getAllByRole('cell')[8]?.querySelector('[title]'),
    );
    expect(markers.map((marker) => marker?.getAttribute('title'))).toEqual([
      'Positive',
      'Negative',
      'Not answered',
      'follow_up',
    ]);
    // A different shape for each category, so colour is never the only cue.
    const shapes = markers.map((marker) => marker?.querySelector('path')?.getAttribute('d'));
    expect(new Set(shapes).size).toBe(4);
  });

  test('shows an outcome the contract lacks as received', () => {
    renderCallsTable({
      result: makePage([makeCall({ outcome: 'voicemail-drop', direction: 'sideways' })]),
    });
    const [row] = bodyRows();
    if (!row) throw new Error('no row');
    expect(cellTexts(row)).toMatchObject({ Direction: 'sideways', Outcome: 'voicemail-drop' });
    expect(within(row).getByText('voicemail-drop').getAttribute('title')).toBe('Shown as received');
    expect(screen.queryByText('Answered')).toBeNull();
  });

  test('renders a call with only an id as gaps, not a crash', () => {
    renderCallsTable({ result: makePage([{ _id: 'only-id' }]) });
    const [row] = bodyRows();
    if (!row) throw new Error('no row');
    // Every visible column: start time, rep, contact, to, from, direction, outcome, answered by,
    // disposition, duration, notes.
    expect(within(row).getAllByText('not recorded')).toHaveLength(11);
    expect(within(row).getAllByText('—')).toHaveLength(11);
  });

  test('shows the exact UTC time when Tab reaches the start time', async () => {
    const { user } = renderCallsTable();
    await tabUntil(user, (element) => element.tagName === 'TIME');
    expect(document.activeElement?.textContent).toMatch(/^Jan 15, 2024, /);
    expect((await screen.findByRole('tooltip')).textContent).toBe('2024-01-15 14:30:00 UTC');
  });

  test('opens a long note in place with a disclosure button', async () => {
    const note = 'Asked for a follow-up next Tuesday after their budget meeting; loop in the CFO.';
    const { user } = renderCallsTable({ result: makePage([makeCall({ notes: note })]) });
    const toggle = screen.getByRole('button', { name: 'Full note' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText(note).getAttribute('title')).toBe(note);
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(note).className).toContain('expanded');
  });

  test('the next page reuses the row elements, but what a row remembers stays with its call', async () => {
    const note = (name: string) =>
      `${name} asked for a follow-up next Tuesday after their budget meeting; loop in the CFO.`;
    const { user, showProps } = renderCallsTable({
      result: makePage([makeCall({ notes: note('Ada') })], { total: 2, limit: 1 }),
    });
    const firstRow = bodyRows()[0];
    await user.click(screen.getByRole('button', { name: 'Full note' }));
    expect(screen.getByRole('button', { name: 'Full note' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    // Tab reached the start time: its tooltip is live.
    await tabUntil(user, (element) => element.tagName === 'TIME');
    expect((await screen.findByRole('tooltip')).textContent).toBe('2024-01-15 14:30:00 UTC');

    showProps({
      result: makePage(
        [makeCall({ notes: note('Grace'), started_at: '2024-02-01T10:00:00.000Z' })],
        { page: 2, total: 2, limit: 1 },
      ),
    });

    // Same element, new call: only the text changed.
    expect(bodyRows()[0]).toBe(firstRow);
    expect(firstRow?.textContent).toContain(note('Grace'));
    expect(firstRow?.textContent).not.toContain('Ada');
    // Ada's opened note does not open Grace's, and Grace's start time has no tooltip machinery
    // until she is reached.
    expect(screen.getByRole('button', { name: 'Full note' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    const time = within(firstRow ?? document.body).getAllByText(/^Feb 1, 2024, /)[0];
    expect(time?.getAttribute('data-state')).toBeNull();
  });

  test('reports records that could not be shown, and says nothing when all could', () => {
    const complete = renderCallsTable({ result: makePage([makeCall()]) });
    expect(screen.queryByText(/could not be shown/)).toBeNull();
    complete.unmount();
    renderCallsTable({ result: makePage([makeCall()], { droppedRows: 3 }) });
    expect(screen.getByText(/could not be shown/).textContent).toBe(
      '3 records could not be shown (malformed).',
    );
  });

  test('Enter or a click on a row opens the call; the row’s own buttons do not', async () => {
    const onOpenCall = vi.fn();
    const call = makeCall({ notes: 'x'.repeat(120) });
    const { user } = renderCallsTable({ result: makePage([call]), onOpenCall });
    const [row] = bodyRows();
    if (!row) throw new Error('no row');

    await user.click(screen.getByRole('button', { name: 'Full note' }));
    expect(onOpenCall).not.toHaveBeenCalled();

    await user.click(within(row).getByText('Jane Smith'));
    expect(onOpenCall).toHaveBeenLastCalledWith(call._id);

    await tabUntil(user, (element) => element === row);
    await user.keyboard('{Enter}');
    expect(onOpenCall).toHaveBeenCalledTimes(2);
  });
});

describe('CallsTable sorting', () => {
  test('shows the default sort on its header and in words', () => {
    renderCallsTable();
    expect(header('Start time').getAttribute('aria-sort')).toBe('descending');
    expect(header('Duration').getAttribute('aria-sort')).toBeNull();
    expect(screen.getByText(/Sorted by/).textContent).toBe('Sorted by Start time, newest first');
  });

  test('only the API’s sort fields have sort buttons', () => {
    renderCallsTable();
    const sortButtons = screen
      .getAllByRole('columnheader')
      .flatMap((cell) => within(cell).queryAllByRole('button'));
    expect(sortButtons.map((button) => button.textContent)).toEqual(['Start time', 'Duration']);
  });

  test('sorting by a header writes the URL, longest first, and goes back to page 1', async () => {
    const { router, user } = renderCallsTable({
      url: '/calls?page=3&filters[outcome]=answered',
      result: makePage(manyCalls(3), { page: 3, total: 4812 }),
    });
    await user.click(within(header('Duration')).getByRole('button'));
    expect(searchOf(router)).toBe('?sort=-duration&filters[outcome]=answered');
    expect(router.state.historyAction).toBe('PUSH');
    expect(header('Duration').getAttribute('aria-sort')).toBe('descending');
    expect(header('Start time').getAttribute('aria-sort')).toBeNull();

    await user.click(within(header('Duration')).getByRole('button'));
    expect(searchOf(router)).toBe('?sort=duration&filters[outcome]=answered');
    expect(header('Duration').getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByText(/Sorted by/).textContent).toBe('Sorted by Duration, shortest first');
  });

  test('a second click on the default sort flips it to oldest first', async () => {
    const { router, user } = renderCallsTable();
    await user.click(within(header('Start time')).getByRole('button'));
    expect(searchOf(router)).toBe('?sort=started_at');
    await user.click(within(header('Start time')).getByRole('button'));
    expect(searchOf(router)).toBe('');
  });

  test('a sort on a hidden column still shows in words', () => {
    renderCallsTable({ url: '/calls?sort=-ended_at' });
    expect(screen.queryByRole('columnheader', { name: /Ended/ })).toBeNull();
    expect(screen.getByText(/Sorted by/).textContent).toBe('Sorted by Ended, newest first');
  });
});

describe('CallsTable paging', () => {
  const pager = () => screen.getByRole('navigation', { name: 'Pagination' });
  const pagerButton = (name: string) =>
    within(pager()).getByRole<HTMLButtonElement>('button', { name });
  const range = () => pager().querySelector('[aria-live]')?.textContent;
  const enabled = () =>
    ['First page', 'Previous page', 'Next page', 'Last page'].filter(
      (name) => !pagerButton(name).disabled,
    );

  test('on the first page', () => {
    renderCallsTable({ result: makePage(manyCalls(50), { total: 4812 }) });
    expect(range()).toBe('1–50 of 4,812');
    expect(enabled()).toEqual(['Next page', 'Last page']);
  });

  test('on a middle page, and moving on pushes the next page to the URL', async () => {
    const { router, user } = renderCallsTable({
      url: '/calls?page=3&sort=-duration',
      result: makePage(manyCalls(50), { page: 3, total: 4812 }),
    });
    expect(range()).toBe('101–150 of 4,812');
    expect(enabled()).toEqual(['First page', 'Previous page', 'Next page', 'Last page']);

    await user.click(pagerButton('Next page'));
    expect(searchOf(router)).toBe('?page=4&sort=-duration');
    expect(router.state.historyAction).toBe('PUSH');
    await user.click(pagerButton('Last page'));
    expect(searchOf(router)).toBe('?page=97&sort=-duration');
    await user.click(pagerButton('First page'));
    expect(searchOf(router)).toBe('?sort=-duration');
  });

  test('on the last page', async () => {
    const { router, user } = renderCallsTable({
      url: '/calls?page=97',
      result: makePage(manyCalls(12), { page: 97, total: 4812 }),
    });
    expect(range()).toBe('4,801–4,812 of 4,812');
    expect(enabled()).toEqual(['First page', 'Previous page']);
    await user.click(pagerButton('Previous page'));
    expect(searchOf(router)).toBe('?page=96');
  });

  test('without a total: the span only, Next while there is a next page, never Last', () => {
    renderCallsTable({
      url: '/calls?page=2',
      result: makePage(manyCalls(50), { page: 2, total: null, pages: null, next: 3 }),
    });
    expect(range()).toBe('51–100');
    expect(enabled()).toEqual(['First page', 'Previous page', 'Next page']);
  });

  test('without a total on the last page, Next is disabled too', () => {
    renderCallsTable({
      url: '/calls?page=2',
      result: makePage(manyCalls(50), { page: 2, total: null, pages: null, next: null }),
    });
    expect(enabled()).toEqual(['First page', 'Previous page']);
  });

  test('a new page size goes into the URL and back to page 1', async () => {
    const { router, user } = renderCallsTable({
      url: '/calls?page=3',
      result: makePage(manyCalls(50), { page: 3, total: 4812 }),
    });
    const select = screen.getByLabelText<HTMLSelectElement>('Rows per page');
    expect(select.value).toBe('50');
    expect([...select.options].map((option) => option.value)).toEqual(['10', '25', '50', '100']);
    await user.selectOptions(select, '25');
    expect(searchOf(router)).toBe('?limit=25');
    expect(router.state.historyAction).toBe('PUSH');
  });

  test('a page size from the URL that the menu does not list is still shown', () => {
    renderCallsTable({
      url: '/calls?limit=37',
      result: makePage(manyCalls(37), { limit: 37, total: 100 }),
    });
    const select = screen.getByLabelText<HTMLSelectElement>('Rows per page');
    expect(select.value).toBe('37');
    expect([...select.options].map((option) => option.value)).toEqual([
      '10',
      '25',
      '37',
      '50',
      '100',
    ]);
    expect(range()).toBe('1–37 of 100');
  });
});

describe('CallsTable column visibility', () => {
  const columnNames = () => screen.getAllByRole('columnheader').map((cell) => cell.textContent);

  test('Ended and Logged start hidden; the rest show', () => {
    renderCallsTable();
    expect(columnNames()).toEqual([
      'Recording',
      'Start time',
      'Rep',
      'Contact',
      'To',
      'From',
      'Direction',
      'Outcome',
      'Answered by',
      'Disposition',
      'Duration',
      'Notes',
    ]);
  });

  test('hiding a column in the menu sticks across a remount', async () => {
    const first = renderCallsTable();
    await first.user.click(screen.getByRole('button', { name: 'Columns' }));
    const notes = await screen.findByRole('menuitemcheckbox', { name: 'Notes' });
    expect(notes.getAttribute('aria-checked')).toBe('true');
    // The start time names each row: it is not offered.
    expect(screen.queryByRole('menuitemcheckbox', { name: 'Start time' })).toBeNull();

    await first.user.click(notes);
    expect(notes.getAttribute('aria-checked')).toBe('false');
    await first.user.click(screen.getByRole('menuitemcheckbox', { name: 'Ended' }));
    // The menu stays open for more changes; Escape closes it.
    await first.user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(columnNames()).not.toContain('Notes');
    expect(columnNames()).toContain('Ended');
    first.unmount();

    renderCallsTable();
    expect(columnNames()).not.toContain('Notes');
    expect(columnNames()).toContain('Ended');
    expect(columnNames()).toContain('Start time');
  });

  test('Reset to default brings back the default columns and remembers that', async () => {
    window.localStorage.setItem(CALL_COLUMNS_STORAGE_KEY, JSON.stringify({ notes: false }));
    const { user } = renderCallsTable();
    expect(columnNames()).not.toContain('Notes');
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Reset to default' }));
    expect(columnNames()).toContain('Notes');
    expect(JSON.parse(window.localStorage.getItem(CALL_COLUMNS_STORAGE_KEY) ?? '{}')).toMatchObject(
      { notes: true, ended_at: false },
    );
  });

  test('garbage in storage falls back to the defaults', () => {
    window.localStorage.setItem(CALL_COLUMNS_STORAGE_KEY, '{"notes": "no", "started_at": false');
    renderCallsTable();
    expect(columnNames()).toContain('Notes');
    expect(columnNames()).toContain('Start time');
  });

  test('the next page, rendered ahead, follows the columns chosen after it was rendered', async () => {
    const { user, queryClient } = renderCallsTable({
      result: makePage([makeCall()], { total: 2, limit: 1 }),
    });
    act(() => {
      queryClient.setQueryData(
        callQueries.page({ ...callLogQueryForSearch(''), page: 2 }).queryKey,
        makePage(
          [
            makeCall({
              user: { _id: 'u2', first_name: 'Grace', last_name: 'Hopper' },
              outcome: 'no-answer',
            }),
          ],
          { page: 2, total: 2, limit: 1 },
        ),
      );
    });
    const headerIds = () =>
      [...table().querySelectorAll('thead th')].map((cell) => cell.getAttribute('data-column-id'));
    // The hidden page's row: rendered, but out of the accessibility tree.
    await screen.findByText('Grace Hopper');
    const aheadRow = () => screen.getByText('Grace Hopper').closest('tr');
    const aheadCellIds = () =>
      [...(aheadRow()?.children ?? [])].map((cell) => cell.getAttribute('data-column-id'));
    expect(aheadRow()?.closest('tbody')?.style.display).toBe('none');
    expect(aheadCellIds()).toEqual(headerIds());
    expect(aheadRow()?.textContent).toContain('No answer');

    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Outcome' }));
    await user.keyboard('{Escape}');

    expect(headerIds()).not.toContain('outcome');
    expect(aheadCellIds()).toEqual(headerIds());
    expect(aheadRow()?.textContent).not.toContain('No answer');
  });

  test('a stored choice cannot hide the start time', () => {
    window.localStorage.setItem(
      CALL_COLUMNS_STORAGE_KEY,
      JSON.stringify({ started_at: false, rep: false }),
    );
    renderCallsTable();
    expect(columnNames()).toContain('Start time');
    expect(columnNames()).not.toContain('Rep');
  });
});

describe('CallsTable states', () => {
  test('first load: skeleton rows in the table’s shape, busy', () => {
    renderCallsTable({ url: '/calls?limit=25', result: undefined, status: 'pending' });
    expect(table().getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Loading calls…');
    const skeletonRows = table().querySelectorAll('tbody tr');
    expect(skeletonRows).toHaveLength(10);
    expect(skeletonRows[0]?.querySelectorAll('td')).toHaveLength(12);
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).toBeNull();
  });

  test('no calls for the filters: a message and Clear filters, which keeps sort and size', async () => {
    const { router, user } = renderCallsTable({
      url: '/calls?limit=25&sort=-duration&filters[outcome]=answered&filters[user_ids][]=u1',
      result: makePage([], { limit: 25, total: 0 }),
    });
    expect(emptyMessage()).toBe('No calls match these filters.');
    expect(table().getAttribute('aria-busy')).toBe('false');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(searchOf(router)).toBe('?limit=25&sort=-duration');
    expect(router.state.historyAction).toBe('PUSH');
  });

  test('no calls at all and no filters: no Clear filters button', () => {
    renderCallsTable({ result: makePage([], { total: 0 }) });
    expect(emptyMessage()).toBe('No calls yet.');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  test('a page past the end offers the first page', async () => {
    const { router, user } = renderCallsTable({
      url: '/calls?page=200',
      result: makePage([], { page: 200, total: 4812 }),
    });
    expect(emptyMessage()).toBe('No calls on this page.');
    await user.click(screen.getByRole('button', { name: 'Go to the first page' }));
    expect(searchOf(router)).toBe('');
  });

  test('while updating, the previous rows stay, dimmed, with a visible status', () => {
    renderCallsTable({
      result: makePage([makeCall(), makeCall()]),
      isUpdating: true,
    });
    expect(bodyRows()).toHaveLength(2);
    expect(table().getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Updating…');
    expect(table().closest('.data-table')?.className).toContain('data-table--updating');
  });

  test('not updating: the status is empty and the table is not busy', () => {
    renderCallsTable();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(table().getAttribute('aria-busy')).toBe('false');
  });

  test('a failed first load leaves a bare frame: headers, no rows, no pager', () => {
    renderCallsTable({ result: undefined, status: 'error' });
    expect(screen.getAllByRole('columnheader').length).toBeGreaterThan(0);
    expect(table().querySelectorAll('tbody tr')).toHaveLength(0);
    expect(table().getAttribute('aria-busy')).toBe('false');
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).toBeNull();
  });
});
