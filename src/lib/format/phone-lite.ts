/**
 * A dependency-free stand-in for `formatPhone` while libphonenumber-js loads: formats what is
 * plainly a North American number ("(555) 123-4567"), returns everything else as received. For
 * US and Canadian numbers it agrees with `formatPhone`, so nothing visibly changes when that arrives.
 */
export function formatPhoneLite(raw: string | null | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  if (!/^\+?[\d\s().-]+$/.test(text)) return text;
  const digits = text.replace(/\D/g, '');
  const hasPlus = text.startsWith('+');
  let national: string | undefined;
  if (digits.length === 11 && digits.startsWith('1')) national = digits.slice(1);
  else if (digits.length === 10 && !hasPlus) national = digits;
  if (national === undefined) return text;
  return `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`;
}
