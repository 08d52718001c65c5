import { describe, expect, it } from 'vitest';
import {
  Random,
  cumulativeWeights,
  hash32,
  hex8,
  pickCumulative,
  saltOf,
  unitHash,
} from './prng.ts';

describe('Random', () => {
  it('repeats its stream for a seed and differs across seeds', () => {
    const draw = (seed: number) => {
      const rng = new Random(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });
  it('stays in range and is roughly uniform', () => {
    const rng = new Random(42);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 20_000; i++) {
      const value = rng.next();
      if (value < 0 || value >= 1) outside++;
      buckets[Math.floor(value * 10)] = (buckets[Math.floor(value * 10)] ?? 0) + 1;
    }
    expect(outside).toBe(0);
    expect(Math.min(...buckets)).toBeGreaterThan(1800);
  });
  it('between is inclusive at both ends', () => {
    const rng = new Random(3);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(rng.between(2, 4));
    expect([...seen].sort()).toEqual([2, 3, 4]);
  });
  it('logNormal respects its clamps', () => {
    const rng = new Random(9);
    const values = Array.from({ length: 1000 }, () => rng.logNormal(100, 1.5, 10, 500));
    expect(Math.min(...values)).toBe(10);
    expect(Math.max(...values)).toBe(500);
  });
  it('weighted picks follow the weights', () => {
    const rng = new Random(5);
    const cumulative = cumulativeWeights([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 8000; i++) {
      const index = rng.weighted(cumulative);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeGreaterThan(2.5);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeLessThan(3.5);
    expect(pickCumulative(cumulative, 0)).toBe(0);
    expect(pickCumulative(cumulative, 0.9999)).toBe(2);
  });
});

describe('hashing', () => {
  it('gives the same values on every machine, sensitive to order', () => {
    // Pinned: the generated data (same seed, same calls) depends on these exact numbers.
    expect(hash32(7)).toBe(310160085);
    expect(hash32(1, 2)).toBe(885663958);
    expect(hash32(2, 1)).toBe(2942783575);
    expect(saltOf('notes')).toBe(2206293706);
    expect(saltOf('audio')).toBe(3764468121);
    expect(hex8(255)).toBe('000000ff');
  });

  it('spreads consecutive inputs evenly over the whole unsigned 32-bit range', () => {
    const bins = new Array<number>(16).fill(0);
    for (let i = 0; i < 16_000; i++) {
      const bin = Math.floor(unitHash(1, i) * 16);
      bins[bin] = (bins[bin] ?? 0) + 1;
    }
    // 1,000 expected per sixteenth; negative or truncated hashes would leave bins empty.
    expect(bins).toHaveLength(16);
    expect(Math.min(...bins)).toBeGreaterThan(900);
    expect(Math.max(...bins)).toBeLessThan(1100);
  });
});
