/** Thrown when a body is not JSON even after repairing raw control characters. */
export class LenientJsonError extends Error {
  override readonly name = 'LenientJsonError';
}

const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0c: '\\f',
  0x0d: '\\r',
};

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function escapeControlCharacter(code: number): string {
  return SHORT_ESCAPES[code] ?? `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Escapes the control characters (U+0000–U+001F) that occur inside string literals and leaves
 * everything else as it is: between tokens, `\n`, `\r` and `\t` are legal JSON whitespace, and any
 * other control character there is an error that must stay an error.
 */
export function escapeControlCharactersInStrings(text: string): string {
  let result = '';
  let copiedUpTo = 0;
  let isInString = false;
  let isEscaped = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isInString) {
      if (code === QUOTE) isInString = true;
      continue;
    }
    if (isEscaped) {
      isEscaped = false;
      continue;
    }
    if (code === BACKSLASH) {
      isEscaped = true;
    } else if (code === QUOTE) {
      isInString = false;
    } else if (code < 0x20) {
      result += text.slice(copiedUpTo, index) + escapeControlCharacter(code);
      copiedUpTo = index + 1;
    }
  }
  return copiedUpTo === 0 ? text : result + text.slice(copiedUpTo);
}

/**
 * `JSON.parse` that survives the real service's raw control characters inside strings
 * (contract, quirk 1). Valid JSON takes the fast path untouched.
 */
export function parseLenientJson(text: string): unknown {
  // A byte-order mark is not JSON either, and some proxies add one.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const value: unknown = JSON.parse(body);
    return value;
  } catch {
    // Fall through to the repair path: most bodies never get here.
  }
  try {
    const value: unknown = JSON.parse(escapeControlCharactersInStrings(body));
    return value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LenientJsonError(`The body is not valid JSON: ${reason}`, { cause: error });
  }
}
