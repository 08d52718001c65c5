import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWERED_BY, DEFAULT_DISPOSITIONS, OUTCOMES } from '@contract/salesfinity';
import type { AnsweredBy, Outcome } from '@contract/salesfinity';
import type { CallLogFilters } from '@/lib/call-log/call-log-query';
import { ANSWERED_BY_BUCKETS, DURATION_BUCKETS, OUTCOME_BUCKETS } from './chart-definitions';
import { CHART_REQUEST_BUDGET, evaluateCharts, planCharts } from './chart-plan';
import { countSource } from './count-plan';
import type { CountCondition } from './count-plan';

/**
 * The plan against brute force: over random calls and random filters, every number the charts
 * would show equals a count made by looking at each call, with the definitions written out anew.
 */

interface FakeCall {
  outcome?: Outcome;
  answered_by?: AnsweredBy;
  duration?: number;
  disposition?: number;
  user: string;
}

const POSITIVE = new Set(
  DEFAULT_DISPOSITIONS.filter((d) => d.category === 'positive').map((d) => d.id),
);
const DISPOSITION_IDS = [...DEFAULT_DISPOSITIONS.map((d) => d.id), 15, 16];

/** The contract's semantics: filters AND together, a missing field never matches. */
function matches(call: FakeCall, filters: CallLogFilters): boolean {
  const { duration, disposition } = call;
  if (filters.outcome !== undefined && call.outcome !== filters.outcome) return false;
  if (filters.answered_by !== undefined && call.answered_by !== filters.answered_by) return false;
  if (
    filters.min_duration !== undefined &&
    !(duration !== undefined && duration >= filters.min_duration)
  )
    return false;
  if (
    filters.max_duration !== undefined &&
    !(duration !== undefined && duration <= filters.max_duration)
  )
    return false;
  if (
    filters.disposition_ids &&
    !(disposition !== undefined && filters.disposition_ids.includes(disposition))
  )
    return false;
  if (
    filters.exclude_negative_dispositions &&
    !(disposition !== undefined && POSITIVE.has(disposition))
  )
    return false;
  if (filters.user_ids && !filters.user_ids.includes(call.user)) return false;
  return true;
}

function satisfies(call: FakeCall, condition: CountCondition): boolean {
  return matches(call, {
    ...condition,
    disposition_ids: condition.disposition_ids && [...condition.disposition_ids],
  });
}

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const seconds = fc.integer({ min: 0, max: 900 });

const callArbitrary: fc.Arbitrary<FakeCall> = fc.record({
  outcome: maybe(fc.constantFrom(...OUTCOMES)),
  answered_by: maybe(fc.constantFrom(...ANSWERED_BY)),
  duration: maybe(fc.oneof(seconds, fc.constantFrom(0, 9, 10, 29, 30, 59, 60, 119, 120, 599, 600))),
  disposition: maybe(fc.constantFrom(...DISPOSITION_IDS)),
  user: fc.constantFrom('u1', 'u2'),
});

const filtersArbitrary: fc.Arbitrary<CallLogFilters> = fc.record(
  {
    outcome: fc.constantFrom(...OUTCOMES),
    answered_by: fc.constantFrom(...ANSWERED_BY),
    min_duration: fc.oneof(seconds, fc.constantFrom(10, 30, 60, 600)),
    max_duration: fc.oneof(seconds, fc.constantFrom(9, 29, 59, 119)),
    disposition_ids: fc.uniqueArray(fc.constantFrom(...DISPOSITION_IDS), {
      minLength: 1,
      maxLength: 5,
    }),
    exclude_negative_dispositions: fc.constant(true),
    user_ids: fc.constantFrom(['u1'], ['u2'], ['u1', 'u2']),
  },
  { requiredKeys: [] },
);

const EVERY_FILTER: CallLogFilters = {
  outcome: 'answered',
  answered_by: 'human',
  min_duration: 30,
  max_duration: 600,
  disposition_ids: [1, 3, 10, 15],
  exclude_negative_dispositions: true,
  user_ids: ['u1', 'u2'],
};

const countWhere = (calls: FakeCall[], isCounted: (call: FakeCall) => boolean) =>
  calls.filter(isCounted).length;

describe('chart plan against brute force', () => {
  it('every count source is exact: none is zero, total is the filtered total', () => {
    const conditions = [...DURATION_BUCKETS, ...OUTCOME_BUCKETS, ...ANSWERED_BY_BUCKETS].flatMap(
      (bucket) => bucket.formula.map((term) => term.condition),
    );
    fc.assert(
      fc.property(
        fc.array(callArbitrary, { maxLength: 60 }),
        filtersArbitrary,
        (calls, filters) => {
          for (const condition of conditions) {
            const truth = countWhere(calls, (c) => matches(c, filters) && satisfies(c, condition));
            const source = countSource(filters, condition);
            if (source.kind === 'none') expect(truth).toBe(0);
            else if (source.kind === 'total')
              expect(truth).toBe(countWhere(calls, (c) => matches(c, filters)));
            else expect(countWhere(calls, (c) => matches(c, source.filters))).toBe(truth);
          }
        },
      ),
    );
  });

  it('every number the charts show equals a direct count of the calls', () => {
    fc.assert(
      fc.property(
        fc.array(callArbitrary, { maxLength: 80 }),
        filtersArbitrary,
        (calls, filters) => {
          const plan = planCharts(filters);
          const numbers = evaluateCharts(plan, (source) =>
            countWhere(calls, (c) =>
              matches(c, source.kind === 'total' ? filters : source.filters),
            ),
          );
          const shown = calls.filter((c) => matches(c, filters));
          const inRange = (c: FakeCall, min: number, max = Infinity) =>
            c.duration !== undefined && c.duration >= min && c.duration <= max;
          const isConnected = (c: FakeCall) =>
            c.answered_by === 'human' &&
            c.disposition !== undefined &&
            c.disposition >= 1 &&
            c.disposition <= 9;

          expect(numbers.duration.map((b) => b.value)).toEqual([
            countWhere(shown, (c) => inRange(c, 0, 29)),
            countWhere(shown, (c) => inRange(c, 30, 59)),
            countWhere(shown, (c) => inRange(c, 60, 119)),
            countWhere(shown, (c) => inRange(c, 120, 299)),
            countWhere(shown, (c) => inRange(c, 300, 599)),
            countWhere(shown, (c) => inRange(c, 600)),
          ]);
          expect(numbers.outcome.map((b) => b.value)).toEqual(
            OUTCOMES.map((outcome) => countWhere(shown, (c) => c.outcome === outcome)),
          );
          const answered = shown.filter((c) => c.outcome === 'answered');
          expect(numbers.answeredBy.map((b) => b.value)).toEqual([
            countWhere(answered, (c) => c.answered_by === 'human'),
            countWhere(answered, (c) => c.answered_by === 'machine_start'),
            countWhere(answered, (c) => c.answered_by === undefined),
          ]);
          expect(numbers.kpis).toEqual({
            total: shown.length,
            connected: countWhere(shown, isConnected),
            conversations: countWhere(
              shown,
              (c) => isConnected(c) && (c.disposition === 1 || inRange(c, 60)),
            ),
            meetings: countWhere(shown, (c) => c.disposition === 1),
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it(`asks for at most ${String(CHART_REQUEST_BUDGET)} counts, and never for the table’s own total`, () => {
    fc.assert(
      fc.property(filtersArbitrary, (filters) => {
        const { requests } = planCharts(filters);
        expect(requests.length).toBeLessThanOrEqual(CHART_REQUEST_BUDGET);
        expect(requests).not.toContainEqual(filters);
      }),
      // The cases that matter are not left to chance: no filter at all (the view everyone opens
      // first), filters the charts cannot narrow (rep, date), and every filter at once.
      { examples: [[{}], [{ user_ids: ['u1'] }], [EVERY_FILTER]] },
    );
  });

  it('is exact for the explicit cases too', () => {
    const calls = fc.sample(callArbitrary, { numRuns: 400, seed: 7 });
    for (const filters of [{}, { user_ids: ['u1'] }, EVERY_FILTER, { min_duration: 60 }]) {
      const plan = planCharts(filters);
      const numbers = evaluateCharts(plan, (source) =>
        countWhere(calls, (c) => matches(c, source.kind === 'total' ? filters : source.filters)),
      );
      const shown = calls.filter((c) => matches(c, filters));
      // Each case shows some calls: a sum over none would agree with anything.
      expect(shown.length, JSON.stringify(filters)).toBeGreaterThan(0);
      const isConnected = (c: FakeCall) =>
        c.answered_by === 'human' && c.disposition !== undefined && c.disposition <= 9;
      expect(numbers.kpis.conversations).toBe(
        countWhere(
          shown,
          (c) => isConnected(c) && (c.disposition === 1 || (c.duration ?? 0) >= 60),
        ),
      );
      expect(numbers.duration.reduce((sum, b) => sum + (b.value ?? 0), 0)).toBe(
        countWhere(shown, (c) => c.duration !== undefined),
      );
    }
  });
});

describe('chart plan requests', () => {
  it('asks exactly the budget with no filter, and fewer as filters fix what the charts split', () => {
    expect(planCharts({}).requests).toHaveLength(CHART_REQUEST_BUDGET);
    expect(planCharts({ user_ids: ['u1'], start_date: '2026-11-01' }).requests).toHaveLength(
      CHART_REQUEST_BUDGET,
    );
    // ≥ 60 s: connected ∧ ≥ 60 s is the connected count, and conversations need nothing more.
    const longCalls = planCharts({ min_duration: 60 });
    expect(longCalls.kpis.conversations).toEqual(longCalls.kpis.connected);
    // The benchmark's filter change, and the README's screenshot.
    expect(planCharts({ outcome: 'answered' }).requests.length).toBeLessThan(CHART_REQUEST_BUDGET);
    expect(
      planCharts({ outcome: 'answered', answered_by: 'human', min_duration: 60 }).requests.length,
    ).toBeLessThan(CHART_REQUEST_BUDGET);
  });
});
