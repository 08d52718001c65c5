import { MAX_ARRAY_VALUES, MAX_PHONE_LENGTH } from '@/lib/calls-view/calls-view';
import { PHONE_CODEC } from '@/lib/calls-view/calls-view-params';

/**
 * Checks a number typed into the from/to filters against what the URL accepts (`phoneCodec`), and
 * says why in words when it does not: a refused value is never silently dropped.
 */

export type PhoneTokenCheck = { ok: true; value: string } | { ok: false; message: string };

const digitsOf = (text: string) => text.replace(/\D/g, '');

export function checkPhoneToken(raw: string, existing: readonly string[]): PhoneTokenCheck {
  const value = raw.trim();
  if (/[^0-9+().\- ]/.test(value)) {
    return {
      ok: false,
      message: `“${value}” is not a phone number: use digits, with only spaces and + ( ) - . between.`,
    };
  }
  if (digitsOf(value).length < 3) {
    return { ok: false, message: `“${value}” is too short: a number needs at least 3 digits.` };
  }
  if (value.length > MAX_PHONE_LENGTH) {
    return {
      ok: false,
      message: `“${value}” is too long: at most ${MAX_PHONE_LENGTH} characters.`,
    };
  }
  // The API matches on digits, so "(555) 123-4567" and "5551234567" are the same filter.
  if (existing.some((item) => digitsOf(item) === digitsOf(value))) {
    return { ok: false, message: `“${value}” is already in the list.` };
  }
  if (existing.length >= MAX_ARRAY_VALUES) {
    return { ok: false, message: `At most ${MAX_ARRAY_VALUES} numbers can be used at once.` };
  }
  // The URL's own rule has the last word, so the filter is never written only to be ignored.
  const decoded = PHONE_CODEC.decode(value);
  if (!decoded.ok || decoded.value === undefined) {
    return { ok: false, message: `“${value}” is not a phone number.` };
  }
  return { ok: true, value: decoded.value };
}
