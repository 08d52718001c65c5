import { MAX_CALLS } from './dataset.ts';
import { DEFAULT_KNOBS, knobsSchema } from './knobs.ts';
import type { Knobs } from './knobs.ts';

export interface SimulatorOptions {
  /** Number of calls to generate (default 5000). */
  calls: number;
  /** Seed of all generated data (default 1). */
  seed: number;
  /** The key every request must send as `x-api-key` (default 'demo-key'). */
  apiKey: string;
  /** The data's "now": calls fill the 90 days before it (default: the current time). */
  now?: Date;
  knobs: Knobs;
  /** Serve `/__simulator/knobs` (default false). */
  admin: boolean;
  /** Base of recording URLs; otherwise derived from each request's (forwarded) host. */
  publicUrl?: string;
}

export const DEFAULT_OPTIONS = {
  calls: 5000,
  seed: 1,
  apiKey: 'demo-key',
  admin: false,
} as const;

/** An empty variable counts as unset, as `.env.example` leaves them empty. */
function read(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function invalid(name: string, expected: string, value: string): Error {
  return new Error(`${name} must be ${expected} (got "${value}")`);
}

function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw invalid(name, `an integer from ${min} to ${max}`, raw);
  }
  return value;
}

function readNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  const value = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max)) throw invalid(name, `a number from ${min} to ${max}`, raw);
  return value;
}

function readBoolean(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw invalid(name, 'true or false', raw);
}

/** "20/1" = 20 requests per 1-second window; "off" (or "none", "0") = no limit. */
export function parseRateLimit(raw: string): Knobs['rateLimit'] {
  if (/^(off|none|0)$/i.test(raw)) return null;
  const match = /^(\d+)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(raw);
  const parsed = knobsSchema.shape.rateLimit.safeParse(
    match ? { requests: Number(match[1]), windowSeconds: Number(match[2]) } : undefined,
  );
  if (!match || !parsed.success) {
    throw invalid('SIMULATOR_RATE_LIMIT', 'REQUESTS/SECONDS such as "20/1", or "off"', raw);
  }
  return parsed.data;
}

function readPublicUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = read(env, 'SIMULATOR_PUBLIC_URL');
  if (raw === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash) {
    throw invalid('SIMULATOR_PUBLIC_URL', 'an http(s) URL without query or fragment', raw);
  }
  return raw.replace(/\/+$/, '');
}

/** Options from SIMULATOR_* variables; throws an Error naming the first invalid one. */
export function simulatorOptionsFromEnv(env: NodeJS.ProcessEnv): SimulatorOptions {
  const rateLimitRaw = read(env, 'SIMULATOR_RATE_LIMIT');
  const knobs: Knobs = {
    latencyMs: readNumber(env, 'SIMULATOR_LATENCY_MS', 0, 60_000) ?? DEFAULT_KNOBS.latencyMs,
    jitterMs: readNumber(env, 'SIMULATOR_JITTER_MS', 0, 60_000) ?? DEFAULT_KNOBS.jitterMs,
    errorRate: readNumber(env, 'SIMULATOR_ERROR_RATE', 0, 1) ?? DEFAULT_KNOBS.errorRate,
    rateLimit: rateLimitRaw === undefined ? DEFAULT_KNOBS.rateLimit : parseRateLimit(rateLimitRaw),
    dropRate: readNumber(env, 'SIMULATOR_DROP_RATE', 0, 1) ?? DEFAULT_KNOBS.dropRate,
    controlCharRate:
      readNumber(env, 'SIMULATOR_CONTROL_CHAR_RATE', 0, 1) ?? DEFAULT_KNOBS.controlCharRate,
  };
  const options: SimulatorOptions = {
    calls: readInteger(env, 'SIMULATOR_CALLS', 0, MAX_CALLS) ?? DEFAULT_OPTIONS.calls,
    seed: readInteger(env, 'SIMULATOR_SEED', -2_147_483_648, 4_294_967_295) ?? DEFAULT_OPTIONS.seed,
    apiKey: read(env, 'SIMULATOR_API_KEY') ?? DEFAULT_OPTIONS.apiKey,
    knobs,
    admin: readBoolean(env, 'SIMULATOR_ADMIN') ?? DEFAULT_OPTIONS.admin,
  };
  const publicUrl = readPublicUrl(env);
  if (publicUrl !== undefined) options.publicUrl = publicUrl;
  return options;
}
