import type { IncomingHttpHeaders } from 'node:http';

/*
 * Header allowlists. Nothing the browser sends reaches the upstream unless named here: above all
 * never its `x-api-key`, `authorization` or `cookie`, nor hop-by-hop headers.
 */

/** API calls: the proxy sets `accept` and `x-api-key` itself; only a conditional header passes. */
export const API_REQUEST_HEADERS = ['if-none-match'] as const;
/** Recordings: what an `<audio>` element needs to seek (Range) and revalidate. */
export const RECORDING_REQUEST_HEADERS = [
  'range',
  'if-range',
  'if-none-match',
  'if-modified-since',
] as const;

/** API responses: no `set-cookie`, no upstream `cache-control` (the proxy sets `no-store`). */
export const API_RESPONSE_HEADERS = [
  'content-type',
  'etag',
  'last-modified',
  'retry-after',
] as const;
export const RECORDING_RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-range',
  'accept-ranges',
  'etag',
  'last-modified',
  'cache-control',
  'retry-after',
] as const;

// Printable ASCII and tab: a value with anything else is an injection attempt or garbage.
const SAFE_HEADER_VALUE = /^[\t\x20-\x7e]*$/;
const MAX_HEADER_VALUE_LENGTH = 8192;
const FORWARDED_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export type PickedHeaders =
  { ok: true; headers: Record<string, string> } | { ok: false; header: string };

export function isSafeHeaderValue(value: string): boolean {
  return value.length <= MAX_HEADER_VALUE_LENGTH && SAFE_HEADER_VALUE.test(value);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Copies the allowlisted headers; refuses the request when one of them is not a clean value. */
export function pickRequestHeaders(
  incoming: IncomingHttpHeaders,
  names: readonly string[],
): PickedHeaders {
  const headers: Record<string, string> = {};
  for (const name of names) {
    const value = headerValue(incoming[name]);
    if (value === undefined) continue;
    if (!isSafeHeaderValue(value)) return { ok: false, header: name };
    headers[name] = value;
  }
  return { ok: true, headers };
}

/**
 * Copies the allowlisted upstream headers, dropping any value that would reveal the key, whatever
 * the status: these are types, validators, dates and ranges, which hold a live key (16+ characters)
 * only as an echo, and dropping one loses metadata, never the team's data.
 */
export function pickResponseHeaders(
  upstream: Headers,
  names: readonly string[],
  secret: string,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of names) {
    const value = upstream.get(name);
    if (value === null || value.includes(secret) || !isSafeHeaderValue(value)) continue;
    headers[name] = value;
  }
  return headers;
}

/**
 * The host and scheme the browser used, for the simulator's recording URLs. A TLS-terminating
 * proxy in front may have set X-Forwarded-*; the values only shape this client's own response.
 */
export function forwardedOrigin(
  incoming: IncomingHttpHeaders,
  isEncrypted: boolean,
): { host: string; proto: 'http' | 'https' } | undefined {
  const forwardedHost = headerValue(incoming['x-forwarded-host'])?.split(',')[0]?.trim();
  const host = forwardedHost && FORWARDED_HOST.test(forwardedHost) ? forwardedHost : incoming.host;
  if (host === undefined || !FORWARDED_HOST.test(host)) return undefined;

  const forwardedProto = headerValue(incoming['x-forwarded-proto'])?.split(',')[0]?.trim();
  const proto =
    forwardedProto === 'http' || forwardedProto === 'https'
      ? forwardedProto
      : isEncrypted
        ? 'https'
        : 'http';
  return { host, proto };
}

const REDACTED = Buffer.from('[REDACTED]');

/**
 * Replaces every occurrence of `secret` in `body`, for an upstream error answer that echoes the
 * key back (a debug message, a reflected header). Never for a success: that is the team's data.
 * Works on bytes, so a body that is not valid UTF-8 or holds raw control characters is otherwise
 * unchanged.
 */
export function redactSecret(body: Buffer, secret: string): Buffer {
  if (secret === '') return body;
  const needle = Buffer.from(secret);
  let index = body.indexOf(needle);
  if (index === -1) return body;
  const parts: Buffer[] = [];
  let start = 0;
  while (index !== -1) {
    parts.push(body.subarray(start, index), REDACTED);
    start = index + needle.length;
    index = body.indexOf(needle, start);
  }
  parts.push(body.subarray(start));
  return Buffer.concat(parts);
}
