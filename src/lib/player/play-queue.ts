/**
 * "Play all": which call plays next in a paged, filtered list. Pure: the caller fetches the pages
 * this asks for and calls again.
 */

export interface QueuePage<T> {
  rows: readonly T[];
  /** The next page's number, or null on the last page. */
  next: number | null;
}

export interface QueuePosition {
  page: number;
  index: number;
}

export type QueueStep<T> =
  | { kind: 'play'; position: QueuePosition; item: T }
  | { kind: 'fetch'; page: number }
  | { kind: 'end' };

/**
 * The next playable item after (`direction` 1) or before (-1) `from`, crossing into neighbouring
 * pages; asks for a page it does not have. `from.index` may be -1 (before the first row) or the
 * row count (after the last), so a queue can start at either end of a page.
 */
export function stepQueue<T>(
  pages: ReadonlyMap<number, QueuePage<T>>,
  from: QueuePosition,
  direction: 1 | -1,
  isPlayable: (item: T) => boolean,
): QueueStep<T> {
  let page = from.page;
  let index = from.index + direction;
  for (;;) {
    const current = pages.get(page);
    if (!current) return { kind: 'fetch', page };
    if (index === Number.POSITIVE_INFINITY) index = current.rows.length - 1;
    for (; index >= 0 && index < current.rows.length; index += direction) {
      const item = current.rows[index];
      if (item !== undefined && isPlayable(item))
        return { kind: 'play', position: { page, index }, item };
    }
    if (direction === 1) {
      if (current.next === null || current.next <= page) return { kind: 'end' };
      page = current.next;
      index = 0;
    } else {
      if (page <= 1) return { kind: 'end' };
      page -= 1;
      // The previous page's length is unknown until it is here: start from its end.
      index = Number.POSITIVE_INFINITY;
    }
  }
}
