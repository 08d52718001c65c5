/**
 * "Next unreviewed": the first call after the open one, in the table's order, that has no
 * "Reviewed" mark, going on to the following pages when this one has none. Pure, with the page
 * fetch passed in, so the host reads pages through the same cache as the table.
 */

/** The most pages read ahead for one "Next unreviewed": a manager who marked hundreds in a row. */
export const MAX_PAGES_AHEAD = 10;

/** One page in the table's order, and the number of the page after it (null: the last). */
export interface ReviewPage<T> {
  rows: readonly T[];
  next: number | null;
}

export type NextUnreviewed<T> =
  | { kind: 'found'; row: T; callId: string; page: number }
  /** Every call after the open one is reviewed. */
  | { kind: 'none-left' }
  /** None in the next `pages` pages; more pages follow. */
  | { kind: 'not-found-yet'; pages: number };

export interface NextUnreviewedInput<T> {
  /** The current page's rows, in the table's order. */
  rows: readonly T[];
  page: number;
  /** The page after the current one, null on the last. */
  next: number | null;
  /** The open call; without one (or when it is not on this page) the search starts at the top. */
  openCallId: string | undefined;
  /** The call a row opens; undefined for a row that cannot be opened. */
  callIdOf: (row: T) => string | undefined;
  isReviewed: (callId: string) => boolean;
  fetchPage: (page: number) => Promise<ReviewPage<T>>;
  maxPagesAhead?: number;
}

/** The first row from `start` on that can be opened, is not reviewed and is not the open call. */
function firstUnreviewed<T>(
  rows: readonly T[],
  start: number,
  {
    callIdOf,
    isReviewed,
    openCallId,
  }: Pick<NextUnreviewedInput<T>, 'callIdOf' | 'isReviewed' | 'openCallId'>,
): { row: T; callId: string } | undefined {
  for (const row of rows.slice(start)) {
    const callId = callIdOf(row);
    if (callId !== undefined && callId !== openCallId && !isReviewed(callId)) {
      return { row, callId };
    }
  }
  return undefined;
}

/** On the current page only: the row after the open call, or from the top when it is elsewhere. */
export function nextUnreviewedOnPage<T>(
  input: Pick<NextUnreviewedInput<T>, 'rows' | 'openCallId' | 'callIdOf' | 'isReviewed'>,
): { row: T; callId: string } | undefined {
  const { rows, openCallId, callIdOf } = input;
  const openIndex =
    openCallId === undefined ? -1 : rows.findIndex((row) => callIdOf(row) === openCallId);
  return firstUnreviewed(rows, openIndex + 1, input);
}

/**
 * The next unreviewed call: on this page after the open one, else on the pages after it, read
 * one at a time up to `maxPagesAhead`. A page whose `next` does not move forward ends the walk.
 */
export async function findNextUnreviewed<T>(
  input: NextUnreviewedInput<T>,
): Promise<NextUnreviewed<T>> {
  const here = nextUnreviewedOnPage(input);
  if (here) return { kind: 'found', ...here, page: input.page };
  const maxPages = input.maxPagesAhead ?? MAX_PAGES_AHEAD;
  let page = input.next !== null && input.next > input.page ? input.next : null;
  let read = 0;
  while (page !== null && read < maxPages) {
    const { rows, next } = await input.fetchPage(page);
    read += 1;
    const found = firstUnreviewed(rows, 0, input);
    if (found) return { kind: 'found', ...found, page };
    page = next !== null && next > page ? next : null;
  }
  return page === null ? { kind: 'none-left' } : { kind: 'not-found-yet', pages: read };
}
