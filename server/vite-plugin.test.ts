import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './security-headers.ts';
import { startFakeUpstream } from './test-support/fake-upstream.ts';
import type { FakeUpstream } from './test-support/fake-upstream.ts';
import { httpRequest } from './test-support/http-client.ts';
import { createTempDist } from './test-support/temp-dist.ts';
import { salesfinityProxyPlugin } from './vite-plugin.ts';

const KEY = 'sk_SENTINEL_8f3a2b7c-41d9-4e0b-9c55-d1e2f3a4b5c6';

let upstream: FakeUpstream;
let root: string;

function urlOf(address: string | AddressInfo | null): string {
  if (address === null || typeof address === 'string') throw new Error('server is not listening');
  return `http://127.0.0.1:${address.port}`;
}

/** The dev server with only the plugin, on an ephemeral port, in the test's root. */
function createDevServer() {
  return createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [salesfinityProxyPlugin()],
    server: { host: '127.0.0.1', port: 0, ws: false },
    optimizeDeps: { noDiscovery: true },
  });
}

beforeAll(async () => {
  upstream = await startFakeUpstream();
  root = mkdtempSync(join(tmpdir(), 'vite-root-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
});

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await upstream.close();
  rmSync(root, { recursive: true, force: true });
});

describe('salesfinityProxyPlugin', () => {
  it('mounts the proxy on the dev server with the key from .env, kept server-side', async () => {
    // Whatever the developer's shell has, the .env file decides here.
    vi.stubEnv('SALESFINITY_API_KEY', undefined);
    vi.stubEnv('SALESFINITY_API_URL', undefined);
    writeFileSync(
      join(root, '.env'),
      `SALESFINITY_API_KEY=${KEY}\nSALESFINITY_API_URL=${upstream.url}\n`,
    );
    const server = await createDevServer();
    try {
      await server.listen();
      const base = urlOf(server.httpServer?.address() ?? null);

      const mode = await httpRequest(base, '/api/mode');
      expect(JSON.parse(mode.body.toString())).toEqual({ mode: 'live' });

      const team = await httpRequest(base, '/api/v1/team');
      expect(team.status).toBe(200);
      expect(upstream.requests.at(-1)?.headers['x-api-key']).toBe(KEY);
      expect(team.headers['x-content-type-options']).toBe('nosniff');
      // Dev keeps Vite's own pages working: no CSP there (React Refresh is an inline script).
      expect(team.headers['content-security-policy']).toBeUndefined();

      // Paths that are not the proxy's fall through to Vite.
      const page = await httpRequest(base, '/', { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.body.toString()).toContain('<div id="root">');
      expect(page.body.toString()).not.toContain(KEY);
    } finally {
      await server.close();
      rmSync(join(root, '.env'), { force: true });
    }
  });

  it('mounts the proxy on the preview server, in demo mode without a key, with the CSP', async () => {
    vi.stubEnv('SALESFINITY_API_KEY', '');
    vi.stubEnv('SIMULATOR_CALLS', '40');
    const dist = createTempDist();
    const server = await preview({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [salesfinityProxyPlugin()],
      build: { outDir: dist.dir },
      preview: { host: '127.0.0.1', port: 0 },
    });
    try {
      const base = urlOf(server.httpServer.address());
      const mode = await httpRequest(base, '/api/mode');
      expect(JSON.parse(mode.body.toString())).toEqual({ mode: 'demo' });

      const dispositions = await httpRequest(base, '/api/v1/dispositions');
      expect(dispositions.status).toBe(200);

      // No sign-in here, and the app is told so.
      const session = await httpRequest(base, '/api/session');
      expect(session.status).toBe(200);
      expect(JSON.parse(session.body.toString())).toEqual({ authMode: 'none' });

      const page = await httpRequest(base, '/', { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      await server.close();
      dist.remove();
    }
  });

  it('refuses to start with AUTH_MODE set: these servers sign nobody in', async () => {
    vi.stubEnv('SALESFINITY_API_KEY', '');
    vi.stubEnv('AUTH_MODE', 'oidc');
    await expect(createDevServer()).rejects.toThrow('AUTH_MODE=oidc is for npm start');
  });
});
