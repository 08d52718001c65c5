import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** North American numbers read best the way their owners write them; the rest with the "+". */
const NATIONAL_FORMAT_COUNTRIES = new Set(['US', 'CA']);

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
  // The parser turns vanity letters into digits or drops them; show such numbers as written.
  if (/[a-z]/i.test(text)) return text;
  const parsed = parsePhoneNumberFromString(text, 'US');
  if (!parsed?.isPossible()) return text;
  const isNational =
    parsed.countryCallingCode === '1' &&
    (parsed.country === undefined || NATIONAL_FORMAT_COUNTRIES.has(parsed.country));
  return isNational ? parsed.formatNational() : parsed.formatInternational();
}
