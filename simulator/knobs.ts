import { z } from 'zod';
import { Random, hash32, saltOf } from './prng.ts';

/** Fault-injection settings, applied to `/v1` routes. All off by default except control chars. */
export interface Knobs {
  latencyMs: number;
  jitterMs: number;
  /** 0..1 share of 500 responses. */
  errorRate: number;
  rateLimit: { requests: number; windowSeconds: number } | null;
  /** 0..1 share of connections destroyed with no response. */
  dropRate: number;
  /** 0..1 share of transcripts sent with raw control characters. */
  controlCharRate: number;
}

export const DEFAULT_KNOBS: Knobs = {
  latencyMs: 0,
  jitterMs: 0,
  errorRate: 0,
  rateLimit: null,
  dropRate: 0,
  controlCharRate: 0.02,
};

const share = z.number().min(0).max(1);
const milliseconds = z.number().min(0).max(60_000);

export const knobsSchema = z.strictObject({
  latencyMs: milliseconds,
  jitterMs: milliseconds,
  errorRate: share,
  rateLimit: z
    .strictObject({
      requests: z.number().int().min(1),
      windowSeconds: z.number().positive().max(3600),
    })
    .nullable(),
  dropRate: share,
  controlCharRate: share,
});

export const knobsPatchSchema = knobsSchema.partial();

/** Validates a patch and applies it; throws an Error listing the offending knobs. */
export function patchKnobs(knobs: Knobs, patch: unknown): Knobs {
  const parsed = knobsPatchSchema.safeParse(patch);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'knobs'}: ${issue.message}`,
    );
    throw new Error(`invalid knobs: ${problems.join('; ')}`);
  }
  return { ...knobs, ...parsed.data };
}

export type FaultDecision =
  | { kind: 'pass'; delayMs: number }
  | { kind: 'drop'; delayMs: number }
  | { kind: 'error'; delayMs: number; variant: number }
  | { kind: 'rate-limited'; delayMs: number; retryAfterSeconds: number };

export const ERROR_VARIANTS = 3;

/**
 * Decides each request's fate from a seeded stream, so a test that sends requests in a fixed
 * order sees the same faults every run. Every decision draws the same numbers whatever the knobs,
 * keeping the stream aligned when knobs change.
 */
export class FaultInjector {
  private readonly rng: Random;
  private windowStartMs = -Infinity;
  private windowCount = 0;
  private windowKey = '';

  constructor(seed: number) {
    this.rng = new Random(hash32(seed, saltOf('faults')));
  }

  decide(knobs: Knobs, nowMs: number): FaultDecision {
    const jitter = this.rng.next();
    const drop = this.rng.next();
    const error = this.rng.next();
    const variant = this.rng.int(ERROR_VARIANTS);
    const delayMs = knobs.latencyMs + jitter * knobs.jitterMs;

    const limit = knobs.rateLimit;
    if (limit) {
      const windowMs = limit.windowSeconds * 1000;
      const key = `${limit.requests}/${limit.windowSeconds}`;
      // A fixed window; changing the limit starts a fresh one.
      if (key !== this.windowKey || nowMs >= this.windowStartMs + windowMs) {
        this.windowKey = key;
        this.windowStartMs = nowMs;
        this.windowCount = 0;
      }
      if (this.windowCount >= limit.requests) {
        const retryAfterSeconds = Math.max(
          1,
          Math.ceil((this.windowStartMs + windowMs - nowMs) / 1000),
        );
        return { kind: 'rate-limited', delayMs, retryAfterSeconds };
      }
      this.windowCount++;
    }
    if (drop < knobs.dropRate) return { kind: 'drop', delayMs };
    if (error < knobs.errorRate) return { kind: 'error', delayMs, variant };
    return { kind: 'pass', delayMs };
  }
}
