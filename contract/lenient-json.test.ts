import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeControlCharactersInStrings,
  LenientJsonError,
  parseLenientJson,
} from './lenient-json';

const SHORT_UNESCAPES: Readonly<Record<string, string>> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * What the real service sends: JSON whose control characters inside strings are raw. Outside
 * strings `JSON.stringify` never writes a backslash, so every escape pair found here is in a string.
 */
function toRawJson(json: string): string {
  return json.replace(/\\(u00[01][0-9a-f]|[bfnrt]|[^])/g, (pair: string, escape: string) => {
    if (escape.startsWith('u')) return String.fromCharCode(Number.parseInt(escape.slice(3), 16));
    return SHORT_UNESCAPES[escape] ?? pair;
  });
}

const controlCharacter = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const trickyCharacter = fc.constantFrom('"', '\\', '/', 'u', 'n', '\u007f', '\u2028', '\u2029');
const stringUnit = fc.oneof(
  controlCharacter,
  trickyCharacter,
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
const jsonWithControlCharacters = fc.jsonValue({ stringUnit, maxDepth: 4 });

describe('parseLenientJson', () => {
  it('parses a raw serialisation back to the same value (any indentation)', () => {
    fc.assert(
      fc.property(
        jsonWithControlCharacters,
        fc.constantFrom(undefined, 2, '\t'),
        (value, indent) => {
          const raw = toRawJson(JSON.stringify(value, null, indent));
          expect(parseLenientJson(raw)).toEqual(JSON.parse(JSON.stringify(value)));
        },
      ),
    );
  });

  it('leaves valid JSON untouched', () => {
    fc.assert(
      fc.property(fc.json({ stringUnit }), (text) => {
        expect(escapeControlCharactersInStrings(text)).toBe(text);
        expect(parseLenientJson(text)).toEqual(JSON.parse(text));
      }),
    );
  });

  it('exercises the repair path on the quirk the service shows', () => {
    const raw = '{"transcription":"Rep: hi\nContact:\tno\u0000\u001f","n":1}';
    expect(() => {
      JSON.parse(raw);
    }).toThrow(SyntaxError);
    expect(parseLenientJson(raw)).toEqual({
      transcription: 'Rep: hi\nContact:\tno\u0000\u001f',
      n: 1,
    });
  });

  it('keeps whitespace between tokens as whitespace', () => {
    const raw = '{\n\t"a": "line1\nline2",\r\n\t"b": [1,\n 2]\n}';
    expect(parseLenientJson(raw)).toEqual({ a: 'line1\nline2', b: [1, 2] });
  });

  it('tracks escaped quotes and backslashes when deciding what is inside a string', () => {
    const raw = '["say \\"hi\n\\" ok", "ends in backslash \\\\", "next\tone"]';
    expect(parseLenientJson(raw)).toEqual(['say "hi\n" ok', 'ends in backslash \\', 'next\tone']);
  });

  it('repairs control characters in object keys too', () => {
    expect(parseLenientJson('{"a\nb": 1}')).toEqual({ 'a\nb': 1 });
  });

  it('skips a byte-order mark', () => {
    expect(parseLenientJson('\ufeff{"a":"x\ny"}')).toEqual({ a: 'x\ny' });
  });

  it('keeps a very long string with control characters intact', () => {
    const long = 'word\n'.repeat(200_000);
    const parsed = parseLenientJson(`{"t":"${long}"}`);
    expect(parsed).toEqual({ t: long });
  });

  it.each([
    ['a truncated body', '{"data":[{"_id":"1","transcription":"a\nb"'],
    ['an empty body', ''],
    ['an HTML page', '<!doctype html><html><body>Bad gateway</body></html>'],
    ['a control character between tokens', '{"a":1}\u0001'],
    ['trailing garbage', '{"a":1} x'],
  ])('throws LenientJsonError for %s', (_name, text) => {
    expect(() => parseLenientJson(text)).toThrow(LenientJsonError);
  });
});
