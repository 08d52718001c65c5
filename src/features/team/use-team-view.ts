import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { resolvePreset } from '@/lib/dates/date-range-presets';
import { useNowMinute } from '@/lib/dates/use-now';
import { getUserTimeZone } from '@/lib/dates/zoned-date';
import type { AnalyticsQuery } from './analytics-api';
import type { TeamView } from './team-view';
import { parseTeamView, serializeTeamView } from './team-view';

/** Without a range in the URL the page shows the last 30 days; the link stays short. */
export const DEFAULT_TEAM_PRESET = 'last_30_days';

/** The team page's view, read from the URL once per location change; writes push history. */
export function useTeamView() {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const nowMs = useNowMinute();
  const timeZone = getUserTimeZone();
  const { view, ignored } = useMemo(() => parseTeamView(search), [search]);

  const query = useMemo((): AnalyticsQuery => {
    const fallback = resolvePreset(DEFAULT_TEAM_PRESET, new Date(nowMs), timeZone);
    return {
      start_date: view.start_date ?? fallback.start,
      end_date: view.end_date ?? fallback.end,
      disposition_ids: view.disposition_ids,
      timezone: timeZone,
    };
  }, [view, nowMs, timeZone]);

  const navigateToView = useCallback(
    (next: TeamView, replace: boolean) => {
      const nextSearch = serializeTeamView(next);
      void navigate({ pathname, search: nextSearch === '' ? '' : `?${nextSearch}` }, { replace });
    },
    [navigate, pathname],
  );
  const update = useCallback(
    (next: TeamView) => {
      navigateToView(next, false);
    },
    [navigateToView],
  );
  /** Rewrites the URL in canonical form, in place, so the garbage is gone from history too. */
  const dismissIgnored = useCallback(() => {
    navigateToView(view, true);
  }, [navigateToView, view]);

  return { view, ignored, dismissIgnored, query, update, timeZone, nowMs };
}
