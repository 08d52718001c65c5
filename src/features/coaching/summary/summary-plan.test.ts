import { describe, expect, it } from 'vitest';
import { planSummary, SUMMARY_REQUEST_BUDGET, summaryFiltersKey } from './summary-plan';

const teamOf = (size: number) =>
  Array.from({ length: size }, (_, index) => ({ id: `u${String(index + 1).padStart(3, '0')}` }));

const known = { isTotalKnown: true, repSteps: 1 };

describe('planSummary requests', () => {
  it('with no filter: ten bands, then as many of twelve reps as fit, the rest on "Show more"', () => {
    const twelve = teamOf(12);
    const first = planSummary({}, twelve, known);
    // Without a score bound the total holds unscored calls too: no band is derived from it.
    expect(first.requestSteps[0]).toHaveLength(10 + 7 * 2);
    expect(first.reps.map(({ rep }) => rep)).toEqual(twelve.slice(0, 7));
    expect(first.uncountedReps).toEqual(twelve.slice(7));

    const more = planSummary({}, twelve, { ...known, repSteps: 2 });
    expect(more.requestSteps.map((step) => step.length)).toEqual([24, 10]);
    expect(more.uncountedReps).toEqual([]);
    // "Show more" keeps the first step's requests: they are in the cache already.
    expect(more.requestSteps[0]).toEqual(first.requestSteps[0]);
  });

  it('a large team is counted in steps of at most the budget', () => {
    const team = teamOf(200);
    const plan = planSummary({}, team, { ...known, repSteps: 30 });
    expect(plan.uncountedReps).toEqual([]);
    expect(Math.max(...plan.requestSteps.map((step) => step.length))).toBeLessThanOrEqual(
      SUMMARY_REQUEST_BUDGET,
    );
    expect(plan.requests).toHaveLength(10 + 200 * 2);
  });

  it('with a score bound, derives one band from the total and skips ranges outside it', () => {
    const plan = planSummary({ min_score: 60 }, teamOf(12), known);
    // Bands 60–69 … 90–100, one of them derived; per rep only "70 or more".
    expect(plan.requests).toHaveLength(3 + 12);
    expect(plan.requests.every((request) => request.max_score !== 49)).toBe(true);
    expect(plan.bands.slice(0, 6).every(({ terms }) => terms.length === 0)).toBe(true);
    expect(plan.bands.some(({ terms }) => terms.some((t) => t.source.kind === 'total'))).toBe(true);
  });

  it('asks for the total itself only when the table did not say it', () => {
    const filters = { min_score: 42, max_score: 47 };
    expect(planSummary(filters, [], known).requests).toEqual([]);
    expect(planSummary(filters, [], { ...known, isTotalKnown: false }).requests).toEqual([filters]);
    // No derived band without a total: each band in range is asked for.
    expect(
      planSummary({ max_score: 50 }, [], { ...known, isTotalKnown: false }).requests,
    ).toHaveLength(6);
    expect(planSummary({ max_score: 50 }, [], known).requests).toHaveLength(5);
  });

  it('the filtered rep’s ranges are sums of bands: no request of their own', () => {
    const team = teamOf(3);
    const filters = { user_id: 'u002' };
    const plan = planSummary(filters, team, known);
    expect(plan.requests).toHaveLength(10);
    expect(plan.requests.every((request) => request.user_id === 'u002')).toBe(true);
    // The others made none of the filtered calls: 0, no request.
    const others = plan.reps.filter(({ rep }) => rep.id !== 'u002');
    expect(others.flatMap(({ ranges }) => ranges.flat())).toEqual([]);
  });

  it('writes equal requests as equal keys, whatever the key order', () => {
    expect(summaryFiltersKey({ max_score: 9, min_score: 0 })).toBe(
      summaryFiltersKey({ min_score: 0, max_score: 9 }),
    );
    expect(summaryFiltersKey({ min_score: 0, max_score: 9 })).not.toBe(
      summaryFiltersKey({ max_score: 9 }),
    );
  });
});
