import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { scoredCallQueries } from '@/lib/scored-calls/scored-calls';
import type { ScoredCallPage, ScoredCallQueries } from '@/lib/scored-calls/scored-calls';
import type { ScoredCallsQuery } from '@/lib/scored-calls/scored-calls-query';

/**
 * The page query of `query`, and the page to show for it: its own rows, the previous rows while it
 * loads (the query's placeholder), and, once it has failed, the last rows that were shown.
 * TanStack Query drops a placeholder when its query fails; the page keeps them on screen under
 * the message that says what happened, as the call log does while a request is retried.
 */
export function useScoredCallPage(
  query: ScoredCallsQuery,
  queries: ScoredCallQueries = scoredCallQueries,
): { pageQuery: UseQueryResult<ScoredCallPage>; shown: ScoredCallPage | undefined } {
  const pageQuery = useQuery(queries.page(query));
  // The request whose own rows were last on screen: view state, not a copy of them (the rows stay
  // in the Query cache, read below through the same factory).
  const [shownQuery, setShownQuery] = useState(query);
  if (pageQuery.data !== undefined && !pageQuery.isPlaceholderData && shownQuery !== query) {
    setShownQuery(query);
  }
  // Never fetches; observing it keeps those rows in the cache for as long as they may be needed.
  const lastShown = useQuery({
    ...queries.page(shownQuery),
    enabled: false,
    placeholderData: undefined,
  });
  const isFailed = pageQuery.data === undefined && pageQuery.isError;
  return { pageQuery, shown: isFailed ? lastShown.data : pageQuery.data };
}
