import { parseIsoDate } from '@/lib/url-state/iso-date';
import { formatDayIn } from '@/lib/dates/zoned-date';

function dayOf(
  iso: string | undefined,
  bound: 'from' | 'to',
  timeZone: string,
): string | undefined {
  if (iso === undefined) return undefined;
  const parsed = parseIsoDate(iso);
  if (!parsed) return undefined;
  // A bare date names its day already; an instant is the day it falls on for the user.
  if (/^\d{4}-\d{2}-\d{2}$/.test(parsed.text)) return parsed.text;
  return formatDayIn(parsed[bound].ms, timeZone);
}

/**
 * `calls_2024-01-01_to_2024-01-31.csv`: the file says which days it covers, as the user's own
 * calendar days; `calls_since_…`, `calls_until_…` for an open range and `calls_all-time.csv`
 * without one.
 */
export function exportFileName(
  range: { start_date?: string; end_date?: string },
  timeZone: string,
): string {
  const from = dayOf(range.start_date, 'from', timeZone);
  const to = dayOf(range.end_date, 'to', timeZone);
  if (from !== undefined && to !== undefined) {
    return from === to ? `calls_${from}.csv` : `calls_${from}_to_${to}.csv`;
  }
  if (from !== undefined) return `calls_since_${from}.csv`;
  if (to !== undefined) return `calls_until_${to}.csv`;
  return 'calls_all-time.csv';
}
