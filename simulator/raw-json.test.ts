import { describe, expect, it } from 'vitest';
import { RawControlString, stringifyWithRawStrings, unescapeControlChars } from './raw-json.ts';
import { parseTolerantJson } from './test-helpers.ts';

describe('stringifyWithRawStrings', () => {
  it('is plain JSON.stringify without marked strings', () => {
    const value = { a: 'line\nbreak', b: [1, null, { c: 'x\u0007' }] };
    expect(stringifyWithRawStrings(value)).toBe(JSON.stringify(value));
  });
  it('writes control characters of marked strings raw, so strict parsing fails', () => {
    const text = 'Rep: hi\nProspect:\thello\u0001 \u001b[1mbold\u001b[0m \u0007';
    const json = stringifyWithRawStrings({
      transcription: new RawControlString(text),
      other: 'a\nb',
    });
    expect(json).toContain('Rep: hi\nProspect:\thello\u0001');
    expect(json).toContain('"other":"a\\nb"');
    expect(() => JSON.parse(json) as unknown).toThrow(SyntaxError);
    expect(parseTolerantJson(json)).toEqual({ transcription: text, other: 'a\nb' });
  });
  it('keeps quotes and backslashes escaped', () => {
    const text = 'say "hi" \\n not a newline\n';
    const json = stringifyWithRawStrings([new RawControlString(text)]);
    expect(parseTolerantJson(json)).toEqual([text]);
  });
  it('unescapes only control-character escapes', () => {
    expect(unescapeControlChars('"a\\u0001b\\\\u0001c\\"d\\u2028"')).toBe(
      '"a\u0001b\\\\u0001c\\"d\\u2028"',
    );
  });
});
