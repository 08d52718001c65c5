import type { CallArrayFilter, CallScalarFilter } from '@contract/salesfinity';
import { CALL_ARRAY_FILTERS, CALL_SCALAR_FILTERS } from '@contract/salesfinity';
import type { CallLogFilters } from './call-log-query';
import type { CallsUiState, CallsView } from './calls-view';
import { DEFAULT_LIMIT, DEFAULT_PAGE, DEFAULT_SORT } from './calls-view';
import { parseCallsView } from './parse-calls-view';
import type { UiKey } from './view-params';
import {
  ARRAY_FILTER_CODECS,
  LIMIT_CODEC,
  PAGE_CODEC,
  SCALAR_FILTER_CODECS,
  SORT_CODEC,
  UI_KEYS,
  UI_PARAMS,
} from './view-params';

type Pair = [key: string, value: string];

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- K ties the key to its codec's type (TS #30581)
function scalarPairs<K extends CallScalarFilter>(filters: CallLogFilters, name: K): Pair[] {
  const value = filters[name];
  return value === undefined
    ? []
    : [[`filters[${name}]`, SCALAR_FILTER_CODECS[name].encode(value)]];
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- K ties the key to its codec's type (TS #30581)
function arrayPairs<K extends CallArrayFilter>(filters: CallLogFilters, name: K): Pair[] {
  const codec = ARRAY_FILTER_CODECS[name];
  return (filters[name] ?? []).map((value): Pair => [`filters[${name}][]`, codec.encode(value)]);
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- K ties the key to its codec's type (TS #30581)
function uiPairs<K extends UiKey>(view: Partial<Required<CallsUiState>>, name: K): Pair[] {
  const value = view[name];
  return value === undefined ? [] : [[name, UI_PARAMS[name].codec.encode(value)]];
}

/**
 * Every key in canonical order: page, limit, sort, then scalar and array filters in the
 * contract's order, then UI keys. Defaults are left out.
 */
function toPairs(view: CallsView): Pair[] {
  const pairs: Pair[] = [];
  if (view.page !== DEFAULT_PAGE) pairs.push(['page', PAGE_CODEC.encode(view.page)]);
  if (view.limit !== DEFAULT_LIMIT) pairs.push(['limit', LIMIT_CODEC.encode(view.limit)]);
  const sort = SORT_CODEC.encode(view.sort);
  if (sort !== SORT_CODEC.encode(DEFAULT_SORT)) pairs.push(['sort', sort]);
  return [
    ...pairs,
    ...CALL_SCALAR_FILTERS.flatMap((name) => scalarPairs(view.filters, name)),
    ...CALL_ARRAY_FILTERS.flatMap((name) => arrayPairs(view.filters, name)),
    ...UI_KEYS.flatMap((name) => uiPairs(view, name)),
  ];
}

/**
 * The canonical form of any view: what the URL would give back. Values the URL could not carry
 * (a limit of 500, a misspelt id) are dropped, arrays sorted and de-duplicated, cross-key rules
 * applied. Going through `URLSearchParams` also replaces lone surrogates, as a URL would.
 */
export function normalizeCallsView(view: CallsView): CallsView {
  return parseCallsView(new URLSearchParams(toPairs(view))).view;
}

/**
 * The canonical query string (no leading "?"): defaults omitted, fixed key order, so equal views
 * give equal strings and `parseCallsView` reads it back with nothing ignored. Brackets and colons
 * stay readable (`filters[outcome]=answered`, `…T09:00:00.000Z`) because the link is meant to be
 * read and shared; everything else is form-encoded as `URLSearchParams` does it.
 */
export function serializeCallsView(view: CallsView): string {
  const encoded = new URLSearchParams(toPairs(normalizeCallsView(view))).toString();
  // Only ever an escape of its own: a literal "%" is always written "%25".
  return encoded.replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/%3A/g, ':');
}
