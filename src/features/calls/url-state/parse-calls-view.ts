import type { CallArrayFilter, CallScalarFilter } from '@contract/salesfinity';
import { CALL_ARRAY_FILTERS, CALL_SCALAR_FILTERS } from '@contract/salesfinity';
import type { CallsUiState, CallsView, IgnoredParam, ParsedCallsView } from './calls-view';
import { DEFAULT_LIMIT, DEFAULT_PAGE, DEFAULT_SORT, MAX_ARRAY_VALUES } from './calls-view';
import { isStartAfterEnd, parseIsoDate } from './iso-date';
import type { ParamCodec } from './param-codecs';
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

type Read = { problem: string } | { encoded: string; apply: (draft: CallsView) => void };

/** Where one URL key's values go. `label` is the canonical key, as reasons quote it. */
interface Slot {
  label: string;
  isArray: boolean;
  read(raw: string): Read;
}

function slot<T>(
  label: string,
  isArray: boolean,
  codec: ParamCodec<T>,
  assign: (draft: CallsView, value: T) => void,
): Slot {
  return {
    label,
    isArray,
    read(raw) {
      const decoded = codec.decode(raw);
      if (!decoded.ok) return { problem: decoded.problem };
      const { value } = decoded;
      if (value === undefined) return { encoded: '', apply: () => undefined };
      return {
        encoded: codec.encode(value),
        apply: (draft) => {
          assign(draft, value);
        },
      };
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- K ties the key to its codec's type (TS #30581)
function scalarFilterSlot<K extends CallScalarFilter>(name: K): Slot {
  return slot(`filters[${name}]`, false, SCALAR_FILTER_CODECS[name], (draft, value) => {
    draft.filters[name] = value;
  });
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- K ties the key to its codec's type (TS #30581)
function arrayFilterSlot<K extends CallArrayFilter>(name: K): Slot {
  const codec = ARRAY_FILTER_CODECS[name];
  return slot(`filters[${name}][]`, true, codec, (draft, value) => {
    draft.filters[name] = codec.add(draft.filters[name], value);
  });
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- K ties the key to its codec's type (TS #30581)
function uiSlot<K extends UiKey>(name: K): Slot {
  return slot(name, false, UI_PARAMS[name].codec, (draft, value) => {
    const ui: CallsUiState = draft;
    ui[name] = value;
  });
}

// A Map, not an object: keys come from the URL, and `__proto__` must be just another unknown key.
const SLOTS = new Map<string, Slot>([
  ['page', slot('page', false, PAGE_CODEC, (draft, page) => (draft.page = page))],
  ['limit', slot('limit', false, LIMIT_CODEC, (draft, limit) => (draft.limit = limit))],
  ['sort', slot('sort', false, SORT_CODEC, (draft, sort) => (draft.sort = sort))],
  ...CALL_SCALAR_FILTERS.map((name) => [`filters[${name}]`, scalarFilterSlot(name)] as const),
  ...CALL_ARRAY_FILTERS.map((name) => [`filters[${name}]`, arrayFilterSlot(name)] as const),
  ...UI_KEYS.map((name) => [name, uiSlot(name)] as const),
]);

// `filters[x]`, `filters[x][]` and `filters[x][3]` (qs's indexed style) all name filter `x`: one
// value each, whether `x` is a scalar or an array filter.
const FILTER_KEY = /^filters\[([^[\]]*)\](?:\[\d*\])?$/;

function findSlot(key: string): Slot | undefined {
  const filter = FILTER_KEY.exec(key);
  return SLOTS.get(filter ? `filters[${filter[1] ?? ''}]` : key);
}

/** Where each accepted single value came from, to report it if a cross-key rule drops it. */
type Origins = Map<string, { key: string; value: string; encoded: string }>;

function dropCrossKeyConflicts(draft: CallsView, origins: Origins, ignored: IgnoredParam[]) {
  const report = (label: string, reason: string) => {
    const origin = origins.get(label);
    ignored.push({ key: origin?.key ?? label, value: origin?.value ?? '', reason });
  };
  const { filters } = draft;

  // The later bound is the one dropped: the table still shows everything from the start on,
  // instead of an empty page, and the notice says why.
  const start = filters.start_date === undefined ? undefined : parseIsoDate(filters.start_date);
  const end = filters.end_date === undefined ? undefined : parseIsoDate(filters.end_date);
  if (start && end && isStartAfterEnd(start, end)) {
    delete filters.end_date;
    report('filters[end_date]', '“filters[end_date]” is before “filters[start_date]”');
  }
  const { min_duration: min, max_duration: max } = filters;
  if (min !== undefined && max !== undefined && min > max) {
    delete filters.max_duration;
    report('filters[max_duration]', '“filters[max_duration]” is less than “filters[min_duration]”');
  }

  for (const name of UI_KEYS) {
    const { requires } = UI_PARAMS[name];
    if (requires !== undefined && draft[name] !== undefined && draft[requires] === undefined) {
      Reflect.deleteProperty(draft, name);
      report(name, `“${name}” only applies together with “${requires}”`);
    }
  }
}

/**
 * Reads the calls view from a query string. Never throws: every value that is not valid, not
 * known, repeated or one too many is dropped and listed in `ignored`, in URL order (cross-key
 * conflicts last). Empty values of known keys count as absent and are not reported.
 */
export function parseCallsView(search: string | URLSearchParams): ParsedCallsView {
  // `URLSearchParams` drops a leading "?", decodes `%5B`/`%5D` and survives broken escapes.
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const draft: CallsView = {
    page: DEFAULT_PAGE,
    limit: DEFAULT_LIMIT,
    sort: { ...DEFAULT_SORT },
    filters: {},
  };
  const ignored: IgnoredParam[] = [];
  const origins: Origins = new Map();
  const arrays = new Map<string, Set<string>>();

  for (const [key, value] of params) {
    // A bare "=" (or "?=") carries nothing to report.
    if (key === '' && value === '') continue;
    const target = findSlot(key);
    if (!target) {
      ignored.push({ key, value, reason: 'unknown parameter' });
      continue;
    }
    const raw = value.trim();
    if (raw === '') continue;
    const read = target.read(raw);
    if ('problem' in read) {
      ignored.push({ key, value, reason: `“${target.label}” ${read.problem}` });
      continue;
    }
    if (target.isArray) {
      const seen = arrays.get(target.label) ?? new Set<string>();
      arrays.set(target.label, seen);
      // A duplicate says nothing new, so it is merged without a word.
      if (seen.has(read.encoded)) continue;
      if (seen.size >= MAX_ARRAY_VALUES) {
        ignored.push({
          key,
          value,
          reason: `“${target.label}” takes at most ${MAX_ARRAY_VALUES} values`,
        });
        continue;
      }
      seen.add(read.encoded);
      read.apply(draft);
      continue;
    }
    // Repeated single keys: the first valid value wins (what `URLSearchParams.get` would say),
    // and a different later one is reported, so the user knows which one counted.
    const first = origins.get(target.label);
    if (first) {
      if (first.encoded !== read.encoded) {
        ignored.push({
          key,
          value,
          reason: `“${target.label}” appears more than once; the first value was kept`,
        });
      }
      continue;
    }
    origins.set(target.label, { key, value, encoded: read.encoded });
    read.apply(draft);
  }

  dropCrossKeyConflicts(draft, origins, ignored);
  return { view: draft, ignored };
}
