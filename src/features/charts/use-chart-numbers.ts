import { useQueries, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { callQueries } from '@/lib/call-log/call-log';
import type { CallLogQuery } from '@/lib/call-log/call-log-query';
import { chartQueries } from './chart-count-queries';
import { evaluateCharts, numbersSignature, planCharts } from './chart-plan';
import type { ChartNumbers } from './chart-plan';
import { filtersKey } from './count-plan';
import { isSessionEndedError } from '@/lib/session/session-query';

export interface ChartNumbersState {
  /** What to draw: while new filters are counted, the last complete numbers (see `isStale`). */
  numbers: ChartNumbers;
  /** Some count is still loading. */
  isCounting: boolean;
  /** `numbers` are the previous filters' while these are counted: show them as updating. */
  isStale: boolean;
  /** Some count failed (after the query client's retries). */
  hasFailed: boolean;
  retry: () => void;
}

interface CompleteNumbers {
  signature: string;
  numbers: ChartNumbers;
}

/**
 * Like the table's previous page, the charts keep the last numbers that were all in while new
 * ones are counted, instead of emptying every bar and filling them one count at a time (and
 * redrawing recharts for each). Before any set is complete, the partial numbers show.
 */
function useLastComplete(
  numbers: ChartNumbers,
  isCounting: boolean,
): { numbers: ChartNumbers; isStale: boolean } {
  const signature = numbersSignature(numbers);
  const [complete, setComplete] = useState<CompleteNumbers | null>(null);
  // Adjusting state to what was just rendered, as React documents it: no effect, no extra commit.
  if (!isCounting && complete?.signature !== signature) setComplete({ signature, numbers });
  if (isCounting && complete) return { numbers: complete.numbers, isStale: true };
  return { numbers, isStale: false };
}

/**
 * Every chart number for the filters of `query`. Counts are keyed on the filters alone, so paging,
 * sorting and page size reuse them; when the filters change, the old counts lose their observers
 * and TanStack Query aborts the ones in flight. The total is the table's own page query, read from
 * the cache it shares with the table.
 */
export function useChartNumbers(query: CallLogQuery): ChartNumbersState {
  const { filters } = query;
  const currentKey = filtersKey(filters);
  // The plan is a function of the filters, and `currentKey` is their canonical text: paging,
  // sorting or opening a call re-renders this without planning the same counts again.
  const { plan, plannedFilters } = useMemo(
    () => ({ plan: planCharts(filters), plannedFilters: filters }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [currentKey],
  );

  const table = useQuery({
    ...callQueries.page(query),
    // Another page or sort of the same filters has the same total; other filters do not.
    placeholderData: (previous, previousQuery) =>
      previousQuery && filtersKey(previousQuery.queryKey[2].filters) === currentKey
        ? previous
        : undefined,
  });
  // Rows first: the table's answer reaches the charts in a render after the one that shows the
  // rows, and the counts of new filters are asked for only then (or once the table has given up),
  // so they never hold the server or the main thread while the rows are on their way.
  const tableTotal = useDeferredValue(table.data?.total);
  const isTableFetching = useDeferredValue(table.isFetching);
  // A server that leaves the total out of a page is asked for it like for any other count.
  const isTotalMissing = tableTotal === null;
  const requests = useMemo(
    () => (isTotalMissing ? [...plan.requests, plannedFilters] : plan.requests),
    [plan, plannedFilters, isTotalMissing],
  );
  const rowsAreIn = tableTotal !== undefined || !isTableFetching;
  // The same array while nothing changed: useQueries then skips hashing a dozen keys again on
  // every render (each page change renders this component).
  const queries = useMemo(
    () => requests.map((filters) => ({ ...chartQueries.count(filters), enabled: rowsAreIn })),
    [requests, rowsAreIn],
  );
  const counts = useQueries({ queries });
  const requestKeys = useMemo(() => requests.map(filtersKey), [requests]);

  const countsByKey = new Map<string, number>();
  requestKeys.forEach((key, index) => {
    const data = counts[index]?.data;
    if (data !== undefined) countsByKey.set(key, data);
  });
  const numbers = evaluateCharts(plan, (source) =>
    source.kind === 'total'
      ? (tableTotal ?? countsByKey.get(currentKey))
      : countsByKey.get(source.key),
  );

  const isCounting = counts.some((count) => count.isPending) || tableTotal === undefined;
  const shown = useLastComplete(numbers, isCounting);

  return {
    numbers: shown.numbers,
    isStale: shown.isStale,
    isCounting,
    // An ended session is said once, app-wide (SessionEndedNotice), and no retry would help.
    hasFailed: counts.some((count) => count.isError && !isSessionEndedError(count.error)),
    retry: () => {
      for (const count of counts) if (count.isError) void count.refetch();
    },
  };
}
