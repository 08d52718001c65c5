import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { referenceQueries } from '@/features/reference-data/reference-queries';
import { callQueries } from './api/call-log';
import { callLogQueryForSearch } from './url-state/use-calls-view';

/**
 * The calls route's loader: starts the page's requests as soon as the router knows the URL, before
 * anything renders, so the first rows do not wait for React to mount the table (no waterfall). It
 * waits for nothing: the page reads the same queries from the cache, pending or not.
 */
export function createCallsLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs): null => {
    const query = callLogQueryForSearch(new URL(request.url).search);
    void queryClient.prefetchQuery(callQueries.page(query));
    void queryClient.prefetchQuery(referenceQueries.dispositions());
    return null;
  };
}
