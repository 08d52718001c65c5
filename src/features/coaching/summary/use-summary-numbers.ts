import { useQueries, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { referenceQueries } from '@/lib/reference-data/reference-queries';
import type { ReferenceQueries } from '@/lib/reference-data/reference-queries';
import { scoredCallQueries } from '@/lib/scored-calls/scored-calls';
import type { ScoredCallQueries } from '@/lib/scored-calls/scored-calls';
import type { ScoredCallFilters, ScoredCallsQuery } from '@/lib/scored-calls/scored-calls-query';
import { isSessionEndedError } from '@/lib/session/session-query';
import { useSession } from '@/lib/session/use-session';
import type { ScoreBand } from './score-bands';
import { evaluateSummary, planSummary, summaryFiltersKey } from './summary-plan';
import type { CountState, SummaryNumbers } from './summary-plan';
import { summaryReps } from './summary-reps';
import type { SummaryRep } from './summary-reps';

export interface SummaryState {
  /** What to show: while new filters are counted, the last numbers that were all in (`isStale`). */
  numbers: SummaryNumbers<SummaryRep>;
  /** The filters the numbers are of: a rep's own calls for a signed-in rep. */
  filters: ScoredCallFilters;
  /** Listed but not counted yet, to keep to the budget; "Show more reps" counts `nextStepSize`. */
  uncountedReps: SummaryRep[];
  nextStepSize: number;
  /** The team is still loading, so no rep is listed yet. */
  isLoadingReps: boolean;
  /** How many calls match the filters, scored or not, as the table's page said (null: not said). */
  tableTotal: number | null | undefined;
  /** Some count is still coming. */
  isCounting: boolean;
  /** `numbers` are the previous filters' while these are counted. */
  isStale: boolean;
  /** What could not be counted (after the query client's retries). */
  failed: { bands: ScoreBand[]; reps: SummaryRep[] };
  retry: () => void;
}

/** The queries the summary reads: the app's own, or a test's against its own server. */
export interface SummaryQueries {
  scoredCalls: Pick<ScoredCallQueries, 'page' | 'count'>;
  reference: Pick<ReferenceQueries, 'team'>;
}

export const APP_SUMMARY_QUERIES: SummaryQueries = {
  scoredCalls: scoredCallQueries,
  reference: referenceQueries,
};

interface Shown {
  filtersKey: string;
  numbers: SummaryNumbers<SummaryRep>;
}

const isDone = (count: CountState) => count !== 'counting';

function isComplete(numbers: SummaryNumbers<SummaryRep>): boolean {
  return (
    numbers.bands.every(({ count }) => isDone(count)) &&
    numbers.reps.every(({ counts }) => counts.every(isDone))
  );
}

/**
 * As the table keeps its previous page, the summary keeps the previous filters' numbers until the
 * new ones are all in, instead of emptying each bar and filling it one count at a time. For the
 * same filters ("Show more reps", "Try again") the numbers in hand show and the rest say "…".
 */
function useLastComplete(
  filtersKey: string,
  numbers: SummaryNumbers<SummaryRep>,
  isCounting: boolean,
): { numbers: SummaryNumbers<SummaryRep>; isStale: boolean } {
  const [complete, setComplete] = useState<Shown | null>(null);
  // Adjusting state to what was just rendered, as React documents it: no effect, no extra commit.
  if (!isCounting && complete?.numbers !== numbers) {
    const isSame =
      complete?.filtersKey === filtersKey &&
      JSON.stringify(complete.numbers) === JSON.stringify(numbers);
    if (!isSame) setComplete({ filtersKey, numbers });
  }
  if (isCounting && complete && complete.filtersKey !== filtersKey) {
    return { numbers: complete.numbers, isStale: true };
  }
  return { numbers, isStale: false };
}

/**
 * The summary's numbers for the filters of `query`, counted over every matching scored call with
 * `limit=1` requests (at most SUMMARY_REQUEST_BUDGET per filter change, and per extra `repSteps`).
 * Counts are keyed on their filters alone, so paging and sorting reuse them, and a filter change
 * drops the old ones' observers, which aborts those in flight. The filtered total is the table's
 * own page query, read from the cache it shares with the table.
 */
export function useSummaryNumbers(
  query: ScoredCallsQuery,
  repSteps: number,
  queries: SummaryQueries = APP_SUMMARY_QUERIES,
): SummaryState {
  const { user } = useSession();
  const team = useQuery(queries.reference.team());
  // A rep reads only their own calls (the proxy sets the rep of every request): count those.
  const { start_date, end_date, min_score, max_score } = query;
  const userId = user?.role === 'rep' ? user.userId : query.user_id;
  const filtersKey = summaryFiltersKey({
    start_date,
    end_date,
    min_score,
    max_score,
    user_id: userId,
  });
  // One object per filter set: a new page, sort or render plans nothing again.
  const filters = useMemo<ScoredCallFilters>(
    () => ({ start_date, end_date, min_score, max_score, user_id: userId }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filtersKey],
  );
  const tableFiltersKey = summaryFiltersKey(query);

  const table = useQuery({
    ...queries.scoredCalls.page(query),
    // Another page or sort of the same filters has the same total; other filters do not.
    placeholderData: (previous, previousQuery) =>
      previousQuery && summaryFiltersKey(previousQuery.queryKey[2]) === tableFiltersKey
        ? previous
        : undefined,
  });
  // Rows first: the counts of new filters are asked for once the table has answered (or given
  // up), a render after the rows, so they never hold the server while the rows are on their way.
  const tableTotal = useDeferredValue(table.data?.total);
  const isTableFetching = useDeferredValue(table.isFetching);
  const rowsAreIn = tableTotal !== undefined || !isTableFetching;
  const isTotalKnown = typeof tableTotal === 'number';

  const reps = useMemo(
    () => summaryReps(filters, team.data?.reps, user),
    [filters, team.data, user],
  );
  const plan = useMemo(
    () => planSummary(filters, reps ?? [], { isTotalKnown, repSteps }),
    [filters, reps, isTotalKnown, repSteps],
  );
  const nextStepSize = useMemo(
    () =>
      plan.uncountedReps.length === 0
        ? 0
        : planSummary(filters, reps ?? [], { isTotalKnown, repSteps: repSteps + 1 }).reps.length -
          plan.reps.length,
    [plan, filters, reps, isTotalKnown, repSteps],
  );

  const countQueries = useMemo(
    () =>
      plan.requests.map((request) => ({
        ...queries.scoredCalls.count(request),
        enabled: rowsAreIn,
      })),
    [plan, rowsAreIn, queries],
  );
  const counts = useQueries({ queries: countQueries });

  const stateByKey = new Map<string, CountState>();
  plan.requests.forEach((request, index) => {
    const count = counts[index];
    const state: CountState =
      count?.data !== undefined ? count.data : count?.isError ? 'failed' : 'counting';
    stateByKey.set(summaryFiltersKey(request), state);
  });
  const numbers = evaluateSummary(plan, (source) => {
    if (source.kind === 'count') return stateByKey.get(source.key) ?? 'counting';
    return typeof tableTotal === 'number' ? tableTotal : 'counting';
  });

  const isCounting = !isComplete(numbers);
  const shown = useLastComplete(filtersKey, numbers, isCounting);
  // An ended session is said once, app-wide, and no retry would help.
  const hasEnded = counts.some((count) => count.isError && isSessionEndedError(count.error));

  return {
    numbers: shown.numbers,
    filters,
    uncountedReps: plan.uncountedReps,
    nextStepSize,
    isLoadingReps: reps === undefined,
    tableTotal,
    isCounting,
    isStale: shown.isStale,
    failed: hasEnded
      ? { bands: [], reps: [] }
      : {
          bands: numbers.bands.filter(({ count }) => count === 'failed').map(({ band }) => band),
          reps: numbers.reps
            .filter(({ counts: repCounts }) => repCounts.includes('failed'))
            .map(({ rep }) => rep),
        },
    retry: () => {
      for (const count of counts) if (count.isError) void count.refetch();
    },
  };
}
