import { describe, expect, it } from 'vitest';
import {
  BYTE_RATE,
  WAV_HEADER_BYTES,
  parseRange,
  renderWavBytes,
  voicePlan,
  wavByteLength,
  wavHeader,
} from './recording-audio.ts';

describe('wav', () => {
  it('has a canonical header', () => {
    const header = wavHeader(8000);
    expect(header.toString('ascii', 0, 4)).toBe('RIFF');
    expect(header.readUInt32LE(4)).toBe(36 + 8000);
    expect(header.readUInt32LE(24)).toBe(8000);
    expect(header.readUInt32LE(40)).toBe(8000);
  });
  it('renders any range as the same bytes as the whole file', () => {
    const plan = voicePlan(1, 42, 12, false);
    const size = wavByteLength(12);
    expect(size).toBe(WAV_HEADER_BYTES + 12 * BYTE_RATE);
    const whole = renderWavBytes(plan, 0, size - 1);
    for (const [start, end] of [
      [0, 10],
      [20, 60],
      [44, 44],
      [5000, 9000],
      [size - 3, size - 1],
    ] as const) {
      expect(renderWavBytes(plan, start, end).equals(whole.subarray(start, end + 1))).toBe(true);
    }
  });
  it('is deterministic per call and different across calls', () => {
    const a = renderWavBytes(voicePlan(1, 1, 5, false), 0, 4000);
    expect(renderWavBytes(voicePlan(1, 1, 5, false), 0, 4000).equals(a)).toBe(true);
    expect(renderWavBytes(voicePlan(1, 2, 5, false), 0, 4000).equals(a)).toBe(false);
  });
  it('alternates speakers and gives machines a beep', () => {
    const human = voicePlan(3, 9, 120, false);
    expect(human.voices.length).toBeGreaterThan(10);
    for (let k = 1; k < human.voices.length; k++)
      expect(human.voices[k]).not.toBe(human.voices[k - 1]);
    expect([...voicePlan(3, 9, 30, true).voices]).toContain(3);
    expect(human.ends.at(-1)).toBeLessThanOrEqual(120 * 8000);
  });
});

describe('parseRange', () => {
  it('reads the three single-range forms', () => {
    expect(parseRange('bytes=0-9', 100)).toEqual({ kind: 'partial', start: 0, end: 9 });
    expect(parseRange('bytes=90-', 100)).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(parseRange('bytes=-1000', 100)).toEqual({ kind: 'partial', start: 0, end: 99 });
    expect(parseRange('bytes=50-1000', 100)).toEqual({ kind: 'partial', start: 50, end: 99 });
  });
  it('answers unsatisfiable or ignores, as RFC 9110 says', () => {
    expect(parseRange('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-0', 100)).toEqual({ kind: 'unsatisfiable' });
    for (const ignored of [
      undefined,
      'bytes=9-1',
      'bytes=0-1,3-4',
      'lines=1-2',
      'bytes=-',
      'bytes=a-b',
    ]) {
      expect(parseRange(ignored, 100)).toEqual({ kind: 'whole' });
    }
  });
});
