import { describe, expect, test } from 'vitest';
import { DEFAULT_CALLS_VIEW } from '@/lib/calls-view/calls-view';
import type { CallsView } from '@/lib/calls-view/calls-view';
import {
  applyPagination,
  describeSort,
  pageCountOf,
  toCallSort,
  toPaginationState,
  toSortingState,
} from './calls-table-state';
import { makePage } from '@/lib/call-log/testing/call-fixtures';

const view = (patch: Partial<CallsView> = {}): CallsView => ({ ...DEFAULT_CALLS_VIEW, ...patch });

describe('sorting', () => {
  test('round-trips between the URL sort and the table state', () => {
    expect(toSortingState({ field: 'duration', direction: 'asc' })).toEqual([
      { id: 'duration', desc: false },
    ]);
    expect(toCallSort([{ id: 'started_at', desc: true }])).toEqual({
      field: 'started_at',
      direction: 'desc',
    });
  });

  test('takes the first sort the API can do and ignores other columns', () => {
    expect(
      toCallSort([
        { id: 'rep', desc: false },
        { id: 'createdAt', desc: false },
      ]),
    ).toEqual({ field: 'createdAt', direction: 'asc' });
    expect(toCallSort([{ id: 'notes', desc: true }])).toBeUndefined();
    expect(toCallSort([])).toBeUndefined();
  });

  test('describes the sort in words', () => {
    expect(describeSort({ field: 'started_at', direction: 'desc' })).toEqual({
      label: 'Start time',
      order: 'newest first',
    });
    expect(describeSort({ field: 'duration', direction: 'asc' })).toEqual({
      label: 'Duration',
      order: 'shortest first',
    });
    expect(describeSort({ field: 'updatedAt', direction: 'asc' }).order).toBe('oldest first');
  });
});

describe('paging', () => {
  test('pages count from 1 in the URL and from 0 in the table', () => {
    expect(toPaginationState({ page: 3, limit: 25 })).toEqual({ pageIndex: 2, pageSize: 25 });
  });

  test('moving to another page keeps the rest of the view', () => {
    const current = view({ page: 3, filters: { outcome: 'answered' } });
    expect(applyPagination(current, { pageIndex: 3, pageSize: 50 })).toEqual({
      ...current,
      page: 4,
    });
  });

  test('a new page size goes back to page 1, whatever index the table computed', () => {
    expect(applyPagination(view({ page: 5 }), { pageIndex: 9, pageSize: 25 })).toMatchObject({
      page: 1,
      limit: 25,
    });
  });

  test('no change is the same view', () => {
    const current = view({ page: 2 });
    expect(applyPagination(current, { pageIndex: 1, pageSize: 50 })).toBe(current);
  });

  test('page count: known, last page of an unknown total, or unknown', () => {
    expect(pageCountOf(undefined)).toBe(-1);
    expect(pageCountOf(makePage([], { total: 4812 }))).toBe(97);
    expect(pageCountOf(makePage([], { page: 4, total: null, pages: null, next: null }))).toBe(4);
    expect(pageCountOf(makePage([], { page: 4, total: null, pages: null, next: 5 }))).toBe(-1);
  });
});
