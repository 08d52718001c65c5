import { describe, expect, it } from 'vitest';
import { sortOrderOf, sortOrderOfDurations } from './sort-order.ts';

/** What every path must produce: ascending by value, ties by index, missing (NaN / -1) last by index. */
function reference(values: number[], isMissing: (value: number) => boolean): number[] {
  const indexes = values.map((_, i) => i);
  const present = indexes.filter((i) => !isMissing(values[i] ?? NaN));
  const missing = indexes.filter((i) => isMissing(values[i] ?? NaN));
  present.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0) || a - b);
  return [...present, ...missing];
}

describe('sortOrderOf', () => {
  it('orders by value with ties by index and NaN last (packed path)', () => {
    const values = [5, NaN, 3, 5, 1_700_000_000_000, 3, NaN, 0];
    const { order, present } = sortOrderOf(Float64Array.from(values));
    expect([...order]).toEqual(reference(values, Number.isNaN));
    expect(present).toBe(6);
  });
  it('falls back to a comparator when value and index do not fit one float', () => {
    const values = [2 ** 52, 0, NaN, 2 ** 52, 1, 0];
    expect([...sortOrderOf(Float64Array.from(values)).order]).toEqual(
      reference(values, Number.isNaN),
    );
  });
  it('skips sorting when values already ascend (missing ones aside)', () => {
    const values = [1, 2, NaN, 2, 9];
    expect([...sortOrderOf(Float64Array.from(values)).order]).toEqual([0, 1, 3, 4, 2]);
  });
  it('agrees with the reference on random data', () => {
    let state = 7;
    const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const values = Array.from({ length: 2000 }, () =>
      random() < 0.02 ? NaN : Math.floor(random() * 500),
    );
    expect([...sortOrderOf(Float64Array.from(values)).order]).toEqual(
      reference(values, Number.isNaN),
    );
  });
});

describe('sortOrderOfDurations', () => {
  it('counting-sorts durations, ties by index, -1 (missing) last', () => {
    const values = [30, -1, 0, 30, 7, -1, 0];
    const { order, present } = sortOrderOfDurations(Int32Array.from(values));
    expect([...order]).toEqual(reference(values, (v) => v < 0));
    expect(present).toBe(5);
  });
});
