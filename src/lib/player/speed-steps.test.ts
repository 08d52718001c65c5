import { describe, expect, it } from 'vitest';
import { formatSpeed, nearestSpeed, stepSpeed } from './speed-steps';

describe('speed steps', () => {
  it('steps up and down through 0.75–2× and stops at the ends', () => {
    expect(stepSpeed(1, 1)).toBe(1.25);
    expect(stepSpeed(1.25, -1)).toBe(1);
    expect(stepSpeed(2, 1)).toBe(2);
    expect(stepSpeed(0.75, -1)).toBe(0.75);
  });

  it('snaps stored or odd values to an offered step', () => {
    expect(nearestSpeed(1.6)).toBe(1.5);
    expect(nearestSpeed(9)).toBe(2);
    expect(nearestSpeed(Number.NaN)).toBe(1);
    expect(stepSpeed(1.1, 1)).toBe(1.25);
  });

  it('formats as a multiplier', () => {
    expect(formatSpeed(1.5)).toBe('1.5×');
  });
});
