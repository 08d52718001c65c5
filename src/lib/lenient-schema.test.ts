import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  dateTimeString,
  httpUrlString,
  idString,
  isOneOf,
  lenient,
  lenientArray,
  parseEach,
  uniqueBy,
} from './lenient-schema';

describe('lenient', () => {
  const schema = z.object({ n: lenient(z.number()) });

  it.each([[{ n: 'seven' }], [{ n: null }], [{}], [{ n: { value: 7 } }]])(
    'turns %j into a missing field instead of a failure',
    (input) => {
      expect(schema.parse(input)).toEqual({ n: undefined });
    },
  );

  it('keeps a value of the right type', () => {
    expect(schema.parse({ n: 7 })).toEqual({ n: 7 });
  });
});

describe('lenientArray', () => {
  const schema = z.object({ items: lenientArray(z.object({ id: idString })) });

  it('drops the bad entries one by one', () => {
    expect(schema.parse({ items: [{ id: 'a' }, 'b', null, { id: '' }, { id: 'c' }] })).toEqual({
      items: [{ id: 'a' }, { id: 'c' }],
    });
  });

  it('turns a non-array into a missing field', () => {
    expect(schema.parse({ items: 'a,b' })).toEqual({ items: undefined });
  });
});

describe('parseEach', () => {
  it('returns the valid items and counts the rest', () => {
    expect(parseEach(z.number(), [1, '2', 3, null])).toEqual({ valid: [1, 3], dropped: 2 });
  });
});

describe('idString', () => {
  it.each(['', '   ', '\t'])('rejects the blank id %j', (value) => {
    expect(idString.safeParse(value).success).toBe(false);
  });
});

describe('dateTimeString', () => {
  it('keeps what Date can read, as sent', () => {
    expect(dateTimeString.parse('2024-01-15T14:30:00.000Z')).toBe('2024-01-15T14:30:00.000Z');
  });

  it.each(['yesterday', '', '2024-13-45T99:00:00Z'])('rejects %j', (value) => {
    expect(dateTimeString.safeParse(value).success).toBe(false);
  });
});

describe('httpUrlString', () => {
  it.each([
    [
      'https://recordings.example.com/call_abc123.mp3',
      'https://recordings.example.com/call_abc123.mp3',
    ],
    [
      'http://storage.example.com/a.mp3?sig=1&exp=2',
      'http://storage.example.com/a.mp3?sig=1&exp=2',
    ],
    ['HTTPS://Storage.Example.com/a b.mp3', 'https://storage.example.com/a%20b.mp3'],
    ['  https://example.com/a.mp3  ', 'https://example.com/a.mp3'],
  ])('keeps the absolute http(s) URL %j as its href', (value, href) => {
    expect(httpUrlString.parse(value)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:audio/mpeg;base64,SUQz',
    'blob:https://example.com/0e5f',
    'file:///etc/passwd',
    'ftp://example.com/a.mp3',
    '/recordings/a.mp3',
    'recordings/a.mp3',
    '//evil.example.com/a.mp3',
    '',
    'not a url',
  ])('rejects %j', (value) => {
    expect(httpUrlString.safeParse(value).success).toBe(false);
  });
});

describe('isOneOf', () => {
  const colours = ['red', 'green'] as const;

  it('tells known values from unknown ones', () => {
    expect(isOneOf(colours, 'red')).toBe(true);
    expect(isOneOf(colours, 'Red')).toBe(false);
    expect(isOneOf(colours, 'blue')).toBe(false);
    expect(isOneOf(colours, undefined)).toBe(false);
  });
});

describe('uniqueBy', () => {
  it('keeps the first record for each key, in order', () => {
    const items = [
      { id: 1, v: 'a' },
      { id: 2, v: 'b' },
      { id: 1, v: 'c' },
    ];
    expect(uniqueBy(items, (item) => item.id)).toEqual([
      { id: 1, v: 'a' },
      { id: 2, v: 'b' },
    ]);
  });
});
