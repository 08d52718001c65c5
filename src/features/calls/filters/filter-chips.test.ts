import { describe, expect, test } from 'vitest';
import { resolvePreset } from '@/lib/dates/date-range-presets';
import { formatPhoneLite } from '@/lib/format/phone-lite';
import { DEFAULT_CALLS_VIEW } from '@/lib/calls-view/calls-view';
import type { CallsView } from '@/lib/calls-view/calls-view';
import { parseCallsView } from '@/lib/calls-view/calls-view-params';
import { serializeCallsView } from '@/lib/calls-view/calls-view-params';
import type { FilterChipContext, FilterReferenceData } from './filter-chips';
import { buildFilterChips, countActiveFilters, formatDateRange } from './filter-chips';

const NY = 'America/New_York';
const now = new Date('2024-11-26T15:00:00.000Z');
const context: FilterChipContext = { timeZone: NY, now, formatPhone: formatPhoneLite };

/** `text` spaced as `formatRange` writes it: thin spaces around the dash, narrow ones before AM/PM. */
const spaced = (text: string) =>
  text.replaceAll(' – ', '\u2009–\u2009').replace(/ (AM|PM)\b/g, '\u202f$1');

const refs: FilterReferenceData = {
  reps: [
    {
      _id: 'u1',
      first_name: 'Dana',
      last_name: 'Kim',
      email: 'dana@example.com',
      status: 'active',
    },
    { _id: 'u2', email: 'lee@example.com', status: 'active' },
    { _id: 'u3', status: undefined },
  ],
  dispositions: [
    { id: 1, name: 'Answered - Meeting Set', category: 'positive' },
    { id: 16, name: 'Partner referral', category: 'partner', is_custom: true },
  ],
  sequences: [{ id: 'seq_1', name: 'Q1 Outbound' }],
  contactLists: [{ _id: 'l1', name: 'Q1 Prospects' }],
};

const view = (search: string): CallsView => parseCallsView(search).view;
const labels = (search: string, data: FilterReferenceData = refs) =>
  buildFilterChips(view(search).filters, data, context).map((chip) => chip.label);

describe('buildFilterChips', () => {
  test('says what each scalar filter does, in words', () => {
    expect(
      labels(
        'filters[outcome]=no-answer&filters[direction]=inbound&filters[min_duration]=60' +
          '&filters[max_duration]=3600&filters[has_recording]=false&filters[answered_by]=machine_start' +
          '&filters[is_completed]=true&filters[exclude_negative_dispositions]=true&filters[search]=acme',
      ),
    ).toEqual([
      'Outcome: No answer',
      'Direction: Inbound',
      'Min duration: 1:00',
      'Max duration: 1:00:00',
      'Has recording: No',
      'Answered by: Machine / voicemail',
      'Completed: Yes',
      'Positive dispositions only',
      'Search: “acme”',
    ]);
  });

  test('names reps, dispositions, lists and sequences instead of showing ids', () => {
    expect(
      labels(
        'filters[user_ids][]=u1&filters[user_ids][]=u2&filters[disposition_ids][]=16' +
          '&filters[contact_list_ids][]=l1&filters[sequences][]=seq_1',
      ),
    ).toEqual([
      'Disposition: Partner referral',
      'Rep: Dana Kim',
      'Rep: lee@example.com',
      'Contact list: Q1 Prospects',
      'Sequence: Q1 Outbound',
    ]);
  });

  test('an id the reference data lacks is shown as unknown, never hidden', () => {
    expect(
      labels(
        'filters[user_ids][]=65a1b2c3d4e5f60718293a4b&filters[user_ids][]=u3&filters[disposition_ids][]=42&filters[sequences][]=seq_9',
      ),
    ).toEqual([
      'Disposition: Unknown disposition (id 42)',
      'Rep: Unknown rep (id 65a1b2…3a4b)',
      'Rep: Unnamed rep (id u3)',
      'Sequence: Unknown sequence (id seq_9)',
    ]);
  });

  test('while reference data is not loaded, chips show the id rather than guess', () => {
    expect(labels('filters[user_ids][]=u1&filters[contact_list_ids][]=l1', {})).toEqual([
      'Rep: id u1',
      'Contact list: id l1',
    ]);
  });

  test('formats phone numbers for reading', () => {
    expect(labels('filters[from][]=5551234567&filters[to][]=%2B442079460958')).toEqual([
      'From: (555) 123-4567',
      'To: +442079460958',
    ]);
  });

  test('both date bounds make one chip, listed first', () => {
    const { start, end } = resolvePreset('this_month', now, NY);
    expect(
      labels(`filters[outcome]=answered&filters[start_date]=${start}&filters[end_date]=${end}`),
    ).toEqual([spaced('Date: Nov 1 – 26'), 'Outcome: Answered']);
  });

  test('removing a chip removes exactly its value and goes back to page 1', () => {
    const start = view(
      'page=3&sort=duration&filters[user_ids][]=u1&filters[user_ids][]=u2&filters[outcome]=answered&filters[has_recording]=false',
    );
    const chips = buildFilterChips(start.filters, refs, context);
    const removeChip = (label: string) => {
      const chip = chips.find((item) => item.label === label);
      if (!chip) throw new Error(`no chip ${label}`);
      return serializeCallsView(chip.remove(start));
    };
    expect(removeChip('Rep: Dana Kim')).toBe(
      'sort=duration&filters[outcome]=answered&filters[has_recording]=false&filters[user_ids][]=u2',
    );
    expect(removeChip('Has recording: No')).toBe(
      'sort=duration&filters[outcome]=answered&filters[user_ids][]=u1&filters[user_ids][]=u2',
    );
  });

  test('the date chip removes both bounds', () => {
    const start = view('filters[start_date]=2024-11-01&filters[end_date]=2024-11-02');
    const [chip] = buildFilterChips(start.filters, refs, context);
    expect(chip?.remove(start)).toEqual(DEFAULT_CALLS_VIEW);
  });

  test('chip ids are unique', () => {
    const chips = buildFilterChips(
      view('filters[from][]=555-0100&filters[to][]=555-0100&filters[user_ids][]=u1').filters,
      refs,
      context,
    );
    expect(new Set(chips.map((chip) => chip.id)).size).toBe(3);
  });
});

describe('formatDateRange', () => {
  const range = (first?: string, last?: string) => formatDateRange(first, last, NY, now);

  test('whole local days show as dates, what both ends share written once', () => {
    const week = resolvePreset('last_7_days', now, NY);
    expect(range(week.start, week.end)).toBe(spaced('Nov 20 – 26'));
    const month = resolvePreset('last_30_days', now, NY);
    expect(range(month.start, month.end)).toBe(spaced('Oct 28 – Nov 26'));
    const today = resolvePreset('today', now, NY);
    expect(range(today.start, today.end)).toBe('Nov 26');
  });

  test('years appear when a bound is not in this year', () => {
    expect(range('2023-12-28T05:00:00.000Z', '2024-01-04T04:59:59.999Z')).toBe(
      spaced('Dec 28, 2023 – Jan 3, 2024'),
    );
    expect(range('2023-11-01T04:00:00.000Z', '2023-11-27T04:59:59.999Z')).toBe(
      spaced('Nov 1 – 26, 2023'),
    );
  });

  test('a bound that is not a day bound shows the times of both', () => {
    expect(range('2024-11-01T13:00:00.000Z', '2024-11-02T03:59:59.999Z')).toBe(
      spaced('Nov 1, 9:00 AM – 11:59 PM'),
    );
    expect(range('2024-11-01T13:00:00.000Z', '2024-11-05T04:59:59.999Z')).toBe(
      spaced('Nov 1, 9:00 AM – Nov 4, 11:59 PM'),
    );
  });

  test('open ends say from or until', () => {
    expect(range('2024-11-01T04:00:00.000Z')).toBe('from Nov 1');
    expect(range(undefined, '2024-11-02T03:59:59.999Z')).toBe('until Nov 1');
    expect(range('2023-12-28T05:00:00.000Z')).toBe('from Dec 28, 2023');
    expect(range('2024-11-01T13:00:00.000Z')).toBe('from Nov 1, 9:00 AM');
    expect(range()).toBe('');
  });

  test("bare dates are UTC days; beside an instant they are shown in the user's zone", () => {
    expect(range('2024-11-01', '2024-11-03')).toBe(spaced('Nov 1 – 3 (UTC)'));
    expect(range('2024-11-01', '2024-11-01')).toBe('Nov 1 (UTC)');
    expect(range(undefined, '2024-11-03')).toBe('until Nov 3 (UTC)');
    // UTC midnight on 1 November is 8 PM on 31 October in New York.
    expect(range('2024-11-01', '2024-11-27T04:59:59.999Z')).toBe(
      spaced('Oct 31, 8:00 PM – Nov 26, 11:59 PM'),
    );
  });
});

describe('countActiveFilters', () => {
  test('counts chips: the date range once, each array value once', () => {
    expect(countActiveFilters({})).toBe(0);
    expect(
      countActiveFilters(
        view(
          'filters[start_date]=2024-11-01&filters[end_date]=2024-11-02&filters[user_ids][]=a&filters[user_ids][]=b&filters[exclude_negative_dispositions]=false',
        ).filters,
      ),
    ).toBe(3);
  });
});
