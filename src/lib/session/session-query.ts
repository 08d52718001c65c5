import { queryOptions, skipToken } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { apiGet, isApiError } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import { parseSession, UNKNOWN_SESSION } from './session-schema';
import type { Session, SessionEnded } from './session-schema';

export async function fetchSession(signal?: AbortSignal, get: ApiGet = apiGet): Promise<Session> {
  try {
    return parseSession(await get('session', undefined, { signal }));
  } catch (error) {
    // A server without the route (a 404, or its HTML fallback page) has no sign-in to show.
    if (isApiError(error) && (error.kind === 'malformed' || error.kind === 'not-found')) {
      return UNKNOWN_SESSION;
    }
    // An ended session fails like any request: the last answer stays, and the end is recorded.
    throw error;
  }
}

/** `GET /api/session`: who is signed in. It holds until the session ends, so it never goes stale. */
export function sessionQuery(get: ApiGet = apiGet) {
  return queryOptions({
    queryKey: ['session'] as const,
    queryFn: ({ signal }) => fetchSession(signal, get),
    staleTime: Infinity,
  });
}

/**
 * That the session ended while the app was open, as the first request to be refused said it. Never
 * fetched: `recordSessionEnded` writes it, from whichever request learnt it first, and it holds
 * until the page is left to sign in again.
 */
export function sessionEndedQuery() {
  return queryOptions<SessionEnded>({
    queryKey: ['session', 'ended'] as const,
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** Whether a request failed only because the dashboard's session had ended. */
export function isSessionEndedError(error: unknown): boolean {
  return isApiError(error) && error.kind === 'session-ended';
}

/** For the query cache's `onError`: a request refused because the session ended says so app-wide. */
export function recordSessionEnded(queryClient: QueryClient, error: unknown): void {
  if (!isApiError(error) || error.kind !== 'session-ended') return;
  const { queryKey } = sessionEndedQuery();
  if (queryClient.getQueryData(queryKey) !== undefined) return;
  queryClient.setQueryData(queryKey, { signInUrl: error.signInUrl ?? null });
}
