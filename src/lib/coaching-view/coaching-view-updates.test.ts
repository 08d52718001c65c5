import { describe, expect, test } from 'vitest';
import type { CoachingView } from './coaching-view';
import { DEFAULT_COACHING_VIEW, serializeCoachingView } from './coaching-view';
import {
  clearScoredFilters,
  needsReviewView,
  withCall,
  withLimit,
  withPage,
  withReviewedHidden,
  withScoredFilters,
  withSort,
} from './coaching-view-updates';

const ON_PAGE_4: CoachingView = {
  ...DEFAULT_COACHING_VIEW,
  page: 4,
  limit: 25,
  user_id: 'u1',
  min_score: 20,
  call: 'c9',
  t: 30,
};

describe('coaching view updates', () => {
  test('changing a filter goes back to page 1 and keeps the rest, the open call too', () => {
    expect(withScoredFilters(ON_PAGE_4, { max_score: 69, min_score: 50 })).toEqual({
      ...ON_PAGE_4,
      page: 1,
      min_score: 50,
      max_score: 69,
    });
  });

  test('a filter set to undefined is removed, not kept as an empty key', () => {
    const next = withScoredFilters(ON_PAGE_4, { user_id: undefined });
    expect('user_id' in next).toBe(false);
    expect(serializeCoachingView(next)).toBe('limit=25&min_score=20&call=c9&t=30');
  });

  test('sort and page size go back to page 1; a page change keeps everything else', () => {
    const sort = { field: 'updatedAt', direction: 'asc' } as const;
    expect(withSort(ON_PAGE_4, sort)).toEqual({ ...ON_PAGE_4, page: 1, sort });
    expect(withLimit(ON_PAGE_4, 100)).toEqual({ ...ON_PAGE_4, page: 1, limit: 100 });
    expect(withPage(ON_PAGE_4, 5)).toEqual({ ...ON_PAGE_4, page: 5 });
  });

  test('opening a call keeps the page and filters; its offset is replaced; closing drops both', () => {
    expect(withCall(ON_PAGE_4, 'c2')).toEqual({ ...withCall(ON_PAGE_4, undefined), call: 'c2' });
    expect(withCall(ON_PAGE_4, 'c2').page).toBe(4);
    expect(withCall(ON_PAGE_4, 'c2', 5)).toMatchObject({ call: 'c2', t: 5, page: 4 });
    const closed = withCall(ON_PAGE_4, undefined);
    expect('call' in closed || 't' in closed).toBe(false);
    expect(closed).toMatchObject({ page: 4, user_id: 'u1', min_score: 20 });
  });

  test('hiding reviewed calls is a list change: page 1', () => {
    expect(serializeCoachingView(withReviewedHidden(ON_PAGE_4, true))).toBe(
      'limit=25&min_score=20&user_id=u1&call=c9&t=30&reviewed=hide',
    );
    expect(withReviewedHidden(withReviewedHidden(ON_PAGE_4, true), false).reviewed).toBeUndefined();
  });

  test('clearing filters keeps sort, page size and the open call', () => {
    expect(serializeCoachingView(clearScoredFilters(ON_PAGE_4))).toBe('limit=25&call=c9&t=30');
  });
});

describe('needsReviewView', () => {
  // 08:30 on 5 December in New York: the local day is the 5th, not UTC's.
  const NOW = new Date('2026-12-05T13:30:00Z');
  const ZONE = 'America/New_York';

  test('from the start of the local day 6 days back (the last 7 days, today included), score ≤ 50, page 1', () => {
    const view = needsReviewView(ON_PAGE_4, NOW, ZONE);
    expect(view).toEqual({
      ...ON_PAGE_4,
      page: 1,
      start_date: '2026-11-29T05:00:00.000Z',
      max_score: 50,
      min_score: undefined,
    } satisfies CoachingView);
    expect(serializeCoachingView(view)).toBe(
      'limit=25&start_date=2026-11-29T05:00:00.000Z&max_score=50&user_id=u1&call=c9&t=30',
    );
  });

  test('starts at local midnight, 6 calendar days before the local today, in any zone', () => {
    const localParts = (ms: number, timeZone: string) =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(ms);
    // 20:00 UTC on the 5th: Tokyo is already on the 6th, Honolulu still on the 5th.
    const evening = new Date('2026-12-05T20:00:00Z');
    for (const [zone, expected] of [
      ['UTC', '2026-11-29, 00:00'],
      ['Asia/Tokyo', '2026-11-30, 00:00'],
      ['Pacific/Honolulu', '2026-11-29, 00:00'],
    ] as const) {
      const { start_date: start } = needsReviewView(DEFAULT_COACHING_VIEW, evening, zone);
      expect(localParts(Date.parse(start ?? ''), zone)).toBe(expected);
    }
  });

  test('drops an end date that would hide this week’s calls', () => {
    const old = { ...DEFAULT_COACHING_VIEW, end_date: '2026-01-31', min_score: 60 };
    const view = needsReviewView(old, NOW, ZONE);
    expect(view.end_date).toBeUndefined();
    expect(view.min_score).toBeUndefined();
  });
});
