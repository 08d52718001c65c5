import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorOptionsFromEnv, startSimulator } from '../simulator/index.ts';
import { createAppServer } from './app-server.ts';
import { createProxy } from './proxy.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { closeServer, httpRequest, listen } from './test-support/http-client.ts';
import type { HttpResult } from './test-support/http-client.ts';
import { createTempDist } from './test-support/temp-dist.ts';

// The production server in demo mode, end to end: app server → proxy → the real simulator.
const simulatorOptions = simulatorOptionsFromEnv({ SIMULATOR_CALLS: '120', SIMULATOR_SEED: '3' });

let simulator: Awaited<ReturnType<typeof startSimulator>>;
let dist: ReturnType<typeof createTempDist>;
let server: Server;
let base: { url: string; port: number };

function get(path: string, options: Parameters<typeof httpRequest>[2] = {}): Promise<HttpResult> {
  return httpRequest(base.url, path, options);
}

function parse(result: HttpResult): unknown {
  return JSON.parse(result.body.toString());
}

function recordingUrls(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || !('data' in body) || !Array.isArray(body.data)) {
    return [];
  }
  return body.data.flatMap((call: unknown) =>
    typeof call === 'object' &&
    call !== null &&
    'recording_url' in call &&
    typeof call.recording_url === 'string' &&
    call.recording_url !== ''
      ? [call.recording_url]
      : [],
  );
}

beforeAll(async () => {
  simulator = await startSimulator({ ...simulatorOptions, port: 0 });
  dist = createTempDist();
  const proxy = createProxy({
    upstreamUrl: simulator.url,
    apiKey: simulatorOptions.apiKey,
    mode: 'demo',
    log: () => {},
  });
  server = createAppServer({ distDir: dist.dir, backend: { proxy } });
  base = await listen(server);
});

afterAll(async () => {
  await closeServer(server);
  await simulator.close();
  dist.remove();
});

describe('demo mode through the production server', () => {
  it('serves the call log with the security headers and no-store', async () => {
    const result = await get('/api/v1/call-log?limit=5&sort=-duration');
    expect(result.status).toBe(200);
    expect(result.headers['cache-control']).toBe('no-store');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(result.headers[name], name).toBe(value);
    }
    expect(parse(result)).toMatchObject({ pagination: { limit: 5, page: 1 } });
  });

  it('returns the simulator body byte-for-byte, raw control characters included', async () => {
    const path = '/v1/call-log?limit=100&filters[outcome]=answered';
    const direct = await httpRequest(simulator.url, path, {
      headers: {
        'x-api-key': simulatorOptions.apiKey,
        'x-forwarded-host': `127.0.0.1:${base.port}`,
        'x-forwarded-proto': 'http',
      },
    });
    const proxied = await get(`/api${path}`);
    expect(proxied.status).toBe(200);
    expect(proxied.body.equals(direct.body)).toBe(true);
  });

  it('passes the simulator errors through', async () => {
    const badLimit = await get('/api/v1/call-log?limit=0');
    expect(badLimit.status).toBe(400);
    expect(parse(badLimit)).toMatchObject({ statusCode: 400 });
    const unknownCall = await get('/api/v1/call-log/ffffffffffffffffffffffff');
    expect(unknownCall.status).toBe(404);
  });

  it('points recording URLs at the app origin and serves them with Range', async () => {
    const page = await get('/api/v1/call-log?limit=20&filters[has_recording]=true');
    const [recordingUrl] = recordingUrls(parse(page));
    expect(recordingUrl).toBeDefined();
    const url = new URL(recordingUrl ?? '');
    expect(url.origin).toBe(base.url);
    expect(url.pathname).toMatch(/^\/recordings\/[A-Za-z0-9_-]+\.wav$/);

    const ranged = await get(url.pathname, {
      headers: { range: 'bytes=0-99', 'accept-encoding': 'gzip' },
    });
    expect(ranged.status).toBe(206);
    expect(ranged.headers['content-range']).toMatch(/^bytes 0-99\/\d+$/);
    expect(ranged.headers['accept-ranges']).toBe('bytes');
    expect(ranged.headers['content-encoding']).toBeUndefined();
    expect(ranged.body).toHaveLength(100);
    expect(ranged.body.subarray(0, 4).toString('latin1')).toBe('RIFF');
  });
});
