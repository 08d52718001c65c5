import { createRequestLimit } from '@/lib/request-limit';
import type { RequestLimit } from '@/lib/request-limit';
import { createCallQueries } from '@/lib/call-log/call-log';
import { API_CONCURRENCY, apiGet } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';

/**
 * Chart counts queue here before the app-wide limit, so they hold at most this many of its
 * API_CONCURRENCY slots: a page the table asks for while a fan of counts is loading always finds a
 * free slot instead of waiting behind them.
 */
export const CHART_CONCURRENCY = Math.max(1, API_CONCURRENCY - 2);

/** `get` behind `limit`; a request cancelled while it waits here is never sent. */
export function limitGet(get: ApiGet, limit: RequestLimit): ApiGet {
  return (path, params, options) =>
    limit(() => {
      options?.signal?.throwIfAborted();
      return get(path, params, options);
    });
}

/** The call-log queries with the charts' fetcher: same keys (`['calls', 'count', filters]`). */
export const chartQueries = createCallQueries(
  limitGet(apiGet, createRequestLimit(CHART_CONCURRENCY)),
);
