/** How many calls one export request asks for: the most the contract allows. */
export const EXPORT_PAGE_LIMIT = 100;

/**
 * The pages after the first that an export must read, given the total the first page reported.
 * Page 1 is always read first (it tells the total), so it is not in the plan.
 */
export function remainingPages(total: number, limit: number = EXPORT_PAGE_LIMIT): number[] {
  const pages = Math.ceil(Math.max(0, total) / limit);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, index) => index + 2);
}

/** "1,200 of 4,812": never more than the total, even if a page came back long. */
export function clampProgress(fetched: number, total: number): number {
  return Math.min(Math.max(0, fetched), Math.max(0, total));
}
