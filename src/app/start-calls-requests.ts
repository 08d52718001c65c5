import type { QueryClient } from '@tanstack/react-query';
import { createReferenceQueries } from '@/lib/reference-data/reference-queries';
import { apiGet } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import { createCallQueries } from '@/lib/call-log/call-log';
import { callLogQueryForSearch } from '@/lib/calls-view/calls-view-provider';

function ignore(): void {
  // Failures are the page's to show, from the same cache entries: nothing to do with them here.
}

/**
 * Starts the call log's requests for a URL's search string at once, before React renders anything,
 * so the first rows never wait for the table to mount (no waterfall). Waits for nothing: the page
 * reads the same queries from the cache, pending or not.
 */
export function startCallsRequests(
  queryClient: QueryClient,
  search: string,
  get: ApiGet = apiGet,
): void {
  queryClient.query(createCallQueries(get).page(callLogQueryForSearch(search))).catch(ignore);
  queryClient.query(createReferenceQueries(get).dispositions()).catch(ignore);
}
