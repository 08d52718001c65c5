import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { fromDateInputValue, resolvePreset } from '@/lib/dates/date-range-presets';
import { getUserTimeZone } from '@/lib/dates/zoned-date';
import { FilterSidebar } from './filter-sidebar';
import { referenceQueries } from '@/lib/reference-data/reference-queries';
import {
  installDomStubs,
  renderWithCallsUrl,
  stubMatchMedia,
} from './testing/render-with-calls-url';

beforeAll(installDomStubs);

afterEach(() => {
  stubMatchMedia(undefined);
  vi.useRealTimers();
});

const renderSidebar = (url = '/', options: Parameters<typeof renderWithCallsUrl>[1] = {}) =>
  renderWithCallsUrl(<FilterSidebar />, { url, ...options });

const group = (name: string) => screen.getByRole('group', { name });
/** The texts that describe `element` to assistive technology (its `aria-describedby`). */
const descriptionOf = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

describe('choice filters', () => {
  test('choosing an outcome writes filters[outcome], pushes, and goes back to page 1', async () => {
    const user = userEvent.setup();
    const { params, historyAction, router } = renderSidebar(
      '/?page=3&limit=25&filters[direction]=inbound',
    );
    const outcome = group('Outcome');
    expect(within(outcome).getByRole('radio', { name: 'Any' })).toHaveProperty('checked', true);

    await user.click(within(outcome).getByRole('radio', { name: 'No answer' }));

    await waitFor(() => {
      expect(params().get('filters[outcome]')).toBe('no-answer');
    });
    expect(params().get('page')).toBeNull();
    expect(params().get('limit')).toBe('25');
    expect(params().get('filters[direction]')).toBe('inbound');
    expect(historyAction()).toBe('PUSH');
    expect(within(outcome).getByRole('radio', { name: 'No answer' })).toHaveProperty(
      'checked',
      true,
    );

    // Back undoes it: the radio follows the URL.
    await act(() => router.navigate(-1));
    expect(within(group('Outcome')).getByRole('radio', { name: 'Any' })).toHaveProperty(
      'checked',
      true,
    );
  });

  test('labels say what values mean, and "Any" removes the filter', async () => {
    const user = userEvent.setup();
    const { params } = renderSidebar(
      '/?filters[answered_by]=machine_start&filters[is_completed]=false',
    );
    const answeredBy = group('Answered by');
    expect(within(answeredBy).getByRole('radio', { name: 'Machine / voicemail' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(group('Completed')).getByRole('radio', { name: 'No' })).toHaveProperty(
      'checked',
      true,
    );
    await user.click(within(answeredBy).getByRole('radio', { name: 'Any' }));
    await waitFor(() => {
      expect(params().has('filters[answered_by]')).toBe(false);
    });
    await user.click(within(group('Has recording')).getByRole('radio', { name: 'Yes' }));
    await waitFor(() => {
      expect(params().get('filters[has_recording]')).toBe('true');
    });
    expect(params().get('filters[is_completed]')).toBe('false');
  });
});

describe('reference multi-selects', () => {
  test('selecting two reps writes two filters[user_ids][], by name in the list', async () => {
    const user = userEvent.setup();
    const { params } = renderSidebar('/?page=2');
    const trigger = screen.getByRole('button', { name: /^Reps/ });
    await user.click(trigger);
    await user.type(await screen.findByRole('combobox', { name: 'Search reps' }), 'park');
    await user.click(screen.getByRole('option', { name: /Lee Park/ }));
    await user.clear(screen.getByRole('combobox', { name: 'Search reps' }));
    await user.click(screen.getByRole('option', { name: /Dana Kim/ }));

    await waitFor(() => {
      expect(params().getAll('filters[user_ids][]')).toEqual(['u1', 'u2']);
    });
    expect(params().get('page')).toBeNull();
    expect(screen.getByRole('option', { name: /Sam Ortiz/ }).textContent).toContain('invited');

    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(trigger);
    expect(trigger.textContent).toContain('2 selected');
  });

  test('a rep has no rep filter, and a link’s rep filter does not count as active', () => {
    renderSidebar('/?filters[user_ids][]=u2&filters[outcome]=answered', { role: 'rep' });
    expect(screen.queryByRole('button', { name: /^Reps/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Dispositions/ })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Filters (1 active)');
  });

  test('a manager has the rep filter', () => {
    renderSidebar('/', { role: 'manager' });
    expect(screen.getAllByRole('button', { name: /^Reps/ })).toHaveLength(1);
  });

  test('an id the team does not have is shown as an unknown rep, and can be removed', async () => {
    const user = userEvent.setup();
    const { params } = renderSidebar('/?filters[user_ids][]=65a1b2c3d4e5f60718293a4b');
    const trigger = screen.getByRole('button', { name: /^Reps/ });
    expect(trigger.textContent).toContain('Unknown rep (id 65a1b2…3a4b)');
    await user.click(trigger);
    const unknown = await screen.findByRole('option', { name: /Unknown rep/ });
    expect(unknown.getAttribute('aria-checked')).toBe('true');
    await user.click(unknown);
    await waitFor(() => {
      expect(params().has('filters[user_ids][]')).toBe(false);
    });
  });

  test('dispositions are grouped by category, custom ones marked; positive-only is explained', async () => {
    const user = userEvent.setup();
    const { params } = renderSidebar();
    await user.click(screen.getByRole('button', { name: /^Dispositions/ }));
    const listbox = await screen.findByRole('listbox', { name: 'Dispositions' });
    const groupNames = within(listbox)
      .getAllByRole('group')
      .map(
        (group) =>
          document.getElementById(group.getAttribute('aria-labelledby') ?? '')?.textContent,
      );
    expect(groupNames).toEqual([
      'Positive',
      'Neutral',
      'Negative',
      'Not answered',
      'Cancelled',
      'partner',
    ]);
    const partner = within(screen.getByRole('group', { name: 'partner' })).getByRole('option');
    expect(partner.textContent).toContain('custom');
    await user.click(screen.getByRole('option', { name: /Left Voicemail/ }));
    await waitFor(() => {
      expect(params().getAll('filters[disposition_ids][]')).toEqual(['11']);
    });
    await user.keyboard('{Escape}');

    const positiveOnly = screen.getByRole('checkbox', {
      name: 'Positive dispositions only',
      description: /neutral, negative and unanswered calls are all left out/,
    });
    await user.click(positiveOnly);
    await waitFor(() => {
      expect(params().get('filters[exclude_negative_dispositions]')).toBe('true');
    });
  });

  test('while reference data loads, chosen ids still show, and the list says it is loading', async () => {
    const user = userEvent.setup();
    renderSidebar('/?filters[sequences][]=seq_9', {
      loading: [referenceQueries.sequences().queryKey],
    });
    const trigger = screen.getByRole('button', { name: /^Sequences/ });
    expect(trigger.textContent).toContain('id seq_9');
    await user.click(trigger);
    const popover = await screen.findByRole('dialog', { name: 'Sequences' });
    expect(within(popover).getByText(/^Loading/).textContent).toBe('Loading sequences…');
    expect(within(popover).queryByText(/Couldn’t load/)).toBeNull();
  });

  test('when reference data fails, chosen ids still show, with the reason and a Retry', async () => {
    const user = userEvent.setup();
    // Not seeded: the same-origin request has no origin to go to in jsdom, so it fails.
    renderSidebar('/?filters[sequences][]=seq_9', { seed: false });
    const trigger = screen.getByRole('button', { name: /^Sequences/ });
    expect(trigger.textContent).toContain('id seq_9');
    await user.click(trigger);
    const reason = await screen.findByText(/^Couldn’t load/);
    expect(reason.textContent).toBe(
      'Couldn’t load the sequences; chosen ones are shown by id. Retry',
    );
    expect(within(reason).getByRole('button', { name: 'Retry' })).toHaveProperty('disabled', false);
  });
});

describe('search', () => {
  test('typing replaces history after the pause, and the field keeps its text', async () => {
    const user = userEvent.setup();
    const { params, historyAction, router, search } = renderSidebar('/?page=4');
    const input = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(input, 'acme corp ');
    // Not yet: the URL waits for a pause in typing.
    expect(search()).toBe('page=4');

    await waitFor(() => {
      expect(params().get('filters[search]')).toBe('acme corp');
    });
    expect(params().get('page')).toBeNull();
    expect(historyAction()).toBe('REPLACE');
    expect(input).toHaveProperty('value', 'acme corp ');

    // Replaced, not pushed: one step back leaves the page.
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe('/before');
  });

  test('follows the URL when it changes from elsewhere', async () => {
    const { router } = renderSidebar('/?filters[search]=acme');
    const input = screen.getByRole('searchbox', { name: 'Search' });
    expect(input).toHaveProperty('value', 'acme');
    await act(() => router.navigate('/?filters[search]=globex'));
    expect(input).toHaveProperty('value', 'globex');
    await act(() => router.navigate('/'));
    expect(input).toHaveProperty('value', '');
  });

  test('Enter writes at once; clearing the text removes the filter', async () => {
    const user = userEvent.setup();
    const { params } = renderSidebar('/?filters[search]=acme');
    const input = screen.getByRole('searchbox', { name: 'Search' });
    await user.clear(input);
    await user.type(input, 'globex{Enter}');
    expect(params().get('filters[search]')).toBe('globex');
    await user.clear(input);
    await waitFor(() => {
      expect(params().has('filters[search]')).toBe(false);
    });
  });
});

describe('dates', () => {
  test('a preset writes local day bounds as UTC instants and is shown as chosen', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-11-26T15:00:00.000Z'));
    const user = userEvent.setup();
    const timeZone = getUserTimeZone();
    const { params } = renderSidebar();
    const select = screen.getByRole('combobox', { name: 'Date range' });
    expect(descriptionOf(select)).toBe(`Times in ${timeZone}`);

    await user.selectOptions(select, 'Last 7 days');
    const expected = resolvePreset('last_7_days', new Date(), timeZone);
    await waitFor(() => {
      expect(params().get('filters[start_date]')).toBe(expected.start);
    });
    expect(params().get('filters[end_date]')).toBe(expected.end);
    expect(select).toHaveProperty('value', 'last_7_days');
    // formatRange puts thin spaces around the dash.
    expect(descriptionOf(select)).toBe(`Nov 20\u2009–\u200926 · Times in ${timeZone}`);
  });

  test('a range that is no preset shows as custom, with From and To dates to edit', async () => {
    const timeZone = getUserTimeZone();
    const start = fromDateInputValue('2024-03-01', 'start', timeZone) ?? '';
    const end = fromDateInputValue('2024-03-15', 'end', timeZone) ?? '';
    const { params } = renderSidebar(`/?filters[start_date]=${start}&filters[end_date]=${end}`);
    expect(screen.getByRole('combobox', { name: 'Date range' })).toHaveProperty('value', 'custom');
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    expect(from).toHaveProperty('value', '2024-03-01');
    expect(to).toHaveProperty('value', '2024-03-15');

    fireEvent.change(to, { target: { value: '2024-03-20' } });
    await waitFor(() => {
      expect(params().get('filters[end_date]')).toBe(
        fromDateInputValue('2024-03-20', 'end', timeZone),
      );
    });

    // From after To is refused, with the reason.
    expect(from.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(from, { target: { value: '2024-04-01' } });
    await waitFor(() => {
      expect(descriptionOf(from)).toBe('From must be on or before To.');
    });
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(params().get('filters[start_date]')).toBe(start);
  });

  test('"Any time" removes both bounds', async () => {
    const user = userEvent.setup();
    const { params } = renderSidebar(
      '/?filters[start_date]=2024-03-01&filters[end_date]=2024-03-02',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Date range' }), 'Any time');
    await waitFor(() => {
      expect(params().toString()).toBe('');
    });
  });
});

describe('durations', () => {
  test('commit on blur, in seconds or m:ss; a minimum above the maximum is refused', async () => {
    const user = userEvent.setup();
    const { params } = renderSidebar('/?filters[max_duration]=60');
    const min = screen.getByRole('textbox', { name: 'Min duration' });
    expect(screen.getByRole('textbox', { name: 'Max duration' })).toHaveProperty('value', '1:00');

    await user.type(min, '2:00');
    await user.tab();
    expect(
      screen.getByRole('textbox', {
        name: 'Min duration',
        description: 'The minimum (2:00) is longer than the maximum (1:00).',
      }),
    ).toBe(min);
    expect(params().has('filters[min_duration]')).toBe(false);

    await user.clear(min);
    await user.type(min, '30{Enter}');
    await waitFor(() => {
      expect(params().get('filters[min_duration]')).toBe('30');
    });
    expect(min).toHaveProperty('value', '30');
    expect(min.getAttribute('aria-invalid')).toBeNull();
  });

  test('text that is no duration is refused with what to type', async () => {
    const user = userEvent.setup();
    const { search } = renderSidebar();
    const max = screen.getByRole('textbox', { name: 'Max duration' });
    await user.type(max, 'ten{Enter}');
    expect(descriptionOf(max)).toBe('Enter seconds (90) or minutes and seconds (1:30).');
    expect(max.getAttribute('aria-invalid')).toBe('true');
    expect(search()).toBe('');
  });
});

describe('phone numbers', () => {
  test('Enter or a comma adds a number as a token; a bad one is refused with the reason', async () => {
    const user = userEvent.setup();
    const { params } = renderSidebar();
    const from = screen.getByRole('textbox', { name: 'From numbers' });
    await user.type(from, '555 123 4567,');
    await waitFor(() => {
      expect(params().getAll('filters[from][]')).toEqual(['555 123 4567']);
    });
    const tokens = () =>
      within(screen.getByRole('list', { name: 'From numbers' }))
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label'));
    expect(tokens()).toEqual(['Remove (555) 123-4567 from From numbers']);

    await user.type(from, '12{Enter}');
    expect(descriptionOf(from)).toBe(
      'Press Enter or type a comma after each number. Any formatting matches. ' +
        '“12” is too short: a number needs at least 3 digits.',
    );
    expect(tokens()).toEqual(['Remove (555) 123-4567 from From numbers']);
    expect(params().getAll('filters[from][]')).toEqual(['555 123 4567']);

    const to = screen.getByRole('textbox', { name: 'To numbers' });
    await user.type(to, '+1 (415) 555-2671{Enter}');
    await waitFor(() => {
      expect(params().getAll('filters[to][]')).toEqual(['+1 (415) 555-2671']);
    });
  });
});

describe('layout', () => {
  test('on a wide screen: a panel with the count and Clear all, which keeps sort and limit', async () => {
    const user = userEvent.setup();
    const { search } = renderSidebar(
      '/?limit=25&sort=duration&filters[outcome]=answered&filters[user_ids][]=u1',
    );
    const title = () => screen.getByRole('heading', { name: /^Filters/ }).textContent;
    expect(title()).toBe('Filters (2 active)');
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => {
      expect(search()).toBe('limit=25&sort=duration');
    });
    expect(title()).toBe('Filters');
  });

  test('on a narrow screen: a "Filters (n active)" button opens the controls in a dialog', async () => {
    stubMatchMedia(true);
    const user = userEvent.setup();
    const { params } = renderSidebar('/?filters[outcome]=answered');
    expect(screen.queryByRole('group', { name: 'Outcome' })).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Filters (1 active)' });

    await user.click(toggle);
    const dialog = await screen.findByRole('dialog', { name: 'Filters (1 active)' });
    await user.click(within(dialog).getByRole('radio', { name: 'Outbound' }));
    await waitFor(() => {
      expect(params().get('filters[direction]')).toBe('outbound');
    });
    expect(within(dialog).getByRole('heading', { name: /^Filters/ }).textContent).toBe(
      'Filters (2 active)',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Show calls' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Filters (2 active)' }));
  });
});
