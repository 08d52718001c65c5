import { READABLE_ENDPOINTS } from '../contract/salesfinity.ts';
import type { ReadableEndpoint } from '../contract/salesfinity.ts';
import type { ServerMode } from './config.ts';

/**
 * Decides what the proxy does with a request, from the raw request target only. Strict by design:
 * a path is forwarded only when its raw bytes spell an allowlisted endpoint; anything encoded,
 * dotted, doubled or otherwise "fixable" is refused, never normalised into something else.
 */
export type ProxyRoute =
  | { kind: 'not-ours' }
  | { kind: 'mode' }
  | {
      kind: 'api';
      /** The allowlisted pattern the path spells, e.g. `call-log/:id`. */
      endpoint: ReadableEndpoint;
      /** The `:id` segment, when the endpoint has one. */
      id: string | null;
      upstreamPath: string;
      query: string;
    }
  | { kind: 'recording'; upstreamPath: string; query: string }
  | { kind: 'reject'; status: 400 | 404 | 405; message: string };

export const READ_METHODS = ['GET', 'HEAD'] as const;

const ID_SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;
// A path segment made of safe characters only: no `%`, `.`, `;`, `\` or anything a server might decode.
const SAFE_PATH = /^(?:\/[A-Za-z0-9_-]+)+$/;
const RECORDING_FILE = /^[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9]{1,8}$/;
// What may appear in a request target at all: visible ASCII except `#` (a fragment is never sent).
const TARGET_CHARS = /^[\x21-\x22\x24-\x7e]*$/;

const ENDPOINT_PATTERNS = READABLE_ENDPOINTS.map((endpoint) => ({
  endpoint,
  parts: endpoint.split('/'),
}));

/** The one of READABLE_ENDPOINTS that `segments` (below `/v1`) spell, or null. */
export function matchReadableEndpoint(segments: readonly string[]): ReadableEndpoint | null {
  const match = ENDPOINT_PATTERNS.find(
    ({ parts }) =>
      parts.length === segments.length &&
      parts.every((part, index) => {
        const segment = segments[index] ?? '';
        return part === ':id' ? ID_SEGMENT.test(segment) : part === segment;
      }),
  );
  return match?.endpoint ?? null;
}

function isReadMethod(method: string | undefined): boolean {
  return READ_METHODS.some((allowed) => allowed === method);
}

const notFound = { kind: 'reject', status: 404, message: 'Unknown API path' } as const;
const notAllowed = {
  kind: 'reject',
  status: 405,
  message: 'The API proxy is read-only: use GET or HEAD',
} as const;

export function routeProxyRequest(
  method: string | undefined,
  rawTarget: string | undefined,
  mode: ServerMode,
): ProxyRoute {
  // Absolute-form (`http://host/...`) and asterisk-form targets are for forward proxies, not us.
  if (rawTarget === undefined || !rawTarget.startsWith('/')) {
    return { kind: 'reject', status: 400, message: 'Malformed request target' };
  }

  const queryStart = rawTarget.indexOf('?');
  const path = queryStart === -1 ? rawTarget : rawTarget.slice(0, queryStart);
  const query = queryStart === -1 ? '' : rawTarget.slice(queryStart + 1);

  const isApi = path === '/api' || path.startsWith('/api/');
  const isRecording =
    mode === 'demo' && (path === '/recordings' || path.startsWith('/recordings/'));
  if (!isApi && !isRecording) return { kind: 'not-ours' };

  // Control characters, spaces, non-ASCII or `#` cannot be forwarded byte-for-byte: refuse them.
  if (!TARGET_CHARS.test(rawTarget)) {
    return { kind: 'reject', status: 400, message: 'Malformed request target' };
  }

  if (isRecording) {
    const file = path.slice('/recordings/'.length);
    if (!path.startsWith('/recordings/') || !RECORDING_FILE.test(file)) return notFound;
    if (!isReadMethod(method)) return notAllowed;
    return { kind: 'recording', upstreamPath: path, query };
  }

  if (path === '/api/mode') {
    return isReadMethod(method) ? { kind: 'mode' } : notAllowed;
  }

  if (!path.startsWith('/api/v1/') || !SAFE_PATH.test(path)) return notFound;
  const segments = path.slice('/api/v1/'.length).split('/');
  const endpoint = matchReadableEndpoint(segments);
  if (endpoint === null) return notFound;
  if (!isReadMethod(method)) return notAllowed;
  const idIndex = endpoint.split('/').indexOf(':id');
  return {
    kind: 'api',
    endpoint,
    id: idIndex === -1 ? null : (segments[idIndex] ?? null),
    upstreamPath: `/v1/${segments.join('/')}`,
    query,
  };
}
