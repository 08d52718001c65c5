import { createRequestLimit } from './request-limit';
import type { RequestLimit } from './request-limit';
import { parseLenientJson } from '@contract/lenient-json';
import { isNoAccessBody, parseSessionEnded } from './session/session-schema';

export type ApiErrorKind =
  | 'unauthorized'
  /** The dashboard's own sign-in has ended (the proxy's 401): nothing loads until the user signs in again. */
  | 'session-ended'
  /** Signed in to the dashboard, but with neither role (the proxy's 403). */
  | 'no-access'
  | 'not-found'
  | 'bad-request'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'malformed';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  status?: number;
  /** Overrides the default user-facing message of the kind. */
  message?: string;
  detail?: string;
  retryAfterSeconds?: number;
  /** With 'session-ended': where to sign in again, or null when that happens outside the app. */
  signInUrl?: string | null;
  cause?: unknown;
}

/** Every failure of a request except cancellation. `message` is written for the user. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status?: number;
  /** What the server said: its `message` field, or a short excerpt of a non-JSON body. */
  readonly detail?: string;
  /** From `Retry-After`, when the server sent one. */
  readonly retryAfterSeconds?: number;
  /** With 'session-ended': where to sign in again, or null when that happens outside the app. */
  readonly signInUrl?: string | null;

  constructor(init: ApiErrorInit) {
    super(init.message ?? defaultMessage(init), { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.detail = init.detail;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.signInUrl = init.signInUrl;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function defaultMessage({ kind, status, retryAfterSeconds }: ApiErrorInit): string {
  switch (kind) {
    case 'unauthorized':
      return 'The dashboard could not sign in to Salesfinity. Check the API key configured on the server.';
    case 'session-ended':
      return 'Your session has ended: sign in again to load this.';
    case 'no-access':
      return 'You are signed in, but your account has no access to this dashboard.';
    case 'not-found':
      return 'Not found: it may have been deleted, or the link is wrong.';
    case 'bad-request':
      return 'Salesfinity rejected the request as invalid.';
    case 'rate-limited':
      return retryAfterSeconds === undefined
        ? 'Too many requests: Salesfinity asked the dashboard to slow down.'
        : `Too many requests: Salesfinity asked the dashboard to wait ${retryAfterSeconds} s.`;
    case 'server':
      return `The server failed to answer${status === undefined ? '' : ` (HTTP ${status})`}.`;
    case 'network':
      return 'Could not reach the server. Check the network connection.';
    case 'timeout':
      return 'The server took too long to answer.';
    case 'malformed':
      return 'The server sent a response the dashboard could not read.';
  }
}

export function errorKindForStatus(status: number): ApiErrorKind {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status === 408 || status === 504) return 'timeout';
  if (status >= 400 && status < 500) return 'bad-request';
  return 'server';
}

/**
 * `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). Returns whole seconds
 * from `nowMs`, never negative; undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // Only a date-shaped value: Date.parse would also accept things like "1.5" or "-3".
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

const DETAIL_MAX_LENGTH = 200;

function excerpt(text: string): string | undefined {
  // Control characters would garble an error message; whitespace runs carry no meaning here.
  const flat = text.replace(/[\p{Cc}\s]+/gu, ' ').trim();
  if (flat === '') return undefined;
  return flat.length > DETAIL_MAX_LENGTH ? `${flat.slice(0, DETAIL_MAX_LENGTH - 1)}…` : flat;
}

function htmlExcerpt(html: string): string | undefined {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  if (title !== undefined && title.trim() !== '') return excerpt(title);
  return excerpt(html.replace(/<(script|style)[^>]*>[^]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '));
}

/** The server's own words about a failure: NestJS-style `message` (string or list), else an excerpt. */
export function errorDetail(body: string): string | undefined {
  const trimmed = body.trim();
  if (trimmed === '') return undefined;
  if (trimmed.startsWith('<')) return htmlExcerpt(trimmed);
  let parsed: unknown;
  try {
    parsed = parseLenientJson(trimmed);
  } catch {
    return excerpt(trimmed);
  }
  if (typeof parsed === 'object' && parsed !== null && 'message' in parsed) {
    const { message } = parsed;
    if (typeof message === 'string') return excerpt(message);
    if (Array.isArray(message)) {
      const parts = message.filter((part): part is string => typeof part === 'string');
      if (parts.length > 0) return excerpt(parts.join('; '));
    }
  }
  return excerpt(trimmed);
}

/**
 * The dashboard's own sign-in answers any `/api/*` request with a 401 naming `signInUrl` once the
 * session has ended, and with a 403 naming the `email` of a user with no role. The upstream's own
 * 401 and 403 (a rejected API key) carry neither field, so they keep their kind.
 */
function signInProblem(
  status: number,
  body: string,
): Pick<ApiErrorInit, 'kind' | 'signInUrl'> | undefined {
  if (status !== 401 && status !== 403) return undefined;
  let parsed: unknown;
  try {
    parsed = parseLenientJson(body);
  } catch {
    return undefined;
  }
  if (status === 403) return isNoAccessBody(parsed) ? { kind: 'no-access' } : undefined;
  const ended = parseSessionEnded(parsed);
  return ended && { kind: 'session-ended', signInUrl: ended.signInUrl };
}

/**
 * At most this many requests are in flight at once, app-wide. Six is what browsers open per origin
 * over HTTP/1.1 anyway; queueing here instead of in the browser keeps the queue FIFO and abortable
 * (a cancelled query leaves it at once and never sends), and bounds the load the proxy puts on
 * Salesfinity when charts fan out count requests or an export pages through everything. FIFO means
 * nobody starves, but work that enqueues many requests at once makes every later request wait
 * behind them: the CSV export does so only behind its modal dialog, where nothing else is asked.
 */
export const API_CONCURRENCY = 6;
export const apiRequestLimit: RequestLimit = createRequestLimit(API_CONCURRENCY);

/** Longer than any sane page of 100 calls takes; shorter than a user waits before giving up. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface ApiRequestOptions {
  signal?: AbortSignal;
}

/** Reads `/api/<path>` and returns its JSON; throws ApiError, or the AbortError of `signal`. */
export type ApiGet = (
  path: string,
  params?: URLSearchParams,
  options?: ApiRequestOptions,
) => Promise<unknown>;

export interface ApiClientOptions {
  /** Prefixed to `/api/...`; '' (same origin) in the app, a local server's origin in tests. */
  baseUrl?: string;
  fetch?: typeof fetch;
  limit?: RequestLimit;
  timeoutMs?: number;
  now?: () => number;
}

export interface ApiClient {
  get: ApiGet;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const limit = options.limit ?? apiRequestLimit;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? Date.now;

  async function request(url: string, signal: AbortSignal | undefined): Promise<unknown> {
    // Cancelled while queued: never send.
    signal?.throwIfAborted();
    // The platform's timeout and signal combination: no timer to clear or listener to remove on
    // every path, and the combined signal aborts with whichever reason came first.
    const timeout = AbortSignal.timeout(timeoutMs);

    let response: Response;
    let body: string;
    try {
      response = await fetchImpl(`${baseUrl}${url}`, {
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        headers: { accept: 'application/json' },
      });
      // The body is read as text because Response.json() rejects the service's raw control characters.
      body = await response.text();
    } catch (error) {
      // Cancellation belongs to the caller (TanStack Query): pass it through untouched.
      if (signal?.aborted) throw error;
      if (timeout.aborted) throw new ApiError({ kind: 'timeout', cause: error });
      throw new ApiError({ kind: 'network', cause: error });
    }

    const { status } = response;
    if (!response.ok) {
      throw new ApiError({
        kind: errorKindForStatus(status),
        ...signInProblem(status, body),
        status,
        detail: errorDetail(body),
        retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after'), now()),
      });
    }
    if (body.trim() === '') {
      throw new ApiError({ kind: 'malformed', status, detail: 'The response body was empty.' });
    }
    try {
      return parseLenientJson(body);
    } catch (error) {
      throw new ApiError({ kind: 'malformed', status, detail: excerpt(body), cause: error });
    }
  }

  function get(
    path: string,
    params?: URLSearchParams,
    { signal }: ApiRequestOptions = {},
  ): Promise<unknown> {
    const query = params?.toString() ?? '';
    const url = `/api/${path}${query === '' ? '' : `?${query}`}`;
    const queued = limit(request, url, signal);
    if (!signal) return queued;
    // Reject as soon as the caller cancels, even while the request still waits for a slot.
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the caller's own reason, untouched
        reject(signal.reason);
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
      void queued.then(resolve, reject).finally(() => {
        signal.removeEventListener('abort', onAbort);
      });
    });
  }

  return { get };
}

/** The app's client: same-origin `/api/...` through the key-injecting proxy. */
export const apiGet: ApiGet = createApiClient().get;
