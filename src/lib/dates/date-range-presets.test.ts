import { describe, expect, test } from 'vitest';
import {
  DATE_PRESETS,
  dayRange,
  fromDateInputValue,
  matchPreset,
  resolvePreset,
  toDateInputValue,
} from './date-range-presets';

// Far from the zones tested, so a result read from the runtime's own calendar instead of the
// user's shows. (Zone changes at a day's bounds are tested in their own zone: zoned-date.test.ts.)
process.env.TZ = 'Asia/Kolkata';

const NY = 'America/New_York';

describe('resolvePreset', () => {
  // 10:00 in New York on Tuesday 26 November 2024.
  const now = new Date('2024-11-26T15:00:00.000Z');

  test.each([
    ['today', '2024-11-26T05:00:00.000Z', '2024-11-27T04:59:59.999Z'],
    ['yesterday', '2024-11-25T05:00:00.000Z', '2024-11-26T04:59:59.999Z'],
    ['last_7_days', '2024-11-20T05:00:00.000Z', '2024-11-27T04:59:59.999Z'],
    ['last_30_days', '2024-10-28T04:00:00.000Z', '2024-11-27T04:59:59.999Z'],
    ['last_90_days', '2024-08-29T04:00:00.000Z', '2024-11-27T04:59:59.999Z'],
    ['this_month', '2024-11-01T04:00:00.000Z', '2024-11-27T04:59:59.999Z'],
    ['last_month', '2024-10-01T04:00:00.000Z', '2024-11-01T03:59:59.999Z'],
  ] as const)(
    '%s starts and ends at local day bounds, across the DST change',
    (preset, start, end) => {
      expect(resolvePreset(preset, now, NY)).toEqual({ start, end });
    },
  );

  test('"today" is the user\'s day, not the UTC day', () => {
    // 23:30 on 31 December in New York is already 1 January in UTC.
    const lateEvening = new Date('2025-01-01T04:30:00.000Z');
    expect(resolvePreset('today', lateEvening, NY)).toEqual({
      start: '2024-12-31T05:00:00.000Z',
      end: '2025-01-01T04:59:59.999Z',
    });
    expect(resolvePreset('today', lateEvening, 'UTC')).toEqual({
      start: '2025-01-01T00:00:00.000Z',
      end: '2025-01-01T23:59:59.999Z',
    });
  });

  test('crosses year boundaries: yesterday and last month on 1 January', () => {
    const newYearsDay = new Date('2025-01-01T12:00:00.000Z');
    expect(resolvePreset('yesterday', newYearsDay, NY)).toEqual({
      start: '2024-12-31T05:00:00.000Z',
      end: '2025-01-01T04:59:59.999Z',
    });
    expect(resolvePreset('last_month', newYearsDay, NY)).toEqual({
      start: '2024-12-01T05:00:00.000Z',
      end: '2025-01-01T04:59:59.999Z',
    });
    expect(resolvePreset('last_7_days', newYearsDay, 'UTC').start).toBe('2024-12-26T00:00:00.000Z');
  });

  test('month boundaries: leap February, and "this month" on the first', () => {
    const marchFirst = new Date('2024-03-01T17:00:00.000Z');
    expect(resolvePreset('last_month', marchFirst, 'UTC')).toEqual({
      start: '2024-02-01T00:00:00.000Z',
      end: '2024-02-29T23:59:59.999Z',
    });
    expect(resolvePreset('this_month', marchFirst, 'UTC')).toEqual({
      start: '2024-03-01T00:00:00.000Z',
      end: '2024-03-01T23:59:59.999Z',
    });
    expect(resolvePreset('yesterday', marchFirst, 'UTC').start).toBe('2024-02-29T00:00:00.000Z');
  });

  test('counts days from noon: Nuuk skips 23:00–00:00 the night its clocks go forward', () => {
    const runtimeZone = process.env.TZ;
    process.env.TZ = 'America/Nuuk';
    try {
      // 23:30 on Sunday 31 March 2024 in Nuuk; Saturday had no 23:30.
      const lateSunday = new Date('2024-04-01T00:30:00.000Z');
      expect(resolvePreset('yesterday', lateSunday, 'America/Nuuk')).toEqual({
        start: '2024-03-30T02:00:00.000Z',
        end: '2024-03-31T00:59:59.999Z',
      });
      expect(resolvePreset('today', lateSunday, 'America/Nuuk')).toEqual({
        start: '2024-03-31T01:00:00.000Z',
        end: '2024-04-01T00:59:59.999Z',
      });
    } finally {
      process.env.TZ = runtimeZone;
    }
  });

  test('a zone ahead of UTC', () => {
    expect(resolvePreset('today', new Date('2024-06-30T20:00:00.000Z'), 'Asia/Tokyo')).toEqual({
      start: '2024-06-30T15:00:00.000Z',
      end: '2024-07-01T14:59:59.999Z',
    });
  });
});

describe('matchPreset', () => {
  const now = new Date('2024-11-26T15:00:00.000Z');

  test('recognises every preset it resolves', () => {
    for (const preset of DATE_PRESETS) {
      const { start, end } = resolvePreset(preset, now, NY);
      expect(matchPreset(start, end, now, NY)).toBe(preset);
    }
  });

  test('a range resolved in another zone, or on another day, is custom', () => {
    const { start, end } = resolvePreset('last_7_days', now, 'UTC');
    expect(matchPreset(start, end, now, NY)).toBeUndefined();
    const nextWeek = new Date('2024-12-03T15:00:00.000Z');
    const stale = resolvePreset('last_7_days', now, NY);
    expect(matchPreset(stale.start, stale.end, nextWeek, NY)).toBeUndefined();
  });

  test('one bound, garbage, or an arbitrary range is custom', () => {
    const { start, end } = resolvePreset('today', now, NY);
    expect(matchPreset(start, undefined, now, NY)).toBeUndefined();
    expect(matchPreset(undefined, end, now, NY)).toBeUndefined();
    expect(matchPreset('soon', end, now, NY)).toBeUndefined();
    expect(matchPreset('2024-11-01T09:00:00.000Z', end, now, NY)).toBeUndefined();
  });

  test('bare UTC dates cover the same instants as the preset in UTC', () => {
    expect(matchPreset('2024-11-20', '2024-11-26', now, 'UTC')).toBe('last_7_days');
    expect(matchPreset('2024-11-20', '2024-11-26', now, NY)).toBeUndefined();
  });
});

describe('date inputs', () => {
  test('show the local day of each bound', () => {
    const { start, end } = dayRange(
      Date.parse('2024-11-01T16:00:00.000Z'),
      Date.parse('2024-11-26T16:00:00.000Z'),
      NY,
    );
    expect({ start, end }).toEqual({
      start: '2024-11-01T04:00:00.000Z',
      end: '2024-11-27T04:59:59.999Z',
    });
    expect(toDateInputValue(start, 'start', NY)).toBe('2024-11-01');
    expect(toDateInputValue(end, 'end', NY)).toBe('2024-11-26');
    // The same instants in UTC fall on other days.
    expect(toDateInputValue(start, 'start', 'UTC')).toBe('2024-11-01');
    expect(toDateInputValue(end, 'end', 'UTC')).toBe('2024-11-27');
  });

  test('show a bare date as written, and nothing for garbage', () => {
    expect(toDateInputValue('2024-02-03', 'end', NY)).toBe('2024-02-03');
    expect(toDateInputValue(undefined, 'start', NY)).toBe('');
    expect(toDateInputValue('nope', 'start', NY)).toBe('');
  });

  test('a picked day becomes its local first or last instant', () => {
    expect(fromDateInputValue('2024-03-10', 'start', NY)).toBe('2024-03-10T05:00:00.000Z');
    expect(fromDateInputValue('2024-03-10', 'end', NY)).toBe('2024-03-11T03:59:59.999Z');
    expect(fromDateInputValue('0002-03-10', 'end', NY)).toBeUndefined();
    expect(fromDateInputValue('', 'start', NY)).toBeUndefined();
  });
});
