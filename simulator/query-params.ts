import { MAX_LIMIT } from '../contract/salesfinity.ts';
import { badRequest } from './http-error.ts';
import { zonedWallClockToUtc } from './time-zones.ts';

/**
 * Query strings in the API's bracket vocabulary, and typed readers that answer 400 with a message
 * naming the parameter. Brackets may arrive percent-encoded (`filters%5Boutcome%5D`: URLSearchParams
 * decodes keys), and an array may be written `x[]=a`, `x=a` or `x[0]=a`: all mean the same.
 */

export interface QueryParam {
  values: string[];
  /** Written with `[]` or `[n]`: an array, which a scalar parameter must not be. */
  hasArraySuffix: boolean;
}

/** Parameters by canonical name: `limit`, `filters[outcome]`, `user_ids`. */
export type QueryParams = Map<string, QueryParam>;

const KEY = /^(filters\[[^[\]]+\]|[^[\]]+)(\[\d*\])?$/;

export function parseQueryString(search: string): QueryParams {
  const params: QueryParams = new Map();
  for (const [key, value] of new URLSearchParams(search)) {
    const match = KEY.exec(key);
    // Any other shape (`filters[a][b]`, stray brackets) is an unknown key: ignored, like all others.
    if (!match?.[1]) continue;
    const name = match[1];
    const param = params.get(name) ?? { values: [], hasArraySuffix: false };
    param.values.push(value);
    if (match[2] !== undefined) param.hasArraySuffix = true;
    params.set(name, param);
  }
  return params;
}

/** The one value of a scalar parameter, or undefined when absent. */
export function readScalar(params: QueryParams, name: string): string | undefined {
  const param = params.get(name);
  if (!param) return undefined;
  if (param.hasArraySuffix || param.values.length !== 1) {
    throw badRequest(`${name} must be given once, as a single value`);
  }
  return param.values[0];
}

/** All values of an array parameter, or undefined when absent. */
export function readList(params: QueryParams, name: string): string[] | undefined {
  return params.get(name)?.values;
}

const INTEGER = /^\d+$/;

export function readInteger(
  params: QueryParams,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  const raw = readScalar(params, name);
  if (raw === undefined) return fallback;
  const value = INTEGER.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw badRequest(
      max === Number.MAX_SAFE_INTEGER
        ? `${name} must be an integer of at least ${min}`
        : `${name} must be an integer from ${min} to ${max}`,
    );
  }
  return value;
}

export function readPage(params: QueryParams): number {
  return readInteger(params, 'page', { min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 1 });
}

export function readLimit(params: QueryParams, fallback: number): number {
  return readInteger(params, 'limit', { min: 1, max: MAX_LIMIT, fallback });
}

/** Only the literal words: `1`, `yes` or `TRUE` are outside the contract. */
export function readBoolean(params: QueryParams, name: string): boolean | undefined {
  const raw = readScalar(params, name);
  if (raw === undefined) return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw badRequest(`${name} must be true or false`);
}

export function readEnum<T extends string>(
  params: QueryParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const raw = readScalar(params, name);
  if (raw === undefined) return undefined;
  const value = allowed.find((item) => item === raw);
  if (value === undefined) throw badRequest(`${name} must be one of ${allowed.join(', ')}`);
  return value;
}

const NUMBER = /^\d+(\.\d+)?$/;

export function readNonNegativeNumber(params: QueryParams, name: string): number | undefined {
  const raw = readScalar(params, name);
  if (raw === undefined) return undefined;
  if (!NUMBER.test(raw)) throw badRequest(`${name} must be a number of at least 0`);
  return Number(raw);
}

export function readPositiveIntegers(params: QueryParams, name: string): number[] | undefined {
  const values = readList(params, name);
  if (!values) return undefined;
  return values.map((raw) => {
    const value = INTEGER.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < 1) {
      throw badRequest(`${name} must contain only integers of at least 1`);
    }
    return value;
  });
}

/** A date parameter as read; `wallClockMs` is the written time as if it were UTC. */
export interface DateValue {
  wallClockMs: number;
  /** Milliseconds east of UTC when the value carries `Z` or an offset, else undefined. */
  offsetMs: number | undefined;
  isDateOnly: boolean;
}

// A space stands for `+` too: an unencoded `+` in a query string arrives as a space.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+\- ]\d{2}:?\d{2})?)?$/;

export function parseIsoDate(raw: string): DateValue | undefined {
  const match = ISO_DATE.exec(raw);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  const millis = Number((fraction ?? '0').padEnd(3, '0').slice(0, 3));
  const wallClockMs = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(wallClockMs);
  // Date.UTC rolls 2024-02-30 over into March: a mismatch means the date does not exist.
  if (
    year < 1000 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  let offsetMs: number | undefined;
  if (zone === 'Z') offsetMs = 0;
  else if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2));
    if (hours > 14 || minutes > 59) return undefined;
    offsetMs = sign * (hours * 60 + minutes) * 60_000;
  }
  return { wallClockMs, offsetMs, isDateOnly: h === undefined };
}

export function readDate(params: QueryParams, name: string): DateValue | undefined {
  const raw = readScalar(params, name);
  if (raw === undefined) return undefined;
  const value = parseIsoDate(raw);
  if (!value) throw badRequest(`${name} must be an ISO 8601 date (YYYY-MM-DD) or date-time`);
  return value;
}

const DAY_MS = 86_400_000;

/**
 * The instant a date parameter stands for. Without `Z` or an offset it is read in `timeZone`
 * (UTC unless analytics names a zone); a bare date as the end of a range means the end of that day.
 */
export function instantOf(
  value: DateValue,
  { isEnd, timeZone }: { isEnd: boolean; timeZone: string },
): number {
  if (value.offsetMs !== undefined) return value.wallClockMs - value.offsetMs;
  const isWholeDayEnd = isEnd && value.isDateOnly;
  const wallClock = isWholeDayEnd ? value.wallClockMs + DAY_MS : value.wallClockMs;
  const instant = timeZone === 'UTC' ? wallClock : zonedWallClockToUtc(timeZone, wallClock);
  return isWholeDayEnd ? instant - 1 : instant;
}
