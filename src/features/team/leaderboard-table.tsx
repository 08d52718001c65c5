import { Link } from 'react-router';
import { DEFAULT_CALLS_VIEW } from '@/lib/calls-view/calls-view';
import { serializeCallsView } from '@/lib/calls-view/calls-view-params';
import { formatCount } from '@/lib/format/count';
import { formatDuration } from '@/lib/format/duration';
import type { AnalyticsQuery, RepPerformance } from './analytics-api';
import { formatRate, nextSort, repLabel, sortLeaderboard } from './leaderboard';
import type { LeaderboardSort, LeaderboardSortField } from './team-view';

interface Column {
  field: LeaderboardSortField;
  label: string;
  format: (rep: RepPerformance) => string | undefined;
}

const count = (value: number | undefined) => (value === undefined ? undefined : formatCount(value));

const COLUMNS: readonly Column[] = [
  { field: 'total_calls', label: 'Calls', format: (rep) => count(rep.total_calls) },
  { field: 'connected_calls', label: 'Connects', format: (rep) => count(rep.connected_calls) },
  {
    field: 'connection_rate',
    label: 'Connect rate',
    format: (rep) => formatRate(rep.connection_rate),
  },
  { field: 'conversations', label: 'Conversations', format: (rep) => count(rep.conversations) },
  {
    field: 'conversation_rate',
    label: 'Conversation rate',
    format: (rep) => formatRate(rep.conversation_rate),
  },
  { field: 'meetings_set', label: 'Meetings', format: (rep) => count(rep.meetings_set) },
  {
    field: 'total_duration',
    label: 'Talk time',
    format: (rep) => formatDuration(rep.total_duration),
  },
  {
    field: 'avg_dials_day',
    label: 'Dials per day',
    format: (rep) => (rep.avg_dials_day === undefined ? undefined : rep.avg_dials_day.toFixed(1)),
  },
];

/** The call log over the same range and dispositions: one rep's when `repId` is given. */
function periodCallsHref(query: AnalyticsQuery, repId?: string): string {
  const search = serializeCallsView({
    ...DEFAULT_CALLS_VIEW,
    filters: {
      start_date: query.start_date,
      end_date: query.end_date,
      ...(repId === undefined ? {} : { user_ids: [repId] }),
      ...(query.disposition_ids.length > 0 ? { disposition_ids: query.disposition_ids } : {}),
    },
  });
  return `/?${search}`;
}

/** The call log of one rep over the same range and dispositions. */
export function repCallsHref(repId: string, query: AnalyticsQuery): string {
  return periodCallsHref(query, repId);
}

/**
 * A rep's own calls over the same range and dispositions. Without a rep filter: a rep's calls are
 * theirs alone, and a rep filter in their link would only be dropped, with a notice saying so.
 */
export function ownCallsHref(query: AnalyticsQuery): string {
  return periodCallsHref(query);
}

function SortHeader({
  field,
  label,
  sort,
  onSort,
  isNumeric,
}: {
  field: LeaderboardSortField;
  label: string;
  sort: LeaderboardSort;
  onSort: (sort: LeaderboardSort) => void;
  isNumeric: boolean;
}) {
  const isActive = sort.field === field;
  return (
    <th
      scope="col"
      className={isNumeric ? 'leaderboard__num' : undefined}
      aria-sort={isActive ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button
        type="button"
        className="leaderboard__sort"
        onClick={() => {
          onSort(nextSort(sort, field));
        }}
      >
        {label}
        <span aria-hidden="true">{isActive ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

export function LeaderboardTable({
  reps,
  sort,
  query,
  onSort,
  isOwnNumbers = false,
}: {
  reps: readonly RepPerformance[];
  sort: LeaderboardSort;
  query: AnalyticsQuery;
  onSort: (sort: LeaderboardSort) => void;
  /** A rep's own row: no per-rep links (their calls are linked once, as "Your calls"). */
  isOwnNumbers?: boolean;
}) {
  const rows = sortLeaderboard(reps, sort);
  return (
    <div className="leaderboard">
      <table className="leaderboard__table">
        <caption className="visually-hidden">
          {isOwnNumbers
            ? 'Your numbers for this period'
            : 'Reps by performance; select a rep to see their calls'}
        </caption>
        <thead>
          <tr>
            <SortHeader field="name" label="Rep" sort={sort} onSort={onSort} isNumeric={false} />
            {COLUMNS.map((column) => (
              <SortHeader key={column.field} {...column} sort={sort} onSort={onSort} isNumeric />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td className="leaderboard__empty muted" colSpan={COLUMNS.length + 1}>
                {isOwnNumbers
                  ? 'You made no calls in this period.'
                  : 'No reps made calls in this period.'}
              </td>
            </tr>
          ) : null}
          {rows.map((rep) => (
            <tr key={rep._id}>
              <th scope="row">
                {isOwnNumbers ? (
                  repLabel(rep)
                ) : (
                  <Link to={repCallsHref(rep._id, query)}>{repLabel(rep)}</Link>
                )}
              </th>
              {COLUMNS.map((column) => (
                <td key={column.field} className="leaderboard__num">
                  {column.format(rep) ?? '–'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
