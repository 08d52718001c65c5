import { MAX_ARRAY_VALUES } from '@/lib/calls-view/calls-view';
import { isStartAfterEnd, parseIsoDate } from '@/lib/url-state/iso-date';
import type { Sort } from '@/lib/url-state/param-codecs';
import { integerCodec, isoDateCodec, sortCodec } from '@/lib/url-state/param-codecs';
import type { ParsedView } from '@/lib/url-state/view-params';
import { defineViewParams, listParam, singleParam } from '@/lib/url-state/view-params';

/**
 * The team page's URL, in the analytics endpoints' own vocabulary (plain, not bracketed, keys):
 * `start_date`, `end_date`, `disposition_ids[]`, and the leaderboard's `sort`. Read tolerantly
 * (what cannot be used is dropped and reported), written canonically (defaults omitted, fixed order).
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

export type LeaderboardSort = Sort<LeaderboardSortField>;

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

const teamViewParams = defineViewParams<TeamView>({
  params: [
    singleParam('start_date', isoDateCodec, {
      get: (view: TeamView) => view.start_date,
      set: (draft: TeamView, value: string) => (draft.start_date = value),
    }),
    singleParam('end_date', isoDateCodec, {
      get: (view: TeamView) => view.end_date,
      set: (draft: TeamView, value: string) => (draft.end_date = value),
    }),
    listParam('disposition_ids[]', integerCodec(1, Number.MAX_SAFE_INTEGER), {
      get: (view: TeamView) => view.disposition_ids,
      set: (draft: TeamView, values: number[]) => (draft.disposition_ids = values),
      maxValues: MAX_ARRAY_VALUES,
    }),
    singleParam('sort', sortCodec(LEADERBOARD_SORT_FIELDS), {
      get: (view: TeamView) => view.sort,
      set: (draft: TeamView, sort) => (draft.sort = sort),
      defaultValue: DEFAULT_LEADERBOARD_SORT,
    }),
  ],
  empty: () => ({ disposition_ids: [], sort: { ...DEFAULT_LEADERBOARD_SORT } }),
  // The analytics endpoints refuse an end before the start: that end is dropped.
  dropConflicts(draft) {
    const start = draft.start_date === undefined ? undefined : parseIsoDate(draft.start_date);
    const end = draft.end_date === undefined ? undefined : parseIsoDate(draft.end_date);
    if (!start || !end || !isStartAfterEnd(start, end)) return [];
    delete draft.end_date;
    return [{ key: 'end_date', reason: '“end_date” is before “start_date”' }];
  },
});

/** Never throws: what the page cannot use is dropped and listed in `ignored`. */
export function parseTeamView(search: string | URLSearchParams): ParsedView<TeamView> {
  return teamViewParams.parse(search);
}

export function serializeTeamView(view: TeamView): string {
  return teamViewParams.serialize(view);
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
