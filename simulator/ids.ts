import { hash32, hex8, saltOf } from './prng.ts';

/**
 * Deterministic identifiers that can be turned back into a record index without a lookup table:
 * a million-entry Map would cost more memory and start-up time than the whole column store.
 */

/** Kinds of record, written into the ObjectId so ids of different kinds never collide. */
export const ID_KIND = {
  call: 0x01,
  user: 0x02,
  contact: 0x03,
  list: 0x04,
  disposition: 0x05,
  team: 0x06,
  scoredCall: 0x07,
} as const;
export type IdKind = (typeof ID_KIND)[keyof typeof ID_KIND];

const MAX_COUNTER = 0xffffff;

/**
 * A MongoDB-style ObjectId: 4 bytes of creation time (seconds), 5 bytes of "process" (here the
 * seed plus the kind), 3 bytes of counter (here the record index). Real ObjectIds sort by creation
 * time too, which is what makes `_id` a natural tie-break.
 */
export function objectId(seed: number, kind: IdKind, seconds: number, counter: number): string {
  if (counter < 0 || counter > MAX_COUNTER)
    throw new Error(`ObjectId counter out of range: ${counter}`);
  return (
    hex8(seconds) +
    hex8(hash32(seed, saltOf('process'))) +
    kind.toString(16).padStart(2, '0') +
    counter.toString(16).padStart(6, '0')
  );
}

/** The counter (record index) of an ObjectId of `kind` made with `seed`, or undefined. */
export function objectIdCounter(seed: number, kind: IdKind, id: string): number | undefined {
  if (!/^[0-9a-f]{24}$/.test(id)) return undefined;
  if (id.slice(8, 16) !== hex8(hash32(seed, saltOf('process')))) return undefined;
  if (Number.parseInt(id.slice(16, 18), 16) !== kind) return undefined;
  return Number.parseInt(id.slice(18), 16);
}

// call_id = "call_" + affine-scrambled index + a hash: looks random, inverts exactly.
const CALL_ID_MULTIPLIER = 0x2c1b3c6d; // odd, so invertible modulo 2^32
const CALL_ID_INVERSE = modularInverse(CALL_ID_MULTIPLIER);

function modularInverse(odd: number): number {
  // Newton's iteration doubles the correct low bits each round: 5 rounds cover 32 bits.
  let inverse = odd;
  for (let i = 0; i < 5; i++) inverse = Math.imul(inverse, 2 - Math.imul(odd, inverse));
  return inverse >>> 0;
}

export function callIdOf(seed: number, index: number): string {
  const offset = hash32(seed, saltOf('call-offset'));
  const scrambled = (Math.imul(index, CALL_ID_MULTIPLIER) + offset) >>> 0;
  return `call_${hex8(scrambled)}${hex8(hash32(seed, index, saltOf('call-id')))}`;
}

/** The index whose call_id is `callId`, or undefined (no range check against the call count). */
export function callIndexOf(seed: number, callId: string): number | undefined {
  const match = /^call_([0-9a-f]{8})[0-9a-f]{8}$/.exec(callId);
  if (!match?.[1]) return undefined;
  const offset = hash32(seed, saltOf('call-offset'));
  const index = Math.imul((Number.parseInt(match[1], 16) - offset) | 0, CALL_ID_INVERSE) >>> 0;
  return callIdOf(seed, index) === callId ? index : undefined;
}
