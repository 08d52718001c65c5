import { describe, expect, test } from 'vitest';
import { parseColumnVisibility, sanitizeColumnVisibility } from './column-visibility-storage';

const DEFAULTS = Object.freeze({ notes: true, ended: false });

describe('parseColumnVisibility', () => {
  test('nothing stored: the defaults, as a copy', () => {
    const parsed = parseColumnVisibility(null, DEFAULTS);
    expect(parsed).toEqual({ notes: true, ended: false });
    expect(parsed).not.toBe(DEFAULTS);
  });

  test('a stored choice overrides the defaults', () => {
    expect(parseColumnVisibility('{"notes":false,"ended":true}', DEFAULTS)).toEqual({
      notes: false,
      ended: true,
    });
  });

  test('keeps defaults for columns the stored choice does not mention', () => {
    expect(parseColumnVisibility('{"ended":true}', DEFAULTS)).toEqual({ notes: true, ended: true });
  });

  test.each(['not json', '{"notes":', '[false]', 'null', '42', '"notes"'])(
    'garbage %j falls back to the defaults',
    (stored) => {
      expect(parseColumnVisibility(stored, DEFAULTS)).toEqual({ notes: true, ended: false });
    },
  );

  test('ignores unknown columns and values that are not booleans', () => {
    expect(
      parseColumnVisibility('{"notes":"false","ended":1,"start":false,"__proto__":{}}', DEFAULTS),
    ).toEqual({ notes: true, ended: false });
  });
});

describe('sanitizeColumnVisibility', () => {
  test('keeps only what the defaults allow', () => {
    expect(sanitizeColumnVisibility({ notes: false, start: false }, DEFAULTS)).toEqual({
      notes: false,
      ended: false,
    });
    expect(sanitizeColumnVisibility(undefined, DEFAULTS)).toEqual(DEFAULTS);
  });
});
