import { describe, expect, test } from 'vitest';
import { formatCount, formatRange } from './count';

describe('formatCount', () => {
  test('groups thousands the en-US way', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(4812)).toBe('4,812');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

describe('formatRange', () => {
  test('the first, a middle and the last (short) page of a known total', () => {
    expect(formatRange(1, 50, 4812)).toBe('1–50 of 4,812');
    expect(formatRange(3, 50, 4812)).toBe('101–150 of 4,812');
    expect(formatRange(97, 50, 4812)).toBe('4,801–4,812 of 4,812');
  });

  test('a total that fits on one page', () => {
    expect(formatRange(1, 50, 7)).toBe('1–7 of 7');
    expect(formatRange(1, 10, 10)).toBe('1–10 of 10');
  });

  test('nothing to show', () => {
    expect(formatRange(1, 50, 0)).toBe('0 of 0');
    expect(formatRange(200, 50, 4812)).toBe('0 of 4,812');
  });

  test('an unknown total shows only the span of the page', () => {
    expect(formatRange(1, 50, null)).toBe('1–50');
    expect(formatRange(21, 50, null)).toBe('1,001–1,050');
  });

  test('uses an en dash, not a hyphen', () => {
    expect(formatRange(1, 25, 100)).toContain('\u2013');
    expect(formatRange(1, 25, 100)).not.toContain('-');
  });
});
