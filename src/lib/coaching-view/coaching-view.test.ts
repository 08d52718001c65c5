import { SCORED_CALL_SORT_FIELDS } from '@contract/salesfinity';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { OWN_CALLS_ONLY_REASON } from '@/lib/calls-view/calls-view-scope';
import { toScoredCallsSearchParams } from '@/lib/scored-calls/scored-calls-query';
import { describeIgnored } from '@/lib/url-state/describe-ignored';
import type { CoachingView } from './coaching-view';
import {
  parseCoachingView,
  scopeCoachingView,
  serializeCoachingView,
  toScoredCallsQuery,
} from './coaching-view';

const requestOf = (search: string) =>
  toScoredCallsSearchParams(toScoredCallsQuery(parseCoachingView(search).view)).toString();

describe('parseCoachingView', () => {
  test('an empty URL is the default view: page 1, 50 a page, newest scores first', () => {
    expect(parseCoachingView('')).toEqual({
      view: { page: 1, limit: 50, sort: { field: 'createdAt', direction: 'desc' } },
      ignored: [],
    });
  });

  test('reads every key of the request and the page’s own keys', () => {
    const { view, ignored } = parseCoachingView(
      '?page=3&limit=25&sort=updatedAt&start_date=2026-11-01T04:00:00.000Z&end_date=2026-11-30' +
        '&min_score=40&max_score=69&user_id=u_7&call=abc123&t=12.5&reviewed=hide',
    );
    expect(ignored).toEqual([]);
    expect(view).toEqual({
      page: 3,
      limit: 25,
      sort: { field: 'updatedAt', direction: 'asc' },
      start_date: '2026-11-01T04:00:00.000Z',
      end_date: '2026-11-30',
      min_score: 40,
      max_score: 69,
      user_id: 'u_7',
      call: 'abc123',
      t: 12.5,
      reviewed: 'hide',
    });
  });

  test('drops what it cannot use and says why, in URL order, conflicts last', () => {
    const { view, ignored } = parseCoachingView(
      '?min_score=80&max_score=30&sort=-score&limit=500&reviewed=show&t=4&utm=x&min_score=81',
    );
    expect(view).toEqual({
      page: 1,
      limit: 50,
      sort: { field: 'createdAt', direction: 'desc' },
      min_score: 80,
    });
    expect(ignored).toEqual([
      {
        key: 'sort',
        value: '-score',
        reason: '“sort” must be createdAt or updatedAt, with “-” in front for descending',
      },
      { key: 'limit', value: '500', reason: '“limit” must be a whole number from 1 to 100' },
      { key: 'reviewed', value: 'show', reason: '“reviewed” must be hide' },
      { key: 'utm', value: 'x', reason: 'unknown parameter' },
      {
        key: 'min_score',
        value: '81',
        reason: '“min_score” appears more than once; the first value was kept',
      },
      { key: 'max_score', value: '30', reason: '“max_score” is less than “min_score”' },
      { key: 't', value: '4', reason: '“t” only applies together with “call”' },
    ]);
  });

  test('scores outside 0–100 and an end before the start are refused', () => {
    const { view, ignored } = parseCoachingView(
      '?min_score=-1&max_score=101&start_date=2026-11-10&end_date=2026-11-09',
    );
    expect(view).toMatchObject({ start_date: '2026-11-10' });
    expect(view.end_date).toBeUndefined();
    expect(describeIgnored(ignored)).toBe(
      'Ignored 3 parts of the link: min_score=-1 (“min_score” must be a whole number from 0 to 100); ' +
        'max_score=101 (“max_score” must be a whole number from 0 to 100); ' +
        'end_date=2026-11-09 (“end_date” is before “start_date”).',
    );
  });
});

describe('serializeCoachingView', () => {
  test('leaves defaults out and writes keys in a fixed order, the page’s own keys last', () => {
    const view: CoachingView = {
      reviewed: 'hide',
      call: 'c1',
      user_id: 'u1',
      max_score: 50,
      start_date: '2026-12-01T05:00:00.000Z',
      sort: { field: 'createdAt', direction: 'desc' },
      limit: 50,
      page: 2,
    };
    expect(serializeCoachingView(view)).toBe(
      'page=2&start_date=2026-12-01T05:00:00.000Z&max_score=50&user_id=u1&call=c1&reviewed=hide',
    );
  });
});

describe('toScoredCallsQuery', () => {
  test('is the URL’s request part with page, limit and sort written, and never a UI key', () => {
    expect(requestOf('?max_score=50&call=abc&t=3&reviewed=hide&user_id=u1')).toBe(
      'page=1&limit=50&sort=-createdAt&max_score=50&user_id=u1',
    );
  });
});

describe('scopeCoachingView', () => {
  const LINK = '?user_id=u2&min_score=70&limit=x';

  test('a rep’s link loses its rep filter, after what parsing ignored, and says why', () => {
    const { view, ignored } = scopeCoachingView(parseCoachingView(LINK), 'rep');
    expect(view.user_id).toBeUndefined();
    expect(view.min_score).toBe(70);
    expect(ignored.map(({ key }) => key)).toEqual(['limit', 'user_id']);
    expect(ignored[1]).toEqual({ key: 'user_id', value: 'u2', reason: OWN_CALLS_ONLY_REASON });
    expect(toScoredCallsSearchParams(toScoredCallsQuery(view)).has('user_id')).toBe(false);
  });

  test.each([['manager' as const], [undefined]])('%s keeps the rep filter', (role) => {
    const parsed = parseCoachingView(LINK);
    expect(scopeCoachingView(parsed, role)).toBe(parsed);
  });
});

// ---------------------------------------------------------------------------------------------

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const score = fc.integer({ min: 0, max: 100 });
const day = fc
  .integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(9998, 11, 31) })
  .map((ms) => new Date(ms).toISOString());

/** Valid, canonical views: bounds in order, `t` only with `call`, keys left out when unset. */
const validView: fc.Arbitrary<CoachingView> = fc
  .record({
    page: fc.integer({ min: 1, max: 1_000_000 }),
    limit: fc.integer({ min: 1, max: 100 }),
    sort: fc.record({
      field: fc.constantFrom(...SCORED_CALL_SORT_FIELDS),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
    }),
    dates: fc.tuple(optional(day), optional(day)),
    scores: fc.tuple(optional(score), optional(score)),
    user_id: optional(id),
    call: optional(id),
    t: optional(fc.integer({ min: 0, max: 1_000_000_000 }).map((ms) => ms / 1000)),
    reviewed: optional(fc.constant('hide' as const)),
  })
  .map(({ dates, scores, ...rest }) => {
    const view: Record<string, unknown> = {
      page: rest.page,
      limit: rest.limit,
      sort: rest.sort,
    };
    const [a, b] = dates;
    if (a !== undefined) view.start_date = b !== undefined && b < a ? b : a;
    if (b !== undefined) view.end_date = a !== undefined && b < a ? a : b;
    const [low, high] = scores;
    if (low !== undefined) view.min_score = high !== undefined ? Math.min(low, high) : low;
    if (high !== undefined) view.max_score = low !== undefined ? Math.max(low, high) : high;
    if (rest.user_id !== undefined) view.user_id = rest.user_id;
    if (rest.call !== undefined) {
      view.call = rest.call;
      if (rest.t !== undefined) view.t = rest.t;
    }
    if (rest.reviewed !== undefined) view.reviewed = rest.reviewed;
    return view as unknown as CoachingView;
  });

const KNOWN_KEYS = [
  'page',
  'limit',
  'sort',
  'start_date',
  'end_date',
  'min_score',
  'max_score',
  'user_id',
  'call',
  't',
  'reviewed',
];
const messyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer({ min: -5, max: 205 }).map(String),
  fc.constantFrom('hide', '-createdAt', 'updatedAt', '2026-02-29', '2026-01-31T09:00:00Z', '%', ''),
);
const messySearch = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...KNOWN_KEYS), fc.string()), messyValue), {
      maxLength: 15,
    })
    .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&')),
);

describe('coaching view properties', () => {
  test('a valid view survives the URL unchanged, with nothing ignored', () => {
    fc.assert(
      fc.property(validView, (view) => {
        expect(parseCoachingView(serializeCoachingView(view))).toEqual({ view, ignored: [] });
      }),
      { numRuns: 1000 },
    );
  });

  test('any link parses without throwing, and its canonical form is a fixed point', () => {
    fc.assert(
      fc.property(messySearch, (search) => {
        const { view, ignored } = parseCoachingView(search);
        for (const item of ignored) expect(item.reason).not.toBe('');
        const once = serializeCoachingView(view);
        expect(parseCoachingView(once)).toEqual({ view, ignored: [] });
        expect(serializeCoachingView(parseCoachingView(once).view)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
