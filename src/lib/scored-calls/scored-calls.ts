import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { MAX_LIMIT } from '@contract/salesfinity';
import { ApiError, apiGet } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import type { Call } from '@/lib/call-log/call-schema';
import { parseEach, uniqueBy } from '@/lib/lenient-schema';
import { derivePaging, reportedPagingSchema } from '@/lib/pagination';
import type { Paging } from '@/lib/pagination';
import { scoredCallSchema } from './scored-call-schema';
import type { ScoredCall } from './scored-call-schema';
import { toScoredCallsSearchParams } from './scored-calls-query';
import type { ScoredCallFilters, ScoredCallsQuery } from './scored-calls-query';

/** One page of `GET /v1/scored-calls`, with the paging facts derived where the server left them out. */
export interface ScoredCallPage extends Paging {
  rows: ScoredCall[];
  /** Records that could not be rows (no `_id`, not an object, a repeated `_id`). */
  droppedRows: number;
}

const envelopeSchema = z.object({
  data: z.array(z.unknown()),
  pagination: z.catch(reportedPagingSchema, {}),
});

function malformed(detail: string): ApiError {
  return new ApiError({ kind: 'malformed', detail });
}

/** Reads a scored-calls body record by record: one bad record costs one row, not the page. */
export function parseScoredCallPage(
  body: unknown,
  requested: { page: number; limit: number },
): ScoredCallPage {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) throw malformed('The scored calls response has no "data" list.');
  const { data, pagination } = envelope.data;
  const { valid, dropped } = parseEach(scoredCallSchema, data);
  const rows = uniqueBy(valid, (record) => record._id);
  return {
    rows,
    ...derivePaging(pagination, requested, data.length),
    droppedRows: dropped + valid.length - rows.length,
  };
}

export async function fetchScoredCallPage(
  query: ScoredCallsQuery,
  signal?: AbortSignal,
  get: ApiGet = apiGet,
): Promise<ScoredCallPage> {
  const body = await get('v1/scored-calls', toScoredCallsSearchParams(query), { signal });
  return parseScoredCallPage(body, query);
}

/** How many scored calls match `filters`: a one-record request that reads `pagination.total`. */
export async function fetchScoredCallCount(
  filters: ScoredCallFilters,
  signal?: AbortSignal,
  get: ApiGet = apiGet,
): Promise<number> {
  const query: ScoredCallsQuery = {
    ...filters,
    page: 1,
    limit: 1,
    sort: { field: 'createdAt', direction: 'desc' },
  };
  const body = await get('v1/scored-calls', toScoredCallsSearchParams(query), { signal });
  const { total } = parseScoredCallPage(body, query);
  if (total !== null) return total;
  throw malformed('The scored calls response did not say how many calls match.');
}

const DAY_MS = 86_400_000;

/**
 * The request that finds one call's score (contract: the endpoint has no call filter): the call's
 * rep, from its end to one day later, oldest first, since a call is scored minutes after it ends.
 * Undefined when the call lacks a rep or an end: then it cannot be looked up.
 */
export function scoreLookupQuery(call: Call): ScoredCallsQuery | undefined {
  const repId = call.user?._id;
  const endedMs = call.ended_at === undefined ? NaN : Date.parse(call.ended_at);
  if (repId === undefined || Number.isNaN(endedMs)) return undefined;
  return {
    page: 1,
    limit: MAX_LIMIT,
    sort: { field: 'createdAt', direction: 'asc' },
    user_id: repId,
    start_date: new Date(endedMs).toISOString(),
    end_date: new Date(endedMs + DAY_MS).toISOString(),
  };
}

/**
 * The call's score, or null when it has none. Only the first page is read: the rep's scores in the
 * day after the call, oldest first, start with this call's (at most minutes after it ended).
 */
export async function fetchScoreOfCall(
  call: Call,
  signal?: AbortSignal,
  get: ApiGet = apiGet,
): Promise<ScoredCall | null> {
  const query = scoreLookupQuery(call);
  if (query === undefined) return null;
  const page = await fetchScoredCallPage(query, signal, get);
  return page.rows.find((record) => record.call_log?._id === call._id) ?? null;
}

/** Query options for everything under `/v1/scored-calls`; keys hold every input of their fetcher. */
export function createScoredCallQueries(get: ApiGet) {
  return {
    all: ['scored-calls'] as const,
    page: (query: ScoredCallsQuery) =>
      queryOptions({
        queryKey: ['scored-calls', 'page', query] as const,
        queryFn: ({ signal }) => fetchScoredCallPage(query, signal, get),
        // Keep the current rows on screen while the next page or filter loads.
        placeholderData: keepPreviousData,
      }),
    count: (filters: ScoredCallFilters) =>
      queryOptions({
        queryKey: ['scored-calls', 'count', filters] as const,
        queryFn: ({ signal }) => fetchScoredCallCount(filters, signal, get),
      }),
    /** Keyed by what the lookup reads, so a call that changes rep or end asks again. */
    ofCall: (call: Call) =>
      queryOptions({
        queryKey: [
          'scored-calls',
          'of-call',
          call._id,
          call.user?._id ?? null,
          call.ended_at ?? null,
        ] as const,
        queryFn: ({ signal }) => fetchScoreOfCall(call, signal, get),
      }),
  };
}

export type ScoredCallQueries = ReturnType<typeof createScoredCallQueries>;

export const scoredCallQueries: ScoredCallQueries = createScoredCallQueries(apiGet);
