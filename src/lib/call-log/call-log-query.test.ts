import { describe, expect, test } from 'vitest';
import type { CallsView } from '@/lib/calls-view/calls-view';
import { DEFAULT_CALLS_VIEW } from '@/lib/calls-view/calls-view';
import { toCallLogSearchParams } from '@/lib/calls-view/calls-view-params';
import { parseCallsView } from '@/lib/calls-view/calls-view-params';
import { toCallLogQuery } from '@/lib/calls-view/calls-view-params';

describe('toCallLogQuery', () => {
  test('carries paging, sort and filters, never a UI key', () => {
    const view: CallsView = {
      ...DEFAULT_CALLS_VIEW,
      filters: { outcome: 'answered' },
      call: 'abc',
      t: 12,
    };
    const query = toCallLogQuery(view);
    expect(query).toEqual({
      page: 1,
      limit: 50,
      sort: { field: 'started_at', direction: 'desc' },
      filters: { outcome: 'answered' },
    });
    expect(Object.keys(query).sort()).toEqual(['filters', 'limit', 'page', 'sort']);
  });

  test('normalises whatever it is given into what the contract accepts', () => {
    expect(
      toCallLogQuery({
        ...DEFAULT_CALLS_VIEW,
        limit: 1000,
        filters: { user_ids: ['b', 'a'], exclude_negative_dispositions: false },
      }),
    ).toEqual({ ...toCallLogQuery(DEFAULT_CALLS_VIEW), filters: { user_ids: ['a', 'b'] } });
  });
});

describe('toCallLogSearchParams', () => {
  test('always states page, limit and sort: the API defaults (10, -createdAt) are not ours', () => {
    expect(toCallLogSearchParams(toCallLogQuery(DEFAULT_CALLS_VIEW)).toString()).toBe(
      'page=1&limit=50&sort=-started_at',
    );
  });

  test('uses the API bracket form, with the call and offset left out', () => {
    const { view } = parseCallsView(
      'call=abc&t=3&filters[user_ids][]=b&filters[user_ids][]=a&filters[has_recording]=false',
    );
    expect([...toCallLogSearchParams(toCallLogQuery(view))]).toEqual([
      ['page', '1'],
      ['limit', '50'],
      ['sort', '-started_at'],
      ['filters[has_recording]', 'false'],
      ['filters[user_ids][]', 'a'],
      ['filters[user_ids][]', 'b'],
    ]);
  });

  test('the request reads back as the same query', () => {
    const { view } = parseCallsView(
      'page=2&sort=duration&filters[start_date]=2024-01-01&filters[min_duration]=2.5&filters[to][]=%2B1%20555%20123',
    );
    const query = toCallLogQuery(view);
    expect(toCallLogQuery(parseCallsView(toCallLogSearchParams(query)).view)).toEqual(query);
  });
});
