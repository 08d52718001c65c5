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

/** The API key, trimmed; undefined when unset or blank (demo mode). */
export function readApiKey(env: NodeJS.ProcessEnv): string | undefined {
  const key = env.SALESFINITY_API_KEY?.trim();
  if (!key) return undefined;
  if (!API_KEY_PATTERN.test(key)) {
    throw new ServerConfigError(
      'SALESFINITY_API_KEY contains characters that cannot be sent in an HTTP header (spaces, line breaks or non-ASCII).',
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
