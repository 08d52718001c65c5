import { describe, expect, it } from 'vitest';
import { checkBudgets, median } from './perf-budgets.ts';
import type { SizeFigures } from './perf-budgets.ts';

function figures(overrides: Partial<SizeFigures>): SizeFigures {
  return {
    calls: 5000,
    runs: 3,
    jsBytesBeforeFirstRows: 140_000,
    cssBytesBeforeFirstRows: 5_000,
    firstRowsMs: 400,
    largestContentfulPaintMs: 420,
    filterChangeToRowsMs: 150,
    nextPageToRowsMs: 20,
    requestsOnNextPage: 1,
    rowClickToPanelMs: 60,
    filterChangeToChartsMs: 300,
    chartRequestsOnFirstLoad: 15,
    requestsPerFilterChange: 14,
    chartRequestsPerFilterChange: 12,
    ...overrides,
  };
}

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores values that were not measured and has none for an empty list', () => {
    expect(median([Number.NaN, 5])).toBe(5);
    expect(median([])).toBeNull();
  });
});

describe('checkBudgets', () => {
  it('passes figures within every budget', () => {
    const results = checkBudgets({
      latencyMs: 100,
      sizes: [figures({}), figures({ calls: 1_000_000, filterChangeToChartsMs: 420 })],
    });
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(results).toHaveLength(12);
  });

  it('fails each budget that is missed, by name', () => {
    const results = checkBudgets({
      latencyMs: 100,
      sizes: [
        figures({
          jsBytesBeforeFirstRows: 151_000,
          nextPageToRowsMs: 51,
          chartRequestsOnFirstLoad: 17,
        }),
        figures({
          calls: 1_000_000,
          filterChangeToRowsMs: 201,
          chartRequestsPerFilterChange: 16,
          filterChangeToChartsMs: 451,
        }),
      ],
    });
    const failed = results.filter((result) => !result.ok).map((result) => result.name);
    expect(failed).toEqual([
      '5,000 calls: JavaScript before first rows (gzip)',
      '5,000 calls: prefetched next page to rows',
      '5,000 calls: chart requests on the first load',
      '1,000,000 calls: filter change to updated rows',
      '1,000,000 calls: chart requests per filter change',
      'chart requests do not grow with the number of calls',
      'chart time grows at most 1.5× from the smallest to the largest size',
    ]);
  });

  it('counts a step that could not be measured as missed', () => {
    const results = checkBudgets({
      latencyMs: 100,
      sizes: [
        figures({
          filterChangeToChartsMs: null,
          chartRequestsPerFilterChange: null,
          chartRequestsOnFirstLoad: null,
        }),
      ],
    });
    const chartRequests = results.filter((result) => result.name.includes('chart requests'));
    expect(chartRequests).toHaveLength(2);
    expect(chartRequests.every((result) => !result.ok)).toBe(true);
  });
});
