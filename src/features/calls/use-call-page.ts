import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { callQueries } from '@/lib/call-log/call-log';
import type { CallPage, CallQueries } from '@/lib/call-log/call-log';
import type { CallLogQuery } from '@/lib/call-log/call-log-query';
import { isSessionEndedError } from '@/lib/session/session-query';

/**
 * The page query of `query`, and the page to show for it: its own rows, the previous rows while it
 * loads (the query's placeholder), and the last rows shown when it was refused because the session
 * ended. TanStack Query drops a placeholder once its query fails; these rows stay on screen until
 * the user signs in again, as they do while a failing upstream is retried.
 */
export function useCallPage(
  query: CallLogQuery,
  queries: CallQueries = callQueries,
): { pageQuery: UseQueryResult<CallPage>; shown: CallPage | undefined } {
  const pageQuery = useQuery(queries.page(query));
  // The request whose own rows were last on screen: view state, not a copy of them (the rows stay
  // in the Query cache, read below through the same factory).
  const [shownQuery, setShownQuery] = useState(query);
  if (pageQuery.data !== undefined && !pageQuery.isPlaceholderData && shownQuery !== query) {
    setShownQuery(query);
  }
  const isRefused = pageQuery.data === undefined && isSessionEndedError(pageQuery.error);
  // Never fetches; observing it keeps those rows in the cache for as long as they may be needed.
  const lastShown = useQuery({ ...queries.page(shownQuery), enabled: false });
  return { pageQuery, shown: isRefused ? lastShown.data : pageQuery.data };
}
