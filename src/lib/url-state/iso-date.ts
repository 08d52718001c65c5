/**
 * The dates `filters[start_date]` and `filters[end_date]` accept: an ISO 8601 calendar date
 * (`2024-01-31`) or a date-time with seconds optional, up to nine fraction digits and a required
 * zone (`Z` or `±hh:mm`, at most 14 hours). A date-time without a zone is refused because it means "local time",
 * which the URL cannot carry and the API would read as UTC.
 */

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}))?$/;

// Before 1970 Salesfinity has no calls, and `Date.UTC` maps years 0–99 to 1900–1999.
const MIN_YEAR = 1970;
const MAX_OFFSET_MINUTES = 14 * 60;

/** An instant precise to the nanosecond: `Date` keeps milliseconds only. */
interface Instant {
  ms: number;
  nanos: number;
}

export interface IsoDate {
  /** The value as written, minus transport damage (see `parseIsoDate`). */
  text: string;
  /** First instant it covers. */
  from: Instant;
  /** Last instant it covers: a bare date covers its whole UTC day (contract). */
  to: Instant;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toInt(text: string | undefined): number {
  return text === undefined ? 0 : Number(text);
}

/**
 * Reads a date or date-time; `undefined` when it is not one or names no real day or time.
 * Repairs two things links do to dates: a lower-case `t`/`z`, and the `+` of an offset arriving
 * as a space (an unencoded `+` in a query string means space).
 */
export function parseIsoDate(raw: string): IsoDate | undefined {
  const text = raw
    .trim()
    .replace(/ (?=\d{2}:\d{2}$)/, '+')
    .toUpperCase();
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = toInt(y);
  const month = toInt(mo);
  const day = toInt(d);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  if (h === undefined || zone === undefined) {
    const start = Date.UTC(year, month - 1, day);
    return {
      text,
      from: { ms: start, nanos: 0 },
      to: { ms: Date.UTC(year, month - 1, day + 1) - 1, nanos: 999_999 },
    };
  }
  const hour = toInt(h);
  const minute = toInt(mi);
  const second = toInt(s);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const offsetHours = toInt(zone.slice(1, 3));
    const offsetRest = toInt(zone.slice(4, 6));
    // Real zones span −12:00 to +14:00; ISO 8601 syntax allows more, which an API may refuse.
    if (offsetRest > 59 || offsetHours * 60 + offsetRest > MAX_OFFSET_MINUTES) return undefined;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }
  const digits = (fraction ?? '').padEnd(9, '0');
  const ms =
    Date.UTC(year, month - 1, day, hour, minute, second, toInt(digits.slice(0, 3))) -
    offsetMinutes * 60_000;
  const instant = { ms, nanos: toInt(digits.slice(3)) };
  return { text, from: instant, to: instant };
}

function compareInstants(a: Instant, b: Instant): number {
  return a.ms !== b.ms ? a.ms - b.ms : a.nanos - b.nanos;
}

/** True when no call could match both: the range starts after it ends (both ends inclusive). */
export function isStartAfterEnd(start: IsoDate, end: IsoDate): boolean {
  return compareInstants(start.from, end.to) > 0;
}
