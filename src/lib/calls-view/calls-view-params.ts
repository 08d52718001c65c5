import type { CallArrayFilter, CallScalarFilter } from '@contract/salesfinity';
import {
  ANSWERED_BY,
  CALL_ARRAY_FILTERS,
  CALL_SCALAR_FILTERS,
  CALL_SORT_FIELDS,
  DIRECTIONS,
  MAX_LIMIT,
  OUTCOMES,
} from '@contract/salesfinity';
import { isStartAfterEnd, parseIsoDate } from '@/lib/url-state/iso-date';
import type { ParamCodec } from '@/lib/url-state/param-codecs';
import {
  booleanCodec,
  enumCodec,
  idCodec,
  integerCodec,
  isoDateCodec,
  phoneCodec,
  secondsCodec,
  sortCodec,
  textCodec,
} from '@/lib/url-state/param-codecs';
import type { ParsedView, ViewParam } from '@/lib/url-state/view-params';
import { defineViewParams, listParam, singleParam } from '@/lib/url-state/view-params';
import type { CallLogFilters, CallLogQuery } from '@/lib/call-log/call-log-query';
import type { CallsUiState, CallsView } from './calls-view';
import {
  DEFAULT_LIMIT,
  DEFAULT_PAGE,
  DEFAULT_SORT,
  MAX_ARRAY_VALUES,
  MAX_ID_LENGTH,
  MAX_PAGE,
  MAX_PHONE_LENGTH,
  MAX_SEARCH_LENGTH,
  MAX_SECONDS,
} from './calls-view';

/**
 * The calls view's URL, in the call-log API's own vocabulary: one parameter per key, and from
 * them the parse, the canonical URL and the call-log request. The request is the URL's API part
 * with every default written out; there is no other encoder of a view.
 */

const seconds = secondsCodec(MAX_SECONDS);
const id = idCodec(MAX_ID_LENGTH);
export const PHONE_CODEC = phoneCodec(MAX_PHONE_LENGTH);

// Value types indexed by key, so TypeScript can follow one generic key from its codec to the view.
type ScalarValue<K extends CallScalarFilter> = NonNullable<CallLogFilters[K]>;
type ArrayElement<K extends CallArrayFilter> = NonNullable<CallLogFilters[K]>[number];

const SCALAR_FILTER_CODECS: { [K in CallScalarFilter]: ParamCodec<ScalarValue<K>> } = {
  start_date: isoDateCodec,
  end_date: isoDateCodec,
  outcome: enumCodec(OUTCOMES),
  direction: enumCodec(DIRECTIONS),
  min_duration: seconds,
  max_duration: seconds,
  has_recording: booleanCodec(),
  answered_by: enumCodec(ANSWERED_BY),
  is_completed: booleanCodec(),
  exclude_negative_dispositions: booleanCodec({ falseIsUnset: true }),
  search: textCodec(MAX_SEARCH_LENGTH),
};

const ARRAY_FILTER_CODECS: { [K in CallArrayFilter]: ParamCodec<ArrayElement<K>> } = {
  // Disposition ids are small integers (custom ones above 14); no upper bound but a safe integer.
  disposition_ids: integerCodec(1, Number.MAX_SAFE_INTEGER),
  user_ids: id,
  contact_list_ids: id,
  sequences: id,
  from: PHONE_CODEC,
  to: PHONE_CODEC,
};

type UiKey = keyof CallsUiState;

/** The UI-only keys, in the order the canonical URL writes them (after every API key). */
const UI_PARAMS: {
  [K in UiKey]: {
    codec: ParamCodec<Required<CallsUiState>[K]>;
    /** Another UI key without which this one means nothing; dropped (and reported) alone. */
    requires?: UiKey;
  };
} = {
  call: { codec: id },
  t: { codec: seconds, requires: 'call' },
};

// `Object.keys` is typed `string[]`; the record above is the single list of UI keys.
const UI_KEYS = Object.keys(UI_PARAMS) as UiKey[];

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- K ties the key to its codec's type (TS #30581)
function scalarFilterParam<K extends CallScalarFilter>(name: K): ViewParam<CallsView> {
  return singleParam(`filters[${name}]`, SCALAR_FILTER_CODECS[name], {
    get: (view: CallsView) => view.filters[name] as ScalarValue<K> | undefined,
    set: (draft: CallsView, value: ScalarValue<K>) => {
      draft.filters[name] = value;
    },
  });
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- K ties the key to its codec's type (TS #30581)
function arrayFilterParam<K extends CallArrayFilter>(name: K): ViewParam<CallsView> {
  return listParam(`filters[${name}][]`, ARRAY_FILTER_CODECS[name], {
    get: (view: CallsView) => view.filters[name] as readonly ArrayElement<K>[] | undefined,
    set: (draft: CallsView, values: ArrayElement<K>[]) => {
      (draft.filters as Record<K, ArrayElement<K>[]>)[name] = values;
    },
    maxValues: MAX_ARRAY_VALUES,
  });
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- K ties the key to its codec's type (TS #30581)
function uiParam<K extends UiKey>(name: K): ViewParam<CallsView> {
  return singleParam(name, UI_PARAMS[name].codec, {
    get: (view: CallsView) => view[name] as Required<CallsUiState>[K] | undefined,
    set: (draft: CallsView, value: Required<CallsUiState>[K]) => {
      const ui: CallsUiState = draft;
      ui[name] = value;
    },
  });
}

const API_PARAMS: ViewParam<CallsView>[] = [
  singleParam('page', integerCodec(1, MAX_PAGE), {
    get: (view: CallsView) => view.page,
    set: (draft: CallsView, page: number) => (draft.page = page),
    defaultValue: DEFAULT_PAGE,
  }),
  singleParam('limit', integerCodec(1, MAX_LIMIT), {
    get: (view: CallsView) => view.limit,
    set: (draft: CallsView, limit: number) => (draft.limit = limit),
    defaultValue: DEFAULT_LIMIT,
  }),
  singleParam('sort', sortCodec(CALL_SORT_FIELDS), {
    get: (view: CallsView) => view.sort,
    set: (draft: CallsView, sort) => (draft.sort = sort),
    defaultValue: DEFAULT_SORT,
  }),
  ...CALL_SCALAR_FILTERS.map(scalarFilterParam),
  ...CALL_ARRAY_FILTERS.map(arrayFilterParam),
];

const isApiParam = (param: ViewParam<CallsView>) => API_PARAMS.includes(param);
const isFilterParam = (param: ViewParam<CallsView>) => param.key.startsWith('filters[');

// `filters[x]`, `filters[x][]` and `filters[x][3]` (qs's indexed style) all name filter `x`: one
// value each, whether `x` is a scalar or an array filter.
const FILTER_KEY = /^filters\[([^[\]]*)\](?:\[\d*\])?$/;

function canonicalKey(key: string): string {
  const filter = FILTER_KEY.exec(key)?.[1];
  if (filter === undefined) return key;
  return isArrayFilter(filter) ? `filters[${filter}][]` : `filters[${filter}]`;
}

function dropConflicts(draft: CallsView): { key: string; reason: string }[] {
  const dropped: { key: string; reason: string }[] = [];
  const { filters } = draft;

  // The later bound is the one dropped: the table still shows everything from the start on,
  // instead of an empty page, and the notice says why.
  const start = filters.start_date === undefined ? undefined : parseIsoDate(filters.start_date);
  const end = filters.end_date === undefined ? undefined : parseIsoDate(filters.end_date);
  if (start && end && isStartAfterEnd(start, end)) {
    delete filters.end_date;
    dropped.push({
      key: 'filters[end_date]',
      reason: '“filters[end_date]” is before “filters[start_date]”',
    });
  }
  const { min_duration: min, max_duration: max } = filters;
  if (min !== undefined && max !== undefined && min > max) {
    delete filters.max_duration;
    dropped.push({
      key: 'filters[max_duration]',
      reason: '“filters[max_duration]” is less than “filters[min_duration]”',
    });
  }

  for (const name of UI_KEYS) {
    const { requires } = UI_PARAMS[name];
    if (requires !== undefined && draft[name] !== undefined && draft[requires] === undefined) {
      Reflect.deleteProperty(draft, name);
      dropped.push({ key: name, reason: `“${name}” only applies together with “${requires}”` });
    }
  }
  return dropped;
}

const callsViewParams = defineViewParams<CallsView>({
  params: [...API_PARAMS, ...UI_KEYS.map(uiParam)],
  empty: () => ({
    page: DEFAULT_PAGE,
    limit: DEFAULT_LIMIT,
    sort: { ...DEFAULT_SORT },
    filters: {},
  }),
  canonicalKey,
  dropConflicts,
});

export function isArrayFilter(name: string): name is CallArrayFilter {
  return (CALL_ARRAY_FILTERS as readonly string[]).includes(name);
}

/**
 * Reads the calls view from a query string. Never throws: every value that is not valid, not
 * known, repeated or one too many is dropped and listed in `ignored`, in URL order (cross-key
 * conflicts last). Empty values of known keys count as absent and are not reported.
 */
export function parseCallsView(search: string | URLSearchParams): ParsedView<CallsView> {
  return callsViewParams.parse(search);
}

/**
 * The canonical form of any view: what the URL would give back. Values the URL could not carry
 * (a limit of 500, a misspelt id) are dropped, arrays sorted and de-duplicated, cross-key rules
 * applied.
 */
export function normalizeCallsView(view: CallsView): CallsView {
  return callsViewParams.normalize(view);
}

/**
 * The canonical query string (no leading "?"): defaults omitted, fixed key order (page, limit,
 * sort, scalar then array filters in the contract's order, UI keys), so equal views give equal
 * strings and `parseCallsView` reads it back with nothing ignored.
 */
export function serializeCallsView(view: CallsView): string {
  return callsViewParams.serialize(view);
}

/**
 * The API request of a view: paging, sort and filters, and never a UI key. Normalised first, so
 * whatever a caller built, the request only carries what the contract accepts.
 */
export function toCallLogQuery(view: CallsView): CallLogQuery {
  const { page, limit, sort, filters } = normalizeCallsView(view);
  return { page, limit, sort, filters };
}

/**
 * The query string of the call-log request for `query`: the URL's own API keys, with page, limit
 * and sort always written (the API's defaults, 10 and `-createdAt`, are not ours).
 */
export function toCallLogSearchParams(query: CallLogQuery): URLSearchParams {
  return new URLSearchParams(
    callsViewParams.write(query, { withDefaults: true, only: isApiParam }),
  );
}

/** The filters alone, as a request writes them: equal filters give equal pairs. */
export function toFilterSearchParams(filters: CallLogFilters): URLSearchParams {
  return new URLSearchParams(
    callsViewParams.write(
      { page: 1, limit: 1, sort: DEFAULT_SORT, filters },
      { only: isFilterParam },
    ),
  );
}
