import { describe, expect, it } from 'vitest';
import { parseOverview, parseSdrPage, toAnalyticsParams } from './analytics-api';

describe('analytics parsing', () => {
  it('reads the overview, tolerating gaps and a data wrapper', () => {
    const body = { total_calls: { value: 10, growth: 25 }, meetings_set: { value: 'x' } };
    expect(parseOverview(body).total_calls).toEqual({ value: 10, growth: 25 });
    expect(parseOverview(body).meetings_set).toEqual({ value: undefined, growth: undefined });
    expect(parseOverview({ data: body }).total_calls?.value).toBe(10);
    expect(() => parseOverview('nope')).toThrow(
      expect.objectContaining({ name: 'ApiError', kind: 'malformed' }),
    );
  });

  it('reads a page of reps, dropping rows without an id', () => {
    const page = parseSdrPage({
      totalCount: 2,
      next: null,
      data: [{ _id: 'a', total_calls: 3, connection_rate: 0.5 }, { total_calls: 1 }],
    });
    expect(page.next).toBeNull();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.connection_rate).toBe(0.5);
  });

  it('writes plain analytics parameters', () => {
    const params = toAnalyticsParams({
      start_date: '2024-01-01',
      end_date: '2024-01-31',
      disposition_ids: [1, 3],
      timezone: 'America/New_York',
    });
    expect(params.toString()).toBe(
      'start_date=2024-01-01&end_date=2024-01-31&timezone=America%2FNew_York&disposition_ids%5B%5D=1&disposition_ids%5B%5D=3',
    );
  });
});
