import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScoredCallFilters } from '@/lib/scored-calls/scored-calls-query';
import {
  evaluateSummary,
  planSummary,
  SUMMARY_REQUEST_BUDGET,
  summaryFiltersKey,
} from './summary-plan';
import type { SummaryPlan } from './summary-plan';

/**
 * The plan against brute force: over random scored records, filters and teams, every number the
 * summary shows equals a count made by looking at each record, with the contract's semantics
 * written out anew here (dates on `createdAt`, inclusive; a bare end date covers its UTC day; a
 * record without a total score matches no score bound).
 */

interface FakeRecord {
  score?: number;
  createdAt: number;
  user_id: string;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2026, 10, 1);
const DAYS = 6;

const isoDay = (day: number) => new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);

function matches(record: FakeRecord, filters: ScoredCallFilters): boolean {
  const { score } = record;
  if (filters.start_date !== undefined && record.createdAt < Date.parse(filters.start_date)) {
    return false;
  }
  if (filters.end_date !== undefined && record.createdAt >= Date.parse(filters.end_date) + DAY_MS) {
    return false;
  }
  if (filters.min_score !== undefined && !(score !== undefined && score >= filters.min_score)) {
    return false;
  }
  if (filters.max_score !== undefined && !(score !== undefined && score <= filters.max_score)) {
    return false;
  }
  if (filters.user_id !== undefined && record.user_id !== filters.user_id) return false;
  return true;
}

const USERS = ['u1', 'u2', 'u3', 'u4'];
const EDGE_SCORES = [0, 9, 10, 19, 49, 50, 69, 70, 89, 90, 99, 100];
const score = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(...EDGE_SCORES));

const recordArbitrary: fc.Arbitrary<FakeRecord> = fc.record(
  {
    score,
    createdAt: fc.integer({ min: FIRST_DAY, max: FIRST_DAY + DAYS * DAY_MS - 1 }),
    user_id: fc.constantFrom(...USERS),
  },
  // Any record may lack its score: the contract says any part of `insight` may be missing.
  { requiredKeys: ['createdAt', 'user_id'] },
);

const filtersArbitrary: fc.Arbitrary<ScoredCallFilters> = fc
  .record(
    {
      start: fc.integer({ min: 0, max: DAYS - 1 }),
      end: fc.integer({ min: 0, max: DAYS - 1 }),
      min_score: score,
      max_score: score,
      // u5 makes no calls: a rep filter that matches nothing.
      user_id: fc.constantFrom(...USERS, 'u5'),
    },
    { requiredKeys: [] },
  )
  .map(({ start, end, min_score, max_score, user_id }) => {
    // As the URL gives them: the later of two conflicting bounds is dropped.
    const filters: ScoredCallFilters = { user_id, min_score, max_score };
    if (start !== undefined) filters.start_date = isoDay(start);
    if (end !== undefined && (start === undefined || end >= start)) filters.end_date = isoDay(end);
    if (min_score !== undefined && max_score !== undefined && max_score < min_score) {
      delete filters.max_score;
    }
    return filters;
  });

interface FakeRep {
  id: string;
}

/** Teams from nobody to a large one, the simulator's reps among others who made no calls. */
const teamArbitrary: fc.Arbitrary<FakeRep[]> = fc
  .tuple(fc.shuffledSubarray([...USERS, 'u5']), fc.integer({ min: 0, max: 60 }))
  .map(([known, others]) => [
    ...known.map((id) => ({ id })),
    ...Array.from({ length: others }, (_, index) => ({ id: `r${String(index)}` })),
  ]);

const countWhere = (records: readonly FakeRecord[], isCounted: (r: FakeRecord) => boolean) =>
  records.filter(isCounted).length;

const inRange = (r: FakeRecord, min: number, max: number) =>
  r.score !== undefined && r.score >= min && r.score <= max;

/** Runs the plan's requests against brute force, as the hook runs them against the API. */
function evaluateByBruteForce(
  plan: SummaryPlan<FakeRep>,
  records: readonly FakeRecord[],
  filters: ScoredCallFilters,
) {
  const requested = new Set(plan.requests.map(summaryFiltersKey));
  return evaluateSummary(plan, (source) => {
    if (source.kind === 'count') {
      // Only what the plan asks for is ever counted.
      expect(requested.has(source.key)).toBe(true);
      return countWhere(records, (r) => matches(r, source.filters));
    }
    return countWhere(records, (r) => matches(r, filters));
  });
}

/** Every promise of the plan for one case. */
function checkPlan(
  records: readonly FakeRecord[],
  filters: ScoredCallFilters,
  team: readonly FakeRep[],
  isTotalKnown: boolean,
  repSteps: number,
) {
  const plan = planSummary(filters, team, { isTotalKnown, repSteps });
  const shown = records.filter((r) => matches(r, filters));
  const numbers = evaluateByBruteForce(plan, records, filters);

  expect(numbers.bands.map(({ count }) => count)).toEqual(
    [0, 10, 20, 30, 40, 50, 60, 70, 80, 90].map((min) =>
      countWhere(shown, (r) => inRange(r, min, min === 90 ? 100 : min + 9)),
    ),
  );
  for (const { rep, counts } of numbers.reps) {
    const ofRep = shown.filter((r) => r.user_id === rep.id);
    expect(counts, rep.id).toEqual([
      countWhere(ofRep, (r) => inRange(r, 0, 49)),
      countWhere(ofRep, (r) => inRange(r, 70, 100)),
    ]);
  }

  // The budget holds on a filter change and on each "Show more reps".
  expect(plan.requestSteps.length).toBeLessThanOrEqual(repSteps);
  for (const step of plan.requestSteps) {
    expect(step.length).toBeLessThanOrEqual(SUMMARY_REQUEST_BUDGET);
  }
  // Each request once, and none for a count that is 0 by construction: it stays inside the
  // filters' score range and rep, with a range that holds a score.
  const keys = plan.requests.map(summaryFiltersKey);
  expect(new Set(keys).size).toBe(keys.length);
  for (const request of plan.requests) {
    const min = request.min_score ?? 0;
    const max = request.max_score ?? 100;
    expect(min).toBeLessThanOrEqual(max);
    expect(min).toBeGreaterThanOrEqual(filters.min_score ?? 0);
    expect(max).toBeLessThanOrEqual(filters.max_score ?? 100);
    if (filters.user_id !== undefined) expect(request.user_id).toBe(filters.user_id);
    expect(request.start_date).toBe(filters.start_date);
    expect(request.end_date).toBe(filters.end_date);
  }
  // The table's own total is never asked again once the table has said it.
  if (isTotalKnown) expect(keys).not.toContain(summaryFiltersKey(filters));

  // The counted reps are the first ones, the rest are said to be not counted yet.
  expect([...plan.reps.map(({ rep }) => rep), ...plan.uncountedReps]).toEqual(team);
  return plan;
}

describe('summary plan against brute force', () => {
  it('every band and rep count equals a direct count, within the budget', () => {
    fc.assert(
      fc.property(
        fc.array(recordArbitrary, { maxLength: 80 }),
        filtersArbitrary,
        teamArbitrary,
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        (records, filters, team, isTotalKnown, repSteps) => {
          checkPlan(records, filters, team, isTotalKnown, repSteps);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is exact for the cases that matter, each of which shows scored and unscored calls', () => {
    const records = fc.sample(recordArbitrary, { numRuns: 500, seed: 16 });
    const twelve = [
      'u1',
      'u2',
      'u3',
      'u4',
      ...Array.from({ length: 8 }, (_, i) => `r${String(i)}`),
    ];
    const team = twelve.map((id) => ({ id }));
    const cases: ScoredCallFilters[] = [
      // No filter at all: the view everyone opens first.
      {},
      // Every filter at once.
      {
        start_date: isoDay(1),
        end_date: isoDay(4),
        min_score: 35,
        max_score: 78,
        user_id: 'u2',
      },
      // The review queue's "needs review": at most 50.
      { start_date: isoDay(2), max_score: 50 },
      // A range inside one band: that band is the table's total.
      { min_score: 42, max_score: 47 },
      // One rep, no score bound: unscored calls are in the total, not in the bands.
      { user_id: 'u3' },
    ];
    for (const filters of cases) {
      const shown = records.filter((r) => matches(r, filters));
      // Each case counts something, so a sum over nothing cannot pass for a match.
      expect(
        shown.some((r) => r.score !== undefined),
        JSON.stringify(filters),
      ).toBe(true);
      for (const isTotalKnown of [true, false]) {
        for (const repSteps of [1, 2]) checkPlan(records, filters, team, isTotalKnown, repSteps);
      }
    }
    expect(records.some((r) => r.score === undefined)).toBe(true);
  });
});
