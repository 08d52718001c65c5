/**
 * JSON with raw control characters inside chosen strings, like the real service sends in some
 * `transcription` values. JSON.stringify always escapes them, so marked strings are swapped in
 * after serialising.
 */

/** A string to be written into JSON with its control characters left unescaped. */
export class RawControlString {
  constructor(readonly text: string) {}
}

// Private-use characters: JSON.stringify leaves them alone and generated text never has them.
const TOKEN = /"\uE000raw:(\d+)\uE000"/g;
const ESCAPE = /\\(\\|"|u00[01][0-9a-f]|[bfnrt])/g;
const UNESCAPED: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** JSON.stringify, except that RawControlString values keep their control characters raw. */
export function stringifyWithRawStrings(value: unknown): string {
  const raws: string[] = [];
  const json = JSON.stringify(value, (_key, item: unknown) => {
    if (!(item instanceof RawControlString)) return item;
    raws.push(item.text);
    return `\uE000raw:${raws.length - 1}\uE000`;
  });
  if (raws.length === 0) return json;
  return json.replace(TOKEN, (_match, index: string) =>
    unescapeControlChars(JSON.stringify(raws[Number(index)] ?? '')),
  );
}

/** Undoes JSON's escaping of control characters only; `\\` and `\"` stay escaped. */
export function unescapeControlChars(json: string): string {
  return json.replace(ESCAPE, (match, escape: string) => {
    if (escape === '\\' || escape === '"') return match;
    if (escape.startsWith('u')) return String.fromCharCode(Number.parseInt(escape.slice(1), 16));
    return UNESCAPED[escape] ?? match;
  });
}
