import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { referenceQueries } from '@/features/reference-data/reference-queries';
import { callQueries } from './api/call-log';
import { callLogQueryForSearch } from './url-state/use-calls-view';

function ignore(): void {
  // See above.
}

/**
 * The calls route's loader: starts the page's requests as soon as the router knows the URL, before
 * anything renders, so the first rows do not wait for React to mount the table (no waterfall). It
 * waits for nothing: the page reads the same queries from the cache, pending or not.
 */
export function createCallsLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs): null => {
    const query = callLogQueryForSearch(new URL(request.url).search);
    // Failures are the page's to show, from the same cache entries: nothing to do with them here.
    queryClient.query(callQueries.page(query)).catch(ignore);
    queryClient.query(referenceQueries.dispositions()).catch(ignore);
    return null;
  };
}
