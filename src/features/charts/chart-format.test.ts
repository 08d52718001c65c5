import { describe, expect, it } from 'vitest';
import { formatShare } from './chart-format';

describe('formatShare', () => {
  it('writes a share with one decimal', () => {
    expect(formatShare(1, 8)).toBe('12.5%');
    expect(formatShare(0, 5)).toBe('0.0%');
    expect(formatShare(5, 5)).toBe('100.0%');
  });

  it('has nothing to say without both numbers or of nothing', () => {
    expect(formatShare(undefined, 5)).toBeUndefined();
    expect(formatShare(1, undefined)).toBeUndefined();
    expect(formatShare(0, 0)).toBeUndefined();
  });
});
