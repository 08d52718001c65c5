import { describe, expect, it } from 'vitest';
import { ID_KIND, callIdOf, callIndexOf, objectId, objectIdCounter } from './ids.ts';

describe('ObjectIds', () => {
  it('are 24 hex characters that start with the creation time and invert to the counter', () => {
    const seconds = Math.floor(Date.parse('2025-03-01T12:00:00Z') / 1000);
    const id = objectId(1, ID_KIND.call, seconds, 1234);
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(Number.parseInt(id.slice(0, 8), 16)).toBe(seconds);
    expect(objectIdCounter(1, ID_KIND.call, id)).toBe(1234);
  });
  it('do not invert under another seed or kind, or when malformed', () => {
    const id = objectId(1, ID_KIND.call, 1_700_000_000, 5);
    expect(objectIdCounter(2, ID_KIND.call, id)).toBeUndefined();
    expect(objectIdCounter(1, ID_KIND.user, id)).toBeUndefined();
    expect(objectIdCounter(1, ID_KIND.call, id.toUpperCase())).toBeUndefined();
    expect(objectIdCounter(1, ID_KIND.call, 'x')).toBeUndefined();
  });
  it('sort like (time, counter)', () => {
    expect(objectId(1, ID_KIND.call, 100, 9) < objectId(1, ID_KIND.call, 101, 0)).toBe(true);
    expect(objectId(1, ID_KIND.call, 100, 9) < objectId(1, ID_KIND.call, 100, 10)).toBe(true);
  });
});

describe('call ids', () => {
  it('look random, are unique and invert exactly', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => callIdOf(7, i));
    expect(new Set(ids).size).toBe(5000);
    expect(ids.filter((id) => !/^call_[0-9a-f]{16}$/.test(id))).toEqual([]);
    expect(ids.filter((id, i) => callIndexOf(7, id) !== i)).toEqual([]);
    expect(callIndexOf(7, 'call_0000000000000000')).toBeUndefined();
    expect(callIndexOf(8, ids[3] ?? '')).toBeUndefined();
    expect(callIndexOf(7, '../etc/passwd')).toBeUndefined();
  });
});
