import { afterEach, describe, expect, test } from 'vitest';
import { endOfDayIn, formatDayIn, parseDayIn, startOfDayIn } from './zoned-date';

const NY = 'America/New_York';
const SANTIAGO = 'America/Santiago';
const iso = (ms: number) => new Date(ms).toISOString();

const runtimeZone = process.env.TZ;
afterEach(() => {
  if (runtimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = runtimeZone;
});

/**
 * Runs the rest of the test with the runtime in `timeZone`, as a browser there is: the app only
 * asks for the user's own zone, and day bounds depend on it (see `startOfDayIn`).
 */
function runIn(timeZone: string) {
  process.env.TZ = timeZone;
}

function noonOf(day: string, timeZone: string) {
  const date = parseDayIn(day, timeZone);
  if (!date) throw new Error(`not a day: ${day}`);
  return date;
}

describe('the first and last instant of a day', () => {
  // Each expected instant was checked against the zone's offsets on either side of it, not
  // against this code.
  test.each([
    // An ordinary day; spring forward (23 hours); fall back (25 hours).
    [NY, '2024-06-01', '2024-06-01T04:00:00.000Z', '2024-06-02T03:59:59.999Z'],
    [NY, '2024-03-10', '2024-03-10T05:00:00.000Z', '2024-03-11T03:59:59.999Z'],
    [NY, '2024-11-03', '2024-11-03T04:00:00.000Z', '2024-11-04T04:59:59.999Z'],
    // Midnight skipped: the day starts at 01:00, and the day before ends just before the jump.
    [SANTIAGO, '2022-09-11', '2022-09-11T04:00:00.000Z', '2022-09-12T02:59:59.999Z'],
    [SANTIAGO, '2022-09-10', '2022-09-10T04:00:00.000Z', '2022-09-11T03:59:59.999Z'],
    ['America/Sao_Paulo', '2018-11-04', '2018-11-04T03:00:00.000Z', '2018-11-05T01:59:59.999Z'],
    ['America/Havana', '2024-03-10', '2024-03-10T05:00:00.000Z', '2024-03-11T03:59:59.999Z'],
    // The last hour repeated: the day ends after the second 23:59, and the next starts after it.
    [SANTIAGO, '2022-04-02', '2022-04-02T03:00:00.000Z', '2022-04-03T03:59:59.999Z'],
    [SANTIAGO, '2022-04-03', '2022-04-03T04:00:00.000Z', '2022-04-04T03:59:59.999Z'],
    // Midnight repeated: the day starts at the first.
    ['America/Havana', '2024-11-03', '2024-11-03T04:00:00.000Z', '2024-11-04T04:59:59.999Z'],
    // 45 and 30 minutes off the hour; clocks moved by 30 minutes (24.5 and 23.5 hours); 13:45
    // falling back to 12:45.
    ['Asia/Kathmandu', '2024-06-01', '2024-05-31T18:15:00.000Z', '2024-06-01T18:14:59.999Z'],
    ['Asia/Kolkata', '2024-06-01', '2024-05-31T18:30:00.000Z', '2024-06-01T18:29:59.999Z'],
    ['Australia/Adelaide', '2024-10-06', '2024-10-05T14:30:00.000Z', '2024-10-06T13:29:59.999Z'],
    ['Australia/Lord_Howe', '2024-04-07', '2024-04-06T13:00:00.000Z', '2024-04-07T13:29:59.999Z'],
    ['Australia/Lord_Howe', '2024-10-06', '2024-10-05T13:30:00.000Z', '2024-10-06T12:59:59.999Z'],
    ['Pacific/Chatham', '2024-04-07', '2024-04-06T10:15:00.000Z', '2024-04-07T11:14:59.999Z'],
    ['UTC', '2024-03-10', '2024-03-10T00:00:00.000Z', '2024-03-10T23:59:59.999Z'],
  ])('%s, %s: %s to %s', (timeZone, day, start, end) => {
    runIn(timeZone);
    const noon = noonOf(day, timeZone);
    expect([iso(startOfDayIn(noon, timeZone)), iso(endOfDayIn(noon, timeZone))]).toEqual([
      start,
      end,
    ]);
  });

  test('any instant of the day gives the same bounds, the repeated hour and the bounds included', () => {
    runIn(SANTIAGO);
    // 2 April 2022 in Santiago: its first instant, 23:30 at -03, 23:30 again at -04, its last.
    for (const instant of [
      '2022-04-02T03:00:00.000Z',
      '2022-04-03T02:30:00.000Z',
      '2022-04-03T03:30:00.000Z',
      '2022-04-03T03:59:59.999Z',
    ]) {
      expect(iso(startOfDayIn(Date.parse(instant), SANTIAGO)), instant).toBe(
        '2022-04-02T03:00:00.000Z',
      );
      expect(iso(endOfDayIn(Date.parse(instant), SANTIAGO)), instant).toBe(
        '2022-04-03T03:59:59.999Z',
      );
    }
  });
});

describe('calendar days', () => {
  test('the day an instant falls on depends on the zone', () => {
    const instant = Date.parse('2024-01-01T03:00:00.000Z');
    expect(formatDayIn(instant, NY)).toBe('2023-12-31');
    expect(formatDayIn(instant, 'UTC')).toBe('2024-01-01');
    expect(formatDayIn(instant, 'Asia/Tokyo')).toBe('2024-01-01');
    expect(formatDayIn(Date.parse('2024-05-31T18:15:00.000Z'), 'Asia/Kathmandu')).toBe(
      '2024-06-01',
    );
    expect(formatDayIn(Date.parse('2024-05-31T18:14:59.999Z'), 'Asia/Kathmandu')).toBe(
      '2024-05-31',
    );
  });

  test('parseDayIn takes real days from 1970 on, and nothing half typed', () => {
    expect(formatDayIn(noonOf('2024-02-29', NY), NY)).toBe('2024-02-29');
    expect(formatDayIn(noonOf('2022-09-11', SANTIAGO), SANTIAGO)).toBe('2022-09-11');
    for (const text of ['2023-02-29', '2024-13-01', '0002-11-26', '0202-11-26', '', '2024-1-1']) {
      expect(parseDayIn(text, NY), text).toBeUndefined();
    }
  });
});
