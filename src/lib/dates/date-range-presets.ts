import type { TZDate } from '@date-fns/tz';
import { lastDayOfMonth, startOfMonth, subDays, subMonths } from 'date-fns';
import { parseIsoDate } from '@/lib/url-state/iso-date';
import { endOfDayIn, formatDayIn, noonIn, parseDayIn, startOfDayIn } from './zoned-date';

/**
 * The date filter as the user thinks of it: whole days in their own time zone. The URL carries
 * the exact instants (`start_date` = first millisecond of the first day, `end_date` = last
 * millisecond of the last day, as UTC ISO strings), so a shared link means the same calls
 * everywhere; a preset is only a way of choosing them.
 */

export const DATE_PRESETS = [
  'today',
  'yesterday',
  'last_7_days',
  'last_30_days',
  'last_90_days',
  'this_month',
  'last_month',
] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

export const DATE_PRESET_LABELS: Record<DatePreset, string> = {
  today: 'Today',
  yesterday: 'Yesterday',
  last_7_days: 'Last 7 days',
  last_30_days: 'Last 30 days',
  last_90_days: 'Last 90 days',
  this_month: 'This month',
  last_month: 'Last month',
};

export interface DateRange {
  /** ISO date-time, UTC with milliseconds. */
  start: string;
  end: string;
}

/** The instants covering the days `first` and `last` fall on in `timeZone`, and those between. */
export function dayRange(first: Date | number, last: Date | number, timeZone: string): DateRange {
  return {
    start: new Date(startOfDayIn(first, timeZone)).toISOString(),
    end: new Date(endOfDayIn(last, timeZone)).toISOString(),
  };
}

/**
 * A date on the first and one on the last day of `preset`, as seen on `today` (noon in the
 * user's zone, so date-fns counts days and months on the user's calendar). "Last N days"
 * includes today.
 */
function presetDays(preset: DatePreset, today: TZDate): [Date, Date] {
  switch (preset) {
    case 'today':
      return [today, today];
    case 'yesterday': {
      const yesterday = subDays(today, 1);
      return [yesterday, yesterday];
    }
    case 'last_7_days':
      return [subDays(today, 6), today];
    case 'last_30_days':
      return [subDays(today, 29), today];
    case 'last_90_days':
      return [subDays(today, 89), today];
    // Month to date: a month that ends in the future would only look emptier, not different.
    case 'this_month':
      return [startOfMonth(today), today];
    // Not `endOfMonth`: 23:59:59.999 may not exist (Singapore skipped 31 December 1981 from
    // 23:30), and the day after stood in for it.
    case 'last_month': {
      const lastMonth = subMonths(today, 1);
      return [startOfMonth(lastMonth), lastDayOfMonth(lastMonth)];
    }
  }
}

export function resolvePreset(preset: DatePreset, now: Date, timeZone: string): DateRange {
  const [first, last] = presetDays(preset, noonIn(now, timeZone));
  return dayRange(first, last, timeZone);
}

/**
 * The preset whose range, as of `now`, is exactly the URL's; undefined ("Custom") for any other
 * range, or when a bound is missing or unreadable. Compared as instants, so a range written as
 * bare UTC dates matches too when the zone is UTC.
 */
export function matchPreset(
  start: string | undefined,
  end: string | undefined,
  now: Date,
  timeZone: string,
): DatePreset | undefined {
  if (start === undefined || end === undefined) return undefined;
  const from = parseIsoDate(start)?.from;
  const to = parseIsoDate(end)?.to;
  if (!from || !to || from.nanos !== 0) return undefined;
  return DATE_PRESETS.find((preset) => {
    const range = resolvePreset(preset, now, timeZone);
    // The end compares to the millisecond: `…59.999Z` and a bare date's `…59.999999999` mean
    // the same to an API that keeps milliseconds.
    return from.ms === Date.parse(range.start) && to.ms === Date.parse(range.end);
  });
}

export type DateBound = 'start' | 'end';

/**
 * What a date input shows for a URL bound: the day it falls on in `timeZone` (the end's last
 * instant for `end`). A bare date is shown as written: it names a day already. Empty when absent
 * or unreadable.
 */
export function toDateInputValue(
  iso: string | undefined,
  bound: DateBound,
  timeZone: string,
): string {
  if (iso === undefined) return '';
  const parsed = parseIsoDate(iso);
  if (!parsed) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(parsed.text)) return parsed.text;
  const instant = bound === 'start' ? parsed.from.ms : parsed.to.ms;
  return formatDayIn(instant, timeZone);
}

/** The URL bound for a day picked in a date input: its first or last instant in `timeZone`. */
export function fromDateInputValue(
  value: string,
  bound: DateBound,
  timeZone: string,
): string | undefined {
  const day = parseDayIn(value, timeZone);
  if (!day) return undefined;
  const ms = bound === 'start' ? startOfDayIn(day, timeZone) : endOfDayIn(day, timeZone);
  return new Date(ms).toISOString();
}
