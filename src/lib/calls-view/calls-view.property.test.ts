import {
  ANSWERED_BY,
  CALL_ARRAY_FILTERS,
  CALL_SCALAR_FILTERS,
  CALL_SORT_FIELDS,
  DIRECTIONS,
  OUTCOMES,
} from '@contract/salesfinity';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
// The simulator's own reading of the contract, written apart from the client: a second judge.
import { parseCallLogQuery } from '../../../simulator/call-log-query.ts';
import { HttpError } from '../../../simulator/http-error.ts';
import { parseQueryString } from '../../../simulator/query-params.ts';
import type { CallLogFilters } from '@/lib/call-log/call-log-query';
import { toCallLogSearchParams } from './calls-view-params';
import type { CallsView } from './calls-view';
import { MAX_PAGE, MAX_SECONDS } from './calls-view';
import { describeIgnored } from '@/lib/url-state/describe-ignored';
import { parseCallsView } from './calls-view-params';
import { serializeCallsView } from './calls-view-params';
import { toCallLogQuery } from './calls-view-params';

// ---------------------------------------------------------------------------------------------
// Hostile input: raw query strings and key/value lists built from the characters that break
// parsers, around the key names that matter.

const KNOWN_KEYS = [
  'page',
  'limit',
  'sort',
  'call',
  't',
  ...CALL_SCALAR_FILTERS.map((name) => `filters[${name}]`),
  ...CALL_ARRAY_FILTERS.flatMap((name) => [`filters[${name}][]`, `filters[${name}]`]),
  'filters%5Boutcome%5D',
  'filters%5Buser_ids%5D%5B%5D',
];
const HOSTILE_PIECES = [
  '[',
  ']',
  '[]',
  '%',
  '%5B',
  '%5D',
  '%E0%A4%A',
  '%ZZ',
  '%00',
  '&',
  '=',
  '+',
  '-',
  '.',
  ' ',
  '#',
  '?',
  'é',
  '😀',
  '\uD800',
  '\u0000',
  '__proto__',
  'constructor',
  'filters',
  'true',
  'false',
  'answered',
  '-duration',
  'e',
  '0',
  '1',
  '9',
  '100',
  '2024-01-31',
  'T09:00:00Z',
  '+02:00',
  'NaN',
  'Infinity',
];

const hostileText = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
);
/** Values on both sides of every rule's edge, so a loosened rule shows up. */
const nearValidText = fc.oneof(
  fc.integer({ min: -5, max: 205 }).map(String),
  fc.integer({ min: 999_990, max: 1_000_010 }).map(String),
  fc.integer({ min: -5_000, max: 2_000_000_000 }).map((n) => String(n / 1000)),
  fc.integer().map(String),
  fc.constantFrom(
    ...OUTCOMES,
    ...DIRECTIONS,
    ...ANSWERED_BY,
    ...CALL_SORT_FIELDS.flatMap((field) => [field, `-${field}`, field.toUpperCase()]),
    'true',
    'false',
    'TRUE',
    '2024-02-29',
    '2023-02-29',
    '2024-01-31T09:00:00Z',
    '2024-01-31T09:00:00',
    '2024-01-31T09:00:00 02:00',
    '2024-01-31t09:00z',
    '1969-12-31',
    '507f1f77bcf86cd799439011',
    'seq_12345',
    '+1 (555) 123-4567',
    '12',
  ),
  fc.stringMatching(/^[A-Za-z0-9_-]{60,70}$/),
);
const hostileKey = fc.oneof(fc.constantFrom(...KNOWN_KEYS), hostileText);
const hostilePairs = fc.array(
  fc.oneof(
    fc.tuple(hostileKey, hostileText),
    fc.tuple(fc.constantFrom(...KNOWN_KEYS), nearValidText),
  ),
  { maxLength: 25 },
);

/** Raw, unencoded joins: broken escapes and stray `&`/`=` reach the parser as they are. */
const hostileSearch = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  hostilePairs.map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&')),
  hostilePairs.map((pairs) => new URLSearchParams(pairs).toString()),
);

// ---------------------------------------------------------------------------------------------
// Valid, canonical views.

const DAY_MS = 86_400_000;
// Inside 1971–9998, so offsets and rounding never leave the years the parser accepts.
const instant = fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(9998, 11, 31) });
const dateFormat = fc.constantFrom('date', 'minutes', 'seconds', 'millis');
const offsetMinutes = fc.oneof(fc.constant(0), fc.integer({ min: -14 * 60, max: 14 * 60 }));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Writes `ms` as a date or date-time. A start rounds down and an end rounds up to the format's
 * precision, so a start instant ≤ end instant stays a valid range once written.
 */
function formatDate(ms: number, format: string, offset: number, bound: 'start' | 'end'): string {
  const unit = { date: DAY_MS, minutes: 60_000, seconds: 1000, millis: 1 }[format] ?? 1;
  const local = ms + offset * 60_000;
  const rounded = (bound === 'start' ? Math.floor(local / unit) : Math.ceil(local / unit)) * unit;
  const d = new Date(rounded);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (format === 'date')
    return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  const zone =
    offset === 0
      ? 'Z'
      : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (format === 'minutes') return `${date}T${hm}${zone}`;
  const s = `${hm}:${pad(d.getUTCSeconds())}`;
  if (format === 'seconds') return `${date}T${s}${zone}`;
  return `${date}T${s}.${pad(d.getUTCMilliseconds(), 3)}${zone}`;
}

const dateRange = fc
  .record({
    a: instant,
    b: instant,
    startFormat: dateFormat,
    endFormat: dateFormat,
    startOffset: offsetMinutes,
    endOffset: offsetMinutes,
    hasStart: fc.boolean(),
    hasEnd: fc.boolean(),
  })
  .map(({ a, b, startFormat, endFormat, startOffset, endOffset, hasStart, hasEnd }) => {
    const range: Pick<CallLogFilters, 'start_date' | 'end_date'> = {};
    if (hasStart) range.start_date = formatDate(Math.min(a, b), startFormat, startOffset, 'start');
    // A bare end date covers its UTC day: format it from the UTC day of the later instant.
    if (hasEnd) range.end_date = formatDate(Math.max(a, b), endFormat, endOffset, 'end');
    return range;
  });

const seconds = fc.integer({ min: 0, max: MAX_SECONDS * 1000 }).map((ms) => ms / 1000);
const durations = fc
  .record({ a: fc.option(seconds, { nil: undefined }), b: fc.option(seconds, { nil: undefined }) })
  .map(({ a, b }) => {
    const range: Pick<CallLogFilters, 'min_duration' | 'max_duration'> = {};
    if (a !== undefined) range.min_duration = b === undefined ? a : Math.min(a, b);
    if (b !== undefined) range.max_duration = a === undefined ? b : Math.max(a, b);
    return range;
  });

const byCodeUnit = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const ids = fc.uniqueArray(id, { maxLength: 50 }).map((list) => list.sort(byCodeUnit));
const phone = fc
  .array(fc.constantFrom(...'0123456789+().- '.split('')), { minLength: 1, maxLength: 40 })
  .map((chars) => chars.join('').trim())
  .filter((text) => (text.match(/\d/g) ?? []).length >= 3);
const phones = fc.uniqueArray(phone, { maxLength: 50 }).map((list) => list.sort(byCodeUnit));
const dispositionIds = fc
  .uniqueArray(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), { maxLength: 50 })
  .map((list) => list.sort((x, y) => x - y));
const searchText = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({
      unit: fc.constantFrom(
        '&',
        '=',
        '+',
        '%',
        '#',
        '[',
        ']',
        '?',
        '/',
        ':',
        ' ',
        '\t',
        'a',
        'é',
        '😀',
      ),
      maxLength: 60,
    }),
  )
  .map((text) => text.trim())
  .filter((text) => text.length > 0 && text.length <= 200);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const nonEmpty = <T>(arb: fc.Arbitrary<T[]>) => arb.filter((list) => list.length > 0);

const validFilters: fc.Arbitrary<CallLogFilters> = fc
  .tuple(
    dateRange,
    durations,
    // Keys left out rather than set to `undefined`, as the parser leaves them.
    fc.record(
      {
        outcome: fc.constantFrom(...OUTCOMES),
        direction: fc.constantFrom(...DIRECTIONS),
        has_recording: fc.boolean(),
        answered_by: fc.constantFrom(...ANSWERED_BY),
        is_completed: fc.boolean(),
        // Only `true` is canonical: `false` means the same as absent.
        exclude_negative_dispositions: fc.constant(true),
        search: searchText,
        disposition_ids: nonEmpty(dispositionIds),
        user_ids: nonEmpty(ids),
        contact_list_ids: nonEmpty(ids),
        sequences: nonEmpty(ids),
        from: nonEmpty(phones),
        to: nonEmpty(phones),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([dates, range, rest]) => ({ ...dates, ...range, ...rest }));

const validView: fc.Arbitrary<CallsView> = fc
  .record({
    page: fc.integer({ min: 1, max: MAX_PAGE }),
    limit: fc.integer({ min: 1, max: 100 }),
    sort: fc.record({
      field: fc.constantFrom(...CALL_SORT_FIELDS),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
    }),
    filters: validFilters,
    call: optional(id),
    t: optional(seconds),
  })
  .map(({ call, t, ...view }): CallsView => {
    if (call === undefined) return view;
    return t === undefined ? { ...view, call } : { ...view, call, t };
  });

// ---------------------------------------------------------------------------------------------
// An independent reading of the contract table (`GET /v1/call-log`), written without the code
// under test: it lists what a request carries that the API would refuse.

const ISO_DATE_OR_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const ENUMS: Record<string, readonly string[]> = {
  'filters[outcome]': OUTCOMES,
  'filters[direction]': DIRECTIONS,
  'filters[answered_by]': ANSWERED_BY,
};
const BOOLEAN_KEYS = ['has_recording', 'is_completed', 'exclude_negative_dispositions'].map(
  (name) => `filters[${name}]`,
);
const DURATION_KEYS = ['filters[min_duration]', 'filters[max_duration]'];
const DATE_KEYS = ['filters[start_date]', 'filters[end_date]'];
const STRING_KEYS = ['filters[search]'];
const STRING_ARRAY_KEYS = ['user_ids', 'contact_list_ids', 'sequences', 'from', 'to'].map(
  (name) => `filters[${name}][]`,
);

function contractProblems(params: URLSearchParams): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const [key, value] of params) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const bad = () => problems.push(`${key}=${value}`);
    if (key === 'page') {
      if (!/^\d+$/.test(value) || Number(value) < 1) bad();
    } else if (key === 'limit') {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 100) bad();
    } else if (key === 'sort') {
      if (!(CALL_SORT_FIELDS as readonly string[]).includes(value.replace(/^-/, ''))) bad();
    } else if (DATE_KEYS.includes(key)) {
      if (!ISO_DATE_OR_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) bad();
    } else if (key in ENUMS) {
      if (!ENUMS[key]?.includes(value)) bad();
    } else if (DURATION_KEYS.includes(key)) {
      if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(Number(value))) bad();
    } else if (BOOLEAN_KEYS.includes(key)) {
      if (value !== 'true' && value !== 'false') bad();
    } else if (key === 'filters[disposition_ids][]') {
      if (!/^[1-9]\d*$/.test(value)) bad();
    } else if (STRING_KEYS.includes(key) || STRING_ARRAY_KEYS.includes(key)) {
      if (value.trim() === '') bad();
    } else {
      problems.push(`unknown or UI key ${key}`);
    }
  }
  for (const key of ['page', 'limit', 'sort']) {
    if (counts.get(key) !== 1) problems.push(`${key} given ${counts.get(key) ?? 0} times`);
  }
  for (const [key, count] of counts) {
    if (!key.endsWith('[]') && count > 1) problems.push(`${key} repeated`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

const canonical = (search: string | URLSearchParams) =>
  serializeCallsView(parseCallsView(search).view);

describe('calls view properties', () => {
  test('(1) parsing never throws and always explains what it ignored', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const { view, ignored } = parseCallsView(search);
        expect(view.page).toBeGreaterThanOrEqual(1);
        for (const item of ignored) expect(item.reason.length).toBeGreaterThan(0);
        expect(typeof describeIgnored(ignored)).toBe('string');
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(hostilePairs, (pairs) => {
        expect(() => parseCallsView(new URLSearchParams(pairs))).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  test('(2) serialize ∘ parse is idempotent', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const once = canonical(search);
        expect(canonical(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  test('(3) a valid view survives the URL unchanged, with nothing ignored', () => {
    fc.assert(
      fc.property(validView, (view) => {
        expect(parseCallsView(serializeCallsView(view))).toEqual({ view, ignored: [] });
      }),
      { numRuns: 1000 },
    );
  });

  test('(3b) whatever view a caller builds, its URL reads back with nothing ignored', () => {
    // Right types, wrong values: what a bug elsewhere in the UI would hand over.
    const anyNumber = fc.oneof(fc.integer(), fc.double(), seconds);
    const wildFilters: fc.Arbitrary<CallLogFilters> = fc.record(
      {
        start_date: hostileText,
        end_date: hostileText,
        outcome: fc.constantFrom(...OUTCOMES),
        min_duration: anyNumber,
        max_duration: anyNumber,
        has_recording: fc.boolean(),
        exclude_negative_dispositions: fc.boolean(),
        search: hostileText,
        disposition_ids: fc.array(anyNumber, { maxLength: 60 }),
        user_ids: fc.array(fc.oneof(hostileText, id), { maxLength: 60 }),
        from: fc.array(fc.oneof(hostileText, phone)),
      },
      { requiredKeys: [] },
    );
    const wildView: fc.Arbitrary<CallsView> = fc.record(
      {
        page: anyNumber,
        limit: anyNumber,
        sort: fc.record({
          field: fc.constantFrom(...CALL_SORT_FIELDS),
          direction: fc.constantFrom('asc' as const, 'desc' as const),
        }),
        filters: wildFilters,
        call: fc.oneof(hostileText, id),
        t: anyNumber,
      },
      { requiredKeys: ['page', 'limit', 'sort', 'filters'] },
    );
    fc.assert(
      fc.property(wildView, (view) => {
        const search = serializeCallsView(view);
        expect(parseCallsView(search).ignored).toEqual([]);
        expect(canonical(search)).toBe(search);
      }),
      { numRuns: 1000 },
    );
  });

  test('(4) every view maps to a request the contract accepts, without UI keys', () => {
    expect(contractProblems(new URLSearchParams('page=0&limit=101&call=x&sort=x'))).toHaveLength(4);
    fc.assert(
      fc.property(fc.oneof(hostileSearch, validView.map(serializeCallsView)), (search) => {
        const params = toCallLogSearchParams(toCallLogQuery(parseCallsView(search).view));
        expect(contractProblems(params)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  test('(4b) the simulator accepts every request the app would send', () => {
    const refusal = (search: string): string | undefined => {
      try {
        parseCallLogQuery(parseQueryString(search));
        return undefined;
      } catch (error) {
        if (error instanceof HttpError) return `${error.status} ${error.message}`;
        throw error;
      }
    };
    // The judge is not a pushover: it refuses what the contract refuses.
    expect(refusal('page=0')).toMatch(/^400 page/);
    expect(refusal('filters[outcome]=maybe')).toMatch(/^400 filters\[outcome\]/);
    fc.assert(
      fc.property(fc.oneof(hostileSearch, validView.map(serializeCallsView)), (search) => {
        // Sent as the browser sends it: the serialised query string, read back by the server.
        const sent = toCallLogSearchParams(toCallLogQuery(parseCallsView(search).view)).toString();
        expect(refusal(sent)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  test('(5) the canonical form does not depend on key order, encoding or duplicates', () => {
    fc.assert(
      fc.property(validView, fc.integer(), fc.boolean(), (view, seed, isEncoded) => {
        const search = serializeCallsView(view);
        const pairs = [...new URLSearchParams(search)];
        // Shuffle, repeat array values, and write brackets percent-encoded or not.
        let state = seed;
        const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0);
        const shuffled = pairs
          .flatMap((pair) => (pair[0].endsWith('[]') && next() % 2 === 0 ? [pair, pair] : [pair]))
          .map((pair) => ({ pair, order: next() }))
          .sort((x, y) => x.order - y.order)
          .map(({ pair }) => pair);
        const rewritten = new URLSearchParams(shuffled).toString();
        const variant = isEncoded ? rewritten : rewritten.replace(/%5B/g, '[').replace(/%5D/g, ']');
        expect(canonical(variant)).toBe(search);
      }),
      { numRuns: 500 },
    );
  });

  test('(5b) canonical keys come in the fixed order', () => {
    const order = [
      'page',
      'limit',
      'sort',
      ...CALL_SCALAR_FILTERS.map((name) => `filters[${name}]`),
      ...CALL_ARRAY_FILTERS.map((name) => `filters[${name}][]`),
      'call',
      't',
    ];
    fc.assert(
      fc.property(fc.oneof(validView.map(serializeCallsView), hostileSearch), (search) => {
        const keys = [...new URLSearchParams(canonical(search)).keys()];
        const positions = keys.map((key) => order.indexOf(key));
        expect(positions).not.toContain(-1);
        expect(positions).toEqual([...positions].sort((x, y) => x - y));
      }),
      { numRuns: 1000 },
    );
  });
});
