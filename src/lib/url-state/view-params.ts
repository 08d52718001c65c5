import type { ParamCodec } from './param-codecs';

/**
 * A page's view, kept whole in the URL's search string: one definition of its keys gives the
 * tolerant parse, the canonical serialisation, normalisation and the key/value pairs a request is
 * built from. Nothing here knows any one page.
 */

/** A URL parameter that parsing dropped, with the reason in words a user can read. */
export interface IgnoredParam {
  key: string;
  value: string;
  reason: string;
}

export interface ParsedView<V> {
  view: V;
  /** What the URL carried that the view could not use, in URL order (cross-key rules last). */
  ignored: IgnoredParam[];
}

/** One value read from the URL: why it was refused, or its canonical text and where it goes. */
type ValueReading<V> = { problem: string } | { text: string; assign: (draft: V) => void };

/** One key of a view: how its values are read into a draft and written back out. */
export interface ViewParam<V> {
  /** The key as the canonical URL writes it and reasons quote it: `page`, `filters[user_ids][]`. */
  key: string;
  /** A list takes a value from each repetition of its key; a single key takes the first. */
  maxValues?: number;
  /** The canonical text of the default, left out of the canonical URL. */
  defaultText?: string;
  /** The canonical text of each value `view` holds; empty when it holds none. */
  write(view: V): string[];
  /** `raw` is trimmed and non-empty. A valid value meaning "not set" assigns nothing. */
  read(raw: string): ValueReading<V>;
}

function readWith<V, T>(
  codec: ParamCodec<T>,
  raw: string,
  assign: (draft: V, value: T) => void,
): ValueReading<V> {
  const decoded = codec.decode(raw);
  if (!decoded.ok) return { problem: decoded.problem };
  const { value } = decoded;
  if (value === undefined) return { text: '', assign: () => undefined };
  return {
    text: codec.encode(value),
    assign: (draft) => {
      assign(draft, value);
    },
  };
}

/** A key with one value, e.g. `page=2`. */
export function singleParam<V, T>(
  key: string,
  codec: ParamCodec<T>,
  access: { get: (view: V) => T | undefined; set: (draft: V, value: T) => void; defaultValue?: T },
): ViewParam<V> {
  const { get, set, defaultValue } = access;
  return {
    key,
    ...(defaultValue === undefined ? {} : { defaultText: codec.encode(defaultValue) }),
    write(view) {
      const value = get(view);
      return value === undefined ? [] : [codec.encode(value)];
    },
    read: (raw) => readWith(codec, raw, set),
  };
}

/**
 * A repeated key whose values form a set, e.g. `filters[user_ids][]=a&filters[user_ids][]=b`. Kept
 * sorted as it fills (code-unit order, not the locale's), so equal sets give equal URLs.
 */
export function listParam<V, T extends string | number>(
  key: string,
  codec: ParamCodec<T>,
  access: {
    get: (view: V) => readonly T[] | undefined;
    set: (draft: V, values: T[]) => void;
    maxValues: number;
  },
): ViewParam<V> {
  const { get, set, maxValues } = access;
  return {
    key,
    maxValues,
    write: (view) => (get(view) ?? []).map((value) => codec.encode(value)),
    read: (raw) =>
      readWith(codec, raw, (draft: V, value: T) => {
        const values = [...(get(draft) ?? [])];
        const index = values.findIndex((item) => item > value);
        values.splice(index === -1 ? values.length : index, 0, value);
        set(draft, values);
      }),
  };
}

export interface ViewParamsDefinition<V> {
  /** Every key, in the order the canonical URL writes them. */
  params: readonly ViewParam<V>[];
  /** A new view with nothing set. */
  empty: () => V;
  /** The canonical key a URL key stands for (other spellings of the same key). */
  canonicalKey?: (key: string) => string;
  /** Rules across keys, once every key is read: drops what conflicts, says which key and why. */
  dropConflicts?: (draft: V) => { key: string; reason: string }[];
}

export interface WriteOptions<V> {
  /** Write defaults too, as an API request does; the URL leaves them out. */
  withDefaults?: boolean;
  /** Only these keys. */
  only?: (param: ViewParam<V>) => boolean;
}

export type Pair = [key: string, value: string];

export interface ViewParams<V> {
  /** Reads a search string. Never throws: whatever it cannot use is dropped and listed. */
  parse: (search: string | URLSearchParams) => ParsedView<V>;
  /** The view the URL would give back, without a round trip through text. */
  normalize: (view: V) => V;
  /** The canonical query string (no "?"): defaults left out, fixed key order. */
  serialize: (view: V) => string;
  /** The key/value pairs of a view as it stands (not normalised), in canonical order. */
  write: (view: V, options?: WriteOptions<V>) => Pair[];
}

/** Brackets and colons stay readable (`filters[outcome]=answered`, `T09:00:00Z`) in a shared link. */
export function formatSearch(pairs: readonly Pair[]): string {
  // Only ever an escape of its own: a literal "%" is always written "%25".
  return new URLSearchParams(pairs as Pair[])
    .toString()
    .replace(/%5B/g, '[')
    .replace(/%5D/g, ']')
    .replace(/%3A/g, ':');
}

/** Accumulates values into a draft with the rules both parsing and normalising follow. */
function createReader<V>(definition: ViewParamsDefinition<V>) {
  const draft = definition.empty();
  const ignored: IgnoredParam[] = [];
  // Where each single key's value came from, to report it if a cross-key rule drops it.
  const origins = new Map<string, { key: string; value: string; text: string }>();
  const lists = new Map<string, Set<string>>();

  function take(param: ViewParam<V>, key: string, value: string, raw: string): void {
    const reading = param.read(raw);
    if ('problem' in reading) {
      ignored.push({ key, value, reason: `“${param.key}” ${reading.problem}` });
      return;
    }
    if (param.maxValues !== undefined) {
      const seen = lists.get(param.key) ?? new Set<string>();
      lists.set(param.key, seen);
      // A duplicate says nothing new, so it is merged without a word.
      if (seen.has(reading.text)) return;
      if (seen.size >= param.maxValues) {
        ignored.push({
          key,
          value,
          reason: `“${param.key}” takes at most ${param.maxValues} values`,
        });
        return;
      }
      seen.add(reading.text);
      reading.assign(draft);
      return;
    }
    // Repeated single keys: the first valid value wins (what `URLSearchParams.get` would say),
    // and a different later one is reported, so the user knows which one counted.
    const first = origins.get(param.key);
    if (first) {
      if (first.text !== reading.text) {
        ignored.push({
          key,
          value,
          reason: `“${param.key}” appears more than once; the first value was kept`,
        });
      }
      return;
    }
    origins.set(param.key, { key, value, text: reading.text });
    reading.assign(draft);
  }

  function finish(): ParsedView<V> {
    for (const { key, reason } of definition.dropConflicts?.(draft) ?? []) {
      const origin = origins.get(key);
      ignored.push({ key: origin?.key ?? key, value: origin?.value ?? '', reason });
    }
    return { view: draft, ignored };
  }

  function reportUnknown(key: string, value: string): void {
    ignored.push({ key, value, reason: 'unknown parameter' });
  }

  return { take, reportUnknown, finish };
}

export function defineViewParams<V>(definition: ViewParamsDefinition<V>): ViewParams<V> {
  const { params, canonicalKey = (key: string) => key } = definition;
  // A Map, not an object: keys come from the URL, and `__proto__` must be just another unknown key.
  const byKey = new Map(params.map((param) => [param.key, param]));

  function parse(search: string | URLSearchParams): ParsedView<V> {
    // `URLSearchParams` drops a leading "?", decodes `%5B`/`%5D` and survives broken escapes.
    const pairs = typeof search === 'string' ? new URLSearchParams(search) : search;
    const reader = createReader(definition);
    for (const [key, value] of pairs) {
      // A bare "=" (or "?=") carries nothing to report.
      if (key === '' && value === '') continue;
      const param = byKey.get(canonicalKey(key));
      if (!param) {
        reader.reportUnknown(key, value);
        continue;
      }
      const raw = value.trim();
      // An empty value of a known key means "not set", not worth a notice.
      if (raw !== '') reader.take(param, key, value, raw);
    }
    return reader.finish();
  }

  function normalize(view: V): V {
    const reader = createReader(definition);
    for (const param of params) {
      for (const text of param.write(view)) {
        // What a URL would do to the text: lone surrogates replaced, then trimmed as parsing does.
        const raw = text.toWellFormed().trim();
        if (raw !== '') reader.take(param, param.key, text, raw);
      }
    }
    return reader.finish().view;
  }

  function write(view: V, { withDefaults = false, only }: WriteOptions<V> = {}): Pair[] {
    return params
      .filter((param) => only?.(param) ?? true)
      .flatMap((param) =>
        param
          .write(view)
          .filter((text) => withDefaults || text !== param.defaultText)
          .map((text): Pair => [param.key, text]),
      );
  }

  return {
    parse,
    normalize,
    serialize: (view) => formatSearch(write(normalize(view))),
    write,
  };
}
