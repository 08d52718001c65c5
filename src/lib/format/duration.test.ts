import { describe, expect, test } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
  test.each([
    [0, '0:00'],
    [5, '0:05'],
    [59, '0:59'],
    [60, '1:00'],
    [61, '1:01'],
    [599, '9:59'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3661, '1:01:01'],
    [36000, '10:00:00'],
  ])('%d s is %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  test('rounds fractions to the nearest second, carrying into minutes and hours', () => {
    expect(formatDuration(12.4)).toBe('0:12');
    expect(formatDuration(59.6)).toBe('1:00');
    expect(formatDuration(3599.5)).toBe('1:00:00');
    expect(formatDuration(0.2)).toBe('0:00');
  });

  test.each([undefined, null, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'has nothing to show for %s',
    (seconds) => {
      expect(formatDuration(seconds)).toBeUndefined();
    },
  );
});
