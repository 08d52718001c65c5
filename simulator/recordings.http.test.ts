import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord } from './call-record.ts';
import { startSimulator } from './index.ts';
import type { RunningSimulator } from './index.ts';
import { TEST_KEY, TEST_NOW, fetchAllCalls, getJson } from './test-helpers.ts';

/** `GET /recordings/<call_id>.wav`: real WAV audio, byte ranges, HEAD, and where the URLs point. */

let running: RunningSimulator;
let all: CallRecord[];
let short: CallRecord;
let long: CallRecord;

beforeAll(async () => {
  running = await startSimulator({ calls: 2000, seed: 5, now: TEST_NOW, apiKey: TEST_KEY });
  all = (await fetchAllCalls(running.url)).calls;
  const recorded = all.filter((c) => c.recording_url && c.duration !== undefined);
  const shortest = recorded.filter((c) => (c.duration ?? 0) >= 10 && (c.duration ?? 0) <= 40);
  short = shortest[0] as CallRecord;
  long = [...recorded].sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0))[0] as CallRecord;
});

afterAll(async () => {
  await running.close();
});

const pathOf = (call: CallRecord) => new URL(call.recording_url ?? '').pathname;

async function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await fetch(running.url + path, { headers, method });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('recording URLs', () => {
  it('are on this host at /recordings/<call_id>.wav, on answered calls with a duration only', () => {
    const recorded = all.filter((call) => call.recording_url);
    expect(recorded.filter((call) => call.call_id).length).toBeGreaterThan(100);
    for (const call of recorded) {
      expect(call.outcome === undefined || call.outcome === 'answered').toBe(true);
      expect(call.duration === undefined || call.duration > 0).toBe(true);
      if (call.call_id)
        expect(call.recording_url).toBe(`${running.url}/recordings/${call.call_id}.wav`);
    }
    expect(
      all
        .filter((c) => c.outcome === 'no-answer' || c.outcome === 'cancelled')
        .every((c) => !c.recording_url),
    ).toBe(true);
  });
  it('follow x-forwarded-proto and x-forwarded-host when a proxy sets them', async () => {
    const { body } = await getJson<{ data: CallRecord }>(running.url, `/v1/call-log/${short._id}`, {
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'dash.example.test' },
    });
    expect(body.data.recording_url).toBe(`https://dash.example.test${pathOf(short)}`);
  });
  it('use publicUrl when configured', async () => {
    const other = await startSimulator({
      calls: 50,
      seed: 5,
      now: TEST_NOW,
      apiKey: TEST_KEY,
      publicUrl: 'https://sim.example.test/',
    });
    try {
      const { calls } = await fetchAllCalls(other.url);
      const recorded = calls.filter((c) => c.recording_url);
      expect(recorded.length).toBeGreaterThan(0);
      for (const call of recorded)
        expect(call.recording_url).toMatch(
          /^https:\/\/sim\.example\.test\/recordings\/call_[0-9a-f]{16}\.wav$/,
        );
    } finally {
      await other.close();
    }
  });
});

describe('GET /recordings/<call_id>.wav', () => {
  it('needs no key and returns a valid WAV exactly as long as the call', async () => {
    const { response, bytes } = await get(pathOf(short));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    const duration = short.duration ?? 0;
    expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
    expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
    expect(bytes.toString('ascii', 8, 16)).toBe('WAVEfmt ');
    expect(bytes.readUInt16LE(20)).toBe(1); // PCM
    expect(bytes.readUInt16LE(22)).toBe(1); // mono
    const sampleRate = bytes.readUInt32LE(24);
    const byteRate = bytes.readUInt32LE(28);
    const bitsPerSample = bytes.readUInt16LE(34);
    expect(sampleRate).toBe(8000);
    expect([8, 16]).toContain(bitsPerSample);
    expect(byteRate).toBe((sampleRate * bitsPerSample) / 8);
    expect(bytes.toString('ascii', 36, 40)).toBe('data');
    expect(bytes.readUInt32LE(40)).toBe(duration * byteRate);
    expect(bytes.length).toBe(44 + duration * byteRate);
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    // Not silence: the samples vary.
    expect(new Set(bytes.subarray(44)).size).toBeGreaterThan(50);
  });
  it('is deterministic', async () => {
    const first = await get(pathOf(short));
    const second = await get(pathOf(short));
    expect(second.bytes.equals(first.bytes)).toBe(true);
  });
  it('serves byte ranges as 206 slices of the full body', async () => {
    const full = (await get(pathOf(short))).bytes;
    const size = full.length;
    const cases: [string, number, number][] = [
      ['bytes=0-99', 0, 99],
      ['bytes=10-43', 10, 43],
      ['bytes=40-5000', 40, 5000],
      ['bytes=1000-', 1000, size - 1],
      ['bytes=-500', size - 500, size - 1],
      [`bytes=${size - 10}-${size + 1000}`, size - 10, size - 1],
      [`bytes=-${size + 50}`, 0, size - 1],
    ];
    for (const [range, start, end] of cases) {
      const { response, bytes } = await get(pathOf(short), { range });
      expect(response.status, range).toBe(206);
      expect(response.headers.get('content-range'), range).toBe(`bytes ${start}-${end}/${size}`);
      expect(Number(response.headers.get('content-length'))).toBe(end - start + 1);
      expect(bytes.equals(full.subarray(start, end + 1)), range).toBe(true);
    }
  });
  it('answers 416 for unsatisfiable ranges', async () => {
    const size = 44 + (short.duration ?? 0) * 8000;
    for (const range of [`bytes=${size}-`, `bytes=${size + 5}-${size + 10}`, 'bytes=-0']) {
      const { response } = await get(pathOf(short), { range });
      expect(response.status, range).toBe(416);
      expect(response.headers.get('content-range')).toBe(`bytes */${size}`);
    }
  });
  it('ignores malformed and multi-part ranges (whole body, 200)', async () => {
    for (const range of ['bytes=5-2', 'items=0-5', 'bytes=0-1,4-5']) {
      const { response } = await get(pathOf(short), { range });
      expect(response.status, range).toBe(200);
    }
  });
  it('HEAD gives the headers without a body', async () => {
    const { response, bytes } = await get(pathOf(long), {}, 'HEAD');
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBe(44 + (long.duration ?? 0) * 8000);
    expect(bytes.length).toBe(0);
    const ranged = await get(pathOf(long), { range: 'bytes=100-199' }, 'HEAD');
    expect(ranged.response.status).toBe(206);
    expect(ranged.response.headers.get('content-length')).toBe('100');
  });
  it('a range deep inside a long recording equals the same bytes read in two halves', async () => {
    const size = 44 + (long.duration ?? 0) * 8000;
    expect(long.duration ?? 0).toBeGreaterThan(300);
    const start = size - 200_000;
    const whole = await get(pathOf(long), { range: `bytes=${start}-${size - 1}` });
    const first = await get(pathOf(long), { range: `bytes=${start}-${start + 99_999}` });
    const second = await get(pathOf(long), { range: `bytes=${start + 100_000}-` });
    expect(Buffer.concat([first.bytes, second.bytes]).equals(whole.bytes)).toBe(true);
  });
  it('404 for unknown calls and calls without a recording; 405 for other methods', async () => {
    expect((await get('/recordings/call_0000000000000000.wav')).response.status).toBe(404);
    expect((await get('/recordings/nothing.wav')).response.status).toBe(404);
    const unrecorded = all.find((c) => c.call_id && !c.recording_url);
    expect((await get(`/recordings/${unrecorded?.call_id ?? ''}.wav`)).response.status).toBe(404);
    expect((await get(pathOf(short), {}, 'POST')).response.status).toBe(405);
  });
  it('no key is needed, and a key changes nothing', async () => {
    const withKey = await get(pathOf(short), { 'x-api-key': TEST_KEY, range: 'bytes=0-43' });
    const without = await get(pathOf(short), { range: 'bytes=0-43' });
    expect(withKey.bytes.equals(without.bytes)).toBe(true);
  });
});
