import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend } from './backend.ts';
import type { Backend } from './backend.ts';
import { ServerConfigError } from './config.ts';
import { startFakeUpstream } from './test-support/fake-upstream.ts';
import type { FakeUpstream } from './test-support/fake-upstream.ts';
import { closeServer, httpRequest, listen } from './test-support/http-client.ts';

const KEY = 'sk_SENTINEL_8f3a2b7c-41d9-4e0b-9c55-d1e2f3a4b5c6';
const NOT_OURS = 418;

let upstream: FakeUpstream;
const servers: Server[] = [];

async function mount(backend: Backend): Promise<string> {
  const server = createServer((req, res) => {
    void backend.proxy(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(NOT_OURS);
        res.end();
      }
    });
  });
  servers.push(server);
  return (await listen(server)).url;
}

beforeAll(async () => {
  upstream = await startFakeUpstream();
});

afterAll(async () => {
  await Promise.all(servers.map(closeServer));
  await upstream.close();
});

describe('startBackend in live mode', () => {
  it('proxies to the configured API with the key and keeps the key out of the backend object', async () => {
    const backend = await startBackend(
      { SALESFINITY_API_KEY: KEY, SALESFINITY_API_URL: upstream.url },
      { log: () => {} },
    );
    expect(backend.mode).toBe('live');
    expect(JSON.stringify(backend)).not.toContain(KEY);
    expect(inspect(backend, { depth: null, showHidden: true })).not.toContain(KEY);

    const base = await mount(backend);
    const result = await httpRequest(base, '/api/v1/team');
    expect(result.status).toBe(200);
    expect(upstream.requests.at(-1)?.headers['x-api-key']).toBe(KEY);
    expect(JSON.parse((await httpRequest(base, '/api/mode')).body.toString())).toEqual({
      mode: 'live',
    });
    // Recordings are the real service's third-party links in live mode, not ours to serve.
    expect((await httpRequest(base, '/recordings/call_1.wav')).status).toBe(NOT_OURS);
    await backend.close();
  });

  it('rejects a bad upstream URL with a message that does not contain the key', async () => {
    const failure = startBackend({ SALESFINITY_API_KEY: KEY, SALESFINITY_API_URL: 'ftp://x' });
    await expect(failure).rejects.toBeInstanceOf(ServerConfigError);
    await expect(failure).rejects.not.toThrow(KEY);
  });

  it.each([
    ['short', 'sk_short', /^SALESFINITY_API_KEY is too short/],
    ['padded', ` ${KEY}`, /^SALESFINITY_API_KEY contains whitespace/],
  ])('refuses a %s key instead of falling back to demo mode', async (_case, key, message) => {
    const failure = startBackend({ SALESFINITY_API_KEY: key, SALESFINITY_API_URL: upstream.url });
    await expect(failure).rejects.toBeInstanceOf(ServerConfigError);
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.not.toThrow(key.trim());
  });
});

describe('startBackend in demo mode', () => {
  it('starts the embedded simulator, proxies to it, and stops it on close', async () => {
    const backend = await startBackend(
      { SIMULATOR_CALLS: '40', SIMULATOR_SEED: '7' },
      { log: () => {} },
    );
    expect(backend.mode).toBe('demo');
    const base = await mount(backend);

    expect(JSON.parse((await httpRequest(base, '/api/mode')).body.toString())).toEqual({
      mode: 'demo',
    });
    const dispositions = await httpRequest(base, '/api/v1/dispositions');
    expect(dispositions.status).toBe(200);
    expect(JSON.parse(dispositions.body.toString())).toMatchObject({
      data: expect.arrayContaining([expect.objectContaining({ id: 1 })]) as unknown,
    });

    await backend.close();
    await backend.close(); // idempotent
    expect((await httpRequest(base, '/api/v1/dispositions')).status).toBe(502);
  });
});
