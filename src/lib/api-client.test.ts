import type { ServerResponse } from 'node:http';
import { createRequestLimit } from './request-limit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  API_CONCURRENCY,
  ApiError,
  apiRequestLimit,
  createApiClient,
  errorDetail,
  errorKindForStatus,
  parseRetryAfter,
} from './api-client';
import type { ApiClient, ApiErrorKind } from './api-client';
import { sendJson, sendText, startTestServer } from './testing/test-server';
import type { TestHandler, TestServer } from './testing/test-server';

let server: TestServer;
let handler: TestHandler;
let client: ApiClient;

beforeEach(async () => {
  handler = (_request, response) => {
    sendJson(response, 200, { ok: true });
  };
  server = await startTestServer((request, response) => {
    handler(request, response);
  });
  client = createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(API_CONCURRENCY) });
});

afterEach(async () => {
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the request to fail');
}

async function apiFailure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await failure(promise);
  if (!(error instanceof ApiError)) throw new Error(`Expected an ApiError, got ${String(error)}`);
  return error;
}

describe('apiGet on success', () => {
  it('requests /api/<path>?<params> and returns the parsed JSON', async () => {
    handler = (_request, response) => {
      sendJson(response, 200, { data: [{ _id: 'a' }] });
    };
    const params = new URLSearchParams([
      ['page', '2'],
      ['filters[user_ids][]', 'u1'],
    ]);
    await expect(client.get('v1/call-log', params)).resolves.toEqual({ data: [{ _id: 'a' }] });
    const [seen] = server.requests;
    expect(seen?.url.pathname).toBe('/api/v1/call-log');
    expect(seen?.url.searchParams.getAll('filters[user_ids][]')).toEqual(['u1']);
    expect(seen?.url.searchParams.get('page')).toBe('2');
    expect(seen?.headers.accept).toBe('application/json');
  });

  it('sends no query string when there are no params', async () => {
    await client.get('mode');
    expect(server.requests[0]?.url.pathname).toBe('/api/mode');
    expect(server.requests[0]?.url.search).toBe('');
  });

  it('survives raw control characters inside strings', async () => {
    handler = (_request, response) => {
      sendText(response, 200, '{"data":[{"_id":"a","transcription":"one\ntwo\u0001"}]}');
    };
    await expect(client.get('v1/call-log')).resolves.toEqual({
      data: [{ _id: 'a', transcription: 'one\ntwo\u0001' }],
    });
  });
});

describe('apiGet on an error status', () => {
  it.each<[number, ApiErrorKind, string]>([
    [400, 'bad-request', 'Salesfinity rejected the request as invalid.'],
    [
      401,
      'unauthorized',
      'The dashboard could not sign in to Salesfinity. Check the API key configured on the server.',
    ],
    [
      403,
      'unauthorized',
      'The dashboard could not sign in to Salesfinity. Check the API key configured on the server.',
    ],
    [404, 'not-found', 'Not found: it may have been deleted, or the link is wrong.'],
    [422, 'bad-request', 'Salesfinity rejected the request as invalid.'],
    [429, 'rate-limited', 'Too many requests: Salesfinity asked the dashboard to slow down.'],
    [500, 'server', 'The server failed to answer (HTTP 500).'],
    [502, 'server', 'The server failed to answer (HTTP 502).'],
    [503, 'server', 'The server failed to answer (HTTP 503).'],
    [504, 'timeout', 'The server took too long to answer.'],
  ])('maps HTTP %i to %s', async (status, kind, message) => {
    handler = (_request, response) => {
      sendJson(response, status, { statusCode: status, message: 'Said the server', error: 'X' });
    };
    const error = await apiFailure(client.get('v1/call-log'));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.detail).toBe('Said the server');
    expect(error.message).toBe(message);
  });

  it('reads Retry-After in seconds', async () => {
    handler = (_request, response) => {
      sendJson(response, 429, { message: 'Too Many Requests' }, { 'retry-after': '7' });
    };
    const error = await apiFailure(client.get('v1/call-log'));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterSeconds).toBe(7);
    expect(error.message).toContain('7 s');
  });

  it('reads Retry-After as an HTTP date', async () => {
    const at = new Date(Date.parse('2030-01-01T00:00:00Z'));
    const fixedClient = createApiClient({
      baseUrl: server.baseUrl,
      limit: createRequestLimit(1),
      now: () => at.getTime() - 90_000,
    });
    handler = (_request, response) => {
      sendJson(response, 429, {}, { 'retry-after': at.toUTCString() });
    };
    const error = await apiFailure(fixedClient.get('v1/call-log'));
    expect(error.retryAfterSeconds).toBe(90);
  });

  it('gives a clear message and the page title for an HTML error page', async () => {
    handler = (_request, response) => {
      sendText(
        response,
        502,
        '<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body{}</style></head><body><h1>Bad Gateway</h1></body></html>',
        { 'content-type': 'text/html' },
      );
    };
    const error = await apiFailure(client.get('v1/call-log'));
    expect(error.kind).toBe('server');
    expect(error.message).toBe('The server failed to answer (HTTP 502).');
    expect(error.detail).toBe('502 Bad Gateway');
  });

  it('gives a clear message for an empty error body', async () => {
    handler = (_request, response) => {
      sendText(response, 500, '');
    };
    const error = await apiFailure(client.get('v1/call-log'));
    expect(error.kind).toBe('server');
    expect(error.message).toBe('The server failed to answer (HTTP 500).');
    expect(error.detail).toBeUndefined();
  });

  it('tells an ended dashboard session (the proxy’s 401) from a rejected API key', async () => {
    handler = (_request, response) => {
      sendJson(response, 401, {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'The session has ended',
        signInUrl: '/auth/login',
      });
    };
    const error = await apiFailure(client.get('v1/call-log'));
    expect(error.kind).toBe('session-ended');
    expect(error.signInUrl).toBe('/auth/login');
    expect(error.message).toBe('Your session has ended: sign in again to load this.');
    expect(error.detail).toBe('The session has ended');
  });

  it('keeps a null sign-in address (sign-in outside the app)', async () => {
    handler = (_request, response) => {
      sendJson(response, 401, { statusCode: 401, error: 'Unauthorized', signInUrl: null });
    };
    const error = await apiFailure(client.get('v1/team'));
    expect(error.kind).toBe('session-ended');
    expect(error.signInUrl).toBeNull();
  });

  it('tells a user without a role (the proxy’s 403, naming them) from a rejected API key', async () => {
    handler = (_request, response) => {
      sendJson(response, 403, {
        statusCode: 403,
        error: 'Forbidden',
        message: 'No role',
        email: 'x@example.com',
      });
    };
    const error = await apiFailure(client.get('v1/call-log'));
    expect(error.kind).toBe('no-access');
    expect(error.message).toBe(
      'You are signed in, but your account has no access to this dashboard.',
    );
  });

  it('joins a list of validation messages', async () => {
    handler = (_request, response) => {
      sendJson(response, 400, { message: ['limit must be ≤ 100', 'page must be ≥ 1'] });
    };
    const error = await apiFailure(client.get('v1/call-log'));
    expect(error.detail).toBe('limit must be ≤ 100; page must be ≥ 1');
  });
});

describe('apiGet on an unreadable success', () => {
  it.each([
    ['an empty body', ''],
    ['an HTML page', '<html><body>Login</body></html>'],
    ['a truncated body', '{"data":[{"_id":"a","transcription":"cut'],
  ])('throws malformed for %s', async (_name, body) => {
    handler = (_request, response) => {
      sendText(response, 200, body);
    };
    const error = await apiFailure(client.get('v1/call-log'));
    expect(error.kind).toBe('malformed');
    expect(error.status).toBe(200);
    expect(error.message).toBe('The server sent a response the dashboard could not read.');
  });

  it('throws network when the connection drops mid-body', async () => {
    handler = (_request, response) => {
      response.setHeader('content-length', '1000');
      response.write('{"data":[');
      setTimeout(() => response.destroy(), 10);
    };
    const error = await apiFailure(client.get('v1/call-log'));
    expect(error.kind).toBe('network');
  });
});

describe('apiGet without an answer', () => {
  it('throws network when nothing listens', async () => {
    await server.close();
    const error = await apiFailure(client.get('v1/call-log'));
    expect(error.kind).toBe('network');
    server = await startTestServer(() => undefined);
  });

  it('throws timeout when the server does not answer in time', async () => {
    handler = () => undefined;
    const slowClient = createApiClient({
      baseUrl: server.baseUrl,
      limit: createRequestLimit(1),
      timeoutMs: 50,
    });
    const error = await apiFailure(slowClient.get('v1/call-log'));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('The server took too long to answer.');
  });

  it('throws timeout, not the abort, when the caller passed a signal that never fired', async () => {
    handler = () => undefined;
    const slowClient = createApiClient({
      baseUrl: server.baseUrl,
      limit: createRequestLimit(1),
      timeoutMs: 50,
    });
    const controller = new AbortController();
    const error = await apiFailure(
      slowClient.get('v1/call-log', undefined, { signal: controller.signal }),
    );
    expect(error.kind).toBe('timeout');
    expect(controller.signal.aborted).toBe(false);
  });

  it('throws timeout when the body stops arriving after the headers', async () => {
    handler = (_request, response) => {
      response.setHeader('content-length', '1000');
      response.write('{"data":[');
    };
    const slowClient = createApiClient({
      baseUrl: server.baseUrl,
      limit: createRequestLimit(1),
      timeoutMs: 50,
    });
    const error = await apiFailure(slowClient.get('v1/call-log'));
    expect(error.kind).toBe('timeout');
  });
});

describe('apiGet cancellation', () => {
  it("rethrows the caller's abort untouched", async () => {
    handler = () => undefined;
    const controller = new AbortController();
    const request = client.get('v1/call-log', undefined, { signal: controller.signal });
    await server.whenRequests(1);
    controller.abort();
    const error = await failure(request);
    expect(error).toBe(controller.signal.reason);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(error).not.toBeInstanceOf(ApiError);
  });

  it('closes the connection when the caller aborts a request in flight', async () => {
    let closed!: Promise<void>;
    handler = (_request, response) => {
      closed = new Promise((resolve) => response.on('close', resolve));
    };
    const controller = new AbortController();
    const request = client.get('v1/call-log', undefined, { signal: controller.signal });
    await server.whenRequests(1);
    controller.abort();
    await expect(request).rejects.toMatchObject({ name: 'AbortError' });
    // The server never answers and the timeout is 30 s: only the forwarded abort ends the exchange.
    await closed;
    expect(server.inFlight).toBe(0);
  });

  it('never sends a request cancelled while it waited for a slot', async () => {
    const held: ServerResponse[] = [];
    handler = (_request, response) => {
      held.push(response);
    };
    const single = createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(1) });
    const first = single.get('first');
    await server.whenRequests(1);
    const controller = new AbortController();
    const queued = single.get('queued', undefined, { signal: controller.signal });
    controller.abort();
    // Rejects while the first request still holds the only slot.
    await expect(queued).rejects.toMatchObject({ name: 'AbortError' });
    for (const response of held) sendJson(response, 200, {});
    handler = (_request, response) => {
      sendJson(response, 200, {});
    };
    await first;
    await single.get('after');
    expect(server.requests.map((request) => request.url.pathname)).toEqual([
      '/api/first',
      '/api/after',
    ]);
  });

  it('never sends a request whose signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      client.get('v1/call-log', undefined, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    await client.get('after');
    expect(server.requests).toHaveLength(1);
  });
});

describe('the app-wide concurrency limit', () => {
  it(`keeps at most ${API_CONCURRENCY} requests in flight and queues the rest`, async () => {
    const held: ServerResponse[] = [];
    let isReleasing = false;
    let heldInFlight = 0;
    let maxHeldInFlight = 0;
    handler = (request, response) => {
      if (request.url.pathname === '/api/ping') {
        sendJson(response, 200, {});
        return;
      }
      heldInFlight += 1;
      maxHeldInFlight = Math.max(maxHeldInFlight, heldInFlight);
      response.on('close', () => {
        heldInFlight -= 1;
      });
      if (isReleasing) sendJson(response, 200, {});
      else held.push(response);
    };
    // The default client shares `apiRequestLimit`, as every fetcher in the app does.
    const shared = createApiClient({ baseUrl: server.baseUrl });
    const requests = Array.from({ length: 10 }, (_, index) =>
      shared.get('held', new URLSearchParams({ index: String(index) })),
    );
    await server.whenRequests(API_CONCURRENCY);
    // A round trip on a separate, unlimited client: had the limit not held the other four back,
    // they would have arrived by now.
    await client.get('ping');
    expect(held).toHaveLength(API_CONCURRENCY);
    expect(apiRequestLimit.activeCount).toBe(API_CONCURRENCY);
    expect(apiRequestLimit.pendingCount).toBe(10 - API_CONCURRENCY);

    isReleasing = true;
    for (const response of held) sendJson(response, 200, {});
    await Promise.all(requests);
    expect(maxHeldInFlight).toBe(API_CONCURRENCY);
    expect(server.requests.filter((request) => request.url.pathname === '/api/held')).toHaveLength(
      10,
    );
  });
});

describe('errorKindForStatus', () => {
  it('treats unknown 4xx as bad requests and anything else as server failures', () => {
    expect(errorKindForStatus(418)).toBe('bad-request');
    expect(errorKindForStatus(410)).toBe('not-found');
    expect(errorKindForStatus(408)).toBe('timeout');
    expect(errorKindForStatus(599)).toBe('server');
    expect(errorKindForStatus(304)).toBe('server');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-01-15T14:30:00.000Z');

  it.each<[string | null, number | undefined]>([
    ['0', 0],
    ['120', 120],
    [' 5 ', 5],
    ['Mon, 15 Jan 2024 14:30:30 GMT', 30],
    ['Mon, 15 Jan 2024 14:29:00 GMT', 0],
    [null, undefined],
    ['', undefined],
    ['-3', undefined],
    ['1.5', undefined],
    ['soon', undefined],
  ])('reads %j as %j seconds', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('errorDetail', () => {
  it('shortens a long text body to an excerpt', () => {
    const detail = errorDetail(`Upstream exploded: ${'x'.repeat(5000)}`);
    expect(detail?.startsWith('Upstream exploded: xxx')).toBe(true);
    expect(detail?.length).toBeLessThanOrEqual(200);
  });

  it('strips the tags of an HTML page without a title', () => {
    expect(errorDetail('<html><body><h1>Service\nUnavailable</h1></body></html>')).toBe(
      'Service Unavailable',
    );
  });

  it('falls back to the JSON text when there is no message field', () => {
    expect(errorDetail('{"error":"Bad Gateway"}')).toBe('{"error":"Bad Gateway"}');
  });

  it('reads a message even when the body has raw control characters', () => {
    expect(errorDetail('{"message":"bad\u0001 value"}')).toBe('bad value');
  });

  it('has nothing to say about an empty body', () => {
    expect(errorDetail('  \n')).toBeUndefined();
  });
});
