import type { CallArrayFilter, CallScalarFilter } from '@contract/salesfinity';
import {
  ANSWERED_BY,
  CALL_ARRAY_FILTERS,
  CALL_SORT_FIELDS,
  DIRECTIONS,
  MAX_LIMIT,
  OUTCOMES,
} from '@contract/salesfinity';
import type { CallLogFilters, CallSort } from './call-log-query';
import type { CallsUiState } from './calls-view';
import { MAX_PAGE, MAX_SECONDS } from './calls-view';
import type { ListCodec, ParamCodec } from './param-codecs';
import {
  booleanCodec,
  enumCodec,
  idCodec,
  integerCodec,
  isoDateCodec,
  listCodec,
  phoneCodec,
  searchCodec,
  secondsCodec,
  sortCodec,
} from './param-codecs';

/** The schema of the URL: one codec per key, in the contract's vocabulary. */

export const PAGE_CODEC = integerCodec(1, MAX_PAGE);
export const LIMIT_CODEC = integerCodec(1, MAX_LIMIT);
export const SORT_CODEC: ParamCodec<CallSort> = sortCodec(CALL_SORT_FIELDS);

// Value types indexed by key, so TypeScript can follow one generic key from its codec to the view.
type ScalarValue<K extends CallScalarFilter> = NonNullable<CallLogFilters[K]>;

const seconds = secondsCodec(MAX_SECONDS);

export const SCALAR_FILTER_CODECS: { [K in CallScalarFilter]: ParamCodec<ScalarValue<K>> } = {
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
  search: searchCodec,
};

export const ARRAY_FILTER_CODECS: { [K in CallArrayFilter]: ListCodec<CallLogFilters[K]> } = {
  // Disposition ids are small integers (custom ones above 14); no upper bound but a safe integer.
  disposition_ids: listCodec(integerCodec(1, Number.MAX_SAFE_INTEGER)),
  user_ids: listCodec(idCodec),
  contact_list_ids: listCodec(idCodec),
  sequences: listCodec(idCodec),
  from: listCodec(phoneCodec),
  to: listCodec(phoneCodec),
};

export type UiKey = keyof CallsUiState;

interface UiParam<T> {
  codec: ParamCodec<T>;
  /** Another UI key without which this one means nothing; dropped (and reported) alone. */
  requires?: UiKey;
}

/** The UI-only keys, in the order the canonical URL writes them (after every API key). */
export const UI_PARAMS: { [K in UiKey]: UiParam<Required<CallsUiState>[K]> } = {
  call: { codec: idCodec },
  t: { codec: seconds, requires: 'call' },
};

// `Object.keys` is typed `string[]`; the record above is the single list of UI keys.
export const UI_KEYS = Object.keys(UI_PARAMS) as UiKey[];

export function isArrayFilter(name: string): name is CallArrayFilter {
  return (CALL_ARRAY_FILTERS as readonly string[]).includes(name);
}
