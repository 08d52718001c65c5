import { Random, hash32, saltOf } from './prng.ts';

/**
 * Call recordings as WAV (8 kHz, 8-bit unsigned, mono PCM), synthesised on demand for any byte
 * range: each sample is a pure function of its position, so a seek into a 20-minute call costs
 * only the bytes asked for and no audio is ever stored.
 *
 * The sound: alternating speaker turns, each a soft voiced tone (rep lower, prospect higher) with
 * a gentle pitch contour and a syllable-rate envelope, over faint line noise. Answering machines
 * get a greeting, a beep, then the rep's message.
 */

export const SAMPLE_RATE = 8000;
export const BYTES_PER_SAMPLE = 1;
export const BYTE_RATE = SAMPLE_RATE * BYTES_PER_SAMPLE;
export const WAV_HEADER_BYTES = 44;

export function wavByteLength(seconds: number): number {
  return WAV_HEADER_BYTES + seconds * BYTE_RATE;
}

/** The canonical 44-byte RIFF/WAVE header for `dataBytes` of PCM data. */
export function wavHeader(dataBytes: number): Buffer {
  const header = Buffer.alloc(WAV_HEADER_BYTES);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(BYTE_RATE, 28);
  header.writeUInt16LE(BYTES_PER_SAMPLE, 32); // block align
  header.writeUInt16LE(8 * BYTES_PER_SAMPLE, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

const VOICE = { rep: 0, prospect: 1, machine: 2, beep: 3 } as const;
const PITCH_HZ = [150, 215, 260, 1000] as const;

export interface VoicePlan {
  seconds: number;
  /** Turn boundaries in samples; turn k spans [starts[k], ends[k]). */
  starts: Int32Array;
  ends: Int32Array;
  voices: Uint8Array;
  /** Per-turn syllable rate (Hz) and pitch-contour phase, so no two turns sound alike. */
  syllableHz: Float64Array;
  contourPhase: Float64Array;
  noiseSeed: number;
}

/** The speaker turns of one call's recording, derived from the seed and the call. */
export function voicePlan(
  seed: number,
  callIndex: number,
  seconds: number,
  isMachine: boolean,
): VoicePlan {
  const rng = new Random(hash32(seed, callIndex, saltOf('audio')));
  const turns: { start: number; end: number; voice: number }[] = [];
  const total = seconds;
  let t = 0.3 + rng.next() * 0.5;
  const push = (voice: number, length: number) => {
    const end = Math.min(total, t + length);
    if (end > t) turns.push({ start: t, end, voice });
    t = end + 0.2 + rng.next() * 0.7;
  };
  if (isMachine) {
    push(VOICE.machine, Math.min(total * 0.4, 3 + rng.next() * 4));
    t -= 0.3;
    push(VOICE.beep, 0.4);
    while (t < total) push(VOICE.rep, 2 + rng.next() * 6);
  } else {
    let voice: number = VOICE.prospect; // "Hello?" first
    while (t < total) {
      push(voice, voice === VOICE.prospect && turns.length === 0 ? 0.8 : 1.5 + rng.next() * 7.5);
      voice = voice === VOICE.rep ? VOICE.prospect : VOICE.rep;
    }
  }
  return {
    seconds,
    starts: Int32Array.from(turns, (turn) => Math.floor(turn.start * SAMPLE_RATE)),
    ends: Int32Array.from(turns, (turn) => Math.floor(turn.end * SAMPLE_RATE)),
    voices: Uint8Array.from(turns, (turn) => turn.voice),
    syllableHz: Float64Array.from(turns, () => 3.2 + rng.next() * 1.8),
    contourPhase: Float64Array.from(turns, () => rng.next() * 2 * Math.PI),
    noiseSeed: hash32(seed, callIndex, saltOf('noise')),
  };
}

const TWO_PI = 2 * Math.PI;
const CONTOUR_HZ = 0.6;
const CONTOUR_DEPTH = 0.07;
const FADE_SAMPLES = 160; // 20 ms: no clicks at turn edges

/** One sample in -1..1 at sample index `n`, inside turn `k` (or -1 for the gaps). */
function sampleAt(plan: VoicePlan, k: number, n: number): number {
  // Deterministic line noise from the position alone.
  const noise = (hash32(plan.noiseSeed, n) / 4294967296 - 0.5) * 0.03;
  if (k < 0) return noise;
  const start = plan.starts[k] ?? 0;
  const end = plan.ends[k] ?? 0;
  if (n < start || n >= end) return noise;
  const voice = plan.voices[k] ?? 0;
  const local = (n - start) / SAMPLE_RATE;
  const edge = Math.min(1, (n - start) / FADE_SAMPLES, (end - 1 - n) / FADE_SAMPLES);
  const f0 = PITCH_HZ[voice as 0 | 1 | 2 | 3];
  if (voice === VOICE.beep) return 0.35 * edge * Math.sin(TWO_PI * f0 * local) + noise;
  // Phase of a tone whose pitch drifts sinusoidally, integrated in closed form for random access.
  const phi = plan.contourPhase[k] ?? 0;
  const phase =
    TWO_PI * f0 * local -
    ((f0 * CONTOUR_DEPTH) / CONTOUR_HZ) *
      (Math.cos(TWO_PI * CONTOUR_HZ * local + phi) - Math.cos(phi));
  const tone = (Math.sin(phase) + 0.45 * Math.sin(2 * phase) + 0.2 * Math.sin(3 * phase)) / 1.65;
  const syllable = Math.sin(Math.PI * ((local * (plan.syllableHz[k] ?? 4)) % 1));
  return 0.55 * edge * syllable * syllable * tone + noise;
}

/** The first turn that ends after sample `n` (binary search), or the turn count. */
function turnAt(plan: VoicePlan, n: number): number {
  let lo = 0;
  let hi = plan.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((plan.ends[mid] ?? 0) <= n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Bytes [start, endInclusive] of the whole WAV file (header included) of `plan`. */
export function renderWavBytes(plan: VoicePlan, start: number, endInclusive: number): Buffer {
  const dataBytes = plan.seconds * BYTE_RATE;
  const out = Buffer.alloc(endInclusive - start + 1);
  let offset = start;
  if (offset < WAV_HEADER_BYTES) {
    const header = wavHeader(dataBytes);
    const stop = Math.min(endInclusive + 1, WAV_HEADER_BYTES);
    header.copy(out, 0, offset, stop);
    offset = stop;
  }
  let k = turnAt(plan, offset - WAV_HEADER_BYTES);
  for (; offset <= endInclusive; offset++) {
    const n = offset - WAV_HEADER_BYTES;
    while (k < plan.ends.length && (plan.ends[k] ?? 0) <= n) k++;
    const value = sampleAt(plan, k < plan.ends.length ? k : -1, n);
    out[offset - start] = Math.max(0, Math.min(255, Math.round(128 + 127 * value)));
  }
  return out;
}

export type ByteRange =
  { kind: 'whole' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * A `Range` header against a resource of `size` bytes (RFC 9110 §14). Only single `bytes` ranges
 * are served; a malformed or multi-range header is ignored (the whole body, 200), as allowed.
 */
export function parseRange(header: string | undefined, size: number): ByteRange {
  if (header === undefined) return { kind: 'whole' };
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return { kind: 'whole' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'whole' };
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return { kind: 'whole' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}
