import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerMode } from './config.ts';
import {
  API_REQUEST_HEADERS,
  API_RESPONSE_HEADERS,
  RECORDING_REQUEST_HEADERS,
  RECORDING_RESPONSE_HEADERS,
  forwardedOrigin,
  pickRequestHeaders,
  pickResponseHeaders,
  redactSecret,
} from './proxy-headers.ts';
import { READ_METHODS, routeProxyRequest } from './proxy-routes.ts';
import type { ProxyRoute } from './proxy-routes.ts';
import type { AuditEntry, AuditWriter } from './auth/audit-log.ts';
import type { RefusedVerdict, Verdict } from './auth/access.ts';
import { checkRepResponse, scopeApiRequest } from './auth/rep-scope.ts';

/**
 * Who may read, decided per request by the server's access layer. The proxy asks only for the
 * requests it serves, and sends the refusal it is given.
 */
export interface ProxyGate {
  identify(): Promise<Verdict>;
  refuse(verdict: RefusedVerdict): void;
}

/** No sign-in (AUTH_MODE=none, and the dev server): everything readable. */
export const OPEN_GATE: ProxyGate = {
  identify: () => Promise.resolve({ kind: 'allowed', principal: { kind: 'open' } }),
  refuse: () => {},
};

/**
 * Answers the request and resolves true, or resolves false when the path is not the proxy's.
 * `gate` decides who may read; without one, everything is readable.
 */
export type ProxyHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  gate?: ProxyGate,
) => Promise<boolean>;

export interface ProxyOptions {
  upstreamUrl: string;
  apiKey: string;
  mode: ServerMode;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  /** Where upstream failures are reported; lines never contain the key. Default console.warn. */
  log?: (line: string) => void;
  /** API bodies are buffered (Content-Length, redacted error answers); larger ones are refused. */
  maxBodyBytes?: number;
  /** Receives one entry per data request (API and recordings) once it is answered. */
  audit?: AuditWriter;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;
export const USER_AGENT = 'salesfinity-call-log-dashboard';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  502: 'Bad Gateway',
  504: 'Gateway Timeout',
};

const UNREACHABLE = 'The Salesfinity API could not be reached';
const TOO_SLOW = 'The Salesfinity API did not answer in time';

function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(payload.length),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extraHeaders,
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  extraHeaders?: Record<string, string>,
): void {
  const error = STATUS_TEXT[status] ?? 'Error';
  sendJson(req, res, status, { statusCode: status, error, message }, extraHeaders);
}

type ApiRoute = Extract<ProxyRoute, { kind: 'api' }>;
type DataRoute = ApiRoute | Extract<ProxyRoute, { kind: 'recording' }>;

function isApiRoute(route: DataRoute): route is ApiRoute {
  return route.kind === 'api';
}

type Actor = Pick<AuditEntry, 'email' | 'role'>;

function auditEntry(route: DataRoute, actor: Actor, res: ServerResponse): AuditEntry {
  const recordingId =
    route.kind === 'recording' ? /^\/recordings\/([^/.]+)\./.exec(route.upstreamPath)?.[1] : null;
  return {
    time: new Date().toISOString(),
    ...actor,
    endpoint: route.kind === 'api' ? route.endpoint : 'recordings',
    callId:
      route.kind === 'api'
        ? route.endpoint === 'call-log/:id'
          ? route.id
          : null
        : (recordingId ?? null),
    status: res.headersSent ? res.statusCode : null,
  };
}

/** A 3xx other than 304 would send the browser (or fetch, with our key) elsewhere: refuse it. */
function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}

function hasNoBody(status: number): boolean {
  return status === 204 || status === 304;
}

function describeError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) {
    return 'code' in cause && typeof cause.code === 'string' ? cause.code : cause.name;
  }
  return 'unknown error';
}

/**
 * A connection closed under a request before any answer. Typically a pooled keep-alive connection
 * the upstream had just closed as idle (the race widens when either side's event loop lags under
 * load): the request never ran, so the read is sent again once on a fresh connection.
 */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

export function isConnectionReset(error: unknown): boolean {
  return RESET_CODES.has(describeError(error));
}

class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

async function readBody(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Buffer> {
  if (body === null) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Aborts with a TimeoutError once `touch` has not been called for `ms`. A recording is a download
 * bounded by silence, not by its length, and `AbortSignal.timeout` cannot be restarted.
 */
function idleTimeout(ms: number): { signal: AbortSignal; touch(): void; clear(): void } {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      controller.abort(new DOMException(`No bytes for ${ms} ms`, 'TimeoutError'));
    }, ms);
  };
  touch();
  return {
    signal: controller.signal,
    touch,
    clear: () => {
      clearTimeout(timer);
    },
  };
}

/** Streams with backpressure; `onChunk` lets the caller reset an idle timer. */
async function streamBody(
  body: ReadableStream<Uint8Array>,
  res: ServerResponse,
  onChunk: () => void,
): Promise<void> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onChunk();
      if (res.destroyed) return;
      if (!res.write(value)) {
        await new Promise<void>((resolve) => {
          const settle = () => {
            res.off('drain', settle);
            res.off('close', settle);
            resolve();
          };
          res.on('drain', settle);
          res.on('close', settle);
        });
      }
    }
    res.end();
  } finally {
    reader.releaseLock();
  }
}

/**
 * The key-injecting, read-only proxy from the browser's `/api/v1/*` to the Salesfinity API (or the
 * embedded simulator), plus `/api/mode` and, in demo mode, the simulator's `/recordings/*`.
 */
export function createProxy(options: ProxyOptions): ProxyHandler {
  const { apiKey, mode } = options;
  const upstreamUrl = options.upstreamUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchImpl = options.fetchImpl ?? fetch;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const writeLog =
    options.log ??
    ((line: string) => {
      console.warn(line);
    });
  // Our lines name the request path, the browser's text: it must not carry the key into a log.
  const log = (line: string) => {
    writeLog(apiKey ? line.split(apiKey).join('[REDACTED]') : line);
  };

  const audit = options.audit;

  return async function proxy(req, res, gate = OPEN_GATE) {
    const route = routeProxyRequest(req.method, req.url, mode);
    if (route.kind === 'not-ours') return false;
    // Nothing is forwarded from the request body; drain it so keep-alive connections stay usable.
    req.resume();

    if (req.httpVersionMajor < 1) {
      // HTTP/0.9 has no headers: a line break in a target turns into one. No browser sends it.
      sendError(req, res, 400, 'Unsupported HTTP version');
      return true;
    }
    if (route.kind === 'reject') {
      const allow = route.status === 405 ? { allow: READ_METHODS.join(', ') } : undefined;
      sendError(req, res, route.status, route.message, allow);
      return true;
    }

    // Who asked, as far as it is known: the audit line is written once the answer is out.
    let actor: Actor = { email: null, role: null };
    if (audit !== undefined && route.kind !== 'mode') {
      res.once('close', () => {
        audit(auditEntry(route, actor, res));
      });
    }
    const verdict = await gate.identify();
    if (verdict.kind === 'refused') {
      actor = { email: verdict.email ?? null, role: null };
      gate.refuse(verdict);
      return true;
    }
    const { principal } = verdict;
    actor =
      principal.kind === 'open'
        ? { email: null, role: 'open' }
        : { email: principal.email, role: principal.kind };

    if (route.kind === 'mode') {
      sendJson(req, res, 200, { mode });
      return true;
    }

    const scope = isApiRoute(route)
      ? scopeApiRequest(route.endpoint, route.query, principal)
      : { kind: 'forward' as const, query: route.query, check: 'none' as const };
    if (scope.kind === 'deny') {
      sendError(req, res, 403, 'This endpoint is not available to reps');
      return true;
    }

    const isApi = route.kind === 'api';
    const picked = pickRequestHeaders(
      req.headers,
      isApi ? API_REQUEST_HEADERS : RECORDING_REQUEST_HEADERS,
    );
    if (!picked.ok) {
      sendError(req, res, 400, `Invalid ${picked.header} header`);
      return true;
    }

    const headers: Record<string, string> = { ...picked.headers, 'user-agent': USER_AGENT };
    if (isApi) {
      headers.accept = 'application/json';
      headers['x-api-key'] = apiKey;
      if (scope.check !== 'none') {
        // The check reads the whole answer: a 304 or a HEAD would say "it exists" unchecked.
        delete headers['if-none-match'];
      }
      if (mode === 'demo') {
        // The simulator builds recording URLs from these, so they point at this origin.
        const isEncrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
        const origin = forwardedOrigin(req.headers, isEncrypted);
        if (origin) {
          headers['x-forwarded-host'] = origin.host;
          headers['x-forwarded-proto'] = origin.proto;
        }
      }
    } else {
      // Recordings are public: no key. Identity encoding keeps Range offsets meaningful.
      headers['accept-encoding'] = 'identity';
    }

    const target = `${upstreamUrl}${route.upstreamPath}${scope.query ? `?${scope.query}` : ''}`;
    const label = `${req.method ?? 'GET'} ${route.upstreamPath}`;
    // API calls: the whole exchange, body included, in timeoutMs. Recordings: no bytes that long.
    const idle = isApi ? undefined : idleTimeout(timeoutMs);
    const deadline = idle?.signal ?? AbortSignal.timeout(timeoutMs);
    const isTimedOut = () => deadline.aborted;
    // The browser went away (navigation, a newer filter): stop the upstream work too.
    const clientGone = new AbortController();
    const onClose = () => {
      if (!res.writableFinished) clientGone.abort();
    };
    res.on('close', onClose);
    const signal = AbortSignal.any([clientGone.signal, deadline]);

    try {
      const send = () =>
        fetchImpl(target, {
          method: scope.check === 'none' ? req.method : 'GET',
          headers,
          redirect: 'manual',
          signal,
        });
      // Only reads get here (GET/HEAD), so sending one again is safe.
      const upstream = await send().catch((error: unknown) => {
        if (signal.aborted || !isConnectionReset(error)) throw error;
        return send();
      });

      if (isRedirect(upstream.status)) {
        await upstream.body?.cancel();
        log(`[proxy] ${label}: upstream answered ${upstream.status} (redirect refused)`);
        sendError(req, res, 502, 'The Salesfinity API answered with an unexpected redirect');
        return true;
      }

      if (isApi) {
        const received = await readBody(upstream.body, maxBodyBytes);
        // A success is the team's data and passes byte for byte: names and notes hold any text.
        // Only an error answer may echo the key the request carried (a debug message).
        let body = upstream.ok ? received : redactSecret(received, apiKey);
        if (res.destroyed) return true;
        let isRewritten = false;
        if (upstream.ok && principal.kind === 'rep') {
          const checked = checkRepResponse(scope.check, body, principal.userId);
          if (checked.kind === 'not-found') {
            sendError(req, res, 404, 'Unknown call');
            return true;
          }
          if (checked.kind === 'unreadable') {
            log(`[proxy] ${label}: upstream answer could not be checked for a rep (unreadable)`);
            sendError(req, res, 502, 'The Salesfinity API answered with something unreadable');
            return true;
          }
          isRewritten = checked.body !== body;
          body = checked.body;
        }
        const responseHeaders = pickResponseHeaders(upstream.headers, API_RESPONSE_HEADERS, apiKey);
        if (isRewritten) {
          // The upstream's validators describe the whole team list, not the rep's part of it.
          delete responseHeaders.etag;
          delete responseHeaders['last-modified'];
        }
        // Call logs hold contacts, numbers and transcripts: never let a browser or cache keep them.
        responseHeaders['cache-control'] = 'no-store';
        responseHeaders['x-content-type-options'] = 'nosniff';
        const hasBody = req.method !== 'HEAD' && !hasNoBody(upstream.status);
        if (hasBody) responseHeaders['content-length'] = String(body.length);
        res.writeHead(upstream.status, responseHeaders);
        res.end(hasBody ? body : undefined);
        return true;
      }

      // Recordings stream: from here the timeout counts from the last bytes received.
      idle?.touch();
      const responseHeaders = pickResponseHeaders(
        upstream.headers,
        RECORDING_RESPONSE_HEADERS,
        apiKey,
      );
      const encoding = upstream.headers.get('content-encoding');
      if (encoding !== null && encoding !== 'identity') {
        // fetch decoded the body, so the upstream length no longer describes it.
        delete responseHeaders['content-length'];
      }
      responseHeaders['x-content-type-options'] = 'nosniff';
      res.writeHead(upstream.status, responseHeaders);
      if (upstream.body === null || req.method === 'HEAD' || hasNoBody(upstream.status)) {
        await upstream.body?.cancel();
        res.end();
        return true;
      }
      await streamBody(upstream.body, res, () => idle?.touch());
      return true;
    } catch (error) {
      if (res.destroyed || (signal.aborted && !isTimedOut())) {
        // The client left; nobody is waiting for an answer.
        if (!res.destroyed) res.destroy();
        return true;
      }
      if (res.headersSent) {
        // Mid-stream failure: the status is out already, so cut the connection to signal it.
        log(`[proxy] ${label}: upstream failed mid-response (${describeError(error)})`);
        res.destroy();
        return true;
      }
      if (isTimedOut()) {
        log(`[proxy] ${label}: upstream timed out after ${timeoutMs} ms`);
        sendError(req, res, 504, TOO_SLOW);
      } else if (error instanceof BodyTooLargeError) {
        log(`[proxy] ${label}: upstream body larger than ${maxBodyBytes} bytes`);
        sendError(req, res, 502, UNREACHABLE);
      } else {
        log(`[proxy] ${label}: upstream unreachable (${describeError(error)})`);
        sendError(req, res, 502, UNREACHABLE);
      }
      return true;
    } finally {
      idle?.clear();
      res.off('close', onClose);
    }
  };
}
