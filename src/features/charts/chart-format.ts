const percentFormatter = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** "12.3%" of `whole`; undefined while either is unknown or when there is nothing to share. */
export function formatShare(
  part: number | undefined,
  whole: number | undefined,
): string | undefined {
  if (part === undefined || whole === undefined || whole <= 0) return undefined;
  return percentFormatter.format(part / whole);
}
