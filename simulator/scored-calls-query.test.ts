import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from './index.ts';
import type { ScoredCallRecord, Simulator } from './index.ts';
import { scoredCallObjectId } from './scored-call-record.ts';
import { queryScoredCalls } from './scored-calls-query.ts';
import type { ScoredCallsFilters, ScoredCallsQuery } from './scored-calls-query.ts';
import { TEST_NOW } from './test-helpers.ts';

/**
 * The scored-calls engine at 100,000 calls (several thousand scores) against a brute-force
 * reference over the materialised records, for random filters, sorts and pages. The HTTP tests
 * cover the wire format at 5,000.
 */

let simulator: Simulator;
let records: ScoredCallRecord[];

beforeAll(() => {
  simulator = createSimulator({ calls: 100_000, seed: 5, now: TEST_NOW });
  records = simulator.scoredCallRecords();
});

function matches(record: ScoredCallRecord, f: ScoredCallsFilters): boolean {
  const created = Date.parse(record.createdAt);
  const total = record.insight.total_score as number | undefined;
  if (f.startMs !== undefined && created < f.startMs) return false;
  if (f.endMs !== undefined && created > f.endMs) return false;
  if (f.minScore !== undefined && !(total !== undefined && total >= f.minScore)) return false;
  if (f.maxScore !== undefined && !(total !== undefined && total <= f.maxScore)) return false;
  if (f.userId !== undefined && record.user._id !== f.userId) return false;
  return true;
}

function expectedPage(query: ScoredCallsQuery): { total: number; ids: string[] } {
  const { field, isDescending } = query.sort;
  const sign = isDescending ? -1 : 1;
  const sorted = records
    .filter((r) => matches(r, query.filters))
    .sort(
      (a, b) =>
        sign * (Date.parse(a[field]) - Date.parse(b[field])) || sign * (a._id < b._id ? -1 : 1),
    );
  const from = (query.page - 1) * query.limit;
  return { total: sorted.length, ids: sorted.slice(from, from + query.limit).map((r) => r._id) };
}

function answer(query: ScoredCallsQuery): { total: number; ids: string[] } {
  const { dataset, scoredCalls } = simulator;
  const page = queryScoredCalls(dataset, scoredCalls, query);
  return {
    total: page.total,
    ids: page.indexes.map((position) => scoredCallObjectId(dataset, scoredCalls, position)),
  };
}

describe('scored-calls engine at 100,000 calls', () => {
  it('has thousands of scores in every band', () => {
    expect(records.length).toBeGreaterThan(4000);
    const bands = new Array<number>(10).fill(0);
    for (const record of records) {
      const total = record.insight.total_score as number | undefined;
      if (total === undefined) continue;
      const band = Math.min(9, Math.floor(total / 10));
      bands[band] = (bands[band] ?? 0) + 1;
    }
    expect(Math.min(...bands)).toBeGreaterThan(5);
  });

  it('agrees with a brute-force reference on random queries', () => {
    const reps = simulator.dataset.reps.map((rep) => rep._id);
    const times = records.map((r) => Date.parse(r.createdAt));
    const instant = fc.oneof(
      fc.constantFrom(...times),
      fc.integer({ min: Math.min(...times) - 1, max: Math.max(...times) + 1 }),
    );
    const filters: fc.Arbitrary<ScoredCallsFilters> = fc
      .record(
        {
          startMs: instant,
          endMs: instant,
          minScore: fc.integer({ min: 0, max: 100 }),
          maxScore: fc.integer({ min: 0, max: 100 }),
          userId: fc.constantFrom(...reps, 'not-a-rep'),
        },
        { requiredKeys: [] },
      )
      .filter(
        (f) => f.minScore === undefined || f.maxScore === undefined || f.minScore <= f.maxScore,
      );
    const query: fc.Arbitrary<ScoredCallsQuery> = fc.record({
      page: fc.integer({ min: 1, max: 30 }),
      limit: fc.integer({ min: 1, max: 100 }),
      sort: fc.record({
        field: fc.constantFrom('createdAt' as const, 'updatedAt' as const),
        isDescending: fc.boolean(),
      }),
      filters,
    });
    fc.assert(
      fc.property(query, (q) => {
        expect(answer(q)).toEqual(expectedPage(q));
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('no filter, and every filter at once', () => {
    const everything: ScoredCallsQuery = {
      page: 3,
      limit: 100,
      sort: { field: 'updatedAt', isDescending: true },
      filters: {},
    };
    expect(answer(everything)).toEqual(expectedPage(everything));
    const rep = records[10]?.user._id ?? '';
    const all: ScoredCallsQuery = {
      page: 1,
      limit: 50,
      sort: { field: 'createdAt', isDescending: false },
      filters: {
        startMs: TEST_NOW.getTime() - 60 * 86_400_000,
        endMs: TEST_NOW.getTime() - 5 * 86_400_000,
        minScore: 30,
        maxScore: 80,
        userId: rep,
      },
    };
    const expected = expectedPage(all);
    expect(expected.total).toBeGreaterThan(0);
    expect(answer(all)).toEqual(expected);
  });
});
