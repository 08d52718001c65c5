import { describe, expect, test } from 'vitest';
import { formatLocalDateTime, formatUtcDateTime } from './date-time';

describe('formatLocalDateTime', () => {
  test('shows the instant in the given time zone', () => {
    expect(formatLocalDateTime('2024-01-15T14:30:00.000Z', 'America/New_York')).toBe(
      'Jan 15, 2024, 9:30 AM',
    );
    expect(formatLocalDateTime('2024-01-15T14:30:00.000Z', 'Asia/Tokyo')).toBe(
      'Jan 15, 2024, 11:30 PM',
    );
  });

  test('crosses the date line with the zone', () => {
    expect(formatLocalDateTime('2024-01-15T02:00:00.000Z', 'America/Los_Angeles')).toBe(
      'Jan 14, 2024, 6:00 PM',
    );
  });

  test('uses the browser zone when none is given', () => {
    const iso = '2024-07-04T12:00:00.000Z';
    const expected = new Intl.DateTimeFormat('en-US', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
    expect(formatLocalDateTime(iso)).toBe(expected);
  });

  test('falls back to the browser zone for an unknown zone name', () => {
    const iso = '2024-07-04T12:00:00.000Z';
    expect(formatLocalDateTime(iso, 'Mars/Olympus_Mons')).toBe(formatLocalDateTime(iso));
  });

  test.each([undefined, null, '', '   ', 'not a date', '2024-13-45T99:99:99Z'])(
    'has nothing to show for %j',
    (iso) => {
      expect(formatLocalDateTime(iso, 'UTC')).toBeUndefined();
    },
  );
});

describe('formatUtcDateTime', () => {
  test('is exact to the second and says UTC', () => {
    expect(formatUtcDateTime('2024-01-15T14:30:00.000Z')).toBe('2024-01-15 14:30:00 UTC');
    expect(formatUtcDateTime('2024-01-15T09:05:07.999Z')).toBe('2024-01-15 09:05:07 UTC');
  });

  test('converts an offset timestamp to UTC', () => {
    expect(formatUtcDateTime('2024-01-15T23:30:00-05:00')).toBe('2024-01-16 04:30:00 UTC');
  });

  test.each([undefined, null, '', 'yesterday'])('has nothing to show for %j', (iso) => {
    expect(formatUtcDateTime(iso)).toBeUndefined();
  });
});
