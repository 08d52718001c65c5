import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from './index.ts';
import type { RunningSimulator } from './index.ts';
import { TEST_KEY, TEST_NOW, getJson } from './test-helpers.ts';

/**
 * Fault knobs over HTTP. These check that each decision happens (a 500, a 429, a dropped socket),
 * never how long anything took.
 */

let running: RunningSimulator | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(init: Parameters<typeof startSimulator>[0] = {}) {
  running = await startSimulator({ calls: 200, seed: 3, now: TEST_NOW, apiKey: TEST_KEY, ...init });
  return running;
}

/** A raw request, to observe a socket closed without any response. */
function rawGet(url: string): Promise<{ status: number } | { error: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    const req = request(url, { headers: { 'x-api-key': TEST_KEY } }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0 });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      resolve({ error });
    });
    req.end();
  });
}

describe('knobs', () => {
  it('errorRate 1 answers every /v1 request with a 500, in varied bodies', async () => {
    const { url } = await start({ knobs: { errorRate: 1 } });
    const types = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const response = await getJson(url, '/v1/call-log');
      expect(response.status).toBe(500);
      types.add(response.headers.get('content-type') ?? '');
    }
    expect(types.size).toBeGreaterThan(1);
    expect([...types].some((type) => type.startsWith('text/html'))).toBe(true);
  });
  it('errorRate 0.5 fails some requests and not others, the same ones for the same seed', async () => {
    const statuses = async () => {
      const { url } = await start({ knobs: { errorRate: 0.5 } });
      const result: number[] = [];
      for (let i = 0; i < 30; i++) result.push((await getJson(url, '/v1/team')).status);
      await running?.close();
      running = undefined;
      return result;
    };
    const first = await statuses();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await statuses()).toEqual(first);
  });
  it('errors do not touch recordings', async () => {
    const { url, simulator } = await start({ knobs: { errorRate: 1 } });
    const call = simulator.callRecords(url).find((c) => c.recording_url);
    const response = await fetch(call?.recording_url ?? '', { headers: { range: 'bytes=0-43' } });
    expect(response.status).toBe(206);
  });
  it('rateLimit answers 429 with Retry-After once the window is full', async () => {
    const { url } = await start({ knobs: { rateLimit: { requests: 3, windowSeconds: 30 } } });
    for (let i = 0; i < 3; i++) expect((await getJson(url, '/v1/team')).status).toBe(200);
    const limited = await getJson<{ statusCode: number; message: string; error: string }>(
      url,
      '/v1/team',
    );
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(30);
  });
  it('dropRate 1 destroys the socket with no response', async () => {
    const { url } = await start({ knobs: { dropRate: 1 } });
    const result = await rawGet(`${url}/v1/call-log`);
    expect('error' in result && result.error.message).toBe('socket hang up');
  });
  it('setKnobs changes behaviour at run time and validates', async () => {
    const { url, simulator } = await start();
    expect((await getJson(url, '/v1/team')).status).toBe(200);
    simulator.setKnobs({ errorRate: 1 });
    expect(simulator.options.knobs.errorRate).toBe(1);
    expect((await getJson(url, '/v1/team')).status).toBe(500);
    simulator.setKnobs({ errorRate: 0 });
    expect((await getJson(url, '/v1/team')).status).toBe(200);
    expect(() => {
      simulator.setKnobs({ errorRate: 2 });
    }).toThrow(/errorRate/);
  });
  it('controlCharRate 0 sends only strictly valid JSON; 1 makes every transcript raw', async () => {
    const { url, simulator } = await start({ knobs: { controlCharRate: 0 } });
    const page = async () =>
      (await getJson(url, '/v1/call-log?limit=100&filters[answered_by]=human')).text;
    const clean = JSON.parse(await page()) as { data: { transcription?: string }[] };
    // Multi-line transcripts were on the page, their line breaks escaped.
    expect(clean.data.some((call) => call.transcription?.includes('\n'))).toBe(true);
    simulator.setKnobs({ controlCharRate: 1 });
    const raw = await page();
    expect(() => JSON.parse(raw) as unknown).toThrow(SyntaxError);
  });
});

describe('admin: /__simulator/knobs', () => {
  const put = (url: string, body: string, key: string | null = TEST_KEY) =>
    fetch(`${url}/__simulator/knobs`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        ...(key === null ? {} : { 'x-api-key': key }),
      },
      body,
    });

  it('reads and updates the knobs with the key', async () => {
    const { url } = await start({ admin: true });
    const before = await getJson<{ errorRate: number; controlCharRate: number }>(
      url,
      '/__simulator/knobs',
    );
    expect(before.body).toMatchObject({ errorRate: 0, controlCharRate: 0.02, rateLimit: null });
    const updated = await put(
      url,
      JSON.stringify({ errorRate: 1, rateLimit: { requests: 5, windowSeconds: 1 } }),
    );
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({
      errorRate: 1,
      rateLimit: { requests: 5, windowSeconds: 1 },
    });
    expect((await getJson(url, '/v1/team')).status).toBe(500);
    // The admin route itself is never subject to the faults.
    expect((await put(url, JSON.stringify({ errorRate: 0, rateLimit: null }))).status).toBe(200);
    expect((await getJson(url, '/v1/team')).status).toBe(200);
  });
  it('rejects invalid bodies with 400 and requests without the key with 401', async () => {
    const { url } = await start({ admin: true });
    const invalid = await put(url, JSON.stringify({ errorRate: 'lots' }));
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { message: string }).message).toMatch(/errorRate/);
    expect((await put(url, JSON.stringify({ unknownKnob: 1 }))).status).toBe(400);
    expect((await put(url, 'not json')).status).toBe(400);
    expect((await put(url, '{}', null)).status).toBe(401);
    expect((await getJson(url, '/__simulator/knobs', { key: null })).status).toBe(401);
  });
});
