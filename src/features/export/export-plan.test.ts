import { describe, expect, it } from 'vitest';
import { clampProgress, remainingPages } from './export-plan';

describe('remainingPages', () => {
  it('lists the pages after the first, at 100 a page', () => {
    expect(remainingPages(0)).toEqual([]);
    expect(remainingPages(100)).toEqual([]);
    expect(remainingPages(101)).toEqual([2]);
    expect(remainingPages(350)).toEqual([2, 3, 4]);
    expect(remainingPages(50_000)).toHaveLength(499);
  });

  it('follows another page size', () => {
    expect(remainingPages(25, 10)).toEqual([2, 3]);
  });
});

describe('clampProgress', () => {
  it('never reports more than the total or less than none', () => {
    expect(clampProgress(120, 100)).toBe(100);
    expect(clampProgress(-1, 100)).toBe(0);
    expect(clampProgress(40, 100)).toBe(40);
  });
});
