/** Dates for people: in their own time zone, with the exact UTC instant one step away. */

const LOCALE = 'en-US';

const localFormatters = new Map<string, Intl.DateTimeFormat>();

function localFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = localFormatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(LOCALE, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone,
      });
    } catch {
      // An unknown zone name is a caller's mistake; the user's own zone is still a true answer.
      formatter = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });
    }
    localFormatters.set(key, formatter);
  }
  return formatter;
}

function toDate(iso: string | null | undefined): Date | undefined {
  if (iso === null || iso === undefined || iso.trim() === '') return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * "Jan 15, 2024, 9:30 AM" in `timeZone` (an IANA name; the browser's zone when omitted).
 * Undefined for a missing or unreadable timestamp.
 */
export function formatLocalDateTime(
  iso: string | null | undefined,
  timeZone?: string,
): string | undefined {
  const date = toDate(iso);
  return date ? localFormatter(timeZone).format(date) : undefined;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** "2024-01-15 14:30:00 UTC": the exact instant, to the second. Undefined when unreadable. */
export function formatUtcDateTime(iso: string | null | undefined): string | undefined {
  const date = toDate(iso);
  if (!date) return undefined;
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${day} ${time} UTC`;
}
