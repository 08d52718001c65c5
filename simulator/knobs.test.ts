import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOBS, FaultInjector, patchKnobs } from './knobs.ts';
import type { Knobs } from './knobs.ts';

const knobs = (patch: Partial<Knobs>): Knobs => ({ ...DEFAULT_KNOBS, ...patch });

describe('patchKnobs', () => {
  it('applies valid partial patches', () => {
    expect(patchKnobs(DEFAULT_KNOBS, { errorRate: 0.5 })).toEqual({
      ...DEFAULT_KNOBS,
      errorRate: 0.5,
    });
    expect(
      patchKnobs(DEFAULT_KNOBS, { rateLimit: { requests: 2, windowSeconds: 1 } }).rateLimit,
    ).toEqual({
      requests: 2,
      windowSeconds: 1,
    });
  });
  it('rejects values out of range, unknown knobs and non-objects, naming the knob', () => {
    expect(() => patchKnobs(DEFAULT_KNOBS, { dropRate: 1.5 })).toThrow(/dropRate/);
    expect(() => patchKnobs(DEFAULT_KNOBS, { latencyMs: -1 })).toThrow(/latencyMs/);
    expect(() =>
      patchKnobs(DEFAULT_KNOBS, { rateLimit: { requests: 0, windowSeconds: 1 } }),
    ).toThrow(/rateLimit/);
    expect(() => patchKnobs(DEFAULT_KNOBS, { speed: 1 })).toThrow(/invalid knobs/);
    expect(() => patchKnobs(DEFAULT_KNOBS, 'fast')).toThrow(/invalid knobs/);
  });
});

describe('FaultInjector', () => {
  it('passes everything with the defaults', () => {
    const faults = new FaultInjector(1);
    for (let i = 0; i < 100; i++)
      expect(faults.decide(DEFAULT_KNOBS, i)).toEqual({ kind: 'pass', delayMs: 0 });
  });
  it('delays by latency plus up to the jitter', () => {
    const faults = new FaultInjector(1);
    const delays = Array.from(
      { length: 200 },
      (_, i) => faults.decide(knobs({ latencyMs: 100, jitterMs: 50 }), i).delayMs,
    );
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...delays)).toBeLessThanOrEqual(150);
    expect(new Set(delays).size).toBeGreaterThan(100);
  });
  it('fails about errorRate of requests, reproducibly', () => {
    const run = () => {
      const faults = new FaultInjector(4);
      return Array.from(
        { length: 1000 },
        (_, i) => faults.decide(knobs({ errorRate: 0.2 }), i).kind,
      );
    };
    const kinds = run();
    const errors = kinds.filter((kind) => kind === 'error').length;
    expect(errors).toBeGreaterThan(150);
    expect(errors).toBeLessThan(250);
    expect(run()).toEqual(kinds);
  });
  it('drops about dropRate of connections', () => {
    const faults = new FaultInjector(4);
    const drops = Array.from(
      { length: 1000 },
      (_, i) => faults.decide(knobs({ dropRate: 0.1 }), i).kind,
    ).filter((kind) => kind === 'drop').length;
    expect(drops).toBeGreaterThan(60);
    expect(drops).toBeLessThan(140);
  });
  it('rate-limits per fixed window with Retry-After up to the window end', () => {
    const faults = new FaultInjector(1);
    const limited = knobs({ rateLimit: { requests: 2, windowSeconds: 10 } });
    expect(faults.decide(limited, 0).kind).toBe('pass');
    expect(faults.decide(limited, 1000).kind).toBe('pass');
    expect(faults.decide(limited, 2500)).toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: 8,
    });
    expect(faults.decide(limited, 9999)).toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: 1,
    });
    expect(faults.decide(limited, 10_000).kind).toBe('pass');
  });
});
