import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiGet, isApiError } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';

/** Whether the proxy serves the simulator ('demo') or the real service ('live'). */
export type DataSource = 'demo' | 'live' | 'unknown';

const dataSourceBodySchema = z.object({ mode: z.enum(['demo', 'live']) });

/** Anything but `{ mode: 'demo' | 'live' }` is 'unknown': a badge, not a reason to fail. */
export function parseDataSource(body: unknown): DataSource {
  const result = dataSourceBodySchema.safeParse(body);
  return result.success ? result.data.mode : 'unknown';
}

export async function fetchDataSource(
  signal?: AbortSignal,
  get: ApiGet = apiGet,
): Promise<DataSource> {
  try {
    return parseDataSource(await get('mode', undefined, { signal }));
  } catch (error) {
    // A 200 that is not JSON is typically an SPA fallback page: the server just lacks the route.
    if (isApiError(error) && error.kind === 'malformed') return 'unknown';
    throw error;
  }
}

/** `GET /api/mode`: where the calls come from. It is fixed for the life of the server, so it never goes stale. */
export function dataSourceQuery(get: ApiGet = apiGet) {
  return queryOptions({
    queryKey: ['mode'] as const,
    queryFn: ({ signal }) => fetchDataSource(signal, get),
    staleTime: Infinity,
  });
}
