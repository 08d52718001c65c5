/**
 * Calendar days in a named IANA time zone, without depending on the runtime's own zone: the
 * dashboard shows (and tests check) days in the user's zone, and `Date`'s local methods only know
 * the zone the process happens to run in. Offsets come from `Intl`, which carries the tz database.
 */

/** A day on the calendar; `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at instant `ms`, written as if it were a UTC instant. */
function wallClockMs(ms: number, timeZone: string): number {
  const field = new Map<string, number>();
  for (const part of partFormatter(timeZone).formatToParts(ms)) {
    field.set(part.type, Number(part.value));
  }
  const at = (type: string, fallback = 0) => field.get(type) ?? fallback;
  const [year, month, day] = [at('year'), at('month', 1), at('day', 1)];
  const [hour, minute, second] = [at('hour'), at('minute'), at('second')];
  // Intl drops milliseconds; add back this instant's own.
  return Date.UTC(year, month - 1, day, hour, minute, second) + (((ms % 1000) + 1000) % 1000);
}

/** The zone's offset from UTC at instant `ms`, in milliseconds (New York in winter: -5 h). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  return wallClockMs(ms, timeZone) - ms;
}

/** Which day it is in `timeZone` at `instant`. */
export function calendarDateIn(instant: Date | number, timeZone: string): CalendarDate {
  const wall = new Date(
    wallClockMs(typeof instant === 'number' ? instant : instant.getTime(), timeZone),
  );
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** `date` moved by `days` (negative goes back); months and years roll over. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The first day of `date`'s month, moved by `months`. */
export function startOfMonth(date: CalendarDate, months = 0): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1 + months, 1));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: 1 };
}

/** The last day of `date`'s month. */
export function endOfMonth(date: CalendarDate): CalendarDate {
  return addDays(startOfMonth(date, 1), -1);
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The first instant of `date` in `timeZone`: local midnight, or, where a DST change skips
 * midnight (Santiago, São Paulo), the moment the clocks jump to.
 */
export function startOfDayIn(date: CalendarDate, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day);
  const before = zoneOffsetMs(wall - DAY_MS, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS, timeZone);
  const exact = [wall - before, wall - after].filter((ms) => wallClockMs(ms, timeZone) === wall);
  // Midnight repeated by a fall-back change: the day starts at the first of them.
  if (exact.length > 0) return Math.min(...exact);
  // Midnight skipped: the day starts at the transition, somewhere in this span. Search to the
  // second (transitions fall on whole seconds); the wall clock only rises inside a gap.
  let low = wall - after;
  let high = wall - before;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (wallClockMs(middle, timeZone) >= wall) high = middle;
    else low = middle;
  }
  return wallClockMs(low, timeZone) >= wall ? low : high;
}

/** The last millisecond of `date` in `timeZone` (local 23:59:59.999, whatever the day's length). */
export function endOfDayIn(date: CalendarDate, timeZone: string): number {
  return startOfDayIn(addDays(date, 1), timeZone) - 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2024-03-09`, as `<input type="date">` reads and writes it. */
export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The URL refuses earlier years (no calls before 1970); later than 9999 is a typo. */
const MIN_YEAR = 1970;
const MAX_YEAR = 9999;

/**
 * Reads `2024-03-09`; undefined for anything else, a day that does not exist, or a year outside
 * 1970–9999 (what a date input reports while its year is half typed: `0002`, `0020`…).
 */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.year < MIN_YEAR || date.year > MAX_YEAR) return undefined;
  const check = addDays(date, 0);
  return compareCalendarDates(check, date) === 0 ? date : undefined;
}

/** The user's IANA zone, as the browser reports it; UTC when it reports none. */
export function getUserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
