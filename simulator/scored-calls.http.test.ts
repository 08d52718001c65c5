import { MIN_SCORED_CALL_SECONDS, SCORED_CALL_SORT_FIELDS } from '../contract/salesfinity.ts';
import type { ScoredCallSortField } from '../contract/salesfinity.ts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord } from './call-record.ts';
import { startSimulator } from './index.ts';
import type { RunningSimulator, ScoredCallRecord } from './index.ts';
import { TEST_KEY, TEST_NOW, fetchAllCalls, getJson } from './test-helpers.ts';

/**
 * The scored-calls contract over HTTP. Every expectation is computed here from the full list
 * (fetched page by page) and the full call log, with predicates written in this file.
 */

type Predicate = (record: ScoredCallRecord) => boolean;

interface ScoredPageBody {
  data: ScoredCallRecord[];
  pagination: { total: number; page: number; limit: number; pages: number; next: number | null };
}

const DAY = 86_400_000;
let running: RunningSimulator;
let url: string;
let all: ScoredCallRecord[];
let calls: CallRecord[];

async function fetchAllScored(query = ''): Promise<ScoredCallRecord[]> {
  const records: ScoredCallRecord[] = [];
  let page: number | null = 1;
  while (page !== null) {
    const response: { status: number; body: ScoredPageBody; text: string } =
      await getJson<ScoredPageBody>(
        url,
        `/v1/scored-calls?${query}${query === '' ? '' : '&'}limit=100&page=${page}`,
      );
    if (response.status !== 200) throw new Error(`${response.status}: ${response.text}`);
    records.push(...response.body.data);
    page = response.body.pagination.next;
  }
  return records;
}

beforeAll(async () => {
  running = await startSimulator({ calls: 5000, seed: 7, now: TEST_NOW, apiKey: TEST_KEY });
  url = running.url;
  all = await fetchAllScored('sort=createdAt');
  calls = (await fetchAllCalls(url)).calls;
});

afterAll(async () => {
  await running.close();
});

const q = (params: Record<string, string>): string => new URLSearchParams(params).toString();
const day = (offsetDays: number) =>
  new Date(TEST_NOW.getTime() - offsetDays * DAY).toISOString().slice(0, 10);
const totalOf = (r: ScoredCallRecord) => r.insight.total_score as number | undefined;
const createdAtLeast =
  (ms: number): Predicate =>
  (r) =>
    Date.parse(r.createdAt) >= ms;
const createdAtMost =
  (ms: number): Predicate =>
  (r) =>
    Date.parse(r.createdAt) <= ms;
const scoreAtLeast =
  (min: number): Predicate =>
  (r) => {
    const total = totalOf(r);
    return total !== undefined && total >= min;
  };
const scoreAtMost =
  (max: number): Predicate =>
  (r) => {
    const total = totalOf(r);
    return total !== undefined && total <= max;
  };
const byUser =
  (id: string): Predicate =>
  (r) =>
    r.user._id === id;
const and =
  (...predicates: Predicate[]): Predicate =>
  (r) =>
    predicates.every((p) => p(r));

/** By value in the sort direction, ties by `_id` in the same direction. */
function expectedOrder(
  records: ScoredCallRecord[],
  field: ScoredCallSortField,
  isDescending: boolean,
): string[] {
  const sign = isDescending ? -1 : 1;
  return [...records]
    .sort(
      (a, b) =>
        sign * (Date.parse(a[field]) - Date.parse(b[field])) ||
        sign * (a._id < b._id ? -1 : a._id > b._id ? 1 : 0),
    )
    .map((r) => r._id);
}

/** The filtered list, page by page, against the brute-force expectation in order. */
async function expectFilter(query: string, predicate: Predicate, { allowEmpty = false } = {}) {
  const expected = all.filter(predicate);
  if (!allowEmpty) expect(expected.length, 'the case should select something').toBeGreaterThan(0);
  const sort = new URLSearchParams(query).get('sort') ?? '-createdAt';
  const field = sort.replace(/^-/, '') as ScoredCallSortField;
  const order = expectedOrder(expected, field, sort.startsWith('-'));
  const pages = Math.max(1, Math.ceil(expected.length / 100));
  for (let page = 1; page <= pages; page++) {
    const { status, body } = await getJson<ScoredPageBody>(
      url,
      `/v1/scored-calls?${query}&limit=100&page=${page}`,
    );
    expect(status).toBe(200);
    expect(body.pagination.total).toBe(expected.length);
    for (const record of body.data) {
      expect(predicate(record), `${record._id} should match ${query}`).toBe(true);
    }
    expect(body.data.map((r) => r._id)).toEqual(order.slice((page - 1) * 100, page * 100));
  }
  return expected;
}

describe('GET /v1/scored-calls: which calls are scored', () => {
  it('a few hundred of 5,000 calls, each call at most once, each record with a unique _id', () => {
    expect(all.length).toBeGreaterThan(150);
    expect(all.length).toBeLessThan(600);
    expect(new Set(all.map((r) => r._id)).size).toBe(all.length);
    expect(new Set(all.map((r) => r.call_log._id)).size).toBe(all.length);
  });

  it('only connected calls with a transcript, at least 30 s long, scored 2–15 min after they end', () => {
    for (const { call_log: call, createdAt } of all) {
      expect(call.outcome).toBe('answered');
      expect(call.answered_by).toBe('human');
      expect(call.disposition?.internal_id).toBeGreaterThanOrEqual(1);
      expect(call.disposition?.internal_id).toBeLessThanOrEqual(9);
      expect(call.transcription).toMatch(/^(Rep|Prospect): /);
      expect(call.duration).toBeGreaterThanOrEqual(MIN_SCORED_CALL_SECONDS);
      const delay = Date.parse(createdAt) - Date.parse(call.ended_at ?? '');
      expect(delay).toBeGreaterThanOrEqual(2 * 60_000);
      expect(delay).toBeLessThanOrEqual(15 * 60_000);
      expect(Date.parse(createdAt)).toBeLessThanOrEqual(TEST_NOW.getTime());
    }
  });

  it('most eligible calls have a score, not all', () => {
    const eligible = calls.filter(
      (c) =>
        c.outcome === 'answered' &&
        c.answered_by === 'human' &&
        (c.disposition?.internal_id ?? 0) >= 1 &&
        (c.disposition?.internal_id ?? 0) <= 9 &&
        c.transcription !== undefined &&
        (c.duration ?? 0) >= MIN_SCORED_CALL_SECONDS &&
        c.ended_at !== undefined,
    );
    const scoredIds = new Set(all.map((r) => r.call_log._id));
    const share = eligible.filter((c) => scoredIds.has(c._id)).length / eligible.length;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.8);
    // Every scored call is eligible by what its call-log record shows.
    const eligibleIds = new Set(eligible.map((c) => c._id));
    expect(all.filter((r) => !eligibleIds.has(r.call_log._id)).map((r) => r._id)).toEqual([]);
  });

  it('call_log is the call-log record itself, transcript included', () => {
    const byId = new Map(calls.map((c) => [c._id, c]));
    for (const record of all) expect(record.call_log).toEqual(byId.get(record.call_log._id));
  });

  it('records have the contract keys in order, user is the rep who made the call', () => {
    for (const record of all.slice(0, 50)) {
      expect(Object.keys(record)).toEqual([
        '_id',
        'type',
        'createdAt',
        'updatedAt',
        'user',
        'call_log',
        'insight',
      ]);
      expect(record.type).toBe('call');
      expect(record._id).toMatch(/^[0-9a-f]{24}$/);
      expect(Object.keys(record.user)).toEqual(['_id', 'email', 'first_name', 'last_name']);
      expect(record.user._id).toBe(record.call_log.user?._id);
      expect(record.user.email).toBe(record.call_log.user?.email);
      expect(Date.parse(record.updatedAt)).toBeGreaterThanOrEqual(Date.parse(record.createdAt));
    }
  });

  it('the contract lookup (rep, ended_at to a day later, match call_log._id) finds a call score', async () => {
    for (const record of [all[0], all[Math.floor(all.length / 2)], all[all.length - 1]]) {
      const call = record?.call_log;
      const endedAt = call?.ended_at ?? '';
      const end = new Date(Date.parse(endedAt) + DAY).toISOString();
      const { body } = await getJson<ScoredPageBody>(
        url,
        `/v1/scored-calls?${q({ user_id: call?.user?._id ?? '', start_date: endedAt, end_date: end, limit: '100' })}`,
      );
      expect(body.data.filter((r) => r.call_log._id === call?._id)).toEqual([record]);
    }
  });
});

describe('GET /v1/scored-calls: each filter alone', () => {
  it('min_score is inclusive, on insight.total_score', async () => {
    const expected = await expectFilter(q({ min_score: '70' }), scoreAtLeast(70));
    expect(expected.some((r) => totalOf(r) === 70)).toBe(true);
  });
  it('max_score is inclusive', async () => {
    const expected = await expectFilter(q({ max_score: '40' }), scoreAtMost(40));
    expect(expected.some((r) => totalOf(r) === 40)).toBe(true);
  });
  it('min_score=0 keeps every record that has a total score, and only those', async () => {
    const expected = await expectFilter(q({ min_score: '0' }), scoreAtLeast(0));
    expect(expected.length).toBeLessThan(all.length);
  });
  it('min_score=max_score selects one score', async () => {
    const score = all.map(totalOf).find((total) => total !== undefined) ?? 50;
    await expectFilter(
      q({ min_score: String(score), max_score: String(score) }),
      (r) => totalOf(r) === score,
    );
  });
  it('user_id selects the rep', async () => {
    const rep = all[3]?.user._id ?? '';
    await expectFilter(q({ user_id: rep }), byUser(rep));
  });
  it('an unknown user_id gives an empty list', async () => {
    await expectFilter(q({ user_id: '000000000000000000000000' }), () => false, {
      allowEmpty: true,
    });
  });
  it('start_date as a bare date starts at 00:00Z of the score createdAt', async () => {
    await expectFilter(
      q({ start_date: day(20) }),
      createdAtLeast(Date.parse(`${day(20)}T00:00:00Z`)),
    );
  });
  it('end_date as a bare date covers that whole UTC day', async () => {
    await expectFilter(q({ end_date: day(45) }), (r) => r.createdAt.slice(0, 10) <= day(45));
  });
  it('date-times are inclusive at both ends, to the millisecond', async () => {
    const exact = all[Math.floor(all.length / 3)]?.createdAt ?? '';
    const expected = await expectFilter(
      q({ start_date: exact, end_date: exact }),
      and(createdAtLeast(Date.parse(exact)), createdAtMost(Date.parse(exact))),
    );
    expect(expected.map((r) => r.createdAt)).toContain(exact);
  });
  it('date-times with an offset are converted to UTC', async () => {
    await expectFilter(
      q({ start_date: `${day(10)}T09:00:00-05:00` }),
      createdAtLeast(Date.parse(`${day(10)}T14:00:00Z`)),
    );
  });
  it('start_date after end_date gives an empty list', async () => {
    await expectFilter(q({ start_date: day(5), end_date: day(10) }), () => false, {
      allowEmpty: true,
    });
  });
});

describe('GET /v1/scored-calls: filters combined', () => {
  it('a band of one rep in a date range', async () => {
    const rep = all[5]?.user._id ?? '';
    await expectFilter(
      q({ user_id: rep, min_score: '40', max_score: '79', start_date: day(60), end_date: day(5) }),
      and(
        byUser(rep),
        scoreAtLeast(40),
        scoreAtMost(79),
        createdAtLeast(Date.parse(`${day(60)}T00:00:00Z`)),
        (r) => r.createdAt.slice(0, 10) <= day(5),
      ),
    );
  });
  it('the review queue: last 7 days, score ≤ 50, newest first', async () => {
    await expectFilter(
      q({ start_date: day(7), max_score: '50', sort: '-createdAt' }),
      and(createdAtLeast(Date.parse(`${day(7)}T00:00:00Z`)), scoreAtMost(50)),
    );
  });

  it('random combinations of every filter, sort and page agree with a brute-force count', async () => {
    const reps = [...new Set(all.map((r) => r.user._id))];
    const times = all.map((r) => Date.parse(r.createdAt));
    const minTime = Math.min(...times) - DAY;
    const maxTime = Math.max(...times) + DAY;
    const arbitraryInstant = fc.oneof(
      fc.constantFrom(...times),
      fc.integer({ min: minTime, max: maxTime }),
    );
    const arbitraryQuery = fc.record(
      {
        start: fc.tuple(arbitraryInstant, fc.boolean()),
        end: fc.tuple(arbitraryInstant, fc.boolean()),
        scores: fc
          .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
          .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
        hasMin: fc.boolean(),
        hasMax: fc.boolean(),
        user: fc.constantFrom(...reps, 'ffffffffffffffffffffffff'),
        sort: fc.constantFrom('createdAt', '-createdAt', 'updatedAt', '-updatedAt'),
        page: fc.integer({ min: 1, max: 4 }),
        limit: fc.integer({ min: 1, max: 100 }),
      },
      { requiredKeys: ['sort', 'page', 'limit', 'scores', 'hasMin', 'hasMax'] },
    );
    await fc.assert(
      fc.asyncProperty(arbitraryQuery, async (query) => {
        const params: Record<string, string> = {
          sort: query.sort,
          page: String(query.page),
          limit: String(query.limit),
        };
        const predicates: Predicate[] = [];
        // A bare date or a date-time, as a caller may send either.
        const dateParam = (ms: number, isBare: boolean, isEnd: boolean) => {
          const iso = new Date(ms).toISOString();
          if (!isBare) return { value: iso, bound: ms };
          const dayStart = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
          return { value: iso.slice(0, 10), bound: isEnd ? dayStart + DAY - 1 : dayStart };
        };
        if (query.start) {
          const { value, bound } = dateParam(query.start[0], query.start[1], false);
          params.start_date = value;
          predicates.push(createdAtLeast(bound));
        }
        if (query.end) {
          const { value, bound } = dateParam(query.end[0], query.end[1], true);
          params.end_date = value;
          predicates.push(createdAtMost(bound));
        }
        if (query.hasMin) {
          params.min_score = String(query.scores[0]);
          predicates.push(scoreAtLeast(query.scores[0]));
        }
        if (query.hasMax) {
          params.max_score = String(query.scores[1]);
          predicates.push(scoreAtMost(query.scores[1]));
        }
        if (query.user) {
          params.user_id = query.user;
          predicates.push(byUser(query.user));
        }
        const predicate = and(...predicates);
        const expected = all.filter(predicate);
        const field = query.sort.replace(/^-/, '') as ScoredCallSortField;
        const order = expectedOrder(expected, field, query.sort.startsWith('-'));
        const { status, body } = await getJson<ScoredPageBody>(
          url,
          `/v1/scored-calls?${q(params)}`,
        );
        expect(status).toBe(200);
        expect(body.pagination.total).toBe(expected.length);
        for (const record of body.data) expect(predicate(record)).toBe(true);
        const from = (query.page - 1) * query.limit;
        expect(body.data.map((r) => r._id)).toEqual(order.slice(from, from + query.limit));
      }),
      { numRuns: 60, seed: 16 },
    );
  });
});

describe('GET /v1/scored-calls: sorting', () => {
  for (const field of SCORED_CALL_SORT_FIELDS) {
    for (const isDescending of [false, true]) {
      const sort = `${isDescending ? '-' : ''}${field}`;
      it(`sort=${sort} orders every page by value, ties by _id in the same direction`, async () => {
        const records = await fetchAllScored(`sort=${sort}`);
        expect(records.map((r) => r._id)).toEqual(expectedOrder(all, field, isDescending));
      });
    }
  }
  it('updatedAt has ties (a nightly re-scoring batch), so the tie-break is exercised', () => {
    const values = all.map((r) => r.updatedAt);
    expect(new Set(values).size).toBeLessThan(values.length - 5);
    expect(all.some((r) => r.updatedAt !== r.createdAt)).toBe(true);
  });
  it('defaults to -createdAt', async () => {
    const { body } = await getJson<ScoredPageBody>(url, '/v1/scored-calls?limit=100&page=2');
    expect(body.data.map((r) => r._id)).toEqual(
      expectedOrder(all, 'createdAt', true).slice(100, 200),
    );
  });
});

describe('GET /v1/scored-calls: pagination', () => {
  it('defaults to page 1 of 10', async () => {
    const { body } = await getJson<ScoredPageBody>(url, '/v1/scored-calls');
    expect(body.data).toHaveLength(10);
    expect(body.pagination).toEqual({
      total: all.length,
      page: 1,
      limit: 10,
      pages: Math.ceil(all.length / 10),
      next: 2,
    });
  });
  it('pages = ceil(total / limit); the last page is short and has next null', async () => {
    const limit = 7;
    const pages = Math.ceil(all.length / limit);
    const { body } = await getJson<ScoredPageBody>(
      url,
      `/v1/scored-calls?limit=${limit}&page=${pages}`,
    );
    expect(body.data).toHaveLength(all.length - (pages - 1) * limit);
    expect(body.pagination).toEqual({ total: all.length, page: pages, limit, pages, next: null });
  });
  it('a page past the end returns no data with the true total', async () => {
    const { body } = await getJson<ScoredPageBody>(url, '/v1/scored-calls?limit=100&page=50');
    expect(body.data).toEqual([]);
    expect(body.pagination).toEqual({
      total: all.length,
      page: 50,
      limit: 100,
      pages: Math.ceil(all.length / 100),
      next: null,
    });
  });
  it('limit=1 counts: the totals of the ten bands add up to the records with a score', async () => {
    let sum = 0;
    for (let band = 0; band < 10; band++) {
      const max = band === 9 ? 100 : band * 10 + 9;
      const { body } = await getJson<ScoredPageBody>(
        url,
        `/v1/scored-calls?limit=1&min_score=${band * 10}&max_score=${max}`,
      );
      expect(body.pagination.total, `band ${band}`).toBeGreaterThan(0);
      sum += body.pagination.total;
    }
    expect(sum).toBe(all.filter((r) => totalOf(r) !== undefined).length);
  });
});

describe('GET /v1/scored-calls: 400 naming the parameter', () => {
  const cases: [string, string][] = [
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=2.5', 'limit'],
    ['page=0', 'page'],
    ['sort=score', 'sort'],
    ['sort=-started_at', 'sort'],
    ['start_date=yesterday', 'start_date'],
    ['end_date=2025-02-30', 'end_date'],
    ['min_score=-1', 'min_score'],
    ['min_score=101', 'min_score'],
    ['max_score=50.5', 'max_score'],
    ['max_score=abc', 'max_score'],
    ['min_score=60&max_score=50', 'min_score'],
    ['min_score=1&min_score=2', 'min_score'],
    ['user_id=a&user_id=b', 'user_id'],
    ['sort=createdAt&sort=-createdAt', 'sort'],
    ['start_date[]=2025-06-01', 'start_date'],
  ];
  for (const [query, parameter] of cases) {
    it(`${query} → 400 naming ${parameter}`, async () => {
      const { status, body } = await getJson<{
        statusCode: number;
        message: string;
        error: string;
      }>(url, `/v1/scored-calls?${query}`);
      expect(status).toBe(400);
      expect(body.statusCode).toBe(400);
      expect(body.error).toBe('Bad Request');
      expect(body.message).toContain(parameter);
    });
  }
  it('401 without the key', async () => {
    const { status } = await getJson(url, '/v1/scored-calls', { key: null });
    expect(status).toBe(401);
  });
});

describe('GET /v1/scored-calls: raw control characters', () => {
  it('a record whose call carries them is sent raw in call_log.transcription, as in the call log', async () => {
    const rawCall = calls.find(
      (c) =>
        all.some((r) => r.call_log._id === c._id) &&
        ['\u0001', '\u0007', '\u001b'].some((char) => c.transcription?.includes(char)),
    );
    expect(rawCall, 'some scored call has a raw transcript').toBeDefined();
    const record = all.find((r) => r.call_log._id === rawCall?._id);
    const response = await fetch(
      `${url}/v1/scored-calls?${q({ start_date: record?.createdAt ?? '', end_date: record?.createdAt ?? '' })}`,
      { headers: { 'x-api-key': TEST_KEY } },
    );
    const text = await response.text();
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });
});

describe('GET /v1/scored-calls: determinism', () => {
  it('the same seed gives the same records; another seed does not', async () => {
    const again = await startSimulator({ calls: 5000, seed: 7, now: TEST_NOW, apiKey: TEST_KEY });
    const other = await startSimulator({ calls: 5000, seed: 8, now: TEST_NOW, apiKey: TEST_KEY });
    try {
      const path = '/v1/scored-calls?limit=100&page=2&sort=updatedAt';
      const a = await getJson(url, path);
      const b = await getJson(again.url, path);
      const c = await getJson(other.url, path);
      // Recording URLs name the host, which differs between servers.
      const strip = (text: string) => text.replaceAll(/http:\/\/127\.0\.0\.1:\d+/g, '');
      expect(strip(b.text)).toBe(strip(a.text));
      expect(strip(c.text)).not.toBe(strip(a.text));
    } finally {
      await again.close();
      await other.close();
    }
  });
});
