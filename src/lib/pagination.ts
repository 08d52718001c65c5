import { z } from 'zod/mini';
import { lenient, nonNegativeInt } from './lenient-schema';

const positiveInt = z.int().check(z.positive());

/**
 * The paging fields the service reports, each tolerated missing or wrong. Endpoints put them in
 * different places (nested `pagination`, or top level): spread this shape where each one has them.
 */
export const reportedPagingShape = {
  total: lenient(nonNegativeInt),
  page: lenient(positiveInt),
  limit: lenient(positiveInt),
  pages: lenient(nonNegativeInt),
  // null is meaningful (the last page), so it must not collapse into "missing".
  next: lenient(z.nullable(positiveInt)),
};

export const reportedPagingSchema = z.object(reportedPagingShape);
export type ReportedPaging = z.infer<typeof reportedPagingSchema>;

export interface Paging {
  /** All matching records; null when the server did not say and it cannot be derived. */
  total: number | null;
  page: number;
  limit: number;
  pages: number | null;
  /** The next page number, or null on the last page. */
  next: number | null;
}

/**
 * Fills in what the server left out: page and limit from the request, `pages` from total/limit,
 * `next` from page/pages or, failing that, from whether the page came back full. `received` counts
 * the records in the page as sent, before any were dropped.
 */
export function derivePaging(
  reported: ReportedPaging,
  requested: { page: number; limit: number },
  received: number,
): Paging {
  const page = reported.page ?? requested.page;
  const limit = reported.limit ?? requested.limit;
  const isShortPage = received < limit;
  // A short page is the last one, so it tells the total; an empty page past the end does not.
  const canDeriveTotal = isShortPage && (received > 0 || page === 1);
  const total = reported.total ?? (canDeriveTotal ? (page - 1) * limit + received : null);
  const pages = reported.pages ?? (total === null ? null : Math.ceil(total / limit));

  const reportedNext = reported.next;
  let next: number | null;
  // A `next` that does not move forward would loop whoever follows it: derive instead.
  if (reportedNext === null || (reportedNext !== undefined && reportedNext > page)) {
    next = reportedNext;
  } else if (pages !== null) {
    next = page < pages ? page + 1 : null;
  } else {
    next = isShortPage ? null : page + 1;
  }
  return { total, page, limit, pages, next };
}

/** Beyond this many pages a reference list is cut short rather than fetched forever. */
export const MAX_COLLECTED_PAGES = 100;

/**
 * Reads every page in order, following `next`. Sequential on purpose: the lists this serves are a
 * page or two, and one request at a time leaves the shared request queue to the call log.
 */
export async function collectAllPages<T>(
  fetchPage: (page: number) => Promise<{ items: T[]; next: number | null }>,
  maxPages: number = MAX_COLLECTED_PAGES,
): Promise<T[]> {
  const items: T[] = [];
  let page: number | null = 1;
  for (let fetched = 0; page !== null && fetched < maxPages; fetched++) {
    const result = await fetchPage(page);
    items.push(...result.items);
    page = result.next !== null && result.next > page ? result.next : null;
  }
  return items;
}
