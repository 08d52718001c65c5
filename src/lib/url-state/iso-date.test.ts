import { describe, expect, test } from 'vitest';
import { isStartAfterEnd, parseIsoDate } from './iso-date';

const parse = (text: string) => {
  const date = parseIsoDate(text);
  if (!date) throw new Error(`not a date: ${text}`);
  return date;
};

describe('parseIsoDate', () => {
  test('a bare date covers its whole UTC day', () => {
    expect(parse('2024-03-10')).toEqual({
      text: '2024-03-10',
      from: { ms: Date.parse('2024-03-10T00:00:00.000Z'), nanos: 0 },
      to: { ms: Date.parse('2024-03-10T23:59:59.999Z'), nanos: 999_999 },
    });
  });

  test('a date-time is one instant, its offset applied', () => {
    const date = parse('2024-03-10T01:30:00.250-05:00');
    expect(date.from).toEqual({ ms: Date.parse('2024-03-10T06:30:00.250Z'), nanos: 0 });
    expect(date.to).toEqual(date.from);
    expect(parse('2024-03-10T01:30:00.123456789Z').from.nanos).toBe(456_789);
  });

  test('offsets only as far as real zones go: −14:00 to +14:00', () => {
    expect(parse('2024-03-10T01:30:00+14:00').from.ms).toBe(Date.parse('2024-03-09T11:30:00Z'));
    expect(parse('2024-03-10T01:30:00-14:00').from.ms).toBe(Date.parse('2024-03-10T15:30:00Z'));
    expect(parseIsoDate('2024-03-10T01:30:00+14:01')).toBeUndefined();
    expect(parseIsoDate('2024-03-10T01:30:00+15:00')).toBeUndefined();
    expect(parseIsoDate('2024-03-10T01:30:00-23:59')).toBeUndefined();
  });

  test('refuses years before 1970 (where Date.UTC would also misread 0–99)', () => {
    expect(parseIsoDate('0099-01-01')).toBeUndefined();
    expect(parseIsoDate('1969-12-31T23:59:59Z')).toBeUndefined();
  });
});

describe('isStartAfterEnd', () => {
  test('both ends inclusive', () => {
    expect(isStartAfterEnd(parse('2024-01-01T10:00:00Z'), parse('2024-01-01T10:00:00Z'))).toBe(
      false,
    );
    expect(isStartAfterEnd(parse('2024-01-01T10:00:00.001Z'), parse('2024-01-01T10:00:00Z'))).toBe(
      true,
    );
    expect(isStartAfterEnd(parse('2024-01-02'), parse('2024-01-01'))).toBe(true);
    expect(isStartAfterEnd(parse('2024-01-01'), parse('2024-01-01'))).toBe(false);
  });
});
