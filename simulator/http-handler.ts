import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  getSequence,
  getTeam,
  listContactLists,
  listDispositions,
  listSequences,
  paginationOf,
} from './catalog.ts';
import { listPerformance, overview, parseAnalyticsQuery, sdrPerformance } from './analytics.ts';
import { parseCallLogQuery } from './call-log-query.ts';
import { queryCalls } from './call-query-engine.ts';
import { callObjectId, materializeCall } from './call-record.ts';
import { ANSWERED_BY_CODE, FLAG, trueDurationSeconds } from './dataset.ts';
import type { Dataset } from './dataset.ts';
import { HttpError, errorBody, notFound } from './http-error.ts';
import { ID_KIND, callIndexOf, objectIdCounter } from './ids.ts';
import type { FaultDecision, FaultInjector, Knobs } from './knobs.ts';
import { parseQueryString } from './query-params.ts';
import type { QueryParams } from './query-params.ts';
import { RawControlString, stringifyWithRawStrings } from './raw-json.ts';
import { parseRange, renderWavBytes, voicePlan, wavByteLength } from './recording-audio.ts';
import type { ScoredCalls } from './scored-call-columns.ts';
import { materializeScoredCall } from './scored-call-record.ts';
import { parseScoredCallsQuery, queryScoredCalls } from './scored-calls-query.ts';

/** What the handler reads on every request; knobs change at run time. */
export interface HandlerState {
  dataset: Dataset;
  scoredCalls: ScoredCalls;
  apiKey: string;
  isAdmin: boolean;
  publicUrl: string | undefined;
  getKnobs(): Knobs;
  setKnobs(patch: unknown): Knobs;
  faults: FaultInjector;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const ALLOW = 'GET, HEAD';
const MAX_ADMIN_BODY = 16 * 1024;

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    ...headers,
  });
  // Node drops the body of a HEAD response itself and keeps content-length.
  res.end(body);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  send(res, status, stringifyWithRawStrings(body), JSON_TYPE, headers);
}

function sendError(res: ServerResponse, error: HttpError): void {
  sendJson(res, error.status, errorBody(error.status, error.message), error.headers);
}

/** Compared in constant time, so the key cannot be guessed byte by byte from response times. */
function isAuthorised(req: IncomingMessage, apiKey: string): boolean {
  const given = req.headers['x-api-key'];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(apiKey);
  return a.length === b.length && timingSafeEqual(a, b);
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.split(',')[0]?.trim() || undefined;
}

/**
 * Where recordings are reachable from the client: the configured public URL, else the proxy's
 * forwarded host (it sets x-forwarded-* when it embeds the simulator), else the Host header.
 */
export function baseUrlOf(req: IncomingMessage, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl;
  const forwardedProto = firstHeader(req.headers['x-forwarded-proto']);
  const forwardedHost = firstHeader(req.headers['x-forwarded-host']);
  const proto = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : 'http';
  const host = forwardedHost ?? firstHeader(req.headers.host) ?? 'localhost';
  // A Host header is client input: anything that is not a plain host[:port] is replaced.
  const safeHost = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)
    ? host
    : 'localhost';
  return `${proto}://${safeHost}`;
}

const SERVER_ERRORS: readonly { type: string; body: string }[] = [
  {
    type: JSON_TYPE,
    body: JSON.stringify({ statusCode: 500, message: 'Internal server error' }),
  },
  {
    type: 'text/html; charset=utf-8',
    body:
      '<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>' +
      '<body><center><h1>500 Internal Server Error</h1></center><hr><center>nginx</center></body></html>\n',
  },
  {
    type: 'text/plain; charset=utf-8',
    body: 'upstream connect error or disconnect/reset before headers',
  },
];

export function createRequestHandler(
  state: HandlerState,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { dataset, scoredCalls } = state;

  function callLog(req: IncomingMessage, params: QueryParams) {
    const query = parseCallLogQuery(params);
    const page = queryCalls(dataset, query);
    const baseUrl = baseUrlOf(req, state.publicUrl);
    const rate = state.getKnobs().controlCharRate;
    return {
      data: page.indexes.map((index) => wireRecord(index, baseUrl, rate)),
      pagination: paginationOf(page.total, query.page, query.limit),
    };
  }

  function scoredCallList(req: IncomingMessage, params: QueryParams) {
    const query = parseScoredCallsQuery(params);
    const page = queryScoredCalls(dataset, scoredCalls, query);
    const baseUrl = baseUrlOf(req, state.publicUrl);
    const rate = state.getKnobs().controlCharRate;
    return {
      data: page.indexes.map((position) => {
        const { record, hasRawTranscription } = materializeScoredCall(
          dataset,
          scoredCalls,
          position,
          baseUrl,
          rate,
        );
        const transcription = record.call_log.transcription;
        if (!hasRawTranscription || transcription === undefined) return record;
        return {
          ...record,
          call_log: { ...record.call_log, transcription: new RawControlString(transcription) },
        };
      }),
      pagination: paginationOf(page.total, query.page, query.limit),
    };
  }

  function wireRecord(index: number, baseUrl: string, controlCharRate: number): unknown {
    const { record, hasRawTranscription } = materializeCall(
      dataset,
      index,
      baseUrl,
      controlCharRate,
    );
    if (!hasRawTranscription || record.transcription === undefined) return record;
    return { ...record, transcription: new RawControlString(record.transcription) };
  }

  function callById(req: IncomingMessage, id: string) {
    const index = objectIdCounter(dataset.seed, ID_KIND.call, id);
    if (
      index === undefined ||
      index >= dataset.calls.count ||
      callObjectId(dataset, index) !== id
    ) {
      throw notFound(`Call log ${id} not found`);
    }
    return {
      data: wireRecord(index, baseUrlOf(req, state.publicUrl), state.getKnobs().controlCharRate),
    };
  }

  /** The `/v1` routes; returns the response body or throws HttpError. */
  function route(req: IncomingMessage, path: string, params: QueryParams): unknown {
    switch (path) {
      case '/v1/call-log':
        return callLog(req, params);
      case '/v1/scored-calls':
        return scoredCallList(req, params);
      case '/v1/dispositions':
        return listDispositions(dataset, params);
      case '/v1/team':
        return getTeam(dataset);
      case '/v1/sequences':
        return listSequences(dataset, params);
      case '/v1/contact-lists':
        return listContactLists(dataset, params);
      case '/v1/analytics/overview':
        return overview(dataset, parseAnalyticsQuery(params));
      case '/v1/analytics/sdr-performance':
        return sdrPerformance(dataset, parseAnalyticsQuery(params));
      case '/v1/analytics/list-performance':
        return listPerformance(dataset, parseAnalyticsQuery(params));
    }
    const detail = /^\/v1\/(call-log|sequences)\/([^/]+)$/.exec(path);
    if (detail?.[2]) {
      const id = decodePathSegment(detail[2]);
      return detail[1] === 'call-log' ? callById(req, id) : getSequence(dataset, id);
    }
    throw notFound(`Cannot ${req.method ?? 'GET'} ${path}`);
  }

  function respondAfterFaults(
    req: IncomingMessage,
    res: ServerResponse,
    decision: FaultDecision,
    respond: () => void,
  ): void {
    const act = () => {
      if (res.destroyed) return;
      switch (decision.kind) {
        case 'drop':
          req.socket.destroy();
          return;
        case 'rate-limited': {
          const limit = state.getKnobs().rateLimit;
          sendError(
            res,
            new HttpError(
              429,
              `Rate limit of ${limit?.requests ?? 0} requests per ${limit?.windowSeconds ?? 0} s exceeded`,
              { 'retry-after': String(decision.retryAfterSeconds) },
            ),
          );
          return;
        }
        case 'error': {
          const variant = SERVER_ERRORS[decision.variant] ?? SERVER_ERRORS[0];
          if (variant) send(res, 500, variant.body, variant.type);
          return;
        }
        case 'pass':
          respond();
      }
    };
    if (decision.delayMs > 0) setTimeout(act, decision.delayMs);
    else act();
  }

  function serveRecording(req: IncomingMessage, res: ServerResponse, path: string): void {
    const match = /^\/recordings\/([^/]+)\.wav$/.exec(path);
    const index = match?.[1] ? callIndexOf(dataset.seed, match[1]) : undefined;
    if (
      index === undefined ||
      index >= dataset.calls.count ||
      !((dataset.calls.flags[index] ?? 0) & FLAG.recording)
    ) {
      throw notFound(`Recording ${path} not found`);
    }
    const seconds = trueDurationSeconds(dataset.calls, index);
    const size = wavByteLength(seconds);
    const headers: Record<string, string> = {
      'content-type': 'audio/wav',
      'accept-ranges': 'bytes',
      'cache-control': 'public, max-age=3600',
      etag: `"${match?.[1] ?? ''}-${size}"`,
    };
    const range = parseRange(firstHeaderValue(req.headers.range), size);
    if (range.kind === 'unsatisfiable') {
      res.writeHead(416, { ...headers, 'content-range': `bytes */${size}`, 'content-length': '0' });
      res.end();
      return;
    }
    const start = range.kind === 'partial' ? range.start : 0;
    const end = range.kind === 'partial' ? range.end : size - 1;
    res.writeHead(range.kind === 'partial' ? 206 : 200, {
      ...headers,
      'content-length': String(end - start + 1),
      ...(range.kind === 'partial' ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const plan = voicePlan(
      dataset.seed,
      index,
      seconds,
      dataset.calls.answeredBy[index] === ANSWERED_BY_CODE.machine_start,
    );
    streamRange(res, start, end, (from, to) => renderWavBytes(plan, from, to));
  }

  return function handle(req: IncomingMessage, res: ServerResponse): void {
    try {
      const url = new URL(req.url ?? '/', 'http://simulator.invalid');
      const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
      const method = req.method ?? 'GET';
      const isRead = method === 'GET' || method === 'HEAD';

      // Recording links are public, like the real third-party storage host: no key.
      if (path.startsWith('/recordings/')) {
        if (!isRead) throw new HttpError(405, `Cannot ${method} ${path}`, { allow: ALLOW });
        serveRecording(req, res, path);
        return;
      }
      if (!isAuthorised(req, state.apiKey)) throw new HttpError(401, 'Unauthorized');

      if (path === '/__simulator/knobs' && state.isAdmin) {
        handleAdmin(req, res, state, method);
        return;
      }
      if (!isRead) throw new HttpError(405, `Cannot ${method} ${path}`, { allow: ALLOW });
      if (path !== '/v1' && !path.startsWith('/v1/')) throw notFound(`Cannot ${method} ${path}`);

      const params = parseQueryString(url.search);
      const decision = state.faults.decide(state.getKnobs(), Date.now());
      respondAfterFaults(req, res, decision, () => {
        try {
          sendJson(res, 200, route(req, path, params));
        } catch (error) {
          respondWithError(res, error);
        }
      });
    } catch (error) {
      respondWithError(res, error);
    }
  };
}

/** A malformed escape (`%zz`) names no record: 404 rather than a 500 from URIError. */
function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw notFound(`Cannot GET ${segment}`);
  }
}

function firstHeaderValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function respondWithError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof HttpError) {
    sendError(res, error);
    return;
  }
  console.error('simulator: unexpected error', error);
  sendError(res, new HttpError(500, 'Internal server error'));
}

/** Writes [start, end] in 64 KiB chunks, waiting for the socket to drain between them. */
function streamRange(
  res: ServerResponse,
  start: number,
  end: number,
  render: (from: number, to: number) => Buffer,
): void {
  const CHUNK = 64 * 1024;
  let offset = start;
  const pump = () => {
    while (offset <= end && !res.destroyed) {
      const to = Math.min(end, offset + CHUNK - 1);
      const chunk = render(offset, to);
      offset = to + 1;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

function handleAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  state: HandlerState,
  method: string,
): void {
  if (method === 'GET' || method === 'HEAD') {
    sendJson(res, 200, state.getKnobs());
    return;
  }
  if (method !== 'PUT') {
    throw new HttpError(405, `Cannot ${method} /__simulator/knobs`, { allow: 'GET, HEAD, PUT' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_ADMIN_BODY) {
      sendError(res, new HttpError(400, 'knobs body is too large'));
      req.destroy();
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (res.headersSent) return;
    let patch: unknown;
    try {
      patch = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      sendError(res, new HttpError(400, 'knobs body must be JSON'));
      return;
    }
    try {
      sendJson(res, 200, state.setKnobs(patch));
    } catch (error) {
      sendError(res, new HttpError(400, error instanceof Error ? error.message : 'invalid knobs'));
    }
  });
}
