import { describe, expect, it } from 'vitest';
import {
  LocalDayCounter,
  isValidTimeZone,
  timeZoneOffsetMs,
  zonedWallClockToUtc,
} from './time-zones.ts';

const HOUR = 3_600_000;

describe('time zones', () => {
  it('knows DST offsets', () => {
    expect(timeZoneOffsetMs('America/New_York', Date.parse('2025-01-15T12:00:00Z'))).toBe(
      -5 * HOUR,
    );
    expect(timeZoneOffsetMs('America/New_York', Date.parse('2025-07-15T12:00:00Z'))).toBe(
      -4 * HOUR,
    );
    expect(timeZoneOffsetMs('Asia/Kolkata', Date.parse('2025-07-15T12:00:00Z'))).toBe(5.5 * HOUR);
  });
  it('converts a wall-clock time to UTC', () => {
    expect(zonedWallClockToUtc('America/Los_Angeles', Date.parse('2025-07-01T00:00:00Z'))).toBe(
      Date.parse('2025-07-01T07:00:00Z'),
    );
  });
  it('validates names', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
  it('counts local days', () => {
    const ny = new LocalDayCounter('America/New_York');
    // 03:00Z on July 2 is still July 1 in New York.
    expect(ny.dayNumber(Date.parse('2025-07-02T03:00:00Z'))).toBe(
      Date.parse('2025-07-01') / 86_400_000,
    );
    expect(new LocalDayCounter('UTC').dayNumber(Date.parse('2025-07-02T03:00:00Z'))).toBe(
      Date.parse('2025-07-02') / 86_400_000,
    );
  });
  it('counts local days across a DST change with the ranged cache', () => {
    const counter = new LocalDayCounter(
      'America/New_York',
      Date.parse('2025-03-01'),
      Date.parse('2025-03-20'),
    );
    const day = (iso: string) => Date.parse(iso) / 86_400_000;
    // Warm the cache on a plain day first, then cross the change on 9 March.
    expect(counter.dayNumber(Date.parse('2025-03-08T12:00:00Z'))).toBe(day('2025-03-08'));
    expect(counter.dayNumber(Date.parse('2025-03-09T06:30:00Z'))).toBe(day('2025-03-09'));
    expect(counter.dayNumber(Date.parse('2025-03-10T03:30:00Z'))).toBe(day('2025-03-09'));
    expect(counter.dayNumber(Date.parse('2025-03-10T04:30:00Z'))).toBe(day('2025-03-10'));
    expect(counter.dayNumber(Date.parse('2025-03-09T04:59:00Z'))).toBe(day('2025-03-08'));
  });
});
