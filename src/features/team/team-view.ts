import { MAX_ARRAY_VALUES } from '@/features/calls/url-state/calls-view';
import { parseIsoDate } from '@/features/calls/url-state/iso-date';
import { integerCodec, isoDateCodec, sortCodec } from '@/features/calls/url-state/param-codecs';

/**
 * The team page's URL, in the analytics endpoints' own vocabulary (plain, not bracketed, keys):
 * `start_date`, `end_date`, `disposition_ids[]`, and the leaderboard's `sort`. Parsed tolerantly
 * (bad values are dropped), serialised canonically (defaults omitted, fixed order).
 */

export const LEADERBOARD_SORT_FIELDS = [
  'name',
  'total_calls',
  'connected_calls',
  'connection_rate',
  'conversations',
  'conversation_rate',
  'meetings_set',
  'total_duration',
  'avg_dials_day',
] as const;
export type LeaderboardSortField = (typeof LEADERBOARD_SORT_FIELDS)[number];

export interface LeaderboardSort {
  field: LeaderboardSortField;
  direction: 'asc' | 'desc';
}

export interface TeamView {
  start_date?: string;
  end_date?: string;
  disposition_ids: number[];
  sort: LeaderboardSort;
}

export const DEFAULT_LEADERBOARD_SORT: LeaderboardSort = Object.freeze({
  field: 'total_calls',
  direction: 'desc',
});

const SORT_CODEC = sortCodec(LEADERBOARD_SORT_FIELDS);
const DISPOSITION_CODEC = integerCodec(1, Number.MAX_SAFE_INTEGER);

function decoded<T>(
  codec: { decode(raw: string): { ok: boolean; value?: T } },
  raw: string | null,
) {
  const text = raw?.trim();
  if (!text) return undefined;
  const result = codec.decode(text);
  return result.ok ? result.value : undefined;
}

export function parseTeamView(search: string | URLSearchParams): TeamView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const view: TeamView = {
    disposition_ids: [],
    sort: decoded(SORT_CODEC, params.get('sort')) ?? DEFAULT_LEADERBOARD_SORT,
  };
  const start = decoded(isoDateCodec, params.get('start_date'));
  const end = decoded(isoDateCodec, params.get('end_date'));
  if (start !== undefined) view.start_date = start;
  // The analytics endpoints refuse an end before the start: that end is dropped.
  if (end !== undefined) {
    const from = start === undefined ? undefined : parseIsoDate(start);
    const to = parseIsoDate(end);
    if (!from || !to || to.to.ms >= from.from.ms) view.end_date = end;
  }
  const ids = new Set<number>();
  for (const raw of params.getAll('disposition_ids[]')) {
    const id = decoded(DISPOSITION_CODEC, raw);
    if (id !== undefined && ids.size < MAX_ARRAY_VALUES) ids.add(id);
  }
  view.disposition_ids = [...ids].sort((a, b) => a - b);
  return view;
}

export function serializeTeamView(view: TeamView): string {
  const params = new URLSearchParams();
  if (view.start_date !== undefined) params.set('start_date', view.start_date);
  if (view.end_date !== undefined) params.set('end_date', view.end_date);
  for (const id of [...new Set(view.disposition_ids)].sort((a, b) => a - b)) {
    params.append('disposition_ids[]', String(id));
  }
  const sort = SORT_CODEC.encode(view.sort);
  if (sort !== SORT_CODEC.encode(DEFAULT_LEADERBOARD_SORT)) params.set('sort', sort);
  return params.toString().replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/%3A/g, ':');
}

export interface AnalyticsRange {
  start_date: string;
  end_date: string;
}

/**
 * The period of equal length just before `range`, as the overview's `growth` defines it: it ends
 * one millisecond before `range` starts. Undefined when a bound is unreadable.
 */
export function previousPeriod(range: AnalyticsRange): AnalyticsRange | undefined {
  const start = parseIsoDate(range.start_date)?.from.ms;
  const end = parseIsoDate(range.end_date)?.to.ms;
  if (start === undefined || end === undefined || end < start) return undefined;
  const length = end - start + 1;
  return {
    start_date: new Date(start - length).toISOString(),
    end_date: new Date(start - 1).toISOString(),
  };
}
