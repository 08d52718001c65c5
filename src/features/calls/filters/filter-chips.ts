import { tz } from '@date-fns/tz';
import { getYear } from 'date-fns';
import type { ContactList } from '@/lib/reference-data/contact-lists';
import type { Disposition } from '@/lib/reference-data/dispositions';
import type { Sequence } from '@/lib/reference-data/sequences';
import type { Rep } from '@/lib/reference-data/team';
import { endOfDayIn, startOfDayIn } from '@/lib/dates/zoned-date';
import type { CallLogFilters } from '@/lib/call-log/call-log-query';
import type { CallsView } from '@/lib/calls-view/calls-view';
import type { FilterEntry } from '@/lib/calls-view/calls-view-updates';
import {
  activeFilterEntries,
  removeFilterValue,
  withFilters,
} from '@/lib/calls-view/calls-view-updates';
import type { IsoDate } from '@/lib/url-state/iso-date';
import { parseIsoDate } from '@/lib/url-state/iso-date';
import { formatDurationInput } from './duration-input';
import {
  ANSWERED_BY_LABELS,
  contactListLabel,
  DIRECTION_LABELS,
  dispositionLabel,
  OUTCOME_LABELS,
  repLabel,
  sequenceLabel,
  yesNo,
} from '@/lib/reference-data/filter-labels';

/**
 * The active filters as chips, in words: "Outcome: Answered", "Rep: Dana Kim". Every filter in the
 * URL gets one (an id the reference data lacks reads "Unknown rep (id …)"), so nothing narrows
 * the table unseen. The two date bounds share one chip.
 */

/** What each list is while it is loaded; `undefined` while it is not (loading, or failed). */
export interface FilterReferenceData {
  dispositions?: readonly Disposition[];
  reps?: readonly Rep[];
  sequences?: readonly Sequence[];
  contactLists?: readonly ContactList[];
}

export interface FilterChipContext {
  /** The IANA zone dates are shown in. */
  timeZone: string;
  /** Years are left out of dates in the current year. */
  now: Date;
  formatPhone: (raw: string) => string | undefined;
}

export interface FilterChip {
  /** Unique among the chips, stable while the filter stays. */
  id: string;
  label: string;
  /** The view without this chip's filter (or this one value of it). */
  remove: (view: CallsView) => CallsView;
}

const DATE_CHIP_ID = 'date';

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(timeZone: string, withYear: boolean, withTime: boolean) {
  const key = `${timeZone}|${String(withYear)}|${String(withTime)}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      month: 'short',
      day: 'numeric',
      ...(withYear ? { year: 'numeric' } : {}),
      ...(withTime ? { hour: 'numeric', minute: '2-digit' } : {}),
    });
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

const isBareDate = (date: IsoDate) => /^\d{4}-\d{2}-\d{2}$/.test(date.text);

interface Bound {
  /** The instant shown: the first of a start, the last of an end. */
  ms: number;
  kind: 'start' | 'end';
  /** A bare date names a UTC day (contract). */
  isUtcDay: boolean;
}

function readBound(text: string | undefined, kind: Bound['kind']): Bound | undefined {
  if (text === undefined) return undefined;
  const date = parseIsoDate(text);
  if (!date) return undefined;
  if (isBareDate(date)) {
    return { ms: kind === 'start' ? date.from.ms : date.to.ms, kind, isUtcDay: true };
  }
  return { ms: date.from.ms, kind, isUtcDay: false };
}

/** Whether `bound` is exactly a day bound in `timeZone`, so its time of day says nothing. */
function isWholeDay({ ms, kind }: Bound, timeZone: string): boolean {
  return (kind === 'start' ? startOfDayIn(ms, timeZone) : endOfDayIn(ms, timeZone)) === ms;
}

/**
 * "Nov 1 – 26", "Oct 28 – Nov 26", "Nov 26" (one day), "from Nov 1", "until Nov 26": the
 * platform's `formatRange` writes what both ends share once, as the locale does. Years when a
 * bound is not in this year; times when one is not a day bound in `timeZone`. Bare dates name UTC
 * days and are shown so ("Nov 1 – 3 (UTC)"), unless the other bound is an instant: then both
 * are shown in `timeZone`.
 */
export function formatDateRange(
  start: string | undefined,
  end: string | undefined,
  timeZone: string,
  now: Date,
): string {
  const from = readBound(start, 'start');
  const to = readBound(end, 'end');
  const bounds = [from, to].filter((bound) => bound !== undefined);
  if (bounds.length === 0) return '';
  const isUtc = bounds.every((bound) => bound.isUtcDay);
  const zone = isUtc ? 'UTC' : timeZone;
  const thisYear = getYear(now, { in: tz(timeZone) });
  const formatter = dateFormatter(
    zone,
    bounds.some((bound) => getYear(bound.ms, { in: tz(zone) }) !== thisYear),
    bounds.some((bound) => !isWholeDay(bound, zone)),
  );
  const suffix = isUtc ? ' (UTC)' : '';
  if (from && to) return `${formatter.formatRange(from.ms, to.ms)}${suffix}`;
  if (from) return `from ${formatter.format(from.ms)}${suffix}`;
  return to ? `until ${formatter.format(to.ms)}${suffix}` : '';
}

/** `labels[value]`, or the value as written if it has no label (it always has, once parsed). */
function inWords(labels: Readonly<Partial<Record<string, string>>>, value: FilterEntry['value']) {
  return labels[String(value)] ?? String(value);
}

/** The chip label of one filter entry. */
function labelEntry(
  { name, value }: FilterEntry,
  refs: FilterReferenceData,
  context: FilterChipContext,
): string {
  const text = String(value);
  switch (name) {
    case 'outcome':
      return `Outcome: ${inWords(OUTCOME_LABELS, value)}`;
    case 'direction':
      return `Direction: ${inWords(DIRECTION_LABELS, value)}`;
    case 'answered_by':
      return `Answered by: ${inWords(ANSWERED_BY_LABELS, value)}`;
    case 'min_duration':
      return `Min duration: ${formatDurationInput(Number(value))}`;
    case 'max_duration':
      return `Max duration: ${formatDurationInput(Number(value))}`;
    case 'has_recording':
      return `Has recording: ${yesNo(value === true)}`;
    case 'is_completed':
      return `Completed: ${yesNo(value === true)}`;
    case 'exclude_negative_dispositions':
      return 'Positive dispositions only';
    case 'search':
      return `Search: “${text}”`;
    case 'disposition_ids':
      return `Disposition: ${dispositionLabel(Number(value), refs.dispositions)}`;
    case 'user_ids':
      return `Rep: ${repLabel(text, refs.reps)}`;
    case 'contact_list_ids':
      return `Contact list: ${contactListLabel(text, refs.contactLists)}`;
    case 'sequences':
      return `Sequence: ${sequenceLabel(text, refs.sequences)}`;
    case 'from':
      return `From: ${context.formatPhone(text) ?? text}`;
    case 'to':
      return `To: ${context.formatPhone(text) ?? text}`;
    case 'start_date':
    case 'end_date':
      return `Date: ${text}`;
  }
}

export function buildFilterChips(
  filters: CallLogFilters,
  refs: FilterReferenceData,
  context: FilterChipContext,
): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.start_date !== undefined || filters.end_date !== undefined) {
    chips.push({
      id: DATE_CHIP_ID,
      label: `Date: ${formatDateRange(filters.start_date, filters.end_date, context.timeZone, context.now)}`,
      remove: (view) => withFilters(view, { start_date: undefined, end_date: undefined }),
    });
  }
  for (const entry of activeFilterEntries(filters)) {
    if (entry.name === 'start_date' || entry.name === 'end_date') continue;
    const { name, value } = entry;
    chips.push({
      id: `${name}:${String(value)}`,
      label: labelEntry(entry, refs, context),
      remove: (view) =>
        removeFilterValue(view, name, typeof value === 'boolean' ? undefined : value),
    });
  }
  return chips;
}

/** How many chips the filters make: the "Filters (n active)" count. */
export function countActiveFilters(filters: CallLogFilters): number {
  const entries = activeFilterEntries(filters);
  const dates = entries.filter((e) => e.name === 'start_date' || e.name === 'end_date').length;
  return entries.length - dates + (dates > 0 ? 1 : 0);
}
