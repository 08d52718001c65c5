import { parseIsoDate } from './iso-date';

/**
 * Parse/serialize pairs for single URL values, nuqs style, knowing nothing of any one page: a
 * view's parameters (`view-params.ts`) are built from these.
 */

/**
 * `value: undefined` means valid but equal to "not set" (e.g. `exclude_negative_dispositions=false`),
 * so the canonical URL omits it without reporting it. `problem` finishes the sentence "“key” …".
 */
export type Decoded<T> = { ok: true; value: T | undefined } | { ok: false; problem: string };

/** One URL value's parse/serialize pair (nuqs style): `decode(encode(v))` gives `v` back. */
export interface ParamCodec<T> {
  /** `raw` is percent-decoded, trimmed and non-empty. */
  decode(raw: string): Decoded<T>;
  /** The canonical text of a valid value. */
  encode(value: T): string;
}

const rejected = (problem: string) => ({ ok: false, problem }) as const;
const accepted = <T>(value: T | undefined) => ({ ok: true, value }) as const;

// Plain decimals, plus exponents because `Number` and some tools write them; no sign, no hex,
// no `Infinity`: `Number()` alone would take all of those and the empty string.
const DECIMAL = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

const formatCount = (n: number) => n.toLocaleString('en-US');

/** "a", "a or b", "a, b or c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

export function integerCodec(min: number, max: number): ParamCodec<number> {
  const problem =
    max >= Number.MAX_SAFE_INTEGER
      ? `must be a whole number, ${formatCount(min)} or more`
      : `must be a whole number from ${formatCount(min)} to ${formatCount(max)}`;
  return {
    decode(raw) {
      if (!DECIMAL.test(raw)) return rejected(problem);
      const n = Number(raw);
      return Number.isSafeInteger(n) && n >= min && n <= max ? accepted(n) : rejected(problem);
    },
    encode: String,
  };
}

/**
 * Seconds, rounded to the millisecond: finer is noise, and it keeps the canonical text a plain
 * decimal (`String` switches to exponents below 1e-6).
 */
export function secondsCodec(max: number): ParamCodec<number> {
  const problem = `must be a number of seconds from 0 to ${formatCount(max)}`;
  return {
    decode(raw) {
      if (!DECIMAL.test(raw)) return rejected(problem);
      const n = Number(raw);
      if (!(n >= 0 && n <= max)) return rejected(problem);
      // `+ 0` turns a rounded -0 into 0.
      return accepted(Math.round(n * 1000) / 1000 + 0);
    },
    encode: String,
  };
}

/** Case-insensitive on the way in (`Answered` works), the API's spelling on the way out. */
export function enumCodec<T extends string>(values: readonly T[]): ParamCodec<T> {
  const problem = `must be ${listWords(values)}`;
  return {
    decode(raw) {
      const lower = raw.toLowerCase();
      const value = values.find((v) => v.toLowerCase() === lower);
      return value === undefined ? rejected(problem) : accepted(value);
    },
    encode: (value) => value,
  };
}

/** `falseIsUnset`: for filters where `false` means the same as leaving them out. */
export function booleanCodec({ falseIsUnset = false } = {}): ParamCodec<boolean> {
  return {
    decode(raw) {
      const lower = raw.toLowerCase();
      if (lower === 'true') return accepted(true);
      if (lower === 'false') return accepted(falseIsUnset ? undefined : false);
      return rejected('must be true or false');
    },
    encode: String,
  };
}

/** Ids are opaque (24-hex ObjectIds, `seq_12345`): only their alphabet and length are checked. */
export function idCodec(maxLength: number): ParamCodec<string> {
  const pattern = new RegExp(`^[A-Za-z0-9_-]{1,${maxLength}}$`);
  return {
    decode: (raw) =>
      pattern.test(raw)
        ? accepted(raw)
        : rejected(`must be an id of at most ${maxLength} letters, digits, “_” or “-”`),
    encode: (value) => value,
  };
}

const PHONE = /^[0-9+().\- ]+$/;

/** Kept as written: phone numbers are matched on their digits, whatever the formatting. */
export function phoneCodec(maxLength: number): ParamCodec<string> {
  return {
    decode(raw) {
      const digits = raw.replace(/\D/g, '').length;
      return PHONE.test(raw) && digits >= 3 && raw.length <= maxLength
        ? accepted(raw)
        : rejected(
            'must be a phone number: 3 or more digits, with only spaces and + ( ) - . between',
          );
    },
    encode: (value) => value,
  };
}

/** Refused rather than cut when too long: a cut search would silently match something else. */
export function textCodec(maxLength: number): ParamCodec<string> {
  return {
    decode: (raw) =>
      raw.length <= maxLength ? accepted(raw) : rejected(`must be at most ${maxLength} characters`),
    encode: (value) => value,
  };
}

/**
 * Kept as written (a bare date stays a bare date: as `end_date` it means the whole day, which a
 * date-time could not say), only repaired by `parseIsoDate`.
 */
export const isoDateCodec: ParamCodec<string> = {
  decode(raw) {
    const date = parseIsoDate(raw);
    return date
      ? accepted(date.text)
      : rejected(
          'must be a date like 2024-01-31 or a date-time with a time zone like 2024-01-31T09:00:00Z',
        );
  },
  encode: (value) => value,
};

export interface Sort<F extends string> {
  field: F;
  direction: 'asc' | 'desc';
}

/** `field` ascending, `-field` descending: the API's own spelling. */
export function sortCodec<F extends string>(fields: readonly F[]): ParamCodec<Sort<F>> {
  const fieldCodec = enumCodec(fields);
  const problem = `must be ${listWords(fields)}, with “-” in front for descending`;
  return {
    decode(raw) {
      const isDescending = raw.startsWith('-');
      const field = fieldCodec.decode(isDescending ? raw.slice(1) : raw);
      return field.ok && field.value !== undefined
        ? accepted({ field: field.value, direction: isDescending ? 'desc' : 'asc' })
        : rejected(problem);
    },
    encode: (sort) => (sort.direction === 'desc' ? `-${sort.field}` : sort.field),
  };
}
