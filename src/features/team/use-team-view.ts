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

/** The team page's view, read from the URL during render; writes push history. */
export function useTeamView() {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const nowMs = useNowMinute();
  const timeZone = getUserTimeZone();
  const view = useMemo(() => parseTeamView(search), [search]);

  const query = useMemo((): AnalyticsQuery => {
    const fallback = resolvePreset(DEFAULT_TEAM_PRESET, new Date(nowMs), timeZone);
    return {
      start_date: view.start_date ?? fallback.start,
      end_date: view.end_date ?? fallback.end,
      disposition_ids: view.disposition_ids,
      timezone: timeZone,
    };
  }, [view, nowMs, timeZone]);

  const update = useCallback(
    (next: TeamView) => {
      const nextSearch = serializeTeamView(next);
      void navigate({ pathname, search: nextSearch === '' ? '' : `?${nextSearch}` });
    },
    [navigate, pathname],
  );

  return { view, query, update, timeZone, nowMs };
}
