import { describe, expect, it } from 'vitest';
import { HttpError } from './http-error.ts';
import {
  instantOf,
  parseIsoDate,
  parseQueryString,
  readBoolean,
  readInteger,
  readList,
  readScalar,
} from './query-params.ts';

function badRequestMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof HttpError && error.status === 400) return error.message;
    throw error;
  }
  throw new Error('expected a 400');
}

describe('parseQueryString', () => {
  it('collects the array spellings under one name', () => {
    const params = parseQueryString(
      'filters[x][]=a&filters[x]=b&filters[x][3]=c&user_ids[]=u&user_ids=v',
    );
    expect(readList(params, 'filters[x]')).toEqual(['a', 'b', 'c']);
    expect(readList(params, 'user_ids')).toEqual(['u', 'v']);
  });
  it('decodes percent-encoded brackets and values', () => {
    const params = parseQueryString(
      'filters%5Bsearch%5D=Acme%20Corp&filters%5Bto%5D%5B%5D=%2B1%20555',
    );
    expect(readScalar(params, 'filters[search]')).toBe('Acme Corp');
    expect(readList(params, 'filters[to]')).toEqual(['+1 555']);
  });
  it('ignores keys of other shapes', () => {
    expect([...parseQueryString('filters[a][b]=1&a]=2&[x]=3').keys()]).toEqual([]);
  });
});

describe('readers', () => {
  it('reject a scalar given as an array or twice', () => {
    expect(badRequestMessage(() => readScalar(parseQueryString('sort[]=x'), 'sort'))).toBe(
      'sort must be given once, as a single value',
    );
    expect(badRequestMessage(() => readScalar(parseQueryString('sort=a&sort=b'), 'sort'))).toMatch(
      /^sort/,
    );
  });
  it('read integers in range only', () => {
    const read = (query: string) =>
      readInteger(parseQueryString(query), 'limit', { min: 1, max: 100, fallback: 10 });
    expect(read('')).toBe(10);
    expect(read('limit=100')).toBe(100);
    for (const bad of ['limit=0', 'limit=101', 'limit=1e2', 'limit=+5', 'limit= 5', 'limit=5.0']) {
      expect(badRequestMessage(() => read(bad))).toBe('limit must be an integer from 1 to 100');
    }
  });
  it('read booleans as the literal words only', () => {
    expect(readBoolean(parseQueryString('b=true'), 'b')).toBe(true);
    expect(readBoolean(parseQueryString('b=false'), 'b')).toBe(false);
    expect(badRequestMessage(() => readBoolean(parseQueryString('b=1'), 'b'))).toBe(
      'b must be true or false',
    );
  });
});

describe('dates', () => {
  it('parse dates and date-times with or without zone', () => {
    expect(parseIsoDate('2025-06-01')).toEqual({
      wallClockMs: Date.parse('2025-06-01T00:00:00Z'),
      offsetMs: undefined,
      isDateOnly: true,
    });
    expect(parseIsoDate('2025-06-01T10:20:30.123456Z')?.wallClockMs).toBe(
      Date.parse('2025-06-01T10:20:30.123Z'),
    );
    expect(parseIsoDate('2025-06-01T10:20+02:00')?.offsetMs).toBe(2 * 3_600_000);
    // An unencoded "+" arrives as a space.
    expect(parseIsoDate('2025-06-01T10:20:00 0530')?.offsetMs).toBe(5.5 * 3_600_000);
  });
  it('reject impossible dates and other formats', () => {
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-06-01T24:00',
      '06/01/2025',
      '2025-06-01T10:00:00+15:00',
      'now',
      '',
    ]) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
  });
  it('make a bare end date cover its whole day, in UTC or a named zone', () => {
    const day = parseIsoDate('2025-06-01');
    if (!day) throw new Error('unparsed');
    expect(instantOf(day, { isEnd: false, timeZone: 'UTC' })).toBe(
      Date.parse('2025-06-01T00:00:00.000Z'),
    );
    expect(instantOf(day, { isEnd: true, timeZone: 'UTC' })).toBe(
      Date.parse('2025-06-01T23:59:59.999Z'),
    );
    expect(instantOf(day, { isEnd: true, timeZone: 'America/New_York' })).toBe(
      Date.parse('2025-06-02T03:59:59.999Z'),
    );
    const exact = parseIsoDate('2025-06-01T12:00:00-04:00');
    if (!exact) throw new Error('unparsed');
    expect(instantOf(exact, { isEnd: true, timeZone: 'Asia/Tokyo' })).toBe(
      Date.parse('2025-06-01T16:00:00Z'),
    );
  });
});
