import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { READABLE_ENDPOINTS } from '../contract/salesfinity.ts';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createProxy } from './proxy.ts';
import type { ProxyHandler, ProxyOptions } from './proxy.ts';
import { jsonResponder, startFakeUpstream, unusedPort } from './test-support/fake-upstream.ts';
import type { FakeUpstream } from './test-support/fake-upstream.ts';
import {
  closeServer,
  httpRequest,
  listen,
  rawGet,
  rawRequest,
} from './test-support/http-client.ts';
import type { HttpResult } from './test-support/http-client.ts';

const KEY = 'sk_SENTINEL_8f3a2b7c-41d9-4e0b-9c55-d1e2f3a4b5c6';
const NOT_OURS = 418;

let upstream: FakeUpstream;
const servers: Server[] = [];
const logLines: string[] = [];
const seen: HttpResult[] = [];

/** Mounts a proxy the way the app server does; requests it declines get a recognisable 418. */
async function startProxy(
  overrides: Partial<ProxyOptions> = {},
  serverOptions: { insecureHTTPParser?: boolean } = {},
) {
  const proxy: ProxyHandler = createProxy({
    upstreamUrl: upstream.url,
    apiKey: KEY,
    mode: 'live',
    log: (line) => logLines.push(line),
    ...overrides,
  });
  const server = createServer(serverOptions, (req, res) => {
    void proxy(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(NOT_OURS);
        res.end('not the proxy');
      }
    });
  });
  servers.push(server);
  return listen(server);
}

let base: { url: string; port: number };

async function get(path: string, options: Parameters<typeof httpRequest>[2] = {}) {
  const result = await httpRequest(base.url, path, options);
  seen.push(result);
  return result;
}

async function raw(request: string | Buffer, port = base.port) {
  const result = await rawRequest(port, request);
  seen.push(result);
  return result;
}

function json(result: HttpResult): unknown {
  return JSON.parse(result.body.toString('utf8'));
}

beforeAll(async () => {
  upstream = await startFakeUpstream();
  base = await startProxy();
});

beforeEach(() => {
  upstream.reset();
});

afterEach(() => {
  // Whatever the test did, the key must not have come back in any response or log line. (A success
  // body is the team's data and may hold the key's text: those tests read without `get`.)
  for (const result of seen) {
    expect(JSON.stringify(result.headers)).not.toContain(KEY);
    expect(result.body.toString('latin1')).not.toContain(KEY);
  }
  for (const line of logLines) expect(line).not.toContain(KEY);
  seen.length = 0;
  logLines.length = 0;
});

afterAll(async () => {
  await Promise.all(servers.map(closeServer));
  await upstream.close();
});

describe('forwarding', () => {
  it('adds the key and asks for JSON, and forwards none of the credentials the browser sent', async () => {
    const result = await get('/api/v1/team', {
      headers: {
        'x-api-key': 'client-key',
        authorization: 'Bearer client-token',
        cookie: 'session=abc',
        'proxy-authorization': 'Basic eA==',
        'x-forwarded-for': '10.0.0.1',
        te: 'trailers',
        'accept-language': 'de',
        accept: 'text/html',
        'if-none-match': '"v1"',
      },
    });

    expect(result.status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
    const sent = upstream.requests[0]?.headers ?? {};
    expect(sent['x-api-key']).toBe(KEY);
    expect(sent.accept).toBe('application/json');
    expect(sent['if-none-match']).toBe('"v1"');
    for (const name of [
      'authorization',
      'cookie',
      'proxy-authorization',
      'x-forwarded-for',
      'te',
    ]) {
      expect(sent[name], name).toBeUndefined();
    }
    // fetch adds its own `accept-language: *`; the browser's value must not be the one sent.
    expect(sent['accept-language']).not.toBe('de');
  });

  it.each(READABLE_ENDPOINTS.map((endpoint) => endpoint.replace(':id', 'abc_123-XYZ')))(
    'forwards GET /api/v1/%s to /v1/%s',
    async (endpoint) => {
      const result = await get(`/api/v1/${endpoint}`);
      expect(result.status).toBe(200);
      expect(upstream.requests.map((request) => request.url)).toEqual([`/v1/${endpoint}`]);
      expect(upstream.requests[0]?.method).toBe('GET');
    },
  );

  it('forwards the query string byte-for-byte, brackets raw or percent-encoded', async () => {
    const query =
      'page=2&limit=25&sort=-duration&filters[user_ids][]=a1&filters%5Buser_ids%5D%5B%5D=b2' +
      '&filters[search]=O%27Brien%20%26+co&filters[start_date]=2024-01-15T00:00:00.000Z&empty=&flag&x=%E2%82%AC';
    const result = await get(`/api/v1/call-log?${query}`);
    expect(result.status).toBe(200);
    expect(upstream.requests[0]?.url).toBe(`/v1/call-log?${query}`);
  });

  it('forwards HEAD as HEAD and answers without a body', async () => {
    const result = await get('/api/v1/dispositions', { method: 'HEAD' });
    expect(result.status).toBe(200);
    expect(result.body).toHaveLength(0);
    expect(upstream.requests[0]?.method).toBe('HEAD');
  });

  it('passes content-type, etag and retry-after, drops set-cookie and replaces cache-control', async () => {
    upstream.respond(
      jsonResponder(
        200,
        { data: [] },
        {
          'set-cookie': 'tracker=1; Path=/',
          'cache-control': 'public, max-age=600',
          etag: '"abc"',
          'x-powered-by': 'Express',
        },
      ),
    );
    const result = await get('/api/v1/sequences');
    expect(result.headers['set-cookie']).toBeUndefined();
    expect(result.headers['x-powered-by']).toBeUndefined();
    expect(result.headers['content-type']).toBe('application/json');
    expect(result.headers.etag).toBe('"abc"');
    expect(result.headers['cache-control']).toBe('no-store');
    expect(json(result)).toEqual({ data: [] });
  });

  it('passes a 304 through for a conditional request', async () => {
    upstream.respond((_req, res) => {
      res.writeHead(304, { etag: '"abc"' });
      res.end();
    });
    const result = await get('/api/v1/team', { headers: { 'if-none-match': '"abc"' } });
    expect(result.status).toBe(304);
    expect(result.headers.etag).toBe('"abc"');
  });

  it('answers GET /api/mode itself, uncached, without contacting the upstream', async () => {
    const result = await get('/api/mode');
    expect(result.status).toBe(200);
    expect(json(result)).toEqual({ mode: 'live' });
    expect(result.headers['cache-control']).toBe('no-store');
    expect((await get('/api/mode', { method: 'POST' })).status).toBe(405);
    expect(upstream.requests).toHaveLength(0);
  });

  it('leaves paths outside /api to the caller in live mode, recordings included', async () => {
    for (const path of [
      '/',
      '/team?x=1',
      '/assets/index.js',
      '/recordings/call_1.wav',
      '/apiary',
    ]) {
      expect((await get(path)).status, path).toBe(NOT_OURS);
    }
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('allowlist', () => {
  it.each([
    '/api',
    '/api/',
    '/api/v1',
    '/api/v1/',
    '/api/v1/users',
    '/api/v1/admin',
    '/api/v2/team',
    '/api/v1/TEAM',
    '/api/v1/team/',
    '/api/v1/call-log/',
    '/api/v1/call-log/abc/def',
    `/api/v1/call-log/${'a'.repeat(65)}`,
    '/api/v1/analytics',
    '/api/v1/analytics/secret',
    '/api/mode/extra',
  ])('refuses %s with 404 and never asks the upstream', async (path) => {
    const result = await get(path);
    expect(result.status).toBe(404);
    expect(json(result)).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Unknown API path',
    });
    expect(upstream.requests).toHaveLength(0);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])(
    'refuses %s with 405 and Allow: GET, HEAD',
    async (method) => {
      const result = await get('/api/v1/call-log', {
        method,
        headers: { 'content-type': 'application/json' },
      });
      expect(result.status).toBe(405);
      expect(result.headers.allow).toBe('GET, HEAD');
      expect(upstream.requests).toHaveLength(0);
    },
  );

  it.each([
    '/api/v1/call-log/..%2f..%2fadmin',
    '/api/v1/call-log/%2e%2e',
    '/api/v1/%2e%2e/secret',
    '/api/v1/%2E%2E/v1/team',
    '/api/v1/call-log/%252e%252e',
    '/api/v1/call-log/%252e%252e%252fadmin',
    '/api/v1//call-log',
    '/api//v1/team',
    '/api/v1/team/../users',
    '/api/v1/call-log/../../admin',
    '/api/v1/./team',
    '/api/v1/team/.',
    '/api/v1/call-log\\..\\admin',
    '/api/v1/call-log%5c..%5cadmin',
    '/api/v1/call-log%2fabc',
    '/api/v1/call-log;jsessionid=1',
    '/api/v1/team;/../users',
    '/api/v1/call-log/abc%00',
    '/api/v1/call-log/abc%20',
    '/api/v1/te%61m',
    '/api/v1/team#frag',
    '/api/v1/team%23frag',
  ])('refuses the path trick %s without contacting the upstream', async (target) => {
    const result = await raw(rawGet(target));
    expect([400, 404]).toContain(result.status);
    expect(upstream.requests).toHaveLength(0);
  });

  it.each([
    'http://127.0.0.1/api/v1/team',
    'http://evil.example/api/v1/team',
    'https://client-api.salesfinity.co/v1/team',
    '*',
  ])('refuses the absolute-form or asterisk target %s', async (target) => {
    const result = await raw(rawGet(target));
    expect(result.status).toBe(400);
    expect(upstream.requests).toHaveLength(0);
  });

  it('refuses raw null bytes, spaces and control characters in the target', async () => {
    const targets = [
      Buffer.from(
        'GET /api/v1/team\x00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
        'latin1',
      ),
      Buffer.from('GET /api/v1/te am HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'latin1'),
      Buffer.from('GET /api/v1/team?a=\x7f HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    ];
    for (const target of targets) {
      const result = await raw(target);
      expect(result.status).toBe(400);
    }
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('header injection', () => {
  it('keeps an encoded CR/LF in the query encoded: no header is injected upstream', async () => {
    const result = await get('/api/v1/call-log?filters[search]=a%0d%0aX-Injected:%20yes');
    expect(result.status).toBe(200);
    expect(upstream.requests[0]?.url).toBe('/v1/call-log?filters[search]=a%0d%0aX-Injected:%20yes');
    expect(upstream.requests[0]?.headers['x-injected']).toBeUndefined();
  });

  it('never turns a raw line break in the target into an upstream header', async () => {
    const result = await raw(
      'GET /api/v1/team?a=1\r\nX-Injected: yes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    // Node reads `GET /api/v1/team?a=1` as an HTTP/0.9 request, then fails on the rest.
    expect(result.status).not.toBe(200);
    expect(upstream.requests).toHaveLength(0);
  });

  it('answers 400 for a control character in a forwarded header, even with a lenient parser', async () => {
    // The lenient parser lets the value through to the handler, so this tests the proxy's own check.
    const lenient = await startProxy({}, { insecureHTTPParser: true });
    const result = await raw(
      rawGet('/api/v1/team', ['If-None-Match: "a"\x00X-Injected: yes']),
      lenient.port,
    );
    expect(result.status).toBe(400);
    expect(json(result)).toMatchObject({
      statusCode: 400,
      message: 'Invalid if-none-match header',
    });
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('upstream answers', () => {
  it.each([
    [400, { statusCode: 400, message: 'limit must be between 1 and 100', error: 'Bad Request' }],
    [401, { statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' }],
    [404, { statusCode: 404, message: 'Not Found', error: 'Not Found' }],
    [500, { statusCode: 500, message: 'Internal server error' }],
  ])('passes %i through with its body', async (status, body) => {
    upstream.respond(jsonResponder(status, body));
    const result = await get('/api/v1/call-log?limit=0');
    expect(result.status).toBe(status);
    expect(json(result)).toEqual(body);
  });

  it('passes 429 through with Retry-After', async () => {
    upstream.respond(
      jsonResponder(429, { statusCode: 429, message: 'Too Many Requests' }, { 'retry-after': '7' }),
    );
    const result = await get('/api/v1/call-log');
    expect(result.status).toBe(429);
    expect(result.headers['retry-after']).toBe('7');
  });

  it('passes a non-JSON 502 page through as it is', async () => {
    upstream.respond((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body>Bad gateway</body></html>');
    });
    const result = await get('/api/v1/team');
    expect(result.status).toBe(502);
    expect(result.headers['content-type']).toBe('text/html');
    expect(result.body.toString()).toBe('<html><body>Bad gateway</body></html>');
  });

  it('returns a body with raw control characters and invalid UTF-8 byte-for-byte', async () => {
    const body = Buffer.concat([
      Buffer.from('{"data":[{"_id":"1","transcription":"Hi\x01\x07\tthere\r\nbye\x1f\x00'),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from('"}]}'),
    ]);
    upstream.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
    const result = await get('/api/v1/call-log');
    expect(result.status).toBe(200);
    expect(result.body.equals(body)).toBe(true);
    expect(result.headers['content-length']).toBe(String(body.length));
  });

  it('decodes a gzip-encoded upstream body and describes what it sends', async () => {
    const body = JSON.stringify({
      data: Array.from({ length: 50 }, (_, i) => ({ _id: String(i) })),
    });
    upstream.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(body));
    });
    const result = await get('/api/v1/call-log');
    expect(result.headers['content-encoding']).toBeUndefined();
    expect(result.body.toString()).toBe(body);
  });

  it("passes a success body byte for byte, even where names and notes hold the key's text", async () => {
    // Unicode, the whole key inside a name, parts of it elsewhere, and the redaction marker itself.
    const body = Buffer.from(
      JSON.stringify({
        data: [
          { _id: '1', contact: { first_name: `Zoë ${KEY}-Ørsted`, last_name: '李小龙 🚀' } },
          {
            _id: '2',
            notes: `Said "${KEY.slice(0, 11)}" twice; ${KEY}${KEY} [REDACTED] naïve café`,
          },
        ],
      }),
    );
    upstream.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(body);
    });
    // Not `get`: this body may carry the key, so it stays out of the every-test check.
    const result = await httpRequest(base.url, '/api/v1/call-log');
    expect(result.status).toBe(200);
    expect(result.body.equals(body)).toBe(true);
    expect(result.headers['content-length']).toBe(String(body.length));
  });

  it('drops a header echoing the key from a success, and passes the body untouched', async () => {
    upstream.respond(jsonResponder(200, { data: [] }, { etag: `"${KEY}"` }));
    const result = await get('/api/v1/team');
    expect(result.status).toBe(200);
    expect(result.headers.etag).toBeUndefined();
    expect(result.body.toString()).toBe('{"data":[]}');
  });

  it.each([400, 401, 403, 404, 429, 500, 503])(
    'redacts the key when a %i answer echoes it in the body or a header',
    async (status) => {
      upstream.respond((req, res) => {
        res.writeHead(status, { 'content-type': 'application/json', etag: `"${KEY}"` });
        res.end(
          JSON.stringify({ message: `Invalid key ${String(req.headers['x-api-key'])}, São Paulo` }),
        );
      });
      const result = await get('/api/v1/team');
      expect(result.status).toBe(status);
      expect(json(result)).toEqual({ message: 'Invalid key [REDACTED], São Paulo' });
      expect(result.headers['content-length']).toBe(String(result.body.length));
      expect(result.headers.etag).toBeUndefined();
    },
  );

  it('refuses to follow an upstream redirect, which would carry the key elsewhere', async () => {
    upstream.respond((_req, res) => {
      res.writeHead(302, { location: `${upstream.url}/v1/elsewhere` });
      res.end();
    });
    const result = await get('/api/v1/team');
    expect(result.status).toBe(502);
    expect(result.headers.location).toBeUndefined();
    expect(upstream.requests).toHaveLength(1);
  });
});

describe('upstream failures', () => {
  it('answers 502 JSON when the upstream cannot be reached', async () => {
    const down = await startProxy({ upstreamUrl: `http://127.0.0.1:${await unusedPort()}` });
    const result = await httpRequest(down.url, '/api/v1/team');
    seen.push(result);
    expect(result.status).toBe(502);
    expect(json(result)).toEqual({
      statusCode: 502,
      error: 'Bad Gateway',
      message: 'The Salesfinity API could not be reached',
    });
    expect(result.headers['cache-control']).toBe('no-store');
    expect(logLines.join('\n')).toContain('ECONNREFUSED');
  });

  it('keeps the key out of its own error answer and log line, even when the path holds it', async () => {
    const down = await startProxy({ upstreamUrl: `http://127.0.0.1:${await unusedPort()}` });
    const result = await httpRequest(down.url, `/api/v1/call-log/${KEY}`);
    seen.push(result);
    expect(result.status).toBe(502);
    expect(json(result)).toEqual({
      statusCode: 502,
      error: 'Bad Gateway',
      message: 'The Salesfinity API could not be reached',
    });
    expect(logLines).toEqual([
      '[proxy] GET /v1/call-log/[REDACTED]: upstream unreachable (ECONNREFUSED)',
    ]);
  });

  it('answers 502 JSON when the upstream drops the connection, after one more try', async () => {
    upstream.respond((req) => {
      req.socket.destroy();
    });
    const result = await get('/api/v1/team');
    expect(result.status).toBe(502);
    expect(json(result)).toMatchObject({ statusCode: 502, error: 'Bad Gateway' });
    expect(upstream.requests).toHaveLength(2);
  });

  it('sends a read again once when its connection is reset before any answer', async () => {
    let count = 0;
    upstream.respond((req, res) => {
      count += 1;
      // The first connection dies under the request, as a stale keep-alive one does.
      if (count === 1) req.socket.destroy();
      else jsonResponder(200, { data: ['ok'] })(req, res);
    });
    const result = await get('/api/v1/team');
    expect(result.status).toBe(200);
    expect(json(result)).toEqual({ data: ['ok'] });
    expect(upstream.requests).toHaveLength(2);
  });

  it('does not send again after an error answer or a refused connection', async () => {
    upstream.respond(jsonResponder(500, { message: 'boom' }));
    expect((await get('/api/v1/team')).status).toBe(500);
    expect(upstream.requests).toHaveLength(1);
  });

  it('answers 504 JSON when the upstream is slower than the timeout', async () => {
    const slow = await startProxy({ timeoutMs: 100 });
    upstream.respond((_req, res) => {
      setTimeout(() => {
        if (!res.destroyed) jsonResponder(200, { data: [] })(_req, res);
      }, 2_000);
    });
    const result = await httpRequest(slow.url, '/api/v1/team');
    seen.push(result);
    expect(result.status).toBe(504);
    expect(json(result)).toEqual({
      statusCode: 504,
      error: 'Gateway Timeout',
      message: 'The Salesfinity API did not answer in time',
    });
  });

  it('aborts the upstream request when the browser goes away', async () => {
    upstream.respond(() => {
      // Never answers; only the proxy giving up ends this request.
    });
    const controller = new AbortController();
    const pending = get('/api/v1/call-log', { signal: controller.signal });
    await expect.poll(() => upstream.requests.length).toBe(1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    await expect.poll(() => upstream.abortedCount()).toBe(1);
  });
});

describe('demo mode', () => {
  let demo: { url: string; port: number };

  beforeAll(async () => {
    demo = await startProxy({ mode: 'demo', apiKey: 'demo-key' });
  });

  async function demoGet(path: string, options: Parameters<typeof httpRequest>[2] = {}) {
    return httpRequest(demo.url, path, options);
  }

  it('tells the simulator the browser-facing origin so recording URLs point back here', async () => {
    await demoGet('/api/v1/call-log', { headers: { host: 'dashboard.test:8443' } });
    const sent = upstream.requests[0]?.headers ?? {};
    expect(sent['x-forwarded-host']).toBe('dashboard.test:8443');
    expect(sent['x-forwarded-proto']).toBe('http');
    expect(sent['x-api-key']).toBe('demo-key');
  });

  it('forwards a recording Range request, without the key, and passes the 206 back', async () => {
    const audio = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));
    upstream.respond((req, res) => {
      res.writeHead(206, {
        'content-type': 'audio/wav',
        'content-range': `bytes 100-199/${audio.length}`,
        'accept-ranges': 'bytes',
        'content-length': '100',
        'set-cookie': 'a=b',
      });
      res.end(req.headers.range === 'bytes=100-199' ? audio.subarray(100, 200) : undefined);
    });
    const result = await demoGet('/recordings/call_abc123.wav', {
      headers: { range: 'bytes=100-199', 'x-api-key': 'client', cookie: 'c=d' },
    });
    expect(result.status).toBe(206);
    expect(result.headers['content-range']).toBe('bytes 100-199/1000');
    expect(result.headers['accept-ranges']).toBe('bytes');
    expect(result.headers['set-cookie']).toBeUndefined();
    expect(result.body.equals(audio.subarray(100, 200))).toBe(true);
    const sent = upstream.requests[0];
    expect(sent?.url).toBe('/recordings/call_abc123.wav');
    expect(sent?.headers.range).toBe('bytes=100-199');
    expect(sent?.headers['x-api-key']).toBeUndefined();
    expect(sent?.headers.cookie).toBeUndefined();
  });

  it.each([
    '/recordings/',
    '/recordings/../v1/team',
    '/recordings/%2e%2e%2fv1%2fteam',
    '/recordings/call.wav/extra',
    '/recordings/..wav',
    '/recordings/a.b.wav',
    '/recordings/call_1.wav;x',
  ])('refuses the recording path %s without contacting the simulator', async (target) => {
    const result = await rawRequest(demo.port, rawGet(target));
    expect(result.status).toBe(404);
    expect(upstream.requests).toHaveLength(0);
  });

  it('refuses to write to recordings', async () => {
    const result = await demoGet('/recordings/call_1.wav', { method: 'DELETE' });
    expect(result.status).toBe(405);
    expect(upstream.requests).toHaveLength(0);
  });

  it('keeps a recording download going past the timeout while bytes keep coming', async () => {
    const patient = await startProxy({ mode: 'demo', apiKey: 'demo-key', timeoutMs: 1_000 });
    const chunks = Array.from({ length: 6 }, (_, i) => Buffer.alloc(100, i));
    upstream.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      // 1.5 s in all, a chunk every 250 ms: longer than the timeout, never silent that long.
      let sent = 0;
      const tick = setInterval(() => {
        const chunk = chunks[sent];
        sent += 1;
        if (chunk === undefined || res.destroyed) {
          clearInterval(tick);
          res.end();
        } else {
          res.write(chunk);
        }
      }, 250);
    });
    const result = await httpRequest(patient.url, '/recordings/call_slow.wav');
    expect(result.status).toBe(200);
    expect(result.body.equals(Buffer.concat(chunks))).toBe(true);
  });

  it('answers 504 when a recording does not start in time, and cuts one that goes silent', async () => {
    const impatient = await startProxy({ mode: 'demo', apiKey: 'demo-key', timeoutMs: 100 });
    upstream.respond(() => {
      // Never answers.
    });
    const unanswered = await httpRequest(impatient.url, '/recordings/call_never.wav');
    expect(unanswered.status).toBe(504);
    expect(json(unanswered)).toMatchObject({
      message: 'The Salesfinity API did not answer in time',
    });

    upstream.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      res.write(Buffer.alloc(100));
      // Then silence: only the proxy giving up ends this response.
    });
    await expect(httpRequest(impatient.url, '/recordings/call_stalls.wav')).rejects.toThrow();
    await expect.poll(() => upstream.abortedCount()).toBe(2);
  });

  it('reports demo mode', async () => {
    expect(json(await demoGet('/api/mode'))).toEqual({ mode: 'demo' });
  });
});
