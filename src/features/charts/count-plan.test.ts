import { describe, expect, it } from 'vitest';
import type { CallLogFilters } from '@/lib/call-log/call-log-query';
import { countSource, evaluatePlan, intersectFilters, planFormula, requestsOf } from './count-plan';
import type { PlannedTerm } from './count-plan';

describe('intersectFilters', () => {
  it('adds the condition to filters that do not touch its fields', () => {
    expect(
      intersectFilters({ user_ids: ['u1'] }, { outcome: 'answered', min_duration: 10 }),
    ).toEqual({ user_ids: ['u1'], outcome: 'answered', min_duration: 10 });
  });

  it('keeps an equal outcome and finds none for another one', () => {
    expect(intersectFilters({ outcome: 'answered' }, { outcome: 'answered' })).toEqual({
      outcome: 'answered',
    });
    expect(intersectFilters({ outcome: 'cancelled' }, { outcome: 'answered' })).toBeNull();
    expect(intersectFilters({ answered_by: 'machine_start' }, { answered_by: 'human' })).toBeNull();
  });

  it('narrows duration bounds to their overlap', () => {
    expect(intersectFilters({ min_duration: 20 }, { min_duration: 10, max_duration: 29 })).toEqual({
      min_duration: 20,
      max_duration: 29,
    });
    expect(intersectFilters({ max_duration: 45 }, { min_duration: 30, max_duration: 59 })).toEqual({
      min_duration: 30,
      max_duration: 45,
    });
    expect(intersectFilters({ min_duration: 5, max_duration: 400 }, { min_duration: 600 })).toBe(
      null,
    );
    expect(intersectFilters({ max_duration: 9 }, { min_duration: 9, max_duration: 29 })).toEqual({
      min_duration: 9,
      max_duration: 9,
    });
  });

  it('intersects dispositions, keeping the user’s order, and finds none when nothing is shared', () => {
    expect(
      intersectFilters({ disposition_ids: [12, 3, 1, 15] }, { disposition_ids: [1, 2, 3] }),
    ).toEqual({ disposition_ids: [3, 1] });
    expect(intersectFilters({ disposition_ids: [10, 11] }, { disposition_ids: [1, 2] })).toBeNull();
    expect(intersectFilters({}, { disposition_ids: [1] })).toEqual({ disposition_ids: [1] });
  });

  it('passes other filters through for the server to apply', () => {
    const filters: CallLogFilters = { exclude_negative_dispositions: true, search: 'acme' };
    expect(intersectFilters(filters, { disposition_ids: [1] })).toEqual({
      ...filters,
      disposition_ids: [1],
    });
  });
});

describe('countSource', () => {
  it('is the table’s total when the filters already fix the condition', () => {
    expect(countSource({ outcome: 'answered' }, { outcome: 'answered' })).toEqual({
      kind: 'total',
    });
    expect(
      countSource({ min_duration: 10, max_duration: 29 }, { min_duration: 10, max_duration: 29 }),
    ).toEqual({ kind: 'total' });
    expect(countSource({ disposition_ids: [1] }, { disposition_ids: [1, 2, 3] })).toEqual({
      kind: 'total',
    });
    expect(countSource({ user_ids: ['u1'] }, {})).toEqual({ kind: 'total' });
  });

  it('is none when nothing can match, and a request otherwise', () => {
    expect(countSource({ outcome: 'no-answer' }, { outcome: 'answered' })).toEqual({
      kind: 'none',
    });
    expect(countSource({}, { min_duration: 0, max_duration: 9 })).toEqual({
      kind: 'count',
      filters: { min_duration: 0, max_duration: 9 },
      key: 'filters%5Bmin_duration%5D=0&filters%5Bmax_duration%5D=9',
    });
  });
});

describe('planFormula and evaluatePlan', () => {
  const a = { min_duration: 60 };
  const b = { disposition_ids: [1] };
  const ab = { min_duration: 60, disposition_ids: [1] };
  const formula = [
    { sign: 1 as const, condition: a },
    { sign: 1 as const, condition: b },
    { sign: -1 as const, condition: ab },
  ];

  it('plans one request per distinct term', () => {
    const terms = planFormula({}, formula);
    expect(terms.map((term) => term.coefficient)).toEqual([1, 1, -1]);
    expect(requestsOf([terms])).toEqual([a, b, ab]);
  });

  it('cancels terms that become the same request', () => {
    // With min_duration ≥ 60 already set, "meeting" and "meeting and ≥ 60 s" are one count.
    const terms = planFormula({ min_duration: 90 }, formula);
    expect(terms).toEqual([{ coefficient: 1, source: { kind: 'total' } }]);
    expect(requestsOf([terms])).toEqual([]);
  });

  it('drops terms that cannot match', () => {
    const terms = planFormula({ max_duration: 30 }, formula);
    expect(terms).toEqual([
      {
        coefficient: 1,
        source: {
          kind: 'count',
          filters: { max_duration: 30, disposition_ids: [1] },
          key: 'filters%5Bmax_duration%5D=30&filters%5Bdisposition_ids%5D%5B%5D=1',
        },
      },
    ]);
  });

  it('adds signed counts, waits for every count, and never goes below zero', () => {
    const terms: PlannedTerm[] = [
      { coefficient: 1, source: { kind: 'total' } },
      { coefficient: -1, source: { kind: 'count', filters: a, key: 'a' } },
    ];
    expect(evaluatePlan(terms, (s) => (s.kind === 'total' ? 10 : 4))).toBe(6);
    expect(evaluatePlan(terms, (s) => (s.kind === 'total' ? 10 : undefined))).toBeUndefined();
    expect(evaluatePlan(terms, (s) => (s.kind === 'total' ? 3 : 4))).toBe(0);
    expect(evaluatePlan([], () => undefined)).toBe(0);
  });

  it('shares one request between plans that need the same count', () => {
    expect(requestsOf([planFormula({}, formula.slice(0, 1)), planFormula({}, formula)])).toEqual([
      a,
      b,
      ab,
    ]);
  });
});
