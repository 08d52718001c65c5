import { QueryCache, QueryClient } from '@tanstack/react-query';
import type { Query } from '@tanstack/react-query';
import { isApiError } from './api-client';
import type { ApiErrorKind } from './api-client';
import { recordSessionEnded } from './session/session-query';

/** Retries after the first failure, so at most four attempts. */
export const MAX_RETRIES = 3;
export const BASE_RETRY_DELAY_MS = 1_000;
/** A wait asked for beyond this is not worth holding a spinner for: fail and let the user retry. */
export const MAX_RETRY_AFTER_SECONDS = 60;
/** Call logs change while reps dial, but re-reading within half a minute only adds load. */
export const DEFAULT_STALE_TIME_MS = 30_000;

/**
 * TanStack Query's `retry`. `failureCount` is the number of failures before this one (0 on the first).
 * 4xx other than 429 would fail the same way again; a malformed body is the same bytes next time;
 * anything that is not an ApiError is a bug, not a hiccup. Cancellation never reaches here.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !isApiError(error)) return false;
  if (error.kind === 'rate-limited') {
    return (error.retryAfterSeconds ?? 0) <= MAX_RETRY_AFTER_SECONDS;
  }
  return isPassingFault(error.kind);
}

/**
 * A failure that passes by itself (the upstream down, a 5xx, a timeout, a rate limit), as against
 * one that would fail the same way again (a refused request, an unreadable body). Both retries
 * and recovery ask this; the switch has every kind, so a new one must be placed.
 */
function isPassingFault(kind: ApiErrorKind): boolean {
  switch (kind) {
    case 'server':
    case 'network':
    case 'timeout':
    case 'rate-limited':
      return true;
    case 'unauthorized':
    case 'session-ended':
    case 'no-access':
    case 'not-found':
    case 'bad-request':
    case 'malformed':
      return false;
  }
}

/**
 * 1 s, 2 s, 4 s… plus up to half again at random, so tabs that failed together do not retry in
 * lockstep. `random` is injectable for tests.
 */
export function backoffDelayMs(failureCount: number, random: () => number = Math.random): number {
  const nominal = BASE_RETRY_DELAY_MS * 2 ** failureCount;
  return Math.round(nominal * (1 + random() / 2));
}

/** TanStack Query's `retryDelay`: the server's `Retry-After` when it sent one, else back-off. */
export function retryDelayMs(
  failureCount: number,
  error: unknown,
  random: () => number = Math.random,
): number {
  if (isApiError(error) && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds, MAX_RETRY_AFTER_SECONDS) * 1000;
  }
  return backoffDelayMs(failureCount, random);
}

/** After the retries are spent on a passing fault, shown queries try again this often. */
export const RECOVERY_INTERVAL_MS = 15_000;

/**
 * TanStack Query's `refetchInterval`: nothing while a query is fine; once its retries are spent on
 * a failure that passes by itself (the upstream down, a 5xx, a timeout, a rate limit), one more
 * round every RECOVERY_INTERVAL_MS while it is on screen, so the view comes back without a click
 * and without a storm. A refused request or an unreadable body would fail the same way again.
 */
export function recoveryIntervalMs(query: Pick<Query, 'state'>): number | false {
  const { status, error } = query.state;
  if (status !== 'error' || !isApiError(error)) return false;
  return isPassingFault(error.kind) ? RECOVERY_INTERVAL_MS : false;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    // Whichever request first learns that the session ended tells the whole app, once.
    queryCache: new QueryCache({
      onError: (error) => {
        recordSessionEnded(queryClient, error);
      },
    }),
    defaultOptions: {
      queries: {
        retry: shouldRetryQuery,
        retryDelay: (failureCount, error) => retryDelayMs(failureCount, error),
        staleTime: DEFAULT_STALE_TIME_MS,
        // Off: focus flips constantly between this tab and the dialer, and each flip would refetch
        // every mounted query (a page plus a fan of chart counts) and reshuffle the rows being read.
        // Fresh data comes with every filter or page change, on reconnect, and on explicit refresh.
        refetchOnWindowFocus: false,
        refetchInterval: recoveryIntervalMs,
      },
    },
  });
  return queryClient;
}
