import type { RepPerformance } from './analytics-api';
import type { LeaderboardSort } from './team-view';

/** A rep's display name: first and last, else email, else the id. */
export function repLabel(
  rep: Pick<RepPerformance, '_id' | 'first_name' | 'last_name' | 'email'>,
): string {
  const name = [rep.first_name?.trim(), rep.last_name?.trim()].filter(Boolean).join(' ');
  return name || rep.email?.trim() || rep._id;
}

function sortValue(rep: RepPerformance, field: LeaderboardSort['field']): string | number {
  if (field === 'name') return repLabel(rep).toLowerCase();
  // A missing number sorts as the lowest value.
  return rep[field] ?? -1;
}

/** Sorted copy; ties keep a fixed order by name, then id, so equal URLs give equal tables. */
export function sortLeaderboard(
  reps: readonly RepPerformance[],
  sort: LeaderboardSort,
): RepPerformance[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return [...reps].sort(
    (a, b) =>
      sign * compare(sortValue(a, sort.field), sortValue(b, sort.field)) ||
      compare(repLabel(a).toLowerCase(), repLabel(b).toLowerCase()) ||
      compare(a._id, b._id),
  );
}

/** A click on a column: the other direction of the current field, else the field's natural one. */
export function nextSort(
  current: LeaderboardSort,
  field: LeaderboardSort['field'],
): LeaderboardSort {
  if (current.field === field) {
    return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { field, direction: field === 'name' ? 'asc' : 'desc' };
}

/** Percent change from `previous` to `current`; null when there was nothing before. */
export function percentChange(
  current: number | undefined,
  previous: number | undefined,
): number | null {
  if (current === undefined || previous === undefined || previous === 0) return null;
  return ((current - previous) / previous) * 100;
}

/** "+12.5%", "−3.0%", "0.0%". */
export function formatChange(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${Math.abs(rounded).toFixed(1)}%`;
}

/** A 0–1 rate as "42.5%". */
export function formatRate(rate: number | undefined): string | undefined {
  return rate === undefined ? undefined : `${(rate * 100).toFixed(1)}%`;
}
