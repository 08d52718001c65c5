import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { ActiveFilterChips } from './active-filter-chips';
import { renderWithCallsUrl } from './testing/render-with-calls-url';

const renderChips = (url: string, options: Parameters<typeof renderWithCallsUrl>[1] = {}) =>
  renderWithCallsUrl(<ActiveFilterChips />, { url, ...options });

const chips = () =>
  within(screen.getByRole('region', { name: 'Active filters' })).getAllByRole('listitem');
const chipLabels = () => chips().map((item) => item.textContent.replace('×', ''));
/** What each chip's remove button is called, in chip order. */
const removeLabels = () =>
  chips().map((item) => within(item).getByRole('button').getAttribute('aria-label'));

describe('ActiveFilterChips', () => {
  test('renders nothing without filters', () => {
    renderChips('/?limit=25&sort=duration&page=2');
    expect(screen.queryByRole('region', { name: 'Active filters' })).toBeNull();
  });

  test('a rep gets no rep chip from a link that carries a rep filter', () => {
    renderChips('/?filters[outcome]=answered&filters[user_ids][]=u1&filters[user_ids][]=u2', {
      role: 'rep',
    });
    expect(chipLabels()).toEqual(['Outcome: Answered']);
  });

  test('says what each filter does, with names, not ids', () => {
    renderChips(
      '/?filters[outcome]=answered&filters[min_duration]=60&filters[user_ids][]=u1' +
        '&filters[disposition_ids][]=15&filters[sequences][]=seq_1&filters[contact_list_ids][]=l2' +
        '&filters[from][]=5551234567&filters[exclude_negative_dispositions]=true',
    );
    expect(chipLabels()).toEqual([
      'Outcome: Answered',
      'Min duration: 1:00',
      'Positive dispositions only',
      'Disposition: Partner referral',
      'Rep: Dana Kim',
      'Contact list: Webinar leads',
      'Sequence: Q1 Outbound Campaign',
      'From: (555) 123-4567',
    ]);
    expect(removeLabels()).toEqual(chipLabels().map((label) => `Remove filter ${label}`));
  });

  test('an unknown rep id in the URL is a visible chip', () => {
    renderChips('/?filters[user_ids][]=u1&filters[user_ids][]=ghost');
    // The URL keeps array values sorted, so "ghost" comes before "u1".
    expect(chipLabels()).toEqual(['Rep: Unknown rep (id ghost)', 'Rep: Dana Kim']);
    expect(removeLabels()).toEqual([
      'Remove filter Rep: Unknown rep (id ghost)',
      'Remove filter Rep: Dana Kim',
    ]);
  });

  test("a chip's remove button removes exactly that value, and focus moves to the next chip", async () => {
    const user = userEvent.setup();
    const { params, historyAction } = renderChips(
      '/?page=3&filters[user_ids][]=u1&filters[user_ids][]=u2&filters[user_ids][]=u3&filters[outcome]=answered',
    );
    await user.click(screen.getByRole('button', { name: 'Remove filter Rep: Lee Park' }));
    await waitFor(() => {
      expect(params().getAll('filters[user_ids][]')).toEqual(['u1', 'u3']);
    });
    expect(params().get('filters[outcome]')).toBe('answered');
    expect(params().get('page')).toBeNull();
    expect(historyAction()).toBe('PUSH');
    expect(chipLabels()).toEqual(['Outcome: Answered', 'Rep: Dana Kim', 'Rep: Sam Ortiz']);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Remove filter Rep: Sam Ortiz' }),
    );
  });

  test('the date chip reads as a range and removes both bounds', async () => {
    const user = userEvent.setup();
    const { params } = renderChips(
      '/?filters[start_date]=2023-11-01&filters[end_date]=2023-11-26&filters[direction]=inbound',
    );
    expect(chipLabels()[0]).toBe('Date: Nov 1\u2009–\u200926, 2023 (UTC)');
    await user.click(screen.getByRole('button', { name: /^Remove filter Date:/ }));
    await waitFor(() => {
      expect(params().toString()).toBe('filters%5Bdirection%5D=inbound');
    });
  });

  test('Clear all clears the filters but keeps sort and limit', async () => {
    const user = userEvent.setup();
    const { search } = renderChips(
      '/?page=2&limit=25&sort=duration&filters[outcome]=answered&filters[search]=acme&filters[to][]=911',
    );
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => {
      expect(search()).toBe('limit=25&sort=duration');
    });
    expect(screen.queryByRole('region', { name: 'Active filters' })).toBeNull();
  });

  test('before names load, a chip shows the id rather than nothing', () => {
    renderChips('/?filters[contact_list_ids][]=l1', { seed: false });
    expect(chipLabels()).toEqual(['Contact list: id l1']);
  });
});
