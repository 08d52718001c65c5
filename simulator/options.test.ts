import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOBS } from './knobs.ts';
import { parseRateLimit, simulatorOptionsFromEnv } from './options.ts';

describe('simulatorOptionsFromEnv', () => {
  it('uses the defaults for unset or empty variables', () => {
    expect(simulatorOptionsFromEnv({ SIMULATOR_CALLS: '', SIMULATOR_API_KEY: '' })).toEqual({
      calls: 5000,
      seed: 1,
      apiKey: 'demo-key',
      knobs: DEFAULT_KNOBS,
      admin: false,
    });
  });
  it('reads every variable', () => {
    expect(
      simulatorOptionsFromEnv({
        SIMULATOR_CALLS: '1000000',
        SIMULATOR_SEED: '42',
        SIMULATOR_API_KEY: 'sk_test',
        SIMULATOR_LATENCY_MS: '250',
        SIMULATOR_JITTER_MS: '100',
        SIMULATOR_ERROR_RATE: '0.1',
        SIMULATOR_RATE_LIMIT: '20/1',
        SIMULATOR_DROP_RATE: '0.05',
        SIMULATOR_CONTROL_CHAR_RATE: '0',
        SIMULATOR_ADMIN: 'true',
        SIMULATOR_PUBLIC_URL: 'https://sim.example.test/',
      }),
    ).toEqual({
      calls: 1_000_000,
      seed: 42,
      apiKey: 'sk_test',
      knobs: {
        latencyMs: 250,
        jitterMs: 100,
        errorRate: 0.1,
        rateLimit: { requests: 20, windowSeconds: 1 },
        dropRate: 0.05,
        controlCharRate: 0,
      },
      admin: true,
      publicUrl: 'https://sim.example.test',
    });
  });
  it.each([
    ['SIMULATOR_CALLS', 'many'],
    ['SIMULATOR_CALLS', '-5'],
    ['SIMULATOR_CALLS', '99999999'],
    ['SIMULATOR_SEED', '1.5'],
    ['SIMULATOR_LATENCY_MS', '-1'],
    ['SIMULATOR_ERROR_RATE', '1.5'],
    ['SIMULATOR_DROP_RATE', 'half'],
    ['SIMULATOR_CONTROL_CHAR_RATE', '2'],
    ['SIMULATOR_RATE_LIMIT', '20'],
    ['SIMULATOR_RATE_LIMIT', '0/1'],
    ['SIMULATOR_ADMIN', 'maybe'],
    ['SIMULATOR_PUBLIC_URL', 'ftp://x'],
    ['SIMULATOR_PUBLIC_URL', 'not a url'],
  ])('throws naming %s for %j', (name, value) => {
    expect(() => simulatorOptionsFromEnv({ [name]: value })).toThrow(name);
  });
  it('reads "off" as no rate limit', () => {
    expect(parseRateLimit('off')).toBeNull();
    expect(parseRateLimit('5 / 0.5')).toEqual({ requests: 5, windowSeconds: 0.5 });
  });
});
