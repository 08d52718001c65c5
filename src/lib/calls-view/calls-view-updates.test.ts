import { describe, expect, test } from 'vitest';
import type { CallsView } from './calls-view';
import { DEFAULT_CALLS_VIEW } from './calls-view';
import {
  activeFilterEntries,
  clearFilters,
  removeFilterValue,
  withCall,
  withFilters,
  withLimit,
  withPage,
  withSort,
} from './calls-view-updates';

const onPage3: CallsView = {
  page: 3,
  limit: 25,
  sort: { field: 'duration', direction: 'asc' },
  filters: { outcome: 'answered', user_ids: ['a', 'b'], search: 'acme' },
  call: 'c1',
  t: 9,
};

describe('view updates', () => {
  test('withFilters merges, removes on undefined or [], and goes back to page 1', () => {
    const next = withFilters(onPage3, { direction: 'inbound', outcome: undefined, user_ids: [] });
    expect(next).toEqual({
      ...onPage3,
      page: 1,
      filters: { direction: 'inbound', search: 'acme' },
    });
    expect('outcome' in next.filters).toBe(false);
    expect(onPage3.filters.outcome).toBe('answered');
  });

  test('withPage changes only the page', () => {
    expect(withPage(onPage3, 4)).toEqual({ ...onPage3, page: 4 });
  });

  test('withLimit and withSort go back to page 1', () => {
    expect(withLimit(onPage3, 100)).toEqual({ ...onPage3, page: 1, limit: 100 });
    const sort = { field: 'started_at', direction: 'desc' } as const;
    expect(withSort(onPage3, sort)).toEqual({ ...onPage3, page: 1, sort });
  });

  test('withCall opens a call (with or without an offset) and closes it, keeping the page', () => {
    expect(withCall(onPage3, 'c2')).toEqual({ ...onPage3, call: 'c2', t: undefined });
    expect('t' in withCall(onPage3, 'c2')).toBe(false);
    expect(withCall(onPage3, 'c2', 30)).toEqual({ ...onPage3, call: 'c2', t: 30 });
    const closed = withCall(onPage3, undefined, 30);
    expect('call' in closed || 't' in closed).toBe(false);
    expect(closed.page).toBe(3);
  });

  test('clearFilters keeps sort, page size and the open call', () => {
    expect(clearFilters(onPage3)).toEqual({ ...onPage3, page: 1, filters: {} });
  });

  test('removeFilterValue removes a scalar, one array value, or a whole array', () => {
    expect(removeFilterValue(onPage3, 'outcome').filters).toEqual({
      user_ids: ['a', 'b'],
      search: 'acme',
    });
    expect(removeFilterValue(onPage3, 'user_ids', 'a')).toEqual({
      ...onPage3,
      page: 1,
      filters: { outcome: 'answered', user_ids: ['b'], search: 'acme' },
    });
    expect(
      removeFilterValue(removeFilterValue(onPage3, 'user_ids', 'a'), 'user_ids', 'b').filters,
    ).toEqual({
      outcome: 'answered',
      search: 'acme',
    });
    expect(removeFilterValue(onPage3, 'user_ids').filters).toEqual({
      outcome: 'answered',
      search: 'acme',
    });
  });
});

describe('activeFilterEntries', () => {
  test('one entry per scalar and per array value, in canonical order', () => {
    expect(
      activeFilterEntries({
        to: ['555'],
        disposition_ids: [1, 4],
        search: 'acme',
        has_recording: false,
        outcome: 'answered',
        exclude_negative_dispositions: false,
      }),
    ).toEqual([
      { name: 'outcome', value: 'answered' },
      { name: 'has_recording', value: false },
      { name: 'search', value: 'acme' },
      { name: 'disposition_ids', value: 1 },
      { name: 'disposition_ids', value: 4 },
      { name: 'to', value: '555' },
    ]);
  });

  test('no filters, no entries', () => {
    expect(activeFilterEntries(DEFAULT_CALLS_VIEW.filters)).toEqual([]);
  });
});
