import { ANSWERED_BY_CODE, DIRECTION_CODE, FLAG, OUTCOME_CODE } from './dataset.ts';
import type { Dataset } from './dataset.ts';
import type { CallLogFilters, CallLogQuery } from './call-log-query.ts';

/**
 * Runs a call-log query over the columns: marks the calls that pass the filters, counts them, and
 * walks the precomputed order of the sort field to collect only the requested page. Filters on
 * entities (reps, lists, contacts, phone numbers) are resolved once per query into masks indexed
 * by entity, so the per-call test is an array read. A missing field never matches a filter.
 */

export interface CallPage {
  total: number;
  /** Call indexes of the requested page, in order. */
  indexes: number[];
}

function maskOf(size: number, isSelected: (index: number) => boolean): Uint8Array {
  const mask = new Uint8Array(size);
  for (let i = 0; i < size; i++) if (isSelected(i)) mask[i] = 1;
  return mask;
}

/** Masks of contacts and phone-table entries that a search term matches. */
export function searchMasks(
  dataset: Dataset,
  term: string,
): { contacts: Uint8Array; phones: Uint8Array } {
  const text = term.toLowerCase();
  // Phone punctuation is ignored, so "(415) 555" and "415555" find the same numbers.
  const stripped = term.replace(/[\s().+-]/g, '');
  const digits = /^\d+$/.test(stripped) ? stripped : null;
  const phones = digits
    ? maskOf(dataset.phoneDigits.length, (p) => dataset.phoneDigits[p]?.includes(digits) === true)
    : new Uint8Array(dataset.phones.length);
  const contacts = maskOf(dataset.contacts.length, (c) => {
    const contact = dataset.contacts[c];
    if (!contact) return false;
    return contact.searchText.includes(text) || contact.phoneIndexes.some((p) => phones[p] === 1);
  });
  return { contacts, phones };
}

/**
 * Marks the calls that pass every filter, one column at a time: each pass is a tight sequential
 * loop over one typed array (written out per filter: a shared loop calling a predicate closure is
 * several times slower at a million rows). Returns null when nothing is filtered.
 */
export function matchCalls(dataset: Dataset, filters: CallLogFilters): Uint8Array | null {
  const calls = dataset.calls;
  const count = calls.count;
  let matches: Uint8Array | null = null;
  const marks = () => (matches ??= new Uint8Array(count).fill(1));

  if (filters.startMs !== undefined || filters.endMs !== undefined) {
    const m = marks();
    const { startedAt } = calls;
    const from = filters.startMs ?? -Infinity;
    const to = filters.endMs ?? Infinity;
    for (let i = 0; i < count; i++) {
      const t = startedAt[i] ?? NaN; // NaN (missing) fails both comparisons
      if (!(t >= from && t <= to)) m[i] = 0;
    }
  }
  const equals = (column: Uint8Array, code: number) => {
    const m = marks();
    for (let i = 0; i < count; i++) if (column[i] !== code) m[i] = 0;
  };
  if (filters.outcome !== undefined) equals(calls.outcome, OUTCOME_CODE[filters.outcome]);
  if (filters.direction !== undefined) equals(calls.direction, DIRECTION_CODE[filters.direction]);
  if (filters.answeredBy !== undefined) {
    equals(calls.answeredBy, ANSWERED_BY_CODE[filters.answeredBy]);
  }
  if (filters.isCompleted !== undefined) equals(calls.completed, filters.isCompleted ? 1 : 0);
  if (filters.minDuration !== undefined || filters.maxDuration !== undefined) {
    const m = marks();
    const { duration } = calls;
    const min = filters.minDuration ?? 0;
    const max = filters.maxDuration ?? Infinity;
    for (let i = 0; i < count; i++) {
      const d = duration[i] ?? -1; // -1: missing, below any minimum
      if (d < min || d > max) m[i] = 0;
    }
  }
  if (filters.hasRecording !== undefined) {
    const m = marks();
    const { flags } = calls;
    const wanted = filters.hasRecording ? FLAG.recording : 0;
    for (let i = 0; i < count; i++) if (((flags[i] ?? 0) & FLAG.recording) !== wanted) m[i] = 0;
  }
  /** Keeps calls whose entity (column value, -1 = none) is selected in `mask`. */
  const inMask = (column: ArrayLike<number>, mask: Uint8Array) => {
    const m = marks();
    for (let i = 0; i < count; i++) {
      const value = column[i] ?? -1;
      if (value < 0 || mask[value] !== 1) m[i] = 0;
    }
  };
  if (filters.dispositionIds || filters.positiveOnly) {
    // Disposition ids are < 256 (Uint8 column; 0 = missing, never selected).
    const wanted = filters.dispositionIds ? new Set(filters.dispositionIds) : null;
    const mask = maskOf(256, (id) => {
      const known = dataset.dispositionById[id];
      if (!known) return false;
      if (wanted && !wanted.has(id)) return false;
      return !filters.positiveOnly || known.category === 'positive';
    });
    inMask(calls.disposition, mask);
  }
  const entityMask = (ids: string[], entityIds: string[]) =>
    maskOf(entityIds.length, (e) => ids.includes(entityIds[e] ?? ''));
  if (filters.userIds)
    inMask(
      calls.rep,
      entityMask(
        filters.userIds,
        dataset.reps.map((r) => r._id),
      ),
    );
  if (filters.contactListIds) {
    inMask(
      calls.list,
      entityMask(
        filters.contactListIds,
        dataset.lists.map((l) => l._id),
      ),
    );
  }
  if (filters.sequences) {
    inMask(
      calls.sequence,
      entityMask(
        filters.sequences,
        dataset.sequences.map((q) => q.id),
      ),
    );
  }
  const phoneMask = (wanted: string[]) => {
    const set = new Set(wanted);
    return maskOf(dataset.phoneDigits.length, (p) => set.has(dataset.phoneDigits[p] ?? ''));
  };
  if (filters.fromDigits) inMask(calls.fromPhone, phoneMask(filters.fromDigits));
  if (filters.toDigits) inMask(calls.toPhone, phoneMask(filters.toDigits));
  if (filters.search !== undefined) {
    const m = marks();
    const search = searchMasks(dataset, filters.search);
    const { contact, toPhone, fromPhone } = calls;
    for (let i = 0; i < count; i++) {
      if (m[i] === 0) continue;
      const c = contact[i] ?? -1;
      const to = toPhone[i] ?? -1;
      const from = fromPhone[i] ?? -1;
      const isMatch =
        (c >= 0 && search.contacts[c] === 1) ||
        (to >= 0 && search.phones[to] === 1) ||
        (from >= 0 && search.phones[from] === 1);
      if (!isMatch) m[i] = 0;
    }
  }
  return matches;
}

/**
 * Descending order walks both parts of the sort order backwards: values and `_id` ties reverse,
 * and calls without the field stay last in both directions. With the matches marked first, the
 * walk reads one byte per call and stops as soon as the page is full.
 */
export function queryCalls(dataset: Dataset, query: CallLogQuery): CallPage {
  const { order, present } = dataset.sortOrders[query.sort.field];
  const count = order.length;
  const positionOf = query.sort.isDescending
    ? (k: number) => (k < present ? present - 1 - k : count - 1 - (k - present))
    : (k: number) => k;
  return pageAlongOrder(order, positionOf, matchCalls(dataset, query.filters), query);
}

/**
 * One page of the records `matches` marks (null: all of them), read along `order` where step `k`
 * of the walk is `order[positionOf(k)]`: the total, and the page's record indexes in order. Shared
 * by every list endpoint that keeps its records as columns with precomputed sort orders.
 */
export function pageAlongOrder(
  order: Int32Array,
  positionOf: (k: number) => number,
  matches: Uint8Array | null,
  { page, limit }: { page: number; limit: number },
): CallPage {
  const count = order.length;
  const skip = (page - 1) * limit;
  const indexes: number[] = [];
  if (!matches) {
    for (let k = skip; k < count && indexes.length < limit; k++) {
      indexes.push(order[positionOf(k)] ?? 0);
    }
    return { total: count, indexes };
  }
  let total = 0;
  for (let i = 0; i < count; i++) total += matches[i] ?? 0;
  let seen = 0;
  for (let k = 0; k < count && indexes.length < limit && seen < total; k++) {
    const index = order[positionOf(k)] ?? 0;
    if (matches[index] !== 1) continue;
    if (seen >= skip) indexes.push(index);
    seen++;
  }
  return { total, indexes };
}
