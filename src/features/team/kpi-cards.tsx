import { useQuery } from '@tanstack/react-query';
import { formatCount } from '@/lib/format/count';
import { analyticsQueries } from './analytics-api';
import type { AnalyticsQuery, OverviewMetricKey } from './analytics-api';
import { formatChange, percentChange } from './leaderboard';
import { previousPeriod } from './team-view';

const KPIS: readonly { key: OverviewMetricKey; label: string }[] = [
  { key: 'total_calls', label: 'Calls' },
  { key: 'connected_calls', label: 'Connects' },
  { key: 'conversations', label: 'Conversations' },
  { key: 'meetings_set', label: 'Meetings set' },
  { key: 'total_follow_up_tasks', label: 'Follow-up tasks' },
];

/** The overview of the period, each figure against the period of equal length before it. */
export function KpiCards({
  query,
  label = 'Team overview',
}: {
  query: AnalyticsQuery;
  /** What the figures are of, for the list's accessible name. */
  label?: string;
}) {
  const previousRange = previousPeriod(query);
  const current = useQuery(analyticsQueries.overview(query));
  const previous = useQuery({
    ...analyticsQueries.overview({ ...query, ...(previousRange ?? query) }),
    enabled: previousRange !== undefined,
  });

  if (current.error) {
    return (
      <p className="notice notice--error" role="alert">
        The {label.toLowerCase()} could not be loaded: {current.error.message}
      </p>
    );
  }
  return (
    <ul className="kpi-cards" aria-label={label}>
      {KPIS.map(({ key, label }) => {
        const value = current.data?.[key]?.value;
        const before = previous.data?.[key]?.value;
        const change = percentChange(value, before);
        return (
          <li key={key} className="kpi-card">
            <span className="kpi-card__label">{label}</span>
            <span className="kpi-card__value">
              {value === undefined ? '–' : formatCount(value)}
            </span>
            <span className="kpi-card__change muted">
              {before === undefined
                ? ' '
                : change === null
                  ? `none in the previous period`
                  : `${formatChange(change)} vs ${formatCount(before)} in the previous period`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
