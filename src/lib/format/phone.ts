import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** North American numbers read best the way their owners write them; the rest with the "+". */
const NATIONAL_FORMAT_COUNTRIES = new Set(['US', 'CA']);

/**
 * Parsing is the costly part of rendering a page of calls (tens of microseconds a number), and the
 * same numbers come back page after page (a rep's caller IDs, a contact called again).
 */
const MAX_REMEMBERED = 2_000;
const formatted = new Map<string, string>();

/**
 * A phone number as people read it: national format for US and Canadian numbers ("(415) 555-2671"),
 * international for the rest ("+44 20 7946 0958"). Numbers without a country code are read as US.
 * Anything that is not a plausible number comes back as received (trimmed): the user's digits are
 * never dropped or invented. Undefined for a blank value.
 *
 * Pulls in libphonenumber-js with its smallest metadata (~30 kB gzip): load it lazily
 * (`use-phone-format.ts`) from code on the first screen.
 */
export function formatPhone(raw: string | null | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const known = formatted.get(text);
  if (known !== undefined) return known;
  const result = formatUncached(text);
  // Map keeps insertion order: forget the oldest when full.
  if (formatted.size >= MAX_REMEMBERED) {
    const oldest = formatted.keys().next().value;
    if (oldest !== undefined) formatted.delete(oldest);
  }
  formatted.set(text, result);
  return result;
}

function formatUncached(text: string): string {
  // The parser turns vanity letters into digits or drops them; show such numbers as written.
  if (/[a-z]/i.test(text)) return text;
  const parsed = parsePhoneNumberFromString(text, 'US');
  if (!parsed?.isPossible()) return text;
  const isNational =
    parsed.countryCallingCode === '1' &&
    (parsed.country === undefined || NATIONAL_FORMAT_COUNTRIES.has(parsed.country));
  if (!isNational) return parsed.formatInternational();
  // Every ten-digit North American number has the one national format; libphonenumber finds it by
  // trying its format patterns, which costs more than the parse (tests check they agree).
  const national = parsed.nationalNumber;
  if (national.length === 10) {
    return `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`;
  }
  return parsed.formatNational();
}
