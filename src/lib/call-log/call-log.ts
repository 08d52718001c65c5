import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { ApiError, apiGet } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import { parseEach, uniqueBy } from '@/lib/lenient-schema';
import { derivePaging, reportedPagingSchema } from '@/lib/pagination';
import type { Paging } from '@/lib/pagination';
import { toCallLogSearchParams, toFilterSearchParams } from '@/lib/calls-view/calls-view-params';
import type { CallLogFilters, CallLogQuery } from './call-log-query';
import { callSchema, parseCall } from './call-schema';
import type { Call } from './call-schema';

/** One page of `GET /v1/call-log`, with the paging facts derived where the server left them out. */
export interface CallPage extends Paging {
  rows: Call[];
  /** Records that could not be rows (no `_id`, not an object, a repeated `_id`). */
  droppedRows: number;
}

const callPageEnvelopeSchema = z.object({
  data: z.array(z.unknown()),
  pagination: z.catch(reportedPagingSchema, {}),
});

function malformed(detail: string): ApiError {
  return new ApiError({ kind: 'malformed', detail });
}

/**
 * Reads a call-log body. Rows are parsed one by one so one bad record costs one row, not the page;
 * `requested` fills in paging facts the server omitted. Throws ApiError 'malformed' when there is
 * no `data` array at all.
 */
export function parseCallPage(body: unknown, requested: { page: number; limit: number }): CallPage {
  const envelope = callPageEnvelopeSchema.safeParse(body);
  if (!envelope.success) throw malformed('The call log response has no "data" list.');
  const { data, pagination } = envelope.data;

  const { valid, dropped } = parseEach(callSchema, data);
  const rows = uniqueBy(valid, (call) => call._id);

  return {
    rows,
    ...derivePaging(pagination, requested, data.length),
    droppedRows: dropped + valid.length - rows.length,
  };
}

export async function fetchCallPage(
  query: CallLogQuery,
  signal?: AbortSignal,
  get: ApiGet = apiGet,
): Promise<CallPage> {
  const body = await get('v1/call-log', toCallLogSearchParams(query), { signal });
  return parseCallPage(body, query);
}

/** The proxy forwards one path segment of safe characters; anything else cannot be a call id. */
const CALL_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/** Reads a call-detail body: the contract wraps the call in `data`, the client also takes it bare. */
export function parseCallDetail(body: unknown): Call {
  const wrapped = z.object({ data: z.unknown() }).safeParse(body);
  const call = parseCall(body) ?? (wrapped.success ? parseCall(wrapped.data.data) : undefined);
  if (!call) throw malformed('The call response has no call with an id.');
  return call;
}

export async function fetchCall(
  id: string,
  signal?: AbortSignal,
  get: ApiGet = apiGet,
): Promise<Call> {
  if (!CALL_ID_PATTERN.test(id)) {
    throw new ApiError({ kind: 'not-found', detail: 'That is not a call id.' });
  }
  const body = await get(`v1/call-log/${id}`, undefined, { signal });
  return parseCallDetail(body);
}

/**
 * How many calls match `filters`: a one-row request that reads `pagination.total`, so charts can
 * count many buckets without downloading calls.
 */
export async function fetchCallCount(
  filters: CallLogFilters,
  signal?: AbortSignal,
  get: ApiGet = apiGet,
): Promise<number> {
  const params = toFilterSearchParams(filters);
  params.set('page', '1');
  params.set('limit', '1');
  const body = await get('v1/call-log', params, { signal });
  const { total } = parseCallPage(body, { page: 1, limit: 1 });
  // With limit=1 an empty first page is a count of zero; anything else needs the server's total.
  if (total !== null) return total;
  throw malformed('The call log response did not say how many calls match.');
}

/** Query options for everything under `/v1/call-log`; keys hold every input of their fetcher. */
export function createCallQueries(get: ApiGet) {
  return {
    all: ['calls'] as const,
    page: (query: CallLogQuery) =>
      queryOptions({
        queryKey: ['calls', 'page', query] as const,
        queryFn: ({ signal }) => fetchCallPage(query, signal, get),
        // Keep the current rows on screen while the next page or filter loads.
        placeholderData: keepPreviousData,
      }),
    detail: (id: string) =>
      queryOptions({
        queryKey: ['calls', 'detail', id] as const,
        queryFn: ({ signal }) => fetchCall(id, signal, get),
      }),
    count: (filters: CallLogFilters) =>
      queryOptions({
        queryKey: ['calls', 'count', filters] as const,
        queryFn: ({ signal }) => fetchCallCount(filters, signal, get),
      }),
  };
}

export type CallQueries = ReturnType<typeof createCallQueries>;

export const callQueries: CallQueries = createCallQueries(apiGet);

function ignore(): void {
  // A prefetch has no one to tell.
}

/**
 * Warms the cache with the page after `result`, through the same factory, so "Next" is instant.
 * Does nothing on the last page or when `result` is a placeholder from another page.
 */
export function prefetchNextPage(
  queryClient: QueryClient,
  query: CallLogQuery,
  result: CallPage,
  queries: CallQueries = callQueries,
): Promise<void> {
  if (result.next === null || result.page !== query.page) return Promise.resolve();
  // Errors are not the caller's concern here: the page query reports its own when it is shown.
  return queryClient.query(queries.page({ ...query, page: result.next })).then(ignore, ignore);
}
