import type { CallArrayFilter, CallScalarFilter } from '@contract/salesfinity';
import { CALL_ARRAY_FILTERS, CALL_SCALAR_FILTERS } from '@contract/salesfinity';
import type { CallLogFilters, CallSort } from '@/lib/call-log/call-log-query';
import type { CallsView } from './calls-view';
import { DEFAULT_PAGE } from './calls-view';
import { isArrayFilter } from './calls-view-params';

/**
 * Pure edits of a view for the UI. They do not normalise (serialising does), but they never
 * mutate, and any change to what the list shows sends the user back to page 1: page 7 of the old
 * result means nothing in the new one.
 */

export type CallFilterName = CallScalarFilter | CallArrayFilter;

/** One chip: a scalar filter, or one element of an array filter. */
export interface FilterEntry {
  name: CallFilterName;
  value: string | number | boolean;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- K ties the key to its value's type (TS #30581)
function copyFilter<K extends CallFilterName>(from: CallLogFilters, to: CallLogFilters, name: K) {
  const value = from[name];
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
  to[name] = value;
}

/** Known filters only, without `undefined` or empty arrays: "removed" has one shape. */
function compactFilters(filters: CallLogFilters): CallLogFilters {
  const result: CallLogFilters = {};
  for (const name of [...CALL_SCALAR_FILTERS, ...CALL_ARRAY_FILTERS]) {
    copyFilter(filters, result, name);
  }
  return result;
}

/** Merges `patch` into the filters; a key set to `undefined` (or `[]`) removes that filter. */
export function withFilters(view: CallsView, patch: Partial<CallLogFilters>): CallsView {
  return { ...view, page: DEFAULT_PAGE, filters: compactFilters({ ...view.filters, ...patch }) };
}

export function withPage(view: CallsView, page: number): CallsView {
  return { ...view, page };
}

export function withLimit(view: CallsView, limit: number): CallsView {
  return { ...view, page: DEFAULT_PAGE, limit };
}

export function withSort(view: CallsView, sort: CallSort): CallsView {
  return { ...view, page: DEFAULT_PAGE, sort };
}

/**
 * Opens call `id` (optionally at `t` seconds), or closes the open call with `undefined`. The
 * playback offset always belongs to the call it was given with, so it is replaced either way.
 */
export function withCall(view: CallsView, id: string | undefined, t?: number): CallsView {
  const { call: _call, t: _t, ...rest } = view;
  if (id === undefined) return rest;
  return t === undefined ? { ...rest, call: id } : { ...rest, call: id, t };
}

/** Keeps sort, page size and the open call: only what narrows the list goes. */
export function clearFilters(view: CallsView): CallsView {
  return { ...view, page: DEFAULT_PAGE, filters: {} };
}

/**
 * Removes a scalar filter, or one `value` of an array filter (the whole array without `value`).
 */
export function removeFilterValue(
  view: CallsView,
  name: CallFilterName,
  value?: string | number,
): CallsView {
  if (value === undefined || !isArrayFilter(name)) return withFilters(view, { [name]: undefined });
  const values: readonly (string | number)[] = view.filters[name] ?? [];
  return withFilters(view, { [name]: values.filter((item) => item !== value) });
}

/**
 * The active filters as chips, in canonical order: scalars, then each element of each array
 * filter, both in the contract's order.
 */
export function activeFilterEntries(filters: CallLogFilters): FilterEntry[] {
  const entries: FilterEntry[] = [];
  for (const name of CALL_SCALAR_FILTERS) {
    const value = filters[name];
    // `exclude_negative_dispositions=false` filters nothing, so it gets no chip.
    if (value === undefined || (name === 'exclude_negative_dispositions' && !value)) continue;
    entries.push({ name, value });
  }
  for (const name of CALL_ARRAY_FILTERS) {
    for (const value of filters[name] ?? []) entries.push({ name, value });
  }
  return entries;
}
