/**
 * The performance budgets of `npm run bench -- --check` and the arithmetic behind them, kept apart
 * from the browser driving so they can be unit-tested.
 */

/** One size's figures: medians over the runs, `null` where a step could not be measured. */
export interface SizeFigures {
  calls: number;
  runs: number;
  /** JavaScript transferred (compressed bytes) before the first rows were on screen. */
  jsBytesBeforeFirstRows: number | null;
  cssBytesBeforeFirstRows: number | null;
  firstRowsMs: number | null;
  largestContentfulPaintMs: number | null;
  filterChangeToRowsMs: number | null;
  nextPageToRowsMs: number | null;
  /** Call-log requests sent by moving to the prefetched next page (1: prefetching the one after). */
  requestsOnNextPage: number | null;
  rowClickToPanelMs: number | null;
  filterChangeToChartsMs: number | null;
  /** The `limit=1` counts the first, unfiltered load sends for the charts. */
  chartRequestsOnFirstLoad: number | null;
  /** Every call-log request a filter change sends (table page, prefetch, chart counts). */
  requestsPerFilterChange: number | null;
  /** The `limit=1` count requests among them. */
  chartRequestsPerFilterChange: number | null;
}

export interface BudgetInput {
  latencyMs: number;
  sizes: readonly SizeFigures[];
}

export interface BudgetResult {
  name: string;
  limit: string;
  actual: string;
  ok: boolean;
}

/** kB as the build reports it: 1,000 bytes. */
export const JS_BEFORE_FIRST_ROWS_LIMIT_BYTES = 150_000;
export const FILTER_CHANGE_MARGIN_MS = 100;
export const PREFETCHED_PAGE_LIMIT_MS = 50;
export const CHART_REQUESTS_LIMIT = 15;
export const CHART_TIME_GROWTH_LIMIT = 1.5;

export function median(values: readonly number[]): number | null {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? upper) + upper) / 2;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const show = (value: number | null, format: (value: number) => string) =>
  value === null ? 'not measured' : format(value);

function atMost(
  name: string,
  actual: number | null,
  limit: number,
  format: (value: number) => string,
): BudgetResult {
  return {
    name,
    limit: `≤ ${format(limit)}`,
    actual: show(actual, format),
    ok: actual !== null && actual <= limit,
  };
}

/** Every budget of issue 8, per size where it is per size, across sizes where it compares them. */
export function checkBudgets({ latencyMs, sizes }: BudgetInput): BudgetResult[] {
  const results: BudgetResult[] = [];
  for (const size of sizes) {
    const label = `${size.calls.toLocaleString('en-US')} calls`;
    results.push(
      atMost(
        `${label}: JavaScript before first rows (gzip)`,
        size.jsBytesBeforeFirstRows,
        JS_BEFORE_FIRST_ROWS_LIMIT_BYTES,
        kB,
      ),
      atMost(
        `${label}: filter change to updated rows`,
        size.filterChangeToRowsMs,
        latencyMs + FILTER_CHANGE_MARGIN_MS,
        ms,
      ),
      atMost(
        `${label}: prefetched next page to rows`,
        size.nextPageToRowsMs,
        PREFETCHED_PAGE_LIMIT_MS,
        ms,
      ),
      atMost(
        `${label}: chart requests on the first load`,
        size.chartRequestsOnFirstLoad,
        CHART_REQUESTS_LIMIT,
        String,
      ),
      atMost(
        `${label}: chart requests per filter change`,
        size.chartRequestsPerFilterChange,
        CHART_REQUESTS_LIMIT,
        String,
      ),
    );
  }

  const smallest = sizes[0];
  const largest = sizes.length > 1 ? sizes[sizes.length - 1] : undefined;
  if (smallest && largest) {
    const small = smallest.chartRequestsPerFilterChange;
    const large = largest.chartRequestsPerFilterChange;
    results.push({
      name: 'chart requests do not grow with the number of calls',
      limit: `${largest.calls.toLocaleString('en-US')} = ${smallest.calls.toLocaleString('en-US')}`,
      actual: `${show(large, String)} vs ${show(small, String)}`,
      ok: small !== null && large !== null && small === large,
    });
    const smallTime = smallest.filterChangeToChartsMs;
    const largeTime = largest.filterChangeToChartsMs;
    const ratio = smallTime !== null && largeTime !== null ? largeTime / smallTime : null;
    results.push({
      name: 'chart time grows at most 1.5× from the smallest to the largest size',
      limit: `≤ ${CHART_TIME_GROWTH_LIMIT.toFixed(2)}×`,
      actual: ratio === null ? 'not measured' : `${ratio.toFixed(2)}×`,
      ok: ratio !== null && ratio <= CHART_TIME_GROWTH_LIMIT,
    });
  }
  return results;
}
