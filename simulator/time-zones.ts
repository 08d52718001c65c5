/**
 * Time-zone arithmetic on top of Intl, with caches: Intl is correct about DST but far too slow to
 * call once per call record when there are a million of them.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
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
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds to add to a UTC instant to get the wall-clock time in `timeZone` at that instant. */
export function timeZoneOffsetMs(timeZone: string, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wallClock = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wallClock - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/**
 * The UTC instant of a wall-clock time in `timeZone` (given as ms since the epoch as if the wall
 * clock were UTC). In a DST gap or overlap this picks one of the candidates, which is all a
 * date filter needs.
 */
export function zonedWallClockToUtc(timeZone: string, wallClockMs: number): number {
  const first = wallClockMs - timeZoneOffsetMs(timeZone, wallClockMs);
  const second = wallClockMs - timeZoneOffsetMs(timeZone, first);
  return second;
}

const QUARTER_HOUR_MS = 15 * 60 * 1000;
export const DAY_MS = 86_400_000;

/**
 * Local calendar day numbers (days since 1970-01-01 in the zone) for many instants. Offsets only
 * change on quarter-hour boundaries in every real zone, so one Intl call per quarter hour suffices;
 * inside [fromMs, toMs] the offsets are cached in a flat array (a Map lookup per call record is
 * what made this slow at a million calls).
 */
export class LocalDayCounter {
  private readonly offsets = new Map<number, number>();
  private readonly firstBucket: number;
  private readonly rangeOffsets: Float64Array;

  constructor(
    private readonly timeZone: string,
    fromMs = 0,
    toMs = -1,
  ) {
    this.firstBucket = Math.floor(fromMs / QUARTER_HOUR_MS);
    const buckets = toMs >= fromMs ? Math.floor(toMs / QUARTER_HOUR_MS) - this.firstBucket + 1 : 0;
    this.rangeOffsets = new Float64Array(buckets).fill(NaN);
  }

  private offsetOf(bucket: number): number {
    const slot = bucket - this.firstBucket;
    if (slot >= 0 && slot < this.rangeOffsets.length) {
      let offset = this.rangeOffsets[slot] ?? NaN;
      if (Number.isNaN(offset)) {
        offset = timeZoneOffsetMs(this.timeZone, bucket * QUARTER_HOUR_MS);
        this.rangeOffsets[slot] = offset;
        this.fillDayIfConstant(bucket);
      }
      return offset;
    }
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      offset = timeZoneOffsetMs(this.timeZone, bucket * QUARTER_HOUR_MS);
      this.offsets.set(bucket, offset);
    }
    return offset;
  }

  /** Offsets change at most once a day: when a UTC day starts and ends alike, all of it matches. */
  private fillDayIfConstant(bucket: number): void {
    const perDay = DAY_MS / QUARTER_HOUR_MS;
    const dayFirst = Math.floor(bucket / perDay) * perDay;
    const atStart = timeZoneOffsetMs(this.timeZone, dayFirst * QUARTER_HOUR_MS);
    const atEnd = timeZoneOffsetMs(this.timeZone, (dayFirst + perDay) * QUARTER_HOUR_MS - 1000);
    if (atStart !== atEnd) return;
    const from = Math.max(0, dayFirst - this.firstBucket);
    const to = Math.min(this.rangeOffsets.length, dayFirst + perDay - this.firstBucket);
    if (from < to) this.rangeOffsets.fill(atStart, from, to);
  }

  dayNumber(utcMs: number): number {
    if (this.timeZone === 'UTC') return Math.floor(utcMs / DAY_MS);
    return Math.floor((utcMs + this.offsetOf(Math.floor(utcMs / QUARTER_HOUR_MS))) / DAY_MS);
  }
}
