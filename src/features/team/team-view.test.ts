import { describe, expect, it } from 'vitest';
import { formatChange, nextSort, percentChange, repLabel, sortLeaderboard } from './leaderboard';
import type { RepPerformance } from './analytics-api';
import { parseTeamView, previousPeriod, serializeTeamView } from './team-view';

describe('team URL', () => {
  it('round-trips canonically and omits the default sort', () => {
    const search =
      'start_date=2024-01-01T05:00:00.000Z&end_date=2024-02-01T04:59:59.999Z&disposition_ids[]=1&disposition_ids[]=3&sort=-meetings_set';
    const { view, ignored } = parseTeamView(search);
    expect(ignored).toEqual([]);
    expect(view).toEqual({
      start_date: '2024-01-01T05:00:00.000Z',
      end_date: '2024-02-01T04:59:59.999Z',
      disposition_ids: [1, 3],
      sort: { field: 'meetings_set', direction: 'desc' },
    });
    expect(serializeTeamView(view)).toBe(search);
    expect(serializeTeamView(parseTeamView('sort=-total_calls').view)).toBe('');
  });

  it('drops garbage and an end before the start, and says what and why', () => {
    const { view, ignored } = parseTeamView(
      'start_date=2024-02-01&end_date=2024-01-01&disposition_ids[]=x&sort=bogus&page=2',
    );
    expect(view).toEqual({
      start_date: '2024-02-01',
      disposition_ids: [],
      sort: { field: 'total_calls', direction: 'desc' },
    });
    expect(ignored).toEqual([
      {
        key: 'disposition_ids[]',
        value: 'x',
        reason: '“disposition_ids[]” must be a whole number, 1 or more',
      },
      {
        key: 'sort',
        value: 'bogus',
        reason: expect.stringMatching(
          /^“sort” must be name, total_calls, .* or avg_dials_day, with “-” in front for descending$/,
        ) as unknown,
      },
      { key: 'page', value: '2', reason: 'unknown parameter' },
      { key: 'end_date', value: '2024-01-01', reason: '“end_date” is before “start_date”' },
    ]);
  });

  it('sorts and de-duplicates dispositions, so equal sets give equal links', () => {
    const { view } = parseTeamView('disposition_ids[]=3&disposition_ids[]=1&disposition_ids[]=3');
    expect(view.disposition_ids).toEqual([1, 3]);
    expect(serializeTeamView({ ...view, disposition_ids: [3, 1, 1] })).toBe(
      'disposition_ids[]=1&disposition_ids[]=3',
    );
  });
});

describe('previousPeriod', () => {
  it('is the equal-length period just before', () => {
    expect(
      previousPeriod({
        start_date: '2024-01-11T00:00:00.000Z',
        end_date: '2024-01-20T23:59:59.999Z',
      }),
    ).toEqual({ start_date: '2024-01-01T00:00:00.000Z', end_date: '2024-01-10T23:59:59.999Z' });
    expect(previousPeriod({ start_date: 'x', end_date: '2024-01-01' })).toBeUndefined();
  });
});

const rep = (id: string, first: string, calls: number, meetings: number): RepPerformance => ({
  _id: id,
  first_name: first,
  last_name: 'Rep',
  total_calls: calls,
  meetings_set: meetings,
});

describe('leaderboard', () => {
  const reps = [rep('a', 'Cora', 10, 1), rep('b', 'Ann', 30, 0), rep('c', 'Bo', 10, 5)];

  it('sorts by any column, ties by name', () => {
    const ids = (sorted: RepPerformance[]) => sorted.map((item) => item._id);
    expect(ids(sortLeaderboard(reps, { field: 'total_calls', direction: 'desc' }))).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(ids(sortLeaderboard(reps, { field: 'meetings_set', direction: 'asc' }))).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(ids(sortLeaderboard(reps, { field: 'name', direction: 'asc' }))).toEqual([
      'b',
      'c',
      'a',
    ]);
  });

  it('flips the current column and starts others at their natural order', () => {
    expect(nextSort({ field: 'total_calls', direction: 'desc' }, 'total_calls')).toEqual({
      field: 'total_calls',
      direction: 'asc',
    });
    expect(nextSort({ field: 'total_calls', direction: 'desc' }, 'name')).toEqual({
      field: 'name',
      direction: 'asc',
    });
  });

  it('labels reps and changes', () => {
    expect(repLabel({ _id: 'x', email: 'a@b.example' })).toBe('a@b.example');
    expect(repLabel({ _id: 'x' })).toBe('x');
    expect(percentChange(120, 100)).toBe(20);
    expect(percentChange(5, 0)).toBeNull();
    expect(formatChange(-3.04)).toBe('−3.0%');
    expect(formatChange(12.46)).toBe('+12.5%');
  });
});
