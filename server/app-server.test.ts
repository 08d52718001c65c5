import type { Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MissingBuildError, createAppServer } from './app-server.ts';
import { createProxy } from './proxy.ts';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './security-headers.ts';
import { jsonResponder, startFakeUpstream } from './test-support/fake-upstream.ts';
import type { FakeUpstream } from './test-support/fake-upstream.ts';
import {
  closeServer,
  httpRequest,
  listen,
  rawGet,
  rawRequest,
} from './test-support/http-client.ts';
import type { HttpResult } from './test-support/http-client.ts';
import { APP_SCRIPT, INDEX_HTML, createTempDist } from './test-support/temp-dist.ts';

const KEY = 'sk_SENTINEL_8f3a2b7c-41d9-4e0b-9c55-d1e2f3a4b5c6';
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let dist: ReturnType<typeof createTempDist>;
let upstream: FakeUpstream;
let server: Server;
let base: { url: string; port: number };

function get(path: string, options: Parameters<typeof httpRequest>[2] = {}): Promise<HttpResult> {
  return httpRequest(base.url, path, options);
}

function expectSecurityHeaders(result: HttpResult): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(result.headers[name], name).toBe(value);
  }
}

beforeAll(async () => {
  dist = createTempDist();
  upstream = await startFakeUpstream();
  const proxy = createProxy({
    upstreamUrl: upstream.url,
    apiKey: KEY,
    mode: 'live',
    log: () => {},
  });
  server = createAppServer({ distDir: dist.dir, backend: { proxy } });
  base = await listen(server);
});

afterAll(async () => {
  await closeServer(server);
  await upstream.close();
  dist.remove();
});

describe('the app shell', () => {
  it('serves index.html with the security headers, a CSP without inline scripts, and no-cache', async () => {
    const result = await get('/', { headers: { accept: HTML } });
    expect(result.status).toBe(200);
    expect(result.body.toString()).toBe(INDEX_HTML);
    expect(result.headers['content-type']).toMatch(/^text\/html/);
    expect(result.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(result);
    expect(result.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('falls back to index.html for deep links that accept HTML', async () => {
    for (const path of ['/team?x=1', '/calls/abc?filters[outcome]=answered', '/a/b/c']) {
      const result = await get(path, { headers: { accept: HTML } });
      expect(result.status, path).toBe(200);
      expect(result.body.toString()).toBe(INDEX_HTML);
      expect(result.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers 404 for a missing asset, even to a request that accepts HTML', async () => {
    const missingAsset = await get('/assets/index-missing.js', { headers: { accept: HTML } });
    expect(missingAsset.status).toBe(404);
    expectSecurityHeaders(missingAsset);
    const missingImage = await get('/logo.png', { headers: { accept: 'image/avif,image/*' } });
    expect(missingImage.status).toBe(404);
  });

  it('caches hashed assets for a year and other public files with revalidation', async () => {
    const asset = await get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.body.toString()).toBe(APP_SCRIPT);
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('no-cache');
  });

  it('gzips text assets when the browser accepts it, and only then', async () => {
    const gzipped = await get('/assets/index-abc123.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(APP_SCRIPT);
    expect(gzipped.body.length).toBeLessThan(APP_SCRIPT.length);
    const plain = await get('/assets/index-abc123.js', {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('serves the app files only to reads', async () => {
    const result = await get('/', { method: 'POST' });
    expect(result.status).toBe(405);
    expect(result.headers.allow).toBe('GET, HEAD');
  });

  it('refuses absolute-form request targets', async () => {
    const result = await rawRequest(base.port, rawGet('http://evil.example/index.html'));
    expect(result.status).toBe(400);
  });

  it('does not serve files outside dist', async () => {
    for (const target of [
      '/../package.json',
      '/assets/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      const result = await rawRequest(base.port, rawGet(target));
      expect(result.body.toString(), target).not.toContain('root:');
      expect([400, 404]).toContain(result.status);
    }
  });
});

describe('the API behind the app server', () => {
  it('proxies with the security headers on, no-store, and gzip for large JSON', async () => {
    const data = Array.from({ length: 100 }, (_, i) => ({ _id: String(i), notes: 'Great call' }));
    upstream.respond(jsonResponder(200, { data }));
    const result = await get('/api/v1/call-log?limit=100', {
      headers: { 'accept-encoding': 'gzip', 'x-api-key': 'client-key' },
    });
    expect(result.status).toBe(200);
    expectSecurityHeaders(result);
    expect(result.headers['cache-control']).toBe('no-store');
    expect(result.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(result.body).toString())).toEqual({ data });
    expect(upstream.requests.at(-1)?.headers['x-api-key']).toBe(KEY);
  });

  it('answers unknown API paths with JSON 404, never the app shell', async () => {
    const result = await get('/api/v1/users', { headers: { accept: HTML } });
    expect(result.status).toBe(404);
    expect(result.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('createAppServer', () => {
  it('refuses to start without a build', () => {
    expect(() =>
      createAppServer({
        distDir: '/nonexistent-dist',
        backend: { proxy: () => Promise.resolve(false) },
      }),
    ).toThrow(MissingBuildError);
    expect(() =>
      createAppServer({
        distDir: '/nonexistent-dist',
        backend: { proxy: () => Promise.resolve(false) },
      }),
    ).toThrow(/run npm run build first/);
  });
});
