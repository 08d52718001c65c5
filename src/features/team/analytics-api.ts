import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { ApiError, apiGet } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import { collectAllPages } from '@/lib/pagination';
import { idString, lenient, nonNegativeNumber, parseEach, uniqueBy } from '@/lib/lenient-schema';
import type { AnalyticsRange } from './team-view';

/** What the analytics endpoints are asked: a range, optional dispositions, the user's zone. */
export interface AnalyticsQuery extends AnalyticsRange {
  disposition_ids: number[];
  /** IANA zone: the service counts a rep's days (dials per day) in it. */
  timezone: string;
}

/** Plain keys (`disposition_ids[]`), as the analytics endpoints name them. */
export function toAnalyticsParams(query: AnalyticsQuery): URLSearchParams {
  const params = new URLSearchParams({
    start_date: query.start_date,
    end_date: query.end_date,
    timezone: query.timezone,
  });
  for (const id of query.disposition_ids) params.append('disposition_ids[]', String(id));
  return params;
}

const text = lenient(z.string());
const count = lenient(nonNegativeNumber);

const metricSchema = z.object({ value: count, growth: lenient(z.number()) });
const overviewSchema = z.object({
  total_calls: lenient(metricSchema),
  connected_calls: lenient(metricSchema),
  conversations: lenient(metricSchema),
  meetings_set: lenient(metricSchema),
  total_follow_up_tasks: lenient(metricSchema),
});
export type Overview = z.infer<typeof overviewSchema>;
export type OverviewMetricKey = keyof Overview;

/** Documented unwrapped; a `data` wrapper is accepted too, as elsewhere. */
export function parseOverview(body: unknown): Overview {
  const wrapped = z.object({ data: z.record(z.string(), z.unknown()) }).safeParse(body);
  const result = overviewSchema.safeParse(wrapped.success ? wrapped.data.data : body);
  if (!result.success) {
    throw new ApiError({ kind: 'malformed', detail: 'The overview response is not an object.' });
  }
  return result.data;
}

export const repPerformanceSchema = z.object({
  _id: idString,
  first_name: text,
  last_name: text,
  email: text,
  total_calls: count,
  connected_calls: count,
  connection_rate: count,
  conversations: count,
  conversation_rate: count,
  avg_dials_day: count,
  total_duration: count,
  meetings_set: count,
});
export type RepPerformance = z.infer<typeof repPerformanceSchema>;

const sdrPageSchema = z.object({
  data: z.array(z.unknown()),
  next: lenient(z.nullable(z.int())),
});

/** One page of `sdr-performance` (`totalCount/next/prev` envelope); bad rows are dropped. */
export function parseSdrPage(body: unknown): { items: RepPerformance[]; next: number | null } {
  const result = sdrPageSchema.safeParse(body);
  if (!result.success) {
    throw new ApiError({
      kind: 'malformed',
      detail: 'The rep performance response has no "data" list.',
    });
  }
  return {
    items: parseEach(repPerformanceSchema, result.data.data).valid,
    next: result.data.next ?? null,
  };
}

export async function fetchOverview(
  query: AnalyticsQuery,
  signal?: AbortSignal,
  get: ApiGet = apiGet,
): Promise<Overview> {
  return parseOverview(await get('v1/analytics/overview', toAnalyticsParams(query), { signal }));
}

export const SDR_PAGE_LIMIT = 100;

/** Every rep: pages of 100 until `next` runs out. */
export async function fetchSdrPerformance(
  query: AnalyticsQuery,
  signal?: AbortSignal,
  get: ApiGet = apiGet,
): Promise<RepPerformance[]> {
  const reps = await collectAllPages(async (page) => {
    const params = toAnalyticsParams(query);
    params.set('page', String(page));
    params.set('limit', String(SDR_PAGE_LIMIT));
    return parseSdrPage(await get('v1/analytics/sdr-performance', params, { signal }));
  });
  return uniqueBy(reps, (rep) => rep._id);
}

export function createAnalyticsQueries(get: ApiGet) {
  return {
    all: ['analytics'] as const,
    overview: (query: AnalyticsQuery) =>
      queryOptions({
        queryKey: ['analytics', 'overview', query] as const,
        queryFn: ({ signal }) => fetchOverview(query, signal, get),
      }),
    sdrPerformance: (query: AnalyticsQuery) =>
      queryOptions({
        queryKey: ['analytics', 'sdr-performance', query] as const,
        queryFn: ({ signal }) => fetchSdrPerformance(query, signal, get),
      }),
  };
}

export const analyticsQueries = createAnalyticsQueries(apiGet);
