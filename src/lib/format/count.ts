const countFormatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "4,812": counts in en-US grouping, whatever the browser's locale. */
export function formatCount(n: number): string {
  return countFormatter.format(n);
}

/**
 * Which records a page shows: "1–50 of 4,812" (en dash). Without a known total, only the span the
 * page covers ("51–100"). A page past the end of a known total shows none: "0 of 4,812".
 */
export function formatRange(page: number, limit: number, total: number | null): string {
  const safePage = Math.max(1, Math.floor(page));
  const safeLimit = Math.max(1, Math.floor(limit));
  const start = (safePage - 1) * safeLimit + 1;
  const end = safePage * safeLimit;
  if (total === null) return `${formatCount(start)}–${formatCount(end)}`;
  if (start > total) return `0 of ${formatCount(total)}`;
  return `${formatCount(start)}–${formatCount(Math.min(end, total))} of ${formatCount(total)}`;
}
