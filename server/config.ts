import { DEFAULT_API_URL } from '../contract/salesfinity.ts';
import { z } from 'zod';

export type ServerMode = 'demo' | 'live';

/** Everything the server needs from the environment except the key, which never leaves `readApiKey`. */
export interface ServerConfig {
  mode: ServerMode;
  port: number;
  host: string;
  /** Live mode: the Salesfinity API origin (no trailing slash). Demo mode: null, the simulator decides. */
  upstreamUrl: string | null;
}

export const DEFAULT_PORT = 3000;
// Loopback by default: in live mode anyone who reaches the port reads the team's calls with our key.
export const DEFAULT_HOST = '127.0.0.1';

/** Thrown for a bad environment; its message names the variable and never echoes a value. */
export class ServerConfigError extends Error {
  override name = 'ServerConfigError';
}

const upstreamUrlSchema = z.url({ protocol: /^https?$/ }).refine((value) => {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  // Credentials would be logged with the URL; a query or fragment would break path joining.
  return url.username === '' && url.password === '' && url.search === '' && url.hash === '';
});

const portSchema = z.coerce.number().int().min(0).max(65535);

// Visible ASCII only: anything else cannot travel in an HTTP header and would fail on every request.
const API_KEY_PATTERN = /^[\x21-\x7e]+$/;
/**
 * The service's keys are UUIDs (36 characters, sometimes with an `sk_` prefix): anything much shorter
 * is a placeholder or a truncated paste, and would fail on every request.
 */
export const MIN_API_KEY_LENGTH = 16;

/**
 * The API key exactly as set; undefined when unset or empty (demo mode). Never trimmed: whitespace
 * in a key is a paste accident, and refusing it at start is clearer than a 401 on every request.
 */
export function readApiKey(env: NodeJS.ProcessEnv): string | undefined {
  const key = env.SALESFINITY_API_KEY;
  if (key === undefined || key === '') return undefined;
  if (/\s/.test(key)) {
    throw new ServerConfigError(
      'SALESFINITY_API_KEY contains whitespace (a space, tab or line break, perhaps at the start or end): set it to the key alone.',
    );
  }
  if (!API_KEY_PATTERN.test(key)) {
    throw new ServerConfigError(
      'SALESFINITY_API_KEY contains characters that cannot be sent in an HTTP header (control characters or non-ASCII).',
    );
  }
  if (key.length < MIN_API_KEY_LENGTH) {
    throw new ServerConfigError(
      `SALESFINITY_API_KEY is too short to be an API key (length ${key.length}, at least ${MIN_API_KEY_LENGTH} expected).`,
    );
  }
  return key;
}

export function resolveServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const key = readApiKey(env);
  const mode: ServerMode = key === undefined ? 'demo' : 'live';

  const rawPort = env.PORT?.trim();
  let port = DEFAULT_PORT;
  if (rawPort) {
    const parsed = portSchema.safeParse(rawPort);
    if (!parsed.success) {
      throw new ServerConfigError('PORT must be an integer from 0 to 65535.');
    }
    port = parsed.data;
  }

  const host = env.HOST?.trim() || DEFAULT_HOST;

  let upstreamUrl: string | null = null;
  if (mode === 'live') {
    const rawUrl = env.SALESFINITY_API_URL?.trim() || DEFAULT_API_URL;
    if (!upstreamUrlSchema.safeParse(rawUrl).success) {
      throw new ServerConfigError(
        'SALESFINITY_API_URL must be an http(s) URL without credentials, query or fragment, e.g. https://client-api.salesfinity.co',
      );
    }
    upstreamUrl = rawUrl.replace(/\/+$/, '');
  }

  return { mode, port, host, upstreamUrl };
}
