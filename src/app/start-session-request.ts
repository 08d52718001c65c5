import type { QueryClient } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import { sessionQuery } from '@/lib/session/session-query';

function ignore(): void {
  // The header and the views read the answer, or its failure, from the same cache entry.
}

/**
 * Asks who is signed in before React renders anything, alongside the first calls requests, so the
 * role (a rep's own calls) is known without a request of its own to wait for.
 */
export function startSessionRequest(queryClient: QueryClient, get: ApiGet = apiGet): void {
  queryClient.query(sessionQuery(get)).catch(ignore);
}
